import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout589-kit.js';

/**
 * Held-out batch 589, file f: a town wiki's page on refill and zero-waste shops on MediaWiki (Vector 2022) with an infobox, a
 * shop table, references and categories, and a family greengrocer's price list in an old table layout with a visitor counter.
 */
const mTitle = 'Refill shops in Ellerby';
const mLead = [
  j(
    'Ellerby has had <b>refill shops</b> since 2019, when the first opened in a former shoe shop on Quarry Hill.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup> By 2027 there were four places in the town where groceries and cleaning products',
    'could be bought loose, by weight, in the customer\u2019s own containers.',
  ),
];
const mHist = [
  j(
    'The first shop, Fill Good, was opened by a group of parents from Quarry Hill Primary School after a campaign to cut',
    'plastic waste at the school. It moved to larger premises on Bank Street in 2022.',
  ),
  j(
    'The Saturday market gained a refill stall in 2021, and the greengrocer Harker &amp; Sons added a dry goods wall in',
    '2023.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> A mobile refill van began visiting the outlying villages in 2025.',
  ),
];
const mShops = [
  ['Fill Good', 'Bank Street', '2019', 'Dry goods, liquids, toiletries'],
  ['Harker &amp; Sons', 'Market Place', '2023', 'Dry goods, fruit and vegetables'],
  ['The Scoop Stall', 'Saturday market', '2021', 'Dry goods, nuts, spices'],
  ['Loose Ends van', 'Villages, weekly round', '2025', 'Dry goods, liquids'],
];
const mPrices = [
  j(
    'All four sell by weight and show prices per 100g, as required for loose goods. A 2026 survey by the Ellerby Civic Society',
    'found that a basket of ten staples cost between 4% and 11% more at the refill shops than at the town\u2019s supermarket,',
    'but that spices, nuts and cleaning liquids were generally cheaper.',
  ),
];
const mRefs = [
  '\u2191 "Shoe shop becomes town\u2019s first refill store". <i>Ellerby Gazette</i>. 14 March 2019.',
  '\u2191 Harker, Tom (2023). <i>A hundred years on Market Place</i>. Ellerby: Civic Society. p. 88.',
];
const mHeads = ['History', 'Shops', 'Prices', 'References'];
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Ellerby Wiki', 'Disclaimers'];
const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const mh = (h: string | undefined): string => `<div class="mw-heading mw-heading2"><h2 id="${h ?? ''}">${h ?? ''}</h2>${edit}</div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ellerby Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Refill_shops_in_Ellerby","wgTitle":"Refill shops in Ellerby","wgCurRevisionId":4412,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.ellerby.org.uk/wiki/Refill_shops_in_Ellerby"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Refill_shops_in_Ellerby
rootpage-Refill_shops_in_Ellerby
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
</label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation"
id="p-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></div>
</nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ellerby Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Ellerby Wiki" aria-label="Search Ellerby Wiki" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list">
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div></nav></div></header>
</div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div class="vector-sitenotice-container">
<div id="siteNotice"><div id="localNotice" data-nosnippet><p>The wiki meet-up is on 12 June at the library. All editors welcome.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Refill_shops_in_Ellerby" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Refill_shops_in_Ellerby">
<span>Discussion</span></a></li>
</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Refill_shops_in_Ellerby"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?action=edit">
<span>Edit</span></a>
</li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?action=history"><span>View history</span></a></li></ul></nav></div></div>
</div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Ellerby Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Refill shops</th></tr>
<tr><th scope="row" class="infobox-label">First opened</th><td class="infobox-data">March 2019</td></tr>
<tr><th scope="row" class="infobox-label">Number</th><td class="infobox-data">Four (2027)</td></tr>
<tr><th scope="row" class="infobox-label">Area</th><td class="infobox-data">Town centre and villages</td></tr></tbody></table>
${ps(mLead)}<meta property="mw:PageProp/toc">
${mh(mHeads[0])}${ps(mHist)}
${mh(mHeads[1])}<table class="wikitable sortable"><tbody><tr><th>Name</th><th>Location</th><th>Opened</th><th>Sells</th></tr>
${trs(mShops)}</tbody></table>
${mh(mHeads[2])}${ps(mPrices)}
${mh(mHeads[3])}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">\u2191</a></span>
<span class="reference-text">${r.slice(2)}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.ellerby.org.uk/index.php?oldid=4412">https://wiki.ellerby.org.uk/index.php?oldid=4412</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Shops">Shops</a></li><li><a href="/wiki/Category:Environment">Environment</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2027, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise
noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button
cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout589-mediawiki-refill-shops-town',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mHist, ...mShops.map(rowText), ...mPrices, ...mRefs]),
  bylines: ['This page was last edited on 3 March 2027, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mTools, 'Ellerby Wiki', 'Search', 'Create account', 'Log in',
    'The wiki meet-up is on 12 June at the library. All editors welcome.',
    'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Ellerby Wiki', 'First opened', 'March 2019',
    'Number', 'Four (2027)', 'Area', 'Town centre and villages', 'Retrieved from "https://wiki.ellerby.org.uk/index.php?oldid=4412"', 'Categories',
    'Environment', 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const oTitle = 'This Week\u2019s Prices';
const oIntro = 'Prices for week beginning Monday 10th May. All fruit &amp; veg priced per lb unless stated. Loose dry goods priced per 100g.';
const oVeg = [
  ['Potatoes (Maris Piper)', '45p', 'Local'],
  ['Carrots', '50p', 'Local'],
  ['Leeks', '95p', 'Local'],
  ['Tomatoes (vine)', '£1.40', 'Isle of Wight'],
  ['Bramley apples', '90p', 'Kent'],
  ['Bananas', '60p', 'Windward Islands'],
];
const oDry = [
  ['Porridge oats', '24p'],
  ['Brown rice', '38p'],
  ['Green lentils', '42p'],
  ['Walnut pieces', '£1.85'],
];
const oNote = [
  'Bring your own bags and tubs for dry goods - we will weigh them first.',
  'Boxes delivered free in Wrenbury on Fridays. Phone orders by Thursday 5pm.',
];
const oHeads = ['Fruit &amp; Vegetables (per lb)', 'Dry Goods (per 100g)'];
const oNav = ['Home', 'This Week\u2019s Prices', 'Veg Boxes', 'About Us', 'Find Us', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pinnock's Greengrocers - This Week's Prices</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="greengrocer, wrenbury, fruit, veg, veg box, loose">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- body { font-family: Verdana, Arial; } .nav { font-size: 11px; color: #336600; } .small { font-size: 10px; } --></style></head>
<body bgcolor="#FFFFEE" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#336600"><img src="images/header.gif" width="760" height="90" alt="Pinnock's Greengrocers, Wrenbury"></td></tr>
<tr><td colspan="2" bgcolor="#99CC66" align="center"><font size="2"><marquee scrollamount="3">*** New season Jersey Royals now in! ***</marquee></font></td>
</tr>
<tr><td width="150" valign="top" bgcolor="#E8F5D0"><br>
${oNav.map((t) => `<p class="nav">&nbsp;&nbsp;<a href="${t.toLowerCase().replace(/\W+/g, '')}.htm">${t}</a></p>`).join('\n')}
<br><p class="small" align="center">You are visitor number<br><img src="/cgi-bin/counter.cgi?page=prices" alt="004512"><br>since 2003</p>
<p class="small" align="center">Best viewed in 1024x768</p></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10"><tr><td>
<font face="Verdana, Arial" size="5" color="#336600"><b>${oTitle}</b></font><br>
<font size="1" color="#666666">Last updated: 9th May 2027</font>
<p><font size="2">${oIntro}</font></p>
<p><font face="Verdana" size="3" color="#336600"><b>${oHeads[0]}</b></font></p>
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99CC66"><tr bgcolor="#99CC66"><td><b>Item</b></td><td><b>Price</b></td>
<td><b>From</b></td></tr>
${trs(oVeg)}
</table>
<p><font face="Verdana" size="3" color="#336600"><b>${oHeads[1]}</b></font></p>
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99CC66"><tr bgcolor="#99CC66"><td><b>Item</b></td><td><b>Price</b></td></tr>
${trs(oDry)}
</table>
${ps(oNote.map((n) => `<font size="2">${n}</font>`))}
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336600" align="center"><font size="1" color="#FFFFFF">Pinnock's Greengrocers, 4 High Street, Wrenbury. Tel: 01632 960412<br>
&copy; Pinnock's 2003-2027</font></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout589-table-layout-greengrocer-prices',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: texts(oHeads),
  body: texts([oIntro, ...oVeg.map(rowText), ...oDry.map(rowText), ...oNote]),
  bylines: ['Last updated: 9th May 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** New season Jersey Royals now in! ***', 'Home', 'Veg Boxes', 'About Us', 'Find Us', 'Links', 'You are visitor number since 2003',
    'Best viewed in 1024x768', "Pinnock's Greengrocers, 4 High Street, Wrenbury. Tel: 01632 960412", "© Pinnock's 2003-2027",
  ],
};

export const HELDOUT589_F: readonly TestPage[] = [mediawiki, oldTable];
