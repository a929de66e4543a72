import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file c: a salon shop's journal article on Shopify (Dawn theme) with a product strip and newsletter
 * footer, and a hairdressing academy's news post on Ghost (Casper) with a figure caption, read-more cards and a member CTA.
 */
const hTitle = 'Winter Scalp Care: A Stylist’s Routine';
const hBody = [
  j(
    'Cold air outside and central heating inside are hard on the scalp. By January we see more flaking, tightness and itching',
    'in the chair than at any other time of year, and most of it can be settled with a few small changes at home.',
  ),
  'Start with the water',
  j(
    'A very hot shower feels wonderful in winter, but it strips the oils your scalp needs. Keep the water warm rather than hot,',
    'and rinse for a little longer so that no shampoo is left behind.',
  ),
  'A weekly routine',
  'Massage a scalp oil in for five minutes before you wash, once a week.',
  'Use a gentle, sulphate-free shampoo and lather it twice, lightly.',
  'Apply conditioner from mid-lengths to ends only, never on the scalp itself.',
  'Let your hair dry halfway on its own before you reach for the dryer.',
  'When to see someone',
  j(
    'Flakes that are thick, yellowish or come with red patches are not dryness. If a scalp problem lasts more than a few weeks',
    'or spreads to your hairline, see a pharmacist or your GP; we are always happy to take a look first and tell you what we',
    'see.',
  ),
];
const hSteps = hBody.slice(4, 8);
const hNav = ['Shop', 'Book an appointment', 'Journal', 'About'];
const hProducts: [string, string][] = [
  ['Birch Scalp Oil', '£24.00'],
  ['Oat Milk Gentle Shampoo', '£18.50'],
  ['Soft Detangling Comb', '£9.00'],
];
const hFoot = ['Search', 'Shipping & returns', 'Contact', 'Terms of service', 'Refund policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://copperkettlehair.com/blogs/journal/winter-scalp-care">
<title>Winter Scalp Care: A Stylist’s Routine &ndash; Copper Kettle Hair Co</title>
<meta property="og:type" content="article"><meta property="og:title" content="Winter Scalp Care: A Stylist’s Routine">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "copper-kettle-hair.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1422};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//copperkettlehair.com/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root { --font-body-family: Assistant, sans-serif; --page-width: 120rem; }</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Copper Kettle Hair Co</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${links(hNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav><div class="header__icons"><details-modal class="header__search">
<details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog"
aria-label="Search"></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//copperkettlehair.com/cdn/shop/articles/scalp.jpg?v=1&amp;width=1100" alt="" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-01-08T10:00:00Z">
January 8, 2026</time></span><span itemprop="author">By Ines Carrow</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${at(hBody, 0)}</p><h3>${at(hBody, 1)}</h3><p>${at(hBody, 2)}</p><h3>${at(hBody, 3)}</h3><ol>${lis(hSteps)}</ol>
<h3>${at(hBody, 8)}</h3><p>${at(hBody, 9)}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details><summary class="share-button__button">Share</summary><div id="Article-share"
class="share-button__fallback"><div class="field"><span class="visually-hidden">Link</span><input type="text" class="field__input"
value="https://copperkettlehair.com/blogs/journal/winter-scalp-care"
readonly></div><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button><span class="share-button__message hidden"
role="status"></span></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div></article></section>
<section id="shopify-section-template--2__featured" class="shopify-section section"><div class="collection page-width">
<h2 class="title inline-richtext h2">Shop the routine</h2><ul class="grid product-grid grid--3-col-desktop" role="list">
${hProducts
  .map(
    ([n, p]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5">
<a href="/products/${n.toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3><div class="price"><span
class="price-item price-item--regular">
${p}</span></div></div></div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#contact_form"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">
&copy; 2026, <a href="/" title="">Copper Kettle Hair Co</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small><ul class="policies list-unstyled">
${links(hFoot)}</ul></div></div></div></footer>
<script src="//copperkettlehair.com/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout622-shopify-scalp-care',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 3), at(hBody, 8)],
  body: hBody.filter((_, i) => ![1, 3, 8].includes(i)),
  bylines: ['January 8, 2026', 'By Ines Carrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Copper Kettle Hair Co', ...hNav, 'Share', 'Back to blog', 'Shop the routine',
    ...hProducts.flat(), 'Subscribe to our emails', 'Email', '© 2026, Copper Kettle Hair Co', 'Powered by Shopify', ...hFoot,
  ],
};

const gTitle = 'Our Level 2 Hairdressing Course Is Now Taking Applications for September';
const gDek = 'Twenty places, two days a week in a working salon, and a guaranteed interview with a partner salon at the end.';
const gBody = [
  j(
    'Applications are open for the September intake of our Level 2 Diploma in Hairdressing. The course runs for 44 weeks,',
    'with two days a week in the academy salon on Harbour Road and three days a week in a partner salon close to where you live.',
  ),
  'Who the course is for',
  j(
    'You do not need any experience to apply. Most of our learners are between 16 and 24, but every year we welcome people who',
    'are changing career later in life; last year our oldest learner was 51.',
  ),
  'What you will learn',
  j(
    'In the first term you learn to shampoo, condition, blow-dry and set, and you begin cutting on training heads. From January',
    'you work on clients, starting with classic cuts and moving on to colour, including consultations, skin tests and how to',
    'record a formula.',
  ),
  j(
    '“I came in not knowing how to hold a pair of scissors,” says Fern Addo, who finished the course in July. “By the end I had',
    'my own column in the appointment book.”',
  ),
  'How to apply',
  j(
    'Fill in the short form on our website and we will invite you to an open morning, where you can meet the tutors, see the',
    'salon and do a simple practical task. There is no fee for the course if you are under 19 on 31 August.',
  ),
];
const gNav = ['Home', 'Courses', 'News', 'Salon', 'Contact'];
const gMore: [string, string, string][] = [
  ['Open mornings for spring 2026', 'Come and see the academy salon and meet our tutors.', '2 min read'],
  ['Meet the tutors: Callum Reyes', 'Twenty years behind the chair and still learning.', '4 min read'],
];
const gFoot = ['Privacy', 'Accessibility', 'Safeguarding'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Our Level 2 Hairdressing Course Is Now Taking Applications for September</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1b"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.harbourroadacademy.org/level-2-applications/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-04T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harbour Road Hair Academy"},
"author":{"@type":"Person","name":"Della Morrow"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://news.harbourroadacademy.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-news has-sans-title has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://news.harbourroadacademy.org">Harbour Road Hair
Academy</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24" width="20" height="20"><path d="M21 21l-6-6"></path></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/della/" class="author-avatar" aria-label="Read more of Della Morrow"><img class="author-profile-image" src="/content/images/della.jpg"
alt="Della Morrow"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/della/">Della Morrow</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-05-04">May 4, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/05/academy-salon.jpg" alt="Learners in the academy salon">
<figcaption>Learners at work in the academy salon on Harbour Road. Photo: Harbour Road Hair Academy</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}<h2 id="who-the-course-is-for">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="what-you-will-learn">${at(gBody, 3)}</h2>${ps([at(gBody, 4)])}<blockquote>${at(gBody, 5)}</blockquote>
<h2 id="how-to-apply">${at(gBody, 6)}</h2>${ps([at(gBody, 7)])}
<div class="kg-card kg-button-card kg-align-center"><a href="https://harbourroadacademy.org/apply" class="kg-btn kg-btn-accent">Apply now</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([t, e, r]) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link"
href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.harbourroadacademy.org">Harbour Road Hair Academy</a>
&copy; 2026</section><nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5a1b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout622-ghost-academy-course-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 1), at(gBody, 3), at(gBody, 6)],
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 3, 6].includes(i))]),
  bylines: ['Della Morrow', 'May 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbour Road Hair Academy', ...gNav.filter((t) => t !== 'Salon'), 'Sign in', 'Subscribe', '3 min read',
    'Learners at work in the academy salon on Harbour Road. Photo: Harbour Road Hair Academy',
    'Apply now', 'Sign up for more like this.', 'Enter your email', ...gMore.flat(), '© 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT622_C: readonly TestPage[] = [shopify, ghost];
