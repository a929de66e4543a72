import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout662-kit.js';

/** Held-out batch 662, file b2: a van hire firm's long hire terms page served as a Shopify policy page on the Dawn theme. */
const vTitle = 'Van Hire Terms and Conditions';
const vSections: { h: string; ps: string[] }[] = [
  {
    h: '1. Who can hire',
    ps: [
      j(
        'The hirer and every named driver must be aged between 23 and 75 and must have held a full UK or EU driving licence for at',
        'least two years. Drivers with more than six penalty points, or any drink-driving conviction in the last ten years, cannot be accepted.',
      ),
      j(
        'You must show your photocard licence, a DVLA check code issued within the last 21 days, and a proof of address dated within',
        'the last three months when you collect the van. We cannot release a vehicle without all three.',
      ),
    ],
  },
  {
    h: '2. Deposit and payment',
    ps: [
      j(
        'The full hire charge is paid when you book online. A refundable security deposit of £250 for small and medium vans, or',
        '£500 for Luton vans, is taken on a credit or debit card in the hirer’s name at collection.',
      ),
      j(
        'The deposit is released within seven working days of the van’s return, less any charges for fuel, cleaning, fines or',
        'damage. Your bank may take a further three to five days to show the money in your account.',
      ),
    ],
  },
  {
    h: '3. Collection and return',
    ps: [
      j(
        'Vans are collected from and returned to our yard at Unit 9, Fenwick Trading Estate, Brackley Moor, during opening hours.',
        'Late returns are charged at £15 for each hour started, up to the cost of an extra day’s hire.',
      ),
      j(
        'If you cannot return the van on time, call us before the end of your hire. A van that has not been returned and about',
        'which we have heard nothing for 24 hours may be reported to the police as stolen.',
      ),
    ],
  },
  {
    h: '4. Fuel and mileage',
    ps: [
      j(
        'Vans are supplied with a full tank and must be returned full. If the van comes back with less fuel, we charge for the',
        'missing fuel at the pump price plus a refuelling fee of £20.',
      ),
      j(
        'Daily hires include 150 miles a day and weekly hires include 1,000 miles. Extra miles are charged at 22p a mile for small',
        'and medium vans and 28p a mile for Luton vans.',
      ),
    ],
  },
  {
    h: '5. Insurance and damage',
    ps: [
      j(
        'Every hire includes third-party and comprehensive insurance with an excess of £1,000. You may reduce the excess to £250',
        'by adding our Excess Reduction Cover at £12 a day when you book.',
      ),
      j(
        'The insurance does not cover damage to tyres, windscreens, the roof or the underside of the van, damage caused by hitting',
        'a low bridge or a height barrier, or loss of the keys. You are responsible for the full cost of repairing this damage.',
      ),
      'You must report any accident to us within 24 hours, even if no other vehicle is involved.',
    ],
  },
  {
    h: '6. Use of the van',
    ps: [
      'The van must not be used:',
      '<ul><li>for hire or reward, or as a courier or delivery vehicle;</li><li>to tow a trailer unless a tow bar is fitted and agreed in writing;</li>' +
        '<li>off public roads, at race tracks or on beaches;</li><li>outside the United Kingdom without our written consent.</li></ul>',
      'Smoking and vaping are not allowed in any of our vehicles. A cleaning charge of £75 applies if there is evidence of smoking.',
    ],
  },
  {
    h: '7. Fines and charges',
    ps: [
      j(
        'You are responsible for all parking tickets, speeding fines, congestion and clean air zone charges and bridge tolls during',
        'your hire. We pass your details to the issuing authority and charge an administration fee of £30 for each notice.',
      ),
    ],
  },
  {
    h: '8. Cancellations',
    ps: [
      j(
        'Bookings cancelled more than 48 hours before the start of the hire are refunded in full. Bookings cancelled within 48 hours',
        'are refunded less one day’s hire charge. No refund is given if you do not collect the van.',
      ),
      'These terms were last revised on 1 March 2027 and apply to all hires starting on or after that date.',
    ],
  },
];
const vUse = [
  'for hire or reward, or as a courier or delivery vehicle;',
  'to tow a trailer unless a tow bar is fitted and agreed in writing;',
  'off public roads, at race tracks or on beaches;',
  'outside the United Kingdom without our written consent.',
];
const vBody = vSections.flatMap((s) => s.ps.flatMap((p) => (p.startsWith('<ul>') ? vUse : [p])));
const vNav = ['Book a Van', 'Our Vans', 'Accessories', 'Business Accounts', 'Help'];
const vFootMenu = ['Search', 'Hire Terms', 'Refund policy', 'Privacy policy', 'Contact information'];
const vSectionHtml = vSections.map((s) => `<h2>${s.h}</h2>\n${s.ps.map((p) => (p.startsWith('<ul>') ? p : `<p>${p}</p>`)).join('\n')}`).join('\n');
const vHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://fenwickvans.example/policies/terms-of-service">
<title>Terms of Service – Fenwick Van Hire</title>
<meta property="og:site_name" content="Fenwick Van Hire"><meta property="og:title" content="Terms of Service"><meta property="og:type" content="website">
<script>var Shopify = Shopify || {};Shopify.shop = "fenwick-van-hire.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141829013691,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"policy"}</script>
<link href="//fenwickvans.example/cdn/shop/t/3/assets/base.css?v=144968985024194912401712345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17001__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free roof bars with every weekly hire this spring</span></p></div></div></div></div>
<div id="shopify-section-sections--17001__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary
link focus-inset" aria-label="Menu"><span><svg class="icon
icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//fenwickvans.example/cdn/shop/files/fenwick-logo.png"
alt="Fenwick Van Hire" width="180" height="54" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${vNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><div class="shopify-policy__container">
<div class="shopify-policy__title">
<h1>${vTitle}</h1></div><div class="shopify-policy__body"><div class="rte">
${vSectionHtml}
</div></div></div></main>
<div id="shopify-section-sections--17002__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17002__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(vFootMenu)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Opening hours</h2><div class="footer-block__details-content rte">
<p>Monday to Friday 7.30am to 6pm<br>Saturday 8am to 1pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17002__footer" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--sections--17002__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form>
<form method="post" action="/localization" id="FooterCountryForm"><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2>
<div class="disclosure">
<button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false">
<span>United Kingdom | GBP £</span></button></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption">
<small class="copyright__content">© 2027, <a href="/" title="">Fenwick Van Hire</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div>
</footer></div>
<script src="//fenwickvans.example/cdn/shop/t/3/assets/global.js?v=84921817298934124" defer="defer"></script></body></html>`;
const fenwick: TestPage = {
  name: 'heldout662-shopify-van-hire-terms',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vSections.map((s) => s.h),
  body: texts(vBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free roof bars with every weekly hire this spring', ...vNav, ...vFootMenu.filter((t) => t !== 'Hire Terms'), 'Quick links',
    'Opening hours', 'Monday to Friday 7.30am to 6pm', 'Saturday 8am to 1pm', 'Subscribe to our emails', 'Email', 'Country/region', 'United Kingdom | GBP £',
    '© 2027, Fenwick Van Hire', 'Powered by Shopify',
  ],
};

export const HELDOUT662_B2: readonly TestPage[] = [fenwick];
