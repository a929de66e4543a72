import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file a: a Legistar (Granicus) legislation detail page with a staff report in its Text pane, and a
 * CivicClerk portal event page (React / MUI, saved after rendering) with an agenda outline.
 */
const lTitle = 'Award of construction contract for the Harwell Avenue storm drain replacement';
const lMemo = ['TO: Honorable Mayor and Members of the City Council', `SUBJECT: ${lTitle}`];
const lSecs = ['RECOMMENDATION', 'BACKGROUND', 'DISCUSSION', 'FISCAL IMPACT', 'ENVIRONMENTAL REVIEW'];
const lText: string[][] = [
  [
    j(
      'Adopt a resolution awarding a construction contract to Delmont Pipeline Constructors, Inc. in the amount of $2,184,600 for the',
      'Harwell Avenue Storm Drain Replacement Project, and authorize the City Manager to approve change orders up to 10 percent.',
    ),
  ],
  [
    j(
      'The storm drain under Harwell Avenue between Quarry Street and Linden Court was installed in 1961. It is a 36-inch corrugated',
      'metal pipe that has lost most of its invert to corrosion, and two sinkholes opened above it during the storms of February 2026.',
    ),
    j(
      'The project was included in the Capital Improvement Program adopted by the City Council on June 10, 2025. Design was completed',
      'by the Public Works Engineering Division in September 2026.',
    ),
  ],
  [
    j(
      'The project was advertised on October 6, 2026, and five bids were opened on November 4, 2026. The bids ranged from $2,184,600',
      'to $2,911,250. The engineer&rsquo;s estimate was $2,350,000. Staff reviewed the lowest bid and found it responsive.',
    ),
    j(
      'Work will replace 1,420 feet of pipe with reinforced concrete pipe, rebuild six inlets and repave the full width of the street.',
      'Construction is expected to start in January 2027 and to last about five months. One lane will remain open to traffic at all',
      'times, and residents will receive notice at least 72 hours before any driveway closure.',
    ),
  ],
  [
    j(
      'Sufficient funds are available in the Storm Drain Capital Fund (Fund 412). The total budget of $2,650,000 includes the',
      'contract, a 10 percent contingency and $247,140 for inspection and materials testing.',
    ),
  ],
  [
    j(
      'The project is categorically exempt from the California Environmental Quality Act under Section 15302(c), replacement of',
      'existing utility systems involving negligible or no expansion of capacity.',
    ),
  ],
];
const lB = (t: string): string => `<p class="MsoNormal"><b><span style="font-family:Arial;font-size:11pt">${t}</span></b></p>`;
const lP = (t: string): string => `<p class="MsoNormal"><span style="font-family:Arial;font-size:11pt">${t}</span></p>`;
const lTabs = ['Calendar', 'City Council', 'Legislation', 'Departments', 'People', 'My Calendar'];
const lFields = ['File #:', '26-0871', 'Version:', '1', 'Name:', 'Harwell Ave SD award', 'Type:', 'Staff Report', 'Status:', 'Agenda Ready'];
const lFields2 = ['File created:', 'In control:', 'City Council', 'On agenda:', 'Final action:', 'Title:', 'Attachments:'];
const lAtt = ['1. Resolution', '2. Bid Summary', '3. Project Location Map'];
const lHist = ['12/9/2026', 'City Council', 'Approved', 'Pass'];
const lHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><title>City of Verano Bay - File #: 26-0871</title>
<link href="Skins/Tacoma/Grid.Tacoma.css" rel="stylesheet" type="text/css" /><link href="CalendarControl.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/ScriptResource.axd?d=pynGkmcFUV13He1Qd6_TZ"></script>
<style type="text/css">.rtsLink{font-weight:bold}</style></head>
<body><form name="aspnetForm" method="post" action="./LegislationDetail.aspx?ID=6120457&amp;GUID=A1F0C2" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBDw8WAh4EVGV4dAUGRmlsZSAjZGQ=" /></div>
<div id="ctl00_divHeader" class="headerMain"><table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<a id="ctl00_hypLogo" href="http://www.veranobay.gov"><img src="Images/LegistarLogo.png" alt="City of Verano Bay" /></a></td>
<td align="right"><a href="Search.aspx" id="ctl00_hypSearch">Search</a> | <a href="RSS.aspx">RSS</a> | <a href="/Help.aspx">Help</a></td></tr></table></div>
<div id="ctl00_tabTop" class="RadTabStrip RadTabStrip_Tacoma RadTabStripTop_Tacoma"><div class="rtsLevel rtsLevel1"><ul class="rtsUL">
${lTabs
  .map(
    (t) => `<li class="rtsLI"><a class="rtsLink" href="#"><span class="rtsOut"><span class="rtsIn"><span class="rtsTxt">${t}</span></span></span>
</a></li>`,
  )
  .join('\n')}
