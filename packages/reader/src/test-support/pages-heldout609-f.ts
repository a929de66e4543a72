import { type TestPage, texts } from './page-kit.js';
import { furn, j, lis } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file f: a family trophy shop's hand-written table-layout page (font tags, spacer GIFs, a left link
 * column and a hit counter) on perpetual shields, and a MediaWiki article (Vector 2010 skin) on pantograph engraving in a
 * trade wiki, with an infobox, contents box, edit links, references and categories.
 */
const oTitle = 'Perpetual Shields &amp; Plate Engraving';
const oParas = [
  j(
    'A perpetual shield is a wooden shield with room for a small engraved plate for every year\u2019s winner. The shield stays with the',
    'club or school and the winner\u2019s name is added each season, so it becomes a record of everyone who has won it.',
  ),
  'We stock shields in three sizes:',
];
const oSizes = ['Small, 10 plates, $48', 'Medium, 18 plates, $72', 'Large, 30 plates with a centre badge, $115'];
const oParas2 = [
  j(
    'Plates are $6.50 each including engraving and fitting. Bring the shield in and we will fit the new plate while you wait, or',
    'leave it with us and collect it the next day.',
  ),
  j('When a shield is full we can fit a border band of extra plates, or make a matching second shield. Ask Ron or Beverley at the', 'counter.'),
];
const oLeft = ['Home', 'Trophies', 'Medals', 'Shields', 'Engraving', 'Find Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bassett's Trophy Centre - Shields</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="trophies, shields, engraving, perpetual shields, Wandle Creek"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" text="#000000" link="#000099" vlink="#660066" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3" bgcolor="#003366"><img src="images/logo.gif" width="400"
height="80"
alt="Bassett's Trophy Centre"><font face="Arial, Helvetica, sans-serif" size="2" color="#FFCC00"><b>Ph (07) 5550 1182</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6E6E6"><br>
${oLeft.map((t) => `<font face="Arial" size="2"><b>&nbsp;&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font><br><br>`).join('\n')}
<img src="images/spacer.gif" width="150" height="1"><br><font face="Arial" size="1">&nbsp;Open Mon-Fri 8.30-5<br>&nbsp;Sat 9-12</font></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><br><font face="Arial, Helvetica, sans-serif" size="5" color="#003366"><b>${oTitle}</b></font><br><br>
<img src="images/shield_medium.jpg" width="220" height="260" align="right" hspace="10" alt="Medium shield">
<font face="Arial, Helvetica, sans-serif" size="2">${oParas[0]}<br><br>
${oParas[1]}
<ul>${lis(oSizes)}</ul>
${oParas2[0]}<br><br>
${oParas2[1]}<br><br></font>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" width="100%"><tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>NEW!</b> Photo
engraving on black marble plaques - ask to see samples.</font></td></tr></table><br></td></tr>
<tr><td colspan="3" align="center" bgcolor="#003366"><font face="Arial" size="1" color="#FFFFFF">Bassett's Trophy Centre, Shop 4 Wandle Creek Arcade,
Wandle Creek<br>
Copyright &copy; 2004-2026 Bassett's Trophy Centre<br>You are visitor number <img src="cgi-bin/counter.cgi?df=shields.dat"
alt="counter"></font></td></tr></table>
</body></html>`;
const oBody = texts([...oParas, ...oSizes, ...oParas2]);
const oldTable: TestPage = {
  name: 'heldout609-table-layout-perpetual-shields',
  kind: 'blog',
  html: oHtml,
  title: texts([oTitle])[0] ?? '',
  headings: [],
  body: oBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn(texts([oTitle, ...oBody]), [
    'Ph (07) 5550 1182', ...oLeft, 'Open Mon-Fri 8.30-5', 'Sat 9-12', 'NEW! Photo engraving on black marble plaques - ask to see samples.',
    "Bassett's Trophy Centre, Shop 4 Wandle Creek Arcade, Wandle Creek", "Copyright © 2004-2026 Bassett's Trophy Centre", 'You are visitor number',
  ]),
};

const mTitle = 'Pantograph engraving';
const mLead = j(
  '<b>Pantograph engraving</b> is a method of cutting lettering and designs by tracing a master template with a stylus linked to a',
  'rotating cutter through a pantograph, a jointed arm that reproduces the stylus movement at a smaller scale.<sup id="cite_ref-1" class="reference">',
  '<a href="#cite_note-1">[1]</a></sup> It was the standard method for trophy and nameplate engraving until computer-controlled machines became common.',
);
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Principle',
    [
      j(
        'The operator follows the grooves of brass master letters, set in a copy holder, with the tracing stylus. The arm reduces the',
        'movement by a ratio set on the machine, typically between 2:1 and 10:1, so that a single set of masters can produce lettering',
        'in many sizes. The cutter spindle is driven by a belt from a small motor.',
      ),
    ],
  ],
  [
    'Use in the trophy trade',
    [
      j(
        'Through most of the twentieth century a trophy shop\u2019s engraving bench consisted of one or two pantograph machines and several',
        'cases of master type. An experienced engraver could set and cut a three-line plate in about five minutes.<sup id="cite_ref-2"',
        'class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
      j('Many shops still keep a pantograph for curved cups and for one-off jobs on items that cannot be clamped in a computer', 'engraver.'),
    ],
  ],
  [
    'Decline',
    [
      j(
        'From the 1990s computer-controlled rotary engravers and later lasers replaced the pantograph for most work, since they need no',
        'master type and can store layouts for repeat orders.',
      ),
    ],
  ],
];
const mRefs = [
  'Hollis, Ada (1962). <i>The Engraver\u2019s Bench</i>. Carrick Press. p. 14.',
  'Dunmore Trades Guild (1988). <i>Trophy Shop Practice</i>. p. 52.',
];
const mInfo = [
  ['Type', 'Mechanical engraving'],
  ['Reduction ratio', '2:1 to 10:1'],
  ['Materials', 'Brass, silver, pewter, plastics'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About EngraverWiki', 'Disclaimers'];
const mLi = (items: readonly string[], pre: string): string =>
  items
    .map(
      (t) =>
        `<li id="${pre}-${t.toLowerCase().replace(/ /g, '')}" class="mw-list-item">` + `<a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`,
    )
    .join('');
const mEdit = (i: number): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Pantograph_engraving&amp;action=edit&amp;section=${i}"` +
  ` title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mToc = mSecs.map(
  ([h], i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - EngraverWiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Pantograph_engraving","wgTitle":"Pantograph
engraving","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector"><meta name="generator"
content="MediaWiki 1.39.7">
<link rel="canonical" href="https://wiki.engraverstrade.org/wiki/Pantograph_engraving"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Pantograph_engraving rootpage-Pantograph_engraving skin-vector action-view
skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From EngraverWiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${mToc.join('\n')}<li class="toclevel-1 tocsection-4"><a href="#References"><span class="tocnumber">4</span>
<span class="toctext">References</span></a></li></ul></div>
${mSecs
  .map(
    ([h, ps], i) => `<h2><span class="mw-headline"
id="${h.replace(/ /g, '_')}">${h}</span>${mEdit(i + 1)}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`,
  )
  .join('\n')}
<h2><span class="mw-headline" id="References">References</span>${mEdit(4)}</h2><div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Engraving_methods">Engraving methods</a></li><li><a href="/wiki/Category:Workshop_history">Workshop
history</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Pantograph_engraving"><span>Page</span></a></li><li id="ca-talk" class="new mw-list-item">
<a href="/index.php?title=Talk:Pantograph_engraving&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Pantograph_engraving"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item">
<a href="/index.php?title=Pantograph_engraving&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Pantograph_engraving&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php"
id="searchform">
<input type="search" name="search" placeholder="Search EngraverWiki" id="searchInput"><input type="submit" name="go" value="Go"
id="searchButton"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${mLi(mSide, 'n')}</ul></div></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal"><h3 id="p-tb-label" class="vector-menu-heading"><span>Tools</span></h3><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${mLi(mTools, 't')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 June 2026, at
14:20.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${mLi(mFoot, 'footer-places')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mHeads = mSecs.map(([h]) => h);
const mBody = texts([mLead, ...mSecs.flatMap(([, p]) => p)].map((p) => p.replace(/<sup[\s\S]*?<\/sup>/g, '')));
const mediawiki: TestPage = {
  name: 'heldout609-mediawiki-pantograph',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mBody,
  bylines: ['This page was last edited on 3 June 2026, at 14:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([mTitle, ...mHeads, ...mBody], texts([
    'From EngraverWiki', 'Jump to navigation', 'Jump to search', ...mInfo.flat(), 'Contents', ...mHeads.map((_, i) => String(i + 1)), '4', 'References',
    'edit', '^', ...mRefs, 'Categories', 'Engraving methods', 'Workshop history', 'Navigation menu', 'Log in', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'Search', ...mSide, 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot,
  ])),
};

export const HELDOUT609_F: readonly TestPage[] = [oldTable, mediawiki];
