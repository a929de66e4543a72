import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file c: a repair café's write-up of its March session on Ghost (Casper theme, with captions, a callout
 * card, a members CTA and read-more cards), and a community hall's repair café event on Drupal 10 (Olivero, event fields, sidebar).
 */
const gTitle = 'Forty-one fixes: how the March repair café went';
const gDek = 'A record turnout, a very determined sewing machine and one toaster we had to let go.';
const gBody = [
  j(
    'Saturday was our busiest session since we started meeting in the Quaker hall three years ago. Sixty-three people came',
    'through the door with something broken, and by the time we packed away the tables at one o\u2019clock our fixers had',
    'repaired forty-one items. That is a success rate of 65 per cent, up from just over half last autumn.',
  ),
  'Electricals were busiest, as always',
  j(
    'Lamps, radios and kettles made up nearly half of everything that came in. Ron and Abi worked through a queue that never',
    'seemed to get shorter, and most of the fixes were the usual suspects: a loose wire in a plug, a broken switch, a fuse that',
    'had been replaced with the wrong rating. Every electrical item is safety tested before it goes home, whether it was fixed or not.',
  ),
  j(
    'The one that got away was a toaster with a cracked element. A new element would have cost more than a new toaster, so we',
    'took it apart together with its owner, and she left with the springs for a craft project and a promise to come back as a volunteer.',
  ),
  'The sewing machine that would not give up',
  j(
    'Maureen brought in her mother\u2019s 1962 sewing machine, which had not run for a decade. It took Jude most of the morning',
    'to clean out the old oil, free the seized bobbin case and adjust the tension, but just before noon it stitched a perfect',
    'straight seam and the whole room clapped.',
  ),
  '\u201cI nearly cried,\u201d Maureen said. \u201cMy mum made my school uniforms on that machine.\u201d',
  'What we learned',
  'Bring the charger. Half of the phones and tablets we saw could not be diagnosed without one.',
  'Arrive early for bikes. Our bike fixer only has room for six in a session.',
  'Knives and scissors are sharpened at the back table, and the queue there moves fast.',
  j(
    'Thank you to everyone who brought cake, and to the Friends of Whitlow Park for lending us their gazebo when the hall\u2019s',
    'back room flooded. We will see you in April.',
  ),
];
const gHeads = [1, 4, 7];
const gCallout = 'Next repair café: Saturday 11 April, 10am to 1pm, Friends Meeting House, Cobb Lane. Free, donations welcome.';
const gCaps = ['Jude at work on the 1962 machine. Photo: Ama Boateng', 'The electricals table at ten past ten.'];
const gNav = ['Home', 'About', 'Become a fixer', 'Past sessions'];
const gCards = [
  ['February: the month of the hoover', 'Vacuum cleaners, a rocking horse and a very old clock.', '17 Feb 2026', '3 min read'],
  ['Why we safety test everything', 'Every electrical item gets a PAT test before it leaves the hall, and here is why.', '2 Feb 2026', '5 min read'],
];
const gCard = (c: string[]): string => `<article class="post-card post tag-sessions"><a class="post-card-image-link" href="/"><img class="post-card-image"
src="/content/images/size/w600/2026/02/card.jpg" alt="${c[0]}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Sessions</span></div><h2 class="post-card-title">${c[0]}</h2>
</header>
<div class="post-card-excerpt">${c[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-02-17">${c[2]}</time>
<span class="post-card-meta-length">${c[3]}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Forty-one fixes: how the March repair café went</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c9a21bd44"><link rel="canonical" href="https://mendwell.org.uk/forty-one-fixes/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Mendwell Repair Café">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-16T08:31:12.000Z"><meta property="article:tag" content="Sessions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Mendwell Repair Café"},
"author":{"@type":"Person","name":"Nell Ferris"},"headline":"${gTitle}","datePublished":"2026-03-16T08:31:12.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://mendwell.org.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<link rel="stylesheet" type="text/css" href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css"></head>
<body class="post-template tag-sessions is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://mendwell.org.uk">Mendwell Repair Café</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg aria-hidden="true"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-sessions">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/sessions/">Sessions</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nell/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/nell.jpg" alt="Nell Ferris"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Ferris</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-16">16 Mar 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div>
</section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/03/hall.jpg 600w" src="/content/images/size/w2000/2026/03/hall.jpg"
alt="Volunteers at long tables in the hall"><figcaption><span style="white-space: pre-wrap;">${gCaps[1]}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps([gBody[0] ?? ''])}
<h2 id="electricals-were-busiest-as-always">${gBody[1]}</h2>${ps(gBody.slice(2, 4))}
<h2 id="the-sewing-machine-that-would-not-give-up">${gBody[4]}</h2>${ps([gBody[5] ?? ''])}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/03/machine.jpg" class="kg-image" alt="" loading="lazy" width="1200" height="800">
<figcaption><span style="white-space: pre-wrap;">${gCaps[0]}</span></figcaption></figure>
<blockquote>${gBody[6]}</blockquote>
<h2 id="what-we-learned">${gBody[7]}</h2><ul>${lis(gBody.slice(8, 11))}</ul>${ps([gBody[11] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🔧</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://mendwell.org.uk">Mendwell Repair Café</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter">
</div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=5c9a21bd44"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout514-ghost-casper-repair-cafe-recap',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts([gDek, ...gBody.filter((_, i) => !gHeads.includes(i)), gCallout]),
  bylines: ['Nell Ferris', '16 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mendwell Repair Café', ...gNav.slice(1), 'Sign in', 'Subscribe', 'Sessions', '4 min read', ...gCaps, 'Sign up for more like this.', 'Enter your email',
    ...gCards.flat(), '© 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const dTitle = 'Repair Café: bring your broken things';
const dIntro = [
  j(
    'Our monthly Repair Café is back after the winter break. Volunteer fixers will help you repair small electricals, clothes,',
    'bikes, furniture, toys and jewellery, and show you how to do it yourself next time.',
  ),
  'There is no charge. Tea, coffee and toast are on the house while you wait, and there is a donations jar for spare parts.',
];
const dFields = ['Saturday 13 March 2027, 10:00 to 13:00 (last items accepted at 12:15)', 'Main hall, Ashby Road Community Hall, LE11 4RT', 'Free'];
const dLabels = ['When', 'Where', 'Cost'];
const dBring = [
  'Bring the item and anything that goes with it: chargers, remote controls, cables, the missing button.',
  'Bring thread in the right colour if you want a garment mended.',
  'If your item is heavy or bulky, email us a photo first and we will tell you whether we can help.',
];
const dCant = [
  j(
    'Fixers cannot work on gas appliances, microwaves, mobile phone screens or anything that needs a specialist part ordering.',
    'Items are repaired at your own risk, and you stay with your item while it is being looked at.',
  ),
];
const dHeads = ['What to bring', 'What we cannot fix'];
const dNav = ['Home', 'Hire the hall', 'What\u2019s on', 'Groups', 'Contact'];
const dCrumbs = ['Home', 'What\u2019s on'];
const dSide = ['Baby and toddler group, Tuesdays 9.30', 'Seated yoga, Wednesdays 11.00', 'Community lunch, Thursday 18 March'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ashbyroadhall.org.uk/events/repair-cafe-march-2027">
<title>Repair Café: bring your broken things | Ashby Road Community Hall</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_0LxM9Z3eK1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/211"},"user":{"uid":0}}</script>
</head>
<body class="path-node page-node-type-event"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Ashby Road Community Hall</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"
class="form-search form-element">
</div></form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link
primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="211"
class="node node--type-event node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<span>By <span class="field field--name-uid field--type-entity-reference
field--label-hidden"><a title="View user profile." href="/user/4" class="username">kgreaves</a></span></span><span> 2 February 2027</span></div></header>
<div class="node__content">
${dLabels
  .map(
    (l, i) => `<div class="field field--name-field-event-${l.toLowerCase()} field--label-inline"><div class="field__label">${l}</div>
