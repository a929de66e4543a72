import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, rowText, tr } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file a: a club's monthly night sky guide on WordPress (Astra) with sidebar widgets and comments.
 */
const aTitle = 'What’s Up: The Night Sky in October 2026';
const aIntro = [
  j(
    'October brings longer evenings and, at last, proper darkness before nine o’clock. Saturn is well placed all evening, Jupiter',
    'climbs out of the east before midnight, and the Orionids put on a modest show in the last third of the month.',
  ),
  'Times below are given for Dunmore and are in British Summer Time until the clocks go back on 25 October.',
];
const aPlanets = [
  j(
    '<strong>Saturn</strong> reaches opposition on 4 October and is due south at about one in the morning. The rings are',
    'opening again after their edge-on passage, tilted a little under five degrees, so even a small telescope shows them as a thin bar.',
  ),
  j(
    '<strong>Jupiter</strong> rises around 10:30 pm at the start of the month and two hours earlier by the end. Watch the four',
    'bright moons change places from night to night; on 17 October Io and Europa both cross the disc within an hour of each other.',
  ),
  '<strong>Venus</strong> is lost in the evening twilight and will not be an easy target again until December.',
];
const aMeteors = [
  j(
    'The Orionids peak on the night of 21 to 22 October. Expect perhaps 15 meteors an hour from a dark site after midnight, when the',
    'radiant near Betelgeuse is high. The Moon is a thin crescent that night, so conditions should be good if the sky is clear.',
  ),
  j(
    'You do not need any equipment: lie back on a reclining chair, face south-east and give your eyes twenty minutes to adapt.',
    'Dress more warmly than you think you need.',
  ),
];
const aDeep = [
  j(
    'This month’s target is the Double Cluster in Perseus, two rich star clusters side by side and just visible to the naked eye as',
    'a brighter patch in the Milky Way between Cassiopeia and Perseus.',
  ),
  j(
    'Binoculars show both clusters in the same field; a low-power eyepiece in any telescope frames them beautifully. Look for the',
    'handful of orange giant stars scattered among the blue-white ones.',
  ),
];
const aPhaseRows = [
  ['First quarter', '2 October'],
  ['Full Moon', '9 October'],
  ['Last quarter', '16 October'],
  ['New Moon', '24 October'],
];
const aOutro = j(
  'Our next public observing evening is on Friday 16 October at Castle Hill car park from 7:30 pm, weather permitting. Members will',
  'have telescopes set up and everyone is welcome.',
);
const aHeads = ['The planets', 'Meteor showers', 'Deep-sky target of the month', 'Moon phases'];
const aNav = ['Home', 'About the Club', 'Night Sky', 'Events', 'Membership', 'Contact'];
const aRecent = ['Report: our stand at the Dunmore Show', 'Starting out with binoculars', 'What’s Up: The Night Sky in September 2026'];
const aCats = ['Club News', 'Night Sky', 'Observing Reports', 'Beginners'];
const aArch = ['October 2026', 'September 2026', 'August 2026'];
const aComments = [
  'Thanks Petra – managed Saturn from the back garden last night with my 70mm refractor, rings clearly visible!',
  'Is the Castle Hill evening still on if it is only partly cloudy? Hoping to bring my two boys.',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Dunmore Astronomy Club</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Dunmore Astronomy Club &raquo; Feed" href="https://dunmoreastro.org.uk/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="https://dunmoreastro.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em;}.entry-title{font-size:30px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-09-28T18:02:11+00:00","author":{"name":"Petra Okonkwo-Lind"}}]}</script>
<script src="https://dunmoreastro.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope"
class="post-template-default single single-post postid-2231 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar
astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div
class="ast-builder-layout-element ast-flex site-header-focus-item"
data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://dunmoreastro.org.uk/" class="custom-logo-link" rel="home"><img width="60" height="60"
src="https://dunmoreastro.org.uk/wp-content/uploads/2023/02/dac-logo.png" class="custom-logo" alt="Dunmore Astronomy Club"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://dunmoreastro.org.uk/" rel="home" itemprop="url">Dunmore Astronomy
Club</a></span>
<p class="site-description" itemprop="description">Stargazing in the Dunmore hills since 1974</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1
navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-night-sky ast-article-single" id="post-2231"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://dunmoreastro.org.uk/wp-content/uploads/2026/09/saturn-oct-1024x576.jpg" class="attachment-large size-large wp-post-image" alt=""
itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By <a
title="View all posts by Petra Okonkwo-Lind"
href="https://dunmoreastro.org.uk/author/petra/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Petra
Okonkwo-Lind</span></a></span>
 / <span class="posted-on"><span class="published" itemprop="datePublished">September 28, 2026</span></span>
 / <span class="cat-links"><a href="https://dunmoreastro.org.uk/category/night-sky/" rel="category tag">Night Sky</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aHeads[0]}</h2>
