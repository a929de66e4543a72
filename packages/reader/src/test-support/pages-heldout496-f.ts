import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file f: a community wiki article on MediaWiki (Vector 2022 skin) about a village's almshouses, and a
 * lunch club page on an old table-layout parish website.
 */
const mTitle = "Saint Wenna's Almshouses";
const mInfo = [
  ['Location', 'Church Street, Polgrennick'],
  ['Founded', '1712'],
  ['Homes', '8 cottages'],
  ['Managed by', 'Polgrennick Almshouse Charity'],
];
const mLead = j(
  "Saint Wenna's Almshouses are a terrace of eight single-storey cottages on Church Street in Polgrennick, built in 1712 to house",
  'poor widows of the parish. They are still used as homes for older people with a local connection and limited means.',
);
const mH = ['History', 'Present day', 'See also', 'References'];
const mHist = [
  j(
    'The almshouses were paid for under the will of Jenifer Trevail, the widow of a tin merchant, who left £400 and the rent of two',
    'fields for the "maintenance of eight poor and godly women of this parish".[1] Each cottage had one room, a hearth and a small garden.',
  ),
  j(
    'The terrace was extended at the back in 1896 to give each cottage a scullery, and mains water arrived in 1931. Men were first',
    'admitted as residents in 1974.[2]',
  ),
];
const mNow = j(
  'The cottages were modernised in 2019 with level-access showers and air-source heat pumps. Residents pay a weekly maintenance',
  'contribution instead of rent, and a warden visits each weekday.[3]',
);
const mSee = ['List of listed buildings in Polgrennick', 'Polgrennick parish church'];
const mRefs = [
  'Will of Jenifer Trevail, 1709, Kernow Record Office.',
  'Polgrennick Almshouse Charity, minutes, 1974.',
  '"Almshouses get a warm makeover", West Peninsula Gazette, 14 November 2019.',
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-enabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Polgrennick Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Saint_Wenna's_Almshouses","wgTitle":"Saint Wenna's Almshouses","wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.polgrennick.org/wiki/Saint_Wenna%27s_Almshouses"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Saint_Wenna_s_Almshouses
rootpage-Saint_Wenna_s_Almshouses
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
 mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
 vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet
 mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Polgrennick Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Polgrennick Wiki"
aria-label="Search Polgrennick Wiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${mTitle}</span></h1>
</header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="#">Page</a></li>
<li id="ca-talk"><a href="#">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a href="#">Read</a></li>
<li id="ca-edit"><a href="#">Edit</a></li><li id="ca-history"><a href="#">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Polgrennick Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>${trs(mInfo)
  .replace(/<tr><td>/g, '<tr><th scope="row" class="infobox-label">')
  .replace(/<\/td><td>/g, '</th><td class="infobox-data">')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc"><h2><span class="mw-headline" id="History">${mH[0]}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></h2>${ps(mHist)}
<h2><span class="mw-headline" id="Present_day">${mH[1]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2><p>${mNow}</p>
<h2><span class="mw-headline" id="See_also">${mH[2]}</span></h2><ul>${links(mSee)}</ul>
<h2><span class="mw-headline" id="References">${mH[3]}</span></h2><div class="reflist"><ol class="references">${lis(
  mRefs.map((r, i) => `<span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span>`),
)}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">
Categories</a>: <ul><li><a href="/wiki/Category:Almshouses">Almshouses</a></li><li><a href="/wiki/Category:Buildings_in_Polgrennick">Buildings in
Polgrennick</a>
</li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 2 February 2026, at 18:40.</li><li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise
noted.</li></ul><ul id="footer-places"><li><a href="#">Privacy policy</a></li><li><a href="#">About Polgrennick Wiki</a></li><li><a
href="#">Disclaimers</a></li>
</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/w/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout496-mediawiki-almshouses',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: [...rowTexts(mInfo), mLead, ...mHist, mNow, ...mSee, ...mRefs],
  bylines: ['This page was last edited on 2 February 2026, at 18:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'Polgrennick Wiki', 'Search', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Polgrennick Wiki', 'Categories', 'Buildings in Polgrennick',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Polgrennick Wiki', 'Disclaimers',
  ],
};

const oTitle = 'Over-60s Lunch Club';
const oParas = [
  j(
    'The lunch club meets every Tuesday and Friday in the Church Hall, Upper Marsden, from 12 noon. A two-course hot lunch is cooked',
    'on the premises by our volunteers and costs £5.50, with tea or coffee and a biscuit afterwards.',
  ),
  j(
    'There is a raffle on the last Friday of the month, and a speaker or a sing-song once a month. Members who cannot get to the hall',
    'can be collected by one of our volunteer drivers; please ring Jean Holroyd by the Monday before.',
  ),
  'Special diets can be catered for if you tell us in advance. New members are always welcome, just come along.',
];
const oDates = [
  ['Tue 3 March', "Shepherd's pie, apple crumble"],
  ['Fri 6 March', 'Fish in parsley sauce, jam sponge'],
  ['Tue 10 March', 'Roast chicken, rice pudding'],
];
const oMenu = ['Home', 'Parish Council', 'Church', 'Village Hall', 'Lunch Club', 'Clubs &amp; Societies', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Upper Marsden Village - Lunch Club</title>
<meta name="keywords" content="upper marsden, lunch club, over 60s, church hall"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120"
alt="Upper Marsden Village Website"></td></tr>
<tr><td width="160" valign="top" bgcolor="#DDE8C8" class="leftnav"><table width="100%" border="0" cellspacing="0" cellpadding="4">
${oMenu.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><p class="small">&nbsp;</p><p class="small" align="center">Hall bookings:<br>01632 960 088</p></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p class="heading"><font face="Arial, Helvetica, sans-serif" size="5" color="#3A5A1A"><b>${oTitle}</b></font></p>
${ps(oParas, ' class="bodytext"')}
<p class="bodytext"><b>Menus for March</b></p>
<table width="90%" border="1" cellspacing="0" cellpadding="3" bordercolor="#99AA77">${trs(oDates)}</table>
<p class="bodytext">&nbsp;</p><p class="small"><i>Page updated 24/02/2026</i></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#3A5A1A" align="center" class="footer"><font color="#FFFFFF" size="1">&copy; Upper Marsden Village Website 2004-2026 |
<a href="contact.htm"><font color="#FFFFFF">Contact the webmaster</font></a></font></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></body></html>`;
const lunchClub: TestPage = {
  name: 'heldout496-table-layout-lunch-club',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: ['Menus for March'],
  body: [...oParas, ...rowTexts(oDates)],
  bylines: ['Page updated 24/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Parish Council', 'Village Hall', 'Clubs & Societies', 'Links', 'Hall bookings:', '01632 960 088', '© Upper Marsden Village Website 2004-2026 |',
    'Contact the webmaster',
  ],
};

export const HELDOUT496_F: readonly TestPage[] = [wiki, lunchClub];
