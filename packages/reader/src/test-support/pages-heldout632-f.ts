import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, settle, trs } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file f: an old table-layout riding stables site (hand-written HTML 4 with font tags, a marquee and a hit
 * counter) announcing pony weeks, and a pony club handbook page on MediaWiki (Vector 2022 skin) with a contents panel and table.
 */
const tTitle = 'Pony Weeks 2026';
const tHeads = ['What happens on a pony week', 'What to bring'];
const tBody = [
  j(
    'Our ever popular Pony Weeks are back for the summer holidays! Each week runs Monday to Friday, 9.30am to 3.30pm, for children',
    'aged 7 to 15 who can walk, trot and canter on their own.',
  ),
  j(
    'Every child has their own pony for the week to ride, groom and look after. There is a riding lesson every morning, a hack',
    'over Tallow Common in the afternoon and a mini show with rosettes on Friday for parents to watch.',
  ),
  'Packed lunch and a drink (no fizzy drinks please)',
  'Jodhpurs or leggings, and boots with a heel',
  'A waterproof coat, whatever the forecast says!',
  'Sun cream and a named water bottle',
];
const tRows = [
  ['27 to 31 July', '£295', 'FULL'],
  ['3 to 7 August', '£295', '2 places left'],
  ['17 to 21 August', '£295', 'Places available'],
];
const tEnd = 'To book, please ring Sue on 01632 960 155 after 6pm or send an e-mail. A deposit of £50 secures your place.';
const tNav = ['Home', 'Lessons', 'Pony Weeks', 'Hacking', 'Livery', 'Our Horses', 'Prices', 'Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Tallow Lane Riding Stables - Pony Weeks</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="riding stables, pony weeks, riding lessons, hacking, Tallow Common"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFEE" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/banner.jpg" width="780" height="140"
alt="Tallow Lane Riding Stables"></td></tr>
<tr><td colspan="2" bgcolor="#336633"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>Now taking bookings for the summer
Pony Weeks - ring Sue on 01632 960 155</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCDDBB"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((n) => `<tr><td><font face="Verdana" size="2"><a href="${n.toLowerCase().replace(/ /g, '')}.htm">${n}</a></font></td></tr>`).join('\n')}
</table><p align="center"><img src="images/bhs_logo.gif" width="90" height="60" alt="BHS Approved"></p>
<p align="center"><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=ponyweeks" alt="004512"></font></p></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1 align="center"><font face="Georgia" color="#336633">${tTitle}</font></h1>
<font face="Verdana" size="2">
${ps([tBody[0] ?? ''])}
<h3><font color="#993300">${tHeads[0]}</font></h3>
${ps([tBody[1] ?? ''])}
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#336633" align="center"><tr bgcolor="#CCDDBB"><th><font face="Verdana"
size="2">Week</font></th><th><font face="Verdana" size="2">Price</font></th><th><font face="Verdana" size="2">Places</font></th></tr>
${trs(tRows)}</table>
<h3><font color="#993300">${tHeads[1]}</font></h3>
<ul>
${tBody
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}
</ul>
<p>${tEnd}</p>
<p align="center"><a href="index.htm"><img src="images/back.gif" border="0" alt="Back"></a> &nbsp; <a href="#top">Back to top</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">Tallow Lane Riding Stables, Tallow Lane, Cropwell Bishops
| Tel 01632 960 155<br>Page last updated 14 March 2026<br>Best viewed at 800 x 600 in Internet Explorer</font></td></tr></table></body></html>`;
const tallow: TestPage = {
  name: 'heldout632-table-layout-pony-weeks',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tBody[0] ?? '', tBody[1] ?? '', ...rowTexts(tRows), ...tBody.slice(2), tEnd]),
  bylines: ['Page last updated 14 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for the summer Pony Weeks - ring Sue on 01632 960 155', ...tNav, 'You are visitor number', 'Back to top',
    'Tallow Lane Riding Stables, Tallow Lane, Cropwell Bishops | Tel 01632 960 155', 'Best viewed at 800 x 600 in Internet Explorer',
  ],
};

const mTitle = 'Rally safety rules';
const mHeads = ['Before the rally', 'Tack and turnout checks', 'In the arena', 'Accidents'];
const mBody = [
  j(
    'This page sets out the safety rules that apply at every Kestrel Vale rally, camp and training session. Instructors and',
    'rally organisers should read it at the start of each season. The rules follow the national Pony Club safety rules; where our',
    'branch rules are stricter, they are marked <i>(branch rule)</i>.',
  ),
  j(
    'The rally organiser must have a first aider on site for the whole rally and a charged phone with the address and postcode of',
    "the venue. Every member's medical form must be in the rally folder before they ride.",
  ),
  j(
    'Members\' hats are checked by a <a href="/wiki/Hat_tagging" title="Hat tagging">hat tagger</a> at the start of the day. A hat',
    'without a current tag may not be worn, even if it is new.',
  ),
  'Hat to a current standard, tagged, with the harness done up',
  'Body protector for all jumping and cross-country (branch rule: for all mounted games too)',
  'Boots with a smooth sole and a heel, or jodhpur boots with half chaps',
  'No jewellery except stud earrings covered with tape',
];
const mRows = [
  ['Flatwork', '4 metres', 'One instructor to eight riders'],
  ['Show jumping', '6 metres', 'One instructor to six riders'],
  ['Cross-country', 'One fence apart', 'One instructor to five riders'],
];
const mEnd = [
  j(
    'Any fall must be recorded in the accident book on the day, even if the rider seems unhurt. A rider who has hit their head may',
    'not ride again that day <i>(branch rule)</i>, and the parent or carer must be told before the member goes home.',
  ),
  'See also <a href="/wiki/Concussion_guidance" title="Concussion guidance">Concussion guidance</a> and <a href="/wiki/Rally_folder">Rally folder</a>.',
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Kestrel Vale Handbook', 'Disclaimers'];
const edit = (h: string, id: string, n: number): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Rally_safety_rules&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const ids = mHeads.map((h) => h.replace(/ /g, '_'));
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Kestrel Vale Handbook</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Rally_safety_rules","wgTitle":"Rally safety rules",
"wgCurRevisionId":1408,"wgRevisionId":1408,"wgArticleId":212,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Rally_safety_rules&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Rally_safety_rules rootpage-Rally_safety_rules
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div>
</div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Kestrel Vale
Handbook</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search" placeholder="Search Kestrel Vale Handbook" aria-label="Search Kestrel Vale Handbook" accesskey="f" id="searchInput"><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${mHeads
  .map(
    (h, i) => `<li id="toc-${ids[i]}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${ids[i]}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Rally_safety_rules"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Rally_safety_rules&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li>
</ul></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Rally_safety_rules"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rally_safety_rules&amp;action=edit"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Rally_safety_rules&amp;action=history"><span>View history</span></a></li>
</ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Kestrel Vale Handbook</div></div><div id="contentSub">
<div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps([mBody[0] ?? ''])}
${edit(mHeads[0] ?? '', ids[0] ?? '', 1)}
${ps(mBody.slice(1, 3))}
${edit(mHeads[1] ?? '', ids[1] ?? '', 2)}
<ul>${mBody
  .slice(3)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${edit(mHeads[2] ?? '', ids[2] ?? '', 3)}
<table class="wikitable"><tbody><tr><th>Activity</th><th>Distance between ponies</th><th>Supervision</th></tr>
${trs(mRows)}</tbody></table>
${edit(mHeads[3] ?? '', ids[3] ?? '', 4)}
${ps(mEnd)}
<!-- NewPP limit report
Parsed by mw1
Cached time: 20260502190412
-->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://handbook.kestrelvalepc.org.uk/index.php?title=Rally_safety_rules&amp;oldid=1408">
https://handbook.kestrelvalepc.org.uk/index.php?title=Rally_safety_rules&amp;oldid=1408</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Rallies">Rallies</a></li><li><a href="/wiki/Category:Safety">Safety</a></li>
</ul></div></div>
</div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 2 May 2026, at 19:04.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li>
</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const handbook: TestPage = {
  name: 'heldout632-mediawiki-rally-safety',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mBody, ...rowTexts(mRows), ...mEnd]),
  bylines: ['This page was last edited on 2 May 2026, at 19:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Kestrel Vale Handbook', 'Search', 'Log in', 'Contents', '(Top)', '1', '2', '3', '4', 'Page',
    'Discussion', 'Read', 'View source', 'View history', 'From Kestrel Vale Handbook', '[', 'edit', ']', 'Categories:', 'Rallies', 'Safety', ...mFoot,
  ],
};

export const HELDOUT632_F: readonly TestPage[] = [tallow, handbook].map(settle);
