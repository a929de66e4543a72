import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, table } from './pages-heldout286-kit.js';

/**
 * Held-out batch 286, file b: a cricket scorecard page in the ESPNcricinfo style (Next.js, `ds-` design-system classes,
 * `__NEXT_DATA__`) whose main text is a short match report above the scorecard tables, and an ESPN-style basketball game
 * recap (gamepackage layout with the score strip, box score and the story body).
 */
const cTitle = 'Fenwick seal series as Adeyemi’s 94 outlasts Sarn Valley’s late charge';
const cBody = [
  j(
    'Fenwick Harriers won the third one-day match by 23 runs at Millbrook Park to take the series 2-1, with the opener Kola Adeyemi',
    'making 94 from 101 balls before the spinners closed out a tense chase.',
  ),
  j(
    'Sarn Valley needed 71 from the last ten overs with six wickets in hand when their captain Ravi Menon, on 63, was stumped off the',
    'left-arm spinner Declan Hurst. The last five wickets fell for 31 runs.',
  ),
  j(
    '“We knew if we took Ravi out we had a chance,” Hurst said. “The ball started to grip after the 30th over and we kept it',
    'simple, just hitting the top of off stump.”',
  ),
  j(
    'Adeyemi, dropped on 12 at slip, put on 118 for the second wicket with Ollie Strand and was run out six short of a second',
    'century of the series. Fenwick’s 268 for 8 looked around 20 below par on a flat pitch, but their bowlers held their nerve.',
  ),
];
const cNav = ['Live Scores', 'Series', 'Teams', 'News', 'Features', 'Videos', 'Stats'];
const cTabs = ['Summary', 'Scorecard', 'Report', 'Commentary', 'Stats', 'Overs', 'Table'];
const cCrumb = ['Sarn Valley tour of Fenwick 2026', '3rd ODI'];
const cMore = ['Hurst: ‘The ball started to grip after the 30th over’', 'Menon rues missed chance as series slips away', 'Stats: Adeyemi’s record run'];
const cFoot = ['About us', 'Careers', 'Terms of Use', 'Privacy Policy', 'Interest-Based Ads', 'Do Not Sell or Share My Personal Information'];
const bat = table(
  ['Batting', '', 'R', 'B', '4s', '6s', 'SR'],
  [
    ['Kola Adeyemi', 'run out (Menon)', '94', '101', '9', '2', '93.06'],
    ['Tom Lacey', 'c Iyer b Shore', '8', '14', '1', '0', '57.14'],
    ['Ollie Strand', 'b Sastry', '57', '66', '4', '1', '86.36'],
    ['Declan Hurst', 'not out', '22', '19', '2', '0', '115.78'],
  ],
  'ds-w-full ds-table ds-table-md ds-table-auto ci-scorecard-table',
);
const bowl = table(
  ['Bowling', 'O', 'M', 'R', 'W', 'ECON'],
  [
    ['Declan Hurst', '10', '1', '38', '3', '3.80'],
    ['Asha Penrose', '9.2', '0', '47', '3', '5.03'],
  ],
  'ds-w-full ds-table ds-table-md ds-table-auto',
);
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>FH vs SV Cricket Scorecard, 3rd ODI at Millbrook, February 08, 2026</title>
<meta name="description" content="Get the live scorecard and match report of Fenwick vs Sarn Valley 3rd ODI."><meta property="og:type" content="website">
<link rel="canonical" href="https://www.cricketdesk.example/series/sarn-valley-tour-2026/fenwick-vs-sarn-valley-3rd-odi/full-scorecard">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Fenwick vs Sarn Valley, 3rd ODI",
"startDate":"2026-02-08"}</script>
<link rel="preload" href="/_next/static/css/8d21.css" as="style"><script src="/_next/static/chunks/webpack-41.js" defer></script></head>
<body><div id="__next"><div class="ds-bg-color-bg ds-overflow-x-hidden"><header class="ds-sticky ds-top-0 ds-z-40 ds-bg-ui-fill-translucent">
<a href="/" class="ds-block" title="CricketDesk"><span class="ds-text-title-s">CricketDesk</span></a>
<nav class="ds-flex ds-items-center"><ul class="ds-flex">${links(cNav, 'ds-px-3 ds-text-compact-s')}</ul></nav></header>
<div class="ds-container ds-flex ds-space-x-5"><div class="ds-grow"><div class="ds-bg-fill-content-prime ds-rounded-xl">
<div class="ds-text-tight-xs ds-text-typo-mid3"><a href="/series/sarn-valley-tour-2026" class="ds-inline-flex">${cCrumb[0]}</a> · <span>${cCrumb[1]}</span>
<span> · Millbrook Park, February 08, 2026</span></div>
<div class="ci-team-score ds-flex"><span class="ds-text-tight-l ds-font-bold">Fenwick</span><strong>268/8</strong></div>
<div class="ci-team-score ds-flex"><span class="ds-text-tight-l ds-font-bold">Sarn Valley</span><span>(48.1/50 ov, T:269)</span><strong>245</strong></div>
<p class="ds-text-tight-s ds-font-medium ds-truncate ds-text-typo"><span>Fenwick won by 23 runs</span></p>
<p class="ds-text-tight-s">Player Of The Match: Kola Adeyemi</p>
<nav class="ds-nav-tabs"><ul class="ds-flex">${links(cTabs, 'ds-tab')}</ul></nav></div>
<div class="ds-mt-3 ds-bg-fill-content-prime"><div class="ds-p-0"><article class="ci-story-body">
<h1 class="ds-text-title-m ds-font-bold">${cTitle}</h1>
<div class="ds-flex ds-items-center ds-text-compact-xs ds-text-typo-mid3"><span>Report</span><span class="ci-story-author">Priya Castellan</span>
<span class="ci-story-date">08-Feb-2026</span><span class="ci-story-time">• 3 min read</span></div>
<div class="ci-html-content">${ps(cBody, ' class="ci-html-content ds-mb-4"')}</div>
<a href="/series/sarn-valley-tour-2026/report" class="ds-link">Read full report</a></article></div></div>
<div class="ds-mt-3 ds-bg-fill-content-prime"><div class="ds-flex ds-px-4"><span class="ds-text-title-xs ds-font-bold">Fenwick Innings</span>
<span>(50 ovs maximum)</span></div>
<div class="ds-p-0">${bat}</div><div class="ds-p-0">${bowl}</div>
<div class="ds-text-tight-s">Fall of wickets: 1-19 (Tom Lacey, 4.2 ov), 2-137 (Ollie Strand, 28.5 ov)</div></div>
<div class="ds-mt-3"><div class="ds-text-title-xs ds-font-bold">Match Details</div><table class="ds-table ds-table-sm"><tbody>
<tr><td>Toss</td><td>Sarn Valley, elected to field first</td></tr><tr><td>Umpires</td><td>Mira Holt, Jonah Saville</td></tr></tbody></table></div></div>
<aside class="ds-w-[300px] ds-shrink-0"><div class="ds-bg-fill-content-prime"><div class="ds-text-title-xs ds-font-bold">More from this match</div>
<ul>${links(cMore, 'ds-py-2')}</ul></div><div class="ds-ad-slot"><span class="ds-text-tight-xs">Advertisement</span><div id="ad-mpu1"></div></div></aside></div>
<footer class="ds-bg-fill-content-alternate"><ul class="ds-flex ds-flex-wrap">${links(cFoot, 'ds-px-2')}</ul>
<p class="ds-text-tight-xs">© 2026 CricketDesk Digital. All rights reserved.</p></footer></div></div>
<div id="onetrust-banner-sdk" class="otCenterRounded"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and measure
performance.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"appPageProps":{"data":{"match":{"objectId":1450233,"status":"RESULT",
"statusText":"Fenwick won by 23 runs"}}}},"page":"/series/[seriesSlug]/[matchSlug]/full-scorecard","buildId":"zQ1v"}</script></body></html>`;
const cricket: TestPage = {
  name: 'heldout286-cricketdesk-nextjs-scorecard',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: ['Priya Castellan', '08-Feb-2026', '• 3 min read', 'Millbrook Park, February 08, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CricketDesk', ...cNav, ...cCrumb, 'Fenwick won by 23 runs', 'Player Of The Match: Kola Adeyemi', ...cTabs.filter((t) => t !== 'Stats'),
    'Read full report', 'Fenwick Innings', '(50 ovs maximum)', 'Fall of wickets: 1-19 (Tom Lacey, 4.2 ov), 2-137 (Ollie Strand, 28.5 ov)', 'Match Details',
    'Toss', 'Sarn Valley, elected to field first', 'Umpires', 'Mira Holt, Jonah Saville', 'More from this match', ...cMore, 'Advertisement', ...cFoot,
    '© 2026 CricketDesk Digital. All rights reserved.', 'We and our partners use cookies to personalise content and measure performance.', 'I Accept',
    'Cookie Preferences',
  ],
};

const eTitle = 'Okonkwo scores 38 as Harbor City Gulls rally past Denton Vipers in overtime';
const eBody = [
  j(
    'HARBOR CITY -- Emeka Okonkwo scored 38 points, including seven in overtime, and the Harbor City Gulls erased a 17-point',
    'third-quarter deficit to beat the Denton Vipers 121-116 on Tuesday night.',
  ),
  j(
    'Okonkwo made 14 of 25 shots and added nine rebounds and six assists. His step-back 3-pointer with 1:02 left in overtime',
    'gave the Gulls a lead they did not give up, and he sealed it with two free throws with 8.4 seconds remaining.',
  ),
  j(
    'Marcus Lindqvist had 22 points and 12 rebounds for Harbor City, which has won four straight. Reserve guard Toby Ainsworth',
    'scored 11 of his 15 points in the fourth quarter, when the Gulls outscored Denton 34-19.',
  ),
  j(
    'Jalen Whitcombe led the Vipers with 31 points, and Andre Solano added 24. Denton, which had won three in a row, missed',
    'all six of its shots in overtime after Whitcombe fouled out with 2:40 left in the extra period.',
  ),
  j(
    '"We just kept telling each other to get one stop at a time," Okonkwo said. "Down 17, you can\'t get it back in one',
    'possession. Toby came in and changed the energy for us."',
  ),
];
const eHeads = ['Takeaways', 'Up next'];
const eTake = [
  'Vipers: Denton committed 19 turnovers, leading to 27 Harbor City points.',
  'Gulls: Harbor City held Denton to 38% shooting in the second half after allowing 58% before the break.',
];
const eNext = ['Vipers: Host Salt Flats on Thursday night.', 'Gulls: At Pinecrest on Friday night.'];
const eNav = ['NFL', 'NBA', 'NCAAF', 'NHL', 'MLB', 'Soccer', 'More Sports', 'Watch', 'Fantasy'];
const eTabs = ['Gamecast', 'Recap', 'Box Score', 'Play-by-Play', 'Team Stats'];
const eSide = ['Whitcombe fouls out as Vipers streak ends', 'Power Rankings: Gulls climb into the top eight', 'Ainsworth’s bench burst, explained'];
const eFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your US State Privacy Rights',
  'Children’s Online Privacy Policy',
  'Interest-Based Ads',
  'About Nielsen Measurement',
];
const box = table(
  ['starters', 'MIN', 'PTS', 'REB', 'AST', 'FG', '3PT'],
  [
    ['E. Okonkwo', '44', '38', '9', '6', '14-25', '4-9'],
    ['M. Lindqvist', '39', '22', '12', '2', '9-15', '0-1'],
    ['T. Ainsworth', '24', '15', '3', '4', '5-8', '3-5'],
  ],
  'Table Table--align-right',
  'Table__TH',
  'Table__TD',
);
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vipers 116-121 Gulls (Feb 10, 2026) Game Recap - ESPN</title>
<meta name="description" content="${j(eBody[0] ?? '').slice(0, 120)}"><meta property="og:site_name" content="ESPN"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.espn.example/nba/recap/_/gameId/401705512">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2026-02-11T05:14:00Z",
"author":{"@type":"Organization","name":"Associated Press"}}</script>
<script>window['__espnfitt__']={"page":{"content":{"gamepackage":{"gmInfo":{"gid":"401705512"}}}}};</script></head>
<body class="nba gamepackage"><div id="espnfitt"><div class="PageLayout page-container cf"><header class="db Site__Header__Wrapper">
<nav id="global-nav" class="global-nav"><ul>${links(eNav, 'sports menu-nba')}</ul></nav></header>
<div class="Gamestrip relative overflow-hidden"><div class="Gamestrip__Team Gamestrip__Team--away"><span class="ScoreCell__TeamName">Vipers</span>
<span class="Gamestrip__Record">33-21, 14-12 Away</span><div class="Gamestrip__Score">116</div></div>
<div class="Gamestrip__Overview"><div class="ScoreCell__Time Gamestrip__Time h9">Final/OT</div></div>
<div class="Gamestrip__Team Gamestrip__Team--home"><span class="ScoreCell__TeamName">Gulls</span><span class="Gamestrip__Record">30-24, 18-9 Home</span>
<div class="Gamestrip__Score">121</div></div></div>
<nav class="Nav__Secondary"><ul class="Nav__Secondary__Menu">${links(eTabs, 'Nav__Secondary__Menu__Item')}</ul></nav>
<div class="PageLayout__Main"><section class="Card Boxscore"><header class="Card__Header"><h3 class="Card__Header__Title">Box Score</h3></header>
<div class="Boxscore__Team"><div class="BoxscoreItem__TeamName">HC Gulls</div>${box}</div>
<a href="/nba/boxscore/_/gameId/401705512" class="AnchorLink Boxscore__Link">Full Box Score</a></section>
<article class="Story"><header class="Story__Header"><h1 class="Story__Headline">${eTitle}</h1>
<div class="Byline"><ul class="Byline__Meta"><li class="Byline__Author">Associated Press</li>
<li class="Byline__Meta--publishDate">Feb 11, 2026, 12:14 AM ET</li></ul></div>
<div class="Story__Share"><button class="Share__Button" aria-label="Share on Facebook">Facebook</button><button class="Share__Button">Email</button>
<button class="Share__Button">Print</button></div></header>
<div class="Story__Body t__body">${ps(eBody)}
<h2>${eHeads[0]}</h2>
${ps(eTake)}
<h2>${eHeads[1]}</h2>
${ps(eNext)}</div></article></div>
<aside class="PageLayout__RightAside"><section class="Card"><header class="Card__Header"><h3 class="Card__Header__Title">Top Headlines</h3></header>
<ul class="headlineStack__list">${links(eSide, 'headlineStack__listItem')}</ul></section>
<div class="AdWrapper"><span class="ad-slot-label">Advertisement</span><div id="ad-banner-incontent"></div></div></aside>
<footer class="Site__Footer"><ul class="Footer__Links">${links(eFoot, 'Footer__Link')}</ul>
<p class="Footer__Copyright">Copyright: © 2026 ESPN Enterprises, Inc. All rights reserved.</p></footer></div></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">This website uses cookies and similar technologies to enhance user experience and to
analyze performance and traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button></div></body></html>`;
const espn: TestPage = {
  name: 'heldout286-espn-gamepackage-recap',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eBody, ...eTake, ...eNext]),
  bylines: ['Associated Press', 'Feb 11, 2026, 12:14 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, '33-21, 14-12 Away', 'Final/OT', '30-24, 18-9 Home', ...eTabs, 'HC Gulls', 'Full Box Score', 'Facebook', 'Email', 'Print',
    'Top Headlines', ...eSide, 'Advertisement', ...eFoot, 'Copyright: © 2026 ESPN Enterprises, Inc. All rights reserved.',
    'This website uses cookies and similar technologies to enhance user experience and to analyze performance and traffic.', 'Accept All',
  ],
};

export const HELDOUT286_B: readonly TestPage[] = [cricket, espn];
