import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file c: a short "Getting here" page of a light railway society built with Wix (Thunderbolt renderer,
 * comp ids, rich-text boxes, a map iframe), and a locomotive article on a MediaWiki fan wiki (Vector 2022) with an infobox,
 * a table of contents, edit links, references and categories.
 */
const wTitle = 'Getting Here';
const wIntro = 'Mossford Road station is on the B6271, two miles north of Mossford village. Our postcode for sat nav is MF4 9LD.';
const wH = ['By car', 'By bus', 'By train'];
const wP = [
  j(
    'There is free parking for 80 cars next to the station, with four accessible bays by the booking office.',
    'Coaches can park on the gravel area by the goods shed.',
  ),
  j('The Dalesway 72 bus from Kirkby Stainforth stops at the station gate every two hours on weekdays.', 'There is no Sunday bus service.'),
  'The nearest main line station is Kirkby Stainforth, six miles away. Taxis wait at the station forecourt.',
];
const wNav = ['Home', 'Timetable', 'Getting Here', 'Events', 'Join Us', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/4c1e2a_f0e1.png">
<title>Getting Here | Mossford Light Railway</title><meta name="description" content="How to find Mossford Road station by car, bus and train.">
<meta property="og:site_name" content="Mossford Light Railway"><link rel="canonical" href="https://www.mossfordlightrailway.org/getting-here">
<script type="application/json"
id="wix-viewer-model">{"site":{"metaSiteId":"a1b2c3d4-0000-4e5f-8a9b-112233445566","isPremium":true},"language":{"userLanguage":"en"}}</script>
<style id="css_masterPage">.HcOXKn{position:relative}#comp-lk2a8f01{--min-height:44px}</style>
<script>window.firstPageId = 'q8x2d';window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div class="backgroundGroup"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div data-testid="skipToContentButton"><button class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div
data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
${rt('lk2a8f01', '<p class="font_8 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text">Mossford Light Railway</span></p>')}
<nav id="comp-lk2a8f02" aria-label="Site" class="comp-lk2a8f02 wixui-dropdown-menu hidden-during-prewarmup"><ul class="X6lFDR" id="comp-lk2a8f02itemsContainer">
${wNav
  .map(
    (n, i) => `<li id="comp-lk2a8f02${i}" class="wixui-dropdown-menu__item Wd6Lqm"><a data-testid="linkElement"
href="https://www.mossfordlightrailway.org/${i === 0 ? '' : n.toLowerCase().replace(/ /g, '-')}"
class="JS76Uv"><div class="zGb9Oq"><div class=""><p class="kJdFgn">${n}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="q8x2d"
class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerq8x2d" class="Containerq8x2d SPY_vo"><div
data-mesh-id="Containerq8x2dinlineContent" data-testid="inline-content">
<section id="comp-lk2b0001" tabindex="-1" class="Oqnisf comp-lk2b0001 wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns"
class="V5AUxf">
<div id="comp-lk2b0002" class="comp-lk2b0002 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lk2b0002inlineContent" data-testid="inline-content"
class="">
${rt(
  'lk2b0003',
  `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span style="letter-spacing:normal;"
class="wixui-rich-text__text">${wTitle}</span></h1>`,
)}
${rt('lk2b0004', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
${wH
  .map(
    (h, i) => `${rt(`lk2b001${i}`, `<h2 class="font_2 wixui-rich-text__text" style="font-size:28px;"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${rt(`lk2b002${i}`, `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wP[i]}</span></p>`)}`,
  )
  .join('\n')}
<wix-iframe id="comp-lk2b0030" class="comp-lk2b0030 wixui-google-map" title="Google Maps" aria-label="Google Maps" data-src="">
<iframe title="Google Maps" aria-label="Google Maps" width="100%" height="100%"
src="https://static.parastorage.com/services/editor-elements/dist/googleMap.html"></iframe></wix-iframe>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content" class="">
${rt(
  'lk2a9001',
  `<p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">Mossford Light Railway Society, Mossford Road Station, MF4 9LD</span></p>`,
)}
${rt(
  'lk2a9002',
  `<p class="font_9 wixui-rich-text__text"><span
class="wixui-rich-text__text">© 2027 by Mossford Light Railway Society. Proudly created with Wix.com</span></p>`,
)}
<div id="comp-lk2a9003" class="comp-lk2a9003 wixui-social-bar"><ul class="ZJu8gN" aria-label="Social Bar"><li class="_9VHo7"
id="dataItem-lk2a9004-comp-lk2a9003">
<a data-testid="linkElement" href="https://www.facebook.com/mossfordlightrailway" target="_blank" class="bRVAb5" aria-label="Facebook"><img
src="https://static.wixstatic.com/media/fb.png" alt="Facebook"></a></li></ul></div>
</div></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6b9d2f1a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout645-wix-getting-here',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: [wIntro, ...wP],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Mossford Light Railway', ...wNav, 'Mossford Light Railway Society, Mossford Road Station, MF4 9LD',
    '© 2027 by Mossford Light Railway Society. Proudly created with Wix.com',
  ],
});

