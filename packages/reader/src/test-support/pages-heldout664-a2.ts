import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tidy } from './pages-heldout664-kit.js';

/** Held-out batch 664, file a2: a knitting pattern (PDF download) product page on WooCommerce with the Storefront theme, its tabs and two reviews. */
const wTitle = 'Harrowgate Cowl – knitting pattern (PDF)';
const wShort = j(
  'A deep, squishy cowl in Aran-weight wool, worked in the round with a band of lattice cables and a folded garter hem.',
  'Instant download, 6 pages.',
);
const wDesc = [
  j(
    'The Harrowgate Cowl began as a swatch for a sweater that never happened. The lattice looked so good on its own that it became',
    'the whole idea: a single band of crossing cables framed by twisted ribs, tall enough to pull up over the ears on a windy',
    'platform and short enough to sit neatly under a coat collar.',
  ),
  j(
    'The cowl is worked in the round from a provisional cast-on. After the cable band, the garter section is knitted to twice the',
    'hem depth and folded inside, then joined to the live cast-on stitches, so there is no sewing up and no wrong side on show.',
  ),
  'The pattern includes:',
  'written instructions and a full chart for the lattice',
  'a photo tutorial for the folded hem join',
  'yardage for two sizes, Snug and Roomy',
  'a blank chart page for planning your own crossings',
  j(
    'You will need 160 (210) m of Aran-weight wool, a 5 mm circular needle 40 cm long, a cable needle and a stitch marker. The',
    'sample is knitted in Cloudberry Aran in the colour Lichen. Tension is 18 stitches and 24 rounds to 10 cm in stocking stitch.',
  ),
  j(
    'This pattern is suitable for an adventurous beginner who has knitted in the round and would like to try cables for the first',
    'time. Every crossing is a simple two-over-two, and the chart repeats every twelve rounds.',
  ),
];
const wAttrs: string[][] = [
  ['Yarn weight', 'Aran'],
  ['Sizes', 'Snug (Roomy): 52 (60) cm around, 24 cm tall'],
  ['Format', 'PDF, A4 and US Letter'],
  ['Language', 'English (UK and US terms)'],
];
const wNav = ['Shop', 'Patterns', 'Kits', 'Free patterns', 'Errata', 'My account'];
const wRel = ['Oakhurst Mitts – knitting pattern (PDF)', 'Lichen Tam – knitting pattern (PDF)', 'Harrowgate Cowl kit'];
const wRev = [
  ['Maud Tenby', 'March 3, 2026', 'Clear instructions and the hem join photos were a great help. Knitted mine in a weekend.'],
  ['Ros Achterberg', 'April 18, 2026', 'Lovely pattern. I made the Roomy size and it used just under two skeins.'],
];
const wFoot = ['Contact', 'Delivery and downloads', 'Privacy policy', 'Terms'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Harrowgate Knits</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://harrowgateknits.com/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://harrowgateknits.com/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${wTitle}","sku":"HK-014",
"offers":[{"@type":"Offer","price":"6.00","priceCurrency":"GBP"}],"aggregateRating":{"@type":"AggregateRating","ratingValue":"5","reviewCount":2}}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View basket"};</script></head>
<body class="product-template-default single single-product postid-482 wp-embed-responsive theme-storefront woocommerce woocommerce-page woocommerce-js
storefront-full-width-content storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding"><div class="beta site-title">
<a href="https://harrowgateknits.com/" rel="home">Harrowgate Knits</a></div><p class="site-description">Patterns for slow knitting</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://harrowgateknits.com/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://harrowgateknits.com/basket/"
title="View your shopping basket">
<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span>
<span class="count">0 items</span></a></li></ul>
</div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb"
aria-label="breadcrumbs"><a href="https://harrowgateknits.com">Home</a>
<span class="breadcrumb-separator"> / </span><a href="https://harrowgateknits.com/product-category/patterns/">Patterns</a><span class="breadcrumb-separator">
/ </span>${wTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main"><div class="woocommerce-notices-wrapper"></div>
<div id="product-482" class="product type-product post-482 status-publish first instock product_cat-patterns has-post-thumbnail downloadable virtual
purchasable product-type-simple"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images"
data-columns="4"><div class="woocommerce-product-gallery__wrapper"><div data-thumb="https://harrowgateknits.com/wp-content/uploads/2026/01/cowl-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="https://harrowgateknits.com/wp-content/uploads/2026/01/cowl.jpg"><img width="416" height="416"
src="https://harrowgateknits.com/wp-content/uploads/2026/01/cowl-416x416.jpg" class="wp-post-image" alt="Green cabled cowl" title="cowl"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>6.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>${wShort}</p></div>
<form class="cart" action="https://harrowgateknits.com/product/harrowgate-cowl/" method="post" enctype='multipart/form-data'><div class="quantity">
<label class="screen-reader-text" for="quantity_66f1">${wTitle} quantity</label><input type="number" id="quantity_66f1" class="input-text qty text"
name="quantity"
value="1" min="1" step="1"></div><button type="submit" name="add-to-cart" value="482" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HK-014</span></span>
<span class="posted_in">Category: <a href="https://harrowgateknits.com/product-category/patterns/" rel="tag">Patterns</a></span>
<span class="tagged_as">Tags: <a href="/product-tag/aran/" rel="tag">aran</a>, <a href="/product-tag/cables/" rel="tag">cables</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab" id="tab-title-description" role="tab" aria-controls="tab-description"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab" aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>${ps(wDesc.slice(0, 3))}<ul>${lis(wDesc.slice(3, 7))}</ul>${ps(wDesc.slice(7))}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel">
<h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes" aria-label="Product Details">
${wAttrs
  .map(
    ([k, v]) => `<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label" scope="row">${k}</th>
<td class="woocommerce-product-attributes-item__value"><p>${v}</p></td></tr>`,
  )
  .join('\n')}</table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"><div id="reviews"
class="woocommerce-Reviews">
<div id="comments"><h2 class="woocommerce-Reviews-title">2 reviews for <span>Harrowgate Cowl</span></h2><ol class="commentlist">
${wRev
  .map(
    ([
      n,
      d,
      t,
    ]) => `<li class="review byuser even thread-even depth-1"><div class="comment_container"><img alt='' src='https://secure.gravatar.com/avatar/0?s=60'
class='avatar avatar-60 photo' height='60' width='60'><div class="comment-text"><div class="star-rating" role="img"
aria-label="Rated 5 out of 5"><span style="width:100%">Rated
<strong class="rating">5</strong> out of 5</span></div><p class="meta"><strong class="woocommerce-review__author">${n}</strong>
<span class="woocommerce-review__dash">&ndash;</span> <time class="woocommerce-review__published-date" datetime="2026-03-03T09:12:00+00:00">${d}</time></p>
<div class="description"><p>${t}</p></div></div></div></li>`,
  )
  .join('\n')}</ol></div>
<div id="review_form_wrapper"><div id="review_form"><div id="respond" class="comment-respond"><span id="reply-title"
class="comment-reply-title">Add a review</span>
<p class="must-log-in">You must be <a href="https://harrowgateknits.com/my-account/">logged in</a> to post a review.</p></div></div></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${wRel
  .map(
    (t) => `<li class="product type-product"><a href="/product/x/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<h2 class="woocommerce-loop-product__title">${t}</h2><span class="price"><span class="woocommerce-Price-amount amount">&pound;6.00</span></span></a>
<a href="?add-to-cart=480" class="button product_type_simple add_to_cart_button ajax_add_to_cart">Add to basket</a></li>`,
  )
  .join('\n')}</ul></section>
</div></main></div></div></div>
<footer id="colophon" class="site-footer"
role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix"><div class="block footer-widget-1">
<div id="nav_menu-2" class="widget widget_nav_menu"><span class="gamma widget-title">Customer care</span><div class="menu-footer-container">
<ul id="menu-footer" class="menu">
${links(wFoot, 'menu-item')}</ul></div></div></div><div class="block footer-widget-2"><div id="text-3" class="widget widget_text">
<span class="gamma widget-title">Pattern support</span><div class="textwidget">
<p>Stuck on a row? Email help@harrowgateknits.com and we will reply within two days.</p></div>
</div></div></div><div class="site-info">&copy; Harrowgate Knits 2026<br><a href="https://woocommerce.com" target="_blank"
title="WooCommerce - The Best eCommerce Platform
for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="https://harrowgateknits.com/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="https://harrowgateknits.com/basket/">Cart
<span class="count">0</span></a></li></ul></div></div>
<script src="https://harrowgateknits.com/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.4.1" id="wc-single-product-js"></script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout664-woocommerce-cowl-pattern',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Description', 'Additional information'],
  body: texts([wShort, ...wDesc, ...wAttrs.map(rowText)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Harrowgate Knits', 'Patterns for slow knitting', 'Search for:', 'Search', 'Menu',
    ...wNav, '£0.00 0 items', 'Home', '£6.00', 'Add to basket', 'SKU: HK-014', 'Category: Patterns', 'Tags: aran, cables',
    'Reviews (2)', '2 reviews for Harrowgate Cowl', 'Rated 5 out of 5', ...wRev.flat(), 'Add a review', 'You must be logged in to post a review.',
    'Related products', ...wRel, 'Customer care', ...wFoot, 'Pattern support',
    'Stuck on a row? Email help@harrowgateknits.com and we will reply within two days.',
    '© Harrowgate Knits 2026', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

export const HELDOUT664_A2: readonly TestPage[] = [woo].map(tidy);
