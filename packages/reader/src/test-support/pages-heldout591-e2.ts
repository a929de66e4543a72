import { type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file e2: a school's staff wiki page on MediaWiki (Vector 2022 skin, sidebar contents, page tools, wikitable).
 */
const wTitle = 'Placement test marking guide';
const wIntro = j(
  'This page explains how teachers mark the two parts of the adult placement test and turn the scores into a course level. It replaces',
  'the paper guide from 2024.',
);
const wBefore = j(
  'Open the learner\u2019s record in the booking system and check that the online part has been completed. The system shows the raw score',
  'out of 40 and the reading score out of 10. Do not mark a speaking interview if the online part is missing; email the course office',
  'instead.',
);
const wOnline = 'The online score is calculated automatically. Use the table to find the starting level, then adjust it after the interview.';
const wRows = [
  ['0–8', 'A1'],
  ['9–16', 'A2'],
  ['17–25', 'B1'],
  ['26–33', 'B2'],
  ['34–40', 'C1'],
];
const wInt = 'Interviews last ten minutes. Keep to the three question areas so that learners are treated the same way:';
const wAreas = [
  'personal information: where they live, work or study',
  'reasons for learning and previous study',
  'a topic of the learner\u2019s choice, with at least two follow-up questions',
];
const wScore = j(
  'Give a score from 1 to 5 for each of range, accuracy and fluency. Write one sentence of comment for each score in the record; the',
  'course office uses these comments when a learner asks why they were placed in a level.',
);
const wAdjust = j(
  'If the average speaking score is 4 or more, move the learner up one level from the online result. If it is below 2, move them down',
  'one level. Never move a learner more than one level in either direction; discuss borderline cases with the <a href="/wiki/Director_of_studies"',
  'title="Director of studies">director of studies</a>.',
);
const wAfter = j(
  'Save the record and mark it as <i>Placed</i>. The learner receives their result by email the next morning. Records are kept for two',
  'years and then deleted.',
);
const wHeads = ['Before marking', 'The online part', 'The speaking interview', 'Scoring', 'Adjusting the level', 'After marking'];
const wId = (h: string): string => h.replace(/ /g, '_');
const wH = (
  h: string,
  n: number,
  lvl = 2,
): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${wId(h)}">${h}</h${lvl}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Placement_test_marking_guide&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wToc = wHeads
  .map(
    (h, i) => `<li id="toc-${wId(h)}" class="vector-toc-list-item vector-toc-level-${i === 3 || i === 4 ? 2 : 1}"><a class="vector-toc-link" href="#${wId(h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i < 3 ? i + 1 : i === 5 ? 4 : `3.${i - 2}`}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const wNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wFoot = ['Privacy policy', 'About Ravensford Staff Wiki', 'Disclaimers'];
const wPin = `<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-enabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-enabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Ravensford Staff Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled
vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Placement_test_marking_guide","wgTitle":"Placement test marking guide","wgCurRevisionId":2291,"wgArticleId":318,"wgIsArticle":true,
"wgCategories":["Assessment"]};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="robots" content="noindex,nofollow,max-image-preview:standard">
<link rel="canonical" href="https://wiki.ravensford-lc.org/wiki/Placement_test_marking_guide"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Placement_test_marking_guide
rootpage-Placement_test_marking_guide skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
</div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ravensford Staff Wiki</strong></span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Ravensford Staff Wiki" aria-label="Search Ravensford Staff Wiki" autocapitalize="sentences" id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Placement+test+marking+guide">
<span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
${wPin}</div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${wNav.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}</ul></div></div></div></div></nav>
</div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
${wPin}</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Placement_test_marking_guide" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Placement_test_marking_guide&amp;action=edit&amp;redlink=1" rel="discussion" class="new"><span>Discussion</span></a></li></ul>
</div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Placement_test_marking_guide"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Placement_test_marking_guide&amp;action=edit" accesskey="e"><span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Placement_test_marking_guide&amp;action=history" accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button"
class="vector-dropdown-checkbox" aria-label="Tools">
<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button"
aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Tools</div>
${wPin}</div><div id="p-cactions" class="vector-menu mw-portlet"><div class="vector-menu-heading">General</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${wTools.map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`).join('')}</ul></div></div></div>
</div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Ravensford Staff Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>${wIntro}</p>
${wH(wHeads[0]!, 1)}<p>${wBefore}</p>
${wH(wHeads[1]!, 2)}<p>${wOnline}</p>
<table class="wikitable"><tbody><tr><th>Online score</th><th>Starting level</th></tr>
${wRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
${wH(wHeads[2]!, 3)}<p>${wInt}</p><ol>${lis(wAreas)}</ol>
${wH(wHeads[3]!, 4, 3)}<p>${wScore}</p>
${wH(wHeads[4]!, 5, 3)}<p>${wAdjust}</p>
${wH(wHeads[5]!, 6)}<p>${wAfter}</p>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270202160512 Cache expiry: 86400 CPU time usage: 0.012 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.ravensford-lc.org/index.php?title=Placement_test_marking_guide&amp;oldid=2291">
https://wiki.ravensford-lc.org/index.php?title=Placement_test_marking_guide&amp;oldid=2291</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Category</a>:
<ul><li><a href="/wiki/Category:Assessment" title="Category:Assessment">Assessment</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 February 2027, at 16:05.</li></ul>
<ul id="footer-places">${wFoot.map((t) => `<li><a href="/wiki/Ravensford_Staff_Wiki:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":87});});</script></body></html>`;
const ravensford: TestPage = {
  name: 'heldout591-ravensford-mediawiki-marking',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wIntro, wBefore, wOnline, ...wRows.map((r) => r.join(' ')), wInt, ...wAreas, wScore, wAdjust, wAfter]),
  bylines: ['This page was last edited on 2 February 2027, at 16:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Ravensford Staff Wiki', 'Search', 'Log in', 'move to sidebar', 'hide', 'Navigation', ...wNav, 'Contents', '(Top)',
    'Discussion', 'Read', 'View source', 'View history', 'Tools', 'General', ...wTools, 'edit', 'Category', 'Assessment', ...wFoot,
  ],
};

export const HELDOUT591_E2: readonly TestPage[] = [ravensford];
