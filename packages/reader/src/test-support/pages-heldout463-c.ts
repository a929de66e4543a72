import { links, type TestPage } from './page-kit.js';
import { type Block, j, lis, parts, render, table } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file c: an ESG ratings methodology page of a ratings agency on GitBook, and a utility's green bond
 * framework page on a Q4 investor relations site.
 */
const gTitle = 'Controversy screening';
const gDek = 'How incidents reported about a company lower its ESG rating, and how long the effect lasts.';
const gBlocks: Block[] = [
  j(
    'A company can score well on policies and disclosure and still be involved in serious incidents. Controversy screening',
    'adjusts the pillar scores from the management assessment to reflect what actually happened in the rating period.',
  ),
  { h: 'Sources' },
  j(
    'Analysts review incidents reported by news media in 14 languages, court records, regulatory enforcement notices and',
    'reports from non-governmental organisations. Incidents must be reported by at least one source we classify as reliable.',
  ),
  { h: 'Severity levels' },
  {
    head: ['Level', 'Description', 'Score deduction'],
    rows: [
      ['Low', 'Isolated incident with limited impact, remedied quickly', '0.5'],
      ['Moderate', 'Repeated incidents or material impact on a community or the environment', '1.5'],
      ['High', 'Systemic failure, fatalities or large-scale harm', '3.0'],
      ['Severe', 'Ongoing harm of the highest order, with no credible response', 'Rating capped at CCC'],
    ],
  },
  { h: 'Decay over time' },
  j(
    'A deduction is applied in full for 12 months after the incident, then reduced by a quarter each year if the company has',
    'taken corrective action. Without corrective action the deduction remains in full.',
  ),
  '<code>deduction(t) = base × max(0, 1 − 0.25 × (years_since − 1))</code> when remediation is confirmed.',
  { h: 'Company engagement' },
  j(
    'Companies are told about every controversy assessed at Moderate or above and have 15 business days to provide',
    'information before the rating is published. Responses are recorded in the rating report.',
  ),
];
const gHint = 'This page describes methodology version 3.2, in force for ratings published from 1 July 2026.';
const gSide = ['Introduction', 'Rating scale', 'Industry materiality map', 'Management assessment', 'Controversy screening', 'Data sources', 'Changelog'];
const gHtml = `<!DOCTYPE html><html lang="en" class="circular-corners theme-clean tint sidebar-default"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Controversy screening | Ravelin ESG Ratings Methodology</title>
<meta name="description" content="${gDek}"><meta name="generator" content="GitBook (8.4.1)">
<link rel="stylesheet" href="https://static.gitbook.com/_next/static/css/d2e8a1f4b6c3.css" data-precedence="next">
<script src="https://static.gitbook.com/_next/static/chunks/webpack-6f1c2b3a.js" async></script></head>
<body class="site-background"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header id="site-header" class="flex flex-col h-[64px] sticky top-0 pt-[env(safe-area-inset-top)] z-10 w-full"><div class="theme-bold:bg-header-background">
<div class="gap-4 lg:gap-6 flex items-center justify-between w-full py-3"><a class="group/headerlogo flex items-center" href="/methodology">
<img alt="" src="https://files.gitbook.example/ravelin-logo.png" class="block dark:hidden"><div class="text-pretty line-clamp-2 tracking-tight">
Ravelin ESG Ratings Methodology</div></a><div class="flex grow-0 shrink-0"><button type="button" class="flex flex-1 items-center" aria-label="Search">
<div class="text-tint">Search...</div><div class="shortcut"><kbd>Ctrl</kbd><kbd>K</kbd></div></button></div></div></div></header>
<div class="scroll-nojump"><div class="motion-safe:transition-all flex flex-col lg:flex-row">
<aside class="group relative text-sm grow-0 shrink-0 basis-full lg:basis-72 page-no-toc:lg:basis-56" aria-label="Table of contents">
<div class="toc-container"><ul class="flex flex-col gap-y-0.5">${gSide
  .map(
    (t) => `<li class="flex flex-col"><a href="/methodology/${t.toLowerCase().replace(/ /g, '-')}"
