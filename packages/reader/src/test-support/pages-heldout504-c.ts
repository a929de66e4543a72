import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file c: a groomer's blog post on Ghost with the Casper theme (tag, excerpt, byline, feature image with
 * caption, members signup box, read-more cards), and a grooming shop's blog article on Shopify with the Dawn theme (share button,
 * comment form, newsletter footer).
 */
const gTitle = 'Why we stopped using cage dryers';
const gExcerpt = 'After two hot summers and one very scary afternoon, our salon went fully hand-dried. Here is what changed.';
const gBody = [
  j(
    'For the first nine years Tidewater Grooming ran three heated cage dryers along the back wall. They were cheap, they let one',
    'groomer finish a dog while another one dried, and every supply catalogue sold them as standard salon kit.',
  ),
  j(
    'In July 2025 a French bulldog named Pickles was left in a dryer for eleven minutes while the front desk took a phone call.',
    'She was fine after a cool bath and a vet check, but her temperature had reached 40.6 °C. We unplugged the heaters that night.',
  ),
  'What the risk actually is',
  j(
    'A cage dryer blows warm air into a small closed box. Dogs cool themselves by panting, and panting only works if the air around',
    'them is cooler than they are. Flat-faced breeds, seniors, overweight dogs and anxious dogs heat up fastest.',
  ),
  j(
    'Timers help, but they do not fix the real problem, which is that nobody is looking at the dog. Every serious dryer incident',
    'we have read about happened when someone was busy with something else.',
  ),
  'How we dry now',
  'Every dog is towel-dried first, then finished with a high-velocity dryer held by a groomer.',
  'Flat-faced and senior dogs are dried on the table with the heat off and a fan at their face.',
  'Nervous dogs get short drying sessions with breaks in between, even if that makes the appointment longer.',
  'Any crate a dog waits in has an open front and no heater attached.',
  'What it cost us',
  j(
    'Hand-drying takes longer. We went from 14 dogs a day to 11, and we raised our prices by $6 a groom to make up part of the',
    'difference. Two clients left. Most did not notice, and several thanked us when we explained why.',
  ),
  '\u201cI would rather do fewer dogs and know every one of them went home happy.\u201d',
  j('If your groomer uses cage dryers, it is a fair question to ask whether the heat is on and who is watching. A good salon will', 'be glad you asked.'),
];
const gCaption = 'Our drying station since the change: two high-velocity dryers and a fan.';
const gNav = ['Home', 'Services', 'Blog', 'About'];
const gCards = [
  ['Puppy\u2019s first groom: what to expect', 'Sep 22, 2026', '4 min read'],
  ['The truth about shaving double-coated dogs', 'Aug 30, 2026', '7 min read'],
];
const gFootNav = ['Sign up', 'Contact', 'Privacy'];
const gParas = (from: number, to: number): string => ps(gBody.slice(from, to));
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Why we stopped using cage dryers</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://tidewatergrooming.example/assets/built/screen.css?v=4b2c1e8f77">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://tidewatergrooming.example/why-we-stopped-using-cage-dryers/">
<meta property="og:site_name" content="Tidewater Grooming Journal"><meta property="og:type" content="article"><meta property="article:tag"
content="Grooming Tips">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tidewater Grooming Journal"},
"author":{"@type":"Person","name":"Renata Osei"},"headline":"${gTitle}","datePublished":"2026-10-14T09:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Tidewater Grooming Journal"
href="https://tidewatergrooming.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://tidewatergrooming.example/"
data-key="4e1f2a9b7c" data-api="https://tidewatergrooming.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style></head>
<body class="post-template tag-grooming-tips is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://tidewatergrooming.example">Tidewater Grooming Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path d="M21 21l-6-6"/>
</svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-grooming-tips image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/grooming-tips/">Grooming Tips</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/renata/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/renata.jpg" alt="Renata Osei"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/renata/">Renata Osei</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-14">Oct 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/drying-station.jpg 300w, /content/images/size/w600/2026/10/drying-station.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/10/drying-station.jpg" alt="Grooming table with two dryers">
<figcaption>${gCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParas(0, 2)}
<h2 id="what-the-risk-actually-is">${gBody[2]}</h2>
${gParas(3, 5)}
<h2 id="how-we-dry-now">${gBody[5]}</h2><ul>${lis(gBody.slice(6, 10))}</ul>
<h2 id="what-it-cost-us">${gBody[10]}</h2>
${gParas(11, 12)}
<blockquote class="kg-blockquote-alt">${gBody[12]}</blockquote>
${gParas(13, 14)}
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments=
"https://tidewatergrooming.example/" data-api="https://tidewatergrooming.example/ghost/api/content/" data-admin="https://tidewatergrooming.example/ghost/"
data-key="4e1f2a9b7c" data-title="" data-count="true" data-post-id="6712a0c3e4" data-color-scheme="auto" data-avatar-saturation="60"
data-accent-color="#1b6f79" data-comments-enabled="all" data-publication="Tidewater Grooming Journal" crossorigin="anonymous"></script></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/09/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-22">${d}</time><span class="post-card-meta-length">${r}</span></footer>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://tidewatergrooming.example">Tidewater Grooming Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFootNav)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://tidewatergrooming.example/assets/built/casper.js?v=4b2c1e8f77"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout504-ghost-casper-cage-dryers',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[5] ?? '', gBody[10] ?? ''],
  body: [gExcerpt, ...gBody.filter((_, i) => ![2, 5, 10].includes(i))],
  bylines: ['Renata Osei', 'Oct 14, 2026', ...gCards.map(([, d]) => d ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewater Grooming Journal', 'Services', 'Blog', 'Sign in', 'Subscribe', 'Grooming Tips', '• 5 min read', gCaption, 'Sign up for more like this.',
    'Enter your email', ...gCards.flatMap(([t, , r]) => [t ?? '', r ?? '']), 'Tidewater Grooming Journal © 2026', ...gFootNav, 'Powered by Ghost',
  ],
};

