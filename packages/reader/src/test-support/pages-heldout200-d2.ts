import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 200, file d2: a university department's course syllabus page on a Drupal site (the campus alert bar,
 * skip link, utility links, the university header and main menu, the department name, breadcrumbs, the department's
 * side menu, the PDF and print links, the syllabus itself with its course-information list, grading table and weekly
 * schedule, the "last updated" line, the privacy notice and the university footer).
 */
const syTitle = 'HIST 214: The Atlantic World, 1500–1800';
const syInfo = [
  'Meeting times: Monday, Wednesday and Friday, 10:00–10:50 a.m., Halvorsen Hall 212',
  'Office hours: Tuesday 1:00–3:00 p.m. and by appointment, Halvorsen Hall 407',
  'Email: mostrowski@northfield-state.example',
];
const syH1 = 'Course Description';
const syP1 = [
  'Between 1500 and 1800 the Atlantic Ocean became a crossroads that tied together the histories of Europe, Africa and the ' +
    'Americas. This course follows the people, goods and ideas that crossed it: sailors and settlers, enslaved Africans and ' +
    'the communities they built, Indigenous nations who traded, negotiated and fought with newcomers, and merchants whose ' +
    'ledgers turned sugar, tobacco and furs into fortunes.',
  'We will read a mix of recent scholarship and primary sources, including ship logs, letters, court records and travel ' +
    'accounts. No previous college history course is required.',
];
const syH2 = 'Learning Outcomes';
const syP2 = ['By the end of the semester, students will be able to:'];
const syOutcomes = [
  'explain the main economic and political forces that connected the Atlantic world;',
  'analyze a primary source by identifying its author, audience, purpose and limits;',
  'compare how different communities experienced colonization and the slave trade;',
  'write a clear, evidence-based argument of 2,500 words using both primary and secondary sources.',
];
const syH3 = 'Required Texts';
const syTexts = [
  'Adaeze Morrow, <i>Salt Roads: Trade and Belonging in the Atlantic World</i> (Lakeshore University Press, 2021).',
  'Thomas Vell, ed., <i>Voices of the Crossing: A Documentary Reader</i>, 3rd edition (Harrow &amp; Finch, 2019).',
  'Additional readings are posted on Canvas under each week’s module.',
];
const syH4 = 'Assignments and Grading';
const syGrades = [
  ['Participation and weekly discussion posts', '15%'],
  ['Two primary-source analyses (4 pages each)', '20%'],
  ['Midterm exam', '20%'],
  ['Research paper proposal and bibliography', '10%'],
  ['Final research paper', '35%'],
];
const syH5 = 'Weekly Schedule';
const sySchedule = [
  'Weeks 1–2: An ocean of connections; maps, winds and currents',
  'Weeks 3–4: Iberian empires and the first Atlantic exchanges',
  'Weeks 5–6: West African states and the beginnings of the slave trade',
  'Week 7: Midterm exam (Friday, March 6)',
  'Weeks 8–10: Plantations, sugar and the making of the Caribbean',
  'Weeks 11–12: Fur, faith and diplomacy in northeastern North America',
  'Weeks 13–14: Revolutions around the Atlantic; final papers due Friday, May 1',
];
const syH6 = 'Course Policies';
const syP6 = [
  'Late work loses five percentage points per day unless you contact me before the deadline. Each student may use one ' +
    'no-questions-asked 48-hour extension during the semester.',
  'Students who need accommodations should contact the Office of Accessibility Resources and send me their letter during the ' +
    'first two weeks. All work must follow the university’s academic integrity policy; when in doubt about how to cite a ' +
    'source, please ask.',
];
const syAlert = 'Campus alert: Classes on the main campus are cancelled Tuesday, January 20, due to winter weather. Details';
const syUtil = ['Apply', 'Visit', 'Give', 'Directory', 'MyNSU', 'Canvas'];
const syMain = ['Academics', 'Admissions', 'Research', 'Campus Life', 'Athletics', 'About NSU'];
const syCrumbs = ['Home', 'Department of History', 'Courses', 'Course Syllabi'];
const sySide = [
  'About the Department',
  'Undergraduate Programs',
  'Graduate Programs',
  'Courses',
  'Course Syllabi',
  'Faculty and Staff',
  'News and Events',
  'Contact Us',
];
const syFoot = ['Accessibility', 'Non-Discrimination', 'Privacy', 'Title IX', 'Emergency Information', 'Jobs at NSU', 'Report a Web Problem'];
const sySocial = ['Facebook', 'Instagram', 'LinkedIn', 'YouTube'];
const syAddr = ['Northfield State University', '1200 College Avenue, Northfield, WS 55901', '555-010-4400'];
const syCookie = 'Northfield State University uses cookies to improve your experience. By continuing to browse, you agree to our privacy statement.';
const syHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>HIST 214: The Atlantic World, 1500–1800 | Department of History | Northfield State University</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta property="og:site_name" content="Department of History"><meta property="og:title" content="${syTitle}">
<link rel="canonical" href="https://history.northfield-state.example/courses/syllabi/hist-214-atlantic-world-1500-1800">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4412"},
"gtag":{"tagId":"G-7QK2ZX"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_K3cX9.css"></head>
<body class="path-node page-node-type-syllabus"><div class="alert-bar" role="alert"><p>${syAlert.replace(' Details', '')}
<a href="https://alerts.northfield-state.example">Details</a></p></div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="site-header">
<nav class="utility-nav" aria-label="Utility"><ul class="menu">${links(syUtil, 'menu-item')}</ul></nav>
<div class="branding"><a href="https://www.northfield-state.example" rel="home" class="site-logo">Northfield State University</a>
<a href="/" class="site-name">Department of History</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--main">${links(syMain, 'menu-item menu-item--expanded')}</ul></nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(syCrumbs)}</ol></nav></div>
<div class="layout-container"><aside class="layout-sidebar-first" role="complementary"><nav aria-label="Department of History">
<h2 class="block-title">In this section</h2><ul class="menu">${links(sySide, 'menu-item')}</ul></nav></aside>
<main id="main-content" role="main" class="layout-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="4412" class="node node--type-syllabus node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${syTitle}</span></h1>
<div class="syllabus-tools"><a href="/sites/default/files/syllabi/HIST214-spring2026.pdf" class="file-link">Download syllabus (PDF, 212 KB)</a>
<a href="javascript:window.print()" class="print-link">Print this page</a></div>
<div class="field field--name-field-term">Spring 2026</div>
<div class="field field--name-field-instructor"><span class="field__label">Instructor:</span> Dr. Maribel Ostrowski</div>
<div class="clearfix text-formatted field field--name-body field__item">
<ul class="course-info">${syInfo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${syH1}</h2>
${ps(syP1)}
<h2>${syH2}</h2>
${ps(syP2)}
<ol>${syOutcomes.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${syH3}</h2>
<ul>${syTexts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${syH4}</h2>
<table class="cols-2"><thead><tr><th>Assignment</th><th>Weight</th></tr></thead>
<tbody>${syGrades.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2>${syH5}</h2>
<ul>${sySchedule.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${syH6}</h2>
${ps(syP6)}
</div><div class="field field--name-field-updated">Last updated: January 6, 2026</div></article></main></div>
<footer role="contentinfo" class="site-footer"><div class="footer-address">${syAddr.map((t) => `<p>${t}</p>`).join('')}</div>
<nav aria-label="Social media"><ul>${links(sySocial)}</ul></nav><nav aria-label="Footer"><ul>${links(syFoot)}</ul></nav>
<p class="copyright">© 2026 Northfield State University</p></footer></div>
<div class="eu-cookie-compliance-banner" role="dialog" aria-label="Privacy notice"><div class="eu-cookie-compliance-message"><p>${syCookie}</p>
</div><div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">I agree</button>
<button type="button" class="find-more-button">More info</button></div></div>
<script src="/sites/default/files/js/js_Pq3sL.js"></script></body></html>`;
export const syllabusPage: TestPage = {
  html: syHtml,
  name: 'heldout200-university-course-syllabus-docs',
  kind: 'docs',
  // the course-information list at the top, the reading list, the grading table's data cells and the schedule are body;
  // the instructor line and "Last updated" are bylines; the term label "Spring 2026" and the grading table's header
  // cells are in neither list; the alert bar, menus, breadcrumbs, PDF/print links, footer and privacy notice are furniture
  title: syTitle,
  headings: [syH1, syH2, syH3, syH4, syH5, syH6],
  body: [...syInfo, ...texts(syP1), ...syP2, ...syOutcomes, ...texts(syTexts), ...syGrades.flat(), ...sySchedule, ...texts(syP6)],
  bylines: ['Instructor: Dr. Maribel Ostrowski', 'Last updated: January 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    syAlert, 'Skip to main content', ...syUtil, 'Northfield State University', 'Department of History', 'Main navigation',
    ...syMain.filter((t) => t !== 'Research'), 'Breadcrumb',
    'Home', 'Course Syllabi', 'In this section', ...sySide.filter((t) => t !== 'Course Syllabi'), 'Download syllabus (PDF, 212 KB)', 'Print this page',
    ...syAddr.slice(1), ...sySocial, ...syFoot, '© 2026 Northfield State University', syCookie, 'I agree', 'More info',
  ],
};
