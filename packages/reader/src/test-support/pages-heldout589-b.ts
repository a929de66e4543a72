import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file b: a zero-waste store's price list per 100g on Squarespace 7.1 (fluid engine, tables in code
 * blocks) with a newsletter block and a cookie banner, and a short "how it works" page of a refill van on Wix.
 */
const qTitle = 'Price list';
const qIntro = [
  j(
    'All prices are per 100g unless marked otherwise and include VAT where it applies. Prices change with our suppliers\u2019,',
    'so the price on the bin in the shop is the one you pay. This list was checked on 1 May.',
  ),
];
const qDry = [
  ['Porridge oats (organic)', '£0.28'],
  ['Basmati rice', '£0.42'],
  ['Red split lentils', '£0.36'],
  ['Chickpeas', '£0.39'],
  ['Wholewheat penne', '£0.40'],
  ['Jumbo raisins', '£0.65'],
  ['Cashews (whole)', '£2.10'],
  ['Pumpkin seeds', '£1.25'],
];
const qOil = [
  ['Extra virgin olive oil', '£1.45'],
  ['Cold-pressed rapeseed oil', '£0.78'],
  ['Apple cider vinegar', '£0.52'],
  ['Tamari', '£1.90'],
];
const qClean = [
  ['Washing-up liquid', '£0.32'],
  ['Non-bio laundry liquid', '£0.41'],
  ['Hand soap (lavender)', '£0.74'],
  ['Shampoo bar', '£6.50 each'],
];
const qNote = j('Liquids are sold by weight too: 100ml of washing-up liquid weighs about 103g, so a 500ml bottle costs roughly £1.65 to fill.');
const qHeads = ['Dry goods', 'Oils and vinegars', 'Cleaning and body'];
const qNav = ['Shop', 'Price list', 'How it works', 'About', 'Contact'];
const table = (rows: readonly (readonly string[])[]): string =>
  `<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="price-table">
<thead><tr><th>Product</th><th>Per 100g</th></tr></thead><tbody>${trs(rows)}</tbody></table></div></div>`;
const html = (inner: string): string =>
  `<div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Price list &mdash; Weigh Station</title>
<link rel="canonical" href="https://www.weighstation.shop/price-list"><meta property="og:site_name" content="Weigh Station">
<meta property="og:title" content="Price list &mdash; Weigh Station"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1","siteTitle":"Weigh Station"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.weighstation.shop","name":"Weigh Station","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"8 Tanner Row, Ashby Moor","openingHours":"Tu 10:00-18:00, We 10:00-18:00","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-6431b" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-global-animations-enabled
tweak-blog-alternating-side-by-side-width-full header-overlay-alignment-center view-page page-collection-type-page">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-border" data-header-style="dynamic" data-header-border="false" data-test="header-border"></div>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/">Weigh Station</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"
viewBox="0 0 31 24"></svg><div class="icon-cart-quantity">0</div></span></a></div></div></div></div>
<div class="header-display-mobile" data-content-field="site-title"><div class="header-burger menu-overlay-has-visible-non-navigation-items"
data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button>
</div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6431b2f">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--top white" data-section-id="6431b2f0"><div class="content-wrapper"><div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6431b2f0">
${html(`<h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}`)}
${html(`<h2 style="white-space:pre-wrap;">${qHeads[0]}</h2>`)}${table(qDry)}
${html(`<h2 style="white-space:pre-wrap;">${qHeads[1]}</h2>`)}${table(qOil)}
${html(`<h2 style="white-space:pre-wrap;">${qHeads[2]}</h2>`)}${table(qClean)}
${html(`<p class="sqs-html-content-small" style="white-space:pre-wrap;"><em>${qNote}</em></p>`)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle light" data-section-id="6431b2f1"><div class="content-wrapper">
<div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6431b2f1"><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"
data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6431b2f2" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Hear about new stock first</h2><div class="newsletter-form-header-description"><p>One email a month. No spam.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div>
</form></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine">
${html('<h3 style="white-space:pre-wrap;">Weigh Station</h3><p style="white-space:pre-wrap;">8 Tanner Row, Ashby Moor</p>')}
${html('<h3 style="white-space:pre-wrap;">Hours</h3><p style="white-space:pre-wrap;">Tuesday to Saturday, 10am to 6pm</p>')}
${html('<p style="white-space:pre-wrap;"><a href="https://instagram.com/weighstation">Instagram</a></p>')}
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-content-container" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide a better shopping experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout589-squarespace-price-list',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([...qIntro, ...qDry.map(rowText), ...qOil.map(rowText), ...qClean.map(rowText), qNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Weigh Station', 'How it works', 'Contact', 'Hear about new stock first', 'One email a month. No spam.',
    'Email Address', 'Sign Up', 'We respect your privacy.', '8 Tanner Row, Ashby Moor', 'Hours', 'Tuesday to Saturday, 10am to 6pm',
    'Instagram', 'This site uses cookies to provide a better shopping experience.', 'Accept', 'Decline',
  ],
};

const xTitle = 'How the refill van works';
const xIntro = j(
  'Loose Ends is a refill shop on wheels. Instead of you driving to a shop, we drive the shop to you, and you take home only',
  'the amount you want, with no packaging to throw away.',
);
const xSteps = [
  'Check where we are parked this week on the timetable below the map.',
  'Bring clean containers. We weigh them empty before you fill them.',
  'Fill what you need from the dispensers, from a spoonful to a sackful.',
  'Pay by card or cash. Everything is priced per 100g.',
];
const xClose = j(
  'The van runs on Tuesdays, Thursdays and Saturdays around Pelling, Ormside and Castle Brook. We carry about 80 lines, from oats',
  'and pasta to laundry liquid, and we will happily top up a half-empty bottle.',
);
const xHead = 'Four easy steps';
const xNav = ['Home', 'How it works', 'Where to find us', 'Products', 'Contact'];
const rt = (tag: string, cls: string, text: string): string =>
  `<div class="comp-${cls} wixui-rich-text" data-testid="richTextElement" id="comp-${cls}">
