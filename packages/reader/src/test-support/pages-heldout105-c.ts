import { links, ps, type TestPage, texts } from './page-kit.js';
import { genesisPost } from './pages-heldout105-c2.js';

/**
 * Held-out batch 105, file c: a WordPress.com blog post on a classic theme with Jetpack (skip link, site title and
 * description, the menu, the entry meta with date and author, the post text closed by a "buy me a coffee" line and button,
 * the sharedaddy "Share this:" bar, "Like this:" with its "Loading..." placeholder, Jetpack "Related" posts, categories and
 * tags, post navigation, the comment form, the sidebar widgets, the footer credit and the hidden actionbar) and, from file
 * c2, a Genesis Framework blog post closed by "This post first appeared on ..." and "Filed Under:".
 */
const wpTitle = 'Walking the old drovers’ road from Carnmoor to Ellisfield in two days';
const wpP1 = [
  'For a few hundred years, before the railway reached the valley, cattle from the hill farms around Carnmoor were walked to the ' +
    'market at Ellisfield along a track that crosses the moor in a long, lazy curve. Most of it still exists, and last weekend I ' +
    'finally walked the whole 38 kilometres of it.',
  'I split it over two days with a night at the bunkhouse in Greyholm, which is roughly halfway and the only place to sleep on the ' +
    'route unless you carry a tent.',
];
const wpH1 = 'Day one: Carnmoor to Greyholm';
const wpP2 = [
  'The track leaves Carnmoor past the old pound, a walled enclosure where the drovers gathered the herds before setting off. It ' +
    'climbs steadily for the first five kilometres, and the views back down the valley are the best of the whole walk.',
  'After that the moor flattens out and the walking is easy, if a bit boggy after the wet spring. The track is marked by a line ' +
    'of standing stones every few hundred metres, which the drovers are said to have used in fog. I was grateful for them when the ' +
    'cloud came down around two in the afternoon.',
  'I reached Greyholm just after five. The bunkhouse has twelve beds, a wood stove and a kitchen, and costs £22 a night. Book ' +
    'ahead: it was full on a Saturday in May.',
];
const wpH2 = 'Day two: Greyholm to Ellisfield';
const wpP3 = [
  'The second day is shorter but has the only tricky section, a ford across the Tarrant Water that can be impassable after heavy ' +
    'rain. There is a footbridge about a kilometre upstream if you need it; the detour adds half an hour.',
  'From the ford the track drops gently through birch woods and old hay meadows into Ellisfield, arriving at the top of the ' +
    'market square, more or less where the cattle would once have been sold.',
];
const wpH3 = 'What to take';
const wpList = [
  'A map and compass. Phone signal disappears for most of the first day.',
  'Waterproof boots, or at least gaiters, for the boggy stretch.',
  'Food for both days. There is no shop in Greyholm.',
  'A sleeping bag liner for the bunkhouse.',
];
const wpP4 = ['I would happily do it again, maybe in autumn when the heather is out. If you walk it, let me know how you get on in the comments.'];
const wpCoffee = 'If you enjoyed this post, consider buying me a coffee. It helps keep the blog ad-free.';
const wpCoffeeBtn = 'Buy me a coffee';
const wpSite = ['Footnotes from the Fells', 'Long walks, old roads and the odd pint'];
const wpMenu = ['Home', 'Routes', 'Gear', 'About', 'Contact'];
const wpBylines = ['May 27, 2025', 'Ivor Pennant'];
const wpShare = ['Share this:', 'Facebook', 'X', 'Email', 'Print', 'More'];
const wpLike = ['Like this:', 'Like', 'Loading...'];
const wpRelated = [
  'Related',
  'The lost inns of the Tarrant valley',
  'Three short winter walks from Ellisfield',
  'In "Routes"',
  'April 3, 2025',
  'January 15, 2025',
];
const wpMeta = ['Posted in', 'Routes', 'Tagged', 'drove roads', 'moorland', 'multi-day walks'];
const wpNav = ['Previous Post', 'A spring evening on Hollin Edge', 'Next Post', 'Repairing a twenty-year-old rucksack'];
const wpForm = ['Leave a comment', 'Cancel reply', 'Write a Comment...', 'Email (Required)', 'Name (Required)', 'Website'];
const wpSide = [
  'Search',
  'Follow Blog via Email',
  'Enter your email address to follow this blog and receive notifications of new posts by email.',
  'Follow',
  'Recent Posts',
  'A spring evening on Hollin Edge',
  'Archives',
  'May 2025',
  'April 2025',
  'March 2025',
];
const wpFoot = [
  'Blog at WordPress.com.',
  'Subscribe',
  'Subscribed',
  'Already have a WordPress.com account? Log in now.',
  'Copy shortlink',
  'Report this content',
  'View post in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Walking the old drovers’ road from Carnmoor to Ellisfield in two days – Footnotes from the Fells</title>
<link rel="canonical" href="https://footnotesfromthefells.wordpress.example/2025/05/27/walking-the-old-drovers-road/">
<meta property="og:type" content="article"><meta property="og:title" content="${wpTitle}"><meta property="og:site_name" content="${wpSite[0]}">
<meta name="generator" content="WordPress.com"><link rel="stylesheet" id="all-css-0" href="https://s0.wp.example/_static/??-eJx9jEEKAjEMRS9k.css">
<script>var _tkq = _tkq || [];_tkq.push(['identifyUser', 0]);</script></head>
<body class="post-template-default single single-post postid-2184 single-format-standard wp-embed-responsive customizer-styles-applied highlander-enabled">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${wpSite[0]}</a></p>
<p class="site-description">${wpSite[1]}</p></div><nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(wpMenu, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-2184" class="post-2184 post type-post status-publish format-standard hentry category-routes">
<header class="entry-header"><h1 class="entry-title">${wpTitle}</h1><div class="entry-meta"><span class="posted-on"><a href="/2025/05/27/" rel="bookmark">
<time class="entry-date published" datetime="2025-05-27T19:40:12+01:00">May 27, 2025</time></a></span>
<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/ivorpennant/">Ivor Pennant</a></span></span></div></header>
<div class="entry-content">
${ps(wpP1)}
<h2 class="wp-block-heading">${wpH1}</h2>
${ps(wpP2)}
<h2 class="wp-block-heading">${wpH2}</h2>
${ps(wpP3)}
<h2 class="wp-block-heading">${wpH3}</h2>
<ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wpP4)}
<hr class="wp-block-separator has-alpha-channel-opacity">
<p class="has-text-align-center"><em>${wpCoffee}</em></p>
<div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="https://www.buymeacoffee.example/ivorpennant">${wpCoffeeBtn}</a></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">${wpShare[0]}</h3><div class="sd-content"><ul>
${wpShare
  .slice(1)
  .map(
    (t) =>
      `<li class="share-${t.toLowerCase()}"><a class="share-${t.toLowerCase()} sd-button share-icon" href="?share=${t.toLowerCase()}"><span>${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper">
<h3 class="sd-title">${wpLike[0]}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>${wpLike[1]}</span></span>
<span class="loading">${wpLike[2]}</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${wpRelated[0]}</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/04/03/lost-inns/">${wpRelated[1]}</a></h4>
<p class="jp-relatedposts-post-date">${wpRelated[4]}</p><p class="jp-relatedposts-post-context">${wpRelated[3]}</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/01/15/winter-walks/">${wpRelated[2]}</a></h4>
<p class="jp-relatedposts-post-date">${wpRelated[5]}</p><p class="jp-relatedposts-post-context">${wpRelated[3]}</p></div></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">${wpMeta[0]} <a href="/category/routes/" rel="category tag">${wpMeta[1]}</a></span>
<span class="tags-links">${wpMeta[2]} <a href="/tag/drove-roads/">${wpMeta[3]}</a>, <a href="/tag/moorland/">${wpMeta[4]}</a>, <a
href="/tag/multi-day-walks/">${wpMeta[5]}</a></span>
</footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/05/12/hollin-edge/" rel="prev"><span class="meta-nav">${wpNav[0]}</span> <span class="post-title">${wpNav[1]}</span>
</a></div>
<div class="nav-next"><a href="/2025/06/02/rucksack/" rel="next"><span class="meta-nav">${wpNav[2]}</span> <span class="post-title">${wpNav[3]}</span></a>
</div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${wpForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${wpForm[1]}</a></small></h3>
<form id="commentform" class="comment-form"><div class="comment-form__verbum"><textarea id="comment" placeholder="Write a Comment..."></textarea>
<label for="comment">${wpForm[2]}</label><label for="email">${wpForm[3]}</label><input id="email"><label for="author">${wpForm[4]}</label>
<input id="author"><label for="url">${wpForm[5]}</label><input id="url"></div></form></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field"></label><input type="submit" class="search-submit" value="Search"><button>${wpSide[0]}</button></form></section>
<section class="widget widget_blog_subscription jetpack_subscription_widget"><h2 class="widget-title">${wpSide[1]}</h2><p>${wpSide[2]}</p>
<button type="submit">${wpSide[3]}</button></section><section class="widget widget_recent_entries"><h2 class="widget-title">${wpSide[4]}</h2>
<ul><li><a href="/2025/05/12/hollin-edge/">${wpSide[5]}</a></li></ul></section>
<section class="widget widget_archive"><h2 class="widget-title">${wpSide[6]}</h2><ul>${links(wpSide.slice(7))}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/?ref=footer_blog" rel="nofollow">${wpFoot[0]}</a></div>
</footer></div>
<div id="actionbar" class="actnbr-pub-apostrophe-2 actnbr-has-follow actnbr-has-actions" style="display: none;"><ul>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>${wpFoot[1]}</span></a>
<span class="actnbr-actn-following"><span>${wpFoot[2]}</span></span><div class="actnbr-popover"><div class="actnbr-login-nudge">
<div>${wpFoot[3]}</div></div></div></li><li class="actnbr-ellipsis actnbr-hidden"><div class="actnbr-popover"><ul>
${wpFoot
  .slice(4)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('\n')}</ul></div></li></ul></div>
<script src="https://s0.wp.example/_static/??-eJyNj0EOgjAQRS9kGUFU3BhP0pQWmA.js" defer></script></body></html>`;
const wpcomPost: TestPage = {
  html: wpHtml,
  name: 'heldout105-wordpresscom-blog-coffee',
  kind: 'blog',
  // the coffee line and its button after the separator, and the Jetpack share/like/related blocks inside entry-content, are
  // furniture; "Search for:" is screen-reader text and "Post navigation" a screen-reader heading (both furniture)
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3],
  body: [...texts(wpP1), ...texts(wpP2), ...texts(wpP3), ...texts(wpList), ...texts(wpP4)],
  bylines: wpBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wpSite, 'Menu', ...wpMenu, wpCoffee, wpCoffeeBtn, ...wpShare, ...wpLike, ...wpRelated, ...wpMeta.filter((t) => t !== 'Routes'),
    'Post navigation', ...wpNav, ...wpForm, 'Search for:', ...wpSide, ...wpFoot,
  ],
};

export const HELDOUT105_C: readonly TestPage[] = [wpcomPost, genesisPost];
