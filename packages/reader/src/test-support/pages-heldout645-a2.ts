import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout645-kit.js';

/** Held-out batch 645, file a2: a footplate driver experience product page on Shopify (Dawn) with its variant picker and recommendations. */
const sTitle = 'Footplate Experience – Half Day';
const sIntro = [
  j(
    'Spend a morning or an afternoon on the footplate of one of our tank engines and drive her yourself along the four miles',
    'of line between Tarnbeck and Owlers Gill. You will work under the eye of one of our qualified drivers and a fireman,',
    'who will show you how to prepare the engine, build a fire and handle the regulator and brake.',
  ),
  j(
    'No experience is needed. Most of our half-day guests have never stood on a footplate before, and by the third trip',
    'almost all of them are bringing the train to a stand at the platform end without help.',
  ),
];
const sH = ['What’s included', 'Before you book'];
const sIncl = [
  'A safety briefing and a tour of the engine shed',
  'Three return trips over the line, driving and firing',
  'Overalls, gloves and a cap to keep',
  'Lunch or afternoon tea in the Owlers Gill refreshment room',
  'A certificate signed by your driver',
];
const sBefore = [
  j(
    'Drivers must be 16 or over and able to climb a vertical steel ladder. Up to two guests may ride in the brake van and',
    'watch; they travel free but cannot go on the footplate.',
  ),
  j(
    'Experiences run on Tuesdays and Thursdays from April to October. Choose your date below; if you are buying a gift, choose',
    '“Open date voucher” and the recipient can book any available date within 12 months.',
  ),
];
const sNav = ['Home', 'Tickets', 'Experiences', 'Gift Vouchers', 'Books & DVDs', 'Models', 'Membership'];
const sDates = ['Tuesday 6 April', 'Thursday 8 April', 'Tuesday 13 April', 'Open date voucher'];
const sRec = [
  ['Footplate Experience – Full Day', '£495.00 GBP'],
  ['Signal Box Taster', '£45.00 GBP'],
  ['Brake Van Rides Gift Voucher', '£20.00 GBP'],
];
const sFootLinks = ['Search', 'Contact us', 'Delivery', 'Refund policy', 'Terms of service', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://shop.tarnbecksteam.co.uk/products/footplate-experience-half-day">
<title>${sTitle} – Tarnbeck Steam Railway Shop</title><meta name="description"
content="Spend a morning or an afternoon on the footplate of one of our tank engines.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="295.00"><meta property="og:price:currency" content="GBP">
<script src="//shop.tarnbecksteam.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"product":{"id":8123456789,"vendor":"Tarnbeck Steam Railway"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}",
"offers":[{"@type":"Offer","price":"295.00","priceCurrency":"GBP"}]}</script>
<link href="//shop.tarnbecksteam.co.uk/cdn/shop/t/4/assets/base.css?v=144997082486365258741700000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2187__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40 – vouchers are sent by email</span></p></div></div></div>
<div id="shopify-section-sections--2187__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//shop.tarnbecksteam.co.uk/cdn/shop/files/tsr-logo.png" alt="Tarnbeck Steam Railway Shop" width="160" height="64" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2190__main" class="shopify-section section"><section id="MainProduct-template--2190__main"
class="page-width section-template--2190__main-padding" data-section="template--2190__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet product--mobile-hide">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2190__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2190__main" class="visually-hidden" role="status"></div><ul id="Slider-Gallery-template--2190__main"
class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li id="Slide-template--2190__main-301" class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media media--transparent"><img src="//shop.tarnbecksteam.co.uk/cdn/shop/files/footplate-1.jpg?width=1946"
alt="A guest driver at the regulator of tank engine No. 5 Kittiwake" width="1946" height="1297"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2190__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Tarnbeck Steam Railway</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/footplate-experience-half-day" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2190__main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£295.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--2190__main"><fieldset class="js product-form__input product-form__input--pill"><legend
class="form__label">Date</legend>
${sDates
  .map(
    (d, i) => `<input type="radio" id="template--2190__main-1-${i}" name="Date" value="${d}"${i === 0 ? ' checked' : ''}><label
for="template--2190__main-1-${i}">${d}</label>`,
  )
  .join('\n')}
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2190__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span
class="visually-hidden">Decrease quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--2190__main" min="1" value="1"><button class="quantity__button no-js-hidden"
name="plus" type="button">
<span class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2190__main" class="form" novalidate="novalidate"
data-type="add-to-cart-form">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--2190__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>${sH[0]}</h3><ul>${lis(sIncl)}</ul>
<h3>${sH[1]}</h3>${ps(sBefore)}
</div>
<share-button id="Share-template--2190__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-template--2190__main"><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--2190__related-products" class="shopify-section"><product-recommendations
class="related-products page-width section-template--2190__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">
${sRec
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div
class="card__content"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3><div class="card-information"><div class="price"><div
class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<footer class="footer color-background-1 gradient section-sections--2188__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--2188__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--2188__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__column footer__localization isolate"><localization-form><form method="post" action="/localization" id="FooterCountryForm">
<div class="disclosure"><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><button type="button"
class="disclosure__button localization-form__select">
<span>United Kingdom | GBP £</span></button></div></form></localization-form></div></div>
<div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">© 2027, <a href="/"
title="">Tarnbeck Steam Railway Shop</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFootLinks)}</ul></div></div></div></footer>
<script src="//shop.tarnbecksteam.co.uk/cdn/shop/t/4/assets/product-info.js?v=174806172978439001541700000000" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout645-shopify-footplate-experience',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sIncl, ...sBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40 – vouchers are sent by email', ...sNav, 'Log in', 'Cart', 'Tarnbeck Steam Railway',
    'Regular price', '£295.00 GBP', 'Tax included.', 'Date', ...sDates, 'Quantity', `Decrease quantity for ${sTitle}`, `Increase quantity for
${sTitle}`,
    'Add to cart', 'Buy it now', 'Share', 'You may also like', ...sRec.flat(), 'Subscribe to our emails', 'Email', 'Country/region',
    'United Kingdom | GBP £', '© 2027, Tarnbeck Steam Railway Shop', 'Powered by Shopify', ...sFootLinks,
  ],
});

export const HELDOUT645_A2: readonly TestPage[] = [shopify];
