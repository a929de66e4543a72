import { links, plain } from './page-kit.js';
import { catlinks, type Portlet, type Shell, ul } from './pages-heldout169-skin.js';

/** A legacy Vector page (Esolang, Rosetta Code, Appropedia, the Stardew Valley, OSRS and wiki.gg wikis). */
export function vectorLegacy(s: Shell): string {
  const portal = (p: Portlet): string => `<nav id="${p.id}" class="vector-menu mw-portlet mw-portlet-${p.id.slice(2)} vector-menu-portal portal"
aria-labelledby="${p.id}-label" role="navigation"><h3 id="${p.id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${p.label}</span>
</h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(p.items, p.id)}</ul></div></nav>`;
  return `<!DOCTYPE html>
<html class="client-nojs" lang="${s.lang}" dir="ltr"><head><meta charset="UTF-8"><title>${s.page} - ${s.site}</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"${s.page.replace(/ /g, '_')}","wgTitle":"${s.page}",
"wgIsArticle":true,"wgAction":"view","wgCurRevisionId":88412,"wgVector2022PreviewPages":[]};RLPAGEMODULES=["site","mediawiki.page.ready",
"skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=${s.lang}&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<script async="" src="/load.php?lang=${s.lang}&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="generator" content="MediaWiki 1.41.2"><meta name="viewport" content="width=1000"><meta property="og:title" content="${s.page} - ${s.site}">
${s.headExtra}</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable ${s.bodyClass} skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice">${s.notice}</div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${s.h1}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">${s.tagline}</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="${s.lang}" dir="ltr">
${s.content}
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="/index.php?oldid=88412">/index.php?oldid=88412</a>"</div>
${catlinks(s.cats)}<div class="visualClear"></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(s.personal, 'pt')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-namespaces-label">
<h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(s.tabsLeft, 'ca-ns')}</ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-views-label">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${ul(s.tabsRight, 'ca-view')}</ul></div></nav>
<nav id="p-cactions" class="vector-menu-dropdown vector-menu mw-portlet mw-portlet-cactions emptyPortlet" aria-labelledby="p-cactions-label"
title="More options">
<input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox" aria-labelledby="p-cactions-label">
<label id="p-cactions-label" class="vector-menu-heading"><span class="vector-menu-heading-label">More</span></label>
<div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3>
<form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search ${s.site}" aria-label="Search ${s.site}" id="searchInput">
<input type="hidden" name="title" value="Special:Search"><input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" value="Search">
<input class="searchButton" type="submit" name="go" value="Go" id="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${s.portlets.map(portal).join('\n')}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${s.lastmod}</li>
<li id="footer-info-copyright">${s.copyright}</li></ul><ul id="footer-places">${links(s.places)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
${s.tail}
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":164});});</script>
</body></html>`;
}

/** The furniture texts of a legacy Vector shell. */
export const vectorLegacyFurniture = (s: Shell): string[] => [
  ...(s.tagline === '' ? [] : [s.tagline]),
  'Jump to navigation',
  'Jump to search',
  'Categories',
  ...s.cats,
  'Navigation menu',
  'Personal tools',
  ...s.personal,
  'Namespaces',
  ...s.tabsLeft,
  'Views',
  ...s.tabsRight,
  'More',
  'Search',
  ...s.portlets.flatMap((p) => [p.label, ...p.items]),
  plain(s.copyright),
  ...s.places,
  'Retrieved from "/index.php?oldid=88412"',
];
