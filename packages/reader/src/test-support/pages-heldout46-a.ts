import { links, type TestPage, texts } from './page-kit.js';
import { hacksterProject } from './pages-heldout46-a2.js';

/**
 * Held-out batch 46, file a: an Instructables project (Autodesk header with the channel nav and search, title, author and
 * category line, view and favourite counts, "Introduction:" section with the author's About blurb and the Supplies list,
 * numbered steps with photo sets and image notes, a contest badge, "I Made It!", recommendations, the comment section with
 * its policy line, the OneTrust cookie banner and the footer).
 */
const ibTitle = 'Scrap Plywood Tool Tote With a Sliding Tray';
const ibIntro = [
  'My old tool tote was a plastic bucket with a canvas organizer wrapped around it, and every time I needed a chisel it was at the ' +
    'bottom under a tape measure and three pencils. This winter I finally built a proper wooden tote from the offcuts that had piled ' +
    'up under my bench.',
  'The design is simple: two end panels with a carved handle, a flat bottom, low sides, and a sliding tray that rides on two rails ' +
    'so small parts stay on top. Everything is cut from half-inch and quarter-inch plywood, and the whole thing can be built in a ' +
    'weekend with a circular saw, a drill and a jigsaw.',
];
const ibSupplies = [
  '1/2 in. plywood, about 24 x 36 in. (scraps are fine)',
  '1/4 in. plywood for the tray bottom, 10 x 14 in.',
  'A 1 in. hardwood dowel, 16 in. long',
  'Wood glue and 1 1/4 in. brad nails',
  'Sandpaper in 120 and 180 grit',
  'Danish oil or any wipe-on finish',
];
const ibSteps: [string, string[]][] = [
  [
    'Step 1: Cut the Parts',
    [
      'Start by cutting the two end panels at 10 x 12 in., the bottom at 7 x 16 in. and the two sides at 4 x 17 in. I cut everything ' +
        'with a circular saw against a clamped straightedge, which is accurate enough for a shop tote. Label each part in pencil as ' +
        'you go, because the sides and the bottom look very similar once they are stacked.',
    ],
  ],
  [
    'Step 2: Shape the End Panels',
    [
      'Mark a gentle peak on each end panel, starting 8 in. up from the bottom on both edges and rising to the full 12 in. at the ' +
        'centre. Cut the slope with a jigsaw and tape the two panels together so you can sand them to the same profile.',
      'Drill a 1 in. hole 1 1/2 in. below the peak for the dowel handle. Drill from both faces to keep the plywood from tearing out on the back.',
    ],
  ],
  [
    'Step 3: Add the Tray Rails',
    [
      'Glue a 3/4 in. strip along the inside of each side, 1 1/2 in. below the top edge. These rails carry the tray, so check that ' +
        'they are level with each other before the glue sets; a combination square resting on both rails makes this easy.',
    ],
  ],
  [
    'Step 4: Assemble the Box',
    [
      'Glue and nail the sides to the bottom first, then add the end panels and slide the dowel through both holes before the glue ' +
        'grabs. A couple of brads through the panel into each end of the dowel will stop it from turning in your hand.',
      'Wipe away the squeeze-out with a damp rag now; dried glue on plywood shows up as a pale patch once the oil goes on.',
    ],
  ],
  [
    'Step 5: Build the Sliding Tray and Finish',
    [
      'The tray is a shallow box, 6 1/2 x 7 in. with 1 1/2 in. walls, sitting on the rails. Leave about 1/16 in. of play on each ' +
        'side so it slides freely even when the weather is damp.',
      'Sand everything to 180 grit, soften the edges of the handle, and wipe on two coats of Danish oil a day apart. Mine has been ' +
        'in daily use for three months and the tray still glides from one end to the other without sticking.',
    ],
  ],
];
const ibNotes = ['Tape them together before sanding', 'Check the rails with a square'];
const ibNav = ['Projects', 'Contests', 'Teachers'];
const ibCats = ['Circuits', 'Workshop', 'Design', 'Craft', 'Cooking', 'Living', 'Outside'];
const ibAbout = 'About: I build furniture and shop fixtures out of whatever is left over from bigger jobs. Mostly plywood, sometimes oak.';
const ibRecs = ['Rolling Lumber Cart From One Sheet of Plywood', 'French Cleat Tool Wall in an Afternoon', 'Japanese-Style Carpenter’s Toolbox'];
const ibRecBy = ['by bench_and_bevel', 'by GarageLabMike', 'by shokunin_jo'];
const ibComments: [string, string, string][] = [
  ['hollisbuilds', '2 months ago', 'Nice proportions. I would cut a rebate for the tray rails instead of gluing on strips, but this is a great weekend build.'],
  ['orenmakes', '2 months ago', 'Thanks! A rebate would be stronger, I just did not have the router table set up at the time.'],
  ['Kestrel_DIY', '5 weeks ago', 'Made one for my daughter’s first tool kit. We used pine for the ends and it worked fine.'],
];
const ibCookie =
  'We and our partners use cookies to improve your experience, measure how you use our site and show you relevant ads. ' +
  'You can change your choices at any time.';
