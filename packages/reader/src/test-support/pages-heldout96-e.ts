import { type TestPage, texts } from './page-kit.js';
import { reactPage } from './pages-heldout96-e2.js';

/**
 * Held-out batch 96, file e: a Python standard library documentation page built with Sphinx and python-docs-theme, for an
 * invented module (the mobile nav with its quick search and the menu that repeats the sidebar, the "related" navigation bar
 * with index / modules / next / previous and the breadcrumb, the theme selector, the sphinxsidebar with the local table of
 * contents, previous and next topic and "This page", headerlink pilcrows, the "Source code:" line, function signatures, a
 * version note, note and see-also admonitions, doctest blocks, the bottom related bar and the PSF footer) and, from file e2,
 * a react.dev "Learn" page.
 */
const pyTitle = 'runlength — Run-length encoding of sequences';
const pyIntro = [
  '<strong>Source code:</strong> <a class="extlink-source reference external" href="https://github.example/python/cpython/tree/3.14/Lib/runlength.py">' +
    'Lib/runlength.py</a>',
];
const pyP1 = [
  'This module provides functions for run-length encoding, which stores a sequence as a series of runs: each distinct value ' +
    'together with the number of times it repeats in a row. Run-length encoding is useful for data with long stretches of ' +
    'repeated values, such as simple bitmap images, sensor readings that rarely change, or the output of sorting.',
  'The functions in this module work with any iterable, not only strings, and they return iterators so that very long inputs ' +
    'can be processed without being loaded into memory.',
  'Encoded data is made of plain tuples of a value and an integer, so it can be stored with the usual serialization modules ' +
    'and compared with the ordinary equality operators. Decoding an encoded sequence always gives back an equal sequence.',
];
const pyAdded = 'Added in version 3.14.';
const pyNote =
  'Run-length encoding only saves space when runs are long. For data where values rarely repeat, the encoded form can be ' +
  'larger than the original, since every item becomes a pair.';
const exc = (n: string): string =>
  `<a class="reference internal" href="exceptions.html#${n}"
title="${n}"><code class="xref py py-exc docutils literal notranslate"><span class="pre">${n}</span></code></a>`;
const lit = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
/** [name, params html, description paragraphs] */
const pyFuncs: [string, string, string[]][] = [
  [
    'encode',
    'iterable, *, key=None',
    [
      `Return an iterator of ${lit('(value,')} ${lit('count)')} pairs describing the runs in <em>iterable</em>. Consecutive items ` +
        `belong to the same run when they compare equal, or, if <em>key</em> is given, when ${lit('key(item)')} compares equal. ` +
        'The value in each pair is the first item of its run.',
      'An empty iterable produces an empty iterator. The counts are always positive integers.',
    ],
  ],
  [
    'decode',
    'pairs',
    [
      `Return an iterator that expands ${lit('(value,')} ${lit('count)')} pairs back into the original sequence of items. A count ` +
        `of zero is allowed and produces nothing; a negative count raises ${exc('ValueError')}.`,
    ],
  ],
  [
    'longest',
    'iterable, *, key=None',
    [
      `Return the longest run in <em>iterable</em> as a ${lit('(value,')} ${lit('count)')} pair. If several runs have the same ` +
        `length, the first one is returned. Raises ${exc('ValueError')} if <em>iterable</em> is empty.`,
    ],
  ],
];
const pyEx = [
  'Encoding a string of characters:',
  'Decoding reverses the operation:',
  'Using <em>key</em> to ignore the difference between upper and lower case:',
];
const pyCode = [
  `>>> from runlength import encode
>>> list(encode('aaabccdddd'))
[('a', 3), ('b', 1), ('c', 2), ('d', 4)]`,
  `>>> from runlength import decode
>>> ''.join(decode([('x', 2), ('y', 3)]))
'xxyyy'`,
  `>>> list(encode('aAAbB', key=str.lower))
[('a', 3), ('b', 2)]`,
];
const pySeeAlso =
  'The <code class="xref py py-func docutils literal notranslate"><span class="pre">groupby()</span></code> function, which groups ' +
  'consecutive items and can be used to build custom encoders.';
const hl = (id: string, what = 'heading'): string => `<a class="headerlink" href="#${id}" title="Link to this ${what}">¶</a>`;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const doctest = (code: string): string =>
  `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${esc(code)}\n</pre></div>\n</div>`;
