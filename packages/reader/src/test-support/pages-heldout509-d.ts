import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file d: a garden designer's journal article on Shopify (Dawn theme) with an announcement bar, share
 * button and comment form, and an architecture practice's competition news on Drupal 10 (Olivero) with tags and comments.
 */
const sTitle = 'Designing a wildlife pond for a small garden';
const sParas = [
  j(
    'A pond is the single best thing you can add to a garden for wildlife, and it does not need to be large. Our own pond is a little',
    'over two metres across, and within a year of digging it we had frogs, newts, four kinds of dragonfly and a heron that visits at dawn.',
  ),
  'Where to put it',
  j(
    'Choose a spot that gets sun for at least half the day but is away from overhanging trees, whose leaves will sink and rot over',
    'winter. Keep it close enough to the house to watch from a window; you will enjoy it far more if you can see it.',
  ),
  'Shape and depth',
  j(
    'Gentle slopes matter more than depth. Give at least one side a shallow beach of gravel so that frogs can get in and out and birds',
    'can bathe. A deeper zone of 60 centimetres in the middle keeps part of the water from freezing solid in a hard winter.',
  ),
  'What to plant',
  'water forget-me-not and brooklime for the shallow margins',
  'marsh marigold and purple loosestrife for the damp edge',
  'hornwort, which oxygenates the water and needs no planting at all',
  'one water lily, no more, to shade part of the surface',
  j(
    'Fill the pond with rainwater from a water butt rather than tap water, which is rich in nutrients and will turn green. And do not',
    'add fish: they eat tadpoles and insect larvae, and a wildlife pond is better without them.',
  ),
  'Our small garden plan set includes a pond layout at 1:20 with a full planting list.',
];
const sNav = ['Shop', 'Garden plans', 'Journal', 'About'];
const sFoot = ['Search', 'Delivery', 'Returns', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://greenbankplans.co.uk/blogs/journal/wildlife-pond">
<title>${sTitle} &ndash; Greenbank Garden Plans</title><meta name="description" content="${sParas[0]}">
<meta property="og:site_name" content="Greenbank Garden Plans"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//greenbankplans.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771711000000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "greenbank-plans.myshopify.com";Shopify.locale = "en";
Shopify.theme = {"name":"Dawn","schema_version":"15.0.0"};</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style>
<link href="//greenbankplans.co.uk/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on printed plans over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg
class="icon icon-hamburger"></svg></span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Greenbank Garden Plans</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (n) => `<li><a
href="/${n.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg
class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-adapt media"><img srcset="//greenbankplans.co.uk/cdn/shop/articles/pond.jpg?v=1&width=1100 1100w" alt="" width="1100"
height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-03-14T09:00:00Z">March 14, 2026</time></span>
<span itemprop="author">By Hannah Greaves</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--2__main"><summary
class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--2__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--2__main" value="https://greenbankplans.co.uk/blogs/journal/wildlife-pond" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label></div><button class="share-button__close hidden"><span
class="visually-hidden">Close share</span>
</button><button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([sParas[0] ?? ''])}
<h2>${sParas[1]}</h2>${ps([sParas[2] ?? ''])}
<h2>${sParas[3]}</h2>${ps([sParas[4] ?? ''])}
<h2>${sParas[5]}</h2><ul>${lis(sParas.slice(6, 10))}</ul>
${ps([sParas[10] ?? ''])}
<p><em>${sParas[11]}</em> <a href="/products/small-garden-plan-set">Shop the plan set</a></p>
</div><div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post"
action="/blogs/journal/wildlife-pond/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div
class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div><div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span
aria-hidden="true">*</span></label></div>
</div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(sFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg
class="icon icon-arrow"></svg></button></div></div></form>
</div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Greenbank Garden Plans</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div>
</footer>
<script src="//greenbankplans.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout509-shopify-garden-pond',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sParas[1] ?? '', sParas[3] ?? '', sParas[5] ?? ''],
  body: texts(sParas.filter((_, i) => ![1, 3, 5, 11].includes(i))),
  bylines: ['March 14, 2026', 'By Hannah Greaves'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on printed plans over £50', 'Greenbank Garden Plans', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Close share',
    'Copy link', `${sParas[11]} Shop the plan set`, 'Back to blog', 'Leave a comment', 'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...sFoot, 'Subscribe to our emails', 'Email',
    '© 2026, Greenbank Garden Plans', 'Powered by Shopify',
  ],
};

const oTitle = 'Thorne Vickery shortlisted for the Harbourside Library competition';
const oParas = [
  j(
    'We are one of five practices shortlisted in the open competition to design a new central library on the Harbourside in Port',
    'Carrick. The jury chose the shortlist from 128 anonymous first-stage entries received from eleven countries.',
  ),
  j(
    'Our proposal turns the library into a covered street running from the market square down to the water, with reading rooms',
    'stacked above it in a timber frame. The ground floor stays open from seven in the morning until late evening, and the old',
    'harbour crane is kept as the landmark at the water’s end.',
  ),
  'The other shortlisted teams are:',
  'Oduya Salt Architects with Fenwick Landscape',
  'Studio Brae',
  'Kessel Marr Partnership',
  'Hollow and Price with Linnet Engineers',
  j(
    'The second stage runs until the end of February, and teams will present to the jury and to a public panel in March. The',
    'designs will be shown in the old customs house from 6 April.',
  ),
];
const oNav = ['Home', 'Work', 'Practice', 'News', 'Contact'];
const oCrumbs = ['Home', 'News'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://thornevickery.com/news/harbourside-library-shortlist">
<title>${oTitle} | Thorne Vickery Architects</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Xq2v.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/87"},"olivero":{"mobile_nav_breakpoint":"1200"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Thorne Vickery Architects</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">
Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="87" class="node node--type-article
node--promoted node--view-mode-full"><header class=""><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>Mira Thorne</span></span></span><span class="node__meta__date"> 12 November 2026</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2026-11/harbourside.jpg" width="1200" height="800" alt="Model of the library from the harbour"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(oParas.slice(0, 3))}<ul>${lis(oParas.slice(3, 7))}</ul>${ps(oParas.slice(7))}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3
class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Competitions</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">Civic</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="0" id="comment-21"
class="comment js-comment by-anonymous"><span class="hidden" data-comment-timestamp="1763021000"></span><div class="comment__picture-wrapper"></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>Gwen Tallis (not verified)</span></p>
<p class="comment__time">Thu, 11/13/2026 - 10:04</p></footer><div class="comment__content"><p>Congratulations! The covered street is a lovely idea.</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/87/comment_forum/21">Reply</a></li></ul></div></article>
<h2 class="add-comment__heading">Add new comment</h2></section></div></article></div></div></div></main></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate"
class="block block-node block-node-syndicate-block">
<div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/sites/default/files/js/js_Kq1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const olivero: TestPage = {
  name: 'heldout509-drupal-olivero-competition-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oParas),
  bylines: ['By Mira Thorne', '12 November 2026', 'Gwen Tallis (not verified)', 'Thu, 11/13/2026 - 10:04'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Thorne Vickery Architects', 'Menu', 'Main navigation', ...oNav, 'Breadcrumb', 'Tags', 'Competitions', 'Civic', 'Comments',
    'Congratulations! The covered street is a lovely idea.', 'Reply', 'Add new comment', 'RSS feed', 'Powered by Drupal',
  ],
};

export const HELDOUT509_D: readonly TestPage[] = [shopify, olivero];
