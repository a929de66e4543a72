import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file b: a hardware shop's winter essentials guide on Squarespace 7.1 (blog post with image blocks,
 * author profile and prev / next pagination), and a padlock buying guide on Ghost (Casper).
 */
const qTitle = 'Winter Essentials: Getting Your Home Ready for the Cold';
const qH = ['Keep the draughts out', 'Pipes and outside taps', 'Paths, steps and driveways', 'When the power goes off', 'A checklist for the shed door'];
const qA = [
  j(
    'Every November the same thing happens at the counter. The first hard frost arrives, and by ten o&#39;clock we have sold every bag',
    'of rock salt in the shop and half the pipe lagging. This year we have doubled our winter stock, but the best way to avoid the queue',
    'is to get ready a few weekends early. Here is what we would put on the list, roughly in order of how much trouble it saves.',
  ),
  j(
    'Most of the heat a house loses goes out through gaps you can&#39;t see: around doors and windows, through letterboxes and keyholes,',
    'and up unused chimneys. Closing them is the cheapest job on this list and usually the one that makes the biggest difference.',
  ),
];
const qDraught = [
  'Self-adhesive foam or rubber strip for the sides and top of doors and casement windows. Measure the gap first: E-profile for small gaps, P-profile for ' +
    'larger ones.',
  'A brush or rubber seal for the bottom of external doors, and a brush-lined letterbox flap.',
  'Keyhole covers for old mortice locks. They cost less than a pound and stop a surprising draught.',
  'A chimney balloon or sheep&#39;s wool chimney sheep for fireplaces you are not using this winter.',
];
const qB = [
  j(
    'A burst pipe is the most expensive thing that can happen to a house in a cold snap, and it almost always starts in a loft, a garage',
    'or an outside wall. Foam lagging comes in sizes to fit 15mm and 22mm pipe; slit it, push it on and tape the joins. Don&#39;t forget',
    'the cold water tank in the loft, which needs a jacket or a box of insulation board on every side except underneath.',
  ),
  j(
    'Outside taps should be isolated and drained before the first frost. If there is no isolating valve on the pipe inside, we sell a',
    'push-fit one that takes ten minutes to fit. Then fit an insulated tap cover over the tap itself. Hosepipes left connected hold water',
    'and split, so bring them in and store them coiled.',
  ),
  j(
    'Find your stopcock now, while it is dry and light. Turn it off and on again to make sure it moves, and tie a luggage label to it',
    'so anyone in the house can find it in a hurry. A stopcock that has not been turned for twenty years will often seize, and the middle',
    'of the night is the wrong time to find that out.',
  ),
];
const qC = [
  j(
    'Rock salt and grit are not the same thing. White de-icing salt works faster and is kinder to block paving; brown rock salt',
    'contains grit that gives grip once the ice has melted, but it leaves a mess on carpets. Both stop working below about minus eight.',
    'Spread salt before a frost, not after: a handful per square metre on a dry path will stop ice forming overnight.',
  ),
  j(
    'A plastic snow shovel with a metal edge is worth having even in a mild winter. Clear snow early, before it is trodden down, and',
    'salt what is left. For steps, we recommend stick-on anti-slip treads, which stay put all year and need no salting at all.',
  ),
];
const qD = [
  j(
    'Power cuts are more common in the lanes around Thornbury than in town, and they tend to come with the worst weather. Keep a box',
    'somewhere you can find it in the dark with a wind-up or battery torch, spare batteries, a few tealights and a lighter, and a',
    'battery radio. A camping stove and a kettle will see you through a long cut, but never use one indoors without an open window,',
    'and make sure your carbon monoxide alarm has a working battery.',
  ),
  j(
    'If you rely on electricity for a medical device, ask your network operator to put you on their priority services register.',
    'It costs nothing and means they will ring you before planned cuts.',
  ),
];
const qList = [
  'Rock salt or de-icing salt, and a scoop',
  'Snow shovel and a stiff broom',
  'Pipe lagging, tank jacket and insulated tap covers',
  'Draught strip, door seals and a letterbox brush',
  'Torch, batteries, tealights and a battery radio',
  'Carbon monoxide alarm, tested',
  'Lock de-icer and a can of water-displacing spray for frozen padlocks',
];
const qEnd = j(
  'Everything on this list is in stock in the shop from the first week of November. If you are not sure what size of lagging or',
  'draught strip you need, bring a measurement or a photo and we will sort you out.',
);
const qNav = ['Shop', 'Services', 'Journal', 'About', 'Contact'];
const qFoot = ['Opening hours', 'Delivery', 'Returns', 'Privacy'];
const block = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const img = (src: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><img data-src="${src}" alt=""
src="${src}?format=1000w" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>${cap}</p></div></figcaption>
</figure></div></div>`;
const pre = ' style="white-space:pre-wrap;"';
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Winter Essentials: Getting Your Home Ready for the Cold &mdash; Marlow Bros. Hardware</title>
<meta property="og:site_name" content="Marlow Bros. Hardware"><meta property="og:type" content="article">
<meta itemprop="author" content="Ruth Marlow"><meta itemprop="datePublished" content="2024-10-28T09:12:00+0000">
<script type="application/ld+json">{"url":"https://www.marlowbros.co.uk","name":"Marlow Bros. Hardware","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Winter Essentials","author":{"@type":"Person",
"name":"Ruth Marlow"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionId":"6522a9","itemId":"671f4c"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6522a0/25/site.css"></head>
<body id="item-671f4c" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-profile view-item collection-type-blog
collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Winter stock is in:
salt, lagging and shovels now available</p></div></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/">Marlow Bros. Hardware</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">0</div>
</span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6522a9">
<section class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide" data-section-theme="">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-ruth-marlow post-type-text article-index-3 tag-winter category-guides" data-item-id="671f4c">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1>
</div><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2024-10-28">28 October 2024</time></div><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=5f0a" class="blog-author">Ruth Marlow</a>
</div><div class="blog-meta-item blog-meta-item--categories"><a href="/journal?category=Guides" class="blog-categories">Guides</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1730106720000" id="item-671f4c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block(`${ps([at(qA, 0)], pre)}<h2${pre}>${at(qH, 0)}</h2>${ps([at(qA, 1)], pre)}<ul
data-rte-list="default">${lis(qDraught.map((t) => `<p${pre}>${t}</p>`))}</ul>`)}
${img('https://images.squarespace-cdn.com/content/v1/6522a0/draught-strip.jpg', 'P-profile draught strip on a back door frame.')}
${block(`<h2${pre}>${at(qH, 1)}</h2>${ps(qB, pre)}<h2${pre}>${at(qH, 2)}</h2>${ps(qC, pre)}`)}
${img('https://images.squarespace-cdn.com/content/v1/6522a0/salt-bags.jpg', 'White de-icing salt (left) and brown rock salt, 25kg bags.')}
${block(`<h2${pre}>${at(qH, 3)}</h2>${ps(qD, pre)}<h2${pre}>${at(qH, 4)}</h2><ul data-rte-list="default">${lis(qList.map((t) => `<p${pre}>${t}</p>`))}</ul>
${ps([qEnd], pre)}`)}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f0a" class="author-avatar content-fill"><img src="/assets/ruth.jpg" alt=""></a>
<div class="author-name">Ruth Marlow</div><div class="author-bio"><p>Ruth runs the shop with her brother Tom. She has been answering
questions about burst pipes since 1996.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><a href="#comments" class="sqs-comments-link">0 Comments</a></div></div>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/journal/sharpening-your-garden-tools"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Putting Your Garden Tools Away for Winter</h2></a>
<a href="/journal/which-wood-filler" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Which Wood Filler Should I Use?</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description">
<p>Seasonal tips and the odd offer, once a month.</p></div></div><form class="newsletter-form" autocomplete="on"><div class="newsletter-form-field-wrapper
form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label><input id="email-yui_3"
class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper
submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form>
</div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>22 Bridge Street, Thornbury</p>
<p>${qFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' &middot; ')}</p><p>&copy; Marlow Bros. Hardware 2024</p>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-main sqs-cookie-banner-v2-bottom"><div class="sqs-cookie-banner-v2 BOTTOM">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout621-squarespace-winter-essentials',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([at(qA, 0), at(qA, 1), ...qDraught, ...qB, ...qC, ...qD, ...qList, qEnd]),
  bylines: ['28 October 2024', 'Ruth Marlow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter stock is in: salt, lagging and shovels now available', 'Skip to Content', 'Marlow Bros. Hardware', ...qNav, '0', 'Guides',
    'P-profile draught strip on a back door frame.', 'White de-icing salt (left) and brown rock salt, 25kg bags.',
    'Ruth runs the shop with her brother Tom. She has been answering questions about burst pipes since 1996.', '0 Comments', 'Previous',
    'Putting Your Garden Tools Away for Winter', 'Next', 'Which Wood Filler Should I Use?', 'Stay in the loop',
    'Seasonal tips and the odd offer, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.', '22 Bridge Street, Thornbury',
    ...qFoot, '© Marlow Bros. Hardware 2024', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const gTitle = 'Which padlock for the shed? A counter-side guide';
const gDek = 'Closed shackles, hardened steel and the CEN grades, explained by the people who get asked about them every Saturday.';
const gH = ['Start with the shackle', 'Body and grade', 'Keys or combination', 'Our picks'];
const gP = [
  j(
    'A padlock is only as good as the thing it is fitted to. Before you spend forty pounds on a lock, look at the hasp: if it is held',
    'on with four short wood screws, a thief will lever it off in seconds. Fit a hasp and staple with coach bolts through the door.',
  ),
  j(
    'The shackle is the part that gets cut. A closed-shackle lock, where the body rises around the shackle, leaves almost no room',
    'for bolt croppers. An open shackle is easier to use with gloves on but much easier to attack. Look for a shackle of at least',
    '10mm in hardened boron steel.',
  ),
  j(
    'Brass bodies resist rust and are fine for a garden gate. For a shed or garage holding tools or bikes, choose a solid steel body',
    'and check the packaging for a CEN grade. Grades run from 1 to 6; we suggest grade 3 or above for a shed and grade 4 or above for',
    'anything insurers will ask about.',
  ),
  j(
    'Combination locks mean nobody can lose a key, which is useful for allotments and shared sheds. But cheap four-wheel combination',
    'locks can be opened by feel, so if security matters, stick to a keyed lock with a disc or pin cylinder. Keyed-alike sets let one',
    'key open the shed, the gate and the bike lock.',
  ),
];
const gPicks = [
  '<strong>Garden gate:</strong> 40mm brass open-shackle lock, around £9.',
  '<strong>Shed:</strong> 50mm closed-shackle steel lock, CEN grade 3, around £24.',
  '<strong>Garage or workshop:</strong> 60mm closed-shackle lock, CEN grade 4, with a matching hasp and staple, around £48.',
];
const gNav = ['Home', 'Guides', 'Workshop', 'About'];
const gRel: [string, string, string][] = [
  ['Fixing a sagging gate in an afternoon', 'A rising butt hinge, two coach bolts and a spirit level.', 'Sep 19, 2024'],
  ['The only five screwdrivers you need', 'Forget the forty-piece set.', 'Aug 30, 2024'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Which padlock for the shed? A counter-side guide</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6e1a5b3f0c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://tinkersbench.co.uk/which-padlock-for-the-shed/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tinker&#x27;s Bench"},
"author":{"@type":"Person","name":"Aled Rhys"},"headline":"Which padlock for the shed? A counter-side guide",
"datePublished":"2024-10-08T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://tinkersbench.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template tag-security tag-buying-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://tinkersbench.co.uk">The Tinker's Bench</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-security tag-buying-guides">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/security/">Security</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/aled/"
class="author-avatar"><img class="author-profile-image" src="/content/images/2023/05/aled.jpg" alt="Aled Rhys"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/aled/">Aled Rhys</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-10-08">Oct 8, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2024/10/padlocks.jpg 300w" src="/content/images/size/w2000/2024/10/padlocks.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">Three shackles, three prices: the closed shackle on the right is the hardest to crop.</span></figcaption>
</figure>
</header>
<section class="gh-content gh-canvas">
${ps([at(gP, 0)])}<h2 id="start-with-the-shackle">${at(gH, 0)}</h2>${ps([at(gP, 1)])}<h2 id="body-and-grade">${at(gH, 1)}</h2>${ps([at(gP, 2)])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Spray a padlock with
water-displacing oil in October and it will still open on a frosty morning in January.</div></div>
<h2 id="keys-or-combination">${at(gH, 2)}</h2>${ps([at(gP, 3)])}<h2 id="our-picks">${at(gH, 3)}</h2><ul>${lis(gPicks)}</ul>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRel
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/x.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${r[0]}</h2></header>
<div class="post-card-excerpt">${r[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">${r[2]}</time></footer></div></article>`,
  )
  .join('\n')}</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://tinkersbench.co.uk">The Tinker's Bench</a> &copy; 2024</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<script src="/assets/built/casper.js?v=6e1a5b3f0c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout621-ghost-padlock-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([
    gDek,
    at(gP, 0),
    at(gP, 1),
    at(gP, 2),
    'Spray a padlock with water-displacing oil in October and it will still open on a frosty morning in January.',
    at(gP, 3),
    ...gPicks,
  ]),
  bylines: ['Aled Rhys', 'Oct 8, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "The Tinker's Bench", ...gNav, 'Sign in', 'Subscribe', 'Security', '• 4 min read',
    'Three shackles, three prices: the closed shackle on the right is the hardest to crop.', 'Sign up for more like this.', 'Enter your email',
    ...gRel.flat(), "The Tinker's Bench © 2024", 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT621_B: readonly TestPage[] = [squarespace, ghost];
