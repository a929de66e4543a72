import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file d: a pet shop's "we are moving" news post on Ghost (Casper theme) with a read-more rail, and an
 * aquatic centre's blog post on cycling a new aquarium built with Wix Blog.
 */
const gTitle = 'The Feed Bin is moving to Station Yard';
const gExcerpt = 'Same shop, same faces, three times the space, and a car park at last.';
const gBody = [
  j(
    'After eleven years on Cobble Lane, The Feed Bin is moving. From Monday 9 March you will find us in the old goods shed at',
    'Station Yard, two minutes from the bus station and with twenty parking spaces of our own.',
  ),
  j(
    'The new shop gives us room for a proper aquatics corner, a self-service dog wash and a much bigger range of hay and',
    'bedding, which has always been squeezed into the back room. We are also keeping the Saturday nail-clipping clinic, now',
    'with its own quiet room.',
  ),
  j(
    'The Cobble Lane shop will close at 4pm on Saturday 7 March so that we can move the stock. Click and collect orders placed',
    'after Thursday 5 March will be ready at Station Yard instead; we will text you when they are in.',
  ),
  j(
    'Thank you to everyone who has squeezed past the sacks of dog food in our narrow aisles over the years. We hope to see',
    'you at the new place, and there will be cake on the first Saturday.',
  ),
];
const gHeads = ['Opening hours at Station Yard'];
const gHours = ['Monday to Friday: 8.30am to 6pm', 'Saturday: 8.30am to 5pm', 'Sunday: 10am to 2pm'];
const gNav = ['Home', 'Shop online', 'Grooming', 'About'];
const gMore = [
  ['Puppy socialisation evenings are back', 'Monthly evenings in the shop for puppies under 20 weeks and their owners.', 'Jan 6, 2026', '1 min read'],
  [
    'Why we stopped selling rawhide',
    'We took rawhide chews off our shelves this autumn. Here is why, and what we stock instead.',
    'Nov 18, 2025',
    '3 min read',
  ],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c3e81f2a4"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://news.thefeedbin.co.uk/moving-to-station-yard/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Feed Bin"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-02-17T10:02:00.000Z"><meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Feed Bin"},
