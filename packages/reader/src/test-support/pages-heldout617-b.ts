import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout617-kit.js';

/**
 * Held-out batch 617, file b: a farm open day post on WordPress (Astra theme, CookieYes banner, sidebar, comments).
 */
const aTitle = 'Spring Open Day: Sunday 12 April';
const aIntro = [
  j(
    'The gates are open again! After a long, wet winter we are ready to welcome visitors back to Brackenridge for our spring open day.',
    'This year we have eleven new cria on the ground, the youngest born only last week, and they will be out in the front paddock all day.',
  ),
  j(
    'Open day is the one day of the year when you can walk round the whole farm without booking. Come and meet the herd, watch a',
    'shearing demonstration, and see how a fleece goes from the alpaca&#39;s back to a finished skein.',
  ),
];
const aH = ["What's on", 'Getting here and parking', 'Tickets'];
const aOn = [
  '10.30am and 2pm – shearing demonstration in the big barn with our shearer, Tomasz',
  '11am – fleece skirting and sorting at the wool table',
  'All day – spinning wheels and drop spindles to try, with the Marrow Valley Spinners',
  'All day – cria paddock, feed bags 50p each',
  '1pm – halter training talk for new and would-be owners',
];
const aGetting = [
  j(
    'Brackenridge is two miles out of Hollinsby on the Fell Road. Follow the yellow AA-style signs from the village green.',
    'Parking is in the hay field next to the farm and is free, but it can be soft after rain, so please follow the marshals.',
  ),
  'If you are coming by bus, the 47 stops at Hollinsby green every hour and we will run a tractor-and-trailer shuttle from there on the half hour.',
];
const aTicketsIntro = 'Pay on the gate, cash or card. All money from the tea tent goes to the Marrow Valley Mountain Rescue Team.';
const aRows = [
  ['Adults', '£6'],
  ['Children 3 to 15', '£3'],
  ['Under 3s', 'Free'],
  ['Family (2 adults and up to 3 children)', '£16'],
] as const;
const aOutro = [
  j(
    'Dogs on leads are welcome in the car park and the barn, but not in the paddocks please: the alpacas see them as foxes.',
    'Wear wellies. We are looking forward to seeing you!',
  ),
];
const aNav = ['Home', 'Our Alpacas', 'Farm Days', 'Fleece & Yarn', 'News', 'Contact'];
const aRecent = ['Eleven cria and counting', 'Shearing day dates for 2026', 'Why our girls wear coats in February', 'Winter feeding: what we give the herd'];
const aComments = [
  ['Jen Calloway', 'March 4, 2026 at 7:12 pm', 'We came last year and the kids still talk about it. Is the tea tent doing bacon rolls again?'],
  ['Ruth Allonby', 'March 4, 2026 at 8:40 pm', 'It is, Jen! And cakes from the WI. See you there.'],
] as const;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${aTitle} &#8211; Brackenridge Alpacas</title>
<meta name="robots" content="max-image-preview:large"><link rel="alternate" type="application/rss+xml" title="Brackenridge Alpacas &raquo; Feed"
href="/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">:root{--ast-container-default-xlg-padding:3em;--ast-global-color-0:#5a7d3a;
}.ast-separate-container .ast-article-single{padding:3em;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-03-03T09:15:00+00:00","author":{"name":"Ruth Allonby"},"articleSection":["Farm News"]}]}</script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/7c1e2f/script.js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope"
class="post-template-default single single-post postid-412 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header
main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div
class="ast-builder-layout-element ast-flex site-header-focus-item"
data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2023/02/logo.png"
class="custom-logo"
alt="Brackenridge Alpacas"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home"
itemprop="url">Brackenridge Alpacas</a></span>
<p class="site-description" itemprop="description">Alpacas, fleece and farm days in the Marrow Valley</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-farm-news tag-open-day ast-article-single"
id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box"><div
class="ast-single-post-order">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="/wp-content/uploads/2026/03/cria-paddock-1024x576.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="cat-links"><a href="/category/farm-news/"
rel="category tag">Farm News</a></span> /
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Ruth Allonby"
href="/author/ruth/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Ruth Allonby</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2026</span></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(aIntro)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/03/shearing-demo.jpg" alt=""
class="wp-image-418">
<figcaption class="wp-element-caption">Tomasz at last spring's shearing demonstration</figcaption></figure>
<h2 class="wp-block-heading">${aH[0]}</h2><ul class="wp-block-list">${lis(aOn)}</ul>
<h2 class="wp-block-heading">${aH[1]}</h2>${ps(aGetting)}
<h2 class="wp-block-heading">${aH[2]}</h2>${ps([aTicketsIntro])}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Ticket</th><th>Price</th></tr></thead><tbody>
${aRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></figure>
${ps(aOutro)}
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Eleven cria and counting"
href="/eleven-cria-and-counting/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a
title="Shearing day dates for 2026"
href="/shearing-day-dates-for-2026/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">2 thoughts on &ldquo;${aTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${aComments
  .map(
    ([n, d, c], i) => `<li class="comment byuser even thread-even depth-1" id="li-comment-${88 + i}"><article id="comment-${88 + i}"
class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/x?s=50&amp;d=mm&amp;r=g" class="avatar"
height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header
class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-user-info"><cite><b class="fn">${n}</b> </cite></div><div class="ast-comment-time ast-row"><span class="timendate"><a
href="#comment-${88 + i}">
<time datetime="2026-03-04">${d}</time></a></span></div></header></div></div></div><section class="ast-comment-content comment"><p>${c}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform"
class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45"
rows="8"></textarea></div></fieldset></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." value=""
name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(aRecent)}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Visit the farm</h2><div
class="textwidget"><p>Farm days run from April to October. Booking is essential
except on open days.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Brackenridge Alpacas | Powered by
<a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script id="comment-reply-js" src="/wp-includes/js/comment-reply.min.js?ver=6.4.3" defer></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout617-astra-open-day',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aOn, ...aGetting, aTicketsIntro, ...aRows.map(([a, b]) => `${a} ${b}`), ...aOutro]),
  bylines: ['Ruth Allonby', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Brackenridge Alpacas', 'Alpacas, fleece and farm days in the Marrow Valley', ...aNav, 'Farm News',
    "Tomasz at last spring's shearing demonstration", 'Previous Post', 'Next Post', `2 thoughts on “${aTitle}”`,
    ...aComments.flatMap(([n, d, c]) => (n === 'Ruth Allonby' ? [d, c] : [n, d, c])), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Save my name, email, and website in this browser for the next time I comment.',
    'Recent Posts', ...aRecent, 'Visit the farm', 'Farm days run from April to October. Booking is essential except on open days.',
    'Copyright © 2026 Brackenridge Alpacas | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT617_B: readonly TestPage[] = [wordpress];
