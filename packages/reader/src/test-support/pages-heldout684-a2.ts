import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, j, rowTexts, trs } from './pages-heldout684-kit.js';

/** Held-out batch 684, file a2: a packing supplies shop's blog article on Shopify (Dawn) with a box count table. */
const sTitle = 'How Many Boxes Do You Need to Move House?';
const sIntro = [
  j(
    'It is the question we are asked more than any other, usually by someone standing in a half-packed living room. Order too few',
    'and you are driving to the supermarket for banana boxes at ten at night; order too many and they end up in the loft of the new',
    'house for a decade.',
  ),
  'The numbers below come from the orders of around 4,000 customers who moved last year and told us afterwards whether they ran short.',
];
const sH1 = 'A quick guide by home size';
const sRows = [
  ['1-bed flat', '10', '15', '5', '1'],
  ['2-bed house', '15', '25', '10', '2'],
  ['3-bed house', '20', '35', '15', '3'],
  ['4-bed house', '30', '45', '20', '4'],
];
const sH2 = 'Which size for what';
const sSizes = [
  j(
    'Small boxes are for heavy things: books, tins, tools and records. A small box full of paperbacks already weighs about 15 kg,',
    'which is as much as anyone should lift on a staircase.',
  ),
  j(
    'Medium boxes do most of the work. Kitchen things, toys, shoes and ornaments all go in mediums, and they stack well in the van',
    'whatever else is in there.',
  ),
  'Large boxes are for light, bulky things only: bedding, cushions, lampshades and coats. Never put books in a large box.',
];
const sH3 = 'Three ways to need fewer boxes';
const sFewer = [
  j(
    'Leave clothes in the chest of drawers if your removal firm agrees, pack towels and bedding around fragile items instead of',
    'paper, and use suitcases and laundry baskets as boxes. Most people who follow all three find they can drop a whole row from',
    'the table above.',
  ),
];
const sNav = ['Moving Boxes', 'Packing Kits', 'Tape & Wrap', 'Storage Boxes', 'Moving Guides'];
const sShop = ['Search', 'Moving Kits', 'Delivery Information', 'Returns', 'Contact'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const sProducts = [
  ['Medium Moving Boxes (Pack of 10)', '£14.99'],
  ['Two Bedroom Moving Kit', '£59.00'],
  ['Wardrobe Box with Hanging Rail', '£9.50'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://boxwellpackaging.co.uk/blogs/moving-guides/how-many-boxes-do-you-need">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<title>${sTitle} &ndash; Boxwell Packaging Co.</title>
<meta name="description" content="Our box calculator, built from 4,000 real moves: how many small, medium and large boxes you need for a flat or house.">
<meta property="og:site_name" content="Boxwell Packaging Co."><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//boxwellpackaging.co.uk/cdn/shop/t/12/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article",
"resourceId":55811474}};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--color-base-text:18,18,18;}</style>
<link href="//boxwellpackaging.co.uk/cdn/shop/t/12/assets/base.css?v=22615539281115885671700000000" rel="stylesheet" type="text/css" media="all" />
<link href="//boxwellpackaging.co.uk/cdn/shop/t/12/assets/section-blog-post.css?v=7756731981571066361700000000" rel="stylesheet" type="text/css" media="all" />
</head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--1580__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1580__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//boxwellpackaging.co.uk/cdn/shop/files/boxwell-logo.png?v=1699&amp;width=180" alt="Boxwell Packaging Co." width="180" height="42"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${amp(t)}</span>
</a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1602__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//boxwellpackaging.co.uk/cdn/shop/articles/boxes-stack.jpg?v=1707&amp;width=1100 1100w"
src="//boxwellpackaging.co.uk/cdn/shop/articles/boxes-stack.jpg?v=1707&amp;width=1100" loading="eager" width="1100" height="619" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-02-04T08:30:00Z">February 4, 2026</time></span>
<span itemprop="author" class="caption-with-letter-spacing">By Hattie Lund</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1602__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" aria-hidden="true" focusable="false">
</svg> Share</button>
<details id="Details-share-template--1602__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true" focusable="false">
</svg> Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1602__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1602__main"
value="https://boxwellpackaging.co.uk/blogs/moving-guides/how-many-boxes-do-you-need" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--1602__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sIntro)}
<h2>${sH1}</h2>
<table style="width: 100%;"><tbody><tr><th>Home</th><th>Small</th><th>Medium</th><th>Large</th><th>Wardrobe</th></tr>
${trs(sRows)}
</tbody></table>
<h2>${sH2}</h2>
${ps(sSizes)}
<h2>${sH3}</h2>
${ps(sFewer)}
<p><a href="/collections/moving-kits" title="Moving Kits"><strong>Shop our ready-made moving kits →</strong></a></p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/moving-guides" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true" focusable="false"></svg></span>Back to blog</a></div></article>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-02-04T08:30:00Z",
"author":{"@type":"Person","name":"Hattie Lund"}}</script>
</section>
<section id="shopify-section-template--1602__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--1602__featured_collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Everything for moving day</h2></div>
<slider-component class="slider-mobile-gutter page-width">
<ul id="Slider-template--1602__featured_collection" class="grid product-grid contains-card--product grid--4-col-desktop" role="list">
${sProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></slider-component><div class="center collection__view-all"><a href="/collections/all" class="button">View all</a></div></div></div></section>
</main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--1581__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1581__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sShop)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">About Boxwell</h2><div class="footer-block__details-content rte">
<p>Strong, recycled moving boxes delivered next day from our warehouse in Kettering.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--1581__footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--1581__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm">
<h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2>
<div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large">
<span>United Kingdom | GBP £</span></button></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Boxwell Packaging Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></div></div></footer></div>
<!-- END sections: footer-group -->
<script src="//boxwellpackaging.co.uk/cdn/shop/t/12/assets/global.js?v=37284204640041572741700000000" defer="defer"></script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout684-shopify-box-count',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sIntro, ...rowTexts(sRows), ...sSizes, ...sFewer]),
  bylines: ['February 4, 2026', 'By Hattie Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...sNav, 'Share', 'Shop our ready-made moving kits →', 'Back to blog',
    'Everything for moving day', ...sProducts.flat(), 'View all', 'Help', ...sShop, 'About Boxwell',
    'Strong, recycled moving boxes delivered next day from our warehouse in Kettering.', 'Subscribe to our emails', 'Email', 'Country/region',
    'United Kingdom | GBP £', '© 2026, Boxwell Packaging Co.', 'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT684_A2: readonly TestPage[] = [shopify];
