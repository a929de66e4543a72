import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout348-b2.js';
import { paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file b: a seed company's WooCommerce category listing (Storefront theme: header, handheld menu,
 * breadcrumb, category title and description, result count and ordering, product cards with price and "Add to basket",
 * pagination, sidebar filter widgets, footer and a Complianz cookie banner) and, from file b2, a plant-care app's Ghost blog post.
 */
const wTitle = 'Tomato seeds';
const wIntro = paras(`
Our tomato range has been trialled on the open field and in an unheated polytunnel at our farm on the Marrick coast, so every
variety here has proved it can ripen in a short northern summer. Each packet carries sowing dates for both indoor and outdoor
growing.

Cordon types need a stake and side-shoots removed; bush types can sprawl in a border or a large pot. Sow from late February
under cover at 18–21°C and plant out after the last frost.
`);
type Card = readonly [name: string, blurb: string, price: string];
const wCards: readonly Card[] = [
  ["Tomato 'Harrowgate Gold'", 'A sweet yellow cherry tomato on long trusses, very early and resistant to splitting.', '£2.95'],
  ["Tomato 'Fennick Beefsteak'", 'Large, ribbed red fruit for slicing, best under cover where it reaches 500g.', '£3.45'],
  ["Tomato 'Little Quarry'", 'A dwarf bush variety for hanging baskets and window boxes; no pinching out needed.', '£2.75'],
  ["Tomato 'Ostler's Plum'", 'Heavy-cropping plum tomato with few seeds, bred for sauces and bottling.', '£2.95'],
  ["Tomato 'Black Moorland'", 'A dusky, smoky-flavoured salad tomato that copes with cool nights outdoors.', '£3.25'],
  ["Tomato 'Saltmarsh Stripe'", 'Red fruit with gold stripes; tolerant of blight in our outdoor trials.', '£3.45'],
];
const wNav = ['Vegetable seeds', 'Flower seeds', 'Herb seeds', 'Seed potatoes', 'Growing kit', 'Offers'];
const wFilters = ['Cherry', 'Beefsteak', 'Plum', 'Bush', 'Blight tolerant', 'Organic'];
const wFoot = ['About us', 'Our trial field', 'Delivery', 'Contact', 'Terms and conditions', 'Privacy policy'];
const card = ([name, blurb, price]: Card, i: number): string => `<li class="product type-product post-${3100 + i} status-publish ${
  i === 0 ? 'first' : ''
} instock product_cat-tomato-seeds has-post-thumbnail shipping-taxable purchasable product-type-simple">
<a href="https://harefield-seeds.example/product/tomato-${i}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">
<img width="324" height="324" src="https://harefield-seeds.example/wp-content/uploads/2025/11/tomato-${i}-324x324.jpg"
class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async">
<h2 class="woocommerce-loop-product__title">${name}</h2>${i === 1 ? '<span class="onsale">Sale!</span>' : ''}
<span class="price"><span class="woocommerce-Price-amount amount"><bdi>${price}</bdi></span></span></a>
<div class="woocommerce-product-details__short-description"><p>${blurb}</p></div>
<a href="?add-to-cart=${3100 + i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a>
</li>`;
const wHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>Tomato seeds – Harefield Seed Company</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://harefield-seeds.example/product-category/tomato-seeds/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="Tomato seeds Archives">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage",
"name":"Tomato seeds Archives - Harefield Seed Company"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}
</script><link rel='stylesheet' id='storefront-style-css' href='https://harefield-seeds.example/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","i18n_view_cart":"View basket"};</script>
</head><body class="archive tax-product_cat term-tomato-seeds term-41 wp-embed-responsive theme-storefront woocommerce woocommerce-page
storefront-align-wide right-sidebar woocommerce-active"><div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="col-full"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to
navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="site-branding"><a href="/" class="custom-logo-link"
rel="home"><img src="/wp-content/uploads/logo.png" class="custom-logo" alt="Harefield Seed Company"></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" placeholder="Search products…"
name="s"><button type="submit" value="Search">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation"><button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="/basket/" title="View your shopping basket">
<span class="woocommerce-Price-amount amount">£0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span><a href="/product-category/vegetable-seeds/">Vegetable seeds</a><span class="breadcrumb-separator"> / </span>
${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">${wTitle}</h1>
<div class="term-description">${ps(wIntro)}</div></header>
<div class="storefront-sorting"><div class="woocommerce-notices-wrapper"></div><form class="woocommerce-ordering" method="get">
<select name="orderby" class="orderby" aria-label="Shop order"><option value="menu_order" selected='selected'>Default sorting</option>
<option value="popularity">Sort by popularity</option><option value="price">Sort by price: low to high</option></select></form>
<p class="woocommerce-result-count">Showing all 6 results</p></div>
<ul class="products columns-3">
${wCards.map(card).join('\n')}
</ul><div class="storefront-sorting"><p class="woocommerce-result-count">Showing all 6 results</p></div></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_layered_nav-2" class="widget woocommerce widget_layered_nav
woocommerce-widget-layered-nav"><span class="gamma widget-title">Filter by type</span><ul class="woocommerce-widget-layered-nav-list">
${links(wFilters, 'woocommerce-widget-layered-nav-list__item wc-layered-nav-term')}</ul></div>
<div id="block-7" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Sowing calendar</h2>
<p>Download our free month-by-month sowing calendar as a PDF.</p><div class="wp-block-button"><a class="wp-block-button__link"
href="/calendar.pdf">Download</a></div></div></div></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1"><div class="widget widget_nav_menu"><span class="gamma widget-title">Information</span><ul class="menu">
${links(wFoot, 'menu-item')}</ul></div></div><div class="block footer-widget-2"><div class="widget widget_block"><h2 class="wp-block-heading">Seed news</h2>
<p>Sign up for sowing reminders and first look at new varieties.</p></div></div></div>
<div class="site-info">© Harefield Seed Company 2026<br><a href="https://woocommerce.example" class="site-info__link">Built with WooCommerce</a>.</div>
</div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage cookie consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to
store and/or access device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://harefield-seeds.example/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.4.2" id="wc-add-to-cart-js"
defer></script></body></html>`;
const wooListing: TestPage = {
  name: 'heldout348-woocommerce-storefront-listing-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wCards.map((c) => c[0]),
  body: [...texts(wIntro), ...wCards.map((c) => c[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', ...wNav, '£0.00', '0 items', 'Home', 'Default sorting', 'Sort by popularity',
    'Sort by price: low to high', 'Showing all 6 results', 'Sale!', ...wCards.map((c) => c[2]), 'Add to basket', 'Filter by type', ...wFilters,
    'Sowing calendar', 'Download our free month-by-month sowing calendar as a PDF.', 'Download', 'Information', ...wFoot, 'Seed news',
    'Sign up for sowing reminders and first look at new varieties.', '© Harefield Seed Company 2026', 'Built with WooCommerce', 'Manage cookie consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT348_B: readonly TestPage[] = [wooListing, ghostPost];
