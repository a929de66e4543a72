import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file f2: a Sphinx page on Read the Docs in the sphinx_rtd_theme mobile layout (the side nav drawer
 * with project name, version and search, the toctree captions, the "wy-nav-top" hamburger bar, breadcrumbs with "View page
 * source", "¶" header links, a note admonition, code blocks, an options table, the Previous / Next buttons, the copyright
 * and "Built with Sphinx" footer, the EthicalAds box and the Read the Docs version flyout menu).
 */
const dTitle = 'Configuring retention';
const dP1 = [
  j(
    'Tidewater keeps every snapshot it takes until a retention policy tells it otherwise. This page explains how policies',
    'are written, how they are applied and how to check what a policy would delete before it runs.',
  ),
];
const dH1 = 'Writing a policy';
const dP2 = [
  j(
    'Policies live in the <code class="docutils literal notranslate"><span class="pre">[retention]</span></code> table of',
    '<code class="docutils literal notranslate"><span class="pre">tidewater.toml</span></code>. Each key sets how many snapshots to',
    'keep for one period. A snapshot is kept if any rule wants to keep it.',
  ),
];
const dCode1 = '[retention] hourly = 24 daily = 14 weekly = 8 monthly = 12 keep_tagged = true';
const dCode1Html = `<span class="k">[retention]</span>
<span class="n">hourly</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">24</span>
<span class="n">daily</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">14</span>
<span class="n">weekly</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">8</span>
<span class="n">monthly</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">12</span>
<span class="n">keep_tagged</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="kc">true</span>`;
const dP3 = ['The keys are:'];
const dTable = [
  ['hourly', '0', 'Keep the newest snapshot of each of the last N hours.'],
  ['daily', '7', 'Keep the newest snapshot of each of the last N days.'],
  ['weekly', '4', 'Keep the newest snapshot of each of the last N ISO weeks.'],
  ['monthly', '0', 'Keep the newest snapshot of each of the last N calendar months.'],
  ['keep_tagged', 'false', 'Never delete a snapshot that carries a tag.'],
];
const dNote = j(
  'Periods are counted in the time zone of the repository, not of the machine that runs the prune. Set',
  '<code class="docutils literal notranslate"><span class="pre">timezone</span></code> in the repository settings if the two differ.',
);
const dH2 = 'Previewing a prune';
const dP4 = [
  j(
    'Before a policy deletes anything, run the prune command with the dry-run flag. It prints every snapshot with the rule',
    'that keeps it, or marks it for deletion.',
  ),
];
const dCode2 = '$ tidewater prune --dry-run --repo /srv/backups';
const dP5 = [
  'Check the output for snapshots you expect to keep. The most common surprises are:',
  'weekly snapshots taken on a Sunday, which belong to the week that started the previous Monday',
  'tagged snapshots, which are kept only if keep_tagged is true',
  'snapshots from a host whose clock was wrong when they were taken',
];
const dH3 = 'Applying a policy automatically';
const dP6 = [
  j(
    'The scheduler can prune after each backup. Add <code class="docutils literal notranslate"><span class="pre">prune_after_backup',
    '=</span> <span class="pre">true</span></code> to the <code class="docutils literal notranslate"><span class="pre">[schedule]</span></code>',
    'table. Pruning takes a lock on the repository, so a backup that starts during a prune waits for it to finish.',
  ),
  'If a prune is interrupted, nothing is lost: the next prune finishes the work, and snapshots are only removed once their data is unreferenced.',
];
const dNav1 = ['Installation', 'Quick start', 'Repositories', 'Taking snapshots', 'Configuring retention', 'Restoring files'];
const dNav2 = ['Command-line reference', 'Configuration file', 'Changelog'];
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">¶</a>`;
const dHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} — Tidewater 3.2 documentation</title><link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7">
<link rel="canonical" href="https://tidewater.readthedocs.io/en/stable/guide/retention.html">
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/documentation_options.js?v=a58bc63e"></script>
<script src="../_static/js/theme.js"></script><script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="tidewater"><meta name="readthedocs-version-slug" content="stable">
<link rel="index" title="Index" href="../genindex.html"><link rel="next" title="Restoring files" href="restore.html">
<link rel="prev" title="Taking snapshots" href="snapshots.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Tidewater</a><div class="version">3.2</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul class="current">${links(dNav1, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul>${links(dNav2, 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">
<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="../index.html">Tidewater</a></nav>
<div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs">
<li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item active">Configuring retention</li>
<li class="wy-breadcrumbs-aside"><a href="../_sources/guide/retention.rst.txt" rel="nofollow">View page source</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="configuring-retention"><h1>${dTitle}${hl('configuring-retention')}</h1>
${ps(dP1)}
<section id="writing-a-policy"><h2>${dH1}${hl('writing-a-policy')}</h2>
${ps(dP2)}
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span>${dCode1Html}
</pre></div></div>
${ps(dP3)}
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>Key</p></th><th class="head"><p>Default</p></th>
<th class="head"><p>Meaning</p></th></tr></thead><tbody>
${dTable.map((r, i) => `<tr class="row-${i % 2 ? 'odd' : 'even'}">${r.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<div class="admonition note"><p class="admonition-title">Note</p><p>${dNote}</p></div></section>
<section id="previewing-a-prune"><h2>${dH2}${hl('previewing-a-prune')}</h2>
${ps(dP4)}
<div class="highlight-console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>tidewater<span class="w"> </span>prune<span
class="w"> </span>--dry-run<span class="w"> </span>--repo<span class="w"> </span>/srv/backups</pre></div></div>
<p>${dP5[0]}</p>
<ul class="simple">${dP5
  .slice(1)
  .map((x) => `<li><p>${x}</p></li>`)
  .join('\n')}</ul></section>
<section id="applying-a-policy-automatically"><h2>${dH3}${hl('applying-a-policy-automatically')}</h2>
${ps(dP6)}
</section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="snapshots.html" class="btn btn-neutral float-left"
title="Taking snapshots" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="restore.html" class="btn btn-neutral float-right" title="Restoring files" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right"
aria-hidden="true"></span></a></div><hr>
<div role="contentinfo"><p>© Copyright 2026, the Tidewater authors. <span class="lastupdated">Last updated on Mar 03, 2026.</span></p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div>
<div id="readthedocs-ea" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar" class="ethical-rtd"><div class="ea-content">
<a class="ea-link" href="https://server.ethicalads.example/proxy/click/8121/">Deploy your docs in minutes with a managed docs platform.</a></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/"><small>Ad by EthicalAds</small></a></div></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div class="rst-other-versions">
<dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/3.1/">3.1</a></dd></dl>
<dl><dt>Downloads</dt><dd><a href="/_/downloads/en/stable/pdf/">pdf</a></dd><dd><a href="/_/downloads/en/stable/epub/">epub</a></dd></dl>
<dl><dt>On Read the Docs</dt><dd><a href="//readthedocs.org/projects/tidewater/">Project Home</a></dd>
<dd><a href="//readthedocs.org/builds/tidewater/">Builds</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const rtd: TestPage = {
  name: 'heldout270-readthedocs-mobile-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dP1, ...dP2, dCode1, ...dP3, ...dTable.map((r) => r[2] ?? ''), dNote, ...dP4, dCode2, ...dP5, ...dP6]),
  bylines: ['Last updated on Mar 03, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'User guide', ...dNav1.filter((x) => x !== dTitle), 'Reference', ...dNav2, 'View page source', 'Previous', 'Next',
    '© Copyright 2026, the Tidewater authors.', 'Built with Sphinx using a theme provided by Read the Docs.',
    'Deploy your docs in minutes with a managed docs platform.', 'Ad by EthicalAds', 'Read the Docs', 'v: stable', 'Versions', 'latest', 'Downloads',
    'pdf', 'epub', 'On Read the Docs', 'Project Home', 'Builds',
  ],
};
