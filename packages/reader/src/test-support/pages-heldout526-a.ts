import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file a: a farm shop's opening hours and produce page on WordPress (Astra theme) with a widget sidebar,
 * and a pick-your-own crop calendar on Squarespace 7.1 with an announcement bar and a newsletter block.
 */
const hTitle = 'Opening Hours & What’s in the Shop';
const hIntro = [
  j(
    'The farm shop at Nettlecombe Barns is open six days a week, all year round. Everything on our shelves is grown on the farm',
    'or comes from a producer within thirty miles, and we label where each thing comes from.',
  ),
  'We close on Mondays so the team can get the week’s picking and baking done.',
];
const hRows = [
  ['Tuesday to Friday', '9am – 5.30pm'],
  ['Saturday', '8.30am – 5pm'],
  ['Sunday', '10am – 4pm'],
  ['Monday', 'Closed'],
];
const hHolidays = j(
  'Bank holiday Mondays we open 10am – 4pm. Over Christmas we close at 1pm on Christmas Eve and reopen on 2 January;',
  'turkey and goose collection times are sent with your order confirmation.',
);
const hProduce = [
  '<strong>Vegetables:</strong> potatoes, leeks, kale, squash and salad leaves from our own fields.',
  '<strong>Meat:</strong> Hereford beef and Oxford Sandy and Black pork, hung and butchered on site.',
  '<strong>Dairy:</strong> raw milk from the vending machine, butter and cheeses from Holloway Dairy.',
  '<strong>Bakery:</strong> sourdough, fruit loaves and pasties baked every morning from 7am.',
  '<strong>Larder:</strong> honey, chutneys, rapeseed oil and flour milled at Pennick Mill.',
];
const hParking = j(
  'There is free parking for 40 cars in the yard, with two disabled spaces by the shop door. Dogs on leads are welcome in the',
  'shop; please keep them out of the café.',
);
const hNav = ['Home', 'Farm Shop', 'Butchery', 'Café', 'Pick Your Own', 'Events', 'Contact'];
const hSide = ['Asparagus is here!', 'Christmas orders now open', 'Meet our new butcher'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opening Hours &amp; What&#8217;s in the Shop &#8211; Nettlecombe Barns Farm Shop</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css"
href="https://nettlecombebarns.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Lato',sans-serif;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Opening Hours"},
{"@type":"LocalBusiness","name":"Nettlecombe Barns Farm Shop","openingHours":"Tu-Fr 09:00-17:30"}]}</script>
<script src="https://nettlecombebarns.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope" class="page-template-default page page-id-42 ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="220" height="80" src="/wp-content/uploads/2023/02/logo.png" class="custom-logo" alt="Nettlecombe Barns Farm Shop"></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1" id="primary-site-navigation"
aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(hNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemscope>
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${esc(hTitle)}</h1></header>
<div class="entry-content clear" itemprop="text">
${ps(hIntro)}
<h2 class="wp-block-heading">Shop opening hours</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Day</th><th>Hours</th></tr></thead><tbody>${trs(hRows)}</tbody></table></figure>
<p>${hHolidays}</p>
<h2 class="wp-block-heading">What’s in the shop</h2>
<ul class="wp-block-list">${lis(hProduce)}</ul>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/05/shop-shelves.jpg" alt="">
<figcaption class="wp-element-caption">The veg shelves on a Saturday morning in May.</figcaption></figure>
<h2 class="wp-block-heading">Parking and dogs</h2>
<p>${hParking}</p>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="block-4" class="widget widget_block"><h2 class="widget-title">Find us</h2><p>Nettlecombe Barns, Holloway Lane, Nettlecombe NT4 7RB</p>
<p>01632 960 418</p></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Farm news</h2><ul>${links(hSide)}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container">
<div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">
Copyright © 2025 Nettlecombe Barns Farm Shop | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":""};</script></body></html>`;
const hoursPage: TestPage = {
  name: 'heldout526-farm-shop-hours-astra',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Shop opening hours', 'What’s in the shop', 'Parking and dogs'],
  body: [...hIntro, ...rowTexts(hRows), hHolidays, ...texts(hProduce), hParking],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', 'Home', 'Butchery', 'Pick Your Own', 'Events', 'Contact', 'The veg shelves on a Saturday morning in May.', 'Find us',
    'Nettlecombe Barns, Holloway Lane, Nettlecombe NT4 7RB', '01632 960 418', 'Farm news', ...hSide,
    'Copyright © 2025 Nettlecombe Barns Farm Shop | Powered by Astra WordPress Theme',
  ],
};

