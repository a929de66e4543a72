import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file c2: a Sphinx page on the PyData Sphinx Theme 0.16 (skip link, the search dialog, the version
 * warning slot, the header with logo title, top sections, "Search" with "Ctrl+K", the version switcher, theme switch and
 * GitHub icon, the "Section Navigation" sidebar, breadcrumbs with a home icon, the article with "#" header links,
 * literal code, highlighted code blocks, note, warning and "See also" admonitions, prev/next links, the "On this page"
 * sidebar, "Edit on GitHub" and "Show Source", "Back to top" and the footer's copyright and Sphinx/theme lines).
 */
const pdTitle = 'Resampling irregular series';
const pdIntro = [
  'Tide gauges rarely report at perfectly regular intervals. Older stations may log every six minutes with occasional ' +
    'dropped readings, while newer radar gauges report whenever the water level changes by more than a set threshold. ' +
    'Most analysis in Tidegauge, including harmonic fitting and datum calculations, expects a regular series, so the ' +
    'first step after loading data is usually to resample it.',
  'This page explains how <code class="docutils literal notranslate"><span class="pre">Series.resample()</span></code> works, how to choose ' +
    'an interpolation method, and how gaps in the record are handled.',
];
const pdH = ['Basic usage', 'Choosing a method', 'Handling gaps', 'Resampling many stations'];
const pdBasic = [
  'Call <code class="docutils literal notranslate"><span class="pre">resample()</span></code> with the target interval as a pandas-style ' +
    'offset string. The result is a new <code class="docutils literal notranslate"><span class="pre">Series</span></code> with a regular ' +
    'index; the original is left unchanged.',
];
const pdBasicAfter = [
  'The returned series keeps the station metadata and records the resampling step in its ' +
    '<code class="docutils literal notranslate"><span class="pre">history</span></code> attribute, so that exported files show how the ' +
    'data was processed.',
];
const pdMethodIntro = [
  'Three interpolation methods are available through the <code class="docutils literal notranslate"><span class="pre">method</span></code> argument:',
];
const pdMethods = [
  '<code class="docutils literal notranslate"><span class="pre">"linear"</span></code> (the default) joins neighbouring readings with straight ' +
    'lines. It is fast and safe for intervals shorter than about fifteen minutes.',
  '<code class="docutils literal notranslate"><span class="pre">"cubic"</span></code> fits a smooth curve through the readings and follows ' +
    'the shape of the tide better when the source data is sparse, but it can overshoot near sudden changes such as surges.',
  '<code class="docutils literal notranslate"><span class="pre">"nearest"</span></code> takes the closest reading without interpolating. ' +
    'Use it when you need to keep the original measured values, for example for quality control.',
];
const pdNote =
  'Resampling to an interval shorter than the gauge’s own sampling interval does not add information. Tidegauge ' +
  'emits a <code class="docutils literal notranslate"><span class="pre">ResolutionWarning</span></code> when you do this.';
const pdGaps = [
  'By default, gaps longer than three times the target interval are not filled: the resampled series contains missing ' +
    'values across them. This keeps interpolated values out of the record where the gauge was not working.',
  'You can change the limit with <code class="docutils literal notranslate"><span class="pre">max_gap</span></code>. Passing ' +
    '<code class="docutils literal notranslate"><span class="pre">None</span></code> fills every gap, however long.',
];
const pdWarn =
  'Filling long gaps with cubic interpolation can produce plausible-looking but entirely invented tidal cycles. Always ' +
  'inspect the result with <code class="docutils literal notranslate"><span class="pre">plot_gaps()</span></code> before using it for analysis.';
const pdMany = [
  'A <code class="docutils literal notranslate"><span class="pre">StationSet</span></code> has the same method. Each station is resampled ' +
    'independently, in parallel when <code class="docutils literal notranslate"><span class="pre">workers</span></code> is greater than one.',
];
const pdSeeAlso = 'Harmonic analysis, which requires a regular series, and Quality control flags for marking suspect readings.';
const pdS = (cls: string, t: string): string => `<span class="${cls}">${t}</span>`;
const pdGp = pdS('gp', '&gt;&gt;&gt; ');
const pdCall = (f: string, args: string): string => `${pdS('o', '.')}${pdS('n', f)}${pdS('p', '(')}${args}${pdS('p', ')')}`;
const pdCode1 = [
  `${pdGp}${pdS('kn', 'import')} ${pdS('nn', 'tidegauge')} ${pdS('k', 'as')} ${pdS('nn', 'tg')}`,
  `${pdGp}${pdS('n', 's')} ${pdS('o', '=')} ${pdS('n', 'tg')}${pdCall('read_csv', pdS('s2', '"harbour.csv"'))}`,
  `${pdGp}${pdS('n', 'hourly')} ${pdS('o', '=')} ${pdS('n', 's')}${pdCall('resample', pdS('s2', '"1h"'))}`,
].join('\n');
const pdArgs2 = `${pdS('s2', '"6min"')}${pdS('p', ',')} ${pdS('n', 'max_gap')}${pdS('o', '=')}${pdS('s2', '"1h"')}`;
const pdCode2 = `${pdGp}${pdS('n', 's')}${pdCall('resample', pdArgs2)}`;
const pdTop = ['Getting started', 'User Guide', 'API reference', 'Examples', 'Changelog'];
const pdSide = ['Loading data', 'Station metadata', 'Harmonic analysis', 'Datums and benchmarks', 'Quality control flags', 'Plotting'];
const pdBanner = 'Tidegauge 3.0 beta is out! Try it and tell us what breaks.';
const pdAd = ['Sponsor:', 'Monitor your Python services with open-source tracing that installs in one line.', 'Ads by EthicalAds'];
const pdFoot = ['© Copyright 2025, The Tidegauge developers.', 'Created using Sphinx 8.1.3.', 'Built with the PyData Sphinx Theme 0.16.1.'];
const pdHl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">#</a>`;
const pdId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const pdSec = (t: string, inner: string): string => `<section id="${pdId(t)}">\n<h2>${t}${pdHl(pdId(t))}</h2>\n${inner}\n</section>`;
const pdP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pdCode = (c: string): string =>
  `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${c}\n</pre><button class="copybtn o-tooltip--left" data-tooltip="Copy"
data-clipboard-target="#codecell0"><svg class="icon icon-tabler icon-tabler-copy"></svg></button></div></div>`;
const pdAdm = (kind: string, title: string, p: string): string =>
  `<div class="admonition ${kind}">\n<p class="admonition-title">${title}</p>\n<p>${p}</p>\n</div>`;
const pdHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pdTitle} — Tidegauge 2.4 documentation</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet"><link
href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf"
rel="stylesheet"><link rel="stylesheet" type="text/css" href="../_static/copybutton.css?v=76b2166b">
<script src="../_static/documentation_options.js?v=8d563738"></script><script src="../_static/clipboard.min.js?v=a7894cd8"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'user_guide/resampling';</script><script>DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://tidegauge.readthedocs.io/en/latest/_static/switcher.json';</script>
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html"><link rel="next" title="Harmonic analysis"
href="harmonics.html"><link rel="prev" title="Station metadata" href="metadata.html"><meta name="docsearch:language" content="en">
<meta name="docsearch:version" content="2.4"></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div><button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up"></i>Back to
top</button>
<dialog id="pst-search-dialog"><form class="bd-search d-flex align-items-center" action="../search.html" method="get"><i class="fa-solid
fa-magnifying-glass"></i>
<input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off" autocorrect="off"
autocapitalize="off" spellcheck="false"><span class="search-button__kbd-shortcut"><kbd
class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span></form></dialog>
<div class="bd-header-announcement container-fluid bd-header-announcement"><div class="bd-header-announcement__content">Tidegauge 3.0
beta is out! Try it and <a href="https://tidegauge.readthedocs.io/en/latest/">tell us what breaks</a>.</div></div>
<div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"><div class="bd-header__inner bd-page-width">
<button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
<div class="col-lg-3 navbar-header-items__start"><div class="navbar-item"><a class="navbar-brand logo" href="../index.html"><img
src="../_static/tidegauge-logo.svg"
class="logo__image only-light" alt="Tidegauge 2.4 documentation - Home"><p class="title logo__title">Tidegauge</p></a></div></div>
<div class="col-lg-9 navbar-header-items"><div class="me-auto navbar-header-items__center"><div class="navbar-item"><nav><ul class="bd-navbar-elements
navbar-nav">
${pdTop
  .map(
    (t) => `<li class="nav-item pst-header-nav-item${t === 'User Guide' ? ' current active' : ''}"><a class="nav-link nav-internal"
href="../${pdId(t)}/index.html">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></div></div>
<div class="navbar-header-items__end"><div class="navbar-item navbar-persistent--container"><button class="btn search-button-field search-button__button
pst-js-only"
title="Search" aria-label="Search" data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="fa-solid fa-magnifying-glass"></i>
<span class="search-button__default-text">Search</span><span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd
class="kbd-shortcut__modifier">K</kbd></span></button></div>
<div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only"><button id="pst-version-switcher-button-2" type="button"
class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="listbox">2.4 (stable)</button>
<div class="version-switcher__menu dropdown-menu list-group-flush py-0" role="listbox"><a class="dropdown-item list-group-item" href="/en/latest/">dev</a>
<a class="dropdown-item list-group-item active" href="/en/stable/">2.4 (stable)</a><a class="dropdown-item list-group-item"
href="/en/2.3/">2.3</a></div></div></div>
<div class="navbar-item"><button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" title="Color mode"
data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light" title="Light"></i><i class="theme-switch
fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i></button></div>
<div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links"><li class="nav-item"><a href="https://github.com/tidegauge/tidegauge"
title="GitHub"
class="nav-link pst-navbar-icon" rel="noopener" target="_blank" data-bs-toggle="tooltip" data-bs-placement="bottom"><i class="fa-brands fa-github fa-lg"
aria-hidden="true"></i><span class="sr-only">GitHub</span></a></li></ul></div></div></div></div></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width"><dialog id="pst-primary-sidebar-modal"></dialog>
<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar"><div class="sidebar-primary-items__start sidebar-primary__section">
<div class="sidebar-primary-item"><nav class="bd-docs-nav bd-links" aria-label="Section Navigation"><p class="bd-links__title" role="heading"
aria-level="1">Section
Navigation</p><div class="bd-toc-item navbar-nav"><ul class="current nav bd-sidenav">
${pdSide
  .slice(0, 2)
  .map((t) => `<li class="toctree-l1"><a class="reference internal" href="${pdId(t)}.html">${t}</a></li>`)
  .join('\n')}
<li class="toctree-l1 current active"><a class="current reference internal" href="#">${pdTitle}</a></li>
${pdSide
  .slice(2)
  .map((t) => `<li class="toctree-l1"><a class="reference internal" href="${pdId(t)}.html">${t}</a></li>`)
  .join('\n')}</ul></div></nav></div></div>
<div class="sidebar-primary-items__end sidebar-primary__section"><div class="sidebar-primary-item"><div id="ethical-ad-placement" class="flat"
data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true"><div class="ea-placement ea-type-image"><div class="ea-content">
<a href="https://server.ethicalads.io/proxy/click/7841/" rel="nofollow noopener sponsored" target="_blank"><img
src="https://media.ethicalads.io/media/images/tr.png"
alt=""></a><div class="ea-text"><a href="https://server.ethicalads.io/proxy/click/7841/" rel="nofollow noopener sponsored"
target="_blank"><strong>${pdAd[0]}</strong>
${pdAd[1]}</a></div></div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/" rel="nofollow noopener" target="_blank">${pdAd[2]}</a></div>
</div></div></div></div></div>
<main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container"><div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner"><div class="header-article-items__start"><div class="header-article-item"><nav aria-label="Breadcrumb"
class="d-print-none"><ul class="bd-breadcrumbs"><li class="breadcrumb-item breadcrumb-home"><a href="../index.html" class="nav-link" aria-label="Home"><i
class="fa-solid fa-home"></i></a></li><li class="breadcrumb-item"><a href="index.html" class="nav-link">User Guide</a></li><li class="breadcrumb-item active"
aria-current="page"><span class="ellipsis">${pdTitle}</span></li></ul></nav></div></div></div></div>
<div id="searchbox"></div><article class="bd-article">
<section id="resampling-irregular-series">
<h1>${pdTitle}${pdHl('resampling-irregular-series')}</h1>
${pdP(pdIntro)}
${pdSec(pdH[0]!, `${pdP(pdBasic)}\n${pdCode(pdCode1)}\n${pdP(pdBasicAfter)}`)}
${pdSec(
  pdH[1]!,
  `${pdP(pdMethodIntro)}\n<ul
class="simple">\n${pdMethods.map((m) => `<li><p>${m}</p></li>`).join('\n')}\n</ul>\n${pdAdm('note', 'Note', pdNote)}`,
)}
${pdSec(pdH[2]!, `${pdP(pdGaps)}\n${pdCode(pdCode2)}\n${pdAdm('warning', 'Warning', pdWarn)}`)}
${pdSec(
  pdH[3]!,
  `${pdP(pdMany)}\n<div class="admonition seealso">\n<p class="admonition-title">See also</p>\n<p><a class="reference internal" href="harmonics.html"><span
class="doc">Harmonic analysis</span></a>, which requires a regular series, and <a class="reference internal" href="qc.html"><span class="doc">Quality control
flags</span></a> for marking suspect readings.</p>\n</div>`,
)}
</section>
</article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="metadata.html" title="previous page"><i class="fa-solid
fa-angle-left"></i><div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">Station metadata</p></div></a>
<a class="right-next" href="harmonics.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p><p
class="prev-next-title">Harmonic
analysis</p></div><i class="fa-solid fa-angle-right"></i></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div><nav class="bd-toc-nav page-toc"
aria-labelledby="pst-page-navigation-heading-2"><ul class="visible nav section-nav flex-column">${pdH
  .map((h) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#${pdId(h)}">${h}</a></li>`)
  .join('\n')}</ul></nav></div>
