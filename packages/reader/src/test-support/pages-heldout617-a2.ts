import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file a2: a fleece yarn product page on Shopify (Dawn theme).
 */
const yTitle = 'Thornwick Fell DK – Pure Alpaca Yarn';
const yDesc = [
  j(
    'Spun from the fleeces of our own huacaya herd, Thornwick Fell DK is soft enough to wear next to the skin and warm enough for',
    'a winter on the fells. Each skein is the fleece of a single shearing, sorted by hand in the barn and spun at a small mill in the next dale.',
  ),
  j(
    'The colours are the natural colours of the animals: nothing is dyed. Fawn comes from Bramble and her daughters, Mid Brown from',
    'Hector, and Silver Grey from the three old girls who have been with us since the farm began.',
  ),
  'Fibre: 100% alpaca (huacaya)',
  'Weight: DK, 50 g skein, about 112 metres',
  'Needles: 4 mm; tension 22 stitches to 10 cm',
];
const yCare = ['Hand wash in cool water with a wool wash. Do not wring; roll in a towel and dry flat away from direct heat.'];
const ySpec = yDesc.slice(2);
const yNav = ['Home', 'Yarn', 'Fleece & Roving', 'Knitting Kits', 'Gift Vouchers', 'Alpaca Walks'];
const yRec = [
  ['Cold Knott Chunky – Pure Alpaca', '£11.00 GBP'],
  ['Raw Huacaya Fleece – 500 g', '£18.00 GBP'],
  ['Beck Hat Knitting Kit', '£24.00 GBP'],
] as const;
const yFoot = ['Search', 'Delivery & Returns', 'Contact', 'Refund policy', 'Terms of service'];
const yColours = ['Fawn', 'Mid Brown', 'Silver Grey'];
const yHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://shop.thornwickalpacas.co.uk/products/thornwick-fell-dk"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>Thornwick Fell DK – Pure Alpaca Yarn &ndash; Thornwick Alpacas Shop</title>
<meta name="description" content="Spun from the fleeces of our own huacaya herd, Thornwick Fell DK is soft enough to wear next to the skin.">
<meta property="og:site_name" content="Thornwick Alpacas Shop"><meta property="og:type" content="product"><meta property="og:price:amount" content="8.50">
<script src="//shop.thornwickalpacas.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8123456789012,"vendor":"Thornwick Alpacas",
"type":"Yarn","variants":[{"id":44123456789012,"price":850,"name":"Thornwick Fell DK – Pure Alpaca Yarn - Fawn"}]},"page":{"pageType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${yTitle}","brand":{"@type":"Brand","name":"Thornwick Alpacas"},
"offers":[{"@type":"Offer","price":"8.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//shop.thornwickalpacas.co.uk/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-text:18,18,18;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//shop.thornwickalpacas.co.uk/cdn/shop/files/logo.png?v=1&width=300"
alt="Thornwick Alpacas Shop" class="header__heading-logo" width="150" height="60"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${yNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--21345678901234__main" class="shopify-section section"><section id="MainProduct-template--21345678901234__main"
class="page-width section-template--21345678901234__main-padding" data-section="template--21345678901234__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--21345678901234__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<ul id="Slider-Gallery-template--21345678901234__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media media--transparent"><img src="//shop.thornwickalpacas.co.uk/cdn/shop/files/fell-dk-fawn.jpg?v=1&width=1946"
alt="Three skeins of fawn alpaca yarn" width="1946" height="1946" class="image-magnify-lightbox"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--21345678901234__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Thornwick Alpacas</p>
<div class="product__title"><h1>${yTitle}</h1><a href="/products/thornwick-fell-dk" class="product__title"><h2 class="h1">${yTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--21345678901234__main" role="status"><div class="price price--large price--show-badge"><div
class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£8.50 GBP</span></div>
</div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios id="variant-radios-template--21345678901234__main" class="no-js-hidden" data-section="template--21345678901234__main">
<fieldset class="js product-form__input"><legend class="form__label">Colour</legend>
${yColours
  .map(
    (c, i) => `<input type="radio" id="template--21345678901234__main-1-${i}" name="Colour" value="${c}" form="product-form"${i === 0 ? ' checked' : ''}>
<label for="template--21345678901234__main-1-${i}">${c}<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}
</fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label"
for="Quantity-template--21345678901234__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span
class="visually-hidden">Decrease quantity for ${yTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--21345678901234__main" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span
class="visually-hidden">Increase quantity for ${yTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--21345678901234__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div>
</div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(yDesc.slice(0, 2))}<ul>${lis(ySpec)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-0-template--21345678901234__main"><summary><div
class="summary__title">
<svg class="icon icon-accordion color-foreground-text" aria-hidden="true" focusable="false"></svg><h2
class="h4 accordion__title inline-richtext">Care</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-row-0-template--21345678901234__main">${ps(yCare)}</div></details></div>
<share-button id="Share-template--21345678901234__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-share-template--21345678901234__main"><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--21345678901234__related-products" class="shopify-section section"><div class="color-background-1 gradient">
<product-recommendations class="related-products page-width section-template--21345678901234__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">
${yRec
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span
class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(yFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--21345678901234__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--21345678901234__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Thornwick Alpacas Shop</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div>
</footer></div><script src="//shop.thornwickalpacas.co.uk/cdn/shop/t/4/assets/product-info.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout617-shopify-alpaca-yarn',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: ['Care'],
  body: texts([...yDesc, ...yCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...yNav.filter((t) => t !== 'Yarn'),
    'Thornwick Alpacas', '£8.50 GBP', 'Tax included. Shipping calculated at checkout.',
    'Colour', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...yRec.flat(), 'Quick links', ...yFoot,
    'Subscribe to our emails', 'Email', '© 2026, Thornwick Alpacas Shop', 'Powered by Shopify',
  ],
};

export const HELDOUT617_A2: readonly TestPage[] = [shopify];
