import { appearance, langLabel, pin, portlet, tabs, tocHtml, V22_APPEARANCE, type V22Page } from './pages-heldout145-v22a.js';

export { type V22Page, v22Furniture } from './pages-heldout145-v22a.js';

/**
 * Held-out batch 145: the whole saved page of a Wikimedia wiki in the Vector 2022 skin (see pages-heldout145-v22a.ts).
 */
export function v22(p: V22Page): string {
  const base = `https://${p.host}`;
  return `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-enabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-appearance-pinned-clientpref-1
skin-theme-clientpref-day vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${p.docTitle}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";var cookie=document.cookie.match(
/(?:^|; )enwikimwclientpreferences=([^;]+)/);
if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(
new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgPageName":"${p.page}",
"wgTitle":"${p.page.replace(/_/g, ' ')}",
"wgCurRevisionId":1291844107,"wgRevisionId":1291844107,"wgArticleId":4410873,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,
"wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"${p.page}","wgVector2022PreviewPages":[],"wgMFDisplayWikibaseDescriptions":
{"search":true,"watchlist":true,"tagline":false,"nearby":true},"wgCentralAuthMobileDomain":false};RLSTATE={"ext.globalCssJs.user.styles":"ready",
"skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP",
"ext.uls.interface"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){
mw.user.tokens.set({"patrolToken":"+\\\\"});
}];});});</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.7"><meta name="referrer" content="origin"><meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no"><meta name="viewport" content="width=1120">
<meta property="og:title" content="${p.docTitle}"><meta property="og:type" content="website">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//${p.host.replace('.', '.m.')}/wiki/${p.page}">
<link rel="icon" href="/static/favicon/${p.site.toLowerCase()}.ico"><link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search"
title="${p.site} (en)"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en"><link rel="canonical" href="${base}/wiki/${p.page}">
${p.head}</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ${p.bodyClass} skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container"
class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">${pin('Main menu', 'main-menu')}
${p.menu.map(([h, items]) => portlet(h.toLowerCase().replace(/[^a-z]+/g, '-'), h, items)).join('\n')}</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/${p.site.toLowerCase()}.svg" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${p.site}"
src="/static/images/mobile/copyright/${p.site.toLowerCase()}-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet
cdx-button--icon-only search-toggle" title="Search ${p.site} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>
<span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail
cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input mw-searchInput" autocomplete="off" type="search" name="search" placeholder="Search ${p.site}" aria-label="Search ${p.site}"
autocapitalize="sentences" spellcheck="false" title="Search ${p.site} [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon
cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="vector-appearance-dropdown" class="vector-dropdown " title="Change the appearance of the page&#039;s font size, width, and color">
<input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Appearance">
<label for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-appearance mw-ui-icon-wikimedia-appearance"></span><span
class="vector-dropdown-label-text">Appearance</span>
</label><div class="vector-dropdown-content"><div id="vector-appearance-unpinned-container" class="vector-unpinned-container"></div></div></div>
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"></ul></div></div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=${p.host}&amp;uselang=en" class=""><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:CreateAccount&amp;returnto=${p.page}" title="You are encouraged to create an account and log in"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:UserLogin&amp;returnto=${p.page}" title="You are encouraged to log in; however, it is not mandatory [o]"
accesskey="o"><span>Log in</span></a>
</li></ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out" title="Log in and
more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span><span class="vector-dropdown-label-text">Personal
tools</span>
</label><div class="vector-dropdown-content"><div id="p-user-menu-logged-out" class="vector-menu mw-portlet mw-portlet-user-menu-logged-out">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span><span>Create
account</span></a></li>
<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span class="vector-icon
mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span><span>Log in</span></a></li></ul></div></div>
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">Pages for logged out editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions" title="A list of edits made from this
IP address [y]" accesskey="y"><span>Contributions</span></a></li><li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk"
title="Discussion about
edits from this IP address [n]" accesskey="n"><span>Talk</span></a></li></ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div
class="vector-sticky-pinned-container">
${
  p.toc.length
    ? `<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc
vector-pinnable-element">${pin('Contents', 'toc', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${tocHtml(p.toc)}</ul></div></div></nav>`
    : ''
}</div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">${
    p.toc.length
      ? `<nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left" title="Table
of Contents">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Toggle the table of contents"><label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet
mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label><div
class="vector-dropdown-content">
<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>`
      : ''
  }
