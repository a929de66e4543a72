import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file f2: a tutoring shop's blog article on Shopify (Dawn theme) with an announcement bar, a share button,
 * the comment form and a footer with a newsletter sign-up.
 */
const yTitle = "Five signs your teen needs a math tutor (and three signs they don't)";
const yIntro = j(
  'Every autumn, parents ask us the same question: is a bad test a blip, or the start of a slide? After twelve years of tutoring',
  'middle and high school students, here is how we tell the difference.',
);
const yH = ['Signs a tutor will help', 'Signs it can wait'];
const ySigns = [
  '<strong>Homework takes twice as long as it used to.</strong> Slow work usually means a gap from an earlier year, not laziness.',
  '<strong>They can follow the example but not the next problem.</strong> That is memorizing steps without understanding them.',
  '<strong>Grades drop after a new topic starts.</strong> Algebra and fractions are the usual culprits.',
  '<strong>They avoid asking questions in class.</strong> A tutor is a low-stakes place to say "I don\'t get it."',
  '<strong>Math anxiety shows up before tests.</strong> Stomach aches on quiz days are worth taking seriously.',
];
const yWait = [
  'One low grade after a week off sick.',
  'A teacher who has already offered extra help sessions your teen is attending.',
  'Boredom rather than struggle: that calls for a challenge, not a tutor.',
];
const yEnd = j(
  'If you are unsure, start with a single diagnostic session. Our tutors use our Study Nook workbooks to find the exact topic',
  'where understanding stopped, and many families only need six to eight sessions to close the gap.',
);
const yBody = [yIntro, ...ySigns, ...yWait, yEnd];
const yNav = ['Home', 'Tutoring sessions', 'Workbooks', 'Blog', 'Contact'];
const yFoot = ['Search', 'About us', 'Shipping policy', 'Refund policy', 'Privacy policy', 'Terms of service'];
const yHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://studynook.com/blogs/news/five-signs-your-teen-needs-a-math-tutor"><title>${yTitle.replace(/'/g, '&#39;')}
&ndash; Study Nook</title><meta property="og:site_name" content="Study Nook"><meta property="og:type" content="article">
<script src="//studynook.com/cdn/shop/t/4/assets/constants.js?v=58251544750838685771700000000" defer="defer"></script>
<script>window.shopUrl = 'https://studynook.com'; window.routes = { cart_add_url: '/cart/add', cart_url: '/cart' };</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Five signs your teen needs a math tutor",
"author":{"@type":"Person","name":"Renata Holm"},"datePublished":"2027-01-18T15:00:00Z"}</script>
<link href="//studynook.com/cdn/shop/t/4/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18924--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free shipping on workbook bundles over $40</span></p></div></div></div></div>
<div id="shopify-section-sections--18924--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Study Nook</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${yNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span>
</a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search
header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--18924__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div class="article-template__hero-medium media"
itemprop="image"><img src="//studynook.com/cdn/shop/articles/tutor-desk.jpg?v=1700000000&amp;width=1100" alt="A student and tutor at a desk" width="1100"
height="733" loading="eager"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">
${yTitle.replace(/'/g, '&#39;')}</h1><span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2027-01-18T15:00:00Z">January 18, 2027</time></span><p class="article-template__byline caption-with-letter-spacing" itemprop="author">
By Renata Holm</p></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--18924__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share-template--18924__main"><summary class="share-button__button">
Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--18924__main" class="share-button__message
hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-template--18924__main" value="https://studynook.com/blogs/news/five-signs"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--18924__main">Link</label></div>
<button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([yIntro])}
<h2>${yH[0]}</h2><ol>${ySigns.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${yH[1]}</h2><ul>${yWait.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps([yEnd])}
</div><div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow" viewBox="0 0 14 10"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/news/five-signs/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><textarea id="CommentForm-body" name="comment[body]" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--18924--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--18924--footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content
list-unstyled">${links(yFoot)}</ul></div></div><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading
inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--18924--footer" type="email" name="contact[email]"
class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--sections--18924--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2027, <a href="/" title="">Study Nook</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></div>
</div></footer></div>
<script src="//studynook.com/cdn/shop/t/4/assets/global.js?v=1700000000" defer="defer"></script></body></html>`;
const shopifyBlog: TestPage = {
  name: 'heldout668-shopify-tutor-signs-blog',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: yH,
  body: texts(yBody),
  bylines: ['January 18, 2027', 'By Renata Holm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on workbook bundles over $40', 'Home', 'Tutoring sessions', 'Blog', 'Contact', 'Share', 'Back to blog',
    'Leave a comment', 'Name *', 'Comment *', 'Please note, comments need to be approved before they are published.',
    'Quick links', ...yFoot, 'Subscribe to our emails', 'Email', '© 2027, Study Nook', 'Powered by Shopify',
  ],
};

export const HELDOUT668_F2: readonly TestPage[] = [shopifyBlog];
