import { ps, type TestPage, texts } from './page-kit.js';
import { j, type Sec } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file b: an interior decorator's blog post on Squarespace 7.1 (blog item with image captions, item
 * pagination, newsletter block, cookie banner) and a short decorator's page built with Wix (rich text elements, Wix menu).
 */
const qTitle = 'Five ways to make a north-facing room feel warmer';
const qIntro = [
  j(
    'North-facing rooms get a cool, even light all day. It is lovely for painting and reading, but it can make a room feel',
    'chilly even when the heating is on. Most of the calls I get in winter are about one of these rooms.',
  ),
];
const qSecs: Sec[] = [
  {
    h: '1. Choose colours with red or yellow in them',
    p: [
      j(
        'A pure white or a cool grey will look blue in north light. Pick a white with a little red or yellow in the base, and test',
        'it on two walls, because the wall beside the window will always look darker than the one facing it.',
      ),
    ],
  },
  {
    h: '2. Go darker, not lighter',
    p: [
      j(
        'It feels wrong, but a deep colour often works better than a pale one. A room that cannot be bright can still be cosy,',
        'and a warm mid-brown or a dusty plum hugs the space instead of fighting the light.',
      ),
    ],
  },
  {
    h: '3. Paint the ceiling too',
    p: ['A brilliant white ceiling above warm walls looks grey and flat. Take the wall colour up, or use a quarter-strength version of it.'],
  },
  {
    h: '4. Layer textiles',
    p: [
      j(
        'Wool throws, a heavy linen curtain and a rug with some red in it do as much as the paint. In my own sitting room the',
        'curtains are lined and interlined, and the difference on a February evening is remarkable.',
      ),
    ],
  },
  {
    h: '5. Light it in layers',
    p: [
      j(
        'Swap a single ceiling light for two or three lamps at different heights, with warm bulbs of 2700K or lower. Lamps placed',
        'in the corners push the walls back and make the room feel larger as well as warmer.',
      ),
      'If you would like help choosing colours for a north-facing room, I offer colour consultations in person and online.',
    ],
  },
];
const qNav = ['Portfolio', 'Services', 'Journal', 'About', 'Contact'];
const qCaptions = ['A dusty plum in a north-facing study in Kestow.', 'Lamps at three heights in the Mellor Street sitting room.'];
const qBlock = (inner: string, n: number): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${1706000000 + n}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const qImg = (cap: string, n: number): string =>
  `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_${1706100000 + n}"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<div class="intrinsic"><div class="image-inset" data-animation-role="image"><img data-src="https://images.squarespace-cdn.com/content/v1/65a1/room${n}.jpg"
alt="" data-image-dimensions="1500x1000" loading="lazy"></div></div></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="">${cap}</p></div>
</figcaption></figure></div></div>`;
const qBodyHtml = [
  qBlock(ps(qIntro, ' class="" style="white-space:pre-wrap;"'), 0),
  ...qSecs.map(
    (s, i) =>
      qBlock(`<h3>${s.h}</h3>${ps(s.p, ' class="" style="white-space:pre-wrap;"')}`, i + 1) +
      (i === 1 ? qImg(qCaptions[0] ?? '', 1) : i === 4 ? qImg(qCaptions[1] ?? '', 2) : ''),
  ),
].join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${qTitle} — Ondine Hale Interiors</title>
<link rel="canonical" href="https://www.ondinehale.com/journal/north-facing-rooms"><meta property="og:site_name" content="Ondine Hale Interiors">
<meta property="og:title" content="${qTitle} — Ondine Hale Interiors"><meta itemprop="author" content="Ondine Hale">
<meta itemprop="datePublished" content="2027-01-18T10:02:11+0000">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"website":{"siteTitle":"Ondine Hale Interiors"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ondinehale.com","name":"Ondine Hale Interiors","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${qTitle}","datePublished":"2027-01-18T10:02:11+0000","author":{"@type":"Person","name":"Ondine Hale"},
"@context":"http://schema.org","@type":"Article"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65a1/12/5c5a519771c10ba3470d8101/65a1/1596/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65a9b2f7d4c3a1" class="primary-button-style-solid primary-button-shape-pill header-width-full tweak-blog-item-width-narrow
tweak-blog-item-alignment-center
tweak-blog-item-meta-position-above-title tweak-blog-item-show-author-name tweak-blog-item-show-date tweak-blog-item-delimiter-bullet
collection-type-blog-basic-grid
view-item collection-layout-default mobile-style-available sqs-seven-one show-pdp-product-add-to-cart-button" data-controller="HashManager">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce header-mobile-layout-logo-left-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Ondine Hale Interiors</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a consultation</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a1b0c2">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65a1b0c3"><div class="section-border">
<div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-ondine-hale post-type-text article-index-1
category-colour tag-north-light tag-winter" data-item-id="65a9b2f7d4c3a1" id="article-65a9b2f7d4c3a1"><div class="blog-item-inner-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary">
<span class="blog-author">Ondine Hale</span><time class="blog-date" pubdate data-animation-role="date">1/18/27</time></span><span class="blog-meta-delimiter">
</span>
<span class="blog-meta-secondary"></span></div></div><div class="blog-item-title">
<h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1706003000000" id="item-65a9b2f7d4c3a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qBodyHtml}
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-meta-section"><span class="blog-meta-secondary">
<a href="/journal?category=Colour" class="blog-categories">Colour</a></span>
<span class="blog-meta-primary"><a href="/journal?tag=north+light" class="blog-tags">north light</a><a href="/journal?tag=winter" class="blog-tags">winter</a>
</span></div>
<div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="65a9b2f7d4c3a1" data-title="${qTitle}"></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination>
<a class="item-pagination-link item-pagination-link--prev" href="/journal/plaster-pink-pantry">
<div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"><g class="svg-icon"><polyline fill="none" points="21.5,47 1.5,24 21.5,1">
</polyline></g></svg></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">A pantry in plaster pink</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/choosing-a-white"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Choosing a white that is not too white</h2></a></section></div></div></article></div></div></div></section></article>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="65a1c000" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Notes from the studio</h2><div class="newsletter-form-header-description">
<p>One email a season: new rooms, colours I am loving and the odd paint mistake.</p></div>
</header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote">
<p>We respect your privacy.</p></div>
</form></div></div></div></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed"
data-section-theme="black"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Ondine Hale Interiors, The Old Dairy, Abbots Wenley</p>
<p class="" style="white-space:pre-wrap;">studio@ondinehale.com</p></div></div></div></div><div class="col sqs-col-6 span-6">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content"><nav><a href="https://www.instagram.com/ondinehale" target="_blank" aria-label="Instagram">
<svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></a></nav>
</div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience. Read our cookie policy for details.</p></div>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button>
</div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout665-squarespace-north-room',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qSecs.map((s) => s.h),
  body: texts([...qIntro, ...qSecs.flatMap((s) => s.p)]),
  bylines: ['Ondine Hale', '1/18/27'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Ondine Hale Interiors', ...qNav.filter((t) => t !== 'About'), 'Book a consultation', ...qCaptions, 'Previous',
    'A pantry in plaster pink', 'Next', 'Choosing a white that is not too white', 'Notes from the studio',
    'One email a season: new rooms, colours I am loving and the odd paint mistake.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Ondine Hale Interiors, The Old Dairy, Abbots Wenley', 'studio@ondinehale.com',
    'This site uses cookies to give you the best experience. Read our cookie policy for details.', 'Accept', 'Decline',
  ],
};

