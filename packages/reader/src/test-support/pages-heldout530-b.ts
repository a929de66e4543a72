import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout530-kit.js';

/**
 * Held-out batch 530, file b: a repair shop's how-we-fix post on Ghost (Casper) with a callout card, a captioned image,
 * a subscribe box and read-more cards, and a phone repair price page on Shopify (Dawn) with a price table and an FAQ.
 */
const gTitle = 'How we bring a MacBook back after a coffee spill';
const gDek = 'Most liquid-damaged laptops we see can be saved. Here is what actually happens on our bench, step by step.';
const gCallout = j(
  '<strong>Just spilled something?</strong> Hold the power button until it switches off, unplug it, and turn it upside down.',
  'Do not try to dry it with a hair dryer or a bag of rice.',
);
const gA = [
  j(
    'About one in five of the laptops that come through our door in Fernleaf has met a drink. Coffee is the most common, then',
    'water, then wine. The good news is that liquid rarely kills a machine on the spot. What kills it is the corrosion that',
    'grows over the next few days while the board is still powered, so the first hour matters more than anything we do later.',
  ),
  j(
    'Below is the routine our technicians follow on every liquid-damaged MacBook. It takes between two and four days, and',
    'we call you with a price after step three, before any parts are ordered.',
  ),
];
const gSteps = [
  [
    '1. Open it up and disconnect the battery',
    j(
      'Before anything else we remove the bottom case and unplug the battery connector. A board that still has power on it keeps',
      'corroding even when the screen is dark, because the standby circuits never fully switch off.',
    ),
  ],
  [
    '2. Take the logic board out',
    j(
      'We lift out the logic board and photograph both sides under the microscope. The photos go on your ticket, so you can see',
      'what we saw. Sugar from coffee and soft drinks shows up as a brown crust around the chips; plain water leaves white or',
      'green residue where it has sat.',
    ),
  ],
  [
    '3. Ultrasonic clean',
    j(
      'The board goes into an ultrasonic bath with a cleaning solution made for electronics, then a rinse in 99% isopropyl',
      'alcohol and a few hours in a drying cabinet at 40°C. This removes the residue from under the chips, where a brush cannot',
      'reach.',
    ),
  ],
  [
    '4. Test, measure and replace',
    j(
      'Once the board is dry we power it from a bench supply and measure the main voltage rails. A short to ground usually points',
      'to one failed part, often a capacitor or a small power chip near the spill. We replace what has failed and test again.',
    ),
  ],
  [
    '5. Keyboard, trackpad and a long burn-in',
    j(
      'Keyboards soak up liquid like a sponge, so on most models we replace the top case or the keyboard. Then the machine runs a',
      'twelve-hour stress test. If it passes, it goes back together with a fresh thermal paste and comes home to you.',
    ),
  ],
];
const gEnd = [
  'What it costs',
  j(
    'A clean and test on its own is $129. If a board-level part needs replacing, most repairs land between $220 and $380.',
    'A new keyboard or top case is extra and depends on the model. If we cannot bring the board back, you pay only for the',
    'diagnosis, and we can usually still move your files to a new machine.',
  ),
  'Three things we wish everyone knew',
  'Turning it on "just to check" is the single most harmful thing you can do.',
  'Rice does not dry a laptop. It only hides the problem while the corrosion grows.',
  'Insurance claims go faster with our written report, which we give you for free.',
];
const gCap = 'Residue from a latte on a 2020 MacBook Air board, before cleaning. Photo: Fernleaf bench team';
const gNav = ['Home', 'Repair Stories', 'Guides', 'Prices', 'Book a repair'];
const gMore = [
  ['Why your laptop battery is swelling (and what to do)', 'A swollen battery is a fire risk. Here is how to spot one early.', 'Feb 20, 2025', '4 min read'],
  ['Data recovery: what we can and cannot get back', 'A plain guide to dead drives, deleted files and phone backups.', 'Jan 28, 2025', '7 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>How we bring a MacBook back after a coffee spill</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9a2f1c8e77">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.fernleafrepair.com/macbook-coffee-spill/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-11T09:12:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernleaf Repair Journal"},
"author":{"@type":"Person","name":"Priya Vance"},"headline":"${gTitle}","datePublished":"2025-03-11T09:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.fernleafrepair.com/"
 data-key="3c8a1f0e5b2d" data-api="https://journal.fernleafrepair.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template tag-repair-stories is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.fernleafrepair.com">Fernleaf Repair Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-repair-stories">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/repair-stories/">Repair Stories</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/priya.jpg" alt="Priya Vance"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Vance</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-03-11">Mar 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/03/latte-board.jpg 300w" src="/content/images/size/w2000/2025/03/latte-board.jpg"
 alt="Logic board with brown residue"><figcaption>${gCap}</figcaption></figure></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">☕</div><div class="kg-callout-text">${gCallout}</div></div>
${ps(gA)}
${gSteps.map(([h, p]) => `<h2 id="${(h ?? '').slice(0, 2)}">${h}</h2>\n<p>${p}</p>`).join('\n')}
<hr><h2 id="cost">${gEnd[0]}</h2><p>${gEnd[1]}</p><h3 id="wish">${gEnd[2]}</h3><ul>${lis(gEnd.slice(3))}</ul>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"
 data-ghost-comments="https://journal.fernleafrepair.com/" data-api="https://journal.fernleafrepair.com/ghost/api/content/" data-post-id="65ef0a1c"
 data-count="true" data-title="null" data-color-scheme="auto" crossorigin="anonymous"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').slice(0, 8)}/">
<img class="post-card-image" src="/c.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-01-01">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.fernleafrepair.com">Fernleaf Repair Journal</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Fernleaf Device Repair', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=9a2f1c8e77"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout530-ghost-coffee-spill',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [...gSteps.map(([h]) => h ?? ''), gEnd[0] ?? '', gEnd[2] ?? ''],
  body: texts([gDek, gCallout, ...gA, ...gSteps.map(([, p]) => p ?? ''), gEnd[1] ?? '', ...gEnd.slice(3)]),
  bylines: ['Priya Vance', 'Mar 11, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernleaf Repair Journal', ...gNav, 'Sign in', 'Subscribe', gCap, 'Sign up for more like this.', 'Enter your email',
    ...gMore.flat(), 'Fernleaf Repair Journal © 2025', 'Sign up', 'Fernleaf Device Repair', 'Contact', 'Powered by Ghost',
  ],
};

const sTitle = 'iPhone Repair Prices';
const sIntro = [
  j(
    'All prices include the part, fitting and a 12-month warranty. Most repairs are done in under an hour at our Quarry Lane',
    'counter, and you can wait in the shop or come back later.',
  ),
  j(
    'We use two grades of screen: <strong>Premium</strong> panels that match the original brightness and colour, and',
    '<strong>Value</strong> panels that cost less but are a little dimmer. Prices for both are below.',
  ),
];
const sRows = [
  ['iPhone 15 Pro', '$289', '$199', '$109'],
  ['iPhone 15', '$249', '$169', '$99'],
  ['iPhone 14', '$219', '$149', '$95'],
  ['iPhone 13', '$189', '$129', '$89'],
  ['iPhone 12 / 12 Pro', '$159', '$109', '$85'],
  ['iPhone SE (2nd and 3rd gen)', '$99', '$69', '$69'],
];
const sNote = 'Don’t see your model? <a href="/pages/contact">Send us a message</a> and we’ll quote within the hour.';
const sFaq = [
  ['Will I lose my data?', 'No. Screen and battery repairs do not touch your data, but we always suggest a fresh iCloud backup first.'],
  [
    'Why does my iPhone say “Unknown Part”?',
    'iOS shows this notice after any screen or battery swap not done by Apple. The phone works normally and the notice is only informational.',
  ],
  ['Do you repair water damage?', 'Yes, from $79 for a clean and diagnostic. We quote the full repair before doing any more work.'],
];
const sNav = ['Home', 'Repairs', 'Shop Accessories', 'Sell Your Phone', 'Contact'];
const sProds = [
  ['Tempered Glass Protector', '$14.00'],
  ['MagSafe Clear Case', '$24.00'],
  ['20W USB-C Charger', '$19.00'],
];
const sQuick = ['Search', 'Repair Prices', 'Warranty', 'Refund policy'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://pocketfix.shop/pages/iphone-repair-prices">
<title>iPhone Repair Prices &ndash; PocketFix</title><meta name="description" content="All prices include the part, fitting and a 12-month warranty.">
<meta property="og:site_name" content="PocketFix"><meta property="og:type" content="website">
<script src="//pocketfix.shop/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712224410" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "pocketfix-repairs.myshopify.com";Shopify.theme = {"name":"Dawn","id":13678092,
"schema_version":"13.0.1"};</script>
<style data-shopify>:root{--font-body-family:Assistant, sans-serif;--page-width:120rem;}</style>
<link href="//pocketfix.shop/cdn/shop/t/4/assets/base.css?v=163961578373706736971712224409" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1714__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free screen protector fitted with every screen repair</span></p></div></div></div></div>
<div id="shopify-section-sections--1714__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">PocketFix</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) =>
      `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
 aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1714__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1714__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">
${ps(sIntro)}
<table><thead><tr><th>Model</th><th>Premium screen</th><th>Value screen</th><th>Battery</th></tr></thead>
<tbody>${sRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p><em>${sNote}</em></p></div></div></section>
<section id="shopify-section-template--1714__collapsible_content" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collapsible-content collapsible-none-layout isolate page-width">
<div class="collapsible-content__wrapper section-template--1714__collapsible_content-padding">
<div class="grid"><div class="grid__item collapsible-content__grid-item"><h2 class="collapsible-content__heading inline-richtext h1">Repair questions</h2></div>
<div class="grid__item"><div class="accordion content-container color-scheme-1 gradient">${sFaq
  .map(
    ([q, a], i) => `<details id="Details-collapsible-row-${i + 1}"><summary id="Summary-collapsible-row-${i + 1}">
<h3 class="accordion__title inline-richtext h4">${q}</h3><svg aria-hidden="true" class="icon icon-caret"></svg></summary>
<div class="accordion__content rte" id="CollapsibleAccordion-collapsible-row-${i + 1}" role="region"><p>${a}</p></div></details>`,
  )
  .join('\n')}</div></div></div></div></div></div></section>
<section id="shopify-section-template--1714__featured_collection" class="shopify-section section"><div class="color-scheme-1 isolate gradient">
<div class="collection section-template--1714__featured_collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width">
<h2 class="title inline-richtext h2">While you wait</h2></div><slider-component class="slider-mobile-gutter page-width">
<ul id="Slider-template--1714__featured_collection" class="grid product-grid contains-card--product grid--4-col-desktop" role="list">${sProds
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/x" class="full-unstyled-link">${n}</a></h3>
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p} USD</span></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></slider-component>
<div class="center collection__view-all"><a href="/collections/accessories" class="button">View all</a></div></div></div></section></main>
<div id="shopify-section-sections--1714__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(sQuick)}</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit us</h2>
<div class="footer-block__details-content rte"><p>14 Quarry Lane, Ashby Cross</p><p>Open 7 days, 10am – 7pm</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/">PocketFix</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(sPol)}</ul></div></div></footer></div>
<script>window.shopUrl = 'https://pocketfix.shop';window.routes = {cart_add_url: '/cart/add'};</script></body></html>`;
const shopifyPrices: TestPage = {
  name: 'heldout530-shopify-iphone-prices',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Repair questions', ...sFaq.map(([q]) => q ?? '')],
  body: texts([...sIntro, ...sRows.map((r) => r.join(' ')), sNote, ...sFaq.map(([, a]) => a ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free screen protector fitted with every screen repair', 'PocketFix', ...sNav, 'Log in', 'Cart', 'While you wait',
    ...sProds.map(([n]) => n ?? ''), 'Regular price', ...sProds.map(([, p]) => `${p} USD`), 'View all', 'Quick links', 'Search', 'Repair Prices',
    'Warranty', 'Visit us', '14 Quarry Lane, Ashby Cross', 'Open 7 days, 10am – 7pm', 'Subscribe to our emails', 'Email', '© 2025, PocketFix',
    'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT530_B: readonly TestPage[] = [ghostPost, shopifyPrices];
