import { links, texts, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file c: a surf shop and hire centre's wetsuit guide on a Shopify blog (Dawn theme, announcement bar, comment form).
 */
const hTitle = 'Which Wetsuit Do I Need? A Month-by-Month Guide for Our Coast';
const hBody: { h?: string; p?: string; li?: string[] }[] = [
  {
    p: j(
      'The question we hear most at the hire counter is how thick a wetsuit needs to be. The honest answer is that it depends on the',
      'month, the wind and how long you stay in, but the sea here follows a fairly steady pattern through the year.',
    ),
  },
  { h: 'What the numbers mean' },
  {
    p: j(
      'Wetsuits are sold by thickness in millimetres: a 4/3 has 4 mm panels on the body and 3 mm on the arms and legs. Thicker',
      'neoprene is warmer but stiffer, which makes paddling harder work.',
    ),
  },
  { h: 'Our rough guide' },
  {
    li: [
      'December to April (sea 9–11°C): 5/4 with hood, boots and gloves',
      'May and November (sea 11–13°C): 5/4 or 4/3 with boots',
      'June and October (sea 13–15°C): 4/3',
      'July to September (sea 15–17°C): 3/2, or a shorty on warm days',
    ],
  },
  { h: 'Fit matters more than thickness' },
  {
    p: j(
      'A loose suit lets cold water flush through every time you duck under a wave. It should feel snug when dry, with no gaps at',
      'the neck or lower back. If you are between sizes, try both; most people choose the smaller one once they are in the water.',
    ),
  },
  {
    p: j(
      'If you only surf a few times a year, hiring is the better deal. Our hire suits are replaced every two seasons and cost £10',
      'a day, or £35 for a week.',
    ),
  },
];
const hNav = ['Shop', 'Wetsuits', 'Surfboards', 'Hire', 'Lessons', 'Blog'];
const hFoot = ['Search', 'Delivery & Returns', 'Hire Terms', 'Contact'];
const hHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://tidelineboardstore.co.uk/blogs/news/which-wetsuit-do-i-need">
<title>${hTitle} – Tideline Board Store</title><meta name="description" content="How thick should your wetsuit be? Our month-by-month guide.">
<meta property="og:site_name" content="Tideline Board Store"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<script src="//tidelineboardstore.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "tideline-board-store.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn",
"id":131942465642,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"The question we hear most...","headline":"${hTitle}",
"author":{"@type":"Person","name":"Jory Penrose"},"datePublished":"2027-05-06T08:00:00Z"}</script>
<link href="//tidelineboardstore.co.uk/cdn/shop/t/4/assets/base.css?v=165191016556652226921" rel="stylesheet" type="text/css" media="all">
<link href="//tidelineboardstore.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--16093498917226__announcement-bar" class="shopify-section
shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-4 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar"
role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on wetsuits over £100</span></p></div></div></div></div></div>
<div id="shopify-section-sections--16093498917226__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"
aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//tidelineboardstore.co.uk/cdn/shop/files/tideline-logo.png?v=1&width=600" alt="Tideline Board Store" width="600" height="180"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${hNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase()}"
class="header__menu-item list-menu__item link
link--text focus-inset"${t === 'Blog' ? ' aria-current="page"' : ''}><span${t === 'Blog' ? ' class="header__active-menu-item"' : ''}>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg
class="icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg><span
class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<!-- END sections: header-group --><main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16093499080810__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container" id="ArticleImage-template--16093499080810__main"><div class="article-template__hero-medium media"
itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//tidelineboardstore.co.uk/cdn/shop/articles/wetsuit-rack.jpg?v=1&width=1100 1100w"
src="//tidelineboardstore.co.uk/cdn/shop/articles/wetsuit-rack.jpg?v=1&width=1100" sizes="(min-width: 1200px) 1100px" alt="Wetsuits hanging on the hire rack"
width="1100" height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${hTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2027-05-06T08:00:00Z">May 6, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Jory Penrose</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${hBody.map((b) => (b.h ? `<h3>${b.h}</h3>` : b.li ? `<ul>${lis(b.li)}</ul>` : `<p>${b.p}</p>`)).join('\n')}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--16093499080810__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details
id="Details-share-template--16093499080810__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field">
<span id="ShareMessage-template--16093499080810__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--16093499080810__main" value="https://tidelineboardstore.co.uk/blogs/news/which-wetsuit-do-i-need" placeholder="Link"
onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--16093499080810__main">Link</label></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-553827614826">0
comments</h2>
<form method="post" action="/blogs/news/which-wetsuit-do-i-need/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input
type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label>
</div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" placeholder="Email"><label
class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comments-comment"><input type="submit" class="button" value="Post comment"></div></form></div></div></article></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--16093498949994__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--16093498949994__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(hFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--16093498949994__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label
class="field__label" for="NewsletterForm--sections--16093498949994__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg aria-hidden="true" class="icon icon-arrow"></svg>
</button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2027, <a href="/" title="">Tideline Board Store</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div>
</footer></div>
<script src="//tidelineboardstore.co.uk/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout547-shopify-wetsuit-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hBody.flatMap((b) => (b.h ? [b.h] : [])),
  body: texts(hBody.flatMap((b) => (b.p ? [b.p] : (b.li ?? [])))),
  bylines: ['May 6, 2027', 'by Jory Penrose'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on wetsuits over £100', ...hNav.filter((t) => !['Wetsuits', 'Hire'].includes(t)), 'Log in', 'Cart', 'Share',
    'Link', 'Back to blog', '0 comments', 'Leave a comment', 'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.',
    'Quick links', ...hFoot, 'Subscribe to our emails', 'Email', '© 2027, Tideline Board Store', 'Powered by Shopify',
  ],
};

export const HELDOUT547_C: readonly TestPage[] = [shopify];