const sig = ([name, params]: [string, string, string[]]): string => `<dt class="sig sig-object py" id="runlength.${name}">
<span class="sig-prename descclassname"><span class="pre">runlength.</span></span><span class="sig-name descname"><span class="pre">${name}</span></span><span
class="sig-paren">(</span>${params
  .split(', ')
  .map((p) => `<em class="sig-param"><span class="n"><span class="pre">${p}</span></span></em>`)
  .join(', ')}<span class="sig-paren">)</span>${hl(`runlength.${name}`, 'definition')}<br></dt>`;
const prevNext = `<div><h4>Previous topic</h4><p class="topless"><a href="bisect.html" title="previous chapter"><code class="xref py py-mod docutils
literal notranslate"><span class="pre">bisect</span></code> — Array bisection algorithm</a></p></div><div><h4>Next topic</h4><p class="topless"><a
href="array.html" title="next chapter"><code class="xref py py-mod docutils literal notranslate"><span class="pre">array</span></code> — Efficient arrays of
numeric values</a></p></div>`;
const sidebarBody = `<div><h3><a href="../contents.html">Table of Contents</a></h3><ul><li><a class="reference internal" href="#"><code class="xref py py-mod
docutils literal notranslate"><span class="pre">runlength</span></code> — Run-length encoding of sequences</a><ul><li><a class="reference internal"
href="#functions">Functions</a></li><li><a class="reference internal" href="#examples">Examples</a></li></ul></li></ul></div>
${prevNext}<div role="note" aria-label="source link"><h3>This page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li><li><a
href="https://github.example/python/cpython/blob/main/Doc/library/runlength.rst" rel="nofollow">Show source</a></li></ul></div>`;
const theme = `<label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto"
selected>Auto</option>
<option value="light">Light</option><option value="dark">Dark</option></select></label>`;
const related = (where: string): string => `<div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">modules</a> |</li>
<li class="right"><a href="array.html" title="array — Efficient arrays of numeric values" accesskey="N">next</a> |</li>
<li class="right"><a href="bisect.html" title="bisect — Array bisection algorithm" accesskey="P">previous</a> |</li>
<li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li><li><a href="https://www.python.example/">Python</a>
»</li>
<li class="switchers"><div class="language_switcher_placeholder"></div><div class="version_switcher_placeholder"></div></li><li></li>
<li id="cpython-language-and-version"><a href="../index.html">3.14.0 Documentation</a> »</li>
<li class="nav-item nav-item-1"><a href="index.html">The Python Standard Library</a> »</li>
<li class="nav-item nav-item-2"><a href="datatypes.html" accesskey="U">Data Types</a> »</li>
<li class="nav-item nav-item-this"><a href=""><code class="xref py py-mod docutils literal notranslate"><span class="pre">runlength</span></code> — Run-length
encoding
of sequences</a></li>${
  where === 'top'
    ? `<li class="right"><div class="inline-search" role="search"><form class="inline-search" action="../search.html" method="get"><input placeholder="Quick
