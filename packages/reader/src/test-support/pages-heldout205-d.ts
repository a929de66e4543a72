import { links, type TestPage, texts } from './page-kit.js';
import { wowchemyPost } from './pages-heldout205-d2.js';

/**
 * Held-out batch 205, file d: a Jupyter Book (sphinx-book-theme) chapter page of a survey-methods handbook (skip link,
 * "Back to top", the search overlay, the primary sidebar with logo, search button and captioned chapter nav, the article
 * header buttons with the launch, repository and download dropdowns, the print-only duplicate of the title and its
 * "Contents", headerlink "#" anchors, code cells with output, a note admonition, MathJax-rendered display math, the
 * prev/next footer, the secondary "Contents" TOC and the "By ..." / copyright footer) and, from file d2, a Hugo Wowchemy
 * (Hugo Blox) blog post.
 */
const title = 'Estimating detection probability';
const h = ['Why detection matters', 'Double-observer counts', 'Fitting the model', 'Using the estimate'];
const p0 = [
  'Every count in this handbook undercounts. Some birds are behind a groyne, some are asleep in the wrack line, and some ' +
    'fly off before the observer reaches them. This chapter shows how we estimate the share of birds that are missed, using ' +
    'the double-observer counts collected since 2022.',
];
const p1 = [
  'If detection were the same on every visit, raw counts would still be a fair index of change. It is not. Detection on ' +
    'our sites is lower on windy days, lower at high tide when birds pack into the saltmarsh, and lower for new volunteers ' +
    'in their first season. A fall in the raw count can therefore mean fewer birds or just a windier winter.',
];
const p2 = [
  'On one visit in four, two observers walk the same transect ten minutes apart without comparing notes. Each records every ' +
    'flock with its position on the site map. Afterwards the flocks are matched, and each one falls into one of three groups:',
];
const list = ['seen by both observers', 'seen by the first observer only', 'seen by the second observer only'];
const p3 = [
  'The data for this chapter are in <code class="docutils literal notranslate"><span class="pre">data/double_obs.csv</span></code>, ' +
    'one row per matched flock.',
];
const note = [
  'Matching flocks is the step most likely to go wrong. When two observers disagree about whether a flock is the same one, ' +
    'we count it as two separate sightings, which makes the estimate slightly pessimistic rather than optimistic.',
];
const p4 = [
  'Under the simplest model both observers have the same detection probability <em>q</em>, and the probability that a flock ' +
    'is seen by at least one of them is',
  'The cell below estimates <em>q</em> from the three counts and then the combined probability. With the 2022 to 2024 data ' +
    'a single observer detects about 82 percent of flocks, and a pair about 97 percent.',
];
const p5 = [
  'For the annual report we divide each raw count by the single-observer estimate for the matching conditions, using the ' +
    'table in <a class="reference internal" href="../appendix/detection_table.html"><span class="doc">Appendix B</span></a>. ' +
    'Keep the raw counts in the database as well: the estimate will change as more double-observer visits are added.',
  'Do not apply the correction to single visits. It is an average, and on any one morning the true detection rate can be ' + 'far from it.',
];
const sideNav: [string, string[]][] = [
  ['Field methods', ['Walking transects', 'Estimating detection probability', 'Point counts at high tide']],
  ['Analysis', ['Cleaning the records', 'Trends with GAMs']],
  ['Reference', ['Species codes', 'Appendix B: detection tables']],
];
const buttons = ['Binder', 'Colab', 'Repository', 'Open issue', '.ipynb', '.pdf'];
const btn = (t: string, href: string): string => `<li><a href="${href}" target="_blank" class="btn btn-sm dropdown-item" data-bs-placement="left"
data-bs-toggle="tooltip"><span class="btn__icon-container"><i class="fas fa-file"></i></span>
<span class="btn__text-container">${t}</span></a></li>`;
const drop = (cls: string, label: string, items: string): string => `<div class="dropdown dropdown-${cls}-buttons">
<button class="btn dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false" aria-label="${label}"><i class="fas fa-rocket"></i>
</button><ul class="dropdown-menu">${items}</ul></div>`;
const BINDER = 'https://mybinder.org/v2/gh/coastalbirds/methods';
const COLAB = 'https://colab.research.google.com/github/coastalbirds/methods';
const REPO = 'https://github.com/coastalbirds/methods';
const CODE =
  'both, first, second = counts["both"], counts["first"], counts["second"]\n' +
  'q = both / (both + second)\np = 1 - (1 - q) ** 2\nprint(round(q, 2), round(p, 2))';
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">#</a>`;
const sec = (id: string, head: string, inner: string): string => `<section id="${id}">\n<h2>${head}${hl(id)}</h2>\n${inner}\n</section>`;
const cell = (n: number, code: string, out: string): string => `<div class="cell docutils container">
<div class="cell_input docutils container">
<div class="highlight-ipython3 notranslate"><div class="highlight"><pre id="codecell${n}"><span></span>${code}</pre>
<button class="copybtn o-tooltip--left" data-tooltip="Copy" data-clipboard-target="#codecell${n}"><svg
xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler icon-tabler-copy" width="44" height="44" viewBox="0 0 24 24"></svg></button></div></div>
</div>
<div class="cell_output docutils container">
<div class="output stream highlight-myst-ansi notranslate"><div class="highlight"><pre><span></span>${out}</pre></div></div>
</div>
</div>`;
const P = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mjx = `<div class="math notranslate nohighlight"><mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML" display="true"
style="position: relative;"><mjx-math display="true" class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D45D TEX-I">
</mjx-c></mjx-mi><mjx-mo class="mjx-n" space="4"><mjx-c class="mjx-c3D"></mjx-c></mjx-mo><mjx-mn class="mjx-n" space="4"><mjx-c class="mjx-c31">
</mjx-c></mjx-mn></mjx-math><mjx-assistive-mml unselectable="on" display="block"><math xmlns="http://www.w3.org/1998/Math/MathML"
display="block"><mi>p</mi><mo>=</mo><mn>1</mn><mo>−</mo><mo stretchy="false">(</mo><mn>1</mn><mo>−</mo><mi>q</mi><msup><mo
stretchy="false">)</mo><mn>2</mn></msup></math></mjx-assistive-mml></mjx-container></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-content_root="../" >
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Estimating detection probability &#8212; Coastal Bird Survey Methods</title>
    <script data-cfasync="false">
      document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
      document.documentElement.dataset.theme = localStorage.getItem("theme") || "";
    </script>
    <link href="../_static/styles/theme.css?digest=dfe6caa3a7d634c4db9b" rel="stylesheet" />
    <link rel="stylesheet" type="text/css" href="../_static/styles/sphinx-book-theme.css?v=a3416100" />
    <link rel="stylesheet" type="text/css" href="../_static/mystnb.4510f1fc1dee50b3e5859aac5469c37c29e427902b24a333a5f9fcb2f0b3ac41.css" />
    <script src="../_static/documentation_options.js?v=9eb32ce0"></script>
    <script src="../_static/clipboard.min.js?v=a7894cd8"></script>
    <script src="../_static/copybutton.js?v=f281be69"></script>
    <script async="async" src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>
    <script>DOCUMENTATION_OPTIONS.pagename = 'chapters/detection';</script>
    <link rel="index" title="Index" href="../genindex.html" />
    <link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="Point counts at high tide" href="high_tide.html" />
    <link rel="prev" title="Walking transects" href="transects.html" />
    <meta name="docsearch:language" content="en"/>
  </head>
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
  <div id="pst-scroll-pixel-helper"></div>
  <button type="button" class="btn rounded-pill" id="pst-back-to-top">
    <i class="fa-solid fa-arrow-up"></i>Back to top</button>
  <input type="checkbox" class="sidebar-toggle" id="pst-primary-sidebar-checkbox"/>
  <label class="overlay overlay-primary" for="pst-primary-sidebar-checkbox"></label>
  <div class="search-button__wrapper"><div class="search-button__overlay"></div><div class="search-button__search-container">
<form class="bd-search d-flex align-items-center" action="../search.html" method="get"><i class="fa-solid fa-magnifying-glass"></i>
<input type="search" class="form-control" name="q" id="search-input" placeholder="Search this book..." aria-label="Search this book..."
autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"/>
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span></form></div></div>
  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"></header>
  <div class="bd-container"><div class="bd-container__inner bd-page-width">
<div class="bd-sidebar-primary bd-sidebar">
<div class="sidebar-primary-items__start sidebar-primary__section">
<div class="sidebar-primary-item"><a class="navbar-brand logo" href="../intro.html">
<img src="../_static/logo.png" class="logo__image only-light" alt="Coastal Bird Survey Methods - Home"/></a></div>
<div class="sidebar-primary-item"><button class="btn search-button-field search-button__button" title="Search" aria-label="Search"
data-bs-placement="bottom" data-bs-toggle="tooltip"><i class="fa-solid fa-magnifying-glass"></i><span class="search-button__default-text">Search</span>
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd class="kbd-shortcut__modifier">K</kbd></span></button></div>
<div class="sidebar-primary-item"><nav class="bd-links bd-docs-nav" aria-label="Main"><div class="bd-toc-item navbar-nav active">
<ul class="nav bd-sidenav bd-sidenav__home-link"><li class="toctree-l1"><a class="reference internal" href="../intro.html">Welcome</a></li></ul>
${sideNav
  .map(
    ([cap, items]) => `<p aria-level="2" class="caption" role="heading"><span class="caption-text">${cap}</span></p>
