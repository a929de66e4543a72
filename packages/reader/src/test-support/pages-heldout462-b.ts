import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file b: a rezoning plan case on Tyler EnerGov Civic Access (the Angular self-service portal, saved
 * after rendering), and a zoning code section on the Municode Library.
 */
const eTitle = 'PZ-26-0073';
const eRows: readonly (readonly [string, string])[] = [
  ['Type', 'Rezoning'],
  ['Work Class', 'Conventional Rezoning'],
  ['Status', 'Under Review'],
  ['Project Name', 'Larkspur Meadows Phase 2'],
  ['Application Date', '08/03/2026'],
  ['District', 'Council District 4'],
  ['Assigned To', 'Planner II - Current Planning'],
];
const eDesc = j(
  'Rezone 11.6 acres at the southeast corner of Larkspur Pkwy and Old Mill Rd from R-1 Single-Family Residential to R-3',
  'Multi-Family Residential with conditions limiting density to 12 units per acre and building height to three stories.',
  'Staff report and recommendation will be posted no later than seven days before the Planning and Zoning Commission meeting.',
);
const eTabs = ['Details', 'Type Specific Fields', 'Locations', 'Fees', 'Reviews', 'Inspections', 'Attachments', 'Contacts', 'Sub-Records'];
const eNav = ['Home', 'Apply', 'Map', "Today's Inspections", 'Report', 'Pay Invoices', 'Search Public Records', 'Calendar'];
const eHtml = `<!DOCTYPE html><html lang="en" ng-app="EnerGovApp" class="ng-scope"><head><meta charset="utf-8">
<base href="/EnerGov_Prod/SelfService/"><title>Plan Details - PZ-26-0073 | Brannock County Civic Access</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="css/tyler-default.min.css">
<style>.ng-hide:not(.ng-hide-animate){display:none!important}</style>
<script src="scripts/vendor.min.js"></script><script>window.tenantName="Brannock County";</script></head>
<body class="ng-scope"><a href="#mainContent" class="sr-only sr-only-focusable">Skip to main content</a>
<div class="tyler-container"><header class="navbar navbar-default tyler-header" role="banner"><div class="navbar-header">
<a class="navbar-brand" href="#/home"><img src="images/logo.png" alt="Brannock County"><span class="tenant-name">Brannock County Civic Access</span></a>
<button type="button" class="navbar-toggle" aria-label="Toggle navigation"><span class="icon-bar"></span></button></div>
<nav class="navbar-collapse collapse"><ul class="nav navbar-nav">${links(eNav)}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="#/login">Login</a></li><li><a href="#/register">Register</a></li></ul></nav></header>
<div class="alert alert-info ng-scope" role="alert">
<strong>Notice:</strong> Civic Access will be unavailable Sunday 11/15 from 6 AM to 10 AM for maintenance.</div>
<main id="mainContent" class="container-fluid" ui-view><div class="ng-scope" ng-controller="PlanDetailController">
<div class="page-header"><h1 class="ng-binding">${eTitle}</h1><span class="label label-primary ng-binding">Plan</span></div>
<div class="btn-toolbar"><button class="btn btn-default" type="button">Add to Cart</button><button class="btn btn-default" type="button">Print</button></div>
<ul class="nav nav-tabs" role="tablist">${eTabs
  .map(
    (t, n) => `<li role="presentation"${n === 0 ? ' class="active"' : ''}><a href="#tab${n}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<div class="tab-content"><div role="tabpanel" class="tab-pane active" id="tab0"><form class="form-horizontal">
${eRows
  .map(
    ([k, v]) => `<div class="form-group"><label class="col-md-3 control-label">${k}</label><div class="col-md-9">
<p class="form-control-static ng-binding">${v}</p></div></div>`,
  )
  .join('\n')}
