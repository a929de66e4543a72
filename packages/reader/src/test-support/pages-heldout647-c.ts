import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file c: an ice rink closure notice on a leisure trust's Drupal 10 site (Olivero theme, breadcrumb, tags and
 * an opening hours block in the sidebar); the long Ghost page that would have been its pair is in file c2.
 */
const oTitle = 'Ice rink closed 10 to 23 August for annual ice plant maintenance';
const oBody = [
  j(
    'Glenmarrow Ice Arena will be closed from Monday 10 August to Sunday 23 August while the ice is taken out and the',
    'refrigeration plant has its annual service. The rest of Glenmarrow Sports Village, including the pool, gym and climbing wall,',
    'stays open as normal.',
  ),
  j(
    'Every summer the ice pad is melted down to the concrete so that engineers can inspect the pipework under the floor, replace',
    'worn compressor parts and repaint the line markings. Building a new sheet of ice takes around five days, with thin layers',
    'sprayed on and frozen one at a time.',
  ),
  'What this means for you',
  'All public skating sessions, including the Sunday family skate, are cancelled during the closure.',
  'Learn to skate classes will pause for two weeks and the summer course will be extended to 5 September.',
  'Club ice time for Glenmarrow Lynx and Glenmarrow Figure Skating Club will move to Fenwick Rink for the two weeks.',
  'Season ticket holders will have two weeks added to the end of their membership automatically.',
  j(
    'If you have already booked a session during the closure, you will receive a full refund to your original payment method',
    'within ten working days. You do not need to contact us.',
  ),
  j(
    'The rink reopens with a free community skate on Monday 24 August from 10am to 12 noon. Skate hire is free for this session',
    'only, and places are limited to 200, so please book in advance.',
  ),
];
const oHead = oBody[2] ?? '';
const oNav = ['Home', 'What\u2019s On', 'Ice Arena', 'Pool', 'Gym', 'Memberships', 'News'];
const oCrumbs = ['Home', 'News'];
const oTags = ['Ice Arena', 'Closures'];
const oHours = ['Mon to Fri: 6:30am to 10pm', 'Sat and Sun: 8am to 8pm'];
const oNavHtml = oNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n');
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.glenmarrowsports.org.uk/news/ice-rink-closed-annual-maintenance"><title>${oTitle} | Glenmarrow Sports Village</title>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412","currentLanguage":"en"},"ajaxTrustedUrl":[]}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t4k2zq"><link rel="stylesheet" media="all"
href="/core/themes/olivero/css/components/node.css?t4k2zq">
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t4k2zq"></noscript></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding"
class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Glenmarrow Sports Village</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys"
name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">${oNavHtml}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Facilities Team</span></span></span>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-07-20T09:14:00+01:00"
class="datetime">20 July, 2026</time></span>
</div></header><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2026-07/ice-pad-melt.jpg" width="1440" height="640"
alt="Bare concrete floor of the ice pad"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oBody.slice(0, 2))}
<h2>${oHead}</h2><ul>${lis(oBody.slice(3, 7))}</ul>
${ps(oBody.slice(7))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(oTags, 'field--tags__item')}</ul></div></div></article></div></div></div></main>
<div class="region region--sidebar"><div id="block-openinghours" class="block block-block-content"><h2 class="block__title">Opening hours</h2>
<div class="block__content"><div class="text-content field field--name-body field__item">${ps(oHours)}<p><a href="/contact">Contact
us</a></p></div></div></div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div id="block-footeraddress" class="block block-block-content"><div class="block__content"><p>Glenmarrow Sports Village, Riverside Way, Glenmarrow GM3 8PL</p>
<p>Glenmarrow Sports Trust is a registered Scottish charity, SC051873.</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.3.1"></script><script
src="/core/themes/olivero/js/navigation.js?v=10.3.1"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout647-drupal-olivero-closure',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [oHead],
  body: oBody.filter((_, i) => i !== 2),
  bylines: ['By Facilities Team', '20 July, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', 'Main navigation', ...oNav.filter((n) => !['Ice Arena', 'Pool', 'Gym'].includes(n)),
    'Breadcrumb', 'Tags', 'Closures', 'Opening hours', ...oHours, 'Contact us', 'Glenmarrow Sports Village, Riverside Way, Glenmarrow GM3 8PL',
    'Glenmarrow Sports Trust is a registered Scottish charity, SC051873.', 'Powered by Drupal',
  ],
};

export const HELDOUT647_C: readonly TestPage[] = [olivero];
