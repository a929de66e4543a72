import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout629-kit.js';

/**
 * Held-out batch 629, file d2: a candle product page on WooCommerce with the Storefront theme (description, additional
 * information and reviews tabs, related products, product categories sidebar).
 */

const wTitle = 'Fig Leaf & Cedar Candle – 30cl Amber Jar';
const wShort = j('A green, woody candle poured by hand in our Larkbridge workshop: crushed fig leaves and warm cedar over a soft coconut', 'and rapeseed wax.');
const wDesc = [
  j(
    'We built this scent around the smell of a fig tree on a hot afternoon, the sap and the leaves rather than the fruit. Cedarwood',
    'and a little vetiver ground it, so it stays fresh without turning sharp, and it fills a medium-sized room within an hour.',
  ),
  j(
    'The wax is a blend of coconut and British rapeseed wax, which burns clean and slowly with a wide, even melt pool. Each candle',
    'has two cotton wicks and comes in a reusable amber glass jar with a brushed brass lid.',
  ),
  'Candle care',
  'Trim the wicks to 5 mm before every burn.',
  'Let the first burn reach the edges of the jar, about two to three hours.',
  'Never leave a burning candle unattended, and stop burning when 1 cm of wax remains.',
];
const wInfo = [
  ['Weight', '0.62 kg'],
  ['Burn time', 'Approx. 50 hours'],
  ['Wax', 'Coconut and rapeseed blend'],
] as const;
const wNav = ['Shop', 'Candles', 'Reed Diffusers', 'Wax Melts', 'Gifts', 'Our Story'];
const wRel = [
  ['Sea Salt & Juniper Candle – 30cl Amber Jar', '£32.00'],
  ['Black Tea & Bergamot Candle – 30cl Amber Jar', '£32.00'],
  ['Fig Leaf & Cedar Wax Melts', '£9.50'],
] as const;
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${wTitle.replace(/&/g, '&amp;')} &#8211; Larkbridge Candle Co.</title>
<meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://larkbridgecandles.example/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://larkbridgecandles.example/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.0' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Fig Leaf &amp; Cedar Candle &#8211; 30cl Amber
Jar","sku":"LB-FC-30",
"offers":[{"@type":"Offer","price":"32.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"aggregateRating":{"@type":"AggregateRating",
"ratingValue":"5.00","reviewCount":2}}</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-1184 wp-embed-responsive theme-storefront woocommerce woocommerce-page woocommerce-no-js
storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a><a
class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding"><div class="beta site-title">
<a href="https://larkbridgecandles.example/" rel="home">Larkbridge Candle Co.</a></div>
<p class="site-description">Hand-poured in Larkbridge since 2016</p></div><div class="site-search"><div class="widget woocommerce widget_product_search">
<form role="search" method="get" class="woocommerce-product-search" action="https://larkbridgecandles.example/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy menu-item-object-product_cat')}</ul></div>
</nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class="">
<a class="cart-contents" href="https://larkbridgecandles.example/basket/" title="View your shopping cart">
<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span> <span class="count">0 items</span></a>
</li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
<a href="https://larkbridgecandles.example">Home</a><span class="breadcrumb-separator"> / </span>
<a href="https://larkbridgecandles.example/product-category/candles/">Candles</a><span class="breadcrumb-separator"> / </span>${wTitle.replace(
  /&/g,
  '&amp;',
)}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<div class="woocommerce-notices-wrapper"></div>
<div id="product-1184" class="product type-product post-1184 status-publish first instock product_cat-candles has-post-thumbnail shipping-taxable purchasable
product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4"
style="opacity: 0; transition: opacity .25s ease-in-out;">
<div class="woocommerce-product-gallery__wrapper">
<div data-thumb="https://larkbridgecandles.example/wp-content/uploads/2026/04/fig-cedar-100x100.jpg" class="woocommerce-product-gallery__image">
<a href="https://larkbridgecandles.example/wp-content/uploads/2026/04/fig-cedar.jpg">
<img width="416" height="416" src="https://larkbridgecandles.example/wp-content/uploads/2026/04/fig-cedar-416x416.jpg" class="wp-post-image"
alt="Amber jar candle with brass lid" title="fig-cedar"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle.replace(/&/g, '&amp;')}</h1>
<div class="woocommerce-product-rating"><div class="star-rating" role="img" aria-label="Rated 5.00 out of 5">
<span style="width:100%">Rated <strong class="rating">5.00</strong> out of 5 based on <span class="rating">2</span> customer ratings</span></div>
<a href="#reviews" class="woocommerce-review-link" rel="nofollow">(<span class="count">2</span> customer reviews)</a></div>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>32.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div><p class="stock in-stock">14 in stock</p>
<form class="cart" action="https://larkbridgecandles.example/product/fig-leaf-cedar-candle/" method="post" enctype='multipart/form-data'><div class="quantity">
<label class="screen-reader-text" for="quantity_6650">${wTitle.replace(/&/g, '&amp;')} quantity</label>
<input type="number" id="quantity_6650" class="input-text qty text" name="quantity" value="1" aria-label="Product quantity" size="4" min="1" max="14" step="1"
inputmode="numeric" autocomplete="off"></div>
<button type="submit" name="add-to-cart" value="1184" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">LB-FC-30</span></span><span class="posted_in">Category: <a
href="https://larkbridgecandles.example/product-category/candles/" rel="tag">Candles</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab" aria-controls="tab-additional_information">
<a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description">
<h2>Description</h2>${ps(wDesc.slice(0, 2))}<h3>${wDesc[2]}</h3><ul>${lis(wDesc.slice(3))}</ul></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
aria-labelledby="tab-title-additional_information" style="display: none;">
<h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">${wInfo
  .map(
    ([k, v]) => `<tr
class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">${k}</th><td
class="woocommerce-product-attributes-item__value"><p>${v}</p></td></tr>`,
  )
  .join('')}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><div id="comments">
