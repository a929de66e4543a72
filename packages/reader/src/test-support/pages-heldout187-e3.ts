import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import * as e from './pages-heldout187-e2.js';

/**
 * Held-out batch 187, file e3: a CRAN package vignette as rmarkdown's html_vignette format writes it and CRAN serves it
 * (cran.r-project.org/web/packages/tallyho/vignettes/tallyho.html): no site chrome at all, only the pandoc head with its
 * inline styles and scripts, the title, author and date h4s, sections with R code chunks and their "#&gt;" output, a
 * kable table with its caption and a base64 figure with its caption.
 */
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const sec = (t: string, inner: string): string => `<div id="${t.toLowerCase().replace(/ /g, '-')}" class="section level2">\n<h2>${t}</h2>\n${inner}\n</div>`;
const r = (c: string): string => `<pre class="r"><code>${c}</code></pre>`;
const out = (c: string): string => `<pre><code>${c}</code></pre>`;
const html = `<!DOCTYPE html>

<html>

<head>

<meta charset="utf-8" />
<meta name="generator" content="pandoc" />
<meta http-equiv="X-UA-Compatible" content="IE=EDGE" />

<meta name="viewport" content="width=device-width, initial-scale=1" />

<meta name="author" content="Wen Okafor" />

<meta name="date" content="2025-02-11" />

<title>Introduction to tallyho</title>

<script>// Pandoc 2.9 adds attributes on both header and div. We remove the former (to
// be compatible with the behavior of Pandoc < 2.8).
document.addEventListener('DOMContentLoaded', function(e) {
  var hs = document.querySelectorAll("div.section[class*='level'] > :first-child");
  var i, h, a;
  for (i = 0; i < hs.length; i++) { h = hs[i]; if (!/^h[1-6]$/i.test(h.tagName)) continue; a = h.attributes;
    while (a.length > 0) h.removeAttribute(a[0].name); }
});
</script>

<style type="text/css">
code{white-space: pre-wrap;}
span.smallcaps{font-variant: small-caps;}
div.columns{display: flex; gap: min(4vw, 1.5em);}
ul.task-list{list-style: none;}
</style>

<style type="text/css">
code { white-space: pre; }
.sourceCode { overflow: visible; }
</style>

<style type="text/css">body { background-color: #fff; margin: 1em auto; max-width: 700px; overflow: visible; padding-left: 2em; padding-right: 2em;
font-family: "Open Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.35; }
#TOC { clear: both; margin: 0 0 10px 10px; padding: 4px; width: 400px; border: 1px solid #CCCCCC; border-radius: 5px; }
h1.title { font-size: 26px; } h4.author, h4.date { color: #777; font-size: 14px; }
table { margin: auto; border-top: 1px solid #666; border-bottom: 1px solid #666; } table thead th { border-bottom: 1px solid #ddd; }
div.figure { text-align: center; } p.caption { font-style: italic; }
</style>

</head>

<body>




<h1 class="title toc-ignore">${e.rTitle}</h1>
<h4 class="author">Wen Okafor</h4>
<h4 class="date">2025-02-11</h4>



${ps(e.rIntro)}
${sec(e.rH[0]!, `${ps(e.rInstall)}\n${r('install.packages(&quot;tallyho&quot;)\nlibrary(tallyho)')}`)}
${sec(
  e.rH[1]!,
  `${ps(e.rFirst.slice(0, 1))}
${r('tally(allotments, main_crop, within = town)')}
${out('#&gt; # A tally: 6 x 4, grouped by town\n#&gt;   town     main_crop      n share\n#&gt; 1 Ashford  Vegetables    96  0.61')}
<table>
<caption>${e.rCaption}</caption>
<thead>
<tr class="header">
<th align="left">town</th>
<th align="left">main_crop</th>
<th align="right">n</th>
<th align="right">share</th>
</tr>
</thead>
<tbody>
${e.rTable
  .map((row, i) => `<tr class="${i % 2 === 0 ? 'odd' : 'even'}">\n${row.map((c, j) => `<td align="${j < 2 ? 'left' : 'right'}">${c}</td>`).join('\n')}\n</tr>`)
  .join('\n')}
</tbody>
</table>
${ps(e.rFirst.slice(1))}`,
)}
${sec(e.rH[2]!, `${ps(e.rWeights.slice(0, 1))}\n${r('tally(allotments, main_crop, within = town, wt = weight)')}\n${ps(e.rWeights.slice(1))}`)}
${sec(
  e.rH[3]!,
  `${ps(e.rMissing.slice(0, 1))}
${r('tally(allotments, grows_veg, within = town) |&gt;\n  plot_tally()')}
<div class="figure" style="text-align: center">
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="${e.rFigCaption}"
width="576" />
<p class="caption">${e.rFigCaption}</p>
</div>
${ps(e.rMissing.slice(1))}`,
)}
${sec(e.rH[4]!, ps(e.rNext))}



<!-- code folding -->


<!-- dynamically load mathjax for compatibility with self-contained -->
<script>
  (function () {
    var script = document.createElement("script");
    script.type = "text/javascript";
    script.src  = "https://mathjax.rstudio.com/latest/MathJax.js?config=TeX-AMS-MML_HTMLorMML";
    document.getElementsByTagName("head")[0].appendChild(script);
  })();
</script>

</body>
</html>`;
export const cranVignette: TestPage = {
  html,
  name: 'heldout187-cran-r-vignette',
  kind: 'docs',
  // the vignette has no site furniture: the author and date h4s are bylines, the table and figure captions are
  // furniture; each table data row is body (one entry a row), the header cells and all code chunks and their output are
  // in neither list
  title: e.rTitle,
  headings: e.rH,
  body: [
    ...texts([...e.rIntro, ...e.rInstall, ...e.rFirst.slice(0, 1)]),
    ...e.rTable.map((row) => row.join(' ')),
    ...texts([...e.rFirst.slice(1), ...e.rWeights, ...e.rMissing, ...e.rNext]),
  ],
  bylines: ['Wen Okafor', '2025-02-11'],
  furniture: [e.rCaption, e.rFigCaption],
};
