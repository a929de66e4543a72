import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file b: a chessgames-style annotated game page built with tables (the old top banner and menu,
 * the game header with players, event and result, the move list with the annotator's notes, the PGN and download links,
 * the "Kibitzing" section of member posts, the "Similar games" list and the footer) and a chess club's WordPress news post
 * on the Twenty Twenty-One theme (site header with menu, entry header with posted-on and byline, the post, the tags and
 * category footer, the post navigation, the comments and the widget footer).
 */
const gTitle = 'Halvard Brekke vs Ansel Dunmore';
const gNotes = [
  j(
    'These notes were written by the club\u2019s analysis group for the Thursday lecture. The game is a model of how to meet the Dutch',
    'Leningrad with a quiet fianchetto and an early b4, and of how the defender\u2019s single slip in time trouble decided it. Both',
    'players had prepared the line, and the first eight moves took them less than two minutes between them.',
  ),
  j('White keeps the tension. Taking on e5 at once would free the black queen and give Black the easy equality he is looking for.'),
  j(
    'The first critical moment. Black wants to play ...Ne4 and ...g5, but the knight on e4 can be challenged by Nd2, and then the',
    'f5 pawn has nothing to lean on.',
  ),
  j(
    'A serious mistake with two minutes on the clock. Black had to keep the rook on f7 to defend the second rank; now c5 breaks',
    'through and the d6 pawn falls.',
  ),
  j(
    'The rest is technique. White\u2019s rook reaches the seventh rank, the passed c-pawn costs Black a piece, and the game ends',
    'quickly. A fine example of patience against an aggressive opening.',
    'Notice that White never once attacked on the kingside, where Black\u2019s pieces were waiting; every White move from move 8',
    'onwards was aimed at the queenside, where Black had nothing but a lonely rook and the backward d-pawn.',
  ),
];
const gMoves = '1. d4 f5 2. g3 Nf6 3. Bg2 g6 4. Nf3 Bg7 5. O-O O-O 6. c4 d6 7. Nc3 Qe8 8. b4 e5';
const gMenu = ['Home', 'Games', 'Players', 'Openings', 'Tournaments', 'Puzzle of the Day', 'Kibitzer\u2019s Café', 'Login'];
const gKib = [
  'Lovely game. 8.b4 looks so innocent but it takes away every square the black queen wants.',
  'I think 24...Rf7 still holds for Black, although it is very passive.',
];
const gSimilar = ['Brekke vs Oyelaran, 2025 (A81) 1-0', 'Dunmore vs Kettleby, 2024 (A87) 0-1', 'Marsh vs Brekke, 2026 (A88) ½-½'];
const gHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Chess Games of ${gTitle} (2026) "Leningrad Leveled"</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="description" content="${gTitle}, Tollmarsh Club Championship 2026, Dutch Defense: Leningrad (A87), 1-0, annotated.">
<meta name="keywords" content="chess, game, Dutch Leningrad, A87, Brekke, Dunmore">
<link rel="stylesheet" type="text/css" href="/css/cgstyle.css?v=71">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Game","name":"${gTitle}","datePublished":"2026-10-09"}</script>
<script>var gameid=2211874; var pgnViewerOpts={pieceSet:"merida",showCoords:true};</script></head>
<body bgcolor="#FFFFFF" topmargin="0"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="topbanner">
<a href="/"><img src="/chessimages/logo.png" alt="Pawnarchive.com" border="0"></a></td>
<td align="right" class="topbanner"><span class="tiny">Welcome, guest!</span></td></tr></table>
<table width="100%" class="menubar" cellpadding="2"><tr><td><ul class="menu">${links(gMenu)}</ul></td></tr></table>
<table width="100%" cellpadding="6"><tr><td valign="top" width="640">
<center><h1 class="gametitle">${gTitle}</h1></center>
<center><font size="-1"><b>Tollmarsh Club Championship</b> (2026), Tollmarsh, rd 6, Oct-09<br>
<a href="/openings/A87">Dutch Defense: Leningrad. Main Variation with Qe8 (A87)</a> · <b>1-0</b></font></center>
<table class="gamebox" width="100%"><tr><td id="pgnviewer" valign="top"><div class="board-placeholder">
<img src="/diagrams/2211874.png" alt="board" width="352" height="352"></div></td></tr></table>
<div class="annotation-block"><p class="annotator">Annotated by <a href="/member/tollmarsh-analysis">Tollmarsh Analysis Group</a></p>
<p class="movetext"><b>${gMoves}</b></p>
${ps(gNotes.slice(0, 2), ' class="note"')}
<p class="movetext"><b>9. dxe5 dxe5 10. c5 Ne4</b></p>
${ps(gNotes.slice(2, 3), ' class="note"')}
<p class="movetext"><b>24. Rd1 Rf8?</b></p>
${ps(gNotes.slice(3), ' class="note"')}
<p class="movetext"><b>25. c5 Bf6 26. cxd6 cxd6 27. Rd7 1-0</b></p></div>
<p class="tiny"><a href="/pgn/2211874">Download PGN</a> | <a href="#">Copy FEN</a> | <a href="#">Flip board</a> |
<a href="/game/2211874/print">Printer friendly</a></p>
<p class="tiny">Premium Chessgames Members can <a href="/premium">see and post deeper analysis</a>.</p>
<h2 class="kibhead">Kibitzing</h2><table class="kibitz" width="100%">
${gKib
  .map(
    (t, i) => `<tr><td class="kibhdr"><b>${['Oct-10-26', 'Oct-11-26'][i]}</b> <a href="/member/${i}">${['Gambitmole', 'fjordrook'][i]}</a>:</td></tr>
<tr><td class="kibtext">${t}</td></tr>`,
  )
  .join('\n')}
