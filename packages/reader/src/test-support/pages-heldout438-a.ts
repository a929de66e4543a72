import { links, ps, type TestPage, texts } from './page-kit.js';
import { carrierAdvisory } from './pages-heldout438-a2.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file a: a freight forwarder's blog post on WordPress with the Astra theme (Yoast JSON-LD, header menu,
 * breadcrumbs, post meta, Jetpack share buttons, a "Read more" promo, a caption, tags, post navigation, comments with the reply
 * form, a sidebar with search, recent posts and a newsletter form, the Complianz cookie banner and the footer) and, from file a2,
 * a shipping line's customer advisory on Adobe Experience Manager.
 */
const wTitle = 'Peak Season 2026: Five Ways to Keep Your Ocean Freight Moving';
const wIntro = [
  j(
    'Every autumn we have the same conversation with shippers who were caught out the year before. Space on the main',
    'eastbound lanes tightens in August, rates climb for eight to ten weeks, and cargo that was booked late rolls from one',
    'sailing to the next while the shelves it was meant for stay empty.',
  ),
  j(
    'None of this is new, but the tools for getting ahead of it have improved. Here are the five habits we see in the customers',
    'whose containers keep moving when everyone else is waiting.',
  ),
];
const wH = [
  '1. Forecast in containers, not in units',
  '2. Book early and confirm in writing',
  '3. Split the load across two carriers',
  '4. Get your paperwork ready before the box is packed',
  '5. Keep a buffer at destination',
  'What we are doing this year',
];
const wS1 = [
  j(
    'Your sales team thinks in units and your warehouse thinks in pallets, but the carrier only cares about boxes. Converting',
    'the forecast into forty-foot equivalents per week, six weeks ahead, turns a vague worry into a booking plan that we can',
    'put in front of the lines.',
  ),
];
const wS2 = [
  j(
    'Allocation on the busiest sailings goes to the shippers who ask first. We recommend placing bookings three to four weeks',
    'before the cargo-ready date in peak months and asking for the booking confirmation to show the vessel and voyage, not',
    'just the week.',
  ),
];
const wS3 = [
  j(
    'Putting all of your volume with one line is cheaper on paper, until that line blanks a sailing. A split of roughly seventy',
    'to thirty between a main and a backup carrier costs a little more and gives you somewhere to go when a loop is cut.',
  ),
];
const wS4 = [
  'Most of the delays we untangle in October are not caused by ships at all. The usual culprits are:',
  'commercial invoices that do not match the packing list;',
  'missing or late export declarations;',
  'certificates of origin requested after the vessel has sailed;',
  'dangerous goods declarations without the correct UN number.',
  'A checklist signed off by the supplier before loading removes almost all of them.',
];
const wS5 = [
  j(
    'Even with the best planning, transit times stretch in peak season. Holding two extra weeks of cover at the destination',
    'warehouse is usually cheaper than paying for an air charter to rescue a launch.',
  ),
];
const wS6 = [
  j(
    'Our Rotterdam and Felixstowe desks have secured fixed allocations with three carriers on the Asia to North Europe trade',
    'for weeks 32 to 44. Customers who share a forecast with their account manager by the end of June will be offered space',
    'from that allocation first.',
  ),
  j('As our operations director, Tomasz Whitcombe, puts it: "The ship is rarely the problem. The problem is the booking', 'that was never made."'),
];
const wCaption = 'Containers waiting for loading at the Harrowgate consolidation yard. Photo: Harrowgate Freight Partners';
const wMenu = ['Services', 'Ocean Freight', 'Air Freight', 'Customs', 'Track a Shipment', 'Insights', 'Contact'];
const wRecent = [
  'What the new EU import control system means for you',
  'Why your air freight quote changed overnight',
  'A beginner\u2019s guide to bills of lading',
];
const wFoot = ['Privacy Policy', 'Terms of Trading', 'BIFA Standard Trading Conditions', 'Careers', 'Sitemap'];
const wComments = [
  ['Colm Ryder', 'February 13, 2026 at 9:14 am', 'Point 4 is so true. We lost nine days last year because of a certificate of origin.'],
  ['Priya Anand-Lowe', 'February 13, 2026 at 2:47 pm', 'Do you offer the split-carrier option for LCL shipments as well, or only full containers?'],
] as const;
const wReply = [
  'Harrowgate Freight Partners',
  'February 14, 2026 at 8:02 am',
  'Hi Priya, yes, our weekly LCL services from Ningbo and Shanghai use two co-loaders. Your account manager can share the schedule.',
] as const;
const comment = (id: number, c: readonly [string, string, string], extra = ''): string => `<li class="comment even thread-even depth-1" id="li-comment-${id}">
<article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo" height="50" width="50" loading="lazy"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${c[0]}</b>
</cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-02-13">${c[1]}</time></a></span></div>
</header></div><section class="ast-comment-content comment"><p>${c[2]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article>${extra}</li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Harrowgate Freight Partners</title>
<meta name="description" content="Five habits that keep ocean freight moving in peak season, from forecasting to paperwork.">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2026-02-12T08:30:00+00:00"><meta name="author" content="Mireille Dunacombe">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Mireille Dunacombe"},"datePublished":"2026-02-12T08:30:00+00:00","wordCount":640}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://harrowgatefreight.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://harrowgatefreight.example/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4127 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-logo-img"><a href="https://harrowgatefreight.example/" class="custom-logo-link" rel="home"><img width="220" height="48"
src="https://harrowgatefreight.example/wp-content/uploads/2024/05/logo.svg" class="custom-logo" alt="Harrowgate Freight Partners"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow">
${links(wMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div>
<div class="ast-header-custom-item"><a class="ast-custom-button-link" href="/quote/"><div class="ast-button">Get a Quote</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li>
<li class="trail-item"><a href="/insights/"><span>Insights</span></a></li><li class="trail-item trail-end"><span>Peak Season 2026</span></li></ul></div></nav>
</div></div><main id="main" class="site-main"><article class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry
category-ocean-freight tag-peak-season ast-article-single" id="post-4127" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header"><div class="ast-single-post-order">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="cat-links"><a href="/category/ocean-freight/"
rel="category tag">Ocean Freight</a></span> / By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope"
itemprop="author"><a title="View all posts by Mireille Dunacombe" href="/author/mireille/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Mireille Dunacombe</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">February 12, 2026</span></span> / <span class="ast-reading-time">4 min read</span></div></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="/wp-content/uploads/2026/02/yard.jpg" alt=""
class="wp-image-4131"><figcaption class="wp-element-caption">${wCaption}</figcaption></figure>
<h2 class="wp-block-heading">${wH[0]}</h2>
${ps(wS1)}
<h2 class="wp-block-heading">${wH[1]}</h2>
${ps(wS2)}
<p class="has-background" style="background-color:#eef4fa"><strong>Read more:</strong> <a href="/insights/blank-sailings-explained/">Blank sailings
explained: why your vessel disappeared from the schedule</a></p>
<h2 class="wp-block-heading">${wH[2]}</h2>
${ps(wS3)}
<h2 class="wp-block-heading">${wH[3]}</h2>
<p>${wS4[0]}</p>
<ul class="wp-block-list">${wS4
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${wS4[5]}</p>
<h2 class="wp-block-heading">${wH[4]}</h2>
${ps(wS5)}
<h2 class="wp-block-heading">${wH[5]}</h2>
<p>${wS6[0]}</p>
<blockquote class="wp-block-quote"><p>${wS6[1]}</p></blockquote>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-linkedin"><a class="share-linkedin sd-button share-icon"
href="?share=linkedin"><span>LinkedIn</span></a></li><li class="share-twitter"><a class="share-twitter sd-button share-icon"
href="?share=twitter"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="?share=email"><span>Email</span></a>
</li><li class="share-print"><a class="share-print sd-button share-icon" href="#print"><span>Print</span></a></li></ul></div></div></div>
</div><footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/peak-season/" rel="tag">seasonality</a>, <a href="/tag/fcl/"
rel="tag">FCL shipping</a>, <a href="/tag/planning/" rel="tag">capacity planning</a></span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/insights/ics2/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="/insights/air-quotes/" rel="next">Next Post
<span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">
${comment(212, wComments[0])}
${comment(213, wComments[1], `<ol class="children">${comment(214, wReply)}</ol>`)}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea id="comment" name="comment" cols="45" rows="8"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside><aside id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(wRecent)}</ul></nav></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-group is-style-newsletter"><h2 class="wp-block-heading">The Freight Brief</h2>
<p>Rates, routes and rules in one email every fortnight.</p><form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email address">
<input type="submit" value="Subscribe"></form></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><div class="site-footer-section">
<ul class="footer-menu">${links(wFoot, 'menu-item')}</ul><div class="ast-footer-copyright"><p>Copyright © 2026 Harrowgate Freight Partners Ltd.
Registered in England No. 08812446.</p></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to
optimise our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js" src="/wp-content/themes/astra/assets/js/minified/frontend.min.js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout438-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wS1, ...wS2, ...wS3, ...wS4, ...wS5, ...wS6]),
  bylines: ['Mireille Dunacombe', 'February 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wMenu, 'Get a Quote', 'Home', 'Peak Season 2026', 'Ocean Freight', '4 min read', wCaption, 'Read more:',
    'Blank sailings explained: why your vessel disappeared from the schedule', 'Share this:', 'LinkedIn', 'Email', 'Print', 'Tags:', 'seasonality',
    'FCL shipping', 'capacity planning', 'Previous Post', 'Next Post', `3 thoughts on “${wTitle}”`, ...wComments.flat(), ...wReply,
    'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...wRecent,
    'The Freight Brief', 'Rates, routes and rules in one email every fortnight.', ...wFoot,
    'Copyright © 2026 Harrowgate Freight Partners Ltd. Registered in England No. 08812446.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT438_A: readonly TestPage[] = [wordpress, carrierAdvisory];
