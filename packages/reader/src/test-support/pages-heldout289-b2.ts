import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file b2: a course entry in an invented university's catalogue on a Modern Campus (Acalog) catalogue
 * template: the catalogue selector, the left navigation with the catalogue's sections, the course preview table with the
 * description written as bare text with line breaks, the data fields, the "Add to Portfolio" and print icons, and the footer
 * with "Powered by". A page whose main text is short.
 */
const title = 'ENVS 2140 - Field Methods in Freshwater Ecology';
const desc = j(
  'An introduction to the methods ecologists use to study rivers, lakes and wetlands. Students collect and identify',
  'invertebrates, measure flow, temperature and dissolved oxygen, and map aquatic vegetation at sites along the Callow River',
  'and in the university’s Pike Meadow reserve. Weekly field sessions are paired with a laboratory session in which samples',
  'are sorted and data are entered, checked and analysed. The course closes with a small group project that is presented to',
  'the Callow Valley Catchment Trust.',
);
const desc2 = j(
  'Field sessions take place in all weather and involve wading in water up to knee depth. Waders and safety equipment are',
  'provided. Students who need adjustments to take part in field work should contact the department before the first week of term.',
);
const fields = [
  'Prerequisite(s): ENVS 1100 and either BIOL 1020 or GEOG 1300, each with a grade of C or better.',
  'Corequisite(s): ENVS 2141 (laboratory).',
  'Credits: 4',
  'Lecture Hours: 2 Lab Hours: 3 Field Hours: 3',
  'When Offered: Fall and Summer I',
  'Course Fee: $85 for transport to field sites.',
];
const outcomesHead = 'Student Learning Outcomes:';
const outcomes = [
  'Plan a sampling design suited to a stated question and a given site.',
  'Use standard kick-net and Surber sampling methods safely and consistently.',
  'Identify common freshwater invertebrates to family level with a key.',
  'Calculate and interpret a biotic index of water quality.',
  'Report findings to a non-specialist audience in writing and in a short talk.',
];
const navItems = [
  'Catalog Home',
  'Academic Calendar',
  'About Tamsworth University',
  'Admission',
  'Tuition and Fees',
  'Academic Policies',
  'Programs of Study',
  'Course Descriptions',
  'Faculty',
  'Catalog Archives',
];
const foot = ['Accessibility', 'Privacy', 'Contact the Registrar'];
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Program/Course Preview - Tamsworth University - Acalog ACMS™</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="description" content="${title}">
<link rel="stylesheet" type="text/css" href="/css/gateway.css"><link rel="stylesheet" type="text/css" href="/css/custom.css" media="all">
<script type="text/javascript" src="/js/acalog.js"></script>
<script type="text/javascript">var acalog = { catoid: 31, navoid: 2411, coid: 190442, portfolio: true };</script></head>
<body><a href="#main" class="acalog-skip">Skip to Main Content</a>
<table class="toplevel table_default" role="presentation"><tr><td colspan="2" id="acalog-header"><div class="header">
<a href="https://www.tamsworth.example"><img src="/mime/media/31/1204/tamsworth-logo.png" alt="Tamsworth University"></a>
<div class="header_links"><a href="https://www.tamsworth.example/apply">Apply</a> | <a href="https://www.tamsworth.example/visit">Visit</a> |
<a href="https://www.tamsworth.example/give">Give</a></div></div></td></tr>
<tr><td class="block_n2_and_content" colspan="2"><table class="table_default" role="presentation"><tr>
<td id="acalog-navigation" class="block_n2" valign="top"><div class="n2_content"><form action="/search_advanced.php" method="get" name="select_catalog">
<label for="select_catalog">Select a Catalog</label> <select name="catalog"
id="select_catalog"><option value="31" selected>2026-2027 Undergraduate Catalog</option>
<option value="27">2025-2026 Undergraduate Catalog [ARCHIVED CATALOG]</option></select></form>
<div class="n2_search"><input type="text" name="filter[keyword]" aria-label="Search catalog"> <a href="/search_advanced.php">Advanced Search</a></div>
<ul id="navigation" class="navbar">${links(navItems, 'navbar-item')}</ul>
<div class="portfolio"><a href="/portfolio.php?catoid=31">My Portfolio</a></div></div></td>
<td id="acalog-content" class="block_content_outer" valign="top"><table class="table_default" role="presentation"><tr>
<td class="block_content" id="main" colspan="2"><table class="table_default" role="presentation"><tr><td>
<a href="/print_course.php?catoid=31&amp;coid=190442" class="print-icon" aria-label="Print (opens a new window)">
<img src="/img/print.gif" alt="Print (opens a new window)"></a>
<a href="#" class="add_to_portfolio" aria-label="Add to Portfolio (opens a new window)"><span>Add to Portfolio (opens a new window)</span></a></td></tr></table>
<p class="acalog-return"><a href="/content.php?catoid=31&amp;navoid=2411">Return to: Course Descriptions</a></p>
<div class="acalog-catalog-name">2026-2027 Undergraduate Catalog</div>
<table class="table_default"><tr><td class="coursepadding"><div></div><h1 id="course_preview_title">${title}</h1>
<hr>${desc}<br><br>${desc2}<br><br>
${fields.map((f) => `<strong>${f.slice(0, f.indexOf(':') + 1)}</strong>${f.slice(f.indexOf(':') + 1)}<br>`).join('\n')}
<br><strong>${outcomesHead}</strong><ul>${lis(outcomes)}</ul>
<div class="acalog-course-footer"><p>Course Descriptions are listed by subject prefix. Check the schedule of classes for the sections offered each
term.</p></div>
</td></tr></table>
<p class="acalog-back"><a href="javascript:history.back()">Back to Top</a> |
<a href="/print_course.php?catoid=31&amp;coid=190442">Print-Friendly Page (opens a new window)</a></p>
</td></tr></table></td></tr></table></td></tr>
<tr><td colspan="2" id="acalog-footer"><div class="footer">Tamsworth University, 400 Quarry Road, Tamsworth, OH 45201 | 555-013-2000
<ul class="footer-links">${links(foot)}</ul><p id="acalog-powered">Powered by the Acalog™ Academic Catalog Management System™ (ACMS™)</p></div></td></tr>
</table><script type="text/javascript">acalogPopup.init(); showCourse('31','190442',this,'a:2:{s:8:"location";s:7:"preview";}');</script></body></html>`;

export const catalogue: TestPage = {
  name: 'heldout289-acalog-course-entry-docs',
  kind: 'docs',
  html,
  title,
  headings: [],
  body: texts([desc, desc2, ...fields, outcomesHead, ...outcomes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Apply', 'Visit', 'Give', 'Select a Catalog', '2026-2027 Undergraduate Catalog',
    '2025-2026 Undergraduate Catalog [ARCHIVED CATALOG]', 'Advanced Search', ...navItems, 'My Portfolio', 'Add to Portfolio (opens a new window)',
    'Return to: Course Descriptions', 'Course Descriptions are listed by subject prefix. Check the schedule of classes for the sections offered each term.',
    'Back to Top', 'Print-Friendly Page (opens a new window)', 'Tamsworth University, 400 Quarry Road, Tamsworth, OH 45201 | 555-013-2000', ...foot,
    'Powered by the Acalog™ Academic Catalog Management System™ (ACMS™)',
  ],
};
