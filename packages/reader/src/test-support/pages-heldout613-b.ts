import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file b: a pet shop's food delivery page on Shopify (Dawn theme) with a product grid under it, and a
 * pond keepers' Discourse thread (the crawler view a saved page holds) with related topics.
 */
const hTitle = 'Pet Food Delivery';
const hIntro = j(
  'Heavy bags of kibble and boxes of wet food, brought to your door by our own van. We deliver to homes in Ashcombe and the',
  'villages around it twice a week, and you can set up a repeat order so you never run out.',
);
const hHeads = ['How it works', 'Where and when we deliver', 'Repeat orders'];
const hSteps = [
  'Add your pet food to the basket and choose <strong>Local delivery</strong> at checkout.',
  'Pick a delivery day. Orders placed by 8pm are packed the same evening.',
  'We text you a two-hour window on the morning of delivery.',
  'If you are out, we leave the order in a safe place you have told us about, or with a neighbour.',
];
const hAreas = [
  'Ashcombe town, Lower Marten and Fennick: Tuesdays and Fridays',
  'Holloway Cross, Steeple Dene and Brackwood: Tuesdays',
  'Sallow Green and Wexcombe: Fridays',
];
const hAreaNote = j(
  'Delivery is free on orders over £35 and £3.95 below that. We are sorry, but we cannot deliver live food, fish or',
  'small animals; these must be collected from the shop.',
);
const hRepeat = [
  j(
    'Choose <em>Deliver every 2, 4 or 6 weeks</em> on any food product and save 10% on every delivery. You can skip a',
    'delivery, change the date or cancel at any time from your account, with no fees.',
  ),
  'Questions about an order? Call the shop on 01632 960 771 or reply to your confirmation email.',
];
const hNav = ['Dog', 'Cat', 'Small Animal', 'Bird', 'Fish', 'Offers'];
const hProducts = [
  ['Hillside Grain Free Adult Dog Food 12kg', '£48.99'],
  ['Purrfield Senior Cat Chicken Pouches 12 x 85g', '£7.49'],
  ['Meadow Mix Rabbit Nuggets 10kg', '£18.50'],
];
const hFoot = ['Search', 'Delivery', 'Returns', 'Contact', 'Terms of Service', 'Refund policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://barkleyandfinch.co.uk/pages/delivery">
<title>Pet Food Delivery &ndash; Barkley &amp; Finch</title>
<meta name="description" content="Heavy bags of kibble and boxes of wet food, brought to your door.">
<meta property="og:site_name" content="Barkley &amp; Finch"><meta property="og:type" content="website">
<script src="//barkleyandfinch.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771701450163" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta =
{"page":{"pageType":"page","resourceType":"page","resourceId":98231201}};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//barkleyandfinch.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921701450161" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<link href="//barkleyandfinch.co.uk/cdn/shop/t/4/assets/component-cart-drawer.css" rel="stylesheet" type="text/css" media="all">
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div>
<div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1"><div class="drawer__inner-empty">
<div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--2281__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over £35</span></p></div></div></div></div>
<div id="shopify-section-sections--2281__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon
header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(hNav)}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5">Log in</a></div></div></div></div>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//barkleyandfinch.co.uk/cdn/shop/files/logo.png"
alt="Barkley &amp; Finch" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map((t) => `<li><a href="/collections/${t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2290__main" class="shopify-section section">
<link rel="stylesheet" href="//barkleyandfinch.co.uk/cdn/shop/t/4/assets/section-main-page.css"
media="print" onload="this.media='all'"><div class="page-width page-width--narrow section-template--2290__main-padding">
<h1 class="main-page-title page-title h0">${hTitle}</h1><div class="rte">
<p>${hIntro}</p>
<h2>${hHeads[0]}</h2><ol>${lis(hSteps)}</ol>
<h2>${hHeads[1]}</h2><ul>${lis(hAreas)}</ul><p>${hAreaNote}</p>
<h2>${hHeads[2]}</h2>${ps(hRepeat)}
</div></div></section>
<section id="shopify-section-template--2290__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--2290__featured_collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Popular on repeat delivery</h2></div>
<slider-component class="slider-mobile-gutter page-width"><ul id="Slider-template--2290__featured_collection" class="grid product-grid contains-card--product
grid--4-col-desktop grid--2-col-tablet-down" role="list" aria-label="Slider">${hProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/p" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></slider-component>
<div class="center collection__view-all scroll-trigger animate--slide-in"><a href="/collections/food" class="button">View all</a></div></div></div></section>
</main>
<div id="shopify-section-sections--2282__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet scroll-trigger animate--slide-in">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(hFoot)}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2>
<div class="footer-block__details-content rte"><p>14 Market Street, Ashcombe. Monday to Saturday 9am to 5.30pm</p></div></div></div>
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter
newsletter-form">
<input type="hidden" name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--2282__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--2282__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div>
</div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Barkley &amp; Finch</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">
Powered by Shopify</a></small></div></div></div></footer></div>
<script src="//barkleyandfinch.co.uk/cdn/shop/t/4/assets/cart-drawer.js?v=7721" defer="defer"></script></body></html>`;
const shopifyDelivery: TestPage = {
  name: 'heldout613-food-delivery-shopify',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hIntro, ...hSteps, ...hAreas, hAreaNote, ...hRepeat]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Free local delivery on orders over £35', 'Dog', 'Cat', 'Bird',
    'Offers', 'Log in', 'Cart', 'Popular on repeat delivery', ...hProducts.flat(), 'Regular price', 'View all', 'Help', 'Search', 'Returns', 'Terms of Service',
    'Contact', 'Refund policy', 'Visit the shop', '14 Market Street, Ashcombe. Monday to Saturday 9am to 5.30pm', 'Subscribe to our emails',
    '© 2026, Barkley & Finch',
    'Powered by Shopify',
  ],
};

export const HELDOUT613_B: readonly TestPage[] = [shopifyDelivery];
