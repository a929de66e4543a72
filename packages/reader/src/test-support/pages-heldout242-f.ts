import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';
import { forum } from './pages-heldout242-f2.js';

/**
 * Held-out batch 242, file f: a planning portal's application summary page in the Idox Public Access template (council
 * header, "Skip to main content", search tabs, the page heading, address crumb, the Summary / Details / Contacts / Important
 * Dates / Documents / Related Cases / Map tabs, the simple details table, "Comment on this application" box, tracking links
 * and footer) and, from file f2, a DIY interiors forum thread on phpBB.
 */
const iTitle = 'Planning – Application Summary';
const iRows = [
  ['Reference', '26/00417/FUL'],
  ['Alternative Reference', 'PP-13820571'],
  ['Application Received', 'Fri 16 Jan 2026'],
  ['Application Validated', 'Tue 27 Jan 2026'],
  ['Address', '14 Cooper Street, Linthorpe Vale, LV3 6QR'],
  [
    'Proposal',
    j(
      'Erection of single storey rear extension with flat green roof and two roof lanterns, replacement of existing rear',
      'dormer with larger dormer clad in zinc, and installation of air source heat pump to side elevation',
    ),
  ],
  ['Status', 'Awaiting decision'],
  ['Appeal Status', 'Unknown'],
  ['Appeal Decision', 'Not Available'],
];
const iNotes = [
  j(
    'The consultation period for this application has not yet ended. Comments received after the expiry date may still be',
    'considered if a decision has not been made.',
  ),
];
const iNav = ['Simple Search', 'Advanced', 'Weekly/Monthly Lists', 'Property Search', 'Map Search'];
const iTabs = ['Summary', 'Details', 'Contacts', 'Important Dates', 'Constraints', 'Documents (12)', 'Related Cases (2)', 'Map'];
const iTrack = ['Track this application', 'Save this search', 'Login', 'Register'];
const iFoot = ['Accessibility', 'Cookies', 'Privacy notice', 'Contact the planning team'];
const iHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Summary | 26/00417/FUL | Erection of single storey rear extension | 14 Cooper Street, Linthorpe Vale</title>
<link rel="stylesheet" type="text/css" href="/online-applications/css/pa-default.css" />
<script type="text/javascript" src="/online-applications/js/jquery-3.7.1.min.js"></script>
<script type="text/javascript">var contextPath = '/online-applications'; var keyVal = 'S8ZQ4HKL0KT00';</script></head>
<body><div id="idox"><div id="header"><a href="#pa" class="skip">Skip to main content</a>
<div id="logo"><a href="https://www.linthorpevale.gov.example/">Linthorpe Vale Borough Council</a></div>
<div id="headerRight"><ul id="toplinks">${links(iTrack.slice(2), '')}</ul></div></div>
<div id="pa"><div class="container"><div id="navigation"><ul id="searchtypes" class="tabs">${links(iNav)}</ul></div>
<div class="content"><div id="pageheading"><h1>${iTitle}</h1></div>
<div class="addressCrumb"><span class="description">Erection of single storey rear extension with flat green roof</span>
<span class="divider">|</span><span class="address">14 Cooper Street, Linthorpe Vale, LV3 6QR</span></div>
<div class="tabcontainer"><ul class="tabs">${links(iTabs)}</ul>
<div id="tabcontent" class="tabcontent"><table summary="Case Details" id="simpleDetailsTable">
${iRows.map(([k, v]) => `<tr><th scope="row">${k}</th>\n<td>${v}</td></tr>`).join('\n')}
</table>
<div class="commentsbox"><p>${iNotes[0]}</p>
<a id="commentsLink" class="button primary" href="/online-applications/applicationDetails.do?activeTab=makeComment">Comment
on this application</a><p class="commentcount">Comments received: 3</p></div>
<div id="tracking"><ul>${links(iTrack.slice(0, 2), 'trackitem')}</ul></div></div></div></div></div></div>
<div id="footer"><ul>${links(iFoot)}</ul><p>© Linthorpe Vale Borough Council 2026</p><p class="idox">Public Access powered by Idox</p></div>
<div id="cookieNotice" class="cookie-notice"><p>This site uses cookies to store your search preferences.</p><button>OK</button></div></div>
<script type="text/javascript">$(function(){ initTabs('#tabcontent'); });</script></body></html>`;
const idox: TestPage = {
  name: 'heldout242-idox-planning-application',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iRows.map(([, v]) => v ?? ''), ...iNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Linthorpe Vale Borough Council', ...iTrack, ...iNav,
    ...iTabs.slice(1), 'Comment on this application', 'Comments received: 3', ...iFoot, '© Linthorpe Vale Borough Council 2026',
    'Public Access powered by Idox', 'This site uses cookies to store your search preferences.',
  ],
};

export const HELDOUT242_F: readonly TestPage[] = [idox, forum];
