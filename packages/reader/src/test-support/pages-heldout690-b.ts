import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout690-kit.js';

/** Held-out batch 690, file b: a long sportive report on Ghost (Casper theme); its second page is in file b2. */
const gTitle = 'Rain, Wind and 3,200 Metres: The Fellwater 160 in Review';
const gDek = 'Our long-distance squad took on the toughest edition of the Fellwater sportive yet. Here is how it went, stage by stage.';
const gBody = [
  j(
    'There is a moment on every hard sportive when you stop thinking about the finish and start thinking only about the next',
    'hundred metres. At the Fellwater 160 this year, for most of the nine Greyside Wheelers who started, that moment came at',
    'about kilometre 40, on the first slopes of Corran Pass, in horizontal rain.',
  ),
  j(
    'The Fellwater is not a race. There are no prizes, and the timing chips exist mainly so that the organisers know who is',
    'still out on the hills at dusk. But with 3,200 metres of climbing over 160 km, and a time limit of eleven hours, it is',
    'one of the hardest one-day rides in the north, and it has a reputation for weather.',
  ),
  'The start',
  j(
    'We gathered in the car park of Fellwater Rugby Club at 6.15 am, in the kind of drizzle that does not look like much until',
    'you have been standing in it for ten minutes. The organisers had moved the start back by a quarter of an hour to let a band',
    'of heavier rain pass through, which it did, mostly.',
  ),
  j(
    'Riders go off in waves of fifty. Our group was in the fourth wave, and the first 25 km along the valley floor passed in a',
    'tight, chatty bunch. Dave Ashworth, who has done the event eleven times, warned the first-timers to eat early and keep',
    'something dry in a plastic bag for the top of Corran.',
  ),
  'Corran Pass',
  j(
    'Corran is 7.8 km long at an average of 7 per cent, but that figure hides a section of nearly 20 per cent around the',
    'hairpins near the old quarry. By the time we reached them, the wind had swung to the west and was blowing straight down',
    'the pass. Several riders walked the steepest bend, and there is no shame in that.',
  ),
  j(
    'At the summit, the feed station volunteers were handing out hot squash from the back of a horsebox. Nobody lingered. The',
    'descent to Lowther Bridge was cold and slow, with gravel washed across the road in two places, and marshals at both waving',
    'riders down to walking pace.',
  ),
  'The middle miles',
  j(
    'The central section of the route, from Lowther Bridge to Kelby, is the part that people forget to train for. It is',
    'never steep for long, but it never stops going up and down either: 60 km of short ramps, cattle grids and exposed moorland',
    'roads where the wind finds every gap in your clothing.',
  ),
  j(
    'This is where the group began to split. Sian and Tomasz pressed on together, riding a steady tempo that brought them into',
    'the Kelby feed station a good twenty minutes ahead of the rest of us. The rest of us rode as a four, swapping turns on the',
    'front and stopping once to help a rider from another club fix a snapped gear cable with a zip tie.',
  ),
  j(
    'The Kelby feed is the famous one. The village hall serves soup, sandwiches and a fruit cake that has its own following',
    'online. We sat down for fifteen minutes, which was probably ten minutes too long, and left with cold legs.',
  ),
  'The Hask',
  j(
    'The last big climb, the Hask, comes at kilometre 128, which is exactly where you do not want it. It is only 3 km long, but',
    'the first kilometre averages 12 per cent and the road surface is broken. The sun came out as we started up it, which felt',
    'like a joke at the time.',
  ),
  j(
    'Sarah Pennock, on her first Fellwater, rode it without stopping and said afterwards that it was the best moment of her',
    'cycling year. Dave, on his twelfth, stopped twice and said that it was the worst.',
  ),
  'The finish and the numbers',
  j(
    'All nine of us finished, which is more than can be said for the field as a whole: the organisers reported 612 finishers',
    'from 804 starters, the lowest completion rate since 2019. Our fastest time was 7 hours 41 minutes (Sian and Tomasz, who',
    'crossed the line together), and our slowest was 10 hours 12 minutes, comfortably inside the limit.',
  ),
  j(
    'A few lessons for next year: fit mudguards, whatever the forecast; carry a proper waterproof, not a gilet; and do at least',
    'two long rides with more than 2,000 metres of climbing in the six weeks before. The middle section of the route is where',
    'the training shows.',
  ),
  j(
    'Thanks to the volunteers of Fellwater Rugby Club, the marshals on the Corran descent, and the bakers of Kelby. We will be',
    'back in 2027, and entries open on 1 February. If you want to ride it with the club, come along to the long rides on',
    'Saturdays from January, when we start building up the distance.',
  ),
];
const gRead = ['Winter Training Plan: Week One', 'Club Kit Order Now Open', 'Why We Ride Two Abreast'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=c5a0ea3a4d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://greysidewheelers.cc/fellwater-160-review/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Greyside Wheelers"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-22T18:04:11.000Z"><meta property="article:tag" content="Sportives">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Greyside Wheelers"},"author":{"@type":"Person","name":"Helen Marsh"},"headline":"${gTitle}","datePublished":"2026-09-22T18:04:11.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Greyside Wheelers" href="https://greysidewheelers.cc/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://greysidewheelers.cc/"
data-key="9c1b3a0e8f2d4c7a" data-api="https://greysidewheelers.cc/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:40px 4vw}</style>
</head>
<body class="post-template tag-sportives tag-hash-long-read is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://greysidewheelers.cc">Greyside Wheelers</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://greysidewheelers.cc/">Home</a></li><li class="nav-rides">
<a href="https://greysidewheelers.cc/rides/">Rides</a></li>
<li class="nav-reports nav-current-parent"><a href="https://greysidewheelers.cc/tag/reports/">Reports</a></li><li class="nav-about">
<a href="https://greysidewheelers.cc/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-sportives tag-hash-long-read image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/sportives/">Sportives</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/helen.jpg" alt="Helen Marsh">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Marsh</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-09-22">Sep 22, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/09/corran.jpg 300w, /content/images/size/w600/2026/09/corran.jpg 600w"
src="/content/images/size/w2000/2026/09/corran.jpg" alt="Riders on Corran Pass">
<figcaption>Riders on the lower slopes of Corran Pass, an hour after the start. Photo: Ben Achterberg</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="the-start">${at(gBody, 2)}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="corran-pass">${at(gBody, 5)}</h2>
${ps(gBody.slice(6, 8))}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/09/kelby-feed.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">
<figcaption><span style="white-space: pre-wrap;">The Kelby village hall feed station, home of the fruit cake.</span></figcaption></figure>
<h2 id="the-middle-miles">${at(gBody, 8)}</h2>
${ps(gBody.slice(9, 12))}
<h2 id="the-hask">${at(gBody, 12)}</h2>
${ps(gBody.slice(13, 15))}
<hr>
<h2 id="the-finish-and-the-numbers">${at(gBody, 15)}</h2>
${ps(gBody.slice(16))}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post">
<a class="post-card-image-link" href="/winter-training-plan-week-one/">
<img class="post-card-image" src="/content/images/size/w600/2026/09/turbo.jpg" alt="" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/winter-training-plan-week-one/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Training</span></div>
<h2 class="post-card-title">${at(gRead, 0)}</h2></header>
<div class="post-card-excerpt">Six short turbo sessions to keep you ticking over until the clocks change.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-15">Sep 15, 2026</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/club-kit-order/">
<header class="post-card-header"><h2 class="post-card-title">${at(gRead, 1)}</h2></header>
<div class="post-card-excerpt">Jerseys, bibs and the new winter jacket. Orders close on 10 October.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-09-08">Sep 8, 2026</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/two-abreast/">
<header class="post-card-header"><h2 class="post-card-title">${at(gRead, 2)}</h2></header>
<div class="post-card-excerpt">It is legal, it is safer, and it makes overtaking quicker. Here is why.</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-08-30">Aug 30, 2026</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://greysidewheelers.cc">Greyside Wheelers</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-strava">
<a href="https://www.strava.com/clubs/greyside">Strava</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=c5a0ea3a4d"></script>
</body></html>`;
const fellwater: TestPage = {
  name: 'heldout690-sportive-report-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [2, 5, 8, 12, 15].map((i) => at(gBody, i)),
  body: [gDek, ...texts(gBody.filter((_, i) => ![2, 5, 8, 12, 15].includes(i)))],
  bylines: ['Helen Marsh', 'Sep 22, 2026', 'Sep 15, 2026', 'Sep 8, 2026', 'Aug 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Reports', 'Sign in', 'Subscribe', 'Sportives', 'Featured', '• 6 min read',
    'Riders on the lower slopes of Corran Pass, an hour after the start. Photo: Ben Achterberg',
    'The Kelby village hall feed station, home of the fruit cake.', 'Sign up for more like this.', 'Enter your email', ...gRead,
    'Six short turbo sessions to keep you ticking over until the clocks change.', 'Jerseys, bibs and the new winter jacket. Orders close on 10 October.',
    'It is legal, it is safer, and it makes overtaking quicker. Here is why.', '4 min read', '2 min read', '3 min read',
    'Greyside Wheelers © 2026', 'Sign up', 'Strava', 'Powered by Ghost',
  ],
};

export const HELDOUT690_B: readonly TestPage[] = [fellwater];
