import { type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file f: a watersports centre's prices and opening times page in an old Dreamweaver table layout (font
 * tags, spacer images, rollover menu, hit counter), and a corporate team-day landing page on HubSpot CMS with a HubSpot form.
 */
const tTitle = 'Prices &amp; Opening Times 2027';
const tIntro = j(
  'Welcome to Brenmoor Reservoir Watersports! Below are our prices for the 2027 season. All prices include VAT and the hire',
  'of buoyancy aids. Wetsuits are £5 extra. Please arrive 30 minutes before your session.',
);
const tHire = [
  ['Sailing dinghy (Topper)', '£22', '£38', '£60'],
  ['Windsurfer', '£18', '£30', '£48'],
  ['Canoe (2 person)', '£20', '£34', '£55'],
  ['Stand up paddleboard', '£15', '£26', '£40'],
];
const tCourses = [
  ['RYA Start Sailing Level 1', '2 days', '£185'],
  ['RYA Start Windsurfing', '2 days', '£175'],
  ['BC Paddlestart', '1 day', '£85'],
  ['Kids Fun Club (8-12 yrs)', 'Saturday mornings', '£20 per week'],
];
const tHours = [
  ['March - May', '10am - 5pm', 'Wed - Sun'],
  ['June - August', '9am - 7pm', 'Every day'],
  ['September - October', '10am - 5pm', 'Wed - Sun'],
];
const tNote = j(
  'PLEASE NOTE: The reservoir is owned by Brenmoor Water. Swimming is NOT allowed at any time. Under 16s must be accompanied',
  'by an adult on the water. We reserve the right to stop hire in high winds.',
);
const tNav = ['Home', 'Prices', 'Courses', 'Groups &amp; Parties', 'Gallery', 'How to find us', 'Contact'];
const tTable = (head: string[], rows: string[][]): string =>
  `<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#336699"><tr bgcolor="#336699">${head
    .map(
      (h) => `<td><font
