import { ps, type TestPage } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file b: a beekeeping association's beginners' course page on Squarespace 7.1 (Fluid Engine, accordion
 * FAQ) and a small bee farm's "Our bees" page built with Wix.
 */
const qTitle = 'Beginners’ Beekeeping Course 2027';
const qBody = [
  j(
    'Thinking about keeping bees? Our six-week course for beginners starts in the classroom in late winter and moves out to the',
    'training apiary at Brackenlea as soon as the weather warms up, so you see a full spring build-up before you buy your own colony.',
  ),
  'Course dates',
  'Session 1, Saturday 27 February: the honey bee colony and its year',
  'Session 2, Saturday 13 March: hives, frames and equipment',
  'Session 3, Saturday 27 March: handling bees safely and your first inspection',
  'Session 4, Saturday 10 April: swarming and how to control it',
  'Session 5, Saturday 24 April: pests and diseases, including varroa',
  'Session 6, Saturday 8 May: honey, and what to do in your first year',
  'What you need',
  j(
    'Sessions run from 10am to 1pm. We lend bee suits, gloves and boots for the apiary sessions, but bring your own if you have them.',
    'Wear long trousers and sturdy shoes, and tell us in advance if you have ever reacted badly to a sting.',
  ),
  'Price',
  j(
    'The course costs £145, which includes a year’s membership of the association, a copy of our members’ handbook and a mentor for',
    'your first season. Places are limited to sixteen.',
  ),
  'Frequently asked questions',
  'Do I need my own bees before the course?',
  'No. Most people on the course have no bees yet, and we advise waiting until you have finished it before buying a colony.',
  'Can children come?',
  'Young people aged 12 to 17 are welcome with a parent or guardian, who must also book a place.',
  'What if a session is rained off?',
  'Apiary sessions that cannot go ahead are moved to the following Sunday at the same time.',
];
const qNav = ['Home', 'About', 'Courses', 'Apiary visits', 'Shop', 'Contact'];
const qFoot = ['Brackenlea Beekeepers', 'The Old Forge, Brackenlea Lane', 'hello@brackenleabees.org', 'Instagram', 'Facebook'];
const qBlock = (id: string, inner: string): string =>
  `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2" data-sqsp-block="text" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div></div>`;
