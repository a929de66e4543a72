import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file b: an interconnection-queue story on an energy trade publication running Drupal 10 (page title
 * block above the node, subtitle and author fields, a table and a media image in the body, an embedded related teaser,
 * topics, an AddToAny share block, an author bio, sidebar blocks and a newsletter webform), and a glaciologist's field-notes
 * post on a Hugo blog with the PaperMod theme (breadcrumbs, post meta, table of contents, code block with its copy button,
 * figure, table, tags, previous/next links and share buttons).
 */
const dTitle = 'Northmark ISO’s first cluster study clears 38 GW, but a third of the queue walks away';
const dSub = j(
  'The grid operator’s new first-ready, first-served process cut study times to 14 months. Higher deposits pushed out',
  'speculative projects, and developers say the survivors face a wall of network upgrade costs.',
);
const dIntro = [
  j(
    'Northmark Independent System Operator published the results of its first cluster interconnection study on Monday, clearing',
    '38.4 GW of generation and storage to move into facilities studies. It is the first full test of the queue reforms the',
    'operator adopted in 2025, after its backlog grew to more than 190 GW and average waits passed four years.',
  ),
  j(
    'The study took 14 months from the close of the cluster window, against a target of 12. Under the old serial process,',
    'projects that entered the queue in 2021 were still waiting for their system impact studies.',
  ),
];
const dSecs: [string, string[]][] = [
  [
    'Deposits did the sorting',
    [
      j(
        'The biggest change was money. To enter Cluster 1, developers had to post a study deposit of $5 million plus $1,000 per',
        'megawatt, and show site control for the full project area rather than a lease option on half of it. Of the 117 GW that',
        'applied, 41 GW withdrew before the study began, most within days of the deposit deadline.',
      ),
      j(
        '“The deposit was the study,” said Corinne Makaya, a principal at the consultancy Gridwise Partners, which advised several',
        'applicants. “Anyone who was in the queue to hold a place for a project they did not really have left before the',
        'engineers ran a single load flow.”',
      ),
    ],
  ],
  [
    'What cleared',
    [
      j(
        'Storage and solar-plus-storage hybrids made up most of what advanced. Only one gas project, a 420 MW peaker at the',
        'retired Fenmoor coal site, cleared the study, using the plant’s existing connection.',
      ),
    ],
  ],
  [
    'A wall of upgrade costs',
    [
      j(
        'The study also assigned $6.2 billion of network upgrades to Cluster 1, led by a 345 kV line between the Ashby and',
        'Quillon substations that alone accounts for $1.9 billion. Projects in the western zone face average upgrade costs of',
        '$212 per kilowatt, more than three times the figure in the east.',
      ),
      j(
        'Developers have 60 days to accept their cost allocations or withdraw, and many are expected to leave. A second round of',
        'withdrawals would trigger a restudy for those who remain, which the operator says could add four to six months.',
      ),
      j(
        'Northmark has asked its board to approve a proposal that would let the state’s transmission authority pay up front for',
        'the Ashby–Quillon line and recover the cost from all customers, a change developers have lobbied for since 2024. The',
        'board is scheduled to vote in May.',
      ),
    ],
  ],
];
const dTable = [
  ['Technology', 'Applied (GW)', 'Withdrew before study (GW)', 'Cleared (GW)'],
  ['Battery storage', '46.1', '14.8', '17.9'],
  ['Solar-plus-storage', '31.7', '9.6', '11.2'],
  ['Solar', '22.4', '10.1', '5.6'],
  ['Onshore wind', '13.2', '5.7', '3.3'],
  ['Gas', '3.6', '0.8', '0.4'],
];
const dNav = ['News', 'Transmission', 'Markets', 'Generation', 'Storage', 'Policy', 'Data', 'Events'];
const dTopics = ['Interconnection', 'Northmark ISO', 'Queue reform', 'Transmission planning'];
const dMost = [
  'Capacity prices triple in Northmark’s eastern zone',
  'Fenmoor peaker wins repowering approval',
  'Why long-duration storage keeps missing the auctions',
];
const dFoot = ['About us', 'Advertise', 'Subscribe', 'Contact', 'Privacy policy', 'Terms of use'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Northmark ISO’s first cluster study clears 38 GW | Grid Dispatch</title><meta name="description" content="${dSub}">
<link rel="canonical" href="https://www.griddispatch.example/transmission/northmark-cluster-study-results">
<meta property="og:site_name" content="Grid Dispatch"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2027-03-08T15:20:00-05:00">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq2tLk1m8a0nR3vE.css?delta=0&amp;language=en&amp;theme=gridd&amp;include=eJxdyEE">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48213",
"currentLanguage":"en"},"ajaxPageState":{"theme":"gridd","libraries":"addtoany/addtoany.front,gridd/global"},"user":{"uid":0}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2027-03-08T15:20:00-0500","author":{"@type":"Person","name":"Owen Trelawney"}}]}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-top-bar"><div id="block-gridd-promobar" class="block block-block-content">
<p>Grid Dispatch Live: Interconnection &amp; Transmission, April 14–15. <a href="/events/live-2027">Register now</a></p></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-gridd-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/gridd/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-gridd-main-menu" id="block-gridd-main" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-gridd-main-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item')}</ul></nav>
<div class="header-actions"><a class="button button--subscribe" href="/subscribe">Subscribe</a><a class="button--login" href="/user/login">Log in</a></div>
</div></header>
<div class="region region-breadcrumb"><div id="block-gridd-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/transmission">Transmission</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-gridd-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-gridd-content" class="block block-system block-system-main-block"><article data-history-node-id="48213" role="article"
about="/transmission/northmark-cluster-study-results" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__header"><div class="field field--name-field-subtitle field--type-string-long field--label-hidden field__item">${dSub}</div>
<div class="node__meta"><div class="field field--name-field-authors field--type-entity-reference field--label-hidden field__items">
<div class="field__item">By <a href="/author/owen-trelawney" hreflang="en">Owen Trelawney</a></div></div>
<div class="field field--name-field-publish-date field--type-datetime field--label-hidden field__item"><time datetime="2027-03-08T20:20:00Z">March 8,
2027</time></div></div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<article class="media media--type-image media--view-mode-default align-center"><div class="field field--name-field-media-image
field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2027-03/ashby-substation.jpg"
width="1200" height="675" alt="Ashby substation"></div>
<div class="field field--name-field-caption field--type-string field--label-hidden field__item">The Ashby substation, one end of the proposed 345 kV
line.</div><div class="field field--name-field-credit field--type-string field--label-hidden field__item">Northmark ISO</div></article>
<h3>${dSecs[0]?.[0] ?? ''}</h3>
${ps(dSecs[0]?.[1] ?? [])}
<div class="embedded-entity"><article role="article" class="node node--type-article node--view-mode-related-inline"><div class="related-label">Related</div>
<h2 class="node__title"><a href="/transmission/northmark-queue-reform-approved" rel="bookmark"><span class="field field--name-title">Northmark board approves
first-ready queue overhaul</span></a></h2></article></div>
<h3>${dSecs[1]?.[0] ?? ''}</h3>
${ps(dSecs[1]?.[1] ?? [])}
<table class="table"><caption>Cluster 1 by technology</caption><thead><tr>${(dTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${dTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><p class="table-source"><em>Source: Northmark ISO Cluster 1 study report. Totals include projects outside the five
main technologies.</em></p>
<h3>${dSecs[2]?.[0] ?? ''}</h3>
${ps(dSecs[2]?.[1] ?? [])}
</div>
<div class="field field--name-field-topics field--type-entity-reference field--label-above"><div class="field__label">Topics</div><div class="field__items">
${dTopics.map((t) => `<div class="field__item"><a href="/topics/${t.toLowerCase().replace(/ /g, '-')}" hreflang="en">${t}</a></div>`).join('\n')}</div></div>
<div class="addtoany-wrapper"><span class="addtoany-label">Share this article</span><span class="a2a_kit a2a_kit_size_24 addtoany_list"
data-a2a-url="https://www.griddispatch.example/transmission/northmark-cluster-study-results">
<a class="a2a_button_linkedin" title="LinkedIn"></a><a class="a2a_button_x" title="X"></a><a class="a2a_button_email" title="Email"></a></span></div>
<div class="author-teaser"><div class="author-teaser__name"><a href="/author/owen-trelawney">Owen Trelawney</a></div>
<div class="field field--name-field-bio field--type-text-long field--label-hidden field__item"><p>Owen Trelawney covers transmission and
interconnection for Grid Dispatch. He previously reported on utilities for the Harwick Courier.</p></div></div>
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-gridd-mostread" class="block block-views block-views-blockmost-read-block-1"><h2>Most read</h2>
<div class="view-content"><ol>${links(dMost)}</ol></div></div>
<div id="block-gridd-datapromo" class="block block-block-content"><h2>Queue Tracker</h2><p>Every project in every queue, updated weekly. Included
with a Grid Dispatch Pro subscription.</p><p><a href="/pro">Start a free trial</a></p></div>
<div id="block-gridd-ad-rail" class="block block-ad"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-rail-1"></div></div></div></aside>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer">
<div id="block-gridd-newsletter" class="block block-webform"><h2>Get the Daily Dispatch</h2>
<form class="webform-submission-form" action="/newsletter" method="post"><div class="js-form-item form-item"><label for="edit-email"
class="js-form-required form-required">Work email</label><input data-drupal-selector="edit-email" type="email" id="edit-email" name="email"></div>
<div class="form-actions"><input class="webform-button--submit button button--primary form-submit" type="submit" value="Sign up"></div></form></div>
<nav role="navigation" aria-labelledby="block-gridd-footer-menu" id="block-gridd-footer"><h2 class="visually-hidden" id="block-gridd-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-gridd-copyright" class="block block-block-content"><p>© 2027 Fairlane Trade Media. Grid Dispatch is a registered trademark.</p></div>
</div></footer></div></div>
<script src="/sites/default/files/js/js_c1V0n5Tz.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=gridd"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout709-drupal-interconnection-queue',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h),
  body: texts([dSub, ...dIntro, ...(dSecs[0]?.[1] ?? []), ...(dSecs[1]?.[1] ?? []), ...dTable.map((r) => r.join(' ')), ...(dSecs[2]?.[1] ?? [])]),
  bylines: ['By', 'Owen Trelawney', 'March 8, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Grid Dispatch Live: Interconnection & Transmission, April 14–15.', 'Register now', 'Main navigation', ...dNav,
    'Subscribe', 'Log in', 'Breadcrumb', 'Home', 'Transmission', 'The Ashby substation, one end of the proposed 345 kV line.', 'Northmark ISO',
    'Related', 'Northmark board approves first-ready queue overhaul', 'Cluster 1 by technology',
    'Source: Northmark ISO Cluster 1 study report. Totals include projects outside the five main technologies.', 'Topics', ...dTopics,
    'Share this article',
    'Owen Trelawney covers transmission and interconnection for Grid Dispatch. He previously reported on utilities for the Harwick Courier.',
    'Most read', ...dMost, 'Queue Tracker', 'Every project in every queue, updated weekly. Included with a Grid Dispatch Pro subscription.',
    'Start a free trial', 'Advertisement', 'Get the Daily Dispatch', 'Work email', 'Footer', ...dFoot,
    '© 2027 Fairlane Trade Media. Grid Dispatch is a registered trademark.',
  ],
});

const hTitle = 'Listening to a glacier with a $40 pressure logger';
const hDesc = 'What two summers of cheap water-level data from the Tarn Glacier outlet stream taught me about melt, rain and my own assumptions.';
const hIntro = [
  j(
    'For two summers now, a pressure logger the size of a lipstick has sat in a perforated pipe at the bottom of the outlet',
    'stream of the Tarn Glacier, recording the water level every ten minutes. It cost less than a decent dinner in town, and',
    'it has changed how I think about this glacier more than any of the expensive instruments on it.',
  ),
  j(
    'This post is partly a record of what we found and partly an argument for cheap, boring sensors. If you want the code',
    'or the raw data, both are linked at the bottom.',
  ),
];
const hSecs: [string, string[]][] = [
  [
    'The setup',
    [
      j(
        'The logger measures absolute pressure, which includes the weight of the air above the water. A second, identical logger',
        'hangs in a tree by the hut and records only the air pressure. Subtracting one from the other gives the depth of water over',
        'the sensor, good to about a centimetre.',
      ),
      j(
        'Depth alone is not discharge. To turn it into a flow rate you need a rating curve, built by measuring the actual flow at',
        'different water levels. We did eleven salt-dilution gaugings over the two seasons, pouring a known mass of salt into the',
        'stream and timing the conductivity pulse downstream.',
      ),
    ],
  ],
  ['From pressure to discharge', ['The processing is short enough to show in full. The rating curve is a simple power law fitted to the eleven gaugings:']],
  [
    'What the data showed',
    [
      j(
        'The daily melt cycle was exactly what the textbooks promise: low flow around nine in the morning, a peak in the late',
        'afternoon, and a lag between the warmest hour and the highest water that shrank from about six hours in June to under three',
        'in August. That shrinking lag is the drainage system under the glacier becoming more efficient as the summer goes on.',
      ),
      j(
        'The surprise was rain. I had assumed that summer storms mattered little next to melt. In fact the three wettest days of',
        '2026 produced the three highest peaks of the season, and one of them came after a night when the air temperature never',
        'went above four degrees.',
      ),
    ],
  ],
];
const hCode = [
  'import numpy as np',
  'import pandas as pd',
  '',
  'water = pd.read_csv("outlet_logger.csv", parse_dates=["time"], index_col="time")',
  'air = pd.read_csv("hut_baro.csv", parse_dates=["time"], index_col="time")',
  'depth = (water["kpa"] - air["kpa"].reindex(water.index).interpolate()) / 9.81',
  '',
  'a, b, h0 = 4.12, 1.71, 0.08  # fitted to the 11 gaugings',
  'discharge = a * np.clip(depth - h0, 0, None) ** b  # m3/s',
];
const hTable = [
  ['Season', 'Mean discharge (m³/s)', 'Peak (m³/s)', 'Days with data'],
  ['2025', '1.84', '6.9', '97'],
  ['2026', '2.31', '9.4', '112'],
];
const hEnd = [
  j(
    'Two seasons are not a trend, and 2026 was simply a warmer summer. But the logger has already paid for itself many times',
    'over, and next year there will be three of them, one on each of the glacier’s outlet streams.',
  ),
  'The code and the cleaned data are in the project repository. Corrections are welcome by email.',
];
const hMenu = ['Posts', 'Research', 'Publications', 'About', 'Search'];
const hTags = ['glaciology', 'field work', 'sensors', 'python'];
const hCodeHtml = hCode
  .map((l) => `<span class="line"><span class="cl">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&#34;')}\n</span></span>`)
  .join('');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>Listening to a glacier with a $40 pressure logger | Signe Hallvard</title>
<meta name="keywords" content="glaciology, field work, sensors, python"><meta name="description" content="${hDesc}"><meta name="author" content="Signe
Hallvard">
<link rel="canonical" href="https://signehallvard.example/posts/tarn-pressure-logger/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.45e028aa8ce0961349adf411b013ee39406be2c0bc80d4ea3fc04555f7f4611a.css" rel="preload stylesheet"
as="style"><link rel="icon" href="https://signehallvard.example/favicon.ico">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${hTitle}"><meta property="og:description" content="${hDesc}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-14T09:12:00+01:00"><meta property="article:section" content="posts">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"wordCount":"568","datePublished":"2027-03-14T09:12:00+01:00","author":[{"@type":"Person","name":"Signe Hallvard"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://signehallvard.example/posts/"},{"@type":"ListItem","position":2,"name":"${hTitle}"}]}</script></head>
<body id="top"><script>localStorage.getItem("pref-theme")==="dark"?document.body.classList.add("dark"):localStorage.getItem("pref-theme")==="light"?
document.body.classList.remove("dark"):window.matchMedia("(prefers-color-scheme: dark)").matches&&document.body.classList.add("dark")</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://signehallvard.example/" accesskey="h" title="Signe Hallvard (Alt + H)">Signe
Hallvard</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon"
aria-hidden="true"></svg><svg id="sun" aria-hidden="true"></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (t) => `<li><a href="https://signehallvard.example/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://signehallvard.example/">Home</a>&nbsp;»&nbsp;<a href="https://signehallvard.example/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-03-14 09:12:00 +0100 CET'>March 14, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;568 words&nbsp;·&nbsp;Signe
Hallvard&nbsp;|&nbsp;<a href="https://github.com/shallvard/blog/tree/main/content/posts/tarn-pressure-logger.md" rel="noopener noreferrer"
target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${hSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}</ul></div>
</details></div>
<div class="post-content">${ps(hIntro)}
${hSecs
  .map(([h, p], i) => {
    const id = h.toLowerCase().replace(/ /g, '-');
    const head = `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>\n${ps(p)}`;
    if (i === 0) {
      return `${head}
