import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 80, file d2: a Hugo personal blog post on PaperMod (the logo with the theme switch, the menu with Search and
 * Tags, breadcrumbs, the title with description and the meta line with date, reading time, word count, author and "Suggest
 * Changes", the collapsible table of contents, a series box at the top of the post content, a table, a related-posts list
 * after the content, the tag list, the prev/next pager, the share buttons, the footer and the go-to-top link).
 */
const hgTitle = 'Rebuilding a Carden lathe, part 3: the headstock bearings';
const hgDesc = 'Measuring, cleaning and re-shimming the plain bearings of a 1950s bench lathe without a single new part.';
const hgSeries = 'This post is part of the series';
const hgSeriesName = 'The Carden ML4 rebuild';
const hgSeriesItems = ['Part 1: Buying a lathe out of a shed', 'Part 2: Stripping and cleaning', 'Part 3: Headstock bearings', 'Part 4: Paint and reassembly'];
const hg1 = [
  'With the bed cleaned and the saddle back on its ways, the headstock was the part I had been putting off. The Carden ML4 uses ' +
    'split bronze bearings with brass shims between the halves, and the spindle runs directly in them. There are no ball races ' +
    'to buy. Either the bronze is good enough to keep, or the lathe is a very heavy doorstop.',
  'When I bought the machine the spindle had visible play: grab the chuck, lift it, and you could feel a faint click. That click ' +
    'was the first thing I wanted to put a number on.',
];
const hgH1 = 'Measuring what was there';
const hg2 = [
  'I clamped a dial indicator to the bed, with the plunger resting on top of the spindle nose, and levered the spindle up with a ' +
    'length of hardwood. Then the same at the rear bearing. I also measured runout by turning the spindle slowly by hand with the ' +
    'indicator on the register diameter.',
];
const hgTable = [
  ['Front bearing lift', '0.06 mm', '0.01 mm'],
  ['Rear bearing lift', '0.04 mm', '0.01 mm'],
  ['Runout at spindle nose', '0.02 mm', '0.01 mm'],
];
const hgH2 = 'Cleaning and re-shimming';
const hg3 = [
  'The caps came off easily once I had found the grub screw that the previous owner had filled with paint. Under the caps the ' +
    'bronze was scored in two places but not badly, and the spindle journals were bright and round to within what my micrometer ' +
    'could tell me.',
  'The fix for plain bearings like these is to remove shim until the cap just starts to bind, then add back the thinnest shim that ' +
    'frees it. I cut new shims from 0.05 mm brass shim stock with scissors, using the old ones as templates, and worked one side ' +
    'at a time.',
];
const hgList = [
  'Clean everything with paraffin and a soft brush, never with anything abrasive.',
  'Oil the journals before every trial fit, or you will measure friction instead of clearance.',
  'Tighten the cap screws evenly, a quarter turn at a time, and check that the spindle still turns by hand.',
];
const hgH3 = 'Running it in';
const hg4 = [
  'After an hour at the lowest speed the front bearing was warm but not hot, which is what the old manual asks for. I ran it for ' +
    'two more evenings at increasing speeds, checking the temperature with the back of my hand every ten minutes.',
  'The click has gone. In the next part I will finally get to paint, and to the question of whether the original green is ' + 'worth matching.',
];
const hgMenu = ['Posts', 'Workshop', 'Archive', 'Search', 'Tags'];
const hgToc = [hgH1, hgH2, hgH3];
const hgRelated = ['Scraping a cross-slide by hand', 'A cheap indicator stand that actually holds still', 'What I learned from restoring a pillar drill'];
const hgTags = ['Lathe', 'Restoration', 'Machining'];
const hgPrev = 'Rebuilding a Carden lathe, part 2: stripping and cleaning';
const hgNext = 'A week with a borrowed surface grinder';
const hgHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hgTitle} | Oskar’s workshop</title><meta name="keywords" content="Lathe, Restoration, Machining"><meta name="description" content="${hgDesc}">
<meta name="author" content="Oskar Lindqvist-Bray"><link rel="canonical" href="https://oskarlb.net/posts/carden-lathe-3/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d66caae9ea0fd43f21f29e71a8d3e284517ed770f2aa86fa012953ad3c9ef.css" rel="preload
stylesheet" as="style">
<meta name="generator" content="Hugo 0.136.5"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${hgTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2025-06-14T10:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://oskarlb.net/posts/"},{"@type":"ListItem","position":2,
"name":"${hgTitle}","item":"https://oskarlb.net/posts/carden-lathe-3/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hgTitle}","name":"${hgTitle}","description":"${hgDesc}",
"keywords":["Lathe","Restoration","Machining"],"wordCount":"540","datePublished":"2025-06-14T10:00:00+02:00","dateModified":"2025-06-14T10:00:00+02:00",
"author":[{"@type":"Person","name":"Oskar Lindqvist-Bray"}],"mainEntityOfPage":{"@type":"WebPage","@id":"https://oskarlb.net/posts/carden-lathe-3/"}}</script>
</head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://oskarlb.net/" accesskey="h" title="Oskar’s workshop (Alt + H)">Oskar’s
workshop</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hgMenu
  .map(
    (t) => `<li><a href="https://oskarlb.net/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://oskarlb.net/">Home</a>&nbsp;»&nbsp;<a href="https://oskarlb.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hgTitle}</h1><div class="post-description">${hgDesc}</div>
<div class="post-meta"><span title="2025-06-14 10:00:00 +0200 +0200">June 14, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;540 words&nbsp;·&nbsp;Oskar
Lindqvist-Bray&nbsp;|&nbsp;<a href="https://github.com/oskarlb/site/tree/main/content/posts/carden-lathe-3.md" rel="noopener noreferrer" target="_blank">Suggest
Changes</a></div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hgToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}" aria-label="${t}">${t}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content"><div class="series-box"><p>${hgSeries} <a href="/series/the-carden-ml4-rebuild/">${hgSeriesName}</a>:</p><ol>
${hgSeriesItems.map((t, i) => (i === 2 ? `<li class="current">${t}</li>` : `<li><a href="/posts/carden-lathe-${i + 1}/">${t}</a></li>`)).join('\n')}</ol></div>
${ps(hg1)}
<h2 id="measuring-what-was-there">${hgH1}<a hidden class="anchor" aria-hidden="true" href="#measuring-what-was-there">#</a></h2>
${ps(hg2)}
<table><thead><tr><th>Measurement</th><th>Before</th><th>After</th></tr></thead><tbody>
${hgTable.map((r) => `<tr>\n<td>${r.join('</td>\n<td>')}</td>\n</tr>`).join('\n')}
</tbody></table>
<h2 id="cleaning-and-re-shimming">${hgH2}<a hidden class="anchor" aria-hidden="true" href="#cleaning-and-re-shimming">#</a></h2>
${ps(hg3)}
<ul>${hgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="running-it-in">${hgH3}<a hidden class="anchor" aria-hidden="true" href="#running-it-in">#</a></h2>
${ps(hg4)}
</div>
<div class="related-posts"><h2>Related posts</h2><ul>${links(hgRelated)}</ul></div>
<footer class="post-footer"><ul class="post-tags">${links(hgTags)}</ul>
<nav class="paginav"><a class="prev" href="https://oskarlb.net/posts/carden-lathe-2/"><span class="title">« Prev</span><br><span>${hgPrev}</span></a>
<a class="next" href="https://oskarlb.net/posts/borrowed-surface-grinder/"><span class="title">Next »</span><br><span>${hgNext}</span></a></nav>
<ul class="share-buttons">${['x', 'linkedin', 'reddit', 'whatsapp']
  .map(
    (s) => `<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hgTitle} on ${s}" href="https://${s}.com/share?url=https%3a%2f%2foskarlb.net">
<svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0"></path></svg></a></li>`,
  )
  .join('\n')}</ul></footer>
</article></main>
<footer class="footer"><span>© 2025 <a href="https://oskarlb.net/">Oskar’s workshop</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script>
</body></html>`;
export const hugoPost: TestPage = {
  html: hgHtml,
  name: 'heldout80-hugo-papermod-series-blog',
  kind: 'blog',
  // the description under the title is in neither list, nor are the table of contents entries (they repeat the headings)
  // or the table's header cells; table data cells are body, one per cell; date, reading time, word count and author are
  // bylines; the series box at the top of the post content, the related posts, tags, pager titles, breadcrumbs, menu,
  // "Suggest Changes" and footer are furniture
  title: hgTitle,
  headings: [hgH1, hgH2, hgH3],
  body: [...hg1, ...hg2, ...hgTable.flat(), ...hg3, ...hgList, ...hg4],
  bylines: ['June 14, 2025', '3 min', '540 words', 'Oskar Lindqvist-Bray'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oskar’s workshop', ...hgMenu, 'Home', 'Suggest Changes', 'Table of Contents', hgSeries, hgSeriesName, ...hgSeriesItems, 'Related posts', ...hgRelated,
    ...hgTags, '« Prev', hgPrev, 'Next »', hgNext, '© 2025', 'Powered by', 'Hugo', 'PaperMod',
  ],
};
