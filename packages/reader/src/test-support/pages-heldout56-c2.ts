import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 56, file c2: a boss page on a game wiki hosted on wiki.gg (the legacy Vector skin with the wiki's own theme:
 * the wiki.gg network bar, the consent dialog, ad slots with their labels, the left panel with the wiki's own portlets, the
 * head tabs and search, a div-built infobox with statistics and drops, "[edit]" links, a phase-by-phase behaviour text, tips
 * and trivia lists, a version history list, a gallery with captions, a collapsible navbox, categories and the footer with
 * both the wiki's licence line and the wiki.gg links). The game, the boss and everything about them are invented.
 */
const ggTitle = 'Thornback Warden';
const ggLead = [
  'The <b>Thornback Warden</b> is a boss fought in the <a href="/wiki/Sunken_Grove" title="Sunken Grove">Sunken Grove</a>. It is the second ' +
    'boss most players meet in <i>Hollowmere</i>, after the <a href="/wiki/Mire_Matron" title="Mire Matron">Mire Matron</a>, and defeating it ' +
    'opens the path to the <a href="/wiki/Ashen_Steppes" title="Ashen Steppes">Ashen Steppes</a>. The Warden is summoned by placing a ' +
    '<a href="/wiki/Rotten_Acorn" title="Rotten Acorn"><span class="i"><img alt="" src="/images/thumb/Rotten_Acorn.png/16px-Rotten_Acorn.png" width="16" ' +
    'height="16"></span>Rotten Acorn</a> on the ancient stump at the centre of the Grove at night.',
];
const ggH = ['Behavior', 'First phase', 'Second phase', 'Tips', 'Lore', 'Trivia', 'History'] as const;
const ggP1 = [
  'In the first phase the Warden walks slowly towards the player and every few seconds lowers its head and charges in a straight line. ' +
    'Each charge leaves a trail of thorns on the ground that deals 12 damage per second to anything standing in it and fades after five seconds.',
];
const ggP2 = [
  'When its health falls below 50%, the Warden roars, sheds its bark armor and enters the second phase. It loses 8 defense but moves much ' +
    'faster, and instead of single charges it performs three short dashes in a row, each aimed at the player\u2019s position at the start of the dash.',
];
const ggTips = [
  'The charge can be dodged by jumping at the last moment, as the Warden cannot turn while charging.',
  'Fire weapons deal 25% extra damage during the first phase, while the bark armor is still intact.',
  'Building a long, flat arena before summoning the boss makes the thorn trails much easier to avoid.',
  'A <a href="/wiki/Swiftroot_Potion" title="Swiftroot Potion">Swiftroot Potion</a> helps in the second phase, when the dashes are hard to outrun on foot.',
];
const ggLore = [
  'According to the journal pages found in the Grove, the Warden was once a guardian spirit planted by the druids of Old Hollowmere to protect ' +
    'the last seed of the World Tree. The rot that spread through the Grove after the druids vanished twisted it into the creature the player ' +
    'meets, still circling the stump it was meant to guard.',
];
const ggTrivia = [
  'The Warden\u2019s roar is a slowed-down recording of a red deer stag, according to the game\u2019s sound designer.',
  'Before version 1.2.0 the Warden could be summoned during the day, which made the fight noticeably easier.',
];
const ggHist = [
  '<b><a href="/wiki/1.2.0" title="1.2.0">1.2.0</a></b>: Can no longer be summoned during the day. Second-phase dash speed reduced by 10%.',
  '<b><a href="/wiki/1.0.0" title="1.0.0">1.0.0</a></b>: Introduced.',
];
const ggInfo: [string, string][] = [
  ['Type', 'Boss'],
  ['Environment', 'Sunken Grove'],
  ['AI Type', 'Charger'],
  ['Damage', '38 / 52 (Phase 2)'],
  ['Max Life', '4,200'],
  ['Defense', '14 / 6 (Phase 2)'],
  ['KB Resist', '100%'],
  ['Immune to', 'Poisoned, Rooted'],
];
const ggDrops: [string, string, string][] = [
  ["Warden's Antler", '1', '100%'],
  ['Thornmail Shard', '8\u201312', '100%'],
  ['Barkhide Shield', '1', '25%'],
];
const ggGallery = ['Concept art of the Warden by the game\u2019s art team.', 'The Warden\u2019s first-phase sprite sheet.'];
const ggBosses = ['Mire Matron', 'Thornback Warden', 'The Ember Choir', 'Gravelord Oss', 'The Hollow King'];
const ggNetwork = ['Explore wikis', 'Community Central', 'Create a wiki'];
const ggPanel: [string, string[]][] = [
  ['Hollowmere Wiki', ['Main page', 'Getting started', 'Bosses', 'Items', 'Biomes', 'Crafting', 'Updates']],
  ['Community', ['Recent changes', 'Random page', 'Discord', 'Admin noticeboard', 'Help']],
  ['Tools', ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const ggCats = ['Bosses', 'Sunken Grove'];
const ggLast = 'This page was last edited on 29 October 2025, at 21:03.';
const ggLicence = 'Content is available under CC BY-SA 4.0 unless otherwise noted.';
const ggGame = 'Game content and materials are trademarks and copyrights of their respective publisher and its licensors. All rights reserved.';
const ggFoot = ['Privacy policy', 'About Hollowmere Wiki', 'Disclaimers', 'Mobile view'];
const ggGg = ['About wiki.gg', 'Terms of Service', 'Privacy Policy', 'Support', 'Cookie settings'];
const ggConsent =
  'We and our partners use cookies and similar technologies to show you personalised ads and to measure how the wiki is used. You can ' +
  'change your choice at any time in Cookie settings.';
const sec = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[` +
  `</span><a href="/wiki/Thornback_Warden?action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const ad = (id: string): string =>
  `<div id="${id}" class="wikigg-ad-slot" data-slot="${id}"><div class="wikigg-ad-label">Advertisement</div><div class="wikigg-ad-container"
style="min-height:90px"></div></div>`;
const ggHtml = `<!DOCTYPE html>
<html class="client-nojs view-unknown theme-none" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${ggTitle} - Hollowmere Wiki</title>
<script>(function(){var
t=localStorage.getItem("theme")||"dark";document.documentElement.className=document.documentElement.className.replace("theme-none","theme-"+t);}());
RLCONF={"wgPageName":"Thornback_Warden","wgTitle":"Thornback Warden","wgCurRevisionId":40977,"wgServer":"https://hollowmere.wiki.gg"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.wikigg.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector"><meta name="generator" content="MediaWiki 1.43.1">
<meta property="og:site_name" content="Hollowmere Wiki"><meta property="og:title" content="${ggTitle}"><link rel="canonical"
href="https://hollowmere.wiki.gg/wiki/Thornback_Warden">
</head><body class="wgg-dom-version-1_43 skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Thornback_Warden
 rootpage-Thornback_Warden skin-vector action-view
skin--responsive"><div id="wikigg-netbar" class="wikigg-netbar"><a class="wikigg-netbar-logo" href="https://wiki.gg/"
 aria-label="wiki.gg"><img src="https://commons.wiki.gg/images/wikigg-logo.svg" alt="" width="60" height="20"></a><nav class="wikigg-netbar-links">${ggNetwork
   .map((t) => `<a href="https://wiki.gg/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
   .join('')}</nav></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Update 1.3 \u201cEmbers\u201d is out! See the
 <a href="/wiki/1.3.0" title="1.3.0">patch notes</a> for every change.</p></div></div></div>${ad('wikigg-ad-top')}
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${ggTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Hollowmere Wiki</div><div id="contentSub"><div id="mw-content-subtitle">
</div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="infobox npc boss"><div class="title">${ggTitle}</div><div class="section images"><span typeof="mw:File"><a href="/wiki/File:Thornback_Warden.png"
 class="mw-file-description"><img src="/images/Thornback_Warden.png" decoding="async" width="180" height="144" class="mw-file-element"></a></span></div>
<div class="section statistics"><div class="title">Statistics</div><table><tbody>
${ggInfo.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table></div><div class="section drops"><div class="title">Drops</div><table class="drop-noncustom"><tbody><tr><th>Item</th><th>Qty</th>
<th>Rate</th></tr>
${ggDrops.map(([i, q, r]) => `<tr><td><a href="/wiki/${i.replace(/ /g, '_')}">${i}</a></td><td>${q}</td><td>${r}</td></tr>`).join('\n')}
<tr><td colspan="3" class="coins">Coins: <span class="coin gc">5 GC</span></td></tr></tbody></table></div></div>
<p>${ggLead[0]}\n</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
 style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
 for="toctogglecheckbox"></label></span></div><ul>
${[...ggH, 'Gallery']
  .map(
    (h, i) => `<li class="toclevel-${i === 1 || i === 2 ? 2 : 1}"><a href="#${h.replace(/ /g, '_')}"><span
class="tocnumber">${i === 1 ? '1.1' : i === 2 ? '1.2' : i < 1 ? 1 : i - 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${sec(2, 1, ggH[0])}
${sec(3, 2, ggH[1])}
<p>${ggP1[0]}\n</p>
${sec(3, 3, ggH[2])}
<p>${ggP2[0]}\n</p>
${sec(2, 4, ggH[3])}
<ul>${ggTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ad('wikigg-ad-incontent')}
${sec(2, 5, ggH[4])}
<p>${ggLore[0]}\n</p>
${sec(2, 6, ggH[5])}
<ul>${ggTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sec(2, 7, ggH[6])}
<ul>${ggHist.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sec(2, 8, 'Gallery')}
<ul class="gallery mw-gallery-traditional">${ggGallery
  .map(
    (c, i) =>
      `<li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: 150px;"><span typeof="mw:File"><a
href="/wiki/File:Warden_${i}.png"` +
      ` class="mw-file-description"><img src="/images/thumb/Warden_${i}.png/120px-Warden_${i}.png" width="120" height="96"></a></span></div><div
class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
<div class="navbox mw-collapsible" data-expandtext="show" data-collapsetext="hide"><div class="navbox-title"><span class="navbox-vde"><a
href="/wiki/Template:Bosses">v</a> \u2022
 <a href="/wiki/Template:Bosses?action=edit">e</a></span><a href="/wiki/Bosses">Bosses</a></div><div class="navbox-list mw-collapsible-content"><div
class="navbox-group">Story</div>
<ul>${ggBosses
  .map((b) =>
    b === ggTitle
      ? `<li><a class="mw-selflink selflink">${b}</a></li>`
      : `<li><a href="/wiki/${b.replace(/ /g, '_')}">${b}</a>
</li>`,
  )
  .join(' \u2022 ')}</ul></div></div>
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://hollowmere.wiki.gg/wiki/Thornback_Warden?oldid=40977"
>https://hollowmere.wiki.gg/wiki/Thornback_Warden?oldid=40977</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
 class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(ggCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="mw-portlet mw-portlet-personal vector-user-menu-legacy vector-menu"
 aria-labelledby="p-personal-label"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div
 class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-themes" class="mw-list-item"><a href="#" role="button">Dark mode</a></li>
${links(['Create account', 'Log in'], 'mw-list-item')}</ul></div></nav><div id="left-navigation"><nav id="p-namespaces"
class="vector-menu-tabs vector-menu-tabs-legacy
 vector-menu"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(['Page', 'Discussion'], 'mw-list-item')}</ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu-tabs vector-menu-tabs-legacy vector-menu"><div class="vector-menu-content"><ul
 class="vector-menu-content-list">${links(['Read', 'View source', 'View history'], 'mw-list-item')}</ul></div></nav><div id="p-search" role="search"
 class="vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><div id="simpleSearch"><input type="search"
 name="search" placeholder="Search Hollowmere Wiki" id="searchInput"><input type="submit" name="go" class="searchButton" id="searchButton" value="Go"></div>
</form>
</div></div></div><div id="mw-panel" class="vector-legacy-sidebar"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page"
title="Visit the main page"></a></div>
${ggPanel
  .map(
    ([h, xs]) =>
      `<nav id="p-${h.replace(/ /g, '_')}" class="mw-portlet vector-menu-portal portal vector-menu"><h3 class="vector-menu-heading"><span
class="vector-menu-heading-label">` +
      `${h}</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(xs, 'mw-list-item')}</ul></div></nav>`,
  )
  .join('\n')}
${ad('wikigg-ad-sidebar')}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> ${ggLast}</li><li
id="footer-info-copyright">${ggLicence}</li>
<li id="footer-info-game-content">${ggGame}</li></ul><ul id="footer-places">${links(ggFoot)}</ul><div class="wikigg-footer"><ul>${links(ggGg)}</ul></div>
</footer>
<div id="wikigg-consent" class="wikigg-consent" role="dialog" aria-modal="true" aria-labelledby="wikigg-consent-title"><h2 id="wikigg-consent-title">We
value your privacy</h2>
<p>${ggConsent}</p><div class="wikigg-consent-buttons"><button class="wikigg-consent-reject">Reject all</button><button class="wikigg-consent-manage">Manage
options</button>
<button class="wikigg-consent-accept">Accept all</button></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187});});</script></body></html>`;
export const wikigg: TestPage = {
  html: ggHtml,
  name: 'heldout56-wikigg-game-wiki',
  kind: 'wiki',
  // the lead, the two phase texts, the tips, lore, trivia and version history items are body (the history list is the page's
  // own record of changes to the boss); the infobox (statistics, drops table, coins), the site notice about update 1.3, the
  // gallery captions, the Bosses navbox, the TOC, ad labels, the wiki.gg network bar, consent dialog, panel, tabs, categories and
  // both footers are furniture; "This page was last edited" is the byline; infobox and navbox words that are words of the
  // body ("Sunken Grove", "Boss", "Damage", "Defense", "Mire Matron" in the navbox, the category "Sunken Grove") are left out
  title: ggTitle,
  headings: [...ggH],
  body: texts([...ggLead, ...ggP1, ...ggP2, ...ggTips, ...ggLore, ...ggTrivia, ...ggHist]),
  bylines: [ggLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ggNetwork, 'Update 1.3 \u201cEmbers\u201d is out! See the patch notes for every change.', 'Advertisement', 'From Hollowmere Wiki', 'Jump to navigation',
    'Jump to search', 'Statistics', ...ggInfo.flat(), 'Drops', 'Item', 'Qty', 'Rate', ...ggDrops.map(([i]) => i), 'Coins:', '5 GC', 'Contents', 'Gallery',
    ...ggGallery, 'Bosses', 'Story', ...ggBosses, 'Retrieved from "https://hollowmere.wiki.gg/wiki/Thornback_Warden?oldid=40977"', 'Categories', ...ggCats,
    'Navigation menu', 'Personal tools', 'Dark mode', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Search',
    ...ggPanel.flat(2), ggLicence, ggGame, ...ggFoot, ...ggGg, 'We value your privacy', ggConsent, 'Reject all', 'Manage options', 'Accept all',
  ].filter((t, i, all) => all.indexOf(t) === i && ![ggTitle, 'Boss', 'Sunken Grove', 'Damage', 'Defense', 'Mire Matron'].includes(t)),
};
