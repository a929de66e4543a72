import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file a2: a county cricket match report on an ESPNcricinfo-style scorecard site (the site nav, the
 * match header card with scores and result, the match tabs, the report's summary line, author and date, the photo caption,
 * "Also read" boxes between paragraphs, ad slots with "Advertisement" labels, the "Match details" panel, the series
 * rail, the hidden login modal, the consent banner and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const crTitle = "Ashdown's five-for drags Hollinshire over the line as Stanmere fall 59 short";
const crDek = "Left-arm spinner takes 5 for 61 on the final afternoon after Patel's century threatened an unlikely chase";
const crP1 = paras(`
For most of the final day at Wrexford it looked as if Stanmere might do something nobody in the ground had thought
possible at lunch on the third. Set 311 to win in a minimum of 86 overs, they reached 203 for 3 with Ravi Patel past his
hundred and the old ball doing very little. Then Hollinshire captain George Whitlock threw the ball to Sam Ashdown from the
Brewery End, and the match turned in the space of five overs.

Ashdown, a 22-year-old left-arm spinner playing only his sixth first-class game, had Patel caught at slip for 104 with one
that turned and bounced, and in his next over trapped Joe Halloran lbw for a duck. Stanmere lost their last seven wickets for
48, and Ashdown finished with 5 for 61, the first five-wicket haul of his career.`);
const crAlso = ['Also read: Whitlock calls for more spin-friendly pitches in September', 'Also read: Patel named in Lions squad for winter tour'];
const crP2 = paras(`
"I was a bit nervous when George gave me the ball, to be honest," Ashdown said. "Ravi was playing beautifully and I
just tried to keep it simple, land it on the rough and let the pitch do the rest. When the one to Ravi bounced I knew we
had a chance."

Hollinshire's victory, their fourth of the season, lifts them to third in the table, 11 points behind leaders Castlegate
with one round to play. Stanmere stay sixth and are now safe from relegation after other results went their way.`);
const crH1 = "Patel's lone hand";
const crP3 = paras(`
It had been a remarkable innings from Patel, who came in at 14 for 2 after Stanmere lost both openers to Tom Fairbairn in
the first half hour. He drove anything full through the covers, used his feet to the spinners, and brought up his century
from 138 balls with a straight six off Whitlock.

With Callum Reid he added 142 for the third wicket, and for a while Hollinshire's bowlers were reduced to setting
defensive fields. Reid fell for 58 to a return catch just before tea, but the chase was still on at the break, with 131
needed from 30 overs and seven wickets in hand.`);
const crH2 = 'How the match was set up';
const crP4 = paras(`
The game had been finely balanced since the first morning, when Whitlock won the toss and batted on a dry surface. His
own 131 and a brisk 74 from wicketkeeper Ollie Pryce took Hollinshire to 412, and Stanmere replied with 288, Patel again
top-scoring with 97.

Whitlock declared the second innings on 186 for 7 half an hour into the final morning, a decision that looked generous
for most of the day and shrewd by the end of it. "You have to give the other side a sniff to win games in September," he
said. "I would rather lose trying than draw another one."`);
const crNav = ['Live Scores', 'Series', 'Teams', 'News', 'Features', 'Videos', 'Stats', 'Fantasy'];
const crTabs = ['Live', 'Scorecard', 'Report', 'Commentary', 'Stats', 'Photos', 'Fan Ratings'];
const crHeader = [
  'County Championship Division One, Wrexford, September 24 - 27, 2026',
  'Hollinshire',
  '412 & 186/7d',
  'Stanmere',
  '288 & 251',
  'Hollinshire won by 59 runs',
  'RESULT',
  'Player Of The Match',
];
const crCaption = 'Sam Ashdown celebrates the wicket of Ravi Patel on the final afternoon';
const crCredit = 'Ashley Crane/Getty Images';
const crDetails = ['Match details', 'Toss', 'Hollinshire, elected to bat first', 'Umpires', 'Points', 'Hollinshire 22, Stanmere 5'];
const crRail = [
  'Castlegate close in on title after Moreland collapse',
  'Fairbairn signs two-year extension with Hollinshire',
  'Division Two: Elmbridge promoted with a game to spare',
  'Stats - Ashdown joins elite list of young spinners',
];
const crFoot = ['Terms of Use', 'Privacy Policy', 'Your Privacy Choices', 'Interest-Based Ads', 'Do Not Sell My Info', 'Feedback', 'Contact Us'];
const crLogin = ['Log in with', 'Continue with Google', 'Continue with Apple', 'Log in with email'];
const crCookie = [
  'We and our partners store and access information on your device to serve ads and measure how our content is used.',
  'I Agree',
  'Manage Preferences',
];
const crAd = (id: string): string => `<div class="ds-ad-container" id="${id}"><div class="ds-text-tight-xs ds-text-typo-mid3">Advertisement</div>
<div class="ad-slot" data-slot="/11384922/scorecard/${id}"></div></div>`;
const crHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hollinshire vs Stanmere, County Championship Division One Report | ScoreCric</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${crDek}">
<meta property="og:title" content="${crTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.scorecric.example/series/county-championship-2026/hollinshire-vs-stanmere-64th-match/match-report">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${crTitle}",
"author":[{"@type":"Person","name":"Tom Ellery"}],"datePublished":"2026-09-27T17:41:00Z","publisher":{"@type":"Organization","name":"ScoreCric"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://static.scorecric.example/static/css/main.4f2d.css"></head>
<body><div id="__next"><div class="ds-bg-color-bg">
<header class="ds-bg-fill-navbar"><div class="ds-flex ds-items-center"><a href="/" title="ScoreCric Home"><img alt="ScoreCric" src="/logo.svg"></a>
<nav><ul class="ds-flex ds-space-x-4">${links(crNav, 'ds-text-compact-s')}</ul></nav>
<button class="ds-button" data-modal="login">Log in</button></div></header>
${crAd('leaderboard')}
<main><div class="ds-container">
<div class="ds-rounded-xl ds-bg-fill-content-prime ds-p-4 match-header" data-testid="match-header">
<div class="ds-text-tight-m ds-font-regular ds-text-typo-mid3">${crHeader[0]}</div>
<div class="ci-team-score"><span class="ds-text-tight-l">${crHeader[1]}</span><strong>${crHeader[2]}</strong></div>
<div class="ci-team-score"><span class="ds-text-tight-l">${crHeader[3]}</span><strong>${crHeader[4]}</strong></div>
<p class="ds-text-tight-s ds-font-medium ds-truncate ds-text-typo"><span>${crHeader[5]}</span></p>
<span class="ds-text-tight-xs ds-font-bold ds-uppercase ds-text-typo-mid3">${crHeader[6]}</span>
<div class="ds-potm"><span class="ds-text-eyebrow-xs">${crHeader[7]}</span><a href="/cricketers/sam-ashdown-1288421">Sam Ashdown</a></div></div>
<nav class="ds-tabs" aria-label="Match navigation"><ul class="ds-flex">${links(crTabs, 'ds-tab')}</ul></nav>
<div class="ds-flex ds-space-x-5"><div class="ds-grow">
<article class="ds-bg-fill-content-prime ds-rounded-xl ds-p-4 ci-story-wrapper">
<h1 class="ds-text-title-l ds-font-bold">${crTitle}</h1>
<p class="ds-text-comfortable-l ds-text-typo-mid2 ci-story-summary">${crDek}</p>
<div class="ds-flex ds-items-center ci-story-author"><img class="ds-rounded-full" alt="Tom Ellery" src="/authors/tom-ellery.jpg">
<div><a href="/author/tom-ellery-8812" class="ds-text-tight-m ds-font-bold">Tom Ellery</a>
<span class="ds-text-tight-s ds-text-typo-mid3">27-Sep-2026</span></div></div>
<figure class="ci-story-image"><img src="https://img1.scorecric.example/db/PICTURES/CMS/402100/402177.jpg" alt="Sam Ashdown">
<figcaption class="ds-text-tight-s ds-text-typo-mid3">${crCaption}<span class="ds-block">${crCredit}</span></figcaption></figure>
<div class="ci-html-content">
${ps(crP1)}
<div class="ci-also-read"><a href="/story/whitlock-spin-pitches-1422918">${crAlso[0]}</a></div>
${ps(crP2)}
${crAd('mid-article')}
<h2>${crH1}</h2>
${ps(crP3)}
<div class="ci-also-read"><a href="/story/patel-lions-squad-1422840">${crAlso[1]}</a></div>
<h2>${crH2}</h2>
${ps(crP4)}
</div></article></div>
<aside class="ds-w-[320px]"><div class="ds-rounded-xl match-details"><h3 class="ds-text-title-xs">${crDetails[0]}</h3>
<table class="ds-table"><tbody><tr><td>${crDetails[1]}</td><td>${crDetails[2]}</td></tr>
<tr><td>${crDetails[3]}</td><td>Neil Amberley, Rashid Qureshi</td></tr><tr><td>${crDetails[4]}</td><td>${crDetails[5]}</td></tr></tbody></table></div>
${crAd('sidebar-mpu')}
<div class="ds-rounded-xl series-stories"><h3 class="ds-text-title-xs">More from County Championship</h3>
<ul>${links(crRail, 'ds-border-b')}</ul></div></aside></div>
</div></main>
<footer class="ds-bg-fill-navbar"><ul class="ds-flex ds-flex-wrap">${links(crFoot)}</ul>
<p class="ds-text-tight-xs">© 2026 ScoreCric Digital Media Ltd. All rights reserved.</p></footer>
<div class="ds-modal ds-hidden" id="login-modal" aria-hidden="true"><p class="ds-text-title-s">${crLogin[0]}</p>
${crLogin
  .slice(1)
  .map((t) => `<button class="ds-button ds-button-outline">${t}</button>`)
  .join('\n')}</div>
</div></div>
<div id="consent-banner" class="truste_box_overlay"><p>${crCookie[0]}</p><button id="truste-consent-button">${crCookie[1]}</button>
<button id="truste-show-consent">${crCookie[2]}</button></div>
</body></html>`;

export const cricketPage: TestPage = {
  name: 'heldout189-scorecric-match-report',
  kind: 'news',
  html: crHtml,
  title: crTitle,
  headings: [crH1, crH2],
  body: texts([crDek, ...crP1, ...crP2, ...crP3, ...crP4]),
  bylines: ['Tom Ellery', '27-Sep-2026'],
  furniture: [
    ...new Set([
      ...crNav,
      'Log in',
      'Advertisement',
      ...crHeader,
      ...crTabs,
      crCaption,
      crCredit,
      ...crAlso,
      ...crDetails,
      'Neil Amberley, Rashid Qureshi',
      'More from County Championship',
      ...crRail,
      ...crFoot,
      '© 2026 ScoreCric Digital Media Ltd. All rights reserved.',
      ...crLogin,
      ...crCookie,
    ]),
  ],
};
