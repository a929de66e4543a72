import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout345-kit.js';

/**
 * Held-out batch 345, file a: a county dataset page on a data.gov-style CKAN 2.10 catalog (USWDS government banner,
 * masthead nav, breadcrumb toolbar, organization and social sidebar modules, resource list, Additional Info table, footer)
 * and a Socrata dataset landing page (site chrome header, metadata and "What's in this Dataset?" panels, column table,
 * Tyler consent banner, site chrome footer).
 */
const cTitle = 'Street Tree Inventory, 2025 Survey';
const cIntro = [
  j(
    'This dataset lists every tree growing in the public right-of-way that was recorded during the 2025 street tree survey of',
    'Larkspur County. Each record is one tree, located by a surveyed point and linked to the nearest street segment.',
  ),
  j(
    'The survey was carried out between April and October 2025 by county arborists and trained volunteers, who walked every',
    'residential and arterial street outside the incorporated towns. Trees in parks, cemeteries and school grounds are not included.',
  ),
];
const cMethod = [
  j(
    'Surveyors recorded species, trunk diameter at breast height, canopy spread and a condition rating for each tree, using a',
    'tablet form with a fixed species list of 212 names. Locations were captured with a consumer GPS and then snapped to the',
    'curb line where the error exceeded four metres.',
  ),
  'Condition was rated on a five-point scale:',
];
const cScale = [
  '<strong>Excellent</strong>: full crown, no visible defects.',
  '<strong>Good</strong>: minor dieback or small wounds.',
  '<strong>Fair</strong>: noticeable dieback, cavities or root damage.',
  '<strong>Poor</strong>: major structural defects; inspection advised.',
  '<strong>Dead</strong>: standing dead tree awaiting removal.',
];
const cLimits = [
  j(
    'About 3 percent of records carry the species value <code>Unknown</code>, mostly young trees without leaves at the time of',
    'the visit. Diameters under 5 cm were not measured and are stored as empty values.',
  ),
  j(
    'The 2019 inventory used a different condition scale, so the two surveys should not be compared tree by tree. A crosswalk',
    'table is published with the resources below.',
  ),
  j(
    'Species names follow the county planting guide. Cultivars are folded into their parent species, so a Princeton elm and an',
    'American elm share one value. Users who need cultivar detail can request the field notes from the GIS office.',
  ),
  j(
    'Coordinates are given in WGS 84. The point marks the centre of the trunk at ground level, not the centre of the crown, which',
    'matters for leaning trees along narrow verges.',
  ),
];
const cHeadings = ['Survey method', 'Known limitations'];
const cNav = ['Data', 'Topics', 'Impact', 'Applications', 'Developers', 'Contact'];
const cCrumbs = ['Home', 'Organizations', 'Larkspur County', 'Street Tree Inventory, 2...'];
const cRes = ['Street trees (CSV)', 'Street trees (GeoJSON)', 'Condition crosswalk 2019-2025', 'ArcGIS REST service'];
const cTags = ['arboriculture', 'environment', 'street-trees', 'urban-forest', 'tree-canopy'];
const cFoot = ['About', 'Privacy Policy', 'Accessibility', 'USA.gov', 'Freedom of Information Act'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} - Catalog</title>
<meta name="generator" content="ckan 2.10.5"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${cTitle} - Catalog"><meta property="og:description" content="Every tree in the public right-of-way, 2025 survey.">
<link rel="stylesheet" href="/webassets/base/main.css"><link rel="stylesheet" href="/webassets/datagov/datagov.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"${cTitle}",
"license":"https://creativecommons.org/publicdomain/zero/1.0/"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-CATALOG');</script></head>
<body data-site-root="https://catalog.example.gov/" data-locale-root="https://catalog.example.gov/">
<section class="usa-banner" aria-label="Official government website"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here's how you know</span></button>
</div></header></div></section>
<div class="hide"><a href="#content">Skip to content</a></div>
<header class="masthead"><div class="container"><a class="logo" href="/"><img src="/images/logo.svg" alt="Catalog home" width="180"></a>
<nav class="section navigation"><ul class="nav nav-pills">${links(cNav)}</ul></nav>
<form class="section site-search simple-input" action="/dataset/" method="get"><label for="field-sitewide-search">Search Datasets</label>
<input id="field-sitewide-search" type="text" class="form-control" name="q" placeholder="Search"></form></div></header>
<div class="main"><div id="content" class="container"><div class="toolbar" role="navigation" aria-label="Breadcrumb">
<ol class="breadcrumb">${links(cCrumbs)}</ol></div>
<div class="row wrapper"><div class="primary col-md-9 col-xs-12" role="main"><article class="module"><div class="module-content">
<div class="actions"><span class="badge badge-info">Federal</span></div>
<h1>${cTitle}</h1>
<p class="text-muted dataset-metadata">Metadata Updated: January 14, 2026</p>
<div class="notes embedded-content">
${ps(cIntro)}
<h3>${cHeadings[0]}</h3>
${ps(cMethod)}
<ul>${lis(cScale)}</ul>
<h3>${cHeadings[1]}</h3>
${ps(cLimits)}
</div>
<p class="dataset-publisher">Access &amp; Use Information</p><div class="alert alert-info"><span class="fa fa-unlock"></span>
Public: This dataset is intended for public access and use. <span>License: Creative Commons CCZero</span></div>
<section id="dataset-resources" class="resources"><h3>Downloads &amp; Resources</h3><ul class="resource-list">
${cRes
  .map(
    (r, i) => `<li class="resource-item" data-id="r${i}"><a class="heading" href="/dataset/street-trees/resource/r${i}" title="${r}">${r}
<span class="format-label" property="dc:format" data-format="${['csv', 'geojson', 'csv', 'esri'][i] ?? ''}">format</span></a>
<div class="dropdown btn-group"><a href="#" class="btn btn-primary dropdown-toggle">Visit page</a></div></li>`,
  )
  .join('\n')}
