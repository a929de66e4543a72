import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file a: a furniture shop's sofa range (a Shopify collection page, Dawn theme) and an upholsterer's
 * re-covering guide on WordPress with the Storefront (WooCommerce) theme.
 */
const sTitle = 'The Harrow Sofa Range';
const sParas = [
  j(
    'Every Harrow sofa is built to order in our workshop in Tavistock Mill, on a frame of kiln-dried beech that is glued, dowelled',
    'and screwed at every joint. We guarantee the frame for twenty-five years.',
  ),
  j(
    'The range comes in three depths and four lengths, from a compact two-seater that fits through a narrow cottage door to a',
    'four-seater deep enough to sleep on. Arms can be square, scrolled or low track, and every size takes the same cushions.',
  ),
];
const sHead1 = 'Choosing your filling';
const sFill = [
  '<strong>Feather wrap</strong>: a foam core wrapped in duck feather, soft to sit on but holds its shape.',
  '<strong>Pocket sprung</strong>: individually wrapped springs under a fibre top, the firmest of the three.',
  '<strong>All feather</strong>: the deepest, lounging sit; needs plumping every day.',
];
const sHead2 = 'Fabric and delivery';
const sLast = j(
  'Choose from more than 120 fabrics, or send us 14 metres of your own. Made-to-order sofas leave the workshop in eight to ten weeks',
  'and are delivered by our own two-person team, who will unwrap the sofa, set it in place and take the packaging away.',
);
const sCards = [
  ['Harrow Two-Seater Sofa', 'From £1,480.00'],
  ['Harrow Three-Seater Sofa', 'From £1,790.00'],
  ['Harrow Corner Sofa', 'From £2,960.00'],
  ['Harrow Snuggler Chair', 'From £1,120.00'],
];
const sNav = ['Living Room', 'Dining', 'Bedroom', 'Swatches', 'About Us', 'Visit Us'];
const sFoot = ['Delivery & Returns', 'Care Guides', 'Fabric Samples', 'Trade Enquiries', 'Contact'];
const sCardHtml = sCards
  .map(
    ([n, p], i) => `<li class="grid__item scroll-trigger animate--slide-in"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent">
<img src="//kestleandpine.co.uk/cdn/shop/files/harrow-${i}.jpg?v=1712&width=533" alt="${n}" loading="lazy" width="1600" height="1600"></div></div>
${i === 0 ? '<div class="card__badge bottom left"><span class="badge badge--bottom-left color-scheme-4">Bestseller</span></div>' : ''}</div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/harrow-${i}" class="full-unstyled-link">${n}</a></h3>
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div>
<div class="quick-add no-js-hidden"><button class="quick-add__submit button button--full-width button--secondary">Choose options</button></div></div></div>
</div></li>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://kestleandpine.co.uk/collections/harrow"><title>${sTitle} &ndash; Kestle &amp; Pine</title>
<meta name="description" content="Every Harrow sofa is built to order in our workshop in Tavistock Mill.">
<meta property="og:site_name" content="Kestle &amp; Pine"><meta property="og:type" content="website"><meta property="og:title" content="${sTitle}">
<script src="//kestleandpine.co.uk/cdn/shop/t/14/assets/constants.js?v=58251" defer="defer"></script>
<script>window.shopUrl = 'https://kestleandpine.co.uk'; window.routes = { cart_add_url: '/cart/add', cart_url: '/cart' };</script>
<script>var Shopify = Shopify || {}; Shopify.shop = "kestle-pine.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1410,"role":"main"};</script>
<link href="//kestleandpine.co.uk/cdn/shop/t/14/assets/base.css?v=16534" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £500</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section section-header"><sticky-header class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu"></summary>
</details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Kestle &amp; Pine</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-label="Search">
<span class="svg-wrapper"><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--main-banner" class="shopify-section section"><div class="collection-hero color-scheme-1 gradient">
<div class="collection-hero__inner page-width"><div class="collection-hero__text-wrapper">
<h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>${sTitle}</h1>
<div class="collection-hero__description rte">${ps(sParas)}
<h2>${sHead1}</h2><ul>${lis(sFill)}</ul><h2>${sHead2}</h2><p>${sLast}</p></div></div></div></div></div>
<div id="shopify-section-template--product-grid" class="shopify-section section"><div class="facets-vertical page-width">
<aside aria-labelledby="verticalTitle" class="facets-wrapper" id="main-collection-filters"><facet-filters-form class="facets small-hide">
<form id="FacetFiltersForm" class="facets__form-vertical"><div id="verticalTitle" tabindex="-1"><h2 class="facets__heading">Filter:</h2></div>
<details class="disclosure-has-popup facets__disclosure-vertical js-filter"><summary class="facets__summary"><span>Availability</span></summary></details>
<details class="disclosure-has-popup facets__disclosure-vertical js-filter"><summary class="facets__summary"><span>Price</span></summary></details>
<div class="facet-filters sorting caption"><label class="facet-filters__label caption-large text-body" for="SortBy">Sort by:</label>
<select name="sort_by" class="facet-filters__sort select__select" id="SortBy"><option value="manual" selected>Featured</option>
<option value="price-ascending">Price, low to high</option></select></div>
<div class="product-count light" role="status"><h2 class="product-count__text text-body"><span id="ProductCountDesktop">4 products</span></h2></div>
</form></facet-filters-form></aside>
<div class="product-grid-container" id="ProductGridContainer"><div class="collection page-width">
<ul id="product-grid" class="grid product-grid grid--2-col-tablet-down grid--3-col-desktop">${sCardHtml}</ul></div></div></div></div>
</main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the workshop</h2>
<div class="footer-block__details-content rte"><p>Unit 4, Tavistock Mill, Kestle Lane. Open Tuesday to Saturday, 10am to 5pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, Kestle &amp; Pine</small>
<small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby" target="_blank" rel="nofollow">Powered by Shopify</a></small>
</div></div></footer></div>
<script src="//kestleandpine.co.uk/cdn/shop/t/14/assets/global.js?v=11804" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout536-shopify-sofa-range',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sHead1, sHead2],
  body: texts([...sParas, ...sFill, sLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £500', 'Kestle & Pine', ...sNav, 'Filter:', 'Availability', 'Price', 'Sort by:', '4 products',
    ...sCards.flat(), 'Bestseller', 'Choose options', 'Help', ...sFoot, 'Visit the workshop',
    'Unit 4, Tavistock Mill, Kestle Lane. Open Tuesday to Saturday, 10am to 5pm.', 'Subscribe to our emails', 'Email', '© 2026, Kestle & Pine',
    'Powered by Shopify',
  ],
};

const uTitle = 'Reupholstery: How It Works and What It Costs';
const uIntro = [
  j(
    'Most of the chairs and sofas that come through our door are worth saving. A good frame outlasts three or four covers, and a',
    'reupholstered chair will usually cost less than a new one of the same quality.',
  ),
  j(
    'Before we quote, we need to see the piece, or at least clear photographs of the front, back, underside and any damage.',
    'Send them with rough measurements and we will reply within three working days.',
  ),
];
const uH = ['What happens in the workshop', 'Typical prices', 'Supplying your own fabric'];
const uSteps = [
  'We strip the old cover, wadding and stuffing back to the bare frame.',
  'Loose joints are knocked apart, cleaned and reglued; broken rails are replaced in beech.',
  'Webbing and springs are renewed and the springs hand-tied eight ways.',
  'New stuffing, calico and wadding go on before the top cover is cut and fitted.',
];
const uRows = [
  ['Drop-in dining seat', '£65', '1 week'],
  ['Fireside chair', '£340', '3 weeks'],
  ['Wing chair, traditional', '£690', '5 weeks'],
  ['Two-seater sofa', '£980', '6 weeks'],
];
const uAfter = j(
  'Prices are for labour and materials other than the top fabric, and include collection and delivery within twelve miles of the',
  'workshop. Deep buttoning, piping in a contrast fabric and loose cushions are quoted separately.',
);
const uFabric = [
  j(
    'You are welcome to bring your own fabric. It should be rated for upholstery, with at least 25,000 rubs on the Martindale test',
    'for a chair in daily use, and it must pass the cigarette and match tests or be used over a fire-retardant interliner.',
  ),
  'We will tell you how many metres to buy once we have measured the piece. Allow extra for pattern matching on large prints.',
];
const uNav = ['Home', 'About', 'Our Work', 'Fabrics', 'Courses', 'Contact'];
const uSide = ['Caring for a newly upholstered chair', 'Why we still hand-tie springs', 'Fire regulations explained'];
const uHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>${uTitle} &#8211; Bramwell Upholstery</title>
<meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<style id='storefront-style-inline-css'>.main-navigation ul li a,.site-title a{color:#333333;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${uTitle}"}]}</script>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script></head>
<body class="page-template-default page page-id-212 wp-custom-logo theme-storefront woocommerce-js storefront-secondary-navigation right-sidebar">
<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner" style=""><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="site-branding"><div class="beta site-title"><a href="/" rel="home">Bramwell Upholstery</a></div>
<p class="site-description">Traditional upholstery since 1987</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">
<button type="submit" value="Search" class="">Search</button></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(uNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="/basket/" title="View your shopping cart">
<span class="woocommerce-Price-amount amount">&pound;0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a>
<span class="breadcrumb-separator"> / </span>Reupholstery</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-212" class="post-212 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">${uTitle}</h1></header>
<div class="entry-content">${ps(uIntro)}
<h2 class="wp-block-heading">${uH[0]}</h2><ol class="wp-block-list">${lis(uSteps)}</ol>
<h2 class="wp-block-heading">${uH[1]}</h2><figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
<thead><tr><th>Piece</th><th>Labour from</th><th>Typical time</th></tr></thead><tbody>${uRows
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<figcaption class="wp-element-caption">Prices from January 2026, including VAT.</figcaption></figure><p>${uAfter}</p>
<h2 class="wp-block-heading">${uH[2]}</h2>${ps(uFabric)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/contact/">Ask for a quote</a></div></div>
</div></article></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="recent-posts-2" class="widget widget_recent_entries">
<span class="gamma widget-title">From the workshop blog</span><ul>${links(uSide)}</ul></div>
<div id="text-3" class="widget widget_text"><span class="gamma widget-title">Opening hours</span><div class="textwidget">
<p>Monday to Friday, 8.30am to 4.30pm. Saturday by appointment.</p></div></div></div>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="site-info">&copy; Bramwell Upholstery 2026<br>
<a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with
WooCommerce</a>.
</div><div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul>
</div>
</div></footer></div>
<script src='/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0' id='storefront-navigation-js'></script></body></html>`;
const storefront: TestPage = {
  name: 'heldout536-storefront-reupholstery',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: [...uIntro, ...uSteps, ...uRows.map((r) => r.join(' ')), uAfter, ...uFabric],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Bramwell Upholstery', 'Traditional upholstery since 1987', 'Search', 'Menu',
    ...uNav, '£0.00', '0 items', 'Prices from January 2026, including VAT.', 'Ask for a quote', 'From the workshop blog', ...uSide,
    'Opening hours', 'Monday to Friday, 8.30am to 4.30pm. Saturday by appointment.', '© Bramwell Upholstery 2026', 'Built with WooCommerce',
    'My Account', 'Cart',
  ],
};

export const HELDOUT536_A: readonly TestPage[] = [shopify, storefront];
