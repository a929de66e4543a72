import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secs } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file a2: a delicatessen's long cheese board guide on WordPress (Kadence theme) with a sidebar, related
 * posts, post navigation and two comments.
 */
const kTitle = 'How to Build a Cheese Board for Eight (Without Overbuying)';
const kIntro = [
  j(
    'Every December someone comes to our counter with a list of eleven cheeses and a budget for four. We love the enthusiasm, but',
    'a good board is an edit, not a collection. Here is how we put one together for eight people, the way we do it for our own',
    'families, with the amounts we actually cut.',
  ),
  j(
    'None of this is a rule. It is a starting point that stops you standing in front of a half-eaten wheel of brie on the',
    'second of January wondering what went wrong.',
  ),
];
const kSecs: Sec[] = [
  {
    h: 'Start with three, stop at five',
    p: [
      j(
        'Three cheeses is enough for a board before dinner; five is the most we would ever put out, even for a long evening.',
        'Beyond that the flavours blur together and people go back to the one they liked first anyway.',
      ),
      j(
        'The classic spread is one soft, one hard and one blue. If you want a fourth, add a goat’s cheese or a washed rind; if you',
        'want a fifth, make it something nobody at the table has tried before. That is the one people will talk about.',
      ),
    ],
  },
  {
    h: 'How much to buy',
    p: [
      j(
        'Before a meal, allow about 50 grams of cheese a person in total. If the board is the meal, with bread and a salad, double',
        'it to 100 grams. For eight people that means roughly 400 grams as a starter, or 800 grams for a supper.',
      ),
      j(
        'Split that unevenly. The hard cheese goes furthest and keeps longest, so buy more of it; the blue is rich and people',
        'take less. For a supper board of four cheeses we would cut:',
      ),
    ],
  },
];
const kAmounts = [
  '250 g of a hard cheese, such as a clothbound cheddar or an aged Gouda',
  '200 g of a soft cheese, bought whole if it is small, like a baby brie',
  '200 g of a goat’s cheese or a washed rind',
  '150 g of blue',
];
const kSecs2: Sec[] = [
  {
    h: 'Arranging the board',
    p: [
      j(
        'Use a board bigger than you think you need. Cheeses pressed up against each other are hard to cut and the knives end',
        'up carrying blue into the brie. Leave a palm’s width between each one.',
      ),
      j(
        'Go round the board like a clock, from mild to strong: fresh goat at twelve o’clock, the soft cheese at three, the hard',
        'at six and the blue at nine. Give each cheese its own knife, and put the blue’s knife on the blue, not beside it.',
      ),
      j(
        'Cut a wedge or two from each cheese before anyone arrives. Nobody wants to be the first person to carve into a perfect',
        'round, and a board that looks started gets eaten.',
      ),
    ],
  },
  {
    h: 'What to put with it',
    p: [
      j(
        'Bread first: a plain sourdough and a plain cracker. Seeded, flavoured or sweet crackers fight with the cheese. Then one',
        'sweet thing and one sharp thing, such as a quince paste and a handful of cornichons, and fruit that is actually ripe.',
      ),
      j(
        'Honey is wonderful with blue and with hard sheep’s cheeses, but pour it into a little bowl rather than over the cheese,',
        'so the people who do not want it are not forced to have it.',
      ),
    ],
  },
  {
    h: 'Getting the temperature right',
    p: [
      j(
        'This is the step most people skip, and it matters more than which cheeses you buy. Cold cheese tastes of very little.',
        'Take the board out of the fridge an hour before you serve it, still wrapped, and unwrap it half an hour before.',
      ),
      j(
        'In a warm kitchen, soft cheeses will run after two hours. That is fine, and some people think that is the point, but',
        'put the soft cheese on a small plate of its own if you want the board to look tidy at the end of the night.',
      ),
    ],
  },
  {
    h: 'Looking after the leftovers',
    p: [
      j(
        'Wrap each cheese separately in waxed or cheese paper, never cling film, which makes the rind sweat. Label them if you',
        'bought more than one of a kind. Hard cheeses keep for three weeks; soft ones are best eaten within five days.',
      ),
      j(
        'The ends of the hard cheese make the best macaroni you will ever cook, and the last of the blue belongs in a soup of',
        'leeks and potatoes. Nothing needs to go in the bin.',
      ),
    ],
  },
];
const kClose = 'If you want us to put the board together for you, ask at the counter. We will not sell you eleven cheeses.';
const kNav = ['Home', 'Shop', 'Cheese Counter', 'Catering', 'Journal', 'Find Us'];
const kCats = ['Cheese Guides', 'Recipes', 'News from the Counter', 'Producers'];
const kRecent = ['Meet Our New Sheep’s Milk Producer', 'A Week in the Maturing Room', 'The Christmas Order Book Is Open'];
const kFoot = ['Privacy Policy', 'Terms & Conditions', 'Delivery Information', 'Contact'];
const kHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${kTitle} &#8211; The Larder on Quay Street</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="alternate" type="application/rss+xml" title="The Larder on Quay Street &raquo; Feed" href="https://larderquaystreet.co.uk/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"name":"Ines Marlowe"},"datePublished":"2026-11-27T09:12:40+00:00","articleSection":["Cheese Guides"]}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://larderquaystreet.co.uk/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'>
<style id='kadence-global-inline-css'>:root{--global-palette1:#8a3b12;--global-palette2:#5f2a0d;}.site-branding a.brand img{max-width:180px;}</style>
<script id="kadence-navigation-js-extra">var kadenceConfig =
{"screenReader":{"expand":"Child menu","collapse":"Child menu"},"breakPoints":{"desktop":"1024"}};</script>
</head>
<body class="post-template-default single single-post postid-2841 single-format-standard wp-custom-logo footer-on-bottom hide-focus-outline
link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header
mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item"
data-section="title_tagline">
<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="https://larderquaystreet.co.uk/" rel="home">
<img width="360" height="120" src="https://larderquaystreet.co.uk/wp-content/uploads/2024/02/larder-logo.png" class="custom-logo"
alt="The Larder on Quay Street"></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer">
<span class="kadence-svg-iconset"><svg aria-hidden="true"
class="kadence-svg-icon kadence-search-svg"></svg></span></button></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-2841"
class="entry content-bg single-entry post-2841 post type-post status-publish format-standard has-post-thumbnail hentry category-cheese-guides tag-christmas
tag-serving">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://larderquaystreet.co.uk/category/cheese-guides/"
rel="tag">Cheese Guides</a></span></div>
<h1 class="entry-title">${kTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span
class="author vcard">
<a class="url fn n" href="https://larderquaystreet.co.uk/author/ines/">Ines Marlowe</a></span></span><span class="posted-on">
<time class="entry-date published" datetime="2026-11-27T09:12:40+00:00">November 27, 2026</time></span></div></header>
<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind alignwide kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner">
<img width="1200" height="800" src="https://larderquaystreet.co.uk/wp-content/uploads/2026/11/board-for-eight.jpg" class="post-top-featured wp-post-image"
alt="A wooden board with four cheeses"></div></div>
<div class="entry-content single-content">
${ps(kIntro)}
${secs(kSecs, 'h2', ' class="wp-block-heading"')}
<ul class="wp-block-list">${lis(kAmounts)}</ul>
<figure class="wp-block-image size-large"><img src="https://larderquaystreet.co.uk/wp-content/uploads/2026/11/board-clock.jpg" alt="">
<figcaption class="wp-element-caption">Mild to strong, clockwise from the top.</figcaption></figure>
${secs(kSecs2, 'h2', ' class="wp-block-heading"')}
<p>${kClose}</p>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="https://larderquaystreet.co.uk/tag/christmas/" title="Christmas" class="tag-link tag-item-christmas"
rel="tag"><span class="tag-hash">#</span>Christmas</a>
<a href="https://larderquaystreet.co.uk/tag/serving/" title="Serving" class="tag-link tag-item-serving"
rel="tag"><span class="tag-hash">#</span>Serving</a></span></div></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="https://larderquaystreet.co.uk/a-week-in-the-maturing-room/" rel="prev"><div class="post-navigation-sub"><small>
<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true"
class="kadence-svg-icon kadence-arrow-left-alt-svg"></svg></span>Previous</small></div>A Week in the Maturing Room</a></div>
<div class="nav-next"><a href="https://larderquaystreet.co.uk/the-christmas-order-book-is-open/" rel="next"><div class="post-navigation-sub"><small>Next
<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true"
class="kadence-svg-icon kadence-arrow-right-alt-svg"></svg></span></small></div>The Christmas Order Book Is Open</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide">
<h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track"><ul
class="splide__list">
<li class="splide__slide"><article class="entry content-bg loop-entry post"><div class="entry-content-wrap"><header class="entry-header"><h3
class="entry-title">
<a href="https://larderquaystreet.co.uk/washed-rinds-for-beginners/" rel="bookmark">Washed Rinds for Beginners</a></h3></header></div></article></li>
<li class="splide__slide"><article class="entry content-bg loop-entry post"><div class="entry-content-wrap"><header class="entry-header"><h3
class="entry-title">
<a href="https://larderquaystreet.co.uk/what-to-drink-with-blue-cheese/" rel="bookmark">What to Drink with Blue Cheese</a></h3></header></div></article></li>
</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">
<li id="comment-512" class="comment even thread-even depth-1"><article id="div-comment-512" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Harriet P.</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-512"><time datetime="2026-11-28T08:03:11+00:00">November 28, 2026 at 8:03 am</time></a></div></footer>
<div class="comment-content"><p>The tip about cutting a wedge first is so true. Nobody touched my board last year until I did exactly that.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-512" data-commentid="512"
aria-label="Reply to Harriet P.">Reply</a></div></article></li>
<li id="comment-515" class="comment odd alt thread-odd depth-1"><article id="div-comment-515" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Tom Aldous</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-515"><time datetime="2026-11-29T19:47:02+00:00">November 29, 2026 at 7:47 pm</time></a></div></footer>
<div class="comment-content"><p>Would you swap the blue for a second hard cheese if half the table won’t eat blue?</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-515" data-commentid="515"
aria-label="Reply to Tom Aldous">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply</h3><form action="https://larderquaystreet.co.uk/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"
required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div>
<aside id="secondary" role="complementary"
class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://larderquaystreet.co.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Visit the Counter</h2><div class="textwidget"><p>14 Quay Street, Alnmere.
Open Tuesday to Saturday, 9am to 5.30pm.</p></div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(kCats, 'cat-item')}</ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(kRecent)}</ul></section>
</div></aside></div></div></div></main>
<footer id="colophon" class="site-footer"
role="contentinfo"><div class="site-footer-wrap"><div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-1">
<div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area
site-footer-focus-item footer-navigation-wrap">
<nav id="footer-navigation" class="footer-navigation" role="navigation" aria-label="Footer Navigation"><ul id="footer-menu"
class="menu">${links(kFoot)}</ul></nav></div></div></div></div></div></div>
<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item"><div class="site-footer-row-container-inner"><div class="site-container">
<div class="footer-widget-area site-info site-footer-focus-item content-align-default"><div class="footer-html inner-link-style-normal"><div
class="footer-html-inner">
<p>&copy; 2026 The Larder on Quay Street - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener"
target="_blank">Kadence WP</a></p></div></div></div></div></div></div></div></footer>
</div>
<script id="kadence-navigation-js" src="https://larderquaystreet.co.uk/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9"
async></script></body></html>`;
const kadence: TestPage = {
  name: 'heldout605-wordpress-kadence-board-guide',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [...kSecs, ...kSecs2].map((s) => s.h),
  body: texts([...kIntro, ...kSecs.flatMap((s) => s.p), ...kAmounts, ...kSecs2.flatMap((s) => s.p), kClose]),
  bylines: ['By Ines Marlowe', 'November 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Cheese Guides', 'Mild to strong, clockwise from the top.', 'Post Tags:', '#Christmas', '#Serving', 'Post navigation',
    'Previous', 'Next', 'Similar Posts', 'Washed Rinds for Beginners', 'What to Drink with Blue Cheese', '2 Comments', 'Harriet P.', 'says:',
    'November 28, 2026 at 8:03 am', 'The tip about cutting a wedge first is so true. Nobody touched my board last year until I did exactly that.', 'Reply',
    'Tom Aldous', 'November 29, 2026 at 7:47 pm', 'Would you swap the blue for a second hard cheese if half the table won’t eat blue?', 'Leave a Reply',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Search for:', 'Visit the Counter',
    '14 Quay Street, Alnmere. Open Tuesday to Saturday, 9am to 5.30pm.', 'Categories', ...kCats.slice(1), 'Recent Posts', ...kRecent, ...kFoot,
    '© 2026 The Larder on Quay Street - WordPress Theme by Kadence WP',
  ],
};

export const HELDOUT605_A2: readonly TestPage[] = [kadence];
