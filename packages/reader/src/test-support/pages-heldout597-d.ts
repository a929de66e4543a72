import { links, type TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j, rowText, trs } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file d: a wiki article on a ring of bells on MediaWiki (Vector 2022, infobox, contents box, table,
 * references and categories), and a short ringing society blog post on Wix (Wix Blog, share bar, recent posts and comments).
 */
const mTitle = 'Bells of St Wendreda, Marshby';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mLead = [
  j(
    `The <b>bells of St Wendreda, Marshby</b> are a ring of ten bells hung in the west tower of the parish church of St Wendreda in`,
    `Marshby, a market town in the fens. The heaviest bell, the tenor, weighs 23–1–4 (1,181 kg) and is tuned to D.${ref(1)} The ring`,
    'is one of only three rings of ten in the county and is a regular venue for peals and for the county association’s annual dinner day.',
  ),
];
const mBlocks = [
  '## History',
  '### Early bells',
  j(
    'Churchwardens’ accounts record a ring of four in the tower by 1552, when the inventory of church goods lists “iiij grete bells in',
    'the steple”. None of these survive. The oldest bell now in the tower, the present seventh, was cast in 1619 by a founder working',
    `at Kings Lynn and was one of a new ring of five paid for by a rate on the parish.${ref(2)}`,
  ),
  j(
    'The ring was increased to six in 1702 and to eight in 1788, when a local subscription raised £214 for two trebles and a new',
    'oak frame. The eight were rung to the first peal on the bells, 5040 changes of Grandsire Triples, on 26 December 1791.',
  ),
  '### Victorian recasting',
  j(
    'By the 1870s the bells were in poor order. A report by the diocesan architect described the frame as “so decayed that the',
    'tower rocks perceptibly when the bells are raised”. In 1881 the three heaviest bells were recast and the ring was rehung in a',
    `new frame of English oak, paid for largely by the Gedney family of Marshby Hall.${ref(3)} The restored ring was opened with a`,
    'day of ringing attended, according to the local newspaper, by “upwards of two thousand persons”.',
  ),
  '### Augmentation to ten',
  j(
    'The bells were augmented to ten in 1987 with two new trebles cast at a foundry in the Midlands, to mark the nine-hundredth',
    'anniversary of the first mention of a church at Marshby. At the same time the eight older bells were retuned and rehung with',
    'new fittings in a cast-iron frame on steel girders, one level below the old oak frame, which was left in place.',
  ),
  j(
    'A further restoration in 2024 replaced the clappers and bearings and renewed the sound control, after complaints from',
    `residents of the new housing to the west of the churchyard.${ref(4)} The bells were silent for five months while the work was done.`,
  ),
  '## The bells',
  j('The table below gives the details of the ring as it has hung since 1987. Weights are in hundredweights, quarters and pounds.'),
];
const mRows = [
  ['1', '6–0–2', 'F sharp', '1987', 'Midland Bell Foundry'],
  ['2', '6–1–10', 'E', '1987', 'Midland Bell Foundry'],
  ['3', '6–3–4', 'D', '1788', 'Robert Tallow'],
  ['4', '7–0–21', 'C sharp', '1788', 'Robert Tallow'],
  ['5', '8–2–11', 'B', '1702', 'Henry Pellow'],
  ['6', '9–3–15', 'A', '1702', 'Henry Pellow'],
  ['7', '11–2–0', 'G', '1619', 'William Lande'],
  ['8', '14–1–7', 'F sharp', '1881', 'John Warrender and Sons'],
  ['9', '17–3–26', 'E', '1881', 'John Warrender and Sons'],
  ['10', '23–1–4', 'D', '1881', 'John Warrender and Sons'],
];
const mAfter = [
  '## Ringing today',
  j(
    'The local band practises on Thursday evenings and rings for the main Sunday service. The tower is open to visiting bands by',
    'arrangement, and around fifteen peals are rung on the bells in a typical year, most of them by visiting bands of the county',
    'association. The bells are rung for civic occasions, including the Mayor’s Sunday and Remembrance Day, when they are half-muffled.',
  ),
  j(
    'A small exhibition in the ringing chamber shows photographs of the 1881 and 1987 restorations and a section of the oak frame',
    'of 1788. The chamber also holds peal boards recording performances back to 1791.',
  ),
  '## See also',
  '- List of rings of ten bells in England',
  '- Change ringing',
];
const mRefs = [
  'Dove’s Guide entry for Marshby, St Wendreda. Retrieved 4 January 2026.',
  'Ellery, H. (1934). <i>The Church Bells of the Fens</i>. Fenland Record Society. p. 211.',
  '“Reopening of Marshby bells”. <i>Fen Chronicle</i>. 14 October 1881.',
  '“Marshby bells back after five-month restoration”. <i>Marshby Gazette</i>. 2 August 2024.',
];
const mBox = [
  ['Location', 'St Wendreda’s Church, Marshby'],
  ['Number of bells', '10'],
  ['Tenor', '23–1–4 in D'],
  ['Oldest bell', '1619'],
  ['Frame', 'Cast iron and steel (1987)'],
  ['Practice night', 'Thursday'],
];
const mSide = ['Main page', 'Contents', 'Current events', 'Random article', 'About Ringipedia', 'Help', 'Recent changes'];
const mFoot = ['Privacy policy', 'About Ringipedia', 'Disclaimers', 'Mobile view'];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"><title>${mTitle} - Ringipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Bells_of_St_Wendreda,_Marshby","wgTitle":"Bells of St Wendreda, Marshby","wgCurRevisionId":48211,"wgArticleId":1893,
"wgCategories":["Rings of ten bells","Church bells in the Fens"],"wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};
RLSTATE={"skins.vector.styles":"ready","ext.cite.styles":"ready"};RLPAGEMODULES=["ext.cite.ux-enhancements","site","mediawiki.page.ready",
"skins.vector.js"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit this page"
href="/w/index.php?title=Bells_of_St_Wendreda,_Marshby&amp;action=edit">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Bells_of_St_Wendreda_Marshby skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span
class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}
</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ringipedia</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Ringipedia [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search Ringipedia" aria-label="Search Ringipedia" autocapitalize="sentences" title="Search Ringipedia [f]" accesskey="f" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a
href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin" accesskey="o"><span>Log
in</span></a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet="" lang="en" dir="ltr"><p>Join the Ringipedia tower photo
drive: upload a photograph of your ringing chamber before 31 May.</p></div></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[...headingsOf(mBlocks), ...headingsOf(mAfter), 'References']
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">${mTitle}</span></h1>
</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav></div><div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list">
${links(mTabs.slice(2), 'mw-list-item')}</ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Ringipedia, the free encyclopedia of bell
ringing</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">St Wendreda’s bells</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Marshby_tower.jpg" class="mw-file-description"><img alt=""
src="/images/thumb/Marshby_tower.jpg/220px-Marshby_tower.jpg" decoding="async" width="220" height="293" class="mw-file-element"></a></span>
<div class="infobox-caption">The west tower from the churchyard</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${blocks(mLead)}
<meta property="mw:PageProp/toc" />
${blocks(mBlocks).replace(
  /<h([23])>([^<]+)<\/h[23]>/g,
  (_, n: string, t: string) => `<div class="mw-heading mw-heading${n}"><h${n} id="${t.replace(/ /g, '_')}">${t}</h${n}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit">edit</a><span
class="mw-editsection-bracket">]</span></span></div>`,
)}
<table class="wikitable sortable"><caption>The ring of ten</caption><tbody><tr><th>Bell</th><th>Weight</th><th>Note</th><th>Cast</th><th>Founder</th></tr>
${trs(mRows)}
</tbody></table>
${blocks(mAfter).replace(/<h2>([^<]+)<\/h2>/g, (_, t: string) => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2></div>`)}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Rings_of_ten_bells">Rings of ten bells</a></li><li><a href="/wiki/Category:Church_bells_in_the_Fens">Church bells in the
Fens</a></li></ul>
</div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3
March 2026, at
14:22.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Ringipedia:Copyright">Creative Commons Attribution-ShareAlike</a>
unless otherwise
noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul></footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script>
</body></html>`;
const wiki: TestPage = {
  name: 'heldout597-mediawiki-ring-of-ten',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...headingsOf(mBlocks), ...headingsOf(mAfter)],
  body: [...bodyOf(mLead), ...bodyOf(mBlocks), ...mRows.map(rowText), ...bodyOf(mAfter)],
  bylines: ['This page was last edited on 3 March 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide.filter((t) => t !== 'Contents'), 'Ringipedia', 'Search', 'Create account', 'Log in',
    'Join the Ringipedia tower photo drive: upload a photograph of your ringing chamber before 31 May.', 'Contents', 'hide', '(Top)',
    ...mTabs, 'From Ringipedia, the free encyclopedia of bell ringing', 'St Wendreda’s bells', 'The west tower from the churchyard',
    ...mBox.flat().filter((t) => !['10', '1619', 'Thursday', 'Tenor', 'Frame', 'Oldest bell'].includes(t)), 'The ring of ten', 'References',
    ...mRefs.map((r) => `^ ${r.replace(/<\/?i>/g, '')}`), 'Categories', 'Rings of ten bells', 'Church bells in the Fens',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot.filter((t) => t !== 'About Ringipedia'),
  ],
};

export const HELDOUT597_D: readonly TestPage[] = [wiki];
