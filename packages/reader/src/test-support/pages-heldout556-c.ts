import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, but, j, lis, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file c: a lock shop's blog article on Shopify (Dawn theme) with an announcement bar, share button,
 * comment form and a product slider, and a Discourse topic on a locks and keys forum in the crawler (no-JavaScript) view (in file c2).
 */
const sTitle = 'Smart Lock or Keypad Lock? Choosing for a Holiday Let';
const sBody = [
  j(
    'If you let a cottage or flat to guests, you have probably already had the call at 10pm from someone who cannot find the key',
    'safe. Keyless locks solve that problem, but there are two quite different kinds and they suit different lets.',
  ),
  'Keypad locks',
  j(
    'A keypad lock is self-contained: you set a code on the lock itself, and guests type it in. There is no Wi-Fi and no app, so',
    'nothing to go wrong if the router drops out. The downside is that changing the code means a visit, or a cleaner you trust',
    'with the master code.',
  ),
  j(
    'For a let with a regular changeover crew and a patchy signal, such as a farm cottage, a keypad lock is usually the better',
    'choice. Pick one with a mechanical key override and a low-battery warning on the keypad.',
  ),
  'Smart locks',
  j(
    'A smart lock connects to your phone through a bridge or its own Wi-Fi. You can send each booking its own code that only',
    'works from check-in to check-out, and you get a notification when the guest arrives.',
  ),
  'Codes that expire on their own at check-out',
  'A record of every entry, useful if there is ever a dispute',
  'Links with most booking calendars, so codes are sent without you lifting a finger',
  j(
    'You pay for this with batteries, updates and a monthly fee on some models. Check that the lock still opens with a code if',
    'the internet is down: the better ones store codes on the lock itself.',
  ),
  'Don’t forget the insurance',
  j(
    'Whichever you choose, the cylinder behind it still matters. Many holiday let insurers ask for a lock to BS 3621 or a cylinder',
    'rated TS007 3 star, and some keyless units replace the cylinder entirely. Ask your insurer before you buy, and keep the',
    'certificate that comes in the box.',
  ),
  j('Still not sure? Our team will happily look at photos of your door and tell you what fits. Email us and we usually reply the', 'same day.'),
];
const sNav = ['Door Locks', 'Smart Locks', 'Padlocks', 'Safes', 'Advice', 'Trade'];
const sProducts = [
  ['Aldane K2 Keypad Deadlatch', '£129.00 GBP'],
  ['Aldane S5 Smart Lock with Bridge', '£219.00 GBP'],
  ['Vintry Anti-Snap Cylinder 3 Star', '£42.00 GBP'],
];
const sFoot = ['Delivery', 'Returns', 'Trade accounts', 'Contact us', 'Privacy policy'];
const card = ([n, p]: readonly string[], i: number): string => `<li id="Slide-fc-${i}" class="grid__item slider__slide">
<div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div class="card__inner ratio">
<div class="card__media"><img src="//lockhouse.example/cdn/shop/files/p${i}.jpg?width=533" alt="${n}" loading="lazy"></div></div>
<div class="card__content"><div class="card__information"><h3 class="card__heading h5" id="title-fc-${i}"><a href="/products/p${i}"
class="full-unstyled-link">${n}</a></h3><div class="card-information"><div class="price"><div class="price__container"><div class="price__regular">
<span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">${p}</span></div></div></div></div>
</div></div></div></div></li>`;
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://lockhouse.example/blogs/advice/smart-lock-or-keypad-lock"><title>${sTitle} &ndash; Lockhouse Supply</title>
<meta name="description" content="Keypad or smart lock for a holiday cottage? How to choose."><meta property="og:site_name" content="Lockhouse Supply">
<meta property="og:type"
content="article"><script>window.Shopify = window.Shopify || {};Shopify.shop = "lockhouse-supply.myshopify.com";
Shopify.theme = {"name":"Dawn","schema_name":"Dawn","schema_version":"15.0.0"};</script>
<script type="module">!function(o){(o.Shopify=o.Shopify||{}).modules=!0}(window);</script>
<link href="//lockhouse.example/cdn/shop/t/4/assets/base.css?v=1446" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem}</style></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-1 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><nav class="menu-drawer__navigation">
<ul class="menu-drawer__menu has-submenu list-menu" role="list">${links(sNav, 'menu-drawer__menu-item')}</ul></nav></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//lockhouse.example/cdn/shop/files/lockhouse-logo.png?width=300" alt="Lockhouse Supply" class="header__heading-logo"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${sNav
  .map(
    (t) =>
      `<li><a href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset
modal__toggle" aria-haspopup="dialog" aria-label="Search"></summary><div class="search-modal modal__content gradient" role="dialog" aria-modal="true"
aria-label="Search"><form action="/search" method="get" role="search" class="search search-modal__form"><div class="field">
<input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="Search">
<label class="field__label" for="Search-In-Modal">Search</label></div></form></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><article class="article-template" itemscope
itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image">
<img srcset="//lockhouse.example/cdn/shop/articles/keypad.jpg?width=1100 1100w" alt="A keypad lock on a cottage door" width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-02-11T10:00:00Z">February 11, 2026</time>
</span><span class="caption-with-letter-spacing" itemprop="author">by Nadia Okoro</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg> Share</button><details id="Details-share-main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg> Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-main" value="https://lockhouse.example/blogs/advice/smart-lock-or-keypad-lock" placeholder="Link" readonly>
<label class="field__label" for="ShareUrl-main">Link</label></div><button class="share-button__close hidden no-js-hidden"><span
class="visually-hidden">Close share</span>
</button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">Copy link</span></button></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(sBody.slice(0, 1))}<h2>${sBody[1]}</h2>${ps(sBody.slice(2, 4))}<h2>${sBody[4]}</h2>${ps(sBody.slice(5, 6))}<ul>${lis(sBody.slice(6, 9))}</ul>
${ps(sBody.slice(9, 10))}<h2>${sBody[10]}</h2>${ps(sBody.slice(11))}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/advice" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/advice/smart-lock-or-keypad-lock/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section>
<section id="shopify-section-template--2__featured_collection" class="shopify-section section"><div class="color-scheme-1 gradient"><div
class="collection page-width">
<div class="collection__title title-wrapper title-wrapper--no-top-margin"><h2
class="title inline-richtext h2 scroll-trigger animate--slide-in">Shop keyless locks</h2>
</div><slider-component class="slider-mobile-gutter"><ul id="Slider-fc" class="grid product-grid contains-card contains-card--product grid--3-col-desktop"
role="list" aria-label="Slider">${sProducts.map(card).join('\n')}</ul></slider-component>
<div class="center collection__view-all"><a href="/collections/smart-locks" class="button">View all</a></div></div></div></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-footer">
<div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div><div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post"
action="/contact#contact_form"
id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer"
type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption">
<small class="copyright__content">&copy; 2026, <a href="/" title="">Lockhouse Supply</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com">Powered by Shopify</a></small></div></div></div></footer></div>
<script src="//lockhouse.example/cdn/shop/t/4/assets/global.js?v=8413" defer="defer"></script></body></html>`;
const lockhouse: TestPage = tidy({
  name: 'heldout556-shopify-dawn-keyless-locks',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: at(sBody, [1, 4, 10]),
  body: texts(but(sBody, [1, 4, 10])),
  bylines: ['February 11, 2026', 'by Nadia Okoro'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', ...sNav, 'Search', 'Share', 'Link', 'Back to blog', 'Leave a comment', 'Name *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Shop keyless locks', ...sProducts.flat(), 'View all', 'Help', ...sFoot,
    'Subscribe to our emails', 'Email', '© 2026, Lockhouse Supply', 'Powered by Shopify',
  ],
});

export const HELDOUT556_C: readonly TestPage[] = [lockhouse];
