import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file f: a charging network's article on a self-hosted MediaWiki (Vector legacy skin) with an infobox,
 * a table of contents, edit links, references and categories, and a city car parks tariff page in an old table layout.
 */
const mTitle = 'Chargeway';
const mInfo = [
  ['Type', 'Private company'],
  ['Founded', '2016'],
  ['Headquarters', 'Dunmore, Norland'],
  ['Sites', 'About 140 (2026)'],
  ['Connectors', 'CCS, Type 2'],
];
const mLead = [
  j(
    '<b>Chargeway</b> is a network of public charging stations for electric vehicles in Norland. It began as a trial of six rapid',
    'chargers at hotels on the coast road and now runs about 140 sites, most of them at supermarkets and service areas.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mHist = [
  j(
    'The company was set up in 2016 by a group of hotel owners who wanted to attract electric car drivers in the off season.',
    'The first chargers were 50 kW units bought second-hand from a bus depot. In 2019 Chargeway took over the Norland Highway',
    'Authority’s twelve roadside chargers after the authority stopped running them.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'From 2022 the network replaced its older units with 150 kW chargers and began adding canopies and lighting. Reliability,',
    'which had been a common complaint, improved: the share of sessions that failed to start fell from 9% to under 2% by 2025.',
  ),
];
const mPrice = [
  j(
    'Chargeway charges a flat price per kWh with no subscription. In 2026 the price was 68p per kWh at rapid chargers and 45p at',
    'destination chargers. An idle fee of 20p a minute applies at rapid chargers after a 15-minute grace period.',
  ),
];
const mRefs = [
  '“Coast road chargers to double”. <i>Dunmore Evening Post</i>. 3 March 2024.',
  '“Highway authority hands over roadside chargers”. <i>Norland Motoring</i>. 11 June 2019.',
];
const mCats = ['Charging networks', 'Companies of Norland', 'Companies established in 2016'];
const mEdit = (id: string, t: string): string => `<h2><span class="mw-headline" id="${id}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Chargeway&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Norland EV Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Chargeway","wgTitle":"Chargeway","wgCurRevisionId":4127};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.8"><link rel="canonical" href="https://wiki.norland-ev.example/wiki/Chargeway"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Chargeway rootpage-Chargeway skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Norland EV Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><img alt="Chargeway logo" src="/images/thumb/c/c3/Chargeway_logo.png/200px-Chargeway_logo.png" width="200"
height="60"></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul><li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">1</span> <span
class="toctext">History</span></a></li>
<li class="toclevel-1 tocsection-2"><a href="#Pricing"><span class="tocnumber">2</span> <span class="toctext">Pricing</span></a></li>
<li class="toclevel-1 tocsection-3"><a href="#References"><span class="tocnumber">3</span> <span class="toctext">References</span></a></li></ul></div>
${mEdit('History', 'History')}
${ps(mHist)}
${mEdit('Pricing', 'Pricing')}
${ps(mPrice)}
${mEdit('References', 'References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261102101533 --></div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="/index.php?title=Chargeway&amp;oldid=4127">https://wiki.norland-ev.example/index.php?title=Chargeway&amp;oldid=4127</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label"
role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span>Personal tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-login"><a href="/index.php?title=Special:UserLogin&amp;returnto=Chargeway">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list"><li id="ca-nstab-main"
class="selected">
<a href="/wiki/Chargeway">Page</a></li><li id="ca-talk" class="new"><a href="/index.php?title=Talk:Chargeway&amp;action=edit&amp;redlink=1">Discussion</a>
</li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list"><li id="ca-view" class="selected"><a
href="/wiki/Chargeway">Read</a></li>
<li id="ca-viewsource"><a href="/index.php?title=Chargeway&amp;action=edit">View source</a></li><li id="ca-history"><a
href="/index.php?title=Chargeway&amp;action=history">View history</a></li></ul></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Norland EV Wiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"></form>
</div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet vector-menu-portal portal"><h3 class="vector-menu-heading"><span>Navigation</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet vector-menu-portal portal"><h3 class="vector-menu-heading"><span>Tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 2 November 2026, at 10:15.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/Project:About">About Norland EV Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Project:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-poweredbyico" class="noprint"><li
id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li>
</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const chargeway: TestPage = {
  name: 'heldout537-chargeway-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Pricing', 'References'],
  body: [...rowTexts(mInfo), ...texts([...mLead, ...mHist, ...mPrice]), ...texts(mRefs).map((r) => `↑ ${r}`)],
  bylines: ['This page was last edited on 2 November 2026, at 10:15.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Norland EV Wiki', 'Jump to navigation', 'Jump to search', 'Contents', '1 History', '2 Pricing', '3 References', 'edit',
    'Retrieved from "https://wiki.norland-ev.example/index.php?title=Chargeway&oldid=4127"', 'Categories:', ...mCats, 'Navigation menu', 'Personal tools',
    'Log in', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Search', 'Navigation', ...mSide, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Norland EV Wiki', 'Disclaimers',
  ],
};

const tTitle = 'Multi-Storey Car Park Charges';
const tIntro = j(
  'The following charges apply at the three City Council multi-storey car parks from 1st April. All charges include VAT.',
  'Please retain your ticket and pay at the pay stations on the ground floor before returning to your vehicle.',
);
const tRows = [
  ['Up to 1 hour', '£1.20', '£1.00'],
  ['Up to 2 hours', '£2.20', '£1.80'],
  ['Up to 4 hours', '£3.80', '£3.00'],
  ['Over 4 hours', '£6.50', '£4.50'],
  ['Evening (after 6pm)', '£1.50', 'Free'],
];
const tNotes = [
  'Lost tickets will be charged at the maximum daily rate.',
  'Orange Badge holders may park free of charge for up to 4 hours on production of a valid badge at the Car Park Office.',
  'Vehicles over 2.0 metres in height cannot be accommodated at Friar Gate.',
];
const tEss = j(
  'Contract parking is available at Corn Exchange and Friar Gate for £420 per quarter. Please write to the Car Parks Manager,',
  'Technical Services Department, Guildhall, Castlebridge CB1 1GH, or telephone (01632) 960 750.',
);
const tNav = ['Home', 'Council Services', 'Transport & Roads', 'Car Parks', 'Parking Fines', 'Contact Us', 'A-Z of Services'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Castlebridge City Council - Car Parks - Charges</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="car parks, parking, charges, castlebridge">
<link rel="stylesheet" href="/styles/main.css" type="text/css">
<script language="JavaScript" type="text/javascript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/images/nav_home_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3" bgcolor="#003366"><a href="/"><img src="/images/banner.gif"
width="760" height="90" border="0" alt="Castlebridge City Council"></a></td></tr>
<tr><td colspan="3" bgcolor="#CCCC99" height="22"><font face="Verdana, Arial" size="1">&nbsp;<a href="/">Home</a> &gt; <a
href="/services/">Council Services</a> &gt;
<a href="/transport/">Transport &amp; Roads</a> &gt; <a href="/transport/carparks/">Car Parks</a> &gt; Charges</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8E8D0"><table width="150" border="0" cellspacing="0" cellpadding="4">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="/${t.length}.htm" class="navlink">${t.replace('&', '&amp;')}</a></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><img src="/images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td><form action="/cgi-bin/search.pl" method="get"><font face="Verdana, Arial" size="1">Search this site:</font><br>
<input type="text" name="q" size="14"><input type="submit" value="Go"></form></td></tr></table></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
<td width="600" valign="top"><br><font face="Verdana, Arial" size="5" color="#003366"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tIntro}</font><br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999"><tr bgcolor="#003366"><td><font face="Verdana, Arial" size="2"
color="#FFFFFF"><b>Length of stay</b></font></td><td><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Corn Exchange &amp; Friar Gate</b></font></td>
<td><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Riverside</b></font></td></tr>
${trs(tRows)}</table><br>
<font face="Verdana, Arial" size="3" color="#003366"><b>Please note</b></font><br>
<ul>${tNotes.map((t) => `<li><font face="Verdana, Arial" size="2">${t}</font></li>`).join('\n')}</ul>
<font face="Verdana, Arial" size="3" color="#003366"><b>Contract Parking</b></font><br>
<font face="Verdana, Arial" size="2">${tEss}</font><br><br>
<font face="Verdana, Arial" size="1" color="#666666">Page last updated: 14/02/2005</font><br><br>
<a href="javascript:window.print()"><img src="/images/print.gif" border="0" alt="Print"></a> <font face="Verdana, Arial" size="1"><a
href="javascript:window.print()">Print this page</a>
| <a href="#top">Back to top</a></font></td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Castlebridge City Council 2005 |
<a href="/disclaimer.htm"><font color="#FFFFFF">Disclaimer</font></a> | <a href="/accessibility.htm"><font color="#FFFFFF">Accessibility</font></a><br>
Best viewed at 800 x 600 with Internet Explorer 5 or above</font></td></tr></table>
<!-- Start of StatCounter Code --><script type="text/javascript">var sc_project=431207; var sc_invisible=1;</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script><!-- End of StatCounter Code --></body></html>`;
const castlebridge: TestPage = {
  name: 'heldout537-castlebridge-table-layout',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Please note', 'Contract Parking'],
  body: [tIntro, ...rowTexts(tRows), ...tNotes, tEss],
  bylines: ['Page last updated: 14/02/2005'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Car Parks'),
    'Search this site:', 'Print this page', 'Back to top', '© Castlebridge City Council 2005', 'Disclaimer', 'Accessibility',
    'Best viewed at 800 x 600 with Internet Explorer 5 or above',
  ],
};

export const HELDOUT537_F: readonly TestPage[] = [chargeway, castlebridge];