face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>${h}</b></font></td>`,
    )
    .join('')}</tr>
${rows
  .map((r) =>
    tr(
      r.map((c) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${c}</font>`),
      ' bgcolor="#EEF4FA"',
    ),
  )
  .join('\n')}</table>`;
const tH2 = (t: string): string => `<h2><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#336699">${t}</font></h2>`;
const tP = (t: string): string => `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Brenmoor Reservoir Watersports - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="sailing, windsurfing, canoeing, reservoir, watersports, courses, hire, brenmoor"><meta name="description" content="Brenmoor
Reservoir Watersports prices and opening times">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];} }
//--></script><style type="text/css"><!-- body { margin-left: 0px; margin-top: 0px; background-color: #CCDDEE; } a:link { color: #003366; } .small {
font-size: 10px; } --></style></head>
<body onLoad="MM_preloadImages('images/nav_home_over.gif','images/nav_prices_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header_banner.jpg" alt="Brenmoor Reservoir Watersports - Sailing, Windsurfing, Canoeing" width="780" height="120"></td>
</tr>
<tr><td width="160" valign="top" bgcolor="#336699"><table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm" onMouseOut="MM_swapImgRestore()"><font
face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr>
<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">Tel: 01452 339 017<br>Open 7 days in summer!</font></td></tr></table></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td><td width="610" valign="top"><br>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#003366">${tTitle}</font></h1>
${tP(tIntro)}
${tH2('Equipment Hire')}${tTable(['Craft', '1 hour', '2 hours', 'Half day'], tHire)}
${tH2('Courses')}${tTable(['Course', 'Length', 'Price'], tCourses)}
${tH2('Opening Times')}${tTable(['Months', 'Hours', 'Days'], tHours)}
${tP(`<b>${tNote}</b>`)}
<p align="center"><a href="booking.htm"><img src="images/book_now_button.gif" alt="Book Now" width="150" height="40" border="0"></a></p>
<p align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>Page last updated 14/02/2027</i></font></p></td></tr>
<tr><td colspan="3" bgcolor="#336699" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&copy; Brenmoor Reservoir
Watersports 2003-2027 |
<a href="sitemap.htm"><font color="#FFFFFF">Site Map</font></a> | Site by <a href="http://www.glosweb.co.uk"><font color="#FFFFFF">GlosWeb Design</font></a><br>
You are visitor number <img src="/cgi-bin/counter.cgi?df=prices.dat" alt="counter"></font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout547-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: 'Prices & Opening Times 2027',
  headings: ['Equipment Hire', 'Courses', 'Opening Times'],
  body: texts([tIntro, ...[...tHire, ...tCourses, ...tHours].map(rowText), tNote]),
  bylines: ['Page last updated 14/02/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Groups & Parties', 'Gallery', 'How to find us', 'Contact', 'Tel: 01452 339 017', 'Open 7 days in summer!',
    '© Brenmoor Reservoir Watersports 2003-2027', 'Site Map', 'Site by GlosWeb Design', 'You are visitor number',
  ],
};

const uTitle = 'Team Days on the Water';
const uDek = 'Paddleboard races, raft building and a beach barbecue for teams of 10 to 80, run from our centre on Saltings Quay.';
const uSecs: { h: string; p: string }[] = [
  {
    h: 'How a team day works',
    p: j(
      'Your group arrives mid-morning for a safety briefing and kit-up. Our instructors split you into crews and run a rotation of',
      'three activities through the day: giant paddleboard relays, a raft build with barrels and rope, and a kayak treasure hunt',
      'around the moorings. We finish with awards and a barbecue on the beach.',
    ),
  },
  {
    h: 'No experience needed',
    p: j(
      'Every activity is designed for complete beginners and the water in the harbour is sheltered and shallow. We provide all',
      'wetsuits, buoyancy aids and towels. Anyone who would rather stay dry can join the shore crew for the raft build.',
    ),
  },
  {
    h: 'Prices',
    p: j(
      'A full team day costs £89 per person and a half day £55, including lunch. There is a minimum of 10 people. We will send a',
      'written quote within one working day of your enquiry.',
    ),
  },
];
const uNav = ['Lessons', 'Hire', 'Team Days', 'Schools', 'Contact'];
const uFields = ['First name*', 'Last name*', 'Work email*', 'Company name', 'Group size*', 'Preferred date'];
const uMod = (
  id: string,
  inner: string,
): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-section"><div class="row-fluid "><div class="span12 widget-span
widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row"><div class="row-fluid "><div class="span12
widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${inner}</span></div>
</div></div></div></div></div></div>`;
const uField = (label: string, i: number): string =>
  `<div class="hs_field_${i} hs-form-field"><label id="label-field_${i}" class=""
for="field_${i}-a1b2"><span>${label.replace('*', '')}</span>${label.endsWith('*') ? '<span class="hs-form-required">*</span>' : ''}</label><legend
class="hs-field-desc" style="display: none;"></legend><div class="input"><input id="field_${i}-a1b2" name="field_${i}" required="" placeholder="" type="text"
class="hs-input" inputmode="text" autocomplete="off" value=""></div></div>`;
const uHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Team Building Days | Saltings Quay Watersports</title>
<link rel="shortcut icon" href="https://www.saltingsquay.co.uk/hubfs/favicon.png"><meta name="description" content="${uDek}">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="${uDek}"><meta property="og:title" content="Team Building Days | Saltings Quay Watersports">
<link rel="stylesheet" href="https://www.saltingsquay.co.uk/hubfs/hub_generated/template_assets/1/98765432101/1711990000000/template_main.min.css">
<style>#hs_cos_wrapper_widget_2 hr{border:0 none;border-bottom-width:1px}.dnd-section > .row-fluid{max-width:1100px}</style>
<link rel="canonical" href="https://www.saltingsquay.co.uk/team-days"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-145678901234 hs-landing-page hs-page"><div
data-global-resource-path="saltings-2024/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><a
href="https://www.saltingsquay.co.uk"><img src="https://www.saltingsquay.co.uk/hubfs/saltings-logo.svg" alt="Saltings Quay Watersports" width="180"></a></div>
<div class="header__menu"><div id="hs_menu_wrapper_navigation-primary" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation"
data-sitemap-name="default" data-menu-id="98765432111" aria-label="Navigation Menu">
<ul role="menu">${uNav
  .map(
    (t) => `<li class="hs-menu-item hs-menu-depth-1${t === 'Team Days' ? ' active active-branch' : ''}" role="none"><a
href="https://www.saltingsquay.co.uk/${t.toLowerCase().replace(' ', '-')}" role="menuitem">${t}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="header__button"><a class="button" href="tel:01206555014">Call 01206 555 014</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing-page"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
${uMod('1', `<h1>${uTitle}</h1><p>${uDek}</p>`)}
${uSecs.map((s, i) => uMod(String(i + 2), `<h2>${s.h}</h2><p>${s.p}</p>`)).join('\n')}
${uMod(
  '6',
  `<blockquote><p>"Best away day we have had. Half the finance team fell in during the raft race and they are still talking about it."</p><p>—
Operations Manager, Colne Valley Insurance</p></blockquote>`,
)}
<div class="row-fluid-wrapper row-depth-1 row-number-7 dnd-section"><div id="hs_cos_wrapper_widget_form"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<h3 id="hs_cos_wrapper_widget_form_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field" data-hs-cos-type="text">Ask for a quote</h3>
<div id="hs_form_target_widget_form"><div class="hbspt-form" id="hbspt-form-7f1e2d3c"><form novalidate="" accept-charset="UTF-8"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1234567/7f1e2d3c" enctype="multipart/form-data" id="hsForm_7f1e2d3c"
method="POST" class="hs-form-private hsForm_7f1e2d3c hs-form stacked hs-custom-form" data-instance-id="7f1e2d3c" data-form-id="7f1e2d3c"
data-portal-id="1234567">
${uFields.map(uField).join('\n')}
<div class="legal-consent-container"><div class="hs-richtext"><p>We will only use your details to reply to your enquiry. You can read our privacy notice at any
time.</p></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Request a quote"></div></div></form></div>
</div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="saltings-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper"><p>Saltings
Quay Watersports, The Hard, Brightlingsea-on-Colne</p>
<p>© 2027 Saltings Quay Watersports Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-region="hs-eu-cookie-confirmation"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/1234567.js"></script>
<script src="https://www.saltingsquay.co.uk/hubfs/hub_generated/template_assets/1/98765432102/1711990000000/template_main.min.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout547-hubspot-team-days',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map((s) => s.h),
  body: [uDek, ...uSecs.map((s) => s.p)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lessons', 'Hire', 'Schools', 'Contact', 'Call 01206 555 014',
    '"Best away day we have had. Half the finance team fell in during the raft race and they are still talking about it."',
    '— Operations Manager, Colne Valley Insurance', 'Ask for a quote', ...uFields,
    'We will only use your details to reply to your enquiry. You can read our privacy notice at any time.',
    'Saltings Quay Watersports, The Hard, Brightlingsea-on-Colne', '© 2027 Saltings Quay Watersports Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT547_F: readonly TestPage[] = [tables, hubspot];
