import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file f: a small pawnshop's loan rates page in an old Dreamweaver table layout (font tags, spacer GIFs,
 * image rollovers, hit counter) and a phone buyback condition guide built with Elementor Pro on the Hello Elementor theme.
 */
const tTitle = 'Loan Rates &amp; Policies';
const tIntro = j(
  'Midway Loan &amp; Jewelry has made fair loans to the people of Carver County since 1979. We loan on gold, diamonds, guns,',
  'tools, TVs, stereos and musical instruments. All loans are confidential.',
);
const tH = ['Monthly charges', 'How long is my loan?', 'What you need'];
const tRows = [
  ['$5.00 to $50.00', '$5.00 minimum charge'],
  ['$50.01 to $150.00', '10% per month'],
  ['$150.01 to $500.00', '8% per month'],
  ['$500.01 and up', '6% per month'],
];
const tRates = 'Charges are figured on the amount loaned and include storage and insurance. There are no other fees.';
const tLong = [
  j(
    'Loans are for 60 days. You may pay the charges and renew as many times as you like. After 60 days you have a 30 day grace',
    'period. Merchandise not picked up or renewed after the grace period will be put up for sale.',
  ),
  'We will mail you a reminder card 10 days before your loan comes due if you give us your address.',
];
const tNeed = 'A valid drivers license or state ID. Guns can only be picked up by the person who pawned them. Sorry, no loans to anyone under 18.';
const tNav = ['Home', 'Loans', 'We Buy Gold', 'Guns', 'Contact Us'];
const tBtn = (t: string, i: number): string => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.html" onMouseOut="MM_swapImgRestore()"
onMouseOver="MM_swapImage('nav${i}','','images/nav${i}_on.gif',1)"><img src="images/nav${i}.gif" name="nav${i}" width="150" height="28" border="0"
alt="${t}"></a>
<br><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a></font></td></tr>`;
const tF = (size: number, inner: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${inner}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Midway Loan &amp; Jewelry - Loan Rates</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="pawn, pawn shop, loans, gold, guns, Carver County, Midway"><meta name="description" content="Midway Loan and Jewelry loan
rates and policies.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav0_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3" bgcolor="#003366"><img src="images/header.jpg" width="760"
height="110" alt="Midway Loan &amp; Jewelry"></td></tr>
<tr><td colspan="3" bgcolor="#FFCC00" align="center">${tF(2, '<b>Cash Loans On Almost Anything Of Value!</b>')}</td></tr>
<tr><td width="150" valign="top" bgcolor="#E8E8E8"><table width="150" border="0" cellspacing="0" cellpadding="4">${tNav.map(tBtn).join('\n')}</table>
<p align="center">${tF(1, 'Hours:<br>Mon-Fri 9-6<br>Sat 9-3')}</p></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><br>${tF(5, `<b>${tTitle}</b>`)}<br><br>
<p>${tF(2, tIntro)}</p>
<p><b>${tF(3, tH[0] ?? '')}</b></p>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999"><tr
bgcolor="#003366"><td>${tF(2, '<font color="#FFFFFF"><b>Amount Loaned</b></font>')}</td>
<td>${tF(2, '<font color="#FFFFFF"><b>Charge</b></font>')}</td></tr>
${trs(tRows)}</table>
<p>${tF(2, tRates)}</p>
<p><b>${tF(3, tH[1] ?? '')}</b></p>
${tLong.map((p) => `<p>${tF(2, p)}</p>`).join('\n')}
<p><b>${tF(3, tH[2] ?? '')}</b></p>
<p>${tF(2, tNeed)}</p>
<p align="center">${tF(2, '<a href="index.html">Back to Home Page</a>')}</p>
</td></tr>
<tr><td colspan="3" align="center"
bgcolor="#003366">${tF(1, '<font color="#FFFFFF">Midway Loan &amp; Jewelry · 415 N. Main St. · Midway, MN 55099 · (555) 012-8840</font>')}
<br>${tF(1, '<font color="#CCCCCC">Copyright © 2004-2026 Midway Loan &amp; Jewelry. All Rights Reserved.</font>')}</td></tr>
<tr><td colspan="3" align="center"><img src="/cgi-bin/counter.cgi?df=loans.dat" alt="counter">${tF(1, 'You are visitor number 004211')}
<br>${tF(1, 'Best viewed with Internet Explorer at 1024x768')}</td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout554-table-layout-loan-rates',
  kind: 'docs',
  html: tHtml,
  title: 'Loan Rates & Policies',
  headings: tH,
  body: texts([tIntro, ...rowTexts(tRows), tRates, ...tLong, tNeed]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cash Loans On Almost Anything Of Value!', ...tNav.filter((t) => t !== 'Loans' && t !== 'Guns'), 'Hours:', 'Mon-Fri 9-6', 'Sat 9-3', 'Back to Home Page',
    'Midway Loan & Jewelry · 415 N. Main St. · Midway, MN 55099 · (555) 012-8840', 'Copyright © 2004-2026 Midway Loan & Jewelry. All Rights Reserved.',
    'You are visitor number 004211', 'Best viewed with Internet Explorer at 1024x768',
  ],
};

const eTitle = 'Phone Condition Guide';
const eIntro = j(
  'Not sure which condition to pick when you get a quote? Use this guide. Our technicians grade every phone the same way, and if',
  'we grade yours lower than you did, we always send a new offer before paying, never after.',
);
const eGrades: [string, string, string[]][] = [
  [
    'Flawless',
    'Looks like it just came out of the box.',
    ['No scratches, scuffs or dents on the screen or body', 'Battery health of 90% or higher', 'All cameras, buttons and Face ID or fingerprint work'],
  ],
  [
    'Good',
    'Normal signs of everyday use.',
    ['Light scratches that disappear when the screen is on', 'Small scuffs or dings on the frame', 'Everything works as it should'],
  ],
  [
    'Fair',
    'Heavily used but fully working.',
    ['Deep scratches or noticeable dents', 'Battery health below 80% or a service warning', 'No cracks on the screen or back glass'],
  ],
  [
    'Broken',
    'Damaged, but we still want it.',
    ['Cracked screen or back glass', 'Faulty buttons, cameras or speakers', 'Phone must still power on and not be reported lost or stolen'],
  ],
];
const eNote = j(
  'Not sure about your battery health? On an iPhone go to Settings, then Battery, then Battery Health &amp; Charging. On most',
  'Android phones you will find it under Settings, then Battery or Device care.',
);
const eNav = ['Sell My Phone', 'Condition Guide', 'Track Order', 'Store Locator', 'FAQs'];
const eW = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eCon = (id: string, inner: string, cls = 'e-con-boxed e-parent'): string => `<div class="elementor-element elementor-element-${id} e-flex e-con ${cls}"
data-id="${id}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"
viewBox="0 0 512 512">
</svg></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eMenu = (cls: string, hidden: string): string =>
  `<nav class="${cls}"${hidden}><ul class="elementor-nav-menu">${eNav
    .map(
      (t) =>
        `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item"${
          hidden === '' ? '' : ' tabindex="-1"'
        }>${t}</a></li>`,
    )
    .join('\n')}</ul></nav>`;
