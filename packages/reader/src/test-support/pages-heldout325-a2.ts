import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file a2: a satire blog on WordPress with the GeneratePress theme: a "This is satire" notice bar and
 * a disclaimer box above the post, entry meta, Jetpack share buttons and related posts, categories and tags, post
 * navigation, comments with the reply form, a right sidebar (search, recent posts, about, archives) and the footer.
 */
const sTitle = 'City Council Votes To Replace All Potholes With Smaller, More Affordable Potholes';
const sIntro = [
  j(
    'GRANBY FALLS — In a move officials are calling “fiscally responsible and spiritually honest,” the Granby Falls City Council',
    'voted 5–2 on Monday night to replace every pothole in the city with a slightly smaller pothole, citing the rising cost of',
    'filling holes all the way to the top.',
  ),
  j(
    'The plan, known internally as Operation Shallow End, will see road crews visit each of the city’s estimated 4,300 potholes',
    'and fill them roughly one-third of the way, leaving what public works director Marguerite Odell described as “a more',
    'manageable, boutique pothole experience.”',
  ),
];
const sH = ['A phased approach', 'Residents react', 'What happens next'];
const sPhase = [
  'Council documents lay out the rollout in three phases:',
  'Phase one: potholes deeper than a standard bowling ball will be reduced to “soup bowl” depth.',
  'Phase two: medium potholes will be rebranded as “speed suggestions” and given small decorative flags.',
  'Phase three: any pothole still complained about after June will be officially reclassified as a pond.',
  j(
    'Odell told the council the city could save as much as $1.2 million over two years, money she said would go toward a',
    'consultant study into why the roads keep getting holes in them.',
  ),
];
const sReact = [
  j(
    'Reaction in Granby Falls has been mixed. At a packed public comment session, several residents praised the council for',
    '“finally doing something,” while others asked whether that something could be a different thing.',
  ),
  '“My car fell into the one on Birch Street in January and I still haven’t gotten it back,” said retiree Hollis Maynard.',
  j(
    '“If they make it smaller, does my car get smaller too? Nobody will answer that question.” Council member Jun Sato, one of',
    'the two dissenting votes, proposed an amendment to fill the holes completely, which was rejected as “radical.”',
  ),
];
const sNext = [
  j(
    'Crews are expected to begin work in April, weather permitting, though the council noted that the weather has never',
    'actually permitted anything in Granby Falls. Residents who wish to adopt a pothole can register online for a $25 fee,',
    'which includes a laminated certificate and naming rights.',
  ),
  j('Asked whether the program might eventually lead to smooth roads, Odell laughed for nearly a full minute before the', 'meeting was adjourned.'),
];
const sComments = [
  'I read this to my husband and he asked what day the meeting was so he could go. I had to sit him down.',
  'Honestly smaller potholes would be an improvement on my street. Where do I sign?',
  'The pond part is too real. We have one on 4th Avenue with actual ducks.',
];
const sCats = ['Local', 'Politics'];
const sTags = ['city council', 'infrastructure', 'pothole watch'];
const sRecent = [
  'Man Wins Argument With Smart Speaker, Loses Everything Else',
  'School Board Bans Homework On Days Ending In Y',
  'Mayor Unveils Statue Of Himself Looking At Statue',
];
const sArch = ['March 2026', 'February 2026', 'January 2026'];
const cmt = (id: number, who: string, when: string, text: string): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-${id}" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta">
<img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo" height="50" width="50">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${who}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${id}"><time datetime="2026-03-03T09:00:00+00:00" itemprop="datePublished">${when}</time></a></div>
</div></footer><div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="?replytocom=${id}#respond">Reply</a></span></div></article></li>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} – The Granby Falls Gazoo</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="The Granby Falls Gazoo">
<link rel="stylesheet" id="generate-style-css" href="https://gazoo.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<link rel="stylesheet" id="jetpack_css-css" href="https://gazoo.example/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9" media="all">
${ld({
  '@context': 'https://schema.org',
  '@graph': [{ '@type': 'BlogPosting', headline: sTitle, datePublished: '2026-03-02T18:40:00+00:00', author: { '@type': 'Person', name: 'Pat Rennick' } }],
})}
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){}}();</script></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="satire-topbar"><p>The Granby Falls Gazoo is a satirical publication. Nothing here is real, except the potholes.</p></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://gazoo.example/"
rel="home">The Granby Falls Gazoo</a></p><p class="site-description" itemprop="description">Unreliable news since 2019</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">${links(
  ['Home', 'Local', 'Politics', 'Sports', 'Lifestyle', 'About', 'Tip Line'],
  'menu-item',
)}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-local category-politics"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1024" height="576"
src="https://gazoo.example/wp-content/uploads/2026/03/pothole.jpg" class="attachment-full size-full wp-post-image" alt="A pothole on a city street"
itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${sTitle}</h1><div class="entry-meta"><span class="posted-on"><time
class="entry-date published" datetime="2026-03-02T18:40:00+00:00" itemprop="datePublished">March 2, 2026</time></span> <span class="byline">by <span
class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://gazoo.example/author/pat/"
title="View all posts by Pat Rennick" rel="author" itemprop="url"><span class="author-name" itemprop="name">Pat Rennick</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="wp-block-group satire-disclaimer has-pale-cyan-blue-background-color has-background"><p class="has-small-font-size"><strong>This is
satire.</strong> The people, places and events in this story are made up. Please do not call the Granby Falls public works department.</p></div>
${ps(sIntro)}
<h2 class="wp-block-heading">${sH[0]}</h2>
<p>${sPhase[0]}</p>
<ol class="wp-block-list">${sPhase
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ol>
<p>${sPhase[4]}</p>
<h2 class="wp-block-heading">${sH[1]}</h2>
${ps(sReact.slice(0, 1))}
<blockquote class="wp-block-quote"><p>${sReact[1]}</p></blockquote>
${ps(sReact.slice(2))}
<h2 class="wp-block-heading">${sH[2]}</h2>
${ps(sNext)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${links(['Share on Facebook', 'Share on X', 'Print', 'Email'], 'share-item')}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
<p class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2026/02/crosswalk/">Crosswalk Painted In Wrong Direction Declared Historic</a></p>
<p class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="/2026/01/snowplow/">Snowplow Budget Spent On Single Very Nice
Snowplow</a></p></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>${sCats
  .map((c) => `<a href="/category/${c.toLowerCase()}/" rel="category tag">${c}</a>`)
  .join(', ')}</span> <span class="tags-links"><span class="screen-reader-text">Tags </span>${sTags
  .map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/2026/02/library/"
rel="prev">Library Fines Now Payable In Apologies</a></span></div><div class="nav-next"><span class="next"><a href="/2026/03/parade/"
rel="next">Parade Route Changed To Avoid Parade</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${sTitle}”</h3><ol class="comment-list">
${cmt(402, 'Dana K.', 'March 2, 2026 at 8:14 pm', sComments[0] ?? '')}
${cmt(403, 'roadwarrior77', 'March 2, 2026 at 9:02 pm', sComments[1] ?? '')}
${cmt(405, 'Lou Bertrand', 'March 3, 2026 at 7:45 am', sComments[2] ?? '')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment" cols="45" rows="8"></textarea><input id="author" name="author" type="text" placeholder="Name*">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><input type="search"
class="search-field" placeholder="Search …" name="s"></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(sRecent)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">About the Gazoo</h2><div class="textwidget"><p>Written by two
neighbors and a very patient dog. Tips, complaints and pothole photos welcome.</p></div></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(sArch)}</ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container"><div class="copyright-bar">© 2026 The Granby Falls Gazoo • Built with <a href="https://generatepress.example">GeneratePress</a></div>
</div></footer></div>
<script id="generate-menu-js" src="https://gazoo.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
export const satireWp: TestPage = {
  name: 'heldout325-generatepress-satire-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sPhase, ...sReact, ...sNext]),
  bylines: ['March 2, 2026', 'Pat Rennick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Granby Falls Gazoo is a satirical publication. Nothing here is real, except the potholes.', 'The Granby Falls Gazoo',
    'Unreliable news since 2019', 'Menu', 'Home', 'Lifestyle', 'About', 'Tip Line',
    'This is satire. The people, places and events in this story are made up. Please do not call the Granby Falls public works department.',
    'Share this:', 'Share on Facebook', 'Share on X', 'Print', 'Email', 'Related', 'Crosswalk Painted In Wrong Direction Declared Historic',
    'Snowplow Budget Spent On Single Very Nice Snowplow', 'Categories', ...sCats, 'Tags', ...sTags, 'Library Fines Now Payable In Apologies',
    'Parade Route Changed To Avoid Parade', `3 thoughts on “${sTitle}”`, ...sComments, 'Dana K.', 'March 2, 2026 at 8:14 pm', 'roadwarrior77',
    'March 2, 2026 at 9:02 pm', 'Lou Bertrand', 'March 3, 2026 at 7:45 am', 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...sRecent, 'About the Gazoo',
    'Written by two neighbors and a very patient dog. Tips, complaints and pothole photos welcome.', 'Archives', ...sArch,
    '© 2026 The Granby Falls Gazoo • Built with GeneratePress',
  ],
};
