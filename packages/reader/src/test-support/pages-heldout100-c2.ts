import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file c2: a Read the Docs tutorial page built with Sphinx and sphinx_rtd_theme (the side nav with the
 * project name, version, "Search docs" box, the "Contents:" caption and the toctree, the breadcrumbs with "Edit on GitHub",
 * headerlink pilcrows, a note and a warning admonition, code blocks with prompts, the Previous / Next footer buttons, the
 * copyright and "Built with Sphinx" line, the EthicalAds placement and the Read the Docs flyout menu).
 */
const rtTitle = 'Tutorial: Your first pipeline';
const rtP0 = [
  'In this tutorial you will build a small pipeline that reads a folder of CSV files, cleans them, and writes a single summary ' +
    'table. It takes about fifteen minutes and assumes you have installed Brookline as described in Installation.',
];
const rtH1 = 'Create a project';
const rtP1 = [
  'Brookline projects live in a folder with a <code class="docutils literal notranslate"><span class="pre">brook.toml</span></code> file at the top. ' +
    'Create one with the <code class="docutils literal notranslate"><span class="pre">init</span></code> command:',
];
const rtP1b = [
  'This creates the configuration file, an empty <code class="docutils literal notranslate"><span class="pre">steps/</span></code> folder and a <code ' +
    'class="docutils literal notranslate"><span class="pre">data/</span></code> folder. Copy your CSV files into <code class="docutils literal ' +
    'notranslate"><span class="pre">data/</span></code> before going on.',
];
const rtNote = 'The tutorial uses the sample files from the <em>brookline-examples</em> repository. Any CSV files with a header row will work.';
const rtH2 = 'Write a step';
const rtP2 = [
  'A step is a Python function decorated with <code class="docutils literal notranslate"><span class="pre">@step</span></code>. It receives a table ' +
    'and returns a table. ' +
    'Create <code class="docutils literal notranslate"><span class="pre">steps/clean.py</span></code> with the following contents:',
  'The decorator registers the function under its name, so the pipeline file can refer to it as <code class="docutils literal notranslate"><span ' +
    'class="pre">clean</span></code>. ' +
    'Steps should not change their input; always return a new table.',
];
const rtH3 = 'Connect the steps';
const rtP3 = ['Open <code class="docutils literal notranslate"><span class="pre">brook.toml</span></code> and list the steps in the order they should run:'];
const rtP3b = [
  'Each entry in <code class="docutils literal notranslate"><span class="pre">steps</span></code> names a function. The pipeline passes the output of ' +
    'one step to the next. The last step’s output is written to the file named by <code class="docutils literal notranslate"><span ' +
    'class="pre">output</span></code>.',
];
const rtWarn = 'Step names must be unique across the whole project. If two files define a step with the same name, the pipeline will refuse to start.';
const rtH4 = 'Run it';
const rtP4 = [
  'Run the pipeline from the project folder:',
  'You should see one line per step and a final line with the number of rows written:',
  'If a step fails, the pipeline stops and prints the step name and the error. Fix the step and run it again; completed steps are cached, so only the ' +
    'failed step and those after it run.',
];
const rtH5 = 'Next steps';
const rtList = [
  'Read Configuration to learn every option in <code class="docutils literal notranslate"><span class="pre">brook.toml</span></code>.',
  'See Testing steps to write tests for your step functions.',
  'Try the Scheduling guide to run a pipeline every night.',
];
const rtToc = ['Installation', 'Tutorial: Your first pipeline', 'Configuration', 'Testing steps', 'Scheduling', 'API reference', 'Changelog'];
const rtProject = ['Contributing', 'Code of conduct', 'License'];
const rtSub = ['Create a project', 'Write a step', 'Connect the steps', 'Run it', 'Next steps'];
const code = (lang: string, body: string): string =>
  `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${body}</pre></div></div>`;
