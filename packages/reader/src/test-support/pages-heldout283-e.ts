import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout283-kit.js';
import { goPkg } from './pages-heldout283-e2.js';

/**
 * Held-out batch 283, file e: a man page on a man7.org-style site (the top title table, the section directory line,
 * the headline and footer lines of the page in <pre>, NAME to SEE ALSO sections each with a "top" link, the COLOPHON,
 * the Google search form and the site's rendering footer) and, from file e2, a Go package page in the pkg.go.dev style.
 */
const mTitle = 'tidelog(1)';
const mH = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES', 'SEE ALSO'];
const mName = ['tidelog - append timestamped readings to a gauge log'];
const mSyn = ['<b>tidelog</b> [<b>-u</b>] [<b>-s</b> <i>station</i>] [<b>-f</b> <i>file</i>] <i>level</i>...'];
const mDesc = [
  j(
    '<b>tidelog</b> appends one line per <i>level</i> to the gauge log, each line holding the current time, the station code',
    'and the level in metres. It is meant to be called from the gauge reader’s cron job, and it never rewrites or truncates',
    'an existing log.',
  ),
  j(
    'Before appending, <b>tidelog</b> takes an exclusive lock on the log file, so two readers writing to the same log at',
    'the same moment produce two whole lines rather than one garbled one. If the lock cannot be taken within five seconds,',
    '<b>tidelog</b> gives up and exits with status 3.',
  ),
  j(
    'Levels are written exactly as given on the command line after a check that they parse as decimal numbers. No unit',
    'conversion is done; a level given in feet is logged as if it were metres.',
  ),
];
const mOpts = [
  '<b>-f</b> <i>file</i> Append to <i>file</i> instead of the default log, <i>/var/log/tide/gauge.log</i>.',
  '<b>-s</b> <i>station</i> Use <i>station</i> as the station code. The default is read from <i>/etc/tidelog.conf</i>.',
  '<b>-u</b> Write times in UTC rather than in the local time zone. Recommended for any log that will be compared with another station’s.',
];
const mExit = [
  '<b>0</b> All levels were appended.',
  '<b>1</b> A level did not parse as a number; nothing was written.',
  '<b>2</b> The log file could not be opened for appending.',
  '<b>3</b> The lock on the log file could not be taken in time.',
];
const mEx = [
  'Log a single reading for the station configured in /etc/tidelog.conf:',
  '$ tidelog 2.417',
  'Log two readings from the Skerry gauge into a test file, with UTC times:',
  '$ tidelog -u -s SKR -f /tmp/test.log 2.417 2.433',
];
const mSee = ['<b>tidereport</b>(1), <b>flock</b>(2), <b>tidelog.conf</b>(5)'];
const mBody = texts([...mName, ...mSyn, ...mDesc, ...mOpts, ...mExit, ...mEx, ...mSee]);
const sec = (i: number, paras: readonly string[]): string => {
  const t = mH[i] ?? '';
  const id = t.replace(/ /g, '_');
  return `<h2><a id="${id}" href="#${id}"></a>${t} &nbsp; &nbsp; &nbsp; &nbsp; <a href="#top_of_page"><span class="top-link">top</span></a></h2><pre>
${paras.map((p) => `       ${p}`).join('\n\n')}
</pre>`;
};
const mColo = j(
  'This page is part of the tidekit (tide gauge tools) project. Information about the project can be found at',
  'https://tidekit.example/. If you have a bug report for this manual page, send it to bugs@tidekit.example.',
);
const mHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"><link rel="stylesheet" href="../../../style.css" title="style" type="text/css">
<title>tidelog(1) - Linux manual page</title></head><body>
<div class="page-top"><a id="top_of_page"></a></div>
<table class="sec-table"><tr><td><p class="top-title"><a href="../../../index.html">man7.org</a> &gt; Linux &gt; <a href="../index.html">man-pages</a></p></td>
<td style="text-align: right"><p class="top-title"><a href="http://man7.example/training/">Linux/UNIX system programming training</a></p></td></tr></table>
<hr class="nav-end-line"><div class="nav-end-line-padding"></div>
<table class="sec-table"><tr><td><p class="section-dir">${mH.map((h) => `<a href="#${h.replace(/ /g, '_')}">${h}</a>`).join(' | ')} |
<a href="#COLOPHON">COLOPHON</a></p></td><td class="search-box"><div class="man-search-box"><form method="get" action="https://www.google.example/search">
<fieldset class="man-search"><input type="text" name="q" size="10" maxlength="255" value=""><input type="hidden" name="sitesearch"
value="man7.org/linux/man-pages">
<input type="submit" name="sa" value="Search online pages"></fieldset></form></div></td><td></td></tr></table>
<pre><span class="headline">tidelog(1)                  General Commands Manual                 tidelog(1)</span></pre>
${sec(0, mName)}
${sec(1, mSyn)}
${sec(2, mDesc)}
${sec(3, mOpts)}
${sec(4, mExit)}
${sec(5, mEx)}
${sec(6, mSee)}
<h2><a id="COLOPHON" href="#COLOPHON"></a>COLOPHON &nbsp; &nbsp; &nbsp; &nbsp; <a href="#top_of_page"><span class="top-link">top</span></a></h2><pre>
       ${mColo}
</pre>
<pre><span class="footline">tidekit 2.4                        2026-01-19                        tidelog(1)</span></pre>
<hr class="end-man-text"><p>Pages that refer to this page: <a href="../man1/tidereport.1.html">tidereport(1)</a>,
<a href="../man5/tidelog.conf.5.html">tidelog.conf(5)</a></p>
<hr class="start-footer"><div class="footer"><table class="colophon-table"><tr><td class="pub-info"><p>HTML rendering created 2026-02-02 by
<a href="http://man7.example/mtk/index.html">Oskar Lindahl</a>, author of <a
href="http://man7.example/tlpi/"><em>The Harbour Programming Interface</em></a>.</p>
<p>For details of in-depth <strong>Linux/UNIX system programming training courses</strong> that I teach, look <a href="#">here</a>.</p>
<p>Hosting by <a href="#">Brackwater IT Services</a>.</p></td><td class="sec-table"><div class="footer-tlpi-cover"><a href="#"><img
src="../../../tlpi/cover/TLPI-front-cover-vsmall.png" alt="Cover of TLPI"></a></div></td></tr></table></div>
<hr class="end-footer"><div class="statcounter"><a title="Web Analytics" href="#" target="_blank"><img class="statcounter" alt="Web Analytics"
src="https://c.statcounter.example/7422636/0/9b6714ff/1/"></a></div></body></html>`;
const manPage: TestPage = {
  name: 'heldout283-man7-man-page-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: mBody,
  bylines: ['tidekit 2.4 2026-01-19 tidelog(1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'man7.org > Linux > man-pages', 'Linux/UNIX system programming training',
    'NAME | SYNOPSIS | DESCRIPTION | OPTIONS | EXIT STATUS | EXAMPLES | SEE ALSO | COLOPHON', 'tidelog(1) General Commands Manual tidelog(1)', 'top',
    'COLOPHON', mColo, 'Pages that refer to this page: tidereport(1), tidelog.conf(5)',
    'HTML rendering created 2026-02-02 by Oskar Lindahl, author of The Harbour Programming Interface.',
    'For details of in-depth Linux/UNIX system programming training courses that I teach, look here.', 'Hosting by Brackwater IT Services.',
  ],
};

export const HELDOUT283_E: readonly TestPage[] = [manPage, goPkg];
