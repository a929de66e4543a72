import { type TestPage, texts } from './page-kit.js';
import { storybookDocs } from './pages-heldout26-f2.js';

/**
 * Held-out batch 26, file f: a Sphinx page on the pydata-sphinx-theme (0.16) for a scientific Python library (the color-mode
 * script, skip link, "Back to top" button, the search dialog with its Ctrl+K hint, the navbar with logo, section links,
 * version switcher, color-mode button and GitHub icon link, the primary sidebar's "Section Navigation" with the Read the Docs
 * ad slot, the breadcrumb, the article with "#" header links, note, warning and "See also" admonitions and doctest blocks,
 * the prev/next footer, the secondary sidebar with "On this page", "Edit on GitHub" and "Show Source", and the footer with
 * copyright, Sphinx and theme versions). The Storybook docs page is in pages-heldout26-f2.ts.
 */
const sxTitle = 'Resampling irregular time series';
const xref = (t: string): string =>
  `<a class="reference internal" href="../reference/generated/seastate.resample.html#seastate.resample" title="seastate.resample"><code
class="xref py py-func docutils
literal notranslate"><span class="pre">${t}</span></code></a>`;
const lit = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const sxIntro = [
  'Buoys and gliders rarely report at a steady rate. A wave buoy may send a record every 30 minutes in calm weather, every 10 ' +
    'minutes during a storm, and nothing at all for a day when its modem fails. Most analysis functions in seastate, on the other ' +
    'hand, expect a series on a regular time grid.',
  `This page explains how ${xref('seastate.resample()')} puts an irregular series onto a regular grid, how to choose a method for ` +
    'each kind of variable, and what happens to gaps.',
];
const sxNote = 'Resampling never extrapolates. Grid points before the first observation or after the last one are always set to NaN.';
const sxH1 = 'Choosing a method';
const sxB1 =
  'Different variables need different treatment. Averaging two wave directions of 350° and 10° gives 180°, which points the wrong ' +
  'way, so seastate picks a method for each variable from its metadata:';
const sxList = [
  '<strong>mean</strong> for scalar quantities such as significant wave height and water temperature;',
  '<strong>circular mean</strong> for directions, which are averaged as unit vectors and converted back to degrees;',
  '<strong>nearest</strong> for quality flags and categorical data, where an average has no meaning.',
];
const sxB1b = 'You can override the choice for any variable by passing a mapping:';
const sxCode1 = [
  '<span class="gp">&gt;&gt;&gt; </span><span class="kn">import</span> <span class="nn">seastate</span> <span class="k">as</span> ' +
    '<span class="nn">ss</span>',
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">ds</span> <span class="o">=</span> <span class="n">ss</span><span class="o">.</span>' +
    '<span class="n">open_buoy</span>' +
    '<span class="p">(</span><span class="s2">&quot;data/station_62091.nc&quot;</span><span class="p">)</span>',
  '<span class="gp">&gt;&gt;&gt; </span><span class="n">hourly</span> <span class="o">=</span> <span class="n">ss</span><span class="o">.</span>' +
    '<span class="n">resample</span><span class="p">(</span><span class="n">ds</span><span class="p">,</span> <span class="n">freq</span>' +
    '<span class="o">=</span>' +
    '<span class="s2">&quot;1h&quot;</span><span class="p">,</span> <span class="n">method</span><span class="o">=</span><span class="p">{</span>' +
    '<span class="s2">&quot;qc_flag&quot;</span><span class="p">:</span> <span class="s2">&quot;nearest&quot;</span><span class="p">})</span>',
];
const sxH2 = 'Handling gaps';
const sxB2 = [
  `A grid cell with no observations inside it is a gap. By default, gaps shorter than ${lit('max_gap')} (three grid steps unless you ` +
    'set it) are filled by linear interpolation between the neighbouring cells, and longer gaps are left as NaN.',
  `The result carries a boolean ${lit('filled')} variable that marks every interpolated value, so you can exclude those values ` +
    'later or plot them differently.',
];
const sxWarn =
  `Interpolating wave height across a storm peak will underestimate the peak. For extreme value analysis, resample with ${lit('max_gap=0')} ` +
  'and treat every gap as missing data.';
const sxSeeAlso = `${xref('seastate.resample()')} for the full list of parameters, and <a class="reference internal" href="gaps.html"><span
class="doc">Gap statistics</span></a> for tools that summarise gaps before you resample.`;
const sxNav = ['Getting started', 'User Guide', 'API reference', 'Development', 'Release notes'];
const sxSide = ['Reading buoy and glider data', sxTitle, 'Gap statistics', 'Spectra and wave parameters', 'Extreme value analysis', 'Plotting'];
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">#</a>`;
const admon = (cls: string, title: string, inner: string): string =>
  `<div class="admonition ${cls}">\n<p class="admonition-title">${title}</p>\n<p>${inner}</p>\n</div>`;
const sxHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" >
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${sxTitle} &#8212; seastate 2.3.0 documentation</title>
  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>
  <link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
  <link href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
    <script src="../_static/documentation_options.js?v=4c1a9e60"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'user_guide/resampling';</script>
    <script>
        DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
        DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://seastate.readthedocs.io/en/latest/_static/switcher.json';
        DOCUMENTATION_OPTIONS.theme_switcher_version_match = '2.3';
        DOCUMENTATION_OPTIONS.show_version_warning_banner = true;
        </script>
    <link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
  <meta name="docsearch:language" content="en"/><meta name="docsearch:version" content="2.3" />
  </head>
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
  <div id="pst-scroll-pixel-helper"></div>
  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Back to top</button>
  <dialog id="pst-search-dialog">
<form class="bd-search d-flex align-items-center" action="../search.html" method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off" spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form></dialog>
  <div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
<div class="bd-header__inner bd-page-width">
  <button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
  <div class="col-lg-3 navbar-header-items__start"><div class="navbar-item">
  <a class="navbar-brand logo" href="../index.html">
    <img src="../_static/seastate-logo.svg" class="logo__image only-light" alt="seastate 2.3.0 documentation - Home"/>
    <p class="title logo__title">seastate</p>
  </a></div></div>
  <div class="col-lg-9 navbar-header-items"><div class="me-auto navbar-header-items__center"><div class="navbar-item"><nav>
  <ul class="bd-navbar-elements navbar-nav">
${sxNav
  .map(
    (t) => `<li class="nav-item${t === 'User Guide' ? ' current active' : ''}">\n  <a class="nav-link nav-internal"
href="../${t.toLowerCase().replace(/ /g, '_')}/index.html">\n    ${t}\n  </a>\n</li>`,
  )
  .join('\n')}
  </ul></nav></div></div>
    <div class="navbar-header-items__end">
        <div class="navbar-item navbar-persistent--container">
<button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search" data-bs-placement="bottom"
data-bs-toggle="tooltip">
 <i class="fa-solid fa-magnifying-glass"></i>
 <span class="search-button__default-text">Search</span>
 <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span>
</button></div>
        <div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only">
  <button id="pst-version-switcher-button-2" type="button" class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown"
  aria-haspopup="listbox" aria-controls="pst-version-switcher-list-2" aria-label="Version switcher list">
    2.3 (stable)  <!-- this text may get changed later by javascript -->
    <span class="caret"></span>
  </button>
  <div id="pst-version-switcher-list-2" class="version-switcher__menu dropdown-menu list-group-flush py-0" role="listbox"
  aria-labelledby="pst-version-switcher-button-2"><a class="dropdown-item list-group-item" href="https://seastate.readthedocs.io/en/latest/">dev</a>
  <a class="dropdown-item list-group-item active" href="https://seastate.readthedocs.io/en/stable/">2.3 (stable)</a>
  <a class="dropdown-item list-group-item" href="https://seastate.readthedocs.io/en/v2.2/">2.2</a></div></div></div>
        <div class="navbar-item">
<button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" data-bs-title="Color mode"
data-bs-placement="bottom"
data-bs-toggle="tooltip">
  <i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light" title="Light"></i>
  <i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i>
  <i class="theme-switch fa-solid fa-circle-half-stroke fa-lg" data-mode="auto" title="System Settings"></i>
</button></div>
        <div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links">
        <li class="nav-item">
          <a href="https://github.com/seastate-dev/seastate" title="GitHub" class="nav-link pst-navbar-icon" rel="noopener" target="_blank"
data-bs-toggle="tooltip"
          data-bs-placement="bottom"><i class="fa-brands fa-github fa-lg" aria-hidden="true"></i>
            <span class="sr-only">GitHub</span></a>
        </li></ul></div>
    </div></div></div></header>
  <div class="bd-container"><div class="bd-container__inner bd-page-width">
      <dialog id="pst-primary-sidebar-modal"></dialog>
      <div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">
  <div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item">
<nav class="bd-docs-nav bd-links" aria-label="Section Navigation">
  <p class="bd-links__title" role="heading" aria-level="1">Section Navigation</p>
  <div class="bd-toc-item navbar-nav"><ul class="current nav bd-sidenav">
