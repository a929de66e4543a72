import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file e2: a Sphinx page on the Read the Docs theme, served by Read the Docs (the theme's head with
 * jQuery, doctools and the RTD addons script and meta tags, the side nav with project name, version, search form, toctree
 * captions and the current page's nested entries, the mobile top nav, breadcrumbs with "View page source", the document
 * with nested sections, headerlinks, "Note" and "Warning" admonitions, highlighted code, an autodoc function entry with
 * its signature, "[source]" link and field list, the EthicalAds placement, the empty flyout element, previous/next
 * buttons, copyright and "Built with Sphinx" footer).
 */
const sxTitle = 'Configuring sources';
const sxBody1 = [
  '<strong>quarrel</strong> checks tabular files against a set of rules. Before it can check anything, it needs to know where your ' +
    'files are and how to read them. This page describes the <code class="docutils literal notranslate"><span class="pre">[sources]</span></code> ' +
    'table in <code class="docutils literal notranslate"><span class="pre">quarrel.toml</span></code> and the Python API that loads it.',
];
const sxH1 = 'The sources table';
const sxBody2 = [
  'Each source has a name, a path pattern and, optionally, a format. Patterns are resolved relative to the directory that ' +
    'contains <code class="docutils literal notranslate"><span class="pre">quarrel.toml</span></code>, and may use ' +
    '<code class="docutils literal notranslate"><span class="pre">**</span></code> to match any number of subdirectories.',
];
const sxBody3 = [
  'If the format is omitted, quarrel guesses it from the file extension: <code class="docutils literal notranslate"><span class="pre">.csv</span></code> ' +
    'and <code class="docutils literal notranslate"><span class="pre">.tsv</span></code> are read as delimited text, ' +
    '<code class="docutils literal notranslate"><span class="pre">.parquet</span></code> as Parquet, and anything else is an error.',
];
const sxNote =
  'Globs are expanded once, when the configuration is loaded. Files created while a long check is running are not picked up ' + 'until the next run.';
const sxH2 = 'Encodings and dialects';
const sxBody4 = [
  'Delimited files are read as UTF-8 by default. Older exports from spreadsheet programs are often in another encoding; set it ' +
    'per source with the <code class="docutils literal notranslate"><span class="pre">encoding</span></code> key. The delimiter, ' +
    'quote character and header row can be set the same way.',
];
const sxWarn =
  'quarrel does not try to detect encodings. A file in the wrong encoding usually fails with a decoding error on the first ' +
  'non-ASCII character, but a file in Latin-1 read as Windows-1252 may pass silently with a few characters changed.';
const sxH3 = 'Loading sources from Python';
const sxBody5 = ['The same table can be loaded from Python, for example to run checks from a test suite:'];
const sxDesc = 'Read the sources table from a configuration file and return one source object per entry, in the order they appear.';
const sxParams = [
  '<strong>path</strong> (<em>str</em><em> | </em><em>None</em>) – The configuration file. If <code class="docutils literal notranslate">' +
    '<span class="pre">None</span></code>, quarrel searches the current directory and its parents for <code class="docutils literal ' +
    'notranslate"><span class="pre">quarrel.toml</span></code>.',
  '<strong>strict</strong> (<a class="reference external" href="https://docs.python.org/3/library/functions.html#bool" title="(in Python v3.13)">' +
    '<em>bool</em></a>) – If true, a pattern that matches no files raises an error; otherwise it only logs a warning.',
];
const sxReturns =
  'A list of <a class="reference internal" href="#quarrel.Source" title="quarrel.Source"><code class="xref py py-class docutils literal ' +
  'notranslate"><span class="pre">Source</span></code></a> objects.';
const sxRaises =
  '<a class="reference internal" href="#quarrel.SourceError" title="quarrel.SourceError"><strong>SourceError</strong></a> – If a ' +
  'source has an unknown format or an invalid pattern.';
const sxGuide = ['Installation', 'Quick start', sxTitle, 'Writing rules', 'Running in CI'];
const sxRef = ['Command line', 'Python API', 'Changelog'];
const sxAd = 'Observe every query. Open-source database monitoring that runs anywhere.';
const pre = (t: string): string => `<span class="pre">${t}</span>`;
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">¶</a>`;
const toc = (t: string): string =>
  t === sxTitle
    ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul>
