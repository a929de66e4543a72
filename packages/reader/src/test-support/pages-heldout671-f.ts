import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout671-kit.js';

/**
 * Held-out batch 671, file f: a small farm's hand-made price list page in an old table layout (FrontPage era, font tags, spacer
 * gifs, hit counter), and a community wiki article on a farm shop on MediaWiki (Vector 2022 skin, infobox, contents, categories).
 */
const pTitle = "This Week's Veg Box &amp; Price List";
const pIntro = [
  j(
    'Boxes are packed on Thursday and can be collected from the farm gate from 2pm Thursday to 6pm Saturday. Please bring your',
    'empty box back! Local delivery (Pennycross, St Erne and Trevallick only) is on Friday afternoon for 75p.',
  ),
  '<b>In the standard box (£8.50) this week:</b> cauliflower, leeks, carrots, swede, parsnips, a bag of kale and 6 eggs.',
];
const pRows = [
  ['Potatoes (Maris Piper)', '2.5kg bag', '£2.20'],
  ['Carrots', 'per kg', '£1.10'],
  ['Leeks', 'each', '45p'],
  ['Cauliflower', 'each', '£1.30'],
  ['Free range eggs', 'half dozen', '£1.60'],
  ['Apple juice (our own)', '75cl bottle', '£2.75'],
];
const pOut = [
  'Order by phone on 01632 960 728 or email before Wednesday teatime. We do not take cards, sorry &#8211; cash or cheque please.',
  '<i>Sprouts will be back in the box from the middle of November.</i>',
];
const pMenu = ['Home', 'Veg Boxes', 'Price List', 'Our Hens', 'How To Find Us', 'Links'];
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="veg box, organic, Pennycross, farm, eggs, Cornwall">
<title>Pennycross Farm - Price List</title><style>
<!-- body { font-family: Verdana, Arial; font-size: 10pt } a:link { color: #336600 } td.menu { background-color: #E8F0D8 } -->
</style><script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3"><img src="images/banner.jpg" width="760" height="120"
alt="Pennycross Farm - organic veg since 1987" border="0"></td></tr>
<tr><td width="150" valign="top" class="menu"><table width="150" border="0" cellspacing="0" cellpadding="4">
${pMenu.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><br><center><font size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=prices" alt="counter"><br>since March 2003</font></center></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1" alt=""></td>
<td width="600" valign="top"><p>&nbsp;</p><p align="center"><font face="Verdana" size="4" color="#336600"><b>${pTitle}</b></font></p>
<p><font face="Verdana" size="1">Last updated 28/10/2026</font></p>
<p><font face="Verdana" size="2">${pIntro[0]}</font></p><p><font face="Verdana" size="2">${pIntro[1]}</font></p>
<p><font face="Verdana" size="2"><b>Extras</b></font></p>
<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#99CC66"><tr bgcolor="#E8F0D8"><td><b>Item</b></td><td><b>Size</b></td>
<td><b>Price</b></td></tr>
${trs(pRows)}
</table>
<p><font face="Verdana" size="2">${pOut[0]}</font></p><p><font face="Verdana" size="2">${pOut[1]}</font></p>
<p>&nbsp;</p><hr noshade size="1" color="#99CC66"><p align="center"><font face="Verdana" size="1">Pennycross Farm, St Erne, Cornwall &nbsp;|&nbsp;
Tel 01632 960 728 &nbsp;|&nbsp; <a href="mailto:pennycrossfarm@netmail.co.uk">pennycrossfarm@netmail.co.uk</a><br>Member of the Soil Association (licence
no. G4471)</font></p></td></tr></table></body></html>`;
const pennycross: TestPage = {
  name: 'heldout671-table-layout-price-list',
  kind: 'blog',
  html: pHtml,
  title: texts([pTitle])[0] ?? '',
  headings: ['Extras'],
  body: texts([...pIntro, ...rowTexts(pRows), ...pOut]),
  bylines: ['Last updated 28/10/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pMenu.filter((t) => t !== 'Price List'), 'You are visitor number', 'since March 2003',
    'Pennycross Farm, St Erne, Cornwall | Tel 01632 960 728 | pennycrossfarm@netmail.co.uk', 'Member of the Soil Association (licence no. G4471)',
  ],
};

const wTitle = 'Holm Barn Farm Shop';
const wBody = [
  j(
    '<b>Holm Barn Farm Shop</b> is a farm shop and veg box scheme on Holm Farm, about two miles north of <a href="/wiki/Dalebrook">Dalebrook</a>',
    'on the Kelby road. It is run by the Varney family, who have farmed at Holm since 1962.',
  ),
  'History',
  j(
    'The shop opened in 2009 in a converted hay barn, selling milk from the farm\u2019s own herd through a vending machine. A veg box',
    'round followed in 2014, supplied partly from a two-acre market garden on the river meadow and partly from neighbouring growers.',
  ),
  j(
    'In November 2025 the <a href="/wiki/River_Lowe">River Lowe</a> flooded the barn to a depth of more than a metre. The shop closed',
    'for six months; the box round kept going from a borrowed trailer. It reopened in May 2026 with a raised floor.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'The shop',
  j(
    'The shop sells the farm\u2019s milk, beef and eggs, veg from the market garden and produce from about thirty other suppliers in',
    'the <a href="/wiki/Lowe_Valley">Lowe Valley</a>. A small caf\u00e9 in the former dairy serves breakfasts at weekends.',
  ),
  'Veg boxes',
  j(
    'Around 200 households take a weekly or fortnightly box. Boxes are delivered on Wednesdays and Fridays to Dalebrook, Kelby and',
    'Ashby Wold, or can be collected from the shop.',
  ),
];
const wHeadIdx = [1, 4, 6];
const wInfo = [
  ['Type', 'Farm shop, veg box scheme'],
  ['Location', 'Holm Farm, Kelby Road'],
  ['Opened', '2009'],
  ['Owner', 'Varney family'],
];
const wToc = ['(Top)', '1 History', '2 The shop', '3 Veg boxes', '4 References'];
const wRef = '\u2191 "Farm shop reopens six months after flood swept through its barn". Dalebrook Gazette. 12 May 2026.';
const wCats = ['Shops in Dalebrook', 'Farms in the Lowe Valley', 'Veg box schemes'];
const wSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const ed = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2>` +
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=Holm_Barn_Farm_Shop&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>` +
  `<span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Dalebrook Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Holm_Barn_Farm_Shop","wgTitle":"Holm Barn Farm Shop","wgCurRevisionId":4410,"wgNamespaceNumber":0,"wgAction":"view"};
RLSTATE={"skins.vector.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.dalebrook.org.uk/wiki/Holm_Barn_Farm_Shop"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Holm_Barn_Farm_Shop rootpage-Holm_Barn_Farm_Shop
skin-vector-2022 action-view"><a class="mw-jump-link"
href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button"
aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation" role="navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wSide.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Dalebrook Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search Dalebrook Wiki" aria-label="Search Dalebrook Wiki" accesskey="f"
id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search
</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
${wToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#"><div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Holm_Barn_Farm_Shop">
<span>Page</span></a></li><li id="ca-talk"
class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Holm_Barn_Farm_Shop"><span>Discussion</span></a></li>
</ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="#"><span>Read</span></a></li><li id="ca-edit"
class="mw-list-item">
<a href="/index.php?action=edit"><span>Edit</span></a></li><li id="ca-history"
class="mw-list-item"><a href="/index.php?action=history"><span>View history</span></a></li>
</ul></nav></div><div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Dalebrook Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${wTitle}</th></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${wBody[0]}</p>
${ed('History', wBody[1] ?? '')}<p>${wBody[2]}</p><p>${wBody[3]}</p>
${ed('The_shop', wBody[4] ?? '')}<p>${wBody[5]}</p>
${ed('Veg_boxes', wBody[6] ?? '')}<p>${wBody[7]}</p>
${ed('References', 'References')}<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b>
<a href="#cite_ref-1">\u2191</a></b></span> <span class="reference-text">"Farm shop reopens six months after flood swept through its barn". <i>Dalebrook
Gazette</i>. 12 May 2026.</span></li></ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260601120211 CPU time usage: 0.081 seconds --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${wCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 1 June 2026,
at 12:02.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li><a href="/wiki/Dalebrook_Wiki:Privacy_policy">Privacy policy</a></li>
<li><a href="/wiki/Dalebrook_Wiki:About">About Dalebrook Wiki</a></li><li><a href="/wiki/Dalebrook_Wiki:General_disclaimer">Disclaimers</a></li></ul>
</footer></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const holmWiki: TestPage = {
  name: 'heldout671-mediawiki-farm-shop',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeadIdx.map((i) => wBody[i] ?? ''),
  body: texts(wBody.filter((_, i) => !wHeadIdx.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wSide, 'Dalebrook Wiki', 'Search', 'Log in', 'Contents', ...wToc, 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From Dalebrook Wiki', 'Type', 'Farm shop, veg box scheme', 'Location', 'Holm Farm, Kelby Road', 'Owner',
    'References', wRef, 'Categories', ...wCats, 'This page was last edited on 1 June 2026, at 12:02.',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Dalebrook Wiki', 'Disclaimers',
  ],
};

export const HELDOUT671_F: readonly TestPage[] = [pennycross, holmWiki];
