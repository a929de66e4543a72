import { type TestPage, texts } from './page-kit.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file c2: a user-guide page of a Python library's documentation on Read the Docs, built by Sphinx with
 * sphinx_rtd_theme and saved after the Read the Docs scripts ran (the side nav with the project name, version and search box,
 * captioned toctrees with the current page's sections, the mobile top bar, breadcrumbs with "Edit on GitHub", h1/h2 sections
 * with "¶" header links, docutils literals split into "pre" spans, highlighted code blocks, note/warning/tip admonitions,
 * the Previous/Next footer buttons, copyright with the last-updated date, the "Built with Sphinx" line, the EthicalAds box and
 * the versions flyout).
 */
const rdTitle = 'Retries and backoff';
const lit = (s: string): string =>
  `<code class="docutils literal notranslate">${s
    .split(' ')
    .map((w) => `<span class="pre">${w}</span>`)
    .join(' ')}</code>`;
const rdIntro = [
  'Tasks fail. A worker loses its database connection, an upstream API returns a 503, a file that should exist has not been written yet. ' +
    'Quarry can retry a failed task automatically, waiting a little longer before each attempt, so that transient errors resolve ' +
    'themselves without anyone being paged.',
  'This page explains how to declare a retry policy, how the delay between attempts is calculated, and what happens when a task runs out ' + 'of attempts.',
];
const rdH = ['Declaring a retry policy', 'How the delay is calculated', 'When retries run out'] as const;
const rdDeclare = [
  `Pass a ${lit('Retry')} object to the ${lit('@task')} decorator. The policy applies to every call of that task unless the caller ` +
    `overrides it with ${lit('.with_retry()')}:`,
  `Only the exception types listed in ${lit('on')} are retried. Any other exception fails the task at once, which is usually what you ` +
    `want for programming errors such as a ${lit('TypeError')}.`,
];
const rdNote =
  'Attempts are counted per task run, not per worker. If a worker crashes in the middle of an attempt, that attempt still counts when ' +
  'another worker picks the task up.';
