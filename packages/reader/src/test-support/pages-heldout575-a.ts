import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file a: a record's product page on Shopify (Dawn theme) with its tracklist.
 */
const sTitle = 'Orla Penhallow – Tidewater Hymns (LP, 180g Black Vinyl)';
const sIntro = [
  j(
    'The second album from the Falmouth-born singer and harmonium player, recorded over five winter nights in a disused',
    'chapel above the harbour. Penhallow wrote the songs while working the late shift at the ferry office, and you can hear',
    'the slack water and the foghorn in almost every one of them.',
  ),
  j(
    'This is the standard edition on 180g black vinyl, cut at half speed by Dov Aarsen and pressed in the Netherlands.',
    'It comes in a heavy tip-on sleeve with a printed inner and a lyric insert, plus a download code for the whole album.',
  ),
];
const sSideA = ['A1 Slack Water 3:48', 'A2 The Ferry Office 4:21', 'A3 Hymn for the Harbourmaster 5:02', 'A4 Salt on the Glass 3:15'];
const sSideB = ['B1 Pendennis 4:44', 'B2 Lanterns 3:39', 'B3 Tidewater 6:10', 'B4 Last Crossing 2:57'];
const sOutro = [
  j(
    'Our copy of the week: Marek in the shop says B3 is the best thing he has heard this year and has played it every morning',
    'since the boxes arrived. If you only know Penhallow from the live EP, start here.',
  ),
];
const sDetails = ['Label: Glasswing Recordings', 'Catalogue number: GLW-031', 'Format: LP, 180g, gatefold', 'Released: 19 March 2027'];
const sNav = ['Home', 'New Arrivals', 'Pre-orders', 'Used Vinyl', 'Record Store Day', 'We Buy Records', 'Gift Cards'];
const sRel = [
  ['Orla Penhallow – Lantern Sessions (12" EP)', '£14.99'],
  ['Bryher Coil – Night Fishing (LP, Clear Vinyl)', '£26.00'],
  ['The Saltash Choir – Undertow (2LP)', '£31.50'],
] as const;
const sFoot = ['Search', 'Shipping & Returns', 'Contact', 'Terms of Service', 'Refund policy', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://lowtiderecords.co.uk/products/orla-penhallow-tidewater-hymns-lp">
<title>${esc(sTitle)} &ndash; Lowtide Records</title>
<meta name="description" content="The second album from the Falmouth-born singer and harmonium player, recorded over five winter nights.">
<meta property="og:site_name" content="Lowtide Records"><meta property="og:type" content="product"><meta property="og:price:amount" content="27.99">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "lowtide-records.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1361,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Orla Penhallow – Tidewater Hymns","sku":"GLW-031",
"offers":[{"@type":"Offer","price":"27.99","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//lowtiderecords.co.uk/cdn/shop/t/4/assets/base.css?v=1440" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK shipping on orders over £50</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lowtide Records</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-product" class="shopify-section section"><section class="page-width section-template--main-product-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled
slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active" data-media-id="3301">
<modal-opener class="product__modal-opener product__modal-opener--image no-js-hidden"><span class="product__media-icon motion-reduce quick-add-hidden"
aria-hidden="true"></span><div class="product__media media media--transparent gradient global-media-settings" style="padding-top: 100%;">
<img src="//lowtiderecords.co.uk/cdn/shop/products/tidewater-front.jpg?v=1710&width=1946" alt="Tidewater Hymns front sleeve" loading="lazy" width="973"
height="973">
</div><button class="product__media-toggle quick-add-hidden" type="button" aria-haspopup="dialog"><span class="visually-hidden">Open media 1 in modal</span>
</button></modal-opener></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main-product" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Glasswing Recordings</p>
<div class="product__title"><h1>${esc(sTitle)}</h1></div>
<div class="no-js-hidden" id="price-template--main-product" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£27.99 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--main-product"><fieldset class="js product-form__input"><legend class="form__label">Format</legend>
<input type="radio" id="fmt-1" name="Format" value="Vinyl LP" checked><label for="fmt-1">Vinyl LP</label>
<input type="radio" id="fmt-2" name="Format" value="CD"><label for="fmt-2">CD</label></fieldset></variant-radios>
<p class="product__inventory no-js-hidden" role="status"><svg class="icon-inventory"></svg>Low stock: 4 left</p>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-1">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-1" value="1" min="1"><button class="quantity__button no-js-hidden" name="plus"
type="button"><span class="visually-hidden">Increase quantity</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main-product" class="form" novalidate="novalidate">
<input type="hidden" name="id" value="4410221"><div class="product-form__buttons"><button type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities no-js-hidden quick-add-hidden"><div class="pickup-availability-preview">
<div class="pickup-availability-info"><h3 class="caption-large">Pickup available at Lowtide Records, Kemp Lane</h3>
<p class="caption">Usually ready in 24 hours</p><button class="pickup-availability-button link link--text underlined-link">View store information</button>
</div></div></pickup-availability>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>Tracklist</h3><h4>Side A</h4><ul>${lis(sSideA)}</ul><h4>Side B</h4><ul>${lis(sSideB)}</ul>
${ps(sOutro)}<ul>${lis(sDetails)}</ul></div>
<share-button id="Share-template--main-product" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://lowtiderecords.co.uk/products/orla-penhallow-tidewater-hymns-lp" readonly><label class="field__label">Link</label></div>
<button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--product-recommendations" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${sRel
  .map(
    ([t, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__content">
<h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${esc(t)}</a></h3><div class="price"><span class="price-item
price-item--regular">${p}</span></div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></form></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>14 Kemp Lane, Brighton BN1 4QE. Open Tuesday to Sunday, 10am to 6pm.</p></div></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'footer-block__list-item')}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Lowtide Records</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title">
<h2 class="shopify-pc__banner__body-title" id="shopify-pc__banner__body-title">Cookie settings</h2>
<p class="shopify-pc__banner__body">We use cookies and similar technologies to give you a better shopping experience.</p>
<button class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button><button class="shopify-pc__banner__btn-decline">Decline</button>
<button class="shopify-pc__banner__btn-accept">Accept</button></div>
<script src="//lowtiderecords.co.uk/cdn/shop/t/4/assets/global.js?v=1440" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout575-shopify-dawn-product',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Tracklist', 'Side A', 'Side B'],
  body: texts([...sIntro, ...sSideA, ...sSideB, ...sOutro, ...sDetails]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK shipping on orders over £50', 'Lowtide Records', ...sNav, 'Search', '£27.99 GBP',
    'Tax included. Shipping calculated at checkout.', 'Vinyl LP', 'CD', 'Low stock: 4 left', 'Quantity', 'Add to cart', 'Buy it now',
    'Pickup available at Lowtide Records, Kemp Lane', 'Usually ready in 24 hours', 'View store information', 'Share', 'Link',
    'You may also like', ...sRel.flat(), 'Subscribe to our emails', 'Email', 'Find us',
    '14 Kemp Lane, Brighton BN1 4QE. Open Tuesday to Sunday, 10am to 6pm.', ...sFoot.slice(1), '© 2027, Lowtide Records', 'Powered by Shopify',
    'Cookie settings', 'We use cookies and similar technologies to give you a better shopping experience.', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT575_A: readonly TestPage[] = [shopify];
