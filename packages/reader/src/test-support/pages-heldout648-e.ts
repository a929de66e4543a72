import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file e: a salsa school's shop journal article on Shopify (Dawn theme, announcement bar, share button,
 * comment form, newsletter footer).
 */
const sTitle = 'What to wear to your first salsa class';
const sBody = [
  j(
    'Every week someone messages us the night before their first class to ask what they should wear. The short answer is:',
    'something comfortable that lets you turn. The longer answer is below.',
  ),
  'Shoes first',
  j(
    'Shoes matter more than anything else. You want a sole that lets you spin on the ball of your foot without sticking. Smooth',
    'leather-soled shoes are ideal. Avoid trainers with deep treads and anything that slips off the heel.',
  ),
  j(
    'You do not need proper dance shoes for the first few weeks. If you decide to keep going, our <a href="/collections/practice-shoes">practice',
    'shoes</a> have a suede sole and a low heel, and you can try them on in the studio before you buy.',
  ),
  'Clothes',
  'Trousers or a skirt you can move your legs freely in',
  'A light top: the studio gets warm by the second half of the class',
  'No long, loose sleeves or bags on your shoulder, which catch on your partner during turns',
  'Small things that help',
  j(
    'Bring a bottle of water and, if you are prone to getting warm, a spare T-shirt. Leave big jewellery at home, and keep',
    'your nails short enough that they will not scratch your partner\u2019s hands.',
  ),
  'Most of all, bring a smile. Nobody expects you to be good yet, and everyone in the room was a beginner once.',
];
const sNav = ['Home', 'Shoes', 'Classes', 'Gift Cards', 'Journal'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://saborstudio.co.uk/blogs/journal/what-to-wear-to-your-first-salsa-class">
<title>${sTitle} &ndash; Sabor Studio</title><meta name="description" content="Shoes, clothes and small things that help on your first night.">
<meta property="og:site_name" content="Sabor Studio"><meta property="og:type" content="article"><meta property="og:title" content="${sTitle}">
<script src="//saborstudio.co.uk/cdn/shop/t/4/assets/constants.js?v=58251544750838685771712000000" defer="defer"></script>
<script>window.shopUrl = 'https://saborstudio.co.uk'; 
window.routes = {cart_add_url: '/cart/add', cart_url: '/cart', predictive_search_url: '/search/suggest'};</script>
<script id="shop-js-analytics" type="application/json">{"pageType":"article"}</script>
<style data-shopify>:root {--font-body-family: Assistant, sans-serif; --page-width: 120rem;}</style>
<link href="//saborstudio.co.uk/cdn/shop/t/4/assets/base.css?v=1507215283475088291712000000" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1612__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="utility-bar color-scheme-1 gradient">
<div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width">
<p class="announcement-bar__message h5"><span>Free UK delivery on shoe orders over £60</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1612__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg xmlns="http://www.w3.org/2000/svg"
aria-hidden="true" focusable="false" class="icon icon-hamburger" fill="none" viewBox="0 0 18 16"><path d="M1 .5a.5.5 0 100 1h15.71a.5.5 0 000-1H1z"
fill="currentColor"></path></svg></span></summary>
<div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1"><div class="menu-drawer__inner-container"><div
class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">
${links(sNav)}</ul></nav><div class="menu-drawer__utility-links"><a href="/account/login"
class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide">Log in</a></div></div></div></div></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//saborstudio.co.uk/cdn/shop/files/sabor-logo.png?v=1699&amp;width=600" alt="Sabor Studio" width="150" height="48" class="header__heading-logo
motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"${t === 'Journal' ? ' aria-current="page"' : ''}>
<span${t === 'Journal' ? ' class="header__active-menu-item"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg
class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div><div
class="search-modal__content search-modal__content-bottom" tabindex="-1">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal" type="search" name="q" value="" placeholder="Search"><label class="field__label" for="Search-In-Modal">Search</label></div></form></div>
</div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg aria-hidden="true" class="icon icon-account"></svg><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><svg class="icon icon-cart-empty" aria-hidden="true"
focusable="false"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1612__main"
class="shopify-section section">
<article class="article-template"><div class="article-template__hero-container"><div class="article-template__hero-medium media"
style="padding-bottom: 56.25%;">
<img srcset="//saborstudio.co.uk/cdn/shop/articles/first-class.jpg?v=1705741200&amp;width=350 350w,
//saborstudio.co.uk/cdn/shop/articles/first-class.jpg?v=1705741200&amp;width=750 750w"
src="//saborstudio.co.uk/cdn/shop/articles/first-class.jpg?v=1705741200&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="619.0"
alt="Dancers in a beginners class"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-01-20T09:00:00Z">January 20, 2026</time></span><span
class="caption-with-letter-spacing">Marisol Vega</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1612__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" fill="none"></svg>Share</button>
<details id="Details-share-template--1612__main"><summary class="share-button__button"><svg width="13" height="12" class="icon icon-share" aria-hidden="true">
</svg>Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1612__main" class="share-button__message hidden"
role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1612__main"
value="https://saborstudio.co.uk/blogs/journal/what-to-wear-to-your-first-salsa-class" placeholder="Link" onclick="this.select();" readonly><label
class="field__label" for="ShareUrl-template--1612__main">Link</label></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte">
${ps([at(sBody, 0)])}<h2>${at(sBody, 1)}</h2>${ps(sBody.slice(2, 4))}<h2>${at(sBody, 4)}</h2><ul>${lis(sBody.slice(5, 8))}</ul>
<h2>${at(sBody, 8)}</h2>${ps(sBody.slice(9))}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg aria-hidden="true" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2
id="Comments-template--1612__main" class="h2">2 comments</h2>
<div class="article-template__comments"><article id="2049" class="article-template__comments-comment"><div class="rte">
<p>Went last Thursday in my old work shoes and it was fine. Bought proper ones after week three!</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">Fran</span><span class="caption-with-letter-spacing"><time
datetime="2026-01-28T20:14:00Z">January 28, 2026</time></span></footer></article></div>
<form method="post" action="/blogs/journal/what-to-wear-to-your-first-salsa-class/comments#comment_form" id="comment_form" accept-charset="UTF-8"
class="comment-form" enctype="multipart/form-data"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" autocomplete="name" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span>
</label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input"
placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div>
<div class="field"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p><input type="submit"
class="button" value="Post comment"></form></div></div>
</article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--1612__footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content list-unstyled">
${links(['Search', 'Shipping and returns', 'Class terms', 'Contact us'])}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden"
name="form_type" value="customer"><div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--1612__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off"
autocapitalize="off" autocomplete="email" placeholder="Email" required>
<label class="field__label" for="NewsletterForm--sections--1612__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" id="Subscribe" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small
class="copyright__content">&copy; 2026, <a href="/" title="">Sabor Studio</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div>
</footer>
<script src="//saborstudio.co.uk/cdn/shop/t/4/assets/global.js?v=37284204640041572741712000000" defer="defer"></script></body></html>`;
const shopifyWear: TestPage = {
  name: 'heldout648-salsa-what-to-wear-shopify',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 4), at(sBody, 8)],
  body: texts(sBody.filter((_, i) => ![1, 4, 8].includes(i))),
  bylines: ['January 20, 2026', 'Marisol Vega'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on shoe orders over £60', 'Classes', 'Gift Cards', 'Journal', 'Search', 'Log in', 'Cart', 'Share', 'Back to blog',
    '2 comments', 'Went last Thursday in my old work shoes and it was fine. Bought proper ones after week three!', 'Fran', 'January 28, 2026',
    'Leave a comment', 'Name', 'Comment', 'Please note, comments need to be approved before they are published.', 'Quick links',
    'Shipping and returns', 'Class terms', 'Contact us', 'Subscribe to our emails', 'Email', '© 2026, Sabor Studio', 'Powered by Shopify',
  ],
};

export const HELDOUT648_E: readonly TestPage[] = [shopifyWear];
