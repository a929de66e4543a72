import { links, ps, type TestPage, texts } from './page-kit.js';
import { helloElementorPost } from './pages-heldout149-a2.js';
import { kdH1, kdH2, kdH3, kdH4, kdH5, kdList, kdNotice, kdP1, kdP2, kdP3, kdP4, kdP5, kdP6, kdP7, kdTitle } from './pages-heldout149-a3.js';

/**
 * Held-out batch 149, file a: a WordPress post on the Kadence theme with a Kadence Blocks table of contents (skip link, the
 * header with the primary menu and the hidden mobile drawer that repeats it, the post hero with breadcrumbs, category, title
 * and meta, an affiliate notice at the top of the content, an image block with caption, tags, post navigation, the "Similar
 * Posts" carousel, two comments and the reply form, the sidebar widgets and the footer) and, from file a2, a post on the
 * Hello Elementor theme built with Elementor Pro's theme builder.
 */
const kdCaption = 'Both buckets under the sink, with the bran kept in a jar beside them.';
const kdNav = ['Home', 'Grow', 'Compost', 'Balcony Projects', 'About', 'Contact'];
const kdCrumbs = ['Home', 'Compost'];
const kdTags = ['#bokashi', '#food waste', '#small spaces'];
const kdRelated = [
  { t: 'How I grow tomatoes in two growbags and a bucket', d: 'March 9, 2025' },
  { t: 'Peat-free compost: six brands tested on a balcony', d: 'February 1, 2025' },
  { t: 'A wormery in a cupboard? I tried it for six months', d: 'November 18, 2024' },
];
const kdComments = [
  {
    id: 4411,
    name: 'Dev Malhotra',
    when: 'April 24, 2025 at 8:12 am',
    text: 'Really helpful, thank you. How do you stop the storage box getting fruit flies in summer?',
  },
  {
    id: 4415,
    name: 'Imogen Tarrant',
    when: 'April 24, 2025 at 6:40 pm',
    text: 'A layer of dry compost on top every time I add scraps, and a tight lid. I had none last summer.',
  },
];
const kdRecent = [
  'Seed swaps worth the trip this spring',
  'How I grow tomatoes in two growbags and a bucket',
  'Peat-free compost: six brands tested on a balcony',
];
const kdCats = ['Balcony Projects', 'Compost', 'Grow', 'Reviews'];
const kdAbout = 'I’m Imogen. I grow food and flowers on a north-east facing balcony in Leith Hollow and write about what works in very small spaces.';
const kdForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Comment',
  'Name',
  'Email',
  'Website',
];
const kdConsent = 'Save my name, email, and website in this browser for the next time I comment.';
const kdH = (t: string): string => `<h2 class="wp-block-heading" id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const kdUl = (a: readonly string[]): string => `<ul class="wp-block-list">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const kdMenu = (id: string): string => `<ul id="${id}" class="menu">${links(kdNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>`;
const kdToc = `<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id812_5a1c0e-3d" role="navigation"
aria-label="Table of Contents"><div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap kb-toggle-icon-style-arrow">
<span class="kb-table-of-contents-title">Table of Contents</span><button class="kb-table-of-contents-icon-trigger kb-table-of-contents-toggle"
aria-expanded="false" aria-label="Expand Table of Contents"></button></div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1
kb-table-of-content-list-style-disc kb-table-of-content-link-style-underline">
${[kdH1, kdH2, kdH3, kdH4, kdH5]
  .map((h) => `<li><a class="kb-table-of-contents__entry" href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`)
  .join('\n')}</ul></div></nav>`;
