import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file f: a trade wiki article on MediaWiki (Vector 2022 skin, sidebar contents, edit links, categories) and
 * an old family paint and wallpaper shop's tips page in a nested table layout with a left link column and a hit counter.
 */
const mTitle = 'Lining paper';
const mLead = [
  j(
    '<b>Lining paper</b> is a plain, unprinted paper hung on walls or ceilings before paint or a decorative',
    '<a href="/wiki/Wallcovering" title="Wallcovering">wallcovering</a>. It hides small defects in the plaster, evens out the porosity of',
    'the surface and gives the finishing paper a sound base to shrink onto as it dries.',
  ),
];
const mSecs = [
  {
    h: 'Grades',
    p: [
      j(
        'Lining paper is sold by weight, described in the trade by a grade number. Heavier grades bridge wider cracks but are',
        'harder to hang around corners and reveals.',
      ),
    ],
  },
  {
    h: 'Hanging direction',
    p: [
      j(
        'Under a wallcovering, lining paper is traditionally hung horizontally, a practice known as <i>cross-lining</i>, so that',
        'its joints never line up with the joints of the finishing paper. Under paint it is normally hung vertically, since',
        'horizontal joints are harder to hide under a sheen finish.',
      ),
      j(
        'The lengths are butted rather than overlapped, and a gap of about 2 mm is left at ceiling and skirting to stop the edges',
        'from lifting when the paper is painted.',
      ),
    ],
  },
  {
    h: 'Painting over lining paper',
    p: [
      j(
        'A first coat of emulsion diluted with about ten percent water is recommended, followed by two full coats. Oil-based',
        'paints should not be used directly on lining paper, as they can cause the joints to open.',
      ),
    ],
  },
];
const mRows = [
  ['800', 'Light', 'Sound walls before wallpapering'],
  ['1000', 'Medium', 'General use, under paint or paper'],
  ['1400', 'Heavy', 'Old plaster with fine cracks'],
  ['2000', 'Extra heavy', 'Uneven walls and ceilings'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information'];
const mCats = ['Wallcoverings', 'Surface preparation'];
const mFoot = ['Privacy policy', 'About DecoratorsWiki', 'Disclaimers'];
const mSecHtml = (h: string, p: readonly string[], i: number): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Lining_paper&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
${ps(p)}${
  i === 0
    ? `\n<table class="wikitable">\n<tbody><tr>\n<th>Grade</th>\n<th>Weight</th>\n<th>Typical use</th></tr>\n${mRows.map(row).join('\n')}</tbody>
</table>`
    : ''
}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en"
dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - DecoratorsWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lining_paper","wgTitle":"Lining paper","wgCurRevisionId":18342,"wgArticleId":412,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://decowiki.org/wiki/Lining_paper">
<link rel="edit" title="Edit" href="/index.php?title=Lining_paper&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lining_paper rootpage-Lining_paper
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">DecoratorsWiki</strong></span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search DecoratorsWiki [f]">
<span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search DecoratorsWiki" aria-label="Search DecoratorsWiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list">
<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (s, i) => `<li id="toc-${s.h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${s.h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div>
</a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Lining_paper" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Lining_paper&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Lining_paper"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Lining_paper&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Lining_paper&amp;action=history" accesskey="h"><span>View history</span>
</a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From DecoratorsWiki, the painting and decorating trade wiki</div></div><div id="contentSub"><div id="mw-content-subtitle">
</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs.map((s, i) => mSecHtml(s.h, s.p, i)).join('\n')}
<!--
NewPP limit report
Cached time: 20270512094112
Preprocessor visited node count: 211/1000000
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://decowiki.org/index.php?title=Lining_paper&amp;oldid=18342">https://decowiki.org/index.php?title=Lining_paper&amp;oldid=18342</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 May 2027, at 09:41.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout665-mediawiki-lining-paper',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: texts([...mLead, at(mSecs[0]?.p ?? [], 0), ...mRows.map((r) => r.join(' ')), ...mSecs.slice(1).flatMap((s) => s.p)]),
  bylines: ['This page was last edited on 12 May 2027, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'DecoratorsWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', ...mTools, 'From DecoratorsWiki, the painting and decorating trade wiki',
    'edit', 'Retrieved from "https://decowiki.org/index.php?title=Lining_paper&oldid=18342"', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const tTitle = 'Painting a ceiling without the drips';
const tIntro = [
  j(
    'Ceilings are the job most people dread, and the one we get asked about most over the counter. Follow these steps and',
    'you will get a good even finish without covering yourself, or the carpet, in paint.',
  ),
];
const tSteps = [
  'Clear the room as far as you can and cover everything that is left with dust sheets, not plastic, which gets slippery.',
  'Wash off any brown nicotine or cooking stains with sugar soap, and seal stubborn marks with a stain block.',
  'Cut in around the edges and light fittings with a 2 inch brush first, about 5 cm out from the wall.',
  'Use a roller with a medium pile sleeve on an extension pole. Load it well but roll the excess off in the tray.',
  'Work in strips about a metre wide, starting by the window and working away from the light.',
  'Keep a wet edge and do not go back over paint that has started to dry.',
];
const tOutro = [
  j('A good trade matt emulsion will cover a sound ceiling in two coats. If you are going over a dark colour, ask us about', 'a tinted undercoat.'),
  '<b>Tip from Ron:</b> wear a cap and old glasses. Everybody laughs until the first spot lands.',
];
const tNav = ['Home', 'Paints', 'Wallpapers', 'Brushes and Tools', 'Tips and Advice', 'Find Us', 'Contact'];
const tTips = ['Stripping wallpaper', 'Painting radiators', 'Choosing a brush'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Gorrie's Paint &amp; Wallpaper - Tips - Painting a ceiling</title>
<meta name="keywords" content="paint, wallpaper, decorating, Dunmarsh, ceiling, tips">
<meta name="description" content="Tips from Gorrie's Paint and Wallpaper, Dunmarsh">
<link rel="stylesheet" href="style.css" type="text/css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#7A1F1F">
<img src="images/header.gif" width="780" height="110"
alt="Gorrie's Paint and Wallpaper - Est. 1962"></td></tr>
<tr><td colspan="2" bgcolor="#E8D9B5" align="center"><font face="Verdana, Arial" size="1"><b>Open Mon - Sat 8.30 till 5.30 &nbsp;|&nbsp; Tel: 01632 960 155</b>
</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F4EEDF"><table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td class="navlink"><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td>
</tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td><font face="Verdana, Arial" size="1"><b>More tips:</b><br>${tTips
  .map(
    (t) => `<a href="tips-${t.split(' ')[0]?.toLowerCase()}.htm">${t}</a>
<br>`,
  )
  .join('\n')}</font></td></tr>
<tr><td><font face="Verdana, Arial" size="1">We are stockists of<br>Harlan Trade and Brisco Coatings</font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="1"><a href="index.htm">Home</a> &gt; <a href="tips.htm">Tips and Advice</a> &gt; Ceilings</font>
<h1><font face="Georgia, Times New Roman" color="#7A1F1F">${tTitle}</font></h1>
<font face="Verdana, Arial" size="2">
${ps(tIntro)}
<ol>
${lis(tSteps)}
</ol>
${ps(tOutro)}
<p><a href="#top">Back to top</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#7A1F1F" align="center">
<font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Gorrie's Paint &amp; Wallpaper, 14 Mill Wynd, Dunmarsh
<br>Page last updated 14/03/2009 &nbsp;|&nbsp; You are visitor number <img src="/cgi-bin/counter.cgi?df=tips.dat" alt="counter"> &nbsp;|&nbsp; Best viewed at
800x600</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout665-table-layout-ceiling-tips',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tIntro, ...tSteps, ...tOutro]),
  bylines: ['Page last updated 14/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Mon - Sat 8.30 till 5.30 | Tel: 01632 960 155', ...tNav, 'More tips:', ...tTips, 'We are stockists of Harlan Trade and Brisco Coatings',
    'Back to top', "© Gorrie's Paint & Wallpaper, 14 Mill Wynd, Dunmarsh", 'You are visitor number', 'Best viewed at 800x600',
  ],
};

export const HELDOUT665_F: readonly TestPage[] = [mediawiki, tableLayout];
