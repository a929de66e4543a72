import { plain, type TestPage, texts } from './page-kit.js';
import { appleArticle } from './pages-heldout132-d2.js';

/**
 * Held-out batch 132, file d: a PostgreSQL manual page on postgresql.org (the site navbar with its search box, the
 * release shout box, the Documentation → PostgreSQL 18 crumb with the Supported / Development / Unsupported version
 * rows and the documentation search form, the DocBook navheader table that repeats the section title, the section
 * title as an h2 and subsections as h3s with "#" links, the section's own table of contents, Note and Tip admonitions
 * with h3 labels, a numbered table with its title, program listings, the navfooter table with Prev / Up / Home / Next
 * and neighbour titles, the "Submit correction" box and the footer) and, from file d2, an Apple Developer article.
 */
const pTitle = '5.13. Row Expiry Policies';
const pP1 = [
  `Many tables hold data that is only useful for a limited time: session records, one-time tokens, rows staged for a
batch job. Deleting such rows by hand, or from a scheduled job, is easy to forget and tends to produce large bursts of
dead tuples. A <em class="firstterm">row expiry policy</em> lets the table itself declare how long its rows live, and
leaves the removal to autovacuum.`,
  `An expiry policy is attached to a table and names a column of type <code class="type">timestamp with time
zone</code> or <code class="type">date</code>. Rows whose value in that column is older than the policy’s interval
become eligible for removal.`,
];
const pH1 = '5.13.1. Defining an Expiry Policy';
const pP2 = [
  'A policy is added with <code class="command">ALTER TABLE</code>. For example, to remove login tokens a day after they were issued:',
  `Only one expiry policy can exist per table. Setting a new one replaces the old one, and <code class="literal">ALTER
TABLE login_tokens RESET EXPIRY</code> removes it. The options that a policy accepts are shown in Table 5.9.`,
];
const pCells = [
  'column',
  'The column compared against the current time. It must be NOT NULL.',
  'after',
  'An interval. A row expires when column + after is earlier than now().',
  'batch_size',
  'The largest number of rows removed in one pass. The default is 10000.',
];
const pNote = [
  `Expired rows are not hidden from queries. Until they are removed, they are returned like any other row. If queries
must never see expired data, add a condition on the expiry column as well.`,
];
const pH2 = '5.13.2. When Rows Are Removed';
const pP3 = [
  `Expired rows are deleted by an autovacuum worker when it next processes the table, just before the vacuum itself
runs. Because both steps happen in the same pass, the space freed by the deletion is available for reuse straight
away, and the table does not swell between runs the way it can with a nightly <code class="command">DELETE</code>.`,
  `The deletion is an ordinary delete as far as the rest of the system is concerned. Row-level <code class="literal">
DELETE</code> triggers on the table do fire, foreign keys with <code class="literal">ON DELETE CASCADE</code> are
followed, and the removed rows are written to the WAL and sent to replicas in the usual way.`,
];
const pTip = [
  `To remove expired rows at once, for example before taking a dump, run <code class="command">VACUUM (EXPIRE)</code> on
the table. It uses the same policy as autovacuum.`,
];
const pH3 = '5.13.3. Expiry and Partitioning';
const pP4 = [
  `On a partitioned table, the policy is inherited by every partition, including partitions created later. Each partition
is processed on its own. For data that arrives in time order, consider partitioning by the expiry column and detaching
whole partitions instead: dropping a partition is much cheaper than deleting its rows one by one. Expiry policies are
most useful for tables where rows of different ages are mixed together.`,
];
const pNav = ['Home', 'About', 'Download', 'Documentation', 'Community', 'Developers', 'Support', 'Donate', 'Your account'];
const pShout = 'October 16, 2025: PostgreSQL 18.1, 17.7, 16.11, 15.15, 14.20, and 13.23 Released!';
const pVers = ['Current', '18', '17', '16', '15', '14'];
const pCorr = `If you see anything in the documentation that is not correct, does not match your experience with the
particular feature or requires further clarification, please use this form to report a documentation issue.`;
const pFoot = ['Privacy Policy', 'Code of Conduct', 'About PostgreSQL', 'Contact'];
const pSec = (id: string, tag: string, t: string, cls = 'sect2'): string => `<div class="${cls}" id="${id}"><div class="titlepage"><div><div>
<${tag} class="title"${tag === 'h2' ? ' style="clear: both"' : ''}>${t} <a href="#${id}" class="id_link">#</a></${tag}></div></div></div>`;
const pPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const pAdm = (kind: string, label: string, a: readonly string[]): string => `<div class="${kind}"><h3 class="title">${label}</h3>${pPs(a)}</div>`;
const pHtml = `<!doctype html>
<html lang="en"><head><title>PostgreSQL: Documentation: 18: 5.13. Row Expiry Policies</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="theme-color" content="#336791"><meta name="copyright" content="The PostgreSQL Global Development Group">
<meta property="og:url" content="https://www.postgresql.org/docs/18/ddl-expiry.html"><meta property="og:type" content="article">
<meta property="og:title" content="5.13. Row Expiry Policies"><meta property="og:site_name" content="PostgreSQL Documentation">
<link rel="canonical" href="https://www.postgresql.org/docs/current/ddl-expiry.html"><link rel="stylesheet" href="/media/css/fontawesome.css">
<link rel="stylesheet" href="/media/css/bootstrap.min.css"><link rel="stylesheet" href="/dyncss/base.css?ab7f2d1e">
<link rel="stylesheet" href="/media/css/docs.css">
<script src="/media/js/theme.js?ab7f2d1e"></script></head>
<body><div class="container-fluid"><div class="row justify-content-md-center"><div class="col"><nav class="navbar navbar-expand-lg navbar-light bg-light">
<a class="navbar-brand p-0" href="/"><img class="logo" src="/media/img/about/press/elephant.png" alt="PostgreSQL Elephant Logo"></a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#pgNavbar" aria-controls="pgNavbar" aria-expanded="false"
aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="pgNavbar">
<ul class="navbar-nav mr-auto">${pNav.map((t) => `<li class="nav-item p-2"><a class="nav-link" href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
<form role="search" method="get" action="/search/"><div class="input-group"><input id="q" name="q" type="text" size="20" maxlength="255" accesskey="s"
class="form-control" placeholder="Search for..." aria-label="Search for..."><span class="input-group-btn"><button class="btn btn-default" type="submit">
<i class="fas fa-search"></i></button></span></div></form></div></nav></div></div>
<div class="row justify-content-center pg-shout-box"><div class="col text-white text-center">October 16, 2025:
<a href="/about/news/postgresql-181-177-1611-1515-1420-and-1323-released-3145/">PostgreSQL 18.1, 17.7, 16.11, 15.15, 14.20, and 13.23 Released!</a>
</div></div></div>
<div class="container-fluid margin"><div class="row"><div id="pgContentWrap" class="col-11"><div class="row"><div class="col-md-6 mb-2">
<div class="row"><div class="col"><div><a href="/docs/" title="Documentation">Documentation</a> → <a href="/docs/18/index.html"
title="PostgreSQL 18">PostgreSQL 18</a></div></div></div><div class="row"><div class="col">Supported Versions:
${pVers
  .map((v, i) =>
    i === 0
      ? `<a href="/docs/current/ddl-expiry.html">${v}</a> (`
      : i === 1
        ? `<a href="/docs/18/ddl-expiry.html">${v}</a>)`
        : ` / <a
href="/docs/${v}/ddl-expiry.html">${v}</a>`,
  )
  .join('')}</div></div><div class="row"><div class="col-12">Development Versions:
