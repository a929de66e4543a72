import { links, ps, type TestPage, texts } from './page-kit.js';
import { golfPage } from './pages-heldout189-b2.js';

/**
 * Held-out batch 189, file b: a player profile on a Transfermarkt-style football data site (the header search, the main nav
 * and its hidden mobile copy, the data header with shirt number, club, league, contract and market value box, the profile
 * sub-nav, the "Player data" info table, the career profile text, the transfer history table, the news and similar-player
 * rails, the ad slots, the Sourcepoint consent message and the footer) and, from file b2, a golf round report on a tour
 * site.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const tmTitle = 'Tomas Varga';
const tmHead = ['#9', 'Rivermouth Athletic', 'Premier Division', 'League level:', 'First Tier', 'Joined:', 'Jul 1, 2024', 'Contract expires:'];
const tmItems = [
  'Date of birth/Age: Mar 14, 2001 (25)',
  'Place of birth: Koszeg',
  'Citizenship: Hungary',
  'Height: 1,86 m',
  'Position: Centre-Forward',
  'Current international: Hungary',
  'Caps/Goals: 12 / 4',
];
const tmValue = ['€18.00m', 'Last update: Nov 26, 2026'];
const tmSub = ['Profile', 'Stats', 'Market value', 'Transfers', 'Rumours', 'National team', 'News', 'Achievements'];
const tmInfo = [
  ['Name in home country:', 'Varga Tamás'],
  ['Date of birth/Age:', 'Mar 14, 2001 (25)'],
  ['Place of birth:', 'Koszeg'],
  ['Height:', '1,86 m'],
  ['Position:', 'Attack - Centre-Forward'],
  ['Foot:', 'right'],
  ['Player agent:', 'Danube Sports Management'],
  ['Contract expires:', 'Jun 30, 2028'],
  ['Outfitter:', 'Stride'],
];
const tmH1 = 'Player data';
const tmH2 = 'Career';
const tmCareer = paras(`
Varga came through the academy of Szombathely FC, making his senior debut as a 17-year-old in a cup tie against a
third-division side and scoring twice. He spent the following season on loan at Gyor, where 11 league goals earned him a
first call-up to the Hungary under-21 squad.

His breakthrough came after a move to Belgian club KV Maaswijk in the summer of 2021. Used at first as a wide forward, he
was moved into the centre by coach Pieter Vandamme midway through his second season and finished it with 17 league goals,
the third-highest total in the division.

Rivermouth Athletic signed him for a reported fee of €9.50m in July 2024. He scored on his debut at Castleford Town and
ended his first season in England with 14 goals in all competitions, including the winner in the cup semi-final.

At international level he made his senior Hungary debut in a friendly against Slovenia in March 2023, coming on for the
last twenty minutes. His first goal followed six months later in a qualifier against Georgia, and he has started every
competitive match for his country since the beginning of the current campaign.`);
const tmH3 = 'Playing style';
const tmStyle = paras(`
A tall, mobile centre-forward, Varga is at his best running the channels and attacking crosses at the near post. He is
strong in the air for his build and presses defenders aggressively, which makes him popular with coaches who play a high
line.

Analysts have pointed to his link-up play as the part of his game that has improved most since his move to England. He
averages more than 20 passes per game, a high number for a striker in the division, and has become a regular outlet for
long balls from the back.`);
const tmH4 = 'Transfer history';
const tmTransferHead = ['Season', 'Date', 'Left', 'Joined', 'MV', 'Fee'];
const tmTransfers = [
  ['24/25', 'Jul 1, 2024', 'KV Maaswijk', 'Rivermouth Athletic', '€8.00m', '€9.50m'],
  ['21/22', 'Jul 1, 2021', 'Szombathely FC', 'KV Maaswijk', '€1.20m', '€1.80m'],
  ['20/21', 'Jun 30, 2020', 'Gyor ETO', 'Szombathely FC', '€600k', 'End of loan'],
  ['19/20', 'Jul 1, 2019', 'Szombathely FC', 'Gyor ETO', '€300k', 'loan transfer'],
];
const tmTotal = ['Total fees:', '€11.30m'];
const tmNav = ['News', 'Rumours', 'Competitions', 'Transfers', 'Market values', 'Statistics', 'Forum', 'Community'];
const tmNews = [
  'Varga hits brace as Rivermouth climb into top four',
  'Rumour: Two Serie A clubs monitor Rivermouth striker',
  'Hungary squad named for November qualifiers',
];
const tmSimilar = ['Similar players', 'Erik Solberg', 'Matteo Ricci', 'Jonas Kettering'];
const tmFoot = ['Imprint', 'Contact', 'Privacy', 'Privacy Manager', 'Terms of Use', 'Advertising', 'Jobs', 'FAQ'];
const tmConsent = [
  'We and our partners use cookies and process personal data for personalised advertising and content, measurement and site ' + 'improvement.',
  'Accept & continue',
  'Settings',
];
const tmHtml = `<!DOCTYPE html>
<html lang="en" xml:lang="en"><head><meta charset="UTF-8"><title>Tomas Varga - Player profile 26/27 | Transferwert</title>
<meta name="description" content="Tomas Varga, 25, from Hungary ➤ Rivermouth Athletic, since 2024 ➤ Centre-Forward ➤ Market value: €18.00m">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="profile">
<link rel="canonical" href="https://www.transferwert.example/tomas-varga/profil/spieler/612044">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Person","name":"Tomas Varga","birthDate":"2001-03-14",
"nationality":"Hungary","height":"1,86 m","affiliation":"Rivermouth Athletic"}</script>
<link rel="stylesheet" href="/build/app.9ac3f1.css"><script src="/build/runtime.e71c.js" defer></script></head>
<body class="profil"><div class="tm-header"><a href="/" class="tm-header__logo" title="Transferwert"></a>
<form class="tm-header__search" action="/schnellsuche/ergebnis/schnellsuche"><input type="search" name="query"
placeholder="Search for players, clubs, referees..." aria-label="Search"><button type="submit">Search</button></form>
<a class="tm-header__login" href="/profil/login">Login</a></div>
<nav class="main-navbar" aria-label="Main"><ul class="main-navbar__container">${links(tmNav, 'main-navbar__item')}</ul></nav>
<div class="tm-mobile-nav" hidden><ul>${links(tmNav)}</ul></div>
<div class="tm-ad tm-ad--billboard"><span class="tm-ad__label">Ad</span><div id="div-gpt-ad-billboard"></div></div>
<main>
<header class="data-header"><div class="data-header__headline-container">
<h1 class="data-header__headline-wrapper"><span class="data-header__shirt-number">${tmHead[0]}</span>
Tomas <strong>Varga</strong></h1></div>
<div class="data-header__box--big"><span class="data-header__club"><a href="/rivermouth-athletic/startseite/verein/2861">${tmHead[1]}</a></span>
<div class="data-header__league"><a href="/premier-division/startseite/wettbewerb/PD1">${tmHead[2]}</a></div>
<span class="data-header__label">${tmHead[3]} <span class="data-header__content">${tmHead[4]}</span></span>
<span class="data-header__label">${tmHead[5]} <span class="data-header__content">${tmHead[6]}</span></span>
<span class="data-header__label">${tmHead[7]} <span class="data-header__content">Jun 30, 2028</span></span></div>
<div class="data-header__info-box"><ul class="data-header__items">
${tmItems.map((t) => `<li class="data-header__label">${t}</li>`).join('\n')}</ul></div>
<div class="data-header__box--small"><a href="/tomas-varga/marktwertverlauf/spieler/612044" class="data-header__market-value-wrapper">
${tmValue[0]} <p class="data-header__last-update">${tmValue[1]}</p></a></div></header>
<nav class="tm-subnav" aria-label="Player"><ul class="tm-subnav__list">${links(tmSub, 'tm-subnav__item')}</ul></nav>
<div class="row"><div class="large-8 columns">
<div class="box viewport-tracking"><h2 class="content-box-headline">${tmH1}</h2>
<div class="info-table info-table--right-space">
${tmInfo
  .map(
    ([l, v]) => `<span class="info-table__content info-table__content--regular">${l}</span>
<span class="info-table__content info-table__content--bold">${v}</span>`,
  )
  .join('\n')}
</div></div>
<div class="box"><h2 class="content-box-headline">${tmH2}</h2><div class="content">
${ps(tmCareer)}
</div></div>
<div class="tm-ad tm-ad--content"><span class="tm-ad__label">Ad</span><div id="div-gpt-ad-content"></div></div>
<div class="box"><h2 class="content-box-headline">${tmH3}</h2><div class="content">
${ps(tmStyle)}
</div></div>
<div class="box tm-player-transfer-history"><h2 class="content-box-headline">${tmH4}</h2>
<table class="items"><thead><tr>${tmTransferHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${tmTransfers.map((r) => `<tr class="tm-player-transfer-history-grid">${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<div class="tm-transfer-history-footer"><span>${tmTotal[0]}</span> <strong>${tmTotal[1]}</strong></div></div>
</div>
<aside class="large-4 columns"><div class="box"><h2 class="content-box-headline">Latest news about Tomas Varga</h2>
<ul class="news-list">${links(tmNews, 'news-list__item')}</ul></div>
<div class="box"><h2 class="content-box-headline">${tmSimilar[0]}</h2><ul>${links(tmSimilar.slice(1))}</ul></div>
<div class="tm-ad tm-ad--sidebar"><span class="tm-ad__label">Ad</span><div id="div-gpt-ad-sky"></div></div></aside></div>
</main>
<footer class="footer"><ul class="footer__links">${links(tmFoot)}</ul><p class="footer__copyright">© Transferwert.example 2000-2026</p></footer>
<div id="sp_message_container_1188" class="message-container"><div class="message type-modal"><p class="message-text">${tmConsent[0]}</p>
<button class="message-component message-button sp_choice_type_11">${tmConsent[1]}</button>
<button class="message-component message-button sp_choice_type_12">${tmConsent[2]}</button></div></div>
</body></html>`;

export const profilePage: TestPage = {
  name: 'heldout189-transferwert-player-profile',
  kind: 'wiki',
  html: tmHtml,
  title: tmTitle,
  headings: [tmH1, tmH2, tmH3, tmH4],
  body: texts([...tmCareer, ...tmStyle, ...tmTransfers.flat()]),
  bylines: [],
  furniture: [
    ...new Set([
      'Search',
      'Login',
      ...tmNav,
      'Ad',
      ...tmHead.filter((t) => !tmTransfers.flat().includes(t)),
      ...tmItems,
      ...tmValue,
      ...tmSub.filter((t) => !tmNav.includes(t)),
      ...tmTotal,
      'Latest news about Tomas Varga',
      ...tmNews,
      ...tmSimilar,
      ...tmFoot,
      '© Transferwert.example 2000-2026',
      ...tmConsent,
    ]),
  ],
};

export const HELDOUT189_B: readonly TestPage[] = [profilePage, golfPage];
