import { links, plain, type TestPage } from './page-kit.js';
import { apart, j } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file d2: a local-history wiki article on a closed roller rink on MediaWiki (Vector 2022, infobox, references).
 */
const wTitle = 'Starlite Roller Rink';
const wSecs: readonly (readonly [number, string, readonly string[]])[] = [
  [
    0,
    '',
    [
      j(
        'The <b>Starlite Roller Rink</b> was a roller skating rink on Canal Street in Ostrander Mills that operated from 1952 to',
        '2009. For most of its history it was the largest rink in the Harrow Valley, with a maple floor of about 1,500 square',
        'metres, and it was known locally as “the Star”.{1}',
      ),
    ],
  ],
  [2, 'History', []],
  [
    3,
    'Opening and early years',
    [
      j(
        'The rink was built by brothers Walter and Emil Szabo on the site of a former coal yard beside the Ostrander Canal. It',
        'opened on 17 May 1952 with an organist, a snack counter and 400 pairs of clamp-on rental skates.{1} In its first winter the',
        'Szabos flooded the car park for ice skating, a practice that continued until the late 1960s.',
      ),
      j(
        'During the 1950s the rink held Saturday matinees for children, Friday couples’ skates and a figure and dance club that',
        'sent skaters to state championships. A second floor of booths and a lounge was added in 1958.',
      ),
    ],
  ],
  [
    3,
    'The disco era',
    [
      j(
        'In 1977 the rink was sold to Phyllis Grady, who installed a lighting rig, a mirror ball and a DJ booth above the',
        'snack bar and renamed the Friday session “Starlite Nights”. Attendance peaked in 1979, when the rink reported more',
        'than 180,000 admissions in a year.{2} Grady also introduced speed skating teams, which raced at rinks across the region.',
      ),
    ],
  ],
  [
    3,
    'Decline and closure',
    [
      j(
        'Attendance fell through the 1990s as newer family entertainment centres opened on the edge of town. The roof was',
        'damaged in the ice storm of January 2007 and the upper lounge was closed. The rink’s final session was held on',
        '29 March 2009; about 1,100 people attended.{3}',
      ),
    ],
  ],
  [
    2,
    'Building',
    [
      j(
        'The building is a single-storey brick hall with a barrel-vaulted roof supported by timber trusses. The skating floor',
        'was laid in strips of hard maple on sleepers over the old coal-yard foundations. The original neon star sign over the',
        'Canal Street entrance was restored in 2014 and is now displayed at the Harrow Valley Historical Society.',
      ),
    ],
  ],
  [
    2,
    'Legacy',
    [
      j(
        'Since 2016 the building has housed the Canal Street Market. Part of the maple floor was kept in the market’s central',
        'hall, and a plaque by the entrance lists the rink’s state champions. A reunion skate for former regulars has been held',
        'every spring since 2011 at Riverside Skate Centre.',
      ),
    ],
  ],
];
const wRefs = [
  'Harrow Valley Courier, 19 May 1952, p. 3.',
  '“Roller boom keeps the Star spinning”, Harrow Valley Courier, 4 January 1980, p. 1.',
  'Gail Ostrowski, “Last skate at the Star”, Ostrander Mills Weekly, 2 April 2009.',
];
const sup = (n: string): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span>
</a></sup>`;
const wHtmlText = (p: string): string => p.replace(/\{(\d)\}/g, (_, n: string) => sup(n));
const wGold = (p: string): string => plain(p.replace(/\{\d\}/g, ''));
const wId = (h: string): string => h.replace(/ /g, '_');
const wInfo = [
  ['Address', '212 Canal Street, Ostrander Mills'],
  ['Opened', '17 May 1952'],
  ['Closed', '29 March 2009'],
  ['Owner', 'Szabo family (1952–1977), Phyllis Grady (1977–2009)'],
  ['Floor', 'Hard maple, c. 1,500 m²'],
];
const wNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const wFoot = ['Privacy policy', 'About Harrow Valley Wiki', 'Disclaimers'];
const wBodyHtml = wSecs
  .map(([lvl, h, paras]) => {
    const head =
      lvl === 0
        ? ''
        : `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${wId(h)}">${h}</h${lvl}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Starlite_Roller_Rink&amp;action=edit" title="Edit section: ${h}"><span>edit</span>
