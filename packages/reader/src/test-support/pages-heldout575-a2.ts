import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowText, tr } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file a2: a used first pressing's product page on WooCommerce (Storefront theme) with a tracklist
 * table and a Description tab.
 */
const wTitle = 'Ilse Marrow Trio – Salt Roads (1978 UK first pressing)';
const wShort = j(
  'Original 1978 pressing on Kestrel Sound, laminated flipback sleeve, with the rare lyric insert. A clean, quiet copy of',
  'the trio’s only studio album.',
);
const wDesc = [
  j(
    'Salt Roads was recorded in two days at a church hall in Whitby and pressed in a run of around 1,500 copies before Kestrel',
    'Sound folded the following spring. Marrow’s piano leads throughout, with Gil Ashdown on bass and Royston Pike on drums,',
    'and the long title track has become a quiet favourite with collectors of British small-label jazz.',
  ),
  j(
    'Vinyl VG+: a few light marks under the light that do not play, faint surface noise in the lead-in of side two, otherwise',
    'plays through cleanly. Sleeve VG: light ring wear on the front and a small price sticker residue on the back. Insert Ex.',
  ),
];
const wRows = [
  ['A1', 'Salt Roads', '11:42'],
  ['A2', 'Harbour Bar, Late', '5:18'],
  ['B1', 'Esk Valley Song', '7:03'],
  ['B2', 'Lifeboat Hymn', '6:27'],
  ['B3', 'Kettleness', '4:55'],
];
const wAfter = [
  j(
    'All our used records are cleaned on a vacuum machine and played through before they are listed. We grade to the',
    'Goldmine standard and would rather under-grade than over-grade. Sent in a new outer sleeve in a rigid LP mailer.',
  ),
];
const wNav = ['Home', 'New Vinyl', 'Used Vinyl', 'Jazz', 'Folk', 'Sell Us Your Records', 'About', 'Contact'];
const wCrumbs = ['Home', 'Used Vinyl', 'Jazz'];
const wRel = [
  ['Royston Pike Sextet – Whin Sill', '£38.00'],
  ['Gil Ashdown – Bass Lines from the North', '£22.00'],
  ['The Kestrel Sound Sampler 1976–1979', '£18.00'],
] as const;
const wFoot = ['Delivery', 'Returns', 'Grading Guide', 'Privacy Policy'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${esc(wTitle)} &#8211; Cobble Lane Vinyl</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="storefront-style-css"
href="https://cobblelanevinyl.co.uk/wp-content/themes/storefront/style.css?ver=4.5.3" media="all">
<link rel="stylesheet" id="woocommerce-general-css" href="https://cobblelanevinyl.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css"
media="all">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org\\/","@type":"Product","name":"Ilse Marrow Trio \\u2013 Salt Roads","sku":"CLV-4471",
"offers":[{"@type":"Offer","price":"65.00","priceCurrency":"GBP","availability":"http:\\/\\/schema.org\\/InStock"}]}</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-4471 wp-embed-responsive theme-storefront woocommerce woocommerce-page
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<div class="site-branding"><div class="beta site-title"><a href="https://cobblelanevinyl.co.uk/" rel="home">Cobble Lane Vinyl</a></div>
<p class="site-description">Used jazz, folk and soul records in Whitby since 1994</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://cobblelanevinyl.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://cobblelanevinyl.co.uk/basket/"
title="View your shopping basket"><span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div>
</header><div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
${wCrumbs.map((c) => `<a href="/${c.toLowerCase().replace(/ /g, '-')}/">${c}</a>`).join('<span class="breadcrumb-separator"> / </span>')}
<span class="breadcrumb-separator"> / </span>${esc(wTitle)}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-4471" class="product type-product post-4471 status-publish first instock product_cat-jazz product_cat-used-vinyl has-post-title
shipping-taxable purchasable product-type-simple"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="salt-roads-100x100.jpg" class="woocommerce-product-gallery__image">
<a href="https://cobblelanevinyl.co.uk/wp-content/uploads/2027/02/salt-roads.jpg"><img width="416" height="416" src="salt-roads-416x416.jpg"
class="wp-post-image" alt="Salt Roads front cover" decoding="async"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${esc(wTitle)}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>65.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div><p class="stock in-stock">1 in stock</p>
<form class="cart" action="https://cobblelanevinyl.co.uk/product/salt-roads/" method="post" enctype="multipart/form-data"><div class="quantity">
<label class="screen-reader-text" for="quantity_1">${esc(wTitle)} quantity</label>
<input type="number" id="quantity_1" class="input-text qty text" name="quantity"
value="1" min="1" max="1"></div><button type="submit" name="add-to-cart" value="4471" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CLV-4471</span></span>
<span class="posted_in">Categories: <a href="/product-category/jazz/" rel="tag">Jazz</a>, <a href="/product-category/used-vinyl/" rel="tag">Used Vinyl</a>
</span>
<span class="tagged_as">Tags: <a href="/product-tag/british-jazz/" rel="tag">british jazz</a>, <a href="/product-tag/first-pressing/"
rel="tag">first pressing</a></span>
</div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description" role="tab">
<a href="#tab-description">Description</a></li><li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (0)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(wDesc)}
<table class="tracklist"><thead><tr><th>Side</th><th>Title</th><th>Length</th></tr></thead><tbody>
${wRows.map((r) => tr(r)).join('\n')}
</tbody></table>
${ps(wAfter)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">Reviews</h2>
<p class="woocommerce-noreviews">There are no reviews yet.</p></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    ([t, p]) => `<li class="product type-product"><a href="/product/x/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<h2 class="woocommerce-loop-product__title">${esc(t)}</h2><span class="price"><span class="woocommerce-Price-amount amount">${p}</span></span></a>
<a href="?add-to-cart=1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n')}
</ul></section></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Browse</span>
<ul class="product-categories">${links(['Jazz', 'Folk', 'Soul', 'Blues', 'Library & Soundtracks'], 'cat-item')}</ul></div>
<div id="text-3" class="widget widget_text"><span class="gamma widget-title">Visit the shop</span><div class="textwidget">
<p>3 Cobble Lane, Whitby YO21 3PT. Thursday to Sunday, 11am to 5pm.</p></div></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-1 fix">
<div class="block footer-widget-1">
<div class="widget widget_nav_menu"><ul class="menu">${links(wFoot)}</ul></div></div></div>
<div class="site-info">&copy; Cobble Lane Vinyl 2027<br>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress"
rel="noopener nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul>
</div>
</div><script src="https://cobblelanevinyl.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=8.6.1" id="wc-single-product-js">
</script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout575-woocommerce-storefront-used-lp',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Description'],
  body: texts([wShort, ...wDesc, ...wRows.map(rowText), ...wAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Cobble Lane Vinyl', 'Used jazz, folk and soul records in Whitby since 1994', 'Search for:', 'Search',
    'Menu', 'Home', 'Used Vinyl', 'New Vinyl', 'Folk', 'Sell Us Your Records', 'About', 'Contact', '£0.00', '0 items', '£65.00', '1 in stock', 'Add to basket',
    'SKU: CLV-4471', 'Categories: Jazz, Used Vinyl', 'Tags: british jazz, first pressing', 'Reviews (0)', 'Related products', ...wRel.flat(),
    'Browse', 'Soul', 'Blues', 'Library & Soundtracks', 'Visit the shop', '3 Cobble Lane, Whitby YO21 3PT. Thursday to Sunday, 11am to 5pm.',
    'Delivery', 'Returns', 'Grading Guide', 'Privacy Policy', '© Cobble Lane Vinyl 2027', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

export const HELDOUT575_A2: readonly TestPage[] = [woo];
