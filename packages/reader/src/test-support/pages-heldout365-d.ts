import { links, ps, type TestPage, texts } from './page-kit.js';
import { usPolicy } from './pages-heldout365-d2.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file d: a CanadaBuys-style award notice on the Canada.ca (WET / GCWeb) template (language toggle,
 * "Government of Canada" signature, the GC menu, breadcrumb, the notice's short award text, the award details list, the
 * "Report a problem" form, "Date modified" and the main and sub footers) and, from file d2, a federal procurement policy page
 * on the U.S. Web Design System.
 */
const aTitle = 'Award notice: Snow clearing and ice control, Kestrel Bay federal buildings (EP771-260412/A)';
const aHeads = ['Description', 'Award details'];
const aDesc = [
  j(
    'Public Services and Procurement Canada, on behalf of the regional property management office, has awarded a contract for',
    'snow clearing and ice control at five federal buildings in Kestrel Bay. The contract covers parking lots, loading docks,',
    'sidewalks and building entrances for the winter seasons from November 2026 to April 2029, with two one-year option periods.',
  ),
  j(
    'The requirement was advertised as an open competitive solicitation and six bids were received. The contract was awarded to',
    'the responsive bidder with the lowest evaluated price, following a technical evaluation of equipment availability, response',
    'times and the proposed snow storage plan.',
  ),
  j(
    'The contractor must begin clearing within one hour once snowfall reaches five centimetres and must complete priority',
    'walkways before 7 a.m. on working days. The use of chloride-based de-icers near the heritage entrance of the Kestrel Bay Post',
    'Office building is restricted, and an alternative product has been approved for that area.',
  ),
  j(
    'The contractor is also responsible for removing snow from the roofs of two low-rise buildings when the load approaches the',
    'design limit set out in the structural report, and for keeping a daily log of conditions, equipment used and the quantity of',
    'de-icing material applied at each site. The log must be made available to the project authority at any time.',
  ),
  j('Unsuccessful bidders may request a debriefing from the contracting authority within 15 working days of the publication of', 'this notice.'),
];
const aAward = [
  'Contractor: Tidewater Grounds Ltd., 88 Harbour Road, Kestrel Bay',
  'Contract value: $1,284,600.00 (including applicable taxes, initial period)',
  'Contract period: 2026-11-01 to 2029-04-30',
  'Number of bids received: 6',
];
const aMenu = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes', 'More services'];
const aCrumbs = ['Canada.ca', 'CanadaBuys', 'Tender opportunities', 'Award notices'];
const aFoot = ['All contacts', 'Departments and agencies', 'About government'];
const aSub = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const aHtml = `<!DOCTYPE html><html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${aTitle} - CanadaBuys</title><meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="dcterms.title" content="${aTitle}"><meta name="dcterms.creator" content="Public Services and Procurement Canada">
<meta name="dcterms.issued" title="W3CDTF" content="2026-06-19"><meta name="dcterms.language" title="ISO639-2/T" content="eng">
<link rel="stylesheet" href="https://www.canada.example/etc/designs/canada/wet-boew/css/theme.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${aTitle}"}</script>
<script src="https://assets.adobedtm.example/launch-EN.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language
selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/avis"><span
class="hidden-xs">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.example/en.html"
property="url">
<img src="/wet-boew/assets/sig-blk-en.svg" alt="" property="logo"><span class="wb-inv" property="name"> Government of Canada /
<span lang="fr">Gouvernement du Canada</span></span></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2><form action="/search" method="get"
role="search" class="form-inline"><label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input id="wb-srch-q" class="wb-srch-q form-control"
name="q" type="search"></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true"
aria-expanded="false">Main <span class="wb-inv">Menu</span></button><ul role="menu">${links(aMenu)}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(aCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" class="container" typeof="WebPageElement"><h1 property="name" id="wb-cont">${aTitle}</h1>
<div class="row"><div class="col-md-8"><section class="alert alert-info"><p>Notice type: Contract award notice. Solicitation number:
EP771-260412/A.</p></section>
<h2>${aHeads[0]}</h2>
${ps(aDesc)}
<h2>${aHeads[1]}</h2>
<ul>${aAward.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div><aside class="col-md-4"><section class="panel panel-default"><header class="panel-heading"><h3 class="panel-title">Contact information</h3></header>
<div class="panel-body"><p>Contracting authority: Mireille Ostrander</p><p>Phone: 902-555-0183</p><p>Email: tpsgc.kestrelbay@pwgsc.example</p></div></section>
<section class="panel panel-default"><header class="panel-heading"><h3 class="panel-title">Notice dates</h3></header><div class="panel-body">
<p>Publication date: 2026-06-19</p><p>Amendment date: None</p></div></section></aside></div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-8 col-md-9 col-lg-9"><div class="wb-disable-allow">
<a href="#" class="btn btn-default btn-block">Report a problem or mistake on this page</a></div></div>
<div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share" data-wb-share='{"lnkClass": "btn btn-default btn-block"}'><button class="btn btn-default
btn-block">Share this page</button></div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-06-19</time></dd></dl></section></main>
<footer id="wb-info"><h2 class="wb-inv">About this site</h2><div class="gc-contextual"><div class="container"><nav><h3>CanadaBuys</h3><ul
class="list-col-xs-1">
${links(['Contact CanadaBuys', 'Help and support'])}</ul></nav></div></div><div class="gc-main-footer"><div class="container"><nav><h3>Government of
Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(aFoot)}</ul></nav></div></div><div class="gc-sub-footer"><div class="container d-flex
align-items-center">
<nav><h3 class="wb-inv">Government of Canada Corporate</h3><ul>${links(aSub)}</ul></nav></div></div></footer>
<script src="https://www.canada.example/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script><script>_satellite.pageBottom();</script></body></html>`;
const canadaAward: TestPage = {
  name: 'heldout365-canadabuys-award-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aDesc, ...aAward]),
  bylines: ['Publication date: 2026-06-19', 'Date modified:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Government of Canada / Gouvernement du Canada', 'Search Canada.ca',
    ...aMenu, 'You are here:', ...aCrumbs, 'Notice type: Contract award notice. Solicitation number: EP771-260412/A.', 'Contact information',
    'Contracting authority: Mireille Ostrander', 'Phone: 902-555-0183', 'Email: tpsgc.kestrelbay@pwgsc.example', 'Notice dates', 'Amendment date: None',
    'Page details', 'Report a problem or mistake on this page', 'Share this page', 'About this site', 'Contact CanadaBuys', 'Help and support',
    ...aFoot, ...aSub, 'Government of Canada Corporate',
  ],
};

export const HELDOUT365_D: readonly TestPage[] = [canadaAward, usPolicy];
