import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 83, file e2: a game fan wiki on a Miraheze-hosted MediaWiki in the legacy Vector skin (the local site notice
 * for anonymous readers, the title, "From Hollowmere Wiki", the jump links, a spoiler notice box at the top of the content,
 * the infobox, the in-content table of contents with its "Contents" h2, headings with "[edit | edit source]" links, a list,
 * a wikitable, a navbox, the categories, the legacy head with personal tools, namespace and view tabs and the search form,
 * the left sidebar portals and the Miraheze footer with its "Hosted by Miraheze" icon).
 */
const mhTitle = 'Brinewatch';
const mhLead = [
  '<b>Brinewatch</b> is a coastal village and lighthouse in the southern <a href="/wiki/Marrow_Reach">Marrow Reach</a> region of ' +
    '<i>Hollowmere</i>. It is first visited during <a href="/wiki/Act_II">Act II</a>, when the player follows the smuggler ' +
    '<a href="/wiki/Oda_Fenn">Oda Fenn</a> from the Drowned Market, and it serves as the main hub for the Act II quests along the coast.',
];
const mhH1 = 'Overview';
const mhP1 = [
  'The village sits on a spit of land below the lighthouse, cut off from the rest of Marrow Reach by salt flats that flood twice a day. ' +
    'The only safe route in is the causeway from Greyhook, which closes at high tide. Arriving at the wrong time of day forces the player ' +
    'to wait at the causeway camp or to take the longer cliff path.',
  'Brinewatch has no merchant of its own until the lighthouse is relit. Before that, the innkeeper sells a small stock of food and rope, ' +
    'and the smugglers in the sheds will trade stolen goods for salt.',
];
const mhH2 = 'Locations';
const mhList = [
  '<b>The Lamp Tower</b> – the lighthouse itself. Its lamp room can only be reached after the quest <i>A Light for the Lost</i> is completed.',
  '<b>The Gutting Sheds</b> – a row of fish sheds that hide the entrance to the smugglers’ tunnels.',
  '<b>Widow Maple’s Inn</b> – the village inn, where the player can rest, buy rumours and recruit the sailor Tam Orrin.',
  '<b>The Tide Steps</b> – rock steps that can only be crossed at low tide, leading to the wreck of the <i>Greywing</i>.',
];
const mhH3 = 'Quests';
const mhP2 = ['The following quests start in Brinewatch:'];
const mhRows: [string, string, string][] = [
  ['A Light for the Lost', 'Keeper Ansel Rook', 'Main quest. Relights the lighthouse and unlocks the village merchant.'],
  ['Salt and Silence', 'Oda Fenn', 'Choosing to report the smugglers locks the player out of the tunnels for the rest of Act II.'],
  ['The Greywing’s Ledger', 'Widow Maple', 'Only available at low tide. Rewards the Tidecaller’s Charm.'],
];
const mhH4 = 'Trivia';
const mhTrivia = [
  'Brinewatch was called Saltreach in the early access version of the game and was renamed in patch 0.8.',
  'The lighthouse keeper’s log on the ground floor changes after each act, and the last entry hints at the ending of Act III.',
  'If the player waits on the Tide Steps as the tide comes in, the screen fades and they wake up at the inn with one less coin purse.',
];
const mhHeads = [mhH1, mhH2, mhH3, mhH4];
const mhNotice = 'Welcome to the Hollowmere Wiki! We are currently maintaining 1,204 articles. Create an account to help out.';
const mhSpoiler = 'Spoiler warning: This article contains plot details from Act II and Act III.';
const mhInfo: [string, string][] = [
  ['Region', 'Marrow Reach'],
  ['Act', 'Act II'],
  ['Inhabitants', 'Keeper Ansel Rook, Widow Maple, Oda Fenn'],
  ['Connected to', 'Greyhook, Drowned Market'],
];
const mhInfoCap = 'Brinewatch at dusk, seen from the causeway';
const mhNav: [string, string[]][] = [
  ['Marrow Reach', ['Greyhook', 'Drowned Market', 'Brinewatch', 'Causeway Camp']],
  ['Northern Fells', ['Harrowdeep', 'Cinder Vale', 'The Old Kiln']],
];
const mhCats = ['Places', 'Marrow Reach', 'Act II locations', 'Pages with spoilers'];
const mhPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const mhViews = ['Read', 'Edit', 'Edit source', 'View history'];
const mhSide: [string, string[]][] = [
  ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki']],
  ['Hollowmere', ['All characters', 'All locations', 'Quest list', 'Items', 'Patch notes']],
  ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const mhFoot = ['Privacy policy', 'About Hollowmere Wiki', 'Disclaimers', 'Terms of Use', 'Donate to Miraheze', 'Mobile view'];
const mhLastEdit = 'This page was last edited on 9 October 2025, at 21:47.';
const mhLicense = 'Content is available under Creative Commons Attribution Share Alike unless otherwise noted.';
const sl = (t: string): string => t.replace(/ /g, '_');
const mhSec = (h: string, body: string): string => `<div class="mw-heading mw-heading2"><h2 id="${sl(h)}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/wiki/Brinewatch?veaction=edit&amp;section=1" class="mw-editsection-visualeditor"
title="Edit section: ${h}">edit</a>
<span class="mw-editsection-divider"> | </span><a href="/wiki/Brinewatch?action=edit&amp;section=1" title="Edit section&#39;s source code: ${h}">edit source</a>
<span class="mw-editsection-bracket">]</span></span></div>\n${body}`;
const mhP = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const mhUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const mhPortal = (h: string, items: readonly string[], head = true): string => `<nav id="p-${sl(h)}" class="vector-menu mw-portlet vector-menu-portal portal"
aria-labelledby="p-${sl(h)}-label">${
  head
    ? `<h3 id="p-${sl(h)}-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">${h}</span></h3>`
    : ''
}
<div class="vector-menu-content"><ul class="vector-menu-content-list">${items
  .map(
    (t) => `<li class="mw-list-item"><a
href="/wiki/${sl(t)}">${t}</a></li>`,
  )
  .join('')}</ul></div></nav>`;
const mhHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Brinewatch - Hollowmere Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Brinewatch","wgTitle":"Brinewatch","wgCategories":["Locations","Marrow Reach"],
"wgDBname":"hollowmerewiki","wgServer":"https://hollowmere.miraheze.org","wgVisualEditorConfig":{"usePageImages":true}};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.visualEditor.desktopArticleTarget.noscript%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.1"><meta property="og:title" content="Brinewatch - Hollowmere Wiki"><meta property="og:site_name"
content="Hollowmere Wiki">
<link rel="canonical" href="https://hollowmere.miraheze.org/wiki/Brinewatch"><link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Brinewatch
rootpage-Brinewatch skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="anonnotice" lang="en"
dir="ltr">
<p>Welcome to the <b>Hollowmere Wiki</b>! We are currently maintaining 1,204 articles. <a
href="/wiki/Special:CreateAccount">Create an account</a> to help out.</p>
</div></div></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mhTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Hollowmere Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link"
href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="plainlinks ambox ambox-notice spoiler-box" role="presentation"><tbody><tr><td class="mbox-image"><span typeof="mw:File"><img alt=""
src="/w/images/warn.png"
width="40" height="40"></span></td><td
class="mbox-text"><b>Spoiler warning:</b> This article contains plot details from Act II and Act III.</td></tr></tbody></table>
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-title">${mhTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Brinewatch_dusk.png" class="mw-file-description"><img src="/w/images/thumb/brinewatch.png" width="250" height="141"
class="mw-file-element"></a></span><div class="infobox-caption">${mhInfoCap}</div></td></tr>
${mhInfo.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
${mhP(mhLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${mhHeads
  .map(
    (h, i) =>
      `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${sl(h)}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mhSec(mhH1, mhP(mhP1))}
${mhSec(mhH2, mhUl(mhList))}
${mhSec(
  mhH3,
  `${mhP(mhP2)}<table class="wikitable sortable"><tbody><tr><th>Quest</th><th>Given by</th><th>Notes</th></tr>
${mhRows.map((r) => `<tr><td><a href="/wiki/${sl(r[0])}">${r[0]}</a></td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>`,
)}
${mhSec(mhH4, mhUl(mhTrivia))}
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title">Locations in Hollowmere</th></tr>
${mhNav
  .map(
    ([g, items]) =>
      `<tr><th class="navbox-group">${g}</th><td class="navbox-list">${items
        .map(
          (t) => `<a
href="/wiki/${sl(t)}">${t}</a>`,
        )
        .join(' • ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<noscript><img src="https://meta.miraheze.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://hollowmere.miraheze.org/w/index.php?title=Brinewatch&amp;oldid=8812">
https://hollowmere.miraheze.org/w/index.php?title=Brinewatch&amp;oldid=8812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>: <ul>
${mhCats.map((c) => `<li><a href="/wiki/Category:${sl(c)}">${c}</a></li>`).join('')}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">${mhPersonal[0]}</li>${mhPersonal
  .slice(1)
  .map((t) => `<li class="mw-list-item"><a href="/wiki/Special:${sl(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-namespaces"><h3 id="p-namespaces-label"
class="vector-menu-heading">
<span class="vector-menu-heading-label">Namespaces</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main"
class="selected
mw-list-item"><a href="/wiki/Brinewatch"><span>Page</span></a></li><li id="ca-talk" class="new mw-list-item"><a
href="/wiki/Talk:Brinewatch?action=edit&amp;redlink=1">
<span>Discussion</span></a></li></ul></div></nav><nav id="p-variants" class="vector-menu-dropdown vector-menu mw-portlet mw-portlet-variants emptyPortlet">
<input type="checkbox" id="p-variants-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox"><label id="p-variants-label"
class="vector-menu-heading">
<span class="vector-menu-heading-label">English</span></label><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><h3 id="p-views-label"
class="vector-menu-heading">
<span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${mhViews
  .map((t) => `<li class="mw-list-item"><a href="/wiki/Brinewatch?action=${sl(t)}"><span>${t}</span></a></li>`)
  .join('')}</ul></div></nav><nav id="p-cactions" class="vector-menu-dropdown vector-menu mw-portlet mw-portlet-cactions emptyPortlet">
<input type="checkbox" id="p-cactions-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox"><label id="p-cactions-label"
class="vector-menu-heading">
<span class="vector-menu-heading-label">More</span></label><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/w/index.php"
id="searchform"
class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner" data-search-loc="header-navigation"><input
class="vector-search-box-input" type="search"
name="search" placeholder="Search Hollowmere Wiki" aria-label="Search Hollowmere Wiki" id="searchInput"><input type="hidden" value="Special:Search"
name="title">
<input type="submit" name="fulltext" title="Search the pages for this text" id="mw-searchButton" class="searchButton mw-fallbackSearchButton" value="Search">
<input type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" class="searchButton"
value="Go"></div></form></div></div></div>
<div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page"
title="Visit the main page"></a></div>
${mhSide.map(([h, items], i) => mhPortal(h, items, i > 0)).join('\n')}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${mhLastEdit}</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution
Share Alike</a> unless otherwise noted.</li></ul><ul id="footer-places">${mhFoot.map((t) => `<li><a href="/wiki/${sl(t)}">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img
src="/w/resources/assets/licenses/cc-by-sa.png"
alt="Creative Commons Attribution Share Alike" width="88" height="31" loading="lazy"></a></li><li id="footer-hostedbyico"><a href="https://meta.miraheze.org">
<img src="https://static.wikitide.example/commonswiki/Hosted_by_Miraheze.svg" alt="Hosted by Miraheze" width="88" height="31" loading="lazy"></a></li>
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"
loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":388,"wgHostname":"mw151"});});</script></body></html>`;

export const mirahezePage: TestPage = {
  name: 'heldout83-miraheze-community-wiki',
  kind: 'wiki',
  html: mhHtml,
  // the spoiler box, the infobox caption, the in-content table of contents ("Contents" is furniture, its entries repeat the
  // headings and are left out), the navbox (its "Brinewatch" entry is the title, left out), categories, menus and footer
  // are furniture; the infobox rows are in neither list; table data cells are body
  title: mhTitle,
  headings: mhHeads,
  body: [...texts(mhLead), ...mhP1, ...texts(mhList), ...mhP2, ...mhRows.flat(), ...mhTrivia],
  bylines: [mhLastEdit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    mhNotice, 'From Hollowmere Wiki', 'Jump to navigation', 'Jump to search', mhSpoiler, mhInfoCap, 'Contents', 'edit', 'edit source',
    'Locations in Hollowmere', ...mhNav.flatMap(([g, items]) => [g, ...items.filter((t) => t !== mhTitle)]), 'Retrieved from', 'Categories',
    ...mhCats, 'Navigation menu', 'Personal tools', ...mhPersonal, 'Namespaces', 'Page', 'Discussion', 'English', 'Views', ...mhViews, 'More', 'Search',
    ...mhSide.flatMap(([h, items]) => [h, ...items]), mhLicense, ...mhFoot,
  ])],
};
