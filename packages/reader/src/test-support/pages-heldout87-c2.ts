import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 87, file c2: a user-guide page of a Python library built with Sphinx in the Read the Docs theme and hosted
 * on Read the Docs (the side navigation with its search box, captions and toctree, the nested entries under the current page,
 * the mobile top bar, the breadcrumbs with "View page source", the "old version" warning Read the Docs puts at the top of the
 * article body, h1/h2 with pilcrow links, note and warning admonitions, code blocks, a docutils table, the
 * Previous/Next buttons, the copyright and "Built with Sphinx" line, the EthicalAds placement and the version flyout).
 */
const sxTitle = 'Handling missing data';
const sxP1 = [
  'Real sensor data is rarely complete. Loggers lose power, radios drop packets and clocks drift, so most series you read with ' +
    'tidewater will have gaps. This page explains how tidewater represents missing values, how to find them, and the options for ' +
    'filling them in before you resample or aggregate.',
  'Missing values are stored as <code class="docutils literal notranslate"><span class="pre">NaN</span></code> in float series and ' +
    'as a masked entry in integer and boolean series. Timestamps that are absent altogether are not missing values: they are simply ' +
    'not in the index, and you need to make them explicit first.',
];
const sxNote =
  'Functions that aggregate, such as <code class="docutils literal notranslate"><span class="pre">Series.mean()</span></code>, skip ' +
  'missing values by default. Pass <code class="docutils literal notranslate"><span class="pre">skipna=False</span></code> to ' +
  'propagate them instead.';
const sxH1 = 'Detecting gaps';
const sxP2 = [
  'Use <code class="docutils literal notranslate"><span class="pre">Series.gaps()</span></code> to list the stretches of time with no ' +
    'valid reading. It returns a table with the start, the end and the length of each gap, and it takes the expected frequency ' +
    'from the series unless you pass one:',
];
const sxCode1 = `<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span> <span class="o">=</span> <span class="n">tw</span><span class="o">.</span>
<span class="n">read_csv</span><span class="p">(</span><span class="s2">"buoy-14.csv"</span><span class="p">)</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">gaps</span><span class="p">(</span><span
class="n">freq</span>
<span class="o">=</span><span class="s2">"10min"</span><span class="p">)</span>`;
const sxP3 = [
  'To turn absent timestamps into explicit missing values, call <code class="docutils literal notranslate"><span class="pre">' +
    'Series.regularize()</span></code> with the frequency you expect. Every slot without a reading becomes a missing value that ' +
    'the fill methods below can work with.',
];
const sxH2 = 'Filling strategies';
const sxP4 = ['The <code class="docutils literal notranslate"><span class="pre">Series.fill()</span></code> method supports these strategies:'];
const sxRows = [
  ['ffill', 'Carry the last valid value forward.', 'Slow-changing states such as a switch or a valve position.'],
  ['bfill', 'Carry the next valid value backward.', 'Readings that are reported at the end of their interval.'],
  ['linear', 'Interpolate in a straight line between neighbours.', 'Temperature, pressure and other smooth quantities.'],
  ['seasonal', 'Use the value from the same time one period earlier.', 'Daily or weekly cycles, such as tides or building load.'],
];
const sxH3 = 'Limiting how far values are carried';
const sxP5 = [
  'Filling a ten-minute dropout is usually harmless; filling a three-day outage with a straight line is not. Every strategy takes a ' +
    '<code class="docutils literal notranslate"><span class="pre">limit</span></code> argument, a duration beyond which gaps are left ' +
    'as they are:',
];
const sxCode2 = `<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">fill</span><span class="p">(</span>
<span class="s2">"linear"</span><span class="p">,</span> <span class="n">limit</span><span class="o">=</span><span class="s2">"1h"</span><span
class="p">)</span>`;
const sxWarn =
  'Filled values are not flagged unless you ask for it. If you need to tell measured and filled values apart later, pass ' +
  '<code class="docutils literal notranslate"><span class="pre">mark=True</span></code> and tidewater adds a boolean column named ' +
  '<code class="docutils literal notranslate"><span class="pre">filled</span></code>.';
