import { ps, type TestPage, texts } from './page-kit.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file f2: a food writer's essay on Squarespace (7.1 blog item: sqs-layout, html blocks, a quote block,
 * the item pagination) with a Klaviyo popup form asking for the newsletter sign-up, the announcement bar and the footer.
 */
const kTitle = 'On eating alone in restaurants';
const kP = paras(`
  The first time I ate alone in a restaurant on purpose, I brought a book I had no intention of reading. It sat on the table
  like a permission slip. I was twenty-six, in a city where I knew no one, and I had decided that if I waited for company I
  would never eat anywhere but my kitchen.

  The waiter, an older man with a limp, took the book's presence in his stride. He brought bread without being asked and,
  when I ordered a second glass of wine, told me that the table by the window was the best in the house and that he had
  given it to me on purpose.

  I have thought about that table for fifteen years. Not about the food, which I do not remember, but about the feeling of
  being looked after by someone who had nothing to gain from it.

  Eating alone in public is supposed to be a small act of courage, and for many people it still is. The fear is always the
  same: that everyone will see you and conclude that you have no one. In my experience almost nobody looks. The people at
  the other tables are busy with their own company, or lack of it.

  What changes, when you stop worrying about being seen, is that you begin to see. You notice the couple who have stopped
  talking and the family celebrating something nobody has named. You hear the kitchen. You taste the food.

  Restaurants, for their part, have not always made it easy. Tables for one are still put beside the toilets or the
  kitchen door, and some places will not take a booking for a single diner on a Saturday night at all. The good ones know
  better. A solo diner is often a regular in the making, and almost always a good tipper.

  My advice, for what it is worth, is simple. Go early, when the room is quiet and the staff have time. Sit at the counter if
  there is one. Leave the book at home.
`);
const kQuote = 'A restaurant is the only theatre where the audience is also the cast.';
const kAnnounce = 'New essays every Sunday. Join the letter \u2192';
const kNav = ['Essays', 'Archive', 'About', 'Newsletter'];
const kHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kTitle} — Saltcellar</title><meta property="og:site_name" content="Saltcellar"><meta property="og:title" content="${kTitle} — Saltcellar">
<meta itemprop="author" content="Juno Abernethy"><meta itemprop="datePublished" content="2026-02-08T09:00:00+0000">
${ld({ '@context': 'http://schema.org', '@type': 'BlogPosting', headline: kTitle, author: 'Juno Abernethy', datePublished: '2026-02-08T09:00:00+0000' })}
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"63f1a2b7c4d9e0f1a2b3c4d5",
"itemId":"65c49e7b1d2a3f4b5c6d7e8f","templateVersion":"7.1","pageType":50};</script>
<script async type="text/javascript" src="https://static.klaviyo.example/onsite/js/klaviyo.js?company_id=XyZ9q2"></script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="item-65c49e7b1d2a3f4b5c6d7e8f" class="header--menu-open tweak-blog-item-width-narrow tweak-blog-item-show-author-name view-item
collection-type-blog-basic collection-layout-default">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p><a href="/newsletter">${kAnnounce}</a></p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title">
<div class="header-title-text"><a href="/">Saltcellar</a></div></div><div class="header-nav"><nav class="header-nav-list">
${kNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}</nav></div>
</div></header><main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c49e">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry author-juno-abernethy post-type-text article-index-1"><div class="blog-item-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">
${kTitle}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-author-name">Juno Abernethy</div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-02-08">8 Feb</time></div>
</div></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1707382800000" id="item-65c49e7b1d2a3f4b5c6d7e8f">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1b2">
<div class="sqs-block-content"><div class="sqs-html-content">
${ps(kP.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-c3d4"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${kQuote}<span>”</span></blockquote>
<figcaption class="source">— a chef I once interviewed</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-e5f6"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(kP.slice(3), ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><span class="comment-count">0 Comments</span></div></div>
<div class="blog-item-pagination"><a href="/essays/the-pantry" class="item-pagination-link item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">The pantry my mother kept</h2></a>
<a href="/essays/bread-and-patience" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Bread and patience</h2></a></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">
<p>Saltcellar is written and photographed by Juno Abernethy in Edinburgh.</p><p><a href="/privacy">Privacy</a></p>
<p>© 2026 Saltcellar</p></div></section></footer>
<div class="needsclick kl-private-reset-css-Xuajs1" style="position:fixed;inset:0;z-index:90000"><div role="dialog" aria-modal="true"
aria-label="POPUP Form" class="needsclick klaviyo-form klaviyo-form-version-cid_1 kl-private-reset-css-Xuajs1">
<div class="needsclick kl-private-reset-css-Xuajs1"><p class="needsclick">A letter for the table</p>
<p class="needsclick">One essay about food and the people around it, every Sunday morning. No recipes, no spam.</p>
<input type="email" name="email" placeholder="Email address" class="needsclick go3176171171 kl-private-reset-css-Xuajs1">
<button type="button" class="needsclick go4201262591 kl-private-reset-css-Xuajs1">Subscribe</button>
<button type="button" class="needsclick go1658291434 kl-private-reset-css-Xuajs1">No thanks, I'll keep reading</button></div>
<button class="needsclick klaviyo-close-form go2324193863 kl-private-reset-css-Xuajs1" aria-label="Close dialog"></button></div></div>
</body></html>`;
export const klaviyoPage: TestPage = {
  name: 'heldout271-squarespace-klaviyo-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: [...texts(kP.slice(0, 3)), kQuote, ...texts(kP.slice(3))],
  bylines: ['Juno Abernethy', '8 Feb'],
  furniture: [
    kAnnounce,
    'Saltcellar',
    ...kNav,
    '— a chef I once interviewed',
    '0 Comments',
    'Previous',
    'The pantry my mother kept',
    'Next',
    'Bread and patience',
    'Saltcellar is written and photographed by Juno Abernethy in Edinburgh.',
    'Privacy',
    '© 2026 Saltcellar',
    'A letter for the table',
    'One essay about food and the people around it, every Sunday morning. No recipes, no spam.',
    'Subscribe',
    "No thanks, I'll keep reading",
  ],
};
