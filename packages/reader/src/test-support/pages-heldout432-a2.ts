import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file a2: a hardware startup's Shopify launch page on the Dawn theme (announcement bar, header menu,
 * product form with price and buttons, description, collapsible tabs, image-with-text and multicolumn sections, Judge.me
 * reviews widget, "You may also like", newsletter and footer).
 */
const kTitle = 'Ember One Tabletop Glass Kiln';
const kDesc = [
  j(
    'Ember One is a tabletop kiln for fusing and slumping glass at home. It plugs into an ordinary wall socket, reaches 820 °C in',
    'about forty minutes and holds a firing schedule to within two degrees, so a pendant or a small dish comes out the same every time.',
  ),
  j(
    'This is our first product, and the launch batch is limited to 400 units. Pre-orders ship in the order they were placed,',
    'starting in the second week of June.',
  ),
];
const kFeat = [
  'Firing chamber of 20 × 20 × 12 cm with a ceramic fibre lid',
  'Twelve stored programs, editable on the kiln or from the Ember app',
  'Cool-to-touch outer shell and automatic lid lock above 200 °C',
  'Runs on a standard 13 A socket, drawing at most 1.8 kW',
];
const kStory: readonly (readonly [string, string])[] = [
  [
    'Why we built it',
    j(
      'We are two glass artists and an electrical engineer who met at a community studio in Harrow Point. The studio kiln was',
      'booked weeks ahead, and every small kiln we tried either needed a special circuit or could not hold a schedule. So we built',
      'our own in a garage, fired more than two thousand test pieces in it and rewrote the controller four times.',
    ),
  ],
  [
    'Made to be repaired',
    j(
      'Every part of Ember One can be replaced with a screwdriver. Elements, thermocouple and lid fibre are sold at cost, and the',
      'wiring diagram is printed inside the base plate. We would rather sell you a spare part in ten years than a new kiln.',
    ),
  ],
];
const kCols: readonly (readonly [string, string])[] = [
  ['Ready in 40 minutes', 'From room temperature to a full fuse in under an hour, with no venting needed for glass.'],
  ['Schedules that stick', 'A two-sensor controller holds temperature to within two degrees on every segment.'],
  ['Safe on a table', 'The shell stays below 60 °C, and the lid locks while the chamber is hot.'],
];
const kBox = ['Ember One kiln with lid', 'Two kiln shelves and a pack of shelf paper', 'Power cable and quick start guide'];
const kNav = ['Shop', 'Products', 'Accessories', 'Learn', 'Gallery', 'Contact'];
const kRecs = ['Kiln Shelf Set', 'Fusing Starter Pack', 'Replacement Element'];
const kFoot = ['Search', 'Shipping Policy', 'Refund Policy', 'Warranty', 'Contact'];
const kHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://kilnworks.example/products/ember-one">
<title>Ember One Tabletop Glass Kiln &ndash; Kilnworks</title>
<meta name="description" content="Ember One is a tabletop kiln for fusing and slumping glass at home.">
<meta property="og:site_name" content="Kilnworks"><meta property="og:type" content="product"><meta property="og:price:amount" content="749.00">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "kilnworks.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1402};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Ember One Tabletop Glass Kiln",
"offers":[{"@type":"Offer","availability":"http://schema.org/PreOrder","price":749.0,"priceCurrency":"USD"}]}</script>
<link href="//kilnworks.example/cdn/shop/t/4/assets/base.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-4 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Launch batch: 400 units. Free US shipping on pre-orders.</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left page-width header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Kilnworks</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(kNav, 'header__menu-item list-menu__item link link--text')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><section class="page-width section-template--2__main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery class="product__media-list"><img src="//kilnworks.example/cdn/shop/files/ember-one-front.jpg" alt="Ember One with the lid open">
</media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Kilnworks</p>
<div class="product__title"><h1>${kTitle}</h1></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$749.00 USD</span></div></div></div></div>
<div class="product__tax caption rte">Shipping calculated at checkout.</div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2__main" class="form" novalidate="novalidate"
data-type="add-to-cart-form"><input type="hidden" name="id" value="4407"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--2__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Pre-order now</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy with
ShopPay</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${kDesc.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lis(kFeat)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-0"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">What's in the box</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-row-0"><ul>${lis(kBox)}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary>
<div class="accordion__content rte"><p>Pre-orders ship from Harrow Point in June. Unused kilns can be returned within 30 days.</p></div></details></div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button></share-button>
</section></div></div></section></section>
${kStory
  .map(
    ([h, p], i) => `<section id="shopify-section-template--2__image_with_text_${i}" class="shopify-section section"><div class="image-with-text page-width">
<div class="image-with-text__grid grid"><div class="image-with-text__media-item grid__item"><img src="//kilnworks.example/cdn/shop/files/story-${i}.jpg"
alt=""></div>
<div class="image-with-text__text-item grid__item"><div class="image-with-text__content content-container"><h2 class="image-with-text__heading h1">${h}</h2>
<div class="image-with-text__text rte body"><p>${p}</p></div></div></div></div></div></section>`,
  )
  .join('\n')}
<section id="shopify-section-template--2__multicolumn" class="shopify-section section"><div class="multicolumn color-scheme-1 gradient">
<div class="page-width section-template--2__multicolumn-padding"><ul class="multicolumn-list contains-content-container grid" role="list">
${kCols
  .map(
    ([h, p]) => `<li class="multicolumn-list__item grid__item"><div class="multicolumn-card content-container"><div class="multicolumn-card__info">
<h3 class="inline-richtext">${h}</h3><div class="rte"><p>${p}</p></div></div></div></li>`,
  )
  .join('\n')}</ul></div></div></section>
<section id="shopify-section-template--2__judgeme" class="shopify-section section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget">
<div class="jdgm-rev-widg"><h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary-text">Be the first to write a review</div>
<a class="jdgm-write-rev-link" href="#">Write a review</a></div></div></section>
<section id="shopify-section-template--2__related-products" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${links(kRecs, 'grid__item')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our
emails</h2>
<p>Firing tips, studio stories and restock news. No spam.</p><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter
newsletter-form"><input type="email" name="contact[email]" placeholder="Email"><button type="submit" class="newsletter-form__button">Subscribe</button></form>
</div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(kFoot, 'link link--text list-menu__item--link')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, Kilnworks</small>
<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby" rel="nofollow">Powered by Shopify</a></small></div></div>
</footer></div>
<script src="//kilnworks.example/cdn/shop/t/4/assets/product-info.js" defer="defer"></script></body></html>`;
export const kilnworks: TestPage = {
  name: 'heldout432-shopify-dawn-launch-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ["What's in the box", ...kStory.map(([h]) => h), ...kCols.map(([h]) => h)],
  body: texts([...kDesc, ...kFeat, ...kBox, ...kStory.map(([, p]) => p), ...kCols.map(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kilnworks', 'Launch batch: 400 units. Free US shipping on pre-orders.', ...kNav, 'Log in', 'Cart', 'Regular price', '$749.00 USD',
    'Shipping calculated at checkout.', 'Pre-order now', 'Buy with ShopPay', 'Shipping & returns',
    'Pre-orders ship from Harrow Point in June. Unused kilns can be returned within 30 days.', 'Customer Reviews', 'Be the first to write a review',
    'Write a review', 'You may also like', ...kRecs, 'Subscribe to our emails', 'Firing tips, studio stories and restock news. No spam.', 'Subscribe',
    'Quick links', ...kFoot, '© 2026, Kilnworks', 'Powered by Shopify',
  ],
};
