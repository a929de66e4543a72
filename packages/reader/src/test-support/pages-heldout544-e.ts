import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file e: a gardening wiki article on MediaWiki with the Vector 2022 skin (pinned main menu, table of
 * contents, tabs, edit links, categories, print footer).
 */
const mTitle = 'Box blight';
const mBody = [
  j(
    '<b>Box blight</b> is a fungal disease of box (<i>Buxus</i>) that causes leaves to turn brown and fall, leaving bare patches in',
    'hedges, parterres and topiary. It is caused by two closely related fungi, which spread quickly in warm, humid weather.',
  ),
  j(
    'The disease rarely kills established plants outright, but repeated infection weakens them until they are no longer worth',
    'keeping. Many gardeners now replace box with other small-leaved shrubs.',
  ),
  'Symptoms',
  'Early signs usually appear in late summer:',
  'dark brown spots on the leaves, which spread until the whole leaf is brown',
  'black streaks on young green stems',
  'rapid leaf drop, leaving bare stems in patches',
  'a white, fluffy growth of spores on the underside of leaves in damp weather',
  j(
    'Box blight is often confused with box tree caterpillar damage, which also browns the foliage. Caterpillar damage leaves',
    'webbing and droppings among the leaves, and the stems stay green.',
  ),
  'Causes and spread',
  j(
    'Spores are carried by rain splash, on tools and clothing, and on infected plants brought in from elsewhere. The fungi can',
    'survive in fallen leaves for five years or more, so an infected hedge can reinfect new plants set in the same ground.',
  ),
  'Prevention',
  'Buy plants from a reliable source and keep new plants apart for a few weeks.',
  'Clip in dry weather only, and clean shears with disinfectant between plants.',
  'Avoid overhead watering, and keep clipped shapes open enough for air to move through.',
  'Clear fallen leaves from under box plants every autumn.',
  'Treatment',
  j(
    'Cut out affected growth as soon as you see it, going back into healthy wood, and bag the prunings rather than composting',
    'them. Rake up and remove fallen leaves and the top layer of mulch. Feeding in spring helps plants recover.',
  ),
  j(
    'Fungicides sold to amateur gardeners give some protection when used before infection, but they will not cure a badly',
    'affected plant. Where most of a hedge has gone bare, removing it is usually the best choice.',
  ),
  'Alternatives to box',
  'Japanese holly (<i>Ilex crenata</i>)',
  "Dwarf yew (<i>Taxus baccata</i> 'Standishii')",
  'Box-leaved honeysuckle (<i>Lonicera nitida</i>)',
  "Hebe 'Emerald Gem'",
];
const mHead = [2, 9, 11, 16, 19];
const mMenu = ['Main page', 'Recent changes', 'Random article', 'Planting calendar', 'Help'];
const mCats = ['Plant diseases', 'Fungal diseases', 'Hedge problems'];
const mFoot = ['Privacy policy', 'About Greenthumb Wiki', 'Disclaimers', 'Mobile view'];
const mEdit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Box_blight&amp;action=edit">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const mH2 = (i: number): string => {
  const t = mBody[i] ?? '';
  return `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2>${mEdit}</div>`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Greenthumb Wiki</title><script>document.documentElement.className="client-js vector-feature-main-menu-pinned-enabled";
RLCONF={"wgPageName":"Box_blight","wgTitle":"Box blight","wgCurRevisionId":4821,"wgArticleId":1187,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.greenthumb.example/wiki/Box_blight"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject
page-Box_blight rootpage-Box_blight skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start">
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Greenthumb Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Greenthumb Wiki" aria-label="Search Greenthumb Wiki"></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount" class="mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation">
<nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div>
</div></div></nav></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header
vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHead
  .map(
    (i, n) => `<li id="toc-${(mBody[i] ?? '').replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${(mBody[i] ?? '').replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${n + 1}</span><span>${mBody[i]}</span>
</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Box_blight"><span>Article</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:Box_blight&amp;action=edit&amp;redlink=1" class="new">
<span>Talk</span></a></li>
</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs"><ul>
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Box_blight"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Box_blight&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Box_blight&amp;action=history"><span>View history</span></a>
</li></ul></div></nav>
</div></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From
Greenthumb Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size mw-halign-right" typeof="mw:File/Thumb"><a href="/wiki/File:Box_blight_hedge.jpg" class="mw-file-description"><img
src="/images/thumb/3/3a/Box_blight_hedge.jpg/220px-Box_blight_hedge.jpg" decoding="async" width="220" height="165" class="mw-file-element"></a>
<figcaption>Bare patches in a box hedge after an attack of blight</figcaption></figure>
${ps(mBody.slice(0, 2))}
${mH2(2)}${ps([mBody[3] ?? ''])}<ul>${lis(mBody.slice(4, 8))}</ul>${ps([mBody[8] ?? ''])}
${mH2(9)}${ps([mBody[10] ?? ''])}
${mH2(11)}<ul>${lis(mBody.slice(12, 16))}</ul>
${mH2(16)}${ps(mBody.slice(17, 19))}
${mH2(19)}<ul>${lis(mBody.slice(20))}</ul>
<!--
NewPP limit report
Cached time: 20260512091402
CPU time usage: 0.031 seconds
-->
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.greenthumb.example/index.php?title=Box_blight&amp;oldid=4821">
https://wiki.greenthumb.example/index.php?title=Box_blight&amp;oldid=4821</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 May 2026, at
09:14.</li><li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const greenthumb: TestPage = {
  name: 'heldout544-greenthumb-mediawiki-box-blight',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHead.map((i) => mBody[i] ?? ''),
  body: texts(mBody.filter((_, i) => !mHead.includes(i))),
  bylines: ['This page was last edited on 12 May 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Greenthumb Wiki', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...mMenu, 'Contents',
    'Article', 'Talk', 'Read', 'Edit', 'View history', 'From Greenthumb Wiki', 'Bare patches in a box hedge after an attack of blight', 'edit',
    'Categories', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT544_E: readonly TestPage[] = [greenthumb];
