import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row, tr } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file b: a booking and deposit policy on a Wix site (Thunderbolt renderer, rich-text components) and a
 * piercing jewellery materials guide as a Shopify page (Dawn theme) with a cart drawer and a product carousel.
 */
const wTitle = 'Booking & Deposit Policy';
const wBody = [
  j(
    'All tattoo appointments at Saltmarsh Ink need a non-refundable deposit to secure the date. The deposit comes off the final',
    'price of your last session, and it covers your artist\u2019s drawing time.',
  ),
  'Deposits',
  '£50 for pieces under three hours',
  '£100 for half-day and full-day sessions',
  '£150 for multi-session projects, held until the final session',
  'Rescheduling',
  j(
    'You can move your appointment once, with at least 72 hours\u2019 notice, and keep your deposit. A second move, or a move',
    'with less notice, loses the deposit and a new one is needed to rebook.',
  ),
  'No-shows and lateness',
  j(
    'If you are more than 30 minutes late without letting us know, the appointment is treated as a no-show and the deposit is kept.',
    'Two no-shows mean we will not book you again.',
  ),
  'Designs',
  j('Your artist will show you the design on the day, not before. Small changes are part of the session; a complete redraw may', 'need a new deposit.'),
];
const wNav = ['Home', 'Artists', 'Gallery', 'Policies', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3a91c2_f0~mv2.png">
<title>Booking &amp; Deposits | Saltmarsh Ink</title><meta name="description" content="Deposits, rescheduling and no-shows at Saltmarsh Ink.">
<link rel="canonical" href="https://www.saltmarshink.co.uk/booking-policy"><meta property="og:site_name" content="Saltmarsh Ink">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","builderComponent"],"site":{"metaSiteId":"8c1e"},"language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-lk2x1 { --txt: 0,0,0; }#SITE_HEADER { --shd: none; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mruLz">&nbsp;</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-lk2x1" class="KcpHeO tz5f0K comp-lk2x1 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">SALTMARSH INK</span></p></div>
<nav id="comp-lk2x2" class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">${wNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="wixui-horizontal-menu__item-label">
<span class="label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<section id="comp-lk2y7" tabindex="-1" class="Oqnisf comp-lk2y7 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lk2y8" class="comp-lk2y8 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lk2y8inlineContent" data-testid="inline-content">
<div id="comp-lk2y9" class="HcOXKn SxM0TO QxJLC3 comp-lk2y9 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${wTitle.replace('&', '&amp;')}</span></h1></div>
<div id="comp-lk2ya" class="HcOXKn SxM0TO QxJLC3 comp-lk2ya wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, 0)}</span></p></div>
<div id="comp-lk2yb" class="HcOXKn comp-lk2yb wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">${at(wBody, 1)}</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(2, 5), 'wixui-rich-text__text')}</ul></div>
${[5, 7, 9]
  .map(
    (h, k) => `<div id="comp-lk2z${k}" class="HcOXKn comp-lk2z${k} wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, h)}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(wBody, h + 1)}</span></p></div>`,
  )
  .join('\n')}