const sxP6 = [
  'After filling, run <code class="docutils literal notranslate"><span class="pre">Series.gaps()</span></code> again to check what is ' +
    'left. Gaps longer than the limit remain and will be skipped by aggregations, as described in the note above.',
];
const sxCaptions = ['Getting started', 'User Guide', 'API Reference', 'Development'];
const sxToc = [
  ['Installation', 'Quickstart'],
  ['Reading data', 'Resampling', sxTitle, 'Time zones', 'Plotting'],
  ['tidewater.Series', 'tidewater.io'],
  ['Contributing', 'Changelog'],
];
const sxVersionWarn = 'You are not reading the most recent version of this documentation. 2.4 is the latest version available.';
const sxAd = ['Sponsored', 'Ship faster with Loomstack: managed Postgres with branching for every pull request. Try it free for 30 days.', 'Ads by EthicalAds'];
const sxFlyout = ['Read the Docs', 'v: 2.3', 'Versions', 'latest', 'stable', '2.4', '2.3', '2.2', 'Downloads', 'PDF', 'HTML', 'Epub'];
const sxFlyout2 = ['On Read the Docs', 'Project Home', 'Builds', 'Free document hosting provided by Read the Docs.'];
const sxCode = (c: string): string => `<code class="docutils literal notranslate"><span class="pre">${c}</span></code>`;
const sxHl = (code: string): string => `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${code}</pre></div></div>`;
const sxPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const sxLi = (t: string): string =>
  t === sxTitle
    ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul><li class="toctree-l2"><a class="reference internal"
href="#detecting-gaps">${sxH1}</a></li><li class="toctree-l2"><a class="reference internal" href="#filling-strategies">${sxH2}</a></li>
<li class="toctree-l2"><a class="reference internal" href="#limiting-how-far-values-are-carried">${sxH3}</a></li></ul></li>`
    : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/[^a-z.]+/g, '-')}.html">${t}</a></li>`;
const sxMenu = sxCaptions
  .map(
    (c, i) => `<p class="caption" role="heading"><span class="caption-text">${c}</span></p>\n<ul${i === 1 ? ' class="current"' : ''}>
${(sxToc[i] ?? []).map(sxLi).join('\n')}</ul>`,
  )
  .join('\n');
