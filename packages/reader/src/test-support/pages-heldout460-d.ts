import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout460-kit.js';

/**
 * Held-out batch 460, file d: a fish shop's livestock product page on Shopify (Dawn theme) with price, variants, a care
 * table in the description and a recommendations rail, and a reptile shop's livestock page on BigCommerce (Cornerstone).
 */
const sTitle = 'Emberfin Dwarf Cichlid (Apistogramma sp. "Emberfin") – Pair';
const sBody = [
  j(
    'A small, colourful dwarf cichlid for soft-water community tanks. Males show a flame-red edge on the dorsal and tail fins; females',
    'turn bright yellow when guarding eggs. Our pairs are bred in-house from our own line and are sold at about 4 months old.',
  ),
  'Ph 5.5 – 7.0 | GH 1 – 8 | 24 – 28 °C | Up to 6 cm (male)',
  j(
    'Keep a pair in 60 litres or more with caves, leaf litter and gentle flow. They are peaceful with small tetras and pencilfish but',
    'will guard a corner when spawning.',
  ),
  'Feeds on frozen bloodworm, daphnia and quality granules',
  'Quarantined in our fish house for at least 3 weeks before sale',
  'Pairs are sexed by our staff, not guaranteed to spawn',
];
const sNav = ['Livestock', 'Plants', 'Dry goods', 'Fish house updates', 'Collection & delivery'];
const sRec = ['Cockatoo Dwarf Cichlid – Pair', 'Ember Tetra (Group of 10)', 'Catappa Leaves (10 pack)', 'Coconut Cave Small'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://riverbendaquatics.example/products/emberfin-dwarf-cichlid-pair">
<title>${sTitle.replace(/&/g, '&amp;')} &ndash; Riverbend Aquatics</title>
<meta property="og:type" content="product"><meta property="og:price:amount" content="64.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "riverbend-aquatics.myshopify.com";Shopify.theme =
{"name":"Dawn","id":141204,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Emberfin Dwarf Cichlid – Pair","offers":[{"@type":"Offer",
"price":"64.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//riverbendaquatics.example/cdn/shop/t/7/assets/base.css?v=128" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Livestock ships Tuesday to Thursday only – next-day insulated boxes</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//riverbendaquatics.example/cdn/shop/files/riverbend-logo.png?v=1&amp;width=300" alt="Riverbend Aquatics" width="150" height="50"
class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
</summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<product-info id="MainProduct-template--main" class="section-template--main-padding" data-section="template--main"><div class="page-width">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<img src="//riverbendaquatics.example/cdn/shop/products/emberfin-pair.jpg?v=1&amp;width=1946" alt="Emberfin dwarf cichlid male" width="1946" height="1298"
loading="eager"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Riverbend Bred</p><div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£64.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input"><legend class="form__label">Size</legend>
<input type="radio" id="size-1" name="Size" value="Young pair (4 cm)" checked><label for="size-1">Young pair (4 cm)</label>
<input type="radio" id="size-2" name="Size" value="Adult pair (5–6 cm)"><label for="size-2">Adult pair (5–6 cm)</label></fieldset></variant-selects>
<p class="product__inventory"><span class="svg-wrapper"></span> Low stock: 3 left</p>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for Emberfin Dwarf Cichlid</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1" min="1">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for Emberfin Dwarf Cichlid</span></button>
</quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form" enctype="multipart/form-data"
novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(sBody.slice(0, 1))}
<table><thead><tr><th>pH</th><th>Hardness</th><th>Temperature</th><th>Size</th></tr></thead><tbody>${trs([sBody[1] ?? ''])}</tbody></table>
${ps(sBody.slice(2, 3))}<ul>${lis(sBody.slice(3))}</ul></div>
<details class="product__accordion accordion"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Live arrival guarantee</h2></div></summary>
<div class="accordion__content rte"><p>Report any losses within 2 hours of delivery with a photo and we will refund or replace.</p></div></details>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--related" class="shopify-section section">
<product-recommendations class="related-products page-width isolate" data-url="/recommendations/products?limit=4">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${sRec
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${t}</a></h3></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Fish house updates by email</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Riverbend Aquatics</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></footer>
<script src="//riverbendaquatics.example/cdn/shop/t/7/assets/product-info.js?v=17" defer="defer"></script></body></html>`;
const riverbend: TestPage = {
  name: 'heldout460-shopify-apisto-pair',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([sBody[0] ?? '', ...rowTexts([sBody[1] ?? '']), ...sBody.slice(2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Livestock ships Tuesday to Thursday only – next-day insulated boxes', ...sNav, 'Log in', 'Cart', 'Riverbend Bred', 'Regular price',
    '£64.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Young pair (4 cm)', 'Adult pair (5–6 cm)', 'Low stock: 3 left', 'Quantity',
    'Decrease quantity for Emberfin Dwarf Cichlid', 'Increase quantity for Emberfin Dwarf Cichlid', 'Add to cart', 'Live arrival guarantee',
    'Size', 'You may also like', ...sRec,
    'Fish house updates by email', 'Email', '© 2026, Riverbend Aquatics', 'Powered by Shopify',
  ],
};

const bTitle = 'Het Axanthic Western Hognose – Female 2025';
const bBody = [
  j(
    'Captive-hatched female western hognose from our July 2025 clutch, 100% het for axanthic from a proven visual father. She has',
    'had six clean sheds and has taken every frozen-thawed pinky offered since her second week, without scenting.',
  ),
  'Hatch date: 14 July 2025',
  'Current weight: 31 g (weighed on the day of listing)',
  'Feeding: 1 thawed pinky mouse every 5 days',
  j(
    'Photos are of the animal for sale. She will be sent with a feeding and shed record and our care sheet. Collection is welcome',
    'by appointment at our unit; courier delivery is by specialist reptile courier only, on weekdays.',
  ),
];
const bNav = ['Snakes', 'Lizards', 'Geckos', 'Frozen Food', 'Enclosures', 'Care Sheets'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>${bTitle.replace(/&/g, '&amp;')} - Snakes - Northmoor Reptile House</title>
<meta property="product:price:amount" content="220" /><meta property="product:price:currency" content="GBP" /><meta property="og:type" content="product" />
<meta name="platform" content="bigcommerce.stencil" /><link href="https://cdn11.bigcommerce.com/s-7xk2q9/stencil/8d1c0a/css/theme-4e2b.css" rel="stylesheet">
<script>window.stencilBootstrap = function(){};window.BCData =
{"product_attributes":{"sku":"WH-AX-F-0725","instock":true,"stock":1,"price":{"with_tax":{"formatted":"£220.00","value":220}}}};</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Het Axanthic Western Hognose – Female 2025",
"sku":"WH-AX-F-0725"}</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-7xk2q9/stencil/8d1c0a/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu">
<span class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item">
<a class="navUser-action navUser-action--quickSearch" href="/search.php" data-search="quickSearch">Search</a></li>
<li class="navUser-item navUser-item--account">
<a class="navUser-action" href="/login.php">Sign in</a> <span class="navUser-or">or</span> <a class="navUser-action"
href="/login.php?action=create_account">Register</a></li>
<li class="navUser-item navUser-item--cart"><a class="navUser-action" data-cart-preview href="/cart.php">
<span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://northmoorreptiles.example/" class="header-logo__link">
<span class="header-logo-text">Northmoor Reptile House</span></a></div>
<div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">${links(bNav, 'navPages-item')}</ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="GBP"><div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs"><li class="breadcrumb "><a class="breadcrumb-label" href="/"><span>Home</span></a></li>
<li class="breadcrumb "><a class="breadcrumb-label" href="/snakes/"><span>Snakes</span></a></li><li class="breadcrumb is-active">
<a class="breadcrumb-label" aria-current="page"><span>${bTitle}</span></a></li></ol></nav>
<div itemscope itemtype="http://schema.org/Product"><div class="productView" data-entity-id="1187"><section class="productView-images" data-image-gallery>
<figure class="productView-image" data-image-gallery-main><div class="productView-img-container">
<img class="productView-image--default" src="https://cdn11.bigcommerce.com/s-7xk2q9/images/stencil/500x659/products/1187/hognose-f.jpg"
alt="Het axanthic western hognose female"></div></figure></section>
<section class="productView-details product-data"><div class="productView-product"><h1 class="productView-title">${bTitle}</h1>
<h2 class="productView-brand"><a href="/brands/northmoor-bred/"><span>Northmoor Bred</span></a></h2>
<div class="productView-price"><div class="price-section price-section--withTax"><span class="price-label"></span>
<span data-product-price-with-tax class="price price--withTax">£220.00</span></div></div>
<dl class="productView-info"><dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" data-product-sku>WH-AX-F-0725</dd>
<dt class="productView-info-name">Shipping:</dt><dd class="productView-info-value">Calculated at Checkout</dd></dl></div></section>
<section class="productView-details product-options"><div class="productView-options"><form class="form" method="post" action="/cart.php" data-cart-item-add>
<div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label><div class="form-increment">
<input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1"></div></div>
<div class="form-field form-field--stock"><label class="form-label form-label--alternate">Current Stock:</label><span data-product-stock>1</span></div>
<div class="add-to-cart-wrapper"><input id="form-action-addToCart" data-wait-message="Adding to cart…" class="button button--primary" type="submit"
value="Add to Cart"></div></form></div></section>
<article class="productView-description"><ul class="tabs" data-tab role="tablist"><li class="tab is-active" role="presentational">
<a class="tab-title" href="#tab-description">Description</a></li>
<li class="tab" role="presentational"><a class="tab-title" href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="tabs-contents"><div class="tab-content is-active" id="tab-description">
<div class="productView-description-tabContent">${ps(bBody.slice(0, 1))}<ul>${lis(bBody.slice(1, 4))}</ul>${ps(bBody.slice(4))}</div></div>
<div class="tab-content" id="tab-reviews" aria-hidden="true"></div></div></article></div></div></div></main>
<footer class="footer" role="contentinfo"><section class="footer-info"><article class="footer-info-col footer-info-col--small">
<h3 class="footer-info-heading">Info</h3>
<ul class="footer-info-list">${links(['Shipping & Returns', 'Animal Welfare Policy', 'Contact Us'])}</ul></article>
<article class="footer-info-col footer-info-col--small"><h3 class="footer-info-heading">Visit us</h3>
<address>Unit 4, Mill Lane Trading Estate, Northmoor</address></article></section>
<div class="footer-copyright"><p class="powered-by">&copy; 2026 Northmoor Reptile House. Licensed animal establishment no. NM/PET/0219.</p></div></footer>
<script src="https://cdn11.bigcommerce.com/s-7xk2q9/stencil/8d1c0a/dist/theme-bundle.main.js"></script>
<script>window.stencilBootstrap("product", "{}").load();</script></body></html>`;
const northmoor: TestPage = {
  name: 'heldout460-bigcommerce-hognose',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Toggle menu', 'Search', 'Sign in', 'or', 'Register', 'Cart', 'Northmoor Reptile House', ...bNav, 'Home', 'Northmoor Bred',
    '£220.00', 'SKU:', 'WH-AX-F-0725', 'Shipping:', 'Calculated at Checkout', 'Quantity:', 'Current Stock:', 'Description', 'Reviews (0)', 'Info',
    'Shipping & Returns', 'Animal Welfare Policy', 'Contact Us', 'Visit us', 'Unit 4, Mill Lane Trading Estate, Northmoor',
    '© 2026 Northmoor Reptile House. Licensed animal establishment no. NM/PET/0219.',
  ],
};

export const HELDOUT460_D: readonly TestPage[] = [riverbend, northmoor];
