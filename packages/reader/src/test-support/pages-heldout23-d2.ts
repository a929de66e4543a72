import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file d2: a Read the Docs-hosted page on sphinx-book-theme (pydata-sphinx-theme markup: skip link, the left
 * sidebar with logo, search button and the toctree captions, the article header's toggle, repository, download, fullscreen,
 * theme and search buttons, the print-only title and contents copy, the article with "#" heading links, highlighted code, a
 * note admonition, the "previous / next" footer, the right "Contents" panel, the "By the project authors" / copyright / last
 * updated footer, the EthicalAds block and the Read the Docs flyout element).
 */
const sbTitle = 'Working with station data';
const sbIntro = [
  'Every prediction in <code class="docutils literal notranslate"><span class="pre">tidewise</span></code> starts from a station: a ' +
    'fixed point on the coast with a name, a position and a set of harmonic constituents fitted from past water-level records. ' +
    'This page shows how to load stations, look at what they contain and choose the right one for the place you care about.',
];
const sbH1 = 'Loading a station';
const sbBody1 = [
  'Stations are identified by the code their national agency gives them. Pass the code to <code class="docutils literal notranslate">' +
    '<span class="pre">Station.load()</span></code> and tidewise fetches the station’s metadata and constituents, caching them ' +
    'on disk so later calls work offline.',
];
const sbCode1 = ['>>> from tidewise import Station', '>>> st = Station.load("GB-0413")', '>>> st.name', "'Aberystwyth'"];
const sbBody1b = [
  'If you already have a constituents file, for example one exported by a survey office, use <code class="docutils literal notranslate">' +
    '<span class="pre">Station.from_file()</span></code> instead. Both return the same kind of object.',
];
const sbNote =
  'The cache lives in your user cache directory by default. Set the TIDEWISE_CACHE environment variable to move it, for ' +
  'example to a shared folder on a cluster.';
const sbH2 = 'Inspecting constituents';
const sbBody2 = [
  'A station’s constituents are the sine waves whose sum gives the predicted tide. Each has a name, an amplitude in metres and ' +
    'a phase in degrees. The attribute <code class="docutils literal notranslate"><span class="pre">st.constituents</span></code> ' +
    'is a table you can sort and filter like any other:',
];
const sbCode2 = ['>>> st.constituents.sort("amplitude", descending=True).head(3)'];
const sbBody2b = ['At most stations on the open coast, a handful of constituents carry nearly all the signal:'];
const sbList = [
  'M2, the principal lunar semidiurnal constituent, usually the largest;',
  'S2, the principal solar constituent, which sets the spring–neap cycle with M2;',
  'K1 and O1, the main diurnal constituents, which matter most where tides are mixed.',
];
const sbH3 = 'Choosing the nearest station';
const sbBody3 = [
  'Tides can change a great deal over short distances, especially in estuaries. <code class="docutils literal notranslate">' +
    '<span class="pre">Station.nearest()</span></code> returns the stations closest to a point, with their distance, so you can ' +
    'check that the one you pick sits on the same stretch of water.',
  'As a rule of thumb, prefer a station on the same side of any headland, even if another is slightly closer across open water.',
];
const sbCode3 = ['>>> Station.nearest(lat=52.41, lon=-4.09, limit=3)'];
const sbNav: [string, string[]][] = [
  ['Getting started', ['Installation', 'Quickstart']],
  ['User guide', ['Working with station data', 'Computing predictions', 'Plotting tides', 'Datums and units']],
  ['Reference', ['API reference', 'Changelog', 'Contributing']],
];
const pre = (lines: string[]): string =>
  `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${lines
    .map((l) => l.replace(/"([^"]*)"/g, '<span class="s2">"$1"</span>').replace(/^>>> /, '<span class="gp">&gt;&gt;&gt; </span>'))
    .join('\n')}\n</pre><button class="copybtn o-tooltip--left" data-tooltip="Copy" data-clipboard-target="#codecell"><svg></svg></button></div></div>`;
