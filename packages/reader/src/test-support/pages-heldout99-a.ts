import { links, ps, type TestPage, texts } from './page-kit.js';
import { djangoOld } from './pages-heldout99-a2.js';

/**
 * Held-out batch 99, file a: a PostgreSQL documentation page for an unsupported version (10) as postgresql.org serves it
 * (the site navbar with its search form, the docs version rows "Supported Versions" / "Development Versions" / "Unsupported
 * versions", the red "This documentation is for an unsupported version of PostgreSQL" alert inside #docContent, the DocBook
 * navheader table with Prev / Up / Home / Next, the section toc, Note and Tip admonitions, a program listing, the navfooter
 * table, the "Submit correction" box and the footer) and, from file a2, an old Django documentation page.
 */
const pgTitle = '24.3. Log File Maintenance';
const pgP1 = [
  'It is a good idea to save the database server’s log output somewhere, rather than just discarding it via <code class="filename">/dev/null</code>. ' +
    'The log output is invaluable when diagnosing problems. However, the log output tends to be voluminous (especially at higher debug levels), ' +
    'so you won’t want to save it indefinitely. You need to <span class="emphasis"><em>rotate</em></span> the log files so that new log files are ' +
    'started and old ones removed after a reasonable period of time.',
  'If you simply direct the <span class="systemitem">stderr</span> of <code class="command">postgres</code> into a file, you will have log output, but ' +
    'the only way to truncate the log file is to stop and restart the server. This might be acceptable if you are using the server for development, ' +
    'but few production servers would find this behavior acceptable.',
];
const pgH1 = '24.3.1. Using the Built-in Logging Collector';
const pgP2 = [
  'A better approach is to send the server’s <span class="systemitem">stderr</span> output to some type of log rotation program. There is a ' +
    'built-in log rotation facility, which you can use by setting the configuration parameter <code class="varname">logging_collector</code> to ' +
    '<code class="literal">true</code> in <code class="filename">postgresql.conf</code>. The collector process then captures everything the server ' +
    'and its child processes write and switches to a new file on the schedule you choose.',
  'Two parameters control when a new file is started: <code class="varname">log_rotation_age</code> sets the longest time a file stays open, and ' +
    '<code class="varname">log_rotation_size</code> sets the largest size a file may reach. Whichever limit is met first causes the switch. Setting ' +
    'either one to zero disables that trigger.',
];
const pgNote =
  'The logging collector is designed never to lose messages. This means that in case of extremely high load, server processes could be blocked ' +
  'while trying to send additional log messages when the collector has fallen behind. If that is not acceptable, consider a setup that may drop ' +
  'messages under pressure instead, such as sending output to <span class="systemitem">syslog</span>.';
const pgP3 = [
  'The file names are produced from <code class="varname">log_filename</code>, which may contain the escapes understood by ' +
    '<code class="function">strftime</code>. A pattern such as the one below keeps one file per weekday and overwrites each file a week later, so the ' +
    'log directory never holds more than seven files:',
];
const pgH2 = '24.3.2. Using an External Log Rotation Program';
const pgP4 = [
  'If you already run a tool that rotates the logs of other services on the machine, you may prefer to let it handle the database as well. In that ' +
    'case pipe the server’s output into the tool instead of enabling the collector. The <span class="application">rotatelogs</span> program that ships ' +
    'with the Apache web server is one common choice; <span class="application">cronolog</span> is another.',
  'Most such programs read from their standard input, so the server must be started with its output redirected through a pipe. Remember that ' +
    '<span class="application">pg_ctl</span> only captures the output of the server when it is given the <code class="option">-l</code> option, so ' +
    'start the server directly when using a pipe.',
];
const pgTip =
  'The external program must be able to keep up with the rate at which the server writes. If it cannot, messages will queue in the pipe and the ' +
  'server will slow down, just as it would with a slow collector.';
