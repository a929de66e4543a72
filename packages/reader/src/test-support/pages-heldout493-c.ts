import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowText, trs } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file c: a market association's newsletter post on Ghost (Casper) and a council's page for market traders
 * on Drupal (Olivero) with a table of pitch fees.
 */
const gTitle = 'The winter market moves indoors';
const gDek = 'From 7 November the Saturday market will trade from the old Corn Hall on Sheep Street until the clocks change in March.';
const gBody = [
  j(
    'After two winters of frozen fingers and flapping gazebos, the committee voted last month to take the market indoors for',
    'the dark months. The town council has agreed to let us use the Corn Hall at a reduced rent, and we have room for 26 stalls on the ground floor.',
  ),
  j(
    'Most of our regulars are coming with us. A few of the larger stalls, including the fish van and the plant nursery, will stay',
    'outside in the Corn Hall yard, which has a canopy along one side.',
  ),
  'What changes for shoppers',
  j(
    'Opening hours stay the same, 8.30am to 12.30pm. The hall has step-free access from the Sheep Street door, and there are',
    'toilets on site for the first time in the market\u2019s history. Card payments will still work at every stall; the signal',
    'inside is better than you might expect for a building from 1861.',
  ),
  j('There is no parking at the hall itself. The Bridge Street car park is free before 10am on Saturdays, and the number 14 bus stops outside.'),
  'A word of thanks',
  j(
    '"We could not have done this without the volunteers who spent three weekends clearing the hall," said market chair Dilys Okafor.',
    '"If you see someone in a green apron, buy them a coffee."',
  ),
];
const gNav = ['Home', 'About the market', 'Stallholders', 'Newsletter'];
const gRead: [string, string][] = [
  ['Apple day returns on 18 October', 'Pressing, tasting and a grafting demonstration in the Abbey Gardens.'],
  ['New stalls for autumn', 'Three new traders join the market this month, including a cider maker from Orley.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The winter market moves indoors</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width,
initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c3d5a1f2e">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.ashmarketsaturday.org/the-winter-market-moves-indoors/">
<meta property="og:site_name" content="Ashbourne Saturday Market"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-10-09T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ashbourne Saturday Market"},
"author":{"@type":"Person","name":"Tamsin Reade"},"headline":"${gTitle}","datePublished":"2026-10-09T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.45/umd/portal.min.js"
data-ghost="https://news.ashmarketsaturday.org/"
 crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-news tag-corn-hall is-head-left-logo has-serif-body has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://news.ashmarketsaturday.org">
Ashbourne Saturday Market</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-corn-hall ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/tamsin/"
class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/tamsin.jpg" alt="Tamsin Reade"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tamsin/">Tamsin Reade</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-10-09">Oct 9, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/10/corn-hall.jpg" alt="${gTitle}"><figcaption><span style="white-space: pre-wrap;">
The Corn Hall on Sheep Street, built in 1861.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-changes-for-shoppers">${gBody[2]}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="a-word-of-thanks">${gBody[5]}</h2>
${ps([at(gBody, 6)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><img class="post-card-image"
alt="${t}"
 src="/content/images/size/w600/2026/10/card.jpg" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/${t.toLowerCase().replace(/ /g, '-')}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-01">Oct 1, 2026</time><span class="post-card-meta-length">1 min read</span>
</footer>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://news.ashmarketsaturday.org">Ashbourne Saturday Market</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
 rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c3d5a1f2e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout493-ghost-winter-market',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 5)],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: ['Tamsin Reade', 'Oct 9, 2026', '• 2 min read', 'Oct 1, 2026', '1 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashbourne Saturday Market', ...gNav, 'Subscribe', 'News', 'The Corn Hall on Sheep Street, built in 1861.', 'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'Ashbourne Saturday Market © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const dTitle = 'Farmers\u2019 market: information for traders';
const dBody = [
  j(
    'The council runs a farmers\u2019 market in Wendleford Market Place on the second and fourth Friday of every month, from 8am to 2pm.',
    'There are 40 pitches. Traders must produce, grow, rear or process what they sell within 40 miles of Wendleford.',
  ),
  'Pitch fees',
  'Fees are charged per market day and are reviewed every April.',
  'Before you apply',
  'You will need:',
  'public liability insurance of at least £5 million',
  'food business registration with your local council, if you sell food',
  'a food hygiene rating of 3 or above, if you sell food that is prepared or cooked',
  'a gazebo in good condition, with weights of at least 15 kg on each leg',
  'How to apply',
  j(
    'Apply online using the market trader application form. We will ask for copies of your insurance and registration documents',
    'and for photographs of your stall. The markets team aims to reply within 15 working days.',
  ),
  j(
    'New traders are offered a trial period of four market days. After the trial, regular traders book their pitches three months',
    'in advance and pay by direct debit.',
  ),
];
const dRows = [
  ['Standard pitch (3m x 3m)', '£22', '£18'],
  ['Double pitch (6m x 3m)', '£40', '£34'],
  ['Van pitch', '£45', '£38'],
  ['Electricity hook-up', '£6', '£6'],
];
const dNav = ['Bins and recycling', 'Council tax', 'Parking and roads', 'Planning', 'Business and licensing', 'Leisure and culture'];
const dCrumbs = ['Home', 'Business and licensing', 'Markets'];
const dFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact the council', 'Jobs'];
const dRel = ['Street trading licences', 'Food business registration', 'Christmas market 2026'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.wendleford.gov.uk/farmers-market-traders">
<title>Farmers’ market: information for traders | Wendleford District Council</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx1kG2pJtWq.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"},"olivero":{"mobile_nav_breakpoint":"1200"}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="civic-cookie-bar" class="cookie-control" role="dialog" aria-label="Cookie notice">
<p>We use cookies to make this site work and to see how people use it.</p>
<button class="cookie-control__accept">Accept all cookies</button><button class="cookie-control__settings">Cookie settings</button></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wendleford District Council</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<form action="/search/node" method="get" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys"></div></form></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block">
<article data-history-node-id="418" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}
<h2>${dBody[1]}</h2>${ps([at(dBody, 2)])}
<table><caption>Pitch fees per market day, from April 2026</caption><thead><tr><th>Pitch</th><th>Standard fee</th><th>Regular trader fee</th></tr></thead>
<tbody>${trs(dRows)}</tbody></table>
<h2>${dBody[3]}</h2>${ps([at(dBody, 4)])}<ul>${dBody
  .slice(5, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<h2>${dBody[9]}</h2>${ps(dBody.slice(10))}
<p><a href="/form/market-trader-application" class="button button--primary">Apply to trade at the farmers’ market</a></p>
</div></div></article></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div class="block block-views block-views-blockrelated-pages">
<h2 class="block__title">Related pages</h2><div class="block__content"><ul>${links(dRel)}</ul></div></div>
<div class="block block-webform feedback-block"><h2 class="block__title">Was this page helpful?</h2><button>Yes</button><button>No</button></div>
<div class="block block-field-block node-changed"><p>Page last updated: 3 September 2026</p></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="block block-social-media">
<a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" id="block-olivero-footer" class="block block-menu navigation menu--footer"><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav>
<div class="block block-block-content"><p>Wendleford District Council, Guildhall, Wendleford WD1 2AA</p></div></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?t2w4k9"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout493-drupal-market-traders',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 3), at(dBody, 9)],
  body: texts([at(dBody, 0), at(dBody, 2), 'Pitch fees per market day, from April 2026', ...dRows.map(rowText), ...dBody.slice(4, 9), ...dBody.slice(10)]),
  bylines: ['Page last updated: 3 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to make this site work and to see how people use it.', 'Accept all cookies', 'Cookie settings',
    'Wendleford District Council', 'Menu', ...dNav, 'Home', 'Apply to trade at the farmers’ market', 'Related pages', at(dRel, 0), at(dRel, 2),
    'Was this page helpful?', 'Yes', 'No', 'RSS feed', ...dFoot, 'Wendleford District Council, Guildhall, Wendleford WD1 2AA',
  ],
};

export const HELDOUT493_C: readonly TestPage[] = [ghost, drupal];
