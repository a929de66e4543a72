import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, notIn } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file d: a local music news article on a Next.js site (App Router markup, hashed CSS-module classes,
 * RSC payload scripts, newsletter and most-read rail), and a mixing service product page on Shopify (Dawn theme).
 */
const nTitle = 'Kiln Street rehearsal rooms to close after landlord sells building';
const nDek = 'Forty bands a week will need somewhere new to play when the 22-year-old rooms shut at the end of March.';
const nText = [
  j(
    'Kiln Street Rooms, the rehearsal studio in the former pottery warehouse in Brackenford, will close on 31 March after the',
    'building was sold to a developer, its owners said on Friday.',
  ),
  j(
    'The studio has seven rooms and is used by about forty bands a week, as well as two choirs and a youth theatre group. Owner',
    'Rhian Castell said the new landlord had offered a one-year lease at almost three times the current rent.',
  ),
  '"We could not make the numbers work. Rehearsal rooms run on small margins and we were not going to pass that on to the bands," she said.',
  j(
    'Castell said she was looking for a new site in the town and had viewed two units on the Ferrybridge industrial estate.',
    'Any move would take at least a year because of the soundproofing work needed.',
  ),
  'Where bands can go',
  j(
    'The nearest alternatives are Depot Lane Studios, which has three rooms, and the council-run music hub at Brackenford Library,',
    'which offers two rooms at reduced rates for under-25s. Both said they were adding evening slots.',
  ),
  j(
    'Local promoter Mo Adeyemi said the closure would hit new bands hardest: "Kiln Street is where almost everyone in this town',
    'played their first loud note. Losing it before there is a replacement is a real problem."',
  ),
];
const nHead = 4;
const nNav = ['News', 'Gigs', 'Reviews', 'Scenes', 'Venues', 'About'];
const nMost = ['Harbour Stage line-up announced for June', 'Review: Velvet Pylon at the Corn Exchange', 'Record shop opens in old bank'];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/9f2c1a7e3b4d5c6e.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-4b1c.js"/>
<script src="/_next/static/chunks/main-app-7a2e.js" async=""></script><title>${nTitle} | Loud in Brackenford</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://loudinbrackenford.co.uk/news/kiln-street-rehearsal-rooms-to-close"/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="2026-02-06T16:20:00.000Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"author":[{"@type":"Person","name":"Cass Whitlow"}]}</script></head>
<body class="__variable_3a0b2f __variable_8c1d9e"><a class="SkipLink_skip__q1w2e" href="#main">Skip to content</a>
<header class="Header_header__Xk3p9"><div class="Header_inner__bR2s1"><a class="Header_logo__h7Y2c" href="/"><span>Loud in Brackenford</span></a>
<nav class="Nav_nav__2kLmQ" aria-label="Primary"><ul class="Nav_list__9sPqR">${links(nNav, 'Nav_item__a1B2c')}</ul></nav>
<button type="button" class="Header_search__c3D4e" aria-label="Search"><svg width="20" height="20" aria-hidden="true"><use href="#icon-search"></use></svg>
</button></div></header>
<main id="main" class="page_main__GwPq1"><article class="Article_article__tY6uI"><header class="Article_header__Vb8n2">
<a class="Kicker_kicker__pL0o9" href="/news">News</a><h1 class="Article_title__Jm3k4">${nTitle}</h1><p class="Article_standfirst__Qw5e6">${nDek}</p>
<div class="Byline_byline__Zx7c8"><span class="Byline_author__Nm9b0">By <a href="/authors/cass-whitlow">Cass Whitlow</a></span>
<time class="Byline_date__Lk1j2" dateTime="2026-02-06T16:20:00.000Z">6 February 2026, 4:20pm</time></div>
<div class="Share_share__Ty3u4"><span class="Share_label__Gh5j6">Share</span><a href="https://www.facebook.com/sharer/sharer.php?u="
aria-label="Share on Facebook">Facebook</a>
<a href="https://bsky.app/intent/compose?text=" aria-label="Share on Bluesky">Bluesky</a><button type="button" class="Share_copy__Df7g8">Copy link</button>
</div></header>
<figure class="Figure_figure__Sa9d0"><img alt="The entrance to Kiln Street Rooms" loading="lazy" width="1200" height="675" decoding="async"
src="/_next/image?url=%2Fuploads%2Fkiln-street.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="Figure_caption__Qa1s2">Kiln Street Rooms opened in 2004. <span class="Figure_credit__Wz3x4">Photo: Loud in Brackenford</span></figcaption>
</figure>
<div class="Article_body__Ed5r6">${ps(nText.slice(0, nHead))}<h2>${nText[nHead]}</h2>${ps(nText.slice(nHead + 1))}</div>
<aside class="Newsletter_box__Rf7t8"><h2 class="Newsletter_title__Tg9y0">The Brackenford gig list, every Thursday</h2>
<form><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="you@example.com"/><button
type="submit">Sign me up</button></form></aside>
</article><aside class="MostRead_rail__Uh1i2"><h2 class="MostRead_title__Ij3o4">Most read</h2><ol>${links(nMost, 'MostRead_item__Ok5p6')}</ol></aside></main>
<footer class="Footer_footer__Pl7a8"><ul class="Footer_links__As9d0">${links(nFoot)}</ul><p>© 2026 Loud in Brackenford. Independent local music news.</p>
</footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/9f2c1a7e3b4d5c6e.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const nGold = [nTitle, nText[nHead] ?? '', nDek, ...texts(nText.filter((_, i) => i !== nHead))];
const nextNews: TestPage = {
  name: 'heldout682-nextjs-rooms-closing',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nText[nHead] ?? ''],
  body: nGold.slice(2),
  bylines: ['By Cass Whitlow', '6 February 2026, 4:20pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(nGold, [
    'Skip to content', 'Loud in Brackenford', ...nNav, 'Share', 'Facebook', 'Bluesky', 'Copy link', 'Kiln Street Rooms opened in 2004.',
    'Photo: Loud in Brackenford', 'The Brackenford gig list, every Thursday', 'Email address', 'Sign me up', 'Most read', ...nMost, ...nFoot,
    '© 2026 Loud in Brackenford. Independent local music news.',
  ]),
};