</table><p class="tiny"><a href="/login">Sign in</a> to post a kibitz.</p>
</td><td valign="top" class="rightcol"><h3>Similar games</h3><ul>${links(gSimilar)}</ul>
<div class="adbox"><span class="adlabel">Advertisement</span><div id="div-gpt-ad-cg-right"></div></div></td></tr></table>
<table width="100%" class="footer"><tr><td align="center"><span class="tiny">Copyright 2001-2026, Pawnarchive.com LLC · Privacy Policy · Contact</span>
</td></tr></table></body></html>`;
const game: TestPage = {
  name: 'heldout423-pawnarchive-annotated-game-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gNotes),
  bylines: ['Tollmarsh Analysis Group'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome, guest!', ...gMenu, 'Tollmarsh Club Championship', 'Dutch Defense: Leningrad. Main Variation with Qe8 (A87)', 'Annotated by',
    'Download PGN', 'Copy FEN', 'Flip board', 'Printer friendly', 'Premium Chessgames Members can see and post deeper analysis.', 'Kibitzing', ...gKib,
    'Oct-10-26', 'Gambitmole', 'Oct-11-26', 'fjordrook', 'to post a kibitz.', 'Similar games', ...gSimilar, 'Advertisement',
    'Copyright 2001-2026, Pawnarchive.com LLC · Privacy Policy · Contact',
  ],
};

const wTitle = 'Juniors Take Three Trophies Home From the County Rapidplay';
const wBody = [
  j(
    'What a Saturday for the club. Nine of our juniors travelled to the Ashcombe County Rapidplay at the Corn Hall, and they came',
    'back with three section trophies, a grading prize and, by the look of the minibus, most of the tuck shop.',
  ),
  j(
    'In the Under-12 section Freya Lindqvist-Holt won all six of her games, including a long rook ending in the last round that she',
    'converted with four seconds left on her clock. Her brother Casimir shared first place in the Under-10s on five points.',
  ),
  j(
    'Our Under-16 team of Rafe Anwar, Nell Stobart and Jude Okonkwo-Reyes won the team prize by a single game point after a tense',
    'final round against Wexley Grammar.',
  ),
  j(
    'It was also a first county event for four of our younger members, who had only started coming to junior club in September.',
    'All four scored at least two points, and Milo Easterby won his last-round game with a back-rank mate he proudly showed to',
    'everyone in the analysis room, twice.',
  ),
  'Full results for our players:',
];
const wResults = [
  'Freya Lindqvist-Holt – 6/6, 1st Under-12',
  'Casimir Lindqvist-Holt – 5/6, =1st Under-10',
  'Rafe Anwar – 4.5/6, Under-16 team prize',
  'Nell Stobart – 4/6, grading prize (under 900)',
  'Jude Okonkwo-Reyes – 4/6, Under-16 team prize',
];
const wEnd = [
  j(
    'Thank you to the parents who drove, to Mr Ferriby for running the analysis table all day, and to the Corn Hall volunteers. Junior',
    'club restarts on Tuesday at 6pm in the library annexe, and new players aged 7 to 16 are always welcome.',
  ),
  j(
    'The next junior event is the Harrowgate Christmas Congress on 19 December. Entry forms are on the junior noticeboard, and the',
    'club will again cover half the entry fee for any member who plays.',
  ),
];
const wMenu = ['Home', 'About the Club', 'Juniors', 'Fixtures', 'News', 'Join Us', 'Contact'];
const wRecent = ['Annual General Meeting – Minutes', 'League Division 2: Tollmarsh B 3.5 – 2.5 Wexley', 'Simultaneous Display with IM Karsten Voll'];
const wComment = 'Well done everyone, and huge congratulations to Freya on a perfect score!';
const wHtml = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Tollmarsh Chess Club</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Tollmarsh Chess Club » Feed" href="https://tollmarshchess.example/feed/">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="https://tollmarshchess.example/wp-content/themes/twentytwentyone/style.css?ver=2.3" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2026-11-16T19:02:44+00:00","author":{"name":"Gwen Ferriby"}},{"@type":"WebSite","name":"Tollmarsh Chess Club"}]}</script>
<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding">
<p class="site-title"><a href="https://tollmarshchess.example/" rel="home">Tollmarsh Chess Club</a></p>
<p class="site-description">Playing on Tuesdays since 1911</p></div>
<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Primary menu"><div class="primary-menu-container">
<ul id="primary-menu-list" class="menu-wrapper">${links(wMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1184" class="post-1184 post type-post status-publish format-standard hentry category-juniors entry">
<header class="entry-header alignwide"><h1 class="entry-title">${wTitle}</h1></header>
<div class="entry-content">
${ps(wBody)}
<ul class="wp-block-list">${wResults.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="wp-block-image size-large"><img decoding="async" src="https://tollmarshchess.example/wp-content/uploads/2026/11/juniors.jpg" alt="">
<figcaption class="wp-element-caption">The winning juniors at the Corn Hall. Photo: Dev Sandhu</figcaption></figure>
${ps(wEnd)}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2026-11-16T19:02:44+00:00">16 November 2026</time></span><span class="byline">By <a href="/author/gwen/" rel="author">Gwen Ferriby</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorised as <a href="/category/juniors/" rel="category tag">Juniors</a> </span>
<span class="tags-links">Tagged <a href="/tag/rapidplay/" rel="tag">rapidplay</a>, <a href="/tag/ashcombe/" rel="tag">ashcombe</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/agm-minutes/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">${wRecent[0]}</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">One thought on “${wTitle}”</h2>
<ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Hetty Marlow</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-88"><time datetime="2026-11-17T08:14:00+00:00">17 November 2026 at 8:14 am</time></a></div></footer>
<div class="comment-content"><p>${wComment}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2></div></div>
</main></div></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<nav aria-label="Recent Posts"><ul>${links(wRecent)}</ul></nav></section></aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">Tollmarsh Chess Club</div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList ) || ( ... );</script>
</body></html>`;
const club: TestPage = {
  name: 'heldout423-wordpress-chess-club-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wBody, ...wResults, ...wEnd]),
  bylines: ['Published 16 November 2026', 'By Gwen Ferriby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tollmarsh Chess Club', 'Playing on Tuesdays since 1911', ...wMenu, 'The winning juniors at the Corn Hall. Photo: Dev Sandhu',
    'Categorised as Juniors', 'Tagged rapidplay, ashcombe', 'Post navigation', 'Previous post', `One thought on “${wTitle}”`, 'Hetty Marlow',
    'says:', '17 November 2026 at 8:14 am', wComment, 'Reply', 'Leave a comment', 'Recent Posts', ...wRecent, 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT423_B: readonly TestPage[] = [game, club];
