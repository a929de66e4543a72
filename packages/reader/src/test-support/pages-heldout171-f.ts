import { links, type TestPage, texts } from './page-kit.js';
import { goodreadsPage } from './pages-heldout171-f2.js';

/**
 * Held-out batch 171, file f: a Letterboxd review page as a signed-out visitor saves it (the header with "Sign in",
 * "Create account", "Films", "Lists", "Members", "Journal" and search; the poster column with "Where to watch"; the
 * "Review by" context line; the film title with its year as an h2; the rating and the "Watched" date; the review text;
 * the like count and "Like review"; the sign-in prompt; the comments; "More reviews of" and "Popular reviews"; the
 * Pro promo; the ad slot; the footer) and, from file f2, a Goodreads book page.
 */
const lbTitle = 'The Quiet Tenant';
const lbP = [
  'There is a scene about forty minutes into The Quiet Tenant where Odile, the landlady, stands on the landing outside the ' +
    'lodger’s room for what must be two full minutes, holding a tray of tea that is slowly going cold. Nothing happens. She ' +
    'does not knock. We hear a radio behind the door, a cough, the scrape of a chair. And somehow it is the most frightening ' +
    'thing I have seen in a cinema this year.',
  'Hanne Vestergaard’s second feature is a thriller in the way that a held breath is a scream: all the tension is in what ' +
    'does not come out. Odile takes in a lodger in the winter of 1957 to pay for her late husband’s debts. He is polite, ' +
    'punctual and pays in cash, and she becomes convinced he is someone else entirely. The film never tells us whether she is ' +
    'right, and by the end I am not sure it matters.',
  'Ines Moreau is extraordinary as Odile. So much of the performance is in her hands, the way she straightens a tablecloth ' +
    'that is already straight or counts the coins he leaves on the hall table twice. The lodger is played by Piet Claessens, ' +
    'who has maybe thirty lines in the whole film and makes every one of them sound like a threat or an apology, you can never ' +
    'quite tell which.',
  'The boarding house was built on a soundstage, and the cinematographer shoots it like a maze: every doorway frames another ' +
    'doorway, and the staircase seems to get longer every time Odile climbs it. The sound design does the rest. I will be ' +
    'hearing that radio in my sleep.',
  'If I have a complaint, it is the last ten minutes, which explain a little too much after a film that trusted us so completely. ' +
    'But that is a small thing. Go and see it in a cinema if you can, in the quietest screening you can find, and do not eat ' +
    'anything crunchy.',
];
const lbNav = ['Sign in', 'Create account', 'Films', 'Lists', 'Members', 'Journal'];
const lbWatch = ['Where to watch', 'Trailer', 'Curzon Home Cinema', 'Rent', 'More services at JustWatch'];
const lbComments: [string, string][] = [
  ['mirelle', 'the tea going cold!! I was holding my breath the whole time'],
  ['Teodor Brandt', 'Completely agree about the ending. Everything before it is perfect though.'],
];
const lbPopular: [string, string][] = [
  ['Review by ashgrove', 'a haunted house film where the ghost pays rent'],
  ['Review by K. Ojukwu', 'Ines Moreau should win every award that exists and several that do not yet.'],
];
const lbFoot = ['About', 'Pro', 'News', 'Apps', 'Podcast', 'Year in Review', 'Gifts', 'Help', 'Terms', 'API', 'Contact'];
const lbPro = 'Upgrade to Pro to remove ads, get stats on your viewing and more.';
const lbHtml = `<!DOCTYPE html>
<html lang="en" class="no-mobile"><head><meta charset="UTF-8"><title>‎Review of ‘The Quiet Tenant’ by Rosalind Achebe-Hart • Letterboxd</title>
<meta name="description" content="There is a scene about forty minutes into The Quiet Tenant where Odile, the landlady, stands on the landing.">
<meta property="og:title" content="A ★★★★½ review of The Quiet Tenant (2025)"><meta property="og:site_name" content="Letterboxd">
<meta property="og:type"
content="article">
<link rel="canonical" href="https://letterboxd.com/rosalindah/film/the-quiet-tenant/"><meta name="twitter:label1" content="Rating"><meta name="twitter:data1"
content="4.5 out of 5">
<script type="application/ld+json">/* <![CDATA[ */{"@context":"http://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"The Quiet Tenant",
"director":[{"@type":"Person","name":"Hanne Vestergaard"}],"dateCreated":"2025"},"author":{"@type":"Person","name":"Rosalind Achebe-Hart"},
"reviewRating":{"@type":"Rating","ratingValue":4.5,"bestRating":5}}/* ]]> */</script>
<link rel="stylesheet" href="https://s.ltrbxd.example/static/css/main.min.3f8b1a.css"></head>
<body class="review film-review" data-owner="rosalindah"><div id="html5-warning"></div><header id="header" class="site-header js-hide-in-app">
<section><h1 class="site-logo"><a href="/" class="logo replace">Letterboxd — Your life in film</a></h1><div class="react-component"
data-component-class="GlobalNavbar">
<nav class="main-nav"><ul class="navitems">${links(lbNav, 'navitem')}</ul><form id="search" action="/search/" method="get"><label for="search-q"
class="hidden">Search:</label>
<input type="search" name="q" id="search-q" placeholder="Search"></form></nav></div></section></header>
<div id="content" class="site-body"><div class="content-wrap"><div class="cols-2 overflow"><section class="col-10 col-main">
<section class="film-poster-sidebar poster-list"><div class="react-component poster film-poster" data-film-name="The Quiet Tenant"><img alt="The Quiet Tenant"
class="image" src="https://a.ltrbxd.example/resized/film-poster/9/8/2/1/4/9821-the-quiet-tenant-0-150-0-225-crop.jpg"></div>
<section class="watch-panel js-watch-panel"><h3 class="title">${lbWatch[0]}</h3><p class="trailer-link"><a href="#">${lbWatch[1]}</a></p><ul class="services">
<li class="service"><a class="label">${lbWatch[2]}</a><span class="options"><a>${lbWatch[3]}</a></span></li></ul><p class="other"><a
href="/justwatch">${lbWatch[4]}</a></p>
</section></section>
<section class="viewing-poster-container"><header class="inline-production-masthead -with-prefix"><div class="person-summary">
<a class="avatar -a24" href="/rosalindah/"><img alt="Rosalind Achebe-Hart"></a><span class="context">Review by <a href="/rosalindah/" class="context"><strong
class="name">Rosalind Achebe-Hart</strong></a></span><span class="badge -pro">Pro</span></div>
<h2 class="name -primary prettify"><a href="/film/the-quiet-tenant/">${lbTitle}</a> <small class="metadata"><a href="/films/year/2025/">2025</a></small></h2>
<p class="view-date date-links"><span class="rating rating-large -green rated-9">★★★★½</span> <span class="date">Watched <a
href="/rosalindah/films/diary/for/2025/10/19/">19</a>
<a href="/rosalindah/films/diary/for/2025/10/">Oct</a> <a href="/rosalindah/films/diary/for/2025/">2025</a></span></p></header>
<div class="review body-text -prose -hero -loose"><h3 class="hidden">Rosalind Achebe-Hart’s review published on Letterboxd:</h3>
<div>${lbP.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<p class="like-link-target react-component" data-likeable-uid="viewing:883012440"><span class="like-link"><a class="has-icon icon-16 icon-like" href="#">
<span class="label">Like review</span></a></span> <span class="likes"><a href="/rosalindah/film/the-quiet-tenant/likes/">212 likes</a></span></p></section>
<section class="comments-body"><h2 class="section-heading">2 comments</h2><ul class="comment-list">${lbComments
  .map(
    ([n, t]) => `<li class="comment">
