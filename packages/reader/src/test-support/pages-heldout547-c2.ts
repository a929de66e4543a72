import { ps, texts, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout547-kit.js';

/** Held-out batch 547, file c2: a surf coach's post on reading a surf forecast on Ghost (Casper theme, callout card, read-more cards). */
const gTitle = 'How to Read a Surf Forecast Without Fooling Yourself';
const gDek = 'Swell height is the number everyone looks at first, and the one that tells you least. Here is what I check instead.';
const gSecs: { h: string; paras: string[]; li?: string[] }[] = [
  {
    h: '',
    paras: [
      j(
        'Most of the students who turn up for a lesson on a bad day have looked at a forecast. They saw "1.2 m" and a smiling sun',
        'and drove for an hour. Then they found a beach full of wind chop, or a flat sea with the swell passing the bay by. The',
        'forecast was not wrong; they just read the wrong line of it.',
      ),
    ],
  },
  {
    h: 'Start with the period',
    paras: [
      j(
        'Swell period is the time in seconds between two waves passing the same point. It tells you how much energy the swell',
        'carries and how far it has travelled. A long-period swell wraps into sheltered corners and breaks with more power than its',
        'height suggests; a short-period swell is usually local wind-blown sea and breaks weak and messy.',
      ),
    ],
    li: [
      'Under 8 seconds: local wind swell, choppy, fine for a first lesson on a calm day',
      '8 to 11 seconds: a mix, often the most forgiving surf for improvers',
      '12 seconds and over: groundswell, powerful, with long waits between sets',
    ],
  },
  {
    h: 'Then the wind',
    paras: [
      j(
        'Offshore wind blows from the land to the sea and holds the wave faces up, smooth and clean. Onshore wind does the',
        'opposite. On our north-facing beach, anything with south in it is good news; a northerly above 10 knots turns it to mush.',
      ),
      j(
        'Watch the hour-by-hour wind, not the daily summary. Mornings are often calm before a sea breeze fills in around midday,',
        'which is why our first lesson starts at nine.',
      ),
    ],
  },
  {
    h: 'Check the tide last',
    paras: [
      j(
        'Every beach has a stage of tide it prefers. Ours works best from two hours after low to an hour before high. At high',
        'water the waves break straight onto the steep upper beach and close out. Put the tide times next to the wind chart and',
        'look for the hours where both are in your favour.',
      ),
    ],
  },
  {
    h: 'Putting it together',
    paras: [
      j(
        'A good beginner day here is a swell of 0.5 to 1 m at 8 to 10 seconds, a light southerly wind and a rising mid tide. That',
        'happens more often than you would think, but rarely on the day the app shows the biggest number.',
      ),
    ],
  },
];
const gCallout = 'If you are booked on a lesson, you do not need to do any of this. We check every morning and will call you if we move it.';
const gCap = 'A clean 10-second swell at mid tide. Photo by the author.';
const gNav = ['Home', 'Lessons', 'Forecasting', 'About'];
const gCards = [
  { t: 'Your First Pop-Up, Step by Step', e: 'Three drills you can practise on the living-room floor.', d: 'Jan 28, 2027', r: '4 min read' },
  {
    t: 'Rip Currents: Spot Them From the Car Park',
    e: 'What a rip looks like from above, and why the calm patch is the dangerous one.',
    d: 'Jan 9, 2027',
    r: '5 min read',
  },
];
const gSec = (s: (typeof gSecs)[number]): string =>
  `${s.h === '' ? '' : `<h2 id="${s.h.toLowerCase().replace(/ /g, '-')}">${s.h}</h2>`}\n${ps(s.paras)}${s.li ? `<ul>${lis(s.li)}</ul>` : ''}`;
const gCard = (
  c: (typeof gCards)[number],
): string => `<article class="post-card post"><a class="post-card-image-link" href="/${c.t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2027/01/card.jpg" alt="${c.t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/${c.t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Lessons</span></div><h2 class="post-card-title">${c.t}</h2>
</header>
<div class="post-card-excerpt">${c.e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-01">${c.d}</time><span
class="post-card-meta-length">${c.r}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://lowwatersurf.com/how-to-read-a-surf-forecast/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Lowwater Surf Coaching"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-02-11T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lowwater Surf Coaching"},
"author":{"@type":"Person","name":"Morwenna Kitto"},"headline":"${gTitle}","datePublished":"2027-02-11T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Lowwater Surf Coaching"
href="https://lowwatersurf.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://lowwatersurf.com/"
data-key="9f2b7c1e4a" data-api="https://lowwatersurf.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="9f2b7c1e4a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://lowwatersurf.com/" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #0f6e8c;}</style></head>
<body class="post-template tag-forecasting is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://lowwatersurf.com">Lowwater Surf Coaching</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="https://lowwatersurf.com/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a
class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-forecasting ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/forecasting/">Forecasting</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/morwenna/" class="author-avatar" aria-label="Read more of Morwenna Kitto">
<img class="author-profile-image" src="/content/images/size/w100/2026/11/morwenna.jpg" alt="Morwenna Kitto"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/morwenna/">Morwenna Kitto</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-11">Feb 11, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/lineup.jpg 300w, /content/images/size/w600/2027/02/lineup.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/lineup.jpg" alt="Lines of swell at the point">
<figcaption><span style="white-space: pre-wrap;">${gCap}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gSecs.slice(0, 3).map(gSec).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${gSecs.slice(3).map(gSec).join('\n')}
</section></article></main>
<div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></div>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://lowwatersurf.com">Lowwater Surf Coaching</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://lowwatersurf.com/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout547-ghost-casper-forecast',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.filter((s) => s.h !== '').map((s) => s.h),
  body: texts([gDek, ...gSecs.slice(0, 3).flatMap((s) => [...s.paras, ...(s.li ?? [])]), gCallout, ...gSecs.slice(3).flatMap((s) => s.paras)]),
  bylines: ['Morwenna Kitto', 'Feb 11, 2027', ...gCards.map((c) => c.d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lowwater Surf Coaching', 'Home', 'Lessons', 'Forecasting', 'About', 'Sign in', 'Subscribe', '6 min read', gCap, 'Sign up for more like this.',
    'Enter your email', ...gCards.flatMap((c) => [c.t, c.e, c.r]), 'Lowwater Surf Coaching © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT547_C2: readonly TestPage[] = [ghost];
