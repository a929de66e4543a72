import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';
import { phenomStory } from './pages-heldout437-f2.js';

/**
 * Held-out batch 437, file f: a pharma company's "Our medicines" listing on Sitecore SXA (header with the navigation
 * component, breadcrumb component, title and rich-text components, a facet filter, the search-results list of medicine cards
 * with links to prescribing information, a reporting side effects box, footer with link lists and the Cookiebot dialog) and,
 * from file f2, a careers story on a Phenom career site.
 */
const sTitle = 'Our medicines';
const sIntro = [
  j(
    'Marlowe &amp; Finch discovers, develops and supplies medicines for people living with cancer, immune disorders and rare diseases.',
    'Below are the medicines we currently market in the United Kingdom. Availability and approved uses differ between countries.',
  ),
  'Information on this page is for general reference. Always read the patient information leaflet that comes with your medicine.',
];
type Med = readonly [name: string, area: string, text: string];
const sMeds: readonly Med[] = [
  [
    'ZALVENTO® (temorafenib)',
    'Oncology · Film-coated tablets',
    'A targeted treatment for adults with advanced melanoma or non-small cell lung cancer whose tumours have a specific BRAF mutation.',
  ],
  [
    'ORVESSA® (luprelumab)',
    'Oncology · Infusion',
    'An immunotherapy used alone or with chemotherapy for certain adults with advanced bladder cancer and head and neck cancer.',
  ],
  [
    'TERIANE® (fostinab)',
    'Immunology · Pre-filled pen',
    'A biologic medicine for adults with moderate to severe plaque psoriasis and active psoriatic arthritis.',
  ],
  [
    'QUELLIX® (adraparin sodium)',
    'Haematology · Injection',
    'Used to prevent and treat blood clots in adults after hip or knee replacement surgery and in people with cancer.',
  ],
  [
    'NERIDANE® (velaglucerase theta)',
    'Rare diseases · Infusion',
    'A long-term enzyme replacement therapy for children and adults with type 1 Gaucher disease.',
  ],
  [
    'BREVOLA® (sotrimide)',
    'Rare diseases · Capsules',
    'An oral treatment for adults with transthyretin amyloid cardiomyopathy, to reduce hospital visits for heart problems.',
  ],
];
const sNav = ['Who we are', 'Science', 'Medicines', 'Sustainability', 'Careers', 'Media'];
const sCrumbs = ['Home', 'Medicines'];
const sFacets = ['All (6)', 'Oncology (2)', 'Immunology (1)', 'Haematology (1)', 'Rare diseases (2)'];
const sFootA = ['Contact us', 'Medical information', 'Global sites'];
const sFootB = ['Privacy notice', 'Cookie notice', 'Terms of use', 'Modern slavery statement', 'Accessibility'];
const cmp = (cls: string, inner: string): string => `<div class="component ${cls}"><div class="component-content">${inner}</div></div>`;
const sHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Our medicines | Marlowe &amp; Finch UK</title>
<meta name="description" content="The medicines Marlowe &amp; Finch markets in the United Kingdom.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Our medicines"><link href="/-/media/Base-Themes/Main-Theme/styles/optimized-min.css" rel="stylesheet">
<link href="/-/media/Themes/MarloweFinch/corporate/styles/pre-optimized-min.css" rel="stylesheet">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="6a2f1e0c" type="text/javascript" async></script></head>
<body class="default-device bodyclass"><div id="wrapper"><header><div id="header" class="container"><div class="row">
${cmp('image file-type-icon-media-link logo', '<a title="Marlowe &amp; Finch" href="/"><img src="/-/media/logos/mf-logo.svg" alt="Marlowe &amp; Finch"></a>')}
${cmp(
  'navigation navigation-main navigation-main-horizontal',
  `<nav><ul class="clearfix">${sNav
    .map(
      (n, i) => `<li class="level0 item${i} ${i % 2 ? 'even' : 'odd'} rel-level1"><div class="navigation-title field-navigation-title"><a title="${n}"
href="#">${n}</a></div></li>`,
    )
    .join('\n')}</ul></nav>`,
)}
${cmp('search-box', '<input type="text" class="search-box-input" placeholder="Search" aria-label="Search"><button class="search-box-button">Search</button>')}
</div></div></header>
<main><div id="content" class="container"><div class="row">
${cmp('breadcrumb navigation-title', `<nav><ol>${links(sCrumbs, 'breadcrumb-item')}</ol></nav>`)}
${cmp('title', `<h1 class="field-title">${sTitle}</h1>`)}
${cmp('rich-text', sIntro.map((p) => `<p>${p}</p>`).join('\n'))}
<div class="row component column-splitter"><div class="col-12 col-md-3">
${cmp(
  'facet-single-selection-list',
  `<div class="facet-heading"><span class="facet-title">Therapy area</span><span class="clear-filter">Clear</span></div>
<div class="contentContainer">${sFacets.map((f) => `<div class="facet-value" data-facetvalue="${f}"><span>${f}</span></div>`).join('\n')}</div>`,
)}</div>
<div class="col-12 col-md-9">${cmp(
  'search-results',
  `<div class="results-count">Showing 6 results</div><ul class="search-result-list">${sMeds
    .map(
      ([n, a, t]) => `<li><div class="medicine-card"><h3 class="field-title"><a href="#">${n}</a></h3><p class="field-therapy-area">${a}</p>
<div class="field-summary"><p>${t}</p></div><div class="field-links"><a href="#">Prescribing information</a> <a href="#">Patient leaflet</a></div></div></li>`,
    )
    .join('\n')}</ul>`,
)}</div></div>
${cmp(
  'promo report-side-effects',
  `<div class="field-promotext"><h4>Reporting side effects</h4><p>If you get any side effects, talk to your doctor, pharmacist or nurse. You can also
report side effects directly via the Yellow Card Scheme.</p></div>`,
)}
</div></div></main>
<footer><div id="footer" class="container"><div class="row">${cmp('link-list', `<ul>${links(sFootA)}</ul>`)}${cmp('link-list', `<ul>${links(sFootB)}</ul>`)}
${cmp('rich-text', '<p>© 2026 Marlowe &amp; Finch UK Limited. Registered in England No. 0418822. MF-UK-2026-0074 | January 2026</p>')}
</div></div></footer></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotEdge"><div class="CybotCookiebotDialogContentWrapper">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content
and to analyse our traffic. You can choose which cookies to allow.</div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div></div>
<script src="/-/media/Base-Themes/Main-Theme/scripts/optimized-min.js"></script></body></html>`;
const sitecoreMedicines: TestPage = {
  name: 'heldout437-sitecore-sxa-medicines-listing',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sMeds.map(([n]) => n),
  body: texts([...sIntro, ...sMeds.flatMap(([, a, t]) => [a, t])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav.filter((n) => n !== 'Medicines'), 'Search', 'Home', 'Therapy area', 'Clear', ...sFacets, 'Showing 6 results', 'Prescribing information',
    'Patient leaflet',
    'Reporting side effects',
    'If you get any side effects, talk to your doctor, pharmacist or nurse. You can also report side effects directly via the Yellow Card Scheme.',
    ...sFootA, ...sFootB, '© 2026 Marlowe & Finch UK Limited. Registered in England No. 0418822. MF-UK-2026-0074 | January 2026',
    'This website uses cookies', 'We use cookies to personalise content and to analyse our traffic. You can choose which cookies to allow.', 'Deny',
    'Allow selection', 'Allow all',
  ],
};

export const HELDOUT437_F: readonly TestPage[] = [sitecoreMedicines, phenomStory];