const xTitle = 'Before we arrive: getting your room ready';
const xBody = [
  j(
    'Thank you for booking with us. A little preparation the day before means we can start on time and spend your money on',
    'painting rather than moving furniture.',
  ),
  'Please clear shelves, mantelpieces and windowsills, and take pictures and mirrors off the walls.',
  'Move smaller furniture out of the room. We will cover anything too heavy to move and slide it to the middle.',
  'Let us know about any damp patches or cracks you have noticed, so we can allow time to fill them.',
  j(
    'We bring our own dust sheets, ladders and a vacuum, and we leave the room swept each evening. If you have pets, please',
    'keep them out of the room while the paint is wet.',
  ),
];
const xNav = ['Home', 'Services', 'Gallery', 'Before we arrive', 'Reviews', 'Contact'];
const xRich = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span style="font-size:17px;" class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/c1d2e3_favicon.png">
<title>Before we arrive | Brannock Decorating</title><meta name="description" content="How to get your room ready before the Brannock Decorating team arrives.">
<meta property="og:title" content="Before we arrive | Brannock Decorating"><meta property="og:site_name" content="Brannock Decorating">
<script type="application/json"
id="wix-viewer-model">{"site":{"metaSiteId":"7d1c0e55-0000-4000-8000-00000000a1b2","siteId":"a3b4c5d6"},"language":"en"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brannock Decorating","telephone":"01632 960 418"}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_8{font:normal normal normal 17px/1.6em raleway,sans-serif}</style>
</head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button class="StylableButton2545352419__root" data-testid="skip-to-content-btn" tabindex="0">
<span class="StylableButton2545352419__label">Skip to Main Content</span></button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${xRich('<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">BRANNOCK DECORATING</span></p>', 'lx2k9a01')}
<nav aria-label="Site" id="comp-lx2k9a02" class="PsXI8h wixui-horizontal-menu"><ul class="mAaTRy wixui-horizontal-menu" data-testid="menuContainer">
${xNav
  .map(
    (t) => `<li class="bUFAfG wixui-horizontal-menu__item${t === 'Before we arrive' ? ' selected' : ''}" data-testid="menuItemDepth0">
<a data-testid="linkElement" href="https://www.brannockdecorating.co.uk/${t.toLowerCase().replace(/ /g, '-')}" class="dCPVrf"><div class="ha4F2G"><div class="">
<p class="wixui-horizontal-menu__item-label">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lx2k9a03" class="comp-lx2k9a03 R6ex7N wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.brannockdecorating.co.uk/quote"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Get a Quote</span></a></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="cpg7r" class="dBAkHi theme-vars cpg7r"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containercpg7r" class="Containercpg7r SPY_vo">
<div data-mesh-id="Containercpg7rinlineContent" data-testid="inline-content">
<div data-mesh-id="Containercpg7rinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lx2kb001" tabindex="-1" class="Oqnisf comp-lx2kb001 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lx2kb001" data-hook="bgLayers"
class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lx2kb002" class="comp-lx2kb002 YzqVVZ wixui-column-strip__column">
<div data-testid="inline-content" class=""><div data-mesh-id="comp-lx2kb002inlineContent-gridContainer" data-testid="mesh-container-content">
${xRich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`, 'lx2kb003')}
${xRich(xP(xBody[0] ?? ''), 'lx2kb004')}
${xRich(
  `<ul class="font_8 wixui-rich-text__text">${xBody
    .slice(1, 4)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
    .join('\n')}</ul>`,
  'lx2kb005',
)}
${xRich(xP(xBody[4] ?? ''), 'lx2kb006')}
<wow-image id="img_comp-lx2kb007" class="HlRz5e BI8PVQ" data-image-info="{}">
<img src="https://static.wixstatic.com/media/c1d2e3_dustsheets~mv2.jpg/v1/fill/w_480,h_320/dustsheets.jpg"
alt="Dust sheets laid over a sofa" style="width:480px;height:320px;object-fit:cover"></wow-image>
</div></div></div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${xRich(xP('Brannock Decorating · 22 Ferry Lane, Kelsworth · 01632 960 418'), 'lx2kc001')}
${xRich(
  xP(`© 2027 by Brannock Decorating. Proudly created with <a href="https://www.wix.com" target="_blank"
class="wixui-rich-text__text">Wix.com</a>`),
  'lx2kc002',
)}
</div></div></div></footer></div></div></div></div>
<script type="text/javascript">window.viewerModel =
{"siteFeatures":["seo","tpaCommons"],"requestUrl":"https://www.brannockdecorating.co.uk/before-we-arrive"};</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6f1b2e.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout665-wix-before-we-arrive',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'BRANNOCK DECORATING', ...xNav.filter((t) => t !== 'Before we arrive'), 'Get a Quote',
    'Brannock Decorating · 22 Ferry Lane, Kelsworth · 01632 960 418', '© 2027 by Brannock Decorating. Proudly created with Wix.com',
  ],
};

export const HELDOUT665_B: readonly TestPage[] = [squarespace, wix];
