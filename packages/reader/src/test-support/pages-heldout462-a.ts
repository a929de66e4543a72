import { links, type TestPage } from './page-kit.js';
import { esc, j, kv, vals } from './pages-heldout462-kit.js';

/**
 * Held-out batch 462, file a: a council planning application summary on Idox Public Access, and a zoning map amendment record
 * on Accela Citizen Access (ASP.NET Web Forms).
 */
const iTitle = 'Planning – Application Summary';
const iRows: readonly (readonly [string, string])[] = [
  ['Reference', '26/01472/FUL'],
  ['Alternative Reference', 'PP-13884210'],
  ['Application Received', 'Tue 14 Jul 2026'],
  ['Application Validated', 'Mon 20 Jul 2026'],
  ['Address', 'Land Rear Of 41 To 47 Orchard Lane Kessington Thornbury Vale TV7 3QJ'],
  [
    'Proposal',
    j(
      'Erection of 6no. two-storey dwellings with associated access road, parking, landscaping and demolition of existing',
      'agricultural store (amended plans received 2 September 2026)',
    ),
  ],
  ['Status', 'Awaiting decision'],
  ['Appeal Status', 'Unknown'],
  ['Appeal Decision', 'Not Available'],
];
const iNav = ['Simple Search', 'Advanced', 'Weekly/Monthly Lists', 'Property Search', 'Map Search'];
const iTabs = ['Summary', 'Further Information', 'Contacts', 'Important Dates', 'Constraints', 'Documents', 'Related Cases', 'Map'];
const iCouncilNav = ['Bins and recycling', 'Council tax', 'Planning and building control', 'Housing', 'Roads and parking', 'Your council'];
const iFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Contact us', 'Terms of use'];
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Planning Application Summary | Thornbury Vale District Council - Public Access</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" type="text/css" href="/online-applications/css/idox.css"><link rel="stylesheet" href="/online-applications/css/custom/custom.css">
<script type="text/javascript" src="/online-applications/javascript/jquery-3.6.0.min.js"></script>
<script type="text/javascript">var contextPath = '/online-applications';var _keyVal = 'SGH4K2ELJ0800';</script></head>
<body><div id="cookie-notice" class="cookieNotice" role="dialog"><p>This site uses cookies to store information on your computer.</p>
<a href="/online-applications/cookies.html">Find out more</a> <button type="button" id="cookieAccept">Accept and close</button></div>
<a class="skiplink" href="#pa">Skip to main content</a>
<div id="idox"><div id="header" class="council-header"><a href="https://www.thornburyvale.gov.uk/" id="logo">
<img src="/online-applications/images/custom/logo.png" alt="Thornbury Vale District Council"></a>
<ul class="council-nav">${links(iCouncilNav)}</ul></div>
<div id="pa"><div class="container"><div id="toolbar"><h2 class="pa-app">Public Access</h2>
<ul class="menu">${links(iNav)}</ul><ul class="user"><li><a href="/online-applications/registered/register.do">Register</a></li>
<li><a href="/online-applications/registered/login.do">Login</a></li></ul></div>
<div id="breadcrumbs"><a href="/online-applications/search.do?action=simple">Search</a> &raquo; <span>Application Summary</span></div>
<div id="poppins"><div id="pageheading"><h1>Planning &ndash; Application Summary</h1></div>
<div class="addressCrumb"><span class="description">${esc(iRows[5]?.[1] ?? '')}</span>
<span class="address">${esc(iRows[4]?.[1] ?? '')}</span></div>
<div class="tabcontainer"><ul class="tabs">${iTabs
  .map(
    (t, n) => `<li${n === 0 ? ' class="active"' : ''}><a href="#"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul>
<div class="tabcontent"><p class="associatedcase">There are no associated cases for this application.</p>
<table summary="Details of the Application" id="simpleDetailsTable" cellpadding="0" cellspacing="0">${kv(iRows)}</table>
<div id="commentsButton"><a href="/online-applications/applicationDetails.do?activeTab=makeComment&amp;keyVal=SGH4K2ELJ0800"
class="button primary">Comment on this application</a></div>
<p class="commentsNote">${j(
  'Comments on this application can be made until <strong>Friday 9 October 2026</strong>.',
  'Comments made after this date may still be taken into account if a decision has not been made.',
)}</p>
<div id="trackApplication"><a href="#" class="button secondary">Track this application</a></div></div></div></div></div></div>
<div id="footer"><ul>${links(iFoot)}</ul><p>&copy; Thornbury Vale District Council 2026</p>
<p class="poweredBy">Powered by Idox Public Access</p></div></div>
<script type="text/javascript" src="/online-applications/javascript/idox.js"></script></body></html>`;
const idox: TestPage = {
  name: 'heldout462-idox-public-access',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: [
    iRows[5]?.[1] ?? '',
    iRows[4]?.[1] ?? '',
    'There are no associated cases for this application.',
    ...vals(iRows),
    j(
      'Comments on this application can be made until Friday 9 October 2026.',
      'Comments made after this date may still be taken into account if a decision has not been made.',
    ),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to store information on your computer.', 'Find out more', 'Accept and close', 'Skip to main content',
    ...iCouncilNav, 'Public Access', ...iNav, 'Register', 'Login', 'Search', ...iTabs.filter((t) => t !== 'Summary'),
    'Comment on this application', 'Track this application', ...iFoot, '© Thornbury Vale District Council 2026', 'Powered by Idox Public Access',
  ],
};

const aNum = 'Record PLN2026-00418:';
const aType = 'Zoning Map Amendment';
const aLoc = '2210 E CALDER RD, HOLLISFORD, CO 80917';
const aDesc = j(
  'Request to rezone approximately 4.8 acres from A-1 (Agricultural) to RM-2 (Residential, Multiple Dwelling, Medium Density) to',
  'allow a future townhome development of up to 62 units. The applicant has requested that the Planning Commission hearing be',
  'scheduled after the second neighborhood meeting.',
);
const aInfo: readonly (readonly [string, string])[] = [
  ['Parcel Number:', '5410207033'],
  ['Current Zoning:', 'A-1'],
  ['Proposed Zoning:', 'RM-2'],
  ['Acreage:', '4.82'],
  ['Neighborhood Meeting Held:', 'Yes - 08/27/2026'],
  ['Planning Commission Hearing:', '11/12/2026'],
];
const aApplicant = ['Ridgeback Land Partners LLC', 'Dana Ferreira', '1150 S Uinta St, Suite 200', 'Hollisford, CO 80910'];
const aTabs = ['Home', 'Building', 'Planning', 'Enforcement', 'Licenses'];
const aMenus = ['Record Info', 'Payments'];
const aHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="ctl00_Head1"><title>Accela Citizen Access</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge"><link href="/CitizenAccess/App_Themes/Default/form.css" type="text/css" rel="stylesheet" />
<script type="text/javascript">var _spRoot = '/CitizenAccess/';var IsLoggedIn = false;</script></head>
<body><form name="aspnetForm" method="post" action="./CapDetail.aspx?Module=Planning&amp;TabName=Planning&amp;capID1=26PLN" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /></div>
<a href="#MainContent" class="ACA_Hide" id="skipToMain">Skip to main content</a>
<div id="ACA_Header" class="ACA_Header"><div class="ACA_Banner"><img src="/CitizenAccess/Customization/banner.png" alt="City of Hollisford" /></div>
<div class="ACA_LinkButton"><a id="ctl00_HeaderNavigation_com_headIsLoggedStatus_lnkLogin" href="../Login.aspx">Login</a>
<a id="ctl00_HeaderNavigation_lnkRegister" href="../Account/RegisterDisclaimer.aspx">Register for an Account</a></div>
<div class="ACA_TabRow"><ul>${aTabs
  .map(
    (t) => `<li class="${t === 'Planning' ? 'ACA_TabRow_Selected' : 'ACA_TabRow_Normal'}"><a href="#">${t}</a>
</li>`,
  )
  .join('')}</ul>
</div><div class="ACA_Search"><label for="txtSearchCondition">Search...</label><input id="txtSearchCondition" type="text" /></div></div>
<div id="MainContent" class="ACA_Content"><div class="ACA_Page"><div id="ctl00_PlaceHolderMain_PermitDetailInfo" class="ACA_TabRow_Body">
<h1><span id="ctl00_PlaceHolderMain_lblPermitNumber">${aNum}</span><br /><span id="ctl00_PlaceHolderMain_lblPermitType">${aType}</span></h1>
<div class="ACA_Title_Text"><span class="ACA_SmLabel">Record Status: </span><span id="ctl00_PlaceHolderMain_lblRecordStatus">In Review</span></div>
<div class="ACA_FLeft ACA_Dropdown">${aMenus.map((m) => `<a href="javascript:void(0);" class="ACA_DropDown_Link">${m} &#9660;</a>`).join('')}</div>
<div class="ACA_TabRow_Line"></div><div id="ctl00_PlaceHolderMain_PermitDetailList1" class="ACA_Page ACA_Page_FontSize">
<h2 class="ACA_Title_Bar"><span>Work Location</span></h2>
<table role="presentation"><tr><td><div class="fontbold">${aLoc}</div></td></tr></table>
<h2 class="ACA_Title_Bar"><span>Record Details</span></h2>
<table role="presentation" class="table_child"><tr><td class="td_child_left">
<div class="ACA_SmLabel">Applicant:</div>${aApplicant.map((a) => `<div class="ACA_Row">${a}</div>`).join('')}</td>
<td class="td_child_right"><div class="ACA_SmLabel">Project Description:</div><div id="ctl00_PlaceHolderMain_lblPrjDesc">${aDesc}</div></td></tr></table>
<h2 class="ACA_Title_Bar"><span>More Details</span></h2>
<h3 class="ACA_Label"><a href="javascript:void(0);" class="NotShowLoading">Application Information</a></h3>
<table role="presentation" class="ACA_TDAlignLeftOrRightTop">${aInfo
  .map(([k, v]) => `<tr><td><span class="ACA_SmLabel ACA_SmLabel_FontSize">${k}</span></td><td><span class="ACA_SmLabel">${v}</span></td></tr>`)
  .join('\n')}</table>
<h3 class="ACA_Label"><a href="javascript:void(0);" class="NotShowLoading">Parcel Information</a></h3>
<div id="divParcel" style="display:none"><span>Parcel Number:</span> 5410207033 <span>Subdivision:</span> HOLLISFORD EAST</div>
</div></div></div></div>
<div id="ACA_Footer" class="ACA_Footer"><a href="https://www.hollisfordco.gov/privacy">Privacy Policy</a>
<a href="https://www.hollisfordco.gov/accessibility">Accessibility</a> <span>Copyright &copy; 2026 City of Hollisford</span></div>
<script type="text/javascript">Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', [], [], [], 90, 'ctl00');</script>
</form></body></html>`;
const accela: TestPage = {
  name: 'heldout462-accela-citizen-access',
  kind: 'docs',
  html: aHtml,
  title: `${aNum} ${aType}`,
  headings: ['Work Location', 'Record Details', 'More Details', 'Application Information', 'Parcel Information'],
  body: ['In Review', aLoc, ...aApplicant, aDesc, ...vals(aInfo)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Login', 'Register for an Account', ...aTabs.filter((t) => t !== 'Planning'), 'Search...', 'Record Info ▼', 'Payments ▼',
    'Privacy Policy', 'Accessibility', 'Copyright © 2026 City of Hollisford',
  ],
};

export const HELDOUT462_A: readonly TestPage[] = [idox, accela];
