import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, settle } from './pages-heldout625-kit.js';

/**
 * Held-out batch 625, file d2: a cultivation page on a MediaWiki wiki (Vector 2022 skin) with an infobox, edit links and categories.
 */
const mTitle = 'Wine cap bed';
const mBody = [
  j(
    'A <b>wine cap bed</b> is an outdoor patch of wood chips inoculated with <a href="/wiki/Wine_cap" title="Wine cap">wine cap</a>',
    '(<i>Stropharia rugosoannulata</i>) spawn. It is one of the easiest ways to grow mushrooms without a grow room, and a bed',
    'laid in spring usually fruits from late summer of the same year and carries on for two to three seasons.',
  ),
  'Site',
  j(
    'Wine caps like dappled shade and do well between rows of vegetables, under fruit trees and along the north side of hedges.',
    'A bed in full sun dries out too quickly unless it is watered often. Avoid ground that floods in winter.',
  ),
  'Materials',
  'Fresh hardwood chips, 5 to 10 cm deep, about 0.2 cubic metres per square metre of bed',
  'Sawdust or grain spawn, about 2.5 kg per square metre',
  'Cardboard with the tape removed, to suppress weeds underneath',
  'Straw or a thin layer of old chips to cover the top',
  'Laying the bed',
  j(
    'Soak the chips for a day, lay the cardboard, then build the bed in layers: chips, a scatter of broken-up spawn, chips,',
    'spawn and a final layer of chips. Cover with straw and water well. Keep the bed moist, like a wrung-out sponge, for the first',
    'six weeks while the mycelium grows through.',
  ),
  'Harvest',
  j(
    'Pick wine caps young, when the caps are still rounded and the veil under them is unbroken. Older mushrooms become tough and',
    'are often eaten by slugs before they can be picked. A healthy bed of ten square metres can produce several kilograms a year.',
  ),
  'Lookalikes',
  j(
    'Beds left open to the garden may also grow other mushrooms. Check every wine cap for the cogwheel-shaped ring and dark purple-black',
    'spore print, and see <a href="/wiki/Lookalikes_in_wood_chip_beds" title="Lookalikes in wood chip beds">Lookalikes in wood chip beds</a>.',
  ),
];
const mHeads = [1, 3, 8, 10, 12];
const mInfo = ['Wine cap bed', 'Species', 'Stropharia rugosoannulata', 'Difficulty', 'Easy', 'Season', 'Spring to autumn', 'First harvest', '3–5 months'];
const mTools = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About GrowersWiki', 'Disclaimers', 'Mobile view'];
const mH2 = (i: number): string => {
  const t = at(mBody, i);
  return `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Wine_cap_bed&amp;action=edit&amp;section=${mHeads.indexOf(i) + 1}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - GrowersWiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Wine_cap_bed","wgTitle":"Wine cap bed","wgCurRevisionId":8841,"wgArticleId":612,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="edit" title="Edit" href="/index.php?title=Wine_cap_bed&amp;action=edit">
<link rel="canonical" href="https://wiki.growersguild.org/wiki/Wine_cap_bed"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Wine_cap_bed rootpage-Wine_cap_bed
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">GrowersWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search GrowersWiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div
class="cdx-typeahead-search
cdx-typeahead-search--show-thumbnail"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search GrowersWiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences" class="vector-menu
mw-portlet emptyPortlet"></div><ul class="vector-menu-content-list"><li id="pt-createaccount"
class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"
accesskey="o"><span>Log in</span></a></li></ul></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>The spring spawn swap is on 18 April.
<a href="/wiki/GrowersWiki:Spawn_swap">Sign up here</a>.</p>
</div></div></div></div><div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">
Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (i, n) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${at(mBody, i).replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n + 1}</span><span>${at(mBody, i)}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
${links(mTools.slice(0, 2), 'mw-list-item')}</ul></nav></div><div id="right-navigation"
class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
${links(mTools.slice(2, 5), 'mw-list-item')}</ul></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">${at(mTools, 5)}</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"
data-mw-ve-target-container><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From GrowersWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${at(mInfo, 0)}</th></tr>
${[1, 3, 5, 7]
  .map(
    (i) => `<tr><th scope="row"
class="infobox-label">${at(mInfo, i)}</th><td class="infobox-data">${at(mInfo, i + 1)}</td></tr>`,
  )
  .join('\n')}</tbody></table>
${ps([at(mBody, 0)])}
${mH2(1)}${ps([at(mBody, 2)])}
${mH2(3)}<ul>${lis(mBody.slice(4, 8))}</ul>
${mH2(8)}${ps([at(mBody, 9)])}
${mH2(10)}${ps([at(mBody, 11)])}
${mH2(12)}${ps([at(mBody, 13)])}
<!--
NewPP limit report
Cached time: 20260304091211
CPU time usage: 0.041 seconds
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.growersguild.org/index.php?title=Wine_cap_bed&amp;oldid=8841">
https://wiki.growersguild.org/index.php?title=Wine_cap_bed&amp;oldid=8841</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Outdoor_cultivation">Outdoor cultivation</a></li><li><a
href="/wiki/Category:Beginner_projects">Beginner projects</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer"
class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 09:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88"
height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = settle({
  name: 'heldout625-mediawiki-wine-cap',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: texts(mBody.filter((_, i) => !mHeads.includes(i))),
  bylines: ['This page was last edited on 4 March 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'GrowersWiki', 'Search', 'Create account', 'Log in', 'The spring spawn swap is on 18 April. Sign up here.',
    'Contents', '(Top)', ...mTools, 'From GrowersWiki', ...mInfo, 'edit',
    'Categories', 'Outdoor cultivation', 'Beginner projects',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT625_D2: readonly TestPage[] = [mediawiki];
