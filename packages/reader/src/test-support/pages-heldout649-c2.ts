import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file c2: a fencing club wiki page on MediaWiki 1.41 (Vector 2022 skin) with its contents sidebar, page
 * tabs, an infobox, edit-section links, categories and the MediaWiki footer.
 */
const mwTitle = 'Priority in foil (club refereeing notes)';
const mwLead = [
  j(
    'These notes explain how <b>priority</b> (right of way) is given in foil bouts refereed at Salle Wrenfield. They are written for',
    'members who are starting to referee club bouts, and follow the way our coaches call actions in the Tuesday sparring night.',
    'Where they differ from the competition rules, the competition rules win.',
  ),
];
const mwSecs: [string, string[]][] = [
  [
    'The attack',
    [
      j(
        'An attack is the first offensive action made by extending the arm, with the point threatening the target, before or at the',
        'start of the lunge or advance. Club referees should look for the arm moving first; an arm that arrives at the same moment as',
        'the front foot is usually still called an attack for beginners.',
      ),
      'A fencer who steps forward with a bent arm and then extends at the last moment has not attacked until the arm extends.',
    ],
  ],
  [
    'The parry and riposte',
    [
      j(
        'When the defender takes the attacking blade with a clear parry, priority passes to the defender, whose riposte must follow',
        'without a pause. If the riposte is delayed, the attacker may renew and the referee calls a remise.',
      ),
    ],
  ],
  [
    'Simultaneous actions',
    [
      j(
        'If both fencers start an attack at the same time and both hit, neither point is given and the bout restarts at the centre.',
        'At the club we call this “simultaneous” out loud, so that newer fencers learn to hear it.',
      ),
    ],
  ],
  [
    'Common mistakes by new referees',
    [
      '<b>Following the lights.</b> Decide who had priority before looking at the box.',
      '<b>Rewarding the retreat.</b> A fencer who only steps back does not take priority by stepping back.',
      '<b>Calling too fast.</b> Wait for the phrase to end, then describe it in order: attack, parry, riposte.',
    ],
  ],
];
const mwBox: [string, string][] = [
  ['Weapon', 'Foil'],
  ['Target', 'Torso and bib'],
  ['Uses priority', 'Yes'],
  ['Club contact', 'Head referee'],
];
const mwCats = ['Foil', 'Refereeing', 'Club rules'];
const mwFoot = ['Privacy policy', 'About Salle Wiki', 'Disclaimers'];
const mwTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const slugOf = (h: string): string => h.replace(/ /g, '_');
const mwEdit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const mwSecHtml = mwSecs
  .map(([h, p], i) => {
    const blocks = i === 3 ? `<ul>${lis(p)}</ul>` : ps(p);
    return `<div class="mw-heading mw-heading2"><h2 id="${slugOf(h)}">${h}</h2>${mwEdit}</div>\n${blocks}`;
  })
  .join('\n');
const mwToc = mwSecs
  .map(
    ([h], i) => `<li id="toc-${slugOf(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${slugOf(h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mwBoxHtml = mwBox.map(([k, v]) => tr([k, v])).join('');
const oldid = 'https://wiki.wrenfield.org/w/index.php?title=Priority_in_foil&amp;oldid=1187';
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mwTitle} - Salle Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Priority_in_foil_(club_refereeing_notes)","wgTitle":"${mwTitle}","wgCurRevisionId":1187,"wgNamespaceNumber":0};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.js"]);});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1000">
<link rel="edit" title="Edit" href="/w/index.php?title=Priority_in_foil&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Priority_in_foil
rootpage-Priority_in_foil skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page"><span>Main page</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges"><span>Recent changes</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random"><span>Random page</span></a></li></ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Salle Wiki</strong></span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Salle Wiki" aria-label="Search Salle Wiki"
autocapitalize="sentences" title="Search Salle Wiki [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mwToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Priority_in_foil"><span>${mwTabs[0]}</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Priority_in_foil&amp;action=edit&amp;redlink=1">
<span>${mwTabs[1]}</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${mwTabs
  .slice(2)
  .map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div></nav>
</div></div></div>
<div id="bodyContent" class="vector-body" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Salle Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox" style="float:right;width:22em"><caption>Priority at a glance</caption><tbody>${mwBoxHtml}</tbody></table>
${ps(mwLead)}
<meta property="mw:PageProp/toc">
${mwSecHtml}
<!-- NewPP limit report Cached time: 20260212214012 Preprocessor visited node count: 118/1000000 -->
</div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.wrenfield.org/w/index.php?title=Priority_in_foil&amp;oldid=1187">${oldid}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul>${lis(mwCats.map((c) => `<a href="/wiki/Category:${slugOf(c)}">${c}</a>`))}</ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 February 2026, at 21:40.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${mwFoot.map((t) => `<li><a href="/wiki/Salle_Wiki:${slugOf(t)}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = finish({
  name: 'heldout649-foil-priority-mediawiki',
  kind: 'wiki',
  html: mwHtml,
  title: mwTitle,
  headings: mwSecs.map(([h]) => h),
  body: texts([...mwLead, ...mwSecs.flatMap(([, p]) => p)]),
  bylines: ['This page was last edited on 12 February 2026, at 21:40.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Salle Wiki', 'Search', 'Log in', 'Contents',
    'move to sidebar', 'hide', '(Top)', ...mwSecs.map((_, i) => String(i + 1)), ...mwTabs, 'From Salle Wiki', 'Priority at a glance', ...mwBox.flat(), 'edit',
    'Categories', ...mwCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mwFoot,
  ],
});

export const HELDOUT649_C2: readonly TestPage[] = [mediawiki];
