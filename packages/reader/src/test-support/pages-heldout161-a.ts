import { links, type TestPage, texts } from './page-kit.js';
import { phoronixNews } from './pages-heldout161-a2.js';

/**
 * Held-out batch 161, file a: a Hackaday post (WordPress VIP, "hackaday-2018" theme) with its reader comments (skip link,
 * masthead nav, "by:" author and date, the comment count in the entry meta, the featured image, an embedded video, "Posted in"
 * and "Tagged" links, the share bar, previous/next post navigation, the comments with "says:", "Report comment" and "Reply",
 * the reply form with its comment-policy line and the Akismet note, the sidebar with "Never miss a hack", the newsletter box,
 * "If you missed it" and "Our Columns" rails, the footer and the cookie notice) and, from file a2, a Phoronix news article.
 */
const hdTitle = 'A Bicycle Speedometer Finds a Second Life as a Tide Clock';
const hdP1 = [
  `Living on an estuary means the tide runs your life a little, and [Marta Lindqvist] got tired of checking an app every time she
  wanted to launch her kayak. Her answer is a tide clock built around the needle gauge from a 1970s bicycle speedometer, a part she
  found in a box of spares at a village jumble sale.`,
  `The original speedometer was driven by a cable from the front hub, spinning a magnet inside an aluminium cup. [Marta] pulled all of
  that out and replaced it with a small stepper motor from a car dashboard, the kind sold by the hundred for instrument cluster
  repairs. The needle now sweeps from zero at low water to the top of the scale at high water, and the old odometer window shows the
  minutes until the next turn of the tide.`,
];
const hdP2 = [
  `The brains are an ESP32 that pulls a year of predictions for the nearest tide gauge once a month and keeps them in flash, so the clock
  carries on even if the Wi-Fi goes down. Rather than trusting the predictions blindly, she added a cheap ultrasonic sensor pointed at
  the water under her jetty. When the measured level drifts more than ten centimetres from the prediction, usually on days with a strong
  onshore wind, a tiny LED behind the dial glows amber.`,
  `Getting the odometer drums to turn was the hardest part. They were meant to be pushed along by a worm gear, one tenth of a mile at a
  time, and would only ever count upwards. Her solution was a second stepper and a 3D-printed gear train that resets the drums to zero
  at each high and low water, which you can see in the video below. It is noisy for about four seconds, twice a day, and she says the
  cat has learned to ignore it.`,
  `All the code and the printable parts are on her repository, along with a long list of what did not work, which is often the most useful
  part of any write-up. We have seen a few <a href="https://hackaday.com/tag/tide-clock/">tide clocks</a> here over the years, but
  repurposing an analogue gauge gives this one a charm the e-paper builds cannot match.`,
];
const hdComments = [
  [
    'Owen Treharne',
    'March 4, 2026 at 6:48 am',
    'The amber warning light is a lovely touch. Predictions round here are often 20 minutes out when the wind is from the west.',
  ],
  [
    'zerocool_77',
    'March 4, 2026 at 8:15 am',
    'Those instrument cluster steppers are great. Cheap, quiet and you can drive them straight from a GPIO with a couple of resistors.',
  ],
  ['Hester P.', 'March 4, 2026 at 11:02 am', 'Now I want one that shows the moon phase on the trip meter too.'],
];
const hdNav = ['Home', 'Blog', 'Hackaday.io', 'Tindie', 'Hackaday Prize', 'Submit', 'About'];
const hdTags = ['esp32', 'odometer', 'speedometer', 'stepper motor', 'tide clock', 'ultrasonic sensor'];
const hdShare = ['Facebook', 'Twitter', 'LinkedIn', 'Reddit', 'Email'];
const hdMissed = [
  'Keeping a 1980s Word Processor Alive With a Modern Floppy Emulator',
  'Tiny Synth Fits in a Matchbox',
  'Hackaday Podcast Episode 311: Glass Plotters, Sand Batteries and Bad Solder',
  'Reverse Engineering a Lighthouse Controller',
];
const hdColumns = ['Ask Hackaday: How Do You Label Your Cables?', 'Tech in Plain Sight: Level Crossings', 'Supercon 2025: Making the Badge'];
const hdFoot = ['Privacy Policy', 'Terms of Service', 'Powered by WordPress VIP'];
const hdForm = ['Leave a Reply', 'Cancel reply', 'Comment', 'Name', 'Email', 'Website', 'Post Comment'];
const hdPolicy = 'Please be kind and respectful to help make the comments section excellent. (Comment Policy)';
const hdAkismet = 'This site uses Akismet to reduce spam. Learn how your comment data is processed.';
const hdCookie = 'By using our website and services, you expressly agree to the placement of our performance, functionality and advertising cookies.';
const hdNews = 'Get the latest hacks delivered to your inbox';
const hdComment = ([who, when, text]: string[], i: number): string => `<li id="comment-69120${i}" class="comment ${i % 2 ? 'odd alt' : 'even'} thread-${
  i % 2 ? 'odd' : 'even'
} depth-1"><article id="div-comment-69120${i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${i}?s=50&amp;d=identicon" class="avatar avatar-50 photo" height="50" width="50" loading="lazy">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-69120${i}">
<time datetime="2026-03-04T0${i}:00:00+00:00">${when}</time></a></div></footer><div class="comment-content"><p>${text}</p></div>
<div class="report-abuse"><a href="#" class="report-abuse-link" data-comment-id="69120${i}">Report comment</a></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-69120${i}" data-commentid="69120${i}"
aria-label="Reply to ${who}">Reply</a></div></article></li>`;
const hdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Bicycle Speedometer Finds a Second Life as a Tide Clock | Hackaday</title>
<meta name="description" content="Living on an estuary means the tide runs your life a little, and [Marta Lindqvist] got tired of checking an app.">
<link rel="canonical" href="https://hackaday.com/2026/03/03/a-bicycle-speedometer-finds-a-second-life-as-a-tide-clock/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Hackaday"><meta property="og:title" content="${hdTitle}">
<meta property="article:published_time" content="2026-03-04T06:00:00+00:00"><meta name="author" content="Dan Okafor">
<link rel="stylesheet" id="hackaday-style-css" href="https://hackaday.com/wp-content/themes/hackaday-2018/style.css?ver=1.4.2" media="all">
<script type="text/javascript" id="hackaday-ads-js-extra">var hadAds = {"slots":["sidebar-1","sidebar-2"],"lazy":true};</script>
<script src="https://hackaday.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-691204 single-format-standard group-blog">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="headerwrap"><div class="site-branding">
<a href="https://hackaday.com/" rel="home" class="custom-logo-link"><img src="https://hackaday.com/wp-content/themes/hackaday-2018/img/logo.png"
alt="Hackaday" class="custom-logo"></a></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false">Menu</button><ul id="menu-main-menu" class="menu">${links(hdNav, 'menu-item menu-item-type-custom')}</ul></nav>
<div class="header-search"><form role="search" method="get" class="search-form" action="https://hackaday.com/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-691204" class="post-691204 post type-post status-publish format-standard has-post-thumbnail hentry category-clock-hacks
category-misc-hacks tag-esp32 tag-odometer tag-tide-clock"><header class="entry-header"><h1 class="entry-title">${hdTitle}</h1>
<div class="entry-meta"><span class="byline"><span class="entry-author"><span class="author vcard">by: <a class="url fn n"
href="https://hackaday.com/author/dokafor/">Dan Okafor</a></span></span></span><span class="entry-date"><span class="posted-on">
<time class="entry-date published" datetime="2026-03-04T06:00:00+00:00">March 4, 2026</time></span></span>
<a href="#comments" class="comments-counts comments-counts-top"><img alt="" src="https://hackaday.com/wp-content/themes/hackaday-2018/img/icon-comment.png">
3 Comments</a></div></header>
<div class="entry-featured-image"><img width="800" height="450" src="https://hackaday.com/wp-content/uploads/2026/03/tide_featured.jpg"
class="attachment-large size-large wp-post-image" alt="" decoding="async"></div>
<div class="entry-content">
${hdP1.map((p) => `<p>${p}</p>`).join('\n')}
${hdP2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><span class="embed-youtube" style="text-align:center; display: block;"><iframe class="youtube-player" width="800" height="450"
src="https://www.youtube.example/embed/t1d3cl0ck?version=3&amp;rel=1&amp;showsearch=0" allowfullscreen="true"
title="YouTube video player"></iframe></span></p>
<p>${hdP2[2]}</p>
</div>
<footer class="entry-footer"><div class="share-dialog"><span class="share-dialog-title">Share this post:</span><ul class="sharing">
${links(hdShare, 'share-item')}</ul></div><span class="cat-links">Posted in <a href="https://hackaday.com/category/clock-hacks/" rel="category tag">clock
hacks</a>, <a href="https://hackaday.com/category/misc-hacks/" rel="category tag">Misc Hacks</a></span><span class="tags-links">Tagged ${hdTags
  .map((t) => `<a href="https://hackaday.com/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://hackaday.com/2026/03/03/tiny-synth/" rel="prev">← Tiny Synth Fits in a Matchbox</a></div>
<div class="nav-next"><a href="https://hackaday.com/2026/03/04/lighthouse/" rel="next">Reverse Engineering a Lighthouse Controller →</a></div>
</div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “${hdTitle}”</h2>
<ol class="comment-list">${hdComments.map(hdComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://hackaday.com/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes">Please be kind and respectful to help make the comments section excellent. (<a
href="https://hackaday.com/comment-policy/">Comment Policy</a>)</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="comment-form-author"><label for="author">Name</label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email</label><input id="email" name="email" type="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment">Post Comment</p></form>
<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/" target="_blank"
rel="nofollow noopener">Learn how your comment data is processed.</a></p></div></div>
</main></div>
<aside id="secondary" class="widget-area sidebar" role="complementary">
<div class="widget ad-widget"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-sidebar-1" class="ad-slot"></div></div>
<section id="social-2" class="widget widget_social"><h2 class="widget-title">Never miss a hack</h2><ul class="social-links">
<li><a href="https://www.facebook.example/hackaday">Follow on facebook</a></li><li><a href="https://x.example/hackaday">Follow on twitter</a></li>
<li><a href="https://www.youtube.example/hackaday">Follow on youtube</a></li><li><a href="https://hackaday.com/feed/">Follow on rss</a></li>
<li><a href="https://hackaday.com/contact-hackaday/">Contact us</a></li></ul></section>
<section id="newsletter-3" class="widget widget_newsletter"><h2 class="widget-title">Subscribe</h2><p>${hdNews}</p>
<form class="newsletter-form"><label for="nl-email" class="screen-reader-text">Email address</label><input id="nl-email" type="email">
<button type="submit">Sign up</button></form></section>
<section id="missed-4" class="widget widget_missed"><h2 class="widget-title">If you missed it</h2><ul>${links(hdMissed, 'missed-item')}</ul>
<a class="more-link" href="https://hackaday.com/blog/">More from this category</a></section>
<section id="columns-5" class="widget widget_columns"><h2 class="widget-title">Our Columns</h2><ul>${links(hdColumns, 'column-item')}</ul></section>
</aside></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><span class="copyright">Copyright © 2026 | Hackaday, Hack
A Day, and the Skull and Wrenches Logo are Trademarks of Hackaday.com</span><ul class="footer-links">${links(hdFoot)}</ul></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice">
<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">${hdCookie}</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept</a>
<a href="https://hackaday.com/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">Learn more</a></span></div></div>
<script src="https://hackaday.com/wp-content/themes/hackaday-2018/js/navigation.js?ver=20151215" id="hackaday-navigation-js"></script>
<script>window.wpcom = window.wpcom || {}; window.wpcom.stats = {"blog":"4779443","post":"691204"};</script></body></html>`;
const hackaday: TestPage = {
  html: hdHtml,
  name: 'heldout161-hackaday-blog',
  kind: 'blog',
  title: hdTitle,
  headings: [],
  body: texts([...hdP1, ...hdP2]),
  bylines: ['Dan Okafor', 'March 4, 2026', ...hdComments.flatMap((c) => [c[0] ?? '', c[1] ?? ''])],
  // the reader comments are furniture (a blog post, not a discussion); their names and times are bylines
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', ...hdNav, 'Search for:', '3 Comments', 'Share this post:', ...hdShare, 'Misc Hacks', ...hdTags,
    'Post navigation', '← Tiny Synth Fits in a Matchbox', 'Reverse Engineering a Lighthouse Controller →', `3 thoughts on “${hdTitle}”`,
    ...hdComments.map((c) => c[2] ?? ''), 'says:', 'Report comment', 'Reply', ...hdForm, hdPolicy, hdAkismet, 'Advertisement', 'Never miss a hack',
    'Follow on facebook', 'Follow on twitter', 'Follow on youtube', 'Follow on rss', 'Contact us', 'Subscribe', hdNews, 'Email address', 'Sign up',
    'If you missed it', ...hdMissed, 'More from this category', 'Our Columns', ...hdColumns, ...hdFoot, hdCookie, 'Accept', 'Learn more',
  ],
};

export const HELDOUT161_A: readonly TestPage[] = [hackaday, phoronixNews];
