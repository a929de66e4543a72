import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file d: a dentist's blog post on aftercare after teeth whitening on Ghost (Casper theme, with the
 * members' sign-up box and "read more" cards), and a contact lens care page on a Shopify store (Dawn theme).
 */
const gTitle = 'The first 48 hours after teeth whitening';
const gExcerpt = 'What to eat, what to avoid and how to deal with sensitivity in the two days after your whitening appointment.';
const gParas = [
  j(
    'Straight after whitening, your teeth are at their most porous. The gel opens up the tiny pores in the enamel, and for a day',
    'or two they soak up colour far more easily than usual. What you eat and drink in that window makes a real difference to how',
    'white your teeth stay.',
  ),
  j('We tell our patients to follow what we call the white diet. If a food or drink would stain a white shirt, keep it away from', 'your teeth for 48 hours.'),
];
const gAvoid = ['coffee, tea and cola', 'red wine and rosé', 'curry, tomato sauce and soy sauce', 'berries, beetroot and dark chocolate', 'smoking and vaping'];
const gEat = [
  j('Chicken, white fish, pasta, rice, potatoes, bananas, plain yoghurt and cheese are all fine. Water and milk are the best', 'drinks.'),
  j(
    'If you really can’t give up your morning coffee, let it cool a little, add plenty of milk and drink it through a straw.',
    'Rinse your mouth with water straight afterwards.',
  ),
];
const gSens = [
  j('About half of our patients notice some sensitivity, usually short, sharp twinges that come and go. It normally settles within', 'a day or two.'),
  'Brush with a toothpaste for sensitive teeth, and rub a little onto the teeth before bed.',
  'Avoid very hot and very cold food and drinks.',
  'Take your usual painkiller if you need to, following the instructions on the packet.',
  j(
    'If sensitivity lasts longer than three days, or your gums look white or sore, stop using any home trays and give us a ring.',
    'We will take a look and adjust your gel strength if needed.',
  ),
];
const gQuote = '“Whitening is not a one-off. A good routine afterwards is what keeps the result.”';
const gHeads = ['What to avoid', 'What you can eat', 'If your teeth feel sensitive'];
const gNav = ['Home', 'Treatments', 'Whitening', 'Aftercare', 'About the practice'];
const gMore = ['How to look after a new crown', 'Electric or manual: which toothbrush?', 'Why your gums bleed when you floss'];
const gCard = (t: string): string => `<article class="post-card post tag-aftercare"><a class="post-card-image-link" href="/${t
  .toLowerCase()
  .replace(/[^a-z]+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/2026/02/card.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Aftercare</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-02-12">Feb 12, 2026</time>
<span class="post-card-meta-length">4 min read</span></footer>
</div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2b1c4d5e"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://journal.pennardsmiles.example/first-48-hours-after-teeth-whitening/">
<meta property="og:site_name" content="Pennard Smiles Journal">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-18T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Pennard Smiles Journal"},
"author":{"@type":"Person","name":"Dr Ffion Rees"},"headline":"${gTitle}","datePublished":"2026-03-18T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://journal.pennardsmiles.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-aftercare tag-whitening is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.pennardsmiles.example">Pennard Smiles Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20" aria-hidden="true"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-aftercare tag-whitening"><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/aftercare/">Aftercare</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ffion/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/09/ffion.jpg" alt="Dr Ffion Rees"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ffion/">Dr Ffion Rees</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-18">Mar 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/whitening.jpg 300w" src="/content/images/size/w2000/2026/03/whitening.jpg"
alt="A patient smiling in the dental chair"><figcaption>Results straight after an in-surgery whitening session.</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gParas)}
<h2 id="what-to-avoid">${gHeads[0]}</h2><ul>${lis(gAvoid)}</ul>
<h2 id="what-you-can-eat">${gHeads[1]}</h2>${ps(gEat)}
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
<h2 id="if-your-teeth-feel-sensitive">${gHeads[2]}</h2>${ps(gSens.slice(0, 1))}<ul>${lis(gSens.slice(1, 4))}</ul>${ps(gSens.slice(4))}
<div class="kg-card kg-button-card kg-align-center"><a href="https://pennardsmiles.example/book" class="kg-btn kg-btn-accent">Book a whitening top-up</a></div>
</section>
<section class="article-comments gh-canvas"></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.pennardsmiles.example">Pennard Smiles Journal</a> © 2026</section>
<nav class="site-footer-nav"><ul><li><a href="/privacy/">Privacy</a></li><li><a href="https://pennardsmiles.example">Practice website</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8f2b1c4d5e"></script></body></html>`;
const ghostWhitening: TestPage = {
  name: 'heldout499-ghost-whitening-aftercare',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...gParas, ...gAvoid, ...gEat, gQuote, ...gSens]),
  bylines: ['Dr Ffion Rees', 'Mar 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pennard Smiles Journal', ...gNav, '3 min read', 'Sign in', 'Subscribe', 'Aftercare', 'Results straight after an in-surgery whitening session.',
    'Book a whitening top-up', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore, 'Feb 12, 2026', '4 min read',
    'Pennard Smiles Journal © 2026', 'Privacy', 'Practice website', 'Powered by Ghost',
  ],
};

