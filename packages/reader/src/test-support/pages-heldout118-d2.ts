import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 118, file d2: a user-guide page of a Python library's Sphinx documentation built with the PyData Sphinx
 * Theme 0.16 (skip link, "Back to top", the search dialog, the announcement banner, the navbar with the project title,
 * header links, version switcher, search button, theme switch and icon links; the primary sidebar that repeats the header
 * links for small screens and holds "Section Navigation" with role="heading"; the breadcrumb; the article with nested
 * sections, "#" header links, note / warning / see-also admonitions and highlighted code; the prev/next footer; the
 * secondary sidebar with "On this page", "Edit on GitHub" and "Show Source"; the copyright and theme footer).
 */
const pdTitle = 'Working with time zones';
const pdP1 = [
  'Quillon stores every timestamp internally as a count of nanoseconds since the Unix epoch, in UTC. A series or an index can also ' +
    'carry a time zone, which controls how those instants are displayed and how calendar operations, such as resampling by day, ' +
    'are carried out.',
  'This page shows how to attach a time zone to naive data, how to convert between zones, and how to deal with the two awkward ' +
    'hours each year when the clocks change.',
];
const pdH1 = 'Naive and aware timestamps';
const pdP2 = [
  'A timestamp without a time zone is called <em>naive</em>. Quillon makes no assumption about where a naive timestamp was ' +
    'recorded, so operations that need a zone, such as comparing with an aware timestamp, raise an error instead of guessing.',
  'Attach a zone with <a class="reference internal" href="../reference/api/quillon.Series.tz.localize.html"><code class="xref py py-meth docutils literal ' +
    'notranslate"><span class="pre">Series.tz.localize()</span></code></a>:',
  'Localizing does not change the wall-clock times you see; it only records which zone they belong to. Use <code class="docutils ' +
    'literal notranslate"><span class="pre">tz.convert()</span></code> to show the same instants in another zone:',
];
const pdNote =
  'Time zone names follow the IANA database, for example <code class="docutils literal notranslate"><span class="pre">Europe/Lisbon</span></code> ' +
  'or <code class="docutils literal notranslate"><span class="pre">America/Bogota</span></code>. Abbreviations such as CET or EST are ' +
  'ambiguous and are rejected.';
const pdH2 = 'Daylight saving transitions';
const pdP3 = [
  'When the clocks go back, one hour of wall-clock time happens twice; when they go forward, one hour does not happen at all. ' +
    'Localizing naive data that falls into these hours needs a decision, which you pass with the <code>ambiguous</code> and ' +
    '<code>nonexistent</code> arguments:',
];
const pdList = [
  '<code>ambiguous="earliest"</code> or <code>"latest"</code> picks one of the two possible instants.',
  '<code>ambiguous="raise"</code>, the default, raises <code>AmbiguousTimeError</code> so that you notice the problem.',
  '<code>nonexistent="shift_forward"</code> moves a missing time to the first valid instant after the gap.',
  '<code>nonexistent="nat"</code> replaces it with a missing value.',
];
const pdWarn =
  'Resampling aware data by day produces days of 23 or 25 hours around the transitions. Sums and counts over those days are ' +
  'correct, but hourly means will look different from the neighbouring days.';
const pdH3 = 'Performance';
const pdP4 = [
  'Converting a series between zones is cheap, because only the zone attribute changes. Localizing is more expensive, since every ' +
    'value has to be checked against the zone’s table of transitions. For large files, localize once after reading and keep the ' +
    'data aware, rather than localizing again at every step.',
];
const pdSee =
  '<a class="reference internal" href="resampling.html"><span class="doc">Resampling and frequency conversion</span></a> for ' +
  'calendar-aware grouping of aware data.';
const pdBanner = 'Quillon 3.0 is coming: read the migration guide before you upgrade.';
const pdNav = ['Getting started', 'User Guide', 'API reference', 'Development', 'Release notes'];
const pdSide = [
  '10 minutes to Quillon',
  'Reading and writing files',
  'Indexing and selecting',
  'Resampling and frequency conversion',
  pdTitle,
  'Plotting',
  'Scaling to large datasets',
];
const pdFoot = ['© Copyright 2018-2025, The Quillon Development Team.', 'Created using Sphinx 8.1.3.', 'Built with the PyData Sphinx Theme 0.16.1.'];
const pdLocalize =
  '<span class="n">s</span> <span class="o">=</span> <span class="n">s</span><span class="o">.</span><span class="n">tz</span>' +
  '<span class="o">.</span><span class="n">localize</span><span class="p">(</span><span class="s2">"Europe/Lisbon"</span><span class="p">)</span>';
const pdConvert =
  '<span class="n">s</span><span class="o">.</span><span class="n">tz</span><span class="o">.</span><span class="n">convert</span>' +
  '<span class="p">(</span><span class="s2">"America/Bogota"</span><span class="p">)</span>';
