import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file f2: a Python project's documentation built with Sphinx's singlehtml builder on the Alabaster theme,
 * the page a reader prints to get the whole manual (the related-links bar, the body with each included document's sections
 * and headerlink pilcrows, code blocks, an admonition, and the sidebar with the logo h1, the description, the Navigation
 * toctree, Related Topics and Quick search, and the footer with the Sphinx and Alabaster credits).
 */
const xTitle = 'Larkspur documentation';
const hd = (tag: string, id: string, t: string): string => `<${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></${tag}>`;
const xIntro = [
  j(
    'Larkspur checks configuration files against a schema before your application reads them. It understands TOML, YAML and INI,',
    'reports every problem in a file at once rather than stopping at the first, and points at the line and column of each mistake.',
  ),
  'This manual covers installation, a first schema, the command-line tool and the full list of schema keywords.',
];
const xH = ['Installation', 'Quick start', 'Using the command line', 'Schema keywords', 'Changelog'] as const;
const xInstall = [
  'Larkspur needs Python 3.10 or later and has no required dependencies. Install it from the package index with pip:',
  j(
    'YAML support uses an optional extra, because the YAML parser is the largest dependency and many projects only use TOML.',
    'Install it with the <code class="docutils literal notranslate"><span class="pre">yaml</span></code> extra if you need it.',
  ),
];
const xQuick = [
  j(
    'A schema is itself a TOML file. Each table in the schema describes a table in the configuration, and each key names the',
    'type and any constraints of the value it expects.',
  ),
  'Save the schema next to your configuration and validate the file from Python:',
  j(
    'If the file is valid, <code class="docutils literal notranslate"><span class="pre">validate()</span></code> returns the parsed',
    'data. If it is not, it raises a single exception whose message lists every problem found, each with its line and column.',
  ),
];
const xNote = j(
  'Larkspur never fills in default values unless the schema asks it to with the default keyword. A valid file is returned',
  'exactly as it was written.',
);
const xCli = ['The larkspur command validates one or more files against a schema and exits with a non-zero status if any file is invalid.', 'Useful options:'];
const xOpts = [
  '--format text|json chooses between readable output and a JSON report for other tools',
  '--strict treats keys that the schema does not mention as errors',
  '--quiet prints nothing and only sets the exit status, for use in pre-commit hooks',
];
const xKeywords = [
  'type: one of string, integer, float, boolean, list or table',
  'required: whether the key must be present; keys are optional by default',
  'default: a value to insert when the key is missing',
  'min and max: bounds for numbers, or for the length of strings and lists',
  'pattern: a regular expression that a string must match in full',
  'choices: a list of the only values allowed',
];
const xChanges = [
  'Version 2.3.0 added the --quiet option and reports the column of errors inside inline tables.',
  'Version 2.2.0 added INI support and dropped Python 3.9.',
];
const xToc = ['Installation', 'Quick start', 'Using the command line', 'Schema keywords', 'Changelog'];
const code = (lang: string, t: string): string => `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${t}</pre></div></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${xTitle} — Larkspur 2.3.0 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=61243dd2"><link rel="stylesheet" type="text/css" href="_static/alabaster.css?v=12dfc556">
<script src="_static/documentation_options.js?v=e0a75244"></script><script src="_static/doctools.js?v=9a2dae69"></script>
<script src="_static/sphinx_highlight.js?v=dc90522c"></script><link rel="index" title="Index" href="genindex.html">
<link rel="search" title="Search" href="search.html"><link rel="stylesheet" href="_static/custom.css" type="text/css"></head>
<body><div class="related" role="navigation" aria-label="Related"><h3>Navigation</h3><ul>
<li class="right" style="margin-right: 10px"><a href="genindex.html" title="General Index" accesskey="I">index</a></li>
<li class="nav-item nav-item-0"><a href="#">Larkspur 2.3.0 documentation</a> »</li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="larkspur-documentation">${hd('h1', 'larkspur-documentation', xTitle)}
${ps(xIntro)}
<div class="toctree-wrapper compound"><span id="document-install"></span><section id="installation">${hd('h2', 'installation', xH[0])}
<p>${xInstall[0] ?? ''}</p>
${code('console', '$ python -m pip install larkspur')}
<p>${xInstall[1] ?? ''}</p>
${code('console', '$ python -m pip install "larkspur[yaml]"')}
</section><span id="document-quickstart"></span><section id="quick-start">${hd('h2', 'quick-start', xH[1])}
<p>${xQuick[0] ?? ''}</p>
${code('toml', '[server]\nhost = { type = "string", required = true }\nport = { type = "integer", min = 1, max = 65535, default = 8080 }')}
<p>${xQuick[1] ?? ''}</p>
${code('python', 'import larkspur\n\nconfig = larkspur.validate("app.toml", schema="schema.toml")')}
<p>${xQuick[2] ?? ''}</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>${xNote}</p></div>
</section><span id="document-cli"></span><section id="using-the-command-line">${hd('h2', 'using-the-command-line', xH[2])}
${ps(xCli)}
${code('console', '$ larkspur --schema schema.toml config/*.toml')}
<ul class="simple">
${lis(xOpts)}
</ul></section><span id="document-keywords"></span><section id="schema-keywords">${hd('h2', 'schema-keywords', xH[3])}
<ul class="simple">
${lis(xKeywords)}
</ul></section><span id="document-changelog"></span><section id="changelog">${hd('h2', 'changelog', xH[4])}
<ul class="simple">
${lis(xChanges)}
</ul></section></div></section>
<div class="clearer"></div></div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper">
<h1 class="logo"><a href="#">Larkspur</a></h1>
<p class="blurb">Validate configuration files before they bite.</p>
<h3>Navigation</h3><ul>${links(xToc, 'toctree-l1')}</ul>
<div class="relations"><h3>Related Topics</h3><ul><li><a href="#">Documentation overview</a></li></ul></div>
<search id="searchbox" style="display: none" role="search"><h3 id="searchlabel">Quick search</h3><div class="searchformwrapper">
<form class="search" action="search.html" method="get"><input type="text" name="q" aria-labelledby="searchlabel"><input type="submit" value="Go">
</form></div></search><script>document.getElementById('searchbox').style.display = "block"</script></div></div>
<div class="clearer"></div></div>
<div class="footer">©2026, Larkspur contributors. | Powered by <a href="https://www.sphinx-doc.org/">Sphinx 8.1.3</a> &amp;
<a href="https://alabaster.readthedocs.io">Alabaster 1.0.0</a></div></body></html>`;
export const sphinx: TestPage = {
  name: 'heldout451-sphinx-singlehtml-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [...xH],
  body: texts([...xIntro, ...xInstall, ...xQuick, xNote, ...xCli, ...xOpts, ...xKeywords, ...xChanges]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkspur 2.3.0 documentation', 'Validate configuration files before they bite.', 'Navigation', 'Related Topics',
    'Documentation overview', 'Quick search', '©2026, Larkspur contributors. | Powered by Sphinx 8.1.3 & Alabaster 1.0.0',
  ],
};
