import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file e: a chandlery's how-to blog article on Shopify (Dawn theme) with product cards and a newsletter
 * box, and a sailing school's post on Ghost (Casper) with a feature image, a members' signup box and "read next" cards.
 */
const cTitle = 'How to choose a mooring warp for a swinging mooring';
const cParas = [
  j(
    'The pennant between your boat and the mooring buoy takes every snatch of every gale, and it is the part of the mooring the',
    'owner is most likely to forget. Here is what we tell customers who come into the shop asking for "some rope for the buoy".',
  ),
  'Material',
  j(
    'Use three-strand nylon. It stretches by up to a fifth of its length under load, which absorbs shock in a way that polyester',
    'and Dyneema do not. Braided nylon is fine too, but it is harder to splice and costs more.',
  ),
  'Size',
  'As a rule of thumb, for boats up to:',
  '8 metres: 14 mm diameter',
  '10 metres: 16 mm diameter',
  '12 metres: 18 mm diameter',
  j(
    'Always fit chafe protection where the warp passes through the fairlead. A length of old hose split lengthways and seized on',
    'works, but purpose-made sleeves last far longer.',
  ),
];
const cHeadIdx = [1, 3];
const cListIdx = [5, 6, 7];
const cNav = ['Shop', 'Ropes and rigging', 'Safety', 'Clothing', 'Blog'];
const cProducts = ['Three-strand nylon, 16 mm (per metre)', 'Chafe sleeve, 1 m', 'Stainless thimble, 16 mm'];
const cPrices = ['£3.20', '£18.95', '£6.50'];
const cBodyHtml = cParas
  .map((t, i) => (cHeadIdx.includes(i) ? `<h2>${t}</h2>` : cListIdx.includes(i) ? `<li>${t}</li>` : `<p>${t.replace(/"/g, '&quot;')}</p>`))
  .join('\n')
  .replace('<li>8 metres', '<ul>\n<li>8 metres')
  .replace('12 metres: 18 mm diameter</li>', '12 metres: 18 mm diameter</li>\n</ul>');
const cHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://www.saltlinechandlery.co.uk/blogs/advice/how-to-choose-a-mooring-warp"><title>${cTitle} &ndash; Saltline Chandlery</title>
<meta property="og:site_name" content="Saltline Chandlery"><meta property="og:type" content="article"><meta property="og:title" content="${cTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "saltline-chandlery.myshopify.com";Shopify.theme =
{"name":"Dawn","id":13820392,"schema_name":"Dawn","schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"","headline":"${cTitle}",
"author":{"@type":"Person","name":"Morwenna Kitto"}}</script>
<link href="//www.saltlinechandlery.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar
color-scheme-2 gradient">
<div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span>
</p></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text
focus-inset"><span class="h2">Saltline Chandlery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(cNav, '')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media">
<img src="//www.saltlinechandlery.co.uk/cdn/shop/articles/mooring-warp.jpg?v=1&width=1100" alt="A mooring pennant with chafe sleeve" width="1100"
height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${cTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-02-19T10:00:00Z">February 19,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Morwenna Kitto</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary
class="share-button__button">Share</summary></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${cBodyHtml}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<section id="shopify-section-template--featured-collection" class="shopify-section section"><div class="collection page-width"><h2 class="title
inline-richtext h2">Shop the article</h2>
<ul class="grid product-grid grid--3-col-desktop" role="list">${cProducts
  .map(
    (p, i) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card__content"><h3 class="card__heading h5"><a
href="/products/${i}" class="full-unstyled-link">${p}</a></h3>
<div class="price"><span class="price-item price-item--regular">${cPrices[i]}</span></div></div></div></li>`,
  )
  .join('\n')}</ul></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Join the crew</h2><p>Tide tables, tips and the odd discount, once a
month.</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Saltline
Chandlery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//www.saltlinechandlery.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const chandlery: TestPage = {
  name: 'heldout492-mooring-warp-shopify',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeadIdx.map((i) => cParas[i] ?? ''),
  body: cParas.filter((_, i) => !cHeadIdx.includes(i)),
  bylines: ['February 19, 2026', 'by Morwenna Kitto'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Saltline Chandlery', 'Ropes and rigging', 'Safety', 'Clothing', 'Blog', 'Log in', 'Cart',
    'Share', 'Back to blog', 'Shop the article', ...cProducts, ...cPrices, 'Join the crew', 'Tide tables, tips and the odd discount, once a month.',
    'Email', '© 2026, Saltline Chandlery', 'Powered by Shopify',
  ],
};

const gTitle = 'Why we teach night sailing in October';
const gDek = 'Dark evenings, quiet water and a sky full of lights: the best month of the year to learn to navigate after sunset.';
const gParas = [
  j(
    'Every autumn we move the Coastal Skipper night passages from June to October. Students sometimes ask why, since June has warmer',
    'evenings. The short answer is that in June it barely gets dark before eleven, and we would rather our students were tired from',
    'sailing than from staying up.',
  ),
  j(
    'By mid-October the sun sets before half past six, so a passage that leaves Porth Ysgo at five is in full darkness within an',
    'hour and a half, and back on the mooring by midnight. The leisure traffic has gone, which leaves the lit buoys, the fishing',
    'boats and the occasional coaster: exactly the things a skipper needs to learn to read.',
  ),
  'What you will practise',
  'Identifying buoys and headlands by their light characteristics',
  'Reading the lights of other vessels and deciding who gives way',
  'Keeping a plot going with only a red head torch',
  'Picking up a mooring buoy in the dark, which is harder than it sounds',
  j('Bring more warm layers than you think you need, a hat, and a flask. We provide lifejackets with lights, and every boat carries', 'a spare handheld VHF.'),
];
const gCallout = 'There are four places left on the 17 October passage and two on the 24th. Book through the courses page or call the office.';
const gHeadIdx = 2;
const gList = gParas.slice(3, 7);
const gNav = ['Home', 'Courses', 'Prices', 'About us'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://tidewise.sailing/assets/built/screen.css?v=5a2d1b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://tidewise.sailing/why-we-teach-night-sailing-in-october/">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}"><meta property="article:published_time"
content="2026-09-28T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tidewise"},
"author":{"@type":"Person","name":"Ifan Hosking"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://tidewise.sailing/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-courses is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://tidewise.sailing">Tidewise Sailing School</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-courses">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/courses/">Course notes</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ifan/" class="author-avatar" aria-label="Read more of Ifan Hosking"><img class="author-profile-image"
src="/content/images/size/w100/ifan.jpg" alt="Ifan Hosking"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ifan/">Ifan Hosking</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-28">Sep 28, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/night.jpg 300w, /content/images/size/w600/night.jpg 600w"
src="/content/images/size/w1200/night.jpg" alt="${gTitle}">
<figcaption><span style="white-space: pre-wrap;">Leaving the bay at dusk on last year's first passage.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 2))}
<h2 id="what-you-will-practise">${gParas[gHeadIdx]}</h2>
<ul>${lis(gList)}</ul>
${ps([gParas[7] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌙</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post tag-courses keep-ratio"><div class="post-card-content">
<a class="post-card-content-link" href="/first-aid-afloat/"><header class="post-card-header"><h2 class="post-card-title">First aid afloat: the one-day course
explained</h2></header>
<div class="post-card-excerpt">What the course covers, who it is for, and why every skipper should take it.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-14">Sep 14, 2026</time><span class="post-card-meta-length">3 min
read</span></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tidewise.sailing">Tidewise Sailing School</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://tidewise.sailing/assets/built/casper.js?v=5a2d1b"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout492-night-sailing-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gParas[gHeadIdx] ?? ''],
  body: [gDek, ...gParas.filter((_, i) => i !== gHeadIdx), gCallout],
  bylines: ['Ifan Hosking', 'Sep 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewise Sailing School', 'Home', 'Prices', 'About us', 'Sign in', 'Subscribe', 'Course notes', '4 min read',
    "Leaving the bay at dusk on last year's first passage.", 'Sign up for more like this.', 'Enter your email',
    'First aid afloat: the one-day course explained', 'What the course covers, who it is for, and why every skipper should take it.', 'Sep 14, 2026',
    '3 min read', '© 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT492_E: readonly TestPage[] = [chandlery, ghostPost];
