import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file b: a coin dealer's valuation guide on Squarespace 7.1 (blog item) with a grade table, and a coin
 * club's short fair notice built with Wix.
 */
const qTitle = 'What is my coin collection worth? A plain guide for families';
const qBody = [
  j(
    'Every week someone brings us a biscuit tin or an album found while clearing a parent\u2019s house, and the first question is',
    'always the same. The honest answer is that most inherited collections are worth less than people hope, but nearly every one',
    'holds a few pieces worth far more than their face value. This guide explains how we arrive at a figure.',
  ),
  'Sort before you do anything else',
  j(
    'Separate gold and silver from base metal, and modern proof sets from loose circulated coins. Do not clean anything: a',
    'cleaned coin can lose half of its value in a minute, and no dealer can undo it.',
  ),
  'Grade decides the price',
  j(
    'Two coins of the same date can differ in value tenfold because of wear. We use the familiar grades, and the table below',
    'shows what they mean for a typical Victorian penny of a common date.',
  ),
  'Metal value is a floor, not a ceiling',
  j(
    'Gold sovereigns and pre-1947 silver always sell for at least their metal content, which we check against the morning fix on',
    'the day you visit. Anything above the floor is numismatic premium, and that depends on date, mint mark and grade.',
  ),
  j('When you are ready, bring the collection in as it is. A valuation at our counter is free and you are under no obligation', 'to sell.'),
];
const qRows = [
  ['Fair', 'Outline only, date barely legible', '£0.20 to £1'],
  ['Fine', 'Main details visible, heavy even wear', '£2 to £6'],
  ['Very Fine', 'Light wear on the highest points', '£10 to £25'],
  ['Extremely Fine', 'Traces of wear, most lustre remains', '£40 to £90'],
];
const qNav = ['Buy', 'Sell', 'Valuations', 'Journal', 'Visit Us'];
const qFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} &mdash; Harrowgate Coin</title>
<link rel="canonical" href="https://www.harrowgatecoin.co.uk/journal/what-is-my-collection-worth"><meta property="og:site_name" content="Harrowgate Coin">
<meta property="og:type" content="article"><meta itemprop="author" content="Eleanor Spurway">
<script type="application/ld+json">{"url":"https://www.harrowgatecoin.co.uk","name":"Harrowgate Coin","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","datePublished":"2026-02-03T10:15:00+0000",
"author":"Eleanor Spurway"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1a2b","siteTitle":"Harrowgate Coin"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1a2b/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65be0c1d" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-left
tweak-blog-item-meta-position-above-title header-width-full collection-type-blog-basic-grid view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" class="">Harrowgate Coin</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" viewBox="0 0 31 24"></svg>
<div class="icon-cart-quantity">0</div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65be0c1d">
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-eleanor-spurway post-type-text article-index-1 category-guides" data-item-id="65be0c1d" id="article-65be0c1d">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-02-03" pubdate data-animation-role="date">3 Feb</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=65a" class="blog-author">Written By Eleanor Spurway</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1706955300000" id="item-65be0c1d">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(qBody.slice(0, 1), ' class="" style="white-space:pre-wrap;"')}
<h3>${qBody[1]}</h3>${ps(qBody.slice(2, 3))}<h3>${qBody[3]}</h3>${ps(qBody.slice(4, 5))}</div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-a2"><div class="sqs-block-content"><table class="grade-table"><thead><tr>
<th>Grade</th><th>What you see</th><th>Typical value</th></tr></thead>
<tbody>${trs(qRows)}</tbody></table></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a3"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f1a2b/penny-grades.jpg" alt="Four pennies in different grades" data-load="false"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">From left: Fair, Fine, Very Fine and Extremely Fine.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a4"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${qBody[5]}</h3>${ps(qBody.slice(6))}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-a5"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/valuations" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a free valuation</a></div></div></div>
</div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=65a" class="author-name">Eleanor Spurway</a>
<div class="author-bio"><p>Eleanor has run the valuation counter at Harrowgate since 2011.</p></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65be0c1d"></div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/journal/sovereign-mint-marks" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"></svg></div>
<div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Reading sovereign mint marks</h2></a><a href="/journal/storing-coins" class="item-pagination-link item-pagination-link--next">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Storing coins without harming them</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h4>Harrowgate Coin</h4>
<p class="">14 Abbey Row, Harrowgate<br>Tuesday to Saturday, 10 to 5</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="65a"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the mailing list</h2>
<div class="newsletter-form-header-description"><p>New stock and price notes, once a month.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign
Up</span></button></div></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="">${qFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' · ')}</p></div></div></div></div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout672-squarespace-valuation-guide',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qBody[1] ?? '', qBody[3] ?? '', qBody[5] ?? ''],
  body: texts([...qBody.slice(0, 5).filter((_, i) => i % 2 === 0), ...qRows.map(rowText), ...qBody.slice(6)]),
  bylines: ['3 Feb', 'Written By Eleanor Spurway', 'Eleanor Spurway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Harrowgate Coin', ...qNav.filter((t) => t !== 'Sell'), 'From left: Fair, Fine, Very Fine and Extremely Fine.', 'Book a free valuation',
    'Eleanor has run the valuation counter at Harrowgate since 2011.', 'Previous', 'Reading sovereign mint marks', 'Next',
    'Storing coins without harming them', '14 Abbey Row, Harrowgate', 'Tuesday to Saturday, 10 to 5', 'Join the mailing list',
    'New stock and price notes, once a month.', 'Email Address', 'Sign Up', ...qFoot, 'This site uses cookies to improve your experience.', 'Accept',
    'Decline',
  ],
};

