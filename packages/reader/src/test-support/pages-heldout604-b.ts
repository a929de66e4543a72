import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file b: a wine club subscription page on Shopify (Dawn theme, a page with a rich-text section and
 * multicolumn tiers), and a winery's harvest news post on Wix Blog.
 */
const dTitle = 'The Fenwick Cellar Club';
const dDek = 'Three shipments a year, chosen by our winemaker, delivered to your door.';
const dIntro = j(
  'Cellar Club members are the first to taste our new releases and the only people who can buy our small-batch wines, many of',
  'which never reach the shop. Choose the tier that suits your drinking, and change or pause it whenever you like.',
);
const dTiers = [
  { name: 'Discovery', price: '$165 per shipment', items: ['6 bottles, mixed red and white', '10% off all wine purchases', 'Two free tastings a year'] },
  { name: 'Reserve', price: '$320 per shipment', items: ['12 bottles, including one single-vineyard wine', '15% off all wine purchases', 'Free shipping'] },
  { name: 'Collector', price: '$610 per shipment', items: ['12 bottles of reserve and library wines', '20% off all wine purchases', 'Annual barrel tasting'] },
];
const dHow = [
  'How it works',
  j(
    'Shipments leave the winery in March, July and November. Two weeks before each one we email you the list of wines and the',
    'total, so you can swap bottles, add more or skip the shipment. Your card is charged on the day the box is packed.',
  ),
  j(
    'There is no minimum term. You can cancel after any shipment by emailing the club team or from your account page.',
    'Members must be 18 or over, and someone 18 or over must sign for the delivery.',
  ),
];
const dNav = ['Shop', 'Cellar Club', 'Visit Us', 'Our Story'];
const dFoot = ['Search', 'Shipping Policy', 'Refund Policy', 'Contact'];
const dTier = (t: (typeof dTiers)[number]): string => `<li class="multicolumn-list__item grid__item scroll-trigger animate--slide-in">
<div class="multicolumn-card content-container"><div class="multicolumn-card__info"><h3 class="inline-richtext">${t.name}</h3>
<div class="rte"><p><strong>${t.price}</strong></p><ul>${lis(t.items)}</ul></div>
<a class="link animate-arrow" href="/products/cellar-club-${t.name.toLowerCase()}">Join ${t.name}<span class="svg-wrapper"></span></a></div></div></li>`;
const dHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://fenwickestate.com/pages/cellar-club">
<title>Cellar Club &ndash; Fenwick Estate</title><meta name="description" content="${dDek}">
<meta property="og:site_name" content="Fenwick Estate"><meta property="og:type" content="website">
<script src="//fenwickestate.com/cdn/shop/t/7/assets/constants.js?v=58251544750838685771712100000" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fenwick-estate.myshopify.com";Shopify.theme = {"name":"Dawn","schema_name":"Dawn",
"schema_version":"13.0.1"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//fenwickestate.com/cdn/shop/t/7/assets/base.css?v=1" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group --><div id="shopify-section-sections--1__announcement-bar"
class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on 12 bottles or more</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header class="header-wrapper color-scheme-1">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><h1 class="header__heading"><a href="/"
class="header__heading-link link link--text focus-inset">
<span class="h2">Fenwick Estate</span></a></h1><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><span class="svg-wrapper"></span></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div><!-- END sections: header-group -->
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><div class="page-width page-width--narrow section-template--2__main-padding">
<h1 class="main-page-title page-title h0 scroll-trigger animate--fade-in">${dTitle}</h1>
<div class="rte scroll-trigger animate--slide-in"><p><em>${dDek}</em></p><p>${dIntro}</p></div></div></section>
<div id="shopify-section-template--2__multicolumn" class="shopify-section"><div class="multicolumn color-scheme-2 gradient background-primary">
<div class="page-width section-template--2__multicolumn-padding isolate">
<div class="title-wrapper-with-link title-wrapper--self-padded-mobile title-wrapper--no-top-margin">
<h2 class="title inline-richtext h1">Choose your tier</h2></div><slider-component class="slider-mobile-gutter">
<ul class="multicolumn-list contains-content-container grid grid--1-col-tablet-down grid--3-col-desktop" role="list">
${dTiers.map(dTier).join('\n')}</ul></slider-component></div></div></div>
<section id="shopify-section-template--2__rich_text" class="shopify-section section"><div class="isolate"><div class="rich-text content-container color-scheme-1
gradient rich-text--full-width"><div class="rich-text__wrapper rich-text__wrapper--center page-width"><div class="rich-text__blocks center">
<h2 class="rich-text__heading rte inline-richtext h1">${at(dHow, 0)}</h2><div class="rich-text__text rte">${ps(dHow.slice(1))}</div>
</div></div></div></div></section>
<div id="shopify-section-template--2__newsletter" class="shopify-section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-1 gradient
content-container isolate content-container--full-width section-template--2__newsletter-padding"><h2 class="inline-richtext h1">Not ready to join?</h2>
<div class="newsletter__subheading rte"><p>Get release news and cellar door events by email.</p></div>
<form method="post" action="/contact#contact_form" id="contact_form" class="newsletter-form"><div class="field"><input id="NewsletterForm" type="email"
name="contact[email]" placeholder="Email"><label class="field__label" for="NewsletterForm">Email</label>
<button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></form></div></div></div></main>
<!-- BEGIN sections: footer-group --><div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2>
<ul class="footer-block__details-content list-unstyled">
${links(dFoot)}</ul></div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025,
<a href="/" title="">Fenwick Estate</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a>
</small></div></div></footer></div><!-- END sections: footer-group -->
<script src="//fenwickestate.com/cdn/shop/t/7/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout604-shopify-wine-club',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Choose your tier', ...dTiers.map((t) => t.name), at(dHow, 0)],
  body: [dDek, dIntro, ...dTiers.flatMap((t) => [t.price, ...t.items]), ...dHow.slice(1)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on 12 bottles or more', 'Fenwick Estate', 'Visit Us', 'Our Story', 'Log in', 'Cart',
    ...dTiers.map((t) => `Join ${t.name}`), 'Not ready to join?', 'Get release news and cellar door events by email.', 'Quick links', ...dFoot,
    '© 2025, Fenwick Estate', 'Powered by Shopify',
  ],
};