class="flex flex-row justify-between circular-corners:rounded-2xl">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="mt-auto"><a href="https://www.gitbook.com/?utm_source=content&amp;utm_medium=trademark" class="text-sm font-semibold">Powered by GitBook</a>
</div></div></aside>
<div class="flex-1 relative py-8 lg:px-12 break-anywhere page-api-block:xl:max-2xl:pr-0"><main id="main" class="relative min-w-0 w-full max-w-3xl">
<header class="max-w-3xl mx-auto mb-6 space-y-3"><nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2">
<li><a href="/methodology/management-assessment">Pillar scores</a></li></ol></nav>
<h1 class="text-4xl font-bold flex items-center gap-4">${gTitle}</h1><p class="text-lg">${gDek}</p></header>
<div class="whitespace-pre-wrap">${render(gBlocks, {
  p: (t) => `<p class="blocks w-full space-y-2 mx-auto max-w-3xl">${t}</p>`,
  h: (t) => `<div class="flex items-baseline"><h2 id="${t.toLowerCase().replace(/ /g, '-')}" class="heading flex items-baseline scroll-m-12 text-2xl">
<a href="#${t.toLowerCase().replace(/ /g, '-')}" class="anchor-link" aria-label="Direct link to heading"></a><div class="flex-1 z-[1]">${t}</div></h2></div>`,
  table: (head, rows) => `<div class="table-container overflow-x-auto">${table(head, rows, 'w-full border-separate')}</div>`,
})}</div>
<div class="hint hint-info"><p>${gHint}</p></div>
<div class="flex flex-row mt-6 gap-2 max-w-3xl mx-auto page-api-block:ml-0"><a href="/methodology/management-assessment" class="group text-sm p-2.5">
<span class="text-tint">Previous</span><span class="font-semibold">Management assessment</span></a>
<a href="/methodology/data-sources" class="group text-sm p-2.5"><span class="text-tint">Next</span><span class="font-semibold">Data sources</span></a></div>
<div class="flex flex-row items-center mt-6 max-w-3xl mx-auto"><p class="text-sm">Last updated 3 months ago</p></div>
<div class="mt-6 max-w-3xl mx-auto"><div class="text-sm">Was this helpful?</div></div></main>
<aside class="hidden xl:flex" aria-label="On this page"><div class="text-xs font-semibold uppercase">On this page</div>
<ul>${links(gBlocks.filter((b) => typeof b === 'object' && 'h' in b).map((b) => (b as { h: string }).h))}</ul></aside></div></div></div>
<script>self.__next_f.push([1,"2:I[\\"(app/(site)/(content)/[pagePath]/page)\\"]"])</script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const gFurn = [
  'Skip to content', 'Ravelin ESG Ratings Methodology', 'Search...', 'Ctrl', 'K', ...gSide, 'Powered by GitBook', 'Pillar scores',
  'Previous', 'Management assessment', 'Next',
  'Data sources', 'Was this helpful?', 'On this page',
];
const gitbook: TestPage = {
  name: 'heldout463-gitbook-esg-methodology',
  kind: 'docs',
  html: gHtml,
  ...parts(gTitle, [...gBlocks, gHint], [gDek], ['Last updated 3 months ago'], gFurn),
};

