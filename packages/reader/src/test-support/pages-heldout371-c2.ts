import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file c2: a lobbying register entry, one return on an ASP.NET MVC / Bootstrap register site (navbar,
 * breadcrumbs, the return's header fields, the subject matter, intended results and activity text, the list of officials
 * lobbied as a table, the "Other returns by this lobbyist" panel, the print / export buttons, the cookie bar and the footer):
 * a data page whose prose is short.
 */
const lTitle = 'Return: Glasmere Wind Partners Ltd, 1 September 2025 – 31 December 2025';
const lSubject = [
  j(
    'Planning policy for onshore wind farms, in particular the draft revised guidelines on setback distances from homes and',
    'the timetable for designating grid connection zones in the western counties.',
  ),
];
const lResults = [
  j(
    'To ask that the minimum setback distance in the draft guidelines remain at 500 metres rather than the proposed 800 metres,',
    'and that the first grid connection zones be designated before the end of 2026 so that projects already in planning are not',
    'delayed by a further connection round.',
  ),
];
const lActivities = [
  'Meetings (2)',
  'Emails (5)',
  'Submission to public consultation (1)',
  j(
    'Two meetings were held at the department’s offices, on 14 October and 2 December 2025. A written submission was made to',
    'the public consultation on the draft guidelines on 30 October 2025. Follow-up emails shared modelling of noise levels at',
    'different setback distances.',
  ),
];
const lRows: [string, string, string][] = [
  ['Cathal Brennock', 'Minister of State for Energy', 'Department of Energy and Climate'],
  ['Aisling Ferrow', 'Special Adviser', 'Department of Energy and Climate'],
  ['Declan Oyelaran', 'Assistant Secretary, Planning Policy', 'Department of Housing and Planning'],
];
const lOther = ['1 May 2025 – 31 August 2025', '1 January 2025 – 30 April 2025', '1 September 2024 – 31 December 2024'];
const lNav = ['Home', 'Search the register', 'Lobbyists', 'Public officials', 'Guidance', 'Log in'];
const lFoot = ['Accessibility', 'Privacy statement', 'Cookie policy', 'Contact the Registrar'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<title>Return - Glasmere Wind Partners Ltd - Register of Lobbying</title>
<link href="/Content/bootstrap.css" rel="stylesheet"/><link href="/Content/site.css" rel="stylesheet"/>
<script src="/Scripts/modernizr-2.8.3.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Lobbying return 81224","creator":{"@type":"Organization",
"name":"Standards Office"}}</script></head>
<body><div class="navbar navbar-inverse navbar-fixed-top" role="navigation"><div class="container"><div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse"><span class="sr-only">Toggle navigation</span></button>
<a class="navbar-brand" href="/">Register of Lobbying</a></div>
<div class="navbar-collapse collapse"><ul class="nav navbar-nav">${links(lNav)}</ul></div></div></div>
<div class="container body-content"><ol class="breadcrumb">${lis(['Home', 'Search the register', 'Glasmere Wind Partners Ltd', 'Return 81224'])}</ol>
<div class="row"><div class="col-md-9"><h1>${lTitle}</h1>
<dl class="dl-horizontal return-header"><dt>Lobbyist</dt><dd><a href="/Lobbyist/5120">Glasmere Wind Partners Ltd</a></dd>
<dt>Person primarily responsible</dt><dd>Nuala Petrakis</dd><dt>Date submitted</dt><dd>19/01/2026</dd>
<dt>Public policy area</dt><dd>Energy</dd><dt>Relevant matter</dt><dd>Public policy and programmes</dd></dl>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Specific details</h2></div><div class="panel-body">
${ps(lSubject)}</div></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Intended results</h2></div><div class="panel-body">
${ps(lResults)}</div></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Lobbying activities</h2></div><div class="panel-body">
<ul class="activity-types">${lis(lActivities.slice(0, 3))}</ul>${ps(lActivities.slice(3))}</div></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Designated public officials lobbied</h2></div>
<table class="table table-striped"><thead><tr><th>Name</th><th>Job title</th><th>Public body</th></tr></thead>
<tbody>${lRows.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table></div>
<p class="return-declaration"><em>The lobbyist has declared that the information in this return is accurate and complete.</em></p>
<div class="btn-group"><a class="btn btn-default" href="/Return/81224/Print">Print</a><a class="btn btn-default" href="/Return/81224/Csv">Export to CSV</a>
</div></div>
<div class="col-md-3"><div class="panel panel-info"><div class="panel-heading">Other returns by this lobbyist</div><ul class="list-group">
${links(lOther, 'list-group-item')}</ul><div class="panel-footer"><a href="/Lobbyist/5120/Returns">View all 11 returns</a></div></div>
<div class="well well-sm"><p>Are you a public official named in a return? Read our guidance on checking your details.</p></div></div></div>
<hr/><footer><ul class="list-inline">${links(lFoot)}</ul><p>© 2026 Standards Office. Register maintained under the Regulation of Lobbying Act.</p>
</footer></div>
<div id="cookieConsent" class="alert alert-info alert-dismissible" role="alert">This site uses cookies to remember your search settings.
<a href="/Cookies">Learn more</a> <button type="button" class="btn btn-primary" data-dismiss="alert">Accept</button></div>
<script src="/Scripts/jquery-3.7.1.min.js"></script><script src="/Scripts/bootstrap.min.js"></script></body></html>`;
export const lobbyingReturn: TestPage = {
  name: 'heldout371-lobbying-register-return',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Specific details', 'Intended results', 'Lobbying activities', 'Designated public officials lobbied'],
  body: texts([...lSubject, ...lResults, ...lActivities, ...lRows.flat()]),
  bylines: ['Nuala Petrakis', '19/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle navigation', 'Register of Lobbying', ...lNav, 'Return 81224', 'Lobbyist', 'Person primarily responsible',
    'Date submitted', 'Public policy area', 'Relevant matter', 'Public policy and programmes',
    'The lobbyist has declared that the information in this return is accurate and complete.', 'Print', 'Export to CSV',
    'Other returns by this lobbyist', ...lOther, 'View all 11 returns',
    'Are you a public official named in a return? Read our guidance on checking your details.',
    ...lFoot, '© 2026 Standards Office. Register maintained under the Regulation of Lobbying Act.', 'This site uses cookies to remember your search settings.',
    'Learn more', 'Accept',
  ],
};
