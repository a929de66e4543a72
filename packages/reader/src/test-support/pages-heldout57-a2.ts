/**
 * Held-out batch 57, file a2: the frame of the docs.python.org page of file a (Sphinx signature and code helpers, the head,
 * the mobile menu, the related bar, the sidebar and the footer), split off to keep file a under 300 lines.
 */
export const pyFoot = [
  'This page is licensed under the Python Software Foundation License Version 2.',
  'Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.',
  'The Python Software Foundation is a non-profit corporation.',
  'Please donate.',
];
const pyCode = (s: string): string => `<code class="descname sig-name"><span class="pre">${s}</span></code>`;
const pyPre = (s: string): string => `<span class="pre">${s}</span>`;
/** A Sphinx signature parameter, with its default. */
export const pyParam = (n: string, d?: string): string =>
  n === '*'
    ? `<em class="sig-param"><span class="o">${pyPre('*')}</span></em>`
    : `<em class="sig-param"><span class="n">${pyPre(n)}</span>` +
      (d === undefined ? '' : `<span class="o">${pyPre('=')}</span><span class="default_value">${pyPre(d)}</span>`) +
      '</em>';
/** A Sphinx `dt` signature on one line, as Sphinx writes it: keyword, module prefix, name, parameters, permalink. */
export const pySig = (id: string, kw: string, mod: boolean, name: string, params: string[] | null): string =>
  `<dt class="sig sig-object py" id="${id}">\n` +
  (kw === '' ? '' : `<em class="property"><span class="k">${pyPre(kw)}</span><span class="w"> </span></em>`) +
  (mod ? `<span class="sig-prename descclassname">${pyPre('ratelimit.')}</span>` : '') +
  pyCode(name) +
  (params === null ? '' : `<span class="sig-paren">(</span>${params.join(', ')}<span class="sig-paren">)</span>`) +
  `<a class="headerlink" href="#${id}" title="Link to this definition">¶</a></dt>`;
const pyKw = new Set(['import', 'for', 'in', 'with', 'as', 'class', 'def', 'return']);
/** Pygments-style spans for lines of Python (keywords, names, numbers, operators, punctuation). */
const pyHl = (src: string): string =>
  src.replace(/([A-Za-z_]\w*)|(\d+)|([=/])|([()[\]{}:,.])/g, (m, w?: string, n?: string, o?: string) => {
    const cls = w !== undefined ? (pyKw.has(w) ? 'k' : m === 'self' ? 'bp' : 'n') : n !== undefined ? 'mi' : o !== undefined ? 'o' : 'p';
    return `<span class="${cls}">${m}</span>`;
  });
export const pyEx1Code = [
  'import ratelimit, urllib.request',
  '',
  'bucket = ratelimit.TokenBucket(rate=5, capacity=10)',
  'for url in urls:',
  '    ratelimit.wait(bucket)',
  '    with urllib.request.urlopen(url) as resp:',
  '        save(url, resp.read())',
];
export const pyEx2Code = [
  'class Throttle(logging.Filter):',
  '    def __init__(self):',
  '        self.buckets = {}',
  '    def filter(self, record):',
  '        b = self.buckets.setdefault(record.msg, ratelimit.TokenBucket(3 / 60, 3))',
  '        return b.acquire()',
];
export const pyBlock = (lines: string[]): string =>
  `<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span>${pyHl(lines.join('\n'))}\n</pre></div>\n</div>`;
export const pyMod = (m: string): string => `<code class="xref py py-mod docutils literal notranslate"><span class="pre">${m}</span></code>`;
const pyTheme = `<label class="theme-selector-label">
    Theme
    <select class="theme-selector" oninput="activateTheme(this.value)">
        <option value="auto" selected>Auto</option><option value="light">Light</option><option value="dark">Dark</option>
    </select>
</label>`;
const pySidebar = `<div>
    <h3><a href="../contents.html">Table of Contents</a></h3>
    <ul>
<li><a class="reference internal" href="#">${pyMod('ratelimit')} — Token-bucket rate limiting</a><ul>
<li><a class="reference internal" href="#bucket-objects">Bucket objects</a></li>
<li><a class="reference internal" href="#waiting-for-a-token">Waiting for a token</a></li>
<li><a class="reference internal" href="#examples">Examples</a></li>
</ul>
</li>
</ul>
  </div>
  <div>
    <h4>Previous topic</h4>
    <p class="topless"><a href="queue.html" title="previous chapter">${pyMod('queue')} — A synchronized queue class</a></p>
  </div>
  <div>
    <h4>Next topic</h4>
    <p class="topless"><a href="contextvars.html" title="next chapter">${pyMod('contextvars')} — Context Variables</a></p>
  </div>
  <div role="note" aria-label="source link">
    <h3>This page</h3>
    <ul class="this-page-menu">
      <li><a href="../bugs.html">Report a bug</a></li>
      <li>
        <a href="https://github.com/python/cpython/blob/main/Doc/library/ratelimit.rst?plain=1"
            rel="nofollow">Show source
        </a>
      </li>
    </ul>
  </div>`;
