import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file d: a council committee's agenda and minutes page on ModernGov (council header, breadcrumbs, the
 * meeting subtitle, venue and contact lines, numbered agenda items with "Minutes:" and "Decision:" labels and attached
 * documents, the "Meeting details" side links and the footer) and a voter guide page on a Ballotpedia-style MediaWiki
 * (site header, sample ballot banner, infobox, contents box, edit links, "See also", external links, categories and the footer).
 */
const mTitle = 'Agenda and minutes';
const mItems: { h: string; p: string[]; d?: string[] }[] = [
  {
    h: '1. Apologies for Absence',
    p: ['Apologies for absence were received from Councillors Brightwell and Nakashima. Councillor Okonjo attended as a substitute.'],
  },
  {
    h: '2. Declarations of Interest',
    p: [
      j(
        'Councillor Fairclough declared a non-registrable interest in item 4 as a member of the Alderbrook Allotment Society, and',
        'left the room for the discussion and vote on that item.',
      ),
    ],
  },
  {
    h: '3. Minutes of the Previous Meeting',
    p: ['The minutes of the meeting held on 10 February 2026 were agreed as a correct record and signed by the Chair.'],
  },
  {
    h: '4. 25/01877/FUL - Land East of Alderbrook Lane, Kellsby',
    p: [
      j(
        'The Principal Planning Officer introduced the application for 46 dwellings, including 14 affordable homes, a new access',
        'from Alderbrook Lane and the relocation of eleven allotment plots to the northern edge of the site. An update sheet',
        'circulated before the meeting reported two further objections concerning surface water flooding.',
      ),
      j(
        'Mrs Geraldine Hoyle spoke in objection on behalf of Kellsby Parish Council, raising the capacity of the village primary',
        'school and the width of the lane at its junction with the B1290. Mr Anand Pillai, the agent, spoke in support.',
      ),
      j(
        'Members asked about the drainage strategy. The Lead Local Flood Authority officer confirmed that the attenuation pond had',
        'been sized for a one in one hundred year storm plus a forty percent allowance for climate change.',
      ),
    ],
    d: [
      'That planning permission be granted subject to:',
      'the conditions set out in the report and the update sheet;',
      'a Section 106 agreement securing the affordable homes and a contribution of £212,000 towards primary education;',
      'an additional condition requiring the new allotment plots to be laid out before the first dwelling is occupied.',
    ],
  },
  {
    h: '5. Appeals Update',
    p: ['The Committee noted the report on appeal decisions received since the last meeting. Three appeals were dismissed and one was allowed.'],
  },
];
const mNav = ['Your councillors', 'Committees', 'Meetings calendar', 'Decisions', 'Forward plan', 'Search documents'];
const mSide = ['Printed minutes', 'Printed agenda', 'Update sheet', 'Attendance', 'Declarations of interest', 'Issue history'];
const mFoot = ['Accessibility', 'Cookies', 'Privacy notice', 'Contact the council'];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Agenda for Planning Committee on Tuesday, 10th March, 2026, 7.00 pm - Wessenden District Council</title>
<meta name="DC.title" content="Agenda and minutes - Planning Committee"><meta name="DC.creator" content="Wessenden District Council">
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css"><script src="/jquery-ui/js/jquery-3.5.1.min.js"></script>
<script>var mgPage = {"meetingId": 4418, "committeeId": 132};</script></head>
<body><div id="cookie-notice" class="cookie-notice"><p>We use cookies to make this site work. Optional analytics cookies help us improve it.</p>
<button>Accept all cookies</button><button>Reject optional cookies</button></div>
<header class="council-header"><a href="https://www.wessenden.gov.example/" class="logo">Wessenden District Council</a>
<nav class="council-nav"><ul>${links(mNav)}</ul></nav></header>
<div id="modgov"><div class="mgBreadCrumbs"><ul><li><a href="/mgCommitteeStructure.aspx">Committee structure</a></li>
<li><a href="/ieListMeetings.aspx?CId=132">Planning Committee</a></li><li>Meeting</li></ul></div>
<div class="mgHeader"><h1 class="mgMainTitleTxt">${mTitle}</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Planning Committee - Tuesday, 10th March, 2026 7.00 pm</h2></div>
<div class="mgContent"><p class="mgVenue"><span class="mgLabel">Venue: </span>Council Chamber, Wessenden House, Market Street, Brantham</p>
<p class="mgContact"><span class="mgLabel">Contact: </span>Democratic Services, 01632 960412</p>
<p class="mgMediaLink"><a href="/webcast">Watch the webcast of this meeting</a></p>
<h2 class="mgSectionTitle">Items</h2><table class="mgItemTable" summary="Agenda items">
${mItems
  .map(
    (it, i) => `<tr><td class="mgItemNumberCell"></td><td><p class="mgSubItemTitleTxt"><a id="ai${7700 + i}">${it.h}</a></p>
<div class="mgWordPara"><p class="mgSectionTitle">Minutes:</p>
${ps(it.p, ' class="mgText"')}
${
  it.d
    ? `<p class="mgSectionTitle">Decision:</p><p class="mgText">${it.d[0]}</p><ul class="mgBulletList">${it.d
        .slice(1)
        .map((x) => `<li>${x}</li>`)
        .join('\n')}</ul>`
    : ''
}</div>
${
  i === 3
    ? `<ul class="mgActionList"><li><a href="/documents/s5521/Report.pdf">Report, item 4 PDF 1 MB</a></li><li><a href="#">Site plan PDF 880 KB</a>
</li></ul>`
    : ''
}
</td></tr>`,
  )
  .join('\n')}
