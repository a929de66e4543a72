import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file f: an amateur boxing club's history page on a hand-made table layout of the early 2000s (font
 * tags, a link column, a hit counter and a "last updated" line) and a mixed martial arts gym's beginners' programme page on
 * HubSpot CMS (drag-and-drop sections, a HubSpot form, the EU cookie banner and a global header and footer).
 */
const tTitle = 'Club History';
const tBody = [
  j(
    'Gorseby Amateur Boxing Club was started in 1952 by a group of dockers who trained in the back room of the Anchor Inn on',
    'Quay Street. The first coach was Albert "Nobby" Clegg, a former Royal Navy champion, who ran the club for twenty-six years.',
  ),
  j(
    'In 1961 the club moved into the old drill hall on Fenwick Road, which it still uses today. The ring was built by members',
    'out of timber from a demolished warehouse, and the same corner posts are still in use.',
  ),
  'The 1970s and 1980s',
  j(
    'These were the club\u2019s most successful years. Gorseby boxers won nine regional titles and two national schoolboy titles,',
    'and in 1979 Terry Walsh became the first member to box for England. The club also started its first junior section in 1974.',
  ),
  'Club honours',
  '1966 - Regional team champions',
  '1979 - Terry Walsh, England international',
  '1984 - Two national schoolboy champions',
  '1998 - Regional team champions',
  '2003 - Club of the Year, County Sports Awards',
  'Today',
  j(
    'The club has around eighty members, from juniors of eleven to veterans in their sixties who come along to keep fit. We are',
    'run entirely by volunteers and rely on subs and our annual boxing show to pay for the hall. New members are always welcome.',
  ),
];
const tNav = ['Home', 'Training Times', 'Coaches', 'Results', 'Photos', 'Links', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Gorseby ABC - Club History</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="boxing, gorseby, amateur boxing club, ABC, juniors">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<style type="text/css">
<!--
a:link { color: #FFCC00; text-decoration: none } a:hover { color: #FFFFFF; text-decoration: underline }
.nav { font-family: Verdana, Arial; font-size: 11px; font-weight: bold }
-->
</style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#000000" text="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#990000"><img src="images/banner.jpg" width="760" height="110" alt="Gorseby Amateur Boxing Club - Est. 1952"></td></tr>
<tr><td colspan="2" bgcolor="#333333" height="20"><marquee scrollamount="3">
<font face="Verdana" size="1" color="#FFCC00">Annual Boxing Show - Saturday 14th May - Tickets from the club - Doors 6.30pm</font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#1A1A1A"><br>
<table width="140" border="0" cellspacing="2" cellpadding="3" align="center">
${tNav.map((n) => `<tr><td bgcolor="#660000" class="nav">&raquo; <a href="${n.toLowerCase().replace(/ /g, '')}.htm">${n}</a></td></tr>`).join('\n')}
</table><br><center><font face="Verdana" size="1">Visitors:<br>
<img src="http://counter.digits.net/?counter={0a1b2c3d}&amp;template=simple" alt="hit counter" border="0"></font></center>
<br><center><font face="Verdana" size="1">Affiliated to the<br>ABA of England</font></center></td>
<td width="610" valign="top" bgcolor="#000000"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica" size="2"><p align="center"><font size="5" color="#FFCC00"><b>${tTitle}</b></font></p>
${ps(tBody.slice(0, 2))}
<p><font size="3" color="#FFCC00"><b>${tBody[2]}</b></font></p>
${ps([tBody[3] ?? ''])}
<p><img src="images/team1979.jpg" width="400" height="260" alt="" border="1"><br><i><font size="1">The 1979 squad outside the drill hall</font></i></p>
<p><font size="3" color="#FFCC00"><b>${tBody[4]}</b></font></p>
<ul>${lis(tBody.slice(5, 10))}</ul>
<p><font size="3" color="#FFCC00"><b>${tBody[10]}</b></font></p>
${ps([tBody[11] ?? ''])}
<p align="center"><a href="#top">Back to top</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#333333" align="center"><font face="Verdana" size="1">&copy; Gorseby ABC 2005 | Site by K. Pryor |
<a href="mailto:webmaster@gorsebyabc.co.uk">Email the webmaster</a><br>Last updated: 12/03/2005 | Best viewed at 800x600 in Internet Explorer</font></td></tr>
</table></body></html>`;
const tables: TestPage = gold({
  name: 'heldout508-table-layout-boxing-history',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tBody[2] ?? '', tBody[4] ?? '', tBody[10] ?? ''],
  body: texts(tBody.filter((_, i) => ![2, 4, 10].includes(i))),
  bylines: ['Last updated: 12/03/2005'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Annual Boxing Show - Saturday 14th May - Tickets from the club - Doors 6.30pm', ...tNav, 'Visitors:', 'Affiliated to the ABA of England',
    'The 1979 squad outside the drill hall', 'Back to top', '© Gorseby ABC 2005', 'Site by K. Pryor', 'Email the webmaster',
    'Best viewed at 800x600 in Internet Explorer',
  ],
});

const hTitle = 'Your First 30 Days at Apex Combat Club';
const hDek = 'A step-by-step beginners\u2019 programme for adults who have never trained in a martial art.';
const hBody = [
  j(
    'Starting something new is easier when you know what is coming. Our On-Ramp programme takes you from your first visit to',
    'joining regular classes in four weeks, with a coach who knows your name and checks in with you every week.',
  ),
  'Week 1: Foundations',
  j(
    'Two small-group sessions covering stance, movement and basic striking, plus a one-to-one mobility check. You will not spar',
    'or roll with anyone this week.',
  ),
  'Week 2: Grappling basics',
  j(
    'Breakfalls, escapes from bottom positions and the first takedown. We pair you with a trained partner from the On-Ramp',
    'team, never with a random member.',
  ),
  'Week 3: Putting it together',
  'You join your first full Fundamentals class, with your On-Ramp coach on the mat alongside you.',
  'Week 4: Choose your path',
  j(
    'At the end of the month you sit down with your coach and pick a membership that fits: striking, grappling or the full MMA',
    'timetable. Nobody is pushed into a contract.',
  ),
  'What\u2019s included',
  'Eight coached sessions over four weeks',
  'A pair of 16oz gloves and hand wraps to keep',
  'A free rash guard when you join after the programme',
  'Weekly check-ins by text or in person',
  j('The On-Ramp programme costs £79, and the full amount comes off your first month if you become a member. Places are limited', 'to eight people a month.'),
];
const hNav = ['Classes', 'Timetable', 'Coaches', 'Memberships', 'Free Trial'];
const hFoot = ['About', 'Careers', 'Privacy Policy', 'Terms of Membership'];
const hRich = (html: string, id: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-section"><div class="row-fluid">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${id}1 dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${html}</span></div>
</div></div></div></div></div></div>`;
const hWeeks = [1, 3, 5, 7].map((i) => `<h3>${hBody[i]}</h3>${ps([hBody[i + 1] ?? ''])}`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Beginners' MMA Programme | First 30 Days | Apex Combat Club</title>
<meta name="description" content="${hDek}"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:url" content="https://www.apexcombatclub.com/beginners"><link rel="canonical" href="https://www.apexcombatclub.com/beginners">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/1234567/1701234567/template_main.min.css">
<style>#hs_cos_wrapper_widget_1701 .hero{background-color:#0d0d0d}</style>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-112233445566 hs-site-page page"><div data-global-resource-path="apex-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="https://www.apexcombatclub.com/hubfs/apex-logo.svg" class="hs-image-widget"
alt="Apex Combat Club" width="150" height="40"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${hNav
  .map(
    (n) => `<li class="has-submenu menu-item hs-skip-lang-url-rewrite">
<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="menu-link">${n}</a></li>`,
  )
  .join('')}</ul></nav></span></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell" data-x="0" data-w="12">
${hRich(`<div class="hero"><h1>${hTitle}</h1><p class="hero__subtitle">${hDek}</p></div>`, '1701')}
${hRich(`${ps([hBody[0] ?? ''])}\n${hWeeks}`, '1702')}
${hRich(`<h2>${hBody[9]}</h2><ul>${lis(hBody.slice(10, 14))}</ul>${ps([hBody[14] ?? ''])}`, '1703')}
<div class="row-fluid-wrapper row-depth-1 row-number-1704 dnd-section"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1704" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<h3 id="hs_cos_wrapper_widget_1704_title" class="hs_cos_wrapper form-title">Reserve your place</h3><div id="hs_form_target_widget_1704">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/7052064/9a8b7c6d"
enctype="multipart/form-data" id="hsForm_9a8b7c6d" method="POST" class="hs-form stacked hs-custom-form hs-form-private">
<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-9a8b7c6d" for="firstname-9a8b7c6d">
<span>First name</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="firstname-9a8b7c6d" name="firstname" required placeholder="" type="text" class="hs-input" inputmode="text"
autocomplete="given-name" value=""></div></div>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-9a8b7c6d" for="email-9a8b7c6d"><span>Email</span>
<span class="hs-form-required">*</span></label>
<div class="input"><input id="email-9a8b7c6d" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"
value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Book my first session"></div></div></form>
</div></div></div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="apex-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address"><p>Apex Combat Club, 300 Harrow Lane, Dunmore Park</p><p>Open 6am\u201310pm, seven days a week</p></div>
<nav aria-label="Footer menu" class="footer__menu"><ul>${hFoot
  .map(
    (f) => `<li class="menu-item">
<a href="/${f.toLowerCase().replace(/ /g, '-')}" class="menu-link">${f}</a></li>`,
  )
  .join('')}</ul></nav>
<p class="footer__copyright">© 2027 Apex Combat Club Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
</div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7052064.js"></script></body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout508-hubspot-mma-beginners',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [1, 3, 5, 7, 9].map((i) => hBody[i] ?? ''),
  body: texts([hDek, ...hBody.filter((_, i) => ![1, 3, 5, 7, 9].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Reserve your place', 'First name', 'Email', 'Apex Combat Club, 300 Harrow Lane, Dunmore Park',
    'Open 6am\u201310pm, seven days a week', ...hFoot, '© 2027 Apex Combat Club Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT508_F: readonly TestPage[] = [tables, hubspot];
