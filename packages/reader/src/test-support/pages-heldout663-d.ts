import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file d: a fly-dressing club's wiki article on MediaWiki (Vector 2022 skin, infobox, sidebar contents,
 * edit links, categories).
 */
const mTitle = 'Partridge and Orange';
const mIntro = [
  j(
    'The <b>Partridge and Orange</b> is a soft-hackled wet fly, one of the oldest and simplest of the North Country spiders.',
    'It is fished for brown trout and grayling on rain-fed rivers, usually in a team of three flies cast across and down.',
  ),
  j(
    'The fly is thought to suggest a drowned or hatching stonefly or olive. Club members on the Ribble and the Lune still',
    'rate it as the first fly to put on in April.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mHist = j(
  'Patterns very close to the modern dressing appear in the notebooks of northern river keepers from the early nineteenth',
  'century. The club\u2019s own copy of the 1887 Wharfedale list gives it as "Orange Partridge" and recommends it "for a',
  'cold spring day when little is hatching".',
);
const mDress = [
  '<b>Hook:</b> size 12 to 16 wet fly',
  '<b>Thread and body:</b> orange silk, Pearsall\u2019s Gossamer shade 6a or similar',
  '<b>Thorax (optional):</b> a pinch of hare\u2019s ear',
  '<b>Hackle:</b> a brown partridge back feather, two turns at most',
];
const mTie = [
  'Run the silk down to a point level with the barb and back again, keeping the body slim.',
  'Tie in the partridge feather by its tip, shiny side facing forward.',
  'Take two turns of hackle, tie off, and whip finish with a small head.',
];
const mFish = j(
  'Fish it on a floating line and a long leader, on the point or the middle dropper. It takes most fish at the end of the swing',
  'and in the slack water behind boulders. Many anglers wax the silk so that it darkens when wet.',
);
const mRef = 'Harker, J. (1998). <i>Spiders of the Northern Rivers</i>. Settle: Fellside Press. p. 41.';
const mHeads = ['History', 'Dressing', 'Tying', 'Fishing the fly', 'References'];
const mInfo = [
  ['Type', 'Wet fly (spider)'],
  ['Imitates', 'Stonefly, olives'],
  ['Origin', 'Northern England'],
  ['Hook size', '12 to 16'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Pattern index', 'Help about MediaWiki'];
const mTabs = ['Page', 'Discussion', 'Read', 'View source', 'View history', 'Tools'];
const mEdit = (h: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Partridge_and_Orange&amp;action=edit&amp;section=${n}" title="Edit section: ${h}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = mHeads
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - FlyDressers Wiki</title>
<script>document.documentElement.className="client-js vector-toc-available";RLCONF={"wgPageName":"Partridge_and_Orange","wgTitle":"Partridge and Orange",
"wgCurRevisionId":2231,"wgIsArticle":true,"wgAction":"view"};RLSTATE={"site.styles":"ready","skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.flydressers.org/wiki/Partridge_and_Orange"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Partridge_and_Orange rootpage-Partridge_and_Orange
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">FlyDressers
Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form
action="/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div
class="cdx-text-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search FlyDressers Wiki" aria-label="Search FlyDressers Wiki"
id="searchInput"></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><div
id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents
</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'selected vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list">${links(mTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label"><span
class="vector-dropdown-label-text">${mTabs[5]}</span></div></nav>
</div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From FlyDressers Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Partridge_orange.jpg" class="mw-file-description"><img
src="/images/thumb/a/a3/Partridge_orange.jpg/220px-Partridge_orange.jpg"
decoding="async" width="220" height="165" class="mw-file-element"></a></span><div class="infobox-caption">Dressed on a size 14 Kamasan B170</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mIntro)}
<meta property="mw:PageProp/toc">
${mEdit(mHeads[0] ?? '', 1)}${ps([mHist])}
${mEdit(mHeads[1] ?? '', 2)}<ul>${lis(mDress)}</ul>
${mEdit(mHeads[2] ?? '', 3)}<ol>${lis(mTie)}</ol>
${mEdit(mHeads[3] ?? '', 4)}${ps([mFish])}
${mEdit(mHeads[4] ?? '', 5)}<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a
href="#cite_ref-1">^</a></b>
</span> <span class="reference-text">${mRef}</span></li></ol></div>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.041 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.flydressers.org/index.php?title=Partridge_and_Orange&amp;oldid=2231"
>https://wiki.flydressers.org/index.php?title=Partridge_and_Orange&amp;oldid=2231</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Wet_flies" title="Category:Wet flies">Wet flies</a></li><li><a
href="/wiki/Category:North_Country_spiders" title="Category:North Country spiders">North Country
spiders</a></li></ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited
on 3 February 2026, at 21:14.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a
href="/wiki/FlyDressers:Privacy_policy">Privacy policy</a>
</li><li id="footer-places-about"><a href="/wiki/FlyDressers:About">About FlyDressers Wiki</a></li><li id="footer-places-disclaimers"><a
href="/wiki/FlyDressers:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mwSpider: TestPage = {
  name: 'heldout663-mediawiki-partridge-orange',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mIntro, mHist, ...mDress, ...mTie, mFish, `^ ${mRef}`]),
  bylines: ['This page was last edited on 3 February 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'FlyDressers Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '2', '3',
    '5', ...mTabs, 'From FlyDressers Wiki', 'Dressed on a size 14 Kamasan B170', ...mInfo.flat().filter((t) => t !== '12 to 16' && t !== 'Hook size'), 'edit',
    'Retrieved from "https://wiki.flydressers.org/index.php?title=Partridge_and_Orange&oldid=2231"', 'Categories', 'Wet flies',
    'North Country spiders', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About FlyDressers Wiki', 'Disclaimers',
  ],
};

export const HELDOUT663_D: readonly TestPage[] = [mwSpider];
