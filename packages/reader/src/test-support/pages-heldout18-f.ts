import { links, ps, type TestPage, texts } from './page-kit.js';
import { legacy } from './pages-heldout18-f2.js';

/**
 * Held-out batch 18, file f: a product page of a shop on the Shopify Dawn theme (announcement bar, header with
 * header__menu-item links and cart count, the product section with media gallery, product__title, price with "Regular
 * price" / "Sale price" labels, "Tax included." note, variant-radios for size and colour, quantity input, "Add to cart" and
 * the dynamic checkout button, the product__description rte (the article), collapsible accordions for materials and
 * "Shipping & Returns", share button, a reviews widget, "You may also like" product cards, newsletter and footer with
 * payment icons and the localization form). The Legacy.com-style obituary of this file is in pages-heldout18-f2.ts.
 */
const shTitle = 'Harbour Wool Fisherman Jumper';
const shIntro = [
  'Our Harbour jumper is knitted in Cornwall from undyed British wool, in the dense rib and gansey pattern that fishermen on this coast ' +
    'wore for generations. It is warm enough to wear without a coat on a dry winter day and tough enough to last for decades.',
  'Each jumper takes about six hours on our hand-framed knitting machines in Penryn, and is finished by hand: the shoulders are ' +
    'joined with a three-needle seam, and the underarm gussets are knitted in so the jumper moves with you.',
];
const shH1 = 'Fit and feel';
const shFit = [
  'The fit is close through the body, as a working gansey should be, with a slightly longer back. If you plan to wear it over a shirt, ' +
    'or prefer a looser fit, we suggest ordering one size up.',
  'The wool is soft for a working yarn but it is not merino: most people find it comfortable over a T-shirt, and some prefer a layer underneath.',
];
const shH2 = 'Caring for your jumper';
const shCare = [
  'Air it between wears instead of washing it',
  'Hand wash in cool water with a wool detergent when it needs it',
  'Dry flat, away from direct heat, and never tumble dry',
];
const shMaterials = '100% British wool, undyed. Knitted and finished in Penryn, Cornwall. Weight approximately 850 g in size M.';
const shShipping = 'Free UK delivery on orders over £75. Returns accepted within 30 days of delivery for unworn items with their tags.';
const shNav = ['Shop all', 'Knitwear', 'Outerwear', 'Accessories', 'Our story', 'Journal'];
const shSizes = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const shColours = ['Natural', 'Oatmeal', 'Charcoal'];
const shReviews = [
  { who: 'Hannah P.', when: '02/10/2025', title: 'Worth every penny', text: 'Bought for my husband, who has not taken it off since. Sizing was spot on.' },
  { who: 'Robert M.', when: '14/08/2025', title: 'Warm and very well made', text: 'Scratchy for the first week, then lovely. The seams are beautiful.' },
];
const shRelated: [string, string][] = [
  ['Harbour Wool Beanie', '£38.00'],
  ['Lizard Point Cardigan', '£165.00'],
  ['Porthleven Wool Scarf', '£55.00'],
];
const shFootMenus = ['Search', 'Delivery', 'Returns & exchanges', 'Size guide', 'Contact us', 'Stockists', 'Terms of service', 'Refund policy'];
const shHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>${shTitle} – Penryn Knitwear Co.</title>
<meta name="description" content="${shIntro[0] ?? ''}"><link rel="canonical" href="https://penrynknitwear.example/products/harbour-wool-fisherman-jumper">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${shTitle}",
"brand":{"@type":"Brand","name":"Penryn Knitwear Co."},
"offers":[{"@type":"Offer","price":"145.00","priceCurrency":"GBP","availability":"http://schema.org/InStock","sku":"HWJ-NAT-M"}],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","reviewCount":"37"}}</script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "penryn-knitwear.myshopify.example";
Shopify.theme = {"name":"Dawn","id":1384,"schema_version":"15.2.0"};</script>
<link href="//penrynknitwear.example/cdn/shop/t/7/assets/base.css?v=1520" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £75</span></p></div></div>
<div id="shopify-section-sections--header" class="shopify-section section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Penryn Knitwear Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(shNav, 'header__menu-item list-menu__item')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary aria-label="Search"></summary></details-modal>
<a href="/account/login" class="header__icon header__icon--account"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>
<div class="cart-count-bubble"><span aria-hidden="true">0</span></div></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main"><section id="shopify-section-template--main" class="shopify-section section">
<product-info class="page-width" data-section="template--main"><div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky"><ul class="product__media-list" role="list">
<li class="product__media-item is-active"><div class="product-media-container media-type-image">
<img src="//penrynknitwear.example/cdn/shop/files/harbour-natural.jpg?width=1200"
alt="Harbour jumper in Natural, folded on a harbour wall" width="1200" height="1500"></div></li></ul>
<button class="product__media-toggle" aria-label="Open media 1 in modal"></button></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Penryn Knitwear Co.</p>
<div class="product__title"><h1>${shTitle}</h1></div>
<a class="product-review-stars" href="#shopify-product-reviews"><span class="spr-badge-caption">37 reviews</span></a>
<div id="price-template--main" class="no-js-hidden" role="status"><div class="price price--large price--on-sale price--show-badge">
<div class="price__container">
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span>
<s class="price-item price-item--regular">£165.00</s></span>
<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">£145.00</span></div></div>
<span class="badge price__badge-sale color-scheme-4">Sale</span></div></div>
<div class="product__tax caption rte">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-selects id="variant-selects-template--main" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Size</legend>${shSizes
  .map(
    (s) => `<input type="radio" id="s-${s}" name="Size" value="${s}">
<label for="s-${s}">${s}</label>`,
  )
  .join('\n')}</fieldset>
