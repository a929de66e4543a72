import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file c: a university language centre's placement test guide on Drupal 10 (a university theme with a
 * section menu and a "page last reviewed" line), and a language school's evening course sold as a product on Shopify (Dawn).
 */
const dTitle = 'Placement test: a guide for students';
const dIntro = j(
  'Before you join a language course at the Language Centre, you take a short placement test so that we can put you in the',
  'right group. The test is free, takes about 40 minutes and can be done online from home.',
);
const dH1 = 'Who needs to take the test';
const dWho = [
  j(
    'You need to take the test if you want to join any course above beginner level in French, German, Italian, Spanish, Portuguese',
    'or Japanese. Complete beginners do not need to take it: choose a Level 1 course and enrol directly.',
  ),
  j(
    'If you took a Language Centre course in the last two years and passed it, you can go on to the next level without a new test.',
    'If you stopped for longer, or you have lived abroad since, please take the test again.',
  ),
];
const dH2 = 'What the test looks like';
const dParts = [
  ['Grammar and vocabulary', '15 minutes', '40 multiple-choice questions that get harder as you go'],
  ['Reading', '10 minutes', 'Two short texts with questions'],
  ['Listening', '10 minutes', 'Three recordings, each played twice'],
  ['Writing', '5 minutes', 'A few sentences about yourself'],
];
const dAfterTable = j(
  'Do not use a dictionary or a translation tool. The test is not an exam: if you get help, you will only end up in a group',
  'that moves too fast for you.',
);
const dH3 = 'After the test';
const dAfter = [
  j(
    'You will receive your level by email within three working days. The email includes a link to enrol on the course that matches',
    'your result. For Japanese, and for anyone placed at Level 5 or above, a tutor will also invite you to a ten-minute speaking check',
    'by video call.',
  ),
  j(
    'If you feel after the first week of classes that your group is too easy or too hard, speak to your tutor. Moving to another',
    'group is possible until the end of week two if there is space.',
  ),
];
const dH4 = 'Frequently asked questions';
const dFaq = [
  ['Can I take the test more than once?', 'Yes, but only your first result counts for placement unless a tutor agrees to a second attempt.'],
  ['Do I need a university login?', 'No. Members of the public can take the test with any email address.'],
  ['Is there a test for English?', 'English courses use a different test. See the English for Academic Purposes pages.'],
];
const dNav = ['Study', 'Research', 'International', 'Alumni', 'About'];
const dCrumbs = ['Home', 'Language Centre', 'Courses and enrolment'];
const dSide = [
  'Courses and enrolment',
  'Evening courses',
  'Fees and discounts',
  'English for Academic Purposes',
  'Language exchange',
  'Contact the Language Centre',
];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Freedom of information', 'Modern slavery statement', 'Cookie settings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Language Centre | University of Harrowmere</title><link rel="canonical" href="https://www.harrowmere.ac.uk/language-centre/placement-test">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${dTitle}","isPartOf":{"@type":"WebSite",
"name":"University of Harrowmere"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5120"},"user":{"uid":0}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vq2p.css"></head>
<body class="path-node page-node-type-page has-sidebar-first"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-sitewidealert" class="block"><div class="sitewide-alert alert-info">
<p>Enrolment for spring term courses opens on 6 January.</p></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-uh-branding" class="block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/uh/logo.svg" alt="University of Harrowmere"></a></div>
<div class="search-block-form block" role="search"><form action="/search" method="get" id="search-block-form"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys">
</div>
<div class="form-actions"><input type="submit" value="Search" class="button"></div></form></div>
<nav role="navigation" aria-labelledby="block-uh-main-menu-menu" id="block-uh-main-menu">
<h2 class="visually-hidden" id="block-uh-main-menu-menu">Main navigation</h2>
<ul class="menu menu--main">${links(dNav, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-uh-breadcrumbs" class="block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-uh-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title">${dTitle}</span></h1></div>
<div data-drupal-messages-fallback class="hidden"></div><div id="block-uh-content" class="block block-system block-system-main-block">
<article data-history-node-id="5120" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item"><p class="lead">${dIntro}</p>
<h2>${dH1}</h2>${ps(dWho)}<h2>${dH2}</h2><table class="table"><thead><tr><th>Part</th><th>Time</th><th>What you do</th></tr></thead>
<tbody>${trs(dParts)}</tbody></table><p>${dAfterTable}</p>
<p><a class="button button--primary" href="https://placement.harrowmere.ac.uk/start">Start the placement test</a></p>
<h2>${dH3}</h2>${ps(dAfter)}<h2>${dH4}</h2>${dFaq.map(([q, a]) => `<h3>${q}</h3><p>${a}</p>`).join('\n')}</div>
<div class="field field--name-field-last-reviewed"><div class="field__label">Page last reviewed</div><div class="field__item">
<time datetime="2025-09-04T12:00:00Z">4 September 2025</time></div></div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" id="block-uh-section-menu" class="block block-menu">
<h2 class="block__title">Language Centre</h2><ul class="menu menu--section">${links(dSide, 'menu-item')}</ul></nav>
<div class="block block-block-content"><div class="field--name-body"><h2>Contact us</h2><p>languages@harrowmere.ac.uk</p><p>Room 2.14, Weaver Building</p>
</div></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav id="block-uh-footer" class="block block-menu"><ul class="menu">
${links(dFoot, 'menu-item')}</ul></nav><p class="copyright">© University of Harrowmere 2025</p></div></footer></div></div>
<script type="application/json" id="eu-cookie-compliance">{"popup_enabled":true}</script>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout691-drupal-placement-test',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3, dH4, ...dFaq.map(([q]) => q ?? '')],
  body: texts([dIntro, ...dWho, ...rowTexts(dParts), dAfterTable, ...dAfter, ...dFaq.map(([, a]) => a ?? '')]),
  bylines: ['Page last reviewed', '4 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Enrolment for spring term courses opens on 6 January.', ...dNav, 'Home', 'Language Centre', ...dSide, 'Start the placement test',
    'Contact us', 'languages@harrowmere.ac.uk', 'Room 2.14, Weaver Building', ...dFoot,
    '© University of Harrowmere 2025', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'OK, I agree', 'No, thanks',
  ],
};

const pTitle = 'German A1 Evening Course (10 weeks, online)';
const pDesc = [
  j(
    'Start speaking German from the very first evening. This course is for complete beginners and covers the whole of level A1 in',
    'ten weeks: introducing yourself, shopping, asking the way, talking about work and family, and making plans.',
  ),
  'Classes take place live on Zoom with a maximum of nine learners, twice a week for 90 minutes.',
];
const pH1 = 'What you get';
const pList = [
  '30 hours of live lessons with a qualified teacher',
  'The course book as a PDF and all audio files',
  'Weekly homework with written feedback',
  'A short online test and a certificate at the end',
];
const pH2 = 'Who teaches the course';
const pTeach = j(
  'All our teachers are native speakers with a teaching qualification and at least three years of experience with adult groups.',
  'You will have the same teacher for the whole course.',
);
const pNav = ['Online courses', 'Courses in Kestrel', 'Exam preparation', 'Gift cards', 'FAQ'];
const pRel = ['German A2 Evening Course (10 weeks, online)', 'German Conversation Club (monthly)', 'Private Lessons, 5-pack'];
const pFoot = ['Search', 'About us', 'Shipping and delivery', 'Refund policy', 'Terms of service', 'Contact'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://sprachwerk-kestrel.com/products/german-a1-evening-online">
<title>${pTitle} – Sprachwerk Kestrel</title><meta name="description" content="Start speaking German from the very first evening.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="320,00"><meta property="og:price:currency" content="EUR">
<script>var Shopify = Shopify || {};Shopify.shop = "sprachwerk-kestrel.myshopify.com";Shopify.theme = {"name":"Dawn","id":139210,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"320.00",
"priceCurrency":"EUR"}]}</script>
<link href="//sprachwerk-kestrel.com/cdn/shop/t/3/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner-empty"><div class="cart-drawer__warnings center">
<h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all" class="button">Continue shopping</a></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>New spring courses: book before 15 March and save 10 %</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Sprachwerk Kestrel</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart header__icon--summary link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>
</a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main" class="shopify-section section">
<section id="MainProduct-template--main" class="page-width section-template--main-padding" data-section="template--main"><div class="product product--large
product--left product--stacked grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery class="product__media-list">
<img src="//sprachwerk-kestrel.com/cdn/shop/files/a1-online.jpg?v=1&amp;width=1946" alt="Teacher with a whiteboard on a video call" width="1946">
</media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Sprachwerk Kestrel</p><div class="product__title"><h1>${pTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">€320,00 EUR</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input"><legend class="form__label">Start date</legend>
<input type="radio" id="opt-1" name="Start date" value="7 April" checked><label for="opt-1">7 April</label>
<input type="radio" id="opt-2" name="Start date" value="5 May"><label for="opt-2">5 May</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form"><div class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button">
<button class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button>
</div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}<h3>${pH1}</h3><ul>${lis(pList)}</ul><h3>${pH2}</h3><p>${pTeach}</p></div>
<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-1"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">Cancellation policy</h2></div></summary><div class="accordion__content rte" id="ProductAccordion-collapsible-1">
<p>You can cancel free of charge up to 14 days before the course starts. After that we offer a place on a later course instead.</p></div></details></div>
<share-button class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details>
<summary class="share-button__button">Share</summary>
</details></share-button></section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section section">
<product-recommendations class="related-products page-width section-template--related-padding
isolate"><h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid grid--4-col-desktop" role="list">
${pRel
  .map(
    (t) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${t}</a></h3></div></li>`,
  )
  .join('\n')}
</ul></product-recommendations></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer-block grid__item footer-block--menu"><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">© 2025, <a href="/">Sprachwerk Kestrel</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer></div>
<script src="//sprachwerk-kestrel.com/cdn/shop/t/3/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout691-shopify-a1-course',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2],
  body: texts([...pDesc, ...pList, pTeach]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New spring courses: book before 15 March and save 10 %', 'Sprachwerk Kestrel', ...pNav, '€320,00 EUR', 'Tax included.', 'Start date',
    '7 April', '5 May', 'Quantity', 'Add to cart', 'Buy it now', 'Cancellation policy',
    'You can cancel free of charge up to 14 days before the course starts. After that we offer a place on a later course instead.', 'Share',
    'You may also like', ...pRel, 'Subscribe to our emails', 'Email', ...pFoot, '© 2025, Sprachwerk Kestrel', 'Powered by Shopify',
  ],
};

export const HELDOUT691_C: readonly TestPage[] = [drupal, shopify].map(settle);
