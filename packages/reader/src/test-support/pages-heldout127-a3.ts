/**
 * Held-out batch 127, file a3: the MediaWiki Vector 2022 skin around a page, as a browser saves it after its scripts ran
 * (skip link, the collapsed main menu with its portlets, the logo, the search box, the logged-out user links and "Personal
 * tools" dropdown, the sidebar table of contents, the title bar with the language button, the Article / Talk and Read / Edit
 * / View history tabs, the Tools dropdown, the Appearance panel, "From Wikipedia, the free encyclopedia", the printfooter,
 * category links, the footer and the sticky header). Used by the Wikipedia, Wikivoyage and ArchWiki pages of the batch.
 */
export interface VectorSite {
  name: string;
  host: string;
  siteSub: string;
  menus: readonly { id: string; heading: string; items: readonly string[] }[];
  userLinks: readonly string[];
  anonMenu: boolean;
  tools: readonly string[];
  print: readonly string[];
  projects: readonly string[];
  copyright: string;
  places: readonly string[];
  top?: string;
  topTexts?: readonly string[];
}

export interface VectorPage {
  title: string;
  slug: string;
  toc: readonly string[];
  langs: readonly string[];
  content: string;
  cats: readonly string[];
  hidden: readonly string[];
  edited: string;
  oldid: number;
  subtitle?: string;
  indicators?: string;
  banner?: string;
  jsonLd?: string;
}

const li = (id: string, t: string, href = `/wiki/${t.replace(/ /g, '_')}`): string =>
  `<li id="${id}" class="mw-list-item"><a href="${href.replace(/&/g, '&amp;')}"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`;
const menu = (
  id: string,
  heading: string,
  items: readonly string[],
  cls = '',
): string => `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id.slice(2)}${cls}">
<div class="vector-menu-heading">${heading}</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => li(`${id.slice(2)}-${i}`, t)).join('')}
</ul></div></div>`;
const pinHeader = (
  label: string,
  id: string,
  tag = 'div',
): string => `<div class="vector-pinnable-header vector-${id}-pinnable-header vector-pinnable-header-unpinned"
data-feature-name="${id}-pinned" data-pinnable-element-id="vector-${id}"><${tag} class="vector-pinnable-header-label">${label}</${tag}>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button"
data-event-name="pinnable-header.vector-${id}.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${id}.unpin">hide</button></div>`;
const dropdown = (id: string, label: string, icon: string, content: string, extra = ''): string => `<div id="${id}" class="vector-dropdown ${id}${extra}">
<input type="checkbox" id="${id}-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-${id}"
class="vector-dropdown-checkbox" aria-label="${label}">
<label id="${id}-label" for="${id}-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-icon mw-ui-icon-${icon} mw-ui-icon-wikimedia-${icon}"></span>
<span class="vector-dropdown-label-text">${label}</span></label>
<div class="vector-dropdown-content">${content}</div></div>`;
const radios = (name: string, heading: string, opts: readonly string[]): string => `<div id="skin-client-prefs-${name}" class="mw-portlet
mw-portlet-skin-client-prefs-${name}"><div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li class="mw-list-item mw-list-item-js"><div><form>${opts
  .map(
    (o, i) => `<div class="cdx-radio"><div class="cdx-radio__wrapper"><input name="${name}-group" id="${name}-${i}" type="radio" value="${i}"
class="cdx-radio__input"${i === 1 ? ' checked' : ''}><span class="cdx-radio__icon"></span>
<div class="cdx-radio__label cdx-label"><label for="${name}-${i}" class="cdx-label__label"><span
class="cdx-label__label__text">${o}</span></label></div></div></div>`,
  )
  .join('')}</form></div></li></ul></div></div>`;
