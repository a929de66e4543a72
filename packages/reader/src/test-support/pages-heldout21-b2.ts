import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 21, file b2: a PostgreSQL manual section on postgresql.org (site header and nav with the search box and theme
 * menu, "Documentation → PostgreSQL 17", the supported, development and unsupported version links, the docs search form, the
 * DocBook navheader and navfooter tables with Prev/Up/Home/Next, the section's mini table of contents, "#" id links, a
 * variablelist, note and tip boxes, a query example, the "Submit correction" box and the footer).
 */
const pgTitle = '27.4. Replication Slot Monitoring';
const pgIntro = [
  'A replication slot keeps the primary from removing <acronym class="acronym">WAL</acronym> that a standby or a logical subscriber ' +
    'still needs. That guarantee has a cost: a slot whose consumer has stopped reading holds back WAL indefinitely, and the ' +
    '<code class="filename">pg_wal</code> directory on the primary keeps growing until the disk fills. Monitoring slots is ' +
    'therefore part of running any server that uses them.',
  'This section describes the view that reports the state of each slot and the settings that put an upper bound on the WAL a ' + 'slot may retain.',
];
const pgH1 = '27.4.1. Slot Status Views';
const pgView =
  'The <a class="link" href="view-pg-replication-slots.html" title="53.20. pg_replication_slots"><code class="structname">pg_replication_slots</code></a> ' +
  'view has one row for each slot on the server. The columns most useful for monitoring are:';
const pgCols: [string, string][] = [
  [
    'active',
    'True if a process is streaming from this slot right now. A slot that has been inactive for a long time usually belongs to ' +
      'a standby that was shut down or removed without dropping its slot.',
  ],
  ['restart_lsn', 'The oldest WAL location the consumer of the slot may still need. The server keeps every WAL segment from this point on.'],
  [
    'wal_status',
    'One of <code class="literal">reserved</code>, <code class="literal">extended</code>, <code class="literal">unreserved</code> or ' +
      '<code class="literal">lost</code>. The value <code class="literal">unreserved</code> means the slot is about to lose WAL it ' +
      'needs, and <code class="literal">lost</code> means that WAL has already been removed and the slot can no longer be used.',
  ],
  [
    'safe_wal_size',
    'The number of bytes that can still be written to WAL before the slot is in danger of reaching the ' +
      '<code class="literal">lost</code> state, or null when <code class="varname">max_slot_wal_keep_size</code> is ' +
      '<code class="literal">-1</code>.',
  ],
];
const pgQuery = 'A simple query shows how much WAL each slot is holding back:';
const pgH2 = '27.4.2. Limiting Retained WAL';
const pgLimit = [
  'By default a slot can retain any amount of WAL. Setting <a class="xref" href="runtime-config-replication.html#GUC-MAX-SLOT-WAL-KEEP-SIZE">' +
    '<code class="varname">max_slot_wal_keep_size</code></a> puts a limit on it: when the <code class="structfield">restart_lsn</code> ' +
    'of a slot falls further behind the current WAL position than the limit allows, the checkpointer invalidates the slot and the ' +
    'old segments are removed as usual.',
  'An invalidated slot cannot be used again. The standby that depended on it has to be rebuilt from a new base backup, or ' +
    're-synchronized with <a class="xref" href="app-pgrewind.html"><span class="application">pg_rewind</span></a> if its timeline allows. ' +
    'Choose a limit that gives operators enough time to notice a stalled standby, but that the disk holding ' +
    '<code class="filename">pg_wal</code> can comfortably absorb.',
];
const pgNote =
  'Temporary slots are dropped automatically at the end of the session that created them, and are not invalidated by ' +
  '<code class="varname">max_slot_wal_keep_size</code> while that session is alive.';
const pgTip =
  'The <code class="varname">idle_replication_slot_timeout</code> setting invalidates slots that have not been used for a given ' +
  'time, whatever the amount of WAL they retain. It is a useful second safeguard for standbys that were shut down for ' +
  'maintenance and then forgotten.';
