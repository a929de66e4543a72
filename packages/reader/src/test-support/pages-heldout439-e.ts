import { links, ps, type TestPage, texts } from './page-kit.js';
import { phpbb } from './pages-heldout439-e2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file e: a contract award notice on a council e-procurement portal built with ASP.NET Web Forms (the
 * `__VIEWSTATE` form, `ctl00_` ids, a top login bar, a tab menu, a notice header with reference and status, label / value
 * tables of the award details, the description text, the award table, a "Documents" grid, a "Register interest" panel, the
 * footer and a cookie strip). A data page whose running text is short.
 */
const aTitle = 'Contract Award Notice: Refurbishment of Brookhaven Leisure Centre Changing Rooms';
const aDesc = [
  j(
    'The Council invited tenders for the strip-out and refurbishment of the wet and dry changing village at Brookhaven Leisure Centre,',
    'including new cubicles and lockers, a replacement floor and wall finish throughout, upgraded ventilation and a new accessible',
    'changing place facility.',
  ),
  j(
    'Works will be carried out in two phases so that the pool can remain open throughout, with temporary changing provided in modular',
    'units on the car park. The contract is let under the JCT Intermediate Building Contract 2024 with contractor’s design for the',
    'mechanical and electrical installations.',
  ),
  j(
    'The scope also covers asbestos removal from the existing ceiling voids, identified in the refurbishment survey, and the diversion of',
    'the cold water main that currently runs beneath the proposed changing place. Both items were priced as provisional sums.',
  ),
  j(
    'Five compliant tenders were received. Tenders were evaluated on the basis of 60% price and 40% quality, of which 10% was allocated',
    'to social value commitments, including local apprenticeships and the use of small suppliers within the district.',
  ),
  j(
    'The successful tenderer scored highest on quality, with a detailed phasing plan and a commitment to two apprentice places for local',
    'residents for the duration of the works. Unsuccessful tenderers have been notified and offered a debrief.',
  ),
  j(
    'A standstill period of ten days applied before the contract was entered into. Any questions about this notice should be sent through',
    'the portal’s messaging facility quoting the reference number.',
  ),
];
const aDetails: [string, string][] = [
  ['Contracting authority', 'Brookhaven District Council'],
  ['Procedure', 'Open procedure'],
  ['CPV code', '45212212 - Construction work for swimming pool'],
  ['Contract start', '6 April 2026'],
  ['Contract end', '31 January 2027'],
];
const aAward: [string, string, string][] = [['Calloway Build Ltd, Unit 2 Riverside Works, Brookhaven BH7 3QE', '£1,284,560.00', 'SME: Yes']];
const aTabs = ['Home', 'Current Opportunities', 'Awarded Contracts', 'Contracts Register', 'Supplier Guidance', 'Help'];
const aDocs = ['Award summary report.pdf', 'Evaluation methodology.pdf'];
const row = (k: string, v: string, id: string): string => `<tr><td class="label"><span id="ctl00_ContentPlaceHolder1_lbl${id}Caption">${k}</span></td>
<td class="value"><span id="ctl00_ContentPlaceHolder1_lbl${id}">${v}</span></td></tr>`;
const aHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><title>Brookhaven Procurement Portal - Notice BDC-2026-0117</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="../App_Themes/Portal/Portal.css" type="text/css" rel="stylesheet" />
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638412" type="text/javascript"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']); _gaq.push(['_trackPageview']);</script></head>
<body><form name="aspnetForm" method="post" action="./NoticeDetails.aspx?ref=BDC-2026-0117" id="aspnetForm"><div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTk2NTQ4MjM0OQ9kFgJmD2QWAgIDD2QWBgIBDw8WAh4EVGV4dAUWQnJvb2toYXZlbiBQb3J0YWw=" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOp5mQh2V7aHbDLfC9Kmc3vHsxWjr2f" /></div>
<div id="ctl00_pnlTopBar" class="topbar"><span id="ctl00_lblWelcome">Welcome, guest</span> |
<a id="ctl00_lnkLogin" href="Login.aspx">Supplier login</a> | <a id="ctl00_lnkRegister" href="Register.aspx">Register as a supplier</a></div>
<div id="header"><a href="Default.aspx"><img id="ctl00_imgLogo" src="../Images/bdc-logo.png" alt="Brookhaven District Council" /></a>
<span class="portal-name">Procurement Portal</span></div>
<div id="ctl00_menuTabs" class="tabmenu"><ul class="level1">${links(aTabs, 'static')}</ul></div>
<div id="content"><div id="ctl00_ContentPlaceHolder1_pnlNotice" class="notice"><div class="notice-header">
<span id="ctl00_ContentPlaceHolder1_lblNoticeType" class="notice-type">Award</span>
<h1><span id="ctl00_ContentPlaceHolder1_lblTitle">${aTitle}</span></h1>
<table class="notice-meta" cellspacing="0" border="0"><tr><td>Reference:</td><td><span id="ctl00_ContentPlaceHolder1_lblRef">BDC-2026-0117</span></td>
<td>Status:</td><td><span id="ctl00_ContentPlaceHolder1_lblStatus" class="status-awarded">Awarded</span></td></tr>
<tr><td>Published:</td><td><span id="ctl00_ContentPlaceHolder1_lblPublished">12/03/2026 09:15</span></td><td>Last updated:</td>
<td><span id="ctl00_ContentPlaceHolder1_lblUpdated">13/03/2026 11:42</span></td></tr></table></div>
<fieldset class="section"><legend>Notice details</legend><table id="ctl00_ContentPlaceHolder1_tblDetails" class="details" cellspacing="0" border="0">
${aDetails.map(([k, v], i) => row(k, v, `D${i}`)).join('\n')}
</table></fieldset>
<fieldset class="section"><legend>Description</legend><div id="ctl00_ContentPlaceHolder1_divDescription" class="description">
${ps(aDesc)}
</div></fieldset>
<fieldset class="section"><legend>Award details</legend><table id="ctl00_ContentPlaceHolder1_gvAwards" class="grid" cellspacing="0" rules="all" border="1">
<tr class="grid-header"><th scope="col">Supplier</th><th scope="col">Contract value</th><th scope="col">SME</th></tr>
${aAward.map((r) => `<tr class="grid-row">\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n<td>${r[2].replace('SME: ', '')}</td>\n</tr>`).join('\n')}
</table></fieldset>
<fieldset class="section"><legend>Documents</legend><table id="ctl00_ContentPlaceHolder1_gvDocs" class="grid" cellspacing="0" rules="all" border="1">
<tr class="grid-header"><th scope="col">File</th><th scope="col">Size</th></tr>
${aDocs
  .map(
    (d, i) => `<tr class="grid-row"><td><a id="ctl00_ContentPlaceHolder1_gvDocs_ctl0${i + 2}_lnkDoc"
href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvDocs','Download$${i}')"
>${d}</a></td>\n<td>${i === 0 ? '214 KB' : '96 KB'}</td></tr>`,
  )
  .join('\n')}
