import { links, ps, type TestPage, texts } from './page-kit.js';
import { hut } from './pages-heldout367-c2.js';
import { j, lis } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file c: a hiking blog's trip report on WordPress with the GeneratePress theme (site header and
 * primary menu, entry header with the posted-on date and author, an affiliate disclosure, the entry content with figures and
 * a Jetpack gallery caption, the "Share this:" and "Like this:" blocks, Jetpack related posts, category and tag links, post
 * navigation, the comments with a reply form, the right sidebar widgets and the footer) and, from file c2, a mountain hut's
 * page built with Elementor.
 */
const wTitle = 'Trip report: two nights on the Scarrow Horseshoe in October';
const wIntro = [
  j(
    'I had been looking at the Scarrow Horseshoe on the map for three years before I finally walked it. It is not a long route, a',
    'little under 30 kilometres, but it links eight summits over 800 metres and there is no easy way off once you are on the eastern',
    'arm. I did it over two nights with my brother Callum at the very end of the season, and we had every kind of weather.',
  ),
];
const wDay1 = [
  j(
    'We left the car at the Glenmorrow forestry car park at half past ten, later than planned, and walked up the forest track to the',
    'bealach under Sgorr Dallan. The first summit came quickly, and by two o\u2019clock we were on the narrow crest to Meall Ruadh with',
    'the whole horseshoe laid out ahead of us.',
  ),
  j(
    'The wind picked up through the afternoon. We pitched on the flat shelf below the third summit, which I had picked from the',
    'contours and which turned out to be perfect: sheltered, with a tiny spring about fifty metres down the slope.',
  ),
];
const wDay2 = [
  j(
    'We woke to cloud down to the tents and light rain. The eastern arm is where the route gets serious, with two short scrambles on',
    'the ridge above Coire Fionn. Neither is hard in the dry, but wet schist is another matter, and we took the bypass path on the',
    'south side for the second one.',
  ),
  j(
    'By midday the cloud lifted and we had the best two hours of the trip, walking along the crest with the loch shining far below.',
    'We camped that night by the lochan under the last summit, where we were joined by a herd of red deer at dusk.',
  ),
];
const wDay3 = ['The last morning was short: one final summit, then a long, boggy descent to the forest and back to the car by eleven.'];
const wLessons = [
  'Water is scarce on the ridge after the first summit. The spring below the third summit and the lochan are the only sure sources.',
  'Take the bypass path above Coire Fionn in the wet. It is clearly trodden and adds only ten minutes.',
  'In October, daylight is the limit. We walked by head torch for the last half hour on the first day.',
  'A four-season tent was worth its weight on the first night, when the gusts were well over 60 km/h.',
];
const wOutro = [
  j(
    'Would I do it again? Absolutely, but in June, with long days and a bit more time to sit on the summits. If you have walked the',
    'horseshoe in the other direction, I would love to hear how the scrambles compare going up rather than down.',
  ),
];
const wMenu = ['Home', 'Trip reports', 'Gear', 'Route guides', 'About', 'Contact'];
const wRelated: [string, string][] = [
  ['Wild camping on the Dallan ridge: a beginner\u2019s guide', 'In "Route guides"'],
  ['My three-season shelter after 200 nights', 'In "Gear"'],
  ['A wet weekend on the Coire Liath round', 'In "Trip reports"'],
];
const wTags = ['bothies', 'ridge walks', 'wild camping'];
const wComments: [string, string, string][] = [
  ['Ishbel M', 'November 4, 2025 at 9:12 am', 'Great write-up. We did it anticlockwise last summer and the scrambles were much easier going up.'],
  ['Rory Tenant', 'November 6, 2025 at 7:48 pm', 'Thanks for the tip about the spring, that shelf looks like a perfect pitch.'],
];
const wRecent = ['Trip report: a winter night in Glas Bothy', 'How I plan a wild camp from the map', 'Gear review: the Tarn 2 tent'];
const wCats = ['Gear (14)', 'Route guides (22)', 'Trip reports (37)'];
const comment = ([who, when, text]: readonly [string, string, string], id: number): string => `<li id="comment-${id}" class="comment even thread-even
depth-1"><article class="comment-body" id="div-comment-${id}" itemscope itemtype="https://schema.org/Comment"><footer class="comment-meta">
<img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo" height="50" width="50">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${who}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${id}"><time datetime="2025-11-04T09:12:00+00:00" itemprop="datePublished">${when}</time></a>
</div></div></footer><div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span></div></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trip report: two nights on the Scarrow Horseshoe in October &#8211; Contour Lines</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://contourlines.example/scarrow-horseshoe-october/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Contour Lines">
<meta property="article:published_time" content="2025-11-02T18:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"author":{"name":"Fiona Strachan"},"datePublished":"2025-11-02T18:30:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://contourlines.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<link rel="stylesheet" id="jetpack_related-posts-css" href="https://contourlines.example/wp-content/plugins/jetpack/modules/related-posts/related-posts.css">
</head>
<body class="post-template-default single single-post postid-2417 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://contourlines.example/"
rel="home">Contour Lines</a></p><p class="site-description" itemprop="description">Hillwalking and wild camping in the far north</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-custom')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2417" class="post-2417 post type-post status-publish format-standard has-post-thumbnail hentry
category-trip-reports" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-on"><time
class="entry-date published" datetime="2025-11-02T18:30:00+00:00" itemprop="datePublished">November 2, 2025</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://contourlines.example/author/fiona/"
title="View all posts by Fiona Strachan" rel="author" itemprop="url"><span class="author-name" itemprop="name">Fiona Strachan</span></a></span></span>
</div></header>
<div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>This post contains affiliate links. If you buy through them I may earn a small commission.</em></p>
${ps(wIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://contourlines.example/wp-content/uploads/2025/11/scarrow-ridge-1024x683.jpg"
alt="" class="wp-image-2420"><figcaption class="wp-element-caption">Callum on the crest to Meall Ruadh, with the eastern arm behind.</figcaption></figure>
<h2 class="wp-block-heading">Day 1: Glenmorrow to the high shelf</h2>
${ps(wDay1)}
<h2 class="wp-block-heading">Day 2: the eastern arm</h2>
${ps(wDay2)}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped"><figure class="wp-block-image">
<img src="https://contourlines.example/wp-content/uploads/2025/11/lochan-camp.jpg"
 alt=""></figure><figcaption class="blocks-gallery-caption wp-element-caption">Camp by the lochan, and the deer that came to
visit.</figcaption></figure>
<h2 class="wp-block-heading">Day 3: down to the forest</h2>
${ps(wDay3)}
<h2 class="wp-block-heading">What I learned</h2>
<ul class="wp-block-list">${lis(wLessons)}</ul>
<p class="has-pale-cyan-blue-background-color has-background"><strong>Read more:</strong> <a href="https://contourlines.example/wild-camping-dallan/">Wild
camping on the Dallan ridge</a></p>
${ps(wOutro)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button share-icon" href="?share=x"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button
share-icon" href="?share=email"><span>Email</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder
post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${wRelated
  .map(
    ([t, c]) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="#">${t}</a></h4>
<p class="jp-relatedposts-post-context">${c}</p></div>`,
  )
  .join('\n')}</div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a
