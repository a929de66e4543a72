import { type TestPage, texts } from './page-kit.js';
import { mirahezePage } from './pages-heldout83-e2.js';
import * as w from './pages-heldout83-e3.js';

/**
 * Held-out batch 83, file e: a Wikipedia article on a historical event in the Vector 2022 skin as a logged-out reader saves
 * it ("Jump to content", the main menu dropdown with its pinnable header, the logo, the search box, the user links with
 * "Donate", "Create account", "Log in" and the personal tools dropdown, the sticky table of contents, the title bar with
 * the language button, the Article / Talk and Read / Edit / View history tabs, the Tools and Appearance menus, "From
 * Wikipedia, the free encyclopedia", the hidden short description, a hatnote, the infobox, a thumbnail, headings in
 * mw-heading wrappers with [edit] links, reference markers in the paragraphs, the reference list, a navbox, the category
 * links with hidden categories and the footer) and, from file e2, a fan wiki page on a Miraheze MediaWiki.
 */
const heads = [w.wpH1, w.wpH2, w.wpH3, w.wpH4, w.wpH5];
const li = (t: string, id = ''): string =>
  `<li${id === '' ? '' : ` id="${id}"`} class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const portlet = (h: string, items: readonly string[]): string => `<div class="vector-menu mw-portlet"><div class="vector-menu-heading">${h}</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${items.map((t) => li(t)).join('')}</ul></div></div>`;
const pin = (
  label: string,
  tag = 'div',
): string => `<div class="vector-pinnable-header vector-pinnable-header-unpinned"><${tag} class="vector-pinnable-header-label">${label}</${tag}>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>`;
const dropdown = (
  id: string,
  label: string,
  inner: string,
): string => `<div id="${id}" class="vector-dropdown"><input type="checkbox" id="${id}-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="${label}"><label for="${id}-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-icon"></span><span class="vector-dropdown-label-text">${label}</span></label>
<div class="vector-dropdown-content">${inner}</div></div>`;
const section = (
  h: string,
  body: string,
): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Kettlewick_Harbour_fire&amp;action=edit&amp;section=1" title="Edit section: ${h}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>\n${body}`;
const pp = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const html = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled
vector-feature-limited-width-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Kettlewick Harbour fire - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgPageName":"Kettlewick_Harbour_fire","wgTitle":"Kettlewick Harbour fire","wgArticleId":21877410,"wgIsArticle":true,
"wgAction":"view","wgCategories":["1894 fires","Fires in Ardmoor"],"wgPageContentLanguage":"en","wgRelevantPageName":"Kettlewick_Harbour_fire"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","mediawiki.toc","skins.vector.js","ext.centralNotice.startUp"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.20"><meta name="referrer" content="origin-when-cross-origin"><meta name="robots"
content="max-image-preview:standard">
<meta property="og:title" content="Kettlewick Harbour fire - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Kettlewick_Harbour_fire">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Kettlewick Harbour fire",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Kettlewick_Harbour_fire",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2009-04-12T18:03:11Z","dateModified":"2025-03-03T14:12:40Z","headline":"1894 fire in Kettlewick, Ardmoor"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-Kettlewick_Harbour_fire rootpage-Kettlewick_Harbour_fire skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
${dropdown(
  'vector-main-menu-dropdown',
  'Main menu',
  `<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
${pin('Main menu')}${w.wpMainMenu.map(([h, items]) => portlet(h, items)).join('\n')}</div></div>`,
)}</nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia"
aria-label="Search Wikipedia" id="searchInput"></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${li('Donate', 'pt-sitesupport-2')}${li(
  'Create account',
  'pt-createaccount-2',
)}
${li('Log in', 'pt-login-2')}</ul></div></div></div>
${dropdown(
  'vector-user-links-dropdown',
  'Personal tools',
  `<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${li('Donate')}${li('Create account')}${li('Log in')}</ul></div></div><div id="p-user-menu-anon-editor" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Pages for logged out editors <a href="/wiki/Help:Introduction"
aria-label="Learn more about editing"><span>learn more</span></a></div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${li('Contributions', 'pt-anoncontribs')}${li('Talk', 'pt-anontalk')}</ul></div></div>`,
)}</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">${pin('Contents', 'h2')}<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${heads
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div
class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark">${dropdown('vector-page-titlebar-toc', 'Toggle the table of contents', '<div class="vector-unpinned-container"></div>')}</nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${w.wpTitle}</span></h1>
${dropdown(
  'p-lang-btn',
  '4 languages',
  `<div class="vector-menu-content"><ul class="vector-menu-content-list">${w.wpLangs
    .map(
      (l) =>
        `<li class="interlanguage-link mw-list-item"><a href="https://xx.wikipedia.org/wiki/Kettlewick"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
    )
    .join('')}</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Q111"
