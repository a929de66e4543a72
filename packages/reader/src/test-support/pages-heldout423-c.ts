import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file c: a FIDE-style player rating profile, a data page whose main text is short (the federation
 * portal's top bar and menu, the search form, the profile card with its label / value rows, the rating table by month,
 * the tabs for charts and games, the footer) and a chess puzzle page built with Elementor (the header template, the
 * heading, text-editor and toggle widgets of the puzzle, the "Solve more" button, the newsletter form and the footer).
 */
const fTitle = 'Veloso Andrade, Marisol';
const fRows = [
  'FIDE ID: 54119082',
  'Federation: Norvasta',
  'B-Year: 1994',
  'Sex: Female',
  'FIDE title: Woman Grandmaster',
  'World Rank (All): 1,842',
  'World Rank (Active): 1,106',
];
const fIntro = j(
  'Figures below are the official standard, rapid and blitz ratings published on the first day of each month. A rating in',
  'brackets is provisional and based on fewer than five rated games.',
);
const fHead = ['Period', 'Std', 'Games', 'Rapid', 'Games', 'Blitz', 'Games'];
const fTable: [string, string, string, string, string, string, string][] = [
  ['2026-Dec', '2391', '9', '2344', '0', '2402', '18'],
  ['2026-Nov', '2386', '7', '2344', '11', '2389', '0'],
  ['2026-Oct', '2379', '0', '2331', '0', '2389', '0'],
  ['2026-Sep', '2379', '9', '2331', '13', '2389', '21'],
];
const fRowText = (r: readonly string[]): string => r.join(' ');
const fMenu = ['Home', 'Ratings', 'Top lists', 'Tournaments', 'Arbiters', 'Trainers', 'Download', 'Statistics'];
const fFoot = ['About', 'Handbook', 'Contact us', 'Privacy policy'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${fTitle} - IFCA Ratings</title><meta name="description" content="IFCA rating profile of ${fTitle}, Norvasta, ID 54119082.">
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/profile.css?v=3.14">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"${fTitle}",
"nationality":"Norvasta","birthDate":"1994"}}</script>
<script src="/js/jquery.min.js"></script><script src="/js/chart.min.js"></script>
<script>var player_id=54119082; $(function(){ loadChart('std'); });</script></head>
<body><div class="top-bar"><div class="container"><a class="top-bar__logo" href="/"><img src="/img/ifca-logo.svg" alt="IFCA"></a>
<span class="top-bar__title">International Federation of Chess Associations · Rating Service</span></div></div>
<nav class="navbar navbar-expand-lg main-menu"><ul class="navbar-nav">${links(fMenu, 'nav-item')}</ul></nav>
<div class="container"><form class="search-block" action="/search"><input class="form-control" name="search" placeholder="Name or ID">
<button class="btn btn-primary">Search</button></form>
<div class="col-lg-12 profile-top"><div class="profile-top-title"><h1 class="profile-top-title">${fTitle}</h1></div>
<div class="profile-top-container"><div class="profile-top__photo"><img src="/data/photo/54119082.jpg" alt="photo"></div>
<div class="profile-top-info"><ul class="profile-top-info__block">
${fRows
  .map(
    (r) => `<li class="profile-top-info__block__row">
<span class="profile-top-info__block__row__header">${r.replace(': ', ':</span> ')}</li>`,
  )
  .join('\n')}
