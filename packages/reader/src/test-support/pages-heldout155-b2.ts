import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 155, file b2: a WordPress post with the GeneratePress theme (skip link, the site branding with title and
 * tagline, the primary navigation with its "Menu" toggle, the featured image, entry meta with date and author, a block
 * "Table of contents" list, the footer entry meta with categories and tags, an author box hooked in after the content with
 * "About ..." heading, bio and links, the post navigation, comments and the "Leave a Comment" form, the right sidebar with
 * search, recent posts and categories, and the GeneratePress copyright bar).
 */
const gpTitle = 'How to choose a secondhand sewing machine (without buying a dud)';
const gpP1 = [
  'Every week someone in the shop asks whether they should buy a new entry-level sewing machine or an older one from a car boot ' +
    'sale or an online listing. My answer is nearly always the older one, with a few important conditions.',
  'A solid metal machine from the seventies or eighties will outlast most of the plastic ones on sale today, and it can usually ' +
    'be had for the price of a takeaway. The trick is knowing what to check before you hand over any money.',
];
const gpToc = ['Start with the motor', 'Look at the stitches, not the case', 'Which models to look for'];
const gpP2 = [
  'Plug it in and run the foot pedal slowly, then quickly. The motor should start smoothly at low speed and not hum without the ' +
    'needle moving. A burning smell or a stutter at high speed usually means worn brushes, which are cheap to replace, but it is ' +
    'a useful bargaining point.',
  'Check the cable and the pedal too. Old rubber insulation cracks with age, and a new pedal can cost more than the machine.',
];
const gpP3 = [
  'Ask the seller if you can sew a few lines on a scrap of cotton folded double. Look at both sides. The stitches should be even, ' +
    'and the top and bottom threads should meet in the middle of the fabric rather than loop on one side.',
  'Scratches, faded decals and a missing lid do not matter. A seized hand wheel, a cracked bobbin case or a bent needle bar do.',
];
const gpList = [
  'Any all-metal straight-stitch machine with a round bobbin. They are simple, strong and very forgiving.',
  'Mid-eighties mechanical zigzag machines with dials rather than buttons. There is less to go wrong.',
  'Machines that come with the manual and original accessories, which suggests someone looked after them.',
];
const gpP4 = [
  'Avoid early computerised machines unless they are very cheap. When a circuit board fails, the parts are often impossible to find.',
  'Whatever you buy, budget for a service. A good repairer will clean, oil and time the machine, and it will sew better than it did ' +
    'in the listing photos.',
];
const gpNav = ['Home', 'Tutorials', 'Patterns', 'Workshops', 'Shop', 'Contact'];
const gpBio =
  'Georgina Pell runs the Seam Allowance sewing shop in Crewkerne and has repaired more than two thousand machines. She teaches ' +
  'beginners’ classes on Saturday mornings.';
