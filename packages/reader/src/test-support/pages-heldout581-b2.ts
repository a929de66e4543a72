import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout581-kit.js';

/** Held-out batch 581, file b2: a chauffeur firm's journal article on Shopify (Dawn theme) with a share button and a comment form. */
const sTitle = 'What to Expect From a Meet and Greet Airport Pickup';
const sParas = [
  j(
    'A meet and greet pickup is the calmest way to arrive. Instead of walking out to a rank or a car park, you find your chauffeur',
    'waiting for you as you come through the arrivals doors. Here is how it works with Silverline, from the moment you book to the',
    'moment you are home.',
  ),
  j(
    'When you book, we ask for your flight number and the name you would like on the board. Some clients prefer a company name or',
    'just a surname for privacy, and that is fine. The day before, your chauffeur checks the flight and plans the drive to the',
    'terminal so that they arrive before you land, not after.',
  ),
  j(
    'Your chauffeur parks in the short-stay car park and walks to the arrivals hall around twenty minutes after your flight',
    'touches down. That is roughly how long it takes most passengers to get through passport control. If your bags are slow, there',
    'is no need to hurry: we include an hour of waiting time with every international pickup.',
  ),
  j(
    'Look for the Silverline name board at the end of the barrier, on the left as you come out. Your chauffeur will be in a dark',
    'suit and will have messaged you their name and mobile number that morning. If you cannot see them, reply to that message or',
    'call them directly.',
  ),
  j(
    'Your chauffeur will take your trolley and lead the way to the car. On the way home there is still and sparkling water, phone',
    'chargers and a blanket in the back. If you would like to stop on the way, for milk and bread or to drop a colleague, just ask.',
  ),
  j(
    'The parking charge at the terminal is included in your quote, so there is nothing extra to pay on the day. If your flight is',
    'diverted to another airport, call our office and we will send a car there instead, at the same price for the first 40 miles.',
  ),
];
const sHeads = ['Before you fly', 'When you land', 'Finding your chauffeur', 'The drive home', 'Delays and diversions'];
const sNav = ['Home', 'Chauffeur Services', 'Airport Transfers', 'Gift Vouchers', 'Journal', 'Contact'];
const sQuick = ['Our Fleet', 'Corporate Accounts', 'FAQs'];
const sPol = ['Refund policy', 'Privacy policy', 'Terms of service', 'Contact information'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width,initial-scale=1">
<meta name="theme-color" content=""><link rel="canonical" href="https://silverlinechauffeurs.example/blogs/journal/meet-and-greet-airport-pickup">
<title>${sTitle} &ndash; Silverline Chauffeurs</title><meta name="description" content="How a meet and greet airport pickup works, step by step.">
<meta property="og:site_name" content="Silverline Chauffeurs"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "silverline-chauffeurs.myshopify.com"; Shopify.theme =
{"name":"Dawn","id":1411,"schema_version":"13.0.1"};</script>
<script type="application/ld+json">{"@context":"http://schema.org",
"@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person","name":"Imogen Falk"}}</script>
<link href="//silverlinechauffeurs.example/cdn/shop/t/3/assets/base.css?v=16534392784228263581" rel="stylesheet" type="text/css" media="all">
<link href="//silverlinechauffeurs.example/cdn/shop/t/3/assets/section-blog-post.css" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Gift vouchers for Mother's Day now available</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up"
class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header
class="header header--middle-left header--mobile-center page-width header--has-menu">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu
header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon
icon-hamburger" aria-hidden="true"></svg></span></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img
src="//silverlinechauffeurs.example/cdn/shop/files/
silverline-logo.png?v=1690&width=600" alt="Silverline Chauffeurs" class="header__heading-logo motion-reduce" width="600" height="120"></div></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${sNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="header__menu-item list-menu__item link link--text focus-inset"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link
focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span><svg class="modal__toggle-open icon
icon-search" aria-hidden="true"></svg></span></summary>
<div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="Search"><div class="modal-overlay"></div><div
class="search-modal__content">
<form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input"
id="Search-In-Modal"
type="search" name="q" value="" placeholder="Search"><label class="field__label"
for="Search-In-Modal">Search</label></div></form></div></div></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><svg class="icon icon-account" aria-hidden="true"></svg>
<span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble">
<svg class="icon icon-cart-empty" aria-hidden="true"></svg><span class="visually-hidden">Cart</span></a></div></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--2__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container"><div
class="article-template__hero-medium
media" itemprop="image"><img srcset="//silverlinechauffeurs.example/cdn/shop/articles/arrivals-board.jpg?v=1709&width=1100
1100w" src="//silverlinechauffeurs.example/cdn/shop/
articles/arrivals-board.jpg?v=1709&width=1100" loading="eager" width="1100" height="620" alt="A chauffeur holding a name board at arrivals"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-03-05T09:00:00Z">March 5,
2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Imogen Falk</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p>${sParas[0]}</p>
${sHeads.map((h, i) => `<h3>${h}</h3>\n<p>${sParas[i + 1]}</p>`).join('\n')}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden"><svg class="icon icon-share" aria-hidden="true"></svg>Share</button><details id="Details-share-template--2__main">
<summary class="share-button__button"><svg class="icon icon-share" aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce">
<div class="field"><span id="ShareMessage-template--2__main" class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
id="ShareUrl-template--2__main" value="https://silverlinechauffeurs.example/blogs/journal/meet-and-greet-airport-pickup" placeholder="Link"
onclick="this.select();" readonly>
<label class="field__label" for="ShareUrl-template--2__main">Link</label></div><button class="share-button__close hidden">Close share</button>
<button class="share-button__copy"><svg class="icon icon-clipboard" aria-hidden="true"></svg><span class="visually-hidden">Copy
link</span></button></div></details>
</share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg class="icon icon-arrow" aria-hidden="true"></svg></span>Back to blog</a></div>
<div data-id="template--2__main" class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/meet-and-greet-airport-pickup/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form">
<input type="hidden" name="form_type" value="new_comment"><h2>Leave a comment</h2><div class="article-template__comment-fields"><div
class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field field--with-error"><input type="email" name="comment[email]"
id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email <span
aria-hidden="true">*</span></label>
</div></div><div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input"
placeholder="Comment">
</textarea><label class="form__label field__label" for="CommentForm-body">Comment <span aria-hidden="true">*</span></label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--3__footer" class="shopify-section shopify-section-group-footer-group"><footer
class="footer color-scheme-1 gradient section-sections--3__footer-padding">
<div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div
class="footer-block grid__item footer-block--menu">
<h2 class="footer-block__heading inline-richtext">Quick links</h2><ul class="footer-block__details-content list-unstyled">
${sQuick
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase().replace(/ /g, '-')}"
class="link link--text list-menu__item list-menu__item--link">${t}</a></li>`,
  )
  .join('\n')}
</ul></div><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Silverline Chauffeurs</h2><div
class="footer-block__details-content rte">
<p>Executive cars and airport transfers across the Vale of Arden since 2009.</p></div></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div
class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--sections--3__footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--sections--3__footer">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe">
<svg class="icon icon-arrow" aria-hidden="true"></svg></button></div></div></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__column footer__column--info">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Silverline Chauffeurs</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${sPol
  .map((t) => `<li><small class="copyright__content"><a href="/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></small></li>`)
  .join('')}</ul>
</div></div></div></div></footer></div>
<script src="//silverlinechauffeurs.example/cdn/shop/t/3/assets/global.js?v=37284204640041572741" defer="defer"></script></body></html>`;
const shopifyJournal: TestPage = {
  name: 'heldout581-shopify-meet-and-greet',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sParas,
  bylines: ['March 5, 2026', 'Imogen Falk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', "Gift vouchers for Mother's Day now available", ...sNav.slice(1), 'Search', 'Log in', 'Cart', 'Share', 'Link', 'Copy link',
    'Back to blog', 'Leave a comment', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.',
    'Quick links', ...sQuick, 'Silverline Chauffeurs', 'Executive cars and airport transfers across the Vale of Arden since 2009.',
    'Subscribe to our emails', '© 2026, Silverline Chauffeurs', 'Powered by Shopify', ...sPol,
  ],
};

export const HELDOUT581_B2: readonly TestPage[] = [shopifyJournal];
