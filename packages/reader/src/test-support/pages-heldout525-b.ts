import { links, ps, type TestPage } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file b: a small studio's gear list on Wix (Thunderbolt renderer, rich-text components), and a music
 * shop's repair service page on Shopify (Dawn theme) with a price table.
 */
const gTitle = 'The Gear';
const gIntro = j(
  'Everything below lives at Saltmarsh Recording and is included in the day rate. If you need something we do not have,',
  'tell us a week ahead and we can usually hire it in from our friends across town.',
);
const gCats: { head: string; items: string[] }[] = [
  {
    head: 'Console and monitoring',
    items: [
      'Audient ASP8024 Heritage, 24 channels',
      'Genelec 8351B main monitors',
      'Yamaha NS-10M with a Bryston 3B amplifier',
      'Headphone mixes: six Hear Back stations with Beyerdynamic DT 770s',
    ],
  },
  {
    head: 'Microphones',
    items: [
      'Neumann U87 Ai (pair)',
      'AKG C414 XLS (pair)',
      'Coles 4038 ribbons (pair)',
      'Shure SM7B, SM57 (x6) and Beta 52A',
      'Sennheiser MD 421 II (x4)',
      'Royer R-121',
      'A home-built U47-style valve mic we call Gerald',
    ],
  },
  {
    head: 'Outboard',
    items: [
      'Universal Audio 1176LN (pair)',
      'Tube-Tech CL 1B',
      'API 550A equalisers (x4) in a 500-series rack',
      'Empirical Labs Distressor EL8X (pair)',
      'Bricasti M7 reverb',
    ],
  },
  {
    head: 'Instruments and amps',
    items: [
      'Yamaha C3 grand piano, tuned before every session',
      'Gretsch Renown drum kit with 22, 12, 16 and a 14 inch snare; Zildjian K cymbals',
      'Fender Deluxe Reverb 1968 reissue, Vox AC30, Ampeg B-15',
      'Hammond M3 with a Leslie 147',
      'Fender Precision Bass (1979)',
    ],
  },
];
const gOutro = j(
  'We record into Pro Tools Ultimate at 96 kHz through Avid HD I/O converters, and we can also track to our Otari MX-5050',
  'half-inch eight-track if you want tape.',
);
const gNav = ['Home', 'Rooms', 'Gear', 'Rates', 'Contact'];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wixList = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items.map((t) => `<li class="wixui-rich-text__text">${wixP(t)}</li>`).join('\n')}</ul>`;
const wixNav = (items: readonly string[]): string =>
  items
    .map(
      (t, i) => `<li id="comp-lq8x1dnmn${i}" class="wixui-horizontal-menu__item" data-testid="lineItem"><a data-testid="linkElement"
