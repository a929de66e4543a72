import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file a2: a Moodle 4.4 (Boost theme) course section page of an invented college, with the primary
 * navigation, the course index drawer, breadcrumbs, the section summary and a "Text and media area", the activity list with
 * completion buttons and dates, the block drawer (Upcoming events, Latest announcements) and the footer.
 */
const title = 'Week 3: Reading Primary Sources';
const summary = [
  j(
    'This week we move from the textbook to the documents themselves. Historians do not simply collect facts from old papers;',
    'they question every source about who made it, for whom, and why. By Friday you should be able to read a short document',
    'and say what it can and cannot tell us about the past.',
  ),
  j(
    'Our case study is the 1887 flood at Harlow Mill, a village on the river Tenby that appears in three very different records:',
    'a parish register, a mill owner’s letter to his insurer and a ballad sold at the county fair the following spring.',
  ),
];
const goals = [
  'Distinguish primary sources from secondary accounts written later.',
  'Identify the author, audience and purpose of a document.',
  'Compare two accounts of the same event and explain why they differ.',
  'Write a short source note of no more than 200 words.',
];
const mediaHead = 'How to approach this week';
const media = [
  j(
    'Start with the short lecture recording, which walks through the parish register line by line. Then read the mill owner’s',
    'letter slowly, twice if you can. The first time, read it for the story; the second time, underline every sentence where he',
    'seems to be persuading rather than reporting.',
  ),
  j(
    'The ballad is the hardest of the three. It is clearly not a neutral record, yet it tells us something the other sources',
    'ignore: how ordinary people in the district chose to remember the flood. Ask yourself what a ballad singer gained by',
    'making the mill owner the villain of the song.',
  ),
  j(
    'When you post in the forum, quote the exact words you are discussing and give the line number. A good post makes one clear',
    'point and answers at least one classmate. Posts are due by Wednesday at 23:59 and replies by Friday at 23:59.',
  ),
  j(
    'Please remember that the source note is marked for clarity as well as for accuracy. Short sentences and careful quotation',
    'will earn more credit than long summaries of the whole document.',
  ),
];
const activities = [
  'Lecture recording: The parish register',
  'Source pack: Harlow Mill, 1887',
  'Forum: Whose flood?',
  'Quiz: Primary or secondary?',
  'Assignment: Source note 1',
];
const indexItems = ['General', 'Week 1: What Is History?', 'Week 2: Chronology and Evidence', title, 'Week 4: Maps and Places'];
const primary = ['Home', 'Dashboard', 'My courses', 'Site administration'];
const courseNav = ['Course', 'Settings', 'Participants', 'Grades', 'Reports', 'More'];
const events = ['Forum posts due', 'Source note 1 due'];
const news = ['Reading room hours over half-term', 'Change of room for Thursday seminar'];
const foot = ['Data retention summary', 'Get the mobile app', 'Policies'];
const act = (i: number, name: string, kind: string, dates: string): string => `<li class="activity activity-wrapper ${kind} modtype_${kind}"
id="module-${4410 + i}" data-for="cmitem" data-id="${4410 + i}"><div class="activity-item focus-control" data-activityname="${name}"
data-region="activity-card">
<div class="activity-grid"><div class="activity-icon activityiconcontainer smaller ${kind}"><img
src="https://learn.harrowgate.example/theme/image.php/boost/${kind}/icon"
class="activityicon" alt="" aria-hidden="true"></div><div class="activity-name-area activity-instance d-flex flex-column mr-2">
<div class="activitytitle modtype_${kind} position-relative align-self-start"><div class="activityname"><a href="/mod/${kind}/view.php?id=${4410 + i}"
class="aalink stretched-link"><span class="instancename">${name} <span class="accesshide ">
${kind === 'forum' ? 'Forum' : 'Activity'}</span></span></a></div></div></div>
<div class="activity-completion d-flex align-items-center"><button class="btn btn-outline-secondary btn-sm text-nowrap" data-action="toggle-manual-completion"
data-toggletype="manual:mark-done">Mark as done</button></div>
${dates === '' ? '' : `<div data-region="activity-dates" class="activity-dates"><div class="description-inner">${dates}</div></div>`}</div></div></li>`;
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en" xml:lang="en"><head><title>HIS101: Week 3: Reading Primary Sources | Harrowgate College Learn</title>
<link rel="shortcut icon" href="https://learn.harrowgate.example/theme/image.php/boost/theme/1772000000/favicon">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="moodle, HIS101: Week 3: Reading Primary Sources">
<link rel="stylesheet" type="text/css" href="https://learn.harrowgate.example/theme/styles.php/boost/1772000000_1/all">
<script>var M = {}; M.yui = {}; M.pageloadstarttime = new Date(); M.cfg = {"wwwroot":"https:\\/\\/learn.harrowgate.example","courseId":218,
"contextid":9921,"sesskey":"q8Zr1TfaP2","theme":"boost","siteId":1,"langrev":1772000000};</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body id="page-course-section" class="format-topics path-course chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam pagelayout-course course-218 context-9921
category-4 theme uses-drawers drawer-open-index jsenabled">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block"><div><a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation"><a href="https://learn.harrowgate.example/"
class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn"><span class="sitename">Harrowgate College Learn</span></a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul id="moremenu-primary" role="menubar" class="nav more-nav navbar-nav">
${links(primary, 'nav-item')}</ul></nav></div><div id="usernavigation"
class="navbar-nav ml-auto"><div class="popover-region collapsed popover-region-notifications"
id="nav-notification-popover-container"><div class="popover-region-toggle nav-link icon-no-margin" role="button"
aria-label="Show notification window with no new notifications"></div></div>
<div class="usermenu"><div class="dropdown show"><a href="#" class="dropdown-toggle" id="user-menu-toggle"
aria-label="User menu"><span class="userinitials size-35">RN</span></a>
</div></div></div></nav>
<div class="drawer drawer-left show d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-courseindex"
data-preference="drawer-open-index">
<div class="drawerheader"><button class="btn drawertoggle icon-no-margin hidden" data-toggler="drawers" data-action="closedrawer"
title="Close course index"></button></div>
<div class="drawercontent drag-container"><nav id="courseindex" class="courseindex"><div id="courseindex-content"><ul class="courseindex-sectionlist">
${links(indexItems, 'courseindex-section')}</ul></div></nav></div></div>
<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers show-drawer-left drag-container"><div class="main-inner">
<div id="topofscroll"><header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap">
<div id="page-navbar"><nav aria-label="Navigation bar"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/course/view.php?id=218" title="HIS101 Introduction to Historical Method">HIS101</a></li>
<li class="breadcrumb-item"><span>${title}</span></li></ol></nav></div></div>
<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings">
<h1 class="h2">${title}</h1></div></div></div></div></div></header>
<div class="secondary-navigation d-print-none"><nav class="moremenu navigation observed"><ul role="menubar" class="nav more-nav nav-tabs">
${links(courseNav, 'nav-item')}</ul></nav></div>
<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Content">
<span class="notifications" id="user-notifications"></span><div role="main"><span id="maincontent"></span>
<div class="course-content"><ul class="topics"><li id="section-3" class="section course-section main clearfix" role="region" data-sectionid="3"
data-for="section" data-number="3"><div class="course-section-header d-flex" data-for="section_title" data-number="3">
<span class="section-collapsed-label sr-only">Collapsed</span></div>
<div id="coursecontentcollapse3" class="content course-content-item-content collapse show"><div class="my-3" data-for="sectioninfo">
<div class="section_availability"></div><div class="summarytext"><div class="no-overflow">
${ps(summary)}
<p><strong>By the end of this week you will be able to:</strong></p>
<ul>${lis(goals)}</ul></div></div></div>
<ul class="section m-0 p-0 img-text d-block" data-for="cmlist">
<li class="activity activity-wrapper label modtype_label" id="module-4409"><div class="activity-item focus-control activityinline">
<div class="activity-altcontent contentwithoutlink"><div class="no-overflow"><div class="no-overflow"><h4>${mediaHead}</h4>
${ps(media)}</div></div></div></div></li>
${act(1, activities[0] ?? '', 'resource', '')}
${act(2, activities[1] ?? '', 'folder', '')}
${act(
  3,
  activities[2] ?? '',
  'forum',
  `<div><strong>Opened:</strong> Monday, 16 February 2026, 9:00 AM</div><div><strong>Due:</strong>
Wednesday, 18 February 2026, 11:59 PM</div>`,
)}
${act(4, activities[3] ?? '', 'quiz', `<div><strong>Closes:</strong> Friday, 20 February 2026, 5:00 PM</div>`)}
${act(5, activities[4] ?? '', 'assign', `<div><strong>Due:</strong> Friday, 20 February 2026, 11:59 PM</div>`)}
</ul></div></li></ul></div>
<div class="mt-5 mb-1 activity-navigation container-fluid"><div class="row"><div class="col-md-4"><div class="float-left">
<a href="/course/section.php?id=1212" id="prev-activity-link" class="btn btn-link">◄ Week 2: Chronology and Evidence</a></div></div>
<div class="col-md-4 offset-md-4"><div class="float-right"><a href="/course/section.php?id=1214" id="next-activity-link" class="btn btn-link">Week 4: Maps and
Places ►</a></div></div></div></div></div></section></div></div></div>
<div class="drawer drawer-right d-print-none" data-region="fixed-drawer" id="theme_boost-drawers-blocks"><div class="drawercontent">
<section class="d-print-none" aria-label="Blocks"><aside id="block-region-side-pre" class="block-region">
<section class="block_calendar_upcoming block card mb-3" role="complementary"><div class="card-body p-3"><h5 class="card-title d-inline">Upcoming events</h5>
<div class="card-text content mt-3"><ul>${links(
  events,
  'event',
)}</ul><div class="footer"><a href="/calendar/view.php?view=upcoming">Go to calendar...</a></div></div>
</div></section><section class="block_news_items block card mb-3"><div class="card-body p-3"><h5 class="card-title d-inline">Latest announcements</h5>
<div class="card-text content mt-3"><ul class="unlist">${links(
  news,
  'post',
)}</ul><div class="footer"><a href="/mod/forum/view.php?f=77">Older topics ...</a></div>
</div></div></section></aside></section></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div data-region="footer-container-popover"><button class="btn btn-icon bg-secondary icon-no-margin
btn-footer-popover"
data-action="footer-popover" aria-label="Show footer"></button></div><div class="footer-content-popover container" data-region="footer-content-popover">
<div class="footer-section p-3 border-bottom"><ul>${links(foot)}</ul></div>
<div class="footer-section p-3"><div class="logininfo">You are logged in as <a href="/user/profile.php?id=5531" title="View profile">Rhoda Nkemelu</a>
(<a href="/login/logout.php?sesskey=q8Zr1TfaP2">Log out</a>)</div></div>
<div class="footer-section p-3"><div>Powered by <a href="https://moodle.example">Moodle</a></div></div></div></footer></div></div>
<script>M.util.js_pending('core/first'); require(['core/first'], function() { require(['theme_boost/loader', 'theme_boost/drawer'], function(l, d) {
d.init(); M.util.js_complete('theme_boost/loader'); }); });</script></body></html>`;

export const moodle: TestPage = {
  name: 'heldout289-moodle-section-docs',
  kind: 'docs',
  html,
  title,
  headings: [mediaHead],
  body: texts([...summary, 'By the end of this week you will be able to:', ...goals, ...media]),
  bylines: [
    'Opened: Monday, 16 February 2026, 9:00 AM',
    'Due: Wednesday, 18 February 2026, 11:59 PM',
    'Closes: Friday, 20 February 2026, 5:00 PM',
    'Due: Friday, 20 February 2026, 11:59 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Harrowgate College Learn', ...primary, ...indexItems.filter((t) => t !== title), 'HIS101', ...courseNav, ...activities,
    'Mark as done', '◄ Week 2: Chronology and Evidence', 'Week 4: Maps and Places ►', 'Upcoming events', ...events, 'Go to calendar...',
    'Latest announcements', ...news, 'Older topics ...', ...foot, 'You are logged in as Rhoda Nkemelu (Log out)', 'Powered by Moodle',
  ],
};
