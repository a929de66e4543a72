import { links, ps, type TestPage } from './page-kit.js';
import { bio, comments, disclosure, foot, form, nav, p1, popular, popup, related, sections, share, sidebar, title } from './pages-heldout117-c4.js';

/**
 * Held-out batch 117, file c2: a parenting post on WordPress with Astra, Mediavine ads and the Grow (Hubbub) share buttons
 * (the Astra header builder with the desktop menu and the mobile header repeating it, the entry meta with author, published and
 * updated dates and comment count, the Grow share bar with its total count, an affiliate disclosure at the top of the
 * content, the Easy Table of Contents box, Mediavine content ad wrappers between the sections, a "Save" Pinterest hover button
 * on the image, the author box, previous/next post links, Astra related posts, comments with a reply, the comment form, the
 * sidebar about box and popular posts, the footer, the floating share sidebar and a hidden email popup).
 */
const h2s = sections.map((s) => s[0]);
const slug = (t: string): string => t.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
const ad = (n: number): string => `<div id="content_${n}_wrapper" class="adunitwrapper content_desktop_wrapper mv-ad-box" data-slotname="content_${n}">
<div id="content_${n}" class="adunit" data-google-query-id="CMn${n}x9b"></div></div>`;
const shareBar = (id: string, labels: boolean): string => `<div id="${id}" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-spacing
dpsp-no-labels-mobile dpsp-show-total-share-count dpsp-show-total-share-count-before dpsp-button-style-1">${
  labels
    ? `<div class="dpsp-total-share-wrapper"><span class="dpsp-icon-total-share"></span><span class="dpsp-total-share-count">1.4k</span>
<span>shares</span></div>`
    : ''
}<ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share dpsp-column-auto dpsp-has-button-icon-animation">
${share
  .map(
    (t, i) => `<li class="dpsp-network-list-item dpsp-network-list-item-${['facebook', 'pinterest', 'email'][i]}"><a rel="nofollow noopener" href="#"
class="dpsp-network-btn dpsp-${['facebook', 'pinterest', 'email'][i]} dpsp-has-label"
aria-label="${['Share on Facebook', 'Save to Pinterest', 'Send over email'][i]}">
<span class="dpsp-network-icon"><span class="dpsp-network-icon-inner"></span></span>${labels ? `<span class="dpsp-network-label">${t}</span>` : ''}</a></li>`,
  )
  .join('\n')}</ul></div>`;
const section = ([h, ps1, list, ps2]: (typeof sections)[number], i: number): string => `<h2 class="wp-block-heading"><span class="ez-toc-section"
id="${slug(h)}"
ez-toc-data-id="#${slug(h)}"></span>${h}<span class="ez-toc-section-end"></span></h2>
${ps(ps1)}${
  list
    ? `\n<ul