const kdComment = (c: (typeof kdComments)[number], depth: number): string => `<li id="comment-${c.id}" class="comment depth-${depth}">
<article id="div-comment-${c.id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.example/avatar/${c.id}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60"
loading="lazy" decoding="async"><b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-${c.id}"><time datetime="2025-04-24">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}" data-postid="812"
aria-label="Reply to ${c.name}">Reply</a></div></article>`;
const kdHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<title>${kdTitle} - Pebble Lane Garden</title>
<meta name="description" content="A year of bokashi composting in a third-floor flat: the set-up, the mistakes and the results.">
<link rel="canonical" href="https://pebblelanegarden.example/bokashi-on-a-balcony/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${kdTitle}">
<meta property="article:published_time" content="2025-04-22T07:00:00+00:00"><meta name="author" content="Imogen Tarrant">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Imogen Tarrant">
<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"@id":"https://pebblelanegarden.example/bokashi-on-a-balcony/#article","author":{"name":"Imogen Tarrant",
"@id":"https://pebblelanegarden.example/#/schema/person/1"},
"headline":"Bokashi on a balcony: what a year of fermenting kitchen scraps taught me","datePublished":"2025-04-22T07:00:00+00:00","wordCount":812,
"commentCount":2,"articleSection":["Compost"],"inLanguage":"en-GB"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home","item":"https://pebblelanegarden.example/"},{"@type":"ListItem","position":2,"name":"Bokashi on a balcony"}]}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://pebblelanegarden.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9"
media="all">
<link rel="stylesheet" id="kadence-blocks-tableofcontents-css"
href="https://pebblelanegarden.example/wp-content/plugins/kadence-blocks/dist/style-blocks-tableofcontents.css?ver=3.4.2" media="all">
<style id="kadence-global-inline-css">:root{--global-palette1:#3a6b35;--global-palette2:#2c5229;--global-content-width:1290px;}</style>
</head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive footer-on-bottom hide-focus-outline
link-style-standard has-sidebar content-title-style-above content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header
mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="https://pebblelanegarden.example/" rel="home">
<div class="site-title-wrap"><p class="site-title">Pebble Lane Garden</p><p class="site-description">Growing food in very small
spaces</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container">${kdMenu('primary-menu')}</div></nav></div></div>
</div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div
class="mobile-toggle-open-container">
<button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer"
data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon">
<span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-menu-svg" viewBox="0 0 24 24"><title>Toggle Menu</title>
<path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z"></path></svg></span></span></button></div></div></div></div>
</header>
<div id="inner-wrap" class="wrap kt-clear">
<section class="entry-hero post-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div>
<div class="hero-container site-container"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span>
<a href="https://pebblelanegarden.example/" itemprop="url" class="kadence-bc-home"><span>${kdCrumbs[0]}</span></a></span> <span class="bc-delimiter">/</span>
<span><a href="https://pebblelanegarden.example/category/compost/" itemprop="url"><span>${kdCrumbs[1]}</span></a></span> <span class="bc-delimiter">/</span>
<span class="kadence-bread-current">${kdTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://pebblelanegarden.example/category/compost/"
rel="tag">Compost</a></span></div>
<h1 class="entry-title">${kdTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="https://pebblelanegarden.example/author/imogen/">Imogen Tarrant</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2025-04-22T07:00:00+00:00">April 22, 2025</time><time class="updated" datetime="2025-05-02T18:21:09+00:00">May 2, 2025</time></span>
<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="#comments">2 Comments</a></span></div></header></div></div></section>
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-812" class="entry content-bg single-entry post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-compost
tag-bokashi tag-food-waste tag-small-spaces"><div class="entry-content-wrap"><div class="entry-content single-content">
<p class="has-small-font-size">${kdNotice}</p>
${ps(kdP1)}
${kdToc}
${kdH(kdH1)}
${ps(kdP2)}
${kdH(kdH2)}
${ps(kdP3)}
${kdUl(kdList)}
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683"
src="https://pebblelanegarden.example/wp-content/uploads/2025/04/bokashi-buckets-1024x683.jpg" alt="Two bokashi buckets" class="wp-image-820">
<figcaption class="wp-element-caption">${kdCaption}</figcaption></figure>
${ps(kdP4)}
${kdH(kdH3)}
${ps(kdP5)}
${kdH(kdH4)}
${ps(kdP6)}
${kdH(kdH5)}
${ps(kdP7)}
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
${kdTags.map((t) => `<a href="https://pebblelanegarden.example/tag/${t.slice(1).replace(/ /g, '-')}/" class="tag-link" rel="tag">${t}</a>`).join('\n')}
</span></div></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="https://pebblelanegarden.example/tomatoes-in-growbags/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>${kdRelated[0]?.t}</a>
</div><div class="nav-next"><a href="https://pebblelanegarden.example/seed-swaps/" rel="next"><div class="post-navigation-sub"><small>Next</small></div>
${kdRecent[0]}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init
splide"
data-columns-xxl="3" data-columns-xl="3" data-columns-md="3"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols">
${kdRelated
  .map(
    (r, i) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-${790 - i}">
<div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="https://pebblelanegarden.example/${i}/"
rel="bookmark">${r.t}</a></h3>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date
published">${r.d}</time></span></div></header></div></article></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${kdTitle}”</h2><ol class="comment-list">
${kdComment(kdComments[0]!, 1)}<ol class="children">${kdComment(kdComments[1]!, 2)}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${kdForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${kdForm[1]}</a></small></h3><form action="https://pebblelanegarden.example/wp-comments-post.php" method="post"
id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">${kdForm[2]}</span> <span
class="required-field-message">${kdForm[3]}
<span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" cols="45" rows="8"
maxlength="65525" required></textarea><label class="float-label" for="comment">${kdForm[4]} <span class="required">*</span></label></p>
<div class="comment-input-wrap no-url"><p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text" value="" size="30"
maxlength="245"
required><label class="float-label" for="author">${kdForm[5]} <span class="required">*</span></label></p><p class="comment-form-email"><input aria-label="Email"
id="email" name="email" type="email" value="" size="30" maxlength="100" required><label class="float-label" for="email">${kdForm[6]} <span
class="required">*</span>
</label></p><p class="comment-form-url"><input aria-label="Website" id="url" name="url" type="url" value="" size="30" maxlength="200"><label class="float-label"
for="url">${kdForm[7]}</label></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent"
type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${kdConsent}</label></p><p class="form-submit"><input name="submit" type="submit"
id="submit"
class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="812" id="comment_post_ID"></p></form></div></div>
</div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div
class="sidebar-inner-wrap">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://pebblelanegarden.example/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></section>
<section id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">About me</h2><p>${kdAbout}</p></div></section>
<section id="block-5" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(kdRecent)}</ul></div></section>
<section id="block-6" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Categories</h2>
<ul class="wp-block-categories-list wp-block-categories">${links(kdCats, 'cat-item')}</ul></div></section></div></aside>
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default"
data-section="kadence_customizer_footer_bottom">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item
content-align-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html
inner-link-style-normal">
<div class="footer-html-inner"><p>© 2025 Pebble Lane Garden - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence
WP</a></p>
</div></div></div></div></div></div></div></div></div></div></footer>
</div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button
class="menu-toggle-close
drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false"
data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button></div><div class="drawer-content
mobile-drawer-content content-align-left content-valign-top"><div class="site-header-item site-header-focus-item site-header-item-mobile-navigation
mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation"><nav id="mobile-site-navigation" class="mobile-navigation
drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="Primary Mobile Navigation"><div class="mobile-menu-container
drawer-menu-container">${kdMenu('mobile-menu')}</div></nav></div></div></div></div>
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore
scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"></a>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","expandOf":"Child menu of","collapse":"Child menu",
"collapseOf":"Child menu of"},"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};</script>
<script src="https://pebblelanegarden.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
<script src="https://pebblelanegarden.example/wp-content/plugins/kadence-blocks/includes/assets/js/kb-table-of-contents.min.js?ver=3.4.2"
id="kadence-blocks-tableofcontents-js"></script>
<script src="https://pebblelanegarden.example/wp-includes/js/comment-reply.min.js?ver=6.7.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body></html>`;
const kadencePost: TestPage = {
  html: kdHtml,
  name: 'heldout149-wordpress-kadence-toc-blog',
  kind: 'blog',
  // the table of contents repeats the headings and is left out (its title is furniture), as is the tag "#bokashi" (a word of a
  // heading); the affiliate notice at the top of
  // the content, the image caption, tags and the reader comments are furniture
  title: kdTitle,
  headings: [kdH1, kdH2, kdH3, kdH4, kdH5],
  body: texts([...kdP1, ...kdP2, ...kdP3, ...kdList, ...kdP4, ...kdP5, ...kdP6, ...kdP7]),
  bylines: ['Imogen Tarrant', 'April 22, 2025', 'May 2, 2025', ...kdComments.map((c) => c.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Pebble Lane Garden', 'Growing food in very small spaces', ...kdNav, 'Toggle Menu', '2 Comments', texts([kdNotice])[0]!,
    'Table of Contents', kdCaption, 'Post Tags:', ...kdTags.slice(1), 'Post navigation', 'Previous', 'Next', kdRelated[2]!.t, ...kdRelated.map((r) => r.d),
    'Similar Posts', `2 thoughts on “${kdTitle}”`, 'Dev Malhotra', 'says:', kdComments[0]!.text, kdComments[1]!.text, 'Reply', ...kdForm, kdConsent,
    'Search for:', 'About me', kdAbout, 'Recent Posts', ...kdRecent, 'Categories', 'Reviews', '© 2025 Pebble Lane Garden - WordPress Theme by Kadence WP',
  ],
};

export const HELDOUT149_A: readonly TestPage[] = [kadencePost, helloElementorPost];
