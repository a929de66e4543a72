import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout665-kit.js';

/** Held-out batch 665, file a2: a wallpaper product page on Shopify (Dawn theme) with collapsible tabs and "You may also like". */
const sTitle = 'Fennick Fern Wallpaper';
const sDesc = [
  j(
    'A trailing fern drawn in ink by our studio and printed in two colours on a heavyweight non-woven base. The fronds overlap',
    'at different depths, so the pattern reads as a soft texture from across the room and as a botanical drawing up close.',
  ),
  'Sage is a grey-green ground with fronds in deep moss and a faint chalk highlight.',
];
const sSpecs = ['Roll size: 10.05 m x 52 cm', 'Pattern repeat: 64 cm, half drop', 'Paste the wall', 'Washable', 'Made in Brackenfold'];
const sCare = [
  j(
    'Order enough rolls from one batch to finish the room, as colours can vary slightly between print runs. Check the batch',
    'number on each roll before you start and hang a test length before cutting the rest.',
  ),
  'Wipe marks off with a damp sponge. Do not use abrasive cleaners or solvents.',
];
const sNav = ['Shop all', 'Wallpaper', 'Fabric', 'Samples', 'Our studio', 'Trade'];
const sRel = ['Hollin Leaf Wallpaper – Ochre', 'Marsh Grass Wallpaper – Ink', 'Fennick Fern Fabric – Sage', 'Tidemark Stripe Wallpaper – Clay'];
const sFootA = ['Contact us', 'Delivery', 'Returns', 'Hanging guide', 'FAQ'];
const sFootB = ['Privacy policy', 'Refund policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://loomhouse.co.uk/products/fennick-fern-wallpaper-sage"><title>${sTitle} &ndash; Sage &ndash; Loomhouse</title>
<meta name="description" content="A trailing fern drawn in ink by our studio and printed in two colours on a heavyweight non-woven base.">
<meta property="og:site_name" content="Loomhouse"><meta property="og:type" content="product"><meta property="og:price:amount" content="68.00">
<script src="//loomhouse.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta =
{"product":{"id":8012345678,"vendor":"Loomhouse","type":"Wallpaper"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Loomhouse"},
"offers":[{"@type":"Offer","price":"68.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//loomhouse.co.uk/cdn/shop/t/7/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section shopify-section-header-sticky">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//loomhouse.co.uk/cdn/shop/files/loomhouse-logo.png?width=180"
alt="Loomhouse" width="180" height="42" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--21034__main" class="shopify-section section"><section id="MainProduct-template--21034__main"
class="page-width section-template--21034__main-padding" data-section="template--21034__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--21034__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-template--21034__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--21034__main" class="slider-mobile-gutter">
<ul id="Slider-Gallery-template--21034__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<div class="product__media media media--transparent">
<img src="//loomhouse.co.uk/cdn/shop/files/fennick-sage-roll.jpg?width=1946" alt="Fennick Fern wallpaper in Sage, roll"
width="1946" height="1946" loading="lazy"></div></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><div id="ProductInfo-template--21034__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">LOOMHOUSE STUDIO</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/fennick-fern-wallpaper-sage" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--21034__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£68.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--21034__main"><fieldset class="js product-form__input"><legend class="form__label">Colour</legend>
<input type="radio" id="template--21034__main-1-0" name="Colour" value="Sage" checked><label for="template--21034__main-1-0">Sage</label>
<input type="radio" id="template--21034__main-1-1" name="Colour" value="Ink"><label for="template--21034__main-1-1">Ink</label>
<input type="radio" id="template--21034__main-1-2" name="Colour" value="Ochre"><label for="template--21034__main-1-2">Ochre</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--21034__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--21034__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus"
type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<product-form class="product-form">
<form method="post" action="/cart/add" id="product-form-template--21034__main" class="form" enctype="multipart/form-data" novalidate>
<div class="product-form__buttons">
<button id="ProductSubmitButton-template--21034__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<a href="/products/fennick-fern-sample" class="link underlined-link">Order a sample (£3.50)</a>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_specs-template--21034__main"><summary>
<div class="summary__title">
<svg class="icon icon-accordion color-foreground-text" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">Specifications</h2></div>
</summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_specs-template--21034__main"><ul>${lis(sSpecs)}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_care-template--21034__main"><summary>
<div class="summary__title">
<svg class="icon icon-accordion color-foreground-text" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">Hanging and care</h2></div>
</summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_care-template--21034__main">${ps(sCare)}</div></details></div>
<share-button id="Share-template--21034__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg aria-hidden="true">
</svg>Share</button>
<details><summary class="share-button__button"><svg aria-hidden="true"></svg>Share</summary></details></share-button></div></div></div></section></section>
<section id="shopify-section-template--21034__related-products" class="shopify-section section"><div class="color-background-1 gradient no-heading">
<product-recommendations class="related-products page-width section-template--21034__related-products-padding isolate">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">
${sRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${t}</a></h3><div class="price">
<span class="price-item price-item--regular">£68.00 GBP</span></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootA)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true"></svg></button></div></div>
</form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, 
<a href="/" title="">Loomhouse</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sFootB)}</ul></div></div></div></footer></div>
<script>window.shopUrl = 'https://loomhouse.co.uk';window.routes = {cart_add_url: '/cart/add'};</script></body></html>`;
const dawn: TestPage = {
  name: 'heldout665-shopify-dawn-wallpaper',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Specifications', 'Hanging and care'],
  body: texts([...sDesc, ...sSpecs, ...sCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...sNav.filter((t) => t !== 'Wallpaper'),
    'Log in', 'Cart', 'LOOMHOUSE STUDIO', 'Regular price', '£68.00 GBP',
    'Tax included. Shipping calculated at checkout.', 'Colour', 'Ochre', 'Quantity', 'Decrease quantity for Fennick Fern Wallpaper',
    'Increase quantity for Fennick Fern Wallpaper', 'Add to cart', 'Buy it now', 'Order a sample (£3.50)', 'Share', 'You may also like', ...sRel,
    'Help', ...sFootA, 'Subscribe to our emails', 'Email', '© 2027, Loomhouse', 'Powered by Shopify', ...sFootB,
  ],
};

export const HELDOUT665_A2: readonly TestPage[] = [dawn];
