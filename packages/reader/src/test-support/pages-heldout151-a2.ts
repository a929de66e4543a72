import { plain } from './page-kit.js';

/**
 * Held-out batch 151, file a2: the MediaWiki Vector 2022 skin shell shared by the Wikimedia pages of the batch (Wikipedia,
 * Wikivoyage, Wikibooks), as a browser saves it after the skin's scripts ran: the jump link, the header with the main menu
 * dropdown (its pinnable header and portlets), the logo, the search box, the logged-out user links and the "Personal tools"
 * dropdown, the sidebar table of contents, the title bar with the language dropdown, the namespace and view tabs, the
 * "Tools" and "Appearance" menus, the site tagline, the section edit links, the printfooter, the category links, the footer,
 * the hidden sticky header and the JSON-LD at the end of the body. `vectorPage` returns the HTML, its furniture texts and its
 * byline (the footer's "last edited" time); it re-exports the helpers of file a5.
 */
export interface VectorMenu {
  id: string;
  heading: string;
  items: string[];
}
export interface VectorToc {
  id: string;
  text: string;
  sub?: VectorToc[];
}
export interface VectorOpts {
  host: string;
  siteName: string;
  pageName: string;
  titleHtml: string;
  tagline: string;
  searchLabel: string;
  menus: VectorMenu[];
  langs: string[];
  toc: VectorToc[];
  nsTab: string;
  talkTab: string;
  tools: string[];
  printItems: string[];
  otherProjects: string[];
  content: string;
  categories: string[];
  hiddenCategories: string[];
  lastEdited: string;
  license: string;
  footerPlaces: string[];
  head: string;
  jsonLd: string;
  bodyClass: string;
  beforeContent?: string;
}

const slug = (t: string): string => t.replace(/ /g, '_').replace(/&/g, '%26');
const esc = (t: string): string => t.replace(/&/g, '&amp;');

export { dropClashes, mwHeading, ref } from './pages-heldout151-a5.js';

const menuItem = (t: string, id: string): string =>
  `<li id="${id}" class="mw-list-item"><a href="/wiki/Special:${slug(t)}" title="${t}"><span>${esc(t)}</span></a></li>`;
const portlet = (m: VectorMenu): string => `<div id="p-${m.id}" class="vector-menu mw-portlet mw-portlet-${m.id}">
<div class="vector-menu-heading">${m.heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${m.items.map((t, i) => menuItem(t, `n-${m.id}-${i}`)).join('\n')}
</ul></div></div>`;
const pinHeader = (label: string, feature: string, tag = 'div'): string => `<div class="vector-pinnable-header vector-${feature}-pinnable-header
vector-pinnable-header-unpinned" data-feature-name="${feature}-pinned" data-pinnable-element-id="vector-${feature}"><${tag}
class="vector-pinnable-header-label">${label}</${tag}><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-${feature}.pin">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-${feature}.unpin">hide</button></div>`;
const tocItem = (t: VectorToc, level: number): string => `<li id="toc-${t.id}" class="vector-toc-list-item vector-toc-level-${level}">
<a class="vector-toc-link" href="#${t.id}"><div class="vector-toc-text"><span class="vector-toc-numb"></span><span>${t.text}</span></div></a>
${
  t.sub
    ? `<button aria-controls="toc-${t.id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${t.text} subsection</span></button>`
    : ''
}
<ul id="toc-${t.id}-sublist" class="vector-toc-list">${(t.sub ?? []).map((s) => tocItem(s, level + 1)).join('\n')}</ul></li>`;
const tabs = (id: string, label: string, items: [string, string][]): string => `<nav aria-label="${label}"><div id="p-${id}" class="vector-menu
vector-menu-tabs mw-portlet mw-portlet-${id}"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items
  .map(
    ([cid, t], i) => `<li id="ca-${cid}" class="${i === 0 ? 'selected ' : ''}vector-tab-noicon mw-list-item"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav>`;
const appearance = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];

