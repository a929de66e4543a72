import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file c2: a Liquipedia (Dota 2 wiki) team article in the Lakesideview skin: the fixed navbar with the
 * wiki switcher, menus, search and "Log in", the top ad and the Premium promo, the page tabs and "Tools" dropdown, the
 * team infobox with its [e][h] buttons, "Team Information" and "Links" headers, the classic table of contents, history by
 * year, the roster card table, a recent results table, references, categories, the "Upcoming Matches" sidebar box and the
 * footer.
 */
const title = 'Team Veyra';
const lead = [
  '<b>Team Veyra</b> is a Swedish esports organisation based in Halmby. Its Dota 2 team was founded in April 2019 and has competed in the top ' +
    'division of the Northern European league since 2022. The team is known for its young rosters and for a draft style built around mid-game fights.',
];
const years: [string, string[]][] = [
  [
    '2019–2020',
    [
      'The organisation was created by former player Jonas "Brisk" Ahlgren, who signed five players from the Swedish amateur scene. The squad spent ' +
        'its first season in the second division and finished third, missing promotion on tiebreakers.',
      'In 2020 the team won the Halmby Open, its first tournament victory, beating Frostline Gaming 2–1 in the final.',
    ],
  ],
  [
    '2021',
    [
      'After a poor start to the year, Ahlgren rebuilt the roster around the 17-year-old carry player Kestrel. The new line-up won twelve of its ' +
        'last fourteen league matches and earned promotion to the first division through the relegation series in December.',
    ],
  ],
  [
    '2022–2023',
    [
      'Veyra finished fifth and then fourth in its first two seasons in the top division. The team&#39;s best result came at the Nordmark Masters 2023, ' +
        'where it reached the grand final and lost 1–3 to Aurora Vanguard. The run earned the team its first invitation to an international event.',
      'Between the two seasons the team moved into a gaming house in Halmby, shared with the organisation&#39;s Counter-Strike squad. Players later ' +
        'said in interviews that the move helped the younger members of the roster, several of whom had been living away from home for the first time.',
    ],
  ],
  [
    '2024–present',
    [
      'In January 2024, the team signed the veteran support player Moth from Ironwood Esports to guide its younger players. Veyra won the first division ' +
        'title that spring without losing a series, and qualified for the Autumn Invitational, where it finished in the top eight.',
      'In October 2025, coach Lukas Brenner left the team and was replaced by the former analyst Sara Holm.',
    ],
  ],
];
const roster: string[][] = [
  ['Kestrel', '(Erik Lindqvist)', '1', '2021-03-08'],
  ['Varn', '(Oskar Nyberg)', '2', '2022-06-01'],
  ['Tallow', '(Henrik Salo)', '3', '2023-01-15'],
  ['Moth', '(Daniel Reuter)', '4', '2024-01-10'],
  ['Pike', '(Anton Berglund)', '5', '2021-03-08'],
];
const results: string[][] = [
  ['2025-11-23', '1st', 'Tier 3', 'Northern League Season 9', '3 : 1', '$25,000'],
  ['2025-10-05', '5th - 8th', 'Tier 1', 'Autumn Invitational 2025', '0 : 2', '$40,000'],
  ['2025-08-17', '2nd', 'Tier 2', 'Nordmark Masters 2025', '2 : 3', '$18,000'],
];
const nav = ['Tournaments', 'Teams', 'Players', 'Transfers', 'Matches', 'Statistics', 'Help'];
const tools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information', 'Browse properties'];
const foot = ['About Liquipedia', 'Privacy policy', 'Disclaimers', 'Contact', 'Sponsorship', 'API', 'Copyrights'];
const premium = ['Tired of ads?', 'Get Liquipedia Premium and browse ad-free.', 'Learn more'];
const upcoming = [
  ['Team Veyra', 'vs', 'Frostline Gaming', 'Dec 14, 2025 - 18:00 CET', 'Northern League Season 10'],
  ['Aurora Vanguard', 'vs', 'Team Veyra', 'Dec 18, 2025 - 19:30 CET', 'Northern League Season 10'],
];
const cites = [
  'Lind, Marta (8 March 2021). "Veyra bet on a 17-year-old carry". Esports Nord. Retrieved 10 March 2021.',
  '"Holm takes over as Veyra head coach". Team Veyra (official site). 21 October 2025.',
];
const cats = ['Teams', 'Swedish Teams', 'Active Teams', 'Teams in Europe'];
const heads = ['History', ...years.map(([y]) => y), 'Player Roster', 'Results'];
const h = (lvl: number, t: string): string => `<h${lvl}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span></h${lvl}>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const cell = (label: string, value: string): string => `<div><div class="infobox-cell-2 infobox-description">${label}</div><div
class="infobox-cell-2">${value}</div></div>`;
const infobox = `<div class="fo-nttax-infobox-wrapper infobox-dota2"><div class="fo-nttax-infobox"><div><div class="infobox-header wiki-backgroundcolor-light">
<span class="infobox-buttons navigation-not-searchable"><a href="#" title="Edit infobox">[e]</a><a href="/dota2/Template:Infobox_team"
title="Help">[h]</a></span>
${title}</div></div><div><div class="infobox-image-wrapper"><div class="infobox-image darkmode"><span typeof="mw:File"><img alt="Team Veyra logo"
src="https://liquipedia.example/commons/images/veyra_darkmode.png" width="600" height="350"></span></div></div></div>
<div><div class="infobox-header wiki-backgroundcolor-light infobox-header-2">Team Information</div></div>
${cell('Location:', '<span class="flag"><img alt="Sweden" src="https://liquipedia.example/flag_se.png"></span>&nbsp;<a href="#">Sweden</a>')}
${cell('Region:', '<a href="#">Europe</a>')}
${cell('Coach:', '<a href="#">Sara Holm</a>')}
${cell('Manager:', 'Jonas Ahlgren')}
${cell('Approx. Total Winnings:', '$412,650')}
${cell('Created:', '2019-04-02')}
<div><div class="infobox-header wiki-backgroundcolor-light infobox-header-2">Links</div></div><div><div class="infobox-center infobox-icons"><a
href="https://x.example/teamveyra"><i class="lp-icon lp-twitter"></i></a> <a href="https://twitch.example/teamveyra"><i class="lp-icon
lp-twitch"></i></a></div></div>
</div></div>`;
const roster5 = `<div class="table-responsive"><table class="wikitable wikitable-striped roster-card"><tbody><tr><th colspan="4"
class="wiki-backgroundcolor-light large-only roster-title-row"><span class="mw-headline" id="Active_Squad">Active Squad</span></th></tr>
<tr class="HeaderRow"><th class="divCell">ID</th><th class="divCell">Name</th><th class="divCell">Position</th><th class="divCell">Join Date</th></tr>
${roster
  .map(
    ([
      id,
      name,
      pos,
      date,
    ]) => `<tr class="Player"><td class="ID"><span class="flag"><img alt="Sweden" src="https://liquipedia.example/flag_se.png"></span>&nbsp;<a
href="/dota2/${id}">${id}</a></td><td class="Name"><div class="LargeStuff">${name}</div></td><td class="Position"><i>${pos}</i></td><td
class="Date"><i>${date}</i></td></tr>`,
  )
  .join('\n')}