</table></div>
<div class="mgLinks"><h2 class="mgSideTitle">Meeting details</h2><ul>${links(mSide)}</ul></div></div>
<footer class="council-footer"><ul>${links(mFoot)}</ul><p>© Wessenden District Council</p><p>Powered by ModernGov</p></footer></body></html>`;
const modgov: TestPage = {
  name: 'heldout248-moderngov-council-minutes',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mItems.map((it) => it.h),
  body: texts(mItems.flatMap((it) => [...it.p, ...(it.d ?? [])])),
  bylines: ['Planning Committee - Tuesday, 10th March, 2026 7.00 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make this site work. Optional analytics cookies help us improve it.', 'Accept all cookies', 'Reject optional cookies',
    'Wessenden District Council', ...mNav, 'Committee structure', 'Meeting', 'Venue:', 'Council Chamber, Wessenden House, Market Street, Brantham',
    'Contact:', 'Democratic Services, 01632 960412', 'Watch the webcast of this meeting', 'Items', 'Minutes:', 'Decision:', 'Report, item 4 PDF 1 MB',
    'Site plan PDF 880 KB', 'Meeting details', ...mSide, ...mFoot, '© Wessenden District Council', 'Powered by ModernGov',
  ],
};

const wTitle = 'Harrowgate County Board of Education elections (2026)';
const wLead = [
  j(
    'Three of the seven seats on the Harrowgate County Board of Education in Vellmont are up for nonpartisan general election on',
    'November 3, 2026. The filing deadline is July 17, 2026. Board members serve staggered four-year terms.',
  ),
];
const wSecs: [string, string[]][] = [
  [
    'Candidates and results',
    [
      'District 2: incumbent Rosalind Achebe-Hart is running for a second term against Garrett Sølvberg.',
      'District 4: the seat is open after incumbent Marcus Delacroix-Penn announced he would not run again.',
      'District 6: incumbent Fenella Roake is unopposed.',
    ],
  ],
  [
    'Issues in the election',
    [
      j(
        'The district closed the 2025 budget year with a shortfall of $6.8 million after enrollment fell for the fourth year running.',
        'A consultant’s report presented to the board in January recommended consolidating two of the county’s five middle schools.',
      ),
      j(
        'Candidates have also been asked about the board’s 2024 decision to move to a four-day week at three rural elementary',
        'schools, which is due to be reviewed in spring 2027.',
      ),
    ],
  ],
  [
    'How to vote',
    [
      'Registered voters who live in Districts 2, 4 and 6 can vote in these races. The voter registration deadline is October 9, 2026.',
      'Early voting runs from October 19 to October 31 at the county elections office and two satellite locations.',
    ],
  ],
];
const wIsItem = (x: string): boolean => x.startsWith('District ');
const wBox = ['Harrowgate County Schools, Vellmont', 'Seats up: 3 of 7', 'Term length: 4 years', 'Filing deadline: July 17, 2026'];
const wNav = ['Main page', 'Elections', 'Ballot measures', 'Sample ballot', 'Donate'];
const wSee = ['Vellmont school board elections, 2026', 'School board elections, 2026'];
const wCats = ['School board elections, 2026', 'Vellmont school board elections'];
const wFoot = ['About', 'Privacy policy', 'Disclaimers', 'Contact us', 'This page was last edited on 2 April 2026, at 14:11.'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - Civipedia</title>
<script>document.documentElement.className="client-js";
RLCONF={"wgPageName":"Harrowgate_County_Board_of_Education_elections_(2026)","wgNamespaceNumber":0};</script>
<meta name="generator" content="MediaWiki 1.39.6"><link rel="stylesheet" href="/load.php?modules=skins.vector.styles"></head>
<body class="mediawiki ltr skin-vector page-Harrowgate_County_Board action-view"><div id="mw-page-base"></div>
<div id="siteNotice"><div class="sample-ballot-banner">Find out what's on your ballot. <a href="/Sample_Ballot_Lookup">Look up your sample ballot</a></div>
</div>
<div id="content" class="mw-body" role="main"><a id="top"></a><h1 id="firstHeading" class="firstHeading">${wTitle}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Civipedia</div><div id="mw-content-text" class="mw-body-content">
<div class="mw-parser-output"><table class="infobox"><tbody>${wBox.map((b) => `<tr><td>${b}</td></tr>`).join('')}</tbody></table>
${ps(wLead)}
<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${wSecs
  .map(
    ([h], i) => `<li class="toclevel-1"><a href="#s${i}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div>
