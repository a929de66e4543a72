import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 139, file c2: a Bulbapedia-style fan MediaWiki species article (a MonoBook-based skin under the fan
 * network's top bar: network links, ad slots with their labels, the sitenotice about the manual of style, the previous /
 * next species header table, the italic hatnote, a large infobox, sections with "edit" links, a dex-entries table with game
 * header cells, trivia with h3s, the "Project Wispdex" box, the column-one portlets, the footer with the fan-site disclaimer).
 */
const title = 'Emberkit (Wispling)';
const lead = [
  `<b>Emberkit</b> (Japanese: <span lang="ja">ヒノコ</span> <i>Hinoko</i>) is a <a href="/wiki/Fire_(type)">Fire</a>-type Wispling introduced in
<a href="/wiki/Generation_I">Generation I</a>.`,
  `It evolves into <a href="/wiki/Cindermaw_(Wispling)">Cindermaw</a> starting at level 16, which evolves into <a href="/wiki/Pyrelord_(Wispling)">Pyrelord</a>
starting at level 36.`,
  'Emberkit is one of the three starter Wisplings a player can choose from in <i>Wisplings Crimson and Azure</i>, alongside Mossprig and Drizzlet.',
];
const heads = [
  'Biology',
  'In the animated series',
  'Major appearances',
  'Minor appearances',
  'Game data',
  'Wispdex entries',
  'Trivia',
  'Origin',
  'Name origin',
];
const biology = [
  `Emberkit is a small, fox-like Wispling with orange fur, a cream-coloured belly and large, pointed ears. The tip of its bushy tail burns with a small
flame, which grows brighter when it is happy and flickers when it is tired or unwell. If the flame ever goes out completely, Emberkit is said to fall into
a deep sleep until it is rekindled.`,
  `Emberkit live in dry scrubland and on the edges of volcanic areas, where they sleep curled around warm rocks. They are playful and curious but wary of
water, and will refuse to cross even a shallow stream. Trainers report that an Emberkit that trusts its partner will sleep with its tail wrapped around
their wrist.`,
];
const major = [
  `Pip, the protagonist of <i>Wisplings: The Animated Series</i>, received an Emberkit named Sparky from Professor Larch in <i>A Spark of Courage!</i>.
Sparky is stubborn and often refuses to return to its Wispball. It evolved into Cindermaw in <i>Trial by Fire!</i>.`,
];
const minor = [
  'An Emberkit appeared in <i>Lost in Lantern Woods!</i>, where it helped Pip and his friends find their way out of a cave by lighting the path.',
  'Multiple Emberkit appeared at the Summer Ember Festival in <i>Festival of Flames!</i>.',
];
const dex: [string, string][] = [
  ['Crimson', 'The flame on its tail shows its mood. It flickers weakly when Emberkit is lonely and blazes when it is excited.'],
  ['Azure', 'It curls up around warm stones to sleep. Its tail flame keeps it warm even on the coldest nights.'],
  ['Amber', 'It dislikes water so much that it will walk a long way round to avoid a single puddle.'],
];
const origin = [
  "Emberkit appears to be based on a fox kit, combined with the will-o'-the-wisp of folklore. Its tail flame may also draw on the kitsune of Japanese myth.",
];
const nameOrigin = [
  'Emberkit is a combination of <i>ember</i> and <i>kit</i> (a young fox).',
  'Hinoko may come from 火の粉 <i>hinoko</i> (sparks) and 子 <i>ko</i> (child).',
];
const hatnote = 'This article is about the species. For the Emberkit in the animated series, see <a href="/wiki/Pip%27s_Emberkit">Pip\'s Emberkit</a>.';
const header = ['Gustbat', 'Emberkit', 'Cindermaw'];
const network = ['Wispgarden', 'Wispapedia', 'Wispnews', 'Archives', 'Forums', 'Discord'];
const notice =
  'Please remember to follow our <a href="/wiki/Wispapedia:Manual_of_style">manual of style</a>' +
  ' and <a href="/wiki/Wispapedia:Code_of_conduct">code of conduct</a> at all times.';
