import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 82, file e2: a page of a university library research guide on Springshare LibGuides v2 (the public skip
 * link, the library's own banner and nav, the LibGuides breadcrumb, the guide header with name, description and "Search this
 * Guide", the page tabs, content boxes with rich text, link lists with hidden "opens in a new window" notes and database
 * assets with access icons, the librarian profile box, a chat widget box, the previous/next page buttons, the guide footer
 * with "Last Updated", "URL", "Print Page", "Login to LibApps", "Report a problem.", subjects and tags, and the library
 * footer).
 */
const lgTitle = 'Local History Research';
const lgDesc = 'A guide to researching the history of Marlowe County and its towns, for students and community researchers.';
const lgWhat = [
  'Primary sources are first-hand records created at the time of the events you are studying, or by people who took part in them. For local ' +
    'history they include letters and diaries, town council minutes, photographs, maps, business ledgers, church registers and local ' +
    'newspapers.',
  'Secondary sources, such as county histories and journal articles, interpret those records. Start with a good secondary source to learn ' +
    'the names, dates and places you will need, then go to the primary sources to test what it says.',
];
const lgArchives = [
  'Many records about Marlowe County have never been digitized. The collections below can be used in person; check opening hours and ' +
    'request items at least two days before your visit.',
];
interface LgLink {
  title: string;
  desc: string;
}
const lgArchiveLinks: LgLink[] = [
  {
    title: 'Hale Library Special Collections',
    desc: 'College records, the papers of local families and the Tanner photograph collection of about 9,000 prints from 1880 to 1950.',
  },
  {
    title: 'Marlowe County Historical Society',
    desc: 'Town council minutes, tax rolls, cemetery surveys and an index of local obituaries. Appointments required on weekdays.',
  },
  {
    title: 'State Archives, Northern Branch',
    desc: 'Court records, land deeds and school district reports for the northern counties, including Marlowe.',
  },
];
const lgDigital = ['These collections are free to use online and are a good place to start if you cannot visit in person.'];
const lgDatabases: LgLink[] = [
  {
    title: 'Marlowe Heritage Online',
    desc: 'Digitized photographs, postcards and oral history interviews from the Historical Society and the public library, searchable by place.',
  },
  {
    title: 'Northern Newspapers Archive',
    desc: 'Full text of eleven local newspapers from 1852 to 1979. Off-campus access requires your college login.',
  },
];
const lgTipsIntro = ['Records from before 1950 are often indexed differently from modern sources. A few habits will save you time:'];
const lgTips = [
  'Search for old place names as well as current ones. Several villages in the county were renamed when the railway arrived.',
  'Try variant spellings of family names, and search for initials as well as first names.',
  'Note the collection, box and folder number of every document you use, so that you and your readers can find it again.',
  'Ask the archivist. Finding aids rarely describe everything in a collection, and staff often know where the useful material is.',
];
const lgBanner = ['Search', 'Research Guides', 'Hours', 'Ask a Librarian', 'My Account'];
const lgCrumbs = ['Marlowe College Library', 'LibGuides', 'Local History Research'];
const lgTabs = ['Getting Started', 'Finding Primary Sources', 'Newspapers', 'Maps', 'Citing Sources'];
const lgNewWin = 'This link opens in a new window';
const lgProfile = ['Librarian', 'Maya Orlov', 'Email Me', 'Schedule Appointment', 'Contact:', 'Hale Library, Room 214', '555-0187', 'Subjects:', 'History'];
const lgChat = ['Ask Us', 'Chat with a librarian', 'Chat is offline. Please email us and we will reply within one working day.'];
const lgPrevNext = ['<< Previous: Getting Started', 'Next: Newspapers >>'];
const lgFootInfo = ['Last Updated: Sep 2, 2025 11:14 AM', 'URL: https://guides.marlowe.edu/localhistory', 'Print Page'];
const lgFootLinks = ['Login to LibApps', 'Report a problem.'];
const lgSubjects = ['Subjects:', 'History', 'Local & Regional Studies'];
const lgTags = ['Tags:', 'archives', 'genealogy', 'local history', 'primary sources'];
const lgLibFoot = ['Library Hours', 'Contact Us', 'Accessibility', 'Staff Directory'];
const lgAddress = 'Hale Library · Marlowe College · 400 College Avenue · Marlowe, PA 17012 · 555-0100';
// tab, subject and tag names that are also words of short gold lines (a heading, a link title): left out
const lgBodyWords = ['Newspapers', 'History', 'archives', 'local history', 'primary sources'];
const lgRich = (id: number, inner: string): string => `<div id="s-lg-content-${id}" class="  clearfix">${inner}</div>`;
const lgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const lgBox = (id: number, title: string, inner: string): string => `<div id="s-lg-box-wrapper-${id}" class="s-lg-box-wrapper-${id}">
<div id="s-lg-box-${id}-container" class="s-lib-box-container"><div id="s-lg-box-${id}" class="s-lib-box s-lib-box-std"><h2
class="s-lib-box-title">${title}</h2>
<div id="s-lg-box-collapse-${id}"><div class="s-lib-box-content">${inner}</div></div></div></div></div>`;
const lgLinkList = (a: readonly LgLink[]): string =>
  `<ul class="s-lg-link-list">${a
    .map(
      (
        l,
      ) => `<li><div><a href="https://guides.marlowe.edu/link/${l.title.length}" target="_blank">${l.title}<span class="visually-hidden">${lgNewWin}</span></a>
