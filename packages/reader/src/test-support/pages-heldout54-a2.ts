import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file a2: a WordPress post on the Kadence theme (Kadence header rows with logo and primary menu, the
 * mobile drawer with its own copy of the menu, a Grow share bar, an affiliate disclosure, the Kadence table of contents block,
 * an info box and a captioned image inside the content, post tags, the author box, previous/next links, the "Similar Posts"
 * carousel, the comment form with no comments yet, a sidebar, the footer and the scroll-up link).
 */
const kdTitle = 'Walking the Cairnholm Coast Path in Three Days: Route, Stops and What I&#8217;d Change';
const kdIntro = [
  'The Cairnholm Coast Path runs for 41 miles between the fishing town of Port Elwin and the lighthouse at Skerry Head, and most ' +
    'guidebooks split it into four days. I walked it in three at the end of May, carrying a daypack and sending my bag ahead, and ' +
    'I would do it again tomorrow, with two changes.',
  'This is the route as I walked it, where I stayed, and an honest account of how hard each day felt.',
];
const kdH1 = 'Day 1: Port Elwin to Garrow Bay (14 miles)';
const kdDay1 = [
  'The first day is the gentlest. The path leaves the harbour past the lifeboat station and climbs gradually onto open clifftop, ' +
    'with the sea on your left all day. There are two short but steep descents into coves at Polgrain and St Ebba&#8217;s, and ' +
    'the second has a caf&#233; that opens at eleven and does a very good crab sandwich.',
  'Garrow Bay has one pub with rooms and two guesthouses. Book early: on a Saturday in May all three were full by March.',
];
const kdH2 = 'Day 2: Garrow Bay to Hollin Cove (16 miles)';
const kdDay2 = [
  'This is the long one, and the section everyone warns you about. Between Garrow and the old mine chimneys at Wheal Ruth there ' +
    'are six climbs of more than 200 feet, most of them on rough stone steps. I took just under eight hours including lunch, and ' +
    'my knees reminded me of every one of them the next morning.',
  'There is no shop or caf&#233; on this stretch, so carry all your water. I drank nearly three litres.',
];
const kdH3 = 'Day 3: Hollin Cove to Skerry Head (11 miles)';
const kdDay3 = [
  'The final day is shorter but exposed, along a high ridge with nothing between you and the wind. On a clear day you can see ' +
    'the islands the whole way. The last mile drops down to the lighthouse, where a minibus runs back to Port Elwin twice a day ' +
    'in summer.',
];
const kdBox = 'Bag transfer between the three villages costs &#163;12 a bag per day and has to be booked by 6 pm the evening before.';
const kdH4 = 'What I&#8217;d change';
const kdList = [
  'Split day two by staying at the farm campsite at Wheal Ruth, which has simple wooden pods.',
  'Go in early June rather than late May, when the sea thrift is at its best and the paths are a little drier.',
  'Bring walking poles, even if you never use them at home.',
];
const kdNav = ['Destinations', 'Walking Routes', 'Gear', 'Trip Planning', 'About', 'Work With Me'];
const kdCaption = 'Looking back towards Garrow Bay from the first climb of day two.';
const kdShare = ['Facebook', 'Pinterest', 'X', 'Email'];
const kdSimilar = [
  ['Three Easy Day Walks from Port Elwin', 'April 2, 2025'],
  ['What I Pack for a Multi-Day Walk with Bag Transfer', 'March 11, 2025'],
  ['The Best Pub Stops on the Northern Moors Way', 'February 20, 2025'],
] as const;
const kdPopular = ['Is the Cairnholm Coast Path Suitable for Beginners?', 'A Winter Weekend in Skerry Head', 'Walking Boots I Have Actually Worn Out'] as const;
const kdBio =
  'Owen has been walking long-distance paths for fifteen years and writes honest route guides for people with ordinary knees. ' +
  'He lives in Bristol with a very patient spaniel.';
const kdDisclosure = 'This post contains affiliate links. If you book or buy through them I may earn a small commission, at no extra cost to you.';
const kdHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${kdTitle} &#8211; Ridge &amp; Ramble</title>
<meta property="og:type" content="article" /><meta property="article:published_time" content="2025-06-14T09:02:11+00:00" />
<link rel='stylesheet' id='kadence-global-css' href='https://ridgeandramble.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9'
 media='all' />
<style id='kadence-global-inline-css'>:root{--global-palette1:#2B6CB0;--global-palette2:#215387;--global-content-width:1290px;}
.entry-hero.post-hero-section .entry-header{min-height:200px;}.kb-table-of-content-nav.kb-table-of-content-id2204_3a1f-7c{border-width:1px;}</style>
<script>document.documentElement.classList.remove( 'no-js' );</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Walking the Cairnholm Coast Path in Three Days",
"author":{"@type":"Person","name":"Owen Tremayne"},"datePublished":"2025-06-14T09:02:11+00:00","dateModified":"2025-09-02T17:40:00+00:00"}</script></head>
<body class="wp-singular post-template-default single single-post postid-2204 single-format-standard wp-custom-logo wp-embed-responsive wp-theme-kadence
 footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed
 content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
 data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
 site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left">
