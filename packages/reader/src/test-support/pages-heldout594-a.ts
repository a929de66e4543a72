import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file a: a balloon decorator's arch packages page on Shopify (Dawn theme) with a featured collection
 * under it.
 */
const sTitle = 'Balloon Arch Packages';
const sIntro = [
  j(
    'Every arch we build is made to order in our Millbrook studio, delivered and installed by our team, and collected again after',
    'your event. Choose a package below, then pick up to four colours from our balloon colour chart.',
  ),
  'Prices include delivery and installation within 15 miles of Millbrook. Beyond that we add a travel charge of £1.20 per mile each way.',
];
const sPackages: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'The Petite Garland',
    'From £145. A 2 metre organic garland for a cake table, a fireplace or the top of a doorway. Ideal for birthdays at home.',
    ['Up to 3 colours', 'Mix of 5, 11 and 18 inch balloons', 'Hung with removable hooks'],
  ],
  [
    'The Classic Arch',
    'From £295. A full-size arch up to 2.4 metres tall on a freestanding frame, our most booked package for parties and shop launches.',
    ['Up to 4 colours', 'Frame and base weights included', 'Lasts 3 to 5 days indoors'],
  ],
  [
    'The Grand Arch',
    'From £520. A double-stuffed arch up to 3.5 metres wide with two foil accent balloons, made for weddings, proms and venue entrances.',
    ['Up to 4 colours plus chrome accents', 'Two large foil numbers or letters', 'Same-day collection after your event'],
  ],
];
const sGood = [
  'We need at least 3 metres of clear floor space in front of the arch while we install it.',
  'Outdoor arches are built with thicker balloons and are not guaranteed in rain or strong wind.',
  'Frames stay our property and are collected within 48 hours.',
];
const sBooking = j(
  'A £50 deposit secures your date and is taken off your final balance, which is due seven days before the event. Deposits are',
  'refundable if you cancel more than 21 days ahead. Colour changes are free until we start building.',
);
const sNav = ['Home', 'Shop balloons', 'Arch packages', 'Helium hire', 'Gallery', 'Contact'];
const sCards: readonly (readonly [string, string])[] = [
  ['Foil number balloons', '£6.50 GBP'],
  ['Confetti balloon bundle', '£12.00 GBP'],
  ['Balloon weights (pack of 6)', '£4.00 GBP'],
];
const sQuick = ['Search', 'Delivery areas', 'FAQ', 'Terms of service', 'Refund policy'];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const card = ([name, price]: readonly [string, string], i: number): string => `<li class="grid__item scroll-trigger animate--slide-in">
<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div class="card__inner ratio">
<div class="card__media"><div class="media media--transparent media--hover-effect">
<img src="//popandpetal.example/cdn/shop/files/card-${i}.jpg?v=1712" alt="${name}"
loading="lazy" width="533" height="533"></div></div></div><div class="card__content"><div class="card__information">
<h3 class="card__heading h5" id="title-template--2210__featured_collection-${i}"><a href="/products/item-${i}" class="full-unstyled-link">${name}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${price}</span></div></div></div></div>
</div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://popandpetal.example/pages/balloon-arch-packages">
<title>${sTitle} &ndash; Pop &amp; Petal Balloon Co.</title>
<meta name="description" content="Made-to-order balloon arches delivered and installed in Millbrook.">
<meta property="og:site_name" content="Pop &amp; Petal Balloon Co."><meta property="og:type" content="website">
<script src="//popandpetal.example/cdn/shop/t/4/assets/constants.js?v=58251544" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page",
"resourceId":9911}};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//popandpetal.example/cdn/shop/t/4/assets/base.css?v=1447" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--2210__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Now booking graduation and prom installs for June</span></p></div></div></div></div>
<div id="shopify-section-sections--2210__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu">
<span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav></div></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal"
type="search" name="q" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//popandpetal.example/cdn/shop/files/logo.png"
alt="Pop &amp; Petal Balloon Co." width="180" height="60" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2210__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--2210__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sIntro)}
<h2>Our packages</h2>
${sPackages.map(([h, p, items]) => `<h3>${h}</h3>\n<p>${p}</p>\n<ul>${lis(items)}</ul>`).join('\n')}
<h2>Good to know</h2><ul>${lis(sGood)}</ul>
<h2>Booking and deposits</h2><p>${sBooking}</p>
<p><a href="/pages/colour-chart" class="button">View the colour chart</a></p>
</div></div></section>
<section id="shopify-section-template--2210__featured_collection" class="shopify-section section"><div class="color-scheme-1 isolate gradient">
<div class="collection section-template--2210__featured_collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Add the finishing touches</h2></div>
<slider-component class="slider-mobile-gutter page-width"><ul id="Slider-template--2210__featured_collection" class="grid product-grid contains-card--product
grid--3-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">${sCards.map(card).join('\n')}</ul></slider-component>
<div class="center collection__view-all">
<a href="/collections/party-extras" class="button" aria-label="View all products in the Party extras collection">View all</a></div>
</div></div></section></main>
<div id="shopify-section-sections--2210__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2210__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the studio</h2><div class="footer-block__details-content rte">
<p>Unit 4, Tannery Yard, Millbrook MB2 7QT</p><p>Collections by appointment, Tuesday to Saturday</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2210__footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--sections--2210__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true"></svg></button></div></div>
</form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Pop &amp; Petal Balloon Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPolicies)}</ul></div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-modal="false"><div class="shopify-pc__banner__body">
<h2 class="shopify-pc__banner__title">We use cookies</h2><p class="shopify-pc__banner__text">This website uses cookies to give you the best shopping experience.
<a href="/policies/privacy-policy">Privacy Policy</a></p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline">Decline</button><button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//popandpetal.example/cdn/shop/t/4/assets/global.js?v=8476" defer="defer"></script></body></html>`;
const shopifyArch: TestPage = {
  name: 'heldout594-shopify-arch-packages',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Our packages', ...sPackages.map(([h]) => h), 'Good to know', 'Booking and deposits'],
  body: texts([...sIntro, ...sPackages.flatMap(([, p, items]) => [p, ...items]), ...sGood, sBooking]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Now booking graduation and prom installs for June', 'Shop balloons', 'Helium hire', 'Gallery', 'Contact', 'Log in', 'Cart',
    'View the colour chart',
    'Add the finishing touches', ...sCards.flat(), 'Regular price', 'View all', 'Quick links', 'Search', 'Delivery areas', 'FAQ', 'Terms of service',
    'Refund policy', 'Visit the studio', 'Unit 4, Tannery Yard, Millbrook MB2 7QT', 'Collections by appointment, Tuesday to Saturday',
    'Subscribe to our emails', 'Email', '© 2026, Pop & Petal Balloon Co.', 'Powered by Shopify', 'Privacy policy', 'Contact information',
    'We use cookies', 'This website uses cookies to give you the best shopping experience.', 'Privacy Policy', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT594_A: readonly TestPage[] = [shopifyArch];
