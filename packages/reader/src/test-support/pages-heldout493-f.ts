import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout493-kit.js';

/**
 * Held-out batch 493, file f: a local history wiki's article on a market hall on MediaWiki (Vector 2022) and a farm shop's
 * opening-times page from an old table layout.
 */
const mTitle = 'Saltby Butter Market';
const mBody = [
  j(
    'The Saltby Butter Market is a covered market hall on the Shambles in Saltby. It was built in 1784 for farmers\u2019 wives selling',
    'butter, eggs and poultry, and has held a weekly produce market for most of the time since.',
  ),
  'History',
  j(
    'The hall was paid for by subscription among the town\u2019s tradesmen after the old open market cross was pulled down in 1779.',
    'It has an open ground floor of nine arches and a single room above, which served as the town\u2019s reading room from 1851 to 1938.',
  ),
  j(
    'Trade declined after the opening of the railway cattle market in 1872, and by the 1950s the hall was used mainly as a bus shelter.',
    'A farmers\u2019 market was started there in 1999 by the Saltby Civic Society, and it now runs on the first Saturday of each month.',
  ),
  'Architecture',
  j('The building is of local limestone with a hipped slate roof and a small cupola carrying the town clock. It was listed at Grade II in 1952.'),
];
const mInfo = ['1784', 'Shambles, Saltby', 'Grade II', 'First Saturday of each month'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Saltby Wiki', 'Disclaimers'];
const mHead = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Saltby_Butter_Market&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Saltby Butter Market - Saltby Wiki</title>
<script>(function(){var
className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Saltby_Butter_Market",
"wgTitle":"Saltby Butter Market","wgCurRevisionId":48211,"wgCategories":["Markets","Listed buildings"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.saltbyhistory.org.uk/wiki/Saltby_Butter_Market"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
 page-Saltby_Butter_Market rootpage-Saltby_Butter_Market skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Saltby Wiki</strong>
</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Saltby Wiki" aria-label="Search Saltby Wiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="p-navigation"
class="vector-menu mw-portlet" aria-label="Navigation">
<div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></nav></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc">
<div class="vector-pinnable-header-label">Contents</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
<li id="toc-History" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#History"><div class="vector-toc-text"><span
class="vector-toc-numb">1</span>
<span>History</span></div></a></li><li id="toc-Architecture" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#Architecture">
<div class="vector-toc-text">
<span class="vector-toc-numb">2</span><span>Architecture</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Saltby_Butter_Market">Page</a></li>
<li id="ca-talk"><a href="/wiki/Talk:Saltby_Butter_Market">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a
href="#">Read</a></li>
<li id="ca-edit"><a href="/index.php?title=Saltby_Butter_Market&amp;action=edit">Edit</a></li><li id="ca-history"><a
href="/index.php?title=Saltby_Butter_Market&amp;action=history">
View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Saltby Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><th scope="row" class="infobox-label">Built</th><td class="infobox-data">${mInfo[0]}</td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">${mInfo[1]}</td></tr>
<tr><th scope="row" class="infobox-label">Listing</th><td class="infobox-data">${mInfo[2]}</td></tr>
<tr><th scope="row" class="infobox-label">Market day</th><td class="infobox-data">${mInfo[3]}</td></tr></tbody></table>
${ps([at(mBody, 0)])}${mHead('History', at(mBody, 1))}${ps(mBody.slice(2, 4))}${mHead('Architecture', at(mBody, 4))}${ps([at(mBody, 5)])}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Markets">Markets</a></li><li><a href="/wiki/Category:Listed_buildings">Listed buildings</a></li></ul></div></div></div></main>
</div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 12 April 2026, at 16:40.</li>
<li id="footer-info-copyright">Content is available under <a
href="/wiki/Saltby_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout493-mediawiki-butter-market',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 1), at(mBody, 4)],
  body: texts(mBody.filter((_, i) => i !== 1 && i !== 4)),
  bylines: ['This page was last edited on 12 April 2026, at 16:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Saltby Wiki', 'Search', 'Navigation', ...mSide, 'Contents', '(Top)', '1', '2', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Saltby Wiki', 'Location', 'Listing', 'Market day', 'Shambles, Saltby', 'Categories',
    'Markets', 'Listed buildings', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const oTitle = 'Opening Times & What We Sell';
const oBody = [
  j(
    'Welcome to Nettlecombe Farm Shop! We are a family farm on the B3190 between Wexcombe and Lydd Cross, and we have been selling',
    'our own beef, pork and vegetables from the old cart shed since 1987.',
  ),
  'Opening Times',
  'Tuesday - Friday 9.00am - 5.30pm',
  'Saturday 8.30am - 5.00pm',
  'Sunday 10.00am - 1.00pm',
  'Closed Mondays (open Bank Holiday Mondays)',
  'What We Sell',
  j(
    'Our own Aberdeen Angus beef, hung for 21 days, and free range pork, sausages and dry cured bacon made in our own cutting room.',
    'Home grown potatoes, carrots, cabbages and seasonal veg. Free range eggs from our hens. Local cheese, honey, jams and chutneys.',
  ),
  j(
    'We also sell logs and kindling by the net or the trailer load, and hay and straw in small bales. Please ring ahead for large',
    'orders of meat for the freezer and we will have them cut and packed for you.',
  ),
];
const oNav = ['Home', 'Opening Times', 'Our Meat', 'Logs & Hay', 'How To Find Us', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Nettlecombe Farm Shop - Opening Times</title>
<meta name="keywords" content="farm shop, Wexcombe, beef, pork, logs, free range eggs"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<style type="text/css"><!-- body { font-family: Verdana, Arial; font-size: 12px } .nav { font-size: 11px; color: #FFFFFF } --></style>
<script language="JavaScript"><!-- function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; } //-->
</script></head>
<body bgcolor="#E8E4C9" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Nettlecombe Farm Shop"></td></tr>
<tr><td colspan="2" bgcolor="#336600"><marquee scrollamount="3"><font color="#FFFF00"><b>NEW SEASON ASPARAGUS NOW IN - ORDER YOUR CHRISTMAS TURKEY EARLY!</b>
</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#336600"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${oNav
  .map(
    (n) => `<tr><td class="nav"><a href="${n.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font color="#FFFFFF">${n.replace(/&/g, '&amp;')}</font></a>
</td></tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/counter.gif" alt=""><br><font size="1" color="#FFFFFF">You are visitor number 048213</font></center></td>
<td width="620" valign="top" style="padding:15px"><h1><font face="Georgia" color="#336600">${oTitle.replace(/&/g, '&amp;')}</font></h1>
<p>${oBody[0]}</p><h2><font face="Georgia" color="#336600">${oBody[1]}</font></h2>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCC99">${oBody
  .slice(2, 6)
  .map((t) => `<tr><td>${t}</td></tr>`)
  .join('\n')}</table>
<h2><font face="Georgia" color="#336600">${oBody[6]}</font></h2><p>${oBody[7]}</p><p>${oBody[8]}</p>
<p align="center"><img src="images/shop-front.jpg" width="400" height="260" alt="The shop"><br><i>The shop in the old cart shed</i></p>
<hr noshade size="1"><p align="center"><font size="1">Nettlecombe Farm Shop, Nettlecombe, Wexcombe WX7 3PL - Tel 01632 960772<br>
Page last updated 02/03/2026 | Best viewed at 1024 x 768</font></p></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout493-table-layout-farm-shop',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [at(oBody, 1), at(oBody, 6)],
  body: oBody.filter((_, i) => i !== 1 && i !== 6),
  bylines: ['Page last updated 02/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW SEASON ASPARAGUS NOW IN - ORDER YOUR CHRISTMAS TURKEY EARLY!', 'Home', 'Our Meat', 'Logs & Hay', 'How To Find Us', 'Contact Us',
    'You are visitor number 048213', 'The shop in the old cart shed',
    'Nettlecombe Farm Shop, Nettlecombe, Wexcombe WX7 3PL - Tel 01632 960772', 'Best viewed at 1024 x 768',
  ],
};

export const HELDOUT493_F: readonly TestPage[] = [wiki, oldTable];
