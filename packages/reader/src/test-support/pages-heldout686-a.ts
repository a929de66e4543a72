import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout686-kit.js';

/**
 * Held-out batch 686, file a: a bakery's sourdough product page on Shopify (Dawn theme).
 */
const sTitle = 'Seeded Country Sourdough';
const sDesc = [
  j(
    'Our everyday loaf, made with a levain we have kept going since the bakery opened on Hollin Lane. The dough rests for eighteen',
    'hours before it is shaped, then bakes on the stone floor of the deck oven until the crust is almost mahogany.',
  ),
  'Each loaf is rolled in toasted sunflower, pumpkin and linseed, with a little more folded through the crumb.',
];
const sIngr = 'Wheat flour, water, sunflower seeds, pumpkin seeds, linseed, wholemeal rye flour, sea salt.';
const sKeep = j(
  'Keeps well for four days in a bread bag or wrapped in a tea towel. Slice and freeze on the day it arrives if you want it to last longer,',
  'and toast straight from the freezer.',
);
const sDel = 'Baked to order. Loaves ordered by 2pm are baked overnight and sent by first class post the next morning.';
const sNav = ['Shop all', 'Bread', 'Pastries', 'Cakes', 'Christmas', 'Visit us'];
const sRel = ['White Bloomer', '£4.20 GBP', 'Dark Rye with Caraway', '£5.80 GBP', 'Cardamom Buns (Box of 4)', '£9.00 GBP'];
const sFoot = ['Search', 'Delivery & returns', 'Allergen information', 'Wholesale', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical"
href="https://hollinlanebakery.co.uk/products/seeded-country-sourdough">
<title>${sTitle} &ndash; Hollin Lane Bakery</title><meta name="description" content="Our everyday loaf, made with a levain we have kept going since the bakery
opened.">
<meta property="og:site_name" content="Hollin Lane Bakery"><meta property="og:type" content="product"><meta property="og:price:amount" content="6.50">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollin-lane-bakery.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":142318829731,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"6.50",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Hollin Lane Bakery"}}</script>
<link href="//hollinlanebakery.co.uk/cdn/shop/t/4/assets/base.css?v=1284" rel="stylesheet" type="text/css" media="all">
<script src="//hollinlanebakery.co.uk/cdn/shop/t/4/assets/global.js?v=1839" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1623__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Christmas orders are open &ndash; last posting day 19 December</span></p></div></div></div>
<div id="shopify-section-sections--1623__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//hollinlanebakery.co.uk/cdn/shop/files/logo.png?v=1&width=180" alt="Hollin Lane Bakery" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1624__main" class="shopify-section section"><section id="MainProduct-template--1624__main"
class="page-width section-template--1624__main-padding" data-section="template--1624__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1624__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1624__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--1624__main" class="slider-mobile-gutter"><ul class="product__media-list contains-media grid grid--peek
list-unstyled slider">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain
global-media-settings gradient">
<div class="product__media media media--transparent"><img src="//hollinlanebakery.co.uk/cdn/shop/files/seeded-sourdough.jpg?v=1&width=1946"
alt="A round seeded sourdough loaf on a floured board" width="1946" height="1946"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1624__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">HOLLIN LANE BAKERY</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/seeded-country-sourdough" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1624__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£6.50 GBP</span></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div></div>
<variant-radios id="variant-radios-template--1624__main" class="no-js-hidden" data-section="template--1624__main"><fieldset class="js product-form__input">
<legend class="form__label">Size</legend><input type="radio" id="size-1" name="Size" value="Large (900g)" checked><label for="size-1">Large (900g)</label>
<input type="radio" id="size-2" name="Size" value="Small (500g)"><label for="size-2">Small (500g)</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1624__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity
for ${sTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1624__main" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button>
</quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><form method="post" action="/cart/add" id="product-form-template--1624__main"
class="form" novalidate="novalidate" data-type="add-to-cart-form"><div class="product-form__buttons"><button id="ProductSubmitButton-template--1624__main"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy
it now</button>
</div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_1-template--1624__main"><summary>
<div class="summary__title"><svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">Ingredients</h2></div>
</summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab_1-template--1624__main"><p>${sIngr}</p>
<p><strong>Allergens:</strong> wheat, rye. Made in a bakery that also handles nuts, sesame and egg.</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_2-template--1624__main"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Storage</h2></div></summary>
<div class="accordion__content rte"><p>${sKeep}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_3-template--1624__main"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Delivery</h2></div></summary>
<div class="accordion__content rte"><p>${sDel}</p></div></details></div>
<share-button id="Share-template--1624__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--1624__related-products" class="shopify-section section"><product-recommendations
class="related-products page-width section-template--1624__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop grid--2-col-tablet-down"
role="list">
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/white-bloomer"
class="full-unstyled-link">White Bloomer</a></h3><div class="price"><span class="price-item price-item--regular">£4.20 GBP</span></div></div></div></li>
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/dark-rye"
class="full-unstyled-link">Dark Rye with Caraway</a></h3><div class="price"><span class="price-item price-item--regular">£5.80 GBP</span></div></div></div></li>
<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/cardamom-buns"
class="full-unstyled-link">Cardamom Buns (Box of 4)</a></h3><div class="price"><span class="price-item price-item--regular">£9.00 GBP</span></div></div></div>
</li>
</ul></product-recommendations></section></main>
<div id="shopify-section-sections--1625__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content
list-unstyled">
${links(sFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1625__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--1625__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Hollin Lane Bakery</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8123,"vendor":"Hollin Lane Bakery"}};</script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout686-shopify-dawn-sourdough',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Ingredients', 'Storage', 'Delivery'],
  body: texts([...sDesc, sIngr, '<strong>Allergens:</strong> wheat, rye. Made in a bakery that also handles nuts, sesame and egg.', sKeep, sDel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Christmas orders are open – last posting day 19 December', ...sNav, 'HOLLIN LANE BAKERY', '£6.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Size', 'Large (900g)', 'Small (500g)', 'Quantity', 'Add to cart', 'Buy it now', 'Share',
    'You may also like', ...sRel, 'Help', ...sFoot, 'Subscribe to our emails', 'Email', '© 2026, Hollin Lane Bakery', 'Powered by Shopify',
  ],
};

export const HELDOUT686_A: readonly TestPage[] = [shopify];
