import { links, ps, type TestPage, texts } from './page-kit.js';
import { roadClosure } from './pages-heldout221-c2.js';

/**
 * Held-out batch 221, file c: a school district announcement on a Finalsite site (the utility bar with "Translate" and the
 * schools dropdown, the header with the quick links and "Menu" toggle, the district news post element with its date and
 * author, a summary, the body with a schedule table and FAQ headings, a PDF download link inside the post, the "Back to News"
 * link, the "More News" post list, the emergency alert bar at the top and the footer with social links and the Finalsite
 * credit) and, from file c2, a public works road-closure notice on a Granicus govAccess city site.
 */
const fsTitle = 'Board approves new start times for the 2025-26 school year';
const fsSummary = 'High schools will start 40 minutes later and elementary schools 25 minutes earlier beginning in August.';
const fsP1 = [
  'At its regular meeting on Monday, February 24, the Pine Valley Unified School District Board of Education voted 5-2 to adopt ' +
    'new bell schedules for all schools, starting on the first day of the 2025-26 school year, August 13, 2025.',
  'The change follows fifteen months of study by a committee of parents, teachers, principals, transportation staff and students. ' +
    'The committee recommended moving high school start times later in response to research on teenage sleep, and reorganizing bus ' +
    'routes so that the district can run the same number of routes with the drivers it has.',
];
const fsH = ['New bell schedules', 'Transportation', 'Before- and after-school care', 'Questions families have asked'];
const fsRows = [
  ['Elementary schools', '8:45 a.m. – 3:15 p.m.', '8:20 a.m. – 2:50 p.m.'],
  ['Middle schools', '8:05 a.m. – 2:50 p.m.', '8:05 a.m. – 2:50 p.m.'],
  ['High schools', '7:30 a.m. – 2:25 p.m.', '8:10 a.m. – 3:05 p.m.'],
];
const fsP2 = [
  'Wednesday early release times will move by the same amount at each level. Full schedules for every school are in the attached ' +
    'document and will be posted on each school’s website.',
];
const fsP3 = [
  'Bus pick-up times will change for almost every route. Families will receive their student’s new stop and pick-up time through ' +
    'ParentSquare by August 1. Routes for students at Crestline and Harmon elementary schools, which share buses with the two high ' +
    'schools, will see the largest changes.',
];
const fsP4 = [
  'The district’s Kids Club program will open at 6:45 a.m. at every elementary school, thirty minutes earlier than this year, so ' +
    'that working families can drop off before the earlier start. Afternoon care will continue until 6:00 p.m.',
];
const fsQ = ['Will high school sports and activities end later?', 'Why did middle school times not change?'];
const fsA = [
  'Practices will start later, but most will still end by 6:00 p.m. The athletics office is working with other districts in the ' +
    'league to move weekday game times where possible.',
  'Middle schools sit between the two other bus runs. Keeping their times the same allowed the district to move both the elementary ' +
    'and the high school runs without adding routes.',
];
const fsP5 = [
  'Superintendent Dr. Angela Whitmore thanked the committee and the hundreds of families who answered the district’s two surveys. ' +
    '“We know any change to the school day affects child care, jobs and activities,” she said. “We are giving families almost six ' +
    'months to plan, and we will keep listening as we get ready for August.”',
];
const fsAlert = 'Schools are on a two-hour delay today, Tuesday, February 25, due to icy roads.';
const fsUtil = ['Translate', 'Our Schools', 'Staff', 'Calendar', 'Employment'];
const fsQuick = ['Enroll', 'Lunch Menus', 'ParentSquare', 'Skyward Family Access', 'Bus Routes'];
const fsNav = ['About Us', 'Departments', 'Families', 'Students', 'Community', 'School Board'];
const fsMore = [
  'Kindergarten registration opens March 3',
  'Harmon Elementary robotics team heads to state',
  'Bond oversight committee seeks new members',
  'Spring conferences scheduled for March 19-20',
];
const fsMoreDates = ['02/20/2025', '02/14/2025', '02/10/2025', '02/06/2025'];
const fsFoot = [
  'Pine Valley Unified School District',
  '1400 Cascade Way, Pine Valley, WA 98670',
  'Phone: 360-555-0120',
  'Non-Discrimination Statement',
  'Accessibility',
  'Public Records',
  'Staff Login',
];
const fsSocial = ['Facebook', 'Instagram', 'YouTube'];
const fsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Board approves new start times for the 2025-26 school year - Pine Valley Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${fsTitle}"><meta property="og:description"
content="${fsSummary}">
<meta name="generator" content="Finalsite Composer"><link rel="stylesheet" href="https://resources.finalsite.example/designs/pvusd/css/main.min.css?v=20250212">
<script src="https://resources.finalsite.example/scripts/fs/cms/bundle.js?v=14.2"></script>
<script>window.fsConfig = {"siteId":"pvusd","pageId":221,"postId":88412,"module":"news"};</script></head>
<body class="fsComposerMode fsCustom-page fsLeftSidebar" id="fsPage221"><a class="fsSkipLink" href="#fsPageBodyWrapper">Skip To Main Content</a>
<div id="fsHeader" class="fsHeader"><div class="fsBanner fsStyleAlert fsEmergencyAlert" role="alert"><div class="fsElementContent"><p>${fsAlert}</p>
<button class="fsBannerClose" aria-label="Close">Close</button></div></div>
<div class="fsElement fsNavigation fsList utility-nav" id="fsEl_1001"><div class="fsElementContent"><ul>${links(fsUtil, 'fsNavLevel1')}</ul>
<div id="google_translate_element" class="fsTranslate hidden"></div></div></div>
<div class="fsElement fsContent site-logo" id="fsEl_1002"><a href="/" class="fsLogo"><img src="https://resources.finalsite.example/images/logo.svg"
alt="Pine Valley Unified School District"></a></div><button class="nav-toggle" aria-expanded="false">Menu</button>
<nav class="fsElement fsNavigation fsMenu main-nav" id="fsEl_1003" aria-label="Main Navigation"><ul
class="fsNavLevel1">${links(fsNav, 'fsNavPageInfo')}</ul></nav>
<div class="fsElement fsNavigation quick-links" id="fsEl_1004"><header><h2 class="fsElementTitle">Quick Links</h2></header><ul>${links(fsQuick)}</ul></div>
<div class="fsElement fsSearch" id="fsEl_1005"><form action="/fs/search"><label for="fsSearch" class="fsStyleSROnly">Search</label><input id="fsSearch"
type="text"
name="q"><button type="submit" class="fsSearchButton">Search</button></form></div></div>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsStyleAutoclear fsPageBody"><div id="fsPageContent" class="fsPageLayout">
<section class="fsElement fsPostElement fsList fsNews fsPostDetail" id="fsEl_1201" aria-label="District News"><div class="fsElementContent">
<article class="fsStyleAutoclear fsPost" data-post-id="88412"><div class="fsTitle"><h1>${fsTitle}</h1></div>
<div class="fsPostMeta"><time datetime="2025-02-25T08:00:00-08:00" class="fsDate"><span class="fsMonth">February</span> <span class="fsDay">25</span>,
<span class="fsYear">2025</span></time> <div class="fsAuthor"><span class="fsLabel">By</span> <span
class="fsAuthorName">Communications Office</span></div></div>
<div class="fsSummary"><p>${fsSummary}</p></div>
<div class="fsBody">
${ps(fsP1)}
<h2>${fsH[0]}</h2>
<table class="fsTable"><thead><tr><th scope="col">School level</th><th scope="col">2024-25</th><th scope="col">2025-26</th></tr></thead><tbody>
${fsRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(fsP2)}
<p><a class="fsResourceLink" href="https://resources.finalsite.example/files/pvusd/bell-schedules-2025-26.pdf"
target="_blank">Download: 2025-26 Bell Schedules by
School (PDF)</a></p>
<h2>${fsH[1]}</h2>
${ps(fsP3)}
<h2>${fsH[2]}</h2>
${ps(fsP4)}
<h2>${fsH[3]}</h2>
<h3>${fsQ[0]}</h3><p>${fsA[0]}</p>
<h3>${fsQ[1]}</h3><p>${fsA[1]}</p>
${ps(fsP5)}
</div>
<div class="fsPostShare"><span class="fsLabel">Share</span><a class="fsShareFacebook" href="#" aria-label="Share on Facebook">Facebook</a>
<a class="fsShareTwitter" href="#" aria-label="Share on X">X</a><a class="fsShareEmail" href="#" aria-label="Share by Email">Email</a></div>
<a class="fsBackLink" href="/news">Back to News</a></article></div></section>
<section class="fsElement fsPostElement fsList fsNews more-news" id="fsEl_1202"><header><h2 class="fsElementTitle">More News</h2></header>
<div class="fsElementContent">${fsMore
  .map(
    (t, i) => `<article class="fsStyleAutoclear"><div class="fsTitle"><a class="fsPostLink" href="/news/${i}">${t}</a></div>
<time class="fsDate">${fsMoreDates[i]}</time></article>`,
  )
  .join('\n')}</div><footer><a class="fsElementFooterLink" href="/news">View All News</a></footer></section>