const hTitle = 'Brushing a double coat at home: a groomer\u2019s five-step routine';
const hBody = [
  j(
    'Huskies, shepherds, corgis and Pyrenees all carry two coats: a harsh outer coat and a soft, dense undercoat that sheds in',
    'clumps twice a year. Brushing once a week between grooms keeps that undercoat from packing down against the skin.',
  ),
  'You will need',
  'A slicker brush with flexible pins',
  'An undercoat rake sized to your dog\u2019s coat length',
  'A wide-toothed metal comb',
  'A spray bottle of diluted conditioner (we use our Oat &amp; Aloe Detangler, one part to ten parts water)',
  'The routine',
  'Mist the coat lightly. Never brush a dry double coat; the static breaks hairs.',
  'Start at the back legs and work forward in small sections, lifting the coat with one hand and line-brushing down to the skin.',
  'Go over each section with the rake, following the direction of growth.',
  'Check behind the ears, the armpits and the pants with the comb. These are where mats hide.',
  'Finish with a quick all-over pass of the slicker so the outer coat lies flat.',
  j(
    'One more thing: please do not shave a double-coated dog for summer. The undercoat insulates against heat as well as cold,',
    'and a shaved coat can grow back patchy for years.',
  ),
];
const hNav = ['Shop all', 'Shampoos &amp; Conditioners', 'Brushes &amp; Tools', 'Book a Groom', 'Blog'];
const hFootMenu = ['Search', 'Shipping policy', 'Refund policy', 'Contact'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://brambleandbone.example/blogs/grooming-notes/brushing-a-double-coat-at-home">
<title>${hTitle} &ndash; Bramble &amp; Bone</title><meta property="og:site_name" content="Bramble &amp; Bone"><meta property="og:type" content="article">
<script src="//brambleandbone.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "bramble-and-bone.myshopify.com";
Shopify.theme = {"name":"Dawn","id":139842011234,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script><script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root{--font-body-family: Assistant, sans-serif;--page-width: 120rem;}</style>
<link href="//brambleandbone.example/cdn/shop/t/4/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17401-announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free shipping on orders over $50</span></p></div></div></div></div>
<div id="shopify-section-sections--17401-header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Bramble &amp; Bone</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNav
  .map(
    (t) => `<li><a href="/collections/all" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--17402__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img
src="//brambleandbone.example/cdn/shop/articles/husky-brush.jpg?v=1727859801&amp;width=1100"
alt="A husky being brushed on a grooming table" width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-10-02T09:30:01Z">October 2, 2026</time></span>
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Marisol Vega</span></span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${hBody[0]}</p><h3>${hBody[1]}</h3><ul>${lis(hBody.slice(2, 6))}</ul><h3>${hBody[6]}</h3><ol>${lis(hBody.slice(7, 12))}</ol><p>${hBody[12]}</p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--17402__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details
id="Details-share-template--17402__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--17402__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--17402__main"
value="https://brambleandbone.example/blogs/grooming-notes/brushing-a-double-coat-at-home"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--17402__main">Link</label></div></div></details>
</share-button></div>
<div class="element-margin-top center"><a href="/blogs/grooming-notes" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-594112" class="page-width page-width--narrow">
<form method="post" action="/blogs/grooming-notes/brushing-a-double-coat-at-home/comments#comment_form" id="comment_form" accept-charset="UTF-8"
class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div
class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email"
class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17403__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(hFootMenu)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--17403__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--17403__footer">Email</label></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Bramble &amp; Bone</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//brambleandbone.example/cdn/shop/t/4/assets/global.js?v=84822" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout504-shopify-dawn-double-coat',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? '', hBody[6] ?? ''],
  body: texts(hBody.filter((_, i) => i !== 1 && i !== 6)),
  bylines: ['October 2, 2026', 'Marisol Vega'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $50', 'Bramble & Bone', ...texts(hNav), 'Share', 'Link', 'Back to blog', 'Leave a comment', 'Name *',
    'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Quick links', ...hFootMenu, 'Subscribe to our emails',
    'Email', '© 2026, Bramble & Bone', 'Powered by Shopify',
  ],
};

export const HELDOUT504_C: readonly TestPage[] = [ghost, shopify];
