import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file b: a book repair case study on a bindery's Ghost site (Casper theme, members signup), and a
 * mount-colour advice article on a framing shop's Shopify blog (Dawn theme, product cards).
 */
const gTitle = 'Case study: a 1790s hymnal with a broken back';
const gDek = 'Loose boards, a split spine and forty years of sticky tape. How we brought a parish hymnal back into use.';
const gH = ['The condition on arrival', 'Taking off the tape', 'Resewing and rebacking', 'What we did not do'];
const gParas = [
  [
    j(
      'The hymnal came to us from the churchwardens at Sallow Bridge in a carrier bag, which is more common than you might think.',
      'Both boards were detached, the spine leather had split along each joint, and someone had tried to hold it all together',
      'with brown parcel tape.',
    ),
  ],
  [
    j(
      'The text block was in better shape than the cover. The sewing had failed at the first and last sections only,',
      'and the paper, a good rag stock, was strong.',
    ),
    'Foxing on the first twenty leaves',
    'Tape residue across the spine and both pastedowns',
    'Original leather label, lifting but complete',
  ],
  [
    j(
      'Old pressure-sensitive tape is the worst part of most repairs. The carrier peels away easily; the adhesive underneath has',
      'gone hard and yellow and has soaked into the leather. We softened it with a heated spatula through silicone release paper',
      'and lifted it a few millimetres at a time. This took most of a day.',
    ),
    '<blockquote>Never try to pull old tape off a binding in one go. It takes the surface of the leather with it.</blockquote>',
  ],
  [
    j(
      'The first and last sections were resewn onto the original cords with unbleached linen thread. We then lifted the old spine',
      'leather, lined the spine with Japanese tissue and a layer of aero linen, and slid new calf, toned to match, under the',
      'lifted edges of the boards.',
    ),
    j(
      'The original spine was laid back down over the new leather, so the hymnal still shows its own tooling and label. From',
      'across a room you would not know it had been repaired, which is exactly the point.',
    ),
  ],
  [
    j(
      'We did not wash the paper or try to reduce the foxing. The churchwardens wanted the book to be used at the Christmas',
      'service, not kept in a box, and bleaching would have weakened the leaves for a purely cosmetic gain.',
    ),
  ],
];
const gNav = ['Home', 'Case studies', 'Workshops', 'About the bindery', 'Contact'];
const gRead = ['Sewing on raised cords: a beginner’s guide', 'Why we still use wheat starch paste', 'A school atlas with no spine at all'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f1c2a">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://thimbleweir.bindery/1790s-hymnal-case-study/">
<meta property="og:site_name" content="Thimbleweir Bindery"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-20T11:04:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Thimbleweir Bindery"},
"author":{"@type":"Person","name":"Abel Fenwright"},"headline":"${gTitle}","datePublished":"2026-01-20T11:04:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Thimbleweir Bindery" href="https://thimbleweir.bindery/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://thimbleweir.bindery/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:4.8vmin 4vmin}</style></head>
<body class="post-template tag-case-studies is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://thimbleweir.bindery">Thimbleweir Bindery</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-case-studies ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/case-studies/">Case studies</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/abel/" class="author-avatar">
<img class="author-profile-image" src="/content/images/abel.jpg" alt="Abel Fenwright"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/abel/">Abel Fenwright</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-20">Jan 20, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/hymnal.jpg 300w" src="/content/images/hymnal.jpg" alt="The hymnal on the bench">
<figcaption><span style="white-space: pre-wrap;">The hymnal before treatment, with its boards held on by tape.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas[0] ?? [])}
<h2 id="the-condition-on-arrival">${gH[0]}</h2>${ps((gParas[1] ?? []).slice(0, 1))}<ul>${lis((gParas[1] ?? []).slice(1))}</ul>
<h2 id="taking-off-the-tape">${gH[1]}</h2>${ps((gParas[2] ?? []).slice(0, 1))}${(gParas[2] ?? [])[1]}
<h2 id="resewing-and-rebacking">${gH[2]}</h2>${ps(gParas[3] ?? [])}
<h2 id="what-we-did-not-do">${gH[3]}</h2>${ps(gParas[4] ?? [])}
<div class="kg-card kg-cta-card"><p>Have a book that needs help? <a href="/contact/">Send us a few photographs</a> for a free estimate.</p></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-wrap">
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/p/">
<img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Case studies</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-12-01">Dec 1, 2025</time>
</footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://thimbleweir.bindery">Thimbleweir Bindery</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f1c2a"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout614-ghost-hymnal-repair',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, ...gParas.flat()]),
  bylines: ['Abel Fenwright', 'Jan 20, 2026', '• 4 min read', 'Dec 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thimbleweir Bindery', ...gNav, 'Sign in', 'Subscribe', 'The hymnal before treatment, with its boards held on by tape.',
    'Have a book that needs help? Send us a few photographs for a free estimate.', 'Sign up for more like this.', 'Enter your email', ...gRead,
    'Thimbleweir Bindery © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const dTitle = 'How to choose a mount colour (and why it is usually white)';
const dParas = [
  j(
    'Every week someone brings in a print and asks for a mount that picks out the red in the sky, or the green of the field.',
    'We understand the instinct, but a coloured mount almost always competes with the picture instead of framing it.',
  ),
  j(
    'Our rule of thumb is simple: choose a white that matches the lightest white in the picture, and let the frame carry any',
    'colour. There are more whites than you would think, and the wrong one makes the paper of a print look grubby.',
  ),
  'Bright white suits photographs printed on modern lustre paper.',
  'Antique white or ivory suits older prints and most watercolours.',
  'A soft grey works for black-and-white photographs with deep shadows.',
  j(
    'There are exceptions. Botanical prints sometimes look wonderful on a very pale sage, and a dark mount can give drama to',
    'a small etching in a big frame. If you want to try, ask us for corner samples and hold them against the work at home, in',
    'the light where it will hang.',
  ),
  'Mount width matters as much as colour. Go wider than feels natural: 6 to 8 cm on an A4 print rarely looks too much.',
];
const dNav = ['Shop frames', 'Custom framing', 'Mount board', 'Journal', 'Visit us'];
const dProducts = [
  ['Oak box frame 30 x 40 cm', '£38.00'],
  ['Antique white mount, A3', '£9.50'],
  ['Black ash frame 40 x 50 cm', '£44.00'],
];
const dFoot = ['Search', 'Delivery', 'Returns', 'Contact', 'Terms of service'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://ledgerandlath.co.uk/blogs/journal/mount-colour">
<title>${dTitle} &ndash; Ledger &amp; Lath</title><meta name="description" content="Why we nearly always suggest a white mount, and which white.">
<meta property="og:site_name" content="Ledger &amp; Lath"><meta property="og:type" content="article">
<script>window.shopUrl = 'https://ledgerandlath.co.uk';window.routes = {cart_add_url: '/cart/add'};</script>
<script src="//ledgerandlath.co.uk/cdn/shop/t/7/assets/constants.js?v=58251" defer="defer"></script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//ledgerandlath.co.uk/cdn/shop/t/7/assets/base.css?v=14478" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on ready-made frames over £60</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="icon icon-search"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal" type="search" name="q" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//ledgerandlath.co.uk/cdn/shop/files/logo.png" alt="Ledger &amp; Lath" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account">
</svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//ledgerandlath.co.uk/cdn/shop/articles/mounts.jpg?width=1100 1100w"
src="//ledgerandlath.co.uk/cdn/shop/articles/mounts.jpg?width=1100" loading="lazy" width="1100" height="733"
alt="Mount board samples fanned out on the counter"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-04T09:30:00Z">March 4, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Lotte Brannagh</span></span>
</header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(dParas.slice(0, 2))}
<ul>${lis(dParas.slice(2, 5))}</ul>
${ps(dParas.slice(5))}
</div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--main-article" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--main-article">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--main-article" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--main-article" value="https://ledgerandlath.co.uk/blogs/journal/mount-colour"
placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--main-article">Link</label></div>
<button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard"></svg><span class="visually-hidden">Copy link</span></button></div></details>
</share-button></div>
<div class="element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
</article></section>
<section id="shopify-section-template--featured-collection" class="shopify-section section"><div class="color-scheme-1 gradient">
<div class="collection section-template--featured-collection-padding">
<div class="collection__title title-wrapper title-wrapper--no-top-margin page-width"><h2 class="title inline-richtext h2">Frame it with these</h2></div>
<slider-component class="slider-mobile-gutter page-width"><ul class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list">
${dProducts
  .map(
    ([n, pr]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/x" class="full-unstyled-link">${n}</a></h3><div class="card-information"><div class="price"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${pr}</span></div></div></div></div></div></div></div></div></li>`,
  )
  .join('\n')}
</ul></slider-component></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(dFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div>
</div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Ledger &amp; Lath</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div></footer>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceId":601234}};</script>
</body></html>`;
const shopify: TestPage = {
  name: 'heldout614-shopify-mount-colour',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dParas,
  bylines: ['March 4, 2026', 'Lotte Brannagh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on ready-made frames over £60', 'Search', ...dNav, 'Share', 'Link', 'Back to blog', 'Frame it with these',
    ...dProducts.flat(), 'Help', ...dFoot.slice(1), 'Subscribe to our emails', 'Email', '© 2026, Ledger & Lath', 'Powered by Shopify',
  ],
};

export const HELDOUT614_B: readonly TestPage[] = [ghost, shopify];
