import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/** Held-out batch 689, file e2: a regional energy agency's community solar grant guidance on Drupal 10 (Olivero theme). */
const oTitle = 'Community Solar Fund: guidance for applicants';
const oBlocks: Block[] = [
  {
    p: [
      j(
        'The Community Solar Fund helps village halls, sports clubs, places of worship and other community buildings in the Lenmore',
        'region install solar panels and, where it makes sense, a battery. Round 4 opens on 1 June 2026 and has £850,000 to award.',
      ),
    ],
  },
  {
    h: 'Who can apply',
    p: ['You can apply if your organisation:'],
    ul: [
      'is a charity, community interest company, parish council or constituted community group',
      'owns the building, or has a lease with at least ten years left and the landlord&#39;s written consent',
      'uses the building for community activities for at least 15 hours a week',
    ],
  },
  {
    h: 'How much you can get',
    p: ['The grant covers a share of the installed cost, depending on the size of the system:'],
    th: ['System size', 'Grant rate', 'Maximum grant'],
    rows: [
      ['Up to 10 kWp', '75%', '£12,000'],
      ['10 to 30 kWp', '60%', '£25,000'],
      ['30 to 50 kWp', '50%', '£35,000'],
    ],
  },
  {
    p: [j('You must fund the rest yourself or from other sources. Other grants can be used, but not another public grant for the same', 'panels.')],
  },
  {
    h: 'Eligible costs',
    p: [
      j(
        'Panels, inverters, mounting systems, scaffolding, electrical work, monitoring equipment and, for systems over 10 kWp, a battery',
        'of up to 20 kWh. Structural surveys are eligible if they are carried out before you apply.',
      ),
    ],
  },
  {
    h: 'What we will not fund',
    ul: [
      'work that has already started before we make an offer',
      'roof repairs, unless they are needed to fit the panels and cost less than 20% of the project',
      'systems on buildings used mainly for private business or as housing',
    ],
  },
  {
    h: 'How to apply',
    ol: [
      'Read this guidance and check that your building is suitable with an MCS-certified installer.',
      'Get at least two quotes, each with a generation estimate.',
      'Complete the online application form and upload your quotes, proof of ownership or lease, and your latest accounts.',
      'We will acknowledge your application within five working days.',
    ],
    p: [
      j(
        'Applications close at noon on 31 July 2026. A panel of officers and two community representatives will score applications',
        'on community benefit, carbon savings and value for money. We will tell you the result by the end of September.',
      ),
    ],
  },
  {
    h: 'After you get a grant',
    p: [
      j(
        'The system must be installed within nine months of the offer. We pay the grant in one instalment once you send us the MCS',
        'certificate, the final invoice and a photograph of the panels. You must share generation data with us for three years and',
        'display a sign acknowledging the fund in the building.',
      ),
    ],
  },
];
const oNav = ['Home', 'Funding', 'Advice', 'Projects', 'News', 'About us'];
const oCrumbs = ['Home', 'Funding'];
const oRel = ['Community Battery Pilot', 'Warm Spaces energy audits', 'Funding FAQs'];
const oFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookies'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.lenmore-energy.org.uk/funding/community-solar-fund">
<link rel="shortlink" href="https://www.lenmore-energy.org.uk/node/214">
<title>${oTitle} | Lenmore Energy Agency</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3mF0nWq1.css?delta=0&amp;language=en">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/search\\/node":true}}</script><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Lenmore Energy Agency</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword
or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element
form-element--type-search form-element--api-search"></div></form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(' ', '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-selector="primary-nav-menu-link-has-children"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}
</ol></div></nav></div></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span>
</h1></div></div><div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full
layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field
field--name-body field--type-text-with-summary field--label-hidden field__item">${render(oBlocks)}</div>
<div class="field field--name-field-documents field--type-file field--label-above"><div class="field__label">Documents</div><div class="field__items">
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-05/csf-round-4-guidance.pdf"
type="application/pdf">Community Solar Fund Round 4 guidance (PDF, 312 KB)</a></span></div></div></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item">
<time datetime="2026-05-12T12:00:00Z">12 May 2026</time></div></div></div></article></div></div></div></main>
<aside class="region region--sidebar"><div class="views-element-container block block-views" id="block-olivero-views-block-related-funding">
<h2 class="block__title">Related funding</h2><div class="block__content"><div class="view view-related view-id-related"><div class="view-content item-list">
<ul>${links(oRel)}</ul></div></div></div></div><div id="block-olivero-contactbox" class="block block-block-content"><h2 class="block__title">Need help?</h2>
<div class="block__content"><div class="text-content field field--name-body"><p>Our funding team can check your project before you apply: 01632 960 874 or
funding@lenmore-energy.org.uk.</p></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2
class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div class="block block-block-content"><div class="text-content"><p>Lenmore Energy Agency is a
not-for-profit company limited by guarantee, registered in England no. 07711204.</p></div></div></div></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout689-drupal-olivero-solar-fund',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: heads(oBlocks),
  body: bodyOf(oBlocks),
  bylines: ['Last reviewed', '12 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lenmore Energy Agency', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb',
    'Documents', 'Community Solar Fund Round 4 guidance (PDF, 312 KB)', 'Related funding', ...oRel, 'Need help?',
    'Our funding team can check your project before you apply: 01632 960 874 or funding@lenmore-energy.org.uk.', 'Footer', ...oFoot,
    'Lenmore Energy Agency is a not-for-profit company limited by guarantee, registered in England no. 07711204.',
  ],
};

export const HELDOUT689_E2: readonly TestPage[] = [drupal];
