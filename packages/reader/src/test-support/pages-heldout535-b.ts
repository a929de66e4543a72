import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file b: a massage therapist's booking and policies page on Wix (Thunderbolt markup, rich-text components,
 * spacer paragraphs), and a spa gift voucher product page on Shopify's Dawn theme (announcement bar, variant picker, accordions).
 */
const wTitle = 'Booking &amp; Policies';
const wSecs: [string, string[]][] = [
  [
    'How to book',
    [
      j(
        'All appointments are booked online. Choose a 30, 60 or 90 minute massage and a time that suits you; you will get a',
        'confirmation email straight away and a reminder the day before.',
      ),
      'New clients: please allow ten extra minutes for your first visit.',
    ],
  ],
  [
    'Cancellations',
    [
      j(
        'I ask for 24 hours\u2019 notice to cancel or move an appointment. Late cancellations and missed appointments are charged in full,',
        'because that time cannot usually be filled. I will always waive the fee once for illness or emergencies.',
      ),
    ],
  ],
  ['Late arrivals', ['If you arrive late, your massage will end at the booked time so the next client is not kept waiting.']],
  [
    'Direct billing',
    [
      j(
        'I bill most extended health plans directly. Bring your plan and member numbers to your first appointment. Receipts are',
        'emailed after every treatment.',
      ),
    ],
  ],
];
const wNav = ['Home', 'About', 'Services', 'Book Online', 'Policies', 'Contact'];
const wRt = (tag: string, t: string, font: string): string => `<${tag} class="${font} wixui-rich-text__text"><span style="letter-spacing:normal;"
class="wixui-rich-text__text">${t}</span></${tag}>`;
const wBlock = (id: string, inner: string): string => `<div id="comp-lt${id}" class="HcOXKn SxM0TO QxJLC3 comp-lt${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c1d2e_favicon.png"
type="image/png"/>
<script>window.viewerModel = {"site":{"metaSiteId":"8f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b","isPremium":true},"language":{"siteLanguage":"en"}};</script>
<script type="text/javascript">window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {};</script>
<title>Booking & Policies | Mara Kovač RMT</title><meta name="description" content="How to book, cancellation policy and direct billing."/>
<link rel="canonical" href="https://www.marakovacrmt.com/policies"/><meta property="og:site_name" content="Mara Kovač RMT"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Mara Kovač RMT","telephone":"555-018-4470"}</script>
<style id="css_masterPage">#comp-lt8k1a{width:980px}#SITE_HEADER{--shd:none}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div class="PpXTsz"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div class="LHrbPP"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP background-wrapper" tabindex="0">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div
data-mesh-id="SITE_HEADERinlineContent">
${wBlock('8k1a', wRt('p', '<a href="https://www.marakovacrmt.com" target="_self" class="wixui-rich-text__text">Mara Kovač RMT</a>', 'font_6'))}
${wBlock('8k1b', wRt('p', 'Registered Massage Therapy', 'font_9'))}
<nav id="comp-lt8k1c" aria-label="Site" class="comp-lt8k1c wixui-horizontal-menu"><ul class="ZXdXAO">${wNav
  .map(
    (n) => `<li
