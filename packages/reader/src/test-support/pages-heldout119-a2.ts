import { type TestPage, texts } from './page-kit.js';
import {
  wpTitle,
  wpLead,
  wpH,
  wpHist,
  wpForm,
  wpList,
  wpForm2,
  wpUses,
  wpClim,
  wpLim,
  wpSee,
  wpRefs,
  wpCaption,
  wpHatnote,
  wpNavbox,
  wpCats,
  wpHidden,
  wpMenu1,
  wpMenu2,
  wpTools,
  wpPrint,
  wpLangs,
  wpFoot,
  wpLastmod,
  wpLicence,
} from './pages-heldout119-a4.js';

/**
 * Held-out batch 119, file a2: an English Wikipedia science article in the Vector 2022 skin as a signed-out reader saves it
 * (RLCONF scripts, "Jump to content", the hidden main menu with its pin/hide buttons, the logo, search, the user links and
 * "Pages for logged out editors", the sidebar table of contents, the title bar with the language dropdown, the Article /
 * Talk / Read / Edit / View history tabs, the Tools menu, the Appearance panel, "From Wikipedia, the free encyclopedia", a
 * hatnote, a thumbnail caption, "[edit]" section links, reference markers, See also, References, a navbox, categories, the
 * "Retrieved from" print footer, the footer and the JSON-LD).
 */
const li = (t: string, id = ''): string =>
  `<li${id === '' ? '' : ` id="${id}"`} class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const portlet = (id: string, head: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${head}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${items.map((t) => li(t)).join('')}</ul></div></div>`;
