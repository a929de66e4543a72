import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 42, file e2: a Trac 1.6 ticket seen anonymously (banner with logo and search, metanav, mainnav, context
 * navigation with previous / next ticket, the ticket box with Opened / Closed / Last modified, the "#id closed defect (fixed)"
 * line, the summary, the properties table, the description with its anchor, attachments, the change history with its
 * display preferences, each change with its comment number, time and author, property changes and the comment, a
 * commit-hook comment quoting a changeset, "Download in other formats", the help note and the Trac footer).
 */
const tcTitle = 'Shapefile export silently drops the last feature when a layer has exactly 65,536 features';
const tcDesc = [
  'Exporting a point layer to ESRI Shapefile loses the final feature when the layer holds exactly 65,536 features. The ' +
    '<tt>.shp</tt> and <tt>.dbf</tt> files both report 65,535 records, and there is no warning in the log.',
  'Layers with 65,535 or 65,537 features export correctly, which is what made this so hard to spot. We only found it because ' +
    'a monthly count of fire hydrants came out one short.',
  'To reproduce: create a memory layer, add 65,536 points with any attribute, and export it with the default options. Reading ' +
    'the result back gives one feature fewer.',
  'Tested on 3.8.2 and on trunk at <a class="changeset" href="/changeset/4507" title="Merge branch docs-cleanup">r4507</a>, both on Linux.',
];
const tc1 = [
  'Confirmed. The writer batches features in blocks of 4,096 and flushes the remaining partial block at the end, but the check ' +
    'for a partial block uses the record count modulo 65,536, which is zero in exactly this case. So the last block is never flushed.',
  'It should keep a separate counter for the pending features. Patch coming.',
];
const tc2 = ['Thanks for the quick look. Does the same code path handle GeoPackage export? We write both formats in the nightly job.'];
const tc3 = [
  'No, GeoPackage goes through the SQLite writer, which commits per transaction and is not affected. Attached a patch with a ' +
    'regression test that exports 65,536 and 131,072 features.',
];
const tc4 = [
  'Patch looks good to me. Ran the test suite on Windows as well, no failures. One small thing: the new test takes about nine ' +
    'seconds, so maybe mark it as slow so that it does not run on every commit.',
];
const tc5a = ['In <a class="changeset" href="/changeset/4521" title="Fix lost final block in shapefile writer">4521</a>:'];
const tc5b = ['Fix lost final block in shapefile writer when the feature count is a multiple of 65536 (fixes #2291). Slow test marked as such.'];
const tcMain = ['Wiki', 'Timeline', 'Roadmap', 'Browse Source', 'View Tickets', 'Search'];
const tcMeta = ['Login', 'Preferences', 'Help/Guide', 'About Trac'];
const tcProps: [string, string][] = [
  ['Reported by:', 'okonkwo_a'],
  ['Owned by:', 'hvandenberg'],
  ['Priority:', 'high'],
  ['Milestone:', '3.8.3'],
  ['Component:', 'io/shapefile'],
  ['Version:', '3.8.2'],
  ['Severity:', 'major'],
  ['Keywords:', 'export data-loss'],
  ['Cc:', 'mlindqvist'],
];
const change = (n: number, ago: string, full: string, who: string, changes: readonly string[], body: string): string =>
  `<div class="change" id="trac-change-${n}-17${n}4402110"><h3 class="change"><span class="threading"><span id="comment:${n}" class="cnum">
<a href="#comment:${n}">comment:${n}</a></span></span> Changed <a class="timeline" href="/timeline?from=2025-09-0${n}T10%3A02%3A11Z&amp;precision=second"
 title="See timeline at ${full}">${ago}</a> by <span class="trac-author">${who}</span></h3>
${changes.length ? `<ul class="changes">${changes.map((c) => `<li class="trac-field">${c}</li>`).join('\n')}</ul>` : ''}
<div class="comment searchable">${body}</div></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>\n${p}\n</p>`).join('\n');
const tcChanges = [
  '<strong class="trac-field-status">Status</strong> changed from <em>new</em> to <em>assigned</em>',
  '<strong class="trac-field-owner">Owner</strong> set to <em>hvandenberg</em>',
  '<strong class="trac-field-attachment">Attachment</strong> <a href="/attachment/ticket/2291/ticket2291-flush.diff">ticket2291-flush.diff</a> added',
  '<strong class="trac-field-keywords">Keywords</strong> <em>needs-review</em> removed',
  '<strong class="trac-field-resolution">Resolution</strong> set to <em>fixed</em>',
  '<strong class="trac-field-status">Status</strong> changed from <em>assigned</em> to <em>closed</em>',
];
const tcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><!-- # block head (placeholder in theme.html) --><!-- # block head (content inherited from layout.html) -->
<title>#2291 (${tcTitle}) – Tidewater GIS</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible"
 content="IE=edge"><!--[if IE]><script>if (/^#__msie303:/.test(window.location.hash)) window.location.replace(window.location.hash.replace(/^#__msie303:/,
'#'));</script><![endif]-->
<link rel="start" href="/wiki"><link rel="search" href="/search"><link rel="help" href="/wiki/TracGuide"><link rel="stylesheet"
 href="/chrome/common/css/trac.css" type="text/css">
