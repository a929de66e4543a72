import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file c: a driving school blog post on Ghost with the Casper theme (feature image, callout card,
 * subscribe band and read-more cards), and a gift voucher product page on Shopify with the Dawn theme.
 */
const cTitle = 'Manual or automatic: which should you learn in?';
const cDek = 'Automatic passes have tripled in five years. Here is how to decide which licence is right for you, and what it costs.';
const cBody = [
  j(
    'Ten years ago, almost every pupil who rang us wanted to learn in a manual car. This year, four in ten ask for automatic, and the',
    'question we hear most often on the phone is simply: which one should I do?',
  ),
  'There is no single right answer, but there are a few questions that will point you the right way.',
  'What will you actually drive?',
  j(
    'If your family car is a manual and you will be borrowing it, learn in a manual. If you are planning to buy an electric or hybrid',
    'car, those are all automatic, and a manual licence would be a skill you never use.',
  ),
  'How quickly do you need to pass?',
  j(
    'Our automatic pupils need on average 34 hours of lessons before they pass, against 45 hours for manual. Without the clutch and',
    'gears to think about, most people reach test standard a few weeks sooner, which saves money as well as time.',
  ),
  j(
    '<strong>Good to know:</strong> an automatic licence only lets you drive automatic cars. If you later want to drive a manual,',
    'you will need to pass another test.',
  ),
  'What does it cost?',
  j(
    'Our automatic lessons cost £2 an hour more than manual, because the cars cost more to buy and insure. Over a full course that',
    'difference is usually smaller than the saving from needing fewer hours.',
  ),
  'Insurance for a new driver is often a little cheaper on small manual cars, so get a couple of quotes before you decide.',
  'Our advice',
  j(
    'If you are anxious about driving, have struggled with clutch control in the past, or simply want to pass and get on with your',
    "life, book a trial automatic lesson. If you think you may drive abroad, drive vans for work, or borrow a relative's manual,",
    'stick with manual. Either way, you can switch after the first few lessons without losing much ground.',
  ),
];
const cHeads = [2, 4, 7, 10];
const cNav = ['Home', 'Lessons', 'Tips', 'About'];
const cMore = [
  ['Tips', 'Five things examiners wish you knew', '4 min read'],
  ['Lessons', 'Why we teach in hybrids', '3 min read'],
  ['Tips', 'Night driving before your test', '5 min read'],
] as const;
const cContent = cBody
  .map((t, i) =>
    cHeads.includes(i)
      ? `<h2 id="h-${i}">${t}</h2>`
      : i === 6
        ? `<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${t}</div></div>`
        : `<p>${t}</p>`,
  )
  .join('\n');
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${cTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.clearviewdriving.co.uk/assets/built/screen.css?v=9c3a1e">
<meta name="description" content="${cDek}"><link rel="canonical" href="https://blog.clearviewdriving.co.uk/manual-or-automatic/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-02-11T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Clearview Driving"},
"author":{"@type":"Person","name":"Marta Kowalczyk"},"headline":"${cTitle}","datePublished":"2025-02-11T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://blog.clearviewdriving.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background:#fff}</style></head>
<body class="post-template tag-tips is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.clearviewdriving.co.uk">Clearview Driving</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(cNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-tips featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/tips/">Tips</a></span><span class="post-card-featured"><svg width="16" height="17"></svg> Featured</span></div>
<h1 class="article-title">${cTitle}</h1><p class="article-excerpt">${cDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marta/" class="author-avatar" aria-label="Read more of Marta Kowalczyk"><img class="author-profile-image" src="/content/images/marta.jpg"
alt="Marta Kowalczyk"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/marta/">Marta Kowalczyk</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-11">Feb 11, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/02/yaris-gearstick.jpg 300w" src="/content/images/2025/02/yaris-gearstick.jpg"
alt="Automatic gear selector in a learner car"><figcaption><span style="white-space: pre-wrap;">No clutch, no stalling: the selector in our Yaris.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${cContent}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Get driving tips in your inbox.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${cMore
  .map(
    ([tag, t, m], i) => `<article class="post-card post"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image" alt="${t}"
src="/content/images/more-${i}.jpg"></a><div class="post-card-content"><a class="post-card-content-link" href="/more-${i}/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-01-2${i}">Jan 2${i}, 2025</time>
<span class="post-card-meta-length">${m}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.clearviewdriving.co.uk">Clearview Driving</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__caption"><div class="pswp__caption__center">
</div></div></div>
<script src="https://blog.clearviewdriving.co.uk/assets/built/casper.js?v=9c3a1e"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout559-ghost-manual-or-automatic',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads.map((i) => cBody[i] ?? ''),
  body: texts([cDek, ...cBody.filter((_, i) => !cHeads.includes(i))]),
  bylines: ['Marta Kowalczyk', 'Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clearview Driving', 'Home', 'Tips', 'Sign in', 'Subscribe', 'Featured', '4 min read',
    'No clutch, no stalling: the selector in our Yaris.', 'Get driving tips in your inbox.', 'Enter your email', ...cMore.map((m) => m[1]),
    'Jan 20, 2025', 'Jan 21, 2025', 'Jan 22, 2025', '3 min read', '5 min read', 'Clearview Driving © 2025', 'Sign up', 'Powered by Ghost',
  ],
};

const pTitle = 'Gift Voucher: 5 Hour Lesson Block';
const pDesc = [
  j(
    'Give someone the best start on the road. This voucher covers five hours of one-to-one driving lessons with any Pennard Motoring',
    'instructor, to be used as single lessons or longer sessions in any mix.',
  ),
  'What is included',
  'Five hours of lessons in a dual-control car, manual or automatic',
  'Pick-up and drop-off anywhere in Pennard, Yelverton Cross and Saltwick',
  'A free online theory test course worth £25',
  'How it works',
  j(
    'You will receive the voucher as a PDF by email a few minutes after ordering, ready to print or forward. The person receiving',
    'it calls or emails us with the voucher code to book their first lesson.',
  ),
  j(
    'Vouchers are valid for 12 months from purchase. The person using the voucher must hold a provisional licence and be at least',
    '17 years old on the date of their first lesson.',
  ),
];
const pHeads = [1, 5];
const pNav = ['Lessons', 'Gift Vouchers', 'Theory Test Help', 'Contact'];
const pRecs = ['Gift Voucher: 10 Hour Lesson Block', 'Gift Voucher: First Lesson', 'Pass Plus Gift Voucher'];
const pFootLinks = ['Search', 'Refund policy', 'Terms of service'];
const pSec = 'template--18266453426425__main';
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://pennardmotoring.co.uk/products/gift-voucher-5-hour-lesson-block"><title>${pTitle} &ndash; Pennard Motoring</title>
<meta name="description" content="Give someone the best start on the road. This voucher covers five hours of one-to-one driving lessons.">
<meta property="og:site_name" content="Pennard Motoring"><meta property="og:type" content="product"><meta property="og:price:amount" content="190.00">
<script src="//pennardmotoring.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771713865932" defer="defer"></script>
<script>window.Shopify = window.Shopify ||
{}; Shopify.shop = "pennard-motoring.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {"active":"GBP"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}","offers":[{"@type":"Offer","price":"190.00",
"priceCurrency":"GBP","availability":"http://schema.org/InStock"}]}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style>
<link href="//pennardmotoring.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401713865931" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18266453655801__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Vouchers arrive by email within 5 minutes</span></p></div></div></div></div></div>
<div id="shopify-section-sections--18266453655801__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pennard Motoring</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map((t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-${pSec}" class="shopify-section section"><section id="MainProduct-${pSec}" class="page-width section-${pSec}-padding"
data-section="${pSec}"><div class="product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper">
<media-gallery id="MediaGallery-${pSec}" role="region" class="product__column-sticky" aria-label="Gallery Viewer">
<div id="GalleryStatus-${pSec}" class="visually-hidden" role="status"></div><ul id="Slider-Gallery-${pSec}" class="product__media-list contains-media grid
grid--peek list-unstyled slider slider--mobile" role="list"><li class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container">
<img src="//pennardmotoring.co.uk/cdn/shop/files/voucher-5.jpg?v=1713866002&width=1946" alt="Pennard Motoring gift voucher card" width="1946" height="1946">
</div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-${pSec}" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Pennard Motoring</p>
<div class="product__title"><h1>${pTitle}</h1><a href="/products/gift-voucher-5-hour-lesson-block" class="product__title"><h2 class="h1">${pTitle}</h2></a>
</div>
<div class="no-js-hidden" id="price-${pSec}" role="status"><div class="price price--large price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">£190.00 GBP</span>
</div></div></div></div><div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-${pSec}" data-section="${pSec}"><fieldset class="js product-form__input product-form__input--pill">
<legend class="form__label">Transmission</legend><input type="radio" id="${pSec}-1-0" name="Transmission" value="Manual" checked>
<label for="${pSec}-1-0">Manual<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>
<input type="radio" id="${pSec}-1-1" name="Transmission" value="Automatic"><label for="${pSec}-1-1">Automatic
<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label></fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-${pSec}">Quantity</label>
<quantity-input class="quantity"><button class="quantity__button" name="minus" type="button">
<span class="visually-hidden">Decrease quantity for ${pTitle}</span>
</button><input class="quantity__input" type="number" name="quantity" id="Quantity-${pSec}" min="1" value="1"><button class="quantity__button" name="plus"
type="button"><span class="visually-hidden">Increase quantity for ${pTitle}</span></button></quantity-input></div>
<product-form class="product-form" data-hide-errors="false"><form method="post" action="/cart/add" id="product-form-${pSec}" class="form"
enctype="multipart/form-data" novalidate="novalidate"><input type="hidden" name="id" value="44012345678905"><div class="product-form__buttons">
<button id="ProductSubmitButton-${pSec}" type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span>
</button><div data-shopify="payment-button" class="shopify-payment-button"><button class="shopify-payment-button__button
shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">
<p>${pDesc[0]}</p><h3>${pDesc[1]}</h3><ul>${lis(pDesc.slice(2, 5))}</ul><h3>${pDesc[5]}</h3>${ps(pDesc.slice(6))}
</div>
<share-button id="Share-${pSec}" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-${pSec}"><summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary></details></share-button>
</section></div></div></section></section>
<div id="shopify-section-template--18266453426425__related-products" class="shopify-section"><div class="color-scheme-1 gradient">
<product-recommendations class="related-products page-width section-related-padding isolate"><h2 class="related-products__heading inline-richtext h2">
You may also like</h2><ul class="grid product-grid grid--4-col-desktop grid--2-col-tablet-down" role="list">${pRecs
  .map(
    (t, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/rec-${i}" class="full-unstyled-link">${t}</a></h3>
<div class="card-information"><div class="price"><span class="price-item price-item--regular">${['£375.00 GBP', '£60.00 GBP', '£240.00 GBP'][i]}</span>
</div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></product-recommendations></div></div></main>
<footer class="footer color-scheme-1 gradient section-sections--18266453590265__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/" title="">Pennard Motoring</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(pFootLinks)}</ul></div></div></div></footer>
<script src="//pennardmotoring.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741713865932" defer="defer"></script></body></html>`;
const shopifyVoucher: TestPage = {
  name: 'heldout559-shopify-gift-voucher',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads.map((i) => pDesc[i] ?? ''),
  body: texts(pDesc.filter((_, i) => !pHeads.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Vouchers arrive by email within 5 minutes', ...pNav.filter((t) => t !== 'Lessons'), '£190.00 GBP',
    'Tax included.', 'Transmission', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', ...pRecs,
    '£375.00 GBP', '£60.00 GBP', '£240.00 GBP', 'Subscribe to our emails', '© 2025, Pennard Motoring', 'Powered by Shopify', ...pFootLinks,
  ],
};

export const HELDOUT559_C: readonly TestPage[] = [ghostPost, shopifyVoucher];
