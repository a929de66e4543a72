import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file a: a Lichess-style study chapter (top navigation, the study side panel with members and the
 * chapter list, the board, the move tree whose comments are the lesson, the chapter description, the share and embed
 * panel, the site footer) and a Chess.com-style article (left sidebar navigation, the post header with author card,
 * date and read count, share buttons, the article body with a diagram caption, the "More from" rail and member comments).
 */
const lTitle = 'Stonewall Structures: Chapter 3 – When White Plays f4 Too Early';
const lDesc = [
  j(
    'In the first two chapters we set up the Stonewall with d4, e3, f4 and c3 and looked at the knight jump to e5. This chapter is',
    'about the most common club mistake: pushing f4 before the bishop reaches d3, which hands Black a free tempo and the e4 square.',
  ),
  'Step through the moves on the board. Every comment below belongs to one move; click a move to see the position it talks about.',
  j(
    'Chapter 4 turns the tables and shows how White should have played: Bd3 first, then Nf3, and only then f4, so that the bishop',
    'trade on d3 is no longer on offer and the e4 square stays under control. If you have time, set up the position after move 6',
    'against a friend and play it out with both colours before you move on.',
  ),
];
const lComments = [
  j(
    'White has gone straight for the wall. It looks harmless, but with the bishop still on f1 the e4 square is covered only by the',
    'knight that has not moved yet.',
  ),
  j('Black does not copy the Stonewall. The bishop comes to f5 at once and fights for e4 before White can play Bd3 and swap it off.'),
  j(
    'This is the point of the chapter. After Bd3 Black simply trades on d3, and White is left with the bad dark-squared bishop and',
    'a hole on e4 that no pawn will ever cover again.',
  ),
  j(
    'Knight to e4 is strong now. If White takes it, the pawn that recaptures on e4 cramps the kingside, and the f4 pawn becomes a',
    'target rather than an attacker.',
  ),
  j(
    'Try to find White\u2019s best defence yourself before you go to the next chapter. Hint: the queen belongs on e2, not on f3,',
    'and the c1 bishop should come out via d2 to e1.',
  ),
];
const lMoves: [string, string, string][] = [
  ['1', 'd4', 'd5'],
  ['2', 'e3', 'Nf6'],
  ['3', 'f4', 'Bf5'],
  ['4', 'Nf3', 'e6'],
  ['5', 'Bd3', 'Bxd3'],
  ['6', 'Qxd3', 'Ne4'],
];
const lNav = ['Play', 'Puzzles', 'Learn', 'Watch', 'Community', 'Tools'];
const lChapters = ['1. The basic wall', '2. The e5 outpost', '3. When White plays f4 too early', '4. The queenside break c4'];
const lFoot = ['About', 'FAQ', 'Contact', 'Mobile App', 'Terms of Service', 'Privacy', 'Source Code', 'Ads'];
const lHtml = `<!DOCTYPE html>
<html lang="en-GB" class="dark"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>${lTitle} • rookhaven.org</title>
<meta name="description" content="A free chess study on rookhaven.org: Stonewall structures, chapter 3 of 4.">
<meta property="og:title" content="Stonewall Structures: Chapter 3"><meta property="og:type" content="website">
<meta property="og:site_name" content="rookhaven.org"><meta name="twitter:card" content="summary">
<link rel="stylesheet" href="https://assets.rookhaven.example/css/analyse.study.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"Stonewall Structures",
"educationalLevel":"intermediate","author":{"@type":"Person","name":"hedgewick"}}</script>
<script defer src="https://assets.rookhaven.example/compiled/site.min.js"></script>
<script>window.site={info:{commit:"f83ac1e",date:"2026-11-30"},load:new Promise(r=>document.addEventListener("DOMContentLoaded",r))}</script>
</head>
<body class="dark coords-in playing fixed-scroll" data-socket-domains="socket1.rookhaven.example" data-asset-version="f83ac1e">
<div id="blind-mode"><a class="text" data-icon="" href="/login?blind">Accessibility: Enable blind mode</a></div>
<header id="top"><div class="site-title-nav"><input type="checkbox" id="tn-tg" class="topnav-toggle fullscreen-toggle" autocomplete="off">
<label for="tn-tg" class="fullscreen-mask"></label><label for="tn-tg" class="hbg"><span class="hbg__in"></span></label>
<a class="site-title" href="/">rookhaven<span>.org</span></a>
<nav id="topnav" class="hover"><ul>${links(lNav, 'topnav-section')}</ul></nav></div>
<div class="site-buttons"><div class="site-icon" id="clinput"><a class="link"><span data-icon=""></span></a></div>
<a href="/login?referrer=/study/Qm7Tz2aB" class="signin button button-empty">Sign in</a></div></header>
<div id="main-wrap" class="is2d"><main class="analyse variant-standard has-members">
<aside class="analyse__side"><div class="study__side"><div class="study__tabs"><span class="active">Chapters</span><span>Members</span></div>
<div class="study__members"><div class="member"><i class="contrib"></i><span class="user-link">hedgewick</span></div>
<div class="member"><span class="user-link">OpalKnight</span></div></div>
<div class="study__chapters"><ol>${links(lChapters, 'draggable')}</ol></div>
<div class="study__side-foot"><span class="likes">Like 412</span><span class="views">8,906 views</span></div></div></aside>
<div class="study__title"><h1>${lTitle}</h1><span class="study__author">by <a class="user-link" href="/@/hedgewick">hedgewick</a></span>
<span class="study__updated">Updated 3 days ago</span></div>
<div class="analyse__board main-board"><div class="cg-wrap orientation-white manipulable"><cg-container style="width:560px;height:560px">
<cg-board></cg-board></cg-container></div></div>
<div class="analyse__tools"><div class="ceval disabled"><div class="switch"><label for="analyse-toggle-ceval">Local computer evaluation</label></div>
<div class="engine"><span class="info">Stockfish 17 · NNUE</span></div></div>
<div class="analyse__moves areplay"><div class="tview2 tview2-column">
${lMoves
  .map(
    ([n, w, b], i) =>
      `<index>${n}</index><move p="${i}w"><san>${w}</san></move><move p="${i}b"><san>${b}</san></move>` +
      (i >= 1 && i <= 5 ? `<interrupt><comment>${lComments[i - 1] ?? ''}</comment></interrupt>` : ''),
  )
  .join('\n')}
</div></div></div>
<div class="analyse__controls analyse-controls"><div class="features"><a class="fbt" title="Opening explorer" href="#">Explorer</a>
<a class="fbt" title="Practice with computer" href="#">Practice</a></div></div>
<div class="analyse__underboard"><div class="study__desc chapter-desc"><div class="text">
${ps(lDesc)}
</div></div>
<div class="study__share"><h2>Share &amp; export</h2><div class="form-group"><label>Study URL</label>
<input readonly value="https://rookhaven.org/study/Qm7Tz2aB"></div><a class="button text" href="#">Download PGN</a>
<a class="button text" href="#">Embed in your website</a><a class="button text" href="#">GIF of the chapter</a></div></div>
</main></div>
<footer id="site-footer"><ul class="footer-links">${links(lFoot)}</ul>
<p class="footer-copy">Free, ad-free, open source. Made by volunteers in the Saltmarch Collective.</p></footer>
<script>site.load.then(()=>site.asset.loadEsm("analyse",{init:{study:{id:"Qm7Tz2aB",chapter:"c3"}}}))</script>
</body></html>`;
const lichess: TestPage = {
  name: 'heldout423-lichess-study-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([...lComments, ...lDesc]),
  bylines: ['hedgewick', 'Updated 3 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Accessibility: Enable blind mode', 'rookhaven.org', ...lNav, 'Sign in', 'Chapters', 'Members', 'OpalKnight', ...lChapters, 'Like 412',
    '8,906 views', 'Local computer evaluation', 'Stockfish 17 · NNUE', 'Explorer', 'Practice', 'Share & export', 'Study URL', 'Download PGN',
    'Embed in your website', 'GIF of the chapter', ...lFoot, 'Free, ad-free, open source. Made by volunteers in the Saltmarch Collective.',
  ],
};

