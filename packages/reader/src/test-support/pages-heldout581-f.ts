import { type TestPage, texts } from './page-kit.js';
import { esc, j, rowTexts, slug, trs } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file f: a village minicab office's price list on an old hand-built table layout (left menu, hit counter),
 * and a town wiki's article on its taxis on MediaWiki (Vector 2022) with a table of ranks, edit links and categories.
 */
const oTitle = 'Our Prices';
const oIntro = 'All prices are for up to 4 passengers. Please book airport journeys at least 24 hours ahead.';
const oRows = [
  ['Ashby Parva - Lutterby Station', '£9'],
  ['Ashby Parva - Wendham Airport', '£48'],
  ['Ashby Parva - Castleford Airport', '£65'],
  ['Ashby Parva - Kelsall General Hospital', '£22'],
];
const oOutro = j(
  'Waiting time is charged at £12 per hour. We accept cash and cheques with a bank card. Sorry, we do not take card payments in',
  'the car. Larger 7 seater available on request, please ring for a price.',
);
const oMenu = ['Home', 'Prices', 'Airport Runs', 'School Contracts', 'Contact Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Parva Cars - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="taxi, minicab, Ashby Parva, airport, Lutterby"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#003366" height="90"><img src="images/banner.gif" width="760" height="90" alt="Parva Cars"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00" align="center"><font face="Verdana, Arial" size="2"><b>Tel: 01632 960 283 &nbsp;-&nbsp; 7am till
midnight</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6E6E6"><br>
${oMenu.map((t) => `<font face="Verdana, Arial" size="2">&nbsp;&raquo; <a href="${slug(t)}.htm">${t}</a></font><br><br>`).join('\n')}
<br><center><img src="images/visa-no.gif" width="100" height="40" alt="Cash only"></center></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#003366"><b>${oTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${oIntro}<br><br>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999"><tr bgcolor="#003366"><td><font color="#FFFFFF"><b>Journey</b></font></td>
<td><font color="#FFFFFF"><b>Price</b></font></td></tr>
${trs(oRows.map(([a, b]) => [esc(a ?? ''), b ?? '']))}
</table><br>${oOutro}</font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Parva Cars 2004-2026 | Licensed by Lutterby
District
Council<br>You are visitor number <img src="/cgi-bin/counter.gif?df=parva" alt="counter"> 048213<br>Best viewed in
1024x768</font></td></tr></table></body></html>`;
const tablePrices: TestPage = {
  name: 'heldout581-table-layout-prices',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: [oIntro, ...rowTexts(oRows), oOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 283 - 7am till midnight', 'Home', 'Airport Runs', 'School Contracts', 'Contact Us',
    '© Parva Cars 2004-2026 | Licensed by Lutterby District Council', 'You are visitor number 048213', 'Best viewed in 1024x768',
  ],
};

const mTitle = 'Taxis in Calderbridge';
const mLead = j(
  '<b>Taxis in Calderbridge</b> are licensed by Calderbridge Town Council, which issues two kinds of licence: hackney carriages,',
  'which may ply for hire at ranks and in the street, and private hire vehicles, which must be booked through an operator. In',
  '2025 the town had 64 hackney carriages and 212 private hire vehicles.',
);
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The first motor cabs in Calderbridge stood outside the railway station from 1912, replacing the horse cabs of the Calder',
        'Hotel. The number of hackney licences was capped at 40 in 1961 and the cap was lifted in 1998, after which the fleet grew',
        'quickly.',
      ),
      j(
        'Private hire grew from the 1970s, when several firms opened radio offices on Tanner Street. The largest of them, Calder',
        'Radio Cars, was founded in 1974 and still operates from the same building.',
      ),
    ],
  ],
  ['Ranks', [j('There are five ranks in the town centre. Only the station rank is staffed, on Friday and Saturday nights.')]],
  [
    'Airport transfers',
    [
      j(
        'Calderbridge has no airport of its own. Most airport journeys go to Castleford Airport, 38 miles away, or to Northgate',
        'International, 61 miles away. Hackney carriages may charge an agreed fixed price for journeys that end outside the town,',
        'and most firms publish fixed airport fares.',
      ),
      j('Since 2019 the council has required every private hire operator to display its airport fares on its website.'),
    ],
  ],
];
const mRanks = [
  ['Station Approach', '12', '24 hours'],
  ['Market Place', '8', '7am – 2am'],
  ['Bridge Street', '4', '6pm – 4am'],
  ['Calderbridge Hospital', '3', '24 hours'],
  ['Riverside Leisure Park', '5', '10am – midnight'],
];
const mCats = ['Transport in Calderbridge', 'Taxis', 'Licensing'];
const mFoot = ['Privacy policy', 'About CalderWiki', 'Disclaimers', 'Mobile view'];
const edit = (id: string, h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Taxis_in_Calderbridge&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mBody = mSecs
  .map(([h, ps], i) => {
    const table = i === 1 ? `<table class="wikitable sortable"><tbody><tr><th>Rank</th><th>Spaces</th><th>Hours</th></tr>\n${trs(mRanks)}</tbody></table>` : '';
    return `${edit(h.replace(/ /g, '_'), h)}\n${ps.map((p) => `<p>${p}\n</p>`).join('\n')}\n${table}`;
  })
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - CalderWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Taxis_in_Calderbridge","wgTitle":"Taxis in Calderbridge",
"wgCurRevisionId":48213,"wgCategories":["Transport in Calderbridge","Taxis"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.calderbridge.example/wiki/Taxis_in_Calderbridge"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Taxis_in_Calderbridge rootpage-Taxis_in_Calderbridge
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">CalderWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<div id="simpleSearch"><input type="search" name="search" placeholder="Search CalderWiki" aria-label="Search CalderWiki" id="searchInput"></div>
<button class="cdx-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Taxis_in_Calderbridge">
<span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Taxis_in_Calderbridge&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Taxis_in_Calderbridge">
<span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Taxis_in_Calderbridge&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Taxis_in_Calderbridge&amp;action=history"><span>View
history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From
CalderWiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<p>${mLead}\n</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading" style="display:none"><div class="toctitle"><h2
id="mw-toc-heading">Contents</h2></div></div>
${mBody}
<!-- NewPP limit report Parsed by mw-web.calderwiki CPU time usage: 0.041 seconds Real time usage: 0.058 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.calderbridge.example/index.php?title=Taxis_in_Calderbridge&amp;oldid=48213">
https://wiki.calderbridge.example/index.php?title=Taxis_in_Calderbridge&amp;oldid=48213</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 March
2026, at 10:12.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${mFoot.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki"
width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiTaxis: TestPage = {
  name: 'heldout581-mediawiki-town-taxis',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs.flatMap(([, ps], i) => (i === 1 ? [...ps, ...rowTexts(mRanks)] : ps))]),
  bylines: ['This page was last edited on 4 March 2026, at 10:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'CalderWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From CalderWiki',
    'Categories:', ...mCats.filter((c) => c !== 'Taxis'), 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
...mFoot,
  ],
};

export const HELDOUT581_F: readonly TestPage[] = [tablePrices, mediawikiTaxis];