const gpComments = [
  [
    'Delia Summers',
    'March 6, 2026 at 8:12 am',
    'This is so helpful. I nearly bought a machine last month that hummed without moving and walked away, now I know why!',
  ],
  ['Ravi Chandran', 'March 7, 2026 at 5:47 pm', 'Would you say the same for overlockers? I have seen a few older ones going cheap.'],
] as const;
const gpRecent = ['Threading a twin needle without losing your mind', 'Five fabrics for your first dress', 'Why your bobbin thread keeps bunching'];
const gpCats = ['Machines', 'Tutorials', 'Shop News'];
const gpComment = ([n, d, t]: readonly [string, string, string], i: number): string => `<li id="comment-${i}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${i}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=50" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name"
class="fn">${n}</cite>
</div><div class="entry-meta comment-metadata"><a href="#comment-${i}"><time datetime="2026-03-0${i + 6}" itemprop="datePublished">${d}</time></a></div></div>
<span class="reply">| <a rel="nofollow" class="comment-reply-link" href="#comment-${i}" data-commentid="${i}" data-postid="412"
data-belowelement="div-comment-${i}"
data-respondelement="respond" aria-label="Reply to ${n}">Reply</a></span></footer><div class="comment-content"
itemprop="text"><p>${t}</p></div></article></li>`;
const gpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gpTitle} – Seam Allowance</title><meta name="robots" content="max-image-preview:large"><link rel="canonical"
href="https://seamallowance.example/secondhand-sewing-machine/">
<meta property="og:title" content="${gpTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-04T09:30:00+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${gpTitle}",
"datePublished":"2026-03-04T09:30:00+00:00","author":{"@type":"Person","name":"Georgina Pell"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://seamallowance.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.author-box{display:flex;padding:2em;background:#fff;}</style></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header
post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://seamallowance.example/"
rel="home">
Seam Allowance</a></p><p class="site-description" itemprop="description">Sewing machine repairs, classes and fabric in Crewkerne</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"
width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464"></path></svg></span><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class="menu sf-menu">
${links(gpNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-412" class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry
category-machines
tag-buying-guide tag-vintage" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://seamallowance.example/wp-content/uploads/2026/03/machines.jpg"
class="attachment-full size-full wp-post-image" alt="Three vintage sewing machines on a workbench" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gpTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="updated"
datetime="2026-03-09T14:02:11+00:00" itemprop="dateModified">March 9, 2026</time><time class="entry-date published" datetime="2026-03-04T09:30:00+00:00"
itemprop="datePublished">March 4, 2026</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person"
itemscope><a class="url fn n" href="https://seamallowance.example/author/georgina/" title="View all posts by Georgina Pell" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Georgina Pell</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${gpP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="wp-block-group toc-box"><p class="toc-title"><strong>Table of contents</strong></p><ul class="toc-list">
${gpToc.map((t, i) => `<li><a href="#h-${i}">${t}</a></li>`).join('\n')}</ul></div>
<h2 class="wp-block-heading" id="h-0">${gpToc[0]}</h2>
${gpP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading" id="h-1">${gpToc[1]}</h2>
${gpP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading" id="h-2">${gpToc[2]}</h2>
<ul class="wp-block-list">${gpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${gpP4.map((p) => `<p>${p}</p>`).join('\n')}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512"></svg></span>
<span class="screen-reader-text">Categories </span><a href="https://seamallowance.example/category/machines/" rel="category tag">Machines</a></span> <span
class="tags-links">
<span class="gp-icon icon-tags"><svg viewBox="0 0 512 512"></svg></span><span class="screen-reader-text">Tags </span><a href="/tag/buying-guide/"
rel="tag">buying guide</a>,
<a href="/tag/vintage/" rel="tag">vintage</a></span></footer>
<div class="gb-container author-box"><div class="gb-inside-container"><figure class="author-box-avatar"><img alt=""
src="https://secure.gravatar.example/avatar/gp?s=120"
class="avatar avatar-120 photo" height="120" width="120"></figure><div class="author-box-text"><h4 class="gb-headline author-title">About Georgina Pell</h4>
<p class="author-description">${gpBio}</p><p class="author-links"><a href="https://seamallowance.example/author/georgina/">View all posts</a> · <a
href="https://seamallowance.example/workshops/">Book a class</a></p></div></div></div>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192
512"></svg></span>
<span class="prev"><a href="https://seamallowance.example/twin-needle/" rel="prev">${gpRecent[0]}</a></span></div></nav></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${gpTitle}”</h2><ol class="comment-list">
${gpComments.map(gpComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://seamallowance.example/wp-comments-post.php" method="post"
id="commentform"
class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment"
name="comment"
cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author"
type="text"
value="" size="30" required><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email"
required>
<label for="url" class="screen-reader-text">Website</label><input placeholder="Website" id="url" name="url" type="url"><p class="comment-form-cookies-consent">
<input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name,
email,
and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2" class="widget inner-padding
widget_search">
<form method="get" class="search-form" action="https://seamallowance.example/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search …" value="" name="s" title="Search"></label><button class="search-submit" aria-label="Search"><span class="gp-icon
icon-search">
<svg viewBox="0 0 512 512"></svg></span></button></form></aside><aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>${links(gpRecent)}</ul></aside><aside id="categories-2" class="widget inner-padding widget_categories">
<h2 class="widget-title">Categories</h2><ul>${links(gpCats, 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">© 2026 Seam Allowance</span> • Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a>
</div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://seamallowance.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script></body></html>`;
export const generatePressPost: TestPage = {
  html: gpHtml,
  name: 'heldout155-generatepress-author-box-blog',
  kind: 'blog',
  // the block "Table of contents" list repeats the headings and is left out; the hidden updated time, the published date
  // and the author are bylines; the author box, categories and tags, post navigation, comments, sidebar and footer are furniture
  title: gpTitle,
  headings: [...gpToc],
  body: [...gpP1, ...gpP2, ...gpP3, ...gpList, ...gpP4],
  bylines: ['March 9, 2026', 'March 4, 2026', 'Georgina Pell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Seam Allowance', 'Sewing machine repairs, classes and fabric in Crewkerne', 'Menu', ...gpNav, 'Table of contents', 'Categories',
    'Machines', 'Tags', 'buying guide', 'vintage', 'About Georgina Pell', gpBio, 'View all posts', 'Book a class', `2 thoughts on “${gpTitle}”`,
    ...gpComments.flat(), 'Reply', 'Leave a Comment', 'Cancel reply', 'Comment', 'Name', 'Email', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...gpRecent, ...gpCats.slice(2),
    '© 2026 Seam Allowance', 'Built with GeneratePress',
  ],
};
