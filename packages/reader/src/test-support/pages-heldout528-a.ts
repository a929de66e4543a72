import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file a: a hire shop's mini excavator product page on WooCommerce (Storefront theme) with a rates table,
 * tabs and reviews, and a carpet cleaner hire product on Shopify (Dawn theme).
 */
const wTitle = '1.5 Tonne Mini Excavator Hire';
const wShort = j(
  'A compact zero-tail-swing digger for footings, drainage runs and garden landscaping. Fits through a 1 metre gateway with the',
  'tracks retracted and comes with three buckets and a quick hitch.',
);
const wRates = [
  ['1 day', '£145.00', '£174.00'],
  ['Weekend (Fri to Mon)', '£210.00', '£252.00'],
  ['1 week', '£390.00', '£468.00'],
  ['Each extra day', '£65.00', '£78.00'],
];
const wDesc = [
  j(
    'Our Kubota-type 1.5 tonne excavator is the most popular machine in the Harrowfield fleet. It is light enough to tow on a',
    '3.5 tonne plant trailer and strong enough to dig a 2.3 metre deep trench in clay.',
  ),
  j(
    'Every machine leaves the yard cleaned, greased and with a full tank of red diesel. We charge for fuel used at the current',
    'pump price when the machine comes back.',
  ),
  'Included with every hire:',
  '300 mm, 450 mm and 600 mm digging buckets',
  'Hydraulic quick hitch and safety pin',
  'Operator manual and daily check sheet',
  j(
    'Delivery and collection within 15 miles of our Tanner Lane depot is £60 each way. We need a firm, level drop-off point and',
    'a clear route for a 7.5 tonne beavertail lorry.',
  ),
];
const wSpecs = [
  ['Operating weight', '1,540 kg'],
  ['Max dig depth', '2.3 m'],
  ['Track width (retracted)', '990 mm'],
  ['Fuel', 'Red diesel, 19 litre tank'],
];
const wNav = ['Plant Hire', 'Access', 'Power Tools', 'Gardening', 'Cleaning', 'Depots', 'Contact'];
const wCrumbs = ['Home', 'Plant Hire', 'Excavators'];
const wRel = ['3 Tonne Excavator Hire', 'Tracked Dumper Hire', 'Breaker Attachment Hire'];
const wFoot = ['Hire Terms', 'Delivery Information', 'Privacy Policy', 'Careers'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Harrowfield Hire</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://harrowfieldhire.co.uk/product/1-5-tonne-mini-excavator-hire/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","offers":{"@type":"Offer","price":"145.00"}}</script>
<link rel='stylesheet' id='storefront-style-css' href='https://harrowfieldhire.co.uk/wp-content/themes/storefront/style.css?ver=4.5.2' media='all' />
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://harrowfieldhire.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css' media='all' />
<style id='storefront-woocommerce-style-inline-css'>.site-header-cart .widget_shopping_cart{background-color:#fff}</style>
<script src="https://harrowfieldhire.co.uk/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="product-template-default single single-product postid-412 wp-custom-logo
theme-storefront woocommerce woocommerce-page storefront-full-width-content">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full"><div class="site-branding">
<a href="https://harrowfieldhire.co.uk/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2024/02/harrowfield-logo.png" class="custom-logo" alt="Harrowfield Hire"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/basket/" title="View your shopping cart">
<span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
<a href="/">Home</a><span class="breadcrumb-separator"> / </span><a href="/product-category/plant-hire/">Plant Hire</a>
<span class="breadcrumb-separator"> / </span><a href="/product-category/plant-hire/excavators/">Excavators</a>
<span class="breadcrumb-separator"> / </span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-412" class="product type-product post-412 status-publish first instock product_cat-excavators has-post-title
taxable shipping-taxable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4"><div class="woocommerce-product-gallery__wrapper">
<div class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/2024/03/mini-excavator-15t.jpg">
<img src="/wp-content/uploads/2024/03/mini-excavator-15t-600x600.jpg" class="wp-post-image" alt="1.5 tonne mini excavator on a driveway"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>145.00</bdi></span>
<small class="woocommerce-price-suffix">per day ex VAT</small></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<table class="hire-rates shop_table"><thead>${trs([['Hire period', 'Ex VAT', 'Inc VAT']], 'th')}</thead><tbody>${trs(wRates)}</tbody></table>
<form class="cart" action="/product/1-5-tonne-mini-excavator-hire/" method="post" enctype='multipart/form-data'>
<p class="form-row"><label for="hire_start">Hire start date</label><input type="date" id="hire_start" name="hire_start"></p>
<div class="quantity"><label class="screen-reader-text" for="quantity_1">${wTitle} quantity</label>
<input type="number" id="quantity_1" class="input-text qty text" name="quantity" value="1" min="1"></div>
<button type="submit" name="add-to-cart" value="412" class="single_add_to_cart_button button alt">Add to hire basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">PL-EX15</span></span>
<span class="posted_in">Category: <a href="/product-category/plant-hire/excavators/" rel="tag">Excavators</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>${ps(wDesc.slice(0, 3))}<ul>${lis(wDesc.slice(3, 6))}</ul>${ps([wDesc[6] ?? ''])}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
role="tabpanel" style="display:none"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
${wSpecs
  .map(
    ([k, v]) => `<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">${k}</th><td>${v}</td>
</tr>`,
  )
  .join('\n')}
</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display:none">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">2 reviews for <span>${wTitle}</span></h2>
<ol class="commentlist"><li class="review"><p class="meta"><strong class="woocommerce-review__author">Dale P.</strong></p>
<div class="description"><p>Turned up on time, clean machine, dug our soakaway in a morning.</p></div></li></ol></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    (t) => `<li class="product"><a href="/product/${t.toLowerCase().replace(/ /g, '-')}/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">${t}</h2></a><a href="#" class="button">Read more</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-4 fix">
<div class="block footer-widget-1"><div class="widget widget_text"><span class="gamma widget-title">Tanner Lane Depot</span>
<div class="textwidget"><p>Unit 4, Tanner Lane, Harrowfield HF3 7QD</p><p>01632 960 418</p></div></div></div>
<div class="block footer-widget-2"><div class="widget widget_nav_menu"><ul class="menu">${links(wFoot)}</ul></div></div></div>
<div class="site-info">&copy; Harrowfield Hire Ltd 2025<br><a href="https://woocommerce.com" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div>
</footer></div>
<script id="wc-single-product-js" src="/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js" defer></script></body></html>`;
const woo: TestPage = {
  name: 'heldout528-woocommerce-excavator',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Description'],
  body: ['£145.00 per day ex VAT', wShort, ...rowTexts(wRates), ...texts(wDesc)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to navigation', 'Skip to content', 'Search for:', `${wTitle} quantity`, 'Search', 'Menu', ...wNav, '£0.00', '0 items', 'Home', 'Excavators',
    'Hire start date', 'Add to hire basket', 'SKU: PL-EX15', 'Category:', 'Additional information', 'Reviews (2)',
    'Related products', ...wRel, 'Read more', 'Tanner Lane Depot', 'Unit 4, Tanner Lane, Harrowfield HF3 7QD', '01632 960 418', ...wFoot,
    '© Harrowfield Hire Ltd 2025', 'Built with WooCommerce',
  ]),
};

const sTitle = 'Carpet Cleaner Hire';
const sBody = [
  j(
    'Bring tired carpets and stairs back to life with our upright spray-extraction cleaner. It lifts dirt from deep in the pile and',
    'leaves carpets dry enough to walk on in about four hours.',
  ),
  'What you get',
  'Upright carpet cleaner with 12 litre clean water tank',
  'Hand tool for stairs and upholstery',
  'Two bottles of low-foam shampoo (each does about two rooms)',
  'How it works',
  j(
    'Collect from the shop on Brook Street from 8 am, or book delivery at checkout. Return the machine with the tanks emptied and',
    'rinsed by 5 pm on the last day of hire. A £50 deposit is taken on your card and released when the machine is back.',
  ),
  j('Extra shampoo is £9.50 a bottle. Please do not use household detergent in the machine; it foams and can damage the motor.'),
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://www.brookstreethire.com/products/carpet-cleaner-hire"><title>${sTitle} &ndash; Brook Street Hire</title>
<meta name="description" content="Bring tired carpets and stairs back to life with our upright spray-extraction cleaner.">
<meta property="og:site_name" content="Brook Street Hire"><meta property="og:type" content="product"><meta property="og:price:amount" content="32.00">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "brook-street-hire.myshopify.com";Shopify.theme = {"name":"Dawn","id":136211562}</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"product"}</script>
<link href="//www.brookstreethire.com/cdn/shop/t/4/assets/base.css?v=88290808517547527771" rel="stylesheet" type="text/css" media="all" />
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Weekend hire: collect Saturday, return Monday for the one-day rate</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><details-modal class="header__search">
<details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Brook Street Hire</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${['Home', 'Cleaning', 'Decorating', 'Garden', 'Contact']
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--15934810341538__main" class="shopify-section section">
<section class="page-width section-template--15934810341538__main-padding">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--15934810341538__main" role="region" class="product__media-gallery" aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//www.brookstreethire.com/cdn/shop/products/carpet-cleaner.jpg?v=1689&width=1946" alt="Upright carpet cleaner" width="1946" height="1946"></div></li>
</ul></media-gallery></div><div class="product__info-wrapper grid__item">
<section id="ProductInfo-template--15934810341538__main" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Brook Street Hire</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/carpet-cleaner-hire" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--15934810341538__main" role="status"><div class="price price--large price--show-badge">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£32.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--15934810341538__main"><fieldset class="js product-form__input">
<legend class="form__label">Hire length</legend><input type="radio" id="opt-1" name="Hire length" value="1 day" checked><label for="opt-1">1 day</label>
<input type="radio" id="opt-2" name="Hire length" value="2 days"><label for="opt-2">2 days</label>
<input type="radio" id="opt-3" name="Hire length" value="1 week"><label for="opt-3">1 week</label></fieldset></variant-radios>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--15934810341538__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps([sBody[0] ?? ''])}<h3>${sBody[1]}</h3><ul>${lis(sBody.slice(2, 5))}</ul>
<h3>${sBody[5]}</h3>${ps(sBody.slice(6))}</div>
<share-button id="Share-template--15934810341538__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button>
<a href="/products/carpet-cleaner-hire" class="link product__view-details animate-arrow">View full details</a></section></div></div></section></section>
<section id="shopify-section-template--15934810341538__related-products" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2></product-recommendations></section></main>
<footer class="footer color-background-1 gradient section-sections--15934810472610__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading">Hire tips and offers</h2><form method="post" action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/" title="">Brook Street Hire</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//www.brookstreethire.com/cdn/shop/t/4/assets/global.js?v=1380" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout528-shopify-carpet-cleaner',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[5] ?? ''],
  body: ['£32.00 GBP', ...texts(sBody.filter((_, i) => i !== 1 && i !== 5))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Weekend hire: collect Saturday, return Monday for the one-day rate', 'Brook Street Hire', 'Home', 'Cleaning',
    'Decorating', 'Garden', 'Contact', 'Log in', 'Cart', 'Regular price', 'Tax included.', 'Hire length', '1 day', '2 days', '1 week', 'Add to cart', 'Share',
    'View full details',
    'You may also like', 'Hire tips and offers', 'Email', '© 2025, Brook Street Hire', 'Powered by Shopify',
  ]),
};

export const HELDOUT528_A: readonly TestPage[] = [woo, shopify];
