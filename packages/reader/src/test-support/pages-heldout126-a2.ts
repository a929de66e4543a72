import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';

/**
 * Held-out batch 126, file a2: a Python standard library module page (python-docs-theme on Sphinx, as saved: the mobile
 * navigation with its menu copy of the sidebar, the "related" navigation bars above and below the page with index, modules,
 * next, previous, version breadcrumbs, quick search and theme selector, the sidebar with table of contents, previous and next
 * topics and "This page", the note admonition, the availability line, function and class signatures, and the PSF footer
 * with "Last updated on").
 */
const title = 'tallyfile — Read and write tally files';
const hl = (id: string, what = 'heading'): string => `<a class="headerlink" href="#${id}" title="Link to this ${what}">¶</a>`;
const h2 = (t: string): string => `<h2>${t}${hl(anchor(t))}</h2>`;
const pre = (s: string): string => `<span class="pre">${s}</span>`;
const lit = (s: string): string => `<code class="docutils literal notranslate">${pre(s)}</code>`;
const xref = (s: string, to: string): string =>
  `<a class="reference internal" href="#tallyfile.${to}" title="tallyfile.${to}"><code class="xref py py-${/^[A-Z]/.test(to) ? 'class' : 'func'}
docutils literal notranslate">${pre(s)}</code></a>`;
const sig = (kind: string, id: string, name: string, params: string): string => `<dl class="py ${kind}"><dt class="sig sig-object py" id="${id}">
${kind === 'method' ? '' : `<em class="property">${kind === 'function' ? '' : `${pre(kind)}<span class="w"> </span>`}</em>`}
${kind === 'method' ? '' : `<span class="sig-prename descclassname">${pre('tallyfile.')}</span>`}<span class="sig-name descname">${pre(name)}</span>
${params === '' ? '' : `<span class="sig-paren">(</span>${params}<span class="sig-paren">)</span>`}${hl(id, 'definition')}</dt><dd>`;
const param = (s: string): string => `<em class="sig-param"><span class="n">${pre(s)}</span></em>`;
const added = (v: string): string => `<div class="versionadded"><p><span class="versionmodified added">Added in version ${v}.</span></p></div>`;
const code = (s: string): string => `<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${s}</pre></div></div>`;
const art = new Art()
  .p(['<strong>Source code:</strong> <a class="reference external" href="https://github.com/python/cpython/tree/3.14/Lib/tallyfile.py">Lib/tallyfile.py</a>'])
  .raw('<hr class="docutils">')
  .p([
    `The ${lit('tallyfile')} module reads and writes <em>tally files</em>, a small line-oriented format used by laboratory counters and
turnstile controllers to record named running totals. Each line holds a label, an equals sign and a non-negative integer; blank lines and lines
starting with ${lit('#')} are ignored.`,
    `The module provides a reader that yields label and count pairs, a ${xref('Tally', 'Tally')} object that behaves like a mutable mapping,
and functions to load and save whole files.`,
  ])
  .p(
    [
      `Tally files carry no encoding declaration. The functions in this module read and write UTF-8 unless an <em>encoding</em> is given to
${lit('open()')}, and labels are compared after Unicode normalization to form NFC.`,
    ],
    (t) => `<div class="admonition note"><p class="admonition-title">Note</p><p>${t}</p></div>`,
  )
  .p(
    ['<a class="reference internal" href="intro.html#availability"><span class="std std-ref">Availability</span></a>: not WASI.'],
    (t) => `<div class="availability docutils container"><p>${t}</p></div>`,
  )
  .p(['The module defines the following functions and exception:'])
  .raw(sig('function', 'tallyfile.load', 'load', `${param('fp')}, <em class="sig-param">*</em>, ${param('strict=True')}`))
  .p([
    `Read a tally file from the text file object <em>fp</em> and return a ${xref('Tally', 'Tally')} instance.`,
    `If <em>strict</em> is true, a line that cannot be parsed raises ${xref('TallyError', 'TallyError')}; otherwise the line is skipped and a
${lit('RuntimeWarning')} is issued.`,
  ])
  .p(['Added in version 3.14.'], () => `${added('3.14')}</dd></dl>`)
  .raw(sig('function', 'tallyfile.dump', 'dump', `${param('tally')}, ${param('fp')}, <em class="sig-param">*</em>, ${param('sort=False')}`))
  .p(
    [
      `Write <em>tally</em> to the text file object <em>fp</em>, one label per line. If <em>sort</em> is true, labels are written in
alphabetical order; otherwise they keep the order in which they were first counted.`,
    ],
    (t) => `<p>${t}</p></dd></dl>`,
  )
  .raw(sig('function', 'tallyfile.reader', 'reader', param('lines')))
  .p(
    [
      `Return an iterator over ${lit('(label,')} ${lit('count)')} pairs from an iterable of strings, such as an open file. Comments and
blank lines are skipped, and labels are returned with surrounding whitespace removed.`,
    ],
    (t) => `<p>${t}</p></dd></dl>`,
  )
  .raw(sig('exception', 'tallyfile.TallyError', 'TallyError', ''))
  .p(
    [
      `Raised when a line is malformed or a count is negative. The ${lit('lineno')} attribute holds the 1-based number of the offending
line, or ${lit('None')} if the error did not come from a file.`,
    ],
    (t) => `<p>${t}</p></dd></dl>`,
  )
  .raw('<section id="tally-objects"><span id="tally-objects-section"></span>')
  .h('Tally objects', h2)
  .raw(sig('class', 'tallyfile.Tally', 'Tally', `${param('iterable=()')}, <em class="sig-param">/</em>`))
  .p([
    'A mutable mapping from labels to counts. Missing labels count as zero, and setting a count to zero removes the label.',
    'In addition to the usual mapping methods, tally objects support the following:',
  ])
  .raw(sig('method', 'tallyfile.Tally.add', 'add', `${param('label')}, ${param('n=1')}`))
  .p(
    [
      `Add <em>n</em> to the count for <em>label</em> and return the new count. <em>n</em> may be negative, but the resulting count may not
be; ${xref('TallyError', 'TallyError')} is raised instead and the tally is left unchanged.`,
    ],
    (t) => `<p>${t}</p></dd></dl>`,
  )
  .raw(sig('method', 'tallyfile.Tally.total', 'total', ''))
  .p(['Return the sum of all counts.'], (t) => `<p>${t}</p></dd></dl>`)
  .raw(sig('method', 'tallyfile.Tally.merge', 'merge', param('other')))
  .p([`Add every count in <em>other</em>, which may be a ${xref('Tally', 'Tally')} or any mapping of labels to integers.`])
  .p(
    [`Changed in version 3.14.1: ${lit('merge()')} accepts any mapping, not only ${xref('Tally', 'Tally')} instances.`],
    (t) => `<div class="versionchanged"><p><span class="versionmodified changed">${t.replace(': ', ': </span>')}</p></div></dd></dl></dd></dl></section>`,
  )
  .raw('<section id="examples">')
  .h('Examples', h2)
  .p(['Counting visitors at two gates and saving the result:'])
  .raw(
    code(`<span class="gp">&gt;&gt;&gt; </span><span class="kn">import</span> <span class="nn">tallyfile</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">t</span> <span class="o">=</span> <span class="n">tallyfile</span><span class="o">.</span>Tally()
<span class="gp">&gt;&gt;&gt; </span><span class="n">t</span><span class="o">.</span>add(<span class="s1">'north gate'</span>, <span class="mi">3</span>)
<span class="go">3</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">t</span><span class="o">.</span>add(<span class="s1">'south gate'</span>)
<span class="go">1</span>
<span class="gp">&gt;&gt;&gt; </span><span class="k">with</span> open(<span class="s1">'visits.tally'</span>, <span class="s1">'w'</span>)
<span class="k">as</span> f:
<span class="gp">... </span>    tallyfile<span class="o">.</span>dump(t, f, sort<span class="o">=</span><span class="kc">True</span>)`),
  )
  .p(['Reading a file written by a turnstile controller, skipping damaged lines and adding up what is left:'])
  .raw(
    code(`<span class="gp">&gt;&gt;&gt; </span><span class="k">with</span> open(<span class="s1">'turnstile-07.tally'</span>) <span class="k">as</span> f:
<span class="gp">... </span>    t <span class="o">=</span> tallyfile<span class="o">.</span>load(f, strict<span class="o">=</span><span class="kc">False</span>)
<span class="gp">&gt;&gt;&gt; </span>t<span class="o">.</span>total()
<span class="go">1842</span>`),
  )
  .p(
    ['Module <a class="reference internal" href="collections.html#module-collections"><code class="xref py py-mod">collections</code></a>'],
    (t) => `<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>${t}</dt>`,
  )
  .p(['The Counter class offers a similar mapping with more arithmetic, but no file format of its own.'], (t) => `<dd><p>${t}</p></dd></dl></div></section>`);
