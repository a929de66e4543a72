import { plain, type TestPage, texts } from './page-kit.js';
import { fanWiki } from './pages-heldout139-c2.js';

/**
 * Held-out batch 139, file c: a Miraheze community wiki article (a game wiki on ashgrove.miraheze.org, legacy Vector skin:
 * the dismissable anon site notice, "From Ashgrove Wiki", jump links, a portable infobox, the in-content table of contents,
 * sections with "edit | edit source" links, a wikitable, a navbox, the category links, the personal tools, namespace and
 * view tabs, the customised sidebar, the Miraheze footer and the CookieWarning bar) and, from file c2, a Bulbapedia-style
 * fan MediaWiki article.
 */
const title = 'Water Wheel';
const lead = [
  `The <b>Water Wheel</b> is a power building in <i>Ashgrove</i> that turns the flow of a river or stream into mechanical power. It was added in
version 0.7 and is the first source of power most colonies build, since it needs no fuel and keeps running through the night.`,
  'A single wheel produces enough power for two basic workshops, such as a <a href="/wiki/Sawmill">Sawmill</a>' +
    ' and a <a href="/wiki/Grain_Mill">Grain Mill</a>,' +
    ' as long as it stands in moving water.',
];
const heads = ['Construction', 'Placement', 'Power output', 'Tips', 'Trivia'];
const construction = [
  'The Water Wheel is unlocked by researching <a href="/wiki/Basic_Mechanics">Basic Mechanics</a> at a Drafting Table. Building it requires:',
];
const materials = ['40 <a href="/wiki/Planks">Planks</a>', '12 <a href="/wiki/Iron_Bar">Iron Bars</a>', '4 <a href="/wiki/Stone_Block">Stone Blocks</a>'];
const construction2 = [
  `Construction takes 1,800 work units, or roughly one in-game day for a single builder with average Construction skill. A colonist with the
<a href="/wiki/Millwright">Millwright</a> trait builds it 25% faster.`,
];
const placement = [
  `The wheel must be placed across the edge of a river tile, with the blue arrow in the placement preview pointing downstream. It occupies a 3×5 area,
of which the middle three tiles must be moving water. Wheels placed in still water, such as lakes and ponds, will be built but produce no power.`,
  `Two wheels cannot be placed within 6 tiles of each other on the same river, because the first wheel slows the current for the second. The game shows
a red overlay over the blocked area while you are placing a wheel.`,
];
const outputRows = [
  ['Fast river', '900 W', 'Found near mountains and at map edges.'],
  ['River', '600 W', 'The most common type.'],
  ['Stream', '300 W', 'Freezes in winter on cold maps.'],
  ['Still water', '0 W', 'The wheel turns but produces nothing.'],
];
const output2 = [
  `Output drops by half while the river is frozen, and to zero during a drought event. Each wheel needs ten minutes of maintenance a day; a wheel that is
not maintained breaks down after about five days.`,
];
const tips = [
  'Build wheels on fast rivers first: one fast-river wheel is worth three on a stream.',
  'Put a <a href="/wiki/Battery_Shed">Battery Shed</a> next to your wheels so that stored power can carry you through a freeze.',
  'Wheels do not need a road, but builders will walk a long way to reach them. Add a bridge nearby if the river is wide.',
];
const trivia = [
  "The creaking sound of the wheel was recorded at a real mill in the lead developer's home town.",
  'Before version 0.9, wheels could be built on waterfalls for double output. This was removed as an exploit.',
];
const notice = `Welcome to the <b>Ashgrove Wiki</b>! Pages are being updated for version 1.2, the Harvest Update. Please read the
<a href="/wiki/Ashgrove_Wiki:Style_guide">style guide</a> before editing, and join us on <a class="external text"
href="https://discord.example/ashgrove">Discord</a>.`;
const navGroups: [string, string[]][] = [
  ['Power', ['Windmill', 'Steam Engine', 'Battery Shed']],
  ['Production', ['Sawmill', 'Grain Mill', 'Smithy', 'Kiln']],
  ['Storage', ['Stockpile', 'Granary', 'Root Cellar']],
];
const personal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const sidebar: [string, string[]][] = [
  ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki']],
  ['Ashgrove', ['Buildings', 'Resources', 'Colonists', 'Patch notes']],
  ['Community', ['Discord server', 'Style guide', 'Community portal']],
  ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const footer = ['Privacy policy', 'About Ashgrove Wiki', 'Disclaimers', 'Terms of Use', 'Donate to Miraheze', 'Mobile view'];
const cookie = 'Cookies help us deliver our services. By using our services, you agree to our use of cookies.';
const categories = ['Buildings', 'Power', 'Version 0.7 additions'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const hd = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Water_Wheel&amp;veaction=edit&amp;section=${n}" class="mw-editsection-visualeditor">
<span>edit</span></a><span class="mw-editsection-divider"> | </span><a href="/w/index.php?title=Water_Wheel&amp;action=edit&amp;section=${n}"><span>edit
source</span>
</a><span class="mw-editsection-bracket">]</span></span></div>`;
const portlet = (
  id: string,
  h: string,
  items: readonly string[],
): string => `<nav id="p-${id}" class="mw-portlet mw-portlet-${id} vector-menu-portal portal vector-menu"
aria-labelledby="p-${id}-label"><h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${h}</span></h3><div
class="vector-menu-content">
<ul class="vector-menu-content-list">${items
  .map(
    (t) => `<li class="mw-list-item"><a
href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></nav>`;
const html = `<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Water Wheel - Ashgrove Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Water_Wheel","wgTitle":"Water Wheel","wgCurRevisionId":18204,"wgAction":"view",
"wgUserName":null,"wgDBname":"ashgrovewiki","wgVisualEditor":{"pageLanguageCode":"en"},"wgCookieWarningEnabled":true};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js",
"ext.visualEditor.desktopArticleTarget.init","ext.CookieWarning"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.PortableInfobox.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector"></script>
<meta name="generator" content="MediaWiki 1.43.1"><meta name="robots" content="max-image-preview:standard"><meta name="viewport" content="width=1120">
<meta property="og:title" content="Water Wheel - Ashgrove Wiki"><meta property="og:site_name" content="Ashgrove Wiki"><meta property="og:type"
content="website">
<meta name="description" content="The Water Wheel is a power building in Ashgrove that turns the flow of a river or stream into mechanical power.">
<link rel="icon" href="https://static.wikitide.net/ashgrovewiki/6/64/Favicon.ico"><link rel="canonical" href="https://ashgrove.miraheze.org/wiki/Water_Wheel">
<script async src="https://analytics.wikitide.net/matomo.js"></script></head>
<body class="skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Water_Wheel 
rootpage-Water_Wheel skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="mw-dismissablenotice-anonplace"><div class="mw-dismissable-notice">
<div class="mw-dismissable-notice-close">[<a tabindex="0" role="button">dismiss</a>]</div><div class="mw-dismissable-notice-body"><div id="localNotice"
data-nosnippet="">
<div class="anonnotice" lang="en" dir="ltr"><p>${notice}</p></div></div></div></div></div></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Ashgrove Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-building pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="name">Water Wheel</h2><figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Water_Wheel.png"
class="image image-thumbnail"><img src="https://static.wikitide.net/ashgrovewiki/thumb/3/3c/Water_Wheel.png/270px-Water_Wheel.png" class="pi-image-thumbnail"
alt=""
width="270" height="203"></a></figure><div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="category"><h3 class="pi-data-label
pi-secondary-font">Category</h3><div class="pi-data-value pi-font">Power</div></div><div class="pi-item pi-data pi-item-spacing pi-border-color"
data-source="size">
<h3 class="pi-data-label pi-secondary-font">Size</h3><div class="pi-data-value pi-font">3×5</div></div><div
class="pi-item pi-data pi-item-spacing pi-border-color"
data-source="added"><h3 class="pi-data-label pi-secondary-font">Added</h3><div class="pi-data-value pi-font">0.7</div></div></aside>
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${heads
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${hd(heads[0]!, 1)}
${ps(construction)}
<ul>${materials.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(construction2)}
${hd(heads[1]!, 2)}
${ps(placement)}
${hd(heads[2]!, 3)}
<table class="wikitable"><tbody><tr><th>Water</th><th>Output</th><th>Notes</th></tr>
${outputRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(output2)}
${hd(heads[3]!, 4)}
<ul>${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hd(heads[4]!, 5)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title"><span class="mw-collapsible-toggle">[<a
class="mw-collapsible-text">hide</a>]</span><a href="/wiki/Buildings">Buildings</a></th></tr>
${navGroups
  .map(
    ([g, items]) =>
      `<tr><th class="navbox-group">${g}</th><td class="navbox-list">${items
        .map(
          (t) => `<a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`,
        )
        .join(' • ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
<!-- NewPP limit report Cached time: 20250303194511 Cache expiry: 86400 CPU time usage: 0.081 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://ashgrove.miraheze.org/wiki/Water_Wheel?oldid=18204">https://ashgrove.miraheze.org/wiki/Water_Wheel?oldid=18204</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>: <ul>
${categories.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="mw-portlet mw-portlet-personal vector-user-menu-legacy vector-menu"
aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${personal
  .map(
    (t) => `<li class="mw-list-item"><a
href="/wiki/Special:${t.replace(/ /g, '')}"><span>${t}</span></a></li>`,
  )
  .join('')}
</ul></div></nav><div id="left-navigation"><nav id="p-namespaces" class="mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy vector-menu"
aria-labelledby="p-namespaces-label"><h3 id="p-namespaces-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Namespaces</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a
href="/wiki/Water_Wheel"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/wiki/Talk:Water_Wheel?action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy vector-menu"
aria-labelledby="p-views-label">
<h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Water_Wheel"><span>Read</span></a></li><li id="ca-ve-edit" class="mw-list-item"><a
href="/wiki/Water_Wheel?veaction=edit"><span>Edit</span></a></li><li id="ca-edit" class="collapsible mw-list-item"><a href="/wiki/Water_Wheel?action=edit">
<span>Edit source</span></a></li><li id="ca-history" class="mw-list-item"><a href="/wiki/Water_Wheel?action=history"><span>View
history</span></a></li></ul></div></nav>
<nav id="p-cactions" class="mw-portlet mw-portlet-cactions emptyPortlet vector-menu-dropdown vector-menu" title="More options"><input type="checkbox"
id="p-cactions-checkbox" role="button" aria-haspopup="true" class="vector-menu-checkbox" aria-labelledby="p-cactions-label"><label id="p-cactions-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">More</span></label><div class="vector-menu-content"><ul
class="vector-menu-content-list"></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box"><h3>
<label for="searchInput">Search</label></h3><form action="/w/index.php" id="searchform" class="vector-search-box-form"><div id="simpleSearch"
class="vector-search-box-inner"><input class="vector-search-box-input" type="search" name="search" placeholder="Search Ashgrove Wiki"
aria-label="Search Ashgrove Wiki"
autocapitalize="sentences" title="Search Ashgrove Wiki [f]" accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton"
value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${sidebar.map(([h, items], i) => portlet(['navigation', 'ashgrove', 'community', 'tb'][i]!, h, items)).join('\n')}
</div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March 2025, at 19:45.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons
Attribution Share Alike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${footer
  .map(
    (t, i) => `<li id="footer-places-${i}"><a
href="https://meta.miraheze.org/wiki/Special:MyLanguage/${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/"><img
src="https://meta.miraheze.org/w/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution Share Alike" width="88" height="31"
loading="lazy"></a></li>
<li id="footer-hostedbyico"><a href="https://meta.miraheze.org"><img src="https://static.wikitide.net/commonswiki/f/ff/Powered_by_Miraheze.svg"
alt="Hosted by Miraheze"
width="88" height="31" loading="lazy"></a></li></ul></footer>
<div class="mw-cookiewarning-container"><div class="mw-cookiewarning-text"><span>${cookie}</span></div><form method="POST"><div
class="oo-ui-layout oo-ui-horizontalLayout">
<span class="oo-ui-widget oo-ui-widget-enabled oo-ui-buttonElement oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-buttonWidget"><a role="button"
tabindex="0"
href="https://meta.miraheze.org/wiki/Special:MyLanguage/Privacy_Policy#4._Cookies" rel="nofollow" class="oo-ui-buttonElement-button"><span
class="oo-ui-labelElement-label">More information</span></a></span><span class="oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-buttonElement
oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-flaggedElement-primary oo-ui-flaggedElement-progressive oo-ui-buttonInputWidget"><button type="submit"
tabindex="0"
name="disablecookiewarning" value="OK" class="oo-ui-inputWidget-input oo-ui-buttonElement-button"><span
class="oo-ui-labelElement-label">OK</span></button></span>
</div></form></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":211,"wgHostname":"mw152"});});</script></body></html>`;

const miraheze: TestPage = {
  name: 'heldout139-miraheze-community-wiki-article',
  kind: 'wiki',
  html,
  // the portable infobox is in neither list; table data cells are body, header cells in neither; the site notice,
  // the in-content "Contents" box (its entries repeat the headings and are left out), navbox, the section edit links (the
  // same words as the Edit / Edit source tabs, listed once),
  // categories, menus, footer and cookie bar are furniture; the "last edited" line is a byline
  title,
  headings: heads,
  body: texts([...lead, ...construction, ...materials, ...construction2, ...placement, ...outputRows.flat(), ...output2, ...tips, ...trivia]),
  bylines: ['This page was last edited on 3 March 2025, at 19:45.'],
  furniture: [
    'dismiss',
    plain(notice),
    'From Ashgrove Wiki',
    'Jump to navigation',
    'Jump to search',
    'Contents',
    'hide',
    ...navGroups.flatMap(([g, items]) => [g, ...items]),
    'Retrieved from',
    'Categories',
    ...categories.filter((c) => !navGroups.some(([g]) => g === c)),
    'Navigation menu',
    'Personal tools',
    ...personal,
    'Namespaces',
    'Page',
    'Discussion',
    'Views',
    'Read',
    'Edit',
    'Edit source',
    'View history',
    'More',
    'Search',
    ...sidebar.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Buildings'),
    'Content is available under Creative Commons Attribution Share Alike unless otherwise noted.',
    ...footer,
    cookie,
    'More information',
    'OK',
  ],
};

export const HELDOUT139_C: readonly TestPage[] = [miraheze, fanWiki];
