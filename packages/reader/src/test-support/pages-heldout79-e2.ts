import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file e2: a docs.python.org library page on the python-docs-theme for a deprecated module (the mobile nav
 * with its search, the "related" bars top and bottom with the rendered language and version switchers and the theme selector,
 * the "Source code:" line, a "Deprecated since version ..., will be removed in version ..." box at the top of the text and
 * further "Deprecated since version" and "Changed in version" notes inside it, "Availability" notes, function and class
 * signatures, a "See also" admonition, the sphinx sidebar with "Table of Contents", "Previous topic", "Next topic" and
 * "This page", and the PSF footer with "Last updated").
 */
const pyTitle = 'sndtags — Read and write audio metadata tags';
const pyDeprecated =
  '<span class="versionmodified deprecated">Deprecated since version 3.13, will be removed in version 3.15: </span>The ' +
  '<code class="xref py py-mod docutils literal notranslate"><span class="pre">sndtags</span></code> module is deprecated (see ' +
  '<a class="pep reference external" href="https://peps.python.org/pep-0804/"><strong>PEP 804</strong></a> for details). Third-party ' +
  'packages on PyPI read and write far more tag formats and are maintained more actively.';
const pyIntro = [
  'The <code class="xref py py-mod docutils literal notranslate"><span class="pre">sndtags</span></code> module reads and writes the ' +
    'small blocks of metadata that audio files carry: title, artist, album, track number and similar fields. It supports ID3 ' +
    'version 2.3 tags in MP3 files and the comment blocks of Ogg Vorbis files.',
  'The module only touches the metadata. It never decodes audio, and it rewrites a file in place only when the new tag fits in ' +
    'the space of the old one; otherwise it writes a new file next to the original and renames it.',
];
const pyAvail = 'Availability: not WASI.';
const pyIntro2 = ['This module does not work or is not available on WebAssembly platforms <code>wasm32-emscripten</code> and <code>wasm32-wasi</code>.'];
const pyRead =
  'Read the tags of the audio file at <em>path</em> and return a <code>TagSet</code> object. Raise <code>UnknownFormatError</code> if ' +
  'the file is neither an MP3 nor an Ogg Vorbis file.';
const pyReadChanged =
  '<span class="versionmodified changed">Changed in version 3.11: </span>Accepts a <a href="../glossary.html#term-path-like-object">path-like ' + 'object</a>.';
const pyWrite =
  'Write <em>tags</em> to the audio file at <em>path</em>. If <em>backup</em> is true, the original file is kept with the suffix ' + '<code>.bak</code>.';
const pyWriteDep =
  '<span class="versionmodified deprecated">Deprecated since version 3.12: </span>The <em>backup</em> parameter. Copy the file ' +
  'yourself before writing if you need a backup.';
const pyTagSet = [
  'A mapping of tag names to values. Keys are case-insensitive strings such as <code>"title"</code> or <code>"tracknumber"</code>; ' +
    'values are lists of strings, because a file may hold the same tag more than once.',
  'Changes to a <code>TagSet</code> only reach the file when it is passed to <code>write()</code>.',
];
const pyTagSetAttr = 'The tag format of the file the set was read from, either <code>"id3"</code> or <code>"vorbis"</code>.';
const pySeeAlso = 'Third-party libraries on PyPI that read and write MP4, FLAC and WMA tags as well, and are the recommended replacement.';
const pyError = 'Raised by <code>read()</code> when the file’s format is not supported.';
const pyH = ['Tag objects', 'Exceptions'];
const pySig = (name: string, args: string, kind = 'function'): string => `<dl class="py ${kind}"><dt class="sig sig-object py" id="sndtags.${name}">
${kind === 'class' ? '<em class="property"><span class="pre">class</span><span class="w"> </span></em>' : ''}<span class="sig-prename descclassname">
<span class="pre">sndtags.</span></span><span class="sig-name descname"><span class="pre">${name}</span></span><span class="sig-paren">(</span>${args}
<span class="sig-paren">)</span><a class="headerlink" href="#sndtags.${name}" title="Link to this definition">¶</a></dt>`;
const arg = (a: string): string => `<em class="sig-param"><span class="n"><span class="pre">${a}</span></span></em>`;
const pyVersions = ['3.15 (in development)', '3.14', '3.13', '3.12', '3.11', '3.10', '3.9'];
const pyLangs = ['English', 'Spanish', 'French', 'Italian', 'Japanese', 'Korean', 'Brazilian Portuguese', 'Simplified Chinese'];
const switchers = `<div class="language_switcher_placeholder"><select id="language_switcher_select" aria-label="Language">${pyLangs
  .map(
    (l, i) => `<option
