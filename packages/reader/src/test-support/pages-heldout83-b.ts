import { links, ps, type TestPage } from './page-kit.js';
import { ghostPost } from './pages-heldout83-b2.js';

/**
 * Held-out batch 83, file b: a game story on an ESPN-shape sports site (global header with the sports nav and account
 * links, the scores strip, the game module above the story with "Gamecast" and "Box Score", the lead photo caption and
 * credit, the author with title and hidden bio, the timestamp, share links, an "Editor's Picks" aside and an inline video
 * inside the article body, the contribution note at the end, "Top Headlines" in the right column and the footer) and,
 * from file b2, a personal hobby blog post on Ghost with the Casper theme.
 */
const spTitle = 'Okoro scores 48 as Comets outlast Gulls in double overtime';
const spP1 = [
  'CARRICK CITY — Deshawn Okoro had never scored more than 41 points in a professional game. By the end of the second overtime on Monday ' +
    'night, he had 48, and the Carrick City Comets had a 131-127 win over the Harborview Gulls that moved them back into a playoff spot.',
  'Okoro made 17 of 29 shots, including six 3-pointers, and scored 11 of the Comets’ 14 points in the second extra period. His step-back ' +
    'jumper with 38 seconds left broke a 125-125 tie, and he added four free throws in the final 20 seconds to seal it.',
  '“I was tired after the first overtime, I won’t lie,” Okoro said. “But the guys kept telling me the ball was coming to me, so I had to be ' +
    'ready. When you hear that from your teammates, you find something.”',
  'The Gulls had a chance to win in regulation. Marco Vukelić drove the lane with the score tied at 108, but his layup rolled off the rim as ' +
    'time expired. Vukelić finished with 33 points and 14 rebounds, and Harborview got 25 from rookie Tyrese Landon.',
];
const spP2 = [
  '“We had the shot we wanted,” Gulls coach Anna Brightwater said. “Marco makes that one ten times out of ten in practice. Tonight it didn’t ' +
    'go, and then Okoro just took over.”',
  'Carrick City coach Lionel Ashby went to his bench early after starting center Pavel Greer picked up his third foul four minutes into the ' +
    'second quarter. Reserve forward Emeka Dunn responded with 14 points and nine rebounds, and the Comets outscored Harborview 22-9 in ' +
    'second-chance points.',
  'Ashby said afterward that the win mattered more than the scoring record. “We have been on the wrong side of games like this all season,” ' +
    'he said. “Finding a way to win one when it gets ugly, that is what a playoff team does.”',
  'The Comets (27-24) have won four of their last five and moved a half-game ahead of the Pioneers for the eighth and final playoff position. ' +
    'Harborview (31-19) had its five-game winning streak snapped.',
];
const spH1 = 'Up next';
const spP3 = ['Gulls: Host the Rapids on Wednesday night.', 'Comets: Visit the Pioneers on Thursday in a game with direct playoff implications.'];
const spContrib = 'Information from the Sports Wire was used in this report.';
const spNav = ['NFL', 'NBA', 'NHL', 'MLB', 'Soccer', 'NCAAF', 'NCAAM', 'WNBA', 'More Sports', 'Watch', 'Fantasy'];
const spScores = [
  ['FINAL/2OT', 'HAR', '127', 'CAR', '131'],
  ['FINAL', 'RAP', '102', 'PIO', '110'],
  ['8:00 PM ET', 'SUM', '', 'LAK', ''],
];
const spGame = ['Harborview Gulls', 'Carrick City Comets', '31-19, 18-7 Away', '27-24, 16-10 Home', 'Gamecast', 'Box Score', 'Highlights'];
const spCap = ['Deshawn Okoro celebrates after his step-back jumper gave Carrick City the lead for good in the second overtime.', 'Kellan Rowe/Sportsphoto'];
const spBio = 'Janelle Fitch covers the Comets and the league’s Northern Division for SPN. She joined SPN in 2019.';
const spShare = ['Facebook', 'X', 'Email', 'Print'];
const spPicks = [
  'Ranking the playoff race: Who gets the last four spots?',
  'Okoro’s long road from the development league to the Comets’ closer',
  'Gulls’ Landon is the rookie nobody saw coming',
];
const spVideo = ['Okoro’s step-back seals double-overtime win', '0:45', 'Deshawn Okoro hits the go-ahead jumper with 38 seconds left in 2OT.'];
const spTop = [
  'Pioneers guard out six weeks with broken wrist',
  'League fines Rapids $50,000 for injury report violation',
  'Summit forward signs four-year extension',
  'Trade deadline tracker: Every deal, grade and rumor',
  'Lakeport hires Delgado as head coach',
];
const spFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'Do Not Sell or Share My Personal Information',
  'Contact Us',
  'Ad Sales Site',
  'Work for SPN',
  'Corrections',
];
const spCopy = 'Copyright: © 2025 SPN Enterprises, Inc. All rights reserved.';
const spHtml = `<!DOCTYPE html>
<html lang="en" class="no-touch"><head><meta charset="utf-8"><title>${spTitle} - SPN</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Deshawn Okoro scored 48 points as the Comets beat the Gulls 131-127 in double overtime."><meta property="og:site_name"
content="SPN.com">
<meta property="og:type" content="article"><meta property="og:title" content="${spTitle}"><meta name="DC.date.issued" content="2025-11-18T04:48:00Z">
<link rel="canonical" href="https://www.spn.example/basketball/story/_/id/47211338/okoro-48-comets-gulls-double-overtime">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${spTitle}","datePublished":"2025-11-18T04:48:00Z",
"author":[{"@type":"Person","name":"Janelle Fitch"}],"publisher":{"@type":"Organization","name":"SPN"}}</script>
<script>window.espn = window.espn || {}; espn.track = {"section":"basketball","pageName":"story:47211338","contentType":"story"};</script>
<link rel="stylesheet" href="https://a.spncdn.example/redesign/0.733.2/css/shell-desktop.css"></head>
<body class="story desktop prod" data-appearance="light"><div id="global-viewport" class="interior story">
<header id="global-header" class="spn-en user-account-management has-search"><div class="container">
<a class="logo" href="https://www.spn.example/"><span class="link-text">SPN</span></a>
<nav id="global-nav" data-loadtype="server"><ul itemscope itemtype="http://www.schema.org/SiteNavigationElement">${links(spNav, 'sports')}</ul></nav>
<ul class="tools"><li class="search"><a href="#" class="icon-font-before icon-magnifying-glass-solid-before" id="global-search-trigger"></a></li>
<li class="user"><a class="global-user-link" href="#">Log In</a></li></ul></div></header>
<section class="scoreboard-strip" aria-label="Scores"><ul class="scoreboard-strip__list">
${spScores
  .map(
    (g) => `<li class="scoreboard-strip__game"><span class="game-status">${g[0]}</span><span class="team">${g[1]}</span><span class="score">${g[2]}</span>
