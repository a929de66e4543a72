import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file a: a touring park's pitch booking page built with Elementor (Hello theme, Pro header and footer,
 * CookieYes banner, booking widget iframe and enquiry form); its second page is in file a2.
 */
const bTitle = 'Book a Touring Pitch';
const bIntro = [
  j(
    'Brackenmoor sits on a sheltered south-facing slope above the Elwyn valley, ten minutes from the market town of Castlebury.',
    'We have 46 touring pitches spread over three paddocks, and every one of them has a view across the fells.',
  ),
  j(
    'Use the live availability calendar below to choose your dates and pitch type. Your booking is confirmed straight away and',
    'a deposit of £25 per night is taken at the time of booking; the balance is paid on arrival.',
  ),
];
const bPitchH = 'Our pitches';
const bRows = [
  ['Grass pitch, no hook-up', '£22', '£26'],
  ['Grass pitch with 16A electric', '£27', '£32'],
  ['Hardstanding with electric', '£31', '£37'],
  ['Serviced hardstanding (water, waste, TV point)', '£36', '£43'],
];
const bNoteH = 'Good to know';
const bNotes = [
  'Prices are per night for a unit and two adults. Extra adults are £6, children aged 4 to 15 are £3 and under-fours stay free.',
  'Arrival is from 1pm and departure by 11am. The gate barrier closes at 10pm; late arrivals can use the layby by reception.',
  'Two well-behaved dogs per pitch are welcome at no charge. Please keep them on a lead at all times.',
  'Awnings and one small pup tent for children are included. Gazebos are allowed on hardstanding pitches only.',
  'Minimum stay of three nights over bank holiday weekends and two nights at weekends from May to September.',
];
const bCancel = j(
  'If you need to cancel more than 14 days before arrival we refund your deposit in full, less a £5 admin fee. Within 14 days',
  'we can move your deposit to another date in the same season.',
);
const bNav = ['Home', 'Book Now', 'Touring', 'Glamping Pods', 'Facilities', 'Things To Do', 'Contact'];
const bFoot = ['Privacy Policy', 'Site Rules', 'Cookie Policy'];
const bForm = ['Name', 'Email', 'Phone', 'Your message', 'Send Enquiry'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Book a Touring Pitch - Brackenmoor Touring Park</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.brackenmoorpark.co.uk/book-now/">
<meta property="og:title" content="Book a Touring Pitch - Brackenmoor Touring Park"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Book a Touring Pitch",
"isPartOf":{"@id":"https://www.brackenmoorpark.co.uk/#website"}},{"@type":"Campground","name":"Brackenmoor Touring Park"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-12-css" href="/wp-content/uploads/elementor/css/post-12.css?ver=1714060101" media="all">
<style id="cky-style-inline-css">.cky-consent-container{position:fixed;bottom:0;z-index:9999}.cky-hide{display:none}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/8a1f/script.js"></script></head>
<body class="page-template-default page page-id-12 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-12">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse
our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<div class="cky-modal cky-hide" tabindex="-1"><div class="cky-preference-center"><span class="cky-preference-title">Customise Consent Preferences</span>
<p>Necessary cookies are required to enable the basic features of this site.</p></div></div>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1c4d2e0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-25 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image">
<div class="elementor-widget-container"><a href="/">
<img width="240" height="80" src="/wp-content/uploads/2023/02/brackenmoor-logo.png" alt="Brackenmoor Touring Park"></a>
</div></div></div></div><div class="elementor-column elementor-col-75 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-2a6c" class="elementor-nav-menu">${links(bNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2a6c" class="elementor-nav-menu">
${links(bNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01769540112"><span class="elementor-button-text">Call 01769 540112</span></a>
</div></div></div></div></div></div></section></div>
<main id="content" class="site-main post-12 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
<section class="elementor-section elementor-top-section elementor-element elementor-element-6e01f3a elementor-section-full_width
elementor-section-height-min-height"
data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${bTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(bIntro)}</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-0b7d9c2 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-html" data-widget_type="html.default">
<div class="elementor-widget-container"><div id="ab-widget" class="ab-booking-widget" data-park="brackenmoor">
<iframe src="https://booking.anytimebook.example/widget/brackenmoor?type=touring" title="Check availability" width="100%" height="620"
loading="lazy"></iframe><noscript>Please enable JavaScript to check availability.</noscript></div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-a44f810 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${bPitchH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table class="pitch-prices"><thead><tr><th>Pitch</th><th>Low season</th><th>High season</th></tr></thead><tbody>
${trs(bRows)}</tbody></table></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2024/03/hardstanding-paddock.jpg" alt="Hardstanding pitches in the top paddock" loading="lazy">
<figcaption class="widget-image-caption wp-caption-text">The top paddock in early May</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${bNoteH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${lis(
  bNotes.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${bCancel}</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-f1e2d3c elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Any questions before you book?</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Enquiry"><div class="elementor-form-fields-wrapper elementor-labels-above">
${bForm
  .slice(0, 4)
  .map(
    (l, i) => `<div class="elementor-field-group elementor-column elementor-col-100"><label for="form-field-f${i}" class="elementor-field-label">${l}</label>
<input type="text" id="form-field-f${i}" class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100">
<button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-text">${bForm[4]}</span></button></div></div></form></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9d3e1aa elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Brackenmoor Touring Park, Elwyn Lane, Castlebury CA17 4RT</p><p>Reception open 9am to 6pm daily, March to October</p>
</div></div></div></div><div class="elementor-column elementor-col-33 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(bFoot, 'menu-item')}</ul></nav></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2025 Brackenmoor Touring Park Ltd.
All rights reserved.</p></div></div></div></div></div></section></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4"};</script></body></html>`;
const booking: TestPage = page({
  name: 'heldout694-elementor-pitch-booking',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [bPitchH, bNoteH],
  body: [...bIntro, ...rowText(bRows), ...bNotes, bCancel],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We value your privacy', texts([j('We use cookies to enhance your browsing experience and analyse our traffic.',
      'By clicking "Accept All", you consent to our use of cookies.')])[0] ?? '', 'Customise', 'Reject All', 'Accept All', ...bNav, 'Menu',
    'Call 01769 540112', 'The top paddock in early May', 'Any questions before you book?', ...bForm,
    'Brackenmoor Touring Park, Elwyn Lane, Castlebury CA17 4RT', 'Reception open 9am to 6pm daily, March to October', ...bFoot,
    '© 2025 Brackenmoor Touring Park Ltd. All rights reserved.',
  ],
});

export const HELDOUT694_A: readonly TestPage[] = [booking];
