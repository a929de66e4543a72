/**
 * Held-out batch 57, file f3: the PyData Sphinx Theme 0.16 frame of the NumPy API reference page of file f2 (head with the
 * mode script, noscript style and theme options, the skip link, back-to-top button, search dialog and version-warning banner,
 * the navbar with its links, "More" dropdown, search button, version switcher, theme switch and icon links, the primary
 * sidebar with the section navigation and an ethical-ad slot, breadcrumbs, the prev / next footer, the "On this page" rail
 * with "Show Source", and the footer), with the furniture texts it adds.
 */
const npNav = ['User Guide', 'API reference', 'Building from source', 'Development', 'Release notes', 'Learn'];
const npIcons = ['GitHub', 'Scientific Python Forum'];
// biome-ignore format: the section navigation, packed several to a line
const npSection = [
  'NumPy’s module structure', 'Array objects', 'Universal functions (ufunc)', 'Routines and objects by topic', 'Constants',
  'Array creation routines', 'Array manipulation routines', 'Bit-wise operations', 'Data type routines', 'Mathematical functions',
  'Set routines', 'Sorting, searching, and counting',
];
const npSorting = ['numpy.sort', 'numpy.lexsort', 'numpy.argsort', 'numpy.unique', 'numpy.runs', 'numpy.searchsorted', 'numpy.count_nonzero'];
const npOther = ['Array API standard compatibility', 'CPU/SIMD optimizations', 'Thread Safety', 'Global Configuration Options', 'NumPy security'];
const npCopy = '© Copyright 2008-2025, NumPy Developers.';
/** The furniture texts of the frame. */
// biome-ignore format: packed several to a line to keep the file short
export const npFoot: string[] = [
  'Skip to main content', 'Back to top', 'Ctrl', ...npNav, 'More', 'NEPs', 'Search', 'Choose version', ...npIcons, 'Section Navigation',
  'Python API', ...npSection, ...npSorting.filter((t) => t !== 'numpy.runs'), 'C API', 'NumPy C-API', 'Other topics', ...npOther,
  'NumPy reference', 'previous', 'next', 'On this page', 'runs()', 'Show Source', npCopy, 'Created using Sphinx 8.1.3.',
  'Built with the PyData Sphinx Theme 0.16.1.',
];
const npNavItems = npNav
  .map((t) => `<li class="nav-item${t === 'API reference' ? ' current active' : ''}">\n  <a class="nav-link nav-internal" href="#">${t}</a>\n</li>`)
  .join('\n');
