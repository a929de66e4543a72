import { ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file f: a family caterer's holiday buffet packages page in an old Dreamweaver table layout (font tags,
 * spacer gifs, image-swap scripts, hit counter), and a city's food truck schedule page on Drupal 10 (Olivero theme) with a table.
 */
const tTitle = 'Holiday Party Buffet Packages';
const tIntro = j(
  "Let Mancuso's do the cooking this holiday season! All packages include delivery within 15 miles of Dunmore, chafing dishes,",
  'serving utensils and disposable plates. Add staff for $28.00 per server per hour.',
);
const tHeads = ['Package A - The Traditional', 'Package B - The Feast', 'Extras'];
const tA = [
  ['Baked ziti or penne vodka', '25 guests', '$395.00'],
  ['Chicken francese', '50 guests', '$760.00'],
  ['Garden salad, rolls and butter', '100 guests', '$1,450.00'],
];
const tB = [
  ['Choice of two pastas', '25 guests', '$525.00'],
  ['Sliced roast beef au jus and chicken marsala', '50 guests', '$1,010.00'],
  ['Antipasto tray, salad, rolls, cookie platter', '100 guests', '$1,950.00'],
];
const tX = [
  ['Half tray meatballs (serves 15)', '$45.00'],
  ['Cannoli platter (24 pieces)', '$54.00'],
  ['Sheet cake with message', '$65.00'],
];
const tEnd = 'To order call (555) 017-4400 or stop by the shop at 9 Lackawan Street. Please order at least 5 days in advance. Deposit required on all orders.';
const tNav = ['Home', 'Catering Menu', 'Holiday Packages', 'Party Trays', 'Directions', 'Contact Us'];
const font = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tTable = (rows: readonly (readonly string[])[], head: readonly string[]): string =>
  `<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC"><tr
bgcolor="#F3E2C7">${head.map((h) => `<td><b>${font(h)}</b></td>`).join('')}</tr>
${trs(rows, 'valign="top"')}</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Mancuso's Catering - Holiday Party Buffet Packages</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="catering, dunmore, italian, holiday party, buffet, trays"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="760" height="120"
alt="Mancuso's Catering - Since 1971"></td></tr>
<tr><td width="170" valign="top" bgcolor="#7A1F1F"><img src="images/spacer.gif" width="170" height="10"><br>
${tNav
  .map(
    (n) => `<a href="${n.toLowerCase().replace(/ /g, '_')}.html" onMouseOut="MM_swapImgRestore()"><font face="Verdana" size="2"
