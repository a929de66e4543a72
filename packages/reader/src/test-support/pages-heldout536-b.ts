import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file b: a furniture maker's showroom page on Squarespace (7.1) and a flooring fitter's fitting guide
 * built with Wix.
 */
const qTitle = 'Visit Our Showroom';
const qParas = [
  j(
    'Our showroom sits above the workshop in the old tannery on Mercer Row, so you can see tables being made while you choose',
    'your own. Every piece on the floor is for sale, and most can be made again in a different size or timber.',
  ),
  j(
    'Bring measurements of your room and, if you can, a photograph. Our makers are happy to sketch a table or sideboard with',
    'you on the spot and send a quote within a week.',
  ),
];
const qH = 'Opening times';
const qTimes = ['Wednesday to Friday: 10am – 5pm', 'Saturday: 10am – 4pm', 'Sunday to Tuesday: by appointment'];
const qLast = 'There is free parking in the yard behind the tannery, and level access to the showroom by the goods lift.';
const qNav = ['Tables', 'Seating', 'Cabinets', 'Commissions', 'Showroom', 'Journal'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Showroom &mdash; Ashgrove Oak</title>
<link rel="canonical" href="https://www.ashgroveoak.co.uk/showroom"><meta property="og:site_name" content="Ashgrove Oak">
<meta property="og:title" content="Showroom &mdash; Ashgrove Oak"><meta name="description" content="Visit the Ashgrove Oak showroom on Mercer Row.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Ashgrove Oak"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ashgroveoak.co.uk","name":"Ashgrove Oak","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Mercer Row, Hallbridge","openingHours":"We
10:00-17:00","@context":"http://schema.org","@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64e1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64e1a2" class="primary-button-style-solid header-width-full tweak-transparent-header tweak-blog-alternating-side-by-side-width-full">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Ashgrove Oak</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection${t === 'Showroom' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}"${t === 'Showroom' ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/commissions">Book a Visit</a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64e1a2b0c">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64e1a2b0">
<div class="fe-block fe-block-yui_3_17_2_1"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img alt="The showroom floor" src="https://images.squarespace-cdn.com/content/v1/showroom.jpg?format=1500w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The first-floor showroom, Mercer Row.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>${ps(qParas, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${qH}</h3><ul data-rte-list="default">${lis(qTimes.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${qLast}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block map-block sqs-block-map" data-block-type="4"><div class="sqs-block-content">&nbsp;</div>
</div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="https://maps.example.com/?q=Mercer+Row" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Get
Directions</a></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Ashgrove Oak</strong></p>
<p class="" style="white-space:pre-wrap;">The Tannery, Mercer Row, Hallbridge HB3 4QT</p>
<p class="" style="white-space:pre-wrap;"><a href="mailto:hello@ashgroveoak.co.uk">hello@ashgroveoak.co.uk</a></p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="64e1c" autocomplete="on"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Workshop Letters</h2>
<div class="newsletter-form-header-description"><p>New pieces and open days, four times a year.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_9">Email Address</label>
<input id="email-yui_3_17_2_9" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address">
</div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div>
</div></div>
<p class="" style="white-space:pre-wrap;">© 2026 Ashgrove Oak Ltd. Company no. 08841276</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--style-classic" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to improve your experience and to understand how our site is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout536-squarespace-showroom',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qH],
  body: [...qParas, ...qTimes, qLast],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ashgrove Oak', 'Seating', 'Cabinets', 'Commissions', 'Journal', 'Book a Visit', 'The first-floor showroom, Mercer Row.',
    'Get Directions', 'The Tannery, Mercer Row, Hallbridge HB3 4QT', 'hello@ashgroveoak.co.uk', 'Workshop Letters',
    'New pieces and open days, four times a year.',
    'Email Address', 'Sign Up', '© 2026 Ashgrove Oak Ltd. Company no. 08841276',
    'We use cookies to improve your experience and to understand how our site is used.', 'Accept', 'Decline',
  ],
};

