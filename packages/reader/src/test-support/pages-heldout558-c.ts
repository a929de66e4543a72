import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file c: an instrument shop's product page on Shopify (Dawn theme, a violin outfit) and a shop's
 * buying guide on the BigCommerce blog (Cornerstone theme).
 */
const sTitle = 'Aldercroft Student Violin Outfit, 4/4';
const sDesc = [
  j(
    'Our best-selling first violin, set up in our own workshop before it leaves the shop. Every outfit is fitted with Tonica',
    'strings, a hand-cut bridge and pegs that turn smoothly and hold, so it stays in tune from the first lesson.',
  ),
  'The outfit includes everything a new player needs:',
];
const sIncl = ['Solid spruce top and flamed maple back', 'Brazilwood bow with real horsehair', 'Oblong case with hygrometer', 'Rosin and shoulder rest'];
const sSpec = [
  ['Size', '4/4 (full size)'],
  ['Fingerboard', 'Ebony'],
  ['Fittings', 'Boxwood with fine tuner on E'],
  ['Strings', 'Thomastik Tonica'],
];
const sNav = ['Shop all', 'Strings', 'Keys', 'Guitars', 'Sheet music', 'Repairs', 'Rentals'];
const sRel = ['Aldercroft Student Viola Outfit, 15.5"', 'Pirastro Tonica Violin String Set', 'Wittner Isny Chinrest'];
const sFoot = ['Delivery and returns', 'Instrument rental terms', 'Visit the shop', 'Contact us'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://www.fennickstrings.co.uk/products/aldercroft-student-violin-outfit-4-4">
<title>Aldercroft Student Violin Outfit, 4/4 &ndash; Fennick Strings</title>
<meta property="og:site_name" content="Fennick Strings"><meta property="og:type" content="product"><meta property="og:price:amount" content="349.00">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fennick-strings.myshopify.com";Shopify.theme = {"name":"Dawn"
,"id":136702214321,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${sTitle}","offers":[{"@type":"Offer","price":"349.00"
,"priceCurrency":"GBP",
"availability":"http://schema.org/InStock"}]}</script>
<link href="//www.fennickstrings.co.uk/cdn/shop/t/4/assets/base.css?v=88290808517547527771" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16952364023985__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--16952364023985__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fennick Strings</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16952363991217__main"
class="shopify-section section"><section id="MainProduct-template--16952363991217__main" class="page-width section-template--16952363991217__main-padding"
data-section="template--16952363991217__main"><div class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--16952363991217__main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer"><div id="GalleryStatus-template--16952363991217__main" class="visually-hidden" role="status"></div>
<ul id="Slider-Gallery-template--16952363991217__main" class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile"
role="list">
<li class="product__media-item grid__item slider__slide is-active"><div
class="product-media-container media-type-image media-fit-contain global-media-settings gradient">
<img src="//www.fennickstrings.co.uk/cdn/shop/files/aldercroft-violin-front.jpg?v=1701" alt="Aldercroft violin, front view" width="1946"
height="1946"></div></li>
</ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--16952363991217__main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">Aldercroft</p>
<div class="product__title"><h1>${sTitle}</h1><a href="/products/aldercroft-student-violin-outfit-4-4" class="product__title"><h2
class="h1">${sTitle}</h2></a></div>
<div id="price-template--16952363991217__main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span
class="price-item price-item--regular">£349.00 GBP</span></div></div></div></div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--16952363991217__main" data-section="template--16952363991217__main"><fieldset class="js product-form__input
product-form__input--pill"><legend class="form__label">Size</legend><input type="radio" id="size-44" name="Size" value="4/4" checked><label
for="size-44">4/4</label>
<input type="radio" id="size-34" name="Size" value="3/4"><label for="size-34">3/4</label></fieldset></variant-selects>
<div class="product-form__buttons"><button id="ProductSubmitButton-template--16952363991217__main" type="submit" name="add" class="product-form__submit button
button--full-width button--secondary"><span>Add to cart</span></button></div>
<div class="product__description rte quick-add-hidden">${ps(sDesc)}<ul>${lis(sIncl)}</ul>
<table><tbody>${sSpec.map((r) => tr(r)).join('\n')}</tbody></table></div>
<details id="Details-collapsible-row-1" class="product__accordion accordion quick-add-hidden"><summary><div class="summary__title"><h2
class="h4 accordion__title
inline-richtext">Shipping and returns</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible-row-1"><p>Free delivery in the UK.
Returns accepted within 30 days in original condition.</p></div></details>
<share-button id="Share-template--16952363991217__main" class="share-button quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details><summary class="share-button__button">Share</summary></details></share-button></section></div></div></section></section>
<section id="shopify-section-template--16952363991217__related" class="shopify-section section"><div class="color-scheme-1 gradient no-js-hidden">
<product-recommendations class="related-products page-width section-template--16952363991217__related-padding isolate"><h2
class="related-products__heading inline-richtext h2">
You may also like</h2><ul class="grid product-grid grid--4-col-desktop"
role="list">${links(sRel, 'grid__item')}</ul></product-recommendations></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--16952364089521-padding"><div class="footer__content-top page-width"><div
class="footer-block grid__item
footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field"><input
id="NewsletterForm--sections--16952364089521__footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--16952364089521__footer">Email</label></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Fennick Strings</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer>
<script src="//www.fennickstrings.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout558-shopify-violin-outfit',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sDesc, ...sIncl, ...sSpec.map(row)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', 'Fennick Strings', ...sNav.filter((t) => t !== 'Strings'), 'Cart', 'Aldercroft',
    'Regular price', '£349.00 GBP',
    'Tax included.', '3/4', 'Add to cart', 'Shipping and returns', 'Free delivery in the UK. Returns accepted within 30 days in original condition.',
    'Share', 'You may also like', ...sRel, 'Help', ...sFoot, 'Subscribe to our emails', 'Email', '© 2026, Fennick Strings', 'Powered by Shopify',
  ],
};

