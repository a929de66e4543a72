import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, gold, j, lis, rowTexts, trs } from './pages-heldout650-kit.js';

/**
 * Held-out batch 650, file a: an acoustic guitar product page on Shopify (Dawn theme) and a guitar setup and repair service
 * page on WordPress built with Elementor (Hello Elementor theme, Elementor Pro header and footer).
 */
const sTitle = 'Fernhollow OM-14 Sitka / Walnut Acoustic Guitar';
const sDesc = [
  j(
    'The OM-14 is the guitar we reach for when a customer asks for one instrument that does everything. Built in Fernhollow’s',
    'small workshop in Ashby Vale, it pairs a solid Sitka spruce top with solid black walnut back and sides for a clear, balanced',
    'voice that records beautifully and still has the punch to hold its own in a session.',
  ),
  j(
    'The orchestra model body sits comfortably on the knee, and the 1 3/4" nut with a gentle C-shaped neck suits both fingerstyle',
    'players and strummers. Every OM-14 that leaves our shop gets a full setup on our bench before it ships: fret levelling where',
    'needed, nut slots cut to your string gauge and action set to 2.2 mm at the 12th fret on the bass side.',
  ),
  'What’s in the box:',
];
const sBox = ['Fernhollow hardshell case with hygrometer pocket', 'Set of 12–53 phosphor bronze strings (fitted)', 'Truss rod key and setup card'];
const sSpecs = [
  ['Top', 'Solid Sitka spruce, scalloped X bracing'],
  ['Back and sides', 'Solid black walnut'],
  ['Neck', 'Mahogany, slim C profile'],
  ['Fingerboard', 'Ebony, 20 frets'],
  ['Scale length', '25.4 in (645 mm)'],
  ['Finish', 'Satin nitrocellulose'],
];
const sNav = ['Acoustic Guitars', 'Electric Guitars', 'Ukuleles', 'Strings & Accessories', 'Setup & Repair', 'Sale'];
const sRel = ['Fernhollow D-18 Mahogany Dreadnought', 'Tansey Parlour P2 All-Solid', 'Fernhollow OM-14 Left-Handed'];
const sFoot = ['Search', 'Shipping policy', 'Returns & exchanges', 'Contact', 'Visit the shop'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://larkandfret.com/products/fernhollow-om-14-sitka-walnut">
<title>${amp(sTitle)} &ndash; Lark &amp; Fret Music</title>
<meta name="description" content="The OM-14 is the guitar we reach for when a customer asks for one instrument that does everything.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="1,849.00"><meta property="og:price:currency" content="USD">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "lark-and-fret.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1348821};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","brand":{"@type":"Brand","name":"Fernhollow"},
"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":1849.0,"priceCurrency":"USD"}]}</script>
<link href="//larkandfret.com/cdn/shop/t/12/assets/base.css?v=1420" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--color-base-text:18,18,18;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1801__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free insured shipping on every guitar over $500</span></p></div></div></div>
<div id="shopify-section-sections--1801__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Lark &amp; Fret Music</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.length}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${amp(t)}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1802__main" class="shopify-section section"><section id="MainProduct-template--1802__main"
class="page-width section-template--1802__main-padding" data-section="template--1802__main">
<div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--1802__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--1802__main" class="visually-hidden" role="status"></div>
<ul id="Slider-Gallery-template--1802__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list">
<li class="product__media-item grid__item slider__slide is-active"><div class="product-media-container media-type-image media-fit-contain">
<img src="//larkandfret.com/cdn/shop/files/om14-front.jpg?v=1&amp;width=1946" alt="Fernhollow OM-14 front view" width="1946" height="2400"></div></li>
</ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--1802__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Fernhollow Guitars</p>
<div class="product__title"><h1>${amp(sTitle)}</h1><a href="/products/fernhollow-om-14-sitka-walnut"
class="product__title"><h2 class="h1">${amp(sTitle)}</h2></a></div>
<div class="no-js-hidden" id="price-template--1802__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$1,849.00 USD</span></div></div></div></div>
<div class="product__tax caption rte">Taxes included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</div>
<variant-radios id="variant-radios-template--1802__main" class="no-js-hidden" data-section="template--1802__main"><fieldset class="js product-form__input">
<legend class="form__label">Handedness</legend><input type="radio" id="hand-1" name="Handedness" value="Right-handed" checked>
<label for="hand-1">Right-handed</label><input type="radio" id="hand-2" name="Handedness" value="Left-handed"><label for="hand-2">Left-handed</label>
</fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--1802__main">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button no-js-hidden" name="minus" type="button"><span class="visually-hidden">Decrease quantity for
${amp(sTitle)}</span></button><input class="quantity__input" type="number" name="quantity" value="1" min="1"><button class="quantity__button no-js-hidden"
name="plus" type="button"><span class="visually-hidden">Increase quantity for ${amp(sTitle)}</span></button></quantity-input></div>
<div><product-form class="product-form"><form method="post" action="/cart/add" class="form" novalidate="novalidate">
<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form></div>
<div class="product__description rte quick-add-hidden">
${ps(sDesc)}
<ul>${lis(sBox.map(amp))}</ul></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_specs" open><summary>
<div class="summary__title"><h2 class="h4 accordion__title inline-richtext">Specifications</h2></div></summary>
<div class="accordion__content rte" id="ProductAccordion-collapsible_tab_specs"><table><tbody>
${trs(sSpecs, true)}
</tbody></table></div></details></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible_tab_ship"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Shipping &amp; returns</h2></div></summary><div class="accordion__content rte">
<p>Guitars ship in a double box within two working days. Returns are accepted within 14 days in original condition.</p></div></details></div>
<share-button id="Share-template--1802__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--1802__related" class="shopify-section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list">
${sRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5"><a href="/products/x"
class="full-unstyled-link">${t}</a></h3></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></div></main>
<div id="shopify-section-sections--1803__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-background-1 gradient">
<div class="footer__content-top page-width"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--sections--1803__footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1803__footer">Email</label></div></form></div>
<ul class="footer-block__details-content list-unstyled">${links(sFoot, 'list-menu__item')}</ul></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Lark &amp;
Fret Music</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div>
</div></footer></div>
<script src="//larkandfret.com/cdn/shop/t/12/assets/global.js?v=1420" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout650-shopify-guitar-product',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Specifications'],
  body: [...texts(sDesc), ...sBox, ...rowTexts(sSpecs)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free insured shipping on every guitar over $500', 'Lark & Fret Music', ...sNav, 'Log in', 'Cart', 'Fernhollow Guitars',
    'Regular price', '$1,849.00 USD', 'Taxes included. Shipping calculated at checkout.', 'Handedness', 'Right-handed', 'Left-handed', 'Quantity',
    `Decrease quantity for ${sTitle}`, `Increase quantity for ${sTitle}`, 'Add to cart', 'Buy it now', 'Shipping & returns',
    'Guitars ship in a double box within two working days. Returns are accepted within 14 days in original condition.', 'Share',
    'You may also like', ...sRel, 'Subscribe to our emails', 'Email', ...sFoot, '© 2026, Lark & Fret Music', 'Powered by Shopify',
  ],
});

