import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file b: a brewery's blog post on Squarespace 7.1 (header nav, announcement bar, blog meta with date and
 * author, image block with caption, newsletter block, share buttons, author profile, previous / next pagination, Disqus-free
 * Squarespace comments, footer sections and the cookie banner) and an Untappd-style beer page (a data page whose main text is
 * the short beer description: stats, ratings, check-in feed, loyal drinkers, similar beers).
 */
const sTitle = 'Why We Brew Our Winter Porter With Smoked Barley';
const sBody = [
  j(
    'Every November someone at the bar asks the same question: why does the porter taste like a campfire? The short answer is a',
    'small amount of beechwood-smoked barley, about six percent of the grist. The long answer is a story about our first winter',
    'in the old creamery building, and a boiler that broke down the week we were meant to brew.',
  ),
  j(
    'That year we borrowed kiln time from a maltster friend up the valley, and a batch of our pale malt came back with a faint smoky',
    'edge that nobody had asked for. We brewed with it anyway. The beer sold out in nine days, and we have been chasing that',
    'accident on purpose ever since.',
  ),
  'What Goes In',
  j(
    'The recipe has barely changed since. The base is a floor-malted Maris Otter, with brown malt and a little chocolate malt for',
    'colour and a dry, biscuity middle. We add the smoked malt last so it sits on top rather than taking over.',
  ),
  'Maris Otter pale malt, 74 percent',
  'Brown malt, 12 percent',
  'Chocolate malt, 8 percent',
  'Beechwood-smoked barley, 6 percent',
  'Fuggle and East Kent Goldings hops, added early for bitterness only',
  'Getting the Smoke Right',
  j(
    'Smoke is easy to overdo. Above about ten percent of the grist it starts to taste like ham, which is wonderful in a Bamberg',
    'Rauchbier and less wonderful in a porter you want to drink two pints of. We tested five levels on a pilot kit last spring and',
    'the taproom regulars voted, blind, for six.',
  ),
  j(
    'We also ferment a touch cooler than our other ales, at 18 °C, which keeps the yeast’s fruitier esters down and lets the roast and',
    'smoke do the talking. The finished beer is 5.4 percent, with a soft carbonation that suits the cask as well as the keg.',
  ),
  j(
    'Winter Porter is on tap from this Friday and in cans from the first week of December. If you have never tried it, start with',
    'a half and see whether the campfire wins you over.',
  ),
];
const sHeads = ['What Goes In', 'Getting the Smoke Right'];
const sParas = sBody.filter((b) => !sHeads.includes(b));
const sNav = ['Our Beers', 'Taproom', 'Journal', 'Find Us', 'Shop'];
const sFoot = ['Terms', 'Privacy', 'Wholesale', 'Jobs'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Hollin Creamery Brewing</title><link rel="canonical" href="https://www.hollincreamery.example/journal/winter-porter-smoked-barley">
<meta property="og:site_name" content="Hollin Creamery Brewing"><meta property="og:type" content="article"><meta itemprop="author" content="Hollin Creamery
Brewing">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1c0e","siteTitle":"Hollin Creamery Brewing"},"collectionId":"6012ab","itemId":"6718cd"};</script>
<script type="application/ld+json">{"url":"https://www.hollincreamery.example","name":"Hollin Creamery Brewing","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"datePublished":"2025-11-03T10:00:00+0000"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f1c0e/41/site.css" type="text/css" rel="stylesheet"></head>
<body id="item-6718cd" class="header-layout-nav-right tweak-blog-item-width-medium tweak-blog-item-show-author-profile primary-button-style-solid
view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>Taproom now open Sundays from noon</p></div></div><span class="sqs-announcement-bar-close" role="button">Close Announcement</span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="dark" data-controller="Header"><div
class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Hollin Creamery Brewing</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase().replace(' ', '-')}">${n}</a></div>`).join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6012ab">
<section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-oona-petch post-type-text article-index-1" data-item-id="6718cd">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2025-11-03">November 3, 2025</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f1d"
class="blog-author">Oona Petch</a>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-6718cd"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sParas.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/porter-mash.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Mashing in the smoked barley on brew day. Photo by Jory Lamb</p></div></figcaption>
</figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${sHeads[0]}</h2>
${ps(sParas.slice(2, 3), ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${sParas
  .slice(3, 8)
  .map((l) => `<li><p class="" style="white-space:pre-wrap;">${l}</p></li>`)
  .join('\n')}</ul>
<h2>${sHeads[1]}</h2>
${ps(sParas.slice(8), ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">The Creamery Letter</h2>
<div class="newsletter-form-header-description"><p>New releases and taproom events, once a month. No spam.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-inner-wrapper"><div class="blog-item-share-wrapper"><div class="blog-meta-item blog-meta-item--share"><div class="share-buttons">
<a href="#" class="share-button share-facebook">Facebook</a><a href="#" class="share-button share-x">X</a><a href="#" class="share-button">LinkedIn</a>
</div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1d" class="author-avatar"><img alt="Oona Petch"
src="https://images.squarespace-cdn.example/oona.jpg"></a>
<div class="author-profile-content"><a href="/journal?author=5f1d" class="author-name">Oona Petch</a><div
class="author-bio"><p>Oona is head brewer at Hollin Creamery
and has never met a dark beer she would not try.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-id="6012ab"><a class="item-pagination-link item-pagination-link--prev"
href="/journal/harvest-ale-2025"><div class="item-pagination-icon"></div><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Green Hops, Fast: Our Harvest Ale Diary</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/journal/cask-cleaning"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">A Day in the Cask Yard</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments-6718cd"><div class="comment-count-wrapper">3 Comments</div>
<div class="comment-btn-wrapper"><button class="comment-btn">Leave a comment</button></div></div></div>
</div></article></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p>Hollin Creamery Brewing, Unit 4, Old Creamery Yard, Hollinbridge</p><p>Taproom: Thu–Sat 4–11pm, Sun 12–6pm</p>
<ul>${links(sFoot)}</ul><p>Please drink responsibly. Over 18s only.</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--dark" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and analyse site traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button><button
class="sqs-cookie-banner-v2-decline">Decline all</button>
<button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script type="text/javascript"
data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout363-squarespace-brewery-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts(sParas),
  bylines: ['November 3, 2025', 'Oona Petch'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Taproom now open Sundays from noon', 'Close Announcement', 'Hollin Creamery Brewing',
    ...sNav, 'Mashing in the smoked barley on brew day. Photo by Jory Lamb',
    'The Creamery Letter', 'New releases and taproom events, once a month. No spam.', 'Email Address', 'Sign Up', 'Facebook', 'LinkedIn',
    'Oona is head brewer at Hollin Creamery and has never met a dark beer she would not try.', 'Previous', 'Green Hops, Fast: Our Harvest Ale Diary', 'Next',
    'A Day in the Cask Yard', '3 Comments', 'Leave a comment', 'Hollin Creamery Brewing, Unit 4, Old Creamery Yard, Hollinbridge',
    'Taproom: Thu–Sat 4–11pm, Sun 12–6pm',
    ...sFoot, 'Please drink responsibly. Over 18s only.', 'This website uses cookies to improve your experience and analyse site traffic.', 'Accept all',
    'Decline all', 'Manage cookies',
  ],
};

const uTitle = 'Lantern Moth';
const uDesc = [
  j(
    'A hazy pale ale built around a single hop. We load the whirlpool and the dry hop with Nelson-style New Zealand hops, then let a',
    'soft London ale yeast do the rest. Expect white grape, gooseberry and lime zest on the nose, with a pillowy oat body and a',
    'dry, gently bitter finish.',
  ),
  j(
    'The name comes from the moths that gather around the lamp over our loading door on summer nights, the only time the',
    'brewhouse is quiet enough to notice them. Brewed in small batches and best enjoyed fresh, within six weeks of canning. Keep it cold.',
  ),
];
const uTeaser = 'A hazy pale ale built around a single hop. We load the whirlpool and the dry hop with Nelson-style...';
const uCheckins = [
  ['Priya K.', 'Lantern Moth', 'Gallows Lane Brewing', 'The Tap & Tumbler', 'Loads of gooseberry. Lovely and soft.', 'Draft', 'Sun, 01 Mar 2026 20:14:07'],
  ['hopgoblin77', 'Lantern Moth', 'Gallows Lane Brewing', 'Untappd at Home', 'Bit past its best, still tasty.', 'Can', 'Sat, 28 Feb 2026 18:40:51'],
] as const;
const uSimilar = ['Marsh Lights — Bricklow Beer Co.', 'Pale Rider Nelson — Hartcombe Ales', 'Soft Focus — Wyre & Sons'];
const uNav = ['The Pub', 'Beer', 'Venues', 'Breweries', 'Supporter'];
const uFoot = ['About', 'Help', 'Blog', 'For Businesses', 'Terms', 'Privacy', 'Cookie Policy'];
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lantern Moth - Gallows Lane Brewing - Untappd</title>
<meta name="description" content="Lantern Moth by Gallows Lane Brewing is a Pale Ale - New England / Hazy which has a rating of 3.87 out of 5, with 1,204
ratings and reviews.">
<meta property="og:title" content="Lantern Moth - Gallows Lane Brewing"><meta property="og:site_name" content="Untappd">
<link rel="stylesheet" href="https://assets.untappd.example/assets/css/v3/style.css?v=4.2.6">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Lantern Moth","brand":{"@type":"Brand",
"name":"Gallows Lane Brewing"},
"aggregateRating":{"@type":"AggregateRating","ratingValue":"3.87","reviewCount":"1204"}}</script>
<script>var BEER_ID = 5521903; var is_supporter = false;</script></head>
<body class="beer-page"><header class="header"><div class="inner"><a href="/" class="logo">Untappd</a><nav class="nav"><ul>${links(uNav)}</ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Find a beer, brewery or venue"></form>
<div class="header-actions"><a href="/login" class="button">Sign In</a><a href="/create" class="button yellow">Join Now</a></div></div></header>
<div id="slide"><div class="cont"><div class="content"><div class="main">
<div class="box b_info"><div class="top"><a class="label" href="/b/gallows-lane-lantern-moth/5521903"><img
src="https://assets.untappd.example/site/beer_logos/lm.jpeg"
alt="Lantern Moth"></a><div class="name"><h1>${uTitle}</h1><p class="brewery"><a href="/GallowsLaneBrewing">Gallows Lane Brewing</a></p>
<p class="style">Pale Ale - New England / Hazy</p></div></div>
<div class="details"><p class="abv">5.6% ABV</p><p class="ibu">30 IBU</p><div class="rating"><div class="caps" data-rating="3.87"></div>
<span class="num">(3.87)</span></div><p class="raters">1,204 Ratings</p><p class="date">Added 03/14/25</p></div>
<div class="bottom"><div class="desc"><div class="beer-descrption-read-less">${uTeaser} <a href="#" class="read-more track-click">Show More</a></div>
<div class="beer-descrption-read-more" style="display: none;">${ps(uDesc)} <a href="#" class="read-less track-click">Show Less</a></div></div></div>
<div class="stats"><p><span class="stat">Total</span> <span class="count">5,812</span></p><p><span class="stat">Unique</span> <span
class="count">3,990</span></p>
<p><span class="stat">Monthly</span> <span class="count">402</span></p></div>
<div class="actions"><a class="button yellow check-in" href="#">Check-in this Beer</a><a class="button wish" href="#">Add to Wish List</a></div></div>
<div class="box activity"><div class="content"><h3>Global Recent Activity</h3><div id="main-stream">
${uCheckins
  .map(
    ([u, b, br, v, c, s, t], i) => `<div class="item" id="checkin_${1402 + i}" data-checkin-id="${1402 + i}"><div class="checkin"><div class="top">
<p class="text"><a href="/user/${i}" class="user">${u}</a> is drinking a <a href="/b/${i}">${b}</a> by <a href="/w/${i}">${br}</a> at <a
href="/v/${i}">${v}</a></p>
<div class="checkin-comment"><p class="comment-text" id="translate_${1402 + i}">${c}</p><div class="rating-serving"><p class="serving"><span>${s}</span></p>
<div class="caps" data-rating="4"></div></div></div></div><div class="feedback"><div class="actions_bar"><a href="#" class="toast">Toast</a>
<a href="#" class="comment">Comment</a></div><div class="bottom"><a href="/c/${i}" class="time timezoner track-click">${t} +0000</a>
<a href="/c/${i}" class="track-click">View Detailed Check-in</a></div></div></div></div>`,
  )
  .join('\n')}
</div><a class="more_checkins" href="#">Show More</a></div></div></div>
<div class="sidebar"><div class="box"><h3>Loyal Drinkers</h3><ul class="avatars"><li><a href="/user/beerkite">beerkite</a></li>
<li><a href="/user/moth_fan">moth_fan</a></li></ul></div>
<div class="box"><h3>Where is this beer popular?</h3><ul>${links(['The Tap & Tumbler', 'Gallows Lane Taproom'])}</ul></div>
<div class="box similar"><h3>Similar Beers</h3><ul>${links(uSimilar)}</ul></div>
<div class="box ad"><span class="ad-label">Sponsored</span><div id="div-gpt-ad-beer-rail"></div></div></div></div></div></div>
<footer class="footer"><ul>${links(uFoot)}</ul><p>© 2026 Untappd, Inc. All rights reserved.</p><p>Please drink responsibly.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p
id="onetrust-policy-text">We and our partners use cookies to personalize your experience and show
you relevant ads.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script src="https://assets.untappd.example/assets/js/v3/app.min.js"></script></body></html>`;
const untappd: TestPage = {
  name: 'heldout363-untappd-beer-page',
  kind: 'wiki',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uDesc),
  bylines: ['Gallows Lane Brewing', 'Added 03/14/25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uNav, 'Sign In', 'Join Now', 'Pale Ale - New England / Hazy', '5.6% ABV', '30 IBU', '(3.87)', '1,204 Ratings', 'Show More', 'Show Less',
    'Total', '5,812', 'Unique', '3,990', 'Monthly', '402', 'Check-in this Beer', 'Add to Wish List', 'Global Recent Activity',
    'Priya K. is drinking a Lantern Moth by Gallows Lane Brewing at The Tap & Tumbler', 'Loyal Drinkers', 'Where is this beer popular?',
    ...uCheckins.flatMap(([u, , , , c, s, t]) => [u, c, s, `${t} +0000`]), 'Toast', 'View Detailed Check-in', 'beerkite', 'moth_fan',
    'Gallows Lane Taproom', 'Similar Beers', ...uSimilar, 'Sponsored', ...uFoot, '© 2026 Untappd, Inc. All rights reserved.', 'Please drink responsibly.',
    'We and our partners use cookies to personalize your experience and show you relevant ads.', 'I Accept', 'Cookies Settings',
  ],
};

export const HELDOUT363_B: readonly TestPage[] = [squarespace, untappd];
