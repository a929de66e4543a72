import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 45, file b2: a Letterboxd review page as a signed-out visitor saves it (site header with "Sign in" and
 * "Create account", the review masthead with avatar, "Review by", film title and year, the star rating and "Watched" date
 * links, the review text, tags, "Like review" and likes count, the comments list with "Report this comment" and the
 * sign-in prompt, the poster and actions in the sidebar, "Popular reviews" of the same film, the ad slot with "Remove ads"
 * and the footer).
 */
const lbUser = 'inesob';
const lbName = 'Ines';
const lbTitle = 'A road movie where the road is the least interesting thing in it, and I mean that as a compliment.';
const lbReview = [
  'Fontaine spends the first twenty minutes making you think this is going to be a film about a lorry, a border and a deadline. ' +
    'Then the lorry breaks down outside a salt works on the Camargue coast, and for the next hour nobody goes anywhere, and it ' +
    'becomes something far stranger and warmer.',
  'Most of it is just Hélène Marchetti and the teenage boy who runs the weighbridge talking while they wait for a part that never ' +
    'comes. She is tired and guarded, he is nosy and bored, and the script lets them be both of those things without ever ' +
    'announcing what either of them has learned. There is a long scene where they count the pink flamingos on the lagoon and get ' +
    'different numbers, and it is somehow the most moving thing I have seen in a cinema this year.',
  'It is not perfect. The subplot with the brother on the phone feels like it wandered in from a more conventional film, and ' +
    'the final ten minutes hurry to tie off things I would have been happy to leave loose. But the light on those salt flats, ' +
    'white at noon and almost violet at dusk, is worth the ticket alone.',
  'Saw it at the festival with a very quiet audience who all laughed at the same flamingo joke. Three and a half, maybe four on ' + 'a rewatch.',
];
const lbComments = [
  {
    who: 'Dev Pattanaik',
    when: '2d',
    text: 'The flamingo counting scene wrecked me too. I think it works because neither of them is trying to be right about it.',
  },
  {
    who: 'cinemaslowpoke',
    when: '2d',
    text: 'Completely agree about the brother subplot. Apparently it was added after a test screening, which would explain why it ' + 'feels stitched on.',
  },
  {
    who: lbName,
    when: '1d',
    text: 'That makes so much sense, Dev. Every phone call felt like somebody from the studio was on the other end.',
  },
  {
    who: 'Maud Kessler',
    when: '14h',
    text: 'Adding this to my watchlist purely for the violet dusk line. Is it getting a proper release or just festivals?',
  },
];
const lbTags = ['lff 2025', 'cinema', 'watched with mum'];
const lbNav = ['Films', 'Lists', 'Members', 'Journal'];
const lbPopular: [string, string][] = [
  ['Ruairí Byrne', 'the flamingo census is my new love language'],
  ['Sofía Arrieta', 'Quiet, patient and a little too pleased with its own stillness, but that last shot of the salt heaps at dusk is unreal.'],
];
const lbFoot = ['About', 'News', 'Pro', 'Apps', 'Podcast', 'Year in Review', 'Gifts', 'Help', 'Terms', 'API', 'Contact'];
const lbHtml = `<!DOCTYPE html>
<html lang="en" class="no-mobile"><head><meta
charset="UTF-8"><title>‎The Salt Road (2025) directed by Aurélie Fontaine • Reviews, film + cast • Letterboxd</title>
<meta name="description" content="Ines’s review of The Salt Road: ${lbTitle}">
<meta property="og:title" content="A ★★★½ review of The Salt Road (2025)"><meta property="og:type" content="letterboxd:review">
<meta name="twitter:data2" content="3.5 out of 5">
<script type="application/ld+json">/* <![CDATA[ */{"@context":"http://schema.org","@type":"Review","author":{"@type":"Person","name":"${lbName}"},
"itemReviewed":{"@type":"Movie","name":"The Salt Road"},"reviewRating":{"@type":"Rating","ratingValue":3.5,"bestRating":5}}/* ]]> */</script>
<script>var filmData = { id: 1204411, name: "The Salt Road", releaseYear: "2025", path: "/film/the-salt-road/" };
var person = { username: "${lbUser}" };</script>
</head><body class="film-viewing review-page logged-out"><div id="html-container" class="">
<header class="site-header js-hide-in-app" id="header"><section><h1 class="site-logo"><a href="/" class="logo replace">Letterboxd — Your life in film</a></h1>
<div class="react-component" data-component-class="GlobalNavigation"><nav class="main-nav"><ul class="navitems">
<li class="navitem sign-in-menu"><a class="label" href="/sign-in/">Sign in</a></li><li class="navitem create-account-menu"><a href="/create-account/"
class="label">Create account</a></li>
${links(lbNav, 'navitem')}</ul></nav><form id="search" class="search-form" action="/search/"><label for="search-q" class="visually-hidden">Search:</label>
<input type="search" id="search-q" name="q" class="field"></form></div></section></header>
<div class="banner-container"><section class="banner banner-950 js-hide-in-app"><div id="div-gpt-lb-top" class="ad-slot"></div>
<p class="remove-ads-link"><a href="/pro/" class="remove-ads-link">Remove ads</a></p></section></div>
<div id="content" class="site-body"><div class="content-wrap"><div class="cols-2 overflow"><section class="col-17 col-main overflow">
<section class="viewing-poster-container"><div class="react-component poster film-poster" data-component-class="LazyPoster" data-film-name="The Salt Road">
<div><img src="https://a.ltrbxd.example/resized/film-poster/1/2/0/4/4/1/1/1204411-the-salt-road-0-150-0-225-crop.jpg" alt="The Salt Road" width="150"
height="225">
</div></div></section><section class="viewing-content"><header class="inline-production-masthead -viewing"><div class="person-summary">
<a class="avatar -a24" href="/${lbUser}/"><img src="https://a.ltrbxd.example/avatar/${lbUser}-0-48-0-48-crop.jpg" alt="${lbName}" width="24" height="24"></a>
<span class="context">Review by <a href="/${lbUser}/" class="context"><strong class="name"><span itemprop="name">${lbName}</span></strong></a></span></div>
<h2 class="name -primary prettify"><a href="/film/the-salt-road/">The Salt Road</a> <small class="metadata"><a href="/films/year/2025/">2025</a></small></h2>
<span class="inline-rating"><svg class="glyph" width="16" height="16" aria-hidden="true"></svg>
<span class="rating rating-large rated-7">★★★½</span></span><p class="view-date date-links"><span class="date-links-prefix">Watched</span>
<a href="/${lbUser}/films/diary/for/2025/11/14/">14</a> <a href="/${lbUser}/films/diary/for/2025/11/">Nov</a> <a
href="/${lbUser}/films/diary/for/2025/">2025</a></p>
</header><div class="review body-text -prose -hero -loose js-review-body" data-full-text-url="/s/full-text/viewing:891224417/">
<div><p>${lbTitle}</p>
${lbReview.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<ul class="tags">${lbTags.map((t) => `<li><a href="/${lbUser}/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a></li>`).join('')}</ul>
<section class="content-reactions-strip -viewing -prose"><p class="like-link-target react-component" data-component-class="LikeLink"
data-likeable-uid="viewing:891224417" data-format="svg"><span class="like-link"><a href="/sign-in/" class="svg-action -like">Like review</a></span></p>
<p class="likes-count"><a href="/${lbUser}/film/the-salt-road/likes/">214 likes</a></p></section></section>
<section id="comments" class="comments-list"><h2 class="section-heading -spaced">4 comments</h2>
<ul class="comment-list js-comment-list">${lbComments
  .map(
    (c, i) => `<li class="comment film-detail" id="comment-${48810200 + i}" data-person="${c.who.toLowerCase().replace(/ /g, '')}">
<div class="comment-body body-text -small"><p>${c.text}</p></div><p class="attribution"><a class="avatar -a40" href="/${i}/"><img src="/a${i}.jpg" alt=""></a>
<a class="name" href="/${c.who.toLowerCase().replace(/ /g, '')}/">${c.who}</a> <span class="content-reactions-strip"><time
datetime="2025-11-1${5 + i}T20:01:00Z">${c.when}</time>
<a href="#" class="report-link" data-js-trigger="report-comment">Report this comment</a></span></p></li>`,
  )
  .join('\n')}</ul>
