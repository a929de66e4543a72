import { links, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file a: a cattery's rates and vaccination rules on WordPress with Elementor Pro (Hello Elementor theme,
 * CookieYes banner), and a pond fish care guide on a Squarespace 7.1 blog with a comment section.
 */
const eTitle = 'Rates & Vaccination Requirements';
const eIntro = j(
  'Every cat at Heatherbank Cattery has a heated chalet of their own with a covered run, and we never mix cats from different',
  'households. Our prices include food, litter and a daily groom for long-haired cats.',
);
const eRows = [
  ['One cat, one chalet', '£16.50 per night'],
  ['Two cats sharing', '£27.00 per night'],
  ['Three cats sharing (family chalet)', '£36.00 per night'],
  ['Medication (tablets or drops)', '£1.50 per day'],
  ['Insulin injections', '£4.00 per day'],
];
const eRateNote = j(
  'Nights are charged from the day of arrival; the day of collection is free if you collect before noon. Over Christmas and',
  'Easter a minimum stay of four nights applies and a deposit of £30 is taken when you book.',
);
const eVacc = [
  'A full primary course against feline enteritis and cat flu, followed by yearly boosters',
  'The last booster given at least 14 days before your cat arrives',
  'A vaccination card signed and stamped by your vet, which we keep for the length of the stay',
  'Flea and worm treatment within the month before arrival',
];
const eVaccNote = j(
  'We are sorry, but we cannot accept cats whose boosters have lapsed by more than three months unless they have restarted the',
  'primary course. Titre tests are not accepted in place of vaccination under the terms of our licence.',
);
const eCancel = j(
  'Please give us seven days notice if you need to cancel. Deposits for Christmas and Easter stays cannot be refunded, but we',
  'are happy to move them to another date within the year.',
);
const eHeads = ['Boarding rates 2026', 'Vaccination rules', 'Cancellations'];
const eNav = ['Home', 'Our Chalets', 'Rates', 'Gallery', 'Reviews', 'Contact'];
const eFootNav = ['Privacy Policy', 'Terms of Boarding', 'Licence'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rates &amp; Vaccination Requirements – Heatherbank Cattery</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://heatherbankcattery.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-112-css" href="https://heatherbankcattery.co.uk/wp-content/uploads/elementor/css/post-112.css?ver=1714381122">
<style id="hello-elementor-inline-css">.site-main{max-width:1140px}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Rates &amp; Vaccination
Requirements – Heatherbank Cattery","isPartOf":{"@id":"https://heatherbankcattery.co.uk/#website"}},{"@type":"LocalBusiness","name":"Heatherbank
Cattery"}]}</script>
<script src="https://heatherbankcattery.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="24" class="elementor elementor-24 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c2e1a7 elementor-section-boxed" data-id="5c2e1a7"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://heatherbankcattery.co.uk"><img width="240" height="80" src="/wp-content/uploads/2023/02/logo.png"
alt="Heatherbank Cattery"></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-8d2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-8d2c" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Check availability</span></span></a></div></div></div>
</div></div></div></section></div>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3a1f2c0 elementor-section-boxed" data-id="3a1f2c0"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">Rates &amp; Vaccination Requirements</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eIntro}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7b91d04 elementor-section-boxed" data-id="7b91d04"
data-element_type="section"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<table class="rates"><tbody>${trs(eRows.map((r) => r.map((c) => c.replace(/&/g, '&amp;'))))}</tbody></table>
<p>${eRateNote}</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${lis(
  eVacc.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eVaccNote}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c40e8a2 elementor-section-boxed" data-id="c40e8a2"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eHeads[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eCancel}</p></div></div>
<div class="elementor-element elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default">
<div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a stay</span></span></a></div></div></div>
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1d0b7e3" data-id="1d0b7e3" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Heatherbank Cattery, Moss Lane, Aldwick Fold, AF3 7QT</p><p>01632 960 418</p>
<p>Licensed by Aldwick District Council, licence no. ADC/AB/0219</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eFootNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Heatherbank Cattery. Website by Fernhill Digital</p></div></div></div></div></div></section></div>
<div id="cookie-law-info" class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://heatherbankcattery.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementorCattery: TestPage = {
  name: 'heldout613-cattery-rates-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eIntro, ...rowTexts(eRows), eRateNote, ...eVacc, eVaccNote, eCancel],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Rates'), 'Check availability', 'Book a stay', 'Heatherbank Cattery, Moss Lane, Aldwick Fold, AF3 7QT',
    '01632 960 418', 'Licensed by Aldwick District Council, licence no. ADC/AB/0219', 'Privacy Policy', 'Terms of Boarding',
    '© 2026 Heatherbank Cattery. Website by Fernhill Digital',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT613_A: readonly TestPage[] = [elementorCattery];
