import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file a: an antique dealer's item page with provenance on Shopify (Dawn theme), and a reclamation
 * yard's product page on WooCommerce (Storefront theme) with tabs, product meta and related products.
 */
const sTitle = 'George III mahogany bowfront chest of drawers, c.1795';
const sIntro = [
  j(
    'A fine small bowfront chest in well-figured Cuban mahogany, with a crossbanded top above two short and three long graduated',
    'cockbeaded drawers, standing on splayed bracket feet joined by a shaped apron.',
  ),
  j(
    'The drawers retain their original oak linings with fine dovetails and the original swan-neck brass handles, which have never',
    'been off. The colour is a warm, even faded mahogany that has not been stripped or repolished in our time.',
  ),
];
const sProv = [
  j(
    'By family repute supplied to the Ashcombe family of Fellbridge Manor, Wiltshire, and recorded in a household inventory of 1842',
    "as a 'bow-front chest in the Blue Bedroom'. A copy of the inventory page comes with the chest.",
  ),
  j('Sold from the house in 1961 and then in a private collection in Bath until 2025, when we bought it from the executors.'),
];
const sCond = j(
  'Good original condition. One back foot has an old glued repair to the bracket, and there is minor shrinkage to the top',
  'consistent with age. The drawers run well and the locks work, though no key is present.',
);
const sDims = ['Height: 92 cm (36¼ in)', 'Width: 91 cm (35¾ in)', 'Depth: 52 cm (20½ in)'];
const sNav = ['Home', 'New in', 'Furniture', 'Clocks', 'Ceramics', 'Sold archive', 'About', 'Contact'];
const sRel = ['Regency brass-inlaid rosewood card table', 'Pair of George III oak side chairs', 'Victorian walnut davenport'];
const sFoot = ['Search', 'Delivery', 'Returns policy', 'Terms of service', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hartwellandvane.co.uk/products/george-iii-mahogany-bowfront-chest">
<title>${sTitle} &ndash; Hartwell &amp; Vane Antiques</title>
<meta name="description" content="A fine small bowfront chest in well-figured Cuban mahogany, with a crossbanded top.">
<meta property="og:site_name" content="Hartwell &amp; Vane Antiques"><meta property="og:type" content="product">
<meta property="og:price:amount" content="4,850.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hartwell-vane.myshopify.com";Shopify.theme = {"name":"Dawn","id":13874,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","sku":"HV-2291",
"offers":{"@type":"Offer","price":"4850.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}}</script>
<link href="//hartwellandvane.co.uk/cdn/shop/t/4/assets/base.css?v=1294" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5">
<span>Free delivery within 50 miles of Marlbury on furniture over £1,000</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg></span>
</summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hartwell &amp; Vane Antiques</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section"><section class="page-width section-template--main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus" class="visually-hidden" role="status"></div><ul class="product__media-list contains-media grid grid--peek list-unstyled slider">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image"><div class="product__media media">
<img src="//hartwellandvane.co.uk/cdn/shop/products/2291-1.jpg?v=1&amp;width=1946" alt="Mahogany bowfront chest, front view" width="1946" height="1946">
</div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hartwell &amp; Vane</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/george-iii-mahogany-bowfront-chest" class="product__title">
<h2 class="h1">${sTitle}</h2></a></div>
<p class="product__text inline-richtext">Stock no. HV-2291</p>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£4,850.00 GBP</span></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div></div>
<div class="product-form__buttons"><button id="ProductSubmitButton-template--main" type="submit" name="add"
class="product-form__submit button button--full-width">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button">Buy it now</button></div></div>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>Provenance</h3>
${ps(sProv)}
<h3>Condition</h3>
${ps([sCond])}
<h3>Dimensions</h3>
<ul>${lis(sDims)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery &amp; collection</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible-1" role="region"><p>We deliver furniture ourselves across the south of England.</p></div>
</details></div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share">
</svg>Share</button>
<details id="Details-share-template--main"><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section">
<product-recommendations class="related-products page-width section-template--related-padding">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${sRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/${t.length}" class="full-unstyled-link">${t}</a></h3></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Hear about new stock first</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe">
<svg class="icon icon-arrow"></svg></button></div></div></form></div></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte">
<p>14 Sheep Street, Marlbury, Wiltshire</p><p>Open Tuesday to Saturday, 10am to 5pm</p></div></div>
<div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Hartwell &amp; Vane Antiques</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//hartwellandvane.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout574-shopify-dawn-chest',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Provenance', 'Condition', 'Dimensions'],
  body: texts([...sIntro, ...sProv, sCond, ...sDims]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery within 50 miles of Marlbury on furniture over £1,000', 'Hartwell & Vane Antiques', ...sNav, 'Hartwell & Vane',
    'Stock no. HV-2291', '£4,850.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Add to cart', 'Buy it now', 'Delivery & collection',
    'Share', 'Log in', 'Cart', 'Regular price', 'You may also like', ...sRel, 'Hear about new stock first', 'Email', 'Visit the shop',
    '14 Sheep Street, Marlbury, Wiltshire',
    'Open Tuesday to Saturday, 10am to 5pm', ...sFoot, '© 2026, Hartwell & Vane Antiques', 'Powered by Shopify',
  ],
};

const wTitle = 'Reclaimed riven Caddon sandstone flags';
const wShort = j(
  'Hand-picked riven sandstone flagstones lifted from a mill yard in the Caddon valley. Sold by the square metre, mixed random',
  'lengths, 50 to 75 mm thick.',
);
const wDesc = [
  j(
    'These flags came up from the yard of Holm Bridge Mill when the site was cleared for housing in the autumn. They were laid around',
    '1870 and have a century and a half of cart wheels, clogs and weather on them, which has worn the riven faces to a soft, even',
    'ripple with a grey-buff colour and patches of iron staining.',
  ),
  j(
    'Every flag has been lifted by hand, cleaned of mortar and sorted by thickness in the yard. Widths run from 300 to 600 mm and',
    'lengths from 400 to 900 mm. We sell them as a random mix, so a square metre will hold four to seven stones depending on size.',
  ),
  'What to expect',
  'Some flags carry old drill holes or saw cuts from drain covers; we set these aside and sell them as seconds.',
  'Undersides are rough and uneven, so allow for a deeper bedding layer than with new sawn stone.',
  'Colour varies from pale buff to dark grey, and the stone will lighten a little once laid outside.',
  j(
    'We hold around 180 square metres of this batch. For a large order we can pallet it by thickness so your layer can work from',
    'the thinnest stones up. Collection from the yard is free; delivery is quoted on request.',
  ),
];
const wNav = ['Home', 'Shop', 'Paving & setts', 'Bricks', 'Doors', 'Fireplaces', 'Timber', 'Visit the yard', 'Contact'];
const wCrumbs = ['Home', 'Paving & setts', 'Flagstones'];
const wRel = ['Reclaimed blue Staithe setts £95.00 / m²', 'Sawn sandstone flags, mixed sizes £78.00 / m²', 'Stone gatepost pair £640.00'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${wTitle} &#8211; Caddon Reclamation</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}"}]}</script>
<link rel='stylesheet' id='storefront-style-css' href='https://caddonreclamation.co.uk/wp-content/themes/storefront/style.css?ver=4.5.4' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://caddonreclamation.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css' media='all'>
<style id='storefront-woocommerce-style-inline-css'>a.cart-contents,.site-header-cart .widget_shopping_cart a{color:#333333;}</style>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","sku":"CR-FL-118",
"offers":[{"@type":"Offer","price":"84.00","priceCurrency":"GBP"}]}</script>
<script src="https://caddonreclamation.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="product-template-default single single-product postid-2740 wp-embed-responsive theme-storefront woocommerce woocommerce-page
storefront-full-width-content storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<div class="site-branding"><div class="beta site-title"><a href="https://caddonreclamation.co.uk/" rel="home">Caddon Reclamation</a></div>
<p class="site-description">Architectural salvage from the Borders since 1988</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://caddonreclamation.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">
<span>Menu</span></button><div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://caddonreclamation.co.uk/basket/"
title="View your shopping cart"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
${wCrumbs.map((t) => `<a href="/${t.length}">${t.replace('&', '&amp;')}</a><span class="breadcrumb-separator"> / </span>`).join('')}${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-2740" class="product type-product post-2740 status-publish first instock product_cat-flagstones has-post-thumbnail taxable shipping-taxable
purchasable product-type-simple"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="https://caddonreclamation.co.uk/wp-content/uploads/2026/10/flags-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="https://caddonreclamation.co.uk/wp-content/uploads/2026/10/flags.jpg"><img width="600" height="600"
src="https://caddonreclamation.co.uk/wp-content/uploads/2026/10/flags-600x600.jpg" class="wp-post-image" alt="Riven sandstone flags stacked on a pallet"
title="flags"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>84.00</bdi></span>
<small class="woocommerce-price-suffix">per m² inc. VAT</small></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<p class="stock in-stock">180 in stock</p>
<form class="cart" action="https://caddonreclamation.co.uk/product/reclaimed-riven-caddon-sandstone-flags/" method="post" enctype='multipart/form-data'>
<div class="quantity"><label class="screen-reader-text" for="quantity_66f1">${wTitle} quantity</label>
<input type="number" id="quantity_66f1" class="input-text qty text" name="quantity" value="1" aria-label="Product quantity" min="1" max="180" step="1"></div>
<button type="submit" name="add-to-cart" value="2740" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CR-FL-118</span></span>
<span class="posted_in">Categories: <a href="/product-category/paving/" rel="tag">Paving &amp; setts</a>, <a href="/product-category/paving/flagstones/"
rel="tag">Flagstones</a></span> <span class="tagged_as">Tags: <a href="/product-tag/riven/" rel="tag">riven</a>, <a href="/product-tag/sandstone/"
rel="tag">sandstone</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description"><h2>Description</h2>
${ps(wDesc.slice(0, 2))}
<h3>${at(wDesc, 2)}</h3><ul>${lis(wDesc.slice(3, 6))}</ul>
${ps(wDesc.slice(6))}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
role="tabpanel" style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Weight</th>
<td class="woocommerce-product-attributes-item__value">140 kg</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">Reviews</h2><p class="woocommerce-noreviews">There are no reviews yet.</p>
</div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    (t) => `<li class="product type-product"><a href="/product/${t.length}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<h2 class="woocommerce-loop-product__title">${t.replace(/ £.*/, '')}</h2><span class="price">${t.replace(/.* (£.*)/, '$1')}</span></a>
<a href="?add-to-cart=${t.length}" class="button product_type_simple add_to_cart_button ajax_add_to_cart">Add to basket</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1"><div id="text-2" class="widget widget_text"><span class="gamma widget-title">The yard</span><div class="textwidget">
<p>Mill Lane, Caddonfoot, Galashiels TD1 9XX</p><p>Monday to Friday 8.30 to 5, Saturday 9 to 1</p></div></div></div>
<div class="block footer-widget-2"><div id="text-3" class="widget widget_text"><span class="gamma widget-title">We buy salvage</span><div class="textwidget">
<p>Clearing a farm, mill or chapel? Call Ewan on 01896 550 412 for a quote.</p></div></div></div></div>
<div class="site-info">&copy; Caddon Reclamation 2026<br><a href="https://woocommerce.com" target="_blank"
title="WooCommerce - The Best eCommerce Platform for WordPress"
rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer></div>
<script id="wc-single-product-js-extra">var wc_single_product_params = {"i18n_required_rating_text":"Please select a rating",
"review_rating_required":"yes"};</script>
<script src="https://caddonreclamation.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.3.3" id="wc-single-product-js">
</script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout574-woocommerce-flags',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Description', at(wDesc, 2)],
  body: texts([wShort, ...wDesc.filter((_, i) => i !== 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Caddon Reclamation', 'Architectural salvage from the Borders since 1988', 'Search for:', 'Search', 'Menu',
    ...wNav, '£0.00', '0 items', '£84.00', 'per m² inc. VAT', '180 in stock', `${wTitle} quantity`, 'Add to basket',
    'SKU: CR-FL-118', 'Categories: Paving & setts, Flagstones', 'Tags: riven, sandstone', 'Additional information', 'Reviews (0)', 'Related products',
    ...wRel.map((t) => t.replace(/ £.*/, '')), ...wRel.map((t) => t.replace(/.* (£.*)/, '$1')), 'Mill Lane, Caddonfoot, Galashiels TD1 9XX',
    'Monday to Friday 8.30 to 5, Saturday 9 to 1', 'We buy salvage', 'Clearing a farm, mill or chapel? Call Ewan on 01896 550 412 for a quote.',
    '© Caddon Reclamation 2026', 'Built with WooCommerce.',
  ],
};

export const HELDOUT574_A: readonly TestPage[] = [shopify, woo];
