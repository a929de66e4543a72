import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, tidy } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file c: a heather honey product page on WooCommerce (Storefront theme) with its tabs.
 */
const wTitle = 'Ling Heather Honey 340g';
const wShort = 'Thick, jelly-like heather honey from hives taken up to the Drumhallow moors each August.';
const wBody = [
  'Description',
  j(
    'Ling heather flowers for only a few weeks at the end of summer, and our bees have to be carried up to it. We move forty hives to the',
    'grouse moor above Drumhallow in the first week of August and bring them home in mid-September, weather permitting.',
  ),
  j(
    'Heather honey is thixotropic: it sets like a jelly in the jar and turns liquid when stirred. It cannot be spun out of the comb like',
    'other honeys, so each frame is pressed by hand. Expect a strong, smoky, slightly bitter taste with a long finish and tiny air bubbles,',
    'which are a sign of the real thing.',
  ),
  'Pressed, not spun, and never heated',
  'Jarred in the same season it was gathered',
  'Glass jar with a metal lid; please recycle both',
];
const wNav = ['Shop', 'Honey', 'Comb honey', 'Beeswax', 'About the apiary', 'Delivery'];
const wRel = ['Summer Blossom Honey 340g', 'Cut Comb Honey 227g', 'Set Honey 454g'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; Drumhallow Honey</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="https://drumhallowhoney.co.uk/wp-content/themes/storefront/style.css?ver=4.5.4" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css"
href="https://drumhallowhoney.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css" media="all">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org\\/","@type":"Product","name":"${wTitle}","sku":"HTH-340",
"offers":[{"@type":"Offer","price":"11.50","priceCurrency":"GBP","availability":"http:\\/\\/schema.org\\/InStock"}]}</script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-88 wp-embed-responsive theme-storefront woocommerce woocommerce-page woocommerce-no-js
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to
content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding"><p class="site-title"><a
href="https://drumhallowhoney.co.uk/"
rel="home">Drumhallow Honey</a></p><p class="site-description">Honey from the hill farm since 1987</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://drumhallowhoney.co.uk/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search"
id="woocommerce-product-search-field-0" class="search-field"
placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search" class="">Search</button><input type="hidden"
name="post_type" value="product">
</form></div></div></div><div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">
<span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy menu-item-object-product_cat')}</ul>
</div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://drumhallowhoney.co.uk/basket/" title="View
your shopping basket">
<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span> <span class="count">0
items</span></a></li></ul>
</div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a
href="https://drumhallowhoney.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span><a href="https://drumhallowhoney.co.uk/product-category/honey/">Honey</a><span
class="breadcrumb-separator"> / </span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div><div id="primary" class="content-area"><main
id="main" class="site-main" role="main">
<div class="woocommerce-notices-wrapper"></div><div id="product-88" class="product type-product post-88 status-publish first instock product_cat-honey
has-post-thumbnail
shipping-taxable purchasable product-type-simple"><div class="woocommerce-product-gallery woocommerce-product-gallery--with-images
woocommerce-product-gallery--columns-4 images"
data-columns="4" style="opacity: 0; transition: opacity .25s ease-in-out;"><div class="woocommerce-product-gallery__wrapper"><div
data-thumb="/wp-content/uploads/heather-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/heather.jpg"><img width="416" height="416"
src="/wp-content/uploads/heather-416x416.jpg" class="wp-post-image"
alt="" title="heather-jar"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${wTitle}</h1><p class="price"><span class="woocommerce-Price-amount amount">
<bdi><span
class="woocommerce-Price-currencySymbol">&pound;</span>11.50</bdi></span></p><div class="woocommerce-product-details__short-description">
<p>${wShort}</p></div>
<p class="stock in-stock">9 in stock</p><form class="cart" action="https://drumhallowhoney.co.uk/product/ling-heather-honey-340g/" method="post"
enctype='multipart/form-data'>
<div class="quantity"><label class="screen-reader-text" for="quantity_66f1">${wTitle} quantity</label><input type="number" id="quantity_66f1"
class="input-text qty text"
name="quantity" value="1" aria-label="Product quantity" size="4" min="1" max="9" step="1" inputmode="numeric" autocomplete="off"></div>
<button type="submit" name="add-to-cart" value="88" class="single_add_to_cart_button button alt">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HTH-340</span></span><span class="posted_in">Category: <a
href="/product-category/honey/"
rel="tag">Honey</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab active" id="tab-title-description" role="tab"
aria-controls="tab-description"><a href="#tab-description">Description</a></li><li class="additional_information_tab"
id="tab-title-additional_information" role="tab"
aria-controls="tab-additional_information"><a href="#tab-additional_information">Additional information</a></li><li class="reviews_tab"
id="tab-title-reviews" role="tab"
aria-controls="tab-reviews"><a href="#tab-reviews">Reviews (1)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"
aria-labelledby="tab-title-description">
<h2>${wBody[0]}</h2>${ps(at(wBody, 1, 2))}<ul>${lis(wBody.slice(3))}</ul></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
aria-labelledby="tab-title-additional_information" style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes
shop_attributes">
<tr class="woocommerce-product-attributes-item woocommerce-product-attributes-item--weight"><th class="woocommerce-product-attributes-item__label">Weight</th>
<td class="woocommerce-product-attributes-item__value">0.55 kg</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"
aria-labelledby="tab-title-reviews"
style="display: none;"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">1 review for
<span>${wTitle}</span></h2>
<ol class="commentlist"><li class="review even thread-even depth-1" id="li-comment-31"><div id="comment-31" class="comment_container"><div
class="comment-text">
<p class="meta"><strong class="woocommerce-review__author">Fionnuala D. </strong><em class="woocommerce-review__verified verified">(verified owner)</em>
<time class="woocommerce-review__published-date" datetime="2026-10-02T09:14:00+00:00">2 October 2026</time></p><div class="description"><p>Tastes of
the hills. Worth
every penny.</p></div></div></div></li></ol></div></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">${wRel
  .map(
    (t, i) => `<li class="product type-product status-publish instock product_cat-honey"><a href="/product/r${i}/" class="woocommerce-LoopProduct-link
woocommerce-loop-product__link"><img width="324" height="324" src="/wp-content/uploads/r${i}-324x324.jpg" alt=""><h2
class="woocommerce-loop-product__title">${t}</h2>
<span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>${7 + i}.00</bdi>
</span></span></a>
<a href="?add-to-cart=9${i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>`,
  )
  .join('\n')}</ul></section></div>
