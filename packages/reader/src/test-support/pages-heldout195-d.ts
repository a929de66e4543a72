import { links, ps, type TestPage, texts } from './page-kit.js';
import { massCourtRelease } from './pages-heldout195-d2.js';

/**
 * Held-out batch 195, file d: a city council meeting minutes page on a CivicPlus CivicEngage site (the "Create a Website Account"
 * bar, sign-in, the mega menu, the search box, the breadcrumb, the page tools "Print / Feedback / Share & Bookmark / Font Size",
 * the minutes with their upper-case agenda headings, motions and votes, the "Respectfully submitted" sign-off, the "Quick Links"
 * and "Agendas & Minutes" side widgets, the "Notify Me" promo, the footer with contact details and "Government Websites by
 * CivicPlus") and, from file d2, a Mass.gov court press release.
 */
const cmTitle = 'City Council Regular Meeting Minutes – April 8, 2025';
const cmH = ['CALL TO ORDER', 'ROLL CALL', 'PUBLIC COMMENT', 'CONSENT AGENDA', 'PUBLIC HEARING', 'NEW BUSINESS', 'ADJOURNMENT'];
const cmP = [
  [
    'Mayor Renata Oyelaran called the regular meeting of the Brackwater City Council to order at 6:30 p.m. in the Council Chambers, 210 ' +
      'Mill Street. Councilmember Fitch led the Pledge of Allegiance.',
  ],
  [
    'Present: Mayor Oyelaran, Councilmembers Fitch, Delacroix-Moore, Anand and Whitcombe. Absent: Councilmember Pruitt (excused). Staff ' +
      'present: City Manager Thomas Kaleo, City Attorney Mei Hartigan and City Clerk Dana Whitlock.',
  ],
  [
    'Gloria Estrada, 14 Larch Court, asked the council to install a crosswalk at Larch Court and Fifth Avenue, noting that children walk ' +
      'to Harmon Elementary along that route.',
    'Ned Polasky, 331 Quarry Road, spoke against the proposed rate increase for water service and asked that the council hold a second ' +
      'public meeting before adopting it.',
  ],
  [
    'Councilmember Anand asked that item 4.C be removed for separate discussion. Motion by Fitch, seconded by Whitcombe, to approve the ' +
      'consent agenda as amended, including the minutes of March 25, 2025, and the claims list in the amount of $1,284,913.07. Motion carried 5-0.',
    'Item 4.C, the purchase of a replacement street sweeper for $318,400. Public Works Director Luis Mbeki explained that the current ' +
      'sweeper is fourteen years old and was out of service for 61 days last year. Motion by Anand, seconded by Delacroix-Moore, to approve ' +
      'the purchase. Motion carried 5-0.',
  ],
  [
    'Ordinance 2025-07, amending Chapter 9.14 of the Municipal Code regarding short-term rental permits. Community Development Director Ana ' +
      'Srinivasan summarized the changes, which cap permits at 120 citywide and require a local contact who can respond within one hour.',
    'Mayor Oyelaran opened the public hearing at 7:02 p.m. Three residents spoke in favor and two spoke against. The hearing was closed at ' +
      '7:19 p.m. Motion by Whitcombe, seconded by Fitch, to adopt Ordinance 2025-07 on first reading. Motion carried 4-1, Delacroix-Moore voting no.',
  ],
  [
    'Resolution 2025-22, authorizing the City Manager to apply for a state Safe Routes to School grant for sidewalk improvements on Fifth ' +
      'Avenue. Council directed staff to include a crosswalk study at Larch Court in the application. Motion by Anand, seconded by Fitch, to ' +
      'adopt Resolution 2025-22. Motion carried 5-0.',
  ],
  ['There being no further business, Mayor Oyelaran adjourned the meeting at 8:04 p.m.'],
];
const cmSign = ['Respectfully submitted,', 'Dana Whitlock, City Clerk', 'Approved by Council: April 22, 2025'];
const cmAccount = 'Create a Website Account - Manage notification subscriptions, save form progress and more.';
const cmNav = ['Government', 'Departments', 'Residents', 'Business', 'Visitors', 'How Do I...'];
const cmCrumbs = ['Home', 'Government', 'City Council', 'Meeting Minutes'];
const cmTools = ['Print', 'Feedback', 'Share & Bookmark', 'Font Size:'];
const cmQuick = ['Agendas & Minutes', 'Council Members', 'Watch Meetings Live', 'Municipal Code', 'Public Comment Form'];
const cmNotify = ['Notify Me®', 'Sign up to receive agendas and minutes by email or text message.', 'Sign Up'];
const cmFoot = ['City of Brackwater', '210 Mill Street', 'Brackwater, OR 97399', 'Phone: 541-555-0148', 'Hours: Monday - Friday, 8 a.m. - 5 p.m.'];
const cmFootLinks = ['Contact Us', 'Site Map', 'Accessibility', 'Copyright Notices', 'Privacy Policy'];
const cmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>City Council Regular Meeting Minutes – April 8, 2025 | Brackwater, OR - Official Website</title>
<meta name="description" content="Minutes of the April 8, 2025 regular meeting of the Brackwater City Council."><meta name="generator" content="CivicPlus">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1631711285/Layout.css?v=202503">
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script><script src="/Assets/Scripts/APIs/GoogleTranslate.js" async></script></head>
<body class="wide"><div id="skipToContentLinks"><a href="#cpsys_Content" class="skipToContentLink">Skip to Main Content</a></div>
<div id="divToolbars"><div class="cpToolbars"><a class="accountLink" href="/MyAccount">${cmAccount}</a></div></div>
<div id="outer-wrap"><header id="bannerContainer"><div class="siteWrap"><a href="/" id="logo"><img alt="Home page"
src="/ImageRepository/Document?documentID=1"></a>
<div class="cpUtilityNav"><a href="/MyAccount" class="signIn">Sign In</a></div>
<div class="search" role="search"><label for="searchField" class="hidden">Search</label><input id="searchField" type="text" value="" placeholder="Search...">
<a href="#" class="searchButton" aria-label="Go to Site Search">Search</a></div>
<nav id="mainNav" aria-label="Main"><ul id="mainNavMenu" class="rootNavMenu">${links(cmNav, 'topMenuItem')}</ul></nav></div></header>
<div id="moduleContent"><div class="breadCrumbs"
id="breadcrumb">${cmCrumbs.map((c, i) => (i < 3 ? `<a class="breadCrumb" href="/${i}">${c}</a> › ` : `<span>${c}</span>`)).join('')}</div>
<div class="pageTools"><ul>${links(cmTools.slice(0, 3), 'pageToolsItem')}<li class="fontSize">${cmTools[3]} <a href="#">+</a> <a href="#">-</a></li></ul></div>
<div class="row outer"><div class="col col-8"><main id="cpsys_Content" role="main"><div class="fr-view" id="pageContent">
<h1 id="versionHeadLine" class="headline">${cmTitle}</h1>
${cmH.map((h, i) => `<h3><strong>${i + 1}. ${h}</strong></h3>\n${ps(cmP[i] ?? [])}`).join('\n')}
<p>${cmSign[0]}<br>${cmSign[1]}</p><p><em>${cmSign[2]}</em></p>
</div></main></div>
<aside class="col col-4"><div class="widget widgetQuickLinks"><h3 class="widgetTitle">Quick Links</h3><ul>${links(cmQuick, 'widgetItem')}</ul>
<a class="viewAll" href="/QuickLinks.aspx">View All Links</a></div>
<div class="widget widgetNotifyMe"><h3 class="widgetTitle">${cmNotify[0]}</h3><p>${cmNotify[1]}</p><a class="button" href="/list.aspx">${cmNotify[2]}</a></div>
</aside></div></div>
<footer id="footer"><div class="siteWrap"><div class="contactInfo">${cmFoot.map((t) => `<p>${t}</p>`).join('')}</div><ul
class="footerLinks">${links(cmFootLinks)}</ul>
<p class="poweredBy"><a href="https://www.civicplus.example">Government Websites by CivicPlus®</a></p></div></footer></div>
<script src="/Assets/Scripts/FrontEnd/FrontEnd.js"></script></body></html>`;
const councilMinutes: TestPage = {
  html: cmHtml,
  name: 'heldout195-civicplus-council-minutes',
  kind: 'docs',
  // the numbered agenda headings are headings ("1. CALL TO ORDER"); the clerk's sign-off and approval date are bylines;
  // the account bar, page tools, side widgets and footer are furniture
  title: cmTitle,
  headings: cmH.map((h, i) => `${i + 1}. ${h}`),
  body: texts(cmP.flat()),
  bylines: cmSign,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', cmAccount, 'Sign In', 'Search', ...cmNav, 'Home', 'City Council', 'Meeting Minutes', ...cmTools, 'Quick Links', ...cmQuick,
    'View All Links', ...cmNotify, ...cmFoot, ...cmFootLinks, 'Government Websites by CivicPlus®',
  ],
};

export const HELDOUT195_D: readonly TestPage[] = [councilMinutes, massCourtRelease];
