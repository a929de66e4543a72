import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file c3: a MediaWiki.org help page (Vector 2022 skin, translatable page): "Jump to content", the
 * header with the main menu dropdown and its pinnable portlets, search, "Donate" / "Create account" / "Log in", the sidebar
 * table of contents with "(Top)", the title bar with the language button, the page toolbar, "Translate this page", the
 * "Other languages" bar, the public-domain note box at the top of the content, the help navigation sidebar table, "[edit]"
 * links, categories and the footer.
 */
const mwTitle = 'Help:Page bookmarks';
const mwLead = [
  'Page bookmarks let logged-in users save a link to a specific section of a page, so they can return to it later from any ' +
    'device. Unlike the watchlist, bookmarks do not notify you when a page changes. They are meant for reading, not for tracking ' +
    'edits.',
  'Bookmarks are private. Other users cannot see which pages you have bookmarked, and bookmarks are not shown in your contributions.',
];
const mwH1 = 'Adding a bookmark';
const mwSteps = [
  'Go to the section you want to save.',
  'Open the section\u2019s menu by clicking the small ribbon icon next to its heading.',
  'Choose <b>Bookmark this section</b>. A short message confirms that the bookmark was saved.',
];
const mwP1 = [
  'To bookmark a whole page instead of a section, use the ribbon icon next to the page title. If the icon is not shown, your wiki ' +
    'may not have the feature enabled, or you may not be logged in.',
];
const mwH2 = 'Viewing and organising bookmarks';
const mwP2 = [
  'All of your bookmarks are listed on <b>Special:Bookmarks</b>, which you can reach from the user menu. Bookmarks are shown newest ' +
    'first. You can sort them by page title instead, and you can filter the list to a single namespace.',
  'Each bookmark can be given a short note of up to 200 characters, for example to remind yourself why you saved it. Notes are ' +
    'shown under the bookmark on the special page and can be edited at any time.',
];
const mwH3 = 'When a section is renamed or removed';
const mwP3 = [
  'If the heading of a bookmarked section is changed, the bookmark still points to the old heading name. Following it takes you to ' +
    'the top of the page with a notice that the section could not be found. You can then open the bookmark and choose ' +
    '<b>Update section</b> to pick the new heading.',
  'If a bookmarked page is deleted, its bookmark is kept but greyed out, so you can see what you had saved. If the page is moved, ' +
    'the bookmark follows the redirect.',
];
const mwH4 = 'Limits';
const mwLimits = [
  'Each account can keep up to 1,000 bookmarks on a wiki.',
  'Bookmarks are stored per wiki and are not shared between wikis, even with a global account.',
  'Administrators can turn the feature off with the <code>$wgEnablePageBookmarks</code> setting.',
];
const mwPd = 'Note: When you edit this page, you agree to release your contribution under the CC0. See Public Domain Help Pages for more info.';
const mwNav = ['Main page', 'Get MediaWiki', 'Get extensions', 'Tech blog', 'Contribute'];
const mwSupport = ['User help', 'FAQ', 'Technical manual', 'Support desk', 'Communication'];
const mwDev = ['Developer portal', 'Code statistics'];
const mwSite = ['Community portal', 'Recent changes', 'Translate content', 'Random page', 'Village pump', 'Sandbox'];
const mwLangs = ['Deutsch', 'English', 'español', 'français', 'polski', 'русский', '中文'];
const mwBox = ['Help pages for readers', 'Navigation', 'Searching', 'Watchlist', 'Page bookmarks', 'Reading preferences'];
const mwTabs = ['Help', 'Discussion', 'Read', 'View source', 'View history', 'Tools'];
const mwFoot = ['Privacy policy', 'About mediawiki.org', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const mwEdited = 'This page was last edited on 2 October 2026, at 08:14.';
const mwLicence = 'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. See Terms of Use for details.';
const mwHead = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}"><span lang="en" dir="ltr"
class="mw-content-ltr">${t}</span></h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Help:Page_bookmarks&amp;action=edit&amp;section=T-1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mwPs = (a: readonly string[]): string => a.map((p) => `<p><span lang="en" dir="ltr" class="mw-content-ltr">${p}</span></p>`).join('\n');
const mwPortlet = (id: string, h: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${h}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></div>`;
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Help:Page bookmarks - MediaWiki</title><script>(function(){var
className="client-js vector-feature-language-in-header-enabled";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Help:Page_bookmarks","wgNamespaceNumber":12,
"wgTranslatePageTranslation":"source"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.translate%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.45.0-wmf.21"><meta name="viewport" content="width=1120"><meta property="og:title"
content="Help:Page bookmarks - MediaWiki">
<link rel="canonical" href="https://www.mediawiki.org/wiki/Help:Page_bookmarks"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"name":"Help:Page bookmarks","url":"https://www.mediawiki.org/wiki/Help:Page_bookmarks","author":{"@type":"Organization",
"name":"Contributors to Wikimedia projects"},
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2024-05-17T10:22:41Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-12 ns-subject page-Help_Page_bookmarks
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
${mwPortlet('navigation', 'Navigation', mwNav)}${mwPortlet('support', 'Support', mwSupport)}${mwPortlet('development', 'Development', mwDev)}
${mwPortlet('mediawiki', 'mediawiki.org', mwSite)}</div></div></div></nav><a href="/wiki/MediaWiki" class="mw-logo"><span
class="mw-logo-container">MediaWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search MediaWiki" aria-label="Search MediaWiki" id="searchInput"><button
class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(
  ['Donate', 'Create account', 'Log in'],
  'user-links-collapsible-item mw-list-item',
)}</ul></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${[mwH1, mwH2, mwH3, mwH4]
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-namespace">Help</span><span class="mw-page-title-separator">:</span><span
class="mw-page-title-main">Page bookmarks</span></h1><div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label
cdx-button" aria-label="Go to an article in another language. Available in 7 languages"><span
class="vector-dropdown-label-text">7 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav
aria-label="Namespaces"><ul>${links(mwTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul>
</nav></div><div id="right-navigation"><nav aria-label="Views"><ul>${links(mwTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">${mwTabs[5]}</span>
</label></div></div></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content">
<div class="mw-indicators"><div id="mw-indicator-translate" class="mw-indicator"><a
href="/w/index.php?title=Special:Translate&amp;group=page-Help%3APage+bookmarks">Translate this page</a>
</div></div><div id="siteSub" class="noprint">From mediawiki.org</div></div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="mw-pt-languages noprint navigation-not-searchable" lang="en" dir="ltr"><div class="mw-pt-languages-label">Other languages:</div>
<ul class="mw-pt-languages-list">${mwLangs.map((t) => `<li><a href="/wiki/Help:Page_bookmarks/x" class="mw-pt-progress">${t}</a></li>`).join('\n')}</ul></div>
<div class="plainlinks noprint" style="border:1px solid #a2a9b1;padding:0.3em;"><span class="pd-icon">PD</span> <span>${mwPd}</span></div>
<table class="navbox-help" style="float:right;width:22em;"><tr><th>${mwBox[0]}</th></tr><tr><td><ul>${links(mwBox.slice(1))}</ul></td></tr></table>
${mwPs(mwLead)}
${mwHead(mwH1)}
<ol>${mwSteps.map((t) => `<li><span lang="en" dir="ltr" class="mw-content-ltr">${t}</span></li>`).join('\n')}</ol>
${mwPs(mwP1)}
${mwHead(mwH2)}
${mwPs(mwP2)}
${mwHead(mwH3)}
${mwPs(mwP3)}
${mwHead(mwH4)}
<ul>${mwLimits.map((t) => `<li><span lang="en" dir="ltr" class="mw-content-ltr">${t}</span></li>`).join('\n')}</ul></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://www.mediawiki.org/w/index.php?title=Help:Page_bookmarks&amp;oldid=7288410">
https://www.mediawiki.org/w/index.php?title=Help:Page_bookmarks&amp;oldid=7288410</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Category</a>:
<ul><li><a href="/wiki/Category:Help">Help</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mwEdited}</li>
<li id="footer-info-copyright">Text is available under the <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>;
additional terms may apply. See <a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> for details.</li></ul>
<ul id="footer-places">${links(mwFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-7c6b","wgBackendResponseTime":164});});</script></body></html>`;

export const mediawikiHelpPage: TestPage = {
  name: 'heldout163-mediawiki-org-help-page',
  kind: 'wiki',
  html: mwHtml,
  // the title is the whole h1 ("Help:Page bookmarks"); the public-domain note box and the help navigation table are furniture
  title: mwTitle,
  headings: [mwH1, mwH2, mwH3, mwH4],
  body: texts([...mwLead, ...mwSteps, ...mwP1, ...mwP2, ...mwP3, ...mwLimits]),
  bylines: [mwEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...mwNav, 'Support', ...mwSupport, 'Development', ...mwDev, 'mediawiki.org',
    ...mwSite, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', '(Top)', '7 languages', ...mwTabs, 'Translate this page', 'From mediawiki.org',
    'Other languages:', ...mwLangs, 'PD', mwPd, ...mwBox.filter((t) => t !== 'Page bookmarks'), 'edit', 'Retrieved from', 'Category', mwLicence, ...mwFoot,
  ],
};
