import { ps, type TestPage, texts } from './page-kit.js';
import { pypiPage } from './pages-heldout162-a2.js';

/**
 * Held-out batch 162, file a: a Python standard library module page on docs.python.org (python-docs-theme: the mobile
 * nav with its quick search, the hidden menu wrapper and the desktop sidebar that both repeat the table of contents,
 * previous/next topic and "This page" links, the "related" navigation bars above and below the body with index, modules,
 * next, previous and the breadcrumb, the theme selector, "Source code:" line, a note admonition, class and method
 * entries with headerlinks, and the PSF footer with "Last updated on") and, from file a2, a PyPI project page.
 */
const pyTitle = 'chunkio — Read binary streams in fixed-size chunks';
const pyIntro = [
  '<strong>Source code:</strong> <a class="reference external" href="https://github.com/python/cpython/tree/3.14/Lib/chunkio.py">Lib/chunkio.py</a>',
  'This module provides a small helper for reading a binary stream in pieces of a fixed size, without loading the whole ' +
    'stream into memory. It is intended for protocols and file formats that are naturally divided into records of equal ' +
    'length, such as sensor dumps, disk images or fixed-width export files.',
  'A <a class="reference internal" href="#chunkio.ChunkReader" title="chunkio.ChunkReader"><code class="xref py py-class docutils literal ' +
    'notranslate"><span class="pre">ChunkReader</span></code></a> wraps any object with a <code class="docutils literal notranslate">' +
    '<span class="pre">readinto()</span></code> method, for example a file opened in binary mode, a socket file or an ' +
    '<a class="reference internal" href="io.html#io.BytesIO"><code class="xref py py-class docutils literal notranslate"><span class="pre">' +
    'io.BytesIO</span></code></a> instance, and yields <code class="docutils literal notranslate"><span class="pre">memoryview</span></code> ' +
    'objects that share a single internal buffer.',
];
const pyNote = [
  'Because the views returned by the reader share one buffer, a view is only valid until the next chunk is read. Call ' +
    '<code class="docutils literal notranslate"><span class="pre">bytes()</span></code> on a view if you need to keep its contents.',
];
const pyAdded = ['<span class="versionmodified added">Added in version 3.14.</span>'];
const pyH1 = 'Reader objects';
const pyClassDoc = [
  'Return a new reader over <em>stream</em>. <em>size</em> is the length of each chunk in bytes and must be a positive integer; ' +
    'the default of 4096 matches the page size on most platforms. If <em>strict</em> is true, a final chunk that is shorter ' +
    'than <em>size</em> raises <code class="docutils literal notranslate"><span class="pre">ShortChunkError</span></code> instead of being ' +
    'returned.',
  'Reader objects are iterable and support the following methods:',
];
const pyMethDoc = [
  'Read the next chunk and return it as a read-only memoryview. At the end of the stream an empty view is returned.',
  'Move forward by <em>n</em> whole chunks without returning them. If the stream is seekable this is done with a single ' +
    'call to <code class="docutils literal notranslate"><span class="pre">seek()</span></code>; otherwise the chunks are read and discarded.',
  'Detach the reader from its stream and release the buffer. The stream itself is not closed.',
];
const pyH2 = 'Exceptions';
const pyExcDoc = [
  'Raised by a strict reader when the stream ends part-way through a chunk. The <code class="docutils literal notranslate">' +
    '<span class="pre">partial</span></code> attribute holds the bytes that were read.',
];
const pyH3 = 'Example';
const pyExample = ['The following example reads a file of 32-byte records and prints the record number of every record whose first byte is zero:'];
const pyOutro = [
  'Iterating over the reader stops at the end of the stream, so no explicit check for an empty chunk is needed in a ' + '<code>for</code> loop.',
];
const pySee = [
  'Module <a class="reference internal" href="mmap.html#module-mmap"><code class="xref py py-mod docutils literal notranslate">' +
    '<span class="pre">mmap</span></code></a>',
  'Memory-mapped file access, which is often faster for random access to large files.',
];
const pyToc = [pyTitle, pyH1, pyH2, pyH3];
const pyPrev = 'mmap — Memory-mapped file support';
const pyNext = 'fileinput — Iterate over lines from multiple input streams';
const pyFoot = [
  'This page is licensed under the Python Software Foundation License Version 2.',
  'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
  'The Python Software Foundation is a non-profit corporation.',
  'Please donate.',
  'Last updated on Nov 02, 2025 (14:20 UTC).',
];
const pyTheme = `<label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)">
<option value="auto" selected>Auto</option><option value="light">Light</option><option value="dark">Dark</option></select></label>`;
const pySide = `<div><h3><a href="../contents.html">Table of Contents</a></h3><ul>
<li><a class="reference internal" href="#">${pyToc[0]}</a><ul>
${pyToc
  .slice(1)
  .map((t) => `<li><a class="reference internal" href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}
