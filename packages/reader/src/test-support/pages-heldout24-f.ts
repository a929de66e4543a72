import { links, type TestPage, texts } from './page-kit.js';
import { departmentNews } from './pages-heldout24-f2.js';

/**
 * Held-out batch 24, file f: a boss page on a wiki.gg-hosted MediaWiki game wiki on the Vector legacy skin (the wiki.gg top
 * bar, personal tools, namespace tabs and views, search, the sidebar portals, the site notice, the "From the … Wiki" tagline,
 * a hatnote, the portable infobox with image, caption and data rows, the table of contents, section headings with "[edit |
 * edit source]" links, a drops list, a trivia list, the collapsible navbox, categories, the "last edited" line, footer links,
 * the ad slots and the "Powered by MediaWiki" badges).
 */
const wkTitle = 'Warden Ilse';
const wkLead = [
  'Warden Ilse is a boss in <i>Ashfall: Tides of Ember</i>. She guards the flooded lower gate of the Saltmarsh Bastion and must be ' +
    'defeated to reach the Drowned Archive. Most players meet her after about eight hours of play.',
] as const;
const wkH = ['Location', 'Strategy', 'Phase one', 'Phase two', 'Drops', 'Trivia'] as const;
const wkLoc = [
  'Ilse waits in the sluice chamber beneath the bastion’s east wall. The nearest Ember Shrine is Sluicekeeper’s Rest, two rooms ' +
    'to the north; the route back to her passes one ambush by two Marsh Hounds.',
] as const;
const wkP1 = [
  'In the first phase Ilse fights with a halberd and a lantern. Her sweeping attack has a long wind-up and can be dodged by ' +
    'rolling toward her left side. After every third sweep she plants the lantern and sets the water around it alight for a few ' +
    'seconds; move to dry stone until the flames die.',
] as const;
const wkP2 = [
  'At half health she opens the sluice gates and the chamber floods to knee height, slowing the player. Ilse gains a lunging ' +
    'thrust that covers most of the room. Fire damage is halved in this phase, so switch to frost or lightning weapons if you have ' +
    'them. Staying close to her right flank avoids the thrust entirely.',
] as const;
const wkDrops = ['Warden’s Halberd (guaranteed)', 'Sluice Key', '4,800 Embers', 'Drowned Lantern (NG+ only)'];
const wkTrivia = [
  'Ilse was the first boss designed for the game, according to the developers’ 2024 art book.',
  'Her voice lines are spoken in a reversed form of the game’s invented Marsh dialect.',
  'Before patch 1.04 the flooded phase could be skipped by standing on the stairs, which stopped the water from rising.',
];
const wkInfo: [string, string][] = [
  ['Location', 'Saltmarsh Bastion'],
  ['Health', '6,200 (NG) / 9,300 (NG+)'],
  ['Weakness', 'Frost, Lightning'],
  ['Resistances', 'Fire (phase 2)'],
  ['Embers', '4,800'],
  ['Optional', 'No'],
];
const wkNavBosses = ['Hollow Shepherd', 'Warden Ilse', 'The Brine Choir', 'Archivist Vell', 'Ember Sovereign'];
const wkSidebar = ['Main page', 'Recent changes', 'Random page', 'Community portal', 'Discord', 'Help'];
const wkTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wkFoot = ['Privacy policy', 'About Ashfall Wiki', 'Disclaimers', 'Mobile view', 'Contact wiki.gg', 'Terms of Service'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>' +
  '<span class="mw-editsection-divider"> | </span><a href="?action=edit&amp;source">edit source</a><span class="mw-editsection-bracket">]</span></span>';
const h = (level: number, t: string): string => `<h${level}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${edit}</h${level}>`;
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wkTitle} - Ashfall Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Warden_Ilse","wgTitle":"Warden Ilse",
"wgCategories":["Bosses","Saltmarsh Bastion"]};</script>
<meta name="generator" content="MediaWiki 1.43.1"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Warden_Ilse rootpage-Warden_Ilse skin-vector-legacy action-view">
<div class="wikigg-header"><a href="https://wiki.gg" class="wikigg-logo">wiki.gg</a><a href="https://wiki.gg/wikis">Explore wikis</a>
<a href="https://support.wiki.gg">Support</a></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet="">The wiki has been updated for patch 1.12. <a
 href="/wiki/Patch_1.12">See what changed</a>.</div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Ashfall Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">This article is about the boss. For the shopkeeper in Emberfall, see <a
 href="/wiki/Ilse_(NPC)">Ilse (NPC)</a>.</div>
