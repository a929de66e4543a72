import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout551-kit.js';

/**
 * Held-out batch 551, file a: a curtain maker's fabric range page on Shopify (Dawn theme) with a featured product grid under
 * the maker's range text.
 */
const sTitle = 'The Hallow Linen Range';
const sIntro = [
  j(
    'Hallow is our heaviest linen, woven for us in a small mill outside Kettleby from flax grown and retted in the same valley.',
    'It has a dry, slightly slubbed hand and falls in deep, soft folds, which is why we use it for most of our pinch pleat curtains.',
  ),
  'The range comes in nine colourways, all dyed in the piece:',
];
const sColours = ['Chalk', 'Oat', 'Flint', 'Sage', 'Moss', 'Tidewater', 'Rust', 'Plum', 'Charcoal'];
const sMadeH = 'What the cloth is made from';
const sMade = [
  j(
    'Hallow is 100% linen at 340 grams a square metre, 140 cm wide. It is pre-washed at the mill, so it will not shrink further',
    'if it is dry cleaned, and it is finished without any chemical softeners.',
  ),
  j(
    'Because it is a natural cloth, you will see small slubs and changes of shade along the roll. We think this is part of its',
    'character, and we do not treat it as a fault.',
  ),
];
const sUseH = 'What we make in Hallow';
const sUse = ['Curtains with pinch pleat, double pleat or wave headings', 'Roman blinds up to 180 cm wide', 'Cushion covers and bolsters', 'Tie-back sets'];
const sUseNote = j(
  'Hallow is not suitable for roller blinds, as it is too heavy to roll evenly. For a linen roller blind, ask us about our',
  'lighter Wren range.',
);
const sCareH = 'Looking after Hallow';
const sCare = [
  j(
    'We recommend dry cleaning only. Keep curtains out of strong afternoon sun where you can, or choose our thermal lining,',
    'which protects the face cloth as well as keeping the heat in.',
  ),
];
const sBody = [...sIntro, ...sColours, ...sMade, ...sUse, sUseNote, ...sCare];
const sNav = ['Curtains', 'Roman Blinds', 'Fabrics', 'Free Swatches', 'How to Measure', 'Our Workroom'];
const sCards = [
  ['Hallow Pinch Pleat Curtains', 'From £186.00'],
  ['Hallow Roman Blind', 'From £142.00'],
  ['Hallow Cushion Cover', '£38.00'],
  ['Hallow Swatch Set', '£4.00'],
] as const;
const sFootMenu = ['Search', 'Delivery', 'Returns', 'Contact', 'Trade Accounts'];
const sCardHtml = sCards
  .map(
    ([n, p]) => `<li class="grid__item scroll-trigger animate--slide-in"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent">
<img src="//ferncombehome.co.uk/cdn/shop/files/hallow.jpg?v=1718&width=533" alt="${n}" loading="lazy" width="533" height="533"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3>
<div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${p}</span></div></div></div>
</div></div></div></div></div></li>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://ferncombehome.co.uk/pages/hallow-linen">
<title>${sTitle} &ndash; Ferncombe Home</title><meta name="description" content="Heavy washed linen for curtains and Roman blinds, in nine colourways.">
<meta property="og:site_name" content="Ferncombe Home"><meta property="og:type" content="website">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "ferncombe-home.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141203,"schema_name":"Dawn","schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Ferncombe Home",
"url":"https:\\/\\/ferncombehome.co.uk"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//ferncombehome.co.uk/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-2 gradient" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free fabric swatches, posted within two working days</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//ferncombehome.co.uk/cdn/shop/files/logo.png?v=1&width=600" alt="Ferncombe Home" width="600" height="120" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav.map((t) => `<li><a href="/pages/x" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`).join('\n')}
</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<div id="shopify-section-template--main" class="shopify-section"><div class="page-width page-width--narrow section-template--main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1>
<div class="rte">${ps(sIntro)}
<ul>${lis(sColours)}</ul>
<h2>${sMadeH}</h2>${ps(sMade)}
<h2>${sUseH}</h2><ul>${lis(sUse)}</ul>${ps([sUseNote])}
<h2>${sCareH}</h2>${ps(sCare)}
</div></div></div>
<div id="shopify-section-template--featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2 scroll-trigger animate--slide-in">Shop the Hallow range</h2></div>
<slider-component class="slider-mobile-gutter page-width">
<ul id="Slider-template--featured_collection" class="grid product-grid contains-card--product grid--4-col-desktop"
role="list" aria-label="Slider">${sCardHtml}</ul></slider-component>
<div class="center collection__view-all scroll-trigger animate--slide-in"><a href="/collections/hallow" class="button">View all</a></div></div></div></div>
</main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">
${links(sFootMenu, 'list-menu__item')}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Ferncombe Home</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
</div></div></div></footer></div>
<script src="//ferncombehome.co.uk/cdn/shop/t/4/assets/global.js?v=1384" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout551-shopify-fabric-range',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sMadeH, sUseH, sCareH],
  body: texts(sBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free fabric swatches, posted within two working days', 'Fabrics', 'Free Swatches',
    'How to Measure', 'Our Workroom', 'Log in', 'Cart', 'Shop the Hallow range',
    ...sCards.flat(), 'Regular price', 'View all', 'Help', ...sFootMenu, 'Subscribe to our emails', 'Email', '© 2026, Ferncombe Home',
    'Powered by Shopify',
  ],
};

export const HELDOUT551_A: readonly TestPage[] = [shopify];
