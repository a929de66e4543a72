import { links, ps, type TestPage, texts } from './page-kit.js';
import { wiSites } from './pages-heldout435-b2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file b: a Scout group's news post on WordPress with the Astra theme (top bar, masthead and menu,
 * Complianz-style cookie banner, breadcrumbs, entry meta, featured image with caption, Jetpack share buttons and
 * related posts, post navigation, comments and the reply form, right sidebar widgets, footer) and, from file b2, a
 * Women's Institute-style branch page on Google Sites.
 */
const sTitle = 'Cubs Camp at Hollins Wood: Rain, Rafts and a Lot of Beans';
const sHeads = ['Friday: pitching in the wet', 'Saturday: the raft race', 'Sunday and home', 'Thank you'];
const sP1 = [
  j(
    'Twenty-three Cubs from the Badger and Otter Sixes spent the first weekend of October under canvas at Hollins Wood,',
    'and despite a forecast that made the leaders nervous, every one of them came home smiling (and muddy).',
  ),
];
const sP2 = [
  j(
    'We arrived at the campsite just as the drizzle turned into proper rain. The Cubs pitched their patrol tents in pairs',
    'with a leader at each corner, and for many of them it was the first time they had put up a tent themselves. By seven',
    'o&rsquo;clock everyone was dry, fed on sausage casserole and sitting in the big marquee for a torchlit game of',
    'wink murder.',
  ),
];
const sP3 = [
  j(
    'Saturday morning was bright and blustery. Each Six was given four barrels, six poles, a length of rope and an hour to',
    'build a raft that would carry two Cubs across the lake and back. The Otters went for a wide, flat design; the Badgers',
    'built something tall and ambitious that the leaders privately nicknamed the Lighthouse.',
  ),
  j(
    'The Lighthouse capsized four metres from the jetty, to loud cheers, and the Otters paddled home the winners. Both Sixes',
    'then swapped designs and tried again, which taught everyone more about knots than any evening at the hut ever has.',
  ),
  'The afternoon programme covered:',
];
const sList = [
  'Fire lighting with flint and steel, working towards the Camp Cook Activity Badge',
  'A nature trail around the lake, spotting fungi and identifying trees by their leaves',
  'Backwoods cooking: bread twists on sticks and bananas baked with chocolate',
  'A campfire with songs, sketches and a very long story about a bear',
];
const sP4 = [
  j(
    'After a chilly night the Cubs struck camp, packed their kit and helped sweep out the marquee. Seven Cubs completed',
    'their first Nights Away, and four more reached five nights, so there will be a lot of badges handed out at the next',
    'parents&rsquo; evening.',
  ),
];
const sP5 = [
  j(
    'Camps like this only happen because adults give up their weekends. A huge thank you to Akela, Baloo and Raksha, to the',
    'two Explorer Young Leaders who ran the raft race, and to the parents who drove kit up on Friday night. If you have ever',
    'thought about helping, even once a term, please speak to any leader at the hut.',
  ),
];
const sNav = ['Home', 'Our Sections', 'Join Us', 'Volunteer', 'Hut Hire', 'Latest News'];
const sRelated = ['Scouts hike the Coldwater Edge in the dark', 'Beavers plant a hedge for the Jubilee woodland', 'Hut roof appeal reaches its target'];
const sRecent = ['Cubs Camp at Hollins Wood: Rain, Rafts and a Lot of Beans', 'Remembrance parade timings', 'New Beaver colony opens on Wednesdays'];
const sCats = ['Beaver Colony', 'Cub Pack', 'Fundraising', 'Group News', 'Scout Troop'];
const sComments = [
  'Thank you to all the leaders! Our son has not stopped talking about the Lighthouse.',
  'Brilliant write-up. Can we see the photos on the parents&rsquo; page too?',
];
const sCmt = (id: number, who: string, when: string, text: string): string => `<li class="comment even thread-even depth-1" id="li-comment-${id}">
<article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.example/avatar/${id}?s=50"
class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header
class="ast-comment-meta
ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time
datetime="2025-10-08">${when}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} &#8211; 4th Brackenby Scout Group</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="4th Brackenby Scout Group &raquo; Feed" href="https://4thbrackenby.example/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="https://4thbrackenby.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"datePublished":"2025-10-07T19:12:00+00:00","author":{"name":"Priya Lockwood"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="canonical" href="https://4thbrackenby.example/2025/10/cubs-camp-hollins-wood/"></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-812 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-above-header-wrap"><div class="ast-above-header-bar">
<div class="ast-builder-layout-element ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
<p>Part of Brackenby District Scouts · Registered charity 523917</p></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-branding ast-site-identity"><span class="site-title" itemprop="name"><a href="https://4thbrackenby.example/" rel="home">4th Brackenby Scout
Group</a></span><p class="site-description" itemprop="description">Skills for life in Brackenby since 1921</p></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li>
<li class="trail-item"><a href="/category/cub-pack/"><span>Cub Pack</span></a></li><li
class="trail-item trail-end"><span>Cubs Camp at Hollins Wood</span></li></ul>
</div></nav></div></div>
<main id="main" class="site-main"><article
class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-cubs ast-article-single"
id="post-812" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header "><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2025/10/rafts.jpg"
class="attachment-large size-large wp-post-image" alt="Cubs paddling a barrel raft" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${sTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author"><a title="View all posts by Priya Lockwood" href="/author/priya/" class="url fn n" rel="author" itemprop="url"><span
class="author-name" itemprop="name">Priya Lockwood</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">October 7,
2025</span></span> / <span class="ast-taxonomy-container cat-links default"><a href="/category/cubs/" rel="category tag">Cub Pack</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(sP1)}
<h2 class="wp-block-heading">${sHeads[0]}</h2>
${ps(sP2)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/10/tents.jpg" alt="Tents in the rain"><figcaption
class="wp-element-caption">Patrol tents
going up on Friday evening. Photo: Baloo</figcaption></figure>
<h2 class="wp-block-heading">${sHeads[1]}</h2>
${ps(sP3)}
<ul class="wp-block-list">${sList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${sHeads[2]}</h2>
${ps(sP4)}
<p class="has-background" style="background-color:#e2e4f0"><strong>Read more:</strong> <a href="/join-us/">How to join the waiting list for Cubs</a></p>
<h2 class="wp-block-heading">${sHeads[3]}</h2>
${ps(sP5)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button share-icon" href="?share=x"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button
share-icon" href="mailto:?subject=Cubs%20Camp"><span>Email</span></a></li><li class="share-print"><a class="share-print sd-button share-icon"
href="#print"><span>Print</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${sRelated.map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4></div>`).join('\n')}</div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/2025/09/remembrance/" rel="prev"><span
class="ast-post-nav">← Previous Post</span></a></div><div class="nav-next"><a href="/2025/10/beavers/" rel="next"><span class="ast-post-nav">Next Post
→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on “Cubs
Camp at Hollins Wood”</h3></div><ol class="ast-comment-list">
${sCmt(301, 'Hannah Ferris', 'October 8, 2025 at 8:14 am', sComments[0] ?? '')}
${sCmt(302, 'Daniel Okonjo', 'October 8, 2025 at 6:40 pm', sComments[1] ?? '')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><textarea id="comment" name="comment" placeholder="Type here.."
rows="8"></textarea>
</fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="s"><span
class="screen-reader-text">Search for:</span></label><input type="search" id="s" class="search-field" placeholder="Search..." name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(sRecent)}</ul>
</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(
  sCats,
  'cat-item',
)}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Meeting Times</h2><div
class="textwidget"><p>Beavers: Wednesday 6pm · Cubs: Tuesday 6.30pm
· Scouts: Thursday 7.30pm</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item"><div class="ast-footer-copyright"><p>Copyright © 2025 4th Brackenby Scout Group |
Powered by 4th Brackenby Scout Group</p></div></div></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to make the site work and to count visits. We never sell your data.</p></div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept cookies</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://4thbrackenby.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const scouts: TestPage = {
  name: 'heldout435-wordpress-astra-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sP1, ...sP2, ...sP3, ...sList, ...sP4, ...sP5]),
  bylines: ['Priya Lockwood', 'October 7, 2025', 'Hannah Ferris', 'October 8, 2025 at 8:14 am', 'Daniel Okonjo', 'October 8, 2025 at 6:40 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Part of Brackenby District Scouts · Registered charity 523917', '4th Brackenby Scout Group', 'Skills for life in Brackenby since 1921',
    ...sNav, 'Cubs Camp at Hollins Wood', 'Patrol tents going up on Friday evening. Photo: Baloo', 'Read more: How to join the waiting list for Cubs',
    'Share this:', 'Facebook', 'Email', 'Print', 'Related', ...sRelated, '← Previous Post', 'Next Post →', '2 thoughts on “Cubs Camp at Hollins Wood”',
    ...texts(sComments), 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts',
    ...sRecent.slice(1), 'Categories', ...sCats, 'Meeting Times', 'Beavers: Wednesday 6pm · Cubs: Tuesday 6.30pm · Scouts: Thursday 7.30pm',
    'Copyright © 2025 4th Brackenby Scout Group | Powered by 4th Brackenby Scout Group', 'Manage Cookie Consent',
    'We use cookies to make the site work and to count visits. We never sell your data.', 'Accept cookies', 'Deny', 'View preferences',
  ],
};

export const HELDOUT435_B: readonly TestPage[] = [scouts, wiSites];
