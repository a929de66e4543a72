import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout661-kit.js';

/** Held-out batch 661, file a2: a battery care guide on an e-bike shop's Shopify blog (Dawn theme). */
const bTitle = 'How to look after your e-bike battery: a year-round guide';
const bH = ['Charging habits that add years', 'Storing the battery over winter', 'Cleaning and transport', 'Signs your battery needs a check'];
const bIntro = [
  j(
    'The battery is the most expensive part of an e-bike to replace, often £500 to £900. Lithium-ion cells wear a little with every',
    'charge, but how you charge, store and clean the pack makes a big difference to how long it lasts.',
  ),
  'These are the habits our technicians recommend to customers when they collect a new bike from the Sparkmoor workshop.',
];
const bCharge = [
  'Charge after every ride rather than running the battery flat. Cells last longest when kept between 20 and 80 per cent.',
  'Use only the charger supplied with the bike, or an approved replacement from the same brand.',
  'Charge indoors at room temperature, on a hard surface, away from anything flammable.',
  'Let a battery that has been out in the cold warm up for an hour before you charge it.',
];
const bStore = [
  j(
    'If you will not ride for more than a month, store the battery at 40 to 60 per cent charge, indoors, somewhere between 10 and 20 °C.',
    'A cold garage is fine for the bike but not for the battery.',
  ),
  'Check the charge level every six weeks and top it back up to around half if it has dropped below 30 per cent.',
];
const bClean = [
  j(
    'Take the battery off before washing the bike. Wipe the case with a damp cloth and keep the contacts dry and clean; a soft brush',
    'removes grit. Never use a pressure washer near the battery, the motor or the display.',
  ),
  j(
    'On a car rack, remove the battery and carry it in the car. Rain at motorway speed gets into places ordinary rain does not, and the',
    'weight off the rack helps too.',
  ),
];
const bSigns = [
  'Range has dropped by more than a third compared with last season.',
  'The pack gets hot while charging, or the charger light flashes an error.',
  'The case is cracked, swollen or has been dropped hard.',
];
const bOutro = [
  j(
    'If you notice any of these, stop using the battery and bring it in. A diagnostic read-out takes about 20 minutes and shows the',
    'health of each cell group, so you know whether a replacement is really needed.',
  ),
];
const bNav = ['Shop e-bikes', 'Accessories', 'Servicing', 'Test rides', 'Journal'];
const bFootInfo = ['Search', 'Delivery', 'Returns', 'Finance options', 'Contact'];
const bPolicies = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const bHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://sparkmoorcycles.example/blogs/journal/e-bike-battery-care"><title>
How to look after your e-bike battery: a year-round guide
&ndash; Sparkmoor Cycles</title>
<meta name="description" content="Charging, storage and cleaning habits that keep an e-bike battery healthy for longer.">
<meta property="og:site_name" content="Sparkmoor Cycles"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "sparkmoor-cycles.myshopify.com";Shopify.theme = {"name":"Dawn","id":1420,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Priya Odell"}}</script>
<link href="//sparkmoorcycles.example/cdn/shop/t/4/assets/base.css?v=1456" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<script src="//sparkmoorcycles.example/cdn/shop/t/4/assets/global.js?v=1381" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on e-bikes over £1,500 – UK mainland</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q"
placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//sparkmoorcycles.example/cdn/shop/files/logo.png"
alt="Sparkmoor Cycles" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${bNav
  .map((t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image">
<img src="//sparkmoorcycles.example/cdn/shop/articles/battery.jpg"
alt="" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${bTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2027-01-18T10:00:00Z">January 18, 2027</time></span>
<p class="article-template__author caption" itemprop="author">By Priya Odell</p></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--main-article" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg aria-hidden="true" class="icon icon-share"></svg> Share</button>
<details id="Details-share-template--main-article">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg> Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span class="visually-hidden">Link</span>
<input type="text" class="field__input" value="https://sparkmoorcycles.example/blogs/journal/e-bike-battery-care"
readonly></div><span class="share-button__message hidden" role="status"></span></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(bIntro)}
<h2>${bH[0]}</h2><ul>${lis(bCharge)}</ul>
<h2>${bH[1]}</h2>${ps(bStore)}
<h2>${bH[2]}</h2>${ps(bClean)}
<h2>${bH[3]}</h2><ul>${lis(bSigns)}</ul>${ps(bOutro)}
</div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
</article></section>
<section id="shopify-section-template--newsletter" class="shopify-section section"><div class="newsletter center"><div class="newsletter__wrapper
color-scheme-2 gradient content-container isolate"><h2 class="inline-richtext h2">Ride notes, once a month</h2><div class="newsletter__subheading rte">
<p>Workshop tips, new arrivals and test-ride days. No spam.</p></div><form method="post" action="/contact#contact_form" id="ContactFooter"
class="newsletter-form"><div class="field"><input id="NewsletterForm--newsletter" type="email" name="contact[email]" class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--newsletter">Email</label><button type="submit" class="newsletter-form__button
field__button" aria-label="Subscribe"></button></div></form></div></div></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Information</h2>
<ul class="footer-block__details-content
list-unstyled">${links(bFootInfo, 'footer-block__details-content')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the workshop</h2><div class="footer-block__details-content rte">
<p>Unit 3, Tanner's Yard, Ashcombe BS41 7RD</p><p>Tue–Sat 9:00–17:30</p></div></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm" class="localization-form"><h2 class="caption-large text-body"
id="FooterCountryLabel">Country/region</h2><button class="disclosure__button localization-form__select" aria-expanded="false">United Kingdom | GBP £</button>
</form></localization-form></div><div class="footer__column footer__column--info"><div class="footer__payment">
<span class="visually-hidden">Payment methods</span>
<ul class="list list-payment" role="list"><li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title
id="pi-visa">Visa</title></svg></li></ul></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027,
<a href="/" title="">Sparkmoor Cycles</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by
Shopify</a></small><ul class="policies list-unstyled">${links(bPolicies)}</ul></div></div></div></div></footer></div>
<script src="//sparkmoorcycles.example/cdn/shop/t/4/assets/share.js?v=1302" defer="defer"></script></body></html>`;
const battery: TestPage = page({
  name: 'heldout661-shopify-dawn-battery-care',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bCharge, ...bStore, ...bClean, ...bSigns, ...bOutro]),
  bylines: ['January 18, 2027', 'By Priya Odell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on e-bikes over £1,500 – UK mainland', 'Search', ...bNav, 'Share', 'Back to blog', 'Ride notes, once a month',
    'Workshop tips, new arrivals and test-ride days. No spam.', 'Email', 'Information', ...bFootInfo, 'Visit the workshop',
    "Unit 3, Tanner's Yard, Ashcombe BS41 7RD", 'Tue–Sat 9:00–17:30', 'Country/region', 'United Kingdom | GBP £', '© 2027, Sparkmoor Cycles',
    'Powered by Shopify', ...bPolicies,
  ],
});

export const HELDOUT661_A2: readonly TestPage[] = [battery];
