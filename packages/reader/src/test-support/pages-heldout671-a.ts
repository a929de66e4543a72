import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout671-kit.js';

/** Held-out batch 671, file a: a veg box "what's in the box" post on a Shopify store (Dawn theme blog article). */
const hTitle = 'In your box this week: first broad beans and the last of the purple sprouting';
const hIntro = [
  j(
    'The polytunnels have finally caught up with the calendar. This week brings the first broad beans from the bottom field, picked',
    'small so you can cook them in their pods, and the very last of the purple sprouting broccoli before the plants go to seed.',
  ),
  j(
    'Boxes are packed on Tuesday morning and leave the yard by ten. If anything is missing or damaged, reply to your delivery email',
    'by Thursday and we will put a credit on your account.',
  ),
];
const hSmall = [
  'Broad beans, 500g (Hollowbeck)',
  'Purple sprouting broccoli, 250g (Hollowbeck)',
  'New potatoes, 1kg (Ferrand Farm)',
  'Spring onions, 1 bunch (Hollowbeck)',
  'Little Gem lettuce, 2 heads (Hollowbeck)',
];
const hMedium = ['Everything in the small box, plus:', 'Rainbow chard, 300g (Hollowbeck)', 'Carrots, 750g (Ferrand Farm)', 'Radishes, 1 bunch (Hollowbeck)'];
const hLarge = [
  'Everything in the medium box, plus:',
  'Asparagus, 250g (Lowther Gardens)',
  'Red onions, 500g (Ferrand Farm)',
  'Wild garlic pesto, 1 jar (our kitchen)',
];
const hTips = [
  j(
    'Broad beans this young do not need double-podding. Top and tail them, slice the pods into short lengths and fry them in butter',
    'with the spring onions for five minutes. Older beans later in the month will want shelling.',
  ),
  j(
    'Keep the chard stems: chop them finely and start them in the pan a few minutes before the leaves. The wild garlic pesto keeps',
    'for a fortnight in the fridge once opened if you cover it with a thin layer of oil.',
  ),
  'Next week we expect the first strawberries for fruit bag customers, weather permitting.',
];
const hHeads = ['Small box', 'Medium box', 'Large box', 'Storage and cooking tips'];
const hNav = ['Veg boxes', 'Fruit & extras', 'Dairy & eggs', 'Delivery areas', 'Box notes', 'About us'];
const hFoot = ['Search', 'Contact', 'FAQs', 'Refund policy', 'Terms of service', 'Privacy policy'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowbeckorganics.co.uk/blogs/box-notes/week-23-first-broad-beans">
<title>${hTitle} &ndash; Hollowbeck Organics</title>
<meta name="description" content="The polytunnels have finally caught up with the calendar. This week brings the first broad beans.">
<meta property="og:site_name" content="Hollowbeck Organics"><meta property="og:type" content="article">
<script>var Shopify = Shopify || {};Shopify.shop = "hollowbeck-organics.myshopify.com";Shopify.theme = {"name":"Dawn","id":139201,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-06-09T07:30:00Z"}</script>
<link href="//hollowbeckorganics.co.uk/cdn/shop/t/4/assets/base.css?v=1441" rel="stylesheet" type="text/css" media="all">
<script src="//hollowbeckorganics.co.uk/cdn/shop/t/4/assets/global.js?v=1339" defer="defer"></script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message center h5"><span>Order by midnight Sunday for Tuesday delivery</span></p>
</div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Hollowbeck Organics</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(hNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span>
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16102__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//hollowbeckorganics.co.uk/cdn/shop/articles/broad-beans.jpg?v=1&width=1100 1100w" alt="A crate of young broad beans" width="1100"
height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-06-09T07:30:00Z">June 9, 2026</time></span>
<span itemprop="author" class="caption-with-letter-spacing">by Marnie Soskin</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16102__main" class="share-button
quick-add-hidden"><button class="share-button__button hidden">Share</button>
<details id="Details-share-template--16102__main"><summary class="share-button__button">
<svg class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--16102__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://hollowbeckorganics.co.uk/blogs/box-notes/week-23-first-broad-beans" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label">Link</label></div><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(hIntro)}
<h2>${hHeads[0]}</h2><ul>${lis(hSmall)}</ul>
<h2>${hHeads[1]}</h2><ul>${lis(hMedium)}</ul>
<h2>${hHeads[2]}</h2><ul>${lis(hLarge)}</ul>
<h2>${hHeads[3]}</h2>${ps(hTips)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/box-notes" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/box-notes/week-23-first-broad-beans/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea rows="5" id="CommentForm-body"
name="comment[body]" class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label"
for="CommentForm-body">Comment</label>
</div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section class="shopify-section section"><div class="featured-collection page-width"><h2 class="title inline-richtext h2">Add to your next box</h2>
<ul class="grid product-grid" role="list"><li class="grid__item"><div class="card__content"><h3 class="card__heading h5"><a href="/products/eggs"
class="full-unstyled-link">Free-range eggs, half dozen</a></h3><div class="price"><span class="price-item price-item--regular">£2.40</span></div></div></li>
<li class="grid__item"><div class="card__content"><h3 class="card__heading h5"><a href="/products/sourdough" class="full-unstyled-link">Spelt sourdough loaf</a>
</h3><div class="price"><span class="price-item price-item--regular">£4.80</span></div></div></li></ul></div></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(hFoot)}</ul></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Hollowbeck Organics</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"page":{"pageType":"article"}};</script></body></html>`;
const hollowbeck: TestPage = {
  name: 'heldout671-shopify-box-contents',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [...hIntro, ...hSmall, ...hMedium, ...hLarge, ...hTips],
  bylines: ['June 9, 2026', 'by Marnie Soskin'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Order by midnight Sunday for Tuesday delivery', 'Hollowbeck Organics', ...hNav, 'Log in', 'Cart', 'Share', 'Link', 'Close share',
    'Copy link', 'Back to blog', 'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Add to your next box', 'Free-range eggs, half dozen', '£2.40', 'Spelt sourdough loaf', '£4.80', 'Quick links', ...hFoot, 'Subscribe to our emails',
    '© 2026, Hollowbeck Organics', 'Powered by Shopify',
  ],
};

export const HELDOUT671_A: readonly TestPage[] = [hollowbeck];
