import { links, ps, type TestPage, texts } from './page-kit.js';
import { tt4 } from './pages-heldout260-a2.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file a: a WordPress post on the Astra theme (Yoast breadcrumbs, Jetpack share bar, Complianz cookie
 * banner, right sidebar widgets, post navigation and threaded comments) and a WordPress post on Twenty Twenty-Four (block
 * theme markup: template parts, post-date / post-author-name / post-terms blocks, comments block, "Designed with WordPress").
 */
const aTitle = 'Lifting and Storing Dahlia Tubers Without Losing Half of Them';
const aIntro = [
  j(
    'Every November I promise myself I will lose fewer dahlias over the winter, and every April I count the shrivelled tubers',
    'in the shed and start again. This year, for the first time, the count came out in my favour: thirty-one of thirty-four',
    'clumps woke up healthy. Here is what changed on our plot at Ferngate.',
  ),
];
const aH = ['When to lift', 'Cleaning and drying', 'The storage trial', 'What I will do next year'];
const aS1 = [
  j(
    'Wait for the first proper frost to blacken the foliage, then leave the plants for another week. The tubers firm up',
    'their skins in that week, and a firm skin is the best defence against rot later on.',
  ),
  j(
    'Cut the stems down to about fifteen centimetres and tip each hollow stem upside down for a day so that water drains out',
    'of it. Water trapped in the crown is where most of my losses used to begin.',
  ),
];
const aS2 = [
  'Lift each clump with a fork, working from well outside the stem so you do not spear the necks.',
  'Knock off the loose soil by hand; do not hose the clumps unless the soil is heavy clay.',
  'Label every clump at once with a pencil on a plastic tag tied to the stem.',
  'Dry the clumps upside down in a frost-free shed for ten days before packing.',
];
const aS3 = [
  j('I split the clumps into three groups and packed each a different way, then checked them once a month. The results were', 'clearer than I expected.'),
];
const aRows = [
  ['Dry compost in crates', '12', '12'],
  ['Wrapped in newspaper', '11', '10'],
  ['Vermiculite in tubs', '11', '9'],
];
const aTable = `<figure class="wp-block-table"><table><thead><tr><th>Method</th><th>Clumps stored</th><th>Healthy in April</th></tr></thead><tbody>
${aRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table></figure>`;
const aS3b = [
  j(
    'The vermiculite tubs stayed too damp near the bottom, and two clumps of the dark red variety went soft there. The crates',
    'of old potting compost breathed better, and I will use them for everything from now on.',
  ),
];
const aQuote = 'If a tuber feels like a grape, it is too wet; if it feels like a walnut, it is too dry.';
const aS4 = [
  j(
    'My neighbour on plot nine gave me that test years ago and it still holds. I will check the crates every three weeks rather',
    'than monthly, and I will move the whole lot off the concrete floor onto a pallet so the cold does not creep up from below.',
  ),
  j(
    'If you have your own system, tell me about it in the comments. I am especially curious about anyone storing tubers in a',
    'garage that gets warm on sunny days.',
  ),
];
const aNav = ['Home', 'Plot Diary', 'Seed Swaps', 'Recipes', 'About Us', 'Contact'];
const aRecent = ['Sowing sweet peas in toilet roll tubes', 'A cheap cold frame from two old windows', 'Our first year of green manure'];
const aCats = ['Flowers', 'Plot Diary', 'Tools and Sheds', 'Vegetables'];
const aShare = ['Facebook', 'Pocket', 'WhatsApp', 'Email', 'Print'];
const aCmts = [
  [
    'Malvina Ode',
    'November 16, 2026 at 8:12 am',
    'I keep mine in an old chest freezer with the lid propped open. The walls keep the frost out and the mice cannot climb in.',
  ],
  ['Ferngate Allotment Notes', 'November 16, 2026 at 7:40 pm', 'That is a brilliant reuse of a dead freezer. I might borrow the idea for the gladioli.'],
];
const aCmtHtml = aCmts
  .map(
    (c, i) => `<li class="comment even thread-even depth-${i + 1}" id="comment-${41 + i}"><article id="div-comment-${41 + i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${c[0]}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${41 + i}">
<time datetime="2026-11-16">${c[1]}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${c[2]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Ferngate Allotment Notes</title>
<meta name="description" content="Thirty-one of thirty-four dahlia clumps survived the winter. What changed in how we lift, dry and store them.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-14T09:05:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${aTitle}","author":{"name":"Hettie Gourlay"},"datePublished":"2026-11-14T09:05:00+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://ferngate.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-custom-logo ast-desktop ast-separate-container
ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div
class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://ferngate.example/"
class="custom-logo-link" rel="home"><img width="180" height="60" src="https://ferngate.example/wp-content/uploads/logo.png" class="custom-logo"
alt="Ferngate Allotment Notes">
</a></span><div class="ast-site-title-wrap"><span class="site-title"><a href="https://ferngate.example/" rel="home">Ferngate Allotment
Notes</a></span></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><span><span><a href="https://ferngate.example/">Home</a></span> » <span><a
href="https://ferngate.example/category/flowers/">Flowers</a>
</span> » <span class="breadcrumb_last" aria-current="page">Lifting and storing dahlia tubers</span></span></div></nav></div></div>
<main id="main" class="site-main"><article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-flowers
ast-article-single" id="post-1184" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author">By <a title="View all posts by Hettie Gourlay" href="https://ferngate.example/author/hettie/" class="url fn n"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Hettie Gourlay</span></a></span> / <span class="posted-on">
<span class="published" itemprop="datePublished">November 14, 2026</span></span> / <span class="ast-terms-link">
<a href="https://ferngate.example/category/flowers/">Flowers</a></span></div></header>
<div class="post-thumb-img-content post-thumb"><figure class="wp-block-image"><img width="1024" height="683"
src="https://ferngate.example/wp-content/uploads/dahlias.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"><figcaption class="wp-element-caption">Last year's clumps drying in the shed.
Photo: Hettie Gourlay</figcaption></figure></div></div>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH[0]}</h2>
${ps(aS1)}
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong> <a href="/sweet-peas-toilet-rolls/">Sowing sweet peas in
toilet roll tubes</a></p>
<h2 class="wp-block-heading">${aH[1]}</h2>
<ul class="wp-block-list">${aS2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${aH[2]}</h2>
${ps(aS3)}
${aTable}
${ps(aS3b)}
<h2 class="wp-block-heading">${aH[3]}</h2>
<blockquote class="wp-block-quote"><p>${aQuote}</p></blockquote>
${ps(aS4)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${links(aShare, 'share-item')}</ul></div></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like
this:</h3>
<span class="sd-text-color">Like</span> <span class="sd-text-color">Loading...</span></div></div>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/cold-frame-old-windows/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/green-manure-first-year/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below "><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div><ol class="ast-comment-list">${aCmtHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit"
id="submit" class="submit" value="Post Comment »"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form"><input type="search" class="search-field" placeholder="Search..." name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(aRecent)}</ul></nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories">
<ul>${links(aCats, 'cat-item')}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-layout-element ast-flex
site-footer-focus-item ast-footer-copyright"><div class="ast-footer-copyright"><p>Copyright © 2026 Ferngate Allotment Notes | Powered by
<a href="https://wpastra.example/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to keep the site working and to count visits. We never sell your
data.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js" src="https://ferngate.example/wp-content/themes/astra/assets/js/minified/frontend.min.js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout260-wordpress-astra-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aS1, ...aS2, ...aS3, ...aRows.map((r) => r.join(' ')), ...aS3b, aQuote, ...aS4]),
  bylines: ['By Hettie Gourlay', 'November 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ferngate Allotment Notes', ...aNav, 'Lifting and storing dahlia tubers', "Last year's clumps drying in the shed. Photo: Hettie Gourlay",
    'Read more: Sowing sweet peas in toilet roll tubes', 'Share this:', ...aShare, 'Like this:', 'Loading...', 'Previous Post', 'Next Post',
    '2 thoughts on', 'Malvina Ode', 'November 16, 2026 at 8:12 am', 'November 16, 2026 at 7:40 pm', ...aCmts.map((c) => c[2] ?? ''), 'Reply',
    'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked', 'Recent Posts', ...aRecent, 'Categories',
    ...aCats, 'Copyright © 2026 Ferngate Allotment Notes | Powered by Astra WordPress Theme',
    'Manage Cookie Consent', 'We use cookies to keep the site working and to count visits. We never sell your data.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT260_A: readonly TestPage[] = [astra, tt4];
