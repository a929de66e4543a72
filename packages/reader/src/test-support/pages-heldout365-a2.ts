import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file a2: a SAM.gov contract opportunity as the Angular app renders it (_ngcontent attributes, the
 * "official website" banner, the SDS header, the side navigation of the opportunity's sections, the general-information
 * and classification data, the description as the article, attachments, contacts, history, a feedback widget and the footer).
 */
const sTitle = 'Janitorial and Custodial Services, Fort Calloway Reserve Training Center';
const sHeads = ['Background', 'Scope of Work', 'Site Visit', 'Submission Instructions'];
const sBg = [
  j(
    'The Mission and Installation Contracting Command, Calloway Field Office, intends to award a firm-fixed-price contract for',
    'janitorial and custodial services at the Fort Calloway Reserve Training Center. This requirement is a total small business',
    'set-aside under NAICS code 561720 with a size standard of $22 million.',
  ),
  j(
    'The training center hosts up to 1,400 reservists on drill weekends and a permanent staff of about 220 during the week. The',
    'current contract expires on 30 September 2026, and this solicitation replaces it with a base year and four option years.',
  ),
];
const sScope = [
  'Daily cleaning of 23 administrative buildings with a combined floor area of about 310,000 square feet.',
  'Cleaning and restocking of barracks latrines and showers before and after each drill weekend.',
  'Periodic floor care, including stripping and waxing of resilient floors twice a year and carpet extraction each quarter.',
  'Collection of recyclables from all buildings and delivery to the installation recycling center.',
  'Emergency response within two hours for spills, flooding and biohazard clean-up, 24 hours a day.',
];
const sScopeAfter = [
  j(
    'The contractor shall furnish all personnel, supervision, equipment, supplies and transportation. Green cleaning products',
    'meeting the standards listed in the Performance Work Statement shall be used unless the Contracting Officer’s Representative',
    'approves an exception in writing.',
  ),
];
const sVisit = [
  j(
    'An organized site visit will be held on 14 July 2026 at 0900 local time, starting at Building 110. Attendance is not mandatory',
    'but is strongly encouraged. Each firm may send no more than two representatives, and names must be emailed to the Contract',
    'Specialist by 10 July 2026 so that installation access can be arranged.',
  ),
];
const sSubmit = [
  j(
    'Offerors shall submit proposals electronically to the Contract Specialist and the Contracting Officer listed below. Proposals',
    'must be received by 2:00 p.m. Central Time on the response date. Late proposals will be handled in accordance with FAR 52.212-1(f).',
  ),
  j(
    'Questions shall be submitted in writing no later than 21 July 2026. Answers will be posted as an amendment to this notice.',
    'Offerors must be registered in the System for Award Management at the time of proposal submission.',
  ),
];
const sSide = ['General Information', 'Classification', 'Description', 'Attachments/Links', 'Contact Information', 'History'];
const sTop = ['Home', 'Search', 'Data Bank', 'Data Services', 'Help'];
const sInfo: [string, string][] = [
  ['Contract Opportunity Type:', 'Solicitation (Original)'],
  ['All Dates/Times are:', '(UTC-05:00) CENTRAL STANDARD TIME, CHICAGO, USA'],
  ['Original Published Date:', 'Jun 24, 2026 10:42 am CDT'],
  ['Original Response Date:', 'Aug 05, 2026 02:00 pm CDT'],
  ['Inactive Policy:', '15 days after response date'],
  ['Product Service Code:', 'S201 - HOUSEKEEPING- CUSTODIAL JANITORIAL'],
  ['Place of Performance:', 'Fort Calloway, MO 65899 USA'],
];
const sFoot = ['About This Site', 'Release Notes', 'Privacy Policy', 'Disclaimers', 'FOIA', 'Accessibility', 'USA.gov'];
const ng = '_ngcontent-serverapp-c214=""';
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SAM.gov | ${sTitle}</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Contract opportunity: ${sTitle}">
<link rel="stylesheet" href="styles.4f1c9a0b2e.css"><style ng-transition="serverApp">.sam-ui.header{margin:0}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${sTitle}","publisher":{"@type":"GovernmentOrganization",
"name":"General Services Administration"}}</script></head>
<body><app-root _nghost-serverapp-c1="" ng-version="16.2.12"><sds-header _ngcontent-serverapp-c1="">
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you
know</span></button>
</div></header></div></section>
<header class="sds-navbar" ${ng}><a class="sds-navbar__logo" href="/" aria-label="SAM.gov home"><img src="assets/img/logo-sam.svg" alt=""></a>
<ul class="sds-navbar__links">${links(sTop, 'sds-navbar__item')}</ul><a class="usa-button usa-button--outline" href="/signin">Sign
In</a></header></sds-header>
<main id="main-container" ${ng}><app-opportunity-page ${ng}><div class="grid-container"><div class="grid-row grid-gap">
<div class="tablet:grid-col-3"><sds-side-navigation ${ng}><nav aria-label="Opportunity sections"><ul class="usa-sidenav">${links(sSide, 'usa-sidenav__item')}
</ul></nav></sds-side-navigation><div class="sds-card margin-top-2"><p class="sds-card__title">Share</p>
<a href="#" class="usa-button usa-button--unstyled">Copy link</a> <a href="#" class="usa-button usa-button--unstyled">Email</a></div></div>
<div class="tablet:grid-col-9"><div class="sam-ui ribbon" ${ng}><span class="sds-tag sds-tag--active">Active</span>
<span class="sam-ui text">Contract Opportunity</span></div>
<h1 class="sam-ui header" id="opp-title" ${ng}>${sTitle}</h1>
<div class="sam-ui meta" ${ng}><span>Notice ID</span> <strong>W9126G26R0117</strong> <span>Related Notice</span> <strong>W9126G26R0117-PRE</strong></div>
<div class="grid-row margin-y-2"><button class="usa-button" type="button">Follow</button><button class="usa-button usa-button--outline"
type="button">Print</button></div>
<section id="general" ${ng}><h2 class="sam-ui dividing header">General Information</h2><ul class="sam-ui list">${sInfo
  .map(([k, v]) => `<li ${ng}><strong>${k}</strong> <span>${v}</span></li>`)
  .join('\n')}</ul></section>
