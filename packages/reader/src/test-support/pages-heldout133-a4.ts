import { menus, pinHeader, portlet, radio, subs, tocHtml, toolGroups, u, type VectorPage } from './pages-heldout133-a3.js';

/**
 * Held-out batch 133, file a4: the whole Vector 2022 page around a Wikimedia article's parser output, as a logged-out
 * reader saves it (see file a3 for what the chrome holds).
 */
const rlStyles =
  '/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.uls.interlanguage%7Cext.wikimediamessages.styles%7Cskins.vector.icons%2Cstyles' +
  '%7Cskins.vector.search.codex.styles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022';
export const vectorPage = (p: VectorPage): string => {
  const lc = p.host.split('.')[1] ?? 'wikipedia';
  const cats = JSON.stringify([...p.cats, ...p.hiddenCats]);
  return `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-limited-width-content-enabled
vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day
vector-sticky-header-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${p.title} - ${p.project}</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";
var cookie=document.cookie.match(/(?:^|; )enwikimwclientpreferences=([^;]+)/);
if(cookie){cookie[1].split('%2C').forEach(function(pref){
className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],
"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],
"wgRequestId":"2f1c4a3e-77d0-4b8e-a1a5-0e8b9d6f3c21","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,
"wgPageName":"${u(p.pageName)}","wgTitle":"${p.pageName}","wgCurRevisionId":${p.revId},"wgRevisionId":${p.revId},"wgArticleId":${p.revId % 9000000},
"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":${cats},"wgPageViewLanguage":"en",
"wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"${u(p.pageName)}","wgRelevantArticleId":${p.revId % 9000000},
"wgIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgNoticeProject":"${lc}","wgWikibaseItemId":"${p.qid}",
"wgVector2022LanguageInHeader":true};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready",
"skins.vector.styles":"ready","skins.vector.icons":"ready","ext.wikimediamessages.styles":"ready","ext.uls.interlanguage":"ready",
"wikibase.client.init":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp",
"ext.gadget.ReferenceTooltips","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.echo.centralauth",
"ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","wikibase.client.vector-2022"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set({
"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"});}];});});</script>
<link rel="stylesheet"
href="${rlStyles}">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content=""><link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.7"><meta name="referrer" content="origin"><meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard"><meta name="format-detection" content="telephone=no"><meta name="viewport" content="width=1120">
<meta property="og:title" content="${p.title} - ${p.project}"><meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org"><link rel="alternate" media="only screen and (max-width: 640px)"
href="//en.m.${lc}.org/wiki/${u(p.pageName)}">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title=${u(p.pageName)}&amp;action=edit">
<link rel="icon" href="/static/favicon/${lc}.ico"><link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search"
title="${p.project} (en)">
<link rel="EditURI" type="application/rsd+xml" href="//${p.host}/w/api.php?action=rsd"><link rel="canonical" href="https://${p.host}/wiki/${u(p.pageName)}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en"><link rel="dns-prefetch" href="//meta.wikimedia.org/">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-${u(p.pageName)}
rootpage-${u(p.pageName.split('/')[0] ?? '')} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header no-font-mode-scale"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left
vector-button-flush-right" title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu">
</span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
${pinHeader('Main menu', 'main-menu')}
${menus[p.project].map(([h, items]) => portlet(h.toLowerCase(), h, items)).join('\n')}
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/${lc}.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${p.project}" src="/static/images/mobile/copyright/${lc}-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search ${p.project} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search
mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width"><form action="/w/index.php" id="searchform" class="cdx-search-input
cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${p.project}"
aria-label="Search ${p.project}" autocapitalize="sentences" title="Search ${p.project} [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon
cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list"></ul></div></div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=${p.host}&amp;uselang=en" class=""><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:CreateAccount&amp;returnto=${u(p.pageName)}"
title="You are encouraged to create an account and log in; however, it is not mandatory"
class=""><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:UserLogin&amp;returnto=${u(p.pageName)}" title="You're encouraged to log in; however, it's not mandatory. [o]" accesskey="o"
class=""><span>Log in</span></a></li></ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span>
<span class="vector-dropdown-label-text">Personal tools</span></label><div class="vector-dropdown-content">
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">Pages for logged out editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions"
accesskey="y"><span>Contributions</span></a></li>
<li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk"
accesskey="n"><span>Talk</span></a></li></ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice -->
<div id="centralNotice" class="cn-closed"></div></div></div><div class="vector-column-start"><div class="vector-main-menu-container">
<div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-pinned-container"
class="vector-pinned-container"></div></nav></div></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">${pinHeader('Contents', 'toc')}<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${tocHtml(p)}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar no-font-mode-scale">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc"
class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Toggle the table of contents"><label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-wikimedia-listBullet"></span>
<span class="vector-dropdown-label-text">Toggle the table of contents</span></label><div class="vector-dropdown-content">
<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${p.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in ${p.langs.length} languages">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span>
<span class="vector-dropdown-label-text">${p.langs.length} languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${p.langs
    .map(
      ([
        c,
        a,
        t,
      ]) => `<li class="interlanguage-link interwiki-${c} mw-list-item"><a href="https://${c}.${lc}.org/wiki/${u(t)}" title="${t}" lang="${c}" hreflang="${c}"
data-title="${t}" data-language-autonym="${a}" class="interlanguage-link-target"><span>${a}</span></a></li>`,
    )
    .join('\n')}</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link">
<a href="https://www.wikidata.org/wiki/Special:EntityPage/${p.qid}#sitelinks-${lc}" title="Edit interlanguage links" class="wbc-editpage">Edit
links</a></span></div>
</div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${u(p.pageName)}" accesskey="c"><span>${
    p.project === 'Wikipedia' ? 'Article' : 'Book'
  }</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${u(p.pageName)}" rel="discussion"
accesskey="t"><span>Talk</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs
mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/${u(p.pageName)}"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${u(p.pageName)}&amp;action=edit"
accesskey="e"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=${u(p.pageName)}&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
${pinHeader('Tools', 'page-tools')}
${toolGroups(p)
  .map(([h, items]) => portlet(h.toLowerCase().replace(/[^a-z]+/g, '-'), h, items))
  .join('\n')}
</div></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance">
<div id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
${pinHeader('Appearance', 'appearance')}<div id="skin-client-prefs-vector-feature-custom-font-size"
class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-custom-font-size">
<div class="vector-menu-heading">Text</div><div class="vector-menu-content">${radio('font', ['Small', 'Standard', 'Large'])}
<span class="skin-client-pref-exclusion-notice">This page always uses small font size</span></div></div>
<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet"><div class="vector-menu-heading">Width</div><div class="vector-menu-content">
${radio('width', ['Standard', 'Wide'])}<span class="skin-client-pref-exclusion-notice">The content is as wide as possible for your browser
window.</span></div></div>
<div id="skin-client-prefs-skin-theme" class="mw-portlet"><div class="vector-menu-heading">Color (beta)</div><div class="vector-menu-content">
${radio('theme', ['Automatic', 'Light', 'Dark'])}<span class="skin-client-pref-exclusion-notice">This page is always in light mode.</span></div></div>
</div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">${subs[p.project]}</div></div>
<div id="contentSub"><div id="mw-content-subtitle">${p.contentSub ?? ''}</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${p.content}
<!-- NewPP limit report Parsed by mw-api-int.codfw.main-5d5f7c9bd-x2k8q Cached time: 20250311094455 CPU time usage: 0.412 seconds -->
</div><noscript><img src="https://login.wikimedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://${p.host}/w/index.php?title=${u(p.pageName)}&amp;
oldid=${p.revId}">https://${p.host}/w/index.php?title=${u(p.pageName)}&amp;oldid=${p.revId}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${p.cats.map((c) => `<li><a href="/wiki/Category:${u(c)}" title="Category:${c}">${c}</a></li>`).join('')}</ul></div>
<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories:
<ul>${p.hiddenCats.map((c) => `<li><a href="/wiki/Category:${u(c)}" title="Category:${c}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on ${p.lastEdited}<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text"
href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative
Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>.${
    p.project === 'Wikipedia'
      ? ' Wikipedia® is a registered trademark of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation,' +
        ' Inc.</a>, ' +
        'a non-profit organization.'
      : ''
  }</li></ul>
<ul id="footer-places">${[
    ['privacy', 'Privacy policy'],
    ['about', `About ${p.project}`],
    ['disclaimers', 'Disclaimers'],
    ['contact', `Contact ${p.project}`],
    ['wm-codeofconduct', 'Code of Conduct'],
    ['developers', 'Developers'],
    ['statslink', 'Statistics'],
    ['cookiestatement', 'Cookie statement'],
    ['mobileview', 'Mobile view'],
  ]
    .map(([id, t]) => `<li id="footer-places-${id}"><a href="https://${p.host}/wiki/${u(t ?? '')}">${t}</a></li>`)
    .join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/" class="cdx-button cdx-button--fake-button
cdx-button--size-large cdx-button--fake-button--enabled"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation"
lang="en" loading="lazy"></a></li><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large
cdx-button--fake-button--enabled"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li>
</ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header" data-nosnippet>
<div class="vector-sticky-header-start"><div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true">
<button class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-sticky-header-search-toggle" tabindex="-1"><span class="vector-icon
mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></button></div><div class="vector-sticky-header-context-bar">
<div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span class="mw-page-title-main">${p.title}</span></div></div></div>
<div class="vector-sticky-header-end" aria-hidden="true"><div class="vector-sticky-header-icons"><a href="#" class="cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1"><span class="vector-icon mw-ui-icon-speechBubbles-rtl"></span>
<span></span></a><a href="#" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header"
tabindex="-1">
<span class="vector-icon mw-ui-icon-wikimedia-history"></span><span></span></a></div></div></div></div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7b9c6f8d5-qs4lz","wgBackendResponseTime":142,
"wgPageParseReport":{"limitreport":{"cputime":"0.412","walltime":"0.538","ppvisitednodes":{"value":2841,"limit":1000000},"expansiondepth":{"value":12,
"limit":100}}}});});</script>
</body></html>`;
};
