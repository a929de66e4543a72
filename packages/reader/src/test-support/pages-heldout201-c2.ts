import { links, type TestPage, texts } from './page-kit.js';
import { paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file c2: a chess.com article as a signed-out visitor saves it (the left sidebar navigation with
 * "Sign Up" / "Log In", the breadcrumb, the title, the author's title badge, name and flag, the date and view count, the
 * article text with interactive diagram boards and their captions, the tags, the share buttons, the author card with bio
 * and "Follow", "More from" and "Explore more" rails, reader comments with likes and the "Log In or Join" prompt, the
 * ad slot, the cookie banner and the footer).
 */
const csTitle = 'Five Rook Endgame Habits That Win Club Games';
const csIntro = paras(`
Rook endgames are the most common endings in chess, and at club level they are also where the most half-points go missing. I
have coached adult improvers for twelve years, and when I go through their tournament games, the same few mistakes show up
again and again. None of them are about deep theory. They are habits, and habits can be changed.

Here are the five I would fix first.`);
const csH1 = '1. Put your rook behind the passed pawn';
const csP1 = paras(`
This is the oldest rule in the book, and it still gets broken every weekend. A rook behind a passed pawn gains scope as the
pawn advances; a rook in front of it loses scope with every step. That applies whether the pawn is yours or your opponent's.`);
const csCap1 = 'White to move. Rb1 behind the b-pawn is the only move that keeps the advantage.';
const csP1b = paras(`
In the position above, my student played Rb7 to attack the pawn from the side, and after Kf6 Black was suddenly in time to
defend. Rb1, quietly supporting the pawn from behind, would have kept Black's rook tied to b8 for the rest of the game.`);
const csH2 = '2. Activate the king before you grab material';
const csP2 = paras(`
Once the queens are off, the king is a fighting piece. Too many players spend three moves winning a pawn on the queenside while
their king sits on g1 watching. Bring it to the centre first. A pawn that cannot run away will still be there in three moves.`);
const csH3 = '3. Cut the enemy king off';
const csP3 = paras(`
A rook on an open file or rank that separates the defending king from the action is often worth more than a pawn. When you are
the side with the extra pawn, ask yourself before every rook move: is their king cut off, and by how many files? Two files is
usually decisive. One file is often not enough.`);
const csH4 = '4. Learn two positions by heart';
const csP4 = paras(`
You do not need a library of endgame theory to play rook endings well. You need to know the Lucena position, where the
stronger side builds a bridge to promote, and the Philidor position, where the defender holds a draw with the rook on the third
rank. Almost everything else can be worked out at the board if you understand those two.`);
const csCap2 = 'The Philidor position: Black draws by keeping the rook on the sixth rank until the pawn advances.';
const csH5 = '5. Do not trade rooks without counting';
const csP5 = paras(`
Trading into a king-and-pawn ending feels safe because it is simpler. It is also final. Before you offer a rook trade, count the
moves in the pawn race and check who gets the opposition. I have seen more winning rook endings turned into lost pawn endings
by a hopeful trade than by any blunder.

Work on these five, one at a time, and you will find that rook endings start to feel like opportunities rather than chores.`);
const csNav = ['Play', 'Puzzles', 'Learn', 'Watch', 'News', 'Social', 'More', 'Sign Up', 'Log In'];
const csCrumbs = ['Articles', 'Endgames'];
const csTags = ['Endgames', 'Rook Endgame', 'Chess Improvement', 'Strategy'];
const csShare = ['Share', 'Copy Link', 'Facebook', 'X', 'Reddit'];
const csBio = 'National Master and club coach in Leeds. I write about practical endgames for adult improvers.';
const csMore = ['More from NM Elspeth_Hardcastle', 'The Lucena Position Without Tears', 'How to Study Endgames in Ten Minutes a Day'];
const csExplore = ['Explore More', 'The Best Chess Openings For Beginners', 'Ten Tactics Every Club Player Should Know', 'Why You Keep Losing On Time'];
const csComments = [
  { user: 'knightshift77', when: '2 days ago', text: 'Number five cost me a county league game last month. Painful but true.', likes: '14' },
  { user: 'Varenka_B', when: 'Yesterday', text: 'The Philidor diagram finally made it click for me. Thanks!', likes: '6' },
];
const csCookie = ['We use cookies and similar technologies to improve your experience.', 'Accept', 'Manage Preferences'];
const csFoot = ['Support', 'Chess Terms', 'About', 'Students', 'Jobs', 'Developers', 'User Agreement', 'Privacy Policy', 'Fair Play', 'Partners'];
const board = (id: string, fen: string, cap: string): string => `<div class="chess-board-wrapper"><div class="chessDiagramDiv" id="${id}"
data-type="chessDiagram" data-fen="${fen}" data-flip="false"><div class="chess-board-component" aria-label="Chess board"></div></div>
<p class="chess-board-caption"><em>${cap}</em></p></div>`;
const csHtml = `<!DOCTYPE html>
<html lang="en" class="theme-light"><head><meta charset="utf-8"><title>Five Rook Endgame Habits That Win Club Games - Chess.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Five practical habits for rook endgames at club level.">
<meta property="og:title" content="${csTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Chess.com">
<link rel="canonical" href="https://www.chess.com/article/view/five-rook-endgame-habits-that-win-club-games">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${csTitle}",
"author":{"@type":"Person","name":"Elspeth_Hardcastle"},"datePublished":"2025-03-11","publisher":{"@type":"Organization","name":"Chess.com"}}</script>
<link rel="stylesheet" href="https://www.chess.example/bundles/web/css/article.4f1a.css">
<script>window.chesscom = window.chesscom || {}; window.context = {"user":{"id":0,"isGuest":true}};</script></head>
<body class="body-v2 has-sidebar"><div id="sb" class="sidebar-component"><a class="sidebar-logo" href="/" aria-label="Chess.com"></a>
<ul class="nav-menu-area">${links(csNav.slice(0, 7), 'nav-link-component')}</ul><div class="sidebar-buttons">
<a class="cc-button-component cc-button-primary" href="/register">${csNav[7]}</a><a class="cc-button-component cc-button-secondary"
href="/login">${csNav[8]}</a>
</div></div>
<div id="view-article" class="layout-component"><div class="layout-column-one"><div class="post-view-component">
<nav class="breadcrumbs-component">${csCrumbs.map((t) => `<a class="breadcrumbs-link" href="/articles/${t.toLowerCase()}">${t}</a>`).join(' ')}</nav>
<header class="post-view-header"><h1 class="post-view-title">${csTitle}</h1>
<div class="post-view-meta-component"><div class="post-view-meta-avatar"><img alt="Elspeth_Hardcastle"
src="https://images.chesscomfiles.example/u/eh.jpg"></div>
<div class="post-view-meta-info"><a class="post-view-meta-chess-title chess-title-component" href="/members/titled-players">NM</a>
<a class="user-username-component post-view-meta-username" href="/member/elspeth_hardcastle">Elspeth_Hardcastle</a>
<div class="country-flags-component country-flags-england" title="England"></div>
<span class="post-view-meta-date"><span>Mar 11, 2025</span></span> <span class="post-view-meta-views">| 18,402 views</span></div></div></header>
<div class="post-view-content">
${pLines(csIntro)}
<h2>${csH1}</h2>
${pLines(csP1)}
${board('chessDiagram1', '1r6/5pk1/6p1/1P6/8/6P1/5PK1/7R w - - 0 1', csCap1)}
${pLines(csP1b)}
<h2>${csH2}</h2>
${pLines(csP2)}
<h2>${csH3}</h2>
${pLines(csP3)}
<h2>${csH4}</h2>
${pLines(csP4)}
${board('chessDiagram2', '4k3/R7/1r6/4PK2/8/8/8/8 b - - 0 1', csCap2)}
<h2>${csH5}</h2>
${pLines(csP5)}
</div>
<div class="post-view-tags">${csTags.map((t) => `<a class="post-view-tag" href="/articles/tag/${t}">${t}</a>`).join('')}</div>
<div class="share-buttons-component" aria-label="Share">${csShare.map((t) => `<button class="share-button" type="button">${t}</button>`).join('')}</div>
<div class="post-author-component"><img alt="" src="https://images.chesscomfiles.example/u/eh.jpg"><div class="post-author-info">
<a class="post-author-username" href="/member/elspeth_hardcastle">NM Elspeth_Hardcastle</a><p class="post-author-bio">${csBio}</p>
<button class="cc-button-component">Follow</button></div></div>
<div class="post-view-more"><h3>${csMore[0]}</h3><ul>${links(csMore.slice(1))}</ul></div>
<div id="comments" class="comments-component"><h2 class="comments-title">Comments</h2>${csComments
  .map(
    (c) => `<div class="comment-post-component"><div class="comment-post-meta"><a class="user-username-component" href="/member/${c.user}">${c.user}</a>
<span class="comment-post-time">${c.when}</span></div><p class="comment-post-body">${c.text}</p><div class="comment-post-actions">
<button class="comment-like"><span class="like-count">${c.likes}</span></button><button>Reply</button></div></div>`,
  )
  .join('\n')}
<div class="comments-login"><a href="/login">Log In or Join</a> to comment.</div></div></div></div>
<div class="layout-column-two"><div class="ad-component"><span class="ad-label">Advertisement</span><div id="article-right-rail-ad"></div></div>
<div class="post-view-explore"><h3>${csExplore[0]}</h3><ul>${links(csExplore.slice(1))}</ul></div></div></div>
<div class="cookie-banner-component" role="dialog"
aria-label="Cookies"><p>${csCookie[0]}</p><button>${csCookie[1]}</button><button>${csCookie[2]}</button></div>
<footer class="footer-component"><ul class="footer-links">${links(csFoot)}</ul><span class="footer-copyright">Chess.com © 2025</span></footer>
<script src="https://www.chess.example/bundles/web/js/article.4f1a.js" defer></script></body></html>`;
export const chessPage: TestPage = {
  html: csHtml,
  name: 'heldout201-chesscom-article',
  kind: 'blog',
  // the author's username (with its title badge) and the date are bylines, the view count furniture; diagram captions
  // are furniture; the numbered h2s are the headings; reader comments are furniture; "Learn" (menu) and
  // "Rook Endgame" (tag) are left out, being words of a heading and of the title
  title: csTitle,
  headings: [csH1, csH2, csH3, csH4, csH5],
  body: texts([...csIntro, ...csP1, ...csP1b, ...csP2, ...csP3, ...csP4, ...csP5]),
  bylines: ['Elspeth_Hardcastle', 'NM Elspeth_Hardcastle', 'Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...csNav.filter((t) => t !== 'Learn'), ...csCrumbs, '| 18,402 views',
    csCap1, csCap2, ...csTags.slice(2), ...csShare, csBio, 'Follow', ...csMore, 'Comments',
    ...csComments.flatMap((c) => [c.user, c.when, c.text]), 'Reply', 'Log In or Join to comment.', 'Advertisement', ...csExplore, ...csCookie,
    ...csFoot, 'Chess.com © 2025',
  ],
};
