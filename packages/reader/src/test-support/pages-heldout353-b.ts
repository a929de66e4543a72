import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file b: a committee meeting's minutes on a ModernGov (Civica) site, with its item table, attendance
 * block and document links, and a US city's News Flash article on CivicPlus CivicEngage with its tools bar and category rail.
 */
const mTitle = 'Minutes of the Environment and Transport Committee, Tuesday 10 February 2026 7.00 pm';
const mH = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Winter maintenance review', 'Riverside car park charges'];
const m1 = ['Apologies were received from Councillors Dunmore and Petrakis. Councillor Ashby attended as a substitute for Councillor Dunmore.'];
const m2 = ['Councillor Hewlett declared a non-pecuniary interest in item 5 as a resident of Riverside Road, and took part in the discussion.'];
const m3 = ['RESOLVED: That the minutes of the meeting held on 9 December 2025 be approved as a correct record and signed by the Chair.'];
const m4 = [
  j(
    'The Head of Highways introduced the report, which reviewed the gritting season to the end of January. The council had treated',
    'the priority network on 38 nights, compared with 29 the previous winter, and had used 4,200 tonnes of salt against a stock of',
    '6,000 tonnes. Two gritters had been out of service for a week in early January after a hydraulic fault.',
  ),
  j(
    'Members asked about footways near schools and the village centres that had not been treated during the cold spell. The officer',
    'explained that footways were not on the priority network, but that 140 grit bins had been refilled and that parish councils',
    'could request additional bins before next winter.',
  ),
  j(
    'Councillor Ashby asked whether the budget would be overspent. The officer replied that the salt budget was expected to be',
    'overspent by around 60,000 pounds, which would be met from the winter reserve.',
  ),
  'RESOLVED: That the committee',
];
const m4List = [
  'notes the performance of the winter service to date;',
  'asks officers to report back in June on options for treating footways outside schools; and',
  'recommends that the winter reserve is restored to its previous level in the 2026/27 budget.',
];
const m5 = [
  j(
    'The committee considered proposals to introduce charges at the Riverside car park, which is currently free for up to three',
    'hours. The report set out a tariff of 1 pound for two hours and 3 pounds for the day, with free parking after 6pm and on Sundays.',
  ),
  j(
    'A representative of the Riverside Traders Association addressed the committee and said that shops had lost trade since the',
    'closure of the bank branch and that charges would drive shoppers to the retail park. Members discussed the cost of maintaining',
    'the car park, which the report put at 48,000 pounds a year, and the risk of displaced parking in nearby streets.',
  ),
  j(
    'Following a vote (5 in favour, 4 against), it was RESOLVED: That a statutory consultation on the proposed tariff be carried',
    'out, with the results reported to the committee in April before any decision is taken.',
  ),
];
const mAttend = [
  'Councillor Maeve Torrance (Chair)',
  'Councillor Rhys Hewlett (Vice-Chair)',
  'Councillors Ashby, Coulter, Ferris, Ngata, Oduya, Pell and Quayle',
];
const mLeft = ['Your Councillors', 'Committees', 'Calendar', 'Decisions', 'Forward Plans', 'Library', 'Search documents', 'Subscribe to updates'];
const mDocs = ['Agenda frontsheet PDF 182 KB', 'Printed minutes PDF 214 KB', 'Agenda reports pack PDF 3 MB'];
const item = (n: number, h: string, body: string): string => `<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">${n}.</p></td>
<td><p class="mgAiTitleTxt"><a name="ai4511${n}"></a><h2 class="mgAiTitleTxt mgSubSubTitleTxt">${h}</h2></p>
<div class="mgWordPara">${body}</div>
<p class="mgSubItemTitleTxt">Minutes:</p></td></tr>`;
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda for Environment and Transport Committee on Tuesday, 10th February, 2026, 7.00 pm - Moorbury Council</title>
<meta name="DC.title" content="Environment and Transport Committee - 10 February 2026"><meta name="DC.creator" content="Moorbury Council">
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"><link rel="stylesheet" href="/jquery-ui/css/Smoothness/jquery-ui.min.css">
<script src="/jquery-ui/js/jquery-3.6.4.min.js"></script><script>var mgPageLoaded = false; $(function(){ mgPageLoaded = true; });</script></head>
<body><div id="mgSiteHeader"><a href="https://www.moorbury.gov.example"><img src="/SiteSpecific/res/img/logo.png" alt="Moorbury Council"></a>
<a class="mgSkipLink" href="#modgov">Skip to content</a></div>
<div id="mgBreadcrumbs"><ul class="mgBreadcrumb">${links(['Home', 'Committees', 'Environment and Transport Committee', 'Meeting'])}</ul></div>
<div id="mgLeftNav"><ul class="mgActionList">${links(mLeft)}</ul></div>
<div id="modgov"><div class="mgContent"><h1 class="mgMainTitleTxt">${mTitle}</h1>
<div class="mgSubTitle"><p class="mgSubTitleTxt">Venue: Council Chamber, Moorbury Town Hall, Market Square</p>
<p class="mgSubTitleTxt">Contact: Priya Lenaghan, Democratic Services Officer, 01632 960418</p></div>
<div class="mgLinks"><ul class="mgActionList">${links(['Webcast: View the webcast', 'Agenda', 'Attendance', 'Printed minutes'])}</ul></div>
<div class="mgSectionTitle"><h2 class="mgSectionTitle">Attendance</h2></div><ul class="mgBulletList">${lis(mAttend)}</ul>
<h2 class="mgSectionTitle">Items</h2><table class="mgItemTable" summary="Table of items for the meeting">
${item(1, mH[0] ?? '', ps(m1))}
${item(2, mH[1] ?? '', ps(m2))}
${item(3, mH[2] ?? '', ps(m3))}
${item(
  4,
  mH[3] ?? '',
  `${ps(m4)}<ol type="a">${lis(m4List)}</ol><p class="mgSupportingDocs">Supporting documents:</p><ul class="mgBulletList">${links([
    'Winter maintenance review report, item 4 PDF 611 KB',
  ])}</ul>`,
)}
${item(5, mH[4] ?? '', ps(m5))}
</table><p class="mgMeetingEnd">The meeting ended at 9.12 pm</p>
<h2 class="mgSectionTitle">Documents</h2><ul class="mgBulletList">${links(mDocs)}</ul></div></div>
<div id="mgFooter"><ul>${links(['Accessibility', 'Privacy', 'Contact Democratic Services'])}</ul><p>Powered by ModernGov</p></div></body></html>`;
const minutes: TestPage = {
  name: 'heldout353-moderngov-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...m1, ...m2, ...m3, ...m4, ...m4List, ...m5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Committees', 'Environment and Transport Committee', 'Meeting', ...mLeft,
    'Venue: Council Chamber, Moorbury Town Hall, Market Square', 'Contact: Priya Lenaghan, Democratic Services Officer, 01632 960418',
    'Webcast: View the webcast', 'Agenda', 'Attendance', 'Printed minutes', ...mAttend, 'Items', 'Minutes:', 'Supporting documents:',
    'Winter maintenance review report, item 4 PDF 611 KB', 'The meeting ended at 9.12 pm', 'Documents', ...mDocs, 'Accessibility', 'Privacy',
    'Contact Democratic Services', 'Powered by ModernGov',
  ],
};

const cTitle = 'Spring Hydrant Flushing Begins March 16';
const cBody = [
  j(
    'The City of Pine Hollow Water Division will begin its annual spring hydrant flushing program on Monday, March 16. Crews will',
    'work through the city one zone at a time, starting in the northwest and finishing in the Old Mill district by the end of April.',
  ),
  j(
    'Flushing sends a high-speed flow of water through the mains to remove sediment and mineral deposits that build up over the',
    'winter. It also lets crews check that each of the city’s 2,310 hydrants opens, closes and drains properly, which matters',
    'for fire protection.',
  ),
  j(
    'While crews are working in your area, you may notice lower water pressure or discolored water. The water remains safe to',
    'drink. If your water looks cloudy or rusty, run the cold tap for five to ten minutes until it runs clear, and avoid doing',
    'laundry until then so that clothes are not stained.',
  ),
  'Residents can help by following a few simple steps:',
];
const cList = [
  'Check the flushing map each morning to see which zone crews will be working in that day.',
  'Do not park within 15 feet of a hydrant, so that crews can reach it.',
  'Drive slowly around crews and water running in the street.',
  'Report a hydrant that is leaking or damaged to the Water Division at 555-0148.',
];
const cEnd = [
  j(
    'Flushing is scheduled zone by zone so that no street is affected for more than one day. Shops and services that rely on water for',
    'their operations, such as restaurants and laundromats, will receive a door hanger two days before crews arrive.',
  ),
  j(
    'Crews work Monday through Friday from 7:30 a.m. to 3:30 p.m. Work may be moved if temperatures drop below freezing, because',
    'flushing water can freeze on the road surface.',
  ),
  j(
    '“Flushing is one of the simplest things we do to keep water quality high,” said Water Division Superintendent Carla Benning.',
    '“We appreciate everyone’s patience for the few hours we are on their street.”',
  ),
];
const cNav = ['Government', 'Departments', 'Community', 'Business', 'How Do I...'];
const cCats = ['All Categories', 'City News', 'Public Works', 'Parks & Recreation', 'Police Department', 'Utility Billing'];
const cTools = ['RSS', 'Notify Me®', 'Print', 'Email'];
const cFoot = ['Contact Us', 'Site Map', 'Accessibility', 'Copyright Notices', 'Privacy Policy'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Flash • Pine Hollow, OH • CivicEngage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Pine Hollow, OH - Official Website">
<link rel="stylesheet" href="/Assets/Styles/Print.css" media="print"><link rel="stylesheet" href="/-1832261040.css">
<script src="/Assets/Scripts/jQuery/jquery-3.7.1.min.js"></script><script>var _gaq = _gaq || []; var pageID = 'newsflash'; var AID = 1184;</script>
</head><body class="wide newsflash"><div id="skipToContentLinks"><a href="#cc5f8c90dc-b4cf-4bee-9c03-7d8fa2eb5e5e" class="skipToContentLink">
Skip to Main Content</a></div>
<div id="bodyWrapper"><div id="outer-wrap"><header id="bannerDiv"><div id="bannerLogo"><a href="/">
<img alt="Homepage" src="/ImageRepository/Document?documentID=11"></a></div>
<nav id="mainNav"><ul id="mainNavMenu" class="mainNavMenu">${links(cNav, 'topMenuItem')}</ul></nav>
<div id="searchDiv"><label for="searchField" class="hidden">Search</label><input type="text" id="searchField" placeholder="Search..."></div></header>
<div id="divBreadCrumbs" class="breadCrumbContainer"><ol class="breadCrumbs">${links(['Home', 'News Flash'])}</ol></div>
<div id="contentarea"><div class="moduleContentNew"><div id="newsFlashModule"><h2 class="subhead1">News Flash</h2>
<div class="moduleContentNew fr-view" id="cc5f8c90dc-b4cf-4bee-9c03-7d8fa2eb5e5e"><div id="ItemDetail"><div class="Print_Email">
<ul class="detailTools">${links(cTools, 'tool')}</ul></div>
<h3 class="subhead2">Public Works</h3><article class="single"><h1 class="h3" id="newsFlashTitle">${cTitle}</h1>
<span class="date">Posted on: March 9, 2026</span>
<div class="fr-view intro">${ps(cBody)}<ul>${lis(cList)}</ul>${ps(cEnd)}</div>
<figure class="image"><img src="/ImageRepository/Document?documentID=2217" alt="Water crew flushing a hydrant">
<figcaption>A Water Division crew flushes a hydrant on Cedar Avenue. Photo: City of Pine Hollow</figcaption></figure>
<p class="shareThis">
<a href="#" class="share facebook">Facebook</a> <a href="#" class="share twitter">X</a> <a href="#" class="share email">Share by Email</a></p>
</article><p class="returnLink"><a href="/CivicAlerts.aspx">Return to full list &gt;&gt;</a></p></div></div></div>
<aside class="sidebar"><div class="categories"><h3>Categories</h3><ul>${links(cCats)}</ul></div>
<div class="notifyMe"><h3>Sign up for News Flash</h3><p>Get notified by email or text when we post city news.</p><a href="/list.aspx">Sign Up</a></div>
</aside></div></div>
<footer id="footer"><div class="footerContact"><p>City Hall, 200 Main Street, Pine Hollow, OH 45999</p><p>Phone: 555-0100</p></div>
<ul class="footerLinks">${links(cFoot)}</ul><p class="cpFooter">Government Websites by CivicPlus®</p></footer></div></div>
<script src="/Assets/Scripts/APIClient.js"></script></body></html>`;
const civic: TestPage = {
  name: 'heldout353-civicplus-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cBody, ...cList, ...cEnd]),
  bylines: ['Posted on: March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...cNav, 'Search', 'Home', 'News Flash', ...cTools, 'Public Works',
    'A Water Division crew flushes a hydrant on Cedar Avenue. Photo: City of Pine Hollow', 'Facebook', 'Share by Email', 'Return to full list >>',
    'Categories', ...cCats, 'Sign up for News Flash', 'Get notified by email or text when we post city news.', 'Sign Up',
    'City Hall, 200 Main Street, Pine Hollow, OH 45999', 'Phone: 555-0100', ...cFoot, 'Government Websites by CivicPlus®',
  ],
};

export const HELDOUT353_B: readonly TestPage[] = [minutes, civic];
