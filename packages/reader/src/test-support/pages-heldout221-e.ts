import { links, ps, type TestPage, texts } from './page-kit.js';
import { uswds311 } from './pages-heldout221-e2.js';

/**
 * Held-out batch 221, file e: a dataset page on a city open-data portal running CKAN 2.10 (the account masthead with "Log in"
 * and "Register", the site nav and search, breadcrumbs, the organization sidebar with its description and "Read more", the
 * social share list, the license block, the dataset's notes with their own headings and a field list, the "Data and Resources"
 * list with Explore dropdowns, tags, the "Additional Info" table and the footer with the CKAN credit and language picker) and,
 * from file e2, a city 311 service page built on the U.S. Web Design System.
 */
const ckTitle = 'Street Tree Inventory';
const ckP1 = [
  'This dataset lists every tree maintained by the City of Port Alder’s Urban Forestry Division in streets, medians and parks, about ' +
    '61,000 trees in all. Each record is a single tree with its location, species, size and condition as recorded at its most recent ' +
    'inspection.',
  'The inventory is used to plan pruning cycles, respond to storm damage and decide where to plant. It is updated nightly from the ' +
    'division’s work-order system, so trees that were planted, removed or inspected on a given day appear in the data the next morning.',
  'Residents use it to find out what is growing on their block, and researchers have used it to study how canopy cover differs ' +
    'between neighborhoods. If you spot a tree that is missing or recorded wrongly, please tell us so the next inspection can fix it.',
];
const ckH = ['What is in the data', 'Known limitations', 'How to cite'];
const ckFields = [
  'TREE_ID: a unique identifier that stays with the tree for its whole life.',
  'SPECIES_COMMON and SPECIES_BOTANICAL: the common and botanical names.',
  'DBH_IN: trunk diameter at breast height, in inches, measured 4.5 feet above the ground.',
  'CONDITION: Good, Fair, Poor, Dead or Stump, as judged by the inspector.',
  'LAST_INSPECTED: the date of the most recent inspection.',
  'LATITUDE and LONGITUDE: the tree’s location in WGS 84.',
];
const ckP2 = [
  'Trees on private property are not included, even when they overhang the street. About 9 percent of records have not been inspected ' +
    'since the original 2014 survey, and their size and condition may be out of date. Locations in the 2014 survey were recorded with ' +
    'handheld GPS units and can be off by up to 15 feet.',
  'Species names follow the division’s own list, which groups some cultivars together. For example, all flowering cherries are recorded ' +
    'as Prunus serrulata.',
];
const ckP3 = [
  'Please credit “City of Port Alder, Urban Forestry Division, Street Tree Inventory” with the date you downloaded the data. Questions ' +
    'and corrections can be sent to the dataset maintainer listed below.',
];
const ckRes: [string, string, string][] = [
  ['Street Tree Inventory (CSV)', 'Full inventory, one row per tree. Updated nightly.', 'CSV'],
  ['Street Tree Inventory (GeoJSON)', 'The same records as point features for mapping.', 'GeoJSON'],
  ['Data dictionary', 'Field names, types and allowed values.', 'PDF'],
];
const ckExplore = ['Explore', 'Preview', 'More information', 'Go to resource'];
const ckTags = ['environment', 'trees', 'urban forestry', 'parks'];
const ckInfo: [string, string][] = [
  ['Source', 'Urban Forestry Division work-order system'],
  ['Maintainer', 'Noor Haddad'],
  ['Last Updated', 'June 3, 2025, 02:14 (UTC)'],
  ['Created', 'March 18, 2019, 17:02 (UTC)'],
  ['Update frequency', 'Daily'],
];
const ckNav = ['Datasets', 'Organizations', 'Groups', 'About'];
const ckCrumbs = ['Organizations', 'Parks and Recreation', 'Street Tree Inventory'];
const ckOrg = [
  'Parks and Recreation',
  'The Parks and Recreation Department manages the City’s 84 parks, its community centers and its urban forest.',
  'Read more',
];
const ckSocial = ['Social', 'Twitter', 'Facebook', 'LinkedIn'];
const ckLicense = ['License', 'Open Data Commons Public Domain Dedication and License (PDDL)', 'Open Data'];
const ckFoot = ['About Port Alder Open Data', 'CKAN API', 'Open Knowledge Foundation', 'Terms of Use', 'Contact the Open Data Team'];
const ckHtml = `<!DOCTYPE html>
<!--[if IE 9]> <html lang="en" class="ie9"> <![endif]--><!--[if gt IE 8]><!--> <html lang="en"  > <!--<![endif]-->
<head><meta charset="utf-8"><meta name="csrf_field_name" content="_csrf_token"><meta name="generator" content="ckan 2.10.4">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Street Tree Inventory - Datasets - Port Alder Open Data</title>
<link rel="shortcut icon" href="/base/images/ckan.ico"><meta property="og:title" content="Street Tree Inventory - Port Alder Open Data">
<meta property="og:description" content="This dataset lists every tree maintained by the City of Port Alder's Urban Forestry Division.">
<link rel="alternate" type="text/n3" href="https://data.portalder.example/dataset/street-tree-inventory.n3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"${ckTitle}",
"license":"http://www.opendefinition.org/licenses/odc-pddl",
"creator":{"@type":"Organization","name":"Parks and Recreation"},"dateModified":"2025-06-03"}</script>
<link href="/webassets/base/51d427fe_main.css" rel="stylesheet"><link href="/webassets/ckanext-activity/6ac15be0_activity.css" rel="stylesheet"></head>
<body data-site-root="https://data.portalder.example/" data-locale-root="https://data.portalder.example/"><div class="visually-hidden-focusable"><a
href="#content">Skip to main content</a></div>
<div class="account-masthead"><div class="container"><nav class="account not-authed" aria-label="Account"><ul class="list-unstyled"><li><a
href="/user/login">Log in</a></li>
<li><a class="sub" href="/user/register">Register</a></li></ul></nav></div></div>
<header class="masthead"><div class="container"><nav class="navbar navbar-expand-lg navbar-light"><hgroup class="header-image navbar-left"><a class="logo"
href="/">
<img src="/uploads/admin/portal-logo.png" alt="Port Alder Open Data" title="Port Alder Open Data"></a></hgroup>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-navigation-toggle" aria-label="Toggle navigation">
<span class="fa fa-bars text-white"></span></button><div class="main-navbar collapse navbar-collapse" id="main-navigation-toggle"><ul class="navbar-nav
ms-auto mb-2 mb-lg-0">
${links(ckNav, 'nav-item')}</ul><form class="d-flex site-search" action="/dataset/" method="get"><label class="d-none"
for="field-sitewide-search">Search Datasets</label>
<input id="field-sitewide-search" class="form-control me-2" type="text" name="q" placeholder="Search" aria-label="Search datasets"><button class="btn"
type="submit"
aria-label="Submit"><i class="fa fa-search"></i></button></form></div></nav></div></header>
<div class="main"><div id="content" class="container"><div class="flash-messages"></div><div class="toolbar" role="navigation" aria-label="Breadcrumb">
<ol class="breadcrumb"><li class="home"><a href="/" aria-label="Home"><i class="fa fa-home"></i><span> Home</span></a></li>${links(ckCrumbs)}</ol></div>
<div class="row wrapper"><aside class="secondary col-md-3"><div class="module module-narrow module-shallow context-info"><section class="module-content">
<h1 class="heading">${ckOrg[0]}</h1><p class="description">${ckOrg[1]}</p><p class="read-more"><a
href="/organization/parks-and-recreation">${ckOrg[2]}</a></p></section></div>
<section class="module module-narrow social"><h2 class="module-heading"><i class="fa fa-share-square"></i> ${ckSocial[0]}</h2><ul class="nav nav-simple">
${links(ckSocial.slice(1), 'nav-item')}</ul></section>
<section class="module module-narrow module-shallow license"><h2 class="module-heading"><i class="fa fa-lock"></i> ${ckLicense[0]}</h2><p
class="module-content">
<a href="http://www.opendefinition.org/licenses/odc-pddl" rel="dc:rights">${ckLicense[1]}</a><a href="http://opendefinition.org/okd/" title="This dataset
satisfies
the Open Definition."><img class="open-data" src="/base/images/od_80x15_blue.png" alt="[Open Data]"></a></p></section></aside>
<div class="primary col-md-9 col-xs-12" role="main"><article class="module"><div class="module-content"><h1>${ckTitle}</h1>
<div class="notes embedded-content">
${ps(ckP1)}
<h2>${ckH[0]}</h2>
<ul>${ckFields.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${ckH[1]}</h2>
${ps(ckP2)}
<h2>${ckH[2]}</h2>
${ps(ckP3)}
</div>
<section id="dataset-resources" class="resources"><h2>Data and Resources</h2><ul class="resource-list">
${ckRes
  .map(
    ([n, d, f]) => `<li class="resource-item" data-id="r${n.length}"><a class="heading" href="/dataset/street-tree-inventory/resource/${n.length}" title="${n}">
