import { links, type TestPage, texts } from './page-kit.js';
import { recipePost } from './pages-heldout90-a2.js';

/**
 * Held-out batch 90, file a: a product review post on a WordPress affiliate blog with the Astra theme and the Lasso plugin
 * (skip link, header menu, breadcrumbs, the "This post may contain affiliate links" notice as the first paragraph of the
 * entry content, a Lasso product box with price, "Check Price" and "Read Reviews" buttons and its Amazon timestamp, an inline
 * "Check price" button between sections, the WP Review rating box with its criteria and total, the author box, related posts,
 * the comment form, sidebar widgets, the Complianz cookie banner and the footer) and, from file a2, a recipe blog post.
 */
const rvTitle = 'Halvard Burr One Review: A Small Grinder That Punches Above Its Price';
const rvNotice =
  '<em>This post may contain affiliate links. If you buy through them, we may earn a small commission at no extra cost to you. ' +
  '<a href="/disclosure/">Read our full disclosure</a>.</em>';
const rvP1 = [
  'I have been grinding coffee for espresso at home for nine years, and for most of that time I have told friends the same thing: ' +
    'spend more on the grinder than on the machine. The Halvard Burr One is the first grinder under $300 that has made me want to ' +
    'soften that advice.',
  'I used it every morning for seven weeks, alongside the flat burr grinder that normally lives on my counter, pulling shots on a ' +
    'single boiler machine and brewing pour-over at the weekend. Here is how it held up.',
];
const rvH1 = 'Build and first impressions';
const rvP2 = [
  'The Burr One is narrow, about the width of a paperback, and heavier than it looks because the body is cast aluminium rather than ' +
    'plastic. The 54 mm conical burrs are steel, and the grind collar turns in small clicks with a stepless fine adjustment ring ' +
    'underneath for dialling in espresso.',
  'The hopper holds around 60 grams, which is plenty if you weigh beans for each dose, and a little mean if you like to fill a grinder ' +
    'once a week. It is single-dose friendly in practice: I weighed 18 grams in and got 17.8 to 17.9 grams out on almost every shot ' +
    'once I had added the bellows lid that comes in the box.',
];
const rvH2 = 'Grind quality for espresso';
const rvP3 = [
  'This is where the grinder surprised me. With a medium roast Colombian I reached a 1:2 ratio in 29 seconds within four shots, and ' +
    'the shots tasted sweet and even, with none of the sour and bitter mix you get from a grinder that produces a lot of fines.',
  'Lighter roasts were harder. I had to go close to the finest usable setting for a Kenyan washed coffee, and the flavour was flatter ' +
    'than from my flat burr grinder. If you mostly drink very light espresso, this is not the grinder that will get the most out of it.',
];
const rvH3 = 'Pour-over and French press';
const rvP4 = [
  'Coarser settings are consistent enough for pour-over, though a sieve test showed more boulders than a dedicated filter grinder. In ' +
    'the cup that meant a slightly muddier V60 on the first few brews until I went two clicks finer.',
  'For French press it is perfectly good, and switching from espresso to press and back takes around 40 seconds if you count the clicks.',
];
const rvH4 = 'What we liked and what could be better';
const rvPros = [
  'Sweet, even espresso from medium and dark roasts',
  'Very low retention with the bellows lid',
  'Solid metal body that does not walk across the counter',
  'Quiet enough to use before the rest of the house is up',
];
const rvCons = [
  'Struggles to bring out light roasts',
  'Small hopper for people who do not single dose',
  'The grind collar numbers are hard to read in low light',
];
const rvH5 = 'Should you buy it?';
const rvP5 = [
  'If you are buying your first proper espresso grinder and you drink medium or darker coffee, the Burr One is the one I would ' +
    'recommend right now. It costs about half what I paid for my flat burr grinder, and for a latte or a flat white most people ' +
    'would not taste the difference.',
  'If you chase bright, fruity light roasts, save up for a flat burr grinder instead. For everyone else, this is an easy recommendation.',
];
const rvNav = ['Espresso', 'Grinders', 'Pour-Over', 'Buying Guides', 'About'];
const rvCrumbs = ['Home', 'Grinders'];
const rvLasso = {
  title: 'Halvard Burr One Conical Burr Grinder',
  price: '$249.00',
  desc: '54 mm steel conical burrs, stepless fine adjustment and a bellows lid for low retention single dosing.',
  note: 'We earn a commission if you make a purchase, at no additional cost to you.',
  date: '03/02/2025 02:14 pm GMT',
};
const rvRating = {
  rows: ['Grind quality - 4.5/5', 'Build - 4.5/5', 'Ease of use - 4/5', 'Value - 4.5/5'],
  total: '4.4/5',
  sum: 'A compact, well built conical grinder that makes excellent espresso from medium and dark roasts for the price.',
};
const rvBio = 'Dana Whitcombe is the founder of Brew Bench. She trained as a barista in Leeds and has tested more than forty home grinders ' + 'since 2017.';
const rvRelated = ['Best Espresso Machines Under $500', 'Flat vs Conical Burrs: What Actually Changes in the Cup', 'How to Single Dose Without the Mess'];
const rvSidebar = ['Best Budget Espresso Grinders in 2025', 'Ravello Duo Kettle Review', 'How to Dial In Espresso in Five Shots'];
const rvForm = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const rvCookie = 'To provide the best experiences, we use technologies like cookies to store and/or access device information.';
const rvFoot = ['Privacy Policy', 'Affiliate Disclosure', 'Contact', 'Work With Us'];
const rvSec = (t: string, id: string): string => `<h2 class="wp-block-heading" id="${id}">${t}</h2>`;
const rvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rvList = (a: readonly string[], cls: string): string => `<ul class="wp-block-list ${cls}">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const rvButton = (label: string): string => `<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button aligncenter"><a class="wp-block-button__link has-vivid-red-background-color has-background wp-element-button"
href="https://brewbench.example/go/halvard-burr-one/" target="_blank" rel="noreferrer noopener sponsored nofollow">${label}</a></div></div>`;
const rvHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halvard Burr One Review: A Small Grinder That Punches Above Its Price - Brew Bench</title>
<meta name="description" content="We used the Halvard Burr One for seven weeks of espresso and pour-over. Here is how it compares with a flat burr grinder.">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="https://brewbench.example/halvard-burr-one-review/"><meta property="og:type" content="article">
<meta property="og:title" content="${rvTitle}"><meta property="article:published_time" content="2025-03-02T09:12:44+00:00">
<meta name="author" content="Dana Whitcombe"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dana Whitcombe">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":
"https://brewbench.example/halvard-burr-one-review/#article","headline":"${rvTitle}","author":{"name":"Dana Whitcombe"},"datePublished":
"2025-03-02T09:12:44+00:00","wordCount":742,"articleSection":["Grinders"]},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Grinders"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://brewbench.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="lasso-live-css" href="https://brewbench.example/wp-content/plugins/lasso/admin/assets/css/lasso-live.min.css?ver=1.0" media="all">
<link rel="stylesheet" id="wp_review-style-css" href="https://brewbench.example/wp-content/plugins/wp-review/public/css/wp-review.css?ver=5.3.5" media="all">
<script src="https://brewbench.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-2214 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://brewbench.example/" class="custom-logo-link"
rel="home"><img width="180" height="48" src="https://brewbench.example/wp-content/uploads/2023/05/brew-bench-logo.png" class="custom-logo" alt="Brew Bench"></a>
</span></div><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation
ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(rvNav, 'menu-item menu-item-type-taxonomy')}
</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items">${links(rvCrumbs, 'trail-item')}<li class="trail-item trail-end"><span>${rvTitle}</span></li></ul>
</div></nav></div></div>
<article class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-grinders tag-espresso ast-article-single"
id="post-2214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${rvTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Dana Whitcombe" href="https://brewbench.example/author/dana/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Dana Whitcombe</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
March 2, 2025</span><span class="updated" itemprop="dateModified"> March 9, 2025</span></span></div></header>
<div class="post-thumb-img-content post-thumb"><img width="1200" height="800" src="https://brewbench.example/wp-content/uploads/2025/03/burr-one.jpg"
class="attachment-large size-large wp-post-image" alt="Halvard Burr One grinder on a kitchen counter" itemprop="image" decoding="async"></div></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p class="has-small-font-size affiliate-disclosure">${rvNotice}</p>
<div class="lasso-container"><div class="lasso-display lasso-cutter-orange lasso-url-halvard-burr-one"><div class="lasso-box-1">
<a class="lasso-title" target="_blank" href="https://brewbench.example/go/halvard-burr-one/" rel="nofollow noopener sponsored">${rvLasso.title}</a>
<div class="lasso-price"><div class="lasso-price-value"><span class="discount-price"></span><span class="latest-price">${rvLasso.price}</span></div></div>
<div class="clear"></div><div class="lasso-description">${rvLasso.desc}</div></div><div class="lasso-box-2"><a class="lasso-image" target="_blank"
href="https://brewbench.example/go/halvard-burr-one/" rel="nofollow noopener sponsored"><img loading="lazy"
src="https://m.media-amazon.example/images/I/burr.jpg"
alt="${rvLasso.title}" width="500" height="500"></a></div><div class="lasso-box-3"><a class="lasso-button-1" target="_blank"
href="https://brewbench.example/go/halvard-burr-one/" rel="nofollow noopener sponsored">Check Price</a></div><div class="lasso-box-4"><a class="lasso-button-2"
target="_blank" href="https://brewbench.example/go/halvard-burr-one-reviews/" rel="nofollow noopener sponsored">Read Reviews</a></div>
<div class="lasso-box-5"><div class="lasso-disclosure">${rvLasso.note}</div></div><div class="lasso-box-6"><div class="lasso-date">${rvLasso.date}</div></div>
</div></div>
${rvPs(rvP1)}
${rvSec(rvH1, 'build-and-first-impressions')}
${rvPs(rvP2)}
<figure class="wp-block-image size-large"><img loading="lazy" src="https://brewbench.example/wp-content/uploads/2025/03/burr-one-collar.jpg" alt="" width="1024"
height="683"><figcaption class="wp-element-caption">The grind collar clicks in small steps; the fine ring sits underneath.</figcaption></figure>
${rvSec(rvH2, 'grind-quality-for-espresso')}
${rvPs(rvP3)}
<div class="code-block code-block-4" style="margin: 8px auto; text-align: center; display: block; clear: both;"><div class="ad-label">Advertisement</div>
<div id="ezoic-pub-ad-placeholder-112" data-inserter-version="2"></div></div>
${rvSec(rvH3, 'pour-over-and-french-press')}
${rvPs(rvP4)}
${rvButton('Check price on Amazon')}
${rvSec(rvH4, 'what-we-liked-and-what-could-be-better')}
${rvList(rvPros, 'is-style-checkmark-list')}
${rvList(rvCons, 'is-style-cross-list')}
${rvSec(rvH5, 'should-you-buy-it')}
${rvPs(rvP5)}
<div id="review" class="review-wrapper wp-review-2214 wp-review-star-type wp-review-default-template delay-animation"><div class="review-heading">
<h5 class="review-title">Halvard Burr One</h5></div><ul class="review-list">${rvRating.rows
  .map((r) => `<li><span>${r}</span><div class="review-star review-total"><div class="review-result-wrapper"></div></div></li>`)
  .join('\n')}</ul><div class="review-desc"><p class="review-summary-title"><strong>Summary</strong></p><p>${rvRating.sum}</p></div>
<div class="review-total-wrapper"><span class="review-total-box">${rvRating.total}</span><div class="review-star review-total"></div></div></div>
${rvButton('Check Price')}
</div></div></article>
<div class="ast-single-author-box ast-author-meta"><div class="ast-author-details"><div class="post-author-avatar"><img alt=""
src="https://secure.gravatar.example/avatar/dw"
class="avatar avatar-100 photo" height="100" width="100"></div><div class="post-author-bio"><a class="url fn n" href="https://brewbench.example/author/dana/"
itemprop="url" rel="author"><h4 class="author-title" itemprop="name">About Dana Whitcombe</h4></a><div class="post-author-desc">${rvBio}</div></div></div></div>
<div class="ast-single-related-posts-container ast-related-posts-wrapper"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">
Related Posts</h2></div><div class="ast-related-posts-wrapper">${rvRelated
  .map(
    (t) => `<article class="ast-related-post post type-post"><h3 class="ast-related-post-title entry-title"><a href="/r/" rel="bookmark">${t}</a></h3>
