import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file a: an OO gauge layout build log on a WordPress blog with the GeneratePress theme (sidebar, post
 * navigation and comments); its second page, on Blogger, is in file a2.
 */
const gTitle = 'Build log part 9: ballasting the fiddle yard approach and the Kessock Road viaduct';
const gBody = [
  j(
    'Three weekends, eleven kilos of ballast and one very patient spouse later, the long curve from the fiddle yard up to the viaduct is',
    'finally ballasted. This part covers the mix I settled on, how I glued it, what went wrong on the viaduct deck and what I would do',
    'differently next time.',
  ),
  'Choosing the ballast',
  j(
    'Aldermoor Junction is set in the late 1950s on a secondary line, so I wanted ballast that looked worn and a little dirty rather than',
    'the bright grey of a freshly relaid main line. After trying four samples on an offcut of track I went for a mix of two parts fine',
    'grey granite, one part medium brown and a pinch of dark ash for the yard throat.',
  ),
  j(
    'I mixed the whole lot dry in an old ice cream tub and shook it for a good five minutes. Mixing small batches as you go is a false',
    'economy: every batch comes out a slightly different colour, and the joins show as stripes under the layout lighting.',
  ),
  'Laying it dry',
  j(
    'The ballast goes down dry first. I spoon a line down the middle of the track, then tease it out to the sleeper ends with a soft',
    'half-inch brush, tapping the rail with the brush handle so the grains settle between the sleepers. The shoulders are shaped with a',
    'finger wrapped in a cotton cloth, which gives a nicer slope than any tool I have tried.',
  ),
  'The rules I stuck to on the fiddle yard approach were simple:',
  'no ballast on the tops of the sleepers, not even a single grain',
  'keep the moving parts of every point blade completely clear',
  'work in lengths of no more than 600 mm so the glue never has time to skin over',
  'run a test train over each length before gluing, and again the next morning',
  'Gluing',
  j(
    'The glue is the usual mix of PVA and water, about one to three, with a few drops of washing-up liquid to break the surface tension.',
    'Before the glue goes on, the ballast is misted with water and a little isopropyl alcohol from a plant sprayer held well above the',
    'track, so the spray falls like rain and does not blow the grains about.',
  ),
  j(
    'I apply the glue with a pipette from the side, letting it soak in rather than dropping it on top. If a white patch appears, it',
    'needs more wetting, not more glue. Each length was left for two full days before I cleaned the railheads with a track rubber and',
    'ran the cleaning wagon round.',
  ),
  'The viaduct deck',
  j(
    'The Kessock Road viaduct was the part I had been putting off. The deck is only 4 mm of MDF on top of the plastic arches, and the',
    'first length I glued bowed upwards by almost two millimetres overnight. The water in the glue had soaked into the MDF from the top',
    'and nothing was stopping the underside from staying dry.',
  ),
  j(
    'The fix was to lift the track, seal the deck top and bottom with two coats of acrylic varnish, and screw a strip of aluminium angle',
    'along the underside between the piers. The second attempt stayed flat, and the parapet walls now hide the angle completely.',
  ),
  j(
    'On the viaduct I also used less ballast than on the approach. Real viaducts of this kind had a shallow bed held in by the parapets,',
    'so the shoulders stop at a low timber kerb made from 1 mm strip wood, stained with a wash of dark brown.',
  ),
  'What I would do differently',
  j(
    'I would seal every baseboard top before laying any track at all. It adds an evening of work and would have saved me a weekend. I',
    'would also ballast the points first, while I still had the patience for them, rather than leaving all eight of them to the end.',
  ),
  j(
    'Next time: the signal box base, point rodding along the approach and a first go at weathering the ballast with an airbrush. The',
    'rodding is etched brass, so expect a post full of soldering complaints.',
  ),
];
const gHeads = [1, 4, 11, 14, 18];
const gNav = ['Home', 'The layout', 'Build log', 'Stock', 'About'];
const gRecent = [
  'Build log part 8: wiring the fiddle yard',
  'Running session: the summer timetable',
  'Build log part 7: the backscene, at last',
  'Kit build: a Parkside brake van',
];
const gCats = ['Build log', 'Kit builds', 'Running sessions', 'Scenery'];
const gComments = [
  ['Pete Harwood', 'March 15, 2027 at 8:02 am', 'The viaduct fix is a good tip. I had exactly the same bowing on my canal bridge and blamed the glue.'],
  ['Alison Brackley', 'March 15, 2027 at 6:47 pm', 'Lovely colour on the ballast. Did you weather the rail sides before or after gluing?'],
  ['Graham Tolley', 'March 16, 2027 at 9:15 am', 'Before, Alison. Painting rail sides afterwards always ends up with brown ballast.'],
];
const gCommentsHtml = gComments
  .map(
    ([who, when, text], i) => `<li id="comment-${41 + i}" class="comment ${i === 2 ? 'byuser bypostauthor ' : ''}even thread-even depth-1">
<article class="comment-body" id="div-comment-${41 + i}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<img alt="" src="https://secure.gravatar.com/avatar/${i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="/build-log-part-9/#comment-${41 + i}">
<time datetime="2027-03-15T08:02:00+00:00" itemprop="datePublished">${when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${41 + i}" data-commentid="${41 + i}" aria-label="Reply to ${who}">Reply</a></span></div></article></li>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; Aldermoor Junction</title><meta name='robots' content='max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="Aldermoor Junction &raquo; Feed" href="https://aldermoorjunction.co.uk/feed/">
<link rel='stylesheet' id='generate-style-css' href='https://aldermoorjunction.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all'><style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.site-header{background-color:#1e3a2b;}
.main-title a{color:#ffffff;}</style><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${gTitle}","datePublished":"2027-03-14T19:30:00+00:00","author":{"@type":"Person","name":"Graham Tolley"}}</script>
<link rel="canonical" href="https://aldermoorjunction.co.uk/build-log-part-9/"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Aldermoor
Junction</a></p><p class="site-description" itemprop="description">An OO gauge branch line in a garden shed</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></span><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div>
</div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry
category-build-log tag-ballast tag-viaduct" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="/wp-content/uploads/2027/03/viaduct-ballast.jpg" class="attachment-full size-full wp-post-image" alt="Ballasted track on the viaduct"
itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2027-03-14T19:30:00+00:00" itemprop="datePublished">March 14, 2027</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/graham/" title="View all posts by Graham Tolley" rel="author" itemprop="url"><span class="author-name" itemprop="name">Graham
Tolley</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps([at(gBody, 0)])}
<h2 class="wp-block-heading">${at(gBody, 1)}</h2>
${ps(gBody.slice(2, 4))}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/03/ballast-samples.jpg" alt=""
class="wp-image-815"><figcaption class="wp-element-caption">The four samples on an offcut. The winner is second from the left.</figcaption></figure>
<h2 class="wp-block-heading">${at(gBody, 4)}</h2>
${ps(gBody.slice(5, 7))}
<ul class="wp-block-list">${lis(gBody.slice(7, 11))}</ul>
<h2 class="wp-block-heading">${at(gBody, 11)}</h2>
${ps(gBody.slice(12, 14))}
<h2 class="wp-block-heading">${at(gBody, 14)}</h2>
${ps(gBody.slice(15, 17))}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2027/03/viaduct-deck.jpg" alt="" class="wp-image-818">
<figcaption class="wp-element-caption">The aluminium angle under the deck, before the parapets went back on.</figcaption></figure>
${ps([at(gBody, 17)])}
<h2 class="wp-block-heading">${at(gBody, 18)}</h2>
${ps(gBody.slice(19))}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span>
<span class="screen-reader-text">Categories </span><a href="/category/build-log/" rel="category tag">Build log</a></span>
<span class="tags-links"><span class="gp-icon icon-tags"><svg aria-hidden="true"></svg></span><span class="screen-reader-text">Tags </span>
<a href="/tag/ballast/" rel="tag">ballast</a>, <a href="/tag/viaduct/" rel="tag">viaduct</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/build-log-part-8/" rel="prev">${at(
  gRecent,
  0,
)}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">3 thoughts on &ldquo;${gTitle}&rdquo;</h2>
<ol class="comment-list">${gCommentsHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label>
<input placeholder="Name *" id="author" name="author" type="text" size="30" required><label for="email" class="screen-reader-text">Email</label>
<input placeholder="Email *" id="email" name="email" type="email" size="30" required><p class="comment-form-cookies-consent">
<input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my
name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit"
id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span
class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"
title="Search for:"></label><button class="search-submit" aria-label="Search"><svg aria-hidden="true"></svg></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul>
</aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2027 Aldermoor Junction</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
const generatePress: TestPage = page({
  name: 'heldout456-gp-ballast-log',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => at(gBody, i)),
  body: texts(gBody.filter((_, i) => !gHeads.includes(i))),
  bylines: ['March 14, 2027', 'by Graham Tolley', ...gComments.flatMap(([who, when]) => [who ?? '', when ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Aldermoor Junction', 'An OO gauge branch line in a garden shed', 'Menu', ...gNav.filter((t) => t !== 'Build log'),
    'The four samples on an offcut. The winner is second from the left.', 'The aluminium angle under the deck, before the parapets went back on.',
    'Build log', 'ballast, viaduct', `3 thoughts on “${gTitle}”`, ...gComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment',
    'Save my name, email, and website in this browser for the next time I comment.', 'Recent Posts', ...gRecent, 'Categories',
    ...gCats.filter((t) => t !== 'Build log'), '© 2027 Aldermoor Junction • Built with GeneratePress',
  ],
});

export const HELDOUT456_A: readonly TestPage[] = [generatePress];
