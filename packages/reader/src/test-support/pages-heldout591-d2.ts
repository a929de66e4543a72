import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file d2: a kids' online lessons blog article on Shopify (Dawn theme, share button, comments, comment form, newsletter).
 */
const sTitle = 'What happens in a 30-minute online lesson for five-year-olds';
const sParts: { h: string; ps: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'Parents often ask us how anyone can teach a language to a five-year-old through a screen. The honest answer is: not by talking at',
        'them for half an hour. Every Tiny Tongues lesson is built from short blocks of three to six minutes, and the child is moving,',
        'pointing or saying something in almost all of them.',
      ),
    ],
  },
  {
    h: 'Hello song and puppet (3 minutes)',
    ps: [
      j(
        'Each teacher has a puppet that only speaks the new language. The puppet says hello, asks the child\u2019s name and forgets it',
        'on purpose, which never fails to get a laugh.',
      ),
    ],
  },
  {
    h: 'New words with real objects (6 minutes)',
    ps: [
      j(
        'Before the lesson we email a list of five things to have ready at home, such as a spoon, a sock or a toy car. The teacher introduces',
        'the words and the child runs to fetch each object and holds it up to the camera.',
      ),
    ],
  },
  {
    h: 'Story time (8 minutes)',
    ps: ['A picture story on the shared screen uses the new words again. The child finishes sentences, makes animal noises and chooses what happens next.'],
  },
  {
    h: 'Game and goodbye (8 minutes)',
    ps: [
      j(
        'We end with a game: hide-and-seek on the picture, a guessing game with the objects, or "the puppet says" with simple actions. The',
        'last two minutes are for the goodbye song and a sticker on the child\u2019s lesson card.',
      ),
      'The remaining five minutes? Those are for getting the camera right, finding the sock that went missing, and saying goodbye to the cat.',
    ],
  },
];
const sNav = ['Home', 'Lesson packs', 'Languages', 'For parents', 'Blog'];
const sComments = [
  { t: 'Our daughter now makes the puppet voice at breakfast every morning. Thank you!', a: 'Hannah Oduya', d: 'January 24, 2027' },
  { t: 'Is there a version for two siblings in the same lesson?', a: 'Piotr Lis', d: 'January 25, 2027' },
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://tinytongues.co/blogs/news/online-lesson-for-five-year-olds">
<title>${sTitle} &ndash; Tiny Tongues</title>
<meta name="description" content="Parents often ask us how anyone can teach a language to a five-year-old through a screen.">
<meta property="og:site_name" content="Tiny Tongues"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//tinytongues.co/cdn/shop/t/4/assets/constants.js?v=58251544750838685771704199341" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "tiny-tongues.myshopify.com";Shopify.locale = "en";Shopify.theme = {"name":"Dawn",
"id":142857142857,"schema_name":"Dawn","schema_version":"15.0.0"};</script>
<link href="//tinytongues.co/cdn/shop/t/4/assets/base.css?v=144968985024194912401704199341" rel="stylesheet" type="text/css" media="all">
<link href="//tinytongues.co/cdn/shop/t/4/assets/section-blog-post.css?v=168356558213410436261704199341" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--16384__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Spring term packs: 10% off until 28 February</span></p></div></div></div></div></div>
<div id="shopify-section-sections--16384__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav)}</ul></nav></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//tinytongues.co/cdn/shop/files/tiny-tongues-logo.png?v=1704199000&amp;width=600" alt="Tiny Tongues" width="150" height="48"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li>
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}
</ul></nav>
<div class="header__icons"><div class="desktop-localization-wrapper"></div><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
</details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<svg class="icon icon-account" aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true" focusable="false"></svg><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--16384__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//tinytongues.co/cdn/shop/articles/lesson.jpg?v=1705900000&amp;width=350 350w,
//tinytongues.co/cdn/shop/articles/lesson.jpg?v=1705900000&amp;width=750 750w"
sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw"
src="//tinytongues.co/cdn/shop/articles/lesson.jpg?v=1705900000&amp;width=1100" loading="eager" width="1100" height="619" alt="A child holding a toy car up to
a laptop camera"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2027-01-22T09:00:00Z">January 22, 2027
</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Mei Aldana</span></header>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--16384__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</button>
<details id="Details-share-template--16384__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true" focusable="false"></svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--16384__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="url" value="https://tinytongues.co/blogs/news/online-lesson-for-five-year-olds" placeholder="Link"
onclick="this.select();" readonly>
<label class="field__label" for="url">Link</label></div><button class="share-button__close hidden"><span class="visually-hidden">Close share</span></button>
<button class="share-button__copy"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${sParts.map((p) => `${p.h === '' ? '' : `<h3>${p.h}</h3>\n`}${ps(p.ps)}`).join('\n')}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap">
<svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-16384">2 comments
</h2>
<div class="article-template-comments">${sComments
  .map(
    (c) => `<article class="article-template__comments-comment"><div class="rte"><p>${c.t}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${c.a}</span><span class="caption-with-letter-spacing">${c.d}</span></footer>
</article>`,
  )
  .join('\n')}</div>
<form method="post" action="/blogs/news/online-lesson-for-five-year-olds/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--16385__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--16385__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="footer__newsletter newsletter-form">
<input type="hidden" name="form_type" value="customer">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--16385__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocomplete="email"
placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--16385__footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2027, <a href="/" title="">Tiny Tongues</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify
</a></small></div></div></div>
</footer></div><!-- END sections: footer-group -->
<script src="//tinytongues.co/cdn/shop/t/4/assets/share.js?v=13024540447964430191704199341" defer="defer"></script></body></html>`;
const tinyTongues: TestPage = {
  name: 'heldout591-tiny-tongues-shopify-lesson',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sParts.filter((p) => p.h !== '').map((p) => p.h),
  body: texts(sParts.flatMap((p) => p.ps)),
  bylines: ['January 22, 2027', 'Mei Aldana'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Spring term packs: 10% off until 28 February', 'Lesson packs', 'Languages', 'For parents', 'Blog', 'Share', 'Link',
    'Back to blog', '2 comments', ...sComments.flatMap((c) => [c.t, c.a, c.d]), 'Leave a comment', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', '© 2027, Tiny Tongues', 'Powered by Shopify',
  ],
};

export const HELDOUT591_D2: readonly TestPage[] = [tinyTongues];