const cTitle = 'How A 14-Year-Old Won The Marrowfield Open With The London System';
const cIntro = [
  j(
    'Nobody at the Marrowfield Open expected the tournament to be decided by a player who had only crossed 2200 in the spring.',
    'Yet after nine rounds in the old grain exchange, 14-year-old Tobiah Quennell finished on 7.5 points, half a point clear of',
    'three grandmasters, and he did it with the opening most of his rivals had called boring.',
  ),
  j('We looked at all nine of his games and spoke to his coach to find out how a quiet system became a weapon.'),
];
const cH = ['One Setup, Nine Games', 'The Critical Win In Round Seven', 'What Club Players Can Take From It'];
const cS1 = [
  j(
    'Quennell opened 1.d4 in every game with the white pieces and reached the familiar London triangle of pawns on c3, d4 and e3',
    'with the bishop outside on f4. What changed from game to game was the move order.',
  ),
];
const cList = [
  'Against ...c5 setups he played an early c3 and kept the bishop on f4 even when it could be chased.',
  'Against the King\u2019s Indian he delayed Nf3 so that the knight could go to d2 and then to f1 or c4.',
  'Against ...d5 and ...Bf5 he swapped queens early and played for a better endgame, which he won twice.',
];
const cS2 = [
  j(
    'The key game came against grandmaster Ilona Sarkisova, the top seed. She chose a sharp line with ...Qb6 and a pawn sacrifice on',
    'b2, and for twenty moves Quennell was defending. Then he returned the pawn with 23.Nc4, and the black queen was suddenly short',
    'of squares.',
  ),
  '“I was not thinking about winning,” Quennell said after the game. “I just wanted a position where I knew what every piece was for.”',
];
const cS3 = [
  j(
    'His coach, Marit Olderdal, says the lesson is not the opening itself. “He knows the middlegame plans better than anyone his age,',
    'because he has played the same structures four hundred times. That is what a repertoire is for.”',
  ),
  j(
    'If you play the London yourself, pick one answer to each of Black\u2019s main setups and play it until the plans feel natural.',
    'Quennell\u2019s games are in the Marrowfield database, and all nine are worth a look.',
  ),
];
const cNav = ['Play', 'Puzzles', 'Learn', 'Watch', 'News', 'Social', 'More'];
const cMore = ['Five Endgames Every London Player Must Know', 'Sarkisova Wins Blitz Title In Karsby', 'Junior Ratings Jump After Summer Break'];
const cComments = [
  'Great article. I play the London and got called boring at my club last week, sending them this.',
  'Round 7 is a fantastic game, the Nc4 idea is so calm.',
];
const cDiagram = 'Position after 23.Nc4. Image: Marrowfield Chess Society.';
const cHtml = `<!DOCTYPE html>
<html lang="en" class="theme-dark"><head><meta charset="utf-8"><title>${cTitle} - Checkwise.com</title>
<meta name="description" content="Tobiah Quennell, 14, won the Marrowfield Open ahead of three grandmasters with a repertoire built on the London System.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Checkwise.com">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.checkwise.example/article/view/marrowfield-open-london">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}",
"datePublished":"2026-11-28T16:00:00Z","author":{"@type":"Person","name":"PeterVanlow"},"publisher":{"@type":"Organization","name":"Checkwise.com"}}</script>
<script>window.context={"user":{"id":0,"isGuest":true},"i18n":{"locale":"en_US"}};</script>
<link rel="stylesheet" href="https://www.checkwise.example/bundles/app/css/post-view.client.css"></head>
<body class="body-with-sidebar"><div id="sb" class="sidebar"><a class="sidebar-logo" href="/">Checkwise</a>
<ul class="sidebar-links">${links(cNav, 'sidebar-link')}</ul><a class="sidebar-cta button" href="/register">Sign Up</a>
<a class="sidebar-login" href="/login">Log In</a></div>
<div class="base-layout"><div id="view-article" class="layout-column-one post-view-component">
<nav class="breadcrumbs-component"><a class="breadcrumbs-link" href="/news">News</a> <span class="breadcrumbs-separator">›</span>
<a class="breadcrumbs-link" href="/news/events">Events</a></nav>
<header class="post-view-header"><h1 class="post-view-title">${cTitle}</h1>
<div class="post-view-meta-component"><a class="post-view-meta-avatar" href="/member/petervanlow"><img alt="PeterVanlow" src="/avatars/pv.png"></a>
<div class="post-view-meta-details"><a class="post-view-meta-username user-username-component" href="/member/petervanlow">PeterVanlow</a>
<span class="post-view-meta-title">Contributor</span>
<div class="post-view-meta-info"><span class="post-view-meta-date">Nov 28, 2026</span> <span class="post-view-meta-reads">| 12,408 reads</span>
<span class="post-view-meta-comments">| 2 Comments</span></div></div></div></header>
<div class="post-view-share share-buttons-component"><button class="share-buttons-btn">Share</button><a class="share-buttons-facebook" href="#">Facebook</a>
<a class="share-buttons-x" href="#">X</a><a class="share-buttons-email" href="#">Email</a></div>
<div class="post-view-content">
${ps(cIntro)}
<h2>${cH[0]}</h2>
${ps(cS1)}
<ul>${cList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${cH[1]}</h2>
${ps(cS2.slice(0, 1))}
<blockquote><p>${cS2[1]}</p></blockquote>
<div class="chessboard-diagram-component"><img src="https://images.checkwise.example/diagram/qnl23.png" alt="Diagram">
<p class="diagram-caption">${cDiagram}</p></div>
<h2>${cH[2]}</h2>
${ps(cS3)}
</div>
<div class="post-view-tags"><a class="post-view-tag" href="/news/tag/london-system">London System</a>
<a class="post-view-tag" href="/news/tag/juniors">Juniors</a></div>
<section class="post-view-more"><h3 class="post-view-more-title">More from PeterVanlow</h3><ul>${links(cMore, 'post-preview-component')}</ul></section>
<section id="comments" class="comments-component"><h3 class="comments-title">Comments</h3>
${cComments
  .map(
    (t, i) => `<div class="comment-post-component"><a class="comment-post-username" href="#">${['KnightOfBrume', 'gambit_hen'][i]}</a>
