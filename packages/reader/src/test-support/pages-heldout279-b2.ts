import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchor, j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file b2: a creature page of a Bulbapedia-style MediaWiki on a custom Monobook-derived skin (network
 * bar, hatnote, the rounded species infobox, MediaWiki TOC box, a Pokédex-style entries table, Trivia, the left column
 * portlets, a cookie notice, the ad label and the network footer).
 */
const bTitle = 'Mossquill (Critter)';
const bH = (t: string) => `<h2><span class="mw-headline" id="${anchor(t)}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Mossquill_(Critter)&amp;action=edit">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const bLead = [
  j(
    '<b>Mossquill</b> is a dual-type Grass/Flying Critter introduced in Generation IV. It evolves from Sproutlet starting at level 22',
    'and does not evolve further.',
  ),
];
const bBio = [
  j(
    'Mossquill is a small, round bird whose feathers are replaced by soft tufts of green moss. The moss grows back within days when it',
    'is plucked, and the Critter is often seen rubbing against damp stones to keep it from drying out.',
  ),
  j(
    'It nests in the hollows of old trees and lines the nest with its own shed moss. A flock of Mossquill can be heard long before it',
    'is seen, because the moss muffles their wings but not their chirping, which rises in pitch before rain.',
  ),
];
const bAnime = [
  j(
    'Mossquill debuted in <i>Feathers in the Fog</i>, where a flock of them led the main characters out of a misty valley. One of them',
    'stayed behind with a trainer named Orla and has since appeared in several episodes set in the valley’s village.',
  ),
];
const bDex = [
  ['Emerald Fern', 'The moss on its back drinks in morning dew. On dry days it flies low over rivers to keep itself damp.'],
  ['Silver Thistle', 'It builds nests so soft that other Critters have been seen sleeping in them while the owner is away.'],
  ['Lunar Bloom', 'When it senses rain coming, its chirping rises in pitch. Farmers once kept them as living weather vanes.'],
];
const bTrivia = [
  'Mossquill is the only Grass/Flying Critter that cannot learn a move of the Flying type by levelling up.',
  'Its cry was made by slowing down a recording of a real wren and layering it with the sound of rustling leaves.',
  j('In early concept art, Mossquill had a long tail of trailing vines. The tail was removed because it made the sprite too wide', 'for the battle screen.'),
];
const bOrigin = [
  j(
    'Mossquill appears to be based on small songbirds such as wrens and tits, combined with moss and the old folk belief that birds',
    'singing loudly before a storm can forecast the weather.',
  ),
];
const bHeads = ['Biology', 'In the anime', 'Game data', 'Critterdex entries', 'Trivia', 'Origin'];
const bInfo = [
  'Seed Sparrow Critter',
  'Type',
  'Abilities',
  'Overgrow',
  'Gender ratio',
  '50% male, 50% female',
  'Egg Groups',
  'Height',
  '0.4 m',
  'Weight',
  '3.1 kg',
];
const bNet = ['Bulbagarden', 'Critterpedia', 'Critternews', 'Forums', 'Archives', 'Discord'];
const bNav = ['Main Page', 'Community portal', 'Current events', 'Recent changes', 'Random page', 'Help'];
const bSearchHead = ['Critterpedia bulletin', 'Get involved', 'Style guide'];
const bFoot = ['Privacy policy', 'About Critterpedia', 'Disclaimers'];
const bHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Mossquill (Critter) - Critterpedia, the community-driven Critter
encyclopedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Mossquill_(Critter)","wgTitle":"Mossquill (Critter)",
"wgCategories":["Grass-type Critters","Flying-type Critters","Critters introduced in Generation IV"],"wgIsArticle":true};</script>
<meta name="generator" content="MediaWiki 1.39.8"><meta name="description" content="Mossquill is a dual-type Grass/Flying Critter introduced in Generation IV.">
<meta property="og:image" content="https://archives.critterpedia.example/upload/3/3e/0412Mossquill.png"><link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=skins.bulbagarden.styles&amp;only=styles&amp;skin=bulbagarden">
<script async src="https://cdn.adnetwork.example/tag.js"></script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Mossquill_Critter rootpage-Mossquill_Critter skin-bulbagarden action-view">
<div id="bulbagarden-header"><ul class="network-bar">${links(bNet, 'network-bar-item')}</ul></div>
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice">Critterpedia is hiring volunteer editors for the Generation IX project. <a href="#">Find out more</a></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${bTitle}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Critterpedia, the community-driven Critter encyclopedia.</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div role="note" class="hatnote" style="padding-left:1.6em;font-style:italic">This article is about the species. For the Mossquill in the anime, see
<a href="/wiki/Orla%27s_Mossquill">Orla's Mossquill</a>.</div>
<table class="roundy" style="float:right;width:33%;max-width:420px;background:#78C850;border:3px solid #A890F0"><tbody>
<tr><td colspan="2"><table class="roundy" width="100%"><tbody><tr><td><big><big><b>Mossquill</b></big></big><br><a href="/wiki/Critter_category"
title="Critter category"><span class="explain">Seed Sparrow Critter</span></a></td><th>#0412</th></tr></tbody></table></td></tr>
<tr><td colspan="2"><a href="/wiki/File:0412Mossquill.png" class="image"><img alt="Mossquill" src="/upload/0412Mossquill.png" width="250"
height="250"></a></td></tr>
<tr><td class="roundy"><b><a href="/wiki/Type">Type</a></b><br><a href="/wiki/Grass_(type)"><span>Grass</span></a> <a href="/wiki/Flying_(type)">
<span>Flying</span></a></td><td class="roundy"><b><a href="/wiki/Ability">Abilities</a></b><br><a href="/wiki/Overgrow_(Ability)">Overgrow</a></td></tr>
<tr><td class="roundy"><b><a href="/wiki/Gender">Gender ratio</a></b><br><span>50% male, 50% female</span></td><td class="roundy"><b><a
href="/wiki/Egg_Group">Egg Groups</a></b><br>Field</td></tr>
<tr><td class="roundy"><b>Height</b><br>0.4 m</td><td class="roundy"><b>Weight</b><br>3.1 kg</td></tr></tbody></table>
${ps(bLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${bHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${anchor(h)}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${bH('Biology')}
${ps(bBio)}
${bH('In the anime')}
${ps(bAnime)}
<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:Orla_Mossquill.png" class="image"><img alt=""
src="/upload/Orla_Mossquill.png" width="220" height="165" class="thumbimage"></a>
<div class="thumbcaption">Orla's Mossquill in the village square</div></div></div>
${bH('Game data')}
<h3><span class="mw-headline" id="Critterdex_entries">Critterdex entries</span></h3>
<table class="roundy" style="background:#78C850"><tbody><tr><th>Game</th><th>Entry</th></tr>
${bDex.map(([g, e]) => `<tr><th class="roundyleft">${g}</th><td class="roundyright">${e}</td></tr>`).join('\n')}</tbody></table>
${bH('Trivia')}
<ul>${bTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bH('Origin')}
${ps(bOrigin)}
<table class="roundy" style="margin:auto;background:#A890F0"><tbody><tr><td class="roundytop"><small>Project Critterdex logo</small></td></tr>
<tr><td><small>This Critter article is part of <b>Project Critterdex</b>, a Critterpedia project that aims to write comprehensive articles on each
Critter species.</small></td></tr></tbody></table>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Grass-type_Critters">Grass-type Critters</a></li><li><a href="/wiki/Category:Flying-type_Critters">Flying-type
Critters</a></li><li><a href="/wiki/Category:Critters_introduced_in_Generation_IV">Critters introduced in Generation IV</a></li></ul></div></div>
</div></div></div>
<div id="column-one"><div id="p-cactions" class="portlet" role="navigation"><h3>Views</h3><div class="pBody"><ul>
<li id="ca-nstab-main" class="selected"><a href="#">Page</a></li><li id="ca-talk"><a href="#">Discussion</a></li><li id="ca-viewsource"><a href="#">View
source</a></li><li id="ca-history"><a href="#">History</a></li></ul></div></div>
<div class="portlet" id="p-personal" role="navigation"><h3>Personal tools</h3><div class="pBody"><ul><li id="pt-login"><a href="#">Log in</a></li>
</ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo"></a></div>
<div class="portlet" id="p-navigation"><h3>Navigation</h3><div class="pBody"><ul>${links(bNav)}</ul></div></div>
<div class="portlet" id="p-Critterpedia"><h3>Critterpedia</h3><div class="pBody"><ul>${links(bSearchHead)}</ul></div></div>
<div class="portlet" id="p-ad"><h3>Advertisement</h3><div class="pBody"><div id="ad-skyscraper"></div></div></div></div>
<div class="visualClear"></div>
<div id="footer" role="contentinfo"><ul id="f-list"><li id="lastmod"> This page was last edited on 2 March 2026, at 21:04.</li>
<li id="copyright">Content is available under <a href="#">Attribution-NonCommercial-ShareAlike 2.5</a>.</li>
${links(bFoot)}</ul><p class="network-footer">Critterpedia is part of the Bulbagarden-style fan network. Critters and all related names are trademarks
of their owners.</p></div></div>
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>We use cookies to keep you logged in and to show ads that pay for the servers.</p>
<button class="cookie-accept">OK, got it</button> <a href="/wiki/Critterpedia:Privacy_policy">Learn more</a></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":311});});</script></body></html>`;
export const bulba: TestPage = {
  name: 'heldout279-bulbapedia-style-species',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: [...texts([...bLead, ...bBio, ...bAnime]), ...bDex.flat(), ...texts([...bTrivia, ...bOrigin])],
  bylines: ['This page was last edited on 2 March 2026, at 21:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNet, 'Critterpedia is hiring volunteer editors for the Generation IX project. Find out more',
    'From Critterpedia, the community-driven Critter encyclopedia.',
    "This article is about the species. For the Mossquill in the anime, see Orla's Mossquill.", ...bInfo, '#0412', 'Field', 'Contents',
    "Orla's Mossquill in the village square", 'Project Critterdex logo',
    'This Critter article is part of Project Critterdex, a Critterpedia project that aims to write comprehensive articles on each Critter species.',
    'Categories', 'Grass-type Critters', 'Flying-type Critters', 'Critters introduced in Generation IV', 'Views', 'Discussion', 'View source', 'History',
    'Personal tools', 'Log in', 'Navigation', ...bNav, ...bSearchHead, 'Advertisement',
    'Content is available under Attribution-NonCommercial-ShareAlike 2.5.', ...bFoot,
    'Critterpedia is part of the Bulbagarden-style fan network. Critters and all related names are trademarks of their owners.',
    'We use cookies to keep you logged in and to show ads that pay for the servers.', 'OK, got it', 'Learn more',
  ],
};