const wTitle = 'Harvest 2025 is in: a short, sweet vintage';
const wBody = [
  j(
    'The last bins of Riesling came up the hill on Tuesday afternoon, and with them the 2025 harvest at Kessel Hollow is done. It',
    'was our shortest picking season in twenty years: nineteen days from the first Pinot Gris to the last Riesling.',
  ),
  j(
    'Yields are down about a quarter on last year. A hailstorm on the 9th of October took some of the crop on the north slope, and',
    'the dry summer kept the berries small. What we lost in volume we think we have gained in concentration.',
  ),
  'The numbers',
  'Tonnes picked: 41.6 (2024: 55.2)',
  'Average sugar at harvest: 21.8 Brix',
  'Days of picking: 19',
  j(
    'Our cellar hand, Oskar, says the Riesling juice is the best he has tasted here, and he has tasted a lot of it. The ferments',
    'are bubbling away now and we will share the first tasting notes in the new year.',
  ),
  j('A huge thank you to the thirty-two pickers who joined us this year, and to the neighbours who lent us their bins when the', 'hail came through.'),
];
const wNav = ['Home', 'Wines', 'Visit', 'Blog', 'Contact'];
const wRec = ['Meet our new cellar hand', 'Bud burst on the north slope', 'Riesling and spice: three pairings'];
const wRcv = (t: string): string =>
  `<div class="_1L9mC"><p class="mm8Nw _1j-51 IEXKd VJjwn" dir="auto" data-hook="rcv-block-text"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span>
</p></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/kh_favicon.png">
<title>${wTitle}</title><meta name="description" content="The last bins of Riesling came up the hill on Tuesday afternoon.">
<link rel="canonical" href="https://www.kesselhollow.nz/post/harvest-2025-is-in"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Annika Kessel"},
"datePublished":"2025-04-17T02:11:00.000Z"}</script>
<script>window.viewerModel = {"siteFeatures":["blog","cookiesManager"],"language":{"userLanguage":"en"}};</script>
<style>#masterPage{--pinned-layers-in-page:0;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kh1" class="comp-kh1 wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">KESSEL HOLLOW</span></p></div>
<nav id="comp-kh2" class="comp-kh2 wixui-horizontal-menu" aria-label="Site"><ul class="XRwtpn">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh"><div class="yRj2ms">
<p class="wixui-horizontal-menu__item-label">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPAMultiSection_kh3"
class="TPAMultiSection">
<div data-hook="post-page" class="blog-post-page-font"><article class="blog-post-page-font" data-hook="post">
<div class="post-header" data-hook="post-header"><div class="post-metadata" data-hook="post-metadata"><span class="avatar-image"></span>
<span data-hook="user-name" class="user-name">Annika Kessel</span><ul class="post-metadata__list"><li><span data-hook="time-ago" title="17 Apr">17 Apr</span>
</li>
<li><span data-hook="time-to-read">2 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<div class="post-title" data-hook="post-title"><h1 class="blog-post-title-font post-title__text">${wTitle}</h1></div>
<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr">
${wRcv(at(wBody, 0))}
<div class="_1L9mC" data-hook="figure-IMAGE"><figure><img src="https://static.wixstatic.com/media/kh_bins.jpg" alt="Bins of Riesling"><figcaption
data-hook="imageViewerCaption">The last Riesling bins on the ute, Tuesday 15 April</figcaption></figure></div>
${wRcv(at(wBody, 1))}
<div class="_1L9mC"><h2 class="_2dOGi" dir="auto" id="viewer-numbers"><span class="_2PHJq">${at(wBody, 2)}</span></h2></div>
<div class="_1L9mC"><ul class="_2Rlj0 public-DraftStyleDefault-ul">${lis(
  wBody.slice(3, 6).map(
    (t) => `<p class="_1j-51" dir="auto"><span>${t}</span>
