import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 8, file c (blog): a potter's essay on a Squarespace 7.1 site (sqs-block markup,
 * item pagination, newsletter block), and a bike shop's post on a Wix blog (data-hook markup).
 */
const kiln = [
  'Every spring I fire the wood kiln for five days, and every spring I forget how much of the work happens before the first match.',
  'The kiln eats about four cords of wood over a firing. Most of it is pine slab from the sawmill in Ferris, which burns ' +
    'hot and fast, with a cord of oak saved for the last day, when we want long, even coals to hold the temperature while ' +
    'the ash settles on the pots.',
  'Loading takes two full days. Each pot sits on small wads of clay mixed with alumina so it will not fuse to the shelf, ' +
    'and where it sits decides everything: near the firebox the ash builds into thick green runs; at the back, behind a ' +
    'wall of larger jars, a cup may come out almost bare, flashed orange where the flame licked past it.',
  'I used to draw a map of the load and try to predict the results. I have stopped. The kiln is honest but not ' +
    'predictable, and I have learned more from the pots I did not expect than from the ones I planned.',
  'The firing itself is a rota of six people in four-hour shifts. We stoke every five to seven minutes, watch the cones ' +
    'through the spy holes, and talk about nothing much. Around the third night the conversation always turns to food.',
  'It takes another three days for the kiln to cool enough to open. That is the hardest part of the whole thing, ' +
    'harder than the heat or the lack of sleep.',
  'This year the front stack came through beautifully, and we lost about a dozen pieces at the back to a shelf that ' +
    'cracked on the second day. The survivors will be in the studio sale on the first weekend of June.',
];
const essayHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
<title>What the kiln decides — Harriet Osei Ceramics</title>
<meta property="og:site_name" content="Harriet Osei Ceramics"><meta property="og:title" content="What the kiln decides">
<meta property="og:type" content="article"><meta itemprop="author" content="Harriet Osei">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Harriet Osei Ceramics"},"collection":{"title":"Journal"}};</script>
<link rel="stylesheet" href="https://static1.squarespace.com/static/versioned-site-css/site.css">
</head><body id="item-65e1" class="collection-type-blog view-item header-overlay-alignment-center">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Spring studio sale: June 7 and 8</p></div>
<span class="sqs-announcement-bar-close" aria-label="Close Announcement"></span></div>
<header id="header" class="header theme-col--primary"><div class="header-title-text"><a href="/">Harriet Osei Ceramics</a></div>
<nav class="header-nav-list">${links(['Work', 'Shop', 'Journal', 'About', 'Contact'], 'header-nav-item')}</nav>
<a class="header-actions-action--cart" href="/cart"><span class="sqs-cart-quantity">0</span></a></header>
<main id="page" role="main"><article class="sections" id="sections"><section class="page-section">
<div class="blog-item-wrapper"><article class="entry h-entry blog-item hentry author-harriet-osei post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title" data-content-field="title">What the kiln decides</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight">April 21</time></div>
<div class="blog-meta-item blog-meta-item--author"><span>Written By </span><a href="/journal?author=1">Harriet Osei</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content">
${ps(kiln.slice(0, 4), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/kiln-open.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Unloading the front stack, day nine.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(kiln.slice(4), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Join the mailing list</h2>
<div class="newsletter-form-header-description"><p>Hear about sales and firings first. No more than one email a month.</p></div>
<form><input name="email" placeholder="Email Address"><button class="newsletter-form-button"><span>Sign Up</span></button></form>
<div class="form-submission-text">Thank you!</div></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><span class="comment-count">0 Comments</span></div></div>
<div class="blog-item-pagination item-pagination"><a class="item-pagination-link item-pagination-link--prev" href="/journal/glazes">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Notes on a celadon that failed</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/sale">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Winter sale leftovers</h2></a></div>
</article></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">
<p>Studio visits by appointment</p><p>Ferris, Michigan</p></div>
<ul class="socials">${links(['Instagram', 'Email'])}</ul></section></footer>
</body></html>`;
const essay: TestPage = {
  html: essayHtml,
  name: 'heldout8-squarespace-essay',
  kind: 'blog',
  // hard calls: the announcement bar, the caption and the newsletter block (its own h2) are furniture, and the
  // pagination titles (h2) are furniture; "Written By Harriet Osei" and the bare date are bylines
  title: 'What the kiln decides',
  headings: [],
  body: texts(kiln),
  bylines: ['April 21', 'Harriet Osei'],
  furniture: [
    'Spring studio sale: June 7 and 8',
    'Harriet Osei Ceramics',
    'Work',
    'Shop',
    'Journal',
    'Contact',
    'Written By',
    'Unloading the front stack, day nine.',
    'Join the mailing list',
    'Hear about sales and firings first. No more than one email a month.',
    'Sign Up',
    'Thank you!',
    '0 Comments',
    'Previous',
    'Notes on a celadon that failed',
    'Winter sale leftovers',
    'Studio visits by appointment',
    'Ferris, Michigan',
    'Instagram',
  ],
};

const intro = [
  'Most bikes that come into the shop in March are not broken. They were just put away wet in November.',
  'A little care before the bike goes into the garage saves a lot of money in the spring. Here is what we do to our own ' +
    'bikes, in the order we do it. None of it needs special tools beyond a rag, a brush and a bottle of chain lube.',
];
const steps = [
  'Wash off the road salt. Salt is the single worst thing for a chain and for aluminium parts. Use warm water and a soft ' +
    'brush, never a pressure washer, which pushes grit into the bearings.',
  'Dry the bike, then lube the chain. Run the cranks backwards while you drip one drop on each roller, wait ten ' +
    'minutes, and wipe off everything you can. Lube on the outside of the chain only collects dirt.',
  'Pump the tyres to their normal pressure. A tyre left flat for months can crack along the sidewall where it sits on the floor.',
  'Take the battery out of your lights and any electric shifting, and store them indoors at room temperature.',
  'Hang the bike or stand it on a rack so the tyres are off cold concrete, and keep it away from the car’s exhaust.',
];
const outro = [
  'If the gears skipped or the brakes squealed this season, winter is the best time to book a tune-up. We are quiet from ' +
    'December to February and can usually turn a bike around in two days instead of two weeks.',
  'And if you ride all winter, which more of our customers do every year, come and ask about fenders and a second, ' +
    'cheaper chain you can throw away in April.',
];
const wixHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>How to put your bike away for the winter</title>
<meta property="og:title" content="How to put your bike away for the winter"><meta property="og:site_name" content="Spokesmith Cycles">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to put your bike away for the winter",
"author":{"@type":"Person","name":"Tomasz Lind"},"datePublished":"2024-11-04"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["blog"]}</script>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<header id="SITE_HEADER" class="wixui-header"><div class="wixui-rich-text"><p class="font_6">Spokesmith Cycles</p></div>
<nav aria-label="Site">
<ul class="wixui-dropdown-menu">${links(['Home', 'Services', 'Rentals', 'Blog', 'Book a Repair'], 'wixui-dropdown-menu__item')}</ul></nav>
</header>
<main id="PAGES_CONTAINER"><div data-hook="post-page"><article data-hook="post">
<div data-hook="post-header"><div class="avatar-name"><span data-hook="user-name">Tomasz Lind</span></div>
<ul data-hook="post-metadata"><li><span data-hook="time-ago">Nov 4, 2024</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul>
<button data-hook="more-button" aria-label="More actions"></button></div>
<h1 data-hook="post-title" class="blog-post-title-font">How to put your bike away for the winter</h1>
<div data-hook="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer">
${ps(intro, ' class="paragraph" dir="auto"')}
<h2 class="heading" dir="auto">Five steps before it goes in the garage</h2>
<ol class="ordered-list">${steps.map((s) => `<li><p class="paragraph" dir="auto">${s}</p></li>`).join('\n')}</ol>
<h2 class="heading" dir="auto">When to bring it in</h2>
${ps(outro, ' class="paragraph" dir="auto"')}
</div></div>
<div data-hook="post-footer"><ul data-hook="post-tags"><li><a href="/blog/tags/maintenance">maintenance</a></li><li>
<a href="/blog/tags/winter">winter</a></li></ul>
<div data-hook="share-buttons"><span>Share post</span></div>
<div data-hook="post-stats"><span data-hook="view-count">184 views</span><span data-hook="comment-count">2 comments</span>
<span data-hook="like-count">12</span></div></div>
</article>
<section data-hook="recent-posts"><h2>Recent Posts</h2><a href="/blog">See All</a><ul>
${links(['Tubeless or tubes? What we tell customers', 'Our spring rental fleet is here'])}
</ul></section>
<section data-hook="comments"><h2>Comments</h2><div data-hook="comment-box">Write a comment...</div></section>
</div></main>
<footer id="SITE_FOOTER"><p>412 Canal Street, Rochester NY</p><p>Open Tuesday to Saturday, 10 to 6</p>
<p>© 2024 by Spokesmith Cycles. Proudly created with Wix.com</p></footer>
</div></div></body></html>`;
const wix: TestPage = {
  html: wixHtml,
  name: 'heldout8-wix-blog',
  kind: 'blog',
  // hard calls: the list steps are body; "3 min read", views, likes and comment counts are furniture;
  // the recent-posts and comments sections are furniture; the author's name and date are bylines
  title: 'How to put your bike away for the winter',
  headings: ['Five steps before it goes in the garage', 'When to bring it in'],
  body: texts([...intro, ...steps, ...outro]),
  bylines: ['Tomasz Lind', 'Nov 4, 2024'],
  furniture: [
    'Spokesmith Cycles',
    'Services',
    'Rentals',
    'Book a Repair',
    '3 min read',
    'maintenance',
    'Share post',
    '184 views',
    '2 comments',
    'Recent Posts',
    'See All',
    'Tubeless or tubes? What we tell customers',
    'Our spring rental fleet is here',
    'Comments',
    'Write a comment...',
    '412 Canal Street, Rochester NY',
    'Open Tuesday to Saturday, 10 to 6',
    '© 2024 by Spokesmith Cycles. Proudly created with Wix.com',
  ],
};

export const HELDOUT8_C: readonly TestPage[] = [essay, wix];
