import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file d: a racecourse's raceday guide with an FAQ accordion on WordPress with Elementor (Hello Elementor
 * theme), and a polo club's hospitality ticket sold as a Shopify product (Dawn theme).
 */
const eTitle = 'Your First Raceday: Questions Answered';
const eIntro = [
  j(
    'Coming racing for the first time? Here are the questions our box office hears most often. If yours is not here, call us',
    'on 01632 960 338 and we will be glad to help.',
  ),
];
const eFaq = [
  [
    'What should I wear?',
    j(
      'There is no dress code in the Grandstand or the Course Enclosure. In the Premier Enclosure we ask',
      'for smart dress: no sportswear, and no fancy dress on any day.',
    ),
  ],
  [
    'What time should I arrive?',
    j('Gates open two hours before the first race. Arrive early to walk the course, see the runners in the', 'parade ring and find a good spot by the rails.'),
  ],
  [
    'Can I bring children?',
    j('Under-18s come free with a paying adult on every raceday. There is a free fun zone behind the', 'Grandstand on Sundays and in the school holidays.'),
  ],
  [
    'How do I place a bet?',
    j('Bet with the bookmakers in the betting ring or at any Tote window.', 'Minimum stakes start at £2. Our Racing Ambassadors will show you how.'),
  ],
  ['Is there parking?', 'Parking is free in the main car parks. Blue Badge holders can park beside the Grandstand; please show your badge at the gate.'],
];
const eNav = ['Fixtures', 'Tickets', 'Hospitality', 'Plan Your Day', 'Owners', 'About Us'];
const eFaqHtml = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-22${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-22${i}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true">
<span class="elementor-toggle-icon-closed"><svg class="e-font-icon-svg e-fas-caret-right" viewBox="0 0 192 512"></svg></span></span>
<a class="elementor-toggle-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-22${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-22${i}"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your First Raceday: Questions Answered - Marlow Heath Racecourse</title>
<link rel='stylesheet' id='hello-elementor-css' href='https://marlowheathraces.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://marlowheathraces.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://marlowheathraces.example/wp-content/uploads/elementor/css/post-412.css?ver=1712' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"What should I wear?"}]}</script>
</head><body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-widget_type="theme-site-logo.default">
<a href="https://marlowheathraces.example"><img width="220" height="64" src="/wp-content/uploads/2024/01/mh-logo.svg" alt="Marlow Heath Racecourse"></a></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-7a1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link elementor-size-sm" href="/tickets">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book Tickets</span></span></a></div></div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-6c1d e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-toggle" data-widget_type="toggle.default"><div class="elementor-widget-container">
<div class="elementor-toggle">
${eFaqHtml}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action" data-widget_type="call-to-action.default"><div class="elementor-cta">
<div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Ready to go racing?</h2>
<div class="elementor-cta__description elementor-cta__content-item">Adult tickets from £18 when you book online.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-" href="/fixtures">See the Fixtures</a></div>
</div></div></div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="26" class="elementor elementor-26 elementor-location-footer"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Marlow Heath, Stanbridge, MH2 4RT</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">info@marlowheathraces.example</span></li></ul></div>
<div class="elementor-widget elementor-widget-text-editor"><p>&copy; 2026 Marlow Heath Racecourse. Please gamble responsibly. 18+</p></div></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme gdpr-full-screen-infobar" aria-label="GDPR Cookie Banner">
<div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p>
<p>You can find out more about which cookies we are using or switch them off in <button data-href="#moove_gdpr_cookie_modal"
class="change-settings-button">settings</button>.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all
gdpr-fbo-0" aria-label="Accept">Accept</button></div></div></div>
<script src="https://marlowheathraces.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementorFaq: TestPage = {
  name: 'heldout670-raceday-faq-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eFaq.map((f) => at(f, 0)),
  body: [...eIntro, ...eFaq.map((f) => at(f, 1))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book Tickets', 'Ready to go racing?', 'Adult tickets from £18 when you book online.', 'See the Fixtures',
    'Marlow Heath, Stanbridge, MH2 4RT', 'info@marlowheathraces.example', '© 2026 Marlow Heath Racecourse. Please gamble responsibly. 18+',
    'We are using cookies to give you the best experience on our website.',
    'You can find out more about which cookies we are using or switch them off in settings.', 'Accept',
  ],
};

