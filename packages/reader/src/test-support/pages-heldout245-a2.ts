import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file a2: a film review on a critic's Substack (the publication navbar with Subscribe and Sign in,
 * post title and subtitle, author avatar and date, the like / comment / restack / share buttons above and below the post,
 * an inline subscription widget, a captioned image, "Discussion about this post" with comments, the "Ready for more?" box
 * and the Substack footer).
 */
const sTitle = 'Weather Inside the House';
const sSub = 'Ilka Brennholt’s chamber drama keeps its storms off screen, and that is exactly the point';
const sIntro = [
  j(
    'There is a moment about twenty minutes into <em>Weather Inside the House</em> when the power goes out, and nobody in the',
    'family gets up to find a candle. They just sit there, four people at a kitchen table in the dark, waiting to see who will speak',
    'first. It is the whole film in miniature: a story about people who would rather endure a thing than name it.',
  ),
  j(
    'Ilka Brennholt’s third feature, which opens in a handful of cinemas this Friday before arriving on Northlight in April, is set',
    'over a single weekend in a farmhouse on a flood plain. The river is rising. The adult children have come home to persuade their',
    'father to leave. He has no intention of leaving.',
  ),
];
const sH1 = 'A storm you only hear';
const sPart1 = [
  j(
    'The obvious version of this film would have shown us the water. Brennholt never does. The flood exists entirely in sound: rain',
    'on a tin roof, a radio bulletin half-heard from another room, a neighbour’s dog barking and then, unnervingly, not barking.',
    'Cinematographer Ruaidhrí Vass keeps the camera indoors, in low, amber light, so that the house starts to feel like the only dry',
    'place left in the world.',
  ),
  j(
    'That restraint will frustrate some viewers. I found it thrilling. By the time a character finally opens the back door, I was',
    'holding my breath, and the film had not shown me a single drop of flood water.',
  ),
];
const sH2 = 'Three performances, one silence';
const sPart2 = [
  j(
    'As the father, Jonas Ekwueme gives a performance built almost entirely out of refusal. He listens to his children’s arguments',
    'with the patience of a man who has already decided, and his few lines land like stones. Liv Carradale and Teodor Mansell, as the',
    'siblings, play off him beautifully, each trying a different approach and each failing in a way that reveals something about',
    'their childhood.',
  ),
  'What the film understands about families:',
];
const sList = [
  'that old arguments are never about the thing being argued about;',
  'that the youngest child is always, somehow, still the youngest;',
  'that love and stubbornness can look exactly alike from the outside.',
];
const sPart3 = [
  j(
    'If the last act leans a little too hard on a reconciliation scene, it is forgivable. Brennholt has earned it, and she cuts away',
    'before it can become sentimental.',
  ),
  j('<strong>Verdict:</strong> a small, patient, quietly devastating film, and the best thing I have seen so far this year. Go and', 'see it somewhere dark.'),
];
const sComments = [
  'Saw it at the festival last autumn and the sound of that dog has stayed with me ever since.',
  'Great review. I wish more films trusted us to imagine the thing they are not showing.',
];
const sFoot = ['Privacy', 'Terms', 'Collection notice'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - by Odile Marchetti - The Long Take</title>
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sSub}">
<meta property="og:site_name" content="The Long Take"><meta name="author" content="Odile Marchetti">
<link rel="canonical" href="https://thelongtake.substack.com/p/weather-inside-the-house">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://thelongtake.substack.com/p/weather-inside-the-house",
"headline":"${sTitle}","isAccessibleForFree":true,"datePublished":"2026-03-02T13:01:12+00:00",
"author":[{"@type":"Person","name":"Odile Marchetti","url":"https://substack.com/@odilemarchetti"}],
"publisher":{"@type":"Organization","name":"The Long Take"}}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":160233417,\\"type\\":\\"newsletter\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/main.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link"><h1 class="navbar-title">The Long Take</h1></a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div>
</div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target">
<a href="https://substack.com/@odilemarchetti"
class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Odile Marchetti</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 02, 2026</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><a class="post-ufi-button"><div class="label">84</div></a></div>
<a class="post-ufi-button post-ufi-comment-button"><div class="label">12</div></a><a class="post-ufi-button restack-button"><div class="label">9</div></a>
<a class="post-ufi-button share-button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
<div class="subscription-widget-wrap-editor" data-attrs='{"url":"https://thelongtake.substack.com/subscribe?","text":"Subscribe"}'>
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Long Take is a reader-supported publication. To receive new
posts and support my work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${sH1}<div class="header-anchor-parent"><div class="header-anchor-widget offset-top"></div></div></h2>
${ps(sPart1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/house.jpg">
<div class="image2-inset"><img src="https://substackcdn.example/image/fetch/w_1456/house.jpg" width="1456" height="816" alt="" loading="lazy"></div></a>
<figcaption class="image-caption">Jonas Ekwueme in Weather Inside the House. Courtesy of Harrowgate Pictures.</figcaption></figure></div>
<h2 class="header-anchor-post">${sH2}</h2>
${ps(sPart2)}
<ul>${sList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(sPart3)}
<p class="button-wrapper"
data-attrs='{"url":"https://thelongtake.substack.com/p/weather-inside-the-house?utm_source=substack&amp;utm_medium=email&amp;action=share"}'>
<a class="button primary" href="#"><span>Share The Long Take</span></a></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button"><div class="label">84 Likes</div></a>
<a class="post-ufi-button"><div class="label">9 Restacks</div></a></div></div>
<div class="visibility-check"></div></article>
<div id="discussion" class="comments-section"><h4 class="discussion-heading">Discussion about this post</h4>
<div class="comments-page"><div class="comment-list">
<div class="comment"><div class="comment-meta"><a class="comment-user-name">Harriet Osei</a> <a class="comment-date">Mar 2</a></div>
<div class="comment-body"><p>${sComments[0]}</p></div><div class="comment-actions"><a>Reply</a></div></div>
<div class="comment"><div class="comment-meta"><a class="comment-user-name">Matías Grell</a> <a class="comment-date">Mar 3</a></div>
<div class="comment-body"><p>${sComments[1]}</p></div><div class="comment-actions"><a>Reply</a></div></div></div></div></div>
<div class="ready-for-more"><h2 class="pencraft">Ready for more?</h2><form><input type="email" placeholder="Type your email…">
<button class="button primary">Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Odile Marchetti</div>
<ul class="footer-terms">${sFoot.map((t) => `<li><a href="https://substack.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<div class="substack-promo"><a href="https://substack.com/signup">Substack</a> is the home for great culture</div></div></div>
</div></div><script src="https://substackcdn.example/bundle/main.js" charset="utf-8"></script></body></html>`;
export const substack: TestPage = {
  name: 'heldout245-substack-film-review',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: texts([sSub, ...sIntro, ...sPart1, ...sPart2, ...sList, ...sPart3]),
  bylines: ['Odile Marchetti', 'Mar 02, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Long Take', 'Subscribe', 'Sign in', 'Share', 'The Long Take is a reader-supported publication.',
    'To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Jonas Ekwueme in Weather Inside the House. Courtesy of Harrowgate Pictures.', 'Share The Long Take', '84 Likes', '9 Restacks',
    'Discussion about this post', 'Harriet Osei', 'Mar 2', 'Mar 3', ...sComments, 'Matías Grell', 'Reply', 'Ready for more?',
    '© 2026 Odile Marchetti', ...sFoot,
    'is the home for great culture',
  ],
};
