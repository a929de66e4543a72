import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file b: an MIT OpenCourseWare-style lecture notes page (Hugo theme: course banner, course drawer
 * menu, course info, lecture table, license footer, donation banner) and a university syllabus page on Canvas (global
 * navigation, breadcrumbs, course navigation, syllabus body with a grading table, Course Summary table, right sidebar).
 */
const oTitle = 'Lecture 6: Heat Transport in Stratified Lakes';
const oIntro = [
  j(
    'These notes accompany the sixth lecture of the course. They summarise the argument made in class and give the',
    'derivations that were only sketched on the board. Students should read them before attempting Problem Set 3.',
  ),
];
const oSections: [string, string[]][] = [
  [
    'Why stratification matters',
    [
      j(
        'In summer, a deep temperate lake separates into a warm, light upper layer, the epilimnion, and a cold, dense lower',
        'layer, the hypolimnion. Between them lies the thermocline, a thin band in which temperature falls steeply with depth.',
      ),
      j(
        'Because the density difference resists vertical mixing, heat and dissolved oxygen cross the thermocline only slowly.',
        'The rate at which they do so controls how warm the deep water gets by autumn and whether it runs short of oxygen.',
      ),
    ],
  ],
  [
    'A one-dimensional diffusion model',
    [
      j(
        'We treat the lake as horizontally uniform and write the heat equation in depth alone, with an eddy diffusivity K(z)',
        'that is large in the mixed layer and small in the thermocline. Surface heating enters as a boundary flux.',
      ),
      'The model rests on three assumptions, each of which we revisit in Lecture 7:',
    ],
  ],
  [
    'Estimating the diffusivity from data',
    [
      j(
        'Given two temperature profiles a week apart, the change in heat content below a depth z must equal the flux across z.',
        'Dividing that flux by the local temperature gradient gives an estimate of K at that depth, the so-called flux-gradient',
        'method. For Lake Ostrava in July, this yields values near 2 × 10⁻⁶ m²/s in the thermocline, close to molecular rates.',
      ),
    ],
  ],
];
const oList = [
  'horizontal gradients are negligible compared with vertical ones;',
  'the diffusivity changes slowly compared with the temperature profile;',
  'inflows and outflows carry little heat relative to the surface flux.',
];
const oTable: [string, string][] = [
  ['Epilimnion', 'Mixed by wind; diffusivity 10⁻⁴ to 10⁻² m²/s'],
  ['Thermocline', 'Strongly stable; diffusivity near molecular'],
  ['Hypolimnion', 'Weakly mixed by internal waves'],
];
const oClose = j(
  'The key result to take away is that the thermocline acts as a bottleneck: even a large summer heat input warms the deep',
  'water only a little, and the timing of autumn overturn is set mostly by surface cooling rather than by deep warming.',
);
const oDrawer = ['Syllabus', 'Calendar', 'Lecture Notes', 'Assignments', 'Exams', 'Download Course'];
const oCrumbs = ['Lecture Notes'];
const oTopics = ['Earth and Planetary Sciences', 'Hydrology', 'Environmental Engineering'];
const oFoot = ['About OCW', 'Help & FAQs', 'Contact Us', 'Accessibility', 'Creative Commons License', 'Terms and Conditions'];
const oHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${oTitle} | Physical Limnology | Civil and Environmental Engineering |
MIT OpenCourseWare</title><meta name="description" content="Lecture notes on heat transport and stratification in lakes.">
<meta property="og:site_name" content="MIT OpenCourseWare"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${oTitle}","isPartOf":"Physical Limnology"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('config','G-OCW0001');</script>
<link rel="stylesheet" href="/static_shared/css/course_v2.css"></head><body class="course-page">
<div id="donate-banner" class="bg-primary text-white"><p>Support OCW: your gift keeps these materials free and open.</p><a href="/give">Give now</a>
<button aria-label="close" class="close-banner">Close</button></div>
<header class="medium-and-below-nav"><a href="/" class="ocw-logo"><img src="/static_shared/images/ocw_logo_white.svg" alt="MIT OpenCourseWare"></a>
<a class="nav-link" href="/search/">Search</a><a class="nav-link" href="/give">Give Now</a><a class="nav-link" href="/about/">About OCW</a></header>
<div id="course-banner" class="course-banner p-3"><div class="course-number-term-detail">1.074 | Fall 2025 | Graduate</div>
<div class="course-banner-title"><a href="/courses/1-074-physical-limnology-fall-2025/">Physical Limnology</a></div></div>
<div class="course-content-wrapper d-flex"><nav id="course-nav" class="course-drawer col-3"><ul class="course-nav list-unstyled">
<li class="course-nav-section-title">Course Info</li>${links(oDrawer, 'course-nav-list-item')}</ul></nav>
<main id="course-main-content" class="col-9"><nav aria-label="breadcrumb" class="course-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/courses/1-074-physical-limnology-fall-2025/">Home</a></li>${links(oCrumbs, 'breadcrumb-item')}</ol></nav>
<article class="course-section"><h1 class="course-section-title pb-1">${oTitle}</h1>
<div class="resource-meta small text-muted"><span>Instructor: Prof. Liesel Vandermolen</span></div>
${ps(oIntro)}
${oSections
  .map(
    ([h, p], i) => `<h2 class="subheader" id="section-${i + 1}">${h}</h2>
${ps(p)}${i === 1 ? `\n<ul>${oList.map((t) => `<li>${t}</li>`).join('')}</ul>` : ''}`,
  )
  .join('\n')}