</ul></div></div>
<div id="ctl00_ContentPlaceHolder1_divMain" class="divMain"><table id="ctl00_ContentPlaceHolder1_tblMain" width="100%" class="legislationDetail">
<tr><td><span id="ctl00_ContentPlaceHolder1_lblFile">${lFields[0]}</span></td><td><span id="ctl00_ContentPlaceHolder1_lblFile2">${lFields[1]}</span></td>
<td><span id="ctl00_ContentPlaceHolder1_lblVersion">${lFields[2]}</span></td><td><span id="ctl00_ContentPlaceHolder1_lblVersion2">${lFields[3]}</span></td>
<td><span id="ctl00_ContentPlaceHolder1_lblName">${lFields[4]}</span></td><td><span id="ctl00_ContentPlaceHolder1_lblName2">${lFields[5]}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblType">${lFields[6]}</span></td><td><span id="ctl00_ContentPlaceHolder1_lblType2">${lFields[7]}</span></td>
<td><span id="ctl00_ContentPlaceHolder1_lblStatus">${lFields[8]}</span></td><td><span id="ctl00_ContentPlaceHolder1_lblStatus2">${lFields[9]}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblIntroduced">${lFields2[0]}</span></td><td>11/18/2026</td>
<td><span id="ctl00_ContentPlaceHolder1_lblInControl">${lFields2[1]}</span></td><td><a href="DepartmentDetail.aspx?ID=3101">${lFields2[2]}</a></td></tr>
<tr><td><span>${lFields2[3]}</span></td><td>12/9/2026</td><td><span>${lFields2[4]}</span></td><td>12/9/2026</td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblTitle">${lFields2[5]}</span></td>
<td colspan="5"><span id="ctl00_ContentPlaceHolder1_lblTitle2" style="font-weight:bold;font-size:12pt">${lTitle}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblAttachments">${lFields2[6]}</span></td><td colspan="5">
${lAtt.map((a) => `<a href="View.ashx?M=F&amp;ID=1498${a.length}">${a}</a>`).join(', ')}</td></tr></table>
<div id="ctl00_ContentPlaceHolder1_tabHistoryText" class="RadTabStrip RadTabStrip_Tacoma"><ul class="rtsUL">
<li class="rtsLI"><a class="rtsLink"><span class="rtsTxt">History (1)</span></a></li><li class="rtsLI"><a class="rtsLink rtsSelected">
<span class="rtsTxt">Text</span></a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_pageHistory" class="rmpHiddenView" style="display:none"><table class="rgMasterTable">
<tr>${lHist.map((h) => `<td>${h}</td>`).join('')}</tr></table></div>
<div id="ctl00_ContentPlaceHolder1_pageText" class="rmpView"><span id="ctl00_ContentPlaceHolder1_lblTextHeader">Title</span>
<div id="ctl00_ContentPlaceHolder1_divText"><div class="WordSection1">
${lP(lMemo[0] ?? '')}${lP('FROM: Marisol Okafor-Grant, Director of Public Works')}${lP('DATE: December 9, 2026')}${lP(esc(lMemo[1] ?? ''))}
${lSecs.map((s, i) => `${lB(s)}\n${(lText[i] ?? []).map(lP).join('\n')}`).join('\n')}
</div></div></div></div>
<div id="ctl00_divFooter" class="footerMain"><span>Powered by Legistar&trade; by Granicus</span></div>
<script type="text/javascript">Sys.Application.add_init(function(){$create(Telerik.Web.UI.RadTabStrip,{},null,null,$get("ctl00_tabTop"));});</script>
</form></body></html>`;
const legistar: TestPage = {
  name: 'heldout454-legistar-staff-report',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lSecs,
  body: texts([...lMemo, ...lText.flat()]),
  bylines: ['FROM: Marisol Okafor-Grant, Director of Public Works', 'DATE: December 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'RSS', 'Help', ...lTabs.filter((t) => t !== 'City Council'), ...lFields.filter((f) => f !== '1'),
    ...lFields2.filter((f) => f !== 'City Council'), '11/18/2026', '12/9/2026', ...lAtt,
    'History (1)', 'Text', 'Title',
    'Powered by Legistar™ by Granicus',
  ],
};

const cTitle = 'Board of County Commissioners Regular Meeting';
const cWhen = ['Tuesday, January 12, 2027 at 9:00 AM', 'Commission Chambers, Harlan County Administration Building, 210 Oakmere Street'];
const cSecs = ['1. Call to Order', '2. Invocation and Pledge of Allegiance', '3. Public Comment', '4. Consent Agenda', '5. Regular Agenda', '6. Adjournment'];
const cItems: Record<number, string[]> = {
  2: [
    j(
      'Members of the public may address the Board on any item not on the agenda for up to three minutes. Speakers should fill out',
      'a comment card and hand it to the Clerk before the meeting begins.',
    ),
  ],
  3: [
    '4.a. Approval of the minutes of the December 15, 2026 regular meeting',
    '4.b. Budget amendment BA-27-014 moving $58,000 from contingency to the Fairgrounds roof repair',
    '4.c. Interlocal agreement with the City of Pell Rapids for shared animal shelter services',
  ],
  4: [
    '5.a. Public hearing on Ordinance 2027-02, amending the land development code for accessory dwelling units',
    '5.b. Presentation of the Stonebridge Road corridor study by the Engineering Department',
    '5.c. Appointment of two members to the Parks and Recreation Advisory Board',
  ],
};
const cNav = ['Events', 'Media', 'Search'];
const cTabs = ['Overview', 'Agenda', 'Files', 'Media'];
const cFiles = ['Agenda (PDF)', 'Agenda Packet (PDF)'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Harlan County - CivicClerk Portal</title><meta name="theme-color" content="#1b3a5c">
<link rel="manifest" href="/manifest.json"><script defer="defer" src="/static/js/main.8f3c1a2e.js"></script>
<link href="/static/css/main.4b2d90aa.css" rel="stylesheet"><style data-emotion="css" data-s="">.css-1x5jdmq{font-size:1rem}.css-8atqhb{width:100%}</style>
</head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="App">
<a class="skip-to-content MuiLink-root" href="#maincontent">Skip to Content</a>
<header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-1nwbpb0"><div class="MuiToolbar-root MuiToolbar-regular css-i6s8oy">
<a href="/" class="portal-logo"><img src="https://cp-static.civicclerk.com/harlancofl/logo.png" alt="Harlan County logo"></a>
<nav class="portal-nav">${cNav.map((n) => `<a class="MuiButton-root MuiButton-text css-1ujsas3" href="/${n.toLowerCase()}">${n}</a>`).join('')}</nav>
<div class="MuiFormControl-root translate-select"><label class="MuiInputLabel-root">Language</label><div role="button">English</div></div></div></header>
<main id="maincontent" class="MuiContainer-root MuiContainer-maxWidthLg css-1qsxih2"><div class="event-details">
<a class="MuiButton-root back-button" href="/events"><span>Back to Events</span></a>
<div class="MuiPaper-root MuiPaper-elevation1 event-header css-aoeo82"><h1 class="MuiTypography-root MuiTypography-h4 css-1xvinid">${cTitle}</h1>
<p class="MuiTypography-root MuiTypography-body1 event-date css-9l3uo3">${cWhen[0]}</p>
<p class="MuiTypography-root MuiTypography-body2 event-location css-1e3g7ua">${esc(cWhen[1] ?? '')}</p>
<span class="MuiChip-label css-9iedg7">Published Agenda</span></div>
<div class="MuiTabs-root css-orq8zk" role="tablist">
${cTabs.map((t, i) => `<button class="MuiTab-root" role="tab" aria-selected="${i === 1}">${t}</button>`).join('')}</div>
<div role="tabpanel" class="agenda-panel"><ol class="agenda-items MuiList-root css-1uzmcsd">
${cSecs
  .map(
    (s, i) => `<li class="agenda-item agenda-item-level-0"><div class="MuiTypography-root MuiTypography-subtitle1 agenda-item-title css-1d6ldhc">${s}</div>
