import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file d: a windmill's milling diary post on Ghost (Casper theme, Portal, read-more cards), and a flax
 * mill museum's access guide on Drupal 10 (Olivero theme) with a facilities table and a sidebar.
 */
const gTitle = 'Milling diary: the first flour of the harvest';
const gExcerpt = 'A good drying wind, a new batch of Maris Widgeon and a sack hoist that finally behaved.';
const gH = ['Setting the stones', 'The numbers', 'Next week'];
const gOpen = [
  j(
    'Saturday was the first day this season with a steady south-westerly and no rain forecast, so we unchained the sails at',
    'Stenbury Mill at half past eight and had the stones turning by nine.',
  ),
  j(
    'The grain is this year’s Maris Widgeon from Hollins Farm, two miles away across the levels. It came in drier than last year,',
    'at 14 per cent moisture, which means we could mill it straight from the bin without a week on the drying floor.',
  ),
];
const gStones = [
  j(
    'New volunteers always ask how we know when the stones are right. The honest answer is that the miller feels the meal between',
    'finger and thumb at the spout. Too coarse and it rasps; too fine and it feels greasy, which means the stones are too close',
    'and the flour is being heated.',
  ),
  j(
    'Peter adjusted the tentering three times in the first hour as the wind picked up. When the sails speed up the stones want',
    'to lift apart, and the governor only does part of the work.',
  ),
];
const gQuote = 'Listen to the mill. When the runner stone starts to sing instead of hum, you are grinding air.';
const gQuoteAfter = 'That was the advice of old Walter Bream, who milled here until 1961, and it is still pinned above the meal bin.';
const gNums = [
  'Wheat milled: 640 kg',
  'Wholemeal flour bagged: 592 kg in 1.5 kg bags',
  'Top wind speed on the anemometer: 19 mph',
  'Visitors on the stone floor: 83',
];
const gNumsAfter = j(
  'The difference between grain in and flour out is mostly moisture and the dust that settles on every beam. The sack hoist',
  'worked all day without slipping its belt, which after last autumn felt like a small miracle.',
);
const gNext = j(
  'If the wind holds, we will mill again on Wednesday evening for the bakery in Ashcott. Friends of the mill can book a place',
  'on the stone floor by replying to the newsletter.',
);
const gNav = ['Home', 'Visit the mill', 'Buy flour', 'About'];
const gRead = [
  ['Why we still use wooden brake shoes', 'The brake wheel on a windmill is stopped by a ring of elm blocks, and we have just made a new set.'],
  ['The sack hoist saga, part two', 'Belts, slipping clutches and a very patient volunteer called Jan.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://stenburymill.org/assets/built/screen.css?v=9c2f1d6b42">
<link rel="icon" href="https://stenburymill.org/content/images/size/w256h256/2025/03/sails.png" type="image/png">
<link rel="canonical" href="https://stenburymill.org/milling-diary-first-flour-of-the-harvest/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Stenbury Mill"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-09-07T17:40:12.000Z"><meta property="article:tag" content="Diary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Stenbury Mill"},
"author":{"@type":"Person","name":"Helen Vosper"},"headline":"${gTitle}","datePublished":"2026-09-07T17:40:12.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Stenbury Mill" href="https://stenburymill.org/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://stenburymill.org/"
data-key="2f1c7e0b9b0d6b1a9d" data-api="https://stenburymill.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-diary is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://stenburymill.org">Stenbury Mill</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`)
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-diary ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/diary/">Diary</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/helen.jpg"
alt="Helen Vosper"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Vosper</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-07">Sep 7, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/sails-turning.jpg 300w" src="/content/images/size/w2000/2026/09/sails-turning.jpg"
alt="${gTitle}"><figcaption>The sails turning on Saturday morning. Photo by Ian Cole</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gOpen)}
<h2 id="setting-the-stones">${gH[0]}</h2>${ps(gStones)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote><p>${gQuoteAfter}</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://stenburymill.org/content/images/2026/09/meal-spout.jpg" class="kg-image" alt=""
loading="lazy" width="1200" height="800"><figcaption><span style="white-space: pre-wrap;">Checking the meal at the spout</span></figcaption></figure>
<h2 id="the-numbers">${gH[1]}</h2><ul>${lis(gNums)}</ul><p>${gNumsAfter}</p>
<h2 id="next-week">${gH[2]}</h2><p>${gNext}</p>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🌾</div><div class="kg-callout-text">Our stoneground
wholemeal is on sale in the mill shop every open day, and by post from the <a href="/buy-flour/">Buy flour</a> page.</div></div>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
data-ghost-comments="https://stenburymill.org/" data-api="https://stenburymill.org/ghost/api/content/" data-post-id="66d0a7"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h3 class="footer-cta-title">Sign up for more like this.</h3>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, e]) => `<article class="post-card post tag-diary"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/c.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Diary</span></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-08-30">Aug 30, 2026</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://stenburymill.org">Stenbury Mill</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Friends of the mill', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://stenburymill.org/assets/built/casper.js?v=9c2f1d6b42"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout644-ghost-milling-diary',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gH],
  body: texts([gExcerpt, ...gOpen, ...gStones, gQuote, gQuoteAfter, ...gNums, gNumsAfter, gNext]),
  bylines: ['Helen Vosper', 'Sep 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Visit the mill', 'Buy flour', 'About', 'Sign in', 'Subscribe', 'Featured', '• 3 min read',
    'The sails turning on Saturday morning. Photo by Ian Cole', 'Checking the meal at the spout',
    'Our stoneground wholemeal is on sale in the mill shop every open day, and by post from the Buy flour page.', 'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'Aug 30, 2026', '2 min read', 'Stenbury Mill © 2026', 'Privacy', 'Contact',
    'Powered by Ghost',
  ],
};

