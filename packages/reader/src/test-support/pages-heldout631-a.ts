import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, trs } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file a: an acupuncture clinic's first appointment page on WordPress (Astra theme, Elementor widgets),
 * and a reflexologist's fees and cancellation policy on Squarespace 7.1 with a price table.
 */
const aTitle = 'Your First Appointment';
const aIntro = j(
  'If you have never had acupuncture before, it is normal to feel a little unsure. This page explains what happens at your',
  'first visit to the clinic, how long it takes and how to prepare, so there are no surprises on the day.',
);
const aBefore = [
  'Eat a light meal an hour or two before you come. Please do not arrive very hungry or straight after a large meal.',
  'Wear loose clothing that can be rolled up above the knee and elbow.',
  'Bring a list of any medicines or supplements you take, including the dose.',
  'Fill in the health questionnaire we email you when you book, or arrive ten minutes early to complete it here.',
];
const aDuring = [
  j(
    'Your first session lasts about 90 minutes. Maeve or Tomas will spend the first half hour asking about your main concern,',
    'your general health, sleep, digestion and energy, and will feel the pulse at both wrists and look at your tongue. These',
    'observations are part of traditional Chinese medicine diagnosis and help us decide which points to use.',
  ),
  j(
    'Treatment usually involves between six and twelve fine, single-use needles. Most people feel a dull ache or tingling as',
    'each needle settles, and many fall asleep while the needles stay in for 20 to 30 minutes. You can ask us to stop at any',
    'point.',
  ),
];
const aAfter = j(
  'Some people feel relaxed or a little tired afterwards, so we suggest you avoid strenuous exercise and alcohol for the',
  'rest of the day. Small bruises at a needle site are uncommon and fade within a few days.',
);
const aPrice = [
  ['Initial consultation and treatment', '90 minutes', '£75'],
  ['Follow-up treatment', '45 minutes', '£55'],
  ['Course of six follow-ups (paid in advance)', '6 × 45 minutes', '£300'],
];
const aHeads = ['Before you come', 'What happens during the session', 'Afterwards', 'Prices'];
const aNav = ['Home', 'About Us', 'Treatments', 'Your First Appointment', 'Prices', 'Blog', 'Contact'];
const aFoot = ['Privacy Policy', 'Cookie Policy', 'Complaints Procedure'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Fernbrook Acupuncture</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://fernbrookacupuncture.co.uk/your-first-appointment/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${aTitle}"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style></head>
<body class="page-template-default page page-id-42 ast-page-builder-template ast-no-sidebar elementor-default elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-title"><a href="/" rel="home">Fernbrook Acupuncture</a></span>
<p class="site-description">Traditional acupuncture in Hebden Lowe</p></div></div>
<div class="ast-main-header-bar-alignment"><nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1 navigation-accessibility"
aria-label="Site Navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="ast-header-button-1"><a class="ast-custom-button-link" href="/book"><div class="ast-custom-button">Book Online</div></a></div>
<button class="menu-toggle main-header-menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="screen-reader-text">Main Menu</span></button>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope>
<header class="entry-header ast-no-title ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${aTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>${aIntro}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aHeads, 0)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${aBefore
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2024/03/treatment-room.jpg" alt="The treatment room at Fernbrook" width="800" height="600">
<figcaption class="widget-image-caption wp-caption-text">Our treatment room on Mill Lane</figcaption></figure></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aHeads, 1)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(aDuring)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aHeads, 2)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${aAfter}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(aHeads, 3)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table><thead><tr><th>Treatment</th><th>Length</th><th>Price</th></tr></thead><tbody>${trs(aPrice)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/book"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book your first appointment</span></span></a></div></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">Find us</h2><div
class="textwidget"><p>Fernbrook Acupuncture, 4 Mill Lane, Hebden Lowe</p>
<p>Tel: 01632 960 418</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section class="widget widget_text">
<div class="textwidget"><p>Members of the Guild of Traditional Acupuncturists</p></div></section></aside></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><div class="ast-footer-copyright"><p>Copyright © 2025 Fernbrook Acupuncture</p></div>
<nav class="site-footer-below-section-2"><ul class="ast-nav-menu">${links(aFoot, 'menu-item')}</ul></nav></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"><div class="cli-bar-message">
We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.</div>
<div class="cli-bar-btn_container"><a role="button" class="cli_settings_button">Cookie Settings</a><a role="button" id="cookie_action_close_header"
class="wt-cli-accept-all-btn cli_action_button">Accept All</a></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.20.1"};</script></body></html>`;
const wpFirst: TestPage = {
  name: 'heldout631-acupuncture-first-appointment',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: [aIntro, ...aBefore, ...aDuring, aAfter, ...aPrice.map(rowText)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fernbrook Acupuncture', 'Traditional acupuncture in Hebden Lowe', ...aNav.filter((t) => t !== aTitle && t !== 'Prices'), 'Book Online',
    'Main Menu', 'Our treatment room on Mill Lane', 'Book your first appointment', 'Find us', 'Fernbrook Acupuncture, 4 Mill Lane, Hebden Lowe',
    'Tel: 01632 960 418', 'Members of the Guild of Traditional Acupuncturists', 'Copyright © 2025 Fernbrook Acupuncture', ...aFoot,
    'We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.',
    'Cookie Settings', 'Accept All',
  ],
};

const sTitle = 'Fees & Cancellation Policy';
const sIntro = j(
  'I want the practical side of booking to be as calm as the treatment itself, so here is everything you need to know about',
  'what sessions cost, how to pay and what happens if you need to change your plans.',
);
const sFees = [
  ['Full reflexology session', '60 min', '$85'],
  ['Mini foot reflexology', '30 min', '$50'],
  ['Maternity reflexology', '60 min', '$90'],
  ['Package of five full sessions', '5 × 60 min', '$390'],
];
const sPay = [
  'Payment is taken at the end of each session by card, Apple Pay or cash.',
  'Packages are paid in full at the first session and are valid for six months.',
  'A receipt is emailed to you automatically; some extended health plans will reimburse part of the fee.',
];
const sCancel = [
  j(
    'Your appointment time is reserved just for you, and short-notice gaps are rarely filled. I therefore ask for at least',
    '<strong>24 hours’ notice</strong> if you need to cancel or reschedule.',
  ),
  j('Cancellations with less than 24 hours’ notice are charged at 50% of the session fee. Missed appointments without any notice', 'are charged in full.'),
  j(
    'I understand that illness and emergencies happen. If you wake up with a fever or a stomach bug, please stay home and let',
    'me know; I will always waive the fee in these cases. If I have to cancel, you will never be charged and I will offer you',
    'the first available slot.',
  ),
];
const sHeads = ['Session fees', 'Payment', 'Cancellations and missed appointments'];
const sNav = ['Home', 'About', 'Reflexology', 'Fees', 'Book', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Fees &amp; Cancellation Policy — Still Waters Reflexology</title><link rel="canonical" href="https://www.stillwatersreflexology.com/fees">
<meta property="og:site_name" content="Still Waters Reflexology"><meta property="og:title" content="Fees &amp; Cancellation Policy — Still Waters Reflexology">
<script type="application/ld+json">{"url":"https://www.stillwatersreflexology.com","name":"Still Waters Reflexology","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"212 Alder Street, Corvallis Bend, OR","name":"Still Waters Reflexology","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/website.components.css" rel="stylesheet" type="text/css">
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script></head>
<body id="collection-6512ab" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Gift certificates are available for the holidays – <a href="/gift">shop now</a></p></div>
<span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" class="header-title-logo">Still Waters Reflexology</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a session</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6512ab9f">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6512ab9f">
<div class="fe-block fe-block-yui_3_17_2_1_1695"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Fees &amp; Cancellation Policy</h1>
<p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1696"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(sHeads, 0)}</h2></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1697"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="fee-table"><tr><th>Treatment</th><th>Length</th><th>Fee</th></tr>${trs(sFees)}</table></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1698"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(sHeads, 1)}</h2>
<ul data-rte-list="default">${lis(sPay.map((t) => `<p class="">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${at(sHeads, 2)}</h2>${ps(sCancel, ' class=""')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1699"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book now</a></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="">Still Waters Reflexology</p><p class="">212 Alder Street, Suite 3, Corvallis Bend</p>
<p class="">Tuesday – Saturday, 9am – 6pm</p></div></div></div></div><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in touch</h2>
<div class="newsletter-form-header-description"><p>Seasonal self-care notes, once a month.</p></div></div>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="">© 2025 Still Waters Reflexology. Reflexology is a complementary therapy and does not replace medical care.</p></div></div></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-cta-container">
<p>This website uses cookies to improve your experience.</p><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqFees: TestPage = {
  name: 'heldout631-reflexology-fees-squarespace',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sIntro, ...sFees.map(rowText), ...sPay, ...sCancel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gift certificates are available for the holidays – shop now', 'Skip to Content', 'Still Waters Reflexology',
    ...sNav.filter((t) => t !== 'Fees' && t !== 'Reflexology'), 'Book a session',
    'Book now', '212 Alder Street, Suite 3, Corvallis Bend', 'Tuesday – Saturday, 9am – 6pm', 'Stay in touch', 'Seasonal self-care notes, once a month.',
    'Email Address', 'Sign Up', 'We respect your privacy.',
    '© 2025 Still Waters Reflexology. Reflexology is a complementary therapy and does not replace medical care.',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT631_A: readonly TestPage[] = [wpFirst, sqFees];
