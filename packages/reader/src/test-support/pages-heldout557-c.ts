import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout557-kit.js';

/**
 * Held-out batch 557, file c: a battery retrofit case study on a Wix blog (Wix's generated class names, rich content viewer,
 * share and view counters, recent posts) and a battery sizing guide on a Shopify store's blog (Dawn theme, an embedded
 * product card, the comment form).
 */
const xTitle = 'Case study: adding a battery to a five-year-old solar system in Kettleby';
const xBody = [
  j(
    'Richard and Anya had 14 panels fitted by another company in 2022. They were exporting around 2,000 kWh a year for a few',
    'pence a unit and buying it back every evening at full price.',
  ),
  'The question',
  j(
    'Could a battery be added without replacing the existing inverter? In their case, no: the old inverter had no battery',
    'input, so we fitted an AC-coupled battery with its own inverter next to the consumer unit.',
  ),
  'The numbers',
  j(
    'The 10 kWh battery and its installation cost £5,900. Over the first three months their grid import fell from 9.1 kWh to',
    '3.4 kWh a day, and they switched to an overnight tariff that fills the battery when the sun does not.',
  ),
  j('At current prices we expect the battery to pay for itself in about eight years. It carries a ten-year warranty.'),
];
const xRecent = ['Why your inverter clicks at night', 'Ten questions to ask any installer', 'Our spring open day'];
const wixP = (t: string, id: string): string =>
  `<p class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa IvJxs gBIKG public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr"
id="viewer-${id}" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wixH = (t: string, id: string): string =>
  `<h2 class="H3vOVf IWDsXx _1j-51 roLFQS _1atvN public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" id="viewer-${id}" dir="auto">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Case study: adding a battery to a five-year-old solar system in Kettleby</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Dan Whitby"},
