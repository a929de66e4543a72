import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file b: a cost estimate on a Drupal site built like a legislative budget office's (a data page whose
 * main text is short, with the estimate table, the "At a Glance" box, the publication fields and the related-publications
 * rail) and a report summary of a parliamentary budget officer on the Canada.ca (GCWeb / WET) template.
 */
const eTitle = 'H.R. 4127, Rural Broadband Loan Modernization Act of 2026';
const eH = ['Bill Summary', 'Estimated Federal Cost', 'Basis of Estimate', 'Pay-As-You-Go Considerations'];
const eLead = [
  j(
    'H.R. 4127 would authorize the Rural Utilities Service to guarantee loans for broadband networks in communities with fewer',
    'than 20,000 residents and would raise the cap on direct loans under the existing program. LBO estimates that implementing',
    'the bill would cost $412 million over the 2026-2031 period, assuming appropriation of the necessary amounts.',
  ),
  'Enacting the bill would not affect direct spending or revenues; therefore, pay-as-you-go procedures do not apply.',
];
const e1 = [
  j(
    'The bill would create a loan guarantee program covering up to 80 percent of the principal of eligible loans and would',
    'raise the annual limit on direct loans from $600 million to $900 million. It also would require the agency to publish',
    'coverage maps every two years.',
  ),
];
const e2 = [
  j(
    'The estimated budgetary effect of H.R. 4127 is shown in Table 1. The costs of the legislation fall within',
    'budget function 370 (commerce and housing credit).',
  ),
];
const eRows: readonly (readonly string[])[] = [
  ['Estimated Authorization', '38', '71', '96', '104', '109', '418'],
  ['Estimated Outlays', '21', '58', '88', '118', '127', '412'],
];
const e3 = [
  j(
    'Under the Federal Credit Reform Act, the cost of a loan guarantee is the net present value of expected defaults less',
    'fees. Using the agency’s historical performance for rural telecommunications loans, LBO estimates a subsidy rate of',
    '6.4 percent for guaranteed loans and 3.1 percent for the additional direct loans.',
  ),
  j(
    'LBO expects that demand would ramp up over three years as lenders learn the program. Administrative costs to publish',
    'coverage maps and review applications would total about $14 million over the period.',
  ),
];
const e4 = ['None.'];
const eNav = ['Topics', 'Budget Analysis', 'Cost Estimates', 'Data', 'About LBO'];
const eRelated = ['S. 1890, Broadband Mapping Accuracy Act', 'Federal Credit Programs: Subsidy Rates for 2026', 'An Update to the Budget Outlook'];
const eFoot = ['Contact', 'Careers', 'Privacy Policy', 'Accessibility', 'Open Government'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${eTitle} | Legislative Budget Office</title><meta name="description" content="${eLead[0]?.slice(0, 150)}">
<link rel="canonical" href="https://www.lbo.example/publication/61288"><meta property="og:site_name" content="Legislative Budget Office">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/61288"},"lbo":{"pubType":"cost-estimate"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm2v.css"><script src="/core/misc/drupal.js?v=10.3.1"></script></head>
<body class="path-node page-node-type-publication cost-estimate"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="site-header">
<div class="region region-header"><a href="/" rel="home" class="site-logo">Legislative Budget Office</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(eNav, 'menu-item')}</ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article role="article" class="node node--type-publication node--view-mode-full"><div class="publication-header">
<div class="field field--name-field-publication-type">Cost Estimate</div>
<h1 class="page-title"><span class="field field--name-title">${eTitle}</span></h1>
<div class="field field--name-field-bill-status">As ordered reported by the House Committee on Agriculture on February 4, 2026</div>
<div class="field field--name-field-display-date"><time datetime="2026-03-02T12:00:00Z">March 2, 2026</time></div></div>
<div class="publication-body layout--two-col"><div class="layout__region layout__region--first">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(eLead)}
<h2>${eH[0]}</h2>
${ps(e1)}
<h2>${eH[1]}</h2>
${ps(e2)}
<table class="cost-estimate-table"><caption>Table 1. Estimated Increases in Spending Subject to Appropriation Under H.R. 4127</caption>
<thead><tr><th>By Fiscal Year, Millions of Dollars</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th><th>2031</th><th>2026-2031</th></tr></thead><tbody>
${eRows.map((r) => row(r, 'td')).join('\n')}
</tbody></table>
<p class="table-note">Components may not sum to totals because of rounding. LBO = Legislative Budget Office.</p>
<h2>${eH[2]}</h2>
${ps(e3)}
<h2>${eH[3]}</h2>
${ps(e4)}
<p class="estimate-prepared-by">Estimate prepared by: Federal costs: Odalys Verhoeven; Mandates: Priya Castellanos</p>
<p class="estimate-approved-by">Estimate reviewed by: Harlan Mbeki, Chief, Natural and Physical Resources Cost Estimates Unit</p>
</div></div>
<aside class="layout__region layout__region--second"><div class="at-a-glance"><h2 class="block-title">At a Glance</h2><dl>
<dt>Congress</dt><dd>119th Congress (2025-2026)</dd><dt>Committee</dt><dd>House Agriculture</dd><dt>Mandates</dt>
<dd>No intergovernmental or private-sector mandates</dd>
</dl></div>
<div class="publication-downloads"><a class="button download" href="/system/files/2026-03/hr4127.pdf">Download PDF</a>
<a class="button download" href="/system/files/2026-03/hr4127-table.xlsx">Estimate Table (XLSX)</a></div>
<div class="views-element-container related-publications"><h2 class="block-title">Related Publications</h2><ul>${links(eRelated, 'views-row')}</ul></div>
</aside></div></article></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu menu--footer">${links(eFoot, 'menu-item')}</ul>
<p class="footer-address">Legislative Budget Office · Ford House Office Building, 4th Floor · Second and D Streets, SW</p></footer></div>
<script src="/sites/default/files/js/js_Lk81.js"></script></body></html>`;
const lbo: TestPage = {
  name: 'heldout396-drupal-cost-estimate-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([
    ...eLead,
    ...e1,
    ...e2,
    ...eRows.flat(),
    'Components may not sum to totals because of rounding. LBO = Legislative Budget Office.',
    ...e3,
    ...e4,
  ]),
  bylines: [
    'As ordered reported by the House Committee on Agriculture on February 4, 2026',
    'March 2, 2026',
    'Estimate prepared by: Federal costs: Odalys Verhoeven; Mandates: Priya Castellanos',
    'Estimate reviewed by: Harlan Mbeki, Chief, Natural and Physical Resources Cost Estimates Unit',
  ],
  furniture: [
    'Skip to main content',
    'Main navigation',
    ...eNav,
    'Cost Estimate',
    'At a Glance',
    'Congress',
    '119th Congress (2025-2026)',
    'Committee',
    'House Agriculture',
    'Mandates',
    'No intergovernmental or private-sector mandates',
    'Download PDF',
    'Estimate Table (XLSX)',
    'Related Publications',
    ...eRelated,
    ...eFoot,
    'Legislative Budget Office · Ford House Office Building, 4th Floor · Second and D Streets, SW',
  ],
};

/*
 * A parliamentary budget officer's report summary on the Canada.ca GCWeb template: language toggle, the theme menu,
 * breadcrumbs, "On this page" list, the download box, the "Report a problem" button, "Date modified" and the footer.
 */
const pTitle = 'Fiscal Sustainability Report 2026: Summary';
const pH = ['Key findings', 'Federal government', 'Provinces and territories', 'Public pension plans'];
const pIntro = [
  j(
    'This report assesses whether current fiscal policy can be maintained over the long term without debt rising continuously',
    'as a share of the economy. It covers the federal government, the provinces and territories combined, and the two public',
    'pension plans, over a 75-year horizon.',
  ),
];
const pKey = [
  'Federal fiscal policy is sustainable: the debt-to-GDP ratio falls from 42.1 per cent in 2025-26 to zero by 2071.',
  'Subnational fiscal policy is not sustainable under current settings; a permanent adjustment of 0.9 per cent of GDP would be needed.',
  'Both public pension plans are sustainable at their current contribution rates.',
];
const pFed = [
  j(
    'The federal government has room to cut taxes or raise spending by 1.4 per cent of GDP, about $44 billion in today’s',
    'terms, and still keep its debt ratio at its current level. That room is smaller than in last year’s report because',
    'of higher projected interest rates and the cost of the new dental and pharmacare programs.',
  ),
];
const pProv = [
  j(
    'Health spending is the main pressure on provinces and territories. As the population ages, health costs rise from 8.3 to',
    '11.6 per cent of GDP by 2060, while the growth in federal transfers is tied to nominal GDP. The fiscal gap varies widely',
    'by province; four provinces have sustainable policy on their own.',
  ),
  '“The gap is not a forecast of a crisis; it is a measure of the choices that will need to be made,” the report notes.',
];
const pPen = [
  j(
    'The national pension plan and the provincial plan it parallels both have contribution rates above the minimum needed',
    'to remain sustainable, by 0.3 and 0.5 percentage points respectively.',
  ),
  j(
    'The assessment assumes no change in current policy. It does not predict what future governments will do, and the results',
    'are sensitive to assumptions about productivity growth, interest rates and immigration, which the full report tests',
    'in a series of alternative scenarios.',
  ),
];
const pCrumbs = ['Canada.ca', 'Office of the Budget Officer to Parliament', 'Publications'];
const pFoot = ['All contacts', 'Departments and agencies', 'About government'];
const pFoot2 = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const pHtml = `<!DOCTYPE html><!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]-->
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${pTitle} - Office of the Budget Officer to Parliament</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="dcterms.title" content="${pTitle}">
<meta name="dcterms.creator" content="Office of the Budget Officer to Parliament"><meta name="dcterms.issued" title="W3CDTF" content="2026-02-19">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<link rel="stylesheet" href="https://www.canada.example/etc/designs/canada/wet-boew/css/theme.min.css">
<script>dataLayer = [{"pageTitle":"${pTitle}","pageType":"report-summary"}];</script>
<script src="https://www.canada.example/etc/designs/canada/wet-boew/js/jquery/2.2.4/jquery.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language selection</h2>
<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/rapports/viabilite-2026.html">Français</a></li></ul></section>
<div class="row"><div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
<a href="https://www.canada.example/en.html" property="url"><img src="/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.example/en/sr/srb.html" method="get" name="cse-search-box" role="search"><input id="wb-srch-q" type="search" name="q"
placeholder="Search Canada.ca"><button type="submit" id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub">Search</button></form></section>
</div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true"
aria-expanded="false">Main <span class="wb-inv">Menu</span></button></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(pCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" class="container" typeof="WebPageElement">
<h1 property="name" id="wb-cont">${pTitle}</h1>
<div class="row"><div class="col-md-8">
${ps(pIntro)}
<section class="alert alert-info"><h2 class="h5">On this page</h2><ul>${pH.map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('\n')}</ul></section>
<h2 id="s0">${pH[0]}</h2><ul class="lst-spcd">${pKey.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="s1">${pH[1]}</h2>${ps(pFed)}
<h2 id="s2">${pH[2]}</h2>${ps(pProv.slice(0, 1))}<blockquote><p>${pProv[1]}</p></blockquote>
<h2 id="s3">${pH[3]}</h2>${ps(pPen)}
</div><div class="col-md-4"><section class="panel panel-primary"><header class="panel-heading"><h2 class="panel-title">Download the full report</h2></header>
<div class="panel-body"><ul class="list-unstyled"><li><a href="/reports/fsr-2026-en.pdf">Full report (PDF, 2.4 MB)</a></li>
<li><a href="/reports/fsr-2026-data.xlsx">Supplementary data tables</a></li></ul><p>Prepared by: Aurèle Tremblay-Nakamura and Joanna Sivertsen</p></div>
</section></div></div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6 col-md-5 col-lg-4">
<button class="btn btn-default btn-block" data-gc-analytics-customclick="Report a problem">Report a problem or mistake on this page</button></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-02-19</time></dd></dl></section></main>
<footer id="wb-info"><h2 class="wb-inv">About government</h2><div class="gc-contextual"><div class="container"><nav>
<h3>Office of the Budget Officer to Parliament</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3"><li><a href="/contact">Contact the Office</a></li><li><a href="/mandate">Our mandate</a></li></ul></nav>
</div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul class="list-col-xs-1">${links(pFoot)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container"><nav><h3 class="wb-inv">Government of Canada Corporate</h3><ul>${links(pFoot2)}</ul></nav></div></div>
</footer>
<script src="https://www.canada.example/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></body></html>`;
const gcweb: TestPage = {
  name: 'heldout396-canada-gcweb-report-summary-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, ...pKey, ...pFed, ...pProv, ...pPen]),
  bylines: ['Prepared by: Aurèle Tremblay-Nakamura and Joanna Sivertsen', '2026-02-19'],
  furniture: [
    'Skip to main content',
    'Skip to "About government"',
    'Language selection',
    'Français',
    'Search',
    'You are here:',
    ...pCrumbs,
    'On this page',
    'Download the full report',
    'Full report (PDF, 2.4 MB)',
    'Supplementary data tables',
    'Page details',
    'Report a problem or mistake on this page',
    'Date modified:',
    'About government',
    'Contact the Office',
    'Our mandate',
    'Government of Canada',
    ...pFoot,
    'Government of Canada Corporate',
    ...pFoot2,
  ],
};

export const HELDOUT396_B: readonly TestPage[] = [lbo, gcweb];
