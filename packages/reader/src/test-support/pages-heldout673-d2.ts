import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file d2: a MediaWiki (Vector 2022) article on a windsurf lake with an infobox, a sticky table of contents
 * and references.
 */
const mTitle = 'Lough Tarra';
const mSecs: [string, string, string[]][] = [
  [
    '',
    '',
    [
      j(
        '<b>Lough Tarra</b> is a freshwater lake in the west of the county, about 6 km long and 1.5 km wide, used for windsurfing,',
        'dinghy sailing and, since 2019, wing foiling. It is one of the few inland spots in the region where the prevailing',
        'south-westerly blows cleanly along the length of the lake.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
      ),
    ],
  ],
  [
    'Location_and_access',
    'Location and access',
    [
      j(
        'The main launch is at Carrickduff Quay on the northern shore, reached by a single-track road from the village of Annagh.',
        'Parking at the quay is limited to about 30 cars and fills by late morning on windy summer weekends.',
      ),
    ],
  ],
  [
    'Wind_and_water',
    'Wind and water',
    [
      j(
        'The lake works best in winds from south-west to north-west, which blow side-shore at the quay. Easterly winds are gusty',
        'and offshore at the main launch and are not recommended. The water is sheltered and flat in all but the strongest winds,',
        'with a short chop building at the eastern end.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
      j(
        'Water temperatures range from about 7 °C in March to 18 °C in August. A summer wetsuit is enough from June to early',
        'September; the rest of the year a winter suit, boots and gloves are advised.',
      ),
    ],
  ],
  ['Local_rules', 'Local rules', ['The following rules are agreed between the sailing club, the windsurf centre and the county council:']],
  [
    'Facilities',
    'Facilities',
    [
      j(
        'Tarra Watersports runs lessons and rents windsurf and wing kit from the quay between April and October. The sailing',
        'club opens its changing rooms and showers to day visitors for a small fee at weekends.',
      ),
    ],
  ],
];
const mRules = [
  'Keep clear of the swimming area marked with yellow buoys west of the quay.',
  'No launching from the reed beds on the southern shore, which are a nesting area from March to July.',
  'Give way to club racing on Wednesday evenings and Sunday mornings.',
];
const mRefs = [
  'Western Lakes Windsurf Guide (2021). Tarra Press. p. 44.',
  '"Wind statistics, Carrickduff station 2010–2023". County Weather Network. Retrieved 2 May 2026.',
];
const mInfo = [
  ['Type', 'Freshwater lake'],
  ['Wind', 'SW to NW'],
  ['Season', 'April–October'],
  ['Level', 'All levels'],
];
const mTools = ['Main page', 'Spots by region', 'Recent changes', 'Random spot', 'Help'];
const mFoot = ['Privacy policy', 'About Windspot Wiki', 'Disclaimers'];
const mSec = ([id, h, p]: [string, string, string[]]): string =>
  `${
    h === ''
      ? ''
      : `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Lough_Tarra&amp;action=edit&amp;section=1"
title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>\n`
  }${ps(p)}${id === 'Local_rules' ? `\n<ul>${lis(mRules)}</ul>` : ''}`;
const mToc = mSecs.slice(1).map(
  ([id, h], i) => `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${id}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Windspot Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-toc-available";
RLCONF={"wgPageName":"Lough_Tarra","wgTitle":"Lough Tarra","wgCurRevisionId":18842,"wgArticleId":611,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://wiki.windspot.net/wiki/Lough_Tarra"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lough_Tarra
rootpage-Lough_Tarra skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div
class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Windspot Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Windspot Wiki" aria-label="Search Windspot Wiki" accesskey="f"
id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log
in</span></a></li></ul></div></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice">
<div id="localNotice" data-nosnippet=""><p>Spot reports for the 2026 season are open. <a href="/wiki/Windspot:Reports">Add yours</a>.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mToc.join('\n')}<li id="toc-References" class="vector-toc-list-item vector-toc-level-1"><a
class="vector-toc-link" href="#References">
<div class="vector-toc-text"><span class="vector-toc-numb">5</span><span>References</span></div></a></li></ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Lough_Tarra"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Lough_Tarra&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li></ul>
</div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Lough_Tarra"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Lough_Tarra&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Lough_Tarra&amp;action=history" accesskey="h"><span>View
history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" data-mw-ve-target-container><div class="vector-body-before-content"><div id="siteSub" class="noprint">From Windspot
Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Lough Tarra</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Lough_Tarra_quay.jpg" class="mw-file-description"><img
src="/images/thumb/a/a3/Lough_Tarra_quay.jpg/250px-Lough_Tarra_quay.jpg"
decoding="async" width="250" height="166" class="mw-file-element"></a></span><div class="infobox-caption">The quay at Carrickduff in a
south-westerly</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mSecs.map(mSec).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div>
<!-- NewPP limit report Parsed by mw-web.windspot CPU time usage: 0.042 seconds --></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start"
alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.windspot.net/index.php?title=Lough_Tarra&amp;oldid=18842">https://wiki.windspot.net/index.php?title=Lough_Tarra&amp;
oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Lakes" title="Category:Lakes">Lakes</a></li><li><a href="/wiki/Category:Flatwater_spots"
title="Category:Flatwater spots">Flatwater spots</a></li></ul></div></div>
</div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on 4 June 2026, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187});});</script></body></html>`;
const mediawikiSpot: TestPage = {
  name: 'heldout673-mediawiki-lough',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([, h]) => h).filter((h) => h !== ''), 'References'],
  body: texts([...mSecs.flatMap(([id, , p]) => (id === 'Local_rules' ? [...p, ...mRules] : p)), ...mRefs]),
  bylines: ['This page was last edited on 4 June 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mTools, 'Windspot Wiki', 'Search', 'Create account', 'Log in', 'Spot reports for the 2026 season are open. Add yours.',
    'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Windspot Wiki',
    'The quay at Carrickduff in a south-westerly', 'Type', 'SW to NW', 'Season', 'April–October', 'Level', 'All levels',
    'Categories:', 'Flatwater spots',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT673_D2: readonly TestPage[] = [mediawikiSpot];