const pgH3 = '24.3.3. Reading the Logs';
const pgP5 = [
  'Plain text logs are easy to read but hard to analyze in bulk. Setting <code class="varname">log_destination</code> to ' +
    '<code class="literal">csvlog</code> produces comma-separated files that can be loaded into a table and queried with ordinary SQL. Each row ' +
    'records the time, the user and database names, the process ID, the session line number and the message itself.',
  'Whatever format you choose, keep in mind what is written to the log:',
];
const pgList = [
  'Statements that fail, together with their error messages, are logged by default.',
  'Slow statements are logged only if <code class="varname">log_min_duration_statement</code> is set.',
  'Connections and disconnections are logged only when <code class="varname">log_connections</code> and ' +
    '<code class="varname">log_disconnections</code> are on.',
];
const pgP6 = [
  'Log files may contain passwords or other sensitive data if they appear in SQL statements. Keep the log directory readable only by the database ' +
    'owner, and treat archived log files with the same care as the data itself.',
];
const pgNav = ['About', 'Download', 'Documentation', 'Community', 'Developers', 'Support', 'Donate', 'Your account'];
const pgAlert = [
  'This documentation is for an unsupported version of PostgreSQL.',
  'You may want to view the same page for the current version, or one of the other supported versions listed above instead.',
];
const pgCorrection =
  'If you see anything in the documentation that is not correct, does not match your experience with the particular feature or requires further ' +
  'clarification, please use this form to report a documentation issue.';