href="https://www.saltmarshrecording.com/${t.toLowerCase()}" class="UiHgGh"><div class="_pfxlW"><p class="zKbzSQ">${t}</p></div></a></li>`,
    )
    .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en" class="fontFaces"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a3c1f_favicon.png/v1/fill/w_192,h_192/7a3c1f_favicon.png" type="image/png">
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"4c1d","siteId":"9b2e"},"language":{"userLanguage":"en"}};</script>
<title>Gear | Saltmarsh Recording</title><meta name="description"
content="The full gear list at Saltmarsh Recording: console, microphones, outboard, instruments.">
<link rel="canonical" href="https://www.saltmarshrecording.com/gear"><meta property="og:title" content="Gear | Saltmarsh Recording">
<meta property="og:site_name" content="Saltmarsh Recording"><meta name="twitter:card" content="summary_large_image">
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
.KcpHeO{word-wrap:break-word}</style>
</head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP"><button id="SKIP_TO_CONTENT_BTN_btn" class="LHrbPP" tabindex="0" aria-label="skip to Main Content">
Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div
data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADER-inlineContent"><div id="comp-lq8x1b2k" class="HcOXKn SxM0TO QxJLC3 comp-lq8x1b2k wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><a href="https://www.saltmarshrecording.com" target="_self"
class="wixui-rich-text__text">SALTMARSH RECORDING</a></p></div>
<wix-dropdown-menu id="comp-lq8x1dnm" class="XRwtpn NHM1d1 comp-lq8x1dnm wixui-dropdown-menu hidden-during-prewarmup"><nav class="StylableHorizontalMenu"
aria-label="Site"><ul class="ITHtNG" data-testid="menuItems">${wixNav(gNav)}</ul></nav></wix-dropdown-menu>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wN7zZm"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="">
<section id="comp-lq9a3m1e" tabindex="-1" class="Oqnisf comp-lq9a3m1e wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lq9a3m1e" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>
<div data-testid="columns" class="V5AUxf"><div id="comp-lq9a3m1f" class="comp-lq9a3m1f YzqVVZ wixui-column-strip__column"><div
data-mesh-id="comp-lq9a3m1finlineContent"
data-testid="inline-content" class=""><div data-mesh-id="comp-lq9a3m1finlineContent-gridContainer" data-testid="mesh-container-content">
${wixText('lq9a3m2a', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${gTitle}</span></h1>`)}
${wixText('lq9a3m2b', wixP(gIntro))}
<div id="comp-lq9a3m2c" class="MazNVa comp-lq9a3m2c wixui-image" data-testid="imageX"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lq9a3m2c" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq9a3m2c","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/7a3c1f_controlroom.jpg/v1/fill/w_980,h_551,al_c,q_85/7a3c1f_controlroom.jpg" alt="Control room with the Audient desk"
style="width:980px;height:551px;object-fit:cover"></wow-image></div></div>
${gCats
  .map((c, i) =>
    wixText(
      `lq9a3m3${i}`,
      `<h2 class="font_2 wixui-rich-text__text"><span
class="wixui-rich-text__text">${c.head}</span></h2>${wixList(c.items)}`,
    ),
  )
  .join('\n')}
${wixText('lq9a3m4a', wixP(gOutro))}
<div class="comp-lq9a3m4b R6ex7N" id="comp-lq9a3m4b" aria-disabled="false"><a data-testid="linkElement" href="https://www.saltmarshrecording.com/rates"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">See our rates</span></a></div>
</div></div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div
data-mesh-id="SITE_FOOTERinlineContent">
${wixText(
  'lq8x1f0a',
  `<p class="font_9 wixui-rich-text__text">Saltmarsh Recording · 2 Ferry Lane, Wivenhoe, Essex</p>
<p class="font_9 wixui-rich-text__text">© 2027 by Saltmarsh Recording. Proudly created with Wix.com</p>`,
)}
<div id="comp-lq8x1f1b" class="comp-lq8x1f1b wixui-social-bar"><ul class="OQ8Tzd" aria-label="Social Bar"><li class="WXYpFr"><a
href="https://www.instagram.com/saltmarshrec"
target="_blank" class="zvm3Dx"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/ig.png" alt="Instagram"></wow-image></a></li></ul></div>
</div></div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e3c1b2a4.bundle.min.js" async></script></body></html>`;
const wixGear: TestPage = {
  name: 'heldout525-wix-gear-list',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gCats.map((c) => c.head),
  body: [gIntro, ...gCats.flatMap((c) => c.items), gOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'SALTMARSH RECORDING', 'Home', 'Rooms', 'Rates', 'Contact', 'See our rates',
    'Saltmarsh Recording · 2 Ferry Lane, Wivenhoe, Essex', '© 2027 by Saltmarsh Recording. Proudly created with Wix.com', 'bottom of page',
  ],
};

