import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file e: a collectors' wiki article on a pottery and its marks on MediaWiki (Vector 2022) with an infobox,
 * a marks table and categories, with the Discourse thread in file e2.
 */
const mTitle = 'Pendrell Pottery';
const mLead = j(
  '<b>Pendrell Pottery</b> was a small earthenware pottery at Lanreath Bridge in Devon, active from about 1868 to 1931. It is',
  'known to collectors for slip-decorated harvest jugs and motto ware sold to visitors at the seaside resorts of the south coast.',
);
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The pottery was started by Samuel Pendrell, a brickmaker, who built a bottle kiln beside the clay pits on his land in about',
        '1868. At first it made flower pots, bread crocks and drainage pipes. His son Walter Pendrell took over in 1889 and turned the',
        'works towards decorative wares for the tourist trade, employing up to fourteen throwers and decorators by 1905.',
      ),
      j(
        'Trade fell away during the First World War and never fully recovered. The pottery closed in 1931 and the kiln was pulled',
        'down in 1957. Sherds from the site were recorded by the Lanreath History Group in 1988.',
      ),
    ],
  ],
  [
    'Wares',
    [
      j(
        'The best-known Pendrell pieces are sgraffito motto jugs and mugs in a brown glaze over white slip, scratched through with',
        'rhymes and place names. Harvest jugs made to order for farms carry the farmer’s name and the year, and are the most valued.',
      ),
      j(
        'Later wares of the 1920s, glazed in a mottled green, are plainer and less sought after. Collectors should be aware that',
        'motto ware from larger potteries is often sold wrongly as Pendrell.',
      ),
    ],
  ],
  ['Marks', [j('Much early Pendrell ware is unmarked. The following marks are recorded; dates are approximate and are based on dated', 'harvest jugs.')]],
];
const mRows = [
  ['Incised “PENDRELL” in capitals', '1889–1905', 'Usually on the base, sometimes with a thrower’s number'],
  ['Impressed “PENDRELL LANREATH” in an oval', '1905–1921', 'The commonest mark'],
  ['Printed “Pendrell Devon” in black', '1921–1931', 'Mostly on green-glazed wares'],
];
const mTail = j(
  'A small number of pieces carry the painted initials of decorators, of whom only “W.P.” (Walter Pendrell himself) and “A.H.”',
  'have been identified with any confidence.',
);
const mSlug = (t: string): string => t.replace(/ /g, '_');
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Upload file'];
const mFoot = ['Privacy policy', 'About Potmarks Wiki', 'Disclaimers'];
const mEdit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit" title="Edit section">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Potmarks Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Pendrell_Pottery","wgTitle":"Pendrell Pottery","wgCurRevisionId":20418,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Pendrell_Pottery&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Pendrell_Pottery rootpage-Pendrell_Pottery
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}
</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Potmarks Wiki</strong>
</span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Potmarks Wiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><form action="/index.php"
id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Potmarks Wiki" id="searchInput"></form></div>
</div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a>
</li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mSecs
  .map(
    (
      [h],
      i,
    ) => `<li id="toc-${mSlug(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mSlug(h)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Pendrell_Pottery"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Pendrell_Pottery">
<span>Discussion</span></a></li></ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Pendrell_Pottery"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?action=edit">
<span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?action=history"><span>View history</span></a></li></ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From Potmarks Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Lanreath Bridge, Devon</td></tr>
<tr><th scope="row" class="infobox-label">Founded</th><td class="infobox-data">c. 1868</td></tr><tr><th scope="row" class="infobox-label">Closed</th>
<td class="infobox-data">1931</td></tr><tr><th scope="row" class="infobox-label">Products</th><td class="infobox-data">Slipware, motto ware, harvest jugs</td>
</tr></tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSecs.map(([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${mSlug(h)}">${h}</h2>${mEdit}</div>\n${ps(p)}`).join('\n')}
<table class="wikitable"><tbody><tr><th>Mark</th><th>Dates</th><th>Notes</th></tr>
${trs(mRows)}</tbody></table>
<p>${mTail}</p>
<!-- NewPP limit report Parsed by mw-web CPU time usage: 0.041 seconds --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Devon_potteries">Devon potteries</a></li><li>
<a href="/wiki/Category:Motto_ware">Motto ware</a>
</li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 February 2026, at
09:14.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout574-mediawiki-pottery-marks',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs.flatMap(([, p]) => p), ...rowTexts(mRows), mTail]),
  bylines: ['This page was last edited on 12 February 2026, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mTools, 'Potmarks Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'From Potmarks Wiki', 'edit', 'Location', 'Lanreath Bridge, Devon', 'Founded',
    'c. 1868', 'Products', 'Slipware, motto ware, harvest jugs', 'Categories', 'Devon potteries', ...mFoot,
  ],
};

export const HELDOUT574_E: readonly TestPage[] = [wiki];
