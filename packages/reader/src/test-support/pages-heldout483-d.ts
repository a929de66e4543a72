import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file d: a driving school's blog article on a Shopify store (Dawn theme) selling lesson vouchers, with an
 * announcement bar, share button, newsletter section and footer menus.
 */
const sTitle = 'What to bring to your practical driving test';
const sIntro = j(
  'Every month a few of our pupils turn up to the test centre without something they need, and every month at least one of them',
  'goes home without taking the test. Use this checklist the night before.',
);
const sList = [
  'Your photocard provisional licence (the card, not a photo of it)',
  'Your glasses or contact lenses, if you need them to read a number plate at 20 metres',
  'The car, if you are not using your instructor’s, with L plates front and back and a working interior mirror for the examiner',
  'Your theory test pass certificate number, in case the centre asks for it',
];
const sMid = j(
  'If you are using your own car, it must be taxed, insured for a test, roadworthy and free of warning lights on the dashboard.',
  'Examiners are told to cancel the test if a tyre is worn or a light is out, and you will lose the fee.',
);
const sH2 = 'What you can leave at home';
const sEnd = [
  j(
    'You do not need a printout of the booking email, and you do not need your theory certificate itself. Leave your phone in',
    'the glovebox on silent: if it rings during the test, it will not count against you, but it will not help your nerves either.',
  ),
  'Good luck – and if you want a final hour with your instructor on the morning of the test, ask us about a warm-up lesson.',
];
const sNav = ['Home', 'Gift Vouchers', 'Lesson Packages', 'Blog', 'Contact'];
const sQuick = ['Search', 'Refund policy', 'Terms of Service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://coastwaydriving.co.uk/blogs/news/what-to-bring-to-your-practical-driving-test">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin><title>${sTitle} – Coastway Driving</title>
<meta name="description" content="${sIntro.slice(0, 150)}"><meta property="og:site_name" content="Coastway Driving"><meta property="og:type"
content="article">
<script>window.shopUrl = 'https://coastwaydriving.co.uk'; window.routes = {cart_add_url: '/cart/add', cart_url: '/cart', predictive_search_url:
'/search/suggest'};</script>
<script src="//coastwaydriving.co.uk/cdn/shop/t/3/assets/constants.js?v=58251544750838685771709112042" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article",
"resourceId":558812381423}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Dev Okonji"},"datePublished":"2026-01-20T09:00:00Z"}</script>
<link href="//coastwaydriving.co.uk/cdn/shop/t/3/assets/base.css?v=144968985024194912401709112041" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root {--font-body-family: Assistant, sans-serif; --page-width: 120rem; --color-background: 255,255,255;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--2238__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Gift vouchers for lessons – sent by email within minutes</span></p></div></div></div>
</div></div>
<div id="shopify-section-sections--2238__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true" focusable="false" viewBox="0 0 18 16"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav, 'menu-drawer__menu-item list-menu__item')}</ul>
</nav></div></div></div>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//coastwaydriving.co.uk/cdn/shop/files/coastway-logo.png?v=1700000000&amp;width=300" alt="Coastway Driving" width="150" height="48"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (n) => `<li><a href="/${n.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"
focusable="false" viewBox="0 0 40 40"></svg><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2241__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div id="shopify-block-article-image"><div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"
style="padding-bottom: 56.25%;">
<img srcset="//coastwaydriving.co.uk/cdn/shop/articles/test-day.jpg?v=1705741200&amp;width=750 750w"
src="//coastwaydriving.co.uk/cdn/shop/articles/test-day.jpg?v=1705741200&amp;width=1100" loading="eager" width="1100" height="619"
alt="Learner car parked outside a test centre"></div></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-01-20T09:00:00Z">January 20,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Dev Okonji</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([sIntro])}
<ul>${lis(sList)}</ul>
${ps([sMid])}
<h2>${sH2}</h2>
${ps(sEnd)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2241__main" class="share-button
quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" fill="none" aria-hidden="true"
focusable="false"></svg>Share</button>
<details id="Details-share-template--2241__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true" focusable="false">
</svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--2241__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2241__main"
value="https://coastwaydriving.co.uk/blogs/news/what-to-bring-to-your-practical-driving-test" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--2241__main">Link</label></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg
viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow" xmlns="http://www.w3.org/2000/svg"></svg></span>Back to blog</a>
</div>
</article></section>
<section id="shopify-section-template--2241__newsletter" class="shopify-section section"><div class="newsletter center newsletter--narrow page-width"><div
class="newsletter__wrapper color-scheme-1 gradient content-container isolate content-container--full-width section-template--2241__newsletter-padding">
<h2 class="inline-richtext h2">Subscribe to our emails</h2><div class="newsletter__subheading rte"><p>Test-day tips, new instructors and voucher offers, once
a month.</p></div>
<form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="newsletter-form"><input type="hidden" name="form_type"
value="customer"><input type="hidden" name="utf8" value="✓">
<input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input
id="NewsletterForm--template--2241__newsletter" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off"
autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--template--2241__newsletter">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg viewBox="0 0 14 10" class="icon icon-arrow"></svg></button></div></div></form></div></div></section>
</main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--2239__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--2239__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Coastway Driving</h2><div class="footer-block__details-content rte">
<p>Lessons in Saltby, Wrenhaven and the Coast Road villages since 2009.</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info"><div
class="footer__copyright caption">
<small class="copyright__content">© 2026, <a href="/" title="">Coastway Driving</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
</div></div></div></div></footer></div>
<!-- END sections: footer-group -->
<script src="//coastwaydriving.co.uk/cdn/shop/t/3/assets/global.js?v=84921595393458021731709112042" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout483-shopify-test-checklist',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH2],
  body: texts([sIntro, ...sList, sMid, ...sEnd]),
  bylines: ['January 20, 2026', 'by Dev Okonji'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Gift vouchers for lessons – sent by email within minutes', 'Gift Vouchers', 'Lesson Packages', 'Blog',
    'Cart', 'Share', 'Back to blog',
    'Subscribe to our emails', 'Test-day tips, new instructors and voucher offers, once a month.', 'Quick links', ...sQuick,
    'Coastway Driving', 'Lessons in Saltby, Wrenhaven and the Coast Road villages since 2009.', '© 2026, Coastway Driving', 'Powered by Shopify',
  ],
};

export const HELDOUT483_D: readonly TestPage[] = [shopify];
