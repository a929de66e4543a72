import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file b: an open-studios listing on a Drupal 10 site with the Olivero theme (a view of studio teasers with a
 * pager and exposed filters), and a print-shop product page on Shopify with the Dawn theme.
 */
const oTitle = 'Open Studios weekend: studios in the Canal Quarter';
const oIntro = [
  j(
    'On 6 and 7 June, forty artists in the Canal Quarter open their doors to the public from 11am to 6pm. Pick up a printed map',
    'at the Wharf House or plan your route from the list below. Entry to every studio is free, and most artists will have work',
    'for sale.',
  ),
  'Studios marked with a wheelchair symbol on the map have step-free access. Dogs on leads are welcome in most buildings.',
];
const oItems: { name: string; where: string; text: string }[] = [
  {
    name: 'Hesketh Mill Studios',
    where: 'Studio 4, Hesketh Mill, Lock Lane · Painting, drawing',
    text: 'Four painters share the top floor of the old cotton mill. Mina Okafor-Reid will be showing her large canal-side panoramas.',
  },
  {
    name: 'Ferrous Forge',
    where: 'Unit 2, Basin Yard · Blacksmithing, sculpture',
    text: 'Live forging demonstrations on the hour from noon. Children must be accompanied and stay behind the rope.',
  },
  {
    name: 'The Print Room at Wharf House',
    where: 'Ground floor, Wharf House · Printmaking',
    text: 'A shared etching and relief studio with an open press. Try inking and pulling your own small print (£3, proceeds to the studio).',
  },
  {
    name: 'Anselm Varga',
    where: 'Flat 9, Tannery Court · Photography',
    text: 'Silver gelatin prints from a ten-year project photographing the towpath at dawn, with the darkroom open for visits.',
  },
  {
    name: 'Kiln Shed Collective',
    where: 'Behind the Navigation Inn · Ceramics',
    text: 'Six potters, one shared gas kiln. A raku firing is planned for Saturday afternoon, weather permitting.',
  },
];
const oNav = ['What’s on', 'Open Studios', 'Artists', 'Venues', 'Get involved', 'About us'];
const oCrumbs = ['Home', 'Open Studios'];
const oPager = ['1', '2', '3', 'Next page', 'Last page'];
const oFoot = ['Contact', 'Accessibility statement', 'Privacy notice', 'Cookie settings'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${oTitle} | Canal Quarter Arts</title>
<link rel="canonical" href="https://canalquarterarts.example/open-studios/2027"><link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xb0JxA8n3p.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"open-studios\\/2027",
"currentLanguage":"en"},"views":{"ajax_path":"\\/views\\/ajax"}}</script></head>
<body class="path-open-studios">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Canal Quarter
Arts</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<h2 class="visually-hidden block__title">Search form</h2><form action="/search/node" method="get"><div class="form-item"><label
for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search" id="edit-keys" name="keys" class="form-search"></div></form></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--highlighted grid-full
layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title">${oTitle}</h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main"><div id="block-olivero-content" class="block
block-system block-system-main-block"><div class="views-element-container"><div class="view view-open-studios view-id-open_studios view-display-id-page_1
js-view-dom-id-5f1c2a">
<div class="view-header">${ps(oIntro)}</div>
<form class="views-exposed-form" data-drupal-selector="views-exposed-form-open-studios-page-1" action="/open-studios/2027" method="get"><div
class="js-form-item form-item form-type-select"><label for="edit-field-medium-target-id" class="form-item__label">Medium</label><select
id="edit-field-medium-target-id" name="field_medium_target_id" class="form-select form-element form-element--type-select"><option value="All"
selected="selected">- Any -</option><option value="12">Ceramics</option><option value="14">Printmaking</option></select></div><div class="form-actions
js-form-wrapper form-wrapper"><input type="submit" id="edit-submit-open-studios" value="Apply" class="button js-form-submit form-submit"></div></form>
<div class="view-content">
${oItems
  .map(
    (it) => `<div class="views-row"><article class="node node--type-studio node--view-mode-teaser"><header class="node__header"><h2 class="node__title"><a
href="/studios/${it.name.toLowerCase().replace(/[^a-z]+/g, '-')}" rel="bookmark"><span class="field field--name-title">${esc(it.name)}</span></a></h2></header>
<div class="node__content"><div class="field field--name-field-location field--type-string field--label-hidden field__item">${esc(it.where)}</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${esc(it.text)}</p></div>
</div></article></div>`,
  )
  .join('\n')}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items">${oPager
  .map(
    (t, i) => `<li class="pager__item${i === 0 ? ' is-active' : ''}"><a
href="?page=${i}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
</div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2
class="block__title" id="block-footer-menu">Canal Quarter Arts CIC</h2><ul class="menu">${links(oFoot)}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_kq3m1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout506-drupal-open-studios',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oItems.map((it) => it.name),
  body: texts([...oIntro, ...oItems.flatMap((it) => [it.where, it.text])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Canal Quarter Arts', 'Menu', 'Search form', 'Search', 'Main navigation',
    ...oNav.filter((t) => t !== 'Open Studios' && t !== 'Artists'),
    'Breadcrumb', 'Home', 'Medium', 'Apply', 'Pagination', ...oPager.filter((t) => t !== '2' && t !== '3'),
    'RSS feed', 'Canal Quarter Arts CIC', ...oFoot, 'Powered by Drupal',
  ],
};

const pTitle = 'Heron at Slack Water — linocut, edition of 40';
const pDesc = [
  j(
    'A three-colour reduction linocut of a grey heron standing in the shallows at the turn of the tide. The block was cut and',
    'printed by hand in my studio over five weeks in the winter of 2026, using a single piece of lino that is carved away a',
    'little more after each colour, so the edition can never be reprinted.',
  ),
  j(
    'Printed with oil-based inks in slate blue, warm grey and black on Japanese Kozo paper, which has a soft, slightly fibrous',
    'surface that holds the ink beautifully. Small variations between prints are part of the process.',
  ),
];
const pSpecs = [
  'Image size: 30 × 40 cm',
  'Paper size: 42 × 52 cm, deckled edges',
  'Edition: 40, each signed, titled and numbered in pencil',
  'Sent unframed, rolled in a sturdy tube with acid-free tissue',
];
const pShip = j(
  'Prints are posted within three working days by tracked service. UK delivery is £6; we also ship to Europe and North America.',
  'If you are not happy with your print, return it within 14 days for a full refund.',
);
const pNav = ['Shop all', 'Linocuts', 'Etchings', 'Cards', 'Commissions', 'About'];
const pRec = ['Curlew Over Mudflats — linocut', 'Estuary Morning — etching', 'Heron notecards, pack of 6'];
const pFoot = ['Search', 'Shipping & returns', 'Contact', 'Privacy policy', 'Refund policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://inkandestuary.example/products/heron-at-slack-water"><title>${pTitle} &ndash; Ink &amp; Estuary Press</title>
<meta name="description" content="A three-colour reduction linocut of a grey heron standing in the shallows at the turn of the tide.">
<meta property="og:site_name" content="Ink &amp; Estuary Press"><meta property="og:type" content="product"><meta property="og:price:amount" content="145.00">
<script src="//inkandestuary.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "ink-and-estuary.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};Shopify.theme = {"name":"Dawn","id":139824545962,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":${JSON.stringify(pTitle)},"offers":[{"@type":"Offer",
"availability":"http://schema.org/InStock","price":145.0,"priceCurrency":"GBP"}],"brand":{"@type":"Brand","name":"Ink & Estuary Press"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--buttons-radius:0px;}</style>
<link href="//inkandestuary.example/cdn/shop/t/4/assets/base.css?v=80620683512806578511700000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16421__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over
£80</span></p></div></div></div></div></div>
<div id="shopify-section-sections--16421__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ink &amp; Estuary Press</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(pNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16421__main"
class="shopify-section section"><product-info id="MainProduct-template--16421__main" class="section-template--16421__main-padding gradient color-scheme-1"
data-section="template--16421__main"><div class="page-width"><div class="product product--large product--left product--stacked grid grid--1-col
grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--16421__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><ul id="Slider-Gallery-template--16421__main" class="product__media-list contains-media grid grid--peek list-unstyled slider
slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image
media-fit-contain"><div class="product__media media media--transparent"><img
src="//inkandestuary.example/cdn/shop/files/heron-slack-water.jpg?v=1700&amp;width=1946"
alt="Linocut of a heron in blue and grey shallows" width="1946" height="2594" loading="eager"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--16421__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Hand-printed linocuts</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/heron-at-slack-water" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--16421__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£145.00
GBP</span>
</div></div></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--16421__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${esc(pTitle)}</span></button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--16421__main" value="1" min="1">
<button class="quantity__button no-js-hidden" name="plus" type="button"><span class="visually-hidden">Increase quantity for ${esc(pTitle)}</span></button>
</quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--16421__main" accept-charset="UTF-8"
class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><div class="product-form__buttons"><button
id="ProductSubmitButton-template--16421__main"
type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it
now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps(pDesc)}
<ul>${lis(pSpecs.map(esc))}</ul>
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-row-1"><summary><div class="summary__title"><h2
class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary><div class="accordion__content
rte"><p>${esc(pShip)}</p></div></details></div>
<share-button id="Share-template--16421__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details>
<summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--16421__related-products" class="shopify-section section"><div class="color-scheme-1 gradient no-js-hidden">
<product-recommendations class="related-products page-width section-template--16421__related-products-padding isolate"><h2 class="related-products__heading
inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--3-col-desktop grid--2-col-tablet-down" role="list">
${pRec
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--16421__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Studio news</h2><form method="post" action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--sections--16421__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--16421__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer__blocks-wrapper grid"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Ink &amp;
Estuary Press</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by
Shopify</a></small></div></div>
</footer>
<script src="//inkandestuary.example/cdn/shop/t/4/assets/product-info.js?v=1700" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout506-shopify-linocut',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pDesc, ...pSpecs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £80', 'Ink & Estuary Press', ...pNav, 'Log in', 'Cart', 'Hand-printed linocuts', 'Regular price',
    '£145.00 GBP', 'Tax included. Shipping calculated at checkout.', 'Quantity', `Decrease quantity for ${pTitle}`, `Increase quantity for ${pTitle}`,
    'Add to cart', 'Buy it now', 'Shipping & returns', pShip, 'Share', 'You may also like', ...pRec, 'Studio news', 'Email', 'Quick links',
    ...pFoot.filter((t) => t !== 'Shipping & returns'), '© 2027, Ink & Estuary Press', 'Powered by Shopify',
  ],
};

export const HELDOUT506_B: readonly TestPage[] = [drupal, shopify];
