import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file a: a fat quarter bundle product page on Shopify (Dawn theme) with accordions, a share
 * button, product recommendations and a newsletter footer.
 */
const sTitle = 'Meadow Hours Fat Quarter Bundle – 12 pieces';
const sDesc = [
  j(
    'Twelve fat quarters from our own Meadow Hours collection, printed on 100% quilting cotton in soft greens, buttercup and',
    'a dusky heather. The prints range from tiny seed heads to a larger cow parsley motif, so the bundle works for small blocks',
    'and for pieces that need room to show off.',
  ),
  j(
    'Each fat quarter measures roughly 45 x 55 cm (18 x 22 in). The bundle is enough for a baby quilt top or a generous',
    'table runner with leftovers for binding.',
  ),
];
const sFabrics = [
  'Seed Head in Moss',
  'Seed Head in Buttercup',
  'Cow Parsley in Chalk',
  'Cow Parsley in Heather',
  'Hedgerow Stripe in Sage',
  'Dew Dot in Linen',
];
const sCare = j(
  'Machine wash at 30°C with similar colours. Pre-washing is optional; the cottons shrink by about 3% on the first wash.',
  'Press with a hot iron while slightly damp.',
);
const sShip = 'Orders placed before 1pm ship the same working day. Unwashed, uncut fabric can be returned within 30 days.';
const sNav = ['Shop', 'Fabric', 'Haberdashery', 'Patterns', 'Classes', 'Journal'];
const sRec = ['Meadow Hours Fat Eighth Bundle – 12 pieces', 'Aurifil 50wt Thread – Meadow Trio', 'Hedgerow Stripe in Sage – by the half metre'];
const sRecPrice = ['£22.00 GBP', '£29.50 GBP', '£8.00 GBP'];
const sFoot1 = ['Search', 'Delivery', 'Returns', 'Contact', 'Gift cards'];
const sFoot2 = ['About us', 'Visit the shop', 'Wholesale'];
const recCard = (t: string, i: number): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner gradient ratio"><div class="card__media"><img src="/cdn/shop/files/rec-${i}.jpg?width=533"
alt="${t.replace(/&/g, '&amp;')}" loading="lazy"></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/rec-${i}" class="full-unstyled-link">${t}</a></h3><div class="card-information"><div class="price"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">
${sRecPrice[i]}</span></div></div></div></div></div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://brambleandbobbin.co.uk/products/meadow-hours-fat-quarter-bundle">
<title>${sTitle} &ndash; Bramble &amp; Bobbin</title>
<meta name="description" content="Twelve fat quarters from our own Meadow Hours collection, printed on 100% quilting cotton.">
<meta property="og:site_name" content="Bramble &amp; Bobbin"><meta property="og:type" content="product"><meta property="og:price:amount" content="38.00">
<script src="//brambleandbobbin.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script src="//brambleandbobbin.co.uk/cdn/shop/t/7/assets/global.js?v=18285441185742466071" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8123456789,"vendor":"Bramble \\u0026 Bobbin",
"type":"Fabric bundle"},"page":{"pageType":"product","resourceType":"product"}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//brambleandbobbin.co.uk/cdn/shop/t/7/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Bramble & Bobbin"},
"offers":[{"@type":"Offer","price":"38.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="announcement-bar color-accent-1 gradient"
role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £60</span>
</p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1
gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//brambleandbobbin.co.uk/cdn/shop/files/logo.png?v=1&width=300"
alt="Bramble &amp; Bobbin" class="header__heading-logo motion-reduce" width="150" height="48"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span>
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">
Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1692__main" class="shopify-section section"><section id="MainProduct-template--1692__main"
class="page-width section-template--1692__main-padding" data-section="template--1692__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1692__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1692__main" class="visually-hidden" role="status"></div>
<ul id="Slider-Gallery-template--1692__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings
gradient constrain-height"><img src="//brambleandbobbin.co.uk/cdn/shop/files/meadow-hours-fq.jpg?width=1946" alt="Twelve folded fat quarters in greens and
yellow"
width="1946" height="1946"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1692__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Bramble &amp; Bobbin</p>
<div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--1692__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£38.00 GBP
</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--1692__main"><fieldset class="js product-form__input"><legend class="form__label">Cut</legend>
<input type="radio" id="cut-1" name="Cut" value="Fat quarters" checked><label for="cut-1">Fat quarters</label>
<input type="radio" id="cut-2" name="Cut" value="Half metres"><label for="cut-2">Half metres</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1692__main">Quantity
<span class="quantity__rules-cart no-js-hidden hidden">(0 in cart)</span></label><quantity-input class="quantity"><button class="quantity__button no-js-hidden"
name="minus" type="button"><span class="visually-hidden">Decrease quantity for ${sTitle}</span></button><input class="quantity__input" type="number"
name="quantity" value="1" min="1"><button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity
for ${sTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><div class="product-form__error-message-wrapper" role="alert" hidden><span class="product-form__error-message">
</span></div><form method="post" action="/cart/add" class="form" enctype="multipart/form-data" novalidate="novalidate"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now
</button></div></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities no-js-hidden quick-add-hidden" available><div class="pickup-availability-info">
<p class="caption-large">Pickup available at <span>Bramble &amp; Bobbin, Ludlow</span></p><p class="caption">Usually ready in 2 hours</p>
<button class="pickup-availability-button link link--text underlined-link">View store information</button></div></pickup-availability>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Fabrics in this bundle</h2></div></summary><div class="accordion__content rte">
<p>Two fat quarters of each print:</p><ul>${lis(sFabrics)}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Care</h2></div></summary><div class="accordion__content rte"><p>${sCare}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_3"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary><div class="accordion__content rte"><p>${sShip}</p></div>
</details></div>
<share-button id="Share-template--1692__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-share-template--1692__main"><summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce">
<input type="text" class="field__input" id="ShareUrl" value="https://brambleandbobbin.co.uk/products/meadow-hours-fat-quarter-bundle" readonly>
<button class="share-button__copy" aria-label="Copy link"></button></div></details></share-button>
<a href="/products/meadow-hours-fat-quarter-bundle" class="link product__view-details animate-arrow">View full details</a>
</section></div></div></section></section>
<section id="shopify-section-template--1692__related" class="shopify-section section"><div class="color-background-1 gradient"><product-recommendations
class="related-products page-width section-template--1692__related-padding isolate"><h2 class="related-products__heading inline-richtext h2">You may also like
</h2><ul class="grid product-grid grid--3-col-desktop grid--2-col-tablet-down" role="list">${sRec.map(recCard).join('\n')}</ul></product-recommendations>
</div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content
list-unstyled">${links(sFoot1)}</ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">
The shop</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot2)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Bramble &amp; Bobbin</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div></footer></div>
<script src="//brambleandbobbin.co.uk/cdn/shop/t/7/assets/product-info.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout608-shopify-dawn-bundle',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Fabrics in this bundle', 'Care'],
  body: texts([...sDesc, 'Two fat quarters of each print:', ...sFabrics, sCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...sNav, 'Bramble & Bobbin', '£38.00 GBP', 'Tax included. Shipping calculated at checkout.',
    'Cut', 'Fat quarters', 'Half metres', 'Quantity', 'Add to cart', 'Buy it now', 'Pickup available at Bramble & Bobbin, Ludlow',
    'Usually ready in 2 hours', 'View store information', 'Shipping & returns', sShip, 'Share', 'View full details', 'You may also like',
    ...sRec, ...sRecPrice, 'Help', ...sFoot1, 'The shop', ...sFoot2, 'Subscribe to our emails', 'Email', '© 2026, Bramble & Bobbin', 'Powered by Shopify',
  ],
};

export const HELDOUT608_A: readonly TestPage[] = [shopify];
