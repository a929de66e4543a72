import { links, ps, type TestPage, texts } from './page-kit.js';
import { bigcommerceShipping } from './pages-heldout339-a2.js';
import { j, lis } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file a: a WooCommerce shop's returns and refunds page on the Storefront theme (skip links, site
 * branding, product search, primary menu, header cart, breadcrumb, CookieYes banner, footer widgets with a Mailchimp
 * sign-up, site info and the handheld footer bar) and, from file a2, a BigCommerce Cornerstone shipping page.
 */
const title = 'Returns & Refunds';
const intro = [
  j(
    'We want you to love every piece that leaves our workshop. If a mug, bowl or vase is not right for your home, you can send it back',
    'within 30 days of delivery for a full refund or an exchange. Each item is thrown and glazed by hand in our studio, so please read',
    'the notes below before you post anything back to us.',
  ),
];
const h1 = 'What you can return';
const can = [
  'Unused items in their original packaging, returned within 30 days of the delivery date.',
  'Gift sets, as long as every piece in the set comes back together.',
  'Items bought in our seasonal sale, which are refunded at the sale price you paid.',
];
const cannot = [
  j(
    'Some things cannot come back to us: personalised pieces with a name or date painted on, gift cards, and seconds from our studio',
    'shelf, which are sold as seen and marked as such on the product page. This does not affect your statutory rights.',
  ),
];
const h2 = 'How to send an item back';
const steps = [
  'Email returns@fernbrook-ceramics.example with your order number and the items you would like to return.',
  'We will reply within two working days with a returns form and the address of our studio in Allerby.',
  'Wrap each piece separately in bubble wrap or newspaper, and use a sturdy box with at least 5 cm of padding on every side.',
  'Send the parcel with a tracked service and keep your proof of postage until your refund has arrived.',
];
const post = [
  j(
    'Return postage is paid by you unless the item arrived damaged or we sent you the wrong thing. We recommend insuring any parcel worth',
    'more than £60, because we cannot refund items that break on their way back to us.',
  ),
];
const h3 = 'Damaged or faulty items';
const damaged = [
  j(
    'Stoneware is sturdy, but couriers are not always gentle. If anything arrives chipped or cracked, please take a photo of the piece',
    'and of the box it came in, and send them to us within 7 days. We will post a replacement at our cost, or refund you in full if',
    'the glaze has sold out, and there is no need to send the broken piece back.',
  ),
  j(
    'Small variations in colour, crazing in crackle glazes and tiny pinholes are part of how hand-made pottery is fired in the kiln.',
    'They are not faults, and we describe them on each product page so that you know what to expect.',
  ),
];
const h4 = 'Refunds';
const refunds = [
  j(
    'Once your return reaches the studio we check it within five working days and email you to confirm. Refunds go back to the card or',
    'PayPal account you paid with, and most banks show the money within three to ten days after that.',
  ),
  j(
    'We refund the original delivery charge only when the whole order is returned. If you would prefer an exchange, tell us which glaze',
    'or size you would like instead and we will send it as soon as your return has been checked.',
  ),
];
const h5 = 'Questions?';
const questions = [
  j(
    'If something is not covered here, write to us or call the studio on 01632 960 418, Tuesday to Saturday between 10am and 4pm.',
    'We are a small team, so we answer every message ourselves.',
  ),
];
const nav = ['Shop', 'Tableware', 'Vases & Planters', 'Seconds Shelf', 'Workshops', 'Our Story', 'Contact'];
const footInfo = ['Delivery Information', 'Returns Policy', 'Care for Your Pottery', 'Wholesale Enquiries', 'Privacy Policy', 'Terms & Conditions'];
const footShop = ['New This Month', 'Mugs & Cups', 'Bowls', 'Gift Cards'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Returns &amp; Refunds &#8211; Fernbrook Ceramics</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://fernbrook-ceramics.example/returns-refunds/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="Returns &amp; Refunds">
<meta property="og:site_name" content="Fernbrook Ceramics"><meta property="article:modified_time" content="2026-01-14T09:12:40+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://fernbrook-ceramics.example/returns-refunds/","name":"Returns & Refunds - Fernbrook Ceramics","isPartOf":{"@id":"#website"},
"datePublished":"2023-05-02T10:01:11+00:00","dateModified":"2026-01-14T09:12:40+00:00"},{"@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Returns & Refunds"}]}]}</script>
<link rel="stylesheet" id="storefront-style-css" href="https://fernbrook-ceramics.example/wp-content/themes/storefront/style.css?ver=4.6.0" media="all">
<link rel="stylesheet" id="storefront-woocommerce-style-css" href="https://fernbrook-ceramics.example/wp-content/themes/storefront/assets/css/woocommerce.css">
<script id="cookieyes" src="https://cdn-cookieyes.example/client_data/4b1e90/script.js"></script>
<script>var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View cart","is_cart":""};</script></head>
<body class="page-template-default page page-id-42 wp-custom-logo wp-embed-responsive theme-storefront woocommerce-js storefront-align-wide right-sidebar">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><div class="beta site-title"><a href="https://fernbrook-ceramics.example/" rel="home">Fernbrook Ceramics</a></div>
<p class="site-description">Hand-thrown stoneware from the Allerby studio</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://fernbrook-ceramics.example/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product"></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(nav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://fernbrook-ceramics.example/basket/"
title="View your shopping cart"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">£</span>0.00</bdi></span>
<span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
<a href="https://fernbrook-ceramics.example">Home</a><span class="breadcrumb-separator"> / </span>Returns &amp; Refunds</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-42" class="post-42 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Returns &amp; Refunds</h1></header>
<div class="entry-content">
${ps(intro)}
<h2 class="wp-block-heading">${h1}</h2>
<ul class="wp-block-list">${lis(can)}</ul>
${ps(cannot)}
<h2 class="wp-block-heading">${h2}</h2>
<ol class="wp-block-list">${lis(steps)}</ol>
${ps(post)}
<h2 class="wp-block-heading">${h3}</h2>
${ps(damaged)}
<h2 class="wp-block-heading">${h4}</h2>
${ps(refunds)}
<h2 class="wp-block-heading">${h5}</h2>
${ps(questions)}
</div></article></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full">
<div class="footer-widgets row-1 col-3 fix"><div class="block footer-widget-1"><div id="nav_menu-2" class="widget widget_nav_menu">
<span class="gamma widget-title">Customer Care</span><div class="menu-customer-care-container"><ul id="menu-customer-care" class="menu">
${links(footInfo, 'menu-item')}</ul></div></div></div>
<div class="block footer-widget-2"><div id="nav_menu-3" class="widget widget_nav_menu"><span class="gamma widget-title">Shop</span>
<ul id="menu-footer-shop" class="menu">${links(footShop, 'menu-item')}</ul></div></div>
<div class="block footer-widget-3"><div id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><span class="gamma widget-title">Kiln Notes</span>
<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-311" method="post" data-id="311" data-name="Newsletter"><div class="mc4wp-form-fields">
<p>News of fresh kiln openings and studio workshops, once a month.</p>
<p><label>Email address: <input type="email" name="EMAIL" placeholder="Your email address" required></label></p>
<p><input type="submit" value="Sign up"></p></div><div class="mc4wp-response"></div></form></div></div></div>
<div class="site-info">© Fernbrook Ceramics 2026<br>
<a href="https://woocommerce.example" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="https://fernbrook-ceramics.example/my-account/">My
Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="https://fernbrook-ceramics.example/basket/">Cart
<span class="count">0</span></a></li></ul></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="notice-heading">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="notice-description"><p>We use cookies to keep your basket working, to understand how the shop is used and to show
you pottery you might like. Choose &quot;Accept All&quot; to allow all cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://fernbrook-ceramics.example/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0" id="storefront-navigation-js"></script>
</body></html>`;
const wooReturns: TestPage = {
  name: 'heldout339-woocommerce-storefront-returns',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...can, ...cannot, ...steps, ...post, ...damaged, ...refunds, ...questions]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Fernbrook Ceramics', 'Hand-thrown stoneware from the Allerby studio', 'Search for:', 'Search', 'Menu',
    ...nav, '£0.00', '0 items', 'Home', 'Customer Care', ...footInfo, ...footShop, 'Kiln Notes',
    'News of fresh kiln openings and studio workshops, once a month.', 'Email address:',
    '© Fernbrook Ceramics 2026', 'Built with WooCommerce', 'My Account', 'Cart', 'We value your privacy',
    'We use cookies to keep your basket working, to understand how the shop is used and to show you pottery you might like.',
    'Choose "Accept All" to allow all cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT339_A: readonly TestPage[] = [wooReturns, bigcommerceShipping];