const hl = (title: string, id: string): string => `${title}<a class="headerlink" href="#${id}" title="Link to this heading">#</a>`;
const ids = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const sbToc = [sbH1, sbH2, sbH3];
const sbHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Working with station data &#8212; tidewise 0.9.2 documentation</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../_static/styles/theme.css?digest=dfe6caa3a7d634c4db9b" rel="stylesheet">
<link href="../_static/styles/sphinx-book-theme.css?v=a3416100" rel="stylesheet">
<script src="../_static/documentation_options.js?v=1dd76d3b"></script><script>DOCUMENTATION_OPTIONS.pagename = 'user-guide/stations';</script>
<meta name="readthedocs-addons-api-version" content="1"><meta name="docsearch:language" content="en"></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div><div id="pst-primary-sidebar-checkbox" class="sidebar-toggle"></div>
<div class="search-button__wrapper"><div class="search-button__overlay"></div><div class="search-button__search-container">
<form class="bd-search d-flex align-items-center" action="../search.html" method="get"><i class="fa-solid fa-magnifying-glass"></i>
<input type="search" class="form-control" name="q" placeholder="Search..." aria-label="Search..."><span class="search-button__kbd-shortcut">
<kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span></form></div></div>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width">
<div class="bd-sidebar-primary bd-sidebar"><div class="sidebar-primary-items__start sidebar-primary__section">
<div class="sidebar-primary-item"><a class="navbar-brand logo" href="../index.html"><img src="../_static/tidewise-logo.svg" class="logo__image only-light"
alt="tidewise 0.9.2 documentation - Home"><p class="title logo__title">tidewise 0.9.2 documentation</p></a></div>
<div class="sidebar-primary-item"><button class="btn search-button-field search-button__button" title="Search" aria-label="Search">
<i class="fa-solid fa-magnifying-glass"></i><span class="search-button__default-text">Search</span></button></div>
<div class="sidebar-primary-item"><nav class="bd-links bd-docs-nav" aria-label="Main"><div class="bd-toc-item navbar-nav active">
${sbNav
  .map(
    ([cap, items]) => `<p aria-level="2" class="caption" role="heading"><span class="caption-text">${cap}</span></p>
<ul class="nav bd-sidenav">${items
      .map((t) =>
        t === sbTitle
          ? `<li class="toctree-l1 current active"><a class="current reference internal" href="#">${t}</a></li>`
          : `<li class="toctree-l1"><a class="reference internal" href="../${ids(t)}.html">${t}</a></li>`,
      )
      .join('\n')}</ul>`,
  )
  .join('\n')}</div></nav></div></div>
