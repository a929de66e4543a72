import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file b: a dry cleaner's collection and delivery page on Shopify (Dawn theme: announcement bar, header
 * drawer, a rich-text page with a table, a collapsible-content section of questions and the footer with its newsletter form).
 */
const dTitle = 'Collection &amp; Delivery';
const dIntro = j(
  'We collect from homes and offices across Lindholme, Ashby Fold and Carr Mill, and bring everything back cleaned, pressed and',
  'on hangers. Book online by 8pm and we can collect the next morning.',
);
const dHeads = ['How it works', 'Slots and areas', 'Prices', 'Questions'] as const;
const dSteps = [
  'Book a collection slot online and tell us what you are sending: dry cleaning, laundry or alterations.',
  'Leave your items in any bag at the door, or hand them to our driver. We tag and list every item at the shop and email you the list.',
  'We clean, press and check each item, and text you when your order is on its way back.',
];
const dRows = [
  ['Lindholme and Weaver’s Yard', 'Monday to Saturday', '7am–9am or 6pm–8pm'],
  ['Ashby Fold', 'Tuesday, Thursday and Saturday', '7am–9am'],
  ['Carr Mill and the business park', 'Monday to Friday', '12pm–2pm (offices only)'],
];
const dPrice = j(
  'Collection and delivery is free on orders over £30; below that there is a charge of £3.95. You pay for the cleaning itself once we',
  'have listed your items, at the same prices as in the shop.',
);
const dFaq = [
  [
    'Do I need to be at home?',
    'No. Tell us where you will leave the bag when you book, and the driver will photograph it on collection and again on delivery.',
  ],
  [
    'What if something is missing from my list?',
    'Reply to the list email within 24 hours and we will check the bag and the counter again. Items are only cleaned once you have had the list.',
  ],
  ['Can I change my delivery slot?', 'Yes, up to 6pm the evening before, from the link in your confirmation email or by phoning the shop.'],
] as const;
const dNav = ['Home', 'Prices', 'Collection & Delivery', 'Alterations', 'Gift cards', 'Contact'];
const dHelp = ['FAQ', 'Garment care', 'Terms of service', 'Refund policy'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pressworth.example/pages/collection-delivery">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>Collection &amp; Delivery &ndash; Pressworth Dry Cleaners</title>
<meta name="description" content="Free collection and delivery on orders over £30 across Lindholme, Ashby Fold and Carr Mill.">
<meta property="og:site_name" content="Pressworth Dry Cleaners"><meta property="og:url" content="https://pressworth.example/pages/collection-delivery">
<meta property="og:title" content="Collection &amp; Delivery"><meta property="og:type" content="website">
<script src="//pressworth.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771709204567" defer="defer"></script>
<script src="//pressworth.example/cdn/shop/t/4/assets/global.js?v=149496944046504657681709204567" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "pressworth.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP",
"rate":"1.0"};
Shopify.country = "GB";Shopify.theme = {"name":"Dawn","id":139872911525,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,
"role":"main"};</script>
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --font-heading-family: Assistant, sans-serif; --page-width: 120rem; }</style>
<link href="//pressworth.example/cdn/shop/t/4/assets/base.css?v=165191016556652226921709204566" rel="stylesheet" type="text/css" media="all" />
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--17403218165925__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free collection on orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--17403218165925__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1H1Z"/></svg>
</span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">
${dNav
  .map(
    (t) => `<li>
<a href="/pages/${t.toLowerCase().replace(/\W+/g, '-')}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">${esc(t)}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div>
</div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//pressworth.example/cdn/shop/files/pressworth-logo.png?v=1709205121&amp;width=600" alt="Pressworth Dry Cleaners" width="150" height="48"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/\W+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${esc(t)}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17403218460837__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--17403218460837__main-padding">
<h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">${dTitle}</h1>
<div class="rte scroll-trigger animate--slide-in"><p>${dIntro}</p>
<h2>${dHeads[0]}</h2><ol>${lis(dSteps)}</ol>
<h2>${dHeads[1]}</h2><table><thead><tr><th>Area</th><th>Collection days</th><th>Slot</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
<h2>${dHeads[2]}</h2><p>${dPrice}</p></div></div></section>
<section id="shopify-section-template--17403218460837__collapsible_content" class="shopify-section section section-collapsible-content">
<div class="collapsible-content collapsible-none-layout isolate"><div class="section-template--17403218460837__collapsible_content-padding">
<div class="page-width"><div class="collapsible-content__wrapper">
<h2 class="collapsible-content__heading inline-richtext h1 scroll-trigger animate--slide-in">${dHeads[3]}</h2>
<div class="grid grid--1-col"><div class="grid__item">
${dFaq
  .map(
    ([q, a], i) => `<div class="accordion content-container color-scheme-1 gradient"><details id="Details-collapsible-row-${i}">
<summary id="Summary-collapsible-row-${i}"><h3 class="accordion__title inline-richtext h4">${q}</h3>
<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-${i}" role="region" aria-labelledby="Summary-collapsible-row-${i}"><p>${a}</p></div></details>
</div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></section>
</main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--17403218198693__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17403218198693__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet scroll-trigger animate--slide-in">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${dHelp
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/\W+/g, '-')}" class="link link--text list-menu__item list-menu__item--link">${t}</a>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Our shop</h2><div class="footer-block__details-content rte">
<p>9 Weaver’s Yard, Lindholme LN6 4RT</p><p>Monday to Friday 7.30am–6.30pm, Saturday 8am–4pm</p></div></div></div>
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17403218198693__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17403218198693__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true" focusable="false" viewBox="0 0 14 10"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title>
</svg></li>
<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-master">
<title id="pi-master">Mastercard</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Pressworth Dry Cleaners</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
<ul class="policies list-unstyled"><li><a href="/policies/privacy-policy">Privacy policy</a></li></ul></div></div></div></div></footer></div>
<!-- END sections: footer-group -->
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"currency":"GBP","page":{"pageType":"page",
"resourceType":"page","resourceId":98765432}};</script>
</body>
</html>`;
const shopify: TestPage = {
  name: 'heldout519-shopify-dawn-collection-delivery',
  kind: 'docs',
  html: dHtml,
  title: 'Collection & Delivery',
  headings: [...dHeads.slice(0, 3), dHeads[3], ...dFaq.map(([q]) => q)],
  body: texts([dIntro, ...dSteps, ...rowTexts(dRows), dPrice, ...dFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free collection on orders over £30', ...dNav.filter((t) => !['Home', 'Prices', 'Collection & Delivery', 'Alterations'].includes(t)),
    'Log in', 'Search', 'Cart', 'Help', ...dHelp, 'Our shop', '9 Weaver’s Yard, Lindholme LN6 4RT', 'Monday to Friday 7.30am–6.30pm, Saturday 8am–4pm',
    'Subscribe to our emails', 'Payment methods', '© 2025, Pressworth Dry Cleaners', 'Pressworth Dry Cleaners', 'Powered by Shopify', 'Privacy policy',
  ],
};

export const HELDOUT519_B: readonly TestPage[] = [shopify];