export const appearance = [
  ['vector-feature-custom-font-size', 'Text', ['Small', 'Standard', 'Large']],
  ['vector-feature-limited-width', 'Width', ['Standard', 'Wide']],
  ['skin-theme', 'Color (beta)', ['Automatic', 'Light', 'Dark']],
] as const;
const tocItem = (t: string, i: number): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${t}</span></div></a><ul id="toc-${t.replace(/ /g, '_')}-sublist" class="vector-toc-list"></ul></li>`;
const lang = (l: string): string => `<li class="interlanguage-link mw-list-item"><a href="https://xx.wikipedia.org/wiki/" class="interlanguage-link-target"
data-language-autonym="${l}"><span>${l}</span></a></li>`;

/** Section heading as Vector 2022 (MediaWiki 1.43) prints it: a `mw-heading` wrapper with the "[edit]" link. */
export const vh = (level: 2 | 3, text: string, slug: string): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${text.replace(/ /g, '_').replace(/[()?,'’]/g, '')}">${text}</h${level}>` +
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=${slug}&amp;action=edit&amp;section=1"` +
  ` title="Edit section: ${text}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;

/** A footnote marker, `[n]`. */
export const ref = (n: number | string): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;

/** The whole saved page. */
export function vectorPage(site: VectorSite, page: VectorPage): string {
  const n = page.langs.length;
  const user = site.userLinks.map((t, i) => li(`pt-user-${i}`, t)).join('');
  return `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-appearance-pinned-clientpref-1 skin-theme-clientpref-day
vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${page.title} - ${site.name}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
document.documentElement.className=className;}());</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBreakFrames":false,"wgCanonicalNamespace":"","wgNamespaceNumber":0,
"wgPageName":"${page.slug}","wgTitle":"${page.title}","wgCurRevisionId":${page.oldid},"wgIsArticle":true,"wgAction":"view","wgUserName":null,
"wgCategories":${JSON.stringify(page.cats)},"wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"${page.slug}",
"wgIsProbablyEditable":true,"wgVector2022PreviewPages":[],"wgMediaViewerOnClick":true});});</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.uls.interlanguage%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.44.0-wmf.16"><meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard"><meta name="format-detection" content="telephone=no"><meta name="viewport" content="width=1120">
<meta property="og:title" content="${page.title} - ${site.name}"><meta property="og:type" content="website">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//${site.host.replace(/^en\./, 'en.m.')}/wiki/${page.slug}">
<link rel="icon" href="/static/favicon/wiki.ico"><link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search"
title="${site.name} (en)">
<link rel="canonical" href="https://${site.host}/wiki/${page.slug}"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
${page.jsonLd ?? ''}</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-${page.slug}
rootpage-${page.slug} skin-vector-2022 action-view uls-dialog-sticky-hide vector-below-page-title">${site.top ?? ''}
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">${dropdown(
    'vector-main-menu-dropdown',
    'Main menu',
    'menu',
    `<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu
vector-pinnable-element">
${pinHeader('Main menu', 'main-menu')}
${site.menus.map((m) => menu(m.id, m.heading, m.items)).join('\n')}</div></div>`,
    ' vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right',
  )}</nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/logo.svg" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${site.name}" src="/static/images/mobile/copyright/wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search ${site.name} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper"
data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search ${site.name}" aria-label="Search ${site.name}" autocapitalize="sentences" title="Search ${site.name} [f]" accesskey="f" id="searchInput"
autocomplete="off"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-appearance" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"></ul></div></div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${user}</ul></div></div></div>
${dropdown(
  'vector-user-links-dropdown',
  'Personal tools',
  'ellipsis',
  `<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item" title="User menu"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${user}</ul></div></div>${
    site.anonMenu
      ? `<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">
Pages for logged out editors <a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${li('pt-anoncontribs', 'Contributions', '/wiki/Special:MyContributions')}
${li('pt-anontalk', 'Talk', '/wiki/Special:MyTalk')}</ul></div></div>`
      : ''
  }`,
  ' vector-user-menu vector-button-flush-right vector-user-menu-logged-out',
)}</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice --></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">${pinHeader('Contents', 'toc', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${page.toc.map(tocItem).join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body">${page.banner ?? ''}
<header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents" class="vector-toc-landmark">${dropdown(
    'vector-page-titlebar-toc',
    'Toggle the table of contents',
    'listBullet',
    '<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div>',
    ' vector-button-flush-left',
  )}</nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${page.title}</span></h1>
