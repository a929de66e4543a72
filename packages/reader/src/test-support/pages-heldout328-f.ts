import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file f: a data-science course's lesson page built with Jupyter Book (sphinx-book-theme: header buttons,
 * primary sidebar, launch and download menus, code cells with outputs, admonitions, the secondary "Contents" list and the
 * previous / next area), and a newspaper's weekly puzzle column with the solution behind a spoiler toggle.
 */
const jTitle = 'Lesson 5: Correlation is not a slope';
const jP0 = [
  j(
    'Students often read a correlation coefficient as if it told them how much one variable changes when the other does.',
    'It does not. In this lesson we separate the two ideas using the Fenwick allotments data from Lesson 3.',
  ),
];
const jH1 = 'Two data sets, one correlation';
const jP1 = [
  j(
    'The cell below builds two small data sets with exactly the same correlation, 0.8, but slopes that differ by a factor of',
    'ten. The only difference between them is the spread of the response variable.',
  ),
  j(
    'The correlation is unit-free and symmetric: it does not change if you swap the variables or measure yield in grams',
    'instead of kilograms. The slope has units and changes with both of those decisions.',
  ),
];
const jH2 = 'The link between them';
const jP2 = [
  j(
    'The least-squares slope equals the correlation multiplied by the ratio of the standard deviations of the response and',
    'the predictor. When the two standard deviations are equal, slope and correlation coincide; otherwise they can be very',
    'different.',
  ),
];
const jList = [
  'A strong correlation with a tiny slope: the effect is consistent but small.',
  'A weak correlation with a large slope: the effect is big on average but noisy.',
  'A correlation near zero: there may still be a strong non-linear relationship.',
];
const jH3 = 'Exercises';
const jEx = [
  'Compute the slope of yield on rainfall for the allotments data and check it against the formula above.',
  'Rescale rainfall to centimetres. Which of the two numbers changes, and by how much?',
];
const jNav = [
  'Welcome',
  'Lesson 1: Looking at data',
  'Lesson 2: Summaries',
  'Lesson 3: Scatter plots',
  'Lesson 4: Correlation',
  'Lesson 5: Correlation is not a slope',
];
const jHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${jTitle} — Data Thinking for Everyone</title><script
data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";</script>
<link href="../_static/styles/theme.css?digest=dfe6caa3a7d634c4db9b" rel="stylesheet"><link rel="stylesheet" href="../_static/styles/sphinx-book-theme.css">
<script src="../_static/documentation_options.js?v=9eb32ce0"></script><script>DOCUMENTATION_OPTIONS.pagename = 'lessons/05-correlation-slope';</script>
<script>const THEBE_JS_URL = "https://unpkg.example/thebe@0.8.2/lib/index.js";</script>
<script async src="https://cdn.jsdelivr.example/npm/mathjax@3/es5/tex-mml-chtml.js"></script><meta name="docsearch:language" content="en"></head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Skip to main content</a></div>
<div id="pst-scroll-pixel-helper"></div><button type="button" class="btn rounded-pill" id="pst-back-to-top">Back to top</button>
<div class="bd-header-announcement container-fluid" id="banner">Term 2 lessons are now live. Office hours move to Wednesdays from 4 March.</div>
<div class="bd-container"><div class="bd-container__inner bd-page-width"><div class="bd-sidebar-primary bd-sidebar"><div class="sidebar-header-items
sidebar-primary__section"></div>
<div class="sidebar-primary-items__start sidebar-primary__section"><div class="sidebar-primary-item"><a class="navbar-brand logo" href="../intro.html">
<p class="title logo__title">Data Thinking for Everyone</p></a></div>
<div class="sidebar-primary-item"><form class="bd-search d-flex align-items-center" action="../search.html" method="get"><input type="search"
class="form-control"
name="q" placeholder="Search this book..." aria-label="Search this book..."></form></div>
<div class="sidebar-primary-item"><nav class="bd-links bd-docs-nav" aria-label="Main"><div class="bd-toc-item navbar-nav active"><ul class="nav bd-sidenav">
${links(jNav, 'toctree-l1')}</ul></div></nav></div></div>
<div class="sidebar-primary-items__end sidebar-primary__section"><p class="powered-by">By the Fenwick College Data Unit</p></div></div>
<main id="main-content" class="bd-main" role="main"><div class="sbt-scroll-pixel-helper"></div><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner"><div class="header-article-items__end">
<div class="header-article-item"><div class="dropdown dropdown-launch-buttons"><button class="btn dropdown-toggle" aria-label="Launch interactive
content">Launch</button>
<ul class="dropdown-menu"><li><a href="https://mybinder.example/v2/gh/fenwick/data-thinking/main" class="btn btn-sm dropdown-item"><span
class="btn__text-container">Binder</span></a></li>
<li><a href="https://colab.example/github/fenwick/data-thinking" class="btn btn-sm dropdown-item"><span
class="btn__text-container">Colab</span></a></li></ul></div></div>
<div class="header-article-item"><div class="dropdown dropdown-download-buttons"><button class="btn dropdown-toggle" aria-label="Download this
page">Download</button>
<ul class="dropdown-menu"><li><a href="../_sources/lessons/05-correlation-slope.ipynb" class="btn btn-sm dropdown-item"><span
class="btn__text-container">.ipynb</span></a></li>
<li><button onclick="window.print()" class="btn btn-sm dropdown-item"><span class="btn__text-container">.pdf</span></button></li></ul></div></div>
<div class="header-article-item"><button class="btn btn-sm btn-fullscreen-button" title="Fullscreen mode"></button></div></div></div></div>
<div id="jb-print-docs-body" class="onlyprint"><h1>${jTitle}</h1></div>
<div id="searchbox"></div><article class="bd-article"><section class="tex2jax_ignore mathjax_ignore" id="lesson-5-correlation-is-not-a-slope">
<h1>${jTitle}<a class="headerlink" href="#lesson-5-correlation-is-not-a-slope" title="Link to this heading">#</a></h1>
${ps(jP0)}
<div class="admonition note"><p
class="admonition-title">Note</p><p>This lesson takes about 40 minutes. Run it on Binder if you have not installed Python.</p></div>
<section id="two-data-sets-one-correlation"><h2>${jH1}<a class="headerlink" href="#two-data-sets-one-correlation" title="Link to this heading">#</a></h2>
${ps(jP1.slice(0, 1))}
<div class="cell docutils container"><div class="cell_input docutils container"><div class="highlight-ipython3 notranslate"><div
class="highlight"><pre><span></span><span
class="n">a</span><span class="o">,</span> <span class="n">b</span> <span class="o">=</span> <span class="n">make_pair</span><span class="p">(</span><span
class="n">r</span><span class="o">=</span><span class="mf">0.8</span><span class="p">)</span>
<span class="n">slope</span><span class="p">(</span><span class="n">a</span><span class="p">),</span> <span class="n">slope</span><span class="p">(</span><span
class="n">b</span><span class="p">)</span></pre></div></div></div>
<div class="cell_output docutils container"><div class="output text_plain highlight-myst-ansi notranslate"><div
class="highlight"><pre><span></span>(0.41, 4.08)</pre></div></div></div></div>
${ps(jP1.slice(1))}
</section><section id="the-link-between-them"><h2>${jH2}<a class="headerlink" href="#the-link-between-them" title="Link to this heading">#</a></h2>
${ps(jP2)}
<ul class="simple">${jList.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ul>
<figure class="align-default" id="fig-two-clouds"><img alt="Two scatter plots" src="../_images/two-clouds.png">
<figcaption><p><span class="caption-number">Fig. 5.1 </span><span class="caption-text">Same correlation, different slopes.</span></p></figcaption></figure>
</section><section id="exercises"><h2>${jH3}<a class="headerlink" href="#exercises" title="Link to this heading">#</a></h2>
<ol class="arabic simple">${jEx.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ol></section></section></article>
<footer class="prev-next-footer d-print-none"><div class="prev-next-area"><a class="left-prev" href="04-correlation.html" title="previous page"><div
class="prev-next-info"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">Lesson 4: Correlation</p></div></a>
<a class="right-next" href="06-regression.html" title="next page"><div class="prev-next-info"><p class="prev-next-subtitle">next</p><p
class="prev-next-title">Lesson 6:
Fitting a line</p></div></a></div></footer></div>
<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner"><div class="sidebar-secondary-item"><div
class="page-toc tocsection
onthispage"><i class="fa-solid fa-list"></i> Contents</div><nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#two-data-sets-one-correlation">${jH1}</a></li>
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#the-link-between-them">${jH2}</a></li>
<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#exercises">${jH3}</a></li></ul></nav></div></div></div></div>
<footer class="bd-footer-content"><div class="bd-footer-content__inner container"><div class="footer-item"><p class="component-author">By Ines Marwood and Kofi
Tandoh</p></div><div class="footer-item"><p class="copyright">© Copyright 2026, Fenwick College.</p></div><div class="footer-item"><p
class="last-updated">Last updated
on 27 Feb 2026.</p></div></div></footer></main></div></div>
<script src="../_static/scripts/bootstrap.js?digest=dfe6caa3a7d634c4db9b"></script><script
src="../_static/scripts/pydata-sphinx-theme.js"></script></body></html>`;
const jupyterBook: TestPage = {
  name: 'heldout328-jupyter-book-lesson-docs',
  kind: 'docs',
  html: jHtml,
  title: jTitle,
  headings: [jH1, jH2, jH3],
  body: texts([...jP0, ...jP1, ...jP2, ...jList, ...jEx]),
  bylines: ['By Ines Marwood and Kofi Tandoh', 'Last updated on 27 Feb 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Back to top', 'Term 2 lessons are now live. Office hours move to Wednesdays from 4 March.', 'Data Thinking for Everyone',
    ...jNav.slice(0, 5), 'By the Fenwick College Data Unit', 'Launch', 'Binder', 'Colab', 'Download', '.ipynb', '.pdf',
    'This lesson takes about 40 minutes. Run it on Binder if you have not installed Python.', 'Fig. 5.1', 'Same correlation, different slopes.',
    'previous', 'Lesson 6: Fitting a line', 'Contents', '© Copyright 2026, Fenwick College.',
  ],
};

const pTitle = 'The puzzle: the three ferrymen of Castle Ord';
const pP0 = [
  j(
    'This week’s puzzle comes from a reader in Dunmarrow, who says it kept her family arguing through a long Sunday lunch.',
    'As always, the solution is hidden below. Try it before you look.',
  ),
];
const pH1 = 'The problem';
const pP1 = [
  j(
    'Three ferrymen work the crossing to Castle Ord. The first boat takes 12 minutes for a round trip, the second 18 minutes',
    'and the third 30 minutes. All three leave the jetty together at 7am, and each sets off again as soon as it returns.',
  ),
  'When is the next time that all three boats leave the jetty together, and how many crossings will the three ferrymen have made between them by then?',
];
const pH2 = 'Solution';
const pP2 = [
  j(
    'The boats are together again after a whole number of round trips for each, so the waiting time is the least common',
    'multiple of 12, 18 and 30. Factorising gives 12 = 2² × 3, 18 = 2 × 3² and 30 = 2 × 3 × 5, so the least common multiple',
    'is 2² × 3² × 5 = 180 minutes. The three boats leave together again at 10am.',
  ),
  j(
    'In those three hours the first boat makes 15 round trips, the second 10 and the third 6, which is 31 round trips or 62',
    'one-way crossings. Several readers answered 31, counting each round trip as a crossing, and we have accepted both.',
  ),
];
const pH3 = 'Last week’s winners';
const pP3 = ['Correct answers to the sundial puzzle came from 214 readers. The prize draw was won by Hamish Colter of Bray Ferris.'];
const pNav = ['News', 'Sport', 'Opinion', 'Culture', 'Lifestyle', 'Puzzles'];
const pPuzz = ['Crossword', 'Sudoku', 'Codeword', 'The puzzle'];
const pMore = ['The puzzle: a sundial that runs backwards', 'The puzzle: how many handshakes at the harbour ball?', 'The puzzle: the missing chess square'];
const pFoot = ['About us', 'Contact us', 'Complaints', 'Terms and conditions', 'Privacy'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${pTitle} | The Northern Ledger</title>
<meta property="og:type" content="article"><meta name="article:section" content="Puzzles"><meta name="author" content="Callum Rees-Ayodele">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-07T06:00:00Z",
"author":[{"@type":"Person","name":"Callum Rees-Ayodele"}],"isAccessibleForFree":true}</script>
<script>window.__ledgerAds = {slots:["top","mpu"], section:"puzzles"};</script></head>
<body class="ledger article-page"><div class="ad-slot ad-slot--top"><span class="ad-slot__label">Advertisement</span><div id="dfp-ad-top"></div></div>
<header class="masthead"><a class="masthead__logo" href="/">The Northern Ledger</a><a class="masthead__subscribe" href="/subscribe">Subscribe from £1</a>
<nav class="masthead__nav"><ul>${links(pNav, 'masthead__nav-item')}</ul></nav>
<nav class="subnav"><ul>${links(pPuzz, 'subnav__item')}</ul></nav></header>
<main id="maincontent"><article class="article article--puzzle"><header class="article__header"><p class="article__kicker"><a href="/puzzles">Puzzles</a></p>
<h1 class="article__headline">${pTitle}</h1><p class="article__standfirst">Three boats, three timetables and one busy jetty</p>
<div class="article__byline"><span class="byline__name">Callum Rees-Ayodele</span> <time class="byline__date"
datetime="2026-03-07T06:00:00Z">Sat 7 Mar 2026 06.00 GMT</time></div>
<ul class="share-bar" aria-label="Share this
article"><li><button>Share on Facebook</button></li><li><button>Share on WhatsApp</button></li><li><button>Copy link</button></li></ul></header>
<div class="article__body">
${ps(pP0)}
<h2>${pH1}</h2>
${ps(pP1)}
<figure class="article__figure"><img src="/img/puzzles/ferry.jpg" alt="A small ferry at a jetty"><figcaption>The ferry jetty below Castle Ord.
Illustration: Wren Halsey</figcaption></figure>
<aside class="inline-promo"><p>Read more: <a href="/puzzles/sundial">The puzzle: a sundial that runs backwards</a></p></aside>
<details class="spoiler"><summary class="spoiler__toggle">Show the solution</summary><div class="spoiler__content">
<h2>${pH2}</h2>
${ps(pP2)}
</div></details>
<h2>${pH3}</h2>
${ps(pP3)}
<p class="article__send"><em>Send your answers and your own puzzles to puzzles@northernledger.example.</em></p></div>
<div class="newsletter-signup"><h3>The Ledger Puzzle Hour</h3><p>A fresh puzzle in your inbox every Saturday morning.</p><input
type="email"><button>Sign up</button></div>
<section class="more-on-this"><h2>More puzzles</h2><ul>${links(pMore)}</ul></section>
<section class="comments" id="comments"><h2>Comments (3)</h2><p class="comments__closed">Comments on this puzzle are closed.</p></section></article>
<aside class="sidebar"><div class="ad-slot ad-slot--mpu"><span class="ad-slot__label">Advertisement</span></div></aside></main>
<footer class="site-footer"><ul>${links(pFoot)}</ul><p>© 2026 Northern Ledger Media Ltd. Registered in Scotland.</p></footer>
<div class="cmp-banner" role="dialog"><p>We and our partners use cookies to personalise content and measure audiences.</p><button>I accept</button>
<button>Manage preferences</button></div></body></html>`;
const puzzle: TestPage = {
  name: 'heldout328-newspaper-puzzle-column-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: texts([...pP0, ...pP1, ...pP2, ...pP3]),
  bylines: ['Callum Rees-Ayodele', 'Sat 7 Mar 2026 06.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'The Northern Ledger', 'Subscribe from £1', ...pNav, ...pPuzz, 'Three boats, three timetables and one busy jetty', 'Share on Facebook',
    'Share on WhatsApp', 'Copy link', 'The ferry jetty below Castle Ord. Illustration: Wren Halsey', 'Read more:', 'Show the solution',
    'Send your answers and your own puzzles to puzzles@northernledger.example.', 'The Ledger Puzzle Hour',
    'A fresh puzzle in your inbox every Saturday morning.',
    'Sign up', 'More puzzles', ...pMore, 'Comments (3)', 'Comments on this puzzle are closed.', ...pFoot,
    '© 2026 Northern Ledger Media Ltd. Registered in Scotland.',
    'We and our partners use cookies to personalise content and measure audiences.', 'I accept', 'Manage preferences',
  ],
};

export const HELDOUT328_F: readonly TestPage[] = [jupyterBook, puzzle];
