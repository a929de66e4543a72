import { links, ps, type TestPage, texts } from './page-kit.js';
import { kdTitle, kdP1, kdH1, kdFacts, kdH2, kdP2, kdH3, kdP3, kdH4, kdP4, kdH5, kdP5, kdList, kdP6 } from './pages-heldout131-a4.js';

/**
 * Held-out batch 131, file a2: a WordPress hiking-blog post on the Kadence theme (skip link, the header with logo, primary
 * navigation and a search toggle whose SVG icons carry <title> texts, the hidden mobile drawer that repeats the menu, the
 * hidden search drawer, breadcrumbs, the category above the h1, "By" author, date and "Updated" date, a Kadence table of
 * contents block, an image caption, tags with "#", the author box, previous/next navigation, "Similar Posts" cards, the
 * comment form, the sidebar with about, newsletter and popular routes, the footer credit and a CookieYes banner).
 */
const kdNav = ['Home', 'Day Walks', 'Multi-day Walks', 'Gear', 'About', 'Contact'];
const kdCaption = 'Feith Lodge from the bealach path on day two.';
const kdTags = ['#bothies', '#huts', '#beginners'];
const kdBio =
  'Isla walks, writes and gets lost in the hills of the north. Fellside Notes is where she shares the routes she loves and the ' +
  'ones she would rather forget.';
