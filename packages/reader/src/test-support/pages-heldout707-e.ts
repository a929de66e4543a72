import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file e: a boss page on a game wiki hosted on wiki.gg (MediaWiki with the legacy Vector skin, the wiki.gg
 * top bar, a portable infobox, a drops table, a navbox and categories), and a Wikipedia article on a handheld games PC (Vector
 * 2022, hatnote, infobox, citation markers, a models table, references, external links and a navbox).
 */
const gTitle = 'The Warden';
const gLead = j(
  '<b>The Warden</b> is a boss in <i><a href="/wiki/Ashgrove" title="Ashgrove">Ashgrove</a></i>, fought at the top of Karrow',
  'Cathedral at the end of Chapter 3. It is the first boss with two phases and the first that cannot be skipped, and many players',
  'consider it the game’s first real difficulty spike.',
);
const gSecs: [string, 'h2' | 'h3', string[]][] = [
  [
    'Overview',
    'h2',
    [
      j(
        'The Warden is a stone figure in a cage of bells that hangs from the cathedral roof. It does not move from its perch during',
        'the first phase, and instead attacks with falling bells and sweeping chains. Players can pull it down early with the',
        '<a href="/wiki/Lantern_Hook" title="Lantern Hook">Lantern Hook</a>, which skips most of the first phase.',
      ),
    ],
  ],
  [
    'Phase one',
    'h3',
    [
      j(
        'The Warden rings one of four bells, marked by a glow on the floor beneath it, then drops it two seconds later. The chain',
        'sweep always follows the third bell and can be jumped. At 60% health, it climbs higher and the bells fall in pairs.',
      ),
    ],
  ],
  [
    'Phase two',
    'h3',
    [
      j(
        'At half health the cage breaks open and the Warden drops to the floor, setting the cathedral alight. Fire patches inflict',
        '<a href="/wiki/Burn" title="Burn">Burn</a>, which stacks up to three times. The Warden now charges in straight lines and ends',
        'each charge with a ground slam that leaves a ring of fire.',
      ),
    ],
  ],
  [
    'Strategy',
    'h2',
    [
      j(
        'Bring at least three Bitter Tonics to clear Burn, and equip the Ember Charm if you finished the lamplighter’s errands. A',
        'party with two ranged characters makes phase one much safer, because melee characters have to wait for the Warden to come',
        'down.',
      ),
      j(
        'In phase two, stay near the pillars. The Warden’s charge stops when it hits one, and it is stunned for about three seconds,',
        'which is the best time to use your strongest attacks.',
      ),
    ],
  ],
  ['Drops', 'h2', []],
  ['Trivia', 'h2', []],
];
const gDrops = [
  ['Item', 'Chance', 'Notes'],
  ['Warden’s Bell', '100%', 'Key item, opens the bell tower'],
  ['Cathedral Ash ×2', '100%', 'Upgrade material'],
  ['Chainwarden Helm', '15%', 'Only on New Game+'],
];
const gTrivia = [
  'The bells play the opening notes of the Karrow folk song heard in the inn in Chapter 1.',
  'In early builds, the Warden was a giant crow. Its perch is left over from that design.',
];
const gInfo = ['Location', 'Karrow Cathedral', 'Chapter', '3', 'Health', '4,800 (6,200 on New Game+)', 'Weakness', 'Frost', 'Resistances', 'Fire, Burn'];
const gNavbox = ['Bosses of Ashgrove', 'Mill Wight', 'The Warden', 'Mire Queen', 'Ashen Choir', 'Hollow King'];
const gSide = ['Main Page', 'Recent changes', 'Random page', 'Bosses', 'Items', 'Locations', 'Characters'];
const gTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const gCats = ['Bosses', 'Chapter 3', 'Karrow'];
const edit = (t: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=The_Warden&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const gSec = ([t, tag, p]: [string, 'h2' | 'h3', string[]]): string =>
  `<${tag}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${edit(t)}</${tag}>\n${ps(p)}`;
const gHtml = `<!DOCTYPE html>
<html class="client-nojs view-unknown theme-none" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>The Warden - Ashgrove Wiki</title>
<script>(function(){var className="client-js view-unknown theme-none";document.documentElement.className=className;}());
RLCONF={"wgBreakFrames":false,"wgPageName":"The_Warden","wgTitle":"The Warden","wgCurRevisionId":18842,"wgArticleId":412,"wgIsArticle":true,
"wgCategories":["Bosses","Chapter 3","Karrow"],"wgPageContentModel":"wikitext"};RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.PortableInfobox.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector"><meta name="generator" content="MediaWiki 1.41.2">
<meta property="og:site_name" content="Ashgrove Wiki"><meta property="og:title" content="The Warden"><meta property="og:type" content="article">
<link rel="canonical" href="https://ashgrove.wiki.gg/wiki/The_Warden"></head>
<body class="wgg-dom-version-1_41 mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-The_Warden rootpage-The_Warden skin-vector action-view
skin-vector-legacy vector-feature-language-in-header-disabled">
<div id="wikigg-header" class="wikigg-header"><a class="wikigg-logo" href="https://wiki.gg" title="wiki.gg"><img src="/images/wikigg-logo.svg"
alt="wiki.gg"></a>
<div class="wikigg-header__links"><a href="https://wiki.gg/wikis">Explore wikis</a><a href="https://support.wiki.gg">Community Wiki</a></div>
<a class="wikigg-header__create" href="https://wiki.gg/create">Create a wiki</a></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet><div class="sitenotice" lang="en"
dir="ltr"><p>Patch 1.3.2 is out. Help us update pages for the new New Game+ drops!</p></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${gTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Ashgrove Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside class="portable-infobox noexcerpt pi-background pi-theme-boss pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title pi-secondary-background"
data-source="title">${gTitle}</h2><figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:The_Warden.png" class="image image-thumbnail"
title="The Warden.png"><img src="/images/thumb/6/6a/The_Warden.png/270px-The_Warden.png" alt="The Warden.png" width="270" height="270"
class="pi-image-thumbnail"></a></figure>
${[0, 2, 4, 6, 8]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${at(gInfo, i).toLowerCase()}"><h3 class="pi-data-label
pi-secondary-font">${at(gInfo, i)}</h3><div class="pi-data-value pi-font">${at(gInfo, i + 1)}</div></div>`,
  )
  .join('\n')}</aside>
