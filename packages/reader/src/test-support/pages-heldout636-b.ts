import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, trs } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file b: a long loom buying guide on WordPress with the GeneratePress theme (right sidebar, comparison
 * table, post navigation, comments and comment form).
 */
const gTitle = 'Choosing Your First Loom: Rigid Heddle, Table or Floor?';
const gIntro = [
  j(
    'Every month someone writes to ask which loom they should buy first, and every month my answer starts the same way: it depends',
    'less on the loom than on the cloth you want to make. A loom is a frame for holding threads under tension, and all of them do',
    'that well. What differs is how wide the cloth can be, how many patterns you can weave, how fast you can work and how much room',
    'the thing takes up in your house.',
  ),
  j(
    'I have woven on all three kinds for more than twenty years, and I have sold, swapped and regretted several of them. This guide',
    'is what I wish someone had told me before I spent my first wages on a loom that was far too big for my flat.',
  ),
];
const gStart = j(
  'Before you look at a single loom, write down three pieces you would like to have woven by this time next year. Scarves, tea',
  'towels, a rug, cloth for a jacket? Scarves and tea towels can be woven on almost anything. Rugs need a heavy, sturdy loom that',
  'can take hard beating. Patterned cloth such as twills, overshot and block weaves needs more shafts.',
);
const gRigid = [
  j(
    'A rigid heddle loom has a single heddle that lifts and lowers half the warp threads at a time. It is light, cheap, quick to',
    'warp and folds away under a bed. You can weave plain weave straight away, and with pick-up sticks or a second heddle you can',
    'weave simple textures and even twill.',
  ),
  j(
    'The drawbacks are width and speed. Most rigid heddle looms weave up to 80 cm, and pattern work with pick-up sticks is slow.',
    'But as a first loom it is very hard to beat, and it keeps its value well when you sell it on.',
  ),
];
const gRigidPros = [
  'costs between £150 and £350 new',
  'can be warped in an evening, straight from the yarn',
  'travels to classes and guild meetings in its own bag',
];
const gTable = j(
  'A table loom has four or eight shafts worked by hand levers. It opens up the whole world of pattern weaving at a fraction of',
  'the cost and size of a floor loom, and it is the loom most weaving schools use for sampling. The catch is that every shed is',
  'made by hand, so it is slow for long lengths, and it is too light for firm rugs.',
);
const gFloor = [
  j(
    'A floor loom is worked with treadles, so your hands stay free to throw the shuttle and beat. It is by far the fastest way to',
    'weave long lengths, and a good countermarch or jack loom will weave anything from fine linen to heavy rugs.',
  ),
  j(
    'It is also a piece of furniture. Even a folding floor loom needs a space about a metre and a half square, and a large',
    'countermarch loom can fill a small bedroom. Warping takes longer and usually needs a warping board or mill, a raddle and',
    'an afternoon without interruptions.',
  ),
];
const gRows: readonly (readonly string[])[] = [
  ['Rigid heddle', '30–80 cm', '1 heddle (2 with a second heddle)', '£150–£350'],
  ['Table loom', '40–70 cm', '4 or 8', '£450–£1,100'],
  ['Floor loom', '60–150 cm', '4 to 16', '£1,400–£5,000'],
];
const gUsed = j(
  'A second-hand loom can be a real bargain, but only if it is complete. Looms are often sold by families clearing a house, and',
  'missing parts can cost more than the loom. Before you hand over any money, check:',
);
const gChecks = [
  'that every shaft moves freely and none of the wood is split or warped',
  'that the reed is free of rust and the dent size is one you can use',
  'that the cloth and warp beams turn and the ratchets and pawls hold',
  'that the heddles are all there, and all of the same kind',
];
const gAsk = j(
  'Ask the seller whether the loom has been kept in a damp shed or a warm room, and whether they have the original',
  'instructions or the maker’s name. A known maker means spare parts can usually still be found.',
);
const gAdvice = [
  j(
    'If you are not sure, start with a rigid heddle loom of 60 or 70 cm. Weave on it for a year. If you find yourself wanting',
    'patterns, you will know more about what you want from a shaft loom than any guide can tell you, and your rigid heddle will',
    'still be useful for quick projects and for taking to classes.',
  ),
  j(
    'If you already know you want to weave rugs or long runs of cloth, and you have the room, go straight to a floor loom and',
    'look for a good second-hand one. It will be the last loom you buy for a very long time.',
  ),
];
const gHeads = [
  'Start with what you want to weave',
  'Rigid heddle looms',
  'Table looms',
  'Floor looms',
  'The three side by side',
  'Buying second hand',
  'Questions to ask the seller',
  'My advice',
];
const gNav = ['Home', 'Weaving', 'Spinning', 'Tutorials', 'About me'];
const gRecent = [
  'Sett and beat: why your cloth is too loose',
  'A rag rug from old bedsheets',
  'Winding a warp with a paddle',
  'Fixing a broken warp thread mid-project',
];
const gCats = ['Buying guides', 'Looms', 'Projects', 'Techniques'];
const gComments: readonly [string, string, string][] = [
  [
    'Rosalind Hebden',
    'March 4, 2026 at 8:12 am',
    j(
      'Thank you for the second-hand checklist. I nearly bought a floor loom last spring that turned out to have half its heddles',
      'missing. The seller said it was complete!',
    ),
  ],
  ['Ingrid Talmadge', 'March 4, 2026 at 10:40 am', 'Oh no! Heddles are the part everyone forgets to count. I hope you found a better one in the end.'],
  [
    'Piet Vanloo',
    'March 6, 2026 at 7:55 pm',
    'Would you say the same about an eight-shaft table loom for someone who only has a small flat? I am torn between that and a rigid heddle.',
  ],
];
const gComment = ([who, when, text]: readonly [string, string, string], i: number): string => `<li id="comment-${41 + i}"
class="comment ${who === 'Ingrid Talmadge' ? 'byuser comment-author-ingrid bypostauthor' : ''} even thread-even depth-1">
<article class="comment-body" id="div-comment-${41 + i}" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/0${i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo"
height="50" width="50" loading="lazy"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person"
itemscope><cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${41 + i}">
<time datetime="2026-03-04T08:12:00+00:00" itemprop="datePublished">${when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${41 + i}" data-commentid="${41 + i}" aria-label="Reply to ${who}">Reply</a></span></div></article></li>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} – The Warp Room</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="The Warp Room &raquo; Feed" href="https://thewarproom.blog/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Ingrid Talmadge"},"datePublished":"2026-03-03T09:00:00+00:00","dateModified":"2026-03-09T16:21:00+00:00","wordCount":1120}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://thewarproom.blog/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f5f0;color:#2b2b2b;}.posted-on .updated{display:none;}</style>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive right-sidebar nav-float-right
 separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://thewarproom.blog/" rel="home">
The Warp Room</a></p><p class="site-description" itemprop="description">Notes from a handweaver’s workroom</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg>
</span><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gNav, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-buying-guides category-looms"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://thewarproom.blog/wp-content/uploads/2026/03/three-looms.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="updated" datetime="2026-03-09T16:21:00+00:00" itemprop="dateModified">March 9, 2026</time><a href="https://thewarproom.blog/choosing-first-loom/"
title="9:00 am" rel="bookmark"><time class="entry-date published" datetime="2026-03-03T09:00:00+00:00" itemprop="datePublished">March 3, 2026</time></a></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://thewarproom.blog/author/ingrid/" title="View all posts by Ingrid Talmadge" rel="author" itemprop="url"><span class="author-name" itemprop="name">
Ingrid Talmadge</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gHeads[0]}</h2>
${ps([gStart])}
<h2 class="wp-block-heading">${gHeads[1]}</h2>
${ps(gRigid)}
<ul class="wp-block-list">${lis(gRigidPros)}</ul>
<h2 class="wp-block-heading">${gHeads[2]}</h2>
${ps([gTable])}
<figure class="wp-block-image size-large"><img src="https://thewarproom.blog/wp-content/uploads/2026/03/table-loom-1024x683.jpg" alt="" class="wp-image-2219">
<figcaption class="wp-element-caption">An eight-shaft table loom with its levers along the top</figcaption></figure>
<h2 class="wp-block-heading">${gHeads[3]}</h2>
${ps(gFloor)}
<h2 class="wp-block-heading">${gHeads[4]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Loom</th><th>Weaving width</th><th>Shafts</th><th>Price new</th></tr></thead>
<tbody>${trs(gRows)}</tbody></table></figure>
<h2 class="wp-block-heading">${gHeads[5]}</h2>
${ps([gUsed])}
<ol class="wp-block-list">${lis(gChecks)}</ol>
<h3 class="wp-block-heading">${gHeads[6]}</h3>
${ps([gAsk])}
<h2 class="wp-block-heading">${gHeads[7]}</h2>
${ps(gAdvice)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true">
</svg></span><span class="screen-reader-text">Categories </span><a href="/category/buying-guides/" rel="category tag">Buying guides</a>,
<a href="/category/looms/" rel="category tag">Looms</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous">
<span class="gp-icon icon-arrow-left"><svg aria-hidden="true"></svg></span>
<span class="prev"><a href="/sett-and-beat/" rel="prev">${gRecent[0]}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${gTitle}”</h3>
<ol class="comment-list">${gComments.map(gComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://thewarproom.blog/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8">
</textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://thewarproom.blog/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg aria-hidden="true"></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 The Warp Room</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">
GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script>
<script src="https://thewarproom.blog/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const generatePress: TestPage = {
  name: 'heldout636-generatepress-loom-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gIntro, gStart, ...gRigid, ...gRigidPros, gTable, ...gFloor, ...gRows.map(row), gUsed, ...gChecks, gAsk, ...gAdvice]),
  bylines: ['March 9, 2026', 'March 3, 2026', 'by Ingrid Talmadge', ...gComments.map(([w]) => w), ...gComments.map(([, d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Warp Room', 'Notes from a handweaver’s workroom', 'Menu', ...gNav.filter((t) => t !== 'Weaving'),
    'An eight-shaft table loom with its levers along the top', 'Categories', 'Buying guides', ...gRecent,
    `3 thoughts on “${gTitle}”`, ...gComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Comment', 'Email',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', 'Techniques',
    '© 2026 The Warp Room • Built with GeneratePress',
  ],
};

export const HELDOUT636_B: readonly TestPage[] = [generatePress];