const li = (t: string, href: string, cls = 'toctree-l2'): string =>
  `<li class="${cls}${t === 'numpy.runs' ? ' current active' : ''}"><a class="reference internal" href="${href}">${t}</a></li>`;
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const npSide = `<nav class="bd-docs-nav bd-links" aria-label="Section Navigation">
  <p class="bd-links__title" role="heading" aria-level="1">Section Navigation</p>
  <div class="bd-toc-item navbar-nav"><p aria-level="2" class="caption" role="heading"><span class="caption-text">Python API</span></p>
<ul class="current nav bd-sidenav">
${npSection
  .slice(0, 3)
  .map((t) =>
    li(
      t.replace('(ufunc)', '(<code class="xref py py-class docutils literal notranslate"><span class="pre">ufunc</span></code>)'),
      `../${slug(t)}.html`,
      'toctree-l1',
    ),
  )
  .join('\n')}
<li class="toctree-l1 current active has-children"><a class="reference internal" href="../routines.html">Routines and objects by topic</a>\
<details open="open"><summary><span class="toctree-toggle" role="presentation"><i \
class="fa-solid fa-chevron-down"></i></span></summary><ul class="current">
${npSection
  .slice(4, -1)
  .map((t) => li(t, `../routines.${slug(t)}.html`))
  .join('\n')}
<li class="toctree-l2 current active has-children"><a class="reference internal" href="../routines.sort.html">Sorting, searching, and counting</a>\
<details open="open"><summary><span class="toctree-toggle" role="presentation"><i class="fa-solid fa-chevron-down"></i></span></summary><ul class="current">
${npSorting.map((t) => li(t, `${t}.html`, 'toctree-l3')).join('\n')}
</ul></details></li>
</ul></details></li>
</ul>
<p aria-level="2" class="caption" role="heading"><span class="caption-text">C API</span></p>
<ul class="nav bd-sidenav"><li class="toctree-l1"><a class="reference internal" href="../c-api/index.html">NumPy C-API</a></li></ul>
<p aria-level="2" class="caption" role="heading"><span class="caption-text">Other topics</span></p>
<ul class="nav bd-sidenav">${npOther.map((t) => li(t, `../${slug(t)}.html`, 'toctree-l1')).join('\n')}</ul>
</div>
</nav>`;
/** The whole page around the article (`<section id="numpy-runs">...</section>`). */
export const npPage = (article: string): string => `<!DOCTYPE html>
<html lang="en" data-content_root="../../" >
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>numpy.runs &#8212; NumPy v2.3 Manual</title>
  <script data-cfasync="false">
    document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
    document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
  </script>
  <!--
    this give us a css class that will be invisible only if js is disabled
  -->
  <noscript>
    <style>
      .pst-js-only { display: none !important; }
    </style>
  </noscript>
  <link href="../../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
  <link href="../../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf" rel="stylesheet" />
    <link rel="stylesheet" type="text/css" href="../../_static/pygments.css?v=8f2a1f02" />
    <link rel="stylesheet" type="text/css" href="../../_static/css/numpy.css?v=33ba9f4f" />
  <script src="../../_static/scripts/fontawesome.js?digest=8878045cc6db502f8baf"></script>
    <script src="../../_static/documentation_options.js?v=04ba01c2"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'reference/generated/numpy.runs';</script>
    <script>
        DOCUMENTATION_OPTIONS.theme_version = '0.16.1';
        DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://numpy.org/doc/_static/versions.json';
        DOCUMENTATION_OPTIONS.theme_switcher_version_match = '2.3';
        DOCUMENTATION_OPTIONS.show_version_warning_banner =
            true;
        </script>
    <link rel="next" title="numpy.searchsorted" href="numpy.searchsorted.html" />
    <link rel="prev" title="numpy.unique" href="numpy.unique.html" />
  <meta name="docsearch:language" content="en"/>
  <meta name="docsearch:version" content="2.3" />
  <meta name="docbuild:last-update" content="Jun 07, 2025"/>
  </head>
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
  <div id="pst-scroll-pixel-helper"></div>
  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Back to top</button>
  <dialog id="pst-search-dialog">
<form class="bd-search d-flex align-items-center" action="../../search.html" method="get">
  <i class="fa-solid fa-magnifying-glass"></i>
  <input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off" \
autocorrect="off" autocapitalize="off" spellcheck="false"/>
  <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form>
  </dialog>
  <div class="pst-async-banner-revealer d-none">
  <aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside>
</div>
  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
<div class="bd-header__inner bd-page-width">
  <button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
  <div class="col-lg-3 navbar-header-items__start"><div class="navbar-item">
  <a class="navbar-brand logo" href="../../index.html">
    <img src="../../_static/numpylogo.svg" class="logo__image only-light" alt="NumPy v2.3 Manual - Home"/>
    <img src="../../_static/numpylogo_dark.svg" class="logo__image only-dark pst-js-only" alt="NumPy v2.3 Manual - Home"/>
  </a></div></div>
  <div class="col-lg-9 navbar-header-items">
    <div class="me-auto navbar-header-items__center"><div class="navbar-item"><nav>
  <ul class="bd-navbar-elements navbar-nav">
${npNavItems}
            <li class="nav-item dropdown">
                <button class="btn dropdown-toggle nav-item" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-controls="pst-nav-more-links">
                    More
                </button>
                <ul id="pst-nav-more-links" class="dropdown-menu">
<li class=" "><a class="nav-link dropdown-item nav-external" href="https://numpy.org/neps">NEPs</a></li>
                </ul>
            </li>
  </ul>
</nav></div></div>
    <div class="navbar-header-items__end">
      <div class="navbar-item navbar-persistent--container">
<button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search" data-bs-placement="bottom" \
data-bs-toggle="tooltip">
 <i class="fa-solid fa-magnifying-glass"></i>
 <span class="search-button__default-text">Search</span>
 <span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span>
</button></div>
        <div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only">
  <button id="pst-version-switcher-button-2" type="button" class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown" \
aria-haspopup="listbox" aria-controls="pst-version-switcher-list-2" aria-label="Version switcher list">
    Choose version  <!-- this text may get changed later by javascript -->
    <span class="caret"></span>
  </button>
  <div id="pst-version-switcher-list-2" class="version-switcher__menu dropdown-menu list-group-flush py-0" role="listbox" \
aria-labelledby="pst-version-switcher-button-2">
    <!-- dropdown will be populated by javascript on page load -->
  </div>
</div></div>
        <div class="navbar-item"><button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" \
data-bs-title="Color mode" data-bs-placement="bottom" data-bs-toggle="tooltip">
  <i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light" title="Light"></i>
  <i class="theme-switch fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i>
  <i class="theme-switch fa-solid fa-circle-half-stroke fa-lg" data-mode="auto" title="System Settings"></i>
</button></div>
        <div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links">
${npIcons
  .map(
    (t) => `        <li class="nav-item"><a href="#" title="${t}" class="nav-link pst-navbar-icon" rel="noopener" target="_blank" \