<div class="comp-lk2zc R6ex7N" id="comp-lk2zc" aria-disabled="false"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book Online</span></a></div></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
<div id="comp-lk2x9" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">© 2024 by Saltmarsh Ink. Proudly created with Wix.com</p></div>
<div id="comp-lk2xa" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Unit 4, Harbour Arches, Wrenmouth · 01632 960 418</p></div>
</div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" class="fxr8">
<span class="dbhUvi">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="Hgi0Yr">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4e1b.bundle.min.js" async></script></body></html>`;
const wixPolicy: TestPage = {
  name: 'heldout568-wix-booking-deposit-policy',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [1, 5, 7, 9].map((i) => at(wBody, i)),
  body: texts(wBody.filter((_, i) => ![1, 5, 7, 9].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SALTMARSH INK', ...wNav, 'Book Online', '© 2024 by Saltmarsh Ink. Proudly created with Wix.com', 'Unit 4, Harbour Arches, Wrenmouth · 01632 960 418',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now',
  ],
};

const shTitle = 'Piercing Jewellery Materials Guide';
const shIntro = [
  j(
    'Everything we put into a fresh piercing is implant grade. That is not marketing language: it means the metal has been made to',
    'a published standard for use inside the body, and we keep the mill certificates for every batch.',
  ),
];
const shH = ['What we use', 'What we will not use for a fresh piercing', 'Threading'];
const shRows = [
  ['Titanium', 'ASTM F136', 'Initial piercings, all placements'],
  ['Solid gold (14k and 18k)', 'Nickel-free alloys only', 'Healed and initial, not plated'],
  ['Niobium', 'ASTM B392', 'Healed piercings, anodised colours'],
];
const shNot = [
  '“Surgical steel” without a mill certificate',
  'Gold-plated, gold-filled or vermeil jewellery',
  'Acrylic, silicone or wood in a piercing less than a year old',
];
const shThread = [
  j(
    'All of our ends are threadless (press-fit). They are easier to change, gentler on the tissue, and we can swap the end without',
    'taking the post out of the piercing. Bring your own jewellery in and we will check it free of charge.',
  ),
];
const shNav = ['Shop all', 'Ends', 'Rings', 'Gift cards', 'Book a piercing', 'Jewellery guide'];
const shFoot = ['Search', 'Shipping', 'Returns', 'Aftercare', 'Privacy policy'];
const shRel = ['Lumen threadless end – opal cluster £68.00', 'Halo seamless ring – 14k yellow £112.00', 'Flat back labret – titanium £22.00'];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://gildedthorn.co.uk/pages/materials">
<title>${shTitle} &ndash; Gilded Thorn Piercing</title><meta name="description" content="Implant-grade titanium, solid gold and niobium: what we use and why.">
<meta property="og:site_name" content="Gilded Thorn Piercing"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "gilded-thorn.myshopify.com";Shopify.theme =
{"name":"Dawn","id":1325,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Gilded Thorn Piercing",
"sameAs":["https://instagram.com/gildedthorn"]}</script>
<link href="//gildedthorn.co.uk/cdn/shop/t/4/assets/base.css?v=1502" rel="stylesheet" type="text/css" media="all">
<script src="//gildedthorn.co.uk/cdn/shop/t/4/assets/global.js?v=1371" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-modal="true" tabindex="-1">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK shipping on orders over £60</span>
</p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Gilded Thorn Piercing</span></a><nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${links(shNav, 'header__menu-item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><div class="page-width page-width--narrow section-template--main-padding">
<h1 class="main-page-title page-title h0">${shTitle}</h1><div class="rte">
${ps(shIntro)}<h2>${at(shH, 0)}</h2><table><thead><tr><th>Material</th><th>Standard</th><th>Used for</th></tr></thead>
<tbody>${shRows.map(tr).join('\n')}</tbody></table>
<h2>${at(shH, 1)}</h2><ul>${lis(shNot)}</ul><h2>${at(shH, 2)}</h2>${ps(shThread)}</div></div></section>
<section id="shopify-section-template--featured" class="shopify-section section"><div class="collection page-width"><div class="title-wrapper-with-link">
<h2 class="title inline-richtext h2">Shop implant-grade ends</h2><a href="/collections/ends" class="link underlined-link">View all</a></div>
<slider-component class="slider-mobile-gutter"><ul id="Slider-template--featured" class="grid product-grid contains-card" role="list">${shRel
  .map((p) => {
    const [n, price] = p.split(' £');
    return `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${n}</a></h3><div class="price"><span class="price-item price-item--regular">£${price}</span></div></div>
</div></li>`;
  })
  .join('\n')}</ul></slider-component></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(shFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form class="newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/">Gilded Thorn Piercing</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//gildedthorn.co.uk/cdn/shop/t/4/assets/cart-drawer.js?v=7325" defer="defer"></script></body></html>`;
const shopifyGuide: TestPage = {
  name: 'heldout568-shopify-dawn-jewellery-materials',
  kind: 'docs',
  html: shHtml,
  title: shTitle,
  headings: shH,
  body: texts([...shIntro, ...shRows.map(row), ...shNot, ...shThread]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Free UK shipping on orders over £60', 'Gilded Thorn Piercing', ...shNav, 'Cart',
    'Shop implant-grade ends', 'View all', 'Lumen threadless end – opal cluster', 'Halo seamless ring – 14k yellow', 'Flat back labret – titanium',
    '£68.00', '£112.00', '£22.00', 'Help', ...shFoot, 'Subscribe to our emails', 'Email', '© 2025, Gilded Thorn Piercing', 'Powered by Shopify',
  ],
};

export const HELDOUT568_B: readonly TestPage[] = [wixPolicy, shopifyGuide];