</table></fieldset></div>
<div id="ctl00_ContentPlaceHolder1_pnlSidebar" class="sidebar"><h3>Contact</h3><p>Corporate Procurement Team</p><p>procurement@brookhaven.example</p>
<h3>Alerts</h3><p>Register to receive email alerts when new opportunities matching your categories are published.</p>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnAlerts" value="Set up alerts" id="ctl00_ContentPlaceHolder1_btnAlerts" class="button" /></div></div>
<div id="footer"><a href="Accessibility.aspx">Accessibility</a> | <a href="Privacy.aspx">Privacy</a> | <a href="Terms.aspx">Terms of use</a>
<p>© Brookhaven District Council 2026. Portal version 4.12.3</p></div>
<div id="ctl00_pnlCookies" class="cookie-strip"><span>This portal uses essential cookies only. By continuing you accept their use.</span>
<input type="submit" name="ctl00$btnCookieOk" value="OK" id="ctl00_btnCookieOk" /></div>
<script type="text/javascript">//<![CDATA[
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget;
theForm.submit(); } }
//]]></script></form></body></html>`;
const aspnet: TestPage = {
  name: 'heldout439-aspnet-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aDesc, ...aDetails.flat(), ...aAward.flat().map((c) => c.replace('SME: ', ''))]),
  bylines: ['Published:', '12/03/2026 09:15', 'Last updated:', '13/03/2026 11:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome, guest', 'Supplier login', 'Register as a supplier', 'Procurement Portal', ...aTabs, 'Award', 'Reference:', 'BDC-2026-0117', 'Status:', 'Awarded',
    'Notice details', 'Description', 'Award details', 'Documents', 'File', 'Size', ...aDocs, '214 KB', '96 KB', 'Contact', 'Corporate Procurement Team',
    'procurement@brookhaven.example', 'Alerts', 'Register to receive email alerts when new opportunities matching your categories are published.',
    'Accessibility', 'Privacy', 'Terms of use', '© Brookhaven District Council 2026. Portal version 4.12.3',
    'This portal uses essential cookies only. By continuing you accept their use.',
  ],
};

export const HELDOUT439_E: readonly TestPage[] = [aspnet, phpbb];
