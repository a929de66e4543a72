import { links, ps, type TestPage } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file a2: a vegetable sowing calendar page on WooCommerce (Storefront theme) with a table and a
 * product-category sidebar.
 */
const wTitle = 'Vegetable sowing calendar';
const wIntro = [
  j(
    'This calendar is for gardens in the east of England on light to medium soil. If you garden further north or on cold clay, start',
    'everything two weeks later than shown; on a sheltered southern plot you can usually gain a week.',
  ),
  j(
    'Sow indoors means a heated propagator or a bright windowsill at 15 to 20°C. Sow outdoors means direct into the bed once the soil',
    'has warmed and is no longer sticky when you squeeze a handful.',
  ),
];
const wHead = ['Crop', 'Sow indoors', 'Sow outdoors', 'Harvest'];
const wRows = [
  ['Broad beans', 'February', 'March to April', 'June to July'],
  ['Beetroot', 'March', 'April to July', 'June to October'],
  ['Carrots', '–', 'April to July', 'July to November'],
  ['Lettuce', 'February to March', 'April to August', 'May to October'],
  ['Leeks', 'February to March', 'April', 'October to March'],
  ['Tomatoes', 'March to April', '–', 'July to October'],
  ['French beans', 'April', 'May to July', 'July to September'],
  ['Kale', 'April', 'May to June', 'September to February'],
];
const wAfter = [
  'Successional sowing',
  j(
    'Lettuce, beetroot and carrots give a steadier harvest if you sow a short row every three weeks rather than one long row in spring.',
    'Mark each sowing with a dated label so you know when the next one is due.',
  ),
];
const wNav = ['Shop', 'Vegetable seeds', 'Flower seeds', 'Sowing calendar', 'About us', 'Contact'];
const wCats = ['Beans and peas (24)', 'Brassicas (31)', 'Root vegetables (27)', 'Salad leaves (40)', 'Tomatoes and peppers (36)'];
const wFoot = ['Delivery and returns', 'Privacy policy', 'Terms and conditions'];
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${wTitle} &#8211; Fenbrook Seeds</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel="canonical" href="https://fenbrookseeds.co.uk/sowing-calendar/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}",
"datePublished":"2025-01-09T10:02:11+00:00","dateModified":"2026-12-30T16:40:03+00:00"}]}</script>
<link rel='stylesheet' id='storefront-style-css' href='https://fenbrookseeds.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<style id='storefront-style-inline-css'>.main-navigation ul li a,.site-title a{color:#333333}</style>
<script src="https://fenbrookseeds.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-42 wp-embed-responsive theme-storefront woocommerce-js storefront-secondary-navigation right-sidebar
woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding"><div class="beta site-title">
<a href="https://fenbrookseeds.co.uk/"
rel="home">Fenbrook Seeds</a></div><p class="site-description">Open-pollinated seed from the Fens since 1987</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://fenbrookseeds.co.uk/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0"
class="search-field"
placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type"
value="product">
</form></div></div></div><div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false">
<span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://fenbrookseeds.co.uk/basket/"
title="View your shopping basket">
<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span> <span class="count">0 items</span></a>
</li></ul>
</div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs">
<a href="https://fenbrookseeds.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span>${wTitle}</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-42" class="post-42 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content">
${ps(wIntro)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr>${wHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${wRows.map((r) => tr(r)).join('\n')}</tbody></table></figure>
<h2 class="wp-block-heading">${wAfter[0]}</h2>
<p>${wAfter[1]}</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/product-category/vegetable-seeds/">Browse
vegetable seeds</a></div></div>
</div></article></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Product categories</span><ul class="product-categories">${links(wCats, 'cat-item')}</ul></div>
<div id="block-5" class="widget widget_block widget_text"><p><strong>Seed of the month:</strong> Runner bean 'Fenland Flame', 20% off until 31 January.</p>
</div>
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix">
<div class="block footer-widget-1">
<div id="nav_menu-3" class="widget widget_nav_menu"><span class="gamma widget-title">Customer service</span><div class="menu-footer-container">
<ul id="menu-footer" class="menu">
${links(wFoot, 'menu-item')}</ul></div></div></div><div class="block footer-widget-2"><div id="text-2" class="widget widget_text">
<span class="gamma widget-title">Find us</span>
<div class="textwidget"><p>Fenbrook Seeds, Drove Lane, Upwold, Cambridgeshire</p></div></div></div></div>
<div class="site-info">&copy; Fenbrook Seeds 2027<br><a href="https://woocommerce.com" target="_blank"
title="WooCommerce - The Best eCommerce Platform for WordPress"
rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="https://fenbrookseeds.co.uk/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents"
href="https://fenbrookseeds.co.uk/basket/">Cart <span class="count">0</span></a></li>
</ul></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span>We use cookies to keep your basket working and to see which pages are read.
<a role='button' data-cli_action="accept" id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">Accept</a>
<a href="https://fenbrookseeds.co.uk/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Read more</a></span></div>
<script src="https://fenbrookseeds.co.uk/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0" id="storefront-navigation-js"></script></body>
</html>`;
const woo: TestPage = {
  name: 'heldout697-woo-storefront-sowing-calendar',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wAfter[0] ?? ''],
  body: [...wIntro, ...wRows.map(rowText), wAfter[1] ?? ''],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Fenbrook Seeds', 'Open-pollinated seed from the Fens since 1987', 'Search for:', 'Search', 'Menu',
    ...wNav.filter((t) => t !== 'Sowing calendar'), '£0.00', '0 items', 'Home', 'Browse vegetable seeds', 'Product categories', ...wCats,
    "Seed of the month: Runner bean 'Fenland Flame', 20% off until 31 January.", 'Customer service', ...wFoot, 'Find us',
    'Fenbrook Seeds, Drove Lane, Upwold, Cambridgeshire', '© Fenbrook Seeds 2027', 'Built with WooCommerce.', 'My Account', 'Cart 0',
    'We use cookies to keep your basket working and to see which pages are read.', 'Accept', 'Read more',
  ],
};

export const HELDOUT697_A2: readonly TestPage[] = [woo];