${[sxH1, sxH2, sxH3].map((h) => `<li class="toctree-l2"><a class="reference internal" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
</ul></li>`
    : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`;
const sxToml = `<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span><span class="k">[sources.orders]</span>
<span class="n">path</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"exports/orders-*.csv"</span>
<span class="k">[sources.archive]</span>
<span class="n">path</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"archive/**/*.parquet"</span>
<span class="n">format</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"parquet"</span>
</pre></div></div>`;
const sxPy = `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">import</span> <span class="nn">quarrel</span>
<span class="n">sources</span> <span class="o">=</span> <span class="n">quarrel</span><span class="o">.</span><span class="n">load_sources</span><span
class="p">()</span>
</pre></div></div>`;
const sxSig = `<dt class="sig sig-object py" id="quarrel.load_sources"><span class="sig-prename descclassname">${pre('quarrel.')}</span><span
class="sig-name descname">${pre('load_sources')}</span><span class="sig-paren">(</span><em class="sig-param"><span class="n">${pre('path')}</span><span
class="o">${pre('=')}</span><span class="default_value">${pre('None')}</span></em>, <em class="sig-param"><span class="o">${pre('*')}</span></em>, <em
class="sig-param"><span class="n">${pre('strict')}</span><span class="o">${pre('=')}</span><span class="default_value">${pre('True')}</span></em><span
class="sig-paren">)</span><a class="reference internal"
href="../_modules/quarrel/config.html#load_sources"><span class="viewcode-link">${pre('[source]')}</span></a><a
class="headerlink" href="#quarrel.load_sources" title="Link to this definition">¶</a></dt>`;
const sxHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
  <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Configuring sources &mdash; quarrel 2.4.1 documentation</title>
  <link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3" />
  <link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7" />
      <script src="../_static/jquery.js?v=5d32c60e"></script>
      <script src="../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
      <script src="../_static/documentation_options.js?v=4f1c9a2e"></script>
      <script src="../_static/doctools.js?v=9bcbadda"></script>
      <script src="../_static/sphinx_highlight.js?v=dc90522c"></script>
    <script src="../_static/js/theme.js"></script>
    <link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
    <link rel="next" title="Writing rules" href="rules.html" /><link rel="prev" title="Quick start" href="quickstart.html" />
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script><meta name="readthedocs-project-slug" content="quarrel" />
<meta name="readthedocs-version-slug" content="latest" /><meta name="readthedocs-resolver-filename" content="/guide/sources.html" />
<meta name="readthedocs-http-status" content="200" /></head>

<body class="wy-body-for-nav">
  <div class="wy-grid-for-nav">
    <nav data-toggle="wy-nav-shift" class="wy-nav-side">
      <div class="wy-side-scroll">
        <div class="wy-side-nav-search" >
            <a href="../index.html" class="icon icon-home">
            quarrel
          </a>
              <div class="version">
                2.4
              </div>
<div role="search">
  <form id="rtd-search-form" class="wy-form" action="../search.html" method="get">
    <input type="text" name="q" placeholder="Search docs" aria-label="Search docs" />
    <input type="hidden" name="check_keywords" value="yes" />
    <input type="hidden" name="area" value="default" />
  </form>
</div>
        </div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
              <p class="caption" role="heading"><span class="caption-text">User guide</span></p>
<ul class="current">
${sxGuide.map(toc).join('\n')}
</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p>
<ul>
${sxRef.map(toc).join('\n')}
</ul>

        </div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true" class="ea-placement ea-type-image flat">
<div class="ea-content"><a class="ea-link" href="https://server.ethicalads.io/proxy/click/8812/" rel="nofollow sponsored" target="_blank"><img class="ea-image"
src="https://media.ethicalads.io/media/images/2025/10/pgwatch.png" alt=""></a><div class="ea-text"><a href="https://server.ethicalads.io/proxy/click/8812/"
rel="nofollow sponsored" target="_blank"><strong>Observe every query.</strong> Open-source database monitoring that runs anywhere.</a></div></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/topics/data-science/" rel="nofollow" target="_blank">Ads by EthicalAds</a></div></div>
      </div>
    </nav>

    <section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu" >
          <i data-toggle="wy-nav-top" class="fa fa-bars"></i>
          <a href="../index.html">quarrel</a>
      </nav>

      <div class="wy-nav-content">
        <div class="rst-content">
          <div role="navigation" aria-label="Page navigation">
  <ul class="wy-breadcrumbs">
      <li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
      <li class="breadcrumb-item active">Configuring sources</li>
      <li class="wy-breadcrumbs-aside">
            <a href="../_sources/guide/sources.rst.txt" rel="nofollow"> View page source</a>
      </li>
  </ul>
  <hr/>
</div>
          <div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article">
           <div itemprop="articleBody">

  <section id="configuring-sources">
<h1>${sxTitle}${hl('configuring-sources')}</h1>
<p>${sxBody1[0]}</p>
<section id="the-sources-table">
<h2>${sxH1}${hl('the-sources-table')}</h2>
<p>${sxBody2[0]}</p>
${sxToml}
<p>${sxBody3[0]}</p>
<div class="admonition note">
<p class="admonition-title">Note</p>
<p>${sxNote}</p>
</div>
</section>
<section id="encodings-and-dialects">
<h2>${sxH2}${hl('encodings-and-dialects')}</h2>
<p>${sxBody4[0]}</p>
<div class="admonition warning">
<p class="admonition-title">Warning</p>
<p>${sxWarn}</p>
</div>
</section>
<section id="loading-sources-from-python">
<h2>${sxH3}${hl('loading-sources-from-python')}</h2>
<p>${sxBody5[0]}</p>
${sxPy}
<dl class="py function">
${sxSig}
<dd><p>${sxDesc}</p>
<dl class="field-list simple">
<dt class="field-odd">Parameters<span class="colon">:</span></dt>
<dd class="field-odd"><ul class="simple">
${sxParams.map((p) => `<li><p>${p}</p></li>`).join('\n')}
</ul>
</dd>
<dt class="field-even">Returns<span class="colon">:</span></dt>
<dd class="field-even"><p>${sxReturns}</p>
</dd>
<dt class="field-odd">Raises<span class="colon">:</span></dt>
<dd class="field-odd"><p>${sxRaises}</p>
</dd>
</dl>
</dd></dl>

</section>
</section>


           </div>
          </div>
          <footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
        <a href="quickstart.html" class="btn btn-neutral float-left" title="Quick start" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
        aria-hidden="true"></span> Previous</a>
        <a href="rules.html" class="btn btn-neutral float-right" title="Writing rules" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right"
        aria-hidden="true"></span></a>
    </div>

  <hr/>

  <div role="contentinfo">
    <p>&#169; Copyright 2025, The quarrel developers.</p>
  </div>

  Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
    <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
    provided by <a href="https://readthedocs.org">Read the Docs</a>.


</footer>
        </div>
      </div>
    </section>
  </div>
  <readthedocs-flyout></readthedocs-flyout>
  <script>
      jQuery(function () {
          SphinxRtdTheme.Navigation.enable(true);
      });
  </script>
</body>
</html>`;
export const sphinxRtd: TestPage = {
  html: sxHtml,
  name: 'heldout41-sphinx-rtd',
  kind: 'docs',
  // the h1 is the title (the breadcrumb and the nav's current entry repeat it, and the nav's nested entries repeat the
  // headings: in neither); the three h2s are the headings; the admonitions' text is body with "Note" and "Warning" in neither.
  // The two code blocks and the autodoc signature (code) are in neither list, and so are the field-list labels
  // "Parameters:", "Returns:", "Raises:" (label words, as a callout's); the function's description and its field-list items
  // are body. The page has no byline or date. The side nav with captions, version, EthicalAds text, "View page source",
  // previous/next buttons, copyright and "Built with Sphinx" line are furniture; the project name "quarrel" (nav, mobile
  // bar), the nav's "Python API", the "[source]" link and the "Next" button are body words: left out
  title: sxTitle,
  headings: [sxH1, sxH2, sxH3],
  body: [
    ...texts(sxBody1),
    ...texts(sxBody2),
    ...texts(sxBody3),
    sxNote,
    ...texts(sxBody4),
    sxWarn,
    ...texts(sxBody5),
    sxDesc,
    ...texts(sxParams),
    ...texts([sxReturns, sxRaises]),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2.4', 'User guide', ...sxGuide.filter((t) => t !== sxTitle), 'Reference', ...sxRef.filter((t) => t !== 'Python API'), sxAd, 'Ads by EthicalAds',
    'View page source', 'Previous', '© Copyright 2025, The quarrel developers.',
    'Built with Sphinx using a theme provided by Read the Docs.',
  ],
};
