import { type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file e2: a golf pro shop's journal article on Shopify with the Dawn theme (announcement bar, header,
 * share button, comment form, newsletter footer).
 */
const pTitle = 'Custom fitting days at the pro shop: what to expect';
const pBody = [
  j(
    'Twice a month we set up the launch monitor on the practice ground and spend an hour with each golfer working out which',
    'clubs suit their swing. Members often ask what happens in a fitting, so here is a walk through a typical session.',
  ),
  'Before you arrive',
  j(
    'Bring the clubs you play with now, and the ball you normally use. Warm up on the range for ten minutes before your slot;',
    'a cold swing gives misleading numbers. If you have an old injury that affects your swing, tell us when you book.',
  ),
  'The session',
  j(
    'We start with your own seven-iron and driver to get a baseline: club speed, launch angle, spin and where the ball finishes.',
    'Then we try different heads and shafts, changing one thing at a time, until the numbers and your feel agree.',
  ),
  j(
    'Most golfers are surprised by how much the shaft matters. A shaft that is too stiff usually shows up as a low, right-moving',
    'ball flight and a loss of ten yards or more.',
  ),
  'Afterwards',
  j(
    'You get a printed summary of the numbers and our recommendations, with no obligation to buy. If you do order clubs through',
    'us, the £40 fitting fee comes off the price, and we will check the new set on the monitor when it arrives.',
  ),
];
const pNav = ['Shop all', 'Clubs', 'Balls', 'Clothing', 'Lessons', 'Fitting', 'Journal'];
const pFoot = ['Search', 'Opening hours', 'Delivery', 'Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://shop.carrowmoregolf.ie/blogs/journal/custom-fitting-days-what-to-expect">
<title>${pTitle} &ndash; Carrowmore Golf Club Pro Shop</title><meta name="description"
content="Twice a month we set up the launch monitor on the practice ground.">
<meta property="og:site_name" content="Carrowmore Golf Club Pro Shop"><meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "carrowmore-pro-shop.myshopify.com";
Shopify.theme = {"name":"Dawn","id":151203,"schema_name":"Dawn",
"schema_version":"15.0.0","role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${pTitle}","datePublished":"2026-02-11T09:00:00Z",
"author":{"@type":"Person","name":"Rhodri Penhale"}}</script>
<link href="//shop.carrowmoregolf.ie/cdn/shop/t/3/assets/base.css?v=12345" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--18290__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message h5"><span>Free delivery in Ireland on orders over €60</span></p></div></div></div></div></div>
<div id="shopify-section-sections--18290__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width
header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger"></svg>
</span></summary>
</details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper">
<img src="//shop.carrowmoregolf.ie/cdn/shop/files/carrowmore-logo.png?v=1&amp;width=300" alt="Carrowmore Golf Club Pro Shop" width="150" height="52"
class="header__heading-logo motion-reduce"></div></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a id="HeaderMenu-${t.toLowerCase().replace(/ /g, '-')}" href="/collections/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === 'Journal' ? ' aria-current="page"' : ''}>
<span${t === 'Journal' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><div class="desktop-localization-wrapper"></div><details-modal class="header__search"><details><summary
class="header__icon
header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search">
</svg></span>
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg
class="icon icon-account"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg
class="icon icon-cart-empty">
</svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--18301__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;"><img
srcset="//shop.carrowmoregolf.ie/cdn/shop/articles/fitting.jpg?v=1&amp;width=1100 1100w"
src="//shop.carrowmoregolf.ie/cdn/shop/articles/fitting.jpg?v=1&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="619"
alt="Launch monitor on the range">
</div></div><header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time
datetime="2026-02-11T09:00:00Z">February 11, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Rhodri Penhale</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--18301__main"
class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share"></svg>Share</button><details id="Details-share-template--18301__main">
<summary class="share-button__button"><svg class="icon icon-share"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field">
<span id="ShareMessage-template--18301__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--18301__main" value="https://shop.carrowmoregolf.ie/blogs/journal/custom-fitting-days-what-to-expect" placeholder="Link"
onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--18301__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${pBody[0]}</p><h3>${pBody[1]}</h3><p>${pBody[2]}</p><h3>${pBody[3]}</h3><p>${pBody[4]}</p><p>${pBody[5]}</p><h3>${pBody[6]}</h3><p>${pBody[7]}</p>
<p><a href="/products/custom-fitting-session" title="Custom fitting session">Book a fitting session</a></p></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post"
action="/blogs/journal/custom-fitting-days-what-to-expect/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div
class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email"
autocomplete="email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span>
</label></div></div>
<div class="field"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<div class="article-template__comments-comment"><input type="submit" class="button" value="Post comment"></div></form></div></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap">
<svg class="icon icon-arrow"></svg></span>Back to blog</a></div></article></section></main>
<div id="shopify-section-sections--18291__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--18291__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2
class="footer-block__heading inline-richtext">
Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--18291__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label
class="field__label"
for="NewsletterForm--sections--18291__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit"
aria-label="Subscribe"><svg class="icon icon-arrow"></svg></button></div></div></form></div></div>
<div class="footer-block grid__item"><ul class="footer-block__details-content list-unstyled">${pFoot
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="link link--text list-menu__item list-menu__item--link">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2026,
<a href="/" title="">Carrowmore Golf Club Pro Shop</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">
Powered by Shopify</a></small></div></div></div></footer></div>
<script src="//shop.carrowmoregolf.ie/cdn/shop/t/3/assets/global.js?v=123" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout494-shopify-dawn-fitting',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pBody[1] ?? '', pBody[3] ?? '', pBody[6] ?? ''],
  body: pBody.filter((_, i) => ![1, 3, 6].includes(i)),
  bylines: ['February 11, 2026', 'by Rhodri Penhale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery in Ireland on orders over €60', ...pNav, 'Log in', 'Cart', 'Share', 'Book a fitting session', 'Leave a comment',
    'Name *', 'Email *', 'Comment *',
    'Please note, comments need to be approved before they are published.', 'Back to blog', 'Subscribe to our emails', 'Email',
    ...pFoot, '© 2026, Carrowmore Golf Club Pro Shop', 'Powered by Shopify',
  ],
};

export const HELDOUT494_E2: readonly TestPage[] = [shopify].map(settle);
