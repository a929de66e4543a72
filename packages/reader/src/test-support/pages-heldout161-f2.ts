import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file f2: a Polygon game review on the Valnet template the site moved to (the header nav with "Sign in",
 * the hidden account and follow dialogs whose texts sit in the page, the category tag, h1 and dek, author with "Published",
 * the Follow / Like / Thread / share row with its hidden "Link copied to clipboard", the lead image credit, the game info
 * card, h2 sections with an in-body "Related" card, the reviewed-on closing note, "Trending Now" and "Recommended" rails
 * and the footer).
 */
const pgTitle = 'Hollow Tide review: a lighthouse keeper’s story that knows when to stay quiet';
const pgDek = 'Driftmark’s second game trades combat for weather, routine, and a very good dog.';
const pgP1 = [
  `For the first hour of Hollow Tide, almost nothing happens. You climb the 212 steps of a lighthouse on a rock in a cold northern sea,
  wind the clockwork that turns the lamp, write the weather in a logbook, and climb back down. Then you do it again. It is, I realize
  now, the most confident opening of any game I have played this year.`,
  `Driftmark, the four-person studio behind the platformer Paper Kites, has made something much slower and stranger this time. You
  play Agnes Roe, a keeper newly posted to the Skarre light in 1911, with a dog for company and a supply boat that calls once a
  fortnight if the sea allows.`,
];
const pgH1 = 'The rhythm of the light';
const pgP2 = [
  `Hollow Tide is built on routine. The lamp must be lit at dusk, wound every four hours and put out at dawn. The lens needs polishing,
  the oil needs carrying up from the store, and the log needs filling in, with the game quietly checking what you write against the
  weather outside. Skip a task and the light falters; a ship may be lost, and the game will not let you forget it.`,
  `That sounds like a chore simulator, and at times it is. But the routine gives everything else its weight. When a storm rolls in on
  the third week and the supply boat does not come, the same climb up the stairs feels completely different.`,
];
const pgH2 = 'Letters from the mainland';
const pgP3 = [
  `The story arrives mostly through letters brought by the supply boat, from Agnes’ sister, from the lighthouse board and, later,
  from someone she clearly did not expect to hear from. I will not spoil who. The writing is restrained and very good, and the
  voice acting, limited to Agnes reading her replies aloud, is some of the best I have heard in a small game.`,
  `Not every idea lands. A late section that moves away from the lighthouse drags, and the fishing minigame is fiddly on a
  controller. But these are small complaints about a game that trusts its players to sit with quiet moments and find them meaningful.`,
  `Hollow Tide will be released March 5 on Nintendo Switch 2, PlayStation 5, and Windows PC. The game was reviewed on PS5 using a
  pre-release download code provided by Northlight Publishing.`,
];
const pgNav = ['News', 'Reviews', 'Guides', 'Lists', 'Entertainment', 'Gaming', 'Tabletop'];
const pgHidden = [
  'Sign in to your Polygon account',
  'Your changes have been saved',
  'Email is sent',
  'Please verify your email address.',
  'Send confirmation email',
  'You’ve reached your account maximum for followed topics.',
  'Manage Your List',
  'Follow with Notifications',
  'Unfollow',
];
const pgRow = ['Follow', 'Followed', 'Like', 'Thread', 'Link copied to clipboard'];
const pgCredit = 'Image: Driftmark/Northlight Publishing';
const pgCard = [
  ['Released', 'March 5, 2026'],
  ['Developer(s)', 'Driftmark'],
  ['Publisher(s)', 'Northlight Publishing'],
  ['Platform(s)', 'Nintendo Switch 2, PS5, PC'],
];
const pgRelated = ['Related', 'The best cozy games to play in 2026', 'From routine chores to whole seasons, these games reward patience.'];
const pgTrending = ['Every game coming to Switch 2 in March', 'The best deckbuilders on PC right now', 'Ember Knights season 3 patch notes'];
const pgRec = ['Paper Kites is the best platformer you missed last year', 'Our favorite indie games of 2025'];
const pgFoot = ['About Polygon', 'Contact', 'Terms', 'Privacy', 'Copyright', 'Ad Choices', 'Accessibility'];
const pgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pgHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hollow Tide review: a lighthouse keeper’s story that knows when to stay quiet</title><meta name="description" content="${pgDek}">
<meta property="og:site_name" content="Polygon"><meta property="og:title" content="${pgTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.polygon.com/hollow-tide-review-ps5-switch-2-pc/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","headline":"${pgTitle}","datePublished":"2026-03-03T14:00:00Z",
"author":[{"@type":"Person","name":"Maya Oduya"}],"itemReviewed":{"@type":"VideoGame","name":"Hollow Tide"},
"publisher":{"@type":"Organization","name":"Polygon"}}</script>
<link rel="stylesheet" href="https://static0.polygonimages.example/assets/css/main.css">
<script>window.vnConfig = {"site":"polygon","pageType":"article"};</script>
</head><body class="article-page" data-theme="light">
<header class="header"><div class="header-inner"><a class="logo" href="/" aria-label="Polygon"><svg aria-hidden="true"></svg></a>
<nav class="header-nav" aria-label="Main"><ul>${links(pgNav, 'header-nav-item')}</ul></nav><button class="btn-login">Sign in</button></div></header>
<div class="modal modal-login" aria-hidden="true" style="display:none"><p class="modal-title">${pgHidden[0]}</p></div>
<div class="vn-notices" aria-hidden="true" style="display:none">${pgHidden
  .slice(1)
  .map((t) => `<span class="vn-notice">${t}</span>`)
  .join('')}</div>
