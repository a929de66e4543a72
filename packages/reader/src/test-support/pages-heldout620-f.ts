import { links, ps, type TestPage } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout620-kit.js';

/** Held-out batch 620, file f: a bird of prey trust's display timetable on Drupal 10 (Olivero), and a falconry course page in an old table layout. */
const oTitle = 'Flying displays and daily timetable';
const oIntro = j(
  'Our falconers fly the birds three times a day from April to October. Each display lasts about thirty minutes and is',
  'included in your admission ticket. Seating in the arenas is on benches; please keep the front row free for wheelchair users.',
);
const oHeads = ['Today’s timetable', 'Which birds will I see?', 'Bad weather'];
const oRows = [
  ['11:00', 'Owls of the World', 'Meadow arena'],
  ['12:30', 'Feeding the vultures', 'Vulture aviary'],
  ['13:30', 'Falcons and the lure', 'Top field'],
  ['15:30', 'Hawks in the woods', 'Woodland walk'],
];
const oBirds = [
  j(
    'The birds that fly change with the season and with how each bird is doing that day. In spring you are most likely to',
    'see the falcons, as they are not yet in moult; from July the owls take over most of the displays.',
  ),
  'Our golden eagle, Brora, flies only on Saturdays and Sundays, at the 13:30 display, weather permitting.',
];
const oWeather = j(
  'Birds of prey cannot fly safely in heavy rain or strong winds. If a display has to be cancelled, the falconers will give a',
  'talk with the birds in the covered handling area instead. Announcements are made over the speakers twenty minutes beforehand.',
);
const oNav = ['Visit', 'Our birds', 'Experiences', 'Conservation', 'Support us'];
const oCrumbs = ['Home', 'Visit'];
const oFoot = ['Contact', 'Accessibility', 'Privacy notice', 'Charity information'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ravensgilltrust.org.uk/visit/flying-displays"><title>${oTitle} | Ravensgill Bird of Prey Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx9b2LJkz1.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdj1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/18","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ravensgill Bird of Prey Trust</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button
class="button--primary search-form__submit
button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span>
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul data-drupal-selector="primary-nav-menu--level-1"
class="menu primary-nav__menu primary-nav__menu--level-1">${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link
primary-nav__menu-item--level-1"><a href="/${t.length}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"
data-drupal-selector="primary-nav-menu-link-has-children"><span
class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
${links(oCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="18"
class="node node--type-page node--view-mode-full"><div class="node__content"><div
class="text-content clearfix field field--name-body field--type-text-with-summary
field--label-hidden field__item"><p>${oIntro}</p>
<h2>${at(oHeads, 0)}</h2><table><thead><tr><th>Time</th><th>Display</th><th>Where</th></tr></thead><tbody>${trs(oRows)}</tbody></table>
<h2>${at(oHeads, 1)}</h2>${ps(oBirds)}
<h2>${at(oHeads, 2)}</h2><p>${oWeather}</p></div></div></article></div></div></div></main>
<aside class="region region--sidebar"><div class="views-element-container block block-views block-views-blockopening-block-1" id="block-openingtoday">
<h2 class="block__title">Open today</h2><div class="block__content"><p>10:00 – 17:00</p><p>Last entry 16:00</p></div></div>
<div id="block-supportus" class="block block-block-content block-block-content6a7b"><h2 class="block__title">Support us</h2><div class="block__content">
<div class="text-content clearfix field field--name-body"><p>Every display helps pay for the rescue and rehabilitation of injured wild birds.</p>
<p><a href="/support-us/donate" class="button">Donate</a></p></div></div></div></aside></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(oFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" style="height: auto; width: 100%; bottom: 0px;"><div class="eu-cookie-compliance-banner
eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button,
you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button
eu-cookie-compliance-secondary-button button button--small">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button
button
button--small button--primary">No, thanks</button></div></div></div></div>
<script src="/sites/default/files/js/js_8Yx2kq.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout620-drupal-olivero-displays',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [...oHeads],
  body: [oIntro, ...rowTexts(oRows), ...oBirds, oWeather],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ravensgill Bird of Prey Trust', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Home', 'Open today',
    '10:00 – 17:00', 'Last entry 16:00', 'Every display helps pay for the rescue and rehabilitation of injured wild birds.', 'Donate', 'Footer',
    ...oFoot, 'Powered by Drupal', 'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.',
    'Accept', 'No, thanks',
  ],
};

const tTitle = 'Falconry Days & Courses';
const tIntro = j(
  'Come and try the ancient art of falconry at Merlinsford. All our days are run by Geoff or Sandra, who between them have',
  'over forty years of experience with hawks, falcons and owls. Numbers are kept small so that everyone gets plenty of flying.',
);
const tHeads = ['Half Day Hawk Walk', 'Full Falconry Day', 'Two Day Beginners Course', 'Prices'];
const tParas = [
  j(
    'A gentle introduction. Meet the birds in the mews, learn how to handle a hawk on the glove and then take our Harris',
    'hawks out through the woods behind the centre. Runs 9.30am to 1pm.',
  ),
  j(
    'Handle and fly hawks, falcons and owls through the day, with a ploughman’s lunch at the Plough Inn in the village. In',
    'the afternoon you will fly a falcon to the lure and see how a falconer trains a young bird. Runs 9.30am to 4.30pm.',
  ),
  j(
    'For those thinking of keeping a bird of their own. Covers housing, feeding, weighing, health, equipment and the law,',
    'as well as plenty of flying. Includes a course book and certificate. Lunch both days.',
  ),
];
const tPrices = [
  ['Half Day Hawk Walk', '£60 per person'],
  ['Full Falconry Day', '£125 per person'],
  ['Two Day Beginners Course', '£260 per person'],
];
const tAfter = 'To book please ring 01363 772 108 or e-mail us. Gift vouchers available for all days.';
const tNav = ['Home', 'The Birds', 'Courses', 'Visiting', 'Photo Gallery', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Merlinsford Hawking Centre - Falconry Days and Courses</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="falconry, hawk walk, falconry course, devon, birds of prey, owls, hawks, falcons">
<meta name="description" content="Falconry days and beginners courses at Merlinsford Hawking Centre, Devon.">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#5C4A32" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFF0">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Merlinsford Hawking Centre"></td></tr>
<tr><td colspan="2" bgcolor="#3B2F1E" height="22" align="center"><font face="Verdana, Arial" size="1" color="#F5E6C8">Open daily 10.30am - 5pm, March to October
</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><br>
<table width="150" border="0" align="center" cellpadding="3" cellspacing="0">
${tNav
  .map(
    (t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"
onMouseOut="MM_swapImgRestore()">${t}</a></td></tr>`,
  )
  .join('\n')}
</table><br><div align="center"><img src="images/bafc_logo.gif" width="100" height="60" alt="Member of the British Association of Falconry Centres"><br>
<font size="1" face="Verdana, Arial">Member of the B.A.F.C.</font></div><br>
<div align="center"><font size="1" face="Verdana, Arial">You are visitor number<br><img src="/cgi-bin/counter.pl?page=courses" alt="counter"> 
<b>004512</b></font></div><br></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td class="bodytext">
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<p><font size="5" color="#5C4A32"><b>${tTitle.replace('&', '&amp;')}</b></font></p>
<p>${tIntro}</p>
<img src="images/courses_owl.jpg" width="200" height="180" align="right" hspace="8" vspace="4" alt="Barn owl on the glove">
<p><b><font color="#7A3B10">${at(tHeads, 0)}</font></b><br>${at(tParas, 0)}</p>
<p><b><font color="#7A3B10">${at(tHeads, 1)}</font></b><br>${at(tParas, 1)}</p>
<p><b><font color="#7A3B10">${at(tHeads, 2)}</font></b><br>${at(tParas, 2)}</p>
<p><b><font color="#7A3B10">${at(tHeads, 3)}</font></b></p>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C8B48C">${trs(tPrices)}</table>
<p>${tAfter.replace('e-mail us', '<a href="mailto:geoff@merlinsford.co.uk">e-mail us</a>')}</p>
<p align="center"><a href="#top">Back to top</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#3B2F1E" align="center"><font face="Verdana, Arial" size="1" color="#F5E6C8">
Merlinsford Hawking Centre, Merlinsford, Crediton, Devon EX17 4PL<br>&copy; Merlinsford Hawking Centre 2003-2009 | Last updated 14/02/2009<br>
Site designed by WebWise Design</font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));</script>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout620-table-layout-courses',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [...tHeads],
  body: [tIntro, ...tParas, ...rowTexts(tPrices), tAfter],
  bylines: ['Last updated 14/02/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open daily 10.30am - 5pm, March to October', ...tNav.filter((t) => t !== 'Courses'), 'Member of the B.A.F.C.', 'You are visitor number', '004512',
    'Back to top', 'Merlinsford Hawking Centre, Merlinsford, Crediton, Devon EX17 4PL', '© Merlinsford Hawking Centre 2003-2009',
    'Site designed by WebWise Design',
  ],
};

export const HELDOUT620_F: readonly TestPage[] = [drupal, tableLayout];