<div class="sidebar-secondary-item"><div class="tocsection editthispage"><a
href="https://github.com/tidegauge/tidegauge/edit/main/docs/user_guide/resampling.rst">
<i class="fa-solid fa-pencil"></i> Edit on GitHub</a></div></div>
<div class="sidebar-secondary-item"><div role="note" aria-label="source link"><h3>This Page</h3><ul class="this-page-menu"><li><a
href="../_sources/user_guide/resampling.rst.txt" rel="nofollow">Show Source</a></li></ul></div></div></div></div></div>
<footer class="bd-footer-content"></footer></main></div></div>
<footer class="bd-footer"><div class="bd-footer__inner bd-page-width"><div class="footer-items__start"><div class="footer-item"><p class="copyright">
${pdFoot[0]}<br></p></div><div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">Sphinx</a>
8.1.3.<br></p></div></div>
<div class="footer-items__end"><div class="footer-item"><p class="theme-version">Built with the <a
href="https://pydata-sphinx-theme.readthedocs.io/en/stable/">PyData
Sphinx Theme</a> 0.16.1.</p></div></div></div></footer>
<script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script></body></html>`;
export const pydataPage: TestPage = {
  html: pdHtml,
  name: 'heldout77-sphinx-pydata-docs',
  kind: 'docs',
  // code blocks and the "#" header links are in neither list, nor are the admonition titles ("Note", "Warning", "See
  // also"); the admonitions' paragraphs are body; the sidebar's, breadcrumb's and "On this page" copies of the title and
  // the headings are left out, and so are the sidebar entries "Harmonic analysis" and "Quality control flags", which the
  // "See also" paragraph names
  title: pdTitle,
  headings: pdH,
  body: [
    ...texts(pdIntro),
    ...texts(pdBasic),
    ...texts(pdBasicAfter),
    ...texts(pdMethodIntro),
    ...texts(pdMethods),
    plainOf(pdNote),
    ...texts(pdGaps),
    plainOf(pdWarn),
    ...texts(pdMany),
    pdSeeAlso,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', pdBanner, 'Back to top', 'Ctrl', 'Tidegauge', ...pdTop, 'Search', '2.4 (stable)', 'dev', '2.3', 'GitHub', 'Section Navigation',
    ...pdSide.filter((t) => t !== 'Harmonic analysis' && t !== 'Quality control flags'), 'previous', 'next', 'On this page',
    'Edit on GitHub', 'This Page', 'Show Source', ...pdFoot, ...pdAd,
  ],
};
function plainOf(html: string): string {
  return texts([html])[0]!;
}