search"
aria-label="Quick search" type="search" name="q" id="search-box"><input type="submit" value="Go"></form></div> |</li><li class="right">${theme} |</li>`
    : ''
}</ul></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${pyTitle}"><meta property="og:type" content="website"><meta property="og:url"
content="https://docs.python.example/3/library/runlength.html">
<meta property="og:site_name" content="Python documentation"><meta property="og:description" content="Source code: Lib/runlength.py This module provides
functions
for run-length encoding.."><title>${pyTitle} — Python 3.14.0 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3"><link rel="stylesheet" type="text/css"
href="../_static/classic.css?v=234b1a7c">
<link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=4b8ab4e2"><script src="../_static/documentation_options.js?v=5d57ca2d"></script>
<script src="../_static/doctools.js?v=9bcbadda"></script><script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="array — Efficient arrays of numeric values" href="array.html"><link rel="prev" title="bisect — Array bisection algorithm"
href="bisect.html">
<link rel="canonical" href="https://docs.python.example/3/library/runlength.html"><style>@media only screen { table.full-width-table { width: 100%; } }</style>
<link rel="stylesheet" href="../_static/pydoctheme_dark.css" media="(prefers-color-scheme: dark)" id="pydoctheme_dark_css">
<script type="text/javascript" src="../_static/copybutton.js"></script><script type="text/javascript" src="../_static/menu.js"></script>
<script type="text/javascript" src="../_static/search-focus.js"></script><script type="text/javascript" src="../_static/themetoggle.js"></script>
<meta name="readthedocs-addons-api-version" content="1"></head>
<body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false"
role="button" aria-label="Menu"><nav class="nav-content" role="navigation"><label for="menuToggler" class="toggler__label"><span></span></label>
<span class="nav-items-wrapper"><a href="https://www.python.example/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"></a><span
class="version_switcher_placeholder"></span><form role="search" class="search" action="../search.html" method="get"><svg xmlns="http://www.w3.org/2000/svg"
width="20" height="20" viewBox="0 0 24 24" class="search-icon"><path fill-rule="nonzero" fill="currentColor" d="M15.5 14h-.79l-.28-.27a6.5 6.5 0 0 0
1.48-5.34"></path></svg><input placeholder="Quick search" aria-label="Quick search" type="search" name="q"><input type="submit" value="Go"></form></span></nav>
<div class="menu-wrapper"><nav class="menu" role="navigation" aria-label="main navigation"><div class="language_switcher_placeholder"></div>
${theme}
${sidebarBody}</nav></div></div>
${related('top')}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-runlength"><span id="runlength-run-length-encoding-of-sequences"></span><h1><code class="xref py py-mod docutils literal notranslate"><span
class="pre">runlength</span></code> — Run-length encoding of sequences${hl('module-runlength')}</h1>
<p>${pyIntro[0]}</p>
<hr class="docutils">
${pyP1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="versionadded"><p><span class="versionmodified added">${pyAdded}</span></p></div>
<div class="admonition note"><p class="admonition-title">Note</p><p>${pyNote}</p></div>
<section id="functions"><h2>Functions${hl('functions')}</h2>
${pyFuncs.map((f) => `<dl class="py function">\n${sig(f)}\n<dd>${f[2].map((t) => `<p>${t}</p>`).join('\n')}</dd></dl>`).join('\n')}
</section>
<section id="examples"><h2>Examples${hl('examples')}</h2>
${pyEx.map((t, i) => `<p>${t}</p>\n${doctest(pyCode[i]!)}`).join('\n')}
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>Module <a class="reference internal"
href="itertools.html#module-itertools"
title="itertools: Functions creating iterators for efficient
looping."><code class="xref py py-mod docutils literal notranslate"><span class="pre">itertools</span>
</code></a></dt><dd><p>${pySeeAlso}</p></dd></dl></div>
</section></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper">${sidebarBody}</div><div id="sidebarbutton" title="Collapse
sidebar">
<span>«</span></div></div><div class="clearer"></div></div>
${related('bottom')}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001-2025, Python Software Foundation.<br>
This page is licensed under the Python Software Foundation License Version 2.<br>
Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.<br>
See <a href="/license.html">History and License</a> for more information.<br><br>
The Python Software Foundation is a non-profit corporation. <a href="https://www.python.example/psf/donations/">Please donate.</a><br><br>
Last updated on Oct 20, 2025 (14:02 UTC). <a href="/bugs.html">Found a bug</a>?<br>
Created using <a href="https://www.sphinx-doc.example/">Sphinx</a> 8.2.3.</div>
<script type="text/javascript" src="../_static/switchers.js"></script></body></html>`;
const pydocs: TestPage = {
  html,
  name: 'heldout96-python-stdlib-docs',
  kind: 'docs',
  // the "Source code:" line, the version note, the note and see-also texts and the function descriptions are body; the
  // signatures, doctest blocks, admonition titles ("Note", "See also") and the see-also entry's "Module itertools" are in
  // neither list; the sidebar table of contents repeats the title and headings and is left out
  title: pyTitle,
  headings: ['Functions', 'Examples'],
  body: [...texts(pyIntro), ...texts(pyP1), pyAdded, pyNote, ...texts(pyFuncs.flatMap(([, , d]) => d)), ...texts(pyEx), ...texts([pySeeAlso])],
  bylines: ['Last updated on Oct 20, 2025 (14:02 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Theme', 'Auto', 'Light', 'Dark', 'Table of Contents', 'Previous topic', 'bisect — Array bisection algorithm', 'Next topic',
    'array — Efficient arrays of numeric values', 'This page', 'Report a bug', 'Show source', 'Navigation', 'index', 'modules', 'next', 'previous', 'Python',
    '3.14.0 Documentation', 'The Python Standard Library', 'Data Types', '¶', '«', '© Copyright 2001-2025, Python Software Foundation.',
    'This page is licensed under the Python Software Foundation License Version 2.',
    'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
    'See History and License for more information.', 'The Python Software Foundation is a non-profit corporation.', 'Please donate.', 'Found a bug',
    'Created using Sphinx 8.2.3.',
  ],
};

export const HELDOUT96_E: readonly TestPage[] = [pydocs, reactPage];
