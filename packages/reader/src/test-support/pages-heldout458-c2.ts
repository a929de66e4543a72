import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file c2: a font marketplace listing on Shopify (Dawn theme) with a licence picker, Judge.me reviews and
 * related products.
 */
const sTitle = 'Brickle Display — Font Family';
const sDesc = [
  j(
    'Brickle is a chunky, slightly wobbly display face inspired by the hand-cut wooden letters on market stalls in Porto Verde.',
    'Its rounded corners and uneven baseline make it friendly without being childish, and it works best big: on posters, menus,',
    'shop fronts and book covers.',
  ),
  'The family comes in four weights, each with an alternate set of bouncing capitals that you can switch on in any app that supports OpenType.',
  'What you get',
  '4 weights: Light, Regular, Bold and Heavy',
  'OTF and WOFF2 files for every weight',
  'Stylistic set with 26 bouncing capitals',
  'Support for Western and Central European languages',
  'A PDF specimen with all the glyphs',
  j(
    'Not sure which licence you need? The Desktop licence covers print and images for one company. For websites, choose Web;',
    'for apps and games, write to us first.',
  ),
];
const sNav = ['New fonts', 'Display', 'Script', 'Serif', 'Sans', 'Bundles', 'Licensing'];
const sOpts = ['Desktop', 'Desktop + Web', 'Extended'];
const sReviews = [
  ['Brilliant for our café menus. The bouncing caps are great fun.', 'Leonie P.'],
  ['Spacing is good out of the box. Would love a Cyrillic version.', 'Tomasz W.'],
];
const sAlso = ['Marigold Script', 'Pebble Sans', 'Tinplate Slab', 'Hopscotch Rounded'];
const sFoot = ['Search', 'About us', 'FAQ', 'Licence agreement', 'Refund policy', 'Contact'];
const sHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://fontyard.shop/products/brickle-display">
<title>Brickle Display — Font Family &ndash; Fontyard Market</title><meta name="description" content="Brickle is a chunky, slightly wobbly display face.">
<meta property="og:site_name" content="Fontyard Market"><meta property="og:type" content="product"><meta property="og:price:amount" content="29.00">
<script src="//fontyard.shop/cdn/shop/t/12/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.shopUrl = 'https://fontyard.shop'; window.routes = {cart_add_url: '/cart/add', cart_url: '/cart'};</script>
<script>var Shopify = Shopify || {};Shopify.shop = "fontyard-market.myshopify.com";Shopify.theme = {"name":"Dawn","id":139826151,"theme_store_id":887};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Oda Ferreira"},
"offers":[{"@type":"Offer","price":"29.00","priceCurrency":"USD","availability":"http://schema.org/InStock"}]}</script>
<link href="//fontyard.shop/cdn/shop/t/12/assets/base.css?v=1672823488" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Every font comes with a free trial version. Try before you buy.</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Fontyard Market</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span>
</summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16781__main" class="shopify-section section"><product-info id="MainProduct-template--16781__main"
class="section-template--16781__main-padding gradient color-scheme-1" data-section="template--16781__main"><div class="page-width">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-template--16781__main" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height">
<img src="//fontyard.shop/cdn/shop/products/brickle-01.jpg?v=1701&width=1946" alt="Brickle Display on a market poster" width="1946" height="1946"
loading="lazy">
</div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--16781__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Oda Ferreira</p><div class="product__title"><h1>${sTitle}</h1>
<a href="/products/brickle-display" class="product__title"><h2 class="h1">${sTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--16781__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">From $29.00 USD</span>
</div></div></div></div>
<variant-selects id="variant-selects-template--16781__main" data-section="template--16781__main">
<fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Licence</legend>${sOpts
  .map(
    (o, i) => `<input type="radio" id="opt-${i}" name="Licence" value="${o}"${i === 0 ? ' checked' : ''}>
<label for="opt-${i}">${o}</label>`,
  )
  .join('\n')}
</fieldset></variant-selects>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--16781__main" class="form" novalidate="novalidate"
data-type="add-to-cart-form"><div class="product-form__buttons"><button id="ProductSubmitButton-template--16781__main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button></div></form></product-form>
<div class="product__description rte quick-add-hidden">
${ps(sDesc.slice(0, 2))}
<h3>${sDesc[2]}</h3><ul>${sDesc
  .slice(3, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(sDesc.slice(8))}</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab-template--16781__main">
<summary><div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Refunds</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab-template--16781__main"><p>Because fonts are digital files, we refund only if you have
not downloaded them.</p></div></details></div>
<share-button id="Share-template--16781__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button></share-button>
</section></div></div></div></product-info></section>
<section id="shopify-section-template--16781__reviews" class="shopify-section section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget">
<div class="jdgm-rev-widg"><h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary-text">Based on 2 reviews</div>
<a href="#" class="jdgm-write-rev-link" role="button">Write a review</a><div class="jdgm-rev-widg__reviews">
${sReviews
  .map(
    ([t, a]) => `<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__author">${a}</span>
<span class="jdgm-rev__buyer-badge">Verified Buyer</span></div><div class="jdgm-rev__content"><div class="jdgm-rev__body"><p>${t}</p></div></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section id="shopify-section-template--16781__related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${sAlso
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${t}</a>
</h3><span class="price-item price-item--regular">From $24.00 USD</span></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">New fonts every Friday</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--sections--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"></button></div></form></div></div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/">Fontyard Market</a></small><small class="copyright__content">
<a href="https://www.shopify.com?utm_campaign=poweredby" target="_blank" rel="nofollow">Powered by Shopify</a></small></div></div></footer>
<script src="//fontyard.shop/cdn/shop/t/12/assets/product-info.js?v=1712345678" defer="defer"></script></body></html>`;
const brickle: TestPage = settle({
  name: 'heldout458-shopify-listing',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sDesc[2] ?? ''],
  body: texts(sDesc.filter((_, i) => i !== 2)),
  bylines: ['Oda Ferreira'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Every font comes with a free trial version. Try before you buy.', 'Fontyard Market', ...sNav, 'Log in', 'Cart',
    'Regular price', 'From $29.00 USD', 'Licence', ...sOpts, 'Add to cart', 'Refunds', 'Customer Reviews', 'Based on 2 reviews', 'Write a review',
    ...sReviews.flat(), 'Verified Buyer', 'You may also like', ...sAlso, 'From $24.00 USD', 'Quick links', ...sFoot, 'New fonts every Friday', 'Email',
    '© 2026, Fontyard Market', 'Powered by Shopify',
  ],
});

export const HELDOUT458_C2: readonly TestPage[] = [brickle];
