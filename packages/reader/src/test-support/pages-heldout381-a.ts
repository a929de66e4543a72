import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file a: a Craigslist-style for-sale post (breadcrumbs, reply / favorite / hide / flag bar, the h1
 * with price and area, image gallery, map and attribute groups, the QR code label inside the posting body, notices, post
 * id and posted / updated lines, footer) and a Gumtree-style ad (React markup with data-q hooks, consent message, header
 * search, breadcrumbs, price and location, attribute list, seller card, safety tips, similar ads, footer).
 */
const clTitle = 'Solid oak drop-leaf table with four spindle chairs';
const clBody = [
  j(
    'Selling our kitchen table and chairs because we are moving into a flat with a galley kitchen and there is simply no',
    'room for it. The table was made by a small joinery in Pellworth in the late nineties and has been in the family ever since.',
  ),
  j(
    'It is solid oak throughout, not veneer. Both leaves fold down so it sits against a wall at about 30 inches deep, and with',
    'both leaves up it seats six comfortably. The gate legs swing out smoothly and lock with a small brass catch underneath.',
  ),
  j(
    'Condition is honestly very good for its age. There are a couple of faint ring marks near one end and a small dent on the',
    'edge of one leaf where a toddler hit it with a spoon, which you can see in the fourth photo. The top was oiled last spring.',
  ),
  j(
    'The four chairs are spindle backs in matching oak with rush seats. One seat was rewoven two years ago so it is a slightly',
    'lighter colour than the others. None of them wobble and all the joints are tight.',
  ),
  j(
    'Measurements: 60 inches long with both leaves up, 20 inches with both down, 36 inches wide, 29 inches high. The chairs are',
    '34 inches to the top of the back.',
  ),
  j(
    'Asking 180 for the set. I will not split the chairs from the table. Cash or a bank transfer on collection, and you will need',
    'a car with the back seats down or a small van; the legs do not come off.',
  ),
  j(
    'Pick up only from near the Ashcombe roundabout, weekday evenings after six or any time at the weekend. If the ad is still up,',
    'it is still available, so no need to ask. Please include a phone number if you want to arrange a time.',
  ),
];
const clCrumbs = ['hollin valley', 'for sale', 'furniture - by owner'];
const clFoot = ['help', 'safety', 'privacy', 'feedback', 'terms', 'about', 'mobile'];
const clHtml = `<!DOCTYPE html>
<html class="no-js"><head><meta charset="UTF-8"><title>${clTitle} - furniture - by owner - sale - hollin valley</title>
<meta name="description" content="Selling our kitchen table and chairs because we are moving into a flat with a galley kitchen">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://hollinvalley.craigslist.example/fuo/d/ashcombe-solid-oak/7790412231.html">
<meta property="og:title" content="${clTitle} - furniture - by owner - sale"><meta property="og:type" content="website">
<script type="application/ld+json" id="ld_posting_data">{"@context":"https://schema.org","@type":"Product","name":"${clTitle}",
"offers":{"@type":"Offer","price":"180.00","priceCurrency":"USD","availableAtOrFrom":{"address":{"addressLocality":"Ashcombe"}}}}</script>
<script>var pID = "7790412231"; var areaAbbr = "hlv"; var buttonPostingURL = "/reply/hlv/fuo/7790412231";</script>
<link type="text/css" rel="stylesheet" media="all" href="//www.craigslist.example/styles/cl-posting-desktop.css"></head>
<body class="posting en desktop w1024 list-view has-map">
<section class="page-container"><header class="global-header wide"><a class="header-logo" name="logoLink" href="/">CL</a>
<div class="breadcrumbs-container"><ul class="breadcrumbs">${clCrumbs
  .map((c) => `<li class="crumb"><p><a href="/${c.replace(/ /g, '')}">${c}</a><span class="breadcrumb-arrow">&gt;</span></p></li>`)
  .join('')}</ul></div>
<div class="userlinks"><ul class="user-actions"><li class="user post"><a href="https://post.craigslist.example/c/hlv">post</a></li>
<li class="user account"><a href="https://accounts.craigslist.example/login/home">account</a></li></ul></div></header>
<section class="body"><section class="dateReplyBar"><button class="reply-button js-only" role="button">reply</button>
<span class="favorite-wrapper"><a class="favorite" href="#"><span class="fav-text">favorite this post</span></a></span>
<a class="hide-posting" href="#">hide this posting</a>
<span class="flagblock"><a class="flaglink" data-flag="28" href="https://post.craigslist.example/flag?flagCode=28&amp;postingID=7790412231"
title="wrong category, wrong site, discusses another post, or otherwise prohibited"><span class="flag">flag</span></a></span>
<button class="share-button">share this post</button></section>
<h1 class="postingtitle"><span class="postingtitletext"><span id="titletextonly">${clTitle}</span> <span class="price">$180</span>
<span> (Ashcombe)</span></span></h1>
<section class="userbody"><figure class="iw multiimage"><div class="gallery"><div class="swipe"><div class="swipe-wrap">
<div class="slide first visible" data-imgid="3:00L0L_gH2kQ"><img src="https://images.craigslist.example/00L0L_gH2kQ_600x450.jpg"
title="1" alt="${clTitle} 1"></div>
<div class="slide" data-imgid="3:00c0c_k7PqZ"><img src="https://images.craigslist.example/00c0c_k7PqZ_600x450.jpg" title="2" alt="${clTitle} 2"></div>
</div></div><span class="slider-info">image 1 of 6</span><button class="slider-back arrow">&lt;</button>
<button class="slider-forward arrow">&gt;</button></div></figure>
<div class="mapAndAttrs"><div class="mapbox"><div id="map" class="viewposting" data-latitude="41.2291" data-longitude="-77.0410"
data-accuracy="10"></div><p class="mapaddress"><small>(<a target="_blank" href="https://maps.google.example/maps/preview/@41.22,-77.04,16z">google
map</a>)</small></p></div>
<div class="attrgroup"><div class="attr condition"><span class="labl">condition:</span> <span class="valu"><a href="/search/fuo?condition=30">excellent</a>
</span></div><div class="attr"><span class="labl">make / manufacturer:</span> <span class="valu">Pellworth Joinery</span></div>
<div class="attr"><span class="labl">material:</span> <span class="valu">solid oak</span></div></div></div>
<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p>
<div class="print-qrcode" data-location="https://hollinvalley.craigslist.example/fuo/d/ashcombe-solid-oak/7790412231.html"></div></div>
${clBody.join('<br>\n<br>\n')}
</section>
<ul class="notices"><li>do NOT contact me with unsolicited services or offers</li></ul>
<div class="postinginfos"><p class="postinginfo">post id: 7790412231</p>
<p class="postinginfo reveal">posted: <time class="date timeago" datetime="2026-03-02T14:11:40-0500">2026-03-02 14:11</time></p>
<p class="postinginfo reveal">updated: <time class="date timeago" datetime="2026-03-05T09:02:12-0500">2026-03-05 09:02</time></p>
<a href="https://www.craigslist.example/about/help/email-to-friend" class="email-friend">email to friend</a>
<a class="bestof-link" data-flag="9" href="#"><span class="bestof-icon">♥</span> <span class="bestof-text">best of</span></a>
<a href="https://www.craigslist.example/about/best-of-craigslist" class="bestof-link">[?]</a></div>
<p class="safety-notice">Avoid scams, deal locally. Beware wiring (e.g. Western Union), cashier checks, money orders, shipping.</p>
</section></section>
<footer><ul class="clfooter"><li>© 2026 <a href="https://www.craigslist.example/about/craigslist_is_hiring">craigslist</a></li>
${links(clFoot)}</ul></footer></section>
<script src="//www.craigslist.example/js/posting-desktop.js"></script></body></html>`;
const craigslist: TestPage = {
  name: 'heldout381-craigslist-post',
  kind: 'docs',
  html: clHtml,
  title: clTitle,
  headings: [],
  body: texts(clBody),
  bylines: ['posted: 2026-03-02 14:11', 'updated: 2026-03-05 09:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...clCrumbs, 'post', 'account', 'reply', 'favorite this post', 'hide this posting', 'flag', 'share this post', '$180', '(Ashcombe)',
    'image 1 of 6', 'google map', 'condition:', 'excellent', 'make / manufacturer:', 'Pellworth Joinery', 'material:',
    'QR Code Link to This Post', 'do NOT contact me with unsolicited services or offers', 'post id: 7790412231', 'email to friend', 'best of',
    'Avoid scams, deal locally. Beware wiring (e.g. Western Union), cashier checks, money orders, shipping.', '© 2026 craigslist',
    ...clFoot.filter((f) => f !== 'about'),
  ],
};

