import { links, type TestPage, texts } from './page-kit.js';
import { britannicaArticle } from './pages-heldout97-f2.js';

/**
 * Held-out batch 97, file f: a university library research guide on Springshare LibGuides v2 (the library's own header and
 * nav, the LibGuides breadcrumb, the guide header with name and description, "Search this Guide", the page tabs, the
 * content boxes with rich text, a link list and database assets with descriptions, a catalog search widget, the profile
 * box with "Email Me", "Contact:" and "Subjects:", the "Ask a Librarian" chat box with its offline text, previous/next page
 * links, the "Last Updated", "URL", "Print Page", "Login to LibApps", "Report a problem", "Subjects" and "Tags" footer of
 * the guide and the library footer) and, from file f2, a Britannica style encyclopedia article.
 */
const lgTitle = 'Primary Sources for History';
const lgDesc = 'How to find, evaluate and cite primary sources for history courses and research projects.';
const lgBoxes: [string, string[]][] = [
  [
    'What is a primary source?',
    [
      'A primary source is a first-hand account or record made at the time of an event, or later by someone who took part in it. ' +
        'Letters, diaries, newspapers, photographs, government records, maps and oral histories can all be primary sources.',
      'A secondary source, such as a journal article or a textbook, analyses or interprets primary sources. Whether something ' +
        'counts as primary depends on your question: a 1950s history of the railway is a secondary source on railways, but a ' +
        'primary source if you are studying how historians wrote in the 1950s.',
    ],
  ],
  [
    'Search tips',
    [
      'In the library catalog, add one of these words to your keywords to find published primary sources: <strong>correspondence</strong>, ' +
        '<strong>diaries</strong>, <strong>personal narratives</strong>, <strong>sources</strong> or <strong>interviews</strong>.',
      'For example, a search for <em>crimean war personal narratives</em> finds memoirs written by soldiers and nurses.',
    ],
  ],
];
const lgDbIntro = ['These databases hold digitized newspapers, pamphlets and records. Log in with your university account when asked.'];
const lgDbs = [
  '<a href="https://libguides.dunmore.example/go.php?c=1">Historic Newspapers Archive</a>\n<div class="s-lg-database-desc">Full text of more than 300 ' +
    'British and Irish newspapers from 1700 to 1950, searchable by keyword and date.</div>',
  '<a href="https://libguides.dunmore.example/go.php?c=2">Parliamentary Papers Online</a>\n<div class="s-lg-database-desc">Reports, bills and ' +
    'command papers of the House of Commons from 1715 to the present.</div>',
  '<a href="https://libguides.dunmore.example/go.php?c=3">Empire and Colonial Records</a>\n<div class="s-lg-database-desc">Digitized files from ' +
    'colonial offices, including correspondence, petitions and maps.</div>',
];
const lgArchive = [
  'The Special Collections reading room on the third floor of the Mallory Library holds the university archive, local estate ' +
    'papers and a collection of nineteenth-century pamphlets. Material cannot be borrowed, but you can view it in the reading room.',
  'Book an appointment at least two working days before your visit so that staff can fetch the items you need.',
];
const lgEval = [
  'Who created the source, and why?',
  'When and where was it made, and who was the intended audience?',
  'What does it leave out, and whose voices are missing?',
  'How does it compare with other sources from the same time?',
];
const lgH = ['What is a primary source?', 'Search tips', 'Databases for primary sources', 'Visiting Special Collections', 'Evaluating primary sources'];
const lgLibNav = ['Search', 'Research', 'Services', 'Spaces', 'About', 'Hours', 'My Account'];
const lgCrumbs = ['Dunmore University Libraries', 'LibGuides', lgTitle, 'Finding Primary Sources'];
const lgTabs = ['Home', 'Finding Primary Sources', 'Digital Collections', 'Citing Sources'];
const lgProfile = [
  'Subject Librarian',
  'Isobel Marr',
  'Email Me',
  'Schedule Appointment',
  'Contact:',
  'Mallory Library, Room 214',
  '555-204-3310',
  'Subjects:',
  'History',
  'Classics',
];
const lgChat = [
  'Ask a Librarian',
  'Chat with a librarian',
  'Type your question and press Enter',
  'Chat is offline. Please email us and we will reply within one working day.',
];
const lgMeta = [
  'Last Updated: Oct 3, 2025 10:14 AM',
  'URL: https://libguides.dunmore.example/primary-sources',
  'Print Page',
  'Login to LibApps',
  'Report a problem.',
  'Subjects: History',
  'Tags: archives, historical documents, primary sources',
];
const lgFoot = ['Dunmore University Libraries', 'Mallory Library, 12 College Road, Dunmore', 'Accessibility', 'Privacy', 'Contact Us', 'Staff Login'];
const lgBox = (i: number, inner: string): string => `<div class="s-lib-box-container" id="s-lg-box-wrapper-${2830 + i}"><div class="s-lib-box s-lib-box-std"
id="s-lg-box-${2830 + i}"><h2 class="s-lib-box-title">${lgH[i]}</h2><div id="s-lg-box-collapse-${2830 + i}"><div class="s-lib-box-content">
<div id="s-lg-content-${9100 + i}" class="clearfix">${inner}</div></div></div></div></div>`;
const lgPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Finding Primary Sources - Primary Sources for History - LibGuides at Dunmore University</title>
<meta name="description" content="${lgDesc}"><meta name="DC.Title" content="Research Guides: ${lgTitle}: Finding Primary Sources">
<meta name="DC.Creator" content="Isobel Marr"><meta name="DC.Date.Modified" content="Oct 3, 2025 10:14 AM"><meta name="DC.Language" content="en">
<link rel="canonical" href="https://libguides.dunmore.example/primary-sources/finding">
<link rel="stylesheet" href="https://static-assets-eu.libguides.example/web/jquery/css/jquery-ui.min.css">
<link rel="stylesheet" href="https://static-assets-eu.libguides.example/web/css2.20.4/lg-public.min.css">
<script src="https://static-assets-eu.libguides.example/web/jquery/js/1.12.4_jquery.min.js"></script>
<script>var springSpace = springSpace || {}; springSpace.Common = springSpace.Common || {}; springSpace.Common.Constant = {PROCESSING: {}};
springSpace.Common.baseURL = 'https://libguides.dunmore.example/'; jQuery.ajaxSetup({ cache: true });</script>
<link rel="stylesheet" href="https://libapps-eu.s3.amazonaws.example/sites/1204/include/dunmore-libguides.css"></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="dunmore-header" class="library-header"><a href="https://library.dunmore.example/"><img src="https://libapps-eu.s3.amazonaws.example/logo.png"
alt="Dunmore University Libraries"></a><nav class="library-nav" aria-label="Library"><ul>${links(lgLibNav)}</ul></nav></div>
<div id="s-lib-bc" class="container-fluid"><ol id="s-lib-bc-list" class="breadcrumb">
${lgCrumbs.map((t, i) => (i === 3 ? `<li id="s-lib-bc-page" class="active">${t}</li>` : `<li><a href="#">${t}</a></li>`)).join('\n')}</ol></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med"><div id="s-lg-guide-header" class="row s-lib-side-borders">
<div class="col-md-12"><h1 id="s-lg-guide-name">${lgTitle}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">${lgDesc}</span></div>
<div id="s-lg-guide-header-search"><form role="search" class="form-inline" action="https://libguides.dunmore.example/srch.php" method="GET">
<label for="s-lg-guide-search-terms">Search this Guide</label><input type="text" id="s-lg-guide-search-terms" name="q" class="form-control">
<button class="btn btn-default" type="submit">Search</button></form></div></div></div>
<div id="s-lg-guide-tabs" class="tabs" role="navigation" aria-label="Guide Pages"><ul class="nav nav-tabs split-button-nav">
${lgTabs.map((t, i) => `<li class="${i === 1 ? 'active' : ''}"><a title="" class="s-lg-tab-top-link" href="#"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div>
<div id="s-lg-guide-main" class="container s-lib-side-borders"><div class="row"><div id="s-lg-col-1" class="col-md-9"><div class="s-lg-col-boxes">
${lgBox(0, lgPs(lgBoxes[0]?.[1] ?? []))}
${lgBox(
  1,
  `${lgPs(lgBoxes[1]?.[1] ?? [])}<div class="s-lg-widget"><form action="https://search.dunmore.example/"><label for="cat-q">Search the library catalog</label>
<input id="cat-q" type="text" name="q"><button type="submit">Go</button></form></div>`,
)}
${lgBox(2, `${lgPs(lgDbIntro)}<ul class="s-lg-link-list">${lgDbs.map((t) => `<li><div class="s-lg-database-title">${t}</div></li>`).join('\n')}</ul>`)}
${lgBox(3, `${lgPs(lgArchive)}<img class="s-lg-image" src="https://libapps-eu.s3.amazonaws.example/reading-room.jpg" alt="Special Collections reading room">`)}
${lgBox(4, `<p>Ask these questions of every source you use:</p><ul>${lgEval.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
<div id="s-lg-page-prevnext" class="pad-top-med"><a href="#"><span class="fa fa-chevron-left"></span>Previous: Home</a>
<a href="#">Next: Digital Collections <span class="fa fa-chevron-right"></span></a></div></div></div>
<div id="s-lg-col-2" class="col-md-3"><div class="s-lg-col-boxes"><div class="s-lib-box-container"><div class="s-lib-box s-lib-box-std">
<h2 class="s-lib-box-title">${lgProfile[0]}</h2><div class="s-lib-box-content"><div class="s-lib-profile-container"><div class="s-lib-profile-name">
${lgProfile[1]}</div><img class="s-lib-profile-image" src="https://libapps-eu.s3.amazonaws.example/profile.jpg" alt="${lgProfile[1]}'s picture">
<div class="s-lib-profile-email"><a class="label label-info" href="mailto:i.marr@dunmore.example">${lgProfile[2]}</a></div>
<div class="s-lib-profile-appointment"><a class="btn btn-default" href="#">${lgProfile[3]}</a></div><div class="s-lib-profile-contact">
<strong>${lgProfile[4]}</strong><br>${lgProfile[5]}<br>${lgProfile[6]}</div><div class="s-lib-profile-subjects"><strong>${lgProfile[7]}</strong>
<a href="#">${lgProfile[8]}</a>, <a href="#">${lgProfile[9]}</a></div></div></div></div></div>
<div class="s-lib-box-container"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${lgChat[0]}</h2><div class="s-lib-box-content">
<div id="libchat_widget" class="libchat_online" hidden><p>${lgChat[1]}</p><textarea placeholder="Type here"></textarea><p>${lgChat[2]}</p></div>
<div class="libchat_offline"><p>${lgChat[3]}</p></div></div></div></div></div></div></div></div>
<div id="s-lib-footer-public" class="s-lib-footer-public container"><div class="pull-left"><div id="s-lg-guide-header-meta">
<div id="s-lg-guide-header-updated"><span class="s-lg-text-greyout">Last Updated:</span> Oct 3, 2025 10:14 AM</div><div id="s-lg-guide-header-url">
<span class="s-lg-text-greyout">URL:</span> https://libguides.dunmore.example/primary-sources</div><div id="s-lg-guide-print-url"><a href="#"><i
class="fa fa-print"></i> Print Page</a></div></div><div id="s-lib-footer-login-link"><a href="https://dunmore.libapps.example/libapps/login.php">Login to
LibApps</a></div><div id="s-lib-footer-support-link"><a href="#">Report a problem.</a></div></div><div class="pull-right"><div id="s-lg-guide-subjects">
<span class="s-lg-text-greyout">Subjects:</span> <a href="#">History</a></div><div id="s-lg-guide-tags"><span class="s-lg-text-greyout">Tags:</span>
<a href="#">archives</a>, <a href="#">historical documents</a>, <a href="#">primary sources</a></div></div></div>
<footer id="dunmore-footer" class="library-footer"><ul>${links(lgFoot)}</ul></footer>
<script src="https://static-assets-eu.libguides.example/web/js2.20.4/lg-public.min.js"></script></body></html>`;
const libguide: TestPage = {
  html: lgHtml,
  name: 'heldout97-libguides-research-guide',
  kind: 'docs',
  // the guide description is body; the box titles of the main column are the headings and their contents body (a database
  // item is its name and description as one line); the current page's name (in the tabs and breadcrumb), the catalog
  // widget, image, prev/next links, the profile and chat boxes, the guide footer lines (last updated as a byline) and the
  // library header and footer are furniture; the profile's subject link "History" is a word of the title and the library
  // nav's "Search" a word of a heading (left out); the
  // guide name in the breadcrumb repeats the title (left out)
  title: lgTitle,
  headings: lgH,
  body: [
    lgDesc,
    ...texts(lgBoxes.flatMap(([, p]) => p)),
    ...lgDbIntro,
    ...texts(lgDbs),
    ...lgArchive,
    'Ask these questions of every source you use:',
    ...lgEval,
  ],
  bylines: [lgMeta[0] as string],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...lgLibNav.slice(1), 'Dunmore University Libraries', 'LibGuides', ...lgTabs, 'Search this Guide',
    'Search the library catalog', 'Go',
    'Previous: Home', 'Next: Digital Collections', ...lgProfile.filter((t) => t !== 'History'), ...lgChat,
    ...lgMeta.slice(1), ...lgFoot.slice(1),
  ],
};

export const HELDOUT97_F: readonly TestPage[] = [libguide, britannicaArticle];