const pTitle = 'Online Mixing – Per Song';
const pDesc = [
  j(
    'Send us your multitracks and we mix your song on our analogue console, with the same engineer from first pass to final.',
    'You get a first mix within five working days and two rounds of revisions.',
  ),
  'Every mix comes back as a 24-bit WAV, an MP3 for quick listening, an instrumental and a TV mix (no lead vocal).',
];
const pTabs = ['What to send', 'Turnaround and revisions'];
const pTabText = [
  [
    'Consolidated WAV files, all starting at bar one, at the session sample rate.',
    'A rough mix or reference track, and a note of any effects that are part of the sound.',
  ],
  [
    j(
      'First mixes take five working days from the day we receive complete files. Revisions come back within two working days.',
      'Extra revisions after the second cost £30 each.',
    ),
  ],
];
const pNav = ['Home', 'Mixing', 'Mastering', 'Gift cards', 'Contact'];
const pFoot = ['Search', 'Terms of service', 'Refund policy', 'Shipping policy'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://saltmarshmix.com/products/online-mixing-per-song">
<title>${pTitle} &ndash; Saltmarsh Mix Co.</title>
<meta name="description" content="Send us your multitracks and we mix your song on our analogue console."><meta property="og:type" content="product">
<meta property="og:price:amount" content="180.00"><meta property="og:price:currency" content="GBP">
<script>var Shopify = Shopify || {};Shopify.shop = "saltmarsh-mix.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":138214219876,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"${pTitle}",
"offers":[{"@type":"Offer","price":"180.00","priceCurrency":"GBP"}]}</script>
<link href="//saltmarshmix.com/cdn/shop/t/3/assets/base.css?v=12823" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="announcement-bar color-scheme-4 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free mastering on any mix booked before 31 December</span></p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<div class="header__heading-logo-wrapper"><img src="//saltmarshmix.com/cdn/shop/files/logo.png?v=1" alt="Saltmarsh Mix Co." width="140" height="48"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<section id="MainProduct-template--main" class="page-width section-template--main-padding" data-section="template--main"><div
class="product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery id="MediaGallery-template--main" role="region" class="product__column-sticky"
aria-label="Gallery Viewer">
<ul class="product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile" role="list"><li
class="product__media-item grid__item slider__slide is-active">
<div class="product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height"><img
src="//saltmarshmix.com/cdn/shop/files/console.jpg?v=1&width=1946"
 alt="The mixing console" width="1946" height="1297" loading="lazy"></div></li></ul></media-gallery></div>
