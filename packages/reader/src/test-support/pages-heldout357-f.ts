import { links, ps, type TestPage, texts } from './page-kit.js';
import { magazine } from './pages-heldout357-f2.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file f: a camera store's product page on Shopify with the Dawn theme (announcement bar, header menu,
 * vendor line, price and tax note, variant picker, quantity, Add to cart and dynamic checkout buttons, collapsible shipping
 * and returns tabs, share button, Judge.me reviews widget, "You may also like", newsletter and footer, Shopify cookie banner),
 * whose own text is a short description, and, in file f2, a photography magazine's gear news on a Future plc template.
 */
const shTitle = 'Halden 23mm F2 WR (used, excellent)';
const shDesc = [
  j(
    'A compact, weather-resistant moderate wide-angle that has become the everyday lens for a lot of Vira owners. On an APS-C body it',
    'gives the field of view of a 35mm lens on full frame, which makes it a natural choice for street, travel and documentary work.',
  ),
  j(
    'This copy has been checked by our technicians on the optical bench and on a camera. The glass is clean, with no haze, fungus or',
    'scratches. The focus motor is quiet and quick, and the aperture ring clicks firmly at every third of a stop.',
  ),
  j(
    'There is light rubbing to the paint on the lens hood and one small mark on the barrel near the mount, visible only under',
    'close inspection. We rate it 9 out of 10.',
  ),
];
const shSpecs = [
  'Focal length: 23mm (35mm equivalent on APS-C)',
  'Maximum aperture: f/2, minimum f/16',
  'Weather-resistant construction with a sealed mount',
  'Filter thread: 43mm',
  'Weight: 180 g',
];
const shBox = ['Lens with front and rear caps', 'Original lens hood', 'Six-month Lenscraft warranty'];
const shNav = ['Used cameras', 'Used lenses', 'Film & darkroom', 'Sell your kit', 'Repairs'];
const shAccordion = [
  ['Shipping & returns', 'Free insured UK delivery on orders over £50. Returns accepted within 30 days of delivery.'],
  ['Our grading system', 'Every item is graded from 6 to 10 after inspection. Read the full guide on our grading page.'],
] as const;
const shRecs = ['Halden 35mm F1.4 (used, very good)', 'Halden Vira X6 body (used, excellent)', 'Orrin 43mm screw-in UV filter'];
const shFoot = ['Contact', 'Visit our shop', 'Delivery', 'Returns policy', 'Terms of service', 'Privacy policy'];
const shHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${shTitle} &ndash; Lenscraft Camera Exchange</title>
<meta name="description" content="A compact, weather-resistant moderate wide-angle. Used, excellent condition, six-month warranty.">
<meta property="og:site_name" content="Lenscraft Camera Exchange"><meta property="og:type" content="product"><meta property="og:price:amount" content="329.00">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${shTitle}","brand":{"@type":"Brand","name":"Halden"},
"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":329.0,"priceCurrency":"GBP"}]}</script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "lenscraft-exchange.myshopify.com"; Shopify.theme = {"name":"Dawn","schema_name":"Dawn"};</script>
<link href="//lenscraft.example/cdn/shop/t/12/assets/base.css?v=144997082486365258741707912543" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2219__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free insured UK delivery over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--2219__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Lenscraft Camera Exchange</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${shNav
  .map(
    (n) => `<li><a href="/collections/${n.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2231__main"
class="shopify-section section"><section id="MainProduct-template--2231__main" class="page-width section-template--2231__main-padding"
data-section="template--2231__main"><div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col
grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--2231__main" role="region"
class="product__column-sticky"><ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//lenscraft.example/cdn/shop/files/halden-23-f2-1.jpg?v=1707913001&width=1946" alt="Halden 23mm F2 WR, front view"></div></li>
</ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--2231__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Halden</p><div class="product__title"><h1>${shTitle}</h1></div>
<p class="product__text inline-richtext">Stock no. LC-44817</p>
<div class="no-js-hidden" id="price-template--2231__main" role="status"><div class="price price--large price--on-sale price--show-badge">
<div class="price__container">
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><s class="price-item price-item--regular">£369.00</s>
<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">£329.00</span></div></div>
<span class="badge price__badge-sale color-scheme-5">Sale</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios class="no-js-hidden"><fieldset class="js product-form__input"><legend class="form__label">Condition</legend>
<input type="radio" id="cond-1" name="Condition" value="Excellent" checked><label for="cond-1">Excellent</label>
<input type="radio" id="cond-2" name="Condition" value="Very good" class="disabled">
<label for="cond-2">Very good<span class="visually-hidden label-unavailable">
Variant sold out or unavailable</span></label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--2231__main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" value="1" min="1"></quantity-input></div>
<div class="product-form__buttons"><button id="ProductSubmitButton-template--2231__main" type="submit" name="add"
class="product-form__submit button button--full-width
button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div>
<div class="product__description rte quick-add-hidden">
${ps(shDesc)}
<h3>Specifications</h3><ul>${lis(shSpecs)}</ul>
<h3>In the box</h3><ul>${lis(shBox)}</ul>
</div>
${shAccordion
  .map(
    ([h, t]) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-${h.length}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${h}</h2></div></summary><div class="accordion__content rte"><p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--2231__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><button class="share-button__copy">Copy link</button>
</div></details>
</share-button></section></div></div></section></section>
<div id="shopify-section-template--2231__judgeme" class="shopify-section"><div class="jdgm-widget jdgm-review-widget jdgm-outside-widget">
<div class="jdgm-rev-widg">
<h2 class="jdgm-rev-widg__title">Customer Reviews</h2><div class="jdgm-rev-widg__summary-text">Be the first to write a review</div>
<a href="#" class="jdgm-write-rev-link">Write a review</a></div></div></div>
<div id="shopify-section-template--2231__related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${shRecs
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/${r.length}"
class="full-unstyled-link">${r}</a></h3></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></main>
<div id="shopify-section-sections--2219__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-3 gradient">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe
to our emails</h2><form method="post" class="footer__newsletter newsletter-form"><input id="NewsletterForm--footer" type="email" name="contact[email]"
placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></form></div></div>
<div class="footer-block grid__item">
<ul class="footer-block__details-content list-unstyled">${links(shFoot, 'link link--text list-menu__item--active')}</ul></div>
</div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Lenscraft Camera
Exchange</a></small><small class="copyright__content"><a href="https://www.shopify.example" rel="nofollow" target="_blank">Powered by Shopify</a></small>
</div></div>
</footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><div class="shopify-pc__banner__body">
<div class="shopify-pc__banner__body-title">
Your privacy</div><p id="shopify-pc__banner__body-policy-link">We and our partners use cookies to give you the best shopping experience.</p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline">Decline</button>
<button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//lenscraft.example/cdn/shop/t/12/assets/product-info.js?v=174806172978439001541707912543" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout357-shopify-dawn-product',
  kind: 'docs',
  html: shHtml,
  title: shTitle,
  headings: ['Specifications', 'In the box'],
  body: texts([...shDesc, ...shSpecs, ...shBox]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free insured UK delivery over £50', 'Lenscraft Camera Exchange', ...shNav, 'Log in', 'Halden', 'Cart', 'Stock no. LC-44817',
    'Regular price', '£369.00', 'Sale price', '£329.00', 'Sale', 'Tax included. Shipping calculated at checkout.', 'Condition', 'Excellent', 'Very good',
    'Variant sold out or unavailable', 'Quantity', 'Add to cart', 'Buy it now', ...shAccordion.flat(), 'Share', 'Copy link', 'Customer Reviews',
    'Be the first to write a review', 'Write a review', 'You may also like', ...shRecs, 'Subscribe to our emails',
    'Email', ...shFoot, '© 2026, Lenscraft Camera Exchange',
    'Powered by Shopify', 'Your privacy', 'We and our partners use cookies to give you the best shopping experience.', 'Manage preferences', 'Decline',
    'Accept',
  ],
};

export const HELDOUT357_F: readonly TestPage[] = [shopify, magazine];