const pgFoot = ['Privacy Policy', 'Code of Conduct', 'About PostgreSQL', 'Contact'];
const pgCode = `log_filename = 'postgresql-%a.log'
log_truncate_on_rotation = on
log_rotation_age = 1d
log_rotation_size = 0`;
const pgSect2 = (id: string, h: string, inner: string): string => `<div class="sect2" id="${id}"><div class="titlepage"><div><div>
<h3 class="title">${h}</h3></div></div></div>
${inner}</div>`;
const pgHtml = `<!doctype html>
<html lang="en">
 <head>
  <title>PostgreSQL: Documentation: 10: 24.3. Log File Maintenance</title>
  <meta http-equiv="Content-Type" content="text/xhtml; charset=utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
  <meta name="theme-color" content="#336791"/>
  <meta name="copyright" content="The PostgreSQL Global Development Group" />
  <meta property="og:url" content="https://www.postgresql.org/docs/10/logfile-maintenance.html" />
  <meta property="og:type" content="article" />
  <meta property="article:published_time" content="2022-11-10T13:15:04" />
  <meta property="og:image" content="https://www.postgresql.org/media/img/about/press/elephant.png" />
  <meta property="og:title" content="24.3. Log File Maintenance" />
  <meta property="og:description" content="24.3. Log File Maintenance It is a good idea to save the database server&#39;s log output somewhere …" />
  <meta property="og:site_name" content="PostgreSQL Documentation" />
  <link href="/media/css/fontawesome.css?6b1d0c1e" rel="stylesheet">
  <link rel="stylesheet" href="/media/css/bootstrap-4.4.1.min.css">
  <link rel="stylesheet" type="text/css" href="/dyncss/base.css?6b1d0c1e">
  <link rel="canonical" href="https://www.postgresql.org/docs/current/logfile-maintenance.html" />
  <script src="/media/js/theme.js?6b1d0c1e"></script>
  <link rel="shortcut icon" href="/favicon.ico" />
 </head>
 <body>
  <div class="container-fluid">
    <div class="row justify-content-md-center">
      <div class="col">
        <!-- Header -->
        <nav class="navbar navbar-expand-lg navbar-light bg-light">
          <a class="navbar-brand" href="/"><img class="img-fluid" src="/media/img/about/press/elephant.png" alt="PostgreSQL Elephant Logo"></a>
          <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#pgNavbar" aria-controls="pgNavbar"
            aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
          <div class="collapse navbar-collapse" id="pgNavbar">
            <ul class="navbar-nav mr-auto">
${links(pgNav, 'nav-item p-2')}
              <li class="nav-item p-2"><a href="#" class="nav-link" id="toggleTheme" aria-label="Toggle theme"><i class="fas fa-lightbulb"></i></a></li>
            </ul>
            <form class="form-inline my-2 my-lg-0" role="search" method="get" action="/search/">
              <label for="q" class="d-none">Search for</label>
              <input id="q" name="q" type="text" size="20" maxlength="255" accesskey="s" class="form-control" placeholder="Search for...">
              <span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="fas fa-search"></i></button></span>
            </form>
          </div>
        </nav>
      </div>
    </div>
    <div class="row justify-content-center pg-shout-box">
      <div class="col text-white text-center">February 20, 2025: <a
href="/about/news/postgresql-174-released/">PostgreSQL 17.4, 16.8, 15.12, 14.17, and 13.20 Released!</a></div>
    </div>
  </div>
  <div class="container-fluid margin">
    <div class="row">
      <div id="pgContentWrap" class="col-11">
        <div class="row">
          <div class="col-md-6 mb-2">
            <div class="row"><div class="col"><div>
              <a href="/docs/" title="Documentation">Documentation</a> &rarr; <a href="/docs/10/index.html">PostgreSQL 10</a>
            </div></div></div>
            <div class="row"><div class="col">Supported Versions:
              <a href="/docs/current/logfile-maintenance.html" title="PostgreSQL 17 - 24.3. Log File Maintenance">Current</a>
              (<a href="/docs/17/logfile-maintenance.html">17</a>) / <a href="/docs/16/logfile-maintenance.html">16</a>
              / <a href="/docs/15/logfile-maintenance.html">15</a> / <a href="/docs/14/logfile-maintenance.html">14</a>
              / <a href="/docs/13/logfile-maintenance.html">13</a></div></div>
            <div class="row"><div class="col">Development Versions: <a href="/docs/devel/logfile-maintenance.html">devel</a></div></div>
            <div class="row"><div class="col-12">Unsupported versions: <a href="/docs/12/logfile-maintenance.html">12</a>
              / <a href="/docs/11/logfile-maintenance.html">11</a> / <strong>10</strong> / <a href="/docs/9.6/logfile-maintenance.html">9.6</a>
              / <a href="/docs/9.5/logfile-maintenance.html">9.5</a> / <a href="/docs/9.4/logfile-maintenance.html">9.4</a></div></div>
          </div>
          <div class="col-md-6 col-lg-5 offset-lg-1">
            <form id="docSearchForm" role="search" method="get" action="/search/">
              <input type="hidden" name="u" value="/docs/10/" />
              <div class="input-group">
                <input type="text" id="q2" name="q" class="form-control" aria-label="Search the documentation for..."
                  placeholder="Search the documentation for..."/>
                <span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="fas fa-search"></i></button></span>
              </div>
            </form>
          </div>
        </div>
        <div id="docContent">
          <div class="alert alert-danger" role="alert">${pgAlert[0]}<br/>
            You may want to view the same page for the <a href="/docs/current/logfile-maintenance.html"
            title="PostgreSQL 17 - 24.3. Log File Maintenance">current</a> version, or one of the other supported versions listed above instead.
          </div>
<div class="navheader"><table width="100%" summary="Navigation header"><tr><th colspan="5" align="center">24.3. Log File Maintenance</th></tr>
<tr><td width="10%" align="left"><a accesskey="p" href="routine-reindex.html" title="24.2. Routine Reindexing">Prev</a> </td>
<td width="10%" align="left"><a accesskey="u" href="maintenance.html" title="Chapter 24. Routine Database Maintenance Tasks">Up</a></td>
<th width="60%" align="center">Chapter 24. Routine Database Maintenance Tasks</th>
<td width="20%" align="right"> <a accesskey="h" href="index.html" title="PostgreSQL 10.23 Documentation">Home</a>
 <a accesskey="n" href="backup.html" title="Chapter 25. Backup and Restore">Next</a></td></tr></table><hr></div>
<div class="sect1" id="LOGFILE-MAINTENANCE"><div class="titlepage"><div><div><h2 class="title" style="clear: both">${pgTitle}</h2></div></div></div>
<div class="toc"><dl class="toc">
<dt><span class="sect2"><a href="logfile-maintenance.html#LOGFILE-COLLECTOR">${pgH1}</a></span></dt>
<dt><span class="sect2"><a href="logfile-maintenance.html#LOGFILE-EXTERNAL">${pgH2}</a></span></dt>
<dt><span class="sect2"><a href="logfile-maintenance.html#LOGFILE-READING">${pgH3}</a></span></dt>
</dl></div>
<a id="id-1.6.12.7.2" class="indexterm"></a>
${ps(pgP1)}
${pgSect2(
  'LOGFILE-COLLECTOR',
  pgH1,
  `${ps(pgP2)}