${n}<span class="format-label" property="dc:format" data-format="${f.toLowerCase()}">${f}</span></a><p class="description">${d}</p><div class="dropdown
btn-group">
<a href="#" class="btn btn-primary dropdown-toggle" role="button" data-bs-toggle="dropdown" aria-expanded="false"><i class="fa fa-bars"></i> ${ckExplore[0]}</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="#"><i class="fa fa-chart-bar"></i> ${ckExplore[1]}</a></li><li><a class="dropdown-item" href="#">
<i class="fa fa-info-circle"></i> ${ckExplore[2]}</a></li><li><a class="dropdown-item resource-url-analytics" href="#"><i class="fa fa-arrow-circle-down"></i>
${ckExplore[3]}</a></li></ul></div></li>`,
  )
  .join('\n')}</ul></section>
<section class="tags"><h2 class="visually-hidden">Tags</h2><ul class="tag-list">${ckTags
  .map(
    (t) => `<li><a class="tag"
href="/dataset/?tags=${t}">${t}</a></li>`,
  )
  .join('')}</ul></section>
<section class="additional-info"><h3>Additional Info</h3><table class="table table-striped table-bordered table-condensed"><thead><tr><th scope="col">Field</th>
<th scope="col">Value</th></tr></thead><tbody>${ckInfo
  .map(
    ([k, v]) => `<tr><th scope="row" class="dataset-label">${k}</th><td
