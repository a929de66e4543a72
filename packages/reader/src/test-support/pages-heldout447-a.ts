import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file a: a football club's player profile on a Next.js club site (OneTrust banner, mega menu, sponsor
 * strip, hero with the squad number, profile facts, biography, career table, honours, "Latest news" rail, shirt promo,
 * newsletter box and footer) and a Basketball-Reference-style player page (Sports Reference template).
 */
const cTitle = 'Tomasz Reyland';
const cFacts: [string, string][] = [
  ['Position', 'Central midfielder'],
  ['Date of birth', '14 June 1998'],
  ['Place of birth', 'Corrow, Westmarch'],
  ['Joined', 'July 2021 from Pellam Town'],
];
const cBio = [
  j(
    'Tomasz Reyland arrived at the Causeway in the summer of 2021 with a reputation as a tidy passer from the third tier and left his',
    'first pre-season as the player the coaching staff built the midfield around. Signed from Pellam Town for an undisclosed fee, he',
    'started 41 league matches in his debut campaign, more than any other outfield player in the squad.',
  ),
  j(
    'Reyland came through the academy at Corrow Rovers, where he was released at sixteen for being, in his own words, "too small and too',
    'slow to be a footballer and too stubborn to stop". Two seasons of non-league football with Dunmere Harriers followed before Pellam',
    'Town took him on a part-time contract, combining training with an apprenticeship as an electrician.',
  ),
  j(
    'His passing range is the first thing supporters noticed: in the 2022/23 promotion season he completed more long passes than any',
    "midfielder in the division, and his switch of play to the left flank became the team's most reliable route out of a press. Less",
    'visible, but just as valued by the staff, is his reading of second balls in front of the back four.',
  ),
  j(
    'A hamstring injury in November 2023 kept him out for eleven weeks, the longest spell of his career. He returned for the League Cup',
    "semi-final against Alderholt and scored the equaliser from the edge of the area, a goal later voted the club's Goal of the Season.",
  ),
  j(
    "Off the pitch, Reyland is an ambassador for the Harrowgate Athletic Community Trust's walking football programme and still keeps his",
    "electrician's card up to date. He signed a contract extension in February 2025 that runs until the summer of 2028.",
  ),
];
const cHead = ['Season', 'Club', 'League apps', 'League goals', 'Cup apps', 'Cup goals'];
const cStats = [
  ['2019/20', 'Pellam Town', '31', '2', '4', '0'],
  ['2020/21', 'Pellam Town', '44', '6', '3', '1'],
  ['2021/22', 'Harrowgate Athletic', '41', '3', '5', '0'],
  ['2022/23', 'Harrowgate Athletic', '45', '7', '4', '1'],
  ['2023/24', 'Harrowgate Athletic', '29', '2', '6', '2'],
  ['2024/25', 'Harrowgate Athletic', '43', '5', '3', '0'],
];
const cHonours = ['League One promotion: 2022/23', "Players' Player of the Season: 2022/23", 'Goal of the Season: 2023/24'];
const cNav = ['News', 'Fixtures', 'Tickets', 'Teams', 'Club', 'Foundation', 'Shop', 'Hospitality'];
const cSub = ["Men's first team", "Women's first team", 'Academy', 'Staff'];
const cNews = [
  'Reyland: "We owe the travelling fans a performance"',
  'Match report: Harrowgate Athletic 2-1 Alderholt',
  'Squad numbers confirmed for the new season',
];
const cFoot = ['Contact us', 'Accessibility', 'Careers', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Modern slavery statement'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"/>
<title>Tomasz Reyland | Men's First Team | Harrowgate Athletic FC</title>
<meta name="description" content="Profile, statistics and biography of Harrowgate Athletic midfielder Tomasz Reyland."/>
<meta property="og:title" content="Tomasz Reyland"/><meta property="og:type" content="profile"/><meta property="og:site_name" content="Harrowgate Athletic FC"/>
<link rel="preload" href="/_next/static/css/8a1f2c0b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1f2c0b.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Tomasz Reyland","birthDate":"1998-06-14",
"memberOf":{"@type":"SportsTeam","name":"Harrowgate Athletic FC"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7c1e-44aa" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__x1Q2" href="#main-content">Skip to content</a>
<div class="SponsorBar_bar__9kLw"><span class="SponsorBar_label__aa31">Official partners</span><img src="/img/kelso-bank.svg" alt="Kelso Bank"/></div>
<header class="Header_header__3rT0"><a class="Header_crest__QpZ1" href="/" aria-label="Harrowgate Athletic home"><img src="/crest.svg" alt=""/></a>
<nav class="MegaNav_nav__p0Kx" aria-label="Main"><ul class="MegaNav_list__Y2bd">${links(cNav, 'MegaNav_item__8sQa')}</ul></nav>
<a class="Header_cta__Vv2c" href="/tickets">Buy tickets</a></header>
<nav class="SubNav_subnav__fE11" aria-label="Teams"><ul>${links(cSub, 'SubNav_item__u3Lp')}</ul></nav>
<main id="main-content" class="PlayerProfile_main__kD0n"><nav class="Breadcrumbs_crumbs__c8Aa" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/teams">Teams</a></li><li><a href="/teams/mens">Men's first team</a></li><li aria-current="page">${cTitle}</li>
</ol></nav>
<section class="PlayerHero_hero__Lx4e"><div class="PlayerHero_number__Zt7r" aria-hidden="true">8</div>
<div class="PlayerHero_text__m2Pq"><span class="PlayerHero_position__Rr5d">Midfielder</span><h1 class="PlayerHero_name__7bWc">${cTitle}</h1></div>
<picture class="PlayerHero_image__0aVv"><img src="/_next/image?url=%2Fplayers%2Freyland.png&amp;w=1080&amp;q=75" alt="Tomasz Reyland"/></picture></section>
<div class="PlayerProfile_grid__H1vE"><aside class="PlayerFacts_facts__w9dZ"><ul>
${cFacts
  .map(
    ([k, v]) => `<li class="PlayerFacts_row__q2Tt"><span class="PlayerFacts_label__a1">${k}</span> <span class="PlayerFacts_value__b2">${v}</span>
</li>`,
  )
  .join('\n')}
</ul></aside><article class="PlayerProfile_body__Gm2s"><div class="RichText_rich__Qx8e"><h2>Biography</h2>
${ps(cBio)}
<h2>Career statistics</h2><div class="StatsTable_wrap__N5dp"><table class="StatsTable_table__e0Ps"><thead>
<tr>${cHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${rows(cStats, 'StatsTable_row__k7Hs')}</tbody></table></div>
<h2>Honours</h2><ul>${lis(cHonours)}</ul></div>
<div class="ShareBar_share__Jd0q"><span>Share this profile</span><button aria-label="Share on X">Post</button>
<button aria-label="Share on Facebook">Facebook</button><button>Copy link</button></div></article></div>
<section class="PromoBanner_promo__Fo4w"><h3 class="PromoBanner_title__r1">Get the 2025/26 home shirt with REYLAND 8</h3>
<a class="PromoBanner_btn__z9" href="https://shop.harrowgate.example">Shop now</a></section>
<section class="NewsRail_rail__pP2b"><h2 class="NewsRail_heading__Yy3t">Latest news</h2><ul>${links(cNews, 'NewsRail_card__a0Qw')}</ul>
<a href="/news" class="NewsRail_more__Ue5b">View all news</a></section></main>
<section class="Newsletter_box__Wq1r"><h2>Never miss a moment</h2><p>Sign up for club news, ticket alerts and offers from our partners.</p>
<form><input type="email" placeholder="Email address"/><button type="submit">Subscribe</button></form></section>
<footer class="Footer_footer__B8mK"><ul>${links(cFoot, 'Footer_link__Qe1r')}</ul>
<p class="Footer_legal__n2Ys">© 2025 Harrowgate Athletic Football Club Ltd. Registered in England No. 00412987.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to give you the best experience on our website and to show you relevant advertising.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button>
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"player":{"slug":"tomasz-reyland","number":8}}},"page":"/teams/[team]/[slug]",
"buildId":"m4Xq7TkZ0-2bV"}</script></body></html>`;

const club: TestPage = {
  name: 'heldout447-nextjs-club-player-profile-wiki',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: ['Biography', 'Career statistics', 'Honours'],
  body: [...cFacts.map(([k, v]) => `${k} ${v}`), ...texts(cBio), ...rowTexts(cStats), ...cHonours],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Official partners', ...cNav, 'Buy tickets', ...cSub, 'Home', 'Teams', 'Midfielder', 'Share this profile', 'Post', 'Facebook',
    'Copy link', 'Get the 2025/26 home shirt with REYLAND 8', 'Shop now', 'Latest news', ...cNews, 'View all news', 'Never miss a moment',
    'Sign up for club news, ticket alerts and offers from our partners.', 'Subscribe', ...cFoot,
    '© 2025 Harrowgate Athletic Football Club Ltd. Registered in England No. 00412987.',
    'We use cookies to give you the best experience on our website and to show you relevant advertising.', 'Cookie Settings', 'Accept All Cookies',
  ],
};

const bTitle = 'Dorian Malvey';
const bMeta = [
  'Dorian Vance Malvey ▪ Twitter: dmalvey_3',
  '(Dee, The Lamplighter)',
  'Position: Shooting Guard ▪ Shoots: Right',
  '6-4, 198lb (193cm, 89kg)',
  'Born: March 2, 1999 in Tullen Falls, Ostrava County',
  'College: Brackwater State',
  'Draft: Marlow Pilots, 2nd round (38th pick, 38th overall), 2021 PBL Draft',
  'Experience: 4 years',
];
const bHead = ['Season', 'Age', 'Tm', 'Lg', 'Pos', 'G', 'GS', 'MP', 'FG%', '3P%', 'TRB', 'AST', 'PTS'];
const bPer = [
  ['2021-22', '22', 'MRL', 'PBL', 'SG', '48', '3', '14.2', '.401', '.336', '1.9', '1.1', '5.8'],
  ['2022-23', '23', 'MRL', 'PBL', 'SG', '71', '22', '24.6', '.438', '.371', '3.0', '2.4', '11.7'],
  ['2023-24', '24', 'HSK', 'PBL', 'SG', '79', '79', '31.8', '.452', '.389', '3.6', '3.9', '17.4'],
  ['2024-25', '25', 'HSK', 'PBL', 'SG', '66', '66', '33.1', '.447', '.402', '4.1', '4.4', '19.9'],
];
const bTot = [
  ['2021-22', '22', 'MRL', 'PBL', 'SG', '48', '3', '682', '.401', '.336', '91', '53', '278'],
  ['2022-23', '23', 'MRL', 'PBL', 'SG', '71', '22', '1747', '.438', '.371', '213', '170', '831'],
  ['2023-24', '24', 'HSK', 'PBL', 'SG', '79', '79', '2512', '.452', '.389', '284', '308', '1375'],
  ['2024-25', '25', 'HSK', 'PBL', 'SG', '66', '66', '2185', '.447', '.402', '271', '290', '1313'],
];
const bTrans = [
  'June 24, 2021: Drafted by the Marlow Pilots in the 2nd round (38th pick) of the 2021 PBL Draft.',
  'July 9, 2021: Signed a two-way contract with the Marlow Pilots.',
  'February 8, 2023: Traded by the Marlow Pilots with a 2025 2nd round draft pick to the Hesketh Kestrels for Alvin Drubb.',
  'July 2, 2024: Signed a four-year contract extension with the Hesketh Kestrels.',
];
const bNav = ['Players', 'Teams', 'Seasons', 'Leaders', 'Scores', 'Playoffs', 'Stathead', 'Newsletter', 'Full Site Menu Below'];
const bInner = ['Stats', 'Game Logs', 'Splits', 'Shot Charts', 'Lineups', 'On/Off', 'Gambling'];
const bFoot = ['About', 'Conditions & Terms of Service', 'Advertise With Us', 'Jobs at Sports Reference', 'Data Use', 'Privacy Policy'];
const table = (id: string, caption: string, data: string[][]): string => `<div class="table_container tabbed is_setup" id="div_${id}">
<table class="stats_table sortable row_summable" id="${id}" data-cols-to-freeze=",1"><caption>${caption} Table</caption>
<colgroup>${bHead.map(() => '<col>').join('')}</colgroup><thead><tr>${bHead
  .map(
    (h) => `<th aria-label="${h}" data-stat="${h}" scope="col"
class=" poptip sort_default_asc center">${h}</th>`,
  )
  .join('\n')}</tr></thead>
