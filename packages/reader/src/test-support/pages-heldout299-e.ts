import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostChess } from './pages-heldout299-e2.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file e: a BoardGameGeek-style review thread in the Angular app's markup (gg-* elements, ng-* attributes,
 * the game header with rating and rank, the thread header, the review post with its author and date, thumbs, replies, the
 * sidebar and the footer) and, from file e2, an annotated chess game on a Ghost (Casper) blog.
 */
const gTitle = 'Lanterns over Vellmar: a two-player review after thirty plays';
const gP1 = [
  j(
    'Lanterns over Vellmar is a tile-laying game about building a floating market district, and it arrived at our table with very',
    'little fanfare. Thirty plays later it has become the game my partner and I reach for on weeknights, so I wanted to explain why.',
  ),
];
const gH1 = 'How it plays';
const gP2 = [
  j(
    'On your turn you draft one of four market tiles from a shared river, place it in your district, and then may hang a lantern on',
    'any row or column you have completed. Lanterns score at the end according to public goal cards, and the tension comes from',
    'the river: each tile you take shifts the others downstream, where they get cheaper but may fall off the board.',
  ),
  j('A typical two-player game lasts about thirty-five minutes, including scoring. Setup takes five, mostly shuffling the goal deck.'),
  j(
    'The components deserve a mention too. The tiles are thick and linen-finished, the lanterns are small wooden pieces in five',
    'colours, and the insert actually holds everything when the box is stored on its side. The river board is double-sided, with a',
    'shorter river on the back for a faster, more cut-throat game.',
  ),
];
const gH2 = 'What works';
const gGood = [
  'Every draft is a small, readable decision, so the game moves quickly without feeling shallow.',
  'The river makes hate-drafting possible but expensive, which keeps the two-player game tense rather than mean.',
  'The goal deck has enough variety that no two games have ended with the same strategy winning.',
];
const gH3 = 'What does not';
const gBad = [
  'The iconography on the goal cards is tiny and hard to read across the table.',
  'Final scoring is fiddly; we now use a notepad instead of the score track.',
];
const gH4 = 'Verdict';
const gP3 = [
  j(
    'It will not replace a heavy game night, and at four players the downtime between turns grows noticeably. But as a',
    'two-player game it is one of the best I have bought in years: quick to teach, quick to play, and it rewards repeat plays.',
    'I rate it an 8.',
  ),
];
const gNav = ['Browse', 'Forums', 'GeekMarket', 'Shopping', 'Community', 'Help'];
const gTabs = ['Overview', 'Files', 'Forums', 'Images', 'Videos', 'Stats'];
const gSide = ['Vellmar Expansion: The Night Fair', 'Solo variant rules (fan-made)', 'Best player count?'];
const gReplies = [
  'Agreed on the goal cards. We sleeved ours and printed a larger reference sheet from the Files section.',
  'Great review. Have you tried the variant where the river only moves on even rounds?',
];
const gFoot = ['Contact', 'Advertise', 'Privacy', 'Terms of Service', 'Community Rules', 'Mobile App'];
const gHtml = `<!DOCTYPE html><html lang="en" ng-app="GeekApp" ng-strict-di><head><meta charset="utf-8">
<title>Lanterns over Vellmar: a two-player review after thirty plays | Lanterns over Vellmar | BoardGameGeek</title>
<meta name="description" content="Thirty plays later it has become the game my partner and I reach for on weeknights.">
<meta property="og:type" content="website"><meta property="og:site_name" content="BoardGameGeek">
<link rel="canonical" href="https://boardgamegeek.com/thread/3399120/lanterns-over-vellmar-a-two-player-review">
<link rel="stylesheet" href="https://cf.geekdo-static.example/frontend/styles.4d2c8a.css">
<script>var GEEK = GEEK || {}; GEEK.geekitemPreload = {"item":{"objectid":"401877","name":"Lanterns over Vellmar","yearpublished":"2025"}};</script>
</head>
<body class="ng-scope"><gg-app class="ng-scope"><div class="global-body-content-container">
<gg-header class="global-header"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">BoardGameGeek</a>
<ul class="navbar-nav">${links(gNav, 'nav-item')}</ul><a class="btn btn-sm btn-primary" href="/join">Join</a>
<a class="btn btn-sm" href="/login">Sign In</a></nav></gg-header>
<div class="global-body-content"><div class="game-header"><div class="game-header-body"><div class="game-header-title-info">
<h2 class="game-header-title"><a href="/boardgame/401877/lanterns-over-vellmar" class="ng-binding">Lanterns over Vellmar</a>
<span class="game-year ng-binding">(2025)</span></h2><div class="game-header-rating"><span class="ng-binding">7.6</span></div>
<div class="game-header-rank"><span>Overall Rank:</span> <a href="/browse/boardgame" class="ng-binding">1,204</a></div></div></div>
<ul class="game-header-tabs nav nav-tabs">${links(gTabs, 'nav-item')}</ul></div>
<div class="row"><div class="col-md-9"><gg-forum-thread class="ng-isolate-scope"><div class="forum-thread-header">
<div class="thread-crumbs"><a href="/boardgame/401877/forums/0">Forums</a> » <a href="/boardgame/401877/forums/63">Reviews</a></div>
<h1 class="thread-title ng-binding">${gTitle}</h1><div class="thread-meta"><span class="ng-binding">1,876 Views</span>
<button class="btn btn-subtle">Subscribe</button></div></div>
<gg-article class="forum-article" ng-repeat="article in $ctrl.articles"><div class="article-header">
<gg-avatar class="avatar"></gg-avatar><a class="username ng-binding" href="/user/meeple_marguerite">meeple_marguerite</a>
<span class="article-rating"><span class="rating-badge">8</span></span>
<span class="article-date"><gg-time-ago>Feb 11, 2026</gg-time-ago></span></div>
<div class="article-body"><gg-markup-safe-html class="ng-isolate-scope"><div class="post-body ng-binding">
${ps(gP1)}
<h3>${gH1}</h3>
${ps(gP2)}
<div class="img-container"><img src="https://cf.geekdo-images.example/pic8891022.jpg"><div class="caption">My district at the end of a close game</div></div>
<h3>${gH2}</h3>
<ul>${gGood.map((g) => `<li>${g}</li>`).join('\n')}</ul>
<h3>${gH3}</h3>
<ul>${gBad.map((g) => `<li>${g}</li>`).join('\n')}</ul>
<h3>${gH4}</h3>
${ps(gP3)}
</div></gg-markup-safe-html></div>
<div class="article-footer"><gg-thumbs><button class="btn-thumb">Thumb</button><span class="thumb-count ng-binding">142</span></gg-thumbs>
<button class="btn btn-subtle">Reply</button><button class="btn btn-subtle">Quote</button><button class="btn btn-subtle">Share</button></div></gg-article>
<gg-article class="forum-article forum-reply"><div class="article-header"><a class="username" href="/user/tilepusher">tilepusher</a>
<span class="article-date">Feb 12, 2026</span></div><div class="article-body"><p>${gReplies[0]}</p></div></gg-article>
<gg-article class="forum-article forum-reply"><div class="article-header"><a class="username" href="/user/rivermarketfan">rivermarketfan</a>
<span class="article-date">Feb 14, 2026</span></div><div class="article-body"><p>${gReplies[1]}</p></div></gg-article>
</gg-forum-thread></div>
<div class="col-md-3"><gg-sidebar><div class="sidebar-module"><h4>Hot threads for this game</h4><ul>${links(gSide)}</ul></div>
<div class="sidebar-module ad"><span class="ad-label">Advertisement</span><div id="gpt-right"></div></div>
<div class="sidebar-module support"><p>Support BGG: become a supporter and go ad-free.</p><a href="/support">Support Now</a></div></gg-sidebar></div></div>
</div><gg-footer class="global-footer"><ul>${links(gFoot)}</ul><p>© 2026 BoardGameGeek, LLC</p></gg-footer></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a device,
such as cookies.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
</gg-app><script src="https://cf.geekdo-static.example/frontend/main.4d2c8a.js"></script></body></html>`;
const bgg: TestPage = {
  name: 'heldout299-boardgamegeek-review',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3, gH4],
  body: texts([...gP1, ...gP2, ...gGood, ...gBad, ...gP3]),
  bylines: ['meeple_marguerite', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BoardGameGeek', ...gNav, 'Join', 'Sign In', 'Lanterns over Vellmar (2025)', '7.6', 'Overall Rank:', '1,204', ...gTabs, 'Reviews', '1,876 Views',
    'Subscribe', 'My district at the end of a close game', 'Thumb', '142', 'Reply', 'Quote', 'Share', 'tilepusher', 'Feb 12, 2026', ...gReplies,
    'rivermarketfan', 'Feb 14, 2026', 'Hot threads for this game', ...gSide, 'Advertisement', 'Support BGG: become a supporter and go ad-free.',
    'Support Now', ...gFoot, '© 2026 BoardGameGeek, LLC',
    'We value your privacy. We and our partners store and access information on a device, such as cookies.',
    'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT299_E: readonly TestPage[] = [bgg, ghostChess];
