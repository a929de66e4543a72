import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file d2: a course syllabus on Canvas LMS (the ic-app global navigation, the breadcrumb, the course
 * section tabs, the syllabus description written by the instructor in the rich content editor, the generated "Course
 * Summary" table of assignments and dates, the right-side "Jump to Today" and calendar links, and the hidden screen-reader
 * and flash-message regions).
 */
const cTitle = 'Course Syllabus';
const cInfo = [
  'Instructor: Dr. Helena Voss',
  'Office hours: Mondays 13:00 to 15:00, Science Building 3.08, or by appointment',
  'Class meetings: Tuesdays and Thursdays, 10:30 to 11:45, Lab 210',
];
const cAbout = [
  j(
    'Welcome to BIOL 310, Animal Behaviour. This course asks why animals do what they do, from the songs of birds to the',
    'dances of bees, and how we can test our explanations. We will look at behaviour at four levels: its mechanism, its',
    'development, its function and its evolution.',
  ),
  j(
    'Most weeks combine a lecture with a hands-on session, either in the lab or outdoors on campus. You will design and run a',
    'small behavioural study of your own with a partner, and present it at the end of term.',
  ),
];
const cMaterials = [
  'Textbook: Principles of Animal Behaviour, 5th edition (a copy is on reserve in the library).',
  'A notebook you can take into the field; waterproof is best.',
  'Access to a phone or tablet that can record short video.',
];
const cGrading = [
  j(
    'Your final grade is made up of weekly lab reports (30%), two short quizzes (20%), the research proposal (15%), the final',
    'presentation (15%) and the written report of your study (20%). Late work loses 5% per day unless you have an extension,',
    'which you can request through the extension form in the first module.',
  ),
];
const cPolicies = [
  j(
    "Fieldwork involves watching animals without disturbing them. We follow the university's animal ethics guidelines at all",
    'times, and no study that handles animals will be approved for this course.',
  ),
  j(
    'If you need accommodations, please contact Accessibility Services and let me know in the first two weeks, so that',
    'arrangements for quizzes and fieldwork can be made in good time. You are always welcome to talk to me about anything that',
    'is making it hard to keep up.',
  ),
  j(
    'You may use AI tools to help you check grammar, but the ideas, analysis and writing in your reports must be your own.',
    'If you are unsure whether something is allowed, ask before you submit.',
  ),
];
const cGlobal = ['Account', 'Dashboard', 'Courses', 'Calendar', 'Inbox', 'History', 'Help'];
const cTabs = ['Home', 'Announcements', 'Modules', 'Syllabus', 'Assignments', 'Discussions', 'Grades', 'People'];
const cSummary = [
  ['Tue Sep 8, 2026', 'Lab report 1: Observing a feeding flock', 'due by 11:59pm'],
  ['Thu Sep 24, 2026', 'Quiz 1', 'due by 10:30am'],
  ['Fri Oct 16, 2026', 'Research proposal', 'due by 11:59pm'],
];
const cHtml = `<!DOCTYPE html><html class="" dir="ltr" lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0374B5"><title>Course Syllabus: BIOL 310-01 Animal Behaviour (Fall 2026)</title>
<link rel="stylesheet" media="screen" href="https://du11hjcvx0uqb.cloudfront.example/dist/brandable_css/new_styles_normal_contrast/bundles/common-3f7a.css">
<script>INST = {"environment":"production","allowMediaTags":true}; ENV = {"ASSET_HOST":"https://du11hjcvx0uqb.cloudfront.example","current_user_id":"48211",
"COURSE_ID":"9177","context_asset_string":"course_9177","current_user_roles":["user","student"],"LOCALE":"en"};</script>
<script src="https://du11hjcvx0uqb.cloudfront.example/dist/webpack-production/main-entry-8b1c.js" defer></script></head>
<body class="syllabus context-course_9177 lato-font-not-loaded-yet primary-nav-expanded course-menu-expanded">
<div id="flash_message_holder"></div><div id="flash_screenreader_holder" role="alert" aria-live="assertive" aria-relevant="additions"
class="screenreader-only"></div><div id="application" class="ic-app"><header id="header" class="ic-app-header no-print">
<a href="#content" id="skip_navigation_link">Skip To Content</a><div class="ic-app-header__main-navigation"><div class="ic-app-header__logomark-container">
<a href="https://canvas.marlow.example.edu/" class="ic-app-header__logomark"><span class="screenreader-only">Dashboard</span></a></div>
<ul id="menu" class="ic-app-header__menu-list">
${cGlobal
  .map(
    (g) => `<li class="menu-item ic-app-header__menu-list-item"><a href="/${g.toLowerCase()}" class="ic-app-header__menu-list-link">
