import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file f: a town council's page on kitesurf and windsurf zones on Drupal (Olivero theme) with a zone table
 * and a sidebar, and an old windsurf school's course and price page in a FrontPage-era table layout.
 */
const dTitle = 'Kitesurfing and windsurfing zones at Brenmouth Beach';
const dIntro = [
  j(
    'Brenmouth Beach is shared by swimmers, anglers, paddlers, kitesurfers and windsurfers. To keep everyone safe, the Council',
    'sets out zones for each activity between 1 May and 30 September each year. Outside those dates the whole beach may be used,',
    'but riders must still keep 100 metres from swimmers.',
  ),
];
const dZones = [
  ['Zone A', 'North of the lifeboat slipway to Cullen Rocks', 'Kitesurfing and wing foiling', 'All day'],
  ['Zone B', 'Lifeboat slipway to the beach café', 'Windsurfing and sailing craft', 'All day'],
  ['Zone C', 'Beach café to the south groyne', 'Swimming only (lifeguarded)', '10:00 to 18:00'],
];
const dRules = [
  'Launch and land kites only in the marked launch area at the north end of Zone A.',
  'Keep at least 100 metres from swimmers and from the lifeguard patrol area.',
  'Do not ride within 50 metres of the pier or the slipway while boats are launching.',
  'Riders must hold third-party insurance, for example through membership of a national association.',
];
const dEnforce = j(
  'Council beach wardens patrol the zones at weekends and during school holidays. Riders who ignore the zones may be asked to',
  'leave the beach, and repeated breaches can lead to a fine under the Brenmouth Foreshore Byelaws.',
);
const dNav = ['Home', 'Bins and recycling', 'Parking', 'Beaches', 'Planning', 'Your council'];
const dCrumbs = ['Home', 'Beaches'];
const dSide = ['Lifeguard season and patrol times', 'Dogs on beaches', 'Beach huts: apply for a licence'];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Contact the Council', 'Cookies'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Brenmouth Town Council</title><link rel="canonical" href="https://www.brenmouth-tc.gov.uk/beaches/kitesurfing-windsurfing-zones">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3f9aWq2.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/58","currentLanguage":"en"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div
class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Brenmouth Town Council</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form"
class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys" name="keys"
class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="main-content__container container"><div class="region--content-grid grid-full"><div class="region--content grid-full layout--pass--content-medium"
id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="58"
class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>The zones</h2>
<table><caption>Beach zones, 1 May to 30 September</caption><thead>${trs([['Zone', 'Where', 'Who may use it', 'Hours']], 'th')}</thead><tbody>
${trs(dZones)}</tbody></table>
<h2>Rules for riders</h2><ol>${lis(dRules)}</ol>
<h2>Enforcement</h2>${ps([dEnforce])}
</div><div class="field field--name-field-last-updated field--type-datetime field--label-inline"><div class="field__label">Page last updated</div>
<div class="field__item"><time datetime="2026-03-18T12:00:00Z">18 March 2026</time></div></div></div></article></div></div></div>
<div class="region--sidebar"><div id="block-relatedbeachpages" class="block block-menu-block"><h2 class="block__title">Related pages</h2><div
class="block__content">
<ul class="menu">${links(dSide, 'menu__item')}</ul></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div class="block__content"><div class="text-content"><p>Brenmouth Town Council, Harbour
Offices, Quay Lane, Brenmouth</p>
</div></div></div></div></div><div class="region region--footer-bottom grid-full"><nav class="block block-menu navigation menu--footer"><ul
class="menu">${links(dFoot)}</ul></nav>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div><script src="/sites/default/files/js/js_Qm7b2cNv.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupalZones: TestPage = {
  name: 'heldout673-drupal-olivero-zones',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['The zones', 'Rules for riders', 'Enforcement'],
  body: texts([...dIntro, ...rowTexts(dZones), ...dRules, dEnforce]),
  bylines: ['Page last updated', '18 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brenmouth Town Council', 'Menu', 'Search', 'Main navigation', 'Home', 'Bins and recycling', 'Parking', 'Beaches', 'Planning',
    'Your council',
    'Breadcrumb', 'Beach zones, 1 May to 30 September', 'Related pages', ...dSide, 'Brenmouth Town Council, Harbour Offices, Quay Lane, Brenmouth', ...dFoot,
    'Powered by Drupal',
  ],
};