const sTitle = 'Coronation Trophy Final: Pavilion Lunch';
const sDesc = [
  j(
    'Watch the final of the Coronation Trophy from the Pavilion lawn at Wychcombe Polo Club, with lunch served in the marquee',
    'beside the pony lines before the first chukka.',
  ),
  'Your ticket includes:',
  'Reserved seat in the Pavilion stand for both matches',
  'Champagne reception from 12 noon',
  'Two-course lunch with wine, followed by afternoon tea at half-time',
  'Divot-stamping on the field after the fourth chukka',
  'Car parking in the Members Field',
  j('The subsidiary final starts at 1.30pm and the Coronation Trophy final at 3.30pm. Dress is smart summer wear; flat shoes are', 'best for divot-stamping.'),
  'Tickets are not refundable but may be transferred to another guest up to 48 hours before the day.',
];
const sNav = ['Tickets', 'Memberships', 'Club Shop', 'Gift Cards'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://shop.wychcombepolo.example/products/coronation-trophy-pavilion-lunch"><title>${sTitle} &ndash; Wychcombe Polo Club</title>
<meta name="description" content="Watch the final of the Coronation Trophy from the Pavilion lawn at Wychcombe Polo Club.">
<meta property="og:type" content="product"><meta property="og:price:amount" content="185.00"><meta property="og:price:currency" content="GBP">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "wychcombe-polo.myshopify.com";Shopify.theme = {"name":"Dawn","id":141221,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"185.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<link href="//shop.wychcombepolo.example/cdn/shop/t/3/assets/base.css?v=13364" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p
class="announcement-bar__message h5"><span>Free delivery on club shop orders over £60</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Wychcombe Polo Club</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map((t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link"><span>${t}</span></a></li>`)
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart"
class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section"><section class="page-width section-template--main-padding"><div class="product product--large product--left
product--thumbnail_slider grid grid--1-col grid--2-col-tablet"><div class="grid__item product__media-wrapper"><media-gallery class="product__column-sticky">
<ul class="product__media-list"><li class="product__media-item"><div class="product-media-container media-type-image"><img
src="//shop.wychcombepolo.example/cdn/shop/files/pavilion.jpg?v=1712&width=1946" alt="The Pavilion lawn on final day"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Wychcombe Polo Club</p><div class="product__title"><h1>${sTitle}</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£185.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-radios class="no-js-hidden" data-section="template--main"><fieldset class="js product-form__input"><legend class="form__label">Guests</legend>
<input type="radio" id="opt-1" name="Guests" value="1 guest" checked><label for="opt-1">1 guest</label><input type="radio" id="opt-2" name="Guests"
value="Table of 8"><label for="opt-2">Table of 8</label></fieldset></variant-radios>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-main" value="1"></quantity-input></div>
<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--main" class="form" novalidate="novalidate"
data-type="add-to-cart-form"><div class="product-form__buttons"><button id="ProductSubmitButton-main" type="submit" name="add"
class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button">Buy it now</button></div></div></form>
</product-form>
<div class="product__description rte quick-add-hidden">
<p>${sDesc[0]}</p><p><strong>${sDesc[1]}</strong></p><ul>${sDesc
  .slice(2, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${sDesc[7]}</p><p>${sDesc[8]}</p></div>
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button><details>
<summary class="share-button__button"><svg class="icon icon-share"></svg> Share</summary></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--related" class="shopify-section section"><product-recommendations class="related-products page-width">
<h2 class="related-products__heading inline-richtext h2">You may also like</h2><ul class="grid product-grid" role="list"><li class="grid__item">
<div class="card__information"><h3 class="card__heading h5"><a href="/products/club-membership-2026" class="full-unstyled-link">Club Membership 2026</a></h3>
<div class="price"><span class="price-item price-item--regular">£450.00 GBP</span></div></div></li><li class="grid__item"><div class="card__information">
<h3 class="card__heading h5"><a href="/products/polo-mallet-keyring" class="full-unstyled-link">Polo Mallet Keyring</a></h3><div class="price">
<span class="price-item price-item--regular">£8.50 GBP</span></div></div></li></ul></product-recommendations></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form>
</div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Wychcombe Polo Club</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//shop.wychcombepolo.example/cdn/shop/t/3/assets/global.js?v=17160" defer="defer"></script></body></html>`;
const shopifyPolo: TestPage = {
  name: 'heldout670-polo-lunch-ticket-shopify',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: sDesc,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on club shop orders over £60', ...sNav.filter((t) => t !== 'Tickets'), 'Log in', 'Cart',
    'Regular price',
    '£185.00 GBP', 'Tax included.', 'Guests', '1 guest', 'Table of 8', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like',
    'Club Membership 2026', '£450.00 GBP', 'Polo Mallet Keyring', '£8.50 GBP', 'Subscribe to our emails', 'Email', '© 2026, Wychcombe Polo Club',
    'Powered by Shopify',
  ],
};

export const HELDOUT670_D: readonly TestPage[] = [elementorFaq, shopifyPolo];
