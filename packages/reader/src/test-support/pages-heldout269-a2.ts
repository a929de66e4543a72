import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout269-kit.js';

/**
 * Held-out batch 269, file a2: a Chrome "Webpage, Complete" save of a WordPress blog post (relative ./..._files/ links, the
 * theme's scripts kept, site header and menu, post meta, a list, Jetpack share buttons and likes, tags, post navigation,
 * comments with replies, the comment form, sidebar widgets and the footer credit).
 */
const title = 'Why I stopped buying compost in plastic sacks';
const f = './Why I stopped buying compost in plastic sacks – The Potting Shed Diaries_files';
const p1 = [
  j(
    'For about eleven years I bought compost the way most people do: forty-litre sacks from the garden centre, six or seven every',
    'spring, hauled home in the boot of the car and stacked by the shed door until I needed them.',
  ),
  j(
    'Last year I counted the empty sacks at the end of the season and got to nineteen. That number stayed with me, and this spring',
    'I did something different. I want to write down how it went, partly for you and partly so I remember next year.',
  ),
];
const h1 = 'What I tried instead';
const p2 = [
  j(
    'The short version is that I now get most of my compost from three places, none of which involves a plastic sack. The longer',
    'version is below, because each of them has a catch.',
  ),
];
const list = [
  'A bulk bag delivery shared with two neighbours, split by wheelbarrow on the pavement one Saturday morning.',
  'Our own two bays, which finally produce something usable now that I turn them every three weeks instead of never.',
  "Leaf mould from the council's autumn collection, which they give away free at the depot in March.",
];
const h2 = 'The catches';
const p3 = [
  j(
    'The bulk bag was cheaper per litre by a long way, but it arrived on a lorry that could not get down our lane, and so a tonne',
    'of compost sat on the corner for a day. Two neighbours and one borrowed wheelbarrow later, it was gone.',
  ),
  j(
    'Home compost is uneven. Some of it is lovely and crumbly, and some of it still has recognisable eggshells and the odd corn cob',
    'in it. I sieve it for seed trays and use it rough for mulching the beds, which the worms do not seem to mind at all.',
  ),
  j(
    'Leaf mould is wonderful stuff but it is low in nutrients, so it is a soil improver rather than a growing medium. I mix it',
    'one to one with sieved compost for pots, and that has worked well for tomatoes and the dahlias.',
  ),
];
const h3 = 'Would I go back?';
const p4 = [
  j(
    'Probably not, although I will keep one sack of peat-free seed compost for the very fine sowings like lobelia. I ended this',
    'season with two empty sacks instead of nineteen, and the garden looks no worse for it.',
  ),
  'If you have tried sharing a bulk delivery on your street, I would love to hear how you split it fairly.',
];
const menu = ['Start here', 'Vegetables', 'Flowers', 'Compost & soil', 'About me'];
const comments = [
  j(
    'We did the shared bag thing on our road last year. We split it by buckets rather than barrows and kept a tally on the back',
    'of an envelope, which worked better than you would think.',
  ),
  'Buckets! Why did we not think of that. Next year, definitely.',
  'Do you put the council leaf mould straight onto the beds, or do you let it sit for a while first?',
];
const recent = ['Sowing sweet peas in loo roll tubes', 'The great slug audit of 2025', 'Rescuing a pot-bound fig'];
const cats = ['Compost & soil (14)', 'Flowers (31)', 'Vegetables (48)'];
const cmt = (id: number, who: string, when: string, text: string, depth: number): string => `<li id="comment-${id}" class="comment depth-${depth}">
<article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="${f}/avatar-${id}.png" class="avatar avatar-48 photo" height="48" width="48"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${id}"><time datetime="2026-04-02T09:12:00+01:00">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
const html = `<!DOCTYPE html>
<!-- saved from url=(0079)https://pottingsheddiaries.blog/2026/03/28/why-i-stopped-buying-compost-in-sacks/ -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – The Potting Shed Diaries</title>
<meta name="robots" content="max-image-preview:large"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="stylesheet" id="twentytwentyone-style-css" href="${f}/style.css" media="all">
<link rel="stylesheet" id="jetpack_css-css" href="${f}/jetpack.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","datePublished":"2026-03-28T08:00:00+00:00",
"author":{"@type":"Person","name":"Hettie Marchbank"}}</script>
<script src="${f}/jquery.min.js" id="jquery-core-js"></script><script src="${f}/wp-emoji-release.min.js" defer></script>
<script>var _wpcom_likes = {"postID":"2291","blogID":"118822"};</script></head>
<body class="post-template-default single single-post postid-2291 wp-embed-responsive is-light-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding">
<p class="site-title"><a href="https://pottingsheddiaries.blog/" rel="home">The Potting Shed Diaries</a></p>
<p class="site-description">A small garden, a big compost heap, and too many seeds</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container">
<ul id="primary-menu-list" class="menu-wrapper">${links(menu, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry category-compost-soil entry">
<header class="entry-header alignwide"><h1 class="entry-title">${title}</h1></header>
<div class="entry-content">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<ul class="wp-block-list">${lis(list)}</ul>
<figure class="wp-block-image size-large"><img src="${f}/compost-bays-1024x683.jpg" alt="Two wooden compost bays" width="1024" height="683">
<figcaption class="wp-element-caption">The two bays, built from old pallets in 2023.</figcaption></figure>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h3}</h2>
${ps(p4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li>
<li class="share-print"><a class="share-print sd-button" href="#"><span>Print</span></a></li></ul></div></div></div>
<div id="like-post-wrapper-118822-2291" class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="loading">Loading...</span></div></div>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published"
datetime="2026-03-28T08:00:00+00:00">28 March 2026</time></span><span class="byline">By <a href="/author/hettie/" rel="author">Hettie Marchbank</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorised as <a href="/category/compost-soil/" rel="category tag">Compost &amp; soil</a></span>
<span class="tags-links">Tagged <a href="/tag/bulk-bags/" rel="tag">bulk bags</a>, <a href="/tag/leaf-mould/" rel="tag">leaf mould</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/2026/03/14/" rel="prev">
<p class="meta-nav">Previous post</p><p class="post-title">Sowing sweet peas in loo roll tubes</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments on “${title}”</h2>
<ol class="comment-list">${cmt(501, 'Rosalind Ebb', '2 April 2026 at 9:12 am', comments[0] ?? '', 1)}
${cmt(502, 'Hettie', '2 April 2026 at 6:40 pm', comments[1] ?? '', 2)}
${cmt(507, 'Tom Garrowby', '5 April 2026 at 7:03 am', comments[2] ?? '', 1)}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="https://pottingsheddiaries.blog/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(recent)}</ul></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>${links(cats, 'cat-item')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">The Potting Shed Diaries</div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script src="${f}/twentytwentyone-responsive-embeds.js" id="twenty-twenty-one-responsive-embeds-script-js"></script>
<script src="${f}/sharing.min.js" id="sharing-js-js"></script></body></html>`;
export const chromeBlog: TestPage = {
  name: 'heldout269-chrome-complete-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...list, ...p3, ...p4]),
  bylines: [
    '28 March 2026',
    'Hettie Marchbank',
    'Rosalind Ebb',
    '2 April 2026 at 9:12 am',
    '2 April 2026 at 6:40 pm',
    'Hettie',
    'Tom Garrowby',
    '5 April 2026 at 7:03 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Potting Shed Diaries', 'A small garden, a big compost heap, and too many seeds', ...menu,
    'The two bays, built from old pallets in 2023.', 'Share this:', 'Facebook', 'Email', 'Print', 'Like this:', 'Loading...', 'Published',
    'Categorised as', 'Tagged', 'bulk bags', 'Previous post', `3 comments on “${title}”`, 'says:', ...comments, 'Reply',
    'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...recent, 'Categories',
    ...cats, 'Proudly powered by WordPress.',
  ],
};
