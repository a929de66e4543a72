import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout672-kit.js';

/** Held-out batch 672, file a2: a philatelic society's newsletter post on WordPress (Astra theme) with comments. */
const wTitle = 'March meeting: the canal packet boat mails, 1836 to 1871';
const wBody = [
  j(
    'Thirty-one members and four visitors braved the sleet for our March meeting at the Quarry Lane rooms, where Harold Pennock',
    'gave the display we had been promised since the autumn: ninety sheets of letters carried on the Fernhollow canal packets.',
  ),
  'How the packet mails worked',
  j(
    'From 1836 the canal company held a contract to carry the mails between Fernhollow and Brackley Wharf on its passenger',
    'packets. Letters were handed to the packet master in a locked bag and the boat did the run in under five hours, faster',
    'than the mail coach on the turnpike. Harold showed the only recorded copy of the contract notice, printed in Brackley.',
  ),
  j(
    'The earliest letters carry no special marking at all and can only be identified from their contents or from the',
    'arrival times written on the back. From 1841 a boxed "CANAL PACKET" handstamp was struck at Brackley, first in black and,',
    'from about 1850, in a dull blue.',
  ),
  'Highlights of the display',
  'a letter of 1837 written on board by a passenger complaining of the cold',
  'the boxed handstamp in black on a mourning cover, the earliest of the seven known',
  'a wrapper endorsed "by packet" in the hand of the canal clerk at Fernhollow',
  'the last packet letter, dated 30 September 1871, two days before the railway took over the contract',
  j(
    'In the discussion afterwards Joan Ferriby asked whether the blue strikes were used only on letters going south. Harold',
    'thought not, but admitted that all eleven blue strikes he had seen were on southbound mail. Members with packet letters',
    'in their own collections are asked to send him a scan so that the census can be brought up to date.',
  ),
  'Next month',
  j(
    'Our April meeting is the annual auction. Lots must reach the auction secretary by 28 March; the list will be sent out with',
    'the next newsletter. Viewing starts at 7 pm and the first lot will be offered at 7.30.',
  ),
];
const wNav = ['Home', 'About the Society', 'Meetings', 'Newsletter', 'Library', 'Join Us'];
const wRecent = ['February meeting: Victorian valentines', 'Society library: new arrivals', 'Annual general meeting 2026'];
const wComments = [
  ['Dennis Aulden', 'March 15, 2026 at 9:12 am', 'A splendid display. I had no idea the blue handstamp was so late in use.'],
  ['Harold Pennock', 'March 15, 2026 at 6:40 pm', 'Thank you Dennis. If anyone has a strike dated before 1850 in blue I would love to see it.'],
];
const commentLi = (c: readonly string[], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${i + 40}">
<article id="comment-${i + 40}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.com/avatar/${i}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap">
<cite><b class="fn">${c[0]}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${i + 40}">
<time datetime="2026-03-15">${c[1]}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${c[2]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${wTitle} &#8211; Fernhollow Philatelic Society</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Fernhollow Philatelic Society &raquo; Feed" href="https://fernhollowps.org.uk/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://fernhollowps.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:-6.67em;}</style>
<script src="https://fernhollowps.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://fernhollowps.org.uk/2026/03/14/march-meeting-canal-packet-boat-mails/" /></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope'
class="post-template-default single single-post postid-812 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon
ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="ast-site-title-wrap">
<span class="site-title" itemprop="name"><a href="https://fernhollowps.org.uk/" rel="home" itemprop="url">Fernhollow Philatelic Society</a></span>
<p class="site-description" itemprop="description">Stamps, covers and postal history since 1949</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard hentry category-newsletter ast-article-single" id="post-812"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1"><header class="entry-header ast-no-thumbnail"><div class="ast-single-post-order">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-on">
<span class="published" itemprop="datePublished">March 14, 2026</span></span> /
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"> By <a
title="View all posts by Margaret Ollerenshaw" href="https://fernhollowps.org.uk/author/mollerenshaw/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Margaret Ollerenshaw</span></a></span></div></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wBody.slice(0, 1))}<h2 class="wp-block-heading">${wBody[1]}</h2>${ps(wBody.slice(2, 4))}
<h2 class="wp-block-heading">${wBody[4]}</h2><ul class="wp-block-list">${lis(wBody.slice(5, 9))}</ul>${ps(wBody.slice(9, 10))}
<h2 class="wp-block-heading">${wBody[10]}</h2>${ps(wBody.slice(11))}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a title="${wRecent[0]}" href="https://fernhollowps.org.uk/2026/02/13/february-meeting/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next">
<a title="Society library: new arrivals" href="https://fernhollowps.org.uk/2026/03/20/library/" rel="next">Next Post <span
class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${wComments.map(commentLi).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="https://fernhollowps.org.uk/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;" /></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-2" class="widget widget_block widget_search">
<form role="search" method="get" action="https://fernhollowps.org.uk/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search">
<label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper">
<input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required />
<button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></aside>
<aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(wRecent)}</ul></div></aside>
<aside id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Meetings</h2>
<p>Second Thursday of each month, 7.30 pm, Quarry Lane rooms. Visitors always welcome.</p></div></aside></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Fernhollow Philatelic Society | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"",
"is_header_footer_builder_active":"1"};</script>
<script src="https://fernhollowps.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout672-astra-society-newsletter',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[4] ?? '', wBody[10] ?? ''],
  body: texts(wBody.filter((_, i) => ![1, 4, 10].includes(i))),
  bylines: ['March 14, 2026', 'By Margaret Ollerenshaw'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fernhollow Philatelic Society', 'Stamps, covers and postal history since 1949', ...wNav, '← Previous Post', 'Next Post →',
    `2 thoughts on “${wTitle}”`, ...wComments.flat(), 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Search', 'Recent Posts', ...wRecent, 'Second Thursday of each month, 7.30 pm, Quarry Lane rooms. Visitors always welcome.',
    'Copyright © 2026 Fernhollow Philatelic Society | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT672_A2: readonly TestPage[] = [astra];