const tocLinks = ['Table of Contents', 'Previous topic', 'Next topic', 'This page', 'Report a bug', 'Show source'];
const prev = 'tomllib — Parse TOML files';
const next = 'netrc — netrc file processing';
const related = ['Navigation', 'index', 'modules', 'next', 'previous', 'Python', '3.14.0 Documentation', 'The Python Standard Library', 'File Formats'];
const theme = ['Theme', 'Auto', 'Light', 'Dark'];
const foot = [
  '© Copyright 2001 Python Software Foundation.',
  'This page is licensed under the Python Software Foundation License Version 2.',
  'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
  'See History and License for more information.',
  'The Python Software Foundation is a non-profit corporation. Please donate.',
  'Found a bug?',
  'Created using Sphinx 8.2.3.',
];
const updated = 'Last updated on Oct 21, 2025 (09:47 UTC).';
const themeSel = `<label class="theme-selector-label">${theme[0]}
<select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto" selected>${theme[1]}</option><option value="light">${theme[2]}</option>
<option value="dark">${theme[3]}</option></select></label>`;
const search = `<form class="inline-search" action="../search.html" method="get"><input placeholder="Quick search" aria-label="Quick search" type="search"
name="q" id="search-box"><input type="submit" value="Go"></form>`;
const sideToc = `<div><h3><a href="../contents.html">${tocLinks[0]}</a></h3><ul><li><a class="reference internal"
href="#">${lit('tallyfile')} — Read and write
tally files</a><ul>${art.headings.map((t) => `<li><a class="reference internal" href="#${anchor(t)}">${t}</a></li>`).join('')}</ul></li></ul></div>
<div><h4>${tocLinks[1]}</h4><p class="topless"><a href="tomllib.html" title="previous chapter">${lit('tomllib')} — Parse TOML files</a></p></div>
<div><h4>${tocLinks[2]}</h4><p class="topless"><a href="netrc.html" title="next chapter">${lit('netrc')} — netrc file processing</a></p></div>
<div role="note" aria-label="source link"><h3>${tocLinks[3]}</h3><ul class="this-page-menu"><li><a href="../bugs.html">${tocLinks[4]}</a></li>
<li><a href="https://github.com/python/cpython/blob/main/Doc/library/tallyfile.rst?plain=1" rel="nofollow">${tocLinks[5]}</a></li></ul></div>`;
const relBar = (where: string): string => `<div class="related" role="navigation" aria-label="${where}"><h3>${related[0]}</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">${related[1]}</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">${related[2]}</a> |</li>
<li class="right"><a href="netrc.html" title="netrc — netrc file processing" accesskey="N">${related[3]}</a> |</li>
<li class="right"><a href="tomllib.html" title="tomllib — Parse TOML files" accesskey="P">${related[4]}</a> |</li>
<li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li><li><a
href="https://www.python.org/">${related[5]}</a> &#187;</li>
<li class="switchers"><div class="language_switcher_placeholder"></div><div class="version_switcher_placeholder"></div></li><li></li>
<li id="cpython-language-and-version"><a href="../index.html">${related[6]}</a> &#187;</li>
<li class="nav-item nav-item-1"><a href="index.html" accesskey="U">${related[7]}</a> &#187;</li>
<li class="nav-item nav-item-2"><a href="fileformats.html">${related[8]}</a> &#187;</li>
<li class="nav-item nav-item-this"><a href="">${lit('tallyfile')} — Read and write tally files</a></li>
<li class="right"><div class="inline-search" role="search">${search}</div> |</li><li class="right">${themeSel} |</li></ul></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${title}"><meta property="og:type" content="website"><meta property="og:url"
content="https://docs.python.org/3/library/tallyfile.html">
<meta property="og:site_name" content="Python documentation"><meta property="og:description" content="Source code: Lib/tallyfile.py The
tallyfile module reads and
writes tally files, a small line-oriented format used by laboratory counters and turnstile controllers to record named running totals.">
<meta property="og:image" content="_images/social_previews/summary_library_tallyfile_8d41c2e0.png"><meta name="description" content="Source code:
Lib/tallyfile.py The tallyfile module reads and writes tally files."><meta name="theme-color" content="#3776ab">
<title>${title} &#8212; Python 3.14.0 documentation</title><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3">
<link rel="stylesheet" type="text/css" href="../_static/classic.css?v=234b1a7c"><link rel="stylesheet" type="text/css"
href="../_static/pydoctheme.css?v=8cd84f99">
<link id="pygments_dark_css" media="(prefers-color-scheme: dark)" rel="stylesheet" type="text/css" href="../_static/pygments_dark.css?v=5349f25f">
<script src="../_static/documentation_options.js?v=5d57ca2d"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script src="../_static/sphinx_highlight.js?v=dc90522c"></script><link rel="search" type="application/opensearchdescription+xml"
title="Search within Python 3.14.0 documentation" href="../_static/opensearch.xml"><link rel="author" title="About these documents" href="../about.html">
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html"><link rel="copyright"
title="Copyright" href="../copyright.html">
<link rel="next" title="netrc — netrc file processing" href="netrc.html"><link rel="prev" title="tomllib — Parse TOML files" href="tomllib.html">
<script defer file-types="bz2,epub,zip" data-domain="docs.python.org" src="https://analytics.python.org/js/script.file-downloads.outbound-links.js"></script>
<link rel="canonical" href="https://docs.python.org/3/library/tallyfile.html"><script type="text/javascript" src="../_static/copybutton.js"></script>
<script type="text/javascript" src="../_static/menu.js"></script><script type="text/javascript" src="../_static/search-focus.js"></script>
<script type="text/javascript" src="../_static/themetoggle.js"></script><script type="text/javascript" src="../_static/rtd_switcher.js"></script>
<meta name="readthedocs-addons-api-version" content="1"></head>
<body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false"
role="button" aria-label="Menu"><nav class="nav-content" role="navigation"><label for="menuToggler" class="toggler__label"><span></span></label>
<span class="nav-items-wrapper"><a href="https://www.python.org/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"></a>
<span class="version_switcher_placeholder"></span><form role="search" class="search" action="../search.html" method="get"><svg width="20" height="20"
viewBox="0 0 20 20" fill="none" xmlns="http://www.w3.org/2000/svg" class="search-icon"><path fill-rule="nonzero" fill="currentColor"
d="M15.5 14h-.79"></path></svg>
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q"><input type="submit" value="Go"></form></span></nav>
<div class="menu-wrapper"><nav class="menu" role="navigation" aria-label="main navigation"><div class="language_switcher_placeholder"></div>
${themeSel}${sideToc}</nav></div></div>
${relBar('Related')}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-tallyfile"><span id="tallyfile-read-and-write-tally-files"></span><h1>${lit('tallyfile')} — Read and write tally
files${hl('module-tallyfile')}</h1>
${art.html}
</section><div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper">${sideToc}</div>
<div id="sidebarbutton" title="Collapse sidebar"><span>«</span></div></div><div class="clearer"></div></div>
${relBar('Related')}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001 Python Software Foundation.<br>
This page is licensed under the Python Software Foundation License Version 2.<br>
Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.<br>
See <a href="/license.html">History and License</a> for more information.<br><br>
The Python Software Foundation is a non-profit corporation. <a href="https://www.python.org/psf/donations/">Please donate.</a><br><br>
${updated}
<a href="/bugs.html">Found a bug</a>?<br>
Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.</div>
<script type="text/javascript" src="../_static/switchers.js"></script></body></html>`;
export const pythonPage: TestPage = {
  name: 'heldout126-python-stdlib-docs',
  kind: 'docs',
  html,
  // the "Source code:" line, the availability line, version notes and the see-also entry are body; signatures, the doctest
  // blocks, the admonition labels ("Note", "See also") and the ¶ header links are in neither list; the sidebar and
  // mobile-menu tables of contents repeat the headings and are left out
  title,
  headings: art.headings,
  body: art.body,
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tocLinks, prev, next, ...related, ...theme, ...foot,
  ],
};