const oTitle = 'Windsurf Courses 2025';
const oIntro = j(
  'All courses take place on Hollin Mere from April to October. Groups are small (max. 6 per instructor) and all equipment',
  'incl. wetsuit and buoyancy aid is provided. You just bring a towel, swimwear and old trainers!',
);
const oCourses: string[][] = [
  ['Taster session', '2 hours', '£45'],
  ['Beginners course (RYA Start Windsurfing)', '2 days', '£175'],
  ['Improvers course (RYA Intermediate)', '2 days', '£195'],
  ['Kids club (age 8-14)', '5 mornings', '£150'],
];
const oBook = j(
  'To book please ring Geoff on 01539 880412 (evenings) or use the booking form. A deposit of £50 is needed to hold your place,',
  'the rest is paid on the day. If the weather is too bad we will rearrange for another date.',
);
const oNav = ['Home', 'Courses & Prices', 'Hire', 'Where to find us', 'Photo Gallery', 'Guestbook', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="windsurfing, windsurf school, courses, Hollin Mere, RYA, lessons">
<title>Hollin Mere Windsurf School - Courses &amp; Prices</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- a:link { color: #003399 } .small { font-size: 10px } --></style></head>
<body bgcolor="#FFFFFF" background="images/waves_bg.gif" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Hollin Mere Windsurf School" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#003399"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFF00"><marquee scrollamount="3">*** NEW for 2025:
SUP hire at weekends! ***
</marquee></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCE0FF"><br>
<table width="150" border="0" cellspacing="2" cellpadding="2">
${oNav
  .map(
    (n) => `<tr><td><img src="images/bullet.gif" width="10" height="10"> <a href="${n.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font
face="Verdana, Arial" size="2"><b>${n.replace('&', '&amp;')}</b></font></a></td></tr>`,
  )
  .join('\n')}
</table><br><center><font face="Verdana" size="1">You are visitor no.<br><img src="/cgi-bin/counter.pl?df=courses.dat" alt="048213"></font><br><br>
<a href="http://www.rya.org.uk"><img src="images/rya_logo.gif" width="100" height="60" border="0" alt="RYA Recognised Training Centre"></a></center><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<p align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#003399"><b>${oTitle}</b></font></p>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${oIntro}</font></p>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003399"><b>Prices</b></font></p>
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#003399"><tr bgcolor="#003399"><td><font face="Verdana" size="2"
color="#FFFFFF"><b>Course</b></font></td>
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Length</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Price</b></font></td></tr>
${trs(oCourses.map((r) => r.map((c) => `<font face="Verdana" size="2">${c}</font>`)))}
</table>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003399"><b>How to book</b></font></p>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${oBook.replace('booking form', '<a href="booking.htm">booking form</a>')}</font></p>
<p align="center"><a href="booking.htm"><img src="images/book_now.gif" width="120" height="40" border="0" alt="Book Now"></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 2002-2025 Hollin Mere Windsurf School |
Last update: 03/02/2025 | Best viewed at 800x600 | <a href="mailto:geoff@hollinmere-windsurf.co.uk"><font color="#FFFF00">Email the
webmaster</font></a></font></td></tr>
</table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout673-table-layout-courses',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Prices', 'How to book'],
  body: texts([oIntro, ...rowTexts(oCourses), oBook]),
  bylines: ['Last update: 03/02/2025'],
  furniture: [
    '*** NEW for 2025: SUP hire at weekends! ***',
    ...oNav,
    'You are visitor no.',
    '© 2002-2025 Hollin Mere Windsurf School',
    'Best viewed at 800x600',
    'Email the webmaster',
  ],
};

export const HELDOUT673_F: readonly TestPage[] = [drupalZones, oldTable];
