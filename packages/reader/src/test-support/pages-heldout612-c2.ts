import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file c2: a tile shop's grouting guide on Shopify (Dawn 15 article template with hero image, share button,
 * approved comments and the comment form, footer newsletter and country selector).
 */
const sTitle = 'How to Grout Large-Format Porcelain Tiles (Without Hazing Them)';
const sIntro = [
  j(
    'Big porcelain tiles, anything from 600 × 600 mm up to 1200 × 600 mm, look best with tight 2 or 3 mm joints. Tight joints are',
    'also the easiest to get wrong: the grout has little room to grip, and the polished or matt surfaces of modern porcelain',
    'hold on to a cement haze if you let it dry.',
  ),
  'Here is the method our showroom team teaches on our Saturday tiling workshops.',
];
const sHeads = ['What you need', 'Step by step', 'If you do get a haze'];
const sNeed = [
  'A flexible, fine-joint cementitious grout (or an epoxy grout for wet rooms and kitchen worktops)',
  'A rubber grout float and a hydro sponge with rounded edges',
  'Two buckets of clean water',
  'A microfibre cloth',
];
const sSteps = [
  'Wait until the adhesive has set, normally 24 hours, and rake out any adhesive left in the joints.',
  'Mix small batches only, enough for about two square metres at a time, and let the mix slake for three minutes before a final stir.',
  'Work the grout diagonally across the joints with the float held at 45 degrees, pressing it in until the joint is full.',
  'Scrape off the surplus with the edge of the float, again working diagonally so you do not drag grout out of the joints.',
  'After 10 to 20 minutes, when the grout is firm to a thumbnail, wipe with a damp (not wet) sponge, turning it after every pass.',
  'Once the surface has dried for about an hour, buff off the light film with a dry microfibre cloth.',
];
const sHaze = j(
  'A light haze left for a day or two can almost always be removed with a grout haze remover suited to porcelain. Test it on a',
  'spare tile first, never use acid on natural stone, and rinse thoroughly afterwards. If the haze has been left for weeks, call',
  'us before you start scrubbing.',
);
const sNav = ['Wall Tiles', 'Floor Tiles', 'Outdoor Porcelain', 'Adhesives & Grout', 'Tools', 'Inspiration'];
const sComments = [
  ['Worked perfectly on our 1200 × 600 kitchen floor. The diagonal tip made all the difference.', 'Priya W.', 'July 2, 2026'],
  ['Do you sell the hydro sponge separately? I could only see it in the kit.', 'Glen', 'August 11, 2026'],
];
const sFootMenu = ['Delivery information', 'Returns', 'Trade accounts', 'Showroom opening hours', 'Contact us'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://harbourtile.co.uk/blogs/tiling-guides/how-to-grout-large-format-porcelain-tiles">
<title>How to Grout Large-Format Porcelain Tiles (Without Hazing Them) &ndash; Harbour Tile Co.</title>
<meta property="og:site_name" content="Harbour Tile Co."><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "harbour-tile-co.myshopify.com";Shopify.locale = "en";
Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":148220117251,"schema_name":"Dawn","schema_version":"15.0.0","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Maren Toll"}}</script>
<link href="//harbourtile.co.uk/cdn/shop/t/4/assets/base.css?v=144997082486365258741717163245" rel="stylesheet" type="text/css" media="all">
<script src="//harbourtile.co.uk/cdn/shop/t/4/assets/global.js?v=84921531359040215901717163245" defer="defer"></script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17846398468099__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £300 – samples from £1</span></p></div></div></div></div>
<div id="shopify-section-sections--17846398468099__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//harbourtile.co.uk/cdn/shop/files/harbour-tile-logo.png?v=1699" alt="Harbour Tile Co." width="160" height="48" class="header__heading-logo"></div>
</a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a href="/collections/all"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${esc(t)}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17846398763011__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//harbourtile.co.uk/cdn/shop/articles/grouting.jpg?v=1718&amp;width=1100 1100w" src="//harbourtile.co.uk/cdn/shop/articles/grouting.jpg"
loading="eager" width="1100" height="733" alt="Grouting a large grey porcelain floor tile"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-06-18T09:00:00Z">June 18, 2026</time>
</span><span class="caption-with-letter-spacing" itemprop="author">by Maren Toll</span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--17846398763011__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--17846398763011__main">
<summary class="share-button__button"><span>Share</span></summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17846398763011__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--17846398763011__main"
value="https://harbourtile.co.uk/blogs/tiling-guides/how-to-grout" readonly>
<label class="field__label" for="ShareUrl-template--17846398763011__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(sIntro)}
<h2>${sHeads[0]}</h2><ul>${lis(sNeed)}</ul><h2>${sHeads[1]}</h2><ol>${lis(sSteps)}</ol><h2>${sHeads[2]}</h2><p>${sHaze}</p>
<p><em>Shop this article: <a href="/collections/adhesives-grout">fine-joint grouts and tools</a></em></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/tiling-guides" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary">
<div id="Comments-587126341891" class="article-template__comments page-width page-width--narrow">
<h2 id="Comments-587126341891-heading">2 comments</h2>
${sComments
  .map(
    ([c, n, d]) => `<article id="comment-${n?.length}" class="article-template__comments-comment">
<div class="rte">${c}</div><p class="article-template__comment-fields"><span class="circle-divider caption">${n}</span><span class="caption">${d}</span></p>
</article>`,
  )
  .join('\n')}</div><div class="article-template__comment-form page-width page-width--narrow">
<form method="post" action="/blogs/tiling-guides/comments"
id="CommentForm" class="comment-form"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field">
<input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea name="comment[body]" id="CommentForm-body"
class="text-area field__input" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--17846398533635__footer-padding"><div class="footer__content-top page-width">
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">
${links(sFootMenu)}</ul></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--17846398533635__footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--17846398533635__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><h2 class="caption-large text-body" id="FooterCountryLabel">Country/region</h2><button class="disclosure__button localization-form__select">
<span>United Kingdom | GBP £</span></button></localization-form></div><div class="footer__copyright caption"><small class="copyright__content">© 2026,
<a href="/" title="">Harbour Tile Co.</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify
</a></small></div></div></div></footer>
<script>window.shopUrl = 'https://harbourtile.co.uk';window.routes = {cart_add_url: '/cart/add'};</script></body></html>`;
const shopify: TestPage = {
  name: 'heldout612-shopify-dawn-grouting',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sNeed, ...sSteps, sHaze]),
  bylines: ['June 18, 2026', 'by Maren Toll'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £300 – samples from £1', ...sNav, 'Log in', 'Cart', 'Share', 'Link',
    'Shop this article: fine-joint grouts and tools', 'Back to blog', '2 comments', ...sComments.flat(), 'Leave a comment', 'Name', 'Email',
    'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...sFootMenu, 'Subscribe to our emails',
    'Country/region', 'United Kingdom | GBP £', '© 2026, Harbour Tile Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT612_C2: readonly TestPage[] = [shopify].map(finish);