<tbody>${rows(data, 'full_table', true)}</tbody></table></div>`;
const bHtml = `<!DOCTYPE html><html data-version="klecko-" data-root="/home/cr/build" lang="en" class="no-js"><head>
<meta charset="utf-8"><title>Dorian Malvey Stats, Height, Weight, Position, Draft Status and more | Courtside-Reference.com</title>
<meta name="Description" content="Checkout the latest stats for Dorian Malvey. Get info about his position, age, height, weight, college, draft, and more.">
<link rel="canonical" href="https://www.courtside-reference.example/players/m/malvedo01.html"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Dorian Vance Malvey","height":{"@type":"QuantitativeValue",
"value":"6-4"},"birthDate":"1999-03-02","affiliation":"Hesketh Kestrels"}</script>
<script>var sr_gzipEnabled = false; window.sr_tracking = {"site":"cr","page_type":"player"};</script>
<link rel="stylesheet" href="https://cdn.ssref.example/css/sr-min.css"></head>
<body class="cr"><div id="wrap"><div id="header" role="banner"><div id="logo"><a href="/"><img class="logo" alt="Courtside-Reference.com Logo"
src="https://cdn.ssref.example/req/202501/logos/cr-logo.svg"></a></div>
<div id="header_nav"><ul class="menu" role="menubar">${links(bNav, 'primary')}</ul></div>
<div class="search"><form action="/search/search.fcgi" method="get"><input type="search" name="search" placeholder="Enter Person, Team, Section, etc">
<input type="submit" value="Search"></form></div></div>
<div id="sr_notification" class="sr_notification"><p>We use cookies and similar technologies to deliver our services. <a href="/privacy.html">Privacy Policy</a>
<button class="sr_notification_accept">OK, got it</button></p></div>
<div id="info" class="players"><div id="meta"><div class="media-item">
<img src="https://cdn.ssref.example/headshots/malvedo01.jpg" alt="Photo of Dorian Malvey"></div>
<div><h1><span>${bTitle}</span></h1>
${ps(bMeta)}
</div></div>
<div class="stats_pullout"><div class="p1"><div><span class="poptip" data-tip="Games">G</span><p>264</p></div>
<div><span class="poptip" data-tip="Points">PTS</span><p>14.8</p></div></div></div>
<div id="bottom_nav"><div id="bottom_nav_container"><ul>${links(bInner)}</ul></div></div></div>
<div class="adblock" id="div-gpt-ad-sr-top"><span class="ad_label">Advertisement</span></div>
<div id="content" role="main" class="box"><div id="inpage_nav" class="sticky"><ul><li><a href="#per_game">Per Game</a></li><li><a href="#totals">Totals</a></li>
<li><a href="#all_transactions">Transactions</a></li></ul></div>
<div id="all_per_game" class="table_wrapper setup_commented"><div class="section_heading assoc_per_game" id="per_game_sh"><span class="section_anchor"
data-label="Per Game"></span><h2>Per Game</h2><div class="section_heading_text"><ul><li class="hasmore"><span>Share &amp; Export</span></li>
<li><a href="#" class="sr_glossary">Glossary</a></li></ul></div></div>
${table('per_game', 'Per Game', bPer)}</div>
<div id="all_totals" class="table_wrapper"><div class="section_heading assoc_totals"><h2>Totals</h2></div>
${table('totals', 'Totals', bTot)}</div>
<div id="all_transactions" class="table_wrapper"><div class="section_heading"><h2>Transactions</h2></div><div id="div_transactions">
${ps(bTrans)}</div></div>
<div id="all_leaderboard" class="table_wrapper"><div class="section_heading"><h2>Leaderboards, Awards, and Honors</h2></div>
<div id="div_leaderboard"><ul><li>Three-Point Field Goal Pct: 2024-25 (9th, .402)</li><li>Most Improved Player: 2023-24 (3rd)</li></ul></div></div></div>
<div id="footer" role="contentinfo"><div id="site_explainer"><p>Courtside Reference is part of the Sports Reference family of sites.</p></div>
<ul class="footer_links">${links(bFoot)}</ul><p class="copyright">Copyright © 2000-2025 Sports Reference LLC. All rights reserved.</p>
<p id="last_updated">Site Last Updated: Tuesday, July 8, 10:14AM</p></div></div></body></html>`;

const courtside: TestPage = {
  name: 'heldout447-sports-reference-player-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Per Game', 'Totals', 'Transactions'],
  body: [...bMeta, ...rowTexts(bPer), ...rowTexts(bTot), ...bTrans],
  bylines: ['Site Last Updated: Tuesday, July 8, 10:14AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'We use cookies and similar technologies to deliver our services.', 'OK, got it', ...bInner, 'Advertisement', 'Share & Export', 'Glossary',
    'Per Game Table', 'Totals Table', 'Leaderboards, Awards, and Honors', 'Three-Point Field Goal Pct: 2024-25 (9th, .402)',
    'Most Improved Player: 2023-24 (3rd)', 'Courtside Reference is part of the Sports Reference family of sites.', ...bFoot,
    'Copyright © 2000-2025 Sports Reference LLC. All rights reserved.',
  ],
};

export const HELDOUT447_A: readonly TestPage[] = [club, courtside];