</p>`,
  ),
)}</ul></div>
${wRcv(at(wBody, 6))}
${wRcv(at(wBody, 7))}
</div></div>
<div class="post-footer" data-hook="post-footer"><div class="post-tags" data-hook="post-tags"><ul><li><a href="/blog/tags/harvest">harvest</a></li>
<li><a href="/blog/tags/riesling">riesling</a></li></ul></div>
<div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via Twitter"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="post-stats__views">86 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button"><span class="like-button-with-count__like-count">7</span></button></div></div></article>
<section data-hook="recent-posts"><div class="recent-posts-header"><h2 data-hook="recent-posts-title">Recent Posts</h2><a href="/blog">See All</a></div>
<div class="recent-posts-list">${wRec
  .map(
    (t) => `<div data-hook="post-list-item"><a href="/post/${t.length}"><h3 class="post-title">${t}</h3></a>
</div>`,
  )
  .join('\n')}</div></section>
<section data-hook="comments"><div class="comments-header"><h2>Comments</h2></div><div data-hook="empty-state"><p>Write a comment...</p></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="comp-kh9 wixui-rich-text">
<p class="font_9">Kessel Hollow Vineyard, 212 Brightwater
Road, Upper Moutere</p><p class="font_9">&copy; 2025 by Kessel Hollow. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div></footer>
</div></div></div></div>
<div id="consent-banner-root" class="consent-banner" role="dialog" aria-label="Cookie banner"><div class="ccsu-banner"><p>This website uses cookies. By
continuing to use it you accept our use of cookies.</p><button data-hook="ccsu-banner-accept-button">Accept</button><a href="/privacy">Privacy Policy</a>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout604-wix-harvest-post',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 2)],
  body: wBody.filter((_, i) => i !== 2),
  bylines: ['Annika Kessel', '17 Apr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', '2 min read', 'KESSEL HOLLOW', ...wNav, 'The last Riesling bins on the ute, Tuesday 15 April', '86 views', '0 comments', '7',
    'Recent Posts', 'See All', ...wRec, 'Comments', 'Write a comment...', 'Kessel Hollow Vineyard, 212 Brightwater Road, Upper Moutere',
    '© 2025 by Kessel Hollow. Proudly created with Wix.com', 'This website uses cookies. By continuing to use it you accept our use of cookies.', 'Accept',
    'Privacy Policy',
  ],
};

export const HELDOUT604_B: readonly TestPage[] = [shopify, wix];
