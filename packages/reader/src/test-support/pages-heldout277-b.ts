import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';
import { ausService } from './pages-heldout277-b2.js';

/**
 * Held-out batch 277, file b: a Canada.ca news release on the Canada.ca theme (WET / GCWeb: skip links, the Français
 * language toggle, the Government of Canada signature, search, the GCWeb theme menu, "You are here:" breadcrumb, the
 * "From:" line and the dateline, Quotes / Quick facts / Associated links / Contacts, the keyword line, "Did you find what
 * you were looking for?", "Report a problem or mistake on this page", "Date modified:" and the About government footer)
 * and, from file b2, an Australian Government service page built with Next.js.
 */
const cTitle = 'Government of Canada launches caregiver respite pilot in 14 communities';
const cLede = [
  j(
    'Family caregivers give countless hours of support to parents, partners and children who need help with daily life. Many of',
    'them do so while working, and most say they rarely get a full day to rest. Giving caregivers a break protects their health',
    'and helps the people they care for stay at home longer.',
  ),
  j(
    'Today, the Minister of Families and Caregiving, the Honourable Maren Coultier, announced a three-year Caregiver Respite Pilot',
    'that will fund up to 40 hours of replacement care a year for eligible family caregivers in 14 communities across Canada.',
  ),
  j(
    'The pilot will be delivered by local non-profit organizations selected through a call for proposals that closed in November.',
    'Organizations will arrange trained respite workers, adult day programs or short overnight stays, depending on what each family',
    'needs. Caregivers will be able to book care online, by phone or in person at a Service Canada Centre.',
  ),
  j(
    'The Government will invest $38.6 million over three years in the pilot, including funding for an independent evaluation. Results',
    'will be published each year so that provinces, territories and community groups can learn from what works.',
  ),
];
const cQuotes = [
  j(
    '“Caregivers hold our communities together, and too many of them are running on empty. This pilot is about giving them',
    'something simple but precious: time to rest, see a doctor or just have a cup of coffee with a friend.”',
  ),
  '– The Honourable Maren Coultier, Minister of Families and Caregiving',
  j(
    '“In our region, caregivers often drive an hour or more to reach any help at all. Having respite workers who can come to the',
    'house will change what is possible for families here.”',
  ),
  '– Delphine Arsenault, Executive Director, Haute-Côte Caregivers Network',
];
const cFacts = [
  'About one in four people in Canada aged 15 and older provides care to a family member or friend with a long-term health condition.',
  'Caregivers in the pilot communities can apply if they provide at least 10 hours of unpaid care a week.',
  'The 14 communities include urban, rural, remote and Indigenous communities in every region of the country.',
  'Applications for caregivers will open on May 1, 2026.',
];
const cAssoc = ['Caregiver Respite Pilot: eligibility and how to apply', 'Support for caregivers', 'Backgrounder: Caregiver Respite Pilot communities'];
const cMenu = ['Jobs and the workplace', 'Immigration and citizenship', 'Travel and tourism', 'Business and industry', 'Benefits', 'Health', 'Taxes'];
const cAbout = ['Contact us', 'Departments and agencies', 'Public service and military', 'News', 'Treaties, laws and regulations', 'Prime Minister'];
const cSite = ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'];
const cKeys = ['Society and culture', 'Family and caregiving', 'general public', 'news releases'];
const cHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cTitle} - Canada.ca</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="description" content="The Caregiver Respite Pilot will fund replacement care.">
<meta name="dcterms.title" content="${cTitle}"><meta name="dcterms.creator" content="Employment and Social Development Canada">
<meta name="dcterms.issued" title="W3CDTF" content="2026-03-03"><meta name="dcterms.modified" title="W3CDTF" content="2026-03-03">
<meta name="dcterms.language" title="ISO639-2/T" content="eng"><meta property="og:type" content="article"><meta name="gcaaterms.sitearea" content="news">
<link rel="alternate" hreflang="fr" href="https://www.canada.ca/fr/emploi-developpement-social/nouvelles/2026/03/projet-pilote-repit.html">
<script src="//assets.adobedtm.com/be5dfd287373/0127575cd23a/launch-913b1beddf7a.min.js"></script>
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css"></head>
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage"><nav><ul id="wb-tphp">
<li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr"
href="/fr/emploi-developpement-social/nouvelles/2026/03/projet-pilote-repit.html">
<span class="hidden-xs" translate="no">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="/en.html" property="url">
<img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a>
<meta property="name" content="Government of Canada"></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="/en/sr/srb.html" method="get" name="cse-search-box" role="search"><div class="form-group wb-srch-qry"><label for="wb-srch-q"
class="wb-inv">Search Canada.ca</label>
<input id="wb-srch-q" class="wb-srch-q form-control" name="q" type="search" placeholder="Search Canada.ca"></div></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><div class="container"><h2 class="wb-inv">Menu</h2>
<button type="button" aria-haspopup="true" aria-expanded="false">Main Menu <span class="expicon glyphicon glyphicon-chevron-down"></span></button>
<ul role="menu" aria-orientation="vertical" data-ajax-replace="/content/dam/canada/sitemenu/sitemenu-v2-en.html">
${cMenu.map((m) => `<li role="presentation"><a role="menuitem" tabindex="-1" aria-haspopup="true" href="#">${m}</a></li>`).join('\n')}</ul></div></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">
${links(['Canada.ca', 'Family and caregiving benefits'])}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont" dir="ltr">${cTitle}</h1>
<div class="mwsgeneric-base-html parbase section"><p class="gc-byline"><strong>From: <a href="/en/employment-social-development.html">Employment and
Social Development Canada</a></strong></p></div>
<div class="mwsgeneric-base-html parbase section"><p class="h3 mrgn-tp-sm">News release</p></div>
<div class="mwsbodytext text parbase section"><p>March 3, 2026 – Gatineau, Quebec – Employment and Social Development Canada</p>
${ps(cLede)}
<h2>Quotes</h2>
${ps(cQuotes)}
<h2>Quick facts</h2>
<ul>${lis(cFacts)}</ul>
<h2>Associated links</h2>
<ul>${links(cAssoc)}</ul>
<h2>Contacts</h2>
<p>Théo Marchand<br>
Press Secretary<br>
Office of the Minister of Families and Caregiving<br>
819-555-0142</p>
<p>Media Relations Office<br>
Employment and Social Development Canada<br>
819-555-0198<br>
media@example.gc.ca</p></div>
<div class="mwsgeneric-base-html parbase section"><p class="text-muted small">Search for related information by keyword:
${cKeys.map((k) => `<a href="/en/news/advanced-news-search.html?kw=${encodeURIComponent(k)}">${k}</a>`).join(' | ')}</p></div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2>
<div class="gc-pagefeedback"><p class="h3">Did you find what you were looking for?</p><button class="btn btn-primary" value="Yes">Yes</button>
<button class="btn btn-primary" value="No">No</button></div>
<div class="row"><div class="col-sm-6 col-md-5 col-lg-4"><a class="btn btn-default btn-block" href="/en/report-problem.html">Report a problem or mistake on
this page</a></div>
<div class="col-sm-3 mrgn-tp-sm pull-right"><div class="wb-share" data-wb-share='{"lnkClass": "btn btn-default btn-block"}'>Share this page</div></div></div>
<dl id="wb-dtmd"><dt>Date modified: </dt>
<dd><time property="dateModified">2026-03-03</time></dd></dl></section></main>
<footer id="wb-info"><div class="gc-contextual"><div class="container"><nav><h3>Employment and Social Development Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(['Contact ESDC', 'Report a problem with a benefit payment'])}</ul></nav></div></div>
<div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3>
<ul class="list-col-xs-1 list-col-sm-2 list-col-md-3">${links(cAbout)}</ul></nav></div></div>
<div class="gc-sub-footer"><div class="container d-flex align-items-center"><nav><h3 class="wb-inv">Government of Canada Corporate</h3>
<ul>${links(cSite)}</ul></nav>
<div class="wtrmrk align-self-end"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></div>
</footer><script src="https://ajax.googleapis.com/ajax/libs/jquery/2.2.4/jquery.js"></script>
<script src="/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script><script>_satellite.pageBottom();</script></body></html>`;
const canada: TestPage = {
  name: 'heldout277-canada-ca-news-release',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Quotes', 'Quick facts'],
  body: texts([...cLede, ...cQuotes, ...cFacts]),
  bylines: ['From: Employment and Social Development Canada', 'March 3, 2026 – Gatineau, Quebec – Employment and Social Development Canada', '2026-03-03'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search', 'Search Canada.ca', 'Menu', 'Main Menu', ...cMenu,
    'You are here:', 'Canada.ca', 'Family and caregiving benefits', 'News release', 'Associated links', ...cAssoc, 'Contacts', 'Théo Marchand',
    'Press Secretary', 'Office of the Minister of Families and Caregiving', '819-555-0142', 'Media Relations Office', '819-555-0198',
    'media@example.gc.ca', 'Search for related information by keyword:', ...cKeys, 'Page details', 'Did you find what you were looking for?', 'Yes',
    'Report a problem or mistake on this page', 'Share this page', 'Date modified:', 'Contact ESDC', 'Report a problem with a benefit payment',
    'Government of Canada', ...cAbout, 'Government of Canada Corporate', ...cSite,
  ],
};

export const HELDOUT277_B: readonly TestPage[] = [canada, ausService];
