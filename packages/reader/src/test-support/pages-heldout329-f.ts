import { links, ps, type TestPage, texts } from './page-kit.js';
import { courtPress } from './pages-heldout329-f2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file f: a regional development bank's project page in the style of the ADB / AfDB project pages (a data
 * page): header, breadcrumb, project number and status badge, a "Project Data Sheet" table of label / value rows, "Project
 * description", "Objectives", "Components" and "Financing" sections with a financing table, "Project documents" list with
 * document types and dates, "Contacts" box, "Related projects" rail, feedback widget, cookie banner and footer. Gold: the
 * data-sheet labels are furniture and its values body; the financing table's header cells are in neither list.
 */
const pTitle = 'Lower Savo Valley Climate-Resilient Irrigation Project';
const pSheet: [string, string][] = [
  ['Project Number', 'P-LS-AAC-014'],
  ['Country', 'Republic of Lower Savo'],
  ['Sector', 'Agriculture, natural resources and rural development'],
  ['Status', 'Active'],
  ['Approval Date', '14 November 2024'],
  ['Executing Agency', 'Ministry of Water and Irrigation'],
  ['Closing Date', '30 June 2030'],
];
const pDescH = 'Project description';
const pDesc = [
  j(
    'The project will modernise irrigation on about 18,000 hectares of the Lower Savo Valley, where most farms still rely',
    'on open canals built in the 1960s that lose more than half of their water before it reaches the fields. It will line',
    'main canals, install gated outlets and flow meters, and support farmers to shift to drip and sprinkler systems on',
    'high-value crops.',
  ),
  j(
    'The valley produces a third of the country’s vegetables and most of its apricots, but recurrent droughts and rising',
    'temperatures have cut yields by up to 30 per cent in dry years. Better water control is expected to stabilise',
    'harvests and reduce pumping costs for about 26,000 farming households.',
  ),
  j(
    'Works will be phased so that no canal section is closed during the main growing season, and farmers will be consulted',
    'on the layout of new outlets through their water user associations before construction starts.',
  ),
];
const pObjH = 'Objectives';
const pObj = [
  j(
    'The objective is to increase the efficiency and climate resilience of irrigated agriculture in the project area, and',
    'to strengthen the capacity of water user associations to operate and maintain the system.',
  ),
];
const pCompH = 'Components';
const pComp = [
  'Component 1: Rehabilitation and modernisation of main and secondary canals, including 140 kilometres of lining.',
  'Component 2: On-farm water management, with matching grants for drip and sprinkler equipment.',
  'Component 3: Institutional strengthening of 48 water user associations, including women-led associations.',
  'Component 4: Project management, monitoring and evaluation.',
];
const pFinH = 'Financing';
const pFinP = ['The project is co-financed by the Bank, a climate fund and the government:'];
const pFin: [string, string, string][] = [
  ['Bank loan (ordinary capital resources)', '96.0', '64%'],
  ['Green Horizon Climate Fund grant', '30.0', '20%'],
  ['Government of Lower Savo', '24.0', '16%'],
  ['Total', '150.0', '100%'],
];
const pDocs: [string, string, string][] = [
  ['Project Appraisal Report', 'Appraisal Report', '14 Nov 2024'],
  ['Environmental and Social Impact Assessment Summary', 'ESIA Summary', '02 Aug 2024'],
  ['Procurement Plan 2026', 'Procurement Plan', '20 Jan 2026'],
];
const pMenu = ['About', 'Countries', 'Topics', 'Projects', 'Documents', 'News and Events'];
const pCrumb = ['Home', 'Projects and Operations', 'Project Portfolio'];
const pRelated = ['Savo Basin Flood Protection Programme', 'Rural Roads Connectivity Project - Phase II', 'Agricultural Value Chains Support Project'];
const pFoot = ['Disclosure and access to information', 'Independent Review Mechanism', 'Integrity and anti-corruption', 'Careers', 'Contact'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pTitle} | Aurora Development Bank</title>
<meta name="description" content="The project will modernise irrigation on about 18,000 hectares of the Lower Savo Valley.">
<meta property="og:type" content="website"><meta property="og:title" content="${pTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${pTitle}","identifier":"P-LS-AAC-014"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"content_type":"project","project_status":"Active"});</script>
<link rel="stylesheet" href="/sites/all/themes/adbank/css/main.css"></head>
<body class="node-type-project"><div id="sliding-popup" role="alertdialog"><p>We use cookies to ensure you get the best experience on our website.</p>
<button class="agree-button">Got it</button><a href="/privacy">Learn more</a></div>
<header id="header"><a id="logo" href="/">Aurora Development Bank</a><nav id="main-menu"><ul>${links(pMenu)}</ul></nav></header>
<div id="breadcrumb"><ol>${links(pCrumb)}</ol></div>
<main id="main"><div class="project-header"><span class="project-number">P-LS-AAC-014</span><span class="badge badge-status">Active</span>
<h1 class="page-title">${pTitle}</h1></div>
<div class="row"><div class="col-md-9 project-content"><section class="project-data-sheet"><h2 class="section-title">Project Data Sheet</h2>
<table class="table table-striped data-sheet"><tbody>
${pSheet.map(([k, v]) => `<tr><th scope="row">${k}</th>\n<td>${v}</td></tr>`).join('\n')}
</tbody></table></section>
<section class="project-text"><h2>${pDescH}</h2>
${ps(pDesc)}
<h2>${pObjH}</h2>
${ps(pObj)}
<h2>${pCompH}</h2>
<ul>${lis(pComp)}</ul>
<h2>${pFinH}</h2>
${ps(pFinP)}
<table class="table financing"><thead><tr><th>Source</th><th>Amount (USD million)</th><th>Share</th></tr></thead><tbody>
${pFin.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table></section>
<section class="project-documents"><h2 class="section-title">Project documents</h2><ul class="document-list">
${pDocs.map(([t, k, d]) => `<li><a href="#">${t}</a> <span class="doc-type">${k}</span> <span class="doc-date">${d}</span></li>`).join('\n')}
</ul></section></div>
<aside class="col-md-3"><div class="contact-box"><h3>Contacts</h3><p>Task Manager: Selin Aydemir</p><p>s.aydemir@adb-aurora.example</p></div>
<div class="related-projects"><h3>Related projects</h3><ul>${links(pRelated)}</ul></div>
<div class="share-box"><h3>Share</h3><ul>${links(['Facebook', 'LinkedIn', 'Email'])}</ul></div></aside></div>
<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></main>
<footer id="footer"><ul>${links(pFoot)}</ul><p>© 2026 Aurora Development Bank. All rights reserved.</p></footer>
<script src="/sites/all/themes/adbank/js/main.js"></script></body></html>`;

const bankProject: TestPage = {
  name: 'heldout329-aurora-devbank-project-data-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pDescH, pObjH, pCompH, pFinH],
  body: texts([...pSheet.map(([, v]) => v), ...pDesc, ...pObj, ...pComp, ...pFinP, ...pFin.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to ensure you get the best experience on our website.', 'Got it', 'Learn more', 'Aurora Development Bank', ...pMenu,
    ...pCrumb, 'Project Data Sheet', ...pSheet.map(([k]) => k), 'Project documents', ...pDocs.flat(), 'Contacts',
    'Task Manager: Selin Aydemir', 's.aydemir@adb-aurora.example', 'Related projects', ...pRelated, 'Share', 'Facebook', 'LinkedIn', 'Email',
    'Was this page helpful?', ...pFoot, '© 2026 Aurora Development Bank. All rights reserved.',
  ],
};

export const HELDOUT329_F: readonly TestPage[] = [bankProject, courtPress];
