import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout481-kit.js';

/**
 * Held-out batch 481, file f: an annual meeting notice on an old table-layout HOA site (FrontPage era, left link column and
 * hit counter), and architectural guidelines on WordPress with Elementor (Hello theme, header and footer templates, popup).
 */
const tTitle = 'NOTICE OF ANNUAL MEETING OF MEMBERS';
const tBody = [
  j(
    'Notice is hereby given that the Annual Meeting of the Members of the Quail Run Estates Property Owners Association will be held on',
    'Saturday, January 24, 2026, at 10:00 a.m. in the fellowship hall of Quail Run Community Church, 5100 County Road 19.',
  ),
  'The purposes of the meeting are:',
  'To elect three (3) directors for two-year terms.',
  'To receive the 2025 financial report and approve the 2026 budget.',
  'To vote on the proposed amendment to Covenant 7 (fences along road frontage).',
  'To transact any other business that may properly come before the meeting.',
  j(
    'A quorum of 20% of the lots is required. If you cannot attend, please sign and return the enclosed proxy so that the meeting can',
    'go forward. Proxies may be mailed to P.O. Box 212, Millbrook, or dropped in the box at the front gate.',
  ),
  'Coffee and donuts will be served at 9:30.',
];
const tSide = ['Home', 'Covenants', 'Board Members', 'Newsletters', 'Dues', 'Photo Gallery', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta
name="ProgId" content="FrontPage.Editor.Document">
<title>Quail Run Estates POA - Annual Meeting</title><style><!-- a:link{color:#003366} body{font-family:Verdana,Arial} .small{font-size:8pt} --></style>
<script language="JavaScript"><!-- function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}
//--></script></head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0"><table border="0" width="780" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#6B8E23" height="90"><img border="0" src="images/banner.jpg" width="780" height="90" alt="Quail Run Estates"></td></tr>
<tr><td colspan="2" bgcolor="#556B2F" align="center"><font color="#FFFFFF"
size="2"><b>Quail Run Estates Property Owners Association &nbsp;|&nbsp; Millbrook, Texas</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEE8AA"><table border="0" width="100%" cellpadding="4">
${tSide.map((t) => `<tr><td><font size="2" face="Verdana"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><p align="center"><font size="1">You are visitor number<br><img src="/cgi-bin/Count.cgi?df=qre.dat" alt="counter"><br>since 1999</font></p></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td>
<p align="center"><font size="4" face="Verdana" color="#556B2F"><b>${tTitle}</b></font></p>
<p align="center"><font size="2"><i>Posted December 28, 2025</i></font></p>
<p><font size="2" face="Verdana">${tBody[0]}</font></p><p><font size="2" face="Verdana">${tBody[1]}</font></p>
<ol>${tBody
  .slice(2, 6)
  .map((t) => `<li><font size="2" face="Verdana">${t}</font></li>`)
  .join('\n')}</ol>
<p><font size="2" face="Verdana">${tBody[6]}</font></p><p><font size="2" face="Verdana">${tBody[7]}</font></p>
<p><font size="2" face="Verdana">By order of the Board of Directors,<br>Wendell Pruitt, Secretary</font></p>
<p><font size="2"><a href="docs/proxy2026.pdf">Click here for the proxy form</a> &nbsp;&nbsp; <a href="docs/budget2026.pdf">2026 Proposed Budget</a></font></p>
<hr size="1" color="#556B2F"></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#EEE8AA" align="center"><font size="1" face="Verdana">Copyright &copy; 1999-2026 Quail Run Estates POA. All rights reserved.<br>
Questions about this web site? <a
href="mailto:webmaster@quailrunpoa.org">E-mail the webmaster</a><br>Last updated: 12/28/2025</font></td></tr></table></body></html>`;
const tableNotice: TestPage = {
  name: 'heldout481-table-layout-poa-meeting',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Posted December 28, 2025', 'By order of the Board of Directors,', 'Wendell Pruitt, Secretary', 'Last updated: 12/28/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quail Run Estates Property Owners Association | Millbrook, Texas', ...tSide, 'You are visitor number', 'since 1999',
    'Click here for the proxy form', '2026 Proposed Budget', 'Copyright © 1999-2026 Quail Run Estates POA. All rights reserved.',
    'Questions about this web site?', 'E-mail the webmaster',
  ],
};

const eTitle = 'Architectural Guidelines: Fences, Sheds and Exterior Paint';
const eBody = [
  j(
    'Any change to the outside of your home or lot needs approval from the Architectural Review Committee (ARC) before work begins.',
    'These guidelines summarize what the ARC usually approves, so you can plan a request that goes through the first time.',
  ),
  'Fences',
  'Fences may be no taller than 6 feet in back yards and 4 feet in front of the front wall of the house.',
  'Approved materials are cedar, black aluminum and tan or white vinyl. Chain link is not allowed.',
  'The finished side of the fence must face the street or the neighboring lot.',
  'Sheds',
  j(
    'One storage shed is allowed per lot, up to 120 square feet and 10 feet tall. It must sit behind the house, at least 5 feet from',
    'each property line, and match the siding or trim color of the home.',
  ),
  'Exterior paint',
  j(
    'Repainting in the same colors does not need approval. A change of color does: choose from the approved palette on file at the',
    'clubhouse and attach the paint chip to your request. Bright accent colors on front doors are reviewed case by case.',
  ),
  'How to submit a request',
  j(
    'Submit the online ARC form with a site plan, a photo of the area and a description of materials and colors. The ARC meets on the',
    'second Monday of each month and answers within 30 days. Work started without approval may have to be removed at the owner\u2019s cost.',
  ),
];
const eHeads = [1, 5, 7, 9];
const eNav = ['Home', 'Residents', 'ARC Requests', 'Documents', 'Events', 'Contact'];
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Architectural Guidelines &#8211; Copper Ridge Community Association</title>
<link rel='stylesheet' id='hello-elementor-css' href='https://copperridgeca.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://copperridgeca.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-214-css' href='https://copperridgeca.com/wp-content/uploads/elementor/css/post-214.css?ver=1715622101' media='all'>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external, google_font-enabled"></head>
<body class="page-template page-template-elementor_header_footer page page-id-214 elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eW(
  'theme-site-logo',
  `<a href="https://copperridgeca.com"><img src="/wp-content/uploads/2024/02/copper-ridge-logo.png"
alt="Copper Ridge Community Association"></a>`,
)}
${eW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul
id="menu-1-7f2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav><div class="elementor-menu-toggle" role="button"
tabindex="0" aria-label="Menu Toggle"></div>`,
)}
${eW(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="https://copperridge.portal.example/login"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Resident Portal</span></span></a>`,
)}
</div></div></div>
<main id="content" class="site-main post-214 page type-page status-publish hentry"><div class="page-content"><div data-elementor-type="wp-page"
data-elementor-id="214" class="elementor elementor-214" data-elementor-post-type="page">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', `<p>Updated by the ARC, February 2026</p>`)}</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner"><div
class="elementor-element e-con-full e-flex e-con e-child">
${eW('text-editor', ps([eBody[0] ?? '']))}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`)}
${eW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eBody
    .slice(2, 5)
    .map(
      (t) =>
        `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`,
)}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[5]}</h2>`)}${eW('text-editor', ps([eBody[6] ?? '']))}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[7]}</h2>`)}${eW('text-editor', ps([eBody[8] ?? '']))}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[9]}</h2>`)}${eW('text-editor', ps([eBody[10] ?? '']))}
${eW(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/arc-request-form/"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Start an ARC Request</span></span></a>`,
)}
</div><div class="elementor-element e-con-full e-flex e-con e-child">
${eW('heading', `<h4 class="elementor-heading-title elementor-size-default">Need help?</h4>`)}
${eW('text-editor', `<p>Call the management office at (480) 555-0193, Monday to Friday, 8 a.m. to 4 p.m.</p>`)}
${eW('heading', `<h4 class="elementor-heading-title elementor-size-default">Related documents</h4>`)}
${eW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${['CC&Rs (PDF)', 'Approved Paint Palette (PDF)', 'ARC Meeting Calendar']
    .map(
      (t) => `<li
class="elementor-icon-list-item"><a href="/docs/"><span class="elementor-icon-list-text">${t.replace(/&/g, '&amp;')}</span></a></li>`,
    )
    .join('')}</ul>`,
)}
</div></div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer"
data-elementor-post-type="elementor_library"><div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${eW('text-editor', `<p>Copper Ridge Community Association · 2200 W. Copper Ridge Pkwy, Mesa, AZ</p>`)}
${eW('text-editor', `<p>© 2026 Copper Ridge Community Association. All Rights Reserved.</p>`)}
</div></div></div>
<div data-elementor-type="popup" data-elementor-id="502" class="elementor elementor-502 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:{&quot;page_load&quot;:&quot;yes&quot;,&quot;page_load_delay&quot;:5}}"
data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div
class="e-con-inner">${eW('heading', `<h3 class="elementor-heading-title elementor-size-default">Stay in the loop</h3>`)}
${eW('text-editor', `<p>Get community alerts by text or email.</p>`)}${eW(
  'button',
  `<a class="elementor-button elementor-button-link" href="/alerts/"><span
class="elementor-button-text">Sign Up for Alerts</span></a>`,
)}</div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={
"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"version":"3.21.4",
"urls":{"assets":"https:\\/\\/copperridgeca.com\\/wp-content\\/plugins\\/elementor\\/assets\\/"},
"post":{"id":214,"title":"Architectural%20Guidelines"}};</script>
<script src='https://copperridgeca.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const elementorGuidelines: TestPage = {
  name: 'heldout481-elementor-hoa-arc-guidelines',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: at(eBody, ...eHeads),
  body: texts(eBody.filter((_, i) => !eHeads.includes(i))),
  bylines: ['Updated by the ARC, February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Residents', 'ARC Requests', 'Documents', 'Events', 'Contact', 'Resident Portal', 'Start an ARC Request', 'Need help?',
    'Call the management office at (480) 555-0193, Monday to Friday, 8 a.m. to 4 p.m.', 'Related documents', 'CC&Rs (PDF)',
    'Approved Paint Palette (PDF)', 'ARC Meeting Calendar', 'Copper Ridge Community Association · 2200 W. Copper Ridge Pkwy, Mesa, AZ',
    '© 2026 Copper Ridge Community Association. All Rights Reserved.', 'Stay in the loop', 'Get community alerts by text or email.', 'Sign Up for Alerts',
  ],
};

export const HELDOUT481_F: readonly TestPage[] = [tableNotice, elementorGuidelines];
