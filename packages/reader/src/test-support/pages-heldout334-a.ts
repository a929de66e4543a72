import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file a: a This Old House-style how-to with a tools-and-materials list and numbered steps (top nav,
 * OneTrust banner, breadcrumbs, byline with reviewer, share bar, figure credits, an inline "Read more" promo, a newsletter
 * box, related how-tos and the footer) and a Houzz-style ideabook (Houzz header with the rooms menu, ideabook byline, photo
 * cards with captions and "Save" buttons, the comments and the "More on Houzz" rail).
 */
const tTitle = 'How to Replace a Rotted Window Sill';
const tIntro = [
  j(
    'A soft, grey window sill is one of the first places water damage shows up on an old house. Paint peels, the wood turns',
    'spongy under a screwdriver, and every rain pushes a little more moisture into the framing below.',
  ),
  j(
    'The good news is that on most double-hung windows the sill can be cut out and replaced without pulling the whole window.',
    'Plan on a full weekend: one day for demolition and fitting, and a second for priming, caulking and paint.',
  ),
];
const tTools = ['Oscillating multi-tool with a flush-cut blade', 'Reciprocating saw', 'Flat bar and hammer', 'Table saw or circular saw', 'Block plane'];
const tMaterials = [
  'Rot-resistant sill stock, such as mahogany or cellular PVC',
  'Two-part epoxy wood filler',
  'Exterior oil-based primer',
  'Stainless-steel trim screws',
  'Polyurethane sealant',
];
const tStep1 = [
  j(
    'Probe the sill, the bottom of the side jambs and the sheathing below with an awl. If the rot stops at the sill, you can',
    'go ahead; if the jambs are soft more than an inch up, repair them with epoxy before the new sill goes in.',
  ),
];
const tStep2 = [
  j(
    'Pry off the apron and the exterior trim below the sill. Cut the old sill into three pieces with the reciprocating saw, making two',
    'cuts a few inches in from each jamb, then split the middle piece out and work the ends free with the flat bar.',
  ),
  'Where the sill is nailed through the jambs, cut the nails with the multi-tool rather than forcing the wood, which can crack the jamb.',
];
const tStep3 = [
  j(
    'Use the largest remaining piece of the old sill as a template. Trace its profile onto the new stock, rip the slope on the',
    'table saw and cut the horns to length. Plane the underside until the sill slides in with light hammer taps.',
  ),
  j(
    'Cut a drip kerf on the underside about an inch back from the front edge. That small groove stops water from running',
    'back along the sill and into the wall.',
  ),
];
const tStep4 = [
  j(
    'Back-prime every face, including the end grain, and let it dry. Set the sill in a bead of sealant, drive stainless screws up',
    'through the sill into the jambs, and fill the holes with epoxy.',
  ),
  'Replace the apron and trim, caulk the joints and finish with two coats of exterior paint.',
];
const tTip = j(
  '“Don’t skip the back-priming,” says our general contractor. “A sill that’s painted on top only will wick water in from',
  'underneath, and you’ll be doing this job again in five years.”',
);
const tNav = ['Home Improvement', 'Kitchens', 'Bathrooms', 'Outdoors', 'Reviews', 'Video'];
const tCrumbs = ['Windows', 'Window Repair'];
const tRelated = ['How to Reglaze an Old Window', 'Storm Windows: Are They Worth It?', 'How to Fix a Sticking Double-Hung Sash'];
const tFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${tTitle} | Thistle Old House</title>
<meta name="description" content="Step-by-step instructions for cutting out and replacing a rotted wood window sill.">
<meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<meta property="article:published_time" content="2026-04-14T09:00:00-04:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${tTitle}","totalTime":"P2D",
"tool":[{"@type":"HowToTool","name":"Reciprocating saw"}],"author":{"@type":"Person","name":"Marisol Keane"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"how-to","category":"windows"});</script>
<link rel="stylesheet" href="/wp-content/themes/toh/dist/main.css"></head>
<body class="post-template-default single single-post c-body">
<a class="c-skip-link" href="#main">Skip to Content</a>
<header class="c-site-header"><div class="c-site-header__inner"><a class="c-site-header__logo" href="/">Thistle Old House</a>
<nav class="c-main-nav" aria-label="Main"><ul class="c-main-nav__list">${links(tNav, 'c-main-nav__item')}</ul></nav>
<a class="c-site-header__cta" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="c-main"><article class="c-article c-article--how-to">
<nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol>${links(tCrumbs, 'c-breadcrumbs__item')}</ol></nav>
<header class="c-article__header"><h1 class="c-article__title">${tTitle}</h1>
<div class="c-byline"><span class="c-byline__author">By <a href="/author/marisol-keane">Marisol Keane</a></span>
<span class="c-byline__reviewer">Reviewed by Dell Harrigan</span>
<time class="c-byline__date" datetime="2026-04-14">Updated: April 14, 2026</time></div>
<div class="c-share"><span class="c-share__label">Share</span><a class="c-share__link" href="#">Facebook</a>
<a class="c-share__link" href="#">Pinterest</a><a class="c-share__link" href="#">Email</a></div></header>
<figure class="c-figure c-figure--lead"><img src="/uploads/2026/04/sill-lead.jpg" alt="Carpenter fitting a new sill">
<figcaption class="c-figure__caption">A new mahogany sill being tapped into place.
<span class="c-figure__credit">Photo: Ansel Brightwater</span></figcaption></figure>
<div class="c-article__body entry-content">
${ps(tIntro)}
<div class="c-how-to-meta"><dl><dt>Difficulty</dt><dd>Moderate</dd><dt>Time</dt><dd>2 days</dd></dl></div>
<section class="c-tools-materials"><h2>Tools and Materials</h2><h3>Tools</h3><ul class="c-tools-materials__list">
${lis(tTools)}</ul><h3>Materials</h3><ul class="c-tools-materials__list">
${lis(tMaterials)}</ul></section>
<h2 class="c-step__title">Step 1: Check how far the rot goes</h2>
${ps(tStep1)}
<h2 class="c-step__title">Step 2: Remove the old sill</h2>
${ps(tStep2)}
<aside class="c-inline-promo"><p>Read more: <a href="/windows/window-repair/reglaze">How to Reglaze an Old Window</a></p></aside>
<h2 class="c-step__title">Step 3: Cut and fit the new sill</h2>
${ps(tStep3)}
<figure class="c-figure"><img src="/uploads/2026/04/drip-kerf.jpg" alt="">
<figcaption class="c-figure__caption">A drip kerf cut on the underside of the sill.
<span class="c-figure__credit">Illustration: Pell Studio</span></figcaption></figure>
<h2 class="c-step__title">Step 4: Seal, fasten and paint</h2>
${ps(tStep4)}
<blockquote class="c-pro-tip"><p>${tTip}</p></blockquote>
</div>
<div class="c-newsletter"><h3 class="c-newsletter__title">Get the Thistle Old House newsletter</h3>
<p class="c-newsletter__text">Expert advice and project ideas, delivered every week.</p>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>
<section class="c-related"><h2 class="c-related__title">Related How-Tos</h2><ul>${links(tRelated, 'c-related__item')}</ul></section>
</article></main>
<footer class="c-site-footer"><ul class="c-site-footer__links">${links(tFoot)}</ul>
<p class="c-site-footer__copy">© 2026 Thistle Old House Ventures, LLC. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</body></html>`;
const thistle: TestPage = {
  name: 'heldout334-thistle-old-house-howto',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [
    'Tools and Materials',
    'Tools',
    'Materials',
    'Step 1: Check how far the rot goes',
    'Step 2: Remove the old sill',
    'Step 3: Cut and fit the new sill',
    'Step 4: Seal, fasten and paint',
  ],
  body: texts([...tIntro, ...tTools, ...tMaterials, ...tStep1, ...tStep2, ...tStep3, ...tStep4, tTip]),
  bylines: ['By Marisol Keane', 'Reviewed by Dell Harrigan', 'Updated: April 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Thistle Old House', ...tNav, 'Subscribe', ...tCrumbs, 'Share', 'Facebook', 'Pinterest', 'Email',
    'A new mahogany sill being tapped into place.',
    'Photo: Ansel Brightwater', 'Difficulty', 'Moderate', 'Read more: How to Reglaze an Old Window', 'A drip kerf cut on the underside of the sill.',
    'Illustration: Pell Studio', 'Get the Thistle Old House newsletter', 'Expert advice and project ideas, delivered every week.', 'Sign Up',
    'Related How-Tos', ...tRelated.slice(1), ...tFoot, '© 2026 Thistle Old House Ventures, LLC. All rights reserved.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

const hTitle = '9 Ways to Make a Narrow Galley Kitchen Feel Bigger';
const hIntro = [
  j(
    'Galley kitchens are efficient: everything is within a step or two, and there is no wasted floor to walk across. But with two',
    'walls of cabinets facing each other, they can also feel like a corridor. These nine ideas, taken from projects by designers on',
    'Hoozle, show how to open one up without moving a single wall.',
  ),
];
const hItems: readonly [string, string][] = [
  [
    '1. Drop the upper cabinets on one side',
    j(
      'Taking the wall cabinets off one run is the biggest single change you can make. Open shelves, or simply a clear wall with a',
      'picture rail, let the eye travel across the room. The storage you lose can often go into a tall pantry unit at the end.',
    ),
  ],
  [
    '2. Run the floor the long way',
    j(
      'Planks or long rectangular tiles laid down the length of the galley draw the eye to the far end. Diagonal layouts can work',
      'too, but they cut the floor into small triangles along each run.',
    ),
  ],
  [
    '3. Choose one light, warm colour',
    j(
      'A single pale colour on the cabinets, walls and ceiling blurs the corners. This designer in Leeds painted everything a',
      'soft oatmeal, and kept contrast for the handles and the worktop.',
    ),
  ],
  [
    '4. Light the worktops, not just the ceiling',
    j(
      'Under-cabinet LED strips wash the counters with light and make the back wall glow. A row of downlights alone tends to cast',
      'your own shadow across the chopping board.',
    ),
  ],
  ['5. Put a window or glass door at the end', j('If the far wall faces the garden, replacing a solid door with a glazed one turns the corridor into a view.')],
];
const hOutro = [
  j(
    'The remaining four ideas, from slimline handles to a mirrored splashback, are smaller touches, but together they can add',
    'up to a kitchen that feels half a metre wider.',
  ),
  j(
    'Before you start, measure the clear floor between the two runs. Anything under about 1.1 metres will feel tight however',
    'light the room is, so if you are replacing the units anyway, ask your fitter about shallower base cabinets on one side.',
  ),
  'Tell us: would you give up upper cabinets for a lighter galley? Leave your thoughts in the comments.',
];
const hMenu = ['Get Ideas', 'Find Professionals', 'Shop', 'Stories', 'Kitchen', 'Bath', 'Bedroom', 'Living', 'Dining', 'Outdoor'];
const hCaps = ['Galley kitchen by Millbrook Interiors', 'Kitchen by Redfern & Lowe', 'Photo by Tamsin Orr Photography'];
const hMore = ['Kitchen of the Week: A Bright Update in a 1930s Semi', '10 Clever Corner Storage Ideas', 'How Much Does a New Kitchen Cost?'];
const hComments = ['We did number 1 in our flat and honestly wish we had done it years ago.', 'Love the oatmeal paint. Does anyone know the colour name?'];
const hCard = (i: number): string => `<div class="hz-ideabook-photo" data-compid="photo_${i}">
<img class="hz-ideabook-photo__image" src="https://st.hzcdn.example/simgs/${i}-w500.jpg" alt="">
<div class="hz-ideabook-photo__caption">${hCaps[i]?.replace(/&/g, '&amp;') ?? ''}</div>
<button class="hz-save-button" aria-label="Save Photo">Save Photo</button></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta property="og:site_name" content="Hoozle"><meta name="description" content="Ideas for opening up a narrow galley kitchen.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${hTitle}",
"author":{"@type":"Person","name":"Priya Castellane"},"datePublished":"2026-02-22"}</script>
<script>window.HZ = window.HZ || {}; HZ.ctx = {"pageType":"ideabook","locale":"en-GB","ideabookId":"1180442"};</script>
</head><body class="hz-body hz-ideabook-page"><div id="hz-page">
<header class="hz-header"><a class="hz-logo" href="/">Hoozle</a><form class="hz-header-search"><input placeholder="Search Hoozle"></form>
<a class="hz-header__signin" href="/signin">Sign In</a><a class="hz-header__join" href="/join">Join as a Pro</a>
<nav class="hz-top-nav"><ul>${links(hMenu, 'hz-top-nav__item')}</ul></nav></header>
<div class="hz-ideabook-page__content container"><div class="hz-story">
<div class="hz-story__category"><a href="/ideabooks/kitchen">Kitchen Design</a></div>
<h1 class="hz-story__title">${hTitle}</h1>
<div class="hz-story__byline"><a class="hz-story__author" href="/user/priyacastellane">Priya Castellane</a>
<span class="hz-story__author-title">Hoozle Contributor</span><span class="hz-story__date">22 February 2026</span></div>
<div class="hz-social-share"><button>Save</button><button>Share</button><button>Email</button></div>
<div class="hz-story__body">
${ps(hIntro)}
${hItems.map(([h, p], i) => `<h3 class="hz-story__section-title">${h}</h3>\n${i < 3 ? hCard(i) : ''}\n<p>${p}</p>`).join('\n')}
<div class="hz-story__promo">Find a kitchen designer near you <a href="/professionals/kitchen-designers">Browse Pros</a></div>
${ps(hOutro)}
</div>
<div class="hz-story__tags"><a href="/ideabooks/galley-kitchens">Galley Kitchens</a> <a href="/ideabooks/small-spaces">Small Spaces</a></div>
<section class="hz-comments"><h3 class="hz-comments__title">2 Comments</h3>
<div class="hz-comment"><a class="hz-comment__author" href="/user/lenfield">lenfield_home</a><p>${hComments[0]}</p></div>
<div class="hz-comment"><a class="hz-comment__author" href="/user/osgood">Mara Osgood</a><p>${hComments[1]}</p></div>
<textarea placeholder="Add a comment"></textarea></section></div>
<aside class="hz-sidebar"><h3>More on Hoozle</h3><ul>${links(hMore)}</ul>
<div class="hz-ad"><span class="hz-ad__label">Advertisement</span></div></aside></div>
<footer class="hz-footer"><p>© 2026 Hoozle Inc. Hoozle and the H logo are registered trademarks.</p>
<a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/cookies">Cookie Policy</a></footer>
<div class="hz-consent-banner"><p>Hoozle uses cookies to improve your experience.</p><button>Accept</button><button>Manage Preferences</button></div>
</div></body></html>`;
const hoozle: TestPage = {
  name: 'heldout334-houzz-ideabook-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hItems.map(([h]) => h),
  body: texts([...hIntro, ...hItems.map(([, p]) => p), ...hOutro]),
  bylines: ['Priya Castellane', 'Hoozle Contributor', '22 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign In', 'Join as a Pro', ...hMenu, 'Kitchen Design', 'Save', 'Share', 'Email', ...hCaps, 'Save Photo', 'Find a kitchen designer near you',
    'Browse Pros', 'Galley Kitchens', 'Small Spaces', '2 Comments', 'lenfield_home', 'Mara Osgood', ...hComments, 'More on Hoozle', ...hMore,
    'Advertisement', '© 2026 Hoozle Inc. Hoozle and the H logo are registered trademarks.', 'Terms of Use', 'Privacy Policy', 'Cookie Policy',
    'Hoozle uses cookies to improve your experience.', 'Accept', 'Manage Preferences',
  ],
};

export const HELDOUT334_A: readonly TestPage[] = [thistle, hoozle];
