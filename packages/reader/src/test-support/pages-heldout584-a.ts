import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file a: a memorial maker's headstone design post on WordPress (Astra theme, CookieYes banner,
 * sidebar, comment form).
 */
const aTitle = 'Designing a Headstone: Shapes, Stone and Finishes Explained';
const aIntro = [
  j(
    'Most families who come to our yard have never designed a memorial before, and many arrive with a photograph of a stone they',
    'admired in another churchyard. That is a good place to start. A headstone is made of three choices that work together: the',
    'shape of the stone, the material it is cut from, and the finish on its faces. Get those right and the lettering will follow.',
  ),
];
const aShapeH = 'Choosing a shape';
const aShape = [
  j(
    'The traditional upright headstone is a single tablet set into a base or a ground anchor. Within that form there are dozens of',
    'tops: the ogee, the gothic point, the half round, the peon and the plain square top. A square top suits modern lettering and',
    'small lawn plots; a half round softens a tall stone and is the most requested shape in our part of the county.',
  ),
  j(
    'Heart shapes, open books and carved hearts on a plinth are popular for children and for couples, but they take longer to make',
    'and cost more, because each one is shaped by hand rather than sawn. If the cemetery has a lawn section, check the permitted',
    'height before you fall in love with a design.',
  ),
];
const aStoneH = 'Picking the stone';
const aStoneIntro = 'We work with four stones, each with its own character:';
const aStones = [
  '<strong>Black granite</strong> takes a mirror polish and gives the sharpest contrast for gilded or painted letters.',
  '<strong>Grey granite</strong> is the hardest wearing and hides lichen and weathering well.',
  '<strong>Yorkshire sandstone</strong> ages gently and suits old churchyards, but needs incised letters rather than raised ones.',
  '<strong>Welsh slate</strong> holds very fine lettering and stays dark for generations.',
];
const aStoneMore = j(
  'Some churchyards only allow natural local stone with no polish. The diocese publishes its own rules, and we will check them',
  'with the parish before we draw anything up.',
);
const aFinishH = 'Finishes and edges';
const aFinish = [
  j(
    'A stone can be fully polished, polished on the face only, honed to a soft matte, or left rock pitched around the edges for a',
    'rugged, hand-split look. A polished face with pitched sides is a good compromise: the inscription reads clearly, while the',
    'rough edges keep the stone from looking too formal.',
  ),
  j(
    'Finally, think about the base. A matching base with a vase hole gives somewhere for flowers, and a small kerb or flower',
    'container can be added later if the cemetery allows it. When you are ready, bring your ideas to the yard and we will',
    'sketch the stone with you, full size, on paper.',
  ),
];
const aCaption = 'A half round headstone in grey granite with a rock pitched edge.';
const aNav = ['Home', 'Headstones', 'Memorial Benches', 'Renovations', 'Our Yard', 'Blog', 'Contact'];
const aRecent = ['What Happens After You Order a Memorial', 'Adding a Second Inscription', 'Why Lawn Cemeteries Have Height Limits'];
const aCats = ['Design', 'Inscriptions', 'News', 'Restoration'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Lancaster &amp; Pryde Memorials</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2025-03-04T09:12:00+00:00","author":{"name":"Hannah Pryde"}}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-412 single-format-standard
 wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon"
 id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="220" height="64" src="/wp-content/uploads/2023/05/lp-logo.png"
 class="custom-logo" alt="Lancaster &amp; Pryde Memorials"></a></span></div></div></div><div class="site-header-primary-section-right">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
 data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
 id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><button data-index="0"
 class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal"
 aria-expanded="false"><span class="screen-reader-text">Main Menu</span><span class="mobile-menu-toggle-icon"><span
 class="ahfb-svg-iconset ast-inline-flex svg-baseline">
<svg class="ast-mobile-svg ast-menu-svg" width="24" height="24" viewBox="0 0 24 24"><path d="M3 13h18"></path></svg></span></span></button></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-design ast-article-single" id="post-412"
 itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="640" src="/wp-content/uploads/2025/03/half-round-grey.jpg"
 class="attachment-large size-large wp-post-image" alt="Grey granite headstone" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
 itemscope="itemscope" itemprop="author">By <a title="View all posts by Hannah Pryde" href="/author/hannah/" class="url fn n" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Hannah Pryde</span></a></span> / <span class="posted-on"><span class="published"
 itemprop="datePublished">March 4, 2025</span>
</span></div></header><div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aShapeH}</h2>
${ps(aShape)}
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533" src="/wp-content/uploads/2025/03/pitched-edge.jpg" alt=""
 class="wp-image-418">
<figcaption class="wp-element-caption">${aCaption}</figcaption></figure>
<h2 class="wp-block-heading">${aStoneH}</h2>
<p>${aStoneIntro}</p>
<ul class="wp-block-list">${lis(aStones)}</ul>
<p>${aStoneMore}</p>
<h2 class="wp-block-heading">${aFinishH}</h2>
${ps(aFinish)}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Adding a Second Inscription"
 href="/adding-a-second-inscription/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next">
<a title="Why Lawn Cemeteries Have Height Limits" href="/lawn-cemetery-height-limits/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a>
</div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
 style="display:none;">Cancel Reply</a>
</small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
 class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
 class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea></div>
</fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="author" class="screen-reader-text">Name*</label><input id="author" name="author" type="text" placeholder="Name*" size="30"></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label>
<input id="email" name="email" type="text" placeholder="Email*" size="30"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(aCats, 'cat-item')}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Visit the Yard</h2><div class="textwidget">
<p>Unit 4, Mill Lane, Harnby. Open Monday to Saturday, 9am to 4pm.</p>
</div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
 class="site-below-footer-wrap ast-builder-grid-row-container
 site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
 class="ast-footer-copyright">
<p>Copyright &copy; 2025 Lancaster &amp; Pryde Memorials | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
 target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar"
 data-cky-tag="notice">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.
 By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = page({
  name: 'heldout584-astra-headstone-design',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [aShapeH, aStoneH, aFinishH],
  body: texts([...aIntro, ...aShape, aStoneIntro, ...aStones, aStoneMore, ...aFinish]),
  bylines: ['By Hannah Pryde', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, aCaption, '← Previous Post', 'Next Post →', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.', 'Recent Posts', ...aRecent,
    'Categories', ...aCats, 'Visit the Yard', 'Unit 4, Mill Lane, Harnby. Open Monday to Saturday, 9am to 4pm.',
    'Copyright © 2025 Lancaster & Pryde Memorials | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT584_A: readonly TestPage[] = [astra];
