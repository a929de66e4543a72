import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 89, file e2: a Python standard-library documentation page in the Sphinx python-docs-theme (the mobile nav
 * with its own copy of the sidebar, the top and bottom "related" bars with index/modules/next/previous, breadcrumbs, the
 * version and language switchers, quick search and the theme selector, the h1 with its "¶" header link, the "Source code:"
 * line, a pattern table, function entries with signatures, code examples, "Added in version" notes, a "See also" box, the
 * sidebar with previous/next topic and "This page", and the footer with copyright, licence and "Last updated on").
 * The module is real (fnmatch); the prose is written for this page.
 */
const pyTitle = 'fnmatch — Unix filename pattern matching';
const pySource =
  '<strong>Source code:</strong> <a class="reference external" ' + 'href="https://github.com/python/cpython/tree/3.14/Lib/fnmatch.py">Lib/fnmatch.py</a>';
const c = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const ref = (t: string, id: string): string =>
  `<a class="reference internal" href="#fnmatch.${id}" title="fnmatch.${id}"><code class="xref py py-func docutils literal notranslate"><span
class="pre">${t}</span></code></a>`;
const pyIntro = [
  `This module matches file names against the wildcard patterns used by Unix shells. The patterns look like regular expressions but are much simpler,
and the special characters they use are listed below:`,
];
const pyTable = ['matches everything', 'matches any single character', 'matches any character in <em>seq</em>', 'matches any character not in <em>seq</em>'];
const pyTableCode = ['*', '?', '[seq]', '[!seq]'];
const pyIntro2 = [
  `To match one of the special characters literally, put it inside brackets. For example, ${c("'[?]'")} matches only the character ${c("'?'")}.`,
  `The path separator (${c("'/'")} on Unix) is not treated specially by this module, so ${c('*')} will match across directory boundaries. If you need
matching that respects path components, use the ${c('glob')} module, which calls ${ref('filter()', 'filter')} on each directory it visits. A leading
period is not special either: unlike the shell, ${c('*')} and ${c('?')} here will also match names that start with ${c("'.'")}.`,
  `Other than the functions below, the module holds no state. Patterns are compiled to regular expressions the first time they are used and the
compiled form is cached, so calling the same function repeatedly with the same pattern is cheap.`,
];
const pyFnmatch = [
  `Return ${c('True')} if the string <em>name</em> matches the pattern <em>pat</em>, and ${c('False')} otherwise. Both arguments are first passed
through ${c('os.path.normcase()')}, so on Windows and other case-insensitive systems the comparison ignores case, and on Unix it does not.`,
  `This example prints the names of all text files in the current directory:`,
];
const pyCase = [
  `Like ${ref('fnmatch()', 'fnmatch')}, but the comparison is always case-sensitive and ${c('os.path.normcase()')} is never applied. Use it when the
names you are testing are not file names, or when you need the same result on every operating system.`,
];
const pyFilter = [
  `Return a new list holding the elements of the iterable <em>names</em> that match <em>pat</em>. This gives the same result as ${c(
    '[n for n in names ' + 'if fnmatch(n, pat)]',
  )} but is faster, because the pattern is compiled only once and ${c('os.path.normcase()')} is applied to each name only when
the platform needs it.`,
];
const pyFilterFalse = [
  `The opposite of ${ref('filter()', 'filter')}: return a new list of the elements of <em>names</em> that do <strong>not</strong> match <em>pat</em>.`,
];
const pyAdded = 'Added in version 3.14.';
const pyTranslate = [
  `Return the shell-style pattern <em>pat</em> converted to a regular expression, as a string that can be passed to ${c('re.compile()')}. The
expression is anchored at both ends, so it must match the whole name.`,
  `This is useful when you want to combine a wildcard pattern with other regular expressions, or to see exactly how a pattern will be interpreted.`,
];
const pySeeAlso = 'Unix shell-style path expansion.';
const code1 = `<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="kn">import</span><span class="w"> </span><span
class="nn">fnmatch</span>
<span class="kn">import</span><span class="w"> </span><span class="nn">os</span>

<span class="k">for</span> <span class="n">file</span> <span class="ow">in</span> <span class="n">os</span><span class="o">.</span><span
class="n">listdir</span><span
class="p">(</span><span class="s1">'.'</span><span class="p">):</span>
    <span class="k">if</span> <span class="n">fnmatch</span><span class="o">.</span><span class="n">fnmatch</span><span class="p">(</span><span
class="n">file</span><span class="p">,</span> <span class="s1">'*.txt'</span><span class="p">):</span>
        <span class="nb">print</span><span class="p">(</span><span class="n">file</span><span class="p">)</span>
</pre></div></div>`;
const code2 = `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span><span class="gp">&gt;&gt;&gt; </span><span
class="kn">import</span><span
class="w"> </span><span class="nn">fnmatch</span><span class="o">,</span><span class="w"> </span><span class="nn">re</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">regex</span> <span class="o">=</span> <span class="n">fnmatch</span><span class="o">.</span><span
class="n">translate</span><span class="p">(</span><span class="s1">'*.txt'</span><span class="p">)</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">regex</span>
<span class="go">'(?s:.*\\\\.txt)\\\\z'</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">re</span><span class="o">.</span><span class="n">match</span><span class="p">(</span><span
class="n">regex</span><span class="p">,</span> <span class="s1">'notes.txt'</span><span class="p">)</span>
<span class="go">&lt;re.Match object; span=(0, 9), match='notes.txt'&gt;</span>
</pre></div></div>`;
const sig = (id: string, params: string[]): string => `<dt class="sig sig-object py" id="fnmatch.${id}"><span class="sig-prename descclassname"><span
class="pre">fnmatch.</span></span><span class="sig-name descname"><span class="pre">${id}</span></span><span class="sig-paren">(</span>${params
  .map((p) => `<em class="sig-param"><span class="n"><span class="pre">${p}</span></span></em>`)
  .join(', ')}<span class="sig-paren">)</span><a class="headerlink" href="#fnmatch.${id}" title="Link to this definition">¶</a></dt>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const theme = `<label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto"
