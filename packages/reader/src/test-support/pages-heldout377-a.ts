import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file a: an ArchivesSpace public interface collection page (navbar, breadcrumb, record badge and
 * identifier, page actions, collection organization sidebar, footer) and a Koha OPAC record page (masthead search, breadcrumb,
 * holdings table, tabs, "Browse shelf", social links, cart and list actions, footer).
 */
const asTitle = 'Papers of the Orvell Glass Works, 1921-1968';
const asScope = [
  j(
    'The papers document the business of the Orvell Glass Works, a family-owned maker of pressed and blown tableware on the',
    'north bank of the Tamsin River. They include correspondence with agents and retailers, order books, pattern ledgers,',
    'wage sheets, photographs of the factory floor and a run of trade catalogues issued between 1924 and 1961.',
  ),
  j(
    'The pattern ledgers are the strength of the collection. Each entry gives a design number, a sketch, the mould maker,',
    'the colours in which the piece was offered and, in later years, the price to the trade. Researchers interested in',
    'mid-century domestic design will find the ledgers useful alongside the catalogues, which reproduce many of the same pieces.',
  ),
];
const asBio = [
  j(
    'The works\u2019 records passed to Malcolm Orvell\u2019s widow, who kept them in the former packing shed until',
    'she offered them to the library. Some water damage to the earliest order books dates from that period.',
  ),
  j(
    'Hester Orvell founded the works in 1921 with two furnaces and eleven workers, having learned the trade at her',
    'father-in-law\u2019s bottle plant. Her son Malcolm Orvell took over in 1947 and moved the firm towards machine-pressed',
    'ware sold through department stores. Competition from imported glass and a fire in the batch house in 1966 led to',
    'the closure of the works two years later.',
  ),
];
const asArr = [
  'The collection is arranged in five series:',
  'Series 1: Correspondence, 1921-1968',
  'Series 2: Order books and pattern ledgers, 1923-1967',
  'Series 3: Personnel and wage records, 1930-1966',
  'Series 4: Photographs, 1925-1965',
  'Series 5: Trade catalogues and printed matter, 1924-1961',
];
const asAccess = [
  j(
    'The collection is open for research. Wage records in Series 3 that name individual workers are closed until 2041;',
    'summary wage sheets are open. Photographs are available as reference copies in the reading room.',
  ),
];
const asUse = [
  j(
    'Copyright in the business records was transferred to the Tamsin Valley Historical Library by the Orvell family in 1989.',
    'Permission to publish images from the trade catalogues must be requested from the Curator of Manuscripts.',
  ),
];
const asNav = ['Repositories', 'Collections', 'Digital Materials', 'Unprocessed Material', 'Subjects', 'Names', 'Classifications'];
const asTree = [
  'Series 1: Correspondence, 1921-1968',
  'Series 2: Order books and pattern ledgers, 1923-1967',
  'Series 3: Personnel and wage records, 1930-1966',
  'Series 4: Photographs, 1925-1965',
  'Series 5: Trade catalogues and printed matter, 1924-1961',
];
const asHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${asTitle} | Tamsin Valley Historical Library</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The papers document the business of the Orvell Glass Works.">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="q1Vf0X9b2Ew">
<link rel="stylesheet" href="/assets/application-5e1f.css" media="all">
<script type="application/ld+json">{"@context":"http://schema.org/","@id":"https://archives.tvhl.example/repositories/2/resources/214",
"@type":["Collection","ArchiveComponent"],"name":"${asTitle}","identifier":"MS 214","holdingArchive":{"@type":"ArchiveOrganization",
"name":"Tamsin Valley Historical Library, Special Collections"}}</script>
<script>var APP_PATH = '/'; var SHOW_IDENTIFIERS_IN_TREE = false;</script></head>
<body><div class="skipnav"><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<div class="container-fluid no-pad"><section id="header"><div class="row"><div class="col-sm-9"><h1><a title="Return to the ArchivesSpace homepage"
href="https://archives.tvhl.example">Tamsin Valley Historical Library Archives</a></h1></div></div></section>
<section id="navigation"><nav class="navbar navbar-default" aria-label="top-level navigation"><div class="container-fluid navbar-header top-bar">
<ul class="nav navbar-nav">${links(asNav)}</ul>
<ul class="nav navbar-nav navbar-right"><li><a href="/search?reset=true" title="Search The Archives">Search The Archives</a></li></ul></div></nav></section>
<div class="container-fluid content" id="maincontent">
<div class="row" id="info_row"><div class="information col-sm-7"><h1>${asTitle}</h1>
<div class="badge-and-identifier"><div class="record-type-badge resource"><i class="fa fa-archive"></i>&#160;Collection</div>
<div class="identifier"><span class="id-label">Identifier:</span>&#160;<span class="component">MS 214</span></div></div></div>
<div class="page_actions col-sm-5 right"><div class="large-badge"><ul><li class="large-badge-item"><form id="cite_sub"><button
class="btn btn-default page_action request">Citation</button></form></li><li class="large-badge-item"><button
class="btn btn-default page_action request">Request</button></li><li class="large-badge-item"><a class="btn btn-default page_action print"
href="/repositories/2/resources/214/pdf">Print</a></li></ul></div></div></div>
<div class="row"><div class="col-sm-12"><ol class="breadcrumb"><li><a href="/repositories/2">Tamsin Valley Historical Library, Special Collections</a></li>
<li><span class="record-type-badge resource"><i class="fa fa-archive"></i></span> ${asTitle}</li></ol></div></div>
<div class="row" id="notes_row"><div class="col-sm-9"><div class="upper-record-details">
<div class="abstract single_note"><h2>Scope and Contents</h2>${ps(asScope)}</div>
<div class="dates"><h3>Dates</h3><ul class="dates-list"><li class="dates">Creation: 1921-1968</li></ul></div>
<div class="agents"><h3>Creator</h3><ul class="present_list agents_list"><li><a href="/agents/corporate_entities/88">Orvell Glass Works</a>
(Organization)</li></ul></div></div>
<div class="acc_holder clear"><div class="panel-group" id="res_accordion">
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Biographical / Historical</h3></div>
<div id="bioghist" class="panel-collapse collapse in note_panel"><div class="panel-body">${ps(asBio)}</div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Arrangement</h3></div>
<div id="arrangement" class="panel-collapse collapse in note_panel"><div class="panel-body"><p>${asArr[0]}</p><ul>
${asArr
  .slice(1)
  .map((s) => `<li>${s}</li>`)
  .join('\n')}</ul></div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Conditions Governing Access</h3></div>
