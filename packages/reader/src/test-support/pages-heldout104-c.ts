import { links, ps, type TestPage, texts } from './page-kit.js';
import { bloggerReview } from './pages-heldout104-c2.js';

/**
 * Held-out batch 104, file c: a guest post on a self-hosted WordPress blog with the GeneratePress theme (the italic "This is
 * a guest post by ..." paragraph as the first paragraph of the entry content, the entry meta with date and author, a
 * Jetpack share bar and "Like" block, the guest's author box, post navigation, a comment list with two comments and the
 * reply form, the sidebar widgets and the footer) and, from file c2, a Blogger product review opened by a disclosure.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const wTitle = 'Five things I wish I had known before building my first raised beds';
const wGuest = 'This is a guest post by Hannah Corvell, who grows vegetables on a windy allotment in the Pennine foothills and writes about it at Plot 42.';
const wP1 = paras(`
Three springs ago I built four raised beds on my allotment over a single weekend, filled them with whatever soil I could get
cheaply, and planted everything at once. By July I had learned more from those beds than from any book. Here is what I would tell
anyone about to do the same.`);
const wH = [
  '1. Make them narrower than you think',
  '2. The soil matters more than the wood',
  '3. Paths need planning too',
  '4. Water from the start',
  '5. Leave one empty',
];
const wP = [
  paras(`
My first beds were 1.5 metres wide because that was the length of the boards I had. I could not reach the middle without
kneeling on the soil, which undid the whole point of having a bed you never step on. A width of 1.2 metres suits most people;
if you are shorter than average, go for a metre.`),
  paras(`
I filled two beds with cheap topsoil that turned out to be mostly subsoil and stones. Those beds grew stunted carrots for two
years. The other two, filled with a mix of topsoil and well-rotted manure, produced more than I could eat. If your budget is
tight, spend it on what goes inside the beds, not on the timber.`),
  paras(`
I left gaps of 30 centimetres between beds. That seemed plenty until I tried to get a wheelbarrow between them. Make the main
path at least 60 centimetres wide, and cover it with cardboard and woodchip in the first year so you are not weeding it forever.`),
  paras(`
Raised beds drain quickly, which is good in a wet spring and a problem in a dry summer. I lost a row of lettuce in a June
heatwave before I set up a simple leaky hose. If you can, lay the hose before you plant, while you can still see where it goes.`),
  paras(`
This was the advice I ignored and most regret. Keeping one bed free for the first season gives you somewhere to put the plants
you buy on impulse, the seedlings a neighbour gives you, and the crops you realise too late you wanted. Mine would have held
a lot of squash.`),
];
const wP2 = paras(`
None of this is complicated, and all of it is cheaper to get right at the start than to fix later. My beds are still going,
and the two with bad soil finally caught up last year after a lot of compost. Good luck with yours.`);
const wNav = ['Home', 'Start Here', 'Vegetables', 'Fruit', 'Wildlife Gardening', 'About', 'Contact'];
const wShare = [
  'Share this:',
  'Click to share on Facebook (Opens in new window)',
  'Facebook',
  'Click to email a link to a friend (Opens in new window)',
  'Email',
] as const;
const wBio =
  'Hannah Corvell has kept an allotment for nine years and runs a seed swap in her village every March. She writes about growing food in a cold, windy ' +
  'place at Plot 42.';
const wComments = [
  ['Derek P.', 'March 12, 2025 at 8:41 am', 'Number three is so true. I can barely get a bucket down my paths, never mind a barrow.'],
  ['Sunita', 'March 13, 2025 at 6:02 pm', 'Great tips. Did you line the bottom of the beds with anything, or put them straight on the grass?'],
];
const wSide = ['Search for:', 'Search', 'Recent Posts', 'Sowing broad beans in autumn: is it worth it?', 'A year of no-dig on the top terrace', 'Categories'];
const wCats = ['Allotment Diary', 'Guest Posts', 'Raised Beds', 'Seeds'];
const wForm = ['Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; The Thrifty Plot</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="The Thrifty Plot &raquo; Feed" href="https://thethriftyplot.example/feed/">
<link rel="stylesheet" id="generate-style-css" href="https://thethriftyplot.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Hannah Corvell"},"datePublished":"2025-03-11T07:00:00+00:00","articleSection":["Guest Posts","Raised Beds"]}]}</script>
<script src="https://thethriftyplot.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2817 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title" itemprop="headline"><a href="https://thethriftyplot.example/" rel="home">The Thrifty Plot</a></p>
<p class="site-description" itemprop="description">Growing more food for less money</p></div>
<nav class="main-navigation" id="site-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">${links(wNav, 'menu-item')}</ul></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-2817" class="post-2817 post type-post status-publish format-standard has-post-thumbnail hentry category-guest-posts category-raised-beds">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-11T07:00:00+00:00">March 11, 2025</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="https://thethriftyplot.example/author/hcorvell/" rel="author">
<span class="author-name">Hannah Corvell</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<p><em>${wGuest}</em></p>
${ps(wP1)}
${wH.map((h, i) => `<h2 class="wp-block-heading">${h}</h2>\n${ps(wP[i] ?? [])}`).join('\n')}
${ps(wP2)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">${wShare[0]}</h3>
<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook"
title="${wShare[1]}"><span>${wShare[2]}</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="?share=email"
title="${wShare[3]}"><span>${wShare[4]}</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper-2817"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span>
</div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/guest-posts/" rel="category tag">Guest Posts</a>, <a href="/category/raised-beds/" rel="category tag">Raised Beds</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/broad-beans-autumn/" rel="prev">
Sowing broad beans in autumn: is it worth it?</a></span></div></nav></footer>
<div class="author-box"><div class="avatar"><img alt="" src="https://secure.gravatar.example/avatar/3f1c?s=80&amp;d=mm" width="80" height="80"></div>
<h4 class="author-title">About Hannah Corvell</h4><p class="author-description">${wBio}</p></div>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3><ol class="comment-list">
${wComments
  .map(
    ([n, d, t]) => `<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info">
<cite itemprop="name" class="fn">${n}</cite><div class="entry-meta comment-metadata"><a href="#comment"><time>${d}</time></a></div></div></footer>
<div class="comment-content"><p>${t}</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${wForm[0]}</h3><form class="comment-form">
<p class="comment-notes"><span id="email-notes">${wForm[1]}</span> <span class="required-field-message">${wForm[2]}</span></p>
<p class="comment-form-comment"><label for="comment">${wForm[3]}</label><textarea id="comment"></textarea></p><label for="author">${wForm[4]}</label>
<input id="author"><label for="email">${wForm[5]}</label><input id="email"><label for="url">${wForm[6]}</label><input id="url">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search">
<form method="get" class="search-form"><label><span class="screen-reader-text">${wSide[0]}</span><input type="search" class="search-field"></label>
<button class="search-submit" aria-label="Search">${wSide[1]}</button></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">${wSide[2]}</h2><ul>${links(wSide.slice(3, 5))}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">${wSide[5]}</h2><ul>${links(wCats, 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="copyright-bar">© 2025 The Thrifty Plot • Built with
<a href="https://generatepress.example">GeneratePress</a></div></footer></div>
<script id="generate-menu-js" src="https://thethriftyplot.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
const guestPost: TestPage = {
  name: 'heldout104-wordpress-generatepress-guest-post',
  kind: 'blog',
  html: wHtml,
  // the italic guest-post note is furniture though it is the first paragraph of the entry content; the guest's name in the
  // entry meta and the date are bylines, her author box is furniture; the comments (a blog's reader comments) are furniture
  title: wTitle,
  headings: wH,
  body: texts([...wP1, ...wP.flat(), ...wP2]),
  bylines: ['March 11, 2025', 'by Hannah Corvell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Thrifty Plot', 'Growing more food for less money', 'Menu', ...wNav, wGuest, wShare[0], wShare[2], wShare[4], 'Like this:',
    'Loading...', 'Sowing broad beans in autumn: is it worth it?', 'About Hannah Corvell', wBio, `2 thoughts on “${wTitle}”`,
    ...wComments.flat(), 'Reply', ...wForm, ...wSide, ...wCats, 'Built with GeneratePress',
  ],
};

export const HELDOUT104_C: readonly TestPage[] = [guestPost, bloggerReview];
