import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file b: a butcher's sourcing story as a Squarespace 7.1 blog post (cookie banner, image caption, quote
 * block, share and previous / next links), and a fishmonger's "what's in season" page built with Wix (free-plan ad banner).
 */
const qTitle = 'Where Our Lamb Comes From';
const qBody = [
  j(
    'Every lamb we sell between July and February comes from one hill farm: Garrow Head, 900 feet up on the edge of the moor,',
    'where Agnes and Rob Tulley keep four hundred Cheviot ewes.',
  ),
  j(
    'We first drove up there eleven years ago, when our old supplier retired. Rob walked us round the top fields in sideways rain and',
    'told us the lambs would be ready when they were ready, not when the calendar said so. We have bought every one since.',
  ),
  'The lambs stay with their mothers on the hill until they are weaned and finish on grass and heather, with no creep feed.',
  'They go to the small abattoir at Delby, forty minutes away, and come to us as whole carcasses the same week.',
  '“People ask why our lamb tastes different. It’s the heather, and it’s time. We don’t hurry them.”',
  j(
    'Because we buy whole animals, we sell every part: shoulders and legs, of course, but also neck fillet, breast, shanks, liver',
    'and kidneys. If you have never tried a rolled breast of lamb, slow-roasted with garlic and rosemary, ask us for one.',
  ),
  j(
    'Hill lamb is at its best from late summer into the new year. From March to June we take a break rather than buy in lamb',
    'from elsewhere, and the counter fills up with pork and veal instead.',
  ),
];
const qNav = ['Shop', 'Journal', 'Our Suppliers', 'Visit Us'];
const qFoot = ['Instagram', 'Facebook', 'Privacy', 'Terms'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${qTitle} &mdash; Fenwright &amp; Sons</title>
<meta property="og:site_name" content="Fenwright &amp; Sons"><meta property="og:type" content="article"><meta itemprop="author" content="Fenwright &amp; Sons">
<script type="application/ld+json">{"url":"https://www.fenwrights.example","name":"Fenwright & Sons","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"${qTitle}","datePublished":"2026-09-14","author":"Hattie Fenwright"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64e1a2","siteTitle":"Fenwright & Sons"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64e1a2/12/site.css"></head>
<body id="item-650a3f" class="primary-button-style-solid tweak-blog-item-width-narrow header-width-full collection-type-blog-basic view-item">
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-light" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to improve your experience and to understand how our website is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/" id="site-title">Fenwright &amp; Sons</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`)
  .join('')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop">
<div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon"><span class="sqs-cart-quantity">0</span></a></div>
</div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="650a3e"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry blog-item hentry author-hattie-fenwright post-type-text article-index-1" data-item-id="650a3f">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author"><a href="/journal?author=5f1" class="blog-author-name">Hattie Fenwright</a></span></span>
<span class="blog-meta-secondary"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-09-14">14 September 2026</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(qBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><img data-src="https://images.squarespace-cdn.com/content/v1/64e1a2/ewes.jpg"
alt="Ewes on the hill at Garrow Head"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Rob Tulley’s ewes on the top fields in August.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>On the hill</h3>${ps(qBody.slice(2, 4), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content"><figure><blockquote data-animation-role="quote">
<span>${qBody[4]}</span></blockquote><figcaption class="source">— Agnes Tulley</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>The whole animal</h3>${ps(qBody.slice(5, 7), ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-categories"><a href="/journal?category=Suppliers" class="blog-categories">Suppliers</a></div>
<div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-item-identifier="650a3f"><span>Share</span></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/sausage-week"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Sausage Week, Again</h2></a><a class="item-pagination-link item-pagination-link--next" href="/journal/new-smoker">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Our New Smokehouse</h2></a></section></div></div></article>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-html-content"><p>Fenwright &amp; Sons, 3 Corn Market, Ellersby</p><p>Open Tuesday to Saturday</p>
<ul>${links(qFoot)}</ul></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace = page({
  name: 'heldout588-squarespace-lamb-sourcing',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['On the hill', 'The whole animal'],
  body: [...qBody.slice(0, 5), '— Agnes Tulley', ...qBody.slice(5)],
  bylines: ['Hattie Fenwright', '14 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and to understand how our website is used.', 'Accept all', 'Decline all', 'Manage cookies',
    'Fenwright & Sons', ...qNav, 'Rob Tulley’s ewes on the top fields in August.', 'Suppliers', 'Share', 'Previous',
    'Sausage Week, Again', 'Next', 'Our New Smokehouse', 'Fenwright & Sons, 3 Corn Market, Ellersby', 'Open Tuesday to Saturday', ...qFoot,
  ],
});

const wTitle = 'What’s in Season: Autumn';
const wIntro = j(
  'The boats have had a good start to the autumn. Here is what we expect on the slab from October to early December, weather',
  'permitting. If something is not on the list, ring us and we will tell you honestly whether it is worth buying.',
);
const wFish = [
  'Mackerel – still plentiful inshore, best grilled the day it lands',
  'Hake – lovely big fish from the day boats, great roasted on the bone',
  'Megrim sole – cheap and sweet, try it pan-fried whole',
  'Gurnard – firm and meaty, holds together in a stew',
  'Sprats – come in with the first cold weeks of November',
];
const wShell = [
  'Mussels – back in from the Carrick beds from October',
  'Scallops – hand-dived, in the shell or shucked to order',
  'Brown crab – cock crabs now full of meat',
];
const wOutro = 'Our Saturday stall at Pennock market runs right through to Christmas Eve.';
const wNav = ['Home', 'What’s in Season', 'Order Online', 'Find Our Van', 'About'];
const wRich = (id: string, inner: string): string =>
  `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT ${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wLi = (t: string): string => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>What's in Season | Saltmarsh Fish Co.</title>
<meta property="og:title" content="What's in Season | Saltmarsh Fish Co."><meta property="og:site_name" content="Saltmarsh Fish Co.">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["contactForm"],"site":{"metaSiteId":"c9e4"},"language":"en"}</script>
<style id="css_masterPage">.font_0{font:normal normal normal 40px/1.2em 'playfair display',serif;}.font_8{font:normal normal normal 16px/1.6em raleway;}</style>
</head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="WIX_ADS" class="ytGGBw"><a data-testid="linkElement"
href="https://www.wix.com/lpviral/enviral" class="uDW_Qe wixui-link"><span class="tree-ad-copy">This site was designed with the <strong>Wix</strong>
website builder. Create your website today.</span><span class="tree-ad-cta">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich('comp-lk8r1', `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Saltmarsh Fish Co.</span></p>`)}
<nav id="comp-lk8r3" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a href="/" class="itemDepth02233374943__container">
<span class="wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dVkVf7 wixui-page"><section id="comp-lk9a0"
class="comp-lk9a0 CohWsy wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lk9a1" class="comp-lk9a1 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lk9a1inlineContent" data-testid="inline-content">
${wRich('comp-lk9a3', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('comp-lk9a5', wP(wIntro))}
<div id="comp-lk9a7" class="MazNVa comp-lk9a7 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lk9a7" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/3b9c_fish.jpg/v1/fill/w_640,h_420/fish.jpg" alt="Hake and gurnard on ice"></wow-image></div></div>
${wRich('comp-lk9a9', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Fish</span></h2>`)}
${wRich('comp-lk9b1', `<ul class="font_8 wixui-rich-text__text">${wFish.map(wLi).join('')}</ul>`)}
${wRich('comp-lk9b3', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Shellfish</span></h2>`)}
${wRich('comp-lk9b5', `<ul class="font_8 wixui-rich-text__text">${wShell.map(wLi).join('')}</ul>`)}
${wRich('comp-lk9b7', wP(wOutro))}
<div id="comp-lk9b9" class="comp-lk9b9 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/order-online" class="uDW_Qe wixui-button">
<span class="w4Vxx6 wixui-button__label">Order for Collection</span></a></div></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich('comp-lk8s2', `${wP('Unit 4, The Fish Quay, Pennock')}${wP('Tel: 01632 960 772')}${wP('Tue – Sat, 7am – 1pm')}`)}
${wRich('comp-lk8s4', wP('© 2026 by Saltmarsh Fish Co. Proudly created with Wix.com'))}</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.1c8e.bundle.min.js" async></script></body></html>`;
const wix = page({
  name: 'heldout588-wix-in-season',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Fish', 'Shellfish'],
  body: [wIntro, ...wFish, ...wShell, wOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Saltmarsh Fish Co.', ...wNav,
    'Order for Collection', 'Unit 4, The Fish Quay, Pennock', 'Tel: 01632 960 772', 'Tue – Sat, 7am – 1pm',
    '© 2026 by Saltmarsh Fish Co. Proudly created with Wix.com',
  ],
});

export const HELDOUT588_B: readonly TestPage[] = [squarespace, wix];
