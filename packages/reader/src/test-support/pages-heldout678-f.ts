import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, clean, j, rowText, tr } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file f: a private observatory's monthly sky notes on a hand-written table layout (HTML 4, font tags, image
 * menu, hit counter), and a planetarium's school field trips page on HubSpot CMS with a cookie banner and a booking form.
 */
const tTitle = 'Sky Notes for April 2026';
const tIntro = j(
  'Spring is galaxy season. With the Milky Way low on the horizon in the evening we look out of the plane of our own galaxy and into',
  'the deep sky beyond, where the Leo and Virgo galaxies are well placed in the south by 10 pm.',
);
const tPlanRows = [
  ['Mercury', 'Not visible'],
  ['Venus', 'Brilliant in the west after sunset'],
  ['Mars', 'Faint, in Gemini, sets at 1 am'],
  ['Saturn', 'Morning sky, low in the east'],
];
const tGal = [
  j(
    'The Leo Triplet, M65, M66 and NGC 3628, fit in one low-power field under the hind leg of Leo. From Glenharrow all three are',
    'visible in a 6-inch telescope on a good night; NGC 3628 is the hardest, a faint sliver seen edge-on.',
  ),
  'Further east, Markarian’s Chain strings eight galaxies across the heart of the Virgo Cluster. Star-hop from Denebola.',
];
const tObs = j(
  'The observatory roof will be open on the evenings of 10, 11 and 17 April for visitors who have booked by email. Please do not',
  'arrive unannounced, as the lane is private.',
);
const tNav = ['Home', 'The Observatory', 'Sky Notes', 'Photo Gallery', 'Equipment', 'Links', 'Guestbook', 'Email Me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Glenharrow Observatory - Sky Notes April 2026</title>
<meta name="keywords" content="astronomy, sky notes, glenharrow, observatory, galaxies, planets"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" type="text/css" href="style.css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#000020" text="#E0E0E0" link="#FFCC33" vlink="#CC9933" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('nav_on.gif')">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120"
alt="Glenharrow Observatory" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#101040" class="nav"><br>
${tNav
  .map(
    (t) => `<table width="150" border="0" cellspacing="0" cellpadding="3"><tr><td class="navcell"><font face="Verdana, Arial" size="2"><b>
${anchors([t], 'navlink')}</b></font></td></tr></table>`,
  )
  .join('\n')}
<br><center><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=skynotes" alt="48213"><br>since 1 Jan
2003</font></center><br>
<center><a href="http://www.ukastronomywebring.example/next"><font size="1" face="Verdana">UK Astro Webring - Next Site &gt;&gt;</font></a></center></td>
<td width="620" valign="top" class="bodytext"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#FFCC33">${tTitle}</font></h1>
<p><font face="Verdana, Arial" size="2">${tIntro}</font></p>
<h3><font face="Verdana, Arial" color="#99CCFF">The Planets</font></h3>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#333366"><tr bgcolor="#202060"><th><font face="Verdana" size="2">Planet</font></th>
<th><font face="Verdana" size="2">Where to look</font></th></tr>
${tPlanRows.map((r) => tr(r)).join('\n')}</table>
<h3><font face="Verdana, Arial" color="#99CCFF">Galaxies of the Month</font></h3>
${ps(tGal.map((p) => `<font face="Verdana, Arial" size="2">${p}</font>`))}
<p align="center"><img src="images/leo_triplet_small.jpg" width="400" height="267" alt="Leo Triplet" border="1"><br><font face="Verdana" size="1"><i>The Leo
Triplet,
60 x 2 minute exposures, 8&quot; SCT, March 2024</i></font></p>
<h3><font face="Verdana, Arial" color="#99CCFF">Open Nights</font></h3>
<p><font face="Verdana, Arial" size="2">${tObs}</font></p>
<p><font face="Verdana, Arial" size="2">Clear skies,<br>Alasdair</font></p>
<hr size="1" color="#333366"><p><font face="Verdana" size="1">Page last updated: 29 March 2026<br>
<a href="skynotes_mar26.htm">&lt;&lt; March 2026</a> | <a href="skynotes_archive.htm">Sky Notes archive</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#101040"><font face="Verdana" size="1">&copy; 2003-2026 Glenharrow Observatory. All images copyright unless stated.
<br>Best viewed at 800x600 in Internet Explorer or Netscape.</font></td></tr></table></body></html>`;
const tableNotes: TestPage = clean({
  name: 'heldout678-table-layout-sky-notes',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['The Planets', 'Galaxies of the Month', 'Open Nights'],
  body: [tIntro, ...tPlanRows.map(rowText), ...texts(tGal), tObs],
  bylines: ['Clear skies, Alasdair', 'Page last updated: 29 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'You are visitor number', 'since 1 Jan 2003', 'UK Astro Webring - Next Site >>', 'The Leo Triplet, 60 x 2 minute exposures, 8" SCT, March 2024',
    '<< March 2026', 'Sky Notes archive', '© 2003-2026 Glenharrow Observatory. All images copyright unless stated.',
    'Best viewed at 800x600 in Internet Explorer or Netscape.',
  ],
});

const uTitle = 'School Field Trips';
const uDek = 'Curriculum-linked planetarium shows and workshops for pupils aged 5 to 18, led by our education team.';
const uIntro = j(
  'A visit to Brightwater Planetarium combines a live show under our 14-metre dome with a hands-on workshop in the Discovery Lab.',
  'Every programme is linked to the national curriculum and comes with a teacher pack of before-and-after activities.',
);
const uProgs: [string, string][] = [
  [
    'Early years and Key Stage 1',
    j(
      'Twinkle and the Moon: a gentle, story-led show about day and night and the shape of the Moon, followed by a crater-making',
      'workshop with flour and marbles.',
    ),
  ],
  [
    'Key Stage 2',
    j(
      'Our Solar System: pupils fly from the Sun to Neptune and compare the planets, then build a scale model of the solar system',
      'along the length of the corridor.',
    ),
  ],
  [
    'Key Stages 3 and 4',
    j('Life of a Star: from nebula to supernova, with a spectroscopy workshop in which students use diffraction glasses to identify', 'elements in gas lamps.'),
  ],
];
const uPriceRows = [
  ['Show only', '£6 per pupil'],
  ['Show and workshop', '£9 per pupil'],
  ['Accompanying adults', 'Free, one for every six pupils'],
];
const uBook = 'Sessions run Tuesday to Friday during term time. Fill in the form and we will reply within two working days to confirm a date.';
const uForm = ['First name', 'Last name', 'School email', 'School name', 'Number of pupils', 'Preferred dates'];
const uNav = ['What’s On', 'Visit', 'Schools', 'Membership', 'About'];
const uFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings'];
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>School Field Trips | Brightwater Planetarium</title>
<meta name="description" content="Curriculum-linked planetarium shows and workshops for schools."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:url" content="https://www.brightwaterplanetarium.org/schools/field-trips"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.brightwaterplanetarium.org/hubfs/hub_generated/template_assets/1/9981/1712/template_main.min.css">
<style>#hs_cos_wrapper_widget_1712 .section-hero { background-color: #0b1033; }</style></head>
<body><div class="body-wrapper   hs-content-id-98124400 hs-site-page page "><div data-global-resource-path="brightwater-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<a href="/"><img src="https://www.brightwaterplanetarium.org/hubfs/logo.svg" alt="Brightwater Planetarium"></a></div>
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(uNav, 'menu__item menu__item--depth-1  hs-skip-lang-url-rewrite')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module"
data-widget-type="custom_widget" data-x="0" data-w="12"><div id="hs_cos_wrapper_widget_1712"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section-hero"><h1>${uTitle}</h1><p class="section-hero__subtitle">${uDek}</p></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section"><div class="row-fluid "><div class="span8 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1713" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"><span
id="hs_cos_wrapper_widget_1713_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text"><p>${uIntro}</p>
<h2>Programmes</h2>
${uProgs.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<h2>Prices</h2><table style="width: 100%; border-collapse: collapse;"><tbody><tr><td><strong>Session</strong></td><td><strong>Price</strong></td></tr>
${uPriceRows.map((r) => tr(r)).join('\n')}</tbody></table>
<h2>Book a visit</h2><p>${uBook}</p></span></div></div>
<div class="span4 widget-span widget-type-custom_widget dnd-module"><div id="hs_cos_wrapper_widget_1714" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-form"><span id="hs_cos_wrapper_widget_1714_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"
data-hs-cos-type="form"><h3 id="hs_cos_wrapper_form_1714_title" class="hs_cos_wrapper form-title">Request a booking</h3><div id="hs_form_target_form_1714">
<form class="hs-form stacked hs-form-private" novalidate accept-charset="UTF-8" data-form-id="3d1e7b0c" data-portal-id="2448871">
${uForm
  .map(
    (f, i) => `<div class="hs_field_${i} hs-form-field field">
<label for="field_${i}-3d1e7b0c"><span>${f}</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="field_${i}-3d1e7b0c" name="field_${i}" class="hs-input" type="text" value=""></div></div>`,
  )
  .join('\n')}
<div class="legal-consent-container"><div class="hs-richtext"><p>We will only use your details to arrange your visit.</p></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Send request"></div></div></form></div></span></div>
</div></div></div></div></div></div></div></main>
<div data-global-resource-path="brightwater-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Brightwater Planetarium, Harbour Road, Brightwater BW2 6NP. Registered charity 1098812.</p><ul
class="footer__links">${links(uFoot)}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-sticky-banner="true"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/2448871.js"></script></body></html>`;
const hubspotTrips: TestPage = clean({
  name: 'heldout678-hubspot-school-trips',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['Programmes', ...uProgs.map((p) => p[0]), 'Prices', 'Book a visit'],
  body: [uDek, uIntro, ...uProgs.map((p) => p[1]), ...uPriceRows.map(rowText), uBook],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Request a booking', ...uForm, 'We will only use your details to arrange your visit.',
    'Brightwater Planetarium, Harbour Road, Brightwater BW2 6NP. Registered charity 1098812.', ...uFoot,
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT678_F: readonly TestPage[] = [tableNotes, hubspotTrips];
