import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file f2: a coffee roaster's Shopify blog article on the Dawn theme (announcement bar, sticky header with
 * menu, search, account and cart icons, article-template hero image, title, date and author caption, rte body, share button,
 * a "Shop the beans" product-card row of the kind a product page carries, back-to-blog link, one approved comment and the comment
 * form, the footer with its menus, newsletter and payment icons).
 */
const sTitle = 'Dialling in a pour-over for our Halvard Ridge washed lot';
const sIntro = [
  j(
    'Halvard Ridge is the brightest coffee we have roasted this year: a washed lot grown at around 1,900 metres, with notes of',
    'bergamot, white peach and honey. It is also the coffee customers have written to us about most, usually because their first cup',
    'tasted thin or sour. Here is the recipe we use on the bar, and how to adjust it at home.',
  ),
];
const sH = ['Our starting recipe', 'If it tastes sour or thin', 'If it tastes bitter or dry'];
const sRecipe = [
  '15 g of coffee, ground medium-fine, a little finer than for most of our other filter coffees',
  '250 g of water just off the boil, around 94 °C',
  'A 45 g bloom for 40 seconds, then the rest of the water in two slow pours',
  'A total brew time of 2 minutes 45 seconds to 3 minutes 15 seconds',
];
const sS2 = [
  j(
    'Sourness almost always means under-extraction. Grind one or two steps finer first, and check your water has not cooled too far',
    'in the kettle. Light roasts like this one need the heat more than darker coffees do.',
  ),
  j(
    'If the brew is already running longer than three and a half minutes and still tastes sour, the grinder may be producing too many',
    'fines that clog the filter. Try a slightly coarser grind with a longer bloom instead.',
  ),
];
const sS3 = [
  j(
    'Bitterness and a dry finish point the other way. Coarsen the grind a step, or pour more gently so the bed is not churned up.',
    'Water that is very hard can also flatten the fruit in this coffee; a filtered or bottled water low in minerals often brings',
    'the peach back.',
  ),
  j(
    'Above all, change one thing at a time and write it down. Halvard Ridge rewards patience, and a good cup is usually only a',
    'click or two of the grinder away. If you are still stuck, reply to your order confirmation and our roasters will help.',
  ),
];
const sNav = ['Shop Coffee', 'Equipment', 'Subscriptions', 'Journal', 'Wholesale'];
const sProducts: [string, string][] = [
  ['Halvard Ridge — Washed', '£13.50'],
  ['Ceramic Dripper No. 2', '£24.00'],
  ['Unbleached Filter Papers (100)', '£6.00'],
];
const sFoot = ['Search', 'Shipping', 'Refund policy', 'Contact'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
<link rel="canonical" href="https://tinderboxcoffee.example/blogs/journal/dialling-in-halvard-ridge"><title>${sTitle} – Tinderbox Coffee Roasters</title>
<meta property="og:site_name" content="Tinderbox Coffee Roasters"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//tinderboxcoffee.example/cdn/shop/t/4/assets/constants.js?v=132983761750457495441709000000" defer="defer"></script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = {"currency":"GBP","page":{"pageType":"article",
"resourceId":60551}};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Lotte Farrance"},
"datePublished":"2026-02-24T09:00:00Z","publisher":{"@type":"Organization","name":"Tinderbox Coffee Roasters"}}</script>
<link href="//tinderboxcoffee.example/cdn/shop/t/4/assets/base.css?v=144968985024194912401709000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Tinderbox Coffee Roasters</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map((t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`)
  .join('\n')}</ul></nav><div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide">
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section"><article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-medium media"
style="padding-bottom: 56.25%;"><img src="//tinderboxcoffee.example/cdn/shop/articles/halvard-pourover.jpg?v=1708765000&amp;width=1100" alt="Pour-over brewing"
width="1100" height="619"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-02-24T09:00:00Z">February 24, 2026</time></span>
<span class="caption-with-letter-spacing">By Lotte Farrance</span></header>
<div class="article-template__content page-width page-width--narrow rte">${sIntro.map((x) => `<p>${x}</p>`).join('')}
<h2>${sH[0]}</h2><ul>${lis(sRecipe)}</ul>
<h2>${sH[1]}</h2>${sS2.map((x) => `<p>${x}</p>`).join('\n')}<h2>${sH[2]}</h2>${sS3.map((x) => `<p>${x}</p>`).join('\n')}
</div><div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-template--2__main"><summary class="share-button__button">
<span>Share</span></summary><div class="share-button__fallback"><button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="shop-the-post page-width page-width--narrow"><h2 class="h3">Shop the beans</h2>
<ul class="grid product-grid grid--3-col-desktop" role="list">${sProducts
  .map(
    ([
      name,
      price,
    ]) => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
<div class="card__content"><div class="card__information"><h3 class="card__heading h5">
<a href="/products/${price.length}" class="full-unstyled-link">${name}</a></h3>
<div class="price"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">
${price} GBP</span></div></div></div></div></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-60551">1 comment</h2>
<article id="26001" class="article-template__comments-comment"><div class="rte"><p>Went two clicks finer on my grinder and the peach finally came through.
Lovely coffee.</p></div><p class="article-template__comment-fields"><span class="caption-with-letter-spacing light">Anwen Price</span>
<span class="circle-divider caption-with-letter-spacing light">February 27, 2026</span></p></article>
<form method="post" action="/blogs/journal/dialling-in-halvard-ridge/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><label class="field__label" for="CommentForm-author">Name</label></div>
<div class="field"><label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><label class="form__label field__label"
for="CommentForm-body">Comment</label></div><p class="article-template__comment-warning caption">Please note, comments need to be approved before they are
published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content
list-unstyled">${links(sFoot)}</ul></div><div class="footer-block--newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<p>New roasts, brew guides and the occasional sale.</p></div></div></div><div class="footer__content-bottom"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span></div><div class="footer__copyright caption">
<small class="copyright__content">© 2026,
<a href="/" title="">Tinderbox Coffee Roasters</a></small><small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.example">Powered
by Shopify</a></small></div></div></div></footer>
<script src="//tinderboxcoffee.example/cdn/shop/t/4/assets/global.js?v=37284204640041572741709000000" defer="defer"></script></body></html>`;
export const shopify: TestPage = {
  name: 'heldout285-shopify-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sRecipe, ...sS2, ...sS3]),
  bylines: ['February 24, 2026', 'By Lotte Farrance'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £30', 'Tinderbox Coffee Roasters', ...sNav, 'Log in', 'Cart', 'Share', 'Copy link', 'Shop the beans',
    ...sProducts.flatMap(([n, p]) => [n, `${p} GBP`]), 'Regular price', 'Back to blog', '1 comment',
    'Went two clicks finer on my grinder and the peach finally came through. Lovely coffee.', 'Anwen Price', 'February 27, 2026', 'Leave a comment',
    'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links', ...sFoot, 'Subscribe to our emails',
    'New roasts, brew guides and the occasional sale.', 'Payment methods', 'Powered by Shopify',
  ],
};
