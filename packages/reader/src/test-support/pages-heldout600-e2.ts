import { ps, type TestPage } from './page-kit.js';
import { j, lis, outside } from './pages-heldout600-kit.js';

/** Held-out batch 600, file e2: a MediaWiki page (Vector 2022) on close-board fencing in a trade wiki, with infobox and sidebar TOC. */
const mTitle = 'Close-board fencing';
const mInfo = [
  ['Typical heights', '1.2 m to 2.1 m'],
  ['Post spacing', '2.4 m to 3.0 m'],
  ['Board width', '100 mm or 125 mm featheredge'],
  ['Expected life', '20\u201325 years'],
];
const mLead = [
  j(
    '<b>Close-board fencing</b> (also <b>featheredge fencing</b>) is a type of timber fence built on site from vertical, overlapping',
    'featheredge boards nailed to horizontal rails, which are in turn fixed between posts. Unlike a panel fence, each bay is built',
    'in place, which lets the fence follow sloping ground and changes of direction closely.',
  ),
];
const mHeads = ['Construction', 'Rails', 'Boards', 'Maintenance', 'See also'];
const mCons = [
  j(
    'Posts are usually 100 mm square treated softwood or slotted concrete, set in concrete to a depth of about a quarter of the',
    'fence height. A gravel board, of timber or concrete, runs along the foot of each bay to keep the boards off the ground.',
  ),
];
const mRails = [
  j(
    'Two rails are used for fences up to 1.2 m and three for anything taller. Rails are normally arris rails, triangular in section,',
    'let into mortices in timber posts, or 75 mm \u00d7 38 mm rectangular rails screwed to brackets on concrete posts.',
  ),
];
const mBoards = [
  j(
    'Boards are fixed thick edge to thin edge with an overlap of at least 20 mm, using two galvanised or stainless nails per rail.',
    'A spacer cut to the correct overlap is the usual way to keep spacing even along a run.',
  ),
  'A capping rail or counter rail along the top protects the end grain of the boards from rain.',
];
const mMaint = [
  'Close-board fences need little attention beyond the following:',
  'checking posts for movement after high winds',
  'replacing split boards individually',
  'treating the timber every three to five years with a spirit- or water-based preserver',
];
const mSee = ['Panel fencing', 'Arris rail', 'Gravel board'];
const mCats = ['Fencing', 'Timber construction'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Trade Carpentry Wiki', 'Disclaimers'];
const h2 = (
  t: string,
  lvl = 2,
): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${t.replace(/ /g, '_')}">${t}</h${lvl}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Close-board_fencing&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span>
</a><span class="mw-editsection-bracket">]</span></span></div>`;
const toc = mHeads.map(
  (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Trade Carpentry Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-toc-available";
RLCONF={"wgPageName":"Close-board_fencing",
"wgTitle":"Close-board fencing","wgCurRevisionId":20871,"wgNamespaceNumber":0,"wgAction":"view"};RLPAGEMODULES=["site","mediawiki.page.ready",
"skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1">
<link rel="canonical" href="https://wiki.tradecarpentry.org/wiki/Close-board_fencing"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Close-board_fencing
rootpage-Close-board_fencing skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label
id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header
vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content">
<ul class="vector-menu-content-list">${mNav
  .map(
    (t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a>
</li>`,
  )
  .join('')}</ul>
</div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Trade Carpentry
Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses
vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle"
title="Search Trade Carpentry Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Trade Carpentry Wiki" aria-label="Search Trade Carpentry Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search
</button></form></div></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${toc.join('')}</ul>
</div></div></nav></div></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar">
<div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">${mTabs
  .map(
    (t, i) =>
      `<li class="${
        i === 0 || i === 2 ? 'selected ' : ''
      }vector-tab-noicon mw-list-item"><a href="/index.php?title=Close-board_fencing&amp;tab=${i}"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></nav>
</div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Trade Carpentry Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle">
</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><table class="infobox"><tbody><tr><th
colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Closeboard.jpg"
class="mw-file-description"><img src="/images/thumb/2/2c/Closeboard.jpg/220px-Closeboard.jpg" decoding="async" width="220" height="147" class="mw-file-element">
</a></span><div class="infobox-caption">A three-rail close-board fence with concrete gravel boards</div></td></tr>${mInfo
  .map(
    (r) => `<tr><th scope="row"
class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`,
  )
  .join('')}</tbody></table>
${ps(mLead)}<meta property="mw:PageProp/toc">
${h2(mHeads[0] ?? '')}${ps(mCons)}${h2(mHeads[1] ?? '', 3)}${ps(mRails)}${h2(mHeads[2] ?? '', 3)}${ps(mBoards)}
${h2(mHeads[3] ?? '')}<p>${mMaint[0]}</p><ul>${lis(mMaint.slice(1))}</ul>
${h2(mHeads[4] ?? '')}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('')}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260511091402 --></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start" alt=""
width="1" height="1"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?title=Close-board_fencing&amp;oldid=20871">https://wiki.tradecarpentry.org/index.php?title=Close-board_fencing&amp;oldid=20871</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${mCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div>
</div>
</div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last
edited on 11 May 2026, at 09:14.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Project:Copyrights">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${mFoot
  .map(
    (t) => `<li><a href="/wiki/Project:${t.length}">${t}</a>
</li>`,
  )
  .join('')}
</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mGold = [...mInfo.map((r) => r.join(' ')), ...mLead.map((p) => p.replace(/<\/?b>/g, '')), ...mCons, ...mRails, ...mBoards, ...mMaint, ...mSee];
const mediawiki: TestPage = {
  name: 'heldout600-mediawiki-close-board',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mGold,
  bylines: ['This page was last edited on 11 May 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...mNav, 'Trade Carpentry Wiki', 'Search', 'Create account', 'Log in',
    'Contents', '(Top)', ...mTabs, 'From Trade Carpentry Wiki', 'A three-rail close-board fence with concrete gravel boards',
    'Retrieved from "https://wiki.tradecarpentry.org/index.php?title=Close-board_fencing&oldid=20871"', 'Categories:', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ], [mTitle, ...mHeads, ...mGold]),
};

export const HELDOUT600_E2: readonly TestPage[] = [mediawiki];
