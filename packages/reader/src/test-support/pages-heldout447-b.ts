import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file b: an ESPNcricinfo-style match report with its scorecard summary (Next.js markup with `ds-` utility
 * classes, match header strip, tabs, byline, share icons, "Read more" promo, batting table, related stories and footer) and a
 * Transfermarkt-style market-value page.
 */
const kTitle = "Halvorsen's unbeaten 92 steers Tarnfield home in a tense chase";
const kReport = [
  j('Tarnfield 231 for 7 (Halvorsen 92*, Osei 41, Draycott 3-38) beat Westmere Wolves 228 for 9 (Pennick 77, Amadi 3-44) by three wickets'),
  j(
    'Lukas Halvorsen has spent most of this season batting at No. 6 and waiting for the innings to come to him. At the riverside ground on',
    'Saturday it arrived at 88 for 5 in the 24th over, with Tarnfield needing another 141 against an attack that had taken five wickets for',
    '39 runs, and he answered with an unbeaten 92 that carried his side to the top of the Northern Cup table.',
  ),
  j(
    'For a long time the chase looked beyond them. Eben Draycott, the Westmere left-armer, found swing under cloud cover and removed both',
    'openers inside his first four overs, and when Kwame Osei was run out after a mix-up for 41, the home supporters began drifting towards',
    'the bar.',
  ),
  '<h2>A partnership built on singles</h2>',
  j(
    'Halvorsen and the wicketkeeper Ruairi Flint added 84 for the seventh wicket, and only eight of those runs came in boundaries. They',
    "ran hard, turned ones into twos against the tiring outfielders on the long boundary, and waited for Westmere's fifth bowler.",
  ),
  j(
    '"We talked about not needing to hit sixes," Halvorsen said afterwards. "The ground is big, their spinners were bowling a bit flat,',
    'and if you run well you can get six an over without taking a risk. Ruairi was brilliant. He told me what the field was every ball."',
  ),
  j(
    'Flint fell for 33 with nine still needed, but Halvorsen finished it with two fours off Draycott in the 49th over, the second a',
    "flicked drive through midwicket that sent the players' balcony into the field.",
  ),
  "<h2>Pennick's lone hand</h2>",
  j(
    "Earlier, Westmere's total owed almost everything to Hal Pennick, whose 77 from 81 balls came after his side had been reduced to 60",
    "for 4. Tarnfield's seamer Tobi Amadi took three wickets in a disciplined spell, and the hosts conceded only four wides in the innings.",
  ),
  j(
    'Westmere captain Sian Ferrier said her side had been "about twenty short", and admitted that the decision to bat first on a',
    'green pitch had been close. Tarnfield travel to Coldharbour on Wednesday; Westmere host the bottom side, Ashby Vale, on Sunday.',
  ),
];
const kBodyHtml = kReport.map((p) => (p.startsWith('<h2>') ? p.replace('<h2>', '<h2 class="ds-text-title-s ds-font-bold">') : `<p>${p}</p>`)).join('\n');
const kPromo = `<div class="ci-inline-promo"><strong>Read more:</strong>
<a href="/story/amadi">Amadi's slower ball is the secret of Tarnfield's season</a></div>`;
const kHead = ['Batter', 'Dismissal', 'R', 'B', '4s', '6s'];
const kBat = [
  ['Kwame Osei', 'run out (Ferrier/Lowe)', '41', '52', '5', '0'],
  ['Lukas Halvorsen', 'not out', '92', '103', '7', '1'],
  ['Ruairi Flint', 'c Lowe b Draycott', '33', '47', '2', '0'],
];
const kNav = ['Live Scores', 'Series', 'Teams', 'News', 'Features', 'Videos', 'Stats', 'Fantasy'];
const kTabs = ['Summary', 'Scorecard', 'Report', 'Commentary', 'Statistics', 'Photos'];
const kRel = ['Draycott named in the Northern XI for the first time', 'Ashby Vale part ways with head coach after six defeats', 'Table: Northern Cup 2025'];
const kFoot = ['About us', 'Help', 'Careers', 'Terms of Use', 'Privacy Policy', 'Interest-Based Ads', 'Do Not Sell or Share My Personal Information'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>Tarnfield vs Westmere Wolves, Northern Cup 2025, Match Report | Wicketline</title>
<meta name="description" content="Halvorsen's unbeaten 92 takes Tarnfield to the top of the Northern Cup table."/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Halvorsen's unbeaten 92 steers Tarnfield home",
"datePublished":"2025-06-14T18:42:00Z","author":[{"@type":"Person","name":"Priya Handel"}],"publisher":{"@type":"Organization","name":"Wicketline"}}</script>
<link rel="stylesheet" href="https://static.wicketline.example/_next/static/css/c02f.css"/></head>
<body class="ds-bg-fill-page"><div id="__next"><div class="ds-sticky ds-top-0 ds-z-20"><header class="ds-bg-fill-nav ds-text-raw-white">
<a href="/" class="ds-flex" title="Wicketline"><img src="/logo.svg" alt="Wicketline logo"/></a><nav><ul class="ds-flex ds-items-center">
${links(kNav, 'ds-px-3 ds-text-tight-m')}</ul></nav><a href="/edition" class="ds-text-tight-s">Edition IN</a></header></div>
<div class="ds-container"><div class="ds-bg-fill-content-prime ds-rounded-xl ds-p-4 ci-match-header"><div class="ds-text-tight-s ds-text-typo-mid3">
<span>Result</span> <span>14th Match, Riverside Oval, June 14, 2025, Northern Cup</span></div>
<div class="ci-team-score ds-flex"><span class="ds-text-tight-l ds-font-bold">WMW</span> <strong>228/9</strong></div>
<div class="ci-team-score ds-flex"><span class="ds-text-tight-l ds-font-bold">TRN</span> <span>(49.2/50 ov, T:229)</span> <strong>231/7</strong></div>
<p class="ds-text-tight-s ds-font-medium ds-truncate ds-text-typo"><span>Tarnfield won by 3 wickets (with 4 balls remaining)</span></p>
<div class="ds-flex ds-items-center"><span class="ds-text-tight-s">Player Of The Match</span> <a href="/player/halvorsen">Lukas Halvorsen</a></div></div>
<nav class="ds-nav ds-border-b"><ul class="ds-flex">${links(kTabs, 'ds-nav-item')}</ul></nav>
<div class="ds-flex ds-space-x-5"><div class="ds-grow"><article class="ds-bg-fill-content-prime ds-p-4"><div class="ds-mb-4">
<h1 class="ds-text-title-l ds-font-bold">${kTitle}</h1>
<p class="ds-text-comfortable-l ds-text-typo-mid2">Unbeaten knock carries his side to the top of the Northern Cup table</p>
<div class="ds-flex ds-items-center ds-text-tight-s"><a href="/author/priya-handel" class="ds-font-bold">Priya Handel</a>
<span class="ds-mx-1">•</span><span>Riverside Oval</span><span class="ds-mx-1">•</span><span>14-Jun-2025</span></div>
<div class="ds-flex ds-space-x-2 ci-share" aria-label="Share"><span class="ds-text-tight-s">Share</span><button title="Share on Facebook">Facebook</button>
<button title="Share on X">Twitter</button><button title="Share on WhatsApp">WhatsApp</button></div></div>
<figure class="ds-mb-4"><img src="https://img1.wicketline.example/halvorsen-92.jpg" alt=""/><figcaption class="ds-text-tight-s ds-text-typo-mid3">
Lukas Halvorsen raises his bat after reaching fifty in the 41st over • Oliver Tamsin/Wicketline Images</figcaption></figure>
<div class="ci-html-content">${kBodyHtml.replace('</p>\n<h2', `</p>\n${kPromo}\n<h2`)}
<h2 class="ds-text-title-s ds-font-bold">How the chase was won</h2>
<table class="ds-w-full ds-table ci-scorecard-table"><thead><tr>${kHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows(kBat)}</tbody></table>
</div><p class="ds-text-compact-xs ds-text-typo-mid3 ci-author-bio"><i>Priya Handel is a correspondent at Wicketline.</i></p></article></div>
<aside class="ds-w-[320px]"><div class="ds-p-4"><h2 class="ds-text-title-xs">Related stories</h2><ul>${links(kRel, 'ds-py-2')}</ul></div>
<div class="ci-ad ds-text-tight-xs"><span>Advertisement</span><div id="div-gpt-ad-mrec"></div></div></aside></div></div>
<footer class="ds-bg-fill-nav ds-text-raw-white"><ul class="ds-flex ds-flex-wrap">${links(kFoot)}</ul>
<p class="ds-text-tight-xs">© 2025 Wicketline Media Pvt Ltd. All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners store and access information on your device to
personalise content and ads.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Manage Preferences</button>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"appPageProps":{"data":{"match":{"objectId":1410233}}}}}</script></body></html>`;

const cricket: TestPage = {
  name: 'heldout447-cricinfo-match-report-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['A partnership built on singles', "Pennick's lone hand", 'How the chase was won'],
  body: [...texts(kReport.filter((p) => !p.startsWith('<h2>'))), ...rowTexts(kBat)],
  bylines: ['Priya Handel', 'Riverside Oval', '14-Jun-2025', 'Priya Handel is a correspondent at Wicketline.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Edition IN', 'Result', '14th Match, Riverside Oval, June 14, 2025, Northern Cup', 'WMW', '228/9', 'TRN', '(49.2/50 ov, T:229)', '231/7',
    'Tarnfield won by 3 wickets (with 4 balls remaining)', 'Player Of The Match', ...kTabs,
    'Share', 'Facebook', 'Twitter', 'WhatsApp',
    'Lukas Halvorsen raises his bat after reaching fifty in the 41st over • Oliver Tamsin/Wicketline Images', 'Read more:',
    'Amadi\'s slower ball is the secret of Tarnfield\'s season', 'Related stories', ...kRel, 'Advertisement', ...kFoot,
    '© 2025 Wicketline Media Pvt Ltd. All rights reserved.', 'We and our partners store and access information on your device to personalise content and ads.',
    'I Accept', 'Manage Preferences',
  ],
};

const tTitle = '#10 Jarno Villemann';
const tNote = [
  j(
    "Villemann's value rose by €3.00m at the winter update after a first half of the season in which he was directly involved in 14 league",
    'goals for Sporting Kallberg. He has started every league match since October and has become a regular in the Ostmark national team.',
  ),
  j(
    'The market value team weighs his age and his contract running until 2028 against a dip in output after a knee problem in 2023. A further',
    'rise is possible if he keeps his form in the second half of the season, but offers above €20m have not yet been reported by clubs abroad.',
  ),
];
const tHead = ['Date', 'Club', 'Age', 'Market value'];
const tHist = [
  ['Dec 18, 2021', 'FC Lorsby', '19', '€800k'],
  ['Jun 2, 2022', 'FC Lorsby', '20', '€2.50m'],
  ['Jan 9, 2023', 'Sporting Kallberg', '20', '€6.00m'],
  ['Jun 27, 2023', 'Sporting Kallberg', '21', '€5.00m'],
  ['Dec 20, 2024', 'Sporting Kallberg', '22', '€12.00m'],
  ['Jan 7, 2026', 'Sporting Kallberg', '24', '€18.00m'],
];
const tFacts: [string, string, string][] = [
  ['Highest market value:', '€18.00m', 'Jan 7, 2026'],
  ['Current market value:', '€18.00m', 'Last update: Jan 7, 2026'],
];
const tNav = ['News', 'Rumour Mill', 'Competitions', 'Transfers & rumours', 'Market values', 'Forums', 'Quiz'];
const tTabs = ['Profile', 'Stats', 'Market value', 'Transfers', 'Rumours', 'National team', 'News', 'Achievements'];
const tSim = ['Odo Franke - €16.00m', 'Mirko Pajtler - €17.50m', 'Sander Ruus - €19.00m'];
const tFoot = ['Imprint', 'Privacy Policy', 'Terms and Conditions', 'Contact', 'Advertising', 'Jobs', 'Privacy settings'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jarno Villemann - Player profile 25/26 | Marktwerk</title>
<meta name="description" content="Market value development of Jarno Villemann (Sporting Kallberg), winger, born 2001.">
<meta property="og:image" content="https://img.marktwerk.example/portrait/header/614410.jpg"><link rel="stylesheet" href="/build/tm-app.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jarno Villemann","nationality":"Ostmark",
"affiliation":"Sporting Kallberg"}</script>
<script>window.tmConsent={"vendor":"sourcepoint"};var TM_PAGE={"type":"marketvalue","id":614410};</script></head>
<body><div class="tm-header"><tm-header><a href="/" class="tm-header__logo" title="Marktwerk">Marktwerk</a>
<nav class="main-navbar"><ul class="main-navbar__container">${links(tNav, 'main-navbar__item')}</ul></nav>
<div class="tm-header__login"><a href="/profil/login">Login</a> <a href="/profil/register">Register</a></div></tm-header></div>
<div class="large-12 columns"><div class="werbung werbung-leaderboard"><span class="werbung__label">Advertisement</span></div>
<nav class="tm-breadcrumb"><ul><li><a href="/ostmark-liga/startseite/wettbewerb/OL1">Ostmark Liga</a></li>
<li><a href="/sporting-kallberg/startseite/verein/4410">Sporting Kallberg</a></li><li>Jarno Villemann</li></ul></nav></div>
<main><header class="data-header"><div class="data-header__headline-container"><h1 class="data-header__headline-wrapper">
<span class="data-header__shirt-number">#10</span> Jarno <strong>Villemann</strong></h1></div>
<div class="data-header__club-info"><span class="data-header__club">
<a title="Sporting Kallberg" href="/sporting-kallberg/startseite/verein/4410">Sporting Kallberg</a>
</span><span class="data-header__league"><a href="/ostmark-liga/startseite/wettbewerb/OL1">Ostmark Liga</a></span>
<span class="data-header__label">Contract expires: <span class="data-header__content">Jun 30, 2028</span></span></div>
<div class="data-header__details"><ul class="data-header__items">
<li class="data-header__label">Date of birth/Age: <span class="data-header__content">Feb 11, 2001 (24)
</span></li><li class="data-header__label">Citizenship: <span class="data-header__content">Ostmark</span></li>
<li class="data-header__label">Position: <span class="data-header__content">Left Winger</span></li></ul></div>
<div class="data-header__box--small"><a href="/jarno-villemann/marktwertverlauf/spieler/614410" class="data-header__market-value-wrapper">€18.00m
<p class="data-header__last-update">Last update: Jan 7, 2026</p></a></div></header>
<div class="row"><tm-subnavigation><ul class="tm-subnav">${links(tTabs, 'tm-subnav-item')}</ul></tm-subnavigation></div>
<div class="row"><div class="large-8 columns"><div class="box"><h2 class="content-box-headline">Market value development</h2>
<div class="tm-player-market-value-development"><div class="tm-player-market-value-development__current-and-max">
${tFacts
  .map(
    ([a, b, c]) => `<div class="tm-player-market-value-development__max"><div class="tm-player-market-value-development__max-label">${a}</div>
