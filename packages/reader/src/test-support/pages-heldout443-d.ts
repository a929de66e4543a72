import { links, ps, type TestPage, texts } from './page-kit.js';
import { cells, type Grid, j, lis, rowTexts } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file d: a Smartsheet published sheet (publish header with the sheet name and "Last updated" line,
 * the grid with row numbers, hierarchy indents and status symbols, the sheet summary panel, the "Powered by Smartsheet"
 * footer) and a Confluence Data Center page with a table (header and space sidebar, breadcrumbs, title with the
 * "Created by ... last updated" metadata, the page body with an info macro and a confluenceTable, labels, likes and comments).
 */
const sTitle = 'Kelderby Village Hall Roof Replacement — Project Plan';
const sIntro = [
  j(
    'This sheet tracks the replacement of the village hall roof, paid for by the parish precept and a grant from the',
    'county community fund. It is published so that hall users and neighbours can see what is happening and when.',
  ),
  j(
    'The hall stays open for most of the work. It will close only during the two weeks when the old slates come off and the',
    'new membrane goes on; bookings in those weeks have been moved to the school hall.',
  ),
  j(
    'The contractor works from 8 am to 5 pm on weekdays only. Deliveries of slates and timber will come through the side',
    'gate on Back Lane, not through the car park, and the skip will sit on the grass by the bottle bank. Please keep',
    'children away from the scaffold; it is alarmed at night.',
  ),
];
const sHead = ['Task', 'Start', 'Finish', 'Owner', 'Status', 'Comments'];
const sRows: Grid = [
  ['Survey and specification', '06/01/26', '30/01/26', 'Hall committee', 'Complete', 'Bat survey found no roosts'],
  ['Tender to three roofers', '02/02/26', '27/02/26', 'Clerk', 'Complete', 'Two tenders returned'],
  ['Award contract', '04/03/26', '04/03/26', 'Parish council', 'Complete', 'Awarded to Hollis & Frane'],
  ['Scaffolding up', '13/04/26', '17/04/26', 'Contractor', 'In progress', 'Car park half closed'],
  ['Strip slates and battens', '20/04/26', '01/05/26', 'Contractor', 'Not started', 'Hall closed these two weeks'],
  ['Membrane, battens, reclaimed slates', '04/05/26', '29/05/26', 'Contractor', 'Not started', 'Good slates reused on the front'],
  ['Gutters and downpipes', '01/06/26', '05/06/26', 'Contractor', 'Not started', ''],
  ['Sign-off and grant claim', '08/06/26', '19/06/26', 'Clerk', 'Not started', 'Photos needed for the fund'],
];
const sOutro = j(
  'Dates for the contractor tasks depend on the weather. If a start date moves, the clerk updates this sheet the same day',
  'and posts a notice on the hall door.',
);
const sSummary: readonly (readonly [string, string])[] = [
  ['Budget', '£86,400'],
  ['Spent to date', '£12,950'],
  ['Project lead', 'Dorcas Wilbraham'],
];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} - Smartsheet.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="Smartsheet">
<link rel="stylesheet" href="https://publish.smartsheet.example/b/css/publishedSheet.css">
<script>var PUBLISH_CONFIG={"publishKey":"a7c2e9f1","format":"html","showToolbar":true};</script></head>
<body class="clsPublishedSheetBody"><div id="publishedSheetContainer" class="clsPublishedSheet">
<div class="clsPublishHeader"><div class="clsPublishLogo"><a href="https://www.smartsheet.com" title="Smartsheet">Smartsheet</a></div>
<div class="clsPublishTitle"><h1 class="clsSheetName">${sTitle}</h1>
<div class="clsPublishSubtitle">Last updated: 14/04/26 08:52</div></div>
<div class="clsPublishToolbar"><button class="clsToolbarButton">Grid</button><button class="clsToolbarButton">Gantt</button>
<button class="clsToolbarButton">Print</button><button class="clsToolbarButton">Download</button></div></div>
<div class="clsSheetDescription">${ps(sIntro)}</div>
<div class="clsGridContainer"><table class="clsGridTable" role="grid"><thead><tr class="clsGridHeaderRow"><th class="clsRowNumberHeader"></th>
${sHead.map((h) => `<th class="clsColumnHeader" role="columnheader">${h}</th>`).join(' ')}</tr></thead><tbody>
${sRows
  .map(
    (r, i) => `<tr class="clsGridRow" data-row-id="${4401 + i}"><td class="clsRowNumber">${i + 1}</td>
${cells(r, (c, k) =>
  k === 4
    ? `<td class="clsGridCell clsSymbol"><span class="clsSymbolIcon" aria-hidden="true"></span>
${c}</td>`
    : `<td class="clsGridCell">${c}</td>`,
)}</tr>`,
  )
  .join('\n')}</tbody></table></div>