class="wbc-editpage">Edit links</a></span></div></div>`,
)}</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${li(
  'Article',
  'ca-nstab-main',
)}${li('Talk', 'ca-talk')}
</ul></div></div>${dropdown('vector-variants-dropdown', 'English', '')}</nav></div><div id="right-navigation" class="vector-collapsible"><nav
aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${li('Read', 'ca-view')}${li('Edit', 'ca-edit')}${li('View history', 'ca-history')}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools">${dropdown(
  'vector-page-tools-dropdown',
  'Tools',
  `<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
class="vector-page-tools vector-pinnable-element">
${pin('Tools')}${w.wpTools.map(([h, items]) => portlet(h, items)).join('\n')}</div></div>`,
)}</nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pin('Appearance')}</div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${w.wpShort}</div>
<div role="note" class="hatnote navigation-not-searchable">For the 1921 fire at the Kettlewick rope works, see <a
href="/wiki/Kettlewick_rope_works">Kettlewick rope works</a>.</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${w.wpTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Kettlewick_1894.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/k.jpg"
decoding="async" width="250" height="170" class="mw-file-element"></a></span><div class="infobox-caption">${w.wpInfoCap}</div></td></tr>
${w.wpInfobox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${pp(w.wpLead)}
<meta property="mw:PageProp/toc">
${section(w.wpH1, pp(w.wpP1))}
${section(
  w.wpH2,
  `<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Quay_Lane_1894.jpg" class="mw-file-description"><img
src="//upload.wikimedia.example/q.jpg"
decoding="async" width="220" height="160" class="mw-file-element"></a><figcaption>${w.wpFigCap}</figcaption></figure>\n${pp(w.wpP2)}`,
)}
${section(w.wpH3, pp(w.wpP3))}
${section(w.wpH4, pp(w.wpP4))}
${section(
  w.wpH5,
  `<div class="reflist"><div class="mw-references-wrap"><ol class="references">${w.wpRefs
    .map(
      ([n, t], i) => `<li id="cite_note-${n}-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${n}_${i + 1}-0">^</a></b></span>
<span class="reference-text"><cite class="citation cs1">${t}</cite></span></li>`,
    )
    .join('\n')}</ol></div></div>`,
)}
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Fires_in_Ardmoor" style="padding:3px"><table
class="nowraplinks mw-collapsible
autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view">
<a href="/wiki/Template:Fires_in_Ardmoor"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Fires_in_Ardmoor">
<abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Fires_in_Ardmoor"><abbr
title="Edit this template">e</abbr>
</a></li></ul></div><div id="Fires_in_Ardmoor" style="font-size:114%;margin:0 4em">Fires in Ardmoor</div></th></tr>
${w.wpNavbox
  .map(
    ([g, items]) =>
      `<tr><th scope="row" class="navbox-group">${g}</th><td class="navbox-list-with-group navbox-list hlist"><div style="padding:0 0.25em"><ul>${items
        .map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`)
        .join('\n')}</ul></div></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Kettlewick_Harbour_fire&amp;oldid=1278812">
https://en.wikipedia.org/w/index.php?title=Kettlewick_Harbour_fire&amp;oldid=1278812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>: <ul>
${w.wpCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div><div id="mw-hidden-catlinks"
class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${w.wpHiddenCats.map((c) => `<li><a href="/wiki/Category:${c}">${c}</a></li>`).join('')}
</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2025,
at 14:12<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site,
you agree
to the <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Privacy">
Privacy Policy</a>. Wikipedia® is a registered trademark of the <a
href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${w.wpFoot.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,
"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});</script></body></html>`;

const wikipediaArticle: TestPage = {
  name: 'heldout83-wikipedia-vector2022-wiki',
  kind: 'wiki',
  html,
  // reference markers stay in their paragraphs (texts()); the "References" heading is a heading and the reference list is
  // in neither list; the infobox (its rows and caption) is in neither list; the hatnote, thumbnail caption, short
  // description, navbox, categories and all menus are furniture; the table of contents entries repeat the headings (left
  // out); the last-edited line is a byline
  title: w.wpTitle,
  headings: heads,
  body: texts([...w.wpLead, ...w.wpP1, ...w.wpP2, ...w.wpP3, ...w.wpP4]),
  bylines: [w.wpLastEdit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', ...w.wpMainMenu.flatMap(([h, items]) => [h, ...items]), 'Search', 'Donate',
    'Create account', 'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Talk', '(Top)',
    'Toggle the table of contents', '4 languages', ...w.wpLangs, 'Edit links', 'Article', 'English', 'Tools',
    ...w.wpTools.flatMap(([h, items]) => [h, ...items]), 'Appearance', 'From Wikipedia, the free encyclopedia', w.wpShort, w.wpHatnote, w.wpFigCap,
    'edit', 'Fires in Ardmoor', ...w.wpNavbox.flatMap(([g, items]) => [g, ...items]), 'Categories', ...w.wpCats.filter((c) => c !== 'Fires in Ardmoor'),
    'Retrieved from', 'Hidden categories:', ...w.wpHiddenCats, w.wpLicense, ...w.wpFoot,
  ])],
};

export const HELDOUT83_E: readonly TestPage[] = [wikipediaArticle, mirahezePage];
