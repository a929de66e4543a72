import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file a: a mobility scooter product page on Shopify (Dawn theme) and a scooter hire page on WordPress
 * with WooCommerce (Storefront theme).
 */
const sTitle = 'Veloro Compact 4 Folding Travel Scooter';
const sIntro = [
  j(
    'The Compact 4 folds in one movement and splits into three pieces, the heaviest of which weighs 14.5 kg, so it fits in the boot',
    'of a small hatchback and can be lifted by one person. It is approved for air travel with most UK carriers.',
  ),
  j(
    'A four-wheel chassis gives it a steadier feel than most travel scooters on cambered pavements, and the swivel seat locks in',
    'four positions so you can get on and off from the side.',
  ),
];
const sFeatures = [
  'Folds in under ten seconds with the tiller release lever',
  'Lithium battery (airline compliant) with a range of up to 15 km',
  'Puncture-proof 8-inch tyres front and rear',
  'Adjustable tiller and a swivel seat with flip-up armrests',
  'Front basket and LED headlight included',
];
const sSpecHead = ['Key features', 'Specifications'];
const sSpecs = [
  ['Top speed', '4 mph (class 2)'],
  ['Maximum user weight', '115 kg'],
  ['Total weight with battery', '36 kg'],
  ['Heaviest piece', '14.5 kg'],
  ['Turning circle', '1.2 m'],
  ['Charging time', '5 to 6 hours'],
];
const sAfter = j(
  'Every Compact 4 is set up and safety checked in our Leicester workshop before it leaves us. Free home demonstrations are',
  'available within 40 miles of the shop.',
);
const sNav = ['Mobility Scooters', 'Wheelchairs', 'Rise & Recline Chairs', 'Daily Living Aids', 'Servicing', 'Contact'];
const sRec = ['Veloro Boot Mate Scooter', 'Veloro Cruiser 8 Road Scooter', 'Scooter Storage Cover', 'Spare Lithium Battery 12Ah'];
const sFootLinks = ['Search', 'About us', 'Delivery information', 'Returns policy', 'VAT relief explained', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://veloromobility.co.uk/products/compact-4-folding-scooter">
<title>${sTitle} &ndash; Veloro Mobility</title><meta name="description" content="The Compact 4 folds in one movement and splits into three pieces.">
<meta property="og:site_name" content="Veloro Mobility"><meta property="og:type" content="product"><meta property="og:price:amount" content="1,195.00">
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8841207,"vendor":"Veloro Mobility"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"1195.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}],"brand":{"@type":"Brand","name":"Veloro Mobility"}}</script>
<link href="//veloromobility.co.uk/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK mainland delivery on orders over £100</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//veloromobility.co.uk/cdn/shop/files/veloro-logo.png?width=180"
alt="Veloro Mobility"
class="header__heading-logo" width="180" height="44"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1699__main" class="shopify-section section"><section id="MainProduct-template--1699__main"
class="page-width section-template--1699__main-padding" data-section="template--1699__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1699__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul id="Slider-Gallery-template--1699__main"
class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//veloromobility.co.uk/cdn/shop/files/compact4-graphite.jpg?width=1946" alt="Compact 4 scooter in graphite, folded" width="1946" height="1946"></div>
</li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1699__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Veloro Mobility</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/compact-4-folding-scooter" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1699__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£1,195.00 GBP</span>
</div></div></div></div>
<div class="product__tax caption rte">Price excludes VAT for eligible customers. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--1699__main"><fieldset class="js product-form__input"><legend class="form__label">Colour</legend>
<input type="radio" id="template--1699__main-1-0" name="Colour" value="Graphite" checked><label for="template--1699__main-1-0">Graphite</label>
<input type="radio" id="template--1699__main-1-1" name="Colour" value="Racing Red"><label
for="template--1699__main-1-1">Racing Red</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1699__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span
class="visually-hidden">Decrease quantity</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--1699__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1699__main" class="form" novalidate>
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1699__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>${at(sSpecHead, 0)}</h3><ul>${lis(sFeatures)}</ul>
<h3>${at(sSpecHead, 1)}</h3><table><tbody>${sSpecs.map((r) => tr(r, false)).join('\n')}</tbody></table>
<p>${sAfter}</p></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery &amp; returns</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab-1">
<p>Scooters are delivered by our own van, fully built, on a day that suits you. Unused scooters can be returned within 14 days.</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">VAT relief</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab-2">
<p>If you have a long-term illness or disability you may be able to buy this scooter without VAT. Fill in the declaration at checkout.</p></div></details></div>
<share-button id="Share-template--1699__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-template--1699__main"><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--1699__related-products" class="shopify-section"><product-recommendations
class="related-products page-width section-template--1699__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down"
role="list">
${sRec
  .map(
    (
      r,
    ) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card__content"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/${r.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${r}</a></h3></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<footer class="footer color-background-1 gradient section-sections--1699__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFootLinks)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the showroom</h2><div class="footer-block__details-content rte">
<p>14 Wharf Lane, Leicester LE2 7QT. Open Monday to Saturday, 9am to 5pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Veloro Mobility</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//veloromobility.co.uk/cdn/shop/t/4/assets/global.js?v=1441" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout627-shopify-scooter-product',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSpecHead,
  body: texts([...sIntro, ...sFeatures, ...sSpecs.map(rowText), sAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK mainland delivery on orders over £100', 'Log in', 'Cart', ...sNav,
    'Veloro Mobility', 'Regular price', '£1,195.00 GBP', 'Price excludes VAT for eligible customers. Shipping calculated at checkout.', 'Colour', 'Graphite',
    'Racing Red', 'Quantity', 'Decrease quantity', 'Increase quantity', 'Add to cart', 'Buy it now', 'Delivery & returns',
    'Scooters are delivered by our own van, fully built, on a day that suits you. Unused scooters can be returned within 14 days.', 'VAT relief',
    'If you have a long-term illness or disability you may be able to buy this scooter without VAT. Fill in the declaration at checkout.', 'Share',
    'You may also like', ...sRec, 'Quick links', ...sFootLinks, 'Visit the showroom', '14 Wharf Lane, Leicester LE2 7QT. Open Monday to Saturday, 9am to 5pm.',
    'Subscribe to our emails', 'Email', '© 2026, Veloro Mobility', 'Powered by Shopify',
  ],
};

const hTitle = 'Scooter Hire';
const hIntro = [
  j(
    'Visiting Whitcombe Bay for a few days, or waiting for your own scooter to come back from repair? We hire out road and pavement',
    'scooters by the day or the week, delivered to your hotel, caravan or holiday let anywhere between Saltmead and Porth Carrow.',
  ),
  j(
    'All of our hire scooters are less than three years old, serviced after every hire and come with a charged battery, a charger,',
    'a basket and a rain cover. We will show you how to drive it when we drop it off.',
  ),
];
const hHeads = ['Hire prices', 'What you need to know', 'How to book'];
const hRows = [
  ['Boot scooter (4 mph)', '£18', '£75', '£110'],
  ['Mid-size scooter (4 mph)', '£22', '£90', '£135'],
  ['Road scooter (8 mph)', '£28', '£115', '£170'],
  ['Manual wheelchair', '£8', '£30', '£45'],
];
const hNeed = [
  'A refundable deposit of £100 is taken by card when the scooter is delivered.',
  'Hirers must be over 16 and able to show that they can steer and stop safely.',
  'Road scooters are not allowed on the promenade between 10am and 6pm in July and August.',
  j('Our hire cover insures the scooter against accidental damage and theft. It does not cover you against claims from other', 'people.'),
];
const hBook = [
  j(
    'Choose a scooter from our hire range and pick your dates at the checkout, or ring the shop on 01632 960 418. In the summer',
    'holidays we are often fully booked, so please book at least a week ahead.',
  ),
  'Cancellations made more than 48 hours before the start of the hire are refunded in full.',
];
const hCols = ['Scooter', 'Per day', '3 to 7 days', 'Per fortnight'];
const hNav = ['Home', 'Shop', 'Scooter Hire', 'Repairs', 'About Us', 'Contact'];
const hSide = ['Boot scooters', 'Road scooters', 'Wheelchairs', 'Walking aids', 'Batteries & chargers'];
const hHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><title>Scooter Hire &#8211; Coastway Mobility</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='stylesheet' id='storefront-style-css' href='https://coastwaymobility.co.uk/wp-content/themes/storefront/style.css?ver=4.5.3' media='all' />
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://coastwaymobility.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.3' media='all' />
<style id='storefront-woocommerce-style-inline-css'>a.cart-contents,.site-header-cart .widget_shopping_cart a{color:#333333;}</style>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Scooter Hire - Coastway Mobility",
"datePublished":"2023-04-02T10:11:45+00:00","dateModified":"2026-03-18T08:40:02+00:00"}]}</script></head>
<body class="page-template-default page page-id-42 wp-custom-logo wp-embed-responsive theme-storefront woocommerce-js storefront-align-wide right-sidebar
woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding">
<a href="https://coastwaymobility.co.uk/" class="custom-logo-link" rel="home"><img width="300" height="80" src="/wp-content/uploads/2023/03/coastway-logo.png"
class="custom-logo"
alt="Coastway Mobility" decoding="async" /></a></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://coastwaymobility.co.uk/">
<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product" /></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation"
aria-label="Primary Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-main" class="menu">${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div>
<div class="handheld-navigation"><ul id="menu-main-1" class="menu">${links(hNav, 'menu-item')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://coastwaymobility.co.uk/basket/"
title="View your shopping cart">
<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi></span> <span
class="count">0 items</span></a></li>
<li><div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content"></div></div></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a
href="https://coastwaymobility.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span>Scooter Hire</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-42" class="post-42 page type-page status-publish has-post-thumbnail hentry"><header class="entry-header">
<img width="1200" height="500" src="/wp-content/uploads/2023/04/hire-fleet.jpg" class="attachment-full size-full wp-post-image" alt="Hire scooters lined up" />
<h1 class="entry-title">${hTitle}</h1></header><div class="entry-content">
${ps(hIntro)}
<h2 class="wp-block-heading">${at(hHeads, 0)}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr>${hCols.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${hRows.map((r) => tr(r, false)).join('\n')}</tbody></table><figcaption
class="wp-element-caption">Prices include delivery and collection within 10 miles.</figcaption></figure>
<h2 class="wp-block-heading">${at(hHeads, 1)}</h2><ul>${lis(hNeed)}</ul>
<h2 class="wp-block-heading">${at(hHeads, 2)}</h2>${ps(hBook)}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/product-category/hire/">Book a hire scooter</a>
</div></div></div></article></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories">
<span class="gamma widget-title">Product categories</span><ul class="product-categories">${links(hSide, 'cat-item')}</ul></div>
<div id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Opening hours</h2><p>Mon to Fri 9am to 5pm<br>Saturday 9am to 1pm</p></div></div>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-2 fix"><div
class="block footer-widget-1">
<div id="block-9" class="widget widget_block widget_text"><p>Coastway Mobility, 3 Harbour Parade, Whitcombe Bay TR19 4AX</p></div></div>
<div class="block footer-widget-2"><div id="nav_menu-3" class="widget widget_nav_menu"><span class="gamma widget-title">Information</span><div
class="menu-footer-container">
<ul id="menu-footer" class="menu">${links(['Delivery', 'Returns', 'Privacy Policy', 'Terms & Conditions'])}</ul></div></div></div></div>
<div class="site-info">&copy; Coastway Mobility 2026<br /><a href="https://woocommerce.com" target="_blank"
title="WooCommerce - The Best eCommerce Platform for WordPress"
rel="noreferrer nofollow">Built with WooCommerce</a>.</div></div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a
href="https://coastwaymobility.co.uk/my-account/">My Account</a></li>
<li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="https://coastwaymobility.co.uk/basket/">Cart <span
class="count">0</span></a></li>
</ul></div></div>
<script src="https://coastwaymobility.co.uk/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.5.3"
id="storefront-navigation-js"></script></body></html>`;
const storefront: TestPage = {
  name: 'heldout627-storefront-scooter-hire',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hRows.map(rowText), ...hNeed, ...hBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', 'Search for:', 'Search', 'Menu', 'Home', 'Repairs', 'About Us', 'Contact', '£0.00', '0 items',
    'Prices include delivery and collection within 10 miles.', 'Book a hire scooter', 'Product categories', 'Boot scooters', 'Wheelchairs', 'Walking aids',
    'Batteries & chargers', 'Opening hours', 'Mon to Fri 9am to 5pm', 'Saturday 9am to 1pm', 'Coastway Mobility, 3 Harbour Parade, Whitcombe Bay TR19 4AX',
    'Information', 'Delivery', 'Returns', 'Privacy Policy', 'Terms & Conditions', '© Coastway Mobility 2026', 'Built with WooCommerce.', 'My Account', 'Cart 0',
  ],
};

export const HELDOUT627_A: readonly TestPage[] = [shopify, storefront];