const pinHead = (
  label: string,
  feature: string,
): string => `<div class="vector-pinnable-header vector-${feature}-pinnable-header vector-pinnable-header-unpinned"
data-feature-name="${feature}-pinned" data-pinnable-element-id="vector-${feature}"><div class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${feature}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${feature}.unpin">hide</button></div>`;
const h2 = (t: string, n: number, level = 2): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Varga_banding&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const toc = wpH.map(
  (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${t === 'Climate records' ? 2 : 1}">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span
class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
);
const wpHtml = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-toc-pinned-clientpref-1 vector-feature-appearance-pinned-clientpref-1 skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Varga banding - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgCanonicalNamespace":"","wgPageName":"Varga_banding","wgTitle":"Varga banding",
"wgCurRevisionId":1249013377,"wgArticleId":48822011,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":["Limnology","Sedimentology"],
"wgPageContentLanguage":"en","wgRelevantPageName":"Varga_banding","wgWikibaseItemId":"Q98120544"};RLSTATE={"ext.cite.styles":"ready",
"skins.vector.styles":"loading"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js","ext.centralNotice.geoIP","ext.popups"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,
module){mw.user.tokens.set({"patrolToken":"+\\\\"});}];});});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.21"><meta name="referrer" content="origin"><meta name="robots" content="max-image-preview:standard">
<meta name="viewport" content="width=1120"><meta property="og:title" content="Varga banding - Wikipedia"><meta property="og:type" content="website">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title=Varga_banding&amp;action=edit">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Varga_banding"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Varga
banding","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Varga_banding",
"sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q98120544","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2014-06-02T09:41:18Z","dateModified":"2025-10-03T14:22:51Z",
"headline":"pattern of seasonal iron and manganese layers in lake sediment"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varga_banding
rootpage-Varga_banding skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHead('Main menu', 'main-menu')}
${portlet('navigation', 'Navigation', wpMenu1)}${portlet('interaction', 'Contribute', wpMenu2)}</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/w/index.php"
id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia"
aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item">
<a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar" class=""><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Varga+banding"
title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Varga+banding"
title="You&#39;re encouraged to log in; however, it&#39;s not mandatory. [o]" accesskey="o"><span>Log in</span></a></li></ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Personal
tools</span></label>
<div class="vector-dropdown-content"><div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor">
<div class="vector-menu-heading">Pages for logged out editors <a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn
more</span></a></div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${li('Contributions', 'pt-anoncontribs')}${li('Talk', 'pt-anontalk')}</ul></div></div>
</div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${toc.join('\n')}
<li id="toc-See_also" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#See_also"><div class="vector-toc-text">
<span class="vector-toc-numb">6</span><span>See also</span></div></a></li><li id="toc-References" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span
class="vector-toc-numb">7</span><span>References</span></div></a></li></ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc"
class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Toggle the table of contents">
<label for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet"></span>
<span class="vector-dropdown-label-text">Toggle the table of contents</span></label><div class="vector-dropdown-content"><div
id="vector-page-titlebar-toc-unpinned-container"
class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 7 languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">7 languages</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpLangs
  .map(
    (t) => `<li class="interlanguage-link mw-list-item"><a href="https://xx.wikipedia.org/wiki/Varga"
class="interlanguage-link-target"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q98120544#sitelinks-wikipedia"
title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varga_banding" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Varga_banding" rel="discussion" title="Discuss improvements to the content page [t]"
accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varga_banding"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Varga_banding&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Varga_banding&amp;action=history" accesskey="h"><span>View
history</span></a></li>
</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools"
class="vector-page-tools vector-pinnable-element">${pinHead('Tools', 'page-tools')}${portlet('cactions', 'Actions', ['Read', 'Edit', 'View history'])}
${portlet('tb', 'General', wpTools)}${portlet('coll-print_export', 'Print/export', wpPrint)}
${portlet('wikibase-otherprojects', 'In other projects', ['Wikidata item'])}
</div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"></div></nav><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pinHead('Appearance', 'appearance')}</div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Pattern of seasonal iron and manganese layers in lake sediment</div>
<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}</style>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Varve" title="Varve">Varve</a>.</div>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Orsava_core_Varga_bands.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8e/Orsava_core_Varga_bands.jpg/250px-Orsava_core_Varga_bands.jpg" decoding="async" width="250"
height="188"
class="mw-file-element"></a><figcaption>${wpCaption}</figcaption></figure>
${ps(wpLead)}
<meta property="mw:PageProp/toc">
${h2(wpH[0]!, 1)}
${ps(wpHist)}
${h2(wpH[1]!, 2)}
${ps(wpForm)}
<ul>${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wpForm2)}
${h2(wpH[2]!, 3)}
${ps(wpUses)}
${h2(wpH[3]!, 4, 3)}
${ps(wpClim)}
${h2(wpH[4]!, 5)}
${ps(wpLim)}
${h2('See also', 6)}
<ul>${wpSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
${h2('References', 7)}
<div class="reflist reflist-columns references-column-width" style="column-width: 30em;"><div class="mw-references-wrap"><ol class="references">
${wpRefs
  .map(
    (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation journal cs1">${t}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist
ol{margin:0}</style></div>
<div role="navigation" class="navbox" aria-labelledby="Limnology" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody>
<tr><th scope="col" class="navbox-title" colspan="2"><div id="Limnology" style="font-size:114%;margin:0 4em">${wpNavbox[0]}</div></th></tr>
<tr><th scope="row" class="navbox-group">${wpNavbox[1]}</th><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div><ul><li>${wpNavbox[2]}</li>
<li>${wpNavbox[3]}</li></ul></div></td></tr><tr><th scope="row" class="navbox-group">${wpNavbox[4]}</th><td class="navbox-list navbox-even hlist"><div><ul>
<li>${wpNavbox[5]}</li><li><a class="mw-selflink selflink">Varga banding</a></li></ul></div></td></tr><tr><th scope="row"
class="navbox-group">${wpNavbox[6]}</th>
<td class="navbox-list navbox-odd hlist"><div><ul><li>${wpNavbox[7]}</li><li>Varve</li></ul></div></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-7d9c8 Cached time: 20251003142251 CPU time usage: 0.412 seconds -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Varga_banding&amp;oldid=1249013377">
https://en.wikipedia.org/w/index.php?title=Varga_banding&amp;oldid=1249013377</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${wpCats.map((t) => `<li><a href="/wiki/Category:${t}">${t}</a></li>`).join('')}</ul></div><div id="mw-hidden-catlinks"
class="mw-hidden-catlinks mw-hidden-cats-hidden">
Hidden categories: <ul>${wpHidden.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${wpLastmod}<span
class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms
of Use</a> and <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered
trademark of the
<a rel="nofollow" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${wpFoot.map((t) => `<li><a href="https://foundation.wikimedia.org/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/"><img src="/static/images/footer/wikimedia.svg"
width="84" height="29"
alt="Wikimedia Foundation" lang="en" loading="lazy"></a></li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/w/resources/assets/mediawiki_compact.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-start">
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
class="mw-page-title-main">${wpTitle}</span></div>
</div></div><div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-icons"><a href="#" class="cdx-button"
id="ca-talk-sticky-header"
tabindex="-1"><span class="vector-icon mw-ui-icon-speechBubbles"></span><span></span></a></div><div class="vector-sticky-header-buttons">
<button class="cdx-button cdx-button--weight-quiet mw-interlanguage-selector" id="p-lang-btn-sticky-header" tabindex="-1"><span>7 languages</span></button>
<a href="#" class="cdx-button cdx-button--action-progressive" id="ca-addsection-sticky-header" tabindex="-1"><span>Add topic</span></a></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-6f5d6f58bb-x2lq4","wgBackendResponseTime":163,
"wgPageParseReport":{"limitreport":{"cputime":"0.412","walltime":"0.533","ppvisitednodes":{"value":2201,"limit":1000000}}}});});</script>
</body></html>`;
export const wikipediaArticle: TestPage = {
  html: wpHtml,
  name: 'heldout119-wikipedia-science-article',
  kind: 'wiki',
  // the lead, section text and list are body; the hatnote, caption, "[edit]" links, See also and References entries, the navbox,
  // categories, the print footer, menus, tabs, tools and the footer are furniture; the "See also" and "References" headings and
  // the table of contents entries (they repeat the headings) are in neither list; the footer's last-edited line is a byline
  title: wpTitle,
  headings: wpH,
  body: texts([...wpLead, ...wpHist, ...wpForm, ...wpList, ...wpForm2, ...wpUses, ...wpClim, ...wpLim]),
  bylines: [wpLastmod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wpMenu1, 'Contribute', ...wpMenu2, 'Search', 'Donate', 'Create account',
    'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Contents', '(Top)', 'Toggle the table of contents',
    '7 languages', ...wpLangs, 'Edit links', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', ...wpTools, 'Print/export',
    ...wpPrint, 'In other projects', 'Wikidata item', 'Appearance', 'From Wikipedia, the free encyclopedia', wpHatnote, wpCaption, 'edit', ...wpSee,
    ...wpRefs, ...wpNavbox, 'Categories', ...wpCats.slice(1), 'Hidden categories:', ...wpHidden, 'Retrieved from', wpLicence, ...wpFoot, 'Add topic',
    ]),
  ],
};
