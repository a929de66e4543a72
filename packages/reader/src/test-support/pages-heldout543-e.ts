import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rowTexts } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file e: a local wiki article on a 1930s milk bar on MediaWiki (legacy Vector skin, infobox, in-page
 * table of contents, edit links, categories), and a sweet shop's "About us" page from an old table layout site (font tags,
 * marquee, visitor counter, a price table).
 */
const mTitle = 'Fenwick’s Milk Bar';
const mBody = [
  j(
    '<b>Fenwick’s Milk Bar</b> was an ice cream parlour and milk bar on Bridge Street, <a href="/wiki/Wenlow">Wenlow</a>, which traded',
    'from 1936 to 1994. It was known for its chrome and black glass frontage and for its banana milkshakes, and is remembered as the',
    'first place in the town with a soda fountain.',
  ),
  'History',
  j(
    'The milk bar was opened in May 1936 by Arthur and Vera Fenwick, who had run a dairy on the same site since 1921. They rebuilt the',
    'front of the shop in the style of the London milk bars, with a long counter, twelve stools and a refrigerated display cabinet',
    'bought from a firm in Leeds.',
  ),
  j(
    'During the Second World War ice cream making was banned for long periods, and the bar sold tea, Bovril and a milk drink made',
    'with dried egg. It became a meeting place for soldiers from the camp at <a href="/wiki/Holm_Moor">Holm Moor</a>.',
  ),
  j(
    'The Fenwicks’ son Leonard took over in 1958 and added the jukebox, which was said to hold more American records than any other',
    'in the county. The bar closed in September 1994, when Leonard retired. The building is now a dentist’s surgery, but the',
    'terrazzo step at the door still carries the name.',
  ),
  'The building',
  j(
    'The frontage was designed by the local architect Cyril Pyke. It has black Vitrolite panels, chrome banding and a curved glass',
    'corner window. It was added to the council’s list of locally important buildings in 2003.',
  ),
  'In popular memory',
  j(
    'A group of former customers held a reunion in the Corn Exchange in 2019, and the Wenlow Heritage Society recorded their',
    'memories for an oral history project. Several of them recalled that a banana milkshake cost sixpence in 1955.',
  ),
  'See also',
  '<a href="/wiki/Bridge_Street,_Wenlow">Bridge Street, Wenlow</a>',
  '<a href="/wiki/Wenlow_Heritage_Society">Wenlow Heritage Society</a>',
];
const mHeads = [mBody[1] ?? '', mBody[5] ?? '', mBody[7] ?? '', mBody[9] ?? ''];
const mInfo: readonly (readonly [string, string])[] = [
  ['Type', 'Milk bar and ice cream parlour'],
  ['Address', '17 Bridge Street, Wenlow'],
  ['Opened', '1936'],
  ['Closed', '1994'],
  ['Owners', 'Fenwick family'],
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Wenlow Wiki', 'Disclaimers'];
const mCats = ['Cafés and restaurants', 'Demolished or converted shops', 'Bridge Street'];
const hd = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Fenwick%27s_Milk_Bar&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const toc = mHeads.map(
  (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
);
const portlet = (id: string, label: string, items: readonly string[]): string => `<nav id="${id}" class="vector-menu mw-portlet mw-portlet-${id}
 vector-menu-portal portal" aria-labelledby="${id}-label" role="navigation"><h3 id="${id}-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">
${label}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></nav>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Fenwick’s Milk Bar - Wenlow Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Fenwick's_Milk_Bar","wgTitle":"Fenwick's Milk Bar","wgCurRevisionId":4821,
"wgArticleId":612,"wgIsArticle":true,"wgAction":"view",
"wgCategories":["Cafés and restaurants","Demolished or converted shops","Bridge Street"]};RLSTATE={"site.styles":"ready"};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=mediawiki.page.gallery.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Fenwick%27s_Milk_Bar&amp;action=edit">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Wenlow Wiki (en)"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
 page-Fenwick_s_Milk_Bar rootpage-Fenwick_s_Milk_Bar skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div><div id="content" class="mw-body" role="main">
<a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wenlow Wiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/File:Fenwicks_1950.jpg" class="image"><img alt="" src="/images/thumb/fenwicks.jpg/220px-fenwicks.jpg"
width="220"></a>
<div class="infobox-caption">The frontage in about 1950</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mBody[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${toc.join('\n')}</ul></div>
${hd(mBody[1] ?? '')}${ps(mBody.slice(2, 5))}
<div class="thumb tright"><div class="thumbinner" style="width:182px;"><a href="/File:Fenwicks_step.jpg" class="image"><img alt=""
src="/images/thumb/step.jpg/180px-step.jpg"
width="180" class="thumbimage"></a><div class="thumbcaption"><div class="magnify"><a href="/File:Fenwicks_step.jpg" class="internal" title="Enlarge"></a></div>
The name in the terrazzo step, 2021</div></div></div>
${hd(mBody[5] ?? '')}<p>${mBody[6]}</p>${hd(mBody[7] ?? '')}<p>${mBody[8]}</p>
${hd(mBody[9] ?? '')}<ul><li>${mBody[10]}</li><li>${mBody[11]}</li></ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260312140211 Preprocessor visited node count: 212/1000000 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.wenlow.org.uk/index.php?title=Fenwick%27s_Milk_Bar&amp;oldid=4821">
https://wiki.wenlow.org.uk/index.php?title=Fenwick%27s_Milk_Bar&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">
Categories</a>: <ul>${links(mCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'], 'mw-list-item')}</ul></div>
</nav><div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs"><ul
class="vector-menu-content-list">
${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav></div><div id="right-navigation"><nav id="p-views"
class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs">
<ul class="vector-menu-content-list">${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav><div id="p-search" role="search"
class="vector-search-box-vue
 vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/index.php" id="searchform" class="vector-search-box-form"><div
id="simpleSearch"
class="vector-search-box-inner"><input class="vector-search-box-input" type="search" name="search" placeholder="Search Wenlow Wiki"
aria-label="Search Wenlow Wiki"
title="Search Wenlow Wiki [f]" accesskey="f" id="searchInput"><input type="submit" name="go" value="Go" title="Go to a page with this exact name if it exists"
id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/Main_Page" title="Visit the main page"></a></div>
${portlet('p-navigation', 'Navigation', mNav)}${portlet('p-tb', 'Tools', mTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 12 March 2026, at 14:02.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li>
</ul></footer><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki = page({
  name: 'heldout543-mediawiki-milk-bar',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mBody.filter((_, i) => ![1, 5, 7, 9].includes(i)),
  bylines: ['This page was last edited on 12 March 2026, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Wenlow Wiki', 'Jump to navigation', 'Jump to search', ...mInfo.flatMap(([k, v]) => [k, v]), 'The frontage in about 1950', 'Contents',
    ...mHeads.map((h, i) => `${i + 1} ${h}`), 'The name in the terrazzo step, 2021', 'Categories', ...mCats, 'Navigation menu', 'Personal tools',
    'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search', 'Navigation',
    ...mNav, 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot, 'edit',
  ],
});

const oTitle = 'About Bramley’s';
const oBody = [
  j(
    'Bramley’s has been selling sweets on Market Place, Thornsett since 1962. The shop was opened by Harold and Joan Bramley and is',
    'now run by their granddaughter Sue and her husband Geoff. We still sell from the glass jars on the back wall, weighed out by the',
    'quarter on the same brass scales that Harold bought second hand in 1962!',
  ),
  j(
    'We stock over 300 lines of traditional sweets, including many that are hard to find anywhere else. Our rock is made for us in',
    'Blackpool and our fudge is made by Sue in the back kitchen every Thursday.',
  ),
  'Prices',
  'All jar sweets are sold by the quarter (4oz / 113g). Prices below are for the most popular lines.',
  'Ordering by post',
  j(
    'We can post sweets anywhere in the UK. Please phone the shop with your order and we will work out the postage for you.',
    'We are sorry but we cannot take orders by email at this time.',
  ),
  'We look forward to seeing you in the shop!',
];
const oRows = [
  ['Sherbet lemons', '£1.10'],
  ['Pear drops', '£1.10'],
  ['Rhubarb &amp; custards', '£1.15'],
  ['Cola cubes', '£1.15'],
  ['Clotted cream fudge', '£1.60'],
  ['Chocolate limes', '£1.20'],
];
const oNav = ['Home', 'About Us', 'Our Sweets', 'Gift Jars', 'Ordering', 'Find Us', 'Links'];
const oMarq = 'Welcome to Bramley’s!! Christmas gift jars now available - order before 10th December';
const fnt = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bramley's Traditional Sweet Shop - Thornsett - About Us</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="sweets, sweet shop, traditional sweets, Thornsett, fudge, rock, sherbet lemons, pear drops, jars">
<meta name="description" content="Bramley's Traditional Sweet Shop, Market Place, Thornsett. Over 300 lines of old fashioned sweets.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- body { margin: 0px; background-color: #FFF5E1; } a:link { color: #993366; } --></style></head>
<body bgcolor="#FFF5E1" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Bramley's Traditional Sweet Shop"></td></tr>
<tr><td colspan="2" bgcolor="#993366"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>${oMarq}</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#F9E4EC"><table width="160" border="0" cellpadding="4" cellspacing="0">
${oNav.map((t) => `<tr><td>${fnt(`<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><b>${t}</b></a>`)}</td></tr>`).join('\n')}</table>
<p align="center">${fnt('<b>Opening Times</b><br>Mon - Sat 9.00 - 5.30<br>Sunday CLOSED')}</p>
<p align="center"><img src="images/sweetjar.gif" width="90" height="120" alt=""></p></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman, serif" color="#993366">${oTitle}</font></h1>
<p>${fnt(oBody[0] ?? '')}</p><p>${fnt(oBody[1] ?? '')}</p>
<h3><font face="Georgia, Times New Roman, serif" color="#993366">${oBody[2]}</font></h3><p>${fnt(oBody[3] ?? '')}</p>
<table width="300" border="1" cellpadding="3" cellspacing="0" bordercolor="#993366"><tr bgcolor="#F9E4EC"><td>${fnt('<b>Sweet</b>')}</td>
<td>${fnt('<b>Per quarter</b>')}</td></tr>
${oRows.map((r) => `<tr>${r.map((c) => `<td>${fnt(c)}</td>`).join('')}</tr>`).join('\n')}</table>
<h3><font face="Georgia, Times New Roman, serif" color="#993366">${oBody[4]}</font></h3><p>${fnt(oBody[5] ?? '')}</p>
<p>${fnt(`<i>${oBody[6]}</i>`)}</p><p>${fnt('- Sue &amp; Geoff')}</p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#993366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Bramley's Traditional Sweet Shop, 4 Market Place, Thornsett
TS4 2PL. Tel: 01632 960 251<br>&copy; 2003-2007 Bramley's. All rights reserved. | Site by <a href="http://www.moorsideweb.co.uk" target="_blank">
<font color="#FFFFFF">Moorside Web Design</font></a><br>Last updated: 14/11/2007<br>You are visitor number <img src="http://counter.digits.net/?counter={a3f1}"
alt="">004512 | Best viewed at 1024x768 in Internet Explorer</font></td></tr></table></body></html>`;
const tableLayout = page({
  name: 'heldout543-table-layout-sweet-shop-about',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oBody[2] ?? '', oBody[4] ?? ''],
  body: [oBody[0] ?? '', oBody[1] ?? '', oBody[3] ?? '', ...rowTexts(oRows), oBody[5] ?? '', oBody[6] ?? ''],
  bylines: ['- Sue & Geoff', 'Last updated: 14/11/2007'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    oMarq, ...oNav, 'Opening Times', 'Mon - Sat 9.00 - 5.30', 'Sunday CLOSED',
    "Bramley's Traditional Sweet Shop, 4 Market Place, Thornsett TS4 2PL. Tel: 01632 960 251",
    "© 2003-2007 Bramley's. All rights reserved. | Site by Moorside Web Design",
    'You are visitor number 004512 | Best viewed at 1024x768 in Internet Explorer',
  ],
});

export const HELDOUT543_E: readonly TestPage[] = [mediawiki, tableLayout];
