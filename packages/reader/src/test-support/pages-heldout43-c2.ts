import { links, type TestPage, texts } from './page-kit.js';
import { shBottomFurniture, shopifyFooter, shopifyReviews } from './pages-heldout43-c3.js';

/**
 * Held-out batch 43, file c2: a Shopify product page on the Dawn theme with a long description (the privacy banner, skip
 * link, announcement bar, header drawer, inline menu, search modal, account and cart icons, the media gallery with its
 * hidden modal buttons and slide counter, vendor line, title and the quick-add title copy, prices with hidden labels, tax
 * note, variant pills, quantity input, "Add to cart" and "Buy it now", pickup availability, the description as pasted rich
 * text, the share button, the collapsible tabs, the Judge.me reviews widget, "You may also like", the newsletter, the footer
 * (those three in file c3) and Dawn's inline strings script).
 */
const shTitle = 'Harbour Field Jacket – Waxed Cotton';
const shDesc1 = [
  'The Harbour is the jacket we wear ourselves from October to April. It is cut from 8oz waxed cotton woven in Lancashire, lined with a ' +
    'soft cotton check, and finished by hand in our workshop in Market Harborough, where every seam is taped and every pocket is ' +
    'reinforced at the corners.',
  'We designed it after years of repairing other people’s waxed jackets and seeing the same faults again and again: collars that wore ' +
    'through at the fold, pockets that tore away from the body, and zips that failed long before the cloth did. The Harbour answers each ' +
    'of those with something simple and replaceable.',
];
const shH1 = 'Fabric and finish';
const shDesc2 = [
  'Our cotton is waxed with a paraffin-free dressing that stays supple in the cold and does not crack along the creases. It arrives ' +
    'with a fairly dry hand and will darken and soften with wear, taking on the shape of your shoulders and elbows within a season. Rain ' +
    'beads off it from the first day; a light re-wax once a year keeps it that way.',
];
const shH2 = 'Details';
const shList = [
  'Two-way brass zip behind a storm flap with press studs',
  'Corduroy-faced collar with a hidden pocket for a fold-away hood (sold separately)',
  'Two bellows pockets with hand-warmer pockets behind them, lined in moleskin',
  'Inside zipped pocket large enough for an OS map',
  'Poacher’s pocket across the back',
  'Adjustable cuffs with a wind-cheater rib',
];
const shH3 = 'Fit';
const shDesc3 = [
  'The Harbour has a regular fit with room for a thick jumper underneath. If you are between sizes, or plan to wear it mostly over a ' +
    'shirt, take the smaller size. Our model is 183cm tall with a 96cm chest and wears a medium.',
  '<strong>Made to be mended.</strong> Every Harbour comes with free repairs for life. If a zip goes or a pocket tears, send it back to ' +
    'us and we will fix it, re-wax it and post it home to you.',
];
const shTabs: [string, string][] = [
  ['Materials', 'Outer: 100% cotton, waxed. Lining: 100% cotton check. Collar facing: cotton corduroy. Zip and studs: solid brass.'],
  [
    'Shipping &amp; Returns',
    'Free UK delivery on orders over £100. Orders placed before 1pm ship the same working day. Returns are free within 30 days if the ' +
      'jacket is unworn and its tags are attached.',
  ],
  ['Care', 'Do not wash or dry-clean. Sponge off mud with cold water and hang to dry away from direct heat. Re-wax when the cloth looks pale at the seams.'],
];
const shNav = ['Shop all', 'Jackets', 'Knitwear', 'Accessories', 'Repairs', 'Journal', 'Our story'];
const sid = 'template--24811932057876__main';
const shHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://fennickrowe.example/products/harbour-field-jacket-waxed-cotton">
<title>${shTitle} &ndash; Fennick &amp; Rowe</title><meta name="description" content="The Harbour is the jacket we wear ourselves from October to April.">
<meta property="og:site_name" content="Fennick &amp; Rowe"><meta property="og:type" content="product"><meta property="og:price:amount" content="245.00">
<script src="//fennickrowe.example/cdn/shop/t/12/assets/constants.js?v=132983761750457495441729532154" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "fennick-rowe.myshopify.com"; Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":171234567188,"schema_name":"Dawn","schema_version":"15.2.0","role":"main"};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; --buttons-radius: 0px; }</style>
<link href="//fennickrowe.example/cdn/shop/t/12/assets/base.css?v=159841507637079171801729532153" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title" aria-modal="false">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title" class="visually-hidden">Cookie
preferences</h2>
<p id="shopify-pc__banner__body-policy-link">This website uses cookies to make sure you get the best experience on our website.
<a href="/policies/privacy-policy" target="_blank">Privacy policy</a></p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline" class="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-accept" class="shopify-pc__banner__btn-accept">Accept</button></div></div></div>
<div id="shopify-section-sections--24811932254484__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £100</span></p></div></div></div></div></div>
<div id="shopify-section-sections--24811932254484__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-hamburger" viewBox="0 0
18 16">
<path fill="currentColor" d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8"/></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(shNav, 'menu-drawer__menu-item')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log
in</a></div></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fennick &amp; Rowe</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(shNav, 'header__menu-item')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading...">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" value="" placeholder="Search" role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-haspopup="listbox"
autocorrect="off">
<label class="field__label" for="Search-In-Modal">Search</label><input type="hidden" name="options[prefix]" value="last">
<button type="reset" class="reset__button field__button hidden" aria-label="Clear search term"></button><button class="search__button field__button"
aria-label="Search"></button>
</div></form></predictive-search></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-${sid}" class="shopify-section section"><section id="MainProduct-${sid}" class="page-width section-${sid}-padding"
data-section="${sid}">
<product-info id="MainProduct-${sid}" data-section="${sid}" data-product-id="8841204310241" data-update-url="true"
data-url="/products/harbour-field-jacket-waxed-cotton">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-${sid}" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-${sid}" class="visually-hidden" role="status"></div><slider-component id="GalleryViewer-${sid}" class="slider-mobile-gutter">
<a class="skip-to-content-link button visually-hidden quick-add-hidden" href="#ProductInfo-${sid}">Skip to product information</a>
<ul id="Slider-Gallery-${sid}" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
${['olive-front', 'olive-back', 'olive-collar', 'olive-pocket', 'olive-worn']
  .map(
    (m, i) =>
      `<li id="Slide-${sid}-4401${i}" class="product__media-item grid__item slider__slide${i === 0 ? ' is-active' : ''}"><div class="product-media-container
media-type-image">` +
      `<modal-opener class="product__modal-opener product__modal-opener--image no-js-hidden" data-modal="#ProductModal-${sid}"><div class="product__media
media media--transparent">` +
      `<img src="//fennickrowe.example/cdn/shop/files/harbour-${m}.jpg?v=1737391502&amp;width=1946" alt="Harbour Field Jacket in olive, ${m.split('-')[1]}"
loading="lazy">` +
      `</div><button class="product__media-toggle quick-add-hidden product__media-zoom-lightbox" type="button" aria-haspopup="dialog">` +
      `<span class="visually-hidden">Open media ${i + 1} in modal</span></button></modal-opener></div></li>`,
  )
  .join('\n')}</ul>