selected>Auto</option><option value="light">Light</option><option value="dark">Dark</option></select></label>`;
const search = `<form class="inline-search" action="../search.html" method="get"><input placeholder="Quick search" aria-label="Quick search" type="search"
name="q" id="search-box"><input type="submit" value="Go"></form>`;
const switchers = `<div class="language_switcher_placeholder"><select id="language_select" aria-label="Language"><option value="en"
selected>English</option><option
value="es">Spanish</option><option value="fr">French</option><option value="ja">Japanese</option></select></div><div
class="version_switcher_placeholder"><select
id="version_select" aria-label="Python version"><option value="3.15">dev (3.15)</option><option value="3.14" selected>3.14.0</option><option
value="3.13">3.13</option>
<option value="3.12">3.12</option></select></div>`;
const prev = '<code class="xref py py-mod docutils literal notranslate"><span class="pre">glob</span></code> — Unix style pathname pattern expansion';
const next = '<code class="xref py py-mod docutils literal notranslate"><span class="pre">linecache</span></code> — Random access to text lines';
const side = `<div><h4>Previous topic</h4><p class="topless"><a href="glob.html" title="previous chapter">${prev}</a></p></div><div><h4>Next topic</h4><p
class="topless"><a href="linecache.html" title="next chapter">${next}</a></p></div><div role="note" aria-label="source link"><h3>This page</h3><ul
class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li><li><a href="https://github.com/python/cpython/blob/main/Doc/library/fnmatch.rst"
rel="nofollow">Show source</a></li></ul></div>`;
const related = (where: string): string => `<div class="related" role="navigation" aria-label="${where}"><h3>Navigation</h3><ul><li class="right"
style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li><li class="right"><a href="../py-modindex.html"
title="Python Module Index">modules</a> |</li><li class="right"><a href="linecache.html" accesskey="N">next</a> |</li><li class="right"><a href="glob.html"
accesskey="P">previous</a> |</li><li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li><li><a
href="https://www.python.org/">Python</a> »</li><li class="switchers">${switchers}</li><li id="cpython-language-and-version"><a href="../index.html">3.14.0
Documentation</a> »</li><li class="nav-item nav-item-1"><a href="index.html">The Python Standard Library</a> »</li><li class="nav-item nav-item-2"><a
href="filesys.html" accesskey="U">File and Directory Access</a> »</li><li class="nav-item nav-item-this"><a href="">${pyTitle.replace(
  'fnmatch',
  c('fnmatch'),
)}</a></li>
<li class="right"><div class="inline-search" role="search">${search}</div> |</li><li class="right">${theme} |</li></ul></div>`;
const pyHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="fnmatch — Unix filename pattern matching"><meta property="og:type" content="website">
<meta property="og:url" content="https://docs.python.org/3/library/fnmatch.html"><meta property="og:site_name" content="Python documentation">
<meta property="og:description" content="Source code: Lib/fnmatch.py This module matches file names against the wildcard patterns used by Unix shells.">
<meta name="description" content="Source code: Lib/fnmatch.py This module matches file names against the wildcard patterns used by Unix shells.">
<title>fnmatch — Unix filename pattern matching — Python 3.14.0 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3"><link rel="stylesheet" type="text/css"
href="../_static/classic.css?v=234b1a7c">
<link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=8cd84f99"><script src="../_static/documentation_options.js?v=5d57ca2d"></script>
<script src="../_static/doctools.js?v=9bcbadda"></script><script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="search" type="application/opensearchdescription+xml" title="Search within Python 3.14.0 documentation" href="../_static/opensearch.xml">
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="linecache — Random access to text lines" href="linecache.html"><link rel="prev" title="glob — Unix style pathname pattern
expansion"
href="glob.html"><link rel="canonical" href="https://docs.python.org/3/library/fnmatch.html"><script type="text/javascript"
src="../_static/rtd_switcher.js"></script>
</head><body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false" role="button" aria-label="Menu"><nav class="nav-content" role="navigation"><label for="menuToggler"
class="toggler__label"><span></span></label>
<span class="nav-items-wrapper"><a href="https://www.python.org/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"></a><span
class="version_switcher_placeholder"></span><form role="search" class="search" action="../search.html" method="get"><input placeholder="Quick search"
aria-label="Quick search" type="search" name="q"><input type="submit" value="Go"></form></span></nav><div class="menu-wrapper"><nav class="menu"
role="navigation"
aria-label="main navigation"><div class="language_switcher_placeholder"></div>${theme}<div><h3><a href="../contents.html">Table of Contents</a></h3><ul><li><a
class="reference internal" href="#">${pyTitle.replace('fnmatch', c('fnmatch'))}</a></li></ul></div>${side}</nav></div></div>
${related('Related')}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-fnmatch"><span id="fnmatch-unix-filename-pattern-matching"></span><h1>${c('fnmatch')} — Unix filename pattern matching<a
class="headerlink"
href="#module-fnmatch" title="Link to this heading">¶</a></h1>
<p>${pySource}</p>
<hr class="docutils" id="index-0">
${ps(pyIntro)}
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Pattern</p></th><th class="head"><p>Meaning</p></th></tr></thead><tbody>
${pyTable.map((t, i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}"><td><p>${c(pyTableCode[i]!)}</p></td><td><p>${t}</p></td></tr>`).join('\n')}
</tbody></table>
${ps(pyIntro2)}
<p id="index-1">The module defines the following functions:</p>
<dl class="py function">${sig('fnmatch', ['name', 'pat'])}<dd>${ps(pyFnmatch)}
${code1}
</dd></dl>
<dl class="py function">${sig('fnmatchcase', ['name', 'pat'])}<dd>${ps(pyCase)}</dd></dl>
<dl class="py function">${sig('filter', ['names', 'pat'])}<dd>${ps(pyFilter)}</dd></dl>
<dl class="py function">${sig('filterfalse', ['names', 'pat'])}<dd>${ps(pyFilterFalse)}
<div class="versionadded"><p><span class="versionmodified added">${pyAdded}</span></p></div></dd></dl>
<dl class="py function">${sig('translate', ['pat'])}<dd>${ps(pyTranslate.slice(0, 1))}
<p>Example:</p>
${code2}
${ps(pyTranslate.slice(1))}</dd></dl>
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>Module <a class="reference internal"
href="glob.html#module-glob"
title="glob: Unix shell style pathname pattern expansion."><code class="xref py py-mod docutils literal notranslate"><span
class="pre">glob</span></code></a></dt>
<dd><p>${pySeeAlso}</p></dd></dl></div></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper">${side}</div><div id="sidebarbutton" title="Collapse
sidebar"><span>«</span>
</div></div><div class="clearer"></div></div>
${related('Related')}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001 Python Software Foundation.<br>This page is licensed under the Python Software
Foundation License Version
2.<br>Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.<br>See <a
href="/license.html#license">History
and License</a> for more information.<br><br>The Python Software Foundation is a non-profit corporation. <a
href="https://www.python.org/psf/donations/">Please
donate.</a><br><br>Last updated on Nov 05, 2025 (09:12 UTC). <a href="/bugs.html">Found a bug</a>?<br>Created using <a
href="https://www.sphinx-doc.org/">Sphinx</a>
8.2.3.</div></body></html>`;
export const pythonDocs: TestPage = {
  html: pyHtml,
  name: 'heldout89-python-stdlib-docs',
  kind: 'docs',
  // the "Source code:" line, the function signatures, code blocks, the table's header cells and its code-only cells, the
  // "Example:" lead-in and the "See also" label and its "Module glob" term are in neither list; "Last updated on" is a
  // byline; the related bars (twice), switchers, search, theme selector, sidebar (and its mobile copy) and footer are furniture
  title: pyTitle,
  headings: [],
  body: texts([
    ...pyIntro,
    ...pyTable,
    ...pyIntro2,
    'The module defines the following functions:',
    ...pyFnmatch,
    ...pyCase,
    ...pyFilter,
    ...pyFilterFalse,
    pyAdded,
    ...pyTranslate,
    pySeeAlso,
  ]),
  bylines: ['Last updated on Nov 05, 2025 (09:12 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Theme', 'Auto', 'Light', 'Dark', 'Table of Contents', 'Previous topic', 'Next topic', 'glob — Unix style pathname pattern expansion',
    'linecache — Random access to text lines', 'This page', 'Report a bug', 'Show source', 'Navigation', 'index', 'modules', 'next', 'previous',
    'Python »',
    'English', 'Spanish', 'French', 'Japanese', 'dev (3.15)', '3.14.0', '3.13', '3.12', '3.14.0 Documentation »', 'The Python Standard Library »',
    'File and Directory Access »', '«', '© Copyright 2001 Python Software Foundation.',
    'This page is licensed under the Python Software Foundation License Version 2.',
    'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
    'See History and License for more information.', 'The Python Software Foundation is a non-profit corporation. Please donate.', 'Found a bug?',
    'Created using Sphinx 8.2.3.',
  ],
};
