import { plain } from './page-kit.js';
import { mwItems } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145: the legacy Vector (2010) skin of a MediaWiki site as a logged-out reader saves it (the content
 * column first in the source with the site notice, indicators, title, "From ..." line, jump links, parser output,
 * print footer and categories; then the hidden "Navigation menu" heading, personal tools with "Not logged in", the
 * namespace, variant, view and "More" tabs, the search form, the left sidebar portals, and the footer). Used by the
 * Wiktionary, Minecraft Wiki and game-wiki pages.
 */
export interface VlPage {
  site: string;
  lang: string;
  docTitle: string;
  page: string;
  path: string;
  titleHtml: string;
  head: string;
  bodyClass: string;
  siteNotice: string;
  indicators: string;
  subtitle: string;
  content: string;
  cats: readonly string[];
  hiddenCats: readonly string[];
  tabs: readonly [string, string];
  views: readonly string[];
  more: readonly string[];
  portals: readonly (readonly [string, readonly string[]])[];
  langs: readonly string[];
  edited: string;
  copyright: string;
  places: readonly string[];
  afterContent: string;
  scripts: string;
}

const tabList = (id: string, items: readonly string[]): string =>
  items
    .map(
      (t, i) =>
        `<li id="ca-${id}-${i}" class="${i === 0 && id !== 'more' ? 'selected ' : ''}mw-list-item"><a
href="/w/index.php?action=${t.toLowerCase().replace(/ /g, '')}">` + `<span>${t}</span></a></li>`,
    )
    .join('');

