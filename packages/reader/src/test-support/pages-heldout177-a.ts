import { links, type TestPage, texts } from './page-kit.js';
import { zillowListing } from './pages-heldout177-a2.js';

/**
 * Held-out batch 177, file a: a Craigslist for-sale-by-owner posting as a visitor saves it (the CL header with the
 * breadcrumb trail, "post" and "account" links, the posting title with price and neighbourhood, the reply / favorite /
 * hide / flag buttons, the image gallery, the map with its attribution, the attribute groups, the posting body with the
 * print-only QR code label, the "do NOT contact me with unsolicited services or offers" notice, post id and posted /
 * updated times, the safety-tips sidebar and the footer) and, from file a2, a Zillow home listing.
 */
const clTitle = '16ft wooden Wayfarer-style sailing dinghy, trailer, two sets of sails';
const clBody = [
  'Selling my old sailing dinghy after eleven good summers. She is a 16 foot clinker-built wooden boat on the lines of a Wayfarer, ' +
    'built by a boatyard on Finch Island in 1986 and rebuilt by me and my father between 2012 and 2014. The hull was stripped back ' +
    'to bare wood, three planks near the bow were replaced with new cedar, and she was sheathed below the waterline in epoxy and glass.',
  'She has been kept under a fitted cover in my side yard every winter and has never sat on a mooring, so there is no rot anywhere. ' +
    'I re-varnished the thwarts and the transom in April. The centreboard is galvanised steel and was re-galvanised two years ago; ' +
    'it drops and lifts cleanly with the original tackle.',
  'Comes with:',
  '- Two sets of sails. The newer set (main, jib, reefing points) is from 2021 and has maybe thirty days on it. The older set is ' +
    'tired but perfect for learning or for windy days when you do not care.',
  '- Aluminium mast and boom, standing rigging replaced 2019, all running rigging replaced this spring.',
  '- Road trailer with a launching trolley that sits on top. New tyres and bearings in 2023, lights work, tags current until next ' +
    'August. I have towed it behind a small hatchback with no trouble.',
  '- Two paddles, a bailer, a boom tent for overnighting, and a box of spare blocks and shackles.',
  'She sails beautifully, points well and is dry in a chop. Two adults and two kids fit comfortably, and she is stable enough that ' +
    'my daughter learned to sail in her at nine. Single-handing is easy once you reef.',
  'The only reason I am selling is that we have moved closer to the coast and bought a bigger boat, and I do not have room for ' +
    'both. I would rather she went to somebody who will use her than sit another year under a tarp.',
  'Price is firm for now. Cash or bank transfer on pickup. Happy to go out for a test sail on the lake on a weekend if the weather ' +
    'is kind; you will need to bring your own life jacket. Please include your phone number when you email and tell me a little ' +
    'about where she would be sailing. If the ad is up, it is still available.',
];
const clCrumbs = ['portland', 'clackamas co', 'for sale', 'boats - by owner'];
const clAttrs = [
  'condition: excellent',
  'make / manufacturer: Finch Island Boatworks',
  'model name / number: Wayfarer-style 16',
  'length overall (LOA): 16',
  'propulsion type: sail',
  'boat year: 1986',
];
const clSafety = [
  'safety tips',
  'Never wire funds (Western Union, MoneyGram) or use gift cards',
  'Meet in person and inspect before paying',
  'Beware of fake cashier checks and money orders',
  'Avoid offers that require shipping or escrow',
  'more safety tips',
];
const clFoot = ['help', 'safety', 'privacy', 'feedback', 'terms', 'about', 'craigslist app', 'cl desktop'];
const clHtml = `<!DOCTYPE html>
<html class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>16ft wooden Wayfarer-style sailing dinghy, trailer, two sets of sails - boats - by owner - boat sale - craigslist</title>
<meta name="description" content="Selling my old sailing dinghy after eleven good summers. She is a 16 foot clinker-built wooden boat">
<link rel="canonical" href="https://portland.craigslist.org/clk/boa/d/milwaukie-16ft-wooden-wayfarer-style/7894412307.html">
<meta property="og:site_name" content="craigslist"><meta property="og:title" content="${clTitle} - boats - by owner - boat sale">
<meta property="og:type" content="website"><meta property="og:image" content="https://images.craigslist.example/00W0W_8kYqL5Fh2mR_0CI0t2_600x450.jpg">
<link type="text/css" rel="stylesheet" media="all" href="https://www.craigslist.org/static/www/ca55aa3c5f0d3b3d3c4d.css">
<script type="application/ld+json" id="ld_posting_data">{"@context":"https://schema.org","@type":"Product","name":"${clTitle}",
"offers":{"@type":"Offer","price":"2450.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
<script>var pID = "7894412307"; var imgList = [{"shortid":"8kYqL5Fh2mR","imgid":"3:00W0W_8kYqL5Fh2mR_0CI0t2"}];</script></head>
<body class="posting cl-has-banner-top"><section class="page-container"><section class="body">
<header class="global-header wide"><a class="header-logo" name="logoLink" href="https://portland.craigslist.org">CL</a>
<nav class="breadcrumbs-container"><ul class="breadcrumbs">
${clCrumbs
  .map(
    (t, i) => `<li class="crumb${i === 0 ? ' area' : ''}"><p><a href="https://portland.craigslist.org/${i}">${t}</a>
