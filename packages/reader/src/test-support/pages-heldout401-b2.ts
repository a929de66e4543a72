import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file b2: a Canada.ca passport renewal page on the GCWeb (Web Experience Toolkit) theme: the skip links,
 * the wordmark header with the language toggle, search and the "MENU" mega menu, breadcrumbs, an "On this page" list, the
 * "Report a problem or mistake on this page" box, the "Date modified" page details and the three-band footer.
 */
const cTitle = 'Renew your adult passport from inside Canada';
const cIntro = [
  j(
    'You may be able to renew your passport instead of applying for a new one. Renewing is simpler: you do not need a guarantor,',
    'and in most cases you do not need to send proof of citizenship again.',
  ),
];
const cWho = ['You can renew your passport if it:'];
const cWhoList = [
  'was issued when you were 16 or older',
  'was valid for 5 or 10 years',
  'was issued in the last 15 years',
  'has not been reported lost, stolen or damaged',
  'was issued in your current name, or you can show a legal name change document',
];
const cNot = [j('If you do not meet all of these conditions, you must apply for a new adult passport using the general application form instead.')];
const cHow = [
  j(
    'Complete the adult renewal form, sign it, and include two identical passport photos taken within the last 6 months. One photo',
    'must be signed on the back by the photographer, with the date the photo was taken.',
  ),
  j(
    'Send your old passport with the application. It will be cancelled and returned to you with your new passport unless you ask us to',
    'keep it. If your old passport has a valid visa from another country, keep the visa pages together when you post it.',
  ),
];
const cAbroad = [
  j(
    'If you live outside Canada, or you are travelling and your passport will expire while you are away, do not use this form. Apply',
    'through the nearest Canadian embassy or consulate instead, using the renewal form for applicants outside Canada.',
  ),
];
const cFees = ['The fee is $120 for a 5-year passport and $160 for a 10-year passport. Urgent pick-up within 2 to 9 business days costs an extra $110.'];
const cTimes = [
  j(
    'Standard processing takes 10 business days if you apply in person and 20 business days if you apply by mail, not including',
    'mailing time. Plan ahead if you have booked travel, especially between April and August.',
    'You can check the status of your application online 5 business days after we receive it, using your file number and date of birth.',
  ),
];
const cHeadings = ['Who can renew', 'How to renew', 'Fees', 'Processing times'];
const cToc = ['Who can renew', 'How to renew', 'Fees', 'Processing times'];
const cMenu = [
  'Jobs and the workplace',
  'Immigration and citizenship',
  'Travel and tourism',
  'Business and industry',
  'Benefits',
  'Health',
  'Taxes',
  'Environment and natural resources',
  'National security and defence',
  'Culture, history and sport',
  'Policing, justice and emergencies',
  'Transport and infrastructure',
  'Canada and the world',
  'Money and finances',
  'Science and innovation',
];
const cCrumbs = ['Canada.ca', 'Travel and tourism', 'Canadian passports and travel documents'];
const cFootA = ['All contacts', 'Departments and agencies', 'About government'];
const cFootB = [
  'Jobs',
  'Taxes',
  'Environment and natural resources',
  'National security and defence',
  'Culture, history and sport',
  'Veterans and military',
  'Youth',
];
const cFootC = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const cHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${cTitle} - Canada.ca</title><meta content="width=device-width,initial-scale=1" name="viewport">
<meta name="description" content="Who can renew an adult passport, how to renew, fees and processing times.">
<meta name="dcterms.title" content="${cTitle}"><meta name="dcterms.creator" content="Passport Program">
<meta name="dcterms.language" title="ISO639-2/T" content="eng"><meta name="dcterms.issued" title="W3CDTF" content="2023-05-30">
<meta name="dcterms.modified" title="W3CDTF" content="2026-02-11"><meta name="dcterms.subject" title="gccore" content="Passports;Travel documents">
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script src="//assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-f7c3e6060667.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}","dateModified":"2026-02-11"}</script>
</head><body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage">
<nav><ul id="wb-tphp" class="wb-init wb-disable-inited"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right"><h2 class="wb-inv">Language
selection</h2>
<ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr" href="/fr/immigration-citoyennete/services/passeports-canadiens/renouveler.html">
<span class="hidden-xs" translate="no">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html" property="url">
<img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"><span class="wb-inv"> / <span
lang="fr">Gouvernement du Canada</span></span></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry">
<label for="wb-srch-q" class="wb-inv">Search Canada.ca</label><input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search"
placeholder="Search Canada.ca"></div></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false"><span class="wb-inv">Main </span>Menu <span class="expicon glyphicon
glyphicon-chevron-down"></span></button>
<ul role="menu" aria-orientation="vertical">${links(cMenu)}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(cCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont" dir="ltr">${cTitle}</h1>
<div class="mwstext section"><p class="gc-byline">From: <a href="/en/passport-program.html">Passport Program</a></p></div>
<div class="mwstext section">${ps(cIntro)}</div>
<div class="mwsgeneric-base-html section"><section class="gc-srvinfo"><h2 class="h3">On this page</h2><ul>${links(cToc)}</ul></section></div>
<div class="mwstext section"><h2 id="who">${cHeadings[0] ?? ''}</h2>${ps(cWho)}<ul>${lis(cWhoList)}</ul>${ps(cNot)}${ps(cAbroad)}
<h2 id="how">${cHeadings[1] ?? ''}</h2>${ps(cHow)}
<div class="alert alert-info"><p><strong>Get your photos right:</strong> see the <a href="/en/passport-photos.html">passport photo requirements</a> before
you go to a photographer.</p></div>
<h2 id="fees">${cHeadings[2] ?? ''}</h2>${ps(cFees)}
<h2 id="times">${cHeadings[3] ?? ''}</h2>${ps(cTimes)}</div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6 col-md-5 col-lg-4">
<button class="btn btn-default btn-block" data-gc-analytics-customclick="Report a problem">Report a problem or mistake on this page</button></div>
<div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share"><button class="btn btn-default btn-block">Share this page</button></div></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt>
<dd><time property="dateModified">2026-02-11</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><h3>Passport Program</h3><ul class="list-col-xs-1 list-col-sm-2">${links([
  'Contact the Passport Program',
  'Find a passport office',
])}</ul></div></div>
<div class="landscape"><nav class="container"><h2 class="wb-inv">Government of Canada</h2><ul class="gc-main-footer">${links(cFootA)}</ul>
<h3 class="wb-inv">Themes and topics</h3><ul class="list-unstyled colcount-sm-2 colcount-md-3">${links(cFootB)}</ul></nav></div>
<div class="brand"><div class="container"><nav><h2 class="wb-inv">About this site</h2><ul>${links(cFootC)}</ul></nav>
<div class="col-xs-6 visible-sm visible-xs tofpg"><a href="#wb-cont">Top of page <span class="glyphicon glyphicon-chevron-up"></span></a></div>
<img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script>
<script type="text/javascript">_satellite.pageBottom();</script></body></html>`;
export const canadaPassport: TestPage = {
  name: 'heldout401-canada-ca-passport-renewal',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeadings,
  body: texts([...cIntro, ...cWho, ...cWhoList, ...cNot, ...cAbroad, ...cHow, ...cFees, ...cTimes]),
  bylines: ['From: Passport Program', 'Date modified: 2026-02-11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search', 'Search Canada.ca', ...cMenu, 'You are here:',
    ...cCrumbs, 'On this page', 'Get your photos right: see the passport photo requirements before you go to a photographer.', 'Page details',
    'Report a problem or mistake on this page', 'Share this page', 'Contact the Passport Program', 'Find a passport office', 'Themes and topics',
    ...cFootA, ...cFootB, 'About this site', ...cFootC, 'Top of page',
  ],
};
