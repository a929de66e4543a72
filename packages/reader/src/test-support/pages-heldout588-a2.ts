import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout588-kit.js';

/** Held-out batch 588, file a2: a butcher's cut guide on WordPress (GeneratePress) with a right sidebar, post navigation and comments. */
const gTitle = 'A Butcher’s Guide to Beef Cuts (and What to Do With Them)';
const gIntro = [
  j(
    'Most people who come to the counter know two or three cuts of beef and stick to them. That is a shame, because a side of beef',
    'has more than thirty useful cuts, and some of the cheapest are the ones we take home for ourselves.',
  ),
  j(
    'This guide works through the carcass from front to back, the way we break it down on the block. For each part we say what it',
    'is like, how to cook it and what to ask for if you want something a little different.',
  ),
];
const gSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Chuck and blade',
    [
      j(
        'The shoulder does a lot of work, so the meat is full of flavour and connective tissue. Chuck is the classic stewing steak:',
        'cut it into large pieces, brown it hard and give it at least two and a half hours in a low oven.',
      ),
      j(
        'Inside the blade is the flat iron, a thin, tender steak with a line of gristle down the middle. We trim the gristle out and',
        'sell the two halves as steaks. Cook them like a sirloin and rest them well.',
      ),
    ],
  ],
  [
    'Forerib',
    [
      j(
        'The forerib is the king of roasting joints. We sell it on the bone in two-, three- and four-bone joints, and each bone feeds',
        'two people generously. Ask us to chine it, so that carving is easy.',
      ),
      j('Taken off the bone, the eye of the rib becomes ribeye steak. The fat running through it melts as it cooks, so do not trim it off.'),
    ],
  ],
  [
    'Sirloin and fillet',
    [
      j(
        'Sirloin sits along the back behind the rib. It is lean on one side with a cap of fat on the other, and it makes a good roast',
        'as well as steaks. Score the fat and start it fat side down in the pan.',
      ),
      j(
        'The fillet runs underneath the sirloin. It is the most tender cut on the animal and the most expensive, but it has the',
        'least flavour. It suits quick cooking and strong sauces. The tail end makes very good stroganoff.',
      ),
    ],
  ],
  [
    'Rump',
    [
      j(
        'Rump is our favourite steak for flavour. It is made of several muscles that we separate for you: the cap, the eye and the',
        'heart. The heart of rump is the most tender and the best value steak in the shop.',
      ),
    ],
  ],
  [
    'Brisket and short rib',
    [
      j(
        'Brisket comes from the breast. We sell it rolled for pot roasting or flat for smoking. It needs long, slow cooking with some',
        'liquid, and it is even better the next day.',
      ),
      j('Short ribs are cut across the ribs from the plate. Braise them in red wine or ale for three hours until the meat falls off the bone.'),
    ],
  ],
  [
    'Skirt, flank and onglet',
    [
      j(
        'These are the butcher’s cuts, the ones we used to keep for ourselves. Skirt and onglet are coarse-grained and full of flavour.',
        'Cook them fast and hot, no further than medium rare, and always slice them across the grain.',
      ),
      j('Flank is leaner and works well marinated and grilled, or sliced thinly for a stir-fry.'),
    ],
  ],
  [
    'Shin and oxtail',
    [
      j(
        'Shin is the cheapest cut we sell and one of the best. Cut across the bone it becomes osso buco. The marrow in the middle',
        'enriches the sauce. Oxtail needs even longer but gives the deepest stew of all.',
      ),
    ],
  ],
];
const gTips = [
  'Tell us how many people you are feeding and how you plan to cook it, and we will suggest a cut.',
  'Ask for the bones for stock. We usually have them free on a Saturday.',
  'Let steaks come to room temperature for half an hour before cooking.',
  'Rest joints for at least as long as you would rest a steak, and longer for a big rib.',
];
const gOutro = j(
  'If you have any questions about a cut, just ask at the counter. We would much rather spend five minutes talking you through a',
  'piece of brisket than sell you another fillet you did not need.',
);
const gHeads = [...gSections.map((s) => s[0]), 'Five-minute tips at the counter'];
const gNav = ['Home', 'Shop', 'Meat Boxes', 'Recipes & Guides', 'About Us', 'Contact'];
const gRecent = ['How We Dry-Age Our Beef', 'Spring Lamb Is Back', 'What Is a Bavette?', 'Our New Sausage Range', 'Meet the Farmers: Heathcote Farm'];
const gCats = ['Guides', 'News', 'Recipes', 'Shop Updates'];
const gComments = [
  ['Sheila Marchant', 'March 4, 2026 at 7:12 am', 'Tried the heart of rump on your advice last week. Best steak we have had in years, thank you!'],
  ['Tom B.', 'March 5, 2026 at 9:48 pm', 'Do you do onglet every week or do I need to order it in advance?'],
  ['Oakhollow Meats', 'March 6, 2026 at 8:03 am', 'Hi Tom, only two per animal, so it is best to ring ahead on a Thursday.'],
];
const gComment = (c: readonly string[], i: number): string => `<li id="comment-${i + 41}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${i + 41}"><footer class="comment-meta"><img alt="" src="https://secure.gravatar.com/avatar/x?s=50"
class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">
${c[0]}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${i + 41}"><time datetime="2026-03-0${i + 4}">${c[1]}</time></a></div></div>
</footer><div class="comment-content" itemprop="text"><p>${c[2]}</p><span class="reply">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span>
</div></article></li>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Butcher&#8217;s Guide to Beef Cuts (and What to Do With Them) &#8211; Oakhollow Meats</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://oakhollowmeats.example/beef-cuts-guide/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"A Butcher’s Guide
to Beef Cuts",
"author":{"name":"Dennis Caraway"},"datePublished":"2026-03-03T08:00:00+00:00"}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://oakhollowmeats.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f5f2;color:#222;}.site-header{background:#3b1f1a;}</style></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://oakhollowmeats.example/" rel="home">Oakhollow Meats</a></p>
<p class="site-description" itemprop="description">Family butchers since 1968</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div></div>
</nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-guides tag-beef tag-cuts"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="675" src="https://oakhollowmeats.example/wp-content/uploads/2026/03/beef-side.jpg" class="attachment-full size-full
wp-post-image" alt=""></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle.replace('’', '&#8217;')}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-03-03T08:00:00+00:00" itemprop="datePublished">March 3, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/dennis/">
<span class="author-name" itemprop="name">Dennis Caraway</span>
</a></span></span></div></header><div class="entry-content" itemprop="text">
${ps(gIntro)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/chart.jpg" alt="Beef cuts chart">
<figcaption class="wp-element-caption">Our cutting chart, drawn by Ellie on the shop blackboard</figcaption></figure>
${gSections.map(([h, p]) => `<h2 class="wp-block-heading">${h}</h2>\n${ps(p)}`).join('\n')}
<h2 class="wp-block-heading">${gHeads[gHeads.length - 1]}</h2><ul class="wp-block-list">${lis(gTips)}</ul>
<p>${gOutro}</p></div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/guides/" rel="category tag">Guides</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/beef/" rel="tag">Beef</a>, <a href="/tag/cuts/" rel="tag">Cuts</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/spring-lamb/" rel="prev">Spring Lamb Is Back</a>
</span></div><div class="nav-next"><span class="next"><a href="/dry-age/" rel="next">How We Dry-Age Our Beef</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on &ldquo;A Butcher&#8217;s Guide to Beef Cuts&rdquo;</h3>
<ol class="comment-list">${gComments.map(gComment).join('\n')}</ol><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search">
<form method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field"
placeholder="Search &hellip;" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Opening Hours</h2><div class="textwidget">
<p>Mon–Fri 7.30am – 5.30pm<br>
Sat 7am – 4pm<br>Sun closed</p></div></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Oakhollow Meats</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const generatePress = page({
  name: 'heldout588-generatepress-beef-cuts',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [...gIntro, ...gSections.flatMap((s) => s[1]), ...gTips, gOutro],
  bylines: ['March 3, 2026', 'by Dennis Caraway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Oakhollow Meats', 'Family butchers since 1968', 'Menu', ...gNav, 'Our cutting chart, drawn by Ellie on the shop blackboard',
    'Guides', 'Beef', 'Cuts', 'Spring Lamb Is Back', 'How We Dry-Age Our Beef', '3 thoughts on “A Butcher’s Guide to Beef Cuts”',
    ...gComments.flat(), 'Reply', 'Leave a Comment', 'Recent Posts', ...gRecent, 'Categories', ...gCats, 'Opening Hours',
    'Mon–Fri 7.30am – 5.30pm', 'Sat 7am – 4pm', 'Sun closed', '© 2026 Oakhollow Meats • Built with GeneratePress',
  ],
});

export const HELDOUT588_A2: readonly TestPage[] = [generatePress];
