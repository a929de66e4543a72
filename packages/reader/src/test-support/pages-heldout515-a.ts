import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, gold, j, lis, rowText, tr } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file a: a domestic cleaning company's services and prices page on WordPress (Hello Elementor theme,
 * Elementor widgets), and a window cleaner's service-area page on Squarespace 7.1.
 */
const eTitle = 'Home Cleaning Services &amp; Prices';
const eIntro = [
  j(
    'Whether you need a weekly tidy-up or a top-to-bottom clean before you move out, our vetted cleaners bring their own',
    'equipment and eco-friendly products. Every visit is covered by our 24-hour re-clean promise.',
  ),
];
const eServices: [string, string][] = [
  [
    'Regular Cleaning',
    j(
      'Weekly or fortnightly visits from the same cleaner. Dusting, hoovering, mopping, kitchen surfaces and bathrooms,',
      'plus any extras you leave on the checklist.',
    ),
  ],
  [
    'Deep Cleaning',
    j(
      'A one-off clean that reaches the places a regular visit does not: behind appliances, inside cupboards, skirting',
      'boards, limescale on taps and grout.',
    ),
  ],
  [
    'End of Tenancy Cleaning',
    j(
      'A checklist-based clean built around the inventory your letting agent uses. If the agent raises an issue within',
      '72 hours, we come back and put it right at no charge.',
    ),
  ],
  [
    'Oven Cleaning',
    j('Racks and trays are soaked in a heated dip tank in our van while the oven, hob and extractor are hand-cleaned', 'with non-caustic products.'),
  ],
];
const ePriceHead = ['Service', 'Price'];
const ePrices = [
  ['Regular cleaning (minimum 2 hours)', '£19.50 per hour'],
  ['One-off deep clean, 1 bedroom flat', 'from £145'],
  ['One-off deep clean, 3 bedroom house', 'from £265'],
  ['End of tenancy, 2 bedrooms', 'from £230'],
  ['Single oven clean', '£69'],
  ['Inside fridge or freezer', '£25'],
];
const eAfter = [
  j('Prices include VAT and all products. Homes more than 6 miles from Harwell Cross carry a £7.50 travel charge.', 'Parking charges are added at cost.'),
  'Good to know',
  'You do not need to be at home – most customers leave a key in one of our coded key safes.',
  'Cancel or move a visit free of charge up to 48 hours before it starts.',
  'All our cleaners are employed, insured and DBS checked.',
];
const eNav = ['Home', 'Services', 'Prices', 'Areas We Cover', 'About Us', 'Reviews', 'Contact'];
const eFoot1 = ['Regular Cleaning', 'Deep Cleaning', 'End of Tenancy Cleaning', 'Oven Cleaning', 'Carpet Cleaning'];
const eFoot2 = ['Privacy Policy', 'Terms of Service', 'Careers', 'FAQ'];
const eReviews = [
  '“Brilliant from start to finish. Marta has been cleaning for us for a year now and the house has never looked better.”',
  '“They came back the next morning to redo the oven door without any fuss. Deposit returned in full.”',
];
const eRevBy = ['Helen R., Ashby Green', 'Tom &amp; Priya, Harwell Cross'];
const svc = ([h, p]: [string, string], n: number): string =>
  `<div class="elementor-column elementor-col-25 elementor-inner-column elementor-element" data-id="c${n}a1"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-icon-box"><div class="elementor-widget-container"><div class="elementor-icon-box-wrapper">
<div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-"><i aria-hidden="true" class="fas fa-broom"></i></span></div>
<div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${h}</span></h3>
<p class="elementor-icon-box-description">${p}</p></div></div></div></div></div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Home Cleaning Services &amp; Prices - Brightwell Cleaning Co.</title><meta name='robots' content='index, follow, max-image-preview:large'>
<meta name="description" content="Regular, deep, end of tenancy and oven cleaning in Harwell Cross. See our prices.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Home Cleaning Services & Prices"},
{"@type":"LocalBusiness","name":"Brightwell Cleaning Co.","telephone":"01632 960 412","priceRange":"££"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://brightwellclean.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://brightwellclean.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
 media='all'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://brightwellclean.example/wp-content/uploads/elementor/css/post-412.css?ver=1716891203'
 media='all'>
<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji { display: inline !important; border: none !important; }</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="58" class="elementor elementor-58 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-id="1b2e0f4">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">Call us: <a href="tel:01632960412">01632 960 412</a>  |  Mon–Sat 8am–6pm</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-id="6a9c1d2"><div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo">
<a href="https://brightwellclean.example"><img width="220" height="64" src="/wp-content/uploads/2023/02/brightwell-logo.svg" alt="Brightwell Cleaning Co."></a>
</div></div></div><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-6a9c1d2" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>
</div></div><div class="elementor-element elementor-widget elementor-widget-button">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get a Free Quote</span></span></a></div></div></div></div></section></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-section-height-min-height" data-id="3f1e7a0"
 data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eIntro)}</div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element" data-id="77b0c3e"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">What We Do</h2></div>
<section class="elementor-section elementor-inner-section elementor-element"><div class="elementor-container elementor-column-gap-wide">
${eServices.map(svc).join('\n')}</div></section></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element" data-id="90d4f11"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">Our Prices</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table class="price-table"><thead><tr>${ePriceHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${ePrices.map(tr).join('\n')}</tbody></table>
${ps([eAfter[0] ?? ''])}<h3>${eAfter[1]}</h3><ul>${lis(eAfter.slice(2))}</ul></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width" data-id="c0ffee1"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading">
<h2 class="elementor-heading-title elementor-size-default">What Our Customers Say</h2></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel"><div class="swiper-wrapper">
${eReviews
  .map(
    (r, i) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${r}</div></div><div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">${eRevBy[i]}</span></cite></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__item">Ready for a cleaner home?</h2>
<div class="elementor-cta__description elementor-cta__item">Tell us about your home and get a fixed quote within the hour.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/book/">Book Online</a></div>
</div></div></div></div></div></section></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><h4 class="elementor-heading-title">Brightwell Cleaning Co.</h4>
<p>Unit 4, Mill Yard, Harwell Cross HX3 7PL</p></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><h4 class="elementor-heading-title">Our Services</h4>
<ul class="elementor-icon-list-items">${links(eFoot1, 'elementor-icon-list-item')}</ul></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><h4 class="elementor-heading-title">Company</h4>
<ul class="elementor-icon-list-items">${links(eFoot2, 'elementor-icon-list-item')}</ul></div></div></div></section>
<div class="elementor-widget-text-editor"><p>© 2024 Brightwell Cleaning Co. Ltd. Registered in England No. 10938271.</p></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://brightwellclean.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_static":false};</script>
<script src='https://brightwellclean.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script>
</body></html>`;
const elementor: TestPage = gold({
  name: 'heldout515-elementor-cleaning-prices',
  kind: 'docs',
  html: eHtml,
  title: 'Home Cleaning Services & Prices',
  headings: ['What We Do', ...eServices.map(([h]) => h), 'Our Prices', eAfter[1] ?? ''],
  body: [...texts(eIntro), ...texts(eServices.map(([, p]) => p)), ...ePrices.map(rowText), ...texts([eAfter[0] ?? '', ...eAfter.slice(2)])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us: 01632 960 412 | Mon–Sat 8am–6pm', ...eNav, 'Get a Free Quote', 'What Our Customers Say', ...texts(eReviews),
    ...texts(eRevBy), 'Ready for a cleaner home?', 'Tell us about your home and get a fixed quote within the hour.', 'Book Online',
    'Brightwell Cleaning Co.', 'Unit 4, Mill Yard, Harwell Cross HX3 7PL', 'Our Services', ...eFoot1, 'Company', ...eFoot2,
    '© 2024 Brightwell Cleaning Co. Ltd. Registered in England No. 10938271.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
});

const sTitle = 'Areas We Cover';
const sBody = [
  j(
    'ClearView Window Cleaning works across the Tarrow Valley from our base in Kelbury. We clean on a four-weekly or eight-weekly',
    'round, so most streets see us on the same day each month.',
  ),
  'Our regular rounds',
  'Kelbury and Kelbury Moor',
  'Ansford, including Ansford Park estate',
  'Little Tarrow and Tarrow Bridge',
  'Whitlock and Hale End',
  'Denby St Mary',
  j('If your village is not on the list, send us your postcode. We add new streets to a round once we have four or more homes', 'close together.'),
  'Commercial customers',
  j(
    'We clean shop fronts on Kelbury High Street every fortnight before 9am and offer evening visits for offices and',
    'surgeries anywhere within 15 miles of Kelbury.',
  ),
];
const sNav = ['Home', 'Services', 'Areas We Cover', 'Pricing', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- clearview-windows -->
<base href=""><meta charset="utf-8"><title>Areas We Cover — ClearView Window Cleaning</title>
<meta property="og:site_name" content="ClearView Window Cleaning"><meta property="og:title" content="Areas We Cover — ClearView Window Cleaning">
<meta name="description" content="Window cleaning rounds in Kelbury, Ansford, Little Tarrow, Whitlock and Denby St Mary.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f1c2ab","siteTitle":"ClearView Window Cleaning"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.clearviewwindows.example","name":"ClearView Window Cleaning","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c2ab/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64f1c9d0" class="header-overlay-alignment-center tweak-global-animations-enabled primary-button-style-solid view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">ClearView Window Cleaning</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === sTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a Clean</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1ca0e">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/64f1c2ab/valley.jpg" data-image-focal-point="0.5,0.5"></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f1ca0e">
<div class="fe-block fe-block-yui_3_17_2_1_1694" ><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1></div></div></div></div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f1ca1f">
<div class="fe-block fe-block-yui_3_17_2_1_1702"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps([sBody[0] ?? ''], ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[1]}</h2>
<ul data-rte-list="default">${lis(sBody.slice(2, 7).map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
${ps([sBody[7] ?? ''], ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1716"><div class="sqs-block map-block sqs-block-map" data-block-type="4"
 data-block-json="{&quot;location&quot;:{&quot;addressTitle&quot;:&quot;Kelbury&quot;},&quot;zoom&quot;:11}"><div class="sqs-block-content">&nbsp;</div></div>
</div>
<div class="fe-block fe-block-yui_3_17_2_1_1731"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${sBody[8]}</h3>${ps([sBody[9] ?? ''], ' style="white-space:pre-wrap;"')}</div></div></div>
</div>
<div class="fe-block fe-block-yui_3_17_2_1_1744"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Check My Postcode</a>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64f1cb33"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Round reminders</h2>
<div class="newsletter-form-header-description"><p>Get a text the day before we are on your street.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqs-block-html-p">ClearView Window Cleaning · 14 Orchard Rise, Kelbury KB4 2NJ</p><p class="sqs-block-html-p">07700 900 318</p>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<a href="https://www.facebook.com/clearviewkelbury" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a>
</nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom"><div class="sqs-cookie-banner-v2-text">
<p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = gold({
  name: 'heldout515-squarespace-window-areas',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[8] ?? ''],
  body: sBody.filter((_, i) => i !== 1 && i !== 8),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'ClearView Window Cleaning', ...sNav, 'Book a Clean', 'Check My Postcode', 'Round reminders',
    'Get a text the day before we are on your street.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'ClearView Window Cleaning · 14 Orchard Rise, Kelbury KB4 2NJ', '07700 900 318', 'This website uses cookies to improve your experience.',
    'Decline', 'Accept',
  ],
});

export const HELDOUT515_A: readonly TestPage[] = [elementor, squarespace];
