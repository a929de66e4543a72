import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file d2: a learner drivers' wiki article on MediaWiki 1.41 (Vector 2022 skin) with pinned main menu and
 * table of contents, page tools, an infobox, edit-section links, a See also list, categories and the wiki footer.
 */
const wTitle = 'Hazard perception test';
const wLead = [
  j(
    'The <b>hazard perception test</b> is the second part of the car theory test. The candidate watches 14 short video clips filmed',
    'from a driver’s point of view and clicks whenever a developing hazard appears. It is taken straight after the multiple-choice',
    'questions, and both parts must be passed on the same day.',
  ),
  'The test was introduced in its present video form in 2009, replacing an older version filmed on a single suburban route.',
];
const wSecs = [
  {
    h: 'Format',
    ps: [
      j(
        'Each clip lasts about a minute. Thirteen clips contain one scoring hazard and one clip contains two. A hazard can score up',
        'to five points, depending on how early the candidate responds once it begins to develop; the pass mark is 44 out of 75.',
      ),
    ],
  },
  {
    h: 'Scoring',
    ps: [
      j(
        'The scoring window opens when the hazard starts to develop and is divided into five parts. A click in the first part',
        'scores five points, a click in the last part one point. Clicks outside the window neither score nor lose points.',
      ),
      j(
        'If the software detects a pattern of clicking, such as clicking continuously or in a regular rhythm, the clip scores zero',
        'and a message is shown at the end of the test.',
      ),
    ],
  },
  {
    h: 'Common difficulties',
    ps: [
      j(
        'Candidates most often lose marks by clicking too late on hazards that develop slowly, for example a cyclist ahead who',
        'begins to look over a shoulder before turning. Instructors commonly advise clicking once when a possible hazard is first',
        'seen and again as it develops.',
      ),
    ],
  },
];
const wSee = ['Theory test', 'Stopping distances', 'Practical driving test'];
const wInfo = [
  ['Part of', 'Car theory test'],
  ['Clips', '14'],
  ['Maximum score', '75'],
  ['Pass mark', '44'],
  ['Introduced', '2002 (video version 2009)'],
] as const;
const wNavMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wCats = ['Theory test', 'Tests and examinations'];
const wFoot = ['Privacy policy', 'About Learner Wiki', 'Disclaimers'];
const edit = (n: number, h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Hazard_perception_test&amp;action=edit&amp;section=${n}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const tocItem = (h: string, n: number): string =>
  `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${h}</span></div></a></li>`;
const secHtml = (s: (typeof wSecs)[number], i: number): string =>
  `<h2><span class="mw-headline" id="${s.h.replace(/ /g, '_')}">${s.h}</span>${edit(i + 1, s.h)}</h2>\n${s.ps.map((p) => `<p>${p}\n</p>`).join('\n')}`;
const heads = [...wSecs.map((s) => s.h), 'See also'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1
vector-feature-limited-width-clientpref-1" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Learner Wiki</title>
<script>(function(){var
className="client-js vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Hazard_perception_test","wgTitle":"Hazard perception test","wgCurRevisionId":18822,"wgArticleId":412,
"wgIsArticle":true,
"wgAction":"view","wgCategories":["Theory test","Tests and examinations"]};RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.0">
<link rel="edit" title="Edit" href="/index.php?title=Hazard_perception_test&amp;action=edit"><link rel="license"
href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="canonical" href="https://wiki.learnerlane.example/wiki/Hazard_perception_test"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hazard_perception_test
rootpage-Hazard_perception_test skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/learnerwiki.svg" alt=""
aria-hidden="true" height="50" width="50">
<span class="mw-logo-container"><strong class="mw-logo-wordmark">Learner Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only
search-toggle" title="Search Learner Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>
<span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Learner Wiki"
aria-label="Search Learner Wiki" autocapitalize="sentences" title="Search Learner Wiki [f]" accesskey="f" id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences" class="vector-menu
mw-portlet emptyPortlet"></div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount&amp;returnto=Hazard+perception+test"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Hazard+perception+test"
accesskey="o"><span>Log in</span></a></li>
</ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned" data-feature-name="main-menu-pinned"
data-pinnable-element-id="vector-main-menu">
<div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-main-menu.unpin">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wNavMenu, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${heads.map((h, i) => tocItem(h, i + 1)).join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Hazard_perception_test" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Hazard_perception_test&amp;action=edit&amp;redlink=1"
rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li>
</ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu
vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Hazard_perception_test"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Hazard_perception_test&amp;action=edit" accesskey="e"><span>Edit</span></a>
</li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Hazard_perception_test&amp;action=history" accesskey="h"><span>View
history</span></a></li>
</ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Learner Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${wLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${wSecs.map(secHtml).join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span>${edit(4, 'See also')}</h2>
<ul>${lis(wSee.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`))}</ul>
<!--
NewPP limit report
Parsed by mw-web.learnerlane-1
Cached time: 20260209141233
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.learnerlane.example/index.php?title=Hazard_perception_test&amp;oldid=18822">
https://wiki.learnerlane.example/index.php?title=Hazard_perception_test&amp;oldid=18822</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${wCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}" title="Category:${c}">${c}</a></li>`).join('')}</ul></div></div></div></main>
</div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 February 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${wFoot.map((f) => `<li><a href="/wiki/Learner_Wiki:${f.replace(/ /g, '_')}">${f}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout483-mediawiki-hazard-perception',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: heads,
  body: texts([...wLead, ...wSecs.flatMap((s) => s.ps), ...wSee]),
  bylines: ['This page was last edited on 9 February 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Learner Wiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...wNavMenu, 'Contents', '(Top)',
    '1', '2', '3', '4', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Learner Wiki', 'Maximum score', '2002 (video version 2009)', 'edit',
    'Categories:',
    'Tests and examinations', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...wFoot,
  ],
};

export const HELDOUT483_D2: readonly TestPage[] = [wiki];
