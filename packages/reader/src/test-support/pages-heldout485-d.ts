import { links, type TestPage, texts } from './page-kit.js';
import { finish, j, trs } from './pages-heldout485-kit.js';

/** Held-out batch 485, file d: a choir's article on a regional music wiki (MediaWiki 1.41, Vector 2022) with an infobox and a contents rail. */
const mTitle = 'Saltmarsh Male Voice Choir';
const mLead = [
  j(
    'The <b>Saltmarsh Male Voice Choir</b> is an amateur male voice choir based in Saltmarsh, a fishing town on the Orley',
    'estuary. Founded in 1897 by workers at the Orley net works, it is one of the oldest choirs in the county still singing',
    'under its original name. It has about forty members and rehearses twice a week at the Seamen&#39;s Institute.',
  ),
];
const mSecs: { id: string; h: string; paras: string[] }[] = [
  {
    id: 'History',
    h: 'History',
    paras: [
      j(
        'The choir grew out of the net works chapel choir, which sang at the works&#39; annual outing. Its first conductor, the',
        'net-maker Jabez Rowe, led it for thirty-four years. During the First World War the choir shrank to eleven members and',
        'sang mostly at funerals; it was rebuilt in the 1920s and won its first competition, at the Orley Eisteddfod, in 1926.',
      ),
      j(
        'The closure of the net works in 1968 cost the choir its rehearsal room and many of its younger members. It moved to',
        'the Seamen&#39;s Institute in 1970 and has rehearsed there ever since.',
      ),
    ],
  },
  {
    id: 'Repertoire',
    h: 'Repertoire',
    paras: [
      j(
        'The choir&#39;s repertoire mixes hymns, sea songs and arrangements of popular songs. It is particularly known for',
        '<i>The Orley Fishermen</i>, a setting of a local ballad made for the choir by its organist Alwyn Tregaskis in 1931,',
        'which it sings at the close of every concert.',
      ),
    ],
  },
  {
    id: 'Conductors',
    h: 'Conductors',
    paras: [],
  },
  {
    id: 'Recordings',
    h: 'Recordings',
    paras: [
      j(
        'The choir made its first recording, a 78 of two hymns, in 1952. Its album <i>Harbour Lights</i> (1994) was sold to',
        'raise money for the lifeboat station and is still played on the town&#39;s hospital radio.',
      ),
    ],
  },
];
const mConductors = [
  ['1897–1931', 'Jabez Rowe'],
  ['1931–1958', 'Alwyn Tregaskis'],
  ['1958–1990', 'Morwenna Pascoe'],
  ['1990–present', 'Kenneth Ayodele'],
];
const mInfo = [
  ['Origin', 'Saltmarsh'],
  ['Founded', '1897'],
  ['Genre', 'Male voice choir'],
  ['Members', 'about 40'],
  ['Conductor', 'Kenneth Ayodele'],
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mCats = ['Male voice choirs', 'Choirs founded in the 1890s', 'Saltmarsh'];
const mFoot = ['Privacy policy', 'About Orleywiki', 'Disclaimers'];
const edit = (n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Saltmarsh_Male_Voice_Choir&amp;action=edit&amp;section=${n}" title="Edit section"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span>`;
const mToc = mSecs.map(
  (s, i) => `<li id="toc-${s.id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.id}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
);
const mBodyHtml = mSecs
  .map(
    (s, i) => `<div class="mw-heading mw-heading2"><h2 id="${s.id}">${s.h}</h2>${edit(i + 1)}</div>
${s.paras.map((p) => `<p>${p}\n</p>`).join('\n')}${
  s.id === 'Conductors'
    ? `<table class="wikitable"><tbody><tr><th>Years</th><th>Conductor</th>
</tr>\n${trs(mConductors)}</tbody></table>`
    : ''
}`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Orleywiki</title>
<script>(function(){var
className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Saltmarsh_Male_Voice_Choir",
"wgTitle":"Saltmarsh Male Voice Choir","wgCurRevisionId":48113,"wgAction":"view","wgIsArticle":true};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Orleywiki (en)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
ns-0 ns-subject page-Saltmarsh_Male_Voice_Choir rootpage-Saltmarsh_Male_Voice_Choir
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu
</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header
vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul>
</div></div>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Orleywiki</strong>
</span></a></div>
<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Orleywiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input"
type="search" name="search" placeholder="Search Orleywiki" aria-label="Search Orleywiki" autocapitalize="sentences" title="Search Orleywiki [f]" accesskey="f"
id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div><input type="hidden" name="title" value="Special:Search"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>
Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a>
</li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mToc.join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Saltmarsh_Male_Voice_Choir" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk"
class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Saltmarsh_Male_Voice_Choir&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span>
</a></li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs
mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Saltmarsh_Male_Voice_Choir"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Saltmarsh_Male_Voice_Choir&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Saltmarsh_Male_Voice_Choir&amp;action=history"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown">
<label id="vector-page-tools-dropdown-label" class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true">
<span class="vector-dropdown-label-text">
Tools</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb">
<div class="vector-menu-heading">General</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Orleywiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${mBodyHtml}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2>${edit(5)}</div><ul><li><a href="/wiki/Orley_Eisteddfod">Orley Eisteddfod</a></li>
<li><a href="/wiki/Saltmarsh_Lifeboat_Station">Saltmarsh Lifeboat Station</a></li></ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260904211201 CPU time usage: 0.041 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.orley.org.uk/index.php?title=Saltmarsh_Male_Voice_Choir&amp;oldid=48113">
https://wiki.orley.org.uk/index.php?title=Saltmarsh_Male_Voice_Choir&amp;oldid=48113</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 September 2026, at
21:12.</li><li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = finish({
  name: 'heldout485-mediawiki-choir',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s.h), 'See also'],
  body: texts([
    ...mLead,
    ...mSecs.flatMap((s) => (s.id === 'Conductors' ? mConductors.map((r) => r.join(' ')) : s.paras)),
    'Orley Eisteddfod',
    'Saltmarsh Lifeboat Station',
  ]),
  bylines: ['This page was last edited on 4 September 2026, at 21:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Orleywiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    ...mSecs.map((s, i) => `${i + 1}`), 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From Orleywiki',
    ...mInfo.flat(), 'edit', 'Retrieved from "https://wiki.orley.org.uk/index.php?title=Saltmarsh_Male_Voice_Choir&oldid=48113"',
    'Categories', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT485_D: readonly TestPage[] = [mediawiki];