${
  n === 0
    ? ''
    : dropdown(
        'p-lang-btn',
        `${n} languages`,
        'language-progressive',
        `<div class="vector-menu-content"><ul class="vector-menu-content-list">${page.langs.map(lang).join('')}</ul>
<div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.wikidata.org/wiki/Special:EntityPage/Q1"
title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div>`,
        ' mw-portlet mw-portlet-lang',
      )
}</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${li('ca-nstab-main', 'Article', `/wiki/${page.slug}`)}${li('ca-talk', 'Talk', `/wiki/Talk:${page.slug}`)}</ul></div></div>
</nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">${li('ca-view', 'Read', `/wiki/${page.slug}`)}
${li('ca-edit', 'Edit', `/w/index.php?title=${page.slug}&action=edit`)}${li('ca-history', 'View history', `/w/index.php?title=${page.slug}&action=history`)}
</ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools">${dropdown(
    'vector-page-tools-dropdown',
    'Tools',
    'ellipsis',
    `<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools" class="vector-page-tools
vector-pinnable-element">${pinHeader('Tools', 'page-tools')}
${menu('p-cactions', 'Actions', ['Read', 'Edit', 'View history'], ' vector-has-collapsible-items')}
${menu('p-tb', 'General', site.tools)}
${menu('p-coll-print_export', 'Print/export', site.print)}
${site.projects.length ? menu('p-wikibase-otherprojects', 'In other projects', site.projects) : ''}</div></div>`,
  )}</nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"></div></nav><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pinHeader('Appearance', 'appearance')}<div id="vector-appearance-content">
${appearance.map(([id, h, o]) => radios(id, h, o)).join('\n')}</div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators">${page.indicators ?? ''}</div><div id="siteSub" class="noprint">${site.siteSub}</div></div>
<div id="contentSub"><div id="mw-content-subtitle">${page.subtitle ?? ''}</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${page.content}
<!--
NewPP limit report
Parsed by mw-api-int.eqiad.main-6b7d8c9f5-xk2lq
Cached time: 20250301120931
CPU time usage: 0.412 seconds
-->
</div><noscript><img src="https://${site.host}/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://${site.host}/w/index.php?title=${page.slug}&amp;oldid=${page.oldid}"
>https://${site.host}/w/index.php?title=${page.slug}&amp;oldid=${page.oldid}</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">${page.cats.length === 1 ? 'Category' : 'Categories'}</a>: <ul>${page.cats
    .map(
      (c) => `<li><a
href="/wiki/Category:${c}">${c}</a></li>`,
    )
    .join('')}
</ul></div>${
    page.hidden.length
      ? `<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${page.hidden
          .map((c) => `<li><a href="/wiki/Category:${c}">${c}</a></li>`)
          .join('')}</ul></div>`
      : ''
  }</div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on ${page.edited}<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">${site.copyright}</li></ul>
<ul id="footer-places">${site.places.map((t, i) => li(`footer-places-${i}`, t)).join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large cdx-button--fake-button--enabled"><img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" width="25"
height="25" loading="lazy"></a></li></ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header">
<div class="vector-sticky-header-start"><div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary"
aria-hidden="true"><span class="mw-page-title-main">${page.title}</span></div></div></div>
<div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-buttons"><button class="cdx-button cdx-button--weight-quiet
mw-interlanguage-selector" id="p-lang-btn-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-language"></span>
<span>${n} languages</span></button></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5d9c7b6f4-9xq2k","wgBackendResponseTime":168});});</script>
</body></html>`;
}
