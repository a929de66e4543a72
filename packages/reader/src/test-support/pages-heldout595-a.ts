import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file a: a hire boat’s specification page on WooCommerce (Storefront theme) with its booking form, hidden
 * tab panels and related boats.
 */
const kTitle = 'Kingfisher Rose';
const kShort = j(
  'A 58 ft four-berth narrowboat with a fixed double at the stern and a dinette that makes a second double,',
  'built in 2021 and ideal for two couples or a family with older children.',
);
const kDesc = [
  j(
    'Kingfisher Rose is the newest boat in our fleet and the one our crews ask for again. The cabin is laid out the traditional',
    'way round: the galley is by the stern doors so the cook can pass tea to the steerer, the saloon sits in the middle and the',
    'bedroom and shower room are at the bow, away from the engine.',
  ),
  j(
    'She has a Beta 43 engine that pulls well against the current on the river sections, a bow thruster for tight moorings and',
    'a solar array that keeps the fridge running on long lock-free days. There is a wood-burning stove for spring and autumn',
    'cruising, and the central heating runs from the engine or a diesel boiler.',
  ),
];
const kSpec: readonly (readonly [string, string])[] = [
  ['Length', '58 ft (17.7 m)'],
  ['Berths', '4 (2 + 2)'],
  ['Beds', 'Fixed double, dinette double'],
  ['Toilets', '1 pump-out'],
  ['Shower', 'Separate cubicle'],
  ['Heating', 'Central heating and multi-fuel stove'],
  ['Engine', 'Beta 43 with bow thruster'],
  ['Dogs', 'Up to 2 allowed'],
];
const kOnBoard = [
  'Fully equipped galley with four-burner hob, oven and grill',
  '12-volt fridge with small freezer compartment',
  'Smart TV, Bluetooth speaker and USB sockets in every cabin',
  'Bedding, towels and tea towels for every guest',
  'Windlass, mooring pins, lifejackets and a boat hook',
];
const kNote = j(
  'Please note that Kingfisher Rose has a traditional stern with room for the steerer and one crew member only.',
  'Children must wear lifejackets whenever they are on deck.',
);
const kNav = ['Home', 'Our Boats', 'Short Breaks', 'Route Ideas', 'First Time?', 'Contact'];
const kRel: readonly (readonly [string, string])[] = [
  ['Kingfisher Blue', 'From £980'],
  ['Moorhen', 'From £720'],
  ['Silver Heron', 'From £1,340'],
];
const kFoot = ['Booking conditions', 'Privacy policy', 'Boat safety', 'Getting here'];
const kSpecRows = kSpec
  .map(
    ([l, v]) =>
      `<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label" scope="row">${l}</th>` +
      `<td class="woocommerce-product-attributes-item__value"><p>${v}</p></td></tr>`,
  )
  .join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} &#8211; Larkmoor Boats</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='https://larkmoorboats.example/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='woocommerce-general-css' href='https://larkmoorboats.example/wp-content/plugins/woocommerce/assets/css/woocommerce.css' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${kTitle}","sku":"LM-KR4","offers":{"@type":"AggregateOffer",