</tbody></table></div>`;
const resultsTable = `<div class="table-responsive recent-achievements"><table class="wikitable wikitable-striped
sortable"><tbody><tr><th>Date</th><th>Place</th>
<th>Tier</th><th>Tournament</th><th>Result</th><th>Prize</th></tr>
${results.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('\n')}
</tbody></table></div>`;
const html = `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} - Liquipedia Dota 2 Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Team_Veyra","wgTitle":"Team Veyra","wgArticleId":190442,"wgIsArticle":true,
"wgUserName":null,"wgScriptPath":"/dota2","wgServer":"https://liquipedia.net","wgSiteName":"Liquipedia Dota 2"};</script>
<link rel="stylesheet" href="/dota2/load.php?lang=en&amp;modules=ext.liquipediaflags%7Cskins.lakesideview&amp;only=styles&amp;skin=lakesideview">
<meta name="generator" content="MediaWiki 1.39.8"><meta name="description" content="Team Veyra is a Swedish esports organisation based in Halmby.">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="Team Veyra - Liquipedia Dota 2 Wiki">
<meta property="og:type" content="website"><meta property="og:site_name" content="Liquipedia"><link rel="canonical"
href="https://liquipedia.net/dota2/Team_Veyra">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsTeam","name":"Team Veyra","sport":"Dota 2","url":
"https://liquipedia.net/dota2/Team_Veyra","foundingDate":"2019-04-02","location":{"@type":"Country","name":"Sweden"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Team_Veyra rootpage-Team_Veyra skin-lakesideview action-view wiki-dota2
logged-out">
<nav class="navbar navbar-expand-xl navbar-light bg-white navbar-fixed-top" id="slide-nav" role="navigation"><div class="container-fluid">
<a class="navbar-brand" href="/"><img src="https://liquipedia.example/commons/images/liquipedia_logo.png" alt="Liquipedia" height="32"></a>
<div class="dropdown wiki-switcher"><a class="dropdown-toggle" href="#" data-toggle="dropdown">Dota 2</a></div>
<ul class="nav navbar-nav navbar-main">${nav
  .map(
    (t) => `<li class="dropdown"><a class="dropdown-toggle"
href="/dota2/Portal:${t}">${t}</a></li>`,
  )
  .join('')}</ul>
<form class="navbar-form" action="/dota2/index.php" id="searchform"><input class="form-control" type="search" name="search" placeholder="Search Liquipedia"
id="searchInput"></form><ul class="nav navbar-nav navbar-right"><li id="pt-login"><a href="/dota2/Special:UserLogin">Log in</a></li></ul></div></nav>
<div class="container-fluid" id="page-wrapper"><div class="row"><div class="col-lg-12" id="main-content-column">
<div id="top-ad" class="content-ad navigation-not-searchable"><div class="ad-label">Advertisement</div><div id="lp-ad-top"
data-ad-slot="top-leaderboard"></div></div>
<div class="premium-promo navigation-not-searchable"><strong>${premium[0]}</strong> ${premium[1]} <a
href="https://liquipedia.net/premium">${premium[2]}</a></div>
<div class="mw-body content" id="content" role="main"><div id="main-content"><div class="tabs-wrapper"><ul class="nav nav-tabs" id="page-tabs">
<li class="active"><a href="/dota2/Team_Veyra">Page</a></li><li><a href="/dota2/Talk:Team_Veyra">Discussion</a></li><li><a href="#">View source</a></li>
<li><a href="#">History</a></li><li class="dropdown"><a class="dropdown-toggle" href="#" data-toggle="dropdown">Tools</a><ul class="dropdown-menu">
${tools.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></li></ul></div>
<h1 id="firstHeading" class="firstHeading"><span dir="auto">${title}</span></h1>
<div id="bodyContent" class="mw-body-content"><div id="contentSub"></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output">
${infobox}
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a><ul>${years
  .map(([y], i) => `<li class="toclevel-2"><a href="#${y}"><span class="tocnumber">1.${i + 1}</span> <span class="toctext">${y}</span></a></li>`)
  .join('')}</ul></li><li class="toclevel-1"><a href="#Player_Roster"><span class="tocnumber">2</span> <span class="toctext">Player Roster</span></a></li>
<li class="toclevel-1"><a href="#Results"><span class="tocnumber">3</span> <span class="toctext">Results</span></a></li>
<li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
${h(2, 'History')}
${years.map(([y, paras]) => `${h(3, y)}\n${ps(paras)}`).join('\n')}
${h(2, 'Player Roster')}
${roster5}
${h(2, 'Results')}
${resultsTable}
<div class="content-ad navigation-not-searchable"><div class="ad-label">Advertisement</div><div id="lp-ad-incontent" data-ad-slot="in-content"></div></div>
${h(2, 'References')}
<div class="references-small"><ol class="references">${cites
  .map(
    (c, i) => `<li id="cite_note-${i}"><span class="mw-cite-backlink"><a href="#">↑</a></span>
<span class="reference-text">${c}</span></li>`,
  )
  .join('')}</ol></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/dota2/Special:Categories">Categories</a>:
<ul>${cats.map((c) => `<li><a href="#">${c}</a></li>`).join('')}</ul></div></div></div></div></div>
<div id="sidebar-upcoming" class="fo-nttax-infobox panel"><div class="infobox-header wiki-backgroundcolor-light">Upcoming Matches</div>
${upcoming
  .map(
    (m) => `<table class="wikitable infobox_matches_content"><tbody><tr><td class="team-left">${m[0]}</td><td class="versus">${m[1]}</td><td
class="team-right">${m[2]}</td></tr><tr><td colspan="3" class="match-filler"><span class="timer-object">${m[3]}</span><div><a
href="#">${m[4]}</a></div></td></tr></tbody></table>`,
  )
  .join('\n')}
</div></div></div></div>
<footer id="footer" class="footer"><div class="footer-links"><ul>${foot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div>
<div class="footer-text">Text is available under the <a href="#">CC-BY-SA 3.0</a> license unless otherwise noted.</div>
<div class="footer-lastmod">This page was last edited on 29 November 2025, at 16:08.</div>
<div class="footer-copyright">Liquipedia is a community-driven esports wiki. © Team Liquid</div></footer>
<script src="/dota2/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=lakesideview" async></script>
</body></html>`;

export const liquipediaTeam: TestPage = dropClashes({
  name: 'heldout151-liquipedia-team-article',
  kind: 'wiki',
  html,
  // the roster card's title row ("Active Squad") is a header cell (in neither list); its data cells and the results table's are body;
  // the infobox header, labels and values are in neither list, its section headers and [e][h] buttons are furniture
  title,
  headings: heads,
  body: [...texts(lead), ...years.flatMap(([, p]) => texts(p)), ...texts(roster.flat()), ...texts(results.flat())],
  bylines: ['This page was last edited on 29 November 2025, at 16:08.'],
  furniture: [
    'Dota 2',
    ...nav,
    'Log in',
    'Advertisement',
    ...premium,
    'Page',
    'Discussion',
    'View source',
    'History',
    'Tools',
    ...tools,
    '[e]',
    '[h]',
    'Team Information',
    'Links',
    'Contents',
    'References',
    ...cites,
    'Categories',
    ...cats,
    'Upcoming Matches',
    ...upcoming.flat(),
    ...foot,
    'Text is available under the CC-BY-SA 3.0 license unless otherwise noted.',
    'Liquipedia is a community-driven esports wiki. © Team Liquid',
  ].map((t) => plain(t)),
});
