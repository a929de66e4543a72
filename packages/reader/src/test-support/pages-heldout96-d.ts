import { links, type TestPage, texts } from './page-kit.js';
import { roundup } from './pages-heldout96-d2.js';

/**
 * Held-out batch 96, file d: an Instructables project page (site header with category menu, "Log In" / "Sign Up", the title
 * with "By ... in Workshop > Woodworking", view / favourite / comment counts, the "Introduction:" section with the author
 * card, numbered step sections with photo sets, the contest badge, "Did you make this project?" and "I Made It!", the
 * recommendations rail, the comments box with "Add Tip" / "Ask Question" / "Comment", the footer and a OneTrust banner) and,
 * from file d2, a product review roundup in the shape of a Wirecutter guide on an invented review site.
 */
const inTitle = 'Walnut Desk Organizer With Hidden Charging Dock';
const inIntroH = `Introduction: ${inTitle}`;
const inIntro = [
  'My desk had become a nest of cables, pens and two phones that were always on 3 percent. This organizer fixes all three: a ' +
    'walnut tray with slots for pens and cards, and a hidden compartment underneath that holds a USB charging hub, so only the ' +
    'short cables poke out.',
  'It is made from a single board of walnut about 75 cm long, and you can build it in a weekend with a table saw, a router and ' +
    'a drill. No fancy joinery is needed.',
];
const inSteps: [string, string[], string[]][] = [
  [
    'Step 1: Supplies',
    [],
    [
      'Walnut board, 20 mm thick, 150 mm wide and 750 mm long',
      '4-port USB charging hub (mine is 90 x 60 x 25 mm)',
      'Four short USB cables, 20 cm or less',
      'Four 10 mm rare-earth magnets',
      'Wood glue and a few small clamps',
      'Sandpaper from 120 to 240 grit',
      'Hardwax oil for the finish',
      'Four small rubber feet',
    ],
  ],
  [
    'Step 2: Cut the Blanks',
    [
      'Cut the board into three pieces: one 300 mm long for the top, one 300 mm long for the base, and two 280 mm strips, 30 mm ' +
        'wide, for the sides of the hidden compartment. Keep the offcuts; you will use one to test your router depth.',
      'Mark the top faces with a pencil triangle so you can always tell which way round the pieces go.',
    ],
    [],
  ],
  [
    'Step 3: Rout the Compartment',
    [
      'Clamp the base piece to the bench and rout a pocket 18 mm deep in the middle, leaving 15 mm of wood on each side. Take it ' +
        'in three or four shallow passes rather than one deep one. Walnut burns easily if you go too slowly, so keep the router moving.',
      'Check the pocket by dropping in the USB hub. It should sit flat with a couple of millimetres to spare for the cables.',
    ],
    [],
  ],
  [
    'Step 4: Drill the Cable Holes and Pen Slots',
    [
      'On the top piece, drill four 20 mm holes in a row, all the way through, lined up over the pocket. The cables come up ' +
        'through these. Then rout two shallow slots, 12 mm wide, along the back edge for pens, and one wider slot at the front ' +
        'that holds a phone upright.',
      'Clean up the edges of the holes with a chisel and a round file, then round them over lightly with sandpaper so they do not ' + 'chafe the cables.',
    ],
    [],
  ],
  [
    'Step 5: Glue Up and Finish',
    [
      'You could glue the top to the base with the hub and cables already in place, but only if you never want to get at them ' +
        'again. I left the top loose instead, held in place by the four magnets set into the corners. That makes it easy to swap ' +
        'a cable when one wears out.',
      'Sand everything to 240 grit, wipe off the dust, and apply two thin coats of hardwax oil a day apart. Stick the rubber feet ' +
        'on the base, plug in the hub, and enjoy a clear desk.',
    ],
    [],
  ],
];
const inTools = ['<strong>Tools:</strong> table saw or circular saw, router with a 12 mm straight bit, drill with a 20 mm Forstner bit, and a chisel.'];
const inCats = ['Circuits', 'Workshop', 'Design', 'Craft', 'Cooking', 'Living', 'Outside', 'Teachers'];
const inAbout = 'About: I make furniture and small things out of offcuts in a one-car garage. Mostly walnut, occasionally regret.';
const inMoreBy = ['Floating Shelf With Hidden Bracket', 'Scrap Wood Coasters', 'Folding Laptop Stand'];
const inRecs: [string, string][] = [
  ['Simple Cable Management Box', 'by tidydesk'],
  ['Charging Station From a Cigar Box', 'by oldmaker'],
  ['Live Edge Monitor Riser', 'by ashgrove_builds'],
];
const inComments: [string, string, string][] = [
  ['pmarsh', '2 weeks ago', 'Love the magnets instead of glue. How strong are they? Does the top slide around when you pull a cable out?'],
  ['burlwright', '2 weeks ago', 'Strong enough that it stays put. I used 10 mm by 3 mm ones and it takes a proper tug to lift the top.'],
  [
    'Kestrel_Works',
    '5 days ago',
    'Made one in oak for my son’s desk. I drilled the holes too close to the edge and one split, so leave more room than you think.',
  ],
];
const inFoot: [string, string[]][] = [
  ['Categories', inCats],
  ['About Us', ['Who We Are', 'Why Publish?']],
  ['Resources', ['Sitemap', 'Help', 'Contact']],
];
const inCookie =
  'We use cookies and similar technologies to run this site, remember your settings and, with your consent, to show you ' +
  'content and ads that suit you. You can change your choices at any time.';
