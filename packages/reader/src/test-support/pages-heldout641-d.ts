import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout641-kit.js';

/**
 * Held-out batch 641, file d: a fossil wiki article on MediaWiki (Vector 2022 skin: sidebar contents, page tools, infobox, edit
 * links, categories), and a detecting society's rally report on an old hand-made table layout with font tags and a hit counter.
 */
const mTitle = 'Gryphaea';
const mLead = [
  j(
    '<b>Gryphaea</b> is an extinct genus of oyster, common in the Lower Jurassic clays of the Marl Coast. Its thick, curled left valve',
    'gives it the local name <i>devil\u2019s toenail</i>, and it is one of the first fossils most visitors find on the beach at Stallbridge.',
  ),
];
const mHeads = ['Description', 'Occurrence on the Marl Coast', 'Species recorded locally', 'Collecting', 'See also'];
const mDesc = [
  j(
    'The shell is made of two unequal valves. The large left valve is strongly curved and grew in layers, which often split apart in',
    'weathered specimens. The small right valve sat on top like a lid and is rarely found still attached.',
  ),
  'Young shells cemented themselves to a hard object on the sea floor, and a small scar near the tip of the curl shows where this happened.',
];
const mOcc = [
  j(
    'Specimens weather out of the grey shales between Stallbridge and Hobb\u2019s Gap, and are most common after storms have stripped the sand',
    'from the upper beach. They are found loose on the shingle and do not need to be dug from the cliff.',
  ),
];
const mRows = [
  ['G. arcuata', 'Stallbridge Shales', 'Very common'],
  ['G. mccullochi', 'Lower Hobb Clay', 'Occasional'],
  ['G. gigantea', 'Upper Hobb Clay', 'Rare'],
];
const mColl = [
  'Loose specimens may be collected freely. Please follow the Marl Coast collecting code and do not hammer the ledges below the cliff.',
  j('Pairs with both valves still together are worth recording with the Stallbridge Heritage Centre, which keeps a register of', 'complete specimens.'),
];
const mSee = ['Stallbridge Shales', 'Marl Coast collecting code', 'Belemnite'];
const mInfo = [
  ['Fossil range', 'Lower to Middle Jurassic'],
  ['Kingdom', 'Animalia'],
  ['Class', 'Bivalvia'],
  ['Local name', 'Devil\u2019s toenail'],
];
const mCats = ['Bivalves', 'Jurassic fossils', 'Stallbridge'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Fossil Coast Wiki', 'Disclaimers'];
const mH2 = (t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Gryphaea&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Fossil Coast Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Gryphaea","wgTitle":"Gryphaea","wgCurRevisionId":4821,"wgArticleId":311,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://fossilcoast.example/wiki/Gryphaea"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Gryphaea rootpage-Gryphaea skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Fossil Coast Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Fossil Coast Wiki [f]"
accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><form action="/index.php"
id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Fossil Coast Wiki">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header
vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item
vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Gryphaea"
title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Gryphaea&amp;action=edit&amp;redlink=1" rel="discussion"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Gryphaea"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Gryphaea&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Gryphaea&amp;action=history"><span>View
history</span></a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Fossil Coast Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div
class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File">
<a href="/wiki/File:Gryphaea_Stallbridge.jpg" class="mw-file-description"><img
src="/images/thumb/4/4b/Gryphaea_Stallbridge.jpg/220px-Gryphaea_Stallbridge.jpg"
width="220" height="165" class="mw-file-element" alt=""></a></span><div class="infobox-caption">A left valve from the beach at Stallbridge</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}:</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mH2(mHeads[0] ?? '')}${ps(mDesc)}
${mH2(mHeads[1] ?? '')}${ps(mOcc)}
<div class="mw-heading mw-heading3"><h3 id="Species_recorded_locally">${mHeads[2]}</h3></div>
<table class="wikitable sortable"><tbody><tr><th>Species</th><th>Horizon</th><th>Frequency</th></tr>
${trs(mRows.map(([a, b, c]) => [`<i>${a}</i>`, b ?? '', c ?? '']))}</tbody></table>
${mH2(mHeads[3] ?? '')}${ps(mColl)}
${mH2(mHeads[4] ?? '')}<ul>${lis(mSee.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260104191233 -->
</div><div class="printfooter" data-nosnippet>Retrieved from
"<a dir="ltr" href="https://fossilcoast.example/index.php?title=Gryphaea&amp;oldid=4821">
https://fossilcoast.example/index.php?title=Gryphaea&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on
4 January 2026, at 19:12.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const gryphaea: TestPage = {
  name: 'heldout641-mediawiki-gryphaea',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mDesc, ...mOcc, ...mRows.map(rowText), ...mColl, ...mSee]),
  bylines: ['This page was last edited on 4 January 2026, at 19:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNav, 'Fossil Coast Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Fossil Coast Wiki', 'A left valve from the beach at Stallbridge', ...mInfo.map(([k, v]) => `${k}: ${v}`), 'edit',
    'Categories', 'Bivalves', 'Jurassic fossils',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const tTitle = 'Autumn Rally Report 2025';
const tHeads = ['The Day', 'The Finds', 'Thank You'];
const tDay = [
  j(
    'Sixty-two members and guests turned out for the autumn rally at Coldharbour Farm on Sunday 19th October. The weather was kind',
    'to us after a wet week, and the stubble fields north of the lane had been rolled flat the day before, which made for easy going.',
  ),
  j(
    'Registration opened at 8.30 in the big barn, where Margaret and her team kept the tea urn going all day. Detecting started at',
    '9.30 and finished at 3.00, with the finds table open from 2.00.',
  ),
];
const tFinds = [
  'Over 140 finds were recorded by the finds officer. The best of the day were:',
  'a silver penny of Henry III, found by Alan Morley in the top field',
  'a Roman bow brooch with most of its pin, found by visitor Sanjay Patel',
  'a lead spindle whorl and two medieval buckles from the lane side of the bottom field',
  j(
    'Find of the Day went to Alan for the penny, which is in lovely condition for a coin that has spent 750 years under a plough.',
    'All finds of interest will be shown to the Finds Liaison Officer at the November recording day.',
  ),
];
const tThanks = [
  j(
    'Our thanks go to Mr and Mrs Dunmore at Coldharbour Farm for letting us on their land again, and to everyone who helped with',
    'parking and the raffle, which raised £212 for the air ambulance.',
  ),
  'The spring rally will be held in April at a new site. Details will be sent to members with the February newsletter.',
];
const tNav = ['Home', 'About Us', 'Meetings', 'Rallies', 'Gallery', 'Membership', 'Links', 'Contact Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHead = (t: string): string => `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#003366"><b>${t}</b></font></p>`;
const tP = (items: readonly string[]): string => items.map((t) => `<p>${tFont(t)}</p>`).join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Brackenfold Metal Detecting Society - Rally Report</title>
<meta name="keywords" content="metal detecting, rally, Brackenfold, detecting club, finds"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" href="bmds.css" type="text/css">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#CCCC99" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#003366" height="90"><img src="images/banner.jpg" width="780" height="90" alt="Brackenfold Metal Detecting Society"></td></tr>
<tr><td colspan="2" bgcolor="#669933" height="22" align="center"><font face="Verdana" size="1" color="#FFFFFF"><b>Affiliated to the National Council for
Detecting Clubs</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEEED8"><br>
<table width="150" border="0" cellspacing="2" cellpadding="3" align="center">
${tNav.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${tFont(`<b>${t}</b>`)}</a></td></tr>`).join('\n')}
</table><br><div align="center">${tFont('<b>Next Meeting</b><br>Tuesday 4th Nov<br>8pm, The Plough, Brackenfold')}</div><br>
<div align="center"><img src="images/ncdmember.gif" width="88" height="31" alt="NCD member club"></div></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003366"><b>${tTitle}</b></font><br>
${tFont('<i>Report by Geoff Harland, Rally Secretary</i>')}</p>
<p align="center"><img src="images/rally2025_1.jpg" width="400" height="267" border="1" alt="rally field"><br>
<font face="Verdana" size="1">Members lining up in the top field at 9.30</font></p>
${tHead(tHeads[0] ?? '')}
${tP(tDay)}
${tHead(tHeads[1] ?? '')}
<p>${tFont(tFinds[0] ?? '')}</p><ul>${lis(tFinds.slice(1, 4).map(tFont))}</ul>
<p>${tFont(tFinds[4] ?? '')}</p>
${tHead(tHeads[2] ?? '')}
${tP(tThanks)}
<p align="right"><a href="#top">${tFont('Back to top')}</a></p><hr size="1" noshade>
<p align="center"><font face="Verdana" size="1">Page last updated 26/10/2025<br>You are visitor number <img src="/cgi-bin/counter.pl?page=rally"
alt="counter"> since March 2003</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center" height="30"><font face="Verdana" size="1" color="#FFFFFF">&copy; Brackenfold Metal Detecting Society
2003-2025 | <a href="mailto:webmaster@bmds.example"><font color="#FFFFFF">Email the Webmaster</font></a></font></td></tr></table>
</body></html>`;
const brackenfold: TestPage = {
  name: 'heldout641-table-layout-rally-report',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [...tDay, ...tFinds, ...tThanks],
  bylines: ['Report by Geoff Harland, Rally Secretary', 'Page last updated 26/10/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Affiliated to the National Council for Detecting Clubs', ...tNav, 'Next Meeting', 'Tuesday 4th Nov',
    '8pm, The Plough, Brackenfold', 'Members lining up in the top field at 9.30', 'Back to top', 'You are visitor number since March 2003',
    '© Brackenfold Metal Detecting Society 2003-2025 | Email the Webmaster',
  ],
};

export const HELDOUT641_D: readonly TestPage[] = [gryphaea, brackenfold];
