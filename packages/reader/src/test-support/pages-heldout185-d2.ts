import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file d2: a Kirkus Reviews book review page (the indie-author promo strip at the top, the header with
 * "Sign In" and "Subscribe", the review-section nav, the cover, h1 book title, the "by" author line, the Kirkus Star badge,
 * "Kirkus Reviews Issue" and "Review Posted Online" dates, the review with its bold closing verdict, the "Book Details" list,
 * "Our Verdict", the share row, "More by", "Similar Books", the newsletter box and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const kTitle = 'THE CARTOGRAPHER’S DAUGHTERS';
const review = paras(`
Three sisters inherit their father’s unfinished atlas of an island that may not exist in this shrewd, spiky debut.

When Aurel Hask, a mapmaker of modest reputation, dies in his study in Tallinn in 1987, he leaves behind a locked cabinet, a
mortgage his daughters did not know about, and 140 hand-drawn plates of an island called Vessa, complete with harbors, parish
boundaries and the names of families who supposedly lived there. Eldest daughter Kadri, a municipal surveyor, is certain the
island is a fantasy. Middle sister Liis, an archivist, is equally certain it is real and has been erased from official records.
The youngest, Maarja, mostly wants to sell the plates to pay off the house. Castellane moves among the three in alternating
chapters, and the structure pays off: each sister notices exactly what the others miss, and the reader assembles a picture
none of them can see alone.

The novel is at its best in its attention to the texture of late-Soviet life: queues, rumors, the careful vocabulary of people
who know which words get written down. A long middle section in which Liis tracks a retired naval officer to a dacha outside
Pärnu is both funny and unnerving, and Castellane has a gift for scenes in which nothing is said directly. The sisters’
arguments, too, feel lived in, sharp with old grievances that never quite get named.

Less successful is a late turn toward thriller plotting, with a missing ledger and a break-in that seem imported from a more
conventional book. Readers expecting a firm answer about Vessa will be frustrated; Castellane is more interested in why people
need maps than in whether they are accurate, and the ending, though elegantly written, leaves some threads loose.

Still, this is an assured and unusually intelligent first novel, alive to family, history and the stories nations tell about
themselves.
`);
const verdict = 'A clever, humane puzzle of a novel that rewards patient readers.';
const promo = 'Indie authors: get a Kirkus review and reach agents, publishers and readers.';
const nav = ['Fiction', 'Mystery & Thriller', 'Nonfiction', 'Children’s', 'Teen', 'Indie', 'Best Books', 'Kirkus Prize', 'Magazine', 'Interviews'];
const details = [
  ['Pub Date:', 'Feb. 10, 2026'],
  ['ISBN:', '978-1-66420-187-3'],
  ['Page Count:', '384'],
  ['Publisher:', 'Larchmont Press'],
  ['Review Posted Online:', 'Nov. 18, 2025'],
  ['Kirkus Reviews Issue:', 'Dec. 1, 2025'],
];
const share = ['Share your opinion of this book', 'Facebook', 'X', 'Pinterest', 'Email'];
const more = ['More by Wren Castellane', 'The Salt Letters (Story collection)', 'Cold Harbor Suite (Poems)'];
const similar = ['Similar Books', 'THE NINE LANTERNS OF RIGA', 'WHAT THE TIDE KEEPS', 'A SMALL COUNTRY OF WATER', 'THE WINTER ARCHIVE'];
const news = ['Sign up for our newsletter', 'Get the best book recommendations delivered to your inbox every week.', 'Enter Email Address', 'Sign Up'];
const foot = ['About Us', 'Contact Us', 'Careers', 'FAQ', 'Advertising', 'Privacy Policy', 'Terms of Service', 'Accessibility'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>THE CARTOGRAPHER’S DAUGHTERS | Kirkus Reviews</title>
<meta name="description" content="${review[0]}"><meta property="og:title" content="THE CARTOGRAPHER’S DAUGHTERS | Kirkus Reviews">
<meta property="og:type" content="book"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.kirkusreviews.example/book-reviews/wren-castellane/the-cartographers-daughters/">
<link rel="stylesheet" href="/static/css/site.min.css?v=20251104">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Book","name":"The Cartographer's Daughters",
"author":{"@type":"Person","name":"Wren Castellane"},"isbn":"9781664201873"},"author":{"@type":"Organization","name":"Kirkus Reviews"},
"datePublished":"2025-11-18"}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head>
<body class="book-review-page"><div class="top-promo-bar"><p>${promo} <a href="/indie-reviews/">Learn More</a></p></div>
<header class="header"><div class="header-inner"><a class="header-logo" href="/"><img src="/static/img/kirkus-logo.svg" alt="Kirkus Reviews"></a>
<div class="header-actions"><a href="/search/" class="header-search" aria-label="Search"><svg></svg></a><a href="/account/login/">Sign In</a>
<a class="btn btn-subscribe" href="/subscription/">Subscribe</a></div></div>
<nav class="header-nav" aria-label="Reviews"><ul>${links(nav, 'header-nav-item')}</ul></nav></header>
<div class="ad-leaderboard"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main class="main"><div class="book-review-container">
<div class="book-cover-col"><img class="book-cover" src="https://d1fd687oe6a92y.cloudfront.example/img/book_jackets/9781664201873.jpg" alt="">
<div class="book-buy"><a class="btn" href="#">Buy on Amazon</a> <a class="btn" href="#">Buy on Bookshop</a></div></div>
<div class="book-review-col"><div class="kirkus-star-badge"><img src="/static/img/kirkus-star.svg" alt=""><span>Kirkus Star</span></div>
<h1 class="book-title">${kTitle}</h1><p class="book-author">by <a href="/search/books/?q=Wren%20Castellane">Wren Castellane</a></p>
<p class="book-dates">Kirkus Reviews Issue: Dec. 1, 2025</p>
<div class="book-review-content">${review.map((p) => `<p>${p}</p>`).join('\n')}
<p><strong>${verdict}</strong></p></div>
<div class="book-details"><h3>Book Details</h3><ul>${details
  .map(
    ([k, v]) => `<li><span class="detail-label">${k}</span>
<span class="detail-value">${v}</span></li>`,
  )
  .join('\n')}</ul>
