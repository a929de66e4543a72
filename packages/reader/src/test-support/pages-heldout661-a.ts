import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, tr } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file a: an e-bike model review on a dealer's WordPress site (Astra theme, WooCommerce, Yoast breadcrumbs,
 * Complianz banner, comments and sidebar widgets).
 */
const rTitle = 'Voltera Ridge 9 review: the commuter that thinks it is a trail bike';
const rIntro = [
  j(
    'We have sold the Voltera Ridge range from our Kirkgate shop since 2023, and the Ridge 9 is the model customers ask about most.',
    'It sits between the city-focused Ridge 7 and the full-suspension Ridge 11, and costs £3,450 with the larger battery.',
  ),
  j(
    'Over six weeks our workshop manager rode a demo bike to work and back every day, 19 kilometres each way with the climb out of',
    'Hollin Vale at the end, and took it onto the bridleways above Marsden Moor at the weekends. Here is what we found.',
  ),
];
const rSpecHead = ['Specification', 'Ridge 9'];
const rSpecs = [
  ['Motor', 'Kessler D-Drive 85, 85 Nm, mid-mounted'],
  ['Battery', '720 Wh, frame-integrated, removable'],
  ['Gears', '12-speed Shimano Deore'],
  ['Brakes', '4-piston hydraulic discs, 203 mm front rotor'],
  ['Weight', '24.8 kg (size M, with battery)'],
  ['Frame sizes', 'S, M, L, XL'],
];
const rH = ['Motor and battery', 'Ride and handling', 'Everyday practicality', 'What we would change', 'Verdict'];
const rMotor = [
  j(
    'The Kessler D-Drive is quiet for a mid-drive motor. At 25 km/h on the flat it is hard to hear over tyre noise, and only in the',
    'Turbo mode on steep climbs does it whine. The torque sensor is well tuned: push harder and help arrives at once, ease off and it',
    'fades without a jolt.',
  ),
  j(
    'Range is the headline. On the daily commute in Tour mode we used 31 per cent of the battery for the 38 km round trip, so three',
    'days between charges was realistic. On the moor, mostly in Sport mode with 900 metres of climbing, a full battery lasted 54 km.',
  ),
  'A full charge from empty takes about five and a half hours with the 4 A charger supplied; the optional 6 A charger cuts that to under four.',
];
const rRide = [
  j(
    'The frame geometry is more relaxed than the numbers suggest. The 120 mm fork and 2.4-inch tyres soak up canal towpaths and broken',
    'tarmac, and the bike stays planted on loose descents. It is not a trail bike, but it will not embarrass you on a bridleway.',
  ),
  j(
    'The brakes deserve a mention. With a 203 mm rotor at the front the Ridge 9 stops with one finger, even loaded with panniers.',
    'After six weeks the pads had worn by less than a millimetre.',
  ),
];
const rPract = [
  j(
    'Mudguards, a rear rack rated to 25 kg, integrated lights and a kickstand come fitted. The battery locks into the down tube and slides',
    'out sideways, so you can charge it indoors without lifting the bike.',
  ),
  'The rack takes most pannier systems, but the clip of our own workshop panniers fouled the rear light and needed a spacer.',
];
const rChange = [
  'The display is small and hard to read in bright sunshine.',
  'The stock saddle is too firm for rides over an hour.',
  'At nearly 25 kg it is heavy to carry up stairs or onto a train.',
];
const rVerdict = [
  j(
    'The Ridge 9 is the most complete commuter e-bike we sell under £3,500. It is comfortable, has the range to skip a charge or two, and',
    'is robust enough for weekend rough stuff. If you carry your bike upstairs, look at the lighter Ridge 7 instead.',
  ),
  '<strong>Our rating: 4.5 out of 5.</strong>',
];
const rHtmlSpecs = `<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>${rSpecHead[0]}</th><th>${rSpecHead[1]}</th></tr></thead><tbody>
${rSpecs.map(tr).join('\n')}</tbody></table></figure>`;
const rNav = ['E-Bikes', 'Workshop', 'Hire', 'Finance', 'Blog', 'Contact'];
const rRecent = ['How often should an e-bike be serviced?', 'Cycle to Work scheme: what you can claim', 'Winter tyres for e-bikes, tested'];
const rCats = ['Buying advice', 'News', 'Reviews', 'Workshop tips'];
const rFoot = ['Delivery & returns', 'Privacy policy', 'Terms of sale', 'Careers'];
const rComments = [
  'Would the 720 Wh battery fit the 2024 Ridge 7 frame? Mine only has the 500.',
  'Hi Marcus, sadly not, the 2024 frame has a shorter down tube. Pop in and we can show you the options.',
];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Voltera Ridge 9 Review | Kirkgate Cycle Works</title>
<meta name="description" content="Six weeks of commuting and bridleways on the Voltera Ridge 9 e-bike: range, motor, handling and verdict.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-03-04T09:12:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${rTitle}",
"author":{"name":"Tomasz Wren"},"datePublished":"2027-03-04T09:12:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://kirkgatecycleworks.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="woocommerce-general-css" href="/wp-content/themes/astra/assets/css/minified/compatibility/woocommerce/woocommerce.min.css">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 6.67em}.entry-content h2{font-size:1.6em}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-custom-logo theme-astra woocommerce-js ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/01/kcw-logo.png" alt="Kirkgate Cycle Works"
class="custom-logo"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop"
aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-header-woo-cart"><a href="/basket/" class="cart-container" aria-label="View Shopping Cart, empty"><span class="count">0</span></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation"
aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/blog/">Blog</a></span> »
<span class="breadcrumb_last" aria-current="page">Voltera Ridge 9 Review</span></span></nav></div></div>
<main id="main" class="site-main"><article class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-reviews
ast-article-single" id="post-4821" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="/wp-content/uploads/2027/03/ridge9-moor.jpg"
class="attachment-large wp-post-image" alt="Voltera Ridge 9 on a moorland track"></div>
<h1 class="entry-title" itemprop="headline">${rTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemprop="author">
<a class="url fn n" href="/author/tomasz/" rel="author"><span class="author-name" itemprop="name">Tomasz Wren</span></a></span> / <span class="posted-on">
<span class="published" itemprop="datePublished">March 4, 2027</span></span> / <span class="cat-links">
<a href="/category/reviews/" rel="category tag">Reviews</a>
</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(rIntro)}
${rHtmlSpecs}
<h2 class="wp-block-heading">${rH[0]}</h2>
${ps(rMotor)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2027/03/ridge9-motor.jpg" alt="Kessler motor">
<figcaption class="wp-element-caption">The Kessler D-Drive 85 sits low in the frame. Photo: Kirkgate Cycle Works</figcaption></figure>
<h2 class="wp-block-heading">${rH[1]}</h2>
${ps(rRide)}
<h2 class="wp-block-heading">${rH[2]}</h2>
${ps(rPract)}
<h2 class="wp-block-heading">${rH[3]}</h2>
<ul class="wp-block-list">${lis(rChange)}</ul>
<h2 class="wp-block-heading">${rH[4]}</h2>
${ps(rVerdict)}
<div class="wp-block-woocommerce-single-product wc-block-single-product"><div class="wc-block-components-product-name"><a href="/product/voltera-ridge-9/">
Shop the Voltera Ridge 9</a></div><div class="wc-block-components-product-price"><span class="woocommerce-Price-amount amount">£3,450.00</span></div>
<a href="?add-to-cart=911" class="wp-block-button__link add_to_cart_button">Add to basket</a>
<p class="wc-block-components-product-stock-indicator">In stock – free test ride</p></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/winter-tyres/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/cycle-to-work/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“Voltera Ridge 9 review”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment"><div class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Marcus Ainley</b></cite></div><div class="ast-comment-time"><time datetime="2027-03-05">March 5, 2027 at
7:41 am</time></div></div><section class="ast-comment-content comment"><p>${rComments[0]}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment byuser bypostauthor odd alt depth-2" id="li-comment-89"><article id="comment-89" class="ast-comment"><div class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">Tomasz Wren</b></cite></div><div class="ast-comment-time"><time datetime="2027-03-05">March 5, 2027 at
9:02 am</time></div></div><section class="ast-comment-content comment"><p>${rComments[1]}</p></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" class="submit"
value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label for="search-field"><span class="screen-reader-text">Search for:</span>
<input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(rCats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget widget_block"><p><strong>Workshop open Mon–Sat, 9am–5.30pm.</strong> Book a free e-bike health check online.</p></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-grid-row">
<div class="footer-widget-area widget-area site-footer-focus-item"><p>Kirkgate Cycle Works, 14 Kirkgate, Holmbridge HD9 4QT</p><p>01484 550 271</p></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" aria-label="Site Footer"><ul class="ast-nav-menu">${links(rFoot)}</ul>
</nav></div></div><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2027 Kirkgate Cycle Works | Powered by
<a href="https://wpastra.com/" rel="nofollow noopener">Astra WordPress Theme</a></p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const ridge: TestPage = page({
  name: 'heldout661-astra-ebike-review',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rSpecs.map(rowText), ...rMotor, ...rRide, ...rPract, ...rChange, ...rVerdict]),
  bylines: ['Tomasz Wren', 'March 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, '0', 'Home', 'Blog', 'Voltera Ridge 9 Review', 'Reviews',
    'The Kessler D-Drive 85 sits low in the frame. Photo: Kirkgate Cycle Works', 'Shop the Voltera Ridge 9', '£3,450.00', 'Add to basket',
    'In stock – free test ride', 'Previous Post', 'Next Post', '2 thoughts on “Voltera Ridge 9 review”', 'Marcus Ainley', 'March 5, 2027 at 7:41 am',
    ...rComments, 'Reply', 'March 5, 2027 at 9:02 am', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...rRecent, 'Categories', ...rCats, 'Workshop open Mon–Sat, 9am–5.30pm. Book a free e-bike health check online.',
    'Kirkgate Cycle Works, 14 Kirkgate, Holmbridge HD9 4QT', '01484 550 271', ...rFoot,
    'Copyright © 2027 Kirkgate Cycle Works | Powered by Astra WordPress Theme',
  ],
});

export const HELDOUT661_A: readonly TestPage[] = [ridge];
