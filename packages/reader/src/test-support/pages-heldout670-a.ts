import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file a: a greyhound stadium's race card on an old hand-built table layout, and a racecourse hospitality
 * package page on Squarespace 7.1.
 */
const gTitle = 'Friday Night Race Card';
const gIntro = [
  j(
    'Twelve races tonight with the first off at 7.12pm. Gates open at 6pm and the Trackside Grill serves from 6.15pm.',
    'The first four races are shown below; the full card is printed in the programme on sale at the turnstiles.',
  ),
  'Going: Normal. Trap draw made Wednesday 4 March. Reserves run only if a runner is withdrawn before 6.30pm.',
];
const gRaces: { head: string; rows: string[][] }[] = [
  {
    head: 'Race 1 - 7.12pm - 462m Flat - Grade A6 - £95 to Winner',
    rows: [
      ['1', 'Kilbrack Rocket', 'M. Dunleavy', '4321', '28.71'],
      ['2', 'Sandhill Tess', 'P. Oakes', '5634', '28.90'],
      ['3', 'Marram Flyer', 'J. Corrie', '2215', '28.64'],
      ['4', 'Dromore Dusty', 'M. Dunleavy', '6453', '29.02'],
      ['5', 'Ballyvane Joy', 'S. Kettering', '3342', '28.83'],
      ['6', 'Ours Is Blue', 'R. Hallam', '1566', '28.77'],
    ],
  },
  {
    head: 'Race 2 - 7.29pm - 462m Flat - Grade A3 - £120 to Winner',
    rows: [
      ['1', 'Whitecross Ned', 'J. Corrie', '1132', '28.40'],
      ['2', 'Lough Arrow Lass', 'P. Oakes', '2421', '28.52'],
      ['3', 'Tinkers Promise', 'S. Kettering', '4213', '28.49'],
      ['4', 'Grangefield Bolt', 'A. Marsh', '3345', '28.61'],
      ['5', 'Copperbeech Sam', 'R. Hallam', '2251', '28.38'],
      ['6', 'Velvet Kestrel', 'A. Marsh', '5122', '28.57'],
    ],
  },
  {
    head: 'Race 3 - 7.46pm - 650m Flat - Grade S2 - £150 to Winner',
    rows: [
      ['1', 'Slaney Mist', 'M. Dunleavy', '2312', '40.88'],
      ['2', 'Hurricane Olly', 'J. Corrie', '1443', '41.10'],
      ['3', 'Fernhill Gem', 'P. Oakes', '3211', '40.95'],
      ['4', 'Crusoe Bay', 'S. Kettering', '4524', '41.21'],
      ['5', 'Harrowfield Mac', 'R. Hallam', '1135', '40.79'],
    ],
  },
  {
    head: 'Race 4 - 8.03pm - 280m Hurdles - Open - £250 to Winner',
    rows: [
      ['1', 'Leapfrog Lenny', 'A. Marsh', '1214', '16.92'],
      ['2', 'Kerry Quickstep', 'P. Oakes', '2121', '16.88'],
      ['3', 'Ditch Jumper', 'J. Corrie', '3312', '17.04'],
      ['4', 'Mossy Bank Tom', 'M. Dunleavy', '1423', '16.97'],
    ],
  },
];
const gNote = 'Card correct at time of going to press. The stadium accepts no liability for errors or late changes.';
const gNav = ['Home', 'Race Cards', 'Last Night', 'Fixture List', 'Trackside Grill', 'Owners Corner', 'Kennel Vacancies', 'Find Us'];
const gRaceTables = gRaces
  .map(
    (r) => `<table width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#cccccc" class="card">
<tr bgcolor="#003366"><td colspan="5" class="racehead"><font color="#ffffff" face="Verdana" size="2"><b>${esc(r.head)}</b></font></td></tr>
<tr bgcolor="#e6e6e6"><th align="left">Trap</th><th align="left">Greyhound</th><th align="left">Trainer</th><th>Form</th><th>Best</th></tr>
${trs(r.rows, 'runner')}
</table><br>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Harrowfield Greyhound Stadium :: Race Cards</title><meta name="keywords" content="greyhound racing, Harrowfield, race card, dogs">
<link href="styles/main.css" rel="stylesheet" type="text/css"><script language="JavaScript" src="scripts/menu.js"></script>
<script language="JavaScript">function MM_openBrWindow(u,n,f){window.open(u,n,f);}</script>
<style type="text/css">.runner td{font-family:Verdana;font-size:11px;background:#fff}.racehead{padding:4px}</style></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner_top.jpg" width="780" height="110"
alt="Harrowfield Greyhound Stadium - Racing Every Tuesday, Friday and Saturday"></td></tr>
<tr><td colspan="2" bgcolor="#ffcc00"><marquee scrollamount="3"><font face="Verdana" size="1"><b>Next meeting: Saturday 7 March, first race 7.04pm.
Party nights from £19.95 a head - ring the office on 01632 960 412</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#003366" class="leftnav">
<table width="160" border="0" cellpadding="4" cellspacing="0">
${gNav.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '')}.asp" class="navlink">${t}</a></td></tr>`).join('\n')}
</table><br><div align="center"><font color="#ffffff" face="Verdana" size="1">You are visitor number 0184321</font></div></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<h1><font face="Verdana" color="#003366">${gTitle}</font></h1>
<font face="Verdana" size="2">${ps(gIntro)}</font>
<p align="right"><a href="#" onclick="window.print();return false;">Print this card</a> |
<a href="javascript:MM_openBrWindow('card_pdf.asp','card','width=600,height=700')">Download PDF</a></p>
${gRaceTables}
<p><font face="Verdana" size="1"><i>${gNote}</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font color="#ffffff" face="Verdana" size="1">
Last updated: 5 March 2026<br>&copy; 2004-2026 Harrowfield Greyhound Stadium Ltd. All rights reserved.<br>
Site by <a href="http://www.netlinkdesign.example" class="footlink">NetLink Web Design</a></font></td></tr>
</table></body></html>`;
const greyhoundCard: TestPage = {
  name: 'heldout670-greyhound-race-card-tables',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [...gIntro, ...gRaces.flatMap((r) => [r.head, ...rowTexts(r.rows)]), gNote],
  bylines: ['Last updated: 5 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Next meeting: Saturday 7 March, first race 7.04pm. Party nights from £19.95 a head - ring the office on 01632 960 412',
    ...gNav.filter((t) => t !== 'Trackside Grill'),
    'You are visitor number 0184321', 'Print this card', 'Download PDF', '© 2004-2026 Harrowfield Greyhound Stadium Ltd. All rights reserved.',
    'Site by NetLink Web Design',
  ],
};

const sTitle = 'The Winning Post Package';
const sDek = 'Our most popular raceday package, with a private table overlooking the finishing line.';
const sIntro = [
  j(
    'The Winning Post sits on the first floor of the Queen Mother Stand, thirty metres from the line. Every table has its own',
    'window seat and a tote runner who comes to you, so you never miss a finish queueing at the windows.',
  ),
];
const sIncluded = [
  'Premier admission badge for every guest',
  'Glass of English sparkling wine on arrival',
  'Three-course lunch with coffee and petits fours',
  'Afternoon tea served after the fourth race',
  'Racecard and a private tote betting service',
  'Dedicated host for your table throughout the day',
];
const sTimings = [
  j(
    'The suite opens two and a half hours before the first race. Lunch is served ninety minutes before the first, so that it',
    'is cleared in good time for the opener. The bar stays open until one hour after the last race.',
  ),
];
const sPrices = [
  'Midweek racedays: from £129 per person plus VAT',
  'Saturday racedays: from £169 per person plus VAT',
  'Easter Monday and Boxing Day: from £215 per person plus VAT',
];
const sGood = [
  j(
    'Tables seat from two to twelve guests; larger parties can book the whole suite on selected days. Smart dress is required,',
    'and jackets are preferred for gentlemen, though ties are optional.',
  ),
  j(
    'We can cater for all dietary needs with notice. Please tell us about any allergies at least seven days before your visit.',
    'Parking in the Members car park is included for one car per four guests.',
  ),
];
const sNav = ['Fixtures', 'Tickets', 'Hospitality Packages', 'Private Events', 'Plan Your Visit', 'Contact'];
const sFoot = ['Ashby Vale Racecourse', 'Lockley Road, Ashby Vale, AV4 7RD', 'Racecourse office: 01632 960 870'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} &mdash; Ashby Vale Racecourse</title><link rel="canonical" href="https://www.ashbyvaleracecourse.example/winning-post">
<meta property="og:site_name" content="Ashby Vale Racecourse"><meta property="og:title" content="${sTitle} &mdash; Ashby Vale Racecourse">
<meta name="description" content="${sDek}"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.ashbyvaleracecourse.example","name":"Ashby Vale Racecourse",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Ashby Vale Racecourse Ltd","address":"Lockley Road",
"@context":"http://schema.org","@type":"Organization"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-4a1c3b0b.css" rel="stylesheet" type="text/css">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/site.css"></head>
<body id="collection-64b0e3f1a2" class="header--menu-open-no primary-button-style-solid tweak-global-animations-enabled">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar yui3-widget"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>Boxing Day hospitality is now on sale &ndash; book early to avoid
disappointment</p></div></div><a class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></a></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/"><img
src="//images.squarespace-cdn.com/content/v1/avr/logo.png" alt="Ashby Vale Racecourse"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Buy Tickets</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"
aria-expanded="false"><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b0e3f1a2a7">
<section data-test="page-section" data-section-theme="black" class="page-section full-bleed-section layout-engine-section background-width--full-bleed
section-height--large content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="section-background">
<img data-src="https://images.squarespace-cdn.com/content/v1/avr/winning-post-hero.jpg" alt="Guests at a window table in the Winning Post suite"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64b0e4"><div class="fe-block fe-block-1"><div class="sqs-block html-block
sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-block-html-subtitle" style="text-align:center;white-space:pre-wrap;">${sDek}</p></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-7 span-7"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">What&rsquo;s included</h2>
<ul data-rte-list="default">${lis(sIncluded.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">Raceday timings</h2>${ps(sTimings, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">Prices</h3><ul data-rte-list="default">${lis(sPrices.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">Good to know</h2>${ps(sGood, ' style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.com/content/v1/avr/table-setting.jpg" alt="Table setting">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Lunch is served from the Vale Kitchen, two floors below the suite.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/book-winning-post" class="sqs-block-button-element--large sqs-button-element--primary
sqs-block-button-element">Book This Package</a></div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><a href="/s/hospitality-brochure-2026.pdf"
class="sqs-block-button-element--medium sqs-button-element--secondary sqs-block-button-element">Download the Brochure</a></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">${ps(sFoot)}</div></div></div></div>
<div class="col sqs-col-8 span-8"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="64b0f0"><header
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Be first to hear about raceday offers</h2></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label
class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary"
type="submit"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>&copy; 2026 Ashby Vale Racecourse Ltd.
Registered in England No. 00412877</p></div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--with-buttons">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to show you raceday offers.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceHospitality: TestPage = {
  name: 'heldout670-racecourse-hospitality-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['What\u2019s included', 'Raceday timings', 'Prices', 'Good to know'],
  body: texts([sDek, ...sIntro, ...sIncluded, ...sTimings, ...sPrices, ...sGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Boxing Day hospitality is now on sale – book early to avoid disappointment', 'Skip to Content', ...sNav, 'Buy Tickets',
    'Lunch is served from the Vale Kitchen, two floors below the suite.', 'Book This Package', 'Download the Brochure', ...sFoot,
    'Be first to hear about raceday offers', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '© 2026 Ashby Vale Racecourse Ltd. Registered in England No. 00412877',
    'This website uses cookies to improve your experience and to show you raceday offers.', 'Decline', 'Accept',
  ],
};

export const HELDOUT670_A: readonly TestPage[] = [greyhoundCard, squarespaceHospitality];
