import { links, ps, type TestPage, texts } from './page-kit.js';
import { polls } from './pages-heldout312-c2.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file c: a county elections office's results page on Drupal 10 (alert banner, utility links, main
 * menu, breadcrumb, "Unofficial results" status box, results tables from a Views table display, precincts-reporting
 * lines, a short notes text, sidebar menu and "Election resources" block, subscription block and footer) and, from file c2,
 * a poll-tracker page built with SvelteKit. The results page's main text is short; its tables carry the results.
 */
const eTitle = 'Special Election Results: March 3, 2026';
const eIntro = [
  j(
    'These are the unofficial results of the March 3, 2026 special election for the Bellhaven County Board of Commissioners,',
    'District 4, and the Bellhaven Library District levy. Results will be certified by the Board of Canvassers on March 17.',
  ),
  'Results are updated after each batch of ballots is counted. The next update is expected at 4:00 p.m. on Thursday.',
];
const eH1 = 'County Commissioner, District 4';
const eC1 = 'County Commissioner, District 4 (vote for 1)';
const eRows1 = [
  ['Rosalind Achterberg', 'Nonpartisan', '6,412', '47.9%'],
  ['Curtis Manyara', 'Nonpartisan', '5,871', '43.9%'],
  ['Ellery Dunmore', 'Nonpartisan', '1,063', '7.9%'],
  ['Write-in', '', '38', '0.3%'],
];
const eH2 = 'Library District Levy, Proposition 1';
const eC2 = 'Proposition 1: Library District Operating Levy';
const eRows2 = [
  ['Yes', '7,940', '58.6%'],
  ['No', '5,602', '41.4%'],
];
const eH3 = 'Notes on these results';
const eNotes = [
  j(
    'Because no candidate received more than 50 percent of the vote in District 4, the top two candidates will advance to a runoff',
    'on April 14, 2026, unless the count of remaining ballots changes the outcome.',
  ),
  j(
    'Proposition 1 requires a simple majority to pass. If it is approved, the levy rate will be 42 cents per $1,000 of assessed',
    'value for six years, beginning in 2027.',
  ),
  'Turnout so far is 31.4 percent of 43,118 registered voters in the affected precincts.',
];
const eUtil = ['Pay a Bill', 'Report a Concern', 'Jobs', 'Translate'];
const eMenu = ['Residents', 'Business', 'Government', 'Departments', 'Services', 'How Do I...'];
const eSide = ['Elections Home', 'Register to Vote', 'Upcoming Elections', 'Past Election Results', 'Ballot Drop Boxes', 'Candidate Information'];
const eRes = ['Official canvass reports', 'Precinct maps (PDF)', 'Election observer guide'];
const eFoot = ['Bellhaven County Administration Building', '400 Grange Street, Bellhaven', 'Phone: 555-0142', 'Accessibility', 'Disclaimer', 'Site Map'];
const row = (r: string[]): string => `<tr>${r.map((c, i) => `<td class="views-field views-field-col-${i}">${c}</td>`).join('')}</tr>`;
const table = (cap: string, heads: string[], rows: string[][]): string => `<div class="views-element-container"><div class="view view-election-results
view-display-id-block_1"><div class="view-content"><table class="cols-${heads.length} table views-table views-view-table"><caption>${cap}</caption>
<thead><tr>${heads.map((h) => `<th id="view-${h.toLowerCase()}-table-column" class="views-field" scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map(row).join('\n')}</tbody></table></div></div></div>`;
const eHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" />
<title>${eTitle} | Bellhaven County, WA</title><meta name="description" content="Unofficial results of the March 3, 2026 special election." />
<link rel="canonical" href="https://www.bellhavencounty.example/elections/results/2026-03-03" /><meta name="Generator" content="Drupal 10
(https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8841"},"ajaxTrustedUrl":{}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx8fE.css" /></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-sitealert" class="site-alert site-alert--warning"><div class="text">County offices will be closed on
Monday, March 9 for staff training.</div></div></div>
<header role="banner"><div class="region region-header"><nav role="navigation" id="block-utility"><ul class="menu">${links(eUtil, 'menu-item')}</ul></nav>
<div id="block-branding"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/bellhaven/logo.svg" alt="Home" /></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main
navigation</h2><ul class="menu menu--main">${links(eMenu, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'Departments', 'Auditor', 'Elections', 'Past Election Results'])}</ol>
</nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-pagetitle"><h1 class="page-title"><span class="field field--name-title field--type-string">${eTitle}</span></h1></div>
<article role="article" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="status-box status-box--unofficial"><p class="status-box__label">Unofficial results</p>
<p class="status-box__time">Last updated: March 4, 2026, 4:12 p.m.</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">${ps(eIntro)}</div>
<div class="paragraph paragraph--type--results-block"><h2>${eH1}</h2><p class="precincts">Precincts reporting: 22 of 22 (100%)</p>
${table(eC1, ['Candidate', 'Party', 'Votes', 'Percent'], eRows1)}</div>
<div class="paragraph paragraph--type--results-block"><h2>${eH2}</h2><p class="precincts">Precincts reporting: 31 of 31 (100%)</p>
${table(eC2, ['Response', 'Votes', 'Percent'], eRows2)}</div>
<div class="paragraph paragraph--type--text"><h2>${eH3}</h2>${ps(eNotes)}</div>
<div class="field field--name-field-attachments"><span class="file file--mime-application-pdf file--application-pdf"><a
href="/sites/default/files/2026-03/precinct-results-0303.pdf">Download precinct-level results (PDF, 212 KB)</a></span></div>
</div></article></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav id="block-elections-menu"><h2>Elections</h2>
<ul class="menu">${links(eSide, 'menu-item')}</ul></nav>
<div id="block-electionresources" class="block block-block-content"><h2>Election Resources</h2><ul>${links(eRes)}</ul></div>
<div id="block-govdelivery" class="block"><h2>Get election updates</h2><p>Sign up to receive an email when new results are posted.</p>
<a class="button" href="https://public.govdelivery.example/accounts/WABELL/subscriber/new">Subscribe</a></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-contactinfo"><ul>${eFoot
  .slice(0, 3)
  .map((f) => `<li>${f}</li>`)
  .join('')}</ul></div>
<nav id="block-footer"><ul class="menu">${links(eFoot.slice(3), 'menu-item')}</ul></nav>
<p class="copyright">© 2026 Bellhaven County, Washington</p></div></footer></div></div>
<script src="/sites/default/files/js/js_8WmK2.js"></script></body></html>`;
const results: TestPage = {
  name: 'heldout312-drupal-election-results-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eIntro, eC1, ...eRows1.flat().filter((c) => c !== ''), eC2, ...eRows2.flat(), ...eNotes]),
  bylines: ['Last updated: March 4, 2026, 4:12 p.m.'],
  furniture: [
    'Skip to main content',
    'County offices will be closed on Monday, March 9 for staff training.',
    ...eUtil,
    'Main navigation',
    ...eMenu,
    'Breadcrumb',
    'Auditor',
    'Unofficial results',
    'Precincts reporting: 22 of 22 (100%)',
    'Precincts reporting: 31 of 31 (100%)',
    'Download precinct-level results (PDF, 212 KB)',
    'Elections',
    ...eSide,
    'Election Resources',
    ...eRes,
    'Get election updates',
    'Sign up to receive an email when new results are posted.',
    'Subscribe',
    ...eFoot,
    '© 2026 Bellhaven County, Washington',
  ],
};

export const HELDOUT312_C: readonly TestPage[] = [results, polls];