${cItems[i] === undefined ? '' : `<ol class="agenda-sub-items">${lis(cItems[i] ?? [], 'agenda-item agenda-item-level-1')}</ol>`}</li>`,
  )
  .join('\n')}
</ol></div>
<aside class="event-files"><h2 class="MuiTypography-root MuiTypography-h6">Files</h2><ul>${links(cFiles)}</ul>
<button class="MuiButton-root MuiButton-outlined">Subscribe</button></aside></div></main>
<footer class="portal-footer MuiBox-root css-1x2m7f4"><p>Powered by CivicClerk</p><a href="/privacy">Privacy Policy</a>
<a href="https://www.civicplus.com/accessibility">Accessibility</a></footer></div></div>
<script>window.__PORTAL_CONFIG__={"tenant":"harlancofl","api":"https://harlancofl.api.civicclerk.com/v1"};</script></body></html>`;
const civicClerk: TestPage = {
  name: 'heldout454-civicclerk-event',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cSecs,
  body: [...cWhen, ...Object.values(cItems).flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...cNav, 'Language', 'English', 'Back to Events', 'Published Agenda', 'Overview', 'Files',
    ...cFiles, 'Subscribe', 'Powered by CivicClerk', 'Privacy Policy', 'Accessibility',
  ],
};

export const HELDOUT454_A: readonly TestPage[] = [legistar, civicClerk];
