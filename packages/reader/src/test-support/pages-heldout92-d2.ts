import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file d2: a Sphinx page in sphinx_rtd_theme hosted on Read the Docs (the side nav with the project
 * name, version and "Search docs" box, toctree captions and entries, the EthicalAds placement, the mobile top bar, the
 * breadcrumbs with "Edit on GitHub", "Note", "Warning" and "See also" admonitions, a definition list and literal blocks in
 * the text, the Previous / Next buttons, the copyright and "Last updated" line, "Built with Sphinx" and the injected
 * version flyout with versions, downloads and project links).
 */
const rtTitle = 'Configuration';
const rtIntro = [
  'Larkrun reads its settings from a <code class="file docutils literal notranslate"><span class="pre">larkrun.toml</span></code> file in the project root. ' +
    'Every setting has a default, so a new project can start with an empty file and add only what it needs.',
];
const rtNote = ['Settings are read once, when the worker starts. Restart the worker after changing the file.'];
const rtH = ['Where settings come from', 'Common settings', 'Per-task overrides'];
const rtWhere = ['Larkrun looks for settings in three places and uses the first value it finds:'];
const rtOrder = [
  'Command-line options, such as <code class="docutils literal notranslate"><span class="pre">--concurrency</span> <span class="pre">8</span></code>.',
  'Environment variables that start with <code class="docutils literal notranslate"><span class="pre">LARKRUN_</span></code>, such as ' +
    '<code class="docutils literal notranslate"><span class="pre">LARKRUN_CONCURRENCY</span></code>.',
  'The <code class="docutils literal notranslate"><span class="pre">[larkrun]</span></code> table in the configuration file.',
];
const rtWhere2 = ['Anything not set in any of these places falls back to the built-in default.'];
const rtCommon = [
  'The settings most projects change are listed below. The full list, with types and defaults, is in the configuration reference, and every ' +
    'setting can be checked with <code class="docutils literal notranslate"><span class="pre">larkrun</span> <span class="pre">config</span></code>.',
];
const rtSettings = [
  ['concurrency', 'The number of tasks a worker runs at the same time. Defaults to the number of CPU cores.'],
  ['queue_url', 'Where the worker fetches tasks from. Redis and PostgreSQL URLs are supported.'],
  ['retry_limit', 'How many times a failed task is retried before it is marked as dead. Defaults to 3.'],
  ['result_ttl', 'How long task results are kept, in seconds. Defaults to one day.'],
];
const rtToml = ['[larkrun]', 'concurrency = 8', 'queue_url = "redis://localhost:6379/0"', 'retry_limit = 5'];
const rtWarning = [
  'Do not put passwords in the configuration file if it is committed to version control. Set the queue URL through the ' +
    '<code class="docutils literal notranslate"><span class="pre">LARKRUN_QUEUE_URL</span></code> environment variable instead.',
];
const rtOverride = [
  'Settings that control retries and timeouts can also be set on a single task with the task decorator. A value on the decorator always wins over the ' +
    'configuration file for that task.',
];
const rtPy = ['@task(retry_limit=10, timeout=120)', 'def sync_invoices(account_id):', '    ...'];
const rtOverride2 = [
  'Overrides are useful for tasks that call slow external services and need a longer timeout than the rest of the project.',
  'Only retry limits, timeouts and the queue name can be overridden this way. Settings that affect the whole worker, such as concurrency, are ' +
    'ignored on a decorator, and the worker logs a warning when it starts.',
];
const rtSeeAlso = [
  '<a class="reference internal" href="environment.html"><span class="doc">Environment variables</span></a>, for the full list of ' +
    '<code class="docutils literal notranslate"><span class="pre">LARKRUN_</span></code> variables and their types.',
  '<a class="reference internal" href="tasks.html"><span class="doc">Writing tasks</span></a>, for more on the task decorator and the options it accepts.',
];
const rtNav: [string, string[]][] = [
  ['User guide', ['Installation', 'Quickstart', 'Configuration', 'Writing tasks', 'Scheduling', 'Deployment']],
  ['Reference', ['CLI reference', 'Environment variables', 'Python API']],
  ['Project', ['Changelog', 'Contributing', 'Code of conduct']],
];
const rtAd = ['Sponsored: Trace every background job in production. Try Flowlens free for 14 days.', 'Ads by EthicalAds'];
const rtFlyout = [
  'Read the Docs',
  'v: stable',
  'Versions',
  'latest',
  'stable',
  '2.4',
  '2.3',
  'Downloads',
  'PDF',
  'HTML',
  'Epub',
  'On Read the Docs',
  'Project Home',
  'Builds',
  'Free document hosting provided by Read the Docs.',
];
const rtCopyright = '© Copyright 2019-2025, the Larkrun developers.';
const rtUpdated = 'Last updated on Feb 09, 2025.';
const rtBuilt = 'Built with Sphinx using a theme provided by Read the Docs.';
const rtLit = (lang: string, lines: readonly string[]): string =>
  `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${lines
    .join('\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')}\n</pre></div></div>`;
