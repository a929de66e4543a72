import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file f: a retired schoolteacher's proofreading rates page in an old table layout (FrontPage era), and
 * an article on a MediaWiki wiki for editors, with its table of contents, edit links and categories.
 */
const tTitle = 'Rates and Turnaround';
const tBody = [
  'I proofread dissertations, family histories, parish magazines and small business leaflets. I do not use software to do it: every page is read twice, by me.',
  'Rates are per 1,000 words and include one round of queries by email.',
  'Please post or email your document with the number of words and the date you need it back. I reply within two days.',
];
const tRates = [
  ['Standard proofread', '£7.50', '7 days'],
  ['Express proofread', '£11.00', '48 hours'],
  ['Family history (with name index check)', '£9.00', '10 days'],
] as const;
const tNav = ['Home', 'About Me', 'Rates', 'Testimonials', 'Contact', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Margaret Hollis Proofreading - Rates</title>
<meta name="keywords" content="proofreading, proof reader, dissertations, family history, Elsworth">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_over.gif')">
<table border="0" width="760" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366" height="80">
<font face="Georgia" size="6" color="#FFFFFF">&nbsp;Margaret Hollis Proofreading</font><br>
<font face="Arial" size="2" color="#CCCCFF">&nbsp;Careful eyes since 1998</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6E6CC"><table border="0" width="100%" cellpadding="4">
${tNav.map((t) => `<tr><td><font face="Arial" size="2"><a href="${t.toLowerCase().replace(' ', '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><p align="center"><img border="0" src="images/member.gif" width="120" height="60" alt="Member"></p></td>
<td width="600" valign="top"><table border="0" width="100%" cellpadding="12"><tr><td>
<p><font face="Georgia" size="5" color="#003366"><b>${tTitle}</b></font></p>
<p><font face="Arial" size="2">${at(tBody, 0)}</font></p><p><font face="Arial" size="2">${at(tBody, 1)}</font></p>
<table border="1" cellpadding="5" cellspacing="0" bordercolor="#999999" width="90%"><tr bgcolor="#E6E6CC"><td><b>
<font face="Arial" size="2">Service</font></b></td>
<td><b><font face="Arial" size="2">Price</font></b></td><td><b><font face="Arial" size="2">Turnaround</font></b></td></tr>
${tRates.map((r) => `<tr>${r.map((c) => `<td><font face="Arial" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}</table>
<p><font face="Arial" size="2">${at(tBody, 2)}</font></p>
<p><font face="Arial" size="1" color="#666666">Page last updated 14/09/2011</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF">© Margaret Hollis 1998-2011 | 12 Orchard Row, Elsworth |
Tel 01632 960418</font><br><font face="Arial" size="1" color="#FFFFFF">You are visitor number <img src="cgi-bin/counter.gif" alt="counter"></font></td>
</tr></table>
</body></html>`;
const tables: TestPage = {
  name: 'heldout660-table-layout-rates',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [at(tBody, 0), at(tBody, 1), ...tRates.map((r) => r.join(' ')), at(tBody, 2)],
  bylines: ['Page last updated 14/09/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Margaret Hollis Proofreading', 'Careful eyes since 1998', ...tNav.filter((t) => t !== 'Rates'),
    '© Margaret Hollis 1998-2011 | 12 Orchard Row, Elsworth | Tel 01632 960418', 'You are visitor number',
  ],
};

const mTitle = 'Em dash';
const mBody = [
  j(
    'The <b>em dash</b> (—) is a punctuation mark roughly the width of a capital M. Editors use it to set off an interruption,',
    'an aside or an afterthought, and in some styles to introduce a list or an explanation.',
  ),
  'Usage',
  j(
    'A pair of em dashes works like a pair of brackets but with more emphasis: <i>The committee—all four of them—voted',
    'against.</i> A single em dash can mark a sharp turn at the end of a sentence.',
  ),
  'In dialogue, an em dash shows that a speaker has been cut off, where an ellipsis would show that they trailed away.',
  'Spacing',
  'House styles differ on whether the em dash takes spaces around it:',
  'Closed up (no spaces), common in American book publishing',
  'Spaced en dash ( – ) used instead, common in British newspapers and many British publishers',
  'Spaced em dash, rare, and usually a sign of a typewriter habit',
  'Whichever form a project uses should be recorded on its style sheet and applied throughout.',
  'Typing the em dash',
  j(
    'On most systems the em dash has its own key combination, and word processors often turn two hyphens into an em dash',
    'automatically. Copy-editors should check that this has not also happened inside web addresses and code.',
  ),
  'See also',
  'En dash',
  'Ellipsis',
  'Serial comma',
];
const mHeads = [1, 4, 10, 12];
const mLists = [6, 7, 8, 13, 14, 15];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Style questions', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Copydesk Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Em_dash","wgTitle":"Em dash","wgCurRevisionId":4471,
"wgNamespaceNumber":0};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="edit" title="Edit" href="/index.php?title=Em_dash&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Em_dash rootpage-Em_dash skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Copydesk Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">${ps([at(mBody, 0)])}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${mHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${at(mBody, h)}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${[1, 4, 10, 12]
  .map((h, n) => {
    const next = [4, 10, 12, 16][n] ?? 16;
    const parts = mBody.slice(h + 1, next).map((p, k) => (mLists.includes(h + 1 + k) ? `<li>${p}</li>` : `<p>${p}</p>`));
    const inner = parts.join('\n').replace(/(<li>[\s\S]*<\/li>)/, '<ul>$1</ul>');
    return `<h2><span class="mw-headline" id="${at(mBody, h).replace(/ /g, '_')}">${at(mBody, h)}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="#" title="Edit section: ${at(mBody, h)}">edit</a><span class="mw-editsection-bracket">]</span>
</span></h2>\n${inner}`;
  })
  .join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Punctuation">Punctuation</a></li><li><a href="/wiki/Category:Dashes">Dashes</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading"><span>Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul>
</div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected"><a href="#">Page</a></li>
<li id="ca-talk"><a href="#">Discussion</a></li></ul></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list">
<li id="ca-view" class="selected"><a href="#">Read</a></li><li id="ca-edit"><a href="#">Edit</a></li><li id="ca-history"><a href="#">View history</a></li>
</ul></nav>
<div id="p-search" role="search" class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform">
<input type="search" name="search"
 placeholder="Search Copydesk Wiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet portal" aria-label="Navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${lis(
  mSide.map((t) => `<a href="#">${t}</a>`),
  'mw-list-item',
)}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet portal" aria-labelledby="p-tb-label"><h3 id="p-tb-label" class="vector-menu-heading"><span>Tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${lis(
  mTools.map((t) => `<a href="#">${t}</a>`),
  'mw-list-item',
)}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 January 2026, at 17:42.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="#">Privacy policy</a></li><li id="footer-places-about"><a href="#">About Copydesk Wiki</a></li>
<li id="footer-places-disclaimers"><a href="#">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout660-mediawiki-em-dash',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: texts(mBody.filter((_, i) => !mHeads.includes(i))),
  bylines: ['This page was last edited on 9 January 2026, at 17:42.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Copydesk Wiki', 'Jump to navigation', 'Jump to search', 'Contents', '1', '2', '3', '4', 'edit', 'Categories', 'Dashes',
    'Navigation menu', 'Personal tools', 'Log in', 'Page', 'Discussion', 'Read', 'View history', 'Search', ...mSide, 'Tools', ...mTools,
    'Privacy policy', 'About Copydesk Wiki', 'Disclaimers',
  ],
};

export const HELDOUT660_F: readonly TestPage[] = [tables, mediawiki];