<p class="book-details-more"><button type="button">Show all Details</button></p></div>
<div class="our-verdict"><span class="our-verdict-label">Our Verdict</span><span class="our-verdict-value">GET IT</span></div>
<div class="share-row"><p>${share[0]}</p>${share
  .slice(1)
  .map((s) => `<a href="#" class="share-${s.toLowerCase()}">${s}</a>`)
  .join(' ')}</div></div></div>
<section class="more-by"><h2>${more[0]}</h2><ul>${links(more.slice(1))}</ul></section>
<section class="similar-books"><h2>${similar[0]}</h2><ul>${links(similar.slice(1), 'book-tile')}</ul></section></main>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><input type="email" placeholder="${news[2]}" aria-label="${news[2]}">
<button type="submit">${news[3]}</button></form></section>
<footer class="footer"><ul>${links(foot)}</ul><p class="copyright">Copyright © 2025 Kirkus Media LLC. All Rights Reserved.</p></footer>
<script src="/static/js/site.min.js?v=20251104" defer></script></body></html>`;
export const kirkusPage: TestPage = {
  html,
  name: 'heldout185-kirkus-review',
  kind: 'news',
  // the review is unsigned; "by Wren Castellane" (the book's author) and the issue date are bylines; the bold closing verdict
  // sentence is body; the Book Details list, "Our Verdict" and the Kirkus Star badge are furniture
  title: kTitle,
  headings: [],
  body: [...texts(review), verdict],
  bylines: ['by Wren Castellane', 'Kirkus Reviews Issue: Dec. 1, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    promo, 'Learn More', 'Sign In', 'Subscribe', ...nav, 'Advertisement', 'Buy on Amazon', 'Buy on Bookshop', 'Kirkus Star', 'Book Details',
    ...details.flat(), 'Show all Details', 'Our Verdict', 'GET IT', ...share, ...more, ...similar, ...news.filter((n) => n !== news[2]), ...foot,
    'Copyright © 2025 Kirkus Media LLC. All Rights Reserved.',
  ],
};
