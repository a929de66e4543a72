import { links, type TestPage } from './page-kit.js';
import { type Block, blocksHtml, bodyOf, headingsOf, j, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file b2: a pan seasoning article on a Shopify store blog (Dawn theme) with an announcement bar, a cart
 * header, a share button and a comment form.
 */
const yTitle = 'Seasoning Your Forged Carbon Steel Pan';
const yBlocks: Block[] = [
  [
    'p',
    j(
      'Every pan that leaves the workshop has a single coat of flaxseed oil baked on to stop it rusting in the post. That coat is',
      'a start, not a finished seasoning, and the first few weeks of use decide how well the pan will cook for years afterwards.',
    ),
  ],
  ['h2', 'Before the first use'],
  [
    'p',
    j(
      'Wash the pan in hot water with a drop of soap and dry it on a low flame. Wipe on the thinnest possible film of a high smoke',
      'point oil &mdash; rapeseed, sunflower or lard &mdash; then wipe it off again as if you had made a mistake. What stays on is enough.',
    ),
  ],
  ['p', 'Heat the pan on the hob until it just starts to smoke, let it cool, and repeat three or four times.'],
  ['h2', 'The first month'],
  ['li', 'Cook fatty foods: fried potatoes, bacon, onions softened in butter.'],
  ['li', 'Avoid tomatoes, wine and vinegar until the surface has turned an even brown.'],
  ['li', 'Clean with hot water and a brush, dry on the heat and wipe with a little oil while warm.'],
  [
    'p',
    j(
      'Patchy colour is normal; forged steel has hammer marks and the seasoning builds up faster on the high spots. If rust appears,',
      'scrub it off with salt and a cut potato and season that patch again.',
    ),
  ],
];
const yAnn = 'Free UK delivery on orders over £60';
const yNav = ['Shop all', 'Pans', 'Hooks & Hardware', 'Fire Tools', 'Journal'];
const yFoot = ['Search', 'Delivery & Returns', 'Care Guides', 'Contact'];
const yHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
 content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://brannockforge.com/blogs/journal/seasoning-your-forged-carbon-steel-pan">
<title>Seasoning Your Forged Carbon Steel Pan &ndash; Brannock Forge</title><meta name="description" content="How to build up seasoning on a new forged pan.">
<meta property="og:site_name" content="Brannock Forge"><meta property="og:type" content="article"><meta property="og:title" content="${yTitle}">
<script src="//brannockforge.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "brannock-forge.myshopify.com"; Shopify.theme = {"name":"Dawn","id":131245,"schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${yTitle}","author":{"@type":"Person",
"name":"Ned Brannock"}}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//brannockforge.com/cdn/shop/t/4/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
 aria-label="Announcement">
<p class="announcement-bar__message h5"><span>${yAnn}</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header"
 class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up"
 class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
 header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
 class="menu-drawer-container"><summary class="header__icon header__icon--menu
 header__icon--summary link focus-inset" aria-label="Menu"><span><svg aria-hidden="true" focusable="false" class="icon icon-hamburger"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(yNav)}</ul></nav></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Brannock Forge</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
 role="list">${links(yNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
 focus-inset modal__toggle"
 aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"
 focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset"
 id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
 class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container" id="ArticleImage">
<div class="article-template__hero-medium media" itemprop="image"><img srcset="//brannockforge.com/cdn/shop/articles/pan.jpg?v=1&amp;width=1100 1100w"
 src="//brannockforge.com/cdn/shop/articles/pan.jpg?v=1&amp;width=1100" loading="eager" width="1100" height="733"
 alt="A forged pan on a wood stove"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${yTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"
 itemprop="dateCreated pubdate datePublished"><time datetime="2026-02-02T09:00:00Z">February 2, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Ned Brannock</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--2__main"><summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--2__main" class="share-button__message hidden"
 role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--2__main" value="https://brannockforge.com/blogs/journal/seasoning" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label></div><button class="share-button__close hidden no-js-hidden">Close share</button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${blocksHtml(yBlocks)}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/seasoning/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<h2 class="h2">Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
 id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label"
 for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
 for="CommentForm-email">Email
<span aria-hidden="true">*</span></label></div></div><div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input"
 name="comment[body]"
 placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comments-comment"><button type="submit" class="button">Post comment</button></div></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width"><div class="footer-block--menu
 footer-block grid__item">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content
 list-unstyled">${links(yFoot, 'list-menu__item--link')}</ul></div>
<div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
 action="/contact#ContactFooter"
 id="ContactFooter" class="footer__newsletter
 newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
 name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
 title="">Brannock Forge</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
 href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//brannockforge.com/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = page({
  name: 'heldout586-shopify-dawn-pan',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: headingsOf(yBlocks),
  body: bodyOf(yBlocks.map(([k, t]) => [k, t.replace(/&mdash;/g, '\u2014')] as const)),
  bylines: ['February 2, 2026', 'Ned Brannock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', yAnn, ...yNav, 'Brannock Forge', 'Log in', 'Cart', 'Share', 'Link', 'Copy link', 'Back to blog', 'Leave a comment',
    'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Post comment', 'Quick links', ...yFoot,
    'Subscribe to our emails', 'Email', '© 2026, Brannock Forge', 'Powered by Shopify',
  ],
});

export const HELDOUT586_B2: readonly TestPage[] = [shopify];