const mTitle = 'KTR No. 7 Bryony';
const mLead = j(
  '<b>No. 7 <i>Bryony</i></b> is an 0-6-0 saddle tank locomotive built by Garrow &amp; Pike of Leeds in 1911 for the Kelsdale',
  'Quarry Company. Since 1974 she has worked on the Kelsdale &amp; Tarn Railway, where she is the oldest engine in regular service.',
);
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mH = ['History', 'Quarry service', 'Preservation', 'Livery', 'References'];
const mP = [
  j(
    'Bryony was one of three engines ordered for the quarry’s new standard gauge exchange sidings at Tarn Foot.',
    `She was delivered in March 1911 and named after the daughter of the quarry manager, Walter Kell.${ref(1)}`,
  ),
  j(
    'For sixty years she shunted stone wagons between the crushers and the main line. She was rebuilt with a new boiler in 1938',
    'and again in 1957, when her original round-topped firebox was replaced by a Belpaire type.',
  ),
  j(
    'The quarry stopped using steam in 1972. Bryony was bought for £600 by a group of members of the newly formed Kelsdale',
    `Railway Society and moved by road to Kelsdale in May 1974.${ref(2)}`,
  ),
  j('She hauled the first passenger train on the reopened line in 1979 and has been overhauled three times since, most recently', 'between 2019 and 2022.'),
  j('In quarry service Bryony was painted plain black. She has carried a lined green livery since 1980, with the society’s', 'crest on the tank sides.'),
];
const mRefs = [
  'Kell, W. (1912). <i>Tarn Foot Quarry: Report to the Directors</i>. Kelsdale Quarry Company.',
  '“Bryony comes home”. <i>Kelsdale Line</i> (14): 3–5. Summer 1974.',
];
const mBox = [
  ['Builder', 'Garrow &amp; Pike'],
  ['Serial number', '1487'],
  ['Build date', '1911'],
  ['Configuration', '0-6-0ST'],
  ['Gauge', '4 ft 8½ in'],
  ['Boiler pressure', '160 psi'],
];
const mPerm = 'https://wiki.kelsdalerailway.org.uk/index.php?title=KTR_No._7_Bryony&amp;oldid=18422';
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Kelsdale Railway Wiki', 'Disclaimers', 'Mobile view'];
const h2 = (t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=KTR_No._7_Bryony&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const h3 = (t: string): string =>
  `<div class="mw-heading mw-heading3"><h3 id="${t.replace(/ /g, '_')}">${t}</h3><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=KTR_No._7_Bryony&amp;action=edit&amp;section=2" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const toc = (n: string, t: string, lvl: number): string =>
  `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-${lvl}"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n}</span><span>${t}</span></div></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Kelsdale Railway Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"KTR_No._7_Bryony","wgTitle":"KTR No. 7 Bryony","wgCurRevisionId":18422,"wgArticleId":311,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.kelsdalerailway.org.uk/wiki/KTR_No._7_Bryony"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-KTR_No_7_Bryony rootpage-KTR_No_7_Bryony skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-pinnable-header-label">Main menu</div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Kelsdale Railway Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><a
href="/wiki/Special:Search" class="cdx-button" title="Search Kelsdale Railway Wiki [f]"><span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search" placeholder="Search Kelsdale Railway Wiki"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-createaccount-2"
class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div class="vector-sitenotice-container"><div
id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${toc('1', 'History', 1)}${toc('1.1', 'Quarry service', 2)}${toc('1.2', 'Preservation', 2)}${toc('2', 'Livery', 1)}${toc('3', 'References', 1)}</ul></div></div>
</nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/KTR_No._7_Bryony" title="View the content page [c]"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:KTR_No._7_Bryony&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li></ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/KTR_No._7_Bryony"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=KTR_No._7_Bryony&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=KTR_No._7_Bryony&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label-text">Tools</div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From Kelsdale Railway Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div
class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">No. 7 <i>Bryony</i></th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File">
<a href="/wiki/File:Bryony_1983.jpg" class="mw-file-description"><img src="/images/thumb/4/4e/Bryony_1983.jpg/250px-Bryony_1983.jpg" width="250" height="167"
class="mw-file-element"></a></span>
<div class="infobox-caption">Bryony at Tarn Foot in 1983</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
${h2(mH[0] ?? '')}${h3(mH[1] ?? '')}${ps(mP.slice(0, 2))}${h3(mH[2] ?? '')}${ps(mP.slice(2, 4))}${h2(mH[3] ?? '')}${ps(mP.slice(4))}
${h2(mH[4] ?? '')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div><noscript><img src="https://wiki.kelsdalerailway.org.uk/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1"
height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mPerm}">${mPerm}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>
<li><a href="/wiki/Category:Steam_locomotives">Steam locomotives</a></li><li><a
href="/wiki/Category:Garrow_%26_Pike_locomotives">Garrow &amp; Pike locomotives</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2027, at 18:12.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = gold({
  name: 'heldout645-mediawiki-locomotive',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, ...mP.map((t) => t.replace(/<sup[^>]*>.*?<\/sup>/g, '')), ...mRefs]),
  bylines: ['This page was last edited on 3 March 2027, at 18:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mTools, 'Kelsdale Railway Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Kelsdale Railway Wiki', 'No. 7 Bryony', 'Bryony at Tarn Foot in 1983',
    ...texts(mBox.flat()), '1', '1.1', '1.2', '2', '3', 'Retrieved from "https://wiki.kelsdalerailway.org.uk/index.php?title=KTR_No._7_Bryony&oldid=18422"',
    'Categories:', 'Steam locomotives', 'Garrow & Pike locomotives', ...mFoot,
  ],
});

export const HELDOUT645_C: readonly TestPage[] = [wix, wiki];
