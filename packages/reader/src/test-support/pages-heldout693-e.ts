import { links, type TestPage, texts } from './page-kit.js';
import { at, j, rowText, trs } from './pages-heldout693-kit.js';

/** Held-out batch 693, file e: a golf-history wiki article on MediaWiki (Vector legacy), and a winter league page in an old FrontPage table layout. */
const wTitle = 'Dunmere Links';
const wBody = [
  j(
    '<b>Dunmere Links</b> was an 18-hole links course on the north shore of Carrow Bay, open from 1896 until 1961.',
    'Its clubhouse survives as the Dunmere Sailing Club, and parts of the 1st and 18th fairways can still be traced in the dunes.',
  ),
  'History',
  j(
    'The course was laid out by the greenkeeper Alexander Rusk for a group of merchants from Port Carrow, who leased the',
    'dunes from the Tremayne estate. A halt on the branch railway opened in 1899, and by the 1920s the club had over 300 members.',
  ),
  j(
    'Coastal erosion claimed the 7th and 8th holes in the storms of 1938, and two new holes were built inland. During the',
    'Second World War the links were used for training and the course never fully recovered.',
  ),
  'Closure',
  j(
    'The railway halt closed in 1958 and membership fell below 90. The club wound up in 1961 and the land was sold back to',
    'the estate. The sailing club bought the clubhouse in 1964.',
  ),
  'Layout',
  j(
    'The course measured 5,980 yards with a par of 70. Its best-known hole was the 14th, "Rusk\u2019s Grave", a par three played',
    'across a tidal inlet that could only be reached at low water.',
  ),
];
const wInfo = ['Location', 'Carrow Bay', 'Opened', '1896', 'Closed', '1961', 'Designer', 'Alexander Rusk', 'Holes', '18'];
const wToc = ['1 History', '1.1 Closure', '2 Layout', '3 References'];
const wRefs = ['↑ Carrow Bay Gazette, 14 May 1896.', '↑ Minute book of the Dunmere Links club, 1961.'];
const wSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const wFoot = ['Privacy policy', 'About Wessex Golf Heritage', 'Disclaimers'];
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const hd = (level: number, t: string): string => `<h${level}><span class="mw-headline" id="${t}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Dunmere_Links&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span
class="mw-editsection-bracket">]</span></span></h${level}>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - Wessex Golf Heritage</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Dunmere_Links","wgTitle":"Dunmere Links","wgCurRevisionId":2241,
"wgArticleId":318,"wgIsArticle":true,"wgAction":"view","wgCategories":["Lost courses","Links courses"]};RLSTATE={"site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=mediawiki.page.gallery.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Dunmere_Links&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Dunmere_Links rootpage-Dunmere_Links skin-vector action-view
skin-vector-legacy"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wessex Golf Heritage</div><div id="contentSub"></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr">
<div class="mw-parser-output"><table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/File:Dunmere_1912.jpg" class="image"><img alt="" src="/images/thumb/4/4a/Dunmere_1912.jpg/250px.jpg"
width="250" height="160"></a><div class="infobox-caption">The clubhouse in 1912</div></td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row" class="infobox-label">${wInfo[i]}</th><td class="infobox-data">${wInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
<p>${at(wBody, 0)}${ref(1)}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${wToc
  .map(
    (t, i) => `<li class="toclevel-${i === 1 ? 2 : 1}"><a
href="#s${i}"><span class="tocnumber">${t.split(' ')[0]}</span> <span class="toctext">${t.split(' ').slice(1).join(' ')}</span></a></li>`,
  )
  .join('')}</ul></div>
${hd(2, at(wBody, 1))}<p>${wBody[2]}</p><p>${wBody[3]}</p>
${hd(3, at(wBody, 4))}<p>${wBody[5]}${ref(2)}</p>
${hd(2, at(wBody, 6))}<p>${wBody[7]}</p>
${hd(2, 'References')}<div class="reflist"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a
href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r.slice(2)}</span></li>`,
  )
  .join('')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270204211002 --></div><noscript><img src="/index.php?title=Special:CentralAutoLogin" alt=""