const qFaq = [13, 15, 17]
  .map(
    (i, n) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target"
aria-expanded="false" aria-controls="accordion-${n}" id="accordion-button-${n}"><span class="accordion-item__title">${qBody[i]}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"><div class="plus__horizontal-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-${n}" aria-labelledby="accordion-button-${n}"><div class="accordion-item__description">
<p>${qBody[i + 1]}</p></div></div></li>`,
  )
  .join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Beginners’ Course &mdash; Brackenlea
Beekeepers</title>
<link rel="canonical" href="https://www.brackenleabees.org/beginners-course"><meta property="og:site_name" content="Brackenlea Beekeepers">
<meta property="og:title" content="Beginners’ Course &mdash; Brackenlea Beekeepers"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63a1f0","siteTitle":"Brackenlea Beekeepers"},"collection":{"title":"Beginners'
Course","typeName":"page"},
"templateVersion":"7.1","pageFeatures":[1,2,4],"cookieSettings":{"isCookieBannerEnabled":true,"cookieBannerText":"<p>This website uses
cookies.</p>"}};</script>
<script type="application/ld+json">{"url":"https://www.brackenleabees.org","name":"Brackenlea
Beekeepers","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f0/12/5c5a519771c10ba3470d8101/63a1f0/1529/site.css" rel="stylesheet" type="text/css">
</head><body id="collection-63a2b7" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid primary-button-shape-pill
form-use-theme-colors collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill
icon--cart sqs-custom-cart"><span class="Cart-inner"><span class="sqs-cart-quantity">0</span></span></a></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link
sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div
class="header-title-text">
<a href="/" id="site-title">Brackenlea Beekeepers</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span
class="sqs-cart-quantity">0</span></span></a>
</div></div><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border
theme-btn--primary-inverse
sqs-button-element--primary" href="/beginners-course#book">Book a place</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63a2b7c1">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle bright" data-section-id="63a2b7c2"><div class="section-border"><div
class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63a2b7c2">
${qBlock('a1', `<h1 style="white-space:pre-wrap;">${qTitle}</h1>`)}${qBlock('a2', ps(at(qBody, 0), ' class="" style="white-space:pre-wrap;"'))}
<div class="fe-block fe-block-a3"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure
intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/63a1f0/frames.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Last year’s group opening their first hive in April.</p></div></figcaption>
</figure></div></div></div>
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--medium horizontal-alignment--center vertical-alignment--middle white" data-section-id="63a2b7c3"><div class="content-wrapper"><div
class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-63a2b7c3">
${qBlock(
  'b1',
  `<h2 style="white-space:pre-wrap;">${qBody[1]}</h2><ul data-rte-list="default">${lis(
    qBody.slice(2, 8).map(
      (t) => `<p
style="white-space:pre-wrap;">${t}</p>`,
    ),
  )}</ul>`,
)}
${qBlock(
  'b2',
  `<h3 style="white-space:pre-wrap;">${qBody[8]}</h3>${ps(at(qBody, 9), ' style="white-space:pre-wrap;"')}<h3
style="white-space:pre-wrap;">${qBody[10]}</h3>
${ps(at(qBody, 11), ' style="white-space:pre-wrap;"')}`,
)}
<div class="fe-block fe-block-b3" id="book"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="large">
<a href="https://brackenleabees.org/store/p/beginners-course-2027" class="sqs-block-button-element--large sqs-button-element--primary
sqs-block-button-element">Book your
place</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--medium horizontal-alignment--center vertical-alignment--middle light" data-section-id="63a2b7c4"><div class="content-wrapper"><div
class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-63a2b7c4">${qBlock('c1', `<h2 style="white-space:pre-wrap;">${qBody[12]}</h2>`)}
<div class="fe-block fe-block-c2"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true">
${qFaq}</ul></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-63a2b7f1">${qBlock('f1', ps(qFoot.slice(0, 3)))}
<div class="fe-block fe-block-f2"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div
class="sqs-block-content">
<div class="sqs-svg-icon--outer social-icon-alignment-left"><nav class="sqs-svg-icon--list">${qFoot
  .slice(3)
  .map(
    (t) => `<a href="https://www.${t.toLowerCase()}.com/brackenleabees" target="_blank" class="sqs-svg-icon--wrapper ${t.toLowerCase()}" aria-label="${t}">
<div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a>`,
  )
  .join('')}</nav></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 BOTTOM"><div class="sqs-cookie-banner-v2-content"><div
class="sqs-cookie-banner-v2-text">
<p>This website uses cookies.</p><p>We use cookies to analyse website traffic and improve your experience. By accepting, your data will be aggregated
with all other
user data.</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout566-squarespace-beginners-course',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: at(qBody, 1, 8, 10, 12),
  body: qBody.filter((_, i) => ![1, 8, 10, 12].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Brackenlea Beekeepers', ...qNav, '0', 'Book a place', 'Last year’s group opening their first hive in April.', 'Book your place',
    ...qFoot.slice(1, 3), 'This website uses cookies.',
    'We use cookies to analyse website traffic and improve your experience. By accepting, your data will be aggregated with all other user data.',
    'Accept', 'Decline',
  ],
};

const wTitle = 'Our bees';
const wBody = [
  j(
    'We keep forty colonies of native dark bees on the edge of Carrigmore bog, where they forage on bell heather, ling and',
    'bog myrtle from July until the first frosts.',
  ),
  j(
    'Dark bees are slower to build up in spring than the yellow Italian strains most people buy, but they fly in cool, damp',
    'weather, winter on very little stores and rarely swarm. We breed our own queens from the calmest and hardiest colonies each summer.',
  ),
  'Where you can find us',
  j(
    'Our honey is sold at the Saturday market in Ballyfinn and from the honesty box at the farm gate. We are happy to show small groups',
    'round the apiary by arrangement.',
  ),
];
const wNav = ['Home', 'Our bees', 'Honey', 'Visit', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our Bees | Carrigmore Bog Honey</title>
<meta name="description" content="Native dark bees on the edge of Carrigmore bog."><link rel="canonical" href="https://www.carrigmorehoney.ie/our-bees">
<meta property="og:site_name" content="Carrigmore Bog Honey"><script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a7f2c0d1",
"siteId":"5b2e91c4"},"language":"en","requestUrl":"https://www.carrigmorehoney.ie/our-bees"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">.font_0{font:normal normal normal 60px/1.4em 'playfair display',serif;color:#3D2B1F;}
.font_8{font:normal normal normal 16px/1.6em 'avenir-lt-w01_35-light1475496',sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp"
class="pageBackground_c1dmp"></div>
</div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP"
data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich(
  'kx1a9',
  `<p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.carrigmorehoney.ie">Carrigmore Bog
Honey</a></span></p>`,
)}
<nav id="comp-kx1b3" aria-label="Site" class="comp-kx1b3 wixui-horizontal-menu"><ul class="Ltg3Yr">${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.carrigmorehoney.ie/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh" aria-current="${t === wTitle ? 'page' : 'false'}"><div class="itemDepth02233374943__itemWrapper"><span
class="itemDepth02233374943__label">${t}</span></div>
</a></li>`,
  )
  .join('')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="c1dmp" class="dBAkHi">
<div class="PFkO7r wN9IwZ" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div
data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq0a1" tabindex="-1" class="Oqnisf comp-lq0a1 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lq0a2" class="comp-lq0a2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq0a2inlineContent" data-testid="inline-content">
${wRich('lq0b1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lq0b2', at(wBody, 0, 1).map(wP).join(''))}
<div id="comp-lq0b3" class="MW5IWV comp-lq0b3 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq0b3" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq0b3","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/9a21c3_dark-bee.jpg/v1/fill/w_480,h_320/dark-bee.jpg"
alt="Dark bee on heather" style="width:480px;height:320px;object-fit:cover"></wow-image></div></div>
${wRich('lq0b4', `<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[2]}</span></h2>`)}
${wRich('lq0b5', wP(wBody[3] ?? ''))}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich('kx1c4', [wP('Carrigmore Bog Honey, Derrylea, Co. Offaly'), wP('© 2026 by Carrigmore Bog Honey. Proudly created with Wix.com')].join(''))}
</div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.eb1e0a57.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout566-wix-our-bees',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, 2),
  body: at(wBody, 0, 1, 3),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Carrigmore Bog Honey', 'Home', 'Honey', 'Visit', 'Contact', 'Carrigmore Bog Honey, Derrylea, Co. Offaly',
    '© 2026 by Carrigmore Bog Honey. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT566_B: readonly TestPage[] = [tidy(squarespace), tidy(wix)];
