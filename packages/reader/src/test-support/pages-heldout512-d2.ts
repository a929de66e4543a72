import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file d2: a defunct coach operator's article on a local transport wiki running MediaWiki 1.39 (legacy
 * Vector skin) with an infobox, table of contents, section edit links, a fleet table, categories and the wiki chrome.
 */ const wTitle = 'Blue Pennant Coaches';
const wLead = j(
  '<b>Blue Pennant Coaches</b> was an independent coach and bus operator based in Eastdale from 1921 to 1987. It ran excursions',
  'and express services from the Eastdale valley to the coast and, from 1946, a network of rural bus routes north of the town.',
  'Its coaches carried a blue pennant painted on each side, from which the company took its name.',
);
const wSecs: [number, string, string[]][] = [
  [2, 'History', []],
  [
    3,
    'Early years',
    [
      j(
        'The business was started in 1921 by Walter and Edith Pennock, who bought a former army lorry and fitted it with a charabanc',
        "body to carry miners' families to the seaside at Saltby on Sundays. By 1930 the Pennocks owned seven vehicles, kept in a",
        "converted tannery at Tanner's Yard, Eastdale, which remained the company's depot until the end.",
      ),
      j(
        'The pennant device first appeared in 1927. In an interview she gave to the <i>Eastdale Courier</i> in 1971, Edith Pennock',
        'said it was copied from the flag flown by the Saltby lifeboat, on which her father had served.',
      ),
    ],
  ],
  [
    3,
    'Rural bus network',
    [
      j(
        'In 1946 the company took over four rural routes from the <a href="/wiki/Eastdale_and_District_Omnibus_Company">Eastdale and',
        'District Omnibus Company</a>, which had given up its services north of the river. The routes needed a larger fleet, and by',
        'the mid-1960s Blue Pennant ran more than thirty vehicles, over half of them buses.',
      ),
      j(
        'The rural network never paid its way on its own. Excursion and private hire work paid for it, and the annual reports of the',
        '1960s warned more than once that routes would close if traffic fell any further.',
      ),
    ],
  ],
  [
    3,
    'Decline and closure',
    [
      j(
        'Passenger numbers fell steadily after 1970 as car ownership grew. The last two rural routes were withdrawn in 1984, and in',
        '1987 the coach business, by then nine vehicles, was sold to <a href="/wiki/Valley_Link_Travel">Valley Link Travel</a>, which',
        "kept the Tanner's Yard depot until 1995.",
      ),
    ],
  ],
  [2, 'Fleet', ['Blue Pennant bought most of its coaches new and kept them for fifteen years or more. The livery was cream with a royal blue skirt.']],
];
const wRows = [
  ['1921–1929', 'Charabanc', '9', 'Mostly rebuilt lorries'],
  ['1930–1949', 'Normal-control coach', '14', 'Two requisitioned in 1940'],
  ['1946–1984', 'Single-deck bus', '22', 'Used on the rural routes'],
  ['1950–1987', 'Underfloor-engined coach', '27', 'The last delivered in 1979'],
];
const wPres = j(
  'Two Blue Pennant vehicles survive. A 1952 coach is kept by the Eastdale Vintage Transport Group and appears at rallies in the',
  'summer, and a 1961 bus is being restored at a private site near Harrowby.',
);
const wSee = ['Eastdale and District Omnibus Company', 'Valley Link Travel', 'Saltby excursion traffic'];
const wHeads = [...wSecs.map(([, h]) => h), 'Preservation', 'See also'];
const wToc = ['1 History', '1.1 Early years', '1.2 Rural bus network', '1.3 Decline and closure', '2 Fleet', '3 Preservation', '4 See also'];
const wCats = ['Defunct bus operators', 'Coach operators', 'Companies based in Eastdale'];
const wNavP = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wH = (level: number, h: string, n: number): string =>
  `<h${level}><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Blue_Pennant_Coaches&amp;action=edit&amp;section=${n}" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span>
</span></h${level}>`;
const wPortal = (id: string, label: string, items: readonly string[]): string =>
  `<nav id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id} vector-menu-portal portal" aria-labelledby="p-${id}-label" role="navigation">
<h3 id="p-${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${items.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('')}
</ul></div></nav>`;
const wInfo = `<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Blue Pennant Coaches</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Blue_Pennant_coach_1968.jpg"
class="mw-file-description"><img src="/images/thumb/4/4c/Blue_Pennant_coach_1968.jpg/220px-Blue_Pennant_coach_1968.jpg" decoding="async" width="220"
height="147" class="mw-file-element"></a></span><div class="infobox-caption">A Blue Pennant coach at Eastdale bus station, 1968</div></td></tr>
<tr><th scope="row" class="infobox-label">Founded</th><td class="infobox-data">1921</td></tr>
<tr><th scope="row" class="infobox-label">Closed</th><td class="infobox-data">1987</td></tr>
<tr><th scope="row" class="infobox-label">Depot</th><td class="infobox-data">Tanner's Yard, Eastdale</td></tr>
<tr><th scope="row" class="infobox-label">Fleet size</th><td class="infobox-data">34 (1965)</td></tr>
<tr><th scope="row" class="infobox-label">Owners</th><td class="infobox-data">Pennock family</td></tr></tbody></table>`;
let wN = 0;
const wBodyHtml = wSecs.map(([lvl, h, paras]) => `${wH(lvl, h, ++wN)}\n${paras.map((p) => `<p>${p}\n</p>`).join('\n')}`).join('\n');
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wTitle} - Eastdale Transport Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Blue_Pennant_Coaches","wgTitle":"Blue Pennant Coaches",
"wgCurRevisionId":48211,"wgArticleId":1873,"wgIsArticle":true,"wgAction":"view","wgCategories":["Defunct bus operators","Coach operators"]};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.legacy.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.10"><meta name="viewport" content="width=1000">
<link rel="edit" title="Edit" href="/index.php?title=Blue_Pennant_Coaches&amp;action=edit">
<link rel="canonical" href="https://wiki.eastdaletransport.org/wiki/Blue_Pennant_Coaches">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Blue_Pennant_Coaches rootpage-Blue_Pennant_Coaches skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-enabled"><div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Eastdale Transport Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div><div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">${wInfo}
<p>${wLead}\n</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label
class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${wToc
  .map(
    (t, i) => `<li class="toclevel-${t.includes('.') ? 2 : 1} tocsection-${i + 1}"><a href="#${t.replace(/^[\d.]+ /, '').replace(/ /g, '_')}"><span
class="tocnumber">${t.split(' ')[0]}</span> <span class="toctext">${t.replace(/^[\d.]+ /, '')}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${wBodyHtml}
<table class="wikitable"><tbody><tr><th>Years</th><th>Type</th><th>Number</th><th>Notes</th></tr>
${wRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}\n</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${wH(2, 'Preservation', 6)}\n<p>${wPres}\n</p>
${wH(2, 'See also', 7)}\n<ul>${wSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261109211702 CPU time usage: 0.081 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.eastdaletransport.org/index.php?title=Blue_Pennant_Coaches&amp;oldid=48211"
>https://wiki.eastdaletransport.org/index.php?title=Blue_Pennant_Coaches&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${wCats.map((t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div>
</div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">Not logged in</li>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login"
class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet vector-menu-tabs" aria-labelledby="p-namespaces-label">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Blue_Pennant_Coaches"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Blue_Pennant_Coaches&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li>
</ul>
</div></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet vector-menu-tabs" aria-labelledby="p-views-label"><div
class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Blue_Pennant_Coaches">
<span>Read</span></a>
</li><li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Blue_Pennant_Coaches&amp;action=edit"><span>Edit</span></a></li><li id="ca-history"
class="mw-list-item"><a href="/index.php?title=Blue_Pennant_Coaches&amp;action=history"><span>View history</span></a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/index.php"
id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input" type="search"
name="search" placeholder="Search Eastdale Transport Wiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"
class="searchButton"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${wPortal('navigation', 'Navigation', wNavP)}
${wPortal('tb', 'Tools', wTools)}</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 9 November 2026, at
21:17.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Project:About">About Eastdale Transport Wiki</a></li><li id="footer-places-disclaimer"><a
href="/wiki/Project:General_disclaimer">Disclaimers</a></li></ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const pennant: TestPage = {
  name: 'heldout512-mediawiki-coach-operator',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wLead, ...wSecs.flatMap(([, , p]) => p), ...rowTexts(wRows), wPres, ...wSee]),
  bylines: ['This page was last edited on 9 November 2026, at 21:17.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'A Blue Pennant coach at Eastdale bus station, 1968', 'Founded', 'Closed', 'Fleet size', '34 (1965)', 'Owners', 'Pennock family',
    'Retrieved from "https://wiki.eastdaletransport.org/index.php?title=Blue_Pennant_Coaches&oldid=48211"',
    'From Eastdale Transport Wiki', 'Jump to navigation', 'Jump to search', 'Contents', ...wToc, 'edit', 'Categories', ...wCats, 'Navigation menu',
    'Personal tools', 'Not logged in', 'Create account', 'Log in', 'Page', 'Discussion', 'Read', 'View history', 'Search', 'Navigation', ...wNavP,
    'Tools', ...wTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About Eastdale Transport Wiki', 'Disclaimers',
  ],
};

export const HELDOUT512_D2: readonly TestPage[] = [pennant];