<fieldset class="js product-form__input product-form__input--swatch"><legend class="form__label">Colour: <span>Natural</span></legend>
${shColours
  .map(
    (c) => `<input type="radio" id="c-${c}" name="Colour" value="${c}"><label for="c-${c}" title="${c}">
<span class="visually-hidden">${c}</span></label>`,
  )
  .join('\n')}
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus"><span class="visually-hidden">Decrease quantity for ${shTitle}</span></button>
<input class="quantity__input" type="number" name="quantity" value="1"><button class="quantity__button" name="plus">
<span class="visually-hidden">Increase quantity for ${shTitle}</span></button></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add"><div class="product-form__buttons">
<button id="ProductSubmitButton-template--main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form>
<div class="product__description rte quick-add-hidden">
${ps(shIntro)}
<h3>${shH1}</h3>
${ps(shFit)}
<h3>${shH2}</h3>
<ul>${shCare.map((c) => `<li>${c}</li>`).join('\n')}</ul>
</div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title">
Materials</h2></div></summary><div class="accordion__content rte"><p>${shMaterials}</p></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-2"><summary><div class="summary__title">
<h2 class="h4 accordion__title">
Shipping &amp; Returns</h2></div></summary><div class="accordion__content rte"><p>${shShipping}</p></div></details></div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button"><span>Share</span></button></share-button>
</section></div></div></product-info></section>
<section id="shopify-product-reviews" class="spr-container"><div class="spr-header"><h2 class="spr-header-title">Customer Reviews</h2>
<div class="spr-summary"><span class="spr-summary-caption">Based on 37 reviews</span><a class="spr-summary-actions-newreview" href="#">Write a review</a>
</div></div>
<div class="spr-reviews">${shReviews
  .map(
    (r) => `<div class="spr-review"><div class="spr-review-header"><h3 class="spr-review-header-title">${r.title}</h3>
<span class="spr-review-header-byline"><strong>${r.who}</strong> on <strong>${r.when}</strong></span></div>
<div class="spr-review-content"><p class="spr-review-content-body">${r.text}</p></div><div class="spr-review-footer">
<a class="spr-review-reportreview" href="#">Report as Inappropriate</a></div></div>`,
  )
  .join('\n')}
</div></section>
<section class="related-products page-width"><h2 class="related-products__heading h2">You may also like</h2><ul class="grid product-grid" role="list">
${shRelated
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/${n.length}" class="full-unstyled-link">${n}</a></h3><div class="price"><span class="price-item price-item--regular">${p}</span></div>
</div></div></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="footer color-scheme-1"><div class="footer__content-top page-width"><div class="footer-block"><h2 class="footer-block__heading">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(shFootMenus)}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form>
<label for="NewsletterForm--footer" class="field__label">Email</label>
<input id="NewsletterForm--footer" type="email" name="contact[email]"><button type="submit" class="newsletter-form__button" aria-label="Subscribe">
</button></form></div></div>
<div class="footer__content-bottom"><localization-form><h2 class="caption-large">Country/region</h2>
<button class="disclosure__button">United Kingdom | GBP £</button></localization-form>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li>
<li class="list-payment__item"><svg aria-labelledby="pi-master"><title id="pi-master">Mastercard</title></svg></li></ul>
<div class="footer__copyright caption"><small class="copyright__content">© 2025, <a href="/">Penryn Knitwear Co.</a></small>
<small class="copyright__content"><a href="https://www.shopify.example?utm_campaign=poweredby" rel="nofollow">Powered by Shopify</a></small></div></div>
</footer>
<script src="//penrynknitwear.example/cdn/shop/t/7/assets/product-info.js?v=1520" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  html: shHtml,
  name: 'heldout18-shopify-dawn-product',
  kind: 'wiki',
  // the product description is the article: its paragraphs and care list are body, its two h3s the headings; the vendor
  // line (the shop's name, also the header logo and copyright: once), review stars caption, prices and their hidden
  // labels, "Sale" badge, tax note, variant legends and values (the hidden colour names repeat the swatch legend's
  // "Natural": once), quantity and its hidden labels (each holds the whole title, kept), "Add to cart",
  // "Buy it now", the Materials and "Shipping & Returns" accordions with their texts, "Share", the reviews widget (titles,
  // names, dates, texts), "You may also like" cards with prices, newsletter, localization, payment titles and footer are
  // furniture; the announcement bar's text is the shipping accordion's first sentence word for word and counts apart; the
  // size legend "Size" is a word of the body and the size letters (one to three letters each) are left out; a shop page
  // has no bylines; kind "wiki": a catalogue entry, as the batch 17 museum object page
  title: shTitle,
  headings: [shH1, shH2],
  body: [...texts(shIntro), ...texts(shFit), ...shCare],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £75', 'Penryn Knitwear Co.', ...shNav, 'Log in', 'Cart', '37 reviews', 'Regular price',
    '£165.00', 'Sale price', '£145.00', 'Sale', 'Tax included. Shipping calculated at checkout.', 'Colour: Natural', 'Oatmeal', 'Charcoal',
    'Quantity', `Decrease quantity for ${shTitle}`, `Increase quantity for ${shTitle}`, 'Add to cart', 'Buy it now', 'Materials', shMaterials,
    'Shipping & Returns', shShipping, 'Share', 'Customer Reviews',
    'Based on 37 reviews', 'Write a review', ...shReviews.flatMap((r) => [r.title, r.who, r.when, r.text]), 'Report as Inappropriate',
    'You may also like', ...shRelated.flat().filter((t) => t !== '£165.00'), 'Help', ...shFootMenus, 'Subscribe to our emails', 'Email',
    'Country/region', 'United Kingdom | GBP £', 'Visa', 'Mastercard', '© 2025, Penryn Knitwear Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT18_F: readonly TestPage[] = [shopify, legacy];