<link rel="stylesheet" href="/chrome/common/css/ticket.css" type="text/css"><link rel="prev" href="/ticket/2290" title="Ticket #2290"><link rel="next"
 href="/ticket/2292" title="Ticket #2292">
<link rel="alternate" href="/ticket/2291?format=csv" type="text/csv" class="csv" title="Comma-delimited Text">
<script src="/chrome/common/js/jquery.js"></script><script src="/chrome/common/js/trac.js"></script>
<script>
  var comments_prefs={"comments_order":"oldest","show_comments":"true","show_prop_changes":"true"};
  jQuery(function($) { $("div.description").find("h1,h2,h3,h4,h5,h6").addAnchor(_("Link to this section")); });
</script></head>
<body><div id="banner"><div id="header"><a id="logo" href="https://trac.tidewater-gis.example/"><img src="/chrome/site/tidewater-logo.png" alt="Tidewater GIS"
 height="73" width="236"></a></div><form id="search" action="/search" method="get"><div><label for="proj-search">Search:</label>
<input type="text" id="proj-search" name="q" size="18" value=""><input type="submit" value="Search"></div></form>
<nav id="metanav" class="nav"><ul>${links(tcMeta)}</ul></nav></div>
<nav id="mainnav" class="nav"><ul>${links(tcMain)}</ul></nav>
<div id="main"><nav id="ctxtnav" class="nav"><h2>Context Navigation</h2><ul><li class="first"><span>← <a class="prev" href="/ticket/2290"
 title="Ticket #2290">Previous Ticket</a>
</span></li><li class="last"><span><a class="next" href="/ticket/2292" title="Ticket #2292">Next Ticket</a> →</span></li></ul><hr></nav>
<div id="content" class="ticket"><div id="ticket" class="trac-content"><div class="date"><p>Opened <a class="timeline" href="/timeline?from=2025-08-28"
 title="See timeline at Aug 28, 2025, 4:31:09 PM">3 months ago</a></p><p>Closed <a class="timeline"
 title="See timeline at Sep 30, 2025, 9:12:47 AM">8 weeks ago</a></p>
<p>Last modified <a class="timeline" title="See timeline at Sep 30, 2025, 9:12:47 AM">8 weeks ago</a></p></div>
<h2><a href="/ticket/2291" class="trac-id">#2291</a> <span class="trac-status"><a href="/query?status=closed">closed</a></span>
<span class="trac-type"><a href="/query?type=defect">defect</a></span> <span class="trac-resolution"><a href="/query?resolution=fixed">(fixed)</a></span></h2>
<h1 id="trac-ticket-title" class="searchable"><span class="summary">${tcTitle}</span></h1>
<table class="properties">${[0, 2, 4, 6, 8]
  .map(
    (i) =>
      `<tr><th id="h_${i}">${tcProps[i]![0]}</th><td headers="h_${i}" class="searchable">${tcProps[i]![1]}</td>${
        tcProps[i + 1] ? `<th id="h_${i + 1}">${tcProps[i + 1]![0]}</th><td headers="h_${i + 1}">${tcProps[i + 1]![1]}</td>` : '<th></th><td></td>'
      }</tr>`,
  )
  .join('\n')}</table>
<div class="description"><h3 id="comment:description">Description <a class="anchor" href="#comment:description" title="Link to this section"> ¶</a></h3>
<div class="searchable">${ps(tcDesc)}</div></div></div>
<div id="attachments"><h3 class="foldable"><a id="no3" href="#no3">Attachments <span class="trac-count">(1)</span></a></h3><div><ul><li>
<a href="/attachment/ticket/2291/ticket2291-flush.diff" title="View attachment">ticket2291-flush.diff</a><a
 href="/raw-attachment/ticket/2291/ticket2291-flush.diff"
 class="trac-rawlink" title="Download">​</a> (<span title="3478 bytes">3.4 KB</span>) - added by <span class="trac-author">hvandenberg</span>
<a class="timeline" title="See timeline at Sep 5, 2025, 2:40:03 PM">9 weeks ago</a>.</li></ul>
<p>Download all attachments as: <a rel="nofollow" href="/zip-attachment/ticket/2291/">.zip</a></p></div></div>
<div><h3 class="foldable"><a id="no4" href="#no4">Change History <span class="trac-count">(5)</span></a></h3><div id="changelog">
<form id="prefs" method="get" action="/prefs"><div id="trac-comments-order"><input type="radio" id="trac-comments-oldest" name="trac-comments-order"
 value="oldest" checked>
<label for="trac-comments-oldest">Oldest first</label><input type="radio" id="trac-comments-newest" name="trac-comments-order" value="newest">
<label for="trac-comments-newest">Newest first</label><span id="trac-threaded-toggle"><input type="radio" id="trac-comments-threaded"
 name="trac-comments-order" value="threaded">