href="https://contourlines.example/category/trip-reports/" rel="category tag">Trip reports</a></span> <span class="tags-links"><span
class="screen-reader-text">Tags </span>${wTags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/glas-bothy-winter/" rel="prev">Trip
report: a winter night in Glas Bothy</a></span></div><div class="nav-next"><span class="next"><a href="/tarn-2-review/" rel="next">Gear review: the Tarn 2
tent</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3>
<ol class="comment-list">${wComments.map((c, i) => comment(c, 881 + i)).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label
for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">About me</h2><div class="textwidget"><p>I&#39;m Fiona, a hillwalker
from the far north. I write about long ridges, wet tents and good bothies.</p></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget inner-padding widget_block"><div class="wp-block-jetpack-subscriptions"><p>Get new trip reports by email.</p><button
type="submit" class="wp-block-button__link">Subscribe</button></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">© 2026 Contour Lines</span> • Built with <a href="https://generatepress.example"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://contourlines.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout367-wordpress-generatepress-trip-report',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Day 1: Glenmorrow to the high shelf', 'Day 2: the eastern arm', 'Day 3: down to the forest', 'What I learned'],
  body: texts([...wIntro, ...wDay1, ...wDay2, ...wDay3, ...wLessons, ...wOutro]),
  bylines: ['November 2, 2025', 'Fiona Strachan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Contour Lines', 'Hillwalking and wild camping in the far north', 'Menu', ...wMenu,
    'This post contains affiliate links. If you buy through them I may earn a small commission.',
    'Callum on the crest to Meall Ruadh, with the eastern arm behind.', 'Camp by the lochan, and the deer that came to visit.', 'Read more:',
    'Wild camping on the Dallan ridge', 'Share this:', 'Facebook', 'Email', 'Like this:', 'Loading...', 'Related', ...wRelated.flat(), ...wTags,
    'Trip report: a winter night in Glas Bothy', 'Gear review: the Tarn 2 tent', ...wComments.flat(), 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked', 'About me',
    "I'm Fiona, a hillwalker from the far north. I write about long ridges, wet tents and good bothies.", 'Recent Posts', ...wRecent, 'Categories',
    ...wCats, 'Get new trip reports by email.', 'Subscribe', '© 2026 Contour Lines', 'Built with', 'GeneratePress',
  ],
};

export const HELDOUT367_C: readonly TestPage[] = [wordpress, hut];