width="1" height="1" style="border: none; position: absolute;"></noscript></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.wessexgolf.org/index.php?title=Dunmere_Links&amp;oldid=2241"
>https://wiki.wessexgolf.org/index.php?title=Dunmere_Links&amp;oldid=2241</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/Category:Lost_courses">Lost courses</a></li><li><a href="/Category:Links_courses">Links
courses</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span>${wPersonal[0]}
</span></li>${links(wPersonal.slice(1), 'mw-list-item')}</ul></div></nav><div id="left-navigation"><nav id="p-namespaces" class="vector-menu
mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy" aria-labelledby="p-namespaces-label" role="navigation"><h3
id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}</ul></div></nav></div><div id="right-navigation"><nav id="p-views"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views" aria-labelledby="p-views-label" role="navigation"><h3 id="p-views-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></div></nav><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<h3>Search</h3><form action="/index.php" id="searchform"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input"
type="search" name="search" placeholder="Search Wessex Golf Heritage" aria-label="Search Wessex Golf Heritage" id="searchInput"><input type="submit"
name="go" value="Go" title="Go to a page with this exact name if it exists" id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/Main_Page" title="Visit the main page"></a></div><nav id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label" role="navigation"><h3
id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul></div></nav><nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb
vector-menu-portal portal" aria-labelledby="p-tb-label" role="navigation"><h3 id="p-tb-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wTools, 'mw-list-item')}
</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 February 2027,
at 21:10.</li></ul><ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":84});});</script></body></html>`;
const wikiDunmere: TestPage = {
  name: 'heldout693-mediawiki-lost-course',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [at(wBody, 1), at(wBody, 4), at(wBody, 6)],
  body: texts(wBody.filter((_, i) => ![1, 4, 6].includes(i))),
  bylines: ['This page was last edited on 4 February 2027, at 21:10.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Wessex Golf Heritage', 'Jump to navigation', 'Jump to search', 'The clubhouse in 1912', 'Location', 'Designer', 'Contents', ...wToc,
    'References', ...wRefs, 'Categories',
    'Lost courses', 'Links courses', 'Navigation menu', 'Personal tools', ...wPersonal, 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'Edit',
    'View history', 'Search', 'Navigation', ...wSide, 'Tools', ...wTools, ...wFoot,
  ],
};

const tTitle = 'Winter League 2026/27';
const tIntro = j(
  'Round 5 was played in bright, frosty conditions on Sunday. Temporary greens were in use on the 4th and 11th, so all pairs',
  'played the same course and scores count in full. Well done to Ted and Barry, who take over at the top of the table.',
);
const tHeads = ['Round 5 - Sunday 17th January', 'League Table after 5 Rounds'];
const tRound = [
  ['1', 'E. Marsh / B. Copley', '46'],
  ['2', 'J. Patel / K. Doyle', '44'],
  ['3', 'R. Findlay / S. Findlay', '43'],
  ['4', 'M. Quinn / A. Kerr', '41'],
];
const tTable = [
  ['1', 'E. Marsh / B. Copley', '14'],
  ['2', 'R. Findlay / S. Findlay', '13'],
  ['3', 'J. Patel / K. Doyle', '12'],
  ['4', 'L. Hurst / P. Hurst', '9'],
];
const tEnd = j(
  'Round 6 is on Sunday 31st January, tee times from 8.30am. Entry is £3 a player into the pot. Pairs who cannot play must let',
  'Ken Doyle know by Friday evening.',
);
const tNav = ['Home', 'About the Club', 'Course &amp; Scorecard', 'Membership', 'Visitors', 'Fixtures', 'Results', 'Ladies Section', 'Seniors', 'Links'];
const hdrRow = (cells: readonly string[]): string =>
  `<tr bgcolor="#006633">${cells
    .map(
      (c) => `<td><b><font face="Verdana" size="2"