const pgNav = ['About', 'Download', 'Documentation', 'Community', 'Developers', 'Support', 'Donate', 'Your account'];
const nb = (t: string): string => t.replace(/^([\d.]+) /, '$1&nbsp;');
const pgHtml = `<!doctype html>
<html lang="en"><head><title>PostgreSQL: Documentation: 17: 27.4. Replication Slot Monitoring</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="27.4.&amp;nbsp;Replication Slot Monitoring # A replication slot keeps the primary from removing WAL …" />
<meta property="og:url" content="https://www.postgresql.org/docs/17/warm-standby-slot-monitoring.html" />
<link rel="stylesheet" href="/media/css/fontawesome.css?1735302512" type="text/css"><link rel="stylesheet" href="/dyncss/base.css?1735302512" type="text/css">
<link rel="canonical" href="https://www.postgresql.org/docs/current/warm-standby-slot-monitoring.html" /><script src="/media/js/theme.js?1735302512"></script>
</head><body><div class="container-fluid"><div class="row justify-content-md-center"><div class="col">
<!-- Header --><nav id="pgHeader" class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img class="img-fluid"
src="/media/img/about/press/elephant.png" alt="PostgreSQL Elephant Logo"></a><button class="navbar-toggler" type="button" data-toggle="collapse"
data-target="#pgNavbar" aria-controls="pgNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="fas fa-bars"></span></button>
<div class="collapse navbar-collapse" id="pgNavbar"><ul class="navbar-nav mr-auto">
${pgNav.map((t) => `<li class="nav-item p-2"><a href="/${t.toLowerCase().replace(/ /g, '')}/" title="${t}">${t}</a></li>`).join('\n')}</ul>
<form role="search" method="get" action="/search/"><div class="input-group"><input id="q" name="q" type="text" size="20" maxlength="255" accesskey="s"
class="form-control" placeholder="Search for..." aria-label="Search for..."><span class="input-group-btn"><button class="btn btn-default" type="submit">
<i class="fas fa-search"></i></button></span></div></form>
<div class="nav-item dropdown"><button class="btn btn-link nav-link dropdown-toggle d-flex align-items-center" id="form-theme" type="button"
aria-expanded="false" data-bs-toggle="dropdown" aria-label="Toggle theme (auto)"><span class="fas fa-adjust"></span></button><ul class="dropdown-menu">
<li><button type="button" class="dropdown-item" data-bs-theme-value="light">Light</button></li><li><button type="button" class="dropdown-item"
data-bs-theme-value="dark">Dark</button></li><li><button type="button" class="dropdown-item" data-bs-theme-value="auto">System</button></li></ul></div>
</div></nav></div></div>
<div class="row"><div class="col-md-12"><div id="pgContentWrap"><div id="docs"><div class="row"><div class="col-md-6 mb-2">
<div class="row"><div class="col"><div><a href="/docs/" title="Documentation">Documentation</a> &rarr; <a href="/docs/17/index.html"
title="PostgreSQL 17">PostgreSQL 17</a></div></div></div>
<div class="row"><div class="col">Supported Versions: <a href="/docs/current/warm-standby-slot-monitoring.html" title="PostgreSQL 17 - 27.4. Replication
Slot Monitoring">Current</a> (<a href="/docs/17/warm-standby-slot-monitoring.html">17</a>) / <a href="/docs/16/warm-standby-slot-monitoring.html">16</a>
/ <a href="/docs/15/warm-standby-slot-monitoring.html">15</a></div></div>
<div class="row"><div class="col">Development Versions: <a href="/docs/18/warm-standby-slot-monitoring.html">18</a> / <a
href="/docs/devel/">devel</a></div></div>
<div class="row"><div class="col-12">Unsupported versions: <a href="/docs/12/">12</a> / <a href="/docs/11/">11</a> / <a
href="/docs/10/">10</a></div></div></div>
<div class="col-md-6 col-lg-5 offset-lg-1"><form id="docSearchForm" role="search" method="get" action="/search/"><input type="hidden" name="u"
value="/docs/17/"><div class="input-group"><input type="text" id="docsq" name="q" class="form-control" placeholder="Search the documentation for..."
aria-label="Search the documentation for..."><span class="input-group-prepend"><button class="btn" type="submit"><i class="fas fa-search"></i></button>
</span></div></form></div></div>
<div id="docContent"><div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">${nb(pgTitle)}</th></tr>
<tr><td width="10%" align="left"><a accesskey="p" href="warm-standby-failover.html" title="27.3. Failover">Prev</a> </td><td width="10%"
align="left"><a accesskey="u" href="high-availability.html" title="Chapter 27. High Availability, Load Balancing, and Replication">Up</a></td>
<th width="60%" align="center">Chapter&nbsp;27.&nbsp;High Availability, Load Balancing, and Replication</th><td width="10%" align="right">
<a accesskey="h" href="index.html" title="PostgreSQL 17.6 Documentation">Home</a></td><td width="10%" align="right"> <a accesskey="n"
href="hot-standby.html" title="27.5. Hot Standby">Next</a></td></tr></table><hr /></div>
<div class="sect1" id="WARM-STANDBY-SLOT-MONITORING"><div class="titlepage"><div><div><h2 class="title" style="clear: both">${nb(pgTitle)}
<a href="#WARM-STANDBY-SLOT-MONITORING" class="id_link">#</a></h2></div></div></div>
<div class="toc"><dl class="toc"><dt><span class="sect2"><a href="warm-standby-slot-monitoring.html#SLOT-STATUS-VIEWS">${nb(pgH1)}</a></span></dt>
<dt><span class="sect2"><a href="warm-standby-slot-monitoring.html#SLOT-RETAINED-WAL">${nb(pgH2)}</a></span></dt></dl></div>
${pgIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sect2" id="SLOT-STATUS-VIEWS"><div class="titlepage"><div><div><h3 class="title">${nb(pgH1)} <a href="#SLOT-STATUS-VIEWS"
class="id_link">#</a></h3></div></div></div><p>${pgView}</p>
<div class="variablelist"><dl class="variablelist">${pgCols
  .map(([t, d]) => `<dt><span class="term"><code class="structfield">${t}</code></span></dt><dd><p>${d}</p></dd>`)
  .join('\n')}</dl></div>
<p>${pgQuery}</p><pre class="programlisting">SELECT slot_name, active,
       pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained
  FROM pg_replication_slots
 ORDER BY 3 DESC;</pre></div>
<div class="sect2" id="SLOT-RETAINED-WAL"><div class="titlepage"><div><div><h3 class="title">${nb(pgH2)} <a href="#SLOT-RETAINED-WAL"
class="id_link">#</a></h3></div></div></div>${pgLimit.map((p) => `<p>${p}</p>`).join('\n')}
<div class="note"><h3 class="title">Note</h3><p>${pgNote}</p></div>
<div class="tip"><h3 class="title">Tip</h3><p>${pgTip}</p></div></div></div>
<div class="navfooter"><hr /><table width="100%" summary="Navigation footer"><tr><td width="40%" align="left"><a accesskey="p"
href="warm-standby-failover.html" title="27.3. Failover">Prev</a> </td><td width="20%" align="center"><a accesskey="u"
href="high-availability.html" title="Chapter 27. High Availability, Load Balancing, and Replication">Up</a></td><td width="40%" align="right">
<a accesskey="n" href="hot-standby.html" title="27.5. Hot Standby">Next</a></td></tr><tr><td width="40%" align="left" valign="top">27.3.&nbsp;Failover </td>
<td width="20%" align="center"><a accesskey="h" href="index.html" title="PostgreSQL 17.6 Documentation">Home</a></td><td width="40%" align="right"
valign="top"> 27.5.&nbsp;Hot Standby</td></tr></table></div></div>
<div id="docComments"><h2>Submit correction</h2><p>If you see anything in the documentation that is not correct, does not match your experience with
this feature or needs more explanation, please use <a href="/account/comments/new/17/warm-standby-slot-monitoring.html/" rel="nofollow">this form</a> to
report a documentation issue.</p></div></div></div></div></div></div>
<footer id="footer"><div class="container"><div class="row"><div class="col-12"><a href="/about/policies/privacy/">Privacy Policy</a> |
<a href="/about/policies/coc/">Code of Conduct</a> | <a href="/about/">About PostgreSQL</a> | <a href="/about/contact/">Contact</a></div>
<div class="col-12">Copyright &copy; 1996-2025 The PostgreSQL Global Development Group</div></div></div></footer>
<script src="/media/js/main.js?1735302512"></script></body></html>`;
export const postgresManual: TestPage = {
  html: pgHtml,
  name: 'heldout21-postgresql-manual',
  kind: 'docs',
  // the paragraphs, every variablelist entry (the column name and its text: terms of the section's own list) and the note's and
  // tip's texts are body (their "Note" and "Tip" h3 labels are in neither list); the SQL query is code; the navheader's title
  // line and the mini table of contents repeat the title and headings: left out; the navheader's chapter line, Prev/Up/Home/Next,
  // the navfooter's neighbour titles, the version links, both search boxes, the theme menu, "Submit correction" and the footer
  // are furniture (the copyright line without its "&copy;" entity, which plain() does not decode); no author or date
  title: pgTitle,
  headings: [pgH1, pgH2],
  body: [...texts(pgIntro), ...texts([pgView]), ...pgCols.flatMap(([t, d]) => [t, ...texts([d])]), pgQuery, ...texts(pgLimit), ...texts([pgNote, pgTip])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pgNav, 'Light', 'Dark', 'System', 'PostgreSQL 17', 'Supported Versions:', 'Current', 'Development Versions:', 'devel', 'Unsupported versions:',
    'Prev', 'Up', 'Chapter 27. High Availability, Load Balancing, and Replication', 'Home', 'Next', '27.3. Failover', '27.5. Hot Standby',
    'Submit correction', 'If you see anything in the documentation that is not correct, does not match your experience with this feature',
    'please use this form to report a documentation issue.', 'Privacy Policy', 'Code of Conduct', 'About PostgreSQL', 'Contact',
    '1996-2025 The PostgreSQL Global Development Group',
  ],
};
