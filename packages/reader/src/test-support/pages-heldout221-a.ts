import { links, ps, type TestPage, texts } from './page-kit.js';
import { gpNewsletter } from './pages-heldout221-a2.js';

/**
 * Held-out batch 221, file a: a town council's meeting minutes on a CivicPlus CivicEngage site (skip link, alert bar with
 * "Notify Me", Google Translate widget, search box, mega menu, breadcrumbs, the minutes in the editor widget with the motions,
 * the roll call and vote tallies, a sidebar of quick links with the agenda and video links, page tools, footer contact and
 * "Government Websites by CivicPlus®") and, from file a2, a neighbourhood association's newsletter post on WordPress.
 */
const cpTitle = 'Town Council Regular Meeting Minutes – March 11, 2025';
const cpIntro = [
  'The regular meeting of the Wexley Falls Town Council was held on Tuesday, March 11, 2025, in the Council Chambers of Town Hall, ' +
    '40 Depot Street. The meeting was also streamed on WFTV-13 and the Town’s YouTube channel.',
];
const cpH = ['Call to Order', 'Roll Call', 'Public Comment', 'Consent Agenda', 'New Business', 'Council Reports', 'Adjournment'];
const cpP1 = ['Council President Harriet Odom called the meeting to order at 7:00 p.m. and led the Pledge of Allegiance.'];
const cpRoll = [
  'Present: Council President Harriet Odom, Vice President Luis Ferreira, Councilors Anne Marchetti, Dwayne Pruitt and Soo-jin Park.',
  'Also present: Town Manager Gregory Vance, Town Attorney Melissa Crane and Town Clerk Denise Kowalczyk.',
  'Absent: none.',
];
const cpP2 = [
  'Three residents spoke. Ruth Ellison of Orchard Lane asked the Council to add a crosswalk at the corner of Orchard Lane and Main ' +
    'Street, where she said cars routinely fail to stop for children walking to the middle school.',
  'Tomás Reyes of Canal Street thanked the Public Works Department for the quick repair of the water main break on February 28 and ' +
    'asked whether residents would be reimbursed for basement flooding. The Town Manager said claims forms are available from the ' +
    'Clerk’s office and will be reviewed by the Town’s insurer.',
  'Beverly Nunn of Hillcrest Road spoke in favor of the proposed library hours expansion.',
];
const cpP3 = [
  'Councilor Pruitt moved to approve the consent agenda, seconded by Councilor Park. The consent agenda included the minutes of the ' +
    'February 25, 2025 regular meeting, the warrant list in the amount of $412,883.17, and the renewal of the annual Memorial Day ' +
    'parade permit. Motion carried 5-0.',
];
const cpNewBiz = [
  'Resolution 2025-14, authorizing the Town Manager to apply for a state Safe Routes to School grant of up to $250,000 for ' +
    'sidewalks and crossings near Wexley Falls Middle School. Moved by Councilor Marchetti, seconded by Vice President Ferreira. ' +
    'After discussion of the Orchard Lane crossing raised in public comment, the Manager agreed to include it in the application. ' +
    'Motion carried 5-0.',
  'Ordinance 2025-03, amending Chapter 112 of the Town Code to extend Sunday hours at the Wexley Falls Public Library from 1:00 p.m. ' +
    'to 5:00 p.m., first reading. Moved by Councilor Park, seconded by Councilor Pruitt. The second reading and public hearing will ' +
    'be held on March 25, 2025. Motion carried 4-1, Councilor Marchetti opposed, citing the cost of additional staff hours.',
  'Award of the 2025 road resurfacing contract to Dunmore Paving Co. in the amount of $1,186,400, the lowest responsible bid of ' +
    'four received. Moved by Vice President Ferreira, seconded by Councilor Pruitt. Motion carried 5-0.',
];
const cpP4 = [
  'Councilor Park reported that the Parks and Recreation Commission will hold its spring cleanup at Riverside Park on April 12 and ' +
    'is looking for volunteers. Vice President Ferreira reminded residents that the dog license renewal deadline is March 31.',
  'The Town Manager reported that the draft Fiscal Year 2026 budget will be presented at the April 8 meeting, and that the ' +
    'Finance Committee will hold two public workshops on the budget in April.',
];
const cpP5 = [
  'There being no further business, Councilor Pruitt moved to adjourn, seconded by Councilor Marchetti. Motion carried 5-0. The ' +
    'meeting adjourned at 8:42 p.m.',
  'Respectfully submitted, Denise Kowalczyk, Town Clerk. Approved by the Town Council on March 25, 2025.',
];
const cpNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cpMenu = ['Agendas & Minutes', 'Town Council', 'Boards & Commissions', 'Town Code', 'Elections', 'Budget & Finance'];
const cpCrumbs = ['Home', 'Government', 'Town Council', 'Meeting Minutes'];
const cpSide = ['Agenda – March 11, 2025 (PDF)', 'Watch the Meeting Video', 'Minutes Archive', 'Council Members', 'Contact the Town Clerk'];
const cpAlert = 'Town Hall will open at 10 a.m. on Friday, March 14, due to a scheduled power outage.';
const cpTools = ['Print', 'Feedback', 'Share & Bookmark', 'Font Size:'];
const cpFootQuick = ['Pay Your Taxes', 'Report a Concern', 'Job Openings', 'Trash & Recycling', 'Permits'];
const cpFootSite = ['Home', 'Site Map', 'Accessibility', 'Copyright Notices', 'Contact Us'];
const cpContact = ['Town of Wexley Falls', '40 Depot Street', 'Wexley Falls, VT 05091', 'Phone: 802-555-0140', 'Hours: Monday - Friday 8:00 a.m. - 4:30 p.m.'];
const cpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Town Council Regular Meeting Minutes – March 11, 2025 | Wexley Falls, VT - Official Website</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Minutes of the March 11, 2025 regular meeting.">
<meta property="og:title" content="Town Council Regular Meeting Minutes – March 11, 2025"><meta property="og:site_name" content="Wexley Falls, VT">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1437781235.css">
<script src="/Assets/Scripts/jQuery/jquery-2.2.4.min.js"></script><script src="/Assets/Scripts/APIClient.js"></script>
<script>var intCountryCode = 840; var frontEndLink = true; window.isRemoveSetHeights = false;</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WX31P0"></script></head>
<body class="wide40 ContentNoDivider"><div id="skipToContentLinks"><a href="#cpsys_FocusAfterSkip" class="skipToContentLink"
tabindex="1">Skip to Main Content</a></div>
<div id="outer-wrap" class="outer-wrap"><div id="inner-wrap"><div id="bodyWrapper">
<div id="alertsDiv" class="alertsDiv" role="region" aria-label="Alerts"><div class="alert-banner" data-alert-id="221">
<h2 class="alertTitle">Alerts</h2><a class="alert-link" href="/AlertCenter.aspx?AID=221">${cpAlert}</a>
<a class="notifyMe" href="/list.aspx">Notify Me®</a><button class="closeAlert" aria-label="Close alert">Close</button></div></div>
<header id="cpHeader" class="siteHeader" role="banner"><div class="cpGrid"><a id="logo" href="/" title="Home"><img alt="Wexley Falls, VT Homepage"
src="/ImageRepository/Document?documentID=1"></a>
<div id="google_translate_element" class="translate"><span class="goog-te-gadget">Select Language</span><span
class="poweredBy">Powered by Google Translate</span></div>
<div class="cpSearch" id="cpsearch" role="search"><form action="/Search" method="get"><label for="searchField" class="hidden">Search</label>
<input id="searchField" name="searchPhrasePageTop" type="text" placeholder="Search..."><button class="searchButton" type="submit">Search</button></form></div>
<nav class="siteNav" id="mainNav" role="navigation" aria-label="Main"><ul id="mainNavMenu" class="mainNavMenu" role="menubar">
${links(cpNav, 'topMenuItem')}</ul><div class="megaMenu hidden" aria-hidden="true"><ul
class="megaMenuList">${links(cpMenu, 'megaMenuItem')}</ul></div></nav></div></header>
<div id="divContainer"><div class="bodyContainer"><div class="breadCrumbWrapper"><ol class="breadCrumbs" aria-label="Breadcrumbs">
${cpCrumbs.map((t, i) => (i < cpCrumbs.length - 1 ? `<li><a href="/${i}">${t}</a></li>` : `<li class="current">${t}</li>`)).join('\n')}</ol></div>
<div class="pageTools" role="toolbar"><ul>${cpTools.map((t) => `<li><a class="pageTool" href="#">${t.replace(/&/g, '&amp;')}</a></li>`).join('')}
<li><a class="fontUp" href="#" title="Increase font size">+</a></li><li><a class="fontDown" href="#" title="Decrease font size">-</a></li></ul></div>
<div class="row outer wide"><div class="col col1 first last" data-cprole="contentContainer" id="cpsys_FocusAfterSkip">
<div class="pageTitle"><h1 id="versionHeadLine" class="headline">${cpTitle}</h1></div>
<div class="widget editor pageStyles_1 " data-widget-type="editor" data-widget-id="5f1a"><div class="widgetBody">
<div class="fr-view"><div class="pageContent">
${ps(cpIntro)}
<h2>${cpH[0]}</h2>${ps(cpP1)}
<h2>${cpH[1]}</h2><ul>${cpRoll.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${cpH[2]}</h2>${ps(cpP2)}
<h2>${cpH[3]}</h2>${ps(cpP3)}
<h2>${cpH[4]}</h2><ol>${cpNewBiz.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${cpH[5]}</h2>${ps(cpP4)}
<h2>${cpH[6]}</h2>${ps(cpP5)}
</div></div></div></div></div>
<div class="col col2 sidebar" data-cprole="sidebar"><div class="widget quickLinks"><h3 class="widgetTitle">Related Links</h3>
<ol class="standardList">${links(cpSide, 'widgetItem')}</ol></div>
<div class="widget contactWidget"><h3 class="widgetTitle">Town Clerk</h3><p class="contactName">Denise Kowalczyk</p>
<p class="contactPhone">Phone: 802-555-0143</p><p class="contactEmail"><a
href="/Directory.aspx?EID=12">Email the Town Clerk</a></p></div></div></div></div></div>
<footer id="cpFooter" role="contentinfo"><div class="footerGrid"><div class="footerCol"><h3>Contact Us</h3>${ps(cpContact, ' class="footerAddress"')}</div>
<div class="footerCol"><h3>Quick Links</h3><ul>${links(cpFootQuick)}</ul><a class="viewAll" href="/QuickLinks.aspx">/QuickLinks.aspx</a></div>
<div class="footerCol"><h3>Site Links</h3><ul>${links(cpFootSite)}</ul></div></div>
<div class="poweredBy"><a href="http://www.civicplus.com/" target="_blank">Government Websites by CivicPlus®</a></div></footer>
</div></div></div>
<div id="cookieBanner" class="cpCookieBanner" role="dialog" aria-label="Cookie notice"><p>This site uses cookies to improve your experience.
By continuing to browse you agree to our use of cookies.</p><button class="acceptCookies">Accept</button></div>
<script src="/Assets/Scripts/CivicPlus/FrontEnd.min.js"></script></body></html>`;
const civicplusMinutes: TestPage = {
  name: 'heldout221-civicplus-council-minutes',
  kind: 'docs',
  html: cpHtml,
  // the clerk's sign-off and approval line are part of the minutes (body); the sidebar contact card is furniture
  title: cpTitle,
  headings: cpH,
  body: texts([...cpIntro, ...cpP1, ...cpRoll, ...cpP2, ...cpP3, ...cpNewBiz, ...cpP4, ...cpP5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Alerts', cpAlert, 'Notify Me®', 'Close', 'Select Language', 'Powered by Google Translate', 'Search', ...cpNav, ...cpMenu,
    ...cpCrumbs, ...cpTools, 'Related Links', ...cpSide, 'Town Clerk', 'Phone: 802-555-0143', 'Email the Town Clerk', 'Contact Us', ...cpContact,
    'Quick Links', ...cpFootQuick, '/QuickLinks.aspx', 'Site Links', ...cpFootSite, 'Government Websites by CivicPlus®',
    'This site uses cookies to improve your experience. By continuing to browse you agree to our use of cookies.', 'Accept',
  ],
};

export const HELDOUT221_A: readonly TestPage[] = [civicplusMinutes, gpNewsletter];
