import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file f2: a personal data blog post rendered by Quarto (Bootstrap navbar, the title block with
 * categories and the Author / Published / Modified meta, the right-margin table of contents, level2 sections, code cells
 * folded under "Code" with their plot outputs and figure captions, a callout, the reuse / citation appendix, giscus
 * comments and the page footer). Folded code is in neither gold list.
 */
const qTitle = 'How late are the trams, really? Six months of arrival data';
const qP1 = [
  j(
    'Since September I have been logging every tram arrival at the four stops nearest my flat, using the city’s open real-time',
    'feed. The official line is that 91% of trams run on time. My data says something a little different, depending on what you',
    'mean by “on time”.',
  ),
];
const qH1 = 'Getting the data';
const qP2 = [
  j(
    'The feed publishes predicted and actual arrival times every 30 seconds. A small script on a Raspberry Pi saved each update',
    'to a SQLite database, which after six months held a little over 2.3 million rows. After removing duplicates and trams that',
    'never showed an actual arrival, I was left with 48,112 arrivals.',
  ),
];
const qH2 = 'The distribution of delays';
const qP3 = [
  j(
    'The transit authority counts a tram as on time if it arrives no more than three minutes late. By that definition, 89.6% of',
    'arrivals in my data were on time, close to the official figure.',
  ),
  j(
    'But the distribution has a long tail. Roughly one arrival in fifty was more than ten minutes late, and those delays cluster in',
    'the evening peak, exactly when a missed connection hurts most.',
  ),
];
const qCallout = 'A tram that never arrives does not appear in the delay figures at all. I count 311 scheduled trips with no arrival.';
const qH3 = 'Delays by hour of day';
const qP4 = ['Splitting arrivals by hour shows the pattern clearly:'];
const qList = [
  'Before 7:00, the median delay is under 30 seconds.',
  'Between 16:00 and 18:30, the median delay rises to 2 minutes 40 seconds.',
  'After 21:00, delays fall again, but the gaps between trams are longer, so each delay costs riders more time.',
];
const qH4 = 'What I take from this';
const qP5 = [
  j(
    'The headline number is not wrong, but it hides the part that matters to people who ride at rush hour. I would like to see',
    'the authority publish delays by hour, and count cancelled trips alongside late ones.',
  ),
  'The code and the cleaned data are on my GitHub if you want to check my work or run it for your own stop.',
];
const code1 = `arrivals |>
  mutate(delay_min = as.numeric(actual - scheduled, units = "mins")) |>
  ggplot(aes(delay_min)) + geom_histogram(binwidth = 0.5)`;
const code2 = `arrivals |> group_by(hour = hour(scheduled)) |> summarise(median_delay = median(delay_min))`;
const cell = (id: string, code: string, fig: string, cap: string): string => `<div class="cell"><details class="code-fold"><summary>Code</summary>
<div class="sourceCode cell-code" id="${id}"><pre class="sourceCode r code-with-copy"><code class="sourceCode r">${code}</code></pre>
<button title="Copy to Clipboard" class="code-copy-button"><i class="bi"></i></button></div></details>
<div class="cell-output-display"><div id="${fig}" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float
quarto-float-fig figure">
<div aria-describedby="${fig}-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca"><img src="index_files/figure-html/${fig}-1.png" class="img-fluid
figure-img" width="672"></div>
<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig"
id="${fig}-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">${cap}</figcaption>
</figure></div></div></div>`;
const qToc = [qH1, qH2, qH3, qH4];
const qNav = ['Blog', 'Projects', 'Talks', 'About'];
const qHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="utf-8">
<meta name="generator" content="quarto-1.6.40"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta name="author" content="Jonah Velasquez-Reid"><meta name="dcterms.date" content="2026-03-01"><title>${qTitle} – Stop Data</title>
<script src="../../site_libs/quarto-nav/quarto-nav.js"></script><script src="../../site_libs/clipboard/clipboard.min.js"></script>
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{"location":"navbar","copy-button":false,"collapse-after":3,"panel-placement":"end"}</script>
<meta property="og:title" content="${qTitle} – Stop Data"></head>
<body class="nav-fixed fullcontent"><div id="quarto-search-results"></div><header id="quarto-header" class="headroom fixed-top">
<nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid"><div class="navbar-brand-container mx-auto">
<a class="navbar-brand" href="../../index.html"><span class="navbar-title">Stop Data</span></a></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto">${qNav
  .map((n) => `<li class="nav-item"><a class="nav-link" href="../../${n.toLowerCase()}.html"><span class="menu-text">${n}</span></a></li>`)
  .join('\n')}</ul>
