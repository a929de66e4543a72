import { links, type TestPage } from './page-kit.js';
import { type Block, blocks, blockTexts, j } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file a: a garden centre's long seasonal planting guide on WordPress (Astra theme, Complianz banner, comments).
 */
const aTitle = 'What to plant in October: bulbs, hedging and the last of the perennials';
const aDek = 'The soil is still warm and the rain has come back. Here is what we are planting in our own beds this month, and what can wait.';
const aSecs: readonly (readonly [string, readonly Block[]])[] = [
  [
    'Spring bulbs',
    [
      j(
        'October is the month for daffodils, crocus, alliums and most of the smaller bulbs. Plant them at two to three times their own',
        'depth, pointed end up, and in groups of at least seven so they look like a drift rather than a row of soldiers.',
      ),
      j(
        'Tulips are the exception. Leave them until November, when the colder soil keeps tulip fire at bay. If you have already bought',
        'them, keep the bags somewhere cool, dry and dark, and check them once a week for soft bulbs.',
      ),
      [
        'Daffodils: 15 cm deep, 10 cm apart',
        'Crocus and snowdrops (dry bulbs): 8 cm deep, 5 cm apart',
        'Alliums: 20 cm deep, 25 cm apart',
        'Camassia: 10 cm deep, in heavy or damp soil where little else will grow',
      ],
      j(
        'In pots, layer the bulbs “lasagne” style: the largest and latest at the bottom, the smallest and earliest at the top.',
        'A 40 cm pot will hold around 60 bulbs this way and flower from February to May.',
      ),
    ],
  ],
  [
    'Bare-root hedging',
    [
      j(
        'Our bare-root season opens at the start of November, but October is when you should prepare the ground. Dig out a trench',
        'about 60 cm wide along the line of the hedge, take out every perennial weed you can find and fork a bucket of compost into each metre.',
      ),
      j(
        'Hawthorn, field maple, hazel and dog rose make a good mixed native hedge for an open site. Beech and hornbeam hold their brown',
        'leaves through winter and give better shelter. For a single row, plant five whips to the metre; for a thick hedge, plant a',
        'staggered double row at seven to the metre.',
      ),
      j(
        'If you cannot plant the day the hedging arrives, heel it in: lay the bundles in a shallow trench at an angle and cover the roots',
        'with soil. They will keep like that for several weeks. Never let bare roots dry out in the wind, even for ten minutes.',
      ),
    ],
  ],
  [
    'Perennials to divide',
    [
      j(
        'Clumps of hardy geranium, asters, heleniums and day lilies that have gone bare in the middle can be lifted and split now. Use',
        'two forks back to back to lever a big clump apart, then replant the young outer pieces and throw the woody centre on the compost heap.',
      ),
      j(
        'Leave grasses, kniphofia and anything slightly tender until spring. They need their old growth to protect the crown, and they',
        'rot if they are split into cold wet soil.',
      ),
      [
        'Water each division in well, even if rain is forecast.',
        'Cut the leaves back by half so the roots are not asked to do too much.',
        'Label everything. By March you will not remember which blue aster was which.',
      ],
    ],
  ],
  [
    'In the vegetable patch',
    [
      j(
        'Sow broad beans such as ‘Aquadulce Claudia’ directly outside now for a May crop, and plant overwintering onion sets',
        'and garlic. Garlic needs a cold spell to split into cloves, so a mild autumn can mean single round bulbs next summer; planting',
        'early gives it the best chance.',
      ),
      j(
        'Clear the last of the courgettes and beans, but leave the bean roots in the ground: the nodules on them hold nitrogen that the',
        'brassicas following them will use. Cover any bare soil with a mulch of compost or a green manure such as winter field beans.',
      ),
    ],
  ],
  [
    'Under cover',
    [
      j(
        'A cold greenhouse or a frame earns its keep from now on. Sow sweet peas in deep pots or root trainers, five seeds to a pot,',
        'and keep them cool. Autumn-sown sweet peas flower three to four weeks earlier than spring-sown ones and have longer stems.',
      ),
      j(
        'Bring pelargoniums, fuchsias and salvias under cover before the first frost, which in our valley usually comes in the last',
        'week of the month. Cut them back by a third, water sparingly and keep them just frost-free.',
      ),
      j('Finally, clean the greenhouse glass. The light is already falling fast, and a season of dust and algae can take away a', 'fifth of what is left.'),
    ],
  ],
];
const aBody = blockTexts(aSecs.flatMap(([, b]) => b));
const aNav = ['Plants', 'Garden Furniture', 'Gifts', 'The Potting Shed Café', 'Events', 'Advice', 'Visit Us'];
const aRecent = ['Bare-root roses: what arrives when', 'Five shrubs for winter scent', 'Our autumn open day in pictures'];
const aCats = ['Seasonal Guides', 'Grow Your Own', 'News from the Nursery', 'Houseplants'];
const aFoot = ['Delivery Information', 'Returns', 'Privacy Policy', 'Careers'];
const aComments = [
  ['Pauline R.', 'October 4, 2026 at 8:12 am', 'Really useful, thank you. Can I still plant alliums in pots on the patio?'],
  ['Hollins Lane Garden Centre', 'October 4, 2026 at 10:40 am', 'Yes, Pauline, as long as the pots are deep and drain well. Raise them on feet over winter.'],
] as const;
const aComm = aComments
  .map(
    ([who, when, text], i) => `<li class="comment depth-${i + 1}" id="li-comment-${301 + i}"><article class="ast-comment">
<div class="ast-comment-data-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${who}</b></cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${301 + i}">
<time datetime="2026-10-04">${when}</time></a></span></div></header><section class="ast-comment-content comment"><p>${text}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div>
</section></div></article></li>`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Hollins Lane Garden Centre</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<meta property="article:published_time" content="2026-10-03T07:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Maren Tollis"},"datePublished":"2026-10-03T07:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 4em}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-4127 ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="220" height="64" src="/wp-content/uploads/2024/02/hollins-lane-logo.png" class="custom-logo" alt="Hollins Lane Garden Centre"></a></span></div>
</div>
<div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">${links(aNav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article
class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry category-seasonal-guides ast-article-single"
id="post-4127" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683"
src="/wp-content/uploads/2026/09/october-bulb-planting-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="Planting bulbs in a border"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope>
<a title="View all posts by Maren Tollis" href="/author/maren/" rel="author" class="url fn n" itemprop="url">By Maren Tollis</a></span> / <span
class="posted-on">
<span class="published" itemprop="datePublished">October 3, 2026</span></span> / <span class="cat-links"><a href="/category/seasonal-guides/"
rel="category tag">
Seasonal Guides</a></span></div></header>
<div class="entry-content clear" itemprop="text"><p class="has-medium-font-size"><strong>${aDek}</strong></p>
${aSecs.map(([h, b]) => `<h2 class="wp-block-heading">${h}</h2>\n${blocks(b, '', ' class="wp-block-list"')}`).join('\n')}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/sweet-pea-root-trainers.jpg" alt="">
<figcaption class="wp-element-caption">Autumn-sown sweet peas in root trainers in our propagation house.</figcaption></figure>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li>
<li><a class="share-pinterest" href="#">Pinterest</a></li><li><a class="share-email" href="#">Email</a></li></ul></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/five-shrubs-winter-scent/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/bare-root-roses/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">
2 thoughts on &ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">${aComm}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." rows="8"></textarea></div>
</fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-3" class="widget widget_block">
<h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(aRecent)}</ul></aside>
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Categories</h2><ul
class="wp-block-categories-list wp-block-categories">${links(aCats, 'cat-item')}</ul></aside>
<aside id="block-5" class="widget widget_block"><div class="wp-block-group has-background"><h3>Garden Club</h3>
<p>Join our Garden Club for 10% off plants every Tuesday and a free coffee on your birthday.</p><p><a class="wp-block-button__link" href="/garden-club/">Join
for free</a></p>
</div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row"><div class="site-footer-section">
<p><strong>Hollins Lane Garden Centre</strong><br>Hollins Lane, Ashby Marsh<br>Open daily 9am &ndash; 5pm</p></div>
<div class="site-footer-section"><ul class="menu">${links(aFoot, 'menu-item')}</ul></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Hollins Lane Garden Centre | Powered by Hollins Lane</p></div>
</div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message" id="cmplz-message-1-optin">
We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout567-astra-october-planting',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aSecs.map(([h]) => h),
  body: [aDek, ...aBody],
  bylines: ['By Maren Tollis', 'October 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Search for:', 'Seasonal Guides', 'Autumn-sown sweet peas in root trainers in our propagation house.', 'Share this:',
    'Facebook', 'Pinterest', 'Email', '← Previous Post', 'Next Post →', 'Post navigation', 'Type here..', `2 thoughts on
“${aTitle}”`, ...aComments.flatMap((c) => [...c]), 'Reply',
    'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...aRecent, 'Categories',
    ...aCats.slice(1), 'Garden Club', 'Join our Garden Club for 10% off plants every Tuesday and a free coffee on your birthday.', 'Join for free',
    'Hollins Lane, Ashby Marsh', 'Open daily 9am – 5pm', ...aFoot, 'Copyright © 2026 Hollins Lane Garden Centre | Powered by Hollins Lane',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT567_A: readonly TestPage[] = [astra];
