import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file b2: a fashion brand's lookbook journal entry on Shopify (Dawn theme), a page whose own text is
 * short: the announcement bar, header menu, the article hero, date and author, a few paragraphs between full-width look
 * images with "Look" captions and "Shop the look" product cards, the share button, the comment form, the newsletter
 * section and the footer with payment icons and the country selector.
 */
const lTitle = 'Salt Marsh: The Spring 2026 Lookbook';
const lBody = [
  `We shot this season on the salt marshes outside Kestle Bay over two grey mornings in February, when the tide was out and the light was flat
and silver. It felt right for a collection built almost entirely from undyed linen, washed cotton and a single indigo.`,
  `The pieces are meant to be lived in. The Ferry jacket is cut boxy so it layers over knitwear now and a vest in July, and the Reed trouser
has a deep hem you can let down after the first wash. Everything was made in our partner workshop in Porto, in runs of under two hundred.`,
  `Our friend Ada Quist, who walks these marshes every day with her dogs, agreed to model for us. She wore her own boots.`,
];
const lH = ['The palette', 'Made to be mended'];
const lS1 = [
  `Three colours run through the whole collection: chalk, a grey-green we called samphire, and an indigo dyed by hand in small batches, so no
two pieces are quite the same.`,
];
const lS2 = [
  `Every garment ships with a small repair kit of matching thread and two spare buttons. If something tears, send it back to us and we will
mend it for free, for as long as you own it.`,
];
const lLooks = ['Look 01: Ferry jacket in chalk, Reed trouser in samphire.', 'Look 02: Tern shirt dress in hand-dyed indigo.'];
const lProducts = [
  ['Ferry Jacket, Chalk', '£185.00'],
  ['Reed Trouser, Samphire', '£120.00'],
  ['Tern Shirt Dress, Indigo', '£160.00'],
];
const lNav = ['Shop', 'New In', 'Women', 'Men', 'Journal', 'Stockists', 'About'];
const lFoot1 = ['Shipping', 'Returns', 'Repairs', 'Size Guide', 'Contact'];
const lFoot2 = ['Our Story', 'Workshop', 'Journal', 'Careers'];
const look = (n: number, cap: string): string => `<div class="article-template__image-block media media--adapt">
<img src="//hollowtide.example/cdn/shop/articles/salt-marsh-${n}.jpg?v=17091&width=1500" alt="" loading="lazy" width="1500" height="2000">
<p class="caption-with-letter-spacing light">${cap}</p></div>`;
const prod = (
  p: string[],
): string => `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard">
<div class="card__content"><h3 class="card__heading h5"><a href="/products/${(p[0] ?? '').toLowerCase().replace(/\W+/g, '-')}"
class="full-unstyled-link">${p[0]}</a></h3>
<div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">${p[1]}</span></div></div></div></div></div></div></li>`;
const lHtml = `<!doctype html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta name="theme-color" content="">
<link rel="canonical" href="https://hollowtide.example/blogs/journal/salt-marsh-spring-2026-lookbook"><title>${lTitle} &ndash; Hollowtide</title>
<meta property="og:site_name" content="Hollowtide"><meta property="og:type" content="article"><meta property="og:title" content="${lTitle}">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "hollowtide.myshopify.com"; Shopify.theme = {"name":"Dawn","id":14022051,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Article","articleBody":"We shot this season on the salt
marshes","headline":"${lTitle}",
"author":{"@type":"Person","name":"Hollowtide Studio"},"datePublished":"2026-02-27T10:00:00Z","publisher":{"@type":"Organization","name":"Hollowtide"}}</script>
<link href="//hollowtide.example/cdn/shop/t/12/assets/base.css?v=1523" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-scheme-2 gradient" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery over £100. Free repairs, forever.</span></p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Hollowtide</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">${links(lNav, 'header__menu-item')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--main-article" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-adapt media"><img
src="//hollowtide.example/cdn/shop/articles/salt-marsh-hero.jpg" alt=""
width="2400" height="1600"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${lTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-02-27T10:00:00Z">February 27,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">By Hollowtide Studio</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details id="Details-share"><summary class="share-button__button"><span>Share</span>
</summary>
<div class="share-button__fallback"><div class="field"><input type="text" class="field__input" id="ShareUrl"
value="https://hollowtide.example/blogs/journal/salt-marsh"
readonly><label class="field__label" for="ShareUrl">Link</label></div><button class="share-button__copy">Copy link</button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(lBody)}
${look(1, lLooks[0] ?? '')}
<h2>${lH[0]}</h2>
${ps(lS1)}
${look(2, lLooks[1] ?? '')}
<h2>${lH[1]}</h2>
${ps(lS2)}
</div>
<div class="related-products page-width"><h2 class="related-products__heading inline-richtext h2">Shop the look</h2>
<ul class="grid product-grid grid--3-col-desktop" role="list">${lProducts.map(prod).join('\n')}</ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/salt-marsh/comments" id="CommentForm" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-newsletter" class="shopify-section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-1 gradient">
<h2 class="inline-richtext h2">Letters from the marsh</h2><div class="newsletter__subheading rte"><p>New collections, repair stories and the occasional tide
table. Once a month.</p></div><form method="post" action="/contact#contact_form" class="newsletter-form"><div class="newsletter-form__field-wrapper">
<input type="email" class="field__input" placeholder="Email"><label class="field__label">Email</label><button type="submit" class="newsletter-form__button"
aria-label="Subscribe">Subscribe</button></div></form></div></div></section></main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul
class="footer-block__details-content list-unstyled">
${links(lFoot1, 'list-menu__item')}</ul></div><div class="footer-block grid__item footer-block--menu"><h2
class="footer-block__heading inline-richtext">Hollowtide</h2>
<ul class="footer-block__details-content list-unstyled">${links(lFoot2, 'list-menu__item')}</ul></div></div></div>
<div class="footer__content-bottom"><div class="footer__localization"><localization-form><h2 class="caption-large text-body">Country/region</h2>
<button class="disclosure__button localization-form__select">United Kingdom (GBP £)</button></localization-form></div>
<div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/">Hollowtide</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example">Powered by Shopify</a></small></div></div></footer>
<script src="//hollowtide.example/cdn/shop/t/12/assets/global.js?v=1385" defer="defer"></script></body></html>`;
export const lookbook: TestPage = {
  name: 'heldout238-shopify-dawn-lookbook-journal',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([...lBody, ...lS1, ...lS2]),
  bylines: ['February 27, 2026', 'By Hollowtide Studio'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery over £100. Free repairs, forever.', 'Hollowtide', ...lNav, 'Log in', 'Cart', 'Share', 'Link', 'Copy link', ...lLooks,
    'Shop the look', ...lProducts.flat(), 'Regular price', 'Back to blog', 'Leave a comment', 'Name',
    'Please note, comments need to be approved before they are published.', 'Letters from the marsh',
    'New collections, repair stories and the occasional tide table. Once a month.', 'Email', 'Subscribe', 'Help', ...lFoot1, ...lFoot2, 'Country/region',
    'United Kingdom (GBP £)', 'Payment methods', '© 2026, Hollowtide', 'Powered by Shopify',
  ],
};