<div class="field__item">${dFields[i]}</div></div>`,
  )
  .join('\n')}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dIntro)}
<h2>${dHeads[0]}</h2><ul>${lis(dBring)}</ul><h2>${dHeads[1]}</h2>${ps(dCant)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/taxonomy/term/7" hreflang="en">Repair Café</a></div><div class="field__item">
<a href="/taxonomy/term/12" hreflang="en">Sustainability</a></div>
</div></div></div></article></div></div></div></main>
<aside class="region region--sidebar"><div class="views-element-container block block-views block-views-blockupcoming-events-block-1"
id="block-views-block-upcoming">
<h2 class="block__title">Also coming up</h2><div class="block__content"><div class="view view-upcoming-events"><div class="view-content"><div class="item-list">
<ul>
${links(dSide, 'views-row')}</ul></div></div><div class="more-link"><a href="/whats-on">More events</a></div></div></div></div></aside></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div class="block__content"><div class="text-content field field--name-body">
<p>Ashby Road Community Hall, 40 Ashby Road, Loughton Magna. Charity no. 521904.</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_bqKy4.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout514-drupal-olivero-repair-cafe-event',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dFields, ...dIntro, ...dBring, ...dCant]),
  bylines: ['By kgreaves', '2 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', 'Sustainability',
    'Also coming up', ...dSide, 'More events', 'Ashby Road Community Hall, 40 Ashby Road, Loughton Magna. Charity no. 521904.', 'Powered by Drupal',
  ],
};

export const HELDOUT514_C: readonly TestPage[] = [ghost, drupal];
