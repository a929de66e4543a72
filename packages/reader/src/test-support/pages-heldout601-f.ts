import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file f: a building conservation wiki's article on MediaWiki 1.41 with the Vector 2022 skin (header with
 * search and personal tools, the sticky table of contents, article tabs, an infobox, edit section links, a reference list,
 * categories and the footer), and a family damp proofing firm's old hand-made table layout page (font tags, a left navigation
 * column of links, a phone box, a hit counter and a footer row).
 */
const wTitle = 'Damp-proof course';
const wLead = j(
  'A <b>damp-proof course</b> (<b>DPC</b>) is a horizontal barrier built into a wall, usually just above ground level, to stop',
  'moisture rising from the ground into the masonry above by capillary action.',
);
const wHistory = [
  j(
    'Builders used dense stone, slate and tarred felt as barriers from the middle of the nineteenth century, but the DPC became',
    'general in new houses only after local building by-laws began to require it in the 1870s.<sup id="cite_ref-1" class="reference">',
    '<a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'Houses built before then often have no DPC at all. Many stay dry because their lime mortar and soft brick let moisture',
    'evaporate freely from both faces of the wall.',
  ),
];
const wTypes = [
  '<b>Slate</b> laid in two courses with broken joints, bedded in mortar',
  '<b>Bitumen felt</b>, the most common material in the twentieth century',
  '<b>Engineering brick</b>, two or three courses of dense, low-absorption brick',
  '<b>Polyethylene sheet</b>, used in most new building since the 1970s',
];
const wRemedial = [
  j(
    'Where a DPC has failed or is missing, a remedial barrier can be formed by injecting a water-repellent cream or fluid into a',
    'drilled mortar course. Whether such treatment is needed is disputed, since much dampness diagnosed as rising damp has other',
    'causes.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const wRefs = [
  'Harwell, E. (1998). <i>By-laws and the Victorian House</i>. Fenmouth: Quayside Press. p. 112.',
  'Lindqvist, M. (2014). “Rising damp: a review of diagnosis in practice”. <i>Journal of Masonry Repair</i>. <b>22</b> (3): 41–58.',
];
const wH = ['History', 'Types', 'Remedial damp-proof courses', 'References'];
const wBox = [
  ['Type', 'Building element'],
  ['Position', 'Above ground level'],
  ['Materials', 'Slate, bitumen, plastic'],
];
const wCats = ['Damp', 'Masonry', 'Building elements'];
const wFoot = ['Privacy policy', 'About BuildingsWiki', 'Disclaimers', 'Mobile view'];
const wTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const wEdit = (id: string, h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Damp-proof_course&amp;action=edit&amp;section=1" title="Edit section: ${h}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wToc = (id: string, h: string, n: number): string => `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${id}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${h}</span></div></a></li>`;
const wIds = ['History', 'Types', 'Remedial_damp-proof_courses', 'References'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-sticky-header-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - BuildingsWiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;RLCONF={"wgPageName":"Damp-proof_course",
"wgTitle":"Damp-proof course","wgCurRevisionId":48211,"wgNamespaceNumber":0,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};}());</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://buildingswiki.org/wiki/Damp-proof_course"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Damp-proof_course rootpage-Damp-proof_course
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">BuildingsWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search BuildingsWiki"
aria-label="Search BuildingsWiki" autocapitalize="sentences" title="Search BuildingsWiki [f]" accesskey="f" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<div id="p-vector-user-menu-overflow" class="vector-menu"><ul class="vector-menu-content-list"><li id="pt-createaccount-2"
class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${wIds.map((id, i) => wToc(id, at(wH, i), i + 1)).join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">${links(wTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul>
</nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list">${links(wTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"
for="vector-page-tools-dropdown-checkbox"><span class="vector-dropdown-label-text">${at(wTabs, 5)}</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From BuildingsWiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Damp-proof course</th></tr>
${wBox.map((r) => `<tr><th scope="row" class="infobox-label">${at(r, 0)}</th><td class="infobox-data">${at(r, 1)}</td></tr>`).join('\n')}</tbody></table>
<p>${wLead}</p>
<meta property="mw:PageProp/toc">
${wEdit(at(wIds, 0), at(wH, 0))}${ps(wHistory)}
${wEdit(at(wIds, 1), at(wH, 1))}<p>The materials used for a DPC have changed with building practice:</p><ul>${lis(wTypes)}</ul>
${wEdit(at(wIds, 2), at(wH, 2))}${ps(wRemedial)}
${wEdit(at(wIds, 3), at(wH, 3))}<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://buildingswiki.org/index.php?title=Damp-proof_course&amp;oldid=48211">
https://buildingswiki.org/index.php?title=Damp-proof_course&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 14 January 2026, at 16:20.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout601-mediawiki-damp-proof-course',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wLead, ...wHistory, 'The materials used for a DPC have changed with building practice:', ...wTypes, ...wRemedial, ...wRefs]),
  bylines: ['This page was last edited on 14 January 2026, at 16:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'BuildingsWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...wTabs, 'From BuildingsWiki',
    'Type', 'Building element', 'Position', 'Slate, bitumen, plastic', '^', 'Categories', 'Building elements',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...wFoot,
  ],
};

const tTitle = 'Rising Damp Treatment';
const tBody = [
  j(
    'J. Hendry &amp; Sons have been treating rising damp in the Fenmouth area since 1968. We are a family firm and Jim, Alan or',
    'Stuart Hendry will carry out every survey personally. We do not use salesmen.',
  ),
  'Our treatment',
  j(
    'Where our survey shows that your damp proof course has failed we will drill and inject a new silicone cream damp proof course,',
    'remove the old salt-contaminated plaster and replaster with a salt-resistant render. Most houses are done in two to three days.',
  ),
  'Every treatment carries our 20 year guarantee, which passes to the new owner if you sell.',
  'Free survey',
  j(
    'Surveys are free within 15 miles of Fenmouth. Further afield we charge a small fee which is taken off the price of any work.',
    'Please ring or email to arrange a time.',
  ),
];
const tNav = ['Home', 'Rising Damp', 'Condensation', 'Woodworm &amp; Rot', 'Cellar Tanking', 'Our Guarantee', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>J. Hendry &amp; Sons - Rising Damp Treatment - Fenmouth</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="rising damp, damp proofing, fenmouth, dpc, woodworm">
<meta name="description" content="Rising damp treatment by a family firm established 1968."><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript"
type="text/javascript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><table width="760" border="0" cellspacing="0" cellpadding="0"
align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="images/header.jpg" width="760" height="110" alt="J. Hendry &amp; Sons Damp Proofing Specialists"></td></tr>
<tr><td colspan="2" bgcolor="#CC9900" align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF">
<b>Family firm established 1968 &nbsp;|&nbsp; Free surveys
&nbsp;|&nbsp; 20 year guarantee</b></font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E8E8D0"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.split(' ')[0]?.toLowerCase()}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr><tr><td bgcolor="#003366" align="center"><font face="Verdana, Arial" size="2"
color="#FFFFFF">
<b>Call us today</b><br>01632 960 255</font></td></tr></table></td>
<td width="590" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td><font face="Verdana, Arial" size="2">
<h1><font color="#003366">${tTitle}</font></h1>
${ps([at(tBody, 0)])}
<h3><font color="#CC9900">${at(tBody, 1)}</font></h3>
${ps(tBody.slice(2, 4))}
<p align="center"><img src="images/injection.jpg" width="300" height="200" alt="" border="1"><br><i>Injecting a new damp proof course in Marsh Road</i></p>
<h3><font color="#CC9900">${at(tBody, 4)}</font></h3>
${ps([at(tBody, 5)])}
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1"
color="#FFFFFF">Copyright &copy; 2003-2026 J. Hendry &amp; Sons. All rights
reserved.<br>Unit 4, Dyke Lane Industrial Estate, Fenmouth FN2 8BB<br>You are visitor number <img src="/cgi-bin/counter.gif?page=rising"
alt="counter"> | Site by
<a href="http://www.fenweb.co.uk">FenWeb Design</a></font></td></tr></table></body></html>`;
const hendry: TestPage = {
  name: 'heldout601-table-layout-rising-damp',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [at(tBody, 1), at(tBody, 4)],
  body: texts(tBody.filter((_, i) => i !== 1 && i !== 4)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family firm established 1968 | Free surveys | 20 year guarantee', ...texts(tNav).filter((t) => t !== 'Rising Damp'), 'Call us today', '01632 960 255',
    'Injecting a new damp proof course in Marsh Road', 'Copyright © 2003-2026 J. Hendry & Sons. All rights reserved.',
    'Unit 4, Dyke Lane Industrial Estate, Fenmouth FN2 8BB', 'You are visitor number | Site by FenWeb Design',
  ],
};

export const HELDOUT601_F: readonly TestPage[] = [wiki, hendry];
