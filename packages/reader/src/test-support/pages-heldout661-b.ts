import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, page, rowText, tr } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file b: a motorbike servicing price page on Squarespace 7.1, and a short MOT page of a one-man
 * motorcycle workshop built with Wix.
 */
const sTitle = 'Motorcycle servicing prices';
const sIntro = [
  j(
    'Every service at Brackwater Motorcycles is carried out to the manufacturer’s schedule, so your warranty stays valid. Prices below',
    'include labour, oil, filters and VAT. Parts beyond the standard kit are quoted before we fit them.',
  ),
  'Not sure which service your bike needs? Send us the make, model and mileage and we will tell you.',
];
const sH = ['Service menu', 'Extras', 'Collection and delivery'];
const sHead = ['Service', 'Up to 500 cc', '501 cc and over'];
const sRows = [
  ['Interim service (oil, filter, safety check)', '£95', '£125'],
  ['Full service (plugs, air filter, brake fluid)', '£189', '£245'],
  ['Major service (valve clearances checked)', '£320', 'from £420'],
  ['Electric motorcycle service', '£110', '£140'],
];
const sExtras = [
  ['Tyre fitting, per wheel (off-bike wheels half price)', '£25'],
  ['Chain and sprocket kit fitting', '£60'],
  ['Fork seal replacement, pair', '£140'],
];
const sCollect = [
  j(
    'We collect and return bikes within 15 miles of the workshop for £40 return, using an enclosed van. Book at least three working',
    'days ahead. Bikes that are not road legal can be collected too.',
  ),
];
const sNav = ['Home', 'Sales', 'Servicing', 'MOT', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Servicing Prices — Brackwater Motorcycles</title>
<link rel="canonical" href="https://www.brackwatermotorcycles.example/servicing"><meta property="og:site_name" content="Brackwater Motorcycles">
<meta name="description" content="Fixed prices for interim, full and major motorcycle services in Brackwater.">
<script type="text/javascript" src="//use.typekit.net/ik/abc.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101",
"website":{"siteTitle":"Brackwater Motorcycles"}};</script>
<script type="application/ld+json">{"url":"https://www.brackwatermotorcycles.example","name":"Brackwater Motorcycles","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Brackwater Motorcycles Ltd","address":"Mill Lane, Brackwater","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/63f/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f1a" class="primary-button-style-solid header-layout-nav-right tweak-transparent-header-enabled form-field-style-solid
header-overlay-alignment-center tweak-global-animations-enabled">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles="{&quot;layout&quot;:&quot;navRight&quot;}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="Brackwater Motorcycles"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a service</a></div>
</div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1a">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle has-background dark" data-section-id="63f1b"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1b"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1677"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--medium horizontal-alignment--center vertical-alignment--middle white" data-section-id="63f1c"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f1c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1678"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH[0]}</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1679"><div class="sqs-block-content">
<table class="price-table"><thead><tr>${sHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${sRows.map(tr).join('\n')}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1680"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH[1]}</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-yui_3_17_2_1_1681"><div class="sqs-block-content"><table class="price-table">
<tbody>${sExtras.map(tr).join('\n')}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1682"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH[2]}</h2>${ps(sCollect, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1683"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book online</a></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Brackwater Motorcycles</h3>
<p class="" style="white-space:pre-wrap;">Mill Lane, Brackwater, BR7 2LN</p><p class="" style="white-space:pre-wrap;">Mon–Fri 8:30–17:30, Sat 9:00–13:00</p>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><a href="https://www.instagram.com/" class="sqs-svg-icon--wrapper instagram-unauth" target="_blank" aria-label="Instagram">
</a></nav>
</div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">© 2027 Brackwater Motorcycles Ltd. Registered in England No. 10448213.</p></div></div></div></div></div></div></div>
</div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-display-type--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const prices: TestPage = page({
  name: 'heldout661-squarespace-moto-service-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sRows.map(rowText), ...sExtras.map(rowText), ...sCollect]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a service', 'Book online', 'Brackwater Motorcycles', 'Mill Lane, Brackwater, BR7 2LN',
    'Mon–Fri 8:30–17:30, Sat 9:00–13:00',
    '© 2027 Brackwater Motorcycles Ltd. Registered in England No. 10448213.', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

const wTitle = 'MOT testing for motorcycles';
const wBody = [
  j(
    'We are a DVSA-approved test centre for Class 1 and 2 motorcycles, including scooters, trikes under 450 kg and electric bikes.',
    'The test takes about 45 minutes and you are welcome to wait and watch.',
  ),
  'The fee is £29.65. If your bike fails, we will retest it free of charge within 10 working days when the repair is done here.',
  'Bring your V5C or the registration number, and make sure the lights, horn and number plate work before you arrive.',
];
const wNav = ['Home', 'Repairs', 'MOT', 'Gallery', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>MOT | Deano's Bike Garage</title>
<meta name="description" content="Motorcycle MOT testing in Fenwold, Class 1 and 2. Book by phone.">
<meta property="og:title" content="MOT | Deano's Bike Garage"><meta property="og:site_name" content="Deano's Bike Garage">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a1b2c3","siteRevision":41},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#111;}#comp-l5x2 .font_2{font-size:42px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" class="">
<div id="comp-l5x0" class="KaEeLN comp-l5x0 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">Deano's Bike Garage</span></p></div>
<nav id="comp-l5x1" class="StylableHorizontalMenu3372578893 wixui-horizontal-menu" aria-label="Site"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li class="item"><a data-testid="linkElement" href="https://deanosbikes.example/${t.toLowerCase()}" class="itemLink">
<span class="label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-l5x2" class="xuzjBY comp-l5x2 wixui-section" tabindex="-1"><div data-mesh-id="comp-l5x2inlineContent" class="">
<div id="comp-l5x3" class="KaEeLN comp-l5x3 wixui-rich-text" data-testid="richTextElement"><h1 class="font_2 wixui-rich-text__text"><span
class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-l5x4" class="KaEeLN comp-l5x4 wixui-rich-text" data-testid="richTextElement">
${ps(wBody, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-l5x5" class="comp-l5x5 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="tel:01632960418"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Call 01632 960418 to book</span></a></div>
<div id="comp-l5x6" class="MW5IWV comp-l5x6 wixui-image"><img src="https://static.wixstatic.com/media/mot-bay.jpg" alt="MOT bay"></div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-l5x7" class="KaEeLN comp-l5x7 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Unit 9, Old Dairy Estate,
Fenwold FW3 8JD</p><p class="font_9 wixui-rich-text__text">© 2027 by Deano's Bike Garage. Proudly created with Wix.com</p></div></div></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const mot: TestPage = page({
  name: 'heldout661-wix-moto-mot',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: [],
  furniture: [
    "Deano's Bike Garage",
    ...wNav,
    'Call 01632 960418 to book',
    'Unit 9, Old Dairy Estate, Fenwold FW3 8JD',
    "© 2027 by Deano's Bike Garage. Proudly created with Wix.com",
  ],
});

export const HELDOUT661_B: readonly TestPage[] = [prices, mot];
