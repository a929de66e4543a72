import { type TestPage, texts } from './page-kit.js';
import { minimalMistakesPost } from './pages-heldout149-d2.js';

/**
 * Held-out batch 149, file d: a Quarto blog post (the Bootstrap navbar with site title, links and icons, the title block
 * banner with the description, categories and the Author/Published meta, the "On this page" margin TOC, sections with
 * folded code cells, cell output and a figure caption, a note callout, the appendix with "Reuse" and "Citation" (BibTeX and
 * "cite this work as"), the giscus script and the footer) and, from file d2, a Jekyll post on Minimal Mistakes.
 */
const qtTitle = 'Counting hedgehogs with camera traps: what an occupancy model told us';
const qtDesc = 'Two summers of camera-trap data from twelve gardens, and why the naive counts undersold where hedgehogs were.';
const qtP1 = [
  'For two summers, a group of volunteers in Ashby Lacey put trail cameras in their back gardens and sent me the memory cards. The ' +
    'question was simple: where in the village are hedgehogs, and is that changing?',
  'The answer turned out to depend a lot on how you count. This post walks through the data, why simply adding up sightings is ' +
    'misleading, and what a basic occupancy model changed.',
];
const qtH1 = 'The survey';
const qtP2 = ['Each garden ran one camera for fourteen nights at a time, three times each summer. We ended up with:'];
const qtList1 = [
  '12 gardens, surveyed in 2023 and 2024.',
  '72 survey periods of fourteen nights, or 1,008 camera nights in total.',
  '3,411 video clips, of which 286 showed a hedgehog.',
];
const qtH2 = 'Why not just count?';
const qtP3 = [
  'The obvious approach is to count the gardens where a hedgehog appeared at least once. By that measure, hedgehogs used five of ' +
    'the twelve gardens in 2023 and four in 2024. It looks like a decline.',
  'But a camera not seeing a hedgehog is not the same as there being no hedgehog. Cameras get knocked, batteries fail, and a ' +
    'hedgehog that passes a metre to the left of the frame is invisible. Some gardens simply had worse camera spots than others.',
];
const qtFigCap = 'Figure 1: Nights with at least one hedgehog detection, by garden and year.';
const qtH3 = 'Fitting the model';
const qtP4 = [
  'An occupancy model separates two things: the probability that a garden is used at all, and the probability of detecting a ' +
    'hedgehog in a given survey period if it is. Because each garden was surveyed three times per year, the repeated surveys let the ' +
    'model estimate how often hedgehogs were missed.',
];
const qtNote =
  'Occupancy models assume a garden’s status does not change within a season. For hedgehogs over a single summer that seems ' +
  'reasonable, but it is the assumption I would look at first if the results seemed odd.';
const qtH4 = 'What it showed';
const qtP5 = ['The estimates, with 95% intervals, were less gloomy than the raw counts:'];
const qtList2 = [
  'Estimated occupancy was 0.58 (0.33 to 0.79) in 2023 and 0.55 (0.30 to 0.77) in 2024.',
  'Detection per fourteen-night period was only about 0.45, so a single survey missed hedgehogs more than half the time.',
  'Gardens with a gap in the fence were far more likely to be used, which fits what hedgehog groups have long said.',
];
const qtP6 = [
  'In other words, there is no good evidence of a decline, and there are probably hedgehogs in two or three more gardens than the ' +
    'cameras showed. The volunteers are now cutting more holes in their fences, and next summer we will add four more gardens and a ' +
    'fourth survey period so the detection estimate tightens.',
];
const qtCode1 = [
  'library(tidyverse)',
  'library(unmarked)',
  'det &lt;- read_csv("data/detections.csv")',
  'det |&gt; count(garden, year, wt = nights_detected) |&gt; ggplot(aes(garden, n, fill = factor(year))) + geom_col(position = "dodge")',
];
const qtCode2 = ['umf &lt;- unmarkedFrameOccu(y = y_matrix, siteCovs = site_covs)', 'fit &lt;- occu(~ 1 ~ fence_gap + year, data = umf)', 'summary(fit)'];
const qtOut =
  'Occupancy (logit-scale):\n            Estimate    SE      z  P(&gt;|z|)\n' +
  '(Intercept)   -0.612 0.842 -0.727   0.4672\nfence_gap      1.904 0.917  2.076   0.0379';
