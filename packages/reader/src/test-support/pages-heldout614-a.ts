import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file a: a framing price guide on a framer's WordPress site (Astra theme, Yoast, Complianz cookie banner,
 * comments); the batch's conservation framing explainer on Squarespace is in file a2.
 */
const aTitle = 'How Much Does Custom Framing Cost? Our 2026 Price Guide';
const aIntro = [
  j(
    'It is the first question almost everyone asks at the counter, and the honest answer is that it depends on four things:',
    'the size of the piece, the moulding you choose, the glazing, and how much mounting work the artwork needs.',
  ),
  j(
    'We have put our current prices below so you can get a rough figure before you come in. These are the prices we charge at',
    'our Hollin Street workshop; every quote is confirmed once we have seen the piece.',
  ),
];
const aH = ['Prices by size', 'What changes the price', 'Glazing options', 'Mounting and stretching', 'How to save money without cutting corners'];
const aHead = ['Finished size', 'Simple wood frame', 'Hardwood frame', 'Gilded frame'];
const aRows = [
  ['A4 (21 x 30 cm)', '£48', '£65', '£120'],
  ['A3 (30 x 42 cm)', '£62', '£84', '£165'],
  ['50 x 70 cm', '£95', '£130', '£240'],
  ['70 x 100 cm', '£145', '£195', '£360'],
];
const aAfterTable = 'Prices include a single mount, standard picture glass, hanging wire and VAT. Sizes in between are priced to the next size up.';
const aChange = [
  j(
    'Moulding is the biggest variable. A plain ash or oak profile costs a fraction of a hand-finished gilded one, and wider',
    'profiles use more timber per corner.',
  ),
  'Double or float mounts add £15 to £40 depending on size.',
  'Odd shapes and very deep objects need a box frame, which is priced separately.',
  'Rush jobs (under five working days) carry a 25% surcharge.',
];
const aGlaze = [
  j(
    'Standard 2 mm float glass is included in every price above. For anything valuable or in direct light we suggest one of',
    'the upgrades below; the price is per frame at A3 size.',
  ),
  'UV-filtering glass: add £28',
  'Anti-reflective museum glass: add £74',
  'Acrylic (for large or hung-in-a-nursery pieces): add £20',
];
const aMount = [
  j(
    'Prints and photographs are hinged with archival tape at no extra charge. Canvases need to be stretched before framing;',
    'stretching starts at £35 for a canvas up to 50 x 70 cm. Needlework is laced onto acid-free board, from £40.',
  ),
];
const aSave = [
  j(
    'Choose a standard size where you can. If your print is close to A3, trimming the mount rather than the print keeps the',
    'frame on the cheaper row of the table.',
  ),
  j('Spend on the glass before the moulding. A simple frame with UV glass will protect a watercolour far better than an', 'ornate frame with plain glass.'),
  '<strong>Bring several pieces together.</strong> We take 10% off orders of three or more frames made at the same time.',
];
const aNav = ['Home', 'Framing', 'Restoration', 'Gallery', 'Price Guide', 'Contact'];
const aRecent = ['Why we stopped using MDF backing boards', 'Framing a football shirt, step by step', 'Five mistakes with DIY mounts'];
const aCats = ['Framing Advice', 'Workshop News', 'Conservation'];
const aComment = 'Does the A3 price include a double mount? My print is 29 x 40 cm.';
const aReply = 'Hi Ros, a double mount would add £20 at that size, so £82 with a simple wood frame.';
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Hollin Street Framers</title>
<meta name="description" content="Our current custom framing prices by size, moulding and glazing.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://hollinstreetframers.co.uk/framing-price-guide/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-09T10:12:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Mara Quillon"},"datePublished":"2026-02-09T10:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://hollinstreetframers.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-post{padding:3em 6.67em}</style>
<link rel='stylesheet' id='cmplz-general-css' href='https://hollinstreetframers.co.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all' />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope'
class="post-template-default single single-post postid-412 ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2024/03/hollin-logo.png" class="custom-logo" alt="Hollin Street Framers"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div>
<div class="ast-masthead-custom-menu-items search-custom-menu-item"><div class="ast-search-menu-icon slide-search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label></form></div></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-framing-advice ast-article-single"
id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="/wp-content/uploads/2026/02/corner-samples.jpg" class="attachment-large size-large wp-post-image" alt="Corner samples on the workshop wall"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By
<a title="View all posts by Mara Quillon" href="/author/mara/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Mara Quillon</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">February 9, 2026</span></span>
/ <span class="ast-terms-link"><a href="/category/framing-advice/">Framing Advice</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH[0]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr>${aHead.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${trs(aRows)}</tbody></table></figure>
<p><em>${aAfterTable}</em></p>
<h2 class="wp-block-heading">${aH[1]}</h2>
${ps(aChange.slice(0, 1))}<ul class="wp-block-list">${lis(aChange.slice(1))}</ul>
<h2 class="wp-block-heading">${aH[2]}</h2>
${ps(aGlaze.slice(0, 1))}<ul class="wp-block-list">${lis(aGlaze.slice(1))}</ul>
<h2 class="wp-block-heading">${aH[3]}</h2>
${ps(aMount)}
<h3 class="wp-block-heading">${aH[4]}</h3>
<ol class="wp-block-list">${lis(aSave)}</ol>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/contact/">Book a framing consultation</a>
</div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/mdf-backing-boards/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/framing-a-football-shirt/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on &ldquo;${aTitle}&rdquo;</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment">
<div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Ros Dellow</b></cite></div>
<div class="ast-comment-time"><a href="#comment-88"><time datetime="2026-02-11T18:02:10+00:00">February 11, 2026 at 6:02 pm</time></a></div></div>
<section class="ast-comment-content comment"><p>${aComment}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article>
<ol class="children"><li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-89"><article id="comment-89" class="ast-comment">
<div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Mara Quillon</b></cite></div>
<div class="ast-comment-time"><a href="#comment-89"><time datetime="2026-02-12T09:15:00+00:00">February 12, 2026 at 9:15 am</time></a></div></div>
<section class="ast-comment-content comment"><p>${aReply}</p></section></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked <span class="required">*</span></p><textarea id="comment" name="comment" aria-label="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(aCats, 'cat-item')}</ul></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Opening Hours</h2><div class="textwidget"><p>Tuesday to Saturday, 9.30am to 5pm</p>
</div></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Hollin Street Framers | Powered by Hollin Street Framers</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout614-astra-price-guide',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...rowTexts(aRows), aAfterTable, ...aChange, ...aGlaze, ...aMount, ...aSave]),
  bylines: ['By Mara Quillon', 'Mara Quillon', 'February 9, 2026', 'Ros Dellow', 'February 11, 2026 at 6:02 pm', 'February 12, 2026 at 9:15 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Search for:', 'Framing Advice', 'Book a framing consultation', 'Previous Post', 'Next Post', 'Post navigation',
    `2 thoughts on “${aTitle}”`, aComment, 'Reply', aReply, 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...aRecent, 'Categories', 'Workshop News', 'Conservation', 'Opening Hours', 'Tuesday to Saturday, 9.30am to 5pm',
    'Copyright © 2026 Hollin Street Framers | Powered by Hollin Street Framers', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT614_A: readonly TestPage[] = [astra];
