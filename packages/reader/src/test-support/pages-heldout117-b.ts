import { links, ps, type TestPage, texts } from './page-kit.js';
import { tastyRecipePost } from './pages-heldout117-b2.js';
import {
  title,
  p1,
  h1,
  p2,
  h2,
  tools,
  h3,
  steps,
  tipTitle,
  tip,
  h4,
  p4,
  nav,
  tags,
  bio,
  similar,
  comments,
  form,
  recent,
  cats,
} from './pages-heldout117-b3.js';

/**
 * Held-out batch 117, file b: a WordPress post with the Kadence theme on a shade-gardening blog (skip link, the header
 * builder rows with the primary menu and search toggle, the off-canvas mobile drawer repeating the menu, Kadence breadcrumbs,
 * category chip, "By" author and published/updated times, a Kadence Table of Contents block, an info box "Quick tip", entry
 * footer tags with their "#" marks, the author box, post navigation, the "Similar Posts" carousel, comments with "says:",
 * the comment form, the primary sidebar with search, recent posts and categories, and the footer) and, from file b2, a
 * food-blog recipe post with the Tasty Recipes card.
 */
const metaBy = (a: string): string =>
  `<span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="/author/marguerite/">${a}</a></span></span>`;
const html = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1, minimum-scale=1">
<title>${title} - The Shady Plot</title><meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="Dividing hostas in early spring gives you healthier clumps and free plants. Here is the method I use every third year.">
<link rel="canonical" href="https://theshadyplot.example/divide-hostas/"><meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-04-02T06:30:00+00:00">
<meta property="article:modified_time" content="2025-04-06T18:12:09+00:00"><meta name="author" content="Marguerite Osei">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://theshadyplot.example/divide-hostas/#article",
"author":{"name":"Marguerite Osei"},"headline":"${title}","datePublished":"2025-04-02T06:30:00+00:00","dateModified":"2025-04-06T18:12:09+00:00",
"articleSection":["Shade Plants"]},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://theshadyplot.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="kadence-blocks-tableofcontents-css"
href="https://theshadyplot.example/wp-content/plugins/kadence-blocks/dist/style-blocks-tableofcontents.css">
<style id="kadence-global-inline-css">:root{--global-palette1:#3b6e4f;--global-palette2:#2c5640;--global-content-width:1290px;}</style></head>
<body class="post-template-default single single-post postid-2841 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline
link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header
mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline">
<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="https://theshadyplot.example/" rel="home">
<img width="240" height="60" src="https://theshadyplot.example/wp-content/uploads/2023/01/logo.png" class="custom-logo" alt="The Shady Plot"
decoding="async"></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation
header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(nav, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer"
data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field"><span class="search-toggle-icon">
<span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg" viewBox="0 0 26
28"><title>Search</title></svg></span></span>
</button></div></div></div></div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div
class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default
site-header-row-mobile-layout-default">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides">
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-navgation-popup-toggle"
data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle
menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right"
aria-expanded="false"
data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon
kadence-menu-svg"
viewBox="0 0 24 24"><title>Toggle Menu</title></svg></span></span></button></div></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main" role="main">
<div class="content-wrap"><article id="post-2841" class="entry content-bg single-entry post-2841 post type-post status-publish format-standard
has-post-thumbnail hentry
category-shade-plants tag-perennials tag-spring-jobs tag-shade-gardening"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a
href="https://theshadyplot.example/"
itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a
href="https://theshadyplot.example/category/shade-plants/"
itemprop="url"><span>Shade Plants</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">${title}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-pill"><a href="https://theshadyplot.example/category/shade-plants/"
class="category-link-shade-plants"
rel="tag">Shade Plants</a></span></div><h1 class="entry-title">${title}</h1>
<div class="entry-meta entry-meta-divider-dot">${metaBy('Marguerite Osei')}<span class="posted-on"><time class="entry-date published"
datetime="2025-04-02T06:30:00+00:00"
itemprop="datePublished">April 2, 2025</time><time class="updated" datetime="2025-04-06T18:12:09+00:00" itemprop="dateModified">April 6,
2025</time></span></div></header>
<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner">
<img width="1200" height="800" src="https://theshadyplot.example/wp-content/uploads/2025/04/hosta-clump.jpg" class="post-top-featured wp-post-image" alt="A
large blue hosta clump"
decoding="async" fetchpriority="high"></div></div>
<div class="entry-content single-content">
${ps(p1)}
<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id2841_8a1f2c-3e" role="navigation" aria-label="Table of Contents">
<div class="kb-table-of-content-wrap"><div class="kb-table-of-content-title-wrap kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">Table of
Contents</span>
</div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 kb-table-of-content-list-style-disc kb-table-of-content-link-style-plain">
${[h1, h2, h3, h4]
  .map(
    (h) => `<li><a class="kb-table-of-contents__entry"
href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('\n')}</ul></div></nav>
<h2 class="wp-block-heading" id="when-to-divide">${h1}</h2>
${ps(p2)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://theshadyplot.example/wp-content/uploads/2025/04/pips.jpg"
alt="Hosta pips just breaking the soil" class="wp-image-2850"></figure>
<h2 class="wp-block-heading" id="what-you-need">${h2}</h2>
<ul class="wp-block-list">${tools.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading" id="step-by-step">${h3}</h2>
<ol class="wp-block-list">${steps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="wp-block-kadence-infobox kt-info-box2841_5b7e1d-0a"><span class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left
kt-info-halign-left">
<div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><div class="kadence-info-box-icon-container
kt-info-icon-animate-none">
<div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap kb-svg-icon-fe_sun kt-info-svg-icon"><svg viewBox="0 0 24 24" fill="none"
stroke="currentColor"
aria-hidden="true"><circle cx="12" cy="12" r="5"></circle></svg></span></div></div></div></div><div class="kt-infobox-textcontent">
<h3 class="kt-blocks-info-box-title">${tipTitle}</h3><p class="kt-blocks-info-box-text">${tip}</p></div></span></div>
<h2 class="wp-block-heading" id="aftercare">${h4}</h2>
${ps(p4)}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
${tags
  .map(
    (t) => `<a href="https://theshadyplot.example/tag/${t.replace(/ /g, '-')}/" title="${t}" class="tag-link" rel="tag"><span
class="tag-hash">#</span>${t}</a>`,
  )
  .join('\n')}
</span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar">
<img alt="" src="https://secure.gravatar.example/avatar/5b1?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></div>
<b class="entry-author-name author-name fn"><a href="https://theshadyplot.example/author/marguerite/" title="Posts by Marguerite Osei" rel="author">Marguerite
Osei</a></b>
<div class="entry-author-description author-bio"><p>${bio}</p></div><div class="entry-author-follow author-follow"></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://theshadyplot.example/planting-under-beech/" rel="prev"><div class="post-navigation-sub"><small><span
class="kadence-svg-iconset svg-baseline">
<svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg" viewBox="0 0 29 28"><title>Previous</title></svg></span>Previous</small></div>
Planting under a beech hedge</a></div><div class="nav-next"><a href="https://theshadyplot.example/ferns-for-dry-shade/" rel="next"><div
class="post-navigation-sub"><small>Next
<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-right-alt-svg" viewBox="0 0 27
28"><title>Continue</title></svg>
</span></small></div>Ferns for dry shade that actually thrive</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide">
<h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3"
data-slider-dots="true">
<div class="splide__track"><ul class="splide__list">
${similar
  .map(
    (s, i) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-${2800 + i} post type-post
status-publish"><div
class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a
href="/category/shade-plants/"
rel="tag">Shade Plants</a></span></div><h3 class="entry-title"><a href="/p${i}/" rel="bookmark">${s[0]}</a></h3><div class="entry-meta entry-meta-divider-dot">
<span class="posted-on"><time class="entry-date published" datetime="2025">${s[1]}</time></span></div></header></div></article></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${title}”</h3><ol class="comment-list">
${comments
  .map(
    (c, i) => `<li id="comment-${91 + i}" class="comment ${i ? 'byuser comment-author-marguerite bypostauthor' : ''} even thread-even depth-1"><article
id="div-comment-${91 + i}"
class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/${i}?s=60"
class="avatar avatar-60 photo"
height="60" width="60"><b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${91 + i}"><time
datetime="2025-04-03">
${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-${91 + i}" data-commentid="${91 + i}" data-postid="2841" aria-label="Reply to ${c.name}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond"
style="display:none;">${form[1]}</a></small></h3><form action="https://theshadyplot.example/wp-comments-post.php" method="post" id="commentform"
class="comment-form">
<p class="comment-notes"><span id="email-notes">${form[2]}</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8"
maxlength="65525" required>
</textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p><div class="comment-input-wrap has-url-field">
<p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text" placeholder="John Doe" value="" size="30" maxlength="245"
required>
<label class="float-label" for="author">Name <span class="required">*</span></label></p><p class="comment-form-email"><input aria-label="Email" id="email"
name="email"
type="email" placeholder="john@example.com" value="" size="30" required><label class="float-label" for="email">Email <span class="required">*</span></label></p>
<p class="comment-form-url"><input aria-label="Website" id="url" name="url" type="url" placeholder="https://www.example.com" value="" size="30" maxlength="200">
<label class="float-label" for="url">${form[7]}</label></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${form[8]}</label></p><p class="form-submit">
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="2841"
id="comment_post_ID"></p>
</form></div></div></div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div
class="sidebar-inner-wrap">
<section id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="https://theshadyplot.example/"
class="wp-block-search__button-outside
wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><div
class="wp-block-search__inside-wrapper">
<input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required><button aria-label="Search"
class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></section>
<section id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2><ul
class="wp-block-latest-posts__list
wp-block-latest-posts">${links(recent)}</ul></div></section>
<section id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list
wp-block-categories">${links(cats, 'cat-item')}</ul></div></section></div></aside></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item
site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1
site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal
ft-ro-t-dir-default
ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div
class="footer-widget-area
site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default
content-tablet-valign-default
content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html
inner-link-style-normal">
<div class="footer-html-inner"><p>© 2025 The Shady Plot - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener"
target="_blank">Kadence WP</a></p>
</div></div></div></div></div></div></div></div></div></div></footer></div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button
class="menu-toggle-close drawer-toggle"
aria-label="Close menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false"
data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button></div><div class="drawer-content
mobile-drawer-content
content-align-left content-valign-top"><div class="site-header-item site-header-focus-item site-header-item-mobile-navigation
mobile-navigation-layout-stretch-false">
<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="Primary Mobile
Navigation">
<div class="mobile-menu-container drawer-menu-container"><ul id="mobile-menu" class="menu
has-collapse-sub-nav">${links(nav, 'menu-item')}</ul></div></nav></div></div></div></div>
<div id="search-drawer" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer"><div class="drawer-inner"><div
class="drawer-content">
<form role="search" method="get" class="search-form" action="https://theshadyplot.example/"><label><span class="screen-reader-text">Search for:</span><input
type="search"
class="search-field" placeholder="Search …" value="" name="s"></label><input type="submit" class="search-submit" value="Search"></form></div></div></div>
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore
scroll-up-side-right
scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon
kadence-arrow-up-svg"
viewBox="0 0 24 24"><title>Scroll to top</title></svg></span></a>
<script id="kadence-navigation-js" src="https://theshadyplot.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9"
async></script></body></html>`;
const bylines = ['By', 'Marguerite Osei', 'April 2, 2025', 'April 6, 2025'];
const kadence: TestPage = {
  html,
  name: 'heldout117-wordpress-kadence-blog-post',
  kind: 'blog',
  // the info box "Quick tip" is part of the post (its title a heading, its text body); the table of contents repeats the
  // headings and is left out; svg <title> texts (Search, Toggle Menu, Previous, Continue, Scroll to top) are furniture
  title,
  headings: [h1, h2, h3, tipTitle, h4],
  body: [...p1, ...p2, ...tools, ...texts(steps), tip, ...p4],
  bylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...nav, 'Search', 'Toggle Menu', 'Table of Contents', ...tags.map((t) => `#${t}`), bio, 'Previous', 'Planting under a beech hedge',
    'Next', 'Continue', 'Ferns for dry shade that actually thrive', 'Similar Posts', ...similar.flat(), `2 thoughts on “${title}”`,
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'says:', 'Reply', ...form, ...recent, 'Recent Posts', 'Categories', ...cats,
    '© 2025 The Shady Plot - WordPress Theme by Kadence WP', 'Search for:', 'Scroll to top',
  ])].filter((f) => !bylines.includes(f)),
};

export const HELDOUT117_B: readonly TestPage[] = [kadence, tastyRecipePost];
