import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file c2: a Kaggle notebook, a React app with styled-components class names (the left navigation,
 * the search bar, the notebook header with author, run time and views, Copy & Edit and the vote button, the
 * Notebook / Input / Output / Logs / Comments tabs, the JupyterLab-rendered cells with In prompts, the right rail with
 * the table of contents, licence and "Continue exploring", and the comments on the notebook).
 */
const kTitle = 'Predicting allotment harvest weight from soil notes';
const kH = ['The data', 'A baseline', 'Adding the soil notes', 'Results', 'Next steps'];
const kData = [
  j(
    'The Greystone Allotment Society has kept a ledger of harvest weights for eleven seasons, one row per plot and crop,',
    'with a free-text column where members describe the soil. This notebook asks whether those notes carry any signal.',
  ),
  'There are 6,412 rows, 188 plots and 23 crops. About a third of rows have an empty soil note.',
  "df = pd.read_csv('/kaggle/input/greystone-harvests/ledger.csv'); df.crop.value_counts().head()",
];
const kBase = [
  j(
    'A gradient-boosted model on crop, plot, season and the month of planting sets the bar. It already explains most of',
    'the variance, mainly because a marrow weighs more than a radish whatever the soil is like.',
  ),
];
const kNotes = [
  j(
    'The notes are short and informal: "heavy clay, wet", "lots of worms", "sandy after the new topsoil". Rather than a',
    'language model, we count a handful of words that members use again and again and add them as flags:',
  ),
  '<em>clay</em>, <em>sandy</em> and <em>stony</em>, for texture;',
  '<em>wet</em>, <em>dry</em> and <em>waterlogged</em>, for drainage;',
  '<em>worms</em>, <em>manure</em> and <em>compost</em>, for what members take as signs of good soil.',
];
const kRes = [
  'On the last two seasons, held out, the notes help a little and only for root crops:',
  j(
    'The honest reading is that the notes mostly repeat what the plot number already says: plots with clay stay clay.',
    'Where they help, it is in the seasons after a plot was improved, which the plot number cannot know about.',
  ),
];
const kRows = [
  ['Baseline', '0.81', '1.92 kg'],
  ['With soil flags', '0.83', '1.84 kg'],
];
const kNext = [
  'Ask members to tick texture and drainage boxes instead of writing free text, and compare again after two seasons.',
  'Add the weather station’s rainfall, which may explain the wet notes better than the notes do.',
];
const kBody = texts([...kData, ...kBase, ...kNotes, ...kRes, ...kRows.flat(), ...kNext]);
const kNav = ['Create', 'Home', 'Competitions', 'Datasets', 'Models', 'Benchmarks', 'Code', 'Discussions', 'Learn', 'More'];
const kTabs = ['Notebook', 'Input', 'Output', 'Logs', 'Comments (3)'];
const kComments: [string, string, string][] = [
  ['Fenella Croft', '2 days ago', 'Lovely idea. Our society keeps the same kind of notes and I never thought to use them.'],
  ['wurzel_data', 'a day ago', 'Did you try the crop as an interaction with the clay flag? Brassicas love clay.'],
  ['Aled Prothero', '20 hours ago', 'Upvoted for the honest conclusion.'],
];
const md = (inner: string): string => `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper">
<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt"></div>
<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">${inner}</div></div></div></div>`;
const code = (n: number, src: string): string => `<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper">
<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[${n}]:</div>
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline"><div class="cm-editor"><div class="highlight hl-ipython3">
<pre><span></span>${src}</pre></div></div></div></div></div></div>`;
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Predicting allotment harvest weight from soil notes | Kaggle</title>
<meta name="description" content="Explore and run machine learning code with Kaggle Notebooks | Using data from Greystone Harvests">
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="website"><meta name="twitter:site" content="@kaggle">
<link rel="stylesheet" href="https://www.kaggle.com/static/assets/app.css?v=3b1c"><script nonce="x">window["pageRequestStartTime"] = 1772531000;</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"${kTitle}","author":{"@type":"Person",
"name":"Rhiannon Vale"}}</script></head>
<body data-turbolinks="false"><main><div id="site-container"><div class="sc-kLLXSd hSbVxo"><div class="sc-hLBbgP sc-eDvSVe drawer-nav">
<a href="/" aria-label="Kaggle"><span class="sc-jSUZER">kaggle</span></a><ul class="mdc-list">${links(kNav, 'mdc-list-item')}</ul></div>
<div id="site-content"><div class="sc-dkrFOg search-bar"><input placeholder="Search" aria-label="Search"></div>
<a href="/account/login" class="sc-ksBlkl">Sign In</a><a href="/account/login?phase=startRegisterTab" class="sc-ksBlkl">Register</a>
<div class="sc-bZkfAO kernel-header"><div class="sc-kLLXSd"><a href="/rhiannonvale" class="sc-iBYQkv">Rhiannon Vale</a>
<span class="sc-ftTHYK"> · Updated <span title="Mon Mar 02 2026">2d ago</span></span><span class="sc-pyfCe"> · 1,088 views</span></div>
<h1 class="sc-jTjUTQ sc-jMakVo">${kTitle}</h1>
<div class="sc-hBxehG"><button class="sc-cwSeag">Copy &amp; Edit</button><span>64</span>
<button class="sc-kDvujY vote-button" aria-label="Upvote">Upvote</button><span>47</span></div>
<ul role="tablist" class="sc-gKPRtg">${links(kTabs, 'mdc-tab')}</ul></div>
<div class="sc-bjfHbI kernel-viewer"><div id="rendered-kernel-content" class="jp-Notebook">
${md(`<h1 id="${kTitle.replace(/ /g, '-')}">${kTitle}<a class="anchor-link" href="#">¶</a></h1>`)}
${md(`<h2>${kH[0]}</h2>${ps(kData.slice(0, 2))}`)}
${code(1, kData[2] ?? '')}
${md(`<h2>${kH[1]}</h2>${ps(kBase)}`)}
${md(`<h2>${kH[2]}</h2><p>${kNotes[0]}</p><ul>${lis(kNotes.slice(1))}</ul>`)}
${md(`<h2>${kH[3]}</h2><p>${kRes[0]}</p><table><thead><tr><th>Model</th><th>R²</th><th>Mean abs. error</th></tr></thead>
<tbody>${kRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table><p>${kRes[1]}</p>`)}
${md(`<h2>${kH[4]}</h2><ul>${lis(kNext)}</ul>`)}
</div></div>
<div class="sc-gswNZR kernel-rail"><h2 class="sc-eDvSVe">Table of Contents</h2><ul>${links(kH)}</ul>
<h2 class="sc-eDvSVe">License</h2><p>This Notebook has been released under the Apache 2.0 open source license.</p>
<h2 class="sc-eDvSVe">Continue exploring</h2><ul>${lis(['Input1 file', 'Output0 files', 'Logs31.6 second run - successful', 'Comments3 comments'])}</ul></div>
<div class="sc-dmctIk kernel-comments"><h2 class="sc-eDvSVe">Comments (3)</h2>${kComments
  .map(
    ([u, d, t]) => `<div class="sc-jdAMXn comment"><a href="/u" class="sc-iBYQkv">${u}</a> <span class="sc-ftTHYK">Posted ${d}</span>
<div class="sc-bBrHrO markdown-converter__text--rendered"><p>${t}</p></div><button class="sc-cwSeag">Reply</button></div>`,
  )
  .join('\n')}</div>
<div class="sc-kMjNwy cookie-banner"><p>Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.</p>
<a href="/cookies">Learn more</a><button>OK, Got it.</button></div></div></div></div></main>
<script nonce="x">window.Kaggle = window.Kaggle || {}; Kaggle.State = [{"kernelId":8812034}];</script></body></html>`;
export const kaggle: TestPage = {
  name: 'heldout283-kaggle-notebook-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: kBody,
  bylines: ['Rhiannon Vale', 'Updated', '2d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav.filter((t) => t !== 'More'), 'Sign In', 'Register', '1,088 views', 'Copy & Edit', 'Upvote', 'Output', 'Logs', 'Comments (3)',
    'In [1]:', 'Table of Contents', 'License',
    'This Notebook has been released under the Apache 2.0 open source license.', 'Continue exploring', 'Input1 file', 'Output0 files',
    'Logs31.6 second run - successful', 'Comments3 comments', 'Comments (3)', ...kComments.flatMap(([u, d, t]) => [u, `Posted ${d}`, t]), 'Reply',
    'Kaggle uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, Got it.',
  ],
};
