import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file c: a flash-fiction blog on a WordPress block theme, whose story is short (site header with the
 * navigation block, post date and author, word-count badge, Jetpack sharing and likes, post tags, previous / next links,
 * the comments and the reply form, footer) and a publisher's book page with an excerpt (the product page: cover, formats
 * and prices, retailer buttons, ISBN and details table, blurb, "Read an Excerpt", author bio, "You May Also Like" carousel,
 * newsletter, footer).
 */
const fTitle = 'The Last Bus to Corrie Point';
const fBody = [
  j(
    'The driver waits at the turning circle for six minutes, as the timetable says, although nobody has got on at Corrie Point',
    'since the cannery closed. He reads the same page of his paperback. He turns the engine off to save diesel and on again',
    'when the cold gets into his knees.',
  ),
  j(
    'Tonight there is a woman at the stop. She has a suitcase with a broken wheel and a coat too thin for March. When she climbs',
    'aboard she counts out the fare in coins, very slowly, as if each one is a decision.',
  ),
  '“Does this still go to the station?” she asks.',
  j(
    '“It goes past where the station was,” he says. She nods as though that is an answer she expected, and sits at the back, and',
    'watches the sea until the road turns inland and there is nothing to watch.',
  ),
  j(
    'At the last stop she does not get off. He switches on the inside lights and looks at her in the mirror, and she looks back,',
    'and for a moment neither of them says anything at all.',
  ),
  j(
    '“I used to live here,” she says finally. “I thought I would see if it was still here.” He tells her that it is, mostly. Then',
    'he turns the bus around, though the timetable does not say to, and drives her back to Corrie Point, and waits six minutes,',
    'and she does not get off there either.',
  ),
];
const fNav = ['Stories', 'About', 'Submit a Story', 'Archive'];
const fComments = [
  ['Maren Dahl', 'March 9, 2026 at 8:12 am', 'The six minutes at the end. Perfect.'],
  ['tideline', 'March 9, 2026 at 11:40 am', 'I want to know where she was trying to get to. Which I suppose is the point.'],
] as const;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} – Three Hundred Words</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Three Hundred Words » Feed" href="https://threehundredwords.example/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${fTitle}",
"author":{"name":"Rhiannon Quayle"},"datePublished":"2026-03-08T19:00:00+00:00","wordCount":298}]}</script>
<style id="wp-block-library-inline-css">:root{--wp-admin-theme-color:#007cba;}</style>
<script id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {"v":"ext","blog":"201447","post":"1184"} ]);</script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="https://threehundredwords.example" rel="home">Three Hundred Words</a></p>
<p class="wp-block-site-tagline">Flash fiction, one story a week</p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation">
<ul class="wp-block-navigation__container">${links(fNav, 'wp-block-navigation-item wp-block-navigation-link')}</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained"><div class="wp-block-group has-global-padding">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">${fTitle}</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-03-08T19:00:00+00:00">8 March 2026</time></div>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Rhiannon Quayle</p></div></div>
<p class="has-small-font-size word-count-badge">298 words</p></div></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
${ps(fBody)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li><li class="share-print"><a href="#"><span>Print</span></a>
</li></ul>
</div></div></div><div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span>
<span class="loading">Loading…</span></div></div></div></div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/buses/" rel="tag">buses</a>
<span class="wp-block-post-terms__separator">,
</span><a href="/tag/homecoming/" rel="tag">homecoming</a></div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link">
<a href="/2026/03/01/salt/" rel="prev">Previous: What the Salt Said</a></div><div class="post-navigation-link-next wp-block-post-navigation-link">
<a href="/2026/03/15/flood/" rel="next">Next: Flood Year</a></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${fTitle}”</h2><ol class="wp-block-comment-template">
${fComments
  .map(
    ([u, d, c]) => `<li class="comment even thread-even depth-1"><div class="wp-block-group"><div class="wp-block-comment-author-name">${u}</div>
<div class="wp-block-comment-date"><time>${d}</time></div><div class="wp-block-comment-content"><p>${c}</p></div>
<div class="wp-block-comment-reply-link"><a class="comment-reply-link" href="#">Reply</a></div></div></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Post Comment"></p></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding"><p class="has-small-font-size">Stories © their authors.
Site by the Three Hundred Words collective.</p><p class="has-text-align-right">Designed with WordPress</p></div></footer></div>
<script src="https://stats.wp.example/e-202610.js" defer></script></body></html>`;
const flash: TestPage = {
  name: 'heldout310-wordpress-flash-fiction-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['8 March 2026', 'Rhiannon Quayle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Three Hundred Words', 'Flash fiction, one story a week', ...fNav, '298 words', 'Share this:', 'Facebook', 'Email', 'Print', 'Like this:', 'Like',
    'Loading…', 'buses', 'homecoming', 'Previous: What the Salt Said', 'Next: Flood Year', `2 responses to “${fTitle}”`,
    ...fComments.flatMap((c) => [...c]), 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Comment', 'Stories © their authors. Site by the Three Hundred Words collective.', 'Designed with WordPress',
  ],
};

const pTitle = 'The Salt Orchard';
const pHeads = ['About The Salt Orchard', 'Read an Excerpt'];
const pAbout = [
  j(
    'On an island where nothing grows but the trees her grandmother planted, Ines Caldera inherits an orchard that bears salt',
    'instead of fruit, and a debt to the mainland that no one will explain.',
  ),
  j(
    'Luminous and strange, <em>The Salt Orchard</em> is a novel about inheritance, the stories families keep from their children,',
    'and the cost of staying in a place that is slowly being given back to the sea.',
  ),
];
const pEx = [
  j(
    'The trees were older than the harbour wall. That was the first thing anyone told you about them, usually while pointing,',
    'as though age were something you could see from the ferry if you only knew where to look.',
  ),
  j(
    'My grandmother planted the first one in 1951, the year the well water turned. She planted it because she had been told',
    'nothing would grow, and she was a woman who took being told things as a kind of invitation.',
  ),
  j(
    'By the time I was born there were forty trees, in eight crooked rows, and every September their branches went white. Not',
    'with blossom. With salt. It formed on the bark in crusts, thin at first and then thick as frost, and we went out with',
    'wooden rakes and linen sheets and brought it in.',
  ),
  j(
    'People on the mainland did not believe us. People on the mainland paid very well for it anyway, which my grandmother said',
    'was the only kind of belief worth having.',
  ),
  j(
    'She died in the spring I turned thirty-four. The lawyer read the will in her kitchen, with the windows open because she',
    'had always kept them open, and when he came to the orchard he stopped, and cleared his throat, and read the sentence twice.',
  ),
  '<em>The trees go to Ines, with what is owed on them.</em>',
  '“What is owed?” I asked. The lawyer closed the folder. “I was hoping,” he said, “that you could tell me.”',
];
const pBio = j(
  'Marisol Ventura grew up on the Azorean island of Corvelho. Her first novel, The Lighthouse Accounts, won the Breakwater',
  'Prize. She lives in Lisbon.',
);
const pAlso = ['The Lighthouse Accounts', 'A Census of Gulls', 'Where the Ferry Turns'];
const pHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${pTitle} by Marisol Ventura: 9780593889124 | Harrow House Books</title>
<meta name="description" content="On an island where nothing grows, Ines Caldera inherits an orchard that bears salt."><meta property="og:type" content="book">
<meta property="book:isbn" content="9780593889124"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"${pTitle}",
"author":{"@type":"Person","name":"Marisol Ventura"},"isbn":"9780593889124","bookFormat":"Hardcover","datePublished":"2026-04-14",
"offers":{"@type":"Offer","price":"28.00","priceCurrency":"USD"}}</script>
<script>dataLayer=[{"pageType":"product","isbn":"9780593889124"}];</script></head>
<body class="book-page"><header class="site-header"><a href="/" class="logo">Harrow House Books</a>
<nav class="main-nav"><ul><li><a href="/books">Books</a></li><li><a href="/authors">Authors</a></li><li><a href="/features">Features</a></li>
<li><a href="/book-clubs">Book Clubs</a></li></ul></nav><a href="/cart" class="cart-link">Cart</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/books/fiction">Fiction</a></li>
<li><a href="/books/literary-fiction">Literary Fiction</a></li></ol></nav>
<main id="main"><section class="product-hero"><div class="product-cover"><img src="/covers/9780593889124.jpg" alt="Book cover of The Salt Orchard">
<button class="look-inside">Look Inside</button></div><div class="product-info"><h1 class="book-title">${pTitle}</h1>
<h2 class="subtitle">A Novel</h2><p class="contributors">By <a href="/authors/marisol-ventura">Marisol Ventura</a></p>
<ul class="format-tabs" role="tablist"><li class="active">Hardcover <span class="price">$28.00</span></li><li>Ebook <span class="price">$14.99</span></li>
<li>Audiobook <span class="price">$30.00</span></li></ul><div class="buy-buttons"><span class="buy-label">Buy from:</span>
<a href="#" class="retailer">Amazon</a><a href="#" class="retailer">Bookshop.org</a><a href="#" class="retailer">Barnes &amp; Noble</a>
<a href="#" class="retailer">Books-A-Million</a></div><p class="on-sale">On sale Apr 14, 2026</p></div></section>
<section class="product-description"><h2>${pHeads[0]}</h2><div class="description-copy">${ps(pAbout)}</div></section>
<section class="product-excerpt" id="excerpt"><h2>${pHeads[1]}</h2><div class="excerpt-content">
${ps(pEx)}
<p class="excerpt-copyright">Excerpted from The Salt Orchard by Marisol Ventura. Copyright © 2026 by Marisol Ventura. All rights reserved.</p></div></section>
<section class="product-details"><h2>Product Details</h2><table><tr><th>ISBN</th><td>9780593889124</td></tr><tr><th>Pages</th><td>304</td></tr>
<tr><th>Publisher</th><td>Harrow House</td></tr><tr><th>Trim size</th><td>6-1/8 x 9-1/4</td></tr></table></section>
<section class="author-bio"><h2>About the Author</h2><p>${pBio}</p><a href="/authors/marisol-ventura">Learn more about Marisol Ventura</a></section>
<section class="carousel related-titles"><h2>You May Also Like</h2><ul>${links(pAlso, 'carousel-item')}</ul></section>
<section class="newsletter-signup"><h2>Sign up for our newsletter</h2><p>Be the first to hear about new fiction, author events and giveaways.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section></main>
<footer class="site-footer"><ul><li><a href="/about">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/accessibility">Accessibility</a></li></ul><p>© 2026 Harrow House Books LLC</p></footer>
<div id="truste-consent-track" class="truste-banner"><div id="truste-consent-text">This site uses cookies to improve your experience and to show
you relevant offers.</div><button id="truste-consent-button">Agree and Proceed</button><button id="truste-show-consent">Cookie Preferences</button></div>
</body></html>`;
const publisher: TestPage = {
  name: 'heldout310-publisher-book-excerpt-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pAbout, ...pEx]),
  bylines: ['By Marisol Ventura', 'On sale Apr 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrow House Books', 'Books', 'Authors', 'Features', 'Book Clubs', 'Cart', 'Home', 'Fiction', 'Literary Fiction', 'Look Inside', 'A Novel',
    'Hardcover', '$28.00', 'Ebook', '$14.99', 'Audiobook', '$30.00', 'Buy from:', 'Amazon', 'Bookshop.org', 'Barnes & Noble', 'Books-A-Million',
    'Excerpted from The Salt Orchard by Marisol Ventura. Copyright © 2026 by Marisol Ventura. All rights reserved.', 'Product Details', 'ISBN',
    '9780593889124', 'Pages', '304', 'Publisher', 'Harrow House', 'Trim size', '6-1/8 x 9-1/4', 'About the Author', pBio,
    'Learn more about Marisol Ventura', 'You May Also Like', ...pAlso, 'Sign up for our newsletter',
    'Be the first to hear about new fiction, author events and giveaways.', 'Subscribe', 'About Us', 'Careers', 'Privacy Policy', 'Accessibility',
    '© 2026 Harrow House Books LLC', 'This site uses cookies to improve your experience and to show you relevant offers.', 'Agree and Proceed',
    'Cookie Preferences',
  ],
};

export const HELDOUT310_C: readonly TestPage[] = [flash, publisher];
