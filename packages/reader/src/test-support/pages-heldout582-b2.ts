import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout582-kit.js';

/** Held-out batch 582, file b2: a day trip sold as a product on Shopify (Dawn theme), with accordion tabs and recommendations. */
const pTitle = 'Lavender Fields and Castle Hale – Day Trip';
const pIntro = [
  j(
    'A gentle summer day out to the lavender farm at Brenley in full bloom, followed by an afternoon at Castle Hale and its',
    'moated gardens. Pickups from Fernlea, Ashcombe and Didsworth.',
  ),
];
const pLists: [string, string[]][] = [
  [
    'The day at a glance',
    [
      '08:15 depart Fernlea',
      '10:00 Brenley Lavender Farm: guided walk and time in the shop',
      '13:00 Castle Hale: lunch in the Undercroft café (not included)',
      '17:30 back in Fernlea',
    ],
  ],
  ['What\u2019s included', ['Return coach travel', 'Entry to Brenley Lavender Farm and Castle Hale', 'A bunch of fresh lavender to take home']],
];
const pAcc: [string, string][] = [
  ['Pickup points', 'Fernlea Market Square 08:15, Ashcombe Church Lane 08:30, Didsworth Park and Ride 08:45.'],
  ['Accessibility', 'The farm paths are grass and gravel. Castle Hale has step-free access to the ground floor and gardens only.'],
  ['Cancellation policy', 'Full refund up to 7 days before the trip. After that, tickets can be moved to another date once.'],
];
const pNav = ['Shop all trips', 'Summer days out', 'Christmas markets', 'Gift cards', 'Contact'];
const pRel: [string, string][] = [
  ['Gardens of the Weald – Day Trip', '£72.00 GBP'],
  ['Seaside Special: Rye and Camber', '£48.00 GBP'],
  ['Canterbury Cathedral by Candlelight', '£64.00 GBP'],
];
const pFoot = ['Search', 'Booking terms', 'Refund policy', 'Privacy policy', 'Contact information'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://fernleadaytrips.co.uk/products/lavender-fields-and-castle-hale">
<title>${pTitle} – Fernlea Day Trips</title><meta name="description" content="A gentle summer day out to the lavender farm at Brenley.">
<meta property="og:site_name" content="Fernlea Day Trips"><meta property="og:type" content="product"><meta property="og:price:amount" content="58.00">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fernlea-day-trips.myshopify.com";Shopify.theme = {"name":"Dawn","id":141,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}",
"offers":[{"@type":"Offer","price":"58.00","priceCurrency":"GBP"}]}</script>
<link href="//fernleadaytrips.co.uk/cdn/shop/t/3/assets/base.css?v=14597" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free seat for the organiser on group bookings of 10 or more</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu"
aria-label="Menu"></summary></details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fernlea Day Trips</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1620__main" class="shopify-section section"><product-info id="MainProduct-template--1620__main"
class="section-template--1620__main-padding gradient color-scheme-1" data-section="template--1620__main"><div class="page-width">
<div class="product product--large product--left product--thumbnail_slider grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery class="product__column-sticky"><img src="//fernleadaytrips.co.uk/cdn/shop/files/lavender.jpg?v=1"
alt="Rows of lavender at Brenley"></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1620__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fernlea Day Trips</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/lavender-fields-and-castle-hale" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1620__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">£58.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects class="no-js-hidden" data-section="template--1620__main"><div class="product-form__input product-form__input--dropdown">
<label class="form__label" for="Option-template--1620__main-0">Date</label><div class="select"><select id="Option-template--1620__main-0" class="select__select"
name="options[Date]"><option value="Sat 11 July 2026" selected>Sat 11 July 2026</option><option value="Wed 22 July 2026">Wed 22 July 2026</option></select>
</div></div></variant-selects><div class="product-form__input product-form__quantity"><label class="quantity__label form__label">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span
class="visually-hidden">Decrease quantity for ${pTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" value="1"><button class="quantity__button" name="plus" type="button"><span
class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form></div>
<div class="product__description rte quick-add-hidden">${ps(pIntro)}
${pLists.map(([h, items]) => `<h3>${h}</h3><ul>${lis(items)}</ul>`).join('\n')}</div>
${pAcc
  .map(
    ([h, t], n) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${n}-template--1620__main"><summary>
<div class="summary__title"><svg class="icon icon-accordion" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">${h}</h2></div>
</summary><div class="accordion__content rte" id="ProductAccordion-collapsible_tab_${n}-template--1620__main"><p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--1620__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--1620__related" class="shopify-section section"><div class="color-scheme-1 gradient">
<product-recommendations class="related-products page-width isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid grid--4-col-desktop" role="list">${pRel
  .map(
    ([t, pr]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${t}</a></h3><div class="price"><span class="price-item
price-item--regular">${pr}</span></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<ul class="policies list-unstyled">${links(pFoot, '')}</ul><div class="footer__copyright caption"><small class="copyright__content">© 2026,
<a href="/" title="">Fernlea Day Trips</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a>
</small></div></div></div></div></footer>
<script src="//fernleadaytrips.co.uk/cdn/shop/t/3/assets/global.js?v=15925" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout582-shopify-day-trip',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [...pLists.map((l) => l[0]), ...pAcc.map((a) => a[0])],
  body: texts([...pIntro, ...pLists.flatMap((l) => l[1]), ...pAcc.map((a) => a[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free seat for the organiser on group bookings of 10 or more', 'Fernlea Day Trips', ...pNav, 'Log in', 'Cart',
    'Regular price', '£58.00 GBP', 'Tax included.', 'Date', 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`,
    'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRel.flat(), 'Subscribe to our emails', 'Email', ...pFoot, '© 2026,',
    'Powered by Shopify',
  ],
};

export const HELDOUT582_B2: readonly TestPage[] = [shopify];
