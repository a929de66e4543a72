import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file d: a Letterboxd-style film review page (the site header with its nav and search, the film poster
 * and title line, the reviewer's avatar and name, the rating stars and "Watched" date, the review body with its spoiler-free
 * text, the like count, the reviewer's stats in the profile summary (films, this year, lists, following, followers), the
 * "More reviews by" and "Popular reviews" rails, the comments on the review, the ad slot and the footer).
 */
const title = 'Review of The Salt Archive';
const review = [
  j(
    'I went in expecting a worthy little documentary about old paper and came out wanting to move to a village on Streymsey and spend',
    'my retirement arguing about filing systems.',
  ),
  j(
    'What makes it work is that Ravnsholt never tells you what the archive means. She just lets Mrs Joensen explain, with total',
    'authority, why a 1974 bus timetable is more important than a bishop\u2019s letter, and then lets Bjarki quietly put the bishop\u2019s',
    'letter back in the box when she is not looking. The whole film is made of little moments like that, and the 16mm grain makes',
    'every one of them feel like it was found rather than filmed.',
  ),
  j(
    'The score is the other star. Tova Marr built it out of the archive itself: drawers sliding, a stapler, the hum of the dehumidifier',
    'that nobody ever turns off. By the last twenty minutes I was hearing it as music without noticing the change.',
  ),
  j(
    'If I have a complaint it is that the move itself, which should be the climax, is over too quickly. But the final shot, three chairs',
    'in an empty basement and a single box nobody wanted, got a very audible sniff from the row behind me, and from me.',
  ),
  j(
    'It is also the rare documentary that trusts its audience to sit with silence. There are long takes of the three of them just',
    'reading, and the film is braver for it. I could have watched another hour of Sunneva photographing boxes.',
  ),
  j(
    'Seen at the Kelderby festival, with the director in the room. She said the village held its own screening in the parish hall',
    'the week before, and that Mrs Joensen\u2019s only note was that the bus timetable deserved a close-up.',
  ),
  'Four and a half boxes out of five.',
];
const nav = ['Films', 'Lists', 'Members', 'Journal'];
const stats: [string, string][] = [
  ['1,204', 'Films'],
  ['87', 'This year'],
  ['31', 'Lists'],
  ['212', 'Following'],
  ['1,688', 'Followers'],
];
const moreBy = ['Ferry Season', 'What the Ice Kept', 'Harbour Lights'];
const popular = ['this made me want to catalogue my sock drawer', 'Mrs Joensen for president', 'three chairs. one box. i am fine.'];
const comments: [string, string, string][] = [
  ['mossfilmclub', 'the stapler bit in the score!! i thought i was imagining it', '2d'],
  ['Ottilie K', 'Seeing this on Sunday, this review has me very excited', '1d'],
];
const foot = ['About', 'Pro', 'News', 'Apps', 'Podcast', 'Year in Review', 'Gifts', 'Help', 'Terms', 'API', 'Contact'];
const html = `<!DOCTYPE html>
<html lang="en" class="no-mobile"><head><meta charset="UTF-8"><title>‎The Salt Archive (2026) review by Wrenna Ashdown • Framewise</title>
<meta name="description" content="I went in expecting a worthy little documentary about old paper."><meta property="og:type" content="letterboxd:review">
<meta property="og:title" content="A ★★★★½ review of The Salt Archive (2026)"><meta name="twitter:data2" content="4.5 out of 5">
<link rel="canonical" href="https://framewise.example/wrennaash/film/the-salt-archive/"><script type="application/ld+json">
/* <![CDATA[ */{"@context":"http://schema.org","@type":"Review","reviewRating":{"@type":"Rating","ratingValue":4.5},"author":{"@type":"Person",
"name":"Wrenna Ashdown"},"itemReviewed":{"@type":"Movie","name":"The Salt Archive"}}/* ]]> */</script>
<script>var person = { username: "wrennaash", loggedIn: false }; var filmData = { id: 1144203, name: "The Salt Archive" };</script></head>
<body class="review viewing-detail"><div id="content-nav" class="site-header"><h1 class="site-logo"><a href="/" class="logo replace">Framewise</a></h1>
<nav class="main-nav"><ul class="navitems">${links(['Sign in', 'Create account', ...nav], 'navitem')}</ul></nav>
<form id="search" class="search-form"><input type="search" name="q" placeholder="Search"></form></div>
<div class="banner banner-950 js-hide-in-app"><div class="ad-label">Advertisement</div></div>
<div id="content" class="site-body"><div class="content-wrap"><div class="cols-2 overflow">
<aside class="sidebar"><section class="poster-list -p150 el col"><div class="film-poster"><img src="https://a.ltrbxd.example/resized/salt-archive-150.jpg"
alt="The Salt Archive" width="150" height="225"></div></section>
<section class="person-summary profile-summary"><a class="avatar -a40" href="/wrennaash/"><img src="https://a.ltrbxd.example/avatar/wrenna.jpg"
alt="Wrenna Ashdown"></a><h3 class="title-3"><a href="/wrennaash/">Wrenna Ashdown</a></h3><div class="profile-stats js-profile-stats">${stats
  .map(
    ([v, l]) => `<h4 class="profile-statistic statistic"><a href="/wrennaash/${l}/"><span class="value">${v}</span>
