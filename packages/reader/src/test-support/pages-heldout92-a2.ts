/**
 * Held-out batch 92, file a2: the Vector 2022 chrome of the Wikipedia article of file a (the jump link, the header with
 * the main-menu dropdown, logo, search and the logged-out user links, the sidebar table of contents, the title bar with
 * the language button, the namespace / view tabs, the Tools and Appearance menus, and the footer), with its texts.
 */
export const wpMenuNav = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const wpMenuContribute = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const wpUser = ['Donate', 'Create account', 'Log in'];
export const wpLoggedOut = ['Pages for logged out editors', 'learn more', 'Contributions', 'Talk'];
export const wpTabs = ['Article', 'Read', 'Edit', 'View history'];
export const wpToolsGeneral = [
  'What links here',
  'Related changes',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Download QR code',
];
export const wpToolsPrint = ['Download as PDF', 'Printable version'];
export const wpToolsOther = ['Wikimedia Commons', 'Wikidata item'];
export const wpAppearance = ['Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
export const wpLangs = ['Cymraeg', 'Deutsch', 'Français'];
export const wpFooter = [
  'Privacy policy',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
export const wpLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to ' +
  'the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
/** Chrome texts that are the same on every Vector 2022 page. */
export const wpChromeFurniture = [
  'Jump to content',
  'Main menu',
  'move to sidebar',
  'hide',
  'Navigation',
  ...wpMenuNav,
  'Contribute',
  ...wpMenuContribute,
  'Search',
  ...wpUser,
  'Personal tools',
  ...wpLoggedOut,
  '(Top)',
  'Toggle the table of contents',
  '3 languages',
  ...wpLangs,
  'Edit links',
  'English',
  ...wpTabs,
  'Tools',
  'Actions',
  'General',
  ...wpToolsGeneral,
  'Print/export',
  ...wpToolsPrint,
  'In other projects',
  ...wpToolsOther,
  ...wpAppearance,
  'From Wikipedia, the free encyclopedia',
  wpLicence,
  ...wpFooter,
];

const li = (id: string, href: string, t: string): string => `<li id="${id}" class="mw-list-item"><a href="${href}"><span>${t}</span></a></li>`;
const menu = (id: string, heading: string, items: readonly string[]): string => `<div id="${id}" class="vector-menu mw-portlet mw-portlet-${id.slice(2)}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => li(`${id}-${i}`, `/wiki/Special:${t.replace(/ /g, '_')}`, t)).join('\n')}</ul></div></div>`;
const pinHead = (
  label: string,
  feature: string,
): string => `<div class="vector-pinnable-header vector-${feature}-pinnable-header vector-pinnable-header-unpinned"
data-feature-name="${feature}-pinned" data-pinnable-element-id="vector-${feature}"><div class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${feature}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${feature}.unpin">hide</button></div>`;

/** The document head of a Vector 2022 page. */
export const wpHead = (title: string, slug: string, desc: string): string => `<head>
<meta charset="UTF-8"><title>${title} - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled";
var cookie=document.cookie.match(/(?:^|;\x20)enwikimwclientpreferences=([^;]+)/);
if(cookie){cookie[1].split('%2C').forEach(function(pref){className=className.replace(
new RegExp('(^|\x20)'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+(\x20|$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgCanonicalNamespace":"","wgPageName":"${slug}","wgTitle":"${title}",
"wgCurRevisionId":1275530911,"wgArticleId":31824407,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgPageContentLanguage":"en",
"wgRelevantPageName":"${slug}","wgIsProbablyEditable":true,"wgWikibaseItemId":"Q7102291","wgVector2022PreviewPages":[]};
RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready","jquery.makeCollapsible","mediawiki.toc",
"skins.vector.js","ext.centralNotice.startUp"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){mw.user.tokens.set(
{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"});}];});});</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.wikimediamessages.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="generator" content="MediaWiki 1.44.0-wmf.16"><meta name="referrer" content="origin"><meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no"><meta name="viewport" content="width=1120"><meta property="og:title" content="${title} - Wikipedia">
<meta property="og:type" content="website"><meta name="description" content="${desc}"><link rel="preconnect" href="//upload.wikimedia.org">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//en.m.wikipedia.org/wiki/${slug}">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title=${slug}&amp;action=edit">
<link rel="icon" href="/static/favicon/wikipedia.ico"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="canonical" href="https://en.wikipedia.org/wiki/${slug}">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${title}",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/${slug}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2011-05-19T10:02:44Z","dateModified":"2025-02-14T09:41:07Z","headline":"${desc}"}</script></head>`;

/** The header, main menu, user links and the start of the page container, up to the sidebar table of contents. */
export const wpHeader = `<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown"
title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
${pinHead('Main menu', 'main-menu')}
${menu('p-navigation', 'Navigation', wpMenuNav)}
${menu('p-interaction', 'Contribute', wpMenuContribute)}
</div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container">
<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/w/index.php" id="searchform" class="cdx-search-input">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main">
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpUser.map((t, i) => li(`pt-u${i}-2`, `/w/index.php?title=Special:${t.replace(/ /g, '')}`, t)).join('\n')}</ul></div></div></div>
<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-user-menu-logged-out" title="Log in and more options">
<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Personal tools">
<label for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-ellipsis"></span><span class="vector-dropdown-label-text">Personal tools</span></label>
<div class="vector-dropdown-content"><div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpUser.map((t, i) => li(`pt-u${i}`, `/w/index.php?title=Special:${t.replace(/ /g, '')}`, t)).join('\n')}</ul></div></div>
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet"><div class="vector-menu-heading">${wpLoggedOut[0]} <a href="/wiki/Help:Introduction"
aria-label="Learn more about editing"><span>${wpLoggedOut[1]}</span></a></div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${li('pt-anoncontribs', '/wiki/Special:MyContributions', wpLoggedOut[2]!)}${li('pt-anontalk', '/wiki/Special:MyTalk', wpLoggedOut[3]!)}
</ul></div></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><!-- CentralNotice
--></div></div>`;

/** The sidebar table of contents (the entries repeat the article's headings). */
export const wpToc = (sections: readonly { h: string; subs: readonly string[] }[]): string => {
  const a = (t: string, n: string): string =>
    `<a href="#${t.replace(/ /g, '_')}" class="vector-toc-link"><div class="vector-toc-text"><span
class="vector-toc-numb">${n}</span><span>${t}</span></div></a>`;
  const items = sections.map((s, i) => {
    const id = s.h.replace(/ /g, '_');
    const subs = s.subs.map((t, j) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-2">${a(t, `${i + 1}.${j + 1}`)}</li>`);
    const toggle =
      subs.length === 0
        ? ''
        : `<button aria-controls="toc-${id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${s.h} subsection</span></button>`;
    return `<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1">${a(s.h, String(i + 1))}${toggle}
<ul id="toc-${id}-sublist" class="vector-toc-list">${subs.join('\n')}</ul></li>`;
  });
  return `<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div><div
class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${items.join('\n')}</ul></div></div></nav></div></div>`;
};

const tools = (
  id: string,
  heading: string,
  items: readonly string[],
): string => `<div id="${id}" class="vector-menu mw-portlet"><div class="vector-menu-heading">
${heading}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${items.map((t, i) => li(`${id}-t${i}`, '#', t)).join('')}</ul></div></div>`;

/** The title bar (with the language button) and the page toolbar with its tabs and the Tools / Appearance menus. */
export const wpTitleBar = (title: string): string => `<header class="mw-body-header vector-page-titlebar">
<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc">
<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents">
<label for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 3 languages">
<label for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--action-progressive mw-interlanguage-selector" aria-hidden="true">
<span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">3 languages</span></label>
<div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpLangs.map((t) => `<li class="interlanguage-link mw-list-item"><a href="#" class="interlanguage-link-target"><span>${t}</span></a></li>`).join('\n')}
</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a
href="https://www.wikidata.org/wiki/Special:EntityPage/Q7102291#sitelinks-wikipedia"
class="wbc-editpage">Edit links</a></span></div></div></div></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="#" title="View the content page [c]" accesskey="c"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="#" rel="discussion"
title="Discuss improvements to the content page [t]"><span>Talk</span></a></li>
</ul></div></div><div id="vector-variants-dropdown" class="vector-dropdown emptyPortlet"><label class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">English</span></label></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${wpTabs
  .slice(1)
  .map((t, i) => `<li id="ca-v${i}" class="vector-tab-noicon mw-list-item${i === 0 ? ' selected' : ''}"><a href="#"><span>${t}</span></a></li>`)
  .join('\n')}</ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Tools">
<label for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">${pinHead('Tools', 'page-tools')}
${tools('p-cactions', 'Actions', wpTabs.slice(1))}${tools('p-tb', 'General', wpToolsGeneral)}${tools('p-coll-print_export', 'Print/export', wpToolsPrint)}
${tools('p-wikibase-otherprojects', 'In other projects', wpToolsOther)}</div></div></div></nav>
<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-dropdown" class="vector-dropdown" title="Change the appearance">
<label class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-dropdown-label-text">${wpAppearance[0]}</span></label>
<div class="vector-dropdown-content"><div id="vector-appearance" class="vector-appearance vector-pinnable-element">
<div class="skin-client-prefs-vector-feature-custom-font-size"><div class="vector-menu-heading">${wpAppearance[1]}</div>
<form><div class="cdx-radio"><span>${wpAppearance[2]}</span></div><div class="cdx-radio"><span>${wpAppearance[3]}</span></div>
<div class="cdx-radio"><span>${wpAppearance[4]}</span></div></form></div><div class="skin-client-prefs-vector-feature-limited-width">
<div class="vector-menu-heading">${wpAppearance[5]}</div></div><div class="skin-client-prefs-skin-theme"><div
class="vector-menu-heading">${wpAppearance[6]}</div>
<form>${wpAppearance
  .slice(7)
  .map((t) => `<div class="cdx-radio"><span>${t}</span></div>`)
  .join('')}</form></div></div></div></div></nav></div></div></div>`;

/** The page footer with the last-edited line, the licence and the footer links. */
export const wpFooterHtml = (edited: string): string => `<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> ${edited}</li>
<li id="footer-info-copyright">${wpLicence.replace(
  'Terms of Use',
  '<a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a>',
)}</li>
</ul><ul id="footer-places">${wpFooter.map((t, i) => `<li id="footer-places-${i}"><a href="#">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://wikimediafoundation.org/" class="cdx-button cdx-button--fake-button">
<img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li>
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31" loading="lazy"></a></li></ul></footer>`;
