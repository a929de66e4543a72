import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file d2: a Python standard library module page as Sphinx with python-docs-theme saves it (the mobile
 * nav with the theme selector, the "Navigation" related bars with index / modules / next / previous and the breadcrumb
 * trail with the version switcher and quick search, the module title with "¶" permalinks, the "Source code:" line, function
 * descriptions in py-function definition lists with signatures, version notes, a doctest example, the sidebar with
 * "Table of Contents", "Previous topic", "Next topic", "This page", "Report a bug" and "Show source", and the footer
 * with copyright, licence, last-updated and Sphinx lines).
 */
const pyTitle = 'spans — Parsing and formatting time spans';
const pyP1 = [
  'This module converts between human-readable durations such as <code class="docutils literal notranslate"><span class="pre">"1h30m"</span></code> ' +
    'and <a class="reference internal" href="datetime.html#datetime.timedelta" title="datetime.timedelta"><code class="xref py py-class docutils literal ' +
    'notranslate"><span class="pre">timedelta</span></code></a> objects. It is intended for configuration files and command-line options, where ' +
    'writing a number of seconds is error-prone.',

  'The accepted syntax is a sequence of integers, each followed by a unit: <code class="docutils literal notranslate"><span class="pre">d</span></code> ' +
    '(days), <code class="docutils literal notranslate"><span class="pre">h</span></code> (hours), <code class="docutils literal notranslate">' +
    '<span class="pre">m</span></code> (minutes) and <code class="docutils literal notranslate"><span class="pre">s</span></code> (seconds). Units must ' +
    'appear in that order and at most once each. White space between parts is ignored.',
  'The module deliberately supports a small, fixed grammar. It does not try to understand English phrases such as "an hour and a ' +
    'half", ISO 8601 durations or localized unit names. Programs that need those should parse them with a dedicated library and ' +
    'convert the result to a <code class="xref py py-class docutils literal notranslate"><span class="pre">timedelta</span></code>.',
];
const pyH1 = 'Functions';
const pyF = [
  {
    id: 'spans.parse',
    sig:
      '<span class="sig-prename descclassname"><span class="pre">spans.</span></span><span class="sig-name descname"><span class="pre">parse</span></span>' +
      '<span class="sig-paren">(</span><em class="sig-param"><span class="n"><span class="pre">text</span></span></em><span class="sig-paren">)</span>',
    ps: [
      'Return a <code class="xref py py-class docutils literal notranslate"><span class="pre">timedelta</span></code> for the duration written in ' +
        '<em>text</em>. Raise <a class="reference internal" href="exceptions.html#ValueError"><code class="xref py py-exc docutils literal notranslate">' +
        '<span class="pre">ValueError</span></code></a> if <em>text</em> is empty, uses an unknown unit or repeats a unit.',
      'A bare integer with no unit is rejected rather than guessed, because different programs disagree about whether it means seconds ' + 'or minutes.',
    ],
  },
  {
    id: 'spans.format',
    sig:
      '<span class="sig-prename descclassname"><span class="pre">spans.</span></span><span class="sig-name descname"><span class="pre">format</span></span>' +
      '<span class="sig-paren">(</span><em class="sig-param"><span class="n"><span class="pre">delta</span></span></em>, <em class="sig-param">' +
      '<span class="o"><span class="pre">*</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">largest</span></span>' +
      '<span class="o"><span class="pre">=</span></span><span class="default_value"><span class="pre">\'d\'</span></span></em><span class="sig-paren">)</span>',
    ps: [
      'Return the shortest string that <a class="reference internal" href="#spans.parse"><code class="xref py py-func docutils literal notranslate">' +
        '<span class="pre">parse()</span></code></a> would turn back into <em>delta</em>. Parts that are zero are left out.',
      'If <em>largest</em> is given, no unit larger than it is used, so that <code class="docutils literal notranslate"><span class="pre">' +
        'format(timedelta(days=2),</span> <span class="pre">largest="h")</span></code> returns <code class="docutils literal notranslate">' +
        '<span class="pre">"48h"</span></code>. Fractions of a second are rounded to the nearest whole second.',
    ],
  },
];
const pyAdded = 'Added in version 3.15.';
const pyH2 = 'Examples';
const pyP2 = ['Parsing a timeout from a configuration value and printing it back:'];
const pyCode = `>>> import spans
>>> spans.parse("1h 30m")
datetime.timedelta(seconds=5400)
>>> spans.format(spans.parse("90m"))
'1h30m'`;
const pyP3 = [
  'The module does not handle months or years, whose length depends on the calendar. Use <a class="reference internal" href="datetime.html#module-datetime">' +
    '<code class="xref py py-mod docutils literal notranslate"><span class="pre">datetime</span></code></a> arithmetic for those.',
  'Round-tripping is exact for whole seconds: for any non-negative <em>delta</em> without fractional seconds, ' +
    '<code class="docutils literal notranslate"><span class="pre">parse(format(delta))</span></code> returns an equal object. Negative ' +
    'durations are not supported by either function and raise <code class="xref py py-exc docutils literal notranslate"><span ' +
    'class="pre">ValueError</span></code>.',
  'Because the unit letters are lower case only, strings such as <code class="docutils literal notranslate"><span class="pre">"1H"</span>' +
    '</code> are rejected. This is deliberate: it avoids confusing <code class="docutils literal notranslate"><span class="pre">M</span>' +
    '</code>, which some tools use for months, with minutes.',
];
const pyRelated = (): string => `<div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">modules</a> |</li>
<li class="right"><a href="unicodedata.html" title="unicodedata — Unicode Database" accesskey="N">next</a> |</li>
<li class="right"><a href="textwrap.html" title="textwrap — Text wrapping and filling" accesskey="P">previous</a> |</li>
<li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li><li><a
href="https://www.python.example/">Python</a> »</li>
<li class="switchers"><div class="language_switcher_placeholder"></div><div class="version_switcher_placeholder"></div></li>
<li id="cpython-language-and-version"><a href="../index.html">3.15.0a1 Documentation</a> »</li>
<li class="nav-item nav-item-1"><a href="index.html" accesskey="U">The Python Standard Library</a> »</li>
<li class="nav-item nav-item-2"><a href="text.html">Text Processing Services</a> »</li>
<li class="nav-item nav-item-this"><a href=""><code class="xref py py-mod docutils literal notranslate"><span class="pre">spans</span></code> —
Parsing and formatting
time spans</a></li><li class="right"><div class="inline-search" role="search"><form class="inline-search" action="../search.html" method="get">
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q" id="search-box"><input type="submit" value="Go"></form></div>
|</li>
<li class="right"><label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto"
selected>Auto</option>
<option value="light">Light</option><option value="dark">Dark</option></select></label> |</li></ul></div>`;
const pyHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="spans — Parsing and formatting time spans"><meta property="og:type" content="website">
<meta property="og:url" content="https://docs.python.example/3/library/spans.html"><meta property="og:site_name" content="Python documentation">
<meta name="description" content="Source code: Lib/spans.py This module converts between human-readable durations and timedelta objects.">
<title>spans — Parsing and formatting time spans — Python 3.15.0a1 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3"><link rel="stylesheet" type="text/css"
href="../_static/pydoctheme.css?v=23252803">
<script src="../_static/documentation_options.js?v=5d57ca2d"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script src="../_static/sphinx_highlight.js?v=dc90522c"></script><link rel="search" type="application/opensearchdescription+xml" title="Search within
Python 3.15.0a1 documentation"
href="../_static/opensearch.xml"><link rel="index" title="Index" href="../genindex.html"><link rel="next" title="unicodedata — Unicode Database"
href="unicodedata.html">
<link rel="prev" title="textwrap — Text wrapping and filling" href="textwrap.html"><link rel="canonical"
href="https://docs.python.example/3/library/spans.html">
<script type="text/javascript" src="../_static/rtd_switcher.js"></script><meta name="readthedocs-addons-api-version" content="1"></head>
<body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false"
role="button" aria-label="Menu"><nav class="nav-content" role="navigation"><label for="menuToggler" class="toggler__label"><span></span></label>
<span class="nav-items-wrapper"><a href="https://www.python.example/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"></a>
<span class="version_switcher_placeholder"></span><form role="search" class="search" action="../search.html" method="get"><svg></svg>
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q"><input type="submit" value="Go"></form></span></nav>
<div class="menu-wrapper"><nav class="menu" role="navigation" aria-label="main navigation"><div
class="language_switcher_placeholder"></div></nav></div></div>
${pyRelated()}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-spans"><h1><code class="xref py py-mod docutils literal notranslate"><span class="pre">spans</span></code> — Parsing and
formatting time spans<a
class="headerlink" href="#module-spans" title="Link to this heading">¶</a></h1>
<p><strong>Source code:</strong> <a class="extlink-source reference external"
href="https://github.example/python/cpython/tree/main/Lib/spans.py">Lib/spans.py</a></p>
<hr class="docutils">
${pyP1.map((t) => `<p>${t}</p>`).join('\n')}
<section id="functions"><h2>${pyH1}<a class="headerlink" href="#functions" title="Link to this heading">¶</a></h2>
${pyF
  .map(
    (f) => `<dl class="py function"><dt class="sig sig-object py" id="${f.id}">${f.sig}<a class="headerlink" href="#${f.id}" title="Link to this
definition">¶</a>
</dt><dd>${f.ps.map((t) => `<p>${t}</p>`).join('\n')}</dd></dl>`,
  )
  .join('\n')}
