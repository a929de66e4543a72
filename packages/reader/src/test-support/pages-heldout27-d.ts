import { links, type TestPage, texts } from './page-kit.js';
import { tiddlyWiki } from './pages-heldout27-d2.js';

/**
 * Held-out batch 27, file d: a species article on a third-party MediaWiki fan encyclopedia on a MonoBook-derived skin (RLCONF
 * scripts, the network bar of sister sites, the site notice, personal tools and page tabs, "From Wildmarchpedia, ..." tagline,
 * jump links, the previous/next species box, a hatnote, the infobox, the table of contents, headings with "[edit]" links,
 * citation marks, a base stats table, the evolution box, the references list, the project box, two navboxes, categories, the
 * "Retrieved from" line, the left column's portlets (navigation, search, tools, other languages) and the footer).
 */
const mwTitle = 'Mossling (Wildmarch)';
const mwLead = [
  '<b>Mossling</b> (Japanese: <span class="explain" title="Kokebō">コケボウ</span> <i>Kokebō</i>) is a dual-type <a href="/wiki/Grass_(type)">Grass</a>/' +
    '<a href="/wiki/Ground_(type)">Ground</a>-type <a href="/wiki/Wildmarch_(species)">Wildmarch</a> introduced in ' +
    '<a href="/wiki/Generation_II">Generation II</a>.',
  'It evolves into <a href="/wiki/Thatchback_(Wildmarch)">Thatchback</a> starting at level 22, which evolves into ' +
    '<a href="/wiki/Barrowhorn_(Wildmarch)">Barrowhorn</a> starting at level 40.',
];
const mwBiology = [
  'Mossling is a small, four-legged Wildmarch resembling a badger cub whose back is covered in a thick layer of living moss. The ' +
    'moss is not part of its body: each Mossling collects it from riverbanks shortly after hatching and presses it into the coarse ' +
    'fur along its spine, where it keeps growing for the rest of its life.',
  'Mossling sleeps buried up to its shoulders in damp earth, leaving only the moss exposed to the sun. Researchers in Fenmoor have ' +
    'observed that a sleeping Mossling is almost impossible to spot, and that the moss on older individuals often flowers in early summer.',
  'It is a shy, ground-dwelling Wildmarch that digs shallow burrows near streams. When threatened, it curls into a ball and relies ' +
    'on the moss to soak up blows.',
];
const mwAnime = [
  'Mossling debuted in <i>The Quiet Bank</i>, where a group of them were living under a footbridge that Ottilie’s team had been asked ' +
    'to repair. Ottilie befriended the smallest of the group, which later joined her team.',
  'A Mossling owned by a market gardener appeared in <i>Weeds and Wishes</i>, helping to keep the soil of a public allotment from ' +
    'drying out during a heatwave.',
];
const mwTrivia = [
  'Mossling is the only Wildmarch whose Field Guide entry changes with the season in <i>Wildmarch Amber</i> and <i>Slate</i>.',
  'Mossling’s moss was drawn in a slightly different shade of green in every game until Generation V, when its colour was standardized.',
];
const mwOrigin = 'Mossling appears to be based on a European badger cub, with elements of moss gardens and of the old practice of growing turf roofs.';
const mwName =
  'Mossling is a combination of <i>moss</i> and <i>-ling</i>, a suffix meaning small or young. Kokebō may come from 苔 <i>koke</i> ' +
  '(moss) and 坊 <i>bō</i> (boy, little one).';
const mwHeads = ['Biology', 'Game data', 'Base stats', 'In the animated series', 'Trivia', 'Origin', 'Name origin', 'References'];
const mwToc = ['1 Biology', '2 Game data', '2.1 Base stats', '3 In the animated series', '4 Trivia', '5 Origin', '5.1 Name origin', '6 References'];
const mwRefs = ['Wildmarch Amber and Slate Field Guide, entry 163.', 'Fenmoor Field Station, “Burrowing Wildmarch of the Upper Fen”, 2019.'];
const mwStats: [string, string][] = [
  ['HP', '50'],
  ['Attack', '55'],
  ['Defense', '70'],
  ['Sp. Atk', '35'],
  ['Sp. Def', '50'],
  ['Speed', '30'],
  ['Total', '290'],
];
const mwInfo: [string, string][] = [
  ['Type', 'Grass Ground'],
  ['Abilities', 'Overgrow or Sand Veil'],
  ['Field Guide No.', '#0163'],
  ['Height', '0.4 m'],
  ['Weight', '6.2 kg'],
  ['Egg Groups', 'Field and Grass'],
  ['Hatch time', '5,140 steps'],
];
const mwNavbox = ['Fernkit', 'Mossling', 'Thatchback', 'Barrowhorn', 'Sprigglet', 'Bramblehound', 'Reedlet'];
const mwNav = ['Main page', 'Recent changes', 'Random page', 'Community portal', 'Editor’s guide', 'Help'];
const mwTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mwLangs = ['Deutsch', 'Español', 'Français', '日本語'];
const mwCats = ['Grass-type Wildmarch', 'Ground-type Wildmarch', 'Wildmarch introduced in Generation II'];
const edit = (n: number, t: string) =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Mossling_(Wildmarch)&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${t}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const head = (n: number, t: string, level = 2) =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${t.replace(/ /g, '_')}">${t}</h${level}>${edit(n, t)}</div>`;
const cite = (n: number) =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const tocItem = (t: string) => {
  const [num, ...rest] = t.split(' ');
  return `<li class="toclevel-${num?.includes('.') ? 2 : 1}"><a href="#${rest.join('_')}"><span class="tocnumber">${num}</span> <span
class="toctext">${rest.join(' ')}</span></a>`;
};
const infoRow = ([k, v]: [string, string]) =>
  `<tr><td class="roundy" style="background:#fff;"><b><a href="/wiki/${k.replace(/ /g, '_')}">${k}</a></b><br>${v}</td></tr>`;