<main class="article-main"><article class="article" id="article-body"><header class="article-header">
<a class="article-tag" href="/reviews/">Reviews</a><h1 class="article-header-title heading_title">${pgTitle}</h1>
<p class="heading_excerpt">${pgDek}</p>
<div class="heading_meta"><div class="w-author"><a class="meta_txt author" href="/author/maya-oduya/">Maya Oduya</a></div>
<div class="meta_txt article-date">Published <time datetime="2026-03-03T14:00:00Z">Mar 3, 2026, 9:00 AM EST</time></div></div>
<div class="article-actions">${pgRow
  .slice(0, 4)
  .map((t) => `<button class="action-btn action-${t.toLowerCase()}"><span>${t}</span></button>`)
  .join('')}<div class="share-toast" aria-hidden="true">${pgRow[4]}</div></div></header>
<figure class="body-img heading-image"><img src="https://static0.polygonimages.example/wordpress/wp-content/uploads/2026/03/hollow-tide.jpg"
alt="A lighthouse at dusk in Hollow Tide"><figcaption class="caption"><span class="credit">${pgCredit}</span></figcaption></figure>
<div class="content-block-regular">
<div class="display-card game-card"><h3 class="display-card-title">Hollow Tide</h3>
<dl>${pgCard.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></div>
${pgPs(pgP1)}
<h2 id="the-rhythm-of-the-light">${pgH1}</h2>
${pgPs(pgP2)}
<div class="article-related display-card"><span class="related-label">${pgRelated[0]}</span><a href="/best-cozy-games/"><h5>${pgRelated[1]}</h5></a>
<p class="display-card-excerpt">${pgRelated[2]}</p></div>
<div class="ad-zone-container"><div class="ad-zone" id="in-article-1"><span class="ad-label">Advertisement</span></div></div>
<h2 id="letters-from-the-mainland">${pgH2}</h2>
${pgPs(pgP3.slice(0, 2))}
<p><em>${pgP3[2]}</em></p>
</div></article>
<aside class="sidebar"><section class="sidebar-trending"><h3 class="sidebar-title">Trending Now</h3><ul>${links(pgTrending, 'trending-item')}</ul></section>
</aside>
<section class="recommended"><h2 class="section-title">Recommended</h2><ul>${links(pgRec, 'rec-item')}</ul></section></main>
<footer class="footer"><ul>${links(pgFoot, 'footer-link')}</ul><p>Copyright © 2026 Polygon. Valnet Inc.</p></footer>
<script src="https://static0.polygonimages.example/assets/js/main.js" defer></script></body></html>`;
export const polygonReview: TestPage = {
  html: pgHtml,
  name: 'heldout161-polygon-review',
  kind: 'news',
  // the dek and the closing "reviewed on" note are body; the game info card and the in-body "Related" card are furniture
  title: pgTitle,
  headings: [pgH1, pgH2],
  body: texts([pgDek, ...pgP1, ...pgP2, ...pgP3]),
  bylines: ['Maya Oduya', 'Published Mar 3, 2026, 9:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pgNav, 'Sign in', ...pgHidden, ...pgRow, pgCredit, 'Hollow Tide', ...pgCard.flat(), ...pgRelated, 'Advertisement', 'Trending Now',
    ...pgTrending, 'Recommended', ...pgRec, ...pgFoot, 'Copyright © 2026 Polygon. Valnet Inc.',
  ],
};
