import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, trs } from './pages-heldout695-kit.js';

/**
 * Held-out batch 695, file f: a ski school's school-groups landing page on HubSpot CMS (drag-and-drop theme) with a form and
 * cookie banner, and a small club-run dry slope's prices and opening times page in an old table layout.
 */
const hTitle = 'Dry slope ski days for schools';
const hDek = 'Curriculum-linked outdoor PE for groups of 10 to 60 pupils, with instructors, kit and lift included.';
const hParas = [
  j(
    'Our school days give every pupil two hours of coached skiing or snowboarding on the dry slope, split into small groups by',
    'ability. Teachers are free to join in or to watch from the heated viewing room.',
  ),
  'Every session includes:',
];
const hIncl = ['Qualified instructors at a ratio of 1 to 8', 'Boots, skis or boards, helmets and gloves', 'A written risk assessment for your visit'];
const hH = 'How to book';
const hBook = j(
  'Tell us your preferred dates and group size using the form and we will send a quote within two working days. Terms run',
  'from September to July; Monday and Friday mornings book up first.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>School Ski Days | Fellside Snowsports</title>
<meta name="description" content="Curriculum-linked outdoor PE on the dry slope for groups of 10 to 60 pupils.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:title" content="School Ski Days"><link rel="stylesheet" href="/hs-fs/hub/4410297/hub_generated/template_assets/1/main.min.css">
<style>#hs_cos_wrapper_widget_1697 .hs-button{background-color:#0b4f8a;}</style>
<link rel="canonical" href="https://www.fellsidesnowsports.co.uk/schools"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1182 hs-site-page page"><div data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/">
<img src="/hubfs/fellside-logo.svg" alt="Fellside Snowsports"></a></span></div><div class="header__menu"><nav aria-label="Main menu" class="menu">
<ul class="menu__wrapper no-list"><li class="menu__item menu__item--depth-1"><a class="menu__link" href="/lessons">Lessons</a></li>
<li class="menu__item menu__item--depth-1 menu__item--active-branch">
<a class="menu__link menu__link--active-link" href="/schools" aria-current="page">Schools</a></li>
<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/parties">Parties</a></li>
<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/contact">Contact</a></li></ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1695" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-general-type="widget">
<span id="hs_cos_wrapper_widget_1695_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<h1>${hTitle}</h1><p style="font-size: 20px;">${hDek}</p>${ps(hParas)}<ul>${lis(hIncl)}</ul><h2>${hH}</h2><p>${hBook}</p></span></div>
</div></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1697" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form">
<h3 class="form-title">Request a quote</h3>
<div id="hs_form_target_widget_1697"></div>
<script>hbspt.forms.create({portalId:"4410297",formId:"9b2c1e0f-5d3a",target:"#hs_form_target_widget_1697"});</script>
</div></div></div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Fellside Snowsports · Fellside Ski Slope, Kendrew Road, Fellside FS4 1RP</p><p>© 2026 Fellside Snowsports CIC</p>
<a href="/privacy">Privacy notice</a></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-banner-type="new">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p>
</div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4410297.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout695-hubspot-school-days',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH],
  body: texts([hDek, ...hParas, ...hIncl, hBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lessons', 'Parties', 'Contact', 'Request a quote', 'Fellside Snowsports · Fellside Ski Slope, Kendrew Road, Fellside FS4 1RP',
    '© 2026 Fellside Snowsports CIC', 'Privacy notice', 'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

const tTitle = 'Prices & Opening Times';
const tIntro = 'All prices include ski or board hire, boots and helmet. Members pay the prices in brackets.';
const tOpen = [
  ['Tuesday & Thursday', '6.30pm - 9.30pm', 'Club night (members only)'],
  ['Wednesday', '7pm - 9.30pm', 'Public session'],
  ['Saturday', '10am - 4pm', 'Public session &amp; lessons'],
  ['Sunday', '10am - 1pm', 'Public session'],
];
const tPrices = [
  ['1 hour public session', '£14 (£9)'],
  ['2 hour public session', '£22 (£14)'],
  ['Group lesson, 1 hour', '£26 (£20)'],
];
const tNote = 'The slope is run entirely by volunteers. Sessions may be cancelled in bad weather - please ring 07700 900412 after 5pm to check.';
const tSide = ['Home', 'Prices', 'Lessons', 'Club Racing', 'Membership', 'Photos', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Greyhill Ski Club - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="ski, dry slope, greyhill, lessons, snowboard"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/banner.gif" width="760" height="110"
alt="Greyhill Ski Club"></td></tr><tr><td width="160" valign="top" bgcolor="#003366" class="nav">
${tSide.map((t) => `<a href="${t.toLowerCase().replace(' ', '')}.htm" class="navlink">${t}</a><br>`).join('\n')}
<br><font size="1" color="#FFFFFF">You are visitor number<br><b>048213</b></font></td>
<td width="600" valign="top" class="main"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<h1><font color="#003366">${tTitle}</font></h1><p>${tIntro}</p>
<h3>Opening Times</h3><table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr bgcolor="#003366"><td><font color="#FFFFFF"><b>Day</b></font></td><td><font color="#FFFFFF"><b>Times</b></font></td><td><font color="#FFFFFF"><b>Session</b>
</font></td></tr>
${trs(tOpen)}</table>
<h3>Prices</h3><table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">${trs(tPrices)}</table>
<p><b>${tNote}</b></p>
<p align="center"><font size="1">Page last updated 12/09/2026</font></p></font></td></tr>
<tr><td colspan="2" align="center" bgcolor="#CCCCCC"><font size="1">&copy; Greyhill Ski Club 2003-2026 | Registered charity no. 1097731 |
<a href="mailto:webmaster@greyhillskiclub.org.uk">Webmaster</a></font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout695-table-layout-club-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Opening Times', 'Prices'],
  body: texts([tIntro, ...tOpen.map(row), ...tPrices.map(row), tNote]),
  bylines: ['Page last updated 12/09/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Membership', 'Photos', 'Links', 'Contact Us', 'Club Racing', 'You are visitor number 048213',
    '© Greyhill Ski Club 2003-2026 | Registered charity no. 1097731 | Webmaster',
  ],
};

export const HELDOUT695_F: readonly TestPage[] = [hubspot, tableLayout];
