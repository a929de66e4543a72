import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file f: a family nursery's hand-made price list in an old table layout (FrontPage era, font tags, hit counter),
 * and a horticultural society's plant fair news item on Drupal 10 (Olivero theme, tags, sidebar blocks).
 */
const tTitle = 'Bedding Plants Price List - Spring 2027';
const tIntro = [
  'All plants grown by us at Lowmoor Nurseries. Prices include VAT. Trays are 24 plants unless stated.',
  '<b>Please note:</b> we are not on the internet for orders - telephone or call in. Open 8.30 till 5 every day except Christmas.',
];
const tRows = [
  ['Begonia (fibrous) mixed', '£1.20', '£9.50'],
  ['Busy Lizzie mixed', '£1.00', '£8.50'],
  ['French Marigold', '£0.90', '£7.50'],
  ['Geranium (9cm pot)', '£2.50', '-'],
  ['Lobelia trailing', '£1.00', '£8.50'],
  ['Petunia surfinia (9cm pot)', '£2.75', '-'],
  ['Sweet Pea (pot of 6)', '£2.95', '-'],
];
const tVeg = [
  ['Tomato Moneymaker', '£0.80', '£6.00'],
  ['Runner Bean Enorma', '£0.60', '£4.50'],
  ['Courgette Defender', '£1.10', '-'],
];
const tOutro = 'Hanging baskets made up to order from £18.50. Bring your own basket back and we will refill it for £14.';
const tNav = ['Home', 'Price List', 'Hanging Baskets', 'How to Find Us', 'Guestbook'];
const tHead =
  '<tr bgcolor="#336633"><td><font color="#FFFFFF"><b>Plant</b></font></td><td><font color="#FFFFFF"><b>Each</b></font></td>' +
  '<td><font color="#FFFFFF"><b>Tray</b></font></td></tr>';
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="bedding plants, nursery, hanging baskets, Lowmoor">
<title>Lowmoor Nurseries - Price List</title><script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFEE" topmargin="0" leftmargin="0" link="#336633" vlink="#663300"><table border="0" width="760" cellpadding="0" cellspacing="0"
align="center">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Lowmoor Nurseries"></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCE0CC"><p>&nbsp;</p><table border="0" width="100%" cellpadding="4">
${tNav.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}</table>
<p align="center"><font face="Verdana" size="1">Lowmoor Nurseries<br>Moor Lane<br>Kelby Bridge<br>Tel 01632 960 377</font></p></td>
<td width="610" valign="top"><table border="0" width="100%" cellpadding="10"><tr><td>
<p align="center"><font face="Verdana" size="5" color="#336633"><b>${tTitle}</b></font></p>
${tIntro.map((p) => `<p><font face="Verdana" size="2">${p}</font></p>`).join('\n')}
<p><font face="Verdana" size="3" color="#336633"><b>Bedding &amp; Patio</b></font></p>
<table border="1" width="100%" cellpadding="3" cellspacing="0" bordercolor="#336633">${tHead}
${trs(tRows, '')}</table>
<p><font face="Verdana" size="3" color="#336633"><b>Vegetable Plants</b></font></p>
<table border="1" width="100%" cellpadding="3" cellspacing="0" bordercolor="#336633">${tHead}
${trs(tVeg, '')}</table>
<p><font face="Verdana" size="2">${tOutro}</font></p>
<p align="center"><font face="Verdana" size="1"><i>Last updated 3rd March 2027</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">© Lowmoor Nurseries 2003-2027 | You are visitor number
<img src="/cgi-bin/counter.pl?page=prices" alt="counter"> | <a href="mailto:lowmoornurseries@example.co.uk"><font color="#FFFFFF">Email us</font></a></font>
</td></tr>
</table></body></html>`;
const tablePage: TestPage = {
  name: 'heldout567-table-layout-price-list',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Bedding & Patio', 'Vegetable Plants'],
  body: [...texts(tIntro), ...rowTexts(tRows), ...rowTexts(tVeg), tOutro],
  bylines: ['Last updated 3rd March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Hanging Baskets' && t !== 'Price List'), 'Moor Lane', 'Kelby Bridge', 'Tel 01632 960 377',
    '© Lowmoor Nurseries 2003-2027 | You are visitor number',
    'Email us',
  ],
};

const rTitle = 'Spring plant fair returns to the Corn Exchange';
const rBody = [
  j(
    'The Kelby and District Horticultural Society’s spring plant fair will be held in the Corn Exchange on Saturday 17 April,',
    'from 10am to 3pm. Twenty-two specialist nurseries have booked stalls, six more than last year.',
  ),
  j(
    'Growers are coming from as far as the Welsh border, with alpines, hostas, auriculas, carnivorous plants and a large',
    'selection of tomato and chilli seedlings. Members’ own plants will be on sale at the society stall, with all proceeds going',
    'to the hall roof fund.',
  ),
  'Talks',
  '11am: “Auriculas for beginners”, with Dora Pellow of Cragside Auriculas',
  '1.30pm: “Growing in a north-facing garden”, with the society’s vice-chair, Ewan Stott',
  j(
    'Entry is £3, and members and children under 16 come in free. Refreshments will be served by the Kelby Guides. There is',
    'no parking at the Corn Exchange itself; please use the Station Road car park, which is free on Saturdays.',
  ),
];
const rNav = ['Home', 'About the society', 'Shows', 'Plant fairs', 'Join', 'News'];
const rNavCls = 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1';
const rTags = ['Plant fairs', 'Events'];
const rSide = ['Summer show schedule published', 'Allotment waiting list now open', 'Obituary: a founder member remembered'];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:124;--color--primary-saturation:38%;--color--primary-lightness:30"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.kelbyhorticultural.org.uk/news/spring-plant-fair-returns-corn-exchange"><title>${rTitle} | Kelby and District
Horticultural Society</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8sD1xk3Qf0mT2JvN.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"olivero":{}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block"><div
class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Kelby and District Horticultural Society</a></div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(rNav, rNavCls)}</ul></nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search"><form action="/search/node" method="get"
class="search-form">
<div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase."
type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${rTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="214"
class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta"><div class="node__author-image"></div><span>By <span
class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile." href="/user/12" class="username">Sally Trench</a></span>, <span
class="field field--name-created field--type-created field--label-hidden">
<time datetime="2027-03-10T18:04:51+00:00" title="Wednesday, March 10, 2027 - 18:04" class="datetime">10 March, 2027</time></span></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/styles/wide/public/2027-03/plant-fair.jpg.webp" width="1440" height="810" alt="Stalls at last year&#039;s fair"
class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${rBody[0]}</p><p>${rBody[1]}</p>
<h3>${rBody[2]}</h3><ul><li>${rBody[3]}</li><li>${rBody[4]}</li></ul><p>${rBody[5]}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(rTags, 'field--tags__item')}</ul></div></div></article></div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1"
id="block-olivero-views-block-content-recent-block-1">
<h2 class="block__title">Recent news</h2><div class="block__content"><div class="view view-content-recent"><div class="item-list">
<ul>${links(rSide, 'views-row')}</ul></div></div></div></div>
</div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-powered"
class="block block-system
block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div>
<div class="block block-block-content"><p>Registered charity no. 1012345. Meetings are held on the second Tuesday of each month in the Methodist Hall.</p>
</div></div></div></footer>
</div></div></div><script src="/sites/default/files/js/js_Lq3pW7.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout567-drupal-plant-fair-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rBody[2] ?? ''],
  body: rBody.filter((_, i) => i !== 2),
  bylines: ['By Sally Trench, 10 March, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Main navigation', ...rNav, 'Search', 'Breadcrumb', 'Tags',
    'Events', 'Recent news', ...rSide,
    'Powered by Drupal', 'Registered charity no. 1012345. Meetings are held on the second Tuesday of each month in the Methodist Hall.',
  ],
};

export const HELDOUT567_F: readonly TestPage[] = [tablePage, drupal];