const rdDelay = [
  `Quarry uses exponential backoff with full jitter. The delay before attempt <em>n</em> is a random number of seconds between zero and ` +
    `${lit('min(max_delay, base * 2 ** n)')}.`,
  'Jitter matters when many tasks fail at the same moment, for example because a shared database restarted. Without it, every task would ' +
    'retry on the same schedule and hit the database together again.',
  'The defaults are:',
];
const rdDefaults = [`${lit('base')}: 1 second`, `${lit('max_delay')}: 300 seconds`, `${lit('max_attempts')}: 5`];
const rdWarn = `Setting ${lit('jitter=False')} is supported for tests, but it should not be used in production.`;
const rdOut = [
  'After the last attempt the task moves to the dead-letter queue, where it keeps its arguments, its traceback and the time of each ' +
    'attempt. You can inspect the queue from the command line:',
  `To requeue a task once the underlying problem is fixed, run ${lit('quarry dead retry')} with its ID. Requeued tasks start again with a ` +
    'fresh attempt counter.',
];
const rdTip = `Give long-running tasks a ${lit('timeout')} as well as a retry policy, so that a hung attempt is ended and retried.`;
const rdNav1 = ['Installation', 'Quickstart', 'Defining tasks'];
const rdNav2 = ['Scheduling periodic jobs', 'Running workers', 'Monitoring', 'Deploying with Docker'];
const rdRef = ['API reference', 'Configuration settings', 'Changelog'];
const id = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const hl = (h: string): string => `<a class="headerlink" href="#${id(h)}" title="Link to this heading">¶</a>`;
const adm = (kind: string, label: string, p: string): string => `<div class="admonition ${kind}"><p class="admonition-title">${label}</p>\n<p>${p}</p>\n</div>`;
const py = `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">from</span> <span class="nn">quarry</span> <span
class="kn">import</span> <span class="n">task</span><span class="p">,</span> <span class="n">Retry</span>

<span class="nd">@task</span><span class="p">(</span><span class="n">retry</span><span class="o">=</span><span class="n">Retry</span><span
class="p">(</span><span
class="n">max_attempts</span><span class="o">=</span><span class="mi">8</span><span class="p">,</span> <span class="n">on</span><span class="o">=</span><span
class="p">(</span><span class="ne">ConnectionError</span><span class="p">,</span> <span class="ne">TimeoutError</span><span class="p">)))</span>
<span class="k">def</span> <span class="nf">send_receipt</span><span class="p">(</span><span class="n">order_id</span><span class="p">:</span> <span
class="nb">int</span><span
class="p">)</span> <span class="o">-&gt;</span> <span class="kc">None</span><span class="p">:</span>
    <span class="o">...</span>
</pre></div></div>`;
const sh = `<div class="highlight-console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>quarry<span class="w">
</span>dead<span
class="w"> </span>list<span class="w"> </span>--queue<span class="w"> </span>emails
<span class="go">ID        TASK            ATTEMPTS  LAST ERROR</span>
<span class="go">7f3a9c1e  send_receipt    8         ConnectionError: [Errno 111] Connection refused</span>
</pre></div></div>`;
const rdHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8" />
<meta name="generator" content="Docutils 0.21.2: https://docutils.sourceforge.io/" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${rdTitle} &mdash; Quarry 2.4.1 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=b86133f3" /><link rel="stylesheet" type="text/css"
href="../_static/css/theme.css?v=e59714d7" />
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/documentation_options.js?v=1e8d4b6a"></script>
<script src="../_static/doctools.js?v=9bcbadda"></script><script src="../_static/sphinx_highlight.js?v=dc90522c"></script><script
src="../_static/js/theme.js"></script>
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
<link rel="next" title="Scheduling periodic jobs" href="scheduling.html" /><link rel="prev" title="Defining tasks" href="tasks.html" />
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script><meta name="readthedocs-project-slug" content="quarry" />
<meta name="readthedocs-version-slug" content="stable" /><meta name="readthedocs-resolver-filename" content="/guide/retries.html" />
</head><body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Quarry</a><div class="version">2.4</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs" /><input type="hidden" name="check_keywords" value="yes" /><input type="hidden" name="area" value="default" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul class="current">
${rdNav1.map((t) => `<li class="toctree-l1"><a class="reference internal" href="${id(t)}.html">${t}</a></li>`).join('\n')}
<li class="toctree-l1 current"><a class="current reference internal" href="#">${rdTitle}</a><ul>
${rdH.map((h) => `<li class="toctree-l2"><a class="reference internal" href="#${id(h)}">${h}</a></li>`).join('\n')}</ul></li>
${rdNav2.map((t) => `<li class="toctree-l1"><a class="reference internal" href="${id(t)}.html">${t}</a></li>`).join('\n')}</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>
${rdRef.map((t) => `<li class="toctree-l1"><a class="reference internal" href="../${id(t)}.html">${t}</a></li>`).join('\n')}</ul></div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd ethical-dark-theme loaded"><div
class="ea-placement
ea-type-image"><div class="ea-content"><a href="https://server.ethicalads.example/proxy/click/1840/" rel="nofollow noopener sponsored" target="_blank"><div
class="ea-text"><strong>Lanternwatch:</strong> see every failed job, retry and slow worker in one dashboard. Free for open source.</div></a></div><div
class="ea-callout"><a href="https://www.ethicalads.example/advertisers/?ref=ea-image" class="ea-link" rel="nofollow noopener sponsored">Ads by
EthicalAds</a></div>
</div></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="../index.html">Quarry</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item"><a href="index.html">User guide</a></li><li class="breadcrumb-item active">${rdTitle}</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/quarry-dev/quarry/blob/main/docs/guide/retries.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="${id(rdTitle)}"><span id="retries"></span><h1>${rdTitle}${hl(rdTitle)}</h1>
${rdIntro.map((p) => `<p>${p}</p>`).join('\n')}
<section id="${id(rdH[0])}"><h2>${rdH[0]}${hl(rdH[0])}</h2><p>${rdDeclare[0]}</p>
${py}<p>${rdDeclare[1]}</p>${adm('note', 'Note', rdNote)}</section>
<section id="${id(rdH[1])}"><h2>${rdH[1]}${hl(rdH[1])}</h2>${rdDelay.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="simple">${rdDefaults.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ul>${adm('warning', 'Warning', rdWarn)}</section>
<section id="${id(rdH[2])}"><h2>${rdH[2]}${hl(rdH[2])}</h2><p>${rdOut[0]}</p>${sh}<p>${rdOut[1]}</p>${adm('tip', 'Tip', rdTip)}</section></section>
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="tasks.html" class="btn btn-neutral float-left" title="Defining tasks"
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="scheduling.html" class="btn btn-neutral
float-right" title="Scheduling periodic jobs" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/>
<div role="contentinfo"><p>&#169; Copyright 2019-2025, The Quarry contributors.
<span class="lastupdated">Last updated on Oct 30, 2025.</span></p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.
</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version"><span
class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl><dt>Versions</dt>
<dd><a href="/en/latest/guide/retries.html">latest</a></dd><dd class="rtd-current-item"><a href="/en/stable/guide/retries.html">stable</a></dd>
<dd><a href="/en/2.3/guide/retries.html">2.3</a></dd><dd><a href="/en/1.9/guide/retries.html">1.9</a></dd></dl><dl><dt>Downloads</dt><dd><a
href="/_/downloads/en/stable/pdf/">PDF</a></dd><dd><a href="/_/downloads/en/stable/epub/">Epub</a></dd></dl><dl><dt>On Read the Docs</dt><dd><a
href="//readthedocs.org/projects/quarry/?fromdocs=quarry">Project Home</a></dd><dd><a href="//readthedocs.org/builds/quarry/?fromdocs=quarry">Builds</a></dd>
</dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>
</body></html>`;
export const rtdPage: TestPage = {
  html: blockBreaks(rdHtml),
  name: 'heldout67-read-the-docs-sphinx',
  kind: 'docs',
  // the h1 is the title, the three h2s the headings ("¶" header links in neither); the paragraphs, the defaults list and the
  // note, warning and tip texts are body (their labels "Note", "Warning", "Tip" in neither); the Python and console code
  // blocks are in neither; the side nav's entries for this page and its sections repeat the title and headings: in neither;
  // the other nav entries, captions, project name, version, breadcrumbs, "Edit on GitHub", Previous/Next, the copyright and
  // "Built with" lines, the EthicalAds box and the versions flyout are furniture; "Last updated on Oct 30, 2025." is the
  // page's one date line: a byline (the page names no author); the project name "Quarry" is a body word: left out
  title: rdTitle,
  headings: [...rdH],
  body: [
    ...texts(rdIntro),
    ...texts(rdDeclare),
    ...texts([rdNote]),
    ...texts(rdDelay),
    ...texts(rdDefaults),
    ...texts([rdWarn]),
    ...texts(rdOut),
    ...texts([rdTip]),
  ],
  bylines: ['Last updated on Oct 30, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2.4', 'User guide', ...rdNav1, ...rdNav2, 'Reference', ...rdRef,
    'Lanternwatch: see every failed job, retry and slow worker in one dashboard. Free for open source.', 'Ads by EthicalAds', 'Edit on GitHub',
    'Previous', 'Next', '© Copyright 2019-2025, The Quarry contributors.', 'Built with Sphinx using a theme provided by Read the Docs.',
    'Read the Docs', 'v: stable', 'Versions', 'latest', 'stable', '2.3', '1.9', 'Downloads', 'PDF', 'Epub', 'On Read the Docs', 'Project Home', 'Builds',
  ],
};
