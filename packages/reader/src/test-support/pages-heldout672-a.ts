import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file a: a stamp dealer's catalogue (product) page on Shopify (Dawn theme); the society newsletter post
 * that was planned beside it is in file a2.
 */
const sTitle = '1891 Harbour Issue 5c Deep Blue, Mint Block of Four';
const sDesc = [
  j(
    'A fine mint block of four of the 5c Harbour Issue in the scarce deep blue shade, from the second printing of 1891.',
    'Lightly hinged on the top pair only; the lower pair is unmounted. Perforations are full and even on all sides.',
  ),
  j(
    'The deep blue shade is found on roughly one sheet in twelve of the second printing and is easily told from the common',
    'pale blue under daylight. Blocks are much rarer than singles: we have handled only three in the last ten years.',
  ),
];
const sDetails = [
  'Perforation 14, line perforated',
  'Watermark crown over anchor, upright',
  'Original gum, lightly hinged (top pair)',
  'Catalogue number HS 7a',
];
const sCert = j(
  'Sold with a clear certificate from the Eastmere Philatelic Foundation (2024). Scans of the back and of the certificate are',
  'available on request.',
);
const sNav = ['Home', 'New Stock', 'Harbour Issues', 'Postal History', 'Approvals Service', 'Contact'];
const sRel = ['1891 Harbour Issue 2c Green, Used Pair', '1895 Lighthouse 10c Carmine, Mint Single', '1891 Harbour Issue Cover to Valdrem'];
const sFoot = ['Search', 'Shipping Policy', 'Refund Policy', 'Terms of Service', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://lindqviststamps.com/products/1891-harbour-5c-deep-blue-block">
<title>${sTitle} &ndash; Lindqvist Stamps</title>
<meta name="description" content="A fine mint block of four of the 5c Harbour Issue in the scarce deep blue shade.">
<meta property="og:site_name" content="Lindqvist Stamps"><meta property="og:type" content="product"><meta property="og:price:amount" content="145.00">
<script>window.shopUrl = 'https://lindqviststamps.com'; window.routes = { cart_add_url: '/cart/add', cart_url: '/cart' };</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":{"@type":"Offer","price":"145.00",
"priceCurrency":"USD","availability":"http://schema.org/InStock"}}</script>
<script src="//lindqviststamps.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//lindqviststamps.com/cdn/shop/t/4/assets/base.css?v=165191016556652226921" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free tracked shipping on orders over $75</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header">
<sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lindqvist Stamps</span></a>
<nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--19283746__main" class="shopify-section section">
<section id="MainProduct-template--19283746__main" class="page-width section-template--19283746__main-padding" data-section="template--19283746__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--19283746__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--19283746__main" class="visually-hidden" role="status"></div>
<slider-component id="GallerySlider-template--19283746__main" class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--19283746__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<img src="//lindqviststamps.com/cdn/shop/files/hs7a-block.jpg?v=1712&amp;width=1946" alt="${sTitle}" width="1946" height="1946" class="image-magnify-lightbox">
</div></li>
</ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--19283746__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">LINDQVIST STAMPS</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/1891-harbour-5c-deep-blue-block" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<p class="product__text inline-richtext">Stock no. LQ-20931</p>
<div class="no-js-hidden" id="price-template--19283746__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$145.00 USD</span></div>
</div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div></div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--19283746__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--19283746__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button>
</quantity-input></div>
<div><product-form class="product-form">
<form method="post" action="/cart/add" id="product-form-template--19283746__main" class="form" enctype="multipart/form-data" novalidate="novalidate">
<input type="hidden" name="id" value="44718203912"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--19283746__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div>
</div></form></product-form></div>
<div class="product__description rte quantity-cart-fix">${ps(sDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Stamp details</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible-1">
<ul>${lis(sDetails)}</ul><p>${sCert}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-2">
<p>All stamps are sent tracked in stiffened envelopes. Items may be returned within 14 days if not as described.</p></div></details></div>
<share-button id="Share-template--19283746__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button>
<a href="/products/1891-harbour-5c-deep-blue-block" class="link product__view-details animate-arrow">View full details</a>
</section></div></div></section></section>
<div id="shopify-section-template--19283746__related-products" class="shopify-section">
<product-recommendations class="related-products page-width section-template--19283746__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">
${sRel
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/rel-${i}" class="full-unstyled-link">${t}</a></h3><div class="price">
<span class="price-item price-item--regular">$${38 + i * 21}.00 USD</span></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate"></div>
<div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Lindqvist Stamps</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFoot, 'policies__item')}</ul></div></div></div></div></footer>
<script src="//lindqviststamps.com/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout672-shopify-stamp-product',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Stamp details'],
  body: texts([...sDesc, ...sDetails, sCert]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free tracked shipping on orders over $75', 'Lindqvist Stamps', ...sNav, 'LINDQVIST STAMPS', 'Stock no. LQ-20931', '$145.00 USD',
    'Tax included. Shipping calculated at checkout.', 'Quantity', 'Add to cart', 'Buy it now', 'Shipping & returns',
    'All stamps are sent tracked in stiffened envelopes. Items may be returned within 14 days if not as described.', 'Share', 'View full details',
    'You may also like', ...sRel, '$38.00 USD', '$59.00 USD', '$80.00 USD', 'Subscribe to our emails', 'Email', '© 2026, Lindqvist Stamps',
    'Powered by Shopify', ...sFoot,
  ],
};

export const HELDOUT672_A: readonly TestPage[] = [shopify];
