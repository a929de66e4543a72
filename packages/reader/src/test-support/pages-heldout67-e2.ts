import { links, type TestPage, texts } from './page-kit.js';
import { blockBreaks } from './pages-heldout67-f3.js';

/**
 * Held-out batch 67, file e2: a mechanics page on a game's community wiki (MediaWiki on the legacy Vector skin with a wiki
 * farm's top bar: the host bar, site notice, title, "From ... Wiki", jump links, a version-notice template, a portable-style
 * infobox, the old-style "Contents" box with a hidden toggle, h2/h3 with "mw-headline" spans and "[edit | edit source]" links,
 * a sortable wikitable, list sections, a collapsible navbox, categories, the left panel portlets, the head with personal tools,
 * namespace and view tabs and search, the consent banner and the footer with last-edited line and licences).
 */
const cwTitle = 'Soil fertility';
const cwLead = [
  '<b>Soil fertility</b> is a hidden value on every tilled tile that affects how quickly crops grow and the quality of the produce they ' +
    'yield. It was introduced in <a href="/wiki/Update_1.2">Update 1.2</a> and reworked in <a href="/wiki/Update_1.4">Update 1.4</a>.',
  'Each tile starts at 10 fertility points when it is first tilled. Harvesting a crop removes points from the tile, and the amount depends ' +
    'on the crop. A tile can never go below 0 or above 15 points.',
];
const cwH = ['How fertility works', 'Restoring fertility', 'Crop drain', 'Trivia', 'History'] as const;
const cwWorks = 'At the start of each day, a planted tile checks its fertility and applies a growth modifier to the crop on it:';
const cwLevels = [
  '<b>12 or more points:</b> the crop grows 10% faster and has a 25% higher chance of silver or gold quality.',
  '<b>5 to 11 points:</b> no modifier.',
  '<b>1 to 4 points:</b> the crop grows 20% slower.',
  '<b>0 points:</b> the crop cannot grow past its second stage and withers after three days.',
];
const cwProbe =
  'Fertility is shown only while the player holds a <a href="/wiki/Soil_Probe">Soil Probe</a>, which can be bought from <a ' +
  'href="/wiki/Odile">Odile</a> at the general store for 350g after the first spring.';
const cwRestore =
  'There are three ways to restore points to a tile. <a href="/wiki/Compost">Compost</a> restores 2 points and can be applied once per ' +
  'day. Leaving a tile unplanted for a full season restores 5 points at the start of the next season. Planting <a ' +
  'href="/wiki/Clover">clover</a>, sold as a cover crop from summer onwards, restores 1 point per day while it grows and is ploughed back ' +
  'into the soil when harvested.';
const cwDrainAfter =
  'Root vegetables remove the most fertility, while beans and peas remove none, so alternating them is the simplest way to keep a field ' +
  'productive without compost.';