<h2 class="woocommerce-Reviews-title">2 reviews for <span>${wTitle.replace(/&/g, '&amp;')}</span></h2><ol class="commentlist">
<li class="review even thread-even depth-1" id="li-comment-88"><div id="comment-88" class="comment_container"><div class="comment-text"><p class="meta">
<strong class="woocommerce-review__author">Tamsin O. </strong><em class="woocommerce-review__verified verified">(verified owner)</em></p>
<div class="description"><p>Burns beautifully and the whole flat smells like a greenhouse. Ordering a second.</p></div></div></div></li></ol></div></div>
</div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    ([n, p]) => `<li class="product type-product status-publish instock product_cat-candles">
<a href="https://larkbridgecandles.example/product/${n.length}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<img width="324" height="324" src="https://larkbridgecandles.example/wp-content/uploads/2026/04/${n.length}-324x324.jpg"
class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="${n.replace(/&/g, '&amp;')}" loading="lazy"><h2
class="woocommerce-loop-product__title">${n.replace(/&/g, '&amp;')}</h2>
<span class="price"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>${p.slice(1)}</bdi></span></span></a><a href="?add-to-cart=${n.length}" data-quantity="1"
class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Product categories</span>
<ul class="product-categories">${links(['Candles', 'Reed Diffusers', 'Wax Melts', 'Gifts'], 'cat-item')}</ul></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Larkbridge Candle Co. 2026<br>
<a href="https://larkbridgecandles.example/privacy-policy/">Privacy Policy</a><span role="separator" aria-hidden="true"></span>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.</div>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account">
<a href="https://larkbridgecandles.example/my-account/">My Account</a></li><li class="search"><a href="">Search</a></li>
<li class="cart"><a class="footer-cart-contents" href="https://larkbridgecandles.example/basket/">Cart <span class="count">0</span></a></li></ul></div></div>
</footer></div>
<script type="text/javascript">(function () {var c = document.body.className;c = c.replace(/woocommerce-no-js/, 'woocommerce-js');document.body.className =
c;})();</script></body></html>`;
const woo: TestPage = {
  name: 'heldout629-woocommerce-storefront-candle',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Description', 'Candle care'],
  body: texts([wShort, ...wDesc.filter((_, i) => i !== 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Larkbridge Candle Co.', 'Hand-poured in Larkbridge since 2016', 'Search', 'Menu', ...wNav, '£0.00', '0 items',
    'Home', 'Rated 5.00 out of 5 based on 2 customer ratings', '(2 customer reviews)', '£32.00', '14 in stock', 'Add to basket', 'SKU: LB-FC-30',
    'Category: Candles', 'Additional information', 'Reviews (2)', 'Related products', ...wRel.map((r) => r[0]), '£9.50', 'Product categories',
    '© Larkbridge Candle Co. 2026', 'Privacy Policy', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

export const HELDOUT629_D2: readonly TestPage[] = [woo];
