import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file e2: an annotated chess game on a chess club's Ghost blog (Casper theme: gh-head navigation,
 * article header with the tag, excerpt, byline and reading time, the feature image caption, kg-card embeds for the board
 * and the PGN header table, a kg-callout-card, the Portal sign-up, "Read more" cards and the site footer).
 */
const cTitle = 'Annotated: Okonkwo v Lindqvist, club championship round 5';
const cExcerpt = 'A quiet Queen\u2019s Gambit turns sharp after a pawn sacrifice on move 14.';
const cPgn: [string, string][] = [
  ['Event', 'Fenwick Club Championship 2026'],
  ['White', 'Adaeze Okonkwo (1984)'],
  ['Black', 'Henrik Lindqvist (2051)'],
  ['Result', '1-0'],
];
const cP1 = [
  j(
    'Round five of the club championship produced the game of the season so far. Adaeze had a point to prove after her round three',
    'loss, and Henrik, the top seed, needed only a draw to stay in sole first place. What follows are my notes, checked afterwards',
    'with an engine but written mostly from what the players told me in the bar.',
  ),
];
const cH1 = 'The opening: 1.d4 d5 2.c4 e6 3.Nc3 Nf6 4.Bg5 Be7';
const cP2 = [
  j(
    'A Queen\u2019s Gambit Declined, Orthodox line, which Henrik has played for thirty years. After 5.e3 O-O 6.Nf3 h6 7.Bh4 b6 we',
    'reach the Tartakower set-up, where Black aims for a solid structure and counterplay on the c-file.',
  ),
  j('8.cxd5 Nxd5 9.Bxe7 Qxe7 10.Nxd5 exd5 11.Rc1 Be6 12.Qa4 c5 13.Qa3 Rc8. All of this is well known theory, and both players', 'were still moving quickly.'),
];
const cH2 = 'The critical moment: 14.Bb5!?';
const cP3 = [
  j(
    'Here Adaeze spent twenty minutes and found an idea she had never seen before. Instead of the usual 14.Be2, she offered a pawn to',
    'keep the black king in the centre of her thinking. The point is that after 14...a6 15.dxc5 bxc5 16.O-O the c5 pawn is pinned',
    'and weak, and Black\u2019s pieces are tied to its defence.',
  ),
  j(
    'Henrik took the pawn with 14...Qb7, which the engine considers fine. But the resulting position is very hard to play over the',
    'board, and he was already down to eighteen minutes for the next twenty-six moves.',
  ),
];
const cQuote = j(
  '"I knew it was probably not objectively best, but I wanted a position where he had to find only moves. In the club',
  'championship, on the clock, that is often enough."',
);
const cH3 = 'The finish';
const cP4 = [
  j(
    'After 15.Bd3 Qxb2 16.Qxb2 there was no longer any way to avoid the endgame, and 16...cxd4 17.exd4 Rxc1+ 18.Kd2 left White a',
    'pawn down but with the much better minor piece and the open c-file. Black\u2019s mistake came with 22...Kf8?, walking into a',
    'rook check that won the d5 pawn. After that the technique was clean, and Henrik resigned on move 41.',
  ),
  j(
    'A deserved win, and the championship is wide open again with two rounds to play. Full standings are on the club noticeboard',
    'and in the results section of this site.',
  ),
];
const cNav = ['Home', 'Results', 'Annotated games', 'Juniors', 'About'];
const cMore = ['Round 4 report: upsets on the top boards', 'Juniors win the county blitz shield', 'Endgame evening: rook and pawn basics'];
const cFoot = ['Sitemap', 'Privacy', 'Contact the club'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${cTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e1c2f">
<meta name="description" content="${cExcerpt}"><link rel="canonical" href="https://fenwickchess.example/annotated-okonkwo-lindqvist-round-5/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-22T20:05:00.000Z">
<meta property="article:tag" content="Annotated games"><meta name="generator" content="Ghost 5.101">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${cTitle}",
"author":{"@type":"Person","name":"Gareth Pembury"},"datePublished":"2026-04-22T20:05:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-ghost="https://fenwickchess.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-annotated-games is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Fenwick Chess
Club</a></div><nav class="gh-head-menu"><ul class="nav">${links(cNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-annotated-games">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/annotated-games/">Annotated games</a></span></div>
<h1 class="article-title">${cTitle}</h1><p class="article-excerpt">${cExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/gareth/">Gareth Pembury</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-22">Apr 22,
2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/04/round5-board.jpg" alt="The players at board one">
<figcaption><span style="white-space: pre-wrap;">Board one at the Fenwick Institute, round five. Photo: Sunita Varma</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(cP1)}
<div class="kg-card kg-html-card"><table class="pgn-header"><tbody>
${cPgn.map(([k, v]) => `<tr><th>${k}</th>\n<td>${v}</td></tr>`).join('\n')}</tbody></table></div>
<h2 id="the-opening">${cH1}</h2>
${ps(cP2)}
<figure class="kg-card kg-embed-card"><iframe src="https://lichess.example/embed/game/Qx7Rt2aB#27" width="600" height="397"></iframe>
<figcaption>Position after 13...Rc8. Use the arrows to step through the moves.</figcaption></figure>
<h2 id="the-critical-moment">${cH2}</h2>
${ps(cP3)}
<blockquote class="kg-blockquote-alt">${cQuote}</blockquote>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">♟️</div><div class="kg-callout-text">Read more: our
club library now lends the opening books mentioned in these notes.</div></div>
<h2 id="the-finish">${cH3}</h2>
${ps(cP4)}
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><h2>Subscribe to Fenwick Chess Club</h2>
<p>Get new annotated games and results in your inbox. It's free.</p><a class="gh-btn" data-portal="signup">Subscribe now</a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${cMore.map((m) => `<article class="post-card post"><h2 class="post-card-title"><a href="/${m.length}/">${m}</a></h2></article>`).join('\n')}</div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Fenwick Chess Club</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(cFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8e1c2f"></script></body></html>`;
export const ghostChess: TestPage = {
  name: 'heldout299-ghost-casper-chess',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: [cExcerpt, ...texts(cP1), ...cPgn.map(([, v]) => v), ...texts([...cP2, ...cP3, cQuote, ...cP4])],
  bylines: ['Gareth Pembury', 'Apr 22, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwick Chess Club', ...cNav, 'Sign in', 'Subscribe', 'Board one at the Fenwick Institute, round five. Photo: Sunita Varma',
    'Position after 13...Rc8. Use the arrows to step through the moves.',
    'Read more: our club library now lends the opening books mentioned in these notes.', 'Subscribe to Fenwick Chess Club',
    "Get new annotated games and results in your inbox. It's free.", 'Subscribe now', 'Read more', ...cMore, '© 2026', ...cFoot, 'Powered by Ghost',
  ],
};
