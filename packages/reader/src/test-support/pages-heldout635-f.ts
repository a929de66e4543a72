import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file f: a stained glass studio's commissions page on an old hand-written table layout (font tags, a
 * bold title with no heading element, paragraphs split by br, a left link column, hit counter), and a heritage trust news
 * article on Drupal 10 (Olivero) about a church window conservation, with tags and two comments.
 */
const tTitle = 'Commissions';
const tBody = [
  j(
    'We design and make new stained glass for houses, churches, schools and public buildings. Every window is designed for its',
    'own setting and made entirely by hand in our workshop at Ardley Mill, as it has been since 1987.',
  ),
  j(
    'A commission usually begins with a visit. We look at the opening, the light and the room, and talk about what you would like',
    'the window to say. We then prepare a coloured design to scale, which is yours to keep whether or not you go ahead.',
  ),
  j(
    'Design fees start at £120 for a domestic panel and are deducted from the price of the window if you place an order. As a',
    'guide, a front door panel of simple leaded design costs from £550, and a painted and stained window from £900 per square foot.',
  ),
  'Please telephone or write to us to arrange a visit. We are always happy to discuss ideas, however small.',
];
const tSubTitle = 'Recent commissions';
const tRecent = [
  "Memorial window, St Oswy's Church, Hemsby Parva (2024)",
  'Stairwell window, private house, Ardley (2024)',
  'Library lights, Kingsmere Primary School (2023)',
];
const tNav = ['Home', 'About Us', 'Commissions', 'Restoration', 'Gallery', 'Courses', 'Contact Us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Glasswrights of Ardley - Stained Glass Commissions</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="stained glass, leaded lights, commissions, church windows, Ardley">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- .nav { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF } a.nav:hover { color: #FFCC66 } --></style></head>
<body bgcolor="#2E1A0F" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFF0">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Glasswrights of Ardley - Stained Glass Studio"></td></tr>
<tr><td width="150" valign="top" bgcolor="#5C3317"><table width="150" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
<tr><td><br><img src="images/guild_member.gif" width="120" height="60" alt="Member of the Guild"></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#5C3317"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tBody.map(esc).join('<br><br>\n')}<br><br>
<img src="images/commission_hemsby.jpg" width="280" height="360" align="right" hspace="10" vspace="5" alt="Memorial window">
<b>${tSubTitle}</b><br>
${tRecent.map((t) => `&#8226; ${t}<br>`).join('\n')}
<br><i>Photograph: the Hemsby Parva memorial window before installation.</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5C3317" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
Glasswrights of Ardley, Ardley Mill, Mill Lane, Ardley AR4 9DN &middot; Tel 01632 960 215<br>
Copyright &copy; 2004-2025 Glasswrights of Ardley. All rights reserved.<br>Site last updated: 12 January 2025<br>
<img src="cgi-bin/counter.cgi?df=ardley.dat" alt="counter"> You are visitor number 048213</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout635-table-layout-commissions',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tSubTitle],
  body: texts([...tBody, ...tRecent.map((t) => `• ${t}`)]),
  bylines: ['Site last updated: 12 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Commissions'), 'Photograph: the Hemsby Parva memorial window before installation.',
    'Glasswrights of Ardley, Ardley Mill, Mill Lane, Ardley AR4 9DN · Tel 01632 960 215',
    'Copyright © 2004-2025 Glasswrights of Ardley. All rights reserved.', 'You are visitor number 048213',
  ],
};

const oTitle = 'East window returns to St Brannoc\u2019s after two-year conservation';
const oBody = [
  j(
    'The great east window of St Brannoc\u2019s Church in Little Marrow was reinstalled last week, two years after its eleven panels',
    'were taken down for conservation. The window, made in 1871 by a Bristol workshop, had been bowing badly and letting in rain.',
  ),
  j(
    'Conservators at the Trust\u2019s Tollbridge studio cleaned each panel, consolidated flaking paint on the faces of the apostles and',
    'releaded eight of the panels with came matched to the original profile. Three panels had been releaded in the 1950s and were',
    'judged sound enough to keep.',
  ),
  j(
    '\u201cWe found the glazier\u2019s original setting-out marks scratched on the back of two pieces,\u201d said the project\u2019s lead',
    'conservator, Dr Wenna Tregarth. \u201cThey told us exactly where the lead lines had been meant to run.\u201d',
  ),
  j(
    'The window is now protected by ventilated external glazing, which keeps rain off the old glass while letting air circulate',
    'behind it. The £146,000 project was paid for by a heritage grant, the parish and more than three hundred individual donors.',
  ),
  'The church is open daily from 10am to 4pm. A talk on the conservation work will be held there on Saturday 21 June.',
];
const oNav = ['News', 'What we do', 'Places', 'Get involved', 'Donate'];
const oCrumbs = ['Home', 'News'];
const oTags = ['Stained glass', 'Conservation', 'Little Marrow'];
const oComments = [
  {
    user: 'Pat Hendra',
    date: '15 May, 2025',
    text: 'Went in on Sunday morning and the colours are astonishing with the sun behind them. Thank you to everyone involved.',
  },
  { user: 'M. Kellow', date: '16 May, 2025', text: 'Will the talk in June be recorded for those of us who cannot get there?' },
];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.wessexchurchtrust.org.uk/news/east-window-returns">
<title>East window returns to St Brannoc's after two-year conservation | Wessex Church Glass Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8qJdnXbQ1s.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wessex Church Glass Trust</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-type-search"><label for="edit-keys" class="form-item__label
visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys"
name="keys" class="form-search form-element form-element--type-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${oNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system
block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(oCrumbs, 'breadcrumb__item')}</ol></nav></div>
</div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><div class="block__content"><article data-history-node-id="412" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span>Harriet Polwin</span></span></span><span> 14 May, 2025</span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy"
src="/sites/default/files/2025-05/east-window.jpg" width="1200" height="800" alt="The east window of St Brannoc's lit from outside"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(oBody.map(esc))}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(oTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${oComments
  .map(
    (c) => `<article data-comment-user-id="0" class="comment js-comment comment--level-1" role="article"><div class="comment__picture-wrapper">
<div class="comment__picture"></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span>${c.user}</span></p>
<p class="comment__time">${c.date}</p></footer><div class="comment__content"><div class="clearfix text-content field field--name-comment-body">
<p>${c.text}</p></div><ul class="links inline comment__links"><li class="comment__links-item comment-reply"><a href="/comment/reply/node/412">Reply</a>
</li></ul></div></div></article>`,
  )
  .join('\n')}
<h2 class="add-comment__heading">Add new comment</h2><a href="/user/login?destination=/node/412%23comment-form">Log in</a> to post comments</section>
</div></article></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout635-drupal-olivero-east-window',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: ['By Harriet Polwin', '14 May, 2025', ...oComments.flatMap((c) => [c.user, c.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wessex Church Glass Trust', 'Menu', 'Search', 'Main navigation', ...oNav, 'Breadcrumb', 'Home', 'Tags', 'Stained glass',
    'Comments', ...oComments.map((c) => c.text), 'Reply', 'Add new comment', 'Log in to post comments', 'Powered by Drupal',
  ],
};

export const HELDOUT635_F: readonly TestPage[] = [tables, drupal];
