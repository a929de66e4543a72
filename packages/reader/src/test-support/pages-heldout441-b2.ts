import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file b2: a university's Jupyter Book chapter (sphinx-book-theme on pydata-sphinx-theme): the primary
 * sidebar with the book logo, search button and chapter tree, the article header with the launch, download, repository and
 * full-screen buttons, a code cell and its output, a margin note, a "note" admonition, the secondary sidebar's on-this-page
 * contents, the previous / next area and the footer.
 */
const jbTitle = 'Random Walks and Diffusion';
const jbIntro = [
  `In the last chapter we simulated a single particle moving with a fixed velocity. Real molecules in a fluid do nothing of the
  sort: they are knocked about by their neighbours billions of times a second, and their paths look like the scribbles of a
  restless hand. In this chapter we model that motion as a random walk and see how the familiar law of diffusion falls out of it.`,
];
const jbH1 = 'A walk on a line';
const jbLine = [
  `Start a walker at position zero. At every time step it flips a fair coin and moves one unit to the right on heads or one unit
  to the left on tails. After a single step it is equally likely to be at plus one or minus one; after many steps its position
  can be anywhere between minus n and plus n, but the extremes are extremely unlikely.`,
  `The code below runs a thousand such walkers for five hundred steps each and records where they end up.`,
];
const jbCode = `rng = np.random.default_rng(seed=2025)
steps = rng.choice([-1, 1], size=(1000, 500))
positions = steps.cumsum(axis=1)
print(positions[:, -1].mean(), positions[:, -1].std())`;
const jbOut = '0.134 22.27';
const jbAfter = [
  `The mean final position is close to zero, as symmetry demands. The spread is the interesting part: the standard deviation is
  about 22, close to the square root of 500. That is no coincidence.`,
];
const jbH2 = 'Why the spread grows like the square root of time';
const jbSqrt = [
  `Each step is an independent random variable with mean zero and variance one. The variance of a sum of independent variables is
  the sum of their variances, so after n steps the variance of the position is n and the standard deviation is the square root of
  n. To double the typical distance a walker travels, you must wait four times as long.`,
  `This is the signature of diffusion, and it is what makes diffusion so slow over long distances. A sugar molecule can cross a
  cell in a fraction of a second, but the same process would take years to carry it across a room.`,
];
const jbNote = `The same argument works in two and three dimensions: each coordinate performs its own walk, and the mean squared
distance from the start grows in proportion to the number of steps.`;
const jbH3 = 'Exercises';
const jbEx = [
  'Change the walk so that the walker moves right with probability 0.6. How do the mean and the spread change with time?',
  'Plot a histogram of the final positions and compare it with a normal curve of the same mean and variance.',
  'Estimate how long a walker takes, on average, to first reach position 10.',
];
const jbMargin = 'The square-root law was checked against lab data from the second-year practical in 2023.';
const jbTree = ['Welcome', 'Python refresher', 'Deterministic motion', 'Random walks and diffusion', 'Monte Carlo integration', 'Markov chains'];
const jbHead = ['Binder', 'Colab', 'Repository', 'Open issue', '.ipynb', '.pdf', 'Fullscreen mode'];
const jbToc = ['A walk on a line', 'Why the spread grows like the square root of time', 'Exercises'];
const jbHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" data-theme="light"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="Docutils 0.21.2">
<meta property="og:title" content="6. ${jbTitle}"><meta property="og:site_name" content="Computational Physics at Kestrel Bay">
<title>6. ${jbTitle} &#8212; Computational Physics at Kestrel Bay</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";
document.documentElement.dataset.theme = localStorage.getItem("theme") || "";</script>
<link href="../_static/styles/theme.css?digest=dfe6caa3a7d634c4db9b" rel="stylesheet"><link rel="stylesheet" href="../_static/styles/sphinx-book-theme.css">
<script>DOCUMENTATION_OPTIONS.pagename = 'chapters/random-walks';</script>
<script>const THEBE_JS_URL = "https://unpkg.com/thebe@0.8.2/lib/index.js";</script></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div><button type="button" class="btn rounded-pill" id="pst-back-to-top">Back to top</button>
<header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none"></header>
<div class="bd-container"><div class="bd-container__inner bd-page-width">
<div class="bd-sidebar-primary bd-sidebar"><div class="sidebar-header-items sidebar-primary__section"></div>
<div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item"><a class="navbar-brand logo" href="../intro.html">
<img src="../_static/kbu-logo.png" class="logo__image only-light" alt="Computational Physics at Kestrel Bay - Home"></a></div>
<div class="sidebar-primary-item"><button class="btn search-button-field search-button__button" title="Search" aria-label="Search">
<span class="search-button__default-text">Search</span><span class="search-button__kbd-shortcut">Ctrl+K</span></button></div>
<div class="sidebar-primary-item"><nav class="bd-links bd-docs-nav" aria-label="Main"><div class="bd-toc-item navbar-nav active">
<p aria-level="2" class="caption" role="heading"><span class="caption-text">Course notes</span></p>
<ul class="current nav bd-sidenav">${links(jbTree, 'toctree-l1')}</ul></div></nav></div></div></div>
<main id="main-content" class="bd-main" role="main"><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__start">
<button class="sidebar-toggle primary-toggle btn btn-sm" title="Toggle primary sidebar"></button></div>
<div class="header-article-items__end"><div class="dropdown dropdown-launch-buttons"><ul class="dropdown-menu">${links(jbHead.slice(0, 2))}</ul></div>
<div class="dropdown dropdown-source-buttons"><ul class="dropdown-menu">${links(jbHead.slice(2, 4))}</ul></div>
<div class="dropdown dropdown-download-buttons"><ul class="dropdown-menu">${links(jbHead.slice(4, 6))}</ul></div>
<button class="btn btn-sm btn-fullscreen-button" title="${jbHead[6]}"><span class="btn__text-container">${jbHead[6]}</span></button></div></div></div>
<div id="jb-print-docs-body" class="onlyprint"><h1>${jbTitle}</h1></div>
<div id="searchbox"></div><article class="bd-article">
<section class="tex2jax_ignore mathjax_ignore" id="random-walks-and-diffusion">
<h1><span class="section-number">6. </span>${jbTitle}<a class="headerlink" href="#random-walks-and-diffusion" title="Link to this heading">#</a></h1>
${ps(jbIntro)}
<aside class="margin sidebar"><p class="sidebar-title">Lab link</p><p>${jbMargin}</p></aside>
<section id="a-walk-on-a-line"><h2><span class="section-number">6.1. </span>${jbH1}<a class="headerlink" href="#a-walk-on-a-line"
title="Link to this heading">#</a></h2>
${ps(jbLine)}
<div class="cell docutils container"><div class="cell_input docutils container"><div class="highlight-ipython3 notranslate"><div class="highlight">
<pre><span></span>${jbCode}</pre></div></div></div><div class="cell_output docutils container"><div class="output stream highlight-myst-ansi notranslate">
<div class="highlight"><pre><span></span>${jbOut}</pre></div></div></div></div>
${ps(jbAfter)}</section>
<section id="why-the-spread"><h2><span class="section-number">6.2. </span>${jbH2}<a class="headerlink" href="#why-the-spread"
title="Link to this heading">#</a></h2>
${ps(jbSqrt)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${jbNote}</p></div></section>
<section id="exercises"><h2><span class="section-number">6.3. </span>${jbH3}<a class="headerlink" href="#exercises" title="Link to this heading">#</a></h2>
<ol class="arabic simple">${lis(jbEx)}</ol></section></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="deterministic.html" title="previous page">
<div class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title"><span class="section-number">5. </span>Deterministic
motion</p></div></a><a class="right-next" href="monte-carlo.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p>
<p class="prev-next-title"><span class="section-number">7. </span>Monte Carlo integration</p></div></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item">
<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> Contents</div>
<nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">${links(jbToc, 'toc-h2 nav-item toc-entry')}</ul></nav></div></div></div>
</div><footer class="bd-footer-content"><div class="bd-footer-content__inner container"><div class="footer-item"><p class="component-author">
By Dr. Noor Vallance and the Kestrel Bay University School of Physics</p></div>
<div class="footer-item"><p class="copyright">© Copyright 2025.</p></div>
<div class="footer-item"><div class="extra_footer"><p>Last updated on 14 January 2026.</p></div></div></div></footer></main></div></div>
<script src="../_static/scripts/bootstrap.js?digest=dfe6caa3a7d634c4db9b"></script><script src="../_static/scripts/sphinx-book-theme.js"></script>
</body></html>`;
export const jupyterBook: TestPage = {
  name: 'heldout441-jupyter-book-chapter-docs',
  kind: 'docs',
  html: jbHtml,
  title: jbTitle,
  headings: [jbH1, jbH2, jbH3],
  body: texts([...jbIntro, ...jbLine, ...jbAfter, ...jbSqrt, jbNote, ...jbEx]),
  bylines: ['By Dr. Noor Vallance and the Kestrel Bay University School of Physics', 'Last updated on 14 January 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', 'Search', 'Ctrl+K', 'Course notes', ...jbTree, ...jbHead, 'Lab link', jbMargin, 'previous',
    '5. Deterministic motion', 'next', '7. Monte Carlo integration', 'Contents', '© Copyright 2025.',
  ],
};
