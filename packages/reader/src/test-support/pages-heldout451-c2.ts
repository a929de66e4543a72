import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file c2: a blog post on a WordPress block theme (Twenty Twenty-Four markup) saved with the browser's
 * "Save as" from the print preview (a print stylesheet inlined, the site title and navigation, post date and author blocks,
 * post terms, a pull quote, the previous / next post links, the comments block with two comments and the reply form, the
 * footer and a Complianz cookie banner).
 */
const wTitle = 'Growing tomatoes on a north-facing balcony';
const wP1 = [
  j(
    'Every gardening book I own says tomatoes need six to eight hours of direct sun. My balcony gets about two, and only in June.',
    'For three summers I grew leggy plants with a handful of green fruit, and last year I finally had a crop worth writing about.',
  ),
  'What follows is what changed. It is specific to a shady balcony in a mild, damp city, but most of it should carry over.',
];
const wH1 = 'Choose varieties that forgive you';
const wP2 = [
  j(
    'The biggest change was giving up on beefsteak tomatoes. Large fruit need long, hot days to ripen, and on a north-facing',
    'balcony they simply run out of season. Small cherry and currant types ripen on far less light. The ones that did best for me were:',
  ),
];
const wVarieties = [
  'A red currant tomato with fruit the size of a pea, which cropped from July until the first frost',
  'A yellow cherry variety bred for cool northern summers, the earliest to ripen by about two weeks',
  'A compact bush type meant for hanging baskets, which needed no staking at all',
];
const wH2 = 'Bounce the light you do have';
const wP3 = [
  j(
    'A balcony facing north still gets a lot of bright, indirect light from the sky. I painted the back wall white and stood the',
    'pots on an old mirror tile and a sheet of white corrugated plastic. It looks odd, but a cheap light meter showed nearly',
    'half as much light again reaching the lower leaves.',
  ),
];
const wQuote = 'In the shade, every leaf is a solar panel you cannot afford to lose.';
const wP4 = [
  j(
    'I also stopped pinching out side shoots as hard as the books suggest. In full sun, removing them pushes energy into the fruit.',
    'In shade, the plant needs every leaf it can grow, and I only removed shoots that were crowding each other.',
  ),
];
const wH3 = 'Water less, feed later';
const wP5 = [
  j(
    'Shaded pots dry out slowly, and my early plants were sitting in wet compost for days. I now water only when the top few',
    'centimetres are dry and use pots with a reservoir in the base. Feeding starts when the first truss has set, not before,',
    'with a high-potash liquid feed once a week.',
  ),
  j(
    'The result was about three kilos of small tomatoes from four plants, most of them eaten straight off the vine. Not a farm,',
    'but a good deal better than the green handful I used to bring in at the end of September.',
  ),
];
const wNav = ['Home', 'Garden diary', 'Recipes', 'About'];
const wComments = [
  [
    'Fenna Oduya',
    'March 3, 2026 at 8:14 pm',
    'The mirror tile is a brilliant idea. My balcony faces east and I lose the sun by eleven, so I am going to try this.',
  ],
  ['Gil Marchetti', 'March 4, 2026 at 7:02 am', 'Which currant tomato was it? I would love to find seeds for next year.'],
] as const;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large"><title>${wTitle} – Greenrail Notebook</title>
<link rel="canonical" href="https://greenrailnotebook.example/2026/03/tomatoes-north-balcony/">
<meta name="generator" content="WordPress 6.8.1">
<style id="wp-block-library-inline-css">.wp-block-pullquote{border-top:4px solid}.wp-block-post-title{font-size:var(--wp--preset--font-size--xx-large)}</style>
<style media="print">.wp-block-navigation, .cmplz-cookiebanner, .comment-respond { display: none !important; }</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-03-02T09:00:00+00:00","author":{"@type":"Person","name":"Rhian Calloway"}}</script></head>
<body class="post-template-default single single-post postid-614 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="https://greenrailnotebook.example" rel="home">Greenrail Notebook</a></p>
<nav class="is-responsive wp-block-navigation" aria-label="Header navigation"><ul class="wp-block-navigation__container">
${links(wNav, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group" style="margin-top:var(--wp--preset--spacing--50)"><div class="wp-block-group has-global-padding">
<h1 class="wp-block-post-title">${wTitle}</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-03-02T09:00:00+00:00">2 March 2026</time></div>
<div class="wp-block-post-author-name">Rhian Calloway</div>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/balcony/" rel="tag">Balcony</a><span class="wp-block-post-terms__separator">,
</span><a href="/category/vegetables/" rel="tag">Vegetables</a></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(wP1)}
<h2 class="wp-block-heading">${wH1}</h2>
${ps(wP2)}
<ul class="wp-block-list">
${lis(wVarieties)}
</ul>
<h2 class="wp-block-heading">${wH2}</h2>
${ps(wP3)}
<figure class="wp-block-pullquote"><blockquote><p>${wQuote}</p></blockquote></figure>
${ps(wP4)}
<h2 class="wp-block-heading">${wH3}</h2>
${ps(wP5)}
</div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/tomatoes/" rel="tag">tomato growing</a>
<a href="/tag/shade/" rel="tag">shade gardening</a></div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link">
<a href="/2026/02/seed-trays/" rel="prev">Reusing seed trays without spreading disease</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/2026/03/compost-bin/" rel="next">A compost bin for a flat</a></div></nav></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${wTitle}”</h2>
<ol class="wp-block-comment-template">
${wComments
  .map(
    ([who, when, what], i) => `<li id="comment-${i + 90}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex">
<div class="wp-block-comment-author-name">${who}</div><div class="wp-block-comment-date"><time>${when}</time></div>
<div class="wp-block-comment-content"><p>${what}</p></div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" href="#respond">Reply</a></div></div></li>`,
  )
  .join('\n')}
</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Post Comment"></p></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><p class="wp-block-site-title">Greenrail Notebook</p>
<p class="has-small-font-size">Designed with WordPress</p></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies to store and/or access device
information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="wp-block-navigation-view-js" src="/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js"></script></body></html>`;
export const wpPrint: TestPage = {
  name: 'heldout451-wordpress-print-preview-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wP1, ...wP2, ...wVarieties, ...wP3, wQuote, ...wP4, ...wP5]),
  bylines: ['2 March 2026', 'Rhian Calloway', ...wComments.flatMap(([who, when]) => [who, when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greenrail Notebook', ...wNav, 'Balcony', 'Vegetables', 'tomato growing', 'shade gardening', 'Reusing seed trays without spreading disease',
    'A compost bin for a flat', `2 responses to “${wTitle}”`, ...wComments.map(([, , what]) => what), 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Designed with WordPress', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};
