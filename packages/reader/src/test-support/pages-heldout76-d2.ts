import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 76, file d2: a podcast episode page on a WordPress site (GeneratePress theme) with the PowerPress player,
 * its "Podcast: Play in new window | Download" and "Subscribe:" lines at the top of the entry content, the audio element's
 * fallback link, show notes with chapter list and links, an inline transcript with speaker labels, Jetpack's "Share this:"
 * buttons, "Like this:" and related posts inside the entry content, categories and tags, post navigation, the comment
 * form, the right sidebar (search, "About the show", "Recent Episodes") and the footer bar.
 */
const pcTitle = 'Ep. 87: Why hedgerows are coming back, with Dr. Ines Carvalho';
const pcAudio = 'https://media.blubrry.example/thelongfield/ep87-hedgerows.mp3';
const pcNotes = [
  'Hedgerows were ripped out across much of the country in the decades after the war to make room for bigger machines. Now ' +
    'farmers are planting them again, sometimes on the very lines their grandparents cleared. This week Hannah talks to ' +
    'ecologist Dr. Ines Carvalho about what a hedge actually does on a working farm, why the first five years matter most, and ' +
    'how to get a new hedge past the rabbits.',
];
const pcChapters = [
  '(00:00) Introduction',
  '(02:41) How Ines ended up counting beetles in hedge bottoms',
  '(11:05) What a hedge does for crops, livestock and soil',
  '(24:30) Planting: species, spacing and guards',
  '(38:12) Cutting regimes and why every other year works',
  '(47:50) Listener question: can a hedge pay for itself?',
];
const pcLinks = [
  'Dr. Carvalho’s field guide to hedge management (free PDF from the Marsh End Trust)',
  'Episode 61: Living fences in the uplands',
  'The county hedge planting grant, open until 31 January',
];
const pcTranscriptIntro = ['This transcript was generated automatically and lightly edited. Please check against the audio before quoting.'];
const pcTranscript = [
  '<strong>Hannah Price:</strong> Welcome back to The Long Field. I’m Hannah Price, and today I’m talking hedges, which I know ' +
    'some of you have been asking about for a long time. My guest is Dr. Ines Carvalho, an ecologist who has spent the last ' +
    'fifteen years studying hedgerows on working farms. Ines, thanks for coming on.',
  '<strong>Ines Carvalho:</strong> Thank you for having me. I should warn you I can talk about hedges for a very long time.',
  '<strong>Hannah Price:</strong> That’s what we’re here for. Let’s start with the basic question. A farmer has a field edge ' +
    'with nothing on it. Why should they plant a hedge there?',
  '<strong>Ines Carvalho:</strong> There are three answers, and which one matters depends on the farm. For livestock, a hedge ' +
    'is shelter. Sheep on a field with a good hedge lose less condition in a cold spring, and lambs survive better. For arable ' +
    'farms, it is the insects. The bottom of a hedge is where beetles and spiders spend the winter, and in spring they move out ' +
    'into the crop and eat aphids. And for everyone, it is the soil and the water. A hedge on a slope slows run-off and catches ' +
    'soil that would otherwise end up in the ditch.',
  '<strong>Hannah Price:</strong> And how long before you see any of that?',
  '<strong>Ines Carvalho:</strong> Longer than people hope. The first five years are really about keeping the young plants alive. ' +
    'Weeds and rabbits are the two things that kill new hedges, so the guards and a good mulch matter more than anything you ' +
    'plant. By year six or seven you start to have a hedge that does something.',
];
const pcNav = ['Home', 'Episodes', 'Guests', 'About', 'Support the Show', 'Contact'];
const pcShare = ['Facebook', 'X', 'Email', 'Print'];
const pcRelated = [
  ['Ep. 61: Living fences in the uplands', 'March 14, 2024', 'In "Episodes"'],
  ['Ep. 79: Soil carbon, with and without the hype', 'July 3, 2025', 'In "Episodes"'],
];
const pcRecent = ['Ep. 87: Why hedgerows are coming back', 'Ep. 86: Running a farm shop in winter', 'Ep. 85: Seed saving for beginners'];
const pcAbout = 'The Long Field is a fortnightly podcast about farming, food and the land, hosted by Hannah Price from a farm on the edge of ' + 'the Fens.';
const pcForm = [
  'Leave a Comment',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const pcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const pcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 87: Why hedgerows are coming back, with Dr. Ines Carvalho – The Long Field</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="The Long Field » Feed" href="https://thelongfield.example/feed/">
<link rel="alternate" type="application/rss+xml" title="Podcast Feed: The Long Field" href="https://thelongfield.example/feed/podcast/">
<meta property="og:type" content="article"><meta property="og:title" content="${pcTitle}"><meta property="og:audio" content="${pcAudio}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${pcTitle}",
"author":{"name":"Hannah Price"},"datePublished":"2025-11-06T05:00:00+00:00","articleSection":["Episodes"]},
{"@type":"WebSite","name":"The Long Field"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://thelongfield.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<link rel="stylesheet" id="jetpack_css-css" href="https://thelongfield.example/wp-content/plugins/jetpack/css/jetpack.css?ver=14.0" media="all">
<script src="https://thelongfield.example/wp-content/plugins/powerpress/player.min.js?ver=6.7.1" id="powerpress-player-js"></script></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers
header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://thelongfield.example/" rel="home">The Long Field</a></p>
<p class="site-description" itemprop="description">Conversations about farming, food and the land</p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"></svg></span><span class="mobile-menu">Menu</span>
</button><div id="primary-menu" class="main-nav"><ul id="menu-main"
class=" menu sf-menu">${links(pcNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry
category-episodes tag-hedgerows tag-biodiversity" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://thelongfield.example/wp-content/uploads/2025/11/ep87-hedge.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"
decoding="async" fetchpriority="high"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${pcTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2025-11-06T05:00:00+00:00" itemprop="datePublished">November 6, 2025</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://thelongfield.example/author/hannah/"
title="View all posts by Hannah Price" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Hannah Price</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
<div class="powerpress_player" id="powerpress_player_4471"><audio class="wp-audio-shortcode" id="audio-812-1" preload="none" style="width: 100%;"
controls="controls"><source type="audio/mpeg" src="${pcAudio}?_=1"><a href="${pcAudio}">${pcAudio}</a></audio></div>
<p class="powerpress_links powerpress_links_mp3" style="margin-bottom: 1px !important;">Podcast: <a href="${pcAudio}" class="powerpress_link_pinw"
target="_blank" title="Play in new window" rel="nofollow">Play in new window</a> | <a href="${pcAudio}" class="powerpress_link_d" title="Download"
rel="nofollow" download="ep87-hedgerows.mp3">Download</a> (Duration: 52:14 — 47.9MB)</p>
<p class="powerpress_links powerpress_subscribe_links">Subscribe: <a href="https://podcasts.apple.example/podcast/id1550" class="powerpress_link_subscribe
powerpress_link_subscribe_itunes" target="_blank" title="Subscribe on Apple Podcasts"
rel="nofollow">Apple Podcasts</a> | <a href="https://open.spotify.example/show/7"
class="powerpress_link_subscribe powerpress_link_subscribe_spotify" target="_blank" title="Subscribe on Spotify" rel="nofollow">Spotify</a> | <a
href="https://thelongfield.example/feed/podcast/" class="powerpress_link_subscribe powerpress_link_subscribe_rss" target="_blank" title="Subscribe via RSS"
rel="nofollow">RSS</a></p>
${pcPs(pcNotes)}
<h2 class="wp-block-heading">In this episode</h2>
<ul class="wp-block-list">${pcChapters.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">Links and resources</h2>
<ul class="wp-block-list">${pcLinks.map((t, i) => `<li><a href="https://thelongfield.example/link-${i}/">${t}</a></li>`).join('\n')}</ul>
<h2 class="wp-block-heading">Transcript</h2>
<p><em>${pcTranscriptIntro[0]}</em></p>
${pcPs(pcTranscript)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${pcShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${s.toLowerCase()}-812"
class="share-${s.toLowerCase()}
sd-button share-icon" href="https://thelongfield.example/ep-87/?share=${s.toLowerCase()}" target="_blank"
title="Click to share on ${s}"><span>${s}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-2001-812-6739"
data-src="https://widgets.wp.example/likes/#blog_id=2001&amp;post_id=812" data-name="like-post-frame-2001-812"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span>
<span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">${pcRelated
  .map(
    ([t, d, c]) => `<p class="jp-relatedposts-post jp-relatedposts-post0" data-post-id="7${t!.slice(4, 6)}" data-post-format="false">
<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://thelongfield.example/${t!.slice(4, 6)}/">${t}</a></span>
<span class="jp-relatedposts-post-date">${d}</span><span class="jp-relatedposts-post-context">${c}</span></p>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a
href="https://thelongfield.example/category/episodes/" rel="category tag">Episodes</a></span> <span class="tags-links"><span class="screen-reader-text">Tags
</span><a href="https://thelongfield.example/tag/hedgerows/" rel="tag">hedgerows</a>, <a href="https://thelongfield.example/tag/biodiversity/"
rel="tag">biodiversity</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev"><a
href="https://thelongfield.example/ep-86/" rel="prev">Ep. 86: Running a farm shop in winter</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${pcForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${pcForm[1]}</a></small></h3>
<form action="https://thelongfield.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">${pcForm[2]}</span> <span class="required-field-message">${pcForm[3]} <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${pcForm[4]}</label><textarea id="comment" name="comment" cols="45" rows="8"
required></textarea></p><label for="author" class="screen-reader-text">${pcForm[5]}</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">${pcForm[6]}</label><input placeholder="Email *" id="email" name="email" type="email">
<label for="url" class="screen-reader-text">${pcForm[7]}</label><input placeholder="Website" id="url" name="url" type="url">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${pcForm[8]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2"
class="widget inner-padding widget_search">
<form method="get" class="search-form" action="https://thelongfield.example/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search …" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">About the show</h2><div class="textwidget"><p>${pcAbout}</p></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>${links(pcRecent)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"
itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">
<div class="copyright-bar">© 2025 The Long Field • Built with <a href="https://generatepress.example"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://thelongfield.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
export const podcastEpisode: TestPage = {
  html: pcHtml,
  name: 'heldout76-wordpress-powerpress-podcast-episode',
  kind: 'blog',
  // the show notes, chapter list, links list, the transcript note and the transcript paragraphs (speaker labels are part
  // of each paragraph) are body; the PowerPress player lines with the audio element's fallback URL, Jetpack's share, like
  // and related blocks inside the entry content, categories, tags, post navigation, the comment form, sidebar, nav and
  // footer are furniture; the date and the author are bylines ("by" in neither); the sidebar's link to this episode is
  // part of the title: left out
  title: pcTitle,
  headings: ['In this episode', 'Links and resources', 'Transcript'],
  body: [...pcNotes, ...pcChapters, ...pcLinks, ...pcTranscriptIntro, ...texts(pcTranscript)],
  bylines: ['November 6, 2025', 'Hannah Price'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Long Field', 'Conversations about farming, food and the land', 'Menu', ...pcNav, pcAudio, 'Podcast:', 'Play in new window',
    'Download', '(Duration: 52:14 — 47.9MB)', 'Subscribe:', 'Apple Podcasts', 'Spotify', 'RSS', 'Share this:', ...pcShare, 'Like this:', 'Like',
    'Loading...', 'Related', ...pcRelated.flat().filter((t, i, a) => a.indexOf(t) === i), 'Categories', 'hedgerows', 'biodiversity',
    ...pcForm.filter((t) => t !== 'Email'),
    'Search for:', 'About the show', pcAbout, 'Recent Episodes', ...pcRecent.slice(1), '© 2025 The Long Field • Built with GeneratePress',
  ],
};