<aside role="region" class="portable-infobox pi-background pi-theme-boss pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title"
 data-source="name">${wkTitle}</h2>
<figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Warden_Ilse.png" class="image"><img alt="Warden Ilse.png"
 src="/images/thumb/a/a3/Warden_Ilse.png/270px-Warden_Ilse.png"></a>
<figcaption class="pi-item-spacing pi-caption">Ilse in the flooded phase</figcaption></figure>
${wkInfo
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}"><h3
 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}
</aside>
<p>${wkLead[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
 class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
 for="toctogglecheckbox"></label></span></div>
<ul><li class="toclevel-1 tocsection-1"><a href="#Location"><span class="tocnumber">1</span> <span class="toctext">Location</span></a></li>
<li class="toclevel-1 tocsection-2"><a href="#Strategy"><span class="tocnumber">2</span> <span class="toctext">Strategy</span></a><ul>
<li class="toclevel-2 tocsection-3"><a href="#Phase_one"><span class="tocnumber">2.1</span> <span class="toctext">Phase one</span></a></li>
<li class="toclevel-2 tocsection-4"><a href="#Phase_two"><span class="tocnumber">2.2</span> <span class="toctext">Phase two</span></a></li></ul></li>
<li class="toclevel-1 tocsection-5"><a href="#Drops"><span class="tocnumber">3</span> <span class="toctext">Drops</span></a></li>
<li class="toclevel-1 tocsection-6"><a href="#Trivia"><span class="tocnumber">4</span> <span class="toctext">Trivia</span></a></li></ul></div>
${h(2, wkH[0])}<p>${wkLoc[0]}</p>
${h(2, wkH[1])}${h(3, wkH[2])}<p>${wkP1[0]}</p>
<div class="wikigg-ad-slot" id="incontent-ad"><span class="ad-label">Advertisement</span></div>
${h(3, wkH[3])}<p>${wkP2[0]}</p>
${h(2, wkH[4])}<ul>${wkDrops.map((t) => `<li><a href="/wiki/${t.replace(/ \(.*$/, '').replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
${h(2, wkH[5])}<ul>${wkTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div role="navigation" class="navbox mw-collapsible" data-collapsetext="hide" data-expandtext="show"><table class="navbox-inner"><tbody>
<tr><th colspan="2" class="navbox-title"><div class="navbar plainlinks hlist"><ul><li><a href="/wiki/Template:Bosses"
 title="View this template"><abbr>v</abbr></a></li>
<li><a href="/wiki/Template_talk:Bosses"><abbr>t</abbr></a></li><li><a href="/wiki/Template:Bosses?action=edit"><abbr>e</abbr></a></li></ul></div>
<div id="Bosses_of_Ashfall" style="font-size:114%;margin:0 4em">Bosses of Ashfall: Tides of Ember</div></th></tr>
<tr><th scope="row" class="navbox-group">Main</th><td
 class="navbox-list hlist"><ul>${wkNavBosses
   .map((t) =>
     t === wkTitle
       ? `<li><a class="mw-selflink selflink">${t}</a></li>`
       : `<li><a
 href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
   )
   .join('')}</ul></td></tr>
<tr><th scope="row" class="navbox-group">Optional</th><td class="navbox-list hlist"><ul><li><a href="/wiki/The_Tallow_Twins">The Tallow Twins</a></li>
<li><a href="/wiki/Mother_of_Gulls">Mother of Gulls</a></li></ul></td></tr></tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://ashfall.wiki.gg/wiki/Warden_Ilse?oldid=18842">https://ashfall.wiki.gg/wiki/Warden_Ilse?oldid=18842</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Bosses">Bosses</a></li><li><a href="/wiki/Category:Saltmarsh_Bastion">Saltmarsh Bastion</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><h3
 id="p-personal-label">Personal tools</h3>
<ul><li id="pt-createaccount"><a href="/wiki/Special:CreateAccount">Create account</a></li><li id="pt-login"><a
 href="/wiki/Special:UserLogin">Log in</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li class="selected"><a href="/wiki/Warden_Ilse">Page</a></li>
<li><a href="/wiki/Talk:Warden_Ilse">Discussion</a></li></ul></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul>
<li class="selected"><a href="/wiki/Warden_Ilse">Read</a></li><li><a href="?action=edit">Edit</a></li><li><a
 href="?action=history">View history</a></li></ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><input type="search" name="search" placeholder="Search Ashfall Wiki"
 id="searchInput"></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Ashfall_Wiki" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu portal"><h3>Navigation</h3><ul>${links(wkSidebar)}</ul></nav>
<nav id="p-tb" class="vector-menu portal"><h3>Tools</h3><ul>${links(wkTools)}</ul></nav></div></div>
<div class="wikigg-ad-slot" id="sidebar-ad"><span class="ad-label">Advertisement</span></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
 id="footer-info-lastmod"> This page was last edited on 14 October 2025, at 19:22.</li>
<li id="footer-info-copyright">Content is available under <a
 href="https://creativecommons.org/licenses/by-sa/4.0">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wkFoot)}</ul><ul id="footer-icons"><li><a href="https://www.mediawiki.org/">Powered by MediaWiki</a></li><li><a
 href="https://wiki.gg">Hosted by wiki.gg</a></li></ul>
