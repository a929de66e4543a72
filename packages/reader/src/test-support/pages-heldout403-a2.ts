import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file a2: a US college catalog program page on Acalog ACMS (the table layout with the left catalog
 * navigation and catalog selector, the "Catalog Search" form, the toolbar with print and favorites links, "Return to" link,
 * acalog-core blocks with course lists whose items open course pop-ups, the "Total Credits" lines and the Acalog footer).
 * A page that is mostly a requirements list.
 */
const title = 'Environmental Studies, B.A.';
const intro = [
  `The Environmental Studies major at Ridley Falls College brings together the natural sciences, the social sciences and the
humanities to examine how people use, value and govern the environment. Students complete a common core, choose one of
three concentrations, and finish with a senior capstone project for a community partner in the Wabeno River watershed.`,
  `Graduates are prepared for work in conservation organizations, planning offices and environmental education, and for graduate
study in environmental policy, law and science.`,
];
const outcomesIntro = 'Students who complete the program will be able to:';
const outcomes = [
  'Explain the ecological, economic and cultural dimensions of an environmental problem.',
  'Collect, analyze and present field and spatial data using appropriate methods.',
  'Evaluate environmental policies and the interests of the groups they affect.',
  'Communicate environmental research to specialist and public audiences.',
];
const core = [
  'ENVS 101 - Introduction to Environmental Studies Credits: 4',
  'BIOL 115 - Ecology and Evolution Credits: 4',
  'ENVS 210 - Environmental Data and GIS Credits: 4',
  'ECON 240 - Environmental and Resource Economics Credits: 3',
  'PHIL 230 - Environmental Ethics Credits: 3',
  'ENVS 480 - Senior Capstone Seminar Credits: 4',
];
const concIntro = `Choose one concentration and complete 15 credits from its list, at least 9 of them at the 300 level or
above. Courses may not count toward both the core and a concentration.`;
const conc1 = ['ENVS 320 - Freshwater Ecosystems Credits: 4', 'BIOL 334 - Conservation Biology Credits: 4', 'GEOL 310 - Soils and Landscapes Credits: 4'];
const conc2 = ['POLS 325 - Environmental Law and Policy Credits: 3', 'ENVS 340 - Land Use Planning Credits: 3', 'SOCI 318 - Environmental Justice Credits: 3'];
const conc3 = [
  'ENGL 305 - Writing the Natural World Credits: 3',
  'ENVS 350 - Environmental Communication Credits: 3',
  'ARTS 312 - Art and Ecology Studio Credits: 3',
];
const notes = [
  `A grade of C- or higher is required in every course counted toward the major. Students planning graduate study in the sciences
are strongly advised to complete CHEM 111 and MATH 150.`,
  `Up to 8 credits of approved internship or study away may be applied to a concentration with the approval of the program
director.`,
];
const nav = [
  'Catalog Home',
  'Academic Calendar',
  'About the College',
  'Admission',
  'Tuition and Financial Aid',
  'Academic Policies',
  'Programs of Study',
  'Course Descriptions',
  'Faculty and Staff',
  'Catalog Index',
];
const foot = ['College Home', 'Admissions', 'Registrar', 'Library', 'Directory'];
const crs = (items: readonly string[]): string =>
  items
    .map((c, i) => {
      return `<li class="acalog-course"><span><a href="#" onclick="acalogPopup('preview_course.php?catoid=18&amp;coid=${3100 + i}', 'showCourse', '18',
'${i}', '', 'a${i}'); return false;">${c}</a></span></li>`;
    })
    .join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Program: Environmental Studies, B.A. - Ridley Falls College - Acalog ACMS™</title>
