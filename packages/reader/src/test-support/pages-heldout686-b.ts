import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file b: a butcher's Christmas order page on Squarespace 7.1 (fluid engine, form block, cookie banner),
 * and a fishmonger's fish box page on Wix (free plan, with the Wix ads banner).
 */
const qTitle = 'Christmas Orders 2026';
const qIntro = [
  j(
    'Our Christmas order book is now open. Every bird and joint on this page comes from farms within twenty miles of the shop,',
    'and we hang our beef for at least 28 days. Order by Saturday 12 December to be sure of your first choice.',
  ),
  'Collection is from the shop on Kettle Street between Monday 21 and Thursday 24 December. We do not deliver at Christmas.',
];
const qBirds = [
  'Free-range bronze turkey, whole, 5–6kg – £96',
  'Free-range bronze turkey crown, 2.5kg – £68',
  'Aylesbury duck, whole, 2.2kg – £34',
  'Three-bird roast (turkey, chicken, pheasant), serves 10 – £110',
];
const qJoints = [
  'Rib of beef on the bone, 28-day aged – £38 per kg',
  'Boned and rolled sirloin – £42 per kg',
  'Gammon, smoked or unsmoked, 2–5kg – £16 per kg',
  'Pork belly, scored, 2kg – £24',
];
const qExtras = ['Pigs in blankets, 24 – £12', 'Sage, onion and chestnut stuffing, 500g – £7', 'Pork and apple chipolatas, 1kg – £14'];
const qHow = [
  j(
    'Fill in the form below or pop into the shop. We will confirm your order by email within two working days and ask for a',
    '£20 deposit, which you can pay over the phone or in the shop.',
  ),
  'Weights are approximate. We will weigh your order on the day and charge the exact price at collection.',
];
const qNav = ['Shop', 'Our Farms', 'Christmas', 'Recipes', 'Contact'];
const qLabels = ['Name', 'Email', 'Phone', 'Collection day', 'Your order', 'Anything else we should know?'];
const qFoot = ['Gorse & Son Butchers', '14 Kettle Street, Ambleford', 'Tuesday to Saturday, 8am – 5pm', 'Instagram', 'Facebook'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Christmas Orders &mdash; Gorse &amp; Son
Butchers</title>
<link rel="canonical" href="https://www.gorseandson.co.uk/christmas"><meta property="og:site_name" content="Gorse &amp; Son Butchers">
<meta property="og:title" content="Christmas Orders &mdash; Gorse &amp; Son Butchers"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.gorseandson.co.uk","name":"Gorse & Son Butchers","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"14 Kettle Street, Ambleford","openingHours":"Tu, We, Th, Fr, Sa 08:00-17:00","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/6512/12/5c5a/6512/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"6512a0c3","siteTitle":"Gorse & Son Butchers"},"templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body id="collection-6512a1f0" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
tweak-transparent-header form-field-style-outline form-field-shape-rounded" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill
icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link
sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Gorse &amp; Son Butchers</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Christmas' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles=""><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${qNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6512a1f0c4">
<section data-test="page-section" data-section-theme="bright-inverse" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle bright-inverse" data-section-id="6512a1f0c5">
<div class="section-background"><img alt="" data-src="https://images.squarespace-cdn.com/content/v1/6512a0c3/rib-of-beef.jpg" src=""></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6512a1f0c6">
<div class="fe-block fe-block-yui_3_17_2_1_1696337"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1696337">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6512a1f0c7"><div class="content-wrapper"><div
class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6512a1f0c8"><div class="fe-block fe-block-yui_3_17_2_1_1696338">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1696338"><div class="sqs-block-content"><div
class="sqs-html-content">
<h2 style="white-space:pre-wrap;">Turkeys and poultry</h2><ul
data-rte-list="default">${lis(qBirds.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">Beef, pork and gammon</h2><ul
data-rte-list="default">${lis(qJoints.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">The trimmings</h2><ul
data-rte-list="default">${lis(qExtras.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1696339"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">How to order</h2>${ps(qHow, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1696340"><div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1696340">
<div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper" data-controller="FormBlock"><form data-form-id="6512a2b1"
autocomplete="on"
method="POST" action="https://www.gorseandson.co.uk" onsubmit="return (function (form) { Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {
(new Y.Squarespace.FormSubmit(form)).submit(); }); return false; })(this);"><div class="field-list clear">
<div id="name-yui_1" class="form-item field name required"><label class="title" for="name-yui_1-field">${qLabels[0]} <span class="required"
aria-hidden="true">*</span>
</label><input class="field-element field-control" name="fname" id="name-yui_1-field" type="text" autocomplete="given-name" aria-required="true"></div>
<div id="email-yui_2" class="form-item field email required"><label class="title" for="email-yui_2-field">${qLabels[1]} <span class="required"
aria-hidden="true">*</span>
</label><input class="field-element" id="email-yui_2-field" name="email" type="email" autocomplete="email" spellcheck="false" aria-required="true"></div>
<div id="phone-yui_3" class="form-item field phone"><label class="title" for="phone-yui_3-field">${qLabels[2]}</label>
<input class="field-element" id="phone-yui_3-field" name="phone" type="tel"></div>
<div id="select-yui_4" class="form-item field select required"><label class="title" for="select-yui_4-field">${qLabels[3]} <span class="required"
aria-hidden="true">*
</span></label><select id="select-yui_4-field" name="select-yui_4-field" aria-required="true"><option value="">Select an option</option>
<option value="Monday 21 December">Monday 21 December</option><option value="Tuesday 22 December">Tuesday 22 December</option>
<option value="Wednesday 23 December">Wednesday 23 December</option><option value="Thursday 24 December">Thursday 24 December</option></select></div>
<div id="textarea-yui_5" class="form-item field textarea required"><label class="title" for="textarea-yui_5-field">${qLabels[4]} <span class="required"
aria-hidden="true">*</span></label><p class="description">List each item with the weight or size you would like.</p>
<textarea class="field-element" id="textarea-yui_5-field" aria-required="true"></textarea></div>
<div id="textarea-yui_6" class="form-item field textarea"><label class="title" for="textarea-yui_6-field">${qLabels[5]}</label>
<textarea class="field-element" id="textarea-yui_6-field"></textarea></div></div>
<div data-animation-role="button" class="form-button-wrapper form-button-wrapper--align-left"><input class="button sqs-system-button sqs-editable-button
sqs-button-element--primary" type="submit" value="Place Order"></div><div class="hidden form-submission-text">Thank you! We will be in touch within
two working days.</div><div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div></div></div></div></div></div></div>
</section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6512a1f0c9"><div class="fe-block fe-block-yui_9">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qFoot.slice(0, 3).map(esc), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div><div class="fe-block fe-block-yui_10">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content"><div
class="sqs-svg-icon--outer
social-icon-alignment-left social-icons-color-white"><nav class="sqs-svg-icon--list"><a href="https://instagram.com/gorseandson" target="_blank"
class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a>
<a href="https://facebook.com/gorseandson" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our site and to understand how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-decline" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout686-squarespace-christmas-orders',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['Turkeys and poultry', 'Beef, pork and gammon', 'The trimmings', 'How to order'],
  body: texts([...qIntro, ...qBirds, ...qJoints, ...qExtras, ...qHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '0', 'Skip to Content', ...qFoot.slice(0, 1), 'Our Farms', 'Recipes', 'Contact', 'Name', 'Email', 'Collection day',
    'Anything else we should know?',
    'List each item with the weight or size you would like.', ...qFoot.slice(1, 3),
    'We use cookies to give you the best experience on our site and to understand how it is used.', 'Accept', 'Decline',
  ],
};

const xTitle = 'The Saltby Fish Box';
const xIntro = j(
  'Every Thursday we pack a box with whatever came off the boats at Saltby Quay that morning, cleaned and filleted by hand, and drive',
  'it to your door the same evening. No two weeks are the same, and that is the point.',
);
const xWhat = [
  'What goes in the box',
  j(
    'A standard box feeds two people for three or four meals. Expect two or three kinds of white fish, something oily like',
    'mackerel or herring, and a treat when the season allows: hand-dived scallops, brown crab or a bag of mussels.',
  ),
  'We send a card with each box telling you what is in it, who caught it and three quick ways to cook it.',
];
const xPrices = ['Small box (feeds 2) – £32 a week', 'Family box (feeds 4) – £55 a week', 'Shellfish lover’s box – £48 a week'];
const xFaq = [
  ['Can I skip a week?', 'Yes. Message us by Monday noon and we will pause your box. There is no charge for skipping.'],
  ['Where do you deliver?', 'Within 25 miles of Saltby Quay. Enter your postcode at checkout to check.'],
  ['What if I do not like something?', 'Tell us when you sign up and we will leave it out. We can pack boxes without shellfish or without oily fish.'],
];
const xNav = ['Home', 'Fish Box', 'The Counter', 'Our Boats', 'Contact'];
const wx = (cls: string, inner: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 ${cls} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/b8f1a2_icon.png">
<title>Fish Box | Cray &amp; Daughters Fishmongers</title><meta name="description" content="Fresh fish from Saltby Quay delivered every Thursday.">
<link rel="canonical" href="https://www.craydaughters.com/fish-box"><meta property="og:title" content="Fish Box | Cray &amp; Daughters Fishmongers">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"Rollout","code":1},
"mode":{"qa":false,"enableTestApi":false,"debug":false},"componentsLibrariesTopology":[]}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-essential-viewer-model').textContent)</script>
<style id="css_c1dmp">#comp-lk7a2{--min-height:57px;} #comp-lk7a3{width:480px;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="MW5IWV"><span class="F0L1Rc">This site was designed with the </span><span class="tKe7Bz">Wix</span><span class="F0L1Rc">.com
website builder. Create your website today.</span><span class="JKyqXT">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><button id="SKIP_TO_CONTENT_BTN"
class="LHrbPP background-site-skip-to-content" tabindex="0" data-testid="skip-to-content-btn">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${wx(
  '',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.craydaughters.com">CRAY &amp; DAUGHTERS</a></span></p>`,
  'lk6z1',
)}
<nav aria-label="Site" id="comp-lk6z2" class="H0_K9w wixui-horizontal-menu"><ul class="bbfMRt wixui-horizontal-menu__container">
${xNav
  .map(
    (t, i) => `<li class="ia5Kyi wixui-horizontal-menu__item"${i === 1 ? ' aria-current="page"' : ''}><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="UiHgGh"><div class="pyAsVx"><div class="mirlfB"><p class="hXBbTH wixui-horizontal-menu__item-label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars wixui-page"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lk7a1" tabindex="-1" class="Oqnisf comp-lk7a1 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lk7a1"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_comp-lk7a1" class="VgO9Yg"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lk7a1c" class="comp-lk7a1c YzqVVZ wixui-column-strip__column"><div
data-mesh-id="comp-lk7a1cinlineContent">
${wx('', `<h1 class="font_0 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">${xTitle}</span></h1>`, 'lk7a2')}
${wx('', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${xIntro}</span></p>`, 'lk7a3')}
<div class="comp-lk7a4 R6ex7N" id="comp-lk7a4" aria-disabled="false"><a data-testid="linkElement" href="https://www.craydaughters.com/subscribe"
class="wixui-button
zKbzSQ" aria-disabled="false"><span class="w4Vxx6 wixui-button__label">Start my box</span></a></div>
<div id="comp-lk7a5" class="MazNVa comp-lk7a5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lk7a5" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/b8f1a2_fishbox.jpg/v1/fill/w_480,h_360,al_c,q_80/fishbox.jpg" alt="A box of mackerel, hake and mussels on ice"
style="width:480px;height:360px;object-fit:cover" width="480" height="360"></wow-image></div></div>
${wx('', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xWhat[0]}</span></h2>`, 'lk7a6')}
${wx(
  '',
  xWhat
    .slice(1)
    .map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`)
    .join('\n'),
  'lk7a7',
)}
${wx('', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Prices</span></h2>', 'lk7a8')}
${wx(
  '',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    xPrices.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Delivery is free. Cancel any time.</span></p>`,
  'lk7a9',
)}
${wx('', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Questions</span></h2>', 'lk7b0')}
${xFaq
  .map(([q, a], i) =>
    wx(
      '',
      `<h3 class="font_5 wixui-rich-text__text">${q}</h3>
<p class="font_8 wixui-rich-text__text">${a}</p>`,
      `lk7b${i + 1}`,
    ),
  )
  .join('\n')}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${wx(
  '',
  `<p class="font_9 wixui-rich-text__text">Unit 3, The Fish Market, Saltby Quay</p><p class="font_9 wixui-rich-text__text">01632 960 418</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Cray &amp; Daughters. Proudly created with Wix.com</p>`,
  'lk6z9',
)}
<div id="comp-lk6za" class="wixui-social-links-bar"><ul class="ZqZJs4" aria-label="Social Bar"><li class="eW7JBE" id="dataItem-1"><a
href="https://www.instagram.com/craydaughters"
target="_blank" class="SBL3WK"><div class="kXfhrI"><wow-image class="HlRz5e ZdEGcu"><img alt="Instagram" src="https://static.wixstatic.com/media/insta.png">
</wow-image></div></a></li></ul></div></div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="qhwIj ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.30d2a3f1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout686-wix-fish-box',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [xWhat[0] ?? '', 'Prices', 'Questions', ...xFaq.map((f) => f[0] ?? '')],
  body: [xIntro, ...xWhat.slice(1), ...xPrices, 'Delivery is free. Cancel any time.', ...xFaq.map((f) => f[1] ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the', 'Wix', '.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'CRAY & DAUGHTERS', 'Home', 'The Counter', 'Our Boats', 'Contact', 'Start my box', 'Unit 3, The Fish Market, Saltby Quay', '01632 960 418',
    '© 2026 by Cray & Daughters. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT686_B: readonly TestPage[] = [squarespace, wix];