</ul></li></ul></div>
<div><h4>Previous topic</h4><p class="topless"><a href="mmap.html" title="previous chapter">${pyPrev}</a></p></div>
<div><h4>Next topic</h4><p class="topless"><a href="fileinput.html" title="next chapter">${pyNext}</a></p></div>
<div role="note" aria-label="source link"><h3>This page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li>
<li><a href="https://github.com/python/cpython/blob/main/Doc/library/chunkio.rst" rel="nofollow">Show source</a></li></ul></div>`;
const pyRelated = (bottom: boolean): string => `<div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">modules</a> |</li>
<li class="right"><a href="fileinput.html" title="${pyNext}">next</a> |</li>
<li class="right"><a href="mmap.html" title="${pyPrev}">previous</a> |</li>
<li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li>
<li><a href="https://www.python.org/">Python</a> &#187;</li>
<li class="switchers"><div class="language_switcher_placeholder"></div><div class="version_switcher_placeholder"></div></li>
<li><a href="../index.html">3.14.0 Documentation</a> &#187;</li>
<li class="nav-item nav-item-1"><a href="index.html">The Python Standard Library</a> &#187;</li>
<li class="nav-item nav-item-2"><a href="filesys.html">File and Directory Access</a> &#187;</li>
<li class="nav-item nav-item-this"><a href="">${pyTitle}</a></li>
<li class="right"><div class="inline-search" role="search"><form class="inline-search" action="../search.html" method="get">
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q" id="search-box${bottom ? '-2' : ''}"><input type="submit" value="Go">
</form></div> |</li><li class="right">${pyTheme} |</li></ul></div>`;
const code = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const sig = (id: string, pre: string, name: string, args: string): string => `<dt class="sig sig-object py" id="${id}">${pre}
<span class="sig-name descname"><span class="pre">${name}</span></span><span class="sig-paren">(</span>${args}<span class="sig-paren">)</span>
<a class="headerlink" href="#${id}" title="Link to this definition">¶</a></dt>`;
const pyHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${pyTitle}"><meta property="og:type" content="website">
<meta property="og:url" content="https://docs.python.org/3/library/chunkio.html"><meta property="og:site_name" content="Python documentation">
<meta property="og:description" content="Source code: Lib/chunkio.py This module provides a small helper for reading a binary stream in pieces...">
<meta property="og:image" content="_static/og-image.png"><meta name="description" content="Source code: Lib/chunkio.py This module provides...">
<meta name="theme-color" content="#3776ab"><title>${pyTitle} — Python 3.14.0 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3"><link rel="stylesheet" type="text/css"
href="../_static/classic.css?v=234b1a7c">
<link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=8cd84f99"><link id="pygments_dark_css" media="(prefers-color-scheme: dark)"
rel="stylesheet" type="text/css" href="../_static/pygments_dark.css?v=5349f25f">
<script src="../_static/documentation_options.js?v=5d57ca2d"></script><script src="../_static/doctools.js?v=9bcbadda"></script>
<script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="search" type="application/opensearchdescription+xml" title="Search within Python 3.14.0 documentation" href="../_static/opensearch.xml">
<link rel="author" title="About these documents" href="../about.html"><link rel="index" title="Index" href="../genindex.html">
<link rel="next" title="${pyNext}" href="fileinput.html"><link rel="prev" title="${pyPrev}" href="mmap.html">
<link rel="canonical" href="https://docs.python.org/3/library/chunkio.html">
<script type="text/javascript" src="../_static/rtd_switcher.js"></script><meta name="readthedocs-addons-api-version" content="1">
<script src="../_static/menu.js"></script><script src="../_static/search-focus.js"></script><script src="../_static/themetoggle.js"></script>
</head><body>
<div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false" role="button" aria-label="Menu"><nav class="nav-content" role="navigation"><label for="menuToggler" class="toggler__label">
<span></span></label><span class="nav-items-wrapper"><a href="https://www.python.org/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo">
</a><span class="version_switcher_placeholder"></span><form role="search" class="search" action="../search.html" method="get">
<svg width="20" height="20" viewBox="0 0 20 20" fill="none" class="search-icon"><path fill-rule="nonzero" fill="currentColor" d="M15.5 14h-.79"></path></svg>
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q"><input type="submit" value="Go"></form></span></nav>
<div class="menu-wrapper"><nav class="menu" role="navigation" aria-label="main navigation"><div class="language_switcher_placeholder"></div>
${pyTheme}
${pySide}
</nav></div></div>
${pyRelated(false)}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="module-chunkio"><span id="chunkio-read-binary-streams-in-fixed-size-chunks"></span>
<h1>${code('chunkio')} — Read binary streams in fixed-size chunks<a class="headerlink" href="#module-chunkio" title="Link to this heading">¶</a></h1>
${ps(pyIntro.slice(0, 1))}
<hr class="docutils">
${ps(pyIntro.slice(1))}
<div class="admonition note"><p class="admonition-title">Note</p>
${ps(pyNote)}
</div>
<div class="versionadded">${ps(pyAdded)}</div>
<section id="reader-objects"><h2>${pyH1}<a class="headerlink" href="#reader-objects" title="Link to this heading">¶</a></h2>
<dl class="py class">${sig(
  'chunkio.ChunkReader',
  '<em class="property"><span class="pre">class</span><span class="w"> </span></em><span ' +
    'class="sig-prename descclassname"><span class="pre">chunkio.</span></span>',
  'ChunkReader',
  '<em class="sig-param"><span class="n"><span ' +
    'class="pre">stream</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">size</span></span><span class="o"><span ' +
    'class="pre">=</span></span><span class="default_value"><span class="pre">4096</span></span></em>, <span class="o"><abbr title="Keyword-only ' +
    'parameters ' +
    'separator (PEP 3102)"><span class="pre">*</span></abbr></span>, <em class="sig-param"><span class="n"><span class="pre">strict</span></span><span ' +
    'class="o"><span class="pre">=</span></span><span class="default_value"><span class="pre">False</span></span></em>',
)}
<dd>${ps(pyClassDoc)}
<dl class="py method">${sig('chunkio.ChunkReader.read', '', 'read', '')}<dd>${ps(pyMethDoc.slice(0, 1))}</dd></dl>
<dl class="py method">${sig('chunkio.ChunkReader.skip', '', 'skip', '<em class="sig-param"><span class="n"><span class="pre">n</span></span></em>')}
<dd>${ps(pyMethDoc.slice(1, 2))}</dd></dl>
<dl class="py method">${sig('chunkio.ChunkReader.close', '', 'close', '')}<dd>${ps(pyMethDoc.slice(2))}</dd></dl>
</dd></dl></section>
<section id="exceptions"><h2>${pyH2}<a class="headerlink" href="#exceptions" title="Link to this heading">¶</a></h2>
<dl class="py exception">${sig(
  'chunkio.ShortChunkError',
  '<em class="property"><span class="pre">exception</span><span class="w"> </span></em><span ' +
    'class="sig-prename descclassname"><span class="pre">chunkio.</span></span>',
  'ShortChunkError',
  '',
)}
<dd>${ps(pyExcDoc)}</dd></dl></section>
<section id="example"><h2>${pyH3}<a class="headerlink" href="#example" title="Link to this heading">¶</a></h2>
${ps(pyExample)}
<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="kn">import</span><span class="w"> </span><span
class="nn">chunkio</span>

<span class="k">with</span> <span class="nb">open</span><span class="p">(</span><span class="s1">'records.dat'</span><span class="p">,</span> <span
class="s1">'rb'</span><span class="p">)</span> <span class="k">as</span> <span class="n">f</span><span class="p">:</span>
    <span class="k">for</span> <span class="n">i</span><span class="p">,</span> <span class="n">rec</span> <span class="ow">in</span> <span
class="nb">enumerate</span><span class="p">(</span><span class="n">chunkio</span><span class="o">.</span><span class="n">ChunkReader</span><span
class="p">(</span><span class="n">f</span><span class="p">,</span> <span class="mi">32</span><span class="p">)):</span>
        <span class="k">if</span> <span class="n">rec</span><span class="p">[</span><span class="mi">0</span><span class="p">]</span> <span
class="o">==</span> <span class="mi">0</span><span class="p">:</span>
            <span class="nb">print</span><span class="p">(</span><span class="n">i</span><span class="p">)</span>
</pre></div></div>
${ps(pyOutro)}
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt>${pySee[0]}</dt><dd>${ps(pySee.slice(1))}</dd></dl></div>
</section></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper">${pySide}</div>
<div id="sidebarbutton" title="Collapse sidebar"><span>«</span></div></div>
<div class="clearer"></div></div>
${pyRelated(true)}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001-2025, Python Software Foundation.<br>
${pyFoot[0]}<br>${pyFoot[1]}<br>See <a href="/license.html">History and License</a> for more information.<br><br>
${pyFoot[2]} <a href="https://www.python.org/psf/donations/">${pyFoot[3]}</a><br><br>${pyFoot[4]}<br>
<a href="/bugs.html">Found a bug</a>?<br>Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.</div>
<script type="text/javascript" src="../_static/switchers.js"></script></body></html>`;
const pythonDocs: TestPage = {
  html: pyHtml,
  name: 'heldout162-python-docs-module',
  kind: 'docs',
  // the "Source code:" line, the version note and the note's and see-also entry's text are body; signatures, code, the
  // "Note" and "See also" labels and the ¶ headerlinks are in neither list; the sidebar and menu (which repeat the
  // headings as a table of contents), related bars, theme selector and footer are furniture
  title: pyTitle,
  headings: [pyH1, pyH2, pyH3],
  body: texts([...pyIntro, ...pyNote, ...pyAdded, ...pyClassDoc, ...pyMethDoc, ...pyExcDoc, ...pyExample, ...pyOutro, ...pySee.slice(1)]),
  bylines: [pyFoot[4] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Theme', 'Auto', 'Light', 'Dark', 'Table of Contents', 'Previous topic', pyPrev, 'Next topic', pyNext, 'This page', 'Report a bug',
    'Show source', 'Navigation', 'index', 'Python', 'modules', 'next', 'previous', '3.14.0 Documentation', 'The Python Standard Library',
    'File and Directory Access', '«', '© Copyright 2001-2025, Python Software Foundation.', pyFoot[0] ?? '', pyFoot[1] ?? '',
    'See History and License for more information.', pyFoot[2] ?? '', pyFoot[3] ?? '', 'Found a bug?', 'Created using Sphinx 8.2.3.',
  ],
};

export const HELDOUT162_A: readonly TestPage[] = [pythonDocs, pypiPage];
