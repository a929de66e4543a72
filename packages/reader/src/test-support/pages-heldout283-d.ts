import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';
import { quarto } from './pages-heldout283-d2.js';

/**
 * Held-out batch 283, file d: an Observable notebook, a Next.js app (the site header, the notebook bar with the author,
 * the edit date, Fork and the like count, cells rendered by the Observable runtime with their inspector outputs, the
 * chart's legend, the fork / import info, and the comment panel) and, from file d2, a Quarto HTML report.
 */
const oTitle = 'How late are the Linmouth buses, really?';
const oH = ['Where the numbers come from', 'The shape of lateness', 'By route'];
const oIntro = [
  j(
    'Linmouth publishes every bus arrival it records, to the second, as open data. The council’s headline figure is that',
    '91 percent of buses are on time, but “on time” there means no more than five minutes late. This notebook looks at',
    'the whole distribution instead of one threshold.',
  ),
];
const oSrc = [
  j(
    'The data is one file per month from the council’s open data portal, attached to this notebook. We use January and',
    'February 2026, about 410,000 arrivals at timed stops. Early arrivals are kept as negative lateness.',
  ),
];
const oShape = [
  j(
    'Lateness is not bell-shaped. Most buses are within a minute or two either side of the timetable, but there is a long',
    'tail: one arrival in twenty is more than eight minutes late, and those are the ones people remember.',
  ),
  'Drag the slider to change the threshold the council calls on time and watch the headline figure move.',
  j('At three minutes, the share on time falls to 78 percent; at one minute, to 52 percent. Nothing about the buses changes,', 'only the definition.'),
];
const oRoute = [
  'The long tail is not spread evenly. Three routes account for more than half of the very late arrivals:',
  'the 7, which shares the harbour road with the ferry traffic;',
  'the 12, whose timetable was not changed when the bridge lane closed;',
  'the X3, an express that is scheduled as if it never stops at lights.',
  j(
    'Every other route has a tail no longer than the city average. Fixing the timetable of the 12 alone would lift the',
    'council’s headline figure by two points without a single bus running faster.',
  ),
];
const oBody = texts([...oIntro, ...oSrc, ...oShape, ...oRoute]);
const cell = (inner: string, pinned = false): string => `<div class="observablehq observablehq--block${pinned ? ' observablehq--pinned' : ''}">${inner}</div>`;
const oHead = ['Explore', 'Platform', 'Pricing', 'Docs', 'Sign in', 'Sign up for free'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How late are the Linmouth buses, really? / Edda Morvan | Observable</title>
<meta name="description" content="Linmouth publishes every bus arrival it records, to the second, as open data.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Observable"><meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="/_next/static/css/8f1e2a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f1e2a.css" data-n-g="">
<script src="/_next/static/chunks/main-2b7c.js" defer></script></head>
<body><div id="__next"><div class="flex flex-column min-vh-100"><header class="bg-white bb b--light-gray flex items-center ph3 h-50px sticky top-0 z-4">
<a href="/" class="flex items-center" aria-label="Observable"><svg width="22" height="22"></svg></a>
<nav class="flex items-center ml3"><ul class="list flex ma0 pa0">${links(oHead.slice(0, 4), 'mr3')}</ul></nav>
<div class="ml-auto flex items-center"><a href="/login" class="f6 link">Sign in</a><a href="/signup" class="f6 link bg-blue white br2 ph3 pv2
ml2">Sign up for free
</a></div></header>
<div class="notebook-bar flex items-center ph3 pv2 bb b--light-gray"><a href="/@eddamorvan" class="flex items-center dark-gray link"><img
class="br-100 w2 h2 mr2" alt="" src="/avatar.png"><span class="fw6">Edda Morvan</span></a>
<span class="mid-gray f6 ml2">Edited <time datetime="2026-02-26">Feb 26, 2026</time></span>
<span class="mid-gray f6 ml2">ISC</span><div class="ml-auto flex items-center"><button class="f6 btn">Fork</button>
<button class="f6 btn" aria-label="Like">Like</button><span class="f6 ml1">58</span></div></div>
<main class="notebook mw-notebook center ph3"><div id="cell-1">${cell(`<h1>${oTitle}</h1>`)}</div>
<div id="cell-2">${cell(ps(oIntro))}</div>
<div id="cell-3">${cell(`<h2>${oH[0]}</h2>${ps(oSrc)}`)}</div>
<div id="cell-4">${cell('<span class="observablehq--inspect">arrivals = Array(409812) [Object, Object, Object, Object, …]</span>')}</div>
<div id="cell-5">${cell(`<h2>${oH[1]}</h2><p>${oShape[0]}</p>`)}</div>
<div id="cell-6">${cell(`<figure style="max-width: 100%;"><div class="plot-swatches"><span>behind schedule</span> <span>ahead of schedule</span></div>
<svg class="plot" width="640" height="400" viewBox="0 0 640 400"><g aria-label="x-axis tick label"><text>−5</text><text>0</text><text>5</text><text>10</text>
</g><g aria-label="x-axis
label"><text>Minutes late →</text></g></svg><figcaption>Arrivals at timed stops, January and February 2026.</figcaption></figure>`)}</div>
<div id="cell-7">${cell(`<p>${oShape[1]}</p>`)}</div>
<div id="cell-8">${cell(`<form class="oi-3a86ea"><label>On time means at most</label><input type="range" min="0" max="10" step="1" value="5">
<output>5 minutes late</output></form>`)}</div>
<div id="cell-9">${cell('<span class="observablehq--inspect">onTimeShare = 0.912</span>')}</div>
<div id="cell-10">${cell(`<p>${oShape[2]}</p>`)}</div>
<div id="cell-11">${cell(`<h2>${oH[2]}</h2><p>${oRoute[0]}</p><ul>${lis(oRoute.slice(1, 4))}</ul><p>${oRoute[4]}</p>`)}</div>
<div id="cell-12">${cell('<span class="observablehq--inspect">import {Scrubber} from "@edda/scrubber"</span>', true)}</div>
</main><div class="notebook-footer mw-notebook center ph3 pv4 bt b--light-gray"><p class="f6 mid-gray">Fork of
<a href="/@eddamorvan/bus-arrivals-template">Bus arrivals template</a> by Edda Morvan</p><p class="f6 mid-gray">3 forks · 2 importers</p>
<section class="comments"><h3 class="f5">Comments</h3><p class="f6">Sign in to comment on this notebook.</p>
<div class="comment"><a href="/@tobiasrenn" class="fw6">Tobias Renn</a> <time class="mid-gray f6">Feb 27</time>
<p>The X3 point is spot on. I ride it daily and it is never on time after the Quay Street lights.</p></div></section>
<footer class="flex f6 mid-gray pv3"><span>© 2026 Observable, Inc.</span><ul class="list flex ma0 pa0
ml-auto">${links(['About', 'Jobs', 'Contact', 'Terms'], 'ml3')}
</ul></footer></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"notebook":{"title":"${oTitle}","owner":{"login":"eddamorvan"}}}},
"page":"/[at]/[slug]","buildId":"k2f9"}</script></body></html>`;
const observable: TestPage = {
  name: 'heldout283-observable-notebook-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: oBody,
  bylines: ['Edda Morvan', 'Edited', 'Feb 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oHead, 'ISC', 'Fork', 'Like', 'arrivals = Array(409812) [Object, Object, Object, Object, …]', 'behind schedule', 'ahead of schedule', 'Minutes late →',
    'Arrivals at timed stops, January and February 2026.', 'On time means at most', '5 minutes late', 'onTimeShare = 0.912',
    'import {Scrubber} from "@edda/scrubber"', 'Fork of Bus arrivals template by Edda Morvan', '3 forks · 2 importers', 'Comments',
    'Sign in to comment on this notebook.', 'Tobias Renn', 'Feb 27',
    'The X3 point is spot on. I ride it daily and it is never on time after the Quay Street lights.', '© 2026 Observable, Inc.', 'Jobs',
    'Contact', 'Terms',
  ],
};

export const HELDOUT283_D: readonly TestPage[] = [observable, quarto];
