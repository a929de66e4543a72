import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, finish, j } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file a: a cider maker's range page on Shopify (Dawn theme) with a product-card strip after it
 * (its second page is in file a2).
 */
const sTitle = 'Our Cider Range';
const sIntro = j(
  'Every cider we make starts with apples from our own orchards and from six neighbouring farms within ten miles of the press house.',
  'Here is the full range, from our everyday dry to the bottle-fermented cuvée we release once a year.',
);
type Cider = { name: string; desc: string; facts: string };
const sStill: Cider[] = [
  {
    name: 'Kingstone Dry',
    desc: j(
      'Our house cider and the one we drink ourselves. Pressed from Dabinett and Yarlington Mill, fermented slowly with the wild yeast',
      'of the orchard and left on its lees until spring. Firm tannin, a dry finish and a smell of hay and baked apple.',
    ),
    facts: '6.2% ABV · 500ml bottle · £3.40',
  },
  {
    name: 'Orchard Medium',
    desc: j(
      'The same fruit as Kingstone, with a little of the sweeter Ashton Brown Jersey juice held back and blended in after fermentation.',
      'Soft, round and easy with a ploughman’s lunch.',
    ),
    facts: '5.5% ABV · 500ml bottle · £3.40',
  },
];
const sSparkling: Cider[] = [
  {
    name: 'Ridgeway Keeved',
    desc: j(
      'Made the old French way: the juice is keeved so that a brown cap forms and the fermentation stops early, leaving natural sweetness',
      'without any added sugar. Gently sparkling, low in alcohol and the colour of marmalade.',
    ),
    facts: '4.1% ABV · 750ml bottle · £8.50',
  },
  {
    name: 'Hollowmere Cuvée 2025',
    desc: j(
      'A single-vintage cider from our oldest trees, given a second fermentation in the bottle and aged for eighteen months before we',
      'disgorge it by hand. We made 2,400 bottles. Fine bubbles, bitter orange and a long dry finish.',
    ),
    facts: '7.4% ABV · 750ml bottle · £16.00',
  },
];
const sPerry: Cider = {
  name: 'Old Pear Tree Perry',
  desc: j(
    'From a single Blakeney Red tree that stands at the bottom of the home orchard and is at least 150 years old. Delicate, floral and',
    'only just off-dry. There is never much of it, so it sells out by midsummer.',
  ),
  facts: '5.8% ABV · 500ml bottle · £4.20',
};
const sOutro = 'Not sure where to start? Our mixed tasting case has one of each, and you can always ring the press house for advice.';
const sH2 = ['Still ciders', 'Sparkling and bottle-conditioned', 'Perry'] as const;
const ciderHtml = (c: Cider): string =>
  `<h3>${c.name}</h3>\n<p>${c.desc}</p>\n<p><strong>${c.facts}</strong></p>
<p><a href="/products/${c.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="button button--secondary">Buy now</a></p>`;
const ciderGold = (c: Cider): string[] => [c.desc, c.facts];
const sNav = ['Home', 'Shop', 'The Range', 'Visit the Press House', 'Wholesale', 'Journal'];
const sCards = ['Tasting Case (6 x 500ml)', '£21.00', 'Sparkling Case (6 x 750ml)', '£54.00', 'Press House Gift Box', '£32.00'];
const sQuick = ['Shipping', 'Contact us', 'Stockists', 'FAQs'];
const sPolicies = ['Refund policy', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowmerecider.co.uk/pages/our-cider-range"><title>${sTitle} &ndash; Hollowmere Cider Co.</title>
<meta name="description" content="The full range of Hollowmere ciders and perry, pressed and fermented on the farm.">
<meta property="og:site_name" content="Hollowmere Cider Co."><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "hollowmere-cider.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};Shopify.theme = {"name":"Dawn","id":131904241821,"schema_name":"Dawn","schema_version":"15.2.0"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//hollowmerecider.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401717061744" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;--buttons-radius:0px;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<section id="shopify-section-sections--17512--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>Free delivery on mixed cases over £60</span></p>
</div></div></div></div></section>
<div id="shopify-section-sections--17512--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//hollowmerecider.co.uk/cdn/shop/files/hollowmere-logo.png?v=1698&amp;width=300" alt="Hollowmere Cider Co." width="150" height="60"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17530__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--17530__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte"><p>${sIntro}</p>
<h2>${sH2[0]}</h2>
${sStill.map(ciderHtml).join('\n')}
<h2>${sH2[1]}</h2>
${sSparkling.map(ciderHtml).join('\n')}
<h2>${sH2[2]}</h2>
${ciderHtml(sPerry)}
<p><em>${sOutro}</em></p></div></div></section>
<section id="shopify-section-template--17530__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection page-width"><div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">Mixed cases</h2></div>
<slider-component class="slider-mobile-gutter"><ul class="grid product-grid contains-card--product grid--3-col-desktop" role="list">
${[0, 2, 4]
  .map(
    (i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/case-${i}" class="full-unstyled-link">
${esc(sCards[i] ?? '')}</a></h3><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${sCards[i + 1]}</span>
</div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></slider-component><div class="center collection__view-all"><a href="/collections/all" class="button">View all</a></div></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17513__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">The press house</h2><div class="footer-block__details-content rte">
<p>Hollowmere Farm, Coombe Lane, Hollowmere. Shop open Thursday to Sunday, 10am to 4pm.</p><p>You must be 18 or over to buy alcohol.</p></div></div>
</div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization">
<localization-form><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2>
<button class="disclosure__button localization-form__select" type="button">United Kingdom | GBP £</button></localization-form></div>
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Hollowmere Cider Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPolicies)}</ul></div></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="alertdialog" aria-label="Cookie banner"><div class="shopify-pc__banner__body">
<p id="shopify-pc__banner__body-policy">This website uses cookies to ensure you get the best experience on our website.
<a href="/policies/privacy-policy">Privacy Policy</a></p></div><div class="shopify-pc__banner__btns">
<button id="shopify-pc__banner__btn-manage-prefs" class="shopify-pc__banner__btn-manage-prefs">Manage preferences</button>
<button id="shopify-pc__banner__btn-decline">Decline</button><button id="shopify-pc__banner__btn-accept">Accept</button></div></div>
<script src="//hollowmerecider.co.uk/cdn/shop/t/4/assets/global.js?v=84606826154296713331717061744" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout623-shopify-cider-range',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH2[0], ...sStill.map((c) => c.name), sH2[1], ...sSparkling.map((c) => c.name), sH2[2], sPerry.name],
  body: texts([sIntro, ...sStill.flatMap(ciderGold), ...sSparkling.flatMap(ciderGold), ...ciderGold(sPerry), sOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on mixed cases over £60', ...sNav, 'Log in', 'Cart', 'Buy now', 'Mixed cases', ...sCards,
    'Regular price', 'View all', 'Quick links', ...sQuick, 'The press house',
    'Hollowmere Farm, Coombe Lane, Hollowmere. Shop open Thursday to Sunday, 10am to 4pm.',
    'You must be 18 or over to buy alcohol.', 'Subscribe to our emails', 'Email', 'Country/region', 'United Kingdom | GBP £', 'Payment methods',
    '© 2026, Hollowmere Cider Co.', 'Powered by Shopify', ...sPolicies,
    'This website uses cookies to ensure you get the best experience on our website. Privacy Policy', 'Manage preferences', 'Decline', 'Accept',
  ],
};

export const HELDOUT623_A: readonly TestPage[] = [finish(shopify)];
