import { plain } from './page-kit.js';

/**
 * Held-out batch 139, kit: the Vector 2022 skin of a Wikimedia wiki as a logged-out reader's browser saves it (jump link,
 * header with the main-menu dropdown, logo, search box, the personal-tools links, the sidebar table of contents, the title
 * bar with the language button, the namespace and view tabs, the pinned Tools and Appearance menus, "From Wikipedia...",
 * the parser output, the print footer, the category links, the footer and the sticky header), used by the English
 * Wikipedia species article, the English Wikipedia list article and the Simple English Wikipedia article.
 */

export interface VectorPage {
  host: string;
  lang: string;
  /** The wiki's name as the logo, search box and footer show it. */
  site: string;
  siteSub: string;
  title: string;
  description: string;
  /** The content sections for the sidebar table of contents: h2 text and its h3 texts. */
  toc: readonly (readonly [string, readonly string[]])[];
  languages: readonly string[];
  /** The parser output (inside .mw-parser-output). */
  content: string;
  categories: readonly string[];
  hiddenCategories: readonly string[];
  lastEdited: string;
  oldid: number;
  navigation: readonly string[];
  contribute: readonly string[];
  footerPlaces: readonly string[];
  copyright: string;
}

const under = (t: string): string => t.replace(/ /g, '_');
const item = (t: string, id: string): string =>
  `<li id="${id}" class="mw-list-item"><a href="/wiki/Special:${under(t)}" title="${t}"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`;
const portlet = (id: string, heading: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => item(t, `${id}-${i}`)).join('\n')}
</ul></div></div>`;
const pinHeader = (name: string, label: string): string => `<div class="vector-pinnable-header vector-${name}-pinnable-header vector-pinnable-header-unpinned"
data-feature-name="${name}-pinned" data-pinnable-element-id="vector-${name}"><div class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${name}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${name}.unpin">hide</button></div>`;

export const VECTOR_TOOLS = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page'];
export const VECTOR_TOOLS2 = ['Get shortened URL', 'Download QR code'];
const appearance = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];

