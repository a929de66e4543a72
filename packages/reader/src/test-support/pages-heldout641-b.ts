import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file b: a mineral specimen product page on Shopify (Dawn theme: announcement bar, price block, pickup
 * availability, closed accordion, recommendations), (its companion, a Discourse thread, is in file b2).
 */
const pTitle = 'Purple Fluorite Cluster, Greyholt Quarry';
const pDesc = [
  j(
    'A bright, glassy cluster of interlocking purple fluorite cubes on a thin quartz base. The largest cube measures 2.4 cm along',
    'its edge, and the colour zoning is easy to see when the piece is turned to the light.',
  ),
  'This specimen was collected in the final season before Greyholt Quarry was flooded, so material from the site is no longer being found.',
];
const pFacts = [
  '<strong>Locality:</strong> Greyholt Quarry, Alderdale, England',
  '<strong>Size:</strong> 9.5 x 7 x 5 cm',
  '<strong>Weight:</strong> 412 g',
  '<strong>Condition:</strong> one small edge chip on a rear crystal, not visible from the front',
];
const pNote = 'Photographed in daylight. The colour deepens under warm indoor light. The stand shown is not included.';
const pNav = ['Minerals', 'Fossils', 'Crystals', 'Display Stands', 'About'];
const pRecs = [
  ['Green Fluorite Octahedron', '£24.00 GBP'],
  ['Galena on Calcite, Alderdale', '£58.00 GBP'],
  ['Baryte Rose, Small', '£32.00 GBP'],
] as const;
const pHelp = ['Contact', 'Shipping', 'Returns', 'Specimen Care'];
const pPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const pPrice = (v: string): string =>
  `<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${v}</span></div><div class="price__sale"><span class="visually-hidden visually-hidden--inline">Sale price</span>
<span class="price-item price-item--sale price-item--last">${v}</span></div></div>`;
const pCard = ([name, price]: readonly [string, string]): string =>
  `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${name.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="full-unstyled-link">${name}</a></h3><div class="card-information"><div class="price">${pPrice(price)}</div></div></div></div></div></div></li>`;
const pNavHtml = pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n');
const pPolHtml = pPol
  .map((t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`)
  .join('');
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://greyholtminerals.example/products/purple-fluorite-cluster-greyholt-quarry"><title>${pTitle} &ndash; Greyholt
Minerals</title>
<meta name="description" content="A bright, glassy cluster of interlocking purple fluorite cubes on a thin quartz base.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="85.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "greyholt-minerals.myshopify.com";Shopify.theme =
{"name":"Dawn","id":151234,"schema_name":"Dawn",
"schema_version":"15.2.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","brand":{"@type":"Brand","name":"Greyholt Minerals"},
"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":85.0,"priceCurrency":"GBP"}]}</script>
<link href="//greyholtminerals.example/cdn/shop/t/3/assets/base.css?v=1502" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><details-modal class="header__search"><details><summary class="header__icon header__icon--search
header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" viewBox="0 0 18
19"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//greyholtminerals.example/cdn/shop/files/logo.png"
alt="Greyholt Minerals" width="140" height="52" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNavHtml}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg
class="icon icon-account"
aria-hidden="true" viewBox="0 0 18 19"></svg><span class="visually-hidden">Log in</span></a><a href="/cart"
class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true" viewBox="0 0 40 40"></svg><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1__main"
class="shopify-section section">
<section id="MainProduct-template--1__main" class="page-width section-template--1__main-padding" data-section="template--1__main">
<div class="product product--large product--left product--stacked product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--1__main" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-template--1__main"
class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--1__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings
gradient constrain-height"><div class="product__media media
media--transparent"><img src="//greyholtminerals.example/cdn/shop/files/fluorite-1.jpg?v=1&width=1946"
alt="${pTitle}, front" width="1946" height="1946" class="image-magnify-lightbox"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--1__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Greyholt Minerals</p><div class="product__title"><h1>${pTitle}</h1>
<a href="/products/purple-fluorite-cluster-greyholt-quarry" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1__main" role="status"><div class="price price--large price--show-badge">${pPrice('£85.00 GBP')}</div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--1__main" min="1" value="1">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for
${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form" data-section-id="template--1__main"><form method="post" action="/cart/add" id="product-form-template--1__main"
accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate"><div class="product-form__buttons"><button
id="ProductSubmitButton-template--1__main"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities quick-add-hidden" available><div class="pickup-availability-info">
<p class="caption-large">Pickup available at <span class="color-foreground">Greyholt Minerals shop</span></p><p class="caption">Usually ready in 24 hours</p>
<button id="ShowPickupAvailabilityDrawer" class="pickup-availability-button link link--text underlined-link">View store
information</button></div></pickup-availability>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}<ul>${lis(pFacts)}</ul><p><em>${pNote}</em></p></div>
<share-button id="Share-template--1__main" class="share-button quick-add-hidden"><details id="Details-share-template--1__main"><summary
class="share-button__button">
<svg class="icon icon-share" aria-hidden="true" viewBox="0 0 13 12"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://greyholtminerals.example/products/purple-fluorite-cluster-greyholt-quarry" readonly><label
class="field__label">Link</label></div></div></details></share-button>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--1__main"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true" viewBox="0 0 20 20"></svg><h2 class="h4 accordion__title inline-richtext">Shipping and returns</h2></div>
</summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab-template--1__main" role="region"><p>Every specimen is wrapped in tissue and
packed in a double-walled box. Returns are accepted within 14 days if the piece is sent back in its original packing.</p></div></details></div>
</product-info></div></div></section></section>
<section id="shopify-section-template--1__related-products" class="shopify-section section"><product-recommendations class="related-products page-width
section-template--1__related-products-padding isolate" data-url="/recommendations/products?limit=4"><h2 class="related-products__heading inline-richtext
h2">You may
also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">${pRecs.map(pCard).join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--1__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item
footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content
list-unstyled">${links(pHelp)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true" viewBox="0 0 14 10"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Greyholt Minerals</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${pPolHtml}
</ul></div></div></div></div></footer></div>
<script src="//greyholtminerals.example/cdn/shop/t/3/assets/product-info.js?v=1948" defer="defer"></script></body></html>`;
const greyholt: TestPage = {
  name: 'heldout641-shopify-fluorite-specimen',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pDesc, ...pFacts, pNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...pNav, 'Log in', 'Cart', 'Greyholt Minerals', 'Regular price', '£85.00 GBP',
    'Tax included. Shipping calculated at checkout.', 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`, 'Add to cart',
    'Buy it now', 'Pickup available at Greyholt Minerals shop', 'Usually ready in 24 hours', 'View store information', 'Share', 'Shipping and returns',
    'You may also like', ...pRecs.flat(), 'Help', ...pHelp, 'Subscribe to our emails', 'Email', 'Payment methods', '© 2026, Greyholt Minerals',
    'Powered by Shopify', ...pPol,
  ],
};

export const HELDOUT641_B: readonly TestPage[] = [greyholt];
