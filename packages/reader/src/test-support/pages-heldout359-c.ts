import { links, ps, type TestPage, texts } from './page-kit.js';
import { evac } from './pages-heldout359-c2.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file c: a flood warning story on a local TV station's Arc XP-style site (the station header with
 * Watch Live and weather now, the section menu, the "First Alert Weather Day" alert bar, the byline and published /
 * updated lines, the lead video figure and its caption, an inline "Related:" promo, a pull quote, the warning facts list,
 * the app download box, the "Copyright ... All rights reserved." line, the "Most Read" rail, an ad slot, and the footer)
 * and, from file c2, a county evacuation notice.
 */
const wTitle = 'Flood warning issued for the Tarrow River as crest nears record levels';
const wLead = [
  j(
    'TARROW, Calder (WKLD) - The National Weather Service has issued a flood warning for the Tarrow River from Glenrose downstream',
    'to the Orvale County line, as water released from the upper basin pushes the river toward levels not seen since 1997.',
  ),
  j(
    'The river stood at 19.4 feet at the Tarrow gauge at 4 p.m. Wednesday, more than four feet above flood stage. Forecasters expect',
    'it to crest near 23.1 feet late Thursday night, just shy of the record of 23.6 feet set in April 1997.',
  ),
];
const wH = ['What the warning means', 'Roads already closed', 'When the water will go down'];
const wMean = [
  j(
    'At 22 feet, water begins to cover River Road and enters low-lying homes on the east side of Tarrow near Mill Park. At 23 feet,',
    'the levee along the fairgrounds is overtopped in two places and the sewage treatment plant begins flood-fighting operations.',
  ),
];
const wQuote = j(
  'If you live in the river bottoms and you are thinking about leaving, leave tonight while the roads are still open. Do not',
  'wait for water in your yard.',
);
const wQuoteBy = 'Pell County Emergency Management Director Hollis Kerrane';
const wMean2 = [
  j(
    'Kerrane said sandbags are available at the county highway garage on Route 9 and at the Tarrow fire station, and volunteers',
    'are helping older residents fill and carry them.',
  ),
];
const wRoads = ['As of Wednesday evening, the following roads were closed because of high water:'];
const wRoadList = [
  'River Road between Mill Park and the Route 9 bridge',
  'County Road 14 at Cutler Creek',
  'Fairgrounds Drive south of Hall B',
  'The Glenrose boat ramp access road',
];
const wDown = [
  j(
    'The river is expected to fall below flood stage by Sunday afternoon if no more heavy rain falls upstream. A dry stretch is',
    'forecast through the weekend, but forecasters warn that another storm system could bring one to two inches of rain early next week.',
  ),
  j(
    'Turn around, don’t drown: never drive through flooded roadways. Just six inches of moving water can knock a person down, and',
    'a foot of water can float most cars.',
  ),
];
const wMenu = ['News', 'First Alert Weather', 'Sports', 'Community', 'Investigates', 'Contests', 'Newsletters'];
const wMost = [
  'Bridge inspection finds cracks on Route 9 span, state says',
  'Tarrow teen wins national spelling title',
  'New clinic opens on Weir Street after three-year delay',
  'Fairgrounds board approves grandstand repairs',
];
const wFoot = [
  'Contact Us',
  'Advertise With Us',
  'FCC Public Inspection File',
  'Closed Captioning/Audio Description',
  'Terms of Service',
  'Privacy Policy',
  'EEO Statement',
];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${wTitle}</title>
<meta name="description" content="The river is forecast to crest near 23.1 feet late Thursday night.">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="article:section" content="News">
<meta property="article:published_time" content="2026-05-06T17:12:00Z"><meta name="twitter:site" content="@WKLD6">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}","datePublished":"2026-05-06T17:12:00Z",
"dateModified":"2026-05-06T23:40:00Z","author":[{"@type":"Person","name":"Delphine Arcos"}],"publisher":{"@type":"Organization","name":"WKLD"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="wkld";Fusion.contentCache={};Fusion.globalContent={"_id":"3KDX7QZ5","type":"story"};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=712"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to content</a>
<header class="header-nav"><div class="header-nav__top"><a href="/" class="logo" aria-label="WKLD 6 News home">WKLD 6 News</a>
<a href="/live/" class="watch-live">Watch Live</a><div class="weather-now"><span class="weather-now__temp">58°</span>
<span class="weather-now__city">Tarrow</span></div></div>
<nav class="section-nav" aria-label="Sections"><ul>${links(wMenu, 'section-nav__item')}</ul></nav></header>
<div class="alert-bar alert-bar--weather" role="alert"><span class="alert-bar__label">First Alert Weather Day</span>
<a href="/weather/">Flood warnings in effect for Pell and Orvale counties</a></div>
<main id="main" class="b-article"><article class="article"><div class="article-header">
<a class="overline" href="/news/">News</a><h1 class="headline">${wTitle}</h1>
<div class="byline"><span class="byline__by">By </span><a class="byline__author" href="/author/delphine-arcos/">Delphine Arcos</a></div>
<div class="article-date"><span class="published">Published: May. 6, 2026 at 12:12 PM CDT</span>
<span class="updated">Updated: May. 6, 2026 at 6:40 PM CDT</span></div>
<div class="share-bar"><a class="share-bar__fb" href="#" aria-label="Share on Facebook">Share on Facebook</a>
<a class="share-bar__em" href="#" aria-label="Email This Link">Email This Link</a><a class="share-bar__x" href="#">Share on X</a></div></div>
<figure class="lead-art video-lead"><div class="video-player" data-video-id="vid-88213"></div>
<figcaption class="video-caption">The Tarrow River spills over River Road near Mill Park on Wednesday afternoon.(WKLD)</figcaption></figure>
<div class="article-body">
${ps(wLead, ' class="article-paragraph"')}
<div class="inline-promo"><p class="article-paragraph"><strong>Related: </strong><a href="/2026/05/05/pell-county-opens-sandbag-sites/">Pell County
opens sandbag sites as rain totals climb</a></p></div>
<h2 class="article-heading">${wH[0]}</h2>
${ps(wMean, ' class="article-paragraph"')}
<blockquote class="pull-quote"><p>“${wQuote}”</p><cite>${wQuoteBy}</cite></blockquote>
${ps(wMean2, ' class="article-paragraph"')}
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="gpt-ad-slot-2" class="arcad"></div></div>
<h2 class="article-heading">${wH[1]}</h2>
${ps(wRoads, ' class="article-paragraph"')}
<ul class="article-list">${wRoadList.map((r) => `<li>${r}</li>`).join('\n')}</ul>
<h2 class="article-heading">${wH[2]}</h2>
${ps(wDown, ' class="article-paragraph"')}
<div class="app-box"><p>Download the WKLD First Alert Weather app for live radar and alerts.</p></div>
<p class="copyright">Copyright 2026 WKLD. All rights reserved.</p></div></article>
<aside class="right-rail"><div class="most-read"><h2 class="most-read__title">Most Read</h2><ol>${links(wMost)}</ol></div>
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="gpt-ad-slot-3" class="arcad"></div></div></aside></main>
<footer class="site-footer"><ul>${links(wFoot)}</ul><p>WKLD 6 News, 1200 Broadcast Way, Tarrow, CL 60417. Main number: (555) 010-6600</p>
<p>Copyright © 2026 Lakeland Broadcasting. All rights reserved.</p></footer></div>
<script src="/pf/dist/engine/react.js"></script><script>Fusion.deployment="712";</script></body></html>`;
const flood: TestPage = {
  name: 'heldout359-arc-tv-flood-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wLead, ...wMean, wQuote, wQuoteBy, ...wMean2, ...wRoads, ...wRoadList, ...wDown]),
  bylines: ['Delphine Arcos', 'Published: May. 6, 2026 at 12:12 PM CDT', 'Updated: May. 6, 2026 at 6:40 PM CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'WKLD 6 News', 'Watch Live', ...wMenu, 'First Alert Weather Day', 'Flood warnings in effect for Pell and Orvale counties',
    'Share on Facebook', 'Email This Link', 'Share on X', 'The Tarrow River spills over River Road near Mill Park on Wednesday afternoon.(WKLD)',
    'Related: Pell County opens sandbag sites as rain totals climb', 'Advertisement', 'Download the WKLD First Alert Weather app for live radar and alerts.',
    'Copyright 2026 WKLD. All rights reserved.', 'Most Read', ...wMost, ...wFoot,
    'WKLD 6 News, 1200 Broadcast Way, Tarrow, CL 60417. Main number: (555) 010-6600',
    'Copyright © 2026 Lakeland Broadcasting. All rights reserved.',
  ],
};

export const HELDOUT359_C: readonly TestPage[] = [flood, evac];