</footer></body></html>`;
const gameWiki: TestPage = {
  html: wkHtml,
  name: 'heldout24-game-wiki-boss-page',
  kind: 'wiki',
  // the lead, section paragraphs, the drops list (links, but the page's own data) and trivia items are body; h2 and h3
  // section heads are the headings, in order; the hatnote, infobox (title, caption, labels, values), TOC, "[edit | edit
  // source]" links, ad labels, navbox (its title, v/t/e, groups and boss links), categories, "Retrieved from", site notice,
  // tagline, jump links, wiki.gg bar, tabs, sidebar, footer are furniture; a wiki has no byline: the "last edited" line is
  // furniture, as in the earlier wiki pages; "Location" and "Embers" (infobox labels) and the infobox's title, "Warden Ilse",
  // are gold words: left out; the infobox value "4,800" is in the drops list: left out
  title: wkTitle,
  headings: [...wkH],
  body: [...texts(wkLead), wkLoc[0], wkP1[0], wkP2[0], ...wkDrops, ...wkTrivia],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'wiki.gg', 'Explore wikis', 'Support', 'The wiki has been updated for patch 1.12.', 'See what changed', 'From Ashfall Wiki', 'Jump to navigation',
    'Jump to search', 'This article is about the boss. For the shopkeeper in Emberfall, see Ilse (NPC).', 'Ilse in the flooded phase',
    'Saltmarsh Bastion', 'Health', '6,200 (NG) / 9,300 (NG+)', 'Weakness', 'Frost, Lightning', 'Resistances', 'Fire (phase 2)', 'Optional', 'No',
    'Contents', 'edit', 'edit source', 'Advertisement', 'Bosses of Ashfall: Tides of Ember', 'Main', 'Hollow Shepherd', 'The Brine Choir',
    'Archivist Vell', 'Ember Sovereign', 'The Tallow Twins', 'Mother of Gulls', 'Retrieved from', 'Categories', 'Bosses', 'Navigation menu',
    'Personal tools', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...wkSidebar,
    'Tools', ...wkTools, 'This page was last edited on 14 October 2025, at 19:22.', 'Content is available under', 'CC BY-SA 4.0',
    'unless otherwise noted.', ...wkFoot, 'Powered by MediaWiki', 'Hosted by wiki.gg',
  ],
};

export const HELDOUT24_F: readonly TestPage[] = [gameWiki, departmentNews];
