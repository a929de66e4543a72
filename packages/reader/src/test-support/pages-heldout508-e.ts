import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file e: a dojo's article on a regional martial arts wiki running MediaWiki 1.41 (Vector 2022 skin, an
 * infobox, [edit] links, the table of contents in the sidebar, categories and the last-edited footer).
 */
const mTitle = 'Kestrel Vale Aikikai';
const mLead = [
  j(
    '<b>Kestrel Vale Aikikai</b> is an aikido dojo in Saltmere, on the edge of the Fen levels. It was founded in 1987 by Harold',
    'Quennell and is one of the oldest aikido clubs in the county still training in its original style.',
  ),
];
const mSecs: { h: string; paras: string[]; list?: string[] }[] = [
  {
    h: 'History',
    paras: [
      j(
        'Quennell began aikido while working in Kobe in the late 1970s and trained for six years under Yoshiro Tamaki. On returning',
        'to England he taught a small group in a rented scout hut on Mill Drove, which moved to the present dojo above the Saltmere',
        'corn store in 1994.',
      ),
      j(
        'The club was a founder member of the Fenland Aikido Association in 1998. After Quennell retired in 2015, teaching passed to',
        'his senior student, Ruth Ambrose, who still leads the dojo.',
      ),
    ],
  },
  {
    h: 'Training',
    paras: [
      j(
        'Classes follow a traditional pattern of warm-up, ukemi, paired technique and weapons work. The dojo places more emphasis on',
        'jo and bokken than many clubs in the region, and weapons kata are part of every kyu grading from 4th kyu.',
      ),
    ],
    list: ['Tuesday and Friday evenings: general classes', 'Saturday morning: weapons class', 'First Sunday of the month: open seminar'],
  },
  {
    h: 'Notable events',
    paras: [
      j(
        'The dojo hosts the annual Fen Winter Seminar each January, which draws around sixty students from across the region. In 2012',
        'the seminar was held in a marquee after flooding closed the corn store for three months.',
      ),
    ],
  },
];
const mInfo = [
  ['Founded', '1987'],
  ['Founder', 'Harold Quennell'],
  ['Chief instructor', 'Ruth Ambrose'],
  ['Location', 'Saltmere'],
  ['Affiliation', 'Fenland Aikido Association'],
];
const mCats = ['Aikido dojos', 'Sports clubs established in 1987', 'Saltmere'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Fenland Budo Wiki', 'Disclaimers'];
const mEdit = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Kestrel_Vale_Aikikai&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Kestrel Vale Aikikai - Fenland Budo Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kestrel_Vale_Aikikai","wgTitle":"Kestrel Vale Aikikai","wgCurRevisionId":20417,"wgNamespaceNumber":0};
RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120">
<link rel="canonical" href="https://wiki.fenlandbudo.org/wiki/Kestrel_Vale_Aikikai"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestrel_Vale_Aikikai
rootpage-Kestrel_Vale_Aikikai skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header">
<div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Fenland Budo Wiki</strong></span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet search-toggle" title="Search Fenland Budo Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Fenland Budo Wiki" aria-label="Search Fenland Budo Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Kestrel+Vale+Aikikai" title="You are encouraged to log in">
<span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mSecs
  .map(
    (s, i) => `<li id="toc-${s.h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#${s.h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div>
</a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Kestrel_Vale_Aikikai" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Kestrel_Vale_Aikikai&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kestrel_Vale_Aikikai"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kestrel_Vale_Aikikai&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kestrel_Vale_Aikikai&amp;action=history" accesskey="h">
<span>View history</span></a></li></ul></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Fenland Budo Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(mLead)}
${mSecs.map((s) => `${mEdit(s.h)}\n${ps(s.paras)}${s.list ? `<ul>${lis(s.list)}</ul>` : ''}`).join('\n')}
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 February 2027, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = gold({
  name: 'heldout508-mediawiki-aikido-dojo',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s.h),
  body: texts([...mLead, ...mSecs.flatMap((s) => [...s.paras, ...(s.list ?? [])])]),
  bylines: ['This page was last edited on 9 February 2027, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Fenland Budo Wiki', 'Search', 'Log in', 'Contents', '(Top)', '1', '2', '3', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Fenland Budo Wiki', ...mInfo.flat(), 'edit', 'Categories', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT508_E: readonly TestPage[] = [mediawiki];
