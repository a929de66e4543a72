import { links, type TestPage } from './page-kit.js';
import {
  head,
  ontario,
  portlet,
  tocHistory,
  tocItem,
  tocToggle,
  note,
  para,
  runs,
  thumb,
  wpAqueduct,
  wpBuild,
  wpCaps,
  wpCats,
  wpDecline,
  wpExt,
  wpFoot,
  wpH,
  wpHat,
  wpHidden,
  wpLead,
  wpLocks,
  wpMainArt,
  wpMenu,
  wpNavbox,
  wpNotes,
  wpRefs,
  wpRestore,
  wpRoute,
  wpSeeAlso,
  wpTitle,
  wpTools,
  wpWild,
} from './pages-heldout58-a2.js';
import { wikipediaMobile } from './pages-heldout58-a3.js';

/**
 * Held-out batch 58, file a: an English Wikipedia article as the desktop site serves it on the Vector 2022 skin (jump link,
 * header with the main-menu dropdown, logo, search and user links, the sidebar table of contents with its toggles, the title
 * bar with the language button, the Article/Talk tabs, Read/Edit/View history, the Tools and Appearance menus, "From Wikipedia,
 * the free encyclopedia", two hatnotes, an infobox, section headings with [edit] links, "Main article:" and "See also:"
 * hatnotes, three captioned thumbnails, footnote clusters and a [citation needed], See also, Notes, References and External
 * links, a navbox, categories with hidden categories, the footer with the last-edited line, the sticky header and JSON-LD).
 */
const wpHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 \
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 skin-theme-clientpref-day vector-sticky-header-enabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wpTitle} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";\
var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){\
className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}\
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgPageName":"Pellingham_Canal","wgTitle":"Pellingham Canal",\
"wgCurRevisionId":1279004417,"wgArticleId":7311842,"wgIsArticle":true,"wgAction":"view","wgWikibaseItemId":"Q98765432"};</script>
<link rel="stylesheet" \
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.46.0-wmf.8"><meta property="og:title" content="${wpTitle} - Wikipedia">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Pellingham_Canal"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable \
page-Pellingham_Canal rootpage-Pellingham_Canal skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown" title="Main \
menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" \
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
${portlet('p-navigation', 'Navigation', wpMenu.slice(0, 6))}
${portlet('p-interaction', 'Contribute', wpMenu.slice(6))}</div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><form action="/w/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" id="searchInput">
<input type="hidden" name="title" value="Special:Search"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate"><span>Donate</span></a>\
</li>
<li id="pt-createaccount-2" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Pellingham+Canal"><span>Create account</span>\
</a></li>
<li id="pt-login-2" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Pellingham+Canal" accesskey="o"><span>Log in</span></a>\
</li></ul>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right" title="Log in and more options">
<label class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-dropdown-label-text">Personal tools</span></label>
<div class="vector-dropdown-content"><div id="p-user-menu-anon-editor" class="vector-menu mw-portlet"><div class="vector-menu-heading">
Pages for logged out editors <a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div>
<ul class="vector-menu-content-list"><li id="pt-anoncontribs"><a href="/wiki/Special:MyContributions">Contributions</a></li>
<li id="pt-anontalk"><a href="/wiki/Special:MyTalk">Talk</a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice --></div>\
</div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container \
vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to \
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" \
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>\
</li>
${tocItem('History', 'History', '1', tocToggle('History', 'History', tocHistory))}
${tocItem('Route', 'Route', '2', tocToggle('Route', 'Route', tocItem('Tollerby_Aqueduct', 'Tollerby Aqueduct', '2.1')))}
${tocItem('Wildlife', 'Wildlife', '3')}${tocItem('See_also', 'See also', '4')}${tocItem('Notes', 'Notes', '5')}${tocItem('References', 'References', '6')}
${tocItem('External_links', 'External links', '7')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc \
vector-button-flush-left">
<label class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-dropdown-label-text">Toggle the table of \
contents</span>
</label><div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wpTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" \
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 3 languages">
<label for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--action-progressive mw-interlanguage-selector" aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">3 languages</span></label>
<div class="vector-dropdown-content"><ul class="vector-menu-content-list">
<li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.wikipedia.org/wiki/Pellingham-Kanal" hreflang="de" lang="de"><span>Deutsch</span>\
</a></li>
<li class="interlanguage-link interwiki-fr mw-list-item"><a href="https://fr.wikipedia.org/wiki/Canal_de_Pellingham" hreflang="fr" lang="fr"><span>\
Français</span></a></li>
<li class="interlanguage-link interwiki-nl mw-list-item"><a href="https://nl.wikipedia.org/wiki/Pellinghamkanaal" hreflang="nl" lang="nl"><span>\
Nederlands</span></a></li>
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link">\
<a href="https://www.wikidata.org/wiki/Special:EntityPage/Q98765432#sitelinks-wikipedia" class="wbc-editpage">Edit links</a></span></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Pellingham_Canal" title="View the content page [c]" accesskey="c"><span>\
Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Pellingham_Canal" rel="discussion" accesskey="t"><span>Talk</span></a></li></ul>\
</div>
<div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><span class="vector-dropdown-label-text">English</span></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul \
class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Pellingham_Canal"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Pellingham_Canal&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Pellingham_Canal&amp;action=history" accesskey="h"><span>View \
history</span></a></li>
</ul></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown \
vector-page-tools-dropdown">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div \
class="vector-dropdown-content">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header"><div class="vector-pinnable-header-label">\
Tools</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">Actions</div></div>
${portlet('p-tb', 'General', wpTools.slice(0, 7))}${portlet('p-coll-print_export', 'Print/export', wpTools.slice(7, 9))}
${portlet('p-wikibase-otherprojects', 'In other projects', wpTools.slice(9))}</div></div></div></nav></div></div></div>
<div class="vector-column-end"><nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance" class="vector-appearance \
vector-pinnable-element">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Appearance</div></div>
<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet"><div class="vector-menu-heading">Text</div><ul>
<li><input type="radio" id="skin-client-pref-font-small" value="0"><label for="skin-client-pref-font-small">Small</label></li>
<li><input type="radio" id="skin-client-pref-font-standard" value="1" checked><label for="skin-client-pref-font-standard">Standard</label></li>
<li><input type="radio" id="skin-client-pref-font-large" value="2"><label for="skin-client-pref-font-large">Large</label></li></ul></div>
<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet"><div class="vector-menu-heading">Width</div><ul><li><label>Standard</label></li>
<li><label>Wide</label></li></ul></div><div id="skin-client-prefs-skin-theme" class="mw-portlet"><div class="vector-menu-heading">Color (beta)</div><ul>
<li><label>Automatic</label></li><li><label>Light</label></li><li><label>Dark</label></li></ul></div></div></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">\
Disused canal in Lincolnshire, England</div>
<style data-mw-deduplicate="TemplateStyles:r1236090951">.mw-parser-output .hatnote{font-style:italic}.mw-parser-output div.hatnote{padding-left:1.6em}</style>
${note(ontario)}
${note('Not to be confused with <a href="/wiki/Pellinghurst_Navigation">Pellinghurst Navigation</a>.')}
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Pellingham Canal</th></tr><tr><td colspan="2" class="infobox-image">\
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Tollerby_Lock_2019.jpg" class="mw-file-description"><img \
src="//upload.wikimedia.org/wikipedia/commons/thumb/1/1a/Tollerby_Lock_2019.jpg/260px-Tollerby_Lock_2019.jpg" width="260" height="173" class="mw-file-element">\
</a>\
</span><div class="infobox-caption">${wpCaps[0]}</div></td></tr><tr><th colspan="2" class="infobox-header">Specifications</th></tr>
<tr><th scope="row" class="infobox-label">Length</th><td class="infobox-data">14.2 miles (22.9&#160;km)</td></tr>
<tr><th scope="row" class="infobox-label">Locks</th><td class="infobox-data">11</td></tr><tr><th scope="row" class="infobox-label">Status</th>\
<td class="infobox-data">Lower section navigable, upper section under restoration</td></tr>
<tr><th colspan="2" class="infobox-header">History</th></tr><tr><th scope="row" class="infobox-label">Principal engineer</th>\
<td class="infobox-data">John Arkwright Mabey</td></tr><tr><th scope="row" class="infobox-label">Date of act</th><td class="infobox-data">1791</td></tr>
<tr><th scope="row" class="infobox-label">Date completed</th><td class="infobox-data">1797</td></tr>\
<tr><th scope="row" class="infobox-label">Date closed</th><td class="infobox-data">1936</td></tr></tbody></table>
${para(wpLead)}
<meta property="mw:PageProp/toc" />
${head(2, 'History', wpH[0], 1)}
${thumb('Pellingham_Canal_plan_1790.jpg', 'A hand-drawn map of a canal route', wpCaps[1])}
${head(3, 'Construction', wpH[1], 2)}
${para(wpBuild)}
${head(3, 'Decline_and_closure', wpH[2], 3)}
${para(wpDecline)}
${head(3, 'Restoration', wpH[3], 4)}
${note('Main article: <a href="/wiki/Pellingham_Canal_Trust">Pellingham Canal Trust</a>')}
${note('See also: <a href="/wiki/Canal_restoration_in_the_United_Kingdom">Canal restoration in the United Kingdom</a>')}
${thumb('Harlby_Lock_rebuilding_1979.jpg', 'Workers in an empty lock chamber', wpCaps[2], 'mw-halign-left')}
${para(wpRestore)}
${head(2, 'Route', wpH[4], 5)}
${para(wpRoute)}
<ul>${wpLocks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${head(3, 'Tollerby_Aqueduct', wpH[5], 6)}
${note('Main article: <a href="/wiki/Tollerby_Aqueduct">Tollerby Aqueduct</a>')}
${thumb('Tollerby_Aqueduct_2012.jpg', 'A brick aqueduct of five arches over a river', wpCaps[3])}
${para(wpAqueduct)}
${head(2, 'Wildlife', wpH[6], 7)}
${para(wpWild)}
${head(2, 'See_also', 'See also', 8)}
<ul>${links(wpSeeAlso)}</ul>
${head(2, 'Notes', 'Notes', 9)}
<div class="reflist reflist-lower-alpha"><div class="mw-references-wrap"><ol class="references"><li id="cite_note-a">\
<span class="mw-cite-backlink"><b><a href="#cite_ref-a_0">^</a></b></span> <span class="reference-text">${wpNotes[0]}</span></li></ol></div></div>
${head(2, 'References', 'References', 10)}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
${wpRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span \
class="reference-text"><cite class="citation cs1">${r.replace(/&/g, '&amp;')}</cite></span></li>`,
  )
  .join('\n')}
</ol></div></div>
${head(2, 'External_links', 'External links', 11)}
<ul><li><a rel="nofollow" class="external text" href="https://www.pellinghamcanal.org.uk/">${wpExt[0]}</a></li>
<li><span class="plainlinks"><a href="https://commons.wikimedia.org/wiki/Category:Pellingham_Canal">${wpExt[1]}</a></span></li></ul>
<div role="navigation" class="navbox" aria-labelledby="Canals_of_Lincolnshire"><table class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody>
<tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a \
href="/wiki/Template:Canals_of_Lincolnshire">\
<abbr title="View this template">v</abbr></a></li><li class="nv-talk"><abbr title="Discuss this template">t</abbr></li><li class="nv-edit">\
<abbr title="Edit this template">e</abbr></li></ul></div><div id="Canals_of_Lincolnshire">${wpNavbox[0]}</div></th></tr>
<tr><th scope="row" class="navbox-group">${wpNavbox[1]}</th><td class="navbox-list hlist"><ul>${links(wpNavbox.slice(2, 4))}</ul></td></tr>
<tr><th scope="row" class="navbox-group">${wpNavbox[4]}</th><td class="navbox-list hlist"><ul><li><a class="mw-selflink selflink">${wpTitle}</a></li>\
${links(wpNavbox.slice(5, 6))}</ul></td></tr>
<tr><th scope="row" class="navbox-group">${wpNavbox[6]}</th><td class="navbox-list hlist"><ul>${links(wpNavbox.slice(7))}</ul></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-6c9f7b5d8-4kzlm Cached time: 20260302094113 CPU time usage: 0.412 seconds -->
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1" \
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" \
href="https://en.wikipedia.org/w/index.php?title=Pellingham_Canal&amp;oldid=1279004417">\
https://en.wikipedia.org/w/index.php?title=Pellingham_Canal&amp;oldid=1279004417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>: \
<ul>\
${links(wpCats)}</ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${links(wpHidden)}</ul></div>\
</div>
</div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 09:41<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" \
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">\
Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text" \
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text" \
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark of the \
<a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul>
<ul id="footer-places">${links(wpFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/">\
<img src="/static/images/footer/wikimedia.svg" width="84" height="29" alt="Wikimedia Foundation" lang="en" loading="lazy"></a></li><li \
id="footer-poweredbyico">\
<a href="https://www.mediawiki.org/"><img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a>\
</li></ul>
</footer></div></div></div><div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header">
<div class="vector-sticky-header-start"><div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle"><span>Search</span></button></div>
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-page-title-main">\
${wpTitle}</span>\
</div></div></div><div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-icons">
<a href="#" class="cdx-button cdx-button--fake-button cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1"><span>Talk</span></a>
<a href="#" class="cdx-button cdx-button--fake-button cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1"><span>View history</span></a></div>
<div class="vector-sticky-header-buttons"><button class="cdx-button" id="p-lang-btn-sticky-header" tabindex="-1"><span>3 languages</span></button>
<a href="#" class="cdx-button cdx-button--fake-button cdx-button--action-progressive" id="ca-addsection-sticky-header" tabindex="-1"><span>Add topic</span></a>\
</div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7d6b5c9f8-q2l7x","wgBackendResponseTime":187});});</script>
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Pellingham \
Canal","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/\
Pellingham_Canal","sameAs":"http:\\/\\/www.wikidata.org\\/entity\\/Q98765432","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},\
"datePublished":"2007-05-19T16:02:44Z","dateModified":"2026-03-02T09:41:12Z","headline":"disused canal in Lincolnshire, England"}</script>
</body></html>`;
const wikipediaVector: TestPage = {
  html: wpHtml,
  name: 'heldout58-wikipedia-vector-2022',
  kind: 'wiki',
  // body: the lead, the sections' paragraphs and the locks list, as the plain runs between the citation marks ("[1]", "[a]" and
  // "[citation needed]" are in neither list, batch 5's convention); the infobox is article data in a table (in neither list);
  // the hidden short description, the two hatnotes and the "Main article:"/"See also:" lines are furniture, as are the
  // captions (the infobox's too); See also, Notes, References and External links are the article's apparatus, not its text: furniture
  // with their headings; the "last edited" footer line is the page's only dateline: byline; TOC entries repeat the headings
  // (left out), its "Contents", "(Top)" and toggles are furniture; the menu heading "Navigation" and the navbox group
  // "Derelict" are words of the body: left out ("Talk", "Edit", "Search" etc. are not body words)
  title: wpTitle,
  headings: [...wpH],
  body: [...runs(wpLead), ...runs(wpBuild), ...runs(wpDecline), ...runs(wpRestore), ...runs(wpRoute), ...wpLocks, ...runs(wpAqueduct), ...runs(wpWild)],
  bylines: ['This page was last edited on 2 March 2026, at 09:41'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Contribute', ...wpMenu, 'Search', 'Donate', 'Create account', 'Log in', 'Personal tools',
    'Pages for logged out editors', 'learn more', 'Contributions', 'Talk', '(Top)', 'Toggle History subsection', 'Toggle Route subsection',
    'Toggle the table of contents', '3 languages', 'Deutsch', 'Français', 'Nederlands', 'Edit links', 'Article', 'English', 'Read', 'Edit', 'View history',
    'Tools', 'Actions', 'General', ...wpTools, 'Print/export', 'In other projects', 'Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Wide',
    'Color (beta)', 'Automatic', 'Light', 'Dark', 'From Wikipedia, the free encyclopedia', 'Disused canal in Lincolnshire, England', ...wpHat, ...wpMainArt,
    ...wpCaps, 'edit', 'See also', ...wpSeeAlso, 'Notes', ...wpNotes, 'References', ...wpRefs, 'External links', ...wpExt,
    ...wpNavbox.filter((t) => t !== 'Derelict'), 'Categories', ...wpCats, 'Hidden categories', ...wpHidden, 'Retrieved from',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License', 'additional terms may apply.',
    'Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.', ...wpFoot, 'Add topic',
  ],
};

export const HELDOUT58_A: readonly TestPage[] = [wikipediaVector, wikipediaMobile];
