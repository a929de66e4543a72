import { links, type TestPage } from './page-kit.js';
import { type Block, j, page, render } from './pages-heldout563-kit.js';

/** Held-out batch 563, file a2: a route-setting news post on WordPress with the Astra theme (sidebar widgets, comments). */
const wTitle = 'Cave reset: 34 new problems and a fresh comp circuit';
const wBlocks: Block[] = [
  {
    p: j(
      'The Cave is open again after a three-day reset, and the setting team have gone big. Every hold on the overhang came off,',
      'the walls were washed and re-textured where the paint had worn through, and 34 new problems went up from white to black.',
    ),
  },
  {
    p: j(
      'Head setter Tomasz Werner says the aim this time was movement rather than size. "The last set was very powerful," he said.',
      '"This one has more body positioning, more heel hooks and a lot fewer dynos. If you struggled on the old purples, come and try again."',
    ),
  },
  { h: "What's on the wall" },
  {
    ul: [
      '6 white and 7 green problems on the slab end, including two new starter traverses',
      '9 blue and 6 purple problems on the 20-degree panel',
      '4 red and 2 black problems through the roof, using the new dual-texture volumes',
    ],
  },
  {
    p: j(
      'The circuit tags have moved to the left of the start holds so they no longer sit under a foot. If a tag is missing or',
      'loose, tell the front desk and we will fix it the same day.',
    ),
  },
  { h: 'The March comp circuit' },
  {
    p: j(
      'Eight of the new problems carry a yellow comp tag. They count towards the members’ March comp, which runs until the 31st.',
      'Log your tops on the scorecard at reception or in the app, and the three best scores in each category win a free month.',
    ),
  },
  {
    q: j('We want beginners to be able to score points, so two of the comp problems are greens. Nobody should feel the comp is', 'only for the strong crowd.'),
  },
  { h: 'Next up' },
  {
    p: j(
      'The slab wall is next, in the week of 14 April. It will close from Monday morning and reopen on Thursday evening.',
      'Members who want to help strip holds can sign up at the desk; we pay in coffee and first go on the new problems.',
    ),
  },
];
const wPart = render(wBlocks);
const wNav = ['Home', 'Visit', 'Prices', 'Youth', 'Coaching', 'News', 'Contact'];
const wRecent = ['Slab wall closure in April', 'Meet our new youth coach', 'February comp results'];
const wCats = ['Route setting', 'Competitions'];
const wFoot = ['Privacy Policy', 'Terms of Entry', 'Accessibility'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${wTitle} &#8211; Overhang Works Climbing Centre</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'>
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-03-04T09:12:40+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2027-03-04T09:12:40+00:00","author":{"name":"Hollie Brannagh"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://overhangworks.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-post{padding:3em}.site-title a{color:#1f2a44}</style>
<script src="https://overhangworks.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-2214 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content"
title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://overhangworks.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://overhangworks.co.uk/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="Overhang Works"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-">
<a class="ast-custom-button-link" href="/book/"><div class="ast-custom-button">Book now</div></a></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-route-setting category-competitions
ast-article-single"
id="post-2214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://overhangworks.co.uk/wp-content/uploads/2027/03/cave-reset-1024x576.jpg" class="attachment-large size-large wp-post-image" alt=""
itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-on"><span class="published" itemprop="datePublished">4 March 2027</span></span> / By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Hollie Brannagh" href="/author/hollie/" rel="author"
class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Hollie Brannagh</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
${wPart.html}
<figure class="wp-block-image size-large"><img src="https://overhangworks.co.uk/wp-content/uploads/2027/03/roof-volumes.jpg" alt="">
<figcaption class="wp-element-caption">The new dual-texture volumes on the roof. Photo: Overhang Works</figcaption></figure>
</div><footer class="entry-footer"><span class="cat-links">Categories: ${wCats
  .map(
    (c) => `<a href="/category/${c.toLowerCase().replace(' ', '-')}/"
rel="category tag">${c}</a>`,
  )
  .join(', ')}</span></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/february-comp-results/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/meet-our-new-youth-coach/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;${wTitle}&rdquo;</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-881"><article id="comment-881" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite>
<b class="fn">Priya</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><time datetime="2027-03-04T18:40:11+00:00">4 March 2027 at 6:40 pm</time></span></div></header></div>
<section class="ast-comment-content comment"><p>The pink-tagged blue in the corner is brilliant. Took me six goes but so satisfying.</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-881">Reply</a></span></div>
</section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-884"><article id="comment-884" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dev M</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><time datetime="2027-03-05T08:02:54+00:00">5 March 2027 at 8:02 am</time></span></div></header></div>
<section class="ast-comment-content comment"><p>Any chance of a couple more reds on the slab when it gets reset?</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-884">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><div class="ast-row comment-textarea">
<fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea>
</div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Opening times</h2><p>Weekdays 10:00 &#8211; 22:00<br>Weekends 09:00 &#8211; 20:00</p>
</aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack">
<div class="ast-builder-grid-row-container-inner">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" aria-label="Site Footer"><ul id="astra-footer-menu"
class="ast-nav-menu ast-flex">
${links(wFoot, 'menu-item')}</ul></nav><div class="ast-footer-copyright"><p>Copyright &copy; 2027 Overhang Works Climbing Centre | Powered by
<a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://overhangworks.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const wordpress: TestPage = page(
  { name: 'heldout563-wp-astra-reset', kind: 'news', html: wHtml, title: wTitle },
  [wPart],
  ['4 March 2027', '/ By', 'Hollie Brannagh', 'Priya', '4 March 2027 at 6:40 pm', 'Dev M', '5 March 2027 at 8:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Skip to content', ...wNav, 'Book now', 'The new dual-texture volumes on the roof. Photo: Overhang Works', 'Categories:', ...wCats,
    '← Previous Post', 'Next Post →', `2 thoughts on “${wTitle}”`, 'The pink-tagged blue in the corner is brilliant. Took me six goes but so satisfying.',
    'Reply', 'Any chance of a couple more reds on the slab when it gets reset?', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Opening times', 'Weekdays 10:00 – 22:00', 'Weekends 09:00 – 20:00', 'Recent Posts', ...wRecent, 'Categories',
    ...wFoot, 'Copyright © 2027 Overhang Works Climbing Centre | Powered by Astra WordPress Theme',
  ],
);

export const HELDOUT563_A2: readonly TestPage[] = [wordpress];
