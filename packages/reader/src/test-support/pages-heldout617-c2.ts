import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file c2: a fleece type article on a MediaWiki wiki (Vector 2022 skin, infobox, table of contents, references,
 * categories).
 */
const mTitle = 'Huacaya';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const mIntro = [
  j(
    `The <b>huacaya</b> is the more common of the two fleece types of the <a href="/wiki/Alpaca">alpaca</a>, the other being the`,
    `<a href="/wiki/Suri">suri</a>. Huacaya alpacas grow a dense, crimped fleece that stands out from the body and gives the animal its`,
    `rounded, "teddy bear" look.${ref(1)}`,
  ),
  'Most alpacas kept outside South America are huacaya. In the herds of the Marrow Valley and the northern dales they make up nine animals in ten.',
];
const mH = ['History', 'Fleece', 'Crimp and density', 'Colours', 'Shearing and use', 'References'];
const mHistory = [
  j(
    'The huacaya and suri types were bred in the Andes long before written records. The first huacayas in the region were imported in',
    `1991 by the Kettlebeck estate, and the breed society&#39;s herd book was opened in 1996 with 64 registered animals.${ref(2)}`,
  ),
];
const mFleece = [
  j(
    'A huacaya fleece grows perpendicular to the skin and has no lanolin, which makes it light and quick to dry but less resistant to rain',
    'than sheep&#39;s wool.',
  ),
];
const mCrimp = [
  j(
    'Crimp is the natural wave in each fibre. Judges look for a bold, even crimp from the tip of the staple to the skin, and for a fleece',
    `that is dense, meaning many fibres to the square centimetre. Density is usually felt by parting the fleece on the side of the animal.${ref(1)}`,
  ),
];
const mColours = ['White, light fawn, fawn and dark fawn', 'Light, medium and dark brown, and bay black', 'Light, medium and dark silver grey, and rose grey'];
const mShear = [
  j(
    'Huacayas are shorn once a year, usually in late spring. A full fleece weighs from 2 to 4 kg. The "blanket" from the back and sides is',
    'the best fibre and is kept for spinning; the neck, legs and belly are sorted out as seconds and used for felt, rugs and stuffing.',
  ),
];
const mRefs = ['Harrow, P. (2019). The Fleece Book. Alderby: Dale Press. p. 14.', 'Northern Camelid Society (2021). Twenty-Five Years of the Herd Book. p. 3.'];
const mInfo = [
  ['Type', 'Alpaca fleece type'],
  ['Share of herds', 'about 90%'],
  ['Fibre diameter', '18–30 microns'],
  ['Staple length', '75–125 mm'],
] as const;
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mSec = (id: string, h: string, level = 2): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${h}</h${level}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Huacaya&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1
vector-feature-page-tools-pinned-disabled"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Huacaya - CamelidWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Huacaya","wgTitle":"Huacaya",
"wgCurRevisionId":4812,
"wgArticleId":312,"wgIsArticle":true,"wgAction":"view","wgCategories":["Alpaca types","Fibre"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://wiki.camelidkeepers.org/wiki/Huacaya"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Huacaya rootpage-Huacaya skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header"><div
class="vector-header-start">
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/camelid.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">CamelidWiki</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/index.php"
id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div
class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search CamelidWiki" aria-label="Search CamelidWiki" autocapitalize="sentences"
id="searchInput">
</div><input type="hidden" name="title" value="Special:Search"></div><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount&amp;returnto=Huacaya"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin&amp;returnto=Huacaya" accesskey="o"><span>Log in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div
class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div
id="left-navigation">
<nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Huacaya"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Huacaya&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Huacaya"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Huacaya&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Huacaya&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
</div></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<a href="/wiki/File:Huacaya_fawn.jpg" class="mw-file-description"><img src="/images/thumb/a/a4/Huacaya_fawn.jpg/220px-Huacaya_fawn.jpg" decoding="async"
width="220" height="165"
class="mw-file-element"></a></span><div class="infobox-caption">A fawn huacaya female before shearing</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mIntro)}
<meta property="mw:PageProp/toc">
${mSec('History', mH[0] ?? '')}${ps(mHistory)}
${mSec('Fleece', mH[1] ?? '')}${ps(mFleece)}
${mSec('Crimp_and_density', mH[2] ?? '', 3)}${ps(mCrimp)}
${mSec('Colours', mH[3] ?? '', 3)}<p>The breed society recognises three colour groups:</p><ul>${lis(mColours)}</ul>
${mSec('Shearing_and_use', mH[4] ?? '')}${ps(mShear)}
${mSec('References', mH[5] ?? '')}<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.camelidkeepers.org/index.php?title=Huacaya&amp;oldid=4812">https://wiki.camelidkeepers.org/index.php?title=Huacaya&amp;oldid=4812</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Alpaca_types">Alpaca types</a></li><li><a href="/wiki/Category:Fibre">Fibre</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 2 May 2026, at 14:10.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/CamelidWiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/CamelidWiki:About">About CamelidWiki</a></li><li id="footer-places-disclaimers"><a
href="/wiki/CamelidWiki:General_disclaimer">Disclaimers</a></li>
</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout617-mediawiki-huacaya',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mIntro, ...mHistory, ...mFleece, ...mCrimp, 'The breed society recognises three colour groups:', ...mColours, ...mShear, ...mRefs]),
  bylines: ['This page was last edited on 2 May 2026, at 14:10.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'CamelidWiki', 'Search', 'Create account', 'Log in', 'Main menu', ...mNav, 'Contents', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'A fawn huacaya female before shearing', ...mInfo.flat(), 'edit', '↑',
    'Categories', 'Alpaca types',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About CamelidWiki', 'Disclaimers',
  ],
};

export const HELDOUT617_C2: readonly TestPage[] = [mediawiki];
