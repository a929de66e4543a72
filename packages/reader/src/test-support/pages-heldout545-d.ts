import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, rowTexts, trs } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file d: an arcade's tokens and prices page on Shopify (Dawn theme, announcement bar, featured
 * collection of gift cards, newsletter), and a pier trust's restoration blog post on Ghost (Casper theme, members CTA, read-more cards).
 */
const pTitle = 'Tokens &amp; Prices';
const pIntro = j(
  'Every game at Pennyfall Palace runs on tokens loaded on to a Pennyfall play card. Cards are free from the kiosk or any',
  'top-up machine. The more you load, the more bonus tokens you get.',
);
const pHead: Row = ['Top-up', 'Tokens', 'Bonus'];
const pRows: Row[] = [
  ['£5', '25', '–'],
  ['£10', '50', '5 free'],
  ['£20', '100', '15 free'],
  ['£40', '200', '40 free'],
];
const pRides = ['Dodgems: 8 tokens a car', 'Mini coaster: 6 tokens a ride', 'VR racing pods: 10 tokens for four minutes', 'Kiddie rides by the door: 2 tokens'];
const pRedeem = [
  j(
    'Tickets from redemption games go straight on to your card. Swap them at the prize shop upstairs: a sticker sheet starts',
    'at 40 tickets and the giant plush bears are 6,000.',
  ),
  'Gift cards bought online are posted within two working days and can be loaded on to any play card at the kiosk.',
];
const pNav = ['Home', 'Gift Cards', 'Parties', 'Find us'];
const pProducts = [
  ['£10 Gift Card', '£10.00 GBP'],
  ['£20 Gift Card', '£20.00 GBP'],
  ['Party Pack Voucher', '£75.00 GBP'],
];
const pQuick = ['Search', 'Refund policy', 'Terms of service', 'Contact'];
const card = ([
  name,
  price,
]: string[]): string => `<li class="grid__item scroll-trigger animate--slide-in"><div class="card-wrapper product-card-wrapper underline-links-hover">
<div class="card card--standard card--media"><div class="card__inner ratio"><div class="card__media"><div class="media media--transparent media--hover-effect">
<img src="//pennyfallpalace.co.uk/cdn/shop/files/giftcard.png?v=1712&amp;width=533" alt="" class="motion-reduce" loading="lazy"></div></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a
href="/products/${(name ?? '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}"
class="full-unstyled-link">${(name ?? '').replace('&', '&amp;')}</a></h3><div class="card-information"><div class="price"><div class="price__container"><div
class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item
price-item--regular">${price ?? ''}</span></div></div></div></div></div></div></div></div></li>`;
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://pennyfallpalace.co.uk/pages/tokens-prices"><title>Tokens &amp; Prices &ndash; Pennyfall Palace</title>
<meta name="description" content="Every game at Pennyfall Palace runs on tokens loaded on to a Pennyfall play card."><meta property="og:site_name"
content="Pennyfall Palace">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "pennyfall-palace.myshopify.com"; Shopify.currency = {"active":"GBP","rate":"1.0"};
Shopify.theme = {"name":"Dawn","id":141228785841,"schema_name":"Dawn","schema_version":"13.0.1","role":"main"};</script>
<script id="web-pixels-manager-setup">(function e(){window.webPixelsManager=window.webPixelsManager||{}})();</script>
<link href="//pennyfallpalace.co.uk/cdn/shop/t/3/assets/base.css?v=1712" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1712__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free play card with every £20 gift card</span></p></div></div></div></div>
<div id="shopify-section-sections--1712__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details
id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon
icon-hamburger"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Pennyfall Palace</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${pNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(' ', '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon icon-search"></svg></span></summary></details></details-modal>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty"></svg><span
class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1712__main" class="shopify-section section"><div class="page-width page-width--narrow
section-template--1712__main-padding">
<h1 class="main-page-title page-title h0">${pTitle}</h1><div class="rte">
<p>${pIntro}</p><table><thead>${trs([pHead], 'th')}</thead><tbody>${trs(pRows)}</tbody></table>
<h2>Ride prices</h2><ul>${lis(pRides)}</ul><h2>Tickets and prizes</h2>${ps(pRedeem)}</div></div></section>
<section id="shopify-section-template--1712__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient isolate">
<div class="collection section-template--1712__featured_collection-padding"><div class="collection__title title-wrapper title-wrapper--no-top-margin
page-width">
<h2 class="title inline-richtext h2">Gift cards</h2></div><slider-component class="slider-mobile-gutter page-width"><ul
id="Slider-template--1712__featured_collection"
class="grid product-grid contains-card contains-card--product grid--3-col-desktop" role="list">${pProducts.map(card).join('\n')}</ul></slider-component>
<div class="center collection__view-all"><a href="/collections/gift-cards" class="button">View all</a></div></div></div></section></main>
<div id="shopify-section-sections--1712__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block
grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(pQuick)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1712__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1712__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Pennyfall Palace</a></small><small class="copyright__content"><a target="_blank"
rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by
Shopify</a></small></div></div></div></footer></div>
<script src="//pennyfallpalace.co.uk/cdn/shop/t/3/assets/global.js?v=1712" defer="defer"></script></body></html>`;
const pennyfall: TestPage = {
  name: 'heldout545-pennyfall-tokens',
  kind: 'docs',
  html: pHtml,
  title: 'Tokens & Prices',
  headings: ['Ride prices', 'Tickets and prizes'],
  body: texts([pIntro, ...rowTexts(pRows), ...pRides, ...pRedeem]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free play card with every £20 gift card', 'Home', 'Parties', 'Find us',
    ...pProducts.flat(), 'View all', 'Quick links', ...pQuick, 'Subscribe to our emails', 'Email', '© 2026, Pennyfall Palace', 'Powered by Shopify',
  ],
};

const gTitle = 'A winter on the boards: saving the Hollins Bay pavilion';
const gDek = 'Forty volunteers, 212 new deck planks and one very stubborn weather vane. Here is how the pavilion got ready for its 130th summer.';
const gParas = [
  j(
    'When the pier closed for the winter in October, the pavilion roof was letting in water at eleven places and a third of the',
    'deck around it had been fenced off since the spring survey. We had five months and a grant of £86,000 to put that right.',
  ),
  j(
    'The first job was the roof. Scaffolding went up in the first week of November, and the slaters found that the original',
    'Welsh slates were sound: it was the lead flashings that had failed. Those were replaced by the end of the year.',
  ),
];
const gDeck = [
  j(
    'Decking is where the volunteers came in. Every Saturday from January, teams of six lifted the old planks, checked the',
    'joists underneath and screwed down new ones of sustainably grown ekki hardwood. We replaced 212 planks in all.',
  ),
  'Volunteer sessions start again in September. No experience is needed; we provide gloves, tools and a hot lunch.',
];
const gCallout = 'Our thanks to the Coastal Revival Fund, whose grant paid for the roof, and to Hollins Bay Town Council for the scaffolding.';
const gVane = [
  j(
    'The copper weather vane on the pavilion dome, a leaping fish, had been stuck pointing north-east since at least 1987.',
    'A local blacksmith took it down, freed the spindle and re-gilded the fins. It now turns again, to the delight of the anglers.',
  ),
  'The pavilion reopens on Good Friday with the Pier Trust’s spring fair. We hope to see you there.',
];
const gNav = ['Home', 'About the pier', 'Volunteer', 'Donate'];
const gMore = [
  [
    'Events',
    'Spring fair: stalls, music and the return of the pier train',
    'The fair is back on the pier head for Easter weekend.',
    'Feb 2, 2026',
    '3 min read',
  ],
  ['News', 'Survey results: what you want from the pier', 'Nearly 900 of you answered our questionnaire last summer.', 'Jan 12, 2026', '4 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.hollinsbaypier.org/assets/built/screen.css?v=5a2f1c0e9d">
<link rel="canonical" href="https://news.hollinsbaypier.org/a-winter-on-the-boards/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Hollins Bay Pier Trust"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-09T10:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Hollins Bay Pier Trust"},
"author":{"@type":"Person","name":"Mags Orrell"},"headline":"${gTitle}","datePublished":"2026-03-09T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://news.hollinsbaypier.org/"
data-key="3f1c0a9b8e7d" data-api="https://news.hollinsbaypier.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style></head>
<body class="post-template tag-restoration tag-pavilion is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://news.hollinsbaypier.org">Hollins Bay Pier Trust</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><div
class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-restoration tag-pavilion">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/restoration/">Restoration</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/mags/" class="author-avatar" aria-label="Read more of Mags Orrell">
<img class="author-profile-image" src="/content/images/size/w100/2025/05/mags.jpg" alt="Mags Orrell"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/mags/">Mags Orrell</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-03-09">Mar
9, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/pavilion-scaffold.jpg 300w"
src="/content/images/size/w2000/2026/03/pavilion-scaffold.jpg"
alt="Scaffolding around the pavilion dome"><figcaption>The pavilion under scaffold in November. Photo: Dan Pryce</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gParas)}
<h2 id="the-deck">The deck</h2>${ps(gDeck)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/planks.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="1067">
<figcaption><span style="white-space: pre-wrap;">Saturday volunteers with the first of the new planks.</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💙</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="the-weather-vane">The weather vane</h2>${ps(gVane)}</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([tag, t, ex, d, len]) => `<article class="post-card post">
<a class="post-card-image-link" href="/spring-fair/"><img class="post-card-image" src="/content/images/2026/02/fair.jpg" alt="" loading="lazy"></a><div
class="post-card-content">
<a class="post-card-content-link" href="/spring-fair/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">${tag ?? ''}</span></div>
<h2 class="post-card-title">${t ?? ''}</h2></header><div class="post-card-excerpt">${ex ?? ''}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-02-02">${d ?? ''}</time><span class="post-card-meta-length">${len ?? ''}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.hollinsbaypier.org">Hollins Bay Pier Trust</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://news.hollinsbaypier.org/assets/built/casper.js?v=5a2f1c0e9d"></script></body></html>`;
const hollins: TestPage = {
  name: 'heldout545-ghost-pier-pavilion',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['The deck', 'The weather vane'],
  body: texts([gDek, ...gParas, ...gDeck, gCallout, ...gVane]),
  bylines: ['Mags Orrell', 'Mar 9, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollins Bay Pier Trust', 'Home', 'About the pier', 'Donate', 'Sign in', 'Subscribe', 'Restoration',
    'The pavilion under scaffold in November. Photo: Dan Pryce',
    'Saturday volunteers with the first of the new planks.', 'Sign up for more like this.', 'Enter your email', ...gMore.flat(),
    'Hollins Bay Pier Trust © 2026', 'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT545_D: readonly TestPage[] = [pennyfall, hollins];