class="dataset-details">${v}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section></div></article></div></div></div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8 footer-links"><ul class="list-unstyled">${links(ckFoot)}</ul></div>
<div class="col-md-4 attribution"><p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p>
<form class="lang-select" action="/util/redirect" data-module="select-switch" method="POST"><label for="field-lang-select">Language</label><select
id="field-lang-select"
name="url"><option value="/dataset/street-tree-inventory" selected="selected">English</option><option
value="/es/dataset/street-tree-inventory">español</option></select>
<button class="btn btn-default d-none " type="submit">Go</button></form></div></div></div></footer>
<script src="/webassets/webassets-external/8a5b4b8b_main.js" type="text/javascript"></script></body></html>`;
const ckan: TestPage = {
  name: 'heldout221-ckan-open-data-dataset',
  kind: 'docs',
  html: ckHtml,
  // the dataset's notes (with their h2s) are the article; the resource list (names, descriptions, formats), the Additional Info
  // table and the tags are in neither list as the dataset's metadata, except the labels and buttons around them (furniture)
  title: ckTitle,
  headings: ckH,
  body: texts([...ckP1, ...ckFields, ...ckP2, ...ckP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', 'Register', ...ckNav, 'Search Datasets', 'Home', 'Organizations', 'Parks and Recreation', ...ckOrg.slice(1), ...ckSocial,
    ...ckLicense.slice(0, 2), 'Data and Resources', ...ckExplore, 'Tags', 'Additional Info', ...ckFoot, 'Powered by', 'CKAN', 'Language', 'English',
    'español', 'Go',
  ],
};

export const HELDOUT221_E: readonly TestPage[] = [ckan, uswds311];