color="#FFFFFF">${c}</font></b></td>`,
    )
    .join('')}</tr>`;
const fRows = (rows: readonly string[][]): string =>
  trs(
    rows.map((r) => r.map((c) => `<font face="Verdana" size="2">${c}</font>`)),
    '',
  );
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Language" content="en-gb"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document"><title>Kingsbarrow Golf Club - Winter
League</title><meta name="keywords" content="golf, kingsbarrow, winter league, results"><link rel="stylesheet" type="text/css" href="kgc.css">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#CCDDCC" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<div align="center"><table border="0" cellpadding="0" cellspacing="0" width="780" bgcolor="#FFFFFF"><tr><td colspan="2"><img border="0"
src="images/banner.jpg" width="780" height="120" alt="Kingsbarrow Golf Club"></td></tr>
<tr><td colspan="2" bgcolor="#006633"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFF99">Christmas Draw results now on the
Results page ... Course open - winter rules apply ... New members always welcome</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0E8"><table border="0" cellpadding="4" cellspacing="0" width="100%">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana" size="2">&raquo; <a
href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></font></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr><tr><td align="center"><font face="Verdana" size="1">You are visitor
number<br><img src="http://counter.freecounters.co.uk/c.php?id=41221" alt="hit counter"> 048213</font></td></tr></table></td>
<td width="620" valign="top"><table border="0" cellpadding="10" cellspacing="0" width="100%"><tr><td>
<p align="center"><b><font face="Verdana" size="5" color="#006633">${tTitle}</font></b></p>
<p><font face="Verdana" size="2">${tIntro}</font></p>
<p><b><font face="Verdana" size="3" color="#006633">${tHeads[0]}</font></b></p>
<table border="1" cellpadding="3" cellspacing="0" width="90%" bordercolor="#006633" style="border-collapse: collapse">
${hdrRow(['Pos', 'Pair', 'Points'])}
${fRows(tRound)}
</table>
<p><font face="Verdana" size="2">Nearest the pin on the 16th: <b>Alan Kerr</b></font></p>
<p><b><font face="Verdana" size="3" color="#006633">${tHeads[1]}</font></b></p>
<table border="1" cellpadding="3" cellspacing="0" width="90%" bordercolor="#006633" style="border-collapse: collapse">
${hdrRow(['Pos', 'Pair', 'League Pts'])}
${fRows(tTable)}
</table>
<p><font face="Verdana" size="2">${tEnd.replace('£', '&pound;')}</font></p>
<p><font face="Verdana" size="1"><i>Page last updated 19/01/2027</i></font></p>
<p align="center"><font face="Verdana" size="2"><a href="results.htm">&lt;&lt; Back to Results</a> | <a href="#top">Top of page</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#006633" align="center"><font face="Verdana" size="1" color="#FFFFFF">Kingsbarrow Golf Club, Barrow Lane, Kingsbarrow
KB2 6RT &middot; Tel 01632 960 118<br>&copy; Kingsbarrow Golf Club 2003-2027. Best viewed at 1024 x 768 in Internet Explorer.</font></td></tr>
</table></div></body></html>`;
const tableLeague: TestPage = {
  name: 'heldout693-frontpage-winter-league',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [tIntro, ...tRound.map(rowText), 'Nearest the pin on the 16th: Alan Kerr', ...tTable.map(rowText), tEnd],
  bylines: ['Page last updated 19/01/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Christmas Draw results now on the Results page ... Course open - winter rules apply ... New members always welcome',
    ...texts(tNav).map((t) => `» ${t}`), 'You are visitor number 048213', '<< Back to Results | Top of page',
    'Kingsbarrow Golf Club, Barrow Lane, Kingsbarrow KB2 6RT · Tel 01632 960 118',
    '© Kingsbarrow Golf Club 2003-2027. Best viewed at 1024 x 768 in Internet Explorer.',
  ],
};

export const HELDOUT693_E: readonly TestPage[] = [wikiDunmere, tableLeague];
