import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file b2: a Waterstones-style bookshop blog post with staff picks (top bar with store finder and basket,
 * search, category nav, breadcrumb, the post header with date and author, each pick as an h3 with a book tile carrying price,
 * format and "Buy" / "Reserve" buttons, the "Share this" bar, "More from the blog" rail, the newsletter and the footer).
 */
const title = 'Our booksellers pick the best novels to read this autumn';
const intro = [
  'The nights are drawing in, which means more hours in a chair with a book. We asked booksellers across our shops which new ' +
    'and recent novels they have been pressing into customers’ hands, and here is what they told us.',
];
const picks = [
  {
    h: 'The Salt Orchard by Morwenna Kest',
    who: 'Chosen by Tom, Bookseller, Truro',
    p:
      'A family of Cornish cider makers, a failed harvest and a secret buried under the oldest tree. Kest writes about weather and ' +
      'grief with the same unhurried precision, and the last fifty pages took me an entire evening because I kept rereading them.',
    price: '£16.99',
    fmt: 'Hardback',
  },
  {
    h: 'Nine Bridges by Idris Mensah',
    who: 'Chosen by Priyanka, Bookseller, Birmingham New Street',
    p:
      'Nine strangers cross the same river on the same morning in 1962, and by nightfall their lives have tangled together. It is ' +
      'a clever structure that never feels like a trick, and every one of the nine voices is distinct.',
    price: '£9.99',
    fmt: 'Paperback',
  },
  {
    h: 'What the Lighthouse Keeper Knew by Agnes Fallow',
    who: 'Chosen by Ruth, Deputy Manager, Stirling',
    p:
      'A cosy mystery with real teeth. When the last keeper of a Hebridean light is found dead, his niece has a week of storms to work ' +
      'out who visited the island. Perfect for fans of the classic country-house puzzle.',
    price: '£8.99',
    fmt: 'Paperback',
  },
  {
    h: 'A Small Hotel in Lisbon by Carla Duarte',
    who: 'Chosen by Ben, Bookseller, Hampstead',
    p:
      'Translated from the Portuguese, this slim, funny novel follows a night porter who collects the things guests leave behind. ' +
      'It is about loneliness, but it is also one of the warmest books I have read this year.',
    price: '£12.99',
    fmt: 'Paperback',
  },
];
const outro = [
  'If you only have room for one, our booksellers were almost unanimous: start with The Salt Orchard. Three of the four ' +
    'said it was the novel they had recommended most since the summer, and the fourth said she had not finished it yet.',
  'All of these titles are available in our shops and online, and many of our branches have signed copies while stocks last. ' +
    'Ask a bookseller for more suggestions: we never tire of talking about books.',
];
const topbar = ['Find a shop', 'Events', 'Gift Cards', 'Sign in / Register', 'Basket'];
const nav = ['Books', 'Fiction', 'Crime & Thriller', 'Children’s', 'Non-Fiction', 'Gifts', 'Offers', 'Blog'];
const crumbs = ['Home', 'Blog'];
const share = ['Share this', 'Facebook', 'Twitter', 'Pinterest', 'Email'];
const more = ['The best books of the year so far', 'Five debut novels we cannot stop talking about', 'Book of the Month: November'];
const news = ['Join our newsletter', 'Sign up for news about books, events and exclusive offers.', 'Your email address', 'Sign up'];
const foot = ['Help', 'Delivery', 'Returns', 'Contact Us', 'About Us', 'Careers', 'Waterstones Plus', 'Privacy Notice', 'Cookie Policy'];
const tile = (
  b: (typeof picks)[number],
): string => `<div class="book-thumb-container" data-isbn="978${b.price.slice(1, 3)}"><div class="book-thumb"><a href="/book/${b.h.length}">
<img src="https://cdn.waterstones.example/bookjackets/large/${b.h.length}.jpg" alt="${b.h}"></a></div>
<div class="book-info"><span class="format">${b.fmt}</span><span class="price">${b.price}</span>
<a class="button button-buy" href="/basket/add/${b.h.length}">Buy</a><a class="button button-reserve" href="/reserve/${b.h.length}">Reserve</a></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Our booksellers pick the best novels to read this autumn | Waterstones</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${intro[0]?.slice(0, 120)}">
<meta property="og:title" content="${title}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.waterstones.example/blog/autumn-novels">
<link rel="stylesheet" href="/static/css/waterstones.min.css?v=2025.10.3"><script src="/static/js/vendor.min.js"></script>
<script>window.wsData = {page: 'blog-article', blogId: 5521};</script></head>
<body class="page-blog blog-article"><div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookies">
<p>We use cookies to make our website work and to improve your experience. You can change your cookie settings at any time.</p>
<button class="button" id="cookie-accept">Accept all cookies</button><a href="/cookie-settings">Manage cookies</a></div>
<div class="header-top"><ul class="header-top-links">${links(topbar)}</ul></div>
<header class="header"><a class="logo" href="/"><span class="hidden">Waterstones</span></a><form class="search-form" action="/books/search">
<label for="search-input" class="hidden">Search</label><input id="search-input" placeholder="Search by title, author or ISBN"><button>Go</button></form>
<nav class="main-nav"><ul>${links(nav, 'main-nav-item')}</ul></nav></header>
<div class="main-page row"><div class="breadcrumbs span12"><ul>${links(crumbs)}</ul></div>
<div class="span8 blog-article-main"><div class="blog-article-header"><h1>${title}</h1>
<div class="blog-meta"><span class="blog-date">Published 24 October 2025</span> <span class="blog-author">by Waterstones Booksellers</span></div></div>
<div class="blog-article-hero"><img src="https://cdn.waterstones.example/blog/autumn-2025.jpg" alt="A stack of novels by a window">
<p class="image-caption">Autumn reading, as chosen in our shops.</p></div>
<div class="blog-article-content rich-text">
${ps(intro)}
${picks.map((b) => `<h3>${b.h}</h3>\n${tile(b)}\n<p class="staff-pick-by"><em>${b.who}</em></p>\n<p>${b.p}</p>`).join('\n')}
${ps(outro)}
</div>
<div class="share-block"><span class="share-title">${share[0]}</span><ul class="share-links">${links(share.slice(1))}</ul></div>
</div>
<aside class="span4 blog-sidebar"><div class="sidebar-block"><h2>More from the blog</h2><ul>${links(more)}</ul></div>
<div class="sidebar-block promo"><p class="promo-title">Waterstones Plus</p><p>Collect stamps on every purchase and get £10 to spend.</p>
<a class="button" href="/plus">Find out more</a></div></aside></div>
<div class="newsletter-signup"><h2>${news[0]}</h2><p>${news[1]}</p><label for="nl-email">${news[2]}</label><input id="nl-email" type="email">
<button type="submit">${news[3]}</button></div>
<footer class="footer"><ul class="footer-links">${links(foot)}</ul><p class="copyright">© Waterstones 2025, all rights reserved</p></footer>
<script src="/static/js/waterstones.min.js?v=2025.10.3"></script></body></html>`;
export const waterstonesBlog: TestPage = {
  html,
  name: 'heldout228-waterstones-staff-picks',
  kind: 'blog',
  // each pick's h3 is a heading; the "Chosen by" attribution lines are bylines of the picks; the book tiles (format, price,
  // Buy / Reserve), the hero caption, the sidebar and the Plus promo are furniture
  title,
  headings: picks.map((b) => b.h),
  body: [...texts(intro), ...picks.map((b) => b.p), ...texts(outro)],
  bylines: ['Published 24 October 2025', 'by Waterstones Booksellers', ...picks.map((b) => b.who)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make our website work and to improve your experience. You can change your cookie settings at any time.',
    'Accept all cookies', 'Manage cookies', ...topbar, ...nav, 'Search', 'Go', 'Home', 'Autumn reading, as chosen in our shops.',
    'Hardback', 'Paperback', '£16.99', '£9.99', '£8.99', '£12.99', 'Buy', 'Reserve', ...share, 'More from the blog', ...more,
    'Collect stamps on every purchase and get £10 to spend.', 'Find out more', ...news, ...foot, '© Waterstones 2025, all rights reserved',
  ],
};
