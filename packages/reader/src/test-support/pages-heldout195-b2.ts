import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file b2: a California Legislative Information (leginfo) bill text page as saved (JSF page with the state
 * header, the site nav, the "Bill Information" tab strip, the bill header with "Share this", the "Date Published" line, the
 * chaptered bill's heading block, the Legislative Counsel's Digest, the "Vote: ... Appropriation: ..." line, the enacting clause
 * and the bill sections, the "Bill PDF" and "Compare Versions" tools, the hidden PDF dialog and the footer).
 */
const lgTitle = 'AB-2317 Residential tenancies: application screening fees.(2025-2026)';
const lgHead = [
  'Assembly Bill No. 2317',
  'CHAPTER 412',
  'An act to amend Section 1950.6 of the Civil Code, relating to tenancy.',
  '[ Approved by Governor September 26, 2026. Filed with Secretary of State September 26, 2026. ]',
];
const lgDigestH = "LEGISLATIVE COUNSEL'S DIGEST";
const lgDigestT = 'AB 2317, Ferreira-Lund. Residential tenancies: application screening fees.';
const lgDigest = [
  'Existing law authorizes a landlord or the landlord’s agent, when receiving a request to rent a residential property, to charge an ' +
    'applicant an application screening fee to cover the costs of obtaining information about the applicant, including personal reference ' +
    'checks and consumer credit reports. Existing law limits the amount of the fee and requires the landlord to provide the applicant with a ' +
    'receipt that itemizes the costs.',
  'This bill would prohibit a landlord from charging an application screening fee unless the unit is available for rent at the time the ' +
    'fee is charged, and would require the landlord to consider applications in the order in which complete applications are received. The ' +
    'bill would require the landlord to refund the fee within 7 days if the landlord rents the unit to another applicant without obtaining the ' +
    'screening information for which the fee was paid.',
  'The bill would also require a landlord who accepts a fee to give the applicant, upon request, a copy of any consumer credit report ' +
    'obtained, and would allow an applicant to provide a recent report of their own in place of paying the fee.',
];
const lgVote = 'Vote: majority   Appropriation: no   Fiscal Committee: no   Local Program: no';
const lgEnact = 'The people of the State of California do enact as follows:';
const lgSec1 = 'SECTION 1.';
const lgSec1T = [
  'Section 1950.6 of the Civil Code is amended to read:',
  '1950.6. (a) Notwithstanding Section 1950.5, when a landlord or the landlord’s agent receives a request to rent a residential property ' +
    'from an applicant, the landlord or the landlord’s agent may charge that applicant an application screening fee only if the unit is ' +
    'vacant or will become vacant within 30 days.',
  '(b) The landlord shall consider complete applications in the order in which they are received, and shall note on each application ' +
    'the date and time it was received.',
  '(c) If the landlord rents the unit to another applicant without obtaining a personal reference check or consumer credit report for an ' +
    'applicant who paid a fee, the landlord shall return the fee to that applicant within seven days.',
  '(d) An applicant may provide a consumer credit report dated within the previous 30 days. A landlord who accepts that report shall not ' +
    'charge the applicant an application screening fee.',
];
const lgSec2 = 'SEC. 2.';
const lgSec2T = [
  'The Legislature finds and declares that application fees charged for units that are not available, or that are never used to screen ' +
    'the applicant, impose a significant cost on renters searching for housing, and that this act is intended to end those practices.',
];
const lgNav = ['Home', 'Bill Information', 'California Law', 'Publications', 'Other Resources', 'My Subscriptions', 'My Favorites'];
const lgTabs = ['Text', 'Votes', 'History', 'Bill Analysis', 'Today’s Law As Amended', 'Compare Versions', 'Status', 'Comments To Author'];
const lgTools = ['Bill PDF', 'Add To My Favorites', 'Bill Status', 'Subscribe'];
const lgDialog = ['Download PDF', 'The PDF may take a moment to load.', 'Close'];
const lgFoot = ['Back to Top', 'Disclaimer', 'Privacy Policy', 'Accessibility', 'Site Map', 'Contact Us'];
const lgBlock = (cls: string, t: string): string => `<div class="${cls}" style="text-align:left">${t}</div>`;
const lgPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const lgHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="j_idt2"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Bill Text - AB-2317 Residential tenancies: application screening fees.</title>
<link type="text/css" rel="stylesheet" href="/faces/javax.faces.resource/theme.css?ln=primefaces-aristo">
<link rel="stylesheet" href="/resources/css/ca_leg.css"><script src="/faces/javax.faces.resource/jquery/jquery.js?ln=primefaces&amp;v=6.1"></script>
<script>var bill_id = "202520260AB2317"; function toggleShare(){ document.getElementById('share').classList.toggle('open'); }</script></head>
<body><div id="skipnav"><a href="#centercolumn">Skip to Content</a></div>
<div id="header"><div id="state_logo"><a href="https://www.ca.example.gov"><img alt="CA.gov" src="/resources/images/ca_gov_logo.png"></a></div>
<div id="header_title"><a href="/">California Legislative Information</a></div>
<form id="quickSearch" action="/faces/billSearchClient.xhtml"><label for="quickSearchInput">Quick Search</label><input id="quickSearchInput" type="text">
<input type="submit" value="Search"></form></div>
<div id="nav_bar"><ul class="nav">${links(lgNav, 'navItem')}</ul></div>
<div id="centercolumn" class="centercolumn"><form id="bill_all" name="bill_all" method="post" action="/faces/billTextClient.xhtml">
<div class="tabs_container"><ul id="tabs"
class="tabs">${lgTabs.map((t, i) => `<li${i === 0 ? ' class="selected"' : ''}><a href="#tab${i}">${t}</a></li>`).join('')}</ul></div>
<div id="bill_title"><h1>${lgTitle}</h1>
<div id="share" class="share"><span class="shareLabel">SHARE THIS:</span><a href="#" class="facebook" title="Share on Facebook">Facebook</a>
<a href="#" class="twitter" title="Share on X">X</a><a href="#" class="email" title="Email">Email</a></div></div>
<div id="bill_tools" class="tools">${lgTools.map((t) => `<button type="button" class="ui-button" name="${t}">${t}</button>`).join('')}</div>
<div class="tab_content"><div id="bill" class="bill"><span id="publishDate" class="publishDate">Date Published: 09/27/2026 04:00 AM</span>
<div id="bill_all_header">${lgHead.map((t, i) => lgBlock(i < 2 ? 'bill_header_center' : 'bill_header_left', t)).join('\n')}</div>
<div id="digesttext"><h2 class="digest_heading">${lgDigestH}</h2>
<p class="digest_title">${lgDigestT}</p>
${lgPs(lgDigest)}
<p class="digest_vote">${lgVote}</p></div>
<div id="bill"><p class="enacting">${lgEnact}</p>
<div class="bill_section"><h5 class="section_number">${lgSec1}</h5>${lgPs(lgSec1T)}</div>
<div class="bill_section"><h5 class="section_number">${lgSec2}</h5>${lgPs(lgSec2T)}</div></div></div></div></form></div>
<div id="pdfDialog" class="ui-dialog ui-widget" role="dialog" aria-hidden="true" style="display:none"><span class="ui-dialog-title">${lgDialog[0]}</span>
<p>${lgDialog[1]}</p><a href="#" class="ui-dialog-titlebar-close">${lgDialog[2]}</a></div>
<div id="footer"><ul>${links(lgFoot)}</ul><p>Copyright © 2026 State of California</p></div>
<script src="/resources/js/tabs.js"></script></body></html>`;
export const leginfoBill: TestPage = {
  html: lgHtml,
  name: 'heldout195-ca-leginfo-bill-text',
  kind: 'docs',
  // the chaptered bill's heading block, the digest, the vote line, the enacting clause and the sections are the document (body),
  // the digest heading and section numbers its headings; "Date Published" is a byline; tabs, tools, share bar, dialog, nav and
  // footer are furniture
  title: lgTitle,
  headings: [lgDigestH, lgSec1, lgSec2],
  body: texts([...lgHead, lgDigestT, ...lgDigest, lgVote, lgEnact, ...lgSec1T, ...lgSec2T]),
  bylines: ['Date Published: 09/27/2026 04:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'California Legislative Information', 'Quick Search', ...lgNav, ...lgTabs, 'SHARE THIS:', 'Facebook', 'Email', ...lgTools,
    ...lgDialog, ...lgFoot, 'Copyright © 2026 State of California',
  ],
};