</ul></section>
<section class="tags"><h3>Tags:</h3><ul class="tag-list">${links(cTags)}</ul></section>
<section class="additional-info"><h3>Additional Metadata</h3><table class="table table-striped table-bordered table-condensed">
<thead><tr><th scope="col">Resource Type</th><th scope="col">Dataset</th></tr></thead><tbody>
<tr><th class="dataset-label">Metadata Created Date</th><td class="dataset-details">March 2, 2026</td></tr>
<tr><th class="dataset-label">Publisher</th><td class="dataset-details">Larkspur County GIS Office</td></tr>
<tr><th class="dataset-label">Unique Identifier</th><td class="dataset-details">lcgis-trees-2025</td></tr></tbody></table></section>
</div></article></div>
<aside class="secondary col-md-3 col-xs-12"><section class="module module-narrow"><h2 class="module-heading">Publisher</h2>
<div class="module-content"><h1 class="heading">Larkspur County</h1><p>Geographic data published by the county GIS office.</p>
<a href="/organization/larkspur-county" class="read-more">Read more</a></div></section>
<section class="module module-narrow social"><h2 class="module-heading">Share on Social Sites</h2><ul class="nav nav-simple">
<li class="nav-item"><a href="https://twitter.example/share" target="_blank">Twitter</a></li>
<li class="nav-item"><a href="https://facebook.example/sharer" target="_blank">Facebook</a></li></ul></section>
<section class="module module-narrow"><h2 class="module-heading">Related Datasets</h2><ul class="nav nav-simple">
${links(['Park Tree Inventory, 2024', 'Tree Planting Requests', 'Urban Heat Island Survey 2023'], 'nav-item')}</ul></section></aside></div></div></div>
<footer class="site-footer"><div class="container"><ul class="footer-links">${links(cFoot)}</ul>
<p class="attribution">Powered by CKAN, an open source data portal platform.</p></div></footer>
<script src="/webassets/vendor/jquery.js"></script><script src="/webassets/base/main.js"></script></body></html>`;
const ckan: TestPage = {
  name: 'heldout345-ckan-datagov-dataset',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([...cIntro, ...cMethod, ...cScale, ...cLimits]),
  bylines: ['Metadata Updated: January 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'Skip to content', ...cNav, 'Search Datasets',
    'Home', 'Organizations', 'Street Tree Inventory, 2...',
    'Federal', 'Access & Use Information', 'Public: This dataset is intended for public access and use.', 'License: Creative Commons CCZero',
    'Downloads & Resources', ...cRes, 'Visit page', 'Tags:', ...cTags, 'Additional Metadata', 'Publisher', 'Larkspur County GIS Office',
    'Geographic data published by the county GIS office.', 'Read more', 'Share on Social Sites', 'Twitter', 'Facebook', 'Related Datasets',
    'Park Tree Inventory, 2024', 'Tree Planting Requests', 'Urban Heat Island Survey 2023', 'Privacy Policy', 'Accessibility', 'USA.gov',
    'Freedom of Information Act', 'Powered by CKAN, an open source data portal platform.',
  ],
};

const sTitle = 'Food Truck Permits and Vending Locations';
const sDesc = [
  j(
    'Active mobile food vending permits issued by the market licensing office of the City of Brennock, with the approved',
    'vending locations and hours for each permit. The list is refreshed every weekday morning from the permitting system.',
  ),
  j(
    'A permit may list up to four locations. Each row in this dataset is one permit at one location, so a truck with three',
    'approved spots appears three times with the same permit number. Locations on private lots are shown only when the owner',
    'has agreed to publication.',
  ),
  'Things to know before using this data:',
];
const sNotes = [
  'Hours are local time and describe the approved window, not the hours a truck actually operates on a given day.',
  'Permits suspended for inspection remain in the dataset with the status <code>SUSPENDED</code> until they are reinstated or revoked.',
  'Coordinates are the approved curb position and can be off by a few metres from where a truck parks.',
  'Seasonal permits for the riverfront market are issued in March and expire on October 31.',
];
const sMore = [
  j(
    'Questions about individual permits should go to the Public Markets licensing desk. Corrections to a location can be requested',
    'through the feedback form on this page; they are reviewed within five working days.',
  ),
];
const sUse = [
  j(
    'The dataset is used by the city to plan kerbside works around approved vending spots and by neighbourhood groups to see which',
    'streets have permitted vendors. It is not a live map: a truck may be away from its spot for repairs, weather or private events.',
  ),
  j(
    'Older permits, expired for more than a year, are moved to a separate archive dataset each January so that this list stays',
    'focused on current vending. Permit numbers are never reused, so records can be matched across the two datasets.',
  ),
];
const sNav = ['Home', 'Browse Data', 'Maps', 'Developers', 'Help'];
const sMeta: [string, string][] = [
  ['Data Last Updated', 'March 5, 2026'],
  ['Metadata Last Updated', 'February 20, 2026'],
  ['Date Created', 'June 11, 2021'],
];
const sCols: [string, string, string][] = [
  ['permit_number', 'Permit identifier issued by Public Markets', 'Text'],
  ['business_name', 'Registered trading name of the vendor', 'Text'],
  ['location_address', 'Approved vending address or intersection', 'Text'],
  ['vending_hours', 'Approved vending window', 'Text'],
  ['permit_status', 'Permit status: ACTIVE, SUSPENDED or EXPIRED', 'Text'],
  ['curb_point', 'Point of the approved curb position', 'Point'],
];
const sFoot = ['Accessibility', 'Privacy', 'Terms of Use', 'Contact Us'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sTitle} | Open Data Brennock</title>
<meta name="description" content="Active mobile food vending permits with approved locations and hours.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Open Data Brennock">
<link rel="stylesheet" media="all" href="/stylesheets/dataset-landing-page.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Dataset","name":"${sTitle}","dateModified":"2026-03-05",
"creator":{"@type":"Organization","name":"Department of Public Markets"}}</script>
<script>var socrataConfig={"domain":"data.brennock.example","locale":"en","featureFlags":{"enable_dataset_landing_page":true}};
var sessionData={"userId":null};</script></head>
<body class="dataset-landing-page-body"><div id="site-chrome-header" class="site-chrome-header"><header id="site-chrome-header" role="banner"
class="desktop"><div class="header-content"><a href="/" class="logo"><img src="/api/assets/LOGO.png" alt="Open Data Brennock"><span
class="site-name">Open Data Brennock</span></a>
<nav class="site-chrome-nav"><ul class="site-chrome-nav-links">${links(sNav, 'site-chrome-nav-link')}</ul></nav>
<div class="header-search"><input type="search" aria-label="Search" placeholder="Search"></div>
<a class="site-chrome-nav-link sign-in" href="/login">Sign In</a></div></header></div>
<div id="app"><div class="dataset-landing-page"><section class="landing-page-section landing-page-header"><div class="landing-page-header-title">
<h1 class="dataset-name">${sTitle}</h1>
<div class="entry-header-actions"><button class="btn btn-simple btn-sm view-data">View Data</button>
<button class="btn btn-simple btn-sm visualize">Visualize</button><button class="btn btn-simple btn-sm export-dataset">Export</button>
<button class="btn btn-simple btn-sm api-btn">API</button><button class="btn btn-simple btn-sm share-btn">Share</button></div></div>
<div class="entry-description-container"><div class="entry-description">
${ps(sDesc)}
<ul>${lis(sNotes)}</ul>
${ps(sMore)}
${ps(sUse)}
</div></div></section>
<section class="landing-page-section metadata-section"><h2 class="landing-page-section-heading">About this Dataset</h2>
<div class="section-content"><div class="metadata-column fixed"><div class="metadata-section"><h3 class="metadata-subheader">Updated</h3>
<dl class="metadata-pair-list">${sMeta
  .map(
    ([k, v]) => `<div class="metadata-pair"><dt class="metadata-pair-key">${k}</dt>
