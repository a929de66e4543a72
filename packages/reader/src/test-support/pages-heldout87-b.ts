import { links, type TestPage, texts } from './page-kit.js';
import { ghostPost } from './pages-heldout87-b2.js';

/**
 * Held-out batch 87, file b: a game story on an ESPN-shaped sports site (the global header with its sport pillars and the
 * hidden sub-menu links, the scores strip, the article meta with author, staff title and timestamp, the share list and the
 * screen-reader "Open Extended Reactions", the lead photo with caption and credit, the dateline inside the first paragraph,
 * an inline "Editor's Picks" aside, the "Information from ... was used in this report." line, the "Top Headlines" and
 * "Favorites" modules, and the footer) and, from file b2, a Ghost blog post.
 */
const spTitle = 'Okafor scores 38, Gulls rally past Pilots for fifth straight win';
const spP1 = [
  'HARBOR CITY -- Dami Okafor scored 38 points, including 14 in the fourth quarter, and the Harbor City Gulls came back from a ' +
    '17-point deficit to beat the Cascadia Pilots 112-108 on Tuesday night for their fifth straight victory.',
  'Theo Lindqvist added 21 points and 12 rebounds for the Gulls, who trailed 81-64 midway through the third quarter before closing ' +
    'the period on a 19-6 run. Okafor went 13-for-22 from the field and 9-for-10 at the free throw line.',
  '"We were flat for 24 minutes, and that is on me," Gulls coach Warren Ashby said. "But this group does not panic. Dami took the ' +
    'game over, and the second unit gave us the energy we did not have to start."',
  'Cascadia got 29 points from Marcus Delacroix and 18 from rookie Jalen Whitmore, but the Pilots scored just 19 points in the ' +
    'fourth quarter and committed six of their 17 turnovers in the final 12 minutes.',
];
const spP2 = [
  'The Gulls took their first lead since the opening minutes on a Lindqvist putback with 4:51 to play. Okafor then hit a ' +
    'step-back 3-pointer and a pull-up jumper on consecutive possessions to make it 104-98, and Harbor City held on at the line.',
  'Delacroix had a chance to tie it with nine seconds left, but his 3-pointer from the left corner bounced off the back of the ' +
    'rim, and Okafor grabbed the rebound and was fouled.',
  '"We had the shot we wanted," Pilots coach Lena Marchetti said. "Marcus has made that a hundred times. You live with it. What I ' +
    'cannot live with is how we handled the ball in the fourth."',
  'The win moved Harbor City to 9-4, a game behind conference leader Riverton. The Gulls have won 11 straight at home dating to ' +
    'last season, the longest active streak in the league.',
  'Cascadia, which was playing the second night of a back-to-back, has lost three of four and fell to 6-8. Starting center ' +
    'Ivan Kostic missed his fourth straight game with a sprained left ankle and is expected to be re-evaluated next week.',
];
const spH1 = 'Up next';
const spP3 = [
  'Pilots: Host Riverton on Thursday night to open a four-game homestand.',
  'Gulls: At Lakeshore on Friday night, the first of three straight road games.',
];
const spAp = 'Information from The Associated Press was used in this report.';
const spNav = ['NFL', 'NBA', 'NHL', 'MLB', 'NCAAF', 'Soccer', 'NCAAM', 'More Sports', 'Watch', 'Fantasy'];
const spSub = ['Home', 'Scores', 'Schedule', 'Standings', 'Stats', 'Teams', 'Injuries', 'Transactions', 'Power Rankings'];
const spStrip = ['Final', 'PIL', '6-8', 'GUL', '9-4', 'Gamecast', 'Box Score', 'Highlights'];
const spCaption = 'Dami Okafor scored 14 of his 38 points in the fourth quarter as the Gulls erased a 17-point deficit.';
const spCredit = 'Reed Hollis/Imagn Images';
const spPicks = [
  'Power Rankings: Which early-season risers are for real?',
  'Inside the Gulls’ plan to keep Okafor fresh for April',
  'Trade deadline primer: Five teams that need a big man',
];
const spTop = [
  'Sources: Riverton, guard agree to four-year extension',
  'Commissioner says in-season tournament will expand',
  'Lakeshore’s Abbott out at least two weeks with hamstring strain',
  'Rookie ladder: Whitmore climbs into the top three',
  'Trade grades: Who won the three-team deal?',
];
const spFav = ['Favorites', 'Manage Favorites', 'Customize Gridline', 'Sign Up', 'Log In', 'Gridline Sites', 'Gridline Deportes', 'Gridline Shop'];
const spFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'About Nielsen Measurement',
  'Do Not Sell or Share My Personal Information',
  'Contact Us',
  'Ad Sales Site',
  'Work for Gridline',
  'Corrections',
];
const spCopy = 'Copyright: © 2025 Gridline Internet Ventures. All rights reserved.';
const spPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const spPillar = (t: string): string => `<li class="pillar ${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/" itemprop="url">
<span class="link-text">${t}</span></a>${t === 'NBA' ? `<div class="nav-sub"><ul>${links(spSub, 'sub')}</ul></div>` : ''}</li>`;
const spPick = (t: string, i: number): string => `<li><a href="/nba/story/_/id/4689${i}" name="&amp;lpos=editorspicks"><div class="img-wrap">
<img src="/photo/2025/1111/picks-${i}.jpg" alt=""></div><h2>${t}</h2></a></li>`;
const spHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${spTitle} - Gridline</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Dami Okafor scored 38 points and the Harbor City Gulls came back from 17 down to beat the Cascadia Pilots.">
<meta property="og:title" content="${spTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Gridline.com">
<meta name="DC.date.issued" content="2025-11-12T05:11:00Z"><meta property="article:section" content="NBA">
<link rel="canonical" href="https://www.gridline.example/nba/story/_/id/46891234/okafor-scores-38-gulls-rally-pilots">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${spTitle}","datePublished":"2025-11-12T05:11:00Z",
"author":[{"@type":"Person","name":"Nadia Cole"}],"publisher":{"@type":"Organization","name":"Gridline"}}</script>
<script>var espn=espn||{};espn.i18n={lang:"en",siteId:"1",edition:"en-us"};</script>
<link rel="stylesheet" href="https://a.gridlinecdn.example/redesign/0.711.4/css/shell-desktop.css"></head>
<body class="story desktop prod" data-appearance="light" data-sport="nba"><div id="global-viewport" class="interior story">
<header id="global-header" class="gridline-en user-account-management has-search"><div class="menu-overlay-primary"></div>
<div class="container"><a id="global-nav-mobile-trigger" href="#" data-route="false"><span>Menu</span></a>
<h2 class="logo-header"><a data-track-nav_layer="global-nav" data-track-nav_item="gridline-logo" href="/">Gridline</a></h2>
<nav id="global-nav" data-loadtype="server"><ul itemscope itemtype="http://www.schema.org/SiteNavigationElement">${spNav.map(spPillar).join('\n')}</ul></nav>
<ul class="tools"><li class="search"><a href="#" class="icon-font-after icon-search-thin-solid-after" id="global-search-trigger"></a></li>
<li class="user" data-behavior="favorites_mgmt"><a class="user-account-management" href="#"><span class="sr-only">Log In</span></a></li></ul></div></header>
<section class="scoreboard-strip" aria-label="Scores"><div class="scoreboard-strip__game"><span class="status">${spStrip[0]}</span>
<div class="competitor"><span class="abbrev">${spStrip[1]}</span><span class="record">${spStrip[2]}</span><span class="score loser">108</span></div>
<div class="competitor"><span class="abbrev">${spStrip[3]}</span><span class="record">${spStrip[4]}</span><span class="score winner">112</span></div>
<ul class="links"><li><a href="/nba/game/_/gameId/401">${spStrip[5]}</a></li><li><a href="/nba/boxscore/_/gameId/401">${spStrip[6]}</a></li>
<li><a href="/nba/video/_/gameId/401">${spStrip[7]}</a></li></ul></div></section>
<section id="pane-main"><section id="main-container"><div class="main-content layout-bc"><section id="article-feed">
<article class="article" data-id="46891234" data-sport="nba"><header class="article-header"><h1>${spTitle}</h1></header>
<div class="article-meta"><ul class="authors"><li class="author has-bio"><div class="author">Nadia Cole</div><div class="author-title">Gridline Staff
Writer</div></li></ul><span class="timestamp" data-date="2025-11-12T05:11:00Z">Nov 12, 2025, 12:11 AM ET</span></div>
<div class="content-reactions"><ul class="article-social"><li><a class="social-facebook" href="#"><span>Facebook</span></a></li>
<li><a class="social-x" href="#"><span>X</span></a></li><li><a class="social-email" href="#"><span>Email</span></a></li>
<li><a class="social-print" href="#"><span>print</span></a></li></ul><button class="reactions-trigger"><span class="sr-only">Open Extended
Reactions</span></button></div>
<div class="article-body"><aside class="inline inline-photo full"><figure><picture><img src="/photo/2025/1112/r1541_1296x729.jpg" alt=""></picture>
<figcaption class="photoCaption">${spCaption} <cite class="photoCredit">${spCredit}</cite></figcaption></figure></aside>
${spPs(spP1)}
<aside class="inline editorial float-r"><h2>Editor’s Picks</h2><ul>${spPicks.map(spPick).join('\n')}</ul></aside>
${spPs(spP2)}
<h2>${spH1}</h2>
${spPs(spP3)}
<p><em>${spAp}</em></p>
</div></article></section>
<section class="col-three"><article class="sub-module favorites-module"><header class="mod-header"><h1>${spFav[0]}</h1></header>
<p class="favorites-module__text"><a href="#">${spFav[1]}</a></p><p><a href="#">${spFav[2]}</a></p><p><a href="#">${spFav[3]}</a> <a href="#">${spFav[4]}</a>
</p></article><article class="sub-module rss-feed"><header class="mod-header"><h1>Top Headlines</h1></header><ul class="headlineStack__list">
${links(spTop, 'headlineStack__listItem')}</ul></article>
<article class="sub-module gridline-sites"><header class="mod-header"><h1>${spFav[5]}</h1></header><ul>${links(spFav.slice(6), 'site')}</ul></article>
</section></div></section></section>
<footer id="news-feed-footer"><div class="footer-container"><ul class="footer-links">${links(spFoot, 'footer-link')}</ul>
<p class="copyright">${spCopy}</p></div></footer></div>
<script src="https://a.gridlinecdn.example/redesign/0.711.4/js/gridline-critical.js"></script></body></html>`;
const gridline: TestPage = {
  html: spHtml,
  name: 'heldout87-espn-sports-news',
  kind: 'news',
  // the "HARBOR CITY --" dateline is part of the first paragraph (body); the AP credit line at the end of the body is furniture
  title: spTitle,
  headings: [spH1],
  body: texts([...spP1, ...spP2, ...spP3]),
  bylines: ['Nadia Cole', 'Gridline Staff Writer', 'Nov 12, 2025, 12:11 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'Gridline', ...spNav, ...spSub, ...spStrip, 'Facebook', 'Email', 'print', 'Open Extended Reactions', spCaption, spCredit, 'Editor’s Picks',
    ...spPicks, spAp, ...spFav, 'Top Headlines', ...spTop, ...spFoot, spCopy,
  ],
};

export const HELDOUT87_B: readonly TestPage[] = [gridline, ghostPost];