const project = `This article is part of <a href="/wiki/Wispapedia:Project_Wispdex">Project Wispdex</a>, a Wispapedia project that aims to write comprehensive
articles on each Wispling species, as well as Wispling groups and forms.`;
const actions = ['Page', 'Discussion', 'View source', 'History'];
const nav = ['Main Page', 'Wispapedia community', 'Wispgarden forums', 'Recent changes', 'Random page', 'Help'];
const projects = ['Project Wispdex', 'Project Anime', 'Project Games'];
const tools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const langs = ['Deutsch', 'Français', '日本語'];
const categories = ['Wisplings with gender differences', 'Fire-type Wisplings', 'Starter Wisplings', 'Generation I Wisplings'];
const footer = ['Privacy policy', 'About Wispapedia', 'Disclaimers'];
const disclaimer = 'Wispapedia is an unofficial fan site and is not affiliated with Lantern Studio or any of the companies that make Wisplings games.';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const hd = (level: 2 | 3, t: string, n: number): string => `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Emberkit_(Wispling)&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const portlet = (
  id: string,
  h: string,
  items: readonly string[],
): string => `<div role="navigation" class="portlet" id="p-${id}" aria-labelledby="p-${id}-label">
<h3 id="p-${id}-label">${h}</h3><div class="pBody"><ul>${items
  .map(
    (t) => `<li><a
href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('')}</ul></div></div>`;
const ad = (id: string): string =>
  `<div class="ad-container" id="${id}" data-ad-unit="wispapedia_${id}"><span class="ad-label">Advertisement</span><div id="${id}-slot"
style="min-height:90px"></div></div>`;
const html = `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Emberkit (Wispling) - Wispapedia, the community-driven Wisplings
encyclopedia</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Emberkit_(Wispling)","wgTitle":"Emberkit (Wispling)","wgCurRevisionId":4012877,
"wgRestrictionEdit":["autoconfirmed"],"wgAction":"view","wgUserName":null};RLPAGEMODULES=["site","mediawiki.page.ready","skins.monobook.scripts"];</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="Emberkit (Wispling)"><meta property="og:site_name" content="Wispapedia"><meta property="og:image"
content="https://archives.wispgarden.example/media/upload/4/4e/0004Emberkit.png">
<meta name="description" content="Emberkit is a Fire-type Wispling introduced in Generation I.">
<link rel="canonical" href="https://wispapedia.wispgarden.example/wiki/Emberkit_(Wispling)">
<script async src="https://s.nitro.example/wispgarden/ads.js" data-cfasync="false"></script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Emberkit_Wispling 
rootpage-Emberkit_Wispling skin-monobook action-view skin--responsive">
<div id="wispgarden-bar" class="network-bar"><ul>${network.map((t) => `<li><a href="https://${t.toLowerCase()}.example/">${t}</a></li>`).join('')}</ul></div>
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>${notice}</p></div></div></div>
${ad('top_leaderboard')}
<div class="mw-indicators"><div id="mw-indicator-protected" class="mw-indicator"><a href="/wiki/Wispapedia:Protection_policy"
title="This page is semi-protected"><img
alt="Semi-protected" src="/w/images/1/1b/Semi-protection-shackle.svg" width="20" height="20"></a></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${title}</span></h1>
<div id="bodyContent" class="monobook-body"><div id="siteSub">From Wispapedia, the community-driven Wisplings encyclopedia.</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a href="#column-one" class="mw-jump-link">Jump to navigation</a><a href="#searchInput" class="mw-jump-link">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="roundy" style="margin:auto; background:#E03A1B; width:100%"><tbody><tr>
<td style="text-align:left; width:45%"><a href="/wiki/Gustbat_(Wispling)">←</a> <span>#0003</span>: <a href="/wiki/Gustbat_(Wispling)">${header[0]}</a></td>
<td style="text-align:center"><a href="/wiki/List_of_Wisplings_by_Wispdex_number">${header[1]}</a></td>
<td style="text-align:right; width:45%"><span>#0005</span>: <a href="/wiki/Cindermaw_(Wispling)">${header[2]}</a> <a
href="/wiki/Cindermaw_(Wispling)">→</a></td></tr></tbody></table>
<div role="note" class="hatnote" style="font-style:italic; padding-left:1.6em">${hatnote}</div>
<table class="roundy infobox-species" style="float:right; width:33%; max-width:420px; background:#E03A1B"><tbody><tr><td
colspan="2"><big><big><b>Emberkit</b></big></big>
<br><small>ヒノコ <i>Hinoko</i></small></td></tr><tr><td colspan="2"><a href="/wiki/File:0004Emberkit.png" class="image"><img alt="Emberkit"
src="https://archives.wispgarden.example/media/upload/thumb/4/4e/0004Emberkit.png/250px-0004Emberkit.png" width="250" height="250"></a></td></tr>
<tr><td><b>Type</b></td><td><a href="/wiki/Fire_(type)"><span style="color:#FFF">Fire</span></a></td></tr><tr><td><b>Category</b></td><td>Kindle
Wispling</td></tr>
<tr><td><b>Height</b></td><td>0.5 m</td></tr><tr><td><b>Weight</b></td><td>6.2 kg</td></tr><tr><td><b>Wispdex number</b></td><td>#0004</td></tr></tbody></table>
${ps(lead)}
${hd(2, heads[0]!, 1)}
${ps(biology)}
${hd(2, heads[1]!, 2)}
${hd(3, heads[2]!, 3)}
${ps(major)}
${hd(3, heads[3]!, 4)}
<ul>${minor.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ad('incontent_1')}
${hd(2, heads[4]!, 5)}
${hd(3, heads[5]!, 6)}
<table class="roundy" style="background:#E03A1B; width:100%"><tbody>
${dex
  .map(
    ([g, e]) => `<tr><th class="roundyleft" style="width:20%; background:#F2F2F2">${g}</th><td class="roundyright"
style="background:#FFF">${e}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
${hd(2, heads[6]!, 7)}
${hd(3, heads[7]!, 8)}
${ps(origin)}
${hd(3, heads[8]!, 9)}
<ul>${nameOrigin.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="roundy" style="margin:auto; background:#3E8E48; border:3px solid #2A6331"><tbody><tr><td style="width:50px"><a
href="/wiki/Wispapedia:Project_Wispdex"
class="image"><img alt="Project Wispdex logo" src="/w/images/a/ab/Wispdex_logo.png" width="50"
height="50"></a></td><td><small>${project}</small></td></tr></tbody></table>
<!-- NewPP limit report Cached time: 20250214031208 Cache expiry: 86400 -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wispapedia.wispgarden.example/w/index.php?title=Emberkit_(Wispling)&amp;oldid=4012877">
https://wispapedia.wispgarden.example/w/index.php?title=Emberkit_(Wispling)&amp;oldid=4012877</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>: <ul>
${categories.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div><div
class="visualClear"></div></div></div></div>
<div id="column-one" lang="en" dir="ltr"><h2>Navigation menu</h2>
${portlet('cactions', 'Page actions', actions)}
<div role="navigation" class="portlet" id="p-personal" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Personal tools</h3><div class="pBody"><ul>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Emberkit+%28Wispling%29">Log in</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
${portlet('navigation', 'Navigation', nav)}
${portlet('projects', 'Projects', projects)}
<div role="search" class="portlet" id="p-search"><h3 id="p-search-label"><label for="searchInput">Search</label></h3><div class="pBody" id="searchBody">
<form action="/w/index.php" id="searchform"><input type="hidden" value="Special:Search" name="title"><input type="search" name="search"
placeholder="Search Wispapedia"
id="searchInput"><input type="submit" name="go" value="Go" class="searchButton" id="searchButton"> <input type="submit" name="fulltext" value="Search"
class="searchButton mw-fallbackSearchButton" id="mw-searchButton"></form></div></div>
${ad('sidebar_skyscraper')}
${portlet('tb', 'Tools', tools)}
${portlet('lang', 'In other languages', langs)}
</div><div class="visualClear"></div>
<div id="footer" class="mw-footer" role="contentinfo"><div id="f-poweredbyico" class="footer-icons"><a href="https://www.mediawiki.org/"><img
src="/w/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></div><ul id="f-list">
<li id="lastmod"> This page was last edited on 14 February 2025, at 03:12.</li><li id="copyright">Content is available under
<a class="external" href="https://creativecommons.org/licenses/by-nc-sa/2.5/">Attribution-NonCommercial-ShareAlike 2.5</a>.</li>
${footer.map((t) => `<li><a href="/wiki/Wispapedia:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul><p
class="fan-disclaimer">${disclaimer}</p></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187});});</script></body></html>`;

export const fanWiki: TestPage = {
  name: 'heldout139-fan-mediawiki-species-article',
  kind: 'wiki',
  html,
  // the infobox is in neither list, the dex table's game names (header cells) too and its entries (data cells) are body;
  // the network bar, ad labels, sitenotice, prev/next table, hatnote, edit links, project box, portlets and footer are
  // furniture; the prev/next table's own name "Emberkit" is a word of the title and is left out
  title,
  headings: heads,
  body: texts([...lead, ...biology, ...major, ...minor, ...dex.map(([, e]) => e), ...origin, ...nameOrigin]),
  bylines: ['This page was last edited on 14 February 2025, at 03:12.'],
  furniture: [
    ...network,
    plain(notice),
    'Advertisement',
    'From Wispapedia, the community-driven Wisplings encyclopedia.',
    'Jump to navigation',
    'Jump to search',
    '#0003',
    header[0]!,
    '#0005',
    header[2]!,
    plain(hatnote),
    'edit',
    plain(project),
    'Retrieved from',
    'Categories',
    ...categories,
    'Navigation menu',
    'Page actions',
    ...actions,
    'Personal tools',
    'Log in',
    'Navigation',
    ...nav,
    'Projects',
    ...projects,
    'Search',
    'Tools',
    ...tools,
    'In other languages',
    ...langs,
    'Content is available under Attribution-NonCommercial-ShareAlike 2.5.',
    ...footer,
    disclaimer,
  ],
};
