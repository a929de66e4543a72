import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file a: a bulb product page on Shopify (Dawn theme) with collapsible tabs, reviews and recommendations
 * (the batch's second page of file a is in pages-heldout697-a2.ts).
 */
const sTitle = "Allium 'Lilac Beacon'";
const sDesc = [
  j(
    "Tall, drumstick heads of starry lilac flowers on stiff stems, 'Lilac Beacon' is the allium we plant most of in our own trial",
    'beds. Each head is the size of a cricket ball and holds its colour for three weeks before fading to a silvery seed head that',
    'looks good well into August.',
  ),
  j(
    'Plant the bulbs in groups of seven or more between late September and the end of November, among perennials that will hide the',
    'leaves as they yellow in June. Bees crowd the flowers on sunny days.',
  ),
];
const sSpecs = [
  ['Flowering', 'May to June'],
  ['Height', '90 cm'],
  ['Bulb size', '12/14 cm'],
  ['Position', 'Full sun, well-drained soil'],
  ['Hardiness', 'RHS H6, fully hardy'],
];
const sTabs = [
  [
    'Planting and care',
    j(
      'Plant 15 cm deep and 20 cm apart with the pointed end up. Leave the foliage to die back naturally and the bulbs will flower',
      'again for years. In heavy clay, add a handful of grit to each planting hole.',
    ),
  ],
  [
    'Delivery',
    j(
      'Bulbs are dispatched from early September in the order we receive them. Orders placed after 15 November are sent within',
      'three working days while stocks last.',
    ),
  ],
];
const sNav = ['Spring bulbs', 'Summer bulbs', 'Collections', 'Gift cards', 'Planting guides'];
const sRecs = [
  ["Allium 'Mount Everest'", '£7.50 GBP'],
  ['Camassia leichtlinii Caerulea', '£5.95 GBP'],
  ["Tulip 'Ballerina'", '£4.25 GBP'],
];
const sFootMenu = ['Search', 'Delivery information', 'Returns and refunds', 'Contact us', 'Terms of service', 'Privacy policy'];
const sReviews = [
  ['Harriet O.', '14/05/2026', 'Flowered beautifully in the first spring. Every single bulb came up.'],
  ['Duncan F.', '02/06/2026', 'Huge heads, taller than I expected. Will order more in autumn.'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowmerebulbs.co.uk/products/allium-lilac-beacon">
<title>${sTitle} &ndash; Hollowmere Bulbs</title><meta name="description" content="Tall, drumstick heads of starry lilac flowers on stiff stems.">
<meta property="og:site_name" content="Hollowmere Bulbs"><meta property="og:type" content="product"><meta property="og:price:amount" content="6.95">
<script src="//hollowmerebulbs.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollowmere-bulbs.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":136000000001,"schema_name":"Dawn","schema_version":"12.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"6.95",
"priceCurrency":"GBP",
"availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Hollowmere Bulbs"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//hollowmerebulbs.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on bulb orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//hollowmerebulbs.co.uk/cdn/shop/files/logo.png?v=1&amp;width=600" alt="Hollowmere Bulbs" width="140" height="60" class="header__heading-logo">
</div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span>
</summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section id="MainProduct-template--main"
class="page-width section-template--main-padding"
data-section="template--main"><div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col
grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<div id="GalleryStatus-template--main" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-template--main"
class="slider-mobile-gutter">
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-template--main">Skip to product information</a>
<ul id="Slider-Gallery-template--main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media media--transparent"><img src="//hollowmerebulbs.co.uk/cdn/shop/products/lilac-beacon.jpg?v=1&amp;width=1946"
alt="${sTitle} in flower"
width="973" height="1216" class="image-magnify-lightbox"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hollowmere Bulbs</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/allium-lilac-beacon" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="jdgm-widget jdgm-preview-badge" data-id="8012"><div class="jdgm-prev-badge"><span class="jdgm-prev-badge__stars" data-score="4.90"></span>
<span class="jdgm-prev-badge__text">37 reviews</span></div></div>
<div id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£6.95 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--main" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Pack size</legend><input type="radio" id="template--main-1-0" name="Pack size" value="5 bulbs" checked>
<label for="template--main-1-0">5 bulbs</label><input type="radio" id="template--main-1-1" name="Pack size" value="25 bulbs">
<label for="template--main-1-1">25 bulbs</label>
</fieldset></variant-selects><div class="product-form__input product-form__quantity"><label class="quantity__label form__label"
for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1" min="1"><button class="quantity__button" name="plus"
type="button">
<span class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form" novalidate="novalidate">
<input type="hidden" name="id" value="44012345678901"><div class="product-form__buttons"><button id="ProductSubmitButton-template--main" type="submit"
name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}
<table><tbody>${sSpecs.map((r) => tr(r)).join('\n')}</tbody></table></div>
${sTabs
  .map(
    ([h, p], i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}-template--main"><summary>
<div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${i}-template--main"><p>${p}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--judgeme" class="shopify-section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget">
<div class="jdgm-rev-widg">
<h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary-text">Based on 37 reviews</div>
<a href="#" class="jdgm-write-rev-link" role="button">Write a review</a><div class="jdgm-rev-widg__reviews">
${sReviews
  .map(
    ([n, d, t]) => `<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__timestamp">${d}</span>
<span class="jdgm-rev__author">${n}</span></div><div class="jdgm-rev__content"><div class="jdgm-rev__body"><p>${t}</p></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section id="shopify-section-template--related" class="shopify-section">
<product-recommendations class="related-products page-width section-template--related-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">
${sRecs
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit"
class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<ul class="footer__list-social list-unstyled list-social" role="list"><li class="list-social__item"><a href="https://instagram.com/hollowmerebulbs"
class="link list-social__link">
<svg aria-hidden="true" class="icon icon-instagram"></svg><span class="visually-hidden">Instagram</span></a></li></ul>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Hollowmere Bulbs</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFootMenu)}</ul></div></div></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__body-title">Cookie policy</h2>
<p class="shopify-pc__banner__body-text">We use cookies and similar technologies to remember your basket and to
measure how the shop is used.</p></div><div class="shopify-pc__banner__btns"><button class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button class="shopify-pc__banner__btn-decline">Decline</button><button class="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//hollowmerebulbs.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout697-shopify-dawn-allium',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sTabs.map(([h]) => h ?? ''),
  body: texts([...sDesc, ...sSpecs.map(rowText), ...sTabs.map(([, p]) => p ?? '')]),
  bylines: sReviews.flatMap(([n, d]) => [n ?? '', d ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on bulb orders over £40', ...sNav, 'Log in', 'Cart', 'Skip to product information', 'Hollowmere Bulbs',
    '37 reviews', 'Regular price', '£6.95 GBP', 'Tax included. Shipping calculated at checkout.', 'Pack size', '5 bulbs', '25 bulbs', 'Quantity',
    `Decrease quantity for ${sTitle}`, `Increase quantity for ${sTitle}`, 'Add to cart', 'Buy it now', 'Share', 'Customer Reviews',
    'Based on 37 reviews', 'Write a review', ...sReviews.map(([, , t]) => t ?? ''), 'You may also like', ...sRecs.flat(),
    'Subscribe to our emails', 'Email', 'Instagram', '© 2027, Hollowmere Bulbs', 'Powered by Shopify', ...sFootMenu, 'Cookie policy',
    'We use cookies and similar technologies to remember your basket and to measure how the shop is used.', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT697_A: readonly TestPage[] = [shopify];
