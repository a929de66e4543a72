import { links, ps, type TestPage, texts } from './page-kit.js';
import { calcWebflow } from './pages-heldout445-a2.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file a: a removals company's blog post on WordPress with the Astra theme (top bar, header menu, Yoast
 * breadcrumbs and JSON-LD, entry meta, a figure with caption, an inline "Read more" promo, a tip list, comments with the reply
 * form, the sidebar widgets, the Complianz cookie banner and the footer) and, from file a2, a moving-cost calculator on Webflow.
 */
const wTitle = 'How to move a piano without wrecking your stairs (or your back)';
const wIntro = [
  j(
    'Every spring our phones fill up with the same question: can you take the piano? The answer is almost always yes, but the',
    'honest answer is that a piano is the one item in a house move where a small mistake gets expensive very quickly.',
  ),
  j(
    'An upright weighs between 140 and 300 kilograms, most of it in a cast-iron frame that sits low and towards the back. A baby',
    'grand can top 350 kilograms. Neither is built to be tipped, dragged or carried by four friends who have been promised pizza.',
  ),
];
const wH = ['Measure before anyone lifts', 'What we bring on the day', 'Stairs, turns and the dreaded landing', 'After the move'];
const wS1 = [
  j(
    'Start with a tape measure and a notepad. Measure the piano at its widest point, including the pedals and any mouldings, then',
    'walk the route from the room to the van: every doorway, every turn of the hall, the depth of the porch and the gate.',
  ),
  j(
    'In Larchfield, where a lot of our customers live in 1930s semis, the pinch point is usually the inner hall door, which is',
    'often 10 centimetres narrower than the front door. If it will not pass, taking the door off its hinges buys you 4 centimetres.',
  ),
];
const wKit = [
  'A piano skid board with padded edges and ratchet straps',
  'Two heavy-duty four-wheel dollies rated to 600 kilograms',
  'Quilted moving blankets and corner protectors for the case',
  'Hardboard sheets to protect floors and stair treads',
  'A team of at least three, four for anything with a grand lid',
];
const wS2 = [
  j(
    'We never move a piano with fewer than three people, and the crew lead on a piano job has done at least fifty of them. The',
    'kit list is short but every item on it matters:',
  ),
];
const wS3 = [
  j(
    'Stairs are where pianos and people get hurt. We strap the instrument to a skid board on its back, keep the heavy side',
    'downhill, and move one step at a time with a spotter calling each step. No one ever stands below the piano on a staircase.',
  ),
  j(
    'A landing with a tight turn is the hardest part of any piano job. Sometimes the honest answer is a window lift or a',
    'specialist hoist, which adds between £180 and £260 to the cost but saves a great deal of plaster and a lot of nerves.',
  ),
];
const wQuote = j(
  '“The piano does not care how strong you are. It cares whether you have a plan for every step,” says our senior crew lead,',
  'Dom Achterberg, who has been moving instruments across the county for nineteen years.',
);
const wS4 = [
  j(
    'Once it is in place, leave the piano alone for two to three weeks before you book a tuner. The wood and the strings need',
    'time to settle to the temperature and humidity of the new room, and a tuning done too soon will drift within days.',
  ),
  j(
    'Keep it off outside walls and away from radiators if you can. And if the move has knocked anything loose, tell us on the',
    'day: our piano jobs are covered by goods-in-transit insurance up to £15,000.',
  ),
];
const wMenu = ['Home', 'House Removals', 'Office Moves', 'Packing Service', 'Storage', 'Blog', 'Get a Quote'];
const wRecent = [
  'Moving with cats: a calm-week plan',
  'Our guide to parking permits for moving day',
  'Downsizing after forty years in one house',
  'What a removals survey actually checks',
];
const wCats = ['Moving Tips', 'Packing', 'Storage', 'Company News'];
const wFoot = ['About Us', 'Areas We Cover', 'Careers', 'Terms & Conditions', 'Privacy Policy', 'Cookie Policy'];
const wComments = [
  'We had ours moved by your team in February and the crew were brilliant. The hardboard on the stairs was a good call.',
  'Is the hoist price per floor or a flat fee? We are on the second floor of a converted mill.',
  'Hi Priya, it is a flat fee for up to three floors. Give the office a call and we can book a free survey.',
];
const wCmt = (id: number, who: string, date: string, text: string, reply = ''): string => `<li class="comment even thread-even depth-1
ast-comment${reply}" id="li-comment-${id}"><article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap">
<img alt="" src="https://secure.gravatar.example/avatar/${id}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-03-1${
  id % 10
}T10:12:00+00:00">${date}</time></a></span></div>
</header></div><section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></span></div></section></article></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Kestrel &amp; Lowe Removals</title>
<meta name="description" content="Moving a piano? Our crew explain how to measure, what kit to use and how to get it down the stairs safely.">
<link rel="canonical" href="https://kestrelandlowe.example/blog/how-to-move-a-piano/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2026-03-12T08:30:00+00:00"><meta name="author" content="Marnie Kestrel">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Marnie Kestrel"><meta name="twitter:label2" content="Est. reading time">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":
"https://kestrelandlowe.example/blog/how-to-move-a-piano/#article","headline":"How to move a piano without wrecking your stairs","datePublished":
"2026-03-12T08:30:00+00:00","author":{"name":"Marnie Kestrel"},"wordCount":742,"articleSection":["Moving Tips"],"inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kestrelandlowe.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="wp-block-library-css" href="https://kestrelandlowe.example/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_header_footer_builder_active":"1"};</script>
</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="ast-builder-layout-element
ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">
<p>Free home surveys across Larchfield and the Vale · Call 01632 960 418</p></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://kestrelandlowe.example/" class="custom-logo-link" rel="home">
<img width="180" height="48" src="https://kestrelandlowe.example/wp-content/uploads/2024/05/kl-logo.svg" class="custom-logo" alt="Kestrel &amp; Lowe Removals">
</a></span></div><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1
navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"><div class="main-navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(wMenu, 'menu-item menu-item-type-post_type')}
</ul></div></nav></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="https://kestrelandlowe.example/"><span>Home</span></a></li>
<li class="trail-item"><a href="/blog/"><span>Blog</span></a></li><li class="trail-item"><a href="/category/moving-tips/"><span>Moving Tips</span></a></li>
<li class="trail-item trail-end"><span><span>Piano moving guide</span></span></li></ul></div></nav></div></div>
<main id="main" class="site-main"><article class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-moving-tips
ast-article-single" id="post-2291" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://kestrelandlowe.example/wp-content/uploads/2026/03/piano-skid.jpg" class="attachment-large size-large wp-post-image" alt=""></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By <a title="View all posts by
Marnie Kestrel" href="/author/marnie/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Marnie Kestrel</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">March 12, 2026</span><span class="updated" itemprop="dateModified">
Updated March 19, 2026</span></span> / <span class="ast-reading-time">6 min read</span> / <span class="cat-links"><a href="/category/moving-tips/"
rel="category tag">Moving Tips</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps(wIntro)}
<h2 class="wp-block-heading">${wH[0]}</h2>
${ps(wS1)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://kestrelandlowe.example/wp-content/uploads/2026/03/hall.jpg"
alt="" class="wp-image-2294"><figcaption class="wp-element-caption">Measuring the hall door of a Larchfield semi before a survey. Photo: Kestrel &amp; Lowe
</figcaption></figure>
<div class="wp-block-group is-style-default promo-box"><p class="has-background"><strong>Read more:</strong> <a
href="/blog/what-a-removals-survey-checks/">What a
removals survey actually checks</a></p></div>
<h2 class="wp-block-heading">${wH[1]}</h2>
${ps(wS2)}
<ul class="wp-block-list">${lis(wKit)}</ul>
<h2 class="wp-block-heading">${wH[2]}</h2>
${ps(wS3)}
<blockquote class="wp-block-quote"><p>${wQuote}</p></blockquote>
<h2 class="wp-block-heading">${wH[3]}</h2>
${ps(wS4)}
</div><div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<div class="ast-related-posts-wrapper"><article class="ast-related-post"><h3 class="ast-related-post-title entry-title"><a href="/blog/moving-with-cats/">Moving
with cats: a calm-week plan</a></h3></article></div></div>
<div class="ast-social-share"><span class="ast-share-title">Share this post</span><a href="#" class="ast-share-facebook">Facebook</a>
<a href="#" class="ast-share-x">X</a><a href="#" class="ast-share-whatsapp">WhatsApp</a><a href="#" class="ast-share-email">Email</a></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/blog/parking-permits/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/blog/downsizing/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">
${wCmt(411, 'Gideon Fairweather', 'March 13, 2026 at 9:04 am', wComments[0] ?? '')}
${wCmt(412, 'Priya Lindqvist', 'March 14, 2026 at 6:47 pm', wComments[1] ?? '')}
${wCmt(413, 'Kestrel &amp; Lowe', 'March 15, 2026 at 8:15 am', wComments[2] ?? '', ' depth-2')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are
marked <span class="required">*</span></p><textarea id="comment" name="comment" cols="45" rows="8"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Search …" name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent
Posts"><ul>${links(wRecent)}</ul>
</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-group quote-cta"><p>Moving soon? Book a free, no-obligation home survey.</p>
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/get-a-quote/">Book my
survey</a></div></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item">
<section class="widget widget_block"><p>Kestrel &amp; Lowe Removals Ltd, Unit 4 Cobb Lane Trading Estate, Larchfield LF3 9QX</p></section></aside></div>
<div class="site-footer-section site-footer-section-2"><nav class="site-navigation" aria-label="Footer menu"><ul id="astra-footer-menu" class="ast-nav-menu">
${links(wFoot, 'menu-item')}</ul></nav></div></div></div><div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Kestrel
&amp; Lowe
Removals | Powered by Kestrel &amp; Lowe Removals</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie
Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js" src="https://kestrelandlowe.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"></script>
<script id="cmplz-cookiebanner-js" src="https://kestrelandlowe.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"></script>
</body></html>`;
const wordpress: TestPage = {
  name: 'heldout445-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wS1, ...wS2, ...wKit, ...wS3, wQuote, ...wS4]),
  bylines: ['Marnie Kestrel', 'March 12, 2026', 'Updated March 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free home surveys across Larchfield and the Vale · Call 01632 960 418', ...wMenu, 'Moving Tips', 'Piano moving guide', '6 min read',
    'Measuring the hall door of a Larchfield semi before a survey. Photo: Kestrel & Lowe', 'Read more:', 'What a removals survey actually checks',
    'Related Posts', 'Moving with cats: a calm-week plan', 'Share this post', 'Facebook', 'WhatsApp', 'Email', 'Previous Post', 'Next Post',
    `3 thoughts on “${wTitle}”`, ...wComments, 'Gideon Fairweather', 'March 13, 2026 at 9:04 am', 'Priya Lindqvist', 'March 14, 2026 at 6:47 pm',
    'March 15, 2026 at 8:15 am', 'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked', 'Recent Posts',
...wRecent,
    'Categories', ...wCats, 'Moving soon? Book a free, no-obligation home survey.', 'Book my survey',
    'Kestrel & Lowe Removals Ltd, Unit 4 Cobb Lane Trading Estate, Larchfield LF3 9QX', ...wFoot,
    'Copyright © 2026 Kestrel & Lowe Removals | Powered by Kestrel & Lowe Removals', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT445_A: readonly TestPage[] = [wordpress, calcWebflow];
