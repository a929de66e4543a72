import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file d: a thatcher's care FAQ built with Wix (rich-text components, Wix consent banner), and a thatched
 * property trust's fire safety guidance on Drupal 10 with the Olivero theme (breadcrumb, section menu block, file attachment).
 */
const xTitle = 'Caring for your thatch: questions we are often asked';
const xQa: [string, string][] = [
  [
    'How long will my thatch last?',
    j(
      'A water reed coat usually lasts 40 to 50 years, combed wheat reed 25 to 35 and long straw 20 to 25. The ridge',
      'needs renewing every 10 to 15 years whatever the coat below.',
    ),
  ],
  [
    'Should I have the roof netted?',
    j(
      'Netting keeps birds and squirrels out of the surface and is worth it on most straw roofs. It must be cut away',
      'before any repair, so we fit it loose enough to lift.',
    ),
  ],
  [
    'Moss is growing on the north side. Is that a problem?',
    j(
      'A little moss is harmless. Heavy moss holds water and shortens the life of the coat,',
      'so have it raked off gently every few years; never pressure-wash a thatched roof.',
    ),
  ],
  [
    'Can I fit a wood burner?',
    j(
      'Yes, but the flue must be lined, the chimney must stand at least 1.8 metres above the thatch and the stove should not',
      'be run hot with the doors open. Tell your insurer before you light it.',
    ),
  ],
  ['Do you work in winter?', 'We thatch all year round except in hard frost and gales. Winter is a good time to book a survey.'],
];
const xFoot = ['Home', 'Our Work', 'FAQ', 'Contact'];
const wixRt = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xQaHtml = xQa
  .map(([q, a], i) =>
    wixRt(
      `<h2 class="font_5 wixui-rich-text__text" style="font-size:22px;"><span style="color:#5B4A2E;" class="wixui-rich-text__text">${q}</span></h2>
<p class="font_8 wixui-rich-text__text" style="font-size:16px; line-height:1.6em;"><span class="wixui-rich-text__text">${a}</span></p>`,
      `lq8x${i}a2`,
    ),
  )
  .join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>FAQ | Ashdown Thatch</title><meta name="description" content="Answers to common questions about thatch care, netting, moss and wood burners.">
<link rel="canonical" href="https://www.ashdownthatch.co.uk/faq"><meta property="og:site_name" content="Ashdown Thatch">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ashdown Thatch",
"address":{"addressLocality":"Forest Row"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b1f2","isResponsive":true},"language":{"userLanguage":"en"}};</script>
<style>#comp-lq8x0a2{justify-self:start;margin:0 0 16px 0}.font_5{font:normal normal normal 22px/1.4em playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="headerContent" class="HT5ybB"><div id="comp-kx1header" class="comp-kx1header wixui-rich-text"
data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">Ashdown Thatch</a></p></div>
<nav aria-label="Site" id="comp-kx1menu" class="StylableHorizontalMenu3372578893__root comp-kx1menu wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${xFoot
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="wixui-horizontal-menu__item-label" href="/${t.toLowerCase().replace(/ /g, '-')}"><span
class="label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lq8xpage" class="dBAkHi theme-vars lq8xpage"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lq8xsect" class="comp-lq8xsect wixui-section" tabindex="-1"><div data-mesh-id="comp-lq8xsectinlineContent" class="comp-lq8xsect-container">
${wixRt(`<h1 class="font_2 wixui-rich-text__text" style="font-size:40px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`, 'lq8xttl')}
${xQaHtml}
<div class="comp-lq8xbtn R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book a survey</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="UAH5mn SITE_FOOTER wixui-footer" tabindex="-1"><div class="HT5ybB">
${wixRt(
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Ashdown Thatch · Forest Row, East Sussex · 01342 000 275</span>
</p>`,
  'kx1ft1',
)}
${wixRt(
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Ashdown Thatch. Proudly created with Wix.com</span>
</p>`,
  'kx1ft2',
)}
</div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
</div></div><div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. By continuing to use it, you accept our use of cookies.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e8a6c6b3.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout619-wix-thatch-faq',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xQa.map(([q]) => q),
  body: xQa.map(([, a]) => a),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Ashdown Thatch', ...xFoot, 'Book a survey', 'Ashdown Thatch · Forest Row, East Sussex · 01342 000 275',
    '© 2026 by Ashdown Thatch. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. By continuing to use it, you accept our use of cookies.',
    'Accept', 'Settings',
  ],
};

