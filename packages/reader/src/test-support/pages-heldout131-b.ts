import { links, ps, type TestPage, texts } from './page-kit.js';
import { mediumPost } from './pages-heldout131-b2.js';
import { owTitle, owP1, owRelated, owH1, owList, owH2, owP2, owH3, owP3, owH4, owP4, owH5, owP5, owH6, owP6 } from './pages-heldout131-b3.js';

/**
 * Held-out batch 131, file b: a WordPress DIY-blog post on the OceanWP theme (top bar with a menu, a promo line and social
 * icons, skip link, the header menu with a search toggle and the hidden mobile dropdown that repeats it, the page header whose
 * h1 is "Blog" with breadcrumbs, the post title as an h2, the meta list with screen-reader labels and a reading time, a
 * "Related:" link and a caption inside the entry content, tags, the Ocean Social Sharing bar, the author bio, previous/next
 * links, "You Might Also Like", two comments and the comment form, the sidebar with about, recent posts and newsletter
 * widgets, footer widgets, the copyright line and a Cookie Notice banner) and, from file b2, a Medium publication post on
 * a custom domain.
 */
const owTop = ['Work With Me', 'Shop'];
const owNav = ['Home', 'Projects', 'Furniture Repair', 'Upcycling', 'Tools', 'About'];
const owCaption = 'The second chair, three days after re-caning.';
const owTags = ['cane', 'chairs', 'mid-century'];
const owShare = ['Please Share This', 'Share this content', 'Opens in a new window'];
const owBio = 'Marcus restores old furniture in a garage workshop in Thornbury Vale and writes up every project, including the ones that go ' + 'wrong.';
const owPrev = 'Stripping varnish from a pine dresser';
const owNext = 'A beginner’s guide to hand planes';
const owAlso = [
  { title: 'How to fix a wobbly chair joint without taking it apart', date: 'February 14, 2025' },
  { title: 'Rush seating a stool: my first attempt', date: 'January 6, 2025' },
  { title: 'Five finds from the Thornbury Vale car boot', date: 'November 23, 2024' },
];
const owComments = [
  {
    name: 'Deborah Quayle',
    date: 'April 10, 2025 at 7:41 am',
    text: 'Brilliant write-up. I have two bentwood chairs waiting in the shed and this has given me the push to finally start.',
  },
  {
    name: 'Kwame Asante',
    date: 'April 12, 2025 at 4:18 pm',
    text: 'Where did you buy the spline? The only supplier I can find wants eleven pounds postage for a two-metre strip.',
  },
];
const owForm = [
  'Leave a Reply',
  'Cancel reply',
  'Enter your name or username to comment',
  'Enter your email address to comment',
  'Enter your website URL (optional)',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const owSide = [
  'About Me',
  'Hi, I’m Marcus. I rescue tired furniture and show you how to do it too, with ordinary tools and a bit of patience.',
  'Recent Posts',
  'Newsletter',
  'One new project in your inbox every other Sunday.',
  'Go',
];
const owRecent = [owNext, owPrev, 'Rush seating a stool: my first attempt'];
const owFoot = ['Sawdust Saturday is a one-person workshop blog about rescuing old furniture.', 'Quick Links', 'Privacy Policy', 'Contact', 'Advertise'];
const owCookie = 'We use cookies to make sure you get the best experience on this site. If you keep browsing, we will assume you are happy with that.';
const i = (c: string): string => `<i class=" ${c}" aria-hidden="true" role="img"></i>`;
const owComment = (c: (typeof owComments)[number], n: number): string => `<li id="comment-${311 + n}" class="comment even thread-even depth-1">
<article id="div-comment-${311 + n}" class="comment-container"><img alt="" src="https://secure.gravatar.example/avatar/${n}?s=150&amp;d=mm&amp;r=g"
class="avatar avatar-150 photo" height="150" width="150" loading="lazy"><div class="comment-body"><div class="comment-meta">
<cite class="comment-author">${c.name}</cite><div class="comment-date">${c.date}</div></div>
<div class="comment-entry"><div class="comment-content"><p>${c.text}</p></div><span class="comment-reply-link-wrap"><a rel="nofollow" class="comment-reply-link"
href="#comment-${311 + n}" data-commentid="${311 + n}" data-postid="1502" aria-label="Reply to ${c.name}">Reply</a></span></div></div></article></li>`;
const owHtml = `<!DOCTYPE html>
<html class="html" lang="en-GB"><head><meta charset="UTF-8"><link rel="profile" href="https://gmpg.org/xfn/11">
<title>Re-caning a 1960s chair seat with pre-woven cane - Sawdust Saturday</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="How I re-caned two teak dining chairs with pre-woven cane and spline in a weekend, for about thirty pounds.">
<link rel="canonical" href="https://sawdustsaturday.example/recaning-chair-seat/"><meta property="og:type" content="article">
<meta property="og:title" content="${owTitle}"><meta property="article:section" content="Furniture Repair">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${owTitle}","datePublished":"2025-04-09T06:30:00+01:00",
"author":{"@type":"Person","name":"Marcus Oyelaran"},"publisher":{"@type":"Organization","name":"Sawdust Saturday"}}</script>
<link rel="stylesheet" id="oceanwp-style-css" href="https://sawdustsaturday.example/wp-content/themes/oceanwp/assets/css/style.min.css?ver=4.0.9" media="all">
<link rel="stylesheet" id="oss-social-share-style-css" href="https://sawdustsaturday.example/wp-content/plugins/ocean-social-sharing/assets/css/style.min.css">
<script src="https://sawdustsaturday.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1502 single-format-standard wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint
has-sidebar content-right-sidebar post-in-category-furniture-repair has-topbar has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/Article">
<div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr">
<div id="top-bar-content" class="clr has-content top-bar-left"><div id="top-bar-nav" class="navigation clr"><ul id="menu-top" class="top-bar-menu dropdown-menu
sf-menu">
${links(owTop, 'menu-item')}</ul></div><span class="topbar-content">Free cut lists with every project post</span></div>
<div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Social links">
<li class="oceanwp-pinterest"><a href="https://pinterest.example/sawdustsaturday" aria-label="Pinterest (opens in a new tab)" target="_blank"
rel="noopener noreferrer">${i('fab fa-pinterest-p')}</a></li><li class="oceanwp-youtube"><a href="https://youtube.example/@sawdustsaturday"
aria-label="YouTube (opens in a new tab)" target="_blank" rel="noopener noreferrer">${i('fab fa-youtube')}</a></li></ul></div></div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner"
class="clr">
<a href="https://sawdustsaturday.example/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://sawdustsaturday.example/logo.png"
class="custom-logo" alt="Sawdust Saturday" decoding="async"></a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope"
itemtype="https://schema.org/SiteNavigationElement" role="navigation"><ul id="menu-main-menu" class="main-menu dropdown-menu sf-menu">
${owNav
  .map(
    (t) => `<li class="menu-item menu-item-type-custom"><a href="https://sawdustsaturday.example/${t.toLowerCase().replace(' ', '-')}/" class="menu-link">
<span class="text-wrap">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="search-toggle-li"><a href="javascript:void(0)" class="site-search-toggle search-dropdown-toggle"><span class="screen-reader-text">Toggle website
search</span>
${i('icon-magnifier')}</a></li></ul><div id="searchform-dropdown" class="header-searchform-wrap clr"><form aria-label="Search this website" role="search"
method="get" class="searchform" action="https://sawdustsaturday.example/"><input aria-label="Insert search query" type="search" id="ocean-search-form-1"
class="field" autocomplete="off" placeholder="Search" name="s"></form></div></nav></div>
<div class="oceanwp-mobile-menu-icon clr mobile-right"><a href="#mobile-menu-toggle" class="mobile-menu" aria-label="Mobile Menu">${i('fa fa-bars')}
<span class="oceanwp-text">Menu</span><span class="oceanwp-close-text">Close</span></a></div></div>
<div id="mobile-dropdown" class="clr"><nav class="clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-main-menu-1"
class="menu">
${links(owNav, 'menu-item')}</ul><div id="mobile-menu-search" class="clr"><form aria-label="Search this website" method="get"
action="https://sawdustsaturday.example/" class="mobile-searchform"><input aria-label="Insert search query" value="" class="mobile-searchform-input"
type="search" name="s" autocomplete="off" placeholder="Search"><button aria-label="Submit search" type="submit" class="searchform-submit">${i('icon-magnifier')}
</button></form></div></nav></div></header>
<main id="main" class="site-main clr" role="main"><header class="page-header"><div class="container clr page-header-inner">
<h1 class="page-header-title clr" itemprop="headline">Blog</h1><nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-">
<ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3"><meta name="itemListOrder"
content="Ascending">
<li class="trail-item trail-begin" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="https://sawdustsaturday.example"
rel="home" aria-label="Home" itemprop="item"><span itemprop="name"><span class="icon-home" aria-hidden="true"></span><span
class="breadcrumb-home">Home</span></span></a>
<span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="1"></li><li class="trail-item" itemprop="itemListElement" itemscope
itemtype="https://schema.org/ListItem"><a href="https://sawdustsaturday.example/category/furniture-repair/" itemprop="item"><span itemprop="name">Furniture
Repair</span></a>
<span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="2"></li><li class="trail-item trail-end" itemprop="itemListElement" itemscope
itemtype="https://schema.org/ListItem"><span itemprop="name"><a href="https://sawdustsaturday.example/recaning-chair-seat/">${owTitle}</a></span>
<meta itemprop="position" content="3"></li></ol></nav></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article class="single-post-article clr"><div class="thumbnail"><img width="1200" height="800" src="https://sawdustsaturday.example/uploads/2025/04/chairs.jpg"
class="attachment-full size-full wp-post-image" alt="You are currently viewing Re-caning a 1960s chair seat with pre-woven cane" itemprop="image"
decoding="async"></div>
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">${owTitle}</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Post author:</span>${i('icon-user')}
<a href="https://sawdustsaturday.example/author/marcus/" title="Posts by Marcus Oyelaran" rel="author" itemprop="author" itemscope
itemtype="https://schema.org/Person">Marcus Oyelaran</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post
published:</span>
${i('icon-clock')}April 9, 2025</li><li class="meta-cat"><span class="screen-reader-text">Post category:</span>${i('icon-folder')}
<a href="https://sawdustsaturday.example/category/furniture-repair/" rel="category tag">Furniture Repair</a></li>
<li class="meta-rt"><span class="screen-reader-text">Reading time:</span>${i('icon-cup')}6 min read</li>
<li class="meta-comments"><span class="screen-reader-text">Post comments:</span>${i('icon-bubble')}<a href="#comments" class="comments-link">2
Comments</a></li></ul>
<div class="entry-content clr" itemprop="text">
${ps(owP1)}
<p><strong>Related:</strong> <a href="https://sawdustsaturday.example/wobbly-chair-joint/">How to fix a wobbly chair joint without taking it apart</a></p>
<h2 class="wp-block-heading">${owH1}</h2>
<ul class="wp-block-list">${owList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${owH2}</h2>
${ps(owP2)}
<h2 class="wp-block-heading">${owH3}</h2>
${ps(owP3)}
<h2 class="wp-block-heading">${owH4}</h2>
${ps(owP4)}
<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="768"
src="https://sawdustsaturday.example/uploads/2025/04/seat.jpg"
alt="" class="wp-image-1519"><figcaption class="wp-element-caption">${owCaption}</figcaption></figure>
<h2 class="wp-block-heading">${owH5}</h2>
${ps(owP5)}
<h2 class="wp-block-heading">${owH6}</h2>
${ps(owP6)}
</div>
<div class="post-tags clr"><span class="owp-tag-text">Tags: </span>${owTags
  .map((t) => `<a href="https://sawdustsaturday.example/tag/${t}/" rel="tag">${t}</a>`)
  .join('<span class="owp-sep">,</span> ')}</div>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">${owShare[0]}</span>
<span class="screen-reader-text">${owShare[1]}</span></h3><ul class="oss-social-share clr" aria-label="Available sharing options">
${['twitter', 'facebook', 'pinterest', 'email']
  .map(
    (n) => `<li class="${n}"><a href="https://sawdustsaturday.example/share/${n}" aria-label="Share on ${n}" onclick="oss_onClick( this.href );return false;">
<span class="screen-reader-text">${owShare[2]}</span><span class="oss-icon-wrap"><svg class="oss-icon" role="img" viewBox="0 0 24 24"></svg></span></a></li>`,
  )
  .join('\n')}</ul></div>
<section id="author-bio" class="clr"><div id="author-bio-inner"><div class="author-bio-avatar"><a href="https://sawdustsaturday.example/author/marcus/"
title="Visit Author Page" rel="author"><img alt="" src="https://secure.gravatar.example/avatar/m?s=100" class="avatar avatar-100 photo" height="100"
width="100"></a></div>
<div class="author-bio-content clr"><h3 class="author-bio-title"><a href="https://sawdustsaturday.example/author/marcus/" title="Visit Author Page">Marcus
Oyelaran</a></h3>
<div class="author-bio-description clr">${owBio}</div></div></div></section>
<nav class="navigation post-navigation" aria-label="Read more articles"><h2 class="screen-reader-text">Read more articles</h2><div class="nav-links">
<div class="nav-previous"><a href="https://sawdustsaturday.example/pine-dresser/" rel="prev"><span class="title">${i('fas fa-long-arrow-alt-left')} Previous
Post</span>
<span class="post-title">${owPrev}</span></a></div><div class="nav-next"><a href="https://sawdustsaturday.example/hand-planes/" rel="next">
<span class="title">${i('fas fa-long-arrow-alt-right')} Next Post</span><span class="post-title">${owNext}</span></a></div></div></nav>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">You Might Also Like</span></h3>
<div class="oceanwp-row clr">${owAlso
  .map(
    (r, n) => `<article class="related-post clr col span_1_of_3 col-${n + 1} post type-post"><figure class="related-post-media clr">
<a href="https://sawdustsaturday.example/r${n}/" class="related-thumb"><img width="300" height="200" src="https://sawdustsaturday.example/r${n}.jpg"
alt="${r.title}"></a>
</figure><h3 class="related-post-title"><a href="https://sawdustsaturday.example/r${n}/" rel="bookmark">${r.title}</a></h3>
<time class="published" datetime="2025-01-01">${i('icon-clock')}${r.date}</time></article>`,
  )
  .join('\n')}</div></section>
<section id="comments" class="comments-area clr has-comments"><h3 class="theme-heading comments-title"><span class="text">2 Comments</span></h3>
<ol class="comment-list">${owComments.map(owComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${owForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${owForm[1]}</a></small></h3><form action="https://sawdustsaturday.example/wp-comments-post.php" method="post"
id="commentform" class="comment-form"><div class="comment-textarea"><label for="comment" class="screen-reader-text">Comment</label><textarea name="comment"
id="comment" cols="39" rows="4" class="textarea-comment" placeholder="Your comment here..."></textarea></div><div class="comment-form-author">
<label for="author" class="screen-reader-text">${owForm[2]}</label><input type="text" name="author" id="author" placeholder="Name (required)" size="22"></div>
<div class="comment-form-email"><label for="email" class="screen-reader-text">${owForm[3]}</label><input type="text" name="email" id="email"
placeholder="Email (required)" size="22"></div><div class="comment-form-url"><label for="url" class="screen-reader-text">${owForm[4]}</label>
<input type="text" name="url" id="url" placeholder="Website" size="22"></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${owForm[5]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Post Comment"></p></form></div></section>
</article></div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"
role="complementary"
aria-label="Primary Sidebar"><div id="right-sidebar-inner" class="clr"><div id="ocean_about_me-2" class="sidebar-box widget-oceanwp-about-me about-me-widget
clr">
<h4 class="widget-title">${owSide[0]}</h4><div class="oceanwp-about-me"><div class="oceanwp-about-me-avatar clr"><img
src="https://sawdustsaturday.example/marcus.jpg"
alt="About Me"></div><div class="oceanwp-about-me-text clr">${owSide[1]}</div></div></div>
<div id="ocean_recent_posts-2" class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"><h4 class="widget-title">${owSide[2]}</h4>
<ul class="oceanwp-recent-posts clr">${links(owRecent, 'clr')}</ul></div>
<div id="ocean_mailchimp-2" class="sidebar-box widget-oceanwp-mailchimp mailchimp-widget clr"><h4 class="widget-title">${owSide[3]}</h4>
<div class="oceanwp-newsletter-form clr"><div class="oceanwp-newsletter-form-wrap"><div class="oceanwp-mail-text">${owSide[4]}</div><form
action="https://sawdustsaturday.us7.list-manage.example/subscribe/post" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form"
class="validate" target="_blank" novalidate><div class="email-wrap elem-wrap"><input type="email" placeholder="Your Email" name="EMAIL" class="required email">
<button type="submit" value="" name="subscribe" class="button">${owSide[5]}</button></div></form></div></div></div></div></aside></div></main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr">
<div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container"><div class="footer-box span_1_of_2 col col-1">
<div id="text-2" class="footer-widget widget_text clr"><div class="textwidget"><p>${owFoot[0]}</p></div></div></div>
<div class="footer-box span_1_of_2 col col-2"><div id="nav_menu-2" class="footer-widget widget_nav_menu clr"><h4 class="widget-title">${owFoot[1]}</h4>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(owFoot.slice(2), 'menu-item')}</ul></div></div></div></div></div>
<div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">
Copyright © 2025 Sawdust Saturday</div></div></div></div></footer></div></div>
<a aria-label="Scroll to the top of the page" href="#" id="scroll-top" class="scroll-top-right">${i('fa fa-angle-up')}</a>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);">
<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">${owCookie}</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</button><button data-link-url="https://sawdustsaturday.example/privacy-policy/" data-link-target="_blank" id="cn-more-info"
class="cn-more-info cn-button" aria-label="Privacy policy">Privacy policy</button></span><span id="cn-close-notice" data-cookie-set="accept"
class="cn-close-icon"
title="No"></span></div></div>
<script id="oceanwp-main-js-extra">var oceanwpLocalize = {"nonce":"8c1f0d2e11","isRTL":"","menuSearchStyle":"drop_down","mobileMenuSearchStyle":"disabled",
"sidrSource":null,"sidrDisplace":"1","sidrSide":"left","sidrDropdownTarget":"link","verticalHeaderTarget":"link","customScrollOffset":"0"};</script>
<script src="https://sawdustsaturday.example/wp-content/themes/oceanwp/assets/js/theme.min.js?ver=4.0.9" id="oceanwp-main-js"></script>
</body></html>`;
const oceanWp: TestPage = {
  name: 'heldout131-oceanwp-blog',
  kind: 'blog',
  html: owHtml,
  // the page header's h1 is "Blog" (furniture); the post title is the h2 .single-post-title; the breadcrumb's current item
  // repeats the title and is left out; the "Related:" line inside the entry content and the caption are furniture
  title: owTitle,
  headings: [owH1, owH2, owH3, owH4, owH5, owH6],
  body: texts([...owP1, ...owList, ...owP2, ...owP3, ...owP4, ...owP5, ...owP6]),
  bylines: ['Marcus Oyelaran', 'April 9, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...owTop, 'Free cut lists with every project post', ...owNav, 'Toggle website search', 'Menu', 'Close', 'Blog', 'Post author:',
    'Post published:', 'Post category:', 'Reading time:', 'Post comments:', '2 Comments', owRelated, owCaption, 'Tags:', ...owTags, ...owShare, owBio,
    'Read more articles', 'Previous Post', owPrev, 'Next Post', owNext, 'You Might Also Like', ...owAlso.flatMap((r) => [r.title, r.date]),
    ...owComments.flatMap((c) => [c.name, c.date, c.text]), 'Reply', ...owForm, 'Comment', ...owSide, ...owFoot, 'Copyright © 2025 Sawdust Saturday', owCookie,
    'Ok', 'Privacy policy',
  ],
};

export const HELDOUT131_B: readonly TestPage[] = [oceanWp, mediumPost];