<div class="product__info-wrapper grid__item"><section id="ProductInfo-template--main" class="product__info-container product__column-sticky">
<p class="product__text inline-richtext caption-with-letter-spacing">SALTMARSH MIX CO.</p><div class="product__title"><h1>${pTitle}</h1>
<a href="/products/online-mixing-per-song" class="product__title"><h2 class="h1">${pTitle}</h2></a></div>
<div class="no-js-hidden" id="price-template--main" role="status"><div class="price price--large price--show-badge"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">£180.00 GBP</span></div></div></div>
</div>
<div class="product__tax caption rte">Tax included.</div>
<variant-selects id="variant-selects-template--main" data-section="template--main"><fieldset class="js product-form__input product-form__input--pill"><legend
class="form__label">Stems</legend>
<input type="radio" id="st-1" name="Stems" value="Up to 24" checked><label for="st-1">Up to 24</label><input type="radio" id="st-2" name="Stems"
value="25 to 48"><label for="st-2">25 to 48</label>
</fieldset></variant-selects>
<div class="product-form__input product-form__quantity"><label class="quantity__label form__label" for="Quantity-template--main">Quantity</label>
<quantity-input class="quantity"><input class="quantity__input" type="number" name="quantity" id="Quantity-template--main" value="1" min="1"></quantity-input>
</div>
<product-form class="product-form"><form method="post" action="/cart/add" class="form" enctype="multipart/form-data" novalidate="novalidate"><div
class="product-form__buttons">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button>
<div data-shopify="payment-button" class="shopify-payment-button"><button
class="shopify-payment-button__button shopify-payment-button__button--unbranded">Buy it now</button></div></div></form></product-form>
<div class="product__description rte quick-add-hidden">${ps(pDesc)}</div>
${pTabs
  .map(
    (t, i) => `<div class="product__accordion accordion quick-add-hidden"><details id="Details-collapsible-${i}"><summary><div class="summary__title">
<h2 class="h4 accordion__title inline-richtext">${t}</h2></div></summary><div class="accordion__content rte"
id="ProductAccordion-collapsible-${i}">${ps(pTabText[i] ?? [])}</div></details></div>`,
  )
  .join('\n')}
<share-button id="Share-template--main" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span>Share</span></button><details>
<summary class="share-button__button">
<span>Share</span></summary></details></share-button></section></div></div></section></section>
<section class="shopify-section section"><div class="related-products page-width"><h2
class="related-products__heading inline-richtext h2">You may also like</h2>
<ul class="grid product-grid" role="list"><li class="grid__item"><div class="card__content"><h3 class="card__heading h5"><a href="/products/stereo-mastering"
class="full-unstyled-link">Stereo Mastering</a></h3>
<div class="price"><span class="price-item price-item--regular">£45.00 GBP</span></div></div></li></ul></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Saltmarsh Mix Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(pFoot.slice(1))}</ul></div></div></footer>
<script src="//saltmarshmix.com/cdn/shop/t/3/assets/global.js?v=8424" defer="defer"></script></body></html>`;
const pGold = [pTitle, ...pTabs, ...texts(pDesc), ...pTabText.flat()];
const shopifyMixing: TestPage = {
  name: 'heldout682-shopify-mixing',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pTabs,
  body: pGold.slice(1 + pTabs.length),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(pGold, [
    'Skip to content', 'Free mastering on any mix booked before 31 December', ...pNav, 'SALTMARSH MIX CO.', '£180.00 GBP', 'Tax included.', 'Stems',
    'Up to 24', '25 to 48', 'Quantity', 'Add to cart', 'Buy it now', 'Share', 'You may also like', 'Stereo Mastering', '£45.00 GBP', 'Subscribe to our emails',
    'Email', '© 2026, Saltmarsh Mix Co.', 'Powered by Shopify', ...pFoot.slice(1),
  ]),
};

export const HELDOUT682_D: readonly TestPage[] = [nextNews, shopifyMixing];
