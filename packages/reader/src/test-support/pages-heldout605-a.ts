import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file a: a farm dairy's cheese profile on a Shopify store (Dawn theme), with price, variant picker,
 * closed accordions and product recommendations.
 */
const sTitle = 'Coldharrow Blue';
const sIntro = [
  j(
    'Coldharrow Blue is made by hand from the morning milk of our forty Shorthorns, grazed on the limestone pastures above the',
    'farm. The curd is cut small, hooped without pressing and pierced at four weeks so the blue can breathe.',
  ),
  j(
    'At ten weeks the paste is pale ivory and soft enough to spread, with veining that runs from the centre out to a rough,',
    'natural rind. It is gentler than most English blues: think buttered mushrooms, with a finish of salted caramel.',
  ),
];
const sNotesH = 'Tasting notes';
const sNotes = [
  '<strong>Texture:</strong> creamy at the edge, a little crumbly at the heart',
  '<strong>Flavour:</strong> mushroom, butter and a peppery blue finish',
  '<strong>Pairs with:</strong> oatcakes, ripe pears and a glass of sweet oloroso',
];
const sServeH = 'How we serve it';
const sServe = [
  j(
    'Take it out of the fridge an hour before you eat it. We like it crumbled over a warm salad of roasted beetroot, or melted',
    'into a sauce for steak at the very last moment so it keeps some of its bite.',
  ),
];
const sNav = ['Shop all cheese', 'Hampers', 'Our farm', 'Visit', 'Journal'];
const sRec = ['Ashcombe Crumbly', '£7.20 GBP', 'Little Ashcombe Brie', '£11.50 GBP', 'Cheese lover’s hamper', '£48.00 GBP', 'Damson paste', '£4.95 GBP'];
const sHelp = ['Search', 'Delivery', 'Returns', 'Contact us', 'Wholesale'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://ashcombefarmdairy.co.uk/products/coldharrow-blue"><link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${sTitle} &ndash; Ashcombe Farm Dairy</title>
<meta name="description" content="Coldharrow Blue is made by hand from the morning milk of our forty Shorthorns.">
<meta property="og:site_name" content="Ashcombe Farm Dairy"><meta property="og:type" content="product"><meta property="og:price:amount" content="9.80">
<script src="//ashcombefarmdairy.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"currency":"GBP","product":{"id":8823410,"vendor":"Ashcombe Farm Dairy"}};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; --buttons-radius: 0px; }</style>
<link href="//ashcombefarmdairy.co.uk/cdn/shop/t/7/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Ashcombe Farm Dairy"},
"offers":[{"@type":"Offer","price":"9.80","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17604--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £45, dispatched Monday to Wednesday</span></p></div></div></div></div>
<div id="shopify-section-sections--17604--header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//ashcombefarmdairy.co.uk/cdn/shop/files/logo.png"
alt="Ashcombe Farm Dairy" width="180" height="64" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17611__main" class="shopify-section section"><section id="MainProduct-template--17611__main"
class="page-width section-template--17611__main-padding" data-section="template--17611__main">
<div class="product product--medium product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--17611__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--17611__main" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-template--17611__main" class="slider-mobile-gutter"><ul id="Slider-Gallery-template--17611__main"
class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li id="Slide-template--17611__main-3010" class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image">
<img src="//ashcombefarmdairy.co.uk/cdn/shop/products/coldharrow-blue.jpg?v=1704&width=1946" alt="A cut wedge of Coldharrow Blue on a slate"
width="1946" height="1946" loading="lazy"></div></li></ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><product-info id="ProductInfo-template--17611__main" data-section="template--17611__main"
class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Ashcombe Farm Dairy</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/coldharrow-blue" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<p class="product__text inline-richtext">Handmade blue, ten weeks old</p>
<div class="no-js-hidden" id="price-template--17611__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£9.80 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--17611__main"
data-section="template--17611__main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Size</legend><input type="radio" id="size-250" name="Size" value="250g" checked><label for="size-250">250g</label>
<input type="radio" id="size-500" name="Size" value="500g"><label for="size-500">500g</label>
<input type="radio" id="size-half" name="Size" value="Half wheel (1.2kg)"><label for="size-half">Half wheel (1.2kg)</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--17611__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">−</button><input class="quantity__input" type="number"
name="quantity"
id="Quantity-template--17611__main" value="1" min="1"><button class="quantity__button" name="plus" type="button">+</button></quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><form method="post" action="/cart/add" id="product-form-template--17611__main"
class="form" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="id" value="45210377">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--17611__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button"
class="shopify-payment-button"><button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it
now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps(sIntro)}
<h3>${sNotesH}</h3><ul>${lis(sNotes)}</ul>
<h3>${sServeH}</h3>${ps(sServe)}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_1-template--17611__main"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">Ingredients &amp; allergens</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_1"><p>Raw cow’s milk, salt, starter cultures, Penicillium roqueforti, animal rennet.
Contains milk.</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_2-template--17611__main"><summary><div class="summary__title">
<svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">Delivery &amp; storage</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_2"><p>Sent chilled by next-day courier. Keep wrapped in waxed paper in the
salad drawer and eat within two weeks.</p></div></details></div>
<share-button id="Share-template--17611__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</button><details id="Details-share-template--17611__main"><summary class="share-button__button"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</summary></details></share-button>
</product-info></div></div></section></section>
<div id="shopify-section-template--17611__related-products" class="shopify-section"><product-recommendations class="related-products page-width isolate"
data-url="/recommendations/products?limit=4"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop" role="list">
${[0, 2, 4, 6]
  .map(
    (i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/${i}" class="full-unstyled-link">${sRec[i]}</a></h3>
<div class="card-information"><div class="price"><span class="price-item price-item--regular">${sRec[i + 1]}</span></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></main>
<div id="shopify-section-sections--17605--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(sHelp)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>Ashcombe Farm, Coldharrow Lane, Upper Wenning</p><p>Farm shop open Thursday to Sunday, 9am to 4pm</p></div></div></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Join the dairy letter</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17605__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17605__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Ashcombe Farm Dairy</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div></footer></div>
<script src="//ashcombefarmdairy.co.uk/cdn/shop/t/7/assets/product-info.js?v=1746" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout605-shopify-cheese-profile',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sNotesH, sServeH],
  body: texts([...sIntro, ...sNotes, ...sServe]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £45, dispatched Monday to Wednesday', ...sNav, 'Log in', 'Cart', 'Ashcombe Farm Dairy',
    'Handmade blue, ten weeks old', 'Regular price', '£9.80 GBP', 'Tax included. Shipping calculated at checkout.', 'Size', '250g', '500g',
    'Half wheel (1.2kg)', 'Quantity', 'Add to cart', 'Buy it now', 'Ingredients & allergens', 'Delivery & storage', 'Share', 'You may also like', ...sRec,
    'Help', ...sHelp, 'Find us', 'Ashcombe Farm, Coldharrow Lane, Upper Wenning', 'Farm shop open Thursday to Sunday, 9am to 4pm', 'Join the dairy letter',
    'Email', 'Payment methods', '© 2026, Ashcombe Farm Dairy', 'Powered by Shopify',
  ],
};

export const HELDOUT605_A: readonly TestPage[] = [shopify];
