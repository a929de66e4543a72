import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file e: a community wiki's article on a repair café on MediaWiki (Vector 2022, pinned main menu and
 * sidebar contents, infobox, edit links, categories).
 */
const mTitle = 'Lowmoor Repair Café';
const mB = [
  j(
    'The <b>Lowmoor Repair Café</b> is a volunteer-run repair event held in the Methodist church hall on Cross Street, Lowmoor. It',
    'started in 2019 as a one-off stall at the village summer fair and has met on the second Saturday of most months since then.',
    'Visitors bring broken household items and sit with a volunteer fixer while the item is repaired, so that they learn how the',
    'repair is done.',
  ),
  'History',
  j(
    'The café was started by Kath Ormerod, a retired science teacher, and her neighbour Len Whitworth, an electrician, after a',
    'conversation about how many working lamps were being thrown away because of a single broken switch. Their first stall',
    'fixed eleven items in an afternoon, and the parish council offered the use of the church hall for a trial of six sessions.',
  ),
  j(
    'Sessions were suspended in 2020 and 2021. During that time the organisers ran a telephone advice line for simple repairs and',
    'lent out a small set of tools from the church porch. Regular sessions started again in April 2022, with a booking system',
    'for bicycles and sewing machines, which take longer than other items.',
  ),
  'Organisation',
  j(
    'The café has no formal constitution and is run as a project of the Lowmoor Community Association, which holds its bank',
    'account and insurance. A core group of about eight volunteers plans each session. Around twenty-five fixers are on the',
    'mailing list, of whom ten to fifteen usually attend.',
  ),
  'Fixers work at tables grouped by type of repair. The usual tables are:',
  'electrical and electronic items',
  'textiles and sewing machines',
  'bicycles (booking required)',
  'wooden furniture and toys',
  'knife and tool sharpening',
  j(
    'Each item is logged on a paper form at the welcome desk, and the outcome (fixed, not fixed, or advice given) is entered into',
    'a shared spreadsheet after the session. The figures are sent each quarter to a national repair-data project.',
  ),
  'Repairs',
  j(
    'Between April 2022 and December 2026 the café logged 2,318 items, of which 1,402 were repaired, a rate of about 60 per cent.',
    'Lamps were the most common item, followed by trousers with broken zips and vacuum cleaners. The lowest success rate was',
    'for printers, of which only four out of thirty-one were repaired.',
  ),
  j(
    'The café does not charge for repairs. Visitors are asked to pay for any spare parts, and a donations tin raises around',
    '£90 a session, which pays for the hall, solder, thread, fuses and the tea urn.',
  ),
  'Recognition',
  j(
    'In 2024 the café received the county\u2019s community sustainability award in the small groups category. A short piece about its',
    'sewing table appeared in the regional evening news in the same year.',
  ),
];
const mHeads = [1, 4, 13, 16];
const mInfo = ['Founded', 'Location', 'Methodist church hall, Cross Street', 'Meets', 'Second Saturday of the month', 'Items logged', '2,318 (2022–2026)'];
const mCap = 'Fixers at the electrical table, 2025';
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Fixit Wiki', 'Disclaimers'];
const mHead = (
  i: number,
): string => `<div class="mw-heading mw-heading2"><h2 id="${mB[i]}">${mB[i]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Lowmoor_Repair_Caf%C3%A9&amp;action=edit&amp;section=${mHeads.indexOf(i) + 1}" title="Edit section: ${mB[i]}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr">
<head><meta charset="UTF-8"><title>Lowmoor Repair Café - Fixit Wiki</title>
<script>(function(){var className="client-js vector-feature-main-menu-pinned-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lowmoor_Repair_Café","wgTitle":"Lowmoor Repair Café","wgCurRevisionId":18842,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3">
<link rel="canonical" href="https://wiki.fixit.community/wiki/Lowmoor_Repair_Caf%C3%A9"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lowmoor_Repair_Café
rootpage-Lowmoor_Repair_Café
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Fixit Wiki</strong>
</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Fixit Wiki" aria-label="Search Fixit Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list">
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul>
</div></div>
</div></div></nav></div></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div><div class="vector-column-start"><div class="vector-toc-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (i, k) => `<li id="toc-${mB[i]}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${mB[i]}"><div class="vector-toc-text"><span class="vector-toc-numb">${k + 1}</span><span>${mB[i]}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav></div><div id="right-navigation">
<nav aria-label="Views"><ul class="vector-menu-content-list">${links(mTabs.slice(2), 'mw-list-item')}</ul></nav><nav class="vector-page-tools-landmark">
<div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div>
</nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Fixit Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Lowmoor_repair_cafe_2025.jpg" class="mw-file-description">
<img alt="" src="/images/thumb/4/4e/Lowmoor_repair_cafe_2025.jpg/250px.jpg"
width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">${mCap}</div></td></tr>
<tr><th scope="row" class="infobox-label">${mInfo[0]}</th><td class="infobox-data">2019</td></tr>
<tr><th scope="row" class="infobox-label">${mInfo[1]}</th><td class="infobox-data">${mInfo[2]}</td></tr>
<tr><th scope="row" class="infobox-label">${mInfo[3]}</th><td class="infobox-data">${mInfo[4]}</td></tr>
<tr><th scope="row" class="infobox-label">${mInfo[5]}</th><td class="infobox-data">${mInfo[6]}</td></tr></tbody></table>
${ps([mB[0] ?? ''])}<meta property="mw:PageProp/toc">
${mHead(1)}${ps(mB.slice(2, 4))}
${mHead(4)}${ps(mB.slice(5, 7))}<ul>${lis(mB.slice(7, 12))}</ul>${ps([mB[12] ?? ''])}
${mHead(13)}${ps(mB.slice(14, 16))}
${mHead(16)}${ps([mB[17] ?? ''])}
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.112 seconds Real time usage: 0.141 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.fixit.community/index.php?title=Lowmoor_Repair_Café&amp;oldid=18842">
https://wiki.fixit.community/index.php?title=Lowmoor_Repair_Café&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Repair_caf%C3%A9s">Repair cafés</a></li><li><a href="/wiki/Category:Lowmoor">Lowmoor</a></li></ul></div></div></div></main>
<div class="vector-column-end"><nav class="vector-page-tools-landmark vector-sticky-pinned-container">
<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-pinned">
<div class="vector-pinnable-header-label">Tools</div></div><div id="p-tb" class="vector-menu mw-portlet"><div class="vector-menu-heading">General</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 February 2027, at 18:12.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless
otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer>
</div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":164});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout514-mediawiki-lowmoor-repair-cafe',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => mB[i] ?? ''),
  body: texts(mB.filter((_, i) => !mHeads.includes(i))),
  bylines: ['This page was last edited on 4 February 2027, at 18:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Fixit Wiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...mMenu, 'Contents', '(Top)',
    ...mTabs, 'From Fixit Wiki', mCap, ...mInfo, 'edit',
    'Retrieved from "https://wiki.fixit.community/index.php?title=Lowmoor_Repair_Café&oldid=18842"', 'Categories', 'Repair cafés', 'General', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT514_E: readonly TestPage[] = [wiki];