<p>${gLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#Overview"><span class="tocnumber">1</span> <span class="toctext">Overview</span></a><ul>
<li class="toclevel-2 tocsection-2"><a href="#Phase_one"><span class="tocnumber">1.1</span> <span class="toctext">Phase one</span></a></li>
<li class="toclevel-2 tocsection-3"><a href="#Phase_two"><span class="tocnumber">1.2</span> <span class="toctext">Phase two</span></a></li></ul></li>
<li class="toclevel-1 tocsection-4"><a href="#Strategy"><span class="tocnumber">2</span> <span class="toctext">Strategy</span></a></li>
<li class="toclevel-1 tocsection-5"><a href="#Drops"><span class="tocnumber">3</span> <span class="toctext">Drops</span></a></li>
<li class="toclevel-1 tocsection-6"><a href="#Trivia"><span class="tocnumber">4</span> <span class="toctext">Trivia</span></a></li></ul></div>
${gSecs.slice(0, 4).map(gSec).join('\n')}
<div class="thumb tright"><div class="thumbinner" style="width:252px;"><a href="/wiki/File:Warden_phase_two.jpg" class="image"><img alt=""
src="/images/thumb/2/2c/Warden_phase_two.jpg/250px-Warden_phase_two.jpg" width="250" height="141" class="thumbimage"></a>
<div class="thumbcaption"><div class="magnify"><a href="/wiki/File:Warden_phase_two.jpg" class="internal" title="Enlarge"></a></div>The pillars in phase two.
A charge into one stuns the Warden.</div></div></div>
${gSec(gSecs[4] ?? ['', 'h2', []])}
<table class="wikitable sortable"><tbody><tr>${(gDrops[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${gDrops
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
${gSec(gSecs[5] ?? ['', 'h2', []])}
<ul>${lis(gTrivia)}</ul>
<table class="navbox" role="navigation"><tbody><tr><th class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li
class="nv-view">
<a href="/wiki/Template:Bosses" title="Template:Bosses"><abbr title="View this template">v</abbr></a></li><li class="nv-edit"><a
href="/index.php?title=Template:Bosses&amp;action=edit"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Bosses_of_Ashgrove">${at(gNavbox, 0)}</div></th></tr>
<tr><th class="navbox-group">Main story</th><td class="navbox-list hlist"><ul>${links(gNavbox.slice(1))}</ul></td></tr></tbody></table>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://ashgrove.wiki.gg/wiki/The_Warden?oldid=18842">https://ashgrove.wiki.gg/wiki/The_Warden?oldid=18842</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(gCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy
vector-menu"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin">Log in</a></li><li id="pt-createaccount" class="mw-list-item"><a href="/wiki/Special:CreateAccount">Create
account</a></li>
</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/The_Warden">Page</a></li><li id="ca-talk" class="new mw-list-item"><a
href="/index.php?title=Talk:The_Warden&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/The_Warden">Read</a></li><li id="ca-edit" class="mw-list-item"><a
href="/index.php?title=The_Warden&amp;action=edit">Edit</a></li><li id="ca-history" class="mw-list-item"><a
href="/index.php?title=The_Warden&amp;action=history">View history</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box vector-search-box-show-thumbnail"><h3>Search</h3><form action="/index.php"
id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input" type="search"
name="search" placeholder="Search Ashgrove Wiki" aria-label="Search Ashgrove Wiki" id="searchInput"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet vector-menu-portal portal" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(gSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet vector-menu-portal portal"><h3 id="p-tb-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Tools</span>
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(gTools, 'mw-list-item')}</ul></div></nav>
<div id="wikigg-ads-sidebar" class="wikigg-ad-slot"><div class="wikigg-ad-label">Advertisement</div></div></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12 February 2027, at
21:04.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0">CC BY-SA 4.0</a> unless otherwise
noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="https://wiki.gg/privacy">Privacy policy</a></li><li id="footer-places-about"><a
href="/wiki/Ashgrove_Wiki:About">About Ashgrove Wiki</a></li><li id="footer-places-disclaimers"><a href="/wiki/Ashgrove_Wiki:Disclaimers">Disclaimers</a></li>
<li id="footer-places-tos"><a href="https://wiki.gg/terms">Terms of Service</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-hostedbyico"><a href="https://wiki.gg"><img src="/images/hosted-by-wikigg.svg" alt="Hosted by wiki.gg"
width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const wikigg: TestPage = gold({
  name: 'heldout707-wikigg-boss',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([t]) => t),
  body: texts([gLead, ...gSecs.slice(0, 4).flatMap(([, , p]) => p), ...gDrops.map((r) => r.join(' ')), ...gTrivia]),
  bylines: ['This page was last edited on 12 February 2027, at 21:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Explore wikis', 'Community Wiki', 'Create a wiki', 'Patch 1.3.2 is out. Help us update pages for the new New Game+ drops!', 'From Ashgrove Wiki',
    'Jump to navigation', 'Jump to search', ...gInfo, 'Contents', '1 Overview', '1.1 Phase one', '1.2 Phase two', '2 Strategy', '3 Drops', '4 Trivia',
    'edit', 'The pillars in phase two. A charge into one stuns the Warden.', ...gNavbox, 'v', 'e', 'Main story',
    'Retrieved from "https://ashgrove.wiki.gg/wiki/The_Warden?oldid=18842"', 'Categories:', ...gCats, 'Navigation menu', 'Personal tools', 'Log in',
    'Create account', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...gSide, 'Tools', ...gTools, 'Advertisement',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', 'Privacy policy', 'About Ashgrove Wiki', 'Disclaimers', 'Terms of Service',
  ],
});

const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const wTitle = 'Halden Deck';
const wLead = [
  j(
    'The <b>Halden Deck</b> is a handheld gaming computer developed by Halden Interactive and manufactured by Corvid Electronics.',
    `It was announced in May 2025 and released in November 2025 in Europe and North America.${ref(1)} The Deck runs HaldenOS, a`,
    'Linux-based operating system, and can play most games from the company’s Halden Store as well as from other storefronts',
    'installed in its desktop mode.',
  ),
  j(
    `More than 2.4 million units had been sold by the end of 2026, according to the company.${ref(2)} An updated model with an OLED`,
    'display, the Deck OLED, followed in October 2026.',
  ),
];
const wSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'Halden Interactive began work on a portable device in 2022, after two earlier prototypes, a controller with a built-in screen',
        `and a streaming-only handheld, were dropped.${ref(3)} Designer Linnea Okafor has said the team settled on the final shape after`,
        'testing more than forty 3D-printed shells with staff and their children.',
      ),
      j(
        'Pre-orders opened in July 2025 with a deposit of €5. Demand exceeded the first production run, and delivery dates for some',
        'customers slipped into February 2026.',
      ),
    ],
  ],
  [
    'Hardware',
    [
      j(
        'The Deck uses a custom system on a chip from Corvid with four processor cores and an integrated graphics unit, with 16 GB of',
        'shared memory. The original model has a 7-inch LCD touchscreen with a resolution of 1280 × 800 and a 40 Wh battery, which the',
        `company rated at between two and eight hours of play depending on the game.${ref(4)}`,
      ),
      j(
        'Its controls include two analog sticks, a directional pad, four face buttons, two square trackpads and four rear grip buttons.',
        'Storage can be expanded with a microSD card. The Deck OLED keeps the same layout but has a 7.4-inch OLED display, a 50 Wh',
        'battery and faster wireless networking.',
      ),
      'Three storage configurations were sold at launch:',
    ],
  ],
  [
    'Software',
    [
      j(
        'HaldenOS is built on a Linux distribution and starts into a full-screen interface designed for the controls. A compatibility',
        'layer lets it run many games made for other desktop systems; Halden Interactive maintains a public list of games rated',
        `“Verified”, “Playable” or “Unsupported”.${ref(5)} Users can switch to a desktop mode to install other software.`,
      ),
    ],
  ],
  [
    'Reception',
    [
      j(
        'The Deck received generally positive reviews. The Relay called it “the first handheld PC that does not feel like a science',
        `project”, while criticising its weight of 669 g and its fan noise.${ref(6)} Reviewers praised the trackpads for games designed`,
        'for a mouse, and the price of the base model was widely seen as low for the hardware.[<i>citation needed</i>]',
      ),
    ],
  ],
];
const wTable = [
  ['Model', 'Storage', 'Price at launch'],
  ['Deck 64', '64 GB eMMC', '€399'],
  ['Deck 256', '256 GB NVMe SSD', '€529'],
  ['Deck 512', '512 GB NVMe SSD', '€649'],
];
const wRefs = [
  'Okafor, Linnea (14 May 2025). "Halden Deck: our first handheld". Halden Interactive. Retrieved 2 June 2025.',
  'Castillo, Rhea (9 January 2027). "Halden says Deck sales passed 2.4 million". GameHQ. Retrieved 10 January 2027.',
  'Pereira, Callum (20 June 2025). "The Halden Deck nearly was a controller". The Relay. Retrieved 21 June 2025.',
  '"Halden Deck technical specifications". Halden Interactive. Retrieved 3 December 2025.',
  '"Deck Verified". Halden Interactive. Retrieved 3 December 2025.',
  'Pereira, Callum (18 November 2025). "Halden Deck review". The Relay. Retrieved 19 November 2025.',
];
const wExt = ['Official website', 'HaldenOS release notes'];
const wInfo = [
  'Developer',
  'Halden Interactive',
  'Manufacturer',
  'Corvid Electronics',
  'Type',
  'Handheld gaming computer',
  'Release date',
  'November 18, 2025',
  'Introductory price',
  '€399',
  'Units sold',
  '2.4 million (as of December 2026)',
  'Operating system',
  'HaldenOS',
  'Memory',
  '16 GB LPDDR5',
  'Display',
  '7-inch LCD, 1280 × 800',
];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file'];
const wNavbox = ['Halden Interactive', 'Halden Deck', 'Deck OLED', 'Halden Link', 'Halden Store', 'HaldenOS'];
const wCats = ['Handheld game consoles', 'Linux-based devices', 'Products introduced in 2025'];
const wEdit = (t: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Halden_Deck&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const wHead = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2>${wEdit(t)}</div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Halden Deck - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Halden_Deck","wgTitle":"Halden Deck","wgCurRevisionId":1279943120,"wgArticleId":78554321,"wgIsArticle":true,
"wgCategories":["Handheld game consoles","Linux-based devices","Products introduced in 2025"],"wgRelevantPageName":"Halden_Deck"};</script>
<link rel="stylesheet"
href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.search.codex.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.19"><meta property="og:title" content="Halden Deck - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Halden_Deck">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Halden Deck",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/Halden_Deck",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2025-05-14T17:02:11Z","headline":"handheld gaming computer"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Halden_Deck
rootpage-Halden_Deck skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div class="vector-menu-heading">Contribute</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wContrib, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only
search-toggle" title="Search Wikipedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search Wikipedia" aria-label="Search Wikipedia" id="searchInput"></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences"
class="vector-menu mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item
user-links-collapsible-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=Halden+Deck"><span>Create account</span></a></li><li id="pt-login-2"
class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto=Halden+Deck"><span>Log
in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header
vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[...wSecs.map(([t]) => t), 'References', 'External links']
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents"
class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"><input type="checkbox"
id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label
id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon
mw-ui-icon-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label></div></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 9 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive
mw-ui-progressive mw-portlet-lang-heading-9" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span
class="vector-dropdown-label-text">9 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Halden_Deck" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk"
class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Halden_Deck" rel="discussion" title="Discuss improvements to the content page [t]"
accesskey="t"><span>Talk</span></a>
</li></ul></div></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu
vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon
mw-list-item"><a href="/wiki/Halden_Deck"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=Halden_Deck&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Halden_Deck&amp;action=history" title="Past revisions of this page [h]"
accesskey="h"><span>View
history</span></a></li></ul></div></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown"
class="vector-dropdown vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Tools"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Handheld gaming computer</div>
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with <a href="/wiki/Halden_Desk" title="Halden Desk">Halden Desk</a>.</div>
<table class="infobox hproduct"><tbody><tr><th colspan="2" class="infobox-above fn">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Halden_Deck.jpg"
class="mw-file-description"><img
alt="A Halden Deck in a white carry case" src="//upload.wikimedia.org/wikipedia/commons/thumb/9/9d/Halden_Deck.jpg/250px-Halden_Deck.jpg" width="250"
height="140"
class="mw-file-element"></a></span><div class="infobox-caption">The original Halden Deck</div></td></tr>
${[0, 2, 4, 6, 8, 10, 12, 14, 16]
  .map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1)}</td></tr>`)
  .join('\n')}</tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecs
  .map(
    ([t, p], i) => `${wHead(t)}
