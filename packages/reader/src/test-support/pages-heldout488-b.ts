import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file b: a rural coach firm's timetable page in an old table layout (font tags, spacer images, a left
 * menu column and a visitor counter), and a ferry company's fares page on Squarespace 7.1 with an announcement bar.
 */
const tTitle = 'Service 42 Timetable - Winter 2025/26';
const tIntro = [
  j(
    'Service 42 runs between Ridgeway Market Place and Coldharbour Cross via Upper Stowe and Nettlecombe. Timetable valid from',
    'Monday 3rd November 2025 until further notice. No service on Sundays, Christmas Day, Boxing Day or New Years Day.',
  ),
];
const tWeekH = 'Monday to Friday';
const tWeek = [
  ['Ridgeway Market Place', '07.05', '09.20', '12.15', '15.40', '17.25'],
  ['Upper Stowe, Bell Inn', '07.17', '09.32', '12.27', '15.52', '17.37'],
  ['Nettlecombe, Green', '07.26', '09.41', '12.36', '16.01', '17.46'],
  ['Coldharbour Cross', '07.38', '09.53', '12.48', '16.13', '17.58'],
];
const tSatH = 'Saturdays';
const tSat = [
  ['Ridgeway Market Place', '09.20', '12.15', '16.05'],
  ['Upper Stowe, Bell Inn', '09.32', '12.27', '16.17'],
  ['Nettlecombe, Green', '09.41', '12.36', '16.26'],
  ['Coldharbour Cross', '09.53', '12.48', '16.38'],
];
const tNotesH = 'Notes';
const tNotes = [
  'The 07.05 journey runs in school term time only and continues to Coldharbour Academy (arrives 07.45).',
  'Return journeys leave Coldharbour Cross 10 minutes after the times shown above.',
  j('Please hail the driver clearly. The bus will stop anywhere safe along the route between Nettlecombe and Coldharbour Cross', '(hail and ride section).'),
  'Bus passes are accepted on all journeys after 09.30.',
];
const tMenu = ['Home', 'Timetables', 'Private Hire', 'School Contracts', 'Day Trips 2026', 'Lost Property', 'Contact Us'];
const tHead = ['<td><b>Stop</b></td>', ...['', '', '', '', ''].map(() => '<td><b>dep</b></td>')].join('');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Ridgeway Coaches - Service 42 Timetable</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="ridgeway coaches, bus, service 42, timetable">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;document.MM_sr=new Array;}
//-->
</script>
<style type="text/css">body{margin:0;background:#e8e4d8}.menu a{color:#fff;font-weight:bold}.small{font-size:11px}</style></head>
<body bgcolor="#E8E4D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_ridgeway.jpg" width="780" height="120" alt="Ridgeway Coaches Ltd - Est. 1962"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2D4B2A" class="menu"><table width="100%" cellpadding="6">
${tMenu
  .map(
    (t) => `<tr><td><img src="images/bullet.gif" width="8" height="8" alt=""> <a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td>
</tr>`,
  )
  .join('\n')}
</table><br><font color="#FFFFFF" size="1">&nbsp;Tel: 01632 770 212</font><br><br></td>
<td width="620" valign="top"><table width="100%" cellpadding="12"><tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<font size="1"><a href="index.htm">Home</a> &gt; <a href="timetables.htm">Timetables</a> &gt; Service 42</font>
<h1><font color="#2D4B2A">${tTitle}</font></h1>
${ps(tIntro)}
<p align="center"><a href="pdf/service42_winter.pdf"><img src="images/pdf.gif" border="0" alt=""> Printable version (PDF 84kb)</a></p>
<h3>${tWeekH}</h3>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999"><tr bgcolor="#2D4B2A" style="color:#fff">${tHead}</tr>
${trs(tWeek)}</table>
<h3>${tSatH}</h3>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999"><tr bgcolor="#2D4B2A" style="color:#fff">
<td><b>Stop</b></td><td><b>dep</b></td><td><b>dep</b></td><td><b>dep</b></td></tr>
${trs(tSat)}</table>
<h3>${tNotesH}</h3><ul>${lis(tNotes)}</ul>
<hr size="1" noshade><font size="1" class="small">Page last updated 28/10/2025<br>
You are visitor number <img src="/cgi-bin/counter.cgi?page=s42" alt="counter"> 048213</font></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2D4B2A" align="center"><font color="#FFFFFF" size="1" face="Verdana">© Ridgeway Coaches Ltd 2003-2025 |
Unit 4, Stowe Road Industrial Estate, Ridgeway RW4 8LP | <a href="mailto:office@ridgewaycoaches.example"><font color="#FFFFFF">office@ridgewaycoaches.example
</font></a></font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout488-table-layout-timetable',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tWeekH, tSatH, tNotesH],
  body: texts([...tIntro, ...rowTexts(tWeek), ...rowTexts(tSat), ...tNotes]),
  bylines: ['Page last updated 28/10/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tMenu, 'Tel: 01632 770 212', 'Printable version (PDF 84kb)', 'You are visitor number 048213',
    '© Ridgeway Coaches Ltd 2003-2025 | Unit 4, Stowe Road Industrial Estate, Ridgeway RW4 8LP | office@ridgewaycoaches.example',
  ],
};

