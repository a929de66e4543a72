import { texts } from './page-kit.js';

/**
 * Held-out batch 102, file c2: the Wikipedia Vector 2022 page shell used by files c3 and d (jump link, the header with the
 * hidden main menu, logo, search and user links, the sidebar table of contents with "(Top)", the title bar with the language
 * button, the Article / Talk and Read / Edit / View history tabs with the hidden Tools and Appearance menus, "From Wikipedia,
 * the free encyclopedia", "Retrieved from", categories and the footer), with helpers for [edit] headings, reference marks
 * and the reference list.
 */
export const wpMainMenu = ['Main menu', 'move to sidebar', 'Navigation', 'Main page', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wpMainMenu2 = ['Contribute', 'Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
const wpTools = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'];
const wpTools2 = ['Download as PDF', 'Printable version', 'In other projects', 'Wikidata item'];
export const wpFoot = ['Privacy policy', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
export const wpLicense =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
/** The furniture texts every Vector 2022 page here shows, whatever the article. */
export const wpShellFurniture = [
  'Jump to content',
  ...wpMainMenu,
  ...wpMainMenu2,
  'Search',
  'Donate',
  'Create account',
  'Log in',
  'Personal tools',
  'Contents',
  '(Top)',
  'Toggle the table of contents',
  'Edit links',
  'Article',
  'Talk',
  'English',
  'Read',
  'Edit',
  'View history',
  'Tools',
  'Actions',
  'General',
  ...wpTools,
  'Print/export',
  ...wpTools2,
  'Appearance',
  'From Wikipedia, the free encyclopedia',
  'edit',
  'Categories',
  ...wpFoot,
  wpLicense,
];
const id = (t: string): string => t.replace(/ /g, '_');
/** A Vector 2022 section heading with its [edit] link. */
export const wpH = (t: string, n = 2): string => `<div class="mw-heading mw-heading${n}"><h${n} id="${id(t)}">${t}</h${n}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
/** A reference superscript. */
export const wpRef = (
  n: number,
): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
/** Plain texts of paragraphs whose reference marks all stand at the end (the marks are dropped from the gold). */
export const noRefs = (a: readonly string[]): string[] => texts(a).map((t) => t.replace(/(\[\d+\])+$/, ''));
export const wpRefList = (refs: readonly string[]): string => `<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>`;
/** The whole Vector 2022 page around an article's parser output. */
export function vectorPage(o: { title: string; toc: string[]; langs: number; content: string; cats: string[]; hidden: string[]; edited: string }): string {
  const slug = id(o.title);
  return `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${o.title} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"${slug}","wgTitle":"${o.title}","wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.20"><meta name="referrer" content="origin-when-cross-origin"><meta property="og:title"
content="${o.title} - Wikipedia">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikipedia.org/wiki/${slug}">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${o.title}",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/${slug}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject
page-${slug} rootpage-${slug} skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label
cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span>
</label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">
Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpMainMenu
  .slice(3)
  .map((t) => `<li class="mw-list-item"><a href="/wiki/${id(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${wpMainMenu2
  .slice(1)
  .map((t) => `<li class="mw-list-item"><a href="/wiki/Help:${id(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform"
class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences"
title="Search Wikipedia [f]" accesskey="f" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list"><li id="pt-sitesupport-2"
class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2"
class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"><label
class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${o.toc
  .map(
    (t, i) => `<li id="toc-${id(t)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${id(t)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><label
id="vector-page-titlebar-toc-label" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${o.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label id="p-lang-btn-label" class="vector-dropdown-label cdx-button
mw-interlanguage-selector" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
class="vector-dropdown-label-text">${o.langs}
languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.wikipedia.org/wiki/${slug}" lang="de" hreflang="de"
class="interlanguage-link-target">
<span>Deutsch</span></a></li><li class="interlanguage-link interwiki-sv mw-list-item"><a href="https://sv.wikipedia.org/wiki/${slug}" lang="sv" hreflang="sv"
class="interlanguage-link-target"><span>Svenska</span></a></li></ul><div class="after-portlet after-portlet-lang"><span
class="wb-langlinks-edit wb-langlinks-link">
<a href="https://www.wikidata.org/wiki/Special:EntityPage/Q1#sitelinks-wikipedia" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/${slug}" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk"
class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${slug}" rel="discussion"
title="Discuss improvements to the content page [t]"><span>Talk</span></a></li>
</ul></div></div><div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><label class="vector-dropdown-label" aria-hidden="true"><span
class="vector-dropdown-label-text">English</span></label></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div
id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${slug}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${slug}&amp;action=edit" accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${slug}&amp;action=history" accesskey="h"><span>View history</span></a></li></ul></div></div></nav><nav
class="vector-page-tools-landmark"
aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"
aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools
vector-pinnable-element"><div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Tools</div><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">Actions</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li class="mw-list-item"><a href="/wiki/${slug}"><span>Read</span></a></li></ul></div></div><div id="p-tb" class="vector-menu mw-portlet"><div
class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${wpTools
    .map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${id(t)}/${slug}"><span>${t}</span></a></li>`)
    .join('')}</ul></div></div><div id="p-coll-print_export" class="vector-menu mw-portlet"><div class="vector-menu-heading">Print/export</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${wpTools2
    .map((t) => `<li class="mw-list-item"><a href="/w/index.php?title=Special:${id(t)}"><span>${t}</span></a></li>`)
    .join('')}</ul></div></div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance"><div
id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element"><div
class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Appearance</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle">
</div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${o.content}
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://en.wikipedia.org/w/index.php?title=${slug}&amp;oldid=1311822640">
https://en.wikipedia.org/w/index.php?title=${slug}&amp;oldid=1311822640</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${o.cats.map((c) => `<li><a href="/wiki/Category:${id(c)}">${c}</a></li>`).join('')}</ul></div><div
id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${o.hidden
    .map((c) => `<li><a href="/wiki/Category:${id(c)}">${c}</a></li>`)
    .join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
${o.edited}<span
class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms
of Use</a> and <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered
trademark of
the <a href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.</li></ul><ul id="footer-places">
${['Privacy policy', 'About Wikipedia', ...wpFoot.slice(1)]
  .map(
    (t) => `<li><a
href="/wiki/Wikipedia:${id(t)}">${t}</a></li>`,
  )
  .join('')}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142,"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});</script>
</body></html>`;
}