"datePublished":"2027-02-17T10:02:11.441Z","publisher":{"@type":"Organization","name":"Kettleby Home Power"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":
{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.kettlebyhomepower.com"}}}}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;--shd:none}#comp-l1a2b3c4{--txt:0,0,0}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"></div>
<div class="gUbusX"
data-testid="screenWidthContainerBgCenter"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-l1a2b3c4" class="comp-l1a2b3c4
wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Kettleby Home Power</span></p></div>
<wix-dropdown-menu id="comp-l1a2b3c5" class="XRwtpn comp-l1a2b3c5 wixui-dropdown-menu" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu3372578893__root"
aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">${['Home', 'Solar', 'Storage', 'Blog', 'Book a visit']
  .map(
    (n) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://www.kettlebyhomepower.com/${n.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="itemContentWrapper"><div class="label">${n}</div></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="AnQkDU"
id="TPASection_ikqd1b5y"><div class="blog-post-page"><div data-hook="post-page" class="post-page"><article class="blog-post-page-font" data-hook="post">
<div class="post-header"><div class="post-metadata"><div data-hook="avatar" class="avatar-wrapper">
<img src="https://static.wixstatic.com/media/avatar.png" alt=""></div>
<div class="user-name-container"><span data-hook="user-name" class="tQ0Q1A user-name dlINDG"><a href="https://www.kettlebyhomepower.com/profile/dan/profile">
Dan Whitby</a></span><span class="iVyR5s" data-hook="badge-admin">Admin</span></div><ul class="post-metadata__list"><li><span data-hook="time-ago"
title="17 Feb 2027">17 Feb</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul></div>
<button class="more-button" aria-label="More actions" data-hook="more-button"><svg width="19" height="19"></svg></button></div>
<h1 class="H3vOVf post-title blog-post-title-font blog-post-title-color" data-hook="post-title">
<span class="post-title__text blog-post-title-font">${xTitle}</span></h1>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT">
<div data-rce-version="9.7.1" class="rich-content-viewer" data-id="rich-content-viewer">
<div class="kvdbC _1Ib9a"><div dir="ltr" class="_3X9QE public-DraftEditor-content">
${wixP(at(xBody, 0), '7a4c1')}${wixH(at(xBody, 1), '8f22e')}${wixP(at(xBody, 2), '4d0b9')}
<div class="_3CWa- _3mymk fixed-tab-size" data-hook="imageViewer"><img src="https://static.wixstatic.com/media/battery-wall.jpg" alt="">
<span dir="auto" class="_1M3fS" data-hook="imageViewerCaption">The battery sits on the garage wall, beside the old inverter.</span></div>
${wixH(at(xBody, 3), '2b9d0')}${wixP(at(xBody, 4), 'c11e3')}${wixP(at(xBody, 5), 'f90a6')}</div></div></div></div></div>
<div class="post-footer"><div class="post-social-actions"><div data-hook="share-buttons" class="share-buttons"><button aria-label="Share via Facebook"
class="share-button"><span>Facebook</span></button><button aria-label="Share via X" class="share-button"><span>X (Twitter)</span></button>
<button aria-label="Share via LinkedIn" class="share-button"><span>LinkedIn</span></button><button aria-label="Share via link" class="share-button">
<span>Link</span>
</button></div></div><div class="post-stats"><span data-hook="views">48 views</span><span data-hook="comments">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-button-with-count__like-count" data-hook="like-count">2</span>
</button></div></div>
</article><section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="https://www.kettlebyhomepower.com/blog" data-hook="see-all-link">See All</a></div>
<ul class="recent-posts__list">${links(xRecent, 'post-list-item')}</ul></section>
<section class="comments" data-hook="comments"><div class="comments-header"><h2>Comments</h2></div><div class="comments-empty" data-hook="empty-state">
<p>Write a comment...</p></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
<div id="comp-l1a2b3f1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">©2027 by Kettleby Home Power. Proudly created with Wix.com</p></div></div></footer></div></div></div></div></div>
<script src="https://static.parastorage.com/unpkg/react@18.3.1/umd/react.production.min.js"></script></body></html>`;
const wixBattery: TestPage = finish({
  name: 'heldout557-wix-battery-retrofit',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [at(xBody, 1), at(xBody, 3)],
  body: texts(xBody.filter((_, i) => i !== 1 && i !== 3)),
  bylines: ['Dan Whitby', '17 Feb', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Kettleby Home Power', 'Home', 'Solar', 'Storage', 'Blog', 'Book a visit', 'Admin',
    'The battery sits on the garage wall, beside the old inverter.',
    'Facebook', 'X (Twitter)', 'LinkedIn', 'Link', '48 views', '0 comments', '2', 'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...',
    '©2027 by Kettleby Home Power. Proudly created with Wix.com',
  ],
});

const hTitle = 'How big a home battery do you actually need?';
const hBody = [
  j(
    'Most people who ask us this question are about to buy too much battery. A battery only earns money on the energy it moves each',
    'day, so a 15 kWh unit that is never more than half full is 7 kWh of capacity you paid for and never use.',
  ),
  'Start with your evening use',
  j(
    'Look at your smart meter app for a typical week in spring. Add up what you use between 4 pm and 11 pm. For most three-bedroom',
    'homes without an electric car, this is between 4 and 7 kWh.',
  ),
  'Then check what your panels spare',
  j(
    'Your battery can only store what your panels produce beyond your daytime use. A 4 kW system in April spares roughly 8 to 12 kWh',
    'on a sunny day and 2 to 3 kWh on a dull one.',
  ),
  'A rule of thumb',
  'no panels, overnight tariff only: match the battery to your daytime use',
  'panels up to 4 kW: 5 kWh',
  'panels of 4 to 6 kW, or an electric car: 10 kWh',
  j('If you are unsure, choose a stackable battery. You can start with one module and add another later at roughly the same price', 'per kilowatt-hour.'),
];
const hNav = ['Shop all', 'Batteries', 'Inverters', 'Accessories', 'Advice'];
const hFoot = ['Search', 'Delivery', 'Returns', 'Warranty claims', 'Contact'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://voltcase.co.uk/blogs/advice/how-big-a-home-battery">
<title>How big a home battery do you actually need? &ndash; Voltcase</title><meta name="description" content="Sizing a home battery from your evening use.">
<meta property="og:site_name" content="Voltcase"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "voltcase.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":143209}</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<link href="//voltcase.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921712" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar
color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £500</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//voltcase.co.uk/cdn/shop/files/voltcase-logo.png" alt="Voltcase" width="160" height="40" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons">
<details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section
section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//voltcase.co.uk/cdn/shop/articles/battery-sizing.jpg?v=1712&width=1100 1100w" alt="" width="1100"
height="619" loading="eager"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-01-22T09:00:00Z">January 22, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Will Harker</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([at(hBody, 0)])}<h2>${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}<h2>${at(hBody, 3)}</h2>${ps([at(hBody, 4)])}<h2>${at(hBody, 5)}</h2>
<ul>${lis(hBody.slice(6, 9))}</ul>${ps([at(hBody, 9)])}
<div class="article-product-card"><a href="/products/stackr-5-battery-module">
<img src="//voltcase.co.uk/cdn/shop/products/stackr5.jpg" alt="Stackr 5 battery module"
width="240"><p><strong>Stackr 5 battery module</strong></p><p>£2,249.00</p></a></div></div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--main-article" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--main-article"><summary
class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--main-article" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--main-article" value="https://voltcase.co.uk/blogs/advice/how-big-a-home-battery" readonly><label class="field__label"
for="ShareUrl-template--main-article">Link</label><button class="share-button__close hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="Comments-5567" class="page-width page-width--narrow"><form method="post"
action="/blogs/advice/how-big-a-home-battery/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input"
placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field">
<input type="email"
name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div>
</div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be
approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width">
<div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form></div>
</div>
<div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled">${links(hFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/">Voltcase</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></footer>
<script src="//voltcase.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712" defer="defer"></script></body></html>`;
const shopifyBattery: TestPage = finish({
  name: 'heldout557-shopify-battery-sizing',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 3), at(hBody, 5)],
  body: texts(hBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['January 22, 2027', 'by Will Harker'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £500', ...hNav, 'Log in', 'Cart', 'Stackr 5 battery module', '£2,249.00', 'Share', 'Link',
    'Copy link', 'Back to blog', 'Leave a comment', 'Name *', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Subscribe to our emails', ...hFoot, '© 2027, Voltcase', 'Powered by Shopify',
  ],
});

export const HELDOUT557_C: readonly TestPage[] = [wixBattery, shopifyBattery];
