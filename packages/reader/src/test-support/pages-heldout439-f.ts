import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout439-f2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file f: a building-materials datasheet page on WooCommerce (Storefront theme: header with cart, primary
 * navigation, Yoast breadcrumbs, product gallery, summary with price, stock and "Request datasheet" button, SKU and category
 * meta, the tabs Description / Additional information / Reviews, upsells, footer widgets and the CookieYes banner). The
 * description tab is the body; it is a product / data page.
 */
const pTitle = 'Corvane FR Hydraulic Lime Mortar NHL 3.5 – 25 kg';
const pShort = 'A ready-mixed natural hydraulic lime mortar for repointing and rebuilding historic and solid-wall masonry.';
const pDesc = [
  j(
    'Corvane FR is a factory-blended mortar of natural hydraulic lime NHL 3.5 and washed, graded sharp sand. It needs only clean water on',
    'site, which removes the variation that comes with hand-batching lime and sand, and gives a consistent colour from bag to bag.',
  ),
  j(
    'The mortar is vapour-permeable and softer than the surrounding brick or stone, so moisture leaves the wall through the joints rather',
    'than the masonry units. This makes it suitable for pre-1919 buildings, where cement mortars often trap moisture and cause spalling.',
  ),
];
const pUses = [
  'Repointing soft facing brick and sandstone',
  'Rebuilding chimneys, garden walls and parapets in matching mortar',
  'Bedding stone copings and sills on solid walls',
];
const pData: [string, string][] = [
  ['Binder', 'NHL 3.5 to BS EN 459-1'],
  ['Aggregate', 'Washed sharp sand, 0–4 mm'],
  ['Compressive strength at 28 days', '1.5–2.5 N/mm²'],
  ['Water demand', '3.0–3.5 litres per 25 kg bag'],
  ['Coverage', 'Approx. 0.8 m² of brickwork per bag at 10 mm joints'],
  ['Minimum application temperature', '5 °C and rising'],
  ['Shelf life', '12 months in unopened bags, stored dry'],
];
const pApply = [
  j(
    'Rake out joints to a depth of at least twice their width and damp the masonry down before pointing. Mix for five minutes in a',
    'paddle or forced-action mixer; do not re-temper once the mortar has begun to stiffen.',
  ),
  j(
    'Protect fresh work from direct sun, wind, rain and frost for at least seven days using damp hessian. Once the surface is firm,',
    'finish joints by beating back with a stiff bristle brush to expose the aggregate.',
  ),
];
const pSafety = 'Contains hydraulic lime. Causes serious eye damage and skin irritation. Wear gloves and eye protection; see the safety data sheet.';
const pNav = ['Mortars & Renders', 'Limes & Putties', 'Paints', 'Tools', 'Trade Accounts', 'Technical Help'];
const pCrumbs = ['Home', 'Shop', 'Mortars & Renders'];
const pUp = [
  ['Corvane Lime Putty 20 kg', '£28.40'],
  ['Pointing Iron Set, 3 piece', '£19.95'],
];
const pHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} - Corvane Building Products</title><meta name="description" content="${pShort}"><meta property="og:type" content="product">
<meta property="product:price:amount" content="17.60"><meta property="product:price:currency" content="GBP">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${pTitle}","sku":"CV-NHL35-25","offers":[{"@type":"Offer",
"price":"17.60","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link rel='stylesheet' id='storefront-style-css' href='https://corvane.example/wp-content/themes/storefront/style.css?ver=4.6.0' media='all' />
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart"};</script></head>
<body class="product-template-default single single-product postid-1187 theme-storefront woocommerce woocommerce-page storefront-full-width-content">
<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/corvane-logo.png" class="custom-logo" alt="Corvane Building Products"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" class="search-field"
placeholder="Search products&hellip;" name="s" /><button type="submit" value="Search">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation">
<ul id="menu-primary" class="menu">
${links(pNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav><ul id="site-header-cart" class="site-header-cart menu"><li class="">
<a class="cart-contents"
href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul>
</div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
${pCrumbs.map((c) => `<a href="/">${c.replace('&', '&amp;')}</a>`).join('<span class="breadcrumb-separator"> / </span>')}<span class="breadcrumb-separator"> /
</span>${pTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<div class="woocommerce-notices-wrapper"></div><div id="product-1187" class="product type-product post-1187 status-publish first instock product_cat-mortars
has-post-thumbnail
taxable shipping-taxable purchasable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/nhl35-bag-100x100.jpg" class="woocommerce-product-gallery__image">
<a href="/wp-content/uploads/nhl35-bag.jpg"><img width="600" height="600" src="/wp-content/uploads/nhl35-bag-600x600.jpg" class="wp-post-image" alt="25 kg bag
of NHL 3.5 mortar"
title="nhl35-bag" /></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${pTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>17.60</bdi></span>
<small class="woocommerce-price-suffix">inc. VAT</small></p>
<div class="woocommerce-product-details__short-description"><p>${pShort}</p></div><p class="stock in-stock">142 in stock</p>
<form class="cart" method="post" enctype="multipart/form-data"><div class="quantity"><label class="screen-reader-text" for="quantity_1">Quantity</label>
<input type="number" id="quantity_1" class="input-text qty text" name="quantity" value="1" /></div>
<button type="submit" name="add-to-cart" value="1187" class="single_add_to_cart_button button alt">Add to basket</button></form>
<a class="button datasheet-button" href="/wp-content/uploads/datasheets/CV-NHL35.pdf">Download technical datasheet (PDF)</a>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CV-NHL35-25</span></span>
<span class="posted_in">Category: <a href="/product-category/mortars/" rel="tag">Mortars &amp; Renders</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Product overview</h2>
${ps(pDesc)}
<h3>Typical uses</h3><ul>${pUses.map((u) => `<li>${u}</li>`).join('\n')}</ul>
<h3>Technical data</h3><table class="datasheet"><tbody>
${pData.map(([k, v]) => `<tr>\n<th>${k}</th>\n<td>${v}</td>\n</tr>`).join('\n')}
</tbody></table>
<h3>Application</h3>
${ps(pApply)}
<p class="hazard"><strong>Safety:</strong> ${pSafety}</p></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
style="display:none"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
<tr class="woocommerce-product-attributes-item">
<th class="woocommerce-product-attributes-item__label">Weight</th><td class="woocommerce-product-attributes-item__value"><p>25.0 kg</p></td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display:none">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">Reviews</h2><p class="woocommerce-noreviews">There are no reviews yet.</p>
</div></div></div>
<section class="up-sells upsells products"><h2>You may also like…</h2><ul class="products columns-4">
${pUp
  .map(
    ([n, pr]) => `<li class="product type-product"><a href="/product/x/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<h2 class="woocommerce-loop-product__title">${n}</h2><span class="price"><span class="woocommerce-Price-amount amount">${pr}</span></span></a>
<a href="?add-to-cart=1" class="button product_type_simple add_to_cart_button">Add to basket</a></li>`,
  )
  .join('\n')}</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-3 fix">
<div class="block footer-widget-1">
<div class="widget widget_text"><span class="gamma widget-title">Trade counter</span><div class="textwidget">
<p>Unit 9, Kestrel Way, Frome BA11 4QR. Open Mon–Fri 7am–4pm.</p>
</div></div></div><div class="block footer-widget-2"><div class="widget widget_nav_menu">
<ul class="menu">${links(['Delivery', 'Returns', 'Safety Data Sheets', 'Contact'], 'menu-item')}
</ul></div></div></div><div class="site-info">© Corvane Building Products 2026</div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></body></html>`;
const woo: TestPage = {
  name: 'heldout439-woocommerce-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Product overview', 'Typical uses', 'Technical data', 'Application'],
  body: texts([pShort, ...pDesc, ...pUses, ...pData.flat(), ...pApply, `<strong>Safety:</strong> ${pSafety}`]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', ...pNav, '£0.00', '0 items', 'Shop', '£17.60', 'inc. VAT', '142 in stock',
    'Quantity', 'Add to basket', 'Download technical datasheet (PDF)', 'SKU:', 'CV-NHL35-25', 'Category:', 'Description', 'Additional information',
    'Reviews (0)', 'Weight', '25.0 kg', 'Reviews', 'There are no reviews yet.', 'You may also like…', ...pUp.flat(), 'Trade counter',
    'Unit 9, Kestrel Way, Frome BA11 4QR. Open Mon–Fri 7am–4pm.',
    'Delivery', 'Returns', 'Safety Data Sheets', 'Contact', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.',
    'Customise', 'Reject All', 'Accept All', '© Corvane Building Products 2026',
  ],
};

export const HELDOUT439_F: readonly TestPage[] = [woo, ghost];
