import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, at, j, lis } from './pages-heldout674-kit.js';

/**
 * Held-out batch 674, file a: a taxidermy studio's commission page on Squarespace 7.1, and a knife sharpening guide on
 * WordPress (Astra) with a sidebar and comments.
 */
const sTitle = 'Commissioning a Mount';
const sDek = 'What to expect from your first call to the day your piece comes home.';
const sBody = [
  j(
    'Every mount that leaves the studio starts with a conversation. Before you bring anything in, ring or email us so we can talk',
    'through the species, the pose you have in mind and where the finished piece will live.',
  ),
  'Before you drop off',
  j(
    'Keep the specimen cold and dry. Birds and small mammals should be wrapped in a plain cotton cloth, sealed in a freezer bag',
    'and frozen as soon as possible. Do not wash, gut or skin anything yourself unless we have agreed it on the phone.',
  ),
  'Legal paperwork',
  j(
    'Many native birds and some mammals need a licence or a record of how they died. We will ask for this at drop-off and we',
    'cannot start work without it. Roadkill and window strikes are welcome when the finder has noted the date and place.',
  ),
  'Prices and timings',
  'Songbird on a natural perch: from £220, about 4 months',
  'Fox, full mount: from £780, about 8 months',
  'Roe deer shoulder mount: from £640, about 10 months',
  'Trout or grayling, half-round: from £310, about 6 months',
  j(
    'We ask for a deposit of one third when we accept the commission. The balance is due on collection, and we will send',
    'photographs for your approval before the piece is finished.',
  ),
];
const sNav = ['Portfolio', 'Commissions', 'Workshops', 'Journal', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>Commissions — Fenwick &amp; Hale Taxidermy</title><meta property="og:site_name" content="Fenwick &amp; Hale Taxidermy">
<meta property="og:title" content="Commissions — Fenwick &amp; Hale Taxidermy"><meta name="description" content="${sDek}">
<script type="text/javascript" crossorigin="anonymous" defer="defer"
src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.fenwickhale.co.uk","name":"Fenwick & Hale Taxidermy",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6421/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1" class="primary-button-style-solid header-width-full tweak-transparent-header view-list">
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Fenwick &amp; Hale</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Book a call</a></div></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<h4 style="white-space:pre-wrap;">${sDek}</h4>
<p class="" style="white-space:pre-wrap;">${at(sBody, 0)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/bench.jpg"
alt="A half-finished barn owl on the bench"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="">A barn owl at the wiring stage, winter 2025.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_3"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${at(sBody, 1)}</h2><p class="" style="white-space:pre-wrap;">${at(sBody, 2)}</p>
<h2 style="white-space:pre-wrap;">${at(sBody, 3)}</h2><p class="" style="white-space:pre-wrap;">${at(sBody, 4)}</p>
<h2 style="white-space:pre-wrap;">${at(sBody, 5)}</h2><ul data-rte-list="default">${lis(sBody.slice(6, 10).map((t) => `<p class="">${t}</p>`))}</ul>
<p class="" style="white-space:pre-wrap;">${at(sBody, 10)}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/contact" class="sqs-block-button-element--medium
sqs-button-element--primary
sqs-block-button-element">Start a commission</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Fenwick &amp; Hale Taxidermy · Unit 3, Mill Yard, Lower Fenwick</p>
<p class="" style="white-space:pre-wrap;">Open by appointment, Tuesday to Saturday</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav
class="sqs-svg-icon--list">${as(sFoot, 'sqs-svg-icon--wrapper')}</nav></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 ANCHORED"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you the best experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout674-squarespace-commission',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 3), at(sBody, 5)],
  body: [sDek, ...sBody.filter((_, i) => ![1, 3, 5].includes(i))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Fenwick & Hale', ...sNav, 'Book a call', 'A barn owl at the wiring stage, winter 2025.', 'Start a commission',
    'Fenwick & Hale Taxidermy · Unit 3, Mill Yard, Lower Fenwick', 'Open by appointment, Tuesday to Saturday', ...sFoot,
    'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'How to Sharpen a Pocket Knife on Japanese Water Stones';
const wBody = [
  j(
    'Most pocket knives come from the factory with a serviceable edge and lose it within a month of real use. The good news is that',
    'a pair of water stones and twenty minutes will bring back an edge <em>better</em> than the one it shipped with.',
  ),
  'What you need',
  'A 1000 grit stone for setting the edge',
  'A 4000 or 6000 grit stone for refining it',
  'A bowl of water, a towel and a permanent marker',
  'Soak and flatten',
  j(
    'Soak a splash-and-go stone for a minute, or a soaking stone until the bubbles stop. Check both stones against a flattening',
    'plate every few sessions; a dished stone rounds the edge and you will chase a burr that never forms.',
  ),
  'Find the angle',
  j(
    'Colour the bevel with the marker and take one light pass. If the ink is gone from the shoulder but not the apex, raise the',
    'spine a little. Most folding knives are ground at 17 to 20 degrees a side; matching the factory angle saves a lot of metal.',
  ),
  'Raise a burr, then remove it',
  j(
    'Work one side on the coarse stone in short strokes, heel to tip, until you can feel a small wire along the whole length of',
    'the other side. Repeat on the second side. Then move to the fine stone and alternate single strokes, lighter each time,',
    'until the burr is gone.',
  ),
  j(
    '"Stop chasing the mirror. A clean 4000 edge that is properly deburred will outcut a polished edge with a wire on it every',
    'time." That was the first thing my grandfather, a Sheffield grinder, told me, and it still holds.',
  ),
  'Test the edge on a sheet of newspaper held by one corner. It should slice, not tear, from heel to tip.',
];
const wNav = ['Home', 'Guides', 'Reviews', 'Steel Chart', 'About'];
const wSide = ['Convex vs. Flat Grinds: Which Holds Up?', 'Cleaning a Stuck Liner Lock', 'The Best Budget Stones of 2026'];
const wCats = ['Maintenance', 'Sharpening', 'Tools'];
const wC1 = 'Great write-up. The marker trick finally got me matching the factory bevel on my old Opinel.';
const wC2 = 'Do you flatten splash-and-go stones with the same plate? Mine is a cheap diamond plate and I worry it will scratch.';
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Edge &amp; Spine</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://edgeandspine.com/sharpen-pocket-knife-water-stones/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Tobias Wrenfield"},"datePublished":"2026-03-04T08:12:00+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://edgeandspine.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-single-post .entry-content a{text-decoration:underline;}</style></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-812 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
<div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity"><span class="site-title" itemprop="name">
<a href="https://edgeandspine.com/" rel="home" itemprop="url">Edge &amp; Spine</a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow
ast-nav-menu ast-flex">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-sharpening ast-article-single" id="post-812"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/03/stones.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By <a title="View all posts by Tobias
Wrenfield" href="/author/tobias/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Tobias Wrenfield</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">March 4, 2026</span></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps([at(wBody, 0)])}
<h2 class="wp-block-heading">${at(wBody, 1)}</h2><ul class="wp-block-list">${lis(wBody.slice(2, 5))}</ul>
<h2 class="wp-block-heading">${at(wBody, 5)}</h2>${ps([at(wBody, 6)])}
<h2 class="wp-block-heading">${at(wBody, 7)}</h2>${ps([at(wBody, 8)])}
<h2 class="wp-block-heading">${at(wBody, 9)}</h2>${ps([at(wBody, 10)])}
<blockquote class="wp-block-quote"><p>${at(wBody, 11)}</p></blockquote>
${ps([at(wBody, 12)])}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a href="#"><span>Facebook</span></a></li><li class="share-x"><a href="#"><span>X</span></a></li>
<li class="share-email"><a href="#"><span>Email</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Filed under: ${wCats
  .map(
    (c) => `<a href="/category/${c.toLowerCase()}/" rel="category
tag">${c}</a>`,
  )
  .join(', ')}
</span></footer></div></article>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&ldquo;${wTitle}&rdquo;</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-41"><article id="comment-41" class="ast-comment"><div class="ast-comment-info">
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Marla Quist</b></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-41"><time datetime="2026-03-05T10:11:00+00:00">March 5, 2026 at 10:11 am</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${wC1}</p></section><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-44"><article id="comment-44" class="ast-comment"><header class="ast-comment-meta">
<cite><b class="fn">Deshawn Pell</b></cite><time datetime="2026-03-09T19:40:00+00:00">March 9, 2026 at 7:40 pm</time></header>
<section class="ast-comment-content comment"><p>${wC2}</p></section><span class="ast-reply-link"><a class="comment-reply-link" href="#respond">Reply</a></span>
</article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(wSide)}</ul></nav></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="ast-small-footer footer-sml-layout-1">
<div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">
Copyright &copy; 2026 Edge &amp; Spine | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<script src='https://edgeandspine.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script></body></html>`;
const astra: TestPage = {
  name: 'heldout674-astra-sharpening',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [1, 5, 7, 9].map((i) => at(wBody, i)),
  body: texts(wBody.filter((_, i) => ![1, 5, 7, 9].includes(i))),
  bylines: ['By Tobias Wrenfield', 'March 4, 2026', 'Marla Quist', 'March 5, 2026 at 10:11 am', 'Deshawn Pell', 'March 9, 2026 at 7:40 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Edge & Spine', ...wNav, 'Share this:', 'Facebook', 'X', 'Email', 'Filed under:', ...wCats, `2 thoughts on “${wTitle}”`,
    wC1, wC2, 'Reply', 'Leave a Comment', 'Type here..', 'Your email address will not be published.', 'Required fields are marked *', 'Search for:',
    'Recent Posts', ...wSide,
    'Copyright © 2026 Edge & Spine | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT674_A: readonly TestPage[] = [squarespace, astra];
