import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file e: a video production studio's "our process" page on Webflow and an album printer's journal
 * article on a Shopify store (Dawn theme) with its announcement bar, cart drawer and newsletter.
 */
const wTitle = 'How a Brand Film Comes Together';
const wIntro = 'From the first call to the final export, most of our projects take six to ten weeks. Here is what happens in each stage.';
const wSteps: [string, string][] = [
  ['01 — Discovery', j('A 45-minute call about your audience, your deadline and where the film will live. We send a written brief within three days.')],
  ['02 — Treatment', j('We write the story, pick locations and sketch key frames. You get one round of changes before anything is booked.')],
  ['03 — Production', j('One to three shoot days with a crew of two to five. We handle permits, releases and catering so you can focus on your people.')],
  ['04 — Edit', j('A first cut within two weeks of the shoot, then two rounds of notes. Colour grading and sound mix come after picture lock.')],
  ['05 — Delivery', j('Master files plus cut-downs for social, captioned and ready to post, with all music licensed for the uses we agreed.')],
];
const wNav = ['Work', 'Process', 'Studio', 'Contact'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 06 2026 11:02:18 GMT+0000 -->
<html data-wf-domain="www.ninebarrows.studio" data-wf-page="66f1c0a9e3b2d41f0a7c9e12" data-wf-site="66f1c0a9e3b2d41f0a7c9d80" lang="en"><head>
<meta charset="utf-8"><title>Process | Nine Barrows Studio</title><meta content="How a brand film comes together, from discovery call to delivery."
name="description">
<meta content="Process | Nine Barrows Studio" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/66f1c0a9e3b2d41f0a7c9d80/css/nine-barrows.webflow.3c1e2a.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><div class="brand-text">Nine Barrows</div></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}<a href="/contact"
class="button-nav w-button">Start a project</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container w-container"><div class="eyebrow">Process</div><h1 class="heading-xl">${wTitle}</h1>
<p class="paragraph-large">${wIntro}</p></div></section>
<section class="section-steps"><div class="container w-container"><div class="w-layout-grid steps-grid">
${wSteps.map(([h, p]) => `<div class="step-card"><h3 class="step-heading">${h}</h3><p class="step-text">${p}</p></div>`).join('\n')}
</div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-l">Have a film in mind?</h2>
<a href="/contact" class="button w-button">Book a discovery call</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-brand">Nine Barrows Studio</div>
<div class="footer-address">Unit 9, Tanyard Mews, Eskdale Road</div><div class="footer-links">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}
<a href="https://vimeo.com/ninebarrows" class="footer-link">Vimeo</a></div></div><div class="footer-legal">© 2026 Nine Barrows Studio Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66f1c0a9e3b2d41f0a7c9d80" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/66f1c0a9e3b2d41f0a7c9d80/js/webflow.4e2b1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout516-webflow-video-process',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSteps.map(([h]) => h),
  body: [wIntro, ...wSteps.map(([, p]) => p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nine Barrows', ...wNav, 'Start a project', 'Have a film in mind?', 'Book a discovery call', 'Nine Barrows Studio', 'Unit 9, Tanyard Mews, Eskdale Road',
    'Vimeo', '© 2026 Nine Barrows Studio Ltd.',
  ],
});