<span class="comment-post-time">${['Nov 28, 2026', 'Nov 29, 2026'][i]}</span><p class="comment-post-body">${t}</p></div>`,
  )
  .join('\n')}
<a class="comments-login" href="/login">Log in or sign up to comment.</a></section></div></div>
<div class="cookie-banner-component" role="dialog"><p>We use cookies to personalise content and analyse traffic.</p>
<button class="cookie-banner-accept">Accept</button><button class="cookie-banner-settings">Manage Cookies</button></div>
<footer class="footer-component"><p>© 2026 Checkwise.com</p><a href="/legal/terms">Terms</a> <a href="/legal/privacy">Privacy</a></footer>
</body></html>`;
const checkwise: TestPage = {
  name: 'heldout423-chesscom-article-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...cS1, ...cList, ...cS2, ...cS3]),
  bylines: ['PeterVanlow', 'Nov 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Checkwise', ...cNav, 'Sign Up', 'Log In', 'Events', 'Contributor', '| 12,408 reads', '| 2 Comments', 'Share', 'Facebook', 'Email',
    cDiagram, 'London System', 'Juniors', 'More from PeterVanlow', ...cMore, 'Comments', ...cComments, 'KnightOfBrume', 'gambit_hen', 'Nov 29, 2026',
    'Log in or sign up to comment.', 'We use cookies to personalise content and analyse traffic.', 'Accept', 'Manage Cookies', '© 2026 Checkwise.com',
    'Terms', 'Privacy',
  ],
};

export const HELDOUT423_A: readonly TestPage[] = [lichess, checkwise];
