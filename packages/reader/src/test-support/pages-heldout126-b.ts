import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';
import { learnPage } from './pages-heldout126-b2.js';

/**
 * Held-out batch 126, file b: a project's documentation page on Read the Docs with sphinx_rtd_theme (the left navigation with
 * project name, version and "Search docs", captioned toctrees, the EthicalAds slot, the "rst-versions" flyout with versions,
 * downloads and "On Read the Docs", the mobile top bar, breadcrumbs with "Edit on GitHub", warning and note admonitions, the
 * Previous / Next buttons and the copyright, "Last updated" and "Built with Sphinx" footer) and, from file b2, a Microsoft
 * Learn how-to article.
 */
const title = 'Retrying failed jobs';
const lit = (s: string): string =>
  `<code class="docutils literal notranslate">${s
    .split(' ')
    .map((w) => `<span class="pre">${w}</span>`)
    .join(' ')}</code>`;
const h2 = (t: string): string => `<h2>${t}<a class="headerlink" href="#${anchor(t)}" title="Link to this heading"></a></h2>`;
const sec = (t: string): string => `</section><section id="${anchor(t)}">`;
const code = (lang: string, s: string): string => `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${s}</pre></div></div>`;
const adm = (kind: string, label: string) => (t: string) => `<div class="admonition ${kind}"><p class="admonition-title">${label}</p><p>${t}</p></div>`;
const art = new Art()
  .p([
    `When a job raises an exception, Kestrel Queue can run it again instead of moving it straight to the failed registry. Retries are
configured per job function, with defaults that apply to every worker in the deployment.`,
    'This page explains the default policy, how to change it for a single job, and how to stop retrying errors that will never succeed.',
  ])
  .raw('<section id="the-default-policy">')
  .h('The default policy', h2)
  .p([
    `Out of the box, a failed job is retried three times. The first retry waits 10 seconds, and each later retry waits twice as long as the
one before, so a job that keeps failing is attempted again roughly 10, 20 and 40 seconds after its first failure.`,
    `The defaults live in the ${lit('[retry]')} table of ${lit('kestrel.toml')}:`,
  ])
  .raw(
    code(
      'toml',
      `<span class="k">[retry]</span>
<span class="n">max_attempts</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">4</span>
<span class="n">backoff</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"exponential"</span>
<span class="n">delay</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"10s"</span>
<span class="n">jitter</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mf">0.2</span>`,
    ),
  )
  .p([
    `A small amount of random jitter, up to 20 percent of the delay, is added to every wait so that many jobs failing at once do not all
come back at the same moment and fail again for the same reason.`,
  ])
  .raw(sec('Changing the policy for one job'))
  .h('Changing the policy for one job', h2)
  .p([`Pass a ${lit('Retry')} object to the ${lit('@job')} decorator to override the defaults for that function only:`])
  .raw(
    code(
      'python',
      `<span class="kn">from</span> <span class="nn">kestrel</span> <span class="kn">import</span> <span class="n">job</span><span
class="p">,</span> <span class="n">Retry</span>

<span class="nd">@job</span><span class="p">(</span><span class="n">retry</span><span class="o">=</span><span class="n">Retry</span><span
class="p">(</span>max_attempts<span class="o">=</span><span class="mi">6</span>, backoff<span class="o">=</span><span
class="s2">"linear"</span>, delay<span class="o">=</span><span class="mi">30</span><span class="p">))</span>
<span class="k">def</span> <span class="nf">sync_invoices</span><span class="p">(</span><span class="n">account_id</span><span class="p">):</span>
    <span class="o">...</span>`,
    ),
  )
  .p([`The fields of ${lit('Retry')} are:`])
  .list(
    [
      `${lit('max_attempts')} – the total number of runs, including the first. Set it to ${lit('1')} to turn retries off.`,
      `${lit('backoff')} – ${lit('"exponential"')} (the default), ${lit('"linear"')} or ${lit('"fixed"')}.`,
      `${lit('delay')} – the wait before the first retry, in seconds or as a ${lit('timedelta')}.`,
      `${lit('max_delay')} – an upper bound on any single wait. Defaults to one hour.`,
    ],
    '<ul class="simple">',
    '</ul>',
    (t) => `<li><p>${t}</p></li>`,
  )
  .p(
    [
      `Retries are counted per job, not per worker. If a worker is killed while a job is running, that run counts as a failed attempt once
the job’s heartbeat expires, so a job that crashes its worker will still stop after ${lit('max_attempts')} runs.`,
    ],
    adm('warning', 'Warning'),
  )
  .raw(sec('Errors that should not be retried'))
  .h('Errors that should not be retried', h2)
  .p([
    `Some failures will not go away on their own: a missing record, a malformed payload, a permission error. Retrying them only delays the
moment someone notices. List those exception types in ${lit('give_up_on')}:`,
  ])
  .raw(
    code(
      'python',
      `<span class="nd">@job</span><span class="p">(</span><span class="n">retry</span><span class="o">=</span><span
class="n">Retry</span><span class="p">(</span>give_up_on<span class="o">=</span><span class="p">(</span>LookupError, PermissionError<span class="p">)))</span>
<span class="k">def</span> <span class="nf">send_receipt</span><span class="p">(</span><span class="n">order_id</span><span class="p">):</span>
    <span class="o">...</span>`,
    ),
  )
  .p([
    `When a job fails with one of these exceptions, or a subclass of one, it goes straight to the failed registry and its reason is recorded
as ${lit('gave_up')} rather than ${lit('exhausted')}.`,
  ])
  .raw(sec('Inspecting retries'))
  .h('Inspecting retries', h2)
  .p([`Every attempt is recorded on the job. From the command line, ${lit('kestrel jobs show')} prints the attempt history:`])
  .raw(
    code(
      'console',
      `<span class="gp">$ </span>kestrel<span class="w"> </span>jobs<span class="w"> </span>show<span class="w"> </span>9f2c41
<span class="go">attempt 1  failed  ConnectionError  2025-03-01 11:02:07</span>
<span class="go">attempt 2  failed  ConnectionError  2025-03-01 11:02:18</span>
<span class="go">attempt 3  ok                       2025-03-01 11:02:39</span>`,
    ),
  )
  .p(['The web dashboard shows the same history on each job’s detail page, under <em>Attempts</em>.'])
  .p(
    [
      `For jobs that must take effect exactly once, such as charging a card, read <a class="reference internal" href="idempotency.html"><span
class="doc">Writing idempotent jobs</span></a> before turning retries on.`,
    ],
    adm('note', 'Note'),
  );