const wTitle = 'How We Fit Engineered Oak Floors';
const wBody = [
  j(
    'Engineered oak is a layer of real oak bonded to a stable plywood core. It moves far less than solid oak, which is why we',
    'recommend it over underfloor heating and in kitchens.',
  ),
  'Before we start',
  j(
    'The boards need to sit in the room they are going into for at least 48 hours, still in their packs, so they can settle to',
    'the temperature and humidity of the house. If you have had plastering or screeding done, we test the subfloor with a',
    'moisture meter first; a new screed can take a day per millimetre to dry.',
  ),
  'On the day',
  'We take up the old floor and skirting and check the subfloor is level to within 3mm over two metres.',
  'Over concrete we lay a damp-proof membrane and a 2mm acoustic underlay; over timber, a fibreboard underlay.',
  'Boards are either floated with glued joints or fully bonded with a flexible adhesive, depending on the room.',
  'We leave a 10mm expansion gap at every wall, hidden by the skirting or a scotia bead.',
  'After we leave',
  j(
    'Wait 24 hours before putting heavy furniture back, and fit felt pads to chair and table legs. Turn underfloor heating up by',
    'one degree a day, and never above 27°C at the floor surface.',
  ),
];
const wNav = ['Home', 'Flooring', 'Fitting', 'Gallery', 'Reviews', 'Contact'];
const wP = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text" style="line-height:1.6em;"><span style="color:#3A3A3A;" class="wixui-rich-text__text">${t}</span></p>`;
const wH = (t: string): string => `<h2 class="font_2 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c1f3e_favicon.png"><title>Fitting | Tullen Floors</title>
<meta name="description" content="How Tullen Floors fits engineered oak flooring, step by step.">
<link rel="canonical" href="https://www.tullenfloors.com/fitting">
<meta property="og:title" content="Fitting | Tullen Floors"><meta property="og:site_name" content="Tullen Floors">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"site":{"metaSiteId":"b2c1d0a8"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lq8x2ab1{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="ohp-bC" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="Tpg9dT"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
<div id="comp-lq8x2ab1" class="KcpHeO tz5f0K comp-lq8x2ab1 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">TULLEN FLOORS</span></p></div>
<nav id="comp-lq8x2ab6" aria-label="Site" class="comp-lq8x2ab6 wixui-dropdown-menu"><ul class="_Tmhc6 wixui-dropdown-menu__list">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.tullenfloors.com/${t.toLowerCase()}" class="UiHgGh">
<div class="itemDepth02233374943__itemWrapper"><p class="itemDepth02233374943__label">${t}</p></div></a></li>`,
  )
  .join('\n')}
<li class="wixui-dropdown-menu__item" data-testid="more-button" style="visibility:hidden" aria-hidden="true"><p class="label">More</p></li></ul></nav>
<div id="comp-lq8x2ac3" class="comp-lq8x2ac3 wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="tel:01632960418" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Call 01632 960418</span></a></div></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lq9f0s1k" tabindex="-1" class="Oqnisf comp-lq9f0s1k wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lq9f0s1kinlineContent" data-testid="inline-content">
<div id="comp-lq9f0s2a" class="KcpHeO tz5f0K comp-lq9f0s2a wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq9f0s3c" class="KcpHeO tz5f0K comp-lq9f0s3c wixui-rich-text" data-testid="richTextElement">
${wP(wBody[0] ?? '')}${wH(wBody[1] ?? '')}${wP(wBody[2] ?? '')}${wH(wBody[3] ?? '')}
<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(4, 8), 'wixui-rich-text__text')}</ul>
${wH(wBody[8] ?? '')}${wP(wBody[9] ?? '')}</div>
<div id="comp-lq9f0s4d" class="comp-lq9f0s4d wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq9f0s4d" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/7c1f3e_oakfloor.jpg/v1/fill/w_480,h_320/oak.jpg" alt="Oak boards laid in a herringbone hallway"></wow-image>
</div></div>
<div id="comp-lq9f0s5e" class="comp-lq9f0s5e wixui-button"><a data-testid="linkElement" href="https://www.tullenfloors.com/contact" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a Free Survey</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div id="comp-lq8x2ae0" class="KcpHeO tz5f0K comp-lq8x2ae0 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Unit 7, Brookside Trading Estate, Corley</p>
<p class="font_9 wixui-rich-text__text">Fully insured. FITA registered fitters.</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Tullen Floors. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a></p></div>
</div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<div id="WIX_ADS" class="ytGGBw ku3DBC wixui-header"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="dAHkB0">
<span class="uExSqn">This site was designed with the <span class="wix-logo">Wix</span> website builder. Create your website today.</span>
<span class="bdg1ZQ">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9a5e1b1a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout536-wix-oak-fitting',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[3] ?? '', wBody[8] ?? ''],
  body: wBody.filter((_, i) => ![1, 3, 8].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TULLEN FLOORS', 'Home', 'Flooring', 'Fitting', 'Gallery', 'Reviews', 'Contact', 'Call 01632 960418', 'Book a Free Survey',
    'Unit 7, Brookside Trading Estate, Corley', 'Fully insured. FITA registered fitters.', '© 2026 by Tullen Floors. Proudly created with Wix.com',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
  ],
};

export const HELDOUT536_B: readonly TestPage[] = [squarespace, wix];
