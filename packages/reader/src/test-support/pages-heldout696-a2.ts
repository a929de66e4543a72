import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout696-kit.js';

/**
 * Held-out batch 696, file a2: a dinghy club's regatta results post on WordPress (GeneratePress) with a results table, a sidebar
 * and comments.
 */
const gTitle = 'Autumn Series, Race 4: a late shift at the Pound mark';
const gIntro = [
  j(
    'Nineteen boats came out for the fourth race of the Autumn Series on Sunday, in a dying north-westerly that never made up its mind.',
    'Race officer Colm Dray set a windward-leeward course from the club line, with the Pound mark as the top buoy and two laps for all',
    'fleets.',
  ),
  j(
    'The Lasers had the best of the first beat, but a 30-degree shift halfway up the second lap turned the fleet inside out. Those who',
    'had gone left, under the trees on the Mallet shore, rounded the Pound mark in a line while the right-hand boats sat in a hole.',
  ),
  j(
    'Tamsin Loe in her Solo picked the shift early and held on to win on handicap by just under a minute. Second went to the Merlin',
    'of Ivo and Jess Brannock, who recovered from a messy gybe at the leeward gate.',
  ),
];
const gRows = [
  ['1', 'Solo', 'Tamsin Loe', '1142', '52:18', '45:48'],
  ['2', 'Merlin Rocket', 'Ivo & Jess Brannock', '980', '45:41', '46:37'],
  ['3', 'ILCA 7', 'Petroc Hale', '1100', '51:37', '46:55'],
  ['4', 'RS200', 'Nell Whitacre', '1046', '49:31', '47:21'],
  ['5', 'Wayfarer', 'Bryn Osgood', '1102', '52:29', '47:38'],
  ['6', 'ILCA 6', 'Anouk Fenner', '1145', '55:02', '48:04'],
];
const gAfter = [
  j(
    'Full results for all nineteen starters, including the two retirements, are on the results board in the clubhouse and in Sailwave',
    'on the results page. With one discard coming in after Race 5, the series is still wide open.',
  ),
  'Race 5 is on Sunday 25 October, first gun at 11:00. Please sign on by 10:30 and remember that the clocks go back the night before.',
];
const gHeads = ['Handicap results (top six)', 'Next race'];
const gNav = ['Home', 'Racing', 'Training', 'Membership', 'Social', 'Contact'];
const gRecent = ['Autumn Series, Race 3: the big blow', 'Work party: slipway repairs this Saturday', 'Junior training ends with a splash'];
const gEvents = ['Sun 25 Oct – Autumn Series Race 5', 'Sat 31 Oct – Laying-up supper', 'Sun 8 Nov – Remembrance Pursuit Race'];
const gComments = [
  ['Ray Pendeen', '12 October 2026 at 8:14 pm', 'Great write-up. That shift cost me four places, I was miles out on the right.'],
  ['Jess Brannock', '13 October 2026 at 9:02 am', 'Thanks Colm for a great course in tricky conditions. We will practise our gybes before Race 5!'],
];
const gComHtml = gComments
  .map(
    ([n, d, t], i) => `<li id="comment-${51 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${51 + i}"
 itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=50" class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info">
<div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${n}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${51 + i}"><time datetime="2026-10-12T20:14:00+01:00" itemprop="datePublished">${d}</time></a>
</div></div></footer><div class="comment-content" itemprop="text"><p>${t}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${51 + i}#respond">Reply</a></span></div></article></li>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; Harlow Creek Sailing Club</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Harlow Creek Sailing Club &raquo; Feed" href="https://harlowcreeksc.org.uk/feed/" />
<link rel='stylesheet' id='generate-style-css' href='https://harlowcreeksc.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all' />
<style id='generate-style-inline-css'>body{background-color:#efefef;color:#3a3a3a;}.site-header{background-color:#0b2f4f;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2026-10-12T18:40:11+00:00","author":{"name":"Colm Dray"}}]}</script>
</head>
<body class="post-template-default single single-post postid-2841 single-format-standard wp-embed-responsive right-sidebar nav-below-header
separate-containers
 header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://harlowcreeksc.org.uk/" rel="home">Harlow Creek Sailing Club</a></p>
<p class="site-description" itemprop="description">Dinghy racing and cruising on the Harlow since 1952</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon
icon-menu-bars">
<svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 96c0-13.255"/></svg></span><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu
sf-menu">${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div>
</div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2841" class="post-2841 post type-post status-publish format-standard has-post-thumbnail hentry category-race-results tag-autumn-series"
 itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
 src="https://harlowcreeksc.org.uk/wp-content/uploads/2026/10/race4-start.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"
decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-10-12T18:40:11+00:00" itemprop="datePublished">12 October
2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
 href="https://harlowcreeksc.org.uk/author/colm/" title="View all posts by Colm Dray" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Colm Dray</span></a>
</span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gHeads[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Pos</th><th>Class</th><th>Helm /
crew</th><th>PY</th><th>Elapsed</th>
<th>Corrected</th></tr></thead><tbody>${gRows.map((r) => tr(r)).join('\n')}</tbody></table></figure>
${ps([gAfter[0] ?? ''])}
<h2 class="wp-block-heading">${gHeads[1]}</h2>
${ps([gAfter[1] ?? ''])}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true"
 width="1em" height="1em"><path d="M0 112c0-26.51"/></svg></span><span class="screen-reader-text">Categories </span><a href="/category/race-results/"
rel="category tag">Race Results</a>
</span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/autumn-series/" rel="tag">Autumn Series</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">
<a href="/autumn-series-race-3/" rel="prev">${gRecent[0]}</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments">
<h3 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h3>
<ol class="comment-list">${gComHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
 href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform"
class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"
required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required />
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://harlowcreeksc.org.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search
for:">
</label><button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Coming up</h2><div
class="textwidget"><ul>${lis(gEvents)}</ul></div></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Harlow Creek Sailing Club</span> &bull; Built with
 <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://harlowcreeksc.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const generatePress: TestPage = {
  name: 'heldout696-generatepress-results',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, ...gRows.map(row), ...gAfter]),
  bylines: ['12 October 2026', 'by Colm Dray'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Harlow Creek Sailing Club', 'Dinghy racing and cruising on the Harlow since 1952', 'Menu', ...gNav, 'Categories', 'Race Results',
    'Tags', 'Autumn Series', ...gRecent, `2 thoughts on “${gTitle}”`, ...gComments.flat(), 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Search for:', 'Recent Posts', 'Coming up', ...gEvents, '© 2026 Harlow Creek Sailing Club • Built with GeneratePress',
  ],
};

export const HELDOUT696_A2: readonly TestPage[] = [generatePress];
