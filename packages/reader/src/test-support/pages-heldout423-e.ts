import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout423-kit.js';

/**
 * Held-out batch 423, file e: a chess coach's lesson on Substack (the publication navbar, the post header with subtitle,
 * author, date and like / comment / share buttons, the body with a subscribe widget and a captioned diagram, the footer
 * buttons, the comments and the "Ready for more?" box) and a ChessBase-style news story (the shop bar, the main menu,
 * the news header with author and date, the article with an embedded replay board and its caption, the ad slot, the
 * "Related articles" list, the reader comments and the footer).
 */
const sTitle = 'Lesson 12: Stop Counting, Start Looking';
const sSub = 'Why strong players calculate less than you think, and the three questions they ask first.';
const sIntro = [
  j(
    'Every week a student shows me a game they lost and says the same thing: “I calculated it, but I missed something.” When we',
    'go back to the position, the problem is almost never the calculation. It is what they chose to calculate.',
  ),
  j(
    'Club players often start counting variations the moment it is their move. Strong players look at the position first, and',
    'they look in a fixed order. Today I want to give you that order.',
  ),
];
const sH = ['Question one: what changed?', 'Question two: what is loose?', 'Question three: what does my worst piece want?', 'Homework'];
const sQ1 = [
  j(
    'Your opponent\u2019s last move did something. It attacked a piece, opened a line, or gave up control of a square. Before you',
    'look at your own ideas, name exactly what the last move changed. Most one-move blunders happen because this step is skipped.',
  ),
  j(
    'Say it in words, even silently: “the bishop left c1, so b2 is no longer defended” or “the knight now eyes d5 and f5.” Naming',
    'the change forces you to look at the whole board instead of the corner where you were already planning something.',
  ),
];
const sQ2 = [
  j(
    'List every undefended piece and pawn on the board, yours and your opponent\u2019s. Loose pieces drop off, as the old saying',
    'goes, and almost every tactic you will ever play starts with a piece that nobody is guarding.',
  ),
];
const sQ3 = [
  j(
    'If there is no tactic, improve the piece that is doing the least. A bishop biting on its own pawns, a rook that has not moved',
    'since the opening, a knight on the rim. Find it a better square, and only then calculate whether you can get it there.',
  ),
  j(
    'Only now, after three questions that take less than a minute, do you start counting. You will find that you calculate',
    'fewer lines, but they are the right ones, and you will have more time left on the clock for the moments that matter.',
  ),
];
const sHomework = [
  'Take your last three lost games and, at each mistake, write down your answers to the three questions.',
  'Play ten rapid games this week and force yourself to ask the questions out loud before every capture.',
  'Answer this email with the position you found hardest. I will use the best ones in lesson 13.',
];
const sComments = [
  'This is exactly my problem. I calculate ten moves deep and miss a hanging knight.',
  'Printed the three questions and stuck them on my board.',
];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - The Patient Pawn</title><meta name="description" content="${sSub}">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sSub}">
<meta name="author" content="Coach Ines Harwood"><link rel="canonical" href="https://patientpawn.substack.example/p/lesson-12-stop-counting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-11-26T12:00:00+00:00",
"author":[{"@type":"Person","name":"Coach Ines Harwood"}],"publisher":{"@type":"Organization","name":"The Patient Pawn"}}</script>
<script>window._preloads = JSON.parse("{\\"isEligibleForLiveStream\\":false,\\"pub\\":{\\"name\\":\\"The Patient Pawn\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">The Patient Pawn</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a>
<a class="button sign-in-link" href="/sign-in">Sign in</a></div>
</div></div>
<div class="container"><div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.example/@inesharwood" class="pencraft frontend-pencraft-Text-module">
Coach Ines Harwood</a></div><div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Nov 26, 2026</div></div>
<div class="post-ufi"><a class="like-button-container post-ufi-button"><div class="label">41</div></a>
<a class="post-ufi-comment-button post-ufi-button" href="/p/lesson-12-stop-counting/comments"><div class="label">2</div></a>
<a class="post-ufi-button share-button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">The Patient Pawn is a reader-supported lesson letter. To get a new lesson every Thursday, subscribe.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…"><input type="submit" class="button primary"
value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${sH[0]}</h2>
${ps(sQ1)}
<h2 class="header-anchor-post">${sH[1]}</h2>
${ps(sQ2)}
<div class="captioned-image-container"><figure><img src="https://substack-post-media.example/loose-pieces.png" alt="">
<figcaption class="image-caption">Black to move: three loose pieces, one of them White\u2019s queen.</figcaption></figure></div>
<h2 class="header-anchor-post">${sH[2]}</h2>
${ps(sQ3)}
<h2 class="header-anchor-post">${sH[3]}</h2>
<ol>${sHomework.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
</div></div>
<div class="post-footer"><a class="post-ufi-button like-button">Like</a><a class="post-ufi-button">Comment</a><a class="post-ufi-button">Restack</a></div>
</article>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
${sComments
  .map(
    (t, i) => `<div class="comment"><a class="comment-meta-name" href="#">${['Rolf Baskin', 'tessa_plays'][i]}</a>
<a class="comment-timestamp" href="#">${['Nov 26', 'Nov 27'][i]}</a><div class="comment-body"><p>${t}</p></div><a class="comment-reply">Reply</a></div>`,
  )
  .join('\n')}</div>
<div class="end-of-post-cta"><h3>Ready for more?</h3><a class="button primary" href="/subscribe">Subscribe</a></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><p class="copyright">© 2026 Ines Harwood</p>
<a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a>
<a class="footer-substack-cta" href="https://substack.example/signup">Start writing</a><a href="https://substack.example/app">Get the app</a>
<p class="footer-slogan">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout423-substack-coach-lesson-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sSub, ...sIntro, ...sQ1, ...sQ2, ...sQ3, ...sHomework]),
  bylines: ['Coach Ines Harwood', 'Nov 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Patient Pawn', 'Subscribe', 'Sign in', 'Share', 'The Patient Pawn is a reader-supported lesson letter. To get a new lesson every Thursday, subscribe.',
    'Black to move: three loose pieces, one of them White\u2019s queen.', 'Like', 'Comment', 'Restack', 'Discussion about this post', ...sComments,
    'Rolf Baskin', 'tessa_plays', 'Nov 27', 'Reply', 'Ready for more?', '© 2026 Ines Harwood', 'Privacy', 'Terms', 'Collection notice', 'Start writing',
    'Get the app', 'Substack is the home for great culture',
  ],
};