<div class="clsSheetNote">${ps([sOutro])}</div>
<aside class="clsSheetSummary" aria-label="Sheet Summary"><h2 class="clsSummaryTitle">Sheet Summary</h2><dl>${sSummary
  .map(([k, v]) => `<div class="clsSummaryField"><dt>${k}</dt><dd>${v}</dd></div>`)
  .join('\n')}</dl></aside>
<div class="clsPublishFooter"><a href="https://www.smartsheet.com/?utm_source=published" target="_blank">Powered by Smartsheet</a>
<span class="clsFooterSep">|</span><a href="https://www.smartsheet.com/legal/privacy">Privacy Policy</a>
<span class="clsFooterSep">|</span><a href="https://www.smartsheet.com/report-abuse">Report Abuse</a></div></div></body></html>`;
const smartsheet: TestPage = {
  name: 'heldout443-smartsheet-published-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: [...texts(sIntro), ...rowTexts(sRows), sOutro],
  bylines: ['Last updated: 14/04/26 08:52'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Smartsheet', 'Grid', 'Gantt', 'Print', 'Download', 'Sheet Summary', 'Budget', '£86,400', 'Spent to date', '£12,950', 'Project lead',
    'Dorcas Wilbraham', 'Powered by Smartsheet', 'Privacy Policy', 'Report Abuse',
  ],
};

const qTitle = 'Printer and scanner fleet: models, locations and support contacts';
const qCrumbs = ['Dashboard', 'Facilities Team', 'Office equipment'];
const qSide = ['Overview', 'Blog', 'Office equipment', 'Meeting rooms', 'Fire safety', 'Cleaning rota'];
const qIntro = [
  j(
    'This page lists every shared printer and scanner in the Harrowgate Road office, where it sits and who to call when it',
    'breaks. The facilities team keeps it up to date; if you move a printer, edit the row or tell us on the helpdesk.',
  ),
  j('All printers print double-sided in black by default. Colour printing is limited to the two machines marked below', 'and is charged to your department.'),
  j(
    'Print jobs are held until you tap your pass on the reader, so you can send a job to any printer in the list and',
    'collect it from whichever is nearest. Jobs that are not collected are deleted after twenty-four hours. Scanning',
    'to email sends the file to the address on your pass; scanning to a shared folder is not available.',
  ),
];
const qInfo = j(
  "Before you log a fault, turn the printer off and on again and check the paper tray. Half of last year's call-outs were",
  'paper jams that cleared after a restart.',
);
const qHead = ['Location', 'Model', 'Colour', 'Scan to email', 'Support'];
const qRows: Grid = [
  ['Ground floor, reception', 'Orvane MX-410', 'No', 'Yes', 'Helpdesk'],
  ['First floor, east wing', 'Orvane MX-620C', 'Yes', 'Yes', 'Kestrel Office Supplies'],
  ['First floor, west wing', 'Orvane MX-410', 'No', 'No', 'Helpdesk'],
  ['Second floor, finance', 'Talby P55', 'No', 'Yes', 'Kestrel Office Supplies'],
  ['Second floor, design studio', 'Talby P90C', 'Yes', 'Yes', 'Kestrel Office Supplies'],
];
const qFault = [
  "Raise a helpdesk ticket with the printer's asset number, found on the silver sticker at the back.",
  'For machines supported by Kestrel Office Supplies, the helpdesk passes the call on; do not ring them yourself.',
  'Toner is kept in the post room. Take one cartridge and write it in the book.',
];
const qComments = [
  'The design studio printer has been showing a drum warning since Monday. Is a visit booked?',
  'Yes, Kestrel are coming on Thursday morning. Until then it still prints fine, just ignore the warning.',
];
const qHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${qTitle} - Facilities Team - Harrowgate Wiki</title>
<meta name="confluence-request-time" content="1773221882411"><meta name="ajs-page-id" content="88213557"><meta name="ajs-space-key" content="FAC">
<meta name="ajs-page-title" content="${qTitle}"><meta name="ajs-remote-user" content="">
<link rel="stylesheet" href="/s/en_GB/9012/batch.css" media="all"><script>window.WRM=window.WRM||{};WRM._unparsedData={"pageId":"88213557"};</script>
</head><body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="page"><header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner">
<div class="aui-header-primary"><span id="logo" class="aui-header-logo"><a href="/">Harrowgate Wiki</a></span><ul class="aui-nav">
<li><a href="/spaces" class="aui-nav-link">Spaces</a></li><li><a href="/people" class="aui-nav-link">People</a></li>
<li><a href="/create" class="aui-button aui-button-primary">Create</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search"><input id="quick-search-query" placeholder="Search"></form></li>
<li><a href="/login.action" class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>
<div class="ia-splitter"><div class="ia-splitter-left"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info">
<span class="space-title">Facilities Team</span></div><nav class="acs-side-bar-flyout"><ul class="acs-nav-list">${links(qSide, 'acs-nav-item')}</ul></nav>
<div class="ia-secondary-header-title"><span class="title">Space tools</span></div></div></div>
<div id="main" class="aui-page-panel"><div id="main-header"><div id="navigation" class="content-navigation view">
<ul class="ajs-menu-bar"><li><a id="likes-button">Like</a></li><li><a id="watch-content-button">Watch</a></li>
<li><a id="shareContentLink">Share</a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">${qCrumbs
  .map((c, i) => `<li class="${i === 0 ? 'first' : ''}"><span><a href="/x/${i}">${c}</a></span></li>`)
  .join('\n')}</ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/FAC/Printers">${qTitle}</a></span></h1></div>
<div id="content" class="page view"><div class="page-metadata"><ul><li class="page-metadata-item noprint">
<span class="author">Created by <a class="url fn confluence-userlink" href="/display/~ipoole">Imogen Poole</a></span>,
<span class="editor">last updated by <a class="url fn confluence-userlink" href="/display/~tstrand">Tobias Strand</a></span>
<a class="last-modified" href="/pages/diffpagesbyversion.action">on 09 Mar 2026</a></li>
<li class="page-metadata-item"><span class="reading-time">2 minute read</span></li></ul></div>
<div id="main-content" class="wiki-content">
${ps(qIntro)}
<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon confluence-information-macro-icon"></span>
<div class="confluence-information-macro-body"><p>${qInfo}</p></div></div>
<h2 id="Printers-Whereeverythingis">Where everything is</h2>
<div class="table-wrap"><table class="relative-table wrapped confluenceTable"><colgroup><col><col><col><col><col></colgroup><tbody>
<tr>${qHead.map((h) => `<th class="confluenceTh">${h}</th>`).join(' ')}</tr>
${qRows.map((r) => `<tr>${cells(r, (c) => `<td class="confluenceTd">${c}</td>`)}</tr>`).join('\n')}</tbody></table></div>
<h2 id="Printers-Reportingafault">Reporting a fault</h2>
<ol>${lis(qFault)}</ol></div>
<div id="likes-and-labels-container"><div id="likes-section"><span class="like-summary">Like</span> <span>Be the first to like this</span></div>
<div id="labels-section"><ul class="label-list">${links(['fleet-list', 'office-equipment', 'facilities-faq'], 'aui-label')}</ul></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title">2 Comments</h2></div>
<ol class="comment-threads top-level">${qComments
  .map(
    (c, i) => `<li class="comment-thread"><div class="comment"><div class="comment-header">
