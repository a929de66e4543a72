import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file d: a model railway club's MediaWiki (Vector 2022 skin) article on a small wagon-kit maker, with the
 * sidebar contents, page tabs, section edit links, a wikitable and categories.
 */
const mTitle = 'Mallory Works wagon kits';
const mHeads = ['History', 'The range', 'Building notes', 'Availability'];
const mLead = [
  j(
    '<b>Mallory Works</b> was a small maker of OO gauge wagon kits in Ashby Vale, run from a garden workshop by Dennis and Jean',
    'Mallory between 1987 and 2011. Its kits are cast in white metal with etched brass details, and several club members still',
    'build them.',
  ),
];
const mHist = [
  j(
    'Dennis Mallory had worked as a pattern maker at the Ashby Vale foundry. He cut the first masters, a seven-plank open wagon',
    'and a cattle van, in 1986, and sold the kits at exhibitions from a trestle table. The club bought the first fifty for its',
    'junior section.',
  ),
  j(
    'By the late 1990s the range had grown to fourteen wagons, sold by mail order and through two local shops. Production stopped',
    'when the Mallorys retired, and the masters passed to the club in 2012.',
  ),
];
const mRange = ['The kits most often found today are listed below. Numbers are those printed on the box ends.'];
const mRows = [
  ['MW1', 'Seven-plank open wagon', '1987', '46'],
  ['MW2', 'Cattle van', '1987', '58'],
  ['MW5', 'Brake van, 20 ton', '1991', '83'],
  ['MW9', 'Tank wagon, 14 ton', '1996', '61'],
];
const mBuild = [
  j(
    'The castings are heavy, which makes the wagons run well but strains plastic couplings. Members fit metal tension-lock',
    'couplings or replace them with three-links. Clean the flash from the solebars with a fine file before gluing, and use',
    'low-melt solder rather than glue on the brake gear if you can.',
  ),
  j('Early kits have wheels with coarse flanges that catch on modern points. Replacing the wheelsets with 14.2 mm back-to-back', 'sets cures this.'),
];
const mAvail = [
  j(
    'The club casts small batches of MW1 and MW2 from the original masters for the annual exhibition. Second-hand kits appear at',
    'the Dunmore swapmeets and usually sell for between £8 and £15.',
  ),
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Kit manufacturers', 'Rolling stock kits (OO)'];
const mFoot = ['Privacy policy', 'About Ashby Vale MRC Wiki', 'Disclaimers'];
const edit = (n: number, h: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Mallory_Works_wagon_kits&amp;action=edit&amp;section=${n}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const h2 = (n: number): string => {
  const h = mHeads[n - 1] ?? '';
  return `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>${edit(n, h)}</div>`;
};
const tocItem = (h: string, n: number): string => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${n}</span><span>${h}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ashby Vale MRC Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Mallory_Works_wagon_kits","wgTitle":"${mTitle}","wgCurRevisionId":1187,"wgArticleId":412,"wgIsArticle":true,
"wgAction":"view","wgCategories":["Kit manufacturers","Rolling stock kits (OO)"],"wgRelevantPageName":"Mallory_Works_wagon_kits"};
RLSTATE={"site.styles":"ready","user.styles":"ready","skins.vector.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",
function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\\\"});}];});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="robots" content="max-image-preview:standard"><meta name="viewport" content="width=1120">
<link rel="edit" title="Edit" href="/index.php?title=Mallory_Works_wagon_kits&amp;action=edit"><link rel="canonical"
href="https://wiki.ashbyvalemrc.example/wiki/Mallory_Works_wagon_kits">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Mallory_Works_wagon_kits
rootpage-Mallory_Works_wagon_kits
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu
vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/avmrc.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Ashby Vale MRC Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Ashby Vale MRC Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper"
data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Ashby Vale MRC Wiki" aria-label="Search Ashby Vale MRC Wiki" autocapitalize="sentences" title="Search Ashby Vale MRC Wiki [f]" accesskey="f"
id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow" class="vector-menu
mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount&amp;returnto=Mallory+Works+wagon+kits"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item
mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Mallory+Works+wagon+kits" accesskey="o"><span>Log
in</span></a></li></ul></div></div></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-toc.unpin">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads.map((h, i) => tocItem(h, i + 1)).join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><input type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents">
<label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the
table of
contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Mallory_Works_wagon_kits" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Mallory_Works_wagon_kits&amp;action=edit&amp;redlink=1"
rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Mallory_Works_wagon_kits">
<span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Mallory_Works_wagon_kits&amp;action=edit"
accesskey="e">
<span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Mallory_Works_wagon_kits&amp;action=history"
accesskey="h">
<span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools
vector-pinnable-element">
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators">
</div><div id="siteSub" class="noprint">From Ashby Vale MRC Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mLead)}
<meta property="mw:PageProp/toc" />
${h2(1)}
${ps(mHist)}
${h2(2)}
${ps(mRange)}
<table class="wikitable sortable"><tbody><tr><th>No.</th><th>Wagon</th><th>Introduced</th><th>Parts</th></tr>
${trs(mRows)}
</tbody></table>
${h2(3)}
${ps(mBuild)}
${h2(4)}
${ps(mAvail)}
<!--
NewPP limit report
Cached time: 20260314210712
CPU time usage: 0.041 seconds
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.ashbyvalemrc.example/index.php?title=Mallory_Works_wagon_kits&amp;oldid=1187">
https://wiki.ashbyvalemrc.example/index.php?title=Mallory_Works_wagon_kits&amp;oldid=1187</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14
March 2026, at
21:07.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiPage: TestPage = {
  name: 'heldout626-mediawiki-wagon-kits',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...texts(mLead), ...mHist, ...mRange, ...rowTexts(mRows), ...mBuild, ...mAvail],
  bylines: ['This page was last edited on 14 March 2026, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'Ashby Vale MRC Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide',
    '(Top)', 'Toggle the table of contents', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From Ashby Vale MRC Wiki',
    'Categories:', ...mCats, ...mFoot,
  ],
};

export const HELDOUT626_D: readonly TestPage[] = [wikiPage];
