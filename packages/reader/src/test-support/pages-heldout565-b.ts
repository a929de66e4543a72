import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file b: a bowling centre's league news post on WordPress with the Astra theme (right sidebar, post navigation, two
 * comments and the reply form); its second page is in file b2.
 */
const kTitle = 'Monday Majors week 9: Pin Pals take over top spot';
const kIntro = [
  j(
    'It was a big night on lanes 1 to 16. Pin Pals took all four points from Split Happens and moved to the top of the',
    'Monday Majors table for the first time this season, one point clear of last week’s leaders, the Gutter Kings.',
  ),
  j(
    'The Gutter Kings dropped three points to Ten Pin Ninjas, who rolled a team scratch series of 2,214 – the highest of the',
    'season so far – with Ray Okafor leading the way on 689.',
  ),
  j(
    'Over on the pair of lanes by the bar, Lucky Strikes and the Rolling Thunder battled to a 2–2 split that could have gone',
    'either way. Rolling Thunder needed a spare in the last frame of game three and left the 7-pin standing.',
  ),
];
const kStand = [
  ['1', 'Pin Pals', '24', '12', '19,842'],
  ['2', 'Gutter Kings', '23', '13', '19,910'],
  ['3', 'Ten Pin Ninjas', '21', '15', '19,507'],
  ['4', 'Lucky Strikes', '18', '18', '18,966'],
  ['5', 'Rolling Thunder', '15', '21', '18,702'],
  ['6', 'Split Happens', '7', '29', '17,488'],
];
const kHigh = [
  'Men’s high game: Ray Okafor (Ten Pin Ninjas), 257',
  'Women’s high game: Denise Hartley (Pin Pals), 241',
  'Men’s high series: Ray Okafor, 689',
  'Women’s high series: Priya Nand (Lucky Strikes), 612',
];
const kNext = j(
  'Week 10 is position night, so lanes will be assigned by the table: first plays second on lanes 1 and 2, and so on down. Please',
  'be at the centre by 6:45pm for practice. Weekly fees stay at £14 per bowler, and the end-of-half banquet deposit of £10 is due',
  'by week 12.',
);
const kNav = ['Home', 'Open Bowling', 'Leagues', 'Parties', 'Pro Shop', 'Contact'];
const kRecent = ['Junior league sign-up opens for the winter', 'Monday Majors week 8: Gutter Kings stay in front', 'New lane machines arrive in December'];
const kCats = ['Centre News', 'Junior League', 'League News'];
const kComments = [
  ['Steve Marsh', 'November 4, 2025 at 10:12 pm', 'Great write-up as always Carla. That 7-pin is going to haunt me all week!'],
  ['Dee Hartley', 'November 5, 2025 at 8:03 am', 'Top spot at last. See everyone on position night, drinks are on Pin Pals.'],
];
const kComHtml = kComments
  .map(
    ([n, d, t], i) => `<li class="comment even thread-even depth-1" id="li-comment-${31 + i}"><article id="comment-${31 + i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${31 + i}">
<time datetime="2025-11-0${4 + i}">${d}</time></a></span></div>
</header></div><section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${kTitle} – Kingsway Bowl</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-04T21:40:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"name":"Carla Dominguez"},"datePublished":"2025-11-04T21:40:11+00:00","articleSection":["League News"]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<style id="astra-theme-css-inline-css">.ast-single-post .entry-content a{text-decoration:underline}</style></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-612 single-format-standard ast-desktop
ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header
class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img">
<a href="/" class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2023/08/kingsway-logo.png" class="custom-logo" alt="Kingsway Bowl"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-612 post type-post status-publish format-standard hentry category-league-news ast-article-single" id="post-612"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${kTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Carla Dominguez" href="/author/carla/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Carla Dominguez</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">November 4, 2025</span></span> / <span class="cat-links">
<a href="/category/league-news/" rel="category tag">League News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(kIntro)}
<h2 class="wp-block-heading">Standings after week 9</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Pos</th><th>Team</th><th>Won</th><th>Lost</th><th>Pins</th></tr></thead>
<tbody>${trs(kStand)}</tbody></table></figure>
<h2 class="wp-block-heading">High scores</h2><ul class="wp-block-list">${lis(kHigh)}</ul>
<h2 class="wp-block-heading">Next week</h2><p>${kNext}</p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a title="Monday Majors week 8: Gutter Kings stay in front" href="/monday-majors-week-8/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a title="Junior league sign-up opens for the winter" href="/junior-league-sign-up/" rel="next">Next Post <span
class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on “${kTitle}”</h3></div>
<ol class="ast-comment-list">${kComHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-lg-12">
<label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="author" class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" placeholder="Name*"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" placeholder="Email*"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(kRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(kCats, 'cat-item')}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>Copyright &copy; 2025 Kingsway Bowl | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer>
</div><script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;
const kingsway: TestPage = {
  name: 'heldout565-astra-bowling-league',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['Standings after week 9', 'High scores', 'Next week'],
  body: texts([...kIntro, ...rowTexts(kStand), ...kHigh, kNext]),
  bylines: ['By Carla Dominguez', 'November 4, 2025', ...kComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'League News', '← Previous Post', 'Next Post →', `2 thoughts on “${kTitle}”`,
    ...kComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.', 'Recent Posts',
    ...kRecent, 'Categories', 'Centre News', 'Junior League', 'Copyright © 2025 Kingsway Bowl | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT565_B: readonly TestPage[] = [kingsway];
