import { links, ps, type TestPage, texts } from './page-kit.js';
import { denoPage } from './pages-heldout162-e2.js';

/**
 * Held-out batch 162, file e: a pandas API reference page (PyData Sphinx theme: skip link, "Back to top" button, the
 * search dialog, the header nav with version switcher, theme button and icon links, the "Section Navigation" sidebar,
 * breadcrumbs, the method signature with "[source]" link, the numpydoc field list, "See also" admonition, "Notes" and
 * "Examples" rubrics with doctest blocks, previous/next footer, the "On this page" / "Edit on GitHub" / "Show Source"
 * secondary sidebar and the copyright footer) and, from file e2, a Deno documentation page.
 */
const pdTitle = 'pandas.Series.between';
const pdSummary = [
  'Return a boolean Series that is True where each element lies between <em>left</em> and <em>right</em>.',
  'The comparison is done element by element, so the result has the same index as the calling Series. Missing values ' +
    'never fall inside the range: wherever the Series holds NA, the result is <cite>False</cite>. Both boundaries are ' +
    'included by default; use <em>inclusive</em> to exclude one or both of them.',
];
const pdParams = [
  'Lower boundary of the range. If list-like, it is aligned element-wise with the Series, which allows a different lower ' + 'bound for every row.',
  'Upper boundary of the range, with the same rules as <em>left</em>.',
  'Which boundaries to include in the comparison. <code>"both"</code> includes both, <code>"neither"</code> excludes both, ' +
    'and <code>"left"</code> or <code>"right"</code> include only the named one.',
];
const pdReturns = ['A boolean Series with the same index as the caller, True where the element is within the boundaries.'];
const pdSeeAlso = [
  'Elementwise greater than of a Series and another object.',
  'Elementwise less than of a Series and another object.',
  'Keep the values that lie within the given bounds and replace the rest with the bounds.',
];
const pdH1 = 'Notes';
const pdNotes = [
  'The method is a shorthand for combining two comparisons with <code>&amp;</code>. With the default arguments, ' +
    '<code>ser.between(a, b)</code> gives the same result as <code>(a &lt;= ser) &amp; (ser &lt;= b)</code>, but it reads more ' +
    'naturally in a filter and evaluates the Series only once.',
  'Because the result is a boolean Series with the same index, it can be passed straight to <code>Series.loc</code> or ' +
    '<code>DataFrame.loc</code> to select rows, and it can be combined with other conditions using <code>&amp;</code>, ' +
    '<code>|</code> and <code>~</code>. Counting the matches is as simple as calling <code>sum()</code> on the result.',
  'For strings the comparison is lexicographic, and for datetimes the boundaries may be given as strings, which are ' +
    'converted in the same way as in other datetime comparisons.',
];
const pdH2 = 'Examples';
const pdEx = [
  'By default both boundaries are included:',
  'With <code>inclusive</code> set to <code>"neither"</code>, the boundary values are excluded:',
  'Boundaries can also be strings when the Series holds strings:',
];
const pdNav = ['Getting started', 'User Guide', 'API reference', 'Development', 'Release notes'];
const pdSide = [
  'Input/output',
  'General functions',
  'Series',
  'DataFrame',
  'pandas arrays, scalars, and data types',
  'Index objects',
  'Date offsets',
  'Window',
];
const pdSub = ['pandas.Series.abs', 'pandas.Series.all', 'pandas.Series.any', 'pandas.Series.autocorr', pdTitle, 'pandas.Series.clip', 'pandas.Series.corr'];
const pdSeeNames = ['Series.gt', 'Series.lt', 'Series.clip'];
const dt = (name: string, cls: string): string => `<dt><strong>${name}</strong><span class="classifier">${cls}</span></dt>`;
const doctest = (t: string): string => `<div class="doctest highlight-default notranslate"><div class="highlight"><pre><span></span>${t}</pre></div></div>`;
const pdHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pdTitle} — pandas 2.3.3 documentation</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet"><link
href="../../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet">
<link rel="stylesheet" type="text/css" href="../../_static/pygments.css?v=8f2a1f02"><link rel="preload" as="script"
href="../../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf">
<script src="../../_static/documentation_options.js?v=4d4e6c5e"></script><script src="../../_static/doctools.js?v=9a2dae69"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'reference/api/pandas.Series.between';</script><script>DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://pandas.pydata.org/versions.json';DOCUMENTATION_OPTIONS.theme_switcher_version_match = '2.3';</script>
<link rel="icon" href="../../_static/favicon.ico"><link rel="index" title="Index" href="../../genindex.html"><link rel="search" title="Search"
href="../../search.html">
<link rel="next" title="pandas.Series.clip" href="pandas.Series.clip.html"><link rel="prev" title="pandas.Series.autocorr" href="pandas.Series.autocorr.html">
<meta name="docsearch:language" content="en"><meta name="docbuild:last-update" content="Sep 29, 2025"></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div><div id="pst-scroll-pixel-helper"></div>
<button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up"></i>Back to top</button>
<dialog id="pst-search-dialog"><form class="bd-search d-flex align-items-center" action="../../search.html" method="get"><i class="fa-solid
fa-magnifying-glass"></i>
<input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off">
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span></form></dialog>
<div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"><div class="bd-header__inner bd-page-width">
<button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
<div class="col-lg-3 navbar-header-items__start"><div class="navbar-item"><a class="navbar-brand logo" href="../../index.html">
<img src="../../_static/pandas.svg" class="logo__image only-light" alt="pandas - Home"></a></div></div>
<div class="col-lg-9 navbar-header-items"><div class="me-auto navbar-header-items__center"><div class="navbar-item"><nav><ul class="bd-navbar-elements
navbar-nav">
${links(pdNav, 'nav-item')}</ul></nav></div></div><div class="navbar-header-items__end"><div class="navbar-item navbar-persistent--container">
<button class="btn search-button-field search-button__button" title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip">
<i class="fa-solid fa-magnifying-glass"></i><span class="search-button__default-text">Search</span>
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span></button></div>
<div class="navbar-item"><div class="version-switcher__container dropdown"><button id="pst-version-switcher-button-2" type="button"
class="version-switcher__button btn btn-sm dropdown-toggle"
data-bs-toggle="dropdown" aria-haspopup="listbox" aria-label="Version switcher list">2.3 (stable)</button><div id="pst-version-switcher-list-2"
class="version-switcher__menu dropdown-menu list-group-flush py-0" role="listbox"></div></div></div>
<div class="navbar-item"><button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button" title="light/dark" aria-label="light/dark"
data-bs-placement="bottom" data-bs-toggle="tooltip">
<i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light"></i><i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark"></i></button></div>
<div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links"><li class="nav-item"><a href="https://github.com/pandas-dev/pandas"
title="GitHub" class="nav-link pst-navbar-icon" rel="noopener" target="_blank">
<i class="fa-brands fa-square-github fa-lg" aria-hidden="true"></i><span class="sr-only">GitHub</span></a></li></ul></div></div></div></div></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width"><div class="bd-sidebar-primary bd-sidebar"><div
class="sidebar-primary-items__start sidebar-primary__section">
<div class="sidebar-primary-item"><nav class="bd-docs-nav bd-links" aria-label="Section Navigation"><p class="bd-links__title" role="heading"
aria-level="1">Section Navigation</p>
<div class="bd-toc-item navbar-nav"><ul class="current nav bd-sidenav">
${pdSide
  .map((t) =>
    t === 'Series'
      ? `<li class="toctree-l1 current active has-children"><a class="reference internal"
href="../series.html">Series</a><details open="open"><summary><span class="toctree-toggle" role="presentation"><i class="fa-solid
fa-chevron-down"></i></span></summary><ul class="current">${pdSub
          .map(
            (s) => `<li class="toctree-l2${s === pdTitle ? ' current active' : ''}"><a
class="reference internal" href="${s}.html">${s}</a></li>`,
          )
          .join('')}</ul></details></li>`
      : `<li class="toctree-l1"><a class="reference internal"
href="#">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div></div>
<main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container"><div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner"><div class="header-article-items__start"><div class="header-article-item"><nav
aria-label="Breadcrumb" class="d-print-none">
<ul class="bd-breadcrumbs"><li class="breadcrumb-item breadcrumb-home"><a href="../../index.html" class="nav-link" aria-label="Home"><i class="fa-solid
fa-home"></i></a></li>
<li class="breadcrumb-item"><a href="../index.html" class="nav-link">API reference</a></li><li class="breadcrumb-item"><a href="../series.html"
class="nav-link">Series</a></li>
<li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">${pdTitle}</span></li></ul></nav></div></div></div></div>
<div id="searchbox"></div><article class="bd-article">
<section id="pandas-series-between"><h1>${pdTitle}<a class="headerlink" href="#pandas-series-between" title="Link to this heading">#</a></h1>
<dl class="py method"><dt class="sig sig-object py" id="pandas.Series.between"><span class="sig-prename descclassname"><span
class="pre">Series.</span></span><span class="sig-name descname"><span class="pre">between</span></span><span class="sig-paren">(</span><em
class="sig-param"><span class="n"><span class="pre">left</span></span></em>, <em class="sig-param"><span class="n"><span
class="pre">right</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">inclusive</span></span><span class="o"><span
class="pre">=</span></span><span class="default_value"><span class="pre">'both'</span></span></em><span class="sig-paren">)</span>
<a class="reference internal" href="https://github.com/pandas-dev/pandas/blob/v2.3.3/pandas/core/series.py#L5498-L5577"><span class="viewcode-link"><span
class="pre">[source]</span></span></a>
<a class="headerlink" href="#pandas.Series.between" title="Link to this definition">#</a></dt>
<dd>${ps(pdSummary)}
<dl class="field-list"><dt class="field-odd">Parameters<span class="colon">:</span></dt><dd class="field-odd"><dl>
${dt('left', 'scalar or list-like')}<dd>${ps(pdParams.slice(0, 1))}</dd>
${dt('right', 'scalar or list-like')}<dd>${ps(pdParams.slice(1, 2))}</dd>
${dt('inclusive', '{“both”, “neither”, “left”, “right”}')}<dd>${ps(pdParams.slice(2))}</dd></dl></dd>
<dt class="field-even">Returns<span class="colon">:</span></dt><dd class="field-even"><dl
class="simple"><dt>Series</dt><dd>${ps(pdReturns)}</dd></dl></dd></dl>
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple">
${pdSeeNames
  .map(
    (n, i) => `<dt><a class="reference internal" href="pandas.${n}.html"><code class="xref py py-meth docutils literal notranslate"><span
class="pre">${n}</span></code></a></dt><dd>${ps(pdSeeAlso.slice(i, i + 1))}</dd>`,
  )
  .join('\n')}
</dl></div>
<p class="rubric">${pdH1}</p>
${ps(pdNotes)}
<p class="rubric">${pdH2}</p>
${ps(pdEx.slice(0, 1))}
${doctest(
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span> <span class="o">=</span> <span class="n">pd</span><span class="o">.</span><span ' +
    'class="n">Series</span><span class="p">([</span><span class="mi">2</span><span class="p">,</span> <span class="mi">0</span><span class="p">,</span> ' +
    '<span class="mi">4</span><span class="p">,</span> <span class="mi">8</span><span class="p">,</span> <span class="n">np</span><span ' +
    'class="o">.</span><span class="n">nan</span><span class="p">])</span>\n<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span ' +
    'class="o">.</span><span class="n">between</span><span class="p">(</span><span class="mi">1</span><span class="p">,</span> <span ' +
    'class="mi">4</span><span ' +
    'class="p">)</span>\n<span class="go">0     True\n1    False\n2     True\n3    False\n4    False\ndtype: bool</span>',
)}
${ps(pdEx.slice(1, 2))}
${doctest(
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span class="o">.</span><span class="n">between</span><span ' +
    'class="p">(</span><span class="mi">1</span><span class="p">,</span> <span class="mi">4</span><span class="p">,</span> <span ' +
    'class="n">inclusive</span><span class="o">=</span><span class="s2">"neither"</span><span class="p">)</span>\n<span class="go">0     True\n1    ' +
    'False\n2  ' +
    '  False\n3    False\n4    False\ndtype: bool</span>',
)}
${ps(pdEx.slice(2))}
${doctest(
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span> <span class="o">=</span> <span class="n">pd</span><span class="o">.</span><span ' +
    'class="n">Series</span><span class="p">([</span><span class="s1">\'Ant\'</span><span class="p">,</span> <span class="s1">\'Bee\'</span><span ' +
    'class="p">,</span> <span class="s1">\'Cat\'</span><span class="p">])</span>\n<span class="gp">&gt;&gt;&gt; </span><span class="n">s</span><span ' +
    'class="o">.</span><span class="n">between</span><span class="p">(</span><span class="s1">\'Anteater\'</span><span class="p">,</span> <span ' +
    'class="s1">\'Dog\'</span><span class="p">)</span>\n<span class="go">0    False\n1     True\n2     True\ndtype: bool</span>',
)}
</dd></dl></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="pandas.Series.autocorr.html" title="previous page">
<i class="fa-solid fa-angle-left"></i><div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p
class="prev-next-title">pandas.Series.autocorr</p></div></a>
<a class="right-next" href="pandas.Series.clip.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p><p
class="prev-next-title">pandas.Series.clip</p></div>
<i class="fa-solid fa-angle-right"></i></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div><nav class="bd-toc-nav page-toc"><ul class="visible nav
section-nav flex-column">
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#pandas.Series.between"><code class="docutils literal
notranslate"><span class="pre">Series.between()</span></code></a></li></ul></nav></div>
<div class="sidebar-secondary-item"><div class="tocsection editthispage"><a
href="https://github.com/pandas-dev/pandas/edit/main/doc/source/reference/api/pandas.Series.between.rst">
<i class="fa-solid fa-pencil"></i> Edit on GitHub</a></div></div><div class="sidebar-secondary-item"><div role="note" aria-label="source
link"><h3>This Page</h3>
<ul class="this-page-menu"><li><a href="../../_sources/reference/api/pandas.Series.between.rst.txt"
rel="nofollow">Show Source</a></li></ul></div></div></div></div></div>
<footer class="bd-footer-content"></footer></main></div></div>
<script src="../../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script><script
src="../../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
<footer class="bd-footer"><div class="bd-footer__inner bd-page-width"><div class="footer-items__start"><div class="footer-item"><p class="copyright">
© 2025 pandas via <a href="https://numfocus.org">NumFOCUS, Inc.</a> Hosted by <a href="https://www.ovhcloud.com">OVHcloud</a>.</p></div>
<div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.1.3.<br></p></div></div>
<div class="footer-items__end"><div class="footer-item"><p class="theme-version">Built with the <a
href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.16.1.</p>
</div></div></div></footer></body></html>`;
const pandasPage: TestPage = {
  html: pdHtml,
  name: 'heldout162-pandas-api-reference',
  kind: 'docs',
  // the numpydoc "Notes" and "Examples" rubrics are the headings; the signature, the "Parameters:" / "Returns:" labels,
  // parameter names and types, the "See also" label and its method names and the doctests are in neither list; the
  // descriptions under them are body
  title: pdTitle,
  headings: [pdH1, pdH2],
  body: texts([...pdSummary, ...pdParams, ...pdReturns, ...pdSeeAlso, ...pdNotes, ...pdEx]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Back to top', 'Ctrl+K', ...pdNav, 'Search', '2.3 (stable)', 'GitHub', 'Section Navigation', ...pdSide,
    ...pdSub.filter((s) => s !== pdTitle), '[source]', 'previous', 'next', 'On this page', 'Series.between()', 'Edit on GitHub', 'This Page', 'Show Source',
    '© 2025 pandas via NumFOCUS, Inc. Hosted by OVHcloud.', 'Created using Sphinx 8.1.3.', 'Built with the PyData Sphinx Theme 0.16.1.',
  ])],
};

export const HELDOUT162_E: readonly TestPage[] = [pandasPage, denoPage];
