import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';
import { kaggle } from './pages-heldout283-c2.js';

/**
 * Held-out batch 283, file c: a Jupyter notebook on nbviewer (the navbar with the FAQ link and the view / kernel / GitHub
 * / Binder / download icons, the breadcrumb of the repository path, markdown and code cells with In / Out prompts, a
 * DataFrame output and a stream output, and the nbviewer footer) and, from file c2, a Kaggle notebook.
 */
const vTitle = 'Counting ferry crossings from AIS pings';
const vH = ['Loading the pings', 'Finding crossings', 'Crossings per day', 'What this misses'];
const vIntro = [
  j(
    'Every ferry on the Sundvik route broadcasts its position every few seconds. This notebook turns a month of those',
    'pings into a count of crossings, to check the operator’s claim that the winter timetable runs forty crossings a day.',
  ),
];
const vLoad = [
  'The export is one CSV file per day, with the vessel identifier, a timestamp and the position in degrees.',
  'import pandas as pd; pings = pd.concat(pd.read_csv(f) for f in sorted(files)); pings.shape',
  '(1843220, 5)',
  j(
    'Almost two million rows for four vessels over thirty-one days. A few rows have a latitude of exactly zero, which is',
    'the receiver’s way of saying it lost the fix; we drop them before anything else.',
  ),
];
const vFind = [
  j(
    'A crossing is a run of pings that starts inside the geofence of one terminal and ends inside the other. Pings in',
    'between are ignored, so a ferry that waits out a squall in mid-channel still counts once.',
  ),
  'crossings = find_crossings(pings, fences=TERMINALS, min_gap="4min"); crossings.head(3)',
];
const vRows = [
  ['MV Selje', '06:02', '06:31', 'West to East'],
  ['MV Selje', '06:44', '07:12', 'East to West'],
  ['MV Halsa', '06:15', '06:47', 'East to West'],
];
const vDay = [
  'Grouping by calendar day and counting gives the number we came for:',
  'daily = crossings.groupby(crossings.start.dt.date).size(); print(daily.describe().round(1))',
  'count 31.0 mean 38.6 min 29.0 max 42.0',
  j(
    'On a typical day the route runs a little under thirty-nine crossings. The four days under thirty-five all fall in the',
    'week of the January storm, when the operator cancelled the late evening sailings.',
  ),
];
const vMiss = [
  'Crossings where the receiver lost the ferry for more than four minutes near a terminal.',
  'Extra sailings by a relief vessel that was not in the export.',
  'Any crossing that started before midnight and ended after it, which is counted on the day it started.',
];
const vBy = 'Notebook by Sigrun Aasen, February 2026';
const vBody = texts([...vIntro, ...vLoad, ...vFind, ...vRows.flat(), ...vDay, ...vMiss]);
const md = (inner: string): string => `<div class="cell border-box-sizing text_cell rendered"><div class="prompt input_prompt">
</div><div class="inner_cell"><div class="text_cell_render border-box-sizing rendered_html">
${inner}</div></div></div>`;
const code = (n: number, src: string, out = '', kind = 'output_stream'): string => `<div class="cell border-box-sizing code_cell rendered">
<div class="input"><div class="prompt input_prompt">In&nbsp;[${n}]:</div><div class="inner_cell"><div class="input_area"><div class=" highlight hl-ipython3">
<pre><span></span>${src}</pre></div></div></div></div>
${
  out === ''
    ? ''
    : `<div class="output_wrapper"><div class="output"><div class="output_area">