const sxRow = (r: readonly string[], i: number): string => `<tr class="row-${i % 2 === 0 ? 'odd' : 'even'}"><td><p>${sxCode(r[0] ?? '')}</p></td>
<td><p>${r[1]}</p></td><td><p>${r[2]}</p></td></tr>`;
const sxSec = (id: string, h: string, inner: string): string => `<section id="${id}">
<h2>${h}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h2>\n${inner}\n</section>`;
const sxHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Handling missing data — tidewater 2.3.1 documentation</title><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1">
<link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7"><link rel="canonical"
href="https://tidewater.readthedocs.example/en/2.3/guide/missing.html">
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/documentation_options.js?v=8b1c2f0d"></script>
<script src="../_static/doctools.js?v=9a2dae69"></script><script src="../_static/js/theme.js"></script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="tidewater"><meta name="readthedocs-version-slug" content="2.3">
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="Time zones" href="timezones.html"><link rel="prev" title="Resampling" href="resampling.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">tidewater</a><div class="version">2.3</div><div role="search">
<form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs">
<input type="hidden" name="check_keywords" value="yes"><input type="hidden" name="area" value="default"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
${sxMenu}
</div><div id="ethical-ad-placement" class="ethical-rtd ethical-dark-theme" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar">
<div class="ea-placement ea-type-image"><div class="ea-content"><a class="ea-details" href="https://server.ethicalads.example/proxy/click/5131/"
rel="nofollow noopener sponsored" target="_blank"><div class="ea-text"><strong>${sxAd[0]}</strong> ${sxAd[1]}</div></a></div>
<div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/" rel="nofollow noopener sponsored"
target="_blank"><small>${sxAd[2]}</small></a></div>
</div></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="../index.html">tidewater</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item"><a href="index.html">User Guide</a></li><li class="breadcrumb-item active">Handling missing data</li>
<li class="wy-breadcrumbs-aside"><a href="../_sources/guide/missing.rst.txt" rel="nofollow"> View page source</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<div class="admonition warning"><p class="admonition-title">Warning</p><p>You are not reading the most recent version of this documentation.
<a href="/en/stable/guide/missing.html">2.4</a> is the latest version available.</p></div>
<section id="handling-missing-data"><h1>${sxTitle}<a class="headerlink" href="#handling-missing-data" title="Link to this heading">¶</a></h1>
${sxPs(sxP1)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${sxNote}</p></div>
${sxSec('detecting-gaps', sxH1, `${sxPs(sxP2)}\n${sxHl(sxCode1)}\n${sxPs(sxP3)}`)}
${sxSec(
  'filling-strategies',
  sxH2,
  `${sxPs(sxP4)}
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Strategy</p></th><th class="head"><p>What it does</p></th>
<th class="head"><p>Good for</p></th></tr></thead><tbody>${sxRows.map(sxRow).join('\n')}</tbody></table>`,
)}
${sxSec(
  'limiting-how-far-values-are-carried',
  sxH3,
  `${sxPs(sxP5)}\n${sxHl(sxCode2)}\n<div class="admonition warning"><p class="admonition-title">Warning</p><p>${sxWarn}</p></div>\n${sxPs(sxP6)}`,
)}
</section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="resampling.html" class="btn btn-neutral float-left" title="Resampling"
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="timezones.html" class="btn btn-neutral
float-right"
title="Time zones" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr>
<div role="contentinfo"><p>© Copyright 2019-2025, the tidewater developers.</p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
<a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer>
</div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> ${sxFlyout[0]}</span> ${sxFlyout[1]} <span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl>
<dt>${sxFlyout[2]}</dt>${sxFlyout
  .slice(3, 8)
  .map((v) => `<dd><a href="/en/${v}/">${v}</a></dd>`)
  .join('')}</dl><dl><dt>${sxFlyout[8]}</dt>${sxFlyout
  .slice(9)
  .map((v) => `<dd><a href="/_/downloads/en/2.3/${v.toLowerCase()}/">${v}</a></dd>`)
  .join(
    '',
  )}</dl><dl><dt>${sxFlyout2[0]}</dt><dd><a href="/projects/tidewater/">${sxFlyout2[1]}</a></dd><dd><a href="/builds/tidewater/">${sxFlyout2[2]}</a></dd>
</dl><hr><small>${sxFlyout2[3]}</small></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const sphinxPage: TestPage = {
  html: sxHtml,
  name: 'heldout87-sphinx-rtd-docs',
  kind: 'docs',
  // admonition titles ("Note", "Warning") and table header cells are in neither list, the admonitions' texts and the table's
  // data cells are body; the Read the Docs "not the most recent version" warning at the top of the body is furniture; the
  // nested toctree entries that repeat the headings are left out
  title: sxTitle,
  headings: [sxH1, sxH2, sxH3],
  body: texts([...sxP1, sxNote, ...sxP2, ...sxP3, ...sxP4, ...sxRows.flatMap((r) => [sxCode(r[0] ?? ''), r[1] ?? '', r[2] ?? '']), ...sxP5, sxWarn, ...sxP6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'tidewater', ...sxCaptions, ...sxToc.flat().filter((t) => t !== sxTitle), ...sxAd, 'View page source', sxVersionWarn,
    'Previous', '© Copyright 2019-2025, the tidewater developers.', 'Built with Sphinx using a theme provided by Read the Docs.', ...sxFlyout,
    ...sxFlyout2,
  ],
};
