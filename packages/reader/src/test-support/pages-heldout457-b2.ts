import { links, type TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/** Held-out batch 457, file b2: a beekeeping supplier's product page on Shopify (Dawn) with an accordion, recommendations and a newsletter footer. */

const sTitle = 'Cedar National Hive Complete – Flat Packed';
const sParts: Part[] = [
  {
    p: j(
      'Everything you need for one colony in a single box: a western red cedar National hive made in our Herefordshire workshop, cut and',
      'drilled ready for you to nail together in an afternoon.',
    ),
  },
  {
    p: j(
      'The boxes are finger-jointed on all four corners and the brood box has the bottom bee space that our customers have asked for since',
      '2019. Frames and foundation are included, so once the hive is built you only need bees.',
    ),
  },
  { h: 'What&#39;s in the box' },
  {
    ul: [
      'Open mesh floor with entrance block and varroa tray',
      'Brood box with 11 frames and premium wired foundation',
      'Two supers with 22 frames and foundation',
      'Framed queen excluder',
      'Crownboard with two porter bee escapes',
      'Deep roof with ventilation mesh and galvanised cover',
      'Nails, instructions and a bag of frame spacers',
    ],
  },
  { h: 'Specifications' },
  { ul: ['Timber: western red cedar, untreated', 'External size: 460 mm × 460 mm', 'Weight when packed: 21 kg', 'Made in Herefordshire'] },
  { h: 'Delivery and returns' },
  {
    p: j(
      'Flat-packed orders ship by courier within three working days. If anything arrives damaged, send us a photo within seven days and we',
      'will send a replacement part free of charge.',
    ),
  },
];
const sNav = ['Home', 'Hives &amp; Nucs', 'Frames &amp; Foundation', 'Protective Clothing', 'Honey Processing', 'Courses'];
const sRecs: [string, string][] = [
  ['Beekeeping Starter Kit', '£64.00 GBP'],
  ['Ventilated Beesuit', '£89.00 GBP'],
  ['Cedar Nucleus Box', '£72.00 GBP'],
];
const sQuick = ['Search', 'Contact', 'Delivery information'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sAcc = (i: number, body: string): string => `<details id="Details-collapsible_tab_${i}-template--1__main"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true"
focusable="false"></svg>${render(sParts.slice(i, i + 1), { h: ' class="h4 accordion__title inline-richtext"' })}
</div><svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${i}-template--1__main">${body}</div></details>`;
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://hiveandhearth.co.uk/products/cedar-national-hive-complete"><title>${sTitle} &ndash; Hive &amp; Hearth</title>
<meta name="description" content="Everything you need for one colony in a single box: a western red cedar National hive made in our Herefordshire workshop.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="249.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hive-and-hearth.myshopify.com";
Shopify.theme = {"name":"Dawn","id":138412,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Hive & Hearth"},
"offers":[{"@type":"Offer","price":"249.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//hiveandhearth.co.uk/cdn/shop/t/4/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on hives over £150</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary
link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hive &amp; Hearth</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1__main"
class="shopify-section section">
<section id="MainProduct-template--1__main" class="page-width section-template--1__main-padding" data-section="template--1__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--1__main" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-template--1__main"
class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--1__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain gradient global-media-settings">
<img src="//hiveandhearth.co.uk/cdn/shop/files/cedar-national.jpg?v=17&width=1946" alt="Cedar National hive assembled" width="1946"
height="1946"></div></li></ul>
</slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hive &amp; Hearth</p><div class="product__title"><h1>${sTitle}</h1>
<a href="/products/cedar-national-hive-complete" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£249.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios id="variant-radios-template--1__main" class="no-js-hidden" data-section="template--1__main"><fieldset class="js product-form__input">
<legend class="form__label">Frames</legend><input type="radio" id="template--1__main-1-0" name="Frames" value="Hoffman self-spacing" checked>
<label for="template--1__main-1-0">Hoffman self-spacing</label><input type="radio" id="template--1__main-1-1" name="Frames" value="DN4 with spacers">
<label for="template--1__main-1-1">DN4 with spacers</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${sTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span
class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1__main" class="form" enctype="multipart/form-data">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1__main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span><div class="loading__spinner hidden"></div></button><div data-shopify="payment-button"
class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
<button class="shopify-payment-button__more-options" aria-hidden="false">More payment options</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${render(sParts.slice(0, 2))}</div>
<div class="product__accordion accordion quick-add-hidden">${sAcc(2, render(sParts.slice(3, 4)))}</div>
<div class="product__accordion accordion quick-add-hidden">${sAcc(4, render(sParts.slice(5, 6)))}</div>
<div class="product__accordion accordion quick-add-hidden">${sAcc(6, render(sParts.slice(7, 8)))}</div>
<share-button id="Share-template--1__main" class="share-button quick-add-hidden"><details id="Details-share-template--1__main"><summary
class="share-button__button">
<svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://hiveandhearth.co.uk/products/cedar-national-hive-complete" readonly><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button>
</div></div></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--1__related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop grid--2-col-tablet-down"
role="list">
${sRecs
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${n.length}" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span
class="visually-hidden visually-hidden--inline">Regular
price</span><span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content
list-unstyled">${links(sQuick)}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our workshop</h2>
<div class="footer-block__details-content rte"><p>Every hive is cut and finished by hand in Kington.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--1__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button"
class="disclosure__button localization-form__select localization-selector link link--text caption-large"><span>United Kingdom | GBP £</span></button></div>
</localization-form></div><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title
id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/"
title="">Hive &amp; Hearth</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered
by Shopify</a></small><ul class="policies list-unstyled">${sPol
  .map(
    (t) => `<li><small class="copyright__content"><a
href="/policies/${t.length}">${t}</a></small></li>`,
  )
  .join('')}
</ul></div></div></div></div></footer>
<script src="//hiveandhearth.co.uk/cdn/shop/t/4/assets/global.js?v=1234" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout457-shopify-cedar-hive',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: headingsOf(sParts),
  body: bodyOf(sParts),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on hives over £150', 'Hive & Hearth', 'Home', 'Hives & Nucs', 'Frames & Foundation', 'Protective Clothing',
    'Honey Processing', 'Courses', 'Log in', 'Cart', 'Regular price', '£249.00 GBP', 'Tax included. Shipping calculated at checkout.',
    'Hoffman self-spacing', 'DN4 with spacers', 'Quantity', `Decrease quantity for ${sTitle}`, `Increase quantity for ${sTitle}`, 'Add to cart',
    'Buy it now', 'More payment options', 'Share', 'Close share', 'Copy link', 'You may also like', ...sRecs.flat(), 'Quick links', ...sQuick,
    'Our workshop', 'Every hive is cut and finished by hand in Kington.', 'Subscribe to our emails', 'Country/region', 'United Kingdom | GBP £',
    'Payment methods', '© 2027, Hive & Hearth', 'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT457_B2: readonly TestPage[] = [shopify];
