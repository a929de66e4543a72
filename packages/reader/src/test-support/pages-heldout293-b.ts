import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file b: a Find a Grave memorial page (a page whose main text is short: vital facts, inscription and a
 * family-written biography, with the photo strip, Family Members, flowers left by visitors, "Created by" / "Added" lines,
 * sponsor box, citation and the site's mega footer) and an archive's collection record in the ArchivesSpace public
 * interface (badge and identifier, page actions, notes in the upper record details and accordion, collection organization
 * sidebar, agents and subjects, citation panel).
 */
const gTitle = 'Josiah Amos Threlkeld';
const gFacts = ['12 Jun 1838', 'Ashcombe, Dorvale County, Ohio, USA', '3 Feb 1911 (aged 72)', 'Ashcombe, Dorvale County, Ohio, USA'];
const gBurial = ['Ashcombe Township Cemetery', 'Ashcombe, Dorvale County, Ohio, USA'];
const gInscr = 'He kept the mill and the mill kept us';
const gBio = [
  j(
    'Josiah was the third son of Amos and Rachel Threlkeld, who came to Dorvale County from Pennsylvania by wagon in 1835. He learned',
    'the miller’s trade from his uncle at Brannock Falls and in 1862 bought the old Ashcombe grist mill on Little Sable Creek, which',
    'he ran for nearly fifty years.',
  ),
  j(
    'He served eleven months with the 118th Ohio Volunteer Infantry in 1864 and 1865 and came home with a bad ankle that made him',
    'walk with a cane for the rest of his life. He was a trustee of Ashcombe Township for three terms and helped found the township',
    'library, to which he left his books.',
  ),
  j(
    'He married Mary Ellen Sayre in 1866. They had seven children, five of whom lived to adulthood. Family stories say he ground',
    'corn for neighbours without charge in the dry summer of 1881, when the creek ran so low the wheel turned only at night.',
  ),
];
const gParents = ['Amos Threlkeld 1801–1867', 'Rachel Dunmore Threlkeld 1805–1879'];
const gSpouse = ['Mary Ellen Sayre Threlkeld 1844–1920 (m. 1866)'];
const gKids = ['Clara Threlkeld Voss 1867–1949', 'Amos Sayre Threlkeld 1869–1943', 'Lydia Threlkeld 1872–1874', 'Henry Josiah Threlkeld 1875–1958'];
const gFlowers = [
  ['Thank you for keeping the mill running. Your great-great-granddaughter still has the brass scale.', 'Left by June Voss-Harlan on 3 Feb 2025'],
  ['Resting near my own family in Ashcombe. Peace to you.', 'Left by Ohio Grave Walker on 30 May 2023'],
];
const gNav = ['Memorials', 'Cemeteries', 'Famous', 'Contribute', 'Register', 'Sign In'];
const gFoot = ['About Find a Grave', 'Help', 'Press', 'Contact Find a Grave', 'Privacy Policy', 'Terms of Service', 'Report a Problem'];
const gLi = (xs: string[]): string =>
  xs.map((x) => `<li class="mem-family"><a href="/memorial/${x.length}"><h3 class="h5 mb-0" itemprop="name">${x}</h3></a></li>`).join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle} (1838-1911) - Find a Grave Memorial</title>