const hl = (id: string, tag: string, t: string): string =>
  `<section id="${id}"><${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></${tag}>`;
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const rtHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Tutorial: Your first pipeline &mdash; Brookline 2.3.1 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1"><link rel="stylesheet" type="text/css"
href="../_static/css/theme.css?v=e59714d7">
<link rel="canonical" href="https://brookline.readthedocs.io/en/latest/tutorial.html">
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/documentation_options.js?v=8a448e45"></script>
<script src="../_static/doctools.js?v=9a2dae69"></script><script src="../_static/js/theme.js"></script>
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="brookline"><meta name="readthedocs-version-slug" content="latest">
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="Configuration" href="configuration.html"><link rel="prev" title="Installation" href="installation.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Brookline</a><div class="version">2.3.1</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs"><input type="hidden" name="check_keywords" value="yes"><input type="hidden" name="area" value="default"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><p class="caption" role="heading"><span
class="caption-text">Contents:</span></p>
<ul class="current">${rtToc
  .map((t, i) =>
    i === 1
      ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul>${rtSub
          .map((s) => `<li class="toctree-l2"><a class="reference internal" href="#${s.toLowerCase().replace(/ /g, '-')}">${s}</a></li>`)
          .join('')}</ul></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
  )
  .join('\n')}</ul><p class="caption" role="heading"><span class="caption-text">Project:</span></p><ul>${rtProject
  .map((t) => `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`)
  .join('')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i
data-toggle="wy-nav-top" class="fa fa-bars"></i>
<a href="../index.html">Brookline</a></nav><div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation">
<ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item active">Tutorial:
Your first pipeline</li>
<li class="wy-breadcrumbs-aside"><a href="https://github.com/brookline-data/brookline/blob/main/docs/tutorial.rst" class="fa fa-github"> Edit on
GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
${hl('tutorial-your-first-pipeline', 'h1', rtTitle)}
${p(rtP0)}
${hl('create-a-project', 'h2', rtH1)}
${p(rtP1)}
${code(
  'console',
  '<span class="gp">$ </span>brook<span class="w"> </span>init<span class="w"> </span>my-first-pipeline\n<span class="gp">$ ' +
    '</span><span class="nb">cd</span><span class="w"> </span>my-first-pipeline',
)}
${p(rtP1b)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${rtNote}</p></div></section>
${hl('write-a-step', 'h2', rtH2)}
${p(rtP2.slice(0, 1))}
${code(
  'python',
  '<span class="kn">from</span> <span class="nn">brookline</span> <span class="kn">import</span> <span class="n">step</span>\n\n<span ' +
    'class="nd">@step</span>\n<span class="k">def</span> <span class="nf">clean</span><span class="p">(</span><span class="n">table</span><span ' +
    'class="p">):</span>\n    <span class="k">return</span> <span class="n">table</span><span class="o">.</span><span class="n">drop_empty</span><span ' +
    'class="p">()</span><span class="o">.</span><span class="n">strip_whitespace</span><span class="p">()</span>',
)}
${p(rtP2.slice(1))}</section>
${hl('connect-the-steps', 'h2', rtH3)}
${p(rtP3)}
${code(
  'toml',
  '<span class="k">[pipeline]</span>\n<span class="n">input</span><span class="w"> </span><span class="o">=</span><span class="w"> ' +
    '</span><span class="s2">"data/*.csv"</span>\n<span class="n">steps</span><span class="w"> </span><span class="o">=</span><span class="w"> ' +
    '</span><span class="p">[</span><span class="s2">"clean"</span><span class="p">,</span><span class="w"> </span><span ' +
    'class="s2">"summarise"</span><span class="p">]</span>\n<span class="n">output</span><span class="w"> </span><span class="o">=</span><span ' +
    'class="w"> </span><span class="s2">"summary.csv"</span>',
)}
${p(rtP3b)}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${rtWarn}</p></div></section>
${hl('run-it', 'h2', rtH4)}
${p(rtP4.slice(0, 1))}
${code('console', '<span class="gp">$ </span>brook<span class="w"> </span>run')}
${p(rtP4.slice(1, 2))}
${code('text', 'clean        3 files   1,204 rows\nsummarise    1 table      48 rows\nwrote summary.csv (48 rows)')}
${p(rtP4.slice(2))}</section>
${hl('next-steps', 'h2', rtH5)}
<ul class="simple">${rtList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section></section>
</div></div><footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
<a href="installation.html" class="btn btn-neutral float-left" title="Installation" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
aria-hidden="true"></span> Previous</a>
<a href="configuration.html" class="btn btn-neutral float-right" title="Configuration" accesskey="n" rel="next">Next <span class="fa
fa-arrow-circle-right" aria-hidden="true"></span></a>
</div><hr><div role="contentinfo"><p>&#169; Copyright 2025, The Brookline Contributors.</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd"><div class="ea-content">
<a class="ea-text" href="https://server.ethicalads.example/proxy/click/1">Monitor your Python jobs in one place. Try Lantern free for 14 days.</a></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/">Ads by EthicalAds</a></div></div>
<readthedocs-flyout><div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version"
data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl><dt>Versions</dt>
<dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/2.2.x/">2.2.x</a></dd></dl><dl><dt>Downloads</dt>
<dd><a href="/_/downloads/en/latest/pdf/">PDF</a></dd><dd><a href="/_/downloads/en/latest/epub/">Epub</a></dd></dl><dl><dt>On Read the Docs</dt>
<dd><a href="//readthedocs.org/projects/brookline/">Project Home</a></dd><dd><a href="//readthedocs.org/projects/brookline/builds/">Builds</a></dd></dl>
</div></div></readthedocs-flyout>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const rtdTutorial: TestPage = {
  html: rtHtml,
  name: 'heldout100-readthedocs-sphinx-docs',
  kind: 'docs',
  // admonition texts are body, their "Note" / "Warning" titles in neither list; code blocks are in neither; the toctree
  // (which repeats the title and the headings) is left out of the furniture, its other entries are furniture
  title: rtTitle,
  headings: [rtH1, rtH2, rtH3, rtH4, rtH5],
  body: texts([...rtP0, ...rtP1, ...rtP1b, rtNote, ...rtP2, ...rtP3, ...rtP3b, rtWarn, ...rtP4, ...rtList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brookline', '2.3.1', 'Contents:', ...rtToc.filter((t) => t !== rtTitle), 'Project:', ...rtProject, 'Edit on GitHub', 'Previous', 'Next',
    '© Copyright 2025, The Brookline Contributors.', 'Built with Sphinx using a theme provided by Read the Docs.',
    'Monitor your Python jobs in one place. Try Lantern free for 14 days.', 'Ads by EthicalAds', 'Read the Docs', 'v: latest', 'Versions', 'latest',
    'stable', '2.2.x', 'Downloads', 'PDF', 'Epub', 'On Read the Docs', 'Project Home', 'Builds',
  ],
};