</div></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent footer-info">${ps(fsFoot.slice(0, 3))}</div>
<div class="fsElement fsNavigation footer-links"><ul>${links(fsFoot.slice(3))}</ul></div>
<div class="fsElement social-links"><ul>${links(fsSocial)}</ul></div>
<div class="fsElement fsContent fs-credit"><a href="https://www.finalsite.com" title="Finalsite">Powered by Finalsite</a></div></footer>
<script>jQuery(function(){ FS.posts.init(); });</script></body></html>`;
const finalsite: TestPage = {
  name: 'heldout221-finalsite-district-announcement',
  kind: 'news',
  html: fsHtml,
  // the summary is body; the FAQ questions (h3) are headings; the table's data cells are body, its header cells in neither list;
  // the PDF download link in the post body is furniture
  title: fsTitle,
  headings: [...fsH, ...fsQ],
  body: texts([fsSummary, ...fsP1, ...fsRows.flat(), ...fsP2, ...fsP3, ...fsP4, ...fsA, ...fsP5]),
  bylines: ['February 25, 2025', 'By Communications Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', fsAlert, 'Close', ...fsUtil, 'Menu', ...fsNav, 'Quick Links', ...fsQuick, 'Search',
    'Download: 2025-26 Bell Schedules by School (PDF)',
    'Share', 'Facebook', 'X', 'Email', 'Back to News', 'More News', ...fsMore, ...fsMoreDates, 'View All News', ...fsFoot, ...fsSocial, 'Powered by Finalsite',
  ],
};

export const HELDOUT221_C: readonly TestPage[] = [finalsite, roadClosure];
