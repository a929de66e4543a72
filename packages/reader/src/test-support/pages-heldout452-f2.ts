import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file f2: the "Site map" page of a Sphinx documentation site on the Furo theme (the mobile header,
 * the sidebar drawer with the brand, search box, version switcher and navigation tree, the theme toggle, "Back to top",
 * the page's sections of toctree links, the "Edit this page" link, the previous / next page links and the footer with
 * "Made with Sphinx and Furo").
 */
const mTitle = 'Site map';
const mIntro = j(
  'This page lists every page in the Brindle documentation, grouped the same way as the navigation sidebar. If you know roughly',
  'what you are looking for, the search box is usually quicker; if you want to see everything the guide covers, start here.',
  'Pages marked as experimental describe features that may still change between minor releases.',
);
const mSections: [string, string[]][] = [
  [
    'Getting started',
    ['Installing Brindle', 'Your first pipeline in ten minutes', 'Project layout explained', 'Upgrading from Brindle 2.x', 'Frequently asked questions'],
  ],
  [
    'User guide',
    [
      'Defining tasks and their inputs',
      'Passing data between tasks',
      'Retries, timeouts and failure handling',
      'Scheduling pipelines with cron expressions',
      'Running pipelines on a laptop',
      'Running pipelines on a shared cluster',
      'Secrets and environment variables',
      'Caching task results between runs',
      'Logging and structured events',
      'Testing pipelines with the local runner',
    ],
  ],
  [
    'How-to guides',
    [
      'Load a CSV file into a database table',
      'Fan out work over a list of files',
      'Send a message when a pipeline fails',
      'Backfill a month of missed runs',
      'Share a pipeline between two teams',
      'Pin task dependencies for reproducible runs',
      'Migrate a cron job to a Brindle pipeline',
    ],
  ],
  [
    'Reference',
    [
      'Command-line interface',
      'Configuration file options',
      'Python API: the pipeline module',
      'Python API: the task decorator',
      'Python API: runners and executors',
      'Built-in task library',
      'Environment variables recognised by Brindle',
      'Exit codes and error messages',
    ],
  ],
  [
    'Explanation',
    [
      'How the scheduler decides what to run',
      'Why tasks must be idempotent',
      'The design of the result cache',
      'Experimental: streaming tasks and back pressure',
    ],
  ],
  ['Project', ['Release notes', 'Contributing to Brindle', 'Code of conduct', 'Security policy', 'Governance and maintainers', 'Licence']],
];
const mHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><link rel="index" title="Index" href="genindex.html"><link rel="search" title="Search" href="search.html">
<link rel="next" title="Installing Brindle" href="getting-started/install.html"><link rel="prev" title="Glossary" href="glossary.html">
<meta name="generator" content="sphinx-7.4.7, furo 2024.08.06">
<title>Site map - Brindle 3.1 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=8f2a1f02"><link rel="stylesheet" type="text/css" href="_static/styles/furo.css?v=354aac6f">
<script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
</head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title></symbol>
<symbol id="svg-menu" viewBox="0 0 24 24"><title>Menu</title></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation">
<input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Hide navigation sidebar</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="page">
<header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation">
<div class="visually-hidden">Toggle site navigation sidebar</div>
</label></div><div class="header-center"><a href="index.html"><div class="brand">Brindle 3.1 documentation</div></a></div></header>
<aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="index.html">
<span class="sidebar-brand-text">Brindle 3.1 documentation</span></a>
<form class="sidebar-search-container" method="get" action="search.html" role="search"><input class="sidebar-search" placeholder="Search" name="q"
aria-label="Search"></form>
<div class="version-switcher"><label for="vs">Version</label><select id="vs"><option>3.1 (stable)</option><option>3.2 (dev)</option>
<option>2.x (legacy)</option></select></div>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
<ul><li class="toctree-l1"><a class="reference internal" href="getting-started/index.html">Getting started</a></li>
<li class="toctree-l1"><a class="reference internal" href="guide/index.html">User guide</a></li>
<li class="toctree-l1"><a class="reference internal" href="howto/index.html">How-to guides</a></li>
<li class="toctree-l1"><a class="reference internal" href="reference/index.html">Reference</a></li>
<li class="toctree-l1"><a class="reference internal" href="explanation/index.html">Explanation</a></li>
<li class="toctree-l1 current current-page"><a class="current reference internal" href="#">Site map</a></li></ul>
</div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container">
<a href="#" class="back-to-top muted-link"><span>Back to top</span></a>
<div class="content-icon-container"><div class="edit-this-page"><a class="muted-link" href="https://codeberg.example/brindle/brindle/edit/main/docs/sitemap.rst"
title="Edit this page"><span class="visually-hidden">Edit this page</span></a></div>
<div class="theme-toggle-container theme-toggle-content"><button class="theme-toggle"><div class="visually-hidden">Toggle Light / Dark / Auto color theme</div>
</button></div></div>
<article role="main" id="furo-main-content">
<section id="site-map"><h1>${mTitle}<a class="headerlink" href="#site-map" title="Link to this heading">¶</a></h1>
<p>${mIntro}</p>
${mSections
  .map(
    ([h, items]) => `<section id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}"><h2>${h}<a class="headerlink" href="#" title="Link to this heading">¶</a></h2>
<div class="toctree-wrapper compound"><ul>
${items.map((t) => `<li class="toctree-l1"><a class="reference internal" href="p/${t.length}.html">${t}</a></li>`).join('\n')}
</ul></div></section>`,
  )
  .join('\n')}
</section>
</article></div>
<footer><div class="related-pages"><a class="next-page" href="getting-started/install.html"><div class="page-info"><div class="context"><span>Next</span></div>
<div class="title">Installing Brindle</div></div></a>
<a class="prev-page" href="glossary.html">
<div class="page-info"><div class="context"><span>Previous</span></div><div class="title">Glossary</div></div></a></div>
<div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright © 2026, the Brindle maintainers</div>
Made with <a href="https://www.sphinx-doc.example/">Sphinx</a> and <a class="muted-link" href="https://pradyunsg.example">@pradyunsg</a>'s
<a href="https://github.example/pradyunsg/furo">Furo</a></div>
<div class="right-details"><div class="icons"><a class="muted-link" href="https://codeberg.example/brindle" aria-label="Codeberg">Source</a></div></div></div>
</footer></div>
<aside class="toc-drawer no-toc"></aside></div></div>
<script src="_static/documentation_options.js?v=8d563738"></script><script src="_static/doctools.js?v=9a2dae69"></script>
<script src="_static/scripts/furo.js?v=5fa4622c"></script>
</body></html>`;
export const furoSiteMap: TestPage = {
  name: 'heldout452-furo-sphinx-sitemap-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSections.map(([h]) => h),
  body: texts([mIntro, ...mSections.flatMap(([, items]) => items)]),
  bylines: [],
  furniture: [
    'Hide navigation sidebar',
    'Skip to content',
    'Toggle site navigation sidebar',
    'Brindle 3.1 documentation',
    'Version',
    '3.1 (stable)',
    '3.2 (dev)',
    '2.x (legacy)',
    'Back to top',
    'Edit this page',
    'Toggle Light / Dark / Auto color theme',
    'Next',
    'Previous',
    'Glossary',
    'Copyright © 2026, the Brindle maintainers',
    "Made with Sphinx and @pradyunsg's Furo",
    'Source',
  ],
};