<h1 id="firstHeading" class="firstHeading mw-first-heading">${p.titleHtml}</h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in ${p.langs.length} languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
cdx-button--weight-quiet mw-portlet-lang-heading-${p.langs.length}" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive
mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">${langLabel(p)}</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${p.langs
  .map(
    (l) => `<li class="interlanguage-link mw-list-item"><a href="#" lang="x"
class="interlanguage-link-target"><span>${l}</span></a></li>`,
  )
  .join('\n')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q9284410"
title="Edit interlanguage links" class="wbc-editpage">${p.langs.length ? 'Edit links' : 'Add links'}</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${tabs([
    ['ca-nstab-main', p.tabs[0], `/wiki/${p.page}`],
    ['ca-talk', p.tabs[1], `/wiki/Talk:${p.page}`],
  ])}</ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet
mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${tabs([
    ['ca-view', 'Read', `/wiki/${p.page}`],
    ['ca-edit', 'Edit', `/w/index.php?title=${p.page}&amp;action=edit`],
    ['ca-history', 'View history', `/w/index.php?title=${p.page}&amp;action=history`],
  ])}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet" aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container"
class="vector-unpinned-container"></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
${pin('Tools', 'page-tools')}<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options">
<div class="vector-menu-heading">Actions</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${tabs([
    ['ca-more-view', 'Read', `/wiki/${p.page}`],
    ['ca-more-edit', 'Edit', `/w/index.php?title=${p.page}&amp;action=edit`],
    ['ca-more-history', 'View history', `/w/index.php?title=${p.page}&amp;action=history`],
  ])}</ul></div></div>
${portlet('tb', 'General', p.general)}
${p.print.length ? portlet('coll-print_export', 'Print/export', p.print) : ''}
${portlet('wikibase-otherprojects', 'In other projects', p.other)}</div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">
<div id="vector-appearance" class="vector-appearance vector-pinnable-element">${pin('Appearance', 'appearance')}<div
id="vector-appearance-pinned-container-inner">
${appearance(V22_APPEARANCE)}</div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators">${p.indicators}</div><div id="siteSub" class="noprint">From ${p.site}</div></div>
<div id="contentSub"><div id="mw-content-subtitle">${p.subtitle}</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${p.content}
</div><noscript><img src="https://auth.wikimedia.org/loginwiki/wiki/Special:CentralAutoLogin/start?type=1x1&amp;usesul3=1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${base}/w/index.php?title=${p.page}&amp;oldid=1291844107">${base}/w/index.php?title=${p.page}&amp;oldid=1291844107</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${p.cats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div>
${
  p.hiddenCats.length
    ? `<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>${p.hiddenCats
        .map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`)
        .join('')}</ul></div>`
    : ''
}</div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">${p.edited}</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>.${
    p.trademark
      ? ` ${p.site}® is a registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation,
Inc.</a>, a non-profit organization.`
      : ''
  }</li></ul>
<ul id="footer-places">${p.places.map((t) => `<li><a href="/wiki/Special:${t.replace(/ /g, '')}">${t}</a></li>`).join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large"><picture><source media="(min-width: 500px)" srcset="/static/images/footer/wikimedia-button.svg" width="84" height="29">
<img src="/static/images/footer/wikimedia.svg" width="25" height="25" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large"><picture>
<img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" lang="en" width="25" height="25" loading="lazy"></picture></a></li></ul>
</footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-start">
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true">${p.titleHtml}</div></div></div>
<div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-icons"><a href="#" class="cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1"><span class="vector-icon
mw-ui-icon-speechBubbles"></span><span>Talk</span></a>
<a href="#" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1"><span
class="vector-icon mw-ui-icon-wikimedia-history"></span><span>History</span></a><a href="#" class="mw-watchlink cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" id="ca-watchstar-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-star"></span>
<span>Watch this page</span></a><a href="#" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" id="ca-edit-sticky-header"
tabindex="-1"><span class="vector-icon mw-ui-icon-wikimedia-wikiText"></span><span>Edit</span></a></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5c8d9b7f6-2xk4q","wgBackendResponseTime":187,"wgPageParseReport":
{"limitreport":{"cputime":"0.412","walltime":"0.538","ppvisitednodes":{"value":4120,"limit":1000000},"expansiondepth":{"value":14,"limit":100}}}});});</script>
</body></html>`;
}
