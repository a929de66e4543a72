import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file a: a whale-watching operator's trip times and prices page on WordPress (Hello Elementor with an
 * Elementor Pro header and footer), and a what-to-bring post on a Squarespace 7.1 blog.
 */
const eTitle = 'Trip Times & Prices 2026';
const eIntro = [
  j(
    'All of our trips leave from the pontoon at the end of Carrick Quay in Port Annis. Please check in at the kiosk on the quay',
    'at least 20 minutes before departure, as we cannot hold the boat for late arrivals.',
  ),
  j(
    'Timetables can change at short notice because of weather and sea state. If we cancel a trip we will call or text you by',
    '8am on the day and offer a full refund or another date.',
  ),
];
const eHeads = ['Daily departures', 'Prices', 'Private charters', 'Good to know'];
const eTimes = [
  ['Minke &amp; Dolphin Trip', '2½ hours', '10:00 and 14:00', 'April to October'],
  ['Seal Skerries Cruise', '1 hour', '11:30, 13:00 and 16:30', 'Every day, all year'],
  ['Offshore Whale Safari', '5 hours', '09:00', 'June to September, Tue, Thu and Sat'],
  ['Sunset Cruise', '1½ hours', '19:30', 'June and July, Fri and Sat'],
];
const ePrices = [
  ['Minke &amp; Dolphin Trip', '£48', '£32', '£150'],
  ['Seal Skerries Cruise', '£22', '£14', '£70'],
  ['Offshore Whale Safari', '£95', 'Not suitable for under 12s', '—'],
  ['Sunset Cruise', '£30', '£20', '£95'],
];
const eCharter = j(
  'The Kittiwake can be chartered for up to 12 guests for birthdays, photography groups and scattering of ashes. Half-day charters',
  'start at £650 and full days at £1,100. Get in touch to check dates.',
);
const eGood = [
  'Under 3s travel free on the Seal Skerries Cruise but are not allowed on the longer trips.',
  'Family tickets cover two adults and two children aged 3 to 15.',
  'Our boats have a covered cabin, a toilet and a small bar selling hot drinks and snacks.',
  'Wheelchair users can join the Seal Skerries Cruise; please call us first so we can set up the ramp.',
  'Dogs are welcome on the Seal Skerries Cruise only, on a lead.',
];
const eNav = ['Home', 'Our Trips', 'Times & Prices', 'Sightings', 'About Us', 'Contact'];
const eFootNav = ['Booking terms', 'Privacy policy', 'Gift vouchers', 'Careers'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trip Times &amp; Prices 2026 - Annis Bay Sea Safaris</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://annisbayseasafaris.co.uk/times-prices/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://annisbayseasafaris.co.uk/times-prices/","name":"Trip Times &amp; Prices 2026 - Annis Bay Sea Safaris","dateModified":"2026-02-11"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<style id="elementor-post-42">.elementor-42 .elementor-element.elementor-element-5a1c2e7{--spacer-size:40px}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-42 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-2b9f1d0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://annisbayseasafaris.co.uk">
<img width="220" height="80" src="/wp-content/uploads/2024/03/annis-bay-logo.png" alt="Annis Bay Sea Safaris"></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4d2a8c1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book Online</span></span></a></div></div></div></div></div></section></div>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7c3e0a1 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">Trip Times &amp; Prices 2026</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 0)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<table class="trip-table"><thead>${trs([['Trip', 'Duration', 'Departs', 'Runs']], 'th')}</thead><tbody>${trs(eTimes)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 1)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<table class="trip-table"><thead>${trs([['Trip', 'Adult', 'Child (3-15)', 'Family']], 'th')}</thead><tbody>${trs(ePrices)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-spacer elementor-element-5a1c2e7" data-widget_type="spacer.default">
<div class="elementor-widget-container"><div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 2)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eCharter}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 3)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${eGood
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-lg" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Check availability</span></span></a></div></div></div>
</div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h4 class="elementor-heading-title elementor-size-default">Find us</h4></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Kiosk 3, Carrick Quay, Port Annis PA7 2QT<br>01870 555 214 · hello@annisbayseasafaris.co.uk</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-vertical"><ul class="elementor-nav-menu sm-vertical">
${links(eFootNav, 'menu-item')}</ul></nav></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-full_width"><div class="elementor-container">
<div class="elementor-widget-container"><p>© 2026 Annis Bay Sea Safaris Ltd. All rights reserved.</p></div></div></section></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"><span>
<div class="cli-bar-message">We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a>
<a role="button" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">Accept</a>
</div></span></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4"};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout643-elementor-times-prices',
  kind: 'docs',
  html: eHtml,
  title: 'Trip Times & Prices 2026',
  headings: eHeads,
  body: texts([...eIntro, ...rowTexts(eTimes), ...rowTexts(ePrices), eCharter, ...eGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Times & Prices'), 'Book Online', 'Check availability', 'Find us',
    'Kiosk 3, Carrick Quay, Port Annis PA7 2QT', '01870 555 214 · hello@annisbayseasafaris.co.uk', ...eFootNav,
    '© 2026 Annis Bay Sea Safaris Ltd. All rights reserved.',
    'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.',
    'Cookie Settings', 'Accept',
  ],
};

const sTitle = 'What to bring on a seal trip (and what to leave at home)';
const sBody = [
  j(
    'We get asked this every week, usually by someone standing on the pontoon in a cotton hoodie as the rain comes in sideways.',
    'So here is the list we give our own crew, adapted for guests.',
  ),
  j(
    'The short version: dress for ten degrees colder than it feels in town, keep your hands free, and bring less than you think.',
    'The boat is small and everything that is not attached to you will get wet.',
  ),
  'Clothing',
  'A waterproof jacket with a hood, even on a sunny morning.',
  'Warm layers underneath: a fleece or wool jumper is better than one thick coat.',
  'A hat and gloves from September to May. Fingers go numb fast when you are holding binoculars.',
  'Shoes with a grippy sole. No heels, no flip-flops.',
  'Kit',
  j(
    'Binoculars are the single best thing you can bring. We have six pairs on board to share, but on a busy trip they will be',
    'passed round. A pair of 8x42s is ideal; anything bigger is hard to hold steady on a moving deck.',
  ),
  j(
    'If you are bringing a camera, a zoom of 200mm or more will get you proper seal portraits from the distance we keep.',
    'Put it in a dry bag between shots. Phones are fine for the scenery and the cliffs.',
  ),
  'Leave at home',
  j(
    'Drones. We do not fly them and we ask guests not to, as they disturb the colony and are banned within the nature reserve.',
    'Large rucksacks and suitcases can be left in the lockers at the kiosk for £2.',
  ),
  j(
    'Feeling queasy? Take your seasickness tablet an hour before the trip, not on board. Sit at the back, look at the horizon,',
    'and tell the crew: we have seen it all before and we will look after you.',
  ),
];
const sH = [2, 7, 10];
const sNav = ['Seal Trips', 'Private Hire', 'Journal', 'About', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Terms'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>What to bring on a seal trip (and what to leave at home) — Selkie Boat Co.</title>
<link rel="canonical" href="https://www.selkieboat.co/journal/what-to-bring"><meta property="og:site_name" content="Selkie Boat Co.">
<meta property="og:type" content="article"><meta itemprop="author" content="Morag Tullis">
<script type="application/ld+json">{"url":"https://www.selkieboat.co","name":"Selkie Boat Co.","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"What to bring on a seal trip","datePublished":"2026-04-02T09:15:00+0100","author":"Morag Tullis",
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"ccpa":false}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-9b2e3.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/63b1/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6612a0c1d8e3b" class="header--menu-open primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-name
tweak-blog-item-show-date collection-type-blog-basic view-item mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Selkie Boat Co.</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">
${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a trip</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title visually-hidden" hidden>Close Menu</span>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6612a0c1d8e3b01">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoad">
<article class="entry hentry tag-kit category-guides author-morag-tullis post-type-text article-index-1" data-item-id="6612a0c1d8e3b">
<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Guides" class="blog-item-category">Guides</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-04-02">2 Apr</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1c" class="blog-author-name">
Morag Tullis</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1712045700000">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a81f2e"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<h3>${at(sBody, 2)}</h3><ul data-rte-list="default">${lis(sBody.slice(3, 7).map((t) => `<p class="">${t}</p>`))}</ul>
<h3>${at(sBody, 7)}</h3>${ps(sBody.slice(8, 10), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/kit.jpg"
alt="Binoculars and a dry bag on the deck"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">
Crew kit: 8x42 binoculars, a roll-top dry bag and very old gloves.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-c3d09b"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${at(sBody, 10)}</h3>${ps(sBody.slice(11), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
</div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6612a0c1d8e3b"><div class="comment-count">0 Comments</div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a href="/journal/grey-seal-pups" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"><g class="svg-icon"><polyline points="21.5,1.3 2.6,24 21.5,46.7"></polyline>
</g></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Counting grey seal pups on the Outer Lurg</h2></a>
<a href="/journal/new-boat" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Meet Rona, our new boat</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="">Selkie Boat Co. · South Pier, Kinlurg</p>
<p class="">${links(sFoot).replace(/<\/?li>/g, ' ')}</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sailing notes</h2>
<div class="newsletter-form-header-description"><p>A short email when the seals pup and when the season opens.</p></div></div>
<form class="newsletter-form" data-form-id="65a1" autocomplete="on"><div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="dialog"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>
This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">
Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout643-squarespace-what-to-bring',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH.map((i) => at(sBody, i)),
  body: sBody.filter((_, i) => !sH.includes(i)),
  bylines: ['2 Apr', 'Morag Tullis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Selkie Boat Co.', ...sNav, 'Book a trip', 'Open Menu', 'Guides',
    'Crew kit: 8x42 binoculars, a roll-top dry bag and very old gloves.', '0 Comments', 'Previous',
    'Counting grey seal pups on the Outer Lurg', 'Next', 'Meet Rona, our new boat', 'Selkie Boat Co. · South Pier, Kinlurg', ...sFoot,
    'Sailing notes', 'A short email when the seals pup and when the season opens.', 'Email Address', 'Sign Up',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT643_A: readonly TestPage[] = [elementor, squarespace];
