import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file b: a tackle shop's product page on Shopify (Dawn theme, Judge.me reviews, product recommendations).
 */
const pTitle = 'Avonside Float Rod 13ft';
const pDesc = [
  j(
    'The Avonside is our own through-action float rod, built on a slim 3-piece carbon blank for trotting on rivers and for',
    'waggler fishing on stillwaters. It is light enough to hold all day and soft enough to play big roach and chub on',
    'fine hooklengths without pulling out.',
  ),
  j(
    'Each rod is finished in the shop in Ashby with lined single-leg guides, a cork handle with a screw-down reel seat',
    'and a hook keeper. It comes in a padded cloth bag.',
  ),
];
const pFeat = [
  'Through action for lines from 2lb to 5lb',
  'Spigot joints and a fine solid carbon tip',
  'Full cork handle, 24 inches long',
  'Two-year guarantee against breakage',
];
const pSpecs = [
  ['Length', '13ft (3.96m)'],
  ['Sections', '3'],
  ['Weight', '168g'],
  ['Line rating', '2lb to 5lb'],
];
const pHeads = ['Specifications'];
const pNav = ['Rods', 'Reels', 'Bait', 'Terminal Tackle', 'Clothing', 'Sale'];
const pFootHelp = ['Contact Us', 'Delivery', 'Returns', 'Search'];
const pRecs = [
  ['Kestrel Match Reel 3000', '£54.99 GBP'],
  ['Centrepin Line 4lb 100m', '£6.50 GBP'],
  ['Stick Float Selection, 8 floats', '£14.99 GBP'],
];
const pReviews = [
  ['Phil R.', '09/02/2026', 'Lovely action', 'Trotted the Severn with it on Sunday and it handled a 4lb chub on a 2.6lb bottom with no trouble.'],
  ['Denise W.', '21/01/2026', 'Good value', 'Lighter than my old rod and the cork is excellent. Delivery was next day.'],
];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://kestreltackle.co.uk/products/avonside-float-rod-13ft">
<title>Avonside Float Rod 13ft &ndash; Kestrel Tackle</title><meta name="description" content="The Avonside is our own through-action float rod.">
<meta property="og:site_name" content="Kestrel Tackle"><meta property="og:type" content="product"><meta property="og:price:amount" content="89.99">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","brand":{"@type":"Brand","name":"Kestrel Tackle"},
"offers":[{"@type":"Offer","sku":"AVF13","availability":"http://schema.org/InStock","price":89.99,"priceCurrency":"GBP"}]}</script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "kestrel-tackle.myshopify.com";Shopify.theme = {"name":"Dawn","id":13419,"role":"main"};</script>
<link href="//kestreltackle.co.uk/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £50</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1
gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><form action="/search" method="get" role="search"
class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//kestreltackle.co.uk/cdn/shop/files/kestrel-logo.png"
alt="Kestrel Tackle" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg
class="icon icon-account"
aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1632__main"
class="shopify-section section">
<section id="MainProduct-template--1632__main" class="page-width section-template--1632__main-padding" data-section="template--1632__main">
<div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--1632__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer"><div
id="GalleryStatus-template--1632__main"
class="visually-hidden" role="status"></div><ul id="Slider-Gallery-template--1632__main"
class="product__media-list contains-media grid grid--peek list-unstyled slider
slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain
global-media-settings gradient constrain-height"><div class="product__media media media--transparent"><img
src="//kestreltackle.co.uk/cdn/shop/files/avonside-13.jpg"
alt="" width="1946" height="1946" loading="lazy"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1632__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Kestrel Tackle</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/avonside-float-rod-13ft" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1632__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£89.99
GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios id="variant-radios-template--1632__main" class="no-js-hidden" data-section="template--1632__main"><fieldset class="js product-form__input">
<legend class="form__label">Length</legend><input type="radio" id="template--1632__main-1-0" name="Length" value="13ft" checked>
<label for="template--1632__main-1-0">13ft</label><input type="radio" id="template--1632__main-1-1" name="Length" value="15ft">
<label for="template--1632__main-1-1">15ft</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1632__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${pTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1632__main" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for
${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1632__main" class="form"
enctype="multipart/form-data">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1632__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities no-js-hidden quick-add-hidden" available><div class="pickup-availability-info">
<p class="caption-large">Pickup available at <span class="color-foreground">Kestrel Tackle, Ashby Road</span></p><p class="caption">Usually ready in 24
hours</p>
</div></pickup-availability>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}<ul>${lis(pFeat)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-tab-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${pHeads[0]}</h2></div></summary><div
class="accordion__content rte"><table><tbody>${trs(pSpecs)}</tbody></table>
</div></details></div><div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-tab-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery &amp; Returns</h2></div></summary><div class="accordion__content rte">
<p>Rods over 12ft are sent by courier in a tube. Unused items can be returned within 30 days.</p></div></details></div>
<share-button id="Share-template--1632__main" class="share-button quick-add-hidden"><details id="Details-share-template--1632__main"><summary
class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<section id="shopify-section-template--1632__judge_me" class="shopify-section"><div class="page-width"><div id="judgeme_product_reviews"
class="jdgm-widget jdgm-review-widget jdgm--done-setup-widget" data-product-title="${pTitle}"><div class="jdgm-rev-widg"><h2
class="jdgm-rev-widg__title">Customer
Reviews</h2><div class="jdgm-rev-widg__summary"><div class="jdgm-rev-widg__summary-text">Based on 2 reviews</div></div>
<div class="jdgm-rev-widg__reviews">${pReviews
  .map(
    ([a, d, t, b]) => `<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__rating" data-score="5"></span>
<span class="jdgm-rev__timestamp jdgm-spinner">${d}</span><span class="jdgm-rev__author-wrapper"><span class="jdgm-rev__author">${a}</span></span></div>
<div class="jdgm-rev__content"><b class="jdgm-rev__title">${t}</b><div class="jdgm-rev__body"><p>${b}</p></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></section>
<section id="shopify-section-template--1632__product-recommendations" class="shopify-section"><product-recommendations class="related-products page-width
section-template--1632__product-recommendations-padding isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">${pRecs
  .map(
    ([n, pr]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><span class="price-item price-item--regular">${pr}</span></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(pFootHelp)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte">
<p>14 Ashby Road, Coalbrook LE67 3RT. Open Tuesday to Sunday, 6am to 4pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Kestrel Tackle</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer>
<script src="//kestreltackle.co.uk/cdn/shop/t/4/assets/global.js?v=5678" defer="defer"></script></body></html>`;
const shopifyRod: TestPage = {
  name: 'heldout663-shopify-float-rod',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: [...pDesc, ...pFeat, ...rowTexts(pSpecs)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Search', ...pNav, 'Log in', 'Cart', 'Kestrel Tackle', 'Regular price', '£89.99 GBP',
    'Tax included. Shipping calculated at checkout.', '15ft', 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`,
    'Add to cart', 'Buy it now', 'Pickup available at Kestrel Tackle, Ashby Road', 'Usually ready in 24 hours', 'Delivery & Returns',
    'Rods over 12ft are sent by courier in a tube. Unused items can be returned within 30 days.', 'Share', 'Customer Reviews', 'Based on 2 reviews',
    ...pReviews.flat(), 'You may also like', ...pRecs.flat(), 'Help', ...pFootHelp.filter((t) => t !== 'Search'), 'Visit the shop',
    '14 Ashby Road, Coalbrook LE67 3RT. Open Tuesday to Sunday, 6am to 4pm.',
    'Subscribe to our emails', 'Email', '© 2026, Kestrel Tackle', 'Powered by Shopify',
  ],
};

export const HELDOUT663_B: readonly TestPage[] = [shopifyRod];