<div class="entry-meta ast-related-cat-style--none"><span class="cat-links">Grinders</span></div></article>`,
  )
  .join('\n')}</div></div>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://brewbench.example/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">${rvForm[0]}</span> <span class="required-field-message">${rvForm[1]}</span></p><div class="ast-row comment-textarea"><fieldset
class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment"
class="screen-reader-text">${rvForm[2]}</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true">
</textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33">
<label for="author" class="screen-reader-text">${rvForm[3]}</label><input id="author" name="author" type="text" placeholder="Name*"></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33"><label for="email" class="screen-reader-text">${rvForm[4]}</label><input id="email"
name="email" type="text" placeholder="Email*"></p><p class="comment-form-url ast-grid-common-col ast-width-lg-33"><label for="url">
<label for="url" class="screen-reader-text">${rvForm[5]}</label></label><input id="url" name="url" type="text" placeholder="Website"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${rvForm[6]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://brewbench.example/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field"
placeholder="Search..." name="s"></label></form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">
Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(rvSidebar)}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><nav class="site-footer-section
site-footer-section-1" aria-label="Site Navigation: Footer Menu"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu">
${links(rvFoot, 'menu-item')}</ul></nav><div class="ast-footer-copyright"><p>Copyright © 2025 Brew Bench | Powered by Astra WordPress Theme</p></div></div>
</div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"
aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">${rvCookie}</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul class="cmplz-documents"><li><a href="/cookie-policy/" class="cmplz-link cookie-statement">Cookie Policy</a></li>
</ul></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://brewbench.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="https://brewbench.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1740000000" id="cmplz-cookiebanner-js"></script>
</body></html>`;
const review: TestPage = {
  html: rvHtml,
  name: 'heldout90-astra-lasso-product-review',
  kind: 'blog',
  // the affiliate notice (first paragraph of the entry content), the Lasso box, the inline buttons, the WP Review box (its
  // summary included), the caption, the ad label, author box, related posts, comment form, sidebar, footer and cookie banner
  // are furniture; the author name and both dates at the top are bylines; the pros and cons lists are body; the menu's
  // "Espresso" and "Pour-Over" are words of headings and are left out
  title: rvTitle,
  headings: [rvH1, rvH2, rvH3, rvH4, rvH5],
  body: [...rvP1, ...rvP2, ...rvP3, ...rvP4, ...rvPros, ...rvCons, ...rvP5],
  bylines: ['Dana Whitcombe', 'March 2, 2025', 'March 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rvNav.filter((t) => t !== 'Espresso' && t !== 'Pour-Over'), ...rvCrumbs, ...texts([rvNotice]), rvLasso.title, rvLasso.price,
    rvLasso.desc, 'Check Price', 'Read Reviews', rvLasso.note,
    rvLasso.date, 'The grind collar clicks in small steps; the fine ring sits underneath.', 'Advertisement', 'Check price on Amazon', 'Halvard Burr One',
    ...rvRating.rows, 'Summary', rvRating.sum, rvRating.total, 'About Dana Whitcombe', rvBio, 'Related Posts', ...rvRelated, 'Leave a Comment',
    'Cancel reply', ...rvForm, 'Search for:', 'Recent Posts', ...rvSidebar, ...rvFoot, 'Copyright © 2025 Brew Bench | Powered by Astra WordPress Theme',
    'Manage Cookie Consent', rvCookie, 'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

export const HELDOUT90_A: readonly TestPage[] = [review, recipePost];
