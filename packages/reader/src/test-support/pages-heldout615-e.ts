import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, row, rowText, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file e: a "French polishing" article on a craft wiki running MediaWiki with the Vector 2022 skin (infobox,
 * table of contents, edit links, footnotes, categories), and a traditional upholsterer's services page in an old table layout.
 */
const mTitle = 'French polishing';
const mInfo = [
  ['Type', 'Wood finish'],
  ['Main material', 'Shellac dissolved in alcohol'],
  ['Applied with', 'A rubber (wadding wrapped in cloth)'],
  ['In use', 'From about 1820'],
];
const mLead = j(
  '<b>French polishing</b> is a method of finishing wood in which many thin coats of <a href="/wiki/Shellac">shellac</a> are',
  'applied with a pad called a rubber, producing a deep, high gloss. It was the usual finish for fine furniture in Britain for',
  'most of the nineteenth century.',
);
const mSecs: [string, number, string[]][] = [
  [
    'History',
    2,
    [
      j(
        'The technique is said to have reached London from Paris in the years after 1815, which is how it got its name. By the 1850s',
        'most large cabinet shops employed specialist polishers, and polishing had become a trade of its own with its own apprentices.',
      ),
      j(
        'Cellulose lacquers, sprayed rather than rubbed, replaced it in factories from the 1920s, but it remained the finish of choice',
        'for restorers and for piano makers.',
      ),
    ],
  ],
  ['Materials', 2, []],
  [
    'Shellac',
    3,
    [
      j(
        'Shellac is a resin secreted by the lac insect and sold as flakes or buttons. Grades range from dark garnet to pale, dewaxed',
        'blonde. It is dissolved in methylated spirit, usually at about one part shellac to four parts spirit for bodying up.',
      ),
    ],
  ],
  [
    'The rubber',
    3,
    [
      j(
        'The rubber is a ball of wadding wrapped in a square of fine linen or cotton, twisted at the back to form a handle. The',
        'wadding holds the polish, and the cloth meters it onto the surface.',
      ),
    ],
  ],
  [
    'Method',
    2,
    [
      'The work is usually described in four stages:',
      'Fadding, in which the first coats seal the grain.',
      'Bodying up, in which the finish is built in many sessions.',
      'Stiffing, which levels the surface.',
      'Spiriting off, which removes the oil.',
    ],
  ],
  [
    'Repair',
    2,
    [
      j(
        'Because each coat of shellac melts into the one below, a damaged French polish can be repaired locally without stripping',
        'the whole surface, which is one reason restorers prefer it on antiques.',
      ),
    ],
  ],
];
const mHeads = mSecs.map(([h]) => h);
const mBody = [...mInfo.map(rowText), mLead, ...mSecs.flatMap(([, , p]) => p)];
const mRefs = ["Harlow, E. (1994). The Polisher's Trade. Benchwright Press. p. 12.", 'Mott, R. (2003). Shellac and Its Uses. Calder Books. p. 40.'];
const mSee = ['Shellac', 'Wax polish', 'Varnish'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About Benchwright Wiki', 'Disclaimers', 'Mobile view'];
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const hd = (h: string, lv: number): string => `<div class="mw-heading mw-heading${lv}"><h${lv} id="${h.replace(/ /g, '_')}">${h}</h${lv}><span
class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=French_polishing&amp;action=edit" title="Edit section: ${h}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const secHtml = ([h, lv, p]: [string, number, string[]], i: number): string => {
  const inner =
    h === 'Method'
      ? `<p>${p[0]}</p><ol>${lis(p.slice(1))}</ol>`
      : p.map((x, k) => `<p>${x}${i === 0 && k === 0 ? ref(1) : ''}${i === 2 ? ref(2) : ''}</p>`).join('\n');
  return `${hd(h, lv)}\n${inner}`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>French polishing - Benchwright Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"French_polishing","wgTitle":"French polishing","wgCurRevisionId":20411,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.benchwright.org/wiki/French_polishing"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-French_polishing skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Benchwright Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Benchwright Wiki" aria-label="Search Benchwright Wiki"
id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount"><span>Create account
</span></a></li><li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (h) => `<li class="vector-toc-list-item"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-text">${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar">
<nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2))}</ul></nav><nav aria-label="Views"><ul>${links(mTabs.slice(2, 5))}</ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Benchwright Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<a href="/wiki/File:Rubber.jpg" class="mw-file-description"><img src="/images/thumb/rubber.jpg/220px-rubber.jpg" class="mw-file-element" width="220"></a></span>
<div class="infobox-caption">A polisher's rubber, opened out</div></td>
</tr>${mInfo.map((r) => row(r).replace('<td>', '<th class="infobox-label">').replace('</td>', '</th>')).join('')}
</tbody></table>
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading" hidden><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
${mSecs.map(secHtml).join('\n')}
${hd('See also', 2)}<ul>${links(mSee)}</ul>
${hd('References', 2)}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('')}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Finishes">Finishes</a></li><li><a href="/wiki/Category:Trades">Trades</a></li></ul>
</div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March
2026, at 14:12.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout615-mediawiki-french-polishing',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mBody),
  bylines: ['This page was last edited on 2 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Benchwright Wiki', 'Search', 'Create account', 'Log in', ...mMenu, 'Contents', 'hide', '(Top)', ...mTabs,
    'From Benchwright Wiki', "A polisher's rubber, opened out", 'edit', 'See also', ...mSee, 'References', ...mRefs, 'Categories', 'Finishes', 'Trades',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const tTitle = 'Traditional Upholstery';
const tBody = [
  j(
    'We have been re-upholstering chairs and settees in the traditional way since 1952. Every job is stripped right back to the',
    'frame, and the frame is checked and re-glued before any work starts.',
  ),
  j(
    'We use jute webbing, hand-tied springs, horsehair and coir, with calico and wadding under your chosen fabric. Where the old',
    'horsehair is clean we wash and re-use it, as it is better than anything you can buy new.',
  ),
  'Loose covers, buttoning and deep buttoning',
  'Re-caning and rush seating done by hand',
  'Free collection and delivery within 15 miles',
  'Please telephone Brian or Carol for a free estimate in your own home.',
];
const tSub = ['What we offer'];
const tNav = ['Home', 'Upholstery', 'Loose Covers', 'Curtains', 'Price Guide', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Pardoe and Sons Upholsterers - Traditional Upholstery</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="upholstery, upholsterer, reupholstery, Stanbridge">
<meta name="description" content="Traditional upholstery by Pardoe and Sons, Stanbridge, since 1952.">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#F3EBDD" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Pardoe and Sons Upholsterers - Established 1952"></td></tr>
<tr><td colspan="2" bgcolor="#5A2D0C" height="24" align="right"><font face="Verdana, Arial" size="1" color="#FFFFFF">Tel: 01632 960 233
&nbsp;|&nbsp; 14 Cross Street, Stanbridge&nbsp;&nbsp;</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E8DCC4"><table width="170" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td class="navcell"><a href="${t.toLowerCase().replace(' ', '')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="30"></td></tr>
<tr><td align="center"><img src="images/guild_logo.gif" width="120" height="80" alt="Member of the Association of Master Upholsterers"><br>
<font size="1">Member of the Association of<br>Master Upholsterers</font></td></tr></table></td>
<td width="590" valign="top" class="bodytext"><table width="100%" border="0" cellpadding="15"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#5A2D0C">${tTitle}</font></h1>
<p><font face="Verdana, Arial" size="2">${tBody[0]}</font></p>
<p><font face="Verdana, Arial" size="2">${tBody[1]}</font></p>
<p><font face="Georgia" size="3" color="#5A2D0C"><b>${tSub[0]}</b></font></p>
<ul>${lis(tBody.slice(2, 5).map((t) => `<font face="Verdana, Arial" size="2">${t}</font>`))}</ul>
<p><font face="Verdana, Arial" size="2"><b>${tBody[5]}</b></font></p>
<p align="center"><img src="images/chair_before_after.jpg" width="400" height="200" alt="Chair before and after"><br>
<font size="1"><i>A Victorian spoon-back chair, before and after</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5A2D0C" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Pardoe and Sons 2003-2009 &nbsp;|&nbsp; Site by
<a href="http://www.kestrelweb.co.uk" target="_blank"><font color="#FFFFFF">Kestrel Web Design</font></a><br>
You are visitor number <img src="/cgi-bin/counter.pl?page=upholstery" alt="004521"> &nbsp;|&nbsp; Last updated 12/03/2009</font></td></tr></table></body>
</html>`;
const tableLayout: TestPage = {
  name: 'heldout615-table-layout-upholstery',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSub,
  body: tBody,
  bylines: ['Last updated 12/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960 233 | 14 Cross Street, Stanbridge', ...tNav, 'Member of the Association of Master Upholsterers',
    'A Victorian spoon-back chair, before and after', '© Pardoe and Sons 2003-2009 | Site by Kestrel Web Design', 'You are visitor number',
  ],
};

export const HELDOUT615_E: readonly TestPage[] = [mediawiki, tableLayout].map(settle);
