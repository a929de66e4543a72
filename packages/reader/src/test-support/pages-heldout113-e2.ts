import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file e2: a Sphinx page in sphinx_rtd_theme hosted on Read the Docs: the side nav with project name,
 * version and "Search docs", the toctree captions and entries, the mobile top nav, the breadcrumbs with "View page source",
 * the "not the most recent version" banner above the page, headings with headerlink anchors, a note admonition, an options
 * table, literal blocks, the Previous / Next footer buttons, the copyright and "Built with Sphinx" lines, the EthicalAds
 * placement and the Read the Docs flyout.
 */
const rtTitle = 'Configuring retries';
const rtIntro = [
  'Tidepool retries failed jobs automatically. This page explains how retries are scheduled, which settings control them, and how ' +
    'to change the behaviour for a single task.',
];
const rtH1 = 'How retries are scheduled';
const rtP1 = [
  'When a task raises an exception, the worker records the failure and puts the job back on the queue with a delay. The delay grows ' +
    'with each attempt using exponential backoff: the base delay is multiplied by two after every failure, up to a maximum.',
  'A small random jitter is added to each delay so that many jobs failing at the same moment do not all retry at the same moment.',
];
const rtNote =
  'Exceptions listed in no_retry_on are never retried. By default this includes ValueError and TypeError, which usually mean a bug ' +
  'in the task rather than a temporary problem.';
