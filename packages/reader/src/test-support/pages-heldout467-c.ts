import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, notes } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file c: an icon set sold on Shopify (Dawn theme: announcement bar, product media gallery, collapsible
 * tabs, newsletter footer), and a curated photo collection page on Drupal 10 (Olivero theme) with curator's notes.
 */
const pTitle = 'Tidewater Line Icons — 480 icons';
const pIntro = [
  j(
    'Tidewater is a set of 480 line icons drawn on a 24-pixel grid with a 1.5-pixel stroke. It was made for dashboards and',
    'mobile apps that need a calm, even weight at small sizes, and every icon is checked by eye at 16, 20 and 24 pixels.',
  ),
  'What is included:',
];
const pList = [
  '480 icons in 22 categories, from weather and maps to files, money and health',
  'SVG files with strokes kept editable, and an outlined copy for icon fonts',
  'Figma library with variants for stroke weight and size',
  'PNG exports at 1x, 2x and 3x',
  'A searchable HTML cheat sheet with every icon name',
];
const pOutro = j(
  'Updates are free for life. Version 2.1 added 60 icons for travel and transport in January; the next update, due in the summer,',
  'adds a set of filled variants.',
);
const pNav = ['Home', 'Icon sets', 'Illustrations', 'Bundles', 'Licence', 'FAQ'];
const pFootShop = ['Search', 'Refund policy', 'Terms of service', 'Contact'];
const pTabs: [string, string][] = [
  ['Delivery', 'Files are sent to your email as a download link straight after payment. Links stay active for 30 days.'],
  ['Refunds', 'Because files are digital we do not offer refunds once a download has started. Write to us if a file is faulty.'],
];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pixelmoss.shop/products/tidewater-line-icons"><title>${pTitle} &ndash; Pixelmoss</title>
<meta name="description" content="Tidewater is a set of 480 line icons drawn on a 24-pixel grid with a 1.5-pixel stroke.">
<meta property="og:site_name" content="Pixelmoss">
<meta property="og:type" content="product"><meta property="og:price:amount" content="39.00"><meta property="og:price:currency" content="EUR">
<script src="//pixelmoss.shop/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8123456789,"gid":
"gid://shopify/Product/8123456789","vendor":"Pixelmoss","type":"Icon set"},"page":{"pageType":"product","resourceType":"product"}};</script>
<link href="//pixelmoss.shop/cdn/shop/t/4/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","brand":{"@type":"Brand","name":"Pixelmoss"},
"offers":[{"@type":"Offer","price":"39.00","priceCurrency":"EUR","availability":"http://schema.org/InStock"}]}</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2245__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Spring sale: 30% off all bundles until 31 March</span></p></div></div></div>
<div id="shopify-section-sections--2245__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Pixelmoss</span></a></h1><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary>
</details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2250__main"
class="shopify-section section"><section id="MainProduct-template--2250__main" class="page-width section-template--2250__main-padding"
data-section="template--2250__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--2250__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><ul id="Slider-Gallery"
class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide
is-active"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media
media--transparent"><img src="//pixelmoss.shop/cdn/shop/files/tidewater-cover.png?v=1706&width=1946" alt="Grid of Tidewater icons" width="1946" height="1460"
loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2250__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">PIXELMOSS</p><div class="product__title"><h1>${pTitle}</h1>
<a href="/products/tidewater-line-icons" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2250__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">€39,00 EUR</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2250__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span></button><input class="quantity__input" type="number" name="quantity" value="1" min="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--2250__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span>
</button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(pIntro)}
<ul>${lis(pList)}</ul>
${ps([pOutro])}
</div>
${pTabs
  .map(
    ([h, t]) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-${h}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary><div class="accordion__content rte"><p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<div class="share-button"><button class="share-button__button hidden"><span>Share</span></button><details id="Details-share">
<summary class="share-button__button">
<span>Share</span></summary></details></div></section></div></div></section></section>
<section id="shopify-section-template--2250__related" class="shopify-section section"><product-recommendations class="related-products page-width"><h2
class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
<li class="grid__item"><h3 class="card__heading h5"><a href="/products/harbour-duotone-icons" class="full-unstyled-link">Harbour Duotone Icons</a></h3>
<span class="price-item price-item--regular">€29,00 EUR</span></li><li class="grid__item"><h3 class="card__heading h5"><a href="/products/tidewater-bundle"
class="full-unstyled-link">Tidewater Bundle</a></h3><span class="price-item price-item--regular">€59,00 EUR</span></li></ul></product-recommendations>
</section></main>
<footer class="footer color-scheme-1 gradient section-sections--2246__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2026, <a href="/" title="">Pixelmoss</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">${links(pFootShop)}</ul></div></div>
</div>
</footer><script src="//pixelmoss.shop/cdn/shop/t/4/assets/product-info.js?v=174806172978439001541" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout467-shopify-icon-set',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: [...texts(pIntro), ...pList, pOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Spring sale: 30% off all bundles until 31 March', 'Pixelmoss', ...pNav,
    '€39,00 EUR', 'Tax included.', 'Quantity', 'Add to cart', 'Buy it now', ...pTabs.map(([h]) => h), 'Share', 'You may also like',
    'Harbour Duotone Icons', '€29,00 EUR', 'Tidewater Bundle', '€59,00 EUR', 'Subscribe to our emails', 'Email', '© 2026, Pixelmoss', 'Powered by Shopify',
    ...pFootShop,
  ],
};

