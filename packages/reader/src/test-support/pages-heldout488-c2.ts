import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file c2: a community rail partnership's post on Ghost (Casper theme) about weekend replacement buses,
 * with a callout card, a members signup box and "read more" cards.
 */
const gTitle = 'Weekend buses on the Heron Valley line: what to expect';
const gDek = 'The line closes on four weekends in April for bridge repairs. Here is how the replacement buses will work.';
const gIntro = [
  j(
    'Network Rail will be strengthening the viaduct at Coombe Mill over four weekends in April, so no trains will run between',
    'Pellingford and Heron Quay from the last train on Friday evening until the first train on Monday morning.',
  ),
  j(
    'We have been talking with the train company about the replacement buses since January, and we have passed on many of the',
    'points you raised at our February meeting. Not everything we asked for has been possible, but some of it has.',
  ),
];
const gCallout = 'Closed weekends: 4–5 April, 11–12 April, 18–19 April and 25–26 April.';
const gStopsH = 'Where the buses stop';
const gStops = [
  j(
    'Buses will call at every station except Hensbury Halt, where the lane is too narrow for a coach. A taxi will run from Hensbury',
    'Halt to Coombe Mill to meet each bus; tell the staff at Coombe Mill if you need it on your return.',
  ),
  'At Pellingford the buses leave from the station car park, not from the bus station in town.',
];
const gTimesH = 'Journey times';
const gTimes = [
  j(
    'The train takes 34 minutes from end to end. The bus will take about 70 minutes, because the road follows the river through',
    'every village. Buses will run every hour, leaving Pellingford at 20 minutes past and Heron Quay at 5 minutes to the hour.',
  ),
  'If you are connecting with a main line train at Pellingford, allow at least an extra hour.',
];
const gTipsH = 'Our tips';
const gTips = [
  'Bring a folding bike rather than a full-size one: only folding bikes are allowed on the buses.',
  'The Saturday market at Heron Quay is still on, and the buses stop two minutes’ walk from the harbour.',
  'Our volunteers will be at Pellingford on the first Saturday with printed timetables and a flask of tea.',
];
const gEnd = [
  j(
    'The partnership is a group of volunteers, councils and businesses who look after the line and its stations. If something',
    'goes wrong with the buses, please tell the train company first, then let us know too, so we can keep the pressure on.',
  ),
];
const gNav = ['Home', 'About the line', 'Walks', 'Station adoption', 'Events', 'Membership'];
const gMore = [
  ['New planters at Coombe Mill station', 'Spring 2026 walks from the line'],
  ['Our response to the timetable consultation', 'Meet the Hensbury Halt adopters'],
].flat();
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://heronvalleyrail.example/weekend-buses-april/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Heron Valley Rail Partnership"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-18T17:02:11.000Z"><meta property="article:tag" content="Service changes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Heron Valley Rail Partnership"},"author":{"@type":"Person","name":"Ruth Penhallow"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Heron Valley Rail Partnership" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://heronvalleyrail.example/"
data-key="8d1f0c2a" data-api="https://heronvalleyrail.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px}</style></head>
<body class="post-template tag-service-changes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://heronvalleyrail.example">
Heron Valley Rail Partnership</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-service-changes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/service-changes/">Service changes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/ruth.jpg" alt="Ruth Penhallow"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Penhallow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-18">Mar 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2026/03/coombe-viaduct.jpg" alt="Coombe Mill viaduct">
<figcaption><span style="white-space:pre-wrap">The viaduct at Coombe Mill. Photo: Dev Annear</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🚌</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="where-the-buses-stop">${gStopsH}</h2>${ps(gStops)}
<h2 id="journey-times">${gTimesH}</h2>${ps(gTimes)}
<h2 id="our-tips">${gTipsH}</h2><ul>${lis(gTips)}</ul>
${ps(gEnd)}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://heronvalleyrail.example">Heron Valley Rail Partnership</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Contact', 'Privacy'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout488-ghost-casper-replacement-buses',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gStopsH, gTimesH, gTipsH],
  body: texts([gDek, ...gIntro, gCallout, ...gStops, ...gTimes, ...gTips, ...gEnd]),
  bylines: ['Ruth Penhallow', 'Mar 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heron Valley Rail Partnership', ...gNav, 'Sign in', 'Subscribe', 'Service changes', '• 3 min read',
    'The viaduct at Coombe Mill. Photo: Dev Annear', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore,
    'Heron Valley Rail Partnership © 2026', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT488_C2: readonly TestPage[] = [ghost];
