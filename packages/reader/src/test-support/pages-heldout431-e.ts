import { links, ps, type TestPage, texts } from './page-kit.js';
import { gitea } from './pages-heldout431-e2.js';
import { j, lis } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file e: a Trac 1.6 ticket (banner with logo and search, meta and main navigation, context navigation
 * with previous / next ticket, the Opened / Closed / Last modified box, the "Ticket #1188 closed defect (fixed)" h1 and the
 * summary h2, the properties table, the description with a list and a table, attachments, the Change History with field
 * changes and four comments, the "Download in other formats" links and the "Powered by Trac" footer) and, from file e2, a
 * Gitea issue.
 */
const tTitle = 'Reprojecting from the national grid shifts points by up to 90 m near the grid edge';
const tDesc = [
  j(
    'When a point layer in the Brannock National Grid is reprojected to WGS 84 with the built-in transformation, points in the',
    'eastern islands end up far from where they should be. Near the centre of the grid the error is below a metre, but it grows',
    'towards the edge of the projection zone.',
  ),
  'We compared the output with the survey office reference points and found these offsets:',
];
const tRows = [
  ['Harwick lighthouse', '0.4 m'],
  ['Callow church tower', '11 m'],
  ['Sound of Ebb marker', '47 m'],
  ['Outer Skerry beacon', '89 m'],
] as const;
const tDesc2 = ['The offsets do not depend on the layer or the file format:'];
const tList = [
  'the same happens with shapefiles, GeoPackage layers and CSV files with coordinates;',
  'reprojecting the other way, from WGS 84 to the grid, shows the same error with the opposite sign;',
  'the command line converter gives the correct result when it is called with the datum grid file.',
];
const tC1 = [
  j(
    'The built-in definition uses the three-parameter datum shift published in the old handbook. The survey office replaced it',
    'with a grid-based shift years ago, and only the grid file gives metre accuracy in the islands.',
  ),
];
const tC2 = [
  j(
    'Can we ship the grid file with the application? It is about six megabytes, and the licence allows redistribution as long as',
    'the file is not modified. Without it, users outside the centre of the country get silently wrong results.',
  ),
];
const tC3 = [
  j(
    'The grid file is now included, and the transformation picks it automatically when both sides of the transformation are',
    'covered. When the file is missing, a warning appears in the message log instead of falling back without notice.',
  ),
];
const tC4 = [
  j(
    'Checked the four reference points with a nightly build. All offsets are now under half a metre, which is the accuracy the',
    'survey office states for the grid. The warning also shows up as expected when the grid file is renamed. Closing.',
  ),
];
const tMeta = ['Login', 'Preferences', 'Help/Guide', 'About Trac'];
const tMain = ['Wiki', 'Timeline', 'Roadmap', 'Browse Source', 'View Tickets', 'Search'];
const tProps = [
  ['Reported by:', 'linnea.v', 'Owned by:', 'corwin'],
  ['Priority:', 'high', 'Milestone:', '3.4.2'],
  ['Component:', 'projections', 'Version:', '3.4.0'],
  ['Severity:', 'major', 'Keywords:', 'datum grid-shift'],
  ['Cc:', 'survey-liaison', 'Platform:', 'All'],
] as const;
const tChange = (n: number, ago: string, who: string, changes: string[], paras: string[]): string => `<div class="change" id="trac-change-${n}-1700">
<h3 class="change"><span class="threading"><span id="comment:${n}" class="cnum"><a href="#comment:${n}">comment:${n}</a></span></span> Changed
<a class="timeline" href="/timeline?from=2026-02-2${n}" title="See timeline">${ago}</a> ago by <span class="trac-author">${who}</span></h3>
<div class="trac-ticket-buttons"><form method="get" action="#comment"><input type="submit" value="Reply" title="Reply to comment ${n}"></form></div>
<ul class="changes">${changes.map((c) => `<li class="trac-field-status">${c}</li>`).join('')}</ul>
<div class="comment searchable">${ps(paras)}</div></div>`;
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>#1188 (${tTitle}) – Marlowe GIS</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="search" href="/search"><link rel="help" href="/wiki/TracGuide">
<link rel="alternate" href="/ticket/1188?format=csv" type="text/csv" title="Comma-delimited Text"><link rel="stylesheet" href="/chrome/common/css/trac.css">
<link rel="stylesheet" href="/chrome/common/css/ticket.css"><script src="/chrome/common/js/jquery.js"></script>
<script>var auto_preview_timeout=2.0; var form_token="d41f0a"; var comments_prefs={"comments_order":"oldest","show_prop_changes":"true"};</script>
</head><body><div id="banner"><div id="header"><a id="logo" href="/"><img src="/chrome/site/marlowe.png" alt="Marlowe GIS"></a></div>
<form id="search" action="/search" method="get"><div><label for="proj-search">Search:</label><input type="text" id="proj-search" name="q" size="18">
<input type="submit" value="Search"></div></form><div id="metanav" class="nav"><ul>${links(tMeta)}</ul></div></div>
<div id="mainnav" class="nav"><ul>${links(tMain)}</ul></div>
<div id="main"><div id="ctxtnav" class="nav"><h2>Context Navigation</h2><ul><li class="first"><span><a class="prev" href="/ticket/1187">Previous
Ticket</a></span></li><li class="last"><span><a class="next" href="/ticket/1189">Next Ticket</a></span></li></ul></div>
<div id="content" class="ticket"><div id="ticket" class="trac-content"><div class="date"><p>Opened <a class="timeline" href="/timeline?from=2026-02-19"
title="See timeline at Feb 19, 2026, 3:12:40 PM">6 weeks ago</a></p><p>Closed <a class="timeline" href="/timeline?from=2026-03-12">3 weeks ago</a></p>
<p>Last modified <a class="timeline" href="/timeline?from=2026-03-13">3 weeks ago</a></p></div>
<h1 id="trac-ticket-title" class="searchable"><a href="/ticket/1188">Ticket #1188</a> <span class="trac-status">closed</span>
<span class="trac-type">defect</span> <span class="trac-resolution">(fixed)</span></h1>
<h2 class="summary searchable">${tTitle}</h2>
<table class="properties">${tProps.map(([a, b, c, d]) => `<tr><th>${a}</th><td class="searchable">${b}</td><th>${c}</th><td>${d}</td></tr>`).join('\n')}
<tr><td colspan="4" class="fullrow"><div class="description"><h3 id="comment:description">Description</h3><div class="searchable">
${ps(tDesc)}
<table class="wiki"><tr><th>Reference point</th><th>Offset</th></tr>
${tRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</table>
${ps(tDesc2)}
<ul>${lis(tList)}</ul></div></div></td></tr></table></div>
<div id="attachments"><h3 class="foldable">Attachments <span class="trac-count">(1)</span></h3><ul><li><a class="trac-rawlink"
href="/attachment/ticket/1188/islands-check.gpkg">islands-check.gpkg</a> <span title="212288 bytes">(207.3 KB)</span></li></ul></div>
<div class="trac-nav"><h3 class="foldable">Change History <span class="trac-count">(4)</span></h3><div id="changelog">
${tChange(
  1,
  '6 weeks',
  'corwin',
  ['<strong>Owner</strong> set to <em>corwin</em>', '<strong>Status</strong> changed from <em>new</em> to <em>assigned</em>'],
  tC1,
)}
${tChange(2, '5 weeks', 'linnea.v', [], tC2)}
${tChange(
  3,
  '3 weeks',
  'corwin',
  ['<strong>Resolution</strong> set to <em>fixed</em>', '<strong>Status</strong> changed from <em>assigned</em> to <em>closed</em>'],
  tC3,
)}
${tChange(4, '3 weeks', 'linnea.v', [], tC4)}
</div></div><div id="help"><strong>Note:</strong> See <a href="/wiki/TracTickets">TracTickets</a> for help on using tickets.</div></div>
<div id="altlinks"><h3>Download in other formats:</h3><ul><li class="first"><a rel="nofollow" href="/ticket/1188?format=csv">Comma-delimited Text</a></li>
<li><a rel="nofollow" href="/ticket/1188?format=tab">Tab-delimited Text</a></li><li class="last"><a rel="nofollow" href="/ticket/1188?format=rss">RSS
Feed</a></li></ul></div></div>
<div id="footer"><hr><a id="tracpowered" href="https://trac.edgewall.org/"><img src="/chrome/common/trac_logo_mini.png" alt="Trac Powered"></a>
<p class="left">Powered by <a href="/about"><strong>Trac 1.6</strong></a></p><p class="right">Marlowe GIS project tracker</p></div></body></html>`;
const trac: TestPage = {
  name: 'heldout431-trac-ticket-forum',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tDesc, ...tRows.flat(), ...tDesc2, ...tList, ...tC1, ...tC2, ...tC3, ...tC4]),
  bylines: ['Opened', '6 weeks ago', 'Closed', '3 weeks ago', 'Last modified', 'linnea.v', 'corwin', '5 weeks'],
  furniture: [
    'Search:',
    ...tMeta,
    ...tMain,
    'Context Navigation',
    'Previous Ticket',
    'Next Ticket',
    'Ticket #1188',
    'defect',
    '(fixed)',
    ...tProps.flatMap(([a, , c]) => [a, c]),
    'projections',
    '3.4.0',
    'major',
    'datum grid-shift',
    'survey-liaison',
    'Description',
    'Attachments',
    'islands-check.gpkg',
    '(207.3 KB)',
    'Change History',
    'comment:1',
    'comment:2',
    'comment:3',
    'comment:4',
    'set to',
    'changed from',
    'assigned',
    'TracTickets',
    'for help on using tickets.',
    'Download in other formats:',
    'Comma-delimited Text',
    'Tab-delimited Text',
    'RSS Feed',
    'Powered by',
    'Trac 1.6',
    'Marlowe GIS project tracker',
  ],
};
export const HELDOUT431_E: readonly TestPage[] = [trac, gitea];
