import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file d: a release in the style of Statistics Norland's The Daily on the Norland.gc Web Experience
 * Toolkit (language toggle, search, breadcrumb, "Released:" date, chart with "Chart 1" title and note, "Note to readers",
 * "Available tables", "Products", "Contact information", "Date modified:", the GC footer) and a short ABS-style media release
 * on Drupal (Acknowledgement of Country banner, mega menu, "Media release" label, release date, "Media requests and
 * interviews" box, "Related media releases" rail, "Subscribe to email alerts", footer).
 */
const dTitle = 'Food services and drinking places, December 2025';
const dLead = j(
  'Sales in the food services and drinking places subsector rose 1.3% to $8.2 billion in December, led by higher sales at',
  'full-service restaurants. In constant dollars, sales were up 0.9%.',
);
const dHeads = ['Full-service restaurants lead the increase', 'Sales up in six provinces', 'Note to readers'];
const dS1 = [
  j(
    'Sales at full-service restaurants increased 2.4% to $3.9 billion in December, the largest monthly gain since spring. Holiday',
    'gatherings and a mild start to winter in much of the country supported restaurant traffic.',
  ),
  j(
    'Limited-service eating places posted a 0.6% increase, while sales at drinking places (alcoholic beverages) edged down 0.4%.',
    'Special food services, which include caterers and mobile food services, were essentially unchanged.',
  ),
];
const dS2 = [
  j(
    'Sales rose in six provinces in December. The largest increase in dollar terms was in Lakeshire (+1.8%), followed by Vallois',
    '(+1.5%). Sales in Prairie Reach fell 0.7%, the only notable decline among the larger provinces.',
  ),
  'For 2025 as a whole, sales in the subsector totalled $96.4 billion, up 4.1% from 2024.',
  j(
    'In the territories, sales rose 2.2%, although monthly results there are volatile because of the small number of establishments.',
    'Over the year, sales were higher in every province except Prairie Reach, where lower activity in the energy sector weighed on',
    'spending at restaurants and bars in the two largest cities. Prices on restaurant menus rose 0.3% in the month and were up 3.6% over the year,',
    'which accounts for much of the gap between current and constant dollar sales.',
  ),
];
const dNote = [
  j(
    'Data in this release are seasonally adjusted and expressed in current dollars, unless otherwise specified. Constant dollar',
    'estimates are calculated by deflating current dollar sales using the consumer price index for food purchased from restaurants.',
  ),
  j(
    'Data for the current reference month are subject to revision based on late returns. Data for the previous month have been revised.',
    'Estimates are based on a sample of about 4,100 establishments, and small businesses are represented through a model that uses',
    'sales tax records.',
  ),
];
const dC1 = 'Chart 1 Sales at food services and drinking places rise in December';
const dNav = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business', 'Benefits', 'Health', 'Taxes', 'Environment and natural resources'];
const dCrumb = ['Norland.gc', 'Statistics Norland', 'The Daily'];
const dFoot = [
  'All contacts',
  'Departments and agencies',
  'About government',
  'Social media',
  'Mobile applications',
  'About Norland.gc',
  'Terms and conditions',
  'Privacy',
];
const dHtml = `<!DOCTYPE html>
<html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8"><title>The Daily — ${dTitle}</title>
<meta content="width=device-width,initial-scale=1" name="viewport"><meta name="dcterms.issued" content="2026-02-20">
<meta name="dcterms.creator" content="Government of Norland, Statistics Norland"><link rel="stylesheet" href="/wet-boew4b/css/theme.min.css">
<script src="//assets.adobedtm.example/launch-EN.min.js"></script></head>
<body vocab="http://schema.org/" typeof="WebPage"><nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li>
<li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline">
<li><a lang="fr" hreflang="fr" href="/fra/quotidien">Français</a></li></ul></section><div class="brand"><a href="https://www.canada.example/en.html">
<img src="/wet-boew4b/assets/sig-blk-en.svg" alt="Government of Norland"></a></div>
<section id="wb-srch"><h2>Search</h2><form><label for="wb-srch-q" class="wb-inv">Search Statistics Norland</label><input id="wb-srch-q" type="search">
</form></section></div><nav class="gcweb-menu"><h2 class="wb-inv">Menu</h2><button type="button">Main Menu</button><ul role="menu">
${links(dNav, 'gcweb-menu-item')}</ul></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(dCrumb)}</ol></div></nav></header>
<main property="mainContentOfPage" class="container" typeof="WebPageElement"><h1 property="name" id="wb-cont">${dTitle}</h1>
<p class="dly-release">Released: 2026-02-20</p>
<p>${dLead}</p>
<section><h2>${dHeads[0] ?? ''}</h2>${ps(dS1)}</section>
<figure class="dly-chart"><figcaption><strong>${dC1}</strong></figcaption><img src="/daily-quotidien/260220/cg-a001-eng.png" alt="Chart 1">
<p class="small">Source(s): Table 21-10-0019-01.</p><p><a href="/daily-quotidien/260220/cg-a001-eng.htm">Chart 1 description and data</a></p></figure>
<section><h2>${dHeads[1] ?? ''}</h2>${ps(dS2)}</section>
<section class="dly-note"><h2>${dHeads[2] ?? ''}</h2>${ps(dNote)}</section>
<section><h2>Available tables: 21-10-0019-01</h2><p>Data are also available from the <a href="/dt-td">Data table</a> page.</p></section>
<section><h2>Contact information</h2><p>For more information, or to enquire about the concepts, methods or data quality of this release, contact us
(toll-free 1-800-555-8014; infostats@statcan.example) or Media Relations (613-555-4343; media@statcan.example).</p></section>
<div class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-6"><a href="/report-problem">Report a problem on
this page</a></div><div class="col-sm-3"><a href="#" class="btn btn-default">Share this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-02-20</time></dd></dl></div></main>
<footer id="wb-info"><div class="gc-contextual"><h3>Statistics Norland</h3><ul>${links(['Contact StatCan', 'Questions about a survey?'])}</ul></div>
<div class="gc-main-footer"><h3>Government of Norland</h3><ul>${links(dFoot, 'gc-footer-link')}</ul></div></footer></body></html>`;
const daily: TestPage = {
  name: 'heldout352-statcan-daily-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dLead, ...dS1, ...dS2, ...dNote]),
  bylines: ['Released: 2026-02-20', 'Date modified:', '2026-02-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search Statistics Norland', 'Menu', 'Main Menu', ...dNav,
    'You are here:', ...dCrumb, dC1, 'Source(s): Table 21-10-0019-01.', 'Chart 1 description and data', 'Available tables: 21-10-0019-01',
    'Data are also available from the Data table page.', 'Contact information',
    'For more information, or to enquire about the concepts, methods or data quality of this release, contact us', 'Page details',
    'Report a problem on this page', 'Share this page', 'Contact StatCan', 'Questions about a survey?', 'Government of Norland', ...dFoot,
  ],
};

const aTitle = 'Building approvals rise 4.1 per cent in January';
const aBody = [
  j(
    'The total number of dwellings approved in Meridia rose 4.1 per cent in January 2026, in seasonally adjusted terms,',
    'according to figures released today by the MBS.',
  ),
  j(
    'Dara Whitcombe, MBS head of construction statistics, said: “The rise was driven by private sector dwellings excluding',
    'houses, which jumped 11.6 per cent after two months of falls. Approvals for private sector houses were flat.”',
  ),
  j('“Approvals for apartments and townhouses have been volatile over the past year, so one strong month does not yet point', 'to a sustained recovery.”'),
  'Dwelling approvals rose in four of the six states:',
  'New Carrick (+9.8 per cent)',
  'Eastmoor (+6.2 per cent)',
  'Port Sorrel (+3.5 per cent)',
  'Tallowvale (+0.4 per cent)',
  j(
    'The value of total building approved rose 2.7 per cent, to $13.9 billion. The value of non-residential building fell',
    '3.2 per cent, after a large hospital project was approved in December.',
  ),
];
const aNav = ['Statistics', 'Census', 'Research', 'Methods, classifications and standards', 'News', 'About'];
const aCrumb = ['Home', 'Media centre', 'Media releases'];
const aRel = ['Construction work done falls 0.8 per cent', 'Lending to households for new homes steady', 'Dwelling starts hit three-year high'];
const aFoot = ['Contact us', 'Careers', 'Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${aTitle} | Meridian Bureau of Statistics</title>
<meta name="description" content="Dwelling approvals rose in January 2026."><meta name="MobileOptimized" content="width">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/31187"},
"mbs":{"pageType":"media_release"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/mbs/dist/css/mbs.css"></head>
<body class="path-node page-node-type-media-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="mbs-acknowledgement-banner"><p>The Meridian Bureau of Statistics acknowledges the Traditional Custodians of the lands where we live, learn and
work.</p></div>
<header class="mbs-header" role="banner"><div class="mbs-header__logo"><a href="/" rel="home">Meridian Bureau of Statistics</a></div>
<nav class="mbs-main-menu" aria-label="Main navigation"><ul class="menu menu--main">${links(aNav, 'menu-item menu-item--expanded')}</ul></nav>
<div class="mbs-header__search"><form class="mbs-search-form"><label for="edit-search" class="visually-hidden">Search</label>
<input id="edit-search" placeholder="Search MBS"></form></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>${links(aCrumb, 'breadcrumb__item')}</ol></nav></div>
<main id="main-content" role="main"><div class="layout-content"><article class="node node--type-media-release node--view-mode-full">
<div class="mbs-release-header"><span class="mbs-release-type">Media release</span>
<h1 class="page-title"><span class="field field--name-title">${aTitle}</span></h1>
<div class="mbs-release-date"><span class="label">Released</span> <time datetime="2026-03-04T11:30:00Z">4/03/2026</time></div></div>
<div class="field field--name-body field--type-text-with-summary"><p>${aBody[0] ?? ''}</p><p>${aBody[1] ?? ''}</p>
<p>${aBody[2] ?? ''}</p><p>${aBody[3] ?? ''}</p>
<ul>${lis(aBody.slice(4, 8))}</ul><p>${aBody[8] ?? ''}</p>
<p>Further details can be found in <a href="/statistics/industry/building/approvals/jan-2026">Building Approvals, Meridia, January 2026</a>.</p></div>
<div class="mbs-media-requests"><h2>Media requests and interviews</h2><p>Contact the MBS Media Team via media@mbs.example.</p>
<p>Subscribe to our email alerts to receive media releases.</p></div>
<div class="mbs-share"><span class="mbs-share__label">Share this page</span>${links(['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Copy link'])}
</div></article></div>
<aside class="layout-sidebar-second"><div class="block block-views"><h2>Related media releases</h2><ul>${links(aRel, 'views-row')}</ul></div>
<div class="block mbs-subscribe"><h2>Subscribe to email alerts</h2><p>Stay up to date with the latest releases.</p>
<a href="/subscribe" class="button">Sign up</a></div></aside></main>
<footer class="mbs-footer" role="contentinfo"><ul class="menu menu--footer">${links(aFoot, 'menu-item')}</ul>
<p class="mbs-footer__copyright">© Commonwealth of Meridia</p><p>MBS Catalogue 1350.0</p></footer></div>
<script src="/core/misc/drupal.js?v=10.2.3"></script></body></html>`;
const absRelease: TestPage = {
  name: 'heldout352-abs-media-release-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aBody),
  bylines: ['Released', '4/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Meridian Bureau of Statistics acknowledges the Traditional Custodians of the lands where we live, learn and work.',
    'Meridian Bureau of Statistics', ...aNav, 'Search', ...aCrumb, 'Media release',
    'Further details can be found in Building Approvals, Meridia, January 2026.', 'Media requests and interviews',
    'Contact the MBS Media Team via media@mbs.example.', 'Subscribe to our email alerts to receive media releases.', 'Share this page', 'Share on X',
    'Share on Facebook', 'Share on LinkedIn', 'Copy link', 'Related media releases', ...aRel, 'Subscribe to email alerts',
    'Stay up to date with the latest releases.', 'Sign up', ...aFoot, '© Commonwealth of Meridia', 'MBS Catalogue 1350.0',
  ],
};

export const HELDOUT352_D: readonly TestPage[] = [daily, absRelease];
