import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, tidy, trs } from './pages-heldout570-kit.js';

/**
 * Held-out batch 570, file a: an independent pharmacy's travel clinic page on WordPress (Astra theme with Elementor sections),
 * and a flu jab booking page of a small chemist built with Squarespace (7.1).
 */
const tTitle = 'Travel Clinic';
const tIntro = [
  j(
    'Planning a trip abroad? Our pharmacists can check which vaccinations and antimalarials you need for your destination, give',
    'most jabs on the spot and send you away with a written record for your travel documents.',
  ),
  j(
    'Please book your first appointment at least six to eight weeks before you travel. Some courses, such as rabies and hepatitis B,',
    'need three doses over several weeks, and a few countries ask for proof of yellow fever vaccination at the border.',
  ),
];
const tSteps = [
  'Fill in our short online travel questionnaire with your destinations, dates and medical history.',
  'One of our travel pharmacists reviews it and calls you if anything needs checking.',
  'Come in for your 20-minute consultation in our private room and have your first vaccines.',
  'We book any follow-up doses before you leave the pharmacy.',
];
const tRows = [
  ['Hepatitis A', '2', '£55 per dose'],
  ['Typhoid (injection)', '1', '£40'],
  ['Rabies', '3', '£70 per dose'],
  ['Japanese encephalitis', '2', '£95 per dose'],
  ['Yellow fever (with certificate)', '1', '£80'],
];
const tMalaria = j(
  'Antimalarial tablets are supplied after the consultation where they are suitable for you. Prices depend on the tablet and the',
  'length of your trip; your pharmacist will give you a quote before anything is dispensed.',
);
const tCancel = j(
  'Consultations cost £15, which is taken off the price of any vaccines you have on the day. If you cannot make your appointment,',
  'please give us 24 hours&#39; notice so that we can offer the slot to someone else.',
);
const tHeads = ['How it works', 'Vaccines and prices', 'Antimalarials', 'Cancellations'];
const tNav = ['Home', 'Services', 'Travel Clinic', 'Prescriptions', 'Shop', 'About Us', 'Contact'];
const tSide = ['Opening Hours', 'Mon–Fri 8:30am – 6:30pm', 'Saturday 9am – 1pm', 'Sunday Closed'];
const tFoot = ['Privacy Policy', 'Complaints', 'Accessibility'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Travel Clinic – Harrowgate Lane Pharmacy</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://harrowgatelanepharmacy.co.uk/travel-clinic/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Travel Clinic",
"isPartOf":{"@id":"https://harrowgatelanepharmacy.co.uk/#website"}},{"@type":"Pharmacy","name":"Harrowgate Lane Pharmacy",
"telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style></head>
<body class="page-template-default page page-id-212 wp-custom-logo ast-page-builder-template ast-no-sidebar elementor-default elementor-page
elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar"><div class="ast-builder-html-element">
<p>Call us on 01632 960 418 &nbsp;|&nbsp; NHS services available</p></div></div></div>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-builder-grid-row"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/04/hlp-logo.png" class="custom-logo"
alt="Harrowgate Lane Pharmacy"></a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(tNav, 'menu-item menu-item-type-post_type')}
</ul></div></nav><div class="ast-button-wrap"><button class="menu-toggle main-header-menu-toggle" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-212 page type-page status-publish ast-article-single" id="post-212">
<header class="entry-header ast-no-thumbnail ast-header-without-markup"></header><div class="entry-content clear">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${tTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(tIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/travel-questionnaire/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Start your travel questionnaire</span></span></a></div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ol>${lis(tSteps)}</ol></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table>
<thead><tr><th>Vaccine</th><th>Doses</th><th>Price</th></tr></thead><tbody>${trs(tRows)}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${tMalaria}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${tHeads[3]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${tCancel}</p></div></div>
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-icon-box"><div class="elementor-widget-container"><div class="elementor-icon-box-wrapper">
<h3 class="elementor-icon-box-title"><span>${tSide[0]}</span></h3><p class="elementor-icon-box-description">${tSide.slice(1).join('<br>')}</p></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container">
<img src="/wp-content/uploads/2023/04/consultation-room.jpg" alt="Our private consultation room"></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="text-2" class="widget widget_text"><h2 class="widget-title">Harrowgate Lane Pharmacy</h2><div class="textwidget">
<p>14 Harrowgate Lane, Stockmere SK9 4TD</p><p>GPhC registered pharmacy no. 9011427. Superintendent pharmacist: Anil Dorsett.</p></div></section>
</aside></div><div class="site-footer-primary-section-2 site-footer-section"><nav class="footer-navigation"><ul id="astra-footer-menu" class="ast-nav-menu">
${links(tFoot, 'menu-item')}</ul></nav></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2025 Harrowgate Lane Pharmacy | Powered by Harrowgate Lane Pharmacy</p>
</div></div></footer></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom"
role="note" aria-label="GDPR Cookie Banner"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-content">
<p>We are using cookies to give you the best experience on our website.</p></div><div class="moove-gdpr-button-holder">
<button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button><button class="mgbutton moove-gdpr-infobar-reject-btn">Reject</button>
<button class="mgbutton moove-gdpr-infobar-settings-btn change-settings-button">Settings</button></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body></html>`;
const travel: TestPage = {
  name: 'heldout570-astra-travel-clinic',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tSteps, ...rowTexts(tRows), tMalaria, tCancel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us on 01632 960 418 | NHS services available', ...tNav.filter((t) => t !== tTitle), 'Main Menu',
    'Start your travel questionnaire', ...tSide, 'Harrowgate Lane Pharmacy', '14 Harrowgate Lane, Stockmere SK9 4TD',
    'GPhC registered pharmacy no. 9011427. Superintendent pharmacist: Anil Dorsett.', ...tFoot,
    'Copyright © 2025 Harrowgate Lane Pharmacy | Powered by Harrowgate Lane Pharmacy',
    'We are using cookies to give you the best experience on our website.', 'Accept', 'Reject', 'Settings',
  ],
};

const fTitle = 'Book your flu jab';
const fBody = [
  j('Our autumn flu clinics are now open. Walk-ins are welcome on Tuesday and Thursday mornings, but booking a slot below means you', 'will not have to wait.'),
  'Free on the NHS if you are 65 or over, pregnant, a carer, or living with a long-term health condition.',
  'Private flu jabs for everyone else aged 18 and over cost £16.',
  j(
    'The jab takes about five minutes. Please wear a top with loose sleeves and let us know if you have ever had a reaction to a vaccine',
    'or have an allergy to eggs.',
  ),
];
const fNav = ['Services', 'Book a flu jab', 'Our team', 'Find us'];
const fForm = ['Name', 'First Name', 'Last Name', 'Email', 'Date of birth', 'Preferred day', 'Are you eligible for a free NHS flu jab?', 'Submit'];
const fHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Book a flu jab — Pellow &amp; Daughters Chemist</title><link rel="canonical" href="https://www.pellowchemist.co.uk/book-a-flu-jab"/>
<meta property="og:site_name" content="Pellow &amp; Daughters Chemist"/><meta property="og:title" content="Book a flu jab — Pellow &amp; Daughters Chemist"/>
<meta property="og:type" content="website"/><meta itemprop="name" content="Book a flu jab — Pellow &amp; Daughters Chemist"/>
<script type="application/ld+json">{"url":"https://www.pellowchemist.co.uk","name":"Pellow & Daughters Chemist","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Pellow & Daughters Chemist","address":"2 Quay Street\\nPorthwenna, TR19 6JL","@context":"http://schema.org",
"@type":"LocalBusiness","openingHours":"Mo 09:00-17:30, Tu 09:00-17:30"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Pellow & Daughters Chemist"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/28/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"/></head>
<body id="collection-65f0c1a2" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-transparent-header
tweak-blog-alternating-side-by-side-width-full form-field-style-solid form-use-theme-colors">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Pharmacy First: see us about earache, sore throat and more —
no GP appointment needed.</p></div></div><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">Pellow &amp; Daughters</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${fNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="tel:01632960772">Call 01632 960772</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f0c1a2">
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle light"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-65f0c1a3"><div class="fe-block fe-block-a1"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${fTitle}</h1>
${ps(fBody.slice(0, 1), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${fBody
  .slice(1, 3)
  .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
  .join('\n')}</ul>
${ps(fBody.slice(3), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-a2"><div class="sqs-block form-block sqs-block-form" data-block-type="9"><div class="sqs-block-content">
<div class="form-wrapper"><div class="form-inner-wrapper"><form data-form-id="65f0c1f9" autocomplete="on" method="POST" novalidate>
<div class="field-list clear"><fieldset id="name-yui" class="form-item fields name required"><legend class="title">${fForm[0]}
<span class="required" aria-hidden="true">*</span></legend><div class="field first-name"><label class="caption"><span class="caption-text">${fForm[1]}</span>
<input class="field-element field-control" name="fname" type="text" spellcheck="false" maxlength="30" aria-required="true"></label></div>
<div class="field last-name"><label class="caption"><span class="caption-text">${fForm[2]}</span>
<input class="field-element field-control" name="lname" type="text" spellcheck="false" maxlength="30" aria-required="true"></label></div></fieldset>
<div id="email-yui" class="form-item field email required"><label class="title" for="email-yui-field">${fForm[3]}
<span class="required" aria-hidden="true">*</span></label><input class="field-element" id="email-yui-field" name="email" type="email"></div>
<div id="date-yui" class="form-item fields date"><legend class="title">${fForm[4]}</legend><input class="field-element" type="text"
placeholder="DD/MM/YYYY"></div>
<div id="select-yui" class="form-item field select"><label class="title" for="select-yui-field">${fForm[5]}</label><select id="select-yui-field">
<option value="Tuesday">Tuesday</option><option value="Thursday">Thursday</option><option value="Saturday">Saturday</option></select></div>
<div id="radio-yui" class="form-item field radio"><div class="title" id="radio-yui-title">${fForm[6]}</div>
<div class="option"><label><input type="radio" name="radio-yui-field" value="Yes">Yes</label></div>
<div class="option"><label><input type="radio" name="radio-yui-field" value="No">No</label></div></div></div>
<div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Submit">${fForm[7]}</button></div>
<div class="hidden form-submission-text">Thank you! We will email you to confirm your slot.</div></form></div></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section"><div class="content-wrapper">
<div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Pellow &amp; Daughters Chemist</h3><p class="" style="white-space:pre-wrap;">2 Quay Street, Porthwenna, TR19 6JL</p>
<p class="" style="white-space:pre-wrap;">Mon–Sat 9am–5:30pm</p><p class="" style="white-space:pre-wrap;">GPhC 1140982</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">
<a href="https://www.facebook.com/pellowchemist" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></nav></div></div>
</div></div></section></footer></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-form-b5e8f2-min.en-US.js"></script>
<script data-name="static-context">Static.COOKIE_BANNER_CAPABLE = true;</script></body></html>`;
const fluJab: TestPage = {
  name: 'heldout570-squarespace-flu-jab',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pharmacy First: see us about earache, sore throat and more — no GP appointment needed.', 'Skip to Content', 'Pellow & Daughters',
    ...fNav, 'Call 01632 960772', ...fForm, 'Yes', 'No', 'Pellow & Daughters Chemist',
    '2 Quay Street, Porthwenna, TR19 6JL', 'Mon–Sat 9am–5:30pm', 'GPhC 1140982',
  ],
};

export const HELDOUT570_A: readonly TestPage[] = [tidy(travel), tidy(fluJab)];
