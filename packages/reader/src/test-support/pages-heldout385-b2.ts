import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file b2: a Canadian travel advice page on the Canada.ca (GCWeb / WET) template (language toggle, the
 * government signature, search, the theme menu, breadcrumb, "Last updated" / "Still valid" lines, the risk level banner,
 * the wb-tabs tab list with the "Safety and security" and "Entry and exit requirements" panels, the report-a-problem
 * block, "Date modified" and the three-band footer).
 */
const cTitle = 'Travel advice and advisories for Orsolan';
const cRisk = [
  j(
    'Exercise a high degree of caution in Orsolan due to sporadic political violence and high levels of crime. Pay close attention to',
    'your personal security at all times.',
  ),
];
const cSafety = [
  j(
    'Opposition parties have called for nationwide strikes ahead of the general election planned for June. Strikes and roadblocks can',
    'disrupt road and air transport, including access to Dunmere International Airport.',
  ),
  'Avoid areas where demonstrations and large gatherings are taking place.',
  'Follow the instructions of local authorities.',
  'Monitor local media for information on ongoing demonstrations.',
  j(
    'Street crime, including purse snatching, is common in Dunmere and in the historic centre of Port Calvo. Thieves are active on',
    'crowded minibuses and at bus terminals.',
  ),
  j(
    'Armed robberies of tourists have been reported on the coastal road between Port Calvo and the beaches of Santa Ines, especially',
    'after dark. Travel in groups, keep car doors locked and avoid stopping at isolated viewpoints.',
  ),
];
const cEntry = [
  j(
    'Every country or territory decides who can enter or exit through its borders. The Government of Canada cannot intervene on your',
    'behalf if you do not meet your destination’s entry or exit requirements.',
  ),
  j(
    'Entry requirements vary depending on the type of passport you use for travel. Before you travel, check with your transportation',
    'company about passport requirements. Its rules on passport validity may be more stringent than the country’s entry rules.',
  ),
  j(
    'Your passport must be valid for at least 6 months beyond the date you expect to leave Orsolan. It must contain at least one blank',
    'page for the entry stamp.',
  ),
  'Tourist visa: not required for stays up to 90 days',
  'Business visa: required',
  'Student visa: required',
  j(
    'Since February 1, visitors must complete the online Orsolan Traveller Declaration no more than 5 days before arrival. You must',
    'present the QR code you receive to border officials. There is no fee.',
  ),
  j(
    'A yellow fever vaccination certificate is required if you are arriving from a country where yellow fever occurs. Officials may',
    'also ask for proof of sufficient funds and a return ticket.',
  ),
];
const cMenu = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes'];
const cCrumbs = ['Canada.ca', 'Travel and tourism', 'Travel advice and advisories'];
const cTabs = ['Risk levels', 'Safety and security', 'Entry and exit requirements', 'Health', 'Laws and culture', 'Natural disasters and climate'];
const cFoot1 = ['All contacts', 'Departments and agencies', 'About government'];
const cFoot2 = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const lis = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('');
const cHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${cTitle} - Travel.gc.ca</title><meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="Official travel advice for Orsolan: safety and security, entry and exit requirements, health, laws and culture.">
<meta name="dcterms.title" content="${cTitle}"><meta name="dcterms.creator" content="Global Affairs Canada">
<meta name="dcterms.issued" title="W3CDTF" content="2019-05-14"><meta name="dcterms.modified" title="W3CDTF" content="2026-03-10">
<meta name="dcterms.language" title="ISO639-2/T" content="eng">
<link href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css" rel="stylesheet">
<script src="https://assets.adobedtm.com/be5dfd287373/launch-EN.min.js"></script>
</head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline">
<li><a lang="fr" hreflang="fr" href="/fr/destinations/orsolan"><span class="hidden-xs">Français</span></a></li></ul></section>
<div class="row"><div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization">
<a href="https://www.canada.ca/en.html" property="url"><img src="/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search">
<input id="wb-srch-q" class="form-control wb-srch-q" name="q" type="search" placeholder="Search Canada.ca"><button type="submit"
id="wb-srch-sub" class="btn btn-primary btn-small" name="wb-srch-sub"><span class="wb-inv">Search</span></button></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false">MAIN MENU</button>
<ul role="menu" aria-orientation="vertical">${links(cMenu)}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(cCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont" dir="ltr">${cTitle}</h1>
<div class="row"><div class="col-md-6"><p class="tgc-updated"><strong>Last updated:</strong> March 10, 2026 09:41 ET</p>
<p class="tgc-updated"><strong>Still valid:</strong> March 14, 2026 11:02 ET</p></div></div>
<section class="alert alert-warning tgc-risk-banner"><h2 class="h4">Risk level</h2><p class="tgc-risk-label">ORSOLAN - Exercise a high degree of
caution</p></section>
<div class="wb-tabs ignore-session"><div class="tabpanels">
<details id="risk" open="open"><summary>${cTabs[0]}</summary>${ps(cRisk)}</details>
<details id="security"><summary>${cTabs[1]}</summary><h3>Demonstrations</h3>${ps(cSafety.slice(0, 1))}<ul>${lis(cSafety.slice(1, 4))}</ul>
<h3>Crime</h3>${ps(cSafety.slice(4))}</details>
<details id="entry-exit"><summary>${cTabs[2]}</summary>${ps(cEntry.slice(0, 1))}<h3>Passport</h3>${ps(cEntry.slice(1, 3))}
<h3>Visas</h3><ul>${lis(cEntry.slice(3, 6))}</ul><h3>Online traveller declaration</h3>${ps(cEntry.slice(6, 7))}
<h3>Other entry requirements</h3>${ps(cEntry.slice(7))}</details>
<details id="health"><summary>${cTabs[3]}</summary><p>Loading…</p></details><details id="laws"><summary>${cTabs[4]}</summary></details>
<details id="disasters"><summary>${cTabs[5]}</summary></details></div></div>
<section class="pagedetails"><div class="row"><div class="col-sm-6 col-md-5 col-lg-4"><button class="btn btn-default btn-block"
data-toggle="collapse">Report a problem or mistake on this page</button></div>
<div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share" data-wb-share='{"lnkClass": "btn btn-default btn-block"}'>Share this page</div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-03-10</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Travel.gc.ca</h3><p>Registration of Canadians Abroad</p></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3><ul>${links(cFoot1)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container"><nav><h3 class="wb-inv">About this site</h3><ul>${links(cFoot2)}</ul></nav></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></body></html>`;
export const canada: TestPage = {
  name: 'heldout385-canada-travel-advice-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [
    'Risk levels',
    'Safety and security',
    'Demonstrations',
    'Crime',
    'Entry and exit requirements',
    'Passport',
    'Visas',
    'Online traveller declaration',
    'Other entry requirements',
  ],
  body: texts([...cRisk, ...cSafety, ...cEntry]),
  bylines: ['Last updated: March 10, 2026 09:41 ET', 'Still valid: March 14, 2026 11:02 ET', 'Date modified:', '2026-03-10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search',
    'MAIN MENU', ...cMenu.filter((t) => t !== 'Business'), 'You are here:',
    ...cCrumbs.filter((t) => t !== 'Travel advice and advisories'), 'Risk level',
    'ORSOLAN - Exercise a high degree of caution', 'Laws and culture', 'Natural disasters and climate', 'Loading…',
    'Report a problem or mistake on this page', 'Share this page', 'Travel.gc.ca', 'Registration of Canadians Abroad',
    ...cFoot1, 'About this site', ...cFoot2,
  ],
};
