import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tidy } from './pages-heldout664-kit.js';

/**
 * Held-out batch 664, file a: a hand-dyed sock yarn product page of a yarn shop on Shopify (Dawn theme) with collapsible tabs,
 * and a knitting pattern (PDF download) product page on WooCommerce with the Storefront theme, its tabs and two reviews.
 */
const sTitle = 'Fell Sock 4ply – Peat Bog';
const sDesc = [
  j(
    'Peat Bog is the colour of the moor above Kirkby Fenwick after a week of rain: a deep brown shot through with olive and a few',
    'flecks of rust where the dye breaks on the twist. It knits up into a quiet, semi-solid fabric that shows off texture and cables.',
  ),
  j(
    'Fell Sock is our everyday sock base, a tightly plied blend of Bluefaced Leicester and nylon that wears well at heels and toes',
    'and keeps its bounce after many washes. One skein is enough for a pair of adult socks up to a UK size 8 with a standard leg.',
  ),
  j(
    'Every skein is dyed by hand in small batches of twelve, so there will be some difference between dye lots. If you need more',
    'than one skein for a larger project, please order them together and we will send them from the same pot.',
  ),
];
const sFacts = ['75% Bluefaced Leicester wool, 25% nylon', '100 g / 400 m (437 yds)', 'Suggested needles 2.25–3 mm', 'Tension: 32 stitches to 10 cm'];
const sCare = j(
  'Hand wash in cool water with a wool wash and lay flat to dry. Superwash treated, so it can go in the machine on a wool cycle at',
  '30°C, but hand washing will keep the colour bright for longer. Do not tumble dry.',
);
const sNav = ['Shop all', 'Yarn', 'Kits', 'Patterns', 'Notions', 'Workshops', 'About'];
const sRel = ['Fell Sock 4ply – Heather Burn', 'Fell Sock 4ply – Slate', 'Bracken DK – Peat Bog', 'Sock blocker pair'];
const sFootShop = ['Search', 'Shipping', 'Returns and refunds', 'Wholesale', 'Contact'];
const sShip = j(
  'UK orders are dispatched within three working days. Orders over £60 ship free within the UK. Unused yarn can be returned within',
  '30 days of delivery.',
);
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://fenwickyarn.co.uk/products/fell-sock-4ply-peat-bog">
<title>${sTitle} &ndash; Fenwick Yarn Co.</title><meta name="description"
content="Peat Bog is the colour of the moor above Kirkby Fenwick after a week of rain.">
<meta property="og:site_name" content="Fenwick Yarn Co."><meta property="og:type" content="product"><meta property="og:price:amount" content="16.50">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fenwick-yarn.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141227393071,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Fenwick Yarn Co."},
"offers":[{"@type":"Offer","price":"16.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//fenwickyarn.co.uk/cdn/shop/t/4/assets/base.css?v=10942" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-background-1:255,255,255}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18295__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK shipping on orders over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--18295__header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//fenwickyarn.co.uk/cdn/shop/files/logo.png"
alt="Fenwick Yarn Co." class="header__heading-logo motion-reduce" width="180" height="60"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--18301__main" class="shopify-section section"><section id="MainProduct-template--18301__main"
class="page-width section-template--18301__main-padding" data-section="template--18301__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--18301__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--18301__main" class="visually-hidden" role="status"></div>
<ul id="Slider-Gallery-template--18301__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain
global-media-settings">
<img src="//fenwickyarn.co.uk/cdn/shop/files/fell-sock-peat-bog.jpg?v=1712&width=1946" alt="Skein of brown sock yarn on a stone wall" width="1946"
height="1946"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--18301__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fenwick Yarn Co.</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/fell-sock-4ply-peat-bog" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--18301__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">£16.50 GBP</span>
</div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--18301__main"
data-section="template--18301__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Weight</legend><input type="radio" id="w-1" name="Weight" value="4ply" checked><label for="w-1">4ply</label>
<input type="radio" id="w-2" name="Weight" value="Mini skein 20 g"><label for="w-2">Mini skein 20 g</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--18301__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus"
type="button"><span class="visually-hidden">Decrease quantity for ${sTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" id="Quantity-template--18301__main" min="1" value="1">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${sTitle}</span></button></quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><form method="post" action="/cart/add" id="product-form-template--18301__main" class="form">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--18301__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}<ul>${lis(sFacts)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_care-template--18301__main"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Care</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_care-template--18301__main"><p>${sCare}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_ship-template--18301__main"><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Shipping and returns</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_ship-template--18301__main"><p>${sShip}</p></div></details></div>
<share-button id="Share-template--18301__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button>
<details id="Details-template--18301__main"><summary class="share-button__button"><span>Share</span></summary></details></share-button>
</product-info></div></div></section></section>
<section id="shopify-section-template--18301__related-products" class="shopify-section section"><product-recommendations class="related-products page-width"
data-url="/recommendations/products?section_id=template--18301__related-products&amp;product_id=8012&amp;limit=4">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${sRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3>
<div class="price"><span class="price-item price-item--regular">£16.50 GBP</span></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<div id="shopify-section-sections--18296__footer"
class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFootShop)}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the dye pot list</h2>
<p>New colourways and shop updates once a month.</p><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--18296__footer" type="email" name="contact[email]"
placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--18296__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__localization isolate"><localization-form><h2 class="caption-large
text-body">Country/region</h2>
<button class="disclosure__button localization-form__select">United Kingdom | GBP £</button></localization-form></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Fenwick Yarn Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__title">Cookies</h2><p>We use cookies to give you the best experience on our store.</p>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-decline">Decline</button><button id="shopify-pc__banner__btn-accept">Accept</button>
</div></div></div>
<script src="//fenwickyarn.co.uk/cdn/shop/t/4/assets/product-info.js?v=1912" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout664-shopify-sock-yarn',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Care'],
  body: texts([...sDesc, ...sFacts, sCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK shipping on orders over £60', ...sNav, 'Fenwick Yarn Co.', 'Regular price', '£16.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Weight', '4ply', 'Mini skein 20 g', 'Quantity', 'Add to cart', 'Buy it now',
    'Shipping and returns', sShip, 'Share', 'You may also like', ...sRel, 'Help', ...sFootShop, 'Join the dye pot list',
    'New colourways and shop updates once a month.', 'Email', 'Country/region', 'United Kingdom | GBP £', '© 2026, Fenwick Yarn Co.', 'Powered by Shopify',
    'Cookies', 'We use cookies to give you the best experience on our store.', 'Decline', 'Accept',
  ],
};

export const HELDOUT664_A: readonly TestPage[] = [shopify].map(tidy);
