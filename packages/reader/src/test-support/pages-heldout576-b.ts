import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file b: a holiday park's local area guide, a blog post on WordPress (GeneratePress) with a right sidebar,
 * post navigation and comments; its second page is in file b2.
 */
const gTitle = 'Things to do near Afon Elwy: a local’s guide';
const gParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'We get asked every morning at reception what there is to do around here, so we finally wrote it all down. These are the',
        'places we send our own friends and family, from the big walks to the best chips on the coast. Most are within twenty minutes',
        'of the park, and several you can reach on foot.',
      ),
    ],
  ],
  [
    'Walks from the park gate',
    [
      j(
        'The riverside path starts at the bottom of Field C and follows the Elwy upstream for three miles to Pont Gwyn. It is flat,',
        'mostly shaded and fine for pushchairs as far as the old mill. Beyond the mill it gets muddy after rain, so bring boots.',
      ),
      j(
        'For a bigger day, cross the road at the park entrance and take the bridleway up Moel Garw. The climb takes about an hour',
        'and the view from the top reaches the sea on a clear day. Come down the far side to the Drovers Arms and we will happily',
        'tell you the bus times back.',
      ),
    ],
  ],
  [
    'Beaches',
    [
      j(
        'Traeth Melyn is the nearest sandy beach, twenty minutes by car. It has a lifeguard in July and August, a café and toilets,',
        'and dogs are allowed at the western end all year. Parking fills up by ten on sunny days.',
      ),
      j(
        'If you prefer somewhere quieter, Porth Cerrig is a small shingle cove with rock pools at low tide. There are no facilities',
        'at all, and the path down is steep, but you will often have it to yourself.',
      ),
    ],
  ],
  [
    'Rainy days',
    [
      'Llanfor Slate Caverns: guided tours underground every half hour, warm coats advised even in summer.',
      'Elwy Valley Railway: a heritage steam line with a picnic stop at Cwm Du; trains run from Easter to October.',
      'The swimming pool and climbing wall at Abercrwys leisure centre, open until 9pm on weekdays.',
      'Ty Hen Pottery, where children can paint a mug and collect it, fired, the next day.',
    ],
  ],
  [
    'Eating out',
    [
      j(
        'The Drovers Arms does Sunday lunch that is worth the walk up the hill; book ahead in the holidays. In town, Siop Sglodion on',
        'the harbour serves the chips we mentioned, and Caffi Glan yr Afon is the place for breakfast and cakes.',
      ),
      j(
        'On Friday evenings in summer a wood-fired pizza van parks by our reception from five until eight. Order at the hatch and',
        'take your pizza back to your pitch.',
      ),
    ],
  ],
  [
    'Getting around without a car',
    [
      j(
        'The number 42 bus stops at the park entrance every hour and runs to Abercrwys and the coast. Bikes can be hired from',
        'reception by the half day or full day, and we have a map of quiet lanes that avoid the main road.',
      ),
    ],
  ],
];
const gCap = 'Looking west from the top of Moel Garw';
const gHtmlParts = gParts
  .map(([h, paras], i) => {
    const list = h === 'Rainy days' ? `<ul class="wp-block-list">\n${lis(paras)}\n</ul>` : ps(paras);
    const fig =
      i === 1
        ? `\n<figure class="wp-block-image size-large">
<img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/05/moel-garw-1024x683.jpg"
alt="" class="wp-image-815"><figcaption class="wp-element-caption">${gCap}</figcaption></figure>`
        : '';
    return `${h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`}${list}${fig}`;
  })
  .join('\n');
const gNav = ['Home', 'Touring', 'Static Caravans', 'Lodges', 'Things To Do', 'News', 'Contact'];
const gRecent = ['Our new eco shower block is open', 'Dates for the 2027 season', 'Meet the team: Dafydd, our warden'];
const gCats = ['Local Area', 'News', 'Park Updates'];
const gComments = [
  ['Gareth P', 'June 5, 2026 at 8:14 pm', 'Can confirm the chips are excellent. We walked the Moel Garw loop last week with two kids and it was fine.'],
  ['Sue Hatton', 'June 9, 2026 at 10:02 am', 'Is the pizza van there in September too?'],
  ['Afon Elwy Holiday Park', 'June 9, 2026 at 11:30 am', 'Hi Sue, it comes until the end of the school holidays, then on bank holiday weekends only.'],
];
const comment = ([who, when, text]: string[], id: number, reply = false): string =>
  `<li id="comment-${id}" class="comment${reply ? ' byuser comment-author-admin bypostauthor odd alt depth-2' : ' even thread-even depth-1'}">
<article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/${id}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}">
<time datetime="2026-06-05T20:14:00+01:00"
itemprop="datePublished">${when}</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${text}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}">Reply</a></span></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Things to do near Afon Elwy: a local’s guide - Afon Elwy Holiday Park</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Walks, beaches, rainy-day ideas and where to eat near the park.">
<link rel="canonical" href="https://afonelwy.co.uk/things-to-do-near-afon-elwy/"><meta property="article:published_time" content="2026-06-03T09:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Bethan Morys"},"datePublished":"2026-06-03T09:00:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.site-header{background-color:#fff}</style></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive post-image-above-header right-sidebar
nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="/" rel="home">Afon Elwy Holiday Park</a></p>
<p class="site-description" itemprop="description">Touring, camping and lodges in the Elwy valley</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-local-area"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="675" src="/wp-content/uploads/2026/05/elwy-valley.jpg"
class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-06-03T09:00:00+00:00" itemprop="datePublished">June 3, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/bethan/" title="View all posts by Bethan Morys" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Bethan Morys</span></a></span></span>
</div></header>
<div class="entry-content" itemprop="text">
${gHtmlParts}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/local-area/"
rel="category tag">Local Area</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/walks/" rel="tag">walks</a>,
<a href="/tag/beaches/" rel="tag">beaches</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">
<a href="/dates-for-the-2027-season/" rel="prev">Dates for the 2027 season</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${gTitle}”</h3><ol class="comment-list">
${comment(gComments[0] ?? [], 55)}</li>
${comment(gComments[1] ?? [], 58)}<ol class="children">${comment(gComments[2] ?? [], 59, true)}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment">
<label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s" title="Search for:"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget inner-padding widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Book your stay</h2>
<p>Touring pitches from £22 a night. Call 01632 960771 or book online.</p></div></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar">&copy; 2026 Afon Elwy Holiday Park &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a>
</div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
const afonElwy: TestPage = {
  name: 'heldout576-generatepress-area-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts(gParts.flatMap(([, p]) => p)),
  bylines: ['June 3, 2026', 'by Bethan Morys'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Afon Elwy Holiday Park', 'Touring, camping and lodges in the Elwy valley', ...gNav, gCap, 'Local Area', 'walks', 'beaches',
    'Dates for the 2027 season', `3 thoughts on “${gTitle}”`, ...gComments.flatMap((c) => c), 'Reply', 'Leave a Comment',
    'Save my name, email, and website in this browser for the next time I comment.', 'Recent Posts', ...gRecent,
    'Categories', 'News', 'Park Updates', 'Book your stay', 'Touring pitches from £22 a night. Call 01632 960771 or book online.',
    '© 2026 Afon Elwy Holiday Park • Built with GeneratePress',
  ]),
};

export const HELDOUT576_B: readonly TestPage[] = [afonElwy];
