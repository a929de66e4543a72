import { links, type TestPage, texts } from './page-kit.js';
import { reachRegional } from './pages-heldout20-d2.js';

/**
 * Held-out batch 20, file d: an ESPN-style NBA game recap page (the global nav and NBA sub-nav, the gamestrip with team
 * names, abbreviations, records, scores, "Final" and the line score table, the Gamecast/Recap/Box Score tabs, the recap
 * headline, the "Associated Press" byline and timestamp, an inline photo with caption, the AP recap text with its dateline
 * and "Takeaways", "Key moment", "Key stat" and "Up next" heads, then "Game Information", "Game Leaders", "NBA News" and
 * video rails, the consent banner and the footer).
 */
const esTitle = 'Moore scores 34 as Kings hold off Grizzlies for fourth straight win';
const esBody1 = [
  'SACRAMENTO, Calif. -- Jalen Moore scored 34 points, including 12 in the fourth quarter, and the Sacramento Kings held off the ' +
    'Memphis Grizzlies 112-108 on Tuesday night for their fourth straight win.',
  'Tariq Bell added 21 points and 13 rebounds for Sacramento, and rookie Luca Ferreira had 15 points off the bench, hitting three ' +
    '3-pointers in the third quarter as the Kings turned a seven-point halftime deficit into a lead they never gave back.',
  'Desmond Hale led Memphis with 29 points and nine assists. Andre Whitfield scored 22 and Kofi Mensah had 17 points and 11 rebounds ' +
    'for the Grizzlies, who had won three in a row.',
  'Sacramento trailed 61-54 at halftime after Memphis made 9 of its first 14 3-point attempts, but Ferreira opened the third quarter ' +
    'with back-to-back 3s and the Kings went ahead for good on a Moore layup with 4:12 left in the period.',
  'Moore, who missed two games last week with a sprained ankle, scored nine straight Sacramento points early in the fourth to push the ' +
    "lead to 102-91. Memphis answered with a 15-6 run, cutting it to 108-106 on Whitfield's 3-pointer with 41 seconds left.",
  '"We just kept telling each other to get stops," Moore said. "The shots were going to come. They always do in this building."',
];
const esH1 = 'Takeaways';
const esBody2 = [
  'Grizzlies: Memphis shot 52% in the first half but went cold after the break, making just 4 of 19 3-point attempts in the second half.',
  'Kings: Sacramento has won four straight for the first time this season, and Moore has scored at least 30 in three of those games.',
];
const esH2 = 'Key moment';
const esBody3 = [
  'With Memphis within 110-108 and 14 seconds left, Hale drove into the lane and was stripped by Bell, who was fouled and made both free ' +
    'throws to seal it.',
];
const esH3 = 'Key stat';
const esBody4 = ['The Kings outscored the Grizzlies 24-8 in fast-break points, 18 of them after Memphis turnovers.'];
const esH4 = 'Up next';
const esBody5 = ['Grizzlies: Host Dallas on Thursday night.', 'Kings: At Phoenix on Friday night.'];
const esNav = ['NFL', 'NBA', 'NHL', 'NCAAF', 'NCAAM', 'NCAAW', 'Soccer', 'More Sports', 'Watch', 'Fantasy'];
const esSub = ['Home', 'Scores', 'Schedule', 'Standings', 'Stats', 'Teams', 'Players', 'Injuries', 'Transactions', 'Power Index'];
const esTabs = ['Gamecast', 'Recap', 'Box Score', 'Play-by-Play', 'Team Stats', 'Videos'];
const esCap = 'Sacramento Kings guard Jalen Moore (3) drives past Memphis Grizzlies guard Desmond Hale during the second half Tuesday. (AP Photo/Rich Calder)';
const esInfo = ['Game Information', 'Golden 1 Center', '7:00 PM, November 11, 2025', 'Sacramento, CA', 'Attendance: 16,842', 'Capacity: 17,608'] as const;
const esRefs = 'Referees: Dale Whitcomb, Maria Esquivel, Tom Hardesty';
const esLeaders = [
  ['Points', 'Desmond Hale', '29 PTS, 11-22 FG, 3-8 3PT', 'Jalen Moore', '34 PTS, 12-21 FG, 4-9 3PT'],
  ['Rebounds', 'Kofi Mensah', '11 REB, 3 OREB', 'Tariq Bell', '13 REB, 4 OREB'],
];
const esNews = [
  'Sources: Grizzlies exploring trades for backup center before deadline',
  'NBA Power Rankings: Who climbed after a busy week?',
  'Fantasy basketball waiver wire: Pick up Luca Ferreira now',
];
const esVideos = [
  ["Jalen Moore pours in 34 in Kings' win", '0:58'],
  ['Tariq Bell strips Desmond Hale to seal it', '0:24'],
];
const esFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  "Children's Online Privacy Policy",
  'Interest-Based Ads',
  'About Nielsen Measurement',
  'Do Not Sell or Share My Personal Information',
  'Contact Us',
  'Disney Ad Sales Site',
  'Work for ESPN',
  'Corrections',
];
const esCopy = 'Copyright: © 2025 ESPN Enterprises, Inc. All rights reserved.';
const esTeam = (cls: string, name: string, abbr: string, rec: string, score: string): string =>
  `<div class="Gamestrip__Team Gamestrip__Team--${cls}"><div class="Gamestrip__Info"><a class="AnchorLink truncate" href="/nba/team/_/name/${abbr}">
<h2 class="ScoreCell__TeamName ScoreCell__TeamName--displayName">${name}</h2></a><span class="ScoreCell__Abbrev">${abbr.toUpperCase()}</span>
<div class="Gamestrip__Record db n10 clr-gray-03">${rec}</div></div><div class="Gamestrip__Score relative tc w-100 fw-heavy-900">${score}</div></div>`;
const esP = (t: string): string => `<p>${t}</p>`;
const esHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Grizzlies 108-112 Kings (Nov 11, 2025) Game Recap - ESPN</title>
<meta name="description" content="Get a summary of the Memphis Grizzlies vs. Sacramento Kings basketball game.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esTitle}",
"datePublished":"2025-11-12T06:18:00Z","author":{"@type":"Organization","name":"Associated Press"}}</script>
<script>window['__espnfitt__']={"page":{"content":{"gamepackage":{"gmInfo":{"attnd":16842}}}}};</script></head>
<body class="desktop"><div id="espnfitt"><div id="global-viewport"><header class="db Site__Header__Wrapper"><a class="espn-logo" href="/">ESPN</a>
<nav id="global-nav" aria-label="Global"><ul>${links(esNav, 'sports')}</ul></nav><div class="global-user"><a href="/watch">ESPN+</a>
<button class="user-account">Log In</button></div></header>
<nav class="Nav__Secondary" aria-label="NBA"><span class="Nav__Secondary__Title">NBA</span><ul>${links(esSub, 'Nav__Secondary__Menu__Item')}</ul></nav>
<div class="Gamestrip Gamestrip--xl" data-testid="gamestrip"><div class="Gamestrip__Competitors relative flex">
${esTeam('away', 'Grizzlies', 'mem', '9-5, 4-3 Away', '108')}
<div class="Gamestrip__Overview"><div class="ScoreCell__Time Gamestrip__Time h9 clr-gray-01">Final</div>
<table class="Table Table--align-center"><thead><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>T</th></tr></thead><tbody>
<tr><td>MEM</td><td>31</td><td>30</td><td>22</td><td>25</td><td>108</td></tr><tr><td>SAC</td><td>27</td><td>27</td><td>31</td><td>27</td><td>112</td></tr>
</tbody></table></div>
${esTeam('home', 'Kings', 'sac', '8-7, 5-2 Home', '112')}</div></div>
<nav class="GamePackage__Tabs" aria-label="Game"><ul>${links(esTabs, 'tabs__list__item')}</ul></nav>
<main id="fittPageContainer" class="pageContent"><div class="PageLayout page-container"><div class="PageLayout__Main">
<section class="Card Story"><header class="Story__Header"><h1 class="Story__Title">${esTitle}</h1>
<div class="Byline"><ul class="Byline__Meta"><li class="Byline__Author">Associated Press</li>
<li class="Byline__Meta--publishDate">Nov 12, 2025, 01:18 AM ET</li>
</ul></div></header><div class="Story__Body t__body">
<aside class="inline inline-photo full"><figure><picture><img src="https://a.espncdn.example/photo/2025/1112/r1578112_1296x729_16-9.jpg" alt=""></picture>
<figcaption class="photoCaption">${esCap}</figcaption></figure></aside>
${esBody1.map(esP).join('\n')}
<h2>${esH1}</h2>
${esBody2.map(esP).join('\n')}
<div class="ad-slot ad-slot-incontent" data-slot-type="incontent" data-slot-kvps="pos=incontent"></div>
<h2>${esH2}</h2>
${esBody3.map(esP).join('\n')}
<h2>${esH3}</h2>
${esBody4.map(esP).join('\n')}
<h2>${esH4}</h2>
${esBody5.map(esP).join('\n')}
<p class="ap-note">___</p><p class="ap-note">AP NBA: <a href="https://apnews.example/hub/nba">https://apnews.example/hub/nba</a></p>
</div></section>
<section class="Card GameInfo"><div class="Card__Header"><h2 class="Card__Header__Title">${esInfo[0]}</h2></div>
<div class="GameInfo__Location"><span class="GameInfo__Location__Name">${esInfo[1]}</span><span class="GameInfo__Meta">${esInfo[2]}</span>
<span class="GameInfo__Location__City">${esInfo[3]}</span></div><div class="Attendance"><span>${esInfo[4]}</span><span>${esInfo[5]}</span></div>
<div class="GameInfo__Refs">${esRefs}</div></section>
<section class="Card GameLeaders"><div class="Card__Header"><h2 class="Card__Header__Title">Game Leaders</h2></div>
${esLeaders
  .map(
    ([stat, a, as, b, bs]) => `<div class="GameLeaders__Category"><h3>${stat}</h3><div class="Athlete"><span class="Athlete__PlayerName">${a}</span>
<span class="Athlete__Stats">${as}</span></div>
<div class="Athlete"><span class="Athlete__PlayerName">${b}</span><span class="Athlete__Stats">${bs}</span></div></div>`,
  )
  .join('\n')}
