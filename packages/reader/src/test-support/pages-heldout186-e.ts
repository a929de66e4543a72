import { type TestPage, texts } from './page-kit.js';
import { observableNotebook } from './pages-heldout186-e2.js';

/**
 * Held-out batch 186, file e: a Jupyter notebook rendered on nbviewer (the navbar with the "nbviewer" brand, "FAQ" and the
 * icon links with their menu texts, the repository path breadcrumb, JupyterLab-classed markdown and code cells with "In [n]:"
 * and "Out[n]:" prompts, anchor-link pilcrows in the markdown headings, stream output, a pandas DataFrame table and an
 * image output, and the nbviewer footer with its hosting, version and render-time lines) and, from file e2, an Observable
 * notebook page.
 */
const nbTitle = 'When do the redwings arrive? Forty years of autumn ringing at Skarvik';
const nbByline = 'Astrid Lunde, Skarvik Bird Observatory, March 2026';
const nbIntro = [
  'This notebook looks at the timing of autumn passage of redwings at the Skarvik ringing station between 1985 and 2024. The ' +
    'station has trapped and ringed birds every day from 15 September to 15 November in all but two of those years, which makes ' +
    'the series well suited to looking for long-term change.',
  'The questions are simple: has the autumn peak moved, and if so, is the change linked to autumn temperatures further north?',
];
const nbH1 = 'Loading the data';
const nbP1 = [
  'Daily totals are stored in one CSV file with a row per day. Days when the nets were closed because of strong wind are ' +
    'marked with a missing count rather than a zero, which matters for the averages below.',
];
const nbH2 = 'Finding the peak';
const nbP2 = [
  'Daily counts are noisy: a single evening of fog can ground hundreds of birds. To get a stable measure of timing, we use the ' +
    '<em>median passage date</em>, the day by which half of the season’s birds have been ringed, rather than the day of the single ' +
    'highest count.',
  'Missing days are filled by linear interpolation between the neighbouring days before the cumulative total is computed. ' +
    'Seasons with more than ten missing days are dropped, which removes three years.',
];
const nbH3 = 'Trend over time';
const nbP3 = [
  'The median passage date has moved later by about 0.21 days per year, or a little over eight days across the whole series. ' +
    'The trend is clear in the plot, though individual years vary by up to three weeks.',
  'A few caveats before reading too much into this:',
];
const nbList = [
  'The nets were moved 200 metres inland in 1998, which may have changed which birds were caught.',
  'Ringing effort was lower in the late 1980s, when the station had fewer volunteers.',
  'Median passage date reflects the birds that stop at Skarvik, not all birds passing the coast.',
];
const nbH4 = 'Next steps';
const nbP4 = [
  'The next notebook joins these dates with September temperatures from three stations in the north of the country to test ' +
    'whether warmer autumns at the breeding grounds explain the later passage. Comments and corrections are welcome on the ' +
    'repository’s issue tracker.',
];
const nbPrompts = ['In [1]:', 'In [2]:', 'Out[2]:', 'In [3]:', 'In [4]:'];
const nbNav = ['nbviewer', 'FAQ', 'View on GitHub', 'Download Notebook', 'Execute on Binder'];
const nbPath = ['skarvik-obs', 'passage-timing', 'notebooks'];
const nbFoot = [
  'This website does not host notebooks, it only renders notebooks available on other websites.',
  'Delivered by Fastly, Rendered by OVHcloud',
  'nbviewer GitHub repository.',
  'nbviewer version: 8b013f7',
  'nbconvert version: 7.2.3',
  'Rendered (Sun, 08 Mar 2026 10:12:44 UTC)',
];
const md = (inner: string): string => `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">
</div><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">
${inner}
</div></div></div></div>`;
const h = (tag: string, t: string): string => {
  const id = t.replace(/[^A-Za-z]+/g, '-');
  return `<${tag} id="${id}">${t}<a class="anchor-link" href="#${id}">¶</a></${tag}>`;
};
const code = (n: number, src: string, out = ''): string => `<div class="jp-Cell jp-CodeCell jp-Notebook-cell">
<div class="jp-Cell-inputWrapper" tabindex="0"><div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[${n}]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline"><div class="cm-editor cm-s-jupyter"><div class="highlight hl-ipython3">
<pre><span></span>${src}</pre></div></div></div></div></div>${out}</div>`;
const out = (prompt: string, inner: string, mime: string): string => `<div class="jp-Cell-outputWrapper"><div class="jp-OutputArea jp-Cell-outputArea">
<div class="jp-OutputArea-child"><div class="jp-OutputPrompt jp-OutputArea-prompt">${prompt}</div>
<div class="jp-RenderedHTMLCommon jp-OutputArea-output" data-mime-type="${mime}">${inner}</div></div></div></div>`;
const nbTable = `<div><style scoped>.dataframe tbody tr th:only-of-type { vertical-align: middle; }</style><table border="1" class="dataframe">
<thead><tr style="text-align: right;"><th></th><th>date</th><th>count</th><th>nets_open</th></tr></thead>
<tbody><tr><th>0</th><td>1985-09-15</td><td>4</td><td>True</td></tr><tr><th>1</th><td>1985-09-16</td><td>0</td><td>True</td></tr>
<tr><th>2</th><td>1985-09-17</td><td>NaN</td><td>False</td></tr></tbody></table></div>`;
const nbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Jupyter Notebook Viewer</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${nbTitle}"><meta name="author" content="Jupyter Development Team">
<meta property="og:title" content="Notebook on nbviewer"><meta property="og:description" content="Check out this Jupyter notebook!">
<link rel="stylesheet" href="/static/build/styles.css?v=1b3b8a9"><link rel="stylesheet" href="/static/build/notebook.css?v=1b3b8a9">
<script src="/static/components/requirejs/require.js"></script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({ tex2jax: {inlineMath: [['$','$']]} });</script></head>
<body class="nbviewer" data-spy="scroll" data-target=".toc-nav">
<nav id="menubar" class="navbar navbar-default navbar-fixed-top" data-spy="affix"><div class="container"><div class="navbar-header">
<a class="navbar-brand" href="/"><img src="/static/img/nav_logo.svg?v=479cefe" width="159" alt="${nbNav[0]}"> <span>${nbNav[0]}</span></a></div>
<div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right">
<li><a class="active" href="https://jupyter.org">JUPYTER</a></li>
<li><a href="/faq" title="FAQ"><span class="fa fa-question fa-2x menu-icon"></span><span class="menu-text">${nbNav[1]}</span></a></li>
<li><a href="https://github.com/skarvik-obs/passage-timing/blob/main/notebooks/redwing-timing.ipynb" title="View on GitHub">
<span class="fa fa-github fa-2x menu-icon"></span><span class="menu-text">${nbNav[2]}</span></a></li>
<li><a href="https://raw.githubusercontent.com/skarvik-obs/passage-timing/main/notebooks/redwing-timing.ipynb" title="Download Notebook" download>
<span class="fa fa-download fa-2x menu-icon"></span><span class="menu-text">${nbNav[3]}</span></a></li>
<li><a href="https://mybinder.org/v2/gh/skarvik-obs/passage-timing/main?filepath=notebooks/redwing-timing.ipynb" title="Execute on Binder">
<span class="fa fa-circle-o fa-2x menu-icon"></span><span class="menu-text">${nbNav[4]}</span></a></li></ul></div></div></nav>
<div class="container container-main"><ol class="breadcrumb"><li><a href="/github/${nbPath[0]}">${nbPath[0]}</a></li>
<li><a href="/github/${nbPath[0]}/${nbPath[1]}">${nbPath[1]}</a></li><li>
<a href="/github/${nbPath[0]}/${nbPath[1]}/tree/main/${nbPath[2]}">${nbPath[2]}</a></li>
</ol><div id="notebook" class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light"><div id="notebook-container">
${md(`${h('h1', nbTitle)}\n<p><em>${nbByline}</em></p>\n${nbIntro.map((p) => `<p>${p}</p>`).join('\n')}`)}
${code(
  1,
  `<span class="kn">import</span> <span class="nn">pandas</span> <span class="k">as</span> <span class="nn">pd</span>
<span class="kn">import</span> <span class="nn">matplotlib.pyplot</span> <span class="k">as</span> <span class="nn">plt</span>`,
)}
${md(`${h('h2', nbH1)}\n${nbP1.map((p) => `<p>${p}</p>`).join('\n')}`)}
${code(
  2,
  `<span class="n">daily</span> <span class="o">=</span> <span class="n">pd</span><span class="o">.</span><span
class="n">read_csv</span>(<span class="s2">"../data/redwing_daily.csv"</span>)
<span class="n">daily</span><span class="o">.</span><span class="n">head</span>(<span class="mi">3</span>)`,
  out('Out[2]:', nbTable, 'text/html'),
)}
${md(`${h('h2', nbH2)}\n${nbP2.map((p) => `<p>${p}</p>`).join('\n')}`)}
${code(
  3,
  `<span class="n">medians</span> <span class="o">=</span> <span class="n">median_passage</span>(<span class="n">daily</span>, <span
class="n">max_missing</span><span class="o">=</span><span class="mi">10</span>)
<span class="nb">print</span>(<span class="nb">len</span>(<span class="n">medians</span>), <span class="s2">"seasons kept"</span>)`,
  out('', '<pre>37 seasons kept\n</pre>', 'text/plain'),
)}
${md(`${h('h2', nbH3)}\n${nbP3.map((p) => `<p>${p}</p>`).join('\n')}\n<ul>\n${nbList.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`)}
${code(
  4,
  `<span class="n">ax</span> <span class="o">=</span> <span class="n">medians</span><span class="o">.</span><span
class="n">plot</span>(<span class="n">marker</span><span class="o">=</span><span class="s2">"o"</span>)`,
  out('', '<img alt="No description has been provided for this image" src="data:image/png;base64,iVBORw0KGgo=">', 'image/png'),
)}
${md(`${h('h2', nbH4)}\n${nbP4.map((p) => `<p>${p}</p>`).join('\n')}`)}
</div></div></div>
<footer class="footer hidden-print"><div class="container"><div class="row"><div class="col-md-4"><p>${nbFoot[0]}</p></div>
<div class="col-md-4"><p>Delivered by <a href="https://www.fastly.com/">Fastly</a>, Rendered by <a href="https://www.ovhcloud.com">OVHcloud</a></p></div>
<div class="col-md-4"><p>nbviewer GitHub <a href="https://github.com/jupyter/nbviewer">repository</a>.</p></div></div>
<div class="row"><div class="col-md-4"><p>nbviewer version: <a href="https://github.com/jupyter/nbviewer/commit/8b013f7">8b013f7</a></p>
<p>nbconvert version: <a href="https://github.com/jupyter/nbconvert/releases/tag/7.2.3">7.2.3</a></p></div>
<div class="col-md-4"><p>Rendered <span class="date" data-date="2026-03-08T10:12:44+00:00" title="2026-03-08T10:12:44+00:00">(Sun, 08 Mar 2026 10:12:44
UTC)</span></p>
</div></div></div></footer>
<script src="/static/build/notebook.js?v=1b3b8a9"></script></body></html>`;
const nbviewer: TestPage = {
  html: nbHtml,
  name: 'heldout186-nbviewer-notebook',
  kind: 'docs',
  // the markdown cells are the article (the first h1 its title, the h2s its headings); the italic author line in the
  // first cell is a byline; code cells and their outputs (stream text, the DataFrame table, the image) are in neither
  // list; the prompts, the anchor-link pilcrows, the navbar, the path breadcrumb and the footer are furniture
  title: nbTitle,
  headings: [nbH1, nbH2, nbH3, nbH4],
  body: [...nbIntro, ...nbP1, ...texts(nbP2), ...nbP3, ...nbList, ...nbP4],
  bylines: [nbByline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...nbNav, 'JUPYTER', ...nbPath, '¶', ...nbPrompts, ...nbFoot],
};

export const HELDOUT186_E: readonly TestPage[] = [nbviewer, observableNotebook];
