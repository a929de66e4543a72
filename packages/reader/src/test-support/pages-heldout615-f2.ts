import { links, ps, type TestPage } from './page-kit.js';
import { j, settle } from './pages-heldout615-kit.js';

/** Held-out batch 615, file f2: a guild news article on Drupal 10 with the Olivero theme (breadcrumb, tags, closed comments). */
const oTitle = 'Guild opens two upholstery apprenticeships for 2027';
const oBody = [
  j(
    'The Calder Valley Guild of Furniture Makers will take on two apprentice upholsterers next September, the first new places in',
    'the trade the guild has offered since 2019. Applications open on 1 December and close on 28 February.',
  ),
  j(
    'The apprenticeships last three years. Each apprentice will be placed with a member workshop four days a week and spend one',
    "day at the guild's training room in Hebble Bridge, learning webbing, springing, stuffing and hand-stitched edges before moving",
    'on to buttoning and pattern matching in the second year.',
  ),
  j(
    '"We have members in their sixties and seventies with forty years of traditional skill and nobody to pass it on to," said the',
    'guild\'s chair, Rosalind Ekwueme. "If we do not train people now, these chairs will be reupholstered in foam and staples, or',
    'not at all."',
  ),
  j(
    'Apprentices will be paid at least the national apprentice rate, with the guild topping up wages to the adult minimum from',
    'the second year. No experience is needed, but applicants are asked to spend a trial day in a workshop before interview.',
  ),
  j(
    'The places are funded by a bequest from the late upholsterer Wilfred Dyson, who left his tools and part of his estate to',
    'the guild for training. His workshop tools will be shared between the two apprentices.',
  ),
  'An open evening for applicants and parents will be held at the training room on 14 January at 6pm.',
];
const oNav = ['Home', 'About the guild', 'Find a maker', 'Training', 'News', 'Contact'];
const oTags = ['Apprenticeships', 'Upholstery'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:28;--color--primary-saturation:60%;--color--primary-lightness:35"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.caldervalleyguild.org.uk/news/guild-opens-two-upholstery-apprenticeships-2027">
<title>Guild opens two upholstery apprenticeships for 2027 | Calder Valley Guild of Furniture Makers</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xm3qV0tkV6i9.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88"},"ajaxTrustedUrl":{}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Calder Valley Guild of Furniture Makers</a></div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to
search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search">
</div>
</form></div></div><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu"
role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link
primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link
primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('')}</ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item">
<a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div>
</div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Martin Ashdown</span>
</span>
</span><span><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-11-17T09:30:00+00:00"
title="Tuesday, November 17, 2026 - 09:30" class="datetime">Tue, 11/17/2026 - 09:30</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-11/training-room.jpg" width="1200" height="675" alt="The guild training room in Hebble Bridge"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oBody)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(oTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><div class="comment-forbidden"><a href="/user/login">Log
in</a> or
<a href="/user/register">register</a> to post comments</div></section></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer><div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_b1mZr3sP4kQ.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout615-drupal-olivero-apprenticeships',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: oBody,
  bylines: ['Martin Ashdown', 'Tue, 11/17/2026 - 09:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Calder Valley Guild of Furniture Makers', 'Main Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', ...oTags,
    'Comments', 'Log in or register to post comments', 'Powered by Drupal',
  ],
};

export const HELDOUT615_F2: readonly TestPage[] = [drupal].map(settle);