const xTitle = 'Spring Coin Fair 2026';
const xBody = [
  j(
    'The Ostby &amp; District Coin Club holds its spring fair on Saturday 18 April in the Ostby Corn Exchange, from 9.30 am to',
    '3.30 pm. Entry is £2, and children under sixteen come in free with an adult.',
  ),
  j(
    'Twenty-two dealers have booked tables this year, with British milled coins, tokens, banknotes and ancient coins. Club members',
    'will run a free identification desk all day and a table of low-priced coins for young collectors.',
  ),
  'For dealers',
  j(
    'A few tables are still free at £35 each. Setting up begins at 8 am; please unload at the side door on Mill Street and move your',
    'car to the Station Road car park before the doors open.',
  ),
];
const xNav = ['Home', 'Club Meetings', 'Fairs', 'Gallery', 'Members Area'];
const wixText = (tag: string, t: string, font: string): string =>
  `<div class="KcpHeO tz5f0K comp-lt8q wixui-rich-text" data-testid="richTextElement"><${tag} class="${font} wixui-rich-text__text">
<span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><title>Spring Fair | Ostby Coin Club</title>
<meta name="description" content="The club's spring fair at the Ostby Corn Exchange."/>
<link rel="canonical" href="https://www.ostbycoinclub.org/spring-fair"/><meta property="og:site_name" content="Ostby Coin Club"/>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"6a1f"}}</script>
<style id="css_masterPage">#SITE_CONTAINER{--pinned-layer-in-container:0;}.font_0{font:normal normal bold 44px/1.2em 'playfair display',serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP wixui-skip-to-content-button" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lt8a1" class="KcpHeO tz5f0K comp-lt8a1 wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.ostbycoinclub.org" target="_self" class="wixui-rich-text__text">Ostby Coin Club</a></span></p></div>
<wix-dropdown-menu id="comp-lt8a2" class="XwCBRN NHM1d1 comp-lt8a2 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1"
dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0"
data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center">
<nav class="YXlMHc" id="comp-lt8a2navContainer" aria-label="Site">
<ul class="y7qwii" id="comp-lt8a2itemsContainer" style="text-align:center" data-marginallchildren="true">
${xNav
  .map(
    (t, i) => `<li id="comp-lt8a2${i}" data-direction="ltr" data-listposition="center" data-data-id="dataItem-lt8${i}"
data-state="menu idle link notMobile" data-index="${i}" class="Ory5iy wixui-dropdown-menu__item" aria-haspopup="false"><a data-testid="linkElement"
href="https://www.ostbycoinclub.org/${i}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class="" style="text-align:center"><p class="zKbzSQ"
style="text-align:center;line-height:50px">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
<li id="comp-lt8a2__more__" data-direction="ltr" data-listposition="right" data-state="menu idle header notMobile" data-index="__more__"
data-dropdown="false" class="Ory5iy" aria-haspopup="false"><div data-testid="linkElement" class="UiHgGh" tabindex="0" aria-haspopup="false"><div
class="yRj2ms"><div class="" style="text-align:center"><p class="zKbzSQ" style="text-align:center;line-height:50px" tabindex="-1">More</p></div></div></div>
</li>
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="i8f2k" class="dBAkHi theme-vars i8f2k"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containeri8f2k" class="Containeri8f2k SPY_vo">
<div data-mesh-id="Containeri8f2kinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="Containeri8f2kinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lt8q1" tabindex="-1" class="Oqnisf comp-lt8q1 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lt8q1" data-hook="bgLayers" class="MW5IWV"></div>
<div data-mesh-id="comp-lt8q1inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lt8q1inlineContent-gridContainer" data-testid="mesh-container-content">
${wixText('h1', xTitle, 'font_0')}
${wixText('p', 'Saturday 18 April 2026 · Ostby Corn Exchange', 'font_8')}
${wixText('p', xBody[0] ?? '', 'font_8')}
${wixText('p', xBody[1] ?? '', 'font_8')}
<div id="comp-lt8q7" class="MazNVa comp-lt8q7 wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lt8q7" class="HlRz5e BI8PVQ" data-image-info="{}">
<img src="https://static.wixstatic.com/media/6a1f_fairhall.jpg/v1/fill/w_480,h_320/fairhall.jpg" alt="The Corn Exchange hall"
style="width:480px;height:320px;object-fit:cover"/></wow-image></div></div>
${wixText('h2', xBody[2] ?? '', 'font_2')}
${wixText('p', xBody[3] ?? '', 'font_8')}
<div class="comp-lt8qb R6ex7N" id="comp-lt8qb" aria-disabled="false">
<a data-testid="linkElement" href="https://www.ostbycoinclub.org/book-a-table" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">Book a Table</span></a></div>
</div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${wixText('p', '© 2026 by Ostby &amp; District Coin Club. Registered charity 1189204.', 'font_9')}
${wixText('p', 'Proudly created with Wix.com', 'font_9')}
</div></div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script type="text/javascript">window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.c1d8a4b1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout672-wix-coin-fair',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [xBody[2] ?? ''],
  body: texts(['Saturday 18 April 2026 · Ostby Corn Exchange', xBody[0] ?? '', xBody[1] ?? '', xBody[3] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Ostby Coin Club', ...xNav, 'More', 'Book a Table',
    '© 2026 by Ostby & District Coin Club. Registered charity 1189204.', 'Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT672_B: readonly TestPage[] = [squarespace, wix];
