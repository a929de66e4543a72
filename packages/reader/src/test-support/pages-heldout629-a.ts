import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout629-kit.js';

/** Held-out batch 629, file a: a soap bar product page on Shopify (Dawn theme) with collapsible tabs and product recommendations. */
const sTitle = 'Sea Fennel and Kelp Soap Bar';
const sDesc = [
  j(
    'A cold process bar made in small batches at our workshop above the harbour in Porthkell. Kelp powder gathered from the',
    'north beach gives it a soft green marbling and a gentle slip, and sea fennel essential oil keeps the scent fresh, green and a',
    'little peppery rather than sweet.',
  ),
  j(
    'Each bar is cut by hand and cured on open racks for at least six weeks, so no two are quite the same shape. Expect a creamy,',
    'low-bubble lather that suits hands, face and body.',
  ),
];
const sIngr = j(
  'Olea europaea (olive) fruit oil, Cocos nucifera (coconut) oil, aqua, sodium hydroxide*, Butyrospermum parkii (shea) butter,',
  'Ricinus communis (castor) seed oil, Laminaria digitata (kelp) powder, Crithmum maritimum (sea fennel) oil, Limonene.',
);
const sIngrNote = '*None remains in the finished bar once saponification is complete.';
const sUse = [
  'Work up a lather between wet hands and rinse well.',
  'Keep the bar on a draining soap dish between uses so it dries out; it will last twice as long.',
  'Avoid contact with eyes. For external use only.',
];
const sShip = j(
  'Orders placed before 1pm on a weekday leave the workshop the same day. Bars are wrapped in recycled paper and posted in a',
  'compostable mailer.',
);
const sNav = ['Shop all', 'Soap bars', 'Shampoo bars', 'Gift sets', 'Our story', 'Stockists'];
const sRec = [
  ['Salt Marsh Oat Bar', '£7.50 GBP'],
  ['Gorse and Lime Soap Bar', '£7.50 GBP'],
  ['Driftwood Shaving Soap', '£9.00 GBP'],
  ['Cedar Soap Dish', '£12.00 GBP'],
] as const;
const sFootLinks = ['Search', 'Shipping and returns', 'Wholesale', 'Contact'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy', 'Contact information'];
const sCard = ([name, price]: readonly [string, string]): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent">
<img src="//hollowmere.example/cdn/shop/files/${name.length}.jpg?width=533" alt="${name}" loading="lazy" width="1200" height="1200"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/${name.length}" class="full-unstyled-link">${name}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${price}</span>
</div></div></div></div></div></div></div></div></li>`;
const sAcc = (id: string, title: string, inner: string): string => `<div class="product__accordion accordion quick-add-hidden">
<details id="Details-${id}-template--2219__main"><summary><div class="summary__title"><svg class="icon icon-accordion" aria-hidden="true"></svg>
<h2 class="h4 accordion__title inline-richtext">${title}</h2></div><svg aria-hidden="true" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="ProductAccordion-${id}-template--2219__main">${inner}</div></details></div>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://hollowmere.example/products/sea-fennel-kelp-soap">
<title>${sTitle} &ndash; Hollowmere Soapworks</title><meta name="description" content="A cold process bar made in small batches in Porthkell.">
<meta property="og:site_name" content="Hollowmere Soapworks"><meta property="og:type" content="product"><meta property="og:price:amount" content="7.50">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollowmere-soapworks.myshopify.com";Shopify.theme =
{"name":"Dawn","id":141020,"role":"main"};</script>
<script>var meta = {"product":{"id":8021,"vendor":"Hollowmere Soapworks","type":"Soap","variants":[{"id":4411,"price":750,"name":"${sTitle} - Full bar
110g"}]}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Hollowmere
Soapworks"},
"offers":[{"@type":"Offer","price":"7.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-text:18,18,18;--page-width:120rem;}</style>
<link href="//hollowmere.example/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2219__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--2219__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//hollowmere.example/cdn/shop/files/logo.png?width=180" alt="Hollowmere Soapworks" width="180" height="60"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization">
<details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2219__main" class="shopify-section section">
<section id="MainProduct-template--2219__main" class="page-width section-template--2219__main-padding">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--2219__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2219__main" class="visually-hidden" role="status"></div>
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-template--2219__main">Skip to product information</a>
<slider-component id="GalleryViewer-template--2219__main" class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--2219__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li id="Slide-template--2219__main-3301" class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media media--transparent">
<img src="//hollowmere.example/cdn/shop/files/sea-fennel-kelp.jpg?width=1946" alt="Green marbled soap bar on a slate" width="1946" height="1946"></div>
</div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2219__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hollowmere Soapworks</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/sea-fennel-kelp-soap" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2219__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£7.50
GBP</span></div>
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular"></s></span>
<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">£7.50 GBP</span></div>
<small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span><span class="price-item price-item--last"><span></span>
<span aria-hidden="true">/</span><span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div>
<span class="badge price__badge-sale color-scheme-4">Sale</span><span class="badge price__badge-sold-out color-scheme-3">Sold out</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--2219__main" data-section="template--2219__main">
<fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Size</legend><input type="radio" id="template--2219__main-1-0" name="Size" value="Full bar 110g" checked>
<label for="template--2219__main-1-0">Full bar 110g<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>
<input type="radio" id="template--2219__main-1-1" name="Size" value="Guest bar 40g"><label for="template--2219__main-1-1">Guest bar 40g
<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label></fieldset></variant-selects>
<div id="Quantity-Form-template--2219__main" class="product-form__input product-form__quantity">
<label class="quantity__label form__label" for="Quantity-template--2219__main">
Quantity <span class="quantity__rules-cart no-js-hidden hidden"><span class="loading__spinner hidden"></span><span>(<span>0</span> in cart)</span></span>
</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span>
<svg class="icon icon-minus" aria-hidden="true"></svg></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--2219__main" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button>
</quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><div class="product-form__error-message-wrapper" role="alert" hidden>
<span class="product-form__error-message"></span></div>
<form method="post" action="/cart/add" id="product-form-template--2219__main" class="form" enctype="multipart/form-data">
<input type="hidden" name="id" value="4411"><div class="product-form__buttons"><button id="ProductSubmitButton-template--2219__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span><div class="loading__spinner hidden"></div></button>
<div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
<button aria-disabled="true" aria-hidden="true" class="shopify-payment-button__more-options shopify-payment-button__button--hidden">More payment
options</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}</div>
${sAcc('collapsible_tab_1', 'Ingredients', `<p>${sIngr}</p><p><em>${sIngrNote}</em></p>`)}
${sAcc('collapsible_tab_2', 'How to use', `<ul>${lis(sUse)}</ul>`)}
${sAcc('collapsible_tab_3', 'Shipping', `<p>${sShip}</p>`)}
<share-button id="Share-template--2219__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">
<svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--2219__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--2219__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2219__main" value="https://hollowmere.example/products/sea-fennel-kelp-soap" readonly>
<label class="field__label" for="ShareUrl-template--2219__main">Link</label></div></div></details></share-button>
<a href="/products/sea-fennel-kelp-soap" class="link product__view-details animate-arrow">View full details</a>
</section></div></div></section></section>
<section id="shopify-section-template--2219__related-products" class="shopify-section section"><div class="color-scheme-1 gradient">
<product-recommendations class="related-products page-width section-template--2219__related-products-padding isolate scroll-trigger animate--slide-in"
data-url="/recommendations/products?limit=4">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">${sRec.map(sCard).join('\n')}</ul>
</product-recommendations></div></section></main>
<div id="shopify-section-sections--2219__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2219__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootLinks)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the workshop</h2>
<div class="footer-block__details-content footer-block--newsletter rte"><p>Unit 3, Quay Lofts, Porthkell. Open Thursday to Saturday, 10am to 4pm.</p></div>
</div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2219__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--2219__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
</div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Hollowmere Soapworks</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></footer></div>
<script src="//hollowmere.example/cdn/shop/t/4/assets/global.js?v=1441" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout629-shopify-dawn-soap-bar',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Ingredients', 'How to use', 'Shipping'],
  body: texts([...sDesc, sIngr, sIngrNote, ...sUse, sShip]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to product information', 'Hollowmere Soapworks', 'Free UK delivery on orders over £30', ...sNav, '£7.50 GBP', 'Sale', 'Sold out',
'Tax included. Shipping calculated at checkout.',
    'Size', 'Full bar 110g', 'Guest bar 40g', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'Link', 'View full details', 'You may also like',
    ...sRec.map((r) => r[0]), '£9.00 GBP', '£12.00 GBP', 'Quick links', ...sFootLinks, 'Visit the workshop',
    'Unit 3, Quay Lofts, Porthkell. Open Thursday to Saturday, 10am to 4pm.', 'Subscribe to our emails', 'Email', '© 2026, Hollowmere Soapworks',
    'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT629_A: readonly TestPage[] = [shopify];
