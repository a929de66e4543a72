import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file a: a Pitchero club site news post (club header with crest, main nav, sponsor strip, breadcrumbs,
 * author and date, share buttons, hero image caption, "Read more" promo, club shop advert, latest news rail, next fixture
 * widget, newsletter sign-up, cookie banner and Pitchero footer) and an FA Full-Time style league table page with fixtures.
 */
const pTitle = 'Reserves clinch promotion with stoppage-time winner at Ketley Lane';
const pP1 = [
  j(
    'Harrowfield Town Reserves sealed promotion to Division One of the Mercia Border League on Saturday, and they left it until',
    'the final minute to do it. Substitute Callum Brierley turned in a low cross from Owen Patel deep into stoppage time to give',
    'the side a 2-1 win over Ketley Lane Rovers and an unassailable seven-point lead over fourth place.',
  ),
  j(
    'It was a nervy afternoon on a heavy pitch. Rovers went ahead after twenty minutes when a corner was flicked on at the near',
    'post and nobody picked up the runner at the back. Harrowfield had most of the ball but struggled to turn it into chances',
    'until the break.',
  ),
];
const pP2 = [
  j(
    'Manager Dean Colley switched to a back three at the interval and pushed both wing-backs high, and the change paid off within',
    'ten minutes. Jordan Ashworth, captain for the day, met a free kick from the left with a firm header that went in off the post.',
  ),
  j(
    'After that it was one-way traffic. The Rovers goalkeeper made three fine saves, and Harrowfield hit the crossbar twice, before',
    'Brierley, on for only eight minutes, found the space at the back post that had been there all afternoon.',
  ),
];
const pQuote = j(
  '“I told the lads at half-time that we had worked for nine months for this and we weren’t going to lose it',
  'on a bobbly pitch in March. They showed real character,” said Colley.',
);
const pP3 = [
  j(
    'The Reserves were only formed three seasons ago, largely from players who had come up through the club’s under-18 side.',
    'Promotion means longer away trips next season, but it also gives the younger players a much better standard to step up',
    'from before they push for a place in the first team.',
  ),
  'The club would like to thank:',
];
const pList = [
  'the volunteers who cleared the pitch of standing water on Friday evening;',
  'Brierley Joinery, the Reserves’ kit sponsor for the past two seasons;',
  'the forty or so supporters who made the trip and stayed to sing afterwards.',
];
const pP4 = [
  j(
    'The Reserves have two league games left, both at home, and will be presented with their medals after the final match against',
    'Wem Athletic on 12 April. Entry is free and the clubhouse bar will be open from noon.',
  ),
];
const pParas = [...pP1, ...pP2, pQuote, ...pP3, ...pList, ...pP4];
const pNav = ['Home', 'News', 'Teams', 'Fixtures & Results', 'Club Shop', 'Sponsors', 'Contact'];
const pLatest = ['Under-14s reach county cup semi-final', 'Clubhouse quiz night returns on 28 March', 'First team fall to late penalty at Oswestry Park'];
const pFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Use', 'Accessibility'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${pTitle} - Harrowfield Town FC</title>
<meta name="description" content="Harrowfield Town Reserves sealed promotion with a late winner.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harrowfield Town FC">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.harrowfieldtownfc.example/news/reserves-clinch-promotion-2981.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-15T18:40:00Z",
"author":{"@type":"Person","name":"Gail Whitmore"},"publisher":{"@type":"SportsOrganization","name":"Harrowfield Town FC"}}</script>
<script>window.__PITCHERO_CLUB__={"id":40718,"sport":"football","theme":"club-classic"};</script></head>
<body><div id="__next"><div class="pitchero-site">
<div class="sponsor-strip" data-testid="sponsor-strip"><span class="sponsor-strip__label">Club Sponsors</span>
<a href="/sponsors/brierley-joinery">Brierley Joinery</a> <a href="/sponsors/mercia-motors">Mercia Motors</a></div>
<header class="club-header"><div class="club-header__crest"><img src="/crest.png" alt=""></div>
<div class="club-header__name"><a href="/">Harrowfield Town FC</a></div>
<nav class="club-nav" aria-label="Main navigation"><ul class="club-nav__list">${links(pNav, 'club-nav__item')}</ul></nav>
<a class="club-header__login" href="/login">Log in</a></header>
<main class="club-main"><div class="page-width">
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Reserves</li></ol>
<div class="news-layout"><article class="news-article">
<header class="news-article__header"><span class="news-article__team-tag">Reserves</span><h1 class="news-article__title">${pTitle}</h1>
<div class="news-article__meta"><span class="news-article__author">By Gail Whitmore</span>
<time class="news-article__date" datetime="2026-03-15T18:40:00Z">15 Mar 2026 18:40</time></div>
<div class="share-buttons"><span class="share-buttons__label">Share this article</span>
<a class="share-buttons__btn" href="#">Facebook</a><a class="share-buttons__btn" href="#">X</a><a class="share-buttons__btn" href="#">WhatsApp</a>
</div></header>
<figure class="news-article__hero"><img src="/media/reserves-celebrate.jpg" alt="">
<figcaption>The Reserves celebrate at the final whistle. Photo: Harrowfield Town FC Media Team</figcaption></figure>
<div class="news-article__body rich-text">
${ps(pP1)}
<h2>A change at half-time</h2>
${ps(pP2)}
<aside class="inline-promo"><p>Read more: <a href="/news/reserves-fixtures-2025-26">Reserves fixtures and results for 2025/26</a></p></aside>
<blockquote><p>${pQuote}</p></blockquote>
<h2>What promotion means</h2>
${ps(pP3)}
<ul>${pList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(pP4)}
</div>
<div class="advert advert--mpu"><span class="advert__label">Advertisement</span><a href="/shop">New home shirts now in the club shop</a></div>
</article>
<aside class="news-layout__sidebar">
<section class="widget widget--latest"><h3 class="widget__title">Latest News</h3><ul>${links(pLatest)}</ul></section>
<section class="widget widget--next-fixture"><h3 class="widget__title">Next Fixture</h3>
<p class="fixture-card">Harrowfield Town Reserves v Wem Athletic</p><p class="fixture-card__date">Sat 22 Mar, 14:00</p></section>
<section class="widget widget--newsletter"><h3 class="widget__title">Club Newsletter</h3>
<p>Get match reports and club news straight to your inbox.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form>
</section></aside></div></div></main>
<div class="cookie-banner" role="dialog"><p>We use cookies to give you the best experience on our website.</p>
<button class="cookie-banner__accept">Accept</button><button class="cookie-banner__settings">Manage settings</button></div>
<footer class="club-footer"><ul class="club-footer__links">${links(pFoot)}</ul>
<p class="club-footer__powered">Powered by Pitchero</p><p>© 2026 Harrowfield Town FC</p></footer>
</div></div><script src="/_next/static/chunks/main.js" async></script></body></html>`;
const pitchero: TestPage = {
  name: 'heldout351-pitchero-club-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: ['A change at half-time', 'What promotion means'],
  body: texts(pParas),
  bylines: ['By Gail Whitmore', '15 Mar 2026 18:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club Sponsors', 'Mercia Motors', 'Harrowfield Town FC', 'Fixtures & Results', 'Club Shop', 'Sponsors', 'Contact',
    'Log in', 'Share this article', 'Facebook', 'WhatsApp', 'The Reserves celebrate at the final whistle. Photo: Harrowfield Town FC Media Team',
    'Read more: Reserves fixtures and results for 2025/26', 'Advertisement', 'New home shirts now in the club shop', 'Latest News', ...pLatest,
    'Next Fixture', 'Harrowfield Town Reserves v Wem Athletic', 'Sat 22 Mar, 14:00', 'Club Newsletter',
    'Get match reports and club news straight to your inbox.', 'Subscribe', 'We use cookies to give you the best experience on our website.',
    'Accept', 'Manage settings', ...pFoot, 'Powered by Pitchero', '© 2026 Harrowfield Town FC',
  ],
};

/** FA Full-Time style league page: division table and the next round of fixtures. */
const fTitle = 'Sunday Division Two';
const fIntro = [
  j(
    'Table correct as of Sunday 16 March 2026. Points deducted by the league management committee are shown in the notes below',
    'the table. Teams level on points are separated by goal difference, then goals scored.',
  ),
];
const fHead = ['Pos', 'Team', 'P', 'W', 'D', 'L', 'GD', 'Pts'];
const fRows = [
  ['1', 'Brockmoor Wanderers', '16', '12', '2', '2', '+29', '38'],
  ['2', 'Old Kestrel Sunday', '16', '11', '3', '2', '+21', '36'],
  ['3', 'Canal Side Athletic', '15', '9', '2', '4', '+11', '29'],
  ['4', 'Fenwick Arms FC', '16', '8', '3', '5', '+6', '27'],
  ['5', 'Saltley Vale Reserves', '16', '6', '4', '6', '-2', '22'],
  ['6', 'Dudmaston Rangers', '15', '5', '3', '7', '-7', '18'],
  ['7', 'Lye Cross United', '16', '3', '2', '11', '-24', '11'],
  ['8', 'Wollaston Tigers', '16', '2', '1', '13', '-34', '4'],
];
const fNotes = [
  'Wollaston Tigers: 3 points deducted for failing to fulfil a fixture (Rule 8.4).',
  'Dudmaston Rangers v Canal Side Athletic (1 February) to be replayed after the match was abandoned at half-time for fog.',
];
const fFixHead = ['Date / Time', 'Home', 'Away', 'Venue'];
const fFix = [
  ['23/03/26 10:30', 'Brockmoor Wanderers', 'Fenwick Arms FC', 'Brockmoor Rec Pitch 2'],
  ['23/03/26 10:30', 'Old Kestrel Sunday', 'Lye Cross United', 'Kestrel Fields'],
  ['23/03/26 10:30', 'Canal Side Athletic', 'Saltley Vale Reserves', 'Towpath Park'],
  ['23/03/26 12:00', 'Wollaston Tigers', 'Dudmaston Rangers', 'Wollaston Community School 3G'],
];
const fResHead = ['Date', 'Home', 'Score', 'Away'];
const fRes = [
  ['16/03/26', 'Fenwick Arms FC', '2 - 2', 'Old Kestrel Sunday'],
  ['16/03/26', 'Lye Cross United', '0 - 4', 'Brockmoor Wanderers'],
  ['16/03/26', 'Saltley Vale Reserves', '3 - 1', 'Wollaston Tigers'],
];
const fTabs = ['Table', 'Fixtures', 'Results', 'Fixtures & Results Grid', 'Discipline', 'Cup Competitions'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Full-Time | Sunday Division Two | Black Country Sunday League</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index,follow">
<link rel="stylesheet" href="/css/fulltime.min.css"><script>var selectedSeason="889912377";var selectedDivision="412208611";</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=UA-000"></script></head>
<body class="fulltime"><div id="cookie-consent" class="cookie-bar"><p>This site uses cookies to help us improve it. By continuing you accept our use of
cookies.</p><a href="/cookies" class="btn">Find out more</a><button class="btn btn-primary" id="cookie-accept">OK</button></div>
<header class="fulltime-header"><div class="container"><a class="fulltime-logo" href="/">Full-Time</a>
<nav class="fulltime-nav"><ul><li><a href="/home/leagues">Leagues</a></li><li><a href="/home/search">Search</a></li><li><a href="/help">Help</a></li></ul></nav>
</div></header>
<div class="league-banner"><div class="container"><h2 class="league-name">Black Country Sunday League</h2>
<p class="league-season">Season 2025-26</p></div></div>
<div class="container main-content"><ul class="nav nav-tabs league-tabs">${links(fTabs, 'nav-item')}</ul>
<div class="filters"><label for="season">Season</label><select id="season"><option selected>2025-26</option><option>2024-25</option></select>
<label for="division">Division</label><select id="division"><option>Sunday Premier</option><option>Sunday Division One</option>
<option selected>Sunday Division Two</option></select></div>
<div class="league-table"><h1 class="division-title">${fTitle}</h1>
${ps(fIntro, ' class="table-info"')}
<h2>League Table</h2>
<table class="cell-dividers"><thead>${tr(fHead, 'th')}</thead><tbody>
${fRows.map((r) => tr(r)).join('\n')}
</tbody></table>
<div class="table-notes"><h3>Notes</h3>${ps(fNotes)}</div></div>
<div class="fixtures-table"><h2>Upcoming Fixtures</h2><table class="fixtures"><thead>${tr(fFixHead, 'th')}</thead><tbody>
${fFix.map((r) => tr(r)).join('\n')}
</tbody></table></div>
<div class="results-table"><h2>Latest Results</h2><table class="results"><thead>${tr(fResHead, 'th')}</thead><tbody>
${fRes.map((r) => tr(r)).join('\n')}
</tbody></table><a class="view-all" href="/results">View all results</a></div>
<div class="league-contact"><h3>League Contact</h3><p>Fixtures Secretary: Mandy Hollins</p><p>Last updated: 16/03/2026 21:14</p></div>
</div>
<footer class="fulltime-footer"><div class="container"><ul><li><a href="/terms">Terms &amp; Conditions</a></li><li><a href="/privacy">Privacy Notice</a></li>
<li><a href="/accessibility">Accessibility Statement</a></li></ul><p>© The Football Association 2026. Full-Time is provided by The FA.</p></div></footer>
<script src="/js/fulltime.bundle.js"></script></body></html>`;
const fullTime: TestPage = {
  name: 'heldout351-fa-fulltime-league-table',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['League Table', 'Notes', 'Upcoming Fixtures', 'Latest Results'],
  body: [...texts(fIntro), ...fRows.map(rowText), ...fNotes, ...fFix.map(rowText), ...fRes.map(rowText)],
  bylines: ['Last updated: 16/03/2026 21:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to help us improve it. By continuing you accept our use of cookies.', 'Find out more', 'Full-Time', 'Leagues',
    'Search', 'Help', 'Black Country Sunday League', 'Season 2025-26', 'Fixtures & Results Grid', 'Discipline', 'Cup Competitions',
    'Sunday Premier', 'Sunday Division One', 'View all results', 'League Contact', 'Fixtures Secretary: Mandy Hollins', 'Terms & Conditions',
    'Privacy Notice', 'Accessibility Statement', '© The Football Association 2026. Full-Time is provided by The FA.',
  ],
};

export const HELDOUT351_A: readonly TestPage[] = [pitchero, fullTime];