<div class="note"><h3 class="title">Note</h3><p>${pgNote}</p></div>
${ps(pgP3)}
<pre class="programlisting">${pgCode}</pre>`,
)}
${pgSect2(
  'LOGFILE-EXTERNAL',
  pgH2,
  `${ps(pgP4)}
<pre class="programlisting">pg_ctl start | rotatelogs /var/log/pgsql_log 86400</pre>
<div class="tip"><h3 class="title">Tip</h3><p>${pgTip}</p></div>`,
)}
${pgSect2(
  'LOGFILE-READING',
  pgH3,
  `${ps(pgP5)}
<div class="itemizedlist"><ul class="itemizedlist" style="list-style-type: disc; ">
${pgList.map((t) => `<li class="listitem"><p>${t}</p></li>`).join('\n')}
</ul></div>
${ps(pgP6)}`,
)}
</div>
<div class="navfooter"><hr /><table width="100%" summary="Navigation footer"><tr>
<td width="40%" align="left"><a accesskey="p" href="routine-reindex.html">Prev</a> </td>
<td width="20%" align="center"><a accesskey="u" href="maintenance.html">Up</a></td>
<td width="40%" align="right"> <a accesskey="n" href="backup.html">Next</a></td></tr>
<tr><td width="40%" align="left" valign="top">24.2. Routine Reindexing </td>
<td width="20%" align="center"><a accesskey="h" href="index.html">Home</a></td>
<td width="40%" align="right" valign="top"> Chapter 25. Backup and Restore</td></tr></table></div>
        </div>
        <div id="docComments">
          <h2>Submit correction</h2>
          <p>If you see anything in the documentation that is not correct, does not match your experience with the particular feature or requires
          further clarification, please use <a href="/account/comments/new/10/logfile-maintenance.html/">this form</a> to report a documentation issue.</p>
        </div>
      </div>
    </div>
  </div>
  <footer id="footer" class="container-fluid"><div class="row"><div class="col text-center">
    <a href="/about/policies/privacy/">Privacy Policy</a> | <a href="/about/policies/coc/">Code of Conduct</a> |
    <a href="/about/">About PostgreSQL</a> | <a href="/about/contact/">Contact</a></div></div>
    <div class="row"><div class="col text-center"><p>Copyright © 1996-2025 The PostgreSQL Global Development Group</p></div></div>
  </footer>
  <script src="/media/js/jquery-3.5.1.min.js"></script>
  <script src="/media/js/bootstrap-4.4.1.min.js"></script>
  <script src="/media/js/main.js?6b1d0c1e"></script>
 </body>
</html>`;
const postgresUnsupported: TestPage = {
  html: pgHtml,
  name: 'heldout99-postgresql-unsupported-docs',
  kind: 'docs',
  // the section h2 is the title; the navheader th that repeats it and the section toc (which repeats the h3s) are in
  // neither list; the Note / Tip admonition labels are in neither list, their paragraphs are body
  title: pgTitle,
  headings: [pgH1, pgH2, pgH3],
  body: texts([...pgP1, ...pgP2, pgNote, ...pgP3, ...pgP4, pgTip, ...pgP5, ...pgList, ...pgP6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pgNav, 'February 20, 2025:', 'PostgreSQL 17.4, 16.8, 15.12, 14.17, and 13.20 Released!', 'PostgreSQL 10', 'Supported Versions:',
    'Development Versions:', 'devel', 'Unsupported versions:', ...pgAlert, 'Prev', 'Up', 'Chapter 24. Routine Database Maintenance Tasks', 'Home',
    'Next', '24.2. Routine Reindexing', 'Chapter 25. Backup and Restore', 'Submit correction', pgCorrection, ...pgFoot,
    'Copyright © 1996-2025 The PostgreSQL Global Development Group',
  ],
};

export const HELDOUT99_A: readonly TestPage[] = [postgresUnsupported, djangoOld];
