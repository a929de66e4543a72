import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file c: a groomer's long blog post on Ghost (Casper theme) with a callout card, a member sign-up box and
 * "read more" cards, and a grooming salon's services page on Shopify (Dawn theme) with its hidden cart notification.
 */
const gTitle = 'How often should you groom a double-coated dog?';
const gExcerpt = 'Shaving is rarely the answer. Here is the schedule we give owners of huskies, shepherds and other double coats.';
const gParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every spring our phone fills up with the same request: "Can you shave him down? There is hair everywhere." We understand.',
        'Living with a double-coated dog in shedding season means fur on the sofa, in the car and somehow in the butter. But shaving a',
        'double coat usually makes things worse, and the good news is that a regular routine makes the blowouts much easier to live with.',
      ),
    ],
  ],
  [
    'What a double coat actually does',
    [
      j(
        'A double coat has two layers: a soft, dense undercoat close to the skin and longer guard hairs on top. The undercoat traps',
        'air and keeps the dog warm in winter; the guard hairs shed rain and block the sun. Twice a year, as the days lengthen and',
        'shorten, the undercoat comes out in clumps. Groomers call it "blowing coat".',
      ),
      j(
        'When you shave the coat off, the guard hairs, which grow slowly, are lost along with the undercoat, which grows fast. The',
        'coat often grows back patchy and woolly, and some dogs never get their old coat back at all.',
      ),
    ],
  ],
  [
    'Our recommended schedule',
    [
      'Brush at home two or three times a week, with a slicker brush and an undercoat rake.',
      'Book a deshed bath every 8 to 12 weeks for most of the year.',
      'During coat blows, usually March to May and September to November, come in every 4 to 6 weeks.',
      'Trim nails every 4 weeks, whether or not your dog is due for a bath.',
    ],
  ],
  [
    'What happens at a deshed appointment',
    [
      j(
        'We start with a pre-brush to lift out the loosest hair, then bathe twice with a shampoo and conditioner that loosen the',
        'undercoat. The most important part is the high-velocity dryer: it blows the dead undercoat out of the coat in a cloud,',
        'and it dries the skin properly, which prevents hot spots.',
      ),
      j(
        'After drying we rake and brush until the brush comes away almost clean. For a husky in full blow that can take ninety',
        'minutes, and we often fill a trash bag. We finish with a nail trim, a tidy of the feet and the fluffy "pants", and a check of',
        'the ears.',
      ),
    ],
  ],
  [
    'Is it ever right to shave?',
    [
      j(
        'Sometimes. Severe matting that cannot be brushed out without hurting the dog is the most common reason, and a vet may ask',
        'for a shave before surgery or to treat a skin condition. If we do shave a double-coated dog, we leave at least half an inch',
        'where we can, and we will talk you through sun protection and what to expect while the coat regrows.',
      ),
    ],
  ],
  [
    'Tools worth buying',
    [
      'A slicker brush with fine, bent pins',
      'An undercoat rake with rotating teeth, sized to your dog’s coat length',
      'A metal comb, to check that you have reached the skin',
      'A grooming table or a non-slip mat, to save your back',
    ],
  ],
  [
    '',
    [
      j(
        'Whatever you buy, the rule is the same: short sessions, often. Ten minutes a day with a rake during a coat blow will do more',
        'than an hour of wrestling once a month, and your dog will learn that brushing comes with treats rather than a battle.',
      ),
    ],
  ],
];
const gCallout = j(
  'Tip: if your brush pulls up white, flaky skin, or your dog flinches when you reach the skin, stop and let us or your vet have',
  'a look. Dandruff and tenderness can be signs of an allergy or a mat that has tightened against the skin.',
);
const gListIdx = [2, 5];
const gNav = ['Home', 'Grooming Tips', 'Breed Guides', 'Salon News', 'Book'];
const gMore: [string, string][] = [
  ['Nail trims without the drama: a five-minute routine', 'Grooming Tips'],
  ['Why we ask about matting before we quote a price', 'Salon News'],
  ['The Samoyed coat, explained', 'Breed Guides'],
];
const gSection = ([h, paras]: [string, string[]], i: number): string =>
  `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n`}${gListIdx.includes(i) ? `<ul>${lis(paras)}</ul>` : ps(paras)}${
    i === 1
      ? `\n<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div
class="kg-callout-text">${gCallout}</div></div>`
      : ''
  }`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9f2c1a7e4b"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://blog.fernandfluff.com/how-often-groom-double-coat/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-12T15:04:00.000Z">
<meta property="article:tag" content="Grooming Tips"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fern &amp; Fluff Journal"},
"author":{"@type":"Person","name":"Dana Okafor-Reyes"},"headline":"${gTitle}","datePublished":"2026-03-12T15:04:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.fernandfluff.com/"
data-key="c81f3a" data-api="https://blog.fernandfluff.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{background-color:#8a5a2b}</style></head>
<body class="post-template tag-grooming-tips tag-hash-import is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://blog.fernandfluff.com">
Fern &amp; Fluff Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-grooming-tips image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/grooming-tips/">Grooming Tips</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/dana/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/dana.jpg"
alt="Dana Okafor-Reyes"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dana/">Dana Okafor-Reyes</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-12">Mar 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/husky-blowout.jpg 300w, /content/images/size/w600/2026/03/husky-blowout.jpg 600w"
src="/content/images/size/w2000/2026/03/husky-blowout.jpg" alt="A husky surrounded by a cloud of undercoat on the grooming table">
<figcaption><span style="white-space: pre-wrap;">Koda, mid-blowout. That pile came off in one session.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParts.map(gSection).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([t, tag]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/size/w600/2026/02/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">${tag}</span></div><h2
class="post-card-title">${t}</h2></header>
</a><footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.fernandfluff.com">Fern &amp; Fluff Journal</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Salon website', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9f2c1a7e4b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout579-ghost-double-coat',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gExcerpt, ...at(gParts, 0)[1], ...at(gParts, 1)[1], gCallout, ...gParts.slice(2).flatMap(([, p]) => p)]),
  bylines: ['Dana Okafor-Reyes', 'Mar 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fern & Fluff Journal', ...gNav.filter((t) => t !== 'Grooming Tips' && t !== 'Book'), 'Sign in', 'Subscribe', 'Grooming Tips', '• 6 min read',
    'Koda, mid-blowout. That pile came off in one session.', 'Sign up for more like this.', 'Enter your email', ...gMore.map(([t]) => t),
    'Salon News', 'Breed Guides', '4 min read', 'Fern & Fluff Journal © 2026', 'Sign up', 'Salon website', 'Privacy', 'Powered by Ghost',
  ],
};

const pTitle = 'Grooming Services';
const pBody = [
  j(
    'All grooms are by appointment, one dog at a time, in our cage-free salon behind the shop. No sedation, no kennel dryers,',
    'and you can pick up as soon as we text you.',
  ),
  'Bath &amp; brush: from $50',
  'Full groom with haircut: from $70',
  'Deshed package: from $65',
  'Nail trim (walk-in, Saturdays 9–11 am): $15',
  j(
    'Prices are set at the first visit after we have seen your dog’s coat. Book online or call the shop; new clients, please',
    'bring proof of rabies vaccination.',
  ),
];
const pNav = ['Home', 'Shop all', 'Food', 'Treats &amp; Chews', 'Grooming Services', 'Contact'];
const pFootLinks = ['Search', 'Shipping policy', 'Refund policy', 'Grooming FAQ'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://brushwoodpets.com/pages/grooming-services">
<title>Grooming Services &ndash; Brushwood Pet Supply</title><meta property="og:site_name" content="Brushwood Pet Supply">
<script>var Shopify = Shopify || {};Shopify.shop = "brushwood-pets.myshopify.com";Shopify.theme = {"name":"Dawn","id":132458,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//brushwoodpets.com/cdn/shop/t/4/assets/base.css?v=162883" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16892__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local delivery on orders over $60</span></p></div></div></div></div>
<div id="shopify-section-sections--16892__header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><form action="/search" method="get" role="search"
class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//brushwoodpets.com/cdn/shop/files/brushwood-logo.png?v=16"
alt="Brushwood Pet Supply" width="160" height="48" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/${t === 'Home' ? '' : 'pages/x'}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === pTitle ? ' aria-current="page"' : ''}>
<span${t === pTitle ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('')}
</ul></nav><div class="header__icons"><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header>
<cart-notification><div class="cart-notification-wrapper page-width"><div id="cart-notification" class="cart-notification focus-inset color-scheme-1 gradient"
aria-modal="true" aria-label="Item added to your cart" role="dialog"
tabindex="-1"><div class="cart-notification__header"><h2 class="cart-notification__heading caption-large text-body">
Item added to your cart</h2><button type="button" class="cart-notification__close modal__close-button link link--text focus-inset"
aria-label="Close"></button></div>
<div id="cart-notification-product" class="cart-notification-product"></div><div class="cart-notification__links"><a href="/cart" id="cart-notification-button"
class="button button--secondary button--full-width">View cart</a><button class="link button-label">Continue
shopping</button></div></div></div></cart-notification></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16892__main"
class="shopify-section section">
<div class="page-width page-width--narrow section-template--16892__main-padding"><h1 class="main-page-title page-title h0">${pTitle}</h1>
<div class="rte"><p>${at(pBody, 0)}</p><ul>${lis(pBody.slice(1, 5))}</ul><p>${at(pBody, 5)}</p>
<p><a href="https://brushwoodpets.com/pages/book-grooming" title="Book grooming">Book a grooming appointment →</a></p></div></div></section></main>
<div id="shopify-section-sections--16892__footer"
class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--16892__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pFootLinks)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte">
<p>77 Orchard Street, Millbrook, NY 12545<br>Mon–Sat 9–6, Sun 10–4</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type"
value="customer">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--16892__footer" type="email" name="contact[email]"
class="field__input"
placeholder="Email"><label class="field__label" for="NewsletterForm--sections--16892__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Brushwood Pet Supply</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">
Powered by Shopify</a></small></div></div></div></footer></div>
<script src="//brushwoodpets.com/cdn/shop/t/4/assets/global.js?v=1382" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout579-shopify-grooming-services',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local delivery on orders over $60', 'Search', ...texts(pNav).filter((t) => t !== pTitle),
    'Book a grooming appointment →', 'Quick links', ...pFootLinks.slice(1),
    'Visit the shop', '77 Orchard Street, Millbrook, NY 12545', 'Mon–Sat 9–6, Sun 10–4',
    'Subscribe to our emails', 'Email', '© 2026, Brushwood Pet Supply', 'Powered by Shopify',
  ],
};

export const HELDOUT579_C: readonly TestPage[] = [ghost, shopify];