class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.marakovacrmt.com/${n.toLowerCase().replace(' ', '-')}"
class="UiHgGh"${n === 'Policies' ? ' aria-current="page"' : ''}><div class="itemDepth02233374943__root"><div class="wtaGxQ"
data-testid="itemContentWrapper"><p class="StylableHorizontalMenu3372578893__label">${n}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="Ry26q7"><section id="comp-lt8k20" tabindex="-1" class="xuzjBY wixui-section"
data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf"><div id="comp-lt8k21"
class="comp-lt8k21 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lt8k21inlineContent" data-testid="inline-content" class="">
${wBlock('8k22', wRt('h1', wTitle, 'font_0'))}
${wBlock(
  '8k23',
  wSecs
    .map(
      ([h, p]) => `${wRt('h2', h, 'font_4')}\n${p.map((t) => wRt('p', t, 'font_8')).join('\n')}
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&nbsp;</span></p>`,
    )
    .join('\n'),
)}
<div class="comp-lt8k24 R6ex7N" id="comp-lt8k24" aria-disabled="false"><a data-testid="linkElement" href="https://www.marakovacrmt.com/book-online"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Now</span></a></div>
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${wBlock(
  '8k30',
  [
    wRt('p', 'Unit 3, 88 Fennel Road, Brackwater', 'font_8'),
    wRt('p', 'Tel: 555-018-4470', 'font_8'),
    wRt(
      'p',
      `© 2026 by Mara Kovač RMT. Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with"
target="_blank">Wix</a>`,
      'font_9',
    ),
  ].join('\n'),
)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8c1e3f2a.bundle.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout535-wix-therapist-policies',
  kind: 'docs',
  html: wHtml,
  title: plain(wTitle),
  headings: wSecs.map(([h]) => h),
  body: wSecs.flatMap(([, p]) => p),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Mara Kovač RMT', 'Registered Massage Therapy', ...wNav, 'Book Now', 'Unit 3, 88 Fennel Road, Brackwater',
    'Tel: 555-018-4470', '© 2026 by Mara Kovač RMT. Powered and secured by Wix', 'bottom of page',
  ],
};