export function vectorPage(o: VectorOpts): { html: string; furniture: string[]; bylines: string[] } {
  const tabsLeft = tabs('associated-pages', 'Namespaces', [
    ['nstab-main', o.nsTab],
    ['talk', o.talkTab],
  ]);
  const views: [string, string][] = [
    ['view', 'Read'],
    ['edit', 'Edit'],
    ['history', 'View history'],
  ];
  const html = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-toc-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-sticky-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${o.pageName} - ${o.siteName}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-limited-width-clientpref-1";
var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref){
className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgCanonicalNamespace":"",
"wgPageName":"${slug(o.pageName)}","wgTitle":"${o.pageName}","wgAction":"view","wgIsArticle":true,"wgUserName":null,"wgContentLanguage":"en",
"wgPageContentModel":"wikitext","wgRelevantPageName":"${slug(o.pageName)}","wgIsProbablyEditable":true,"wgVector2022PreviewPages":[]};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","skins.vector.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js","ext.centralNotice.geoIP","ext.popups"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){
mw.user.tokens.set({"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"});}];});});</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<meta name="generator" content="MediaWiki 1.46.0-wmf.9">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="${o.pageName} - ${o.siteName}">
<meta property="og:type" content="website">
${o.head}
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title=${slug(o.pageName)}&amp;action=edit">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="${o.siteName} (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="canonical" href="https://${o.host}/wiki/${slug(o.pageName)}">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ${o.bodyClass} skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu
mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pinHeader('Main menu', 'main-menu')}
${o.menus.map(portlet).join('\n')}
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/${o.siteName.toLowerCase()}.png" alt="" aria-hidden="true"
height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${o.siteName}"
src="/static/images/mobile/copyright/${o.siteName.toLowerCase()}-wordmark-en.svg" style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="${o.searchLabel} [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input mw-searchInput" autocomplete="off" type="search" name="search" placeholder="${o.searchLabel}"
aria-label="${o.searchLabel}" autocapitalize="sentences" spellcheck="false" title="${o.searchLabel} [f]" accesskey="f" id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"></ul></div></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=${o.host}&amp;uselang=en"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:CreateAccount" title="You are encouraged to create an account and log in"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:UserLogin" title="You&#39;re encouraged to log in; however, it&#39;s not mandatory. [o]" accesskey="o"><span>Log
in</span></a></li>
</ul></div></div></div><div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right
vector-user-menu-logged-out" title="Log in and more options"><input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools"><label id="vector-user-links-dropdown-label"
for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span><span
class="vector-dropdown-label-text">Personal tools</span></label><div class="vector-dropdown-content"><div id="p-user-menu-anon-editor"
class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">Pages for logged out editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions"><span>Contributions</span></a></li>
<li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk"><span>Talk</span></a></li></ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice">
<!-- CentralNotice --></div></div><div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">${pinHeader('Contents', 'toc', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${o.toc.map((t) => tocItem(t, 1)).join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc
vector-button-flush-left" title="Table of Contents"><input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label id="vector-page-titlebar-toc-label"
for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of
contents</span></label><div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container">
</div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${o.titleHtml}</h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector"
aria-label="Go to an article in another language. Available in ${o.langs.length} languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive cdx-button--weight-quiet" aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span
class="vector-dropdown-label-text">${o.langs.length} languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${o.langs
  .map(
    (l) => `<li class="interlanguage-link mw-list-item"><a href="#" title="${o.pageName}" lang="x"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage"
title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar vector-feature-custom-font-size-clientpref--excluded"><div class="vector-page-toolbar-container">
<div id="left-navigation">${tabsLeft}</div><div id="right-navigation" class="vector-collapsible">${tabs('views', 'Views', views)}
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools" class="vector-page-tools
vector-pinnable-element">${pinHeader('Tools', 'page-tools')}
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options">
<div class="vector-menu-heading">Actions</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${views.map(([cid, t]) => `<li id="ca-more-${cid}" class="vector-more-collapsible-item mw-list-item"><a href="#"><span>${t}</span></a></li>`).join('\n')}
</ul></div></div>
${portlet({ id: 'tb', heading: 'General', items: o.tools })}
${portlet({ id: 'coll-print_export', heading: 'Print/export', items: o.printItems })}
${o.otherProjects.length ? portlet({ id: 'wikibase-otherprojects', heading: 'In other projects', items: o.otherProjects }) : ''}
</div></div></div></div></nav></div></div></div>
<div class="vector-column-end no-font-mode-scale"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark"
aria-label="Page tools"><div id="vector-page-tools-pinned-container" class="vector-pinned-container"></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">
<div id="vector-appearance" class="vector-appearance vector-pinnable-element">${pinHeader('Appearance', 'appearance')}
<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet mw-portlet-clientprefs"><div class="vector-menu-heading">
${appearance[0]}</div><div class="vector-menu-content"><form class="cdx-radio--inline">${appearance
    .slice(1, 4)
    .map((t) => `<span class="cdx-radio"><input type="radio" class="cdx-radio__input"><label class="cdx-radio__label">${t}</label></span>`)
    .join('')}</form></div></div><div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet mw-portlet-clientprefs">
<div class="vector-menu-heading">${appearance[4]}</div><div class="vector-menu-content"><form>${[appearance[2], appearance[5]]
    .map((t) => `<span class="cdx-radio"><label class="cdx-radio__label">${t}</label></span>`)
    .join('')}</form></div></div><div id="skin-client-prefs-skin-theme" class="mw-portlet mw-portlet-clientprefs"><div class="vector-menu-heading">
${appearance[6]}</div><div class="vector-menu-content"><form>${appearance
    .slice(7)
    .map((t) => `<span class="cdx-radio"><label class="cdx-radio__label">${t}</label></span>`)
    .join('')}</form></div></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">${o.tagline}</div></div><div id="contentSub"><div id="mw-content-subtitle">
${o.beforeContent ?? ''}</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${o.content}
<!--
NewPP limit report
Parsed by mw-api-ext.eqiad.main-5d8f9c7b6-x2k4q
Cached time: 20260302141544
CPU time usage: 0.612 seconds
-->
</div><noscript><img src="https://${o.host}/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://${o.host}/w/index.php?title=${slug(o.pageName)}&amp;oldid=1281934022">
https://${o.host}/w/index.php?title=${slug(o.pageName)}&amp;oldid=1281934022</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${o.categories.map((c) => `<li><a href="/wiki/Category:${slug(c)}">${esc(c)}</a></li>`).join('')}</ul></div>
<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${o.hiddenCategories
    .map((c) => `<li><a href="/wiki/Category:${slug(c)}">${esc(c)}</a></li>`)
    .join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${o.lastEdited}</li>
<li id="footer-info-copyright">${o.license}</li></ul>
<ul id="footer-places">${o.footerPlaces.map((t) => `<li id="footer-places-${slug(t).toLowerCase()}"><a href="#">${t}</a></li>`).join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large cdx-button--fake-button--enabled"><picture><source media="(min-width: 500px)" srcset="/static/images/footer/wikimedia-button.svg"
width="84" height="29"><img src="/static/images/footer/wikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture>
</a></li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large"><picture>
<img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li></ul>
</footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header" data-search-toggle-container>
<div class="vector-sticky-header-start"><div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle" tabindex="-1">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></button></div>
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true">${o.titleHtml}</div></div></div>
<div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-icons"><a href="#" class="cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-speechBubbles"></span>
<span>${o.talkTab}</span></a><a href="#" class="cdx-button cdx-button--fake-button cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1">
<span class="vector-icon mw-ui-icon-wikimedia-history"></span><span>View history</span></a></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7b9f8d6c5-r4m2t","wgBackendResponseTime":171,
"wgPageParseReport":{"limitreport":{"cputime":"0.612","walltime":"0.781","ppvisitednodes":{"value":4120,"limit":1000000}}}});});</script>
${o.jsonLd}
</body>
</html>`;
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  const furniture = [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', ...o.menus.flatMap((m) => [m.heading, ...m.items]), 'Search', 'Donate',
    'Create account', 'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Contents', '(Top)',
    'Toggle the table of contents', ...o.toc.filter((t) => t.sub).map((t) => `Toggle ${t.text} subsection`), `${o.langs.length} languages`,
    ...o.langs, 'Edit links', o.nsTab, o.talkTab, 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', ...o.tools, 'Print/export',
    ...o.printItems, ...(o.otherProjects.length ? ['In other projects', ...o.otherProjects] : []), 'Appearance', ...appearance, o.tagline, 'edit',
    'Retrieved from', 'Categories', ...o.categories, 'Hidden categories', ...o.hiddenCategories, plain(o.license), ...o.footerPlaces,
  ];
  return { html, furniture: [...new Set(furniture)], bylines: [plain(o.lastEdited)] };
}
