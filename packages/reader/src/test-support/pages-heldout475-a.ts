import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file a: a LibGuides (Springshare, v2) research guide page with boxes in two columns, a librarian profile
 * box and the guide's side tabs, and a university library's databases A-Z list on Drupal 10 (a Views page with a glossary bar).
 */
const gTitle = 'Nursing & Health Sciences Research';
const gDesc = 'Find articles, evidence summaries and statistics for nursing and allied health assignments.';
const gBody = [
  j(
    'Most nursing assignments ask for peer-reviewed research published in the last five to seven years. The databases below index',
    'the major nursing and medical journals; start with <strong>CINAHL Complete</strong> and move on to <strong>MEDLINE</strong>',
    'if you need more clinical studies.',
  ),
  j('All of the databases work off campus. When you are asked to sign in, use your Westmere ID and password, the same ones you use', 'for the student portal.'),
  '<a href="https://guides.westmere.edu/az/cinahl">CINAHL Complete</a>: nursing and allied health journals from 1937, with full text for about 1,300 titles.',
  '<a href="https://guides.westmere.edu/az/medline">MEDLINE</a>: the biomedical database of record, searchable by MeSH subject headings.',
  '<a href="https://guides.westmere.edu/az/joanna">Evidence Summaries Library</a>: short appraised summaries of the best evidence on a clinical question.',
  '<a href="https://guides.westmere.edu/az/healthstats">HealthStat Atlas</a>: regional tables on hospital admissions, births and chronic conditions.',
  j(
    'A good clinical question makes searching easier. Write your question in the PICO form before you open a database, then turn',
    'each part into a line of search terms joined with OR.',
  ),
  '<strong>P</strong>opulation or patient: who are you studying?',
  '<strong>I</strong>ntervention: what treatment, test or exposure?',
  '<strong>C</strong>omparison: what is the alternative, if any?',
  '<strong>O</strong>utcome: what result are you measuring?',
  j(
    'For example, "In adults after hip surgery, does early mobilisation compared with bed rest reduce the length of hospital stay?"',
    'gives four lines of terms: hip surgery, early mobilisation, bed rest and length of stay.',
  ),
  j(
    'Limit your results to peer-reviewed articles with the checkbox on the left of the results screen, then use the publication',
    'date slider to keep only recent work. If you get fewer than ten results, drop the comparison line and search again.',
  ),
  j('Articles we do not hold in full text can be requested through interlibrary loan. Most arrive as a PDF by email within three', 'working days.'),
];
const gTabs = ['Start Here', 'Finding Articles', 'Evidence-Based Practice', 'Books & eBooks', 'Statistics', 'Citing Sources'];
const gCrumbs = ['Westmere Library', 'LibGuides', gTitle];
const gNav = ['Search', 'Research Help', 'Services', 'Spaces', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="noarchive">
<title>Finding Articles - ${gTitle} - LibGuides at Westmere University</title>
<meta name="description" content="${gDesc}"><meta name="keywords" content="nursing, CINAHL, evidence-based practice">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.com/web/css2.21.4/lib/bootstrap.min.css">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.com/web/css2.21.4/public.min.css">
<script src="https://libapps.s3.amazonaws.com/web/jquery/js/jquery-3.6.0.min.js"></script>
<script>var springStats = springStats || {};springStats.saConfig = {site_id: 3381,tracking_parameters: {"_st_guide_id":441207,
"_st_page_id":3010288,"_st_site_id":3381},tracking_server_host: "libguides-proc.springyaws.com"};</script>
<style>#s-lib-bc{background:#f4f1ea}.s-lib-box .s-lib-box-title{background-color:#5b2333;color:#fff}</style></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-public-header"><div class="wmu-header"><a href="https://library.westmere.edu"><img src="https://libapps.s3.amazonaws.com/customers/3381/logo.png"
alt="Westmere University Library"></a><ul class="wmu-nav">${links(gNav)}</ul></div></div>
<div id="s-lib-bc"><ol id="s-lib-bc-list" class="breadcrumb"><li id="s-lib-bc-customer"><a href="https://library.westmere.edu">${gCrumbs[0]}</a></li>
<li id="s-lib-bc-site"><a href="https://guides.westmere.edu/">LibGuides</a></li>
<li id="s-lib-bc-guide"><a href="https://guides.westmere.edu/nursing">${gTitle.replace('&', '&amp;')}</a></li><li id="s-lib-bc-page" class="active">Finding
Articles</li></ol></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med"><div id="s-lg-guide-header-info">
<h1 id="s-lg-guide-name">${gTitle.replace('&', '&amp;')}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">${gDesc}</span></div></div>
<div id="s-lg-guide-search-box"><form role="search" action="https://guides.westmere.edu/srch.php" method="GET">
<label class="sr-only" for="s-lg-guide-search-terms">Search this Guide</label><input type="text" id="s-lg-guide-search-terms" name="q"
placeholder="Search this Guide"><button class="btn btn-default" type="submit">Search</button></form></div></div>
<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders"><div class="row">
<div id="s-lg-guide-tabs" class="col-md-3 s-lg-tabs-side"><ul class="nav nav-pills nav-stacked split-button-nav" role="navigation">
${links(gTabs)}</ul>
<div id="s-lg-col-0" class="s-lg-col"><div class="s-lib-box s-lib-box-std s-lib-floating-box" id="s-lg-box-1410"><h2 class="s-lib-box-title">Librarian</h2>
<div class="s-lib-box-content"><div class="s-lib-profile-container"><div class="s-lib-profile-image"><img
src="https://libapps.s3.amazonaws.com/accounts/1120.jpg"
alt="Mirela Oduya's picture"></div><div class="s-lib-profile-name">Mirela Oduya</div><div class="s-lib-profile-email">
<a href="mailto:moduya@westmere.edu" class="label label-info">Email Me</a></div><div class="s-lib-profile-div s-lib-profile-contact">
<span class="s-lib-profile-div-title">Contact:</span><br>Hallam Library, room 214<br>555-0144</div>
<div class="s-lib-profile-subjects">Subjects: <a href="https://guides.westmere.edu/sb.php?subject_id=801">Nursing</a></div></div></div></div></div></div>
<div id="s-lg-col-1" class="col-md-6"><div class="s-lg-col-boxes">
<div id="s-lg-box-wrapper-3310" class="s-lg-box-wrapper-3310"><div class="s-lib-box s-lib-box-std" id="s-lg-box-3310">
<h2 class="s-lib-box-title">Where to start</h2><div class="s-lib-box-content"><div id="s-lg-content-90111"
class="clearfix">${ps(gBody.slice(0, 2))}</div></div></div></div>
<div class="s-lib-box s-lib-box-std" id="s-lg-box-3311"><h2 class="s-lib-box-title">Recommended databases</h2><div class="s-lib-box-content">
<ul class="s-lg-link-list">${lis(gBody.slice(2, 6), 's-lg-link')}</ul></div></div>
<div class="s-lib-box s-lib-box-std" id="s-lg-box-3312"><h2 class="s-lib-box-title">Build a search with PICO</h2><div class="s-lib-box-content">
${ps([gBody[6] ?? ''])}<ul>${lis(gBody.slice(7, 11))}</ul>${ps(gBody.slice(11, 13))}</div></div>
<div class="s-lib-box s-lib-box-std" id="s-lg-box-3313"><h2 class="s-lib-box-title">Can't find the full text?</h2><div class="s-lib-box-content">
${ps([gBody[13] ?? ''])}<a class="btn btn-primary" href="https://westmere.illiad.oclc.org/">Request an article</a></div></div></div></div>
<div id="s-lg-col-2" class="col-md-3"><div class="s-lib-box s-lib-box-std" id="s-lg-box-3320"><h2 class="s-lib-box-title">Ask a Librarian</h2>
<div class="s-lib-box-content"><div id="libchat_2d41b"></div><script src="https://westmere.libanswers.com/load_chat.php?hash=2d41b"></script>
<p>Chat with us Monday to Friday, 9am to 5pm.</p></div></div>
<div class="s-lib-box s-lib-box-std" id="s-lg-box-3321"><h2 class="s-lib-box-title">Related Guides</h2><div class="s-lib-box-content">
<ul>${links(['Evidence-Based Practice Toolkit', 'Public Health Data'])}</ul></div></div></div></div>
<div id="s-lg-page-prevnext" class="pad-top-med pad-bottom-med"><div class="pull-left"><a href="https://guides.westmere.edu/nursing/start">&lt;&lt;
<strong>Previous:</strong> Start Here</a></div><div class="pull-right"><a href="https://guides.westmere.edu/nursing/ebp"><strong>Next:</strong>
Evidence-Based Practice &gt;&gt;</a></div></div></div>
<div id="s-lib-footer-public" class="s-lib-footer footer container-fluid"><div class="pull-left" id="s-lg-guide-header-meta">
<div id="s-lg-guide-header-updated"><span>Last Updated:</span> Oct 3, 2026 2:14 PM</div><div id="s-lg-guide-header-url"><span>URL:</span>
https://guides.westmere.edu/nursing</div><div id="s-lg-guide-print-url"><a href="javascript:window.print();">Print Page</a></div></div>
<div class="pull-right"><div id="s-lib-footer-login-link"><a href="https://westmere.libapps.com/libapps/login.php">Login to LibApps</a></div>
<div id="s-lib-footer-support-link"><a href="https://guides.westmere.edu/report">Report a problem</a></div></div>
<div id="s-lib-footer-brand">Powered by Springshare.</div><div id="s-lib-footer-rights">All rights reserved.</div></div></body></html>`;
const libGuide: TestPage = {
  name: 'heldout475-libguides-nursing',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Where to start', 'Recommended databases', 'Build a search with PICO', "Can't find the full text?"],
  body: texts([gDesc, ...gBody]),
  bylines: ['Mirela Oduya', 'Last Updated: Oct 3, 2026 2:14 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...gNav.filter((t) => t !== 'Search'), 'Westmere Library', 'LibGuides', ...gTabs.filter((t) => t !== 'Statistics'),
    'Librarian', 'Email Me', 'Contact:', 'Hallam Library, room 214', '555-0144', 'Subjects: Nursing', 'Request an article', 'Ask a Librarian',
    'Chat with us Monday to Friday, 9am to 5pm.', 'Related Guides', 'Evidence-Based Practice Toolkit', 'Public Health Data',
    '<< Previous: Start Here', 'Next: Evidence-Based Practice >>', 'URL: https://guides.westmere.edu/nursing', 'Print Page',
    'Login to LibApps', 'Report a problem', 'Powered by Springshare.', 'All rights reserved.',
  ],
};

const aTitle = 'Databases A–Z';
const aIntro = j(
  'Search or browse the 214 databases the library subscribes to. Most are open to current students and staff from anywhere;',
  'those marked "on campus only" work from library computers and the campus network.',
);
const aGroups: [string, [string, string][]][] = [
  [
    'A',
    [
      ['Academic Search Ultimate', 'Multidisciplinary journals, magazines and newspapers, with full text for more than 10,000 titles.'],
      ['Architecture Index Online', 'Articles on architecture, landscape and interior design from 1934 to the present. On campus only.'],
    ],
  ],
  [
    'B',
    [
      ['Business Source Complete', 'Scholarly business journals, company profiles, industry reports and SWOT analyses.'],
      ['Britannic Newspapers 1780–1950', 'Scanned pages of regional newspapers from England, Scotland and Wales, searchable by keyword.'],
    ],
  ],
  [
    'C',
    [
      ['CINAHL Complete', 'Nursing and allied health literature, with full text for about 1,300 journals.'],
      ['Company Filings Archive', 'Annual reports and regulatory filings of listed companies since 1994.'],
      ['Criterion Film Library', 'Streaming feature films and documentaries, licensed for classroom showing.'],
    ],
  ],
];
const aNote = 'Trouble connecting? Clear your browser cookies, then sign in again with your Westmere ID. If the problem continues, report it below.';
const aNav = ['Find & Borrow', 'Research Support', 'Teaching', 'Visit', 'About Us'];
const aCrumbs = ['Home', 'Find & Borrow'];
const aLetters = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')];
const aTypes = ['All types', 'Articles', 'Newspapers', 'Data & Statistics', 'Streaming Video'];
const aFoot = ['Accessibility', 'Privacy statement', 'Staff login', 'Jobs at the Library'];
const aRows = aGroups.map(([l, items]) =>
  [
    `<h3>${l}</h3>`,
    ...items.map(
      ([n, d]) => `<div class="views-row"><div class="views-field views-field-title"><span class="field-content">
<a href="https://login.proxy.westmere.edu/login?url=https://db.example.org/${l}">${n}</a></span></div><div class="views-field views-field-body">
<div class="field-content">${d}</div></div></div>`,
    ),
  ].join('\n'),
);
const aHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Databases A–Z | Westmere University Library</title><link rel="canonical" href="https://library.westmere.edu/databases">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qh3b0m8q2_.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"databases"},
"views":{"ajax_path":"\\/views\\/ajax","ajaxViews":{"views_dom_id:8e1f":{"view_name":"databases","view_display_id":"page_1"}}}}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WMU2026"></script></head>
<body class="path-databases"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div class="alert-banner" role="alert"><p>Hallam Library closes at 6pm on Friday 27 November for the graduation reception.</p>
<button class="alert-banner__close" aria-label="Dismiss alert">×</button></div></div>
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/westmere/logo.svg"
alt="Home"></a><div class="site-name">Westmere University Library</div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main
navigation</h2><ul class="menu menu--main">${links(aNav, 'menu-item')}</ul></nav>
<div class="search-block-form" role="search"><form action="/search/node" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search the library website"><input type="submit" value="Search"
class="button"></form></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(aCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-westmere-page-title" class="block block-core block-page-title-block"><h1 class="page-title">${aTitle}</h1></div>
<div id="block-westmere-content" class="block block-system block-system-main-block"><div class="views-element-container">
<div class="view view-databases view-id-databases view-display-id-page_1 js-view-dom-id-8e1f"><div class="view-header"><p>${aIntro}</p></div>
<div class="view-filters"><form class="views-exposed-form" action="/databases" method="get"><div class="form-item form-item-title">
<label for="edit-title">Database name</label><input type="text" id="edit-title" name="title" class="form-text"></div>
<div class="form-item form-item-type"><label for="edit-type">Type</label><select id="edit-type"
name="type">${aTypes.map((t) => `<option>${t.replace('&', '&amp;')}</option>`).join('')}
</select></div><div class="form-actions"><input type="submit" value="Apply" class="button js-form-submit"></div></form></div>
<div class="attachment attachment-before"><div class="view view-databases view-id-databases view-display-id-attachment_1"><div class="view-content">
<span class="views-summary views-summary-unformatted">${aLetters.map((l) => `<a href="/databases/${l === '#' ? 'num' : l.toLowerCase()}">${l}</a>`).join(' | ')}
</span></div></div></div>
<div class="view-content">${aRows.join('\n')}</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0">1</a></li><li class="pager__item"><a href="?page=1">2</a></li>
<li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>
<div class="view-footer"><p>${aNote}</p></div></div></div></div>
<div id="block-reportaproblem" class="block block-webform"><h2>Report a database problem</h2><a href="/form/database-problem" class="button">Open the
form</a></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="footer__address"><p>Hallam Library, 1 College Walk, Westmere</p><p>555-0100</p></div>
<ul class="menu menu--footer">${links(aFoot)}</ul><p class="copyright">© 2026 Westmere University</p></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/core/misc/drupal.js"></script></body></html>`;
const azList: TestPage = {
  name: 'heldout475-drupal-databases-az',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aGroups.map(([l]) => l),
  body: [aIntro, ...aGroups.flatMap(([, items]) => items.flat()), aNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hallam Library closes at 6pm on Friday 27 November for the graduation reception.', '×', 'Westmere University Library',
    ...aNav, 'Home', 'Database name', 'Type', ...aLetters.filter((l) => !['A', 'B', 'C'].includes(l)), '2', 'Next ›',
    'Report a database problem', 'Open the form', 'Hallam Library, 1 College Walk, Westmere', '555-0100', ...aFoot, '© 2026 Westmere University',
  ],
};

export const HELDOUT475_A: readonly TestPage[] = [libGuide, azList];