const sTitle = 'Fares &amp; Tickets';
const sDek = 'One ticket covers every crossing in the harbour. Children under five travel free with a paying adult.';
const sSingleH = 'Single fares';
const sSingle = ['Adult: $4.50', 'Youth (5 to 17): $2.25', 'Senior (65+): $2.25', 'Bicycle: $1.00', 'Car and driver (Lindqvist Point route only): $18.00'];
const sPassH = 'Passes';
const sPass = [
  j(
    '<strong>10-Ride Card</strong> – $38.00 for adults, $19.00 for youth and seniors. Valid for 12 months from the first ride and',
    'can be shared by people travelling together.',
  ),
  '<strong>Monthly Pass</strong> – $95.00 for unlimited crossings in a calendar month. Youth and senior monthly passes are $48.00.',
  '<strong>Island Resident Pass</strong> – $60.00 a month for residents of Saltholm and Kelp Island, with proof of address.',
];
const sBuyH = 'Where to buy';
const sBuy = [
  j(
    'Buy single tickets and 10-Ride Cards from the machines at every terminal, or tap a contactless card on the reader as you board.',
    'Monthly and resident passes are sold at the Harbour Street office, Monday to Friday, 8am to 4pm.',
  ),
  'Cash is accepted on board on the Lindqvist Point route only. Please have the exact fare ready.',
];
const sFaqH = 'Good to know';
const sFaq: readonly (readonly [string, string])[] = [
  ['Do I need a ticket for my dog?', 'No. Dogs on a lead travel free, but they must stay on the outside deck.'],
  [
    'Can I get a refund if a sailing is cancelled?',
    'Yes. Single tickets for a cancelled sailing can be refunded at any terminal machine within 30 days, or used on the next sailing.',
  ],
  ['Are fares changing this year?', 'Fares will stay the same until 31 March 2027. We will post any changes here at least a month ahead.'],
];
const sNav = ['Routes', 'Schedules', 'Fares', 'Charters', 'News', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Fares — Lindqvist Harbour Ferries</title><link rel="canonical" href="https://www.lindqvistferries.example/fares">
<meta property="og:site_name" content="Lindqvist Harbour Ferries"><meta property="og:title" content="Fares — Lindqvist Harbour Ferries">
<meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="defer" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f8a1c2e","siteTitle":"Lindqvist Harbour Ferries"},
"templateId":"5c5a519771c10ba3470d8101","pageType":10,"collection":{"title":"Fares","typeName":"page"}};</script>
<script type="application/ld+json">{"url":"https://www.lindqvistferries.example","name":"Lindqvist Harbour Ferries","@context":"http://schema.org",
"@type":"WebSite"}</script><link href="//static1.squarespace.com/static/versioned-site-css/5f8a1c2e/27/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-5f8a1c2e6b" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid
 show-announcement-bar">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-url">
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" role="button" aria-label="Close">
</span>
<div id="announcement-bar-text-inner-id"><p>Winter schedule in effect from 1 November. <a href="/schedules">See sailing times</a></p></div></div></div></div>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header"><div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="Lindqvist Harbour Ferries" style="display:block"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse
sqs-button-element--primary" href="/schedules">Buy Tickets</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1a0c">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed
section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle bright" data-section-id="64f1a0d">
<div class="section-background"><img alt="" data-src="//images.squarespace-cdn.com/content/v1/ferry-deck.jpg"></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f1a0e">
<div class="fe-block fe-block-yui_3_17_2_1_1698"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="text-align:center;white-space:pre-wrap;">${sDek}</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--medium horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f1a0f">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64f1a10">
<div class="fe-block fe-block-a1"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sSingleH}</h2><ul data-rte-list="default">${lis(sSingle.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div>
<div class="fe-block fe-block-a2"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sPassH}</h2>${ps(sPass, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-a3"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/pass-application" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Apply for a Resident Pass</a></div></div></div></div>
<div class="fe-block fe-block-a4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sBuyH}</h2>${ps(sBuy, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sFaqH}</h2>
${sFaq.map(([q, a]) => `<h4 style="white-space:pre-wrap;">${q}</h4><p style="white-space:pre-wrap;">${a}</p>`).join('\n')}
</div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small dark"
data-section-id="64f1a11"><div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64f1a12">
<div class="fe-block fe-block-b1"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64f1a13" autocomplete="on" method="POST" novalidate
onsubmit="return (function (form) { Y.use('squarespace-form-submit'); return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Sailing Alerts</h2><div class="newsletter-form-header-description">
<p>Hear about weather cancellations before you leave home.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><strong>Lindqvist Harbour Ferries</strong></p><p style="white-space:pre-wrap;">Harbour Street Terminal, Port Hallen</p>
<p style="white-space:pre-wrap;">© 2026 Lindqvist Harbour Ferries Co.</p></div></div></div></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div></body></html>`;
const squarespace: TestPage = {
  name: 'heldout488-squarespace-ferry-fares',
  kind: 'docs',
  html: sHtml,
  title: 'Fares & Tickets',
  headings: [sSingleH, sPassH, sBuyH, sFaqH, ...sFaq.map(([q]) => q)],
  body: texts([sDek, ...sSingle, ...sPass, ...sBuy, ...sFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Winter schedule in effect from 1 November. See sailing times', 'Skip to Content', ...sNav.filter((t) => t !== 'Fares'), 'Buy Tickets',
    'Apply for a Resident Pass', 'Sailing Alerts', 'Hear about weather cancellations before you leave home.', 'Email Address', 'Sign Up',
    'We respect your privacy.', 'Lindqvist Harbour Ferries', 'Harbour Street Terminal, Port Hallen', '© 2026 Lindqvist Harbour Ferries Co.',
    'This site uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT488_B: readonly TestPage[] = [tables, squarespace];
