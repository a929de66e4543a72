import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file b2: a bakery's seasonal blog post on Shopify (Dawn theme article template, announcement bar,
 * share button, two approved comments and the comment form, newsletter footer).
 */
const sTitle = 'Autumn on the counter: what is back this month';
const sIntro = [
  j(
    'The first cold morning of the year always arrives on a Tuesday, and this year it brought the ovens back to their autumn',
    'routine. Here is what has come back on the counter and in the online shop from this week, and one thing that has not.',
  ),
];
const sSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Pumpkin and brown butter loaf',
    [
      j(
        'Roasted Crown Prince squash from Whitlow Farm, brown butter, a little nutmeg and a crackly demerara top. It slices cleanly on',
        'the second day, which is when we think it is best, and it toasts beautifully on the third.',
      ),
    ],
  ],
  [
    'Pear and hazelnut frangipane tart',
    [
      j(
        'The Conference pears came early this year, so the tart is back two weeks before we planned. We poach them in a light syrup',
        'with bay, fan them over hazelnut frangipane and glaze them with the reduced poaching liquor.',
      ),
      'Whole tarts serve eight and need two days\u2019 notice. Slices are on the counter from Thursday to Sunday.',
    ],
  ],
  [
    'Cardamom buns, every day',
    [
      j(
        'After a summer of weekend-only buns, cardamom knots are on the counter every day again. We grind the pods each morning',
        'and use twice as much as most recipes ask for. You have been warned.',
      ),
    ],
  ],
  [
    'Not back yet: the stollen',
    [
      j(
        'Several of you have asked. The stollen needs its fruit soaked for a month, so it will not be here until the first week of',
        'December. Pre-orders open on 1 November, and we will send a note to the mailing list the day they do.',
      ),
    ],
  ],
];
const sEnd = 'Thank you, as ever, for coming out in the rain. \u2014 Rosa and the team';
const sComments: readonly (readonly [string, string, string])[] = [
  ['The pear tart was the best thing I ate all last autumn. Ordering two for my mother\u2019s birthday.', 'Imogen T.', 'October 9, 2026'],
  ['Any chance of a gluten-free version of the pumpkin loaf?', 'Dev', 'October 10, 2026'],
];
const sNav = ['Shop', 'Bread', 'Cakes', 'Gift boxes', 'Blog', 'Visit us'];
const sFootNav = ['Search', 'Delivery and collection', 'Allergens', 'Wholesale enquiries', 'Refund policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content="">
<link rel="canonical" href="https://larkandloaf.com/blogs/news/autumn-on-the-counter"><title>${sTitle} &ndash; Lark &amp; Loaf Bakery</title>
<meta name="description" content="The first cold morning of the year always arrives on a Tuesday.">
<meta property="og:site_name" content="Lark &amp; Loaf Bakery"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "lark-and-loaf.myshopify.com";Shopify.locale = "en";Shopify.theme =
{"name":"Dawn","id":132889,"schema_name":"Dawn","schema_version":"15.2.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-10-07T08:00:00Z",
"author":"Rosa Hendry"}</script>
<link href="//larkandloaf.com/cdn/shop/t/4/assets/base.css?v=132588" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free local delivery on Friday orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--18__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg aria-hidden="true" focusable="false" class="icon icon-hamburger" viewBox="0 0 18 16"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><nav class="menu-drawer__navigation"><ul
class="menu-drawer__menu has-submenu list-menu" role="list">
${links(sNav, 'menu-drawer__menu-item')}</ul></nav></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//larkandloaf.com/cdn/shop/files/lark-logo.png" alt="Lark &amp; Loaf Bakery" width="120" height="60" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--18__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//larkandloaf.com/cdn/shop/articles/autumn-counter.jpg?v=1728288000&amp;width=1100 1100w"
src="//larkandloaf.com/cdn/shop/articles/autumn-counter.jpg?v=1728288000&amp;width=1100"
 loading="eager" fetchpriority="high" width="1100" height="619" alt="Pumpkin loaves cooling on a wire rack"></div></div>
<header class="page-width page-width--narrow scroll-trigger animate--fade-in"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-10-07T08:00:00Z">October 7,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Rosa Hendry</span></header>
<div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody">
${ps(sIntro)}
${sSecs.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
<p><em>${sEnd}</em></p></div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--18__main" class="share-button">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-template--18__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--18__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--18__main" value="https://larkandloaf.com/blogs/news/autumn-on-the-counter" placeholder="Link"
readonly>
<label class="field__label" for="ShareUrl-template--18__main">Link</label><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy
link</span></button></div>
<button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg viewBox="0 0 14 10" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-600219" class="h2">2 comments</h2><ul class="article-template__comments">
${sComments
  .map(
    ([c, n, d]) => `<li id="${n.length}" class="article-template__comments-comment"><article id="${n.length}0"><div
class="rte"><p>${c}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span>
<span class="caption-with-letter-spacing">${d}</span></footer></article></li>`,
  )
  .join('\n')}
</ul>
<form method="post" action="/blogs/news/autumn-on-the-counter/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
 class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span
aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input"
name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--19__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--19__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sFootNav)}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Find us</h2><div class="footer-block__details-content rte">
<p>4 Castle Wynd, Dunmarren</p><p>Open Wednesday to Sunday, 8am until we sell out</p></div></div></div>
<div class="footer-block--newsletter scroll-trigger animate--slide-in"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--19__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--19__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe">
<svg viewBox="0 0 14 10" class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Lark &amp; Loaf Bakery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by
Shopify</a></small></div></div></div></footer></div>
<script src="//larkandloaf.com/cdn/shop/t/4/assets/global.js?v=84921" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout502-shopify-dawn-autumn-post',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map((s) => s[0]),
  body: texts([...sIntro, ...sSecs.flatMap((s) => s[1]), sEnd]),
  bylines: ['October 7, 2026', 'Rosa Hendry'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free local delivery on Friday orders over £30', ...sNav.filter((t) => t !== 'Shop'), 'Share', 'Link', 'Back to blog', '2 comments',
    ...sComments.flat(),
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...sFootNav,
    'Find us', '4 Castle Wynd, Dunmarren', 'Open Wednesday to Sunday, 8am until we sell out', 'Subscribe to our emails', '© 2026, Lark & Loaf Bakery',
    'Powered by Shopify',
  ],
};

export const HELDOUT502_B2: readonly TestPage[] = [shopify];
