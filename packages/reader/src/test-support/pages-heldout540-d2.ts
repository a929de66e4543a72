import { links, plain, type TestPage } from './page-kit.js';
import { gold, j } from './pages-heldout540-kit.js';

/** Held-out batch 540, file d2: a local tabletop wiki's page on a games shop, on MediaWiki (Vector 2022, infobox, TOC, categories). */
const mTitle = 'The Copper Kobold';
const mLead = j(
  '<b>The Copper Kobold</b> is a tabletop games shop and play space on Fennick Street in Castlebridge. It sells board games,',
  'miniatures and role-playing books, and runs one of the largest weekly <a href="/wiki/Organised_play" title="Organised play">organised play</a>',
  'programmes in the county.',
);
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The shop was opened in 2011 by Agnes Holloway and Pieter Voss in a former bakery at the lower end of Fennick Street. The',
        'original shop had a single gaming table in the old bread oven room, which regulars still call "the Oven".',
      ),
      j(
        'In 2019 the shop took over the empty unit next door and knocked through, adding a play space with fourteen tables. The',
        'expansion was partly paid for by a crowdfunding campaign among regulars, whose names are painted on a board above the counter.',
      ),
    ],
  ],
  [
    'Play space',
    [
      j(
        'The play space is open whenever the shop is open. Tables are free to use on weekday afternoons; in the evenings and at',
        'weekends there is a table fee of £3 per person, waived for anyone taking part in an organised event.',
      ),
      'The Oven is kept for role-playing games and can be booked for a whole evening by groups of up to seven.',
    ],
  ],
  [
    'Regular events',
    [
      'Monday: board game night, with a library of about 250 games.',
      'Wednesday: Warhammer and other miniatures games, with terrain provided.',
      'Friday: Magic: The Gathering draft and Commander.',
      'Last Sunday of the month: the Castlebridge Bring and Buy, a swap meet for second-hand games.',
    ],
  ],
  [
    'Trivia',
    [
      j(
        'The kobold on the shop sign was painted by a local sign-writer from a sketch drawn on a napkin during the first week of',
        'trading. The napkin is framed behind the till.',
      ),
    ],
  ],
];
const mInfo = [
  ['Type', 'Games shop and play space'],
  ['Location', '27 Fennick Street, Castlebridge'],
  ['Opened', '2011'],
  ['Owners', 'Agnes Holloway, Pieter Voss'],
  ['Tables', '14'],
];
const mList = (h: string, items: string[]): string =>
  h === 'Regular events' ? `<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>` : items.map((p) => `<p>${p}\n</p>`).join('\n');
const mSec = ([h, items]: [string, string[]]): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>
<span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=The_Copper_Kobold&amp;action=edit&amp;section=1" title="Edit section: ${h}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>\n${mList(h, items)}`;
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFootPlaces = ['Privacy policy', 'About Castlebridge Tabletop Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Castlebridge Tabletop Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"The_Copper_Kobold","wgTitle":"The Copper Kobold","wgCurRevisionId":8812,"wgArticleId":431,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1">
<link rel="canonical" href="https://wiki.castlebridgetabletop.org/wiki/The_Copper_Kobold"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt
 ns-0 ns-subject page-The_Copper_Kobold rootpage-The_Copper_Kobold
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown
 vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" 
 class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Castlebridge Tabletop Wiki</strong>
</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search"
 class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Castlebridge Tabletop Wiki [f]" accesskey="f">
<span class="vector-icon
 mw-ui-icon-search"></span><span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools">
<div id="p-vector-user-menu-overflow" class="vector-menu">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create
 account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul>
</div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
</div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
 mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
${links(mTabs, 'vector-tab-noicon mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Castlebridge Tabletop Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless">
<a href="/wiki/File:Copper_Kobold_front.jpg" class="mw-file-description">
<img src="/images/thumb/a/a4/Copper_Kobold_front.jpg/220px-Copper_Kobold_front.jpg" decoding="async" width="220" height="165" class="mw-file-element"></a>
</span>
<div class="infobox-caption">The shop front in 2023</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p>${mLead}\n</p>
<meta property="mw:PageProp/toc">
${mSecs.map(mSec).join('\n')}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260204211322 --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "
<a dir="ltr" href="https://wiki.castlebridgetabletop.org/index.php?title=The_Copper_Kobold&amp;oldid=8812">
https://wiki.castlebridgetabletop.org/index.php?title=The_Copper_Kobold&amp;oldid=8812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">
Categories</a>: <ul><li><a href="/wiki/Category:Game_shops" title="Category:Game shops">Game shops</a></li><li>
<a href="/wiki/Category:Fennick_Street">Fennick Street</a></li>
</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 February 2026,
 at 21:13.</li><li id="footer-info-copyright">Content is available under
 <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
 Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFootPlaces)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
 alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout540-tabletop-wiki-store',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: [plain(mLead), ...mSecs.flatMap(([, items]) => items)],
  bylines: ['This page was last edited on 4 February 2026, at 21:13.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mMenu, 'Castlebridge Tabletop Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', ...mTabs,
    'From Castlebridge Tabletop Wiki', 'The shop front in 2023', ...mInfo.flat(), 'edit',
    'Categories', 'Game shops', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFootPlaces,
  ],
};

export const HELDOUT540_D2: readonly TestPage[] = [gold(mediawiki)];
