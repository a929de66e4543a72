import { ps, type TestPage, texts } from './page-kit.js';
import { skiff } from './pages-heldout264-e2.js';
import { j, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file e: a Python docs-style standard library page of an invented language, Sphinx with the
 * pydoctheme (the "related" navigation bars at top and bottom with the theme selector and quick search, the
 * "Source code:" line, the versionadded box, function signatures with permalinks, the sphinxsidebar with Table of
 * Contents, Previous / Next topic and "This page", and the footer with the "Last updated" line) and, from file e2, a
 * Kubernetes docs-style concept page on Hugo Docsy.
 */
const yTitle = 'tallyfile — Count records in delimited files';
const yH = ['Module contents', 'Dialects', 'Examples'] as const;
const yIntro = [
  j(
    'The <code class="xref py py-mod docutils literal notranslate"><span class="pre">tallyfile</span></code> module counts the',
    'records in comma-separated and other delimited text files without building a row object for each record. It is meant for',
    'quick checks on large exports, such as confirming that a file has as many rows as the database table it came from.',
  ),
  j(
    'Counting is aware of quoting: a newline inside a quoted field does not start a new record. For anything beyond counting,',
    'such as reading field values, use the csv module instead.',
  ),
];
const yAdded = 'Added in version 3.14.';
const yFuncs = [
  j(
    'Return the number of records in the file at <em>path</em>. If <em>skip_header</em> is true, the first record is not counted.',
    'The file is read in binary mode in blocks of 64 KiB, so memory use does not depend on the size of the file.',
  ),
  'Raise <code class="xref py py-exc docutils literal notranslate"><span class="pre">TallyError</span></code> if the file ends inside a quoted field.',
  j(
    'Like count(), but return a dictionary that maps each distinct number of fields to the number of records that have it.',
    'A well-formed file gives a dictionary with a single key.',
  ),
  'Exception raised when a file cannot be counted. The <em>line</em> attribute holds the line number at which the problem was found.',
];
const yDial = [
  j(
    'By default the module expects commas as delimiters and double quotes as quote characters, which matches the files written by',
    'most spreadsheet programs. Pass <em>delimiter</em> to count tab-separated or semicolon-separated files.',
  ),
  j(
    'The module does not guess the delimiter. A file counted with the wrong delimiter still returns a record count, but',
    'field_profile() will show one field per record.',
  ),
];
const yEx = ['Checking an export before loading it:', 'Finding malformed rows in a semicolon-separated file:'];
const yRel = ['index', 'modules', 'next', 'previous', 'Tern', '3.14.0 Documentation', 'The Tern Standard Library', 'File Formats'];
const ySide = ['Table of Contents', 'Previous topic', 'Next topic', 'This page', 'Report a bug', 'Show source'];
const sig = (id: string, pre: string, name: string, args: string): string => `<dt class="sig sig-object py" id="${id}">
<span class="sig-prename descclassname"><span class="pre">${pre}</span></span><span class="sig-name descname"><span class="pre">${name}</span></span>
<span class="sig-paren">(</span>${args}<span class="sig-paren">)</span><a class="headerlink" href="#${id}" title="Link to this definition">¶</a></dt>`;
const related = (top: boolean): string => `<div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Tern Module Index">modules</a> |</li>
<li class="right"><a href="csv.html" title="csv — CSV File Reading and Writing" accesskey="N">next</a> |</li>
<li class="right"><a href="fileformats.html" title="File Formats" accesskey="P">previous</a> |</li>
<li><img src="../_static/tern.svg" alt="Tern logo" style="vertical-align: middle; margin-top: -1px"/></li><li><a href="https://www.tern-lang.example/">Tern</a>
&#187;</li><li id="cpython-language-and-version"><a href="../index.html">3.14.0 Documentation</a> &#187;</li>
<li class="nav-item nav-item-1"><a href="index.html">The Tern Standard Library</a> &#187;</li><li class="nav-item nav-item-2"><a href="fileformats.html"
>File Formats</a> &#187;</li><li class="nav-item nav-item-this"><a href="">tallyfile — Count records in delimited files</a></li>
${
  top
    ? `<li class="right"><div class="inline-search" role="search"><form class="inline-search" action="../search.html" method="get"><input
placeholder="Quick search" aria-label="Quick search" type="search" name="q" id="search-box"/><input type="submit" value="Go"/></form></div> |</li>
<li class="right"><label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto"
selected>Auto</option><option value="light">Light</option><option value="dark">Dark</option></select></label> |</li>`
    : ''
}</ul></div>`;
const yHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="tallyfile — Count records in delimited files" /><meta property="og:type" content="website" />
<meta property="og:url" content="https://docs.tern-lang.example/3/library/tallyfile.html" /><meta property="og:site_name" content="Tern documentation" />
<meta name="description" content="Source code: Lib/tallyfile.py The tallyfile module counts the records in comma-separated and other delimited files." />
<title>tallyfile — Count records in delimited files — Tern 3.14.0 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3" /><link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css" />
<script src="../_static/documentation_options.js?v=5d57ca2d"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script>document.documentElement.dataset.theme = localStorage.getItem("currentTheme") || "auto";</script>
<link rel="index" title="Index" href="../genindex.html" /><link rel="next" title="csv — CSV File Reading and Writing" href="csv.html" /></head>
<body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false" role="button" aria-label="Menu"/><nav class="nav-content" role="navigation"><a href="https://www.tern-lang.example/" class="nav-logo"><img
src="../_static/tern.svg" alt="Tern logo"/></a></nav></div>
${related(true)}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-tallyfile"><span id="tallyfile-count-records-in-delimited-files"></span><h1><a class="reference internal" href="#module-tallyfile"
title="tallyfile: Count records in delimited files."><code class="xref py py-mod docutils literal notranslate"><span class="pre">tallyfile</span></code></a>
— Count records in delimited files<a class="headerlink" href="#module-tallyfile" title="Link to this heading">¶</a></h1>
<p><strong>Source code:</strong> <a class="reference external" href="https://github.example/tern/tern/tree/3.14/Lib/tallyfile.py">Lib/tallyfile.py</a></p>
<hr class="docutils" />
${ps(yIntro)}
<div class="versionadded"><p><span class="versionmodified added">${yAdded}</span></p></div>
<section id="module-contents"><h2>${yH[0]}<a class="headerlink" href="#module-contents" title="Link to this heading">¶</a></h2>
<dl class="py function">${sig(
  'tallyfile.count',
  'tallyfile.',
  'count',
  j(
    '<em class="sig-param"><span class="n"><span class="pre">path</span></span></em>,',
    '<em class="sig-param"><span class="o"><span class="pre">*</span></span></em>, <em class="sig-param"><span class="n"><span',
    'class="pre">delimiter=","</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">skip_header=False</span></span></em>',
  ),
)}
<dd><p>${yFuncs[0]}</p><p>${yFuncs[1]}</p></dd></dl>
<dl class="py function">${sig(
  'tallyfile.field_profile',
  'tallyfile.',
  'field_profile',
  '<em class="sig-param"><span class="pre">path</span></em>, <em' +
    ' class="sig-param"><span class="pre">*</span></em>, <em class="sig-param"><span class="pre">delimiter=","</span></em>',
)}
<dd><p>${yFuncs[2]}</p></dd></dl>
<dl class="py exception"><dt class="sig sig-object py" id="tallyfile.TallyError"><em class="property"><span class="k"><span class="pre">exception</span></span>
<span class="w"> </span></em><span class="sig-prename descclassname"><span class="pre">tallyfile.</span></span><span class="sig-name descname"><span
class="pre">TallyError</span></span><a class="headerlink" href="#tallyfile.TallyError" title="Link to this definition">¶</a></dt><dd><p>${yFuncs[3]}</p>
</dd></dl></section>
<section id="dialects"><h2>${yH[1]}<a class="headerlink" href="#dialects" title="Link to this heading">¶</a></h2>
${ps(yDial)}</section>
<section id="examples"><h2>${yH[2]}<a class="headerlink" href="#examples" title="Link to this heading">¶</a></h2>
<p>${yEx[0]}</p><div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="gp">&gt;&gt;&gt; </span>import tallyfile
<span class="gp">&gt;&gt;&gt; </span>tallyfile.count("orders.csv", skip_header=True)
<span class="go">120411</span></pre></div></div>
<p>${yEx[1]}</p><div class="highlight-python3 notranslate"><div class="highlight"><pre><span class="gp">&gt;&gt;&gt; </span>tallyfile.field_profile("stock.csv",
delimiter=";")
<span class="go">{7: 5012, 6: 3}</span></pre></div></div></section></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><div><h3><a href="../contents.html">Table of Contents</a></h3>
<ul><li><a class="reference internal" href="#">tallyfile — Count records in delimited files</a><ul><li><a class="reference internal"
href="#module-contents">Module contents</a></li><li><a class="reference internal" href="#dialects">Dialects</a></li><li><a class="reference internal"
href="#examples">Examples</a></li></ul></li></ul></div><div><h4>Previous topic</h4><p class="topless"><a href="fileformats.html" title="previous chapter">File
Formats</a></p></div><div><h4>Next topic</h4><p class="topless"><a href="csv.html" title="next chapter">csv — CSV File Reading and Writing</a></p></div>
<div role="note" aria-label="source link"><h3>This page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li><li><a
href="https://github.example/tern/tern/blob/main/Doc/library/tallyfile.rst" rel="nofollow">Show source</a></li></ul></div></div></div>
<div class="clearer"></div></div>
${related(false)}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001-2026, Tern Software Foundation.<br />This page is licensed under the Tern Software
Foundation License Version 2.<br />See <a href="/license.html">History and License</a> for more information.<br /><br />The Tern Software Foundation is a
non-profit corporation. <a href="https://www.tern-lang.example/tsf/donations/">Please donate.</a><br /><br />Last updated on Mar 03, 2026 (10:12 UTC).
<a href="/bugs.html">Found a bug</a>?<br />Created using <a href="https://www.sphinx-doc.example/">Sphinx</a> 8.2.3.</div>
<script type="text/javascript" src="../_static/switchers.js"></script></body></html>`;
const tern: TestPage = {
  name: 'heldout264-python-docs-library-module',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: [...yH],
  body: texts([...yIntro, yAdded, ...yFuncs, ...yDial, ...yEx]),
  bylines: ['Last updated on Mar 03, 2026 (10:12 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Navigation', ...yRel, 'Theme', 'Auto', 'Light', 'Dark', 'Source code:', 'Lib/tallyfile.py', ...ySide, 'csv — CSV File Reading and Writing',
    'Copyright 2001-2026, Tern Software Foundation.', 'This page is licensed under the Tern Software Foundation License Version 2.',
    'See History and License for more information.', 'The Tern Software Foundation is a non-profit corporation.', 'Please donate.', 'Found a bug',
    'Created using Sphinx 8.2.3.',
  ]),
};

export const HELDOUT264_E: readonly TestPage[] = [tern, skiff];
