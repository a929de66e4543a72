import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout562-kit.js';

/**
 * Held-out batch 562, file d: a golf shop's blog article on Shopify (Dawn theme) with an announcement bar, share button and
 * comment form, and a Discourse topic (the server-rendered crawler view) asking about a driving range's short-game area.
 */
const sTitle = 'Range balls vs tour balls: what a launch monitor actually shows';
const sParas = [
  j(
    'Every winter someone asks us why they carry their 7-iron 150 yards on the range and 162 on the course. We took a bucket of',
    'range balls and a sleeve of tour balls to our fitting bay to find out how big the gap really is.',
  ),
  j(
    'Range balls are built to survive thousands of strikes. Most have a harder, thicker cover and a lower-compression core, and',
    'many are "limited flight" balls designed to stop short on small ranges. They also get scuffed, wet and dirty.',
  ),
  'What we found',
  j(
    'With the same player and the same 7-iron, the range balls launched slightly higher but spun about 900 rpm less and carried',
    'an average of 11 yards shorter. The gap with a driver was bigger: 24 yards of carry on average.',
  ),
  j(
    'The spread was the real surprise. Twenty range balls from the same bucket varied by 14 yards of carry, against four yards',
    'for the tour balls. Some of that is wear; some is that the bucket held balls from three different makers.',
  ),
  'What it means for your practice',
  j(
    'Use the range to work on start line and strike, not distances. If you want yardages for your bag, get them on a launch',
    'monitor with the ball you play, or on the course on a calm day.',
  ),
];
const sAnn = 'Free UK delivery on orders over £50';
const sNav = ['Shop', 'Clubs', 'Balls', 'Bags', 'Custom fitting', 'Blog'];
const sFoot = ['Search', 'Delivery & returns', 'Fitting bay bookings', 'Contact', 'Terms of service', 'Privacy policy'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="theme-color" content=""><link rel="canonical"
href="https://fairwayworks.co.uk/blogs/news/range-balls-vs-tour-balls">
<title>${sTitle} &ndash; Fairway Works</title><meta property="og:site_name" content="Fairway Works"><meta property="og:type" content="article">
<script src="//fairwayworks.co.uk/cdn/shop/t/12/assets/constants.js?v=58251544750838685771" defer="defer"></script>
<script>window.Shopify = window.Shopify || {};Shopify.shop = "fairway-works.myshopify.com";Shopify.theme = {"name":"Dawn","id":139421,"role":"main"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","articleBody":"Every winter someone asks us...","headline":"${sTitle}",
"author":{"@type":"Person","name":"Owen Barratt"},"datePublished":"2026-12-08T09:00:00Z"}</script>
<link href="//fairwayworks.co.uk/cdn/shop/t/12/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div
class="announcement-bar
color-accent-1 gradient" role="region" aria-label="Announcement"><div class="page-width"><p class="announcement-bar__message h5"><span>${sAnn}</span></p>
</div></div></div><div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header
data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left
header--mobile-center page-width header--has-menu"><header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container"
class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"></summary></details>
</header-drawer><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Fairway Works</span></a><nav class="header__inline-menu">
<ul class="list-menu list-menu--inline" role="list">${links(sNav, 'header__menu-item list-menu__item link link--text focus-inset')}</ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span
class="visually-hidden">Log in</span></a>
<a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div><main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section
id="shopify-section-template--main-article"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting"><div
class="article-template__hero-container">
<div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 56.25%;"><img
src="//fairwayworks.co.uk/cdn/shop/articles/range-balls.jpg"
alt="A bucket of range balls next to a launch monitor" width="1600" height="900"></div></div><header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">${sTitle}</h1><span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate
datePublished"><time datetime="2026-12-08T09:00:00Z">December 8, 2026</time></span><span class="caption-with-letter-spacing" itemprop="author">Owen
Barratt</span>
</header><div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button"><span>Share</span></summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Link</span><input type="text" class="field__input"
value="https://fairwayworks.co.uk/blogs/news/range-balls-vs-tour-balls" readonly></div></div></details></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">${ps(sParas.slice(0, 2))}
<h2>${sParas[2]}</h2>${ps(sParas.slice(3, 5))}<h2>${sParas[5]}</h2>${ps([sParas[6] ?? ''])}</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow">Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><h2 id="Comments-556">0
comments</h2>
<form method="post" action="/blogs/news/range-balls-vs-tour-balls/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name <span aria-hidden="true">*</span></label></div>
<div class="field"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label"
for="CommentForm-email">Email <span aria-hidden="true">*</span></label></div></div><p class="article-template__comment-warning caption">Please note, comments
need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div
class="footer__blocks-wrapper grid">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Quick links</h2><ul
class="footer-block__details-content
list-unstyled">${links(sFoot, 'link link--text list-menu__item list-menu__item--link')}</ul></div></div></div><div class="footer__content-bottom"><div
class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Fairway Works</a></small><small
class="copyright__content">
<a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
<script src="//fairwayworks.co.uk/cdn/shop/t/12/assets/global.js?v=8418826543" defer="defer"></script></body></html>`;
const shopifyBlog: TestPage = {
  name: 'heldout562-shopify-range-balls',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sParas[2] ?? '', sParas[5] ?? ''],
  body: sParas.filter((_, i) => i !== 2 && i !== 5),
  bylines: ['December 8, 2026', 'Owen Barratt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', sAnn, 'Fairway Works', ...sNav, 'Share', 'Back to blog', '0 comments', 'Leave a comment', 'Name', 'Email',
    'Please note, comments need to be approved before they are published.', 'Quick links', ...sFoot, '© 2026, Fairway Works', 'Powered by Shopify',
  ],
};

const dTitle = 'Is the short game area at Millbeck worth the drive?';
type Post = [string, string, string, number];
const dPosts: Post[] = [
  [
    'chipnrun',
    'Mar 2, 2027',
    j(
      'I live about 40 minutes from Millbeck and keep hearing their short game area is the best in the county. My range at home',
      'only has mats. Is it worth the trip for a Saturday morning, and do you have to pay separately for the chipping green?',
    ),
    4,
  ],
  [
    'lowpointlaura',
    'Mar 2, 2027',
    j(
      'Worth it, in my view. Two real grass greens, three bunkers with different sand depths and a fairway to pitch from out to',
      '80 yards. It is £8 for two hours and you can use your own balls, which is the big thing for me.',
    ),
    11,
  ],
  [
    'Hector_M',
    'Mar 3, 2027',
    j("Go early. By ten on a Saturday the juniors' coaching takes over one of the greens and the bunkers get busy.", 'Weekday evenings in summer are quiet.'),
    6,
  ],
  ['chipnrun', 'Mar 3, 2027', 'Thanks both. Booked for next Saturday at 8, will report back.', 2],
];
const dCats = ['Practice & Improvement'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Practice &amp; Improvement - Fairway Talk</title><meta name="description" content="I live about 40 minutes from Millbeck...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 9a1b2c3d"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://talk.fairwaytalk.org/t/short-game-area-at-millbeck/8812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://talk.fairwaytalk.org"}</script>
<link href="/stylesheets/desktop_theme_4_a1b2.css?__ws=talk.fairwaytalk.org" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Fairway Talk" id="site-logo" style="max-width:
150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/short-game-area-at-millbeck/8812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">${dCats
  .map(
    (c) => `<span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/practice/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span
class="badge-category clear-badge"><span class="category-name" itemprop="name">${c.replace('&', '&amp;')}</span></span></a><meta itemprop="position"
content="1"></span>`,
  )
  .join('')}</div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><meta itemprop="articleSection"
content="Practice &amp; Improvement"><meta itemprop="keywords" content="">
${dPosts
  .map(
    ([u, d, t, likes], i) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'} class="topic-body
crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="/u/${u}"><span itemprop="name">${u}</span></a></span><link itemprop="mainEntityOfPage" href="/t/short-game-area-at-millbeck/8812"><span
class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-03-0${i < 2 ? 2 : 3}T10:0${i}:00Z" class="post-time">${d}</time>
<meta itemprop="dateModified" content="2027-03-0${i < 2 ? 2 : 3}T10:0${i}:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text"><p>${t}</p></div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${likes}"><span
class='post-likes'>${likes}
Likes</span></div></div>`,
  )
  .join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url"
href="/t/chipping-nets-at-home/7710" class="title raw-link raw-topic-link">Chipping nets at home: any good?</a></span></td><td class="replies"><span
class="posts" title="posts">14</span></td><td class="views"><span class="views" title="views">622</span></td><td>Jan 2027</td></tr></tbody></table></div></div>
</div><footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories"
itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines"
itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos"
itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy"
itemprop="url">Privacy Policy </a></span></li></ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed
with JavaScript enabled</p></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout562-discourse-short-game-area',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.map((p) => p[2]),
  bylines: dPosts.flatMap((p) => [p[0], p[1]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCats, ...dPosts.map((_, i) => String(i + 1)), ...dPosts.map((p) => `${p[3]} Likes`), 'Related topics', 'Chipping nets at home: any good?', '14', '622',
    'Jan 2027', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT562_D: readonly TestPage[] = [shopifyBlog, discourseThread].map(settle);