const rTitle = 'Guitar Repairs & Setups';
const rBody = [
  j(
    'Our workshop behind the shop in Dunmore Street handles everything from a quick restring to a full refret. Drop your instrument',
    'in any day we are open; you do not need an appointment. We will look it over with you and give you a price before we start.',
  ),
  j(
    'Most setups are ready in three to five working days. Bigger jobs, such as refrets and neck resets, take two to three weeks,',
    'and we will text you when your instrument is ready to collect.',
  ),
];
const rHeads = ['Prices', 'What a setup includes', 'Good to know'];
const rRows = [
  ['Restring (strings included)', '£20'],
  ['Standard setup, electric or acoustic', '£55'],
  ['Setup with Floyd Rose or other locking trem', '£70'],
  ['Fret level, crown and polish', '£140'],
  ['Full refret (stainless steel frets)', 'from £320'],
  ['Output jack or pot replacement', '£25 plus parts'],
  ['Bone nut, cut and fitted', '£65'],
];
const rSetup = [
  'Cleaning and conditioning the fretboard',
  'Truss rod adjustment for neck relief',
  'Setting the string height and pickup heights',
  'Checking the nut slots and adjusting them if needed',
  'Intonation at the 12th fret',
  'A fresh set of strings in the gauge you prefer',
];
const rGood = [
  j('We work on guitars, basses, ukuleles and mandolins. We do not repair violin-family instruments, but we are happy to point you to', 'someone who does.'),
  'Instruments left with us for more than 60 days after we have told you they are ready may be sold to cover the cost of the work.',
];
const rNav = ['Home', 'Guitars', 'Basses', 'Amps & Pedals', 'Accessories', 'Repairs', 'Lessons'];
const rQuick = ['Search', 'Delivery & Returns', 'Contact', 'Refund policy'];
const rRte = `<div class="rte">
${ps(rBody)}
<h2>${at(rHeads, 0)}</h2>
<table style="width:100%"><tbody><tr><td><strong>Job</strong></td><td><strong>Price</strong></td></tr>
${trs(rRows)}
</tbody></table>
<h2>${at(rHeads, 1)}</h2><ul>${rSetup.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${at(rHeads, 2)}</h2>
${ps(rGood)}
<p><a href="/pages/contact" title="Contact">Get in touch about a repair</a></p>
</div>`;
const rHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://fretandfuse.co.uk/pages/repairs">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>Guitar Repairs &amp; Setups &ndash; Fret &amp; Fuse Music</title>
<meta name="description" content="Setups, refrets and electronics repairs in our Dunmore Street workshop. Prices and turnaround times.">
<meta property="og:site_name" content="Fret &amp; Fuse Music"><meta property="og:url" content="https://fretandfuse.co.uk/pages/repairs">
<meta property="og:title" content="Guitar Repairs &amp; Setups"><meta property="og:type" content="website">
<script src="//fretandfuse.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771702301234" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page","resourceId":98765432}};</script>
<script>var Shopify = Shopify || {};Shopify.shop = "fret-and-fuse.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":13579,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};</script>
<link href="//fretandfuse.co.uk/cdn/shop/t/4/assets/base.css?v=145120467281739046631702301234" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--2187__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £99</span></p></div></div></div></div>
<div id="shopify-section-sections--2187__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//fretandfuse.co.uk/cdn/shop/files/ff-logo.png?width=180"
alt="Fret &amp; Fuse Music" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${rNav
  .map(
    (t) => `<li><a href="/${t === 'Home' ? '' : `collections/${t.toLowerCase().replace(/ & /g, '-')}`}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === 'Repairs' ? ' aria-current="page"' : ''}>
<span${t === 'Repairs' ? ' class="header__active-menu-item"' : ''}>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2201__main" class="shopify-section section"><div
class="page-width page-width--narrow section-template--2201__main-padding">
<h1 class="main-page-title page-title h0">${rTitle.replace(/&/g, '&amp;')}</h1>
${rRte}
</div></section></main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--2188__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2188__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(rQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2><div class="footer-block__details-content rte">
<p>14 Dunmore Street, Stirling FK8 1BE</p><p>Tuesday to Saturday, 10am to 5.30pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2188__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--2188__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" id="Subscribe" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Fret &amp; Fuse Music</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by Shopify</a>
</small></div></div></div></footer></div>
<!-- END sections: footer-group -->
<script src="//fretandfuse.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopifyRepairs: TestPage = {
  name: 'heldout525-shopify-dawn-repairs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: [...rBody, ...rowTexts(rRows), ...rSetup, ...rGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £99', 'Home', 'Amps & Pedals', 'Accessories', 'Lessons', 'Log in', 'Cart',
    'Get in touch about a repair', 'Quick links', 'Search', 'Delivery & Returns', 'Contact', 'Refund policy', 'Visit us',
    '14 Dunmore Street, Stirling FK8 1BE', 'Tuesday to Saturday, 10am to 5.30pm', 'Subscribe to our emails', 'Email', '© 2027, Fret & Fuse Music',
    'Powered by Shopify',
  ],
};

export const HELDOUT525_B: readonly TestPage[] = [wixGear, shopifyRepairs];
