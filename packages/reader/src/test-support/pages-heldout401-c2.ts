import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file c2: an IRS-style HTML form instructions page on the agency's Drupal theme (the official-site banner,
 * the "pup" header with Help / News / language / Charities links and the main menu, breadcrumbs, the "Print" button, the
 * revision line, a table of line instructions, the "Page Last Reviewed or Updated" line, the "Related" sidebar and footer).
 */
const iTitle = 'Instructions for Form 7318 (2025)';
const iSub = 'Credit for Rural Water System Improvements';
const iRef = ['Section references are to the Internal Revenue Code unless otherwise noted.'];
const iFuture = [
  j(
    'For the latest information about developments related to Form 7318 and its instructions, such as legislation enacted after they',
    'were published, go to IRS.gov/Form7318.',
  ),
];
const iPurpose = [
  j(
    'Use Form 7318 to figure the credit for qualified costs you paid or incurred during the tax year to build, repair or connect a',
    'private or shared water system that serves a home or farm in a qualified rural area. The credit is 25% of qualified costs, up to',
    '$4,000 per system.',
  ),
  'Qualified costs include:',
];
const iCosts = [
  'drilling or deepening a well',
  'installing a pump, pressure tank or treatment unit that removes arsenic, nitrates or bacteria',
  'connecting to a public water main for the first time, including the tap fee',
  'labor for on-site preparation, assembly and installation',
];
const iWho = [
  j(
    'Individuals, estates and trusts file Form 7318 to claim the credit. Partnerships and S corporations must complete the form and',
    'give each partner or shareholder their share of the credit on Schedule K-1.',
  ),
];
const iLines = ['Complete lines 1 through 6 for each water system. If you have more than two systems, attach additional forms.'];
const iRows = [
  ['Line 1', 'Enter the address of the property the system serves and the date the system was placed in service.'],
  ['Line 2', 'Enter the total qualified costs you paid during the tax year. Do not include costs paid with a grant.'],
  ['Line 4', 'Multiply line 3 by 25% (0.25).'],
  ['Line 6', 'Enter the smaller of line 4 or line 5. Also enter this amount on Schedule 3 (Form 1040), line 6z.'],
];
const iCarry = [
  j(
    'If your credit is more than your tax, you can carry the unused credit forward for up to 5 years. Keep a copy of Form 7318 for',
    'each year you carry an amount forward.',
  ),
];
const iHeadings = ['Future Developments', 'General Instructions', 'Purpose of Form', 'Who Must File', 'Specific Instructions', 'Carryforward of Unused Credit'];
const iMenu = ['File', 'Pay', 'Refunds', 'Credits & Deductions', 'Forms & Instructions'];
const iTop = ['Help', 'News', 'English', 'Español', '中文 (简体)', 'Charities & Nonprofits', 'Tax Pros'];
const iCrumbs = ['Home', 'Forms & Instructions', 'About Form 7318'];
const iRel = ['About Form 7318', 'Form 7318 (PDF)', 'Rural area lookup tool', 'Publication 5840, Home Water System Credits'];
const iFoot = [
  'Our Agency',
  'About IRS',
  'Careers',
  'Operations and Budget',
  'Tax Statistics',
  'Know Your Rights',
  'Taxpayer Bill of Rights',
  'Taxpayer Advocate Service',
  'Privacy Policy',
  'Accessibility',
];
const iHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${iTitle} | Internal Revenue Service</title>
<link rel="canonical" href="https://www.irs.gov/instructions/i7318"><meta name="description" content="${iSub}. Who must file, qualified costs and line
instructions."><meta property="og:site_name" content="Internal Revenue Service"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService",
"name":"${iTitle}","provider":"Internal Revenue Service"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"instructions","formNumber":"7318"});</script>
<link rel="stylesheet" href="/themes/custom/pup_irs/css/pup.css"></head>
<body class="path-node page-node-type-instructions irs-instructions"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main
content</a>
<section class="usa-banner pup-banner"><p class="usa-banner__header-text">An official website of the United States Government</p></section>
<header role="banner" class="pup-header"><div class="pup-header-top"><ul class="pup-header-links">${links(iTop, 'pup-header-link')}</ul></div>
<div class="pup-header-main"><a href="/" class="pup-logo"><img src="/themes/custom/pup_irs/images/logo.svg" alt="IRS"></a>
<nav class="navbar pup-main-menu" aria-label="Main navigation"><ul class="nav navbar-nav">${links(iMenu, 'dropdown')}</ul></nav>
<form class="pup-search" action="/site-index-search"><label for="search-main" class="sr-only">Search</label><input id="search-main" type="search"
placeholder="Search"></form></div></header>
<div class="pup-breadcrumb"><ol class="breadcrumb">${links(iCrumbs)}</ol></div>
<main id="main-content" role="main"><div class="container"><div class="row"><div class="col-md-9 pup-main-col">
<div class="pup-page-header"><h1 class="pup-page-title">${iTitle}</h1><div class="pup-print"><button class="btn pup-print-btn"
onclick="window.print()">Print</button></div>
<div class="pup-revision"><p>Revised: <span>December 2025</span></p></div></div>
<div class="field field--name-body instructions-body"><p class="title">${iSub}</p><p class="text-center">Department of the Treasury<br>
Internal Revenue Service</p>
${ps(iRef)}
<h2 class="heading">${iHeadings[0] ?? ''}</h2>${ps(iFuture)}
<h2 class="heading">${iHeadings[1] ?? ''}</h2><h3 class="heading">${iHeadings[2] ?? ''}</h3>${ps(iPurpose)}<ul>${lis(iCosts)}</ul>
<h3 class="heading">${iHeadings[3] ?? ''}</h3>${ps(iWho)}
<h2 class="heading">${iHeadings[4] ?? ''}</h2>${ps(iLines)}
<table class="table complex-table table-bordered"><caption class="sr-only">Line instructions</caption><thead><tr><th>Line</th><th>What to
enter</th></tr></thead>
<tbody>${rows(iRows)}</tbody></table>
<h3 class="heading">${iHeadings[5] ?? ''}</h3>${ps(iCarry)}</div>
<div class="pup-last-reviewed"><p>Page Last Reviewed or Updated: 18-Dec-2025</p></div>
<div class="pup-share"><span>Share</span> <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-twitter">Twitter</a>
<a href="#" class="share-linkedin">LinkedIn</a></div></div>
<aside class="col-md-3 pup-sidebar" role="complementary"><div class="block-related"><h2 class="block-title">Related</h2><ul>${links(iRel)}</ul></div>
<div class="block-other-items"><h2 class="block-title">Other Items You May Find Useful</h2><ul>${links(['All Form 7318 Revisions', 'Other Current Products'])}
</ul></div></aside></div></div></main>
<footer class="pup-footer" role="contentinfo"><div class="container"><ul class="pup-footer-links">${links(iFoot)}</ul>
<p class="pup-footer-treasury">U.S. Department of the Treasury</p></div></footer>
<script src="/themes/custom/pup_irs/js/pup.js"></script></body></html>`;
export const irs: TestPage = {
  name: 'heldout401-irs-form-instructions',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iHeadings,
  body: texts([iSub, ...iRef, ...iFuture, ...iPurpose, ...iCosts, ...iWho, ...iLines, ...iRows.flat(), ...iCarry]),
  bylines: ['Revised: December 2025', 'Page Last Reviewed or Updated: 18-Dec-2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States Government', ...iTop, ...iMenu, 'Search', ...iCrumbs, 'Print',
    'Department of the Treasury Internal Revenue Service', 'What to enter', 'Share', 'Facebook', 'Twitter', 'LinkedIn', 'Related', ...iRel.slice(1),
    'Line instructions',
    'Other Items You May Find Useful', 'All Form 7318 Revisions', 'Other Current Products', ...iFoot, 'U.S. Department of the Treasury',
  ],
};