<label for="trac-comments-threaded">Threaded</label></span></div><div><input id="trac-show-comments-toggle" type="checkbox" checked>
<label for="trac-show-comments-toggle">Show comments</label><input id="trac-show-property-changes-toggle" type="checkbox" checked>
<label for="trac-show-property-changes-toggle">Show property changes</label></div></form>
${change(1, '3 months ago', 'Aug 29, 2025, 10:02:11 AM', 'hvandenberg', tcChanges.slice(0, 2), ps(tc1))}
${change(2, '12 weeks ago', 'Sep 1, 2025, 8:15:40 AM', 'okonkwo_a', [], ps(tc2))}
${change(3, '9 weeks ago', 'Sep 5, 2025, 2:40:03 PM', 'hvandenberg', tcChanges.slice(2, 3), ps(tc3))}
${change(4, '9 weeks ago', 'Sep 6, 2025, 11:27:55 AM', 'mlindqvist', tcChanges.slice(3, 4), ps(tc4))}
${change(5, '8 weeks ago', 'Sep 30, 2025, 9:12:47 AM', 'hvandenberg', tcChanges.slice(4), `${ps(tc5a)}\n<div class="message">${ps(tc5b)}</div>`)}
</div></div><div class="trac-help"><strong>Note:</strong> See <a href="/wiki/TracTickets">TracTickets</a> for help on using tickets.</div></div>
<div id="altlinks"><h3>Download in other formats:</h3><ul><li class="first"><a rel="nofollow" href="/ticket/2291?format=csv"
 class="csv">Comma-delimited Text</a></li>
<li><a rel="nofollow" href="/ticket/2291?format=tab" class="tab">Tab-delimited Text</a></li><li class="last"><a rel="nofollow" href="/ticket/2291?format=rss"
 class="rss">
RSS Feed</a></li></ul></div></div>
<div id="footer"><hr><a id="tracpowered" href="https://trac.edgewall.org/"><img src="/chrome/common/trac_logo_mini.png" height="30" width="107"
 alt="Trac Powered"></a>
<p class="left">Powered by <a href="/about"><strong>Trac 1.6</strong></a><br> By <a href="http://www.edgewall.org/">Edgewall Software</a>.</p>
<p class="right">Tidewater GIS is an open source desktop GIS.<br>Visit the project at <a
 href="https://tidewater-gis.example/">tidewater-gis.example</a></p></div>
</body></html>`;
export const tracTicket: TestPage = {
  html: tcHtml,
  name: 'heldout42-trac-ticket',
  kind: 'forum',
  // the description and every comment are body, the commit hook's comment too ("In 4521:" and the changeset message); the
  // "Description" label is furniture, not a heading; the reporter (from "Reported by:") and the change authors with each
  // change's time are bylines, and so is the ticket box's "Opened" time ("Changed" and "by" in neither); the "#2291 closed
  // defect (fixed)" line, the properties table's labels and values other than the reporter, Opened / Closed / Last modified
  // labels, "comment:N" numbers, property changes, attachments, change history preferences, the help note, other formats,
  // navs and footer are furniture; a time also shown in the ticket box or the attachments is listed once, as a byline; the
  // ticket number "#2291" and the version "3.8.2" are body words (the commit message, the description): left out
  title: tcTitle,
  headings: [],
  body: [...texts(tcDesc), ...texts(tc1), ...texts(tc2), ...texts(tc3), ...texts(tc4), ...texts(tc5a), ...texts(tc5b)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'okonkwo_a', '3 months ago', 'hvandenberg', '12 weeks ago', '9 weeks ago', 'mlindqvist', '8 weeks ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search:', ...tcMeta, ...tcMain, 'Context Navigation', 'Previous Ticket', 'Next Ticket', 'Opened', 'Closed',
    'Last modified', 'closed', 'defect', '(fixed)', ...tcProps.map(([k]) => k), 'high', '3.8.3', 'io/shapefile', 'major',
    'export data-loss', 'Description', 'Attachments', '(1)', 'ticket2291-flush.diff', '3.4 KB', 'added by', 'Download all attachments as:', '.zip',
    'Change History', '(5)', 'Oldest first', 'Newest first', 'Threaded', 'Show comments', 'Show property changes', 'comment:1', 'comment:2',
    'comment:3', 'comment:4', 'comment:5', 'Status changed from new to assigned', 'Owner set to hvandenberg', 'Attachment ticket2291-flush.diff added',
    'Keywords needs-review removed', 'Resolution set to fixed', 'Status changed from assigned to closed', 'Note:',
    'See TracTickets for help on using tickets.', 'Download in other formats:', 'Comma-delimited Text', 'Tab-delimited Text', 'RSS Feed',
    'Powered by', 'Trac 1.6', 'By', 'Edgewall Software', 'Tidewater GIS is an open source desktop GIS.', 'Visit the project at',
    'tidewater-gis.example',
  ],
};
