import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file b: a seasonal finds post on a Squarespace 7.1 blog (with image captions, item pagination and a
 * cookie banner), and a foraging courses page built with Wix (a listing of three courses with Book Now buttons and the Wix ad banner).
 */
const qTitle = 'Late September finds: chickens, parasols and one we left alone';
const qBody = [
  j(
    'After a dry August the rain finally arrived in the second week of September, and within ten days the woods around Pellow',
    'Combe went from bare to busy. Here is what turned up on our walks over the last fortnight, and what we did with it.',
  ),
  'Chicken of the woods',
  j(
    'We found three brackets of chicken of the woods on a fallen oak by the stream, bright enough to see from fifty metres away.',
    'Only the soft outer edges are worth taking; the older parts near the wood turn chalky and sour. We cut about a third of the',
    'youngest bracket and left the rest to drop its spores.',
  ),
  j(
    'Chicken of the woods growing on yew, cedar or eucalyptus can pick up compounds from the tree that make people ill, so we only',
    'ever collect it from oak, sweet chestnut or willow. Even from oak, a small number of people react badly: try a little, well',
    'cooked, the first time.',
  ),
  'Parasols',
  j(
    'The grassland above the combe gave us a ring of parasols, some as wide as dinner plates. Look for the snakeskin pattern on the',
    'stem and the double ring that slides up and down. Small parasol-like mushrooms with a fixed ring are a different matter: several',
    'of the little Lepiota species are deadly, so we never pick anything under ten centimetres across.',
  ),
  'The panther cap',
  j(
    'Under the beeches on the way back was a perfect panther cap, a brown amanita with neat white warts and a rimmed bulb at the',
    'base of the stem. It is seriously poisonous, and it is exactly the kind of mushroom that people mistake for the edible blusher.',
    'We photographed it, talked about the differences and left it where it was.',
  ),
  j('<em>Our rule on every walk: if you cannot name it with certainty, and name its dangerous lookalikes, it does not go in the basket.</em>'),
  'What is coming next',
  j(
    'If the mild weather holds, October should bring hedgehog fungus, wood blewits and, with luck, the first ceps under the old oaks',
    'at Trenlow. Places on our October walks are going fast; the November dates are now open for booking.',
  ),
];
const qHeads = [1, 4, 6, 9];
const qNav = ['Walks', 'Private Days', 'Journal', 'About', 'Contact'];
const qFoot = ['Instagram', 'Privacy Policy', 'Terms'];
const qCaps = ['Chicken of the woods on a fallen oak.', 'A ring of parasols on the top field.'];
const sq = (h: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${h}</div></div></div>`;
const qPar = (i: number): string => ps([at(qBody, i)], ' class="" style="white-space:pre-wrap;"');
const qFig = (src: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image"><div
class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.6%;overflow: hidden;"><img data-stretch="false"
data-src="https://images.squarespace-cdn.com/content/v1/61a2/${src}" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt=""
src="https://images.squarespace-cdn.com/content/v1/61a2/${src}?format=1000w" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} &mdash; Pellow Combe Foraging</title><link rel="canonical" href="https://www.pellowcombeforaging.com/journal/late-september-finds">
<meta property="og:site_name" content="Pellow Combe Foraging"><meta property="og:title" content="${qTitle} &mdash; Pellow Combe Foraging">
<meta property="og:type" content="article"><meta itemprop="author" content="Ada Penrose"><meta itemprop="datePublished" content="2026-09-28T18:04:11+0100">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","websiteSettings":{"storeSettings":{}},
"collectionId":"6131f0c2a","itemId":"66f8b3","templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.pellowcombeforaging.com","name":"Pellow Combe Foraging",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${qTitle}","datePublished":"2026-09-28T18:04:11+0100","author":"Ada Penrose","@context":"http://schema.org",
"@type":"Article"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61a2/27/5c5a519771b/1/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-66f8b3" class="header-width-full tweak-blog-item-width-medium tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title
primary-button-style-solid view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles='{"layout":"navRight","action":{"buttonText":"Book a walk"}}'><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce"
data-test="header-inner"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element"><div class="header-title-logo"><a href="/"
data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/61a2/logo.png?format=1500w" alt="Pellow Combe Foraging" style="display:block"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/walks">Book a walk</a></div>
</div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61a2f0e2"><section data-test="page-section"
data-section-theme=""
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle" data-section-id="61a2f0e3" data-controller="SectionWrapperController"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-ada-penrose post-type-text article-index-1 category-seasonal-finds"
data-item-id="66f8b3"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-meta-section"><span
class="blog-meta-primary"><span class="blog-author">Ada Penrose</span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-09-28">September 28, 2026</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1727543051000" id="item-66f8b3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sq(qPar(0))}
${sq(`<h2 style="white-space:pre-wrap;">${at(qBody, 1)}</h2>${qPar(2)}${qPar(3)}`)}
${qFig('chicken-oak.jpg', at(qCaps, 0))}
${sq(`<h2 style="white-space:pre-wrap;">${at(qBody, 4)}</h2>${qPar(5)}`)}
${qFig('parasol-ring.jpg', at(qCaps, 1))}
${sq(`<h2 style="white-space:pre-wrap;">${at(qBody, 6)}</h2>${qPar(7)}<blockquote>${at(qBody, 8)}</blockquote>`)}
${sq(`<h2 style="white-space:pre-wrap;">${at(qBody, 9)}</h2>${qPar(10)}`)}
</div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/journal?category=Seasonal+finds"
class="blog-categories">Seasonal finds</a></span><span class="blog-tags-list"><a href="/journal?tag=autumn"
class="blog-tags">autumn</a></span></div></div></div>
<div class="blog-item-bottom-wrapper"><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"
aria-label="Previous and Next">
<a href="/journal/bay-boletes-and-a-wet-weekend" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Bay boletes and a wet weekend</h2></a>
<a href="/journal/wood-blewits-how-to-tell" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Wood blewits: how to tell them</h2></a></section></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section"
class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">${sq(`<h3 style="white-space:pre-wrap;">Pellow Combe
Foraging</h3>
<p class="" style="white-space:pre-wrap;">Guided walks in Cornwall since 2017.</p>`)}</div><div class="col sqs-col-6 span-6">
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div
class="sqs-block-content"><nav><ul>${links(qFoot)}</ul></nav></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text"><p>
This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-accept">Accept
</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = settle({
  name: 'heldout625-squarespace-finds',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads.map((i) => at(qBody, i)),
  body: texts(qBody.filter((_, i) => !qHeads.includes(i))),
  bylines: ['Ada Penrose', 'September 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav, 'Book a walk', ...qCaps, 'Seasonal finds', 'autumn', 'Previous', 'Bay boletes and a wet weekend', 'Next',
    'Wood blewits: how to tell them', 'Pellow Combe Foraging', 'Guided walks in Cornwall since 2017.', ...qFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

const wTitle = 'Foraging Courses 2027';
const wIntro = 'All our courses are small, slow and outdoors. Pick the one that suits you, or get in touch about a private day for your group.';
const wCourses = [
  [
    'Fungi for Beginners',
    'Saturdays in October · 10am to 3pm · £85',
    'A full day in mixed woodland learning the twenty most common edible mushrooms and the deadly species they are confused with. Lunch is included.',
  ],
  [
    'Spring Greens & Early Mushrooms',
    'Sundays in April · 10am to 1pm · £50',
    'Wild garlic, nettles, hairy bittercress, St George’s mushroom and morels if we are lucky, with a short talk on the law and good practice.',
  ],
  [
    'Mushroom Cultivation Workshop',
    'One Saturday a month · 1pm to 4pm · £65',
    'Inoculate your own oyster bucket and a shiitake log to take home, and learn how to keep them fruiting for years.',
  ],
] as const;
const wNav = ['Home', 'Courses', 'About Iolo', 'Gallery', 'Contact'];
const wTxt = (
  tag: string,
  cls: string,
  t: string,
): string => `<div class="wixui-rich-text" data-testid="richTextElement"><${tag} class="${cls} wixui-rich-text__text"
style="line-height:normal;"><span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const wBtn = (id: string): string => `<div class="comp-${id} wixui-button" id="comp-${id}"><a data-testid="linkElement"
href="https://www.iolobrynforaging.co.uk/booking-calendar" target="_self" class="wixui-button"><span class="wixui-button__label">Book Now</span></a></div>`;
const wCourse = ([t, d, x]: readonly [string, string, string], i: number): string => `<section id="comp-c${i}" class="wixui-section">
<div data-testid="columns" class="wixui-column-strip__column"><div data-mesh-id="comp-c${i}inlineContent" data-testid="inline-content">
${wTxt('h2', 'font_2', t)}${wTxt('p', 'font_8', d)}${wTxt('p', 'font_8', x)}${wBtn(`b${i}`)}</div></div></section>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/favicon.png">
<title>Courses | Iolo Bryn Foraging</title><meta name="description" content="Foraging and mushroom courses in mid Wales for 2027.">
<link rel="canonical" href="https://www.iolobrynforaging.co.uk/courses"><meta property="og:title" content="Courses | Iolo Bryn Foraging">
<script>window.viewerModel = {"site":{"metaSiteId":"8c1b","siteId":"f4d0","isResponsive":false},"language":{"siteLanguage":"en"}};</script>
<script id="wix-essential-viewer-model"
type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"},"mode":{"ssrOnly":false}}</script>
<style id="css_masterPage">#comp-c0{--padding:0px;} .font_0{font:normal normal normal 46px/1.4em 'playfair display',serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="zXs6W2"><span class="PnxZNe"><span class="Cq8JYg">This site was designed with the </span><span class="Cq8JYg">Wix.com</span> website builder.
Create your website today.</span><span class="zMm3Lm">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">${wTxt('p', 'font_0', 'Iolo Bryn Foraging')}
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="/${t.toLowerCase()}"><span class="wixui-horizontal-menu__item-label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="c1dmp" class="dBAkHi theme-vars">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><section id="comp-intro" class="wixui-section"><div data-testid="columns">
${wTxt('h1', 'font_0', wTitle)}${wTxt('p', 'font_7', wIntro)}
<wow-image id="img_comp-intro" class="HlRz5e"
data-image-info='{"containerId":"comp-intro","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/basket.jpg"
alt="Basket of mushrooms" style="width:980px;height:320px;object-fit:cover"></wow-image></div></section>
${wCourses.map(wCourse).join('\n')}
<section id="comp-gift" class="wixui-section"><div data-testid="columns">${wTxt('h3', 'font_4', 'Gift vouchers available for every course')}
<div class="comp-gv wixui-button"><a data-testid="linkElement" href="/gift-vouchers"
class="wixui-button"><span class="wixui-button__label">Buy a voucher</span></a></div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wTxt('p', 'font_9', 'Iolo Bryn Foraging · Llanwrtyd, Powys · 07700 900418')}
${wTxt('p', 'font_9', '© 2026 by Iolo Bryn Foraging. Proudly created with Wix.com')}
</div></footer></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2f4f.bundle.min.js" async></script></body></html>`;
const wix: TestPage = settle({
  name: 'heldout625-wix-courses',
  kind: 'blog',
  html: wxHtml,
  title: wTitle,
  headings: wCourses.map((c) => c[0]),
  body: [wIntro, ...wCourses.flatMap((c) => [c[1], c[2]])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Iolo Bryn Foraging',
    ...wNav.filter((t) => t !== 'Courses'), 'Book Now', 'Gift vouchers available for every course', 'Buy a voucher',
    'Iolo Bryn Foraging · Llanwrtyd, Powys · 07700 900418', '© 2026 by Iolo Bryn Foraging. Proudly created with Wix.com', 'bottom of page',
  ],
});

export const HELDOUT625_B: readonly TestPage[] = [squarespace, wix];
