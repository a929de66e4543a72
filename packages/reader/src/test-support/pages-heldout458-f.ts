import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file f: a typeface article on a MediaWiki type wiki (Vector 2022 skin) with an infobox, contents box and
 * references, and a release note on an old table-layout foundry site from the early 2000s.
 */
const mTitle = 'Bramble Antiqua';
const mLead = j(
  '<b>Bramble Antiqua</b> is a transitional serif typeface designed by Elsbeth Garrow and released by the Kettering Type Foundry',
  'in 1964 for hot-metal composition. It was digitised in 1998 and revived as an OpenType family in 2023.',
);
const mParts: [string, string[]][] = [
  [
    'History',
    [
      j(
        'Garrow drew the first sketches in 1959 for the Harnley Parish Register, a local history series that needed a face narrow',
        'enough for long columns of names.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> Kettering cut the roman in',
        'three sizes in 1962 and added the italic two years later.',
      ),
      j(
        'The typeface sold modestly until the 1970s, when it was adopted by several county councils for their printed minutes. The',
        '1998 digitisation was made from the 10 pt matrices only and was widely criticised for its weak hairlines.',
      ),
    ],
  ],
  [
    'Design',
    [
      j(
        'Bramble has a moderate stress, bracketed serifs and a large x-height for its period. Its most recognisable letters are the',
        '<i>g</i>, with an ear that points upward, and the capital <i>Q</i>, whose tail does not touch the bowl.',
      ),
    ],
  ],
  [
    'Revival',
    [
      j(
        'The 2023 revival by Thornfield Digital added optical sizes, small capitals and old-style figures, and restored the sharper',
        'hairlines of the 14 pt cut.<sup class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  ],
];
const mInfo = [
  'Category',
  'Serif',
  'Classification',
  'Transitional',
  'Designer(s)',
  'Elsbeth Garrow',
  'Foundry',
  'Kettering Type Foundry',
  'Date released',
  '1964',
];
const mRefs = [
  'Harrow, N. (1981). <i>Type at Kettering 1920–1975</i>. Kettering: Foundry Press. p. 88.',
  '“Bramble Antiqua revival notes”. Thornfield Digital. 2023. Retrieved 9 January 2026.',
];
const mToc = ['(Top)', '1 History', '2 Design', '3 Revival', '4 References'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Typowiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Bramble Antiqua - Typowiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Bramble_Antiqua","wgTitle":"Bramble Antiqua","wgCurRevisionId":48213,"wgNamespaceNumber":0,"wgAction":"view"};
RLSTATE={"site.styles":"ready","skins.vector.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0
 ns-subject page-Bramble_Antiqua rootpage-Bramble_Antiqua skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Typowiki</span>
</a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search Typowiki" aria-label="Search Typowiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet="">
<p>The wiki will be read-only on Sunday from 02:00 to 04:00 UTC.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#x"><div class="vector-toc-text">${t}</div></a>
</li>`,
  )
  .join('\n')}</ul></div>
</nav></div></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Typowiki, the free type encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<img src="/images/thumb/a/a4/Bramble_specimen.png/220px-Bramble_specimen.png" width="220" height="140"
alt=""></span><div class="infobox-caption">Specimen of the 1964 roman</div></td></tr>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mParts
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Bramble_Antiqua&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
${ps(p)}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
${lis(mRefs.map((r, i) => `<span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span>`))}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Transitional_serif_typefaces">Transitional serif typefaces</a></li><li>
<a href="/wiki/Category:Typefaces_designed_by_Elsbeth_Garrow">Typefaces
designed by Elsbeth Garrow</a></li></ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 February 2026, at 10:22.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Typowiki:Copyrights">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const bramble: TestPage = settle({
  name: 'heldout458-mediawiki-typeface',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mParts.map(([h]) => h), 'References'],
  body: texts([...mInfo.filter((_, i) => i % 2 === 1), mLead, ...mParts.flatMap(([, p]) => p), ...mRefs.map((r) => `^ ${r}`)]),
  bylines: ['This page was last edited on 14 February 2026, at 10:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide, 'Typowiki', 'Search', 'Create account', 'Log in', 'The wiki will be read-only on Sunday from 02:00 to 04:00 UTC.',
    'Contents', 'hide', ...mToc, 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Typowiki, the free type encyclopedia', 'Specimen of the 1964 roman',
    'edit', 'Categories', 'Transitional serif typefaces', 'Typefaces designed by Elsbeth Garrow',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

const pTitle = 'Cobble Script 2.1 now available';
const pBody = [
  j(
    'Cobble Script 2.1 is out. This free update adds 64 new connecting letters so that double letters like <i>ll</i>, <i>tt</i> and',
    '<i>ff</i> no longer repeat the same shape, and fixes the gap between <i>o</i> and <i>s</i> that several customers wrote in about.',
  ),
  j(
    'Everyone who bought Cobble Script 2.0 can download the new files from the same link in their order e-mail. If you have lost',
    'the e-mail, send us your order number and we will send it again.',
  ),
  'Please remove the old fonts before installing the new ones, and restart your layout program.',
];
const pMenu = ['Home', 'Fonts', 'News', 'Order', 'Links', 'Contact'];
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Pemberly Type Works :: News</title>
<meta name="keywords" content="fonts, script fonts, handwriting fonts, Cobble Script, truetype, opentype">
<link rel="stylesheet" href="style.css" type="text/css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#F3EEDD" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/nav_fonts_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="img/header.gif" width="760" height="110"
alt="Pemberly Type Works - handmade fonts since 1997"></td></tr>
<tr><td width="150" valign="top" bgcolor="#D8CFB2"><table width="150" border="0" cellspacing="0" cellpadding="6">
${pMenu.map((t) => `<tr><td class="menu"><a href="${t.toLowerCase()}.html" class="menulink">${t}</a></td></tr>`).join('\n')}
<tr><td class="menu"><br><font size="1">Free font of the month:<br><a href="fonts.html#lantern">Lantern Hand</a></font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="14"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><p class="newsdate"><b>November 18, 2026</b></p>
<h2 class="newstitle">${pTitle}</h2>
${ps(pBody)}
<p><i>— Harriet &amp; Jim</i></p>
<p><img src="img/cobble21.gif" width="560" height="120" alt="Cobble Script 2.1 sample"></p>
<p><a href="order.html"><b>&gt;&gt; Order Cobble Script</b></a> &nbsp;|&nbsp; <a href="news.html">&lt;&lt; Older news</a></p></font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#D8CFB2"><font size="1" face="Verdana, Arial">&copy; 1997-2026 Pemberly Type Works. All rights reserved.<br>
Best viewed at 800x600 or higher. You are visitor no. <img src="/cgi-bin/counter.cgi?df=news.dat" alt="counter" align="absmiddle"></font></td></tr>
</table></body></html>`;
const cobble: TestPage = settle({
  name: 'heldout458-table-layout-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['November 18, 2026', '— Harriet & Jim'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pMenu, 'Free font of the month:', 'Lantern Hand', '>> Order Cobble Script', '<< Older news', '© 1997-2026 Pemberly Type Works. All rights reserved.',
    'Best viewed at 800x600 or higher. You are visitor no.',
  ],
});

export const HELDOUT458_F: readonly TestPage[] = [bramble, cobble];
