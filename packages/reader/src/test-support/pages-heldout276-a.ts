import { links, ps, type TestPage, texts } from './page-kit.js';
import { youtube } from './pages-heldout276-a2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file a: a podcast episode post on a WordPress site (Astra theme) with the Blubrry PowerPress player,
 * show notes and a full transcript with inline speaker labels and time codes (top bar, primary menu, consent banner, the
 * PowerPress play / download / subscribe lines, post tags, share buttons, post navigation, comments with a reply form, a
 * sidebar with recent episodes and a newsletter box, footer) and, from file a2, a YouTube watch page with its transcript panel.
 */
const pTitle = 'Episode 57: Why Our Orchard Stopped Spraying in June';
const pIntro = [
  j(
    'This week Hollis Varne walks the lower block of Kettle Ridge with Tamsin Odell, who has run the cider orchard at Brackwater Farm',
    'for eleven seasons. Three years ago she cut out the June fungicide round entirely, and her scab counts went down, not up.',
  ),
  'We talk about how she got there, what she watches instead of the calendar, and the one year it nearly went wrong.',
];
const pNotes = [
  '[00:01:40] Why the June round was always the expensive one',
  '[00:06:15] Leaf-litter shredding in November and what it does to spring spore loads',
  '[00:14:02] The wet-leaf hours log Tamsin keeps on a clipboard in the barn',
  '[00:22:30] 2024, the year the log said spray and she nearly ignored it',
  '[00:31:05] What a small grower can copy without buying a weather station',
];
const pTranscript = [
  j(
    '<strong>Hollis Varne:</strong> [00:00:12] Welcome back to the show. I am standing in about four inches of mud',
    'at Brackwater, and Tamsin has promised me this is the dry end of the orchard.',
  ),
  '<strong>Tamsin Odell:</strong> [00:00:24] It is the dry end. You should see the other one in March.',
  j(
    '<strong>Hollis Varne:</strong> [00:01:40] So let us start with the thing people keep writing in about. You stopped the June spray.',
    'Everyone I know around here does a June spray. Why did you drop it?',
  ),
  j(
    '<strong>Tamsin Odell:</strong> [00:01:52] Honestly, it started with the invoice. The June round was the most expensive pass of the',
    'year, because by then the canopy is full and you are pushing a lot of water through the sprayer. And when I went back through',
    'six years of notes, I could not find a single season where the June pass had clearly saved the crop.',
  ),
  j('<strong>Hollis Varne:</strong> [00:06:15] But you did not just stop. You changed what happens in the autumn.'),
  j(
    '<strong>Tamsin Odell:</strong> [00:06:21] Right. Scab overwinters in the fallen leaves. If you shred them in November and let the',
    'worms pull them under, there is simply less to release spores in April. We run the flail mower down every row twice now, and',
    'we put a bit of urea on the litter to speed it along. That is where the real work moved to.',
  ),
  j('<strong>Hollis Varne:</strong> [00:14:02] And the clipboard. I have seen the clipboard.'),
  j(
    '<strong>Tamsin Odell:</strong> [00:14:08] The famous clipboard. Every morning from bud burst I write down how many hours the leaves',
    'stayed wet overnight and the temperature. There is an old table that tells you when a wet spell is long enough for an infection',
    'at a given temperature. If we hit it, we spray within two days. If we do not, we leave it. By June the primary spores are',
    'mostly spent, so the table almost never tells us to go.',
  ),
  j('<strong>Hollis Varne:</strong> [00:22:30] Almost never. Tell me about 2024.'),
  j(
    '<strong>Tamsin Odell:</strong> [00:22:36] We had nine days of drizzle in the second week of June, and the log said go. I did not',
    'want to, because I had been telling everyone the June round was dead. My foreman talked me into it. We sprayed the two',
    'susceptible blocks only, and the untreated edge rows came up with twice the fruit scab. So the lesson is not never spray in June.',
    'It is spray when the leaves tell you to.',
  ),
  j('<strong>Hollis Varne:</strong> [00:31:05] Last question. Somebody with forty trees and no weather station. What do they copy?'),
  j(
    '<strong>Tamsin Odell:</strong> [00:31:14] Clean up the leaves, and buy a cheap thermometer. You can judge wet leaves by touching',
    'them at seven in the morning. It is not precise, but it beats spraying because the date says so.',
  ),
];
const pMenu = ['Episodes', 'Show Notes', 'About the Show', 'Support Us', 'Contact'];
const pTags = ['apple scab', 'cider orchards', 'integrated pest management'];
const pRecent = [
  'Episode 56: Grafting Old Varieties onto Young Roots',
  'Episode 55: The Economics of a Pick-Your-Own Weekend',
  'Episode 54: Hedgerows as Windbreaks',
];
const pFoot = ['Privacy Policy', 'Terms', 'Sponsorship'];
const pComments = [
  j(
    'We did the leaf shredding on our 60 trees last autumn after hearing an earlier episode and the difference this spring was',
    'obvious. Going to start a wet-hours log now.',
  ),
  'Would love a follow-up on the urea rates. Is that something a home grower should even try?',
];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pTitle} - Field Notes from Kettle Ridge</title>
<meta name="description" content="Tamsin Odell explains why she dropped the June fungicide round at Brackwater Farm.">
<meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<meta property="article:published_time" content="2026-02-18T06:00:00+00:00"><meta name="generator" content="WordPress 6.7.2">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"PodcastEpisode",
"name":"${pTitle}","datePublished":"2026-02-18","partOfSeries":{"@type":"PodcastSeries","name":"Field Notes from Kettle Ridge"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kettleridge.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<link rel="stylesheet" id="powerpress_subscribe_widget_modern-css"
href="https://kettleridge.example/wp-content/plugins/powerpress/css/subscribe-widget.min.css">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></head>
<body class="post-template-default single single-post postid-4417 single-format-standard ast-single-post ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar">New episodes every other Wednesday</div></div>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-title"><a href="https://kettleridge.example/" rel="home">Field Notes from Kettle Ridge</a></span></div>
<nav id="primary-site-navigation-desktop" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Primary Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(pMenu, 'menu-item menu-item-type-post_type')}</ul>
</nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-4417 post type-post status-publish format-standard hentry category-episodes ast-article-single"
id="post-4417" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${pTitle}</h1>
<div class="entry-meta"><span class="cat-links"><a href="https://kettleridge.example/category/episodes/" rel="category tag">Episodes</a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">18 February 2026</span></span> /
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Hollis Varne" href="https://kettleridge.example/author/hollis/" class="url fn n" rel="author" itemprop="url">
<span class="author-name" itemprop="name">By Hollis Varne</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_4417"><audio class="wp-audio-shortcode" id="audio-4417-1" preload="none" style="width: 100%;"
controls="controls"><source type="audio/mpeg" src="https://media.blubrry.example/kettleridge/ep57.mp3?_=1"></audio></div>
<p class="powerpress_links powerpress_links_mp3" style="margin-bottom: 1px !important;">Podcast:
<a href="https://media.blubrry.example/kettleridge/ep57.mp3" class="powerpress_link_pinw" target="_blank" title="Play in new window"
rel="nofollow">Play in new window</a> | <a href="https://media.blubrry.example/kettleridge/ep57.mp3" class="powerpress_link_d" title="Download" rel="nofollow"
download="ep57.mp3">Download</a> (Duration: 38:47 — 35.6MB)</p>
<p class="powerpress_links powerpress_subscribe_links">Subscribe: <a href="https://kettleridge.example/apple" class="powerpress_link_subscribe
powerpress_link_subscribe_itunes" title="Subscribe on Apple Podcasts" rel="nofollow">Apple Podcasts</a> | <a href="https://kettleridge.example/feed/podcast/"
class="powerpress_link_subscribe powerpress_link_subscribe_rss" title="Subscribe via RSS" rel="nofollow">RSS</a></p>
${ps(pIntro)}
<h2 class="wp-block-heading">Show notes</h2>
<ul class="wp-block-list">${pNotes.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">Full transcript</h2>
${ps(pTranscript)}
<div class="ast-post-social-sharing"><span class="ast-social-sharing-heading">Share this episode</span>
<a href="https://www.facebook.example/sharer" class="ast-social-icon-a" aria-label="Facebook">Facebook</a>
<a href="https://bsky.example/intent/compose" class="ast-social-icon-a" aria-label="Bluesky">Bluesky</a>
<a href="mailto:?subject=Episode%2057" class="ast-social-icon-a" aria-label="Email">Email</a></div></div>
<footer class="entry-footer"><span class="tags-links">Tagged:
${pTags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/episode-56/" rel="prev"><span class="ast-left-arrow">←</span> Previous Episode</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${pTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-881"><article id="comment-881" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Orla Penhale</b>
</cite></div>
<div class="ast-comment-time"><a href="#comment-881"><time datetime="2026-02-19T08:12:00+00:00">19 February 2026 at 8:12 am</time></a></div></header></div>
<section class="ast-comment-content comment"><p>${pComments[0]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-884"><article id="comment-884" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Bram Ketley</b></cite></div>
<div class="ast-comment-time"><a href="#comment-884"><time datetime="2026-02-20T19:40:00+00:00">20 February 2026 at 7:40 pm</time></a></div></header></div>
<section class="ast-comment-content comment"><p>${pComments[1]}</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment" aria-required="true"></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="block-5" class="widget widget_block"><h2 class="widget-title">Recent Episodes</h2>
<ul class="wp-block-latest-posts__list">${links(pRecent)}</ul></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-group newsletter-box"><h2 class="widget-title">The Orchard Letter</h2>
<p>One email a month with the episode notes and a pruning tip.</p><form class="mc4wp-form"><input type="email" name="EMAIL" placeholder="Your email">
<input type="submit" value="Subscribe"></form></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-footer-grid-columns">
<ul class="footer-menu">${links(pFoot, 'menu-item')}</ul>
<div class="ast-footer-copyright"><p>Copyright © 2026 Field Notes from Kettle Ridge | Powered by Astra WordPress Theme</p></div></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container cli-style-v2"><span>We use cookies to count listens and remember your
player settings.</span><a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" class="cli_settings_button">Cookie settings</a></div>
<script id="powerpress-player-js">var powerpress_player = {"autoplay":false};</script></body></html>`;
const podcast: TestPage = {
  name: 'heldout276-wordpress-powerpress-podcast-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Show notes', 'Full transcript'],
  body: texts([...pIntro, ...pNotes, ...pTranscript]),
  bylines: ['18 February 2026', 'By Hollis Varne'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New episodes every other Wednesday', 'Field Notes from Kettle Ridge', ...pMenu, 'Podcast:', 'Play in new window',
    'Download', '(Duration: 38:47 — 35.6MB)', 'Subscribe:', 'Apple Podcasts', 'RSS', 'Share this episode', 'Facebook', 'Bluesky', 'Email', 'Tagged:',
    ...pTags, 'Post navigation', 'Previous Episode', `2 thoughts on “${pTitle}”`, 'Orla Penhale', '19 February 2026 at 8:12 am', ...pComments, 'Reply',
    'Bram Ketley', '20 February 2026 at 7:40 pm', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Episodes', ...pRecent, 'The Orchard Letter', 'One email a month with the episode notes and a pruning tip.', ...pFoot,
    'Copyright © 2026 Field Notes from Kettle Ridge | Powered by Astra WordPress Theme',
    'We use cookies to count listens and remember your player settings.', 'Accept', 'Cookie settings',
  ],
};

export const HELDOUT276_A: readonly TestPage[] = [podcast, youtube];