const sTitle = 'Contact lens care: the essentials';
const sIntro = [
  j(
    'Most contact lens problems come down to how lenses are cleaned and stored. A few simple habits will keep your eyes',
    'comfortable and greatly lower the risk of infection.',
  ),
];
const sDo = [
  'Wash and dry your hands before touching your lenses.',
  'Rub and rinse monthly and two-weekly lenses with fresh solution every time you take them out.',
  'Empty your case, rinse it with solution and leave it open to air-dry face down.',
];
const sDont = [
  'Never use tap water, bottled water or saliva on your lenses or case.',
  'Don’t top up old solution. Use fresh solution every night.',
  'Don’t sleep, swim or shower in your lenses unless your optician has said it is safe.',
];
const sRows = [
  ['Daily disposables', 'Every day', 'No case needed'],
  ['Two-weekly', 'Every 14 days', 'Every month'],
  ['Monthly', 'Every 30 days', 'Every month'],
];
const sEnd = j(
  'If your eye becomes red, painful or sensitive to light, take your lenses out and leave them out. If it has not improved within',
  'a few hours, see an optometrist the same day. Remember that your lens prescription needs checking with an aftercare appointment',
  'at least once a year.',
);
const sHeads = ['Do', 'Don’t', 'When to replace lenses and cases', 'If something feels wrong'];
const sNav = ['Daily lenses', 'Monthly lenses', 'Solutions & care', 'Eye drops', 'Subscriptions'];
const sQuick = ['Search', 'Delivery', 'Returns', 'Prescription FAQs', 'Contact us'];
const sMenuLi = (t: string): string =>
  `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace('&', '&amp;')}</span></a></li>`;
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://lensloop.example/pages/contact-lens-care">
<title>Contact lens care &ndash; Lensloop</title>
<meta name="description" content="How to clean, store and replace your contact lenses safely."><meta property="og:site_name" content="Lensloop">
<script>var Shopify = Shopify || {};Shopify.shop = "lensloop.myshopify.com";Shopify.locale = "en";
Shopify.theme = {"name":"Dawn","id":148201,"schema_name":"Dawn",
"schema_version":"13.0.1","role":"main"};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"page"}</script>
<link href="//lensloop.example/cdn/shop/t/3/assets/base.css?v=144997082486365258741710000000" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1820__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free delivery on orders over £30</span></p></div></div></div></div>
<div id="shopify-section-sections--1820__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container">
<div class="menu-drawer__navigation-container">
<nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav, 'menu-drawer__menu-item')}</ul></nav>
<div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div>
</div></div></div>
</details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//lensloop.example/cdn/shop/files/lensloop-logo.png?v=1"
alt="Lensloop" width="140" height="36" class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav.map(sMenuLi).join('\n')}</ul></nav>
<div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div>
<div class="search-modal__content search-modal__content-bottom" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form">
<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1820__main" class="shopify-section section">
<div class="page-width page-width--narrow section-template--1820__main-padding">
<h1 class="main-page-title page-title h0">${sTitle}</h1><div class="rte">${ps(sIntro)}
<h2>${sHeads[0]}</h2><ul>${lis(sDo)}</ul><h2>${sHeads[1]}</h2><ul>${lis(sDont)}</ul>
<h2>${sHeads[2]}</h2><table><thead><tr><th>Lens type</th><th>Replace lenses</th><th>Replace case</th></tr></thead><tbody>${trs(sRows)}</tbody></table>
<h2>${sHeads[3]}</h2><p>${sEnd}</p></div></div></section></main>
<div id="shopify-section-sections--1820__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1820__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">${links(sQuick)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field">
<input id="NewsletterForm--sections--1820__footer" type="email" name="contact[email]" class="field__input" value="" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1820__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Lensloop</a></small>
<small class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify">Powered by Shopify</a></small>
</div></div></div></div></footer></div>
<div id="shopify-section-cart-drawer" class="shopify-section"><cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer">
<div id="CartDrawer-Overlay" class="cart-drawer__overlay"></div><div class="drawer__inner" role="dialog" aria-modal="true" aria-label="Your cart" tabindex="-1">
<div class="drawer__inner-empty"><div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content">
<h2 class="cart__empty-text">Your cart is empty</h2>
<a href="/collections/all" class="button">Continue shopping</a></div></div></div></div></div></cart-drawer></div>
<script src="//lensloop.example/cdn/shop/t/3/assets/global.js?v=37284204640041572741710000000" defer="defer"></script></body></html>`;
const shopifyLensCare: TestPage = {
  name: 'heldout499-shopify-contact-lens-care',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sDo, ...sDont, ...rowTexts(sRows), sEnd]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on orders over £30', ...sNav, 'Log in', 'Cart', 'Quick links', ...sQuick, 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2026, Lensloop', 'Powered by Shopify',
  ],
};

export const HELDOUT499_D: readonly TestPage[] = [ghostWhitening, shopifyLensCare].map(finish);