<div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard site-brand-logo-only">
<a class="brand has-logo-image" href="https://ridgeandramble.example/" rel="home"><img width="220" height="64"
 src="https://ridgeandramble.example/wp-content/uploads/2024/01/ridge-ramble-logo.png" class="custom-logo" alt="Ridge &amp; Ramble" decoding="async" /></a>
</div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right">
<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false
 header-navigation-layout-fill-stretch-false"
 data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation hover-to-open nav--toggle-sub
 header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
 class="menu">${links(kdNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav>
</div></div></div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle"
 data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle
 menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right"
 aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true"
 class="kadence-svg-icon kadence-menu-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">
<title>Toggle Menu</title><path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1
 1z"></path></svg></span></span></button></div></div>
</div></header>
<main id="inner-wrap" class="wrap kt-clear" role="main"><div id="primary" class="content-container site-container"><div id="main" class="site-main">
<div class="content-wrap"><article id="post-2204"
 class="entry content-bg single-entry post-2204 post type-post status-publish format-standard has-post-thumbnail
 hentry category-walking-routes tag-coast-path tag-multi-day"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://ridgeandramble.example/category/walking-routes/"
 rel="tag">Walking Routes</a></span></div><h1 class="entry-title">${kdTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
 href="https://ridgeandramble.example/author/owen/">Owen Tremayne</a></span></span><span class="posted-on"><span class="meta-label">Last updated</span>
<time class="entry-date published updated" datetime="2025-09-02T17:40:00+00:00">September 2, 2025</time></span></div></header>
<div class="entry-content single-content">
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small dpsp-has-spacing dpsp-show-on-mobile dpsp-button-style-1">
<ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share dpsp-column-auto">${kdShare
  .map(
    (n) => `<li class="dpsp-network-list-item dpsp-network-list-item-${n.toLowerCase()}"><a rel="nofollow noopener" href="#share-${n.toLowerCase()}"
 class="dpsp-network-btn dpsp-${n.toLowerCase()} dpsp-has-label" target="_blank" aria-label="Share on ${n}"
 title="Share on ${n}"><span class="dpsp-network-icon">
<span class="dpsp-network-icon-inner"></span></span><span class="dpsp-network-label">${n}</span></a></li>`,
  )
  .join('')}</ul></div>
<p class="has-small-font-size"><em>${kdDisclosure}</em></p>
${kdIntro.map((p) => `<p>${p}</p>`).join('\n')}
<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id2204_3a1f-7c" role="navigation" aria-label="Table of Contents">
<div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">Table of
 Contents</span></div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 kb-table-of-content-list-style-disc
 kb-table-of-content-link-style-underline">
${[kdH1, kdH2, kdH3, kdH4].map((h, i) => `<li><a class="kb-table-of-contents__entry" href="#toc-${i}">${h}</a></li>`).join('\n')}</ul></div></nav>
<h2 class="wp-block-heading" id="toc-0">${kdH1}</h2>
${kdDay1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading" id="toc-1">${kdH2}</h2>
<p>${kdDay2[0]}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768"
 src="https://ridgeandramble.example/wp-content/uploads/2025/06/garrow-1024x768.jpg"
 alt="" class="wp-image-2211"/><figcaption class="wp-element-caption">${kdCaption}</figcaption></figure>
<p>${kdDay2[1]}</p>
<div class="mv-ad-box" data-slotname="content_2_btf"></div>
<h2 class="wp-block-heading" id="toc-2">${kdH3}</h2>
<p>${kdDay3[0]}</p>
<div class="wp-block-kadence-infobox kt-info-box2204_9b2e1c-44"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left
 kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><div
 class="kadence-info-box-icon-container
 kt-info-icon-animate-none"><div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap kb-svg-icon-fe_info
 kt-info-svg-icon"></span></div></div>
</div></div><div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">Good to know</h3><p
 class="kt-blocks-info-box-text">${kdBox}</p></div></div></div>
<h2 class="wp-block-heading" id="toc-3">${kdH4}</h2>
<ul class="wp-block-list">
${kdList.map((t) => `<li>${t}</li>`).join('\n')}
</ul></div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="https://ridgeandramble.example/tag/coast-path/" title="coast path" class="tag-link tag-item-coast-path"
 rel="tag"><span class="tag-hash">#</span>coast path</a>
<a href="https://ridgeandramble.example/tag/multi-day/" title="multi-day" class="tag-link tag-item-multi-day"
 rel="tag"><span class="tag-hash">#</span>multi-day</a>
</span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar">
<img alt='' src='https://secure.gravatar.com/avatar/4b1?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' /></div>
<b class="entry-author-name author-name fn"><a href="https://ridgeandramble.example/author/owen/" title="Posts by Owen Tremayne" class="author url fn"
 rel="author">Owen Tremayne</a></b><div class="entry-author-description author-bio"><p>${kdBio}</p></div>
<div class="entry-author-follow author-follow"><a href="https://www.instagram.com/ridgeandramble" class="instagram-link social-button" target="_blank"
 rel="noopener"
 title="Follow Owen Tremayne on Instagram"><span class="screen-reader-text">Follow on Instagram</span></a></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://ridgeandramble.example/easy-day-walks-port-elwin/"
 rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>
${kdSimilar[0][0]}</a></div><div class="nav-next"><a href="https://ridgeandramble.example/winter-weekend-skerry-head/"
 rel="next"><div class="post-navigation-sub">
<small>Next</small></div>${kdPopular[1]}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<div class="entry-related-inner-content alignwide"><h2 class="entry-related-title" id="related-posts-title">Similar Posts</h2>
<div class="entry-related-carousel kadence-slide-init splide" aria-labelledby="related-posts-title" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3"
 data-slider-speed="7000"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
${kdSimilar
  .map(
    ([
      t,
      d,
    ]) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap">
<header class="entry-header"><h3 class="entry-title"><a href="#"
 rel="bookmark">${t}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on">
<time class="entry-date published" datetime="2025-01-01">${d}</time></span></div></header></div></article></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://ridgeandramble.example/wp-comments-post.php" method="post" id="commentform"
 class="comment-form"><p class="comment-notes"><span id="email-notes">Your
 email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8"
 maxlength="65525"
 aria-required="true" required="required"></textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p>
<div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text" value="" size="30"
 maxlength="245" autocomplete="name" aria-required="true" required="required" /><label class="float-label"
 for="author">Name <span class="required">*</span></label></p>
<p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required />
<label class="float-label" for="email">Email <span class="required">*</span></label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</div></div>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
<div class="sidebar-inner-wrap"><section id="block-2" class="widget widget_block widget_search"><form role="search" method="get"
 action="https://ridgeandramble.example/"
 class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label"
 for="wp-block-search__input-1">Search</label>
<div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s"
 required /><button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></section>
<section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">Popular Routes</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">
${links(kdPopular)}</ul></section></div></aside></div></main>
<footer id="colophon" class="site-footer"
 role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item
 site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-2">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item"
 data-section="kadence_customizer_footer_html"><div class="footer-html inner-link-style-normal"><div
 class="footer-html-inner"><p>&#169; 2025 Ridge &amp; Ramble -
 WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence WP</a></p></div></div></div></div>
<div class="site-footer-bottom-section-2 site-footer-section footer-section-inner-items-1"><nav id="footer-navigation" class="footer-navigation"
 role="navigation"
 aria-label="Footer Navigation"><ul id="footer-menu" class="menu">${links(['Privacy Policy', 'Disclosure', 'Contact'], 'menu-item')}</ul></nav></div>
</div></div></div></div></div></footer></div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
 data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button
 class="menu-toggle-close
 drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false"
 data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button></div><div class="drawer-content
 mobile-drawer-content content-align-left content-valign-top"><nav id="mobile-site-navigation"
 class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false"
 role="navigation" aria-label="Primary Mobile"><div class="mobile-menu-container drawer-menu-container"><ul id="mobile-menu" class="menu has-collapse-sub-nav">
${links(kdNav, 'menu-item')}</ul></div></nav></div></div></div>
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Scroll to top" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore
 scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon
 kadence-arrow-up-svg"
 fill="none" viewBox="0 0 24 24"><title>Scroll to top</title><polyline points="18 15 12 9 6 15"></polyline></svg></span></a>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","collapse":"Child menu"},"breakPoints":{"desktop":"1024",
"tablet":768}};
</script><script src="https://ridgeandramble.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
</body></html>`;
export const kadencePost: TestPage = {
  html: kdHtml,
  name: 'heldout54-wordpress-kadence-post',
  kind: 'blog',
  // the four h2 are the headings and the h2 texts repeated in the Kadence table of contents are in neither list (its "Table of
  // Contents" title is furniture); the info box's text is body, the writer's own practical note, with its "Good to know" title
  // in neither, as a docs callout's label is; the italic affiliate disclosure is boilerplate: furniture; the author and the
  // "Last updated" date are the bylines ("By" and "Last updated" in neither); the Grow share bar, category, caption, tags, the
  // author box (its name again, once as a byline), post navigation, "Similar Posts", comment form, sidebar and footer are
  // furniture; the menu's "About", the tag "coast path" and the post navigation's "Next" are words of the article text: left out
  title: plain(kdTitle),
  headings: texts([kdH1, kdH2, kdH3, kdH4]),
  body: texts([...kdIntro, ...kdDay1, ...kdDay2, ...kdDay3, kdBox, ...kdList]),
  bylines: ['Owen Tremayne', 'September 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kdNav.filter((t) => t !== 'About'), 'Toggle Menu', ...kdShare, kdDisclosure, 'Table of Contents', kdCaption, 'Post Tags:',
    'multi-day', kdBio, 'Follow on Instagram', 'Post navigation', 'Previous', 'Similar Posts', ...kdSimilar.flat(), 'Leave a Reply',
    'Cancel reply', 'Your email address will not be published.', 'Required fields are marked', 'Comment', 'Name', 'Search', 'Popular Routes',
    ...kdPopular, '© 2025 Ridge & Ramble - WordPress Theme by Kadence WP', 'Privacy Policy', 'Disclosure', 'Contact', 'Scroll to top',
  ],
};
