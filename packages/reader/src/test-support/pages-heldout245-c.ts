import { links, ps, type TestPage, texts } from './page-kit.js';
import { fandom } from './pages-heldout245-c2.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file c: a review page on a Letterboxd-style film diary site (the header with Sign in / Create account
 * and Films / Lists / Members / Journal, the film poster and the "Watched by" context line, star rating, watched date, the
 * short review body, the like count, the "Reviews from friends" and "Popular reviews" rails, the comments with their
 * authors and dates, the "Pro" ad slot and the footer) and, from file c2, a Fandom wiki episode page.
 */
const lTitle = 'Kestrel Motel';
const lReview = [
  j(
    'I did not expect a film about a motel night clerk to make me cry twice, and yet here we are. <em>Kestrel Motel</em> is the kind',
    'of small, funny, loose-limbed movie that used to turn up every autumn and now feels like a minor miracle.',
  ),
  j(
    'Nadia Quell plays Rosalind, who has worked the overnight desk at a roadside motel for nine years and knows every regular by the',
    'sound of their car. Over one long night, a trucker with a broken arm, a teenage runaway, a wedding party that has lost its groom',
    'and a very polite man who insists he is from the future all pass through the lobby. Nothing much happens. Everything happens.',
  ),
  j(
    'Director Tobiah Wrenfield shoots the lobby like a stage set, with the camera parked behind the desk for most of the running',
    'time, and the restriction works. You start to notice the same things Rosalind notices: the buzz of the vending machine, the way',
    'headlights sweep across the ceiling, who rings the bell twice.',
  ),
  j(
    'The future man subplot should not work and mostly does, thanks to a wonderfully deadpan turn from Augustin Mbeki. The last ten',
    'minutes, set at dawn in the car park, are as good as anything I have seen this year.',
  ),
  'Four and a half stars, and I might round up after a rewatch. Bring someone who has ever worked a night shift.',
];
const lComments = [
  'Rounding up after a rewatch is the most Rosalind thing you could possibly do.',
  'The vending machine hum! I could not stop hearing it on the drive home.',
  'Adding this to my watchlist right now.',
];
const lNav = ['Films', 'Lists', 'Members', 'Journal'];
const lFriends = ['Review by Petra Lindqvist ★★★★', 'Review by omar.films ★★★½'];
const lPopular = ['Review by cinemaghost ★★★★★', 'Review by Jun Takeshima ★★★★', 'Review by the_late_show ★★★'];
const lFoot = ['About', 'Pro', 'News', 'Apps', 'Podcast', 'Year in Review', 'Gifts', 'Help', 'Terms', 'Privacy', 'Contact'];
const comment = (id: number, user: string, date: string, text: string): string => `<li class="comment" id="comment-${id}"
data-person="${user}"><div class="comment-body body-text -small"><p>${text}</p></div>
<p class="attribution"><a class="avatar -a24" href="/${user}/"><img src="https://a.framelog.example/avatar/${user}.jpg" alt="" width="24" height="24"></a>
<a class="context" href="/${user}/"><strong class="name">${user}</strong></a> <span class="date"><span class="_nobr">${date}</span></span>
<a class="report-link" href="#">Report this comment</a></p></li>`;
const lHtml = `<!DOCTYPE html>
<html lang="en" class="no-mobile"><head><meta charset="utf-8">
<title>‎Kestrel Motel (2025) directed by Tobiah Wrenfield • Reviewed by Ines Halloran • Framelog</title>
<meta name="description" content="I did not expect a film about a motel night clerk to make me cry twice, and yet here we are.">
<meta property="og:title" content="A ★★★★½ review of Kestrel Motel (2025)"><meta property="og:type" content="letterboxd:review">
<meta property="og:site_name" content="Framelog"><link rel="canonical" href="https://framelog.example/inesh/film/kestrel-motel/">
<script type="application/ld+json">/* <![CDATA[ */{"@context":"http://schema.org","@type":"Review","author":{"@type":"Person","name":"Ines Halloran"},
"itemReviewed":{"@type":"Movie","name":"Kestrel Motel"},"reviewRating":{"@type":"Rating","ratingValue":4.5,"bestRating":5}}/* ]]> */</script>
<script>var person = { username: "inesh", loggedIn: false }; var filmData = { id: 884120, slug: "kestrel-motel" };</script>
<link href="https://s.framelog.example/static/css/main.css" rel="stylesheet"></head>
<body class="review-page backdropped" data-owner="inesh">
<div class="site-header js-hide-in-app"><section><h1 class="site-logo"><a href="/" class="logo replace">Framelog</a></h1>
<nav class="main-nav"><ul class="navitems"><li class="navitem sign-in-menu"><a href="/sign-in/" class="has-icon toggle-menu">Sign in</a></li>
<li class="navitem create-account"><a href="/create-account/" class="label">Create account</a></li>
${links(lNav, 'navitem')}</ul></nav></section></div>
<div id="content" class="site-body"><div class="content-wrap"><div class="cols-2 overflow">
<section class="section col-10 col-main"><div class="poster-list -p150 el col"><div class="film-poster poster"><img
src="https://a.framelog.example/poster/kestrel-motel-150.jpg" alt="Kestrel Motel" width="150" height="225"></div></div>
<div class="review body-text -prose -hero -loose"><header class="film-viewing-info-wrapper"><div class="person-summary">
<a class="avatar -a24" href="/inesh/"><img src="https://a.framelog.example/avatar/inesh.jpg" alt="Ines Halloran" width="24" height="24"></a>
<span class="context">Watched by <a class="context" href="/inesh/"><span itemprop="name">Ines Halloran</span></a></span></div>
<h1 class="headline-1 prettify"><a href="/film/kestrel-motel/">${lTitle}</a></h1>
<small class="metadata"><a href="/films/year/2025/">2025</a></small>
<p class="view-date date-links"><span class="rating rating-large rated-9">★★★★½</span>
<span class="date">Watched <a href="/inesh/films/diary/2026/03/01/">01</a> <a href="/inesh/films/diary/2026/03/">Mar</a>
<a href="/inesh/films/diary/2026/">2026</a></span></p></header>
<div class="review-body-wrapper"><div class="review body-text -prose -hero"><div><div class="js-review-body">
${ps(lReview)}
</div></div></div></div>
<div class="review-actions"><p class="like-link-target react-component" data-likeable-uid="viewing:88120441"><span class="like-link">
<a href="#" class="has-icon icon-16 icon-like">Like review</a></span> <span class="like-count"><a href="/inesh/film/kestrel-motel/likes/">368 likes</a></span>
</p></div></div>
<section id="comments" class="comments-list"><h2 class="section-heading">3 comments</h2><ul class="comment-list js-comments">
${comment(1001, 'marrowbone', '2d', lComments[0] ?? '')}
${comment(1002, 'Felix Aubertin', '1d', lComments[1] ?? '')}
${comment(1003, 'reelnightowl', '9h', lComments[2] ?? '')}</ul>
<p class="comment-form-hint">Please <a href="/sign-in/">sign in</a> to reply.</p></section></section>
<aside class="sidebar col-6 col-right"><div class="pw-div" id="pw-div-sidebar"><span class="ad-label">Advertisement</span></div>
<section class="section"><h2 class="section-heading"><a href="/film/kestrel-motel/friends/">Reviews from friends</a></h2>
<ul>${links(lFriends, 'film-detail')}</ul></section>
<section class="section"><h2 class="section-heading"><a href="/film/kestrel-motel/reviews/by/activity/">Popular reviews</a></h2>
<ul>${links(lPopular, 'film-detail')}</ul><a class="all-link" href="/film/kestrel-motel/reviews/">More</a></section>
<section class="section pro-message"><p>Remove ads and add profile stats, activity filters, watchlist alerts and more by upgrading to Pro.</p>
<a href="/pro/" class="button">Get Pro</a></section></aside></div></div></div>
<footer id="page-footer" class="site-footer"><div class="footer-nav"><ul class="footer-links">${links(lFoot, 'footer-item')}</ul></div>
<p class="copyright">© Framelog Limited. Made by fans in Wellington, New Zealand.</p>
<p class="data-credit">Film data from TMDb.</p></footer>
<script src="https://s.framelog.example/static/js/main.min.js"></script></body></html>`;
const letterboxd: TestPage = {
  name: 'heldout245-framelog-letterboxd-review',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts(lReview),
  bylines: ['Ines Halloran', 'Watched 01 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Framelog', 'Sign in', 'Create account', ...lNav, 'Watched by', '2025', '★★★★½', 'Like review', '368 likes', '3 comments', ...lComments,
    'marrowbone', 'Felix Aubertin', 'reelnightowl', 'Report this comment', 'to reply.', 'Advertisement', 'Reviews from friends', ...lFriends,
    'Popular reviews', ...lPopular, 'More', 'Remove ads and add profile stats, activity filters, watchlist alerts and more by upgrading to Pro.',
    'Get Pro', ...lFoot, '© Framelog Limited. Made by fans in Wellington, New Zealand.', 'Film data from TMDb.',
  ],
};

export const HELDOUT245_C: readonly TestPage[] = [letterboxd, fandom];