<div class="versionadded"><p><span class="versionmodified added">${pyAdded}</span></p></div></section>
<section id="examples"><h2>${pyH2}<a class="headerlink" href="#examples" title="Link to this heading">¶</a></h2>
${pyP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${pyCode.replace(/>/g, '&gt;')}</pre></div></div>
${pyP3.map((t) => `<p>${t}</p>`).join('\n')}
</section></section><div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><div><h3><a href="../contents.html">Table of
Contents</a></h3><ul>
<li><a class="reference internal" href="#"><code class="xref py py-mod docutils literal notranslate"><span class="pre">spans</span></code> — Parsing
and formatting time
spans</a><ul><li><a class="reference internal" href="#functions">Functions</a></li><li><a class="reference internal"
href="#examples">Examples</a></li></ul></li></ul></div>
<div><h4>Previous topic</h4><p class="topless"><a href="textwrap.html" title="previous chapter"><code class="xref py py-mod docutils literal
notranslate"><span
class="pre">textwrap</span></code> — Text wrapping and filling</a></p></div><div><h4>Next topic</h4><p class="topless"><a href="unicodedata.html"
title="next chapter">
<code class="xref py py-mod docutils literal notranslate"><span class="pre">unicodedata</span></code> — Unicode Database</a></p></div>
<div role="note" aria-label="source link"><h3>This page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li>
<li><a href="https://github.example/python/cpython/blob/main/Doc/library/spans.rst" rel="nofollow">Show source</a></li></ul></div></div>
<div id="sidebarbutton" title="Collapse sidebar"><span>«</span></div></div><div class="clearer"></div></div>
${pyRelated()}
<div class="footer">&copy; <a href="../copyright.html">Copyright</a> 2001 Python Software Foundation.<br>This page is licensed under the Python
Software
Foundation License Version 2.<br>Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD
License.<br>
See <a href="/license.html">History and License</a> for more information.<br><br>The Python Software Foundation is a non-profit corporation.
<a href="https://www.python.example/psf/donations/">Please donate.</a><br><br>Last updated on Nov 10, 2025 (14:20 UTC).
<a href="/bugs.html">Found a bug</a>?<br>Created using <a href="https://www.sphinx-doc.example/">Sphinx</a> 8.2.3.</div>
<script type="text/javascript" src="../_static/switchers.js"></script></body></html>`;
export const pythonDocsPage: TestPage = {
  html: pyHtml,
  name: 'heldout106-python-stdlib-docs',
  kind: 'docs',
  // function descriptions (the dd paragraphs) and the version note are body; signatures, the "Source code:" line and
  // the doctest are in neither list; the sidebar table of contents repeats the title and headings and is left out; the
  // "Last updated" line is a byline; the related bar appears twice (top and bottom) and is listed once
  title: pyTitle,
  headings: [pyH1, pyH2],
  body: texts([...pyP1, ...pyF.flatMap((f) => f.ps), pyAdded, ...pyP2, ...pyP3]),
  bylines: ['Last updated on Nov 10, 2025 (14:20 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Navigation', 'index', 'modules', 'next', 'previous', 'Python', '3.15.0a1 Documentation', 'The Python Standard Library',
'Text Processing Services', 'Theme',
    'Auto', 'Light', 'Dark', 'Table of Contents', 'Previous topic', 'textwrap — Text wrapping and filling', 'Next topic',
'unicodedata — Unicode Database',
    'This page', 'Report a bug', 'Show source', '«', 'Copyright 2001 Python Software Foundation.',
    'This page is licensed under the Python Software Foundation License Version 2.',
    'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
    'See History and License for more information.', 'The Python Software Foundation is a non-profit corporation.', 'Please donate.', 'Found a bug?',
    'Created using Sphinx 8.2.3.',
  ],
};
