import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file e2: a boxing shop-and-gym blog article on Shopify (Dawn theme) with an announcement bar, a comment
 * form and the newsletter footer.
 */
const sTitle = 'How to wrap your hands: the nine-step method our coaches teach';
const sBody = [
  j(
    'Every new member at Corner Post Boxing is shown how to wrap their hands in their first session, and it is the same method',
    'we have taught for fifteen years. Wraps hold the small bones of the hand together and keep the wrist straight when you land a',
    'punch. A bad wrap is almost as risky as no wrap at all.',
  ),
  'What you need',
  j(
    'A pair of 4.5 metre cotton or semi-elastic wraps. Shorter "junior" wraps are fine for small hands but will not give an adult',
    'enough turns around the knuckles. Wash them after every session; nobody wants to stand next to you otherwise.',
  ),
  'The nine steps',
  'Put the thumb loop over your thumb, with the wrap running over the back of your hand.',
  'Wrap three times around the wrist, firm but not tight enough to tingle.',
  'Go across the back of the hand and wrap three times around the knuckles, keeping your fingers spread.',
  'Bring the wrap down across the back of the hand and once more around the wrist.',
  'Weave the wrap between each pair of fingers, returning to the wrist each time.',
  'Wrap once around the thumb to lock it in place.',
  'Cross the back of the hand in an X to reinforce the knuckles.',
  'Finish with the remaining length around the wrist.',
  'Close the hook-and-loop fastener and make a fist to check that nothing pinches.',
  'Common mistakes',
  j(
    'The most common mistake is wrapping too tight. If your fingertips go pale or numb during a round, unwrap and start again.',
    'The second is leaving the knuckles thin: you should be able to feel a firm pad when you press on them.',
  ),
  j(
    'If you are unsure, ask any coach at the start of class to check your wraps. It takes ten seconds and we would much rather',
    'do that than strap up a sprained wrist.',
  ),
];
const sNav = ['Shop', 'Gloves', 'Wraps & Protection', 'Gym Timetable', 'Blog'];
const sFoot = ['Search', 'Delivery & Returns', 'Contact', 'Refund policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://cornerpostboxing.co.uk/blogs/coaching/how-to-wrap-your-hands">
<title>How to wrap your hands: the nine-step method our coaches teach &ndash; Corner Post Boxing</title>
<meta name="description" content="Our coaches' method for wrapping your hands before boxing, step by step.">
<meta property="og:site_name" content="Corner Post Boxing"><meta property="og:type" content="article">
<script src="//cornerpostboxing.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771701234567" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {}; window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article",
"resourceId":559812345}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Gemma Thorley"},"datePublished":"2027-01-20T10:00:00Z"}</script>
<link href="//cornerpostboxing.co.uk/cdn/shop/t/7/assets/base.css?v=144997082486365258741701234567" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--22104__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £50</span></p></div></div></div></div>
<div id="shopify-section-sections--22104__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg aria-hidden="true" focusable="false" class="icon icon-hamburger" viewBox="0 0 18 16"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//cornerpostboxing.co.uk/cdn/shop/files/cpb-logo.png?v=1699&amp;width=600" alt="Corner Post Boxing" width="140" height="46"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (n) => `<li>
<a href="/collections/${n.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${n.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span></span>
</summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--22104__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 66.6%;">
<img srcset="//cornerpostboxing.co.uk/cdn/shop/articles/wraps.jpg?v=1705&amp;width=750 750w"
src="//cornerpostboxing.co.uk/cdn/shop/articles/wraps.jpg?v=1705&amp;width=1100" loading="eager" width="1100" height="733"
alt="A boxer's hands wrapped in red wraps"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2027-01-20T10:00:00Z">January 20, 2027</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Gemma Thorley</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([sBody[0] ?? ''])}<h2>${sBody[1]}</h2>${ps([sBody[2] ?? ''])}<h2>${sBody[3]}</h2><ol>${lis(sBody.slice(4, 13))}</ol>
<h2>${sBody[13]}</h2>${ps(sBody.slice(14))}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--22104__main" class="share-button">
<button class="share-button__button hidden"><svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-share-template--22104__main"><summary class="share-button__button">
<svg width="13" height="12" class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--22104__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--22104__main" value="https://cornerpostboxing.co.uk/blogs/coaching/how-to-wrap-your-hands"
placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--22104__main">Link</label></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/coaching" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/coaching/how-to-wrap-your-hands/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field">
<input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--22104__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--22104__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--22104__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--22104__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer-block grid__item footer-block--menu"><ul class="footer-block__details-content list-unstyled">${sFoot
  .map(
    (f) => `<li>
<a href="/pages/${f.toLowerCase().replace(/[^a-z]+/g, '-')}" class="link link--text list-menu__item list-menu__item--link">${f.replace(/&/g, '&amp;')}</a>
</li>`,
  )
  .join('')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Corner Post Boxing</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></footer></div>
<script src="//cornerpostboxing.co.uk/cdn/shop/t/7/assets/global.js?v=36887749034281963721701234567" defer="defer"></script></body></html>`;
const shopify: TestPage = gold({
  name: 'heldout508-shopify-hand-wraps',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[3] ?? '', sBody[13] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 3, 13].includes(i))),
  bylines: ['January 20, 2027', 'by Gemma Thorley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog', 'Leave a comment', 'Name',
    'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', ...sFoot,
    '© 2027, Corner Post Boxing', 'Powered by Shopify',
  ],
});

export const HELDOUT508_E2: readonly TestPage[] = [shopify];