const stepHtml = ([h, ps, list]: [string, string[], string[]], i: number): string => `<section class="step" id="step${i + 1}">
<div class="photoset"><div class="photoset-row"><div class="photoset-item photoset-image"><a class="photoset-link" href="/FJK${i}/"><img class="photoset-image"
src="https://content.instructables.example/FJK/${i}/FJK${i}.jpg?auto=webp&amp;frame=1&amp;width=1024" alt="${h}" loading="lazy"></a></div></div></div>
<h2 class="step-title">${h}</h2><div class="step-body">${ps.map((t) => `<p>${t}</p>`).join('\n')}${
  list.length ? `<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${inTools[0]}</p>` : ''
}</div></section>`;
const html = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${inTitle} : 5 Steps (with Pictures) - Instructables</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${inTitle}: My desk had become a nest of cables.">
<meta property="og:type" content="article"><meta property="og:title" content="${inTitle}"><meta property="og:site_name" content="Instructables">
<link rel="canonical" href="https://www.instructables.example/Walnut-Desk-Organizer-With-Hidden-Charging-Dock/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${inTitle}","author":{"@type":"Person","name":"burlwright"},
"datePublished":"2025-10-03","step":[{"@type":"HowToStep","name":"Supplies"},{"@type":"HowToStep","name":"Cut the Blanks"}]}</script>
<link rel="stylesheet"
href="/assets/build/main.3f9c2a.css"><script>window.__IBLES__ = {"ibleId":"EU7Q2KXM0AB","category":"workshop","channel":"woodworking"};</script>
</head><body class="ible-page"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">${inCookie}</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage settings</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div>
<header id="site-header" class="site-header"><a class="skip-link" href="#main">Skip to main content</a><div class="header-inner"><a class="logo" href="/"
aria-label="Instructables"><svg viewBox="0 0 160 30"><title>Instructables</title></svg></a><nav class="header-nav" aria-label="Main"><ul>
<li class="nav-item dropdown"><button class="nav-link" aria-expanded="false">Projects</button><ul class="dropdown-menu category-menu">${links(
  inCats,
  'category-item',
)}</ul>
</li><li class="nav-item"><a class="nav-link" href="/contest/">Contests</a></li></ul></nav><form class="header-search" role="search"><input type="search"
placeholder="Let's Make ..." aria-label="Search"></form><div class="header-actions"><a class="btn btn-publish" href="/create/">Publish</a>
<a class="btn btn-link" href="/account/login/">Log In</a><a class="btn btn-yellow" href="/account/register/">Sign Up</a></div></div></header>
<main id="main"><article id="article" class="article-wrapper"><header class="article-header"><h1 class="title header-title">${inTitle}</h1>
<div class="sub-header"><div class="header-byline">By <a class="author-link" href="/member/burlwright/">burlwright</a> in <a class="category"
href="/workshop/">Workshop</a> &gt; <a class="channel" href="/workshop/woodworking/projects/">Woodworking</a></div><p class="published">Published Oct 3rd,
2025</p>
<div class="header-stats"><span class="stat view-count" title="Views">4,218</span><span class="stat favorite-count" title="Favorites">37</span>
<span class="stat comment-count" title="Comments">3</span></div></div><div class="header-actions"><button class="btn btn-favorite">Favorite</button>
<button class="btn btn-download" data-pro="true">Download</button></div></header>
<div class="article-body"><section class="step" id="intro"><div class="photoset"><img class="photoset-image"
src="https://content.instructables.example/FJK/intro.jpg"
alt="${inTitle}"></div><h2 class="step-title">${inIntroH}</h2><div class="step-body">${inIntro.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="author-card"><a href="/member/burlwright/"><img class="author-avatar" src="https://content.instructables.example/avatar.jpg" alt="burlwright"></a>
<div class="author-info"><span class="author-by">By <a href="/member/burlwright/">burlwright</a></span><button class="btn btn-follow">Follow</button>
<div class="author-more"><span class="more-label">More by the author:</span><ul class="more-by">${links(inMoreBy, 'more-by-item')}</ul></div>
<p class="author-about">${inAbout}</p></div></div></section>
${inSteps.map(stepHtml).join('\n')}
</div><footer class="article-footer"><div class="contest-badge"><span>Participated in the</span> <a href="/contest/woodworking2025/">Woodworking
Contest</a></div>
<div class="i-made-it"><h2>Be the First to Share</h2><p>Did you make this project? Share it with us!</p><button class="btn btn-yellow">I Made It!</button></div>
<section class="recommendations"><h2>Recommendations</h2><div class="rec-list">
${inRecs
  .map(
    (
      [t, by],
      i,
    ) => `<div class="ible-card"><a class="ible-card-img" href="/rec${i}/"><img src="https://content.instructables.example/rec${i}.jpg" alt="${t}"></a>
<div class="ible-card-info"><a class="ible-title" href="/rec${i}/">${t}</a><span class="ible-author">${by}</span></div></div>`,
  )
  .join('\n')}</div></section>
<section id="discussion" class="comments"><div class="comments-header"><h2>3 Comments</h2><div class="comment-actions"><button class="btn">Add Tip</button>
<button class="btn">Ask Question</button><button class="btn btn-yellow">Comment</button></div></div><div class="comment-list">
${inComments
  .map(
    (
      [who, when, text],
      i,
    ) => `<div class="comment${who === 'burlwright' ? ' comment-reply is-author' : ''}" id="c${i}"><div class="comment-meta"><a class="author"
href="/member/${who}/">${who}</a>${who === 'burlwright' ? '<span class="author-badge">Author</span>' : ''}<span class="posted-date">${when}</span></div>
<p class="comment-text">${text}</p><div class="comment-buttons"><button class="btn-reply">Reply</button><button class="btn-upvote">Upvote</button></div></div>`,
  )
  .join('\n')}</div></section></footer></article></main>
<footer id="site-footer" class="site-footer">
${inFoot.map(([h, items]) => `<div class="footer-col"><h3>${h}</h3><ul>${links(items)}</ul></div>`).join('\n')}
<div class="footer-col"><h3>Find Us</h3><ul class="social"><li><a href="https://instagram.example/instructables">Instagram</a></li><li><a
href="https://youtube.example/instructables">YouTube</a></li></ul></div><div class="footer-legal"><p>© 2025 Autodesk, Inc.</p><ul>
${links(['Terms of Service', 'Privacy Statement', 'Privacy settings', 'Legal Notices & Trademarks'])}</ul></div></footer>
<script src="/assets/build/main.3f9c2a.js" defer></script></body></html>`;
const instructables: TestPage = {
  html,
  name: 'heldout96-instructables-project',
  kind: 'blog',
  // each step's h2 (and the "Introduction:" one) are the headings; the supplies list and tools line are body; category and
  // channel links, counts, the author card, contest badge, "I Made It!" box, recommendations and reader comments are furniture
  title: inTitle,
  headings: [inIntroH, ...inSteps.map(([h]) => h)],
  body: [...inIntro, ...inSteps.flatMap(([, ps, list]) => [...ps, ...list, ...(list.length ? texts(inTools) : [])])],
  bylines: ['burlwright', 'Published Oct 3rd, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy', inCookie, 'Manage settings', 'Reject all', 'Accept all', 'Skip to main content', 'Instructables', 'Projects', ...inCats, 'Contests',
    'Publish', 'Log In', 'Sign Up', 'Woodworking', '4,218', '37', 'Favorite', 'Download', 'Follow', 'More by the author:', ...inMoreBy, inAbout,
    'Participated in the',
    'Woodworking Contest', 'Be the First to Share', 'Did you make this project? Share it with us!', 'I Made It!', 'Recommendations', ...inRecs.flat(),
    '3 Comments', 'Add Tip', 'Ask Question', 'Comment', ...inComments.flatMap(([w, d, t]) => (w === 'burlwright' ? [d, t] : [w, d, t])), 'Author',
    'Reply', 'Upvote', ...inFoot.flatMap(([h, items]) => (h === 'Categories' ? [h] : [h, ...items])), 'Find Us', 'Instagram', 'YouTube',
    '© 2025 Autodesk, Inc.',
    'Terms of Service', 'Privacy Statement', 'Privacy settings', 'Legal Notices & Trademarks',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT96_D: readonly TestPage[] = [instructables, roundup];
