import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file e: a seal colony article on a local MediaWiki (Vector 2022 skin, with an infobox, edit links
 * and categories).
 */
const mTitle = 'Carn Skerries seal colony';
const mBody = [
  j(
    'The Carn Skerries seal colony is a breeding and haul-out site for grey seals on a group of low rocky islets two kilometres',
    'off Porthkennack. It is the largest grey seal colony on the Penhallow coast and the main destination of the seal trips that',
    'leave Porthkennack harbour.',
  ),
  'Description',
  j(
    'The skerries are five bare reefs of slate, the largest of which, Carn Mor, stays above water at high spring tides. Seals haul',
    'out on the western ledges at low water and move to Carn Mor as the tide rises. Up to 350 animals have been counted at once.',
  ),
  'Breeding',
  j(
    'Pupping takes place from late September to early December, mostly in the sea caves on the north side of Carn Mor. The',
    'annual pup count by the Penhallow Seal Group has risen from 41 in 2005 to 118 in 2025.',
  ),
  'Boat trips',
  j(
    'Three operators run trips to the skerries from Porthkennack between Easter and October. Under the voluntary agreement',
    'of 2014, boats do not enter the channel between Carn Mor and Carn Bras and stay at least 50 metres from hauled-out seals.',
    'During the pupping season trips keep to the south side of the group.',
  ),
  'See also',
  'Penhallow Seal Group',
  'Porthkennack harbour',
  'Grey seal',
];
const mH = [1, 3, 5, 7];
const mInfo = [
  ['Location', 'off Porthkennack'],
  ['Species', 'Grey seal'],
  ['Peak count', '350 (2023)'],
  ['Pups (2025)', '118'],
];
const mCats = ['Seal colonies', 'Islands of Penhallow', 'Wildlife trips'];
const mFoot = ['Privacy policy', 'About Penwiki', 'Disclaimers', 'Mobile view'];
const mEdit = (id: string, h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Carn_Skerries_seal_colony&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Carn Skerries seal colony - Penwiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Carn_Skerries_seal_colony","wgTitle":"Carn Skerries seal colony",
"wgCurRevisionId":8812,"wgArticleId":412,"wgIsArticle":true,"wgCategories":["Seal colonies","Islands of Penhallow","Wildlife trips"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Carn_Skerries_seal_colony&amp;action=edit">
<link rel="canonical" href="https://penwiki.org.uk/wiki/Carn_Skerries_seal_colony"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Carn_Skerries_seal_colony
rootpage-Carn_Skerries_seal_colony
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'],
  'mw-list-item',
)}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Penwiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle"
title="Search Penwiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Penwiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">
${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><div class="vector-pinnable-header-label">Contents</div></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (i, n) => `<li id="toc-s${n}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#s${n}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n + 1}</span><span>${at(mBody, i)}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">${links(
  ['Page', 'Discussion'],
  'vector-tab-noicon mw-list-item',
)}</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">${links(
  ['Read', 'Edit', 'View history'],
  'vector-tab-noicon mw-list-item',
)}</ul></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Penwiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Carn_Mor.jpg" class="mw-file-description"><img src="/images/thumb/4/4a/Carn_Mor.jpg/250px-Carn_Mor.jpg"
decoding="async" width="250" height="166" class="mw-file-element"></a></span><div class="infobox-caption">Carn Mor at low tide</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p><b>${mTitle.replace('Carn', 'The Carn')}</b>${at(mBody, 0).slice('The Carn Skerries seal colony'.length)}</p>
<meta property="mw:PageProp/toc">
${mEdit('s0', at(mBody, 1))}${ps([at(mBody, 2)])}
${mEdit('s1', at(mBody, 3))}${ps([at(mBody, 4)])}
${mEdit('s2', at(mBody, 5))}${ps([at(mBody, 6)])}
${mEdit('s3', at(mBody, 7))}<ul>${lis(mBody.slice(8).map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260503142201 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://penwiki.org.uk/index.php?title=Carn_Skerries_seal_colony&amp;oldid=8812">
https://penwiki.org.uk/index.php?title=Carn_Skerries_seal_colony&amp;oldid=8812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026, at 14:22.</li></ul><ul id="footer-places">${links(mFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout643-mediawiki-seal-colony',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH.map((i) => at(mBody, i)),
  body: mBody.filter((_, i) => !mH.includes(i)),
  bylines: ['This page was last edited on 3 May 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Penwiki', 'Search', 'Create account',
    'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Penwiki', 'Carn Mor at low tide',
    ...mInfo.flat().filter((t) => t !== 'Grey seal' && t !== 'off Porthkennack' && t !== '118'), '1', '2', '3', '4',
    'Categories', ...mCats, ...mFoot,
  ],
};

export const HELDOUT643_E: readonly TestPage[] = [mediawiki];
