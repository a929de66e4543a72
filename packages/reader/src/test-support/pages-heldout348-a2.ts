import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file a2: a small nursery's Shopify product page (Dawn theme) for a shrub: announcement bar, header menu,
 * media gallery with alt-less thumbnails, price, variant picker, quantity and buy buttons, the product description (the body),
 * collapsible tabs, "You may also like" recommendations, newsletter section, footer with payment icons and the cookie banner.
 */
const sTitle = "Hydrangea paniculata 'Mossbank Frost' – 3 litre pot";
const sDesc = paras(`
'Mossbank Frost' is the panicle hydrangea we recommend most often to customers with a small garden. It grows into an upright,
tidy shrub about 1.2 metres tall and wide, and from July it is covered in long cones of creamy white flowers that slowly blush
pink as the nights turn cold.

Unlike the mophead hydrangeas, panicle types flower on the current year's growth, so a late frost will not rob you of a summer
display, and the flower colour does not depend on your soil. The stems are strong enough to hold the heads up after rain.

We grow every plant on our own site in peat-free compost, outdoors all year, so it arrives hardened off and ready to plant.
`);
const sFacts = [
  'Height and spread after 5 years: 1.2m x 1.2m',
  'Flowering: July to October',
  'Position: full sun or partial shade',
  'Soil: any moist, fertile soil, acid or alkaline',
  'Hardiness: fully hardy to -20°C',
];
const sCare = paras(`
Plant at the same depth as it sits in the pot and water in well. Keep it watered through its first summer, especially in dry
spells. In March, cut last year's stems back to a pair of fat buds about 30cm from the ground; the harder you cut, the larger the
flower heads.
`);
const sAnnounce = 'Free UK delivery on orders over £60 – plants dispatched Monday to Wednesday';
const sNav = ['Shrubs', 'Perennials', 'Climbers', 'Hedging', 'Gift vouchers', 'Visit the nursery'];
const sTabs = ['Delivery & returns', 'Plant guarantee'];
const sRecs = ["Hydrangea arborescens 'Pale Moon'", "Cornus alba 'Sibbald Red'", "Physocarpus 'Copper Lane'", "Spiraea 'Mistlemere'"];
const sFoot = ['Search', 'Contact us', 'Delivery information', 'Returns policy', 'Terms of service', 'Privacy policy'];
const sHtml = `<!doctype html><html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://tollerbeck-nursery.example/products/hydrangea-paniculata-mossbank-frost">
<title>${sTitle} – Tollerbeck Nursery</title>
<meta name="description" content="'Mossbank Frost' is the panicle hydrangea we recommend most often to customers with a small garden.">
<meta property="og:site_name" content="Tollerbeck Nursery"><meta property="og:type" content="product"><meta property="og:price:amount" content="24.50">
<meta property="og:price:currency" content="GBP"><meta name="twitter:card" content="summary_large_image">
<script src="//tollerbeck-nursery.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8123400451,"vendor":"Tollerbeck Nursery",
"type":"Shrub","variants":[{"id":44120019,"price":2450,"name":"Hydrangea paniculata 'Mossbank Frost' - 3 litre pot"}]},"page":{"pageType":"product"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Hydrangea paniculata 'Mossbank Frost' – 3 litre pot",
"offers":[{"@type":"Offer","price":"24.50","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//tollerbeck-nursery.example/cdn/shop/t/4/assets/base.css?v=15780013" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>${sAnnounce}</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><div class="header__heading"><a href="/"
class="header__heading-link link link--text focus-inset"><span class="h2">Tollerbeck Nursery</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary class="header__icon">
<span class="visually-hidden">Search</span></summary></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1701__main" class="shopify-section section"><product-info id="MainProduct-template--1701__main"
class="section-template--1701__main-padding gradient color-background-1" data-section="template--1701__main">
<div class="page-width"><div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1701__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1701__main" class="visually-hidden" role="status"></div>
<ul id="Slider-Gallery-template--1701__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//tollerbeck-nursery.example/cdn/shop/files/mossbank-frost-1.jpg?v=1714&width=1946" alt="" width="973" height="973" loading="lazy"></div></li>
</ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1701__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Tollerbeck Nursery</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/hydrangea-paniculata-mossbank-frost" class="product__title">
<h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--1701__main" role="status"><div class="price price--large price--show-badge">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£24.50 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects class="no-js-hidden" data-section="template--1701__main"><fieldset class="js product-form__input">
<legend class="form__label">Size</legend><input type="radio" id="opt-1" name="Size" value="3 litre pot" checked><label for="opt-1">3 litre pot</label>
<input type="radio" id="opt-2" name="Size" value="10 litre pot"><label for="opt-2">10 litre pot</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-1">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-1" value="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1701__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now
</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}
<h3>At a glance</h3><ul>${lis(sFacts)}</ul><h3>Planting and care</h3>${ps(sCare)}</div>
${sTabs
  .map(
    (t, i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-${i}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${t.replace(/&/g, '&amp;')}</h2></div></summary>
<div class="accordion__content rte"><p>${
      i === 0
        ? 'We deliver on Thursdays and Fridays by our own van within 40 miles, and by courier elsewhere on the mainland.'
        : 'If a plant fails to establish in its first year, send us a photo and we will replace it.'
    }</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--1701__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><input type="text" class="field__input"
value="https://tollerbeck-nursery.example/products/hydrangea-paniculata-mossbank-frost" readonly><button class="share-button__copy">Copy link</button>
</div></details></share-button></section></div></div></div></product-info></section>
<section id="shopify-section-template--1701__related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${sRecs
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${r}</a></h3><span class="price-item price-item--regular">£19.95 GBP</span></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Join our mailing list</h2>
<p>Seasonal offers and our plant-of-the-month, once a month.</p><form class="newsletter-form"><input id="NewsletterForm--footer" type="email"
name="contact[email]"><label class="field__label" for="NewsletterForm--footer">Email</label><button class="newsletter-form__button">Subscribe</button>
</form></div><ul class="footer-block__details-content list-unstyled">${links(sFoot, '')}</ul>
<div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Tollerbeck Nursery</a></small>
<small class="copyright__content"><a href="https://www.shopify.example">Powered by Shopify</a></small></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p class="shopify-pc__banner__body">This website uses cookies to
ensure you get the best experience.</p><button class="shopify-pc__banner__btn-accept">Accept</button><button
class="shopify-pc__banner__btn-decline">Decline</button><button class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button></div>
<script src="//tollerbeck-nursery.example/cdn/shop/t/4/assets/product-info.js" defer="defer"></script></body></html>`;
export const shopifyProduct: TestPage = {
  name: 'heldout348-shopify-dawn-product-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['At a glance', 'Planting and care'],
  body: [...texts(sDesc), ...sFacts, ...texts(sCare)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnnounce, 'Tollerbeck Nursery', ...sNav, 'Search', 'Log in', 'Cart', 'Regular price', '£24.50 GBP',
    'Tax included. Shipping calculated at checkout.', 'Size', '3 litre pot', '10 litre pot', 'Quantity', 'Add to cart', 'Buy it now', ...sTabs,
    'We deliver on Thursdays and Fridays by our own van within 40 miles, and by courier elsewhere on the mainland.',
    'If a plant fails to establish in its first year, send us a photo and we will replace it.', 'Share', 'Copy link', 'You may also like', ...sRecs,
    '£19.95 GBP', 'Join our mailing list', 'Seasonal offers and our plant-of-the-month, once a month.', 'Email', 'Subscribe', ...sFoot,
    'Payment methods', '© 2026, Tollerbeck Nursery', 'Powered by Shopify', 'This website uses cookies to ensure you get the best experience.',
    'Accept', 'Decline', 'Manage preferences',
  ],
};
