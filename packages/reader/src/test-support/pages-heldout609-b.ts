import { links, ps, type TestPage, texts } from './page-kit.js';
import { furn, j, lis } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file b: a short glass engraving care page on Squarespace (7.1, page sections, footer sections,
 * cookie banner), and a sign engraving services page built with Wix (rich-text blocks, columns, a quote strip).
 */
const qTitle = 'Caring for Your Engraved Glass';
const qParas = [
  j(
    'Engraved glass will last a lifetime if you treat it kindly. The engraving itself cannot wash off, but the frosted surface holds',
    'on to grease and limescale, which can make the design look grey over time.',
  ),
];
const qDoH = 'Do';
const qDo = [
  'Wash by hand in warm water with a drop of washing-up liquid.',
  'Use a soft bottle brush on the engraved area.',
  'Dry straight away with a lint-free cloth.',
];
const qDontH = "Don't";
const qDont = [
  'Put engraved glassware in the dishwasher. The detergent slowly etches the glass and the design loses its contrast.',
  'Use scouring pads, bleach or vinegar soaks.',
  'Pour boiling water into a cold glass.',
];
const qEnd = 'If a design has gone cloudy, soak it for ten minutes in warm water with a denture cleaning tablet, then rinse and dry.';
const qNav = ['Shop', 'Personalised Gifts', 'Corporate', 'About', 'Care Guide'];
const qMenu = qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"` +
      ` data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Care Guide &mdash; Clearwater Glass Studio</title><link rel="canonical" href="https://www.clearwaterglass.co.uk/care-guide">
<meta property="og:site_name" content="Clearwater Glass Studio"><meta property="og:title" content="Care Guide &mdash; Clearwater Glass Studio">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f0c2","siteTitle":"Clearwater Glass
Studio"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.clearwaterglass.co.uk","name":"Clearwater Glass
Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f0c2/14/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63aa1e" class="primary-button-style-solid header-width-full tweak-transparent-header tweak-blog-alternating-side-by-side-width-full
view-page collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Clearwater Glass Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qMenu}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-container"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div>
</div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63aa1e9f">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow horizontal-alignment--center vertical-alignment--middle" data-section-id="63aa1ea0"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63aa1ea0"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1f3"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qParas, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${qDoH}</h3><ul data-rte-list="default">${lis(qDo.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${qDontH}</h3><ul data-rte-list="default">${lis(qDont.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${qEnd}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b7c2"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/shop" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Shop
engraved glass</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small" data-section-id="63aa1eb0"><div class="content-wrapper"><div class="content"><div class="sqs-layout
sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div
class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Clearwater Glass Studio</strong></p><p class="" style="white-space:pre-wrap;">The Old Dairy, Fenwick
Lane, Hartside</p>
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="63aa1ec1"><div
class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join our mailing list</h2></div><div class="newsletter-form-body"><div class="newsletter-form-field-wrapper
form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label><input class="newsletter-form-field-element field-element"
name="email"
type="email" placeholder="Email Address"></div></div><div class="newsletter-form-footer"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-cta
sqs-cookie-banner-v2-accept">Accept</button>
</div></div></div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document);
}})();</script>
</body></html>`;
const qHeads = [qDoH, qDontH];
const qBody = texts([...qParas, ...qDo, ...qDont, qEnd]);
const squarespace: TestPage = {
  name: 'heldout609-squarespace-glass-care',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: qBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([qTitle, ...qHeads, ...qBody], [
    'Skip to Content', 'Clearwater Glass Studio', ...qNav, '0', 'Shop engraved glass', 'The Old Dairy, Fenwick Lane, Hartside', 'Join our mailing list',
    'Email Address', 'Sign Up', 'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ]),
};

const xTitle = 'Sign Engraving Services';
const xIntro = j(
  'From a single brass door plate to a full wayfinding scheme for a new office block, we cut signs in-house on two rotary machines and',
  'a 60-watt laser. Every job is drawn up as a proof first, so you see exactly what you are getting before any material is cut.',
);
const xCards: readonly (readonly [string, string])[] = [
  [
    'Office &amp; Door Signs',
    j(
      'Two-colour laminate, brushed aluminium and solid brass, with screw fixings, stand-off locators or self-adhesive backs.',
      'Typical lead time is five working days.',
    ),
  ],
  [
    'Safety &amp; Compliance Signs',
    'Fire exit, plant room and valve identification labels engraved in traffolyte to your schedule, numbered and bagged by floor for the installers.',
  ],
  [
    'Memorial &amp; Heritage Plaques',
    'Cast-look bronze and engraved slate plaques for benches, trees and buildings, with deep-cut lettering that stays readable outdoors for decades.',
  ],
];
const xHowH = 'How it works';
const xHow = [
  'Send us your wording, sizes and where the sign will go.',
  'We send a drawn proof and a fixed price, usually the same day.',
  'Once you approve, we engrave, fill and finish the signs.',
  'Collect from the workshop, or we post or fit them for you.',
];
const xTail = 'We also re-engrave and refurbish old signs. Bring them in and we will tell you if they are worth saving.';
const xNav = ['Home', 'Signs', 'Trophies', 'Gallery', 'Contact'];
const xRt = (tag: string, cls: string, html: string): string =>
  `<div id="comp-${tag}${cls.length}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">` +
  `<${tag} class="${cls} wixui-rich-text__text">` +
  `<span class="wixui-rich-text__text">${html}</span></${tag}></div>`;
const xCardHtml = xCards
  .map(([h, p], i) => `<div id="comp-lq9c${i}" class="comp-lq9c${i} YzqVVZ wixui-column-strip__column">${xRt('h2', 'font_4', h)}${xRt('p', 'font_8', p)}</div>`)
  .join('\n');
const xMenu = xNav
  .map(
    (t) =>
      `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh">` +
      `<div class="yRj2ms"><p class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n');
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Sign Engraving | Kestrel Signs &amp; Trophies</title>
<meta name="description" content="Engraved office signs, safety labels and plaques made in our Dunmore workshop."><meta property="og:site_name"
content="Kestrel Signs">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Kestrel Signs &
Trophies","address":{"addressLocality":"Dunmore"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7c1b","isPremiumDomain":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;} .font_0{font-size:48px} .font_8{font-size:17px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" role="region" aria-label="Skip to Main Content"><button class="LHrbPP" tabindex="0">Skip to Main
Content</button></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="mDzRgi"><div id="comp-kx1logo" class="comp-kx1logo wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<a href="https://www.kestrelsigns.com" target="_self" class="wixui-rich-text__text">KESTREL SIGNS &amp; TROPHIES</a></p></div>
<nav id="comp-kx1menu" aria-label="Site" class="comp-kx1menu wixui-dropdown-menu"><ul class="wbAQ1B" data-testid="linkElement">
${xMenu}
</ul></nav><a data-testid="linkElement" href="tel:+15550143378" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Call
555-014-3378</span></a>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="xk2j1" class="dBAkHi
theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerxk2j1" class="Containerxk2j1 SPY_vo"><div
data-mesh-id="Containerxk2j1inlineContent">
<section id="comp-lq9a" tabindex="-1" class="Oqnisf comp-lq9a wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lq9a1" class="comp-lq9a1 YzqVVZ wixui-column-strip__column">
${xRt('h1', 'font_0', xTitle)}
${xRt('p', 'font_8', xIntro)}
</div></div></section>
<section id="comp-lq9c" tabindex="-1" class="Oqnisf comp-lq9c wixui-section"><div data-testid="columns" class="V5AUxf">
${xCardHtml}
</div></section>
<section id="comp-lq9d" tabindex="-1" class="Oqnisf comp-lq9d wixui-section"><div data-testid="columns" class="V5AUxf"><div class="YzqVVZ
wixui-column-strip__column">
${xRt('h2', 'font_4', xHowH)}
<div class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><ol class="font_8
wixui-rich-text__text">${lis(xHow, 'wixui-rich-text__text')}</ol></div>
${xRt('p', 'font_8', xTail)}
<div class="comp-lq9d9 R6ex7N wixui-gallery"><div class="gallery-item-container"><img src="https://static.wixstatic.com/media/7c1b_brass.jpg" alt="Brass
door plate">
<div class="gallery-item-info"><p class="info-element-title">Brass plates for Harlow &amp; Finch, solicitors</p></div></div></div>
</div></div></section>
<section id="comp-lq9e" tabindex="-1" class="Oqnisf comp-lq9e wixui-section"><div data-testid="columns" class="V5AUxf"><div class="YzqVVZ
wixui-column-strip__column">
${xRt('h2', 'font_5', 'Get a quote')}
<form class="wixui-form"><div class="wixui-text-input"><label for="input_comp-lq9e1" class="wixui-text-input__label">Name</label><input
id="input_comp-lq9e1" type="text"></div>
<div class="wixui-text-input"><label for="input_comp-lq9e2" class="wixui-text-input__label">Email</label><input id="input_comp-lq9e2" type="email"></div>
<div class="wixui-text-box"><label for="textarea_comp-lq9e3" class="wixui-text-box__label">Tell us about your signs</label><textarea
id="textarea_comp-lq9e3"></textarea></div>
<button class="wixui-button" data-testid="buttonElement"><span class="wixui-button__label">Submit</span></button></form>
</div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-inner">
${xRt('p', 'font_9', 'Kestrel Signs &amp; Trophies · 7 Mill Yard, Dunmore · Mon–Fri 8:30–5')}
${xRt('p', 'font_9', '© 2026 by Kestrel Signs &amp; Trophies. Proudly created with Wix.com')}</div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of
page</span></div>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const xHeads = [...xCards.map(([h]) => h), xHowH];
const xBody = [...xCards.map(([, p]) => p), ...xHow, xTail];
const wix: TestPage = {
  name: 'heldout609-wix-sign-engraving',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: texts(xHeads),
  body: texts([xIntro, ...xBody]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn(texts([xTitle, ...xHeads, xIntro, ...xBody]), texts([
    'top of page', 'Skip to Main Content', 'KESTREL SIGNS &amp; TROPHIES', ...xNav, 'Call 555-014-3378', 'Brass plates for Harlow &amp; Finch, solicitors',
    'Get a quote', 'Name', 'Email', 'Tell us about your signs', 'Submit', 'Kestrel Signs &amp; Trophies · 7 Mill Yard, Dunmore · Mon–Fri 8:30–5',
    '© 2026 by Kestrel Signs &amp; Trophies. Proudly created with Wix.com', 'bottom of page',
  ])),
};

export const HELDOUT609_B: readonly TestPage[] = [squarespace, wix];
