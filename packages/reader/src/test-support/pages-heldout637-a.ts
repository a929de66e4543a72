import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout637-kit.js';

/**
 * Held-out batch 637, file a: a point-of-lay hens price list on a Shopify store (Dawn theme page template); file a2 holds the
 * WordPress hatching eggs guide.
 */
const sTitle = 'Point-of-lay hens: prices and availability';
const sIntro = [
  j(
    'All our point-of-lay pullets are reared here at Top Lane Farm from our own hatch, on grass from eight weeks old. They are sold',
    'at 18 to 22 weeks, fully feathered and used to a ranging house, so they settle quickly into a garden coop.',
  ),
  'Prices are per bird and include VAT. We update the stock column every Friday evening.',
];
const sRows = [
  ['Hollin Ranger (hybrid)', 'Brown', '18–20 weeks', '£19.50', 'In stock'],
  ['Speckled Dawn (hybrid)', 'Speckled brown', '18–20 weeks', '£21.00', 'In stock'],
  ['Bluebell Leghorn cross', 'White', '19 weeks', '£20.00', 'Low stock'],
  ['Cream Legbar', 'Blue', '20–22 weeks', '£32.00', 'From 14 March'],
  ['Black Copper Marans', 'Dark brown', '20–22 weeks', '£34.00', 'Sold out'],
  ['Pekin bantams (pair)', 'Cream', '16 weeks', '£45.00', 'In stock'],
];
const sH = ['Ordering and collection', 'Health and vaccination', 'Discounts for larger flocks'];
const sOrder = [
  j(
    'Order online and choose a collection Saturday at checkout. Bring a ventilated box or pet carrier, one per three birds;',
    'we can sell you a cardboard carrier for £2 if you forget.',
  ),
  'We do not courier live birds. Local delivery within 15 miles is possible on Wednesdays for orders of six hens or more.',
];
const sHealth = [
  'vaccinated against Marek’s disease, infectious bronchitis and salmonella',
  'wormed with flubendazole a week before sale',
  'checked for lice and red mite on the day of collection',
];
const sDisc = ['Take 5% off orders of 10 to 19 birds and 10% off orders of 20 or more. The discount is applied automatically in the cart.'];
const sNav = ['Home', 'Hatching eggs', 'Feed & bedding', 'Housing', 'Contact'];
const sQuick = ['Search', 'Delivery & collection', 'Refund policy', 'Terms of service'];
const sCookie = 'We use cookies and similar technologies to provide the best experience on our website. Privacy Policy';
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://brackenridgepoultry.co.uk/pages/point-of-lay-hens">
<title>Point-of-lay hens: prices and availability &ndash; Brackenridge Poultry</title>
<meta name="description" content="Point-of-lay hybrids and pure breeds reared at Top Lane Farm. Prices per bird, stock updated every Friday.">
<meta property="og:site_name" content="Brackenridge Poultry"><meta property="og:type" content="website"><meta property="og:title" content="${sTitle}">
<script src="//brackenridgepoultry.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"page":{"pageType":"page","resourceType":"page","resourceId":104857}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization",
"name":"Brackenridge Poultry","url":"https://brackenridgepoultry.co.uk"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--buttons-radius:0px;}</style>
<link href="//brackenridgepoultry.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Collection from the farm every Saturday, 9am to 12 noon</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(sNav, 'menu-drawer__menu-item')}</ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//brackenridgepoultry.co.uk/cdn/shop/files/logo.png?v=1&width=600" alt="Brackenridge Poultry" width="600" height="210"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="https://shopify.com/6180/account?locale=en" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--2__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte">
${ps(sIntro)}
<table style="width:100%"><thead><tr><th>Breed</th><th>Egg colour</th><th>Age</th><th>Price</th><th>Stock</th></tr></thead><tbody>
${trs(sRows)}
</tbody></table>
<h2>${sH[0]}</h2>${ps(sOrder)}
<h2>${sH[1]}</h2><p>Every bird leaves the farm:</p><ul>${lis(sHealth)}</ul>
<h2>${sH[2]}</h2>${ps(sDisc)}
</div></div></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find the farm</h2><div class="footer-block__details-content rte">
<p>Top Lane Farm, Hollinsworth. Visits by appointment only.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="contact[tags]" value="newsletter">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--3__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe">
<svg aria-hidden="true" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Brackenridge Poultry</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div>
</div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-labelledby="shopify-pc__banner__body-title"
aria-describedby="shopify-pc__banner__body-policy-link">
<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 id="shopify-pc__banner__body-title">Cookie policy</h2>
<p id="shopify-pc__banner__body-policy-link">We use cookies and similar technologies to provide the best experience on our website. <a
href="/policies/privacy-policy">Privacy Policy</a></p></div>
<div class="shopify-pc__banner__btns"><button id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline">Decline</button><button id="shopify-pc__banner__btn-accept">Accept</button></div></div></div>
<script src="//brackenridgepoultry.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout637-shopify-point-of-lay-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...rowTexts(sRows), ...sOrder, 'Every bird leaves the farm:', ...sHealth, ...sDisc]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Collection from the farm every Saturday, 9am to 12 noon', ...sNav, 'Log in', 'Quick links', ...sQuick,
    'Find the farm', 'Top Lane Farm, Hollinsworth. Visits by appointment only.', 'Subscribe to our emails', 'Email', 'Payment methods',
    '© 2026, Brackenridge Poultry', 'Powered by Shopify', 'Cookie policy', sCookie, 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT637_A: readonly TestPage[] = [shopify];