const bTitle = 'Buying a first digital piano: what actually matters';
const bBody = [
  j(
    'Most families who come into the shop looking for a first digital piano have been told two things: get weighted keys, and',
    'do not spend too much until you know the lessons will stick. Both are good advice, but there is more to it.',
  ),
  'Keys first',
  j(
    'A teacher will want 88 full-size keys with a graded hammer action, heavier in the bass and lighter at the top, like an',
    'acoustic piano. Semi-weighted or “touch-sensitive” keyboards are fine for fun but make the move to a real piano harder later.',
  ),
  j(
    'Play the instruments side by side if you can. Actions vary much more than sounds do, and a child will practise longer',
    'on a piano that feels good under the fingers.',
  ),
  'Sound and speakers',
  j(
    'Every piano in the £500 to £900 range now has a decent sampled grand sound. What separates them is the speakers: small',
    'cabinets with 2 x 8 watt speakers sound thin at home volume, while 2 x 20 watt systems fill a living room.',
  ),
  'Stand, pedals and bench',
  j(
    'Portable models are cheaper but need a stand, a sustain pedal and a bench, which can add £150. A cabinet model with three',
    'pedals built in is often the better buy for a child who will practise every day.',
  ),
  'Our shortlist',
  'Under £600: a portable with graded action, a proper X-stand and a box pedal',
  'Around £800: a slim cabinet model with three pedals and a lid',
  'Around £1,200: a cabinet model with a wooden-key action for grade 5 and beyond',
  j(
    'If you are not sure, our rent-to-buy scheme lets you take a cabinet piano home for £25 a month, with all rent paid in the',
    'first year taken off the price if you buy.',
  ),
];
const bNav = ['Pianos', 'Keyboards', 'Guitars', 'Drums', 'Accessories', 'Blog'];
const bRecent = ['How often should a piano be tuned?', 'Choosing a guitar for a seven-year-old', 'Our spring open day'];
const bHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><title>Halvern Music: Buying a first digital piano: what actually matters</title>
<meta property="og:type" content="article"><meta property="og:title" content="${bTitle}"><meta name="keywords" content="digital piano, buying guide">
<link rel='canonical' href='https://www.halvernmusic.com/blog/buying-a-first-digital-piano/'><meta name='platform' content='bigcommerce.stencil'>
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/4c1e5a20/css/theme-b1f2.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person"
,"name":"Owen Pryce"}}</script>
<script>window.consentManagerStoreConfig = function () { return {"storeName":"Halvern Music","privacyPolicyUrl":"","cookieConsentBannerEnabled":true}; };
</script></head>
<body><svg data-src="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/4c1e5a20/img/icon-sprite.svg" class="icons-svg-sprite"></svg>
<a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner"><a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu"><span
class="mobileMenu-toggleIcon">Toggle menu</span></a>
<nav class="navUser"><ul class="navUser-section navUser-section--alt"><li class="navUser-item"><a class="navUser-action navUser-item--compare"
href="/compare">Compare</a></li>
<li class="navUser-item"><a class="navUser-action navUser-action--quickSearch" href="/search.php">Search</a></li><li class="navUser-item navUser-item--account">
<a class="navUser-action" href="/login.php">Sign in</a></li><li class="navUser-item navUser-item--cart"><a class="navUser-action" href="/cart.php">
<span class="navUser-item-cartLabel">Cart</span> <span class="countPill cart-quantity"></span></a></li></ul></nav>
<div class="header-logo header-logo--center"><a href="https://www.halvernmusic.com/" class="header-logo__link"><span
class="header-logo-text">Halvern Music</span></a></div>
<div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list">${links(bNav, 'navPages-item')}</ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="GBP"><div class="container"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">
<li class="breadcrumb "><a class="breadcrumb-label" href="https://www.halvernmusic.com/"><span>Home</span></a></li><li class="breadcrumb "><a
class="breadcrumb-label"
href="https://www.halvernmusic.com/blog/"><span>Blog</span></a></li><li class="breadcrumb is-active"><a class="breadcrumb-label"
aria-current="page"><span>${bTitle}</span></a></li>
</ol></nav><div class="page"><main class="page-content"><article class="blog"><div class="blog-post-figure"><figure class="blog-thumbnail">
<img src="https://cdn11.bigcommerce.com/s-x7k2m9/images/stencil/1280w/uploaded_images/digital-pianos.jpg" alt="Digital pianos in the showroom"></figure></div>
<div class="blog-post-body"><header class="blog-header"><h1 class="blog-title">${bTitle}</h1><p
class="blog-date">Posted by Owen Pryce on 12th Mar 2027</p></header>
<div class="blog-post">${ps([bBody[0] ?? ''])}<h2>${bBody[1]}</h2>${ps(bBody.slice(2, 4))}<h2>${bBody[4]}</h2>${ps([bBody[5] ?? ''])}
<h2>${bBody[6]}</h2>${ps([bBody[7] ?? ''])}<h2>${bBody[8]}</h2><ul>${lis(bBody.slice(9, 12))}</ul>${ps([bBody[12] ?? ''])}</div>
<ul class="tags">${links(['digital pianos', 'buying guides'], 'tag')}</ul>
<div class="socialLinks-wrapper"><span class="socialLinks-title">Share</span><ul class="socialLinks"><li class="socialLinks-item socialLinks-item--facebook">
<a class="socialLinks__link icon icon--facebook" title="Facebook" href="https://facebook.com/sharer/sharer.php"><span
class="aria-description--hidden">Facebook</span></a></li>
</ul></div></div></article></main>
<aside class="page-sidebar"><h2 class="page-heading">Recent posts</h2><ul class="navList">${links(bRecent, 'navList-item')}</ul></aside></div></div></main>
<footer class="footer" role="contentinfo"><section class="footer-info"><article class="footer-info-col footer-info-col--small"
data-section-type="footer-webPages">
<h2 class="footer-info-heading">Navigate</h2><ul class="footer-info-list">${links(['Shipping and Returns', 'Rent to Buy', 'Contact Us'])}</ul></article>
<article class="footer-info-col footer-info-col--small" data-section-type="newsletterSubscription"><h2
class="footer-info-heading">Subscribe to our newsletter</h2>
<p>Get the latest updates on new products and upcoming sales</p><form class="form" action="/subscribe.php" method="post"><label class="form-label is-srOnly"
for="nl_email">Email Address</label><input class="form-input" id="nl_email" name="nl_email" type="email" placeholder="Your email address">
<input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe"></form></article></section>
<div class="footer-copyright"><p class="powered-by">&copy; 2027 Halvern Music </p></div></footer>
<script src="https://cdn11.bigcommerce.com/s-x7k2m9/stencil/4c1e5a20/dist/theme-bundle.main.js"></script></body></html>`;
const bigcommerce: TestPage = {
  name: 'heldout558-bigcommerce-piano-guide',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bBody[1] ?? '', bBody[4] ?? '', bBody[6] ?? '', bBody[8] ?? ''],
  body: texts(bBody.filter((_, i) => ![1, 4, 6, 8].includes(i))),
  bylines: ['Posted by Owen Pryce on 12th Mar 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Toggle menu', 'Compare', 'Search', 'Sign in', 'Cart', 'Halvern Music', ...bNav.filter((t) => t !== 'Keyboards'),
    'digital pianos', 'buying guides',
    'Share', 'Facebook', 'Recent posts', ...bRecent, 'Navigate', 'Shipping and Returns', 'Contact Us', 'Subscribe to our newsletter',
    'Get the latest updates on new products and upcoming sales', 'Email Address', '© 2027 Halvern Music',
  ],
};

export const HELDOUT558_C: readonly TestPage[] = [shopify, bigcommerce];
