import { type TestPage, texts } from './page-kit.js';
import { materialBlogPost } from './pages-heldout196-f2.js';
import { lis, paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file f: a Sphinx 8 page in the PyData Sphinx Theme 0.16 (skip link, "Back to top", the search dialog,
 * the announcement banner, the header with logo title, top nav, search button with "Ctrl+K", version switcher, colour-mode
 * button and GitHub icon, the primary sidebar with "Section Navigation" and an EthicalAds placement, the breadcrumb, the
 * article with note and warning admonitions and "#" header links, a code cell, prev / next footer links, the secondary
 * sidebar with "On this page", "Edit on GitHub" and "Show Source", and the copyright / Sphinx / theme footer) and, from
 * file f2, a Material for MkDocs blog post.
 */
const pdTitle = 'Resampling irregular series';
const pdIntro = paras(`
  Sensor data rarely arrives on a clean grid. A weather station might report every ten minutes until its battery runs low and
  then every half hour, and a river gauge might send a reading only when the level changes. marlin's
  <code>resample</code> method turns such a series into one with a fixed step, so that it can be compared, plotted or fed to
  a model.

  This guide explains how marlin decides which raw readings belong to each step, and how to choose an aggregation that does
  not mislead.
`);
const pdNote = 'Resampling never changes the original series. It always returns a new Series, so you can try several settings side by side.';
const pdH1 = 'Bins and labels';
const pdP1 = paras(`
  Each output step covers a half-open bin. By default a bin includes its left edge and excludes its right edge, and it is
  labelled with its left edge, so the value at 10:00 summarises readings from 10:00 up to, but not including, 10:10.

  Both choices can be changed with <code>closed</code> and <code>label</code>. Hydrologists often prefer right-closed,
  right-labelled bins, where the value at 10:10 describes the ten minutes that just ended.
`);
const pdH2 = 'Choosing an aggregation';
const pdP2 = paras(`
  The right aggregation depends on what the readings measure. Picking the wrong one gives a series that looks plausible and
  is quietly wrong.
`);
const pdList = [
  '<strong>mean</strong> suits instantaneous readings such as temperature or water level.',
  '<strong>sum</strong> suits amounts that accumulate, such as rainfall in millimetres.',
  '<strong>last</strong> suits counters and states, where only the latest value matters.',
  '<strong>time_weighted</strong> gives each reading weight in proportion to how long it was valid, which is best when the reporting interval varies.',
];
const pdH3 = 'Gaps';
const pdP3 = paras(`
  A bin with no readings produces a missing value, never a zero. Use <code>fill_gaps</code> with a <code>limit</code> to
  interpolate across short gaps while leaving long outages visible.
`);
const pdWarn = 'Interpolating across a gap longer than the process you are measuring invents data. Keep the limit short, and always plot the result.';
const pdNav = ['Getting started', 'User guide', 'API reference', 'Development', 'Release notes'];
const pdSection = ['Reading and writing data', 'Resampling irregular series', 'Plotting time series', 'Time zones'];
const pdAd = 'Kestrel Cloud: Run notebooks on managed GPUs with per-second billing.';
const pdNavHtml = `<nav><ul class="bd-navbar-elements navbar-nav">
${pdNav
  .map(
    (t) => `<li class="nav-item${t === 'User guide' ? ' current active' : ''} pst-header-nav-item">
<a class="nav-link nav-internal" href="../${t.length}/index.html">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav>`;
const pdHead = (id: string, t: string): string => `<h2>${t}<a class="headerlink" href="#${id}" title="Link to this heading">#</a></h2>`;
const pdAdm = (kind: string, title: string, text: string): string => `<div class="admonition ${kind}">
<p class="admonition-title">${title}</p>
<p>${text.replace(/\bSeries\b/, '<code class="xref py py-class docutils literal notranslate"><span class="pre">Series</span></code>')}</p>
</div>`;
const pdP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const pdHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" >
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Resampling irregular series &#8212; marlin 3.0 documentation</title>
  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>
  <link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
  <link href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
  <link rel="preload" as="script" href="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf" />
    <script src="../_static/documentation_options.js?v=4c0e4b66"></script>
    <script src="../_static/doctools.js?v=9a2dae69"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'user_guide/resampling';</script>
    <script>DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
        DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://marlin.example.org/versions.json';
        DOCUMENTATION_OPTIONS.theme_switcher_version_match = '3.0';</script>
    <link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="Plotting time series" href="plotting.html" /><link rel="prev" title="Reading and writing data" href="io.html" />
  <meta name="docsearch:language" content="en"/><meta name="docsearch:version" content="3.0" />
  </head>
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
  <div id="pst-scroll-pixel-helper"></div>
  <button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up"></i>Back to top</button>
  <dialog id="pst-search-dialog">
<form class="bd-search d-flex align-items-center" action="../search.html" method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off"
    autocorrect="off" autocapitalize="off" spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form></dialog>
  <div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
    <aside class="bd-header-announcement" aria-label="Announcement">
      <div class="bd-header-announcement__content">marlin 3.0 drops support for Python 3.9. See the <a href="../whatsnew/v3.0.html">migration guide</a>.</div>
    </aside>
  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
<div class="bd-header__inner bd-page-width">
  <button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
  <div class="col-lg-3 navbar-header-items__start"><div class="navbar-item">
  <a class="navbar-brand logo" href="../index.html">
    <img src="../_static/marlin-logo.svg" class="logo__image only-light" alt="marlin 3.0 documentation - Home"/>
    <p class="title logo__title">marlin 3.0</p>
  </a></div></div>
  <div class="col-lg-9 navbar-header-items">
    <div class="me-auto navbar-header-items__center"><div class="navbar-item">${pdNavHtml}</div></div>
    <div class="navbar-header-items__end">
        <div class="navbar-item navbar-persistent--container">
<button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search"
data-bs-placement="bottom" data-bs-toggle="tooltip">
 <i class="fa-solid fa-magnifying-glass"></i>
 <span class="search-button__default-text">Search</span>
 <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span>
</button></div>
        <div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only">
  <button id="pst-version-switcher-button-2" type="button" class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown"
    aria-haspopup="listbox" aria-controls="pst-version-switcher-list-2" aria-label="Version switcher list">3.0 (stable)</button>
  <div id="pst-version-switcher-list-2" class="version-switcher__menu dropdown-menu list-group-flush py-0" role="listbox"
    aria-labelledby="pst-version-switcher-button-2"></div></div></div>
        <div class="navbar-item"><button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode"
          data-bs-title="Color mode" data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light"
          title="Light"></i><i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i></button></div>
        <div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links"><li class="nav-item"><a href="https://github.com/marlin-ts/marlin"
          title="GitHub" class="nav-link pst-navbar-icon" rel="noopener" target="_blank" data-bs-toggle="tooltip" data-bs-placement="bottom">
          <i class="fa-brands fa-github fa-lg" aria-hidden="true"></i><span class="sr-only">GitHub</span></a></li></ul></div>
    </div>
  </div>
</div>
  </header>
  <div class="bd-container"><div class="bd-container__inner bd-page-width">
  <dialog id="pst-primary-sidebar-modal"></dialog>
  <div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">
  <div class="sidebar-header-items sidebar-primary__section"><div class="sidebar-header-items__center"><div class="navbar-item">${pdNavHtml}</div></div></div>
  <div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item">
<nav class="bd-docs-nav bd-links" aria-label="Section Navigation">
  <p class="bd-links__title" role="heading" aria-level="1">Section Navigation</p>
  <div class="bd-toc-item navbar-nav"><ul class="current nav bd-sidenav">
${lis(
  pdSection.map((t) => `<a class="${t === pdTitle ? 'current ' : ''}reference internal" href="${t.length}.html">${t}</a>`),
  (t) => t,
  ' class="toctree-l1"',
)}
</ul></div></nav></div></div>
  <div class="sidebar-primary-items__end sidebar-primary__section"><div class="sidebar-primary-item">
  <div id="ethical-ad-placement" class="flat ethical-alabaster" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true">
  <div class="ea-placement ea-type-image"><div class="ea-content"><a href="https://server.ethicalads.example/proxy/click/4471/"
rel="nofollow noopener sponsored"
  target="_blank"><img src="https://media.ethicalads.example/images/2025/02/kestrel.png" alt="" class="ea-image"></a><div class="ea-text">
  <a href="https://server.ethicalads.example/proxy/click/4471/" rel="nofollow noopener sponsored" target="_blank"><strong>Kestrel Cloud:</strong> Run notebooks
  on managed GPUs with per-second billing.</a></div></div><div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/?ref=ea-image"
  rel="nofollow noopener" target="_blank">Ads by EthicalAds</a></div></div></div></div></div>
  </div>
  <main id="main-content" class="bd-main" role="main">
    <div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<div class="header-article-item"><nav aria-label="Breadcrumb" class="d-print-none"><ul class="bd-breadcrumbs">
    <li class="breadcrumb-item breadcrumb-home"><a href="../index.html" class="nav-link" aria-label="Home"><i class="fa-solid fa-home"></i></a></li>
    <li class="breadcrumb-item"><a href="index.html" class="nav-link">User guide</a></li>
    <li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">${pdTitle}</span></li>
</ul></nav></div></div></div></div>
<div id="searchbox"></div>
<article class="bd-article">
<section id="resampling-irregular-series">
<h1>${pdTitle}<a class="headerlink" href="#resampling-irregular-series" title="Link to this heading">#</a></h1>
${pdP(pdIntro)}
${pdAdm('note', 'Note', pdNote)}
<section id="bins-and-labels">
${pdHead('bins-and-labels', pdH1)}
${pdP(pdP1)}
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>
<span class="n">hourly</span> <span class="o">=</span> <span class="n">s</span>
<span class="o">.</span><span class="n">resample</span><span class="p">(</span><span class="s2">"1h"</span><span class="p">)</span></pre></div></div>
</section>
<section id="choosing-an-aggregation">
${pdHead('choosing-an-aggregation', pdH2)}
${pdP(pdP2)}
<ul class="simple">${lis(pdList, (t) => `<p>${t}</p>`)}</ul>
</section>
<section id="gaps">
${pdHead('gaps', pdH3)}
${pdP(pdP3)}
${pdAdm('warning', 'Warning', pdWarn)}
</section>
</section>
</article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area">
    <a class="left-prev" href="io.html" title="previous page"><i class="fa-solid fa-angle-left"></i><div class="prev-next-info">
        <p class="prev-next-subtitle">previous</p><p class="prev-next-title">Reading and writing data</p></div></a>
    <a class="right-next" href="plotting.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
        <p class="prev-next-title">Plotting time series</p></div><i class="fa-solid fa-angle-right"></i></a>
</div></footer>
</div>
  <dialog id="pst-secondary-sidebar-modal"></dialog>
  <div id="pst-secondary-sidebar" class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
<div class="sidebar-secondary-item"><div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div>
<nav class="bd-toc-nav page-toc" aria-labelledby="pst-page-navigation-heading-2"><ul class="visible nav section-nav flex-column">
${lis(
  [pdH1, pdH2, pdH3].map((h) => `<a class="reference internal nav-link" href="#${h.length}">${h}</a>`),
  (t) => t,
  ' class="toc-h2 nav-item toc-entry"',
)}
</ul></nav></div>
<div class="sidebar-secondary-item"><div class="tocsection editthispage">
<a href="https://github.com/marlin-ts/marlin/edit/main/doc/source/user_guide/resampling.rst">
<i class="fa-solid fa-pencil"></i> Edit on GitHub</a></div></div>
<div class="sidebar-secondary-item"><div role="note" aria-label="source link"><h3>This Page</h3><ul class="this-page-menu">
<li><a href="../_sources/user_guide/resampling.rst.txt" rel="nofollow">Show Source</a></li></ul></div></div>
</div></div>
</div>
  <footer class="bd-footer-content"></footer>
  </main>
  </div></div>
  <script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
  <script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
  <footer class="bd-footer"><div class="bd-footer__inner bd-page-width">
  <div class="footer-items__start"><div class="footer-item"><p class="copyright">© Copyright 2019-2025, the marlin developers.<br/></p></div>
    <div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.1.3.<br/></p></div></div>
  <div class="footer-items__end"><div class="footer-item">
<p class="theme-version">Built with the <a href="https://pydata-sphinx-theme.readthedocs.io/en/stable/">PyData
    Sphinx Theme</a> 0.16.1.</p></div></div>
</div></footer>
  </body>
</html>`;
const pydata: TestPage = {
  html: pdHtml,
  name: 'heldout196-sphinx-pydata-guide',
  kind: 'docs',
  // the note and warning texts are body, their titles furniture; the "#" header links (a wordless text) are left out; the
  // breadcrumb's and section nav's current entry is the title and the "On this page" entries repeat the headings, left out
  title: pdTitle,
  headings: [pdH1, pdH2, pdH3],
  body: [...texts(pdIntro), pdNote, ...texts(pdP1), ...texts(pdP2), ...texts(pdList), ...texts(pdP3), pdWarn],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Back to top', 'Ctrl+K', 'marlin 3.0 drops support for Python 3.9. See the migration guide.', 'marlin 3.0', ...pdNav,
    'Search', '3.0 (stable)', 'GitHub', 'Section Navigation', ...pdSection.filter((t) => t !== pdTitle), pdAd, 'Ads by EthicalAds', 'Note', 'Warning',
    'previous', 'next', 'On this page', 'Edit on GitHub', 'This Page', 'Show Source', '© Copyright 2019-2025, the marlin developers.',
    'Created using Sphinx 8.1.3.', 'Built with the PyData Sphinx Theme 0.16.1.',
  ]),
};

export const HELDOUT196_F: readonly TestPage[] = [pydata, materialBlogPost];
