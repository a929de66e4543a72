import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file c: an escape room gift voucher product page on Shopify (Dawn theme, description and collapsible
 * tabs, a buy box and related products); the batch's second page of this pair is in file c2.
 */
const shTitle = 'Escape Room Gift Voucher';
const shDesc = [
  j(
    'Give them an hour they will talk about for weeks. Our gift vouchers can be used for any of our five rooms, on any day of the week,',
    'for teams of two to six.',
  ),
  j(
    'Choose a value below. Vouchers are sent by email as a PDF as soon as you order, ready to print or forward. If you would rather give',
    'a printed card in a wax-sealed envelope, choose the boxed voucher at checkout and we will post it the next working day.',
  ),
];
const shHow = ['£50 covers two players in any room', '£80 covers four players in any room', '£100 covers a team of six, with change for a drink at the bar'];
const shTabs: [string, string][] = [
  [
    'Delivery and redemption',
    j(
      'Vouchers are valid for 24 months from the date of purchase. To redeem, enter the code in the gift card box when you book online.',
      'Any unused balance stays on the code for next time.',
    ),
  ],
  ['Refunds', 'Vouchers can be refunded within 14 days of purchase if they have not been used.'],
];
const shValues = ['£25 voucher', '£50 voucher', '£80 voucher', '£100 voucher'];
const shNav = ['Home', 'Book a room', 'Gift vouchers', 'Merch', 'Contact'];
const shAlso: [string, string][] = [
  ['Locked Lantern enamel mug', '£12.00 GBP'],
  ['Team photo print', '£8.00 GBP'],
  ['Puzzle box: The Cartographer', '£34.00 GBP'],
];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://lockedlantern.example/products/escape-room-gift-voucher">
<title>${shTitle} &ndash; Locked Lantern</title><meta name="description" content="Give them an hour they will talk about for weeks.">
<meta property="og:site_name" content="Locked Lantern"><meta property="og:type" content="product"><meta property="og:price:amount" content="25.00">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${shTitle}","offers":[{"@type":"Offer","price":"25.00",
"priceCurrency":"GBP"}]}</script>
<script>var Shopify = Shopify || {};Shopify.shop = "locked-lantern.myshopify.com";Shopify.currency = {"active":"GBP",
"rate":"1.0"};Shopify.theme = {"name":"Dawn","id":141};</script>
<link href="//lockedlantern.example/cdn/shop/t/4/assets/base.css?v=14613" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1721__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Boxed vouchers posted free to any UK address</span></p></div></div></div></div>
<div id="shopify-section-sections--1721__header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//lockedlantern.example/cdn/shop/files/logo.png?v=1"
alt="Locked Lantern" width="140" height="47" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${shNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1723__main"
class="shopify-section section">
<section id="MainProduct-template--1723__main" class="page-width section-template--1723__main-padding" data-section="template--1723__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--1723__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul class="product__media-list contains-media grid
grid--peek list-unstyled slider slider--mobile"
role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image">
<div class="product__media media media--transparent"><img src="//lockedlantern.example/cdn/shop/files/voucher-box.jpg?v=1&amp;width=1946"
alt="Voucher card in a black box"
width="1946" height="1946" loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1723__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Locked Lantern</p>
<div class="product__title"><h1>${shTitle}</h1><a href="/products/escape-room-gift-voucher" class="product__title"><h2 class="h1">${shTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1723__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£25.00 GBP</span></div></div></div>
<div class="product__tax caption rte">Tax included.</div></div>
<variant-radios id="variant-radios-template--1723__main" class="no-js-hidden" data-section="template--1723__main"><fieldset class="js product-form__input">
<legend class="form__label">Value</legend>${shValues
  .map(
    (v, i) => `<input type="radio" id="template--1723__main-1-${i}" name="Value" value="${v}"${i === 0 ? ' checked' : ''}>
<label for="template--1723__main-1-${i}">${v}<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}</fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1723__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus"
type="button"><span class="visually-hidden">Decrease quantity for ${shTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--1723__main" min="1"
value="1"><button class="quantity__button no-js-hidden" name="plus"
type="button"><span class="visually-hidden">Increase quantity for ${shTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1723__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1723__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(shDesc)}<h3>How much should I choose?</h3><ul>${lis(shHow)}</ul></div>
${shTabs
  .map(
    ([h, p], i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-${i}"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true" focusable="false"></svg><h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-row-${i}"><p>${p}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--1723__main"
class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--1723__main" class="share-button__message hidden" role="status"></span><input type="text"
class="field__input"
id="ShareUrl-template--1723__main" value="https://lockedlantern.example/products/escape-room-gift-voucher" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--1723__main">Link</label></div></div></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--1723__related"
class="shopify-section"><div class="related-products page-width"><h2 class="related-products__heading inline-richtext h2">You may
also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">${shAlso
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${n.toLowerCase().replace(/\W+/g, '-')}"
class="full-unstyled-link">${n}</a></h3>
<div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div></div></li>`,
  )
  .join('\n')}</ul></div></div></main>
<div id="shopify-section-sections--1722__footer"
class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--1722__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our
emails</h2><form method="post" action="/contact#contact_form" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1722__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1722__footer">Email</label></div></div></form></div></div>
<ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://instagram.com/lockedlantern.example"
class="link list-social__link">
<svg class="icon icon-instagram" aria-hidden="true"></svg><span class="visually-hidden">Instagram</span></a></li></ul></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><button class="disclosure__button localization-form__select"
type="button">United Kingdom | GBP £</button>
</div><div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2024, <a href="/"
title="">Locked Lantern</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(['Refund policy', 'Privacy policy', 'Terms of service'], 'policy-item')}</ul></div></div></div></div></footer></div>
<script src="//lockedlantern.example/cdn/shop/t/4/assets/global.js?v=3723" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout560-shopify-gift-voucher',
  kind: 'docs',
  html: shHtml,
  title: shTitle,
  headings: ['How much should I choose?', ...shTabs.map(([h]) => h)],
  body: [...shDesc, ...shHow, ...shTabs.map(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Boxed vouchers posted free to any UK address', 'Home', 'Book a room', 'Merch', 'Contact', 'Locked Lantern', '£25.00 GBP',
    'Tax included.', ...shValues, 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'Link', 'You may also like', ...shAlso.flat(),
    'Subscribe to our emails', 'Country/region', 'United Kingdom | GBP £', '© 2024, Locked Lantern', 'Powered by Shopify', 'Refund policy',
    'Privacy policy', 'Terms of service',
  ],
};

export const HELDOUT560_C: readonly TestPage[] = [shopify];
