import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file b2: a garage's blog post on WordPress with the Astra theme (sidebar, post navigation, comments and
 * reply form).
 */
const sTitle = 'Why Your Brakes Squeal (and When You Should Worry)';
const sP1 = [
  j(
    'Hardly a week goes by without someone pulling into the yard, winding the window down and asking us to listen to their brakes.',
    'Squealing, grinding, a click when you pull away: brakes make a lot of noises, and most of them are harmless. A few are not,',
    'and it pays to know the difference before a £90 pad change turns into a £400 job with new discs and callipers.',
  ),
  j(
    'This post goes through the noises we hear most often at the workshop, what usually causes them, and what we would do about',
    'each one. None of it replaces having the brakes looked at, but it should help you decide how quickly you need to book in.',
  ),
];
const sH = [
  'A light squeal in the first few miles',
  'A high-pitched squeal that never goes away',
  'Grinding or scraping',
  'Clicks and clunks',
  'What a brake check involves',
];
const sP2 = [
  j(
    'On a damp morning a thin film of rust forms on the discs overnight, and the pads scrape it off on the first few stops.',
    'The squeal or light grinding you hear is that rust being cleaned away. If it stops within a mile or two, there is nothing to fix.',
  ),
  j(
    'Cars that stand for weeks at a time can build up heavier rust, which leaves a ridge on the outer edge of the disc. That is worth',
    'mentioning at the next service, but it is not urgent.',
  ),
];
const sP3 = [
  j(
    'Many brake pads have a small steel tab, the wear indicator, that touches the disc once the friction material is nearly gone.',
    'It is designed to squeal at you. If you hear a constant high note whenever you are moving, and it changes or stops when you',
    'press the pedal, your pads are close to the end of their life.',
  ),
  'Other causes of a constant squeal we see regularly:',
];
const sCauses = [
  'pads fitted without anti-squeal shims or copper grease on the backing plates',
  'glazed pads, usually after a long descent with the brakes held on',
  'a stone trapped between the disc and the dust shield',
  'cheap pads with a hard compound that is noisy on some discs',
];
const sP4 = [
  j(
    'A grinding noise under braking means metal is touching metal. Either the pads have worn down to their backing plates or',
    'something is caught in the brake. Every mile you drive like this cuts into the disc, and before long the disc has to be replaced',
    'as well as the pads. We would ask you to book in within a day or two, and to drive gently until then.',
  ),
  j(
    'If the grinding comes with a pull to one side, a burning smell after a short drive or a pedal that feels soft, do not drive the',
    'car any further. Call us and we will collect it, or arrange recovery through your breakdown cover.',
  ),
];
const sP5 = [
  j(
    'A single click when you first brake after changing direction, for example when you pull forward after reversing, is usually',
    'the pads moving in the calliper bracket. It is normal on many cars. A clunk from the front end that you also hear over',
    'speed bumps is more likely to be a suspension part, such as a drop link or a worn top mount, than the brakes.',
  ),
];
const sP6 = [
  j(
    'Our free brake check takes about twenty minutes. We take a wheel off at each end, measure the pads and discs, look at the',
    'flexible hoses and callipers for leaks or seizing, and check the brake fluid for moisture. You get a copy of the measurements',
    'and a photo of anything we think needs doing, and you decide what happens next.',
  ),
  j(
    'If you have a noise you cannot place, record a short video on your phone with the sound and bring it along. It is surprising how',
    'often a car stays perfectly quiet as soon as it arrives at a garage.',
  ),
];
const sBodyHtml = `${ps(sP1)}
<h2>${sH[0]}</h2>${ps(sP2)}
<figure id="attachment_431" class="wp-caption aligncenter"><img decoding="async" src="/wp-content/uploads/2027/03/rusty-disc-1024x683.jpg" alt="" width="1024"
height="683">
<figcaption id="caption-attachment-431" class="wp-caption-text">Surface rust on a front disc after a wet weekend</figcaption></figure>
<h2>${sH[1]}</h2>${ps(sP3)}<ul>${lis(sCauses)}</ul>
<h2>${sH[2]}</h2>${ps(sP4)}
<h2>${sH[3]}</h2>${ps(sP5)}
<h2>${sH[4]}</h2>${ps(sP6)}
<p><a class="wp-block-button__link wp-element-button" href="/book-a-brake-check/">Book a free brake check</a></p>`;
const sNav = ['Home', 'Services', 'MOT', 'Blog', 'Contact'];
const sCats = ['Brakes', 'MOT Tips', 'Servicing', 'Tyres'];
const sRecent = ['Do You Really Need a Cambelt at 60,000 Miles?', 'Five Things That Fail an MOT (and Cost Nothing to Fix)', 'Air Con Regas: Is It Worth It?'];
const sComments = [
  [
    'Geoff Allard',
    'March 16, 2027 at 8:12 pm',
    'Had exactly this on my old estate, turned out to be a stone behind the shield. Ten minutes to fix, thanks lads.',
  ],
  ['Pellow Motors', 'March 17, 2027 at 9:03 am', 'Glad it was an easy one, Geoff! See you at the MOT in May.'],
];
const sCommentHtml = sComments
  .map(
    ([who, when, text], i) => `<li class="comment ${i === 1 ? 'byuser bypostauthor' : ''} even depth-${i + 1}" id="li-comment-${90 + i}">
<article id="comment-${90 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/avatar.png"
class="avatar" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-${90 + i}"><time datetime="2027-03-1${6 + i}">${when}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why Your Brakes Squeal (and When You Should Worry) &#8211; Pellow Motors</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel="profile" href="https://gmpg.org/xfn/11">
<link rel='stylesheet' id='astra-theme-css-css' href='https://pellowmotors.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-single-post .entry-content a{text-decoration:underline;}:root{--ast-global-color-0:#c0392b;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"datePublished":"2027-03-14T09:00:00+00:00","author":{"name":"Dan Pellow"}}]}</script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-412 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div
class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div
class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="/"
class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2023/05/pellow-logo.png" class="custom-logo" alt="Pellow Motors"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div
class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav
class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div
class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></nav></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-brakes ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="/wp-content/uploads/2027/03/brake-check.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${sTitle}</h1><div class="entry-meta"><span class="cat-links"><a href="/category/brakes/"
rel="category tag">Brakes</a></span> / By
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Dan Pellow"
href="/author/dan/" rel="author"
class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Dan Pellow</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">
March 14, 2027</span></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${sBodyHtml}
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a
title="Do You Really Need a Cambelt at 60,000 Miles?" href="/cambelt-60000/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a title="Air Con Regas: Is It Worth It?" href="/air-con-regas/"
rel="next">Next Post
<span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&ldquo;${sTitle}&rdquo;</h3></div>
<ol class="ast-comment-list">${sCommentHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"
aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="author"
class="screen-reader-text">Name*</label>
<input id="author" name="author" type="text" placeholder="Name*" size="30" aria-required="true"></p><p
class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text" placeholder="Email*" size="30"
aria-required="true"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span><i><span
class="ast-icon icon-search"></span></i></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
aria-label="Recent Posts"><ul>${links(sRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories"><ul>${links(sCats, 'cat-item')}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full
ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Pellow Motors | Powered by <a href="https://wpastra.com" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://pellowmotors.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraBlog: TestPage = {
  name: 'heldout517-astra-brake-noises',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sP1, ...sP2, ...sP3, ...sCauses, ...sP4, ...sP5, ...sP6]),
  bylines: ['Dan Pellow', 'March 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNav, 'Surface rust on a front disc after a wet weekend', 'Book a free brake check', 'Previous Post', 'Next Post',
    `2 thoughts on “${sTitle}”`, ...sComments.flat(), 'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *',
    'Type here..', 'Name*', 'Email*',
    'Save my name, email, and website in this browser for the next time I comment.', 'Search for:', 'Recent Posts', ...sRecent,
    'Categories', ...sCats.filter((t) => t !== 'Brakes'), 'Copyright © 2027 Pellow Motors | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT517_B2: readonly TestPage[] = [astraBlog];