const hTitle = 'The Aster Ritual Gift Voucher';
const hDesc = [
  j(
    'Give two and a half hours at Aster &amp; Ash: our full ritual, from the salt room to the treatment couch. The voucher covers one',
    'person and can be used on any weekday.',
  ),
  'The ritual includes:',
];
const hList = [
  'A 30-minute salt room session',
  'Full body exfoliation with oat and sea salt',
  '60-minute aromatherapy massage',
  'A mini facial and scalp massage',
];
const hAcc: [string, string][] = [
  ['How to redeem', 'Call the spa or book online and enter the voucher code at checkout. Printed cards carry the same code.'],
  ['Validity', 'Vouchers are valid for 12 months from purchase and cannot be exchanged for cash.'],
];
const hMenu = ['Shop all', 'Gift vouchers', 'Bath &amp; body', 'Candles', 'Visit the spa'];
const hRec = ['Candlelit Massage for Two', 'Salt Room Pass (5 sessions)', 'Aster Bath Soak'];
const hFoot = ['Search', 'Delivery', 'Refund policy', 'Contact'];
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://asterandash.co.uk/products/the-aster-ritual-gift-voucher">
<title>The Aster Ritual Gift Voucher &ndash; Aster &amp; Ash Spa</title><meta name="description" content="Give two and a half hours at Aster &amp; Ash.">
<meta property="og:site_name" content="Aster &amp; Ash Spa"><meta property="og:type" content="product"><meta property="og:price:amount" content="145.00">
<script>window.shopUrl = 'https://asterandash.co.uk'; window.routes = {cart_add_url: '/cart/add', cart_url: '/cart'};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"product"}</script>
<script>var meta = {"product":{"id":8123456789,"vendor":"Aster \\u0026 Ash Spa","type":"Gift voucher","variants":[{"id":4411,"price":14500,
"name":"The Aster Ritual Gift Voucher - E-voucher"}]},"page":{"pageType":"product"}};</script>
<link href="//asterandash.co.uk/cdn/shop/t/4/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all" />
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"The Aster Ritual Gift Voucher","offers":[{"@type":"Offer",
"price":"145.00","priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--1649__announcement-bar" class="shopify-section shopify-section-group-header-group
announcement-bar-section"><div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Printed vouchers posted free, next working day</span></p></div>
</div></div></div><div id="shopify-section-sections--1649__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header
header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg aria-hidden="true" focusable="false" class="icon icon-hamburger" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 100 1h15.71"/></svg>
</span></summary></details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//asterandash.co.uk/cdn/shop/files/aster-logo.png?v=16&amp;width=600" alt="Aster &amp; Ash Spa" width="150" height="45"
class="header__heading-logo motion-reduce"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hMenu
  .map(
    (m) => `<li><a href="/collections/${m.toLowerCase().replace(/ &amp; | /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${m}</span></a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary></details>
</details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1650__main"
class="shopify-section section"><section id="MainProduct-template--1650__main" class="page-width section-template--1650__main-padding"
data-section="template--1650__main"><div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1650__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1650__main" class="visually-hidden" role="status"></div><ul id="Slider-Gallery"
class="product__media-list
contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><div class="product__media media
media--transparent"><img src="//asterandash.co.uk/cdn/shop/files/ritual-voucher.jpg?v=17&amp;width=1946" alt="Aster Ritual voucher card in a linen envelope"
width="1946" height="1946" loading="eager"></div></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1650__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Aster &amp; Ash Spa</p>
<div class="product__title"><h1>${hTitle}</h1><a href="/products/the-aster-ritual-gift-voucher" class="product__title"><h2 class="h1">${hTitle}</h2></a></div>
<p class="product__text inline-richtext"></p><div class="no-js-hidden" id="price-template--1650__main" role="status"><div
class="price price--large price--show-badge">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£145.00 GBP</span></div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--1650__main" data-section="template--1650__main"><fieldset class="js product-form__input
product-form__input--pill"><legend class="form__label">Delivery</legend><input type="radio" id="template--1650__main-1-0" name="Delivery" value="E-voucher"
checked><label for="template--1650__main-1-0">E-voucher</label><input type="radio" id="template--1650__main-1-1" name="Delivery" value="Printed card">
<label for="template--1650__main-1-1">Printed card</label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1650__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${hTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-template--1650__main" value="1" min="1"><button class="quantity__button"
name="plus" type="button"><span class="visually-hidden">Increase quantity for ${hTitle}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1650__main" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button id="ProductSubmitButton-template--1650__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">${ps(hDesc)}<ul>${lis(hList)}</ul></div>
${hAcc
  .map(
    ([h, t]) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-${h.length}"><summary><div class="summary__title">
<svg aria-hidden="true" focusable="false" class="icon icon-accordion color-foreground-text" viewBox="0 0 20 20"><path d="M7 3h6"/></svg>
<h2 class="h4 accordion__title inline-richtext">${h}</h2></div><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6">
<path d="M9.354.646"/></svg></summary><div class="accordion__content rte" id="ProductAccordion-collapsible-${h.length}"><p>${t}</p></div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--1650__main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg width="13" height="12"
class="icon icon-share" aria-hidden="true" focusable="false"><path d="M1.625 8.125"/></svg>Share</button><details id="Details-share-template--1650__main">
<summary class="share-button__button"><svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"><path d="M1.625 8.125"/></svg>
Share</summary></details></share-button></section></div></div></section></section>
<div id="shopify-section-template--1650__related" class="shopify-section"><product-recommendations
class="related-products page-width section-template--1650__related-padding
isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${hRec
  .map(
    (r) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${r.length}" class="full-unstyled-link">${r}</a></h3>
</div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--1651__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1651__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--sections--1651__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1651__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg
class="icon icon-arrow"></svg></button></div></div>
</form></div></div><div class="footer-block grid__item footer-block--menu"><ul
class="footer-block__details-content list-unstyled">${links(hFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Aster &amp; Ash
Spa</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div>
</footer></div><!-- END sections: footer-group --></body></html>`;
const shopify: TestPage = {
  name: 'heldout535-shopify-gift-voucher',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hAcc.map(([h]) => h),
  body: texts([...hDesc, ...hList, ...hAcc.map(([, t]) => t)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Printed vouchers posted free, next working day', ...texts(hMenu), 'Log in', 'Cart', 'Aster & Ash Spa', 'Regular price',
    '£145.00 GBP', 'Tax included.', 'Delivery', 'E-voucher', 'Printed card', 'Quantity', `Decrease quantity for ${hTitle}`, `Increase quantity for ${hTitle}`,
    'Add to cart', 'Buy it now', 'Share', 'You may also like', ...hRec, 'Subscribe to our emails', 'Email', 'Search', 'Refund policy', 'Contact',
    '© 2026, Aster & Ash Spa',
    'Powered by Shopify',
  ],
};

export const HELDOUT535_B: readonly TestPage[] = [wix, shopify];