const portal = ([h, items]: readonly [string, readonly string[]], i: number): string => {
  const id = h.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal${i === 0 ? ' portal-first' : ''}"
aria-labelledby="p-${id}-label"><h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${h}</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${mwItems(items, id)}</ul></div></nav>`;
};

/** Visible chrome texts of a legacy Vector page (without the page's own texts). */
export function vlFurniture(p: VlPage): string[] {
  return [
    `From ${p.site}`,
    'Jump to navigation',
    'Jump to search',
    'Retrieved from',
    'Categories',
    ...p.cats,
    ...(p.hiddenCats.length ? ['Hidden category', ...p.hiddenCats] : []),
    'Navigation menu',
    'Personal tools',
    'Not logged in',
    'Talk',
    'Contributions',
    'Create account',
    'Log in',
    'Namespaces',
    ...p.tabs,
    'English',
    'Views',
    ...p.views,
    'More',
    ...p.more,
    'Search',
    'Go',
    ...p.portals.flatMap(([h, items]) => [h, ...items]),
    ...(p.langs.length ? ['In other languages', ...p.langs] : []),
    plain(p.copyright),
    ...p.places,
  ];
}

export function vl(p: VlPage): string {
  return `<!DOCTYPE html>
<html class="client-js" lang="${p.lang}" dir="ltr">
<head><meta charset="UTF-8"><title>${p.docTitle}</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],
"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],
"wgRequestId":"c1e9b0a8-4b7d-4f45-9d3e-2f81d7c0a6e1","wgCanonicalNamespace":"","wgNamespaceNumber":0,"wgPageName":"${p.page}",
"wgTitle":"${p.page.replace(/_/g, ' ')}",
"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgPageContentLanguage":"${p.lang}","wgVectorDisableSidebarPersistence":true};
RLSTATE={"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading","skins.vector.styles.legacy":"ready",
"jquery.makeCollapsible.styles":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","jquery.makeCollapsible","skins.vector.legacy.js","ext.gadget.site"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){
mw.user.tokens.set({"patrolToken":"+\\\\"});
}];});});</script>
<link rel="stylesheet"
href="${p.path}load.php?lang=${p.lang}&amp;modules=jquery.makeCollapsible.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<script async="" src="${p.path}load.php?lang=${p.lang}&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="ResourceLoaderDynamicStyles" content=""><link rel="stylesheet"
href="${p.path}load.php?lang=${p.lang}&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.1"><meta name="referrer" content="origin"><meta name="robots" content="max-image-preview:standard">
<meta name="viewport" content="width=1120"><meta property="og:title" content="${p.docTitle}"><meta property="og:type" content="website">
<link rel="icon" href="/favicon.ico"><link rel="search" type="application/opensearchdescription+xml" href="${p.path}rest.php/v1/search"
title="${p.site} (${p.lang})">
<link rel="license" href="/license">
${p.head}</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ${p.bodyClass} skin-vector action-view skin-vector-legacy vector-feature-language-in-header-enabled
vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice">${p.siteNotice}</div>
<div class="mw-indicators">${p.indicators}</div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${p.titleHtml}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From ${p.site}</div><div id="contentSub"><div
id="mw-content-subtitle">${p.subtitle}</div>
</div><div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="${p.lang}" dir="ltr">
${p.content}
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/w/index.php?title=${p.page}&amp;oldid=2814907">/w/index.php?title=${p.page}&amp;oldid=2814907</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/w/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${p.cats.map((c) => `<li><a href="/w/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div>
${
  p.hiddenCats.length
    ? `<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden category: <ul>${p.hiddenCats
        .map((c) => `<li><a href="/w/Category:${c.replace(/ /g, '_')}">${c}</a></li>`)
        .join('')}</ul></div>`
    : ''
}</div><div class="visualClear"></div></div></div>
${p.afterContent}
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal
vector-user-menu-legacy"
aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span title="The user page for the
IP address
you are editing as">Not logged in</span></li><li id="pt-anontalk" class="mw-list-item"><a href="/w/Special:MyTalk" title="Discussion about edits from this IP
address [n]" accesskey="n"><span>Talk</span></a></li><li id="pt-anoncontribs" class="mw-list-item"><a href="/w/Special:MyContributions" accesskey="y">
<span>Contributions</span></a></li><li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=${p.page}"
title="You are encouraged to create an account and log in; however, it is not mandatory"><span>Create account</span></a></li><li id="pt-login"
class="mw-list-item">
<a href="/w/index.php?title=Special:UserLogin&amp;returnto=${p.page}" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o">
<span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-namespaces" aria-labelledby="p-namespaces-label">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${tabList('ns', p.tabs)}</ul></div></nav>
<nav id="p-variants" class="vector-menu-dropdown vector-menu mw-portlet mw-portlet-variants emptyPortlet" aria-labelledby="p-variants-label">
<input type="checkbox" id="p-variants-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-variants" class="vector-menu-checkbox"
aria-label="Change language variant"><label id="p-variants-label" class="vector-menu-heading"><span class="vector-menu-heading-label">English</span></label>
<div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views" aria-labelledby="p-views-label">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${tabList('view', p.views)}</ul></div></nav>
<nav id="p-cactions" class="vector-menu-dropdown vector-menu mw-portlet mw-portlet-cactions" title="More options" aria-labelledby="p-cactions-label">
<input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox" aria-labelledby="p-cactions-label">
<label id="p-cactions-label" class="vector-menu-heading"><span class="vector-menu-heading-label">More</span></label><div class="vector-menu-content">
<ul class="vector-menu-content-list">${tabList('more', p.more)}</ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
<h3>Search</h3><form action="${p.path}index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"
data-search-loc="header-navigation"><input class="vector-search-box-input" type="search" name="search" placeholder="Search ${p.site}"
aria-label="Search ${p.site}"
autocapitalize="sentences" title="Search ${p.site} [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search">
<input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" value="Search">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton"
value="Go"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/" title="Visit the main page"></a></div>
${p.portals.map(portal).join('\n')}
${
  p.langs.length
    ? `<nav id="p-lang" class="vector-menu mw-portlet mw-portlet-lang vector-menu-portal portal" aria-labelledby="p-lang-label"><h3 id="p-lang-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">In other languages</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${p.langs
  .map(
    (l) => `<li class="interlanguage-link mw-list-item"><a href="#"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
  )
  .join('')}</ul></div></nav>`
    : ''
}</div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">${p.edited}</li><li id="footer-info-copyright">${p.copyright}</li></ul>
<ul id="footer-places">${p.places.map((t) => `<li><a href="/w/Project:${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer>
${p.scripts}
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":164,"wgPageParseReport":{"limitreport":{"cputime":"0.219",
"walltime":"0.301"}}});});</script>
</body></html>`;
}
