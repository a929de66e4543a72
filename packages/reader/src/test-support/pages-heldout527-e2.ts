import { links, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file e2: a coffee-cultivar article on a MediaWiki 1.42 wiki (Vector 2022 skin) with the pinned main menu and
 * table of contents, page tabs, an infobox, edit-section links, footnotes, categories and the footer.
 */
const mTitle = 'Orosi Amarillo';
const cite = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const mLead = [
  j(
    '<b>Orosi Amarillo</b> is a yellow-fruited cultivar of <i>Coffea arabica</i> grown mainly in the highlands of the fictional',
    'Valle de Orosi region. It was selected in the 1970s from a natural mutation in a plot of red Caturra and is known for its',
    `sweetness and low acidity in the cup.${cite(1)}`,
  ),
];
const mSections: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The first yellow-fruited trees were noticed in 1971 on the farm of the Quesada family near Cachí, where pickers set them apart',
        'because the ripe cherries did not turn red. Seed from the best of them was planted out in 1974 and the line was stabilised over',
        'four generations by the regional agricultural station.',
      ),
      j(
        'The cultivar was released to growers in 1986. It spread slowly at first, because pickers found it hard to tell ripe yellow',
        `cherries from unripe ones, but by 2000 it covered about a tenth of the coffee area in the valley.${cite(2)}`,
      ),
    ],
  ],
  [
    'Agronomy',
    [
      j(
        'Orosi Amarillo is a compact plant, like its Caturra parent, and is usually planted at 5,000 trees per hectare. It does best',
        'between 1,200 and 1,700 metres. Yields are similar to Caturra, but the cultivar is susceptible to coffee leaf rust and needs',
        'regular spraying in wet years.',
      ),
    ],
  ],
  [
    'Cup profile',
    [
      j(
        'Cuppers describe the coffee as sweet and round, with notes of honey, yellow plum and milk chocolate. Acidity is lower than in',
        'red Caturra grown on the same farms, which has made it popular for espresso blends and with roasters who want a softer',
        'single-origin filter coffee.',
      ),
    ],
  ],
];
const mRefs = [
  'Vargas, L. (1994). <i>Cultivares de caf\u00e9 del Valle de Orosi</i>. Estaci\u00f3n Agr\u00edcola Regional. pp. 41\u201348.',
  'Mora Quesada, E. (2003). \u201cYellow cherries in the valley\u201d. <i>Highland Coffee Review</i>. <b>12</b> (3): 17\u201322.',
];
const mInfo = [
  ['Species', 'Coffea arabica'],
  ['Origin', 'Valle de Orosi'],
  ['Parent', 'Caturra (mutation)'],
  ['Fruit colour', 'Yellow'],
  ['Released', '1986'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About BrewWiki', 'Disclaimers'];
const edit = (n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
 href="/w/index.php?title=Orosi_Amarillo&amp;action=edit&amp;section=${n}" title="Edit section: ${at0(n)}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const at0 = (n: number): string => (n <= mSections.length ? (mSections[n - 1]?.[0] ?? '') : 'References');
const heads = [...mSections.map((s) => s[0]), 'References'];
const tocItem = (t: string, i: number): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link"
 href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - BrewWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Orosi_Amarillo","wgTitle":"Orosi Amarillo","wgNamespaceNumber":0,
"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://brewwiki.org/wiki/Orosi_Amarillo">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"><link rel="edit" title="Edit"
href="/w/index.php?title=Orosi_Amarillo&amp;action=edit"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Orosi_Amarillo
rootpage-Orosi_Amarillo
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo">
<img class="mw-logo-icon" src="/w/resources/assets/brewwiki.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert">
<strong class="mw-logo-wordmark">BrewWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue
 vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><div
class="vector-typeahead-search-container">
<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/w/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search BrewWiki" aria-label="Search BrewWiki" autocapitalize="sentences"
title="Search BrewWiki [f]"
 accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title"
value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div><nav class="vector-user-links" aria-label="Personal
tools"><div
 id="p-vector-user-menu-overflow" class="vector-menu"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2"
class="user-links-collapsible-item
 mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item
mw-list-item">
<a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu
mw-portlet
 mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul>
</div></div></div></div></nav></div></div><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header
 vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button
 vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item
 vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${heads.map(tocItem).join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
 mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></div></div></nav></div><div id="right-navigation"
class="vector-collapsible">
<nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(mTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div
id="vector-page-tools-dropdown"
 class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet"
aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators">
</div><div id="siteSub" class="noprint">From BrewWiki, the free coffee encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File">
<a href="/wiki/File:Orosi_amarillo_cherries.jpg" class="mw-file-description"><img
src="/w/images/thumb/4/4a/Orosi_amarillo_cherries.jpg/220px-Orosi_amarillo_cherries.jpg"
 decoding="async" width="220" height="165" class="mw-file-element"></a></span><div class="infobox-caption">Ripe cherries on a three-year-old
tree</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p>${mLead[0]}</p>
<meta property="mw:PageProp/toc">
${mSections
  .map(
    ([h, ps], i) => `<div class="mw-heading mw-heading2"><h2
id="${h.replace(/ /g, '_')}">${h}</h2>${edit(i + 1)}</div>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit(4)}</div><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
<noscript><img src="https://brewwiki.org/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none;
position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"

href="https://brewwiki.org/w/index.php?title=Orosi_Amarillo&amp;oldid=20417">
https://brewwiki.org/w/index.php?title=Orosi_Amarillo&amp;oldid=20417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
 <ul><li><a href="/wiki/Category:Coffee_cultivars" title="Category:Coffee cultivars">Coffee cultivars</a></li><li><a
href="/wiki/Category:Yellow-fruited_cultivars"
 title="Category:Yellow-fruited cultivars">Yellow-fruited cultivars</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
April 2026, at 11:02.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons
 Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li
id="footer-poweredbyico">
<a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large"><img src="/w/resources/assets/poweredby_mediawiki.svg"
 alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112,"wgHostname":"web1"});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout527-mediawiki-cultivar',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: heads,
  body: texts([...mLead, ...mSections.flatMap((s) => s[1]), ...mRefs]),
  bylines: ['This page was last edited on 3 April 2026, at 11:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'BrewWiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...mMenu, 'Contents', '(Top)', '1', '2', '3', '4',
    'edit', ...mTabs, 'Tools', 'From BrewWiki, the free coffee encyclopedia', 'Ripe cherries on a three-year-old tree', ...mInfo.flat(), '^',
    'Categories:', 'Coffee cultivars', 'Yellow-fruited cultivars', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot,
  ],
};

export const HELDOUT527_E2: readonly TestPage[] = [tidy(mediawiki)];
