import { type TestPage } from './page-kit.js';
import { type Blocks, finish, gold, j, render } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file c: a bifold door buying guide on a Webflow CMS blog template (with Webflow's hidden form messages and
 * a conditionally invisible block), and a "how to measure a sealed unit" article on a Shopify store (Dawn theme) with comments.
 */
const wTitle = 'Bifold or sliding doors? A plain guide for garden openings';
const wDek = 'Both open a wall to the garden. They do it differently, and the difference shows up in the view, the threshold and the price.';
const wBlocks: Blocks = [
  '## How each door opens',
  j(
    'Bifold doors fold back in panels, usually three to seven, and stack at one or both ends of the opening. When they are fully',
    'open almost the whole width is clear. Sliding doors run on a track, one or two large panes passing in front of a fixed one, so',
    'at best about two thirds of the width opens.',
  ),
  '## Sightlines and glass',
  j(
    'A sliding door has fewer, larger panes, so when it is closed you see more glass and less frame. In a room you use mostly in',
    'winter this is the stronger choice. A bifold has a frame every 80 to 110 centimetres, which some people like and some find busy.',
  ),
  '## Thresholds',
  j(
    'Both can be fitted with a low threshold of around 20 millimetres, but a flush threshold needs a drainage channel outside and',
    'careful planning with the builder. Ask for this before the floor screed goes down, not after.',
  ),
  '## Cost',
  j(
    'For a 4 metre opening in powder-coated aluminium, expect to pay £7,500 to £10,000 fitted for a good bifold and £8,500 to',
    '£12,000 for a slider with two large moving panes. Lift-and-slide systems cost more again.',
  ),
  '## Our view',
  'If you open the doors most days from May to September, choose a bifold. If you mostly look through them, choose a slider.',
];
const wG = gold(wBlocks);
const wNav = ['Products', 'Projects', 'Guides', 'About us'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 16:02:11 GMT+0000 -->
<html data-wf-domain="www.fernlinedoors.com" data-wf-page="65a4c0e1f3d2b8a9c1e0f4a2" data-wf-site="65a4c0e1f3d2b8a9c1e0f3f1"
data-wf-collection="65a4c0e1f3d2b8a9c1e0f47d" data-wf-item-slug="bifold-or-sliding-doors" lang="en"><head><meta charset="utf-8">
<title>Bifold or sliding doors? | Fernline Doors</title><meta content="How bifold and sliding doors differ in view, threshold and price." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a4c0e1f3d2b8a9c1e0f3f1/css/fernline.webflow.4a1c2e9d0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a4/logo.svg"
loading="lazy" alt="Fernline Doors" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/quote" class="button nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-post-header"><div class="container"><a href="/guides" class="back-link w-inline-block"><div>← All guides</div></a>
<div class="post-category">Doors</div><h1 class="post-title">${wTitle}</h1><p class="post-summary">${wDek}</p>
<div class="post-meta"><div class="post-author">Ravi Denholm</div><div class="post-meta-dot">·</div><div class="post-date">February 10, 2026</div>
<div class="post-meta-dot">·</div><div class="post-read-time">5 min read</div></div></div></section>
<section class="section-post-body"><div class="container post-container"><img src="https://assets-global.website-files.com/65a4/bifold-open.jpg" loading="lazy"
alt="Open bifold doors onto a patio" class="post-main-image"><div class="post-body w-richtext">${render(wBlocks, { hid: true })}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a4/slider.jpg"
loading="lazy" alt=""></div>
<figcaption>A two-pane slider in anthracite grey, Westmoor project.</figcaption></figure></div>
<div class="post-video-wrapper w-condition-invisible"><div class="w-dyn-bind-empty w-video w-embed"></div>
<div class="video-caption">Watch the installation</div></div>
</div></section>
<section class="section-newsletter"><div class="container"><h3 class="newsletter-heading">Get the next guide in your inbox</h3><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form"><input class="text-field w-input"
maxlength="256"
name="Email" data-name="Email" placeholder="Your email" type="email" id="Email" required=""><input type="submit" data-wait="Please wait..."
class="button w-button"
value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success">
<div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<section class="section-related"><div class="container"><h2 class="related-heading">More guides</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/guides/french-doors" class="related-card w-inline-block">
<div class="related-title">French doors in a small kitchen</div></a></div>
<div role="listitem" class="w-dyn-item"><a href="/guides/flush-thresholds" class="related-card w-inline-block">
<div class="related-title">Planning a flush threshold</div></a></div>
</div></div></div></section>
<footer class="footer"><div class="container footer-container"><div class="footer-text">Fernline Doors Ltd, 31 Carrow Works, Ashby Fenn</div>
<div class="footer-text">© 2026 Fernline Doors. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a4c0e1f3d2b8a9c1e0f3f1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a4c0e1f3d2b8a9c1e0f3f1/js/webflow.8a2d1f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout585-webflow-bifold',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wG.headings,
  body: [wDek, ...wG.body],
  bylines: ['Ravi Denholm', 'February 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get a quote', '← All guides', 'Doors', '5 min read', 'A two-pane slider in anthracite grey, Westmoor project.',
    'Get the next guide in your inbox', 'More guides', 'French doors in a small kitchen', 'Planning a flush threshold',
    'Fernline Doors Ltd, 31 Carrow Works, Ashby Fenn', '© 2026 Fernline Doors. All rights reserved.',
  ],
};

