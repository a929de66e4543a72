import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file b2: a nail brand's journal post on Shopify with the Dawn theme (share button, one comment and the
 * comment form, newsletter footer).
 */
const gTitle = 'Seven ways to make your gel manicure last three weeks';
const gIntro = [
  j(
    'A good gel manicure should see you through two to three weeks without chips or lifting. If yours is peeling off after five days,',
    'the cause is nearly always something that happens before the first coat goes on, or in the first day afterwards.',
  ),
  'We asked our in-salon educator, who has been doing gel nails for eleven years, for the habits that make the biggest difference.',
];
const gPrep = [
  j(
    '<strong>Skip the hand cream on the day.</strong> Oils and lotions leave a film on the nail plate that stops gel from bonding.',
    'Wash your hands with plain soap before your appointment and leave the moisturiser until after.',
  ),
  j(
    '<strong>Push back, don’t cut.</strong> Gel that touches the cuticle or the skin around it will lift first. A good technician',
    'pushes the cuticle back and removes the invisible layer of skin on the nail plate before applying anything.',
  ),
  j(
    '<strong>Cap the free edge.</strong> Running each coat over the tip of the nail seals it. This one step does more to prevent',
    'chipping than any top coat.',
  ),
];
const gAfter = [
  '<strong>Wear gloves for washing up and cleaning</strong>, at least for the first 24 hours while the gel fully settles.',
  '<strong>Use cuticle oil every evening.</strong> Flexible, hydrated nails bend with the gel instead of cracking under it.',
  '<strong>Don’t use your nails as tools.</strong> Opening cans and peeling labels is the fastest way to a chip.',
  j('<strong>Never pick or peel.</strong> Peeling gel takes the top layers of your nail with it and leaves them thin and sore.', 'Book a soak-off instead.'),
];
const gEnd = [
  j(
    'If your gel still lifts within a week after all of this, talk to your technician. Some nail plates are naturally oily and need',
    'a different primer, and a builder gel base such as BIAB can help thin or bendy nails hold colour for longer.',
  ),
];
const gHeads = ['Before your appointment', 'In the first few days', 'When it still won’t last'];
const gNav = ['Shop all', 'Gel polish', 'Nail care', 'Gift sets', 'Journal', 'Find a salon'];
const gQuick = ['Search', 'Delivery and returns', 'Contact us', 'Stockists'];
const gPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Shipping policy'];
const gHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://glossandnettle.com/blogs/journal/make-your-gel-manicure-last"><title>${gTitle} &ndash; Gloss &amp; Nettle</title>
<meta name="description" content="Habits that keep gel nails chip-free for up to three weeks."><meta property="og:type" content="article">
<script>window.shopUrl = 'https://glossandnettle.com'; window.routes = {cart_add_url: '/cart/add', cart_url: '/cart'};</script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "gloss-and-nettle.myshopify.com"; Shopify.theme = {"name":"Dawn","id":140920381655,
"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article",
"articleBody":"A good gel manicure should see you through two to three weeks",
"headline":"${gTitle}","datePublished":"2025-03-04T09:00:00Z","author":{"@type":"Person","name":"Priya Osei"}}</script>
<link href="//glossandnettle.com/cdn/shop/t/4/assets/base.css?v=127867003511637661291706540821" rel="stylesheet" type="text/css" media="all">
<link href="//glossandnettle.com/cdn/shop/t/4/assets/section-blog-post.css?v=147591106813488130951706540821" rel="stylesheet" type="text/css" media="all">
</head><body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--16452--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--16452--header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//glossandnettle.com/cdn/shop/files/logo.png"
alt="Gloss &amp; Nettle" width="140" height="40" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${gNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"><use href="#icon-search"></use></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading...">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" value="" placeholder="Search" role="combobox"><label class="field__label" for="Search-In-Modal">Search</label></div></form>
</predictive-search></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true" class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16452__main" class="shopify-section section"><article class="article-template"
itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 66.6%;">
<img srcset="//glossandnettle.com/cdn/shop/articles/gel-pink.jpg?v=1709542800&amp;width=1100 1100w"
src="//glossandnettle.com/cdn/shop/articles/gel-pink.jpg?v=1709542800&amp;width=1100"
sizes="(min-width: 1200px) 1100px, calc(100vw - 10rem)" alt="A dusty pink gel manicure resting on a linen towel" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${gTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2025-03-04T09:00:00Z">March 4, 2025</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Priya Osei</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16452__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--16452__main"><summary class="share-button__button"><svg width="13" height="12" class="icon icon-share"
aria-hidden="true"></svg>
Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--16452__main"
class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--16452__main"
value="https://glossandnettle.com/blogs/journal/make-your-gel-manicure-last"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--16452__main">Link</label></div>
<button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard"
aria-hidden="true"></svg><span class="visually-hidden">Copy link</span></button></div>
</details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(gIntro)}
<h2>${gHeads[0]}</h2>
<ol>${lis(gPrep)}</ol>
<h2>${gHeads[1]}</h2>
<ol start="4">${lis(gAfter)}</ol>
<h2>${gHeads[2]}</h2>
${ps(gEnd)}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-1" class="h2">1 comment</h2><ul class="article-template__comments"><li><article id="109371" class="article-template__comments-comment">
<div class="rte"><p>The cuticle oil tip changed everything for me. My last set lasted nearly four weeks!</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">Hana Ribeiro</span>
<span class="caption-with-letter-spacing">March 9, 2025</span></footer>
</article></li></ul>
<form method="post" action="/blogs/journal/make-your-gel-manicure-last/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input"
placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div></div>
<div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input"
placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--16452__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">${links(gQuick)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--16452__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--16452__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" id="Subscribe" aria-label="Subscribe"><svg aria-hidden="true" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<localization-form><form method="post" action="/localization" id="FooterCountryForm"><div><h2 class="caption-large text-body"
id="FooterCountryLabel">Country/region</h2>
<div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large"
aria-expanded="false" aria-controls="FooterCountryList"><span>United Kingdom | GBP £</span></button></div></div></form></localization-form></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025,
<a href="/" title="">Gloss &amp; Nettle</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${gPol
  .map(
    (t) => `<li><small class="copyright__content">
<a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`,
  )
  .join('')}
</ul></div></div></div></div></footer>
<script src="//glossandnettle.com/cdn/shop/t/4/assets/global.js?v=84921256140948562311706540821" defer="defer"></script></body></html>`;
const shopify: TestPage = finish({
  name: 'heldout610-shopify-dawn-gel-manicure-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gPrep, ...gAfter, ...gEnd]),
  bylines: ['March 4, 2025', 'by Priya Osei'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...gNav, 'Search', 'Log in', 'Cart', 'Share', 'Link', 'Copy link', 'Back to blog', '1 comment',
    'The cuticle oil tip changed everything for me. My last set lasted nearly four weeks!', 'Hana Ribeiro', 'March 9, 2025', 'Leave a comment', 'Name',
    'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...gQuick, 'Subscribe to our emails',
    'Country/region', 'United Kingdom | GBP £', '© 2025, Gloss & Nettle', 'Powered by Shopify', ...gPol,
  ],
});

export const HELDOUT610_B2: readonly TestPage[] = [shopify];
