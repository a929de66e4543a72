import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 102, file b2: a Python library's Sphinx documentation on Read the Docs with sphinx_rtd_theme (the side
 * nav with project name, version and "Search docs", captioned toctrees, the mobile top bar, breadcrumbs with "Edit on
 * GitHub", sections with pilcrow header links, note and warning admonitions, literal blocks, the Previous / Next footer
 * buttons, copyright and "Built with Sphinx" lines, the EthicalAds placement and the Read the Docs version flyout).
 */
const rdTitle = 'Working with time zones';
const rdIntro = [
  'Every <code>Moment</code> object in chronicle carries a time zone. There is no such thing as a “naive” moment: if you do not give ' +
    'one, chronicle uses the zone configured in <code>chronicle.settings.default_zone</code>, which is UTC unless you change it.',
  'This guide covers creating moments in a particular zone, converting between zones, and the two situations where local time is ' +
    'ambiguous: the hour that repeats when clocks go back, and the hour that is skipped when they go forward.',
];
const rdH1 = 'Creating moments in a zone';
const rdP1 = [
  'Pass an IANA zone name to any constructor. Zone names are checked when the moment is created, so a typo fails immediately ' +
    'rather than producing a wrong time later.',
  'If you already have a standard library <code>datetime</code>, use <code>chronicle.from_datetime()</code>. A naive datetime is ' +
    'interpreted in the default zone; an aware one keeps its offset.',
];
const rdNote = [
  'Abbreviations such as <code>EST</code> or <code>CET</code> are not accepted. Several of them stand for more than one zone, and ' +
    'chronicle refuses to guess.',
];
const rdH2 = 'Converting between zones';
const rdP2 = [
  'Use <code>Moment.in_zone()</code> to get the same instant expressed in another zone. The original moment is not changed; ' + 'moments are immutable.',
  'Comparisons and arithmetic always work on the underlying instant, so two moments in different zones compare equal if they ' +
    'describe the same point in time.',
];
const rdH3 = 'Ambiguous and missing times';
const rdP3 = [
  'When you build a moment from a local date and time, chronicle has to decide what to do if that wall-clock time happens twice or ' +
    'not at all. The <code>fold</code> argument controls this:',
];
const rdList = [
  '<code>fold="earlier"</code> (the default) picks the first of two repeated times and moves a skipped time forward by the length of the gap.',
  '<code>fold="later"</code> picks the second of two repeated times and moves a skipped time forward as well.',
  '<code>fold="raise"</code> raises <code>AmbiguousTimeError</code> or <code>NonExistentTimeError</code> so that your code can decide.',
];
const rdWarn = [
  'Scheduling code should almost always use <code>fold="raise"</code>. Silently moving a reminder by an hour is the kind of bug ' +
    'that nobody notices until the clocks change.',
];
const rdH4 = 'Updating the zone database';
const rdP4 = [
  'chronicle ships its own copy of the tz database so that results do not depend on the machine it runs on. New releases follow each ' +
    'tz release within a week. To use a newer database without upgrading chronicle, install the <code>chronicle-tzdata</code> package; ' +
    'it takes precedence when present.',
];
const rdToc: [string, string[]][] = [
  ['User Guide', ['Installation', 'Quickstart', 'Working with time zones', 'Formatting and parsing', 'Durations and intervals']],
  ['API Reference', ['chronicle.Moment', 'chronicle.Duration', 'chronicle.settings']],
  ['Project', ['Changelog', 'Contributing', 'License']],
];
const rdFlyout = ['Versions', 'latest', 'stable', '2.4', '2.3', 'Downloads', 'PDF', 'HTML', 'On Read the Docs', 'Project Home', 'Builds'];
const rdAd = 'Monitor every cron job and queue worker from one dashboard. Free for open source projects.';
const rdSec = (t: string, inner: string, h = 'h2'): string => `<section id="${t.toLowerCase().replace(/ /g, '-')}">
<${h}>${t}<a class="headerlink" href="#${t.toLowerCase().replace(/ /g, '-')}" title="Link to this heading">¶</a></${h}>
${inner}</section>`;
const rdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rdCode = (c: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${c}</pre></div></div>`;
const rdAdm = (kind: string, label: string, body: readonly string[]): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${label}</p>${rdPs(body)}</div>`;
const rdHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Working with time zones — chronicle 2.4.1 documentation</title><link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1">
<link rel="stylesheet" type="text/css" href="../_static/css/theme.css?v=e59714d7"><script src="../_static/jquery.js?v=5d32c60e"></script>
<script src="../_static/documentation_options.js?v=4d1d3a8e"></script><script src="../_static/doctools.js?v=9a2dae69"></script>
<script async="async" src="/_/static/javascript/readthedocs-doc-embed.js"></script><script src="../_static/js/theme.js"></script>
<meta name="readthedocs-project-slug" content="chronicle"><meta name="readthedocs-version-slug" content="stable">
<meta name="readthedocs-resolver-filename" content="/guide/timezones.html"><meta name="readthedocs-http-status" content="200">
<link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="Formatting and parsing" href="formatting.html"><link rel="prev" title="Quickstart" href="quickstart.html">
<link rel="canonical" href="https://chronicle.readthedocs.io/en/stable/guide/timezones.html"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home"> chronicle</a><div class="version">2.4.1</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs"><input type="hidden" name="check_keywords" value="yes"></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
${rdToc
  .map(
    ([c, items]) => `<p class="caption" role="heading"><span class="caption-text">${c}</span></p>
<ul${c === 'User Guide' ? ' class="current"' : ''}>${items
      .map(
        (t) =>
          `<li class="toctree-l1${t === rdTitle ? ' current' : ''}"><a class="reference internal${t === rdTitle ? ' current' : ''}"
href="${t.toLowerCase().replace(/ /g, '-')}.html">${t}</a></li>`,
      )
      .join('\n')}</ul>`,
  )
  .join('\n')}</div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="../index.html">chronicle</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li>
<li class="breadcrumb-item active">Working with time zones</li><li class="wy-breadcrumbs-aside"><a
href="https://github.com/omarchetti/chronicle/blob/main/docs/guide/timezones.rst"
class="fa fa-github"> Edit on GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
${rdSec(
  rdTitle,
  `${rdPs(rdIntro)}
${rdSec(
  rdH1,
  `${rdPs(rdP1.slice(0, 1))}${rdCode(
    '<span class="gp">&gt;&gt;&gt; </span><span class="n">chronicle</span><span class="o">.</span><span class="n">moment</span>' +
      '(2025, 3, 30, 9, 15, zone=<span class="s2">"Europe/Lisbon"</span>)\n&lt;Moment 2025-03-30T09:15:00+01:00 Europe/Lisbon&gt;',
  )}
${rdPs(rdP1.slice(1))}${rdAdm('note', 'Note', rdNote)}`,
)}
${rdSec(
  rdH2,
  `${rdPs(
    rdP2.slice(0, 1),
  )}${rdCode('&gt;&gt;&gt; m.in_zone("America/Halifax")\n&lt;Moment 2025-03-30T05:15:00-03:00 America/Halifax&gt;')}${rdPs(rdP2.slice(1))}`,
)}
${rdSec(rdH3, `${rdPs(rdP3)}<ul class="simple">${rdList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>${rdAdm('warning', 'Warning', rdWarn)}`)}
${rdSec(rdH4, rdPs(rdP4))}`,
  'h1',
)}
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="quickstart.html" class="btn btn-neutral float-left" title="Quickstart"
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="formatting.html"
class="btn btn-neutral float-right"
title="Formatting and parsing" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr>
<div role="contentinfo"><p>© Copyright 2025, Odile Marchetti and contributors.</p></div>Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a
<a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer>
<div id="ethical-ad-placement" class="flat" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar"><div class="ea-placement ea-type-text">
<div class="ea-content"><div class="ea-text"><a href="https://server.ethicalads.io/proxy/click/8812/" rel="nofollow noopener sponsored" target="_blank">
<strong>Cronwatch:</strong> ${rdAd}</a></div></div><div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/?ref=ea-text" rel="nofollow noopener"
target="_blank">Ads by EthicalAds</a></div></div></div>
</div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div
class="rst-other-versions"><dl><dt>${rdFlyout[0]}</dt>
${rdFlyout
  .slice(1, 5)
  .map((v) => `<dd><a href="/en/${v}/">${v}</a></dd>`)
  .join('')}</dl><dl><dt>${rdFlyout[5]}</dt><dd><a href="//chronicle.readthedocs.io/_/downloads/en/stable/pdf/">PDF</a></dd>
<dd><a href="//chronicle.readthedocs.io/_/downloads/en/stable/htmlzip/">HTML</a></dd></dl><dl><dt>${rdFlyout[8]}</dt><dd><a
href="//readthedocs.org/projects/chronicle/">Project Home</a></dd><dd><a href="//readthedocs.org/projects/chronicle/builds/">Builds</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const rtdPage: TestPage = {
  html: rdHtml,
  name: 'heldout102-readthedocs-sphinx-guide-docs',
  kind: 'docs',
  // admonition texts are body, their titles ("Note", "Warning") furniture; the ¶ header links are in neither list;
  // literal blocks are in neither; the RTD flyout, the EthicalAds text and the toctree captions are furniture
  title: rdTitle,
  headings: [rdH1, rdH2, rdH3, rdH4],
  body: texts([...rdIntro, ...rdP1, ...rdNote, ...rdP2, ...rdP3, ...rdList, ...rdWarn, ...rdP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2.4.1', 'User Guide', ...rdToc[0]![1].filter((t) => t !== rdTitle), 'API Reference', ...rdToc[1]![1], 'Project', ...rdToc[2]![1],
    'Edit on GitHub', 'Note', 'Warning', 'Previous', 'Next', '© Copyright 2025, Odile Marchetti and contributors.',
    'Built with Sphinx using a theme provided by Read the Docs.', `Cronwatch: ${rdAd}`, 'Ads by EthicalAds', 'Read the Docs v: stable', ...rdFlyout,
  ],
};
