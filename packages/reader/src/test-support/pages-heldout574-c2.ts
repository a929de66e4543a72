import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout574-kit.js';

/** Held-out batch 574, file c2: a salvage dealers' association code of practice on Drupal 10 (Olivero) with a table and sidebar blocks. */
const dTitle = 'The Salvage Code: what members promise their customers';
const dBody = [
  j(
    'Every member of the Northern Salvage Dealers’ Association signs the Salvage Code when they join and again each year. The Code',
    'exists so that buyers of reclaimed materials can trust where a piece came from and what they are being sold.',
  ),
  'Where the material came from',
  j(
    'Members keep a written record of the source of every item over £100: the building, the date it was removed and the name of the',
    'person who sold or gave it. They will not buy material they believe to have been stolen, and they check the Association’s',
    'stolen salvage register before buying from anyone they do not know.',
  ),
  'Describing what they sell',
  'Members describe each item honestly, saying plainly when it is:',
  'a reproduction or a modern copy made in the old style;',
  'made up from old parts, such as a fire surround built from two different originals;',
  'treated, stripped, re-cut or re-finished since it was salvaged.',
  'Prices and quantities',
  j(
    'Where materials are sold by area or by weight, such as bricks, flags or roof slates, members state the measured quantity and',
    'the allowance they make for breakages. The figures below are the Code’s maximum allowances.',
  ),
  'If something goes wrong',
  j(
    'A buyer who thinks a member has broken the Code should raise it with the member first. If that does not settle it, the',
    'Association’s conciliation panel will look at the complaint free of charge, and its decision is binding on the member.',
  ),
];
const dRows = [
  ['Handmade bricks', '5 per cent'],
  ['Stone flags and setts', '3 per cent'],
  ['Natural roof slates', '8 per cent'],
];
const dHeads = [1, 3, 8, 10];
const dNav = ['Home', 'Find a member', 'The Salvage Code', 'Stolen register', 'Fairs', 'Join'];
const dSide = ['Ashgill Reclaim, Kendlebeck', 'Wharfe Street Salvage, Tadcombe', 'Old Forge Architectural, Morland End'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:30;--color--primary-saturation:40%;--color--primary-lightness:35"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.nsda.org.uk/salvage-code"><title>${dTitle} | Northern Salvage Dealers’ Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero1.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18"},"ajaxTrustedUrl":[]}</script>
</head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Northern Salvage Dealers’ Association</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button"
aria-label="Main Menu">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="block block-menu navigation
menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by
keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div>
</form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/about"
class="breadcrumb__link">About the Association</a>
</li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="18"
class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([dBody[0] ?? ''])}
<h2>${dBody[1]}</h2>${ps([dBody[2] ?? ''])}
<h2>${dBody[3]}</h2>${ps([dBody[4] ?? ''])}<ul>${lis(dBody.slice(5, 8))}</ul>
<h2>${dBody[8]}</h2>${ps([dBody[9] ?? ''])}
<table><thead><tr><th>Material</th><th>Maximum breakage allowance</th></tr></thead><tbody>
${dRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2>${dBody[10]}</h2>${ps([dBody[11] ?? ''])}
</div></div></article></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockmembers-block-1"
id="block-olivero-views-block-members">
<h2 class="block__title">Newest members</h2><div class="block__content"><div class="view view-members view-id-members"><div class="view-content">
<div class="item-list">
<ul>${links(dSide)}</ul></div></div></div></div></div>
<div id="block-olivero-fairs" class="block block-block-content"><h2 class="block__title">Next salvage fair</h2><div class="block__content">
<div class="text-content
field field--name-body"><p>Kendlebeck Auction Mart, Saturday 9 May, 8am. Free entry for trade.</p></div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div class="region region--social"><div class="block"><p>Follow us</p></div>
</div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
<div class="block block-block-content"><p>Registered in England, company no. 06218840</p></div></div></div></footer></div></div></div>
<script src="/sites/default/files/js/js_olivero.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout574-drupal-salvage-code',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads.map((i) => dBody[i] ?? ''),
  body: [...dBody.slice(0, 10).filter((_, i) => !dHeads.includes(i)), ...dRows.map((r) => r.join(' ')), dBody[11] ?? ''],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Northern Salvage Dealers’ Association', 'Menu', 'Main navigation', 'Home', 'Find a member', 'Stolen register',
    'Fairs', 'Search', 'Breadcrumb',
    'About the Association', 'Newest members', ...dSide, 'Next salvage fair', 'Kendlebeck Auction Mart, Saturday 9 May, 8am. Free entry for trade.',
    'Follow us', 'Powered by Drupal', 'Registered in England, company no. 06218840',
  ],
};

export const HELDOUT574_C2: readonly TestPage[] = [drupal];
