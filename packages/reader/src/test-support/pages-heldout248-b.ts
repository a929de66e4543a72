import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file b: a state senate member's press release on a Drupal senate site (senator hero with district,
 * the press release header with date and issue tags, share bar, "Read more" promo, newsletter form, "Related" rail and the
 * footer) and a county election results page rendered by an Angular results app (data page: contest tables, reporting
 * status, "last updated" line, the contest filter menu, download links and the disclaimer).
 */
const sTitle = 'Senator Marisol Ettinger Secures $4.2 Million for Lead Service Line Replacement in Harlan Falls';
const sBody = [
  j(
    'HARLAN FALLS — State Senator Marisol Ettinger announced today that the final state budget includes $4.2 million to replace',
    'lead service lines in the City of Harlan Falls, enough to remove roughly 540 of the estimated 1,900 lead lines still',
    'connecting homes to the city water main.',
  ),
  j(
    '“Every family in this district deserves to turn on the tap without worrying about what is in the glass,” said Senator',
    'Ettinger. “Harlan Falls has some of the oldest housing stock in the state, and for too long the cost of fixing that has',
    'landed on homeowners who simply cannot afford it.”',
  ),
  j(
    'The funding will be administered by the city’s Department of Public Works, which completed an inventory of service lines',
    'last autumn. Work will begin in the Riverside and Eighth Ward neighborhoods, where testing in 2025 found the highest',
    'readings, and homeowners will not be charged for the portion of the line on their property.',
  ),
  'Residents who want to know whether their home is on the replacement list can:',
  'check the city’s online service line map by street address;',
  'call the Public Works customer line at 555-0148 on weekdays;',
  'attend one of two information sessions at the Harlan Falls Public Library on April 9 and April 16.',
  j(
    'Mayor Dennis Oyelaran thanked the Senator and said the city would apply for matching federal funds to extend the program',
    'to the remaining neighborhoods by 2029.',
  ),
];
const sPara = [0, 1, 2, 3, 7].map((i) => sBody[i] ?? '');
const sList = [4, 5, 6].map((i) => sBody[i] ?? '');
const sNav = ['Senators & Committees', 'Legislation', 'Session Calendar', 'News & Issues', 'About the Senate'];
const sSenNav = ['Newsroom', 'Contact', 'Legislation', 'Events', 'District Map'];
const sRelated = [
  'Ettinger Bill to Cap Ambulance Surprise Bills Passes Senate',
  'Senator Hosts Free Tax Preparation Clinic in Riverside',
  'Statement on the Closure of the Route 9 Bridge',
];
const sFoot = ['Senate Home', 'Open Data', 'Privacy Policy', 'Terms of Participation', 'Accessibility', 'Contact the Webmaster'];
const sHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${sTitle} | State Senate</title>
<meta name="description" content="State Senator Marisol Ettinger announced funding for lead service line replacement.">
<meta property="og:type" content="article"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88412"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_senate.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="l-header"><div class="c-site-logo"><a href="/">The State Senate</a></div>
<nav class="c-main-nav" aria-label="Main"><ul class="c-nav--list">${links(sNav, 'c-nav--item')}</ul></nav></header>
<section class="c-senator-hero"><div class="c-senator-hero--info"><h2 class="c-senator-hero--name">
<a href="/senators/marisol-ettinger">Sen. Marisol Ettinger</a></h2>
<p class="c-senator-hero--district">Senate District 47</p><ul class="c-senator-hero--nav">${links(sSenNav)}</ul></div></section>
<main id="main-content" class="l-row l-row--main"><article class="c-press-release node node--type-article">
<header class="c-press-release--header"><p class="c-press-release--descript">Press Release</p>
<h1 class="c-press-release--title">${sTitle}</h1>
<div class="c-press-release--meta"><span class="c-press-release--date">March 24, 2026</span></div>
<ul class="c-issue-tags">${links(['Infrastructure', 'Water Quality', 'Budget'], 'c-issue-tag')}</ul></header>
<div class="c-share-bar"><span class="c-share-label">Share this article</span><a class="c-share--link facebook" href="#">Facebook</a>
<a class="c-share--link x" href="#">X</a><a class="c-share--link email" href="#">Email</a></div>
<div class="c-press-release--body text--formatted">
${ps(sPara.slice(0, 4))}
<ul>${sList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div class="c-block c-block--promo"><p class="c-promo-text">Read more: Ettinger Calls for Statewide Lead Line Inventory Deadline</p></div>
${ps(sPara.slice(4))}
</div></article>
<aside class="c-sidebar"><div class="c-block c-newsletter"><h3 class="c-block--title">Get updates from Senator Ettinger</h3>
<form class="c-newsletter-form"><label for="nl-email">Email address</label><input id="nl-email" type="email"><label for="nl-zip">ZIP code</label>
<input id="nl-zip" type="text"><button type="submit">Subscribe</button></form></div>
<div class="c-block c-block--related"><h3 class="c-block--title">Related Articles</h3><ul>${links(sRelated, 'c-related--item')}</ul></div></aside></main>
<footer class="l-footer"><ul class="c-footer--nav">${links(sFoot)}</ul><p class="c-footer--copy">Content on this site is in the public domain
unless otherwise noted.</p></footer></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const senate: TestPage = {
  name: 'heldout248-drupal-state-senate-press-release',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: ['March 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The State Senate', ...sNav, 'Sen. Marisol Ettinger', 'Senate District 47', 'Newsroom', 'Contact', 'Events', 'District Map',
    'Press Release', 'Infrastructure', 'Water Quality', 'Budget', 'Share this article', 'Facebook', 'Email',
    'Read more: Ettinger Calls for Statewide Lead Line Inventory Deadline', 'Get updates from Senator Ettinger', 'Email address', 'ZIP code',
    'Subscribe', 'Related Articles', ...sRelated, ...sFoot, 'Content on this site is in the public domain unless otherwise noted.',
  ],
};

const eTitle = '2026 Municipal General Election - Official Results';
const eIntro = [
  j(
    'These are the official results of the Municipal General Election held on Tuesday, March 3, 2026, certified by the Board of',
    'Canvassers on March 13. Turnout across Corran County was 41.8 percent, with 58,203 ballots cast out of 139,240 registered voters.',
  ),
  j(
    'Results include ballots cast in person on Election Day, early voting ballots and all mail ballots received by the deadline.',
    'Provisional ballots found eligible after review are included in the precinct totals.',
  ),
];
type Row = [string, string, string, string];
const eContests: { name: string; note: string; rows: Row[] }[] = [
  {
    name: 'Mayor, City of Port Wendell',
    note: 'Vote for 1',
    rows: [
      ['Lorraine Bekele', 'NP', '14,882', '52.61%'],
      ['Thomas Arkwright', 'NP', '12,907', '45.63%'],
      ['Write-in', '', '498', '1.76%'],
    ],
  },
  {
    name: 'City Council, Ward 3',
    note: 'Vote for 1',
    rows: [
      ['Hamid Castellanos', 'NP', '3,114', '48.90%'],
      ['Priya Lindqvist', 'NP', '2,861', '44.93%'],
      ['Oscar Venn', 'NP', '393', '6.17%'],
    ],
  },
  {
    name: 'Proposition A - Library Facilities Bond',
    note: 'Requires 60% to pass',
    rows: [
      ['Yes', '', '33,470', '61.04%'],
      ['No', '', '21,363', '38.96%'],
    ],
  },
];
const eCells = eContests.flatMap((c) => c.rows.flatMap((r) => [r[0], r[2], r[3]]));
const eMenu = ['Summary', 'Contests', 'Precinct Details', 'Voter Turnout', 'Reports', 'Downloads'];
const eFoot = ['Corran County Elections Office', 'Voter Lookup', 'Polling Places', 'Contact Us', 'Accessibility'];
const row = (r: Row): string => `<tr class="ng-star-inserted"><td class="choice-name"><span class="ng-star-inserted">${r[0]}</span></td>
<td class="party">${r[1]}</td><td class="votes text-right">${r[2]}</td><td class="percent text-right">${r[3]}</td></tr>`;
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corran County - Election Night Reporting</title><base href="/CorranCounty/128841/">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="styles.4f1a9c.css">
<script>window.enrConfig = {"electionId":128841,"county":"Corran","refresh":300};</script></head>
<body><app-root ng-version="17.3.4"><app-header class="ng-star-inserted"><header class="enr-header"><div class="enr-logo">Corran County Elections</div>
<nav class="enr-nav" aria-label="Results sections"><ul class="nav-menu">${links(eMenu, 'nav-menu-item')}</ul></nav>
<div class="language-select"><button class="btn-lang">English</button><button class="btn-lang">Español</button></div></header></app-header>
<app-summary class="ng-star-inserted"><div class="container-fluid summary-page"><div class="election-header">
<h1 class="election-title">${eTitle}</h1>
<div class="status-bar"><span class="status-label">Status:</span> <span class="status-value">Official</span>
<span class="last-updated">Last updated 03/13/2026 4:12 PM EST</span><span class="reporting">Precincts reporting 84 of 84 (100%)</span></div></div>
<div class="election-intro">${ps(eIntro, ' class="intro-text"')}</div>
<div class="filter-bar"><label for="contest-search">Search contests</label><input id="contest-search" type="search">
<button class="btn btn-filter">Filter by district</button><button class="btn btn-expand">Expand all</button></div>
${eContests
  .map(
    (c) => `<app-contest-card class="ng-star-inserted"><div class="card contest-card"><div class="card-header"><h2 class="contest-name">${c.name}</h2>
<span class="vote-for">${c.note}</span></div><div class="card-body"><table class="table contest-table"><thead><tr><th>Choice</th><th>Party</th>
<th class="text-right">Total Votes</th><th class="text-right">Percent</th></tr></thead><tbody>
${c.rows.map(row).join('\n')}
</tbody></table></div><div class="card-footer"><a class="btn-link" href="#">View precinct results</a><a class="btn-link" href="#">Download CSV</a></div>
</div></app-contest-card>`,
  )
  .join('\n')}
<div class="disclaimer"><p>Results shown on this site are provided for information. The certified canvass filed with the Secretary of State is the
official record.</p></div></div></app-summary>
<app-footer class="ng-star-inserted"><footer class="enr-footer"><ul>${links(eFoot)}</ul><p>Powered by ElectionStream ENR</p></footer></app-footer></app-root>
<script src="runtime.8c2e.js" type="module"></script><script src="main.77b3.js" type="module"></script></body></html>`;
const enr: TestPage = {
  name: 'heldout248-angular-enr-election-results',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eContests.map((c) => c.name),
  body: texts([...eIntro, ...eCells]),
  bylines: ['Last updated 03/13/2026 4:12 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corran County Elections', ...eMenu, 'English', 'Español', 'Status:', 'Official', 'Precincts reporting 84 of 84 (100%)', 'Search contests',
    'Filter by district', 'Expand all', 'Vote for 1', 'Requires 60% to pass', 'Choice', 'Party', 'Total Votes', 'Percent', 'View precinct results',
    'Download CSV', 'Results shown on this site are provided for information. The certified canvass filed with the Secretary of State is the official record.',
    ...eFoot, 'Powered by ElectionStream ENR',
  ],
};

export const HELDOUT248_B: readonly TestPage[] = [senate, enr];
