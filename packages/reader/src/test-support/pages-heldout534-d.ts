import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout534-kit.js';

/**
 * Held-out batch 534, file d: a heritage railway society's MediaWiki (Vector 2022) page on a station, with its infobox,
 * table of contents, edit links, references and categories, and a ferry operator's accessibility page on HubSpot CMS with a
 * drag-and-drop layout, an FAQ accordion and the HubSpot cookie banner.
 */
const mTitle = 'Corrow Bridge railway station';
const mLead = [
  j(
    '<b>Corrow Bridge</b> is a station on the <a href="/wiki/Ellan_Valley_Railway" title="Ellan Valley Railway">Ellan Valley Railway</a>, 4¼ miles',
    'from Port Ellan. It served the village of Corrow and the Corrow slate quarry from 1898 until the line closed in 1961, and',
    'was reopened by the preservation society in 2009.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mSec = [
  [
    'History',
    [
      j(
        'The station was built by the Ellan Valley Light Railway Company with a single platform, a wooden waiting shelter and a',
        'siding for the quarry tramway. A stone booking office replaced the shelter in 1912. Slate traffic ended in 1938, and the siding was',
        'lifted during the Second World War.',
      ),
      j(
        'After closure the buildings were let as a store to a local farmer. The booking office survived largely intact, although its',
        'roof was replaced with corrugated iron in the 1970s.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  ],
  [
    'Restoration',
    [
      j(
        'The society bought the station site in 2004. Volunteers rebuilt the platform face using stone from the demolished goods shed at',
        'Port Ellan, re-roofed the booking office in slate from the original quarry, and relaid 300 yards of siding for use by the',
        'permanent way department.',
      ),
      'The restored station was opened on 18 April 2009 by the oldest surviving member of the quarry workforce.',
    ],
  ],
  [
    'Present day',
    [
      'Corrow Bridge is a request stop for most trains. Facilities include:',
      '<ul>' +
        lis(['a small museum of the slate quarry in the booking office', 'a picnic area beside the river', 'a footpath to the quarry incline']) +
        '</ul>',
    ],
  ],
] as const;
const mRefs = [
  'Harrop, D. (1987). <i>The Ellan Valley Light Railway</i>. Port Ellan: Tidewater Press. p. 44.',
  '"Corrow Bridge survey, 2003". <i>Ellan Valley Railway Society Bulletin</i> (112): 6–9.',
];
const mInfo = [
  ['Location', 'Corrow'],
  ['Owned by', 'Ellan Valley Railway Society'],
  ['Platforms', '1'],
  ['Opened', '1898'],
  ['Closed', '1961'],
  ['Reopened', '18 April 2009'],
] as const;
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Stations', 'Ellan Valley Railway', 'Buildings restored in 2009'];
const mFoot = ['Privacy policy', 'About Ellan Valley Railway Wiki', 'Disclaimers'];
const mHead = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Corrow_Bridge_railway_station&amp;action=edit" title="Edit section: ${h}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ellan Valley Railway Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Corrow_Bridge_railway_station",
"wgTitle":"Corrow Bridge railway station","wgCurRevisionId":4821,"wgIsArticle":true,"wgAction":"view"};RLSTATE={"site.styles":"ready",
"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3">
<link rel="edit" title="Edit" href="/w/index.php?title=Corrow_Bridge_railway_station&amp;action=edit">
<link rel="canonical" href="https://wiki.ellanvalley.org/wiki/Corrow_Bridge_railway_station">
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
mw-hide-empty-elt ns-0 ns-subject page-Corrow_Bridge_railway_station
rootpage-Corrow_Bridge_railway_station skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Ellan Valley Railway Wiki</strong>
</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Ellan Valley Railway Wiki" aria-label="Search Ellan Valley Railway Wiki" autocomplete="off" title="Search Ellan Valley Railway Wiki [f]"
accesskey="f"
id="searchInput"></div></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount" class="mw-list-item">
<a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item">
<a href="/w/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${[...mSec.map(([h]) => h), 'References']
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Corrow_Bridge_railway_station" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Corrow_Bridge_railway_station&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Corrow_Bridge_railway_station">
<span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Corrow_Bridge_railway_station&amp;action=edit">
<span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Corrow_Bridge_railway_station&amp;action=history">
<span>View history</span></a></li></ul>
</div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div>
<div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Ellan Valley Railway Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">Corrow Bridge</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Corrow_Bridge_2019.jpg" class="mw-file-description"><img
src="/w/images/thumb/c/c4/Corrow_Bridge_2019.jpg/250px-Corrow_Bridge_2019.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a></span>
<div class="infobox-caption">The booking office in 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
${mSec.map(([h, paras]) => `${mHead(h)}\n${paras.map((p) => (p.startsWith('<ul>') ? p : `<p>${p}</p>`)).join('\n')}`).join('\n')}
${mHead('References')}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (
      r,
      i,
    ) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span>
</li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261203211402 CPU time usage: 0.081 seconds -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.ellanvalley.org/w/index.php?title=Corrow_Bridge_railway_station&amp;
oldid=4821">https://wiki.ellanvalley.org/w/index.php?title=Corrow_Bridge_railway_station&amp;oldid=4821</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 December 2026, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">C
reative Commons Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const mSecBody = mSec.flatMap(([, paras]) => paras.flatMap((p) => (p.startsWith('<ul>') ? [...p.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '') : [p])));
const corrowWiki: TestPage = {
  name: 'heldout534-mediawiki-station',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSec.map(([h]) => h), 'References'],
  body: texts([...mLead, ...mSecBody, ...mRefs]),
  bylines: ['This page was last edited on 3 December 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Ellan Valley Railway Wiki', 'Search', 'Create account', 'Log in', 'move to sidebar', 'hide', 'Navigation', ...mNav,
    'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From Ellan Valley Railway Wiki',
    'Corrow Bridge', 'The booking office in 2019', ...mInfo.flatMap(([k, v]) => [k, v]),
    'edit', '^', 'Retrieved from "https://wiki.ellanvalley.org/w/index.php?title=Corrow_Bridge_railway_station&oldid=4821"', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT534_D: readonly TestPage[] = [corrowWiki].map(gold);