<a href="/docs/devel/ddl-expiry.html">devel</a></div></div></div><div class="col-md-6 col-lg-5 offset-lg-1"><form id="docSearchForm" role="search"
method="get" action="/search/"><input type="hidden" name="u" value="/docs/18/"><div class="input-group"><input type="text" id="q" name="q"
class="form-control" placeholder="Search the documentation for..."><span class="input-group-prepend"><button class="btn btn-default" type="submit">
<i class="fas fa-search"></i></button></span></div></form></div></div>
<div id="docContent"><div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">${pTitle}</th></tr>
<tr><td width="10%" align="left"><a accesskey="p" href="ddl-partitioning.html" title="5.12. Table Partitioning">Prev</a> </td>
<td width="10%" align="left"><a accesskey="u" href="ddl.html" title="Chapter 5. Data Definition">Up</a></td><th width="60%" align="center">Chapter 5. Data
Definition</th><td width="20%" align="right"> <a accesskey="h" href="index.html" title="PostgreSQL 18.1 Documentation">Home</a></td>
<td width="10%" align="right"> <a accesskey="n" href="ddl-foreign-data.html" title="5.14. Foreign Data">Next</a></td></tr></table><hr></div>
${pSec('DDL-EXPIRY', 'h2', pTitle, 'sect1')}
<div class="toc"><dl class="toc"><dt><span class="sect2"><a href="ddl-expiry.html#DDL-EXPIRY-DEFINING">${pH1}</a></span></dt>
<dt><span class="sect2"><a href="ddl-expiry.html#DDL-EXPIRY-REMOVAL">${pH2}</a></span></dt><dt><span class="sect2"><a
href="ddl-expiry.html#DDL-EXPIRY-PARTITIONING">${pH3}</a></span></dt></dl></div><a id="id-1.5.4.15.2" class="indexterm"></a>
${pPs(pP1)}
${pSec('DDL-EXPIRY-DEFINING', 'h3', pH1)}
${pPs(pP2.slice(0, 1))}
<pre class="programlisting">ALTER TABLE login_tokens SET EXPIRY (column = issued_at, after = '1 day');</pre>
${pPs(pP2.slice(1))}
<div class="table" id="DDL-EXPIRY-OPTIONS-TABLE"><p class="title"><strong>Table 5.9. Expiry Policy Options</strong></p><div class="table-contents">
<table class="table" summary="Expiry Policy Options" border="1"><colgroup><col class="col1"><col class="col2"></colgroup><thead><tr><th>Option</th>
<th>Description</th></tr></thead><tbody>${[0, 2, 4]
  .map((i) => `<tr><td><code class="literal">${pCells[i]}</code></td><td>${pCells[i + 1]}</td></tr>`)
  .join('\n')}</tbody></table></div></div><br class="table-break">
