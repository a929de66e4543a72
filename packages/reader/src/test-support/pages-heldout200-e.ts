import { links, ps, type TestPage, texts } from './page-kit.js';
import { libGuide } from './pages-heldout200-e2.js';

/**
 * Held-out batch 200, file e: a school district news post on a Finalsite site (the district alert banner, the Google
 * Translate picker, the header quick links and the main menu with its hidden dropdown items, breadcrumbs, the post
 * detail with author and date labels, the lead photo with its caption, the share links, "Back to News", categories,
 * the "More News" rail, the footer with address, non-discrimination notice and "Powered by Finalsite") and, from file
 * e2, a university library research guide on LibGuides.
 */
const ksTitle = 'Board approves later start times for high schools beginning in 2026–27';
const ksP1 = [
  'The Kessler Ridge Unified School District Board of Education voted 5–2 on Monday night to move the start of the high ' +
    'school day from 7:25 a.m. to 8:20 a.m. beginning in August 2026. The change will affect about 4,900 students at ' +
    'Kessler Ridge High School, Alder Creek High School and the Ridgeview Academy of Technology.',
  'The decision follows eighteen months of study by a committee of parents, teachers, students, bus drivers and medical ' +
    'advisers. The committee surveyed more than 6,000 families and held eleven community meetings before making its recommendation.',
  '“Our students told us plainly that they are exhausted, and the research on teenage sleep backs them up,” said ' +
    'Superintendent Dr. Lorraine Abernathy. “This is not a small change for families, and we are grateful to everyone who ' +
    'helped us find a schedule that works.”',
];
const ksH1 = 'New bell times';
const ksP2 = ['Under the approved plan, the school day will run as follows starting Wednesday, August 19, 2026:'];
const ksList = [
  'High schools: 8:20 a.m. to 3:15 p.m.',
  'Middle schools: 7:50 a.m. to 2:40 p.m. (moved 10 minutes earlier)',
  'Elementary schools: 8:45 a.m. to 3:25 p.m. (unchanged)',
];
const ksH2 = 'Transportation and activities';
const ksP3 = [
  'Because high school and middle school buses share routes, the district will add six routes and hire additional drivers ' +
    'over the spring. Transportation Director Marcus Ybarra said families should expect updated route information by July 15.',
  'After-school practices and rehearsals will generally begin 45 minutes later. Athletic Director Shawna Pell said the ' +
    'district is working with the Tri-Valley Conference to adjust weekday game times, and that lights at the Alder Creek ' +
    'stadium will be upgraded so evening events can finish safely.',
  'The two board members who voted against the plan, Gregory Haupt and Felicia Moreno, raised concerns about students who ' +
    'work after school and about the cost of the new routes, estimated at $1.2 million a year.',
];
const ksH3 = 'Next steps for families';
const ksP4 = [
  'The district will hold two virtual information sessions, on December 9 at 6:30 p.m. and January 13 at 12:00 p.m. A ' +
    'recording will be posted on this website. Questions can be sent to the district’s Let’s Talk page at any time.',
];
const ksAlert = 'Winter weather: All Kessler Ridge schools will open two hours late on Thursday, November 20.';
const ksQuick = ['Calendar', 'Lunch Menus', 'Enrollment', 'Employment', 'ParentSquare', 'Staff Login'];
const ksMain = ['About Us', 'Schools', 'Departments', 'Families', 'Students', 'Board of Education', 'News'];
const ksDrop = ['Superintendent', 'Strategic Plan', 'Bond Projects', 'Meeting Agendas', 'Board Members'];
const ksCrumbs = ['Home', 'News'];
const ksCaption = 'Students arrive at Kessler Ridge High School before sunrise on a November morning. The new schedule takes effect in August 2026.';
const ksShare = ['Facebook', 'X', 'Email', 'Print'];
const ksMore = [
  'Alder Creek robotics team heads to state finals',
  'Kindergarten enrollment for 2026–27 opens January 5',
  'Voters approve Measure K facilities bond',
  'Winter concert schedule for all schools',
];
const ksFoot = ['Kessler Ridge Unified School District', '2240 Orchard Parkway', 'Kessler Ridge, OR 97355', 'Phone: 555-019-2200'];
const ksFootLinks = ['Non-Discrimination Statement', 'Title IX', 'Accessibility', 'Public Records', 'Site Map'];
const ksNotice = 'Kessler Ridge Unified School District does not discriminate on the basis of race, color, national origin, sex, disability or age.';
const ksHtml = `<!DOCTYPE html>
<html lang="en" class="fsDesktop"><head><meta charset="utf-8"><title>Board approves later start times for high schools beginning in 2026–27 |
Kessler Ridge Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:title" content="${ksTitle}"><meta property="og:site_name" content="Kessler Ridge Unified School District">
<link rel="canonical" href="https://www.kesslerridge.example/news/~board/district-news/post/board-approves-later-start-times">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ksTitle}",
"datePublished":"2025-11-18T09:00:00-08:00","publisher":{"@type":"EducationalOrganization","name":"Kessler Ridge Unified School District"}}</script>
<script src="https://resources.finalsite.example/static/js/fs_core.min.js"></script></head>
<body class="fsComposeMode fsBody"><div id="fsPageWrapper"><a class="fsSkipLink" href="#fsPageContent">Skip To Main Content</a>
<div class="fsAlert fsAlertBanner" role="alert"><div class="fsAlertContent"><p>${ksAlert}</p></div>
<button class="fsAlertClose" aria-label="Close alert">Close</button></div>
<header id="fsHeader" class="fsHeader"><div class="fsBanner"><div class="fsTranslate"><div id="google_translate_element">
<span class="goog-te-gadget-simple"><span>Select Language</span></span></div></div>
<nav class="fsQuickLinks" aria-label="Quick Links"><ul>${links(ksQuick, 'fsQuickLink')}</ul></nav>
<a class="fsLogo" href="/"><span class="fsLogoText">Kessler Ridge Unified School District</span></a></div>
<nav class="fsNavigation fsMenu" aria-label="Main Navigation"><ul class="fsNavLevel1">${links(ksMain.slice(0, 5), 'fsNavParentPage')}
<li class="fsNavParentPage"><a href="/board-of-education">Board of Education</a><div class="fsNavPageInfo" hidden><ul class="fsNavLevel2">
${links(ksDrop)}</ul></div></li><li><a href="/news">News</a></li></ul></nav></header>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsPageBody"><div id="fsPageContent" class="fsPageContent">
<nav class="fsBreadcrumb" aria-label="Breadcrumb"><ul>${links(ksCrumbs)}</ul></nav>
<section class="fsElement fsPostElement fsPostDetail" id="fsEl_18223"><div class="fsElementContent"><article class="fsStyleDefault">
<a class="fsBackButton" href="/news">Back to News</a>
<h1 class="fsPostTitle">${ksTitle}</h1>
<div class="fsAuthor"><span class="fsLabel">By</span> Office of Communications</div>
<time class="fsDate" datetime="2025-11-18T09:00:00-08:00"><span class="fsLabel">Posted on</span> November 18, 2025</time>
<div class="fsCategories"><span class="fsLabel">Categories:</span> <a href="#">District News</a>, <a href="#">Board of Education</a></div>
<figure class="fsThumbnail"><img src="https://resources.finalsite.example/images/v1763/kesslerridge/khs-morning.jpg" alt="Students arriving at school">
<figcaption class="fsCaption">${ksCaption}</figcaption></figure>
<div class="fsBody">
${ps(ksP1)}
<h3>${ksH1}</h3>
${ps(ksP2)}
<ul>${ksList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${ksH2}</h3>
${ps(ksP3)}
<h3>${ksH3}</h3>
${ps(ksP4)}
</div>
<div class="fsPostShare"><span class="fsLabel">Share this post</span><ul>${links(ksShare, 'fsShareLink')}</ul></div>
</article></div></section>
<aside class="fsElement fsPostElement fsList"><header class="fsElementHeader"><h2 class="fsElementTitle">More News</h2></header>
<div class="fsElementContent"><ul>${links(ksMore, 'fsPostLink')}</ul><a class="fsElementFooterLink" href="/news">View All News</a></div></aside>
</div></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsAddress">${ksFoot.map((t) => `<p>${t}</p>`).join('')}</div>
<nav aria-label="Footer"><ul>${links(ksFootLinks)}</ul></nav><p class="fsNotice">${ksNotice}</p>
<p class="fsCopyright">© 2025 Kessler Ridge Unified School District</p><a class="fsPoweredByFinalsite" href="https://www.finalsite.com">Powered by
Finalsite</a></footer></div>
<script>FS.init({"pageId":1122,"postId":18223});</script></body></html>`;
const district: TestPage = {
  html: ksHtml,
  name: 'heldout200-school-district-announcement-news',
  kind: 'news',
  // the author and date (with their "By" and "Posted on" labels) are bylines; the alert banner, translate picker,
  // quick links, menus (with the hidden dropdown), "Back to News", categories, caption, share links, "More News" rail
  // and footer are furniture; the district's name (logo and footer) is in neither list, as it is words of the first
  // paragraph, and so is "Families", a word of a heading
  title: ksTitle,
  headings: [ksH1, ksH2, ksH3],
  body: [...texts(ksP1), ...ksP2, ...ksList, ...texts(ksP3), ...texts(ksP4)],
  bylines: ['By Office of Communications', 'Posted on November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', ksAlert, 'Close', 'Select Language', ...ksQuick, ...ksMain.filter((t) => t !== 'Families'), ...ksDrop,
    'Back to News', 'Categories:', 'District News', ksCaption, 'Share this post', ...ksShare, 'More News', ...ksMore, 'View All News',
    ...ksFoot.slice(1), ...ksFootLinks, ksNotice, '© 2025 Kessler Ridge Unified School District', 'Powered by Finalsite',
  ],
};

export const HELDOUT200_E: readonly TestPage[] = [district, libGuide];
