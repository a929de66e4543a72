import { type TestPage, texts } from './page-kit.js';
import { fact, j, lis, row, tr } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file f: a yacht club's pilotage wiki page on MediaWiki (Vector 2022: infobox, sidebar contents, edit links,
 * references, categories, "last edited" footer), and a yacht club's shore-based course page on an old hand-built table layout
 * (FrontPage era: font tags, spacer GIFs, a left navigation column, a marquee, a visitor counter) with no heading elements at all.
 */
const wTitle = 'Crane Spit tidal gate';
const wBox: [string, string][] = [
  ['Location', 'Between Crane Spit and the Hobb Rocks'],
  ['Least depth', '1.8 m below chart datum'],
  ['Best time to pass', 'HW Hobb Point −1 to HW +2'],
  ['Maximum stream', '3.5 kn at springs'],
];
const wLead = [
  j(
    'The <b>Crane Spit tidal gate</b> is the narrow channel between the end of Crane Spit and the Hobb Rocks that every boat heading',
    'west from the club has to pass. With wind against tide it produces a short, steep sea that has caught out many club members, and',
    'the timing of the passage decides whether the run to Porthgwarry takes two hours or five.<sup id="cite_ref-1" class="reference">',
    '<a href="#cite_note-1"><span class="cite-bracket">&#91;</span>1<span class="cite-bracket">&#93;</span></a></sup>',
  ),
];
const wApproach = [
  j(
    'From the club moorings, follow the buoyed channel out of the Pool and turn west at the Crane Head east cardinal. Keep the white',
    'daymark on Hobb Point in line with the chapel tower (a back-bearing of 074°) until the green conical buoy is abeam to starboard.',
  ),
  'Do not cut inside the green buoy. The spit extends further than it looks, and the sand moves after every winter gale.',
];
const wTiming = [
  j(
    'The west-going stream begins about one hour before high water at Hobb Point and runs for roughly six hours. The most comfortable',
    'passage is in the first three hours of the west-going stream, when there is also the most water over the bar.',
  ),
  'Against a westerly wind of force 5 or more, avoid the gate altogether between HW +2 and HW +4, when the stream is strongest.',
];
const wHazards = [
  'The Hobb Rocks dry 1.2 m and are unmarked on their south side.',
  'Lobster pots are laid across the channel from May to September.',
  'Fishing boats leaving Polcarrow often pass at speed close to the green buoy.',
];
const wRefs = [
  'Heron Reach Sailing Club, <i>Cruising Notes West of the Pool</i>, 4th edition (2021), p. 12.',
  'Observations from club members\u2019 passages, 2019–2025, collected by the Cruising Secretary.',
];
const wHeads = ['Approach', 'Timing', 'Hazards', 'References'];
const wEdit = (n: number, t: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Crane_Spit_tidal_gate&amp;action=edit&amp;section=${n}"
 title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const wH2 = (n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${wHeads[n - 1]}">${wHeads[n - 1]}</h2>${wEdit(n, wHeads[n - 1] ?? '')}</div>`;
const wToc = wHeads
  .map(
    (t, i) => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const wInfobox = `<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/File:Crane_Spit_from_the_west.jpg" class="mw-file-description">
<img src="/images/thumb/4/4a/Crane_Spit_from_the_west.jpg/250px-Crane_Spit_from_the_west.jpg" decoding="async" width="250" height="167"
 class="mw-file-element"></a></span>
<div class="infobox-caption">Crane Spit at low water, from the west</div></td></tr>
${wBox.map(([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1
 vector-feature-page-tools-pinned-disabled vector-feature-limited-width-clientpref-1" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${wTitle} - Heron Reach SC Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Crane_Spit_tidal_gate","wgTitle":"Crane Spit tidal gate","wgCurRevisionId":1482,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><meta name="robots" content="max-image-preview:standard">
<meta name="viewport" content="width=1120"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Heron Reach
SC Wiki (en)">
<link rel="canonical" href="https://wiki.heronreachsc.org/wiki/Crane_Spit_tidal_gate">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Crane_Spit_tidal_gate
 rootpage-Crane_Spit_tidal_gate skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
 aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page"><span>Main page</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges"><span>Recent changes</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random"><span>Random page</span></a></li></ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Heron Reach SC Wiki</strong></span></a>
</div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses
vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Heron Reach SC Wiki [f]"
accesskey="f">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"
 title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
 class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Crane_Spit_tidal_gate" title="View the content page
[c]"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Crane_Spit_tidal_gate&amp;action=edit&amp;redlink=1"
rel="discussion">
<span>Discussion</span></a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Crane_Spit_tidal_gate"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Crane_Spit_tidal_gate&amp;action=edit"
accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Crane_Spit_tidal_gate&amp;action=history" accesskey="h"><span>View
history</span></a></li>
</ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div id="siteSub" class="noprint">From Heron Reach SC Wiki</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${wInfobox}
<p>${wLead[0]}</p>
<meta property="mw:PageProp/toc" />
${wH2(1)}
<p>${wApproach[0]}</p>
<p>${wApproach[1]}</p>
${wH2(2)}
<p>${wTiming[0]}</p>
<p>${wTiming[1]}</p>
${wH2(3)}
<ul>${lis(wHazards)}</ul>
${wH2(4)}
<div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web Cached time: 20260304180214 Cache expiry: 86400 CPU time usage: 0.041 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.heronreachsc.org/index.php?title=Crane_Spit_tidal_gate&amp;oldid=1482">
https://wiki.heronreachsc.org/index.php?title=Crane_Spit_tidal_gate&amp;oldid=1482</a>"
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
 <ul><li><a href="/wiki/Category:Pilotage" title="Category:Pilotage">Pilotage</a></li><li><a href="/wiki/Category:Cruising_notes" title="Category:Cruising
notes">Cruising notes</a></li></ul>
</div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 18:02.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Heron_Reach_SC_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Heron_Reach_SC_Wiki:About">About Heron Reach SC Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Heron_Reach_SC_Wiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img
 src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script>
</body></html>`;
const mediawiki: TestPage = {
  name: 'heldout696-mediawiki-tidal-gate',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wBox.map(fact), ...wLead, ...wApproach, ...wTiming, ...wHazards, ...wRefs]),
  bylines: ['This page was last edited on 4 March 2026, at 18:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Heron Reach SC Wiki', 'Search', 'Log in', 'Contents',
    'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Heron Reach SC Wiki',
    'Crane Spit at low water, from the west', 'edit', '↑', 'Categories:', 'Pilotage', 'Cruising notes', 'Privacy policy',
    'About Heron Reach SC Wiki', 'Disclaimers',
  ],
};

const tTitle = 'Shorebased Navigation Courses - Winter 2026/27';
const tIntro = [
  j(
    'Every winter the club runs evening classes in the upstairs bar for members who want to brush up their chartwork or work',
    'towards a recognised certificate. Classes are taught by club members who hold instructor qualifications and give their time for',
    'free; the fee covers the course pack, exam paper and the bar\u2019s heating bill.',
  ),
  'Non-members are welcome if there is space, at the prices shown in brackets.',
];
const tRows = [
  ['Essential Navigation', 'Tuesdays', '6 Oct - 10 Nov 2026', '£60 (£85)'],
  ['Day Skipper Theory', 'Thursdays', '8 Oct 2026 - 25 Feb 2027', '£180 (£240)'],
  ['Coastal Skipper Theory', 'Mondays', '12 Oct 2026 - 22 Mar 2027', '£220 (£290)'],
  ['VHF Radio (one day)', 'Saturday', '16 Jan 2027', '£75 (£95)'],
];
const tBring = [
  'Please bring a pencil, a soft rubber, a pair of dividers and a Portland-type plotter. Charts and almanacs are provided.',
  j(
    'Classes start at 19:30 and finish at 21:30, with a break at half time. The bar is open before and after. Parking is on the hard;',
    'please do not park in front of the boat store doors.',
  ),
];
const tBook = [
  j(
    'To book a place, send your name, membership number and course to the Training Secretary, Gareth Quiller, at training@greyholmyc.co.uk',
    'or leave a note in the training pigeonhole in the clubhouse. Places are confirmed on payment.',
  ),
];
const tHeads = ['Courses and dates', 'What to bring', 'How to book'];
const tNav = ['Home', 'Club News', 'Racing', 'Cruising', 'Training', 'Moorings', 'Social', 'Join the Club', 'Links', 'Contact Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHead = (t: string): string => `<p><b><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#003366">${t}</font></b></p>`;
const tNavHtml = tNav
  .map(
    (t) => `<tr><td height="22" bgcolor="#003366"><img src="images/spacer.gif" width="8" height="1"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"
 class="navlink"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>Greyholm Yacht Club - Training</title>
<meta name="keywords" content="Greyholm, yacht club, sailing, training, navigation, day skipper">
<style type="text/css"><!--
a.navlink:hover { text-decoration: underline; }
body { margin: 0px; background-color: #E8EEF4; }
--></style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
</head>
<body bgcolor="#E8EEF4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/gyc_banner.jpg" width="780" height="110" alt="Greyholm Yacht Club - Founded 1931" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#C9D6E3"><marquee
scrollamount="3">${tFont('Laying-up supper, Saturday 7 November - tickets from the bar, £22')}</marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#003366"><table width="160" border="0" cellspacing="0" cellpadding="0">
${tNavHtml}
</table><p align="center"><img src="images/burgee_small.gif" width="60" height="40" alt=""></p></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><a href="index.htm">Home</a> &gt; <a href="training.htm">Training</a> &gt;
Shorebased</font></p>
<p><font face="Arial, Helvetica, sans-serif" size="5" color="#003366"><b>${tTitle}</b></font></p>
${tIntro.map((t) => `<p>${tFont(t)}</p>`).join('\n')}
${tHead(tHeads[0] ?? '')}
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C9D6E3">
<tr bgcolor="#003366"><td><font color="#FFFFFF" face="Verdana" size="2"><b>Course</b></font></td><td><font color="#FFFFFF" face="Verdana"
size="2"><b>Night</b></font></td>
<td><font color="#FFFFFF" face="Verdana" size="2"><b>Dates</b></font></td><td><font color="#FFFFFF" face="Verdana" size="2"><b>Fee</b></font></td></tr>
${tRows.map((r) => tr(r)).join('\n')}
</table>
${tHead(tHeads[1] ?? '')}
${tBring.map((t) => `<p>${tFont(t)}</p>`).join('\n')}
${tHead(tHeads[2] ?? '')}
${tBook.map((t) => `<p>${tFont(t)}</p>`).join('\n')}
<p><img src="images/spacer.gif" width="1" height="20"></p>
<p align="right"><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>Page last updated 14/09/2026</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
Greyholm Yacht Club, The Slipway, Greyholm Quay &nbsp;|&nbsp; Tel 01632 960 731<br>
&copy; Greyholm Yacht Club 2003-2026. All rights reserved.<br>
You are visitor number <img src="/cgi-bin/counter.pl?df=gyc.dat" alt="counter"> since 1 January 2004</font></td></tr>
</table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout696-table-layout-shorebased',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tRows.map(row), ...tBring, ...tBook]),
  bylines: ['Page last updated 14/09/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Laying-up supper, Saturday 7 November - tickets from the bar, £22', ...tNav, 'Home > Training > Shorebased',
    'Greyholm Yacht Club, The Slipway, Greyholm Quay | Tel 01632 960 731', '© Greyholm Yacht Club 2003-2026. All rights reserved.',
    'You are visitor number since 1 January 2004',
  ],
};

export const HELDOUT696_F: readonly TestPage[] = [mediawiki, tableLayout];