"author":{"@type":"Person","name":"Dora Penhale"},"headline":"${gTitle}","datePublished":"2026-02-17T10:02:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Feed Bin" href="https://news.thefeedbin.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://news.thefeedbin.co.uk/"
data-key="3c0f9e1a2b4d5e6f7a8b9c0d1e" data-api="https://news.thefeedbin.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3c0f9e1a2b4d5e6f7a8b9c0d1e"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://news.thefeedbin.co.uk/" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #3d6b3a;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.thefeedbin.co.uk">The Feed Bin</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
</svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/dora/" class="author-avatar" aria-label="Read more of Dora Penhale">
<img class="author-profile-image" src="/content/images/size/w100/2024/03/dora.jpg"
alt="Dora Penhale"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/dora/">Dora Penhale</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-17">Feb 17, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/goods-shed.jpg 300w, /content/images/size/w600/2026/02/goods-shed.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/02/goods-shed.jpg" alt="The old goods shed at Station Yard">
<figcaption><span style="white-space: pre-wrap;">The goods shed in January, before the shelving went in.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 3))}
<h2 id="opening-hours-at-station-yard">${gHeads[0]}</h2><ul>${gHours.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(gBody.slice(3))}
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (m) => `<article class="post-card post tag-news keep-ratio"><a class="post-card-image-link" href="/p/"><img class="post-card-image"
src="/content/images/size/w600/p.jpg" alt="${m[0]}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">${m[0]}</h2>
</header>
<div class="post-card-excerpt">${m[1]}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-06">${m[2]}</time>
<span class="post-card-meta-length">${m[3]}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.thefeedbin.co.uk">The Feed Bin</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=9c3e81f2a4"></script></body></html>`;
const ghostMove: TestPage = {
  name: 'heldout613-feed-bin-moving-ghost',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gExcerpt, ...gBody.slice(0, 3), ...gHours, ...gBody.slice(3)],
  bylines: ['Dora Penhale', 'Feb 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Shop online', 'Grooming', 'About', 'Sign in', 'Subscribe', 'News', '2 min read', 'The goods shed in January, before the shelving went in.',
    ...gMore.flat(), 'The Feed Bin © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

const xTitle = 'How to Cycle a New Aquarium (and Why You Can’t Skip It)';
const xHeads = ['What cycling actually does', 'Fishless cycling step by step', 'How long it takes', 'Can I speed it up?'];
const xParas = [
  j(
    'The most common question at our till is some version of "my new fish died, what did I do wrong?" Nine times out of ten',
    'the answer is that the tank was not cycled. It is the one step no product can replace, so here is how we do it.',
  ),
  j(
    'Fish produce ammonia, which is toxic even in small amounts. In an established tank, bacteria living in the filter turn',
    'ammonia into nitrite and then into nitrate, which is far less harmful and is removed by water changes. A new filter has',
    'none of these bacteria. Cycling means growing them before the fish arrive.',
  ),
];
const xSteps = [
  'Set up the tank with substrate, decor and heater, fill it with dechlorinated water and run the filter.',
  'Add ammonia to reach about 2 ppm. We sell a pure ammonia solution for this; a pinch of fish food also works, more slowly.',
  'Test every two or three days. You will see ammonia fall and nitrite rise, then nitrite fall as nitrate appears.',
  'Top the ammonia back up to 2 ppm whenever it reaches zero.',
  'When the tank turns 2 ppm of ammonia into zero ammonia and zero nitrite within 24 hours, it is cycled.',
];
const xTime = j(
  'Usually four to six weeks, sometimes longer in a cool tank. Keep the heater at 26°C during the cycle even if your fish will',
  'want it cooler later. Do a large water change at the end to bring nitrate down before the first fish go in.',
);
const xFast = [
  j(
    'Yes. A bottle of live bacteria helps, but a handful of mature filter media from a healthy tank helps more. Bring a clean',
    'bag and we will give you some from our systems free of charge.',
  ),
  j(
    'Then add fish slowly, a few at a time, and keep testing for the first month. A cycled tank can handle only the fish',
    'load it was built for, and the bacteria need time to catch up with each new addition.',
  ),
];
const xNav = ['Home', 'Livestock', 'Tank Builds', 'Maintenance', 'Blog', 'Find Us'];
const xRecent = [
  ['Quarantine: the tank you will wish you had', '64 views', '0 comments'],
  ['Our top five plants for beginners', '118 views', '2 comments'],
];
const wp = (t: string, id: string): string => `<p dir="auto" class="mm8Nw _1j-51 iWv3d _1FoOD _3M0Fe _2WrB- _1atvN public-DraftStyleDefault-block-depth0
fixed-tab-size public-DraftStyleDefault-text-ltr" id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr"><span>${t}</span></span></p>`;
const wh = (t: string, id: string): string => `<h2 dir="auto" class="mm8Nw _1j-51 YnSfu _1FoOD _78FBa _3M0Fe _2WrB- _1atvN public-DraftStyleDefault-block-depth0
fixed-tab-size public-DraftStyleDefault-text-ltr" id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr"><span>${t}</span></span></h2>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/favicon.png">
<script>window.viewerModel = {"site":{"metaSiteId":"8a1b2c3d-4e5f","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{}}</script>
<title>How to Cycle a New Aquarium (and Why You Can’t Skip It)</title><meta name="description" content="Cycling a new tank, step by step.">
<link rel="canonical" href="https://www.reefsideaquatics.co.uk/post/how-to-cycle-a-new-aquarium"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"How to Cycle a New Aquarium","author":{"@type":"Person",
"name":"Owen Tregarth"},"datePublished":"2026-03-03T11:20:00.000Z"}</script>
<style>#SITE_HEADER{--bg:255,255,255,1;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-lq1a2b3c" class="comp-lq1a2b3c wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<span class="wixui-rich-text__text">
<a href="https://www.reefsideaquatics.co.uk" target="_self" class="wixui-rich-text__text">REEFSIDE AQUATICS</a></span></p></div>
<wix-dropdown-menu id="comp-lq1a2b4d" class="XRwtpn comp-lq1a2b4d wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"
data-hovered-item="" data-dropdown-menu="true"><nav class="StylableHorizontalMenu3372578893__root" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHvLS"><div class="gIbEBg">
<p class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="TPASection_blog"
class="TPASection_blog"><div class="blog-app"><div data-hook="post-page" class="post-page">
<article class="blog-post-page-font blog-card-background-color" data-hook="post">
<div class="post-metadata" data-hook="post-metadata"><a href="/profile/owen" class="avatar-link" data-hook="avatar-link">
<span data-hook="user-name" class="tQ0Q1A user-name">
Owen Tregarth</span></a><ul class="post-metadata__list"><li><span data-hook="time-ago" title="Mar 3">Mar 3</span></li><li>
<span data-hook="time-to-read">4 min read</span>
</li></ul></div><button aria-label="More actions" data-hook="more-button" class="more-button"></button>
<h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${xTitle}</span></h1>
<div data-hook="post-description" class="post-content__body"><div data-id="content-viewer" class="rich-content-viewer" data-hook="ricos-viewer">
${wp(xParas[0] ?? '', 'p0')}
${wh(xHeads[0] ?? '', 'h1')}${wp(xParas[1] ?? '', 'p1')}
${wh(xHeads[1] ?? '', 'h2')}
<ol class="Ljd0u iVbJb"><li class="lK9TD" dir="auto">${xSteps.map((t, i) => wp(t, `s${i}`)).join('</li><li class="lK9TD" dir="auto">')}</li></ol>
${wh(xHeads[2] ?? '', 'h3')}${wp(xTime, 't')}
${wh(xHeads[3] ?? '', 'h4')}${xFast.map((t, i) => wp(t, `f${i}`)).join('\n')}
</div></div>
<div class="post-footer" data-hook="post-footer"><div data-hook="post-main-actions-desktop" class="main-actions"><button aria-label="Share via Facebook"
class="share-button"></button><button aria-label="Share via Twitter" class="share-button"></button><button aria-label="Share via link" class="share-button">
</button></div>
<nav aria-label="tags" class="tag-list"><ul><li><a href="/blog/tags/aquarium-basics" class="tag-link">Aquarium basics</a></li><li>
<a href="/blog/tags/water-quality"
class="tag-link">Water quality</a></li></ul></nav><div class="post-stats"><span data-hook="view-count">241 views</span>
<span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Like" aria-pressed="false"><span class="like-count">3</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts__list">${xRecent
  .map(
    (r) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/r"><h3 data-hook="post-title">${r[0]}</h3></a><div class="post-stats">
<span>${r[1]}</span><span>${r[2]}</span></div></div>`,
  )
  .join('\n')}</div></section>