<p class="comment-signed-out">Please <a href="/sign-in/">sign in</a> to comment.</p></section>
<section class="section popular-reviews"><h2 class="section-heading"><a href="/film/the-salt-road/reviews/by/activity/">Popular reviews</a></h2>
<ul class="film-popularity">${lbPopular
  .map(
    ([who, t]) => `<li class="film-detail"><div class="film-detail-content"><div class="attribution-block"><strong class="displayname">${who}</strong>
<span class="rating rated-${who.length % 10}">★★★★</span></div><div class="body-text -prose collapsible-text"><p>${t}</p></div></div></li>`,
  )
  .join('\n')}</ul><a href="/film/the-salt-road/reviews/" class="all-link">More</a></section></section>
<aside class="sidebar"><section class="production-details"><div class="js-actions-panel actions-panel"><ul><li class="panel-signin">
<a href="/sign-in/">Sign in to log, rate or review</a></li><li><a href="/film/the-salt-road/" class="share">Share</a></li></ul></div></section>
<section class="watch-panel"><h3 class="title">Where to watch</h3><p class="not-streaming">Not streaming.</p>
<a href="https://www.justwatch.example/" class="jw-branding">JustWatch</a></section>
<section class="section"><h3 class="section-heading"><a href="/${lbUser}/">${lbName}’s recent activity</a></h3><ul class="poster-list -p70">
<li class="poster-container"><img alt="Perfect Days" src="/p1.jpg"></li><li class="poster-container"><img alt="Aftersun" src="/p2.jpg"></li></ul></section>
<div id="sidebar-ad" class="ad-slot sidebar-ad"><span class="ad-label">Advertisement</span></div></aside></div></div></div>
<footer id="footer" class="js-hide-in-app"><div class="content-wrap"><nav class="footer-nav"><ul>${links(lbFoot)}</ul></nav>
<p class="copyright">© Letterboxd Limited. Made by fans in Aotearoa New Zealand. Film data from <a href="https://www.themoviedb.org/">TMDb</a>.
<a href="#" class="mobile-site-link">Mobile site</a>.</p></div></footer></div>
<script src="https://s.ltrbxd.example/static/js/main.min.4f6e0b9a.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ "pageType": "viewing", "film": "the-salt-road" });</script></body></html>`;
export const letterboxdReview: TestPage = {
  html: lbHtml,
  name: 'heldout45-letterboxd-review',
  kind: 'blog',
  // the review has no title of its own: its first line (a paragraph of its own) is the title, the other paragraphs are body;
  // Letterboxd is a social site and the comments are replies to the review: body (the reviewer's own reply among them); "Review
  // by" is in neither list, the reviewer's name (masthead and her reply, once), the commenters' names and every age are bylines,
  // and so is the diary date "14 Nov 2025" ("Watched" is its label: furniture); the film's title and year (what is reviewed,
  // not the review), the star rating, tags, "Like review", likes count, "4 comments", "Report this comment", the sign-in line,
  // "Popular reviews" with other people's reviews, the sidebar, ad labels, header and footer are furniture; the footer's
  // "About" (a comment's "right about it") and the tag "cinema" ("in a cinema this year") are words of the body: left out
  title: lbTitle,
  headings: [],
  body: [...texts(lbReview), ...lbComments.map((c) => c.text)],
  bylines: [lbName, '14 Nov 2025', ...lbComments.map((c) => c.who).filter((w) => w !== lbName), '2d', '1d', '14h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Letterboxd — Your life in film', 'Sign in', 'Create account', ...lbNav, 'Search:', 'Remove ads', 'The Salt Road', '2025', '★★★½', 'Watched',
    'lff 2025', 'watched with mum', 'Like review', '214 likes', '4 comments', 'Report this comment', 'Please sign in to comment.',
    'Popular reviews', ...lbPopular.flat(), 'Sign in to log, rate or review', 'Share', 'Where to watch', 'Not streaming.', 'JustWatch',
    `${lbName}’s recent activity`, 'Advertisement', ...lbFoot.filter((t) => t !== 'About'),
    '© Letterboxd Limited. Made by fans in Aotearoa New Zealand. Film data from TMDb.', 'Mobile site',
  ],
};