const pdId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const pdHl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">#</a>`;
const pdAdm = (kind: string, title: string, text: string): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${title}</p>\n<p>${text}</p>\n</div>`;
const pdCode = (src: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${src}</pre></div>\n</div>`;
const pdNavbar = (cls: string): string => `<nav class="${cls}"><ul class="bd-navbar-elements navbar-nav">
${pdNav
  .map(
    (t) => `<li class="nav-item${t === 'User Guide' ? ' current active' : ''}"><a class="nav-link nav-internal" href="../${pdId(t)}/index.html">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>`;
const pdHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Working with time zones — Quillon 2.4.1 documentation</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../_static/styles/theme.css?digest=8878045cc6db502f8baf" rel="stylesheet">
<link href="../_static/styles/pydata-sphinx-theme.css?digest=8878045cc6db502f8baf"
rel="stylesheet"><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=8f2a1f02">
<link rel="preload" as="script" href="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf">
<script src="../_static/documentation_options.js?v=4c8f2a9d"></script><script src="../_static/doctools.js?v=9a2dae69"></script>
<script>DOCUMENTATION_OPTIONS.pagename = 'user_guide/timezones';</script>
<script>DOCUMENTATION_OPTIONS.theme_version = '0.16.1';DOCUMENTATION_OPTIONS.theme_switcher_json_url = 'https://quillon.example/versions.json';
DOCUMENTATION_OPTIONS.theme_switcher_version_match = '2.4';DOCUMENTATION_OPTIONS.show_version_warning_banner = true;</script>
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="Plotting" href="plotting.html"><link rel="prev" title="Resampling and frequency conversion" href="resampling.html">
<meta name="docsearch:language" content="en"><meta name="docsearch:version" content="2.4"></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div><button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up">
</i>Back to top</button>
<dialog id="pst-search-dialog"><form class="bd-search d-flex align-items-center" action="../search.html" method="get"><i class="fa-solid fa-magnifying-glass">
</i>
<input type="search" class="form-control" name="q" placeholder="Search the docs ..." aria-label="Search the docs ..." autocomplete="off" autocorrect="off"
autocapitalize="off" spellcheck="false"><span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span></form>
</dialog>
<div class="pst-async-banner-revealer d-none"><aside id="bd-header-version-warning" class="d-none d-print-none" aria-label="Version warning"></aside></div>
<aside class="bd-header-announcement" aria-label="Announcement"><div class="bd-header-announcement__content">${pdBanner.replace(
  'read the migration guide',
  '<a href="https://quillon.example/migration.html">read the migration guide</a>',
)}</div></aside>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"><div class="bd-header__inner bd-page-width">
<button class="pst-navbar-icon sidebar-toggle primary-toggle" aria-label="Site navigation"><span class="fa-solid fa-bars"></span></button>
<div class="col-lg-3 navbar-header-items__start"><div class="navbar-item"><a class="navbar-brand logo" href="../index.html">
<img src="../_static/quillon-logo.svg"
class="logo__image only-light" alt="Quillon 2.4.1 documentation - Home"><p class="title logo__title">Quillon</p></a></div></div>
<div class="col-lg-9 navbar-header-items"><div class="me-auto navbar-header-items__center"><div class="navbar-item">${pdNavbar('navbar-nav')}</div></div>
<div class="navbar-header-items__end"><div class="navbar-item"><div class="version-switcher__container dropdown pst-js-only">
<button id="pst-version-switcher-button-2"
type="button" class="version-switcher__button btn btn-sm dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="listbox"
aria-controls="pst-version-switcher-list-2"
aria-label="Version switcher list">2.4 (stable)<span class="caret"></span></button>
<div id="pst-version-switcher-list-2" class="version-switcher__menu dropdown-menu
list-group-flush py-0" role="listbox" aria-labelledby="pst-version-switcher-button-2"></div></div></div>
<div class="navbar-item navbar-persistent--container">
<button class="btn search-button-field search-button__button pst-js-only" title="Search" aria-label="Search"
data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="fa-solid fa-magnifying-glass"></i><span class="search-button__default-text">Search</span>
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span></button></div>
<div class="navbar-item"><button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button pst-js-only" aria-label="Color mode" data-bs-title="Color mode"
data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="theme-switch fa-solid fa-sun fa-lg" data-mode="light" title="Light"></i><i class="theme-switch
fa-solid fa-moon fa-lg" data-mode="dark" title="Dark"></i>
<i class="theme-switch fa-solid fa-circle-half-stroke fa-lg" data-mode="auto" title="System Settings"></i>
</button></div><div class="navbar-item"><ul class="navbar-icon-links" aria-label="Icon Links"><li class="nav-item">
<a href="https://github.com/quillon-dev/quillon"
title="GitHub" class="nav-link pst-navbar-icon" rel="noopener" target="_blank" data-bs-toggle="tooltip" data-bs-placement="bottom"><i class="fa-brands fa-github
fa-lg" aria-hidden="true"></i><span class="sr-only">GitHub</span></a></li></ul></div></div></div></div></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width"><dialog id="pst-primary-sidebar-modal"></dialog>
<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar"><div class="sidebar-header-items sidebar-primary__section">
<div class="sidebar-header-items__center"><div class="navbar-item">${pdNavbar('')}</div></div></div>
<div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item">
<nav class="bd-docs-nav bd-links" aria-label="Section Navigation">
<p class="bd-links__title" role="heading" aria-level="1">Section Navigation</p><div class="bd-toc-item navbar-nav"><ul class="current nav bd-sidenav">
${pdSide
  .map(
    (t) =>
      `<li class="toctree-l1${t === pdTitle ? ' current active' : ''}">