const rtAdm = (cls: string, title: string, inner: string): string =>
  `<div class="admonition ${cls}">\n<p class="admonition-title">${title}</p>\n${inner}\n</div>`;
const rtPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rtHd = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<section id="${id}">\n<h2>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h2>`;
};
const rtHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="./"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="readthedocs-addons-api-version" content="1"><title>Configuration — Larkrun 2.5.1 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=80d5e7a1"><link rel="stylesheet" type="text/css" href="_static/css/theme.css?v=e59714d7">
<link rel="canonical" href="https://larkrun.readthedocs.io/en/stable/configuration.html">
<script src="_static/jquery.js?v=5d32c60e"></script><script src="_static/documentation_options.js?v=d1a0ab91"></script><script
src="_static/doctools.js?v=9a2dae69"></script>
<script async="async" src="/_/static/javascript/readthedocs-doc-embed.js"></script><script src="_static/js/theme.js"></script>
<link rel="index" title="Index" href="genindex.html"><link rel="search" title="Search" href="search.html"><link rel="next" title="Writing tasks"
href="tasks.html">
<link rel="prev" title="Quickstart" href="quickstart.html"><script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="larkrun"><meta name="readthedocs-version-slug" content="stable"><meta name="readthedocs-resolver-filename"
content="/configuration.html"><meta name="readthedocs-http-status" content="200"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div
class="wy-side-nav-search">
<a href="index.html" class="icon icon-home">Larkrun</a><div class="version">2.5</div><div role="search"><form id="rtd-search-form" class="wy-form"
action="search.html"
method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs"><input type="hidden" name="check_keywords" value="yes">
<input type="hidden" name="area" value="default"></form></div></div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation"
aria-label="Navigation menu">
${rtNav
  .map(
    ([cap, items]) => `<p class="caption" role="heading"><span class="caption-text">${cap}</span></p>
