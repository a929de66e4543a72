import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, settle, trs } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file f: a seaside family fun centre's prices and opening times on an old table layout (FrontPage era,
 * with a hit counter), and a room's article on an escape room fan wiki running MediaWiki (Vector 2022 skin) with an infobox.
 */
const tTitle = 'Opening Times & Prices 2026';
const tNotice = 'NOTICE: The Crazy Golf course will be CLOSED for resurfacing from 2nd to 13th March. All other attractions open as normal.';
const tIntro = j(
  'Welcome to Sandcastle Fun Centre on the seafront at Witherby Bay! We have indoor soft play, 18 holes of pirate crazy golf,',
  'a 10 lane bowling alley and over 80 arcade machines, all under one roof so the weather never spoils your day out.',
);
const tH1 = 'Opening Times';
const tTimes = [
  ['Easter to end of October', 'Every day', '10.00am - 9.00pm'],
  ['November to Easter', 'Friday to Sunday', '10.00am - 6.00pm'],
  ['School holidays (all year)', 'Every day', '10.00am - 8.00pm'],
];
const tH2 = 'Prices';
const tPrices = [
  ['Soft Play (under 1s free)', '£5.50 per child'],
  ['Crazy Golf', '£6.00 adult / £4.50 child'],
  ['Bowling (per game)', '£7.00 adult / £5.50 child'],
  ['Combo Ticket (golf, bowling and 30 mins soft play)', '£15.00 per child'],
];
const tNotes = [
  'Children under 14 must be with an adult at all times.',
  'Grip socks must be worn in the soft play area. Socks are on sale at reception for £1.50.',
  'Last entry to soft play and crazy golf is one hour before closing.',
  'We accept cash and all major cards.',
];
const tPhone = 'For party bookings please telephone 01947 600 318 or ask at reception.';
const tMenu = ['Home', 'Soft Play', 'Crazy Golf', 'Bowling', 'Arcade', 'Parties', 'Opening Times', 'How to Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="soft play, crazy golf, bowling, witherby bay, family fun">
<title>Sandcastle Fun Centre Witherby Bay - Opening Times and Prices</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style><!-- body { font-family: Verdana, Arial; font-size: 10pt } .menu { color: #FFFF00; font-weight: bold } --></style></head>
<body bgcolor="#0066CC" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/btn_home_on.gif')">
<table border="0" width="780" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF"><tr>
<td colspan="2"><img border="0" src="images/header_sandcastle.jpg" width="780" height="140" alt="Sandcastle Fun Centre - Witherby Bay"></td></tr>
<tr><td colspan="2" bgcolor="#FF0000" align="center"><marquee scrollamount="4"><font color="#FFFFFF"><b>${esc(tNotice)}</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#003399"><table border="0" width="100%" cellpadding="6">
${tMenu.map((m) => `<tr><td><a href="${m.toLowerCase().replace(/ /g, '_')}.htm" class="menu">${m}</a></td></tr>`).join('\n')}
</table><p align="center"><img src="images/tripadvisor.gif" width="120" height="60" alt="TripAdvisor Certificate of Excellence"></p>
<p align="center"><font color="#FFFFFF" size="1">You are visitor number</font><br><img src="/cgi-bin/Count.cgi?df=sandcastle.dat" alt="hit counter"></p></td>
<td width="620" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td>
<h1><font face="Comic Sans MS" color="#CC0000">${esc(tTitle)}</font></h1>
<p><font face="Verdana" size="2">${tIntro}</font></p>
<h2><font face="Comic Sans MS" color="#003399">${tH1}</font></h2>
<table border="1" width="100%" cellspacing="0" cellpadding="4" bordercolor="#003399"><tr bgcolor="#FFFF99"><td><b>Season</b></td><td><b>Days</b></td>
<td><b>Hours</b></td></tr>
${trs(tTimes)}
</table>
<h2><font face="Comic Sans MS" color="#003399">${tH2}</font></h2>
<table border="1" width="100%" cellspacing="0" cellpadding="4" bordercolor="#003399"><tr bgcolor="#FFFF99"><td><b>Attraction</b></td><td><b>Price</b></td></tr>
${trs(tPrices)}
</table>
<ul>${lis(tNotes.map((n) => `<font face="Verdana" size="2">${n}</font>`))}</ul>
<p><font face="Verdana" size="2"><b>${tPhone}</b></font></p>
<p align="center"><a href="parties.htm"><img src="images/btn_parties.gif" border="0" width="200" height="50" alt="Book a party"></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">Sandcastle Fun Centre, Marine Parade, Witherby Bay YO22 4PE
 | Tel: 01947 600 318<br>© Sandcastle Leisure 2004-2026 | Site by <a href="http://www.bayweb.co.uk"><font color="#FFFF00">BayWeb Design</font></a>
 <br>Last updated: 14/02/2026</font></td></tr></table></body></html>`;
const tablePrices: TestPage = {
  name: 'heldout503-table-layout-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([tIntro, ...rowTexts(tTimes), ...rowTexts(tPrices), ...tNotes, tPhone]),
  bylines: ['Last updated: 14/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    tNotice, ...tMenu, 'You are visitor number', 'Sandcastle Fun Centre, Marine Parade, Witherby Bay YO22 4PE | Tel: 01947 600 318',
    '© Sandcastle Leisure 2004-2026 | Site by BayWeb Design',
  ],
};

const mTitle = 'The Clockmaker’s Attic';
const mLead = [
  j(
    '<b>The Clockmaker’s Attic</b> is an escape room at Tick Tock Escapes in Harrowgate Hill, opened in June 2021. Players search',
    'the attic workshop of the fictional clockmaker Anselm Greave for the key to a stopped tower clock. It is the venue’s',
    'second room and has won two <a href="/wiki/Enthusiast_awards" title="Enthusiast awards">enthusiast awards</a>.',
  ),
];
const mH1 = 'Story';
const mStory = [
  j(
    'Greave, the last keeper of the town clock, locked his workshop in 1899 and left a letter saying that the clock would never',
    'strike again. The players are his great-grandchildren, who have one hour to find out why before the attic is cleared.',
  ),
];
const mH2 = 'Design';
const mDesign = [
  j(
    'The room was designed by the venue’s owners, who had run a furniture restoration business before opening the venue. Most of',
    'the props are working clock mechanisms, and several puzzles depend on setting a clock to the right time.',
  ),
  j('A later refit in 2023 replaced the original padlocked chest with a hidden drawer, after players said the chest was the', 'weakest puzzle in the game.'),
];
const mH3 = 'Reception';
const mRecep = [
  j(
    'Reviewers have praised the set and the final sequence, in which the tower clock strikes as the last lock opens. Some',
    'players found the middle of the game too linear for large groups.',
  ),
];
const mH4 = 'Awards';
const mAwards = ['Best Set, North of England, Keyholder Awards 2022', 'Players’ Choice, Escape Wiki Poll 2023'];
const mInfo = ['Venue', 'Tick Tock Escapes', 'Location', 'Harrowgate Hill', 'Opened', 'June 2021', 'Players', '2–5', 'Time limit', '60 minutes'];
const mToc = ['Contents', '(Top)', 'hide'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Venues by region', 'Help'];
const mTools = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['This page was last edited on 11 January 2026, at 16:22.', 'Privacy policy', 'About Escape Wiki', 'Disclaimers', 'Mobile view'];
const mHead = (h: string, id: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=The_Clockmaker%27s_Attic&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>The Clockmaker’s Attic - Escape Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"The_Clockmaker's_Attic","wgTitle":"The Clockmaker's Attic","wgCurRevisionId":48210,"wgNamespaceNumber":0};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://escape.wiki/wiki/The_Clockmaker%27s_Attic"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-The_Clockmaker_s_Attic rootpage-The_Clockmaker_s_Attic
 skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mSide.map((s) => `<li class="mw-list-item"><a href="/wiki/${s.replace(/ /g, '_')}"><span>${s}</span></a></li>`).join('')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Escape Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Escape Wiki" aria-label="Search Escape Wiki" id="searchInput">
<input type="submit" name="go" value="Go" class="searchButton"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount">
<a href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">${mToc[0]}</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">${mToc[2]}</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">${mToc[1]}</div></a></li>${[mH1, mH2, mH3, mH4]
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${h}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${mTools
  .slice(0, 2)
  .map(
    (t) => `<li class="vector-tab-noicon mw-list-item"><a href="#">
<span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><nav aria-label="Views"><ul>${mTools
  .slice(2, 5)
  .map(
    (t) => `<li class="vector-tab-noicon mw-list-item">
<a href="#"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav><div class="vector-dropdown"><span class="vector-dropdown-label-text">${mTools[5]}</span></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Escape Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Clockmakers_attic.jpg" class="mw-file-description">
<img src="/images/thumb/c/c4/Clockmakers_attic.jpg/250px-Clockmakers_attic.jpg" width="250" height="167" class="mw-file-element" alt=""></a></span>
<div class="infobox-caption">The workbench, 2021</div></td></tr>
${[0, 2, 4, 6, 8].map((i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mHead(mH1, 'Story')}${ps(mStory)}
${mHead(mH2, 'Design')}${ps(mDesign)}
${mHead(mH3, 'Reception')}${ps(mRecep)}
${mHead(mH4, 'Awards')}<ul>${lis(mAwards)}</ul>
<div role="navigation" class="navbox"><table class="nowraplinks navbox-inner"><tbody><tr><th colspan="2" class="navbox-title">Tick Tock Escapes rooms</th></tr>
<tr><td class="navbox-list"><ul><li><a href="/wiki/The_Gilded_Cage">The Gilded Cage</a></li><li><a class="mw-selflink selflink">${mTitle}</a></li>
<li><a href="/wiki/Down_the_Well">Down the Well</a></li></ul></td></tr></tbody></table></div></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "https://escape.wiki/index.php?title=The_Clockmaker%27s_Attic&amp;oldid=48210"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li>
<a href="/wiki/Category:Rooms_opened_in_2021">Rooms opened in 2021</a></li>
<li><a href="/wiki/Category:North_of_England_rooms">North of England rooms</a></li></ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mFoot[0]}</li></ul>
<ul id="footer-places">${mFoot
  .slice(1)
  .map((f) => `<li><a href="#">${f}</a></li>`)
  .join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiRoom: TestPage = {
  name: 'heldout503-mediawiki-room-article',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3, mH4],
  body: texts([...mLead, ...mStory, ...mDesign, ...mRecep, ...mAwards]),
  bylines: [mFoot[0] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Escape Wiki', 'Create account', 'Log in', ...mToc, '1', '2', '3', '4', ...mTools,
    'From Escape Wiki', 'The workbench, 2021', ...mInfo, 'edit', 'Tick Tock Escapes rooms', 'The Gilded Cage', 'Down the Well', 'Categories',
    'Rooms opened in 2021', 'North of England rooms', ...mFoot.slice(1),
  ],
};

export const HELDOUT503_F: readonly TestPage[] = [tablePrices, mediawikiRoom].map(settle);