const qtNav = ['Blog', 'Talks', 'About'];
const qtCats = ['R', 'ecology', 'occupancy models', 'citizen science'];
const qtCite = 'Brennan, Aoife. 2025. “Counting Hedgehogs with Camera Traps: What an Occupancy Model Told Us.” June 3, 2025.';
let cb = 0;
const qtCell = (lines: readonly string[], output: string): string => {
  cb++;
  return `<div class="cell"><details class="code-fold"><summary>Code</summary>
<div class="code-copy-outer-scaffold"><div class="sourceCode cell-code" id="cb${cb}">
<pre class="sourceCode r code-with-copy"><code class="sourceCode r">${lines
    .map((l, i) => `<span id="cb${cb}-${i + 1}"><a href="#cb${cb}-${i + 1}" aria-hidden="true" tabindex="-1"></a>${l}</span>`)
    .join('\n')}</code></pre></div><button title="Copy to Clipboard" class="code-copy-button"><i class="bi"></i></button></div></details>
${output}</div>`;
};
const qtSec = (id: string, h: string, inner: string): string => `<section id="${id}" class="level2">
<h2 class="anchored" data-anchor-id="${id}">${h}</h2>
${inner}
</section>`;
const qtP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const qtUl = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const ids = ['the-survey', 'why-not-just-count', 'fitting-the-model', 'what-it-showed'];
const qtHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta charset="utf-8"><meta name="generator" content="quarto-1.6.40">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"><meta name="author" content="Aoife Brennan">
<meta name="dcterms.date" content="2025-06-03"><meta name="description" content="${qtDesc}">
<title>${qtTitle} – Field Notes in R</title>
<style>code{white-space: pre-wrap;} span.smallcaps{font-variant: small-caps;} div.columns{display: flex; gap: min(4vw, 1.5em);}</style>
<script src="../../site_libs/quarto-nav/quarto-nav.js"></script><script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script src="../../site_libs/quarto-search/fuse.min.js"></script><script src="../../site_libs/quarto-search/quarto-search.js"></script>
<meta name="quarto:offset" content="../../"><script src="../../site_libs/quarto-html/quarto.js"></script>
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{"location": "navbar", "copy-button": false, "collapse-after": 3, "panel-placement": "end",
"type": "overlay", "limit": 50, "keyboard-shortcut": ["f", "/", "s"], "language": {"search-no-results-text": "No results",
"search-matching-documents-text": "matching documents", "search-copy-link-title": "Copy link to search", "search-hide-matches-text": "Hide additional matches",
"search-more-match-text": "more match in this document", "search-clear-button-title": "Clear", "search-submit-button-title": "Submit", "search-label":
"Search"}}</script>
<meta property="og:title" content="${qtTitle} – Field Notes in R"><meta property="og:description" content="${qtDesc}">
<meta property="og:image" content="https://aoifebrennan.example/posts/hedgehog-occupancy/index_files/figure-html/fig-nights-1.png">
<meta property="og:site_name" content="Field Notes in R"></head>
<body class="nav-fixed">
<div id="quarto-search-results"></div>
<header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid">
<div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="../../index.html"><span class="navbar-title">Field Notes in R</span></a></div>
<div id="quarto-search" class="" title="Search"></div>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse" aria-controls="navbarCollapse" role="menu"
aria-expanded="false" aria-label="Toggle navigation" onclick="if (window.quartoToggleHeadroom) { window.quartoToggleHeadroom(); }">
<span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto">
${qtNav
  .map(
    (t) => `<li class="nav-item"><a class="nav-link" href="../../${t.toLowerCase()}.html"> 
<span class="menu-text">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="nav-item compact"><a class="nav-link" href="https://github.com/aoifebrennan"> <i class="bi bi-github" role="img"></i> 
<span class="menu-text"></span></a></li>
<li class="nav-item compact"><a class="nav-link" href="../../index.xml"> <i class="bi bi-rss" role="img"></i> <span class="menu-text"></span></a></li>
</ul></div><div class="quarto-navbar-tools"></div></div></nav></header>
<header id="title-block-header" class="quarto-title-block default page-columns page-full"><div class="quarto-title-banner page-columns page-full">
<div class="quarto-title column-body"><h1 class="title">${qtTitle}</h1><div><div class="description">
${qtDesc}
</div></div><div class="quarto-categories">
${qtCats.map((c) => `<div class="quarto-category">${c}</div>`).join('\n')}
</div></div></div>
<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>Aoife Brennan </p></div></div>
<div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">June 3, 2025</p></div></div></div>
</header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-sidebar-toc-left" class="sidebar toc-left"></div>
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar"><nav id="TOC" role="doc-toc" class="toc-active"><h2 id="toc-title">On this page</h2><ul>
${[qtH1, qtH2, qtH3, qtH4]
  .map((h, i) => `<li><a href="#${ids[i]}" id="toc-${ids[i]}" class="nav-link${i === 0 ? ' active' : ''}" data-scroll-target="#${ids[i]}">${h}</a></li>`)
  .join('\n')}
</ul></nav></div>
<main class="content quarto-banner-title-block" id="quarto-document-content">
${qtP(qtP1)}
${qtSec('the-survey', qtH1, `${qtP(qtP2)}\n${qtUl(qtList1)}`)}
${qtSec(
  'why-not-just-count',
  qtH2,
  `${qtP(qtP3)}
${qtCell(
  qtCode1,
  `<div class="cell-output-display"><div id="fig-nights" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float
quarto-float-fig figure"><div aria-describedby="fig-nights-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca"><img src="index_files/figure-html/fig-nights-1.png"
class="img-fluid figure-img" width="672"></div><figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig"
id="fig-nights-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">Figure&nbsp;1: Nights with at least one hedgehog detection, by garden and year.</figcaption>
</figure></div></div>`,
)}`,
)}
${qtSec(
  'fitting-the-model',
  qtH3,
  `${qtP(qtP4)}
${qtCell(qtCode2, `<div class="cell-output cell-output-stdout"><pre><code>${qtOut}</code></pre></div>`)}
<div class="callout callout-style-default callout-note callout-titled"><div class="callout-header d-flex align-content-center"><div
class="callout-icon-container">
<i class="callout-icon"></i></div><div class="callout-title-container flex-fill">Note</div></div><div class="callout-body-container
callout-body"><p>${qtNote}</p>
</div></div>`,
)}
${qtSec('what-it-showed', qtH4, `${qtP(qtP5)}\n${qtUl(qtList2)}\n${qtP(qtP6)}`)}
<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2>
<div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div>
<div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode
bibtex">
@online{brennan2025,
  author = {Brennan, Aoife},
  title = {Counting Hedgehogs with Camera Traps: What an Occupancy Model Told Us},
  date = {2025-06-03},
  url = {https://aoifebrennan.example/posts/hedgehog-occupancy/},
  langid = {en}
}
</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-brennan2025" class="csl-entry
quarto-appendix-citeas" role="listitem">Brennan, Aoife. 2025. <span>“Counting Hedgehogs with Camera Traps: What an Occupancy Model Told Us.”</span> June 3,
2025. <a href="https://aoifebrennan.example/posts/hedgehog-occupancy/">https://aoifebrennan.example/posts/hedgehog-occupancy/</a>.</div></div></section></div>
</main>
<script id="quarto-html-after-body" type="application/javascript">
window.document.addEventListener("DOMContentLoaded", function (event) {
  const onCopySuccess = function(e) { const button = e.trigger; button.blur(); button.classList.add('code-copy-button-checked');
    button.setAttribute("title", "Copied!"); };
  const clipboard = new window.ClipboardJS('.code-copy-button:not([data-in-quarto-modal])', { text: getTextToCopy });
  clipboard.on('success', onCopySuccess);
});
</script>
<input type="hidden" id="giscus-base-theme" value="light"><input type="hidden" id="giscus-alt-theme" value="dark">
<script src="https://giscus.app/client.js" data-repo="aoifebrennan/blog-comments" data-repo-id="R_kgDOKq1x2Q" data-category="Announcements"
data-category-id="DIC_kwDOKq1x2c4Cb7eY" data-mapping="title" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top"
data-theme="light" data-lang="en" crossorigin="anonymous" async></script>
</div>
<footer class="footer"><div class="nav-footer"><div class="nav-footer-left"><p>© 2025 Aoife Brennan</p></div><div class="nav-footer-center">&nbsp;</div>
<div class="nav-footer-right"><p>Built with <a href="https://quarto.org/">Quarto</a></p></div></div></footer>
</body></html>`;
const quartoPost: TestPage = {
  html: qtHtml,
  name: 'heldout149-quarto-blog',
  kind: 'blog',
  // the description under the title is the post's dek (body); the margin TOC repeats the headings and is left out, its title
  // is furniture; the note callout's text is body, its "Note" label furniture; code cells, their output and the BibTeX block
  // are in neither list; the figure caption, categories, title-block labels and the appendix are furniture
  title: qtTitle,
  headings: [qtH1, qtH2, qtH3, qtH4],
  body: texts([qtDesc, ...qtP1, ...qtP2, ...qtList1, ...qtP3, ...qtP4, qtNote, ...qtP5, ...qtList2, ...qtP6]),
  bylines: ['Aoife Brennan', 'June 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Field Notes in R', ...qtNav, ...qtCats, 'Author', 'Published', 'On this page', 'Code', qtFigCap, 'Note', 'Reuse', 'CC BY 4.0', 'Citation',
    'BibTeX citation:', 'For attribution, please cite this work as:', qtCite, 'https://aoifebrennan.example/posts/hedgehog-occupancy/', '© 2025 Aoife Brennan',
    'Built with Quarto',
  ],
};

export const HELDOUT149_D: readonly TestPage[] = [quartoPost, minimalMistakesPost];
