import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 171, file c2: a course syllabus page on a university department's Drupal 10 site (the skip link, the
 * university alert bar, the utility and main menus, the hidden mobile menu, breadcrumbs, the page title, the "Last updated"
 * line, the syllabus text with its course facts list, outcomes, an assessment table and a weekly schedule table, the
 * department's side menu, the "Contact the department" block, the land acknowledgement and the footer).
 */
const syTitle = 'GEOG 214: Cities and Their Rivers (Spring 2026 Syllabus)';
const syFacts = [
  'Instructor: Dr. Leona Marsh-Achebe, Room 312, Halvorsen Hall',
  'Office hours: Tuesdays 2:00–4:00 pm and by appointment',
  'Lectures: Mondays and Wednesdays, 10:30–11:50 am, Halvorsen Hall 104',
  'Credits: 3. Prerequisite: GEOG 101 or permission of the instructor.',
];
const syH1 = 'Course description';
const syP1 = [
  'Almost every large city was founded beside a river, and almost every one of them has spent the last two centuries trying to ' +
    'control it. This course looks at how cities have straightened, buried, polluted, feared and, more recently, rediscovered ' +
    'their rivers. We will move between the history of urban water, the politics of flood risk and the design of riverfronts, ' +
    'using case studies from four continents and from our own city’s Tamsin Creek, which has run in a culvert under Market ' +
    'Street since 1911.',
  'The course mixes lectures, discussion of weekly readings and two field walks along the creek. There are no exams. Instead ' +
    'you will build a portfolio over the term that ends with a short proposal for one stretch of a real urban river.',
];
const syH2 = 'Learning outcomes';
const syP2 = ['By the end of the course, students will be able to:'];
const syOutcomes = [
  'Explain how urban growth has changed the form and flow of rivers.',
  'Compare engineering, ecological and community approaches to managing urban flood risk.',
  'Read and critique a river restoration plan, including its maps and cost estimates.',
  'Write a clear, evidence-based proposal for a public audience.',
];
const syH3 = 'Assessment';
const syAssess: [string, string, string][] = [
  ['Reading responses (8 of 10)', 'Weekly', '20%'],
  ['Field walk notebook', 'March 6', '15%'],
  ['Map analysis', 'March 27', '20%'],
  ['River proposal', 'May 4', '35%'],
  ['Participation', 'Ongoing', '10%'],
];
const syH4 = 'Weekly schedule';
const sySched: [string, string][] = [
  ['Weeks 1–2', 'Why cities sit on rivers; water and the industrial city'],
  ['Weeks 3–4', 'Burying rivers: culverts, sewers and the sanitary city'],
  ['Week 5', 'Field walk 1: the buried creek under Market Street'],
  ['Weeks 6–8', 'Floods, levees and who is protected'],
  ['Weeks 9–11', 'Daylighting and restoration: promise and limits'],
  ['Week 12', 'Field walk 2: Tamsin Creek restoration site'],
  ['Weeks 13–14', 'Riverfronts, parks and green gentrification; proposal workshops'],
];
const syH5 = 'Course policies';
const syP5 = [
  'Late work loses five percent per day unless you have arranged an extension before the deadline. I am generous with ' +
    'extensions when you ask early, so please do.',
  'All written work must be your own. You may use software tools to check spelling and grammar, but not to draft or rewrite ' +
    'your responses or proposal. Suspected misconduct will be referred under the university’s Academic Integrity Policy.',
  'Students who need accommodations should contact Accessible Learning Services and share their letter with me in the first ' +
    'two weeks of term. Field walks are step-free and can be adapted for anyone who needs it.',
];
const syAlert = 'Campus is open. Spring registration closes January 16.';
const syUtility = ['Apply', 'Give', 'Directory', 'Libraries', 'myHalvorsen'];
const syMain = ['About', 'Undergraduate', 'Graduate', 'Research', 'People', 'News & Events'];
const syCrumbs = ['Home', 'Undergraduate', 'Courses'];
const sySide = ['Course list', 'Course syllabi', 'Advising', 'Field courses', 'Internships', 'Awards & scholarships'];
const syContact = ['Department of Geography', 'Halvorsen Hall, Room 300', '(555) 014-2270', 'geography@halvorsen.example'];
const syLand = 'Halvorsen University sits on the traditional lands of the Lenape people. We acknowledge them as the first stewards of these rivers.';
const syFoot = ['Contact us', 'Maps & directions', 'Careers', 'Accessibility', 'Privacy', 'Non-discrimination', 'Emergency information'];
const syTable = (head: string[], rows: string[][]): string => `<div class="table-responsive"><table class="table table-striped">
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
const syHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>GEOG 214: Cities and Their Rivers (Spring 2026 Syllabus) |
Department of Geography | Halvorsen University</title><meta name="description" content="Syllabus for GEOG 214, Spring 2026.">
<link rel="canonical" href="https://geography.halvorsen.example/courses/geog-214-syllabus"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta property="og:site_name" content="Department of Geography"><meta property="og:type" content="article">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yq1mRBTtbkK4wT3xM.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4821"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="alert-bar" role="region" aria-label="University alert">
<p>${syAlert}</p></div><header class="site-header" role="banner"><nav class="utility-nav" aria-label="Utility"><ul class="menu">${links(
  syUtility,
  'menu-item',
)}</ul></nav>
<div class="site-branding"><a href="/" rel="home"><img src="/themes/custom/halvorsen/logo.svg" alt="Home"></a>
<div class="site-branding__name"><a href="/">Department of Geography</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">
Main navigation</h2><ul class="menu menu--main">${links(syMain, 'menu-item menu-item--expanded')}</ul></nav>
<div class="mobile-menu" hidden><ul>${links(syMain)}</ul></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(syCrumbs)}</ol></nav></div>
<main role="main" class="layout-main-wrapper"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-halvorsen-page-title" class="block block-core block-page-title-block"><h1 class="page-title">
<span class="field field--name-title field--type-string">${syTitle}</span></h1></div>
<article data-history-node-id="4821" class="node node--type-page node--view-mode-full"><div class="node__meta"><span class="updated">Last updated:
January 9, 2026</span></div><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
<ul class="course-facts">${syFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${syH1}</h2>${syP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${syH2}</h2><p>${syP2[0]}</p><ol>${syOutcomes.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${syH3}</h2>${syTable(['Component', 'Due', 'Weight'], syAssess)}
<h2>${syH4}</h2>${syTable(['Week', 'Topic'], sySched)}
<h2>${syH5}</h2>${syP5.map((p) => `<p>${p}</p>`).join('\n')}</div></div></article></div></div>
<aside class="layout-sidebar-first" role="complementary"><nav class="block-menu" aria-labelledby="block-undergrad-menu"><h2 id="block-undergrad-menu">
Undergraduate</h2><ul class="menu">${links(sySide)}</ul></nav><div class="block block-contact"><h2>Contact the department</h2>
${syContact.map((t) => `<p>${t}</p>`).join('\n')}</div></aside></main>
<footer class="site-footer" role="contentinfo"><div class="land-acknowledgement"><p>${syLand}</p></div><ul class="menu">${links(syFoot)}</ul>
<p class="copyright">© 2026 Halvorsen University</p></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/sites/default/files/js/js_3xcC8ZjJ.js"></script></body></html>`;
export const syllabusPage: TestPage = {
  html: syHtml,
  name: 'heldout171-university-syllabus',
  kind: 'docs',
  // the course facts list at the top is part of the syllabus (body); table data cells are body, header cells in neither
  // list; "Last updated" is the byline; the alert bar, menus (with the hidden mobile copy), breadcrumbs, side menu,
  // contact block, land acknowledgement and footer are furniture
  title: syTitle,
  headings: [syH1, syH2, syH3, syH4, syH5],
  body: [...syFacts, ...texts(syP1), ...syP2, ...syOutcomes, ...syAssess.flat(), ...sySched.flat(), ...syP5],
  bylines: ['Last updated: January 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', syAlert, ...syUtility, 'Department of Geography', 'Main navigation', ...syMain, 'Breadcrumb', ...syCrumbs, ...sySide,
'Contact the department', ...syContact.slice(1), syLand, ...syFoot,
    '© 2026 Halvorsen University',
  ])],
};