"lowPrice":"1095","highPrice":"2180","priceCurrency":"GBP"}}</script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params={"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart"};</script>
<style id="storefront-woocommerce-style-inline-css">.onsale{background-color:#fff;color:#333}</style></head>
<body class="product-template-default single single-product postid-412 woocommerce woocommerce-page storefront-full-width-content right-sidebar">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">Larkmoor Boats</a></p>
<p class="site-description">Narrowboat holidays from Fenley Junction</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(kNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li><a class="cart-contents" href="/basket/" title="View your shopping cart">
<span class="woocommerce-Price-amount amount">&#163;0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/boats/">Our Boats</a><span class="breadcrumb-separator"> / </span>${kTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div id="product-412" class="product type-product post-412 status-publish first instock product_cat-4-berth has-post-title">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/kingfisher-rose-100x100.jpg" class="woocommerce-product-gallery__image">
<a href="/wp-content/uploads/kingfisher-rose.jpg">
<img width="600" height="400" src="/wp-content/uploads/kingfisher-rose-600x400.jpg" alt="Kingfisher Rose moored at Fenley Junction"></a></div></div></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">${kTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount">From &#163;1,095</span></p>
<div class="woocommerce-product-details__short-description"><p>${kShort}</p></div>
<form class="cart mphb-booking-form" action="/basket/" method="post"><p class="mphb-check-in-date-wrapper"><label for="mphb_check_in">Start date</label>
<input id="mphb_check_in" type="text" name="check_in"></p><p class="mphb-nights"><label for="mphb_nights">Nights</label>
<select id="mphb_nights" name="nights"><option>3</option><option>4</option><option selected>7</option><option>14</option></select></p>
<button type="submit" name="add-to-cart" value="412" class="single_add_to_cart_button button alt">Check availability</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">LM-KR4</span></span>
<span class="posted_in">Category: <a href="/boat-type/4-berth/" rel="tag">4 berth</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(kDesc)}
<h3>Specification</h3>
<table class="woocommerce-product-attributes shop_attributes"><tbody>${kSpecRows}</tbody></table>
<h3>On board</h3><ul>${lis(kOnBoard)}</ul>
<p><em>${kNote}</em></p></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel"
style="display: none;">
<h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes"><tr><th>Weight</th><td>14 tonnes</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">2 reviews for <span>${kTitle}</span></h2>
<ol class="commentlist"><li class="review"><p class="meta"><strong class="woocommerce-review__author">Pauline M.</strong></p>
<div class="description"><p>Spotless boat and very easy to handle.</p></div></li></ol></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${kRel
  .map(
    ([n, p]) => `<li class="product type-product"><a href="/boat/${n.toLowerCase().replace(/ /g, '-')}/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">${n}</h2><span class="price">${p}</span></a><a href="/boat/" class="button product_type_simple">Read more</a>
</li>`,
  )
  .join('\n')}
</ul></section></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-3 fix">
<div class="block footer-widget-1"><div class="widget widget_text"><span class="gamma widget-title">Find us</span>
<div class="textwidget"><p>Larkmoor Boats, The Wharf, Fenley Junction</p><p>01632 960 418</p></div></div></div>
<div class="block footer-widget-2"><div class="widget widget_nav_menu"><span class="gamma widget-title">Useful links</span>
<ul class="menu">${links(kFoot)}</ul></div></div></div>
<div class="site-info">&copy; Larkmoor Boats 2026<br>
<a href="https://woocommerce.com" target="_blank" rel="noopener nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul>
</div></div>
<div id="cookie-law-info-bar" data-nosnippet="true">
<span>We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.
<a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span>
</div>
<script src="https://larkmoorboats.example/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js"></script></body></html>`;
const kingfisher: TestPage = {
  name: 'heldout595-woocommerce-boat-spec',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Description', 'Specification', 'On board'],
  body: [kShort, ...kDesc, ...rowTexts(kSpec), ...kOnBoard, kNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Larkmoor Boats', 'Narrowboat holidays from Fenley Junction', 'Search for:', 'Search', 'Menu',
    ...kNav, '£0.00', '0 items', 'From £1,095', 'Start date', 'Nights', 'Check availability', 'SKU: LM-KR4', 'Category: 4 berth',
    'Additional information', 'Reviews (2)', 'Related products', ...kRel.flat(), 'Read more', 'Find us', 'Larkmoor Boats, The Wharf, Fenley Junction',
    '01632 960 418', 'Useful links', ...kFoot, '© Larkmoor Boats 2026', 'Built with WooCommerce.', 'My Account', 'Cart 0',
    'We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.', 'Cookie settings', 'Accept',
  ],
};

export const HELDOUT595_A: readonly TestPage[] = [kingfisher];