<div class="prompt ${kind === 'output_stream' ? '' : 'output_prompt'}">${kind === 'output_stream' ? '' : `Out[${n}]:`}</div>
<div class="${kind} output_subarea output_execute_result">${out}</div></div></div></div>`
}</div>`;
const h = (i: number): string => {
  const t = vH[i] ?? '';
  const id = t.replace(/ /g, '-');
  return `<h2 id="${id}">${t}<a class="anchor-link" href="#${id}">¶</a></h2>`;
};
const vTable = `<div><table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th><th>vessel</th><th>start</th><th>end</th>
<th>direction</th></tr></thead><tbody>${vRows
  .map((r, i) => `<tr><th>${i}</th>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div>`;
const vIcons = ['View as Code', 'Python 3 (ipykernel) Kernel', 'View on GitHub', 'Execute on Binder', 'Download Notebook'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jupyter Notebook Viewer</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${vTitle}">
<link href="/static/build/styles.css?v=4d3f2a" rel="stylesheet"><link href="/static/build/notebook.css?v=9b2c11" rel="stylesheet">
<script src="/static/components/requirejs/require.js"></script>
<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']]}});</script></head>
<body class="nbviewer"><nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/"><img src="/static/img/nav_logo.svg" width="159" alt="nbviewer"></a></div>
<div class="collapse navbar-collapse"><ul class="nav navbar-nav navbar-right"><li><a class="active" href="https://jupyter.org">JUPYTER</a></li>
<li><a href="/faq" title="FAQ">FAQ</a></li>
${vIcons.map((t) => `<li><a href="#" title="${t}"><span class="fa fa-download fa-2x menu-icon"></span><span class="menu-text">${t}</span></a></li>`).join('\n')}
</ul></div></div></nav>
<div class="container container-main"><ol class="breadcrumb">${links(['sundvik-data', 'ferries', 'notebooks', 'crossings.ipynb'])}</ol>
<div id="notebook" class="border-box-sizing"><div id="notebook-container" class="container">
${md(`<h1 id="${vTitle.replace(/ /g, '-')}">${vTitle}<a class="anchor-link" href="#">¶</a></h1>
<p><em>${vBy}</em></p>${ps(vIntro)}`)}
${md(`${h(0)}<p>${vLoad[0]}</p>`)}
${code(1, vLoad[1] ?? '', `<pre>${vLoad[2]}</pre>`, 'output_text')}
${md(ps(vLoad.slice(3)))}
${md(`${h(1)}<p>${vFind[0]}</p>`)}
${code(2, vFind[1] ?? '', vTable, 'output_html rendered_html')}
${md(`${h(2)}<p>${vDay[0]}</p>`)}
${code(3, vDay[1] ?? '', `<pre>${vDay[2]}</pre>`)}
${md(ps(vDay.slice(3)))}
${md(`${h(3)}<ul>${lis(vMiss)}</ul>`)}
</div></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-4"><p>This website does not host notebooks, it only renders
notebooks available on other websites.</p></div>
<div class="col-md-4"><p>Delivered by <a href="#">Fastly</a>, Rendered by <a href="#">OVHcloud</a></p>
<p>nbviewer GitHub <a href="#">repository</a>.</p></div>
<div class="col-md-4 text-right"><p>nbviewer version: <a href="#">8b0ff1e</a></p><p>nbconvert version: <a href="#">7.16.4</a></p>
<p>Rendered <span class="date" data-date="2026-03-03T10:12:44Z" title="2026-03-03T10:12:44Z">(Tue, 03 Mar 2026 10:12:44 UTC)</span></p></div>
</div></div></footer><script>require(["nbviewer"], function(n){ n.init(); });</script></body></html>`;
const nbviewer: TestPage = {
  name: 'heldout283-nbviewer-jupyter-notebook-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: vBody,
  bylines: [vBy],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JUPYTER', 'FAQ', ...vIcons, 'sundvik-data', 'ferries', 'notebooks', 'crossings.ipynb', 'In [1]:', 'Out[1]:', 'In [2]:', 'Out[2]:', 'In [3]:',
    'This website does not host notebooks, it only renders notebooks available on other websites.', 'Delivered by Fastly, Rendered by OVHcloud',
    'nbviewer GitHub repository.', 'nbviewer version: 8b0ff1e', 'nbconvert version: 7.16.4', 'Rendered (Tue, 03 Mar 2026 10:12:44 UTC)',
  ],
};

export const HELDOUT283_C: readonly TestPage[] = [nbviewer, kaggle];