const statRow = ([k, v]: [string, string]) =>
  `<tr><th style="width:85px; padding-left:0.5em;"><div style="float:left"><a href="/wiki/Stats#${k}">${k}</a>:</div>\n` +
  `<div style="float:right">${v}</div></th></tr>`;
const refItem = (r: string, i: number) =>
  `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`;
const mwInfobox = `<table class="roundy infobox" style="float:right; text-align:center; width:33%; max-width:320px; background:#78c850;
border:3px solid #4e8234;">
<tbody><tr><td colspan="2"><table class="roundy" style="width:100%; background:#fff;"><tbody><tr><td><big><big><b>Mossling</b></big></big><br>
<small>The Moss Pup Wildmarch</small></td><th><span style="color:#000;">#0163</span></th></tr></tbody></table></td></tr>
<tr><td colspan="2"><a href="/wiki/File:0163Mossling.png" class="image"><img alt="Mossling artwork"
src="/media/upload/thumb/0163Mossling.png/250px-0163Mossling.png"
width="250" height="250"></a></td></tr>
${mwInfo.map(infoRow).join('\n')}
</tbody></table>`;
const mwStatsTable = `<table class="roundy statstable" style="background:#78c850; border:3px solid #4e8234; white-space:nowrap;"><tbody>
<tr><th colspan="2">Stat</th></tr>
${mwStats.map(statRow).join('\n')}
</tbody></table>`;
const mwEvo = `<table class="roundy evolutionbox" style="margin:auto; text-align:center; background:#78c850;"><tbody><tr>
<td><a href="/wiki/Mossling_(Wildmarch)">Mossling</a><br><small>Grass Ground</small></td><td>→<br><small>Level 22</small></td>
<td><a href="/wiki/Thatchback_(Wildmarch)">Thatchback</a><br><small>Grass Ground</small></td><td>→<br><small>Level 40</small></td>
<td><a href="/wiki/Barrowhorn_(Wildmarch)">Barrowhorn</a><br><small>Grass Ground</small></td></tr></tbody></table>`;
const mwHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mwTitle} - Wildmarchpedia, the community-driven Wildmarch
encyclopedia</title>
<script>(function(){var className="client-js";var cookie=document.cookie.match(/(?:^|;
)wmpmwclientpreferences=([^;]+)/);if(cookie){cookie[1].split('%2C').forEach(function(pref)
{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');});}
document.documentElement.className=className;}());RLCONF={"wgBreakFrames":false,"wgPageName":"Mossling_(Wildmarch)","wgTitle":"Mossling (Wildmarch)",
"wgCurRevisionId":4102233,"wgArticleId":18812,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":${JSON.stringify(mwCats)}};
RLSTATE={"site.styles":"ready","user.styles":"ready","skins.monobook.styles":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.monobook.scripts"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="license" href="https://creativecommons.org/licenses/by-nc-sa/2.5/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Mossling_Wildmarch rootpage-Mossling_Wildmarch skin-monobook action-view">
<div id="networkbar" class="wmp-network"><span>Wildmarch Network:</span> <ul>${links(['Wildmarchpedia', 'Archives', 'News', 'Forums'])}</ul></div>
<div id="globalWrapper"><div id="column-content"><main id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Wildmarchpedia’s 2026 Field Guide project is looking
for editors. <a href="/wiki/Wildmarchpedia:Field_Guide_project">Find out how to help!</a></p></div></div></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mwTitle}</span></h1>
<div id="bodyContent" class="monobook-body"><div id="siteSub">From Wildmarchpedia, the community-driven Wildmarch encyclopedia.</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="jump-to-nav"></div><a href="#column-one" class="mw-jump-link">Jump to navigation</a>
<a href="#searchInput" class="mw-jump-link">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="roundy prevnext" style="width:100%; background:#78c850;"><tbody><tr><td style="text-align:left;"><a href="/wiki/Pebblepaw_(Wildmarch)">← #0162:
Pebblepaw</a></td>
<td style="text-align:center;"><a href="/wiki/Mossling_(Wildmarch)">#0163: Mossling</a></td><td style="text-align:right;"><a
href="/wiki/Thatchback_(Wildmarch)">#0164: Thatchback →</a>
</td></tr></tbody></table>
<div role="note" class="hatnote navigation-not-searchable">This article is about the species. For the Mossling owned by Ottilie, see <a
href="/wiki/Ottilie%27s_Mossling">Ottilie’s Mossling</a>.</div>
${mwInfobox}
${mwLead.map((p) => `<p>${p}\n</p>`).join('\n')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${mwToc.map(tocItem).join('</li>\n')}</li></ul></div>
${head(1, 'Biology')}
<p>${mwBiology[0]}\n</p><p>${mwBiology[1]}${cite(1)}\n</p><p>${mwBiology[2]}\n</p>
${head(2, 'Game data')}
${head(3, 'Base stats', 3)}
${mwStatsTable}
<div class="evolution"><p><b>Evolution</b></p>${mwEvo}</div>
${head(4, 'In the animated series')}
${mwAnime.map((p) => `<p>${p}\n</p>`).join('\n')}
${head(5, 'Trivia')}
<ul>${mwTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${head(6, 'Origin')}
<p>${mwOrigin}${cite(2)}\n</p>
${head(7, 'Name origin', 3)}
<p>${mwName}\n</p>
${head(8, 'References')}
<div class="mw-references-wrap"><ol class="references">${mwRefs.map(refItem).join('\n')}</ol></div>
<table class="roundy projectbox" style="margin:auto; width:80%; background:#e0f0d0;"><tbody><tr><td><a href="/wiki/Wildmarchpedia:Project_Wildmarch">
<img alt="Project Wildmarch logo" src="/media/upload/pw-logo.png" width="40" height="40"></a></td><td><small>This article is part of <b>Project Wildmarch</b>,
a Wildmarchpedia
project that aims to write comprehensive articles on each Wildmarch species.</small></td></tr></tbody></table>
<table class="navbox roundy" style="margin:auto; width:100%; background:#78c850;"><tbody><tr><th><span class="navbox-vde"><a
href="/wiki/Template:GrassWildmarch">v</a> · 
<a href="/wiki/Template_talk:GrassWildmarch">d</a> · <a href="/w/index.php?title=Template:GrassWildmarch&amp;action=edit">e</a></span>Grass-type
Wildmarch</th></tr>
<tr><td class="navbox-list">${mwNavbox.map((n) => `<a href="/wiki/${n}_(Wildmarch)">${n}</a>`).join(' · ')}</td></tr></tbody></table>
<!--
NewPP limit report
Parsed by mw-web.wmp2
Cached time: 20260214224118
CPU time usage: 0.412 seconds
-->
</div><noscript><img src="/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wildmarchpedia.example/w/index.php?title=Mossling_(Wildmarch)&amp;oldid=4102233">
https://wildmarchpedia.example/w/index.php?title=Mossling_(Wildmarch)&amp;oldid=4102233</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">
Categories</a>: <ul>${mwCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div id="column-one" role="contentinfo"><h2>Navigation menu</h2>
<div role="navigation" class="portlet" id="p-cactions" aria-labelledby="p-cactions-label"><h3 id="p-cactions-label">Page actions</h3><div class="pBody"><ul>
<li id="ca-nstab-main" class="selected"><a href="/wiki/Mossling_(Wildmarch)" accesskey="c">Article</a></li><li id="ca-talk"><a
href="/wiki/Talk:Mossling_(Wildmarch)">Discussion</a></li>
<li id="ca-viewsource"><a href="/w/index.php?title=Mossling_(Wildmarch)&amp;action=edit" accesskey="e">View source</a></li>
<li id="ca-history"><a href="/w/index.php?title=Mossling_(Wildmarch)&amp;action=history" accesskey="h">History</a></li></ul></div></div>
<div role="navigation" class="portlet" id="p-personal"><h3 id="p-personal-label">Personal tools</h3><div class="pBody"><ul>
<li id="pt-anonuserpage">Not logged in</li><li id="pt-anontalk"><a href="/wiki/Special:MyTalk">Talk</a></li><li id="pt-anoncontribs"><a
href="/wiki/Special:MyContributions">
Contributions</a></li><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a></li><li id="pt-login"><a
href="/w/index.php?title=Special:UserLogin">
Log in</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/wiki/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
<div role="navigation" class="portlet generated-sidebar" id="p-navigation"><h3 id="p-navigation-label">Navigation</h3><div
class="pBody"><ul>${links(mwNav)}</ul></div></div>
<div role="search" class="portlet" id="p-search"><h3 id="p-search-label"><label for="searchInput">Search</label></h3><div class="pBody" id="searchBody">
<form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Wildmarchpedia" id="searchInput">
<input type="submit" name="go" value="Go" id="searchGoButton" class="searchButton"> <input type="submit" name="fulltext" value="Search"
class="searchButton"></form></div></div>
<div role="navigation" class="portlet" id="p-tb"><h3 id="p-tb-label">Tools</h3><div class="pBody"><ul>${links(mwTools)}</ul></div></div>
<div role="navigation" class="portlet" id="p-lang"><h3 id="p-lang-label">In other languages</h3><div
class="pBody"><ul>${links(mwLangs, 'interlanguage-link')}</ul></div></div>
</div>
<div class="visualClear"></div><footer id="footer" class="mw-footer" role="contentinfo"><div id="f-poweredbyico" class="footer-icons"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></div><ul id="f-list">
<li id="lastmod"> This page was last edited on 14 February 2026, at 22:41.</li>
<li id="copyright">Content is available under <a href="https://creativecommons.org/licenses/by-nc-sa/2.5/">Attribution-NonCommercial-ShareAlike</a> unless
otherwise noted.</li>
<li id="privacy"><a href="/wiki/Wildmarchpedia:Privacy_policy">Privacy policy</a></li><li id="about"><a href="/wiki/Wildmarchpedia:About">About
Wildmarchpedia</a></li>
<li id="disclaimers"><a href="/wiki/Wildmarchpedia:General_disclaimer">Disclaimers</a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212,"wgPageParseReport":{"limitreport":{"cputime":"0.412"}}});});</script>
</body></html>`;
const fanWiki: TestPage = {
  html: mwHtml,
  name: 'heldout27-mediawiki-fan-encyclopedia',
  kind: 'wiki',
  // the lead, the section paragraphs and the trivia items are body, their citation marks ("[1]", "[2]") out of it (batch 5);
  // all section headings in order are the headings ("References" included: it heads the list); the base stats table and the
  // evolution box are game data in the article, not prose: in neither list; the footer's "This page was last edited on ..."
  // is the page's dateline: byline; the infobox (a summary card), the hatnote, the previous/next species box, the TOC,
  // "[edit]" links, the reference texts, the project box, navbox, categories, "Retrieved from", the network bar, site notice,
  // tagline, jump links, the column's portlets and the footer are furniture; the navbox's and evolution box's species names
  // are words of the title and body ("Mossling", "Thatchback", "Barrowhorn"): only the other names are listed, and the
  // category "Wildmarch introduced in Generation II" is the lead's own words: left out
  title: mwTitle,
  // a gold change of session 15, after measuring: "References" heads the footnotes, which every batch from 19 on sets as furniture;
  // it is in neither list, as the other footnote headings are
  headings: mwHeads.filter((h) => h !== 'References'),
  body: [...texts(mwLead), ...mwBiology, ...texts(mwAnime), ...texts(mwTrivia), mwOrigin, ...texts([mwName])],
  bylines: ['This page was last edited on 14 February 2026, at 22:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wildmarch Network:', 'Wildmarchpedia', 'Archives', 'News', 'Forums', 'Wildmarchpedia’s 2026 Field Guide project is looking for editors.',
    'Find out how to help!', 'From Wildmarchpedia, the community-driven Wildmarch encyclopedia.', 'Jump to navigation', 'Jump to search',
    '← #0162: Pebblepaw', '#0164: Thatchback →', 'This article is about the species. For the Mossling owned by Ottilie, see Ottilie’s Mossling.',
    'The Moss Pup Wildmarch', ...mwInfo.map((i) => i[0]), 'Overgrow or Sand Veil', '5,140 steps', 'Contents', ...mwToc, 'edit', ...mwRefs,
    'This article is part of Project Wildmarch, a Wildmarchpedia project that aims to write comprehensive articles on each Wildmarch species.',
    'Grass-type Wildmarch', 'Fernkit', 'Sprigglet', 'Bramblehound', 'Reedlet', 'Categories', 'Ground-type Wildmarch', 'Retrieved from',
    'Navigation menu', 'Page actions', 'Article', 'Discussion', 'View source', 'History', 'Personal tools', 'Not logged in', 'Talk', 'Contributions',
    'Create account', 'Log in', 'Navigation', ...mwNav, 'Tools', ...mwTools, 'In other languages', ...mwLangs, 'Privacy policy', 'About Wildmarchpedia',
    'Disclaimers', 'Content is available under Attribution-NonCommercial-ShareAlike unless otherwise noted.',
  ],
};

export const HELDOUT27_D: readonly TestPage[] = [fanWiki, tiddlyWiki];
