import { links, ps, type TestPage } from './page-kit.js';
import { j, page } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file d: a fishmonger's weekly newsletter post on Ghost (Casper) with a standfirst, an image card, a
 * signature, a subscribe box and "read more" cards, and a short pork cut guide on Hugo (Ananke theme) with a definition list.
 */
const gTitle = 'The week on the quay: storms, sprats and a new smoker';
const gDek = 'Two days lost to the weather, the first sprats of the winter, and why the shop smells of oak on Thursdays.';
const gBody = [
  j(
    'Monday and Tuesday were a write-off. The wind swung round to the north-east and nothing left the harbour, so the counter was',
    'thin until Wednesday morning, when three boats went out together and came back with the best hake we have seen since June.',
  ),
  j(
    'The sprats arrived on Thursday, a fortnight earlier than last year. They are tiny, silver and almost free at £4 a kilo. Dust',
    'them in seasoned flour, fry them hard and eat them with your fingers and a squeeze of lemon.',
  ),
  j(
    'The new smoker is finally working. We are cold-smoking our own haddock and hot-smoking mackerel over oak chips every Thursday,',
    'so come in on Friday for the first batch. Numbers are small while we get the hang of it.',
  ),
  'Next week: crab is slowing down, but the first scallops from Nat should be in by Saturday.',
];
const gSign = '– Lowri and the team at the Larder';
const gRead = ['Why we stopped selling farmed salmon', 'How to dress a crab in ten minutes', 'The week on the quay: mackerel everywhere'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1f3c">
<link rel="canonical" href="https://quaysidelarder.example/the-week-on-the-quay-storms-sprats/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Quayside Fish Larder"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-13T17:02:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Quayside Fish Larder"},
"author":{"@type":"Person","name":"Lowri Pengelly"},"headline":"${gTitle}","datePublished":"2026-11-13T17:02:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-ghost="https://quaysidelarder.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-newsletter is-head-left-logo has-serif-body"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://quaysidelarder.example">Quayside Fish Larder</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-the-shop"><a href="/shop/">The Shop</a></li>
<li class="nav-recipes"><a href="/tag/recipes/">Recipes</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-newsletter image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/newsletter/">Newsletter</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/lowri/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/lowri.jpg" alt="Lowri Pengelly"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/lowri/">Lowri Pengelly</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-13">Nov 13, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div></header><section class="gh-content gh-canvas">
<p>${gBody[0]}</p><figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/sprats.jpg" class="kg-image" alt=""
loading="lazy" width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">The first sprats of the season, Thursday morning.</span></figcaption>
</figure>${ps(gBody.slice(1))}<p><em>${gSign}</em></p></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main><aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t) => `<article class="post-card post"><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://quaysidelarder.example">Quayside Fish Larder</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8a1f3c"></script></body></html>`;
const ghost = page({
  name: 'heldout588-ghost-quay-newsletter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gDek, ...gBody],
  bylines: ['Lowri Pengelly', 'Nov 13, 2026', gSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quayside Fish Larder', 'Home', 'The Shop', 'Recipes', 'About', 'Sign in', 'Subscribe', 'Newsletter', '• 2 min read',
    'The first sprats of the season, Thursday morning.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead,
    'Quayside Fish Larder © 2026', 'Privacy', 'Powered by Ghost',
  ],
});

const hTitle = 'Pork cuts, explained';
const hIntro = j(
  'We only sell pork from our own Saddleback and Tamworth pigs, and we cut them the old way. Here is a short guide to what you will',
  'find on the counter on a Saturday.',
);
const hCuts: readonly (readonly [string, string])[] = [
  ['Shoulder', 'The best joint for slow roasting or pulled pork. Ask for it on the bone with the skin scored.'],
  ['Loin', 'Chops, or a roasting joint with the crackling left on. Saddlebacks give a generous layer of fat.'],
  ['Belly', 'Roast it slowly, cure it for bacon, or cut it into strips for the barbecue.'],
  ['Leg', 'A big lean joint for a crowd. We also cure a few every winter for ham.'],
  ['Cheek', 'Small, cheap and wonderful braised in cider. We sell them by the half-dozen.'],
];
const hOutro = 'Everything else goes into our sausages, which is why there are never any left by noon.';
const hRel = ['Curing your own bacon', 'Why we keep Saddlebacks'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Birchmoor Pork</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="A short guide to the pork cuts on our counter.">
<meta name="generator" content="Hugo 0.128.0"><meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2026-02-20T10:00:00+00:00"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Birchmoor Pork</a>
<div class="flex-l items-center"><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/about/"
title="About page">About</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/" title="Posts page">Posts</a></li>
<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/order/" title="Order page">Order</a></li></ul></div></div></nav></div>
</header><main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://birchmoorpork.example/posts/pork-cuts/" class="ananke-social-link facebook no-underline"
title="Share on Facebook" aria-label="Share on Facebook"><span class="icon"><svg height="32px"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Gwen Astley</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-02-20T10:00:00Z">February 20, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>${hIntro}</p>
<dl>${hCuts.map(([t, d]) => `<dt>${t}</dt>\n<dd>${d}</dd>`).join('\n')}</dl><p>${hOutro}</p></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://birchmoorpork.example/">&copy; 2026 Birchmoor Pork</a><div></div></div></footer></body></html>`;
const hugo = page({
  name: 'heldout588-hugo-pork-cuts',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: [hIntro, ...hCuts.flat(), hOutro],
  bylines: ['By Gwen Astley', 'February 20, 2026'],
  furniture: ['Birchmoor Pork', 'About', 'Posts', 'Order', 'Related', ...hRel, '© 2026 Birchmoor Pork'],
});

export const HELDOUT588_D: readonly TestPage[] = [ghost, hugo];
