import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file e: a Shopify design agency's journal article on its own Shopify store (Dawn theme: announcement bar, share button, approved
 * comments and comment form, newsletter footer).
 */
const kTitle = 'Five things we check before we launch any Shopify store';
const kBody = [
  j(
    'We have launched more than 120 Shopify stores since 2019. Most launch-day problems we see are not bugs in the theme; they are',
    'small settings that nobody looked at because the store was built on a staging copy. This is the list our team works through',
    'on the last afternoon before a store goes live.',
  ),
  'Taxes and shipping, tested with a real order',
  j(
    'Place a real order to every shipping zone with a real card, then refund it. Check that the tax lines on the receipt are what',
    'your accountant expects. Test orders in bogus gateway mode do not catch half of the problems we find this way.',
  ),
  'Redirects from the old shop',
  j(
    'If the store replaces an older site, import a redirect for every old product and collection URL. Shopify’s URL redirects',
    'tool takes a CSV, and it is much easier to do this before launch than after the rankings drop.',
  ),
  'Email notifications in your brand',
  j(
    'Order confirmation, shipping and refund emails still use the default template on most of the stores we audit. Add your logo',
    'and colours, and rewrite the text so it sounds like you.',
  ),
  'Apps you no longer need',
  j(
    'Uninstall every app that was added during the build and is not used. Apps often leave code in the theme after they are',
    'removed, so check theme.liquid and the snippets folder too.',
  ),
  'A page speed baseline',
  j(
    'Run a speed test on the home page, a collection and a product page, and keep the numbers. When the store slows down in six',
    'months, you will know whether it was the new app or the new hero video.',
  ),
];
const kHeads = [1, 3, 5, 7, 9];
const kNav = ['Home', 'Themes', 'Services', 'Journal', 'Contact'];
const kComments: readonly (readonly [string, string, string])[] = [
  ['Great list. We got caught by the notifications one last year; customers thought the confirmation email was spam.', 'Dora Finch', 'April 22, 2026'],
  ['Do you have a template for the redirect CSV?', 'Sam Okafor', 'April 23, 2026'],
];
const kFoot = ['Search', 'Theme support', 'Refund policy', 'Terms of service'];
const kHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://kettleandcrane.com/blogs/journal/five-launch-checks"><title>${kTitle} &ndash; Kettle &amp; Crane</title>
<meta name="description" content="The list our team works through on the last afternoon before a Shopify store goes live.">
<meta property="og:site_name" content="Kettle &amp; Crane"><meta property="og:type" content="article">
<script src="//kettleandcrane.com/cdn/shop/t/12/assets/constants.js?v=58251544750838685771712345678" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "kettle-and-crane.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":1324,
"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//kettleandcrane.com/cdn/shop/t/12/assets/base.css?v=144968985024194912401712345678" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--1842__announcement-bar" class="shopify-section shopify-section-group-header-group
announcement-bar-section"><div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement"><p class="announcement-bar__message h5"><span>New: the Harbour theme is now in the Shopify Theme Store</span></p></div></div></div>
</div>
<div id="shopify-section-sections--1842__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16">
</svg></span>
</summary><div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(kNav, 'menu-drawer__menu-item')}</ul></nav></div>
</div></div>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><div class="h2">Kettle &amp; Crane</div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${kNav
  .map(
    (t) =>
      `<li><a href="/${t === 'Home' ? '' : t.toLowerCase()}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search
header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"
aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal><a href="/cart" class="header__icon header__icon--cart link focus-inset"
id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true" focusable="false" viewBox="0 0 40 40"></svg>
<span class="visually-hidden">Cart</span></a>
</div></header></sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1842__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//kettleandcrane.com/cdn/shop/articles/launch.jpg?v=1713&amp;width=750 750w"
src="//kettleandcrane.com/cdn/shop/articles/launch.jpg?v=1713&amp;width=1100" loading="eager" width="1100" height="619" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${kTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
itemprop="dateCreated pubdate datePublished"><time datetime="2026-04-21T09:00:00Z">April 21, 2026</time></span><span class="caption-with-letter-spacing"
itemprop="author">by Priya Lindgren</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1842__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-share-template--1842__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true" focusable="false">
</svg>Share
</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1842__main" class="share-button__message hidden"
role="status"></span><input type="text" class="field__input" id="ShareUrl-template--1842__main"
value="https://kettleandcrane.com/blogs/journal/five-launch-checks"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--1842__main">Link</label></div></div></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody"><p>${kBody[0]}</p>
<ol>${lis(kHeads.map((i) => `<h3>${kBody[i]}</h3><p>${kBody[i + 1]}</p>`))}</ol></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap">
<svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-4821">2 comments</h2>
<ul class="article-template__comments">${kComments
  .map(
    ([c, n, d], i) => `<li class="article-template__comments-comment"><article id="${9001 + i}">
<div class="rte"><p>${c}</p></div><footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span>
<span class="caption-with-letter-spacing">
${d}</span></footer></article></li>`,
  )
  .join('')}</ul>
<form method="post" action="/blogs/journal/five-launch-checks/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"
enctype="multipart/form-data"><input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name"
value="" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field field--with-error">
<input type="email"
name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field field--with-error"><textarea rows="5" id="CommentForm-body"
class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment
<span aria-hidden="true">*</span></label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are
published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--1842__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1842__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(kFoot, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div><div class="footer-block--newsletter">
<div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#contact_form" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--1842__footer"
type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email"
placeholder="Email"
required><label class="field__label" for="NewsletterForm--sections--1842__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg viewBox="0 0 14 10" class="icon icon-arrow" aria-hidden="true" focusable="false"></svg></button></div></div></form>
</div></div>
</div><div class="footer__content-bottom"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Kettle &amp; Crane</a>
</small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by
Shopify</a></small></div></div></footer></div><!-- END sections: footer-group -->
<script src="//kettleandcrane.com/cdn/shop/t/12/assets/global.js?v=37284204640041572741712345678" defer="defer"></script></body></html>`;
const shopifyArticle: TestPage = {
  name: 'heldout532-shopify-dawn-agency-journal',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads.map((i) => kBody[i] ?? ''),
  body: texts(kBody.filter((_, i) => !kHeads.includes(i))),
  bylines: ['April 21, 2026', 'by Priya Lindgren'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New: the Harbour theme is now in the Shopify Theme Store', 'Kettle & Crane', ...kNav.filter((t) => t !== 'Home'), 'Cart', 'Share',
    'Link', 'Back to blog',
    '2 comments', ...kComments.flat(), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...kFoot, 'Subscribe to our emails',
    '© 2026, Kettle & Crane', 'Powered by Shopify',
  ],
};

export const HELDOUT532_E: readonly TestPage[] = [shopifyArticle];
