import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file b: a hedgehog rescue's short news post on Squarespace 7.1 (blog item with an image caption,
 * prev / next pagination and a newsletter block in the footer), and a hedgehog rescue's advice page built with Wix.
 */
const qTitle = 'Twelve autumn juveniles go home to Corley Wood';
const qBody = [
  j(
    'On Saturday evening our volunteers released twelve of last autumn\u2019s underweight juveniles at two sites on the edge of',
    'Corley Wood. All twelve came in weighing less than 450 g and spent the winter in our heated hoglets\u2019 room.',
  ),
  j(
    'Each hedgehog was released into a soft-release box with food and water for the first week, and the landowners have agreed',
    'to keep feeding stations topped up until the end of May. We chose the sites because they have plenty of hedgerow and no',
    'badger setts nearby.',
  ),
  'Thank you to everyone who donated cat food and newspaper over the winter. We could not have done it without you.',
];
const qCap = 'One of the juveniles leaving its release box. Photo: Dan Hollis';
const qNav = ['About', 'Found a Hedgehog', 'News', 'Volunteer', 'Shop'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>${qTitle} &mdash; Prickle Lane Hedgehog Rescue</title>
<link rel="canonical" href="https://www.pricklelane.org.uk/news/twelve-juveniles-corley-wood"><meta property="og:site_name" content="Prickle Lane Hedgehog
Rescue">
<meta property="og:title" content="${qTitle} &mdash; Prickle Lane Hedgehog Rescue"><meta itemprop="author" content="Prickle Lane Hedgehog Rescue">
<script type="application/ld+json">{"url":"https://www.pricklelane.org.uk","name":"Prickle Lane Hedgehog Rescue","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","datePublished":"2026-04-13T19:02:11+0100",
"author":{"@type":"Person","name":"Ruth Penhale"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f2a4c","siteTitle":"Prickle Lane Hedgehog Rescue"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/61f2a4c/18/5c5a519771c10ba3470d8101/site.css"></head>
<body id="item-661a9f3c0b2e" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-medium tweak-blog-item-alignment-center
tweak-blog-item-show-author-name tweak-blog-item-show-date tweak-blog-item-pagination header-width-full">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header"
data-current-styles='{"layout":"navRight"}'>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/"
data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/61f2a4c/logo.png?format=1500w" alt="Prickle Lane Hedgehog Rescue">
</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div>
</div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span
hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles='{"layout":"navRight"}' data-test="header-menu"><div
class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">
${qNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"><div
class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="661a9f3c0b2e">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="661a9f3c0b2f">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-ruth-penhale post-type-text article-index-1 tag-releases category-releases" data-item-id="661a9f3c0b2e"
id="article-661a9f3c0b2e">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span
class="blog-author"><a href="/news?author=61f2b0e" class="blog-author-name">Ruth Penhale</a></span>
<time class="blog-date" pubdate data-animation-role="date">13 Apr</time></span><span class="blog-meta-secondary"><span class="blog-categories-list"><a
href="/news/category/Releases" class="blog-categories">Releases</a></span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item" data-updated-on="1712998931000"><div class="blog-item-content e-content"
data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1712998931000" id="item-661a9f3c0b2e"><div class="row sqs-row"><div class="col
sqs-col-12 span-12">
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_1712996230471_4221"><div
class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"><div
class="sqs-image-shape-container-element has-aspect-ratio">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/61f2a4c/release-box.jpg" alt="" data-image-dimensions="1500x1000"
data-load="false" src="https://images.squarespace-cdn.com/content/v1/61f2a4c/release-box.jpg?format=1000w"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${qCap}</p></div></figcaption></figure></div>
</div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1712996230471_4980"><div class="sqs-block-content"><div
class="sqs-html-content">
${ps(qBody, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side" aria-label="Pagination"><a href="/news/hoglet-room-appeal"
class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" points="7.3,14.7 2.5,8
7.3,1.2"></polyline></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Hoglet room appeal: we need heat pads</h2></a>
<a href="/news/open-day-2026" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2
class="item-pagination-title">Open day on 1 June</h2>
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"></svg></div></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div
class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Prickle Lane
Hedgehog Rescue</h3>
<p class="" style="white-space:pre-wrap;">Registered charity 1192007</p><p class="" style="white-space:pre-wrap;">Admissions by appointment only: call 07700
900418</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="661a" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) { (new Y.Squarespace.FormSubmit(form)).submit({ formId: '661a', collectionId: '',
objectName: 'page-section' }); }); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">The Hog Post</h2><div class="newsletter-form-header-description"><p>Release
news and appeals, four times a year.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required" id="email-yui_3">
<label class="newsletter-form-field-label title" for="email-yui_3-field">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" id="email-yui_3-field" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span><span class="newsletter-form-spinner sqs-spin light large"></span><span
class="newsletter-form-button-icon"></span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div><div class="hidden
form-submission-html" data-submission-html=""></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--dark" tabindex="-1">
<div class="sqs-cookie-banner-v2-content">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout653-squarespace-release-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qBody),
  bylines: ['Ruth Penhale', '13 Apr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav, 'Donate', 'Releases', qCap, 'Previous', 'Hoglet room appeal: we need heat pads', 'Next', 'Open day on 1 June',
    'Prickle Lane Hedgehog Rescue', 'Registered charity 1192007', 'Admissions by appointment only: call 07700 900418', 'The Hog Post',
    'Release news and appeals, four times a year.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

const xTitle = 'Found a hedgehog?';
const xIntro = [
  j(
    'Hedgehogs are nocturnal. A hedgehog out in the daytime is almost always in trouble, even if it looks fine, and the',
    'sooner it gets help the better its chances.',
  ),
];
const xNowL = [
  'Put on gloves or use a thick towel and pick the hedgehog up gently from underneath.',
  'Place it in a high-sided box lined with newspaper or an old towel, with a hot water bottle wrapped in a tea towel.',
  'Offer a shallow dish of water and some meaty cat or dog food. Never give milk or bread.',
  'Keep the box somewhere quiet and warm, away from pets and children, and call us straight away.',
];
const xNightP = [
  j(
    'A hedgehog out at night does not usually need rescuing. Call us if it is wobbling, circling, lying out in the open, has',
    'flies or eggs on it, or is injured. A healthy hedgehog will roll into a ball or walk away quickly.',
  ),
];
const xNestP = [
  j(
    'If you disturb a nest of hoglets while gardening, cover it back up and leave the area alone. The mother will usually',
    'return within a few hours. Only pick the hoglets up if they are out of the nest, cold, or still alone the next morning.',
  ),
  'Please do not try to raise hoglets yourself. They need feeding every two hours and toileting after every feed.',
];
const xH = ['What to do right now', 'Out at night?', 'A nest of hoglets'];
const xHelp = 'Hedgehog helpline: 01632 960 584 (8am to 10pm, every day)';
const xNav = ['Home', 'Found a Hedgehog', 'Our Hospital', 'Support Us', 'Contact'];
const xRt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xH2 = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const xP = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span style="font-size:17px;" class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Found a Hedgehog | Hollyhedge Hogs</title><meta name="description" content="What to do if you find a hedgehog out in the day, a nest of hoglets or an
injured hedgehog.">
<link rel="canonical" href="https://www.hollyhedgehogs.org/found-a-hedgehog"><meta property="og:site_name" content="Hollyhedge Hogs">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"9a1e7c4b","siteId":"b3e52f8a","isResponsive":false},
"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#comp-kzs1b2ta{--min-height:120px}.KcpHeO{word-wrap:break-word;text-align:start}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="WIX_ADS" class="CxtgsS ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white"
target="_blank" rel="nofollow" class="b1kRtM">
<span class="yKGPoD"><span data-hook="freemium-text" class="Rj9wJ5">This site was designed with the <span class="mmxmdM">Wix</span>.com website builder. Create
your website today.</span>
<span class="sE9Ap7" data-hook="freemium-button">Start Now</span></span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="SITE_HEADER-placeholder"></div><div class="_C0cVf"><div
class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${xRt('kzs1b2ta', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Hollyhedge Hogs</span></p>')}
<wix-dropdown-menu id="comp-kzs1b3c0" class="XwCBRN NHM1d1 comp-kzs1b3c0 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0"
data-label-pad="0" data-ribbon-extra="0" data-dropalign="center">
<nav class="R_TAzU" id="comp-kzs1b3c0navContainer" aria-label="Site"><ul class="y7qwii" id="comp-kzs1b3c0itemsContainer" style="text-align:center"
data-marginallchildren="true">
${xNav
  .map(
    (t, i) => `<li id="comp-kzs1b3c0${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" data-data-id="dataItem-k${i}"
data-state="menu idle link notMobile" data-index="${i}" class="Ory6Mj wixui-dropdown-menu__item"><a data-testid="linkElement"
href="https://www.hollyhedgehogs.org/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class=""><p
class="zKbzSQ" id="comp-kzs1b3c0${i}label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="kz8w1"
class="dBAkHi theme-vars">
<div id="Containerkz8w1" class="Containerkz8w1 SPvXOs"><div data-mesh-id="Containerkz8w1inlineContent" data-testid="inline-content" class=""><div
data-mesh-id="Containerkz8w1inlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-l0a1x9q1" tabindex="-1" class="Oqnisf comp-l0a1x9q1 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf"><div id="comp-l0a1x9q2" class="comp-l0a1x9q2 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-l0a1x9q2inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-l0a1x9q2inlineContent-gridContainer"
data-testid="mesh-container-content">
${xRt(
  'l0a1xa01',
  `<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span style="color:#4A3520;" class="wixui-rich-text__text">${xTitle}</span>
</h1>`,
)}
${xRt('l0a1xa02', xIntro.map(xP).join(''))}
<div id="comp-l0a1xa03" class="MazNVa comp-l0a1xa03 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-l0a1xa03" class="HlRz5e
BI8PVQ" data-image-info='{"containerId":"comp-l0a1xa03","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/9a1e7c_4f2b.jpg/v1/fill/w_480,h_320,al_c,q_80/hog-in-box.jpg" alt="Hedgehog in a lined box"
style="width:480px;height:320px;object-fit:cover" width="480" height="320"></wow-image></div></div>
${xRt(
  'l0a1xa04',
  xH2(xH[0] ?? '') +
    `<ol class="font_8 wixui-rich-text__text">${lis(
      xNowL.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
      'wixui-rich-text__text',
    )}</ol>`,
)}
${xRt('l0a1xa05', xH2(xH[1] ?? '') + xNightP.map(xP).join(''))}
${xRt('l0a1xa06', xH2(xH[2] ?? '') + xNestP.map(xP).join(''))}
</div></div></div></div></section>
<section id="comp-l0a1y2k7" tabindex="-1" class="Oqnisf comp-l0a1y2k7 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf"><div id="comp-l0a1y2k8" class="comp-l0a1y2k8 YzqVVZ wixui-column-strip__column">
${xRt('l0a1y2k9', `<p class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${xHelp}</span></p>`)}
<div class="comp-l0a1y2ka R6ex7N wixui-button" id="comp-l0a1y2ka" aria-disabled="false"><a data-testid="linkElement" href="tel:01632960584" class="uDW_Qe
wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Call us now</span></a></div>
</div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${xRt(
  'kzs1b4f1',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Hollyhedge Hogs. Volunteer-run hedgehog rescue,
Ashcombe.</span></p>`,
)}
<div id="comp-kzs1b4f2" class="comp-kzs1b4f2 wixui-social-bar"><ul aria-label="Social Bar" class="ddXvqT"><li class="hV0AKd"
id="dataItem-kzs1b4f3-comp-kzs1b4f2"><a data-testid="linkElement" href="https://www.facebook.com/hollyhedgehogs" target="_blank" class="PuRbkj"><wix-image
class="HlRz5e YTb3b4" data-image-info='{}'><img alt="Facebook" src="https://static.wixstatic.com/media/e316f5_fb.png"></wix-image></a></li></ul></div>
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a1e5c6b8.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout653-wix-found-a-hedgehog',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xIntro, ...xNowL, ...xNightP, ...xNestP]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'Hollyhedge Hogs', ...xNav.filter((t) => t !== 'Found a Hedgehog'),
    xHelp, 'Call us now', '© 2026 by Hollyhedge Hogs. Volunteer-run hedgehog rescue, Ashcombe.', 'bottom of page',
  ],
};

export const HELDOUT653_B: readonly TestPage[] = [squarespace, wix];
