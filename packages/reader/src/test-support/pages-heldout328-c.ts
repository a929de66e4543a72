import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file c: an R Markdown report knitted to HTML (html_document with a floating table of contents, inside an
 * R Markdown website's navbar), and an Observable notebook page (Next.js markup, "observablehq" cells, a notebook header with
 * the author, fork and like buttons, and the site footer).
 */
const kTitle = 'Rainfall and river levels on the Selby Water, 2015–2025';
const kH = ['Summary', 'Data', 'A simple regression', 'Caveats'];
const kP1 = [
  j(
    'This report looks at whether monthly rainfall at the Kestle Moor gauge predicts the mean river level at Ashcombe weir',
    'in the same month. It was written for the catchment group’s spring meeting and is deliberately short.',
  ),
  j(
    'Rainfall explains a little over half of the month-to-month variation in river level, and the relationship is',
    'noticeably stronger in winter than in summer, when evaporation and abstraction take a larger share of the water.',
  ),
];
const kP2 = [
  j(
    'Both series come from the county’s open data portal. Rainfall is the monthly total in millimetres; river level is the',
    'monthly mean stage in metres above the weir crest. Three months in 2019 are missing from the river series because the',
    'logger was replaced, and they are dropped from the analysis rather than filled in.',
  ),
];
const kP3 = [
  j(
    'A straight-line fit of river level on rainfall gives a slope of 0.0041 metres per millimetre with a standard error of',
    '0.0003. The coefficient of determination is 0.54. Adding a winter indicator and its interaction with rainfall raises',
    'it to 0.68, and the winter slope is about twice the summer one.',
  ),
];
const kTable = [
  ['Model', 'R²', 'Residual SE (m)'],
  ['Rainfall only', '0.54', '0.112'],
  ['Rainfall × season', '0.68', '0.094'],
];
const kList = [
  'Monthly means hide the floods, which are what the catchment group cares about most.',
  'Rainfall in one month also raises the level in the next; a lagged term would improve the fit.',
  'The residuals are autocorrelated, so the standard errors above are too small.',
];
const kP4 = ['A follow-up report will use daily data and a model with lagged rainfall.'];
const kNav = ['Home', 'Reports', 'Data sources', 'About the group'];
const kHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><meta name="generator" content="pandoc">
<meta http-equiv="X-UA-Compatible" content="IE=EDGE"><meta name="author" content="Nadia Trevelyan"><meta name="date" content="2026-03-14">
<title>Rainfall and river levels on the Selby Water, 2015–2025</title>
<script src="site_libs/jquery-3.6.0/jquery-3.6.0.min.js"></script><link href="site_libs/bootstrap-3.3.5/css/flatly.min.css" rel="stylesheet">
<script src="site_libs/navigation-1.1/tabsets.js"></script><link href="site_libs/highlightjs-9.12.0/default.css" rel="stylesheet">
<style type="text/css">code{white-space: pre;} .main-container {max-width: 940px;}</style>
<script>$(document).ready(function () { window.buildTabsets("TOC"); });</script></head>
<body><div class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container"><div class="navbar-header">
<a class="navbar-brand" href="index.html">Selby Water Catchment Group</a></div>
<div id="navbar" class="navbar-collapse collapse"><ul class="nav navbar-nav">${links(kNav)}</ul></div></div></div>
<div class="container-fluid main-container"><div class="row"><div class="col-xs-12 col-sm-4 col-md-3"><div id="TOC" class="tocify">
<ul>${kH.map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('')}</ul></div></div>
<div class="toc-content col-xs-12 col-sm-8 col-md-9"><div id="header">
<h1 class="title toc-ignore">${kTitle}</h1><h4 class="author">Nadia Trevelyan</h4><h4 class="date">14 March 2026</h4></div>
<div id="summary" class="section level2"><h2>${kH[0] ?? ''}</h2>
${ps(kP1)}</div>
<div id="data" class="section level2"><h2>${kH[1] ?? ''}</h2>
${ps(kP2)}
<pre class="r"><code>rain &lt;- read_csv(&quot;kestle_moor_monthly.csv&quot;)
river &lt;- read_csv(&quot;ashcombe_weir_monthly.csv&quot;) |&gt; filter(!is.na(stage))</code></pre>
<pre><code>## Rows: 129 Columns: 2</code></pre></div>
<div id="a-simple-regression" class="section level2"><h2>${kH[2] ?? ''}</h2>
${ps(kP3)}
<pre class="r"><code>fit &lt;- lm(stage ~ rain * winter, data = joined)</code></pre>
<div class="figure"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" width="672">
<p class="caption">Figure 1: Monthly river level against rainfall, winter months in blue.</p></div>
<table class="table table-condensed"><caption>Table 1: Fit of the two models</caption>
<thead><tr class="header">${(kTable[0] ?? []).map((c) => `<th align="left">${c}</th>`).join('')}</tr></thead><tbody>
${kTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td align="left">${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table></div>
<div id="caveats" class="section level2"><h2>${kH[3] ?? ''}</h2>
<ul>${kList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(kP4)}</div></div></div></div>
<script>(function () { var script = document.createElement("script"); script.src = "https://mathjax.rstudio.example/latest/MathJax.js"; })();</script>
</body></html>`;
const knitr: TestPage = {
  name: 'heldout328-rmarkdown-knitr-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kP1, ...kP2, ...kP3, ...kList, ...kP4]),
  bylines: ['Nadia Trevelyan', '14 March 2026'],
  furniture: [
    'Selby Water Catchment Group',
    ...kNav,
    'Figure 1: Monthly river level against rainfall, winter months in blue.',
    'Table 1: Fit of the two models',
  ],
};

const oTitle = 'How many people share a birthday in a room of 40?';
const oP = [
  j(
    'The birthday problem usually asks for the chance that at least two people in a room share a birthday. This notebook',
    'asks a slightly richer question: how many people, on average, share their birthday with somebody else in the room?',
  ),
  j(
    'Drag the slider to change the size of the room. The chart below it shows the exact expected number of people with a',
    'shared birthday, and the dots show the results of 500 simulated rooms of the same size.',
  ),
];
const oH1 = 'The exact answer';
const oP2 = [
  j(
    'A given person shares a birthday with nobody else exactly when each of the other n − 1 people was born on one of the',
    'other 364 days. That happens with probability (364/365) to the power n − 1. By linearity of expectation, the expected',
    'number of people who do share is n times one minus that probability.',
  ),
  j(
    'For a room of 40 this comes to about 4.1 people. That surprises most readers, who have learned that a shared birthday',
    'is likely in a room of 23 and assume that, in a room of 40, there is one pair and no more.',
  ),
];
const oH2 = 'Simulation';
const oP3 = [
  j(
    'The simulation draws birthdays uniformly from 365 days, ignoring leap years and the real seasonal pattern of births.',
    'With 500 rooms the average of the simulated counts lands within a tenth of the exact value almost every time.',
  ),
  j(
    'If you fork this notebook, try replacing the uniform distribution with one that has more births in September. The',
    'expected number of shared birthdays goes up, because any departure from uniformity makes coincidences more likely.',
  ),
];
const oFoot = ['Product', 'Pricing', 'Customers', 'Docs', 'Community', 'Terms', 'Privacy'];
const cell = (id: string, inner: string): string => `<div class="relative" id="cell-${id}"><div class="observablehq observablehq--cell" data-node-id="${id}">
${inner}</div></div>`;
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${oTitle} / Lena Harrowgate | Observable</title>
<meta name="description" content="How many people, on average, share their birthday with somebody else in the room?">
<meta property="og:title" content="${oTitle}"><meta property="og:site_name" content="Observable"><meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="/_next/static/css/7a31b9e2.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a31b9e2.css" data-n-g="">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"initialNotebook":{"title":"${oTitle}","owner":{"login":"lharrowgate"},
"publish_time":"2026-02-27T16:05:11.000Z","likes":87}}},"page":"/[at]/[slug]","buildId":"k2Rr9"}</script></head>
<body><div id="__next"><div class="flex flex-column min-vh-100">
<header class="bg-white bb b--light-gray flex items-center justify-between ph3 h-header sticky top-0 z-3"><a href="/" aria-label="Observable home"
class="flex items-center"><span class="f5 b">Observable</span></a>
<nav class="flex items-center"><a href="/explore" class="mr3">Explore</a><a href="/trending" class="mr3">Trending</a><a href="/login" class="mr3">Sign in</a>
<a href="/signup" class="br2 bg-blue white ph3 pv2">Sign up for free</a></nav></header>
<main class="flex-auto"><div class="notebook-header mw-notebook center ph3 pt4 flex items-center justify-between">
<div class="flex items-center"><img src="https://avatars.observableusercontent.example/avatar/lharrowgate" class="br-100 mr2" width="24" height="24" alt="">
<a href="/@lharrowgate" class="dark-gray fw6">Lena Harrowgate</a><span class="mid-gray ml2">Published</span><time class="mid-gray ml1"
dateTime="2026-02-27T16:05:11.000Z">Feb 27, 2026</time></div>
<div class="flex items-center"><button class="btn-like br2 ba b--light-gray ph2 pv1 mr2"><span>Like</span><span class="ml1">87</span></button>
<button class="btn-fork br2 ba b--light-gray ph2 pv1 mr2">Fork</button><span class="mid-gray f6">Forks 14</span></div></div>
<div class="notebook-content mw-notebook center ph3">
${cell('0', `<h1>${oTitle}</h1>`)}
${cell('1', ps(oP))}
${cell(
  '2',
  `<form class="oi-3a86ea"><label for="oi-3a86ea-1">Room size</label><input type="range" min="2" max="100" value="40" id="oi-3a86ea-1">
<output>40</output></form>`,
)}
${cell('3', '<figure class="plot-d6a7b5"><svg width="640" height="400" viewBox="0 0 640 400"><g aria-label="line"></g></svg></figure>')}
${cell('4', `<h2>${oH1}</h2>`)}
${cell('5', ps(oP2))}
${cell(
  '6',
  `<span class="observablehq--inspect"><span class="observablehq--cellname">expected = </span><span
class="observablehq--number">4.1024</span></span>`,
)}
${cell('7', `<h2>${oH2}</h2>`)}
${cell('8', ps(oP3))}
${cell('9', '<span class="observablehq--inspect"><span class="observablehq--cellname">import</span> {Plot} from "@observablehq/plot"</span>')}
</div>
<div class="mw-notebook center ph3 pv4 bt b--light-gray"><h3 class="f6 mid-gray">Comments</h3><p class="f6">Sign in to comment on this notebook.</p>
<h3 class="f6 mid-gray">Insights from this notebook</h3><p class="f6">Used in 3 collections</p></div></main>
<footer class="bg-near-white pv4 ph3"><div class="flex justify-between"><ul class="list flex">${links(oFoot, 'mr3')}</ul>
<p class="mid-gray f6">© 2026 Observable, Inc.</p></div></footer></div></div>
<script src="/_next/static/chunks/main-4f1a0b.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bat%5D/%5Bslug%5D-9c1e.js" defer=""></script>
</body></html>`;
const observable: TestPage = {
  name: 'heldout328-observable-notebook-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2],
  body: texts([...oP, ...oP2, ...oP3]),
  bylines: ['Lena Harrowgate', 'Published', 'Feb 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Observable', 'Explore', 'Trending', 'Sign in', 'Sign up for free', 'Like', 'Fork', 'Forks 14', 'Room size', 'expected =', 'Comments',
    'Sign in to comment on this notebook.', 'Insights from this notebook', 'Used in 3 collections', ...oFoot, '© 2026 Observable, Inc.',
  ],
};

export const HELDOUT328_C: readonly TestPage[] = [knitr, observable];
