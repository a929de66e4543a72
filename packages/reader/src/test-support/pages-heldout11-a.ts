import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file a: a LinkedIn-style published article (global nav, author header with follower count and
 * "Follow" buttons, reactions bar, comments, "More articles by" rail, sign-in modal) and a Hashnode blog post
 * (series box, table of contents sidebar, reactions, author card, newsletter form, comments).
 */
const liIntro = [
  'For six years I ran a distribution centre where every picker had one zone and never left it. Ambient goods on the ' +
    'left, chilled on the right, returns in the corner by the dock doors. It looked tidy on the floor plan and it ' +
    'broke every time somebody caught a cold.',
  'Last spring we tried something our regional director called reckless: every picker would learn a second zone, ' +
    'and a third if they wanted it, on paid time and during the quiet weeks after Easter.',
];
const liWhat = [
  'The first month was slower, and I will not pretend otherwise. Pick rates in the chilled zone dropped by almost a ' +
    'fifth while newcomers learned where the dairy lived and why the yoghurt pallets are stacked backwards.',
  'By the third month the numbers had crossed back over. More interesting than the pick rate was what happened on ' +
    'bad days. When two of the returns team were off with the same flu, the shift lead moved three people across ' +
    'before the morning briefing ended, and the trucks left on time.',
  'Overtime fell by a little over a quarter across the summer, mostly because we stopped paying the same four ' + 'specialists to cover every gap.',
];
const liLessons = [
  'Pay for the training hours properly. People can tell when learning is an unpaid favour to the company.',
  'Let people choose their second zone where you can. The ones who chose learned faster than the ones we assigned.',
  'Keep a written board of who can work where, and update it weekly, not when a crisis forces you to.',
  'Expect the first month to look like a mistake on the dashboard, and tell your director before it does.',
];
const liClose = [
  'I am not claiming cross-training is new. Every small warehouse already does it by accident. What surprised me was ' +
    'how much of our resilience had been sitting in four tired people, and how quickly it spread once we let it.',
  'If you have tried this in a bigger operation, especially with union agreements on job grades, I would like to ' + 'hear how you handled pay bands.',
];
const liNav = ['Home', 'My Network', 'Jobs', 'Messaging', 'Notifications'];
const liMore = ['What a night shift taught me about dock scheduling', 'The pallet label nobody reads', 'Three questions I ask every new shift lead'];
const liFoot = ['About', 'Accessibility', 'User Agreement', 'Privacy Policy', 'Cookie Policy', 'Brand Policy'];
const liComments = [
  [
    'Rukhsana Patel',
    'Operations Manager at Calder Freight',
    '2w',
    'We did the same in our cross-dock last year. The dip in month one was real, and so was the payoff by the autumn peak.',
  ],
  ['Tomás Ferreira', 'Supply chain student', '1w', 'Did you change the pay grade for people who learned three zones?'],
];
const liComment = ([who, role, age, text]: string[]): string =>
  `<article class="comments-comment-entity"><div class="comments-comment-meta__container"><a class="comments-comment-meta__description-container"` +
  ` href="/in/x"><span class="comments-comment-meta__description-title">${who}</span><span class="comments-comment-meta__description-subtitle">` +
  `${role}</span></a><time class="comments-comment-meta__data">${age}</time></div><div class="comments-comment-item__main-content">` +
  `<span dir="ltr">${text}</span></div><div class="comments-comment-social-bar"><button class="comments-comment-social-bar__action">Like</button>` +
  `<button class="comments-comment-social-bar__action">Reply</button></div></article>`;
const liMoreItem = (t: string): string =>
  `<li><a class="reader-more-articles__link" href="/p/x"><h3>${t}</h3><span class="reader-more-articles__date">Mar 3, 2025</span></a></li>`;
const liHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>We cross-trained every picker. Here is what happened. | LinkedIn</title>
<meta property="og:type" content="article"><meta name="author" content="Graham Okafor">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"We cross-trained every picker",
"author":{"@type":"Person","name":"Graham Okafor"},"datePublished":"2025-04-22T07:12:00.000+00:00"}</script></head>
<body class="render-mode-BIGPIPE nav-v2 ember-application"><a href="#main-content" class="skip-link">Skip to main content</a>
<header class="global-nav" id="global-nav"><div class="global-nav__content"><a class="global-nav__logo" href="/feed/">LinkedIn</a>
<input class="search-global-typeahead__input" placeholder="Search" aria-label="Search">
<nav class="global-nav__nav"><ul class="global-nav__primary-items">${links(liNav, 'global-nav__primary-item')}</ul></nav>
<a class="global-nav__premium" href="/premium">Try Premium for £0</a></div></header>
<main id="main-content" class="reader-article"><div class="reader-cover-image"><img src="https://media.licdn.example/cover.jpg" alt=""></div>
<div class="reader-article-header"><h1 class="reader-article-header__title">We cross-trained every picker. Here is what happened.</h1>
<div class="reader-author-info"><a class="reader-author-info__container" href="/in/graham-okafor">
<img class="reader-author-info__avatar" src="https://media.licdn.example/g.jpg" alt="Graham Okafor">
<h2 class="reader-author-info__author-name">Graham Okafor</h2></a>
<p class="reader-author-info__author-headline">Head of Warehouse Operations at Northgate Foods | Lean practitioner</p>
<p class="reader-author-info__follower-count">4,812 followers</p>
<button class="follow reader-author-info__follow-button" aria-label="Follow Graham Okafor">+ Follow</button></div>
<div class="reader-article-header__meta"><time class="reader-article-header__published-date">Published Apr 22, 2025</time></div></div>
<div class="reader-article-content reader-article-content--content-blocks" dir="ltr">
${ps(liIntro)}
<h3>What actually changed</h3>
${ps(liWhat)}
<h3>Four things I would tell another site</h3>
<ul>${liLessons.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h3>The part I did not expect</h3>
${ps(liClose)}
</div>
<div class="reader-social-bar"><div class="social-details-social-counts"><span class="social-details-social-counts__reactions-count">312</span>
<button class="social-details-social-counts__comments">48 comments</button><button class="social-details-social-counts__item">21 reposts</button></div>
<div class="feed-shared-social-action-bar"><button class="react-button__trigger">Like</button><button>Comment</button><button>Repost</button>
<button>Send</button></div></div>
<section class="comments-comments-list"><div class="comments-sort-order-toggle"><button>Most relevant</button></div>
${liComments.map(liComment).join('\n')}
<button class="comments-comments-list__load-more-comments-button">Load more comments</button></section>
<section class="reader-author-card"><h2 class="reader-author-card__title">Graham Okafor</h2><p class="reader-author-card__headline">
Head of Warehouse Operations at Northgate Foods | Lean practitioner</p><button class="follow">+ Follow</button></section>
<section class="reader-more-articles"><h2 class="reader-more-articles__title">More articles by Graham Okafor</h2><ul>
${liMore.map(liMoreItem).join('\n')}
</ul><a href="/in/graham-okafor/recent-activity/articles/">See all articles</a></section></main>
<footer class="global-footer-compact"><ul>${links(liFoot)}</ul><p class="global-footer-compact__copyright">LinkedIn Corporation © 2025</p></footer>
<div class="modal__overlay" role="dialog" aria-hidden="true" hidden>
<div class="sign-in-modal"><h2 class="sign-in-modal__header">Sign in to view more content</h2>
<p>Create your free account or sign in to continue your search</p><button class="sign-in-modal__primary-btn">Sign in</button>
<button class="sign-in-modal__join-now">Join now</button></div></div>
<script src="https://static.licdn.example/aero-v1/sc/h/reader.js" async></script>
</body></html>`;
const linkedin: TestPage = {
  html: liHtml,
  name: 'heldout11-linkedin-article',
  kind: 'blog',
  // hard calls: the author's name sits in an h2 inside the article header (a byline, not a section heading) and again in
  // the author card h2 (byline); the headline under the name, the follower count and "+ Follow" are furniture; the
  // article's own section headings are h3s; the reader comments under the article are furniture (their names and ages
  // bylines); the reactions count, the action bar, "More articles by" (titles and dates), footer and sign-in modal furniture
  title: 'We cross-trained every picker. Here is what happened.',
  headings: ['What actually changed', 'Four things I would tell another site', 'The part I did not expect'],
  body: [...texts(liIntro), ...texts(liWhat), ...texts(liLessons), ...texts(liClose)],
  bylines: ['Graham Okafor', 'Published Apr 22, 2025', 'Rukhsana Patel', 'Tomás Ferreira', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...liNav, 'Try Premium for £0', 'Head of Warehouse Operations at Northgate Foods | Lean practitioner', '4,812 followers',
    '+ Follow', '48 comments', '21 reposts', 'Repost', 'Most relevant', 'Operations Manager at Calder Freight', 'Supply chain student',
    liComments[0]![3]!, liComments[1]![3]!, 'Load more comments', 'More articles by Graham Okafor', ...liMore, 'See all articles', ...liFoot,
    'LinkedIn Corporation © 2025', 'Sign in to view more content', 'Create your free account or sign in to continue your search', 'Join now',
  ],
};

const hnIntro = [
  'In the first part of this series we built a tokenizer that turns a page of text into lower-case words. That is ' +
    'enough to count things, but not enough to find anything. Today we build the structure every search engine is ' +
    'quietly standing on: the inverted index.',
  'The idea fits in a sentence. Instead of storing, for each document, the words it contains, we store, for each ' +
    'word, the documents that contain it. A query then becomes a few lookups and a merge rather than a scan.',
];
const hnPostings = [
  'A posting list is just the sorted list of document ids for one term. Keeping it sorted is what makes the rest ' +
    'cheap: two sorted lists can be intersected in one pass, walking both at once and keeping only the ids they share.',
  'Here is the smallest version that works. It keeps everything in memory, which is fine for the few thousand ' + 'pages we are indexing in this series.',
];
const hnQuery = [
  'An AND query intersects the posting lists of its terms, shortest list first. Starting from the rarest term means ' +
    'the candidate set is small from the beginning, and most of the work on common words is skipped.',
  'OR queries take the union instead, and they are where ranking starts to matter, because a union of common words ' + 'can easily match half the collection.',
];
const hnNext = [
  'Memory is the obvious limit. On my laptop the index for twelve thousand pages takes about forty megabytes, most ' +
    'of it in small arrays of numbers that compress extremely well.',
  'In part three we will store the gaps between ids instead of the ids themselves and pack them with variable-byte ' +
    'encoding, which brought the same index down to under nine megabytes.',
];
const hnCode = `<pre><code class="language-typescript">const index = new Map&lt;string, number[]&gt;();
function add(id: number, words: string[]): void {
  for (const w of new Set(words)) (index.get(w) ?? index.set(w, []).get(w)!).push(id);
}</code></pre>`;
const hnToc = ['Posting lists', 'Answering a query', 'Where this breaks'];
const hnSeries = ['Tokenizing text the boring way', 'The inverted index, from scratch', 'Compressing posting lists', 'Ranking with BM25'];
const hnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The inverted index, from scratch</title>
<meta property="og:site_name" content="Bits and Bytes by Lena Marsh"><link rel="canonical" href="https://blog.lenamarsh.example/inverted-index">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"title":"The inverted index, from scratch","readTimeInMinutes":7}}}}</script>
</head><body><div id="__next"><header class="blog-header"><a class="blog-header__logo" href="/">Bits and Bytes</a>
<nav class="blog-header__nav"><ul>${links(['Home', 'Series', 'Newsletter', 'About me'])}</ul></nav>
<button class="blog-header__subscribe">Subscribe</button><button aria-label="Toggle theme" class="theme-toggle"></button></header>
<main class="blog-post-layout">
<div class="blog-post-cover"><img src="https://cdn.hashnode.example/res/cover.png" alt="Cover image for The inverted index"></div>
<article class="blog-article"><h1 class="blog-article__title">The inverted index, from scratch</h1>
<div class="blog-article__meta"><a class="blog-article__author" href="/@lenamarsh">Lena Marsh</a><span class="dot">·</span>
<time datetime="2025-03-11">Mar 11, 2025</time><span class="dot">·</span><span class="blog-article__read-time">7 min read</span></div>
<div class="series-box"><p class="series-box__label">This article is part of the series</p><h2 class="series-box__title">
<a href="/series/tiny-search">Building a tiny search engine</a></h2><ol class="series-box__list">
${hnSeries.map((t, i) => `<li class="${i === 1 ? 'series-box__item--current' : 'series-box__item'}"><a href="/s${i}">${t}</a></li>`).join('\n')}
</ol></div>
<div class="prose blog-article__content">
${ps(hnIntro)}
<h2 id="heading-posting-lists">Posting lists</h2>
${ps(hnPostings)}
${hnCode}
<h2 id="heading-answering-a-query">Answering a query</h2>
${ps(hnQuery)}
<h2 id="heading-where-this-breaks">Where this breaks</h2>
${ps(hnNext)}
</div>
<div class="blog-article__tags"><a href="/tag/search">search</a><a href="/tag/algorithms">algorithms</a><a href="/tag/typescript">TypeScript</a></div>
<div class="reaction-bar"><button class="reaction-bar__like" aria-label="Like">❤️ 86</button><button aria-label="Comments">💬 9</button>
<button aria-label="Bookmark">Bookmark</button><button class="reaction-bar__share">Share this article</button></div></article>
<aside class="blog-toc"><h3 class="blog-toc__title">Table of contents</h3><ul>
${hnToc.map((t) => `<li><a href="#heading-${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></aside>
<section class="author-card"><p class="author-card__label">Written by</p><h2 class="author-card__name">Lena Marsh</h2>
<p class="author-card__bio">Backend engineer in Leeds. I write about databases, search and the occasional bicycle repair.</p>
<button class="author-card__follow">Follow</button></section>
<section class="newsletter-box"><h3>Subscribe to my newsletter</h3><p>Read articles from Bits and Bytes directly inside your inbox.
Subscribe to the newsletter, and don't miss out.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<section class="comments"><h3 class="comments__title">Comments (9)</h3><div class="comment"><a class="comment__author" href="/@petrv">Petr Vlasák</a>
<span class="comment__date">Mar 12, 2025</span>
<p class="comment__body">Starting from the shortest list is such a simple trick. Looking forward to the compression part.</p>
</div><button class="comments__more">Load more</button></section>
<section class="more-from-series"><h3>More articles in this series</h3><a href="/s2">${hnSeries[2]}</a></section></main>
<footer class="blog-footer"><p>©2025 Bits and Bytes</p><a href="/archive">Archive</a><a href="/privacy">Privacy policy</a>
<p class="blog-footer__powered">Powered by Hashnode - Build your developer hub.</p></footer></div>
<script src="https://cdn.hashnode.example/_next/static/chunks/main.js" async></script></body></html>`;
const hashnode: TestPage = {
  html: hnHtml,
  name: 'heldout11-hashnode-post',
  kind: 'blog',
  // hard calls: the series box above the post (its h2 series title and the part titles, one of which equals the page
  // title) is furniture, but the current part's title is left out of the furniture list because it is the title;
  // the table-of-contents sidebar repeats the h2s exactly, so its entries are in neither list; the code block is code
  // (left out); tags, reactions, author card (name a byline), newsletter box, the one comment (name and date bylines,
  // text furniture), "More articles in this series" and the footer are furniture
  title: 'The inverted index, from scratch',
  headings: hnToc,
  body: [...texts(hnIntro), ...texts(hnPostings), ...texts(hnQuery), ...texts(hnNext)],
  bylines: ['Lena Marsh', 'Mar 11, 2025', 'Petr Vlasák', 'Mar 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bits and Bytes', 'Series', 'Newsletter', 'About me', 'Subscribe', '7 min read', 'This article is part of the series', 'Building a tiny search engine',
    hnSeries[0]!, hnSeries[2]!, hnSeries[3]!, 'algorithms', '❤️ 86', 'Bookmark', 'Share this article', 'Table of contents', 'Written by',
    'Backend engineer in Leeds. I write about databases, search and the occasional bicycle repair.', 'Subscribe to my newsletter',
    'Read articles from Bits and Bytes directly inside your inbox.', 'Comments (9)',
    'Starting from the shortest list is such a simple trick. Looking forward to the compression part.', 'Load more',
    'More articles in this series', '©2025 Bits and Bytes', 'Archive', 'Privacy policy', 'Powered by Hashnode - Build your developer hub.',
  ],
};

export const HELDOUT11_A: readonly TestPage[] = [linkedin, hashnode];
