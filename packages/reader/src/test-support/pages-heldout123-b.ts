import { type TestPage, texts } from './page-kit.js';
import { nodeApi } from './pages-heldout123-b2.js';

/**
 * Held-out batch 123, file b: a PostgreSQL manual page as postgresql.org serves it (the site navbar and search, the
 * release shout box, "Documentation -> PostgreSQL 18" breadcrumb (an arrow), the supported and development version pickers, the DocBook navheader
 * table that repeats the section title, "Prev" / "Up" / "Home" / "Next", sect2 headings, an example box with its title, a
 * Note box, the navfooter with the neighbouring section titles, "Submit correction" and the site footer) and, from file b2, a
 * Node.js API docs page.
 */
const pgTitle = '11.12. Deferred Index Builds';
const pgH = ['11.12.1. Creating a Deferred Index', '11.12.2. Completing the Build', '11.12.3. Restrictions'];
const pgP1 = [
  'Building an index on a large table reads every row, and while <code class="command">CREATE INDEX</code> runs without ' +
    '<code class="literal">CONCURRENTLY</code> it blocks writes to the table. A <em class="firstterm">deferred index</em> splits ' +
    'this work in two. The index is created empty and marked as not ready, so the command returns at once; the existing rows are ' +
    'then added in small batches by a background worker during periods the server considers quiet.',
  'Deferred builds are intended for tables that are written to around the clock, where even the long scan of a concurrent build ' +
    'competes noticeably with the normal workload. For most tables a plain or concurrent build remains simpler and finishes sooner ' +
    '(see <a class="xref" href="sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY" title="Building Indexes Concurrently">Building ' +
    'Indexes Concurrently</a>).',
];
const pgP2 = ['A deferred index is requested with the <code class="literal">deferred</code> storage parameter:'];
const pgP3 = [
  'The command records the index definition in the system catalogs and returns without scanning the table. Until the build ' +
    'completes, the planner ignores the index, but every new or updated row is added to it as usual, so no row written after the ' +
    'command is missed.',
  'The background worker then walks the table from its first block, adding existing rows in batches of ' +
    '<a class="xref" href="runtime-config-resource.html#GUC-DEFERRED-INDEX-BATCH-SIZE"><code class="varname">deferred_index_batch_size</code></a> ' +
    'blocks (1024 by default). Between batches the worker sleeps for <code class="varname">deferred_index_delay</code> and checks ' +
    'whether the server is busy; if the number of active sessions exceeds <code class="varname">deferred_index_max_active</code>, ' +
    'it waits until the load falls.',
];
const pgExTitle = 'Example 11.4. Deferring an Index on a Busy Table';
const pgEx1 = [
  'Suppose a table <code class="structname">meter_readings</code> receives several thousand inserts a second, and a monthly ' +
    'report needs an index on the reading time. The index can be requested with:',
];
const pgEx2 = [
  'Progress can be followed in the <code class="structname">pg_stat_progress_deferred_index</code> view, which shows the number ' +
    'of blocks already processed and the current state of the worker.',
];
const pgP4 = [
  'When the worker reaches the end of the table it performs a short validation pass, equivalent to the second phase of a ' +
    'concurrent build, and then marks the index as valid. From the next query onward the planner may use it. Nothing further is ' +
    'needed from the user.',
  'A deferred build can be hurried along with <code class="command">REINDEX INDEX ... (FINISH)</code>, which processes the ' +
    'remaining blocks in the calling session without pauses. This is useful when an index is suddenly needed, at the price of ' +
    'the extra load the deferral was meant to avoid.',
];
const pgNote =
  'If the server is restarted during a deferred build, the worker resumes from the last completed batch. Blocks already ' + 'processed are not read again.';
const pgP5 = ['Deferred builds are currently subject to the following restrictions:'];
const pgList = [
  'Only B-tree and hash indexes can be built in deferred mode.',
  'A unique index cannot be deferred, because uniqueness could not be enforced for rows the worker has not yet reached.',
  'At most one deferred build per table runs at a time; further requests wait in a queue, which is visible in the same ' + 'progress view.',
  'Deferred indexes on partitioned tables are built one partition at a time, in the order the partitions were attached.',
];
const pgNav = ['About', 'Download', 'Documentation', 'Community', 'Developers', 'Support', 'Donate', 'Your account'];
const pgShout = 'November 13, 2025: PostgreSQL 18.1, 17.7, 16.11, 15.15, 14.20, and 13.23 Released!';
const pgCorrection =
  'If something in the documentation is not correct, does not match your experience with the feature or needs further ' +
  'clarification, please use this form to report a documentation issue.';