<div class="tm-player-market-value-development__max-value">${b}</div><div class="tm-player-market-value-development__max-date">${c}</div></div>`,
  )
  .join('\n')}
</div><div class="highcharts-container" id="mw-chart"><svg><text class="highcharts-title">Market value</text></svg></div></div>
<table class="items"><thead><tr>${tHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows(tHist, 'odd')}</tbody></table></div>
<div class="box"><h2 class="content-box-headline">Market value assessment</h2><div class="content">${ps(tNote)}</div>
<p class="tm-mw-note">Market values are estimates by the Marktwerk community and editors, not transfer fees.</p></div></div>
<div class="large-4 columns"><div class="box"><h2 class="content-box-headline">Similar market values</h2><ul>${links(tSim)}</ul></div>
<div class="box"><div class="werbung werbung-mrec"><span class="werbung__label">Advertisement</span></div></div>
<div class="box tm-forum-teaser"><h2 class="content-box-headline">Forum</h2><p>Is Villemann ready for a bigger league? 142 posts</p></div></div></div></main>
<footer class="tm-footer"><ul>${links(tFoot)}</ul><p>Copyright Marktwerk GmbH 2000-2026 · All rights reserved</p></footer>
<div id="sp_message_container_1101" class="message-container"><div class="message"><p class="message-component">We and our 213 partners use cookies to
personalise ads and content, measure performance and develop our services.</p><button title="Accept &amp; continue">Accept &amp; continue</button>
<button title="Settings">Settings</button></div></div></body></html>`;

const marktwerk: TestPage = {
  name: 'heldout447-transfermarkt-market-value-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Market value development', 'Market value assessment'],
  body: [...tFacts.map(([a, b]) => `${a} ${b}`), ...rowTexts(tHist), ...texts(tNote)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marktwerk', ...tNav, 'Login', 'Register', 'Advertisement', 'Ostmark Liga', 'Contract expires:', 'Jun 30, 2028', 'Date of birth/Age:', 'Feb 11, 2001 (24)',
    'Citizenship:', 'Position:', 'Left Winger', ...tTabs, 'Market values are estimates by the Marktwerk community and editors, not transfer fees.',
    'Similar market values', ...tSim, 'Forum', 'Is Villemann ready for a bigger league? 142 posts', ...tFoot,
    'Copyright Marktwerk GmbH 2000-2026 · All rights reserved',
    'We and our 213 partners use cookies to personalise ads and content, measure performance and develop our services.', 'Accept & continue', 'Settings',
  ],
};

export const HELDOUT447_B: readonly TestPage[] = [cricket, marktwerk];