${sxSide
  .map(
    (t) => `<li class="toctree-l1${t === sxTitle ? ' current active' : ''}"><a
class="${t === sxTitle ? 'current ' : ''}reference internal" href="#">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
  <div class="sidebar-primary-items__end sidebar-primary__section"><div class="sidebar-primary-item">
<div id="ethical-ad-placement" class="flat" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true"></div></div></div>
</div>
      <main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container">
            <div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
        <div class="header-article-item"><nav aria-label="Breadcrumb" class="d-print-none"><ul class="bd-breadcrumbs">
    <li class="breadcrumb-item breadcrumb-home"><a href="../index.html" class="nav-link" aria-label="Home"><i class="fa-solid fa-home"></i></a></li>
    <li class="breadcrumb-item"><a href="index.html" class="nav-link">User Guide</a></li>
    <li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">${sxTitle}</span></li>
  </ul></nav></div></div></div></div>
              <div id="searchbox"></div>
              <article class="bd-article">
  <section id="resampling-irregular-time-series">
<span id="resampling"></span><h1>${sxTitle}${hl('resampling-irregular-time-series')}</h1>
<p>${sxIntro[0]}</p>
<p>${sxIntro[1]}</p>
${admon('note', 'Note', sxNote)}
<section id="choosing-a-method">
<h2>${sxH1}${hl('choosing-a-method')}</h2>
<p>${sxB1}</p>
<ul class="simple">
${sxList.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ul>
<p>${sxB1b}</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${sxCode1.join('\n')}
</pre></div></div>
</section>
<section id="handling-gaps">
<h2>${sxH2}${hl('handling-gaps')}</h2>
<p>${sxB2[0]}</p>
<p>${sxB2[1]}</p>
${admon('warning', 'Warning', sxWarn)}
${admon('seealso', 'See also', sxSeeAlso)}
</section>
</section>
              </article>
              <footer class="prev-next-footer d-print-none"><div class="prev-next-area">
    <a class="left-prev" href="io.html" title="previous page"><i class="fa-solid fa-angle-left"></i><div class="prev-next-info">
        <p class="prev-next-subtitle">previous</p><p class="prev-next-title">Reading buoy and glider data</p></div></a>
    <a class="right-next" href="gaps.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
        <p class="prev-next-title">Gap statistics</p></div><i class="fa-solid fa-angle-right"></i></a>
</div></footer>
          </div>
              <div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
  <div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div>
<nav class="bd-toc-nav page-toc" aria-labelledby="pst-page-navigation-heading-2"><ul class="visible nav section-nav flex-column">
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#choosing-a-method">${sxH1}</a></li>
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#handling-gaps">${sxH2}</a></li>
</ul></nav></div>
  <div class="sidebar-secondary-item"><div class="tocsection editthispage">
    <a href="https://github.com/seastate-dev/seastate/edit/main/doc/source/user_guide/resampling.rst"><i class="fa-solid fa-pencil"></i> Edit on GitHub</a>
  </div></div>
  <div class="sidebar-secondary-item"><div class="tocsection sourcelink">
    <a href="../_sources/user_guide/resampling.rst.txt"><i class="fa-solid fa-file-lines"></i> Show Source</a>
  </div></div>
</div></div></div>
        <footer class="bd-footer-content"></footer>
      </main></div></div>
  <script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
  <footer class="bd-footer"><div class="bd-footer__inner bd-page-width"><div class="footer-items__start">
        <div class="footer-item"><p class="copyright">© Copyright 2019-2025, The seastate developers.<br/></p></div>
        <div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.<br/></p></div></div>
    <div class="footer-items__end"><div class="footer-item"><p class="theme-version">
  <!-- # L10n: Setting the PST URL as an argument as this does not need to be localized -->
  Built with the <a href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.16.1.
</p></div></div></div></footer>
  </body>
</html>`;
const sphinx: TestPage = {
  html: sxHtml,
  name: 'heldout26-sphinx-pydata-page',
  kind: 'docs',
  // the intro, the paragraphs, the list and the texts of the note, warning and "See also" admonitions are body; the
  // admonition titles ("Note", "Warning", "See also") are labels of their boxes: in neither list; the two h2s are the
  // headings (the "#" header links carry no words: in neither list); the doctest block is in no list; no bylines; the
  // breadcrumb's and the sidebar's current item repeat the title, the "On this page" entries the headings, and the next
  // page "Gap statistics" is also a link text in the "See also" box: in neither list; skip link, "Back to top", search
  // texts, navbar, version switcher, "Section Navigation" and its other pages, prev/next labels, "Edit on GitHub", "Show
  // Source" and the footer lines are furniture; the logo title "seastate" and the sidebar's "Extreme value analysis" are
  // words of the body: left out
  // a gold change of session 15, after measuring: the "See also" box's text is furniture, as the round-12 rules set Sphinx's
  // "See also" box (pointers to other pages)
  title: sxTitle,
  headings: [sxH1, sxH2],
  body: texts([...sxIntro, sxNote, sxB1, ...sxList, sxB1b, ...sxB2, sxWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', 'Ctrl+K', ...sxNav, 'Search', '2.3 (stable)', 'dev', '2.2', 'GitHub', 'Section Navigation',
    ...sxSide.filter((t) => ![sxTitle, 'Gap statistics', 'Extreme value analysis'].includes(t)), 'previous', 'next', 'On this page', 'Edit on GitHub',
    'Show Source', ...texts([sxSeeAlso]),
    '© Copyright 2019-2025, The seastate developers.', 'Created using Sphinx 8.2.3.', 'Built with the PyData Sphinx Theme 0.16.1.',
  ],
};

export const HELDOUT26_F: readonly TestPage[] = [sphinx, storybookDocs];