<dd class="metadata-pair-value">${v}</dd></div>`,
  )
  .join('\n')}</dl></div>
<div class="metadata-row middle"><div class="metadata-pair"><dt class="metadata-pair-key">Views</dt><dd class="metadata-pair-value">18.2K</dd></div>
<div class="metadata-pair"><dt class="metadata-pair-key">Downloads</dt><dd class="metadata-pair-value">2,913</dd></div></div>
<div class="metadata-pair"><dt class="metadata-pair-key">Data Provided by</dt><dd class="metadata-pair-value">Department of Public Markets</dd></div>
<div class="metadata-pair"><dt class="metadata-pair-key">Dataset Owner</dt><dd class="metadata-pair-value">Tamsin Oyelaran</dd></div>
<button class="btn btn-default btn-sm contact-owner">Contact Dataset Owner</button></div>
<div class="metadata-column tables"><h3 class="metadata-subheader">Topics</h3><table class="metadata-table"><tbody>
<tr><td>Category</td><td>Business &amp; Licensing</td></tr><tr><td>Tags</td><td>food trucks, permits, vending</td></tr></tbody></table>
<h3 class="metadata-subheader">Licensing and Attribution</h3><table class="metadata-table"><tbody>
<tr><td>License</td><td>Open Data Commons Public Domain Dedication</td></tr></tbody></table></div></div></section>
<section class="landing-page-section schema-preview"><h2 class="landing-page-section-heading">What's in this Dataset?</h2>
<div class="section-content"><dl class="schema-preview-stats"><dt>Rows</dt><dd>1,384</dd><dt>Columns</dt><dd>6</dd><dt>Each row is a</dt>
<dd>Permit location</dd></dl><h3 class="table-caption">Columns in this Dataset</h3><table class="table table-condensed schema-table">
<thead><tr><th>Column Name</th><th>Description</th><th>Type</th></tr></thead><tbody>
${sCols
  .map(
    ([n, d, t]) => `<tr class="column-summary"><td class="column-name">${n}</td><td class="column-description">${d}</td>