<h4 class="author">${['Ned Farraday', 'Tobias Strand'][i] ?? ''}</h4></div>
<div class="comment-content wiki-content"><p>${c}</p></div><div class="comment-actions">
<span class="comment-date">${['10 Mar 2026', '10 Mar 2026'][i] ?? ''}</span>
<a class="comment-action-reply">Reply</a></div></div></li>`,
  )
  .join('\n')}</ol></div></div></div></div>
<footer id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by Atlassian Confluence 8.5.9</li>
<li class="print-only">Printed by Atlassian Confluence 8.5.9</li></ul><ul><li><a href="https://support.atlassian.example/">Report a bug</a></li>
<li><a href="https://www.atlassian.example/company">Atlassian News</a></li></ul></section></footer></div></body></html>`;
const confluence: TestPage = {
  name: 'heldout443-confluence-table-page-wiki',
  kind: 'wiki',
  html: qHtml,
  title: qTitle,
  headings: ['Where everything is', 'Reporting a fault'],
  body: [...texts(qIntro), qInfo, ...rowTexts(qRows), ...qFault],
  bylines: ['Created by', 'Imogen Poole', 'last updated by', 'Tobias Strand', 'on 09 Mar 2026', '2 minute read', 'Ned Farraday', '10 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrowgate Wiki', 'Spaces', 'People', 'Create', 'Log in', ...qSide, 'Space tools', 'Like', 'Watch', 'Share', ...qCrumbs,
    'Be the first to like this', 'fleet-list', 'office-equipment', 'facilities-faq', '2 Comments', ...qComments, 'Reply',
    'Powered by Atlassian Confluence 8.5.9', 'Printed by Atlassian Confluence 8.5.9', 'Report a bug', 'Atlassian News',
  ],
};

export const HELDOUT443_D: readonly TestPage[] = [smartsheet, confluence];