<${tag} class="font_${tag === 'p' ? 8 : 2} wixui-rich-text__text">${text}</${tag}></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>How it works | Loose Ends Refill Van</title>
<meta name="description" content="Bring containers, fill up, pay by weight.">
<meta property="og:title" content="How it works | Loose Ends Refill Van"><meta property="og:site_name" content="Loose Ends Refill Van">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Loose Ends Refill Van",
"url":"https://www.looseendsvan.com"}</script>
<script>window.viewerModel = {"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_2{font:normal normal normal 32px/1.4em poppins-extralight}</style>
</head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="-1"><button class="PdXpTD" data-testid="skipToContentBtn">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${rt('p', 'kq1x9ab', '<span style="letter-spacing:0.1em;">LOOSE ENDS</span>')}
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kq1x9c4 wixui-horizontal-menu" id="comp-kq1x9c4">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.looseendsvan.com/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="c1dmp"
class="dBAkHi">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<div data-mesh-id="Containerc1dmpinlineContent-gridContainer">
<section id="comp-lm2a1" class="Oqnisf comp-lm2a1 wixui-section" tabindex="-1"><div id="bgLayers_comp-lm2a1" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lm2a2" class="comp-lm2a2 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lm2a2inlineContent" class="">
<div data-mesh-id="comp-lm2a2inlineContent-gridContainer">
<div class="comp-lm2a3 wixui-rich-text" data-testid="richTextElement" id="comp-lm2a3"><h1 class="font_0 wixui-rich-text__text">${xTitle}</h1></div>
${rt('p', 'lm2a5', xIntro)}
${rt('h2', 'lm2a4', xHead)}
${xSteps.map((s, i) => rt('p', `lm2b${i}`, s)).join('\n')}
${rt('p', 'lm2c1', xClose)}
<div id="comp-lm2c2" class="comp-lm2c2 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement"
href="https://www.looseendsvan.com/where-to-find-us"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">See this week's stops</span></a></div>
</div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${rt(
  'p',
  'kq1xa01',
  `© 2027 by Loose Ends Refill Van. Proudly created with
<a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix.com</a>`,
)}
</div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow" class="nIqX0J">
<span class="hcGgoU">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="cI3gAd">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a2b1e1c9.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout589-wix-refill-van',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xHead],
  body: texts([xIntro, ...xSteps, xClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...xNav.filter((t) => t !== 'Home'), "See this week's stops",
    '© 2027 by Loose Ends Refill Van. Proudly created with Wix.com',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
  ],
};

export const HELDOUT589_B: readonly TestPage[] = [squarespace, wix];