<ul class="nav bd-sidenav">${links(items, 'toctree-l1')}</ul>`,
  )
  .join('\n')}
</div></nav></div></div>
<div id="rtd-footer-container"></div></div>
<main id="main-content" class="bd-main" role="main"><div class="sbt-scroll-pixel-helper"></div><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<div class="header-article-item"><button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar" data-bs-placement="bottom"
data-bs-toggle="tooltip"><span class="fa-solid fa-bars"></span></button></div></div>
<div class="header-article-items__end"><div class="header-article-item"><div class="article-header-buttons">
${drop('launch', 'Launch interactive content', btn(buttons[0] ?? '', `${BINDER}/main`) + btn(buttons[1] ?? '', COLAB))}
${drop('source', 'Source repositories', btn(buttons[2] ?? '', REPO) + btn(buttons[3] ?? '', `${REPO}/issues/new`))}
${drop('download', 'Download this page', btn(buttons[4] ?? '', '../_sources/chapters/detection.ipynb') + btn(buttons[5] ?? '', '../_sources/detection.pdf'))}
<button onclick="toggleFullScreen()" class="btn btn-sm btn-fullscreen-button" title="Fullscreen mode" data-bs-placement="bottom"
data-bs-toggle="tooltip"><span class="btn__icon-container"><i class="fas fa-expand"></i></span></button>
<button class="sidebar-toggle secondary-toggle btn btn-sm" title="Toggle secondary sidebar"><span class="fa-solid fa-list"></span></button>
</div></div></div></div></div>
<div id="jb-print-docs-body" class="onlyprint"><h1>${title}</h1><div><h2> Contents </h2></div>
<nav aria-label="Page"><ul class="visible nav section-nav flex-column">
${h.map((t, i) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#s${i}">${t}</a></li>`).join('\n')}
</ul></nav></div>
<div id="searchbox"></div>
<article class="bd-article">
<section class="tex2jax_ignore mathjax_ignore" id="estimating-detection-probability">
<h1>${title}${hl('estimating-detection-probability')}</h1>
${P(p0)}
${sec('s0', h[0] ?? '', P(p1))}
${sec(
  's1',
  h[1] ?? '',
  `${P(p2)}\n<ul class="simple">\n${list.map((t) => `<li><p>${t}</p></li>`).join('\n')}\n</ul>\n${P(p3)}
<div class="admonition note"><p class="admonition-title">Note</p>\n${P(note)}\n</div>`,
)}
${sec(
  's2',
  h[2] ?? '',
  `${P(p4.slice(0, 1))}\n${mjx}\n${P(p4.slice(1))}
${cell(0, CODE, '0.82 0.97')}`,
)}
${sec('s3', h[3] ?? '', P(p5))}
</section>
</article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area">
<a class="left-prev" href="transects.html" title="previous page"><i class="fa-solid fa-angle-left"></i><div class="prev-next-info">
<p class="prev-next-subtitle">previous</p><p class="prev-next-title">Walking transects</p></div></a>
<a class="right-next" href="high_tide.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
<p class="prev-next-title">Point counts at high tide</p></div><i class="fa-solid fa-angle-right"></i></a></div></footer>
</div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> Contents</div>
<nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">
${h.map((t, i) => `<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#s${i}">${t}</a></li>`).join('\n')}
</ul></nav></div></div></div>
</div>
<footer class="bd-footer-content"><div class="bd-footer-content__inner container">
<div class="footer-item"><p class="component-author">By Coastal Bird Survey Group</p></div>
<div class="footer-item"><p class="copyright">© Copyright 2025.<br/></p></div>
</div></footer>
</main></div></div>
<script src="../_static/scripts/bootstrap.js?digest=dfe6caa3a7d634c4db9b"></script>
<script src="../_static/scripts/pydata-sphinx-theme.js?digest=dfe6caa3a7d634c4db9b"></script>
</body>
</html>`;
const jupyterBook: TestPage = {
  html,
  name: 'heldout205-jupyter-book-docs',
  kind: 'docs',
  // the note's text is body and its "Note" title in neither list; the rendered math leaves only MathML (in neither list);
  // the print-only duplicate title block and both TOCs repeat the title and headings and are left out, their "Contents"
  // titles are furniture; the sidebar entry that repeats the title is left out; "By Coastal Bird Survey Group" is a byline
  title,
  headings: [...h],
  body: [...p0, ...p1, ...p2, ...list, ...texts(p3), ...note, ...texts(p4), ...texts(p5)],
  bylines: ['By Coastal Bird Survey Group'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', 'Search', 'Ctrl+K', 'Welcome', 'Field methods', 'Walking transects', 'Point counts at high tide',
    'Analysis', 'Cleaning the records', 'Trends with GAMs', 'Reference', 'Species codes', 'Appendix B: detection tables', ...buttons, 'Contents',
    'previous', 'next', '© Copyright 2025.',
  ],
};

export const HELDOUT205_D: readonly TestPage[] = [jupyterBook, wowchemyPost];
