import { type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file d: a lettercutting article on a craft wiki running MediaWiki (Vector 2022, with its contents
 * sidebar, edit links, a thumbnail and a data table).
 */
const mTitle = 'Lettercutting';
const mLead = [
  j(
    '<b>Lettercutting</b> is the craft of cutting letters into stone, wood or slate by hand with a mallet and chisel. In the',
    'memorial trade it is distinguished from machine engraving and sandblasting, which produce letters through a rubber stencil.',
  ),
  j(
    'Lettercutters usually work on headstones, plaques, foundation stones and public inscriptions. Most serve an apprenticeship of',
    'three to five years in a workshop before working alone.',
  ),
];
const mH = ['History', 'Tools', 'Letter sizes', 'Techniques', 'Incised letters', 'Raised letters'];
const mHistory = [
  j(
    'Hand cutting was the only way to letter a memorial until the late nineteenth century, when pneumatic tools reached the larger',
    'monumental yards. Sandblasting through a stencil became common after the 1950s and by the 1980s most memorials were lettered by',
    'machine.',
  ),
  j(
    'A revival of hand lettering began in the 1970s among workshops trained in the tradition of the Arts and Crafts movement. Today',
    'a small number of independent lettercutters work mainly on commissions for churchyards and for public buildings.',
  ),
];
const mToolsIntro = "A lettercutter's basic kit includes:";
const mTools = [
  'a round-headed dummy mallet of steel, brass or lignum vitae;',
  'flat chisels with tungsten carbide tips for granite and tempered steel for softer stones;',
  'a fine-toothed claw and rifflers for shaping raised work;',
  'a set of sharpening stones and a leather strop.',
];
const mSizesIntro = 'Typical capital heights used in memorial work are shown below.';
const mRows = [
  ['Name on a headstone', '50–65 mm', 'Roman capitals'],
  ['Dates and relationship', '30–40 mm', 'Capitals or lower case'],
  ['Epitaph or verse', '20–30 mm', 'Italic lower case'],
  ["Mason's mark or permit number", '8–10 mm', 'Sans serif'],
];
const mIncised = [
  j(
    'Incised letters are cut as a V-section trench whose walls meet at the centre line of each stroke. The depth of a correctly cut',
    'letter is roughly half its stroke width. The shadow cast by the walls makes the letter legible without paint, which is why',
    'incised letters on limestone and sandstone are traditionally left uncoloured.',
  ),
];
const mRaised = [
  j(
    'Raised or relief letters are formed by lowering the background around them, usually by 3 to 5 millimetres. The method takes',
    'several times as long as incising and is mostly used for single names, house plaques and heraldic work.',
  ),
];
const mCaption = 'Incised Roman capitals on a Cumbrian slate headstone, 2019.';
const mCats = ['Stone carving', 'Lettering', 'Memorial trade'];
const mNavMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mToc = ['(Top)', ...mH];
const mEdit = (n: number, h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Lettercutting&amp;action=edit&amp;section=${n}"
 title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const mHead = (lvl: number, n: number): string => {
  const h = mH[n - 1] ?? '';
  return `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}>${mEdit(n, h)}</div>`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Lettercutting - Stoneworkers' Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lettercutting","wgTitle":"Lettercutting","wgCurRevisionId":4127,"wgArticleId":388,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
 content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/w/index.php?title=Lettercutting&amp;action=edit"><link rel="canonical"
 href="https://wiki.stoneworkers.org/wiki/Lettercutting"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
 page-Lettercutting rootpage-Lettercutting skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
 class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
 aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${mNavMenu
  .map((n) => `<li class="mw-list-item"><a href="/wiki/${n.replace(/ /g, '_')}"><span>${n}</span></a></li>`)
  .join('')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Stoneworkers' Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
 class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a href="/wiki/Special:Search"
 class="cdx-button cdx-button--fake-button search-toggle"
 title="Search Stoneworkers' Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search"><form action="/w/index.php" id="searchform"
 class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Stoneworkers' Wiki" aria-label="Search Stoneworkers' Wiki"
 autocapitalize="sentences"
 title="Search Stoneworkers' Wiki [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
 class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
 href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin">
<span>Log in</span></a>
</li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
 class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
 data-pinnable-element-id="vector-toc">
<h2 class="vector-pinnable-header-label">Contents</h2><button
 class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
 id="mw-panel-toc-list">${mToc
   .map(
     (t) =>
       `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text"><span>${t}</span></div></a>
</li>`,
   )
   .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
 class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Lettercutting"><span>Page</span>
</a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Lettercutting&amp;action=edit&amp;redlink=1">
<span>Discussion</span></a></li>
</ul></div></nav></div><div id="right-navigation"><nav aria-label="Views"><div class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Lettercutting"><span>Read</span></a></li><li id="ca-edit"
 class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Lettercutting&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Lettercutting&amp;action=history"><span>View history</span></a></li></ul></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
 class="noprint">From Stoneworkers' Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
 lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Slate_headstone_lettering.jpg" class="mw-file-description"><img
 src="/images/thumb/4/4a/Slate.jpg/220px-Slate.jpg"
 decoding="async" width="220" height="293" class="mw-file-element"></a><figcaption>${mCaption}</figcaption></figure>
${mLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${mHead(2, 1)}
${mHistory.map((p) => `<p>${p}\n</p>`).join('\n')}
${mHead(2, 2)}
<p>${mToolsIntro}\n</p><ul>${lis(mTools)}</ul>
${mHead(2, 3)}
<p>${mSizesIntro}\n</p><table class="wikitable"><tbody><tr><th>Use</th><th>Capital height</th><th>Usual style</th></tr>
${trs(mRows)}</tbody></table>
${mHead(2, 4)}
${mHead(3, 5)}
${mIncised.map((p) => `<p>${p}\n</p>`).join('\n')}
${mHead(3, 6)}
${mRaised.map((p) => `<p>${p}\n</p>`).join('\n')}
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
 style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.stoneworkers.org/w/index.php?title=Lettercutting&amp;oldid=4127">
https://wiki.stoneworkers.org/w/index.php?title=Lettercutting&amp;oldid=4127</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
 id="footer-info-lastmod"> This page was last edited on 3 March 2025, at 14:12.</li>
</ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Stoneworkers%27_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Stoneworkers%27_Wiki:About">About Stoneworkers' Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Stoneworkers%27_Wiki:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
 height="31"
 loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = page({
  name: 'heldout584-mediawiki-lettercutting',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mHistory, mToolsIntro, ...mTools, mSizesIntro, ...rowText(mRows), ...mIncised, ...mRaised]),
  bylines: ['This page was last edited on 3 March 2025, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', "Stoneworkers' Wiki", 'Search', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', "From Stoneworkers' Wiki", mCaption, 'edit', 'Categories', ...mCats, 'Privacy policy', "About Stoneworkers' Wiki", 'Disclaimers',
  ],
});

export const HELDOUT584_D: readonly TestPage[] = [mediawiki];
