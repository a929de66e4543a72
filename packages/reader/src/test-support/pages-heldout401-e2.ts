import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout401-kit.js';

/**
 * Held-out batch 401, file e2: a city building permit start page on CivicPlus CivicEngage (the Google Translate link, the
 * mega menu, the "Notify Me" / "Agendas & Minutes" quick links, breadcrumbs, the `fr-view` editor content with the "Apply
 * Online" button, a plan review table, the Quick Links and contact widgets, the "Print", "Feedback" and "Share" page tools and
 * the "Government Websites by CivicPlus" footer).
 */
const pTitle = 'Apply for a Building Permit';
const pIntro = [
  j(
    'A building permit is required before you build, enlarge, move, demolish or change the use of any building in the City of Marlow',
    'Springs. Most permits are now applied for, paid and tracked online through the Citizen Permit Portal.',
  ),
];
const pNeeds = ['You need a permit for:'];
const pList = [
  'new homes, additions, garages and carports',
  'decks more than 30 inches above the ground',
  'roof replacement when more than a quarter of the sheathing is replaced',
  'fences taller than 6 feet and retaining walls taller than 4 feet',
  'new or changed electrical, plumbing or heating systems',
];
const pNoNeed = ['You do not need a permit for painting, flooring, cabinets or a detached shed of 120 square feet or less.'];
const pSteps = [
  'Create an account on the Citizen Permit Portal and choose the permit type.',
  'Upload a site plan and, for structural work, construction drawings as PDF files.',
  'Pay the plan review fee. The rest of the permit fee is due when the permit is issued.',
  'Watch for comments from reviewers and upload corrected plans if asked.',
  'Post the issued permit where it can be seen from the street.',
];
const pRows = [
  ['Residential alteration or deck', '5 business days'],
  ['New single-family home', '15 business days'],
  ['Commercial tenant improvement', '20 business days'],
];
const pOwner = [
  j(
    'Owner-occupiers may pull their own permit for work on the home they live in. Licensed contractors must be registered with the city',
    'before they can apply, and their registration number is checked when the application is submitted.',
  ),
  j(
    'Permits expire if work does not start within 180 days of issue, or if no inspection is passed for 180 days. You can ask for one',
    '90-day extension through the portal before the permit expires, with a short note explaining the delay.',
  ),
];
const pInspect = [
  j(
    'Request inspections through the portal by 3 p.m. for an inspection the next business day. Someone 18 or older must be on site, and',
    'the approved plans must be available for the inspector.',
  ),
];
const pHeadings = ['When you need a permit', 'How to apply', 'Plan review times', 'Inspections'];
const pMenu = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const pQuick = ['Notify Me®', 'Agendas & Minutes', 'Online Payments', 'Bids'];
const pCrumbs = ['Home', 'Departments', 'Community Development', 'Building Division'];
const pSide = ['Permit Fee Schedule', 'Residential Deck Guide', 'Contractor Registration', 'Inspection Checklists'];
const pFoot = ['Contact Us', 'Site Map', 'Accessibility', 'Copyright Notices', 'Privacy Policy'];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Apply for a Building Permit | Marlow Springs, ID - Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Building permits, plan review times and inspections.">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1215437123.css">
<script src="/Assets/Scripts/jQuery/jquery-3.6.0.min.js"></script>
<script>var intCountryCode = 840; var strVersion = "GovOS CMS 2026.2";</script></head>
<body class="wide"><div id="skipToContentLinks"><a href="#contentarea" class="skipToContentLink">Skip to Main Content</a></div>
<div id="outer-wrap"><div id="bannerDiv"><div id="google_translate_element" class="translate"><a href="#" class="goog-te-menu-value">Select Language</a></div>
<header class="siteHeader"><a id="logo" href="/" title="Marlow Springs, ID Homepage"><img src="/ImageRepository/Document?documentID=12" alt="Marlow
Springs, ID Homepage"></a>
<nav id="mainNav"><ol id="mainNavMenu" class="rootNavMenu" role="menu">${links(pMenu, 'topMenuItem')}</ol></nav>
<div id="quickLinksBar" class="widget"><ul>${links(pQuick, 'widgetItem')}</ul></div>
<div id="searchBox"><input type="text" id="searchField" placeholder="Search..." aria-label="Search"></div></header></div>
<div id="contentarea" class="contentarea"><div id="breadcrumb" class="breadCrumbs"><ol>${links(pCrumbs)}</ol></div>
<div class="row outer wide"><div class="col col1 first"><div class="pageStyles">
<div class="widget editor pageStyles wide" id="widget_1642_4021"><div class="widgetHeader"><h1 class="widgetTitle">${pTitle}</h1></div>
<div class="widgetBody"><div id="divEditor4021" class="fr-view">${ps(pIntro)}
<p><a class="fr-strong button" href="https://permits.marlowsprings.example/portal">Apply Online</a></p>
<h2>${pHeadings[0] ?? ''}</h2>${ps(pNeeds)}<ul>${lis(pList)}</ul>${ps(pNoNeed)}
<h2>${pHeadings[1] ?? ''}</h2><ol>${lis(pSteps)}</ol>${ps(pOwner)}
<h2>${pHeadings[2] ?? ''}</h2><table class="fr-table-bordered"><thead><tr><th>Project type</th><th>Target for first review</th></tr></thead>
<tbody>${rows(pRows)}</tbody></table>
<h2>${pHeadings[3] ?? ''}</h2>${ps(pInspect)}</div></div></div></div></div>
<div class="col col2 last"><div class="widget relatedLinks"><h3 class="widgetTitle">Quick Links</h3><ol>${links(pSide, 'widgetItem')}</ol>
<a class="viewAll" href="/QuickLinks.aspx?CID=14">View All Links</a></div>
<div class="widget contactWidget"><h3 class="widgetTitle">Contact Us</h3><p class="contactName">Building Division</p>
<p>City Hall, Room 204<br>
310 Main Street<br>
Marlow Springs, ID 83720</p><p>Phone: 208-555-0174</p></div></div></div>
<div class="pageToolsWrap"><ul class="pageTools"><li><a href="#" class="print">Print</a></li><li><a href="/FormCenter/Feedback"
class="feedback">Feedback</a></li>
<li><a href="#" class="share">Share &amp; Bookmark</a></li><li><a href="#" class="fontSize">Font Size:</a></li></ul></div></div>
<footer id="footer"><div class="footerSiteInfo"><p>City of Marlow Springs, 310 Main Street, Marlow Springs, ID 83720</p><ul>${links(pFoot)}</ul></div>
<div class="footerCivicPlus"><a href="https://www.civicplus.example">Government Websites by <span>CivicPlus®</span></a></div></footer></div>
<script src="/Assets/Scripts/APIClient.js"></script></body></html>`;
export const civicPermit: TestPage = {
  name: 'heldout401-civicplus-building-permit',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeadings,
  body: texts([...pIntro, ...pNeeds, ...pList, ...pNoNeed, ...pSteps, ...pOwner, ...pRows.flat(), ...pInspect]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Select Language', ...pMenu, ...pQuick, ...pCrumbs, 'Apply Online', 'Project type', 'Target for first review', 'Quick Links',
    ...pSide,
    'View All Links', 'Contact Us', 'City Hall, Room 204 310 Main Street Marlow Springs, ID 83720', 'Phone: 208-555-0174', 'Print', 'Feedback',
    'Share & Bookmark',
    'Font Size:', 'City of Marlow Springs, 310 Main Street, Marlow Springs, ID 83720', ...pFoot, 'Government Websites by CivicPlus®',
  ],
};