<div class="slider-buttons quick-add-hidden small-hide"><button type="button" class="slider-button slider-button--prev" name="previous" aria-label="Slide
left"></button>
<div class="slider-counter caption"><span class="slider-counter--current">1</span><span aria-hidden="true"> / </span><span class="visually-hidden">of</span>
<span class="slider-counter--total">5</span></div><button type="button" class="slider-button slider-button--next" name="next" aria-label="Slide
right"></button></div>
</slider-component></media-gallery></div>
<div class="product__info-wrapper grid__item product__info-wrapper--extra-padding"><section id="ProductInfo-${sid}" class="product__info-container
product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">FENNICK &amp; ROWE</p>
<div class="product__title"><h1>${shTitle}</h1><a href="/products/harbour-field-jacket-waxed-cotton" class="product__title"><h2
class="h1">${shTitle}</h2></a></div>
<p class="product__text inline-richtext">Handmade in Leicestershire · Free repairs for life</p>
<div id="price-${sid}" role="status"><div class="price price--large price--on-sale price--show-badge"><div class="price__container">
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular">£289.00
GBP</s></span>
<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">£245.00 GBP</span></div>
<small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span><span class="price-item price-item--last"><span></span><span
aria-hidden="true">/</span>
<span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div><span class="badge price__badge-sale color-scheme-4">Sale</span>
<span class="badge price__badge-sold-out color-scheme-3">Sold out</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-${sid}" data-section="${sid}"><fieldset class="js product-form__input product-form__input--pill"><legend
class="form__label">Colour</legend>
${['Olive', 'Navy', 'Tan']
  .map(
    (c, i) => `<input type="radio" id="${sid}-1-${i}" name="Colour" value="${c}"${i === 0 ? ' checked' : ''}><label for="${sid}-1-${i}">${c}<span
class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}
</fieldset><fieldset class="js product-form__input product-form__input--pill"><legend class="form__label">Size</legend>
${['XS', 'S', 'M', 'L', 'XL', 'XXL']
  .map(
    (z, i) => `<input type="radio" id="${sid}-2-${i}" name="Size" value="${z}"${i === 2 ? ' checked' : ''}><label for="${sid}-2-${i}">${z}<span
class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>`,
  )
  .join('\n')}
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-${sid}">Quantity <span
class="quantity__rules-cart hidden">
<span>(<span>0</span> in cart)</span></span></label><quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${shTitle}</span></button><input class="quantity__input" type="number" name="quantity"
id="Quantity-${sid}" min="1" value="1">
<button class="quantity__button" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${shTitle}</span></button></quantity-input></div>
<div class="product-form__buttons"><button id="ProductSubmitButton-${sid}" type="submit" name="add" class="product-form__submit button button--full-width
button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><shopify-accelerated-checkout recommended="shop_pay">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded" type="button">Buy it now</button></shopify-accelerated-checkout>
<button class="shopify-payment-button__more-options" type="button">More payment options</button></div></div>
<pickup-availability class="product__pickup-availabilities quick-add-hidden" available data-variant-id="47012288016660"><div class="pickup-availability-info">
<p class="caption-large">Pickup available at <span class="color-foreground">Market Harborough workshop</span></p><p class="caption">Usually ready in 24
hours</p>
<button id="ShowPickupAvailabilityDrawer" class="pickup-availability-button link link--text underlined-link" aria-haspopup="dialog">View store
information</button></div></pickup-availability>
<div class="product__description rte quick-add-hidden">
<p><meta charset="utf-8"><span data-mce-fragment="1">${shDesc1[0]}</span></p>
<p><span data-mce-fragment="1">${shDesc1[1]}</span></p>
<h3>${shH1}</h3>
<p>${shDesc2[0]}</p>
<h3>${shH2}</h3>
<ul>${shList.map((t) => `<li><span data-mce-fragment="1">${t}</span></li>`).join('\n')}</ul>
<h3>${shH3}</h3>
<p>${shDesc3[0]}</p>
<p>${shDesc3[1]}<br></p>
</div>
<share-button id="Share-${sid}" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details
id="Details-share-${sid}">
<summary class="share-button__button">Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-${sid}"
class="share-button__message hidden" role="status">
</span><input type="text" class="field__input" id="ShareUrl-${sid}" value="https://fennickrowe.example/products/harbour-field-jacket-waxed-cotton"
placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-${sid}">Link</label></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button>
${shTabs
  .map(
    ([h, t], i) =>
      `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_${i}-${sid}"><summary><div class="summary__title">` +
      `<h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible_tab_${i}-${sid}">` +
      `<p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<a href="/products/harbour-field-jacket-waxed-cotton" class="link product__view-details animate-arrow">View full details</a>
</section></div></div></product-info>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${shTitle}","brand":{"@type":"Brand",
"name":"Fennick \\u0026 Rowe"},
"description":"${plainJson(shDesc1[0]!)}","offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":245.0,"priceCurrency":"GBP"}]}</script>
</section></section>
${shopifyReviews}</main>
${shopifyFooter}
<script>window.shopUrl = 'https://fennickrowe.example'; window.cartStrings = { error: \`There was an error while updating your cart. Please try again.\`,
quantityError: \`You can only add [quantity] of this item to your cart.\` }; window.variantStrings = { addToCart: \`Add to cart\`, soldOut: \`Sold out\`,
unavailable: \`Unavailable\` }; window.accessibilityStrings = { shareSuccess: \`Link copied to clipboard\`, pauseSlideshow: \`Pause slideshow\` };</script>
</body></html>`;
/** Text as Shopify's structured data prints a description: tags out, quotes escaped. */
function plainJson(t: string): string {
  return t.replace(/<[^>]+>/g, '').replace(/"/g, '\\"');
}
export const shopifyProduct: TestPage = {
  html: shHtml,
  name: 'heldout43-shopify-product',
  kind: 'blog',
  // the description is the body (paragraphs and the details list, with the bold "Made to be mended." lead-in inside its
  // paragraph), its three h3 the headings; the product title's hidden h2 copy (for quick add) is in neither; the vendor line,
  // tagline, prices and price labels, badges, tax note, variant pills, quantity, buttons, pickup, share, the collapsible tabs
  // (store-wide facts and policies: materials, shipping, care, shut by default), the reviews with their reviewers' names
  // (reader comments: furniture, not bylines), recommendations, newsletter, privacy banner, menus and footer are furniture;
  // the single-letter sizes, "Size", the tab "Care", the menu's "Jackets" and "Repairs" and the footer's "Our workshop" are
  // words of the body: left out
  title: shTitle,
  headings: [shH1, shH2, shH3],
  body: [...texts(shDesc1), ...texts(shDesc2), ...shList, ...texts(shDesc3)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Cookie preferences', 'This website uses cookies to make sure you get the best experience on our website.', 'Privacy policy',
    'Manage preferences', 'Decline', 'Accept', 'Free UK delivery on orders over £100', ...shNav.filter((t) => t !== 'Jackets' && t !== 'Repairs'), 'Log in',
    'Fennick & Rowe',
    'Search', 'Cart', 'Skip to product information', 'Open media 1 in modal', 'Open media 5 in modal', 'FENNICK & ROWE',
    'Handmade in Leicestershire · Free repairs for life',
    'Regular price', '£289.00 GBP', 'Sale price', '£245.00 GBP', 'Unit price', 'Sale', 'Sold out', 'Tax included.', 'Shipping calculated at checkout.',
    'Colour', 'Olive', 'Navy', 'Tan', 'XL', 'XXL', 'Variant sold out or unavailable', 'Quantity', '(0 in cart)', `Decrease quantity for ${shTitle}`,
    `Increase quantity for ${shTitle}`, 'Add to cart', 'Buy it now', 'More payment options', 'Pickup available at', 'Market Harborough workshop',
    'Usually ready in 24 hours', 'View store information', 'Share', 'Link', 'Close share', 'Copy link', 'Materials', ...shTabs.map(([, t]) => t),
    'Shipping & Returns', 'View full details', ...shBottomFurniture,
  ],
};