<section id="classification" ${ng}><h2 class="sam-ui dividing header">Classification</h2><ul class="sam-ui list"><li><strong>Set Aside:</strong>
<span>Total Small Business Set-Aside (FAR 19.5)</span></li><li><strong>NAICS Code:</strong> <span>561720 - Janitorial Services</span></li></ul></section>
<section id="description" ${ng}><h2 class="sam-ui dividing header">Description</h2><div class="sam-ui description-text ql-editor" ${ng}>
<h3>${sHeads[0]}</h3>
${ps(sBg)}
<h3>${sHeads[1]}</h3>
<p>The services include, but are not limited to:</p>
<ul>${lis(sScope)}</ul>
${ps(sScopeAfter)}
<h3>${sHeads[2]}</h3>
${ps(sVisit)}
<h3>${sHeads[3]}</h3>
${ps(sSubmit)}
</div></section>
<section id="attachments" ${ng}><h2 class="sam-ui dividing header">Attachments/Links</h2><table class="usa-table"><thead><tr><th>Document</th><th>File
Size</th>
<th>Access</th><th>Updated Date</th></tr></thead><tbody><tr><td><a href="#">W9126G26R0117_PWS.pdf</a></td><td>1 MB</td><td>Public</td><td>Jun 24,
2026</td></tr>
<tr><td><a href="#">Wage_Determination_2015-4991_Rev21.pdf</a></td><td>262 KB</td><td>Public</td><td>Jun 24, 2026</td></tr></tbody></table></section>
<section id="contact" ${ng}><h2 class="sam-ui dividing header">Contact Information</h2><p class="sam-ui text">Contracting Office Address</p>
<p>MICC Calloway Field Office, 4120 Range Road, Fort Calloway, MO 65899</p><div class="sam-ui contact"><p><strong>Primary Point of Contact:</strong></p>
<p>Denise Halvorsen</p><p>denise.halvorsen.civ@army.example</p><p>Phone: 573-555-0147</p></div></section>
<section id="history" ${ng}><h2 class="sam-ui dividing header">History</h2><ul class="sds-timeline"><li>Jun 24, 2026 10:42 am CDT Solicitation (Original)</li>
<li>May 30, 2026 08:15 am CDT Presolicitation</li></ul></section></div></div></div></app-opportunity-page></main>
<sds-feedback ${ng}><button class="sds-feedback__trigger" type="button">Give Feedback</button></sds-feedback>
<sds-footer ${ng}><footer class="usa-footer"><div class="usa-footer__primary-section"><ul
class="usa-footer__nav">${links(sFoot, 'usa-footer__primary-content')}</ul></div>
<div class="usa-footer__secondary-section"><p>SAM.gov is a U.S. General Services Administration Federal Government computer system.</p>
<p>WARNING: This system is for official use only.</p></div></footer></sds-footer></app-root>
<script id="serverApp-state" type="application/json">{"opp":{"id":"8c2e91d0a4f14b7e","solicitationNumber":"W9126G26R0117","type":"o"}}</script>
<script src="runtime.7a1e3b.js" type="module"></script><script src="main.c43d08.js" type="module"></script></body></html>`;
export const samGov: TestPage = {
  name: 'heldout365-sam-gov-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sBg, 'The services include, but are not limited to:', ...sScope, ...sScopeAfter, ...sVisit, ...sSubmit]),
  bylines: ['Jun 24, 2026 10:42 am CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here’s how you know', ...sTop, 'Sign In', ...sSide, 'Copy link', 'Active',
    'Contract Opportunity', 'Notice ID', 'W9126G26R0117', 'Related Notice', 'W9126G26R0117-PRE', 'Follow', 'Print', 'Contract Opportunity Type:',
    'Solicitation (Original)', 'Original Response Date:', 'Aug 05, 2026 02:00 pm CDT', 'Inactive Policy:', '15 days after response date',
    'Product Service Code:', 'S201 - HOUSEKEEPING- CUSTODIAL JANITORIAL', 'Place of Performance:', 'Fort Calloway, MO 65899 USA', 'Set Aside:',
    'Total Small Business Set-Aside (FAR 19.5)', 'NAICS Code:', '561720 - Janitorial Services', 'W9126G26R0117_PWS.pdf', 'File Size',
    'Updated Date', 'Contracting Office Address', 'MICC Calloway Field Office, 4120 Range Road, Fort Calloway, MO 65899', 'Primary Point of Contact:',
    'Denise Halvorsen', 'denise.halvorsen.civ@army.example', 'Phone: 573-555-0147', 'May 30, 2026 08:15 am CDT Presolicitation', 'Give Feedback', ...sFoot,
    'SAM.gov is a U.S. General Services Administration Federal Government computer system.', 'WARNING: This system is for official use only.',
  ],
};