<a class="${t === pdTitle ? 'current ' : ''}reference internal" href="${pdId(t)}.html">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="sidebar-primary-items__end sidebar-primary__section"></div></div>
<main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<div class="header-article-item"><nav aria-label="Breadcrumb" class="d-print-none"><ul class="bd-breadcrumbs"><li class="breadcrumb-item breadcrumb-home">
<a href="../index.html" class="nav-link" aria-label="Home"><i class="fa-solid fa-home"></i></a></li><li class="breadcrumb-item"><a href="index.html"
class="nav-link">User Guide</a></li><li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">${pdTitle}</span></li></ul></nav></div>
</div></div></div><div id="searchbox"></div>
<article class="bd-article"><section id="working-with-time-zones"><span id="timezones"></span><h1>${pdTitle}${pdHl('working-with-time-zones')}</h1>
${pdP1.map((p) => `<p>${p}</p>`).join('\n')}
<section id="${pdId(pdH1)}"><h2>${pdH1}${pdHl(pdId(pdH1))}</h2>
<p>${pdP2[0]}</p>
<p>${pdP2[1]}</p>
${pdCode(pdLocalize)}
<p>${pdP2[2]}</p>
${pdCode(pdConvert)}
${pdAdm('note', 'Note', pdNote)}
</section>
<section id="${pdId(pdH2)}"><h2>${pdH2}${pdHl(pdId(pdH2))}</h2>
<p>${pdP3[0]}</p>
<ul class="simple">${pdList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${pdAdm('warning', 'Warning', pdWarn)}
</section>
<section id="${pdId(pdH3)}"><h2>${pdH3}${pdHl(pdId(pdH3))}</h2>
<p>${pdP4[0]}</p>
<div class="admonition seealso"><p class="admonition-title">See also</p>\n<p>${pdSee}</p>\n</div>
</section></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="resampling.html" title="previous page">
<i class="fa-solid fa-angle-left"></i><div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">Resampling and frequency
conversion</p></div></a><a class="right-next" href="plotting.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
<p class="prev-next-title">Plotting</p></div><i class="fa-solid fa-angle-right"></i></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item"><div page-toc
class="tocsection onthispage"><i class="fa-solid fa-list"></i> On this page</div>
<nav class="bd-toc-nav page-toc" aria-labelledby="pst-page-navigation-heading-2">
<ul class="visible nav section-nav flex-column">${[pdH1, pdH2, pdH3]
  .map((t) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#${pdId(t)}">${t}</a></li>`)
  .join('\n')}</ul></nav></div>
<div class="sidebar-secondary-item"><div class="tocsection editthispage">
<a href="https://github.com/quillon-dev/quillon/edit/main/doc/source/user_guide/timezones.rst">
<i class="fa-solid fa-pencil"></i> Edit on GitHub</a></div></div><div class="sidebar-secondary-item"><div role="note" aria-label="source link">
<h3>This Page</h3>
<ul class="this-page-menu"><li><a href="../_sources/user_guide/timezones.rst.txt" rel="nofollow">Show Source</a></li></ul></div></div></div></div></div>
<footer class="bd-footer-content"></footer></main></div></div>
<script defer src="../_static/scripts/bootstrap.js?digest=8878045cc6db502f8baf"></script>
<script defer src="../_static/scripts/pydata-sphinx-theme.js?digest=8878045cc6db502f8baf"></script>
<footer class="bd-footer"><div class="bd-footer__inner bd-page-width"><div class="footer-items__start"><div class="footer-item">
<p class="copyright">${pdFoot[0]}
<br></p></div><div class="footer-item"><p class="sphinx-version">Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.1.3.<br></p></div></div>
<div class="footer-items__end"><div class="footer-item"><p class="theme-version">
<!-- # L10n: Setting the PST URL as an argument as this does not need to be localized
-->Built with the <a href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.16.1.</p></div></div></div></footer>
</body></html>`;

export const pydataPage: TestPage = {
  html: pdHtml,
  name: 'heldout118-sphinx-pydata-docs',
  kind: 'docs',
  // admonition texts are body, their titles ("Note", "Warning", "See also") in neither list; the sidebar entry and the
  // last breadcrumb that repeat the title, and the "On this page" links, are left out; the header links appear twice
  // (navbar and sidebar copy) and are listed once
  title: pdTitle,
  headings: [pdH1, pdH2, pdH3],
  body: texts([...pdP1, ...pdP2, pdNote, ...pdP3, ...pdList, pdWarn, ...pdP4, pdSee]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', pdBanner, 'Quillon', ...pdNav, '2.4 (stable)', 'Search', 'GitHub', 'Section Navigation',
    ...pdSide.filter((t) => t !== pdTitle), 'previous', 'next', 'On this page', 'Edit on GitHub', 'This Page', 'Show Source', ...pdFoot,
  ],
};
