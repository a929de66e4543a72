import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file c: a nursery's blog article on Shopify with the Dawn theme (announcement bar, share button, comments
 * and comment form, newsletter footer), and a trade publication's news story on Ghost with Casper (tag, excerpt, byline with
 * reading time, captioned images, sign-up box, read-more cards).
 */
const bTitle = 'How to plant a bare-root hedge';
const bBody = [
  j(
    'Bare-root hedging is the cheapest and most reliable way to plant a new boundary. The plants are lifted from our fields in',
    'Wickmoor while they are dormant, shaken free of soil and sent out within two days, so they arrive ready to go straight into the',
    'ground.',
  ),
  'When to plant',
  j(
    'The season runs from early November to the end of March, whenever the ground is neither frozen nor waterlogged. If your plants',
    'arrive during a cold spell, keep them in their bag in a shed or garage, or heel them into a trench of loose soil until',
    'conditions improve. Never let the roots dry out.',
  ),
  'Choosing your plants',
  'For a mixed native hedge we suggest roughly this blend:',
  'hawthorn, 50 per cent, for a dense, thorny base',
  'field maple, 15 per cent, for autumn colour',
  'hazel, 15 per cent, for early catkins',
  'blackthorn, dog rose and guelder rose to make up the rest',
  j(
    'For a formal hedge, choose a single species: beech or hornbeam for a hedge that keeps its brown leaves in winter, or yew for a',
    'dark evergreen that can be clipped tight. Allow five plants per metre in a staggered double row, or three per metre in a',
    'single row.',
  ),
  'Preparing the ground',
  j(
    "Mark out a strip 60 cm wide and clear it of grass and perennial weeds. Dig it over to a spade's depth and work in a bucket",
    'of well-rotted manure or compost for every metre. On heavy clay, add coarse grit as well.',
  ),
  'Planting step by step',
  'Soak the roots in a bucket of water for an hour before planting.',
  'Cut a slit or dig a small pit deep enough to take the roots without bending them.',
  'Set each plant at the same depth it grew in the field; you can see the soil mark on the stem.',
  'Firm the soil around the roots with your heel and water well.',
  'Cut the plants back by a third to encourage bushy growth from the base.',
  'Aftercare',
  j(
    'Keep the strip free of weeds for the first three years, ideally with a mulch of bark or a biodegradable sheet. Water in dry',
    'spells during the first spring and summer. Trim lightly in the second winter, and you should have a stock-proof hedge within',
    'four to five years.',
  ),
  j('Browse our <a href="/collections/bare-root-hedging">bare-root hedging</a>, sold in bundles of 25 and 100.'),
];
const bHead = [1, 3, 10, 12, 18];
const bNav = ['Shop all', 'Hedging', 'Fruit trees', 'Roses', 'Growing Notes'];
const bComments = [
  ['Planted 40 metres of mixed native hedge last winter using this guide and only lost two plants. Thank you!', 'Helen M.', 'November 12, 2026'],
  ['Is it too late to plant beech in March if the weather has been mild?', 'Gareth', 'November 14, 2026'],
] as const;
const bFoot = ['Delivery', 'Returns', 'Contact us', 'Refund policy', 'Privacy policy', 'Terms of service'];
const bHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://bramblewicknursery.example/blogs/growing-notes/how-to-plant-a-bare-root-hedge">
<title>${bTitle} &ndash; Bramblewick Nursery</title>
<meta name="description" content="Bare-root hedging is the cheapest and most reliable way to plant a new boundary.">
<meta property="og:type" content="article"><meta property="og:title" content="${bTitle}">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "bramblewick-nursery.myshopify.com";Shopify.theme = {"name":"Dawn",
"id":13254,"schema_name":"Dawn"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Tom Heald"}}</script>
<link href="//bramblewicknursery.example/cdn/shop/t/4/assets/base.css?v=1234" rel="stylesheet" type="text/css" media="all">
<style data-shopify>:root{--font-body-family:Assistant,sans-serif;--page-width:120rem;}</style></head>
<body class="gradient animate--hover-default"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--1__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">
<div class="utility-bar color-scheme-2 gradient"><div class="announcement-bar" role="region" aria-label="Announcement">
<p class="announcement-bar__message h5"><span>Free UK delivery on orders over £60</span></p></div></div></div>
<div id="shopify-section-sections--1__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet">
<details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu" aria-label="Menu"></summary></details></header-drawer>
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Bramblewick Nursery</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">${links(bNav)}</ul></nav>
<div class="header__icons"><details-modal class="header__search"><details>
<summary class="header__icon header__icon--search" aria-haspopup="dialog" aria-label="Search">
</summary></details></details-modal><a href="/account/login" class="header__icon header__icon--account link focus-inset">
<span class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1__main" class="shopify-section section">
<article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image">
<img srcset="//bramblewicknursery.example/cdn/shop/articles/hedge.jpg?v=1&width=1100 1100w" alt="" width="1100"
height="733" loading="eager"></div></div>
<header class="page-width page-width--narrow scroll-trigger animate--fade-in"><h1 class="article-template__title" itemprop="headline">${bTitle}</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">
<time datetime="2026-11-06T09:00:00Z">November 6, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">Tom Heald</span></header>
<div class="article-template__content page-width page-width--narrow rte scroll-trigger animate--slide-in" itemprop="articleBody">
${ps([bBody[0] ?? ''])}<h2>${bBody[1]}</h2>${ps([bBody[2] ?? ''])}<h2>${bBody[3]}</h2>
${ps([bBody[4] ?? ''])}<ul>${lis(bBody.slice(5, 9))}</ul>${ps([bBody[9] ?? ''])}
<h2>${bBody[10]}</h2>${ps([bBody[11] ?? ''])}<h2>${bBody[12]}</h2><ol>${lis(bBody.slice(13, 18))}</ol><h2>${bBody[18]}</h2>${ps(bBody.slice(19))}</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--1__main" class="share-button quick-add-hidden">
<button class="share-button__button hidden">Share</button><details id="Details-share-template--1__main"><summary class="share-button__button">Share</summary>
<div class="share-button__fallback motion-reduce"><div class="field">
<input type="text" class="field__input" id="url" value="https://bramblewicknursery.example/blogs/growing-notes"
placeholder="Link" readonly><label class="field__label" for="url">Link</label></div><button class="share-button__copy no-js-hidden">
<span class="visually-hidden">Copy
link</span></button></div></details></share-button></div>
<div class="article-template__back element-margin-top center">
<a href="/blogs/growing-notes" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-1">2 comments</h2>
<div class="article-template-comments">${bComments
  .map(
    ([t, n, d]) => `<article class="article-template__comments-comment"><div class="rte"><p>${t}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">${n}</span><span class="caption-with-letter-spacing">${d}</span>
</footer></article>`,
  )
  .join('\n')}
</div><form method="post" action="/blogs/growing-notes/comments" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="Name">
<label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><input type="email" name="comment[email]" id="CommentForm-email"
class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div></div><div class="field">
<textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="Comment"></textarea>
<label class="form__label field__label" for="CommentForm-body">Comment</label></div>
<p class="article-template__comment-warning caption">Please note, comments need to be approved
before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--2__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2__footer-padding">
<div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter">
<h2 class="footer-block__heading">Subscribe to our emails</h2>
<form method="post" action="/contact#contact_form" id="ContactFooter" class="footer__newsletter newsletter-form">
<div class="newsletter-form__field-wrapper"><div class="field">
<input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" placeholder="Email">
<label class="field__label" for="NewsletterForm--footer">Email</label>
<button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"></button></div></div></form></div></div>
<div class="footer-block grid__item footer-block--menu"><ul class="footer-block__details-content list-unstyled">${links(bFoot.slice(0, 3))}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__payment"><span class="visually-hidden">Payment methods</span><ul class="list list-payment" role="list">
<li class="list-payment__item"><svg class="icon icon--full-color" role="img" aria-labelledby="pi-visa"><title id="pi-visa">Visa</title></svg></li></ul></div>
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Bramblewick Nursery</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small>
<ul class="policies list-unstyled">${links(bFoot.slice(3))}</ul></div></div></footer></div>
<script src="//bramblewicknursery.example/cdn/shop/t/4/assets/global.js?v=1" defer="defer"></script></body></html>`;
const bramblewick: TestPage = {
  name: 'heldout544-bramblewick-shopify-hedge',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHead.map((i) => bBody[i] ?? ''),
  body: texts(bBody.filter((_, i) => !bHead.includes(i))),
  bylines: ['November 6, 2026', 'Tom Heald', ...bComments.flatMap(([, n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free UK delivery on orders over £60', 'Bramblewick Nursery', 'Shop all', 'Fruit trees', 'Roses', 'Growing Notes', 'Log in',
    'Cart', 'Share', 'Link', 'Copy link', 'Back to blog', '2 comments', ...bComments.map(([t]) => t), 'Leave a comment', 'Name', 'Email', 'Comment',
    'Please note, comments need to be approved before they are published.', 'Subscribe to our emails', ...bFoot, 'Payment methods',
    '© 2026, Bramblewick Nursery',
    'Powered by Shopify',
  ],
};

const gTitle = 'Ambley council clears tree works backlog after hiring two officers';
const gDek = 'Applications for work on protected trees are now decided in five weeks on average, down from nineteen last spring.';
const gBody = [
  j(
    'North Ambley District Council says it has cleared a backlog of more than 400 applications for work on protected trees, a year',
    'after arborists in the district complained that customers were waiting up to six months for a decision.',
  ),
  j(
    'The council took on two additional tree officers last June, bringing its team to four, and moved the whole process online. In',
    'April it decided 112 applications, and the average wait fell to five weeks, against nineteen weeks in April last year.',
  ),
  j(
    '"We were turning work away because nobody could tell the customer when they would get an answer," said Owen Pask, who runs a',
    'three-person tree surgery firm in Lower Ashby. "This spring I have had decisions back in under a month."',
  ),
  'Site visits return',
  j(
    'During the worst of the backlog, officers decided most applications from photographs. The council says officers now visit',
    'every site where felling is proposed, and roughly one in three where only pruning is asked for.',
  ),
  j(
    'Refusals have risen slightly, from 6 to 9 per cent of decisions, which the council puts down to the visits. Councillor Meera',
    'Lachlan, who chairs the planning committee, said the figures showed the team was "looking harder at the trees that matter most".',
  ),
  'Enforcement still slow',
  j(
    'Reports of unauthorised work have been slower to clear. Of the 61 cases logged since January, 38 are still open, and the council',
    'has brought only one prosecution in the past two years.',
  ),
  j(
    'Contractors say the gap matters. "If firms that ignore the rules are never caught, the honest ones are undercut," Pask said.',
    'The council says a part-time enforcement officer will start in July.',
  ),
];
const gHead = [3, 6];
const gNav = ['Home', 'Features', 'Jobs board', 'Events', 'About'];
const gCards = [
  ['Wenn Vale trust plants 3,000 trees along the old railway line', 'May 2, 2026', '4 min read'],
  ['Ash dieback: what the second survey found', 'April 27, 2026', '6 min read'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c2f1a0b9e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://canopyreport.example/ambley-council-clears-tree-works-backlog/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Canopy Report"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-14T07:30:00.000Z">
<meta property="article:tag" content="News"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nadia Fenwick">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Canopy Report"},
"author":{"@type":"Person","name":"Nadia Fenwick"},"headline":"${gTitle}","datePublished":"2026-05-14T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://canopyreport.example/" data-key="2f9d1c" data-api="https://canopyreport.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="2f9d1c" data-styles="" data-sodo-search="/"
crossorigin="anonymous">
</script></head>
<body class="post-template tag-news tag-local-authorities is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="/">The Canopy Report</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-local-authorities">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/nadia/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2025/11/nadia.jpg" alt="Nadia Fenwick"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Fenwick</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-14">May 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/05/ambley-offices.jpg 600w"
src="/content/images/size/w2000/2026/05/ambley-offices.jpg"
alt="Council offices on Bridge Street"><figcaption>
<span style="white-space: pre-wrap;">The council's tree team works from its Bridge Street offices. Photo: Nadia
Fenwick</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gBody.slice(0, 3))}
<h2 id="site-visits-return">${gBody[3]}</h2>${ps(gBody.slice(4, 6))}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/05/oak-survey.jpg" class="kg-image" alt="" loading="lazy" width="1600" height="1067">
<figcaption><span style="white-space: pre-wrap;">A tree officer measures a protected oak in Kestrelford.</span></figcaption></figure>
<h2 id="enforcement-still-slow">${gBody[6]}</h2>${ps(gBody.slice(7))}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Canopy Report</h2>
<p class="footer-cta-description">Weekly news for people
who work with trees.</p><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div>
<span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    ([t, d, r]) => `<article class="post-card post tag-news">
<a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content">
<a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">News</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-05-02">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Canopy Report</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Advertise', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8c2f1a0b9e"></script></body></html>`;
const canopy: TestPage = {
  name: 'heldout544-canopy-ghost-backlog',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHead.map((i) => gBody[i] ?? ''),
  body: [gDek, ...gBody.filter((_, i) => !gHead.includes(i))],
  bylines: ['Nadia Fenwick', 'May 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Canopy Report', ...gNav, 'Sign in', 'Subscribe', 'News', '3 min read',
    "The council's tree team works from its Bridge Street offices. Photo: Nadia Fenwick",
    'A tree officer measures a protected oak in Kestrelford.', 'Sign up for The Canopy Report', 'Weekly news for people who work with trees.',
    'Enter your email', ...gCards.flat(), 'The Canopy Report © 2026', 'Sign up', 'Advertise', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT544_C: readonly TestPage[] = [bramblewick, canopy];