</p>${i < 3 ? '<span>&gt;</span>' : ''}</li>`,
  )
  .join('\n')}
</ul></nav><div class="userlinks"><ul class="user-actions"><li class="post"><a href="https://post.craigslist.org/c/pdx">post</a></li>
<li class="user"><a href="https://accounts.craigslist.org/login/home">account</a></li></ul></div>
<div class="favorites"><a class="fav" href="/favorites"><span class="fav-count">0</span> favorites</a></div></header>
<section class="dismissable-banner" id="cl-b-banner" data-banner-id="safety-2025"><span>avoid scams, deal locally</span>
<button class="close-banner" aria-label="close">×</button></section>
<div class="postingtitle"><div class="postingtitle-actions"><button class="reply-button js-only">reply</button>
<button class="favorite-button" title="save this post in your favorites list"><span class="fav-label">favorite</span></button>
<button class="hide-button" title="hide this posting"><span class="hide-label">hide</span></button>
<span class="flag-button"><a class="flaglink" data-flag="28" href="https://post.craigslist.org/flag?flagCode=28&amp;postingID=7894412307">flag</a></span></div>
<h1 class="postingtitle"><span class="postingtitletext"><span id="titletextonly">${clTitle}</span> <span class="price">$2,450</span>
<span> (Milwaukie)</span></span></h1></div>
<section class="userbody"><figure class="iw multiimage"><div class="gallery"><div class="swipe"><div class="swipe-wrap">
<div class="slide first visible"><img src="https://images.craigslist.example/00W0W_8kYqL5Fh2mR_0CI0t2_600x450.jpg" title="1" alt="1"></div>
</div></div><button class="slider-back arrow">&lt;</button><button class="slider-forward arrow">&gt;</button>
<span class="slider-info">image 1 of 9</span></div><div id="thumbs"><a id="1_thumb_8kYqL5Fh2mR" class="thumb selected" href="#">
<img alt="1" src="https://images.craigslist.example/00W0W_8kYqL5Fh2mR_0CI0t2_50x50c.jpg"></a></div></figure>
<div class="mapAndAttrs"><div class="mapbox"><div id="map" class="viewposting" data-latitude="45.4462" data-longitude="-122.6393" data-accuracy="22"></div>
<div class="mapaddress"><small><a href="https://maps.google.com/?q=loc%3A+Milwaukie">google map</a></small></div>
<p class="mapattribution">© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a></p></div>
<div class="attrgroup">${clAttrs
  .map(
    (a) => `<div class="attr"><span class="labl">${a.split(': ')[0]}:</span> <span class="valu">${a.split(': ')[1]}</span>
</div>`,
  )
  .join('\n')}
</div></div>
<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p>
<div class="print-qrcode" data-location="https://portland.craigslist.org/clk/boa/d/7894412307.html"></div></div>
${clBody.join('\n<br>\n<br>\n')}
</section>
<ul class="notices"><li>do NOT contact me with unsolicited services or offers</li></ul>
<div class="postinginfos"><p class="postinginfo">post id: 7894412307</p>
<p class="postinginfo reveal">posted: <time class="date timeago" datetime="2025-11-01T09:42:18-0700">2025-11-01 09:42</time></p>
<p class="postinginfo reveal">updated: <time class="date timeago" datetime="2025-11-06T18:05:51-0700">2025-11-06 18:05</time></p>
<p class="postinginfo"><a href="https://www.craigslist.org/about/best/pdx/">best of</a></p></div></section>
<aside class="tsb"><ul>${clSafety.map((t, i) => (i === 0 ? `<li><b>${t}</b></li>` : `<li>${t}</li>`)).join('\n')}</ul></aside>
<footer><ul class="clfooter"><li>© 2025 <a href="https://www.craigslist.org/">craigslist</a></li>
${links(clFoot)}</ul></footer></section></section>
<script src="https://www.craigslist.org/static/www/d58afecc8a4a4e4f2ad1.js" async></script></body></html>`;
const craigslist: TestPage = {
  html: clHtml,
  name: 'heldout177-craigslist-posting',
  kind: 'blog',
  // the title is the title text of the h1 (its price and neighbourhood are in neither list); the attribute group is in
  // neither list; the posted / updated times are bylines
  title: clTitle,
  headings: [],
  body: texts(clBody),
  bylines: ['posted: 2025-11-01 09:42', 'updated: 2025-11-06 18:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CL', ...clCrumbs, 'post', 'account', '0 favorites', 'avoid scams, deal locally', 'reply', 'favorite', 'hide', 'flag', 'image 1 of 9', 'google map',
    '© OpenStreetMap', 'QR Code Link to This Post', 'do NOT contact me with unsolicited services or offers', 'post id: 7894412307', 'best of',
    ...clSafety, '© 2025 craigslist', ...clFoot,
  ],
};

export const HELDOUT177_A: readonly TestPage[] = [craigslist, zillowListing];
