import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file c3: a travel blog post on WordPress with the Astra theme (skip link, the header builder with
 * the desktop menu and the mobile header repeating it, a "disclosure" box at the top of the content, Grow share buttons,
 * an itinerary table, an affiliate hotel box with "Check availability", image captions with photo credits, a "Pin it for
 * later" block, the Astra entry meta with the hidden "updated" date, previous/next post links, a comment and the form,
 * the sidebar with about, search and categories, and the "Powered by Astra WordPress Theme" footer).
 */
const title = 'Three days in the Carrow Valley by train: a slow itinerary';
const disclosure = 'This post contains affiliate links. If you book through them, we earn a small commission at no extra cost to you.';
const p0 = [
  'We have driven through the Carrow Valley a dozen times on the way somewhere else, always promising ourselves that one day ' +
    'we would stop. This May we finally did it properly, leaving the car at home and using the little branch line that follows ' +
    'the river from Ashby Cross up to Fellhead.',
  'Three days turned out to be just right: enough time to walk, eat well and sit by the river without rushing, and short ' +
    'enough to fit into a long weekend.',
];
const h1 = 'Getting there and getting around';
const p1 = [
  'The Carrow Valley line runs every two hours from Ashby Cross, with six stations along the valley. A three-day rover ticket ' +
    'costs £24 and lets you hop on and off as often as you like. Trains have space for bikes, but book a slot in summer.',
  'Most of the villages are between two and four miles apart, so you can easily walk one stretch each day and take the train ' + 'back.',
];
const h2 = 'Our itinerary';
const table = [
  ['Day 1', 'Ashby Cross to Millbeck', 'Riverside path, lunch at the Weir Café'],
  ['Day 2', 'Millbeck to Harrowgate Bridge', 'Old lead mines, swimming at Linn Pool'],
  ['Day 3', 'Fellhead', 'Climb to the Fellhead cairn, train home in the evening'],
];
const p2 = [
  'The walk from Ashby Cross to Millbeck is the gentlest and a good way to start. The path stays close to the river the whole ' +
    'way, and the café at the weir does a very good rhubarb tart.',
  'Day two is the best walking day. Above Millbeck the valley narrows and you pass the ruined engine houses of the old lead ' +
    'mines. Linn Pool, just below Harrowgate Bridge, is deep and clear and, in late May, bracingly cold.',
  'On the last day we took the first train to Fellhead and climbed to the cairn, which takes about ninety minutes from the ' +
    'station. On a clear day you can see all the way down the valley to Ashby Cross.',
];
const h3 = 'Where we stayed';
const p3 = [
  'We based ourselves at the Mill House in Millbeck for all three nights, which meant no packing and unpacking. The rooms are ' +
    'simple but comfortable, breakfast is excellent, and the station is a five-minute walk away.',
];
const h4 = 'Good to know';
const tips = [
  'The last train down the valley leaves Fellhead at 6.40 pm. Do not miss it.',
  'There is no cash machine above Ashby Cross, and the café at the weir does not take cards.',
  'Phone signal disappears between Millbeck and Fellhead, so download maps before you set off.',
];
const nav = ['Destinations', 'Itineraries', 'Rail Travel', 'Travel Tips', 'About Us'];
const grow = ['Share', 'Facebook', 'Pinterest', 'Email'];
const hotel = ['The Mill House, Millbeck', 'From £98 per night, breakfast included', 'Check availability'];
const caption1 = 'The branch line crossing the Carrow at Harrowgate Bridge. Photo: Ines Calloway';
const caption2 = 'Linn Pool on a bright May morning.';
const pin = 'Pin it for later!';
const comment = {
  name: 'Stuart Haines',
  time: 'June 14, 2025 at 9:27 am',
  text: 'Really helpful, thanks. Is the rover ticket valid on the Sunday service as well?',
};
const about = 'We are Ines and Tom, two teachers who spend every holiday exploring Britain by train.';
const cats = ['Destinations', 'Itineraries', 'Rail Travel', 'Walking'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>${title} | Slow Rails</title><meta name="description" content="A three-day slow travel itinerary for the Carrow Valley using the branch line.">
<link rel="canonical" href="https://slowrails.example/carrow-valley-by-train/"><meta property="og:type" content="article"><meta property="og:title"
content="${title}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2025-06-03T06:00:00+00:00","dateModified":"2025-06-10T12:00:00+00:00","author":{"name":"Ines Calloway"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://slowrails.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<style id="astra-theme-css-inline-css">.ast-single-post .entry-content a{text-decoration:underline;} .updated:not(.published){display:none;}</style>
<script data-grow-initializer="">!(function(){window.growMe||((window.growMe=function(e){window.growMe._.push(e);}),(window.growMe._=[]));})();</script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-877 single-format-standard ast-desktop
ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1
ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar ast-primary-header
main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div
class="site-primary-header-wrap ast-builder-grid-row-container ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div
class="site-header-primary-section-left site-header-section">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://slowrails.example/" rel="home" itemprop="url">Slow Rails</a></span>
</div></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1">
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Primary Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(nav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></nav></div></div></div></div></div></div></div></div></div>
<div id="ast-mobile-header" class="ast-mobile-header-wrap" data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div
class="ast-primary-header-bar">
<span class="site-title"><a href="https://slowrails.example/" rel="home">Slow Rails</a></span><button data-index="0" class="menu-toggle main-header-menu-toggle
ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button></div></div>
<div class="ast-mobile-header-content content-align-flex-start"><nav class="site-navigation" id="ast-hf-mobile-menu" aria-label="Site Navigation: Main">
<ul class="main-header-menu ast-nav-menu ast-flex">${links(nav, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-877 post type-post status-publish format-standard has-post-thumbnail hentry category-itineraries ast-article-single" id="post-877"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box"><div
class="ast-single-post-order">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="/wp-content/uploads/2025/06/carrow.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div><h1 class="entry-title" itemprop="headline">${title}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
<a title="View all posts by Ines Calloway" href="/author/ines/" rel="author" class="url fn n" itemprop="url"><span class="author-name"
itemprop="name">Ines Calloway</span>
</a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">June 3, 2025</span><span class="updated"
itemprop="dateModified">June 10, 2025</span>
</span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div class="wp-block-group is-style-disclosure has-background" style="background-color:#f3efe6"><div class="wp-block-group__inner-container">
<p class="has-small-font-size"><strong>Disclosure:</strong> ${disclosure}</p></div></div>
<div class="grow-me-content-start" data-grow-share=""><div class="dpsp-share-text">${grow[0]}</div><ul class="dpsp-networks-btns-wrapper">${grow
  .slice(1)
  .map(
    (g) =>
      `<li class="dpsp-network-list-item"><a rel="nofollow noopener" class="dpsp-network-btn dpsp-${g.toLowerCase()}"><span
class="dpsp-network-label">${g}</span></a></li>`,
  )
  .join('')}</ul></div>
${ps(p0)}
<h2 class="wp-block-heading" id="getting-there">${h1}</h2>
${ps(p1)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/06/bridge.jpg"
alt="Train on a stone viaduct">
<figcaption class="wp-element-caption">${caption1}</figcaption></figure>
<h2 class="wp-block-heading" id="itinerary">${h2}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Day</th><th>Route</th><th>Highlights</th></tr></thead><tbody>
${table.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
${ps(p2)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2025/06/linn-pool.jpg" alt="">
<figcaption class="wp-element-caption">${caption2}</figcaption></figure>
<h2 class="wp-block-heading" id="where-we-stayed">${h3}</h2>
${ps(p3)}
<div class="wp-block-group affiliate-box"><div class="wp-block-group__inner-container"><h3 class="wp-block-heading">${hotel[0]}</h3>
<p>${hotel[1]}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://www.booking.example/hotel/gb/mill-house-millbeck.html?aid=88121" rel="sponsored nofollow">${hotel[2]}</a></div></div></div></div>
<h2 class="wp-block-heading" id="good-to-know">${h4}</h2>
<ul class="wp-block-list">${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="wp-block-image pin-later"><figure class="aligncenter"><img src="/wp-content/uploads/2025/06/pin-carrow.jpg" alt="Carrow Valley by train pin">
</figure><p class="has-text-align-center"><strong>${pin}</strong></p></div>
</div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><span class="screen-reader-text">Post navigation</span><div class="nav-links">
<div class="nav-previous"><a title="A weekend on the Sealand ferry" href="/sealand-ferry/" rel="prev"><span class="ast-left-arrow">←</span>
Previous Post</a></div>
<div class="nav-next"><a title="Packing for a rail trip" href="/packing/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">1 thought on “${title}”</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-301"><article id="comment-301" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" class="avatar avatar-50 photo"></div><div class="ast-comment-data-wrap">
<div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${comment.name}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-301">
<time datetime="2025-06-14T09:27:00+00:00">${comment.time}</time></a></span></div></header></div></div></div>
<section class="ast-comment-content comment"><p>${comment.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="?replytocom=301#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend
class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.."></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col">
<label for="author" class="screen-reader-text">Name*</label><input id="author" name="author" type="text" placeholder="Name*"></p>
<p class="comment-form-email ast-grid-common-col"><label for="email" class="screen-reader-text">Email*</label><input id="email" name="email" type="text"
placeholder="Email*"></p></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-5" class="widget widget_block"><h2 class="wp-block-heading">About Slow Rails</h2><p>${about}</p></aside>
<aside id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="https://slowrails.example/" class="wp-block-search">
<label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><input class="wp-block-search__input" id="wp-block-search__input-1"
type="search"
name="s"><button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></form></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(
  cats,
  'cat-item',
)}</ul>
</nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack"><div
class="ast-builder-grid-row-container-inner">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div
class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright">
<div class="ast-footer-copyright"><p>Copyright © 2025 Slow Rails | Powered by <a href="https://wpastra.example" rel="nofollow noopener"
target="_blank">Astra WordPress Theme</a>
</p></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span
class="screen-reader-text">Scroll to Top</span></div>
<script src="https://slowrails.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;

export const astraTravel: TestPage = {
  html,
  name: 'heldout109-astra-travel-blog',
  kind: 'blog',
  // table data cells are body, header cells in neither list; the disclosure box, share buttons, affiliate hotel box,
  // captions and "Pin it for later!" are furniture
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p0, ...p1, ...table.flat(), ...p2, ...p3, ...tips]),
  bylines: ['Ines Calloway', 'June 3, 2025', 'June 10, 2025', comment.name, comment.time],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Slow Rails', ...nav, 'Main Menu', `Disclosure: ${disclosure}`, ...grow, caption1, caption2, ...hotel, pin, 'Post navigation',
    'Previous Post', 'Next Post', `1 thought on “${title}”`, comment.text, 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Type here..', 'Name*', 'Email*', 'About Slow Rails', about, 'Search', 'Categories', 'Walking',
    'Copyright © 2025 Slow Rails | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
};
