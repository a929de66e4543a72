import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file a: a florist's bridal bouquet product page on Shopify (Dawn theme) with its collapsible tabs,
 * and a wedding planner's month-by-month planning checklist on WordPress (Astra theme) with a table of contents and comments.
 */
const sTitle = 'The Hollis Bridal Bouquet';
const sDesc = [
  j(
    'Named for the walled garden at Hollis House, this bouquet is loose, airy and a little wild, built to look as though it was',
    'gathered on the walk to the ceremony. We start with garden roses in blush and apricot, add ranunculus and sweet peas when',
    'they are in season, and finish with trailing jasmine and silver-dollar eucalyptus.',
  ),
  j(
    'Every Hollis bouquet is made by hand in our studio on the morning of your wedding and hand-tied with silk ribbon in your',
    'choice of ivory, sage or dusty rose. No two are exactly alike: we buy from local growers first, so the mix changes a little',
    'from week to week.',
  ),
];
const sInside = [
  'Garden roses in blush and apricot',
  'Ranunculus or sweet peas, depending on the season',
  'Spray roses and waxflower',
  'Trailing jasmine and silver-dollar eucalyptus',
  'Hand-tied stems wrapped in silk ribbon',
];
const sSizes = j(
  'The Classic size is about 30 cm across and suits most brides; Lush adds a third more flowers, and Statement is a generous',
  '45 cm cascade for a long dress or a large venue.',
);
const sCare = j(
  'Keep your bouquet in a vase of cool water until the ceremony, trimming a centimetre from the stems if it has been out of water',
  'for more than an hour. Keep it out of direct sun and away from car heaters. Garden roses open quickly in warm rooms, so leave it',
  'somewhere cool overnight if you want it to last for the reception.',
);
const sDelivery = j(
  'We deliver wedding orders within 40 km of our studio in Larkhaven between 7 am and 11 am on the day. You can also collect from',
  'the studio from 8 am. Orders must be placed at least three weeks before the wedding date; for bridal party sets, please book a',
  'consultation.',
);
const sNav = ['Shop', 'Weddings', 'Sympathy', 'Workshops', 'Our story', 'Contact'];
const sRel = ['The Wren Buttonhole', '$24.00 USD', 'Bridesmaid Posy in Sage', '$64.00 USD', 'Meadow Flower Crown', '$78.00 USD'];
const sQuick = ['Search', 'Wedding enquiries', 'Delivery areas', 'Gift cards'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sAcc = (id: string, title: string, text: string): string => `<details id="Details-collapsible_tab_${id}-template--1588__main">
<summary><div class="summary__title"><svg class="icon icon-accordion" aria-hidden="true" focusable="false"></svg>
<h2 class="h4 accordion__title inline-richtext">${title}</h2></div><svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${id}-template--1588__main"><p>${text}</p></div></details>`;
const sCard = (name: string, price: string): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent">
<img src="//fernandfable.com/cdn/shop/files/${name.length}.jpg?width=533" alt="${name}" loading="lazy" width="533" height="533"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${name.length}"
class="full-unstyled-link">${name}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${price}</span>
</div></div></div></div></div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://fernandfable.com/products/hollis-bridal-bouquet">
<title>${sTitle} &ndash; Fern &amp; Fable Flowers</title><meta name="description" content="Loose, garden-style bridal bouquet with garden roses.">
<meta property="og:site_name" content="Fern &amp; Fable Flowers"><meta property="og:type" content="product"><meta property="og:price:amount" content="185.00">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fern-and-fable.myshopify.com";Shopify.theme = {"name":"Dawn","id":1361,"role":"main"};</script>
<script>var meta = {"product":{"id":8120,"vendor":"Fern \\u0026 Fable Flowers","type":"Bridal bouquet","variants":[{"id":44012,"price":18500}]}};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --color-base-text: 18, 18, 18; --page-width: 120rem; }</style>
<link href="//fernandfable.com/cdn/shop/t/4/assets/base.css?v=1480" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5"><span>Free local delivery on wedding orders over
$250</span></p>
</div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1
gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce" tabindex="-1"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu
list-menu"
role="list">${links(sNav)}</ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><img src="//fernandfable.com/cdn/shop/files/fern-fable-logo.png?width=300"
alt="Fern &amp; Fable Flowers" width="300" height="90" class="header__heading-logo"></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary>
</details></details-modal><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"
aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1588__main" class="shopify-section section"><section id="MainProduct-template--1588__main"
class="page-width section-template--1588__main-padding" data-section="template--1588__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1588__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul id="Slider-Gallery-template--1588__main" class="product__media-list contains-media grid grid--peek list-unstyled slider
slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image
media-fit-contain global-media-settings gradient constrain-height"><div class="product__media media media--transparent">
<img src="//fernandfable.com/cdn/shop/files/hollis-1.jpg?width=1946" alt="Loose bridal bouquet of blush garden roses and jasmine" width="1946"
height="2432"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1588__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fern &amp; Fable Flowers</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/hollis-bridal-bouquet" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1588__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$185.00 USD</span></div></div></div></div>
<div class="product__tax caption rte">Taxes included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden" data-section="template--1588__main" data-url="/products/hollis-bridal-bouquet"><fieldset class="js product-form__input">
<legend class="form__label">Size</legend><input type="radio" id="template--1588__main-1-0" name="Size" value="Classic" checked>
<label for="template--1588__main-1-0">Classic</label><input type="radio" id="template--1588__main-1-1" name="Size" value="Lush">
<label for="template--1588__main-1-1">Lush</label><input type="radio" id="template--1588__main-1-2" name="Size" value="Statement">
<label for="template--1588__main-1-2">Statement</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1588__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${sTitle}</span><svg class="icon icon-minus" aria-hidden="true"></svg></button><input class="quantity__input" type="number" name="quantity"
id="Quantity-template--1588__main" min="1" value="1"><button class="quantity__button no-js-hidden" name="plus" type="button"><span
class="visually-hidden">Increase
quantity for ${sTitle}</span><svg class="icon icon-plus" aria-hidden="true"></svg></button></quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false"><form method="post" action="/cart/add" id="product-form-template--1588__main"
accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="id"
value="44012">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1588__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span><div class="loading-overlay__spinner hidden"><svg class="spinner" aria-hidden="true"></svg></div>
</button></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities no-js-hidden quick-add-hidden" available data-root-url="/" data-variant-id="44012">
<div class="pickup-availability-information"><svg class="icon icon-tick" aria-hidden="true"></svg><div class="pickup-availability-info">
<p class="caption-large">Pickup available at <span>Fern &amp; Fable Studio</span></p><p class="caption">Usually ready in 24 hours</p>
<button id="ShowPickupAvailabilityDrawer" class="pickup-availability-button link link--text underlined-link" aria-haspopup="dialog">View store
information</button>
</div></div></pickup-availability>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}
<h3>What's inside</h3><ul>${lis(sInside)}</ul>${ps([sSizes])}</div>
<div class="product__accordion accordion quick-add-hidden">${sAcc('care', 'Care instructions', sCare)}</div>
<div class="product__accordion accordion quick-add-hidden">${sAcc('delivery', 'Delivery and pickup', sDelivery)}</div>
<share-button id="Share-template--1588__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</button><details id="Details-share-template--1588__main"><summary class="share-button__button"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><input type="text" class="field__input"
id="ShareUrl-template--1588__main" value="https://fernandfable.com/products/hollis-bridal-bouquet" readonly></div></div></details></share-button>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand",
"name":"Fern and Fable Flowers"},
"offers":[{"@type":"Offer","price":"185.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}]}</script>
</section></div></div></section></section>
<section id="shopify-section-template--1588__related" class="shopify-section section"><product-recommendations class="related-products page-width
section-template--1588__related-padding isolate" data-url="/recommendations/products?section_id=template--1588__related&amp;product_id=8120&amp;limit=3">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop grid--2-col-tablet-down"
role="list">${sCard(sRel[0] ?? '', sRel[1] ?? '')}${sCard(sRel[2] ?? '', sRel[3] ?? '')}${sCard(sRel[4] ?? '', sRel[5] ?? '')}</ul></product-recommendations>
</section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the studio</h2><div class="footer-block__details-content rte">
<p>14 Quarry Lane, Larkhaven</p><p>Tuesday to Saturday, 9 am to 5 pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="contact[tags]"
value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]"
class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
id="Subscribe" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Fern &amp; Fable Flowers</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a>
</small><ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></footer></div>
<script src="//fernandfable.com/cdn/shop/t/4/assets/product-info.js?v=1480" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout683-shopify-dawn-bouquet',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ["What's inside", 'Care instructions', 'Delivery and pickup'],
  body: [...sDesc, ...sInside, sSizes, sCare, sDelivery],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Free local delivery on wedding orders over $250', ...sNav, 'Fern & Fable Flowers', '$185.00 USD',
    'Taxes included. Shipping calculated at checkout.', 'Quantity', 'Add to cart', 'Pickup available at Fern & Fable Studio', 'Usually ready in 24 hours',
    'View store information', 'Share', 'You may also like', ...sRel, 'Quick links', ...sQuick, 'Visit the studio', '14 Quarry Lane, Larkhaven',
    'Tuesday to Saturday, 9 am to 5 pm', 'Subscribe to our emails', 'Email', '© 2027, Fern & Fable Flowers', 'Powered by Shopify', ...sPol,
  ]),
};

export const HELDOUT683_A: readonly TestPage[] = [shopify];
