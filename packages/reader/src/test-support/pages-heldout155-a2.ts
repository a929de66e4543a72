import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 155, file a2: a Ghost post with the Dawn theme (the gh-head bar with logo, search buttons, nav and the
 * "Sign in" / "Subscribe" portal links, the single-meta line with date, reading time and primary tag, the h1, the custom
 * excerpt, the wide feature image with caption, Koenig image and callout cards in the content, the single-footer with
 * previous/next navigation and "Published by" author list, the native comments frame, the "You might also like" related
 * feed with calendar dates and reading times, and the gh-foot copyright and menu).
 */
const ghTitle = 'Three winters of commuting by bike: the kit that actually mattered';
const ghExcerpt = 'Most of what I bought in the first year sits in a drawer. Four things made the difference between dreading February and not minding it.';
const ghP1 = [
  'I started cycling the eleven kilometres to work in the autumn of 2022, mostly because the bus had been cancelled one too many ' +
    'times. Like most people I assumed winter would be the hard part, and like most people I tried to solve that by spending money.',
  'Three winters later I have a clearer idea of what was worth it. Here is the short list, in the order I would buy things again.',
];
const ghH1 = '1. Mudguards, before anything else';
const ghP2 = [
  'Full-length mudguards with a proper flap at the front do more for comfort than any jacket. Without them the road spray soaks ' +
    'your shoes and the back of your legs before you have gone a kilometre, and no amount of waterproofing on your top half helps.',
  'Get ones that bolt on rather than clip on. The clip-on pair I bought first rattled, twisted in the wind and eventually fell off ' + 'on the ring road.',
];
const ghH2 = '2. Lights you can charge at your desk';
const ghP3 = [
  'In December I ride both ways in the dark. A front light of around 400 lumens with a cut-off beam is plenty on lit roads and does ' +
    'not dazzle drivers. The important part is that it charges over USB-C, so it lives plugged into my laptop during the day and is ' +
    'never flat when I leave.',
];
const ghCallout = 'Keep a cheap spare rear light in your bag. Rear lights fail quietly, and you are the last person to notice.';
const ghH3 = '3. Gloves in two weights';
const ghP4 = [
  'One pair of thin gloves for mornings above five degrees and one thick, windproof pair for anything colder. A single pair that ' +
    'tries to cover both is either too hot in November or useless in January. Fingers are the first thing to get cold and the last ' +
    'thing to warm up, so this is the place not to economise.',
];
const ghH4 = '4. A change of socks at work';
const ghP5 = [
  'This sounds too simple to include, but it is the one habit that changed how I felt about the whole day. Wet feet at a desk for ' +
    'eight hours is miserable. I keep three pairs in a drawer and take them home on Fridays.',
  'What did not make the list: the expensive waterproof trousers, which I wore twice, and the heated insoles, which lasted one ' +
    'season. Mudguards, lights, gloves and socks. That is really all it takes.',
];
const ghNav = ['Home', 'Routes', 'Kit', 'About'];
const ghCaption = 'The canal towpath at Hollin Bridge on a January morning.';
const ghCaption2 = 'The mudguards, five thousand kilometres later.';
const ghRelated = [
  ['Jan', '14', 'Why I stopped using clipless pedals for commuting', '6 min read'],
  ['Dec', '02', 'A winter route that avoids the ring road', '4 min read'],
  ['Nov', '19', 'Cleaning a chain in ten minutes', '3 min read'],
] as const;
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://headwind.example/assets/built/screen.css?v=8d7a1f0c2b">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://headwind.example/three-winters-of-commuting-by-bike/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Headwind"><meta property="og:type" content="article">
<meta property="og:title" content="${ghTitle}"><meta property="article:published_time" content="2026-01-27T07:45:00.000Z">
<meta property="article:tag" content="Kit"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Tomas Reyes-Hall">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Headwind",
"url":"https://headwind.example/"},"author":{"@type":"Person","name":"Tomas Reyes-Hall","url":"https://headwind.example/author/tomas/"},
"headline":"${ghTitle}","datePublished":"2026-01-27T07:45:00.000Z","keywords":"Kit, Winter"}</script>
<meta name="generator" content="Ghost 5.101"><link rel="alternate" type="application/rss+xml" title="Headwind" href="https://headwind.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://headwind.example/"
data-key="4f1c" data-api="https://headwind.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="4f1c" data-styles="" crossorigin="anonymous"></script>
<link href="https://headwind.example/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-kit tag-winter is-head-left-logo has-cover"><div class="site">
<header id="gh-head" class="gh-head gh-outer"><div class="gh-head-inner gh-inner"><div class="gh-head-brand"><div class="gh-head-brand-wrapper">
<a class="gh-head-logo" href="https://headwind.example">Headwind</a></div>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">
${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="https://headwind.example/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"
width="20" height="20"><path d="M21 21l-6-6"></path></svg></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="single post tag-kit tag-winter">
<header class="single-header gh-canvas"><div class="single-meta"><span class="single-meta-item single-meta-date"><time datetime="2026-01-27">
Jan 27, 2026</time></span><span class="single-meta-item single-meta-length">5 min read</span><span class="single-meta-item single-meta-tag">
<a class="post-tag post-tag-kit" href="/tag/kit/">Kit</a></span></div>
<h1 class="single-title">${ghTitle}</h1><div class="single-excerpt">${ghExcerpt}</div>
<figure class="single-media kg-width-wide"><img srcset="/content/images/size/w400/2026/01/towpath.jpg 400w, /content/images/size/w1200/2026/01/towpath.jpg
1200w"
sizes="(min-width: 1023px) 920px, calc(90vw)" src="/content/images/size/w1200/2026/01/towpath.jpg" alt="Snow on a canal towpath">
<figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure></header>
<div class="single-content gh-content gh-canvas">
${ghP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="1-mudguards-before-anything-else">${ghH1}</h2>
${ghP2.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/mudguards.jpg" class="kg-image" alt="" loading="lazy"
width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">${ghCaption2}</span></figcaption></figure>
<h2 id="2-lights-you-can-charge-at-your-desk">${ghH2}</h2>
${ghP3.map((p) => `<p>${p}</p>`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="3-gloves-in-two-weights">${ghH3}</h2>
${ghP4.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="4-a-change-of-socks-at-work">${ghH4}</h2>
${ghP5.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="gh-canvas"><footer class="single-footer"><div class="single-footer-left"><div class="navigation navigation-previous">
<a class="navigation-link" href="/a-winter-route-that-avoids-the-ring-road/" aria-label="Previous post"><span class="navigation-icon"><svg viewBox="0 0 32 32">
<path d="M26.667 14.667v2.667h-16L18 24.667l-1.893 1.893L5.547 16l10.56-10.56L18 7.333l-7.333 7.333h16z"></path></svg></span></a></div></div>
<div class="single-footer-middle"><div class="single-footer-top"><h3 class="single-footer-title">Published by:</h3><div class="author-list">
<div class="author-image-placeholder u-placeholder square"><a href="/author/tomas/" title="Tomas Reyes-Hall"><img class="author-image u-object-fit"
src="/content/images/size/w150/2025/02/tomas.jpg" alt="Tomas Reyes-Hall" loading="lazy"></a></div></div></div></div>
<div class="single-footer-right"><div class="navigation navigation-next"><a class="navigation-link" href="/why-i-stopped-using-clipless-pedals/"
aria-label="Next post"><span class="navigation-icon"><svg viewBox="0 0 32 32"><path d="M5.333 14.667v2.667h16L14 24.667l1.893 1.893L26.453 16z"></path>
</svg></span></a></div></div></footer></div></article>
<div class="gh-comments
gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-ghost-comments="https://headwind.example/"
data-api="https://headwind.example/ghost/api/content/" data-key="4f1c" data-title="" data-count="true" data-post-id="679721" crossorigin="anonymous"></script>
<iframe title="comments-frame" style="width: 100%; border: 0px;" scrolling="no"></iframe></div></main>
<section class="related-wrapper gh-canvas"><h3 class="related-title">You might also like...</h3><div class="related-feed">
${ghRelated
  .map(
    ([m, d, t, r]) => `<article class="feed public post"><div class="feed-calendar"><div class="feed-calendar-month">${m}</div>
<div class="feed-calendar-day">${d}</div></div><h2 class="feed-title">${t}</h2><div class="feed-right"><div class="feed-visibility feed-visibility-public">
<svg viewBox="0 0 24 24"></svg></div><div class="feed-length">${r}</div></div><a class="u-permalink" href="/${d}/" aria-label="${t}"></a></article>`,
  )
  .join('\n')}
</div></section></div>
<footer class="gh-foot gh-outer"><div class="gh-foot-inner gh-inner"><div class="gh-copyright">Headwind © 2026. Powered by
<a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div><nav class="gh-foot-menu"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav>
</div></footer></div><div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap">
<div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div><script src="https://headwind.example/assets/built/main.min.js?v=8d7a1f0c2b"></script></body></html>`;
export const ghostDawnPost: TestPage = {
  html: ghHtml,
  name: 'heldout155-ghost-dawn-blog',
  kind: 'blog',
  // the custom excerpt under the h1 is body (a dek); the callout card is part of the post (body); the date and reading time
  // are bylines, the primary tag, captions, nav, portal links, the related feed and footer are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4],
  body: [ghExcerpt, ...ghP1, ...ghP2, ...ghP3, ghCallout, ...ghP4, ...ghP5],
  bylines: ['Jan 27, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Headwind', ...ghNav, 'Sign in', 'Subscribe', ghCaption, ghCaption2, 'Published by:', 'You might also like...',
    ...ghRelated.flat(), 'Headwind © 2026. Powered by Ghost', 'Sign up', 'Contact',
  ],
};