<meta name="description" content="Find a Grave Memorial ID 98127734, citing Ashcombe Township Cemetery, Ashcombe, Dorvale County, Ohio, USA.">
<meta property="og:title" content="${gTitle} (1838-1911) - Find a Grave Memorial"><meta property="og:site_name" content="Find a Grave">
<link rel="canonical" href="https://www.findagrave.com/memorial/98127734/josiah-amos-threlkeld">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"${gTitle}",
"birthDate":"1838-06-12","deathDate":"1911-02-03"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({memorialId:98127734,pageType:'memorial'});</script></head>
<body class="memorial-page"><a class="skip-link" href="#mainContent">Skip to main content</a>
<header class="header"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Find a Grave</a>
<ul class="navbar-nav">${links(gNav, 'nav-item')}</ul></nav></header>
<main id="mainContent"><section class="section-memorial" itemscope itemtype="https://schema.org/Person"><div class="container">
<div class="memorial-photo-strip"><a href="#" class="add-photo">Add Photos</a> <a href="#" class="request-photo">Request Photo</a>
<span class="photo-count">3 Photos</span></div>
<h1 id="bio-name" class="bio-name" itemprop="name">${gTitle}</h1><div class="mem-badges"><span class="badge badge-veteran">Veteran</span></div>
<dl class="mem-events"><dt class="label-birth">Birth</dt><dd><time itemprop="birthDate" id="birthDateLabel">${gFacts[0]}</time>
<div itemprop="birthPlace" id="birthLocationLabel">${gFacts[1]}</div></dd>
<dt class="label-death">Death</dt><dd><span itemprop="deathDate" id="deathDateLabel">${gFacts[2]}</span>
<div itemprop="deathPlace" id="deathLocationLabel">${gFacts[3]}</div></dd>
<dt class="label-burial">Burial</dt><dd><div class="place-name" itemprop="name"><a id="cemeteryNameLabel" href="/cemetery/401877">${gBurial[0]}</a></div>
<div id="cemeteryLocationLabel">${gBurial[1]}</div><a href="#" class="add-gps">Add GPS</a> <a href="#" class="show-map">Show Map</a></dd>
<dt>Memorial ID</dt><dd><span id="memNumberLabel">98127734</span> · <a href="#" data-toggle="modal">View Source</a></dd></dl>
<div class="mem-actions"><button class="btn share-btn">Share</button><button class="btn save-to">Save to</button>
<button class="btn suggest-edits">Suggest Edits</button></div>
<div id="inscriptionValue" class="section-inscription"><h2 class="section-title">Inscription</h2><p>${gInscr}</p></div>
<div class="section-bio"><h2 class="section-title">Biography</h2><div id="partBio" class="data-bio" itemprop="description">${gBio.join('<br><br>\n')}</div>
<p class="bio-min"><span class="text-muted">Family Members</span> are listed below.</p></div>
<div class="section-gravesite"><h2 class="section-title">Gravesite Details</h2><p id="gravesiteDetails">Row 4, beside his wife and daughter Lydia.</p></div>
<div class="section-family" id="family-grid"><h2 class="section-title">Family Members</h2>
<h3 class="member-family">Parents</h3><ul class="list-unstyled">${gLi(gParents)}</ul>
<h3 class="member-family">Spouse</h3><ul class="list-unstyled">${gLi(gSpouse)}</ul>
<h3 class="member-family">Children</h3><ul class="list-unstyled">${gLi(gKids)}</ul>
<a href="#" class="see-more">See more Threlkeld memorials in:</a> <a href="#">Ashcombe Township Cemetery</a></div>
<div class="section-sponsor"><h2 class="section-title">Sponsored by Ancestry</h2><p>Advertisement</p>
<a href="#" class="btn sponsor">Sponsor this memorial</a></div>
<div class="section-flowers" id="flowers"><h2 class="section-title">Flowers</h2><a href="#" class="btn leave-flower">Leave a Flower</a>
${gFlowers.map(([t, w]) => `<div class="memorial-item-flower"><p class="flower-note">${t}</p><p class="flower-by">${w}</p></div>`).join('\n')}</div>
<div class="section-added"><p><span class="created-by">Created by: <a href="/user/profile/4410812">Adele Pruett</a></span></p>
<p><span id="createdDate">Added: 4 May 2014</span></p><p>Find a Grave Memorial ID: 98127734</p>
<p class="citation">Find a Grave, database and images (https://www.findagrave.com/memorial/98127734/josiah-amos-threlkeld: accessed ),
memorial page for ${gTitle} (12 Jun 1838–3 Feb 1911), Find a Grave Memorial ID 98127734.</p></div></div></section></main>
<footer class="footer"><ul class="footer-links">${links(gFoot)}</ul><p>© 2026 Find a Grave®. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We use cookies to personalize content and ads,
to provide social media features and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div><script src="/bundles/memorial.js"></script></body></html>`;
const findAGrave: TestPage = {
  name: 'heldout293-findagrave-memorial',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: ['Inscription', 'Biography'],
  body: texts([...gFacts.slice(0, 3), ...gBurial, gInscr, ...gBio, 'Row 4, beside his wife and daughter Lydia.']),
  bylines: ['Created by: Adele Pruett', 'Added: 4 May 2014'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Find a Grave', ...gNav, 'Add Photos', 'Request Photo', '3 Photos', 'Veteran', 'Add GPS', 'Show Map', 'Memorial ID',
    'View Source', 'Share', 'Save to', 'Suggest Edits', 'Family Members are listed below.', 'Gravesite Details', 'Family Members', 'Parents',
    ...gParents, 'Spouse', ...gSpouse, 'Children', ...gKids, 'See more Threlkeld memorials in:', 'Sponsored by Ancestry', 'Advertisement',
    'Sponsor this memorial', 'Flowers', 'Leave a Flower', ...gFlowers.flat(), 'Find a Grave Memorial ID: 98127734', ...gFoot,
    '© 2026 Find a Grave®. All rights reserved.', 'Accept All Cookies', 'Cookies Settings',
    'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.',
  ],
};

const aTitle = 'Orla Fenwright Papers';
const aH = [
  'Scope and Contents',
  'Dates',
  'Creator',
  'Conditions Governing Access',
  'Biographical / Historical',
  'Arrangement',
  'Extent',
  'Language of Materials',
];
const aScope = [
  j(
    'The papers document the working life of Orla Fenwright, a surveyor and amateur photographer who recorded the farms, chapels and',
    'mills of the Calder Point peninsula between 1902 and the late 1960s. They include correspondence with landowners, parish',
    'councils and the county record office; field notebooks; annotated survey maps; and about 2,400 glass and film negatives.',
  ),
  j(
    'Of particular interest are the notebooks from the 1920s, in which Fenwright recorded the names that farmers used for individual',
    'fields, many of which appear on no printed map. The negatives include the only known photographs of several buildings lost in',
    'the reservoir scheme of 1958.',
  ),
];
const aDates = ['1902 - 1968', 'Majority of material found within 1919 - 1958'];
const aCreator = 'Fenwright, Orla, 1884-1968 (Person)';
const aAccess = [
  j(
    'The collection is open for research. Glass negatives are fragile and are served as digital copies; the originals may be seen by',
    'appointment with the conservator. Correspondence with living people is closed until 2030.',
  ),
];
const aBio = [
  j(
    'Orla Fenwright was born at Holm Farm, Calder Point, in 1884. She trained with her father as a land surveyor and, unusually for',
    'her time, took over his practice in 1911. Her surveys for drainage and boundary disputes took her to nearly every farm on the',
    'peninsula, and she began carrying a camera on these visits in 1913.',
  ),
  j(
    'In later life she gave talks on the place names of the peninsula and corresponded widely with local historians. She died at',
    'Calder Point in 1968 and left her papers to the university library.',
  ),
];
const aArr = 'The collection is arranged in four series:';
const aSeries = [
  'Series 1: Correspondence, 1902-1968',
  'Series 2: Field Notebooks, 1909-1961',
  'Series 3: Maps and Plans, 1905-1958',
  'Series 4: Photographs, 1913-1966',
];
const aExtent = '6.5 Linear Feet (13 boxes, 2 map folders)';
const aLang = 'Materials are in English.';
const aNav = ['Repositories', 'Collections', 'Digital Materials', 'Unprocessed Material', 'Subjects', 'Names', 'Record Groups'];
const aSubj = ['Land surveying -- England -- Calder Point', 'Field names', 'Glass plate negatives', 'Reservoirs -- Social aspects'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${aTitle} | Calder Point University Special Collections</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/application-3d1c9f.css" media="all"><meta name="csrf-param" content="authenticity_token">
<script type="application/ld+json">{"@context":"http://schema.org/","@id":"https://archives.calderpoint.example/repositories/2/resources/412",
"@type":["Collection","ArchiveComponent"],"name":"${aTitle}","identifier":"MS 0412","dateCreated":"1902 - 1968","creator":[{"@type":"Person",
"name":"Fenwright, Orla, 1884-1968"}],"holdingArchive":{"@type":"ArchiveOrganization","name":"Calder Point University Special Collections"}}</script>
<script src="/assets/application-77ab01.js"></script><script>var APP_PATH = '/'; var SHOW_IDENTIFIERS_IN_TREE = false;</script></head>
<body><div class="skipnav"><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<div class="container-fluid no-pad"><section id="header"><div class="row"><div class="col-sm-9"><h1><a title="Return to the ArchivesSpace homepage"
href="/">Calder Point University Special Collections</a></h1></div></div></section>
<section id="navigation"><nav class="navbar navbar-default" aria-label="top-level navigation"><div class="container-fluid navbar-header top-bar">
<ul class="nav navbar-nav">${links(aNav)}</ul><ul class="nav navbar-nav navbar-right"><li><a href="/search?reset=true" title="Search The Archives">
<span class="fa fa-search" aria-hidden="true"></span><span class="sr-only">Search The Archives</span></a></li></ul></div></nav></section></div>
<div class="container-fluid" id="maincontent"><div class="row" id="info_row"><div class="information col-sm-7">
<h1>${aTitle}</h1><div class="badge-and-identifier"><div class="record-type-badge resource"><i class="fa fa-archive"></i>&#160;Collection</div>
<div class="identifier"><span class="id-label">Identifier:</span>&#160;<span class="component">MS 0412</span></div></div></div>
<div class="page_actions col-sm-5 right"><div title="Page Actions"><ul class="list-inline"><li><button type="button" class="btn btn-default page_action">
<i class="fa fa-book fa-3x"></i><br>Citation</button></li><li><button type="button" class="btn btn-default page_action request">
<i class="fa fa-external-link fa-3x"></i><br>Request</button></li><li><form action="/repositories/2/resources/412/pdf" method="post">
<button type="submit" class="btn btn-default page_action print"><i class="fa fa-file-pdf-o fa-3x"></i><br>Print</button></form></li>
<li><a class="btn btn-default page_action staff-button" href="#"><i class="fa fa-pencil fa-3x"></i><br>Staff Only</a></li></ul></div></div></div>
<div class="row"><div class="col-sm-12"><ul class="breadcrumb"><li><a href="/repositories/2">Calder Point University Special Collections</a></li>
<li><span class="record-type-badge resource"><i class="fa fa-archive"></i>&#160;${aTitle}</span></li></ul></div></div>
<div class="row" id="main-content"><div class="col-sm-9"><div class="upper-record-details">
<div class="abstract single_note"><h2>${aH[0]}</h2>${ps(aScope)}</div>
<div class="dates"><h2>${aH[1]}</h2><ul><li>${aDates[0]}</li><li>${aDates[1]}</li></ul></div>
<div class="agent_creator"><h2>${aH[2]}</h2><ul class="present_list agents_list"><li class="agent"><a href="/agents/people/88">${aCreator}</a></li></ul></div>
<div class="note accessrestrict"><h2>${aH[3]}</h2>${ps(aAccess)}</div></div>
<div class="acc_holder clear"><div class="panel-group" id="res_accordion">
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a class="accordion-toggle" data-toggle="collapse"
href="#bioghist_note">${aH[4]}</a></h3></div><div id="bioghist_note" class="panel-collapse collapse in note_panel"><div class="panel-body">${ps(aBio)}
</div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a data-toggle="collapse" href="#arrangement_note">${aH[5]}</a></h3></div>
<div id="arrangement_note" class="panel-collapse collapse in note_panel"><div class="panel-body"><p>${aArr}</p>
<ul>${aSeries.map((x) => `<li>${x}</li>`).join('')}</ul></div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a data-toggle="collapse" href="#extent">${aH[6]}</a></h3></div>
<div id="extent" class="panel-collapse collapse in"><div class="panel-body"><p>${aExtent}</p></div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a data-toggle="collapse" href="#lang">${aH[7]}</a></h3></div>
<div id="lang" class="panel-collapse collapse in"><div class="panel-body"><p>${aLang}</p></div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a data-toggle="collapse" href="#subj_list">Subjects</a></h3></div>
<div id="subj_list" class="panel-collapse collapse"><div class="panel-body"><ul class="present_list subjects_list">${links(aSubj)}</ul></div></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a data-toggle="collapse" href="#cite_sub">Citation</a></h3></div>
<div id="cite_sub" class="panel-collapse collapse"><div class="panel-body"><h4>Cite Item</h4><p id="cite_item">Orla Fenwright Papers, MS 0412,
Calder Point University Special Collections.</p><button class="btn btn-default clip-btn">Copy to clipboard</button></div></div></div></div></div></div>
<div id="sidebar" class="col-sm-3 sidebar sidebar-container resizable-sidebar"><h2>Collection organization</h2>
<div class="infinite-tree-view largetree-container"><div class="root table-row"><span class="title">${aTitle}</span></div>
<ul class="tree">${links(
  aSeries.map((x) => x.replace(/,.*/, '')),
  'table-row',
)}</ul></div>
<form class="form-inline" action="/repositories/2/resources/412/search"><label for="filter_q">Search within this collection</label>
<button type="submit" class="btn btn-primary">Search</button></form></div></div></div>
<div class="container-fluid panel-footer"><div class="row"><div class="col-md-12"><p class="footer-items"><a href="/staff">Staff Interface</a> |
<a href="https://archivesspace.example">Visit ArchivesSpace.org</a> | v3.5.1 Printed By ArchivesSpace</p></div></div></div>
<div id="cookie-consent" class="alert alert-info"><p>This website uses cookies to keep your session and research list.</p>
<button class="btn btn-primary">OK</button></div></body></html>`;
const archivesSpace: TestPage = {
  name: 'heldout293-archivesspace-finding-aid',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aScope, ...aDates, aCreator, ...aAccess, ...aBio, aArr, ...aSeries, aExtent, aLang]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Calder Point University Special Collections', ...aNav, 'Search The Archives', 'Collection', 'Identifier:', 'MS 0412',
    'Citation', 'Request', 'Print', 'Staff Only', ...aSubj, 'Cite Item',
    'Orla Fenwright Papers, MS 0412, Calder Point University Special Collections.', 'Copy to clipboard', 'Collection organization',
    'Search within this collection', 'Search',
    'Staff Interface', 'Visit ArchivesSpace.org', 'v3.5.1 Printed By ArchivesSpace', 'This website uses cookies to keep your session and research list.',
  ],
};

export const HELDOUT293_B: readonly TestPage[] = [findAGrave, archivesSpace];