class="wp-block-list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>`
    : ''
}${ps2 ? `\n${ps(ps2)}` : ''}${i % 2 ? `\n${ad(i)}` : ''}`;
const comment = (c: (typeof comments)[number], i: number, child = ''): string => `<li class="comment ${i === 2 ? 'byuser bypostauthor' : ''} even
depth-${i === 2 ? 2 : 1}"
id="li-comment-${140 + i}"><article id="comment-${140 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.example/${i}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div
class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${c.name}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${140 + i}"><time
datetime="2025-10-0${8 + Math.min(i, 1)}">${c.when}</time></a></span></div></header>
</div></div></div><section class="ast-comment-content comment"><p>${c.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a
rel="nofollow"
class="comment-reply-link" href="#comment-${140 + i}" aria-label="Reply to ${c.name}">Reply</a></span></div></section></article>${child}</li>`;
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Our Screen-Free After-School Routine (That Actually Stuck) - Little Lanterns</title>
<meta name="description" content="The five simple habits that made our weekday afternoons screen-free, four months on.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Little Lanterns">
<meta property="article:published_time" content="2025-10-06T10:00:00+00:00"><meta property="article:modified_time" content="2025-10-09T07:45:00+00:00">
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.example/tags/little-lanterns.js"></script>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"author":{"name":"Hannah Brightwater"},"datePublished":"2025-10-06T10:00:00+00:00","dateModified":"2025-10-09T07:45:00+00:00","commentCount":3}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://littlelanterns.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
media="all">
<link rel="stylesheet" id="dpsp-frontend-style-pro-css" href="https://littlelanterns.example/wp-content/plugins/social-pro/assets/dist/style-frontend-pro.css"
media="all">
<link rel="stylesheet" id="ez-toc-css" href="https://littlelanterns.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69"
media="all"></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-3307 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header
ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon
ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section
ast-flex
site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding
ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://littlelanterns.example/" class="custom-logo-link"
rel="home">
<img width="260" height="64" src="https://littlelanterns.example/wp-content/uploads/2024/03/logo.png" class="custom-logo" alt="Little
Lanterns"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item
ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div
class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation:
Main Menu"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu
ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(nav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></nav>
</div></div></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar
ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default
ast-builder-grid-row-tablet-layout-default
ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides
ast-builder-grid-row-no-center">
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex
site-header-focus-item"
data-section="section-header-mobile-trigger"><div class="ast-button-wrap"><button type="button" class="menu-toggle main-header-menu-toggle
ast-mobile-menu-trigger-minimal"
aria-expanded="false"><span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon"><span aria-hidden="true" class="ahfb-svg-iconset
ast-inline-flex
svg-baseline"></span></span></button></div></div></div></div></div></div><div class="ast-mobile-header-content content-align-flex-start"><div
class="ast-builder-menu-mobile
ast-builder-menu ast-builder-menu-mobile-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-header-mobile-menu"><div
class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="ast-mobile-site-navigation"
aria-label="Site Navigation: Main Menu"><div id="ast-hf-mobile-menu" class="main-navigation"><ul class="main-header-menu ast-nav-menu
ast-flex">${links(nav, 'menu-item')}
</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3307 post type-post status-publish format-standard has-post-thumbnail hentry category-parenting tag-routines tag-screen-time
ast-article-single" id="post-3307"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box"><div
class="ast-single-post-order">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${title}</h1><div class="entry-meta"><span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Hannah Brightwater"
href="https://littlelanterns.example/author/hannah/"
rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Hannah Brightwater</span></a></span> / <span class="posted-on"><span
class="published"
itemprop="datePublished">October 6, 2025</span><span class="updated" itemprop="dateModified"> Last updated on October 9, 2025</span></span> / <span
class="comments-link">
<a href="https://littlelanterns.example/screen-free-after-school-routine/#comments">3 Comments</a></span></div></header>
<div class="post-thumb-img-content post-thumb"><img width="1200" height="800" src="https://littlelanterns.example/wp-content/uploads/2025/10/basket.jpg"
class="attachment-large
size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high"></div></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${shareBar('dpsp-content-top', true)}
<p class="disclosure"><em>${disclosure}</em></p>
${ps(p1)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn
ez-toc-btn-xs
ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"></span></a></span></div><nav><ul class="ez-toc-list
ez-toc-list-level-1">
${h2s
  .map(
    (h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}"
href="#${slug(h)}">${h}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
${ad(1)}
<figure class="wp-block-image size-large"><span class="dpsp-pin-it-wrapper"><img decoding="async" width="800" height="1200"
src="https://littlelanterns.example/wp-content/uploads/2025/10/routine-pin.jpg" alt="A basket of sticker books, bricks and play dough next to a sofa"
class="wp-image-3311 dpsp-pin-it"><a class="dpsp-pin-it-button dpsp-pin-it-button-shape-rounded
dpsp-pin-it-button-position-top-left" href="https://pinterest.com/pin/create/bookmarklet/?media=3311" aria-label="Pin to Pinterest"><span
class="dpsp-network-icon"></span>
<span class="dpsp-network-label">Save</span></a></span></figure>
${sections.map(section).join('\n')}
</div>
<div class="ast-single-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="ast-author-meta"><div
class="about-author-title-wrapper">
<h3 class="about-author">About The Author</h3></div><div class="ast-author-details"><div class="post-author-avatar"><img alt=""
src="https://secure.gravatar.example/hb?s=100"
class="avatar avatar-100 photo" height="100" width="100"></div><div class="post-author-bio"><a class="url fn n"
href="https://littlelanterns.example/author/hannah/" itemprop="url"
rel="author"><h4 class="author-title" itemprop="name">Hannah Brightwater</h4></a><div
class="post-author-desc">${bio}</div></div></div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="How We Finally Fixed Bedtime"
href="https://littlelanterns.example/fixed-bedtime/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a
title="The Only Packing List You Need for a Family Camping Trip" href="https://littlelanterns.example/camping-packing-list/" rel="next">Next Post <span
class="ast-right-arrow">→</span>
</a></div></div></nav>
<div class="ast-single-related-posts-container ast-container--fallback"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related
Posts</h2></div>
<div class="ast-related-posts-wrapper">
${related
  .map(
    ([t, c], i) => `<article class="ast-related-post post-${3200 + i} post type-post status-publish"><div class="ast-related-posts-inner-section"><div
class="ast-related-post-content">
<header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="/r${i}/" rel="bookmark">${t}</a></h3><div
class="entry-meta
ast-related-cat-style--none ast-related-tag-style--none"><span class="ast-taxonomy-container cat-links default"><a href="/category/${i}/" rel="category
tag">${c}</a></span></div>
</header><div class="entry-content clear"></div></div></div></article>`,
  )
  .join('\n')}</div></div>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${title}”</h3></div>
<ol class="ast-comment-list">
${comment(comments[0]!, 0)}
${comment(comments[1]!, 1, `<ol class="children">${comment(comments[2]!, 2)}</ol>`)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond"
style="display:none;">${form[1]}</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p
class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
ast-grid-common-col">
<label for="comment" class="screen-reader-text">${form[3]}</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"
aria-required="true">
</textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4
ast-float">
<label for="author" class="screen-reader-text">${form[4]}</label><input id="author" name="author" type="text" value="" placeholder="Name*" size="30"
aria-required="true"></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email"
class="screen-reader-text">${form[5]}</label><input id="email"
name="email" type="text" value="" placeholder="Email*" size="30" aria-required="true"></p><p class="comment-form-url ast-grid-common-col ast-width-lg-33
ast-width-md-4 ast-float">
<label for="url" class="screen-reader-text">${form[6]}</label><input id="url" name="url" type="text" value="" placeholder="Website" size="30"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label
for="wp-comment-cookies-consent">${form[7]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment
»"></p>
</form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="block-6"
class="widget widget_block">
<div class="wp-block-group about-widget"><figure class="wp-block-image is-style-rounded"><img
src="https://littlelanterns.example/wp-content/uploads/2024/03/hannah.jpg" alt=""></figure>
<h2 class="wp-block-heading">${sidebar[0]}</h2><p>${sidebar[1]}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link
wp-element-button"
href="/about/">${sidebar[2]}</a></div></div></div></aside><aside id="block-7" class="widget widget_block"><h2 class="wp-block-heading">${sidebar[3]}</h2>
<ul class="wp-block-latest-posts__list">${links(popular)}</ul></aside><div id="sidebar_btf_wrapper" class="adunitwrapper sidebar_btf_wrapper mv-ad-box"
data-slotname="sidebar_btf"><div id="sidebar_btf" class="adunit"></div></div></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap
ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack
ast-footer-row-tablet-stack
ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div
class="ast-builder-footer-grid-columns
site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="footer-widget-area
widget-area site-footer-focus-item" data-section="section-footer-menu"><div class="footer-bar-navigation"><nav class="site-navigation ast-flex-grow-1
navigation-accessibility
footer-navigation" id="footer-site-navigation" aria-label="Site Navigation: Footer Menu"><div class="footer-nav-wrap"><ul id="astra-footer-menu"
class="ast-nav-menu ast-flex
astra-footer-horizontal-menu">${links(foot, 'menu-item')}</ul></div></nav></div></div><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © 2025 Little Lanterns | Powered by <a href="https://wpastra.com"
rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
${shareBar('dpsp-floating-sidebar', false)}
<div id="dpsp-email-save-popup" class="dpsp-popup" style="display:none" aria-hidden="true"><div class="dpsp-popup-inner"><h3>${popup[0]}</h3><p>${popup[1]}</p>
<form class="dpsp-email-form"><input type="email" placeholder="Your email address"><button type="submit">${popup[2]}</button></form><a href="#"
class="dpsp-popup-close">${popup[3]}</a>
</div></div>
<div id="mediavine-settings" data-blocklist-leaderboard="1" data-blocklist-sidebar-atf="0" data-blocklist-content-desktop="0" data-blocklist-adhesion-mobile="0"
data-blocklist-recipe="0" data-blocklist-universal-player-desktop="0" data-expires-at="" data-guaranteed="0"></div>
<script src="https://littlelanterns.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3"
id="astra-theme-js-js"></script></body></html>`;
const bylines = ['Hannah Brightwater', 'October 6, 2025', 'Last updated on October 9, 2025'];
export const parentingPost: TestPage = {
  html,
  name: 'heldout117-astra-mediavine-parenting-blog-post',
  kind: 'blog',
  // the numbered h2s are the headings (the Easy TOC that repeats them is left out); the affiliate disclosure at the top of
  // the content, the share bar and the "Save" pin button are furniture
  title,
  headings: h2s,
  body: [...p1, ...sections.flatMap(([, a, b, c]) => [...a, ...(b ?? []), ...(c ?? [])])],
  bylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...nav, 'Main Menu', '3 Comments', '1.4k', 'shares', ...share, disclosure, 'Table of Contents', 'Save', 'About The Author', bio,
    'Previous Post', 'Next Post', 'Related Posts', ...related.flat(), `3 thoughts on “${title}”`, ...comments.flatMap((c) => [c.name, c.when, c.text]),
    'Reply',
    ...form.slice(0, 2), 'Your email address will not be published.', 'Required fields are marked *', ...form.slice(3), ...sidebar, ...popular, ...foot,
    'Copyright © 2025 Little Lanterns | Powered by Astra WordPress Theme', ...popup,
  ])],
};