const pTitle = 'Pick Your Own Crop Calendar';
const pDek = 'Dates are a guide only. Weather moves everything, so check the “Picking today” board on our homepage before you set off.';
const pRows = [
  ['Strawberries', 'Late May – September', 'Everbearers in the tunnels run right through to the first frost'],
  ['Raspberries', 'July – October', 'Summer fruiting in July, autumn canes from late August'],
  ['Gooseberries', 'Late June – July', 'Bring gloves'],
  ['Redcurrants & blackcurrants', 'July', 'Short season, usually three weeks'],
  ['Broad beans', 'June – July', ''],
  ['Sweetcorn', 'August – September', 'Pick by the cob, priced each'],
  ['Pumpkins', 'October', 'Pumpkin patch weekends only, booking needed'],
];
const pHow = [
  j(
    'Pay at the hut by the top gate: we weigh your punnets when you leave. Punnets are free, or bring your own clean containers',
    'and we will weigh them first.',
  ),
  'Children are very welcome but must stay with an adult in the fields. Please do not eat fruit before it has been weighed.',
  'The fields close an hour before the shop. Last entry to the pumpkin patch is 3pm.',
];
const pNav = ['Pick Your Own', 'Crop Calendar', 'Prices', 'Pumpkin Patch', 'Find Us'];
const pFoot = ['Instagram', 'Facebook', 'Privacy Policy'];
const pHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Crop Calendar — Brackenhill Fruit Farm</title>
<link rel="canonical" href="https://www.brackenhillfruit.example/crop-calendar"><meta property="og:site_name" content="Brackenhill Fruit Farm">
<meta property="og:title" content="Crop Calendar — Brackenhill Fruit Farm"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.brackenhillfruit.example","name":"Brackenhill Fruit Farm",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101",
"websiteSettings":{"announcementBarSettings":{}}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1f" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><p>Strawberry fields are OPEN this weekend, 9am – 5pm</p></div>
<span class="sqs-announcement-bar-close" tabindex="0" role="button"><span class="sqs-announcement-bar-close-icon"></span></span></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-logo"><a href="/"><img src="//images.squarespace-cdn.com/content/v1/logo.png" alt="Brackenhill Fruit Farm">
</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${pNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/prices">Today’s Prices</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${pTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${pDek}</p></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="crop-cal"><thead><tr><th>Crop</th><th>When</th><th>Notes</th></tr></thead><tbody>${trs(pRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">How picking works</h3>
${ps(pHow, ' style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2>Get the picking report</h2>
<div class="newsletter-form-header-description"><p>One email a week in season, telling you what’s ripe.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Brackenhill Fruit Farm, Brackenhill Road, Oxley Green</p><p>${links(pFoot)}</p>
<p>© 2025 Brackenhill Fruit Farm</p></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const pyoCalendar: TestPage = {
  name: 'heldout526-pyo-calendar-squarespace',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['How picking works'],
  body: [pDek, ...rowTexts(pRows).map((t) => t.trim()), ...pHow],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Strawberry fields are OPEN this weekend, 9am – 5pm', 'Skip to Content', 'Prices', 'Find Us', 'Today’s Prices', 'Get the picking report',
    'One email a week in season, telling you what’s ripe.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Brackenhill Fruit Farm, Brackenhill Road, Oxley Green', ...pFoot, '© 2025 Brackenhill Fruit Farm',
  ],
};

export const HELDOUT526_A: readonly TestPage[] = [hoursPage, pyoCalendar];
