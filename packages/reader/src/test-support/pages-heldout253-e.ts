import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file e: a hearing-aid retailer's buying guide on a Shopify blog with the Dawn theme (announcement
 * bar, header with menu, search, account and cart, the article-template with its circle date and author, blog tags, an
 * inline product card, the share button, "Back to blog", a "Shop the guide" featured-collection section, the newsletter
 * section and the footer with payment icons).
 */
const title = 'Choosing Your First Hearing Aid: A Plain-English Buying Guide';
const intro = [
  j(
    'Buying a first hearing aid can feel like learning a new language. Audiologists talk about styles, channels and receivers, and',
    'prices range from under \u00A3200 to several thousand. This guide explains the choices in plain English, so you can walk into',
    'a hearing test knowing what to ask.',
  ),
];
const h1 = 'Start with a proper hearing test';
const s1 = [
  j(
    'Before you choose anything, get a full hearing assessment from a registered audiologist. It will show which pitches you are',
    'missing and how much. Many people with age-related hearing loss hear low voices well but struggle with high sounds such as',
    'children\u2019s voices, birdsong and consonants like s and f.',
  ),
];
const h2 = 'The main styles';
const l2 = [
  '<strong>Behind-the-ear (BTE):</strong> sturdy, easy to handle and suitable for most levels of hearing loss.',
  '<strong>Receiver-in-canal (RIC):</strong> small and discreet, with the speaker sitting in the ear canal. The most popular style today.',
  '<strong>In-the-ear (ITE):</strong> custom-made to fit your ear, with no parts behind the ear, which suits glasses wearers.',
  '<strong>Completely-in-canal (CIC):</strong> almost invisible, but fiddly to handle and not suited to severe loss.',
];
const h3 = 'Features worth paying for';
const s3 = [j('Not every feature earns its price. In our experience, these are the ones customers are still glad of a year later:')];
const l3 = [
  'Rechargeable batteries, if small button batteries are hard for you to change',
  'A telecoil, which lets you use hearing loops in banks, theatres and places of worship',
  'Bluetooth streaming, so phone calls and television go straight to your ears',
  'Directional microphones that focus on the person in front of you in noisy rooms',
];
const h4 = 'Give yourself time to adjust';
const s4 = [
  j(
    'Your brain needs weeks to get used to sounds it has not heard for years. The fridge may seem loud and your own voice strange.',
    'Wear your aids every day, starting in quiet rooms, and go back for a fine-tuning appointment after two to four weeks.',
  ),
  j('Every aid we sell comes with a 60-day trial. If it is not right for you, bring it back for a full refund or a different model.'),
];
const menu = ['Hearing Aids', 'Accessories', 'Batteries', 'Book a Hearing Test', 'Guides'];
const products = [
  ['Clarra RIC 40 Rechargeable', '\u00A3895.00'],
  ['Clarra BTE 20', '\u00A3495.00'],
  ['Loop Listener TV Streamer', '\u00A3149.00'],
];
const foot = ['Search', 'Delivery & Returns', 'Hearing Test Centres', 'Contact', 'Refund policy', 'Privacy policy', 'Terms of service'];
const html = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://clarrahearing.example/blogs/guides/choosing-your-first-hearing-aid"><title>${title} \u2013 Clarra Hearing</title>
<meta name="description" content="A plain-English guide to hearing aid styles, features and prices."><meta property="og:site_name" content="Clarra Hearing">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "clarra-hearing.myshopify.com"; Shopify.theme = {"name":"Dawn","id":132018,
"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${title}","author":{"@type":"Person","name":"Helen Osei"},
"datePublished":"2026-01-27T09:00:00Z"}</script><link href="//clarrahearing.example/cdn/shop/t/4/assets/base.css?v=1442" rel="stylesheet" type="text/css">
</head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="announcement-bar color-scheme-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free hearing test and 60-day trial on every aid</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width"><a href="/" class="header__heading-link link link--text focus-inset"><span
class="h2">Clarra Hearing</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(menu)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span class="visually-hidden">Search</span></summary></details-modal><a href="/account/login" class="header__icon header__icon--account">
<span
class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span>
</a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--article" class="shopify-section
section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media"><img src="//clarrahearing.example/cdn/shop/articles/first-aid.jpg?v=17" alt="A hearing aid on an open palm"
width="1100" height="733"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${title}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-01-27T09:00:00Z">January 27, 2026</time></span><span
class="caption-with-letter-spacing" itemprop="author">by Helen Osei</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button class="share-button__button">
Share</button><details><summary class="share-button__button">Share</summary><div class="share-button__fallback"><input type="text" class="field__input"
value="https://clarrahearing.example/blogs/guides/choosing-your-first-hearing-aid" readonly><button class="share-button__copy">Copy link</button>
</div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(intro)}<h2>${h1}</h2>${ps(s1)}
<p><a href="/pages/book-a-hearing-test"><strong>Book your free hearing test online \u2192</strong></a></p><h2>${h2}</h2><ul>${lis(l2)}</ul>
<h2>${h3}</h2>${ps(s3)}<ul>${lis(l3)}</ul><div class="product-card-inline"><p class="product-card-inline__label">Featured in this guide</p>
<a href="/products/clarra-ric-40">Clarra RIC 40 Rechargeable</a><span class="price-item price-item--regular">\u00A3895.00</span></div>
<h2>${h4}</h2>${ps(s4)}</div>
<div class="article-template__tags page-width page-width--narrow"><ul class="list-unstyled" role="list"><li><a href="/blogs/guides/tagged/buying-guides"
class="link">Buying guides</a></li><li><a href="/blogs/guides/tagged/hearing-aids" class="link">First hearing aid</a></li></ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow">Back to blog</a>
</div></article></section>
<section id="shopify-section-template--featured" class="shopify-section section"><div class="collection page-width"><h2 class="title inline-richtext h2">Shop
the guide</h2><ul class="grid product-grid" role="list">${products
  .map(
    (p) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div
class="card__content"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${p[0]}</a></h3><div class="price"><span
class="price-item price-item--regular">${p[1]}</span></div></div></div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2><p>Hearing tips and offers, once a month.</p><form class="footer__newsletter
newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div>
<div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled">${links(foot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__column footer__column--info"><div class="footer__payment"><span class="visually-hidden">Payment
methods</span><ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img"
aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">©
2026, <a href="/" title="">Clarra Hearing</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div></footer></div>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog"><p id="shopify-pc__banner__body-title">This website uses cookies to
ensure you get the best experience.</p><button class="shopify-pc__banner__btn-accept">Accept</button><button class="shopify-pc__banner__btn-decline">Decline
</button></div><script src="//clarrahearing.example/cdn/shop/t/4/assets/global.js?v=1442" defer="defer"></script></body></html>`;
export const clarraGuide: TestPage = {
  name: 'heldout253-shopify-dawn-hearing-aid-guide',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...s1, ...l2, ...s3, ...l3, ...s4]),
  bylines: ['January 27, 2026', 'by Helen Osei'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free hearing test and 60-day trial on every aid', 'Clarra Hearing', ...menu, 'Log in', 'Cart', 'Share', 'Copy link',
    'Book your free hearing test online →', 'Featured in this guide', ...products.flat(), 'Buying guides', 'First hearing aid', 'Back to blog',
    'Shop the guide', 'Subscribe to our emails', 'Hearing tips and offers, once a month.', 'Email', ...foot, 'Payment methods', 'Visa',
    '© 2026, Clarra Hearing',
    'Powered by Shopify', 'This website uses cookies to ensure you get the best experience.', 'Accept', 'Decline',
  ],
};
