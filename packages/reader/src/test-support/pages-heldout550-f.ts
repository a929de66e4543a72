import { ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout550-kit.js';

/**
 * Held-out batch 550, file f: a small plumber and bathroom fitter's services page in an old table layout (FrontPage era,
 * `<font>` tags, no headings) and a trade wiki article on MediaWiki (Vector 2022 skin) about worktop mason's mitres.
 */
const oTitle = 'Bathroom Fitting';
const oP = [
  j(
    'We have been fitting bathrooms in Polwenna and the surrounding villages since 1991. Every job is done by Ray or his son Kieran,',
    'from taking out the old suite to the last tile, so you always know who is in your house.',
  ),
  j(
    'We can supply the bathroom for you from our trade accounts, or fit one you have bought yourself. Free estimates, and no job',
    'is too small, from a new basin to a full wet room.',
  ),
  'Full bathroom and shower room installations',
  'Tiling, walls and floors',
  'Electric and mixer showers',
  'Disabled access bathrooms and level access showers',
  'Call Ray on 01632 960147 or leave a message and we will ring you back the same evening.',
];
const oNav = ['Home', 'Central Heating', 'Kitchens', 'Photo Gallery', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="bathroom fitter polwenna, plumber, tiling, showers, central heating">
<title>R. Pellow Plumbing &amp; Bathrooms - Bathroom Fitting</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style><!-- a:link { color: #003399 } td { font-family: Verdana, Arial } --></style></head>
<body bgcolor="#E8EEF4" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_banner.jpg" width="760" height="120" alt="R. Pellow Plumbing and Bathrooms"></td></tr>
<tr><td colspan="2" bgcolor="#003399" height="22" align="center"><font face="Verdana" size="1"
color="#FFFFFF"><b>Gas Safe Registered &nbsp;|&nbsp; Fully Insured
&nbsp;|&nbsp; Free Estimates</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#D6E0EC"><br>
${oNav.map((t) => `<p style="margin-left: 10"><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></p>`).join('\n')}
<p style="margin-left: 10"><font face="Verdana" size="2"><b>Bathroom Fitting</b></font></p><br>
<p align="center"><img src="images/gassafe.gif" width="90" height="90" alt="Gas Safe"></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana" size="4" color="#003399"><b>${oTitle}</b></font>
<p><font face="Verdana" size="2">${oP[0]}</font></p><p><font face="Verdana" size="2">${oP[1]}</font></p>
<ul><font face="Verdana" size="2">${oP
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</font></ul>
<p><font face="Verdana" size="2"><b>${oP[6]}</b></font></p>
<p align="center"><img src="images/bath1_small.jpg" width="180" height="135" border="1" alt="">&nbsp;<img src="images/bath2_small.jpg" width="180"
height="135" border="1" alt=""><br>
<font face="Verdana" size="1"><i>Recent work in Trevellan</i></font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Verdana" size="1"
color="#FFFFFF">R. Pellow Plumbing &amp; Bathrooms, 3 Chapel Terrace, Polwenna
&nbsp;•&nbsp; Tel: 01632 960147</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <b>018342</b><br>Site last updated 14/06/2009</font></td></tr></table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout550-table-layout-bathroom-fitter',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oP),
  bylines: ['Site last updated 14/06/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gas Safe Registered | Fully Insured | Free Estimates', ...oNav, 'Recent work in Trevellan',
    'R. Pellow Plumbing & Bathrooms, 3 Chapel Terrace, Polwenna • Tel: 01632 960147', 'You are visitor number 018342',
  ],
};

const mTitle = 'Mason’s mitre';
const mLead = [
  j(
    'A <b>mason’s mitre</b> is a joint used to turn a laminate or solid wood <a href="/wiki/Worktop" title="Worktop">worktop</a> through a corner',
    'so that the rounded front edge appears to continue round the corner. Unlike a plain butt joint, the profile of the front edge',
    'is cut into the end of the second top, and the two pieces are drawn together with panel bolts from below.',
  ),
  j(
    'The name comes from stonework, where the same joint lets a moulded edge turn a corner without a visible seam on the face.',
    'In kitchen fitting it is the standard corner joint for post-formed laminate tops in the United Kingdom.',
  ),
];
const mHeads = ['Cutting', 'Bolting and sealing', 'Bolt spacing', 'Common faults'];
const mCut = [
  j(
    'The joint is cut with a router and a worktop jig. The female cut is made first on the top that runs through the corner, then',
    'the male cut with its shaped end on the second top. Both cuts are made in several passes of no more than 10 mm depth to',
    'avoid burning the laminate.',
  ),
  'Most fitters cut the joint from the underside for right-hand corners and from the top for left-hand corners, depending on the jig.',
];
const mBolt = j(
  'Before the joint is closed the cut edges are sealed with a waterproof sealant or PVA to stop the chipboard core swelling.',
  'Colour-matched jointing compound is run along the top edge, and the bolts are tightened in turn until the joint is flush.',
);
const mRows = [
  ['600 mm', '2', 'Standard base unit depth'],
  ['650 mm', '3', 'Extra-deep tops'],
  ['900 mm', '4', 'Breakfast bars and islands'],
];
const mFaults = [
  'Swelling along the joint after a year or two, almost always caused by unsealed chipboard.',
  'A step in the joint where the tops were not at the same height before bolting.',
  'Chipping of the front edge when the router cutter was blunt or the pass too deep.',
];
const mHeading = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Mason%27s_mitre&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - FitterWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Mason's_mitre","wgTitle":"Mason's mitre","wgCurRevisionId":48211,"wgArticleId":1302,"wgIsArticle":true,"wgAction":"view"};
RLSTATE={"skins.vector.styles":"ready","mediawiki.page.gallery.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.fitterforum.org/wiki/Mason%27s_mitre"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0
ns-subject page-Mason_s_mitre rootpage-Mason_s_mitre skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">FitterWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search FitterWiki" aria-label="Search FitterWiki" accesskey="f" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet"></div>
<div id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div class="vector-sitenotice-container">
<div id="siteNotice"><div id="localNotice" data-nosnippet><p>Forum members can now edit FitterWiki with their forum login.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div
id="left-navigation">
<nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Mason%27s_mitre" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Mason%27s_mitre" rel="discussion" title="Discussion about the content page [t]"
accesskey="t"><span>Discussion</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Mason%27s_mitre"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Mason%27s_mitre&amp;action=edit"
accesskey="e"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Mason%27s_mitre&amp;action=history"
accesskey="h"><span>View history</span></a></li>
</ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div>
<div id="siteSub" class="noprint">From FitterWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mLead)}
${mHeading(mHeads[0] ?? '')}
${ps(mCut)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Mitre_jig.jpg" class="mw-file-description"><img
src="/images/thumb/4/4e/Mitre_jig.jpg/220px-Mitre_jig.jpg"
decoding="async" width="220" height="147" class="mw-file-element"></a><figcaption>A worktop jig set up for a female cut</figcaption></figure>
${mHeading(mHeads[1] ?? '')}
<p>${mBolt}</p>
<div class="mw-heading mw-heading3"><h3 id="Bolt_spacing">${mHeads[2]}</h3></div>
<table class="wikitable"><tbody><tr><th>Worktop depth</th><th>Panel bolts</th><th>Typical use</th></tr>
${trs(mRows)}</tbody></table>
${mHeading(mHeads[3] ?? '')}
<ul>${mFaults.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<!-- NewPP limit report Parsed by mw-web.fitterwiki Cached time: 20260304091244 CPU time usage: 0.041 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet>Retrieved from "<a dir="ltr"
href="/index.php?title=Mason%27s_mitre&amp;oldid=48211">https://wiki.fitterforum.org/index.php?title=Mason%27s_mitre&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Worktops" title="Category:Worktops">Worktops</a></li><li><a href="/wiki/Category:Joints"
title="Category:Joints">Joints</a></li></ul></div></div>
</div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 09:12.</li><li id="footer-info-copyright">Content is available under
<a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/FitterWiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/FitterWiki:About">About
FitterWiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/FitterWiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-poweredbyico" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112,
"wgPageParseReport":{"limitreport":{"cputime":"0.041"}}});});</script></body></html>`;
const mediawikiArticle: TestPage = {
  name: 'heldout550-mediawiki-masons-mitre',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...texts([...mLead, ...mCut, mBolt]), ...rowTexts(mRows), ...mFaults],
  bylines: ['This page was last edited on 4 March 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'FitterWiki', 'Search', 'Log in', 'Forum members can now edit FitterWiki with their forum login.', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'View source', 'View history', 'From FitterWiki', 'edit', 'A worktop jig set up for a female cut',
    'Retrieved from "https://wiki.fitterforum.org/index.php?title=Mason%27s_mitre&oldid=48211"', 'Categories', 'Worktops', 'Joints',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About FitterWiki', 'Disclaimers',
  ],
};

export const HELDOUT550_F: readonly TestPage[] = [tableLayout, mediawikiArticle];
