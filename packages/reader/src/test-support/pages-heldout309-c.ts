import { links, ps, type TestPage, texts } from './page-kit.js';
import { charity } from './pages-heldout309-c2.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file c: a Hindu temple's festival page on Drupal 10 with the Olivero theme, a data page whose main
 * text is short and whose programme is a table (site branding, primary nav, breadcrumb, page title block, node meta,
 * body field with the schedule table, tags field, a sidebar block, footer regions and the EU Cookie Compliance popup)
 * and, from file c2, a faith charity's appeal story built with Next.js.
 */
const hTitle = 'Deepavali 2026: programme and sponsorship';
const hP1 = [
  j(
    'Deepavali falls on Sunday 8 November this year. The temple will be open from 5.30am until 10pm, with special poojas through',
    'the day and the lighting of lamps around the tank after sunset. All devotees and visitors are welcome.',
  ),
  j(
    'Parking on Meadow Lane is limited on festival days. Please use the overflow car park at Cresswell Primary School, where',
    'volunteers will run a shuttle every fifteen minutes from 4pm.',
  ),
];
const hH1 = 'Festival programme';
const hRows: [string, string][] = [
  ['5.30am', 'Suprabhatam and Ganga snanam for devotees'],
  ['7.00am', 'Lakshmi Kubera pooja and abhishekam'],
  ['11.30am', 'Annadanam lunch in the community hall'],
  ['4.00pm', 'Children’s rangoli competition on the forecourt'],
  ['6.15pm', 'Deepa aradhana and lighting of 1,008 lamps'],
  ['8.00pm', 'Cultural programme by the temple dance school'],
];
const hH2 = 'Sponsoring a pooja';
const hP2 = [
  j(
    'Families may sponsor the Lakshmi pooja for £51 or the lamp lighting for £21. Sponsorships can be booked at the temple office',
    'or online until Thursday 5 November. Prasadam will be given to every sponsoring family after the evening aarti.',
  ),
  'Volunteers are still needed for the kitchen and for car park duty. Please speak to Mr Raghavan Iyer after any evening aarti.',
];
const hNav = ['Home', 'About the Temple', 'Pooja Timings', 'Festivals', 'Priest Services', 'Education', 'Contact'];
const hCrumbs = ['Home', 'Festivals'];
const hTags = ['Diwali', 'Festival of Lights'];
const hSide = ['Skanda Shashti: 15–21 November', 'Karthigai Deepam: 24 November', 'Vaikunta Ekadasi: 21 December'];
const hFoot = ['Sri Varadaraja Temple, 2 Meadow Lane, Kestwick KS3 9DD', 'Temple office: 0161 555 0190', 'Registered charity 1098814'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://srivaradaraja.example/festivals/deepavali-2026">
<title>${hTitle} | Sri Varadaraja Temple</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Event","name":"Deepavali 2026","startDate":"2026-11-08T05:30:00+00:00",
"location":{"@type":"Place","name":"Sri Varadaraja Temple"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Ho0x.css"><script type="application/json" data-drupal-selector="drupal-settings-json">
{"path":{"baseUrl":"\\/","currentPath":"node\\/41","currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-event"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Sri Varadaraja Temple</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu"><span class="mobile-nav-button__label">Menu</span></button>
</div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${hNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.length}" class="primary-nav__menu-link
primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(hCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main">
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${hTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="41" class="node node--type-event node--view-mode-full"><header class=""><div class="node__meta">
<span>Published by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Temple Office</span></span></span>
<span class="node__meta-date">on <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-10-02T10:14:09+01:00"
class="datetime">2 October 2026</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(hP1)}
<h2>${hH1}</h2>
<table><caption>Sunday 8 November</caption><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody>
${hRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</tbody></table>
<h2>${hH2}</h2>
${ps(hP2)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">
${hTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('\n')}</div></div>
</div></article></div></div></main>
<div class="region region--sidebar"><div id="block-upcomingfestivals" class="block block-views block-views-blockupcoming-festivals-block-1">
<h2 class="block__title">Upcoming festivals</h2><div class="block__content"><div class="view view-upcoming-festivals"><div class="view-content">
<div class="item-list">
<ul>${links(hSide, 'views-row')}</ul></div></div></div></div></div>
<div id="block-donate" class="block block-block-content"><h2 class="block__title">Support the temple</h2><div class="block__content">
<div class="text-content field
field--name-body"><p>Your donations keep the lamps lit every day of the year.</p>
<p><a href="/donate" class="button">Donate online</a></p></div></div></div></div>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footerinfo" class="block block-block-content"><div class="block__content">${ps(hFoot)}</div></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content
info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your
user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More
info</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept
</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_Xf3.js"></script></body></html>`;
const hindu: TestPage = {
  name: 'heldout309-drupal-olivero-hindu-temple-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2],
  body: texts([...hP1, 'Sunday 8 November', ...hRows.flat(), ...hP2]),
  bylines: ['Published by Temple Office', 'on 2 October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sri Varadaraja Temple', 'Menu', 'Main navigation', ...hNav, 'Breadcrumb', 'Tags', ...hTags, 'Upcoming festivals', ...hSide,
    'Support the temple', 'Your donations keep the lamps lit every day of the year.', 'Donate online', ...hFoot, 'Powered by Drupal',
    'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT309_C: readonly TestPage[] = [hindu, charity];