<div class="comment-body body-text -small"><p>${t}</p></div><p class="attribution"><strong class="name"><a href="/${n}/">${n}</a></strong>
<span class="date">2d</span></p></li>`,
  )
  .join('\n')}</ul><p class="comment-sign-in">Please <a href="/sign-in/">sign in</a> to reply.</p></section>
<section class="section"><h2 class="section-heading"><a href="/film/the-quiet-tenant/reviews/">Popular reviews</a></h2><a class="all-link">More</a><ul
class="film-popular-review">
${lbPopular
  .map(
    ([b, t]) => `<li class="film-detail"><div class="attribution-block"><span class="context">${b}</span></div><div
class="body-text -prose"><p>${t}</p></div></li>`,
  )
  .join('\n')}
</ul></section></section>
<aside class="sidebar col-6"><div class="pro-message"><p>${lbPro}</p><a class="button -action" href="/pro/">Get Pro</a></div>
<div class="banner banner-230 ad-slot" id="sidebar-ad"><span class="ad-label">Advertisement</span></div>
<section class="section"><h2 class="section-heading">More reviews of The Quiet Tenant</h2><ul>${links(['Everyone', 'Friends', 'Your reviews'])}</ul></section>
</aside></div></div></div>
<footer id="footer" class="site-footer"><div class="footer-wrap"><ul class="footer-nav">${links(lbFoot, 'footer-nav-item')}</ul>
<p class="copyright">© Letterboxd Limited. Made by fans in Aotearoa New Zealand. Film data from TMDb. Mobile site.</p></div></footer>
<script src="https://s.ltrbxd.example/static/js/main.min.8e2c1f.js"></script></body></html>`;
const letterboxd: TestPage = {
  html: lbHtml,
  name: 'heldout171-letterboxd-review',
  kind: 'blog',
  // the film title (the h2 in the review masthead, with its year beside it) is the title; the review is the body; "Review by",
  // the reviewer's name and the "Watched" date are bylines; the rating, the hidden "review published on" heading, the
  // poster column, likes, comments, popular reviews, the Pro promo, the ad label and footer are furniture
  title: lbTitle,
  headings: [],
  body: texts(lbP),
  bylines: ['Review by Rosalind Achebe-Hart', 'Watched 19 Oct 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Letterboxd — Your life in film', ...lbNav, 'Search:', ...lbWatch, 'Pro', '2025', '★★★★½',
    'Rosalind Achebe-Hart’s review published on Letterboxd:',
    'Like review', '212 likes', '2 comments', ...lbComments.flat(), '2d', 'Please sign in to reply.', 'Popular reviews', 'More', ...lbPopular.flat(), lbPro,
    'Get Pro', 'Advertisement', 'More reviews of The Quiet Tenant', 'Everyone', 'Friends', 'Your reviews', ...lbFoot,
    '© Letterboxd Limited. Made by fans in Aotearoa New Zealand. Film data from TMDb. Mobile site.',
  ])],
};

export const HELDOUT171_F: readonly TestPage[] = [letterboxd, goodreadsPage];
