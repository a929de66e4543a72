import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file e: a reptile rescue's care sheet as a Squarespace 7.1 blog post with a cookie banner, a newsletter
 * block and prev/next pagination, and a goldfish care sheet on a free Wix site with its Wix banner.
 */
const qTitle = 'Care Sheet: Eastern Blue-tongued Skink';
const qBody = [
  j(
    'Blue-tongues are the skinks we rehome most often, and most of the animals that come to us were kept too small and too cool.',
    'This sheet is what we give every adopter. It is written for adults; hatchlings need daily feeding and a smaller space.',
  ),
  'Enclosure',
  j(
    'An adult needs a floor area of at least 120 × 60 cm. Height matters less than length, because blue-tongues are ground dwellers,',
    'but a 60 cm tall enclosure lets you fit a proper UVB tube at the right distance.',
  ),
  'Heat and light',
  'Basking surface: 38–42 °C, measured with a probe thermometer or temperature gun',
  'Cool end: 22–26 °C by day, down to 18 °C at night',
  'UVB: a 10–12% T5 tube covering half to two thirds of the enclosure, 30 cm above the basking spot',
  'Diet',
  j(
    'Offer a mix of roughly 50% vegetables and greens, 40% protein (tinned dog food of good quality, snails, insects) and 10% fruit.',
    'Adults eat every three to four days; obesity is the most common problem we see.',
  ),
  j('If anything in this sheet differs from what your vet advises, follow your vet. Questions are always welcome on our contact form.'),
];
const qNav = ['Adopt', 'Surrender an animal', 'Care Sheets', 'Volunteer', 'Donate'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-AU"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${qTitle} — Coolabah Reptile Rescue</title>
<link rel="canonical" href="https://www.coolabahrescue.example/care-sheets/eastern-blue-tongue">
<meta property="og:site_name" content="Coolabah Reptile Rescue"><meta property="og:type" content="article">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"websiteSettings":{"storeSettings":{}},"collectionId":"64a1f2","itemId":"65b3c9","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.coolabahrescue.example","name":"Coolabah Reptile Rescue","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/site.css"></head>
<body id="item-65b3c9" class="primary-button-style-solid header-width-full tweak-blog-item-width-medium tweak-blog-item-show-author-name
tweak-blog-item-show-date collection-type-blog-basic view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Coolabah Reptile Rescue</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65b3c9">
<section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="blog-item" data-item-id="65b3c9">
<div class="blog-item-top-wrapper">
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author">
<a href="/care-sheets?author=5f01" class="blog-author">Rhiannon Tully</a></div>
<div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2025-11-02" pubdate data-animation-role="date">November 2, 2025</time></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1730512000000" id="item-65b3c9">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2c3">
<div class="sqs-block-content">
<div class="sqs-html-content">${ps(at(qBody, 0), ' class="" style="white-space:pre-wrap;"')}<h2
style="white-space:pre-wrap;">${qBody[1]}</h2>${ps(at(qBody, 2), ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${qBody[3]}</h2>
<ul data-rte-list="default">${lis(at(qBody, 4, 5, 6).map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-d4e5f6"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/64a1/bluey-basking.jpg" alt=""
src="https://images.squarespace-cdn.com/content/v1/64a1/bluey-basking.jpg?format=1000w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Pebbles, adopted in 2024, on her basking slate.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-g7h8i9"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${qBody[7]}</h2>${ps(at(qBody, 8, 9), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-j0k1l2"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Rescue news</h2><div class="newsletter-form-header-description">
<p>Animals looking for homes, once a month.</p></div></div>
<form class="newsletter-form" data-form-id="65c0"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/care-sheets?author=5f01" class="author-name">Rhiannon Tully</a><div class="author-bio">
<p>Rhiannon has run the rescue's lizard room since 2019.</p></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic">
<a href="/care-sheets/bearded-dragon" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Care Sheet: Central Bearded Dragon</h2></a>
<a href="/care-sheets/shingleback" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Care Sheet: Shingleback</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Coolabah Reptile Rescue Inc. · ABN 42 118 903 551 · Wildlife licence WL-20771</p>
<p class="" style="white-space:pre-wrap;">We acknowledge the Traditional Owners of the land on which we care for our animals.</p></div></div></div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const coolabah: TestPage = {
  name: 'heldout460-squarespace-bluetongue',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: at(qBody, 1, 3, 7),
  body: texts(qBody.filter((_, i) => ![1, 3, 7].includes(i))),
  bylines: ['Rhiannon Tully', 'November 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Coolabah Reptile Rescue', ...qNav, 'Donate now', 'Pebbles, adopted in 2024, on her basking slate.', 'Rescue news',
    'Animals looking for homes, once a month.',
    'Email Address', 'Sign Up', "Rhiannon has run the rescue's lizard room since 2019.", 'Previous', 'Care Sheet: Central Bearded Dragon', 'Next',
    'Care Sheet: Shingleback', 'Coolabah Reptile Rescue Inc. · ABN 42 118 903 551 · Wildlife licence WL-20771',
    'We acknowledge the Traditional Owners of the land on which we care for our animals.', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ],
};

const wTitle = 'Fancy Goldfish Care Sheet';
const wBody = [
  'Everything our club tells new keepers at the spring auction, on one page.',
  'Tank size',
  j(
    'Start with 100 litres for the first two fancy goldfish and add 40 litres for each extra fish. Bowls and small tanks are the',
    'main cause of the problems we are asked about: the fish grow fast and produce a lot of waste.',
  ),
  'Filtration and water changes',
  j(
    'Use a filter rated for at least four times the tank volume per hour, with gentle outflow for round-bodied varieties. Change a',
    'third of the water every week with dechlorinated water at the same temperature.',
  ),
  'Feeding',
  j(
    'Feed sinking pellets or gel food once or twice a day, only as much as is eaten in two minutes. Soak dry food first; floating',
    'flakes make fancy goldfish gulp air, which can lead to swimming problems.',
  ),
  'Keep fancy goldfish only with other fancy goldfish. Single-tailed goldfish and tropical fish are not suitable tankmates.',
];
const wNav = ['Home', 'About the Club', 'Meetings', 'Care Sheets', 'Auction', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">${t}</span></p>`;
const wH = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Fancy Goldfish Care | Tollmere Goldfish Society</title>
<script>window.viewerModel = {"site":{"metaSiteId":"7e2f","isPremium":false},"language":{"userLanguage":"en"}};</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","type":"GA"},"mode":{"qa":false}}</script>
<style>#masterPage:not(.landingPage) #SITE_HEADER{position:sticky;top:0}.font_8{font:normal normal normal 17px/1.4em helvetica-w01-light}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mStXCz">top of page</span></div>
<div id="WIX_ADS" class="VFbYm6 DjzX0q ytGGBw">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow" class="uDW_Qe wixSiteProperties"
aria-label="This site was designed with the Wix website builder">
<span class="Gx3Kze">This site was designed with the <b>Wix</b>.com website builder. Create your website today.</span>
<span class="SA8IjW">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich(
  'hd1',
  `<p class="font_6 wixui-rich-text__text">
<a href="https://www.tollmeregoldfish.example" class="wixui-rich-text__text">Tollmere Goldfish Society</a></p>`,
)}
<nav id="comp-menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}" class="itemLabel">
<div class="label"><span class="itemLabel-text">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="P0dCOY">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-sec1" class="comp-sec1 CohWsy wixui-column-strip">
<div id="bgLayers_comp-sec1" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="V5AUxf">
<div id="comp-col1" class="comp-col1 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-col1inlineContent" data-testid="inline-content" class="">
${wRich('t1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('t2', wP(wBody[0] ?? ''))}
<div id="comp-img1" class="comp-img1 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-img1" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/6d1e2b_goldfish~mv2.jpg/v1/fill/w_420,h_280,al_c,q_80/oranda.jpg" alt="Red cap oranda"
style="width:420px;height:280px;object-fit:cover" width="420" height="280"></wow-image></div></div>
${wRich('t3', wH(wBody[1] ?? '') + wP(wBody[2] ?? '') + wH(wBody[3] ?? '') + wP(wBody[4] ?? ''))}
${wRich('t4', wH(wBody[5] ?? '') + wP(wBody[6] ?? '') + wP(wBody[7] ?? ''))}
<div class="comp-btn1 R6ex7N wixui-button" id="comp-btn1">
<a data-testid="linkElement" href="/auction" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="w4Vxx6 wixui-button__label">See the auction dates</span></a></div>
</div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich(
  'ft1',
  `<p class="font_9 wixui-rich-text__text">
<span class="wixui-rich-text__text">© 2026 by Tollmere Goldfish Society. Meetings at Tollmere Village Hall, first Tuesday of the month.</span></p>`,
)}
</div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mStXCz">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const tollmere: TestPage = {
  name: 'heldout460-wix-goldfish-care',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, 1, 3, 5),
  body: texts(wBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Tollmere Goldfish Society', ...wNav,
    'See the auction dates', '© 2026 by Tollmere Goldfish Society. Meetings at Tollmere Village Hall, first Tuesday of the month.', 'bottom of page',
  ],
};

export const HELDOUT460_E: readonly TestPage[] = [coolabah, tollmere];
