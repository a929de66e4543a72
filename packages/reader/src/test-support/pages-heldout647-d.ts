import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file d: a skate shop's blog article on Shopify (Dawn theme) with an announcement bar, share button,
 * featured products and the comment form; the Discourse thread that would have been its pair is in file d2.
 */
const hTitle = 'How often should you sharpen your skates?';
const hHeads = ['The short answer', 'What is a hollow?', 'Choosing a hollow', 'Signs your blades need attention'];
const hIntro = [
  j(
    'It is the question we hear most at the sharpening counter, from parents of first-year players and from adults who have played',
    'for thirty years. The honest answer depends on how much you skate, how you skate and what surface you skate on, but there are',
    'a few rules of thumb that will keep most skaters on a good edge.',
  ),
];
const hShort = [
  j(
    'For most recreational and youth players, a sharpening every 12 to 15 hours of ice time is about right. Competitive players',
    'who skate hard five or six times a week often sharpen every week. Figure skaters, whose blades are thicker and used differently,',
    'can usually go 20 to 30 hours between sharpenings.',
  ),
  j(
    'Hours matter more than calendar time. A skater who plays one league game a week can go a month or more, while a skater at a',
    'week-long camp might need two sharpenings before Friday.',
  ),
];
const hHollow = [
  j(
    'When a blade is sharpened, the grinding wheel cuts a shallow groove along the bottom of the steel. This groove is the hollow,',
    'and it creates the two edges you actually skate on. The hollow is described by the radius of the circle it comes from: the',
    'smaller the radius, the deeper the groove and the more the edges bite into the ice.',
  ),
];
const hRows = [
  ['3/8"', 'Deep', 'Lighter youth players, tight turns, soft ice'],
  ['1/2"', 'Medium', 'The most common choice for players of all levels'],
  ['5/8"', 'Medium-shallow', 'Heavier players and those who want more glide'],
  ['3/4"', 'Shallow', 'Defence, goalies and hard, cold ice'],
];
const hChoose = [
  j(
    'If you have never thought about it, you have probably been skating on a 1/2" hollow, which is where we start every new customer.',
    'Go deeper if you feel your skates slide out in turns; go shallower if you feel you are sinking into the ice or tire quickly.',
    'Change by one step at a time and give it three or four sessions before you decide.',
  ),
];
const hSigns = [
  'Your skates slip sideways when you push off or stop.',
  'You can see nicks or shiny, rounded spots along the edges.',
  'A fingernail drawn gently across the edge does not shave off a tiny curl.',
  'You have walked on concrete or a hard floor without blade guards.',
];
const hOutro = [
  j(
    'Sharpening at our shop costs $9 for hockey skates and $14 for figure skates, and is free with every skate fitting. Drop-offs',
    'before noon are ready the same afternoon.',
  ),
];
const hNav = ['Hockey', 'Figure', 'Sharpening', 'Blog', 'Contact'];
const hProducts = [
  ['Soft blade soakers', '$18.00'],
  ['Hard blade guards', '$22.00'],
  ['Waxed hockey laces', '$7.50'],
];
const hQuick = ['Search', 'Shipping policy', 'Refund policy', 'Terms of service'];
const hCard = ([n, p]: string[]): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/${(n ?? '').toLowerCase().replace(/ /g, '-')}" class="full-unstyled-link">${n}</a></h3><div class="card-information"><div class="price">
<div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p}</span></div></div></div></div></div></div></div></div></li>`;
const hHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://northlineskate.com/blogs/news/how-often-should-you-sharpen-your-skates"><title>${hTitle} &ndash; Northline Skate Co.</title>
<meta property="og:site_name" content="Northline Skate Co."><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script>var Shopify = Shopify || {};Shopify.shop = "northline-skate.myshopify.com";Shopify.theme = {"name":"Dawn","id":139027513457,"schema_name":"Dawn",
"schema_version":"13.0.1","role":"main"};</script><link href="//northlineskate.com/cdn/shop/t/4/assets/base.css?v=108207397672362381" rel="stylesheet"
type="text/css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Owen Larkspur"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16734__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free sharpening with every skate fitting</span></p></div></div></div></div>
<div id="shopify-section-sections--16734__header"
class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary
link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true"
focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Northline Skate Co.</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${hNav
  .map(
    (n) => `<li><a href="/collections/${n.toLowerCase()}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary
link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--16734__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image"><img src="//northlineskate.com/cdn/shop/articles/sharpening-bench.jpg?v=1707"
alt="Skate on a sharpening machine"
width="1100" height="733" loading="eager"></div></div><header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">${hTitle}</h1><span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished">
<time datetime="2026-01-22T15:04:00Z">January 22, 2026</time></span><span itemprop="author" itemscope itemtype="http://schema.org/Person">
<span itemprop="name">Owen Larkspur</span></span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16734__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"
aria-hidden="true"></svg>Share</button><details id="Details-share-template--16734__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--16734__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--16734__main"
value="https://northlineskate.com/blogs/news/how-often-should-you-sharpen-your-skates"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--16734__main">Link</label></div>
<button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(hIntro)}<h2>${hHeads[0]}</h2>${ps(hShort)}<h2>${hHeads[1]}</h2>${ps(hHollow)}
<table><thead><tr><th>Hollow</th><th>Bite</th><th>Good for</th></tr></thead><tbody>${hRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>${hHeads[2]}</h2>${ps(hChoose)}<h2>${hHeads[3]}</h2><ul>${lis(hSigns)}</ul>${ps(hOutro)}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div data-id="template--16734__main" class="article-template__comment-wrapper background-secondary"><div class="page-width page-width--narrow">
<form method="post" action="/blogs/news/how-often-should-you-sharpen-your-skates/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field field--with-error">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--16734__featured"
class="shopify-section section"><div class="collection page-width"><div class="collection__title title-wrapper">
<h2 class="title inline-richtext h2">Keep your blades protected</h2></div><slider-component class="slider-mobile-gutter">
<ul class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list">${hProducts.map(hCard).join('\n')}</ul></slider-component>
<div class="center collection__view-all"><a href="/collections/accessories" class="button">View all</a></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--16734__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(hQuick)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the shop</h2><div class="footer-block__details-content rte">
<p>118 Quarry Road, Alder Falls. Open Tuesday to Saturday, 10am to 6pm.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Northline Skate Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//northlineskate.com/cdn/shop/t/4/assets/global.js?v=84921474" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout647-shopify-dawn-sharpening',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [...hIntro, ...hShort, ...hHollow, ...hRows.map(rowText), ...hChoose, ...hSigns, ...hOutro],
  bylines: ['January 22, 2026', 'Owen Larkspur'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free sharpening with every skate fitting', 'Northline Skate Co.', 'Blog', 'Contact', 'Log in', 'Cart',
    'Share', 'Link', 'Copy link', 'Back to blog', 'Leave a comment', 'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Keep your blades protected', 'Regular price', ...hProducts.flat(), 'View all',
    'Quick links', ...hQuick, 'Visit the shop', '118 Quarry Road, Alder Falls. Open Tuesday to Saturday, 10am to 6pm.', 'Subscribe to our emails', 'Email',
    '© 2026, Northline Skate Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT647_D: readonly TestPage[] = [shopify];
