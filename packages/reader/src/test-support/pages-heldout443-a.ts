import { ps, type TestPage, texts } from './page-kit.js';
import { cells, type Grid, j, rowTexts } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file a: a Google Sheets "published to the web" sheet (doc title bar, sheet tabs, the waffle grid with
 * row and column headers, a merged notes cell, the "Published by Google Sheets" footer) and an Airtable shared grid view
 * (base header, view description, the grid's left and right panes, record count, sign-up prompt and cookie notice).
 */
const gTitle = 'Hollin Vale Allotments: Water Rota and Plot Notes 2026';
const gNotes = [
  j(
    'This sheet is the single place where the committee keeps the summer watering rota for the shared beds and the',
    'polytunnel. Plot holders can read it at any time from the link on the noticeboard; only the secretary edits it.',
  ),
  j(
    'Each household takes one week between May and September. On your week you are expected to water the herb',
    'spiral, the two raised beds by the gate and the polytunnel every evening unless at least ten millimetres of rain',
    'has fallen that day. The rain gauge is fixed to the east post of the tool shed.',
  ),
  j(
    'If you cannot do your week, swap with another household and tell the secretary so the sheet can be changed. Please',
    'do not leave a week uncovered: last July the tomatoes in the polytunnel were lost after four dry days.',
  ),
  j(
    'The standpipe by plot 14 is turned off at the main from 1 October. Hoses must be coiled and hung in the shed after',
    'use, and the sprinkler is for the shared beds only.',
  ),
  j(
    'Feeding is not part of the rota. The comfrey tea in the blue butt is for the polytunnel tomatoes and peppers only,',
    'once a week from the first truss, diluted one part to ten. Mark the date on the slate by the door when you have fed',
    'them so that nobody does it twice.',
  ),
  j(
    'When your week is finished, type yes in the Done column or ask the secretary to do it. Backups are only called on',
    'if the household cannot be reached by Wednesday evening.',
  ),
];
const gHead = ['Week starting', 'Household', 'Plot', 'Backup', 'Done'];
const gRows: Grid = [
  ['4 May', 'Okonjo-Price', '3', 'Marwell', 'yes'],
  ['11 May', 'Marwell', '7', 'Tasker', 'yes'],
  ['18 May', 'Tasker', '12', 'Ruddock', 'no'],
  ['25 May', 'Ruddock', '5', 'Ellerby', ''],
  ['1 Jun', 'Ellerby', '9', 'Penhallow', ''],
  ['8 Jun', 'Penhallow', '14', 'Okonjo-Price', ''],
  ['15 Jun', 'Sandiford', '2', 'Marwell', ''],
  ['22 Jun', 'Quayle', '11', 'Tasker', ''],
];
const gTabs = ['Rota', 'Seed orders', 'Archive 2025'];
const gCell = (row: number) => (c: string, i: number) => `<td class="s${row === 0 ? 0 : i === 4 ? 3 : 2}"${c === '' ? '' : ' dir="ltr"'}>${c}</td>`;
const gHtml = `<!DOCTYPE html>
<html><head><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="google" content="notranslate">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Google Docs"><meta property="og:url" content="https://docs.google.com/spreadsheets/d/e/2PACX-1vQx8/pubhtml">
<title>${gTitle} - Google Drive</title>
<link rel="shortcut icon" href="https://ssl.gstatic.example/docs/spreadsheets/favicon3.ico">
<link rel="stylesheet" href="https://docs.google.com/static/spreadsheets2/client/css/3531006811-waffle_k_ltr.css">
<style type="text/css">.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#ffffff;font-weight:bold;}
.ritz .waffle .s1{background-color:#fff2cc;text-align:left;vertical-align:top;white-space:normal;}</style>
<script nonce="qv1">var DOCS_timing={}; window.WIZ_global_data = {"Im6cmf":"/u/0","w2btAe":"%.@.null,null,\\"\\"]"};</script>
</head><body class="docs-gm">
<div id="top-bar" class="docs-ml-header-visible"><div id="doc-title"><span class="name">${gTitle}</span></div>
<div id="sheet-menu-wrapper"><ul id="sheet-menu" class="sheets-switcher">${gTabs
  .map((t, i) => `<li id="sheet-button-${i}"${i === 0 ? ' class="active"' : ''}><a href="#gid=${i}">${t}</a></li>`)
  .join('\n')}</ul></div></div>
<div id="sheets-viewport"><div id="0" style="position:relative;"><div class="ritz grid-container" dir="ltr">
<table class="waffle" cellspacing="0" cellpadding="0"><thead><tr><th class="row-header freezebar-origin-ltr"></th>
${['A', 'B', 'C', 'D', 'E'].map((l, i) => `<th id="0C${i}" style="width:140px;" class="column-headers-background">${l}</th>`).join('')}</tr></thead>
<tbody><tr style="height: 220px"><th id="0R0" style="height: 220px;" class="row-headers-background"><div class="row-header-wrapper"
style="line-height: 220px">1</div></th><td class="s1 softmerge" dir="ltr" colspan="5" rowspan="1"><div class="softmerge-inner"
style="width:700px;left:-1px">${gNotes.join('<br><br>\n')}</div></td></tr>
<tr style="height: 20px"><th id="0R1" class="row-headers-background"><div class="row-header-wrapper">2</div></th><td class="s4"></td></tr>
<tr style="height: 20px"><th id="0R2" class="row-headers-background"><div class="row-header-wrapper">3</div></th>
${cells(gHead, gCell(0))}</tr>
${gRows
  .map(
    (r, i) => `<tr style="height: 20px"><th id="0R${i + 3}" class="row-headers-background"><div class="row-header-wrapper">${i + 4}</div></th>
${cells(r, gCell(i + 1))}</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<div id="footer"><a href="https://docs.google.com/spreadsheets/d/e/2PACX-1vQx8/pubhtml" target="_blank">Published by Google Sheets</a>
<span> – </span><a href="https://docs.google.com/abuse?id=2PACX-1vQx8" target="_blank">Report Abuse</a><span> – </span>
<span class="dash">Updated automatically every 5 minutes</span></div>
<script nonce="qv1">function switchToSheet(id){document.getElementById(id).style.display='block';}
var posObj=function(sheet,id,row,col,x,y){};</script></body></html>`;
const googleSheets: TestPage = {
  name: 'heldout443-google-sheets-pubhtml-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [...texts(gNotes), ...rowTexts(gRows)],
  bylines: [],
  furniture: [...gTabs, 'Published by Google Sheets', 'Report Abuse', 'Updated automatically every 5 minutes'],
};

const aBase = 'Fernbrook Library Friends';
const aTitle = 'Book sale donations — spring intake';
const aDesc = [
  j(
    'Every box handed in for the spring book sale is logged here when it is sorted. Volunteers record where the box came',
    'from, roughly how many books it held, what condition they were in and which sale table they were sent to.',
  ),
  j(
    'Donors asked us to be able to see what happened to their books, so this view is shared read-only. Names of private',
    'donors are left out; only drop-off points are shown. Boxes marked for recycling held water-damaged or mouldy books,',
    'which we cannot sell or pass on to the school libraries.',
  ),
  j(
    'The sale itself runs on the first two Saturdays of May in the reading room. Anything left after the second Saturday',
    'goes to the hospital trolley service and the rest to the county reuse centre.',
  ),
  j('Please do not bring encyclopaedias, magazines or textbooks older than ten years. They do not sell, and we end up', 'paying to have them taken away.'),
];
const aCols = ['Box', 'Drop-off point', 'Sorted on', 'Books', 'Condition', 'Sent to', 'Notes'];
const aRows: Grid = [
  ['B-101', 'Main desk', '2 Mar 2026', '38', 'Good', 'Fiction A–K', 'Mostly crime paperbacks, two signed first editions set aside'],
  ['B-102', 'Orchard Road church hall', '2 Mar 2026', '22', 'Fair', "Children's", 'Picture books with some crayon marks'],
  ['B-103', 'Main desk', '4 Mar 2026', '41', 'Good', 'Non-fiction', 'Gardening, cookery and three county histories'],
  ['B-104', 'Mobile library van', '6 Mar 2026', '17', 'Poor', 'Recycling', 'Damp in the bottom layer, smell of mould'],
  ['B-105', 'Westgate school', '9 Mar 2026', '56', 'Very good', "Children's", 'Class sets of readers, donated by the school'],
  ['B-106', 'Main desk', '11 Mar 2026', '29', 'Good', 'Fiction L–Z', 'Large print, passed to the housebound service first'],
  ['B-107', 'Orchard Road church hall', '13 Mar 2026', '33', 'Fair', 'Non-fiction', 'Old travel guides priced at 20p'],
];
const aCookie = 'We use cookies to improve your experience on Airtable. By using this site you agree to our use of cookies.';
const aHtml = `<!DOCTYPE html>
<html lang="en" class="shared-view"><head><meta charset="utf-8"><title>Airtable - ${aBase}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta property="og:title" content="${aBase}: ${aTitle}"><meta property="og:site_name" content="Airtable">
<meta property="og:description" content="Every box handed in for the spring book sale is logged here when it is sorted.">
<link rel="stylesheet" href="https://static.airtable.example/css/hyperbase_shared_view.css">
<script>window.initData = {"sharedViewId":"shrQ4v9LmT2","isSharedView":true,"locale":"en","pageLoadId":"pglHf31"};</script>
<script src="https://static.airtable.example/js/lazy_entry/shared_view_bundle.js" defer></script></head>
<body class="baymax"><div id="hyperbaseContainer" class="flex flex-column height-full">
<div class="sharedViewTopBar flex items-center px2 white colors-background-blue-dusty" data-testid="sharedViewTopBar">
<div class="flex items-center flex-auto"><div class="baseName strong truncate">${aBase}</div></div>
<a class="signUpButton pill px2 white text-blue" href="https://airtable.com/signup?sharedViewId=shrQ4v9LmT2">Sign up for free</a></div>
<div class="viewBar flex items-center"><div class="viewSwitcher flex items-center"><span class="viewIcon"></span>
<h1 class="viewName strong truncate" data-testid="viewName">${aTitle}</h1></div>
<div class="viewMenuBar flex items-center"><div role="button" class="filterButton">Filter</div><div role="button" class="sortButton">Sort</div>
<div role="button" class="downloadCsv">Download CSV</div><div role="button" class="viewLarger">View larger version</div>
<div class="searchButton" role="button" aria-label="Search">Search</div></div></div>
<div class="viewDescription sharedViewDescription p2" data-testid="viewDescription">${ps(aDesc)}</div>
<div id="table" class="gridView light-scrollbar" data-tutorial-selector-id="gridView">
<div class="headerRow leftPane"><div class="cell header primary" data-columnid="fldBox">${aCols[0] ?? ''}</div></div>
<div class="headerRow rightPane">${aCols
  .slice(1)
  .map((c, i) => `<div class="cell header" data-columnindex="${i + 1}"><div class="nameAndDescription">${c}</div></div>`)
  .join(' ')}</div>
${aRows
  .map(
    (r, i) => `<div class="dataRow" data-rowid="rec${1000 + i}" data-rowindex="${i}"><div class="rowNumber">${i + 1}</div>
${cells(r, (c, k) => `<div class="cell ${k === 0 ? 'primary read' : 'read'}" data-columnindex="${k}"><div class="truncate">${c}</div></div>`)}</div>`,
  )
  .join('\n')}
<div class="summaryBar"><div class="recordCount">7 records</div><div class="summaryCell">Sum 236</div></div></div>
<div class="sharedViewFooter flex items-center justify-between"><a href="https://airtable.com/?utm_source=shared_view" class="airtableLogo">
Made with Airtable</a><a href="https://airtable.com/shrQ4v9LmT2/report" class="reportAbuse">Report abuse</a></div>
<div class="cookieBanner" role="dialog"><p>${aCookie}</p><button class="cookieAccept">Got it</button>
<a href="https://airtable.com/company/cookies">Cookie Policy</a></div></div></body></html>`;
const airtable: TestPage = {
  name: 'heldout443-airtable-shared-view-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: [...texts(aDesc), ...rowTexts(aRows)],
  bylines: [],
  furniture: [
    aBase,
    'Sign up for free',
    'Filter',
    'Sort',
    'Download CSV',
    'View larger version',
    '7 records',
    'Sum 236',
    'Made with Airtable',
    'Report abuse',
    aCookie,
    'Got it',
    'Cookie Policy',
  ],
};

export const HELDOUT443_A: readonly TestPage[] = [googleSheets, airtable];