const eTitle = 'Guitar Setup & Repair';
const eIntro = [
  j(
    'A guitar that fights you is a guitar you stop playing. Our bench in the back of the shop handles everything from a simple',
    'restring to a full refret, and most setups are ready in two working days.',
  ),
  j(
    'Every job starts with a free check-in: we look at the neck relief, fret wear, nut and saddle, electronics and tuners with you',
    'at the counter, and we give you a fixed price before any work begins.',
  ),
];
const eServices: [string, string, string][] = [
  ['Standard setup', '$75', 'Neck relief, action, intonation and pickup height adjusted, fretboard cleaned and oiled, new strings fitted.'],
  ['Fret level & crown', '$180', 'Frets levelled, recrowned and polished to cure buzzing and dead spots. Includes a standard setup.'],
  ['Nut replacement', 'from $90', 'A new bone or Tusq nut cut by hand to your string gauge.'],
  ['Electronics clean-up', '$55', 'Crackly pots and jacks cleaned or replaced, grounding checked.'],
];
const eWhenH = 'When does a guitar need a setup?';
const eWhen = [
  'The strings feel higher or harder to press than they used to.',
  'Notes buzz or choke when you bend them.',
  'Chords sound out of tune further up the neck even when the open strings are in tune.',
  'You are changing to a different string gauge or tuning.',
];
const eNote = 'Seasons change the wood. We recommend a setup in spring and autumn for guitars that live in heated rooms.';
const eNav = ['Home', 'Shop', 'Repairs', 'Lessons', 'About', 'Contact'];
const eTest = ['“My old Telecaster plays better than the day I bought it.” — Dom R.', '“Fast, honest, and they explained everything.” — Priya K.'];
const eEl = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const ePrice = eServices
  .map(
    ([t, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${amp(t)}</span><span class="elementor-price-list-separator"></span><span
class="elementor-price-list-price">${p}</span>
</div><p class="elementor-price-list-description">${d}</p></div></li>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Guitar Setup &amp; Repair &#8211; Caskwood Guitar Works</title><meta name='robots' content='index, follow, max-image-preview:large'>
<meta name="description" content="Setups, fretwork, nuts and electronics repairs in Millbrook. Free check-in and a fixed price before we start.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",
"@graph":[{"@type":"WebPage","name":"Guitar Setup &amp; Repair"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://caskwoodguitars.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://caskwoodguitars.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-214-css' href='https://caskwoodguitars.com/wp-content/uploads/elementor/css/post-214.css?ver=1716' media='all'>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-214 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '1b7c2e0',
  `${eEl(
    '5a2f1d3',
    'theme-site-logo',
    `<a href="https://caskwoodguitars.com">
<img src="/wp-content/uploads/2024/02/caskwood-logo.png" alt="Caskwood Guitar Works"></a>`,
  )}
${eEl(
  '7de41f0',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"
aria-label="Menu"><ul id="menu-1-7de41f0" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}`,
)}
</div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
${eSec(
  '3f2a1b7',
  `${eEl('c21a9e4', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${amp(eTitle)}</h1>`)}
${eEl('91be0d2', 'text-editor', ps(eIntro))}
${eEl(
  '4f0c7a1',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="#book">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a check-in</span></span></a></div>`,
)}`,
)}
${eSec(
  '8e3d5c6',
  `${eEl('0b9f2d8', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Services &amp; prices</h2>')}
${eEl('e71c4b0', 'price-list', `<ul class="elementor-price-list">${ePrice}</ul>`)}`,
)}
${eSec(
  'd4a1f93',
  `${eEl('62ca8e5', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eWhenH}</h2>`)}
${eEl(
  'a8b3c12',
  'icon-list',
  `<ul class="elementor-icon-list-items">${eWhen
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${eEl('f3e9a07', 'text-editor', ps([eNote]))}`,
)}
${eSec(
  'b6d20c4',
  `${eEl(
    '19fa7e3',
    'testimonial-carousel',
    `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${eTest
      .map(
        (t) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${t}</div></div></div></div>`,
      )
      .join('\n')}</div></div>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  '2c8e7f1',
  `${eEl('9d3a6b2', 'text-editor', '<p>Caskwood Guitar Works<br>14 Tanner Row, Millbrook</p><p>Tue–Sat 10:00–18:00</p>')}
${eEl('4b7e0a9', 'text-editor', '<p>© 2026 Caskwood Guitar Works. All rights reserved.</p>')}`,
)}
</div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-box-bottom-left" role="region" aria-label="We value your privacy"><div class="cky-consent-bar">
<div class="cky-notice"><p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to see which pages are read and
to improve the site.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customize</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src="https://caskwoodguitars.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = gold({
  name: 'heldout650-elementor-setup-repair',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Services & prices', eWhenH],
  body: [...eIntro, ...eServices.flatMap(([t, p, d]) => [`${t} ${p}`, d]), ...eWhen, eNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a check-in', ...eTest, 'Caskwood Guitar Works', '14 Tanner Row, Millbrook', 'Tue–Sat 10:00–18:00',
    '© 2026 Caskwood Guitar Works. All rights reserved.', 'We value your privacy', 'We use cookies to see which pages are read and to improve the site.',
    'Customize', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT650_A: readonly TestPage[] = [shopify, elementor];
