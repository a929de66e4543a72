import { links, ps, type TestPage } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/** Held-out batch 642, file b2: a ghost walk ticket sold as a product on Shopify (Dawn theme) with collapsible tabs. */
const pTitle = 'Blackwater Ghost Walk – Adult Ticket';
const pDesc = [
  j(
    'Seventy-five minutes through the lanes of Blackwater after dark, with the stories the town would rather forget: the drowned',
    'excise man, the grey nurse of the old infirmary and the locked room above the Anchor.',
  ),
  'Suitable for ages 12 and over. Under-16s must be with a paying adult.',
];
const pTabs = [
  ['Meeting point', 'Outside the Anchor Inn, Quay Street. Your guide will be carrying a lantern and a clipboard.'],
  ['Accessibility', 'The route has two flights of steps and some cobbles. Please get in touch before booking if you use a wheelchair.'],
  ['Cancellations', 'Full refund up to 48 hours before the walk. Walks go ahead in rain; we only cancel for storms, and then refund in full.'],
];
const pNav = ['Home', 'Ghost Walks', 'Gift Vouchers', 'FAQ', 'Contact'];
const pDates = ['Fri 30 Oct, 7:30pm', 'Sat 31 Oct, 7:30pm', 'Sat 31 Oct, 9:30pm'];
const pRel = [
  ['Blackwater Ghost Walk – Child Ticket', '£9.00 GBP'],
  ['Gift Voucher', 'From £16.00 GBP'],
];
const pFoot = ['Search', 'Terms of Service', 'Refund policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://blackwaterghostwalks.co.uk/products/ghost-walk-adult"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${pTitle} &ndash; Blackwater Ghost Walks</title><meta name="description" content="Seventy-five minutes through the lanes of Blackwater after dark.">
<meta property="og:site_name" content="Blackwater Ghost Walks"><meta property="og:type" content="product"><meta property="og:price:amount" content="16.00">
<meta property="og:price:currency" content="GBP"><script src="//blackwaterghostwalks.co.uk/cdn/shop/t/3/assets/constants.js?v=58251544750838685771696"
defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"product":{"id":8123,"vendor":"Blackwater Ghost Walks",
"type":"Tour"},"page":{"pageType":"product","resourceType":"product","resourceId":8123}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"16.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//blackwaterghostwalks.co.uk/cdn/shop/t/3/assets/base.css?v=88290808517547527771696" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--header__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message center h5"><span>Gift vouchers never expire</span></p></div></div></div>
<div id="shopify-section-sections--header__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce" tabindex="-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(pNav, 'menu-drawer__menu-item list-menu__item link link--text focus-inset')}</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Blackwater Ghost Walks</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav.map((t) => `<li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section"><section id="MainProduct-template--1__main"
class="page-width section-template--1__main-padding" data-section="template--1__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer" data-desktop-layout="thumbnail_slider"><div id="GalleryStatus-template--1__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--1__main" class="slider-mobile-gutter"><a class="skip-to-content-link button visually-hidden quick-add-hidden"
href="#ProductInfo-template--1__main">Skip to product information</a><ul id="Slider-Gallery-template--1__main" class="product__media-list contains-media grid
grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container
media-type-image media-fit-contain global-media-settings gradient constrain-height"><div class="product__media media media--transparent">
<img src="//blackwaterghostwalks.co.uk/cdn/shop/products/lantern.jpg?v=1696&width=1946" alt="Guide with lantern on Quay Street" width="1946"
height="1297"></div>
</div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">BLACKWATER GHOST WALKS</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/ghost-walk-adult" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<p class="product__text inline-richtext"></p><div class="no-js-hidden" id="price-template--1__main" role="status"><div
class="price price--large price--show-badge">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£16.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-radios id="variant-radios-template--1__main" class="no-js-hidden" data-section="template--1__main" data-url="/products/ghost-walk-adult">
<fieldset class="js product-form__input"><legend class="form__label">Date</legend>
${pDates
  .map(
    (d, i) => `<input type="radio" id="template--1__main-1-${i}" name="Date" value="${d}" form="product-form-template--1__main"${i === 0 ? ' checked' : ''}>
<label for="template--1__main-1-${i}">${d}<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}
</fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1__main">Quantity
<span class="quantity__rules-cart no-js-hidden hidden"><span class="loading-overlay hidden"></span>(<span class="quantity-cart">0</span> in cart)</span></label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1__main" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button>
</quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><div class="product-form__error-message-wrapper" role="alert" hidden>
<span class="product-form__error-message"></span></div><form method="post" action="/cart/add" id="product-form-template--1__main" accept-charset="UTF-8"
class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span><div class="loading-overlay__spinner hidden"></div></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy
it
now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}</div>
${pTabs
  .map(
    (t, i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}-template--1__main">
<summary><div class="summary__title"><svg class="icon icon-accordion color-foreground-text" aria-hidden="true"></svg><h2 class="h4 accordion__title
inline-richtext">${t[0]}</h2></div><svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${i}-template--1__main"><p>${t[1]}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--1__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details
id="Details-share">
<summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage"
class="visually-hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl" value="https://blackwaterghostwalks.co.uk/products/ghost-walk-adult" readonly>
<label class="field__label" for="ShareUrl">Link</label></div></div></details></share-button>
<a href="/products/ghost-walk-adult" class="link product__view-details animate-arrow">View full details</a></section></div></div></section></section>
<section id="shopify-section-template--1__related" class="shopify-section section"><div class="color-background-1 gradient"><product-recommendations
class="related-products page-width section-template--1__related-padding isolate" data-url="/recommendations/products?limit=4">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--2-col-desktop" role="list">
${pRel
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${r[0]}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span
class="visually-hidden visually-hidden--inline">Regular
price</span><span class="price-item price-item--regular">${r[1]}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Blackwater Ghost Walks</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">
${pFoot.map((t) => `<li><small class="copyright__content"><a href="/policies/x">${t}</a></small></li>`).join('\n')}</ul></div></div></div></footer>
<script src="//blackwaterghostwalks.co.uk/cdn/shop/t/3/assets/product-info.js?v=1696" defer="defer"></script></body></html>`;
const shopify: TestPage = settle({
  name: 'heldout642-shopify-ticket-product',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pTabs.map((t) => t[0] ?? ''),
  body: [...pDesc, ...pTabs.map((t) => t[1] ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Gift vouchers never expire', ...pNav, 'Blackwater Ghost Walks', 'Search', 'Cart', 'Skip to product information',
    'BLACKWATER GHOST WALKS', 'Regular price', '£16.00 GBP', 'Tax included.', 'Date', ...pDates, 'Variant sold out or unavailable', 'Quantity', `Decrease
quantity for ${pTitle}`,
    `Increase quantity for ${pTitle}`, 'Add to cart', 'Buy it now', 'Share', 'Link', 'View full details', 'You may also like', ...pRel.flat(),
    'Subscribe to our emails', 'Email', '© 2026, Blackwater Ghost Walks', 'Powered by Shopify', ...pFoot,
  ],
});

export const HELDOUT642_B2: readonly TestPage[] = [shopify];
