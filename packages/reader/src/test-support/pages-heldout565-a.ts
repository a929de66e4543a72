import { links, type TestPage, texts } from './page-kit.js';
import { lis, rowTexts, trs } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file a: a bowling centre's prices and opening hours page on WordPress with Elementor Pro (Hello theme, price list widget,
 * Complianz banner); its second page is in file a2.
 */
const sTitle = 'Prices &amp; Opening Hours';
const sDek = 'Bowling is charged per person, per game. Shoe hire is included in every price, and so are bumpers for little ones.';
const sPrices: readonly (readonly [string, string, string])[] = [
  ['Off-peak game', '£6.95', 'Per person, per game, Monday to Friday before 5pm (term time only).'],
  ['Peak game', '£8.45', 'Per person, per game, after 5pm, all day at weekends and during school holidays.'],
  ['Family game', '£27.00', 'One game for up to two adults and two children under 16 sharing a lane.'],
  ['Unlimited Sunday', '£14.50', 'Bowl as many games as you like between 6pm and 9pm on Sundays. Must be booked online.'],
];
const sHours = [
  ['Monday – Thursday', '12:00 – 22:00'],
  ['Friday', '12:00 – 23:30'],
  ['Saturday', '10:00 – 23:30'],
  ['Sunday', '10:00 – 21:00'],
  ['Bank holidays', '10:00 – 22:00'],
];
const sHoursNote = 'Last games are sold 45 minutes before closing. During school holidays we open at 10:00 every day.';
const sGood = [
  'Children under 8 bowl with bumpers and the ball ramp is free to use on any lane.',
  'Lanes are held for 10 minutes after your booking time, then released to walk-in guests.',
  'Socks must be worn with hire shoes. Socks are on sale at reception for £1.',
];
const sNav = ['Home', 'Bowling', 'Parties', 'Food &amp; Drink', 'Amusements', 'Contact'];
const sFoot = ['Privacy Policy', 'Terms &amp; Conditions', 'Careers'];
const sPriceHtml = sPrices
  .map(
    ([t, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${t}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${p}</span></div>
<p class="elementor-price-list-description">${d}</p></div></li>`,
  )
  .join('\n');
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prices &amp; Opening Hours – Strikeline Lanes</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://strikelinelanes.co.uk/prices/"><meta property="og:site_name" content="Strikeline Lanes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Prices & Opening Hours",
"isPartOf":{"@id":"https://strikelinelanes.co.uk/#website"}},{"@type":"BowlingAlley","name":"Strikeline Lanes","telephone":"01632 960418"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-18 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-18">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="34" class="elementor elementor-34 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5d1a2c1 elementor-section-boxed" data-id="5d1a2c1"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el(
  'a71c2e0',
  'icon-list',
  `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item"><a href="tel:01632960418">
<span class="elementor-icon-list-text">Call us 01632 960418</span></a></li></ul>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-2b8f0d4 elementor-section-boxed" data-id="2b8f0d4"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-25" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${el(
  '7e3c9b1',
  'theme-site-logo',
  `<a href="https://strikelinelanes.co.uk">
<img src="/wp-content/uploads/2024/02/strikeline-logo.png" alt="Strikeline Lanes"></a>`,
)}
</div></div><div class="elementor-column elementor-col-75" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el(
  'c2d41fa',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-c2d41fa" class="elementor-nav-menu">${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-c2d41fa" class="elementor-nav-menu">${links(sNav, 'menu-item')}</ul></nav>`,
)}
${el(
  'f0e1b77',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book Now</span></span></a></div>`,
)}
</div></div></div></section></div>
<main id="content" class="site-main post-18 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="18" class="elementor elementor-18" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-91f3e02 elementor-section-boxed" data-id="91f3e02"
data-element_type="section">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('3ac0d12', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1>`)}
${el('b4f91e6', 'text-editor', `<p>${sDek}</p>`)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-4e77a10 elementor-section-boxed" data-id="4e77a10"
data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-50" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('8d2b3c4', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Bowling</h2>')}
${el('e61f0a9', 'price-list', `<ul class="elementor-price-list">${sPriceHtml}</ul>`)}
</div></div><div class="elementor-column elementor-col-50" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('19ab7c2', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Opening hours</h2>')}
${el('6f2e8d1', 'text-editor', `<table class="opening-hours"><tbody>${trs(sHours)}</tbody></table><p><em>${sHoursNote}</em></p>`)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-0c9d4e5 elementor-section-boxed" data-id="0c9d4e5"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('72aa1b3', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Good to know</h2>')}
${el('c8e3f5d', 'text-editor', `<ul>${lis(sGood)}</ul>`)}
${el(
  'd1b0e22',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a Lane</span></span></a></div>`,
)}
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-aa0f1c3 elementor-section-boxed" data-id="aa0f1c3"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('0b7d9e1', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Find us</h4>')}
${el('5c3f2a8', 'text-editor', '<p>Strikeline Lanes, Unit 4 Meridian Leisure Park, Norbury NB3 7TW</p>')}
</div></div><div class="elementor-column elementor-col-50" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${el('e9d4c11', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Follow us</h4>')}
${el(
  '4a1b6f0',
  'social-icons',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#"><span class="elementor-screen-only">Facebook</span></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="#">
<span class="elementor-screen-only">Instagram</span></a></span></div>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7b2e0d9" data-id="7b2e0d9" data-element_type="section">
<div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
${el('b3c7e1a', 'text-editor', '<p>© 2025 Strikeline Lanes. All rights reserved.</p>')}
${el(
  'f6a2d90',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${links(sFoot, 'menu-item')}</ul></nav>`,
)}
</div></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show"
aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li>
<li><a class="cmplz-link privacy-statement" href="/privacy-policy/">Privacy Statement</a></li></ul></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","user_banner_id":"1","version":"7.1.0"};</script></body></html>`;
const strikeline: TestPage = {
  name: 'heldout565-elementor-bowling-prices',
  kind: 'docs',
  html: sHtml,
  title: 'Prices & Opening Hours',
  headings: ['Bowling', 'Opening hours', 'Good to know'],
  body: [sDek, ...sPrices.flatMap(([t, p, d]) => [`${t} ${p}`, d]), ...rowTexts(sHours), sHoursNote, ...sGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us 01632 960418', ...texts(sNav.filter((t) => t !== 'Bowling')), 'Book Now', 'Book a Lane', 'Find us',
    'Strikeline Lanes, Unit 4 Meridian Leisure Park, Norbury NB3 7TW', 'Follow us',
    '© 2025 Strikeline Lanes. All rights reserved.', ...texts(sFoot), 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy', 'Privacy Statement',
  ],
};

export const HELDOUT565_A: readonly TestPage[] = [strikeline];
