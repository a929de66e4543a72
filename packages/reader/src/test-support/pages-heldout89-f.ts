import { links, type TestPage, texts } from './page-kit.js';
import { redditThread } from './pages-heldout89-f2.js';
import {
  type Listing,
  listingHtml,
  listingText,
  wvAround,
  wvBus,
  wvCar,
  wvDo,
  wvDrink,
  wvEat,
  wvIntro,
  wvNext,
  wvSee,
  wvSleep,
  wvTourist,
  wvUnderstand,
} from './pages-heldout89-f3.js';

/**
 * Held-out batch 89, file f: a Wikivoyage city guide in the Vector 2022 skin (the jump link, main menu with its pin/hide
 * buttons, search, the personal tools, the page banner with a second copy of the title, the geo breadcrumbs, the table of
 * contents with "Toggle ... subsection" buttons, the Article/Discussion/Read/Edit/View history tabs and the Tools menu, h2
 * and h3 headings with "[edit]" links, listings with map-marker numbers, hidden coordinates and "(updated ...) | edit"
 * metadata, a map frame caption, the "usable article" status notice, the categories and the footer) and, from file f2, an
 * old.reddit.com thread with nested comments.
 */
const wvTitle = 'Kessmoor';
const colour: Record<string, string> = { see: '#4682B4', do: '#808080', eat: '#D2691E', drink: '#000000', sleep: '#000080', go: '#A52A2A' };
let sectionNo = 0;
const head = (level: 2 | 3, t: string): string => {
  sectionNo++;
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Kessmoor&amp;action=edit&amp;section=${sectionNo}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const li = (l: Listing, type: string): string => `<li><span class="vcard" id="${l.name.replace(/ /g, '_')}"><span class="noprint listing-coordinates"
style="display:none"><span class="geo"><abbr class="latitude">55.60${l.n}</abbr><abbr class="longitude">-2.93${l.n}</abbr></span></span><span
typeof="mw:File"><a
href="/wiki/Special:Map/17/55.60${l.n}/-2.93${l.n}/en" class="mw-kartographer-maplink mw-kartographer-autostyled" data-mw-kartographer="maplink"
data-style="osm-intl"
style="background: ${colour[type]};" title="${l.name}">${l.n}</a></span> ${listingHtml(l)}<span class="listing-metadata"><span
class="listing-metadata-items">&nbsp;<span
class="listing-lastedit">${l.updated}</span>&nbsp;|&nbsp;<span class="listing-edit"><a
href="/w/index.php?title=Kessmoor&amp;action=edit&amp;section=${sectionNo}"
title="Edit this listing">edit</a></span></span></span></span></li>`;
const ul = (ls: readonly Listing[], type: string): string => `<ul>${ls.map((l) => li(l, type)).join('\n')}</ul>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const wvMain = ['Main page', 'Travel destinations', 'Star articles', 'Recent changes', 'Random page', 'Nearby'];
const wvHelp = ['Help', 'Travellers’ pub', 'Tourist office', 'Interlingual lounge'];
const wvPersonal = ['Donate', 'Create account', 'Log in'];
const wvCrumbs = ['Europe', 'Britain and Ireland', 'United Kingdom', 'Scotland', 'Scottish Borders'];
const wvToc = ['Understand', 'Get in', 'Get around', 'See', 'Do', 'Eat', 'Drink', 'Sleep', 'Go next'];
const wvTabs = ['Article', 'Discussion', 'English', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General'];
const wvTools = [
  'What links here',
  'Related changes',
  'Upload file',
  'Special pages',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Print/export',
  'Download as PDF',
  'Printable version',
  'In other projects',
  'Wikipedia',
  'Wikidata item',
  'Download KML',
  'Download GPX',
];
const wvStatus =
  'This city travel guide to Kessmoor is a usable article. It has information on how to get there and on restaurants and hotels. An ' +
  'adventurous person could use this article, but please feel free to improve it by editing the page.';
const wvCats = ['Categories', 'Usable cities', 'Has custom banner', 'Has map markers', 'Scottish Borders'];
const wvFootLegal =
  'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. By using this site, you agree ' +
  'to the Terms of Use and Privacy Policy.';
const wvFoot = ['Privacy policy', 'About Wikivoyage', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wvHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Kessmoor – Travel guide at Wikivoyage</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled
vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kessmoor","wgTitle":"Kessmoor","wgIsArticle":true,"wgAction":"view","wgCategories":["Usable cities","Has custom banner","Has map
markers"]};
</script><link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.kartographer.style%7Cext.wikivoyage.pagebanner%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.24"><meta name="viewport" content="width=1120"><meta property="og:title" content="Kessmoor –
Travel guide at Wikivoyage">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikivoyage.org/wiki/Kessmoor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Kessmoor","url":"https://en.wikivoyage.org/wiki/Kessmoor",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"dateModified":"2025-10-21T11:04:18Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kessmoor rootpage-Kessmoor
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span
class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu
vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  wvMain,
  'mw-list-item',
)}</ul></div></div>
<div id="p-help" class="vector-menu mw-portlet"><div class="vector-menu-heading">Help</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(wvHelp, 'mw-list-item')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon"
src="/static/images/icons/enwikivoyage.svg" alt="" aria-hidden="true"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark"
alt="Wikivoyage"
src="/static/images/mobile/copyright/wikivoyage-wordmark-en.svg"></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button
cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikivoyage [f]" accesskey="f"><span>Search</span></a><form action="/w/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search
Wikivoyage" aria-label="Search Wikivoyage"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links"
aria-label="Personal tools"><ul>${links(wvPersonal, 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc
vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item
vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wvToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb"></span><span>${t}</span></div></a>${
      t === 'Get in'
        ? '<button aria-controls="toc-Get_in-sublist" class="cdx-button ' + 'vector-toc-toggle"><span>Toggle Get in subsection</span></button>'
        : ''
    }</li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><button class="vector-toc-toggle"
aria-controls="vector-toc" title="Toggle the table of contents"><span>Toggle the table of contents</span></button><h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${wvTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>
${links(wvTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav><div class="vector-dropdown" title="Change language
variant"><span>${wvTabs[2]}</span></div></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul>${links(wvTabs.slice(3, 6), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown" title="More options"><label
class="vector-dropdown-label"><span class="vector-dropdown-label-text">${wvTabs[6]}</span></label><div class="vector-dropdown-content"><div
id="vector-page-tools"
class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header-label">${wvTabs[6]}</div><div
class="vector-menu-heading">${wvTabs[7]}</div>
<div class="vector-menu-heading">${wvTabs[8]}</div><ul>${links(wvTools, 'mw-list-item')}</ul></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
id="siteSub" class="noprint">From Wikivoyage</div></div><div id="contentSub"><div id="mw-content-subtitle"><span class="ext-geocrumbs-breadcrumbs">${wvCrumbs
  .map((t) => `<bdi><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></bdi>`)
  .join(' &gt; ')}</span></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="noprint wpb-topbanner"><div
class="wpb-banner-image-panorama wpb-topbanner-image" style="background-image:url(//upload.wikimedia.org/wikivoyage/en/banner.jpg)"><h1
class="wpb-name">${wvTitle}</h1>
</div></div>
<div class="mw-kartographer-container thumb tright"><div class="thumbinner" style="width: 300px;"><a class="mw-kartographer-map"
data-mw-kartographer="mapframe"
data-style="osm-intl" data-zoom="14" href="/wiki/Special:Map/14/55.6021/-2.9314/en"><img
src="https://maps.wikimedia.org/img/osm-intl,14,55.6021,-2.9314,300x300.png"
alt="" width="300" height="300"></a><div class="thumbcaption"><div class="mw-kartographer-fullScreen"></div>Map of Kessmoor</div></div></div>
${ps(wvIntro)}
${head(2, 'Understand')}
${ps(wvUnderstand)}
${ul([wvTourist], 'see')}
${head(2, 'Get in')}
${head(3, 'By car')}
${ps(wvCar)}
${head(3, 'By bus')}
${ps(wvBus)}
${head(2, 'Get around')}
${ps(wvAround)}
${head(2, 'See')}
${ul(wvSee, 'see')}
${head(2, 'Do')}
${ul(wvDo, 'do')}
${head(2, 'Eat')}
${ul(wvEat, 'eat')}
${head(2, 'Drink')}
${ul(wvDrink, 'drink')}
${head(2, 'Sleep')}
${ul(wvSleep, 'sleep')}
${head(2, 'Go next')}
<ul>${wvNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="noprint article-status" style="clear:both; border:1px solid #d8d8d8; padding:3px;"><span typeof="mw:File"><img alt=""
src="//upload.wikimedia.org/usable.png"
width="20" height="20"></span> ${wvStatus.replace('city travel guide', '<b>city travel guide</b>').replace('usable', '<b>usable</b>')}</div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikivoyage.org/w/index.php?title=Kessmoor&amp;oldid=5123345">https://en.wikivoyage.org/w/index.php?title=Kessmoor&amp;oldid=5123345</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">${wvCats[0]}</a>:
<ul>${links(wvCats.slice(1))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
21 October 2025, at
11:04.</li><li id="footer-info-copyright">${wvFootLegal.replace(
  'Terms of Use',
  '<a href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms of ' + 'Use</a>',
)}</li></ul>
<ul id="footer-places">${links(wvFoot, 'mw-list-item')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":168,"wgHostname":"mw-web.codfw.main-7c9f6"});});</script></body></html>`;
const wikivoyage: TestPage = {
  html: wvHtml,
  name: 'heldout89-wikivoyage-wiki',
  kind: 'wiki',
  // a listing's text up to its "(updated ...)" stamp is body; the stamp and "last edited on" are bylines; marker numbers and
  // hidden coordinates are in neither list, "edit" links are furniture; the banner's second h1 repeats the title; the
  // contents list repeats the headings and is left out (its "Contents", "(Top)" and toggle texts are furniture)
  title: wvTitle,
  headings: ['Understand', 'Get in', 'By car', 'By bus', 'Get around', 'See', 'Do', 'Eat', 'Drink', 'Sleep', 'Go next'],
  body: [
    ...texts([...wvIntro, ...wvUnderstand]),
    listingText(wvTourist),
    ...texts([...wvCar, ...wvBus, ...wvAround]),
    ...[...wvSee, ...wvDo, ...wvEat, ...wvDrink, ...wvSleep].map(listingText),
    ...texts(wvNext),
  ],
  bylines: [
    ...new Set([wvTourist, ...wvSee, ...wvDo, ...wvEat, ...wvDrink, ...wvSleep].map((l) => l.updated)),
    'This page was last edited on 21 ' + 'October 2025, at 11:04.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wvMain, ...wvHelp, 'Search',
    ...wvPersonal, 'Contents', '(Top)', 'Toggle Get in subsection', 'Toggle the table of contents', ...wvTabs, ...wvTools, 'From Wikivoyage', ...wvCrumbs,
    'Map of Kessmoor', 'edit', wvStatus, 'Retrieved from', ...wvCats.filter((t) => t !== 'Scottish Borders'), wvFootLegal, ...wvFoot,
  ],
};

export const HELDOUT89_F: readonly TestPage[] = [wikivoyage, redditThread];