const pgFoot = ['Privacy Policy', 'Code of Conduct', 'About PostgreSQL', 'Contact'];
const pgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pgSect2 = (id: string, t: string, inner: string): string => `<div class="sect2" id="${id}"><div class="titlepage"><div><div>
<h3 class="title">${t} <a href="#${id}" class="id_link">#</a></h3></div></div></div>
${inner}</div>`;
const pgVersions = (label: string, vs: string[]): string => `<div class="row"><div class="col-12"><strong>${label}</strong>
${vs.map((v) => `<a href="/docs/${v.toLowerCase()}/indexes-deferred.html" title="PostgreSQL ${v} - ${pgTitle}">${v}</a>`).join(' / ')}</div></div>`;
const pgHtml = `<!doctype html>
<html lang="en">
 <head>
  <title>PostgreSQL: Documentation: 18: ${pgTitle}</title>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
  <meta name="theme-color" content="#336791"/>
  <meta property="og:url" content="https://www.postgresql.org/docs/18/indexes-deferred.html" />
  <meta property="og:type" content="article" />
  <meta property="article:published_time" content="2025-11-13T14:05:00" />
  <meta property="og:image" content="https://www.postgresql.org/media/img/about/press/elephant.png" />
  <meta property="og:title" content="${pgTitle}" />
  <meta property="og:description" content="${pgTitle} # 11.12.1. Creating a Deferred Index 11.12.2. Completing the Build \u2026" />
  <meta property="og:site_name" content="PostgreSQL Documentation" />
  <link rel="stylesheet" href="/media/css/fontawesome.css?1712234567" >
  <link rel="stylesheet" href="/media/css/bootstrap.min.css?1712234567" >
  <link rel="stylesheet" href="/media/css/main.css?1712234567" >
  <link rel="stylesheet" href="/media/css/normalize.css?1712234567" >
  <link rel="canonical" href="https://www.postgresql.org/docs/current/indexes-deferred.html" />
  <script src="/media/js/theme.js?1712234567"></script>
 </head>
 <body>
  <div class="container-fluid">
    <div class="row justify-content-md-center">
      <div class="col">
        <!-- Header -->
        <nav class="navbar navbar-expand-lg navbar-light bg-light">
          <a class="navbar-brand" href="/"><img class="logo" src="/media/img/about/press/elephant.png" alt="PostgreSQL Elephant Logo"></a>
          <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#pgNavbar" aria-controls="pgNavbar" aria-expanded="false"
          aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
          <div class="collapse navbar-collapse" id="pgNavbar">
            <ul class="navbar-nav mr-auto">
${pgNav.map((t) => `<li class="nav-item p-2"><a href="/${t.toLowerCase().replace(' ', '-')}/" title="${t}">${t}</a></li>`).join('\n')}
            </ul>
            <form role="search" method="get" action="/search/"><div class="input-group"><input id="q" name="q" type="text" size="20" maxlength="255"
            accesskey="s" class="form-control" placeholder="Search for..." aria-label="Search for..."><input type="hidden" name="u" value="/docs/18/" />
            <div class="input-group-append"><button class="btn btn-secondary" type="submit"><i class="fas fa-search"></i></button></div></div></form>
            <form id="form-theme" class="form-inline d-none"><label for="select-theme" class="mr-1">Theme: </label>
            <select id="select-theme" class="custom-select"><option value="light">Light</option><option value="dark">Dark</option></select></form>
          </div>
        </nav>
        <div class="pg-shout-box"><div class="row d-flex align-items-center pg-shout-box-bg-gray"><div class="col-12 col-md-10 offset-md-1 pg-shout-box-text">
        <a href="/about/news/postgresql-181-177-1611-1515-1420-and-1323-released-3171/">${pgShout}</a></div></div></div>
        <div id="pgContentWrap"><div class="row"><div class="col-md-12"><div id="docContent">
          <div class="row"><div class="col-md-6 mb-2"><div class="row"><div class="col">
          <div><a href="/docs/" title="Documentation">Documentation</a> \u2192 <a href="/docs/18/index.html">PostgreSQL 18</a></div></div></div>
          ${pgVersions('Supported Versions:', ['Current', '18', '17'])}
          ${pgVersions('Development Versions:', ['devel'])}
          </div></div>
          <div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">${pgTitle}</th></tr><tr>
          <td width="10%" align="left"><a accesskey="p" href="indexes-examine.html" title="11.11. Examining Index Usage">Prev</a> </td>
          <td width="10%" align="left"><a accesskey="u" href="indexes.html" title="Chapter 11. Indexes">Up</a></td>
          <th width="60%" align="center">Chapter 11. Indexes</th><td width="10%" align="right"><a accesskey="h" href="index.html"
          title="PostgreSQL 18.1 Documentation">Home</a></td><td width="10%" align="right"> <a accesskey="n" href="textsearch.html"
          title="Chapter 12. Full Text Search">Next</a></td></tr></table><hr /></div>
          <div class="sect1" id="INDEXES-DEFERRED"><div class="titlepage"><div><div><h2 class="title" style="clear: both">${pgTitle}
          <a href="#INDEXES-DEFERRED" class="id_link">#</a></h2></div></div></div><div class="toc"><dl class="toc">
          ${pgH.map((h, i) => `<dt><span class="sect2"><a href="indexes-deferred.html#INDEXES-DEFERRED-${i}">${h}</a></span></dt>`).join('\n')}</dl></div>
${pgPs(pgP1)}
${pgSect2(
  'INDEXES-DEFERRED-CREATE',
  pgH[0] ?? '',
  `${pgPs(pgP2)}
