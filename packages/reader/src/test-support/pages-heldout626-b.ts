import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file b: a long model railway starter guide on a WooCommerce shop's blog (WordPress, Storefront theme),
 * with a product sidebar, post navigation and comments.
 */
const gTitle = 'Your first model railway: a starter guide to OO gauge';
const gIntro = [
  j(
    'Every Saturday someone stands at our counter with a birthday train set in a carrier bag and asks what to do next. This guide',
    'is our answer, written down at last. It assumes you have never laid a piece of track, and it tries to save you from the',
    'three mistakes we see most often: buying too much too soon, building in a room that is too cold, and choosing a scale because',
    'a friend likes it.',
  ),
  j(
    'We sell OO gauge, N gauge and a little O gauge, and we have nothing against any of them. But most people who walk in are',
    'starting in OO, so that is where the detail in this guide goes.',
  ),
];
const gH = [
  'Choose a scale you can live with',
  'Start with a train set, not a shopping list',
  'Where to put it',
  'Track: sectional, flexible and points',
  'Analogue or digital?',
  'Your first evening',
  'What to buy next',
];
const gScale = [
  j(
    'Scale is the size of the models against the real thing; gauge is the distance between the rails. In Britain the two are',
    'muddled together, and you will hear people say "OO scale" and "OO gauge" for the same thing. What matters is how much room',
    'each one needs.',
  ),
];
const gScaleRows = [
  ['OO', '1:76', '16.5 mm', 'about 1.6 m by 1.1 m'],
  ['N', '1:148', '9 mm', 'about 0.9 m by 0.6 m'],
  ['O', '1:43', '32 mm', 'about 3.5 m by 2.4 m'],
];
const gScale2 = [
  j(
    'OO has the widest choice of ready-to-run British locomotives and the easiest couplings for fingers that are new to this. N',
    'lets you run a long train through real-looking scenery on a bookshelf. O is glorious and heavy, and it needs a garage.',
  ),
];
const gSet = [
  j(
    'A good starter set gives you a locomotive, two or three wagons or coaches, an oval of track and a controller, for less than',
    'the same things would cost separately. Look for a set whose locomotive has a five-pole motor and a flywheel; the cheapest',
    'sets still ship with three-pole motors that lurch at slow speeds.',
  ),
  j(
    'Resist the urge to buy a second locomotive on the same day. Run the set for a month first. You will learn what you enjoy:',
    'watching a train go round, shunting wagons into sidings, or building the scenery it runs through.',
  ),
];
const gWhere = [
  j(
    'Lofts and garages are popular and often disappointing. Track expands and contracts with the temperature, and a loft that',
    'swings from freezing in January to thirty degrees in July will pull your rail joints apart. A spare bedroom, the space above',
    'a wardrobe or a shelf along one wall of a living room will all serve better.',
  ),
  'Before you buy timber, check three things:',
];
const gWhereList = [
  'you can reach every part of the layout from the edge, because trains derail in the far corner;',
  'the baseboard height is comfortable for you standing or sitting, usually between 90 cm and 110 cm;',
  'there is a socket nearby, so the controller cable does not cross a doorway.',
];
const gTrack = [
  j(
    'Sectional track, the curved and straight pieces in your set, clips together and comes apart again. It is ideal for a first',
    'oval on the floor or a table. Its curves are tight, though, and longer coaches look awkward on them.',
  ),
  j(
    'Flexible track comes in yard lengths that you bend to any curve and cut with a razor saw. Most permanent layouts use it, and',
    'you can mix it with sectional pieces while you learn. Points, the switches that let a train take one of two routes, are',
    'where most derailments happen, so buy the best you can afford and lay them first, then fit the plain track to them.',
  ),
];
const gQuote = j(
  'Lay the points first, run a wagon through them a hundred times, and only then pin them down. Every hour spent on a point',
  'saves ten hours of picking wagons off the floor.',
);
const gDcc = [
  j(
    'Analogue control sends power to the track, and every locomotive on it moves together. It is simple and cheap, and it is how',
    'most starter sets work. To run two trains you divide the track into sections with switches.',
  ),
  j(
    'Digital Command Control (DCC) puts a small decoder in each locomotive, so you can drive several independently on the same',
    'track and add sound. A basic DCC controller costs about as much as a good analogue one plus a few decoders. If you think you',
    'will want sound or more than two trains, start with DCC; changing later means fitting a decoder to every locomotive you own.',
  ),
];
const gFirst = [
  j(
    'Clear a table, lay the oval, and check each rail joiner has slid fully home. Clean the rails with a track rubber, not',
    'sandpaper. Put the locomotive on the track by itself and run it slowly in both directions for ten minutes before you couple',
    'anything to it; new motors need a gentle start.',
  ),
  j(
    'Then add the wagons one at a time. If one derails at the same place every lap, look at the joint under it: a rail end that',
    'stands proud by the thickness of a fingernail is enough.',
  ),
];
const gNext = [
  j(
    'When the oval starts to bore you, add a siding and a couple of wagons to shunt. After that, most people want a baseboard',
    'of their own, and we run a baseboard evening on the first Thursday of every month where you can build one with help.',
  ),
  j(
    'Come and see us before you spend much more. We would rather sell you the right point motor than the expensive one, and we',
    'will happily test a locomotive on the shop layout before you take it home.',
  ),
];
const gNav = ['Railway', 'Kits', 'Paints & Tools', 'Second-hand', 'Club nights', 'Guides'];
const gSec = ['My account', 'Order tracking', 'Contact'];
const gSide = [
  ['Hartfield Branch Line Starter Set', '£149.00'],
  ['Analogue Controller, Single Track', '£42.00'],
  ['Track Rubber', '£4.25'],
];
const gRecent = ['Ballast without tears', 'Choosing a DCC controller', 'Club night report: February'];
const gComments = [
  ['Gareth P.', 'February 10, 2026 at 8:41 am', 'Wish I had read the bit about lofts before I spent a summer boarding mine out. Moved it all to the box room.'],
  ['Ana L.', 'February 12, 2026 at 6:03 pm', 'Is the baseboard evening suitable for a 12-year-old if I come along too?'],
  ['Brackenbury Hobbies', 'February 12, 2026 at 7:15 pm', 'Yes, very welcome. We keep a couple of junior saws for exactly that.'],
];
const gFootCols = ['Visit the shop', '22 Mill Street, Brackenbury', 'Open Monday to Saturday, 9am to 5.30pm'];
const para = (xs: string[]): string => ps(xs);
const gHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><link rel="pingback" href="https://brackenburyhobbies.co.uk/xmlrpc.php">
<title>${gTitle} &#8211; Brackenbury Hobbies</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Brackenbury Hobbies &raquo; Feed" href="https://brackenburyhobbies.co.uk/feed/" />
<link rel='stylesheet' id='storefront-style-css' href='https://brackenburyhobbies.co.uk/wp-content/themes/storefront/style.css?ver=4.6.0' media='all' />
<style id='storefront-style-inline-css'>.main-navigation ul li a,.site-title a{color:#333333;}.site-header{background-color:#ffffff;}</style>
<link rel='stylesheet' id='storefront-woocommerce-style-css'
href='https://brackenburyhobbies.co.uk/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.0' media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2026-02-09T09:12:00+00:00","author":{"name":"Rhona Tillard"}}]}</script>
<script src="https://brackenburyhobbies.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<noscript><style>.woocommerce-product-gallery{ opacity: 1 !important; }</style></noscript></head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-custom-logo wp-embed-responsive theme-storefront woocommerce-no-js
storefront-secondary-navigation storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner" style=""><div class="col-full"><div class="site-branding">
<a href="https://brackenburyhobbies.co.uk/" class="custom-logo-link" rel="home"><img width="470" height="110"
src="https://brackenburyhobbies.co.uk/wp-content/uploads/2024/03/logo.png"
class="custom-logo" alt="Brackenbury Hobbies" decoding="async" /></a></div>
<nav class="secondary-navigation" role="navigation" aria-label="Secondary Navigation"><div class="menu-secondary-container"><ul id="menu-secondary"
class="menu">
${links(gSec, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search"
action="https://brackenburyhobbies.co.uk/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
<button type="submit" value="Search" class="">Search</button><input type="hidden" name="post_type" value="product" /></form></div></div></div>
<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary
Navigation">
<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
<div class="primary-navigation"><ul id="menu-primary" class="menu">${links(gNav, 'menu-item menu-item-type-taxonomy menu-item-object-product_cat')}</ul></div>
<div class="handheld-navigation"><ul id="menu-handheld" class="menu">${links(gNav, 'menu-item')}</ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="https://brackenburyhobbies.co.uk/basket/"
title="View your shopping basket"><span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span>
<span class="count">0 items</span></a></li><li><div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content">
<p class="woocommerce-mini-cart__empty-message">No products in the basket.</p></div></div></li></ul></div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a
href="https://brackenburyhobbies.co.uk">Home</a>
<span class="breadcrumb-separator"> / </span><a href="https://brackenburyhobbies.co.uk/category/guides/">Guides</a><span class="breadcrumb-separator"> /
</span>${gTitle}
</nav></div></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-guides tag-beginners tag-oo-gauge">
<header class="entry-header"><h1 class="entry-title">${gTitle}</h1><span class="posted-on">Posted on <a
href="https://brackenburyhobbies.co.uk/2026/02/09/first-model-railway/"
rel="bookmark"><time class="entry-date published" datetime="2026-02-09T09:12:00+00:00">9 February 2026</time>
<time class="updated"
datetime="2026-03-03T16:40:11+00:00">3 March 2026</time></a></span> <span class="post-author">by <a href="https://brackenburyhobbies.co.uk/author/rhona/"
rel="author" class="url fn">Rhona Tillard</a></span> <span class="post-comments">&mdash; <a href="#comments">3 Comments</a></span></header>
<img width="416" height="312" src="https://brackenburyhobbies.co.uk/wp-content/uploads/2026/02/starter-oval.jpg" class="attachment- size- wp-post-image" alt=""
decoding="async" fetchpriority="high" />
<div class="entry-content">
${para(gIntro)}
<h2 class="wp-block-heading">${gH[0]}</h2>
${para(gScale)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Gauge</th><th>Scale</th><th>Track gauge</th><th>Space for a simple oval</th></tr>
</thead><tbody>${trs(gScaleRows)}</tbody></table><figcaption class="wp-element-caption">Rough sizes for an oval with set-track curves.</figcaption></figure>
${para(gScale2)}
<h2 class="wp-block-heading">${gH[1]}</h2>
${para(gSet)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://brackenburyhobbies.co.uk/wp-content/uploads/2026/02/set-box.jpg"
alt="" class="wp-image-2219" /><figcaption class="wp-element-caption">The Hartfield set on the shop layout.</figcaption></figure>
<h2 class="wp-block-heading">${gH[2]}</h2>
${para(gWhere)}
<ul class="wp-block-list">${lis(gWhereList)}</ul>
<h2 class="wp-block-heading">${gH[3]}</h2>
${para(gTrack)}
<blockquote class="wp-block-quote"><p>${gQuote}</p></blockquote>
<h2 class="wp-block-heading">${gH[4]}</h2>
${para(gDcc)}
<h2 class="wp-block-heading">${gH[5]}</h2>
${para(gFirst)}
<h2 class="wp-block-heading">${gH[6]}</h2>
${para(gNext)}
</div>
<aside class="entry-taxonomy"><div class="cat-links">Category: <a href="https://brackenburyhobbies.co.uk/category/guides/" rel="category tag">Guides</a></div>
<div class="tags-links">Tags: <a href="/tag/beginners/" rel="tag">Beginners</a>, <a href="/tag/oo-gauge/" rel="tag">OO gauge</a></div></aside>
<nav id="post-navigation" class="navigation post-navigation" role="navigation" aria-label="Post Navigation"><h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a href="/2026/01/26/ballast/" rel="prev"><span class="screen-reader-text">Previous post:
</span>${gRecent[0]}</a></div>
<div class="nav-next"><a href="/2026/02/23/dcc-controller/" rel="next"><span class="screen-reader-text">Next post: </span>${gRecent[1]}</a></div></div></nav>
<section id="comments" class="comments-area" aria-label="Post Comments"><div class="comments-title-wrap"><h2 class="comments-title">3 thoughts on
&ldquo;<span>${gTitle}</span>&rdquo;</h2>
</div><ol class="comment-list">${gComments
  .map(
    ([who = '', when = '', what = ''], i) => `<li class="comment even thread-even depth-1" id="comment-${88 + i}">
<div class="comment-body"><div class="comment-meta commentmetadata"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=128&amp;d=mm"
class="avatar avatar-128 photo" height="128" width="128" loading="lazy" decoding="async"/><cite class="fn">${who}</cite></div>
<a href="#comment-${88 + i}" class="comment-date"><time datetime="2026-02-1${i}">${when}</time></a></div><div id="div-comment-${88 + i}"
class="comment-content">
<p>${what}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${88 + i}"
data-commentid="${88 + i}">Reply</a></div></div></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://brackenburyhobbies.co.uk/wp-comments-post.php" method="post"
id="commentform"
class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required
fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit"
id="submit"
class="submit" value="Post Comment" /></p></form></div></section></article></main></div>
<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_products-2" class="widget woocommerce widget_products">
<span class="gamma widget-title">Starter sets in stock</span><ul class="product_list_widget">${gSide
  .map(
    ([n = '', p = '']) => `<li><a href="/product/${n.length}/">
<img width="324" height="324" src="https://brackenburyhobbies.co.uk/wp-content/uploads/p.jpg" alt="" /><span class="product-title">${n}</span></a>
<span class="woocommerce-Price-amount amount"><bdi>${p.replace('£', '<span class="woocommerce-Price-currencySymbol">&pound;</span>')}</bdi></span></li>`,
  )
  .join('\n')}
</ul></div><div id="recent-posts-2" class="widget widget_recent_entries"><span class="gamma widget-title">Recent
Posts</span><ul>${links(gRecent)}</ul></div></div>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-1 fix"><div class="block
footer-widget-1">
<div id="text-3" class="widget widget_text"><span class="gamma widget-title">${gFootCols[0]}</span><div class="textwidget"><p>${gFootCols[1]}<br
/>${gFootCols[2]}</p>
</div></div></div></div><div class="site-info">&copy; Brackenbury Hobbies 2026<br /><a class="privacy-policy-link" href="/privacy-policy/"
rel="privacy-policy">Privacy
Policy</a><span role="separator" aria-hidden="true"></span><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform
for
WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li><li class="search"><a
href="">Search</a>
</li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">0</span></a></li></ul></div></div></footer></div>
<script src="https://brackenburyhobbies.co.uk/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0" id="storefront-navigation-js"></script>
</body></html>`;
const wooGuide: TestPage = {
  name: 'heldout626-woocommerce-oo-starter-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [...texts(gIntro), ...gScale, ...rowTexts(gScaleRows), ...gScale2, ...gSet, ...gWhere, ...gWhereList, ...gTrack, gQuote, ...gDcc, ...gFirst, ...gNext],
  bylines: ['Posted on 9 February 2026', 'by Rhona Tillard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to navigation', 'Skip to content', ...gSec, 'Search for:', 'Search', 'Menu', ...gNav.filter((t) => t !== 'Guides' && t !== 'Railway'),
'£0.00 0 items',
    'No products in the basket.', 'Home', 'Guides', '— 3 Comments', 'Rough sizes for an oval with set-track curves.', 'The Hartfield set on the shop layout.',
    'Category: Guides', 'Tags: Beginners, OO gauge', 'Post navigation', 'Previous post:', 'Next post:', ...gRecent, `3 thoughts on “${gTitle}”`,
    ...gComments.flat(), 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *',
    'Starter sets in stock', ...gSide.flat(), 'Recent Posts', ...gFootCols, '© Brackenbury Hobbies 2026', 'Privacy Policy', 'Built with WooCommerce.',
    'My Account', 'Cart 0',
  ],
};

export const HELDOUT626_B: readonly TestPage[] = [wooGuide];
