import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file b: a long tack cleaning how-to on a saddler's WordPress blog (GeneratePress, right sidebar, comments);
 * file b2 holds the second page.
 */
const gTitle = 'How to clean your tack properly (and how often you really need to)';
const gBlocks: Block[] = [
  {
    p: j(
      'Every week someone brings a bridle into the workshop that has been "cleaned" to death: soaked, scrubbed with washing-up liquid,',
      'left on a radiator and then buried in oil. Leather is skin, and it wants the same things skin wants. It needs to be kept clean,',
      'kept supple and kept away from extremes. This is the routine we teach our own apprentices, from the quick wipe after a ride to',
      'the full strip-down twice a year.',
    ),
  },
  { h: 2, t: 'What you need' },
  {
    ul: [
      'two buckets of lukewarm water, one for washing and one for rinsing sponges',
      'two small sponges: a damp one for cleaning, a drier one for soap',
      'a bar of glycerine saddle soap or a pH-balanced liquid leather cleaner',
      'a leather balm or conditioner (not neatsfoot oil for everyday use)',
      'a matchstick or cocktail stick for the buckle holes',
      'an old toothbrush, a soft cloth and a towel to work on',
      'metal polish and a separate cloth if your bits and buckles are not stainless',
    ],
  },
  { h: 2, t: 'After every ride: the two-minute wipe' },
  {
    p: j(
      'Sweat is salty and slightly acidic, and it is the main thing that dries leather out. Before you hang anything up, wipe the',
      'inside of the bridle, the girth, the flaps and the underside of the saddle with a damp sponge. Rinse the bit under the tap',
      'while the grass and saliva are still wet. That is all, and it does more good than an hour of cleaning once a month.',
    ),
  },
  { h: 2, t: 'Once a week: a proper clean' },
  { h: 3, t: 'Step 1: Take the bridle apart' },
  {
    p: j(
      'Undo every buckle and hook stud and lay the pieces out on the towel in order, so that putting it back together is easy.',
      'Take a photo before you start if it is a bridle you do not know well. Leave the saddle on a saddle horse, not across a door.',
    ),
  },
  { h: 3, t: 'Step 2: Clean off the dirt' },
  {
    p: j(
      'Wring the cleaning sponge out until it is barely damp. Work over each piece in small circles, taking off grease and the',
      'little black lumps known in the trade as "jockeys". Use the matchstick to clear the holes and the toothbrush on any stitching.',
      'Never put leather in a bucket: water soaks through the flesh side and takes the tannins with it.',
    ),
  },
  { h: 3, t: 'Step 3: Soap' },
  {
    p: j(
      'Dip the end of the bar in water rather than wetting the sponge, and rub the sponge on the bar until you have a thin film.',
      'If you can see lather, you are using too much water. Work the soap into both sides of the leather, paying most attention',
      'to the flesh side, which is the side that absorbs it. Buff the grain side with a cloth when you have finished.',
    ),
  },
  { h: 3, t: 'Step 4: Metalwork and reassembly' },
  {
    p: j(
      'Polish buckles and stirrups with metal polish if they need it, but keep polish off the mouthpiece of the bit. Put the bridle',
      'back together and hang it on a round bridle rack, so the headpiece keeps its curve.',
    ),
  },
  { h: 2, t: 'Twice a year: conditioning' },
  {
    p: j(
      'Conditioner replaces the fats that leather loses over time, but it is easy to overdo. A saddle that feels tacky or leaves marks',
      'on your breeches has had too much. In spring and autumn, after a weekly clean, apply a thin coat of balm with your fingers,',
      'mainly to the flesh side, and leave it overnight before you buff off anything that has not soaked in.',
    ),
  },
  {
    p: j(
      'Oil has its place for new, dry or very stiff leather, and for tack that has been soaked in a downpour. Use it sparingly,',
      'warm, and on the flesh side only. Oil never goes on suede knee rolls or on the seat of a saddle you are about to ride in.',
    ),
  },
  { h: 2, t: 'Wet tack, mould and other problems' },
  { h: 3, t: 'Soaked through' },
  {
    p: j(
      'Sponge off the mud, then let the leather dry slowly at room temperature, away from radiators and Agas. When it is dry but',
      'still slightly cool to the touch, give it a light coat of oil or balm. Fast drying is what turns a wet bridle into a brittle one.',
    ),
  },
  { h: 3, t: 'Green or white mould' },
  {
    p: j(
      'Mould grows on leather kept in a damp, still tack room. Take the tack outside, brush the mould off with a dry brush and wipe',
      'with a cloth barely dampened with water and a few drops of white vinegar. Let it dry, then soap as normal. Ventilation matters',
      'more than any product: a small dehumidifier in the tack room is the best investment you can make.',
    ),
  },
  { h: 3, t: 'Cracks at the fold' },
  {
    p: j(
      'A crack across a cheekpiece or a rein where it folds round the bit is not a cleaning problem. It is a safety problem. The',
      'strap needs replacing, and you should check the matching strap on the other side. Bring it in and we will usually have a',
      'replacement cut and stitched within the week.',
    ),
  },
  { h: 2, t: 'Synthetic tack' },
  {
    p: j(
      'Synthetic saddles and girths do not need soap or conditioner. Brush off dried mud, wipe with warm water and a mild cleaner and',
      "leave to dry naturally. Check the maker's label: some can go in a washing machine on a cool cycle in a laundry bag, many cannot.",
    ),
  },
  { h: 2, t: 'A simple routine' },
  {
    ol: [
      'After every ride, wipe off sweat and rinse the bit.',
      'Once a week, take the bridle apart, clean, soap and check the stitching.',
      'In spring and autumn, condition lightly and check every fold for cracks.',
      'Once a year, have the saddle checked by a saddler, flocking and stitching included.',
    ],
  },
  {
    p: j(
      'Looked after like this, a good English leather bridle will last twenty years or more. If you are not sure whether a piece is',
      'still safe, bring it in: we are always happy to have a look, and there is no charge for an opinion.',
    ),
  },
];
const gNav = ['Home', 'Saddles', 'Bridles', 'Repairs', 'Blog', 'Visit Us'];
const gRecent = ['Fitting a flash noseband without overtightening', 'Our new numnah range is here', 'Winter opening hours', 'What a saddle tree actually is'];
const gCats = ['Care guides', 'News', 'Saddle fitting', 'Workshop'];
const gPrev = 'Fitting a flash noseband without overtightening';
const gC1 = j('Thank you for the bit about lather! I have been making mine far too wet for years and wondered why the soap sat on top.');
const gC2 = 'Glad it helped, Maggie. Drier is always better with soap.';
const gComment = (id: number, name: string, when: string, text: string, cls: string): string =>
  j(
    `<li id="comment-${id}" class="${cls}"><article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope>`,
    `<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm&amp;r=g"
class="avatar avatar-50 photo"`,
    `height="50" width="50"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"
itemtype="https://schema.org/Person" itemscope>`,
    `<cite itemprop="name" class="fn">${name}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}"><time
datetime="2026-03-15T19:42:00+00:00"`,
    `itemprop="datePublished">${when}</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${text}</p>`,
    `<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" aria-label="Reply to ${name}">Reply</a></span></div></article>`,
  );
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to clean your tack properly (and how often you really need to) &#8211; Ridgeway Saddlery</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://ridgewaysaddlery.co.uk/how-to-clean-your-tack/">
<link rel="alternate" type="application/rss+xml" title="Ridgeway Saddlery &raquo; Feed" href="https://ridgewaysaddlery.co.uk/feed/">
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f4f1ec;color:#2b2118;}.main-title a{color:#5a3413;}.inside-article{padding:40px;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${gTitle}","datePublished":"2026-03-14T10:05:00+00:00",
"author":{"@type":"Person","name":"Becky Allard"}}</script></head>
<body class="post-template-default single single-post postid-1182 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers
header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://ridgewaysaddlery.co.uk/"
rel="home">
Ridgeway Saddlery</a></p><p class="site-description" itemprop="description">Saddlers and tack merchants since 1971</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512"></svg></span>
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-1182" class="post-1182 post type-post status-publish format-standard has-post-thumbnail hentry
category-care-guides tag-cleaning tag-leather" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800"
src="/wp-content/uploads/2026/03/tack-cleaning.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-03-14T10:05:00+00:00" itemprop="datePublished">March 14, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://ridgewaysaddlery.co.uk/author/becky/" title="View all posts by Becky Allard" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Becky Allard</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${render(gBlocks, { h: (n, t) => `<h${n} class="wp-block-heading">${t}</h${n}>`, list: ' class="wp-block-list"' })}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg></svg></span>
<span class="screen-reader-text">Categories </span><a href="/category/care-guides/" rel="category tag">Care guides</a></span>
<span class="tags-links"><span class="gp-icon icon-tags"><svg></svg></span><span class="screen-reader-text">Tags </span><a href="/tag/cleaning/"
rel="tag">Cleaning</a>,
<a href="/tag/leather/" rel="tag">Leather</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg></svg></span>
<span class="prev"><a href="/flash-noseband/" rel="prev">${gPrev}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h2>
<ol class="comment-list">
${gComment(311, 'Maggie Ruthven', 'March 15, 2026 at 7:42 pm', gC1, 'comment even thread-even depth-1 parent')}
<ol class="children">${gComment(314, 'Becky Allard', 'March 16, 2026 at 9:03 am', gC2, 'comment byuser comment-author-becky bypostauthor odd alt depth-2')}
</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform"
class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45"
rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<label for="url" class="screen-reader-text">Website</label><input placeholder="Website" id="url" name="url" type="url" value="" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://ridgewaysaddlery.co.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"
title="Search for:">
</label><button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg></svg></span></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="inside-footer-widgets"><p>Ridgeway Saddlery, The Old Forge, Crayle Street, Ambley Wells · Open Tuesday to Saturday</p></div>
<div class="copyright-bar">&copy; 2026 Ridgeway Saddlery &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const generatePressTack: TestPage = {
  name: 'heldout616-generatepress-tack-cleaning',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: bodyOf(gBlocks),
  bylines: ['March 14, 2026', 'by Becky Allard', 'Maggie Ruthven', 'March 15, 2026 at 7:42 pm', 'March 16, 2026 at 9:03 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ridgeway Saddlery', 'Saddlers and tack merchants since 1971', 'Menu', 'Home', 'Bridles', 'Repairs', 'Blog', 'Visit Us',
    'Categories', 'Care guides', 'Tags', `2 thoughts on “${gTitle}”`, gC1, gC2, 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...gRecent, 'News',
    'Saddle fitting', 'Ridgeway Saddlery, The Old Forge, Crayle Street, Ambley Wells · Open Tuesday to Saturday',
    '© 2026 Ridgeway Saddlery • Built with GeneratePress',
  ],
};

export const HELDOUT616_B: readonly TestPage[] = [generatePressTack];
