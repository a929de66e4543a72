import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout599-kit.js';

/** Held-out batch 599, file a2: a storm damage advice post on WordPress with GeneratePress, a sidebar and comments. */
const sTitle = 'Storm Damage to Your Roof: What to Do in the First 48 Hours';
const sIntro = [
  j(
    'After Storm Idris tore through the valley last weekend our phones did not stop ringing. Most of the calls were about the same',
    'handful of problems: slipped slates, ridge tiles on the lawn, flashing peeled back from chimneys and gutters hanging off.',
    'Here is what we tell every caller, in the order we tell it.',
  ),
];
const sSecs: [string, string[]][] = [
  [
    '1. Stay safe and stay off the roof',
    [
      j(
        'Please do not climb a ladder in high wind or on wet slates. We see more injuries from homeowners trying to push a tile back',
        'than from the storm itself. Look from the ground, or from an upstairs window, and use your phone camera to zoom in.',
      ),
    ],
  ],
  [
    '2. Photograph everything',
    [
      'Before anything is moved or repaired, take pictures of:',
      'the roof from every side you can reach safely',
      'any tiles, slates or lead on the ground, where they fell',
      'water stains on ceilings and wet patches in the loft',
      j('Your insurer will want these, and so will we. Date-stamped photos taken before a temporary repair make a claim far', 'easier.'),
    ],
  ],
  [
    '3. Call your insurer before you call anyone else',
    [
      j(
        'Most buildings policies cover storm damage, but some insist on approving the contractor first. Ask whether they want a',
        'written quote, and whether emergency work is covered without prior approval. Keep a note of the claim number.',
      ),
    ],
  ],
  [
    '4. Get it made watertight',
    [
      j(
        'A temporary repair, usually a tarpaulin battened down or a few replacement slates, stops the damage spreading inside. We',
        'charge a fixed £180 call-out for emergency weathering within 15 miles of Brackenford, and that invoice goes straight to your',
        'insurer.',
      ),
      j(
        'Be wary of anyone knocking on doors after a storm offering to fix your roof today for cash. Genuine roofers are busy; they',
        'rarely need to tout for work.',
      ),
    ],
  ],
];
const sNav = ['Home', 'Services', 'Advice', 'Reviews', 'Contact'];
const sCats = ['Roof Advice', 'Storm Damage'];
const sRecent = ['How to tell if your lead flashing needs replacing', 'Moss on the roof: remove it or leave it?', 'Why do slates slip?'];
const sFoot = ['Privacy', 'Terms', 'Sitemap'];
const sBody = sSecs.flatMap(([, b]) => b);
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${sTitle} - Okoro &amp; Vance Roofing</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="article:published_time" content="2026-02-17T09:12:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"author":{"name":"Dan Okoro"},"datePublished":"2026-02-17T09:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://okorovance.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}.site-header{background:#0d2b3e}</style></head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Okoro &amp; Vance
Roofing</a></p>
<p class="site-description" itemprop="description">Slate, tile and leadwork across the Brackenford valley</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(sNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Home</a><span class="separator"> » </span><a href="/advice/">Advice</a>
<span class="separator"> » </span><span class="last">${sTitle}</span></p></nav>
<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-roof-advice"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${sTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-02-17T09:12:44+00:00" itemprop="datePublished">February 17,
2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/dan/"
title="View all posts by Dan Okoro" rel="author" itemprop="url"><span class="author-name" itemprop="name">Dan Okoro</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(sIntro)}
${sSecs
  .map(
    ([h, b]) =>
      `<h2 class="wp-block-heading">${h}</h2>\n${
        b.length > 2
          ? `<p>${b[0]}</p><ul class="wp-block-list">${lis(b.slice(1, 4))}</ul>
<p>${b[4]}</p>`
          : ps(b)
      }`,
  )
  .join('\n')}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="tel:01632960775">Emergency line: 01632
960 775</a></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>${sCats
  .map(
    (c) => `<a
href="/category/${c.toLowerCase().replace(' ', '-')}/" rel="category tag">${c}</a>`,
  )
  .join(', ')}</span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/why-do-slates-slip/" rel="prev">Why do
slates slip?</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${sTitle}”</h2><ol class="comment-list">
<li id="comment-412" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-412"><footer class="comment-meta">
<div class="comment-author-info"><div class="comment-author vcard author"><cite itemprop="name" class="fn">Helen Marsh</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-412"><time datetime="2026-02-18T20:03:11+00:00">February 18, 2026 at 8:03 pm</time></a></div>
</div></footer>
<div class="comment-content"><p>Really useful, thank you. Our insurer did ask for photos before the tarp went on.</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-412">Reply</a></span></article></li>
<li id="comment-415" class="comment byuser comment-author-dan bypostauthor odd alt depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author-info"><div class="comment-author vcard author"><cite class="fn"><a href="/">Dan Okoro</a></cite></div>
<div class="entry-meta comment-metadata"><time datetime="2026-02-19T07:41:55+00:00">February 19, 2026 at 7:41 am</time></div></div></footer>
<div class="comment-content"><p>Glad it helped, Helen. Most of them do now.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label><span
class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(sRecent)}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Need a Roofer?</h2><div class="textwidget">
<p>Free quotes, no call-out charge for surveys. Members of the Valley Roofing Guild.</p></div></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="footer-bar"><aside class="widget widget_nav_menu"><ul class="menu">${links(sFoot)}</ul></aside></div>
<div class="copyright-bar">© 2026 Okoro &amp; Vance Roofing</div></div></footer></div>
<script id="generate-menu-js" src="https://okorovance.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const storm: TestPage = {
  name: 'heldout599-generatepress-storm-damage',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([...sIntro, ...sBody]),
  bylines: ['February 17, 2026', 'by Dan Okoro', 'February 18, 2026 at 8:03 pm', 'February 19, 2026 at 7:41 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Okoro & Vance Roofing', 'Slate, tile and leadwork across the Brackenford valley', 'Menu', ...sNav, 'Emergency line: 01632 960 775',
    'Roof Advice', ...sRecent, `2 thoughts on “${sTitle}”`, 'Helen Marsh',
    'Really useful, thank you. Our insurer did ask for photos before the tarp went on.',
    'Reply', 'Comment', 'Name', 'Search for:', 'Categories', 'Glad it helped, Helen. Most of them do now.', 'Leave a Comment', 'Recent Posts', 'Need a Roofer?',
    'Free quotes, no call-out charge for surveys. Members of the Valley Roofing Guild.', ...sFoot, '© 2026 Okoro & Vance Roofing',
  ],
};

export const HELDOUT599_A2: readonly TestPage[] = [storm];
