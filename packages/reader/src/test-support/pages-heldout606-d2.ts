import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file d2: a MediaWiki article in the Vector 2022 skin on a horology wiki (infobox, ToC, edit links,
 * references, catlinks).
 */
const mTitle = 'Count wheel';
const mLead = j(
  'A <b>count wheel</b> (also <b>locking plate</b>) is a wheel with notches cut at unequal intervals round its rim, used in a',
  '<a href="/wiki/Striking_clock" title="Striking clock">striking clock</a> to control how many blows the hammer gives at each',
  'hour.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">[</span>1<span class="cite-bracket">]</span></a></sup>',
  'It was the usual way of counting the strike in turret, lantern and early longcase clocks, and it is still found in many mantel clocks.',
);
const mHeads = ['Operation', 'Advantages and drawbacks', 'Correcting a count wheel strike', 'See also', 'References'];
const mOp = [
  j(
    'The count wheel turns once every twelve hours. Between its notches are raised sections of increasing length, one for each',
    'hour. When the clock begins to strike, a detent lifts out of a notch and rides on the raised section; the train keeps running,',
    'and the hammer keeps striking, until the detent drops into the next notch and locks the train.',
  ),
  'The half-hour is usually struck by a separate, narrow notch, so that a single blow is given between the hours.',
];
const mPros = [
  j(
    'A count wheel is simple, cheap to make and very reliable. Its main drawback is that it counts in sequence rather than',
    'reading the position of the hands: if the hands are moved past an hour without letting the clock strike, the strike',
    'falls out of step with the time.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2"><span class="cite-bracket">[</span>2<span',
    'class="cite-bracket">]</span></a></sup> A clock with <a href="/wiki/Rack_striking" title="Rack striking">rack striking</a> does not have this problem.',
  ),
];
const mFix = j(
  'To bring the strike back into step, the owner lifts the detent by hand (or presses the small release lever fitted to many',
  'clocks) and lets the clock strike through the hours until it strikes the hour shown by the hands.',
);
const mSee = ['<a href="/wiki/Rack_striking">Rack striking</a>', '<a href="/wiki/Warning_(horology)">Warning (horology)</a>'];
const mRefs = [
  'Brabazon, E. (1962). <i>The Striking Clock</i>. Fenwick: Tollhouse Press. p. 41.',
  'Quarrie, D. (1998). <i>Servicing Antique Clocks</i>. Kettleby: Mercer &amp; Lane. pp. 112–115.',
];
const mInfo = [
  ['Type', 'Striking control'],
  ['Also called', 'Locking plate'],
  ['Used in', 'Turret, lantern, longcase and mantel clocks'],
  ['Superseded by', 'Rack striking (in most English clocks)'],
];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFootLinks = ['Privacy policy', 'About ClockWiki', 'Disclaimers'];
const mCats = ['Clock mechanisms', 'Striking'];
const mH2 = (
  i: number,
): string => `<div class="mw-heading mw-heading2"><h2 id="${at(mHeads, i).replace(/ /g, '_')}">${at(mHeads, i)}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Count_wheel&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${at(mHeads, i)}"><span>edit</span>
</a><span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = mHeads
  .map(
    (h) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb"></span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mTab = (id: string, t: string, sel = false): string =>
  `<li id="ca-${id}" class="${sel ? 'selected ' : ''}vector-tab-noicon mw-list-item"><a href="/wiki/Count_wheel?${id}"><span>${t}</span></a></li>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled"
lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Count wheel - ClockWiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Count_wheel",
"wgTitle":"Count wheel","wgCurRevisionId":48213,"wgArticleId":1732,"wgIsArticle":true,"wgAction":"view"};RLSTATE={"site.styles":"ready",
"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="viewport" content="width=1120"><link rel="canonical" href="https://clockwiki.example/wiki/Count_wheel"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Count_wheel
rootpage-Count_wheel skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
<div id="vector-main-menu" class="vector-main-menu
vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">ClockWiki</strong></span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search ClockWiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container">
<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search ClockWiki" aria-label="Search ClockWiki" autocapitalize="sentences" title="Search ClockWiki [f]"
id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(['Create account', 'Log in'], 'mw-list-item')}</ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages">
<div class="vector-menu-content"><ul class="vector-menu-content-list">${mTab('nstab-main', 'Page', true)}${mTab('talk', 'Discussion')}</ul></div>
</div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
<div class="vector-menu-content">
<ul class="vector-menu-content-list">${mTab('view', 'Read', true)}${mTab('edit', 'Edit')}${mTab('history', 'View history')}</ul>
</div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators">
</div><div id="siteSub" class="noprint">From ClockWiki, the free horology encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle">
</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mH2(0)}
${ps(mOp)}
${mH2(1)}
${ps(mPros)}
${mH2(2)}
<p>${mFix}</p>
${mH2(3)}
<ul>${lis(mSee)}</ul>
${mH2(4)}
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://clockwiki.example/index.php?title=Count_wheel&amp;oldid=48213">
https://clockwiki.example/index.php?title=Count_wheel&amp;oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 February 2026,
at 09:41.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFootLinks)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout606-mediawiki-count-wheel',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mLead, ...mOp, ...mPros, mFix, ...mSee, ...mRefs]),
  bylines: ['This page was last edited on 14 February 2026, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mMenu, 'ClockWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From ClockWiki, the free horology encyclopedia', ...mInfo.flat().filter((t) => t !== 'Locking plate'),
    'Categories', 'Clock mechanisms',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFootLinks,
  ],
};

export const HELDOUT606_D2: readonly TestPage[] = [mediawiki];
