import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file f3: a maker's written companion post to a YouTube video, on WordPress (GeneratePress, embed at the top, affiliate tools list). */
const title = 'I Built a Workbench From One Sheet of Plywood (Plans + Cut List)';
const watch = 'Prefer to watch? The full build video is above. This post has the cut list, measurements and the bits I did not have time to explain on camera.';
const disclosure = 'Some links below are affiliate links. If you buy through them I earn a small commission, which helps keep the channel going.';
const p1 = [
  'When we moved into the new place, my shop went from a double garage to a single one, and my old workbench simply did not fit. ' +
    'I wanted something sturdy, mobile and cheap, and I set myself a challenge: the whole bench had to come out of a single 8 by 4 ' +
    'foot sheet of 18 mm plywood.',
  'It worked, with about a hand’s width of plywood left over. The bench is 1200 mm long, 600 mm deep and 900 mm high, which is ' +
    'the right height for me at six foot. Adjust the leg length if you are taller or shorter.',
];
const h1 = 'The cut list';
const p2 = ['All parts are 18 mm plywood. Rip the sheet into strips first and cross-cut after, so you always have a factory edge to reference from.'];
const cuts = [
  'Top: two pieces at 1200 x 600 mm, laminated together',
  'Legs: eight pieces at 864 x 100 mm, glued in pairs to make four L-shaped legs',
  'Long rails: four pieces at 1060 x 100 mm',
  'Short rails: four pieces at 460 x 100 mm',
  'Shelf: one piece at 1060 x 460 mm',
];
const h2 = 'Assembly notes';
const p3 = [
  'In the video I glue and screw the L-shaped legs together first. The important part is keeping them square: I clamp each pair ' +
    'against a framing square while the glue sets, and it makes the rest of the build much easier.',
  'The rails are joined to the legs with pocket screws and glue. If you do not have a pocket hole jig, plain screws from the outside ' +
    'work fine, and you can plug the holes afterwards if they bother you.',
  'For the top, I spread glue over the whole face of one sheet with a roller, laid the second on top and covered it with every heavy ' +
    'thing in the garage overnight. A double-thickness top does not flex at all, even when I am chopping mortises on it.',
];
const h3 = 'What I would change';
const p4 = [
  'Lots of you asked in the comments on the last video whether the casters make the bench wobble. With locking casters on all four ' +
    'corners it is solid for sanding and assembly, but it does creep a little under heavy planing. Next time I would fit retractable ' +
    'casters so the legs can sit directly on the floor.',
  'I would also add a vice on the front left corner. There is room for one, and I will probably cover that in a follow-up video.',
];
const nav = ['Home', 'Videos', 'Plans', 'Tools I Use', 'About', 'Contact'];
const tools = [
  'Tools and materials used',
  'Track saw',
  'Pocket hole jig',
  'Cordless drill and impact driver',
  '100 mm locking casters (set of 4)',
  'Wood glue, 1 litre',
];
const patreon = ['Support the channel', 'Patreon members get early access to videos and printable PDF plans.', 'Join on Patreon'];
const share = ['Share', 'Facebook', 'Pinterest', 'Email'];
const cats = ['Builds', 'Shop Furniture'];
const postNav = ['← Making a Simple Mallet From Offcuts', 'Sharpening Chisels Without Spending a Fortune →'];
const widget = ['Hi, I’m Callum', 'I make videos about building useful things in a small garage shop on a small budget.', 'Subscribe on YouTube'];
const recent = ['Recent Posts', 'Making a Simple Mallet From Offcuts', 'Five Jigs Every Small Shop Needs', 'My Dust Collection Setup'];
const comments = [
  '3 thoughts on “I Built a Workbench From One Sheet of Plywood (Plans + Cut List)”',
  'Aled R.',
  'March 1, 2026 at 10:22 pm',
  'Built this over the weekend, cut list was spot on. Thanks for writing it up, much easier than pausing the video every ten seconds.',
  'Leave a Comment',
  'Your email address will not be published. Required fields are marked *',
];
const foot = ['© 2026 Offcut Workshop', 'Privacy Policy', 'Affiliate Disclosure', 'Built with GeneratePress'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Offcut Workshop</title>
<meta name="robots" content="index, follow"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:video" content="https://www.youtube.com/embed/Xk3v9PqL2mA"><meta property="article:published_time" content="2026-02-27T17:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Callum Ferrie"},"datePublished":"2026-02-27T17:00:00+00:00"},{"@type":"VideoObject","name":"${title}",
"embedUrl":"https://www.youtube.com/embed/Xk3v9PqL2mA","uploadDate":"2026-02-27T16:00:00+00:00","duration":"PT18M42S"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all"></head>
<body class="post-template-default single single-post postid-812 right-sidebar nav-float-right separate-containers header-aligned-left"
itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div
class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Offcut Workshop</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(nav, 'menu-item')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-812" class="post-812 post type-post status-publish format-video category-builds" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${title}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-02-27T17:00:00+00:00" itemprop="datePublished">February 27, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/callum/"
title="View all posts by Callum Ferrie" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Callum Ferrie</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div
class="wp-block-embed__wrapper">
<iframe loading="lazy" title="${title}" width="800" height="450" src="https://www.youtube.com/embed/Xk3v9PqL2mA?feature=oembed" frameborder="0"
allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div></figure>
<p class="has-background" style="background-color:#f3efe6"><em>${watch}</em></p>
<p class="has-small-font-size"><em>${disclosure}</em></p>
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<ul class="wp-block-list">${cuts.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h3}</h2>
${ps(p4)}
<div class="wp-block-group tools-box has-border-color"><h3 class="wp-block-heading">${tools[0]}</h3><ul>${tools
  .slice(1)
  .map((t) => `<li><a href="https://amzn.example/d/${t.length}" rel="sponsored nofollow noopener" target="_blank">${t}</a></li>`)
  .join('\n')}</ul></div>
<div class="wp-block-group patreon-box"><h3 class="wp-block-heading">${patreon[0]}</h3><p>${patreon[1]}</p><div class="wp-block-buttons"><div
class="wp-block-button">
<a class="wp-block-button__link" href="https://www.patreon.com/offcutworkshop">${patreon[2]}</a></div></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${share[0]}</h3>
<div class="sd-content"><ul>${share
  .slice(1)
  .map((s) => `<li class="share-${s.toLowerCase()}"><a class="share-${s.toLowerCase()} sd-button" href="#"><span>${s}</span></a></li>`)
  .join('')}
</ul></div></div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>${cats
  .map(
    (c) => `<a
href="/category/${c}/" rel="category tag">${c}</a>`,
  )
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/mallet/"
rel="prev">${postNav[0]}</a></span></div>
<div class="nav-next"><span class="next"><a href="/chisels/" rel="next">${postNav[1]}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">${comments[0]}</h2><ol class="comment-list"><li id="comment-2201"
class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-2201" itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name" class="fn">${comments[1]}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-2201"><time datetime="2026-03-01T22:22:00+00:00" itemprop="datePublished">${comments[2]}</time></a>
<span class="reply"><a class="comment-reply-link" href="#">Reply</a></span></div></div></footer><div class="comment-content"
itemprop="text"><p>${comments[3]}</p></div>
</article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${comments[4]}</h3><form id="commentform"
class="comment-form">
<p class="comment-notes">${comments[5]}</p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea
id="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input id="author" placeholder="Name *"><p class="form-submit"><input name="submit" type="submit"
value="Post Comment"></p>
</form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget inner-padding widget_block">
<h2 class="widget-title">${widget[0]}</h2><p>${widget[1]}</p><p><a href="https://www.youtube.com/@offcutworkshop" class="button">${widget[2]}</a></p></aside>
<aside class="widget inner-padding widget_recent_entries"><h2
class="widget-title">${recent[0]}</h2><ul>${links(recent.slice(1))}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar">${foot[0]} · <a href="/privacy-policy/">${foot[1]}</a> · <a
href="/affiliate-disclosure/">${foot[2]}</a> · ${foot[3]}</div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;

export const videoCompanion: TestPage = {
  name: 'heldout218-generatepress-video-companion-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...cuts, ...p3, ...p4]),
  bylines: ['February 27, 2026', 'Callum Ferrie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Offcut Workshop', 'Menu', ...nav, watch, disclosure, ...tools, ...patreon, ...share, 'Categories', ...cats, ...postNav, ...comments,
    'Reply', 'Comment', 'Name', ...widget, ...recent, ...foot,
  ],
};
