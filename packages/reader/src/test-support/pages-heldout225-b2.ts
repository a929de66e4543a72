import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 225, file b2: a growing guide on an invented seed company's Shopify store (Dawn theme: the announcement
 * bar, the header menu with account and cart links, the hidden menu drawer, the article template with its date and author,
 * a sowing calendar table, the share button with "Copy link", "Back to blog", the "Seeds for this guide" product cards with
 * prices and "Sold out" badges, the footer newsletter, payment icons' hidden labels and the cookie banner).
 */
const title = 'How to grow dwarf French beans';
const intro = [
  'Dwarf French beans are one of the most rewarding crops for a small plot. They need no supports, grow happily in pots, and ' +
    'a short row will keep a family in beans from July until the first frosts if you pick them young and often.',
  'Unlike runner beans, they are self-pollinating, so they set pods reliably even in cool or windy summers when there are few ' + 'insects about.',
];
const h1 = 'When to sow';
const p1 = [
  'French beans hate cold soil. Sowing too early is the most common reason for poor germination, as the seeds simply rot. Wait ' +
    'until the soil has reached at least 12°C, usually mid-May in the south and late May or early June further north.',
  'For an earlier crop, sow indoors in deep modules in late April and plant out after the last frost. Make a second sowing in ' +
    'early July for pods in September and October.',
];
const cal = [
  ['Sow indoors', 'April to May'],
  ['Sow outdoors', 'May to July'],
  ['Harvest', 'July to October'],
];
const h2 = 'How to sow';
const p2 = [
  'Outdoors, sow seeds 5cm deep and 10cm apart in a double row, with 45cm between each pair of rows. Water the drill before sowing ' +
    'rather than after, which keeps the seed from sitting in cold wet soil.',
  'Indoors, sow one seed per 7cm pot or root trainer cell, and keep at around 18°C. Seedlings appear in seven to ten days.',
];
const h3 = 'Growing on';
const p3 = [
  'Keep the soil moist once the plants start to flower, as dry roots cause the flowers to drop. A mulch of compost helps. Draw a ' +
    'little soil up around the stems of taller varieties to stop them flopping when laden with pods.',
];
const h4 = 'Harvesting';
const p4 = [
  'Start picking when the pods are about the thickness of a pencil and snap cleanly. Pick every two or three days: plants that are ' +
    'left with mature pods on them stop flowering. For drying varieties, leave the pods until they are papery and rattle.',
];
const h5 = 'Common problems';
const probs = [
  'Slugs: protect young plants with beer traps or a ring of grit.',
  'Blackfly: rub off small colonies by hand, or spray with water.',
  'Halo blight: pull up and bin affected plants, and do not save seed from them.',
];
const announce = 'Free UK delivery on seed orders over £20';
const menu = ['Seeds', 'Vegetables', 'Flowers', 'Herbs', 'Growing guides', 'Gift cards', 'About us'];
const products = [
  ['Dwarf French Bean ‘Purple Teepee’', '£2.45'],
  ['Dwarf French Bean ‘Speedy’', '£2.25'],
  ['Dwarf French Bean ‘Borlotto Lingua di Fuoco’', '£2.65'],
];
const foot = ['Search', 'Delivery & returns', 'Contact us', 'Sowing calendar', 'Wholesale', 'Terms of service', 'Refund policy'];
const news = ['Join our seed circle', 'Monthly sowing reminders and first look at new varieties.', 'Email', 'Subscribe'];
const pay = ['American Express', 'Apple Pay', 'Mastercard', 'PayPal', 'Visa'];
const cookie = ['We use cookies to give you the best shopping experience.', 'Accept', 'Decline'];
const copy = '© 2025, Ashgrove Seed Co.';
const h2t = (t: string): string => `<h2>${t}</h2>`;