${ps(aPlanets)}
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533"
src="https://dunmoreastro.org.uk/wp-content/uploads/2026/09/saturn-mk.jpg"
alt="Saturn through a telescope" class="wp-image-2240"><figcaption class="wp-element-caption">Saturn imaged by member Ravi Mansell from Dunmore last
October.</figcaption></figure>
<h2 class="wp-block-heading">${aHeads[1]}</h2>
${ps(aMeteors)}
<h2 class="wp-block-heading">${aHeads[2]}</h2>
${ps(aDeep)}
<h2 class="wp-block-heading">${aHeads[3]}</h2>
<figure class="wp-block-table"><table><thead><tr><th>Phase</th><th>Date</th></tr></thead><tbody>
${aPhaseRows.map((r) => tr(r)).join('')}</tbody></table></figure>
${ps([aOutro])}
<p>Clear skies!</p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://dunmoreastro.org.uk/report-dunmore-show/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous
Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on “${aTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info">
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Graham Tulley</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-311"><time datetime="2026-09-29T08:14:02+00:00">September 29, 2026 at 8:14 am</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${aComments[0]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#comment-311">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-312"><article id="comment-312" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Helen
Sarkis</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-312"><time datetime="2026-10-01T19:40:51+00:00">October 1, 2026 at 7:40
pm</time></a></span>
</div></header></div><section class="ast-comment-content comment"><p>${aComments[1]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-312">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="https://dunmoreastro.org.uk/wp-comments-post.php" method="post"
id="ast-commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked
<span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><p class="form-submit"><input name="submit" type="submit"
id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://dunmoreastro.org.uk/"><label
for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(aRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories"><ul>${links(aCats, 'cat-item')}</ul></nav></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav
aria-label="Archives"><ul>${links(aArch)}</ul></nav></aside></div></div>
</div></div><footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2026 Dunmore Astronomy Club | Registered charity no. 1048820</p></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://dunmoreastro.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraGuide: TestPage = clean({
  name: 'heldout678-astra-night-sky-guide',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: [...texts([...aIntro, ...aPlanets, ...aMeteors, ...aDeep]), ...aPhaseRows.map(rowText), aOutro, 'Clear skies!'],
  bylines: ['By Petra Okonkwo-Lind', 'September 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Dunmore Astronomy Club', 'Stargazing in the Dunmore hills since 1974', ...aNav.filter((t) => t !== 'Night Sky'), 'Night Sky',
    'Saturn imaged by member Ravi Mansell from Dunmore last October.', 'Post navigation', 'Previous Post', `2 thoughts on “${aTitle}”`, 'Graham Tulley',
    'September 29, 2026 at 8:14 am', ...aComments, 'Reply', 'Helen Sarkis', 'October 1, 2026 at 7:40 pm', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Type here..', 'Recent Posts', ...aRecent, 'Categories',
    ...aCats.filter((t) => t !== 'Night Sky'), 'Archives', ...aArch, 'Copyright © 2026 Dunmore Astronomy Club | Registered charity no. 1048820',
  ],
});

export const HELDOUT678_A: readonly TestPage[] = [astraGuide];