<span class="definition">${l}</span></a></h4>`,
  )
  .join('\n')}</div></section></aside>
<section class="film-detail-content"><section class="film-viewing-info-wrapper"><header class="film-title-wrapper">
<h1 class="headline-2 prettify"><span class="context">Review of</span> <a href="/film/the-salt-archive/">The Salt Archive</a></h1>
<p class="film-meta">2026</p></header>
<div class="person-summary -small"><a class="name" href="/wrennaash/"><span itemprop="name">Wrenna Ashdown</span></a></div>
<p class="view-date date-links"><span class="rating rating-large rated-9"> ★★★★½ </span> <span class="date">Watched 10 Apr 2026</span></p>
<div class="review body-text -prose -hero prettify"><div>${ps(review)}</div></div>
<p class="like-link-target react-component"><a class="svg-action -like" href="#">Like review</a> <span class="likes">146 likes</span></p>
</section>
<section id="comments" class="comment-list-section"><h2 class="section-heading">2 comments</h2><ul class="comment-list js-comment-list">${comments
  .map(
    ([u, t, d]) => `<li class="comment film-detail"><div class="comment-body body-text -small"><p>${t}</p></div>
<p class="attribution"><a class="avatar" href="/${u}/">${u}</a> <span class="date">${d}</span></p></li>`,
  )
  .join('\n')}</ul><p class="comments-closed">Sign in to leave a comment.</p></section>
<section class="more-by"><h2 class="section-heading">More reviews by Wrenna Ashdown</h2><ul>${links(moreBy, 'listitem')}</ul></section>
<section class="popular-reviews"><h2 class="section-heading">Popular reviews</h2><ul>${links(popular, 'listitem')}</ul>
<a href="/film/the-salt-archive/reviews/" class="all-link">More</a></section></section></div></div></div>
<footer id="page-footer" class="site-footer"><nav class="footer-nav"><ul>${links(foot)}</ul></nav>
<p class="copyright">© Framewise Limited. Made by fans in Kelderby. Film data from TMDb.</p></footer>
<script>$(function(){ framewise.initReview({ reviewId: 902281 }); });</script></body></html>`;

export const framewise: TestPage = {
  name: 'heldout307-letterboxd-style-review-blog',
  kind: 'blog',
  html,
  title,
  headings: [],
  body: texts(review),
  bylines: ['Wrenna Ashdown', 'Watched 10 Apr 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Framewise', 'Sign in', 'Create account', ...nav, 'Advertisement', ...stats.flat().filter((s) => s.length > 2 && s !== 'Films' && s !== 'Lists'),
    '★★★★½', 'Like review', '146 likes', '2 comments', ...comments.flat().filter((c) => c.length > 2),
    'Sign in to leave a comment.', 'More reviews by Wrenna Ashdown', ...moreBy, 'Popular reviews', ...popular, 'More', ...foot,
    '© Framewise Limited. Made by fans in Kelderby. Film data from TMDb.',
  ],
};