${ps(p)}${
  i === 1
    ? `\n<table class="wikitable"><caption>Launch configurations</caption><tbody><tr>${(wTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`
    : ''
}`,
  )
  .join('\n')}
${wHead('References')}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation web cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('External links')}
<ul>${links(wExt)}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Halden_Interactive" style="padding:3px"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div id="Halden_Interactive" style="font-size:114%;margin:0 4em">${at(wNavbox, 0)}</div></th></tr><tr><th scope="row" class="navbox-group"
style="width:1%">Hardware</th><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div style="padding:0
0.25em"><ul>${links(wNavbox.slice(1, 4))}</ul>
</div></td></tr><tr><th scope="row" class="navbox-group" style="width:1%">Software</th><td class="navbox-list-with-group navbox-list navbox-even hlist"><div
style="padding:0 0.25em"><ul>${links(wNavbox.slice(4))}</ul></div></td></tr></tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=Halden_Deck&amp;oldid=1279943120"
>https://en.wikipedia.org/w/index.php?title=Halden_Deck&amp;oldid=1279943120</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 March
2027, at 11:52<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike
4.0 License</a>; additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of
Use</a> and <a href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy Policy</a>.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li>
<li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li><li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=Halden_Deck&amp;mobileaction=toggle_view_mobile"
class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-7c9d","wgBackendResponseTime":182});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout707-wikipedia-handheld',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([t]) => t),
  body: texts([...wLead, ...wSecs.flatMap(([, p], i) => (i === 1 ? [...p, ...wTable.map((r) => r.join(' '))] : p))]),
  bylines: ['This page was last edited on 3 March 2027, at 11:52 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMenu, 'Contribute', ...wContrib, 'Search', 'Donate', 'Create account',
    'Log in', 'Contents', '(Top)', '1 History', '2 Hardware', '3 Software', '4 Reception', '5 References', '6 External links', 'Article', 'Talk', 'Read',
    'Edit', 'View history', 'From Wikipedia, the free encyclopedia', 'Not to be confused with Halden Desk.', 'The original Halden Deck', ...wInfo, 'edit',
    'Launch configurations', 'References', ...wRefs, 'External links', ...wExt, ...wNavbox, 'Hardware', 'Software',
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Halden_Deck&oldid=1279943120"', 'Categories:', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the '
      + 'Terms of Use and Privacy Policy.',
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Mobile view',
  ],
});

export const HELDOUT707_E: readonly TestPage[] = [wikigg, wikipedia];
