import { links, ps, type TestPage, texts } from './page-kit.js';
import { handMusic } from './pages-heldout314-f2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file f: a pet groomer's blog post on the WordPress GeneratePress theme (entry-meta "date by author",
 * a wp-block-image with caption, Jetpack sharing buttons and related posts, entry-meta footer with categories and tags,
 * post navigation, one comment with the reply form, a right sidebar and the copyright bar) and, from file f2, a music shop's
 * repair-service page written by hand.
 */
const pTitle = 'Why Matted Coats Have to Be Shaved (and How to Avoid It)';
const pIntro = [
  j(
    'Nobody likes hearing the word “shave” when they drop off a long-haired dog. We don’t like saying it either. But when a coat',
    'is matted close to the skin, clipping it short is usually the kindest thing we can do, and it is worth understanding why.',
  ),
];
const pWhat = [
  j(
    'A mat starts as a small tangle where loose undercoat gets caught in the outer coat, usually behind the ears, in the armpits,',
    'under the collar and around the back legs. Every time the dog gets wet or rolls over, the tangle tightens. Within a few',
    'weeks it can become a solid pad that pulls on the skin with every step.',
  ),
  j(
    'Under a heavy mat the skin cannot breathe. We regularly find sore, red patches, trapped grass seeds and, in summer, the',
    'occasional flea colony that the owner had no way of seeing.',
  ),
];
const pWhy = [
  j(
    'Brushing out a tight mat means pulling against skin that is already sore. On a small patch we can do it with detangling',
    'spray and patience. On a whole coat it would take hours of discomfort, and many dogs would never want to be groomed again.',
    'The Animal Welfare Act puts the dog’s comfort first, and so do we: “humanity before vanity”, as groomers say.',
  ),
  j('The good news is that hair grows back. A doodle clipped short in March will usually have a full, fluffy coat again by June.'),
];
const pAvoid = [
  'Brush right down to the skin two or three times a week, using a slicker brush followed by a metal comb.',
  'Dry your dog thoroughly after walks in the rain; damp coats mat fastest.',
  'Take off collars and harnesses at home, as friction under them is the most common cause of mats.',
  'Book a groom every six to eight weeks for doodles, poodle crosses and other non-shedding breeds.',
];
const pClose = j(
  'If you are not sure whether your brushing is reaching the skin, ask us at your next appointment. We are always happy to',
  'show you the technique on your own dog, free of charge.',
);
const pNav = ['Home', 'Services & Prices', 'Gallery', 'Blog', 'Book Now'];
const pRelated: [string, string][] = [
  ['Your Puppy’s First Groom: What to Expect', 'January 9, 2026'],
  ['The Right Brush for Every Coat', 'November 21, 2025'],
  ['Nail Clipping Without the Drama', 'October 3, 2025'],
];
const pSide = ['Opening Times', 'Tuesday to Saturday, 8:30am – 4:30pm', 'Find us at 5 Orchard Mews, Wellby'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} – Brush &amp; Bubbles Dog Grooming</title><meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T10:15:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":
"Why Matted Coats Have to Be Shaved","author":{"name":"Sadie Colquhoun"},"datePublished":"2026-03-02T10:15:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://brushandbubbles.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
</head><body class="post-template-default single single-post postid-512 single-format-standard wp-embed-responsive post-image-above-header
post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Brush &amp;
Bubbles</a></p>
<p class="site-description" itemprop="description">Friendly dog grooming in Wellby</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(
  pNav,
  'menu-item menu-item-type-post_type',
)}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-512" class="post-512 post type-post status-publish format-standard has-post-thumbnail hentry
category-grooming-tips tag-doodles tag-matting" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${pTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-03-02T10:15:00+00:00" itemprop="datePublished">March 2, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/sadie/" title="View all posts by Sadie Colquhoun" rel="author" itemprop="url"><span class="author-name" itemprop="name">Sadie Colquhoun</span>
</a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(pIntro)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/03/cockapoo-before-after.jpg"
alt="" class="wp-image-515"><figcaption class="wp-element-caption">Biscuit the cockapoo, before and after his spring clip.</figcaption></figure>
<h2 class="wp-block-heading">What a mat actually is</h2>
${ps(pWhat)}
<h2 class="wp-block-heading">Why we don’t brush them out</h2>
${ps(pWhy)}
<h2 class="wp-block-heading">How to keep the coat long</h2>
<ul class="wp-block-list">${pAvoid.map((a) => `<li>${a}</li>`).join('')}</ul>
<p>${pClose}</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook">
<span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="?share=x"><span>X</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=matted-coats"><span>Email</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display:block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
${pRelated
  .map(
    (r, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${480 + i}" data-post-format="false">
<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/?p=${480 + i}">${r[0]}</a></h4><p class="jp-relatedposts-post-date">${r[1]}</p>
<p class="jp-relatedposts-post-context">In "Grooming Tips"</p></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/grooming-tips/"
rel="category tag">Grooming Tips</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/doodles/" rel="tag">doodles</a>,
<a href="/tag/matting/" rel="tag">matting</a></span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/puppy-first-groom/" rel="prev">Your Puppy’s First Groom: What to Expect</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">One thought on “${pTitle}”</h3><ol class="comment-list">
<li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-88" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite
itemprop="name"
class="fn">Martin Obi</cite></div><div class="entry-meta comment-metadata"><a href="#comment-88"><time datetime="2026-03-03T18:40:00+00:00"
itemprop="datePublished">March 3, 2026 at 6:40 pm</time></a></div></div></footer><div class="comment-content" itemprop="text">
<p>Our labradoodle came back looking like a whippet last year and I was furious. This explains it. Brushing every other day now!</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment"
name="comment" cols="45" rows="8" required></textarea></p><input name="submit" type="submit" id="submit" class="submit" value="Post
Comment"></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-3" class="widget inner-padding
widget_block">
<h2 class="wp-block-heading">${pSide[0]}</h2><p>${pSide[1]}</p><p>${pSide[2]}</p></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">© 2026 Brush &amp; Bubbles</span> • Built with <a href="https://generatepress.example"
itemprop="url">GeneratePress</a>
</div></div></footer></div>
<script id="generate-menu-js">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script></body></html>`;
const gpGroomer: TestPage = {
  name: 'heldout314-wordpress-generatepress-pet-groomer-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['What a mat actually is', 'Why we don’t brush them out', 'How to keep the coat long'],
  body: texts([...pIntro, ...pWhat, ...pWhy, ...pAvoid, pClose]),
  bylines: ['March 2, 2026', 'Sadie Colquhoun'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brush & Bubbles', 'Friendly dog grooming in Wellby', 'Menu', 'Services & Prices', 'Gallery', 'Blog', 'Book Now',
    'Biscuit the cockapoo, before and after his spring clip.', 'Share this:', 'Facebook', 'Email', 'Related', ...pRelated.flat(), 'In "Grooming Tips"',
    'Grooming Tips', 'matting', `One thought on “${pTitle}”`, 'Martin Obi', 'March 3, 2026 at 6:40 pm',
    'Our labradoodle came back looking like a whippet last year and I was furious. This explains it. Brushing every other day now!', 'Reply',
    'Leave a Comment', ...pSide, '© 2026 Brush & Bubbles', 'Built with GeneratePress',
  ],
};

export const HELDOUT314_F: readonly TestPage[] = [gpGroomer, handMusic];