const pTitle = 'How to measure for a replacement sealed unit';
const pBlocks: Blocks = [
  j(
    'A misted or cracked double glazed unit can almost always be replaced without touching the frame. The unit is made to order, so',
    'the size has to be right to within a couple of millimetres. Here is how we ask customers to measure.',
  ),
  '## What you need',
  '- a steel tape measure in millimetres',
  '- a stiff putty knife or a glazing bead tool',
  '- a pen and a note of which room each window is in',
  '## Measuring',
  '+ Look at the outside and the inside of the frame to find the beads, the thin strips that hold the glass in.',
  '+ Ease one bead out carefully, starting from the middle of its longest side.',
  '+ Measure the width and height of the glass itself, from edge to edge, in three places, and take the smallest figure each way.',
  '+ Measure the thickness of the unit. Most are 24mm or 28mm.',
  '+ Push the bead back in with the heel of your hand.',
  j(
    'Do not take the measurement from the visible glass inside the beads. The unit sits 10 to 15 millimetres deeper into the frame',
    'on every side, and an order made to the sight size will be far too small.',
  ),
  '## Ordering',
  j(
    'Enter the smallest width and height in the unit builder on the product page. Tell us if the glass is in a door, a low window',
    'or next to a bath, because those places need toughened or laminated safety glass.',
  ),
];
const pG = gold(pBlocks);
const pComments = [
  ['Bryony', 'March 14, 2026', 'Measured all six like this and every unit fitted first time. The tip about the smallest figure saved me.'],
  ['Keir L.', 'March 20, 2026', 'What if the beads are on the outside? Mine seem to be.'],
] as const;
const pNav = ['Sealed units', 'Glazing tools', 'Seals & gaskets', 'Trade accounts', 'Guides'];
const pFoot = ['Delivery', 'Returns', 'Contact', 'Search'];
const pHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://clearcutglass.co.uk/blogs/guides/measure-sealed-unit">
<title>How to measure for a replacement sealed unit – Clearcut Glass Supplies</title>
<meta name="description" content="Measure a double glazed unit correctly.">
<meta property="og:site_name" content="Clearcut Glass Supplies"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "clearcut-glass.myshopify.com";
Shopify.locale = "en";Shopify.theme = {"name":"Dawn","id":1402};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"A misted or cracked double glazed unit",
"headline":"${pTitle}","datePublished":"2026-03-11T10:00:00Z"}</script>
<link href="//clearcutglass.co.uk/cdn/shop/t/4/assets/base.css?v=1702" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"
aria-label="Announcement">
<div class="page-width"><p class="announcement-bar__message center h5"><span>Free UK delivery on orders over £75</span></p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up"
class="header-wrapper color-background-1 gradient">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet" class="">
<details id="Details-menu-drawer-container" class="menu-drawer-container">
<summary class="header__icon header__icon--menu header__icon--summary link focus-inset"
aria-label="Menu"></summary></details></header-drawer><a href="/" class="header__heading-link link link--text focus-inset">
<span class="h2">Clearcut Glass Supplies</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.length}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle"
aria-haspopup="dialog" aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details>
</details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--1402__main"
class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media"
itemprop="image"><img srcset="//clearcutglass.co.uk/cdn/shop/articles/measure.jpg?v=1&amp;width=1100 1100w" alt="How to measure for a replacement sealed unit"
width="1100" height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-03-11T10:00:00Z">March 11, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Dilys Marchant</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1402__main" class="share-button">
<button class="share-button__button hidden"><svg aria-hidden="true"></svg>Share</button><details id="Details-share-template--1402__main">
<summary class="share-button__button">
<svg aria-hidden="true"></svg>Share</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-template--1402__main"
class="share-button__message hidden" role="status"></span><input type="text" class="field__input"
value="https://clearcutglass.co.uk/blogs/guides/measure-sealed-unit"
readonly><label class="field__label" for="url">Link</label><button class="share-button__close hidden no-js-hidden">Close share</button>
<button class="share-button__copy no-js-hidden">Copy link</button></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${render(pBlocks, { p: '', ul: '', ol: '' })}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/guides" class="article-template__link link animate-arrow">
<span class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<h2 id="Comments-1402">${pComments.length} comments</h2><div class="article-template__comments">
${pComments
  .map(
    ([n, d, t]) => `<div class="article-template__comments-comment"><span class="circle-divider caption">${n}</span>
<span class="caption">${d}</span><div class="rte"><p>${t}</p></div></div>`,
  )
  .join('\n')}
</div><form method="post" action="/blogs/guides/measure-sealed-unit/comments" id="CommentForm" accept-charset="UTF-8" class="comment-form">
<h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input"
placeholder="Name">
<label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div><div class="field"><textarea id="CommentForm-body"
class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label class="form__label field__label"
for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding">
<div class="footer__content-top page-width">
<div class="footer-block__newsletter"><h2 class="footer-block__heading">Subscribe to our emails</h2><form method="post"
class="footer__newsletter newsletter-form">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div></form>
</div>
<ul class="footer-block__details-content list-unstyled">${pFoot
  .map(
    (t) => `<li><a href="/pages/${t.toLowerCase()}"
class="link link--text list-menu__item--link">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">Clearcut Glass Supplies</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></div></footer></div>
<script src="//clearcutglass.co.uk/cdn/shop/t/4/assets/global.js?v=1702" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout585-shopify-measure-unit',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pG.headings,
  body: pG.body,
  bylines: ['March 11, 2026', 'by Dilys Marchant', ...pComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £75', 'Clearcut Glass Supplies', ...pNav, 'Log in', 'Cart', 'Share',
    'Back to blog', '2 comments', ...pComments.map(([, , t]) => t), 'Leave a comment', 'Name', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', 'Email', ...pFoot, 'Payment methods',
    '© 2026, Clearcut Glass Supplies',
    'Powered by Shopify',
  ],
};

export const HELDOUT585_C: readonly TestPage[] = [webflow, shopify].map(finish);