const bTitle = 'Kettleby Cup: Rautio stuns the favourite in an Armageddon final';
const bBody = [
  j(
    'The fourth Kettleby Cup, a knockout for sixteen players held in the Lindqvist Pavilion in Brume, ended on Sunday evening with',
    'a surprise. FM Ewa Rautio, the lowest-rated player left in the quarterfinals, beat the top seed GM Lorcan Teague in an',
    'Armageddon game after the two rapid games and two blitz games were shared.',
  ),
  j(
    'Teague had looked untouchable on the way to the final, conceding only one draw in three matches. Rautio, by contrast, needed',
    'tiebreaks in every round. “I spent the whole week in Armageddon,” she joked at the closing ceremony. “By the final I was used',
    'to it.”',
  ),
  j(
    'In the semifinals Rautio knocked out IM Sasha Voronin, the national co-champion, after six games, while Teague beat the',
    'local favourite Halvard Brekke 1.5-0.5 in the rapid games. Both semifinals were followed by more than 40,000 viewers online.',
  ),
];
const bH = ['The final', 'Prize fund'];
const bFinal = [
  j(
    'In the deciding game Rautio had Black and needed only a draw. She chose the Berlin, reached an endgame a pawn down, and defended',
    'for forty moves with less than a minute on her clock. When Teague\u2019s flag fell in a position that was still drawn, the',
    'pavilion erupted.',
  ),
  j(
    'Teague was gracious in defeat. “She defended better than I attacked,” he said. “In Armageddon you must win with Black or',
    'hold with White, and she held everything.”',
  ),
  'Replay the final game with our commentary below. Click on any move to open the analysis board.',
];
const bPrize = ['The prize fund of 60,000 euros was shared as follows:'];
const bPrizes = ['Winner: 20,000 euros', 'Runner-up: 12,000 euros', 'Semifinalists: 7,000 euros each', 'Quarterfinalists: 3,500 euros each'];
const bMenu = ['News', 'Shop', 'Play', 'Database', 'Magazine', 'Video', 'Training'];
const bRelated = ['Teague wins the Brume Rapid', 'Rautio: “I play the Berlin for the endgames”', 'Women\u2019s Grand Prix 2027: the venues'];
const bComments = ['What a final! The defence in the Berlin ending was textbook.', 'Armageddon again... I wish they would play more blitz games first.'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle} | PieceBase</title>
<meta name="description" content="FM Ewa Rautio beat GM Lorcan Teague in Armageddon to win the Kettleby Cup in Brume.">
<meta property="og:image" content="https://news.piecebase.example/portals/all/_1/2026/kettleby/final.jpg">
<meta property="og:title" content="${bTitle}"><meta property="article:published_time" content="2026-11-30T21:14:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"author":{"@type":"Person","name":"Ansgar Mellow"},"datePublished":"2026-11-30T21:14:00+01:00"}</script>
<link rel="stylesheet" href="/css/news.min.css?v=2026.11"><script src="/js/pb-replay.min.js" defer></script></head>
<body class="news-page"><div class="cb-topbar"><a href="https://shop.piecebase.example" class="cb-shoplink">PieceBase Shop</a>
<a class="cb-account" href="/account/login">Login</a> <a class="cb-account" href="/account/register">Register</a></div>
<header class="cb-header"><a href="/" class="cb-logo">PieceBase</a><nav class="cb-mainmenu"><ul>${links(bMenu, 'cb-menuitem')}</ul></nav></header>
<div class="cb-content"><div class="cb-newscol"><div class="newsarticle" id="post-91322">
<div class="newsarticle-header"><h1 class="newsarticle-title">${bTitle}</h1>
<div class="newsarticle-meta"><span class="author">by Ansgar Mellow</span> <span class="date">11/30/2026 – 21:14</span></div>
<div class="newsarticle-teaser"><strong>Four rapid games, two blitz games and one Armageddon: the final of the Kettleby Cup went the full distance, and
the underdog won it.</strong></div></div>
<div class="newsarticle-image"><img src="/portals/all/_1/2026/kettleby/final.jpg" alt=""><div class="newsarticle-imagecaption">Ewa Rautio with the Kettleby
Cup | Photo: Signe Olavsen</div></div>
<div class="newsarticle-body">
${ps(bBody)}
<h2>${bH[0]}</h2>
${ps(bFinal)}
<div class="cbreplay" data-url="/portals/all/_1/2026/kettleby/final.pgn"><div class="cbreplay-head">Teague – Rautio, Armageddon (final)</div>
<div class="cbreplay-board"></div><div class="cbreplay-controls"><span>Analysis</span> <span>Flip</span> <span>Download</span></div></div>
<h2>${bH[1]}</h2>
${ps(bPrize)}
<ul>${bPrizes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="pb-ad"><span class="pb-ad-label">Advertising</span><a href="https://shop.piecebase.example/berlin"><img src="/ads/berlin-dvd.jpg"
alt="The Berlin Wall revisited"></a></div>
</div>
<div class="newsarticle-related"><h3>Related articles</h3><ul>${links(bRelated)}</ul></div>
<div class="newsarticle-comments"><h3>Reader comments</h3>
${bComments
  .map(
    (t, i) => `<div class="comment"><span class="comment-user">${['brumefan', 'Quillon'][i]}</span>
<span class="comment-date">${['11/30/2026', '12/1/2026'][i]}</span>
<p>${t}</p></div>`,
  )
  .join('\n')}<p class="comments-note">Please log in to write a comment.</p></div></div></div>
<aside class="cb-sidebar"><h3>Top news</h3><ul>${links(['Olympiad 2027: pairing rules published', 'PieceBase 19 released'])}</ul></aside></div>
<footer class="cb-footer"><p>© PieceBase GmbH 2026 · Imprint · Privacy · Cookie settings</p></footer>
<div id="cookie-notice" class="cookie-notice"><p>We use cookies to give you the best experience on our website.</p><button>OK</button>
<button>Settings</button></div></body></html>`;
const piecebase: TestPage = {
  name: 'heldout423-chessbase-news-story',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([
    j('Four rapid games, two blitz games and one Armageddon: the final of the Kettleby Cup went the full distance, and', 'the underdog won it.'),
    ...bBody,
    ...bFinal,
    ...bPrize,
    ...bPrizes,
  ]),
  bylines: ['by Ansgar Mellow', '11/30/2026 – 21:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PieceBase Shop', 'Login', 'Register', 'PieceBase', ...bMenu, 'Ewa Rautio with the Kettleby Cup | Photo: Signe Olavsen',
    'Teague – Rautio, Armageddon (final)', 'Analysis', 'Flip', 'Download', 'Advertising', 'Related articles', ...bRelated, 'Reader comments', ...bComments,
    'brumefan', 'Quillon', '11/30/2026', '12/1/2026', 'Please log in to write a comment.', 'Top news', 'Olympiad 2027: pairing rules published',
    'PieceBase 19 released', '© PieceBase GmbH 2026 · Imprint · Privacy · Cookie settings', 'We use cookies to give you the best experience on our website.',
    'Settings',
  ],
};

export const HELDOUT423_E: readonly TestPage[] = [substack, piecebase];
