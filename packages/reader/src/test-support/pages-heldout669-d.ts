import { links, ps, type TestPage, texts } from './page-kit.js';
import { cells, j, tr } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file d: a breed society's show results article on Drupal 10 with the Olivero theme (a results table,
 * tags).
 */
const oTitle = 'Fellbred results from the Westmarch Shearling Show';
const oIntro = [
  j(
    'Eighty-six Fellbred sheep from nineteen flocks were forward at the Westmarch Shearling Show at Appleby Mart on Saturday, the',
    'biggest entry in the breed classes since the show moved to the mart in 2019. Judging was by Duncan Heald of the Rigghead flock.',
  ),
  j(
    'Mr Heald said the quality of the shearling ewes was “as good as I have seen in twenty years”, and he singled out the',
    'improvement in feet and legs across the whole entry. The gimmer lamb classes were smaller than usual after the late spring.',
  ),
];
const oResH = 'Results';
const oRows = [
  ['Shearling ram', 'Ann & Peter Gowling, Stainmore', '1st and breed champion'],
  ['Shearling ram', 'J. Metcalfe & Sons, Ravenseat', '2nd'],
  ['Shearling ewe', 'Hannah Birkett, Long Sleddale', '1st and reserve champion'],
  ['Shearling ewe', 'Ann & Peter Gowling, Stainmore', '2nd'],
  ['Gimmer lamb', 'Rigghead Young Farmers', '1st'],
  ['Tup lamb', 'Hannah Birkett, Long Sleddale', '1st'],
];
const oChampH = 'The champion';
const oChamp = [
  j(
    'The Gowlings’ champion is by their home-bred ram Stainmore Bramble and out of a ewe bought at the society’s ewe sale in 2022.',
    'He will be offered at the breed’s autumn sale at Kirkby Stephen on 3 October, where the society hopes to beat last year’s top',
    'price of 4,200 guineas.',
  ),
  j('The society thanks the mart staff, the stewards and the Young Farmers who ran the raffle, which raised £640 for the Farming', 'Community Network.'),
];
const oNav = ['Home', 'The Breed', 'Members', 'Sales & Shows', 'News', 'Contact'];
const oFoot = ['Privacy notice', 'Society rules', 'Join the society'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.fellbredsheep.org.uk/news/westmarch-shearling-show-results"><link rel="shortlink"
 href="https://www.fellbredsheep.org.uk/node/214">
<title>${oTitle} | Fellbred Sheep Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8LgZ1z4kQ2mXf0pW.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdyE">
<script type="application/json"
 data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?sf0v1k"></noscript></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
 data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
 aria-controls="site-header__inner"
 aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/fellbred-logo.png" alt="Home"></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Fellbred Sheep Society</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
 aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
 data-drupal-selector="search-block-form"
 id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
 class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" size="15"
 class="form-search form-element form-element--type-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper">
<button class="button--primary search-form__submit button js-form-submit form-submit" type="submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (
      t,
    ) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
 class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
 primary-nav__menu-link-inner--level-1">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
 class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
 class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
 class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
 class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="214" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item">
<a href="/user/12"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/2024-01/ml.jpg"
 alt="Profile picture for user mairead"></a></div></article>
<div><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Mairead Lusk</span></span></span>
<span class="node__meta-date"><span
 class="field field--name-created field--type-created field--label-hidden">Mon, 10/12/2026 - 14:22</span></span></div></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
 src="/sites/default/files/styles/max_650x650/public/2026-10/champion.jpg" width="650" height="433" alt="The champion shearling ram in the ring"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oIntro)}
<h2>${oResH}</h2>
<table><thead><tr><th>Class</th><th>Exhibitor</th><th>Placing</th></tr></thead><tbody>
${oRows.map((r) => tr(r.map((c) => c.replace(/&/g, '&amp;')))).join('\n')}
</tbody></table>
<h2>${oChampH}</h2>
${ps(oChamp)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul
 class="links field__items">
<li class="field__item"><a href="/taxonomy/term/4" hreflang="en">Shows</a></li><li class="field__item"><a href="/taxonomy/term/9"
 hreflang="en">Shearlings</a></li>
</ul></div></div></article></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary" class="block
 block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/sites/default/files/js/js_Qm9bX4TgA2v1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout669-drupal-olivero-show-results',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oResH, oChampH],
  body: texts([...oIntro, ...oRows.map(cells), ...oChamp]),
  bylines: ['Mairead Lusk', 'Mon, 10/12/2026 - 14:22'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Fellbred Sheep Society', 'Menu', 'Search', 'Main navigation', ...oNav.filter((t) => t !== 'Home' && t !== 'The Breed'),
    'Breadcrumb',
    'Tags', 'Shows', 'Shearlings', 'RSS feed', 'Footer', ...oFoot, 'Powered by Drupal',
  ],
};

export const HELDOUT669_D: readonly TestPage[] = [olivero];
