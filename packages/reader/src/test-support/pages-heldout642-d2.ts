import { links, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file d2: a local history wiki article on MediaWiki (Vector 2022) about a town ghost walk, with an infobox,
 * edit links, references and categories.
 */
const mTitle = 'Tollbridge Ghost Walk';
const mLead = j(
  'The <b>Tollbridge Ghost Walk</b> is a guided evening walking tour of the old town of Tollbridge, run since 1978. It is the',
  'oldest continuously running ghost tour in the county<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> and',
  'has been led by members of the Tollbridge Civic Society since 1994.',
);
const mInfo = [
  ['Type', 'Guided walking tour'],
  ['Founded', '1978'],
  ['Founder', 'Edith Marlowe'],
  ['Route length', 'c. 2 km'],
  ['Operator', 'Tollbridge Civic Society'],
];
const mHist = [
  j(
    'The walk was started by Edith Marlowe, a schoolteacher, as a fundraiser for the restoration of the Tolhouse. The first walk,',
    'on 31 October 1978, was attended by 41 people and raised £62.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j('Marlowe led the walk herself until 1993. After her retirement the Civic Society took it over and trained volunteer guides;', 'by 2020 there were twelve.'),
];
const mRoute = j('The walk starts at the Tolhouse on Bridge Street and takes in the following places:');
const mStops = ['the Tolhouse and its lock-up', 'Friars Wynd', 'the Old Grammar School', 'St Botolph’s churchyard', 'the Malt Cross'];
const mStories = j(
  'Guides tell about a dozen stories on each walk. The best known is the <i>Toll-keeper’s Lamp</i>, a light said to move along the',
  'parapet of the bridge on winter nights.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
);
const mRefs = [
  '“Tollbridge’s ghost walk turns forty”. <i>Tollbridge Advertiser</i>. 30 October 2018. p. 7.',
  'Marlowe, Edith (1979). <i>Tolhouse Restoration Fund: First Report</i>. Tollbridge Civic Society.',
  'Pryce, Gareth (2004). <i>Lights on the Bridge: Folklore of the Tolle Valley</i>. Harrowden Press. pp. 31–34.',
];
const mHeads = ['History', 'Route', 'Stories', 'References'];
const mSec = (h: string, inner: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Tollbridge_Ghost_Walk&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>\n${inner}`;
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Tollbridge Local History Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Tollbridge Local History Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Tollbridge_Ghost_Walk","wgTitle":"Tollbridge Ghost Walk","wgCurRevisionId":5512,"wgArticleId":1044,"wgIsArticle":true,
"wgCategories":["Walking tours","Folklore","Tollbridge Civic Society"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.42.1">
<link rel="canonical" href="https://wiki.tollbridgehistory.org.uk/wiki/Tollbridge_Ghost_Walk"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tollbridge_Ghost_Walk
rootpage-Tollbridge_Ghost_Walk skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div
class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div
id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Tollbridge
Local History
Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses
vector-search-box-show-thumbnail vector-search-box"><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div
class="cdx-text-input
cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Tollbridge Local History Wiki"
aria-label="Search Tollbridge Local History Wiki" autocapitalize="sentences" title="Search Tollbridge Local History Wiki [f]" accesskey="f"
id="searchInput"><span
class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button
cdx-search-input__end-button">Search</button></form></div></div></div><nav class="vector-user-links" aria-label="Personal tools"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li>
</ul></div></nav></div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container">
<div id="siteNotice"></div></div><div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li id="ca-nstab-main"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Tollbridge_Ghost_Walk"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon
mw-list-item"><a href="/index.php?title=Talk:Tollbridge_Ghost_Walk&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon
mw-list-item"><a href="/wiki/Tollbridge_Ghost_Walk"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Tollbridge_Ghost_Walk&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Tollbridge_Ghost_Walk&amp;action=history"><span>View history</span></a></li></ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From Tollbridge Local History Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading" style="display:none"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div></div>
${mSec(mHeads[0] ?? '', mHist.map((t) => `<p>${t}</p>`).join('\n'))}
${mSec(mHeads[1] ?? '', `<p>${mRoute}</p><ul>${mStops.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${mSec(mHeads[2] ?? '', `<p>${mStories}</p>`)}
${mSec(
  mHeads[3] ?? '',
  `<div class="mw-references-wrap"><ol class="references">${mRefs
    .map(
      (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${t}</span></li>`,
    )
    .join('\n')}</ol></div>`,
)}
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.tollbridgehistory.org.uk/index.php?title=Tollbridge_Ghost_Walk&amp;oldid=5512"
>https://wiki.tollbridgehistory.org.uk/index.php?title=Tollbridge_Ghost_Walk&amp;oldid=5512</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(['Walking tours', 'Folklore', 'Tollbridge Civic Society'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4
September 2026,
at 21:17.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = settle({
  name: 'heldout642-mediawiki-ghost-walk-article',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mInfo.map((r) => r.join(' ')), mLead, ...mHist, mRoute, ...mStops, mStories, ...mRefs]),
  bylines: ['This page was last edited on 4 September 2026, at 21:17.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Tollbridge Local History Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Tollbridge Local History Wiki', 'edit', 'Categories', 'Walking tours', 'Folklore',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT642_D2: readonly TestPage[] = [mediawiki];
