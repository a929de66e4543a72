import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout496-kit.js';

/**
 * Held-out batch 496, file b: a care home fees page on Squarespace (7.1, fluid engine), and an activities blog post on
 * WordPress with the Astra theme and comments.
 */
const fTitle = 'Our fees for 2026/27';
const fIntro = [
  j(
    'We believe families should know what care will cost before they visit. Our weekly fees below include everything listed',
    'under "What is included". They apply from 6 April 2026 and are reviewed once a year.',
  ),
];
const fRows = [
  ['Residential care', '£1,245 per week', '£1,310 per week'],
  ['Dementia care', '£1,395 per week', '£1,460 per week'],
  ['Nursing care', '£1,520 per week*', '£1,585 per week*'],
  ['Respite (minimum two weeks)', '£1,350 per week', '£1,420 per week'],
];
const fNote = '*Before the NHS-funded nursing care contribution, which is paid directly to us.';
const fIncH = 'What is included';
const fInc = [
  'All meals, snacks and drinks, including wine or beer with Sunday lunch',
  'Laundry of personal clothing',
  'Daily activities and our weekly minibus outings',
  'Electricity, heating, Wi-Fi and a television in every room',
];
const fExtH = 'What costs extra';
const fExt = j(
  'Hairdressing, chiropody, newspapers, private telephone lines and escorts to hospital appointments are charged at cost. We will',
  'always agree these with you in advance.',
);
const fFundH = 'Help with funding';
const fFund = [
  j(
    'If your savings and property are worth less than the upper capital limit, the local council may pay part of the cost. We accept',
    'council-funded residents and will explain any top-up before you move in.',
  ),
  j('Our manager, Priya, is happy to talk through the options with you. Call 01632 960 775 or book a visit below.'),
];
const fNav = ['About', 'Care', 'Fees', 'Gallery', 'Visit Us'];
const fHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- willowbank-house -->
<base href=""><meta charset="utf-8"><title>Fees &mdash; Willowbank House</title>
<link rel="canonical" href="https://www.willowbankhouse.co.uk/fees"><meta property="og:site_name" content="Willowbank House">
<meta property="og:title" content="Fees &mdash; Willowbank House"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64f0c2","siteTitle":"Willowbank House"},"collection":{"title":"Fees","typeName":"page"}};</script>
<script type="application/ld+json">{"url":"https://www.willowbankhouse.co.uk","name":"Willowbank House",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f0c2/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64f0c7" class="header-overlay-alignment-center tweak-transition-effect-fade primary-button-style-solid
 form-use-theme-colors collection-type-page collection-64f0c7 view-item mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/open-day" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Open day: Saturday 13 June, 11am to 3pm. Everyone welcome.</p>
</div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">
Willowbank House</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${fNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-visit">Book a visit</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f0c7">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f0c8">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-64f0c9">
<div class="fe-block fe-block-yui_3_17_2_1_1717"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1717">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${fTitle}</h1>
${ps(fIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1718"><div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content">
<table class="fees-table"><thead><tr><th>Type of care</th><th>Standard room</th><th>Garden room</th></tr></thead><tbody>
${trs(fRows)}</tbody></table></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1719"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="sqsrte-small" style="white-space:pre-wrap;">${fNote}</p>
<h2 style="white-space:pre-wrap;">${fIncH}</h2><ul data-rte-list="default">${lis(fInc.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${fExtH}</h2><p class="" style="white-space:pre-wrap;">${fExt}</p>
<h2 style="white-space:pre-wrap;">${fFundH}</h2>${ps(fFund, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1720"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book-a-visit"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a visit</a></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section
 layout-engine-section background-width--full-bleed" data-section-theme="black"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Willowbank House, 4 Rectory Road, Little Tenby TB4 8WN</p>
<p class="" style="white-space:pre-wrap;">01632 960 775 · hello@willowbankhouse.co.uk</p></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Our monthly letter</h2>
<div class="newsletter-form-header-description"><p>News from the home, sent once a month.</p></div></div>
<form class="newsletter-form"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui">Email Address</label><input id="email-yui" class="newsletter-form-field-element field-element" name="email" type="email"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small" style="white-space:pre-wrap;">© 2026 Willowbank House Ltd · Privacy</p></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const fees: TestPage = {
  name: 'heldout496-squarespace-fees',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fIncH, fExtH, fFundH],
  body: [...fIntro, ...rowTexts(fRows), fNote, ...fInc, fExt, ...fFund],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open day: Saturday 13 June, 11am to 3pm. Everyone welcome.', 'Skip to Content', 'Willowbank House', ...fNav.filter((t) => t !== 'Fees' && t !== 'Care'),
    'Book a visit',
    'Willowbank House, 4 Rectory Road, Little Tenby TB4 8WN', '01632 960 775 · hello@willowbankhouse.co.uk', 'Our monthly letter',
    'News from the home, sent once a month.', 'Email Address', 'Sign Up', '© 2026 Willowbank House Ltd · Privacy',
  ],
};

const aTitle = 'Wheels, wool and a very patient pony: our October in pictures';
const aParas = [
  j(
    'October was a busy month at Hollins Lodge. The clocks went back, the heating came on, and our residents somehow managed to',
    'fit in a trip to the seaside, a knitting marathon and a visit from a Shetland pony called Biscuit.',
  ),
  j(
    'Biscuit came to us from Greenacre Therapy Farm on the 9th. He stood very still in the lounge for nearly an hour while',
    'residents brushed his mane and fed him slices of apple. Dorothy, who grew up on a farm near Kelby, told us about the',
    'horses her father kept for ploughing, and several people who rarely join in group sessions came down to say hello.',
  ),
];
const aH = ['The Knit and Natter marathon', 'A day at Saltmere', 'Coming up in November'];
const aKnit = [
  j(
    'Our Knit and Natter group set themselves a target of 60 hats for the premature baby unit at Haverleigh General. They finished',
    '74, plus three blankets, in four afternoons. Thank you to everyone who donated wool.',
  ),
];
const aSea = [
  j(
    'Twelve residents and eight staff took the minibus and a hired coach to Saltmere for fish and chips on the front. The wind',
    'was bitter, but nobody wanted to leave before the ice cream van arrived.',
  ),
  '"I haven\'t been to the sea in twenty years. I could smell it before I saw it." Frank, aged 91',
];
const aNov = [
  'Remembrance service with the Ashby Primary School choir, Monday 11 November',
  'Bonfire night fireworks viewed from the conservatory',
  'Christmas card making with our volunteer, Sue, every Wednesday afternoon',
];
const aNav = ['Home', 'About Us', 'Our Care', 'Activities', 'Blog', 'Contact'];
const aCats = ['Activities', 'Days Out'];
const aRecent = ['Meet our new head chef', 'Summer fete raises £2,300 for the garden', 'Why we stopped having set visiting hours'];
const aComments = [
  ['Janet W.', 'November 2, 2026 at 7:14 pm', 'Lovely to see Mum with Biscuit! She talked about him all weekend.'],
  ['Hollins Lodge', 'November 3, 2026 at 9:02 am', 'Thank you Janet, he will be back in the spring.'],
];
const commentHtml = aComments
  .map(
    ([who, when, text], i) => `<li id="comment-${41 + i}" class="comment ${i === 1 ? 'byuser bypostauthor' : ''} even thread-even depth-1">
<article id="div-comment-${41 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-${41 + i}"><time datetime="2026-11-0${2 + i}">${when}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${aTitle} &#8211; Hollins Lodge</title>
<meta name="robots" content="max-image-preview:large"><link rel="alternate" type="application/rss+xml" title="Hollins Lodge &raquo; Feed" href="/feed/">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.12" media="all">
<style id="astra-theme-css-inline-css">:root{--ast-container-default-xlg-padding:3em;}.ast-separate-container .ast-article-post{padding:2.5em}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${aTitle}","datePublished":"2026-11-01T10:30:00+00:00",
"author":{"@type":"Person","name":"Megan Okoro"}}</script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-1184 single-format-standard
 wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.12">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
 site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/"
class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2022/03/hollins-logo.png" class="custom-logo"
alt="Hollins Lodge"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu
 ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
 site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-activities category-days-out ast-article-single"
id="post-1184" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="/wp-content/uploads/2026/11/biscuit-pony-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="Biscuit the pony in the lounge"
itemprop="image"></div><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">November 1, 2026</span></span> / By
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Megan Okoro"
href="/author/megan/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Megan Okoro</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aParas)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/knitting.jpg" alt="">
<figcaption class="wp-element-caption">Some of the 74 hats, ready to go</figcaption></figure>
<h2 class="wp-block-heading">${aH[0]}</h2>${ps(aKnit)}
<h2 class="wp-block-heading">${aH[1]}</h2><p>${aSea[0]}</p><blockquote class="wp-block-quote"><p>${aSea[1]}</p></blockquote>
<h2 class="wp-block-heading">${aH[2]}</h2><ul class="wp-block-list">${lis(aNov)}</ul>
</div><footer class="entry-footer"><span class="cat-links">Posted in ${aCats.map((c) => `<a href="/category/${c}/" rel="category tag">${c}</a>`).join(', ')}
</span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/meet-our-new-head-chef/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">${commentHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
 ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.."
cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aRecent)}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div
class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Hollins Lodge | Powered by Hollins Lodge</p></div></div></div></div></div></footer></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.12" id="astra-theme-js-js"></script>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script></body></html>`;
const activities: TestPage = {
  name: 'heldout496-astra-activities-post',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aParas, ...aKnit, ...aSea, ...aNov]),
  bylines: ['November 1, 2026', 'Megan Okoro', 'Janet W.', 'Hollins Lodge', 'November 2, 2026 at 7:14 pm', 'November 3, 2026 at 9:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Some of the 74 hats, ready to go', 'Posted in', 'Days Out', 'Previous Post', 'Post navigation',
    `2 thoughts on “${aTitle}”`, 'Lovely to see Mum with Biscuit! She talked about him all weekend.', 'Thank you Janet, he will be back in the spring.',
    'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *', 'Type here..', 'Search for:',
    'Recent Posts', ...aRecent, 'Copyright © 2026 Hollins Lodge | Powered by Hollins Lodge',
  ],
};

export const HELDOUT496_B: readonly TestPage[] = [fees, activities];
