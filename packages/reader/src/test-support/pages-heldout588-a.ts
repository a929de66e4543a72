import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rows, rowText } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file a: a butcher's Christmas order page on Shopify (Dawn theme, page template) with an announcement bar,
 * a cart drawer and a featured collection under it; the file's second page, a WordPress cut guide, is in file a2.
 */
const sTitle = 'Christmas Orders 2026';
const sIntro = [
  j(
    'Our Christmas order book is now open. Every turkey, goose and rib of beef on this page comes from farms within twenty miles of',
    'the shop, and we hang and prepare every order ourselves in the back room on Mill Street.',
  ),
  j(
    'We only take as many orders as we can prepare properly, so the book closes early most years. If you want a bronze turkey',
    'over 7kg or a forerib of beef on the bone, please order before the end of November.',
  ),
];
const sDates = [
  '<strong>Saturday 28 November</strong> – last day to order a bronze turkey over 7kg',
  '<strong>Monday 14 December</strong> – order book closes for everything else',
  '<strong>Monday 21 to Thursday 24 December</strong> – collection days',
  '<strong>Sunday 27 December</strong> – shop closed until Tuesday 29 December',
];
const sHow = [
  j(
    'Choose your meat from the Christmas collection and check out as normal. At checkout you will be asked to pick a collection',
    'day and time slot. We take a deposit of £20 on each order; the rest is paid when you collect, once we have weighed your joint.',
  ),
  j(
    'You can also order in the shop or over the phone on 01632 960 418. Please have your collection day ready and tell us if you',
    'want your bird boned, stuffed or trussed.',
  ),
];
const sSlots = [
  ['Monday 21 December', '9am – 5pm', 'Turkeys, geese and game only'],
  ['Tuesday 22 December', '8am – 6pm', 'All orders'],
  ['Wednesday 23 December', '7am – 7pm', 'All orders'],
  ['Thursday 24 December', '7am – 1pm', 'All orders (busiest day, please keep to your slot)'],
];
const sBird = [
  j(
    'Our bronze turkeys are reared by the Aldous family at Brackley End and dry-plucked and hung for ten days. Allow roughly 500g per',
    'person for a whole bird, or 300g per person for a boned and rolled crown.',
  ),
  j(
    'Geese are in short supply this year after a wet summer on the marshes. We have 40 to sell and will not be taking a waiting list,',
    'so please do not leave it late.',
  ),
];
const sH = ['Key dates', 'How to order', 'Collection times', 'Turkeys and geese'];
const sNav = ['Home', 'Shop all', 'Christmas', 'Meat boxes', 'BBQ', 'Our farms', 'Contact'];
const sProducts = [
  ['Bronze turkey, whole (6–7kg)', '£96.00'],
  ['Three-bird roast', '£78.00'],
  ['Forerib of beef, 2 bones', '£64.00'],
  ['Pigs in blankets, 24', '£14.50'],
];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy', 'Contact information'];
const sFootLinks = ['Search', 'About us', 'Delivery', 'FAQs', 'Wholesale'];
const sCard = (p: readonly string[]): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><img src="//harrowandfinch.example/cdn/shop/files/x.jpg"
alt="${p[0]}" loading="lazy"></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${p[0]}</a></h3><div class="card-information"><div class="price"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p[1]} GBP</span></div></div></div></div></div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://harrowandfinch.example/pages/christmas"><title>${sTitle} &ndash; Harrow &amp; Finch Butchers</title>
<meta name="description" content="Our Christmas order book is now open."><meta property="og:site_name" content="Harrow &amp; Finch Butchers">
<script>var Shopify = Shopify || {};Shopify.shop = "harrow-finch.myshopify.com";Shopify.theme = {"name":"Dawn","id":142207,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Harrow \\u0026 Finch Butchers"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//harrowandfinch.example/cdn/shop/t/4/assets/base.css" rel="stylesheet"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-modal="true" tabindex="-1">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over £60 – Tuesdays and Fridays</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link">
<span class="h2">Harrow &amp; Finch Butchers</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(sNav, 'header__menu-item list-menu__item link link--text')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-label="Search"><span><svg class="icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1706__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1706__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sIntro)}
<h2>${sH[0]}</h2><ul>${lis(sDates)}</ul>
<h2>${sH[1]}</h2>${ps(sHow)}
<h2>${sH[2]}</h2><table><tbody><tr><td><strong>Day</strong></td><td><strong>Shop open</strong></td><td><strong>Collecting</strong></td></tr>
${rows(sSlots)}</tbody></table>
<h2>${sH[3]}</h2>${ps(sBird)}
<p><a href="/collections/christmas" class="button">Shop the Christmas range</a></p></div></div></section>
<section id="shopify-section-template--1706__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection page-width"><div class="title-wrapper-with-link title-wrapper--self-padded-mobile">
<h2 class="title inline-richtext h2">Christmas favourites</h2>
<a href="/collections/christmas" class="link underlined-link large-up-hide">View all</a></div>
<ul class="grid product-grid contains-card--product grid--4-col-desktop" role="list">${sProducts.map(sCard).join('\n')}</ul></div></div></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFootLinks)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>14 Mill Street, Wexcombe</p><p>Tuesday to Saturday, 8am – 5pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/">Harrow &amp; Finch Butchers</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPolicies, 'small-hide')}</ul></div></div></div></div></footer></div>
<script src="//harrowandfinch.example/cdn/shop/t/4/assets/cart-drawer.js" defer="defer"></script></body></html>`;
const shopify = page({
  name: 'heldout588-shopify-christmas-orders',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: [...texts([...sIntro, ...sDates]), ...sHow, ...sSlots.map(rowText), ...sBird],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Free local delivery on orders over £60 – Tuesdays and Fridays',
    'Harrow & Finch Butchers', ...sNav, 'Shop the Christmas range', 'Christmas favourites', 'View all', ...sProducts.flatMap((p) => [p[0] ?? '']),
    ...sProducts.map((p) => `${p[1]} GBP`), 'Quick links', ...sFootLinks, 'Find us', '14 Mill Street, Wexcombe', 'Tuesday to Saturday, 8am – 5pm',
    'Subscribe to our emails', 'Email', '© 2026, Harrow & Finch Butchers', 'Powered by Shopify', ...sPolicies,
  ],
});

export const HELDOUT588_A: readonly TestPage[] = [shopify];