<section class="comments" data-hook="comments"><h2 class="comments-title">Comments</h2><div data-hook="comment-box">
<div class="comment-placeholder">Write a comment...</div>
</div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-lq1a2c9z" class="wixui-rich-text"
data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Reefside Aquatics, 2 Quay Parade, Polwenna Bay</p>
<p class="font_9 wixui-rich-text__text">©2026 by Reefside Aquatics. Proudly created with Wix.com</p></div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7b1c2d.bundle.min.js" async></script></body></html>`;
const wixCycle: TestPage = {
  name: 'heldout613-aquarium-cycling-wix',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xHeads,
  body: [...xParas, ...xSteps, xTime, ...xFast],
  bylines: ['Owen Tregarth', 'Mar 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'REEFSIDE AQUATICS', ...xNav, '4 min read', 'Aquarium basics', 'Water quality', '241 views', '0 comments', '3',
    'Recent Posts', 'See All', ...xRecent.flat().filter((t) => t !== '0 comments'), 'Comments', 'Write a comment...',
    'Reefside Aquatics, 2 Quay Parade, Polwenna Bay', '©2026 by Reefside Aquatics. Proudly created with Wix.com',
  ],
};

export const HELDOUT613_D: readonly TestPage[] = [ghostMove, wixCycle];
