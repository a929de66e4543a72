import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file e: a cheer club kit shop's blog article on Shopify (Dawn theme: announcement bar, header drawer,
 * share button, product cards, newsletter footer).
 */
const sTitle = 'Uniform orders for the 2026–27 season: sizing and deadlines';
const sBody = [
  j(
    'The uniform order window for all Vantage Allstars teams opens on Monday 1 June and closes on Sunday 21 June. Uniforms are made',
    'to order, so we cannot take late orders once the batch has gone to the maker.',
  ),
  'How to measure',
  j(
    'Please measure your athlete in a fitted top and leggings, with a soft tape measure. You will need chest, waist, hips and',
    'torso girth, which is measured from the top of one shoulder, down between the legs and back up to the same shoulder.',
  ),
  'If your athlete is between sizes, choose the larger size. Our uniforms have a little stretch but cannot be let out.',
  'What each athlete needs',
  'competition shell top and skirt (or shell top and trousers)',
  'team bodyliner',
  'competition bow in team colours',
  'team tracksuit, if you do not already have one that fits',
  'Fitting day',
  j(
    'Sample sizes will be at the gym on Saturday 6 June from 10am to 2pm. Try them on, write the size on the order form and then',
    'place the order online using the code printed on the form.',
  ),
];
const sNav = ['Home', 'Uniforms', 'Bows', 'Practice Wear', 'Blog', 'Contact'];
const sProducts: readonly (readonly [string, string])[] = [
  ['Team Bodyliner', '£24.00'],
  ['Competition Bow – Navy & Gold', '£16.50'],
  ['Team Tracksuit Jacket', '£42.00'],
];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://spiritlocker.co.uk/blogs/news/uniform-orders-2026-27">
<title>${sTitle} &ndash; Spirit Locker</title><meta name="description" content="Order window, measuring guide and fitting day for this season's uniforms.">
<meta property="og:site_name" content="Spirit Locker"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//spiritlocker.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771714" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "spirit-locker.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":138421,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-05-18T09:00:00Z",
"author":{"@type":"Person","name":"Spirit Locker Team"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-text:18,18,18;}</style>
<link href="//spiritlocker.co.uk/cdn/shop/t/4/assets/base.css?v=1445736" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1714__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on bow orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--1714__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//spiritlocker.co.uk/cdn/shop/files/logo.png?v=1&amp;width=180"
alt="Spirit Locker" width="180" height="60" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a id="HeaderMenu-${t.toLowerCase().replace(/ /g, '-')}" href="/${t === 'Home' ? '' : `collections/${t.toLowerCase()}`}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === 'Blog' ? ' aria-current="page"' : ''}>
<span${t === 'Blog' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1715__main"
class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image"
style="padding-bottom: 56.25%;">
<img srcset="//spiritlocker.co.uk/cdn/shop/articles/uniforms.jpg?v=1&amp;width=1100 1100w"
src="//spiritlocker.co.uk/cdn/shop/articles/uniforms.jpg?v=1&amp;width=1100"
width="1100" height="619" alt="Navy and gold competition uniforms on a rail"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-05-18T09:00:00Z">May 18, 2026</time></span>
<span class="caption-with-letter-spacing">Spirit Locker Team</span></header>
<div class="article-template__content page-width page-width--narrow rte">
${ps([sBody[0] ?? ''])}
<h2>${sBody[1]}</h2>${ps(sBody.slice(2, 4))}
<h2>${sBody[4]}</h2><ul>${lis(sBody.slice(5, 9))}</ul>
<h2>${sBody[9]}</h2>${ps([sBody[10] ?? ''])}
</div><div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1715__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details id="Details-template--1715__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--1715__main" class="share-button__message hidden" role="status"></span><input type="text"
class="field__input"
id="ShareUrl-template--1715__main" value="https://spiritlocker.co.uk/blogs/news/uniform-orders-2026-27" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--1715__main">Link</label></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close
share</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<section id="shopify-section-template--1715__featured" class="shopify-section section"><div class="color-scheme-1 gradient"><div
class="collection section-template--1715__featured-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2">Shop the squad kit</h2></div>
<ul id="Slider-template--1715__featured" class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list">
${sProducts
  .map(
    ([t, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div
class="card__content">
<div class="card__information"><h3 class="card__heading"><a href="/products/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="full-unstyled-link">${t.replace(/&/g, '&amp;')}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span
class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul><div class="center collection__view-all"><a href="/collections/all" class="button">View all</a></div></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1716__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1716__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required><label
class="field__label"
for="NewsletterForm--sections--1716__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"></button>
</div></div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__column footer__localization"></div>
<div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment"
role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Spirit Locker</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by
Shopify</a></small><ul class="policies list-unstyled">${links(['Refund policy', 'Privacy policy', 'Terms of service'], 'policies__item')}</ul></div></div></div>
</div></footer>
<script src="//spiritlocker.co.uk/cdn/shop/t/4/assets/global.js?v=84892" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout676-shopify-uniform-orders',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[4] ?? '', sBody[9] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 4, 9].includes(i))),
  bylines: ['May 18, 2026', 'Spirit Locker Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on bow orders over £30', 'Home', 'Bows', 'Practice Wear', 'Blog', 'Contact', 'Log in', 'Cart', 'Share', 'Link',
    'Close share', 'Copy link', 'Back to blog', 'Shop the squad kit',
    ...sProducts.flat().filter((t) => t !== 'Team Bodyliner'), 'Regular price', 'View all', 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2026, Spirit Locker', 'Powered by Shopify', 'Refund policy', 'Privacy policy', 'Terms of service',
  ],
};

export const HELDOUT676_E: readonly TestPage[] = [shopify];
