import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, specRows, specText } from './pages-heldout461-kit.js';

/** Held-out batch 461, file c: a fountain pen retailer's product page on Shopify (Dawn theme); the MediaWiki guide is in file c2. */
const sTitle = 'Pellam No. 9 Piston Filler – Tidepool Resin, 14k Medium';
const sDesc = [
  j(
    "The No. 9 is Pellam's full-size piston filler, turned in Glasmoor from a teal and smoke acrylic the workshop calls Tidepool.",
    'It holds 1.4 ml of ink and posts securely, and the ink window shows exactly when it is time to refill.',
  ),
  'Every nib is tested with ink and adjusted by hand before the pen leaves the workshop. This listing is for the 14k gold medium nib.',
];
const sSpecs: [string, string][] = [
  ['Length capped', '141 mm'],
  ['Weight', '24 g'],
  ['Filling system', 'Piston, 1.4 ml'],
  ['Nib', '14k gold, medium, rhodium plated'],
];
const sNav = ['Pens', 'Inks', 'Paper', 'Accessories', 'Brands', 'Journal'];
const sFoot = ['Search', 'Shipping & returns', 'Nib exchange', 'Contact', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${sTitle} &ndash; Inkwell &amp; Quire</title><meta name="description" content="The No. 9 is Pellam's full-size piston filler.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="289,00"><meta property="og:price:currency" content="EUR">
<script>var Shopify = Shopify || {};Shopify.shop = "inkwell-quire.myshopify.com";Shopify.theme = {"name":"Dawn","id":14211,"schema_name":"Dawn",
"schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Pellam"},
"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":289.0,"priceCurrency":"EUR"}]}</script>
<link href="//inkwellquire.example/cdn/shop/t/7/assets/base.css?v=1180" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free EU shipping on orders over €80</span>
</p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet" class="header__drawer"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Inkwell &amp; Quire</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section">
<section id="MainProduct-template--2__main" class="page-width section-template--2__main-padding" data-section="template--2__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--2__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--2__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--2__main" class="slider-mobile-gutter">
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-template--2__main">Skip to product information</a>
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<img src="//inkwellquire.example/cdn/shop/files/pellam-no9-tidepool.jpg?v=1712&amp;width=1946" alt="${sTitle}" width="1946" height="1946"
class="image-magnify-lightbox"></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Pellam</p><div class="product__title"><h1>${sTitle}</h1>
<a href="/products/pellam-no-9-tidepool" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">€289,00 EUR</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects class="no-js-hidden" data-section="template--2__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Nib</legend>
<input type="radio" id="nib-f" name="Nib" value="Fine"><label for="nib-f">Fine</label><input type="radio" id="nib-m" name="Nib" value="Medium" checked>
<label for="nib-m">Medium</label>
<input type="radio" id="nib-b" name="Nib" value="Broad"><label for="nib-b">Broad</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--2__main" value="1" min="1">
</quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2__main" class="form" enctype="multipart/form-data"
novalidate="novalidate"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}
<table><tbody>${specRows(sSpecs)}</tbody></table></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary>
<div class="accordion__content rte"><p>Orders ship within two working days from Glasmoor. Unused pens may be returned within 30 days.</p></div></details></div>
<share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
</share-button>
<a href="/products/pellam-no-9-tidepool" class="link product__view-details animate-arrow">View full details</a></section></div></div></section></section>
<section id="shopify-section-template--2__related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid" role="list"><li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5">
<a href="/products/pellam-no-7" class="full-unstyled-link">Pellam No. 7 Converter Pen – Smoke</a></h3>
<span class="price-item price-item--regular">€149,00 EUR</span></div></li></ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div><div class="footer-block--newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Inkwell &amp; Quire</a>
</small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//inkwellquire.example/cdn/shop/t/7/assets/product-info.js?v=1180" defer="defer"></script></body></html>`;
const shopifyPen: TestPage = {
  name: 'heldout461-shopify-pen-product',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: [...texts(sDesc), ...specText(sSpecs)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free EU shipping on orders over €80', 'Inkwell & Quire', ...sNav, 'Log in', 'Cart', 'Skip to product information',
    'Regular price', '€289,00 EUR', 'Tax included. Shipping calculated at checkout.', 'Fine', 'Broad', 'Quantity', 'Add to cart', 'Buy it now',
    'Orders ship within two working days from Glasmoor. Unused pens may be returned within 30 days.', 'Share', 'View full details',
    'You may also like', 'Pellam No. 7 Converter Pen – Smoke', '€149,00 EUR', 'Help', ...sFoot,
    'Subscribe to our emails', 'Email', '© 2027, Inkwell & Quire',
    'Powered by Shopify',
  ],
};

export const HELDOUT461_C: readonly TestPage[] = [shopifyPen];