<div id="quarto-search" class="" title="Search"></div></div></div></nav></header>
<header id="title-block-header" class="quarto-title-block default page-columns page-full"><div class="quarto-title-banner page-columns page-full">
<div class="quarto-title column-body"><h1 class="title">${qTitle}</h1><div class="quarto-categories"><div class="quarto-category">transport</div>
<div class="quarto-category">R</div><div class="quarto-category">open data</div></div></div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>Jonah
Velasquez-Reid</p></div></div>
<div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">March 1, 2026</p></div></div>
<div><div class="quarto-title-meta-heading">Modified</div><div class="quarto-title-meta-contents"><p class="date-modified">March 4,
2026</p></div></div></div></header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2>
<ul>${qToc.map((t, i) => `<li><a href="#s${i}" id="toc-s${i}" class="nav-link" data-scroll-target="#s${i}">${t}</a></li>`).join('\n')}</ul></nav></div>
<main class="content quarto-banner-title-block" id="quarto-document-content">${ps(qP1)}
<section id="s0" class="level2"><h2 class="anchored" data-anchor-id="s0">${qH1}</h2>${ps(qP2)}</section>
<section id="s1" class="level2"><h2 class="anchored" data-anchor-id="s1">${qH2}</h2>${ps(qP3)}
${cell('cb1', code1, 'fig-hist', 'Figure 1: Distribution of arrival delays, September 2025 to February 2026')}
<div class="callout callout-style-default callout-note callout-titled"><div class="callout-header d-flex align-content-center"><div
class="callout-icon-container">
<i class="callout-icon"></i></div><div class="callout-title-container flex-fill">Note</div></div><div class="callout-body-container callout-body">
<p>${qCallout}</p></div></div></section>
<section id="s2" class="level2"><h2 class="anchored" data-anchor-id="s2">${qH3}</h2>${ps(qP4)}<ul>${qList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${cell('cb2', code2, 'fig-hour', 'Figure 2: Median delay by scheduled hour, weekdays only')}</section>
<section id="s3" class="level2"><h2 class="anchored" data-anchor-id="s3">${qH4}</h2>${ps(qP5)}</section>
<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>
<div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div
class="quarto-appendix-secondary-label">BibTeX
citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{velasquez-reid2026,
  author = {Velasquez-Reid, Jonah},
  title = {How Late Are the Trams, Really?}}</code></pre></div></section></div></main>
<div id="quarto-comments"><script src="https://giscus.app/client.js" data-repo="jvreid/stopdata" data-mapping="title" data-theme="light" crossorigin="anonymous"
async></script></div></div>
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left"><p>© 2026 Jonah Velasquez-Reid</p></div>
<div class="nav-footer-right"><p>Built with <a href="https://quarto.org/">Quarto</a></p></div></div></footer>
<script id="quarto-html-after-body" type="application/javascript">window.document.addEventListener("DOMContentLoaded", function (event) {
const toggleBodyColorMode = (bsSheetEl) => {};const isCodeAnnotation = (el) => {};});</script></body></html>`;
export const quarto: TestPage = {
  name: 'heldout312-quarto-data-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qH1, qH2, qH3, qH4],
  body: texts([...qP1, ...qP2, ...qP3, qCallout, ...qP4, ...qList, ...qP5]),
  bylines: ['Jonah Velasquez-Reid', 'March 1, 2026', 'March 4, 2026'],
  furniture: [
    'Stop Data',
    ...qNav,
    'transport',
    'open data',
    'Author',
    'Published',
    'Modified',
    'On this page',
    'Code',
    'Figure 1: Distribution of arrival delays, September 2025 to February 2026',
    'Note',
    'Figure 2: Median delay by scheduled hour, weekdays only',
    'Reuse',
    'CC BY 4.0',
    'Citation',
    'BibTeX citation:',
    '© 2026 Jonah Velasquez-Reid',
    'Built with Quarto',
  ],
};
