import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout441-kit.js';

/**
 * Held-out batch 441, file e2: Sphinx lecture notes in the Read the Docs theme: the side navigation with the project name,
 * version, search box and captioned toctree, the breadcrumbs with "View page source", headings with pilcrow permalinks, a
 * "note" and a "warning" admonition, a definition list, a math block, the previous / next buttons, the copyright and "Built
 * with Sphinx" line and the version flyout.
 */
const sxTitle = 'Lecture 7: Hash Tables';
const sxIntro = [
  `Lists let us find an element by position in constant time, but finding an element by value means scanning. A hash table gives
  us, on average, constant-time lookup by value. Today we build one from an array and a hash function, and look at what happens
  when two keys want the same slot.`,
];
const sxH1 = 'Hash functions';
const sxHash = [
  `A hash function maps a key to an integer. We then reduce that integer modulo the table size to pick a slot. A good hash function
  for our purposes is fast to compute and spreads typical keys evenly over the slots, so that no slot receives much more than its
  share.`,
  `For strings, a common choice combines the character codes one at a time, multiplying the running value by a small prime before
  adding the next code. Summing the codes alone is a poor hash: "listen" and "silent" would always land in the same slot, and so
  would every other pair of anagrams.`,
];
const sxTerms = ['load factor', 'The number of stored keys divided by the number of slots.', 'collision', 'Two different keys mapped to the same slot.'];
const sxH2 = 'Handling collisions';
const sxColl = [
  `Collisions are unavoidable once the table holds more than a handful of keys. There are two standard strategies, and the
  lab this week asks you to implement both.`,
];
const sxStrategies = [
  'Separate chaining: each slot holds a short list of every key that hashed there.',
  'Open addressing: on a collision, probe the following slots in a fixed order until an empty one is found.',
];
const sxNote = `Python's built-in dict uses open addressing with a perturbed probe sequence. You do not need to reproduce that for
the lab; linear probing is enough.`;
const sxH3 = 'Resizing';
const sxResize = [
  `As the load factor grows, chains get longer and probe sequences get slower. We therefore double the array when the load factor
  passes a threshold, commonly 0.75, and reinsert every key. A single resize costs time proportional to the number of keys, but
  because it happens rarely, the average cost per insertion stays constant.`,
];
const sxWarning = 'Never resize while iterating over the table. Every key may move to a new slot.';
const sxToc = ['Lecture 5: Linked Lists', 'Lecture 6: Stacks and Queues', 'Lecture 7: Hash Tables', 'Lecture 8: Binary Search Trees', 'Lab sheets'];
const sxHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><title>${sxTitle} &mdash; CS 1120 Data Structures 2025/26 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7"><script src="../_static/jquery.js?v=5d32c60e"></script>
<script src="../_static/documentation_options.js?v=5929fcd5"></script><script src="../_static/js/theme.js"></script>
<script async src="https://cdn.jsdelivr.example/npm/mathjax@3/es5/tex-mml-chtml.js"></script>
<link rel="index" title="Index" href="../genindex.html"><link rel="next" title="Lecture 8" href="lecture08.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">CS 1120 Data Structures</a><div class="version">2025/26</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><p class="caption" role="heading"><span
class="caption-text">Lectures</span></p><ul class="current">${links(sxToc.slice(0, 4), 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Practicals</span></p><ul>${links(sxToc.slice(4), 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="../index.html">CS 1120 Data Structures</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item active">${sxTitle}</li><li class="wy-breadcrumbs-aside"><a href="../_sources/lectures/lecture07.rst.txt"
rel="nofollow"> View page source</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="lecture-7-hash-tables"><h1>${sxTitle}<a class="headerlink" href="#lecture-7-hash-tables" title="Link to this heading">¶</a></h1>
<p class="rubric">Delivered 11 November 2025 by Dr. Casimir Ndlovu-Park</p>
${ps(sxIntro)}
<section id="hash-functions"><h2>${sxH1}<a class="headerlink" href="#hash-functions" title="Link to this heading">¶</a></h2>
${ps(sxHash)}
<dl class="simple"><dt>${sxTerms[0]}</dt><dd><p>${sxTerms[1]}</p></dd><dt>${sxTerms[2]}</dt><dd><p>${sxTerms[3]}</p></dd></dl>
<div class="math notranslate nohighlight">\\[\\text{slot}(k) = h(k) \\bmod m\\]</div></section>
<section id="handling-collisions"><h2>${sxH2}<a class="headerlink" href="#handling-collisions" title="Link to this heading">¶</a></h2>
${ps(sxColl)}
<ol class="arabic simple">${lis(sxStrategies)}</ol>
<div class="admonition note"><p class="admonition-title">Note</p><p>${sxNote}</p></div></section>
<section id="resizing"><h2>${sxH3}<a class="headerlink" href="#resizing" title="Link to this heading">¶</a></h2>
${ps(sxResize)}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${sxWarning}</p></div></section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="lecture06.html" class="btn btn-neutral float-left"
title="Lecture 6: Stacks and Queues" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="lecture08.html" class="btn btn-neutral float-right" title="Lecture 8: Binary Search Trees" accesskey="n" rel="next">Next <span
class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr>
<div role="contentinfo"><p>&#169; Copyright 2025, School of Computing, Wexmoor Polytechnic.</p></div>
Built with <a href="https://www.sphinx-doc.example/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by
<a href="https://readthedocs.example">Read the Docs</a>.</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: 2025-26 <span class="fa fa-caret-down"></span></span>
<div class="rst-other-versions"><dl><dt>Versions</dt><dd><a href="/en/2025-26/">2025-26</a></dd><dd><a href="/en/2024-25/">2024-25</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const sphinxNotes: TestPage = {
  name: 'heldout441-sphinx-rtd-lecture-docs',
  kind: 'docs',
  html: sxHtml,
  title: sxTitle,
  headings: [sxH1, sxH2, sxH3],
  body: texts([...sxIntro, ...sxHash, ...sxTerms, ...sxColl, ...sxStrategies, sxNote, ...sxResize, sxWarning]),
  bylines: ['Delivered 11 November 2025 by Dr. Casimir Ndlovu-Park'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CS 1120 Data Structures', '2025/26', 'Lectures', ...sxToc.filter((t) => t !== sxTitle), 'Practicals', 'View page source', 'Previous', 'Next',
    '© Copyright 2025, School of Computing, Wexmoor Polytechnic.', 'Built with Sphinx using a theme provided by Read the Docs.', 'v: 2025-26',
    'Versions', '2024-25',
  ],
};