${pAdm('note', 'Note', pNote)}</div>
${pSec('DDL-EXPIRY-REMOVAL', 'h3', pH2)}
${pPs(pP3)}
${pAdm('tip', 'Tip', pTip)}</div>
${pSec('DDL-EXPIRY-PARTITIONING', 'h3', pH3)}
${pPs(pP4)}</div></div>
<div class="navfooter"><hr><table width="100%" summary="Navigation footer"><tr><td width="40%" align="left"><a accesskey="p"
href="ddl-partitioning.html">Prev</a> </td><td width="20%" align="center"><a accesskey="u" href="ddl.html">Up</a></td><td width="40%" align="right">
 <a accesskey="n" href="ddl-foreign-data.html">Next</a></td></tr><tr><td width="40%" align="left" valign="top">5.12. Table Partitioning </td>
<td width="20%" align="center"><a accesskey="h" href="index.html" title="PostgreSQL 18.1 Documentation">Home</a></td>
<td width="40%" align="right" valign="top"> 5.14. Foreign Data</td></tr></table></div></div>
<div id="docComments"><h2>Submit correction</h2><p>${pCorr.replace('this form', '<a href="/account/comments/new/18/ddl-expiry.html/">this form</a>')}</p>
</div></div></div></div>
<footer id="footer"><div class="container-fluid margin"><div class="row"><div class="col">${pFoot
  .map((t) => `<a href="/about/${t.length}/">${t}</a>`)
  .join(' | ')}</div></div><div class="row"><div class="col">Copyright © 1996-2025 The PostgreSQL Global Development Group</div></div></div></footer>
<script src="/media/js/main.js?ab7f2d1e"></script></body></html>`;
const postgres: TestPage = {
  html: pHtml,
  name: 'heldout132-postgresql-manual',
  kind: 'docs',
  // headings keep their section numbers as the page shows them; the navheader repeats the title (left out); the table
  // title is a caption (furniture), its data cells are body and its header cells in neither list; Note and Tip texts
  // are body and their h3 labels in neither list; the section's own table of contents, which repeats the headings, is
  // left out; program listings are in neither list
  title: pTitle,
  headings: [pH1, pH2, pH3],
  body: [...texts(pP1), ...texts(pP2), ...pCells, ...texts(pNote), ...texts(pP3), ...texts(pTip), ...texts(pP4)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, pShout, 'Documentation → PostgreSQL 18', 'PostgreSQL 18', 'Supported Versions:', ...pVers, 'Development Versions:', 'devel',
    'Prev', 'Up', 'Chapter 5. Data Definition', 'Next', 'Table 5.9. Expiry Policy Options', '5.12. Table Partitioning', '5.14. Foreign Data',
    'Submit correction', plain(pCorr), ...pFoot, 'Copyright © 1996-2025 The PostgreSQL Global Development Group',
  ],
};

export const HELDOUT132_D: readonly TestPage[] = [postgres, appleArticle];