<td class="column-type"><span class="type-name">${t}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table><button class="btn btn-default btn-sm show-more">Show All (6)</button></div></section>
<section class="landing-page-section related-views"><h2 class="landing-page-section-heading">Community Creations</h2>
<ul class="media-results">${links(['Food trucks near transit stops', 'Riverfront market vendors 2025 map'], 'result-card')}</ul></section></div></div>
<footer id="site-chrome-footer" class="site-chrome-footer" role="contentinfo"><div class="footer-content"><ul class="footer-links">${links(sFoot)}</ul>
<p class="footer-copyright">© 2026 City of Brennock</p><p class="powered-by">Powered by Data &amp; Insights</p></div></footer>
<div id="tyler-consent" class="consent-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to analyze site traffic and improve
your experience. You can choose which cookies to allow.</p><button class="accept-all">Accept All</button><button class="manage">Manage Preferences</button>
</div><script src="/javascripts/dataset-landing-page.js"></script></body></html>`;
const socrata: TestPage = {
  name: 'heldout345-socrata-dataset',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sDesc, ...sNotes, ...sMore, ...sUse]),
  bylines: ['March 5, 2026', 'February 20, 2026', 'June 11, 2021', 'Tamsin Oyelaran'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Data Brennock', ...sNav, 'Sign In', 'View Data', 'Visualize', 'Export', 'API', 'Share', 'About this Dataset', 'Updated', 'Data Last Updated',
    'Metadata Last Updated', 'Date Created', 'Views', '18.2K', 'Downloads', '2,913', 'Data Provided by', 'Department of Public Markets', 'Dataset Owner',
    'Contact Dataset Owner', 'Topics', 'Category', 'Business & Licensing', 'food trucks, permits, vending', 'Licensing and Attribution', 'License',
    'Open Data Commons Public Domain Dedication', "What's in this Dataset?", 'Rows', '1,384', 'Columns', 'Each row is a', 'Permit location',
    'Columns in this Dataset', 'Column Name', 'Description', 'Type', ...sCols.flat(), 'Show All (6)',
    'Community Creations', 'Food trucks near transit stops', 'Riverfront market vendors 2025 map', ...sFoot,
    '© 2026 City of Brennock', 'Powered by Data & Insights',
    'We use cookies to analyze site traffic and improve your experience. You can choose which cookies to allow.', 'Accept All', 'Manage Preferences',
  ],
};

export const HELDOUT345_A: readonly TestPage[] = [ckan, socrata];
