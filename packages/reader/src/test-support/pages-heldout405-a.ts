import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file a: a Liquipedia-style tournament page (MediaWiki skin with the wiki switcher, tabs, infobox,
 * prize table, navbox, "last edited" line and consent banner) and an HLTV-style match report (top nav, left and right
 * rails, article info, lede, match box, image caption and credit, related news, comment thread).
 */
const lTitle = 'Frostline Masters 2026: Season 2';
const lIntro = [
  j(
    '<b>Frostline Masters 2026: Season 2</b> is an online and offline <a href="/vanguard/Vanguard_Tactics">Vanguard Tactics</a> tournament',
    'organized by Northgate Esports. Sixteen teams from Europe and the Baltic region compete for a share of a $150,000 prize pool, and the two',
    'finalists earn direct seeds into the Vanguard World Invitational in the autumn.',
  ),
  j(
    'The season opened with an online group stage played from the Northgate studio servers in Tallinn, while the playoffs moved to the',
    'Kaleva Arena in front of a sold-out crowd of 3,400 for the final weekend.',
  ),
];
const lFormat = [
  'Opening phase: four groups of four teams, double-elimination, all matches best of three.',
  'The group winners advance to the upper bracket semifinals of the playoffs.',
  'The runners-up advance to the upper bracket quarterfinals, while third-placed teams start in the lower bracket.',
  'Bracket phase: eight-team double-elimination bracket, best of three, with a best-of-five grand final.',
  'The upper bracket finalist carries a one-map advantage into the grand final.',
];
const lMaps = [
  j(
    'The map pool for the season was announced on 12 January and features seven maps. Harbourline returned after a two-season absence',
    'following its visual rework, replacing Coldwater, which was removed for balance testing.',
  ),
  'Each series uses the standard veto: teams alternately ban and pick maps, and the final map is decided by a coin toss for side choice.',
];
const lStory = [
  j(
    'Kestrel Gaming entered the playoffs as the only team without a dropped map and were widely favoured. Their run ended in the upper bracket',
    'final against Vornholm, whose in-game leader Tarmo "sleet" Ilves called a series of late rotations on Harbourline that the crowd would',
    'later chant about for the rest of the weekend.',
  ),
  j(
    'Kestrel came back through the lower bracket to meet Vornholm again in the grand final. Vornholm used their map advantage to close the',
    'series 3–1, winning their first international title since the organization was founded in 2021.',
  ),
];
const lNotes = [
  'Team Halvard withdrew before the group stage due to visa problems and was replaced by the first reserve, Saarepoiss.',
  'The third-place decider was cancelled; both semifinal losers share 3rd–4th place and its prize money.',
];
const lHeadings = ['Format', 'Map Pool', 'Story', 'Prize Pool', 'Notes'];
const lNav = ['Main Page', 'Tournaments', 'Teams', 'Players', 'Transfers', 'Matches', 'Statistics'];
const lTabs = ['Overview', 'Group Stage', 'Playoffs', 'Statistics'];
const lInfo: readonly (readonly [string, string])[] = [
  ['Series:', 'Frostline Masters'],
  ['Organizer:', 'Northgate Esports'],
  ['Type:', 'Offline'],
  ['Location:', 'Tallinn, Estonia'],
  ['Venue:', 'Kaleva Arena'],
  ['Prize Pool:', '$150,000 USD'],
  ['Start Date:', '2026-02-06'],
  ['End Date:', '2026-03-08'],
  ['Liquipedia Tier:', 'A-Tier'],
];
const lPrizes: readonly (readonly [string, string, string])[] = [
  ['1st', '$60,000', 'Vornholm'],
  ['2nd', '$32,000', 'Kestrel Gaming'],
  ['3rd-4th', '$14,000', 'Saarepoiss'],
  ['5th-6th', '$7,500', 'Nordlys Five'],
];
const lNavbox = ['Frostline Masters 2025: Season 1', 'Frostline Masters 2025: Finals', 'Frostline Masters 2026: Season 3'];
const lFoot = ['Privacy policy', 'About Liquipedia', 'Disclaimers', 'Cookie Settings'];
const lHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${lTitle} - Liquipedia Vanguard Tactics Wiki</title>
<meta name="description" content="Frostline Masters 2026: Season 2 is an online and offline Vanguard Tactics tournament organized by Northgate Esports.">
<meta property="og:image" content="https://liquipedia.example/commons/images/frostline.png"><meta name="twitter:card" content="summary_large_image">
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Frostline_Masters/2026/Season_2","wgNamespaceNumber":0};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"${lTitle}","startDate":"2026-02-06"}</script>
<link rel="stylesheet" href="/vanguard/load.php?lang=en&amp;modules=skins.lakesideview&amp;only=styles"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Frostline_Masters_2026_Season_2 skin-lakesideview action-view">
<nav class="navbar navbar-main" id="slide-nav"><div class="navbar-header"><a class="navbar-brand" href="/">Liquipedia</a>
<div class="wiki-switcher"><button class="dropdown-toggle">Vanguard Tactics</button></div></div>
<ul class="nav navbar-nav">${links(lNav, 'dropdown')}</ul><form id="searchform" class="navbar-form">
<input id="searchInput" placeholder="Search Liquipedia"></form>
</nav><div id="main-content-column"><div id="main-content" class="mw-body" role="main">
<ul id="tabs" class="nav nav-tabs navigation-not-searchable tabs tabs4">${links(lTabs)}</ul>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span dir="auto">${lTitle}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="contentSub"></div>
<div id="mw-content-text" class="mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="fo-nttax-infobox-wrapper infobox-vanguard"><div class="fo-nttax-infobox"><div><div class="infobox-header wiki-backgroundcolor-light">
<span class="infobox-buttons navigation-not-searchable">[<a href="/vanguard/Template:Infobox_league?action=edit">e</a>]</span>League Information</div></div>
${lInfo.map(([k, v]) => `<div><div class="infobox-cell-2 infobox-description">${k}</div><div style="width:50%">${v}</div></div>`).join('\n')}
</div></div>
${ps(lIntro)}
<h2><span class="mw-headline" id="Format">Format</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/vanguard/Frostline_Masters/2026/Season_2?action=edit&amp;section=1" title="Edit section: Format">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>
<ul>${lis(lFormat)}</ul>
<h2><span class="mw-headline" id="Map_Pool">Map Pool</span></h2>
${ps(lMaps)}
<h2><span class="mw-headline" id="Story">Story</span></h2>
${ps(lStory)}
<h2><span class="mw-headline" id="Prize_Pool">Prize Pool</span></h2>
<div class="prizepool-section-tables"><table class="wikitable prizepooltable collapsed"><tbody>
<tr><th>Place</th><th>Prize</th><th>Participant</th></tr>
${lPrizes
  .map(
    ([p, m, t]) => `<tr><td class="prizepooltable-place">${p}</td>\n<td>${m}</td>\n<td><span class="team-template-text">${t}</span></td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div>
<h2><span class="mw-headline" id="Notes">Notes</span></h2>
<ol class="references">${lis(lNotes)}</ol>
<div role="navigation" class="navbox"><table class="nowraplinks collapsible navbox-inner"><tr><th class="navbox-title">Frostline Masters</th></tr>
<tr><td class="navbox-list"><ul>${links(lNavbox)}</ul></td></tr></table></div>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/vanguard/Special:Categories">Categories</a>:
<ul><li><a href="/vanguard/Category:A-Tier_Tournaments">A-Tier Tournaments</a></li><li><a href="/vanguard/Category:Offline_Tournaments">Offline
Tournaments</a></li></ul></div></div></div></div></div>
<footer id="footer" class="footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 9 March 2026, at 21:14.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-Share Alike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(lFoot)}</ul></footer>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on your
device, such as cookies, to personalise content and ads.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const liquipedia: TestPage = {
  name: 'heldout405-liquipedia-wiki',
  kind: 'wiki',
  html: lHtml,
  title: lTitle,
  headings: lHeadings,
  body: texts([...lIntro, ...lFormat, ...lMaps, ...lStory, ...lNotes]),
  bylines: ['This page was last edited on 9 March 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Liquipedia', ...lNav, ...lTabs, 'League Information',
    ...lInfo.flat().filter((t) => !['Frostline Masters', 'Northgate Esports', 'Kaleva Arena'].includes(t)), 'Frostline Masters 2025: Season 1',
    'Frostline Masters 2025: Finals', 'Frostline Masters 2026: Season 3', 'Categories', 'A-Tier Tournaments',
    'Text is available under the Creative Commons Attribution-Share Alike License; additional terms may apply.', ...lFoot,
    'We value your privacy. We and our partners store and access information on your device, such as cookies, to personalise content and ads.',
    'AGREE', 'MORE OPTIONS',
  ],
};

const hTitle = 'Vornholm edge Kestrel in triple-overtime decider to reach Frostline final';
const hLede = j(
  'Vornholm are through to the Frostline Masters grand final after surviving a marathon third map on Harbourline, where Kestrel Gaming',
  'had three chances to close the series.',
);
const hBody = [
  j(
    'The upper bracket final had looked like a formality after the first map. Kestrel took Ridgeback 13–6 on the back of a tidy',
    'T side, with AWPer Ilmar "frostbit" Kask finishing the half with eleven kills and only two deaths.',
  ),
  j(
    'Vornholm answered on their own pick, Saltworks, where in-game leader Tarmo "sleet" Ilves slowed the pace down and forced Kestrel into',
    'long holds they did not look comfortable with. A 13–9 win sent the series to a third map.',
  ),
  j(
    'Harbourline then produced the longest map of the tournament. Kestrel reached match point three times, once in regulation and once in',
    'each of the first two overtimes, and each time Vornholm found a late rotation that left a site empty for a retake.',
  ),
  '"We stopped trying to win the aim duels and just tried to be where they did not expect us," Ilves said after the match.',
  j(
    'The third overtime finally broke Kestrel, whose economy had run dry. Vornholm won it 4–0 to close the map 22–18, with rifler',
    'Mattias "hush" Rand finishing as the top player of the series with a 1.31 rating.',
  ),
  j(
    'The series also confirmed how much the Harbourline rework has changed the map. Before the update it favoured defenders heavily,',
    'but the new connector between the docks and the warehouse gives attackers a second route onto the B site, and both teams used it',
    'to punish stacked defences throughout the overtimes.',
  ),
  j(
    'Kestrel coach Priit Aavik did not hide his frustration in the post-match press conference, saying that his team had prepared for',
    'exactly the rotations Vornholm used and still failed to react in time when it mattered.',
  ),
  j(
    'Kestrel drop to the lower bracket final, where they will face Saarepoiss on Saturday for the second grand final slot. Vornholm',
    'will carry a one-map advantage into Sunday’s best-of-five.',
  ),
];
const hNav = ['News', 'Matches', 'Results', 'Events', 'Stats', 'Galleries', 'Ranking', 'Forums', 'Fantasy'];
const hRelated = [
  'Saarepoiss eliminate Nordlys Five to set up Kestrel rematch',
  'Frostline Masters playoff schedule and how to watch',
  'Kask: "Harbourline is the map that decides this event"',
];
const hLeft = ['1. Vornholm', '2. Kestrel Gaming', '3. Saarepoiss', '4. Nordlys Five', '5. Halvard'];
const hComments: readonly (readonly [string, string, string])[] = [
  ['tallinnfan_91', 'sleet calling those rotations was insane, best map of the year so far', '2026-03-07 20:14'],
  ['r1sky_peek', 'kestrel choking again at match point, same story as last season', '2026-03-07 20:19'],
];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle} | Frag Ledger</title>
<meta name="description" content="${hLede}"><meta property="og:type" content="article"><meta property="og:site_name" content="Frag Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}",
"datePublished":"2026-03-07T19:41:00+01:00","author":{"@type":"Person","name":"Oskar Tamm"}}</script>
<script>window.ga=window.ga||function(){(ga.q=ga.q||[]).push(arguments)};ga('create','UA-0000000-1','auto');</script></head>
<body class="news-page"><div class="navbar"><nav class="navcon"><a class="navbar-logo" href="/">Frag Ledger</a>
<div class="navitems">${hNav.map((n) => `<a class="navsubpage" href="/${n.toLowerCase()}">${n}</a>`).join('\n')}</div></nav></div>
<div class="bgPadding"><div class="widthControl"><div class="colCon"><aside class="leftCol"><div class="left-mid-border">
<div class="sidebar-headline">Top teams</div><div class="rank-list">${hLeft.map((t, i) => `<a class="rank-team" href="/team/${i}">${t}</a>`).join('\n')}</div>
</div></aside><div class="contentCol"><article class="newsitem standard-box">
<div class="newsline article" itemscope itemtype="http://schema.org/Article"><h1 class="headline">${hTitle}</h1>
<p class="headertext">${hLede}</p>
<div class="article-info"><span class="author"><img class="flag" alt="Estonia" src="/img/flags/EE.gif"><a class="authorName" href="/profile/oskar">
<span>Oskar Tamm</span></a></span><div class="date">07/03/2026 19:41</div></div>
<div class="newstext-con">
<div class="image-con"><picture><img class="image" src="https://img-cdn.fragledger.example/sleet-final.jpg" alt="sleet"></picture>
<div class="imagetext">Ilves called the late rotations that won Harbourline</div><div class="imageCredit">Photo: Kaur Lepp | Northgate Esports</div></div>
${ps(hBody.slice(0, 3), ' class="news-block"')}
<blockquote class="news-block">${hBody[3] ?? ''}</blockquote>
${ps(hBody.slice(4), ' class="news-block"')}
<div class="match-box"><a class="team-name" href="/team/vornholm">Vornholm</a> <span class="score">2</span> - <span class="score">1</span>
<a class="team-name" href="/team/kestrel">Kestrel Gaming</a><a class="match-page-link" href="/matches/2391">Match page</a></div>
</div><div class="related-news"><h2 class="related-header">Related news</h2>${links(hRelated)}</div></div></article>
<div class="forum no-promode" id="forum"><div class="forum-topbar-top">Comments <span class="comment-count">148</span></div>
${hComments
  .map(
    ([u, c, d]) => `<div class="post"><div class="forum-topbar"><a class="author" href="/profile/${u}">${u}</a><span class="time">${d}</span></div>
<div class="forum-middle">${c}</div></div>`,
  )
  .join('\n')}
<a class="show-all" href="/forums/threads/9921">Show all comments</a></div></div>
<aside class="rightCol"><div class="right-mid-border"><div class="ad-label">Advertisement</div><div class="sidebar-headline">Upcoming events</div>
<a href="/events/vwi-2026">Vanguard World Invitational 2026</a></div></aside></div></div></div>
<footer class="footer"><div class="footer-links"><a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy policy</a></div>
<p class="copyright">© 2026 Frag Ledger. All rights reserved.</p></footer>
<div id="CybotCookiebotDialog"><div id="CybotCookiebotDialogBodyContentText">This website uses cookies to show ads and measure traffic.</div>
<button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div>
</body></html>`;
const hltv: TestPage = {
  name: 'heldout405-hltv-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([hLede, ...hBody]),
  bylines: ['Oskar Tamm', '07/03/2026 19:41'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Frag Ledger', ...hNav, 'Top teams', ...hLeft, 'Ilves called the late rotations that won Harbourline', 'Photo: Kaur Lepp | Northgate Esports',
    'Match page', 'Related news', ...hRelated, 'Comments', '148', ...hComments.flat(), 'Show all comments', 'Advertisement', 'Upcoming events',
    'Vanguard World Invitational 2026', 'About', 'Contact', 'Privacy policy', '© 2026 Frag Ledger. All rights reserved.',
    'This website uses cookies to show ads and measure traffic.', 'Allow all', 'Deny',
  ],
};

export const HELDOUT405_A: readonly TestPage[] = [liquipedia, hltv];
