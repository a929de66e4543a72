import { links, type TestPage, texts } from './page-kit.js';
import { confluencePage } from './pages-heldout92-b2.js';

/**
 * Held-out batch 92, file b: a company's internal MediaWiki (Vector legacy skin, saved by a logged-in employee: the site
 * notice, the "From Bramblefield Wiki" tagline, jump links, an "Outdated" template with page owner and review date above
 * the text, the table of contents, "[edit]" links, a release calendar table, categories, the head tabs with the personal
 * tools, the left panel with its portals and the "last edited" footer); and, from file b2, a Confluence Data Center page.
 */
const mwTitle = 'Release process';
const mwH = ['Overview', 'Release calendar', 'Cutting the release branch', 'Sign-off', 'Hotfixes'];
const mwOverview = [
  'Bramblefield ships the Ledgerline web app and the two mobile apps on a fortnightly release train. Every second Tuesday the release manager cuts a branch ' +
    'from <code>main</code>, the branch spends three working days in staging, and it goes to production on the Friday morning unless someone raises a blocker.',
  'The release manager role rotates between the Platform and Payments teams each quarter. The current rota is kept on the ' +
    '<a href="/wiki/Release_managers" title="Release managers">Release managers</a> page.',
];
const mwCalIntro = ['Trains leave on the following days. A date that falls on a public holiday moves to the next working day.'];
const mwCalRows = [
  ['Branch cut', 'Tuesday', '10:00'],
  ['Staging sign-off deadline', 'Thursday', '16:00'],
  ['Production deploy', 'Friday', '09:30'],
];
const mwCutSteps = [
  'Check that the <code>main</code> build is green on the CI dashboard and that no migration is marked as blocking.',
  'Create the branch with the release script; the name follows the pattern <code>release/YYYY-MM-DD</code>.',
  'Post the branch name and the list of merged pull requests in the <code>#releases</code> channel.',
  'Tag the release ticket in Trackwell with the branch name and move it to In staging.',
];
const mwCutAfter = [
  'If the <code>main</code> build is red at 10:00, wait up to two hours for a fix. After midday ' +
    'the train is cancelled and the changes go out with the next one.',
];
const mwSignOff = [
  'Each team with changes on the train signs off in the release ticket by Thursday at 16:00. A sign-off means the team has tested its own changes in ' +
    'staging and checked the error dashboards for new exceptions. Support signs off last, after reading the draft release notes.',
  'Anyone can raise a blocker. The release manager decides whether to fix forward on the branch, revert the offending change, or hold the whole train.',
];
const mwHotfix = [
  'Urgent fixes between trains go through a hotfix branch cut from the last production tag. A hotfix needs approval from the release manager and one ' +
    'engineering lead, and it must be merged back into <code>main</code> the same day.',
  'Hotfixes are not a way to ship features early. If a change can wait until the next train, it waits.',
];
const mwNotice = 'Scheduled maintenance: the wiki will be read-only on Saturday 8 March from 07:00 to 09:00 while we upgrade to MediaWiki 1.43.';
const mwOutdated = ['Outdated:', 'This page describes the release process before the move to weekly trains in January 2025. Some steps may no longer apply.'];
const mwOwner = 'Page owner: Priya Lindqvist';
const mwReviewed = 'Last reviewed: 12 August 2024';
const mwPersonal = ['Dana Whitcombe', 'Talk', 'Preferences', 'Watchlist', 'Contributions', 'Log out'];
const mwTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Watch', 'More', 'Move', 'Protect'];
const mwPanel: [string, string[]][] = [
  ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki']],
  ['Teams', ['Platform', 'Payments', 'Mobile', 'Support desk']],
  ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const mwCats = ['Engineering', 'Processes', 'Pages needing review'];
const mwEdited = 'This page was last edited on 3 March 2025, at 14:12.';
const mwFoot = ['Privacy policy', 'About Bramblefield Wiki', 'Disclaimers'];
const mwHd = (t: string, n: number): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Release_process&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
const mwPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const mwPortal = (
  id: string,
  h: string,
  items: readonly string[],
): string => `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal"
aria-labelledby="p-${id}-label" role="navigation"><h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${h}</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></nav>`;
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Release process - Bramblefield Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Release_process",
"wgTitle":"Release process","wgCurRevisionId":18274,"wgArticleId":1093,"wgIsArticle":true,"wgUserName":"Dana Whitcombe","wgUserGroups":["*","user"],
"wgRelevantPageName":"Release_process","wgIsProbablyEditable":true,"wgVisualEditor":{"pageLanguageCode":"en"}};RLSTATE={"skins.vector.styles.legacy":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){}];});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<script async="" src="/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="generator" content="MediaWiki 1.42.3"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=1000">
<link rel="icon" href="/resources/assets/bramblefield.ico"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php"
title="Bramblefield Wiki (en)"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Release_process rootpage-Release_process skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-disabled">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en"
dir="ltr"><p><b>Scheduled maintenance:</b> the wiki will be read-only on Saturday 8 March from 07:00 to 09:00 while we upgrade to MediaWiki
1.43.</p></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Bramblefield Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="plainlinks tmbox tmbox-content template-outdated" role="presentation" style="border:1px solid #c0c090;background:#f8eaba;margin:0 0 1em">
<tbody><tr><td class="mbox-image" style="padding:2px 0 2px 0.9em"><span typeof="mw:File"><span><img alt=""
src="/images/thumb/clock_orange.svg/40px-clock_orange.svg.png"
decoding="async" width="40" height="40" class="mw-file-element"></span></span></td><td class="mbox-text"><b>${mwOutdated[0]}</b> ${mwOutdated[1]}<br>
<small>Page owner: <a href="/wiki/User:Priya_Lindqvist" title="User:Priya Lindqvist">Priya Lindqvist</a> · ${mwReviewed}</small></td></tr></tbody></table>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${mwH
  .map(
    (t, i) =>
      `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mwHd(mwH[0]!, 1)}
${mwPs(mwOverview)}
${mwHd(mwH[1]!, 2)}
${mwPs(mwCalIntro)}
<table class="wikitable"><tbody><tr><th>Step</th><th>Day</th><th>Time (UK)</th></tr>
${mwCalRows.map((r) => `<tr>${r.map((c) => `<td>${c}\n</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${mwHd(mwH[2]!, 3)}
<ol>${mwCutSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${mwPs(mwCutAfter)}
${mwHd(mwH[3]!, 4)}
${mwPs(mwSignOff)}
${mwHd(mwH[4]!, 5)}
${mwPs(mwHotfix)}
<!-- NewPP limit report Cached time: 20250303141208 Preprocessor visited node count: 214/1000000 -->
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.bramblefield.example/index.php?title=Release_process&amp;oldid=18274">
https://wiki.bramblefield.example/index.php?title=Release_process&amp;oldid=18274</a>"</div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mwCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mwPersonal, 'mw-list-item')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet" role="navigation"><h3 class="vector-menu-heading">
<span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mwTabs.slice(0, 2), 'mw-list-item')}</ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet" role="navigation"><h3 class="vector-menu-heading">
<span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mwTabs.slice(2, 6), 'mw-list-item')}
</ul></div></nav><nav id="p-cactions" class="vector-menu-dropdown vector-menu mw-portlet" role="navigation"><input type="checkbox" id="p-cactions-checkbox"
role="button" class="vector-menu-checkbox"><label id="p-cactions-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">${mwTabs[6]}</span></label>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mwTabs.slice(7), 'mw-list-item')}</ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3><label
for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"
data-search-loc="header-navigation">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search Bramblefield Wiki" aria-label="Search Bramblefield Wiki"
id="searchInput">
<input type="hidden" name="title" value="Special:Search"><input class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" value="Search">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton"
value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${mwPanel.map(([id, items]) => mwPortal(id.toLowerCase(), id, items)).join('\n')}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${mwEdited}</li></ul>
<ul id="footer-places">${links(mwFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":96});});</script></body></html>`;
const companyWiki: TestPage = {
  html: mwHtml,
  name: 'heldout92-mediawiki-company-wiki',
  kind: 'wiki',
  // the "Outdated" template is furniture, its page owner and review date bylines; table data cells are body, header cells
  // in neither list; the logged-in user's name in the personal tools is furniture
  title: mwTitle,
  headings: mwH,
  body: texts([...mwOverview, ...mwCalIntro, ...mwCalRows.flat(), ...mwCutSteps, ...mwCutAfter, ...mwSignOff, ...mwHotfix]),
  bylines: [mwOwner, mwReviewed, mwEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    mwNotice, 'From Bramblefield Wiki', 'Jump to navigation', 'Jump to search', ...mwOutdated, 'Contents', 'edit', 'Retrieved from', 'Categories', ...mwCats,
    'Navigation menu', 'Personal tools', ...mwPersonal, 'Namespaces', 'Views', ...mwTabs, 'Search', 'Go', ...mwPanel.flatMap(([h, items]) => [h, ...items]),
    ...mwFoot,
  ],
};

export const HELDOUT92_B: readonly TestPage[] = [companyWiki, confluencePage];