<div class="form-group"><label class="col-md-3 control-label">Description</label><div class="col-md-9"><p class="form-control-static ng-binding">${eDesc}</p>
</div></div>
</form></div><div role="tabpanel" class="tab-pane ng-hide" id="tab2"><p>4410 OLD MILL RD BRANNOCK</p></div></div></div></main>
<footer class="tyler-footer"><p>Brannock County Development Services &middot; 300 Court St, Suite 110 &middot; (555) 410-2200</p>
<p class="powered">Powered by Tyler Technologies</p></footer></div><script src="scripts/app.min.js"></script></body></html>`;
const energov: TestPage = {
  name: 'heldout462-energov-plan',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: [...eRows.map(([, v]) => v), eDesc],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brannock County Civic Access', ...eNav.filter((n) => n !== 'Report'), 'Login', 'Register',
    'Notice: Civic Access will be unavailable Sunday 11/15 from 6 AM to 10 AM for maintenance.', 'Plan', 'Add to Cart', 'Print', ...eTabs,
    'Brannock County Development Services · 300 Court St, Suite 110 · (555) 410-2200', 'Powered by Tyler Technologies',
  ],
};

const mTitle = 'Sec. 27-412. - Accessory dwelling units.';
const mParas = [
  j(
    '<span class="incr0">(a)</span> <em>Purpose.</em> The purpose of this section is to allow one accessory dwelling unit (ADU) on a lot',
    'with a single-family dwelling, to increase the supply of modest housing while keeping the character of established neighborhoods.',
  ),
  '<span class="incr0">(b)</span> <em>Where permitted.</em> An ADU is a permitted accessory use in the R-E, R-1, R-2 and R-3 districts.',
  j(
    '<span class="incr0">(c)</span> <em>Standards.</em> An ADU shall comply with the following standards, in addition to the',
    'standards of the district in which it is located:',
  ),
  j(
    '<span class="incr1">(1)</span> The floor area of an ADU shall not exceed 800 square feet or 50 percent of the floor area of the',
    'principal dwelling, whichever is less.',
  ),
  '<span class="incr1">(2)</span> A detached ADU shall not exceed 22 feet in height and shall be set back at least five feet from side and rear lot lines.',
  '<span class="incr1">(3)</span> One off-street parking space shall be provided, except that no space is required within one-half mile of a transit stop.',
  j(
    '<span class="incr1">(4)</span> Either the principal dwelling or the ADU shall be occupied by the owner of the lot, except as provided in',
    'subsection (d).',
  ),
  j(
    '<span class="incr0">(d)</span> <em>Owner occupancy waiver.</em> The zoning administrator may waive the owner occupancy requirement for',
    'a period of up to two years where the owner is temporarily absent for employment, military service or health reasons.',
  ),
  '<span class="incr0">(e)</span> <em>Short-term rental.</em> An ADU shall not be rented for periods of less than 30 consecutive days.',
  '(Ord. No. 2019-44, § 3, 6-11-2019; Ord. No. 2024-17, § 1, 3-26-2024)',
];
const mCrumbs = ['Code of Ordinances', 'Chapter 27 - ZONING', 'ARTICLE IV. - SUPPLEMENTAL REGULATIONS'];
const mToc = ['Sec. 27-409. - Home occupations.', 'Sec. 27-410. - Fences and walls.', 'Sec. 27-411. - Accessory structures.', 'Sec. 27-413. - Temporary uses.'];
const mNav = ['Products', 'Resources', 'About', 'Sign In'];
const mHtml = `<!DOCTYPE html><html lang="en" ng-app="mcc.library_desktop"><head><meta charset="utf-8">
<title>Code of Ordinances | Tamsworth, GA | Municode Library</title><meta name="description" content="Sec. 27-412. - Accessory dwelling units.">
<link rel="stylesheet" href="https://library.municode.com/assets/css/library.css"><script>window.__mcc={clientId:14820,productId:31002};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MUNI1"></script></head>
<body class="library"><a class="skip-link sr-only sr-only-focusable" href="#codesContent">Skip to content</a>
<header class="navbar navbar-static-top" id="header"><div class="container-fluid"><a class="navbar-brand" href="/">Municode Library</a>
<ul class="nav navbar-nav navbar-right">${links(mNav)}</ul>
<form class="navbar-form" role="search"><input type="text" class="form-control" placeholder="Search Tamsworth, GA Code of Ordinances"></form></div></header>
<div class="client-header"><h2 class="client-name">Tamsworth, GA</h2></div>
<div id="toc" class="toc-wrapper"><h3>Table of Contents</h3><ul class="codes-toc-list">${links(mToc, 'toc-item')}</ul></div>
<div id="codesContent" class="codes-content"><div class="breadcrumb-wrapper"><ol class="breadcrumb">${links(mCrumbs)}</ol></div>
<div class="toolbar"><button class="btn btn-toolbar">Print</button><button class="btn btn-toolbar">Download (Docx)</button>
<button class="btn btn-toolbar">Share Link</button><button class="btn btn-toolbar">Compare Versions</button></div>
<p class="version-note">Supplement 38, Update 2 · Online content updated on September 30, 2026</p>
<ul class="chunks list-unstyled"><li class="chunk"><div class="chunk-title-wrapper"><h2 class="chunk-title">${mTitle}</h2></div>
<div class="chunk-content">${ps(mParas.slice(0, 9), ' class="p0"')}
<p class="historynote0">${mParas[9]}</p></div></li></ul>
<div class="next-prev"><a href="#" class="prev">Sec. 27-411. - Accessory structures.</a><a href="#" class="next">Sec. 27-413. - Temporary uses.</a></div></div>
<footer class="library-footer"><p>© 2026 Municipal Code Corporation and Tamsworth, GA. All Rights Reserved.</p>
<ul>${links(['Terms of Use', 'Privacy Policy', 'Contact Us'])}</ul></footer><script src="https://library.municode.com/assets/js/library.js"></script></body>
</html>`;
const municode: TestPage = {
  name: 'heldout462-municode-zoning-section',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mParas),
  bylines: ['Supplement 38, Update 2 · Online content updated on September 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Municode Library', ...mNav, 'Tamsworth, GA', 'Table of Contents', ...mToc, ...mCrumbs, 'Print', 'Download (Docx)',
    'Share Link', 'Compare Versions', '© 2026 Municipal Code Corporation and Tamsworth, GA. All Rights Reserved.', 'Terms of Use',
    'Privacy Policy', 'Contact Us',
  ],
};

export const HELDOUT462_B: readonly TestPage[] = [energov, municode];
