import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, trs } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file a: a bonsai nursery's workshop page on Squarespace 7.1 (announcement bar, cookie banner, button and
 * newsletter blocks), and a cactus care sheet on WordPress with the Astra theme (sidebar, comments and comment form).
 */
const sTitle = 'Beginner Juniper Workshop: Style Your First Tree';
const sIntro = [
  j(
    'Spend a morning in our potting shed and go home with a juniper you have wired and shaped yourself. This workshop is for people',
    'who have never styled a tree, or who have tried on their own and want someone to show them where to cut.',
  ),
  j(
    'Each student works on a four-year-old Chinese juniper grown here at the nursery. We start by looking at the tree from every',
    'side to find its front, then remove the branches that cross or grow straight down, and finish by wiring the first and second',
    'branches into place.',
  ),
];
const sFacts = [
  '<strong>When:</strong> Saturday mornings, 10am to 1pm, from March to June',
  '<strong>Price:</strong> £85, including the tree, a training pot, wire and soil',
  '<strong>Group size:</strong> eight students, two tutors',
  '<strong>Where:</strong> the potting shed at Kettlewood Bonsai, Lower Farnley',
];
const sBring = [
  j(
    'Bring a pair of gloves and wear clothes you do not mind getting soil on. We lend tools for the day; if you want your own,',
    'our starter kit is on sale in the shop at a workshop discount.',
  ),
  j(
    'Tea, coffee and biscuits are served at half past eleven. Parking is free in the yard behind the greenhouses, and the shed has',
    'level access from the car park.',
  ),
  j(
    'Places can be moved to another date up to seven days before the workshop. We are sorry that we cannot refund places after that,',
    'but you are welcome to send a friend in your place.',
  ),
];
const sNav = ['Shop Trees', 'Pots and Tools', 'Workshops', 'Tree Care', 'Visit Us'];
const sFoot = ['Opening Hours', 'Tuesday to Sunday, 9am to 5pm', 'Kettlewood Bonsai, Mill Lane, Lower Farnley', 'Instagram', 'Facebook'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width,initial-scale=1">
<base href=""><meta charset="utf-8"><title>Beginner Juniper Workshop — Kettlewood Bonsai</title>
<link rel="canonical" href="https://www.kettlewoodbonsai.co.uk/workshops/beginner-juniper">
<meta property="og:site_name" content="Kettlewood Bonsai"><meta property="og:title" content="Beginner Juniper Workshop — Kettlewood Bonsai">
<meta property="og:type" content="website"><meta name="description" content="Style your first juniper in a morning at the nursery.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Kettlewood Bonsai"},"collectionId":"61bd","templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.kettlewoodbonsai.co.uk","name":"Kettlewood Bonsai",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f1a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61bd" class="header-layout-nav-right header-width-full tweak-fixed-header primary-button-style-solid
tweak-global-animations-enabled show-body-background-image collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/shop" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Spring repotting season: free soil with every tree until 31 March</p></div>
</div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Kettlewood Bonsai</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke"><span class="sqs-cart-quantity">0</span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61bd">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="61bd01">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-61bd01">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(sFacts.map((f) => `<p class="" style="white-space:pre-wrap;">${f}</p>`))}</ul>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/juniper-wiring.jpg" alt="Hands wiring a juniper"
src="https://images.squarespace-cdn.com/content/v1/5f1a/juniper-wiring.jpg?format=750w"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>A student wiring the first branch at last autumn's workshop.</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">What to bring</h2>
${ps(sBring, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button">
<a href="/shop/p/beginner-juniper-workshop" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a Place</a>
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="62aa" autocomplete="on" method="POST" novalidate>
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about new dates first</h2>
<div class="newsletter-form-header-description"><p>Workshops fill quickly. Join the list and we will email you when the next season opens.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span>
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${at(sFoot, 0)}</h3><p style="white-space:pre-wrap;">${at(sFoot, 1)}</p><p>${at(sFoot, 2)}</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block socialaccountlinks-v2-block"><div class="sqs-block-content"><nav><ul>
${links(sFoot.slice(3))}</ul></nav></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content"><p>© 2026 Kettlewood Bonsai Ltd</p></div></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience. <a href="/privacy">Privacy Policy</a></p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout638-squarespace-bonsai-workshop',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['What to bring'],
  body: texts([...sIntro, ...sFacts, ...sBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring repotting season: free soil with every tree until 31 March', 'Skip to Content', ...sNav, '0',
    "A student wiring the first branch at last autumn's workshop.", 'Book a Place', 'Hear about new dates first',
    'Workshops fill quickly. Join the list and we will email you when the next season opens.', 'Email Address', 'Sign Up',
    'We respect your privacy.', ...sFoot, '© 2026 Kettlewood Bonsai Ltd', 'This website uses cookies to improve your experience. Privacy Policy',
    'Accept', 'Decline',
  ],
};

const aTitle = 'Echinopsis Care Sheet';
const aBody = [
  j(
    'Echinopsis are among the easiest cacti to flower, and the most generous: a plant the size of a tennis ball can open a dozen',
    'trumpet flowers in a single June night. They want more water and less sun than most people expect of a cactus.',
  ),
  'Light',
  j(
    'Give them bright light, with direct sun in the morning or evening. In a south-facing window in high summer the bodies can',
    'scorch and turn yellow-brown on the side facing the glass. A greenhouse with light shading from May suits them well.',
  ),
  'Water',
  j(
    'From April to September, water thoroughly whenever the compost has dried out, which in a clay pot is about once a week.',
    'Stop watering in October and keep the plants completely dry through the winter. This dry rest is what makes them flower.',
  ),
  'Month by month',
  'Temperature',
  j(
    'They are hardier than most cacti. Kept dry, our stock plants come through nights of minus three degrees in the unheated tunnel.',
    'A cool winter of five to ten degrees gives the best flowering; a plant kept in a warm living room all winter may not flower at all.',
  ),
  'Compost and potting',
  j(
    'Use two parts of our cactus compost to one part of grit or pumice. Echinopsis make a lot of offsets and fill a pot quickly, so',
    'repot every second spring into a pot one size larger. Wide, shallow pots suit them better than deep ones.',
  ),
  'Why is my Echinopsis not flowering?',
  'It was kept warm or watered in winter.',
  'It is not getting enough light in spring, when the buds form.',
  'It is making offsets instead: remove some of them in spring to direct the plant\u2019s energy into buds.',
];
const aMonths = [
  ['March', 'First light watering when new growth shows', 'None'],
  ['April to June', 'Water when dry, about weekly', 'Half-strength tomato feed every third watering'],
  ['July to September', 'Water when dry, about weekly', 'Tomato feed every third watering'],
  ['October to February', 'Keep dry', 'None'],
];
const aNav = ['Home', 'Shop', 'Care Sheets', 'Open Days', 'About', 'Contact'];
const aSide = ['Opuntia Care Sheet', 'Mammillaria Care Sheet', 'Repotting Cacti Without Getting Spiked', 'Winter Care for Succulents'];
const aComment = j(
  'Mine flowered for the first time this year after I moved it to the cold porch for the winter. Eleven flowers! Thank you for the',
  'advice at the open day.',
);
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${aTitle} &#8211; Dry Gulch Cactus Nursery</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='astra-theme-css-css' href='https://drygulchcacti.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:3em;}.ast-separate-container #primary{padding-top:0;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-02-03T09:12:00+00:00","author":{"name":"Marisol Teague"}}]}</script>
<script src='https://drygulchcacti.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-412 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap
ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://drygulchcacti.com/" rel="home" itemprop="url">Dry Gulch Cactus
Nursery</a></span><p class="site-description" itemprop="description">Hardy cacti and succulents, grown in the high desert</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div>
</div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard hentry category-care-sheets category-cacti ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-thumb">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Marisol Teague" href="https://drygulchcacti.com/author/marisol/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Marisol Teague</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
February 3, 2026</span></span> / <span class="ast-terms-link"><a href="/category/care-sheets/">Care Sheets</a>, <a href="/category/cacti/">Cacti</a></span>
</div></header>
<div class="entry-content clear" itemprop="text">
${ps(aBody.slice(0, 1))}
<h2 class="wp-block-heading">${at(aBody, 1)}</h2>${ps([at(aBody, 2)])}
<h2 class="wp-block-heading">${at(aBody, 3)}</h2>${ps([at(aBody, 4)])}
<h3 class="wp-block-heading">${at(aBody, 5)}</h3>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Month</th><th>Water</th><th>Feed</th></tr></thead><tbody>
${trs(aMonths)}</tbody></table></figure>
<h2 class="wp-block-heading">${at(aBody, 6)}</h2>${ps([at(aBody, 7)])}
<h2 class="wp-block-heading">${at(aBody, 8)}</h2>${ps([at(aBody, 9)])}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/01/echinopsis-bloom-1024x683.jpg" alt="Pink Echinopsis flower"
class="wp-image-415"><figcaption class="wp-element-caption">An Echinopsis hybrid in flower in the display house.</figcaption></figure>
<h2 class="wp-block-heading">${at(aBody, 10)}</h2>
<ul class="wp-block-list">${lis(aBody.slice(11, 14))}</ul>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/opuntia-care-sheet/" rel="prev">
<span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a href="/repotting-cacti/" rel="next">Next Post
<span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">1 thought on
&ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-88">
<article id="comment-88" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt='' src='/avatar-96.png'></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Glenys Parr</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-88"><time datetime="2026-02-09T18:02:11+00:00">February 9, 2026 at 6:02 pm</time>
</a></span></div></header></div><section class="ast-comment-content comment"><p>${aComment}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel='nofollow' class='comment-reply-link' href='#respond'>Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked <span class="required">*</span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment">
<legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type
here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="author" class="screen-reader-text">Name*</label><input id="author" name="author" type="text" placeholder="Name*" size="30"></p>
<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="email" class="screen-reader-text">Email*</label>
<input id="email" name="email" type="text" placeholder="Email*" size="30"></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://drygulchcacti.com/">
<label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">More Care Sheets</h2><nav aria-label="More Care Sheets"><ul>
${links(aSide)}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Nursery Open Days</h2><div class="textwidget"><p>The polytunnels are open to
visitors on the first Saturday of every month, April to October.</p></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-footer-row-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Dry Gulch Cactus Nursery | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress
Theme</a></p>
</div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to
Top</span></div><script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src='https://drygulchcacti.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script></body></html>`;
const astra: TestPage = {
  name: 'heldout638-astra-cactus-care-sheet',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [1, 3, 5, 6, 8, 10].map((i) => at(aBody, i)),
  body: texts([...aBody.slice(0, 1), at(aBody, 2), at(aBody, 4), ...aMonths.map(rowText), at(aBody, 7), at(aBody, 9), ...aBody.slice(11)]),
  bylines: ['By Marisol Teague', 'February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Dry Gulch Cactus Nursery', 'Hardy cacti and succulents, grown in the high desert', ...aNav,
    'An Echinopsis hybrid in flower in the display house.', '← Previous Post', 'Next Post →', `1 thought on “${aTitle}”`, 'Glenys Parr',
    'February 9, 2026 at 6:02 pm', aComment, 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Type here..', 'Name*', 'Email*', 'Search for:', 'More Care Sheets', ...aSide, 'Nursery Open Days',
    'The polytunnels are open to visitors on the first Saturday of every month, April to October.',
    'Copyright © 2026 Dry Gulch Cactus Nursery | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
};

export const HELDOUT638_A: readonly TestPage[] = [squarespace, astra];
