import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout704-kit.js';

/**
 * Held-out batch 704, file a: a football match report on an ESPN-like sports site (game page with gamestrip, tabs, match
 * stats and table rails), and a tabloid boxing story in the Daily Mail's article template (bullets, factbox, related carousel,
 * comments, heavy rails).
 */
const eTitle = 'Okafor’s late header sends Caldmoor top of the Albion League';
const eBody = [
  j(
    'Caldmoor United moved to the top of the Albion League for the first time in nine years on Saturday, as substitute Nnamdi Okafor',
    'headed in an 88th-minute winner to beat Fenwick Athletic 2-1 at Kestrel Park.',
  ),
  j(
    'Fenwick had looked set to leave with a point after Dario Lenk equalised with 12 minutes left, but Okafor rose above two defenders',
    'to meet Ilse Marchetti’s corner and send a crowd of 31,204 into raptures.',
  ),
  j(
    'The win takes Caldmoor one point clear of Portreath Town, who were held to a goalless draw at Saltney Vale earlier in the day,',
    'with 11 games of the season remaining.',
  ),
  j(
    '“I told him when he came on that the game would come to him,” Caldmoor manager Helena Brask said. “He has been patient all',
    'season. He sat on the bench for eight games without complaining, and today he has given us something nobody can take away.”',
  ),
  j(
    'Caldmoor had dominated the first half without reward until the 34th minute, when Tomás Rilke drove a low shot through the legs',
    'of Fenwick goalkeeper Aled Pryce from the edge of the area. Rilke has now scored in five straight league matches, and his',
    '17 goals put him three clear at the top of the scoring chart.',
  ),
  j(
    'Brask’s side should have been out of sight before the break. Marchetti hit the bar with a free kick, and Pryce saved twice',
    'from Joaquim Serra, the second a fingertip stop that his manager later called the best he had seen this season.',
  ),
  j(
    'Fenwick improved after the interval, and manager Colm Deasy was rewarded for switching to a back three when wing-back Sami',
    'Haddad’s cross found Lenk unmarked at the far post in the 78th minute.',
  ),
  j(
    '“We came here to win, not to hold on,” Deasy said. “For 20 minutes we were the better side. Then we switch off for one set',
    'piece, and that is our season in a sentence.”',
  ),
  j(
    'Fenwick, who have taken one point from their last four away games, stay ninth, eight points off the continental places.',
    'Caldmoor travel to Portreath on March 13 in a match that could decide the title, while Fenwick host bottom side Harrowgate',
    'Rangers the following day.',
  ),
];
const eNav = ['Football', 'Basketball', 'Cricket', 'Rugby', 'Tennis', 'Golf', 'More Sports', 'Watch', 'Fantasy'];
const eSub = ['Home', 'Scores', 'Fixtures', 'Tables', 'Transfers', 'Teams', 'Stats'];
const eTabs = ['Gamecast', 'Commentary', 'Report', 'Stats', 'Line-ups', 'Videos'];
const ePicks = [
  'Brask’s quiet revolution: how Caldmoor built a title challenge on a budget',
  'Albion League title race: the run-in for the top four',
  'Rilke, Marchetti and the rise of Caldmoor’s academy',
];
const eTop = [
  'Portreath held at Saltney Vale as title race tightens',
  'Harrowgate sack Vossberg after eighth straight defeat',
  'Marchetti called up for Nations Trophy qualifiers',
  'Transfer Talk: Kestrel Park bid for Lenk?',
];
const eStats = [
  ['Possession', '58%', '42%'],
  ['Shots on Goal', '7', '3'],
  ['Shot Attempts', '16', '8'],
  ['Corner Kicks', '9', '4'],
  ['Fouls', '11', '14'],
];
const eTable = [
  ['1', 'Caldmoor', '27', '56'],
  ['2', 'Portreath', '27', '55'],
  ['3', 'Westhollow', '27', '49'],
  ['4', 'Brynmawr City', '27', '47'],
];
const eFoot = [
  'Terms of Use',
  'Privacy Policy',
  'Your State Privacy Rights',
  'Interest-Based Ads',
  'Do Not Sell or Share My Personal Information',
  'Contact Us',
  'Work for PSN',
];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0">
<title>Caldmoor United 2-1 Fenwick Athletic (Mar 6, 2027) Game Analysis - PSN</title>
<meta name="description" content="Nnamdi Okafor headed an 88th-minute winner as Caldmoor United beat Fenwick Athletic 2-1 to go top.">
<meta property="og:site_name" content="PSN"><meta property="og:type" content="article"><meta property="og:title" content="${eTitle}">
<meta property="og:image" content="https://a.psncdn.com/photo/2027/0306/r1188_1296x729_16-9.jpg"><meta name="twitter:site" content="psn">
<link rel="canonical" href="https://www.psn.com/football/report/_/gameId/702214"><link rel="stylesheet"
href="https://cdn1.psn.com/fitt/b5f1/client/css/fusion.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2027-03-06T22:14:00Z","author":{"@type":"Person","name":"Rhys Tallent"},"publisher":{"@type":"Organization","name":"PSN"}}</script>
<script>window['__psnfitt__']={"app":{"device":"desktop","edition":"en-gb"},"page":{"type":"gamepage","gameId":"702214","league":"alb.1"}};</script>
</head><body class="desktop page-gamepage sport-football"><div id="psnfitt"><div id="DataWrapper">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to give you a better experience, to measure our audience and to show you ads that are relevant to you.</p>
</div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
</div></div></div></div></div></div>
<header class="db Site__Header__Wrapper sticky"><nav id="global-nav" class="global-nav" aria-label="Global navigation">
<a class="skip-link sr-only" href="#main-content">Skip to main content</a><div class="logo-wrapper"><a class="psn-logo" href="/" title="PSN">PSN</a></div>
<ul class="global-nav__list">${eNav
  .map(
    (t) => `<li class="sports"><a href="/${t.toLowerCase().replace(/ /g, '-')}"><span
class="link-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul>
<ul class="tools"><li class="search"><a href="#" class="icon-font-after icon-search-thin-solid-after"><span class="sr-only">Search</span></a></li>
<li class="user"><a href="#" data-track-nav_layer="global-nav"><span class="link-text">Log In</span></a></li></ul></nav>
<nav class="SubNav" aria-label="Football"><div class="SubNav__Title"><span>Football</span></div>
<ul class="SubNav__List">${links(eSub, 'SubNav__ListItem')}</ul></nav></header>
<div class="ad-slot ad-slot-banner ad-banner" data-slot-type="banner" data-slot-kvps="pos=banner"><span class="ad-label">Advertisement</span>
<div id="ad-banner-0" class="ad-frame"></div></div>
<main id="main-content" class="pageContent" role="main"><div class="Gamestrip relative overflow-hidden Gamestrip--post">
<div class="Gamestrip__Competitors relative flex"><div class="Gamestrip__Team Gamestrip__Team--left relative flex w-100 items-center">
<div class="Gamestrip__Info"><a class="AnchorLink" href="/football/team/_/id/3311/caldmoor-united"><h2
class="ScoreCell__TeamName ScoreCell__TeamName--displayName">
Caldmoor United</h2></a><div class="Gamestrip__Record">17-5-5, 56 pts</div></div><div class="Gamestrip__ScoreContainer"><div
class="Gamestrip__Score">2</div></div></div>
<div class="Gamestrip__Overview relative"><div class="ScoreCell__Time Gamestrip__Time h9 clr-negative">FT</div>
<div class="Gamestrip__Venue">Kestrel Park</div></div>
<div class="Gamestrip__Team Gamestrip__Team--right relative flex w-100 items-center"><div class="Gamestrip__ScoreContainer"><div
class="Gamestrip__Score">1</div></div>
<div class="Gamestrip__Info"><a class="AnchorLink" href="/football/team/_/id/3318/fenwick-athletic"><h2
class="ScoreCell__TeamName ScoreCell__TeamName--displayName">
Fenwick Athletic</h2></a><div class="Gamestrip__Record">10-8-9, 38 pts</div></div></div></div>
<div class="SoccerPerformers"><ul class="SoccerPerformers__Competitor SoccerPerformers__Competitor--left">
<li class="SoccerPerformers__Competitor__Info"><span class="Soccer__PlayerName">Tomás Rilke</span> <span class="GoalTime">34'</span></li>
<li class="SoccerPerformers__Competitor__Info"><span class="Soccer__PlayerName">Nnamdi Okafor</span> <span class="GoalTime">88'</span></li></ul>
<ul class="SoccerPerformers__Competitor SoccerPerformers__Competitor--right">
<li class="SoccerPerformers__Competitor__Info"><span class="Soccer__PlayerName">Dario Lenk</span> <span class="GoalTime">78'</span></li></ul></div></div>
<nav class="Nav__Secondary" aria-label="Game"><ul class="Nav__Secondary__Menu">${eTabs
  .map(
    (t) =>
      `<li class="Nav__Secondary__Menu__Item${t === 'Report' ? ' Nav__Secondary__Menu__Item--active' : ''}"><a class="Nav__Secondary__Menu__Link"
href="/football/${t.toLowerCase()}/_/gameId/702214"><span class="Nav__Text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="PageLayout page-container"><div class="PageLayout__Main"><section class="Card"><div class="Wrapper Card__Content"><div class="Story__Wrapper">
<div class="Story__Header"><h1 class="Story__Headline">${eTitle}</h1><div class="Byline"><div class="Byline__Author">Rhys Tallent</div>
<span class="Byline__Meta Byline__Meta--publishDate">Mar 6, 2027, 05:14 PM ET</span></div></div>
<div class="Story__Social"><ul class="social-share"><li class="facebook"><a href="#" class="share-btn"><span
class="sr-only">Share on </span><span>Facebook</span></a></li>
<li class="twitter"><a href="#" class="share-btn"><span>X</span></a></li><li class="email"><a href="#" class="share-btn"><span>Email</span></a></li>
<li class="print"><a href="#" class="share-btn"><span>Print</span></a></li></ul></div>
<div class="Story__Body t__body">${ps(eBody.slice(0, 2))}
<aside class="inline editorial float-r"><h2>Editor's Picks</h2><ul>${ePicks
  .map(
    (t, i) => `<li><a
href="/football/story/_/id/3990${i}">${t}</a></li>`,
  )
  .join('\n')}</ul>
</aside>
${ps(eBody.slice(2, 4))}
<aside class="inline inline-photo full"><figure><div class="img-wrap"><picture><img src="https://a.psncdn.com/photo/2027/0306/r1188_1296x729_16-9.jpg"
alt="Nnamdi Okafor celebrates"></picture></div><figcaption class="photoCaption">Nnamdi Okafor celebrates his winner in front of the Marsh Stand.
<cite>Lorna Quill/Vantage Images</cite></figcaption></figure></aside>
${ps(eBody.slice(4, 7))}
<div class="ad-slot ad-slot-incontent" data-slot-type="incontent"><span class="ad-label">Advertisement</span></div>
${ps(eBody.slice(7))}</div></div></div></section>
<section class="Card TopHeadlines"><header class="Card__Header"><h3 class="Card__Header__Title">Top Headlines</h3></header>
<ul class="headlineStack__list">${eTop.map((t) => `<li><a href="/football/story/_/id/40001">${t}</a></li>`).join('\n')}</ul></section></div>
<aside class="PageLayout__RightAside"><section class="Card GameInfo"><header class="Card__Header"><h3 class="Card__Header__Title">Game Information</h3></header>
<div class="GameInfo__Location"><div class="GameInfo__Location__Name">Kestrel Park</div><div class="Location__Text">Caldmoor, England</div></div>
<div class="Attendance">Attendance: 31,204</div><ul class="GameInfo__List"><li class="GameInfo__List__Item">Referee: Owain Greaves</li></ul></section>
<section class="Card MatchStats"><header class="Card__Header"><h3 class="Card__Header__Title">Match Stats</h3></header>
<div class="MatchStats__Rows">${eStats
  .map(
    ([l, a, b]) => `<div class="MatchStats__Row"><span class="MatchStats__Value">${a}</span>
<span class="MatchStats__Label">${l}</span>
<span class="MatchStats__Value">${b}</span></div>`,
  )
  .join('\n')}</div></section>
<section class="Card Standings"><header class="Card__Header"><h3 class="Card__Header__Title">2026-27 Albion League Table</h3></header>
<table class="Table"><thead><tr class="Table__sub-header"><th>Team</th>
<th>GP</th>
<th>P</th></tr></thead><tbody>${eTable
  .map(
    ([p, t, g, pts]) => `<tr class="Table__TR"><td><span class="team-position">${p}</span>
<span class="hide-mobile">${t}</span></td>
<td>${g}</td>
<td>${pts}</td></tr>`,
  )
  .join('\n')}</tbody></table><a class="AnchorLink" href="/football/standings/_/league/alb.1">Full Table</a></section>
<div class="ad-slot ad-slot-incontent" data-slot-type="rail"><span class="ad-label">Advertisement</span></div></aside></div></main>
<footer class="Site__Footer"><div class="Footer__Links"><ul>${links(eFoot)}</ul></div>
<p class="Footer__Copyright">Copyright: © PSN Enterprises, Inc. All rights reserved.</p></footer></div></div>
<script src="https://cdn1.psn.com/fitt/b5f1/client/psnfitt/runtime.js" defer></script></body></html>`;
const espn: TestPage = gold({
  name: 'heldout704-espn-match-report',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts(eBody),
  bylines: ['Rhys Tallent', 'Mar 6, 2027, 05:14 PM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you a better experience, to measure our audience and to show you ads that are relevant to you.',
    'Cookie Settings', 'Accept All Cookies', 'Skip to main content', 'PSN', ...eNav, 'Search', 'Log In', ...eSub, 'Advertisement',
    'Caldmoor United', '17-5-5, 56 pts', '2', 'FT', 'Kestrel Park', '1', 'Fenwick Athletic', '10-8-9, 38 pts', 'Tomás Rilke', "34'", 'Nnamdi Okafor',
    "88'", 'Dario Lenk', "78'", ...eTabs, 'Share on', 'Facebook', 'X', 'Email', 'Print', "Editor's Picks", ...ePicks,
    'Nnamdi Okafor celebrates his winner in front of the Marsh Stand.', 'Lorna Quill/Vantage Images', 'Top Headlines', ...eTop,
    'Game Information', 'Caldmoor, England', 'Attendance: 31,204', 'Referee: Owain Greaves', 'Match Stats', ...eStats.flat(),
    '2026-27 Albion League Table', 'Team', 'GP', 'P', ...eTable.flat(), 'Full Table', ...eFoot, 'Copyright: © PSN Enterprises, Inc. All rights reserved.',
  ],
});

const mTitle = j(
  'Heavyweight champion Marek Dolan PULLS OUT of his £20million title defence just nine days before fight night after tearing',
  'his bicep in sparring - leaving furious promoter Gus Varney to find out on social media',
);
const mBullets = [
  'Marek Dolan was due to defend his belts against Kofi Antwi-Mensah on May 22',
  'The champion suffered a partial tear of his left bicep in sparring on Monday',
  "Promoter Gus Varney said he found out about the injury 'like everyone else'",
];
const mBody = [
  j(
    'Marek Dolan has pulled out of his heavyweight title defence against Kofi Antwi-Mensah just nine days before the fight after',
    'tearing his left bicep in sparring.',
  ),
  j(
    'The 31-year-old champion was hurt on Monday during the last hard session of his training camp in Tenerife and flew home on',
    'Tuesday for a scan, which confirmed a partial tear.',
  ),
  j(
    "The bout at the Solway Arena, billed as 'Reckoning on the Firth', had sold more than 38,000 tickets and was expected to",
    'bring in around £20million in pay-per-view income.',
  ),
  j('Dolan broke the news in a video posted to his social media accounts on Wednesday night, in which he appeared with his right', 'hand resting on a sling.'),
  j(
    "'I'm absolutely gutted,' he said. 'I've given everything to this camp and I was in the shape of my life. The doctors have",
    "told me I need surgery and I can't risk my career by fighting with one arm. To every fan who bought a ticket, I'm sorry.",
    "We will get this fight on.'",
  ),
  j(
    "But promoter Gus Varney, whose Varney Fight Nights company is staging the event, said nobody from the champion's team had",
    'called him before the video went up.',
  ),
  j(
    "'I found out on social media like everyone else,' Varney told Clarion Sport. 'I've had thousands of people ringing my office",
    "and I've got nothing to tell them. I've got a challenger who's ready, a venue that's ready and a broadcaster asking me what's",
    "going on. I'm not happy, and I'm not going to pretend I am.'",
  ),
  j(
    'Antwi-Mensah, the unbeaten mandatory challenger, is understood to be furious at losing the date after turning down two other',
    'fights to wait for his shot.',
  ),
  j(
    'His trainer, Delroy Ames, posted a photograph of his fighter on the scales at 17st 2lb on Thursday morning with the words:',
    "'We're still here. We're still ready.'",
  ),
  j(
    "Varney said he would meet the arena's owners later this week to discuss a new date, with early September the most likely",
    'option. Fans who bought tickets will be able to keep them for the rescheduled fight or claim a full refund from the point',
    'of purchase.',
  ),
  j(
    'Dolan, who has 30 wins from 31 professional fights, last boxed in December, when he stopped Ruben Castellano in the seventh',
    'round in Glenmarrow to keep his belts.',
  ),
];
const mFactTitle = "MAREK DOLAN'S RECORD";
const mFacts = ['Fights: 31', 'Wins: 30 (24 by knockout)', 'Losses: 1', 'Champion since: March 2025', 'Last fight: beat Ruben Castellano, December 2026'];
const mNav = ['Home', 'News', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const mSub = ['Sport Home', 'Football', 'Boxing', 'F1', 'Cricket', 'Rugby Union', 'Tennis', 'Golf', 'Racing', 'Sports Betting'];
const mRelated = [
  "Antwi-Mensah vows to 'take the belts off Dolan' as pair come face to face",
  'Varney confirms Solway Arena for heavyweight clash',
  "Dolan's trainer reveals camp move to Tenerife",
];
const mMost = [
  'Premier Division club sack manager after 48 days',
  "Tennis star's father banned from tour events",
  'Darts ace hits two nine-darters in one night',
  'Jockey suspended for 21 days after whip ruling',
];
const mComments = [
  ['Punchdrunk1987', 'Carlisle, United Kingdom', '1 hour ago', 'Saw this coming. He has looked heavy-legged in every open workout.'],
  ['KB_in_Leeds', 'Leeds, United Kingdom', '2 hours ago', "Feel for Antwi-Mensah. Third time he's been left waiting for a shot."],
];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marek Dolan PULLS OUT of title fight after tearing bicep | Clarion Online</title>
<meta name="description" content="Marek Dolan has pulled out of his heavyweight title defence against Kofi Antwi-Mensah just nine days before the fight.">
<meta property="og:title" content="Marek Dolan PULLS OUT of £20million title defence"><meta property="og:site_name" content="Clarion Online">
<meta property="article:section" content="sport"><link rel="canonical"
href="https://www.dailyclarion.co.uk/sport/boxing/article-13811902/marek-dolan-pulls-out.html">
<link rel="stylesheet" href="https://scripts.clarion.co.uk/static/mol-fe/static/mol-fe-sync-bundle/3.41.0/styles/desktop.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Marek Dolan PULLS OUT of title fight",
"author":[{"@type":"Person","name":"Jamie Hollister"}],"datePublished":"2027-05-13T22:41:00+0100","articleSection":"sport"}</script>
<script>window.PageCriteria = {"articleId":13811902,"channel":"sport","subchannel":"boxing","keywords":"Marek Dolan,Kofi Antwi-Mensah"};</script>
</head><body class="mol-desktop sport boxing"><div id="cmp-app-container"><div class="cmp-banner" role="dialog" aria-label="Privacy">
<h2 class="cmp-title">We value your privacy</h2>
<p class="cmp-text">We, and our 1,124 partners, store and access information on your device and process personal data to personalise content and ads.</p>
<button class="cmp-button cmp-accept">I Accept</button><button class="cmp-button cmp-purposes">Show Purposes</button></div></div>
<div class="page-banner"><div class="masthead"><a href="/" class="logo">Clarion Online</a></div><ul
class="nav-primary cleared bdrgr3 cnr5">${links(mNav, 'nav-item')}</ul>
<ul class="nav-secondary cleared">${links(mSub, 'nav-item')}</ul></div>
<div class="billboard"><div class="adHolder"><span class="adLabel">Advertisement</span></div></div>
<div id="content" class="content"><div class="alpha"><div class="article-text wide heading-tag-switch" id="js-article-text">
<h1>${mTitle}</h1><ul class="mol-bullets-with-font">${lis(
  mBullets.map((t) => `<strong>${t}</strong>`),
  'class-3',
)}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&amp;authornamef=Jamie+Hollister" class="author" rel="nofollow">JAMIE HOLLISTER,
BOXING CORRESPONDENT</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2027-05-13T22:41:32+0100">22:41 BST, 13 May 2027</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2027-05-13T23:58:10+0100">23:58 BST, 13 May 2027</time></span></p>
<div class="article-icon-links-container"><ul class="article-icon-links-list"><li class="share-count-container"><div class="share-count">
<span class="count-number">412</span><span class="count-text">shares</span></div></li>
<li class="comments-count"><a href="#comments"><span class="count-number">138</span><span class="count-text">View comments</span></a></li></ul>
<ul class="social-share-top"><li class="facebook"><button>Share</button></li></ul></div>
<div itemprop="articleBody">${ps([at(mBody, 0), at(mBody, 1)], ' class="mol-para-with-font"')}
<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap"><img src="https://i.clarion.co.uk/1s/2027/05/13/22/dolan.jpg"
alt="Marek Dolan"></div></div><p class="imageCaption">Marek Dolan (left) was due to face Kofi Antwi-Mensah at the Solway Arena on May 22</p>
<span class="image-credit">Clarion Pictures</span></div>
${ps(mBody.slice(2, 5), ' class="mol-para-with-font"')}
<div class="mol-video" data-preferred-width="636"><div class="video-caption"><p class="vjs-video-title">Dolan announces injury in emotional video</p></div>
<p class="scroll-down">Scroll down for video</p></div>
${ps(mBody.slice(5, 7), ' class="mol-para-with-font"')}
<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul class="linkro-darkred">${mRelated
  .map((t) => `<li><a href="/sport/boxing/article-1380/x.html"><span class="pufftext"><strong>${t}</strong></span></a></li>`)
  .join('\n')}</ul><div class="previous disabled">Previous</div><div class="pagination">1</div><div class="next">Next</div>
<div class="share-article"><h3>Share this article</h3><a class="share-link">Share</a><a class="whats-this">What's this?</a></div></div>
<div class="mpu_puff_wrapper"><span class="adLabel">Advertisement</span></div>
${ps(mBody.slice(7, 9), ' class="mol-para-with-font"')}
<div class="mol-factbox sport floatRHS"><h3 class="mol-factbox-title">${mFactTitle}</h3><ul class="mol-factbox-list">${lis(mFacts)}</ul></div>
${ps(mBody.slice(9), ' class="mol-para-with-font"')}</div>
<div class="column-content cleared"><div class="social-share-bottom"><h3 class="social-share-title">Share or comment on this article:</h3>
<a href="#comments" class="comments-link">138 comments</a></div></div>
<div id="comments" class="reader-comments"><h3 class="comments-title">Comments 138</h3><p class="comments-prompt">Share what you think</p>
<ul class="tabs"><li>Newest</li><li>Oldest</li><li>Best rated</li><li>Worst rated</li></ul>
<p class="comments-disclaimer">The comments below have not been moderated.</p>${mComments
  .map(
    ([
      u,
      l,
      t,
      c,
    ]) => `<div class="comment"><p class="user-info"><a class="js-usr" href="/registration/profile/1">${u}</a>, <span class="user-location">${l}</span>,
<span class="time">${t}</span></p><p class="comment-body">${c}</p><div class="rating"><span class="vote-up">14</span><span class="vote-down">2</span>
<span class="click-to-rate">Click to rate</span></div></div>`,
  )
  .join('\n')}
<p class="comments-note">The views expressed in the contents above are those of our users and do not necessarily reflect the views of Clarion Online.</p>
</div></div></div>
<div class="beta"><div class="puff"><h3 class="puff-title">MOST READ SPORT</h3><ul>${mMost
  .map(
    (t) => `<li><a
href="/sport/article-1370/x.html">${t}</a></li>`,
  )
  .join('\n')}
</ul></div><div class="mpu_puff_wrapper"><span class="adLabel">Advertisement</span></div></div></div>
<div class="footer"><ul class="footer-links">${links(['Terms', 'Privacy policy & cookies', 'Advertise with us', 'Contact us', 'How to complain'])}</ul>
<p class="footer-text">Published by Clarion Newspapers Ltd</p></div>
<script src="https://scripts.clarion.co.uk/static/mol-fe/static/mol-fe-async-bundle/3.41.0/scripts/desktop.js" async></script></body></html>`;
const mail: TestPage = gold({
  name: 'heldout704-dailymail-boxing-withdrawal',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mFactTitle],
  body: texts([...mBullets, ...mBody.slice(0, 9), ...mFacts, ...mBody.slice(9)]),
  bylines: [
    'By JAMIE HOLLISTER, BOXING CORRESPONDENT',
    'Published: 22:41 BST, 13 May 2027',
    'Updated: 23:58 BST, 13 May 2027',
    ...mComments.flatMap((c) => c.slice(0, 3)),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    'We, and our 1,124 partners, store and access information on your device and process personal data to personalise content and ads.',
    'I Accept', 'Show Purposes', 'Clarion Online', ...mNav, ...mSub, 'Advertisement', '412', 'shares', '138', 'View comments', 'Share',
    'Marek Dolan (left) was due to face Kofi Antwi-Mensah at the Solway Arena on May 22', 'Clarion Pictures',
    'Dolan announces injury in emotional video', 'Scroll down for video', 'RELATED ARTICLES', ...mRelated, 'Previous', '1', 'Next',
    'Share this article', "What's this?", 'Share or comment on this article:', '138 comments', 'Comments 138', 'Share what you think',
    'Newest', 'Oldest', 'Best rated', 'Worst rated', 'The comments below have not been moderated.', ...mComments.map((c) => at(c, 3)), '14', '2',
    'Click to rate', 'The views expressed in the contents above are those of our users and do not necessarily reflect the views of Clarion Online.',
    'MOST READ SPORT', ...mMost, 'Terms', 'Privacy policy & cookies', 'Advertise with us', 'Contact us', 'How to complain',
    'Published by Clarion Newspapers Ltd',
  ],
});

export const HELDOUT704_A: readonly TestPage[] = [espn, mail];
