import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file c: a parish's weekly newsletter page on a small church website (service times table in a
 * side box, the parish priest's letter, notices, a prayer list, a donate button) and a university course syllabus page
 * (course information table, learning outcomes, weekly schedule table, assessment and policy prose).
 */
const chTitle = 'Parish Newsletter: Third Sunday of Lent, 23 March 2025';
const chLetter = [
  'Dear friends, the builders finally left the hall on Thursday afternoon, and for the first time since October we ' +
    'can hear ourselves think on a Sunday morning. Thank you for your patience with the scaffolding, the dust and the ' +
    'strange detour to the toilets past the boiler room.',
  'The new roof cost a little less than we feared, thanks partly to the diocese’s grant and partly to the slates we ' +
    'were able to save and reuse. The full accounts will be on the noticeboard after Easter for anyone who wants them.',
  'Lent is a good season for noticing what we have taken for granted. A dry hall is a small thing, but I found ' +
    'myself grateful for it this week in a way I did not expect. I hope you find your own small gratitudes too.',
];
const chSign = 'Fr. Declan Moore';
const chNotices = [
  'Lent lunches continue every Friday at 12.30pm in the parish hall. Soup and bread, donations to the food bank.',
  'The Stations of the Cross will be prayed on Wednesday evenings at 7pm throughout Lent.',
  'Flower arrangers for Easter: please sign the list at the back of church by Sunday 6 April.',
  'The parish pilgrimage to Walsingham has four places left. Speak to Maureen after Mass if you would like to come.',
];
const chPrayer = [
  'Please pray for the sick of the parish, especially Jim Corcoran, Ada Nwosu and baby Rosie Flynn, and for all who ' +
    'care for them at home and in hospital.',
  'Please pray for those who have died recently, Kathleen Doyle and Edward Small, and for those whose anniversaries ' + 'occur at this time.',
];
const chTimes = [
  ['Saturday', '6.00pm Vigil Mass'],
  ['Sunday', '9.00am and 11.00am Mass'],
  ['Tuesday to Friday', '10.00am Mass'],
  ['Saturday', '10.30am to 11.30am Confession'],
];
const chNav = ['Mass times', 'Sacraments', 'Newsletter', 'Groups', 'Safeguarding', 'Contact'];
const chHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Newsletter – St Brendan’s Catholic Church, Eastleigh Green</title>
<link rel='stylesheet' href='/wp-content/themes/parish/style.css'></head>
<body class="post-template-default single single-post"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">St Brendan’s Catholic Church</a></p>
<p class="site-description">Part of the Diocese of Southwark</p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu">
${links(chNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><article class="post type-post category-newsletter">
<header class="entry-header"><h1 class="entry-title">${chTitle}</h1><div class="entry-meta"><span class="posted-on">Posted on
<time class="entry-date published" datetime="2025-03-21T17:00:00+00:00">21 March 2025</time></span><span class="byline"> by
<span class="author vcard"><a class="url fn n" href="/author/parishoffice/">Parish Office</a></span></span></div></header>
<div class="entry-content"><p><a href="/wp-content/uploads/2025/03/newsletter-lent3.pdf">Download this week’s newsletter (PDF)</a></p>
<h2>From the Parish Priest</h2>
${ps(chLetter)}
<p class="has-text-align-right"><em>${chSign}</em></p>
<h2>Parish notices</h2>
<ul>${chNotices.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>Prayer list</h2>
${ps(chPrayer)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/give">Donate to the parish</a></div></div>
</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/newsletter/" rel="category tag">Newsletter</a></span></footer>
</article><nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/p/lent2" rel="prev">
<span class="nav-subtitle">Previous:</span> <span class="nav-title">Parish Newsletter: Second Sunday of Lent, 16 March 2025</span></a></div></div></nav></main>
<aside id="secondary" class="widget-area"><section class="widget widget_block"><h2 class="widget-title">Service times</h2>
<table class="mass-times"><tbody>${chTimes.map(([d, t]) => `<tr><th scope="row">${d}</th><td>${t}</td></tr>`).join('\n')}</tbody></table></section>
<section class="widget"><h2 class="widget-title">Parish office</h2><p>Open Tuesday and Thursday, 9.30am to 1pm. 020 7946 0381</p></section>
<section class="widget"><h2 class="widget-title">Safeguarding</h2>
<p>Our parish safeguarding representative is Helen Ward. Contact her via the parish office.</p></section>
</aside></div>
<footer id="colophon" class="site-footer"><p>St Brendan’s is part of the Roman Catholic Archdiocese of Southwark, a registered charity no. 1173050.</p>
<p class="site-info">Proudly powered by WordPress</p></footer></div><script src="/wp-includes/js/wp-emoji-release.min.js"></script></body></html>`;
const church: TestPage = {
  html: chHtml,
  name: 'heldout11-parish-newsletter',
  kind: 'news',
  // hard calls: this week's newsletter is the article: the priest's letter, the notices and the prayer list are body and
  // their h2s are headings; the priest's signature line is a byline, as are the post date and "Parish Office"; the PDF
  // download link and the "Donate" button inside the post are furniture; the service times table is a standing sidebar
  // box repeated every week, so furniture (table cells), as are the office hours, safeguarding box, menu, previous-post link
  title: chTitle,
  headings: ['From the Parish Priest', 'Parish notices', 'Prayer list'],
  body: [...texts(chLetter), ...texts(chNotices), ...texts(chPrayer)],
  bylines: ['21 March 2025', 'Parish Office', chSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'St Brendan’s Catholic Church', 'Part of the Diocese of Southwark', ...chNav.filter((n) => n !== 'Newsletter'),
    'Download this week’s newsletter (PDF)', 'Donate to the parish', 'Posted in', 'Parish Newsletter: Second Sunday of Lent, 16 March 2025',
    'Service times', ...chTimes.map(([, t]) => t!), 'Parish office', 'Open Tuesday and Thursday, 9.30am to 1pm. 020 7946 0381',
    'Our parish safeguarding representative is Helen Ward. Contact her via the parish office.',
    'St Brendan’s is part of the Roman Catholic Archdiocese of Southwark, a registered charity no. 1173050.', 'Proudly powered by WordPress',
  ],
};

const syTitle = 'GEOG 2150: Rivers, Floods and People (Spring 2025)';
const syDesc = [
  'This course looks at rivers as physical systems and as places people live beside, farm, defend and fight over. ' +
    'We start with how water moves through a catchment and end with the politics of who is protected from floods and who is not.',
  'There are no formal prerequisites beyond first-year physical geography, but you should be comfortable reading ' +
    'simple graphs and working with percentages. Two of the labs use a spreadsheet; no programming is required.',
];
const syOutcomes = [
  'Explain how rainfall becomes river flow, and why the same storm floods one catchment but not its neighbour.',
  'Read a flood hydrograph and estimate peak discharge and lag time from it.',
  'Compare hard engineering, natural flood management and planning controls as ways of reducing flood risk.',
  'Evaluate who bears the costs and benefits of a flood scheme, using a real case from the readings.',
  'Write a clear, evidence-based policy brief of no more than 1,500 words.',
];
const syAssess = [
  'Your grade is made up of three lab reports worth 30 percent in total, a midterm map exercise worth 20 percent, a ' +
    'policy brief worth 35 percent, and participation in the weekly seminars worth 15 percent.',
  'Lab reports are due at 5pm on the Friday of the week after each lab. The policy brief is due on Friday 2 May.',
];
const syLate = [
  'Work submitted late without an agreed extension loses five percentage points for each day or part of a day, up to ' +
    'five days, after which it receives a mark of zero. If something gets in the way, talk to me before the deadline: ' +
    'extensions are much easier to give in advance than to justify afterwards.',
];
const syIntegrity = [
  'You may discuss the labs with classmates, but the writing and the analysis you hand in must be your own. You may ' +
    'use AI tools to check grammar or to explain a concept, but not to write any part of an assessed piece; if you ' +
    'use one, add a short note saying how.',
];
const syAccess = [
  'If you have an accessibility plan from Student Accessibility Services, please send it to me in the first two ' +
    'weeks so that we can arrange any adjustments to labs or fieldwork in good time.',
];
const syInfo = [
  ['Instructor', 'Dr. Nadia Haverkamp'],
  ['Office hours', 'Tuesdays 2–4pm, Halton Building room 3.14, or by appointment'],
  ['Lectures', 'Mondays and Wednesdays, 10:00–10:50, Lecture Theatre B'],
  ['Credits', '3'],
];
const syWeeks = [
  ['1', 'The catchment as a system', 'Chapter 1; Barlow (2019)'],
  ['2', 'Rainfall, runoff and the hydrograph', 'Chapter 3'],
  ['3', 'Lab 1: reading a hydrograph', 'Lab handout'],
  ['4', 'Floods in history', 'Okonjo and Reyes (2021)'],
  ['5', 'Midterm map exercise', 'None'],
];
const syNav = ['Study', 'Research', 'Student life', 'About the university'];
const syHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${syTitle} | Department of Geography | Halton University</title>
<link rel="stylesheet" href="/themes/custom/halton/css/style.css"></head>
<body class="path-node page-node-type-syllabus"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="alert-bar" role="region" aria-label="Campus alert"><p>Campus buildings close at 6pm on Friday 18 April for the Easter break.</p></div>
<header class="site-header"><a href="/" class="site-logo">Halton University</a><nav class="menu--main"><ul>${links(syNav)}</ul></nav></header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/geography">Department of Geography</a></li>
<li><a href="/geography/courses">Courses</a></li>
</ol></nav>
<main id="main-content" role="main"><div class="layout-content"><article class="node node--type-syllabus"><h1 class="page-title"><span>${syTitle}</span></h1>
<table class="course-info"><caption>Course information</caption><tbody>
${syInfo.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<div class="field--name-body"><h2>Course description</h2>
${ps(syDesc)}
<h2>Learning outcomes</h2><p>By the end of this course you will be able to:</p>
<ol>${syOutcomes.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>Weekly schedule</h2><table class="schedule"><thead><tr><th>Week</th><th>Topic</th><th>Reading</th></tr></thead><tbody>
${syWeeks.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>Assessment</h2>
${ps(syAssess)}
<h2>Course policies</h2><h3>Late work</h3>
${ps(syLate)}
<h3>Academic integrity</h3>
${ps(syIntegrity)}
<h3>Accessibility</h3>
${ps(syAccess)}
</div><div class="field--name-field-updated"><span class="label">Last updated:</span> 6 January 2025</div>
<div class="print-link"><a href="/print/node/8812">Print this page</a></div></article></div>
<aside class="layout-sidebar-first"><nav class="menu--section"><h2>Geography courses</h2><ul>
${links(['First-year courses', 'Second-year courses', 'Fieldwork', 'Timetables'])}</ul></nav></aside></main>
<footer class="site-footer"><p>Halton University, Kelsall Road, Halton HN4 7QE</p><ul>${links(['Freedom of information', 'Modern slavery statement'])}</ul>
</footer><script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/8812"}}</script>
</body></html>`;
const syllabus: TestPage = {
  html: syHtml,
  name: 'heldout11-course-syllabus',
  kind: 'docs',
  // hard calls: the syllabus is the article: its prose sections, the outcome list and the lead-in sentence of the list are
  // body, the h2/h3 section titles headings; the course information table and the weekly schedule table are tables of
  // facts, left in neither list (the instructor's name is in that table, so it is not listed as a byline); "Last updated"
  // and its date are a byline; the campus alert, breadcrumb, print link, sidebar course menu and footer are furniture
  title: syTitle,
  headings: ['Course description', 'Learning outcomes', 'Weekly schedule', 'Assessment', 'Course policies', 'Late work', 'Academic integrity', 'Accessibility'],
  body: [
    ...texts(syDesc),
    'By the end of this course you will be able to:',
    ...texts(syOutcomes),
    ...texts(syAssess),
    ...texts(syLate),
    ...texts(syIntegrity),
    ...texts(syAccess),
  ],
  bylines: ['Last updated: 6 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Campus buildings close at 6pm on Friday 18 April for the Easter break.', 'Halton University', ...syNav, 'Department of Geography',
    'Courses', 'Print this page', 'Geography courses', 'First-year courses', 'Second-year courses', 'Timetables',
    'Halton University, Kelsall Road, Halton HN4 7QE', 'Freedom of information', 'Modern slavery statement',
  ],
};

export const HELDOUT11_C: readonly TestPage[] = [church, syllabus];