/** The whole page around the article (`<section id="module-ratelimit">...</section>`). */
export const pyPage = (article: string): string =>
  `<!DOCTYPE html>

<html lang="en" data-content_root="../">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="ratelimit — Token-bucket rate limiting" />
<meta property="og:type" content="website" />
<meta property="og:url" content="https://docs.python.org/3/library/ratelimit.html" />
<meta property="og:site_name" content="Python documentation" />
<meta property="og:description" content="Source code: Lib/ratelimit.py This module provides a small, thread-safe implementation of the token-bucket..." />
<meta name="description" content="Source code: Lib/ratelimit.py This module provides a small, thread-safe implementation of the token-bucket..." />
<meta name="theme-color" content="#3776ab">
    <title>ratelimit — Token-bucket rate limiting &#8212; Python 3.14.0 documentation</title>
    <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3" />
    <link rel="stylesheet" type="text/css" href="../_static/pydoctheme.css?v=8cd84f99" />
    <script src="../_static/documentation_options.js?v=5d57ca2d"></script>
    <script src="../_static/doctools.js?v=9bcbadda"></script>
    <link rel="next" title="contextvars — Context Variables" href="contextvars.html" />
    <link rel="prev" title="queue — A synchronized queue class" href="queue.html" />
<script defer file-types="bz2,chm,epub,gz,json,tar,tgz,txt,xz,zip" data-domain="docs.python.org"
  src="https://analytics.python.org/js/script.file-downloads.outbound-links.js"></script>
    <link rel="canonical" href="https://docs.python.org/3/library/ratelimit.html">
    <style>
      @media only screen {
        table.full-width-table { width: 100%; }
      }
    </style>
<link rel="stylesheet" href="../_static/pydoctheme_dark.css" media="(prefers-color-scheme: dark)" id="pydoctheme_dark_css">
            <script type="text/javascript" src="../_static/copybutton.js"></script>
            <script type="text/javascript" src="../_static/menu.js"></script>
            <script type="text/javascript" src="../_static/themetoggle.js"></script>
            <meta name="readthedocs-addons-api-version" content="1">
  </head>
<body>
<div class="mobile-nav">
    <input type="checkbox" id="menuToggler" class="toggler__input" aria-controls="navigation"
           aria-pressed="false" aria-expanded="false" role="button" aria-label="Menu">
    <nav class="nav-content" role="navigation">
        <label for="menuToggler" class="toggler__label"><span></span></label>
        <span class="nav-items-wrapper">
            <a href="https://www.python.org/" class="nav-logo"><img src="../_static/py.svg" alt="Python logo"></a>
            <span class="version_switcher_placeholder"></span>
            <form role="search" class="search" action="../search.html" method="get">
                <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" class="search-icon">
                    <path fill-rule="nonzero" fill="currentColor" d="M15.5 14h-.79l-.28-.27a6.5 6.5 0 001.48-5.34"></path></svg>
                <input placeholder="Quick search" aria-label="Quick search" type="search" name="q">
                <input type="submit" value="Go">
            </form>
        </span>
    </nav>
    <div class="menu-wrapper">
        <nav class="menu" role="navigation" aria-label="main navigation">
            <div class="language_switcher_placeholder"></div>
            ${pyTheme}
  ${pySidebar}
        </nav>
    </div>
</div>
  <div class="related" role="navigation" aria-label="Related">
    <h3>Navigation</h3>
    <ul>
      <li class="right" style="margin-right: 10px"><a href="../genindex.html" title="General Index" accesskey="I">index</a></li>
      <li class="right" ><a href="../py-modindex.html" title="Python Module Index" >modules</a> |</li>
      <li class="right" ><a href="contextvars.html" title="contextvars — Context Variables" accesskey="N">next</a> |</li>
      <li class="right" ><a href="queue.html" title="queue — A synchronized queue class" accesskey="P">previous</a> |</li>
          <li><img src="../_static/py.svg" alt="Python logo" style="vertical-align: middle; margin-top: -1px"></li>
          <li><a href="https://www.python.org/">Python</a> &#187;</li>
          <li class="switchers"><div class="language_switcher_placeholder"></div><div class="version_switcher_placeholder"></div></li>
    <li id="cpython-language-and-version"><a href="../index.html">3.14.0 Documentation</a> &#187;</li>
          <li class="nav-item nav-item-1"><a href="index.html" >The Python Standard Library</a> &#187;</li>
          <li class="nav-item nav-item-2"><a href="concurrency.html" accesskey="U">Concurrent Execution</a> &#187;</li>
        <li class="nav-item nav-item-this"><a href="">${pyMod('ratelimit')} — Token-bucket rate limiting</a></li>
                <li class="right">
    <div class="inline-search" role="search">
        <form class="inline-search" action="../search.html" method="get">
          <input placeholder="Quick search" aria-label="Quick search" type="search" name="q" id="search-box" />
          <input type="submit" value="Go" />
        </form>
    </div>
                     |
                </li>
            <li class="right">
${pyTheme} |</li>
      </ul>
    </div>
    <div class="document">
      <div class="documentwrapper">
        <div class="bodywrapper">
          <div class="body" role="main">
${article}
            <div class="clearer"></div>
          </div>
        </div>
      </div>
      <div class="sphinxsidebar" role="navigation" aria-label="Main">
        <div class="sphinxsidebarwrapper">
  ${pySidebar}
        </div>
<div id="sidebarbutton" title="Collapse sidebar">
<span>«</span>
</div>
      </div>
      <div class="clearer"></div>
    </div>
    <div class="footer">
    &copy; <a href="../copyright.html">Copyright</a> 2001 Python Software Foundation.
    <br>
    ${pyFoot[0]}
    <br>
    ${pyFoot[1]}
    <br>
    See <a href="/license.html">History and License</a> for more information.<br>
    <br>
    ${pyFoot[2]}
<a href="https://www.python.org/psf/donations/">${pyFoot[3]}</a>
<br>
    <br>
      Last updated on Nov 21, 2025 (09:42 UTC).
    <a href="/bugs.html">Found a bug</a>?
    <br>
    Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 8.2.3.
    </div>
    <script type="text/javascript" src="../_static/switchers.js"></script>
  </body>
</html>`;
