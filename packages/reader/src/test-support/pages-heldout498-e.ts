import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file e: a swimwear shop's blog article on Shopify with the Dawn theme (announcement bar, share button,
 * comments and comment form, footer newsletter).
 */
const sTitle = 'What to pack for your first lane swim';
const sBody = [
  j(
    'Lane swimming can feel daunting the first time: everyone seems to know where they are going and nobody stops to chat. The good',
    'news is that the kit you need is simple, and a little preparation makes the first session much easier.',
  ),
  'The essentials',
  j(
    '<strong>A swimsuit you can forget about.</strong> For lane swimming you want a costume or jammers that stay put when you push off',
    'the wall. Chlorine-resistant fabrics last around three times longer than standard ones if you swim more than once a week.',
  ),
  j(
    '<strong>Goggles that fit.</strong> Press the goggles to your eyes without the strap. If they stay on for a second or two, the seal',
    'is good. Clear lenses are best for indoor pools; tinted or mirrored lenses help outdoors.',
  ),
  j(
    '<strong>A swim cap.</strong> Some pools ask for caps in lane sessions, and a cap keeps long hair out of your face and your goggles',
    'strap in place. Silicone caps are easier to put on and last longer than latex.',
  ),
  'Nice to have',
  'A pull buoy, for when your legs are tired and you want to work on your arms.',
  'A waterproof pouch for your locker key or wristband.',
  'A microfibre towel, which packs small and dries quickly.',
  'A bottle of water: you sweat in the pool even if you do not notice it.',
  'Before you get in',
  j(
    'Check the timetable, because lane sessions often run only early in the morning or at lunchtime. Look at the lane signs, watch for',
    'a minute to see how fast each lane is moving, and start in a slower lane than you think you need. You can always move up.',
  ),
  j(
    'Most of all, enjoy it. After a few sessions the rhythm of the lane becomes second nature, and you will be the one showing',
    'newcomers where to rest at the wall.',
  ),
];
const sNav = ['Home', 'Women', 'Men', 'Kids', 'Goggles & Caps', 'Training Kit', 'Journal'];
const sComments: [string, string, string][] = [
  ['Great tips. The goggles test saved me from buying the wrong pair!', 'Hannah', 'October 14, 2026'],
  ['Would love a follow-up on open water kit for next summer.', 'Dev R.', 'October 19, 2026'],
];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://lanefinderswim.co.uk/blogs/journal/what-to-pack-for-your-first-lane-swim">
<title>${sTitle} &ndash; Lanefinder Swim Co</title><meta name="description" content="The kit you need for your first lane swimming session.">
<meta property="og:site_name" content="Lanefinder Swim Co"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//lanefinderswim.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771708441234" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};
window.ShopifyAnalytics.meta = {"page":{"pageType":"article","resourceType":"article","resourceId":559211}};</script>
<script type="application/ld+json">{"@context":"http://schema.org",
"@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person","name":"Priya Sandhu"},
"datePublished":"2026-10-12T09:00:00Z","publisher":{"@type":"Organization","name":"Lanefinder Swim Co"}}</script>
<link href="//lanefinderswim.co.uk/cdn/shop/t/4/assets/base.css?v=144968985024194912401708441234" rel="stylesheet" type="text/css" media="all" />
<link href="//lanefinderswim.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=7052946154151424331708441234" rel="stylesheet" type="text/css" media="all" />
</head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1849__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1849__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog"
aria-label="Search"><span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//lanefinderswim.co.uk/cdn/shop/files/logo.png?width=180"
alt="Lanefinder Swim Co" width="180" height="40" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) => `<li><a id="HeaderMenu-${t.toLowerCase().replace(/\W+/g, '-')}"
href="/collections/${t.toLowerCase().replace(/\W+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty"></svg>
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1855__main"
class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-medium media"
style="padding-bottom: 56.25%;">
<img srcset="//lanefinderswim.co.uk/cdn/shop/articles/kit-bag.jpg?v=1728723600&amp;width=750 750w"
src="//lanefinderswim.co.uk/cdn/shop/articles/kit-bag.jpg?v=1728723600&amp;width=1100"
loading="eager" fetchpriority="high" width="1100" height="619" alt=""></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-10-12T09:00:00Z">October 12, 2026</time></span>
<span class="caption-with-letter-spacing">by Priya Sandhu</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1855__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--1855__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--1855__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--1855__main"
value="https://lanefinderswim.co.uk/blogs/journal/what-to-pack-for-your-first-lane-swim" placeholder="Link" onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--1855__main">Link</label></div><button class="share-button__close hidden no-js-hidden"><svg
class="icon icon-close"></svg>
<span class="visually-hidden">Close share</span></button><button class="share-button__copy no-js-hidden"><svg class="icon icon-clipboard"></svg>
<span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps([sBody[0] ?? ''])}
<h2>${sBody[1]}</h2>${ps(sBody.slice(2, 5))}
<h2>${sBody[5]}</h2><ul>${lis(sBody.slice(6, 10))}</ul>
<h2>${sBody[10]}</h2>${ps(sBody.slice(11))}
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap">
<svg class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-559211" class="article-template__comments-title">2 comments</h2><div class="article-template__comments">
${sComments
  .map(
    (c) => `<div class="article-template__comments-comment"><article id="88${c[1].length}" class="comment"><div class="rte"><p>${c[0]}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${c[1]}</span><span class="caption-with-letter-spacing">${c[2]}</span></footer>
</article></div>`,
  )
  .join('\n')}
</div><form method="post" action="/blogs/journal/what-to-pack-for-your-first-lane-swim/comments#comment_form" id="comment_form" accept-charset="UTF-8"
class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author"
class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span>
</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input"
placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field field--with-error">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--1850__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--1850__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--1850__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--1850__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe">
<svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__localization isolate">
<h2 class="caption-large text-body">Country/region</h2><button class="disclosure__button localization-form__select">United Kingdom | GBP £</button></div>
<div class="footer__column footer__column--info"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/"
title="">Lanefinder Swim Co</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(['Privacy policy', 'Refund policy', 'Terms of service'])}</ul></div></div></div></div></footer></div>
<script src="//lanefinderswim.co.uk/cdn/shop/t/4/assets/share.js?v=13024540447964430191708441234" defer="defer"></script></body></html>`;
const shop: TestPage = {
  name: 'heldout498-shopify-dawn-kit-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[5] ?? '', sBody[10] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 5, 10].includes(i))),
  bylines: ['October 12, 2026', 'by Priya Sandhu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...sNav, 'Log in', 'Cart', 'Share', 'Back to blog',
    '2 comments', ...sComments.flatMap((c) => c), 'Leave a comment', 'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email', 'Country/region',
    'United Kingdom | GBP £', '© 2026, Lanefinder Swim Co', 'Powered by Shopify', 'Privacy policy', 'Refund policy', 'Terms of service',
  ],
};

export const HELDOUT498_E: readonly TestPage[] = [shop].map(tidy);
