import { type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file d2: a PostgreSQL manual-style page of an invented database, plain DocBook HTML inside the
 * project site (the site navbar, the version switcher lines, the DocBook navheader and navfooter tables, the section
 * TOC, a note, a table, the "Submit correction" box and the footer). The page has no h1: its title is the sect1 h2.
 */
const qTitle = '25.3. Tiered Vacuum Scheduling';
const qH = ['25.3.1. How Tiers Are Assigned', '25.3.2. Configuring the Tiers', '25.3.3. Monitoring'] as const;
const qIntro = [
  j(
    'QuarryDB can schedule automatic vacuum work in tiers, so that tables with many dead rows are processed before large, mostly',
    'static tables. Tiered scheduling replaces the single queue used in earlier releases, in which a very large table could hold',
    'up every autovacuum worker for hours while small, busy tables accumulated bloat.',
  ),
  'Tiered scheduling is enabled by default. Setting <code class="varname">autovacuum_tiers</code> to <code class="literal">1</code> restores the old behavior.',
];
const qAssign = [
  j(
    'Each time the autovacuum launcher wakes up, it computes a score for every table in the database: the estimated number of dead',
    'rows divided by the total number of rows, multiplied by a weight that grows with the age of the oldest unfrozen transaction ID.',
    'Tables are then sorted by score and split into tiers.',
  ),
  j(
    'Workers always take a table from the highest non-empty tier. A table in a lower tier is processed only when no worker is',
    'needed for the tiers above it, or when its transaction ID age passes <code class="varname">autovacuum_freeze_max_age</code>, in',
    'which case it moves to the top tier regardless of its score.',
  ),
];
const qNote = j(
  'Tier assignment uses the statistics collected by <code class="command">ANALYZE</code>. A table that has never been analyzed is',
  'placed in the lowest tier until its statistics exist, unless it is at risk of transaction ID wraparound.',
);
const qConfig = [
  'The following parameters control tiered scheduling. All of them can be set in <code class="filename">quarrydb.conf</code> or on the server command line.',
];
const qRows = [
  ['autovacuum_tiers (integer)', 'Number of tiers. The default is 3; the maximum is 8.'],
  ['autovacuum_tier_min_score (floating point)', 'Tables scoring below this value are not assigned to any tier. The default is 0.05.'],
  ['autovacuum_tier_workers (integer)', 'Number of workers reserved for the top tier. The default is 1.'],
];
const qConfig2 = [
  j(
    'Per-table overrides are possible with the storage parameter <code class="literal">autovacuum_tier</code>, which pins a table to',
    'a given tier. Use this sparingly: a pinned table is never promoted, except for wraparound protection.',
  ),
];
const qMon = [
  j(
    'The view <code class="structname">qdb_stat_vacuum_tiers</code> shows, for each table, its current score, its tier and the time',
    'at which it was last vacuumed by a worker. A table that stays in the top tier across many cycles usually needs a lower',
    '<code class="varname">autovacuum_vacuum_scale_factor</code> or more frequent manual vacuuming.',
  ),
];
const qNav = ['Home', 'About', 'Download', 'Documentation', 'Community', 'Developers', 'Support', 'Donate', 'Your account'];
const qNavHtml = qNav.map((t) => `<li class="nav-item p-2"><a href="/${t.toLowerCase()}/" class="nav-link">${t}</a></li>`).join('\n');
const qHtml = `<!doctype html>
<html lang="en"><head><title>QuarryDB: Documentation: 18: 25.3. Tiered Vacuum Scheduling</title><meta http-equiv="Content-Type"
content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" /><meta name="theme-color" content="#336791"/>
<meta property="og:title" content="25.3. Tiered Vacuum Scheduling" /><meta property="og:type" content="article" />
<meta property="og:description" content="25.3.&amp;nbsp;Tiered Vacuum Scheduling #" /><link rel="canonical"
href="https://www.quarrydb.example/docs/current/vacuum-tiers.html" />
<link rel="stylesheet" href="/media/css/main.css" /><script src="/media/js/theme.js"></script></head>
<body><div class="container-fluid"><div class="row justify-content-md-center"><div class="col">
<nav class="navbar navbar-expand-lg" id="pgNavbar" role="navigation"><a class="navbar-brand" href="/">QuarryDB</a><div class="collapse navbar-collapse"
id="pgNavbarContent"><ul class="navbar-nav mr-auto">${qNavHtml}
</ul><form role="search" method="get" action="/search/"><input id="q" name="q" type="text" size="20" maxlength="255" placeholder="Search for..." /></form>
</div></nav></div></div>
<div class="row justify-content-center"><div class="col"><div id="docContainerWrap"><div id="docContainer"><div class="container-fluid"><div class="row">
<div class="col-md-9"><div class="doc-breadcrumb"><a href="/docs/" title="Documentation">Documentation</a> &rarr; <a
href="/docs/18/index.html">QuarryDB 18</a></div>
</div></div><div class="row"><div class="col-12"><p><strong>Supported Versions:</strong> <a href="/docs/current/vacuum-tiers.html">Current</a> (18)
/ <a href="/docs/17/vacuum-tiers.html">17</a></p><p><strong>Development Versions:</strong> <a href="/docs/devel/vacuum-tiers.html">devel</a></p></div></div>
<div id="docContent"><div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">${qTitle}</th></tr><tr>
<td width="10%" align="left"><a accesskey="p" href="routine-reindex.html" title="25.2. Routine Reindexing">Prev</a> </td><td width="10%" align="left"><a
accesskey="u" href="maintenance.html" title="Chapter 25. Routine Database Maintenance Tasks">Up</a></td><th width="60%" align="center">Chapter 25. Routine
Database Maintenance Tasks</th><td width="10%" align="right"><a accesskey="h" href="index.html" title="QuarryDB 18.1 Documentation">Home</a></td>
<td width="10%" align="right"> <a accesskey="n" href="logfile-maintenance.html" title="25.4. Log File Maintenance">Next</a></td></tr></table><hr /></div>
<div class="sect1" id="VACUUM-TIERS"><div class="titlepage"><div><div><h2 class="title" style="clear: both">${qTitle} <a href="#VACUUM-TIERS"
class="id_link">#</a></h2></div></div></div><div class="toc"><dl class="toc">${qH
  .map(
    (h, i) => `<dt><span class="sect2"><a
href="vacuum-tiers.html#VACUUM-TIERS-${i}">${h}</a></span></dt>`,
  )
  .join('')}</dl></div>
${qIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sect2" id="VACUUM-TIERS-0"><div class="titlepage"><div><div><h3 class="title">${qH[0]} <a href="#VACUUM-TIERS-0" class="id_link">#</a></h3>
</div></div></div>${qAssign.map((p) => `<p>${p}</p>`).join('\n')}
<div class="note"><h3 class="title">Note</h3><p>${qNote}</p></div></div>
<div class="sect2" id="VACUUM-TIERS-1"><div class="titlepage"><div><div><h3 class="title">${qH[1]} <a href="#VACUUM-TIERS-1" class="id_link">#</a></h3>
</div></div></div><p>${qConfig[0]}</p><div class="table" id="VACUUM-TIERS-PARAMS"><p class="title"><strong>Table 25.2. Tiered Scheduling Parameters</strong></p>
<div class="table-contents"><table class="table" summary="Tiered Scheduling Parameters" border="1"><colgroup><col /><col
/></colgroup><thead><tr><th>Parameter</th>
<th>Description</th></tr></thead><tbody>${qRows.map((r) => `<tr><td><code class="varname">${r[0]}</code></td><td>${r[1]}</td></tr>`).join('\n')}</tbody>
</table></div></div><br class="table-break" />${qConfig2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="sect2" id="VACUUM-TIERS-2"><div class="titlepage"><div><div><h3 class="title">${qH[2]} <a href="#VACUUM-TIERS-2" class="id_link">#</a></h3>
</div></div></div>${qMon.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="navfooter"><hr /><table width="100%" summary="Navigation footer"><tr><td width="40%" align="left"><a accesskey="p"
href="routine-reindex.html" title="25.2. Routine Reindexing">Prev</a> </td><td width="20%" align="center"><a accesskey="u" href="maintenance.html"
title="Chapter 25. Routine Database Maintenance Tasks">Up</a></td><td width="40%" align="right"> <a accesskey="n" href="logfile-maintenance.html"
title="25.4. Log File Maintenance">Next</a></td></tr><tr><td width="40%" align="left" valign="top">25.2. Routine Reindexing </td><td width="20%"
align="center"><a accesskey="h" href="index.html" title="QuarryDB 18.1 Documentation">Home</a></td><td width="40%" align="right" valign="top">
25.4. Log File Maintenance</td></tr></table></div></div>
<div id="docComments"><h2>Submit correction</h2><p>If you see anything in the documentation that is not correct, does not match your experience with the
particular feature or requires further clarification, please use <a href="/account/comments/new/18/vacuum-tiers.html/">this form</a> to report a
documentation issue.</p></div></div></div></div></div></div></div>
<footer id="footer"><div class="container"><div class="row"><div class="col-12"><a href="/about/policies/privacy/">Privacy Policy</a> | <a
href="/about/policies/coc/">Code of Conduct</a> | <a href="/about/">About QuarryDB</a> | <a href="/about/contact/">Contact</a></div></div>
<div class="row"><div class="col-12">Copyright © 1996-2026 The QuarryDB Global Development Group</div></div></div></footer>
<script>var docsVersion = "18"; document.querySelectorAll("a.id_link").forEach(function (a) { a.setAttribute("aria-hidden", "true"); });</script>
</div></body></html>`;
export const quarry: TestPage = {
  name: 'heldout264-postgresql-manual-section',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: [...qH],
  body: texts([...qIntro, ...qAssign, qNote, ...qConfig, 'Table 25.2. Tiered Scheduling Parameters', ...qRows.flat(), ...qConfig2, ...qMon]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...qNav, 'Documentation', 'QuarryDB 18', 'Supported Versions:', 'Current', 'Development Versions:', 'devel', 'Prev', 'Next',
    'Chapter 25. Routine Database Maintenance Tasks', '25.2. Routine Reindexing', '25.4. Log File Maintenance', 'Submit correction',
    'If you see anything in the documentation that is not correct, does not match your experience with the particular feature or requires',
    'Privacy Policy', 'Code of Conduct', 'About QuarryDB', 'Contact', 'Copyright © 1996-2026 The QuarryDB Global Development Group',
  ]),
};
