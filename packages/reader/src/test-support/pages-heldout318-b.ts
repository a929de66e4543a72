import { links, ps, type TestPage, texts } from './page-kit.js';
import { swagger } from './pages-heldout318-b2.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file b: a Sphinx autodoc module page in the Read the Docs theme (side nav with captions and the
 * version, search form, mobile top bar, breadcrumbs with "View page source", autodoc function and exception entries with
 * [source] links and field lists, prev / next buttons, the copyright and "Last updated" footer, the Read the Docs
 * flyout and an EthicalAds placement) and, from file b2, a Swagger UI page with one operation expanded.
 */
const sIntro = [
  j(
    'Functions for moving tide-gauge readings onto a regular time grid. Gauges report at irregular moments: some every six',
    'minutes, some only when the level changes by more than a centimetre, and most drop readings when the telemetry link is',
    'down. The functions here turn such a series into one sample per interval, and say how much of each sample was measured',
    'rather than filled in.',
  ),
  j(
    'All functions accept and return pandas objects indexed by timezone-aware timestamps. Naive timestamps are rejected',
    'rather than guessed at, because a one-hour shift is enough to move a high water onto the wrong side of a flood threshold.',
  ),
];
const sToInterval = [
  j(
    'Resample <em>series</em> to one value per <em>interval</em>. Each output value is the time-weighted mean of the readings',
    'inside its interval; intervals with no reading at all are filled by linear interpolation between their neighbours, up',
    'to <em>max_gap</em>.',
  ),
];
const sToIntervalParams = [
  '<strong>series</strong> (<em>pandas.Series</em>) – The readings, indexed by timezone-aware timestamps and sorted in time.',
  '<strong>interval</strong> (<em>str</em>) – A pandas offset alias such as <code>"10min"</code> or <code>"1h"</code>.',
  j(
    '<strong>max_gap</strong> (<em>str</em><em>, </em><em>optional</em>) – The longest run of empty intervals to fill;',
    'longer gaps stay missing. Defaults to <code>"1h"</code>.',
  ),
];
const sToIntervalRet = 'A frame with the columns <code>level</code> and <code>coverage</code>, the share of the interval backed by real readings.';
const sToIntervalNote = j(
  'Coverage is computed before interpolation, so a filled interval always reports a coverage of 0.0, even when the',
  'interpolated value is exactly right.',
);
const sHarmonic = [
  j(
    'Fill missing readings from a harmonic tide prediction instead of by interpolation. This is the better choice for gaps',
    'longer than an hour, where a straight line between two readings cuts through a whole high or low water.',
  ),
];
const sHarmonicParams = [
  '<strong>series</strong> (<em>pandas.Series</em>) – The readings to fill.',
  j(
    '<strong>constituents</strong> (<em>Constituents</em>) – Amplitudes and phases fitted for the same gauge, for example by',
    'the <code>harmonics()</code> function of the fit module.',
  ),
];
const sHarmonicRet = 'The series with every gap filled and a boolean attribute <code>predicted</code> marking the filled points.';
const sHarmonicRaises = '<strong>GaugeMismatchError</strong> – If the constituents were fitted for another gauge.';
const sErr = [
  'Raised when data from one gauge is combined with constituents or datums that belong to another.',
  'The message names both gauge identifiers, which is usually enough to spot a mislabelled file.',
];
const sNavUser = ['Installation', 'Quick start', 'Reading gauge files', 'Datums and units'];
const sNavApi = ['tidewater.io', 'tidewater.resample', 'tidewater.fit', 'tidewater.plot'];
const sNavAbout = ['Changelog', 'Contributing'];
const src = (id: string): string =>
  `<a class="reference internal" href="../_modules/tidewater/resample.html#${id}"><span class="viewcode-link"><span class="pre">[source]</span></span></a>
<a class="headerlink" href="#tidewater.resample.${id}" title="Link to this definition">¶</a>`;
const plist = (items: string[]): string => `<ul class="simple">${items.map((i) => `<li><p>${i}</p></li>`).join('\n')}</ul>`;
const sHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="readthedocs-project-slug" content="tidewater" />
<meta name="readthedocs-version-slug" content="latest" /><meta name="readthedocs-resolver-filename" content="/api/resample.html" />
<title>tidewater.resample &mdash; Tidewater 1.8 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css" /><link rel="stylesheet" type="text/css" href="../_static/css/theme.css" />
<script src="../_static/jquery.js"></script><script src="../_static/documentation_options.js"></script><script src="../_static/doctools.js"></script>
<script src="../_static/js/theme.js"></script><link rel="index" title="Index" href="../genindex.html" />
<link rel="search" title="Search" href="../search.html" />
<link rel="next" title="tidewater.fit" href="fit.html" /><link rel="prev" title="tidewater.io" href="io.html" />
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Tidewater</a><div class="version">1.8</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
<input type="text" name="q" placeholder="Search docs" aria-label="Search docs" /><input type="hidden" name="check_keywords" value="yes" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul>${links(sNavUser, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">API reference</span></p><ul class="current">${links(sNavApi, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Project</span></p><ul>${links(sNavAbout, 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">
<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="../index.html">Tidewater</a></nav>
<div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs">
<li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item"><a href="index.html">API reference</a></li>
<li class="breadcrumb-item active">tidewater.resample</li><li class="wy-breadcrumbs-aside">
<a href="../_sources/api/resample.rst.txt" rel="nofollow"> View page source</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="module-tidewater.resample"><span id="tidewater-resample"></span>
<h1>tidewater.resample<a class="headerlink" href="#module-tidewater.resample" title="Link to this heading">¶</a></h1>
${ps(sIntro)}
<section id="functions"><h2>Functions<a class="headerlink" href="#functions" title="Link to this heading">¶</a></h2>
<dl class="py function"><dt class="sig sig-object py" id="tidewater.resample.to_interval">
<span class="sig-prename descclassname"><span class="pre">tidewater.resample.</span></span><span class="sig-name descname"><span class="pre">to_interval</span>
</span>
<span class="sig-paren">(</span><em class="sig-param"><span class="n"><span class="pre">series</span></span></em>, <em class="sig-param"><span class="n">
<span class="pre">interval</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">max_gap</span></span><span class="o">
<span class="pre">=</span></span>
<span class="default_value"><span class="pre">'1h'</span></span></em><span class="sig-paren">)</span>${src('to_interval')}</dt>
<dd>${ps(sToInterval)}<dl class="field-list simple"><dt class="field-odd">Parameters<span class="colon">:</span></dt>
<dd class="field-odd">${plist(sToIntervalParams)}</dd><dt class="field-even">Returns<span class="colon">:</span></dt>
<dd class="field-even"><p>${sToIntervalRet}</p></dd><dt class="field-odd">Return type<span class="colon">:</span></dt>
<dd class="field-odd"><p>pandas.DataFrame</p></dd></dl>
<div class="admonition note"><p class="admonition-title">Note</p><p>${sToIntervalNote}</p></div></dd></dl>
<dl class="py function"><dt class="sig sig-object py" id="tidewater.resample.fill_harmonic">
<span class="sig-prename descclassname"><span class="pre">tidewater.resample.</span></span><span class="sig-name descname">
<span class="pre">fill_harmonic</span></span>
<span class="sig-paren">(</span><em class="sig-param"><span class="pre">series</span></em>, <em class="sig-param"><span class="pre">constituents</span></em>
<span class="sig-paren">)</span>${src('fill_harmonic')}</dt><dd>${ps(sHarmonic)}
<dl class="field-list simple"><dt class="field-odd">Parameters<span class="colon">:</span></dt><dd class="field-odd">${plist(sHarmonicParams)}</dd>
<dt class="field-even">Returns<span class="colon">:</span></dt><dd class="field-even"><p>${sHarmonicRet}</p></dd>
<dt class="field-odd">Raises<span class="colon">:</span></dt><dd class="field-odd"><p>${sHarmonicRaises}</p></dd></dl></dd></dl></section>
<section id="exceptions"><h2>Exceptions<a class="headerlink" href="#exceptions" title="Link to this heading">¶</a></h2>
<dl class="py exception"><dt class="sig sig-object py" id="tidewater.resample.GaugeMismatchError"><em class="property"><span class="pre">exception</span>
</em><span class="sig-prename descclassname"><span class="pre">tidewater.resample.</span></span><span class="sig-name descname">
<span class="pre">GaugeMismatchError</span></span>${src('GaugeMismatchError')}</dt><dd><p>Bases: <code class="xref py py-class docutils literal notranslate">
<span class="pre">ValueError</span></code></p>${ps(sErr)}</dd></dl></section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
<a href="io.html" class="btn btn-neutral float-left" title="tidewater.io" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
aria-hidden="true"></span> Previous</a><a href="fit.html" class="btn btn-neutral float-right" title="tidewater.fit" accesskey="n" rel="next">Next
<span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/>
<div role="contentinfo"><p>&#169; Copyright 2026, The Tidewater contributors.
<span class="lastupdated">Last updated on Mar 03, 2026.</span></p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd"><div class="ea-placement ea-type-image">
<div class="ea-content"><div class="ea-callout"><a href="https://ethicalads.example/?ref=ea-sidebar">Ads by EthicalAds</a></div>
<div class="ea-text"><a href="https://server.ethicalads.example/proxy/click/4711/">Ship time-series dashboards in an afternoon with Gridmoor Cloud.</a></div>
</div></div></div></footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
const sphinx: TestPage = {
  name: 'heldout318-sphinx-autodoc-module',
  kind: 'docs',
  html: sHtml,
  title: 'tidewater.resample',
  headings: ['Functions', 'Exceptions'],
  body: texts([
    ...sIntro,
    ...sToInterval,
    ...sToIntervalParams,
    sToIntervalRet,
    sToIntervalNote,
    ...sHarmonic,
    ...sHarmonicParams,
    sHarmonicRet,
    sHarmonicRaises,
    ...sErr,
  ]),
  bylines: ['Last updated on Mar 03, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'User guide', ...sNavUser, 'API reference', ...sNavApi.filter((n) => n !== 'tidewater.resample'), 'Project', ...sNavAbout,
    'View page source', 'Previous', 'Next', '© Copyright 2026, The Tidewater contributors.', 'Built with Sphinx using a theme provided by Read the Docs.',
    'Ads by EthicalAds', 'Ship time-series dashboards in an afternoon with Gridmoor Cloud.', 'Read the Docs', 'v: latest',
  ],
};

export const HELDOUT318_B: readonly TestPage[] = [sphinx, swagger];
