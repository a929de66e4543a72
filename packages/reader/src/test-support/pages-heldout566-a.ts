import { links, ps, type TestPage } from './page-kit.js';
import { at, j, tidy } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file a: a honey shop's product page on Shopify (Dawn theme).
 */
const sTitle = 'Raw Wildflower Honey from the Lintmoor Valley';
const sBody = [
  j(
    'Our wildflower honey is taken from twelve hives kept along the hedgerows and water meadows of the Lintmoor Valley. The bees work',
    'hawthorn, bramble, clover and willowherb through the summer, so every jar tastes a little different from the last.',
  ),
  j(
    'We spin it cold, strain it once through a coarse mesh and jar it by hand in our shed at Hollowfield. Nothing is heated, blended',
    'or filtered out, which means it keeps its pollen and will set to a soft, spreadable texture within a few months.',
  ),
  'Tasting notes',
  'Light amber, floral and buttery, with a faint lemony finish from the lime trees along the lane.',
  'Storage and crystallisation',
  j(
    'Keep the jar at room temperature with the lid on tight. Raw honey crystallises naturally; if you prefer it runny, stand the jar',
    'in warm (not hot) water for twenty minutes and stir.',
  ),
  'Not suitable for children under 12 months.',
];
const sNav = ['Shop all', 'Honey', 'Beeswax', 'Gift boxes', 'Our bees', 'Contact'];
const sShip = j(
  'We send orders on Mondays and Thursdays by Royal Mail Tracked 48. Jars are wrapped in recycled paper padding.',
  'Let us know within 14 days if anything arrives broken.',
);
const sRel = ['Heather Honey 340g', 'Soft Set Spring Honey', 'Honeycomb Slab 200g', 'Beeswax Tealights, Set of 12'];
const sFootA = ['Search', 'Shipping', 'Refund policy', 'Wholesale', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowfieldhoney.co.uk/products/raw-wildflower-honey">
<title>${sTitle} &ndash; Hollowfield Honey</title>
<meta name="description" content="Cold-spun raw wildflower honey from twelve hives in the Lintmoor Valley.">
<meta property="og:site_name" content="Hollowfield Honey"><meta property="og:type" content="product"><meta property="og:price:amount" content="8.50">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollowfield-honey.myshopify.com";Shopify.locale = "en";Shopify.currency =
{"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":136482019,"schema_name":"Dawn","schema_version":"12.0.0","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Hollowfield Honey"},
"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":8.5,"priceCurrency":"GBP"}]}</script>
<link href="//hollowfieldhoney.co.uk/cdn/shop/t/3/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-text:18,18,18;--page-width:120rem;}</style>
<script src="//hollowfieldhoney.co.uk/cdn/shop/t/3/assets/global.js?v=1" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search" class="search
search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hollowfield Honey</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><section id="MainProduct-template--2__main"
class="page-width section-template--2__main-padding" data-section="template--2__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--2__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--2__main" class="slider-mobile-gutter"><a class="skip-to-content-link button visually-hidden quick-add-hidden"
href="#ProductInfo-template--2__main">Skip to product information</a><ul id="Slider-Gallery-template--2__main" class="product__media-list
contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active" data-media-id="template--2__main-2901"><div class="product-media-container
media-type-image media-fit-contain global-media-settings gradient constrain-height">
<modal-opener class="product__modal-opener product__modal-opener--image no-js-hidden" data-modal="#ProductModal-template--2__main">
<img class="image-magnify-lightbox" src="//hollowfieldhoney.co.uk/cdn/shop/files/wildflower-jar.jpg?v=1&width=1946" alt="A jar of pale gold honey on a
wooden board" width="973" height="973">
</modal-opener></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hollowfield Apiary</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/raw-wildflower-honey" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--2__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">£8.50 GBP</span></div>
</div><span class="badge price__badge-sale color-scheme-4">Sale</span><span class="badge price__badge-sold-out color-scheme-3">Sold out</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--2__main" data-section="template--2__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Size</legend><input type="radio" id="template--2__main-1-0" name="Size" value="227g" checked><label
for="template--2__main-1-0">227g</label>
<input type="radio" id="template--2__main-1-1" name="Size" value="454g"><label for="template--2__main-1-1">454g</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease
quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--2__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button>
</quantity-input></div>
<product-form class="product-form" data-section-id="template--2__main"><form method="post" action="/cart/add" id="product-form-template--2__main"
class="form" novalidate>
<input type="hidden" name="id" value="44190230">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--2__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary">
<span>Add to cart</span><div class="loading__spinner hidden"></div></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded" type="button">Buy it now</button></div>
</div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(at(sBody, 0, 1))}<h3>${sBody[2]}</h3>${ps(at(sBody, 3))}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_1-template--2__main"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${sBody[4]}</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab_1-template--2__main">
${ps(at(sBody, 5, 6))}</div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_2-template--2__main"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary><div class="accordion__content rte"><p>${sShip}</p></div>
</details></div>
<share-button id="Share-template--2__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon
icon-share"></svg>Share</button>
<details id="Details-share-template--2__main"><summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--2__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2__main" value="https://hollowfieldhoney.co.uk/products/raw-wildflower-honey" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label></div></div></details></share-button>
<a href="/products/raw-wildflower-honey" class="link product__view-details animate-arrow">View full details</a>
</section></div></div></section></section>
<div id="shopify-section-template--2__related-products" class="shopify-section"><div class="color-scheme-1 gradient no-heading">
<product-recommendations class="related-products page-width section-template--2__related-products-padding isolate"
data-section-id="template--2__related-products">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop
grid--2-col-tablet-down" role="list">
${sRel
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard
card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/r${i}"
class="full-unstyled-link">${t.replace(/&/g, '&amp;')}</a></h3>
<div class="card-information"><div class="price"><span class="price-item price-item--regular">From £${6 + i}.95 GBP</span></div></div></div></div>
</div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></div></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFootA)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--3__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Hollowfield
Honey</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a>
</small></div></div></footer></div>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8012,"vendor":"Hollowfield
Apiary","type":"Honey"}};</script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout566-shopify-dawn-honey-product',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: at(sBody, 2, 4),
  body: sBody.filter((_, i) => i !== 2 && i !== 4),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Hollowfield Honey', ...sNav, 'Log in', 'Cart', 'Skip to product information',
    'Hollowfield Apiary', 'Regular price', '£8.50 GBP', 'Tax included. Shipping calculated at checkout.', 'Size', '227g', '454g',
    'Quantity', `Decrease quantity for ${sTitle}`, `Increase quantity for ${sTitle}`, 'Add to cart',
    'Buy it now', 'Shipping & returns', sShip, 'Share', 'Link', 'View full details', 'You may also like', ...sRel, 'From £6.95 GBP',
    'From £7.95 GBP', 'From £8.95 GBP', 'From £9.95 GBP', 'Quick links', 'Search', 'Shipping', 'Refund policy', 'Wholesale',
    'Subscribe to our emails', 'Email', '© 2026, Hollowfield Honey', 'Powered by Shopify',
  ],
};

export const HELDOUT566_A: readonly TestPage[] = [tidy(shopify)];