/** The whole page, and the furniture and byline texts of its chrome (not of the parser output). */
export function vectorPage(o: VectorPage): { html: string; furniture: string[]; bylines: string[] } {
  const page = under(o.title);
  const tocHtml = o.toc
    .map(([h2, h3s], i) => {
      const id = under(h2);
      const sub = h3s
        .map(
          (h3) => `<li id="toc-${under(h3)}" class="vector-toc-list-item vector-toc-level-2"><a class="vector-toc-link" href="#${under(h3)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}.${h3s.indexOf(h3) + 1}</span><span>${h3}</span></div></a></li>`,
        )
        .join('\n');
      const toggle =
        h3s.length === 0
          ? ''
          : `<button aria-controls="toc-${id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${h2} subsection</span></button>`;
      return `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${id}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h2}</span></div></a>${toggle}
<ul id="toc-${id}-sublist" class="vector-toc-list">${sub}</ul></li>`;
    })
    .join('\n');
  const toggles = o.toc.filter(([, h3s]) => h3s.length > 0).map(([h2]) => `Toggle ${h2} subsection`);
  const langs = o.languages
    .map(
      (l, i) => `<li class="interlanguage-link mw-list-item"><a href="https://l${i}.wikipedia.org/wiki/${page}" class="interlanguage-link-target"
hreflang="x${i}"><span>${l}</span></a></li>`,
    )
    .join('\n');
  const nLang = `${o.languages.length} languages`;
  const html = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-page-tools-pinned-enabled vector-feature-toc-pinned-clientpref-1 vector-sticky-header-enabled skin-theme-clientpref-day" lang="${o.lang}"
dir="ltr">
<head><meta charset="UTF-8"><title>${o.title} - ${o.site}</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-feature-limited-width-clientpref-1";
RLCONF={"wgBreakFrames":false,"wgPageName":"${page}",
"wgTitle":"${o.title}","wgCurRevisionId":${o.oldid},"wgArticleId":${o.oldid % 9000000},
"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgContentLanguage":"${o.lang}",
"wgRelevantPageName":"${page}","wgIsProbablyEditable":true,"wgVector2022PreviewPages":[],"wgMediaViewerOnClick":true,"wgPopupsFlags":0};
RLSTATE={"ext.globalCssJs.user.styles":"ready","site.styles":"ready","skins.vector.styles":"ready","ext.cite.styles":"ready"};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","skins.vector.js","ext.popups","ext.centralNotice.startUp"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){}];});});</script>
<link rel="stylesheet" href="/w/load.php?lang=${o.lang}&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=${o.lang}&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.45.0-wmf.7"><meta name="referrer" content="origin-when-cross-origin"><meta name="robots"
content="max-image-preview:standard">
<meta name="viewport" content="width=1120"><meta property="og:title" content="${o.title} - ${o.site}"><meta property="og:type" content="website">
<meta name="description" content="${o.description}"><link rel="canonical" href="https://${o.host}/wiki/${page}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en"><link rel="dns-prefetch" href="//meta.wikimedia.org">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${o.title}","url":"https:\\/\\/${o.host}\\/wiki\\/${page}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2009-05-14T10:22:31Z","dateModified":"2025-03-12T08:41:07Z","headline":"${o.description}"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-${page}
rootpage-${page} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">${pinHeader('main-menu', 'Main menu')}
${portlet('navigation', 'Navigation', o.navigation)}
${portlet('interaction', 'Contribute', o.contribute)}
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="${o.site}" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle"
title="Search ${o.site} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/w/index.php"
id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search ${o.site}"
aria-label="Search ${o.site}" autocapitalize="sentences" title="Search ${o.site} [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon
cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-dropdown" class="vector-dropdown"
title="Change the appearance of the page">
<input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Appearance">
<label for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-appearance"></span><span class="vector-dropdown-label-text">Appearance</span></label>
<div class="vector-dropdown-content"><div id="vector-appearance-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item">
<a data-mw="interface" href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar&amp;uselang=${o.lang}"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:CreateAccount&amp;returnto=${page}" title="You are encouraged to create an account and log in"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface"
href="/w/index.php?title=Special:UserLogin&amp;returnto=${page}" title="You're encouraged to log in; however, it's not mandatory. [o]" accesskey="o"><span>Log
in</span></a></li>
</ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"
title="Log in and more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label><div class="vector-dropdown-content">
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"><div class="vector-menu-heading">Pages for logged out editors
<a href="/wiki/Help:Introduction" aria-label="Learn more about editing"><span>learn more</span></a></div><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/Special:MyContributions"
accesskey="y"><span>Contributions</span></a></li>
<li id="pt-anontalk" class="mw-list-item"><a href="/wiki/Special:MyTalk"
accesskey="n"><span>Talk</span></a></li></ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${tocHtml}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc"
class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Toggle the table of contents">
<label for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label>
<div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${o.title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in ${nLang}">
<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--action-progressive mw-interlanguage-selector"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">${nLang}</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${langs}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q${o.oldid % 99991}#sitelinks-wikipedia"
title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/${page}" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:${page}" rel="discussion" title="Discuss improvements to the content page [t]"
accesskey="t">
<span>Talk</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/${page}"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${page}&amp;action=edit" title="Edit this page [e]"
accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=${page}&amp;action=history" title="Past revisions of this page [h]"
accesskey="h">
<span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools-unpinned-container" class="vector-unpinned-container"></div></div></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
${pinHeader('page-tools', 'Tools')}
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options"><div
class="vector-menu-heading">Actions</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item">
<a href="/wiki/${page}"><span>Read</span></a></li><li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a
href="/w/index.php?title=${page}&amp;action=edit">
<span>Edit</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title=${page}&amp;action=history">
<span>View history</span></a></li></ul></div></div>
${portlet('tb', 'General', [...VECTOR_TOOLS, ...VECTOR_TOOLS2])}
${portlet('coll-print_export', 'Print/export', ['Download as PDF', 'Printable version'])}
${portlet('wikibase-otherprojects', 'In other projects', ['Wikimedia Commons', 'Wikidata item'])}
</div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-pinned-container" class="vector-pinned-container">
<div id="vector-appearance" class="vector-appearance vector-pinnable-element">${pinHeader('appearance', 'Appearance')}
<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet"><div class="vector-menu-heading">${appearance[0]}</div>
<ul><li>${appearance[1]}</li><li>${appearance[2]}</li><li>${appearance[3]}</li></ul></div>
<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet"><div class="vector-menu-heading">${appearance[4]}</div>
<ul><li>${appearance[2]}</li><li>${appearance[5]}</li></ul></div><div id="skin-client-prefs-skin-theme" class="mw-portlet">
<div class="vector-menu-heading">${appearance[6]}</div>
<ul><li>${appearance[7]}</li><li>${appearance[8]}</li><li>${appearance[9]}</li></ul></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">${o.siteSub}</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="${o.lang}" dir="ltr">
${o.content}
<!-- NewPP limit report Parsed by mw-api-int.eqiad.main-6d5f8b9c7-x2k4q Cached time: 20250312084107 Cache expiry: 2592000 CPU time usage: 0.412 seconds -->
</div><noscript><img src="https://${o.host}/wiki/Special:CentralAutoLogin/start?useformat=desktop&amp;type=1x1&amp;usesul3=1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://${o.host}/w/index.php?title=${page}&amp;oldid=${o.oldid}">https://${o.host}/w/index.php?title=${page}&amp;oldid=${o.oldid}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>:
<ul>${o.categories.map((c) => `<li><a href="/wiki/Category:${under(c)}">${c}</a></li>`).join('')}</ul></div>
<div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul>
${o.hiddenCategories.map((c) => `<li><a href="/wiki/Category:${under(c)}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
${o.lastEdited}<span
class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">${o.copyright}</li></ul>
<ul id="footer-places">${o.footerPlaces
    .map(
      (t, i) => `<li id="footer-places-${i}"><a
href="https://${o.host}/wiki/Footer:${under(t)}">${t}</a></li>`,
    )
    .join('\n')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://www.wikimedia.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large">
<picture><img src="/static/images/footer/wikimedia.svg" width="84" height="29" alt="Wikimedia Foundation" lang="en" loading="lazy"></picture></a></li>
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large"><picture>
<img src="/w/resources/assets/mediawiki_compact.svg" alt="Powered by MediaWiki" width="25" height="25"
loading="lazy"></picture></a></li></ul></footer></div></div></div>
<div class="vector-header-container vector-sticky-header-container"><div id="vector-sticky-header" class="vector-sticky-header"><div
class="vector-sticky-header-start">
<div class="vector-sticky-header-icon-start vector-button-flush-left vector-button-flush-right" aria-hidden="true"><button
class="cdx-button cdx-button--weight-quiet
vector-sticky-header-search-toggle" tabindex="-1"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></button></div>
<div class="vector-sticky-header-context-bar"><div class="vector-sticky-header-context-bar-primary" aria-hidden="true"><span
class="mw-page-title-main">${o.title}</span></div>
</div></div></div></div><div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom"><ul></ul></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7c9b5d7f9-q8n2w","wgBackendResponseTime":148,"wgPageParseReport":
{"limitreport":{"cputime":"0.412","walltime":"0.521","ppvisitednodes":{"value":2143,"limit":1000000},"expansiondepth":{"value":14,"limit":100}}}});});</script>
</body></html>`;
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  const furniture = [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...o.navigation, 'Contribute', ...o.contribute, 'Search', 'Appearance',
    'Donate', 'Create account', 'Log in', 'Personal tools', 'Pages for logged out editors', 'learn more', 'Contributions', 'Talk', 'Contents',
    '(Top)', ...toggles, 'Toggle the table of contents', nLang, ...o.languages, 'Edit links', 'Article', 'Read', 'Edit', 'View history', 'Tools',
    'Actions', 'General', ...VECTOR_TOOLS.filter((t) => !o.contribute.includes(t)), ...VECTOR_TOOLS2, 'Print/export', 'Download as PDF',
    'Printable version', 'In other projects', 'Wikimedia Commons', 'Wikidata item', ...appearance, o.siteSub, 'Retrieved from', 'Categories',
    ...o.categories, 'Hidden categories', ...o.hiddenCategories, plain(o.copyright), ...o.footerPlaces,
  ];
  return { html, furniture: [...new Set(furniture)], bylines: [`This page was last edited on ${o.lastEdited}`] };
}
