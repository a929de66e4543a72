import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file e: a RotoWire-style fantasy player news page whose article is one short news update with its
 * analysis (player card, "More news" list of older updates, tools rail, subscription promo) and a Fandom wiki's league season
 * page (global navigation, community header, infobox, table of contents, standings table, navbox, categories, rails and the
 * Fandom footer).
 */
const wTitle = 'Marcus Tilley: Expected to return Sunday';
const wNews = [
  j(
    "Tilley (hamstring) was a full participant in Friday's practice and does not carry an injury designation into Sunday's game against",
    'Albany, Dana Whitcombe of the Carver Courier reports.',
  ),
];
const wAnalysis = [
  j(
    'Tilley missed the last two games after tweaking the hamstring in Week 7, but three straight full practices leave little doubt that',
    'he will be back in his usual role as the No. 2 receiver. Before the injury he had drawn 22 targets over three games and caught a',
    'touchdown in each of them. Albany have allowed the fourth-most receiving yards to wide receivers this season, so Tilley profiles as a',
    'solid WR3 in 12-team formats. Rookie Devon Pace, who filled in with 11 catches over the last two games, should slide back to a',
    'rotational role and is no more than a deep-league flier.',
  ),
];
const wMore = [
  "Marcus Tilley: Limited at Wednesday's practice",
  'Marcus Tilley: Will not play Sunday',
  'Marcus Tilley: Questionable with hamstring injury',
  'Marcus Tilley: Catches touchdown in loss',
];
const wNav = ['Football', 'Baseball', 'Basketball', 'Hockey', 'Soccer', 'Golf', 'Betting', 'DFS', 'Tools'];
const wTools = ['Start/Sit Tool', 'Weekly Projections', 'Injury Report', 'Depth Charts', 'Waiver Wire Pickups'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Marcus Tilley: Expected to return Sunday | Fantasy Football News | Gridwire</title>
<meta name="description" content="Tilley (hamstring) was a full participant in Friday's practice."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Marcus Tilley: Expected to return Sunday",
"datePublished":"2025-10-31T17:42:00-05:00","author":{"@type":"Organization","name":"Gridwire Staff"}}</script>
<link rel="stylesheet" href="/css/gridwire.min.css"><script>var GW = {"sport":"football","playerID":5218};</script></head>
<body class="is-player-news"><div class="gw-banner"><p>Week 9 rankings are live. <a href="/football/rankings">See the rankings</a></p></div>
<header class="main-nav"><a class="main-nav__logo" href="/">Gridwire</a><nav><ul class="main-nav__menu">${links(wNav, 'main-nav__item')}</ul></nav>
<a href="/subscribe" class="main-nav__subscribe">Subscribe</a><a href="/login" class="main-nav__login">Log In</a></header>
<div class="page-container"><div class="p-card"><img class="p-card__headshot" src="/images/players/5218.png" alt="Marcus Tilley">
<div class="p-card__name"><a href="/football/player/marcus-tilley-5218">Marcus Tilley</a></div><div class="p-card__info">WR | Carver Bison | #84</div>
<ul class="p-card__facts"><li>Age: 26</li><li>Ht: 6'1"</li><li>Wt: 201 lbs</li></ul>
<a class="p-card__link" href="/football/player/marcus-tilley-5218">View full profile</a></div>
<main class="news-main"><div class="news-update" data-id="784412"><h1 class="news-update__headline">${wTitle}</h1>
<div class="news-update__meta"><span class="news-update__timestamp">October 31, 2025</span> <span class="news-update__author">Gridwire Staff</span></div>
<div class="news-update__news">${ps(wNews)}</div>
<div class="news-update__analysis"><div class="news-update__analysis-label">ANALYSIS</div>${ps(wAnalysis)}</div>
<div class="news-update__source">Source: <a href="https://x.example/dwhitcombe">Dana Whitcombe on X</a></div>
<div class="news-update__actions"><span>Share:</span> <a href="#">Copy link</a> <a href="#">Post to X</a></div></div>
<div class="gw-promo"><p class="gw-promo__title">Get every injury update first</p><p>Real-time alerts for your roster, plus projections and lineup tools.</p>
<a class="gw-promo__btn" href="/subscribe">Try Gridwire Premium</a></div>
<section class="more-news"><h2 class="more-news__heading">More Marcus Tilley news</h2><ul>${links(wMore, 'more-news__item')}</ul></section></main>
<aside class="news-rail"><h3>Fantasy tools</h3><ul>${links(wTools)}</ul><div class="ad-slot"><span class="ad-slot__label">Advertisement</span></div></aside>
</div>
<footer class="main-footer"><ul>${links(['About Us', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Advertise'])}</ul>
<p>Copyright © 2025 Gridwire Media, LLC. All rights reserved.</p><p class="main-footer__gamble">If you or someone you know has a gambling problem, call
1-800-555-0199.</p></footer></body></html>`;

const fantasy: TestPage = {
  name: 'heldout447-gridwire-fantasy-player-news-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: [...texts(wNews), ...texts(wAnalysis)],
  bylines: ['October 31, 2025', 'Gridwire Staff'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Week 9 rankings are live.', 'See the rankings', 'Gridwire', ...wNav, 'Subscribe', 'Log In', 'Marcus Tilley', 'WR | Carver Bison | #84', 'Age: 26',
    'Wt: 201 lbs', 'View full profile', 'ANALYSIS', 'Source:', 'Dana Whitcombe on X', 'Share:', 'Copy link', 'Post to X', 'Get every injury update first',
    'Real-time alerts for your roster, plus projections and lineup tools.', 'Try Gridwire Premium', 'More Marcus Tilley news', ...wMore, 'Fantasy tools',
    ...wTools, 'Advertisement', 'About Us', 'Contact Us', 'Privacy Policy', 'Terms of Service', 'Advertise',
    'Copyright © 2025 Gridwire Media, LLC. All rights reserved.',
    'If you or someone you know has a gambling problem, call 1-800-555-0199.',
  ],
};

const dTitle = '2019–20 Ardmoor Football League';
const dIntro = [
  j(
    'The <b>2019–20 Ardmoor Football League</b> was the 41st season of the top division of football in the fictional nation of Ardmoor,',
    'featured in the <i>Touchline Chronicles</i> series of novels. It began on 10 August 2019 and was suspended after matchday 26, when the',
    'league council cancelled the remaining fixtures following the Great Drought storyline.',
  ),
  j(
    '<a href="/wiki/Port_Hesketh_United">Port Hesketh United</a> were declared champions on points per game, their third title, while',
    'defending champions <a href="/wiki/Calder_Rovers">Calder Rovers</a> finished second.',
  ),
];
const dSummary = [
  j(
    'Port Hesketh began the season with nine straight wins under new manager Ingrid Solvang, a run that is described in detail in the',
    'second book, <i>Nine in a Row</i>. Calder Rovers closed the gap to two points by matchday 20 after a 3–0 win in the Harbour Derby.',
  ),
  j(
    'The suspension is one of the most discussed plot points in the series. Readers have long debated whether Calder would have caught the',
    'leaders; the author stated in a 2022 interview that she "never decided, on purpose".',
  ),
];
const dTable = [
  ['1', 'Port Hesketh United', '26', '19', '4', '3', '61', '(C)'],
  ['2', 'Calder Rovers', '26', '17', '6', '3', '57', ''],
  ['3', 'Mirefield Athletic', '26', '13', '7', '6', '46', ''],
  ['4', 'Dunhallow Town', '26', '12', '5', '9', '41', ''],
  ['12', 'Skerrow Albion', '26', '4', '6', '16', '18', '(R)'],
];
const dTrivia = [
  "Port Hesketh's Tamsin Orrell finished as top scorer with 21 goals, a record for a shortened season.",
  'No club was relegated on the pitch; Skerrow Albion were relegated later in the story for financial reasons.',
  'The season is the only one in the series without a cup final.',
];
const dFandomNav = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const dLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Interactive Maps', 'Clubs', 'Seasons', 'Characters', 'Books'];
const dCats = ['Seasons', 'AFL seasons', 'Book 2 locations', 'Community content is available under CC-BY-SA unless otherwise noted.'];
const dNavbox = ['2017–18', '2018–19', '2019–20', '2020–21', '2021–22'];
const dRail = ['Tamsin Orrell (character)', 'List of characters', 'Nine in a Row (novel)'];
const dFoot = [
  'Explore properties',
  'Fandom',
  'Muthead',
  'Fanatical',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Digital Services Act',
  'Global Sitemap',
  'Local Sitemap',
];
const mwH = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const dHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>2019–20 Ardmoor Football League | Touchline
Chronicles Wiki | Fandom</title><meta name="description" content="The 2019–20 Ardmoor Football League was the 41st season of the top division.">
<meta property="og:site_name" content="Touchline Chronicles Wiki"><link rel="stylesheet" href="https://static.wikia.example/skins/FandomDesktop/main.css">
<script>var RLCONF={"wgPageName":"2019–20_Ardmoor_Football_League","wgNamespaceNumber":0,"wgCategories":["Seasons"]};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"2019–20 Ardmoor Football League","about":{"@type":"Thing",
"name":"Touchline Chronicles"},"author":{"@type":"Organization","name":"Touchline Chronicles Wiki Community"}}</script></head>
<body class="skin-fandomdesktop mediawiki ltr ns-0 page-2019_20_Ardmoor_Football_League"><div class="global-navigation"><nav class="global-navigation__nav">
<a class="global-navigation__logo" href="https://www.fandom.example">Fandom</a><ul>${links(dFandomNav, 'global-navigation__link')}</ul></nav>
<a class="wds-button global-navigation__signin" href="/signin">Sign In</a><a class="wds-button" href="/register">Register</a></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Main_Page">Touchline Chronicles Wiki</a><nav class="fandom-community-header__local-navigation">
<ul class="wds-tabs">${links(dLocal, 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content"><div class="page-header" id="PageHeader"><div class="page-header__categories">
<span class="page-header__categories-in">in:</span> <a href="/wiki/Category:Seasons">Seasons</a>, <a href="/wiki/Category:AFL">AFL seasons</a></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${dTitle}</span></h1></div>
<div class="page-header__actions"><a class="wds-button" href="?action=edit">Edit</a></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-title">2019–20 season</h2>
<div class="pi-item pi-data"><h3 class="pi-data-label">Champions</h3><div class="pi-data-value">Port Hesketh United</div></div>
<div class="pi-item pi-data"><h3 class="pi-data-label">Matches played</h3><div class="pi-data-value">156</div></div></aside>
${ps(dIntro)}
<div id="toc" class="toc" role="navigation"><div class="toc-title"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1"><a href="#Season_summary"><span class="tocnumber">1</span> <span class="toctext">Season summary</span></a></li>
<li class="toclevel-1"><a href="#Final_table"><span class="tocnumber">2</span> <span class="toctext">Final table</span></a></li>
<li class="toclevel-1"><a href="#Trivia"><span class="tocnumber">3</span> <span class="toctext">Trivia</span></a></li></ul></div>
${mwH('Season summary')}
${ps(dSummary)}
${mwH('Final table')}
<table class="wikitable"><tbody><tr><th>Pos</th><th>Team</th><th>Pld</th><th>W</th><th>D</th><th>L</th><th>Pts</th><th>Notes</th></tr>
${rows(dTable)}</tbody></table>
${mwH('Trivia')}
<ul>${lis(dTrivia)}</ul>
<table class="navbox"><tbody><tr><th class="navbox-title">Ardmoor Football League seasons</th></tr><tr><td class="navbox-list">
${dNavbox.map((s) => `<a href="/wiki/${s}">${s}</a>`).join(' • ')}</td></tr></tbody></table></div></div></div>
<div class="page-footer"><div class="wds-collapsible-panel page-footer__categories"><header>Categories</header><ul>${lis(dCats.slice(0, 3))}</ul></div>
<div class="license-description">${dCats[3] ?? ''}</div></div></main>
<aside class="page__right-rail"><div class="rail-module recent-wiki-activity"><h2 class="rail-module__header">Popular pages</h2><ul>${links(dRail)}</ul></div>
<div class="ad-slot-placeholder"><span>Advertisement</span></div></aside></div></div></div>
<footer class="global-footer"><ul>${links(dFoot, 'global-footer__link')}</ul>
<p class="global-footer__bottom">Touchline Chronicles Wiki is a FANDOM Books Community.</p>
</footer><div id="tracking-opt-in"><p>We want to share cookies with our partners to serve personalised ads.</p><button>ACCEPT</button><button>REJECT</button>
</div></body></html>`;

const fandom: TestPage = {
  name: 'heldout447-fandom-league-season-wiki',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: ['Season summary', 'Final table', 'Trivia'],
  body: [...texts(dIntro), ...texts(dSummary), ...rowTexts(dTable).map((r) => r.trim()), ...dTrivia],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dFandomNav.filter((t) => t !== 'TV'), 'Sign In', 'Register', 'Touchline Chronicles Wiki', ...dLocal, 'in:', 'Edit', 'Contents', 'edit',
    'Ardmoor Football League seasons',
    ...dNavbox.filter((s) => s !== '2019–20'), 'Categories', ...dCats, 'Popular pages', ...dRail, 'Advertisement', ...dFoot,
    'Touchline Chronicles Wiki is a FANDOM Books Community.', 'We want to share cookies with our partners to serve personalised ads.', 'ACCEPT', 'REJECT',
  ],
};

export const HELDOUT447_E: readonly TestPage[] = [fantasy, fandom];
