import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file d2: a MediaWiki (Vector 2022) article on an escape room venue on a fan wiki, with an infobox, a
 * rooms table, edit links, the sidebar table of contents, categories and references.
 */
const mTitle = 'Redline Rooms';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mLead = j(
  'Redline Rooms is an escape room venue in Harwick, in the north of England, known for its science-fiction games and for building',
  `most of its electronics in-house.${ref(1)}`,
);
const mHist = [
  j(
    'The venue was founded in 2019 by Nadia Kessel and Owen Threlfall, two former theatre technicians, in a disused print works',
    `on Canal Street.${ref(1)} It opened with a single room, Signal Lost, which is still its best-reviewed game.`,
  ),
  j(
    'In 2020 the venue was closed for eleven months. The owners used the time to build a second room, Deep Core, which opened in',
    `August 2021. A third room, Quarantine Ward, followed in 2023.${ref(2)}`,
  ),
];
const mRows = [
  ['Signal Lost', '2019', '2–5', 'Hard'],
  ['Deep Core', '2021', '3–6', 'Medium'],
  ['Quarantine Ward', '2023', '2–6', 'Hard'],
];
const mDesign = j(
  'All three rooms use a shared control system written by Threlfall, which lets the game master reset every prop from one screen.',
  `Puzzles rely on light and sound more than on padlocks; Signal Lost has only two combination locks.${ref(3)}`,
);
const mRecep = j(
  'Signal Lost was voted the best room in the region by readers of an enthusiasts’ forum in 2022 and 2024. Reviewers have praised',
  `its set and sound design but criticised a star-chart puzzle that many teams found unfair.${ref(2)}`,
);
const mRefs = [
  'Kessel, Nadia (2020). "Why we built our own electronics". Redline Rooms blog.',
  '"Harwick venue opens third room". Harwick Courier. 14 March 2023.',
  'Threlfall, Owen (2022). "One screen to rule them all". Puzzle Makers’ Quarterly.',
];
const mH = (
  t: string,
): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Redline_Rooms&amp;action=edit&amp;section=1"
title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mSections = ['History', 'Rooms', 'Design', 'Reception', 'References'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mInfo: [string, string][] = [
  ['Founders', 'Nadia Kessel, Owen Threlfall'],
  ['Location', 'Canal Street, Harwick'],
  ['Number of rooms', '3'],
  ['Website', 'redlinerooms.example'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - EscapePedia</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Redline_Rooms",
"wgTitle":"Redline Rooms","wgCurRevisionId":4412,"wgCategories":["Escape room venues","Companies established in 2019"],"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<meta property="og:title" content="${mTitle} - EscapePedia"><link rel="canonical" href="https://escapepedia.example/wiki/Redline_Rooms"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Redline_Rooms rootpage-Redline_Rooms skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox"
aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation"
class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">EscapePedia</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input"><input type="search" name="search" placeholder="Search EscapePedia" aria-label="Search EscapePedia" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mSections
  .map(
    (s, i) => `<li id="toc-${s}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Redline_Rooms"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Redline_Rooms&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Redline_Rooms"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Redline_Rooms&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Redline_Rooms&amp;action=history"><span>View history</span></a></li></ul>
</nav>
<div class="vector-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div id="siteSub" class="noprint">From EscapePedia</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Redline_entrance.jpg"
class="mw-file-description"><img src="/images/thumb/a/a4/Redline_entrance.jpg/250px-Redline_entrance.jpg"
width="250" height="167" class="mw-file-element" alt=""></a></span><div class="infobox-caption">The entrance on Canal Street in 2023</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mH('History')}${ps(mHist)}
${mH('Rooms')}<table class="wikitable sortable"><tbody><tr><th>Room</th><th>Opened</th><th>Players</th><th>Difficulty</th></tr>
${trs(mRows)}</tbody></table>
${mH('Design')}<p>${mDesign}</p>
${mH('Reception')}<p>${mRecep}</p>
${mH('References')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink">
<a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div><div class="printfooter" data-nosnippet>Retrieved from "<a dir="ltr"
href="https://escapepedia.example/index.php?title=Redline_Rooms&amp;oldid=4412">
https://escapepedia.example/index.php?title=Redline_Rooms&amp;oldid=4412</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Escape_room_venues">Escape room venues</a></li><li>
<a href="/wiki/Category:Companies_established_in_2019">Companies established in 2019</a></li>
</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 12 February 2027, at 09:14.</li>
<li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(['Privacy policy', 'About EscapePedia', 'Disclaimers'], 'mw-list-item')}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"></a></li></ul>
</footer></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout560-mediawiki-venue',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSections,
  body: [...texts([mLead, ...mHist]), ...rowTexts(mRows), ...texts([mDesign, mRecep]), ...mRefs],
  bylines: ['This page was last edited on 12 February 2027, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'EscapePedia', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From EscapePedia', 'The entrance on Canal Street in 2023', 'Founders',
    'Nadia Kessel, Owen Threlfall',
    'Location', 'Canal Street, Harwick', 'Number of rooms', 'Website', 'redlinerooms.example',
    'Categories:', 'Escape room venues', 'Companies established in 2019',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About EscapePedia', 'Disclaimers',
  ],
};

export const HELDOUT560_D2: readonly TestPage[] = [mediawiki];
