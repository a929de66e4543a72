import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Sec } from './pages-heldout665-kit.js';

/** Held-out batch 665, file a: a paint shop's colour trends post on WordPress (Astra theme, CookieYes banner, sidebar widgets, comment form). */
const aTitle = 'Colour trends for 2027: the warm neutrals are back';
const aIntro = [
  j(
    'Every January we count what went out of the tinting machine over the year before, and for the first time since we opened,',
    'grey has dropped out of our top five. In its place are browns, clays and a family of soft yellows that customers keep',
    'describing as "the colour of old paper".',
  ),
  j('Here is what we expect to be mixing most in 2027, with the shades from our own card that sit closest to each trend.'),
];
const aSecs: Sec[] = [
  {
    h: 'Clay and terracotta',
    p: [
      j(
        'Terracotta started in kitchens and has now moved into hallways and bedrooms. The shades people choose are muddier than',
        'the bright flowerpot orange of a few years ago: think of a wet clay bank rather than a Mediterranean roof.',
      ),
      "Our closest shades: Brickfield No. 14, Potter's Slip No. 22 and Lower Meadow Clay No. 31.",
    ],
  },
  {
    h: 'Old-paper yellows',
    p: [
      j(
        'These are yellows with a lot of grey and a touch of green in them. They look warm in a north-facing room without turning',
        'lemony, and they work well with the dark oak floors that many of our customers are uncovering.',
      ),
      j('Try them in a full-strength matt on walls and the same colour at half strength on the ceiling, which softens the line', 'where the two meet.'),
    ],
  },
  {
    h: 'Deep browns for woodwork',
    p: [
      j(
        'Painted skirting boards and doors in chocolate and tobacco browns were the surprise of the autumn. A dark woodwork',
        'colour frames a pale wall and hides the scuffs that a white gloss shows within a month.',
      ),
    ],
  },
  {
    h: 'What is on the way out',
    p: [
      j(
        'Cool greys and the blue-greens that went with them are still selling, but mostly as touch-up tins for rooms painted years',
        'ago. We sold half as many litres of our most popular grey as we did in 2024.',
      ),
      j(
        'If you are not sure about any of these shades, bring a cushion, a tile or a bit of carpet into the shop and we will paint',
        'up a sample board for you while you wait.',
      ),
    ],
  },
];
const aNav = ['Home', 'Shop Paint', 'Wallpaper', 'Colour Matching', 'Trade Accounts', 'Blog', 'Contact'];
const aRecent = ['How much paint do I need for a room?', 'Our new eco range has arrived', 'Why your white ceiling looks yellow'];
const aCats = ['Colour Trends', 'How To', 'Shop News'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Harrowfield Paint Supply</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://harrowfieldpaint.co.uk/colour-trends-2027/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-01-12T09:14:22+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Elspeth Marrow"},"datePublished":"2027-01-12T09:14:22+00:00"},{"@type":"WebSite","name":"Harrowfield Paint Supply"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://harrowfieldpaint.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.entry-title{font-size:34px}</style>
<script src="https://harrowfieldpaint.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-4821 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://harrowfieldpaint.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="60"
src="https://harrowfieldpaint.co.uk/wp-content/uploads/2024/03/logo.png" class="custom-logo" alt="Harrowfield Paint Supply"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="https://harrowfieldpaint.co.uk/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field"
placeholder="Search..." name="s"></label></form></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-colour-trends ast-article-single" id="post-4821"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://harrowfieldpaint.co.uk/wp-content/uploads/2027/01/clay-paint-swatches-1024x576.jpg" class="attachment-large size-large wp-post-image"
alt="Paint swatches in clay and yellow shades" itemprop="image" decoding="async"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="cat-links">
<a href="/category/colour-trends/" rel="category tag">Colour Trends</a></span>
 / <span class="posted-on"><span class="published" itemprop="datePublished">January 12, 2027</span></span> / By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Elspeth Marrow" href="/author/elspeth/" rel="author"
class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Elspeth Marrow</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
${aSecs.map((s) => `<h2 class="wp-block-heading">${s.h}</h2>\n${ps(s.p)}`).join('\n')}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/shop-paint/">Browse the colour card</a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Why your white ceiling looks yellow"
href="/white-ceiling-yellow/" rel="prev"><span class="ast-left-arrow" aria-hidden="true">&larr;</span> Previous Post</a></div>
<div class="nav-next">
<a title="How much paint do I need for a room?" href="/how-much-paint/" rel="next">Next Post <span class="ast-right-arrow" aria-hidden="true">&rarr;</span></a>
</div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="https://harrowfieldpaint.co.uk/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-lg-12">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Recent Posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(aRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(aCats, 'cat-item')}</ul></aside>
<aside id="text-4" class="widget widget_text"><h2 class="widget-title">Visit the shop</h2><div class="textwidget">
<p>14 Kiln Lane, Harrowfield<br>Mon to Sat, 8am to 5.30pm</p></div></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full"><div class="ast-builder-footer-grid-columns site-below-footer-inline-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1
site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Harrowfield Paint Supply | Powered by Harrowfield Paint Supply</p></div></div></div></div></div>
</footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://harrowfieldpaint.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body>
</html>`;
const astra: TestPage = {
  name: 'heldout665-astra-colour-trends',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aSecs.map((s) => s.h),
  body: texts([...aIntro, ...aSecs.flatMap((s) => s.p)]),
  bylines: ['January 12, 2027', 'Elspeth Marrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Search for:', 'Browse the colour card', 'Previous Post', 'Next Post', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked', 'Type here..', 'Recent Posts', ...aRecent, 'Categories',
    'How To', 'Shop News', 'Visit the shop', '14 Kiln Lane, Harrowfield', 'Mon to Sat, 8am to 5.30pm',
    'Copyright © 2027 Harrowfield Paint Supply | Powered by Harrowfield Paint Supply', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT665_A: readonly TestPage[] = [astra];