const kdPrev = 'Packing for a wet week in the hills';
const kdNext = 'A winter walk up Beinn Tarsuinn';
const kdRelated = [
  { title: 'The Glen Orrin horseshoe in two days', date: 'April 12, 2025' },
  { title: 'Five bothies within a day’s walk of a road', date: 'March 3, 2025' },
  { title: 'Walking the old drove road to Ardcarron', date: 'January 20, 2025' },
];
const kdForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const kdSide = [
  'About Isla',
  'I walk, write and get lost in the hills of the north. Fellside Notes is where I share the routes I love.',
  'Get new routes in your inbox',
  'A short email when I publish a new walk. No more than twice a month.',
  'Sign Up',
  'Popular Routes',
];
const kdPopular = ['The Glen Orrin horseshoe in two days', 'Ben Corran by the north ridge', 'A beginner’s guide to bothy etiquette'];
const kdCookie = [
  'We value your privacy',
  'We use cookies to make this site work, to understand which routes people read and to show a few adverts. Click “Accept All” ' +
    'to agree to all of them, or choose which ones to allow.',
  'Customise',
  'Reject All',
  'Accept All',
];
const ico = (
  t: string,
): string => `<span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-${t.toLowerCase().replace(/ /g, '-')}-svg"
fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>${t}</title>
<path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z"></path></svg></span>`;
const kdH = (id: string, t: string): string => `<h2 class="wp-block-heading" id="${id}">${t}</h2>`;
const kdHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${kdTitle} – Fellside Notes</title>
<meta name="description" content="A gentle three-day hut-to-hut walk, with an unstaffed bothy, a staffed lodge and one big climb.">
<link rel="canonical" href="https://fellsidenotes.example/corrie-dubh-circuit/"><meta property="og:type" content="article">
<meta property="og:title" content="${kdTitle}"><meta property="article:published_time" content="2025-05-29T18:20:04+00:00">
<meta property="article:modified_time" content="2025-06-04T07:51:40+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${kdTitle}",
"datePublished":"2025-05-29T18:20:04+00:00","dateModified":"2025-06-04T07:51:40+00:00","author":{"@type":"Person","name":"Isla Fairbairn"},
"articleSection":"Multi-day Walks","inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://fellsidenotes.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.22" media="all">
<link rel="stylesheet" id="kadence-blocks-tableofcontents-css"
href="https://fellsidenotes.example/wp-content/plugins/kadence-blocks/dist/style-blocks-tableofcontents.css">
<style id="kadence-global-inline-css">:root{--global-palette1:#2f6f4f;--global-palette2:#1e4d36;--global-content-width:1200px;}</style>
<script>document.documentElement.classList.remove( 'no-js' );</script>
<script src="https://cdn-cookieyes.example/client_data/6f1c3a/script.js" id="cookieyes"></script></head>
<body class="wp-singular post-template-default single single-post postid-884 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom
animate-body-popup hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed
content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left">
<div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard">
<a class="brand has-logo-image" href="https://fellsidenotes.example/" rel="home"><img width="64" height="64"
src="https://fellsidenotes.example/wp-content/uploads/logo.png"
class="custom-logo" alt="Fellside Notes" decoding="async"><div class="site-title-wrap"><p class="site-title">Fellside Notes</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(kdNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer"
data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field">
<span class="search-toggle-icon">${ico('Search')}</span></button></div></div></div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap">
<div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default
site-header-row-mobile-layout-default">
<div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger">
<div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Open menu"
data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close">
<span class="menu-toggle-icon">${ico('Toggle Menu')}</span></button></div></div></div></div></div></div></div></header>
<main id="inner-wrap" class="wrap kt-clear" role="main"><div id="primary" class="content-container site-container"><div id="main" class="site-main">
<div class="content-wrap"><article id="post-884" class="entry content-bg single-entry post-footer-area-boxed post-884 post type-post status-publish
format-standard has-post-thumbnail hentry category-multi-day-walks tag-bothies tag-huts tag-beginners"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">
<span><a href="https://fellsidenotes.example/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span>
<span><a href="https://fellsidenotes.example/category/multi-day-walks/" itemprop="url"><span>Multi-day Walks</span></a></span>
<span class="bc-delimiter">/</span> <span class="kadence-bread-current">${kdTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">
<a href="https://fellsidenotes.example/category/multi-day-walks/" class="category-link-multi-day-walks" rel="tag">Multi-day Walks</a></span></div>
<h1 class="entry-title">${kdTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="https://fellsidenotes.example/author/isla/">Isla Fairbairn</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-05-29T18:20:04+00:00">May 29, 2025</time></span>
<span class="updated-on"><span class="meta-label">Updated</span>
<time class="entry-date updated" datetime="2025-06-04T07:51:40+00:00">June 4, 2025</time></span></div></header>
<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner">
<img width="1600" height="1067" src="https://fellsidenotes.example/wp-content/uploads/2025/05/corrie-dubh.jpg" class="post-top-featured wp-post-image" alt=""
decoding="async" fetchpriority="high"></div></div>
<div class="entry-content single-content">
${ps(kdP1)}
<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id884_6c2f0e-3a" role="navigation" aria-label="Table of Contents">
<div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">
Table of Contents</span><button class="kb-table-of-contents-icon-trigger kb-table-of-contents-toggle" aria-expanded="false" aria-label="Expand Table of
Contents">
</button></div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 kb-table-of-content-list-style-disc
kb-table-of-content-link-style-underline">
${[kdH1, kdH2, kdH3, kdH4, kdH5].map((t, i) => `<li><a class="kb-table-of-contents__entry" href="#section-${i + 1}">${t}</a></li>`).join('\n')}
</ul></div></nav>
${kdH('section-1', kdH1)}
<ul class="wp-block-list">${kdFacts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${kdH('section-2', kdH2)}
${ps(kdP2)}
<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683"
src="https://fellsidenotes.example/wp-content/uploads/2025/05/feith-lodge.jpg" alt="A stone lodge beside a loch" class="wp-image-902">
<figcaption class="wp-element-caption">${kdCaption}</figcaption></figure>
${kdH('section-3', kdH3)}
${ps(kdP3)}
${kdH('section-4', kdH4)}
${ps(kdP4)}
${kdH('section-5', kdH5)}
${ps(kdP5)}
<ul class="wp-block-list">${kdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(kdP6)}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
${kdTags
  .map(
    (t) => `<a href="https://fellsidenotes.example/tag/${t.slice(1)}/" title="${t.slice(1)}" class="tag-link tag-item-${t.slice(1)}" rel="tag">
<span class="tag-hash">#</span>${t.slice(1)}</a>`,
  )
  .join('\n')}</span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar">
<img alt="" src="https://secure.gravatar.example/avatar/3a1?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"></div>
<b class="entry-author-name author-name fn"><a href="https://fellsidenotes.example/author/isla/" title="Posts by Isla Fairbairn" rel="author">Isla
Fairbairn</a></b>
<div class="entry-author-description author-bio"><p>${kdBio}</p></div><div class="entry-author-follow author-follow">
<a href="https://www.instagram.example/fellsidenotes" class="instagram-link social-button" target="_blank" rel="noopener" title="Follow Isla Fairbairn on
Instagram">
<span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-instagram-alt-svg" viewBox="0 0 24 24"></svg></span></a></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://fellsidenotes.example/packing-wet-week/" rel="prev"><div class="post-navigation-sub"><small>${ico('Previous')}
Previous</small></div>${kdPrev}</a></div><div class="nav-next"><a href="https://fellsidenotes.example/beinn-tarsuinn-winter/" rel="next">
<div class="post-navigation-sub"><small>Next ${ico('Continue')}</small></div>${kdNext}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<div class="entry-related-inner-content alignwide"><h2 class="entry-related-title" id="related-posts-title">Similar Posts</h2>
<div class="entry-related-carousel kadence-slide-init splide" aria-labelledby="related-posts-title" data-columns-xxl="3" data-columns-xl="3"
data-slider-dots="true">
<div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
${kdRelated
  .map(
    (r, i) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-${870 - i * 9} post type-post">
<a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" aria-label="${r.title}"
href="https://fellsidenotes.example/related-${i}/"><div class="post-thumbnail-inner"><img width="768" height="512" src="https://fellsidenotes.example/r${i}.jpg"
alt="">
</div></a><div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links
category-style-normal">
<a href="https://fellsidenotes.example/category/multi-day-walks/" rel="tag">Multi-day Walks</a></span></div>
<h3 class="entry-title"><a href="https://fellsidenotes.example/related-${i}/" rel="bookmark">${r.title}</a></h3>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date
published">${r.date}</time></span></div></header></div></article></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${kdForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${kdForm[1]}</a></small></h3>
<form action="https://fellsidenotes.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">${kdForm[2]}</span> <span class="required-field-message">${kdForm[3]} <span class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8"
required></textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p>
<div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text" placeholder="John
Doe"
value="" size="30" required><label class="float-label" for="author">Name <span class="required">*</span></label></p>
<p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" placeholder="john@example.com" value="" size="30" required>
<label class="float-label" for="email">Email <span class="required">*</span></label></p><p class="comment-form-url"><input aria-label="Website" id="url"
name="url" type="url" placeholder="https://www.example.com" value="" size="30"><label class="float-label" for="url">Website</label></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${kdForm[4]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div></div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
<div class="sidebar-inner-wrap"><section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">${kdSide[0]}</h2><p>${kdSide[1]}</p></section>
<section id="block-5" class="widget widget_block"><div class="wp-block-kadence-form kadence-form-884_b12 kb-form-wrap"><h2
class="wp-block-heading">${kdSide[2]}</h2>
<p>${kdSide[3]}</p><form class="kb-form" action="" method="post"><div class="kadence-blocks-form-field kb-field0 kb-input-size-standard">
<label for="kb_field_884_b12_0">Email<span class="required">*</span></label><input name="kb_field_0" id="kb_field_884_b12_0" type="email" class="kb-field"
data-required="yes"></div><div class="kadence-blocks-form-field kb-submit-field"><button class="kb-forms-submit button">${kdSide[4]}</button></div>
</form></div></section><section id="block-6" class="widget widget_block"><h2 class="wp-block-heading">${kdSide[5]}</h2><ul class="wp-block-list">
${links(kdPopular)}</ul></section></div></aside></div></main>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner">
<div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1"><div class="site-footer-bottom-section-1
site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item"
data-section="kadence_customizer_footer_html">
<div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner">
<p>© 2025 Fellside Notes - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p>
</div></div></div></div></div></div></div></div></div></div></footer></div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
data-drawer-target-string="#mobile-drawer"><div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner">
<div class="drawer-header"><button class="menu-toggle-close drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer"
data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span>
<span class="toggle-close-bar"></span></button></div><div class="drawer-content mobile-drawer-content content-align-left content-valign-top">
<div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false"
data-section="kadence_customizer_mobile_navigation">
<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation"
aria-label="Primary Mobile Navigation"><div class="mobile-menu-container drawer-menu-container"><ul id="mobile-menu" class="menu has-collapse-sub-nav">
${links(kdNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div></div></div></div>
<div id="search-drawer" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer"><div class="drawer-overlay"
data-drawer-target-string="#search-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button class="search-toggle-close drawer-toggle"
aria-label="Close search" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false">
${ico('Toggle Menu Close')}</button></div><div class="drawer-content"><form role="search" method="get" class="search-form"
action="https://fellsidenotes.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label>
<input type="submit" class="search-submit" value="Search"><div class="kadence-search-icon-wrap">${ico('Search')}</div></form></div></div></div>
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore
scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false">${ico('Scroll to top')}</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${kdCookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${kdCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">${kdCookie[2]}</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">${kdCookie[3]}</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">${kdCookie[4]}</button></div></div></div></div></div>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","expandOf":"Child menu of","collapse":"Child menu",
"collapseOf":"Child menu of"},"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};</script>
<script src="https://fellsidenotes.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.22" id="kadence-navigation-js" async></script>
</body></html>`;
export const kadencePost: TestPage = {
  name: 'heldout131-kadence-blog',
  kind: 'blog',
  html: kdHtml,
  // the breadcrumb's current item repeats the title and the table of contents repeats the headings: left out of both lists;
  // the route facts list is body; SVG <title> texts of the icons are furniture
  title: kdTitle,
  headings: [kdH1, kdH2, kdH3, kdH4, kdH5],
  body: texts([...kdP1, ...kdFacts, ...kdP2, ...kdP3, ...kdP4, ...kdP5, ...kdList, ...kdP6]),
  bylines: ['Isla Fairbairn', 'May 29, 2025', 'Updated June 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fellside Notes', ...kdNav, 'Search', 'Toggle Menu', 'Table of Contents', kdCaption, 'Post Tags:', ...kdTags, kdBio, 'Post navigation',
    'Previous', 'Continue', kdPrev, 'Next', kdNext, 'Similar Posts', ...kdRelated.flatMap((r) => [r.title, r.date]), ...kdForm, 'Comment', 'Name', 'Email',
    'Website', ...kdSide, ...kdPopular.slice(1), '© 2025 Fellside Notes - WordPress Theme by Kadence WP', 'Toggle Menu Close', 'Search for:', 'Scroll to top',
    ...kdCookie,
  ],
};