${wSecs
  .map(
    ([h, p], i) => `<h2><span class="mw-headline" id="s${i}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?action=edit&amp;section=${i + 1}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
${ps(p.filter((x) => !wIsItem(x)))}${
  p.some(wIsItem)
    ? `<ul>${p
        .filter(wIsItem)
        .map((x) => `<li>${x}</li>`)
        .join('\n')}</ul>`
    : ''
}`,
  )
  .join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span></h2><ul>${links(wSee)}</ul>
<h2><span class="mw-headline" id="External_links">External links</span></h2><ul>${links(['Harrowgate County Schools official website'])}</ul>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></div>
<div id="mw-navigation"><div id="mw-panel"><nav id="p-navigation" class="vector-menu portal"><ul>${links(wNav)}</ul></nav></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-places">${links(wFoot)}</ul></footer></body></html>`;
const wiki: TestPage = {
  name: 'heldout248-mediawiki-voter-guide',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts([...wLead, ...wSecs.flatMap(([, p]) => p)]),
  bylines: ['This page was last edited on 2 April 2026, at 14:11.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Find out what's on your ballot.", 'Look up your sample ballot', 'From Civipedia', ...wBox, 'Contents', 'edit', 'See also', ...wSee, 'External links',
    'Harrowgate County Schools official website', 'Categories', ...wCats.slice(1), ...wNav, ...wFoot.slice(0, 4),
  ],
};

export const HELDOUT248_D: readonly TestPage[] = [modgov, wiki];
