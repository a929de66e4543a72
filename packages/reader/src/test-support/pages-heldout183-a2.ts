import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file a2: a FederalRegister.gov document page for a final rule (the usa.gov banner, the site header
 * and "Sections" menu, the "Published Document" notice, the document details sidebar, the printed-page markers inside the
 * text, the AGENCY / ACTION / SUMMARY labels as headings, the "Start Printed Page" spans, the regulations.gov comment box,
 * the "Legal Status" disclaimer and the footer).
 */
const frTitle = 'Migratory Songbird Protection; Seasonal Restrictions on Tower Lighting Near Designated Flyway Corridors';
const frMeta = [
  ['AGENCY:', 'Office of Wildlife Habitat Coordination, Department of the Interior.'],
  ['ACTION:', 'Final rule.'],
] as const;
const frSummaryH = 'SUMMARY:';
const frSummary = [
  'The Office of Wildlife Habitat Coordination (OWHC) amends its regulations to require that owners of communication towers taller ' +
    'than 350 feet located within designated flyway corridors replace steady-burning red obstruction lights with flashing lights, ' +
    'and extinguish non-required floodlighting, during the spring and autumn migration seasons. This rule reduces the number of ' +
    'songbirds killed in collisions with lighted towers at night.',
];
const frDatesH = 'DATES:';
const frDates = ['This rule is effective July 1, 2025. Compliance with § 41.17(c) is required beginning March 15, 2026.'];
const frSuppH = 'SUPPLEMENTARY INFORMATION:';
const frH1 = 'I. Background';
const frP1 = [
  'Night-migrating songbirds navigate in part by starlight. Under low cloud they are drawn toward steady red lights on tall ' +
    'structures, circle them, and collide with guy wires or with one another. Studies conducted along the Pellam River corridor ' +
    'between 2017 and 2022 recorded an average of 2,300 fatalities a year at eleven towers, most on overcast nights in late September.',
  'Field trials at four of those towers found that switching from steady to flashing red lights reduced fatalities by 61 to 78 ' +
    'percent without any loss of visibility to pilots. OWHC published a proposed rule on October 9, 2024, and received 214 comments.',
];
const frH2 = 'II. Summary of Comments and Responses';
const frP2 = [
  'Most commenters, including state wildlife agencies and bird conservation groups, supported the rule. Several tower owners asked ' +
    'for more time to retrofit lighting systems. In response, this final rule extends the compliance date for existing towers from ' +
    'September 2025 to March 2026.',
  'Two commenters asked OWHC to apply the rule to wind turbines. Turbines raise different lighting and safety questions and are ' +
    'outside the scope of this rulemaking; OWHC may address them separately.',
  'One commenter questioned whether the corridor maps were accurate. OWHC has revised the maps to include the upper Tessa Valley, ' +
    'which was omitted from the proposal in error.',
];
const frH3 = 'III. Regulatory Analyses';
const frP3 = [
  'OWHC estimates that about 1,140 towers lie within the designated corridors and that roughly 60 percent already use flashing ' +
    'lights. The average one-time cost of a retrofit is $4,800 per tower, and retrofitted towers use less electricity. OWHC ' +
    'certifies that this rule will not have a significant economic impact on a substantial number of small entities.',
];
const frListH = 'List of Subjects in 50 CFR Part 41';
const frSubjects = ['Birds, Communications, Reporting and recordkeeping requirements, Wildlife.'];
const frNav = ['Sections', 'Browse', 'Search', 'Reader Aids', 'My FR'];
const frSections = ['Money', 'Environment', 'World', 'Science & Technology', 'Business & Industry', 'Health & Public Welfare'];
const frBanner = ['An official website of the United States government', "Here's how you know"];
const frNotice = [
  'Published Document',
  'This document has been published in the Federal Register. Use the PDF linked in the document sidebar for the official electronic format.',
];
const frDetails = [
  ['Printed version:', 'PDF'],
  ['Publication Date:', '05/30/2025'],
  ['Agencies:', 'Office of Wildlife Habitat Coordination'],
  ['Effective Date:', '07/01/2025'],
  ['Document Type:', 'Rule'],
  ['Document Citation:', '90 FR 22871'],
  ['Page:', '22871-22874 (4 pages)'],
  ['CFR:', '50 CFR 41'],
  ['Agency/Docket Number:', 'OWHC-2024-0031'],
  ['Document Number:', '2025-09716'],
] as const;
const frTools = ['Document Details', 'Document Statistics', 'Enhanced Content', 'Public Comments', 'Print', 'Share', 'Other Formats'];
const frLegal = [
  'Legal Status',
  'This site displays a prototype of a “Web 2.0” version of the daily Federal Register. It is not an official legal edition of the ' +
    'Federal Register, and does not replace the official print version or the official electronic version on GPO’s govinfo.gov.',
];
const frFoot = ['About Us', 'Legal Status', 'Privacy', 'Accessibility', 'FOIA', 'No Fear Act', 'Continuity Information', 'Contact Us'];
const frPage = (n: string): string =>
  `<span class="printed-page-wrapper unprinted-element-wrapper"><span class="printed-page-details unprinted-element" id="page-${n}">` +
  `<span class="printed-page-inline">Start Printed Page ${n}</span></span></span>`;
const frHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Federal Register :: ${frTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${frSummary[0]?.slice(0, 150)}">
<meta property="og:title" content="${frTitle}"><meta property="og:site_name" content="Federal Register">
<meta name="citation_title" content="${frTitle}"><meta name="citation_publication_date" content="2025/05/30">
<meta name="citation_volume" content="90"><meta name="citation_firstpage" content="22871">
<link rel="canonical" href="https://www.federalregister.gov/documents/2025/05/30/2025-09716/migratory-songbird-protection">
<link rel="stylesheet" href="/assets/application-3c1d.css"><script src="/assets/application-9ab2.js" defer></script>
<script type="text/javascript">window.FR2 = window.FR2 || {}; FR2.documentNumber = '2025-09716';</script>
</head><body class="documents show">
<section class="usa-banner" aria-label="Official government website"><div class="usa-banner__header"><img alt="U.S. flag" src="/assets/us_flag_small.png">
<p class="usa-banner__header-text">${frBanner[0]}</p><button class="usa-banner__button" aria-expanded="false"><span>${frBanner[1]}</span></button></div>
<div class="usa-banner__content" hidden><p><strong>Official websites use .gov</strong> A .gov website belongs to an official government organization in the
United States.</p></div></section>
<div id="header"><div class="header-wrapper"><a href="/" class="logo">Federal Register</a><p
class="tagline">The Daily Journal of the United States Government</p>
<nav id="navigation"><ul class="nav">${links(frNav, 'dropdown nav_sections')}</ul><ul class="dropdown-menu">${links(frSections)}</ul></nav>
<form class="search"><label for="conditions_term">Search the Federal Register</label><input id="conditions_term" type="text"></form></div></div>
<div id="main-content"><div class="doc-notices"><div class="document-published" role="alert"><h3>${frNotice[0]}</h3><p>${frNotice[1]}</p></div></div>
<div class="content-block"><div class="doc-content with-sidebar"><div class="doc-header"><div class="doc-type doc-rule"><span class="title">Rule</span></div>
<h1>${frTitle}</h1><div class="metadata"><span class="doc-meta">A Rule by the <a href="/agencies/owhc">Office of Wildlife Habitat Coordination</a>
on <time datetime="2025-05-30">05/30/2025</time></span></div></div>
<div class="doc-aside doc-details" id="sidebar"><h3>Document Details</h3><dl
class="metadata_list">${frDetails.map(([k, v]) => `<dt>${k}</dt> <dd>${v}</dd>`).join('\n')}</dl>
<ul class="doc-tools">${links(frTools)}</ul><div class="regs-gov-box"><h4>Public Comments</h4><p>Comments closed on 12/09/2024. 214 comments received.</p>
<a href="https://www.regulations.example/docket/OWHC-2024-0031">View docket on Regulations.gov</a></div></div>
<div id="fulltext_content_area" class="body-column">
${frMeta.map(([k, v], i) => `<h2 id="h-${i + 1}">${k}</h2><p id="p-${i + 1}">${v}</p>`).join('\n')}
<h2 id="h-3">${frSummaryH}</h2>
${ps(frSummary)}
<h2 id="h-4">${frDatesH}</h2>
${ps(frDates)}
<h2 id="h-5">${frSuppH}</h2>
<h3 id="h-6">${frH1}</h3>
${ps(frP1)}
${frPage('22872')}
<h3 id="h-7">${frH2}</h3>
${ps(frP2)}
${frPage('22873')}
<h3 id="h-8">${frH3}</h3>
${ps(frP3)}
<h3 id="h-9">${frListH}</h3>
${ps(frSubjects)}
<div class="signature"><p>Dated: May 22, 2025.</p><p>Harriet Okonjo-Bell,</p><p>Director, Office of Wildlife Habitat Coordination.</p></div>
<p class="document-footnotes">[FR Doc. 2025-09716 Filed 5-29-25; 8:45 am]</p><p>BILLING CODE 4333-15-P</p>
</div></div></div></div>
<div id="footer"><div class="legal-status"><h4>${frLegal[0]}</h4><p>${frLegal[1]}</p></div><ul class="footer-links">${links(frFoot)}</ul></div>
</body></html>`;
export const federalRegisterRule: TestPage = {
  html: frHtml,
  name: 'heldout183-federalregister-rule',
  kind: 'docs',
  // the AGENCY / ACTION / SUMMARY labels are headings (h2 in the document); the agency and action lines are body; the
  // signature block and FR Doc / billing code lines are in neither list; the "A Rule by ... on" line and the signer are bylines
  title: frTitle,
  headings: ['AGENCY:', 'ACTION:', frSummaryH, frDatesH, frSuppH, frH1, frH2, frH3, frListH],
  body: texts([...frMeta.map(([, v]) => v), ...frSummary, ...frDates, ...frP1, ...frP2, ...frP3, ...frSubjects]),
  bylines: ['A Rule by the Office of Wildlife Habitat Coordination on 05/30/2025', 'Dated: May 22, 2025.', 'Harriet Okonjo-Bell,'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...frBanner, 'Federal Register', 'The Daily Journal of the United States Government', ...frNav, ...frSections, 'Search the Federal Register',
    ...frNotice, 'Document Details', ...frDetails.map(([k, v]) => `${k} ${v}`), ...frTools, 'Comments closed on 12/09/2024. 214 comments received.',
    'View docket on Regulations.gov', 'Start Printed Page 22872', 'Start Printed Page 22873', ...frLegal, ...frFoot,
  ],
};
