import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file a2: a school district's board meeting news post on a Finalsite-style district site (alert bar,
 * fsHeader with utility links and the mega menu, fsBreadcrumbs, the post detail element with its date and author, a budget
 * table, a quote, the "More District News" post list element, the fsFooter and the consent banner).
 */
const bTitle = 'Board Approves 2026-27 Budget, Adopts Revised Calendar';
const bLead = [
  j(
    'The Pell Valley Unified School District Board of Education voted 4-1 on Tuesday evening to approve a $184.6 million general fund',
    'budget for the 2026-27 school year, closing a projected shortfall without layoffs of classroom staff.',
  ),
  j(
    'The meeting, held in the boardroom at the district office on Orchard Avenue, drew more than ninety parents, teachers and students,',
    'and public comment ran for nearly an hour before trustees took up the budget item.',
  ),
];
const bBudget = [
  j(
    'Chief business official Renata Solberg told the board that declining enrollment and the end of one-time state grants had left a',
    'gap of about $6.2 million. The approved plan closes it through attrition in central office positions, a freeze on new software',
    'contracts and a drawdown of reserves that keeps the district above the state minimum of three percent.',
  ),
];
const bRows: readonly (readonly [string, string, string])[] = [
  ['Certificated salaries', '$92.4M', '$93.1M'],
  ['Classified salaries', '$31.8M', '$30.9M'],
  ['Benefits', '$38.2M', '$39.0M'],
  ['Books and supplies', '$6.9M', '$5.7M'],
  ['Services and operating', '$17.3M', '$15.9M'],
];
const bQuote = j(
  '“We heard clearly that families want class sizes protected above everything else, and this budget does that,” said Board President',
  'Marisol Okeke. “It asks more of the district office, and I think that is the right place to ask.”',
);
const bCal = [
  j(
    'Trustees also adopted a revised 2026-27 calendar. The first day of school moves to Wednesday, August 12, and the winter break is',
    'extended to two full weeks. The changes approved include:',
  ),
];
const bCalList = [
  'A new professional learning day for staff on Monday, October 12',
  'Spring break aligned with the neighboring Alder Creek district, March 29 to April 2',
  'The last day of school for students on Thursday, June 3, 2027',
];
const bRecog = [
  j(
    'Before the business items, the board recognized the Lindgren Middle School robotics team, which placed second at the regional',
    'championship, and honored custodian Felipe Arroyo for twenty-five years of service at Cedar Hill Elementary.',
  ),
];
const bNext = [
  j(
    'The next regular meeting of the Board of Education is Tuesday, April 14, at 6:30 p.m. Agendas are posted seventy-two hours in',
    'advance, and meetings are streamed live on the district’s website.',
  ),
];
const bAlert = 'Spring break: all schools and offices closed March 30 – April 3.';
const bUtil = ['Staff', 'Families', 'Students', 'Translate', 'Search'];
const bMenu = ['Our District', 'Schools', 'Departments', 'Enrollment', 'School Board', 'Careers'];
const bCrumbs = ['Home', 'News'];
const bMore = ['Lindgren Robotics Team Heads to State', 'Summer Meal Program Sites Announced', 'Kindergarten Registration Opens April 1'];
const bFoot = ['Nondiscrimination Statement', 'Accessibility', 'Public Records Requests', 'Site Map'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Board Approves 2026-27 Budget - Pell Valley Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The Board of Education approved the 2026-27 budget.">
<meta property="og:site_name" content="Pell Valley Unified School District"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://resources.finalsite.example/min.css?v=1772">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Board Approves 2026-27 Budget, Adopts Revised Calendar",
"datePublished":"2026-03-11","publisher":{"@type":"EducationalOrganization","name":"Pell Valley Unified School District"}}</script>
<script>var FS = FS || {}; FS.pageId = 3302; FS.siteId = "pvusd"; FS.isComposeMode = false;</script></head>
<body class="fsBody fsDesktop fs-lang-en">
<div class="fsAlertBar" role="alert"><p>${bAlert}</p><button class="fsAlertClose">Dismiss</button></div>
<header id="fsHeader" class="fsHeader"><a class="fsSkipLink" href="#fsPageContent">Skip To Main Content</a>
<div class="fsBanner"><ul class="fsUtilityNav">${links(bUtil, 'fsNavLevel1')}</ul>
<a class="fsLogo" href="/"><span>Pell Valley Unified School District</span></a>
<nav class="fsNavigation fsMegaMenu"><ul class="fsNavLevel1">${links(bMenu, 'fsNavPageInfo')}</ul></nav></div></header>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageContent" class="fsPageContent">
<nav class="fsElement fsBreadcrumbs"><ul>${links(bCrumbs, 'fsCrumb')}<li class="fsCrumb fsCurrent">Board Approves Budget</li></ul></nav>
<section class="fsElement fsPostElement fsPostDetail"><article class="fsPost">
<h1 class="fsTitle">${bTitle}</h1>
<div class="fsPostMeta"><time class="fsDate" datetime="2026-03-11">March 11, 2026</time> <div class="fsAuthor">By Communications Office</div></div>
<div class="fsBody">${ps(bLead)}
<h2>Budget for 2026-27</h2>${ps(bBudget)}
<table class="fsTable"><caption>General fund expenditures</caption><thead><tr><th>Category</th><th>2025-26</th><th>2026-27</th></tr></thead><tbody>
${bRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
<blockquote><p>${bQuote}</p></blockquote>
<h2>Revised calendar</h2>${ps(bCal)}<ul>${lis(bCalList)}</ul>
<h2>Recognitions</h2>${ps(bRecog)}
<h2>Next meeting</h2>${ps(bNext)}</div>
<div class="fsPostLink fsShare"><span class="fsShareLabel">Share this post</span><a class="fsShareFacebook" href="#">Facebook</a>
<a class="fsShareX" href="#">X</a><a class="fsShareEmail" href="#">Email</a></div>
<a class="fsBackLink" href="/news">Back to All News</a></article></section>
<section class="fsElement fsPostElement fsList"><h2 class="fsElementTitle">More District News</h2><ul>${links(bMore, 'fsPostTitle')}</ul>
<a class="fsElementFooterContent" href="/news">View All News</a></section></div></div>
<footer id="fsFooter" class="fsFooter"><div class="fsElement"><p>Pell Valley Unified School District</p><p>2150 Orchard Avenue, Pell Valley, CA 95399</p>
<p>Phone: (555) 018-4400</p></div><ul class="fsFooterNav">${links(bFoot)}</ul>
<p class="fsCopyright">Copyright © 2026 Pell Valley Unified School District</p><a class="fsPoweredByFinalsite" href="#">Powered by Finalsite</a></footer>
<div id="fsCookieConsent" class="fsCookieConsent"><p>This website uses cookies to ensure you get the best experience.</p>
<button class="fsCookieAccept">Accept</button><button class="fsCookieDecline">Decline</button></div>
<script src="https://resources.finalsite.example/fs.js?v=1772"></script></body></html>`;
export const finalsiteBoard: TestPage = {
  name: 'heldout358-finalsite-board-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: ['Budget for 2026-27', 'Revised calendar', 'Recognitions', 'Next meeting'],
  body: texts([...bLead, ...bBudget, 'General fund expenditures', ...bRows.flat(), bQuote, ...bCal, ...bCalList, ...bRecog, ...bNext]),
  bylines: ['March 11, 2026', 'By Communications Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bAlert, 'Dismiss', 'Skip To Main Content', ...bUtil, ...bMenu, ...bCrumbs, 'Board Approves Budget', 'Share this post', 'Facebook', 'Email',
    'Back to All News', 'More District News', ...bMore, 'View All News', '2150 Orchard Avenue, Pell Valley, CA 95399', 'Phone: (555) 018-4400',
    ...bFoot, 'Copyright © 2026 Pell Valley Unified School District', 'Powered by Finalsite',
    'This website uses cookies to ensure you get the best experience.', 'Accept', 'Decline',
  ],
};