<div id="accessrestrict" class="panel-collapse collapse in note_panel"><div class="panel-body">${ps(asAccess)}</div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Conditions Governing Use</h3></div>
<div id="userestrict" class="panel-collapse collapse in note_panel"><div class="panel-body">${ps(asUse)}</div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Extent</h3></div>
<div class="panel-body"><p class="extent">14.5 Linear Feet (29 boxes)</p></div></div></div></div></div>
<div id="sidebar" class="sidebar sidebar-container col-sm-3 resizable-sidebar"><h2>Collection organization</h2>
<div class="infinite-tree-view"><ul class="largetree">${links(asTree, 'largetree-node indent-level-1')}</ul></div>
<div class="repository-contact"><h3>Repository Details</h3><p>Part of the Tamsin Valley Historical Library, Special Collections Repository</p>
<p>Contact: specialcollections@tvhl.example</p></div></div></div></div>
<footer><div class="footer" id="footer"><div class="row"><div class="col-sm-9"><p><a href="https://staff.tvhl.example">Staff Interface</a> |
<a href="https://archivesspace.org">Visit ArchivesSpace.org</a> | v3.4.1</p></div><div class="col-sm-3"><p class="footer-items">
<a id="aspace-logo-link" href="https://archivesspace.org">Hosted by ArchivesSpace</a></p></div></div></div></footer></div>
<script src="/assets/largetree-77a2.js"></script></body></html>`;
const aspace: TestPage = {
  name: 'heldout377-archivesspace-collection',
  kind: 'docs',
  html: asHtml,
  title: asTitle,
  headings: ['Scope and Contents', 'Biographical / Historical', 'Arrangement', 'Conditions Governing Access', 'Conditions Governing Use'],
  body: texts([...asScope, ...asBio, ...asArr, ...asAccess, ...asUse]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Tamsin Valley Historical Library Archives', ...asNav, 'Search The Archives', 'Collection', 'Identifier:', 'MS 214',
    'Citation', 'Request', 'Print', 'Tamsin Valley Historical Library, Special Collections', 'Collection organization', 'Repository Details',
    'Part of the Tamsin Valley Historical Library, Special Collections Repository', 'Contact: specialcollections@tvhl.example', 'Staff Interface',
    'Visit ArchivesSpace.org', 'v3.4.1', 'Hosted by ArchivesSpace',
  ],
};

const kTitle = 'Salt and ember : glassmaking communities of the Tamsin Valley, 1850-1970 /';
const kSummary = [
  j('The book closes with a short guide for local historians on finding glassworks in census returns, rate books and', 'trade directories.'),
  j(
    'Drawing on works ledgers, parish registers and interviews with former glassworkers, this study follows three generations',
    'of families who made bottles, lamp chimneys and tableware in the small river towns of the Tamsin Valley. The author argues',
    'that the trade survived for so long because skills passed inside households rather than through formal apprenticeship, and',
    'that the decline of the valley\u2019s works after 1950 was as much a failure of training as of markets.',
  ),
  j(
    'Chapters on wages, housing and the seasonal closing of furnaces are set beside studies of individual firms, including the',
    'Orvell Glass Works and the short-lived Brenner cooperative at Ashcombe.',
  ),
];
const kContents = [
  'Introduction: a valley of furnaces',
  'Sand, salt and coal: the making of an industry',
  'Houses at the works gate',
  'Teaching the hand: skill inside the family',
  'The Ashcombe cooperative, 1919-1926',
  'Pressed ware and the department store',
  'Closing time: the last furnaces, 1950-1970',
];
const kNotes = [
  j(
    'Includes bibliographical references (pages 301-322) and index. Based on the author\u2019s thesis (doctoral), University of',
    'Carrow, 2014. The appendix lists every glassworks known to have operated in the valley, with dates of opening and closure',
    'and the sources in which each is recorded.',
  ),
];
const kNav = ['Advanced search', 'Course reserves', 'Authority search', 'Tag cloud', 'Most popular', 'Recent comments'];
const kActions = ['Add to your cart', 'Save to your lists', 'Save record', 'Cite this', 'More searches'];
const kFoot = ['Library hours', 'Ask a librarian', 'Accessibility statement', 'Privacy'];
const kHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><title>Salt and ember : glassmaking communities of the Tamsin Valley, 1850-1970
\u203a Ashcombe Public Libraries catalog</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="Koha 23.11.06.000"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="book"><meta property="og:title" content="Salt and ember">
<link rel="stylesheet" type="text/css" href="/opac-tmpl/bootstrap/css/opac_23.1106000.css">
<script>var Koha = {}; var OPACShowHoldQueueDetails = 0; var biblionumber = 48213;</script></head>
<body ID="opac-detail" class="branch-default scrollto" lang="en"><div id="wrapper">
<div id="header-region" class="noprint"><nav class="navbar navbar-expand"><div id="logo"><a class="navbar-brand" href="/cgi-bin/koha/opac-main.pl">
Ashcombe Public Libraries</a></div><ul id="cart-list-nav" class="navbar-nav"><li class="nav-item js-show"><a href="#" id="cartmenulink"
class="nav-link">Cart</a></li><li class="nav-item dropdown"><a href="/cgi-bin/koha/opac-shelves.pl" class="nav-link dropdown-toggle">Lists</a></li></ul>
<ul id="members" class="navbar-nav"><li class="nav-item"><a href="/cgi-bin/koha/opac-user.pl" class="nav-link login-link">Log in to your account</a></li></ul>
</nav><div id="opac-main-search" class="container-fluid"><form name="searchform" method="get" action="/cgi-bin/koha/opac-search.pl" id="searchform">
<label for="masthead_search" class="sr-only">Search the catalog by:</label><select name="idx" id="masthead_search"><option value="">Library catalog</option>
<option value="ti">Title</option><option value="au">Author</option></select><input type="text" id="translControl1" name="q" class="form-control">
<button type="submit" id="searchsubmit" class="btn btn-primary" title="Search" aria-label="Search">Go</button></form></div>
<div id="moresearches"><ul>${links(kNav)}</ul></div></div>
<div class="main"><nav id="breadcrumbs" aria-label="Breadcrumb" class="breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/cgi-bin/koha/opac-main.pl">Home</a></li><li class="breadcrumb-item"><a href="#">Details for: Salt and ember</a>
</li></ol></nav>
<div class="container-fluid"><div class="row"><div class="col-lg-9"><div id="opac-detail" class="maincontent">
<div id="catalogue_detail_biblio"><div class="record" vocab="http://schema.org/" typeof="CreativeWork Book" resource="#record">
<span class="results_summary type"><span class="label">Material type: </span>Text</span>
<h1 class="title" property="name">${kTitle}</h1>
<span class="results_summary author h3"><span class="byauthor">By:</span> <span property="author"><a href="/cgi-bin/koha/opac-search.pl?q=au:Pell">Pell,
Ruthanne</a></span></span>
<span class="results_summary publisher"><span class="label">Publisher: </span><span property="publisher">Carrow : Millrace Press, 2019</span></span>
<span class="results_summary description"><span class="label">Description: </span>xiv, 338 pages : illustrations, maps ; 24 cm</span>
<span class="results_summary isbn"><span class="label">ISBN: </span><span property="isbn">9781909214307</span></span>
<span class="results_summary subjects"><span class="label">Subject(s): </span><a href="#">Glass industry -- History</a> | <a href="#">Glassworkers --
Social conditions</a></span>
<span class="results_summary ddc"><span class="label">DDC classification: </span>338.4766</span>
<div class="results_summary summary"><span class="label">Summary: </span>${ps(kSummary)}</div>
<div class="results_summary contents"><span class="label">Contents: </span><ul class="contents">${kContents.map((c) => `<li>${c}</li>`).join('\n')}</ul></div>
<div id="social_networks" class="noprint"><span>Share</span><a href="#" title="Share on Facebook">Facebook</a>
<a href="#" title="Share on X">Share on X</a><a href="#" title="Share via email">Email</a></div></div></div>
<div id="bibliodescriptions" class="toptabs"><ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" href="#holdings">Holdings
( 2 )</a></li><li class="nav-item"><a class="nav-link" href="#descriptions">Title notes</a></li><li class="nav-item"><a class="nav-link"
href="#comments">Comments ( 0 )</a></li></ul>
<div class="tab-content"><div id="holdings" class="tab-pane active"><table class="table table-bordered table-striped" id="holdingst">
<caption class="sr-only">Holdings</caption><thead><tr><th>Item type</th><th>Current library</th><th>Call number</th><th>Status</th><th>Date due</th>
</tr></thead>
<tbody><tr><td>Book</td><td>Ashcombe Central</td><td>338.4766 PEL</td><td>Available</td><td></td></tr>
<tr><td>Reference</td><td>Local Studies Room</td><td>LS 338.4766 PEL</td><td>Not for loan</td><td></td></tr></tbody></table></div>
<div id="descriptions" class="tab-pane"><div class="content_set"><p class="marcnote marcnote-504">${kNotes[0]}</p></div></div>
<div id="comments" class="tab-pane"><p>There are no comments on this title.</p>
<a href="/cgi-bin/koha/opac-review.pl?biblionumber=48213">Post a comment</a></div></div>
</div></div></div>
<div class="col-lg-3"><div id="ulactioncontainer"><ul id="action"><li><a class="print-large btn btn-link" href="#">Print</a></li>
${links(kActions)}</ul><div id="shelfbrowser"><h5>Browse shelf</h5><p>Ashcombe Central, Shelving location: Local history</p>
<a href="#">Close shelf browser (Hides shelf browser)</a></div></div></div></div></div></div>
<footer id="changelanguage" class="navbar navbar-expand navbar-light bg-light noprint"><div id="opaccredits" class="noprint">
<ul>${links(kFoot)}</ul><p>Ashcombe Public Libraries, 4 Mill Lane, Ashcombe</p></div><div id="koha_url" class="clearfix"><p>Powered by
<a class="koha_url" rel="nofollow" href="https://koha-community.org">Koha</a></p></div></footer></div>
<script src="/opac-tmpl/bootstrap/js/global_23.1106000.js"></script></body></html>`;
const koha: TestPage = {
  name: 'heldout377-koha-opac-record',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...kSummary, ...kContents, ...kNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Public Libraries', 'Cart', 'Lists', 'Log in to your account', 'Search the catalog by:', 'Library catalog', ...kNav, 'Home',
    'Details for: Salt and ember', 'Share on X', 'Facebook', 'Email', 'Title notes', 'Comments ( 0 )', 'Item type', 'Current library',
    'Call number', 'Ashcombe Central', 'Available', 'Not for loan', 'Local Studies Room', 'There are no comments on this title.',
    'Post a comment', 'Print', ...kActions, 'Browse shelf', 'Ashcombe Central, Shelving location: Local history',
    'Close shelf browser (Hides shelf browser)', ...kFoot, 'Ashcombe Public Libraries, 4 Mill Lane, Ashcombe', 'Powered by Koha',
  ],
};

export const HELDOUT377_A: readonly TestPage[] = [aspace, koha];
