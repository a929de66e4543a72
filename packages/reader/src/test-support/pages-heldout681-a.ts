import { links, type TestPage } from './page-kit.js';
import { j, type Section, secs } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file a: a tattoo aftercare guide on a studio's WordPress site (Astra theme) with a share bar,
 * related posts, a sidebar and comments.
 */
const aTitle = 'Tattoo Aftercare: The First Four Weeks, Day by Day';
const aSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'Every tattoo that leaves Ink &amp; Anchor goes home with a printed care sheet, but the same questions still land in our inbox every week.',
        'So here is the long version: what to do, what to expect and when to worry, written by the six artists who work here and checked',
        'against what we actually see when clients come back for touch-ups.',
      ),
      j(
        'A fresh tattoo is an open wound. The skin has been punctured thousands of times a minute, and for the next few weeks your job is',
        'simple: keep it clean, keep it lightly moisturised and keep it out of trouble. Most problems we see come from doing too much, not too little.',
      ),
    ],
  ],
  [
    'Day one: leaving the studio',
    [
      j(
        'Your artist will cover the tattoo with either cling film or a clear adhesive film such as Second Skin. If you leave with cling film,',
        'take it off after two to three hours. If you leave with an adhesive film, leave it on for three to five days unless it starts to leak',
        'at the edges or fills with a large bubble of fluid.',
      ),
      j(
        'When the wrap comes off, wash the tattoo with lukewarm water and a fragrance-free liquid soap, using clean hands only. No cloths,',
        'no sponges, no loofahs. Pat it dry with a fresh paper towel and leave it to air for ten minutes before doing anything else.',
      ),
      'It is normal for the tattoo to weep clear fluid, plasma and a little excess ink for the first day. This is not the colour washing out.',
    ],
  ],
  [
    'Days two to six: washing and moisturising',
    [
      'Wash the tattoo two or three times a day, in the morning, in the evening and after anything that makes you sweat.',
      j(
        'After washing, apply a very thin layer of an unscented balm or lotion. Think of the amount you would use on the back of your hand,',
        'not a coat you can see. If the tattoo looks shiny or greasy afterwards, blot the excess off with a paper towel.',
      ),
      [
        'Use a fragrance-free soap and a fragrance-free moisturiser.',
        'Sleep on clean sheets, and wear loose cotton over the tattoo at night.',
        'Keep pets off the bed while the tattoo is open.',
        'Drink water and get some sleep; healing skin is hungry skin.',
      ],
    ],
  ],
  [
    'Week two: peeling and itching',
    [
      j(
        'Somewhere between day five and day ten the tattoo will start to flake, much like a sunburn. Thin, coloured flakes are fine.',
        'Let them fall away on their own. Do not pick, scratch or peel them, because lifting a flake before it is ready can pull ink with it',
        'and leave a patchy spot that will need a touch-up.',
      ),
      j(
        'The itching can be intense. Slapping the area lightly or holding a clean, cold pack against it for a minute helps more than you would',
        'think. A little extra moisturiser is fine at this stage if the skin feels tight.',
      ),
    ],
  ],
  [
    'Weeks three and four: the cloudy stage',
    [
      j(
        'Once the flakes have gone, the tattoo often looks dull, milky or slightly blurred. This is a new layer of skin sitting over the ink',
        'and it clears as it matures. Do not judge the linework or the colour until at least four weeks have passed.',
      ),
      'Keep moisturising once a day and keep the tattoo covered or in the shade when you are outdoors.',
    ],
  ],
  [
    'What to avoid for the first month',
    [
      [
        'Swimming pools, the sea, hot tubs and baths. Short showers are fine.',
        'Direct sun and sunbeds. Once healed, use a high-factor sunscreen for life.',
        'Tight clothing, straps or watch bands rubbing on the tattoo.',
        'Gym sessions that stretch or sweat the area in the first week.',
        'Petroleum jelly, numbing creams and anything with fragrance or alcohol.',
      ],
    ],
  ],
  [
    'When to call us, and when to call a doctor',
    [
      j(
        'Some redness, warmth and swelling around the edges is normal for the first two or three days. If it spreads after day three, if the',
        'tattoo becomes more painful instead of less, if you see yellow or green discharge, or if you get a fever, see a doctor or pharmacist',
        'straight away and tell them you have a new tattoo.',
      ),
      j(
        'For anything else, from a heavy scab to a line that looks patchy after healing, send us a photo in daylight. Touch-ups within',
        'three months are free for work done at the studio.',
      ),
    ],
  ],
];
const aArt = secs(aSecs, { ulAttrs: ' class="wp-block-list"' });
const aNav = ['Home', 'Artists', 'Portfolio', 'Aftercare', 'Prices', 'Book'];
const aShare = ['Facebook', 'Pinterest', 'WhatsApp', 'Email'];
const aRel = ['Choosing a placement that ages well', 'Colour or black and grey? A guide for first tattoos', 'How to prepare for a long session'];
const aSide = ['Tips for first-timers', 'Why we ask for a deposit', 'Cover-ups: what is possible'];
const aFoot = ['Privacy Policy', 'Terms of Booking', 'Accessibility'];
const aComments = [
  ['Hollis R.', 'March 6, 2026 at 9:14 pm', 'This is so much clearer than the sheet I got elsewhere. Day 8 and the itch is real.'],
  ['Ink &amp; Anchor', 'March 7, 2026 at 10:02 am', 'Hang in there, Hollis. Cold pack and no scratching, it calms down after a few days.'],
] as const;
const aCommentHtml = aComments
  .map(
    ([who, when, say], i) => `<li class="comment ast-comment-list-item" id="comment-${40 + i}"><article class="ast-comment">
<div class="ast-comment-meta ast-row"><header class="ast-comment-meta-wrap"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><a href="#comment-${40 + i}"><time datetime="2026-03-0${6 + i}">${when}</time></a></div></header></div>
<section class="ast-comment-content comment"><p>${say}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle.replace('&', '&amp;')} - Ink &amp; Anchor Tattoo Co.</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://inkandanchor.co.uk/tattoo-aftercare-guide/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-18T10:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Bea Thorne"},"datePublished":"2026-02-18T10:00:00+00:00","publisher":{"@type":"Organization","name":"Ink & Anchor Tattoo Co."}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css"
href="https://inkandanchor.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-title{font-size:2.4rem}</style>
<script src="https://inkandanchor.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-812 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://inkandanchor.co.uk/" class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="Ink &amp; Anchor Tattoo Co."></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main"><article class="post-812 post type-post status-publish format-standard has-post-thumbnail
hentry category-aftercare ast-article-single"
id="post-812" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="640" src="/wp-content/uploads/2026/02/aftercare-wrap.jpg"
class="attachment-large size-large wp-post-image" alt="Forearm tattoo under clear film"></div>
<h1 class="entry-title" itemprop="headline">${aTitle.replace('&', '&amp;')}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By
<a title="View all posts by Bea Thorne" href="/author/bea/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Bea Thorne</span></a>
</span> / <span class="posted-on"><span class="published" itemprop="datePublished">February 18, 2026</span></span> / <span class="cat-links">
<a href="/category/aftercare/" rel="category tag">Aftercare</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${aArt.html}
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing"><div class="heateor_sss_sharing_title">Spread the word</div>
<ul class="heateor_sss_sharing_ul">${links(aShare, 'heateorSssSharingRound')}</ul></div>
</div></div></article>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<div class="ast-related-posts-wrapper"><ul>${links(aRel, 'ast-related-post')}</ul></div></div>
<div id="comments" class="comments-area"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on &ldquo;Tattoo Aftercare&rdquo;</h3></div>
<ol class="ast-comment-list">${aCommentHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aSide)}</ul></aside>
<aside id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Studio hours</h2>
<p>Tuesday to Saturday, 11am to 7pm. Walk-ins on Thursdays.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-widget-1-area"><ul class="menu">${links(aFoot)}</ul></div>
<div class="ast-small-footer-section">Copyright &copy; 2026 Ink &amp; Anchor Tattoo Co. | 14 Quay Street, Harwick</div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cky-consent-container cky-banner-bottom"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des">
<p>We use cookies to see which pages people read and to remember your booking form.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra={"break_point":"921","isRtl":""};</script></body></html>`;
const wordpressAftercare: TestPage = {
  name: 'heldout681-aftercare-wordpress-astra',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aArt.headings,
  body: aArt.body,
  bylines: ['By Bea Thorne', 'February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', 'Portfolio', 'Prices', 'Book', 'Spread the word', ...aShare, 'Related Posts', ...aRel,
    '2 thoughts on “Tattoo Aftercare”', 'Hollis R.', 'March 6, 2026 at 9:14 pm', 'March 7, 2026 at 10:02 am',
    'This is so much clearer than the sheet I got elsewhere. Day 8 and the itch is real.',
    'Hang in there, Hollis. Cold pack and no scratching, it calms down after a few days.', 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...aSide, 'Studio hours',
    'Tuesday to Saturday, 11am to 7pm. Walk-ins on Thursdays.', ...aFoot, 'Copyright © 2026 Ink & Anchor Tattoo Co. | 14 Quay Street, Harwick',
    'We value your privacy', 'We use cookies to see which pages people read and to remember your booking form.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT681_A: readonly TestPage[] = [wordpressAftercare];