<figure class="figure"><img src="/courses/1-074/resources/fig6-1.png" alt="Temperature profile"><figcaption class="figure-caption">Figure 6.1: Summer
temperature profile of Lake Ostrava. Courtesy of the Ostrava Field Station.</figcaption></figure>
<div class="table-responsive"><table class="table"><caption>Layers of a stratified lake</caption><thead><tr><th>Layer</th><th>Mixing</th></tr></thead>
<tbody>${oTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</tbody></table></div>
<p>${oClose}</p>
<div class="download-pdf"><a href="/courses/1-074/resources/lec6.pdf" class="resource-download">Download File</a> <span>PDF · 410 kB</span></div>
<div class="pagination d-flex"><a href="./lecture-5">Previous: Lecture 5: Surface Energy Fluxes</a>
<a href="./lecture-7">Next: Lecture 7: Internal Waves</a></div>
</article><aside class="course-info"><h2 class="course-info-title">Course Info</h2><dl><dt>Instructor</dt><dd>Prof. Liesel Vandermolen</dd>
<dt>Departments</dt><dd>Civil and Environmental Engineering</dd><dt>As Taught In</dt><dd>Fall 2025</dd><dt>Level</dt><dd>Graduate</dd>
<dt>Topics</dt><dd><ul>${links(oTopics)}</ul></dd><dt>Learning Resource Types</dt><dd>Lecture Notes, Problem Sets</dd></dl></aside></main></div>
<footer class="ocw-footer"><ul class="footer-links">${links(oFoot)}</ul><p class="license">Content on this page is licensed under a Creative
Commons Attribution-NonCommercial-ShareAlike 4.0 license.</p><p>MIT OpenCourseWare is an online publication of materials from thousands of MIT courses.</p>
</footer></body></html>`;
const ocw: TestPage = {
  name: 'heldout368-mit-ocw-lecture-notes',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oSections.map(([h]) => h),
  body: texts([...oIntro, ...(oSections[0]?.[1] ?? []), ...(oSections[1]?.[1] ?? []), ...oList, ...(oSections[2]?.[1] ?? []), ...oTable.flat(), oClose]),
  bylines: ['Instructor: Prof. Liesel Vandermolen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Support OCW: your gift keeps these materials free and open.', 'Give now', 'Close', 'Search', 'Give Now', 'About OCW', '1.074 | Fall 2025 | Graduate',
    'Physical Limnology', 'Course Info', ...oDrawer, 'Home', 'Figure 6.1: Summer temperature profile of Lake Ostrava. Courtesy of the Ostrava Field Station.',
    'Layers of a stratified lake', 'Download File', 'PDF · 410 kB', 'Previous: Lecture 5: Surface Energy Fluxes', 'Next: Lecture 7: Internal Waves',
    'Prof. Liesel Vandermolen', 'Departments', 'Civil and Environmental Engineering', 'As Taught In', 'Fall 2025', 'Graduate', ...oTopics,
    'Learning Resource Types', 'Lecture Notes, Problem Sets', ...oFoot,
    'Content on this page is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 license.',
    'MIT OpenCourseWare is an online publication of materials from thousands of MIT courses.',
  ],
};

const vTitle = 'GEOG 214: Rivers and Floodplains — Syllabus, Spring 2026';
const vSections: [string, string[]][] = [
  [
    'Course description',
    [
      j(
        'Rivers build the land they flow across. This course examines how channels move sediment, how floodplains form and',
        'change, and how people have tried to hold rivers in place. Fieldwork on the Calder Brook reach near campus is required.',
      ),
    ],
  ],
  [
    'Learning outcomes',
    [
      'Explain the controls on channel form using slope, discharge and sediment supply.',
      'Measure discharge and bed material at a field site and report the results with their uncertainty.',
      'Evaluate a river restoration proposal against the processes discussed in class.',
    ],
  ],
  [
    'Required materials',
    [
      j(
        'There is no textbook to buy. Weekly readings are posted on the course site under each week. You will need waterproof boots for the three field',
        'days; the department lends waders, tape measures and current meters.',
      ),
    ],
  ],
  [
    'Assessment',
    [
      j(
        'Late work loses five percent of its mark per day, up to five days, unless an extension has been agreed in advance.',
        'Extensions for illness or caring duties are granted without documentation for up to three days.',
      ),
    ],
  ],
  [
    'Academic integrity and AI tools',
    [
      j(
        'You may use AI writing tools to check grammar in your field report, but the analysis and the interpretation must be',
        'your own. Say in a footnote which tools you used and for what. Undeclared use will be treated as a breach of the code.',
      ),
      j(
        'If you have a disability accommodation, please send your letter from the Access Centre in the first two weeks so we',
        'can plan field days that work for everyone.',
      ),
    ],
  ],
  [
    'Field safety',
    [
      j(
        'We work in the channel only when the gauge at Mill Lane reads below 0.6 metres. Field days are cancelled by 7am by',
        'email if the river is high, and we never enter the water alone or without a partner on the bank holding a throw line.',
      ),
      j(
        'Tell the teaching assistant before the first field day if you cannot swim or have a medical condition we should know',
        'about. This information stays with the field team and is deleted at the end of term.',
      ),
    ],
  ],
];
const vGrades: [string, string][] = [
  ['Field report', '35%'],
  ['Three problem sets', '30%'],
  ['Restoration critique', '20%'],
  ['Participation in field days', '15%'],
];
const vGlobal = ['Account', 'Dashboard', 'Courses', 'Calendar', 'Inbox', 'History', 'Help'];
const vCourse = ['Home', 'Announcements', 'Modules', 'Syllabus', 'Assignments', 'Discussions', 'Grades', 'People', 'Zoom'];
const vSummary: [string, string, string][] = [
  ['Thu Feb 5, 2026', 'Problem set 1: Discharge', 'due by 11:59pm'],
  ['Sat Feb 21, 2026', 'Field day 1 sign-up', 'due by 5pm'],
  ['Thu Mar 19, 2026', 'Restoration critique draft', 'due by 11:59pm'],
];
const vHtml = `<!DOCTYPE html><html class="scripts-not-loaded" dir="ltr" lang="en"><head><meta charset="utf-8">
<title>Course Syllabus: GEOG 214-01 SP26</title><meta name="apple-itunes-app" content="app-id=480883488">
<link rel="stylesheet" href="https://du11hjcvx0uqb.cloudfront.example/dist/brandable_css/new_styles_normal_contrast/bundles/common.css">
<script>INST = {"environment":"production"};ENV = {"ASSET_HOST":"https://du11hjcvx0uqb.cloudfront.example","COURSE_ID":"48213",
"current_user_id":"991204","context_asset_string":"course_48213"};</script></head>
<body class="with-left-side course-menu-expanded with-right-side syllabus primary-nav-expanded full-width context-course_48213">
<div id="flash_message_holder"></div><a href="#content" id="skip_navigation_link">Skip To Content</a>
<div id="application" class="ic-app"><header id="mobile-header" class="no-print"><span class="mobile-header-title">GEOG 214-01 SP26</span></header>
<header id="header" class="ic-app-header no-print"><div class="ic-app-header__main-navigation"><ul id="menu" class="ic-app-header__menu-list">
${vGlobal
  .map(
    (t) => `<li class="menu-item ic-app-header__menu-list-item"><a href="/${t.toLowerCase()}" class="ic-app-header__menu-list-link">
<div class="menu-item__text">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></header>
<div id="wrapper" class="ic-Layout-wrapper"><div class="ic-app-nav-toggle-and-crumbs no-print"><nav id="breadcrumbs" role="navigation" aria-label="breadcrumbs">
<ul><li class="home"><a href="/"><span class="ellipsible">My Dashboard</span></a></li><li><a href="/courses/48213">
<span class="ellipsible">GEOG 214-01 SP26</span>
</a></li><li><span class="ellipsible">Syllabus</span></li></ul></nav></div>
<div id="main" class="ic-Layout-columns"><div id="left-side" class="ic-app-course-menu ic-sticky-on list-view">
<div id="sticky-container" class="ic-sticky-frame">
<span id="section-tabs-header-subtitle" class="ellipsis">Spring 2026</span><nav role="navigation" aria-label="Courses Navigation Menu"><ul id="section-tabs">
${links(vCourse, 'section')}</ul></nav></div></div>
<div id="not_right_side" class="ic-app-main-content"><div id="content-wrapper" class="ic-Layout-contentWrapper">
<div id="content" class="ic-Layout-contentMain" role="main">
<div id="course_syllabus" class="user_content enhanced"><h1>${vTitle}</h1>
<p><strong>Instructor:</strong> Dr. Oyelaran Beckwith · <strong>Office hours:</strong> Tue 2–4pm, Hartley 118</p>
${vSections
  .map(
    ([h, p], i) => `<h2>${h}</h2>
${i === 1 ? `<ol>${p.map((t) => `<li>${t}</li>`).join('')}</ol>` : ps(p)}${
  i === 3
    ? `\n<table class="ic-Table"><thead><tr><th>Component</th><th>Weight</th></tr></thead><tbody>
${vGrades.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</tbody></table>`
    : ''
}`,
  )
  .join('\n')}
</div><h2 class="screenreader-only">Course Summary:</h2><div id="syllabusContainer"><table id="syllabus" class="ic-Table ic-Table--striped">
<thead><tr><th scope="col">Date</th><th scope="col">Details</th><th scope="col">Due</th></tr></thead><tbody>
${vSummary
  .map(
    ([d, a, t]) => `<tr class="date detail_list"><td class="day_date">${d}</td><td class="name"><a href="/courses/48213/assignments/1">${a}</a></td>
<td class="dates">${t}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<div id="right-side-wrapper" class="ic-app-main-content__secondary"><aside id="right-side" role="complementary"><div id="syllabus_links">
<a href="/calendar" class="btn button-sidebar-wide">Jump to Today</a><a href="/courses/48213/syllabus/edit" class="btn button-sidebar-wide">Edit</a></div>
<h2 class="h2 shared-space-h2">Calendar</h2><p>Click any course title to show or hide its events.</p></aside></div></div></div></div>
<footer role="contentinfo" id="footer" class="ic-app-footer"><a href="https://www.instructure.example" class="footer-logo"><span class="screenreader-only">
By Instructure</span></a><span id="footer-links"><a href="/privacy_policy">Privacy Policy</a><a href="/acceptable_use_policy">Acceptable Use Policy</a>
<a href="https://www.facebook.example/instructure">Facebook</a></span></footer></div>
<script src="https://du11hjcvx0uqb.cloudfront.example/dist/webpack-production/main-entry.js" crossorigin="anonymous"></script></body></html>`;
const canvas: TestPage = {
  name: 'heldout368-canvas-syllabus',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vSections.map(([h]) => h),
  body: texts([...vSections.slice(0, 3).flatMap(([, p]) => p), ...(vSections[3]?.[1] ?? []), ...vGrades.flat(), ...vSections.slice(4).flatMap(([, p]) => p)]),
  bylines: ['Instructor: Dr. Oyelaran Beckwith'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Office hours: Tue 2–4pm, Hartley 118', 'Skip To Content', 'GEOG 214-01 SP26', ...vGlobal, 'My Dashboard', 'Spring 2026', ...vCourse, 'Course Summary:',
    'Date', 'Details', 'Due', ...vSummary.flat(), 'Jump to Today', 'Edit', 'Click any course title to show or hide its events.', 'By Instructure',
    'Privacy Policy', 'Acceptable Use Policy', 'Facebook',
  ],
};

export const HELDOUT368_B: readonly TestPage[] = [ocw, canvas];