<span class="team">${g[3]}</span><span class="score">${g[4]}</span></li>`,
  )
  .join('\n')}</ul></section>
<section id="pane-main"><section id="main-container" class="main-container"><div class="main-content layout-bc" data-behavior="article_page">
<section id="article-feed"><article class="article" data-id="47211338" data-type="story">
<div class="game-module" data-gameid="401720318"><div class="game-module__teams"><div class="team away"><span class="team-name">${spGame[0]}</span>
<span class="team-record">${spGame[2]}</span><span class="team-score">127</span></div><div class="game-status">FINAL/2OT</div>
<div class="team home"><span class="team-name">${spGame[1]}</span><span class="team-record">${spGame[3]}</span><span class="team-score">131</span></div></div>
<ul class="game-module__links"><li><a href="/nba/game/_/gameId/401720318">${spGame[4]}</a></li><li><a
href="/nba/boxscore/_/gameId/401720318">${spGame[5]}</a></li>
<li><a href="/nba/video/_/gameId/401720318">${spGame[6]}</a></li></ul></div>
<header class="article-header"><h1>${spTitle}</h1></header>
<figure class="article-figure dim16x9"><div class="img-wrap"><picture><img alt="Deshawn Okoro"
src="https://a.spncdn.example/photo/2025/1117/okoro.jpg"></picture></div>
<figcaption class="photoCaption">${spCap[0]} <cite>${spCap[1]}</cite></figcaption></figure>
<div class="article-meta"><ul class="authors"><li class="author has-bio"><div class="author-info"><div class="author">Janelle Fitch</div>
<div class="author-title">SPN Staff Writer</div></div><div class="author-bio-popover" aria-hidden="true" style="display:none"><p>${spBio}</p>
<button class="close-bio">Close</button></div></li></ul>
<span class="timestamp" data-date="2025-11-18T04:48:00Z">Nov 17, 2025, 11:48 PM ET</span>
<div class="article-social" data-behavior="social_share"><ul>${spShare
  .map(
    (t) => `<li class="${t.toLowerCase()}"><a
