import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file b: a goat dairy's farm tour page on Squarespace 7.1 (fluid engine blocks, button block, newsletter
 * block, cookie banner), and a delicatessen's short "Our story" page built with Wix.
 */
const qTitle = 'Farm Tours';
const qIntro = [
  j(
    'Spend a morning with our herd of 120 Saanen and Toggenburg goats at Bellweather Hollow. Tours run on Saturdays from April',
    'to October and finish in the dairy, where you can taste the week’s cheeses straight from the maturing room.',
  ),
];
const qSeeH = 'What you’ll see';
const qSee = [
  'Morning milking in the parlour (we start the tour just as the last group comes in)',
  'The kid barn, from March to June',
  'The make room through our viewing window, with one of our cheesemakers on hand to answer questions',
  'The maturing room, where our ash-coated logs spend three to six weeks',
];
const qTimesH = 'Times and prices';
const qTimes = [
  j(
    'Tours start at 10am and last about two hours. Tickets are $28 for adults and $12 for children aged 5 to 15; under-fives go',
    'free. Every ticket includes a tasting plate and a 10% discount in the farm shop on the day.',
  ),
  j('Groups are kept to twelve people, so we ask you to book ahead. Private tours for schools and clubs can be arranged on', 'weekday mornings.'),
];
const qKnowH = 'Good to know';
const qKnow = [
  j(
    'Wear boots or shoes you don’t mind getting muddy. The barns are not heated, so bring a layer even in summer. For the health',
    'of the herd, dogs must stay in the car park, and we ask visitors not to come if they have been on another livestock farm',
    'in the past 48 hours.',
  ),
];
const qNav = ['Our Cheeses', 'Farm Tours', 'Farm Shop', 'Wholesale', 'Journal', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Bellweather Hollow Dairy</title>
<link rel="canonical" href="https://www.bellweatherhollow.com/farm-tours"><meta property="og:site_name" content="Bellweather Hollow Dairy">
<meta property="og:title" content="${qTitle} — Bellweather Hollow Dairy"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Bellweather Hollow Dairy"},"pageType":2,
"collectionId":"64a1f0"};</script>
<script type="application/ld+json">{"url":"https://www.bellweatherhollow.com","name":"Bellweather Hollow Dairy","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1e7/12/5c5a519771c10ba3470d8101/64a1e7/1519/site.css" type="text/css" rel="stylesheet">
</head>
<body id="collection-64a1f0" class="header-width-full tweak-transparent-header primary-button-style-solid primary-button-shape-pill
tweak-global-animations-enabled tweak-global-animations-animation-type-fade collection-type-page collection-64a1f0 collection-layout-default view-item">
<div class="sqs-cookie-banner-v2-accept-all sqs-cookie-banner-v2 sqs-cookie-banner-v2-shadow" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our site.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart"
class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span
class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1e7/logo.png"
alt="Bellweather Hollow Dairy"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === qTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element"${t === qTitle ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">
<span class="sqs-cart-quantity">0</span></div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2">
<section data-test="page-section" data-section-theme="white" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1f0c3">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-64a1f0c4"><div class="fe-block fe-block-yui_3_17_2_1_1689"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1689"><div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1690"><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1690">
<div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/book-a-tour" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Tour</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1691"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic">
<div class="fluid-image-container sqs-image-content"><img data-stretch="false" src="https://images.squarespace-cdn.com/content/v1/64a1e7/kids.jpg"
alt="Goat kids in straw" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">Spring kids in the
barn, April.</p></div></figcaption></figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--left vertical-alignment--top light" data-section-id="64a1f0c5"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-64a1f0c6"><div class="fe-block fe-block-yui_3_17_2_1_1692"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${qSeeH}</h3>
<ul data-rte-list="default">${lis(qSee.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${qTimesH}</h3>${ps(qTimes, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${qKnowH}</h3>${ps(qKnow, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1693"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div
class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1f0c9"
autocomplete="on" method="POST" novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', function(Y){ new
Y.Squarespace.FormSubmit(form).submit(); }); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">The Hollow Letter</h2><div class="newsletter-form-header-description">
<p>Kidding news, new cheeses and tour dates, once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email
Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout
sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner
sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="hidden form-submission-text">Thank you!</div></form></div></div>
</div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center black"><div class="content-wrapper">
<div class="content"><div class="fluid-engine fe-64a1e7f0"><div class="fe-block fe-block-yui_3_17_2_1_1700"><div class="sqs-block html-block sqs-block-html">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>Bellweather Hollow Dairy</strong></p>
<p class="" style="white-space:pre-wrap;">2215 Hollow Road, Carvel Falls, VT</p>
<p class="" style="white-space:pre-wrap;">Farm shop: Thursday–Sunday, 10–4</p>
</div></div></div></div><div class="fe-block fe-block-yui_3_17_2_1_1701"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-white"><nav class="sqs-svg-icon--list">
<a href="https://www.instagram.com/bellweatherhollow" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div>
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></div></div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout605-squarespace-farm-tours',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [qSeeH, qTimesH, qKnowH],
  body: texts([...qIntro, ...qSee, ...qTimes, ...qKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our site.', 'Accept', 'Decline', '0', 'Skip to Content',
    ...qNav.filter((t) => t !== qTitle && t !== 'Farm Shop'),
    'Book a Tour', 'Spring kids in the barn, April.', 'The Hollow Letter', 'Kidding news, new cheeses and tour dates, once a month.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'Bellweather Hollow Dairy', '2215 Hollow Road, Carvel Falls, VT', 'Farm shop: Thursday–Sunday, 10–4',
  ],
};

const xTitle = 'Our Story';
const xBody = [
  j(
    'Fenwick &amp; Daughters opened on Castle Row in 1962, when Albert Fenwick came home from a year working in a Lyon',
    'fromagerie and decided his town deserved better than sweating blocks of mild cheddar.',
  ),
  j(
    'His daughters Ruth and Jean took over the counter in 1989, and Ruth’s son Callum runs it today. We still cut every cheese to',
    'order from the wheel, we still taste everything before it goes on the counter, and we still buy most of it from farms within',
    'a day’s drive.',
  ),
  'Come in, ask for a taste, and tell us what you like. That is how it has always worked here.',
];
const xNav = ['Home', 'Our Story', 'The Counter', 'Hampers', 'Visit'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1f3c2_fav.png">
<script>window.__BROWSER_DEPRECATION__ = false; window.viewerModel = {"site":{"metaSiteId":"7c1f2a9e","language":"en"},
"requestUrl":"https://www.fenwickdeli.co.uk/our-story"};</script>
<title>${xTitle} | Fenwick &amp; Daughters</title><meta name="description" content="Family delicatessen on Castle Row since 1962.">
<link rel="canonical" href="https://www.fenwickdeli.co.uk/our-story"><meta property="og:title" content="${xTitle} | Fenwick &amp; Daughters">
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-lq2r8a1 { --min-height:96px; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_qx1r7"
data-media-height-override-type=""
class="pageBackground_qx1r7 BmZ5pC"><div id="bgLayers_pageBackground_qx1r7" class="MW5IWV"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"></div></div><div class="U4Bvut">
<div class="G5K6X8"><div class="gUbusX"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq2r8a1" class="KcpHeO tz5f0K comp-lq2r8a1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"
style="font-size:28px;">
<span class="wixui-rich-text__text"><a href="https://www.fenwickdeli.co.uk" target="_self" class="wixui-rich-text__text">FENWICK &amp; DAUGHTERS</a></span>
</p></div>
<wix-dropdown-menu id="comp-lq2r8a3" class="XwCBRN NHM1d1 comp-lq2r8a3 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0"
data-dropalign="center"><nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="ItKlUD" data-testid="menuItems">
${xNav
  .map(
    (t) => `<li class="UiHgGh wixui-dropdown-menu__item" data-testid="${t}"><a data-testid="linkElement"
href="https://www.fenwickdeli.co.uk/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh" aria-haspopup="false"${t === xTitle ? ' aria-current="page"' : ''}><div class="yRj2ms"><div class="" style="text-align:left"><p
class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="qx1r7" class="dBAkHi theme-vars qx1r7"><div class="PFkO7r wN7cVN"></div>
<div class="HT5ybB"><div id="Containerqx1r7" class="Containerqx1r7 SPY_vo"><div data-mesh-id="Containerqx1r7inlineContent" data-testid="inline-content"
class="">
<div data-mesh-id="Containerqx1r7inlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lq2s0b7" tabindex="-1"
class="Oqnisf comp-lq2s0b7 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2s0b7" data-hook="bgLayers" class="MW5IWV"></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq2s0b8" class="comp-lq2s0b8 YzqVVZ wixui-column-strip__column"><div data-testid="columns"
class="lyNaha">
<div id="comp-lq2s0c1" class="KcpHeO tz5f0K comp-lq2s0c1 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">${xTitle}</span></h1></div>
<div id="comp-lq2s0c4" class="KcpHeO tz5f0K comp-lq2s0c4 wixui-rich-text" data-testid="richTextElement">
${xBody
  .map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`)
  .join('\n<p class="font_8 wixui-rich-text__text">&nbsp;</p>\n')}
</div></div></div>
<div id="comp-lq2s0b9" class="comp-lq2s0b9 YzqVVZ wixui-column-strip__column"><div id="comp-lq2s0d2" class="MazNVa comp-lq2s0d2 wixui-image"><div
data-testid="linkElement"
class="j7pOnl"><wow-image id="img_comp-lq2s0d2" class="HlRz5e BI8PVQ" data-image-info="{}" data-bg-effect-name="" data-has-ssr-src=""><img
src="https://static.wixstatic.com/media/a1f3c2_counter1962.jpg/v1/fill/w_480,h_600,al_c,q_80/counter1962.jpg" alt="The counter in 1962" width="480"
height="600"></wow-image>
</div></div><div id="comp-lq2s0d5" class="KcpHeO tz5f0K comp-lq2s0d5 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">
<span style="font-style:italic;" class="wixui-rich-text__text">Albert behind the counter, 1962</span></p></div></div></div></section></div></div></div>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent" class="">
<div id="comp-lq2r9f1" class="KcpHeO tz5f0K comp-lq2r9f1 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">7 Castle
Row, Hexley</p>
<p class="font_8 wixui-rich-text__text">Tue–Sat 8.30–5.30</p><p class="font_8 wixui-rich-text__text">01632 960 418</p></div>
<div id="comp-lq2r9f4" class="KcpHeO tz5f0K comp-lq2r9f4 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2026 by
Fenwick &amp;
Daughters. Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank" class="wixui-rich-text__text">Wix.com</a></p></div>
</div></div></div></footer></div></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8b1f3a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout605-wix-deli-story',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'FENWICK & DAUGHTERS', ...xNav.filter((t) => t !== xTitle && t !== 'The Counter'), 'Albert behind the counter, 1962', '7 Castle Row, Hexley',
    'Tue–Sat 8.30–5.30', '01632 960 418', '© 2026 by Fenwick & Daughters. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT605_B: readonly TestPage[] = [squarespace, wix];