const cwTrivia = [
  'Before Update 1.4, compost restored only 1 point, which players widely considered too weak to be worth its cost.',
  'The developers have said the system was inspired by the three-field rotation of medieval Europe.',
];
const cwHistory = ['<b>1.4:</b> Compost now restores 2 points instead of 1. Clover added.', '<b>1.2:</b> Introduced.'];
const cwTable: [string, string, string][] = [
  ['Potato', '3', 'Spring'],
  ['Carrot', '3', 'Spring, Autumn'],
  ['Wheat', '2', 'Summer'],
  ['Pumpkin', '2', 'Autumn'],
  ['Broad bean', '0', 'Spring'],
  ['Pea', '0', 'Summer'],
];
const cwInfobox: [string, string][] = [
  ['Type', 'Farming mechanic'],
  ['Introduced', 'Update 1.2'],
  ['Affects', 'Growth speed, crop quality'],
  ['Shown with', 'Soil Probe'],
];
const cwNotice = 'This page is up to date for version 1.5 of Hearthmoor.';
const cwSiteNotice = 'Update 1.5 "Harvest Moon" is out! Help us document the new crops, recipes and festivals.';
const cwNavRows: [string, string[]][] = [
  ['Mechanics', ['Energy', 'Seasons', 'Soil fertility', 'Weather', 'Friendship']],
  ['Items', ['Compost', 'Fertiliser', 'Soil Probe', 'Sprinkler', 'Watering can']],
];
const cwPanel: [string, string[]][] = [
  ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Discord server']],
  ['Hearthmoor', ['Crops', 'Animals', 'Villagers', 'Recipes', 'Festivals']],
  ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const cwLastEdited = 'This page was last edited on 2 November 2025, at 17:48.';
const cwFooter = [
  'Content is available under CC BY-SA 4.0 unless otherwise noted.',
  'Game content and materials are trademarks and copyrights of their respective publisher and its licensors. All rights reserved.',
];
const cwFooterLinks = ['Privacy policy', 'About Hearthmoor Wiki', 'Disclaimers', 'Mobile view'];
const anchor = (t: string): string => t.replace(/ /g, '_');
const head = (level: number, t: string, n: number): string =>
  `<h${level}><span class="mw-headline" id="${anchor(t)}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Soil_fertility&amp;veaction=edit&amp;section=${n}" class="mw-editsection-visualeditor" title="Edit section: ${t}">edit</a><span
class="mw-editsection-divider"> | </span><a href="/index.php?title=Soil_fertility&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">edit
source</a><span
class="mw-editsection-bracket">]</span></span></h${level}>`;
const portlet = ([h, items]: [string, string[]]): string =>
  `<nav id="p-${h.toLowerCase()}" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="p-${h.toLowerCase()}-label"><h3
id="p-${h.toLowerCase()}-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">${h}</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(items, 'mw-list-item')}</ul></div></nav>`;
const tabs = (id: string, label: string, items: string[]): string =>
  `<nav id="${id}" class="vector-menu vector-menu-tabs mw-portlet" aria-labelledby="${id}-label"><h3 id="${id}-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${items
    .map((t, i) => `<li class="${i === 0 ? 'selected ' : ''}mw-list-item"><a href="#"><span>${t}</span></a></li>`)
    .join('')}</ul></div></nav>`;
const cwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${cwTitle} - Hearthmoor Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Soil_fertility","wgNamespaceNumber":0,
"wgRevisionId":48213,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<style>.wikitable.sortable th{cursor:pointer}.notice-box{border-left:4px solid #6a9f4b;padding:.4em .8em}</style>
</head><body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Soil_fertility rootpage-Soil_fertility skin-vector action-view
skin-vector-legacy">
<div id="wikigg-header" class="wikigg-header"><a class="wikigg-logo" href="https://wiki.example.gg/">wiki.gg</a><nav class="wikigg-header-links"><a
href="https://wiki.example.gg/explore">Explore wikis</a><a href="https://support.wiki.example.gg/">Community</a><a
href="https://wiki.example.gg/create">Create a wiki</a>
</nav></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en"
dir="ltr"><p>${cwSiteNotice}</p></div></div></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${cwTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Hearthmoor Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link"
href="#searchInput">Jump
to search</a><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="notice-box version-notice"><span class="notice-icon" aria-hidden="true">✔</span> ${cwNotice}</div>
<aside class="portable-infobox pi-background pi-theme-mechanic pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title"
data-source="title">${cwTitle}</h2>
${cwInfobox
  .map(
    ([l, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${l.toLowerCase()}"><h3 class="pi-data-label
pi-secondary-font">${l}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</aside>
${cwLead.map((p) => `<p>${p}\n</p>`).join('')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${cwH
  .map(
    (h, i) => `<li class="toclevel-${h === 'Crop drain' ? 2 : 1} tocsection-${i + 1}"><a
href="#${anchor(h)}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${head(2, cwH[0], 1)}<p>${cwWorks}\n</p><ul>${cwLevels.map((l) => `<li>${l}</li>`).join('\n')}</ul><p>${cwProbe}\n</p>
${head(2, cwH[1], 2)}<p>${cwRestore}\n</p>
${head(3, cwH[2], 3)}<table class="wikitable sortable jquery-tablesorter"><thead><tr><th class="headerSort" tabindex="0" role="columnheader button"
title="Sort ascending">Crop</th><th class="headerSort" tabindex="0" role="columnheader button" title="Sort ascending">Points removed</th><th class="headerSort"
tabindex="0" role="columnheader button" title="Sort ascending">Season</th></tr></thead><tbody>${cwTable
  .map(
    ([c, p, s]) => `<tr><td><span class="item-icon"><img src="/images/thumb/${c}.png/24px-${c}.png" alt="" width="24" height="24"></span> <a
href="/wiki/${anchor(c)}">${c}</a></td><td>${p}</td><td>${s}</td></tr>`,
  )
  .join('\n')}</tbody></table><p>${cwDrainAfter}\n</p>
${head(2, cwH[3], 4)}<ul>${cwTrivia.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${head(2, cwH[4], 5)}<ul>${cwHistory.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<div role="navigation" class="navbox" aria-labelledby="Farming_navigation"><table class="navbox-inner mw-collapsible mw-made-collapsible"><tbody><tr><th
class="navbox-title" colspan="2"><button type="button" class="mw-collapsible-toggle" aria-expanded="true"><span
class="mw-collapsible-text">hide</span></button><div
id="Farming_navigation">Farming navigation</div></th></tr>${cwNavRows
  .map(([g, items]) => `<tr><th scope="row" class="navbox-group">${g}</th><td class="navbox-list hlist"><ul>${links(items)}</ul></td></tr>`)
  .join('')}</tbody></table></div>
<!-- NewPP limit report Parsed by mw-web-7c9d Cached time: 20251102174812 Cache expiry: 1814400 -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://hearthmoor.wiki.example.gg/wiki/Soil_fertility?oldid=48213">https://hearthmoor.wiki.example.gg/wiki/Soil_fertility?oldid=48213</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Category</a>: <ul><li><a
href="/wiki/Category:Game_mechanics">Game mechanics</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet vector-user-menu-legacy"
aria-labelledby="p-personal-label"
role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div
class="vector-menu-content"><ul
class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">Not logged
in</li>${links(['Talk', 'Contributions', 'Create account', 'Log in'], 'mw-list-item')}
</ul></div></nav><div id="left-navigation">${tabs('p-namespaces', 'Namespaces', ['Page', 'Discussion'])}<nav id="p-variants" class="vector-menu-dropdown
vector-menu
emptyPortlet"><input type="checkbox" class="vector-menu-checkbox" aria-label="Change language variant"><label class="vector-menu-heading"><span
class="vector-menu-heading-label">English</span></label></nav></div><div
id="right-navigation">${tabs('p-views', 'Views', ['Read', 'Edit', 'Edit source', 'View history'])}
<nav id="p-cactions" class="vector-menu-dropdown vector-menu" aria-label="More options"><input type="checkbox" class="vector-menu-checkbox"><label
class="vector-menu-heading"><span class="vector-menu-heading-label">More</span></label></nav><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box">
<h3>Search</h3><form action="/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search Hearthmoor Wiki"
aria-label="Search
Hearthmoor Wiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton" class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Hearthmoor_Wiki" title="Visit the main
page"></a></div>${cwPanel.map(portlet).join('\n')}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${cwLastEdited}</li><li
id="footer-info-copyright">${cwFooter[0]}</li><li id="footer-info-wikigg">${cwFooter[1]}</li></ul><ul
id="footer-places">${links(cwFooterLinks, 'mw-list-item')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<div id="cmp-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies to run this wiki, to show ads and to
measure
their performance.</p><button class="cmp-accept">Accept all</button><button class="cmp-settings">Manage options</button></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":97});});</script>
</body></html>`;
// furniture texts that are words of the title, headings or body: left out of the gold (they stay on the page)
const cwBodyWords = new Set(['Soil fertility', 'Compost', 'Soil Probe', 'Crops', 'Update 1.2', 'History', 'Crop', 'Introduced', 'Affects', 'More']);
export const communityWiki: TestPage = {
  html: blockBreaks(cwHtml),
  name: 'heldout67-mediawiki-community-wiki',
  kind: 'wiki',
  // the lead, paragraphs and the items of the fertility-level, trivia and history lists are body; the five h2/h3 are the
  // headings ("[edit | edit source]" in neither: "edit" also sits in the tabs); the crop-drain table is article content but
  // neither paragraph nor list item: in neither list (like a code block); the site notice, version notice, infobox, the
  // "Contents" box (its entries repeat the headings: in neither), navbox, category box, "Retrieved from", the farm's top bar,
  // left panel, head tabs and search, consent banner and footer are furniture; "This page was last edited on ..." is a byline
  // (the page's only date line; a wiki page has no author line); chrome words that are body words are left out (see the set)
  title: cwTitle,
  headings: [...cwH],
  body: [...texts(cwLead), cwWorks, ...texts(cwLevels), ...texts([cwProbe]), ...texts([cwRestore]), cwDrainAfter, ...cwTrivia, ...texts(cwHistory)],
  bylines: [cwLastEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'wiki.gg', 'Explore wikis', 'Community', 'Create a wiki', cwSiteNotice, 'From Hearthmoor Wiki', 'Jump to navigation', 'Jump to search', cwNotice,
    ...cwInfobox.flat(), 'Contents', 'hide', 'Farming navigation', ...cwNavRows.flatMap(([g, items]) => [g, ...items]), 'Retrieved from', 'Category',
    'Game mechanics', 'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', 'Namespaces', 'Page',
    'Discussion', 'English', 'Views', 'Read', 'Edit', 'Edit source', 'View history', 'More', 'Search', ...cwPanel.flatMap(([h, items]) => [h, ...items]),
    ...cwFooter, ...cwFooterLinks, 'We and our partners use cookies to run this wiki, to show ads and to measure their performance.', 'Accept all',
    'Manage options',
  ])].filter((t) => !cwBodyWords.has(t)),
};