</div><div class="s-lg-link-desc">${l.desc}</div></li>`,
    )
    .join('\n')}</ul>`;
const lgDbList = (a: readonly LgLink[]): string =>
  `<ul class="s-lg-link-list">${a
    .map(
      (l) => `<li><div class="s-lg-database-title"><a href="https://marlowe.idm.example/login?url=db${l.title.length}" target="_blank">${l.title}<span
class="visually-hidden">${lgNewWin}</span></a> <img class="s-lg-database-icon" src="https://libapps.s3.amazonaws.com/apps/common/images/lock.png"
alt="Off-campus access" title="Off-campus access"></div><div class="s-lg-database-desc">${l.desc}</div></li>`,
    )
    .join('\n')}</ul>`;
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Finding Primary Sources - Local History Research - LibGuides at Marlowe
College</title>
<meta name="description" content="${lgDesc}"><meta name="keywords" content="archives, genealogy, local history, primary sources">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.com/web/css2.43.1/lib/bootstrap.min.css">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.com/web/css2.43.1/public.min.css">
<script src="https://libapps.s3.amazonaws.com/web/jquery/js/jquery.js"></script>
<script>var springSpace = springSpace || {}; springSpace.Common = springSpace.Common || {};
springSpace.Common.constant = {PROCESSING: {ACTION_DISPLAY_POLL: 181}};
springSpace.Common.baseURL = "https://guides.marlowe.edu/"; springSpace.site_id = 4471;</script></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-banner" class="container s-lib-side-borders"><div class="lib-header"><a href="https://library.marlowe.edu" class="lib-logo"><img
src="https://libapps.s3.amazonaws.com/customers/4471/images/marlowe-library-logo.png" alt="Marlowe College Library"></a><ul class="lib-nav">${links(lgBanner)}
</ul></div></div>
<div id="s-lib-bc" class="container s-lib-side-borders"><ol id="s-lib-bc-list" class="breadcrumb">${links(lgCrumbs)}
<li id="s-lib-bc-page" class="active">Finding Primary Sources</li></ol></div>
<div id="s-lg-guide-header" class="container s-lib-side-borders"><div class="row"><div id="s-lg-guide-header-info" class="col-md-9">
<h1 id="s-lg-guide-name">${lgTitle}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-description">${lgDesc}</span></div></div>
<div id="s-lg-guide-header-search" class="col-md-3"><form role="search" action="https://guides.marlowe.edu/srch.php"><label for="s-lg-guide-search-terms"
class="sr-only">Search this Guide</label><input type="text" id="s-lg-guide-search-terms" name="q" placeholder="Search this Guide"><button
class="btn btn-default" type="submit">Search</button></form></div></div></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med"><div id="s-lg-guide-tabs" role="navigation"><ul
class="nav nav-tabs split-button-nav">
${lgTabs
  .map(
    (t, i) => `<li class="${i === 1 ? 'active' : ''}"><a href="https://guides.marlowe.edu/localhistory/${i}"
class="s-lg-tab-top-link">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div>
<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders" role="main"><div class="row s-lg-row"><div id="s-lg-col-1" class="col-md-8">
<div class="s-lg-col-boxes">
${lgBox(31001, 'What are primary sources?', lgRich(61001, lgPs(lgWhat)))}
${lgBox(31002, 'Archives and special collections', `${lgRich(61002, lgPs(lgArchives))}\n${lgLinkList(lgArchiveLinks)}`)}
${lgBox(31003, 'Digital collections', `${lgRich(61003, lgPs(lgDigital))}\n${lgDbList(lgDatabases)}`)}
${lgBox(31004, 'Tips for searching', lgRich(61004, `${lgPs(lgTipsIntro)}<ul>${lgTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>`))}
</div></div><div id="s-lg-col-2" class="col-md-4"><div class="s-lg-col-boxes">
${lgBox(
  31005,
  lgProfile[0]!,
  `<div class="s-lib-profile-container"><div class="s-lib-profile-image"><img src="https://libapps.s3.amazonaws.com/accounts/188204/profile.jpg"
alt="Maya Orlov's picture"></div><div class="s-lib-profile-name">${lgProfile[1]}</div><div class="s-lib-profile-email"><a class="btn btn-default"
href="mailto:morlov@marlowe.edu">${lgProfile[2]}</a></div><div class="s-lib-profile-widget"><a class="btn btn-info"
href="https://marlowe.libcal.com/appointments">
${lgProfile[3]}</a></div><div class="s-lib-profile-contact"><h3>${lgProfile[4]}</h3>${lgProfile[5]}<br>${lgProfile[6]}</div>
<div class="s-lib-profile-subjects"><h3>${lgProfile[7]}</h3><a href="https://guides.marlowe.edu/history">${lgProfile[8]}</a></div></div>`,
)}
${lgBox(
  31006,
  lgChat[0]!,
  `<div id="libchat_4f1b" class="libchat-widget"><p class="libchat-title">${lgChat[1]}</p><p
class="libchat-offline">${lgChat[2]}</p></div>`,
)}
</div></div></div>
<div id="s-lg-page-prevnext" class="pad-top-med pad-bottom-med"><div class="s-lg-prev"><a href="https://guides.marlowe.edu/localhistory/0"
class="btn btn-default">&lt;&lt; <span class="hidden-xs">Previous:</span> Getting Started</a></div><div class="s-lg-next"><a
href="https://guides.marlowe.edu/localhistory/2" class="btn btn-default"><span class="hidden-xs">Next:</span> Newspapers &gt;&gt;</a></div></div></div>
<div id="s-lib-footer-public" class="container s-lib-side-borders"><div id="s-lg-guide-footer" class="row"><div id="s-lib-footer-rights" class="col-md-4">
<div id="s-lg-guide-info"><div id="s-lg-update"><span>Last Updated:</span> Sep 2, 2025 11:14 AM</div><div id="s-lg-guide-url"><span>URL:</span>
https://guides.marlowe.edu/localhistory</div><div id="s-lib-footer-print"><a href="javascript:window.print();"><i class="fa fa-print"></i> Print
Page</a></div></div>
</div><div id="s-lib-footer-login-link" class="col-md-4"><a href="https://marlowe.libapps.com/libapps/login.php">${lgFootLinks[0]}</a></div>
<div id="s-lib-footer-support-link" class="col-md-4"><a href="https://springshare.com/support/">${lgFootLinks[1]}</a></div></div>
<div id="s-lg-guide-tags-subjects" class="row"><div id="s-lg-guide-subjects"><span>${lgSubjects[0]}</span> <a href="#">${lgSubjects[1]}</a>, <a
href="#">${lgSubjects[2]!.replace('&', '&amp;')}</a></div><div id="s-lg-guide-tags"><span>${lgTags[0]}</span> ${lgTags
  .slice(1)
  .map((t) => `<a href="#">${t}</a>`)
  .join(', ')}</div></div></div>
<div id="s-lib-footer-custom" class="container"><ul class="lib-footer-links">${links(lgLibFoot)}</ul><p class="lib-address">${lgAddress}</p></div>
<script src="https://libapps.s3.amazonaws.com/web/js2.43.1/public.min.js"></script></body></html>`;
export const libguidePage: TestPage = {
  html: lgHtml,
  name: 'heldout82-libguides-research-guide',
  kind: 'docs',
  // the guide's name (h1) is the title; its description is in neither list; the main column's box titles are headings and
  // their rich text, tips, link titles and link descriptions are body (each title and description an entry); the hidden
  // "opens in a new window" notes, the access icon, the tabs (the current page's name too), the librarian profile, the chat
  // box, previous/next buttons, guide footer (its "Last Updated" line is a byline), subjects, tags and library footer are
  // furniture, except the names in lgBodyWords
  title: lgTitle,
  headings: ['What are primary sources?', 'Archives and special collections', 'Digital collections', 'Tips for searching'],
  body: [
    ...texts([...lgWhat, ...lgArchives]),
    ...lgArchiveLinks.flatMap((l) => [l.title, l.desc]),
    ...lgDigital,
    ...lgDatabases.flatMap((l) => [l.title, l.desc]),
    ...lgTipsIntro,
    ...lgTips,
  ],
  bylines: ['Last Updated: Sep 2, 2025 11:14 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to Main Content', ...lgBanner, ...lgCrumbs.slice(0, 2), 'Search this Guide', ...lgTabs, lgNewWin, ...lgProfile, ...lgChat, ...lgPrevNext,
    ...lgFootInfo.slice(1), ...lgFootLinks, ...lgSubjects, ...lgTags, ...lgLibFoot, lgAddress,
  ])].filter((t) => !lgBodyWords.includes(t)),
};
