import { links, ps, type TestPage } from './page-kit.js';
import { apart, j, lis } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file d: a bowling pro shop's blog article on Shopify (Dawn theme: announcement bar, share button, comment form,
 * newsletter footer); its second page is in file d2.
 */
const pTitle = 'How to choose your first bowling ball';
const pIntro = [
  j(
    'Most league bowlers buy their first ball after a season of house balls, and most of them buy the wrong one: too heavy, too',
    'aggressive, or drilled for somebody else’s hand. Here is what we tell customers who walk into the shop with that question.',
  ),
];
const pSecs: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'Start with weight',
    [
      j(
        'A good rule is about 10% of your body weight, up to 16 pounds. If you have been throwing a 12 from the rack, try a 13 or',
        '14 in your own ball – a fitted grip makes a heavier ball feel lighter, because you are no longer squeezing it.',
      ),
    ],
    [],
  ],
  [
    'Pick a coverstock for your lanes',
    [
      j(
        'The coverstock is the outer shell of the ball, and it decides how much the ball grips the lane. For a first ball, we',
        'usually recommend one of three:',
      ),
    ],
    [
      'Polyester (plastic): goes straight, ideal for spares and for bowlers still working on their release.',
      'Urethane: a smooth, controllable hook that reads the lane early. Great on drier house shots.',
      'Entry-level reactive resin: more hook and more pin action, for bowlers who already throw a consistent hook.',
    ],
  ],
  [
    'Get it drilled for your hand',
    [
      j(
        'A ball off the shelf is only half a ball. We measure your span, finger sizes and pitches and drill the holes to fit;',
        'most bowlers also want thumb and finger inserts so they can adjust the fit as their hand changes over a season.',
      ),
      j('Drilling is free on every ball over $150, and we will plug and redrill once within 90 days if the fit is not right.'),
    ],
    [],
  ],
];
const pOutro = j(
  'Not sure where to start? Book a 20-minute fitting at the shop in Lane 12 of Brookvale Bowl, bring your shoes, and throw a',
  'few of our demo balls before you buy.',
);
const pNav = ['Bowling Balls', 'Bags', 'Shoes', 'Accessories', 'Drilling', 'Blog'];
const pFoot = ['Search', 'Shipping', 'Returns', 'Contact'];
const pArticle = pSecs.map(([h, paras, items]) => `<h2>${h}</h2>${ps(paras)}${items.length ? `<ul>${lis(items)}</ul>` : ''}`).join('\n');
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://pinfallproshop.example/blogs/news/how-to-choose-your-first-bowling-ball">
<title>${pTitle} – Pinfall Pro Shop</title><meta name="description" content="Weight, coverstock and drilling: how to pick your first bowling ball.">
<meta property="og:site_name" content="Pinfall Pro Shop"><meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "pinfall-pro-shop.myshopify.com";Shopify.theme = {"name":"Dawn","id":148219019431,
"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${pTitle}","author":{"@type":"Person",
"name":"Dana Whitlock"}}</script>
<link href="//pinfallproshop.example/cdn/shop/t/4/assets/base.css?v=144997082486365258741710187382" rel="stylesheet" type="text/css" media="all">
<script src="//pinfallproshop.example/cdn/shop/t/4/assets/global.js?v=37284204640041572741710187382" defer="defer"></script></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--17201__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free drilling on every ball over $150</span></p></div></div></div></div>
<div id="shopify-section-sections--17201__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu">
<span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1">
<div class="menu-drawer__inner-container"><div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(pNav)}</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pinfall Pro Shop</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--17203__main" class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" style="padding-bottom: 56.25%;">
<img srcset="//pinfallproshop.example/cdn/shop/articles/first-ball.jpg?v=1710191032&amp;width=1100 1100w"
src="//pinfallproshop.example/cdn/shop/articles/first-ball.jpg?v=1710191032&amp;width=1100" sizes="(min-width: 1200px) 1100px, 100vw"
alt="Three bowling balls on a return rack" width="1100" height="619"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2025-03-12T09:30:00Z">March 12, 2025</time></span><span>By Dana Whitlock</span>
</header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--17203__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--17203__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--17203__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--17203__main"
value="https://pinfallproshop.example/blogs/news/how-to-choose-your-first-bowling-ball" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--17203__main">Link</label></div><button class="share-button__close hidden no-js-hidden">
<span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">${ps(pIntro)}
${pArticle}
<p><strong>${pOutro}</strong></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/how-to-choose-your-first-bowling-ball/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name</label></div><div class="field field--with-error">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field field--with-error">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--17202__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--17202__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--17202__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--17202__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2025, <a href="/">Pinfall Pro Shop</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div>
</footer></div>
<script src="//pinfallproshop.example/cdn/shop/t/4/assets/share.js?v=13024540447964430191710187382" defer="defer"></script></body></html>`;
const pinfall: TestPage = {
  name: 'heldout565-shopify-dawn-ball-guide',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pSecs.map(([h]) => h),
  body: [...pIntro, ...pSecs.flatMap(([, paras, items]) => [...paras, ...items]), pOutro],
  bylines: ['March 12, 2025', 'By Dana Whitlock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    'Skip to content', 'Free drilling on every ball over $150', ...pNav, 'Pinfall Pro Shop', 'Share', 'Back to blog', 'Leave a comment', 'Name', 'Email',
    'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...pFoot, 'Subscribe to our emails',
    '© 2025, Pinfall Pro Shop',
    'Powered by Shopify',
  ], [pTitle, ...pSecs.flatMap(([h, paras, items]) => [h, ...paras, ...items]), ...pIntro, pOutro]),
};

export const HELDOUT565_D: readonly TestPage[] = [pinfall];
