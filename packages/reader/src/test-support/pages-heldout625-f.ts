import { ps, type TestPage } from './page-kit.js';
import { at, j, rowTexts, settle, trs } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file f: a mycological society news item on Drupal 10 (Olivero) with a foray table, tags and a comment, and a
 * long-running course leader's courses page in an old table layout (font tags, spacer images, a left menu and a hit counter).
 */
const dTitle = 'Foray programme for autumn 2026 announced';
const dBody = [
  j(
    'The committee is pleased to publish this year’s autumn foray programme. We have eight forays between late August and mid',
    'November, including two new sites on the Clun estate where the landowner has kindly given us access for the first time.',
  ),
  j(
    'Forays are free for members and £3 for visitors, who are welcome on up to two forays before joining. Please bring a basket,',
    'a hand lens and some small boxes or foil for specimens. We do not collect for the pot on society forays.',
  ),
  'Dates and sites',
  'Meeting times',
  j(
    'All forays meet at 10:00 at the car park named on the members’ map, and finish by about 13:00. The identification table is',
    'set up afterwards at the nearest village hall for anyone who wants to stay and work through the finds with the recorders.',
  ),
  j('Records from every foray go to the county fungus database, so please label specimens with the site and the tree or', 'substrate they were growing on.'),
];
const dRows = [
  ['Sat 29 August', 'Hopesay Common', 'Gwen Ashby'],
  ['Sun 13 September', 'Bury Ditches', 'Rob Tallis'],
  ['Sat 26 September', 'Clun estate (north woods)', 'Gwen Ashby'],
  ['Sun 4 October', 'Mortimer Forest', 'Priya Oakes'],
  ['Sat 10 October', 'Clun estate (riverside)', 'Rob Tallis'],
  ['Sun 18 October', 'Walcot Park', 'Dafydd Roe'],
  ['Sat 31 October', 'Brampton Bryan', 'Priya Oakes'],
  ['Sun 15 November', 'Stiperstones (lower slopes)', 'Dafydd Roe'],
];
const dNav = ['Home', 'About the society', 'Forays', 'Recording', 'News', 'Join'];
const dComment = 'Delighted to see Walcot back on the list. Can visitors bring children over ten?';
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:152;--color--primary-saturation:38%;--color--primary-lightness:28"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://marchesfungi.org.uk/news/foray-programme-2026">
<title>${dTitle} | Marches Mycological Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1b2c3d.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJxdj">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/77","currentLanguage":"en"},
"ajaxTrustedUrl":{"\\/comment\\/reply\\/node\\/77\\/comment":true}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Marches Mycological Society</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Main Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"
aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label"><label for="edit-keys"
class="form-item__label
visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
data-drupal-selector="edit-keys"
type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div>
</form></div></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback
class="hidden messages-list"></div></div><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block
block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">
Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="77"
class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta">
<article class="profile"></article><span><span class="field field--name-uid field--type-entity-reference
field--label-hidden"><span>gwen.ashby</span></span></span>
<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-07-30T19:42:10+01:00"
title="Thursday, July 30, 2026 - 19:42" class="datetime">Thu, 30/07/2026 - 19:42</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}<h2>${at(dBody, 2)}</h2>
<table><thead><tr><th>Date</th><th>Site</th><th>Leader</th></tr></thead><tbody>${trs(dRows)}</tbody></table>
<h2>${at(dBody, 3)}</h2>${ps(dBody.slice(4))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Tags</h3><ul class="links
field__items">
<li><a href="/taxonomy/term/4" hreflang="en">Forays</a></li><li><a href="/taxonomy/term/9" hreflang="en">Programme</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="31" id="comment-214"
class="comment
js-comment by-anonymous"><span class="hidden"
data-comment-timestamp="1785520800"></span><div class="comment__picture-wrapper"><div class="comment__picture"></div></div>
<div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>jo.lathom</span></p><p class="comment__time">Fri, 31/07/2026
- 09:20</p>
</footer><div class="comment__content"><div class="clearfix text-content field field--name-comment-body field--type-text-long field--label-hidden field__item">
<p>${dComment}</p></div></div><ul class="links inline comment__links"><li class="comment-forbidden"><a href="/user/login">Log in</a> or
<a href="/user/register">register</a> to post comments</li></ul></div></article></section></div></article></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-contactinfo" class="block block-block-content"><div class="text-content clearfix field field--name-body"><p>Marches Mycological Society is a
registered charity, no. 1102847.</p></div></div></div></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation-utils.js?v=10.3.1"></script></body></html>`;
const drupal: TestPage = settle({
  name: 'heldout625-drupal-foray-programme',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [at(dBody, 2), at(dBody, 3)],
  body: [...dBody.slice(0, 2), ...rowTexts(dRows), ...dBody.slice(4)],
  bylines: ['gwen.ashby', 'Thu, 30/07/2026 - 19:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marches Mycological Society', 'Main Menu', 'Main navigation', ...dNav, 'Search', 'Breadcrumb', 'Tags', 'Forays', 'Programme',
    'Comments', 'jo.lathom', 'Fri, 31/07/2026 - 09:20', dComment, 'Log in or register to post comments',
    'Marches Mycological Society is a registered charity, no. 1102847.', 'Powered by Drupal',
  ],
});

const tTitle = 'Mushroom Courses 2027';
const tBody = [
  j(
    'I have been running mushroom courses on the edge of Exmoor since 1994. All courses are led by me personally, groups are never',
    'larger than ten, and everyone goes home with a set of notes and a lot of muddy boots.',
  ),
  'One Day Fungus Foray',
  j(
    'A full day in the woods around Brendon looking at everything we find, edible or not. We stop for a picnic lunch at the old',
    'mill and finish with a cup of tea and a look at the microscope. £70 per person. Saturdays from 18 September to 6 November.',
  ),
  'Weekend Identification Course',
  j(
    'Two days for people who already know the common species and want to go further: keys, spore prints, microscopy and the',
    'difficult groups such as the brittlegills and webcaps. Bed and breakfast can be arranged in the village. £180 per person.',
  ),
  'Grow Your Own',
  j(
    'A half-day indoors (or in the barn if it is fine) on growing oyster and shiitake mushrooms at home on straw, logs and',
    'coffee grounds. You take home an inoculated log. £45 per person. Dates in March and April.',
  ),
  'Booking',
  j(
    'Please telephone or e-mail me to check there is a place, then send a cheque for the full amount made out to',
    'B. Hallaton, or pay by bank transfer (details on request). If I have to cancel because of the weather you will get a full refund.',
  ),
];
const tHeads = [1, 3, 5, 7];
const tMenu = ['Home', 'Courses 2027', 'Photo Gallery', 'Fungus of the Month', 'Recipes', 'Links', 'Guestbook', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Exmoor Fungus Forays - Courses 2027</title>
<meta name="keywords" content="fungi, mushrooms, courses, exmoor, foray, identification, devon, somerset"><meta name="GENERATOR"
content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#F5F0E1" text="#333300" link="#663300" vlink="#996633" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120"
alt="Exmoor Fungus Forays" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#D9CFA8"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="150" border="0" cellspacing="2" cellpadding="3" align="center">
${tMenu
  .map(
    (t) => `<tr><td class="menu"><font face="Verdana, Arial"
size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`,
  )
  .join('\n')}
</table><br><div align="center"><font face="Verdana, Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.cgi?df=fungi.dat" alt="048213"
border="0"></font></div><br><div align="center"><a href="http://www.exmoorfungi.co.uk/bmss.htm"><img src="images/member_badge.gif" width="88" height="31"
alt="Member of the West Country Fungus Group" border="0"></a></div></td>
<td width="600" valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1 align="center"><font face="Georgia, Times New Roman, Times, serif" color="#663300">${tTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">
${ps([at(tBody, 0)])}
<hr noshade size="1" color="#CCCC99">
${tHeads
  .map(
    (h, n) => `<h3><font
color="#663300">${at(tBody, h)}</font></h3>\n${ps([at(tBody, h + 1)])}${n < 3 ? '\n<hr noshade size="1" color="#CCCC99">' : ''}`,
  )
  .join('\n')}
<p align="center"><font color="#990000"><b>Tel: 01598 740 912 &nbsp;|&nbsp; E-mail:
<a href="mailto:bridget@exmoorfungi.co.uk">bridget@exmoorfungi.co.uk</a></b></font></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Verdana, Arial" size="1"
color="#FFFFFF">&copy; Bridget Hallaton 1999-2027. All rights reserved.
<br>This page last updated 12 January 2027</font></td></tr></table></body></html>`;
const tableSite: TestPage = settle({
  name: 'heldout625-table-layout-courses',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => at(tBody, i)),
  body: [...tBody.filter((_, i) => !tHeads.includes(i)), 'Tel: 01598 740 912 | E-mail: bridget@exmoorfungi.co.uk'],
  bylines: ['This page last updated 12 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...tMenu, 'You are visitor number', '© Bridget Hallaton 1999-2027. All rights reserved.'],
});

export const HELDOUT625_F: readonly TestPage[] = [drupal, tableSite];