const ibFooter = ['Who We Are', 'Why Publish?', 'Jobs', 'Help', 'Sitemap', 'Contact'];
const ibLegal = ['Terms of Service', 'Privacy Statement', 'Privacy Settings', 'Legal Notices & Trademarks'];
const ibImg = (n: number, note = ''): string =>
  `<div class="photoset-item"><img class="lazyload" data-src="https://content.instructables.com/F7Q/K2LM/MA${n}X/F7QK2LMMA${n}X.jpg?auto=webp"` +
  ` alt="IMG_20250${n}14_1022${n}.jpg" width="1024" height="768">${note === '' ? '' : `<div class="image-note" role="note"><span>${note}</span></div>`}</div>`;
const ibHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${ibTitle} : 5 Steps (with Pictures) - Instructables</title>
<meta name="description" content="${ibTitle}: My old tool tote was a plastic bucket with a canvas organizer wrapped around it...">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.instructables.com/Scrap-Plywood-Tool-Tote-With-a-Sliding-Tray/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${ibTitle}","author":{"@type":"Person","name":"orenmakes"},
"datePublished":"2025-09-18","step":[{"@type":"HowToStep","name":"Cut the Parts"},{"@type":"HowToStep","name":"Shape the End Panels"}]}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"ible","ibleCategory":"workshop","ibleChannel":"woodworking"});</script>
<style>.image-note{position:absolute;background:rgba(255,255,255,.85)}.lazyload{opacity:0}</style></head>
<body class="ible-page"><a class="skip-link" href="#main">Skip to main content</a>
<header id="site-header" class="header-container"><div class="header-inner"><a class="logo" href="/" aria-label="Instructables home">
<svg viewBox="0 0 100 20" aria-hidden="true"><path d="M0 0h10v20H0z"/></svg></a>
<nav class="main-nav"><ul>${links(ibNav, 'main-nav__item')}</ul></nav>
<form class="search-form" role="search"><input type="search" placeholder="Let’s Make ..." aria-label="Search"></form>
<div class="account"><a href="/account/login">Log In</a><a class="btn btn-yellow" href="/account/register">Sign Up</a></div></div>
<nav class="category-nav" aria-label="Categories"><ul>${links(ibCats, 'category-nav__item')}</ul></nav></header>
<main id="main" class="ible-main"><article class="article-container" itemscope itemtype="https://schema.org/HowTo">
<header class="article-header"><h1 class="header-title" itemprop="name">${ibTitle}</h1>
<div class="sub-header"><div class="header-byline">By <a class="author" href="/member/orenmakes/" itemprop="author">orenmakes</a> in
<a class="category" href="/workshop/">Workshop</a> &gt; <a class="channel" href="/workshop/woodworking/projects/">Woodworking</a></div>
<div class="header-stats"><p class="svg-views view-count" title="Views">6,214</p><p class="svg-favorite-small favorite-count" title="Favorites">118</p></div>
<p class="header-date"><span>Published September 18th, 2025</span></p></div>
<div class="header-actions"><button class="favorite-btn" type="button">Favorite</button>
<button class="download-btn" type="button" data-pro="true">Download</button></div>
</header>
<section id="intro" class="step"><h2 class="step-title">Introduction: ${ibTitle}</h2>
<div class="author-container"><div class="author-about"><img class="avatar" src="https://content.instructables.com/ORIG/FZ1/avatar-orenmakes.jpg" alt="">
<span class="about-text">${ibAbout}</span> <a class="more-link" href="/member/orenmakes/">More About orenmakes »</a></div></div>
<div class="photoset">${ibImg(1)}${ibImg(2)}</div>
<div class="step-body">${ibIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="supplies"><h3 class="supplies-heading">Supplies</h3><div class="step-body"><ul>${ibSupplies.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
</section>
${ibSteps
  .map(
    ([h, ps], i) =>
      `<section id="step${i + 1}" class="step"><h2 class="step-title">${h}</h2>` +
      `<div class="photoset">${ibImg(i + 3, i === 1 ? ibNotes[0] : i === 2 ? ibNotes[1] : '')}</div>` +
      `<div class="step-body">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></section>`,
  )
  .join('\n')}
<div class="contest-badge"><a href="/contest/plywood2025/">Participated in the Plywood Challenge</a></div>
<section class="made-it"><h2>Be the First to Share</h2><p>Did you make this project? Share it with us!</p><button class="btn">I Made It!</button></section>
</article>
<section class="recommendations"><h2>Recommendations</h2><div class="ible-cards">
${ibRecs
  .map(
    (t, i) =>
      `<div class="ible-card"><a href="/${i}/"><img alt="" src="/thumb${i}.jpg"><strong>${t}</strong></a><span>${ibRecBy[i]}</span> in Woodworking</div>`,
  )
  .join('\n')}
</div></section>
<section id="discussion" class="comments"><h2>Comments</h2><div class="comment-box"><textarea placeholder="Add Comment"></textarea>
<button class="btn" disabled>Post Comment</button>
<p class="policy">We have a <a href="/community-guidelines/">be nice policy</a>. Please be positive and constructive.</p></div>
${ibComments
  .map(
    ([who, when, text]) =>
      `<div class="comment"><a class="comment-author" href="/member/${who}/">${who}</a><span class="comment-date">${when}</span>` +
      `<p class="comment-text">${text}</p><div class="comment-actions"><button>Reply</button><button aria-label="Upvote">Upvote</button></div></div>`,
  )
  .join('\n')}
</section></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies to improve your experience,
measure how you use our site and show you relevant ads. You can change your choices at any time.</p>
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<footer class="footer"><div class="footer-cols"><h3>Categories</h3><ul>${links(ibCats)}</ul><h3>About Us</h3><ul>${links(ibFooter)}</ul>
<h3>Find Us</h3><ul>${links(['Instagram', 'Pinterest', 'Facebook', 'X'])}</ul></div>
<div class="footer-legal"><p>© 2025 Autodesk, Inc.</p><ul>${links(ibLegal)}</ul></div></footer></body></html>`;
const instructables: TestPage = {
  html: ibHtml,
  name: 'heldout46-instructables-project',
  kind: 'blog',
  // the intro paragraphs, the Supplies list and every step's text are body; "Introduction: <title>", "Supplies" and the five
  // step titles are the headings (the intro heading repeats the title after its label, as the template writes it); the
  // author handle and the published line are bylines ("By" and "in" in neither); the category and channel of that line, the
  // counts, the About blurb of the author box, the image notes on two photos, the contest badge, "I Made It!", the
  // recommendations and the whole comment section (commenters' handles and ages with it, as on a blog page) are furniture;
  // the "Workshop" of the byline is also a category-nav item (kept once); the author's own reply repeats the byline handle
  title: ibTitle,
  headings: [`Introduction: ${ibTitle}`, 'Supplies', ...ibSteps.map(([h]) => h)],
  body: [...texts(ibIntro), ...ibSupplies, ...ibSteps.flatMap(([, p]) => texts(p))],
  bylines: ['orenmakes', 'Published September 18th, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ibNav, 'Log In', 'Sign Up', ...ibCats, 'Woodworking', '6,214', '118', 'Favorite', 'Download', ibAbout,
    'More About orenmakes »', ...ibNotes, 'Participated in the Plywood Challenge', 'Be the First to Share', 'Did you make this project? Share it with us!',
    'I Made It!', 'Recommendations', ...ibRecs, ...ibRecBy, 'Comments', 'Post Comment', 'We have a be nice policy. Please be positive and constructive.',
    'hollisbuilds', 'Kestrel_DIY', '2 months ago', '5 weeks ago', ...ibComments.map((c) => c[2]), 'Reply', 'Upvote',
    ibCookie,
    'Cookie Settings', 'Accept All Cookies', 'Categories', 'About Us', ...ibFooter, 'Find Us', 'Instagram', 'Pinterest', 'Facebook', 'X',
    '© 2025 Autodesk, Inc.', ...ibLegal,
  ],
};

export const HELDOUT46_A: readonly TestPage[] = [instructables, hacksterProject];
