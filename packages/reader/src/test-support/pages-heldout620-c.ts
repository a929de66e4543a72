import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout620-kit.js';

/** Held-out batch 620, file c: an owl encounter gift voucher on Shopify (Dawn theme). */
const pTitle = 'Owl Encounter Gift Voucher';
const pBody = [
  j(
    'Give someone an hour with our owls. The lucky recipient will meet six of our owls up close, from Pip the tiny little owl',
    'to Bramble the Eurasian eagle owl, hold them on the glove and learn how each one hunts, hears and flies.',
  ),
  'What’s included:',
  'An hour-long session with a keeper, for up to two people',
  'Handling and flying of at least four owls',
  'Photographs taken by the keeper, emailed after your visit',
  'Tea or coffee in the café afterwards',
  j(
    'Vouchers are valid for twelve months from the date of purchase. Sessions run Friday to Monday at 11am and 2pm, and',
    'must be booked in advance once the voucher has been received. Suitable for ages 10 and over.',
  ),
];
const pNav = ['Experiences', 'Gift Vouchers', 'Adopt an Owl', 'Shop', 'Visit'];
const pRecs = ['Hawk Walk Gift Voucher', 'Adopt an Owl for a Year', 'Falconer’s Day Gift Voucher'];
const pFoot = ['Refund policy', 'Privacy policy', 'Terms of service'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://wingsoverharrowfield.co.uk/products/owl-encounter-gift-voucher"><title>${pTitle} &ndash; Wings Over Harrowfield</title>
<meta name="description" content="Give someone an hour with our owls.">
<meta property="og:site_name" content="Wings Over Harrowfield"><meta property="og:type" content="product"><meta property="og:price:amount" content="45.00">
<script>var Shopify = Shopify || {};Shopify.shop = "wings-over-harrowfield.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141234,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}",
"offers":[{"@type":"Offer","price":"45.00","priceCurrency":"GBP"}]}</script>
<link href="//wingsoverharrowfield.co.uk/cdn/shop/t/3/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family: Assistant, sans-serif;--page-width: 120rem;}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Printed vouchers posted free within the UK</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation"><ul
class="menu-drawer__menu has-submenu list-menu"
role="list">${links(pNav)}</ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//wingsoverharrowfield.co.uk/cdn/shop/files/logo.png"
alt="Wings Over Harrowfield" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon
header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><product-info id="MainProduct-template--2__main"
class="section-template--2__main-padding
gradient color-scheme-1" data-section="template--2__main" data-product-id="8123" data-update-url="true"><div class="page-width">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2__main" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-template--2__main"
class="slider-mobile-gutter">
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-template--2__main">Skip to product information</a>
<ul id="Slider-Gallery-template--2__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings gradient">
<div class="product__media media media--transparent"><img src="//wingsoverharrowfield.co.uk/cdn/shop/files/owl-voucher.jpg?v=1" alt="Barn owl on a gloved hand"
width="1946" height="1946"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Wings Over Harrowfield</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/owl-encounter-gift-voucher" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<p class="product__text inline-richtext"></p><div class="no-js-hidden" id="price-template--2__main" role="status"><div
class="price price--large price--show-badge">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£45.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--2__main" data-section="template--2__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Voucher type</legend><input type="radio" id="template--2__main-1-0" name="Voucher type" value="Printed card" checked>
<label for="template--2__main-1-0">Printed card<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>
<input type="radio" id="template--2__main-1-1" name="Voucher type" value="E-voucher"><label for="template--2__main-1-1">E-voucher
<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--2__main" value="1" min="1"><button class="quantity__button" name="plus"
type="button">
<span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form" data-section-id="template--2__main"><form method="post" action="/cart/add" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--2__main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<shopify-accelerated-checkout recommended="{}">
<shopify-buy-it-now-button><button class="accelerated-checkout-button" type="button">Buy it
now</button></shopify-buy-it-now-button></shopify-accelerated-checkout>
</div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps(pBody.slice(0, 1))}<p><strong>${pBody[1]}</strong></p><ul>${lis(pBody.slice(2, 6))}</ul>${ps(pBody.slice(6))}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--2__main"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab-template--2__main">
<p>Printed vouchers are posted second class within two working days. E-vouchers are emailed straight away.</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Booking and cancellations</h2></div></summary><div class="accordion__content rte">
<p>Give us 48 hours’ notice to move a booked session.</p></div></details></div>
<share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details>
<summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-8123"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-8123"
value="https://wingsoverharrowfield.co.uk/products/owl-encounter-gift-voucher" readonly><label class="field__label" for="ShareUrl-8123">Link</label>
<button class="share-button__close hidden">Close share</button><button class="share-button__copy">Copy link</button></div></div></details></share-button>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--2__related" class="shopify-section section"><product-recommendations
class="related-products page-width section-template--2__related-padding
isolate scroll-trigger animate--slide-in" data-url="/recommendations/products?limit=4"><h2 class="related-products__heading inline-richtext
h2">You may also like</h2>
<ul class="grid product-grid grid--3-col-desktop" role="list">
${pRecs
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard card--media"><div class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/${t.length}" class="full-unstyled-link">${t}</a></h3><div
class="card-information">
<div class="price"><span class="price-item price-item--regular">From £35.00 GBP</span></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Owl post</h2><form method="post" action="/contact#contact_form"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--sections--3__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email" required><label class="field__label"
for="NewsletterForm--sections--3__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm" class="localization-form"><div><h2 class="caption-large text-body"
id="FooterCountryLabel">Country/region</h2><div class="disclosure"><button type="button" class="disclosure__button localization-form__select">
<span>United Kingdom | GBP £</span></button></div></div></form></localization-form></div></div>
<div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div class="footer__payment"><span
class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title
id="pi-visa">Visa</title>
</svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Wings Over
Harrowfield</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(pFoot)}</ul></div></div></div></div></footer>
<script src="//wingsoverharrowfield.co.uk/cdn/shop/t/3/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout620-shopify-owl-voucher',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: [...pBody],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Printed vouchers posted free within the UK', ...pNav.filter((t) => t !== 'Visit'), 'Log in', 'Cart', 'Skip to product information',
    'Wings Over Harrowfield', 'Regular price', '£45.00 GBP', 'Tax included.', 'Voucher type', 'Printed card', 'E-voucher', 'Quantity',
    `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`, 'Add to cart', 'Buy it now', 'Delivery', 'Booking and cancellations', 'Share',
    'Link', 'Copy link', 'You may also like', ...pRecs, 'From £35.00 GBP', 'Owl post', 'Email', 'Country/region', 'United Kingdom | GBP £',
    'Payment methods', '© 2025, Wings Over Harrowfield', 'Powered by Shopify', ...pFoot,
  ],
};

export const HELDOUT620_C: readonly TestPage[] = [shopify];
