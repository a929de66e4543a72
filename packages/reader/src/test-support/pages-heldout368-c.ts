import { links, ps, type TestPage, texts } from './page-kit.js';
import { udemy } from './pages-heldout368-c2.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file c: a Moodle 4 course page in topics format (navbar, secondary navigation, course index drawer,
 * section summaries with activity lists and completion buttons, block drawer with Upcoming events, footer with data
 * retention links) and a Udemy-style course landing page (a product page: lead with ratings and price, "This course
 * includes", curriculum, instructor bio, reviews, "Students also bought").
 */
const mTitle = 'BIO 1120 Soil Ecology (2025–26)';
const mSummary = [
  j(
    'Welcome to Soil Ecology. Over twelve weeks we look at the living part of the ground beneath our feet: the bacteria,',
    'fungi, mites and worms that turn leaf litter into soil, and the chemistry that keeps them going.',
  ),
  j(
    'Each topic below has a short reading, a recorded lecture and a practical. Please work through the topics in order, since',
    'the practicals build on each other, and check the news forum every Monday.',
  ),
];
const mSections: [string, string[], string[]][] = [
  [
    'Topic 1: What is soil?',
    [
      j(
        'We start with the soil profile. You will dig a small pit in the campus arboretum, describe its horizons by colour and',
        'texture, and compare it with the profile from a ploughed field at Whitlow Farm.',
      ),
    ],
    ['Reading: Horizons and profiles', 'Practical 1 worksheet', 'Quiz: Soil texture'],
  ],
  [
    'Topic 2: The decomposer food web',
    [
      j(
        'Most soil organisms eat dead material or each other. This week maps who eats whom, from fungal hyphae to springtails',
        'to predatory mites, and shows why the web is more resilient when it has many parallel paths.',
      ),
      j(
        'In the practical, you will extract small animals from a litter sample with a Tullgren funnel and sort them into broad',
        'groups under the dissecting microscope. Bring the sample in a sealed bag on the Tuesday.',
      ),
    ],
    ['Lecture recording: Food webs', 'Practical 2: Tullgren funnel extraction', 'Upload your specimen counts'],
  ],
  [
    'Topic 3: Nitrogen in the soil',
    [
      j(
        'Nitrogen limits plant growth in most soils. We follow it from organic matter through ammonium and nitrate, and look',
        'at how waterlogging, pH and fertiliser change the balance between the microbes that release it and those that lose it.',
      ),
    ],
    ['Reading: The nitrogen cycle', 'Discussion: Fertiliser on the farm'],
  ],
];
const mNav = ['Home', 'Dashboard', 'My courses', 'Site administration'];
const mSecondary = ['Course', 'Settings', 'Participants', 'Grades', 'Reports', 'More'];
const mIndex = ['General', ...mSections.map(([h]) => h)];
const mEvents = ['Practical 1 worksheet is due', 'Quiz: Soil texture closes'];
const mFoot = ['Data retention summary', 'Get the mobile app', 'Policies', 'Powered by Moodle'];
const act = (name: string, i: number): string => `<li class="activity activity-wrapper modtype_resource" id="module-${3100 + i}">
<div class="activity-item focus-control"><div class="activity-basis d-flex"><div class="activity-icon activityiconcontainer courseicon">
<img src="https://moodle.example/theme/image.php/boost/resource/1/monologo" class="activityicon" alt=""></div><div class="activity-name-area">
<a href="https://moodle.example/mod/resource/view.php?id=${3100 + i}" class="aalink stretched-link"><span class="instancename">${name}</span></a></div>
<div class="activity-completion"><button class="btn btn-outline-secondary btn-sm text-nowrap" data-action="toggle-manual-completion">Mark as done</button>
</div></div></div></li>`;
let mi = 0;
const mHtml = `<!DOCTYPE html><html dir="ltr" lang="en" xml:lang="en"><head><title>Course: ${mTitle} | Moodle at Ferncastle</title>
<link rel="shortcut icon" href="https://moodle.example/theme/image.php/boost/theme/1/favicon">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="moodle, Course: ${mTitle}"><link rel="stylesheet" type="text/css" href="https://moodle.example/theme/styles.php/boost/1/all">
<script>var M = {}; M.yui = {}; M.cfg = {"wwwroot":"https:\\/\\/moodle.example","courseId":214,"contextid":3321,"theme":"boost"};</script></head>
<body id="page-course-view-topics" class="format-topics path-course path-course-view chrome dir-ltr lang-en pagelayout-course course-214 drawer-open-index">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status"></div><div id="page-wrapper" class="d-print-block"><div>
<a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation"><a href="https://moodle.example/" class="navbar-brand">
Ferncastle Moodle</a><div class="primary-navigation"><nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav">
${links(mNav, 'nav-item')}</ul></nav></div><div id="usernavigation" class="navbar-nav ml-auto"><span class="userinitials size-35">RT</span></div></nav>
<div class="drawer drawer-left show d-print-none" id="theme_boost-drawers-courseindex"><div class="drawerheader"><button class="btn drawertoggle">
Close course index</button></div><div class="drawercontent"><nav id="courseindex"><ul class="courseindex">${links(mIndex, 'courseindex-section')}</ul>
</nav></div></div>
<div id="page" class="drawers show-drawer-left"><div id="topofscroll" class="main-inner"><header id="page-header" class="header-maxwidth d-print-none">
<div class="w-100"><div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings">
<h1 class="h2">${mTitle}</h1></div></div></div></div></div></header>
<div class="secondary-navigation d-print-none"><nav class="moremenu navigation observed"><ul role="menubar" class="nav more-nav nav-tabs">
${links(mSecondary, 'nav-item')}</ul></nav></div>
<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Content"><span class="notifications"></span>
<div role="main"><span id="maincontent"></span><div class="course-content"><ul class="topics" data-for="course_sectionlist">
<li id="section-0" class="section course-section main clearfix" data-sectionid="0"><div class="course-section-header d-flex">
<h3 class="sectionname course-content-item d-flex align-self-stretch align-items-center mb-0"><a href="#section-0" class="sr-only">General</a></h3></div>
<div class="summarytext"><div class="no-overflow">${ps(mSummary)}</div></div><ul class="section m-0 p-0 img-text d-block">
${act('Announcements', mi++)}</ul></li>
${mSections
  .map(
    ([h, p, acts], k) => `<li id="section-${k + 1}" class="section course-section main clearfix" data-sectionid="${k + 1}">
<div class="course-section-header d-flex"><h3 class="sectionname course-content-item d-flex align-self-stretch align-items-center mb-0">
<a href="https://moodle.example/course/section.php?id=${900 + k}">${h}</a></h3></div><div class="summarytext"><div class="no-overflow">${ps(p)}</div></div>
<ul class="section m-0 p-0 img-text d-block">${acts.map((a) => act(a, mi++)).join('\n')}</ul></li>`,
  )
  .join('\n')}
</ul></div></div></section></div></div></div>
<div class="drawer drawer-right d-print-none" id="theme_boost-drawers-blocks"><section class="block_calendar_upcoming block card mb-3" role="complementary">
<h5 class="card-title d-inline">Upcoming events</h5><ul>${links(mEvents, 'event')}</ul><a href="https://moodle.example/calendar/view.php">Go to calendar...</a>
</section><section class="block_recent_activity block card"><h5 class="card-title">Recent activity</h5><p>Activity since Monday, 2 March 2026, 9:14 AM</p>
<p>No recent activity</p></section></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><ul>${links(mFoot)}</ul></div>
<div class="logininfo">You are logged in as
<a href="https://moodle.example/user/profile.php?id=77">Rosa Thirlwell</a> (<a href="/login/logout.php">Log out</a>)</div>
</footer></div></div><script src="https://moodle.example/lib/javascript.php/1/lib/requirejs/require.min.js"></script>
<script>M.util.js_pending('core/first');require(['core/first'], function() {M.util.js_complete('core/first');});</script></body></html>`;
const moodle: TestPage = {
  name: 'heldout368-moodle-course',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSections.map(([h]) => h),
  body: texts([...mSummary, ...mSections.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ferncastle Moodle', ...mNav, 'Close course index', 'General', ...mSecondary, 'Announcements',
    ...mSections.flatMap(([, , a]) => a), 'Mark as done', 'Upcoming events', ...mEvents, 'Go to calendar...', 'Recent activity',
    'Activity since Monday, 2 March 2026, 9:14 AM', 'No recent activity', ...mFoot, 'You are logged in as', 'Rosa Thirlwell', 'Log out',
  ],
};

export const HELDOUT368_C: readonly TestPage[] = [moodle, udemy];