const html = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://ashgroveseeds.example/blogs/growing-guides/how-to-grow-dwarf-french-beans"><title>${title} &ndash; Ashgrove Seed Co.</title>
<meta name="description" content="French beans hate cold soil. When to sow, how to sow and when to harvest dwarf French beans.">
<meta property="og:site_name" content="Ashgrove Seed Co."><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script src="//ashgroveseeds.example/cdn/shop/t/4/assets/constants.js?v=58251" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceId":60117}};</script>
<link href="//ashgroveseeds.example/cdn/shop/t/4/assets/base.css?v=1492" rel="stylesheet" type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article",
"articleBody":"Dwarf French beans are one of the most rewarding crops for a small plot.",
"headline":"${title}","datePublished":"2025-04-10T07:00:00Z","author":{"@type":"Person","name":"Hester Bloom"}}</script>
</head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>${announce}</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper
color-background-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu"></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce" tabindex="-1"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu list-menu">
${links(menu)}</ul></nav><a href="/account/login" class="menu-drawer__account link focus-inset h5">Log in</a></div></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Ashgrove Seed Co.</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(menu)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2158__main" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media"><img src="//ashgroveseeds.example/cdn/shop/articles/beans.jpg"
alt="Rows of dwarf French beans with purple pods"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${title}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2025-04-10T07:00:00Z">April 10, 2025</time></span>
<span class="caption-with-letter-spacing">by Hester Bloom</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2158__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Link</span><input type="text" class="field__input"
value="https://ashgroveseeds.example/blogs/growing-guides/how-to-grow-dwarf-french-beans" readonly></div><button class="share-button__copy">
<span class="visually-hidden">Copy link</span></button><div id="ShareMessage" class="share-button__message hidden" role="status">Link copied</div></div>
</details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps(intro)}
${h2t(h1)}${ps(p1)}
<table><thead><tr><th>Task</th><th>When</th></tr></thead><tbody>${cal.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</tbody></table>
${h2t(h2)}${ps(p2)}${h2t(h3)}${ps(p3)}${h2t(h4)}${ps(p4)}${h2t(h5)}
<ul>${probs.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/growing-guides" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div></article></section>
<section id="shopify-section-template--2158__featured" class="shopify-section section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Seeds for this guide</h2><ul class="grid product-grid grid--3-col-desktop" role="list">${products
  .map(
    ([n, pr], i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard card--media">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/bean-${i}" class="full-unstyled-link">${n}</a></h3>
${i === 2 ? '<div class="card__badge bottom left"><span class="badge badge--bottom-left color-inverse">Sold out</span></div>' : ''}
<div class="price"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${pr}</span>
</div></div></div></div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${links(foot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">${news[0]}</h2><p>${news[1]}</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">${news[2]}</label><button type="submit" class="newsletter-form__button field__button"><span
class="visually-hidden">${news[3]}</span>
</button></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
${pay.map((p) => `<li class="list-payment__item"><svg role="img" aria-labelledby="pi-${p}"><title id="pi-${p}">${p}</title></svg></li>`).join('')}</ul></div>
<div class="footer__copyright caption"><small class="copyright__content">${copy}</small><small class="copyright__content">
<a href="https://www.shopify.com?utm_campaign=poweredby" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></div></footer>
<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-label="Cookie banner"><p>${cookie[0]}</p>
<button id="shopify-pc__banner__btn-accept">${cookie[1]}</button><button id="shopify-pc__banner__btn-decline">${cookie[2]}</button></div>
<script src="//ashgroveseeds.example/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;

export const shopifyGuide: TestPage = {
  name: 'heldout225-shopify-seed-growing-guide-docs',
  kind: 'docs',
  html,
  title,
  // table data cells are body, its header cells in neither list; product cards and their prices are furniture
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...p1, ...cal.flat(), ...p2, ...p3, ...p4, ...probs]),
  bylines: ['April 10, 2025', 'by Hester Bloom'],
  // biome-ignore format: packed furniture
  furniture: [
    'Skip to content', announce, ...menu, 'Log in', 'Ashgrove Seed Co.', 'Cart', 'Share', 'Copy link', 'Link copied', 'Back to blog',
    'Seeds for this guide', ...products.flat(), 'Sold out', 'Regular price', 'Quick links', ...foot, ...news, 'Payment methods', ...pay, copy,
    'Powered by Shopify', ...cookie,
  ],
};