</ul></div>
<div class="profile-top-rating-data"><div class="profile-top-rating-dataCont"><span class="profile-top-rating-dataDesc">std</span> 2391</div>
<div class="profile-top-rating-dataCont"><span class="profile-top-rating-dataDesc">rapid</span> 2344</div>
<div class="profile-top-rating-dataCont"><span class="profile-top-rating-dataDesc">blitz</span> 2402</div></div></div></div>
<ul class="nav nav-tabs profile-tabs"><li class="active"><a href="#ratings">Rating history</a></li><li><a href="#chart">Chart</a></li>
<li><a href="#games">Individual calculations</a></li><li><a href="#stats">Statistics</a></li></ul>
<div class="tab-content"><div id="ratings" class="tab-pane active"><p class="profile-table-note">${fIntro}</p>
<table class="profile-table profile-table_offset_3"><thead><tr>${fHead.map((h) => `<th>${h}</th>`).join(' ')}</tr></thead><tbody>
${fTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}
</tbody></table></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(fFoot)}</ul>
<p class="footer-copy">© 2026 International Federation of Chess Associations. Data updated 1 December 2026.</p></div></footer>
</body></html>`;
const fide: TestPage = {
  name: 'heldout423-fide-ratings-player-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: [...fRows, fIntro, ...fTable.map(fRowText)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'International Federation of Chess Associations · Rating Service', ...fMenu, 'Search', 'Rating history', 'Chart', 'Individual calculations',
    ...fFoot, '© 2026 International Federation of Chess Associations. Data updated 1 December 2026.',
  ],
};

const pTitle = 'Puzzle #318: The Quiet Rook Move';
const pIntro = [
  j(
    'White to play and win. This position comes from a league game in Harrowgate last winter, and it fooled four of the five',
    'club players we showed it to. The obvious capture on f7 is not the answer.',
  ),
  'Difficulty: intermediate (about 1600). Take your time and write down your main line before you open the solution.',
];
const pHints = ['Look at what the black queen is defending.', 'The winning move does not give check and does not capture anything.'];
const pSolution = [
  j(
    '1.Rd7!! is the quiet killer. The rook cannot be taken by the queen, because 1...Qxd7 2.Qxf7+ Kh8 3.Qf8+ mates, and the knight',
    'on b6 is pinned against nothing but is overloaded: it must guard both d7 and c8.',
  ),
  j(
    'After 1...Nxd7 White plays 2.Nxf7, and the threat of Nh6 double check wins the queen or mates. The best Black can do is give',
    'up the exchange with 1...Rf8, after which 2.Rxb7 leaves White a clean piece ahead.',
  ),
  j(
    'The lesson: when the forcing moves do not work, ask which of your opponent\u2019s pieces is doing two jobs, and attack the',
    'square where those jobs meet.',
  ),
];
const pH = ['The position', 'Hints', 'Solution'];
const pMenu = ['Puzzles', 'Lessons', 'Coaching', 'Shop', 'About'];
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} – Greyfen Chess Academy</title><meta name="description" content="White to play and win: a quiet rook move decides.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://greyfenchess.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4">
<link rel="stylesheet" id="elementor-post-318-css" href="https://greyfenchess.example/wp-content/uploads/elementor/css/post-318.css?ver=1732700000">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${pTitle}","datePublished":"2026-11-20"}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.25.4","post":{"id":318}};</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-318 elementor-default elementor-kit-6 elementor-page elementor-page-318">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element elementor-element-5a1c e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><a href="/">Greyfen Chess Academy</a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(pMenu, 'menu-item')}</ul></nav></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="318" class="elementor elementor-318">
<div class="elementor-element elementor-element-9e2f e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-element-12ab elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${pTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><ul class="elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">November 20, 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">Coach Aurelio Fenwick</span></li></ul></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${pH[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="https://greyfenchess.example/wp-content/uploads/2026/11/puzzle-318.png" alt="Puzzle 318">
<figcaption class="widget-image-caption wp-caption-text">White to move. Diagram: Greyfen Chess Academy</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(pIntro)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${pH[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-toggle"><div class="elementor-toggle">
${pHints
  .map(
    (h, i) => `<div class="elementor-toggle-item"><div class="elementor-tab-title" role="button"><a class="elementor-toggle-title">Hint ${i + 1}</a></div>
<div class="elementor-tab-content elementor-clearfix" role="region"><p>${h}</p></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${pH[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(pSolution)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/puzzles/">
<span class="elementor-button-text">Solve more puzzles</span></a></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-share-btn__title">Share this puzzle</div>
<div class="elementor-share-btn elementor-share-btn_facebook">Facebook</div><div class="elementor-share-btn elementor-share-btn_whatsapp">WhatsApp</div></div>
</div></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
<div class="elementor-element elementor-widget elementor-widget-form"><h3 class="elementor-heading-title">Get a puzzle every Friday</h3>
<form class="elementor-form"><input type="email" placeholder="Your email"><button type="submit"><span class="elementor-button-text">Subscribe</span>
</button></form></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><p>© 2026 Greyfen Chess Academy · Lessons online and in Harrowgate</p></div></div>
<script src="https://greyfenchess.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script>
</body></html>`;
const puzzle: TestPage = {
  name: 'heldout423-elementor-chess-puzzle-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, ...pHints, ...pSolution]),
  bylines: ['November 20, 2026', 'Coach Aurelio Fenwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greyfen Chess Academy', ...pMenu, 'White to move. Diagram: Greyfen Chess Academy', 'Hint 1', 'Hint 2', 'Solve more puzzles', 'Share this puzzle',
    'Facebook', 'WhatsApp', 'Get a puzzle every Friday', 'Subscribe', '© 2026 Greyfen Chess Academy · Lessons online and in Harrowgate',
  ],
};

export const HELDOUT423_C: readonly TestPage[] = [fide, puzzle];
