import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout527-kit.js';

/** Held-out batch 527, file a2: a coffee roaster's bean product page on Shopify (Dawn theme) with variant pickers and a "You may also like" row. */
const pTitle = 'Kiambugu AA \u2014 Washed';
const pBody = [
  j(
    'Kiambugu is a factory (washing station) in the foothills of the Aberdares, run by a cooperative of 1,100 smallholders. This AA',
    'lot is the largest screen size from the October pickings, fully washed and dried on raised beds for fourteen days.',
  ),
  'Tasting notes',
  'Blackcurrant, pink grapefruit and demerara, with a juicy, tea-like finish.',
  'Region: Nyeri, Kenya',
  'Altitude: 1,750\u20131,850 m',
  'Varieties: SL28, SL34, Ruiru 11',
  'Process: Washed, double-fermented',
  'Roast: Light, for filter and AeroPress',
  'How we brew it',
  j(
    'We like it on a flat-bottom dripper at 60 g per litre, water just off the boil, and a total time of around three and a half',
    'minutes. Give it at least seven days after the roast date before opening; it keeps getting sweeter for a month.',
  ),
];
const pNav = ['Shop Coffee', 'Subscriptions', 'Brew Gear', 'Wholesale', 'Learn'];
const pRel = ['Loma Verde \u2014 Honey', '\u00a39.80 GBP', 'Harbour Blend', '\u00a38.50 GBP', 'Decaf Sugarcane \u2014 Huila', '\u00a310.20 GBP'];
const pFoot1 = ['Search', 'Shipping', 'Returns & Refunds', 'Contact'];
const pFoot2 = ['About us', 'Roastery visits', 'Careers'];
const opt = (name: string, vals: string[]): string =>
  `<fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">${name}</legend>\n${vals
    .map(
      (v, i) => `<input type="radio" id="opt-${name}-${i}" name="${name}" value="${v}"${i === 0 ? ' checked' : ''}><label
for="opt-${name}-${i}">${v}</label>`,
    )
    .join('\n')}</fieldset>`;
const card = (t: string, price: string): string =>
  `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__inner ratio"><div class="card__media"><div class="media media--transparent media--hover-effect"><img
src="//fellside.coffee/cdn/shop/files/bag.jpg?v=1" alt="${t}"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${t}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden
visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${price}</span></div></div></div></div></div></div></div></div></li>`;
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://fellside.coffee/products/kiambugu-aa">
<title>Kiambugu AA \u2014 Washed \u2013 Fellside Roasting Co.</title><meta name="description" content="Blackcurrant, pink grapefruit and demerara. A washed
AA lot from Nyeri.">
<meta property="og:site_name" content="Fellside Roasting Co."><meta property="og:type" content="product"><meta property="og:price:amount" content="11.50">
<script src="//fellside.coffee/cdn/shop/t/7/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8023311,"vendor":"Fellside Roasting Co.",
"type":"Coffee"},"page":{"pageType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Kiambugu AA \u2014 Washed","brand":{"@type":"Brand",
"name":"Fellside Roasting Co."},"offers":[{"@type":"Offer","price":"11.50","priceCurrency":"GBP"}]}</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; }</style>
<link href="//fellside.coffee/cdn/shop/t/7/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over \u00a330</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu
 header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//fellside.coffee/cdn/shop/files/fellside-logo.png?v=1" alt="Fellside Roasting Co." class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text
focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link
 focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon
icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><section id="MainProduct-template--2__main"
 class="page-width section-template--2__main-padding" data-section="template--2__main"><div class="product product--large product--left
product--thumbnail_slider
 product--mobile-hide grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main"
 role="region" class="product__column-sticky" aria-label="Gallery Viewer"><div id="GalleryStatus-template--2__main" class="visually-hidden"
role="status"></div>
<slider-component id="GalleryViewer-template--2__main" class="slider-mobile-gutter"><ul id="Slider-Gallery-template--2__main" class="product__media-list
contains-media
 grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container
 media-type-image media-fit-contain global-media-settings gradient constrain-height"><div class="product__media media media--transparent">
<img src="//fellside.coffee/cdn/shop/files/kiambugu-bag.jpg?v=1&amp;width=1946" alt="Kiambugu AA bag, 250g"></div></div></li></ul></slider-component>
</media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">FELLSIDE ROASTING CO.</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/kiambugu-aa" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<p class="product__text inline-richtext">Blackcurrant \u00b7 Grapefruit \u00b7 Demerara</p>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">\u00a311.50 GBP</span>
</div></div><span class="badge price__badge-sold-out color-scheme-3" aria-hidden="true" hidden>Sold out</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--2__main" data-section="template--2__main">${opt('Size', ['250g', '1kg'])}
${opt('Grind', ['Whole bean', 'Filter', 'Espresso'])}</variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--2__main" value="1" min="1"><button class="quantity__button"
name="plus"
 type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--2__main" type="submit" name="add" class="product-form__submit button
button--full-width
 button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button
 shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps([at(pBody, 0)])}
<h4>${pBody[1]}</h4>${ps([at(pBody, 2)])}<ul>${lis(pBody.slice(3, 8))}</ul>
<h4>${pBody[8]}</h4>${ps([at(pBody, 9)])}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-0"><summary><div class="summary__title">
<svg class="icon icon-accordion color-foreground-text"></svg><h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-row-0"><p>We roast on Tuesdays and Fridays and post the same day by Royal Mail Tracked
48.</p></div>
</details></div><share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--2__related-products" class="shopify-section"><div class="color-scheme-1 gradient no-heading"><product-recommendations
 class="related-products page-width section-template--2__related-products-padding isolate scroll-trigger animate--slide-in"><h2
class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid contains-card--product grid--4-col-desktop grid--2-col-tablet-down" role="list">
${card(at(pRel, 0), at(pRel, 1))}${card(at(pRel, 2), at(pRel, 3))}${card(at(pRel, 4), at(pRel, 5))}</ul></product-recommendations></div></div></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(pFoot1)}</ul></div>
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Fellside</h2><ul
class="footer-block__details-content list-unstyled">
${links(pFoot2)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--3__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon
icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization
isolate"><localization-form>
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button" class="disclosure__button
localization-form__select">
<span>United Kingdom | GBP \u00a3</span></button></div></localization-form></div><div class="footer__column footer__column--info"><div
class="footer__payment">
<span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon
icon--full-color"
 role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small
class="copyright__content">\u00a9 2026,
<a href="/" title="">Fellside Roasting Co.</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a></small>
</div></div></div></div></footer></div>
<script src="//fellside.coffee/cdn/shop/t/7/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout527-shopify-bean-product',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [at(pBody, 1), at(pBody, 8)],
  body: texts(['Blackcurrant \u00b7 Grapefruit \u00b7 Demerara', ...pBody.filter((_, i) => i !== 1 && i !== 8)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over \u00a330', ...pNav, 'FELLSIDE ROASTING CO.', '\u00a311.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Size', '250g', '1kg', 'Grind', 'Whole bean', 'Filter', 'Espresso', 'Quantity', 'Add to cart',
    'Buy it now', 'Shipping & returns', 'Share', 'You may also like', ...pRel, 'Help', ...pFoot1, 'Fellside',
    ...pFoot2, 'Subscribe to our emails', 'Email', 'Country/region', 'United Kingdom | GBP \u00a3', '\u00a9 2026, Fellside Roasting Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT527_A2: readonly TestPage[] = [tidy(shopify)];
