import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts } from './pages-heldout447-kit.js';

/**
 * Held-out batch 447, file d: a rugby club's season statistics page built with Elementor on an Astra WordPress theme (heading,
 * counter, text-editor and table widgets, sponsor carousel, Complianz cookie banner) and a men's tennis tour site's player
 * profile (hero with ranking boxes, tabs, personal details, biography, year-by-year table, news rail and footer).
 */
const rTitle = '2024/25 Season Statistics';
const rCounters: [string, string][] = [
  ['74', 'Tries scored'],
  ['612', 'Points for'],
  ['15', 'Wins from 22'],
  ['4', 'Bonus points'],
];
const rReview = [
  j(
    'Kilbride Harps finished third in the Western Championship, their best league position in nine seasons, and reached the semi-final of',
    'the play-offs before losing 24-19 away to Carrow Bay. The side scored 74 tries in 22 league matches, 21 more than last year.',
  ),
  j(
    "Much of that came from a rebuilt back three. Full-back Aled Pryce, signed from Ystrad in the summer, finished as the division's leading",
    'try scorer, and the wings Conor Mallin and Teddy Okonjo shared 19 between them. Head coach Fionnuala Reddan credited the forwards for',
    'the supply: the Harps won 91 per cent of their own lineouts, the best return in the league.',
  ),
  j(
    'Discipline remains the area the coaches most want to improve. The squad conceded an average of 11.4 penalties per match and collected',
    'six yellow cards, three of them in the final ten minutes of games that were still within a score.',
  ),
];
const rScorers = [
  ['Aled Pryce', 'Full-back', '21', '14', '105'],
  ['Conor Mallin', 'Wing', '20', '11', '55'],
  ['Teddy Okonjo', 'Wing', '18', '8', '40'],
  ['Eoin Farrelly', 'Fly-half', '22', '3', '187'],
  ['Dai Roberts', 'Hooker', '19', '7', '35'],
];
const rDisc = ['Yellow cards: 6', 'Red cards: 0', 'Penalties conceded: 251 (11.4 per match)', 'Lineout success: 91%', 'Scrum success: 88%'];
const rNav = ['Home', 'Fixtures & Results', 'Squad', 'Stats', 'Tickets', 'Juniors', 'Shop', 'Contact'];
const rSponsors = ['Main partner: Glenmore Motors', 'Kit partner: Tullagh Sportswear', 'Community partner: Harbourside Credit Union'];
const ew = (
  id: string,
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const hd = (id: string, tag: string, t: string): string => ew(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const rHtml = `<!DOCTYPE html><html lang="en-IE"><head><meta charset="UTF-8"><title>2024/25 Season Statistics – Kilbride Harps RFC</title>
<meta name="robots" content="index, follow"><meta property="og:title" content="2024/25 Season Statistics – Kilbride Harps RFC">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.2" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"2024/25 Season
Statistics"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.2"};</script></head>
<body class="page-template-default page page-id-412 ast-page-builder-template elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade"
id="masthead"><div class="ast-primary-header-bar"><div class="site-branding"><span class="site-title"><a href="/" rel="home">Kilbride Harps RFC</a></span></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="ast-hf-menu-1" class="main-header-menu ast-nav-menu">
${links(rNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412"><div class="entry-content clear">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${sec('5e1c0a2', hd('2b7f1d9', 'h1', rTitle) + ew('8c4d2e1', 'text-editor', "<p>Senior men's first XV, Western Championship and play-offs</p>"))}
${sec(
  'a13f9b0',
  rCounters
    .map(([n, t], i) =>
      ew(
        `c0${i}e7f`,
        'counter',
        `<div class="elementor-counter"><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-duration="2000" data-to-value="${n}" data-from-value="0">${n}</span></div>
<div class="elementor-counter-title">${t}</div></div>`,
      ),
    )
    .join('\n'),
)}
${sec('77d0c41', hd('1aa0b3c', 'h2', 'Season in review') + ew('4f5a6b7', 'text-editor', ps(rReview)))}
${sec(
  '91e2b08',
  hd('3cd4e5f', 'h2', 'Top try scorers') +
    ew(
      '6a7b8c9',
      'html',
      `<table class="harps-stats"><thead><tr><th>Player</th><th>Position</th>
<th>Apps</th><th>Tries</th><th>Points</th></tr></thead><tbody>${rows(rScorers)}</tbody></table>`,
    ),
)}
${sec(
  'b4c5d6e',
  hd('7e8f9a0', 'h2', 'Discipline and set piece') +
    ew(
      '0b1c2d3',
      'icon-list',
      `<ul class="elementor-icon-list-items">
${lis(rDisc, 'elementor-icon-list-item')}</ul>`,
    ),
)}
${sec(
  'e0f1a2b',
  ew(
    '9d8c7b6',
    'button',
    `<a class="elementor-button elementor-button-link" href="/fixtures">
<span class="elementor-button-text">See 2025/26 fixtures</span></a>`,
  ),
)}
${sec(
  'f2e3d4c',
  hd('5a4b3c2', 'h3', 'Our partners') +
    ew(
      '1f2e3d4',
      'image-carousel',
      `<div class="elementor-image-carousel swiper-wrapper">
${rSponsors
  .map(
    (s) => `<div class="swiper-slide"><figure class="swiper-slide-inner"><img src="/wp-content/uploads/sponsor.png" alt="">
<figcaption class="elementor-image-carousel-caption">${s}</figcaption></figure></div>`,
  )
  .join('\n')}</div>`,
    ),
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">
<p>Copyright © 2025 Kilbride Harps RFC | Kilbride Park,
Shore Road | Powered by Astra WordPress Theme</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>To provide the best
experiences, we use technologies like cookies to store and/or access device information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div></body></html>`;

const rugby: TestPage = {
  name: 'heldout447-elementor-rugby-season-stats-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Season in review', 'Top try scorers', 'Discipline and set piece'],
  body: [
    "Senior men's first XV, Western Championship and play-offs",
    ...rCounters.map(([n, t]) => `${n} ${t}`),
    ...texts(rReview),
    ...rowTexts(rScorers),
    ...rDisc,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kilbride Harps RFC', ...rNav, 'See 2025/26 fixtures', 'Our partners', ...rSponsors,
    'Copyright © 2025 Kilbride Harps RFC | Kilbride Park, Shore Road | Powered by Astra WordPress Theme', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const nTitle = 'Bastien Leroux-Aubry';
const nDetails: [string, string][] = [
  ['Age', '27 (1998.04.19)'],
  ['Weight', '180lbs (82kg)'],
  ['Height', '6\'2" (188cm)'],
  ['Turned pro', '2016'],
  ['Birthplace', 'Saint-Évrard, France'],
  ['Plays', 'Right-Handed, Two-Handed Backhand'],
  ['Coach', 'Henri Lacoste-Vidal, Mara Oyelaran'],
];
const nBio = [
  j(
    'Leroux-Aubry broke into the Top 50 in 2022 on the back of a run to the quarter-finals at the Kessenburg Open, where he saved two match',
    'points against the fifth seed in the second round. He won his first tour-level title the following spring on the clay of Tarragò and',
    'added a second on the grass of Whitlow in 2024.',
  ),
  j(
    'A wrist injury ended his 2023 season in August and he returned in January ranked outside the Top 120. He rebuilt his ranking on the',
    'Challenger circuit, winning three titles in five months, and by the end of 2024 had climbed to a career-high No. 19.',
  ),
  j(
    'Known for one of the biggest first serves on tour, he led all players in aces in 2025 with 712 and won 79 per cent of points behind',
    'his first delivery. He is also among the few players who regularly serve and volley on hard courts.',
  ),
  '<h3>Personal</h3>',
  j(
    'Started playing at the age of five at a municipal club in Saint-Évrard, where his mother was a volunteer coach. Has a younger sister,',
    'Élodie, who played college tennis in the United States. Supports the local football club, lists cooking and chess among his',
    'hobbies and trains at a base in Nice during the off-season.',
  ),
];
const nYear = [
  ['2025', '19', '38-21', '1', '$2,184,630'],
  ['2024', '19', '41-24', '1', '$1,906,215'],
  ['2023', '108', '14-13', '0', '$512,480'],
  ['Career', '19', '161-118', '2', '$7,040,902'],
];
const nNav = ['Scores', 'Schedule', 'Rankings', 'Players', 'Stats', 'News', 'Videos', 'Tournaments', 'Tickets'];
const nTabs = ['Overview', 'Bio', 'Stats', 'Activity', 'Win/Loss', 'Titles & Finals', 'Rankings History', 'Head 2 Head'];
const nNews = ['Leroux-Aubry serves his way past Pellegrini in Whitlow', 'Ace leaders: who has the biggest serve of 2025?'];
const nFoot = ['About Us', 'Contact', 'Careers', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Do Not Sell My Personal Information'];
const nBioHtml = nBio.map((p) => (p.startsWith('<h3>') ? p : `<p>${p}</p>`)).join('\n');
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bastien Leroux-Aubry | Overview | PTA Tour | Tennis</title>
<meta name="description" content="Official tennis player profile of Bastien Leroux-Aubry on the PTA Tour.">
<meta property="og:image" content="https://www.ptatour.example/-/media/players/headshot/lb91.png"><link href="/assets/atptour/css/profile.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Bastien
Leroux-Aubry","nationality":"France","birthDate":"1998-04-19"}</script>
<script>window.playerId="lb91";window.__gtm={"pageCategory":"player-profile"};</script></head>
<body class="atp_page"><div class="atp_header"><header class="atp_header-wrapper"><a class="atp_logo" href="/en/">PTA Tour</a>
<nav class="atp_nav" aria-label="Primary"><ul class="atp_nav-list">${links(nNav, 'atp_nav-item')}</ul></nav>
<div class="atp_header-account"><a href="/en/login">Sign in</a></div></header></div>
<div class="atp_ad atp_ad-leaderboard"><span class="atp_ad-label">Advertisement</span></div>
<main class="atp_player-profile"><div class="player_profile"><div class="atp_player-hero"><div class="player_name"><h1>${nTitle}</h1>
<span class="player-flag"><img src="/flags/fra.svg" alt="FRA"></span></div>
<div class="player_stats"><div class="stat"><span class="stat-label">Rank</span> <span class="stat-value">19</span></div>
<div class="stat"><span class="stat-label">Career High</span> <span class="stat-value">19 (2024.11.04)</span></div>
<div class="stat"><span class="stat-label">YTD W-L</span> <span class="stat-value">38-21</span></div></div>
<a class="atp_button player-follow" href="#">Follow player</a></div>
<div class="atp_tabs"><ul class="tabs">${links(nTabs, 'tab')}</ul></div>
<div class="atp_player-content"><div class="personal_details"><h2>Personal details</h2><ul class="pd_left">
${nDetails.map(([k, v]) => `<li><span>${k}</span> <span>${v.replace(/"/g, '&quot;')}</span></li>`).join('\n')}</ul></div>
<div class="atp_player-bio"><h2>Biography</h2><div class="bio-text">${nBioHtml}</div></div>
<div class="atp_player-yearly"><h2>Year-end summary</h2><table class="atp_table"><thead><tr><th>Year</th><th>Rank</th><th>W-L</th><th>Titles</th>
<th>Prize Money</th></tr></thead><tbody>${rows(nYear)}</tbody></table>
<p class="atp_table-note">Prize money in U.S. dollars, singles and doubles combined.</p></div>
</div><aside class="atp_player-news"><h2>Latest news</h2><ul>${links(nNews, 'atp_card')}</ul>
<div class="atp_promo"><p>Watch every match live on Tennis TV</p><a href="https://www.tennistv.example">Start free trial</a></div></aside></div></main>
<footer class="atp_footer"><ul>${links(nFoot)}</ul><p class="atp_footer-copy">© Copyright 1994 - 2025 PTA Tour, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2>
<p id="onetrust-policy-text">By clicking "Accept All Cookies", you agree that the PTA Tour can store cookies on your device.</p></div>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button></div></body></html>`;

const tennis: TestPage = {
  name: 'heldout447-pta-tour-player-profile-wiki',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Personal details', 'Biography', 'Personal', 'Year-end summary'],
  body: [...nDetails.map(([k, v]) => `${k} ${v}`), ...texts(nBio.filter((p) => !p.startsWith('<h3>'))), ...rowTexts(nYear)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PTA Tour', ...nNav, 'Sign in', 'Advertisement', 'Rank', 'Career High', '19 (2024.11.04)', 'YTD W-L', 'Follow player', ...nTabs,
    'Prize money in U.S. dollars, singles and doubles combined.', 'Latest news', ...nNews, 'Watch every match live on Tennis TV', 'Start free trial', ...nFoot,
    '© Copyright 1994 - 2025 PTA Tour, Inc. All rights reserved.', 'Your privacy',
    'By clicking "Accept All Cookies", you agree that the PTA Tour can store cookies on your device.', 'Accept All Cookies', 'Reject All',
  ],
};

export const HELDOUT447_D: readonly TestPage[] = [rugby, tennis];