<nav class="storefront-product-pagination" aria-label="More products"><a href="/product/cut-comb-honey/" rel="prev"><img width="324" height="324"
src="/wp-content/uploads/r1.jpg"
alt=""><span class="storefront-product-pagination__title">Cut Comb Honey 227g</span></a></nav></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Product categories</span><ul
class="product-categories">${links(['Beeswax', 'Comb honey', 'Gifts', 'Honey'], 'cat-item')}</ul></div></div>
</div></div><footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Drumhallow Honey 2026<br>
<a class="privacy-policy-link" href="/privacy-policy/" rel="privacy-policy">Privacy Policy</a><span role="separator" aria-hidden="true"></span>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.</div>
</div></footer><div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li><li
class="search">
<a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul></div></div>
<script src="https://drumhallowhoney.co.uk/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.1.2"
id="wc-single-product-js" defer></script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout566-woocommerce-heather-honey',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: at(wBody, 0),
  body: [wShort, ...wBody.slice(1)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Drumhallow Honey', 'Honey from the hill farm since 1987', 'Search for:', 'Search', 'Menu', ...wNav,
    '£0.00 0 items', 'Home', '£11.50', '9 in stock', `${wTitle} quantity`, 'Add to basket', 'SKU: HTH-340', 'Category: Honey', 'Additional information',
    'Reviews (1)', 'Related products', ...wRel, '£7.00', '£8.00', '£9.00', 'Product categories', 'Gifts', '© Drumhallow Honey 2026', 'Privacy Policy',
    'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

export const HELDOUT566_C: readonly TestPage[] = [tidy(woo)];
