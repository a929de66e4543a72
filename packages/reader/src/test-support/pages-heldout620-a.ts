import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout620-kit.js';

/** Held-out batch 620, file a: a hawk walk experience sold as a WooCommerce product (Storefront theme). */
const hTitle = 'Hawk Walk Experience';
const hShort = j(
  'Spend a morning walking the woods of Brackenholt with a Harris’s hawk on your glove. Two hours, small groups,',
  'and a falconer beside you the whole way.',
);
const hHeads = ['What happens on the day', 'Who can come', 'Good to know'];
const hPre = [
  j(
    'Our hawk walk starts in the weathering yard, where the birds sit out on their blocks before flying. Your falconer will',
    'introduce the team of Harris’s hawks, explain how they are trained and fitted with their jesses and bells, and show you',
    'how to hold the glove so that a hawk feels steady when she lands.',
  ),
  j(
    'Then we head out along the old coppice track. The hawks follow from tree to tree and come down to your glove for a small',
    'piece of meat when you raise your arm. Most guests get between ten and fifteen landings each, and by the end of the walk',
    'the birds will be coming to you without any prompting from the falconer.',
  ),
  j('We finish back at the centre with a hot drink in the barn, where you can ask anything you like about the birds and', 'about taking up falconry yourself.'),
];
const hWho = [
  'Anyone aged 8 and over can fly the hawks; under-16s must be with a paying adult.',
  'Groups are kept to a maximum of eight flyers.',
  'Non-flying companions are welcome to walk with the group for £10.',
];
const hGood = [
  j(
    'The track is uneven and can be muddy from October to April, so please wear walking boots and bring a waterproof. We walk',
    'in light rain, but if the weather is too wild for the hawks we will move your booking to another date free of charge.',
  ),
  'Walks start at 10:00 on Tuesdays, Thursdays and Saturdays. Please arrive fifteen minutes early so we can set off on time.',
];
const hNav = ['Home', 'Experiences', 'Meet the Birds', 'Visit Us', 'Gift Vouchers', 'Contact'];
const hRel = ['Owl Encounter', 'Falconer for a Day', 'Children’s Owl Hour'];
const hFootW = ['Brackenholt Falconry Centre', 'Lower Brackenholt Farm, Brackenholt, Shropshire', 'Open Wednesday to Sunday, 10am to 5pm'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} – Brackenholt Falconry Centre</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="storefront-style-css" href="https://brackenholtfalconry.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0" media="all">
<link rel="stylesheet" id="woocommerce-general-css" href="https://brackenholtfalconry.co.uk/wp-content/plugins/woocommerce/assets/css/woocommerce.css"
media="all">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${hTitle}","sku":"HW-01",
"offers":[{"@type":"Offer","price":"65.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<style id="storefront-woocommerce-style-inline-css">.site-header-cart .widget_shopping_cart{background-color:#f8f8f8}</style>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="product-template-default single single-product postid-412 wp-embed-responsive theme-storefront woocommerce woocommerce-page
woocommerce-js storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="col-full">
<div class="site-branding"><a href="https://brackenholtfalconry.co.uk/" class="custom-logo-link" rel="home"><img width="300" height="90"
src="/wp-content/uploads/2023/02/brackenholt-logo.png" class="custom-logo" alt="Brackenholt Falconry Centre"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://brackenholtfalconry.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="/basket/" title="View your shopping basket">
<span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/product-category/experiences/">Experiences</a><span class="breadcrumb-separator"> / </span>${hTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<div class="woocommerce-notices-wrapper"></div>
<div id="product-412" class="product type-product post-412 status-publish first instock product_cat-experiences has-post-thumbnail virtual
purchasable product-type-simple">
<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images" data-columns="4">
<div class="woocommerce-product-gallery__wrapper"><div data-thumb="/wp-content/uploads/2023/02/hawk-walk-1-100x100.jpg"
class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/2023/02/hawk-walk-1.jpg"><img width="600" height="600"
src="/wp-content/uploads/2023/02/hawk-walk-1-600x600.jpg" class="wp-post-image" alt="A Harris's hawk landing on a guest's glove"></a></div></div></div>
<div class="summary entry-summary">
<h1 class="product_title entry-title">${hTitle}</h1>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">£</span>65.00</bdi></span>
<small class="woocommerce-price-suffix">per flyer</small></p>
<div class="woocommerce-product-details__short-description"><p>${hShort}</p></div>
<form class="cart" action="/product/hawk-walk-experience/" method="post" enctype="multipart/form-data">
<div class="quantity"><label class="screen-reader-text" for="quantity_66f1">${hTitle} quantity</label>
<input type="number" id="quantity_66f1" class="input-text qty text" name="quantity" value="1" min="1" max="8" step="1"></div>
<button type="submit" name="add-to-cart" value="412" class="single_add_to_cart_button button alt">Book now</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HW-01</span></span>
<span class="posted_in">Category: <a href="/product-category/experiences/" rel="tag">Experiences</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist">
<li class="description_tab active" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>
<li class="additional_information_tab" id="tab-title-additional_information" role="tab"><a href="#tab-additional_information">Additional information</a></li>
<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews (3)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
${ps(hPre)}
<h3>${at(hHeads, 0)}</h3><p>The walk lasts about two hours, including the welcome talk and the drink afterwards.</p>
<h3>${at(hHeads, 1)}</h3><ul>${lis(hWho)}</ul>
<h3>${at(hHeads, 2)}</h3>${ps(hGood)}</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"
role="tabpanel" style="display: none;"><h2>Additional information</h2><table class="woocommerce-product-attributes shop_attributes">
<tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Duration</th>
<td class="woocommerce-product-attributes-item__value"><p>2 hours</p></td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display: none;">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">3 reviews for <span>${hTitle}</span></h2>
<ol class="commentlist"><li class="review"><p class="meta"><strong class="woocommerce-review__author">Carys M.</strong></p>
<div class="description"><p>Brilliant morning, the hawks were so close.</p></div></li></ol></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3">
${hRel
  .map(
    (t) => `<li class="product type-product"><a href="/product/${t.length}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<h2 class="woocommerce-loop-product__title">${t}</h2></a><a href="#" class="button product_type_simple add_to_cart_button">Book now</a></li>`,
  )
  .join('\n')}
</ul></section></div>
<nav class="storefront-product-pagination" aria-label="More products"><a href="/product/owl-encounter/" rel="prev">
<span class="storefront-product-pagination__title">Owl Encounter</span></a></nav>
</main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="text-3" class="widget widget_text"><span class="gamma widget-title">Gift it</span>
<div class="textwidget"><p>Every experience can be bought as a gift voucher, valid for twelve months.</p></div></div></div>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1"><div class="widget widget_text"><div class="textwidget">${ps(hFootW)}</div></div></div>
<div class="block footer-widget-2"><div class="widget widget_nav_menu"><ul class="menu">${links([
  'Terms and Conditions',
  'Privacy Policy',
])}</ul></div></div></div>
<div class="site-info">&copy; Brackenholt Falconry Centre 2025<br><a href="https://woocommerce.com" target="_blank"
title="WooCommerce - The Best eCommerce Platform
for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span
class="count">0</span></a></li></ul></div>
</div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to improve your browsing experience and to count visits.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept
All</button></div></div></div>
<script type="text/javascript" src="/wp-content/plugins/woocommerce/assets/js/frontend/single-product.min.js?ver=9.1.2" id="wc-single-product-js"></script>
</body></html>`;
const woo: TestPage = {
  name: 'heldout620-woocommerce-hawk-walk',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [...hHeads],
  body: texts([hShort, ...hPre, 'The walk lasts about two hours, including the welcome talk and the drink afterwards.', ...hWho, ...hGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', ...hNav, '£0.00', '0 items', '£65.00', 'per flyer', `${hTitle} quantity`,
'Book now', 'SKU: HW-01', 'Category: Experiences', 'Description',
    'Additional information', 'Reviews (3)', 'Related products', ...hRel, 'Gift it',
    'Every experience can be bought as a gift voucher, valid for twelve months.', ...hFootW, 'Terms and Conditions', 'Privacy Policy',
    '© Brackenholt Falconry Centre 2025', 'Built with WooCommerce', 'My Account', 'Cart 0', 'We value your privacy',
    'We use cookies to improve your browsing experience and to count visits.', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT620_A: readonly TestPage[] = [woo];
