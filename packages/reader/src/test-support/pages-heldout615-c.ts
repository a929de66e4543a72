import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file c: a care article on a finishing-supplies shop's Shopify blog (Dawn theme, announcement bar, share
 * button, comment form, newsletter footer), and a workshop post on Ghost with the Casper theme (excerpt, byline, read-more cards).
 */
const sTitle = 'How to care for a French polished table';
const sHeads = ['Everyday care', 'Heat and water', 'When to wax', 'When to call a polisher'];
const sBody = [
  j(
    'A French polished top is one of the most beautiful finishes a table can have, and one of the most delicate. Shellac is soft',
    'compared with modern lacquers, but it is also easy to repair, which is why it has lasted two hundred years.',
  ),
  j(
    'Dust with a soft cotton cloth, slightly damp if there are sticky marks, and dry straight away. Avoid aerosol polishes: the',
    'silicone in them builds up into a greasy film and makes any later repair much harder.',
  ),
  j(
    'Heat and alcohol are the two enemies of shellac. A hot plate leaves a white ring, and spilt wine or hand gel can dissolve the',
    'surface. Use mats, and wipe spills up at once.',
  ),
  'A pale ring that appears overnight will often fade on its own over a week or two as the trapped moisture escapes.',
  j(
    'A thin coat of good paste wax twice a year protects the shellac and makes dusting easier. Apply it sparingly with a pad of',
    'fine wire wool, leave it for twenty minutes and buff with a clean cloth.',
  ),
  'Call a professional if you see any of these:',
  'the finish has gone cloudy across the whole top',
  'there are dark rings or black marks from water under a vase',
  'the surface has crazed into fine cracks',
];
const sNav = ['Shop all', 'Waxes and polishes', 'Shellac', 'Brushes and rubbers', 'Journal', 'Contact'];
const sFoot = ['Delivery', 'Returns', 'Trade accounts', 'Terms of service', 'Refund policy'];
const sHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://grainhousefinishes.co.uk/blogs/journal/how-to-care-for-a-french-polished-table">
<title>How to care for a French polished table – Grainhouse Finishes</title>
<meta property="og:site_name" content="Grainhouse Finishes"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"A French polished top...","headline":"${sTitle}"}</script>
<script>window.Shopify = window.Shopify || {}; Shopify.shop = "grainhouse-finishes.myshopify.com"; Shopify.theme = {"name":"Dawn","id":1349}</script>
<link href="//grainhousefinishes.co.uk/cdn/shop/t/4/assets/base.css?v=1652" rel="stylesheet" type="text/css" media="all">
<link href="//grainhousefinishes.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1652" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region"
aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £40</span></p></div></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header">
<sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom">
<header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary
class="header__icon header__icon--menu"
aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Grainhouse Finishes</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(sNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details><summary class="header__icon header__icon--search" aria-haspopup="dialog"
aria-label="Search"><span><svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal>
<a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--2__main" class="shopify-section section"><article class="article-template">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" style="padding-bottom: 52.6%;">
<img src="//grainhousefinishes.co.uk/cdn/shop/articles/polished-table.jpg?v=1700&width=1100" alt="" width="1100" height="579"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title">${sTitle}</h1>
<span class="circle-divider caption-with-letter-spacing"><time datetime="2026-01-22T09:00:00Z">January 22, 2026</time></span>
<span class="caption-with-letter-spacing">by Martha Quayle</span></header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--2__main" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button">Share</summary>
<div class="share-button__fallback"><div class="field"><span class="visually-hidden">Link</span></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte"><p>${sBody[0]}</p>
<h2>${sHeads[0]}</h2><p>${sBody[1]}</p><h2>${sHeads[1]}</h2><p>${sBody[2]}</p><p>${sBody[3]}</p>
<h2>${sHeads[2]}</h2><p>${sBody[4]}</p><h2>${sHeads[3]}</h2><p>${sBody[5]}</p><ul>${lis(sBody.slice(6))}</ul></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">
<span class="icon-wrap"></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/journal/how-to-care/comments#comment_form" id="comment_form" class="comment-form">
<h2>Leave a comment</h2><div class="article-template__comments-fields"><div class="article-template__comment-fields"><div class="field field--with-error">
<input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name"><label class="field__label"
for="CommentForm-author">Name</label></div><div class="field"><input type="email" id="CommentForm-email" class="field__input" placeholder="Email">
<label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field"><textarea id="CommentForm-body" class="text-area field__input"
placeholder="Comment"></textarea><label class="form__label field__label" for="CommentForm-body">Comment</label></div></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved before they are published.</p>
<input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-scheme-1 gradient section-sections--3__footer-padding"><div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2>
<ul class="footer-block__details-content list-unstyled">${links(sFoot)}</ul></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper">
<div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email"><label class="field__label"
for="NewsletterForm--footer">Email</label><button type="submit" class="newsletter-form__button field__button" aria-label="Subscribe"></button></div>
</div></form></div></div></div><div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div
class="footer__column footer__localization">
<h2 class="caption-large text-body">Country/region</h2></div><div class="footer__column footer__column--info"><div class="footer__payment">
<span class="visually-hidden">Payment methods</span></div><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Grainhouse Finishes</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered
by
Shopify</a></small></div></div></div></div></footer>
<script src="//grainhousefinishes.co.uk/cdn/shop/t/4/assets/global.js?v=1652" defer="defer"></script></body></html>`;
const shopify: TestPage = {
  name: 'heldout615-shopify-polished-table-care',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sBody,
  bylines: ['January 22, 2026', 'by Martha Quayle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £40', 'Grainhouse Finishes', ...sNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...sFoot,
    'Subscribe to our emails', 'Country/region', 'Payment methods', '© 2026, Grainhouse Finishes', 'Powered by Shopify',
  ],
};

const gTitle = 'Why we still use hide glue';
const gDek = 'It smells, it has to be kept warm and it takes a day to cure. It is also the reason most of the chairs we mend can be mended at all.';
const gHeads = ['Reversible by design', 'Hot or liquid?', "Where we don't use it"];
const gBody = [
  gDek,
  j(
    'Every week someone asks why we keep a glue pot bubbling on the bench when a bottle of PVA costs a few pounds and sets in an',
    'hour. The short answer is that we are thinking about the next restorer, the one who opens this chair up in eighty years.',
  ),
  j(
    'Hide glue softens with heat and moisture. A joint glued with it can be taken apart with a little warm water and a palette',
    'knife, cleaned, and glued again, and the new glue bonds to the old. Modern glues do not: once PVA or polyurethane is in a',
    'joint, getting it out means scraping wood away, and every repair makes the joint a little looser.',
  ),
  j(
    'Most of the Georgian and Victorian chairs that come through the workshop have been glued with hide glue at least twice',
    'before. We can see the old repairs, and we can undo them cleanly. The ones that cause us grief are the ones someone fixed',
    'in the 1970s with a tube from the hardware shop.',
  ),
  j(
    'We use both. Hot glue, made from granules soaked overnight and held at about sixty degrees, grabs quickly and is ideal for',
    'rub joints and veneer work with a hammer. Liquid hide glue, which has urea added to keep it runny at room temperature, gives',
    'us twenty minutes of open time for complicated chair frames that have to be assembled all at once.',
  ),
  j(
    'Hide glue is a poor choice for anything that will live outdoors or in a steamy bathroom, and we do not use it for modern',
    'flat-pack furniture, where the original glue was synthetic anyway. For everything with a bit of history, it stays.',
  ),
];
const gCards = [
  ['A week with the glue pot', 'What a week of chair repairs looks like, from the first joint to the last clamp.', '4 min read'],
  ['Clamps we could not live without', 'Six clamps, two of them home-made, that do most of our work.', '3 min read'],
];
const gNav = ['Home', 'About', 'Workshop', 'Commissions'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Why we still use hide glue</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c1b2e4f1a">
<link rel="canonical" href="https://tolleyworkshop.com/why-we-still-use-hide-glue/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-12T10:05:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tolley Workshop"},
"author":{"@type":"Person","name":"Ewan Tolley"},"headline":"${gTitle}","datePublished":"2026-01-12T10:05:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://tolleyworkshop.com/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-workshop is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://tolleyworkshop.com">The Tolley Workshop</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workshop">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/workshop/">Workshop</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ewan/" class="author-avatar"><img class="author-profile-image" src="/content/images/ewan.jpg" alt="Ewan Tolley"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ewan/">Ewan Tolley</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-12">Jan 12, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/glue-pot.jpg 300w" src="/content/images/size/w2000/glue-pot.jpg"
alt="Glue pot on the bench">
<figcaption><span style="white-space: pre-wrap;">The glue pot, on from eight every morning.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(1, 2))}
<h2 id="reversible-by-design">${gHeads[0]}</h2>${ps(gBody.slice(2, 4))}
<h2 id="hot-or-liquid">${gHeads[1]}</h2>${ps(gBody.slice(4, 5))}
<h2 id="where-we-dont-use-it">${gHeads[2]}</h2>${ps(gBody.slice(5))}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    ([
      t,
      e,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Workshop</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-11-30">Nov 30, 2025</time><span class="post-card-meta-length">${r}</span>
</footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tolleyworkshop.com">The Tolley Workshop</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9c1b2e4f1a"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout615-ghost-hide-glue',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gBody,
  bylines: ['Ewan Tolley', 'Jan 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tolley Workshop', ...gNav, 'Sign in', 'Subscribe', '5 min read', 'The glue pot, on from eight every morning.', 'Sign up for more like this.',
    'Enter your email', ...gCards.flat(), 'Nov 30, 2025', 'The Tolley Workshop © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT615_C: readonly TestPage[] = [shopify, ghost].map(settle);