const dTitle = 'Access guide';
const dIntro = [
  j(
    'Thornbury Flax Mill is a five-storey mill of 1808, one of the first iron-framed buildings in the world. We want everyone to',
    'be able to enjoy it, and this guide sets out what you can expect before you arrive.',
  ),
  'If you have a question that is not answered here, call the visitor desk on 01743 550218 and we will be glad to help.',
];
const dH = ['Arriving', 'Inside the mill', 'Facilities', 'Assistance dogs and carers'];
const dArrive = [
  j(
    'There are four accessible parking bays next to the Kiln entrance, 20 metres from the ticket desk along a level paved path.',
    'The main car park is 150 metres away on a gentle slope.',
  ),
  'The number 72 bus stops outside the main gate. The stop has a raised kerb.',
];
const dInside = [
  j(
    'A lift serves all five floors of the main mill. It is 1.4 metres deep and takes a standard wheelchair and one companion.',
    'The original cast iron columns are close together on the first and second floors, so some routes between displays are',
    'narrow, with a minimum width of 90 centimetres.',
  ),
  j('The Dye House and the Kiln are on the ground floor only. The floor of the Dye House is uneven original brick; a smooth', 'route is marked across it.'),
  j(
    'The working flax machinery on the third floor is demonstrated at 11am and 2pm and is loud. Ear defenders can be borrowed',
    'from the ticket desk, and a quiet room is available on the ground floor.',
  ),
];
const dTable = [
  ['Accessible toilet', 'Ground floor, Kiln building', 'Changing Places toilet with hoist and adult changing bench'],
  ['Wheelchairs to borrow', 'Ticket desk', 'Two manual chairs; book ahead at busy times'],
  ['Seating', 'Every floor', 'Folding stools can be carried round the mill'],
  ['Hearing loop', 'Ticket desk and the Dye House film room', ''],
];
const dDogs = j(
  'Assistance dogs are welcome everywhere in the mill. Carers and personal assistants accompanying a disabled visitor come',
  'in free of charge; please ask for a carer’s ticket at the desk.',
);
const dNav = ['Visit', 'What’s on', 'The mill', 'Learning', 'Hire', 'Support us'];
const dCrumbs = ['Home', 'Visit'];
const dSide = ['Open daily 10am to 5pm, March to October', 'Weekends only, November to February'];
const dFoot = ['Contact us', 'Jobs and volunteering', 'Privacy notice', 'Accessibility statement'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.thornburyflaxmill.org/visit/access-guide" /><link rel="shortlink" href="https://www.thornburyflaxmill.org/node/12" />
<title>${dTitle} | Thornbury Flax Mill</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vq2bLOtKaLe0h3V8s4DjSQ1qIBaB2wP5x3Qm.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/12","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Thornbury Flax Mill</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/x"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search" /></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="12" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dIntro)}
<h2>${dH[0]}</h2>${ps(dArrive)}<h2>${dH[1]}</h2>${ps(dInside)}<h2>${dH[2]}</h2>
<table><thead>${tr(['Facility', 'Where', 'Notes'], 'th')}</thead><tbody>${dTable.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>${dH[3]}</h2><p>${dDogs}</p></div></div></article></div></div></div></main>
<aside class="site-sidebar region region--sidebar"><div id="block-openinghours" class="block block-block-content block-block-content7c1f">
<h2 class="block__title">Opening hours</h2><div class="block__content"><div class="text-content clearfix field field--name-body">${ps(dSide)}
<p><a href="/visit/tickets">Buy tickets online</a></p></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div><div class="block block-block-content"><p>Thornbury Flax Mill Trust, registered charity
1149021</p></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_8P2f0Ub9Q2bGsv4k.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout644-drupal-flax-mill-access',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dH],
  body: texts([...dIntro, ...dArrive, ...dInside, ...dTable.map(rowText), dDogs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Main navigation', 'Visit', 'What’s on', 'Learning', 'Hire', 'Support us', 'Search', 'Breadcrumb', 'Home',
    'Opening hours', ...dSide, 'Buy tickets online', 'Footer', ...dFoot, 'Powered by Drupal', 'Thornbury Flax Mill Trust, registered charity 1149021',
  ],
};

export const HELDOUT644_D: readonly TestPage[] = [ghost, drupal];
