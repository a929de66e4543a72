import { links, ps, type TestPage, texts } from './page-kit.js';
import { amazon } from './pages-heldout282-a2.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file a: a Shopify store's product page on the Dawn theme (announcement bar, header menu, breadcrumbs,
 * media gallery with captions, price, variant picker, buy buttons, the long product description with its own h3 sections,
 * collapsible tabs, Judge.me reviews, "You may also like" rail, newsletter and footer, the Shopify cookie banner) and, from
 * file a2, an Amazon-style marketplace product page.
 */
const sTitle = 'The Ridgeline Field Tote — Waxed Canvas';
const sIntro = pp(`
The Ridgeline is the bag we kept reaching for while we were designing everything else. It started as a sketch on the back of
a feed-store receipt: one big compartment, a pocket you can find without looking, and handles long enough to go over a winter coat.

Three years and eleven prototypes later, it is the workhorse of the Marrow range. It carries a laptop to the studio on Monday,
a load of potatoes from the market on Saturday and a wet towel back from the lake on Sunday, and it looks better every time.
`);
const sH = ['Built for the long haul', 'What it is made of', 'Caring for waxed canvas'];
const sLong = pp(`
The body is cut from a single panel of 18-ounce cotton duck, so there are no seams along the bottom where a bag usually wears
through first. We fold the base into a gusset and stitch it twice with bonded nylon thread, then bar-tack every stress point.

The handles are vegetable-tanned leather from a small tannery two valleys over from our workshop. They run all the way under
the bag and are riveted in four places, so the weight you carry hangs from the leather, not from the canvas.
`);
const sMat = [
  '18 oz cotton duck canvas, finished by hand with a paraffin and beeswax blend',
  'Vegetable-tanned leather handles, 3.5 mm thick, left unlined so they darken with use',
  'Solid brass rivets and a brass snap closure that will not rust',
  'Unbleached cotton lining with one zipped pocket and two open slip pockets',
];
const sCare = pp(`
Waxed canvas is meant to look lived in. Creases and scuffs show up as lighter lines at first and soften into the fabric over a
few months. If a mark bothers you, warm it with a hair dryer and rub it with your palm; the wax will flow back over it.

Never put the tote in a washing machine or use soap, which strips the wax. Brush off dry dirt, wipe the rest with a cold damp
cloth, and re-wax once a year with our Bar Wax if the canvas starts to feel dry or lets water through.
`);
const sBody = [...sIntro, ...sLong, ...sMat, ...sCare];
const sAnnounce = 'Free shipping on orders over $150 — and free repairs for life';
const sMenu = ['Shop all', 'Bags', 'Aprons', 'Care', 'Journal', 'Our workshop'];
const sCrumbs = ['Home', 'Bags'];
const sRel = ['The Ridgeline Mini Tote', 'Market Crossbody Bag', 'Bar Wax — 2 oz tin', 'Canvas Utility Apron'];
const sFoot = ['Search', 'Shipping & returns', 'Repairs', 'Wholesale', 'Contact'];
const sRevs = [
  ['Kit Arbery', 'Three months in and it has only gotten better. Carried two bottles of wine and a cheese board with room to spare.'],
  ['Dell Ruskin', 'Heavier than I expected but that is the point. The leather handles already have a nice shine.'],
];
const rev = (r: readonly string[], i: number): string => `<div class="jdgm-rev jdgm-divider-top" data-review-id="${9100 + i}">
<div class="jdgm-rev__header"><span class="jdgm-rev__rating" data-score="5" aria-label="5 stars"></span>
<span class="jdgm-rev__timestamp" data-content="2026-10-0${i + 2}">10/0${i + 2}/2026</span>
<div class="jdgm-rev__author-wrapper"><span class="jdgm-rev__author">${r[0]}</span>
<span class="jdgm-rev__buyer-badge">Verified Buyer</span></div></div>
<div class="jdgm-rev__content"><b class="jdgm-rev__title">Love it</b><div class="jdgm-rev__body"><p>${r[1]}</p></div></div></div>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://marrowsupply.example/products/ridgeline-field-tote">
<title>The Ridgeline Field Tote — Waxed Canvas – Marrow Supply Co.</title>
<meta name="description" content="The Ridgeline is the bag we kept reaching for while we were designing everything else.">
<meta property="og:site_name" content="Marrow Supply Co."><meta property="og:type" content="product"><meta property="og:price:amount" content="168.00">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "marrow-supply.myshopify.com"; Shopify.theme = {"name":"Dawn",
"schema_version":"15.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"The Ridgeline Field Tote — Waxed Canvas",
"brand":{"@type":"Brand","name":"Marrow Supply Co."},"offers":[{"@type":"Offer","price":"168.00","priceCurrency":"USD"}]}</script>
<link href="//marrowsupply.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>${sAnnounce}</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link
link--text focus-inset"><span class="h2">Marrow Supply Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sMenu, '')}</ul></nav>
<div class="header__icons"><a href="/search" class="header__icon header__icon--search"><span class="visually-hidden">Search</span></a>
<a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<nav class="breadcrumbs page-width" aria-label="breadcrumbs"><ol class="breadcrumbs__list">${links(sCrumbs, 'breadcrumbs__item')}
<li class="breadcrumbs__item"><span aria-current="page">${sTitle}</span></li></ol></nav>
<section id="shopify-section-template--main" class="shopify-section section"><product-info id="MainProduct-template--main"
class="section-template--main-padding gradient color-scheme-1" data-section="template--main">
<div class="page-width"><div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//marrowsupply.example/cdn/shop/files/ridgeline-tan.jpg?v=1&width=1946" alt="Ridgeline tote in tan on a wooden bench"
width="1946" height="1946" class="image-magnify-lightbox"></div><p class="product__media-caption caption">Shown in Field Tan after six months of use</p></li>
<li class="product__media-item grid__item slider__slide"><img src="//marrowsupply.example/cdn/shop/files/ridgeline-inside.jpg" alt="Inside pockets">
<p class="product__media-caption caption">Photo: Ines Barrow for Marrow</p></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Marrow Supply Co.</p>
<div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$168.00 USD</span></div></div></div></div>
<div class="product__tax caption rte">Taxes included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Color</legend><label for="c-1">Field Tan</label><label for="c-2">Olive Drab</label><label for="c-3">Charcoal</label>
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label">Quantity</label></div>
<product-form class="product-form"><div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div>
</product-form>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>${sH[0]}</h3>
${ps(sLong)}
<h3>${sH[1]}</h3>
<ul>${lis(sMat)}</ul>
<h3>${sH[2]}</h3>
${ps(sCare)}
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><h2 class="h4 accordion__title inline-richtext">
Shipping &amp; Returns</h2></summary><div class="accordion__content rte"><p>Ships in 2–4 business days. Free returns within 30 days.</p></div></details>
<details id="Details-collapsible-2"><summary><h2 class="h4 accordion__title inline-richtext">Dimensions</h2></summary>
<div class="accordion__content rte"><p>16 in wide, 14 in tall, 6 in deep. Handle drop 11 in.</p></div></details></div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><button class="share-button__copy">Copy link</button>
</div></details></share-button></section></div></div></div></product-info></section>
<div id="shopify-section-template--judgeme" class="shopify-section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget"
data-id="8812039"><div class="jdgm-rev-widg"><h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary">
<span class="jdgm-rev-widg__summary-text">Based on 212 reviews</span></div>
<a href="#" class="jdgm-write-rev-link">Write a review</a><div class="jdgm-rev-widg__reviews">${sRevs.map(rev).join('\n')}</div></div></div></div>
<div id="shopify-section-template--related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid">${links(sRel, 'grid__item')}</ul>
</product-recommendations></div></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the workshop
list</h2>
<p>New colors, repair days and the occasional seconds sale. No spam.</p><form class="newsletter-form"><input id="NewsletterForm--footer" type="email"
name="contact[email]" placeholder="Email"><button type="submit" class="newsletter-form__button field__button">Subscribe</button></form></div>
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, Marrow Supply Co.</small>
<small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><h2>Cookie settings</h2>
<p id="shopify-pc__banner__body">We use cookies and similar technologies to personalise your experience and measure our ads.</p>
<button id="shopify-pc__banner__btn-accept">Accept</button><button id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button></div>
<script src="//marrowsupply.example/cdn/shop/t/4/assets/product-info.js" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout282-shopify-dawn-product',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts(sBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnnounce, 'Marrow Supply Co.', ...sMenu, 'Log in', 'Cart', 'Home', 'Shown in Field Tan after six months of use',
    'Photo: Ines Barrow for Marrow', 'Regular price', '$168.00 USD', 'Taxes included. Shipping calculated at checkout.', 'Color', 'Field Tan', 'Olive Drab',
    'Charcoal', 'Quantity', 'Add to cart', 'Buy it now', 'Shipping & Returns', 'Ships in 2–4 business days. Free returns within 30 days.', 'Dimensions',
    '16 in wide, 14 in tall, 6 in deep. Handle drop 11 in.', 'Share', 'Copy link', 'Customer Reviews', 'Based on 212 reviews', 'Write a review',
    ...sRevs.flat(), '10/02/2026', '10/03/2026', 'Verified Buyer', 'Love it', 'You may also like', ...sRel, 'Join the workshop list',
    'New colors, repair days and the occasional seconds sale. No spam.', 'Subscribe', 'Help', ...sFoot, '© 2026, Marrow Supply Co.', 'Powered by Shopify',
    'Cookie settings', 'We use cookies and similar technologies to personalise your experience and measure our ads.', 'Accept', 'Decline',
    'Manage preferences',
  ],
};

export const HELDOUT282_A: readonly TestPage[] = [shopify, amazon];
