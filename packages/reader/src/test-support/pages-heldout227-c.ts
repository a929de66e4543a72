import { links, ps, type TestPage, texts } from './page-kit.js';
import { boxingPreview } from './pages-heldout227-c2.js';

/**
 * Held-out batch 227, file c: a ChessBase-style chess news round report (the site header with the shop and "Login" links,
 * the h1, the date and author line, the bold teaser that begins with the date, body paragraphs around two replay boards
 * whose raw PGN sits in the page until the script turns it into a board, a standings table, the "Links" box, the reader
 * comments with their "Register or log in to comment" prompt, the shop promo rail and the footer) and, from file c2, a
 * boxing promoter's fight preview.
 */
const cbTitle = 'Valdštejn Masters, round 5: Sörensen catches Adebayo at the top';
const cbTeaser =
  'A sharp Najdorf and a long rook ending decided round five in Liberec. Freja Sörensen beat Piotr Kowalczyk to draw level ' +
  'with Tunde Adebayo, who was held by the tournament’s youngest player. Four rounds remain.';
const cbP = [
  'The rest day did not slow anyone down. Three of the five games in the Valdštejn Masters were decisive on Saturday, and the ' +
    'tournament that looked like Tunde Adebayo’s to lose now has a two-horse race at the top.',
  'Freja Sörensen, the Danish number one, chose the sharpest line of the Najdorf against Piotr Kowalczyk and was rewarded ' +
    'when her opponent, in time trouble, missed the defence 26.Rf3 and allowed a knight sacrifice on e3. Kowalczyk resigned on ' +
    'move 34, a rook down with mate unavoidable.',
];
const cbPgn1 = `[Event "Valdstejn Masters"]
[Site "Liberec CZE"]
[Round "5.2"]
[White "Kowalczyk, Piotr"]
[Black "Sorensen, Freja"]
[Result "0-1"]

1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6 6.Bg5 e6 7.f4 Qb6 8.Qd2 Qxb2 9.Rb1 Qa3 0-1`;
const cbP2 = [
  'Adebayo, who had won his first four games, could not break through against the 15-year-old Czech grandmaster Tomáš Hrubý. ' +
    'The Nigerian-born Englishman pressed for 71 moves in a rook and pawn ending with an extra pawn, but Hrubý found the ' +
    'drawing setup with his king in front of the passed pawn and never let go of it.',
  '“I knew the theory of this ending from a book my coach gave me last year,” Hrubý said afterwards. “It is very strange to ' +
    'use it against a player I watched on the internet when I was ten.”',
];
const cbPgn2 = `[Event "Valdstejn Masters"]
[Round "5.1"]
[White "Adebayo, Tunde"]
[Black "Hruby, Tomas"]
[Result "1/2-1/2"]

1.d4 Nf6 2.c4 e6 3.Nf3 d5 4.Nc3 Be7 5.Bf4 O-O 6.e3 c5 1/2-1/2`;
const cbP3 = [
  'In the other decisive game, the Indian grandmaster Rohan Kulkarni won his first game of the event, outplaying Mikael ' +
    'Lindgren in a quiet Catalan. Lindgren’s queenside pawns became targets after move 20, and Kulkarni collected them one by ' +
    'one before promoting on move 58.',
  'The leaders meet in round six on Sunday, with Sörensen having the white pieces.',
];
const cbH = 'Standings after round 5';
const cbRows = [
  '<td>1</td><td> GM Tunde Adebayo </td><td>ENG</td><td> 4.5</td>',
  '<td>2</td><td> GM Freja Sörensen </td><td>DEN</td><td> 4.5</td>',
  '<td>3</td><td> GM Tomáš Hrubý </td><td>CZE</td><td> 3.0</td>',
  '<td>4</td><td> GM Rohan Kulkarni </td><td>IND</td><td> 2.5</td>',
  '<td>5</td><td> GM Piotr Kowalczyk </td><td>POL</td><td> 2.0</td>',
  '<td>6</td><td> GM Mikael Lindgren </td><td>SWE</td><td> 1.5</td>',
];
const cbNav = ['News', 'Shop', 'Play', 'Replay', 'Tactics', 'Videos', 'Download'];
const cbLinks = ['Official tournament website', 'Valdštejn Masters round 4: Adebayo makes it four from four', 'Live games on Live.ChessBase'];
const cbComments = [
  {
    user: 'ErnstB',
    when: '1/14/2026 09:12',
    text: 'Hruby holding that ending at 15 is more impressive than any win today. Textbook Philidor setup.',
  },
  { user: 'kingswalk', when: '1/14/2026 10:47', text: 'Sorensen has been underrated for years. 8...Qxb2 in a must-win game, respect.' },
];
const cbShop = ['ChessBase 18 - Mega package', 'Najdorf: A Complete Repertoire', 'Rook Endings Made Simple', 'Buy now'];
const cbFoot = ['About', 'Imprint', 'Terms of use', 'Privacy', 'Contact', 'Cookie settings'];
const cbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cbTitle} | ChessBase</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${cbTeaser}"><meta property="og:title" content="${cbTitle}"><meta property="og:site_name" content="ChessBase">
<link rel="canonical" href="https://en.chessbase.com/post/valdstejn-masters-round-5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cbTitle}","datePublished":"2026-01-14T00:12:00+01:00",
"author":{"@type":"Person","name":"Lukas Vrba"},"publisher":{"@type":"Organization","name":"ChessBase"}}</script>
<link rel="stylesheet" href="/Content/cb-news.css"><script src="https://pgn.chessbase.example/jquery/jquery.min.js"></script>
<script src="https://pgn.chessbase.example/cbreplay.js" type="text/javascript"></script></head>
<body class="cb-news"><div id="cb-top-bar"><a class="cb-top-lang" href="https://de.chessbase.com">Deutsch</a><a class="cb-top-login"
href="/account/login">Login</a></div>
<header id="cb-header"><a href="/" class="cb-logo"><img src="/Content/img/chessbase-logo.svg" alt="ChessBase"></a>
<nav id="cb-main-nav"><ul>${links(cbNav, 'cb-nav-item')}</ul></nav><form class="cb-search"><input type="text" placeholder="Search news"></form></header>
<div id="cb-content" class="cb-row"><div class="cb-col-main"><article class="cb-article" itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">${cbTitle}</h1>
<div class="cb-article-meta"><span class="cb-author">by Lukas Vrba</span></div>
<p class="cb-teaser"><strong><span class="cb-date">1/14/2026</span> – ${cbTeaser}</strong></p>
<div class="cb-article-body" itemprop="articleBody">
${ps(cbP)}
<div class="cbreplay" data-url="" data-height="560">${cbPgn1}</div>
${ps(cbP2)}
<div class="cbreplay" data-url="" data-height="560">${cbPgn2}</div>
${ps(cbP3)}
<h2>${cbH}</h2>
<table class="cb-table standings"><thead><tr><th>Rk.</th><th>Name</th><th>Fed</th><th>Pts.</th></tr></thead>
<tbody>${cbRows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>
</div>
<div class="cb-links-box"><h3>Links</h3><ul>${links(cbLinks)}</ul></div>
<div class="cb-share"><a href="#" class="cb-share-fb">Share</a><a href="#" class="cb-share-tw">Tweet</a></div></article>
<section class="cb-comments"><h3>Reader Comments</h3><p class="cb-comments-login">Register or log in to comment</p>
${cbComments
  .map(
    (c) => `<div class="cb-comment"><div class="cb-comment-head"><span class="cb-comment-user">${c.user}</span> <span
class="cb-comment-date">${c.when}</span></div>
<div class="cb-comment-text">${c.text}</div><a class="cb-comment-reply" href="#">Reply</a> <a class="cb-comment-report" href="#">Report</a></div>`,
  )
  .join('\n')}</section></div>
<aside class="cb-col-side"><div class="cb-shop-rail"><h3>ChessBase Shop</h3>
${cbShop
  .slice(0, 3)
  .map((t) => `<div class="cb-shop-item"><img src="/shop/${t.length}.jpg" alt=""><a href="/shop">${t}</a></div>`)
  .join('\n')}<a class="cb-btn" href="/shop">${cbShop[3]}</a></div></aside></div>
<footer id="cb-footer"><ul>${links(cbFoot)}</ul><p>© ChessBase GmbH 2026</p></footer>
<div id="cb-cookie-hint" class="cb-cookie" style="display:none"><p>We use cookies to give you the best experience on our website.</p>
<button class="cb-cookie-ok">OK</button></div>
<script>$(function(){ CB.replayAll(".cbreplay"); });</script></body></html>`;
const chessbase: TestPage = {
  html: cbHtml,
  name: 'heldout227-chessbase-round-report',
  kind: 'news',
  // the bold teaser (without its date) is body; the raw PGN of the replay boards is a code block (neither list); each
  // standings row, read across, is one body entry; the comments (a news page's reader comments) are furniture
  title: cbTitle,
  headings: [cbH],
  body: [cbTeaser, ...texts(cbP), ...texts(cbP2), ...texts(cbP3), ...texts(cbRows)],
  bylines: ['by Lukas Vrba', '1/14/2026', ...cbComments.flatMap((c) => [c.user, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deutsch', 'Login', ...cbNav, 'Links', ...cbLinks, 'Share', 'Tweet', 'Reader Comments', 'Register or log in to comment',
    ...cbComments.map((c) => c.text), 'Reply', 'Report', 'ChessBase Shop', ...cbShop, ...cbFoot, '© ChessBase GmbH 2026',
    'We use cookies to give you the best experience on our website.', 'OK',
  ],
};

export const HELDOUT227_C: readonly TestPage[] = [chessbase, boxingPreview];