data-bs-toggle="tooltip" data-bs-placement="bottom"><i class="fa-brands fa-square-github fa-lg" aria-hidden="true"></i>
            <span class="sr-only">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
    </div>
  </div>
</div>
  </header>
  <div class="bd-container">
    <div class="bd-container__inner bd-page-width">
      <dialog id="pst-primary-sidebar-modal"></dialog>
      <div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">
  <div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item">
${npSide}</div></div>
  <div class="sidebar-primary-items__end sidebar-primary__section"><div class="sidebar-primary-item">
<div id="ethical-ad-placement" class="flat" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true"></div></div></div>
      </div>
      <main id="main-content" class="bd-main" role="main">
        <div class="bd-content">
          <div class="bd-article-container">
            <div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
        <div class="header-article-item"><nav aria-label="Breadcrumb" class="d-print-none">
  <ul class="bd-breadcrumbs">
    <li class="breadcrumb-item breadcrumb-home"><a href="../../index.html" class="nav-link" aria-label="Home"><i class="fa-solid fa-home"></i></a></li>
    <li class="breadcrumb-item"><a href="../index.html" class="nav-link">NumPy reference</a></li>
    <li class="breadcrumb-item"><i class="fa-solid fa-ellipsis"></i></li>
    <li class="breadcrumb-item"><a href="../routines.sort.html" class="nav-link">Sorting, searching, and counting</a></li>
    <li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">numpy.runs</span></li>
  </ul>
</nav></div>
    </div></div></div>
<div id="searchbox"></div>
  <article class="bd-article">
  ${article}
  </article>
            <footer class="prev-next-footer d-print-none">
<div class="prev-next-area">
    <a class="left-prev" href="numpy.unique.html" title="previous page">
      <i class="fa-solid fa-angle-left"></i>
      <div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">numpy.unique</p></div>
    </a>
    <a class="right-next" href="numpy.searchsorted.html" title="next page">
      <div class="prev-next-info"><p class="prev-next-subtitle">next</p><p class="prev-next-title">numpy.searchsorted</p></div>
      <i class="fa-solid fa-angle-right"></i>
    </a>
</div>
</footer>
          </div>
            <div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
  <div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div>
  <nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#numpy.runs"><code class="docutils literal notranslate"><span \
class="pre">runs()</span></code></a></li>
</ul></nav></div>
  <div class="sidebar-secondary-item"><div class="tocsection sourcelink"><a href="../../_sources/reference/generated/numpy.runs.rst.txt">
      <i class="fa-solid fa-file-lines"></i> Show Source</a></div></div>
</div></div>
        </div>
        <footer class="bd-footer-content"></footer>
      </main>
    </div>
  </div>
  <script defer src="../../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
  <footer class="bd-footer">
<div class="bd-footer__inner bd-page-width">
      <div class="footer-items__start">
          <div class="footer-item"><p class="copyright">
    ${npCopy}
    <br/>
</p></div>
          <div class="footer-item"><p class="sphinx-version">
    Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.1.3.
    <br/>
</p></div>
      </div>
      <div class="footer-items__end"><div class="footer-item">
<p class="theme-version">
  <!-- # L10n: Setting the PST URL as an argument as this does not need to be localized -->
  Built with the <a href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.16.1.
</p></div></div>
</div>
</footer>
  </body>
</html>`;
