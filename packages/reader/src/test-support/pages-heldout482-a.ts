import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, outside, pick } from './pages-heldout482-kit.js';

/**
 * Held-out batch 482, file a: a food bank's winter appeal page on WordPress (Astra theme) with a GiveWP donation form and a
 * Complianz cookie banner, and a volunteer page on Squarespace 7.1 with its announcement bar and a form block.
 */
const aTitle = 'Winter Appeal: help us pack 4,000 food parcels before January';
const aBody = [
  j(
    'Every winter the number of people coming to Kelbrook Valley Food Bank rises by about a third. Heating bills go up, seasonal',
    'work ends and the last weeks before Christmas are the hardest for families who are already stretched.',
  ),
  j(
    'Last December we handed out 3,412 emergency food parcels from our four centres in Kelbrook, Ashby Moor, Lenton Bridge and',
    'Holme Cross. This year we expect to need at least 4,000, and our shelves are already emptier than they were twelve months ago.',
  ),
  'Where your gift goes',
  j(
    'Most of the food we give out is donated by people in the valley, but donations do not always match what we run short of.',
    'Money lets us buy the things that run out first: tinned meat, UHT milk, tinned fruit, coffee and toiletries.',
  ),
  '<strong>£15</strong> buys the tinned meat and fish for three parcels',
  '<strong>£30</strong> pays for a week of fresh bread and milk at our Lenton Bridge centre',
  '<strong>£60</strong> covers a family parcel with a fuel top-up voucher',
  '<strong>£250</strong> keeps our delivery van on the road for a month',
  'Give food instead',
  j(
    'If you would rather give food, our most needed items this month are tinned meat, tinned tomatoes, long-life juice, rice',
    'pudding, instant coffee, shampoo and washing-up liquid. Drop them at any of our centres or in the red crates at Fenwick',
    'Stores in Kelbrook and Holme Cross.',
  ),
  j(
    '"Last year a man came in who had not eaten properly for four days because he had used his last money on the gas meter.',
    'We could give him a parcel and a fuel voucher the same afternoon. That is what your gifts make possible." – Margaret Oduya,',
    'centre coordinator, Ashby Moor',
  ),
  'Gift Aid',
  j(
    'If you are a UK taxpayer, tick the Gift Aid box on the form and we can claim an extra 25p for every £1 you give, at no cost',
    'to you. Gift Aid on last winter\u2019s appeal paid for more than 300 parcels.',
  ),
];
const aNav = ['Get help', 'Donate', 'Volunteer', 'Our centres', 'News', 'About us'];
const aCrumbs = ['Home', 'Donate'];
const aAmounts = ['£15', '£30', '£60', '£250', 'Custom amount'];
const aFootQuick = ['Find a centre', 'Referral agencies', 'Fundraise for us', 'Corporate partners', 'Privacy policy'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Winter Appeal 2026 - Kelbrook Valley Food Bank</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://kelbrookfoodbank.org.uk/winter-appeal/">
<meta property="og:type" content="article"><meta property="og:title" content="Winter Appeal 2026 - Kelbrook Valley Food Bank">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kelbrookfoodbank.org.uk/winter-appeal/","name":"Winter Appeal 2026 - Kelbrook Valley Food Bank","datePublished":"2026-11-02T09:00:00+00:00"},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Donate"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="give-styles-css" href="/wp-content/plugins/give/assets/dist/css/give.css?ver=3.4.2" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-title{font-size:2.4rem}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-214 ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post give-recurring">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemscope itemtype="https://schema.org/WPHeader"><div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
<div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img">
<a href="/" class="custom-logo-link" rel="home"><img width="220" height="64" src="/wp-content/uploads/2024/03/kvfb-logo.png" class="custom-logo"
alt="Kelbrook Valley Food Bank"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow
ast-nav-menu ast-flex submenu-with-border">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div>
<div class="ast-header-button-1"><a class="ast-custom-button-link" href="/donate/"><div class="ast-custom-button">Donate now</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail
breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items">${links(aCrumbs, 'trail-item')}<li class="trail-item trail-end"><span>Winter Appeal</span>
</li></ul></div></nav></div></div>
<main id="main" class="site-main"><article class="post-214 page type-page status-publish has-post-thumbnail ast-article-single" id="post-214"
itemtype="https://schema.org/CreativeWork" itemscope><header class="entry-header ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
</header><div class="entry-content clear" itemprop="text">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/10/warehouse-shelves.jpg" alt="Volunteers stacking tins">
<figcaption class="wp-element-caption">Volunteers restocking the Kelbrook warehouse in October.</figcaption></figure>
${ps(pick(aBody, 0, 1))}
<h2 class="wp-block-heading">${at(aBody, 2)}</h2>${ps([at(aBody, 3)])}
<ul class="wp-block-list">${lis(pick(aBody, 4, 5, 6, 7))}</ul>
<div class="give-form-wrap give-display-onpage" id="give-form-214-wrap"><form id="give-form-214-1" class="give-form give-form-214" action="/winter-appeal/"
method="post"><input type="hidden" name="give-form-id" value="214"><div class="give-total-wrap"><div class="give-donation-amount form-row-wide">
<span class="give-currency-symbol give-currency-position-before">£</span><label class="give-hidden" for="give-amount">Donation Amount:</label>
<input class="give-text-input give-amount-top" id="give-amount" name="give-amount" type="text" value="30.00"></div></div>
<ul id="give-donation-level-button-wrap" class="give-donation-levels-wrap give-list-inline">${aAmounts
  .map((t) => `<li><button type="button" class="give-donation-level-btn give-btn">${t}</button></li>`)
  .join('\n')}</ul>
<fieldset id="give-gift-aid"><legend>Boost your donation by 25% with Gift Aid</legend><label><input type="checkbox" name="give_gift_aid_accept">
Yes, I would like Kelbrook Valley Food Bank to claim Gift Aid on my donation</label></fieldset>
<div class="give-submit-button-wrap give-clearfix"><input type="submit" class="give-submit give-btn" value="Donate Now"></div></form></div>
<h2 class="wp-block-heading">${at(aBody, 8)}</h2>${ps([at(aBody, 9)])}
<blockquote class="wp-block-quote"><p>${at(aBody, 10)}</p></blockquote>
<h2 class="wp-block-heading">${at(aBody, 11)}</h2>${ps([at(aBody, 12)])}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/our-centres/">Find your nearest
centre</a></div></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area"
aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Contact us</h2>
<p>Unit 4, Millrace Yard, Kelbrook KB3 7TN</p><p>01632 960 418</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section class="widget widget_nav_menu"><h2 class="widget-title">Quick links</h2><ul class="menu">${links(aFootQuick, 'menu-item')}</ul></section>
</aside></div></div></div><div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Kelbrook Valley Food Bank.
Registered charity no. 1187342</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="give-js-extra">var give_global_vars={"currency":"GBP","currency_sign":"\\u00a3"};</script>
<script src="/wp-content/plugins/give/assets/dist/js/give.js?ver=3.4.2" id="give-js"></script></body></html>`;
const appeal: TestPage = {
  name: 'heldout482-astra-give-appeal',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: pick(aBody, 2, 8, 11),
  body: texts(aBody.filter((_, i) => ![2, 8, 11].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([aTitle, ...aBody], [
    'Skip to content', ...aNav, 'Donate now', 'Home', 'Winter Appeal', 'Volunteers restocking the Kelbrook warehouse in October.', '£',
    'Donation Amount:', ...aAmounts, 'Boost your donation by 25% with Gift Aid', 'Yes, I would like Kelbrook Valley Food Bank to claim Gift Aid on my donation',
    'Find your nearest centre', 'Contact us', 'Unit 4, Millrace Yard, Kelbrook KB3 7TN', '01632 960 418', 'Quick links', ...aFootQuick,
    'Copyright © 2026 Kelbrook Valley Food Bank. Registered charity no. 1187342', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ]),
};

const sTitle = 'Volunteer with us';
const sBody = [
  j(
    'Northgate Community Pantry is run almost entirely by volunteers. About 140 people give their time each month, from students',
    'filling a few hours between lectures to retired neighbours who have been with us since we opened in a church hall in 2015.',
  ),
  'Ways to help',
  'Pantry shifts',
  j(
    'Welcome shoppers, restock the shelves and help at the checkout table. Shifts run Tuesday and Thursday evenings from 5 to 8 pm',
    'and Saturday mornings from 9 am to 12.30 pm.',
  ),
  'Warehouse and sorting',
  j(
    'Check dates, sort donations into categories and pack the Friday delivery crates. This is the right role if you like to be busy',
    'and would rather not be on the front desk. Some lifting is involved.',
  ),
  'Delivery drivers',
  j(
    'Take crates to people who cannot get to the pantry, usually on Friday afternoons. You will need your own car, a clean licence',
    'and about three hours every other week.',
  ),
  'Before your first shift',
  'Fill in the short form below and we will get back to you within a week.',
  'Come to a 45-minute welcome session on the first Monday of the month at 6 pm.',
  'Pick your shifts in our rota app. There is no minimum commitment.',
  j(
    'Volunteers must be 16 or over; 14 and 15 year olds can help at the Saturday sorting sessions with a parent. Groups from',
    'schools and workplaces are welcome on sorting days, for up to eight people at a time.',
  ),
];
const sNav = ['Get food', 'Give', 'Volunteer', 'About', 'Contact'];
const sFields = ['Name', 'First Name', 'Last Name', 'Email', 'Which roles interest you?', 'Anything else we should know?'];
const sFoot = ['Northgate Community Pantry', '22 Wharf Street, Northgate', 'hello@northgatepantry.org', 'Instagram', 'Facebook'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Volunteer &mdash; Northgate Community Pantry</title><link rel="canonical" href="https://www.northgatepantry.org/volunteer">
<meta property="og:site_name" content="Northgate Community Pantry"><meta property="og:title" content="Volunteer &mdash; Northgate Community Pantry">
<meta property="og:type" content="website"><meta itemprop="name" content="Volunteer — Northgate Community Pantry">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"pageType":2,"collectionId":"6512ab"};</script>
<script type="application/ld+json">{"url":"https://www.northgatepantry.org","name":"Northgate Community Pantry","@context":"http://schema.org",
"@type":"WebSite"}</script><link href="//static1.squarespace.com/static/versioned-site-css/6512aa/12/5c5a519771c10ba3470d8101/6512aa/1520/site.css"
rel="stylesheet" type="text/css"></head>
<body id="collection-6512ab" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid form-use-theme-colors
view-item collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div
class="sqs-announcement-bar-text"><p>The pantry is closed on Saturday 14 December for our annual stocktake.</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid
header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">Northgate
Pantry</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/give">Donate</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6512ab01">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark" data-section-id="6512ab02">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/6512aa/volunteers.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-6512ab03"><div class="fe-block fe-block-yui_3_17_2_1_1699"><div
class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1699"><div class="sqs-block-content"><div
class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${at(sBody, 0)}</p>
</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--narrow" data-section-id="6512ab04"><div class="content-wrapper"><div class="content"><div class="fluid-engine
fe-6512ab05"><div class="fe-block fe-block-yui_3_17_2_1_1702"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(sBody, 1)}</h2>
<h3 style="white-space:pre-wrap;">${at(sBody, 2)}</h3><p style="white-space:pre-wrap;">${at(sBody, 3)}</p>
<h3 style="white-space:pre-wrap;">${at(sBody, 4)}</h3><p style="white-space:pre-wrap;">${at(sBody, 5)}</p>
<h3 style="white-space:pre-wrap;">${at(sBody, 6)}</h3><p style="white-space:pre-wrap;">${at(sBody, 7)}</p>
<h2 style="white-space:pre-wrap;">${at(sBody, 8)}</h2><ol data-rte-list="default">${lis(pick(sBody, 9, 10, 11).map((t) => `<p>${t}</p>`))}</ol>
<p style="white-space:pre-wrap;">${at(sBody, 12)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1705"><div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1705">
<div class="sqs-block-content"><div class="form-wrapper"><div class="form-title">Volunteer sign-up</div><div class="form-inner-wrapper">
<form data-form-id="6512ab06" autocomplete="on" method="POST" novalidate><div class="field-list clear"><fieldset id="name-yui_1" class="form-item fields
name required"><legend class="title">${at(sFields, 0)} <span class="required">*</span></legend><div class="field first-name"><label class="caption">
<input class="field-element field-control" name="fname" type="text" required><span class="caption-text">${at(sFields, 1)}</span></label></div>
<div class="field last-name"><label class="caption"><input class="field-element field-control" name="lname" type="text"><span
class="caption-text">${at(sFields, 2)}</span></label></div></fieldset><div id="email-yui_2" class="form-item field email required"><label
class="title" for="email-yui_2-field">${at(sFields, 3)} <span class="required">*</span></label><input class="field-element" id="email-yui_2-field"
name="email" type="email"></div><div id="select-yui_3" class="form-item field select"><label class="title" for="select-yui_3-field">${at(sFields, 4)}
</label><select id="select-yui_3-field" name="select"><option value="Pantry shifts">Pantry shifts</option><option value="Warehouse">Warehouse and
sorting</option><option value="Driving">Delivery drivers</option></select></div><div id="textarea-yui_4" class="form-item field textarea"><label
class="title" for="textarea-yui_4-field">${at(sFields, 5)}</label><textarea class="field-element" id="textarea-yui_4-field"></textarea></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit">Send</button></div></form></div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small"><div class="content-wrapper"><div class="content"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(pick(sFoot, 0, 1, 2), ' style="white-space:pre-wrap;"')}</div></div></div></div><div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block
sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav class="sqs-svg-icon--list">${pick(sFoot, 3, 4)
  .map((t) => `<a href="https://www.${t.toLowerCase()}.com/northgatepantry" class="sqs-svg-icon--wrapper"><div><span>${t}</span></div></a>`)
  .join('')}</nav></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const volunteer: TestPage = {
  name: 'heldout482-squarespace-volunteer',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: pick(sBody, 1, 2, 4, 6, 8),
  body: texts(sBody.filter((_, i) => ![1, 2, 4, 6, 8].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([sTitle, ...sBody], [
    'Skip to Content', 'The pantry is closed on Saturday 14 December for our annual stocktake.', 'Northgate Pantry', ...sNav,
    'Donate', 'Volunteer sign-up', ...sFields, 'Send', ...sFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ]),
};

export const HELDOUT482_A: readonly TestPage[] = [appeal, volunteer];
