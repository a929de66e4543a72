/**
 * Held-out batch 94, file e3: the MediaWiki Vector 2022 skin around the two wiki pages of files e and e2 (jump link, header
 * with the main-menu dropdown, logo, search and personal tools, the pinned main menu, the sidebar table of contents, the
 * title bar with the language button, namespace and view tabs, the pinned page tools, "From ..." sub-title, category links,
 * the page footer and the hidden sticky header), with the visible furniture texts of the chrome.
 */
export interface VectorPage {
  site: string;
  title: string;
  head: string;
  before: string;
  menus: { heading: string; items: string[] }[];
  toc: string[];
  languages: string[];
  tabs: string[];
  views: string[];
  tools: string[];
  content: string;
  categories: string[];
  lastEdited: string;
  footerInfo: string;
  footerPlaces: string[];
  bodyClass: string;
  /** The sub-title under the title, "From <site>" unless given. */
  siteSub?: string;
}
const li = (t: string, id: string): string => `<li id="${id}" class="mw-list-item"><a href="/title/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`;
const menu = (id: string, heading: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => li(t, `n-${id}-${i}`)).join('\n')}</ul></div></div>`;
const pinHeader = (
  label: string,
  tag = 'div',
): string => `<div class="vector-pinnable-header vector-pinnable-header-pinned"><${tag} class="vector-pinnable-header-label">${label}</${tag}>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>`;
export const vectorChromeFurniture = (p: VectorPage): string[] => [
  'Jump to content',
  'Main menu',
  'move to sidebar',
  'hide',
  ...p.menus.flatMap((m) => [m.heading, ...m.items]),
  'Search',
  'Create account',
  'Log in',
  'Personal tools',
  'Contents',
  '(Top)',
  'Toggle the table of contents',
  `${p.languages.length} languages`,
  ...p.languages,
  ...p.tabs,
  ...p.views,
  'Tools',
  'Actions',
  'General',
  ...p.tools,
  p.siteSub ?? `From ${p.site}`,
  `Retrieved from "/index.php?title=${p.title.replace(/ /g, '_')}&oldid=812345"`,
  'Category',
  ...p.categories,
  p.footerInfo,
  ...p.footerPlaces,
];
export const vectorPage = (p: VectorPage): string => `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-limited-width-clientpref-1
vector-feature-page-tools-pinned-enabled vector-feature-toc-pinned-clientpref-1 vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${p.title} - ${p.site}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgPageName":"${p.title.replace(/ /g, '_')}","wgTitle":"${p.title}",
"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":${JSON.stringify(p.categories)},"wgPageContentLanguage":"en"};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<script async src="/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.1"><meta name="viewport" content="width=1120">${p.head}</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject ${p.bodyClass} skin-vector-2022
action-view">${p.before}<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"></div></div></div></nav><a href="/" class="mw-logo"><img class="mw-logo-icon" src="/static/logo.svg" alt="" aria-hidden="true"
height="50" width="50"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">${p.site}</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a
href="/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search ${p.site} [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search">
</span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${p.site}" aria-label="Search ${p.site}" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow" class="vector-menu">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount" title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"
title="You&#39;re encouraged to log in; however, it&#39;s not
mandatory. [o]" accesskey="o"><span>Log in</span></a></li></ul></div></div></div><div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu
vector-user-menu-logged-out" title="Log in and more options"><input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button"
class="vector-dropdown-checkbox"
aria-label="Personal tools"><label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
${pinHeader('Main menu')}
${p.menus.map((m, i) => menu(`menu${i}`, m.heading, m.items)).join('\n')}</div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element">${pinHeader('Contents', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${p.toc
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc"><input
type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label
for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-listBullet">
</span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${p.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in ${p.languages.length} languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox"
class="vector-dropdown-label cdx-button cdx-button--action-progressive mw-portlet-lang-heading-${p.languages.length}"
aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">${p.languages.length}
languages</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${p.languages
  .map(
    (t, i) => `<li class="interlanguage-link mw-list-item"><a href="https://l${i}.example/wiki/${i}"
class="interlanguage-link-target"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${p.tabs
  .map(
    (t, i) => `<li id="ca-tab-${i}" class="${i === 0 ? 'selected ' : ''}vector-tab-noicon mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${p.views
  .map(
    (t, i) => `<li id="ca-view-${i}" class="${i === 0 ? 'selected ' : ''}vector-tab-noicon mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Tools"><label
for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
</div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
${pinHeader('Tools')}
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options"><div
class="vector-menu-heading">Actions</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${p.views.map((t, i) => li(t, `ca-more-${i}`)).join('\n')}</ul></div></div>
${menu('tb', 'General', p.tools)}</div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">${p.siteSub ?? `From ${p.site}`}</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${p.content}
</div><noscript><img src="/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="/index.php?title=${p.title.replace(/ /g, '_')}&amp;oldid=812345">/index.php?title=${p.title.replace(/ /g, '_')}&amp;oldid=812345</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Category</a>:
<ul>${p.categories.map((t) => `<li><a href="/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${p.lastEdited}</li>
<li id="footer-info-copyright">${p.footerInfo}</li></ul><ul id="footer-places">
${p.footerPlaces.map((t, i) => `<li id="footer-places-${i}"><a href="/fp/${i}">${t}</a></li>`).join('\n')}</ul></footer></div></div></div>
<div class="vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header vector-sticky-header-icon-end" aria-hidden="true">
<div class="vector-sticky-header-start"><div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true">
<span class="mw-page-title-main">${p.title}</span></div></div></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187});});</script></body></html>`;
