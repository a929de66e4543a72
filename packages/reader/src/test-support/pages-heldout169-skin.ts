import { links, plain } from './page-kit.js';

/**
 * Held-out batch 169, shared MediaWiki shells: the Vector 2022 skin (Wikimedia wikis, the NixOS Wiki; the legacy Vector
 * skin of most independent MediaWiki sites is in file skin2), with the page's own furniture lists. Each page passes its parser output, its
 * portlets and its own extras (site notices, ads, consent banners) in.
 */
export interface Portlet {
  id: string;
  label: string;
  items: readonly string[];
}
export interface Shell {
  lang: string;
  site: string;
  page: string;
  headExtra: string;
  bodyClass: string;
  h1: string;
  tagline: string;
  notice: string;
  personal: readonly string[];
  tabsLeft: readonly string[];
  tabsRight: readonly string[];
  portlets: readonly Portlet[];
  content: string;
  cats: readonly string[];
  lastmod: string;
  copyright: string;
  places: readonly string[];
  tail: string;
  /** Vector 2022 only: the section headings for the sidebar table of contents. */
  toc?: readonly string[];
  /** Vector 2022 only: the language button text and the languages. */
  langs?: readonly string[];
}

const esc = (t: string): string => t.replace(/&/g, '&amp;');
export const ul = (items: readonly string[], pre: string): string =>
  items
    .map((t, i) => `<li id="${pre}-${i}" class="mw-list-item"><a href="/wiki/${encodeURIComponent(t.replace(/ /g, '_'))}"><span>${esc(t)}</span></a></li>`)
    .join('');
const anchor = (t: string): string => t.replace(/ /g, '_').replace(/[^A-Za-z0-9_.-]/g, '');

/** MediaWiki 1.42+ section heading markup with its "edit" link. */
export const mwH = (level: 2 | 3, t: string, page: string, n: number, extra = ''): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${anchor(t)}">${t}</h${level}><span class="mw-editsection">` +
  `<span class="mw-editsection-bracket">[</span><a href="/index.php?title=${page}&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">` +
  `<span>edit</span></a>${extra}<span class="mw-editsection-bracket">]</span></span></div>`;

export const catlinks = (cats: readonly string[]): string =>
  `<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">` +
  `<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(cats)}</ul></div></div>`;

const vPortlet = (p: Portlet): string =>
  `<div id="${p.id}" class="vector-menu mw-portlet mw-portlet-${p.id.slice(2)}"><div class="vector-menu-heading">${p.label}</div>` +
  `<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(p.items, p.id)}</ul></div></div>`;
const pinLabel = (label: string, h2: boolean): string =>
  h2 ? `<h2 class="vector-pinnable-header-label">${label}</h2>` : `<div class="vector-pinnable-header-label">${label}</div>`;
const pin = (label: string, h2 = false): string =>
  `<div class="vector-pinnable-header vector-pinnable-header-pinned">${pinLabel(label, h2)}` +
  `<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.pin">move to sidebar</button>` +
  `<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.unpin">hide</button></div>`;

/** A Vector 2022 page (Wikipedia, Wikiquote, Wikiversity, Wikidata, NixOS Wiki). */
export function vector2022(s: Shell): string {
  const [nav, ...tools] = s.portlets;
  const toc = (s.toc ?? [])
    .map(
      (h, i) => `<li id="toc-${anchor(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${anchor(h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
    )
    .join('\n');
  const langs = s.langs ?? [];
  return `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-toc-available" lang="${s.lang}" dir="ltr">
<head><meta charset="UTF-8"><title>${s.page} - ${s.site}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"${s.page.replace(/ /g, '_')}","wgTitle":"${s.page}","wgIsArticle":true,"wgAction":"view"};
RLSTATE={"skins.vector.user.styles":"ready","site.styles":"ready","mediawiki.page.gallery.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready",
"skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=${s.lang}&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=${s.lang}&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.44.0-wmf.8"><meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard"><meta name="viewport" content="width=1120">
<meta property="og:title" content="${s.page} - ${s.site}"><meta property="og:type" content="website">
${s.headExtra}</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
${s.bodyClass} skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pin('Main menu')}${vPortlet(nav as Portlet)}</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/logo.svg" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">${s.site}</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search ${s.site} [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${s.site}" aria-label="Search ${s.site}" autocapitalize="sentences"
id="searchInput">
</div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${ul(s.personal, 'pt')}</ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis"></span>
<span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-sitenotice-container"><div id="siteNotice">${s.notice}</div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">${pin('Contents', true)}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${toc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<nav aria-label="Contents" class="vector-toc-landmark">
<div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents">
<label for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet"></span>
<span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${s.h1}</h1>
${
  langs.length === 0
    ? ''
    : `<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang">
<input type="checkbox" id="p-lang-btn-checkbox" role="button" class="vector-dropdown-checkbox"
aria-label="Go to an article in another language. Available in ${langs.length - 1} languages">
<label for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">${langs[0]}</span></label>
<div class="vector-dropdown-content">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(langs.slice(1), 'interlanguage')}</ul></div></div></div>`
}</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${ul(s.tabsLeft, 'ca-ns')}</ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(s.tabsRight, 'ca-view')}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">${pin('Tools')}
${tools.map(vPortlet).join('\n')}</div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">
<div id="vector-appearance" class="vector-appearance vector-pinnable-element">${pin('Appearance')}<div class="vector-menu-heading">Text</div>
<ul><li><label><input type="radio" name="vector-feature-custom-font-size" value="0">Small</label></li><li><label><input type="radio" checked>Standard</label>
</li>
<li><label><input type="radio">Large</label></li></ul><div class="vector-menu-heading">Width</div><ul><li><label><input type="radio" checked>Standard</label>
</li>
<li><label><input type="radio">Wide</label></li></ul><div class="vector-menu-heading">Color (beta)</div><ul><li><label>
<input type="radio" checked>Automatic</label></li>
<li><label><input type="radio">Light</label></li><li><label><input type="radio">Dark</label></li></ul></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">${s.tagline}</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="${s.lang}" dir="ltr">
${s.content}
</div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="/w/index.php?oldid=4418203">/w/index.php?oldid=4418203</a>"</div></div>
${catlinks(s.cats)}</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${s.lastmod}</li>
<li id="footer-info-copyright">${s.copyright}</li></ul><ul id="footer-places">${links(s.places)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
</div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header vector-sticky-header-icon-only">
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true">${s.h1}</div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
${s.tail}
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-6c5b7f9d8-x2kqp","wgBackendResponseTime":212});});</script>
</body></html>`;
}

/** The furniture texts of a Vector 2022 shell (the TOC, which repeats the headings, is left out except "Contents" and "(Top)"). */
export const vector2022Furniture = (s: Shell): string[] => [
  'Jump to content',
  'Main menu',
  'move to sidebar',
  'hide',
  ...s.portlets.flatMap((p) => [p.label, ...p.items]),
  'Search',
  ...s.personal,
  'Personal tools',
  'Contents',
  '(Top)',
  'Toggle the table of contents',
  ...(s.langs ?? []),
  ...s.tabsLeft,
  ...s.tabsRight,
  'Tools',
  'Appearance',
  'Text',
  'Small',
  'Standard',
  'Large',
  'Width',
  'Wide',
  'Color (beta)',
  'Automatic',
  'Light',
  'Dark',
  ...(s.tagline === '' ? [] : [s.tagline]),
  'Categories',
  ...s.cats,
  plain(s.copyright),
  ...s.places,
  'Retrieved from "/w/index.php?oldid=4418203"',
];