<div class="sidebar-primary-items__end sidebar-primary__section"><div id="ethical-ad-placement" class="ethical-sidebar" data-ea-publisher="readthedocs">
<div class="ea-placement ea-type-image"><div class="ea-content"><a class="ea-link"
href="https://server.ethicalads.example/proxy/click/8812/" rel="nofollow sponsored">
<div class="ea-text"><strong>Ship data apps faster.</strong> Deploy Python notebooks as dashboards with one command.</div></a></div>
<div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/" rel="nofollow"><small>Ads by EthicalAds</small></a></div></div></div></div></div>
<main id="main-content" class="bd-main" role="main"><div class="sbt-scroll-pixel-helper"></div><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<div class="header-article-item">
<button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar"><span class="fa-solid fa-bars"></span></button></div></div>
<div class="header-article-items__end"><div class="header-article-item"><div class="article-header-buttons">
<div class="dropdown dropdown-source-buttons"><button class="btn dropdown-toggle" aria-label="Source repositories"><i class="fab fa-github"></i></button>
<ul class="dropdown-menu"><li><a href="https://github.com/tidewise/tidewise" class="btn btn-sm dropdown-item" title="Source repository">
<span class="btn__text-container">Repository</span></a></li>
<li><a href="https://github.com/tidewise/tidewise/issues/new?title=Issue%20on%20page%20%2Fuser-guide/stations.html"
class="btn btn-sm dropdown-item" title="Open an issue">
<span class="btn__text-container">Open issue</span></a></li></ul></div>
<div class="dropdown dropdown-download-buttons"><button class="btn dropdown-toggle" aria-label="Download this page"><i class="fas fa-download"></i></button>
<ul class="dropdown-menu"><li><a href="../_sources/user-guide/stations.rst" class="btn btn-sm dropdown-item" title="Download source file">
<span class="btn__text-container">.rst</span></a></li>
<li><button onclick="window.print()" class="btn btn-sm dropdown-item" title="Print to PDF">
<span class="btn__text-container">.pdf</span></button></li></ul></div>
<button onclick="toggleFullScreen()" class="btn btn-sm btn-fullscreen-button" title="Fullscreen mode"><span class="fas fa-expand"></span></button>
<button class="btn btn-sm nav-link pst-navbar-icon theme-switch-button" title="light/dark" aria-label="light/dark">
<i class="theme-switch fa-solid fa-sun fa-lg"></i></button>
<button class="btn btn-sm pst-navbar-icon search-button search-button__button" title="Search" aria-label="Search">
<i class="fa-solid fa-magnifying-glass fa-lg"></i></button>
<button class="sidebar-toggle secondary-toggle btn btn-sm" title="Toggle secondary sidebar">
<span class="fa-solid fa-list"></span></button></div></div></div></div></div>
<div id="jb-print-docs-body" class="onlyprint"><h1>${sbTitle}</h1><div id="print-main-content"><div id="jb-print-toc"><div><h2> Contents </h2></div>
<nav aria-label="Page"><ul class="visible nav section-nav flex-column">
${sbToc.map((t) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#${ids(t)}">${t}</a></li>`).join('\n')}
</ul></nav></div></div></div>
<div id="searchbox"></div><article class="bd-article"><section id="working-with-station-data"><h1>${hl(sbTitle, 'working-with-station-data')}</h1>
${sbIntro.map((p) => `<p>${p}</p>`).join('\n')}
<section id="loading-a-station"><h2>${hl(sbH1, ids(sbH1))}</h2>
${sbBody1.map((p) => `<p>${p}</p>`).join('\n')}
${pre(sbCode1)}
${sbBody1b.map((p) => `<p>${p}</p>`).join('\n')}
<div class="admonition note"><p class="admonition-title">Note</p><p>${sbNote}</p></div></section>
<section id="inspecting-constituents"><h2>${hl(sbH2, ids(sbH2))}</h2>
${sbBody2.map((p) => `<p>${p}</p>`).join('\n')}
${pre(sbCode2)}
${sbBody2b.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="simple">${sbList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section>
<section id="choosing-the-nearest-station"><h2>${hl(sbH3, ids(sbH3))}</h2>
<p>${sbBody3[0]}</p>
${pre(sbCode3)}
<p>${sbBody3[1]}</p></section></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area">
<a class="left-prev" href="../quickstart.html" title="previous page"><i class="fa-solid fa-angle-left"></i><div class="prev-next-info">
<p class="prev-next-subtitle">previous</p><p class="prev-next-title">Quickstart</p></div></a>
<a class="right-next" href="predictions.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
<p class="prev-next-title">Computing predictions</p></div><i class="fa-solid fa-angle-right"></i></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> Contents</div>
<nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">${sbToc
  .map((t) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#${ids(t)}">${t}</a></li>`)
  .join('\n')}</ul></nav></div></div></div></div>
<footer class="bd-footer-content"><div class="bd-footer-content__inner container">
<div class="footer-item"><p class="component-author">By the project authors</p></div>
<div class="footer-item"><p class="copyright">© Copyright 2025, the project authors.<br></p></div>
<div class="footer-item"><p class="last-updated">Last updated on Nov 02, 2025.<br></p></div></div></footer></main></div></div>
<footer class="bd-footer"></footer><readthedocs-flyout></readthedocs-flyout>
<script defer src="../_static/scripts/bootstrap.js?digest=dfe6caa3a7d634c4db9b"></script></body></html>`;
export const sphinxBookPage: TestPage = {
  html: sbHtml,
  name: 'heldout23-readthedocs-sphinx-book-theme',
  kind: 'docs',
  // the article's paragraphs, the note's text and the list items are the body (its three code blocks are code, in
  // neither list, as code is on every earlier page: the gold changed when batch 23 became training in session 14); the
  // three h2s are the headings; the note's "Note" label is in neither; "By the project
  // authors" is the theme's author line (a byline, though it sits in the footer) and "Last updated on Nov 02, 2025." the
  // page's dateline; the skip link, search box and buttons, the sidebar's brand and toctree captions and entries, the article
  // header's buttons, the print-only contents copy (its "Contents"), "previous" / "next" with their page titles, the right
  // "Contents" panel (its entries are the headings' words: left out), the copyright line and the EthicalAds block are
  // furniture (the toctree's "Quickstart" and "Computing predictions", the prev/next titles too, listed once); the toctree's
  // current entry is the title: left out; the "#" heading links have no words: left out
  title: sbTitle,
  headings: [sbH1, sbH2, sbH3],
  body: [
    ...texts(sbIntro),
    ...texts(sbBody1),
    ...texts(sbBody1b),
    sbNote,
    ...texts(sbBody2),
    ...sbBody2b,
    ...sbList,
    ...texts(sbBody3.slice(0, 1)),
    ...sbBody3.slice(1),
  ],
  bylines: ['By the project authors', 'Last updated on Nov 02, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ctrl', 'tidewise 0.9.2 documentation', 'Search', ...sbNav.flatMap(([c, items]) => [c, ...items]).filter((t) => t !== sbTitle),
    'Ship data apps faster.', 'Deploy Python notebooks as dashboards with one command.', 'Ads by EthicalAds', 'Repository', 'Open issue', '.rst', '.pdf',
    'Contents', 'previous', 'next', '© Copyright 2025, the project authors.',
  ],
};
