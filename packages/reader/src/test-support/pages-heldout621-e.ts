import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file e: a hardware co-operative's news item on Drupal 10 (Olivero), and a fixings guide on a Hugo
 * site (Docsy-style layout with a left section menu and an on-page table of contents).
 */
const oTitle = 'Saturday workshops return to the Ridgeway store this spring';
const oP = [
  j(
    'Ridgeway Hardware Co-operative will run free Saturday morning workshops again from 5 April, after a two-year break while the',
    'back warehouse was rebuilt. Each session lasts an hour and a half and takes up to twelve people.',
  ),
  j(
    'The first four sessions cover hanging a door, fixing to plasterboard, basic tiling and looking after garden tools. Members can',
    'book two weeks before other customers, and every place comes with a 10% voucher for the materials used on the day.',
  ),
  j(
    '&#8220;People kept asking at the counter how to do the job, not just what to buy,&#8221; said store manager Priya Halloran.',
    '&#8220;The workshops are our answer. Everything is done on real doors and real walls in the warehouse.&#8221;',
  ),
  'Booking opens on 10 March at the customer service desk and by phone. Children over twelve are welcome with an adult.',
];
const oNav = ['Home', 'Shop online', 'Membership', 'News', 'Our stores', 'Contact'];
const oFoot = ['Accessibility', 'Privacy notice', 'Member rules'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:28;--color--primary-saturation:65%;--color--primary-lightness:38"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${oTitle} | Ridgeway Hardware Co-operative</title><link rel="canonical" href="https://www.ridgewayhardware.coop/news/saturday-workshops-return">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${oTitle}",
"datePublished":"2025-02-24T10:00:00+0000"}]}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?sq1x2b">
<script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ridgeway Hardware Co-operative</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Comms team</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2025-02-24T10:00:00Z"
class="datetime">24 February, 2025</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2025-02/warehouse.jpg.webp" width="1100" height="620" alt="The rebuilt warehouse" class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oP)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/7" hreflang="en">Workshops</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/3" hreflang="en">Ridgeway store</a></li></ul></div></div></article></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div></div><footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<nav role="navigation" id="block-footer-menu" class="block block-menu navigation menu--footer"><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav>
</div><div class="region region--footer-bottom grid-full"><div class="block"><p>Ridgeway Hardware Co-operative Ltd, registered society no. 31877R.
Owned by 4,200 members.</p></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-labelledby="popup-text">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your
user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info
</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout621-drupal-olivero-workshops',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oP),
  bylines: ['Comms team', '24 February, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ridgeway Hardware Co-operative', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', 'Workshops',
    'Ridgeway store', 'RSS feed', ...oFoot, 'Ridgeway Hardware Co-operative Ltd, registered society no. 31877R. Owned by 4,200 members.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};

const hTitle = 'Fixing to walls: plugs, anchors and screws';
const hLead = 'Which fixing to use for brick, block, plasterboard and old lath-and-plaster walls, and how much each will hold.';
const hH = ['Find out what the wall is made of', 'Solid brick and dense block', 'Plasterboard', 'Lath and plaster', 'Quick reference'];
const hP = [
  j(
    'Drill a small pilot hole somewhere it won&#39;t show. Red or orange dust means brick; grey dust that comes easily means',
    'lightweight block; white dust followed by a sudden drop in resistance means plasterboard over a cavity. If the drill skids',
    'and jumps between soft and hard, you may have lath and plaster.',
  ),
  j(
    'Use a brown 7mm plug with a No. 10 screw, or a red 6mm plug with a No. 8 screw for lighter loads. The plug must sit fully',
    'behind the plaster, in the masonry itself, so drill 10mm deeper than the plug is long. In aerated block, use a plug made for',
    'it, with wide fins; an ordinary plug just spins.',
  ),
  j(
    'Self-drill anchors are fine for pictures and light shelves up to about 10kg. For anything heavier, such as a wall cupboard or a',
    'television bracket, use metal cavity anchors that open behind the board, or better still, find the timber studs and screw into those.',
  ),
  j(
    'Old lath and plaster crumbles around expanding anchors. Find the vertical studs, usually at 400mm centres, and fix through the',
    'laths into them with long screws. Spring toggles work between studs if the plaster is sound.',
  ),
];
const hRef = [
  '<code>Picture up to 5kg</code>: self-drill anchor, or a picture hook on any wall',
  '<code>Shelf with books</code>: brown plugs in masonry, or screws into studs',
  '<code>Kitchen wall cupboard</code>: frame fixings in masonry, metal cavity anchors or studs in plasterboard',
  '<code>TV bracket</code>: the bracket maker&#39;s bolts into masonry or studs only',
];
const hSide = ['Fixings', 'Fixing to walls', 'Screws and nails', 'Adhesives and sealants', 'Hinges and catches'];
const hToc = hH;
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en-gb" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" href="https://guides.boltandbracket.co.uk/docs/fixings/walls/"><title>${hTitle} | Bolt &amp; Bracket Guides</title>
<meta name="description" content="${hLead}"><meta property="og:type" content="article"><meta property="article:section" content="docs">
<meta property="article:modified_time" content="2025-01-17T11:02:44+00:00"><link rel="preload" href="/scss/main.min.8b1c.css" as="style">
<link href="/scss/main.min.8b1c.css" rel="stylesheet"><script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__name">Bolt &amp; Bracket Guides</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/docs/"><span>Guides</span></a></li><li class="nav-item"><a class="nav-link"
href="https://shop.boltandbracket.co.uk"><span>Shop</span></a></li><li class="nav-item"><a class="nav-link" href="/about/"><span>About</span></a></li></ul>
</div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="form-control td-search__input"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
${hSide
  .map(
    (t, i) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section${i === 1 ? ' active-path' : ''}"><a href="/docs/fixings/${i}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__${i === 0 ? 'section' : 'page'}${i === 1 ? ' active' : ''}"><span class="">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/boltandbracket/guides/edit/main/content/docs/fixings/walls.md"
class="td-page-meta--edit" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/boltandbracket/guides/issues/new?title=Fixing%20to%20walls" class="td-page-meta--issue" target="_blank" rel="noopener">
<i class="fa-solid fa-list-check fa-fw"></i> Report a mistake</a></div><div class="td-toc"><nav id="TableOfContents"><ul>
${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Guides</a></li><li class="breadcrumb-item"><a href="/docs/fixings/">Fixings</a></li>
<li class="breadcrumb-item active" aria-current="page">Fixing to walls</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<h2 id="find-out-what-the-wall-is-made-of">${at(hH, 0)}</h2>${ps([at(hP, 0)])}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>Check for cables and pipes with a detector before drilling. Never drill
directly above or below a socket or switch.</div>
<h2 id="solid-brick-and-dense-block">${at(hH, 1)}</h2>${ps([at(hP, 1)])}<h2 id="plasterboard">${at(hH, 2)}</h2>${ps([at(hP, 2)])}
<h2 id="lath-and-plaster">${at(hH, 3)}</h2>${ps([at(hP, 3)])}<h2 id="quick-reference">${at(hH, 4)}</h2><ul>${lis(hRef)}</ul>
<div class="td-page-meta__lastmod">Last modified January 17, 2025: <a href="https://github.com/boltandbracket/guides/commit/4e1d2a9">add lath and plaster
section (4e1d2a9)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Shop" aria-label="Shop"><a target="_blank" rel="noopener"
href="https://shop.boltandbracket.co.uk" aria-label="Shop"><i class="fa-solid fa-store"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2025 <span class="td-footer__authors">Bolt &amp; Bracket Ltd</span></span>
<span class="td-footer__all_rights_reserved">All Rights
Reserved</span></div></div></div></footer></div><script src="/js/main.min.3a2f.js" integrity="sha512-Jm2" crossorigin="anonymous"></script></body></html>`;
const hugo: TestPage = {
  name: 'heldout621-hugo-wall-fixings',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([
    hLead,
    at(hP, 0),
    'Check for cables and pipes with a detector before drilling. Never drill directly above or below a socket or switch.',
    at(hP, 1),
    at(hP, 2),
    at(hP, 3),
    ...hRef,
  ]),
  bylines: ['Last modified January 17, 2025:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bolt & Bracket Guides', 'Guides', 'Shop', 'About', ...hSide, 'Edit this page', 'Report a mistake', 'Warning',
    'add lath and plaster section (4e1d2a9)', '© 2025', 'Bolt & Bracket Ltd', 'All Rights Reserved',
  ],
};

export const HELDOUT621_E: readonly TestPage[] = [drupal, hugo];
