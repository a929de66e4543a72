import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file d2: a Quarto HTML report on a Quarto website (the navbar, the title block with subtitle,
 * author, affiliation and published date, the "On this page" margin table of contents, a folded code cell, a figure
 * with its caption, a table with its caption, a callout, the Reuse and Citation appendix, and the page footer).
 */
const qTitle = 'Seagrass cover in Ardle Sound, 2019–2025';
const qSub = 'Annual survey report for the Ardle Sound Trust';
const qH = ['Summary', 'Methods', 'Results', 'Discussion'];
const qSum = [
  j(
    'Seagrass cover in the survey quadrats rose from 18 percent in 2019 to 31 percent in 2025. Most of the gain came after',
    'the mooring zone in the north bay was moved to deeper water in 2021, and the beds there are now the densest in the Sound.',
  ),
];
const qMeth = [
  j(
    'Each July, volunteers photograph the same 120 fixed quadrats from a kayak at low water. Cover is scored from the',
    'photographs by two people independently, and the mean of their scores is used when they differ by less than ten points.',
  ),
  'Quadrats where the two scores differed by more were scored a third time by the survey lead. This happened in 4 percent of cases.',
];
const qRes = [
  j(
    'The rise was not steady. Cover fell in 2020, the year of the late spring storms, then climbed every year after. The',
    'north bay, where the moorings used to be, changed most; the south shore barely changed at all.',
  ),
  'Mean cover by area in the first and last survey years:',
];
const qRows = [
  ['North bay', '9%', '34%'],
  ['Channel edge', '22%', '30%'],
  ['South shore', '24%', '27%'],
];
const qDisc = [
  j(
    'The survey cannot prove that moving the moorings caused the recovery, but the timing and the place both point that',
    'way. Chains dragged by swinging boats scour circles of bare sand, and those circles were visible in the 2019 photographs.',
  ),
  'We recommend three things for the next five years:',
  'keep the mooring zone where it is, and mark its edge with buoys;',
  'add twenty quadrats on the south shore, where the sample is thinnest;',
  'repeat the survey in September once every three years, to see how much cover changes within a season.',
];
const qBody = texts([...qSum, ...qMeth, ...qRes, ...qRows.flat(), ...qDisc]);
const sec = (id: string, t: string, inner: string): string =>
  `<section id="${id}" class="level2"><h2 class="anchored" data-anchor-id="${id}">${t}</h2>\n${inner}\n</section>`;
const qNav = ['Home', 'Reports', 'Data', 'Volunteer', 'About'];
const qHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="utf-8">
<meta name="generator" content="quarto-1.6.40"><meta name="author" content="Cathal Breen"><meta name="dcterms.date" content="2026-01-30">
<title>Seagrass cover in Ardle Sound, 2019–2025 – Ardle Sound Trust</title>
<script src="../site_libs/quarto-nav/quarto-nav.js"></script><script src="../site_libs/quarto-html/quarto.js"></script>
<link href="../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{"location": "navbar","copy-button": false,"type": "overlay"}</script></head>
<body class="nav-fixed fullcontent"><div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid">
<div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="../index.html"><span class="navbar-title">Ardle Sound Trust</span></a></div>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll me-auto">${links(qNav, 'nav-item')}</ul></div>
<div id="quarto-search" class="" title="Search"></div></div></nav></header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2>
<ul>${qH.map((h) => `<li><a href="#${h.toLowerCase()}" class="nav-link" data-scroll-target="#${h.toLowerCase()}">${h}</a></li>`).join('\n')}</ul>
<div class="toc-actions"><ul><li><a href="#" class="toc-action"><i class="bi bi-github"></i>Report an issue</a></li></ul></div></nav></div>
<main class="content" id="quarto-document-content"><header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title"><h1 class="title">${qTitle}</h1><p class="subtitle lead">${qSub}</p></div>
<div class="quarto-title-meta-author"><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-heading">Affiliation</div>
<div class="quarto-title-meta-contents"><p class="author">Cathal Breen</p></div><div class="quarto-title-meta-contents">
<p class="affiliation">Ardle Sound Trust</p></div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">January 30,
2026</p></div></div></div></header>
${sec('summary', qH[0] ?? '', ps(qSum))}
${sec('methods', qH[1] ?? '', ps(qMeth))}
${sec(
  'results',
  qH[2] ?? '',
  `<p>${qRes[0]}</p><div class="cell"><details class="code-fold"><summary>Code</summary><div class="sourceCode cell-code" id="cb1">
<pre class="sourceCode r code-with-copy"><code class="sourceCode
r">cover |&gt; ggplot(aes(year, cover, colour = area)) + geom_line()</code></pre></div></details>
<div class="cell-output-display"><div id="fig-cover" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float
quarto-float-fig figure">
<div aria-describedby="fig-cover-caption-0ceaefa1-69ba"><img src="report_files/figure-html/fig-cover-1.png" class="img-fluid figure-img" width="672"></div>
<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-cover-caption-0ceaefa1-69ba">Figure&nbsp;1: Mean cover by
survey year and area. Photographs: Ardle Sound Trust volunteers.</figcaption></figure></div></div></div>
<p>${qRes[1]}</p><div id="tbl-areas" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float quarto-float-tbl figure">
<figcaption class="quarto-float-caption-top quarto-float-caption quarto-float-tbl"
id="tbl-areas-caption">Table&nbsp;1: Cover by area, 2019 and 2025</figcaption>
<div aria-describedby="tbl-areas-caption"><table class="caption-top table"><thead><tr class="header"><th>Area</th><th>2019</th><th>2025</th></tr></thead>
<tbody>${qRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></figure></div>`,
)}
<div class="callout callout-style-default callout-note callout-titled"><div class="callout-header d-flex align-content-center"><div
class="callout-title-container
flex-fill">Note</div></div><div class="callout-body-container callout-body"><p>The raw quadrat scores are on the Data page of this site.</p></div></div>
${sec('discussion', qH[3] ?? '', `${ps(qDisc.slice(0, 2))}<ol type="1">${lis(qDisc.slice(2))}</ol>`)}
<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>
<div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div
class="quarto-appendix-secondary-label">
BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">@online{breen2026,
  author = {Breen, Cathal}, title = {Seagrass Cover in {Ardle} {Sound}}, date = {2026-01-30}}</code></pre></div></section></div>
</main></div>
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left"><p>© 2026 Ardle Sound Trust · Registered charity SC048812</p></div>
<div class="nav-footer-center">&nbsp;</div><div class="nav-footer-right"><ul class="footer-items list-unstyled">${links(['Contact', 'Privacy'], 'nav-item')}
</ul></div></div></footer><script id="quarto-html-after-body" type="application/javascript">window.document.addEventListener("DOMContentLoaded",
function (event) { const toggleBodyColorMode = (bsSheetEl) => {}; });</script></body></html>`;
export const quarto: TestPage = {
  name: 'heldout283-quarto-report-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: qBody,
  bylines: ['Cathal Breen', 'January 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ardle Sound Trust', ...qNav, 'On this page', 'Report an issue', 'Author', 'Affiliation', 'Published', 'Code',
    'Figure 1: Mean cover by survey year and area. Photographs: Ardle Sound Trust volunteers.', 'Table 1: Cover by area, 2019 and 2025', 'Note',
    'The raw quadrat scores are on the Data page of this site.', 'Reuse', 'CC BY 4.0', 'Citation', 'BibTeX citation:',
    '© 2026 Ardle Sound Trust · Registered charity SC048812', 'Contact', 'Privacy',
  ],
};