<figure><img loading="lazy" src="/posts/tarn-pressure-logger/logger-pipe.jpg" alt="A pressure logger in a perforated pipe in a stream"
width="1200" height="800"><figcaption><p>The logger in its pipe, weighed down with two rocks and a lot of cable ties.</p></figcaption></figure>`;
    }
    if (i === 1) {
      return `${head}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-python" data-lang="python">${hCodeHtml}</code></pre>
<button class="copy-code">copy</button></div>
<p>The exponent of 1.71 is typical for a rough natural channel. The fit is worst at the highest flows, where we have only one gauging, so treat
the peak values with some caution.</p>`;
    }
    return `${head}
<table><thead><tr>${(hTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${hTable
  .slice(1)
  .map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`)
  .join('\n')}</tbody></table>
${ps(hEnd)}`;
  })
  .join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map(
    (t) => `<li><a
href="https://signehallvard.example/tags/${t.replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://signehallvard.example/posts/salt-dilution-gauging/"><span class="title">« Prev</span><br>
<span>Salt dilution gauging on a budget</span></a><a class="next" href="https://signehallvard.example/posts/agu-poster-lessons/"><span class="title">Next
»</span><br><span>What I learned from presenting a bad poster</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
href="https://x.com/intent/tweet/?text=Listening"><svg aria-hidden="true"></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on linkedin" href="https://www.linkedin.com/shareArticle?mini=true"><svg aria-hidden="true"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://signehallvard.example/">Signe Hallvard</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/"
rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg aria-hidden="true"></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"))</script></body></html>`;
const papermod: TestPage = gold({
  name: 'heldout709-hugo-papermod-glacier-logger',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([
    hDesc,
    ...hIntro,
    ...(hSecs[0]?.[1] ?? []),
    ...(hSecs[1]?.[1] ?? []),
    hCode
      .filter((l) => l !== '')
      .join(' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;'),
    j(
      'The exponent of 1.71 is typical for a rough natural channel. The fit is worst at the highest flows, where we have only one gauging,',
      'so treat the peak values with some caution.',
    ),
    ...(hSecs[2]?.[1] ?? []),
    ...hTable.map((r) => r.join(' ')),
    ...hEnd,
  ]),
  bylines: ['March 14, 2027', '3 min', '568 words', 'Signe Hallvard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hMenu, 'Home', 'Suggest Changes', 'Table of Contents', ...hSecs.map(([h]) => h),
    'The logger in its pipe, weighed down with two rocks and a lot of cable ties.', 'copy', ...hTags, '« Prev', 'Salt dilution gauging on a budget',
    'Next »', 'What I learned from presenting a bad poster', '© 2027 Signe Hallvard', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT709_B: readonly TestPage[] = [drupal, papermod];