const sTitle = 'Lay-Flat or Classic? Choosing the Pages for Your Wedding Album';
const sBody = [
  j(
    'Every week a photographer or a couple asks us the same question: which page type should we choose? Both are bound by hand',
    'in our workshop in Sallow Bridge, and both will last a lifetime. The difference is in how the album opens and how a',
    'photograph can cross the middle of a spread.',
  ),
  'Lay-flat pages',
  j(
    'Lay-flat pages are mounted on thick board and hinged so each spread opens completely flat. A single photograph can run',
    'across both pages with no fold in the middle, which is ideal for wide ceremony shots and group photographs.',
  ),
  'Pages are about 1.2 mm thick, so the album feels substantial.',
  'Up to 40 spreads in a standard cover.',
  'Photographic paper in lustre or deep matte.',
  'Classic pages',
  j(
    'Classic pages are printed on heavy fine-art paper and sewn into the spine like a book. They turn softly and the album',
    'stays slim, which many couples love for a more storybook feel. Panoramas are best kept to one page.',
  ),
  'Our advice',
  j(
    'If your gallery has lots of wide, dramatic frames, choose lay-flat. If it is full of small moments and you want room for',
    'more of them, classic pages let you include up to 80 spreads for the same price. Still unsure? Order our sample kit',
    'and hold both in your hands.',
  ),
];
const sHeads = [1, 6, 8];
const sNav = ['Shop all', 'Wedding albums', 'Parent albums', 'Print boxes', 'For photographers', 'Journal'];
const sFoot = ['Search', 'Shipping', 'Returns', 'Contact', 'Privacy policy', 'Terms of service'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://quireandhinge.com/blogs/journal/lay-flat-or-classic">
<title>Lay-Flat or Classic? Choosing the Pages for Your Wedding Album &ndash; Quire &amp; Hinge</title>
<meta name="description" content="Lay-flat or classic pages: how to choose for your wedding album."><meta property="og:type" content="article">
<script>var Shopify = Shopify || {};Shopify.shop = "quire-and-hinge.myshopify.com";Shopify.theme = {"name":"Dawn","id":139204411,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Rosalind Kett"},
"datePublished":"2026-06-09T09:00:00Z","publisher":{"@type":"Organization","name":"Quire & Hinge"}}</script>
<link href="//quireandhinge.com/cdn/shop/t/4/assets/base.css?v=1562" rel="stylesheet" type="text/css" media="all">
<link href="//quireandhinge.com/cdn/shop/t/4/assets/section-blog-post.css?v=1562" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart"
tabindex="-1"><div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2><a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer>
<div id="shopify-section-sections--announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on albums over £150</span></p></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><div class="header__heading"><a href="/"
class="header__heading-link
link link--text focus-inset"><span class="h2">Quire &amp; Hinge</span></a></div><nav class="header__inline-menu"><ul class="list-menu list-menu--inline"
role="list">
${sNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span></span></summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-adapt media" itemprop="image"><img src="//quireandhinge.com/cdn/shop/articles/layflat-vs-classic.jpg?v=1717923"
alt="Two open albums side by side"
width="1100" height="733" loading="eager"></div></div><header class="page-width page-width--narrow"><h1 class="article-template__title"
itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-06-09T09:00:00Z">June 9, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Rosalind Kett</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([sBody[0] ?? ''])}<h2>${sBody[1]}</h2>${ps([sBody[2] ?? ''])}<ul>${lis(sBody.slice(3, 6))}</ul>
<h2>${sBody[6]}</h2>${ps([sBody[7] ?? ''])}<h2>${sBody[8]}</h2>${ps([sBody[9] ?? ''])}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><details><summary class="share-button__button">
<span>Share</span></summary></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to blog</a></div>
</article></section>
<div id="shopify-section-template--featured-product" class="shopify-section"><section class="featured-product page-width"><div class="product__info-container">
<p class="product__text caption-with-letter-spacing">Quire &amp; Hinge</p><h2 class="h1">Album Sample Kit</h2><div class="price"><span
class="price-item">£35.00 GBP</span></div>
<button type="submit" class="product-form__submit button button--full-width">Add to cart</button></div></section></div></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label>
</div></div></form></div></div><div class="footer-block__details-content"><ul class="list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a
href="/">Quire &amp; Hinge</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//quireandhinge.com/cdn/shop/t/4/assets/global.js?v=1562" defer="defer"></script></body></html>`;
const shopify: TestPage = finish({
  name: 'heldout516-shopify-dawn-album-article',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads.map((i) => sBody[i] ?? ''),
  body: texts(sBody.filter((_, i) => !sHeads.includes(i))),
  bylines: ['June 9, 2026', 'Rosalind Kett'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Your cart is empty', 'Continue shopping', 'Free UK delivery on albums over £150', 'Quire & Hinge', ...sNav, 'Log in', 'Cart',
    'Share', 'Back to blog', 'Album Sample Kit', '£35.00 GBP', 'Add to cart', 'Subscribe to our emails', 'Email',
    ...sFoot, '© 2026, Quire & Hinge', 'Powered by Shopify',
  ],
});

export const HELDOUT516_E: readonly TestPage[] = [webflow, shopify];