<pre class="programlisting">CREATE INDEX orders_customer_idx ON orders (customer_id) WITH (deferred = on);</pre>
${pgPs(pgP3)}
<div class="example" id="INDEXES-DEFERRED-EX1"><p class="title"><strong>${pgExTitle}</strong></p><div class="example-contents">
${pgPs(pgEx1)}
<pre class="programlisting">CREATE INDEX meter_readings_time_idx ON meter_readings (read_at)
    WITH (deferred = on, deferred_index_batch_size = 256);</pre>
${pgPs(pgEx2)}
</div></div><br class="example-break" />`,
)}
${pgSect2(
  'INDEXES-DEFERRED-FINISH',
  pgH[1] ?? '',
  `${pgPs(pgP4)}
<div class="note"><h3 class="title">Note</h3><p>${pgNote}</p></div>`,
)}
${pgSect2(
  'INDEXES-DEFERRED-LIMITS',
  pgH[2] ?? '',
  `${pgPs(pgP5)}\n<div class="itemizedlist"><ul class="itemizedlist compact" style="list-style-type: disc; ">
${pgList.map((t) => `<li class="listitem"><p>${t}</p></li>`).join('\n')}</ul></div>`,
)}
          </div>
          <div class="navfooter"><hr /><table width="100%" summary="Navigation footer"><tr><td width="40%" align="left"><a accesskey="p"
          href="indexes-examine.html">Prev</a> </td><td width="20%" align="center"><a accesskey="u" href="indexes.html">Up</a></td>
          <td width="40%" align="right"> <a accesskey="n" href="textsearch.html">Next</a></td></tr><tr><td width="40%" align="left"
          valign="top">11.11. Examining Index Usage </td><td width="20%" align="center"><a accesskey="h" href="index.html">Home</a></td>
          <td width="40%" align="right" valign="top"> Chapter 12. Full Text Search</td></tr></table></div>
          <div id="docComments"><h2>Submit correction</h2><p>${pgCorrection.replace(
            'this form',
            '<a href="/account/comments/new/18/indexes-deferred.html/" rel="nofollow">this form</a>',
          )}</p></div>
        </div></div></div></div>
      </div>
    </div>
  </div>
  <footer id="footer"><div class="container"><div class="row"><div class="col-12">
  ${pgFoot.map((t) => `<a href="/about/${t.length}/">${t}</a>`).join(' | ')}</div></div><div class="row"><div class="col-12">
  Copyright \u00a9 1996-2025 The PostgreSQL Global Development Group</div></div></div></footer>
  <script src="/media/js/jquery.min.js?1712234567"></script><script src="/media/js/bootstrap.min.js?1712234567"></script>
  <script src="/media/js/main.js?1712234567"></script>
 </body>
</html>`;
const postgresManual: TestPage = {
  html: pgHtml,
  name: 'heldout123-postgresql-manual-docs',
  kind: 'docs',
  // the title is the sect1's h2 (the page's top table repeats it); the sect2 h3s are the headings and the section
  // TOC that repeats them is left out; the example box's paragraphs are body, its title and the Note label in neither list
  title: pgTitle,
  headings: pgH,
  body: texts([...pgP1, ...pgP2, ...pgP3, ...pgEx1, ...pgEx2, ...pgP4, pgNote, ...pgP5, ...pgList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pgNav, 'Theme:', 'Light', 'Dark', pgShout, 'PostgreSQL 18', 'Supported Versions:', 'Current', '18', '17', 'Development Versions:', 'devel', 'Prev', 'Up',
    'Chapter 11. Indexes', 'Home', 'Next', '11.11. Examining Index Usage', 'Chapter 12. Full Text Search', 'Submit correction', pgCorrection,
    ...pgFoot, 'Copyright \u00a9 1996-2025 The PostgreSQL Global Development Group',
  ],
};

export const HELDOUT123_B: readonly TestPage[] = [postgresManual, nodeApi];
