import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, except, j, lis } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file d: a weaving studio's long journal post about its summer school on Ghost (Casper theme), and a
 * community arts centre's stained-glass course page on Drupal (Olivero theme) with a table of sessions.
 */
const gTitle = 'Inside the Loom Room Summer School: Two Weeks, Nine Weavers, One Very Long Warp';
const gDek = 'What our residential summer school is really like, what we change every year, and who it is for.';
const gBody = [
  j(
    'Every August for the last six years we have cleared the shop floor, pushed the yarn shelves against the wall and set up nine floor',
    'looms in a horseshoe. For two weeks the studio becomes a small school. People ask us about it all year, usually in the form of',
    '“is it really for me?”, so this is an attempt to answer that honestly.',
  ),
  'Who comes',
  j(
    'The group is always mixed. This year we had a retired engineer who had woven rag rugs for decades on a frame loom, two textile',
    'students between second and third year, a nurse who had done our weekend rigid heddle class and wanted more, and a father and',
    'daughter who share a loom at home and argue about the tension. The youngest was nineteen and the oldest seventy-eight.',
  ),
  j(
    'You need to have woven something before, on any kind of loom, and to be able to sit at a loom for a couple of hours at a time.',
    'You do not need to own a floor loom or to have warped one. Most people have not.',
  ),
  'Week one: warping, drafts and the sampler',
  j(
    'The first three days are the hardest and the most useful. Everyone winds a warp on the warping mill, beams it and threads their',
    'own heddles. It takes far longer than anyone expects. By Wednesday lunchtime there is usually one person who has threaded the',
    'whole warp in the wrong order and has to start again; this year it was me, on the demonstration loom, in front of everyone.',
  ),
  j(
    'Once the looms are dressed we weave a long sampler: plain weave, twills, a point twill, a rosepath and a block weave. In the',
    'afternoons Ines teaches draft reading on paper and on the whiteboard, so that by Friday everyone can read a draft from an old',
    'book and predict what it will look like before they weave it.',
  ),
  j(
    'Evenings are free. Some people go back to their rooms in the village and sleep; others stay and weave until we lock up at nine.',
    'We do not mind either.',
  ),
  'Week two: your own project',
  j(
    'In the second week each weaver plans and weaves a piece of their own on a new warp. We ask people to bring an idea, not a',
    'design, and we spend Monday morning turning ideas into drafts that can be woven in four days. This year’s projects included',
    'a set of tea towels in a huck lace, a wool scarf in an undulating twill, a length of fabric for a waistcoat and a wall',
    'hanging based on the tide tables for the estuary.',
  ),
  j(
    'Not every project works. The waistcoat fabric came off the loom too loosely beaten and will need fulling. That is part of it;',
    'we spend the last afternoon wet finishing, and talking through what each of us would change next time.',
  ),
  'What we changed this year',
  'We cut the group from ten to nine so that there is always a spare loom for fixing mistakes.',
  'We moved draft reading to the afternoons, when people are too tired to weave well but can still think.',
  'We added a half-day visit to the mill at Carrow Bridge to see a power loom running a similar twill at full speed.',
  'We stopped providing lunch and started a shared kitchen rota instead, which turned out to be everyone’s favourite hour.',
  'The practical bits',
  j(
    'The school runs from the first Monday to the second Friday in August, 9.30am to 5pm on weekdays, with the middle weekend off.',
    'The fee covers tuition, loom use and all yarn for the sampler. You buy the yarn for your own project from the shop at a',
    'discount, or bring your own.',
  ),
  j(
    'We do not run accommodation ourselves, but there are rooms in the village and a campsite ten minutes’ walk away, and we',
    'send everyone a list when they book. Places open in January and usually go within a few weeks.',
  ),
  j(
    'If you are not sure whether you are ready, come to a weekend class first, or email us and tell us what you have woven. We',
    'would much rather have that conversation than have someone spend a fortnight out of their depth.',
  ),
];
const gNav = ['Home', 'Classes', 'Summer School', 'Shop', 'Journal'];
const gRead = ['A beginner’s guide to reading a weaving draft', 'Why we dye with madder', 'Rigid heddle or floor loom?'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.theloomroom.co.uk/inside-the-loom-room-summer-school/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-09-02T08:30:00.000Z"><meta property="article:tag" content="Summer School">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Loom Room"},
"author":{"@type":"Person","name":"Ruth Aldous"},"headline":"${gTitle}","datePublished":"2027-09-02T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://journal.theloomroom.co.uk/"
 data-key="7b1c9d" data-api="https://journal.theloomroom.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-summer-school is-head-left-logo has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.theloomroom.co.uk">
The Loom Room</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site"
 data-ghost-search></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-summer-school">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/summer-school/">Summer School</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/ruth.jpg" alt="Ruth Aldous"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Aldous</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-09-02">Sep 2, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/looms.jpg 600w" src="/content/images/size/w2000/looms.jpg"
 alt="Nine floor looms arranged in a horseshoe"><figcaption><span style="white-space: pre-wrap;">The studio in week one, before anything went wrong.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}<h2 id="who-comes">${at(gBody, 1)}</h2>${ps(gBody.slice(2, 4))}
