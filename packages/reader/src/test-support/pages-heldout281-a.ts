import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file a: a legislation.gov.uk-style act section (cross-heading with three sections, the
 * 'Changes to legislation' box, version tabs, commencement annotations, previous / next links, footer) and an
 * eCFR-style regulation section (React app shell, breadcrumb hierarchy, "up to date as of" line, details drawer).
 */
const lTitle = 'Inland Moorings and Waterways Act 2019';
const lHeads = ['Part 3 Moorings', 'Registers and charges', '14 Register of moorings', '15 Mooring charges', '16 Removal of abandoned vessels'];
const l14 = [
  '(1) Every navigation authority must keep a register of the moorings it provides or licenses on the waterways for which it is responsible.',
  j(
    '(2) The register must record, for each mooring— (a) its location, (b) the name of the licence holder,',
    '(c) the period of the licence, and (d) the charge payable.',
  ),
  j(
    '(3) The register must be available for inspection by any person, free of charge, at the principal office of the authority',
    'during normal office hours and on a website maintained by the authority.',
  ),
  '(4) An authority must update the register within 28 days of granting, varying or ending a licence.',
];
const l15 = [
  j(
    '(1) A navigation authority may make a charge for the use of a mooring, and the charge may differ according to the size of the',
    'vessel, the season and the services provided at the mooring.',
  ),
  j(
    '(2) Before fixing or increasing a charge the authority must publish a notice of the proposed charge and consider any',
    'representations made to it within the period of 42 days beginning with the date of publication.',
  ),
  '(3) No charge may be increased more than once in any period of twelve months.',
  j(
    '(4) The Secretary of State may by regulations set a maximum charge for residential moorings, and regulations under this',
    'subsection are subject to the negative resolution procedure.',
  ),
];
const l16 = [
  j(
    '(1) Where a vessel has been left at a mooring without a valid licence for a continuous period of at least 90 days, the',
    'navigation authority may remove it after giving notice under subsection (2).',
  ),
  j(
    '(2) The notice must be fixed to the vessel and sent to the last known owner, and must state that the vessel will be removed',
    'if it is not claimed within 30 days.',
  ),
  j(
    '(3) An authority that removes a vessel must keep it safely for a further period of six months, after which it may sell or',
    'dispose of it and apply the proceeds towards its costs of removal and storage.',
  ),
  '(4) Any balance of the proceeds is to be paid to the owner if the owner claims it within one year of the sale.',
];
const lNav = [
  'Home',
  'Understanding Legislation',
  'EU Legislation and UK Law',
  'Browse Legislation',
  'New Legislation',
  'Changes To Legislation',
  'Search Legislation',
];
const lCrumbs = ['UK Public General Acts', '2019 c. 27', 'Part 3', 'Cross Heading: Registers and charges'];
const lTabs = ['Table of Contents', 'Content', 'Explanatory Notes', 'More Resources'];
const lFoot = ['Help', 'Site Map', 'Accessibility', 'Contact Us', 'Privacy Notice', 'Cookies'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${lTitle} - Cross Heading: Registers and charges</title>
<meta name="DC.Title" content="${lTitle}"><meta name="DC.Date.Modified" content="2024-04-01">
<link rel="stylesheet" href="/styles/legislation.css"><script>var legGlobals = { version: 'revised', pit: '2024-04-01' };</script></head>
<body><div id="layout1"><div id="top"><a href="#content" class="skipLink">Skip to main content</a>
<div id="cookieBanner" class="cookie-banner"><p>We use some essential cookies to make this website work. We'd like to set additional cookies to
understand how you use the site.</p><button class="button accept-all">Accept additional cookies</button><button class="button reject-all">Reject
additional cookies</button><a href="/cookiepolicy">View cookies</a></div>
<div id="siteLinks"><a href="/" id="logo">legislation.gov.example</a><ul id="quickSearch">${links(lNav)}</ul></div></div>
<div id="breadCrumb"><h2 class="accessibleText">You are here:</h2><ul>${links(lCrumbs)}</ul></div>
<div id="layout2" class="legContent"><div id="title"><h1 class="pageTitle">${lTitle}</h1></div>
<ul id="legSubNav">${links(lTabs)}</ul>
<div id="legExpandCollapse"><ul><li><a href="#" class="expandCollapseTocLink">Show Timeline of Changes</a></li>
<li><a href="#printOptions" class="printLink">Print Options</a></li></ul></div>
<div id="infoSection"><h2>Status:</h2><p class="intro">Point in time view as at 01/04/2024.</p></div>
<div id="statusWarning" class="uptoDate"><div class="title"><h2>Changes to legislation:</h2></div><div id="statusWarningSubSections">
<p class="intro">There are currently no known outstanding effects for the ${lTitle}, Cross Heading: Registers and charges.</p>
<a href="/changes/affected/ukpga/2019/27" class="more">View outstanding changes</a></div></div>
<ul id="versionTabs"><li class="active"><a href="/ukpga/2019/27/part/3/crossheading/registers">Latest available (Revised)</a></li>
<li><a href="/ukpga/2019/27/part/3/crossheading/registers/enacted">Original (As enacted)</a></li></ul>
<div id="content"><div id="viewLegContents"><div class="LegSnippet" id="viewLegSnippet">
<h2 class="LegPartFirst"><span class="LegPartNo">Part 3</span> <span class="LegPartTitle">Moorings</span></h2>
<h3 class="LegPblock"><span class="LegPblockTitle">Registers and charges</span></h3>
<h4 class="LegP1GroupTitle" id="section-14"><span class="LegP1No">14</span> Register of moorings</h4>
${ps(l14, ' class="LegP2ParaText"')}
<div class="LegAnnotations"><p class="LegAnnotationsGroupHeading">Commencement Information</p><div class="LegCommentaryItem">
<span class="LegCommentaryType">I1</span> <span class="LegCommentaryText">S. 14 in force at 1.4.2020 by S.I. 2020/311, reg. 2</span></div></div>
<h4 class="LegP1GroupTitle" id="section-15"><span class="LegP1No">15</span> Mooring charges</h4>
${ps(l15, ' class="LegP2ParaText"')}
<div class="LegAnnotations"><p class="LegAnnotationsGroupHeading">Modifications etc. (not altering text)</p><div class="LegCommentaryItem">
<span class="LegCommentaryType">C1</span> <span class="LegCommentaryText">S. 15(4) applied by S.I. 2022/1180, reg. 3</span></div></div>
<h4 class="LegP1GroupTitle" id="section-16"><span class="LegP1No">16</span> Removal of abandoned vessels</h4>
${ps(l16, ' class="LegP2ParaText"')}
</div></div>
<div class="prevNextNav"><ul><li class="prev"><a href="/ukpga/2019/27/section/13">Previous: Section 13</a></li>
<li class="next"><a href="/ukpga/2019/27/section/17">Next: Cross Heading: Enforcement</a></li></ul></div>
<div id="printOptions" class="interface"><h2>Print Options</h2><ul><li><a href="#">The Whole Act</a></li><li><a href="#">The Whole Part</a></li></ul></div>
</div></div>
<div id="footer"><ul>${links(lFoot)}</ul><p>All content is available under the Open Government Licence v3.0 except where otherwise stated.</p>
<p>© Crown and database right</p></div></div>
<script src="/scripts/jquery.legislation.js"></script><script>$(function(){ legTimeline.init(); });</script></body></html>`;
const legislation: TestPage = {
  name: 'heldout281-legislation-gov-act-section-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lHeads,
  body: texts([...l14, ...l15, ...l16]),
  bylines: ['Point in time view as at 01/04/2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'legislation.gov.example', ...lNav, 'You are here:', ...lCrumbs, ...lTabs, 'Show Timeline of Changes', 'Status:',
    'Changes to legislation:', `There are currently no known outstanding effects for the ${lTitle}, Cross Heading: Registers and charges.`,
    'View outstanding changes', 'Latest available (Revised)', 'Original (As enacted)', 'Commencement Information',
    'S. 14 in force at 1.4.2020 by S.I. 2020/311, reg. 2', 'Modifications etc. (not altering text)', 'S. 15(4) applied by S.I. 2022/1180, reg. 3',
    'Previous: Section 13', 'Next: Cross Heading: Enforcement', 'Print Options', 'The Whole Act', 'The Whole Part', ...lFoot,
    'All content is available under the Open Government Licence v3.0 except where otherwise stated.', '© Crown and database right',
  ],
};

const eTitle = '§ 618.12 Inspection of rural cisterns.';
const eBody = [
  j(
    '(a) <em>General.</em> Each operator of a rural cistern system that receives funds under this part must have every storage',
    'cistern in the system inspected by a qualified inspector at the intervals set out in paragraph (b) of this section.',
  ),
  '(b) <em>Intervals.</em> Inspections must take place:',
  '(1) Before a new or rebuilt cistern is first filled for public use;',
  '(2) At least once every 24 months for a cistern that holds more than 10,000 gallons;',
  '(3) At least once every 36 months for any other cistern; and',
  '(4) Within 30 days after any flood, earthquake or other event that the State program office determines may have damaged it.',
  j(
    '(c) <em>Scope of inspection.</em> An inspection must examine the structure, lining, roof, vents, overflow and access hatch',
    'of the cistern, and must include a sample of the stored water analyzed for total coliform bacteria by a certified laboratory.',
  ),
  j(
    '(d) <em>Reports.</em> The inspector must give the operator a written report within 14 days of the inspection. The report must',
    'list each defect found and classify it as critical, significant or minor, using the definitions in § 618.3.',
  ),
  j(
    '(e) <em>Corrective action.</em> The operator must correct a critical defect before the cistern is used again, a significant',
    'defect within 90 days, and a minor defect before the next scheduled inspection. The State program office may extend the',
    '90-day period once, by no more than 60 days, if the operator shows that parts or contractors are not available.',
  ),
  j(
    '(f) <em>Records.</em> The operator must keep each inspection report, laboratory result and record of corrective action for',
    'at least ten years and must make them available to the Rural Water Service on request.',
  ),
  j(
    '(g) <em>Waivers.</em> The State program office may waive the sampling requirement of paragraph (c) for a cistern that has',
    'produced no positive coliform result in its last three inspections, but it may not waive the structural examination.',
  ),
];
const eNav = ['Browse', 'Search', 'Recent Changes', 'Reader Aids', 'My FR'];
const eCrumbs = ['Title 52', 'Chapter VI', 'Subchapter B', 'Part 618', 'Subpart C'];
const eFoot = ['About This Site', 'Legal Status', 'Privacy', 'Accessibility', 'FOIA', 'No FEAR Act', 'Continuity Information'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>eCFR :: 52 CFR 618.12 -- Inspection of rural cisterns.</title>
<meta name="description" content="Inspection of rural cisterns"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation",
"name":"52 CFR 618.12","legislationDate":"2026-03-02"}</script></head>
<body class="reader"><div id="app-root" data-react-class="ReaderApp"><div class="usa-banner"><div class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-banner__button">Here's how you know</button>
</div></div>
<header class="site-header"><a class="logo" href="/">eCFR.example</a><nav class="primary-nav"><ul>${links(eNav)}</ul></nav></header>
<div class="content-notification info"><p>The Electronic Code of Federal Regulations (eCFR) is a continuously updated online version of the CFR.
It is not an official legal edition of the CFR.</p><a href="/reader-aids/understanding-the-ecfr">Learn more</a></div>
<div class="reader-container"><aside class="table-of-contents-sidebar"><h3>Table of Contents</h3><ul>
<li><a href="/current/title-52/section-618.11">§ 618.11 Eligible systems.</a></li><li class="current">§ 618.12</li>
<li><a href="/current/title-52/section-618.13">§ 618.13 Reporting to the program office.</a></li></ul></aside>
<main id="main-content"><nav class="breadcrumbs" aria-label="hierarchy"><ul>${links(eCrumbs)}</ul></nav>
<div class="reader-status"><p class="up-to-date">Displaying title 52, up to date as of 3/02/2026. Title 52 was last amended 2/24/2026.</p>
<a href="/compare/2026-03-02/title-52/section-618.12" class="timeline-link">view historical versions</a></div>
<div class="reader-toolbar"><button class="print">Print</button><button class="details">Details</button><button class="subscribe">Subscribe</button></div>
<div id="content-body" class="section" data-hierarchy-metadata='{"title":"52","part":"618","section":"618.12"}'>
<h1 class="section-heading">${eTitle}</h1>
${ps(eBody)}
<p class="citation">[88 FR 41772, June 27, 2023, as amended at 90 FR 10115, Feb. 24, 2025]</p></div>
<div class="section-nav"><a href="/current/title-52/section-618.11" class="previous">Previous</a>
<a href="/current/title-52/section-618.13" class="next">Next</a>
<a href="#top" class="top">Top</a></div></main>
<aside class="drawer details-drawer"><h3>Details</h3><dl><dt>Agency:</dt><dd>Rural Water Service, Department of Agriculture</dd>
<dt>Authority:</dt><dd>7 U.S.C. 1926q</dd></dl><h3>Enhanced Content</h3><ul><li><a href="#">Cross Reference</a></li><li><a href="#">Published Edition</a></li>
<li><a href="#">Developer Tools</a></li></ul></aside></div>
<footer class="site-footer"><ul>${links(eFoot)}</ul><p>A service of the Office of the Federal Register and the Government Publishing Office.</p></footer></div>
<script>window.ECFR = { currentDate: '2026-03-02', section: '618.12' };</script></body></html>`;
const ecfr: TestPage = {
  name: 'heldout281-ecfr-regulation-section-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eBody),
  bylines: ['Displaying title 52, up to date as of 3/02/2026. Title 52 was last amended 2/24/2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'eCFR.example', ...eNav,
    'The Electronic Code of Federal Regulations (eCFR) is a continuously updated online version of the CFR.', 'Learn more', 'Table of Contents',
    '§ 618.11 Eligible systems.', '§ 618.13 Reporting to the program office.', ...eCrumbs, 'view historical versions', 'Print', 'Details', 'Subscribe',
    '[88 FR 41772, June 27, 2023, as amended at 90 FR 10115, Feb. 24, 2025]', 'Previous', 'Next', 'Top', 'Agency:',
    'Rural Water Service, Department of Agriculture', 'Authority:', '7 U.S.C. 1926q', 'Enhanced Content', 'Cross Reference', 'Published Edition',
    'Developer Tools', ...eFoot, 'A service of the Office of the Federal Register and the Government Publishing Office.',
  ],
};

export const HELDOUT281_A: readonly TestPage[] = [legislation, ecfr];
