import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file c2: a trampoline park's FAQ page on Shopify (Dawn theme: announcement bar, menu drawer and search
 * modal, collapsible-content accordions with the questions as h3 in each summary, newsletter footer, payment icons).
 */
const fTitle = 'FAQs';
const fIntro = j(
  "Can't find your answer here? Call the desk on 01632 960 771 or message us on Instagram and a member of the team",
  'will get back to you the same day.',
);
const fJump: readonly (readonly [string, string])[] = [
  [
    'How old do you have to be to jump?',
    'Anyone can jump from the age of one. Under-5s have their own Tiny Hoppers sessions, and children under eight must have an adult in the park with them.',
  ],
  [
    'Do I need to buy new socks every visit?',
    'No. Our grip socks cost £2.50 and you can bring them back every time, as long as the grips are not worn through. Socks from other parks are fine too.',
  ],
  [
    'What should we wear?',
    'Loose, comfortable clothes without zips, buckles or belts. Long hair should be tied back, and glasses need a sports strap, which we sell at the desk.',
  ],
  [
    'Can parents watch?',
    'Yes. The café looks straight out over the main court and spectators go free, but they may not step onto the trampolines, even to take photos.',
  ],
];
const fParty: readonly (readonly [string, string])[] = [
  [
    'How far ahead should I book a party?',
    'Weekend parties usually fill four to six weeks ahead in term time. After-school parties on weekdays can often be booked a week before.',
  ],
  [
    'Can I change the number of guests?',
    'You can change numbers up to 48 hours before the party through the link in your confirmation email. We cannot refund for children who do not come.',
  ],
  ['Do gift vouchers expire?', 'Gift vouchers are valid for 12 months from the date of purchase and can be spent on open jump sessions, parties and socks.'],
];
const fGroups = ['Jumping', 'Parties and vouchers'];
const fNav = ['Home', 'Book a Jump', 'Parties', 'Shop', 'Gift Vouchers'];
const fQuick = ['Search', 'Opening times', 'Park rules', 'Contact'];
const fPolicies = ['Refund policy', 'Privacy policy', 'Terms of service'];
const fRow = (sec: string, n: number, qa: readonly [string, string]): string =>
  `<details id="Details-collapsible_row_${n}-template--${sec}__collapsible_content"><summary id="Summary-collapsible_row_${n}-template--${sec}">
<svg class="icon icon-chat-bubble" aria-hidden="true" focusable="false" viewBox="0 0 20 20"></svg>
<h3 class="accordion__title inline-richtext h4">${qa[0]}</h3>
<svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"></svg></summary><div class="accordion__content rte"
id="CollapsibleAccordion-collapsible_row_${n}-template--${sec}" role="region" aria-labelledby="Summary-collapsible_row_${n}-template--${sec}">
<p>${qa[1]}</p></div></details>`;
const fSection = (sec: string, h: string, rows: readonly (readonly [string, string])[]): string =>
  `<div id="shopify-section-template--${sec}__collapsible_content" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collapsible-content collapsible-none-layout isolate page-width"><div class="collapsible-content__wrapper section-template--${sec}-padding">
<div class="collapsible-content-wrapper-narrow"><div class="collapsible-content__header"><h2 class="collapsible-content__heading inline-richtext h1">${h}</h2>
</div><div class="grid grid--1-col collapsible-content__grid"><div class="grid__item"><div class="accordion content-container color-scheme-1 gradient">
${rows.map((qa, i) => fRow(sec, i + 1, qa)).join('\n</div><div class="accordion content-container color-scheme-1 gradient">\n')}
</div></div></div></div></div></div></div></div>`;
const fMenu = (cls: string): string =>
  fNav.map((t) => `<li><a href="/pages/${t.length}" class="${cls} list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n');
const fHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://airbornealley.co.uk/pages/faqs">
<title>FAQs &ndash; Airborne Alley</title>
<meta name="description" content="Answers to the questions we are asked most at Airborne Alley Trampoline Park.">
<meta property="og:site_name" content="Airborne Alley"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "airborne-alley.myshopify.com";
Shopify.locale = "en";
Shopify.theme = {"name":"Dawn","id":132745871523,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Airborne Alley",
"url":"https://airbornealley.co.uk"}</script>
<link href="//airbornealley.co.uk/cdn/shop/t/3/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group
announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border">
<div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5">
<span>Free grip socks with every birthday party booked in March</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${fMenu('menu-drawer__menu-item')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div>
</div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//airbornealley.co.uk/cdn/shop/files/airborne-logo.png?v=1701&amp;width=600" alt="Airborne Alley" width="160" height="52"
class="header__heading-logo motion-reduce">
</div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${fMenu('header__menu-item')}</ul></nav>
<div class="header__icons"><div class="desktop-localization-wrapper"></div><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><account-icon><svg aria-hidden="true" focusable="false"
class="icon icon-account" viewBox="0 0 18 19"></svg></account-icon><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"
focusable="false" viewBox="0 0 40 40"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--2__main-padding">
<h1 class="main-page-title page-title h0">${fTitle}</h1><div class="rte"><p>${fIntro}</p></div></div></section>
${fSection('2', fGroups[0] ?? '', fJump)}
${fSection('3', fGroups[1] ?? '', fParty)}
</main>
<div id="shopify-section-sections--4__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--4__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(fQuick, 'list-menu__item--link')}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2>
<div class="footer-block__details-content rte"><p>Airborne Alley, 2 Foundry Way, Brackwell BW6 1TR</p><p>Open every day from 10am</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--4__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--4__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe"></button></div></div></form></div></div>
</div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Airborne Alley</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(fPolicies)}</ul></div></div></div></div></footer></div>
<script src="//airbornealley.co.uk/cdn/shop/t/3/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopifyFaq: TestPage = {
  name: 'heldout529-shopify-dawn-faqs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fGroups[0] ?? '', ...fJump.map((r) => r[0]), fGroups[1] ?? '', ...fParty.map((r) => r[0])],
  body: texts([fIntro, ...fJump.map((r) => r[1]), ...fParty.map((r) => r[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free grip socks with every birthday party booked in March', 'Home', 'Book a Jump', 'Shop', 'Log in', 'Search',
    'Cart', 'Quick links', 'Opening times', 'Park rules', 'Contact', 'Find us', 'Airborne Alley, 2 Foundry Way, Brackwell BW6 1TR', 'Open every day from 10am',
    'Subscribe to our emails', 'Payment methods', '© 2026, Airborne Alley', 'Powered by Shopify', ...fPolicies,
  ],
};

export const HELDOUT529_C2: readonly TestPage[] = [shopifyFaq];
