import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file a2: a fancy dress shop's 1920s costume guide on WordPress (GeneratePress, right sidebar), with a
 * captioned figure, post navigation, two comments and the comment form.
 */
const gTitle = 'How to dress for a 1920s party: our costume guide';
const gBlocks: Block[] = [
  j(
    'Roaring Twenties parties are the most requested theme in our diary, and for good reason: the look is glamorous, it works for',
    'every age and shape, and it is easy to get right once you know what the decade actually wore. This guide walks through the',
    'pieces we lay out at a fitting, from the dress to the last string of beads.',
  ),
  { h: 'The flapper dress' },
  j(
    'The classic 1920s dress hangs straight from the shoulder with a dropped waist at the hip. It was never tight: women were',
    'dancing the Charleston in these, and the whole point was freedom of movement. Look for a hem just below the knee, a',
    'straight neckline or a shallow V, and fabric that moves when you do.',
  ),
  j(
    'Fringe is what everyone asks for, but beading and sequins are just as true to the period, and they photograph better under',
    'party lights. In our hire stock the beaded shifts in black, champagne and deep green are booked first every December.',
  ),
  { h: 'Hair and headpieces' },
  j(
    'Short hair was the statement of the decade. If yours is long, pin it up and under into a faux bob, or let us fit one of our',
    'finger-wave wigs. A headband worn low across the forehead finishes the look. Feathered bands are the party favourite;',
    'a simple jewelled band is more elegant for a dinner.',
  ),
  {
    ul: [
      'Faux bob: curl the ends under, pin at the nape and fix the sides flat with gel.',
      'Finger waves: set with clips on damp hair and leave until fully dry.',
      'Cloche hat: for a daytime garden party rather than an evening do.',
    ],
  },
  { h: 'Shoes and stockings' },
  j(
    'T-bar and Mary Jane shoes with a low, chunky heel are right for the period and kind to your feet after a night of dancing.',
    'Stockings were seamed and usually nude or black. Avoid stilettos: they are thirty years too late and you will regret them',
    'by midnight.',
  ),
  { h: 'For the gents' },
  j(
    'Men have two easy routes. The gangster look is a pinstripe three-piece suit, a dark shirt, a white or cream tie and a',
    'fedora. The Gatsby look is lighter: a cream or pale grey suit, a waistcoat, a bow tie and two-tone brogues. Either way,',
    'braces rather than a belt, and a pocket square.',
  ),
  j(
    'Hair should be short at the sides and slicked back with plenty of product. A pencil moustache is optional but popular;',
    'we sell a stick-on version at the counter for those not willing to grow one.',
  ),
  { h: 'Accessories that finish the look' },
  {
    ul: [
      'A long string of pearls, knotted at the chest or worn down the back.',
      'Long satin gloves, above the elbow, in black or white.',
      'A cigarette holder (unlit, please, and we supply them without the cigarette).',
      'A feather boa, draped rather than wrapped.',
      'For men, a pocket watch on a chain and a pair of spats.',
    ],
  },
  { h: 'Hiring or buying?' },
  j(
    'A party-shop flapper dress will do for one night, but the fringe tangles, the seams are light and it rarely fits well.',
    'Our hire dresses are weighted, lined and altered to you at the fitting, and they cost less than a good one would to buy.',
    'If you want to keep your outfit, we also sell retired hire stock in the shop at the end of each season.',
  ),
  j(
    'Book your fitting at least two weeks before the party, and a month ahead in December. Bring the shoes you mean to wear and',
    'we will set the hem to them.',
  ),
].map((b) => (typeof b === 'string' ? { p: b } : b));
const gDate = 'March 3, 2026';
const gAuthor = 'Imogen Tarrant';
const gNav = ['Hire', 'Party shop', 'Costume guides', 'Fittings', 'Visit us'];
const gRecent = ['Hen party costumes that still let you dance', 'Caring for a hired wig', 'World Book Day: twelve characters under £20 to hire'];
const gCats = ['Costume guides', 'News from the shop', 'Theatre hire'];
const gComments = [
  ['Priya', 'March 5, 2026 at 9:14 pm', 'Hired the green beaded dress from you last year and got stopped all night. Booking again for my sister now!'],
  ['Tom H', 'March 6, 2026 at 8:02 am', 'Do you do the gangster suits in bigger sizes? I need a 48 chest.'],
];
const gCommentHtml = gComments
  .map(
    ([who, when, text], i) => `<li id="comment-${88 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${88 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/x?s=50"
class="avatar avatar-50 photo" height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"
itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata">
<a href="#comment-${88 + i}"><time datetime="2026-03-0${5 + i}" itemprop="datePublished">${when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${88 + i}#respond"
aria-label="Reply to ${who}">Reply</a></span></div></article></li>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to dress for a 1920s party: our costume guide &#8211; Mothball Fancy Dress</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Mothball Fancy Dress &raquo; Feed" href="https://mothballfancydress.co.uk/feed/" />
<link rel='stylesheet' id='generate-style-css' href='https://mothballfancydress.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1'
media='all' /><style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.entry-title{font-size:34px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2026-03-03T10:12:44+00:00","author":{"name":"${gAuthor}"}}]}</script></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://mothballfancydress.co.uk/" rel="home">Mothball Fancy Dress</a></p>
<p class="site-description" itemprop="description">Costume hire and party shop since 1987</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars">
<svg viewBox="0 0 512 512" aria-hidden="true"></svg></span><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-412" class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry
category-costume-guides tag-1920s" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="https://mothballfancydress.co.uk/wp-content/uploads/2026/03/flapper-rail.jpg" class="attachment-full size-full wp-post-image"
alt="Beaded flapper dresses on a hire rail" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-03-03T10:12:44+00:00" itemprop="datePublished">${gDate}</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://mothballfancydress.co.uk/author/imogen/"
title="View all posts by ${gAuthor}" rel="author" itemprop="url"><span class="author-name" itemprop="name">${gAuthor}</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${render(gBlocks.slice(0, 4), { ul: ' class="wp-block-list"' })}
<figure class="wp-block-image size-large"><img src="https://mothballfancydress.co.uk/wp-content/uploads/2026/03/headbands.jpg" alt="" class="wp-image-415">
<figcaption class="wp-element-caption">Feathered and jewelled headbands from the hire room</figcaption></figure>
${render(gBlocks.slice(4), { ul: ' class="wp-block-list"' })}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span>
<span class="screen-reader-text">Categories </span>
<a href="https://mothballfancydress.co.uk/category/costume-guides/" rel="category tag">Costume guides</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/1920s/" rel="tag">1920s</a>, <a href="/tag/party-themes/" rel="tag">Party themes</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">
<a href="/hen-party-costumes/" rel="prev">${gRecent[0]}</a></span></div><div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next">
<a href="/caring-for-a-hired-wig/" rel="next">${gRecent[1]}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h2><ol class="comment-list">
${gCommentHtml}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://mothballfancydress.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment">
<label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required />
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div></div>
</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://mothballfancydress.co.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label>
<button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg aria-hidden="true"></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="inside-site-info"><div class="copyright-bar"><span class="copyright">&copy; 2026 Mothball Fancy Dress</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script>
<script src="https://mothballfancydress.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script></body></html>`;
const gpGuide: TestPage = tidy({
  name: 'heldout593-generatepress-1920s-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: bodyOf(gBlocks),
  bylines: [gDate, `by ${gAuthor}`, ...gComments.flatMap(([who, when]) => [who ?? '', when ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Mothball Fancy Dress', 'Costume hire and party shop since 1987', 'Menu', ...gNav,
    'Feathered and jewelled headbands from the hire room', 'Categories', 'Tags', '1920s', 'Party themes', ...gRecent,
    `2 thoughts on “${gTitle}”`, ...gComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...gCats.slice(1),
    '© 2026 Mothball Fancy Dress • Built with GeneratePress',
  ],
});

export const HELDOUT593_A2: readonly TestPage[] = [gpGuide];
