import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 56, file f2: a creature article on a Bulbapedia-style fan wiki on MediaWiki's Monobook skin (the fan network's
 * top bar, ad slots, the site notice, "From Critterpedia, the community-driven ...", jump links, the previous / next dex-number
 * table, the big infobox table with types, abilities, ratios and measurements, "[edit]" links, a Critterdex entries table with
 * the games as row labels, a base stats table, trivia, the navbox of neighbouring numbers, categories, the #column-one portlets
 * with page actions, personal tools, logo, navigation, search and tools, and the footer). The franchise and all of it is invented.
 */
const mbTitle = 'Mossling (Critter)';
const mbLead = [
  '<b>Mossling</b> (Japanese: <span lang="ja">\u30b3\u30b1\u30e2\u30c3\u30c1</span> <i>Kokemotchi</i>) is a <a href="/wiki/Grass_(type)" ' +
    'title="Grass (type)"><span style="color:#78C850">Grass</span>-type</a> Critter introduced in <a href="/wiki/Generation_II">Generation II</a>.',
  'It evolves into <a href="/wiki/Thornmoss_(Critter)" title="Thornmoss (Critter)">Thornmoss</a> starting at level 24, which evolves into ' +
    '<a href="/wiki/Mossgrave_(Critter)" title="Mossgrave (Critter)">Mossgrave</a> when exposed to a <a href="/wiki/Dusk_Stone">Dusk Stone</a>.',
];
const mbH = ['Biology', 'In the anime', 'Major appearances', 'In the games', 'Critterdex entries', 'Base stats', 'Trivia', 'Origin'] as const;
const mbBio = [
  'Mossling is a small, round Critter covered in a thick layer of green moss, with two stubby legs and a pair of bright orange eyes that ' +
    'peer out from the growth. The moss is not part of its body but a separate plant that lives on it; Mossling feeds the moss with a sugary ' +
    'fluid from its skin, and in return the moss hides it from predators and keeps it cool in summer.',
  'Mosslings live in damp forests and on the banks of slow rivers, where they spend most of the day motionless on rocks or fallen logs. ' +
    'Because they are so easily mistaken for clumps of moss, they are rarely seen in the wild, and most sightings happen by accident when a ' +
    'hiker sits down on one. A Mossling that loses its moss becomes nervous and hides until a new layer has grown, which can take several weeks.',
];
const mbAnime = [
  'A Mossling first appeared in <i><a href="/wiki/CQ027">The Stone That Wasn\u2019t</a></i>, where it was living in a garden in Fernhollow ' +
    'Town and was mistaken for an ornamental rock by <a href="/wiki/Nina">Nina</a>. After it was accidentally knocked into a pond, Nina and ' +
    'her friends helped it find a new patch of moss, and it later appeared in the background of several episodes set in the same town.',
];
const mbDex: [string, string][] = [
  ['Verdant', 'It lets moss grow on its back and lives in quiet harmony with it. The moss soaks up the rain so that Mossling never dries out.'],
  ['Umber', 'On hot days it sits perfectly still in the shade of a tree. The moss on its back keeps it cool even under the summer sun.'],
  ['Crystal Creek', 'Hikers who rest on mossy stones in the forest sometimes find that the stone gets up and walks away.'],
];
const mbStats: [string, number][] = [
  ['HP', 45],
  ['Attack', 40],
  ['Defense', 65],
  ['Sp. Atk', 55],
  ['Sp. Def', 70],
  ['Speed', 15],
];
const mbTrivia = [
  'Mossling and its evolutions are the only Grass-type Critters whose moss is listed as a separate species in the Critterdex.',
  'Mossling has the lowest base Speed of all Critters introduced in Generation II.',
];
const mbOrigin = [
  'Mossling appears to be based on moss balls, round colonies of algae found in a few cold lakes, combined with the idea of a shy animal ' +
    'that relies on camouflage. Its habit of being sat on may be a nod to the folk tale of a traveller who mistakes a sleeping animal for a stone.',
];
const mbInfo: [string, string][] = [
  ['Category', 'Moss Critter'],
  ['Type', 'Grass'],
  ['Abilities', 'Overgrow or Camouflage (Hidden Ability)'],
  ['Gender ratio', '50% male, 50% female'],
  ['Catch rate', '190 (36.5%)'],
  ['Egg Groups', 'Plant and Field'],
  ['Height', '0.4 m (1\u203204\u2033)'],
  ['Weight', '5.2 kg (11.5 lbs)'],
  ['Base experience yield', '64'],
  ['Leveling rate', 'Medium Slow'],
];
const mbNet = ['Critterden', 'Forums', 'Crittenews', 'Archives', 'Discord'];
const mbNotice = 'Critterpedia is looking for editors to help finish the Generation V learnsets! Join the project on Discord.';
const mbNavbox = ['#039 Ripplet', '#040 Ripplash', '#041 Pebbleshell', '#043 Thornmoss', '#044 Mossgrave', '#045 Glimmerbug'];
const mbCats = ['Grass-type Critters', 'Critters in a three-stage evolutionary line', 'Generation II Critters', 'Critters with a Hidden Ability'];
const mbPortlets: [string, string, string[]][] = [
  ['navigation', 'Navigation', ['Main Page', 'Critterdex', 'Community portal', 'Recent changes', 'Random page', 'Help']],
  ['tb', 'Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const mbLast = 'This page was last edited on 5 November 2025, at 22:48.';
const mbLicence = 'Content is available under Attribution-NonCommercial-ShareAlike 2.5 unless otherwise noted.';
const mbFoot = ['Privacy policy', 'About Critterpedia', 'Disclaimers'];
const sec = (lvl: number, n: number, h: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${h.replace(/ /g, '_')}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[` +
  `</span><a href="/w/index.php?title=Mossling_(Critter)&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span ` +
  `class="mw-editsection-bracket">]</span></span></div>`;
const ad = (id: string): string => `<div id="${id}" class="critterden-ad" style="text-align:center;min-height:90px"><small>ADVERTISEMENT</small></div>`;
const mbHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mbTitle} - Critterpedia, the community-driven Critterquest
encyclopedia</title>
<script>document.documentElement.className="client-js";
RLCONF={"wgPageName":"Mossling_(Critter)","wgTitle":"Mossling (Critter)","wgCurRevisionId":3920144};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=mediawiki.skinning.content.externallinks%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.39.13"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<script async src="https://cdn.critterden.example/ads/loader.js"></script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
 page-Mossling_Critter rootpage-Mossling_Critter skin-monobook action-view skin--responsive">
<div id="critterden-bar"><a class="critterden-bar-logo" href="https://critterden.example/"><img src="https://critterden.example/logo.png" alt="Critterden"
height="24"></a><ul>${links(mbNet)}</ul></div>
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice"
data-nosnippet=""><div
 class="sitenotice" lang="en" dir="ltr"><p>${mbNotice.replace('Discord', '<a href="https://discord.example/critterpedia">Discord</a>')}</p></div></div>
</div>${ad('cd-ad-top')}
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mbTitle}</span></h1>
<div id="bodyContent" class="monobook-body"><div id="siteSub">From Critterpedia, the community-driven Critterquest encyclopedia.</div><div id="contentSub"><div
 id="mw-content-subtitle"></div></div><div id="jump-to-nav"></div><a href="#column-one" class="mw-jump-link">Jump to navigation</a><a href="#searchInput"
 class="mw-jump-link">Jump to search</a><!-- start content --><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="roundy" style="width:100%;margin:auto;background:#78C850"><tbody><tr><td style="width:50%;text-align:left"><a
href="/wiki/Pebbleshell_(Critter)">\u2190 #041:
 Pebbleshell</a></td><td style="width:50%;text-align:right"><a href="/wiki/Thornmoss_(Critter)">#043: Thornmoss \u2192</a></td></tr></tbody></table>
<table class="roundy infobox" style="float:right;width:33%;max-width:320px;background:#78C850"><tbody><tr><td colspan="2"><table class="roundy"
style="width:100%"><tbody><tr><td>
<big><big><b>Mossling</b></big></big><br><span lang="ja">\u30b3\u30b1\u30e2\u30c3\u30c1</span> <i>Kokemotchi</i></td><td style="text-align:right"><a
href="/wiki/List_of_Critters"
><span style="color:#000">#042</span></a></td></tr></tbody></table></td></tr><tr><td colspan="2"><span typeof="mw:File"><a
href="/wiki/File:042Mossling.png"><img
 alt="Mossling" src="/media/upload/thumb/042Mossling.png/250px-042Mossling.png" width="250" height="250"></a></span></td></tr>
${mbInfo.map(([k, v]) => `<tr><td class="roundy" colspan="2"><b><a href="/wiki/${k.replace(/ /g, '_')}">${k}</a></b><br>${v}</td></tr>`).join('\n')}
<tr><td colspan="2" style="font-size:80%"><a href="/wiki/Critterdex_data">Critterdex data</a> \u2022 <a href="/wiki/Sprites">Sprites</a></td></tr></tbody>
</table>
${mbLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
</div><ul>
${mbH.map((h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="toctext">${h}</span></a></li>`).join('\n')}
</ul></div>
${sec(2, 1, mbH[0])}
${mbBio.map((p) => `<p>${p}\n</p>`).join('\n')}
${sec(2, 2, mbH[1])}
${sec(3, 3, mbH[2])}
<p>${mbAnime[0]}\n</p>
${sec(2, 4, mbH[3])}
${sec(3, 5, mbH[4])}
<table class="roundy" style="background:#78C850;width:100%"><tbody>
${mbDex.map(([g, e]) => `<tr><th class="roundyleft" style="width:20%">${g}</th>\n<td class="roundyright" style="background:#fff">${e}</td></tr>`).join('\n')}
</tbody></table>
${sec(3, 6, mbH[5])}
<table class="roundy" style="background:#78C850;text-align:center"><tbody>
${mbStats
  .map(
    ([k, v]) => `<tr><th style="text-align:left">${k}:</th><th>${v}</th><td style="width:255px"><div
style="width:${v}px;height:8px;background:#4e8234"></div></td></tr>`,
  )
  .join('\n')}
<tr><th style="text-align:left">Total:</th><th>${mbStats.reduce((a, [, v]) => a + v, 0)}</th><td></td></tr></tbody></table>
${ad('cd-ad-incontent')}
${sec(2, 7, mbH[6])}
<ul>${mbTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${sec(3, 8, mbH[7])}
<p>${mbOrigin[0]}\n</p>
<table class="roundy navbox" style="margin:auto;background:#78C850;width:100%"><tbody><tr><th colspan="${mbNavbox.length + 1}"><a
href="/wiki/List_of_Critters">Critters by
 Critterdex number</a></th></tr><tr>${mbNavbox.map((t) => `<td><a href="/wiki/${t.slice(5)}_(Critter)">${t}</a></td>`).join('')}</tr></tbody></table>
<div class="noprint" style="text-align:center;font-size:85%">This article is part of <a href="/wiki/Critterpedia:Project_Critter">Project Critter</a>, a
Critterpedia project
 that aims to write comprehensive articles on each Critter.</div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://critterpedia.example/w/index.php?title=Mossling_(Critter)&amp;oldid=3920144"
>https://critterpedia.example/w/index.php?title=Mossling_(Critter)&amp;oldid=3920144</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
 class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mbCats)}</ul></div></div><!-- end
content -->
<div class="visualClear"></div></div></div></div>
<div id="column-one" lang="en" dir="ltr"><h2>Navigation menu</h2><div role="navigation" class="portlet" id="p-cactions" aria-labelledby="p-cactions-label"><h3
 id="p-cactions-label">Page actions</h3><div class="pBody"><ul>${links(['Page', 'Discussion', 'View source', 'History'])}</ul></div></div>
<div role="navigation" class="portlet" id="p-personal"><h3>Personal tools</h3><div class="pBody"><ul>${links(['Create account', 'Log in'])}</ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div><div id="sidebar">
${mbPortlets
  .map(
    ([id, h, xs]) => `<div role="navigation" class="portlet generated-sidebar" id="p-${id}"><h3>${h}</h3><div class="pBody">
<ul>${links(xs)}</ul></div></div>`,
  )
  .join('\n')}
<div role="search" class="portlet" id="p-search"><h3><label for="searchInput">Search</label></h3><div class="pBody" id="searchBody"><form
action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Critterpedia" id="searchInput"><input type="submit" name="go" value="Go" class="searchButton"><input
type="submit"
 name="fulltext" value="Search" class="searchButton mw-fallbackSearchButton"></form></div></div>${ad('cd-ad-sidebar')}</div></div><div class="visualClear">
</div>
<div id="footer" class="mw-footer" role="contentinfo"><div id="f-poweredbyico" class="footer-icons"><a href="https://www.mediawiki.org/"><img
 src="/w/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></div><ul id="f-list"><li id="lastmod">
${mbLast}</li>
<li id="copyright">${mbLicence}</li>${links(mbFoot)}</ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":203});});</script></body></html>`;
export const monobookFanWiki: TestPage = {
  html: mbHtml,
  name: 'heldout56-monobook-fan-wiki',
  kind: 'wiki',
  // the lead, biology, anime, trivia and origin paragraphs are body, and so are the three Critterdex entries (the article's
  // own quoted descriptions of the creature; the game names that label them are in neither list); the base stats table
  // (labels and numbers) is in neither list, a data table; the infobox, the previous / next bar, the navbox, the "Project
  // Critter" note, ad labels, the site notice, the fan network bar, the TOC, categories, the #column-one portlets and the
  // footer are furniture; "This page was last edited" is the byline; infobox words that are words of the body ("Grass", "Type"),
  // the neighbours the body names (Thornmoss, Mossgrave), the category "Grass-type Critters" and the "Critterdex" link are left out
  title: mbTitle,
  headings: [...mbH],
  body: texts([...mbLead, ...mbBio, ...mbAnime, ...mbDex.map(([, e]) => e), ...mbTrivia, ...mbOrigin]),
  bylines: [mbLast],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbNet, mbNotice, 'ADVERTISEMENT', 'From Critterpedia, the community-driven Critterquest encyclopedia.', 'Jump to navigation', 'Jump to search', '#041:',
    'Pebbleshell', '#042', ...mbInfo.flat(), 'Critterdex data', 'Sprites', 'Contents', 'Critters by Critterdex number', ...mbNavbox,
    'This article is part of Project Critter, a Critterpedia project that aims to write comprehensive articles on each Critter.',
    'Retrieved from "https://critterpedia.example/w/index.php?title=Mossling_(Critter)&oldid=3920144"', 'Categories', ...mbCats, 'Navigation menu',
    'Page actions', 'Page', 'Discussion', 'View source', 'History', 'Personal tools', 'Create account', 'Log in',
    ...mbPortlets.flatMap(([, h, xs]) => [h, ...xs]),
    'Search', mbLicence, ...mbFoot,
  ].filter((t, i, all) => all.indexOf(t) === i && !['Grass', 'Type', 'Grass-type Critters', 'Critterdex', '#043 Thornmoss', '#044 Mossgrave'].includes(t)),
};
