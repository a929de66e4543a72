import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file d2: an IRS-style form instructions page on the agency's Drupal theme (official-site banner,
 * utility links with the language menu, search, main menu, the "pup" header with the form's subtitle, the "More In Forms
 * and Instructions" sidebar, Print and share links, a table, "Page Last Reviewed or Updated:" and the footer).
 */
const iTitle = 'Instructions for Form 5931 (2025)';
const iSub = 'Residential Heat Pump Credit';
const iHeads = ['Future Developments', 'What’s New', 'General Instructions', 'Purpose of Form', 'Who Must File', 'Specific Instructions', 'Line 1', 'Line 4'];
const iFuture = [
  j(
    'For the latest information about developments related to Form 5931 and its instructions, such as legislation enacted after',
    'they were published, go to IRS.gov/Form5931.',
  ),
];
const iNew = [
  j(
    'Credit limit increased. For heat pumps placed in service after December 31, 2024, the yearly limit on the credit is',
    'increased from $1,600 to $2,000. See the table under Line 4, later.',
  ),
  'Qualified manufacturer code required. You must now enter the 4-character code printed on the manufacturer’s certification statement.',
];
const iPurpose = [
  j(
    'Use Form 5931 to figure and take the residential heat pump credit for qualified heat pumps and heat pump water heaters you',
    'installed in your main home in the United States during the tax year.',
  ),
];
const iWho = ['You must file Form 5931 if you claim the credit. Attach it to your Form 1040 or 1040-SR.', 'You cannot take the credit if:'];
const iWhoList = [
  'the property was installed in a home you rent to others and do not live in;',
  'the heat pump was used when you bought it;',
  'you were paid for the cost of the property by a state program that did not require you to repay it.',
];
const iLine1 = [
  j(
    'If you installed more than one qualified heat pump during the year, add their costs together and enter the total. If you',
    'share the home with someone who is not your spouse, each of you figures the credit on the part of the cost you paid.',
  ),
  j(
    'Enter the total cost of each qualified heat pump, including labor costs for preparing the site, assembling and installing',
    'it. Do not include the cost of electrical panel upgrades; those are reported on a separate line of the form.',
  ),
];
const iLine4 = ['Figure your credit limit using the following table.'];
const iTable = 'Table 1. Credit Limit by Type of Property';
const iCells = [
  'Air-source heat pump',
  '30% of cost',
  '$2,000',
  'Heat pump water heater',
  '30% of cost',
  '$2,000',
  'Ground-source heat pump',
  '30% of cost',
  'No limit',
];
const iMenu = ['File', 'Pay', 'Refunds', 'Credits & Deductions', 'Forms & Instructions'];
const iUtil = ['Help', 'News', 'English', 'Español', '中文 (简体)', 'Tiếng Việt', 'Charities & Nonprofits', 'Tax Pros'];
const iMore = ['Form 1040-ES', 'Form W-2', 'Form 1099-MISC', 'Form W-9', 'Form 4506-T', 'Form 941', 'Form 5931'];
const iFoot = ['Our Agency', 'About IRS', 'Careers', 'Know Your Rights', 'Taxpayer Bill of Rights', 'Privacy Policy', 'Accessibility'];
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${iTitle} | Internal Revenue Service</title>
<meta name="description" content="Instructions for Form 5931, Residential Heat Pump Credit.">
<link rel="canonical" href="https://www.irs.gov/instructions/i5931">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:site_name" content="Internal Revenue Service">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/128734","currentLanguage":"en"},
"pup":{"formNumber":"5931"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/pup_irs/css/pup-irs.css"></head>
<body class="layout-no-sidebars page-node-type-pup-instructions"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner"><div class="usa-banner__header"><p class="usa-banner__header-text">An official website of the United States Government</p>
</div></section>
<header class="pup-header"><div class="pup-header-top"><ul class="pup-header-utility">${links(iUtil, 'pup-header-utility-item')}</ul></div>
<div class="pup-header-main"><a href="/" class="navbar-brand" title="Home" rel="home"><img src="/themes/custom/pup_irs/images/logo.svg" alt="IRS"></a>
<form class="search-form" role="search" action="/site-index-search"><label for="search-main" class="visually-hidden">Search</label><input id="search-main"
type="search" placeholder="Search"><button type="submit">Search</button></form></div>
<nav class="pup-main-menu" aria-label="Main"><button class="navbar-toggle">Main Menu</button><ul class="menu nav navbar-nav">
${links(iMenu, 'dropdown')}</ul></nav>
</header>
<div class="container"><div class="row"><aside class="col-sm-3 sidebar-left" role="complementary"><div class="sidebar-nav"><h2 class="sidebar-nav-title">More In
Forms and Instructions</h2>
<ul class="menu">${links(iMore, 'leaf')}</ul></div></aside>
<section class="col-sm-9"><div class="pup-page-header"><div class="pup-header-content-lt"><a href="#" class="print-link" onclick="window.print()">Print</a>
</div><div class="pup-header-content-rt"><h1 class="pup-page-title">${iTitle}</h1><h2 class="pup-page-subtitle">${iSub}</h2>
<p class="pup-revision-date">Revised: 12/2025</p></div></div>
<main id="main-content" role="main"><div class="field field--name-body">
<p class="pup-section-ref"><em>Section references are to the Internal Revenue Code unless otherwise noted.</em></p>
<h2>${iHeads[0]}</h2>
${ps(iFuture)}
<h2>${iHeads[1]}</h2>
${ps(iNew)}
<h2>${iHeads[2]}</h2>
<h3>${iHeads[3]}</h3>
${ps(iPurpose)}
<h3>${iHeads[4]}</h3>
${ps(iWho)}
<ul>${lis(iWhoList)}</ul>
<h2>${iHeads[5]}</h2>
<h3>${iHeads[6]}</h3>
${ps(iLine1)}
<h3>${iHeads[7]}</h3>
${ps(iLine4)}
<table class="table table-bordered"><caption>${iTable}</caption><thead><tr><th>Type of property</th><th>Credit rate</th><th>Yearly limit</th></tr></thead>
<tbody>${[0, 3, 6].map((i) => `<tr><td>${iCells[i]}</td><td>${iCells[i + 1]}</td><td>${iCells[i + 2]}</td></tr>`).join('\n')}</tbody></table>
</div></main>
<div class="pup-share"><span class="pup-share-label">Share:</span> ${['Facebook', 'Twitter', 'LinkedIn'].map((s) => `<a href="#">${s}</a>`).join(' ')}</div>
<div class="pup-last-reviewed"><p>Page Last Reviewed or Updated: 03-Mar-2026</p></div></section></div></div>
<footer class="pup-footer"><div class="container"><ul class="footer-links">${links(iFoot)}</ul>
<p class="footer-address">Internal Revenue Service, 1111 Example Avenue NW, Washington, DC 20224</p></div></footer>
<script src="/core/misc/drupal.js"></script></body></html>`;
export const irs: TestPage = {
  name: 'heldout277-irs-instructions-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [iSub, ...iHeads],
  body: texts([
    'Section references are to the Internal Revenue Code unless otherwise noted.',
    ...iFuture,
    ...iNew,
    ...iPurpose,
    ...iWho,
    ...iWhoList,
    ...iLine1,
    ...iLine4,
    iTable,
    ...iCells,
  ]),
  bylines: ['Revised: 12/2025', 'Page Last Reviewed or Updated: 03-Mar-2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States Government', ...iUtil, 'Search', 'Main Menu', ...iMenu,
    'More In Forms and Instructions', ...iMore.slice(0, 6), 'Print', 'Share:', 'Facebook', 'Twitter', 'LinkedIn', ...iFoot,
    'Internal Revenue Service, 1111 Example Avenue NW, Washington, DC 20224',
  ],
};