<meta name="description" content="Ridley Falls College 2026-2027 Academic Catalog">
<link rel="stylesheet" href="/css/gateway.css"><link rel="stylesheet" href="/css/catalog_theme.css">
<script type="text/javascript" src="/js/gateway.js"></script>
<script>var acalogOptions = {"catoid": 18, "poid": 2271, "printFriendly": false};</script></head>
<body><table id="acalog-main-table" class="toplevel table_default"><tr><td colspan="2" id="acalog-header">
<a href="/index.php"><img src="/images/rfc-catalog-banner.png" alt="Ridley Falls College"></a></td></tr>
<tr><td class="toplevel" id="acalog-navigation" valign="top"><form name="select_catalog" method="post" action="/index.php">
<label for="select_catalog" class="screen-reader">Select a Catalog</label><select id="select_catalog" name="catalog">
<option value="18" selected>2026-2027 Academic Catalog</option><option value="16">2025-2026 Academic Catalog [ARCHIVED CATALOG]</option></select>
<input type="submit" value="Go"></form>
<div id="acalog-catalog-search"><h3>Catalog Search</h3><form action="/search_advanced.php" method="get">
<input type="text" name="filter[keyword]" aria-label="Search catalog"><button type="submit">Search</button>
<a href="/search_advanced.php?catoid=18">Advanced Search</a></form></div>
<ul id="acalog-navigation-list" class="navbar">${links(nav, 'navbar')}</ul>
<div class="acalog-gateway-links"><a href="/portfolio.php">My Portfolio</a></div></td>
<td class="toplevel" id="acalog-content-wrapper" valign="top"><table class="table_default"><tr><td class="block_n2_and_content">
<table class="table_default"><tr><td class="block_content_outer" colspan="4"><table class="table_default"><tr>
<td class="block_content_outer" id="acalog-page-title-cell"><h1 id="acalog-content">${title}</h1></td></tr></table></td></tr>
<tr><td colspan="4" class="acalog-print-friendly"><a href="#" onclick="acalogPageAction('print'); return false;">Print-Friendly Page
(opens a new window)</a> <a href="#" onclick="acalogPageAction('fav'); return false;">Add to My Favorites (opens a new window)</a></td></tr>
<tr><td class="block_content" colspan="2"><p class="acalog-return"><a href="/content.php?catoid=18&amp;navoid=733">Return to: Programs by
Department</a></p>
<div class="acalog-core"><h2>Program Description</h2>
${ps(intro)}</div>
<div class="acalog-core"><h2>Learning Outcomes</h2><p>${outcomesIntro}</p><ul>${lis(outcomes)}</ul></div>
<div class="acalog-core"><h2>Core Requirements</h2><ul>${crs(core)}</ul></div>
<div class="acalog-adhoc acalog-adhoc-after"><p><strong>Total Core Credits: 22</strong></p></div>
<div class="acalog-core"><h2>Concentrations</h2><p>${concIntro}</p>
<h3>Ecology and Conservation</h3><ul>${crs(conc1)}</ul>
<h3>Policy and Planning</h3><ul>${crs(conc2)}</ul>
<h3>Environmental Humanities</h3><ul>${crs(conc3)}</ul></div>
<div class="acalog-core"><h2>Program Notes</h2>
${ps(notes)}</div>
<div class="acalog-adhoc acalog-adhoc-after"><p><strong>Total Credits for the Major: 37</strong></p></div>
<p class="acalog-return"><a href="#" onclick="window.scrollTo(0,0); return false;">Back to Top</a> |
<a href="/print_page.php?catoid=18">Print-Friendly Page (opens a new window)</a></p></td></tr></table></td></tr></table></td></tr>
<tr><td colspan="2" id="acalog-footer"><ul class="footer-links">${links(foot)}</ul>
<p id="acalog-copyright">Powered by the Acalog™ Academic Catalog Management System™ (ACMS™).</p></td></tr></table>
<script src="/js/acalog_popups.js"></script></body></html>`;

const acalog: TestPage = {
  name: 'heldout403-acalog-catalog-program',
  kind: 'docs',
  html,
  title,
  headings: [
    'Program Description',
    'Learning Outcomes',
    'Core Requirements',
    'Concentrations',
    'Ecology and Conservation',
    'Policy and Planning',
    'Environmental Humanities',
    'Program Notes',
  ],
  body: texts([...intro, outcomesIntro, ...outcomes, ...core, concIntro, ...conc1, ...conc2, ...conc3, ...notes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Select a Catalog', '2026-2027 Academic Catalog', '2025-2026 Academic Catalog [ARCHIVED CATALOG]', 'Catalog Search', 'Advanced Search',
    ...nav, 'My Portfolio', 'Print-Friendly Page (opens a new window)', 'Add to My Favorites (opens a new window)',
    'Return to: Programs by Department', 'Total Core Credits: 22', 'Total Credits for the Major: 37', 'Back to Top', ...foot,
    'Powered by the Acalog™ Academic Catalog Management System™ (ACMS™).',
  ],
};

export const HELDOUT403_A2: readonly TestPage[] = [acalog];
