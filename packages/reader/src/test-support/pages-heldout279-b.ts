import { links, ps, type TestPage, texts } from './page-kit.js';
import { bulba } from './pages-heldout279-b2.js';
import { j, mwH } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file b: an item page of a RuneScape-style game wiki hosted by Weird Gloop (legacy Vector skin with the
 * Gloop top bar, item infobox with its data rows, a short body, Creation and Trivia sections, the Exchange price chart box,
 * a navbox, categories, an ad slot and the Weird Gloop footer); from file b2, a Bulbapedia-style creature page.
 */
const rTitle = 'Emberbound hatchet';
const rLead = [
  j(
    'The <b>Emberbound hatchet</b> is a woodcutting tool that requires level 61 Woodcutting to use and level 55 Firemaking to',
    'wield as a weapon. It is made by smithing a runite hatchet head into a smouldering ember at the Forge of Calder.',
  ),
  j(
    'When chopping, each log cut has a one in four chance to be burned straight away, granting half of the Firemaking experience',
    'of lighting it by hand. Burned logs give no Woodcutting materials, so the hatchet is mostly used for training both skills at once.',
  ),
];
const rCreation = ['Players need a runite hatchet, a smouldering ember and 14 coal in their inventory. Smithing the hatchet grants 140 Smithing experience.'];
const rTrivia = [
  j(
    'The examine text was changed in the 2025 tool update. It previously read "It smells faintly of campfire", which players had',
    'reported as too similar to the examine of the tinderbox.',
  ),
  'The hatchet glows in the dark and slightly lights up caves when wielded, although this has no gameplay effect.',
  j(
    'Its chopping animation is the only one in the game where sparks fly from the tree. The effect was added after a community',
    'vote held during the Summer Forge event.',
  ),
];
const rInfo = [
  ['Released', '11 February 2025 (Update)'],
  ['Members', 'Yes'],
  ['Quest item', 'No'],
  ['Tradeable', 'Yes'],
  ['Equipable', 'Yes'],
  ['Examine', 'A hatchet that never quite stops smoking.'],
  ['Value', '38,400 coins'],
  ['Weight', '1.8 kg'],
];
const rNavGroups: [string, string[]][] = [
  ['Bronze to rune', ['Bronze hatchet', 'Iron hatchet', 'Steel hatchet', 'Mithril hatchet', 'Adamant hatchet', 'Rune hatchet']],
  ['Special', ['Emberbound hatchet', 'Crystal hatchet', 'Driftwood hatchet', 'Gilded hatchet']],
];
const rNavItems = rNavGroups.flatMap(([, items]) => items).filter((t) => t !== rTitle);
const rTop = ['Gloop', 'Wikis', 'Discord', 'Merch', 'Support the wikis'];
const rNav = ['Main page', 'Community portal', 'Recent changes', 'Random page', 'Guides', 'Grand Exchange'];
const rTools = ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information'];
const rFoot = ['Privacy policy', 'About the Realmsgate Wiki', 'Disclaimers', 'Terms of use'];
const rHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Emberbound hatchet - The Realmsgate Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Emberbound_hatchet","wgTitle":"Emberbound hatchet",
"wgCategories":["Woodcutting","Hatchets","Members' items","Items added in 2025"],"wgIsArticle":true,"wgRelevantPageName":"Emberbound_hatchet"};</script>
<meta name="generator" content="MediaWiki 1.42.3"><meta property="og:site_name" content="The Realmsgate Wiki">
<meta property="og:image" content="https://realmsgate.wiki/images/Emberbound_hatchet_detail.png">
<meta name="description" content="The Emberbound hatchet is a woodcutting tool that requires level 61 Woodcutting to use.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Emberbound hatchet","headline":"Emberbound hatchet",
"publisher":{"@type":"Organization","name":"Weird Gloop"},"datePublished":"2025-02-11T09:00:00Z","dateModified":"2026-02-27T18:22:09Z"}</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.gadget.switch-infobox%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Emberbound_hatchet rootpage-Emberbound_hatchet skin-vector action-view wgl-theme-light">
<div id="gloop-bar" class="wgl-topbar"><a class="wgl-topbar-logo" href="https://weirdgloop.example/">Weird Gloop</a><ul class="wgl-topbar-links">
${links(rTop)}</ul></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet><div class="sitenotice">The Realmsgate Wiki is looking for editors to help document
the new Forge skill. <a href="/w/Project:Forge_project">Join the project</a>!</div></div></div>
<div class="mw-indicators"><div id="mw-indicator-rs-members" class="mw-indicator"><span title="Members only">Members only</span></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${rTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From the Realmsgate Wiki, the wiki for Realmsgate</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="gloop-ad-slot" id="rsw-ad-top"><span class="gloop-ad-label">Advertisement</span><div id="ad-leaderboard"></div></div>
<table class="infobox infobox-item no-parenthesis-style" data-infobox="item"><tbody>
<tr><th class="infobox-header" colspan="2">${rTitle}</th></tr>
<tr><td class="infobox-image infobox-full-width-content" colspan="2"><span class="mw-default-size"><a href="/w/File:Emberbound_hatchet_detail.png"
class="mw-file-description"><img src="/images/Emberbound_hatchet_detail.png" width="150" height="140" alt="Emberbound hatchet detail"></a></span></td></tr>
<tr><td class="infobox-subheader" colspan="2">Properties</td></tr>
${rInfo.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}
<tr><td class="infobox-subheader" colspan="2">Advanced data</td></tr><tr><th>Item ID</th><td>40117</td></tr></tbody></table>
<p><b>Emberbound hatchet</b> is a <a href="/w/Members">members</a> item.</p>
${ps(rLead)}
${mwH(2, 'Creation', 'Emberbound_hatchet', 1)}
${ps(rCreation)}
<div class="gemw-container"><div class="gemw-header">Grand Exchange</div><div class="gemw-price">Current price: <span>41,220 coins</span></div>
<div class="gemw-change">Last updated: 2 hours ago</div><a href="/w/Exchange:Emberbound_hatchet">View price history</a></div>
${mwH(2, 'Trivia', 'Emberbound_hatchet', 2)}
<ul>${rTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox wikitable"><tbody><tr><th class="navbox-title" colspan="2"><span class="navbox-vde">v • e</span> <a
href="/w/Hatchets">Hatchets</a></th></tr>
${rNavGroups.map(([g, items]) => `<tr><th class="navbox-group">${g}</th><td class="navbox-list"><ul>${links(items)}</ul></td></tr>`).join('\n')}
</tbody></table></div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/w/Special:Categories">Categories</a>:
<ul><li><a href="/w/Category:Woodcutting">Woodcutting</a></li><li><a href="/w/Category:Hatchets">Hatchets</a></li>
<li><a href="/w/Category:Members%27_items">Members' items</a></li><li><a href="/w/Category:Items_added_in_2025">Items added in 2025</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-label="Personal tools"><ul>
<li id="pt-login"><a href="/w/Special:UserLogin">Log in</a></li><li id="pt-darkmode"><a href="#">Dark mode</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/w/Emberbound_hatchet">Page</a></li>
<li><a href="/w/Talk:Emberbound_hatchet">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="#">Read</a></li><li><a
href="#">Edit source</a></li><li><a href="#">View history</a></li></ul></nav>
<div id="p-search" role="search"><form action="/w/Special:Search" id="searchform"><input type="search" name="search" placeholder="Search the Realmsgate Wiki"
id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/w/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal"><div class="vector-menu-content"><ul>${links(rNav)}</ul></div></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal"><h3 id="p-tb-label" class="vector-menu-heading"><span>Tools</span></h3>
<div class="vector-menu-content"><ul>${links(rTools)}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last modified on 27 February 2026, at
18:22.</li>
<li id="footer-info-copyright">Content on this site is licensed under <a href="https://creativecommons.example/licenses/by-nc-sa/3.0/">CC BY-NC-SA
3.0</a>; additional
terms may apply.</li></ul><ul id="footer-places">${links(rFoot)}</ul>
<p class="wgl-footer-note">Realmsgate is a trademark of Halden Forge Studios. The wiki is run by Weird Gloop and is not affiliated with the studio.</p></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":98});});</script></body></html>`;
const gameWiki: TestPage = {
  name: 'heldout279-weirdgloop-game-item',
  kind: 'wiki',
  html: rHtml,
  title: rTitle,
  headings: ['Creation', 'Trivia'],
  body: texts(['<b>Emberbound hatchet</b> is a members item.', ...rLead, ...rCreation, ...rTrivia]),
  bylines: ['This page was last modified on 27 February 2026, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Weird Gloop', ...rTop, 'The Realmsgate Wiki is looking for editors to help document the new Forge skill. Join the project!', 'Members only',
    'From the Realmsgate Wiki, the wiki for Realmsgate', 'Advertisement', 'Properties', ...rInfo.flat().filter((t) => t.length > 2), 'Advanced data',
    'Item ID', '40117',
    'Grand Exchange', 'Current price: 41,220 coins', 'Last updated: 2 hours ago', 'View price history', 'v • e', 'Hatchets', 'Bronze to rune', 'Special',
    ...rNavItems, 'Categories', "Members' items", 'Items added in 2025', 'Log in', 'Dark mode', 'Discussion', 'Read', 'Edit source',
    'View history', ...rNav, 'Tools', ...rTools, 'Content on this site is licensed under CC BY-NC-SA 3.0; additional terms may apply.', ...rFoot,
    'Realmsgate is a trademark of Halden Forge Studios. The wiki is run by Weird Gloop and is not affiliated with the studio.',
  ],
};

export const HELDOUT279_B: readonly TestPage[] = [gameWiki, bulba];