const qTitle = 'Green Bond Framework';
const qBlocks: Block[] = [
  j(
    'Westmark Energy has adopted a Green Bond Framework under which it may issue green bonds, green private placements and green',
    'loans. An amount equal to the net proceeds will be allocated to projects that support our transition to renewable power.',
  ),
  { h: 'Use of proceeds' },
  {
    head: ['Eligible category', 'Examples', 'EU Taxonomy activity'],
    rows: [
      ['Renewable energy', 'Onshore wind, solar photovoltaic and small hydro plants', '4.1, 4.3, 4.5'],
      ['Energy storage', 'Grid-scale batteries and pumped storage', '4.10'],
      ['Transmission and distribution', 'Grid connections for renewable plants and smart meters', '4.9'],
    ],
  },
  j(
    'Proceeds will not be used for fossil fuel generation, including gas plants with carbon capture, or for nuclear power.',
    'Up to 50 percent of proceeds may refinance projects completed in the three years before issuance.',
  ),
  { h: 'Project evaluation and selection' },
  j(
    'A Green Finance Committee chaired by the Chief Financial Officer and including the Head of Sustainability selects eligible',
    'projects each quarter and keeps a register of them. Projects are screened for environmental and social risks.',
  ),
  { h: 'Management of proceeds' },
  j(
    'Net proceeds are tracked in our treasury system. Until they are allocated, they are held in cash or short-term deposits',
    'and will not be invested in carbon-intensive assets. We intend to allocate all proceeds within 24 months of issuance.',
  ),
  { h: 'Reporting' },
  {
    ul: [
      'Annual allocation report, by category and by country, until full allocation.',
      'Impact report with installed capacity in MW, renewable energy generated in MWh and avoided emissions in tonnes CO₂e.',
      'Limited assurance of the allocation report by an external auditor.',
    ],
  },
  { h: 'External review' },
  j(
    'Nordavind Research has provided a Second Party Opinion confirming that the Framework is aligned with the ICMA Green Bond',
    'Principles 2021 and the LMA Green Loan Principles.',
  ),
];
const qNav = ['Overview', 'Share Information', 'Debt Investors', 'Financial Results', 'Events & Presentations', 'ESG', 'Governance'];
const qDocs = ['Green Bond Framework (PDF)', 'Second Party Opinion (PDF)', 'Green Bond Allocation and Impact Report 2025 (PDF)'];
const qFoot = ['Sitemap', 'Privacy Policy', 'Terms of Use', 'Email Alerts'];
const qHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>Westmark Energy - Green Bond Framework</title>
<meta name="description" content="Westmark Energy Green Bond Framework, Second Party Opinion and allocation reports.">
<link rel="stylesheet" href="//s29.q4cdn.example/817221440/files/design/site.css"><link rel="stylesheet" href="/_Layouts/Q4/Resources/Q4Plugins.min.css">
<script>var Q4ApiKey = 'BF185719B0464B3CB809D23926182246'; window.q4Defaults = {dateFormat: 'MMMM D, YYYY'};</script>
<script src="//s29.q4cdn.example/817221440/files/js/q4.api.1.13.min.js"></script></head>
<body class="ContentPage PageGreenBondFramework Lang-en"><form method="post" action="./green-bond-framework" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAg=="></div>
<a class="SkipNav" href="#maincontent">Skip to main content</a>
<div class="layout"><header class="layout_header"><div class="pane pane--header"><div class="module module-logo"><a href="https://www.westmark-energy.example">
<img src="//s29.q4cdn.example/817221440/files/design/logo.svg" alt="Westmark Energy logo"></a></div>
<div class="module module-stock-header"><div class="module_container"><span class="module-stock-header_exchange">OSE: WMKE</span>
<span class="module-stock-header_price">NOK 142.60</span><span class="module-stock-header_change module-stock-header_change--up">+1.15%</span></div></div>
<nav class="nav nav--main" aria-label="Investors"><ul class="level1">${links(qNav)}</ul></nav></div></header>
<main id="maincontent" class="layout_content"><div class="pane pane--breadcrumb"><div class="module module-breadcrumb">
<span class="module-breadcrumb_link"><a href="/overview">Investors</a></span> <span class="module-breadcrumb_separator">/</span>
<span class="module-breadcrumb_link"><a href="/debt-investors">Debt Investors</a></span></div></div>
<div class="pane pane--banner"><div class="module module-page-title"><h1 class="module_title">${qTitle}</h1></div></div>
<div class="pane pane--content"><div class="module module-content"><div class="module_container module_container--content">
<div class="module_body">${render(qBlocks, { table: (h, r) => table(h, r, 'table table--green-categories') })}</div></div></div>
<div class="module module-document-list"><div class="module_container module_container--widget"><h2 class="module_title">Documents</h2>
<ul class="module_items">${qDocs
  .map(
    (t) =>
      `<li class="module_item"><a class="module_link module_link--pdf" href="//s29.q4cdn.example/817221440/files/doc_downloads/${t
        .toLowerCase()
        .replace(
          /[^a-z0-9]+/g,
          '-',
        )}.pdf" target="_blank"><span class="module_link-text">${t}</span></a><span class="module_date-text">May 12, 2026</span></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="module module-contact"><h2 class="module_title">Investor Relations Contact</h2><p class="module_name">Treasury and Investor Relations</p>
<p class="module_email"><a href="mailto:ir@westmark-energy.example">ir@westmark-energy.example</a></p></div></div></main>
<footer class="layout_footer"><div class="pane pane--footer"><div class="module module-email-alerts-footer"><h2>Sign up for email alerts</h2>
<div class="module_input-container"><label class="sr-only" for="alertsEmail">Email Address</label><input type="email" id="alertsEmail" class="module_input">
<input type="submit" class="button module_signup" value="Sign Up"></div></div>
<ul class="footer-links">${lis(qFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`))}</ul>
<p class="module-copyright">© 2026 Westmark Energy ASA. All rights reserved. <a href="https://www.q4inc.example"
class="q4-credit">Powered By Q4 Inc. 6.1.3.2</a></p></div></footer></div>
</form><script src="//s29.q4cdn.example/817221440/files/js/site.js"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const qFurn = [
  'Skip to main content', 'OSE: WMKE', 'NOK 142.60', '+1.15%', ...qNav, 'Investors', 'Documents', ...qDocs, 'May 12, 2026', 'Investor Relations Contact',
  'Treasury and Investor Relations', 'ir@westmark-energy.example', 'Sign up for email alerts', 'Email Address', ...qFoot,
  '© 2026 Westmark Energy ASA. All rights reserved. Powered By Q4 Inc. 6.1.3.2',
];
const q4: TestPage = { name: 'heldout463-q4-green-bond-framework', kind: 'docs', html: qHtml, ...parts(qTitle, qBlocks, [], [], qFurn) };

export const HELDOUT463_C: readonly TestPage[] = [gitbook, q4];
