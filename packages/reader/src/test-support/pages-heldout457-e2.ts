import type { TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/** Held-out batch 457, file e2: a smallholding wiki article on MediaWiki 1.41 (Vector 2022) with an infobox, a sidebar contents list and edit links. */
const mTitle = 'Muscovy duck';
const mParts: Part[] = [
  {
    p: j(
      'The <b>Muscovy duck</b> is a large duck kept on many smallholdings for meat, for its quiet temperament and for its appetite for',
      'slugs and flies. Unlike almost all other domestic ducks, it is not descended from the mallard.',
    ),
  },
  { h: 'Characteristics' },
  {
    p: j(
      'Drakes weigh 4.5 to 6 kg and ducks about half that, one of the largest differences in size between the sexes of any domestic bird.',
      'Both have bare red skin, called caruncles, around the face. Muscovies rarely quack; the ducks make a quiet trill and the drakes hiss.',
    ),
  },
  { p: 'They fly well when young, and the lighter ducks can clear a two-metre fence. Most keepers clip one wing after each moult.' },
  { h: 'Housing' },
  {
    p: j(
      'Muscovies roost higher than other ducks and will use a low perch. A house giving 0.5 square metres a bird is enough, with a pond or',
      'a deep tub for bathing. They tolerate cold well but dislike long spells of wet ground.',
    ),
  },
  { h: 'Breeding' },
  {
    p: j(
      'Ducks are reliable sitters and good mothers. Incubation takes 35 days, a week longer than for mallard-derived breeds. A cross',
      'between a Muscovy drake and a duck of another breed produces sterile offspring, known as mules.',
    ),
  },
  { h: 'Hatching under a broody', lv: 3 },
  {
    p: j(
      'A Muscovy duck will cover up to 20 eggs. Chicken broodies can hatch Muscovy eggs but may leave the nest before the longer',
      'incubation is finished.',
    ),
  },
];
const mBox: [string, string][] = [
  ['Origin', 'South America'],
  ['Weight', 'Drake 4.5–6 kg; duck 2–3 kg'],
  ['Eggs per year', '60–120'],
  ['Egg colour', 'White to cream'],
  ['Use', 'Meat, pest control'],
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mHead = (text: string, h: string): string => `<div class="mw-heading mw-heading${h.slice(2, 3)}">${h.replace('>', ` id="${text.replace(/ /g, '_')}">`)}
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Muscovy_duck&amp;action=edit&amp;section=1"
title="Edit section: ${text}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mPin = (
  label: string,
  tag: string,
): string => `<div class="vector-pinnable-header vector-pinnable-header-pinned"><${tag} class="vector-pinnable-header-label">${label}</${tag}>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>`;
const mToc = headingsOf(mParts)
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${h.startsWith('Hatching') ? 2 : 1}"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mTab = (id: string, t: string): string =>
  `<li id="ca-${id}" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Muscovy_duck&amp;action=${id}"><span>${t}</span></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Smallholder's Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Muscovy_duck","wgTitle":"Muscovy duck",
"wgCurRevisionId":4821,"wgArticleId":612,"wgIsArticle":true,"wgAction":"view",
"wgCategories":["Ducks","Poultry breeds"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.smallholders.org.uk/wiki/Muscovy_duck"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Muscovy_duck rootpage-Muscovy_duck
skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong
class="mw-logo-wordmark">Smallholder's
Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div
class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Smallholder's Wiki" aria-label="Search Smallholder's Wiki"
id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount&amp;returnto=Muscovy+duck"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item
mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Muscovy+duck"
accesskey="o"><span>Log in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
${mPin('Main menu', 'div')}<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${mNav
  .map(
    (t) => `<li class="mw-list-item"><a
href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`,
  )
  .join('')}
</ul></div></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">${mPin('Contents', 'h2')}
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">${mTab('nstab-main', 'Page')}${mTab('talk', 'Discussion')}
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul
class="vector-menu-content-list">${mTab('view', 'Read')}${mTab('viewsource', 'View source')}${mTab('history', 'View history')}</ul>
</div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators">
</div><div id="siteSub" class="noprint">From Smallholder's Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><caption>${mTitle}</caption><tbody><tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a
href="/wiki/File:Muscovy_drake.jpg"
class="mw-file-description"><img src="/images/thumb/4/4a/Muscovy_drake.jpg/220px-Muscovy_drake.jpg" decoding="async" width="220" height="165"
class="mw-file-element"></a>
</span><div class="infobox-caption">Drake in breeding colour</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${render(mParts, { wrapH: mHead })}
<!-- NewPP limit report Parsed by mw1 Cached time: 20270303211402 CPU time usage: 0.041 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.smallholders.org.uk/index.php?title=Muscovy_duck&amp;oldid=4821">
https://wiki.smallholders.org.uk/index.php?title=Muscovy_duck&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Ducks" title="Category:Ducks">Ducks</a></li><li><a
href="/wiki/Category:Poultry_breeds"
title="Category:Poultry breeds">Poultry breeds</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 March 2027, at
21:14.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a
href="/wiki/Project:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Project:About">About Smallholder's Wiki</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Project:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"
loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout457-mediawiki-muscovy-duck',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: headingsOf(mParts),
  body: bodyOf(mParts),
  bylines: ['This page was last edited on 3 March 2027, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', "Smallholder's Wiki", 'Search', 'Create account', 'Log in', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...mNav,
    'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'View source', 'View history', "From Smallholder's Wiki", 'Drake in breeding colour',
    ...mBox.flat().filter((t) => t !== 'Use'), 'edit', 'Categories', 'Poultry breeds',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', "About Smallholder's Wiki", 'Disclaimers',
  ],
};

export const HELDOUT457_E2: readonly TestPage[] = [mediawiki];
