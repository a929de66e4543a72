import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file b2: a yarn shop's journal article on Shopify with the Dawn theme (announcement bar, share button,
 * "Back to blog", comment form, newsletter and payment icons in the footer).
 */
const dTitle = 'How to Mordant Wool with Alum';
const dIntro = [
  j(
    'Most plant dyes will only give fast, bright colour on wool if the fibre has been mordanted first. A mordant is a metal salt',
    'that bonds to the fibre and then to the dye, and for protein fibres the safest and most reliable one is aluminium potassium',
    'sulphate, sold simply as alum.',
  ),
  'This is the method we use for every skein of naturally dyed yarn in the shop. It works for wool, alpaca and mohair in any quantity.',
];
const dNeed = [
  'alum at 10% of the dry weight of the fibre (10 g for every 100 g of wool)',
  'cream of tartar at 6% of the dry weight of the fibre, which keeps wool soft',
  'a stainless steel or enamel pot kept only for dyeing',
  'a thermometer, rubber gloves and a dust mask for measuring the powder',
];
const dSteps = [
  'Weigh the dry wool and work out the amounts of alum and cream of tartar.',
  'Soak the scoured wool in lukewarm water for at least an hour so that it wets through evenly.',
  'Dissolve the alum and cream of tartar separately in boiling water, then stir both into a pot of warm water.',
  'Lift the wet wool into the pot, and bring it slowly up to 80 °C over about an hour.',
  'Hold it at 80 °C for one hour, turning the wool gently every fifteen minutes.',
  'Leave the wool to cool in the pot overnight, then rinse it and dye it straight away or dry it and store it.',
];
const dTips = [
  j(
    'Never let the pot boil. Wool that is heated too fast or too hot, or moved about too much, will felt and turn harsh. If your',
    'stove is hard to control, a slow cooker kept only for dyeing works well for small amounts.',
  ),
  j(
    'The leftover mordant bath can be used once more if you add half the original amount of alum. After that, pour it onto acid',
    'soil around shrubs rather than down the drain.',
  ),
];
const dHeads = ['What you need', 'Step by step', 'Tips for good results'];
const dNav = ['Shop all', 'Naturally dyed yarn', 'Fleece and fibre', 'Dye kits', 'Journal'];
const dFootShop = ['Search', 'Delivery', 'Returns', 'Contact us', 'Wholesale'];
const dHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="canonical" href="https://fernhillfibre.co.uk/blogs/journal/how-to-mordant-wool-with-alum"><title>${dTitle} &ndash; Fernhill Fibre Co.</title>
<meta name="description" content="Most plant dyes will only give fast, bright colour on wool if the fibre has been mordanted first.">
<meta property="og:site_name" content="Fernhill Fibre Co."><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<script src="//fernhillfibre.co.uk/cdn/shop/t/7/assets/constants.js?v=58251544750838685771701" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fernhill-fibre.myshopify.com";Shopify.locale = "en";Shopify.currency = {"active":"GBP"};
Shopify.theme = {"name":"Dawn","id":141022,"schema_name":"Dawn","schema_version":"13.0.1","theme_store_id":887,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Most plant dyes will only give fast, bright colour",
"headline":"${dTitle}","author":{"@type":"Person","name":"Hollis Marchbank"},"datePublished":"2026-09-22T08:30:00Z"}</script>
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style>
<link href="//fernhillfibre.co.uk/cdn/shop/t/7/assets/base.css?v=12" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1652__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">
<div class="announcement-bar" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5">
<span>Free UK delivery on orders over £50</span></p></div></div></div></div></div>
<div id="shopify-section-sections--1652__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu header--has-account"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span>
<svg class="icon icon-hamburger" aria-hidden="true" focusable="false"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//fernhillfibre.co.uk/cdn/shop/files/fernhill-logo.png?v=1&width=600" alt="Fernhill Fibre Co." width="600" height="180"
class="header__heading-logo motion-reduce"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${dNav
  .map(
    (t) => `<li>
<a href="/collections/${t.toLowerCase().replace(/ /g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons header__icons--localization header-localization"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search">
<span><svg class="modal__toggle-open icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1701__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;">
<img srcset="//fernhillfibre.co.uk/cdn/shop/articles/mordant-pot.jpg?v=1&width=1100 1100w"
src="//fernhillfibre.co.uk/cdn/shop/articles/mordant-pot.jpg?v=1&width=1100"
sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw" width="1100" height="619" alt="Skeins of white wool in an enamel pot"></div>
</div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${dTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-09-22T08:30:00Z">
September 22, 2026</time></span><span class="caption-with-letter-spacing" itemprop="author">Hollis Marchbank</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1701__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button>
<details id="Details-share-template--1701__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--1701__main" class="share-button__message hidden" role="status"></span>
<input type="text" class="field__input" id="ShareUrl-template--1701__main" value="https://fernhillfibre.co.uk/blogs/journal/how-to-mordant-wool-with-alum"
placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-template--1701__main">Link</label>
<button class="share-button__copy" aria-label="Copy link"><svg class="icon icon-clipboard" aria-hidden="true"></svg></button></div></div></details>
</share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps(dIntro)}
<h2>${dHeads[0]}</h2><ul>${lis(dNeed)}</ul>
<h2>${dHeads[1]}</h2><ol>${lis(dSteps)}</ol>
<h2>${dHeads[2]}</h2>
${ps(dTips)}
<p><em>Ready to try it? Our <a href="/products/natural-dye-starter-kit">Natural Dye Starter Kit</a> has the alum, cream of tartar and 300 g of undyed
Bluefaced Leicester you need.</em></p></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg viewBox="0 0 14 10" class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/how-to-mordant-wool-with-alum/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]"
id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span>
</label>
</div><div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><div class="field field--with-error">
<textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--1653__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--1653__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">
${links(dFootShop, 'link link--text list-menu__item list-menu__item--link')}</ul></div>
<div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">About us</h2><div class="footer-block__details-content rte">
<p>Naturally dyed yarn and British fleece from a small dye studio in the Tamar valley.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--sections--1653__footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--sections--1653__footer">Email</label><button type="submit" class="newsletter-form__button field__button"
name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list"><li class="list-payment__item">
<svg class="icon icon--full-color" viewBox="0 0 38 24" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Fernhill Fibre Co.</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div>
</div></div></div></footer></div>
<script src="//fernhillfibre.co.uk/cdn/shop/t/7/assets/global.js?v=1" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout636-shopify-dawn-mordant',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([
    ...dIntro,
    ...dNeed,
    ...dSteps,
    ...dTips,
    j('Ready to try it? Our Natural Dye Starter Kit has the alum, cream of tartar and 300 g of undyed', 'Bluefaced Leicester you need.'),
  ]),
  bylines: ['September 22, 2026', 'Hollis Marchbank'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £50', ...dNav.filter((t) => t !== 'Naturally dyed yarn'), 'Log in', 'Cart', 'Share', 'Link',
     'Back to blog', 'Leave a comment',
    'Name *', 'Email *', 'Comment *', 'Please note, comments need to be approved before they are published.', 'Help', ...dFootShop, 'About us',
    'Naturally dyed yarn and British fleece from a small dye studio in the Tamar valley.', 'Subscribe to our emails', 'Email',
    'Payment methods', '© 2026, Fernhill Fibre Co.', 'Powered by Shopify',
  ],
};

export const HELDOUT636_B2: readonly TestPage[] = [shopify];