<div class="menu-item-icon-container" aria-hidden="true"></div><div class="menu-item__text">${g}</div></a></li>`,
  )
  .join('\n')}</ul></div></header>
<div id="wrapper" class="ic-Layout-wrapper"><div class="ic-app-nav-toggle-and-crumbs no-print"><button type="button" id="courseMenuToggle"
class="Button Button--link ic-app-course-nav-toggle" aria-label="Hide Courses Navigation Menu"></button>
<div class="ic-app-crumbs"><nav id="breadcrumbs" role="navigation" aria-label="breadcrumbs"><ul><li class="home"><a href="/"><span class="ellipsible">
<i class="icon-home"></i><span class="screenreader-only">My Dashboard</span></span></a></li>
<li><a href="/courses/9177"><span class="ellipsible">BIOL 310-01</span></a></li><li><span class="ellipsible">Syllabus</span></li></ul></nav></div></div>
<div id="main" class="ic-Layout-columns"><div class="ic-Layout-watermark"></div><div id="left-side" class="ic-app-course-menu ic-sticky-on list-view">
<div id="sticky-container" class="ic-sticky-frame"><span id="section-tabs-header-subtitle" class="ellipsis">Fall 2026</span>
<nav role="navigation" aria-label="Courses Navigation Menu"><ul id="section-tabs">
${cTabs
  .map((t) => `<li class="section"><a href="/courses/9177/${t.toLowerCase()}" class="${t.toLowerCase()}${t === 'Syllabus' ? ' active' : ''}">${t}</a></li>`)
  .join('\n')}
</ul></nav></div></div>
<div id="not_right_side" class="ic-app-main-content"><div id="content-wrapper" class="ic-Layout-contentWrapper"><div id="content"
class="ic-Layout-contentMain" role="main"><h1 class="screenreader-only">${cTitle}</h1><div id="course_syllabus" class="user_content enhanced"
style="margin-bottom: 10px;"><h2>BIOL 310: Animal Behaviour</h2>
<ul>
${lis(cInfo)}
</ul>
<h3>About this course</h3>
${ps(cAbout)}
<h3>What you will need</h3>
<ul>
${lis(cMaterials)}
</ul>
<h3>Grading</h3>
${ps(cGrading)}
<h3>Course policies</h3>
${ps(cPolicies)}
</div>
<div id="syllabusContainer"><h2>Course Summary:</h2><table id="syllabus" class="ic-Table ic-Table--condensed ic-Table--hover-row">
<thead><tr><th scope="col">Date</th>
<th scope="col">Details</th>
<th scope="col">Due</th></tr></thead><tbody>
${cSummary
  .map(
    ([d, n, t]) => `<tr class="date detail_list syllabus_assignment"><td class="day_date">${d}</td>
<td class="name"><i class="icon-assignment" aria-hidden="true"></i><a href="/courses/9177/assignments/1">${n}</a></td>
<td class="dates">${t}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<div id="right-side-wrapper" class="ic-app-main-content__secondary"><aside id="right-side" role="complementary"><div id="sidebar_content">
<a href="#" class="Button button-sidebar-wide jump_to_today_link">Jump to Today</a>
<a href="/calendar?include_contexts=course_9177" class="Button button-sidebar-wide">View Course Calendar</a>
<a href="/courses/9177/calendar_events/ical/9177.ics" class="icon-calendar-day">Subscribe to Calendar Feed</a></div></aside></div></div></div></div>
<div id="nav-tray-portal" style="position: relative; z-index: 99;"></div></div>
<script src="https://du11hjcvx0uqb.cloudfront.example/dist/webpack-production/syllabus-3e9d.js" defer></script></body></html>`;
export const canvas: TestPage = {
  name: 'heldout320-canvas-lms-syllabus',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['BIOL 310: Animal Behaviour', 'About this course', 'What you will need', 'Grading', 'Course policies'],
  body: texts([...cInfo, ...cAbout, ...cMaterials, ...cGrading, ...cPolicies]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Content', ...cGlobal, 'My Dashboard', 'BIOL 310-01', 'Fall 2026', ...cTabs, 'Course Summary:', ...cSummary.flat(), 'Jump to Today',
    'View Course Calendar', 'Subscribe to Calendar Feed',
  ],
};