<h2 id="week-one">${at(gBody, 4)}</h2>${ps(gBody.slice(5, 8))}
<blockquote class="kg-blockquote-alt">Thread it, check it, check it again, then weave two inches before you trust it.</blockquote>
<h2 id="week-two">${at(gBody, 8)}</h2>${ps(gBody.slice(9, 11))}
<figure class="kg-card kg-gallery-card kg-width-wide"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image">
<img src="/content/images/2027/09/tide-hanging.jpg" width="1200" height="1600" loading="lazy" alt=""></div></div></div>
<figcaption>The tide-table hanging, just off the loom.</figcaption></figure>
<h2 id="what-we-changed">${at(gBody, 11)}</h2><ul>${lis(gBody.slice(12, 16))}</ul>
<h2 id="the-practical-bits">${at(gBody, 16)}</h2>${ps(gBody.slice(17, 20))}
<div class="kg-card kg-button-card kg-align-center">
<a href="https://theloomroom.co.uk/summer-school" class="kg-btn kg-btn-accent">Join the waiting list</a></div>
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
 data-ghost-comments="https://journal.theloomroom.co.uk/" data-api="https://journal.theloomroom.co.uk/ghost/api/content/" data-count="true"></script></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h3 class="read-more-title">Read more</h3></div>
${gRead
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg"
 alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.theloomroom.co.uk">The Loom Room</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__counter"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout531-ghost-weaving-summer-school',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [1, 4, 8, 11, 16].map((i) => at(gBody, i)),
  body: texts([
    gDek,
    ...gBody.slice(0, 8).filter((_, i) => i !== 1 && i !== 4),
    'Thread it, check it, check it again, then weave two inches before you trust it.',
    ...except(gBody, [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 16]),
  ]),
  bylines: ['Ruth Aldous', 'Sep 2, 2027', '• 6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav.filter((n) => n !== 'Summer School' && n !== 'Shop'), 'Sign in', 'Subscribe', 'The studio in week one, before anything went wrong.',
    'The tide-table hanging, just off the loom.', 'Join the waiting list', 'Read more', ...gRead, 'The Loom Room © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const dTitle = 'Stained Glass: Copper Foil Suncatchers (Evening Course)';
const dBody = [
  j(
    'Learn the Tiffany copper foil method over four evenings and make two suncatchers to hang in a window. You will cut glass from a',
    'paper pattern, grind the edges, wrap each piece in copper foil and solder the panel together.',
  ),
  j(
    'The course is taught in the Workshop Room on the ground floor, which has step-free access. Safety glasses, gloves and all glass',
    'and materials are provided. Please wear closed shoes and bring a packed tea if you are coming straight from work.',
  ),
  'Session plan',
  'Week 1 Pattern, glass cutting and grinding',
  'Week 2 Foiling and tacking the first suncatcher',
  'Week 3 Soldering, finishing and patina',
  'Week 4 Second suncatcher from your own design',
];
const dFields = [
  ['Tutor', 'Gwen Marchetti'],
  ['Dates', 'Wednesdays, 3–24 February 2027'],
  ['Time', '7pm–9pm'],
  ['Cost', '£92 (concessions £74)'],
];
const dNav = ['What’s on', 'Courses', 'Hire a room', 'Get involved', 'Visit'];
const dCrumbs = ['Home', 'Courses', 'Glass and jewellery'];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Contact us', 'Charity no. 1094417'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.brookfieldarts.org.uk/courses/stained-glass-copper-foil"><title>${dTitle} | Brookfield Arts Centre</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t4k2x1">
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/layout/layout.css?t4k2x1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/57","currentLanguage":"en"},
"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-course"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Brookfield Arts Centre</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<h2 class="visually-hidden block__title">Search</h2><form action="/search/node" method="get" class="search-form search-block-form"><div class="form-item">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
 type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol>
</div></nav></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
 class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
 class="block block-system block-system-main-block"><article data-history-node-id="57" class="node node--type-course node--promoted node--view-mode-full">
<div class="node__content">${dFields
  .map(
    ([k, v], i) => `<div class="field field--name-field-f${i} field--type-string field--label-inline clearfix">
<div class="field__label">${k}</div><div class="field__item">${v}</div></div>`,
  )
  .join('\n')}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dBody.slice(0, 2))}
<h2>${at(dBody, 2)}</h2><table><thead><tr><th>Week</th><th>What you will do</th></tr></thead><tbody>
${dBody
  .slice(3, 7)
  .map((r) => `<tr><td>${r.slice(0, 6)}</td>\n<td>${r.slice(7)}</td></tr>`)
  .join('\n')}</tbody></table></div>
<div class="field field--name-field-book-link field--type-link field--label-hidden field__item"><a href="https://tickets.brookfieldarts.org.uk/course/5521">Book
 now</a></div></div></article></div></div>
<div class="region region--sidebar"><div class="views-element-container block block-views"><h2 class="block__title">Also in Glass and jewellery</h2>
<div class="view view-related-courses"><div class="view-content"><div class="views-row">
<a href="/courses/fused-glass-dishes">Fused glass dishes (Saturday)</a></div>
<div class="views-row"><a href="/courses/silver-ring-making">Silver ring making</a></div></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div class="block block-block-content"><div class="text-content"><p>Brookfield Arts Centre, 2 Canal Row, Ashby Fold</p></div></div></div></div>
<div class="region region--footer-bottom grid-full"><nav class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot)}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout531-drupal-stained-glass-course',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 2)],
  body: texts([...dFields.flat(), ...except(dBody, [2])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brookfield Arts Centre', 'Menu', ...dNav, 'Home', 'Glass and jewellery', 'Book now', 'Also in Glass and jewellery',
    'Fused glass dishes (Saturday)', 'Silver ring making', 'Brookfield Arts Centre, 2 Canal Row, Ashby Fold', ...dFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT531_D: readonly TestPage[] = [ghost, drupal];
