import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file c2: a MediaWiki (Vector 2022) article on a Scrabble wiki about an invented tournament, with
 * infobox, contents box, edit links, categories and a site notice.
 */
const mTitle = 'Kestrel Cup';
const mLead = [
  j(
    'The <b>Kestrel Cup</b> is an annual English-language Scrabble tournament held in Alnwood, Northumbria, each November.',
    'First played in 1994 as a one-day event for members of the Alnwood Word Games Society, it has grown into a three-day,',
    'twenty-round open that regularly draws more than eighty players from across the north of England and southern Scotland.',
  ),
  j(
    'The cup itself, a carved wooden kestrel on a slate base, was made by the society’s founder, Agnes Threlkeld, and is',
    'kept behind the bar of the Percy Arms between tournaments.',
  ),
];
const mSections: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The first Kestrel Cup took place on 19 November 1994 in the parish hall of St Cuthbert’s with fourteen entrants.',
        'Games were played without clocks, and adjudication was by a dictionary that one player had brought from home. The',
        'winner, Lionel Haigh, scored an average of 361 points a game, a figure that stood as the event record until 2003.',
      ),
      j(
        'Clocks were introduced in 1997 and the event moved to the Alnwood Memorial Hall in 2001 after entries passed forty.',
        'A second day was added in 2005, and in 2012 the organisers split the field into two divisions by rating, with a',
        'separate trophy, the Fledgling Plate, for the lower division.',
      ),
      j(
        'The 2020 event was held online with 112 players, the largest field in its history, but the society returned to',
        'playing in person the following year and has not repeated the online format.',
      ),
    ],
  ],
  [
    'Format',
    [
      j(
        'The main division plays twenty rounds over three days, paired by the Swiss system for the first seventeen rounds and',
        'by a modified King of the Hill system for the last three. Each player has 25 minutes for the game, with a penalty of',
        'ten points for each minute or part of a minute over time.',
      ),
      j(
        'Challenges follow the double-challenge rule: a word challenged off loses the turn, and a successful defence costs the',
        'challenger their next turn. The society has used the Collins word list since 2008, after a members’ vote of 31 to 9.',
      ),
      j(
        'Ties on wins are broken by spread, the total difference between points scored and points conceded. If spread is also',
        'level, the player with the higher score in the final round is placed first.',
      ),
    ],
  ],
  [
    'Notable results',
    [
      j(
        'The highest game score recorded at the Kestrel Cup is 689, by Deborah Ashcombe against Colin Fenwick in round 11 of',
        'the 2016 event. The highest combined score in a single game is 1,104, from the same match.',
      ),
      j(
        'Ashcombe is also the only player to have won the cup four years running, from 2014 to 2017. The youngest winner is',
        'Niamh Rourke, who won in 2022 at the age of fifteen, beating the reigning champion in the final round by a single',
        'point after a disputed challenge on the word QIN.',
      ),
      j(
        'In 2009 the tournament was stopped for forty minutes after the hall’s heating failed during a snowstorm; play',
        'continued in coats and gloves, and the organisers added a special prize for the lowest-scoring bingo of the weekend.',
      ),
    ],
  ],
  [
    'Venue and organisation',
    [
      j(
        'Since 2001 the tournament has been played in the main hall of the Alnwood Memorial Hall, which seats up to ninety players',
        'at paired tables. The society hires the upper room for the tournament director and the results team, who enter scores',
        'on two laptops and print standings after every round.',
      ),
      j(
        'The event is run entirely by volunteers. Entry fees cover the hire of the hall and the prize fund, and any surplus is',
        'given to the Alnwood library’s reading programme. The society publishes full results and annotated games in its',
        'newsletter, <i>The Hover</i>, in the January after each event.',
      ),
    ],
  ],
];
const mWinners = ['2022 – Niamh Rourke', '2023 – Samir Voss', '2024 – Deborah Ashcombe', '2025 – Ewan Tallis', '2026 – Samir Voss'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mInfo = [
  ['Founded', '1994'],
  ['Venue', 'Alnwood Memorial Hall'],
  ['Organiser', 'Alnwood Word Games Society'],
  ['Most wins', 'Deborah Ashcombe (6)'],
];
const mCats = ['Tournaments in England', 'Annual events'];
const mFoot = ['Privacy policy', 'About Tilewiki', 'Disclaimers'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/index.php?title=Kestrel_Cup&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>` +
  '<span class="mw-editsection-bracket">]</span></span></div>';
const mAll = [...mSections.map(([h]) => h), 'Recent winners'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Kestrel Cup - Tilewiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Kestrel_Cup","wgTitle":"Kestrel Cup","wgCurRevisionId":48211,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://tilewiki.org/wiki/Kestrel_Cup">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Tilewiki (en)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kestrel_Cup rootpage-Kestrel_Cup
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<label class="vector-dropdown-label" for="vector-main-menu-dropdown-checkbox" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span>
</label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Tilewiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="vector-search-box-form"><input type="search" name="search" placeholder="Search Tilewiki"
aria-label="Search Tilewiki" id="searchInput"><input class="searchButton" type="submit" name="go" title="Go to a page with this exact name" value="Go">
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header>
</div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice">
<div id="localNotice" data-nosnippet="">
<p>The 2027 Kestrel Cup entry list is open: add your results to the <a href="/wiki/Tilewiki:Results">results page</a>.</p>
</div></div></div><div class="vector-main-menu-container"></div><div class="mw-content-container"><main id="content" class="mw-body">
<header class="mw-body-header vector-page-titlebar"><nav aria-label="Contents" class="vector-toc-landmark"></nav>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></div>
</nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<ul class="vector-menu-content-list">${links(mTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown">
<div class="vector-dropdown-content">
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">Tools</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></div></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div id="siteSub" class="noprint">From Tilewiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div>
</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">Kestrel Cup</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>
${mAll
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mSections.map(([h, paras]) => `${mHead(h)}\n${ps(paras)}`).join('\n')}
${mHead('Recent winners')}
<ul>${mWinners.map((w) => `<li>${w}</li>`).join('\n')}</ul>
<!-- NewPP limit report Cached time: 20270203211402 Cache expiry: 86400 CPU time usage: 0.061 seconds -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://tilewiki.org/index.php?title=Kestrel_Cup&amp;oldid=48211">https://tilewiki.org/index.php?title=Kestrel_Cup&amp;oldid=48211</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2027,
at 21:14.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout675-mediawiki-kestrel-cup',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mAll,
  body: texts([...mLead, ...mSections.flatMap(([, paras]) => paras), ...mWinners]),
  bylines: ['This page was last edited on 3 February 2027, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide, 'Tilewiki', 'Create account', 'Log in',
    'The 2027 Kestrel Cup entry list is open: add your results to the results page.', ...mTabs, 'Tools', ...mTools, 'From Tilewiki',
    ...mInfo.flatMap(([k, v]) => [k ?? '', v ?? '']).filter((t) => !['1994', 'Venue', 'Alnwood Memorial Hall', 'Alnwood Word Games Society'].includes(t)),
    'Contents', ...mAll.map((h, i) => `${i + 1} ${h}`),
    'Retrieved from "https://tilewiki.org/index.php?title=Kestrel_Cup&oldid=48211"', 'Categories', ...mCats, ...mFoot,
  ],
};

export const HELDOUT675_C2: readonly TestPage[] = [mediawiki];