</section></div>
<aside class="PageLayout__RightAside"><section class="Card News"><h2 class="Card__Header__Title">NBA News</h2><ul>${links(esNews, 'contentItem')}</ul></section>
<section class="Card Videos"><h2 class="Card__Header__Title">Videos</h2><ul>${esVideos
  .map(
    ([t, d]) => `<li class="VideoTile"><a href="/video/clip">
<span class="VideoTile__Title">${t}</span><span class="VideoTile__Duration">${d}</span></a></li>`,
  )
  .join('\n')}</ul></section></aside></div></main>
<div id="onetrust-banner-sdk" role="alertdialog"><p>We and our partners use cookies to personalize content and ads and to analyze site traffic.</p>
<button>Accept All</button><button>Cookie Settings</button></div>
<footer class="page-footer"><ul>${links(esFoot)}</ul><p class="copyright">${esCopy}</p></footer></div></div></body></html>`;
const espn: TestPage = {
  html: esHtml,
  name: 'heldout20-espn-game-recap',
  kind: 'news',
  // the dateline "SACRAMENTO, Calif. --" is written into the first paragraph and stays body; the four AP heads are the
  // headings and the short team lines under "Takeaways" and "Up next" are body; "Associated Press" and the timestamp are
  // bylines; the gamestrip (team names, records, line score, "Final"), tabs, photo caption, the AP hub note, "Game
  // Information" with venue, attendance and referees, "Game Leaders", "NBA News", videos, consent banner, navs and footer are
  // furniture; bare numbers (scores, line score) and the team names "Grizzlies"/"Kings", which are words of the body's short
  // lines, are left out; the sub-nav's "Home" is kept (no short gold line has it)
  title: esTitle,
  headings: [esH1, esH2, esH3, esH4],
  body: [...texts(esBody1), ...esBody2, ...esBody3, ...esBody4, ...esBody5],
  bylines: ['Associated Press', 'Nov 12, 2025, 01:18 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ESPN', ...esNav, 'ESPN+', 'Log In', ...esSub, 'MEM', '9-5, 4-3 Away', 'Final', 'SAC', '8-7, 5-2 Home', ...esTabs, esCap,
    'AP NBA: https://apnews.example/hub/nba', ...esInfo, esRefs, 'Game Leaders', ...esLeaders.flat(), 'NBA News', ...esNews, ...esVideos.flat(),
    'We and our partners use cookies to personalize content and ads and to analyze site traffic.', 'Accept All', 'Cookie Settings', ...esFoot,
    esCopy,
  ],
};

export const HELDOUT20_D: readonly TestPage[] = [espn, reachRegional];
