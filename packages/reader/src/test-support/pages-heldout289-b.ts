import { links, ps, type TestPage, texts } from './page-kit.js';
import { catalogue } from './pages-heldout289-b2.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file b: a Canvas LMS course page (a wiki page) of an invented school district's online course: the
 * global navigation rail, the course navigation tabs, the breadcrumb bar, the ENV bootstrap script, the "Edit" and options
 * buttons, the page body in the user_content div, the module item sequence footer and the "last edited" line; and, from
 * file b2, a university course catalogue entry.
 */
const title = 'Lab Notebook Expectations';
const intro = [
  j(
    'Your lab notebook is the most important thing you will produce in this course. A good notebook lets someone else repeat',
    'your experiment exactly, and it lets you, three weeks later, remember what you actually did rather than what you meant to do.',
  ),
  j(
    'Every lab in Unit 2 and after will be graded partly from your notebook, so please read this page before our first lab on',
    'Tuesday. If anything is unclear, post a question in the Q&amp;A discussion rather than emailing me, so that everyone can see',
    'the answer.',
  ),
];
const setupHead = 'Setting up your notebook';
const setup = [
  'Use a bound composition book with numbered pages. Spiral notebooks and loose sheets will not be accepted.',
  'Write your name, class period and Mr. Okonjo’s room number (B114) on the front cover.',
  'Leave the first three pages blank for a table of contents, and add each lab to it as you go.',
  'Write only in blue or black ink. If you make a mistake, draw one line through it so it can still be read.',
];
const entryHead = 'What every lab entry needs';
const entryIntro = 'Each entry starts on a new page and follows the same order, even when a lab is short:';
const entry = [
  'The date and a descriptive title, for example “Density of three unknown metals”.',
  'The question or purpose, written as one sentence.',
  'A materials list and a short procedure, written before you begin.',
  'Raw data in a table with units in every column header.',
  'Calculations, with one worked example shown in full.',
  'A conclusion of three to five sentences that answers the question and names one source of error.',
];
const gradingHead = 'How notebooks are graded';
const grading = [
  j(
    'I collect notebooks at random, about twice a unit, and I check the most recent entry. Each check is worth 10 points: 4 for',
    'completeness, 3 for data and calculations and 3 for the conclusion. You will get your notebook back the next class day with',
    'comments on a sticky note.',
  ),
  j(
    'Notebooks stay in the classroom cabinet unless you have arranged to take yours home. If you are absent on a lab day, copy',
    'the data from a partner, write “data from” and their name at the top of the table, and complete the rest of the entry yourself.',
  ),
];
const quote = 'If it isn’t written down, it didn’t happen. That is not a rule I made up; it is how every working laboratory in the world operates.';
const globalNav = ['Account', 'Dashboard', 'Courses', 'Calendar', 'Inbox', 'History', 'Help'];
const courseNav = ['Home', 'Announcements', 'Modules', 'Assignments', 'Discussions', 'Grades', 'People', 'Pages', 'Zoom'];
const crumbs = ['CHEM 1 Per. 3', 'Pages'];
const html = `<!DOCTYPE html><html class="" dir="ltr" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>${title}: CHEM 1 Per. 3</title><link rel="preconnect" href="https://du11hjcvx0uqb.cloudfront.example" crossorigin>
<link rel="stylesheet" href="https://du11hjcvx0uqb.cloudfront.example/dist/brandable_css/new_styles_normal_contrast/bundles/common-1772000000.css">
<meta name="apple-itunes-app" content="app-id=480883488"><meta name="theme-color" content="#0b5f8a">
<script>window.ENV = {"ASSET_HOST":"https://du11hjcvx0uqb.cloudfront.example","current_user_id":"48113","COURSE_ID":"5521","WIKI_PAGE":{"title":"${title}",
"url":"lab-notebook-expectations","published":true,"front_page":false,"editing_roles":"teachers"},"WIKI_RIGHTS":{"read":true},"PAGE_RIGHTS":{"read":true},
"LOCALE":"en","TIMEZONE":"America/Chicago","context_asset_string":"course_5521"};</script>
<script>INST = {"environment":"production","allowMediaComments":true};</script></head>
<body class="with-left-side course-menu-expanded padless-content pages show primary-nav-expanded full-width context-course_5521 lato-font-not-loaded-yet">
<noscript><div role="alert" class="ic-flash-static ic-flash-error"><div class="ic-flash__icon" aria-hidden="true"><i class="icon-warning"></i></div>
<h1>You need to have JavaScript enabled in order to access this site.</h1></div></noscript>
<div id="flash_message_holder"></div><div id="flash_screenreader_holder" role="alert" aria-live="assertive" aria-relevant="additions"
class="screenreader-only"></div>
<div id="application" class="ic-app"><header id="mobile-header" class="no-print"><button type="button"
class="Button Button--icon-action-rev Button--large mobile-header-hamburger">
<i class="icon-solid icon-hamburger"></i><span id="mobileHeaderInboxUnreadBadge" class="menu-item__badge"
style="min-width: 0; top: 12px; height: 12px; right: 6px; display:none;">
</span><span class="screenreader-only">Dashboard</span></button></header>
<header id="header" class="ic-app-header no-print" role="banner"><a href="#content" id="skip_navigation_link">Skip To Content</a>
<div class="ic-app-header__main-navigation"><div class="ic-app-header__logomark-container"><a href="https://ridgefieldisd.instructure.example"
class="ic-app-header__logomark"><span class="screenreader-only">Ridgefield ISD Canvas</span></a></div>
<ul id="menu" class="ic-app-header__menu-list">${links(globalNav, 'menu-item ic-app-header__menu-list-item')}</ul></div></header>
<div id="wrapper" class="ic-Layout-wrapper"><div class="ic-app-nav-toggle-and-crumbs no-print"><button type="button" id="courseMenuToggle"
class="Button Button--link ic-app-course-nav-toggle" aria-live="polite" aria-label="Hide Courses Navigation Menu"><i class="icon-hamburger"></i></button>
<div class="ic-app-crumbs"><nav id="breadcrumbs" role="navigation" aria-label="breadcrumbs"><ul>
<li class="home"><a href="/"><span class="ellipsible"><i class="icon-home"
title="My Dashboard"><span class="screenreader-only">My Dashboard</span></i></span></a></li>
${links(crumbs)}<li><span class="ellipsible">${title}</span></li></ul></nav></div>
<div class="right-of-crumbs no-print"><a class="btn" id="easy_student_view" href="/courses/5521/student_view/1"><i class="icon-student-view"></i>
Student View</a></div></div>
<div id="main" class="ic-Layout-columns"><div class="ic-Layout-watermark"></div><div id="left-side" class="ic-app-course-menu ic-sticky-on list-view"
style="display: block">
<div id="sticky-container" class="ic-sticky-frame"><span id="section-tabs-header-subtitle" class="ellipsis">2025-2026</span>
<nav role="navigation" aria-label="Courses Navigation Menu"><ul id="section-tabs">${links(courseNav, 'section')}</ul></nav></div></div>
<div id="not_right_side" class="ic-app-main-content"><div id="content-wrapper" class="ic-Layout-contentWrapper">
<div id="content" class="ic-Layout-contentMain" role="main"><div id="wiki_page_show"><div class="header-bar-outer-container">
<div class="sticky-toolbar" data-sticky><div class="header-bar flex"><div class="header-bar-right header-right-flex">
<span class="publish-button"><button class="btn btn-published">Published</button></span>
<a href="/courses/5521/pages/lab-notebook-expectations/edit" class="btn edit-wiki"><i class="icon-edit" role="presentation"></i> Edit</a>
<div class="inline-block"><a class="al-trigger btn" role="button" href="#"><i class="icon-more" aria-hidden="true"></i>
<span class="screenreader-only">Settings</span></a></div></div></div></div></div>
<div class="page-title-wrapper"><h1 class="page-title">${title}</h1></div>
<div class="show-content user_content clearfix enhanced">
${ps(intro)}
<h2>${setupHead}</h2>
<ul>${lis(setup)}</ul>
<h2>${entryHead}</h2>
<p>${entryIntro}</p>
<ol>${lis(entry)}</ol>
<h2>${gradingHead}</h2>
${ps(grading)}
<blockquote><p>${quote}</p></blockquote>
<p><span style="font-size: 10pt;"><em>Image: sample notebook page from Ms. Fairweather’s 2024 class, shared with permission.</em></span></p>
</div>
<div class="clear"></div><div class="wiki-page-footer"><div class="page-last-edited">Last edited by Tobias Okonjo on Jan 12, 2026 4:18pm</div></div></div>
<div class="module-sequence-footer" role="navigation" aria-label="Module Navigation"><div class="module-sequence-padding">
<div class="module-sequence-footer-content"><span class="module-sequence-footer-button--previous"><a class="Button" role="button"
href="/courses/5521/modules/items/88120" aria-describedby="msf0-previous-desc"><i class="icon-mini-arrow-left"></i>Previous</a></span>
<span class="module-sequence-footer-button--next"><a class="Button" role="button"
href="/courses/5521/modules/items/88122">Next<i class="icon-mini-arrow-right"></i></a>
</span></div></div></div></div></div></div></div></div>
<div style="display:none;"><span id="msf0-previous-desc">Previous Module Item: Unit 2 Overview</span></div>
<div id="nav-tray-portal" style="position: relative; z-index: 99;"></div></div>
<script src="https://du11hjcvx0uqb.cloudfront.example/dist/webpack-production/main-entry-1772000000.js" crossorigin="anonymous"></script>
<script>window.bundles = ['wiki_page_show']; window.deferredBundles = ['navigation_header'];</script></body></html>`;

const canvas: TestPage = {
  name: 'heldout289-canvas-lms-page-docs',
  kind: 'docs',
  html,
  title,
  headings: [setupHead, entryHead, gradingHead],
  body: texts([...intro, ...setup, entryIntro, ...entry, ...grading, quote]),
  bylines: ['Last edited by Tobias Okonjo on Jan 12, 2026 4:18pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to have JavaScript enabled in order to access this site.', 'Skip To Content', 'Ridgefield ISD Canvas', ...globalNav, 'My Dashboard',
    ...crumbs, 'Student View', '2025-2026', ...courseNav.filter((t) => t !== 'Home'), 'Published', 'Settings',
    'Image: sample notebook page from Ms. Fairweather’s 2024 class, shared with permission.', 'Previous', 'Next', 'Previous Module Item: Unit 2 Overview',
  ],
};

export const HELDOUT289_B: readonly TestPage[] = [canvas, catalogue];