const dTitle = 'Salt and Timber: working harbours of the north coast';
const dIntro = [
  j(
    'This collection brings together 48 photographs of the small harbours between Gullhaven and Stenmouth, made by eleven',
    'contributors over the last three winters. We chose pictures of work rather than postcards: boats being painted, nets being',
    'mended, ice being broken on the slipway at six in the morning.',
  ),
  j(
    'Most of these harbours now land a fraction of the fish they did thirty years ago, and several of the yards shown here have',
    'since closed. The notes below are on six of the pictures we kept coming back to.',
  ),
];
const dNotes: [string, string][] = [
  ['Ice on the Gullhaven slip', 'Ada Thorsen waited four mornings for the tide and the low sun to meet. The figure with the axe is the harbour master.'],
  [
    'The last creel maker',
    j(
      'Piet Vannes photographed Olav Reid in the shed where he has made lobster creels since 1971.',
      'We picked the frame where his hands are blurred; it is the only one that shows how fast he works.',
    ),
  ],
  ['Red hulls, Stenmouth', 'A wide view of the winter lay-up, taken from the breakwater. The colour is straight out of the camera.'],
  ['Night landing', j("Landing prawns by the light of the boat's deck lamps. Hal Munro shot at a very high ISO and kept the grain,", 'which suits the hour.')],
];
const dNav = ['Search images', 'Collections', 'Contributors', 'Pricing', 'Sign in'];
const dCrumbs = ['Home', 'Collections'];
const dMore = ['Gullhaven harbour wall at high tide', 'Painting a wheelhouse', 'Fish boxes stacked on the quay', 'Winch detail, rusted'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.northlightarchive.org/collections/salt-and-timber">
<title>Salt and Timber: working harbours of the north coast | Northlight Archive</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xo1dH3e2bH9sXw.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxt">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2214","currentLanguage":"en"},
"ajaxTrustedUrl":[],"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-collection"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Northlight Archive</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button
class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
</div>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span>
</h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="2214" class="node node--type-collection
node--promoted node--view-mode-full"><div class="node__content"><div class="field field--name-field-curator field--type-entity-reference field--label-inline">
<div class="field__label">Curated by</div><div class="field__item">Maren Ekholm</div></div>
<div class="field field--name-field-image-count field--type-integer field--label-hidden field__item">48 images</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
${notes(dNotes, 'collection-note')}
</div></div></article></div></div><div class="views-element-container block block-views block-views-blockcollection-images-block-1"
id="block-olivero-views-block-collection-images"><h2 class="block__title">More in this collection</h2><div class="block__content"><div class="view
view-collection-images view-id-collection_images view-display-id-block_1"><div class="view-content"><ul class="image-grid">${dMore
  .map(
    (t, i) =>
      `<li class="views-row"><a href="/image/${2300 + i}"><img src="/sites/default/files/styles/thumb/public/${2300 + i}.jpg" alt=""></a><span>${t}</span>
</li>`,
  )
  .join('')}
</ul></div><nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item"><a href="?page=1" rel="next">View all 48
images</a></li></ul></nav></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<p>Northlight Archive is a cooperative owned by its photographers. Every sale pays the contributor 60%.</p></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?sbhdl5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout467-drupal-collection',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dNotes.map(([h]) => h),
  body: [...texts(dIntro), ...dNotes.map(([, p]) => p)],
  bylines: ['Curated by', 'Maren Ekholm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northlight Archive', 'Menu', ...dNav.filter((t) => t !== 'Collections'), 'Home', '48 images', 'More in this collection',
    ...dMore, 'View all 48 images', 'Northlight Archive is a cooperative owned by its photographers. Every sale pays the contributor 60%.', 'Powered by Drupal',
  ],
};

export const HELDOUT467_C: readonly TestPage[] = [shopify, drupal];