const gtTitle = 'Harrowgate Tourer 58cm steel touring bike, Shimano Deore, rack and mudguards';
const gtBody = [
  j(
    'Up for sale is my Harrowgate Tourer, a proper steel touring frame in a 58cm size, which should suit someone from about',
    '5\'10" to 6\'1". I bought it new from a shop in Dunmere four years ago for a cycle trip along the coast and it has done',
    'roughly 3,000 miles since, mostly commuting and a few long weekends away.',
  ),
  j(
    'I am selling only because I have moved to a flat on the fourth floor with no lift, and carrying a fully loaded tourer up',
    'the stairs every evening has lost its charm. It needs someone who will actually ride it.',
  ),
  'What comes with it:',
  'Reynolds-style chromoly frame and fork, deep green paint with a few chips on the chainstay',
  'Shimano Deore 3x9 drivetrain, chain and cassette replaced last autumn',
  'Cantilever brakes with new pads front and rear',
  'Rear pannier rack rated to 25kg and full-length aluminium mudguards',
  'Brooks-type leather saddle, well broken in, plus the original saddle if you prefer',
  'Two bottle cages and a bell, as the law requires',
  j(
    'It was serviced at the end of January: new gear cables, the hubs regreased and the wheels trued. The tyres are 35mm and',
    'have plenty of tread left. The only thing I would mention is that the front derailleur needs a gentle push onto the big',
    'ring now and then, which is probably a two-minute adjustment I have never got round to.',
  ),
  j(
    'Happy for you to have a test ride around the block if you leave your car keys or ID with me. No offers by text before',
    'you have seen it, please. Collection from the Harbourside area of Dunmere; I can help you fit it into a car.',
  ),
];
const gtCrumbs = ['Home', 'For Sale', 'Sports, Leisure & Travel', 'Bikes', 'Touring Bikes'];
const gtNav = ['Motors', 'For Sale', 'Property', 'Jobs', 'Services', 'Community', 'Pets'];
const gtSimilar = ['Vintage road bike, 56cm, Reynolds 531 tubing', 'Hybrid bike with child seat, barely used', 'Touring panniers, pair, waterproof'];
const gtSafety = ['Never pay for items you have not seen in person', 'Meet in a public place when you can', 'Do not share your bank details'];
const gtFoot = ['About Gumtree', 'Help & Contact', 'Stay Safe', 'Privacy Notice', 'Cookies', 'Terms of Use', 'Modern Slavery Statement'];
const gtHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${gtTitle} | in Harbourside, Dunmere | Gumtree</title>
<meta name="description" content="Up for sale is my Harrowgate Tourer, a proper steel touring frame in a 58cm size.">
<meta property="og:title" content="${gtTitle}"><meta property="og:site_name" content="Gumtree"><meta name="robots" content="index,follow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${gtTitle}","offers":{"@type":"Offer",
"price":"320","priceCurrency":"GBP"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"a":{"attr":{"adId":"4719022188","categoryL2":"bikes"}},"p":{"t":"VIP"}});</script>
<style data-emotion="css 1xg2kqr">.css-1xg2kqr{display:flex;}</style></head>
<body><div id="__next"><div id="sp_message_container_1004" class="sp-message-open"><div class="message-container">
<p class="message-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="message-button accept">Accept all</button><button class="message-button manage">Manage options</button></div></div>
<header class="css-1xg2kqr e1hx5zq0" data-q="header"><a href="/" class="css-k3fy8n" aria-label="Gumtree home">Gumtree</a>
<form class="css-1d7t3l1" data-q="search-bar"><input name="search_term" placeholder="Search Gumtree"><button type="submit">Search</button></form>
<a href="/postad" data-q="post-ad-button" class="css-1m9z3z">Post an ad</a><a href="/login" data-q="login">Login</a></header>
<nav class="css-9d0b2o" data-q="category-nav"><ul>${links(gtNav, 'css-1ug1d8b')}</ul></nav>
<main class="css-1o8x3hd"><nav aria-label="breadcrumb" data-q="breadcrumbs"><ol class="css-7bs3ry">${links(gtCrumbs, 'css-1n4q1a3')}</ol></nav>
<div class="css-t5y1ph e1ggr4b0" data-q="vip-gallery"><img src="https://imagedelivery.example/gumtree/4719022188/1" alt="${gtTitle}">
<span class="css-3r1dvm">1/8</span></div>
<div class="css-1ywz4yy" data-q="vip-summary"><h1 class="css-4rz76v e1pt9h6u6" data-q="vip-title">${gtTitle}</h1>
<div class="css-1pqc0hl" data-q="vip-location"><span>Harbourside, Dunmere</span></div>
<h3 class="css-1oqs4ff" data-q="ad-price">£320</h3><div class="css-vsd09p" data-q="vip-date">Posted 3 days ago</div>
<button class="css-19x8w0l" data-q="favourite-button">Save</button><button class="css-19x8w0l" data-q="share-button">Share</button>
<button class="css-19x8w0l" data-q="report-ad">Report</button></div>
<dl class="css-hkv5t9" data-q="vip-attributes"><div><dt>Condition</dt><dd>Used</dd></div><div><dt>Frame size</dt><dd>58cm</dd></div>
<div><dt>Seller type</dt><dd>Private</dd></div></dl>
<section class="css-1ij8jae" data-q="vip-description"><h2 class="css-1nrpmxv">Description</h2>
<div itemprop="description" class="css-1u6mw4x e1pt9h6u3"><p>${gtBody[0]}</p><p>${gtBody[1]}</p><p>${gtBody[2]}</p>
<ul>${gtBody
  .slice(3, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${gtBody[9]}</p><p>${gtBody[10]}</p></div>
<span class="css-b7q1tm" data-q="ad-id">Ad ID 4719022188</span></section>
<aside class="css-1ws1fj0" data-q="seller-profile"><h2 class="css-l0b8ry">About the seller</h2><a href="/profile/u/9sdm" data-q="seller-name">Tamsin</a>
<p>Posting for 4+ years</p><ul class="css-1ruh2kx"><li>Email address verified</li><li>Phone number verified</li></ul>
<p>Usually responds within an hour</p><button data-q="reply-button" class="css-bc1gcb">Message</button></aside>
<aside data-q="safety-tips" class="css-8ca1ie"><h2>Stay safe on Gumtree</h2><ul>${gtSafety.map((t) => `<li>${t}</li>`).join('')}</ul>
<a href="/info/stay-safe">Read more safety advice</a></aside>
<section data-q="similar-ads"><h2 class="css-1sr2byn">Similar ads</h2><ul>${links(gtSimilar, 'css-3ikpuc')}</ul></section>
<div data-q="advert-slot" class="css-ap4o81"><span>Advertisement</span><div id="ad-vip-bottom"></div></div></main>
<footer class="css-cs9j9p" data-q="footer"><ul>${links(gtFoot)}</ul><p>Copyright © Gumtree.com Limited 2000-2026. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"adId":"4719022188","isVip":true}},"page":"/p/[...slug]"}</script>
</body></html>`;
const gumtree: TestPage = {
  name: 'heldout381-gumtree-ad',
  kind: 'docs',
  html: gtHtml,
  title: gtTitle,
  headings: ['Description'],
  body: texts(gtBody),
  bylines: ['Posted 3 days ago', 'Tamsin'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept all', 'Manage options', 'Gumtree',
    'Search', 'Post an ad', 'Login', ...gtNav, 'Home', ...gtCrumbs.slice(2), '1/8', 'Harbourside, Dunmere', '£320', 'Save', 'Share', 'Report',
    'Condition', 'Used', 'Frame size', 'Seller type', 'Private', 'Ad ID 4719022188', 'About the seller', 'Posting for 4+ years',
    'Email address verified', 'Phone number verified', 'Usually responds within an hour', 'Message', 'Stay safe on Gumtree', ...gtSafety,
    'Read more safety advice', 'Similar ads', ...gtSimilar, 'Advertisement', ...gtFoot, 'Copyright © Gumtree.com Limited 2000-2026. All rights reserved.',
  ],
};

export const HELDOUT381_A: readonly TestPage[] = [craigslist, gumtree];