</a><span class="mw-editsection-bracket">]</span></span></div>`;
    return `${head}${paras.map((p) => `<p>${wHtmlText(p)}\n</p>`).join('\n')}`;
  })
  .join('\n');
const wToc = wSecs
  .filter(([lvl]) => lvl > 0)
  .map(
    ([lvl, h]) =>
      `<li id="toc-${wId(h)}" class="vector-toc-list-item vector-toc-level-${lvl - 1}"><a class="vector-toc-link" href="#${wId(h)}">
<div class="vector-toc-text"><span>${h}</span></div></a></li>`,
  )
  .join('');
const wPageHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - Harrow Valley Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Starlite_Roller_Rink","wgTitle":"Starlite Roller Rink","wgCurRevisionId":10488,"wgNamespaceNumber":0,
"wgCategories":["Defunct businesses","Roller rinks","Ostrander Mills"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="robots" content="max-image-preview:standard">
<link rel="canonical" href="https://wiki.harrowvalley.example/wiki/Starlite_Roller_Rink"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Starlite_Roller_Rink
rootpage-Starlite_Roller_Rink skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(wNav, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Harrow Valley Wiki</strong></span>
</a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only search-toggle"
title="Search Harrow Valley Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container">
<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Harrow Valley Wiki" aria-label="Search Harrow Valley Wiki"
autocapitalize="sentences" title="Search Harrow Valley Wiki [f]" accesskey="f" id="searchInput">
<span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span>
</a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${wToc}
<li id="toc-References" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span>References</span></div></a></li></ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Starlite_Roller_Rink" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Talk:Starlite_Roller_Rink&amp;action=edit&amp;redlink=1" rel="discussion"
title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Starlite_Roller_Rink"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Starlite_Roller_Rink&amp;action=edit" title="This page is protected. You can view its source [e]" accesskey="e">
<span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Starlite_Roller_Rink&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a>
</li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Harrow Valley Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${wTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Starlite_rink_1979.jpg" class="mw-file-description">
<img src="/w/images/thumb/a/a4/Starlite_rink_1979.jpg/250px-Starlite_rink_1979.jpg" decoding="async" width="250" height="170" class="mw-file-element"></a>
</span>
<div class="infobox-caption">The rink's Canal Street entrance in 1979</div></td></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${wBodyHtml}
<meta property="mw:PageProp/toc"><div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Starlite_Roller_Rink&amp;action=edit&amp;section=7" title="Edit section: References"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>
<div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.052 seconds --></div><noscript>
<img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://wiki.harrowvalley.example/w/index.php?title=Starlite_Roller_Rink&amp;oldid=10488">
https://wiki.harrowvalley.example/w/index.php?title=Starlite_Roller_Rink&amp;oldid=10488</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Defunct_businesses">Defunct businesses</a>
</li><li><a href="/wiki/Category:Roller_rinks">Roller rinks</a></li><li><a href="/wiki/Category:Ostrander_Mills">Ostrander Mills</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 February 2025, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const starlite: TestPage = {
  name: 'heldout565-mediawiki-roller-rink',
  kind: 'wiki',
  html: wPageHtml,
  title: wTitle,
  headings: [...wSecs.filter(([lvl]) => lvl > 0).map(([, h]) => h), 'References'],
  body: [...wSecs.flatMap(([, , paras]) => paras.map(wGold)), ...wRefs],
  bylines: ['This page was last edited on 9 February 2025, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    'Jump to content', 'Main menu', 'Navigation', ...wNav, 'Harrow Valley Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'View source', 'View history', 'From Harrow Valley Wiki', "The rink's Canal Street entrance in 1979",
    ...wInfo.map(([k, v]) => `${k} ${v}`), 'edit', '^', 'Categories:', 'Defunct businesses', 'Roller rinks', 'Ostrander Mills',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...wFoot,
  ], [wTitle, ...wSecs.flatMap(([, h, paras]) => [h, ...paras.map(wGold)]), ...wRefs]),
};

export const HELDOUT565_D2: readonly TestPage[] = [starlite];
