import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 205, file c2: a post on a Quarto (1.6) blog (the headroom navbar with site title, menu links and the
 * search box, the title block with categories, description and the "Author" / "Published" meta, the margin "On this page"
 * TOC, code cells with their output and a figure with "Figure 1:" caption, a callout, the giscus comments frame, "Back to
 * top" and the three-part nav footer).
 */
const title = 'How far do our allotment bees actually fly?';
const desc = 'Counting marked bees at three feeders over one summer, with a small R model and a lot of caveats.';
const h = ['The set-up', 'What the counts look like', 'A first model', 'What I would do differently'];
const p1 = [
  'The allotment association put two hives at the bottom of the site in 2023, and ever since someone at every committee ' +
    'meeting has asked whether the bees are doing anything for the plots at the top end, 400 metres away. This summer I tried ' +
    'to find out.',
];
const p2 = [
  'I set up three sugar-water feeders at 50, 200 and 400 metres from the hives, along the main path. Over six weeks in June ' +
    'and July, on every dry morning, I dabbed a spot of coloured paint on bees at the nearest feeder and counted how many ' +
    'painted bees turned up at the other two in the following hour.',
  'Each colour was used for one day only, so a painted bee seen at a far feeder had to have come from the near feeder that ' +
    'morning. In total I marked 1,164 bees over 31 mornings.',
];
const p3 = ['Returns fall off quickly with distance, as you would expect, but not to zero. The summary below is per morning, averaged ' + 'over all 31.'];
const p4 = [
  'So on a typical morning about one marked bee in twenty-five made it to the top feeder. That sounds small, but it is out ' +
    'of the bees I happened to catch and paint, which is a tiny fraction of the foragers from two hives.',
];
const p5 = [
  'To put a curve through this I fitted a binomial model of returns against distance, with a random effect for each ' + 'morning to soak up the weather.',
  'The fitted return rate halves roughly every 95 metres. The morning-to-morning variation is large: warm still mornings ' +
    'had three or four times the returns of breezy ones, which matches what I saw standing in the field.',
];
const callout = [
  'These are returns to a sugar feeder, not visits to flowers. Bees will fly further for a good source and less far when ' +
    'there is plenty near the hive, so treat the curve as a rough shape rather than a map of where the bees go.',
];
const p6 = [
  'I would use more than one line of feeders. Everything here is along the main path, and the hedge on the east side almost ' + 'certainly funnels the bees.',
  'I would also start in May. By July the lime trees on the road were flowering and I suspect many foragers went there ' +
    'instead, which would make the far feeder look worse than it is earlier in the season.',
  'The data and the script are in the repository linked below. If anyone at another allotment wants to repeat this, I still ' + 'have most of a tin of paint.',
];
const cats = ['R', 'bees', 'allotment', 'fieldwork'];
const nav = ['Posts', 'Garden log', 'About'];
const caption = 'Figure 1: Share of marked bees seen at each feeder, one line per morning, with the model fit in black.';
const calloutTitle = 'Note';
const foot = ['© 2025 Morwenna Tregear', 'Built with Quarto', 'Source code on Codeberg'];
const cell = (id: string, code: string, out: string): string => `<div class="cell">
<div class="code-copy-outer-scaffold"><div class="sourceCode cell-code" id="${id}"><pre class="sourceCode r code-with-copy"><code
class="sourceCode r">${code}</code></pre></div><button title="Copy to Clipboard" class="code-copy-button"><i class="bi"></i></button></div>
<div class="cell-output cell-output-stdout">
<pre><code>${out}</code></pre>
</div>
</div>`;
const FIT = 'fit &lt;- glmer(cbind(returned, marked - returned) ~ distance + (1 | morning),\n  family = binomial, data = counts)';
const FIT_OUT =
  'Fixed effects:\n             Estimate Std. Error z value Pr(&gt;|z|)\n' +
  '(Intercept)  -2.1046     0.1403  -15.00  &lt;2e-16\ndistance     -0.0073     0.0006  -12.17  &lt;2e-16';
const P = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const sec = (id: string, head: string, inner: string): string => `<section id="${id}" class="level2">
<h2 class="anchored" data-anchor-id="${id}">${head}</h2>
${inner}
</section>`;
const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<meta charset="utf-8">
<meta name="generator" content="quarto-1.6.39">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta name="author" content="Morwenna Tregear">
<meta name="dcterms.date" content="2025-09-07">
<meta name="description" content="${desc}">
<title>${title} – Morwenna Tregear</title>
<script src="../../site_libs/quarto-nav/quarto-nav.js"></script>
<script src="../../site_libs/quarto-nav/headroom.min.js"></script>
<script src="../../site_libs/clipboard/clipboard.min.js"></script>
<script src="../../site_libs/quarto-search/autocomplete.umd.js"></script>
<script src="../../site_libs/quarto-search/fuse.min.js"></script>
<script src="../../site_libs/quarto-search/quarto-search.js"></script>
<meta name="quarto:offset" content="../../">
<script src="../../site_libs/quarto-html/quarto.js"></script>
<link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet" id="quarto-bootstrap" data-mode="light">
<script id="quarto-search-options" type="application/json">{ "location": "navbar", "copy-button": false, "collapse-after": 3,
"panel-placement": "end", "type": "overlay", "limit": 50, "keyboard-shortcut": ["f", "/", "s"], "language": { "search-no-results-text":
"No results", "search-matching-documents-text": "matching documents", "search-submit-button-title": "Submit" } }</script>
<meta property="og:title" content="${title} – Morwenna Tregear">
<meta property="og:description" content="${desc}">
<meta property="og:image" content="https://tregear.example/posts/bee-distance/feeders.png">
</head>
<body class="nav-fixed fullcontent quarto-light">
<div id="quarto-search-results"></div>
  <header id="quarto-header" class="headroom fixed-top">
    <nav class="navbar navbar-expand-lg " data-bs-theme="dark">
      <div class="navbar-container container-fluid">
      <div class="navbar-brand-container mx-auto">
    <a class="navbar-brand" href="../../index.html">
    <span class="navbar-title">Morwenna Tregear</span>
    </a>
  </div>
            <div id="quarto-search" class="" title="Search"></div>
          <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarCollapse"
          aria-controls="navbarCollapse" role="menu" aria-expanded="false" aria-label="Toggle navigation"
          onclick="if (window.quartoToggleHeadroom) { window.quartoToggleHeadroom(); }">
  <span class="navbar-toggler-icon"></span>
</button>
          <div class="collapse navbar-collapse" id="navbarCollapse">
            <ul class="navbar-nav navbar-nav-scroll ms-auto">
${nav
  .map(
    (t) => `  <li class="nav-item">\n    <a class="nav-link" href="../../${t.toLowerCase().replace(' ', '-')}.html">
<span class="menu-text">${t}</span></a>\n  </li>`,
  )
  .join('\n')}
</ul>
          </div>
      </div>
    </nav>
</header>
<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar">
<div id="quarto-margin-sidebar" class="sidebar margin-sidebar">
    <nav id="TOC" role="doc-toc" class="toc-active">
    <h2 id="toc-title">On this page</h2>
  <ul>
${h.map((t, i) => `  <li><a href="#s${i}" id="toc-s${i}" class="nav-link${i === 0 ? ' active' : ''}" data-scroll-target="#s${i}">${t}</a></li>`).join('\n')}
  </ul>
</nav>
</div>
<main class="content" id="quarto-document-content">
<header id="title-block-header" class="quarto-title-block default">
<div class="quarto-title">
<h1 class="title">${title}</h1>
  <div class="quarto-categories">
${cats.map((c) => `    <div class="quarto-category">${c}</div>`).join('\n')}
  </div>
</div>
<div>
  <div class="description">
    ${desc}
  </div>
</div>
<div class="quarto-title-meta">
    <div>
    <div class="quarto-title-meta-heading">Author</div>
    <div class="quarto-title-meta-contents">
             <p>Morwenna Tregear </p>
          </div>
  </div>
    <div>
    <div class="quarto-title-meta-heading">Published</div>
    <div class="quarto-title-meta-contents">
      <p class="date">September 7, 2025</p>
    </div>
  </div>
  </div>
</header>
${P(p1)}
${sec('s0', h[0] ?? '', P(p2))}
${sec(
  's1',
  h[1] ?? '',
  `${P(p3)}\n${cell(
    'cb1',
    'counts |>\n  group_by(distance) |>\n  summarise(marked = mean(marked), returned = mean(returned))',
    `# A tibble: 3 × 3
  distance marked returned
     &lt;dbl&gt;  &lt;dbl&gt;    &lt;dbl&gt;
1       50   37.5     NA
2      200   37.5     4.1
3      400   37.5     1.5`,
  )}\n${P(p4)}`,
)}
${sec(
  's2',
  h[2] ?? '',
  `${P(p5.slice(0, 1))}\n${cell('cb2', FIT, FIT_OUT)}
<div class="cell-output-display">
<div id="fig-returns" class="quarto-float quarto-figure quarto-figure-center anchored">
<figure class="quarto-float quarto-float-fig figure">
<div aria-describedby="fig-returns-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
<img src="index_files/figure-html/fig-returns-1.png" class="img-fluid figure-img" width="672">
</div>
<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-returns-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
${caption}
</figcaption>
</figure>
</div>
</div>
${P(p5.slice(1))}
<div class="callout callout-style-default callout-note callout-titled">
<div class="callout-header d-flex align-content-center">
<div class="callout-icon-container">
<i class="callout-icon"></i>
</div>
<div class="callout-title-container flex-fill">
${calloutTitle}
</div>
</div>
<div class="callout-body-container callout-body">
${P(callout)}
</div>
</div>`,
)}
${sec('s3', h[3] ?? '', P(p6))}
</main> <!-- /main -->
<script>
window.document.addEventListener("DOMContentLoaded", function (event) {
  const toggleBodyColorMode = (bsSheetEl) => { const mode = bsSheetEl.getAttribute("data-mode"); };
  const isCodeAnnotation = (el) => { for (const clz of el.classList) { if (clz.startsWith('code-annotation-')) { return true; } } return false; }
});
</script>
<div id="quarto-appendix" class="default"><div class="quarto-appendix-contents"><div id="giscus-container" class="giscus">
<iframe class="giscus-frame" title="Comments" scrolling="no" allow="clipboard-write"
src="https://giscus.app/en/widget?origin=https%3A%2F%2Ftregear.example%2Fposts%2Fbee-distance%2F&amp;theme=light" loading="lazy"></iframe>
</div></div></div>
</div> <!-- /content -->
<footer class="footer">
  <div class="nav-footer">
    <div class="nav-footer-left">
<p>${foot[0]}</p>
</div>
    <div class="nav-footer-center">
      &nbsp;
    <div class="toc-actions d-sm-block d-md-none"><ul><li><a href="#" class="nav-link" id="quarto-back-to-top">
<i class="bi bi-arrow-up"></i> Back to top</a></li></ul></div></div>
    <div class="nav-footer-right">
<p><a href="https://quarto.org">${foot[1]}</a> · <a href="https://codeberg.org/mtregear/site">${foot[2]}</a></p>
</div>
  </div>
</footer>
</body></html>`;
export const quartoPost: TestPage = {
  html,
  name: 'heldout205-quarto-blog-post',
  kind: 'blog',
  // the description under the title is body (a dek); the callout's text is body and its "Note" title in neither list;
  // categories, the "Author" / "Published" labels, the figure caption, the "On this page" title (its entries repeat the
  // headings and are left out), the navbar, "Back to top" and the footer are furniture (the categories "bees" and
  // "allotment" are words of the title and left out); code and its output are in neither list
  title,
  headings: [...h],
  body: [desc, ...p1, ...p2, ...p3, ...p4, ...p5, ...callout, ...texts(p6)],
  bylines: ['Morwenna Tregear', 'September 7, 2025'],
  furniture: [...nav, 'On this page', 'R', 'fieldwork', 'Author', 'Published', caption, 'Back to top', ...foot],
};