const nav: [string, string[]][] = [
  ['User guide', ['Installation', 'Quickstart', 'Defining jobs', title, 'Scheduling', 'Running workers']],
  ['Reference', ['Configuration', 'Command line', 'API reference']],
  ['Project', ['Changelog', 'Contributing', 'License']],
];
const navText = nav.flatMap(([c, items]) => [c, ...items.filter((t) => t !== title)]);
const ad = ['Tracewing shows you every background job, retry and failure in one timeline. Free for open source.', 'Ads by EthicalAds'];
const flyout = ['Read the Docs', 'v: stable', 'Versions', 'latest', 'stable', '2.3', '2.2', 'Downloads', 'PDF', 'Epub', 'On Read the Docs', 'Project Home'];
const flyout2 = ['Builds', 'Free document hosting provided by Read the Docs.'];
const foot = ['Previous', 'Next', '© Copyright 2019-2025, Kestrel contributors.', 'Built with Sphinx using a theme provided by Read the Docs.'];
const updated = 'Last updated on Mar 02, 2025.';
const toc = (items: string[], cur: string): string =>
  items
    .map((t) =>
      t === cur
        ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul>
${art.headings.map((h) => `<li class="toctree-l2"><a class="reference internal" href="#${anchor(h)}">${h}</a></li>`).join('\n')}</ul></li>`
        : `<li class="toctree-l1"><a class="reference internal" href="${anchor(t)}.html">${t}</a></li>`,
    )
    .join('\n');
const html = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title} &mdash; Kestrel Queue 2.4.1 documentation</title><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1">
<link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7"><link rel="canonical"
href="https://kestrel-queue.readthedocs.io/en/stable/guide/retries.html">
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
<script src="../_static/documentation_options.js?v=2a8f9c2b"></script><script src="../_static/doctools.js?v=9a2dae69"></script>
<script src="../_static/sphinx_highlight.js?v=dc90522c"></script><script src="../_static/js/theme.js"></script>
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="Scheduling" href="scheduling.html"><link rel="prev" title="Defining jobs" href="defining-jobs.html">
<meta name="readthedocs-addons-api-version" content="1"><meta name="readthedocs-project-slug" content="kestrel-queue"><meta
name="readthedocs-version-slug" content="stable">
<meta name="readthedocs-resolver-filename" content="/guide/retries.html"><meta name="readthedocs-http-status" content="200">
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Kestrel Queue</a><div class="version">2.4</div><div role="search">
<form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs">
<input type="hidden" name="check_keywords" value="yes"><input type="hidden" name="area" value="default"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
${nav
  .map(
    ([c, items]) => `<p class="caption" role="heading"><span class="caption-text">${c}</span></p>
<ul${items.includes(title) ? ' class="current"' : ''}>${toc(items, title)}</ul>`,
  )
  .join('\n')}</div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" data-ea-manual="true" class="ethical-rtd ethical-dark-theme
loaded"><div class="ea-placement ea-type-image ea-keywords-python"><div class="ea-content"><a href="https://server.ethicalads.example/proxy/click/4412/"
rel="nofollow noopener sponsored" target="_blank"><img class="ea-image" src="https://media.ethicalads.example/images/2025/02/tracewing.png" alt=""></a>
<div class="ea-text"><a href="https://server.ethicalads.example/proxy/click/4412/" rel="nofollow noopener sponsored" target="_blank">${ad[0]}</a></div></div>
<div class="ea-callout"><a href="https://www.ethicalads.example/advertisers/topics/python/?ref=ea-text" rel="nofollow noopener sponsored"
target="_blank">${ad[1]}</a></div></div></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="../index.html">Kestrel Queue</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item"><a href="index.html">User guide</a></li><li class="breadcrumb-item active">${title}</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/kestrel-queue/kestrel/blob/main/docs/guide/retries.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="retrying-failed-jobs"><span id="retries"></span><h1>${title}<a class="headerlink" href="#retrying-failed-jobs" title="Link to
this heading"></a></h1>
${art.html}
</section></section></div></div><footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer">
<a href="defining-jobs.html" class="btn btn-neutral float-left" title="Defining jobs" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"
aria-hidden="true"></span> ${foot[0]}</a><a href="scheduling.html" class="btn btn-neutral float-right" title="Scheduling" accesskey="n" rel="next">${foot[1]}
<span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr><div role="contentinfo"><p>${foot[2]}
<span class="lastupdated">${updated}</span></p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
<a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the
Docs</a>.</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> ${flyout[0]}</span> ${flyout[1]} <span class="fa fa-caret-down"></span></span><div
class="rst-other-versions"><dl><dt>${flyout[2]}</dt>
${flyout
  .slice(3, 7)
  .map((t) => `<dd><a href="/en/${t}/guide/retries.html">${t}</a></dd>`)
  .join('\n')}</dl><dl><dt>${flyout[7]}</dt><dd><a href="//kestrel-queue.readthedocs.io/_/downloads/en/stable/pdf/">${flyout[8]}</a></dd>
<dd><a href="//kestrel-queue.readthedocs.io/_/downloads/en/stable/epub/">${flyout[9]}</a></dd></dl><dl><dt>${flyout[10]}</dt>
<dd><a href="//readthedocs.org/projects/kestrel-queue/?fromdocs=kestrel-queue">${flyout[11]}</a></dd>
<dd><a href="//readthedocs.org/builds/kestrel-queue/?fromdocs=kestrel-queue">${flyout2[0]}</a></dd></dl><hr>
Free document hosting provided by <a href="http://www.readthedocs.org">Read the Docs</a>.</div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
const rtdPage: TestPage = {
  name: 'heldout126-readthedocs-sphinx-rtd-docs',
  kind: 'docs',
  html,
  // admonition labels ("Warning", "Note") and code blocks are in neither list; the admonitions' paragraphs are body; the
  // current page's entry in the navigation and breadcrumbs (the title again) and the toctree-l2 entries (the headings) are left out
  title,
  headings: art.headings,
  body: art.body,
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Queue', '2.4', ...navText, ...ad, 'Edit on GitHub', ...foot, ...flyout, ...flyout2,
  ],
};
export const HELDOUT126_B: readonly TestPage[] = [rtdPage, learnPage];
