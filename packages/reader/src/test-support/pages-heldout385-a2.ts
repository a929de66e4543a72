import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file a2: a US State Department-style travel advisory on the travel.state.gov AEM template (official
 * government banner, header with utility links, mega menu, breadcrumb, the advisory level box with its date line, "If you
 * decide to travel" lists, the right rail of embassy and enrolment links, the footer).
 */
const sTitle = 'Kestrania Travel Advisory';
const sSummary = [
  j('<b>Reconsider travel to Kestrania due to crime and civil unrest.</b> Some areas have increased risk. Read the entire Travel', 'Advisory.'),
  j(
    '<b>Country Summary:</b> Violent crime, such as armed robbery and carjacking, is common in Kestrania’s larger cities. Local police',
    'may lack the resources to respond effectively to serious crime. Demonstrations over fuel prices have occurred in the capital,',
    'Vellamo, and in the port city of Arrun since January and can turn violent with little warning.',
  ),
  j(
    'The U.S. government has limited ability to provide emergency services to U.S. citizens outside Vellamo, as U.S. government',
    'employees must obtain special authorization to travel to the northern provinces.',
  ),
  j(
    'Commercial flights between Vellamo and the United States continue to operate. Travelers should confirm flight times with their',
    'airline, as fuel shortages have led to cancellations of domestic flights to Arrun and other regional airports at short notice.',
  ),
  'Read the country information page for additional information on travel to Kestrania.',
];
const sIf = [
  'Avoid demonstrations and crowds.',
  'Do not display signs of wealth, such as expensive watches or jewelry.',
  'Use caution when walking or driving at night, and keep vehicle doors locked and windows closed.',
  'Enroll in the Smart Traveler Enrollment Program (STEP) to receive alerts and make it easier to locate you in an emergency.',
  'Review the Country Security Report for Kestrania.',
  'Prepare a contingency plan for emergency situations. Review the Traveler’s Checklist.',
];
const sNorth = [
  j(
    '<b>Do not travel</b> to the provinces of Haldor and Mirrow due to armed groups active along the border. Kidnapping for ransom has',
    'been reported on the highway between Haldor and the border crossing at Tessa Gate. U.S. government employees are prohibited from',
    'traveling to these provinces without prior approval.',
  ),
];
const sCoast = [
  j(
    '<b>Exercise increased caution</b> in the coastal resort towns of Sorrel Bay and Lianne because of petty crime. Pickpocketing and',
    'thefts from rental cars and beach bags are frequent during the high season from December to March.',
  ),
  j(
    'Visit our website for <a href="/travelers-with-special-considerations">Travel to High-Risk Areas</a> if you decide to travel to',
    'the northern provinces.',
  ),
];
const sBody = [...sSummary, 'If you decide to travel to Kestrania:', ...sIf, ...sNorth, ...sCoast];
const sTop = ['Travel Advisories', 'MyTravelGov', 'Newsroom', 'About Us', 'Contact Us', 'Careers'];
const sMenu = ['U.S. Passports', 'International Travel', 'U.S. Visas', 'Intercountry Adoption', 'International Parental Child Abduction'];
const sCrumbs = ['Travel.State.Gov', 'Travel Advisories'];
const sRail = ['Embassy in Vellamo', 'Country Information: Kestrania', 'Enroll in STEP', 'Checklist for Travelers'];
const sFoot = ['Privacy', 'Accessibility', 'Disclaimers', 'FOIA', 'No FEAR Act Data', 'Office of the Inspector General', 'USA.gov'];
const lis = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const sHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8">
<title>${sTitle}</title>
<meta name="keywords" content="Kestrania, travel advisory, level 3">
<meta name="description" content="Reconsider travel to Kestrania due to crime and civil unrest. Some areas have increased risk.">
<meta name="template" content="tsg-rwd-content-page-parsysxxl"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/kestrania-travel-advisory.html">
<script type="text/javascript">var digitalData = {page:{pageInfo:{pageName:"tsg:traveladvisories:kestrania",language:"en-US"},category:{primaryCategory:
"traveladvisories"}}};</script>
<link rel="stylesheet" href="/etc/designs/travel/tsg-rwd/clientlibs.min.css" type="text/css">
</head>
<body class="tsg-rwd-body"><div class="tsg-rwd-gov-banner"><p>An official website of the United States government</p>
<button class="tsg-rwd-gov-banner-btn" aria-expanded="false">Here’s how you know</button></div>
<div class="tsg-rwd-header"><div class="tsg-rwd-header-util"><ul>${links(sTop)}</ul></div>
<a class="tsg-rwd-logo" href="/content/travel.html"><img src="/content/dam/tsg-global/tsg-logo.png" alt="Travel.State.Gov logo"></a>
<span class="tsg-rwd-header-tagline">U.S. DEPARTMENT of STATE — BUREAU of CONSULAR AFFAIRS</span>
<nav class="tsg-rwd-main-menu"><ul class="tsg-rwd-main-menu-list">${links(sMenu, 'tsg-rwd-main-menu-item')}</ul></nav>
<form class="tsg-rwd-search" action="/content/travel/en/search.html"><input type="text" placeholder="Search travel.state.gov" name="q">
<button type="submit">Search</button></form></div>
<div class="tsg-rwd-breadcrumb"><ul class="tsg-rwd-breadcrumb-list">${links(sCrumbs, 'tsg-rwd-breadcrumb-item')}
<li class="tsg-rwd-breadcrumb-item current">Kestrania</li></ul></div>
<div class="container tsg-rwd-main-content-area"><div class="row"><div class="col-md-9 tsg-rwd-content-page-parsysxxl">
<div class="tsg-rwd-emergency-alert-text"><h1>${sTitle}</h1></div>
<div class="tsg-rwd-travel-advisory-level-3 tsg-rwd-eab-level-box"><div class="tsg-rwd-eab-title-frame">
<span class="tsg-rwd-eab-title-level">Level 3: Reconsider Travel</span></div>
<div class="tsg-rwd-eab-date-frame"><p class="tsg-rwd-eab-date">Travel Advisory</p><p class="tsg-rwd-eab-date">March 9, 2026</p></div></div>
<div class="tsg-rwd-social-share"><span>Share this page:</span><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a>
<a href="#" class="em">Email</a></div>
<div class="tsg-rwd-emergency-alert-text tsg-rwd-update-text"><p class="tsg-rwd-update-date">Last Update: Reissued with updates to crime and
civil unrest information.</p></div>
<div class="tsg-rwd-emergency-alert-text">${ps(sSummary)}
<p>If you decide to travel to Kestrania:</p><ul>${lis(sIf)}</ul>
<h3>Haldor and Mirrow Provinces – Level 4: Do Not Travel</h3>${ps(sNorth)}
<h3>Sorrel Bay and Lianne – Level 2: Exercise Increased Caution</h3>${ps(sCoast)}</div>
<div class="tsg-rwd-table-tooltip"><p class="tsg-rwd-last-updated">Last Updated: March 9, 2026</p></div></div>
<div class="col-md-3 tsg-rwd-right-rail"><div class="tsg-rwd-rr-box"><h3 class="tsg-rwd-rr-box-title">Travel Advisory Levels</h3>
<ul class="tsg-rwd-level-legend"><li class="level1">Level 1: Exercise Normal Precautions</li><li class="level2">Level 2: Exercise Increased
Caution</li><li class="level3">Level 3: Reconsider Travel</li><li class="level4">Level 4: Do Not Travel</li></ul></div>
<div class="tsg-rwd-rr-box"><h3 class="tsg-rwd-rr-box-title">Assistance for U.S. Citizens</h3><ul>${links(sRail)}</ul>
<p class="tsg-rwd-rr-phone">From the U.S.: +1 888-407-4747</p></div></div></div></div>
<footer class="tsg-rwd-footer"><div class="tsg-rwd-footer-links"><ul>${links(sFoot)}</ul></div>
<p class="tsg-rwd-footer-text">This site is managed by the Bureau of Consular Affairs, U.S. Department of State. External links to other Internet sites
should not be construed as an endorsement of the views or privacy policies contained therein.</p></footer>
<script src="/etc/designs/travel/tsg-rwd/clientlibs.min.js"></script></body></html>`;
export const usState: TestPage = {
  name: 'heldout385-state-travel-advisory-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Haldor and Mirrow Provinces – Level 4: Do Not Travel', 'Sorrel Bay and Lianne – Level 2: Exercise Increased Caution'],
  body: texts(sBody),
  bylines: ['March 9, 2026', 'Last Update: Reissued with updates to crime and civil unrest information.', 'Last Updated: March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here’s how you know', ...sTop, 'U.S. DEPARTMENT of STATE — BUREAU of CONSULAR AFFAIRS',
    ...sMenu, 'Search', ...sCrumbs, 'Level 3: Reconsider Travel', 'Share this page:', 'Facebook', 'Email', 'Travel Advisory Levels',
    'Level 1: Exercise Normal Precautions', 'Assistance for U.S. Citizens', ...sRail,
    'From the U.S.: +1 888-407-4747', ...sFoot,
    'This site is managed by the Bureau of Consular Affairs, U.S. Department of State.',
  ],
};