const rtH2 = 'Global settings';
const rtP2 = ['Set these options in the [tidepool.retries] section of your configuration file, or as keyword arguments to Worker.'];
const rtTable = [
  'max_attempts',
  '5',
  'How many times a job is tried in total, including the first attempt.',
  'base_delay',
  '2.0',
  'Seconds to wait before the first retry.',
  'max_delay',
  '300.0',
  'The longest delay between attempts, in seconds.',
  'jitter',
  '0.1',
  'The fraction of the delay added or removed at random.',
];
const rtP3 = ['For example, to allow ten attempts with a one-minute ceiling:'];
const rtCode1 = '[tidepool.retries]\nmax_attempts = 10\nbase_delay = 1.0\nmax_delay = 60.0';
const rtH3 = 'Per-task overrides';
const rtP4 = [
  'Any of the settings above can be changed for one task with the retry argument of the task decorator. Settings you leave out keep ' + 'their global values.',
];
const rtCode2 = '@app.task(retry={"max_attempts": 2, "no_retry_on": [KeyError]})\ndef send_receipt(order_id):\n    ...';
const rtP5 = [
  'To turn retries off for a task entirely, pass retry=False. The job then fails on the first exception and goes straight to the ' + 'dead letter queue.',
];
const rtH4 = 'Inspecting retries';
const rtP6 = [
  'Each job keeps a list of its attempts, with the time, the exception and the worker that ran it. Use tidepool jobs show JOB_ID to ' +
    'see them, or read job.attempts from Python.',
  'Jobs that use up all their attempts are moved to the dead letter queue, where they stay until you retry or delete them. Run ' +
    'tidepool dlq list to see what is waiting there, and tidepool dlq retry JOB_ID to put a job back on its original queue with a fresh ' +
    'attempt count. Keeping an eye on this queue is usually the quickest way to spot a task that fails for a reason retries cannot fix.',
];
const rtToc1 = ['Installation', 'Quickstart', 'Defining tasks', 'Configuring retries', 'Scheduling', 'Deployment'];
const rtToc2 = ['API reference', 'Command line', 'Changelog'];
const rtBanner = 'You are not reading the most recent version of this documentation. 2.6 is the latest version available.';
const rtFlyout = ['Read the Docs', 'v: 2.4', 'Versions', 'latest', 'stable', 'Downloads', 'On Read the Docs', 'Project Home', 'Builds'];
const rtAd = ['Ads by EthicalAds', 'Monitor your queues in one place. Try Lanternfish free for 14 days.'];
const hl = (id: string) => `<a class="headerlink" href="#${id}" title="Link to this heading">¶</a>`;
const p = (xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('\n');
const pre = (lang: string, c: string) =>
  `<div class="highlight-${lang} notranslate"><div class="highlight"><pre><span></span>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></div></div>`;
const rows: string[] = [];
for (let i = 0; i < rtTable.length; i += 3) {
  rows.push(
    `<tr class="row-${i % 2 ? 'odd' : 'even'}">${rtTable
      .slice(i, i + 3)
      .map((c) => `<td><p>${c}</p></td>`)
      .join('')}</tr>`,
  );
}
const rtHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Configuring retries &mdash; Tidepool 2.4 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" /><link rel="stylesheet" type="text/css"
 href="../_static/css/theme.css?v=e59714d7" />
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/documentation_options.js?v=7f41d439"></script>
<script src="../_static/js/theme.js"></script><link rel="index" title="Index" href="../genindex.html" /><link rel="next" title="Scheduling"
 href="scheduling.html" />
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="tidepool" /><meta name="readthedocs-version-slug" content="v2.4" />
</head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search">
<a href="../index.html" class="icon icon-home">Tidepool</a><div class="version">2.4</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
 aria-label="Search docs" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul class="current">
${rtToc1
  .map((t) =>
    t === rtTitle
      ? `<li class="toctree-l1 current"><a class="current reference internal" href="#">${t}</a><ul><li class="toctree-l2"><a class="reference internal"
 href="#how-retries-are-scheduled">${rtH1}</a></li></ul></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
  )
  .join('\n')}
</ul><p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>
${rtToc2.map((t) => `<li class="toctree-l1"><a class="reference internal" href="../${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`).join('\n')}
</ul></div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd"><div class="ea-content">
<a class="ea-text" href="https://server.ethicalads.io/proxy/click/">${rtAd[1]}</a></div><div class="ea-callout"><a
 href="https://www.ethicalads.io/advertisers/">
${rtAd[0]}</a></div></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
 class="fa fa-bars"></i><a href="../index.html">Tidepool</a></nav>
<div class="wy-nav-content"><div class="rst-content">
<div class="admonition warning" id="readthedocs-version-warning"><p class="admonition-title">Warning</p><p>${rtBanner}</p></div>
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item active">${rtTitle}</li><li class="wy-breadcrumbs-aside"><a href="../_sources/guide/retries.rst.txt"
 rel="nofollow"> View page source</a>
</li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="configuring-retries"><h1>${rtTitle}${hl('configuring-retries')}</h1>
${p(rtIntro)}
<section id="how-retries-are-scheduled"><h2>${rtH1}${hl('how-retries-are-scheduled')}</h2>
${p(rtP1)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${rtNote}</p></div></section>
<section id="global-settings"><h2>${rtH2}${hl('global-settings')}</h2>
${p(rtP2)}
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Option</p></th><th class="head"><p>Default</p></th>
<th class="head"><p>Meaning</p></th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${p(rtP3)}
${pre('toml', rtCode1)}</section>
<section id="per-task-overrides"><h2>${rtH3}${hl('per-task-overrides')}</h2>
${p(rtP4)}
${pre('python', rtCode2)}
${p(rtP5)}</section>
<section id="inspecting-retries"><h2>${rtH4}${hl('inspecting-retries')}</h2>
${p(rtP6)}</section></section>
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="defining-tasks.html" class="btn btn-neutral float-left"
 title="Defining tasks" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="scheduling.html" class="btn btn-neutral float-right" title="Scheduling" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right"
 aria-hidden="true"></span></a></div><hr/>
<div role="contentinfo"><p>© Copyright 2025, Halden Loh and the Tidepool contributors.</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by
<a href="https://readthedocs.org">Read the Docs</a>.</footer>
</div></div></section></div>
<readthedocs-flyout><div class="container"><header><span>${rtFlyout[0]}</span><span>${rtFlyout[1]}</span></header><main><dl class="versions">
<dt>${rtFlyout[2]}</dt><dd><a href="/en/latest/">${rtFlyout[3]}</a></dd><dd><a href="/en/stable/">${rtFlyout[4]}</a></dd></dl>
<dl class="downloads"><dt>${rtFlyout[5]}</dt><dd><a href="/_/downloads/en/v2.4/pdf/">PDF</a></dd></dl><dl><dt>${rtFlyout[6]}</dt>
<dd><a href="/projects/tidepool/">${rtFlyout[7]}</a></dd><dd><a href="/projects/tidepool/builds/">${rtFlyout[8]}</a></dd></dl></main></div></readthedocs-flyout>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script>
</body>
</html>`;

export const rtdPage: TestPage = {
  name: 'heldout113-readthedocs-docs',
  kind: 'docs',
  html: rtHtml,
  title: rtTitle,
  headings: [rtH1, rtH2, rtH3, rtH4],
  body: texts([...rtIntro, ...rtP1, rtNote, ...rtP2, ...rtTable, ...rtP3, ...rtP4, ...rtP5, ...rtP6]),
  bylines: [],
  furniture: [
    'Tidepool',
    '2.4',
    'User guide',
    ...rtToc1.filter((t) => t !== rtTitle),
    'Reference',
    ...rtToc2,
    ...rtAd,
    'Warning',
    rtBanner,
    'View page source',
    'Previous',
    'Next',
    '© Copyright 2025, Halden Loh and the Tidepool contributors.',
    'Built with Sphinx using a theme provided by Read the Docs.',
    ...rtFlyout.filter((f) => f !== 'Read the Docs'),
    'PDF',
  ],
};
