import { links, ps, type TestPage, texts } from './page-kit.js';
import { carHearst } from './pages-heldout275-d2.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file d: a hotel review on a WordPress travel blog with the Astra theme (top bar, primary menu, entry meta
 * with author, date and "This post may contain affiliate links", the Social Warfare share bar, a Booking.com search box widget,
 * a Mediavine ad slot, a "Quick facts" list, a figure with caption, a "Pin it" image note, native WordPress comments with
 * the reply form, the sidebar with an About me widget and popular posts, and the footer); and, from file d2, a Car and
 * Driver-style (Hearst) car review with a specifications table.
 */
const hTitle = 'Hotel Almendra Review: A Quiet Courtyard Stay in the Old Town of Valdoro';
const hIntro = [
  j(
    'We almost did not book Hotel Almendra. The photos online looked lovely, but it sits on a lane with no car access, and the',
    'reviews kept mentioning stairs. After three nights there in early March, I can tell you the stairs are real, and the hotel',
    'is worth every one of them.',
  ),
];
const hFacts = [
  'Where: Calle del Pozo 8, old town of Valdoro',
  'Rooms: 14, all different',
  'Price: from €165 a night with breakfast',
  'Best for: couples, slow travellers',
];
const hRoom = [
  j(
    'Almendra is a converted seventeenth-century merchant’s house arranged around a courtyard with a single almond tree, which',
    'gives the hotel its name. We stayed in room 9, a Superior Double on the top floor, with a beamed ceiling, a small balcony over',
    'the lane and a bathroom tiled in the local green glaze.',
  ),
  j(
    'The bed was excellent and the room was properly dark and quiet at night, which is not a given in an old town full of',
    'restaurants. The only thing I missed was a proper desk: there is a tiny writing table, but if you need to work you will end',
    'up in the courtyard, which is no hardship.',
  ),
];
const hFood = [
  j(
    'Breakfast is served in the courtyard from eight until eleven and is one of the highlights of the stay. Expect fresh orange',
    'juice, tomato bread, local cheeses, a warm almond cake baked each morning, and eggs cooked to order by Pilar, who has run the',
    'kitchen for twenty years.',
  ),
  'There is no restaurant for dinner, but the staff keep a handwritten list of their favourite places nearby. Our top three from it:',
];
const hEat = ['Casa Ibarra, for grilled lamb and a very long wine list', 'Bodega Ruiz, a standing-room tapas bar', 'La Pérgola, for the sunset terrace'];
const hVerdict = [
  j(
    'Hotel Almendra is not for everyone. If you have mobility problems or travel with heavy luggage, the lane and the stairs will',
    'be a real obstacle, and there is no lift. But if you want a calm, characterful base in the middle of the old town, with staff',
    'who genuinely care, it is the best place we have stayed in Valdoro.',
  ),
  'We paid for our stay ourselves, and the hotel did not know we were writing about it.',
];
const hNav = ['Destinations', 'Hotels', 'Itineraries', 'Travel Tips', 'About', 'Work With Me'];
const hPop = ['Three Days in Valdoro: The Perfect Itinerary', 'Where to Stay in Valdoro: Best Areas and Hotels', 'A Day Trip to the Salt Flats of Cerra'];
const hComments = [
  'We are going in May and had this on our shortlist. Do you know if they can help with luggage from the taxi rank?',
  'Yes! They send someone down with a trolley if you call ahead. Enjoy your trip.',
];
const hHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} | Two Slow Suitcases</title><meta name="description" content="An honest review of Hotel Almendra in the old town of Valdoro.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-20T06:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${hTitle}",
"author":{"name":"Hannah Crewe"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://twoslowsuitcases.example/wp-content/themes/astra/assets/css/minified/main.min.css">
<script>window.mediavineSettings = {"site":"twoslowsuitcases"};</script></head>
<body class="post-template-default single single-post postid-5120 ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div id="page" class="hfeed site">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="site-branding"><span class="site-title"><a href="/" rel="home">Two Slow Suitcases</a></span></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation"><ul
id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(hNav, 'menu-item menu-item-type-custom')}</ul></nav>
</div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-5120 post type-post status-publish format-standard has-post-thumbnail category-hotels ast-article-single" id="post-5120">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="ast-breadcrumbs-wrapper"><nav class="ast-breadcrumbs"><a
href="/">Home</a> » <a href="/category/hotels/">Hotels</a></nav></div><h1 class="entry-title">${hTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/hannah/"><span class="author-name">Hannah
Crewe</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 20, 2026</span></span></div>
<p class="affiliate-note"><em>This post may contain affiliate links. If you book through them we earn a small commission.</em></p></header>
<div class="swp_social_panel swp_horizontal_panel"><a class="swp_share_link facebook" href="#"><span class="swp_share">Share</span></a><a
class="swp_share_link pinterest" href="#"><span class="swp_share">Pin</span></a><a class="swp_share_link twitter" href="#"><span
class="swp_share">Tweet</span></a><div class="nc_tweetContainer total_shares"><span class="swp_count">312 Shares</span></div></div>
<div class="entry-content clear" itemprop="text">
${ps(hIntro)}
<h2 class="wp-block-heading">Quick facts</h2>
<ul class="wp-block-list">${lis(hFacts)}</ul>
<div class="booking-widget"><ins class="bookingaff" data-aid="2299114" data-target_aid="2299114" data-prod="sbp" data-width="100%" data-lang="en-gb">
<div class="bk-searchbox"><p class="bk-title">Find your stay at Hotel Almendra</p><label>Check-in date</label><input type="date">
<label>Check-out date</label><input type="date"><button class="bk-submit">Check availability</button>
<p class="bk-powered">Powered by Booking.com</p></div></ins></div>
<h2 class="wp-block-heading">The room</h2>
${ps(hRoom.slice(0, 1))}
<figure class="wp-block-image size-large"><img src="https://twoslowsuitcases.example/wp-content/uploads/almendra-room.jpg" alt="Room 9 at Hotel Almendra">
<figcaption class="wp-element-caption">Room 9, with the balcony doors open onto the lane.</figcaption></figure>
${ps(hRoom.slice(1))}
<div class="mv-ad-box" data-slotname="content_1_wrapper"><span class="mv-ad-label">Advertisement</span></div>
<h2 class="wp-block-heading">Breakfast and food</h2>
${ps(hFood)}
<ul class="wp-block-list">${lis(hEat)}</ul>
<h2 class="wp-block-heading">Our verdict</h2>
${ps(hVerdict)}
<p class="pin-note"><strong>Like it? Pin it for later!</strong></p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/hotels/">Hotels</a>, <a href="/category/spain/">Spain</a></span>
</footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="#"><span class="ast-left-arrow">←</span>
Previous Post</a></div><div class="nav-next"><a href="#">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${hTitle}”</h3><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-801"><article id="comment-801" class="ast-comment"><div class="ast-comment-info">
<cite class="fn">Mara Petit</cite><time datetime="2026-03-21T09:12:00+00:00">March 21, 2026 at 9:12 am</time></div><section class="ast-comment-content comment">
<p>${hComments[0]}</p><a class="comment-reply-link" href="#">Reply</a></section></article>
<ol class="children"><li class="comment byuser bypostauthor" id="li-comment-802"><article id="comment-802" class="ast-comment"><div class="ast-comment-info">
<cite class="fn">Hannah Crewe</cite><time datetime="2026-03-21T11:40:00+00:00">March 21, 2026 at 11:40 am</time></div>
<section class="ast-comment-content comment">
<p>${hComments[1]}</p></section></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form id="ast-commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="text-3" class="widget widget_text">
<h2 class="widget-title">Hi, I’m Hannah!</h2><div class="textwidget"><p>I write about unhurried travel in southern Europe with my partner Jonas.</p></div>
</aside><aside id="popular-2" class="widget widget_popular"><h2 class="widget-title">Popular Posts</h2><ul>${links(hPop)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Two Slow Suitcases | Privacy
Policy | Disclosure</p></div></div></footer></div>
<script src="https://twoslowsuitcases.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const astraHotel: TestPage = {
  name: 'heldout275-astra-wordpress-hotel-review',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Quick facts', 'The room', 'Breakfast and food', 'Our verdict'],
  body: texts([...hIntro, ...hFacts, ...hRoom, ...hFood, ...hEat, ...hVerdict]),
  bylines: ['Hannah Crewe', 'March 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Two Slow Suitcases', ...hNav, 'This post may contain affiliate links. If you book through them we earn a small commission.',
    'Share', 'Pin', 'Tweet', '312 Shares', 'Find your stay at Hotel Almendra', 'Check-in date', 'Check-out date', 'Check availability',
    'Powered by Booking.com', 'Room 9, with the balcony doors open onto the lane.', 'Advertisement', 'Like it? Pin it for later!', 'Posted in', 'Spain',
    'Previous Post', 'Next Post', `2 thoughts on “${hTitle}”`, 'Mara Petit', 'March 21, 2026 at 9:12 am', ...hComments, 'Reply',
    'March 21, 2026 at 11:40 am', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Hi, I’m Hannah!',
    'I write about unhurried travel in southern Europe with my partner Jonas.', 'Popular Posts', ...hPop,
    'Copyright © 2026 Two Slow Suitcases | Privacy Policy | Disclosure',
  ],
};

export const HELDOUT275_D: readonly TestPage[] = [astraHotel, carHearst];