color="#FFFFFF"><b>${n}</b></font></a><br><img src="images/spacer.gif" width="1" height="8"><br>`,
  )
  .join('\n')}
<br><font face="Verdana" size="1" color="#F3E2C7">Open Tues-Sun<br>9am - 6pm</font></td>
<td width="590" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1 align="center"><font face="Georgia, Times New Roman, serif" color="#7A1F1F">${tTitle}</font></h1>
<p>${font(tIntro.replace(/&/g, '&amp;'))}</p>
<h2><font face="Georgia" color="#7A1F1F">${tHeads[0]}</font></h2>${tTable(tA, ['Includes', 'Party size', 'Price'])}
<h2><font face="Georgia" color="#7A1F1F">${tHeads[1]}</font></h2>${tTable(tB, ['Includes', 'Party size', 'Price'])}
<h2><font face="Georgia" color="#7A1F1F">${tHeads[2]}</font></h2>${tTable(tX, ['Item', 'Price'])}
<p>${font(`<b>${tEnd}</b>`)}</p>
<p align="right"><font face="Verdana" size="1" color="#999999">Last updated: 11/02/2026</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#7A1F1F" align="center"><font face="Verdana" size="1"
color="#FFFFFF">&copy; 2026 Mancuso's Catering &amp; Deli. All Rights Reserved.<br>
You are visitor number <img src="/cgi-bin/counter.gif" alt="counter"> 004512 | Best viewed in 800x600</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout510-table-layout-holiday-buffet',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [tIntro, ...rowTexts(tA), ...rowTexts(tB), ...rowTexts(tX), tEnd],
  bylines: ['Last updated: 11/02/2026'],
  furniture: [
    ...tNav.filter((n) => n !== tTitle),
    'Open Tues-Sun',
    '9am - 6pm',
    "© 2026 Mancuso's Catering & Deli. All Rights Reserved.",
    'You are visitor number',
    '004512 | Best viewed in 800x600',
  ],
};

const dTitle = 'Food Trucks at Civic Plaza';
const dIntro = [
  j(
    'From May through October, licensed food trucks serve lunch on the east side of Civic Plaza, next to City Hall. The schedule below',
    'is set each month by the Parks and Recreation Department and may change because of weather or plaza events.',
  ),
  'Seating is available at the plaza tables and on the City Hall lawn. Please use the recycling and compost bins by the fountain.',
];
const dHeads = ['June schedule', 'Operate a truck at Civic Plaza'];
const dRows = [
  ['Monday', 'Fuego Fold, Little Lentil', '11 a.m. – 2 p.m.'],
  ['Wednesday', 'Pho Rolling, Smoke & Sprocket', '11 a.m. – 2 p.m.'],
  ['Thursday', 'Gyro Guild, Pie in the Sky', '11 a.m. – 2 p.m.'],
  ['Friday', 'Three rotating trucks (see Civic Plaza Fridays)', '11 a.m. – 7 p.m.'],
];
const dOperate = j(
  'Trucks must hold a current Millbrook mobile food vendor license and a county health permit. Spaces are assigned by lottery in March.',
  'The fee is $35 per service day. Contact the Special Events Office at events@millbrook.example or 555-010-2300.',
);
const dNav = ['Residents', 'Business', 'Government', 'Parks & Recreation', 'Services'];
const dCrumbs = ['Home', 'Parks & Recreation', 'Events'];
const dFoot = ['Contact Us', 'Accessibility', 'Public Records', 'Privacy'];
const mi = (n: string): string => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a
href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${n.replace(/&/g, '&amp;')}</span></a></li>`;
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr"
style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.millbrook.example/parks/food-trucks-civic-plaza"><title>${dTitle} | City of Millbrook</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2x9fK3vL.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},"user":{"uid":0}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div><div id="site-header__inner" class="site-header__inner"
data-drupal-selector="site-header-inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding"
class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">City of Millbrook</a></div></div></div></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button"
aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav"
data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul
class="menu primary-nav__menu primary-nav__menu--level-1">${dNav.map(mi).join('\n')}</ul></nav>
<div class="search-block-form block block-search-wide" data-drupal-selector="search-block-form-2" id="block-olivero-search-form-wide" role="search"><button
class="block-search-wide__button" aria-label="Search Form" data-drupal-selector="block-search-wide-button">
<span class="block-search-wide__button-close"></span></button></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div
id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<div class="breadcrumb__content"><ol class="breadcrumb__list">${dCrumbs
  .map(
    (c) => `<li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">${c.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}</ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content"
class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dHeads[0]}</h2>
<table><caption>Trucks at Civic Plaza, June 2027</caption><thead><tr><th>Day</th><th>Trucks</th><th>Hours</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
<h2>${dHeads[1]}</h2><p>${dOperate}</p></div>
<div class="field field--name-field-last-updated field--type-datetime field--label-inline"><div class="field__label">Last updated</div><div
class="field__item"><time datetime="2027-05-28T12:00:00Z">May 28, 2027</time></div></div>
</div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div
class="region--footer_top__inner"><nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${dFoot
  .map(
    (f) => `<li class="menu__item"><a
href="/${f.toLowerCase().replace(/ /g, '-')}" class="menu__link">${f}</a></li>`,
  )
  .join('')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout510-drupal-olivero-civic-plaza-trucks',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [...dIntro, ...rowTexts(dRows), dOperate],
  bylines: ['Last updated', 'May 28, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'City of Millbrook', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', 'Home', 'Events', 'Trucks at Civic Plaza, June 2027',
    'Footer', ...dFoot,
    'Powered by Drupal',
  ],
};

export const HELDOUT510_F: readonly TestPage[] = [tableLayout, drupal];
