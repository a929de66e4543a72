import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout461-kit.js';

/** Held-out batch 461, file d: a watch collector's post on Blogger (Contempo theme) with comments, and a pen review on Squarespace 7.1. */
const bTitle = 'The Tovar Navigator that came home in a biscuit tin';
const bBody = [
  j(
    'Collectors like to say the watch finds you. I never believed it until a Saturday in August, when a man at the Dunmore',
    'flea market lifted the lid of a biscuit tin and there, among the tie clips, was a Tovar Navigator with a cracked crystal.',
  ),
  j(
    "The Navigator was Tovar's attempt at a pilot's watch in 1971: 37 mm, a rotating bezel with a bidirectional click and an",
    'orange seconds hand. Tovar made them for only three years. Mine has the early "thin T" logo and a case number from 1971.',
  ),
  j(
    'I paid 35 for the tin and everything in it. The watch needed a crystal, a crown and a service, which came to more than',
    'ten times that, and I would do it again tomorrow.',
  ),
  j(
    'The dial has aged to a warm grey and the lume plots have gone the colour of weak tea. I have left both alone. The bezel',
    "insert had faded unevenly, and I kept that too, because the faded half is the half that faced the sun on someone's wrist",
    'for fifty years.',
  ),
  'If anyone recognises the initials R.T.M. engraved on the case back, I would love to hear the rest of the story.',
];
const bLabels = ['Tovar', 'flea market finds', 'vintage'];
const bArchive = ['2026 (14)', 'November (2)', 'October (3)', '2025 (22)'];
const bCom = ['What a find! The thin T logo is the one to have.', 'Lovely story. R.T.M. could be one of the Dunmore rowing club, they gave watches as prizes.'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Second Hand Time: ${bTitle}</title><meta content="blogger" name="generator">
<link href="https://secondhandtime.blogspot.com/2026/11/tovar-navigator.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Second Hand Time - Atom" href="https://secondhandtime.blogspot.com/feeds/posts/default">
<style id="page-skin-1" type="text/css"><!-- body{font:15px Roboto,sans-serif;color:#212121}.post-body{line-height:1.6} --></style>
<script type="text/javascript">(function(){var a=window,c="blogger";a.BLOG_v2=true})();</script></head>
<body class="version-1-3-3 variant-indie_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="page_body"><div class="centered"><div class="centered-top-placeholder"></div>
<header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container">
<div class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1">
<div class="header-widget"><div><h1><a href="https://secondhandtime.blogspot.com/">Second Hand Time</a></h1></div>
<p>A collector's notebook: old watches, their owners and their repairs.</p></div></div></div></div>
<div class="search"><button aria-label="Search this blog" class="search-expand touch-icon-button"></button>
<div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1">
<h3 class="title">Search This Blog</h3><div class="widget-content" role="search"><form action="https://secondhandtime.blogspot.com/search">
<input autocomplete="off" name="q" placeholder="Search this blog" value=""><input type="submit" value="Search"></form></div></div></div></div></div></header>
<main class="centered-bottom" id="main" role="main" tabindex="-1"><div class="main section" id="page_body" name="Page body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container">
<div class="post-outer"><div class="post">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-11-08T16:22:00Z",
"author":{"@type":"Person","name":"Rosalind Achter"}}</script>
<a name="7731840021"></a><h3 class="post-title entry-title">${bTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">Posted by</span> <span class="fn">
<meta content="https://www.blogger.com/profile/0412" itemprop="url">
<a class="g-profile" href="https://www.blogger.com/profile/0412" rel="author" title="author profile"><span itemprop="name">Rosalind Achter</span></a></span>
</span>
<span class="byline post-timestamp"><meta content="https://secondhandtime.blogspot.com/2026/11/tovar-navigator.html">
<a class="timestamp-link" href="https://secondhandtime.blogspot.com/2026/11/tovar-navigator.html" rel="bookmark" title="permanent link">
<time class="published" datetime="2026-11-08T16:22:00Z" title="2026-11-08T16:22:00Z">November 08, 2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-7731840021">${bBody.slice(0, 2).join('<br><br>')}<br>
<div class="separator" style="clear: both;">
<a href="https://blogger.googleusercontent.com/img/b/R29v/navigator.jpg" style="display: block; padding: 1em 0; text-align: center;">
<img alt="" border="0" width="400" data-original-height="1200" data-original-width="1600"
src="https://blogger.googleusercontent.com/img/b/R29v/s400/navigator.jpg"></a></div>
${bBody.slice(2).join('<br><br>')}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-0"><div class="post-share-buttons post-share-buttons-top">
<div class="byline post-share-buttons goog-inline-block"><div aria-owns="sharing-popup-Blog1-byline-7731840021" class="sharing" data-title="${bTitle}">
<button aria-controls="sharing-popup-Blog1-byline-7731840021" aria-label="Share" class="sharing-button touch-icon-button"
id="sharing-button-Blog1-byline-7731840021" role="button">Share</button></div></div></div></div>
<div class="post-footer-line post-footer-line-1"><span class="byline post-labels">
<span class="byline-label">Labels:</span>${bLabels
  .map(
    (l) => `<a href="https://secondhandtime.blogspot.com/search/label/${l}"
rel="tag">${l}</a>`,
  )
  .join('\n')}</span></div></div></div></div>
<section class="comments embed" data-num-comments="2" id="comments"><a name="comments"></a><h3 class="title">Comments</h3><div class="comments-content">
<div class="comment-thread toplevel-thread"><ol id="top-ra">
<li class="comment" id="c5512"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block">
<div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/0991" rel="nofollow">Piet Lannoy</a></cite><span class="icon user">
</span>
<span class="datetime secondary-text"><a rel="nofollow"
href="https://secondhandtime.blogspot.com/2026/11/tovar-navigator.html?showComment=1699">November 9, 2026 at 8:02 AM</a></span></div>
<p class="comment-content">${bCom[0]}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="5512">Reply</a>
<span class="item-control blog-admin blog-admin pid-1"><a target="_self" href="https://www.blogger.com/comment/delete/5512">Delete</a></span></span></div></li>
<li class="comment" id="c5520"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block">
<div class="comment-header"><cite class="user">Anonymous</cite><span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow"
href="https://secondhandtime.blogspot.com/2026/11/tovar-navigator.html?showComment=1700">November 11, 2026 at 7:45 PM</a></span></div>
<p class="comment-content">${bCom[1]}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="5520">Reply</a></span></div></li></ol></div></div>
<div class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/0412/7731840021"
onclick="javascript:window.open(this.href, 'bloggerPopup',
'toolbar=0,location=0,statusbar=1,menubar=0,scrollbars=yes,width=640,height=500'); return false;">Post a Comment</a>
</div></section></article></div>
<div class="blog-pager container" id="blog-pager">
<a class="blog-pager-newer-link flat-button ripple" href="/2026/11/crystal-fitting.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a>
<a class="blog-pager-older-link flat-button ripple" href="/2026/10/dunmore.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a>
<a class="home-link flat-button ripple" href="https://secondhandtime.blogspot.com/">Home</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_bottom section" id="sidebar_bottom">
<div class="widget BlogArchive" data-version="2" id="BlogArchive1"><h3 class="title">Archive</h3>
<div class="widget-content"><ul class="hierarchy">${links(bArchive)}</ul></div></div><div class="widget ReportAbuse" data-version="2" id="ReportAbuse1">
<h3 class="title"><a class="report_abuse" href="https://www.blogger.com/go/report-abuse" rel="noopener nofollow" target="_blank">Report Abuse</a></h3></div>
</div></aside>
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content">
<div class="blogger"><a href="https://www.blogger.com" rel="nofollow">Powered by Blogger</a></div>
<div class="image-attribution">Theme images by <a href="http://www.offset.com/photos/394244">Michael Elkan</a></div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/4134427051-widgets.js"></script></body></html>`;
const bloggerPost: TestPage = {
  name: 'heldout461-blogger-collector-post',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: ['Posted by', 'Rosalind Achter', 'November 08, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Second Hand Time', "A collector's notebook: old watches, their owners and their repairs.", 'Search This Blog', 'Share', 'Labels:',
    'flea market finds', 'vintage', 'Comments', 'Piet Lannoy', 'November 9, 2026 at 8:02 AM', ...bCom, 'Reply', 'Delete', 'Anonymous',
    'November 11, 2026 at 7:45 PM', 'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Archive', ...bArchive, 'Report Abuse', 'Powered by Blogger',
    'Theme images by Michael Elkan',
  ],
};

const qTitle = 'Review: the Feltmoor Lantern, a demonstrator for people who hate demonstrators';
const qBody = [
  j(
    'I have never liked clear pens. Ink stains, smudged sacs, the whole mechanism on show like a car with the bonnet up. So when',
    'Feltmoor sent me the Lantern, a frosted demonstrator, I expected to write a polite paragraph and move on.',
  ),
  j(
    'Instead I have used it every day for a month. The frosting hides the ink until you hold the pen to the light, and then the',
    'whole barrel glows the colour of whatever is inside. With a brown ink it looks like a jar of honey.',
  ),
  'Writing',
  j(
    'The steel fine nib is firm, wet and very slightly toothy, which I like on cheap copier paper. It started every time,',
    'even after four days capped in a cold car. The converter holds 0.8 ml, so a heavy writer will refill every other day.',
  ),
  'What is not so good',
  j(
    'The cap takes a turn and a half to remove, which is slow for quick notes. The frosted finish also picks up marks from',
    'rings and keys; a soft cloth takes them off, but you will be doing it often.',
  ),
  'Should you buy one?',
  j('At €64 the Lantern is fair value. If you love demonstrators, it is a handsome one. If, like me, you do not, it may change', 'your mind.'),
];
const qNav = ['Reviews', 'Inks', 'Workshop', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${qTitle} &mdash; The Converter</title><meta property="og:site_name" content="The Converter"><meta itemprop="author" content="Dana Orrell">
<script type="application/ld+json">{"url":"https://www.theconverter.example","name":"The Converter","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"Review: the Feltmoor Lantern",
"datePublished":"2027-01-14T10:00:00+0000","author":{"@type":"Person","name":"Dana Orrell"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1","pageType":50};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/64a1/1487/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65f21c0b" class="primary-button-style-solid header-width-full tweak-blog-item-width-narrow tweak-blog-item-alignment-center
collection-type-blog-basic-grid collection-65e0 view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-controller="Header"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title" href="/">The Converter</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e0a">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid background-width--full-bleed
section-height--medium"><div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="entry h-entry post-type-text author-dana-orrell category-reviews tag-feltmoor featured" id="article-65f21c0b">
<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2027-01-14" pubdate data-animation-role="date">January 14, 2027</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center;">${qTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name"><span class="blog-author-title">Written By </span>
<a href="/reviews?author=5c5b" class="blog-author-name">Dana Orrell</a></div></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" id="item-65f21c0b">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1">
<div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>
${ps(qBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a2"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none">
<figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.5%;overflow: hidden;">
<img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/5c5a/lantern.jpg" data-image-dimensions="2000x1330" alt="" data-load="false"
src="https://images.squarespace-cdn.com/content/v1/5c5a/lantern.jpg?format=1000w" width="2000" height="1330"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The Lantern filled with Orchard Brown.</p>
</div></figcaption></figure></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>
<h3 style="white-space:pre-wrap;">${qBody[2]}</h3>${ps([qBody[3] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${qBody[4]}</h3>${ps([qBody[5] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">${qBody[6]}</h3>${ps([qBody[7] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;"><em>Feltmoor sent the pen free of charge. I was not paid for this review.</em></p></div></div></div></div></div>
</div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65f21c0b"><div class="comment-count">0 Comments</div></div></div>
<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a class="item-pagination-link item-pagination-link--prev" href="/reviews/orchard-brown">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ink notes: Orchard Brown</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/reviews/vellum-pocket">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">The Vellum pocket pen, six months on</h2></a></section></div></div>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small"><div class="content-wrapper">
<div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="65e1" autocomplete="on" method="POST"
novalidate onsubmit="return (function (form) { Y.use('squarespace-form-submit', function(Y){ (new Y.Squarespace.FormSubmit(form)).submit(); });
return false; })(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Subscribe</h2><div class="newsletter-form-header-description">
<p>A new review every other Thursday, nothing else.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label>
<input id="email-yui_3_17_2_1" class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="Email Address">
</div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div></form></div></div>
</div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">© 2027 The Converter · Glasmoor</p></div></div></div></div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const sqsReview: TestPage = {
  name: 'heldout461-squarespace-pen-review',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [qBody[2] ?? '', qBody[4] ?? '', qBody[6] ?? ''],
  body: [...texts(qBody.filter((_, i) => ![2, 4, 6].includes(i))), 'Feltmoor sent the pen free of charge. I was not paid for this review.'],
  bylines: ['January 14, 2027', 'Written By', 'Dana Orrell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'The Converter', ...qNav, 'The Lantern filled with Orchard Brown.', '0 Comments', 'Previous',
    'Ink notes: Orchard Brown', 'Next', 'The Vellum pocket pen, six months on', 'Subscribe', 'A new review every other Thursday, nothing else.',
    'Email Address', 'Sign Up', 'We respect your privacy.', '© 2027 The Converter · Glasmoor',
  ],
};

export const HELDOUT461_D: readonly TestPage[] = [bloggerPost, sqsReview];
