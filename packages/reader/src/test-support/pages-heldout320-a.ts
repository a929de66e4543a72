import { links, ps, type TestPage, texts } from './page-kit.js';
import { alFolio } from './pages-heldout320-a2.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file a: a history department's course page on a Drupal 10 university theme (utility bar, main
 * menu, system breadcrumb, inline course fields, body with outcomes list and assessment table, "Related courses" block,
 * department contact block, footer, cookie banner) and, from file a2, a research lab's project page on Jekyll al-folio.
 */
const dTitle = 'HIST 2140: Rivers and Empires, 1500-1900';
const dIntro = [
  j(
    'Rivers carried grain, soldiers, taxes and rumours long before railways did. This course follows four great river systems, the',
    'Danube, the Ganges, the Mississippi and the Yangtze, across four centuries in which empires tried to measure, tax, dam and',
    'defend them. We ask what it meant to govern water that never stayed in one place, and how people who lived along the banks',
    'bent imperial plans to their own ends.',
  ),
  j(
    "Each week pairs a short secondary reading with a primary source: a toll register, a surveyor's report, a petition from a",
    "ferry town, a missionary's letter. Seminars are built around close reading of these documents, and the final project asks you",
    'to build an argument from a small archive of your own choosing.',
  ),
];
const dOutcomes = [
  'Explain how imperial states used rivers for revenue, transport and military control between 1500 and 1900.',
  'Compare the river policies of at least two empires, using both primary and secondary sources.',
  'Read administrative documents critically, paying attention to who produced them and for whom.',
  'Write a source-based argument of 3,000 words with full footnotes in Chicago style.',
];
const dFormat = [
  j(
    'The course meets twice a week: a 50-minute lecture on Tuesday and a 90-minute seminar on Thursday. Seminar groups are capped',
    'at sixteen students. Attendance at seminars is required, and more than two unexplained absences will affect your participation mark.',
  ),
];
const dAssess = [
  ['Seminar participation', '15%', 'Weekly'],
  ['Source commentary (1,200 words)', '25%', 'Week 5'],
  ['Map exercise', '10%', 'Week 8'],
  ['Final essay (3,000 words)', '50%', 'Week 13'],
];
const dPrereq = [
  j(
    'HIST 1010 or HIST 1020, or permission of the instructor. Students from Geography and Environmental Studies are welcome and',
    'should contact the department office to request an override before registration closes.',
  ),
  j('No knowledge of languages other than English is required; all sources are provided in translation, with originals', 'available for those who read them.'),
];
const dUtil = ['Apply', 'Visit', 'Give', 'Library', 'Directory'];
const dNav = ['About', 'Undergraduate', 'Graduate', 'Courses', 'People', 'Research', 'News & Events'];
const dCrumbs = ['Home', 'Undergraduate', 'Courses'];
const dRelated = ['HIST 2110: The Ottoman World, 1450-1800', 'HIST 2305: Environmental History of the Americas', 'GEOG 2200: Water and Society'];
const dFoot = ['Accessibility', 'Privacy', 'Emergency Information', 'Non-Discrimination Statement', 'Site Map'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Rivers carried grain, soldiers, taxes and rumours long before railways did. This course follows four great river systems.">
<link rel="canonical" href="https://history.callander.edu/courses/hist-2140">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${dTitle} | Department of History | Callander University</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk3xv9.css?delta=0&amp;language=en&amp;theme=callander_base">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2291",
"currentLanguage":"en"},"ajaxTrustedUrl":{},"user":{"uid":0,"permissionsHash":"9c1e"}}</script>
<script src="/sites/default/files/js/js_T8sd1.js?scope=header&amp;delta=0"></script></head>
<body class="path-node page-node-type-course"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-utility"><nav role="navigation" aria-labelledby="block-utilitymenu-menu" id="block-utilitymenu" class="block block-menu">
<h2 class="visually-hidden" id="block-utilitymenu-menu">Utility menu</h2><ul class="menu">${links(dUtil, 'menu-item')}</ul></nav></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/callander_base/logo.svg" alt="Home"></a>
<div class="site-name"><a href="/" rel="home">Callander University</a></div><div class="site-slogan">Department of History</div></div>
</div><div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"
class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(dNav, 'menu-item menu-item--collapsed')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-pagetitle" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="2291" class="node node--type-course node--view-mode-full"><div class="node__content">
<div class="field field--name-field-course-code field--type-string field--label-inline clearfix"><div class="field__label">Course code</div>
<div class="field__item">HIST 2140</div></div>
<div class="field field--name-field-credits field--type-integer field--label-inline clearfix"><div class="field__label">Credits</div>
<div class="field__item">3 credit hours</div></div>
<div class="field field--name-field-term field--type-entity-reference field--label-inline clearfix"><div class="field__label">Offered</div>
<div class="field__items"><div class="field__item">Fall 2026</div></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>Learning outcomes</h2><p>By the end of the course you will be able to:</p>
<ul>
${lis(dOutcomes)}
</ul>
<h2>Format</h2>
${ps(dFormat)}
<h2>Assessment</h2>
<table class="table"><thead><tr><th>Component</th>
<th>Weight</th>
<th>Due</th></tr></thead><tbody>
${dAssess.map((r) => `<tr><td>${r.join('</td>\n<td>')}</td></tr>`).join('\n')}
</tbody></table>
<h2>Prerequisites</h2>
${ps(dPrereq)}
</div></div></article></div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-views-block-related-courses" class="block block-views"><h2>Related courses</h2><div class="view-content"><ul>${links(dRelated)}</ul></div></div>
<div id="block-departmentcontact" class="block block-block-content"><h2>Contact the department</h2>
<div class="field field--name-body"><p>Department of History, Marlowe Hall 214</p><p>history@callander.edu</p><p>(503) 555-0148</p></div></div>
</div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav id="block-footer" class="block block-menu">
<ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-copyright"><p>© 2026 Callander University. All rights reserved.</p></div></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<p>We use cookies to understand how visitors use our websites. You can accept or decline analytics cookies.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Decline</button></div></div></div></div>
<script src="/sites/default/files/js/js_T8sd1.js?scope=footer&amp;delta=1"></script></body></html>`;
const drupalCourse: TestPage = {
  name: 'heldout320-drupal-course-page',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Learning outcomes', 'Format', 'Assessment', 'Prerequisites'],
  body: texts([...dIntro, 'By the end of the course you will be able to:', ...dOutcomes, ...dFormat, ...dAssess.flat(), ...dPrereq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...dUtil, 'Callander University', 'Department of History', ...dNav, ...dCrumbs, 'Course code', 'HIST 2140', 'Credits',
    '3 credit hours', 'Offered', 'Fall 2026', 'Related courses', ...dRelated, 'Contact the department', 'Department of History, Marlowe Hall 214',
    'history@callander.edu', '(503) 555-0148', ...dFoot, '© 2026 Callander University. All rights reserved.',
    'We use cookies to understand how visitors use our websites. You can accept or decline analytics cookies.', 'Accept', 'Decline',
  ],
};

export const HELDOUT320_A: readonly TestPage[] = [drupalCourse, alFolio];
