import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout598-kit.js';

/** Held-out batch 598, file a2: a long septic tank emptying guide on WordPress with the Astra theme, Easy Table of Contents and comments. */
const sTitle = 'Septic Tank Emptying: A Complete Guide for Rural Homeowners';
const sIntro = [
  j(
    'If your house is not connected to the mains sewer, everything that goes down your sinks, showers and toilets ends up in a tank',
    'somewhere in your garden. Most of the time you never think about it. Then one morning the toilet gurgles, the grass over the',
    'tank turns a suspicious shade of green, and suddenly you need to know a lot about septic tanks very quickly.',
  ),
  j(
    'We have been emptying tanks across the Kestle Valley for nineteen years, and this guide answers the questions our customers',
    'ask us most often: how a tank works, how often it needs emptying, what it costs and what you can do to keep it healthy between visits.',
  ),
];
const sH1 = 'How a septic tank works';
const sHow = [
  j(
    'A septic tank is a watertight chamber, usually made of concrete, brick or glass-reinforced plastic, that holds your waste water',
    'long enough for the solids to separate. Heavy solids sink to the bottom and form a layer of sludge. Fats, oils and lighter',
    'material float to the top and form a crust. The liquid in the middle, which is still far from clean, flows out to a drainage',
    'field or soakaway where the soil finishes the job.',
  ),
  j(
    'Bacteria living in the tank break down some of the sludge, but never all of it. Over time the sludge layer grows until it',
    'takes up so much room that waste no longer has time to settle. That is when solids start to escape into the drainage field,',
    'and that is the expensive part of the system to replace.',
  ),
];
const sH2 = 'How often should a septic tank be emptied?';
const sOften = [
  j(
    'The honest answer is: it depends on the size of the tank and how many people live in the house. As a rule of thumb, most',
    'family homes need their tank emptied once a year. A large tank serving one or two people may go two or three years.',
  ),
  'You should book an emptying sooner if you notice any of these signs:',
];
const sSigns = [
  'Toilets, sinks or showers draining more slowly than usual',
  'Gurgling noises in the pipes after you flush',
  'A sewage smell near the tank or around the drainage field',
  'Unusually lush, wet or boggy ground over the soakaway',
  'Water pooling around the tank lid after dry weather',
];
const sOften2 = j(
  'Keep a note of the date of every emptying and the depth of sludge the tanker driver reports. After two or three visits you',
  'will have a good idea of how quickly your own tank fills, which is far more useful than any rule of thumb.',
);
const sH3 = 'What happens on the day';
const sDay = [
  j(
    'A tanker holding between 3,000 and 9,000 litres parks as close to the tank as it can get. The driver lifts the inspection',
    'covers, checks the levels and runs a wide suction hose from the tanker to the tank. The hose can reach up to 40 metres,',
    'so we ask customers to tell us in advance if the tank is further than that from the nearest hard standing.',
  ),
  j(
    'Emptying a typical domestic tank takes about 30 minutes. The driver will leave a small amount of sludge behind on purpose,',
    'because it contains the bacteria the tank needs to start working again. Before leaving, they will check the inlet and outlet',
    'pipes and the baffles, and tell you if anything looks damaged.',
  ),
  j(
    'You do not need to be at home, as long as the driver can get to the tank and the covers are not locked. We will text you',
    'when the tanker is on its way and again when the job is done.',
  ),
];
const sH4 = 'How much does septic tank emptying cost?';
const sCost = [
  j(
    'Prices in our area currently run from about £220 to £380 for a standard domestic tank. The main things that change the price',
    'are the volume of the tank, how far the tanker has to travel, and how easy it is to reach the tank from the road.',
  ),
  j(
    'Joining with neighbours can bring the cost down noticeably. If two or three houses on the same lane book for the same day,',
    'the tanker only makes one journey, and most firms, including us, pass that saving on.',
  ),
  j(
    'Be wary of very cheap quotes. Waste from a septic tank has to be taken to a licensed treatment works, and the firm has to pay',
    'to tip it there. A price that seems too good to be true may mean the waste is not being disposed of properly, and as the',
    'owner of the tank you can share the legal responsibility for that.',
  ),
];
const sH5 = 'Looking after your tank between visits';
const sCare = ['A few simple habits will make your tank last longer and keep the drainage field healthy:'];
const sCareList = [
  'Only flush toilet paper. Wipes, cotton buds and sanitary products do not break down.',
  'Do not pour cooking fat or oil down the sink. Let it set and put it in the bin.',
  'Use ordinary amounts of household cleaners. Large doses of bleach kill the bacteria in the tank.',
  'Spread out heavy water use, such as several loads of washing, over the week.',
  'Keep cars, trailers and heavy machinery off the tank and the drainage field.',
];
const sCare2 = j(
  'Tank additives and so-called starter products are sold widely, but in our experience a tank that receives normal household',
  'waste already has all the bacteria it needs. The money is better spent on regular emptying.',
);
const sH6 = 'The rules on septic tanks';
const sRules = [
  j(
    'Since the general binding rules came in, a septic tank must not discharge straight into a ditch, stream or river. If yours',
    'does, you must either replace it with a small sewage treatment plant or install a drainage field before you sell the house,',
    'or sooner if the discharge is causing pollution.',
  ),
  j(
    'When you sell a property with a septic tank, you must tell the buyer in writing about the system, where it is and how it',
    'should be maintained. A recent emptying receipt and an inspection report make that conversation much easier.',
  ),
];
const sH7 = 'Final thoughts';
const sEnd = j(
  'A septic tank that is emptied on time and treated kindly can last forty years or more. Book your emptying before problems',
  'start, keep your records, and ask the tanker driver questions while they are there. They see hundreds of tanks a year and',
  'can often spot a problem long before it becomes a bill.',
);
const sHeads = [sH1, sH2, sH3, sH4, sH5, sH6, sH7];
const sNav = ['Home', 'Septic Tank Emptying', 'Treatment Plants', 'Drain Services', 'Advice', 'Contact Us'];
const sCrumbs = ['Home', 'Advice'];
const sRecent = ['Why does my septic tank smell after rain?', 'Septic tank or treatment plant: which do I need?', 'Winter checklist for off-mains drainage'];
const sCats = ['Advice', 'Regulations', 'Treatment Plants', 'News'];
const sComments = [
  j('We had ours done last spring and the driver said the sludge was almost to the outlet. We had no idea it was that close.', 'Going yearly now.'),
  'Thanks for this. Is it true that you should never have the tank completely emptied?',
  'Thanks Gwen, yes, leaving a little sludge behind helps the bacteria get going again. We always leave a small amount in the bottom.',
];
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - Kestle Valley Tankers</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-12T09:15:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"author":{"name":"Rhian Pengelly"},"datePublished":"2025-03-12T09:15:00+00:00","dateModified":"2025-09-02T14:40:00+00:00","wordCount":1212},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Advice"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kestletankers.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-title{font-size:2.2rem}</style>
<link rel="stylesheet" id="ez-toc-css" href="https://kestletankers.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css" media="all">
</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-1874 single-format-standard ast-single-post
ast-right-sidebar astra-4.6.9 ast-blog-single-style-1 ast-desktop"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap">
<div class="ast-above-header-bar ast-above-header site-header-focus-item">
<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item
ast-container"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-">
<div class="ast-builder-html-element"><p>Tanker bookings: 01632 960 772 | Mon to Sat 7am to 6pm</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/05/kvt-logo.png" alt="Kestle Valley Tankers">
</a></span>
<div class="ast-site-title-wrap"><span class="site-title"><a href="/" rel="home">Kestle Valley Tankers</a></span></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility
site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Primary"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search"><div class="ast-search-menu-icon slide-search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label></form></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">
<div class="ast-breadcrumbs"><ul class="trail-items">${links(sCrumbs, 'trail-item')}<li class="trail-item trail-end"><span>${sTitle}</span></li></ul></div>
</nav></div></div>
<main id="main" class="site-main">
<article class="post-1874 post type-post status-publish format-standard has-post-thumbnail hentry category-advice ast-article-single"
id="post-1874" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="/wp-content/uploads/2025/03/tanker-lane.jpg"
class="attachment-large size-large wp-post-image" alt="Tanker emptying a septic tank" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${sTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope itemprop="author">By <a title="View all posts by Rhian Pengelly" href="/author/rhian/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Rhian Pengelly</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
March 12, 2025</span><span class="updated" itemprop="dateModified">Last updated: September 2, 2025</span></span> / <span class="ast-terms-link">
<a href="/category/advice/">Advice</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(sIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_65 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default
ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"></span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">
${sHeads
  .map(
    (h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#h${i + 1}">${h}</a>
</li>`,
  )
  .join('\n')}
</ul></nav></div>
<h2><span class="ez-toc-section" id="h1"></span>${sH1}<span class="ez-toc-section-end"></span></h2>
${ps(sHow)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/03/tank-diagram.png" alt="Cross-section of a septic tank">
<figcaption class="wp-element-caption">Sludge sinks, scum floats, and the clearer liquid flows out to the drainage field.</figcaption></figure>
<h2><span class="ez-toc-section" id="h2"></span>${sH2}<span class="ez-toc-section-end"></span></h2>
${ps(sOften)}<ul class="wp-block-list">${lis(sSigns)}</ul>${ps([sOften2])}
<h2><span class="ez-toc-section" id="h3"></span>${sH3}<span class="ez-toc-section-end"></span></h2>
${ps(sDay)}
<h2><span class="ez-toc-section" id="h4"></span>${sH4}<span class="ez-toc-section-end"></span></h2>
${ps(sCost)}
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<p class="has-text-align-center"><strong>Need your tank emptied?</strong> Book online or call 01632 960 772 for a fixed quote.</p>
<div class="wp-block-buttons is-content-justification-center"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="/book/">Book a tanker</a></div></div></div></div>
<h2><span class="ez-toc-section" id="h5"></span>${sH5}<span class="ez-toc-section-end"></span></h2>
${ps(sCare)}<ol class="wp-block-list">${lis(sCareList)}</ol>${ps([sCare2])}
<h2><span class="ez-toc-section" id="h6"></span>${sH6}<span class="ez-toc-section-end"></span></h2>
${ps(sRules)}
<h2><span class="ez-toc-section" id="h7"></span>${sH7}<span class="ez-toc-section-end"></span></h2>
${ps([sEnd])}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/winter-checklist/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/septic-smell-after-rain/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${sTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Gwen Trelawny</b></cite>
</div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-311"><time datetime="2025-03-14T18:02:11+00:00">March 14, 2025 at 6:02 pm</time></a>
</span>
</div></header></div><section class="ast-comment-content comment"><p>${sComments[1]}</p><div class="ast-comment-edit-reply-wrap"><span
class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article>
<ol class="children"><li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-312"><article id="comment-312" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite>
<b class="fn">Rhian Pengelly</b><span class="ast-highlight-text ast-cmt-post-author">Post author</span></cite></div><div class="ast-comment-time">
<span class="timendate"><time datetime="2025-03-15T08:30:40+00:00">March 15, 2025 at 8:30 am</time></span></div></header></div>
<section class="ast-comment-content comment"><p>${sComments[2]}</p></section></article></li></ol></li>
<li class="comment even thread-odd depth-1" id="li-comment-340"><article id="comment-340" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Tomos Avery</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><time datetime="2025-04-02T12:11:09+00:00">April 2, 2025 at 12:11 pm</time></span></div></header></div>
<section class="ast-comment-content comment"><p>${sComments[0]}</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea>
</div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main">
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(sRecent)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(sCats, 'cat-item')}</ul></nav>
</aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row ast-container"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-footer-copyright">
<p>Copyright © 2025 Kestle Valley Tankers | Licensed waste carrier CBDU204417</p></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://kestletankers.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout598-astra-septic-emptying-guide',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sHow, ...sOften, ...sSigns, sOften2, ...sDay, ...sCost, ...sCare, ...sCareList, sCare2, ...sRules, sEnd]),
  bylines: [
    'By Rhian Pengelly',
    'Rhian Pengelly',
    'March 12, 2025',
    'Last updated: September 2, 2025',
    'Gwen Trelawny',
    'March 14, 2025 at 6:02 pm',
    'March 15, 2025 at 8:30 am',
    'Tomos Avery',
    'April 2, 2025 at 12:11 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tanker bookings: 01632 960 772 | Mon to Sat 7am to 6pm', 'Kestle Valley Tankers', ...sNav.slice(2), 'Search for:', 'Table of Contents',
    'Sludge sinks, scum floats, and the clearer liquid flows out to the drainage field.',
    'Need your tank emptied? Book online or call 01632 960 772 for a fixed quote.',
    'Book a tanker', 'Previous Post', 'Next Post', `3 thoughts on “${sTitle}”`, ...sComments, 'Reply', 'Post author', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Type here..', 'Recent Posts', ...sRecent, 'Categories', 'Regulations',
    'News', 'Copyright © 2025 Kestle Valley Tankers | Licensed waste carrier CBDU204417',
  ],
};

export const HELDOUT598_A2: readonly TestPage[] = [astra];