href="#"><span>${t}</span></a></li>`,
  )
  .join('')}</ul></div></div>
<div class="article-body">
${ps(spP1.slice(0, 2))}
<aside class="inline editorial float-r"><h2>Editor's Picks</h2><ul class="editorial">
${spPicks.map((t, i) => `<li><a href="/basketball/story/_/id/4721${i}"><div class="timestamp">2d</div>${t}</a></li>`).join('\n')}</ul>
<a href="/basketball/" class="editorial-more">More NBL Coverage</a></aside>
${ps(spP1.slice(2))}
<aside class="inline inline-track float-r"><figure class="article-video" data-id="42876601"><div class="video-play-button"></div>
<div class="video-title">${spVideo[0]}</div><span class="video-duration">${spVideo[1]}</span><figcaption>${spVideo[2]}</figcaption></figure></aside>
${ps(spP2)}
<h2>${spH1}</h2>
${ps(spP3)}
<p><i>${spContrib}</i></p>
</div></article></section></div>
<aside class="column-two"><section class="headlineStack top-headlines"><header class="headlineStack__header"><h1>Top Headlines</h1></header>
<ul class="headlineStack__list">${spTop.map((t, i) => `<li><a href="/story/_/id/${i}" data-mptype="headlineStack">${t}</a></li>`).join('\n')}</ul></section>
<div class="ad-300" id="ad-sidebar-1" data-slot-kvps="pos=300x250-right"></div></aside></section></section>
<footer id="footer" class="footer"><div class="container"><nav><ul>${links(spFoot)}</ul></nav><p class="copyright">${spCopy}</p></div></footer></div>
<script src="https://a.spncdn.example/redesign/0.733.2/js/espn-critical.js"></script></body></html>`;

const spnStory: TestPage = {
  name: 'heldout83-espn-sports-news',
  kind: 'news',
  html: spHtml,
  // the dateline opens the first paragraph: body; the "Up next" lines are the story's own section: body; the
  // contribution note at the end is a byline; the game module, scores strip, Editor's Picks and the inline video are furniture
  title: spTitle,
  headings: [spH1],
  body: [...spP1, ...spP2, ...spP3],
  bylines: ['Janelle Fitch', 'SPN Staff Writer', 'Nov 17, 2025, 11:48 PM ET', spContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SPN', ...spNav, 'Log In', 'FINAL/2OT', 'FINAL', '2d', 'HAR', 'CAR', 'RAP', 'PIO', '8:00 PM ET', 'SUM', 'LAK', ...spGame, ...spCap, spBio, 'Close',
    ...spShare,
    'Editor\'s Picks', ...spPicks, 'More NBL Coverage', ...spVideo, 'Top Headlines', ...spTop, ...spFoot, spCopy,
  ],
};

export const HELDOUT83_B: readonly TestPage[] = [spnStory, ghostPost];