const eBtn = `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/sell-my-phone/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get Instant Quote</span></span></a></div>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Phone Condition Guide – ReCell
Depot</title>
<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" id="hello-elementor-css"
href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5">
<link rel="stylesheet" id="elementor-post-311-css" href="/wp-content/uploads/elementor/css/post-311.css?ver=1730211140">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[
{"@type":"WebPage","name":"Phone Condition Guide"}]}</script>
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-311 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-311">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  '5c0e1a2',
  `${eW(
    '7b1d3f4',
    'theme-site-logo',
    '<a href="https://recelldepot.com">' + '<img width="200" height="54" src="/wp-content/uploads/2025/02/logo.svg" alt="ReCell Depot"></a>',
  )}
${eW(
  '2d9c0b7',
  'nav-menu',
  `${eMenu('elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade', '')}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('elementor-nav-menu--dropdown elementor-nav-menu__container', ' aria-hidden="true"')}`,
)}
${eW('a4e8f21', 'button', eBtn)}`,
)}</header>
<main id="content" class="site-main post-311 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="311" class="elementor elementor-311" data-elementor-post-type="page">
${eCon(
  '3fa2c1e',
  `${eW('9a1b2c3', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('c81f0d2', 'text-editor', `<p>${eIntro}</p>`)}`,
)}
${eCon(
  '8d2e4a1',
  eGrades
    .map(([g, d, items], i) =>
      eCon(
        `b${i}7e2c${i}`,
        `${eW(`h${i}a1b2c`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${g}</h2>`)}
${eW(`t${i}a1b2c`, 'text-editor', `<p><strong>${d}</strong></p>`)}${eW(`l${i}a1b2c`, 'icon-list', eIcons(items))}`,
        'e-con-full e-child',
      ),
    )
    .join('\n'),
)}
${eCon(
  'e5f6a7b',
  `${eW(
    'f1e2d3c',
    'alert',
    `<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-title">Tip</span>
<span class="elementor-alert-description">${eNote}</span></div>`,
  )}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eCon(
  '0f9e8d7',
  `${eW('1a2b3c4', 'text-editor', '<p>ReCell Depot buys used phones, tablets and smartwatches at 14 stores across Arizona and by mail.</p>')}
${eW('5d6e7f8', 'icon-list', eIcons(['(555) 013-4470', 'help@recelldepot.com']))}
${eW('9a0b1c2', 'text-editor', '<p>© 2026 ReCell Depot LLC. Licensed secondhand dealer, City of Mesquite Flats No. SH-3318.</p>')}`,
)}</footer>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.5"};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.5" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout554-elementor-phone-grades',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eGrades.map(([g]) => g),
  body: texts([eIntro, ...eGrades.flatMap(([, d, items]) => [d, ...items]), eNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Condition Guide'), 'Get Instant Quote', 'Tip',
    'ReCell Depot buys used phones, tablets and smartwatches at 14 stores across Arizona and by mail.',
    '(555) 013-4470', 'help@recelldepot.com', '© 2026 ReCell Depot LLC. Licensed secondhand dealer, City of Mesquite Flats No. SH-3318.',
  ],
};

export const HELDOUT554_F: readonly TestPage[] = [oldTable, elementor];
