import { links } from './page-kit.js';

/**
 * Held-out batch 157, helper a0: the Wikipedia Vector 2022 page chrome shared by the three Wikipedia pages (header with the
 * main menu, search and personal tools, the sticky table of contents, the page tabs and tools, the language button, the
 * "From Wikipedia" tagline, the catlinks and the footer), with its furniture texts.
 */
export const WP_MENU = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const WP_CONTRIB = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const WP_TOOLS = ['What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL'];
export const WP_FOOT = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
export const WP_LICENCE =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the ' +
  'Terms of Use and Privacy Policy.';
/** Furniture texts of the chrome (the language count, the edit date and the categories are passed in). */
export const WP_FURNITURE = [
  'Jump to content',
  'Main menu',
  'move to sidebar',
  'Navigation',
  ...WP_MENU,
  'Contribute',
  ...WP_CONTRIB,
  'Search',
  'Donate',
  'Create account',
  'Log in',
  'Personal tools',
  'Toggle the table of contents',
  'hide',
  '(Top)',
  'Article',
  'Talk',
  'Read',
  'Edit',
  'View history',
  'Tools',
  'Actions',
  'General',
  ...WP_TOOLS,
  'Print/export',
  'Download as PDF',
  'Printable version',
  'Wikidata item',
  'From Wikipedia, the free encyclopedia',
  'Categories',
  WP_LICENCE,
  ...WP_FOOT,
];

/** The print footer's "Retrieved from" line (hidden on screen). */
export const wpRetrieved = (slug: string): string => `Retrieved from "https://en.wikipedia.org/w/index.php?title=${slug}&oldid=1318820443"`;

export interface WikiParts {
  title: string;
  slug: string;
  langs: string;
  toc: readonly string[];
  description: string;
  content: string;
  cats: readonly string[];
  edited: string;
  jsonld: string;
}

const tocItem = (t: string): string => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">1</span>
<span>${t}</span></div></a></li>`;

export const wpHeading = (t: string, level = 2): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;

export const wpRef = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;

export function wikiPage(w: WikiParts): string {
  return `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${w.title} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"${w.slug}","wgTitle":"${w.title}","wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.20"><meta name="referrer" content="origin-when-cross-origin">
<meta name="viewport" content="width=1120"><meta property="og:title" content="${w.title} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/${w.slug}"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-${w.slug} rootpage-${w.slug}
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button">move to sidebar</button></div>
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(WP_MENU, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(WP_CONTRIB, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
</span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f"
id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item"><a href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and
more options">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Personal tools</span></label></div></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="centralNotice"></div>
</div></div><div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${w.toc.map(tocItem).join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<button class="vector-toc-toggle" aria-label="Toggle the table of contents"><span class="vector-icon mw-ui-icon-listBullet"></span>
<span class="vector-dropdown-label-text">Toggle the table of contents</span></button>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${w.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label cdx-button mw-interlanguage-selector"
aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">${w.langs}</span></label></div>
</header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${w.slug}" title="View the content page [c]" accesskey="c">
<span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${w.slug}" rel="discussion"><span>Talk</span></a></li>
</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${w.slug}"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${w.slug}&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${w.slug}&amp;action=history"><span>View history</span></a></li></ul>
</div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown
vector-page-tools-dropdown">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Tools</div></div><div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">Actions</div>
<ul class="vector-menu-content-list"><li class="mw-list-item"><a href="/wiki/${w.slug}"><span>Read</span></a></li></ul></div>
<div id="p-tb" class="vector-menu mw-portlet"><div class="vector-menu-heading">General</div><ul
class="vector-menu-content-list">${links(WP_TOOLS, 'mw-list-item')}
</ul></div><div id="p-coll-print_export" class="vector-menu mw-portlet"><div class="vector-menu-heading">Print/export</div><ul class="vector-menu-content-list">
${links(['Download as PDF', 'Printable version'], 'mw-list-item')}</ul></div><div id="p-wikibase-otherprojects" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(['Wikidata item'], 'mw-list-item wb-otherproject-link')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${w.description}</div>
${w.content}
</div><noscript><img src="https://en.wikipedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "https://en.wikipedia.org/w/index.php?title=${w.slug}&amp;oldid=1318820443"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul>${links(w.cats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">${w.edited}</li>
<li id="footer-info-copyright">${WP_LICENCE}</li></ul><ul id="footer-places">${links(WP_FOOT)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/"><img src="/static/images/footer/wikimedia.svg"
width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" width="25" height="25" loading="lazy"></a></li></ul></footer></div>
</div></div><script type="application/ld+json">${w.jsonld}</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-5c9f8b","wgBackendResponseTime":153});});</script>
</body></html>`;
}