const dTitle = 'Fire safety in thatched homes';
const dBody = [
  j(
    'Fires in thatched homes are rare, but when they happen they are hard to put out and the damage is often severe. Most start',
    'in or around a chimney, and almost all of them can be prevented by simple, regular care. This guidance sets out what owners',
    'and tenants can do.',
  ),
  'Chimneys and stoves',
  j(
    'The greatest single risk is a wood-burning or multi-fuel stove running hot into a chimney that was built for an open fire.',
    'Heat travels through the brickwork into the thatch around the stack and can smoulder unseen for hours.',
  ),
  'Have chimneys swept at least twice a year if you burn wood, and once a year for other fuels.',
  'Fit a flue liner suited to the appliance, installed by a registered engineer.',
  'Burn only seasoned wood with a moisture content below 20 per cent.',
  'Do not leave a stove running hot overnight or while the house is empty.',
  'Spark arrestors',
  j(
    'Spark arrestors are no longer recommended on stove flues. They clog with soot and tar and can raise flue temperatures. If one',
    'is fitted, ask your sweep to check it at every visit, or have it removed.',
  ),
  'Electrics, lighting and the loft',
  j(
    'Have the wiring in the roof space checked by an electrician every ten years. Keep lamps and heat sources away from the',
    'underside of the thatch, and never store fuel, paint or gas bottles in the loft.',
  ),
  'Outside the house',
  j(
    'Bonfires, barbecues, sky lanterns and fireworks should be kept well away from thatched roofs. Ask neighbours to let you know',
    'before they light a bonfire, and keep a hose long enough to reach the ridge.',
  ),
  'If there is a fire',
  j(
    'Get everyone out and call 999 at once, telling the operator that the roof is thatched. Do not go back inside. If it is safe,',
    'close doors and windows behind you to slow the spread.',
  ),
];
const dNav = ['About the Trust', 'Advice', 'Grants', 'Find a thatcher', 'News', 'Join'];
const dCrumbs = ['Home', 'Advice', 'Safety'];
const dSide = ['Safety', 'Fire safety in thatched homes', 'Insurance', 'Smoke alarms and detectors', 'Lightning'];
const dFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Registered charity 1187742'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:30;--color--primary-saturation:40%;--color--primary-lightness:35"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://thatchtrust.org.uk/advice/safety/fire-safety"><title>${dTitle} | Thatched Property Trust</title>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/fonts.css?t2x9k1"><link rel="stylesheet" media="all"
href="/core/themes/olivero/css/base/base.css?t2x9k1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/84"},
"olivero":{"mobile_nav_breakpoint":"75rem"}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t2x9k1"></noscript></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Thatched Property Trust</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation
menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" class="form-search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="84" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(dBody, 0)])}<h2>${at(dBody, 1)}</h2>${ps([at(dBody, 2)])}<ul>${lis(dBody.slice(3, 7))}</ul>
<h3>${at(dBody, 7)}</h3>${ps([at(dBody, 8)])}<h2>${at(dBody, 9)}</h2>${ps([at(dBody, 10)])}
<h2>${at(dBody, 11)}</h2>${ps([at(dBody, 12)])}<h2>${at(dBody, 13)}</h2>${ps([at(dBody, 14)])}</div>
<div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">Download</div><div class="field__items">
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-02/fire-safety-leaflet.pdf"
type="application/pdf">Fire safety leaflet (PDF)</a></span> <span>(418.6 KB)</span></div></div></div>
<div class="field field--name-field-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-02-14T12:00:00Z" class="datetime">14 February 2026</time></div></div></div></article></div></div></div></main>
<div class="region region--sidebar"><nav role="navigation" aria-labelledby="block-advicemenu-menu" id="block-advicemenu" class="block block-menu navigation
menu--advice">
<h2 class="block__title" id="block-advicemenu-menu">In this section</h2><ul class="menu">${links(dSide, 'menu__item')}</ul></nav>
<div id="block-findathatcher" class="block block-block-content"><h2 class="block__title">Find a thatcher</h2><div class="block__content">
<p>Search our register of more than 300 thatchers who have signed the Trust’s code of practice.</p><p><a
href="/find-a-thatcher">Search the register</a></p></div></div>
</div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><nav class="block block-menu
menu--footer">
<ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.3.1"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout619-drupal-olivero-fire-safety',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 1), at(dBody, 7), at(dBody, 9), at(dBody, 11), at(dBody, 13)],
  body: dBody.filter((_, i) => ![1, 7, 9, 11, 13].includes(i)),
  bylines: ['Last reviewed', '14 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Thatched Property Trust', 'Menu', 'Main navigation', ...dNav.filter((t) => t !== 'Find a thatcher'), 'Search', 'Breadcrumb',
    'Home', 'Download', 'Fire safety leaflet (PDF)', '(418.6 KB)', 'In this section', ...dSide.filter((t) => t !== dTitle && t !== 'Safety'),
    'Find a thatcher', 'Search our register of more than 300 thatchers who have signed the Trust’s code of practice.', 'Search the register', ...dFoot,
  ],
};

export const HELDOUT619_D: readonly TestPage[] = [wix, drupal];