value="${i}"${i === 0 ? ' selected' : ''}>${l}</option>`,
  )
  .join('')}</select></div><div class="version_switcher_placeholder"><select id="version_switcher_select"
aria-label="Python version">${pyVersions.map((v) => `<option value="${v}"${v === '3.13' ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;
const theme = `<label class="theme-selector-label">Theme <select class="theme-selector" oninput="activateTheme(this.value)"><option value="auto" selected>Auto
</option><option value="light">Light</option><option value="dark">Dark</option></select></label>`;
const related = (id: string): string => `<div class="related" role="navigation" aria-label="${id}"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li>
<li class="right"><a href="../py-modindex.html" title="Python Module Index">modules</a> |</li>
<li class="right"><a href="telnetopts.html" title="telnetopts — Telnet option negotiation" accesskey="N">next</a> |</li>
<li class="right"><a href="pcmtools.html" title="pcmtools — Raw PCM helpers" accesskey="P">previous</a> |</li>
<li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li><li><a href="https://www.python.org/">Python</a>
&#187;</li>
<li class="switchers">${switchers}</li><li id="cpython-language-and-version"><a href="../index.html">3.13.3 Documentation</a> &#187;</li>
<li class="nav-item nav-item-1"><a href="index.html">The Python Standard Library</a> &#187;</li>
<li class="nav-item nav-item-2"><a href="superseded.html" accesskey="U">Superseded Modules</a> &#187;</li>
<li class="nav-item nav-item-this"><a href=""><code class="xref py py-mod docutils literal notranslate"><span class="pre">sndtags</span></code> — Read and
write audio metadata
tags</a></li><li class="right"><div class="inline-search" role="search"><form class="inline-search" action="../search.html" method="get">
<input placeholder="Quick search" aria-label="Quick search" type="search" name="q" id="search-box-${id}"><input type="submit" value="Go"></form></div> |</li>
<li class="right">${theme} |</li></ul></div>`;
const pyHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="../"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="sndtags — Read and write audio metadata tags" /><meta property="og:type" content="website" />
<meta property="og:url" content="https://docs.python.org/3/library/sndtags.html" /><meta property="og:site_name" content="Python documentation" />
<meta property="og:description" content="Source code: Lib/sndtags.py Deprecated since version 3.13, will be removed in version 3.15." />
<meta name="theme-color" content="#3776ab"><title>sndtags — Read and write audio metadata tags &#8212; Python 3.13.3 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3" /><link rel="stylesheet" type="text/css"
href="../_static/classic.css?v=234b1a7c" />
<link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=5ff89526" /><script src="../_static/documentation_options.js?v=5d57ca2d"></script>
<script src="../_static/doctools.js?v=9bcbadda"></script><script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="search" type="application/opensearchdescription+xml" title="Search within Python 3.13.3 documentation" href="../_static/opensearch.xml"/>
<link rel="prev" title="pcmtools — Raw PCM helpers" href="pcmtools.html" /><link rel="canonical" href="https://docs.python.org/3/library/sndtags.html" />
<script defer data-domain="docs.python.org" src="https://plausible.io/js/script.js"></script>
<link rel="stylesheet" href="../_static/pydoctheme_dark.css" media="(prefers-color-scheme: dark)" id="pydoctheme_dark_css">
<script type="text/javascript" src="../_static/copybutton.js"></script><script type="text/javascript" src="../_static/menu.js"></script>
<script type="text/javascript" src="../_static/themetoggle.js"></script><script type="text/javascript" src="../_static/rtd_switcher.js"></script>
<meta name="readthedocs-addons-api-version" content="1"></head>
<body><div class="mobile-nav"><input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation" aria-pressed="false"
aria-expanded="false" role="button" aria-label="Menu" /><nav class="nav-content" role="navigation"><label for="menuToggler" class="toggler__label"><span></span>
</label><span class="nav-items-wrapper"><a href="https://www.python.org/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"/></a>
<form role="search" class="search" action="../search.html" method="get"><input placeholder="Quick search" aria-label="Quick search" type="search" name="q" />
<input type="submit" value="Go"/></form></span></nav><div class="menu-wrapper"><nav class="menu" role="navigation" aria-label="main navigation">${theme}
</nav></div></div>
${related('Related')}
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main"><section id="module-sndtags">
<span id="sndtags-read-and-write-audio-metadata-tags"></span><h1><code class="xref py py-mod docutils literal notranslate"><span
class="pre">sndtags</span></code> — Read
and write audio metadata tags<a class="headerlink" href="#module-sndtags" title="Link to this heading">¶</a></h1>
<p><strong>Source code:</strong> <a class="reference external" href="https://github.com/python/cpython/tree/3.13/Lib/sndtags.py">Lib/sndtags.py</a></p>
<div class="deprecated-removed"><p>${pyDeprecated}</p></div>
<hr class="docutils" />
${pyIntro.map((t) => `<p>${t}</p>`).join('\n')}
<div class="availability docutils container"><p><a class="reference internal" href="intro.html#availability"><span
class="std std-ref">Availability</span></a>: not
WASI.</p><p>${pyIntro2[0]}</p></div>
${pySig('read', arg('path'))}<dd><p>${pyRead}</p><div class="versionchanged"><p>${pyReadChanged}</p></div></dd></dl>
${pySig('write', `${arg('path')}, ${arg('tags')}, ${arg('*')}, ${arg('backup=False')}`)}<dd><p>${pyWrite}</p><div class="deprecated"><p>${pyWriteDep}</p></div>
</dd></dl>
<section id="tag-objects"><h2>${pyH[0]}<a class="headerlink" href="#tag-objects" title="Link to this heading">¶</a></h2>
${pySig('TagSet', '', 'class')}<dd>${pyTagSet.map((t) => `<p>${t}</p>`).join('\n')}
<dl class="py attribute"><dt class="sig sig-object py" id="sndtags.TagSet.format"><span class="sig-name descname"><span class="pre">format</span></span>
<a class="headerlink" href="#sndtags.TagSet.format" title="Link to this definition">¶</a></dt><dd><p>${pyTagSetAttr}</p></dd></dl></dd></dl>
<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="gp">&gt;&gt;&gt; </span><span class="n">tags</span> <span
class="o">=</span>
<span class="n">sndtags</span><span class="o">.</span><span class="n">read</span><span class="p">(</span><span class="s1">'track01.mp3'</span><span
class="p">)</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">tags</span><span class="p">[</span><span class="s1">'title'</span><span class="p">]</span>
<span class="go">['Harbour Lights']</span></pre></div></div>
<div class="admonition seealso"><p class="admonition-title">See also</p><dl class="simple"><dt><a class="reference external"
href="https://pypi.org/">PyPI</a></dt>
<dd><p>${pySeeAlso}</p></dd></dl></div></section>
<section id="exceptions"><h2>${pyH[1]}<a class="headerlink" href="#exceptions" title="Link to this heading">¶</a></h2>
<dl class="py exception"><dt class="sig sig-object py" id="sndtags.UnknownFormatError"><em class="property"><span class="pre">exception</span><span class="w">
</span></em>
<span class="sig-prename descclassname"><span class="pre">sndtags.</span></span><span class="sig-name descname"><span
class="pre">UnknownFormatError</span></span>
<a class="headerlink" href="#sndtags.UnknownFormatError" title="Link to this definition">¶</a></dt><dd><p>${pyError}</p></dd></dl></section></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><div><h3><a href="../contents.html">Table of Contents</a></h3>
<ul><li><a class="reference internal" href="#"><code class="xref py py-mod docutils literal notranslate"><span class="pre">sndtags</span></code> — Read and
write audio
metadata tags</a><ul><li><a class="reference internal" href="#tag-objects">Tag objects</a></li><li><a class="reference internal"
href="#exceptions">Exceptions</a></li>
</ul></li></ul></div><div><h4>Previous topic</h4><p class="topless"><a href="pcmtools.html" title="previous chapter"><code class="xref py py-mod docutils
literal notranslate"><span class="pre">pcmtools</span></code> — Raw PCM helpers</a></p></div>
<div><h4>Next topic</h4><p class="topless"><a href="telnetopts.html"
title="next chapter"><code class="xref py py-mod docutils literal notranslate"><span class="pre">telnetopts</span></code> — Telnet option negotiation</a></p>
</div><div role="note" aria-label="source link"><h3>This page</h3><ul class="this-page-menu"><li><a href="../bugs.html">Report a bug</a></li>
<li><a href="https://github.com/python/cpython/blob/main/Doc/library/sndtags.rst" rel="nofollow">Show source</a></li></ul></div></div></div>
<div class="clearer"></div></div>
${related('Related bottom')}
<div class="footer">© <a href="../copyright.html">Copyright</a> 2001-2025, Python Software Foundation.<br />
This page is licensed under the Python Software Foundation License Version 2.<br />
Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.<br />
See <a href="/license.html">History and License</a> for more information.<br /><br />
The Python Software Foundation is a non-profit corporation. <a href="https://www.python.org/psf/donations/">Please donate.</a><br /><br />
Last updated on Apr 08, 2025 (14:33 UTC). <a href="/bugs.html">Found a bug</a>?<br />
Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.</div></body></html>`;
export const pythonModule: TestPage = {
  html: pyHtml,
  name: 'heldout79-python-docs-module',
  kind: 'docs',
  // the title is the h1 without its "¶" link; "Source code: Lib/sndtags.py" is furniture; the deprecation box at the top, the
  // "Availability" note and the "Changed in version" / "Deprecated since version" notes are body; signatures, the example and
  // the "See also" admonition's title and term are in neither list (its description is body); the "Last updated" line is a byline
  title: pyTitle,
  headings: pyH,
  body: [
    ...texts([pyDeprecated]),
    ...texts(pyIntro),
    pyAvail,
    ...texts(pyIntro2),
    ...texts([pyRead, pyReadChanged, pyWrite, pyWriteDep]),
    ...texts(pyTagSet),
    ...texts([pyTagSetAttr, pySeeAlso, pyError]),
  ],
  bylines: ['Last updated on Apr 08, 2025 (14:33 UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Navigation', 'index', 'modules', 'next', 'previous', 'Python', ...pyLangs, ...pyVersions, '3.13.3 Documentation', 'The Python Standard Library',
    'Superseded Modules', 'Theme', 'Auto', 'Light', 'Dark', 'Source code: Lib/sndtags.py', 'Table of Contents', 'Previous topic',
'pcmtools — Raw PCM helpers',
    'Next topic', 'telnetopts — Telnet option negotiation', 'This page', 'Report a bug', 'Show source', '© Copyright 2001-2025, Python Software Foundation.',
    'This page is licensed under the Python Software Foundation License Version 2.',
    'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
    'See History and License for more information.', 'The Python Software Foundation is a non-profit corporation.', 'Please donate.', 'Found a bug?',
    'Created using Sphinx 8.2.3.',
  ],
};