<ul${items.includes(rtTitle) ? ' class="current"' : ''}>${items
      .map((t) =>
        t === rtTitle
          ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul>${rtH
              .map((h) => `<li class="toctree-l2"><a class="reference internal" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
              .join('')}</ul></li>`
          : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
      )
      .join('\n')}</ul>`,
  )
  .join('\n')}</div><div id="ethical-ad-placement" class="ethical-rtd ethical-dark-theme" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar">
<div class="ea-placement ea-type-image"><div class="ea-content"><a class="ea-image" href="https://server.ethicalads.io/proxy/click/6612/"
rel="nofollow noopener sponsored"
target="_blank"><img src="https://media.ethicalads.io/media/images/2025/01/flowlens.png" alt="Flowlens tracing"></a><div class="ea-text"><a
href="https://server.ethicalads.io/proxy/click/6612/" rel="nofollow noopener sponsored" target="_blank"><strong>Sponsored:</strong> Trace every background job
in
production. Try Flowlens free for 14 days.</a></div></div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/?ref=ea-text"
rel="nofollow noopener"
target="_blank">Ads by <strong>EthicalAds</strong></a></div></div></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i>
<a href="index.html">Larkrun</a></nav><div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul
class="wy-breadcrumbs">
<li><a href="index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item active">${rtTitle}</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/larkrun/larkrun/blob/main/docs/configuration.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="configuration">
<h1>${rtTitle}<a class="headerlink" href="#configuration" title="Link to this heading">¶</a></h1>
${rtPs(rtIntro)}
${rtAdm('note', 'Note', rtPs(rtNote))}
${rtHd(rtH[0]!)}
${rtPs(rtWhere)}
<ol class="arabic simple">${rtOrder.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
${rtPs(rtWhere2)}
</section>
${rtHd(rtH[1]!)}
${rtPs(rtCommon)}
<dl class="simple">${rtSettings
  .map(([k, v]) => `<dt><code class="docutils literal notranslate"><span class="pre">${k}</span></code></dt><dd><p>${v}</p>\n</dd>`)
  .join('\n')}</dl>
${rtLit('toml', rtToml)}
${rtAdm('warning', 'Warning', rtPs(rtWarning))}
</section>
${rtHd(rtH[2]!)}
${rtPs(rtOverride)}
${rtLit('python', rtPy)}
${rtPs(rtOverride2)}
${rtAdm('seealso', 'See also', rtPs(rtSeeAlso))}
</section>
</section>
</div></div><footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="quickstart.html" class="btn btn-neutral float-left"
title="Quickstart"
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="tasks.html" class="btn btn-neutral float-right"
title="Writing tasks" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr><div role="contentinfo">
<p>${rtCopyright}\n<span class="lastupdated">${rtUpdated}</span></p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
<a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the
Docs</a>.</footer></div></div></section></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>
<div class="rst-versions shift-up" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version"
data-toggle="rst-current-version">
<span class="fa fa-book"> ${rtFlyout[0]}</span> ${rtFlyout[1]} <span class="fa fa-caret-down"></span></span><div
class="rst-other-versions"><dl><dt>${rtFlyout[2]}</dt>
${rtFlyout
  .slice(3, 7)
  .map((t) => `<dd><a href="/en/${t}/">${t}</a></dd>`)
  .join('')}</dl><dl><dt>${rtFlyout[7]}</dt>${rtFlyout
  .slice(8, 11)
  .map((t) => `<dd><a href="//larkrun.readthedocs.io/_/downloads/en/stable/${t.toLowerCase()}/">${t}</a></dd>`)
  .join('')}</dl><dl><dt>${rtFlyout[11]}</dt><dd><a href="//readthedocs.org/projects/larkrun/">${rtFlyout[12]}</a></dd><dd>
<a href="//readthedocs.org/builds/larkrun/">${rtFlyout[13]}</a></dd></dl><hr>Free document hosting provided by <a href="http://www.readthedocs.org">Read the
Docs</a>.</div></div>
</body></html>`;

export const rtdPage: TestPage = {
  html: rtHtml,
  name: 'heldout92-readthedocs-sphinx-page',
  kind: 'docs',
  // admonition texts are body, their "Note", "Warning" and "See also" titles in neither list; definition-list terms
  // (setting names) and literal blocks are in neither list, the definitions body; the side nav's second-level entries
  // repeat the headings and are left out, as is its "Configuration" entry (the title); the project name "Larkrun" in the
  // side nav and the mobile bar is left out (a word of a short list item)
  title: rtTitle,
  headings: rtH,
  body: texts([
    ...rtIntro,
    ...rtNote,
    ...rtWhere,
    ...rtOrder,
    ...rtWhere2,
    ...rtCommon,
    ...rtSettings.map((s) => s[1]!),
    ...rtWarning,
    ...rtOverride,
    ...rtOverride2,
    ...rtSeeAlso,
  ]),
  bylines: [rtUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rtNav.flatMap(([c, items]) => [c, ...items.filter((t) => t !== rtTitle)]), ...rtAd, 'Edit on GitHub', 'Previous', 'Next',
    rtCopyright, rtBuilt, ...rtFlyout,
  ],
};
