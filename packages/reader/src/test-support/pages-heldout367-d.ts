import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikiloc } from './pages-heldout367-d2.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file d: a bikepacking route on a Ghost blog with the Casper theme (site header with navigation and
 * the portal's Sign in / Subscribe buttons, the article header with its primary tag, excerpt, byline, date and reading
 * time, the feature image caption, Koenig cards: an image card caption, a callout card, a bookmark card and a file card
 * with the GPX download, the members sign-up CTA, the "Read more" rail and the footer) and, from file d2, a
 * Wikiloc-style route page.
 */
const gTitle = 'The Dunmere Gravel Traverse: 310 km of forest roads and bothies';
const gExcerpt = 'A four-day gravel route across the Dunmere uplands, with two bothies, one ferry and very few shops.';
const gCallout = 'Some of the forest roads are closed for timber felling this winter. Check the diversions page before you go.';
const gIntro = [
  j(
    'The Dunmere Traverse started as a line I drew between two bothies on an old estate map. After three scouting trips and one',
    'very wet week in April, it has become my favourite multi-day gravel route: 310 km, about 5,200 metres of climbing, and more',
    'than two-thirds of it on forest roads and old drove tracks closed to cars.',
  ),
];
const gRoute = [
  j(
    'The route starts at Kelloch station and heads north into the Strathmore forest on smooth, fast gravel. The first day is the',
    'easiest, finishing at the Allt Dubh bothy after 78 km, and it is a good test of whether your gearing and luggage are right.',
  ),
  j(
    'Day two crosses the watershed on the old drove road to Inverlanna. This is the crux of the route: 14 km of rough, rocky',
    'double track, with a river crossing that can be impassable after heavy rain. There is a signed bypass on the estate road.',
  ),
  j(
    'The third day is the most scenic, following the shore of Loch Carran before the short ferry crossing to Port Ardvar. The',
    'ferry runs four times a day in summer and carries bikes for free, but it does not run on Sundays outside July and August.',
  ),
  'The last day climbs once more over the Bealach Ruadh and then drops all the way to the coast at Kinloss Harbour.',
];
const gResupply = [
  'Kelloch: supermarket and bike shop by the station, open every day.',
  'Inverlanna: village shop, closed on Wednesday afternoons.',
  'Port Ardvar: café at the ferry slip and a small general store.',
  'Kinloss Harbour: everything, including a train back to Kelloch.',
];
const gKit = [
  j(
    'I rode it on a steel gravel bike with 45 mm tyres, which was fine everywhere except the drove road, where 50 mm or more',
    'would have been kinder. Bring a water filter: between Allt Dubh and Inverlanna there are no taps, only streams.',
  ),
];
const gNav = ['Home', 'Routes', 'Gear', 'About'];
const gMore = ['Bothy etiquette for bikepackers', 'Packing list for a four-day gravel trip', 'Riding the Carran coast road in winter'];
const gFoot = ['Data & privacy', 'Contact', 'Contribute'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The Dunmere Gravel Traverse: 310 km of forest roads and bothies</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f1e4a2c7d">
<link rel="canonical" href="https://loosegravel.example/dunmere-gravel-traverse/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Loose Gravel"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2025-09-21T07:00:00.000Z"><meta property="article:tag" content="Routes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Loose Gravel"},
"author":{"@type":"Person","name":"Nell Arkwright"},"headline":"${gTitle}","datePublished":"2025-09-21T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.105"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true"
data-ghost="https://loosegravel.example/" data-key="9b1d4e" data-api="https://loosegravel.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-routes tag-scotland is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://loosegravel.example">
Loose Gravel</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-routes tag-scotland">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/routes/">Routes</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/nell/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/02/nell.jpg" alt="Nell Arkwright"></a></li>
</ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nell/">Nell Arkwright</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-09-21">Sep 21, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/09/drove-road.jpg 300w" src="/content/images/size/w2000/2025/09/drove-road.jpg"
alt="A loaded gravel bike on the drove road"><figcaption>The drove road above Inverlanna, the rough heart of the route.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="the-route">The route</h2>
${ps(gRoute)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/09/loch-carran.jpg" class="kg-image" alt="" loading="lazy"
width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Waiting for the ferry at the Loch Carran slip.</span></figcaption></figure>
<h2 id="resupply">Resupply</h2>
<ul>${lis(gResupply)}</ul>
<h2 id="bike-and-kit">Bike and kit</h2>
${ps(gKit)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://loosegravel.example/bothy-etiquette/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Bothy etiquette for bikepackers</div><div class="kg-bookmark-description">How to share a bothy without being that
person.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Loose Gravel</span><span class="kg-bookmark-publisher">Nell
Arkwright</span></div></div></a></figure>
<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="/content/files/2025/09/dunmere-traverse.gpx" download><div
class="kg-file-card-contents"><div class="kg-file-card-title">Dunmere Traverse GPX</div><div class="kg-file-card-metadata"><div
class="kg-file-card-filename">dunmere-traverse.gpx</div><div class="kg-file-card-filesize">412 KB</div></div></div></a></div>
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Get new routes in your inbox</h2>
<p>Subscribe to Loose Gravel for free. One email a month, no spam.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a>
</div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><div class="post-feed">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://loosegravel.example">Loose Gravel</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f1e4a2c7d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout367-ghost-casper-bikepacking-route',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['The route', 'Resupply', 'Bike and kit'],
  body: texts([gExcerpt, ...gIntro, gCallout, ...gRoute, ...gResupply, ...gKit]),
  bylines: ['Nell Arkwright', 'Sep 21, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loose Gravel', ...gNav, 'Sign in', 'Subscribe', 'The drove road above Inverlanna, the rough heart of the route.',
    'Waiting for the ferry at the Loch Carran slip.', 'How to share a bothy without being that person.', 'Dunmere Traverse GPX',
    'dunmere-traverse.gpx', '412 KB', 'Get new routes in your inbox', 'Subscribe to Loose Gravel for free. One email a month, no spam.',
    'Subscribe now', 'Read more', ...gMore, '© 2026', ...gFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT367_D: readonly TestPage[] = [ghost, wikiloc];
