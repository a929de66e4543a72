import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file a: a Shopify (Dawn theme) product page for a plank-on-frame tug kit, and a Squarespace 7.1 event
 * page for a family build morning at a toy shop.
 */
const kTitle = 'Kestrel Harbour Tug 1:48 Plank-on-Frame Kit';
const kDesc = [
  j(
    'The <em>Kestrel</em> was built in 1931 for the harbour at Carrow Bay and towed coal barges there until 1968. Our 1:48 kit',
    'follows the yard drawings rather than later photographs, so the wheelhouse sits further aft than on most models of her sisters.',
  ),
  j(
    'The hull is built plank-on-frame: laser-cut birch ply frames on a slotted keel, planked with 1 mm lime strip. Deck fittings are',
    'cast white metal and the funnel is turned brass. A finished model is 52 cm long.',
  ),
  j(
    '<strong>Skill level: intermediate.</strong> If you have built one of our single-plank kits before, you will manage the Kestrel;',
    'allow around 80 hours from keel to rigging.',
  ),
];
const kPoints = [
  'Laser-cut frames numbered on the sheet, with a building jig for the keel',
  'Full-size plans on two A1 sheets',
  'A 36-page instruction book with colour photographs of every stage',
  'Suitable for static display or radio control (motor and radio not included)',
];
const kBox = [
  '3 sheets of laser-cut birch ply (1.5 mm and 3 mm)',
  '48 lime planking strips, 1 mm x 5 mm',
  'White metal fittings: bollards, fairleads, winch, lifebuoys',
  'Turned brass funnel, whistle and portholes',
  'Rigging thread and chain',
];
const kSpecHead = ['Specification', 'Value'];
const kSpec = [
  ['Scale', '1:48'],
  ['Length', '520 mm'],
  ['Beam', '140 mm'],
  ['Parts', '412'],
];
const kHeads = ["What's in the box", 'Specifications'];
const kNav = ['Ship kits', 'Railway kits', 'Tools & paints', 'Workshop events', 'About'];
const kRecs = [
  ['Carrow Bay Coal Barge 1:48 Kit', '£54.00 GBP'],
  ['Planking Clamp Set (12)', '£14.50 GBP'],
  ['Brass Porthole Pack, 4 mm', '£6.80 GBP'],
];
const kFootShop = ['All kits', 'New arrivals', 'Gift cards'];
const kFootHelp = ['Delivery', 'Returns', 'Contact us'];
const kPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const kShip = j(
  'We post kits within two working days by tracked courier. Unopened kits can be returned within 30 days for a full refund;',
  'opened kits with missing parts are replaced free of charge.',
);
const kSec = 'template--20931044__main';
const kHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://tidewatermodels.co.uk/products/kestrel-harbour-tug-1-48">
<title>${kTitle.replace(/&/g, '&amp;')} &ndash; Tidewater Models</title>
<meta name="description" content="The Kestrel was built in 1931 for the harbour at Carrow Bay. Plank-on-frame kit, 52 cm long.">
<meta property="og:site_name" content="Tidewater Models"><meta property="og:type" content="product"><meta property="og:price:amount" content="89.00">
<script src="//tidewatermodels.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771709" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"product":{"id":8812044,"vendor":"Tidewater Models",
"type":"Ship kit"},"page":{"pageType":"product","resourceType":"product","resourceId":8812044}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${kTitle}","brand":{"@type":"Brand","name":"Tidewater Models"},
"offers":[{"@type":"Offer","price":"89.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--buttons-radius:0px;}</style>
<link href="//tidewatermodels.co.uk/cdn/shop/t/4/assets/base.css?v=1656" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--20931044__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-sections--20931044__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link
focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//tidewatermodels.co.uk/cdn/shop/files/tidewater-logo.png?v=1687&amp;width=300" alt="Tidewater Models" width="150" height="44"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${kNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span>
</summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading...">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal" type="search" name="q" value="" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form>
</predictive-search></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-${kSec}" class="shopify-section section"><section id="MainProduct-${kSec}" class="page-width section-${kSec}-padding"
data-section="${kSec}"><div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-${kSec}" role="region" class="product__column-sticky"
aria-label="Gallery Viewer" data-desktop-layout="thumbnail_slider"><div id="GalleryStatus-${kSec}" class="visually-hidden" role="status"></div>
<slider-component id="GalleryViewer-${kSec}" class="slider-mobile-gutter"><a class="skip-to-content-link button visually-hidden quick-add-hidden"
href="#ProductInfo-${kSec}">Skip to product information</a><ul id="Slider-Gallery-${kSec}" class="product__media-list contains-media grid grid--peek
list-unstyled slider slider--mobile" role="list"><li id="Slide-${kSec}-3310" class="product__media-item grid__item slider__slide is-active"
data-media-id="${kSec}-3310"><div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<modal-opener class="product__modal-opener product__modal-opener--image no-js-hidden" data-modal="#ProductModal-${kSec}">
<span class="product__media-icon motion-reduce quick-add-hidden product__media-icon--lightbox" aria-hidden="true"></span>
<div class="product__media media media--transparent"><img src="//tidewatermodels.co.uk/cdn/shop/products/kestrel-hull.jpg?v=1688&amp;width=1946"
alt="Kestrel tug model on a building board" width="973" height="730"></div><button class="product__media-toggle quick-add-hidden product__media-zoom-lightbox"
type="button" aria-haspopup="dialog" data-media-id="3310"><span class="visually-hidden">Open media 1 in modal</span></button></modal-opener></div></li>
</ul></slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-${kSec}" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">TIDEWATER MODELS</p>
<div class="product__title"><h1>${kTitle}</h1><a href="/products/kestrel-harbour-tug-1-48" class="product__title"><h2 class="h1">${kTitle}</h2></a></div>
<p class="product__text inline-richtext">Only 7 left in stock</p>
<div class="no-js-hidden" id="price-${kSec}" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£89.00 GBP
</span></div></div><span class="badge price__badge-sale color-accent-2" aria-hidden="true">Sale</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios id="variant-radios-${kSec}" class="no-js-hidden" data-section="${kSec}" data-url="/products/kestrel-harbour-tug-1-48">
<fieldset class="js product-form__input"><legend class="form__label">Edition</legend>
<input type="radio" id="${kSec}-1-0" name="Edition" value="Kit only" form="product-form-${kSec}" checked><label for="${kSec}-1-0">Kit only</label>
<input type="radio" id="${kSec}-1-1" name="Edition" value="Kit with paint set" form="product-form-${kSec}"><label for="${kSec}-1-1">Kit with paint set</label>
</fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-${kSec}">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity
for ${kTitle}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-${kSec}" min="1" value="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${kTitle}</span></button>
</quantity-input></div>
<div><product-form class="product-form" data-hide-errors="false" data-section-id="${kSec}"><div class="product-form__error-message-wrapper" role="alert" hidden>
<span class="product-form__error-message"></span></div><form method="post" action="/cart/add" id="product-form-${kSec}" accept-charset="UTF-8"
class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product">
<input type="hidden" name="id" value="46110020" class="product-variant-id"><div class="product-form__buttons"><button id="ProductSubmitButton-${kSec}"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span>
<div class="loading-overlay__spinner hidden"></div></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<pickup-availability class="product__pickup-availabilities no-js-hidden quick-add-hidden" available data-root-url="/" data-variant-id="46110020">
<div class="pickup-availability-information"><p class="caption-large">Pickup available at <span class="color-foreground">Harbour Street workshop</span></p>
<p class="caption">Usually ready in 24 hours</p><button id="ShowPickupAvailabilityDrawer" class="pickup-availability-button link link--text underlined-link"
aria-haspopup="dialog">View store information</button></div></pickup-availability>
<div class="product__description rte quick-add-hidden">
${ps(kDesc)}
<ul>${lis(kPoints)}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_box-${kSec}"><summary><div class="summary__title">
<svg class="icon icon-accordion color-foreground-text" aria-hidden="true"></svg><h2 class="h4 accordion__title inline-richtext">${kHeads[0]}</h2></div>
<svg aria-hidden="true" focusable="false" class="icon icon-caret"></svg></summary><div class="accordion__content rte" id="ProductAccordion-box-${kSec}">
<ul>${lis(kBox)}</ul></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_spec-${kSec}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${kHeads[1]}</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-spec-${kSec}">
<table><thead><tr>${kSpecHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${trs(kSpec)}
</tbody></table></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_ship-${kSec}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Delivery &amp; returns</h2></div></summary><div class="accordion__content rte"><p>${kShip}</p></div>
</details></div>
<share-button id="Share-${kSec}" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share
</button><details id="Details-share-${kSec}"><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-${kSec}" class="share-button__message hidden" role="status">
</span><input type="text" class="field__input" id="ShareUrl-${kSec}" value="https://tidewatermodels.co.uk/products/kestrel-harbour-tug-1-48" readonly>
<label class="field__label" for="ShareUrl-${kSec}">Link</label></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share
</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--20931044__related" class="shopify-section"><product-recommendations class="related-products page-width section-template
--20931044__related-padding isolate" data-url="/recommendations/products?limit=4"><h2 class="related-products__heading inline-richtext h2">You may also
like</h2>
<ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">${kRecs
  .map(
    ([n = '', p = '']) => `<li class="grid__item">
<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div class="card__content">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/${n.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"
class="full-unstyled-link">${n}</a>
</h3><div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden
visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<div id="shopify-section-sections--20931044__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1
gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Shop</h2><ul class="footer-block__details-content
list-unstyled">
${links(kFootShop)}</ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(kFootHelp)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the slipway</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--20931044__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--20931044__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button>
</div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Tidewater Models</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(kPolicies)}</ul></div></div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><div class="shopify-pc__banner__body">
<h2 id="shopify-pc__banner__body-title">Cookies</h2><p>We use cookies and similar technologies to give you a better experience and to remember your basket.</p>
</div><div class="shopify-pc__banner__btns"><button type="button" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button type="button" class="shopify-pc__banner__btn-decline">Decline</button><button type="button"
class="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//tidewatermodels.co.uk/cdn/shop/t/4/assets/product-info.js?v=1748" defer="defer"></script></body></html>`;
const shopifyKit: TestPage = {
  name: 'heldout626-shopify-tug-kit',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: [...texts(kDesc), ...kPoints, ...kBox, ...rowTexts(kSpec)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', ...kNav, 'Search', 'Log in', 'Cart', 'Skip to product information', 'Open media 1 in modal',
    'TIDEWATER MODELS', 'Only 7 left in stock', 'Regular price', '£89.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Edition',
    'Kit only', 'Kit with paint set', 'Quantity', `Decrease quantity for ${kTitle}`, `Increase quantity for ${kTitle}`, 'Add to cart', 'Buy it now',
    'Pickup available at Harbour Street workshop', 'Usually ready in 24 hours', 'View store information', 'Delivery & returns', kShip, 'Share', 'Link',
    'Copy link', 'You may also like', ...kRecs.flat(), 'Shop', ...kFootShop, 'Help', ...kFootHelp, 'Join the slipway', 'Email',
    'Payment methods', '© 2026, Tidewater Models', 'Powered by Shopify', ...kPolicies, 'Cookies',
    'We use cookies and similar technologies to give you a better experience and to remember your basket.', 'Manage preferences', 'Decline', 'Accept',
  ],
};
export const HELDOUT626_A: readonly TestPage[] = [shopifyKit];
