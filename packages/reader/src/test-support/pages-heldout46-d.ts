import { links, type TestPage } from './page-kit.js';
import { etsyListing } from './pages-heldout46-d2.js';

/**
 * Held-out batch 46, file d: a Craigslist housing posting (global header with the CL logo, breadcrumbs and post/account links,
 * prev/next and favorite/hide/flag/share buttons, the posting title with price, size and area, the hidden reply panel, the
 * swipe gallery with its thumbnails, the map with its address and attribution, attribute groups, the posting body written
 * with <br> lines behind the print-only QR code label, the notices, post id and posted/updated times, the safety links and
 * the footer).
 */
const clTitle = 'Sunny top-floor 1BR in quiet fourplex, walk to BART';
const clParas = [
  'Top floor of a 1920s fourplex on a quiet, tree-lined block between College Ave and the Rockridge BART station (about a ' +
    '7 minute walk). Available November 1st.',
  'The unit gets morning sun in the kitchen and afternoon light in the living room, which looks out over the lemon tree next ' +
    'door. Original hardwood floors throughout, a good-sized bedroom that fits a queen bed and a desk, and a walk-in closet that ' +
    'is honestly the best feature of the place.',
  'Details:',
];
const clDetails = [
  '1 bedroom, 1 bath, about 640 sq ft',
  'Gas stove, refrigerator and dishwasher (all replaced in 2023)',
  'Shared washer and dryer in the basement, no coins',
  'One off-street parking space in the driveway, tandem with the downstairs unit',
  'Water and garbage included, tenant pays PG&E and internet',
  'Cats OK with a $300 deposit, sorry no dogs (building insurance)',
];
const clParas2 = [
  'Rent is $1,850 a month with a one-year lease, security deposit of one month’s rent. We run a credit check ($35, paid to the ' +
    'screening company, not to us) and ask for proof of income of about two and a half times the rent.',
  'We are a retired couple who live in the ground-floor unit and look after the building ourselves, so repairs get done quickly ' +
    'and we never send anyone in without notice. We would love a tenant who plans to stay a while; the last one was here six years.',
  'Open house Saturday 11/15 from 10 to noon. Please reply with a little about yourself and when you would like to move in. No ' +
    'phone calls please, we answer every email.',
];
const clCrumbs = ['SF bay area', 'east bay', 'housing', 'apts/housing for rent'];
const clAttrs1 = ['1BR / 1Ba', '640ft2', 'available nov 1'];
const clAttrs2 = ['apartment', 'laundry in bldg', 'off-street parking', 'cats are OK - purrr', 'no smoking'];
const clReply = ['reply by email:', 'webmail links:', 'gmail', 'yahoo mail', 'outlook', 'aol', 'copy and paste into your email:'];
const clSafety = ['avoid scams and fraud', 'personal safety tips', 'terms of use', 'report a problem'];
const clFoot = ['help', 'safety', 'privacy', 'feedback', 'terms', 'about', 'craigslist app', 'cl worldwide'];
const br = (lines: readonly string[]): string => lines.map((l) => l.replace(/&/g, '&amp;')).join('<br>\n');
const clHtml = `<!DOCTYPE html>
<html class="no-js"><head><meta charset="UTF-8"><title>${clTitle} - apts/housing for rent - apartment rent - craigslist</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://sfbay.craigslist.org/eby/apa/d/oakland-sunny-top-floor-1br/7893402215.html">
<script type="application/ld+json" id="ld_posting_data">{"@context":"https://schema.org","@type":"Apartment","name":"${clTitle}","numberOfBedrooms":1,
"numberOfBathroomsTotal":1,"address":{"@type":"PostalAddress","addressLocality":"Oakland","addressRegion":"CA","postalCode":"94618"},
"petsAllowed":true}</script>
<script>var pID = "7893402215"; var imageConfig = {"size":{"1":"50x50c","4":"600x450"},"hostname":"https://images.craigslist.org"};</script>
<link rel="stylesheet" href="//www.craigslist.org/styles/cl-posting.css?v=9f4c2"></head>
<body class="posting en desktop w1024 show-curtain"><section class="page-container"><section class="body">
<header class="global-header wide"><a class="header-logo" name="logoLink" href="/">CL</a><nav class="breadcrumbs-container"><ul class="breadcrumbs">
${clCrumbs.map((c, i) => `<li class="crumb ${['area', 'subarea', 'section', 'category'][i]}"><a href="/search/${i}">${c}</a><p>&gt;</p></li>`).join('')}</ul>
</nav>
<div class="userlinks"><ul class="user-actions"><li class="user post"><a href="https://post.craigslist.org/c/sfo">post</a></li>
<li class="user account"><a href="https://accounts.craigslist.org/login/home">account</a></li></ul></div></header>
<section class="dateReplyBar"><div class="prevnext"><a class="prev" href="#">◀ prev</a><a class="backup" href="#">▲</a><a class="next" href="#">next ▶</a></div>
<button class="reply-button js-only" role="button">reply</button><span class="favorite-button">favorite</span><span class="hide-button">hide</span>
<span class="flag-button">flag</span><span class="share-button">share</span></section>
<div class="reply-info js-only" style="display:none"><ul class="reply-options"><li>${clReply[0]}</li><li><a class="mailapp" href="mailto:">
f3a1c0d8e2b44f1a@hous.craigslist.org</a></li><li>${clReply[1]}</li>${clReply
  .slice(2, 6)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}<li>${clReply[6]}</li></ul></div>
<h1 class="postingtitle"><span class="postingtitletext"><span class="price">$1,850</span><span class="housing"> / 1br - 640ft<sup>2</sup> - </span>
<span id="titletextonly">${clTitle}</span><span> (oakland rockridge)</span></span></h1>
<section class="userbody"><figure class="iw multiimage"><div class="gallery"><div class="swipe"><div class="swipe-wrap">
<div class="slide first visible" data-imgid="3:00J0J_k9ZqLt2m7Wd_0CI0t2"><img src="https://images.craigslist.org/00J0J_k9ZqLt2m7Wd_0CI0t2_600x450.jpg"
title="1" alt="1"></div></div></div><span class="slider-info">image 1 of 9</span><button class="slider-back arrow">&lt;</button>
<button class="slider-forward arrow">&gt;</button></div>
<div id="thumbs">${[1, 2, 3, 4].map((n) => `<a href="#" id="${n}_thumb" class="thumb"><img alt="${n}"></a>`).join('')}
</div></figure>
<div class="mapAndAttrs"><div class="mapbox"><div id="map" class="viewposting" data-latitude="37.8441" data-longitude="-122.2518" data-accuracy="10"></div>
<div class="mapaddress">Cavour St near College Ave</div><p class="mapaddress">
<small>(<a target="_blank" href="https://maps.google.com/?q=37.8441,-122.2518">google map</a>)</small></p>
<p class="map-attribution">Map data © OpenStreetMap</p></div>
<div class="attrgroup">${clAttrs1
  .map((a, i) => `<span class="${i === 0 ? 'attr important' : 'attr'}"><b>${a === '640ft2' ? '640ft<sup>2</sup>' : a}</b></span>`)
  .join(' ')}</div>
<div class="attrgroup">${clAttrs2.map((a) => `<div class="attr"><span class="valu">${a}</span></div>`).join('\n')}</div></div>
<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p>
<div class="print-qrcode" data-location="https://sfbay.craigslist.org/eby/apa/d/oakland-sunny-top-floor-1br/7893402215.html"></div></div>
${br(clParas.slice(0, 2))}<br>
<br>
${clParas[2]}<br>
${br(clDetails.map((d) => `- ${d}`))}<br>
<br>
${br(clParas2.flatMap((p) => [p, '']))}
</section>
<ul class="notices"><li>do NOT contact me with unsolicited services or offers</li></ul>
<div class="postinginfos"><p class="postinginfo">post id: 7893402215</p><p class="postinginfo reveal">posted: <time class="date timeago"
datetime="2025-11-09T14:22:51-0800" title="Sun 09 Nov 02:22:51 PM">2025-11-09 14:22</time></p><p class="postinginfo reveal">updated: <time
class="date timeago" datetime="2025-11-12T08:05:17-0800">2025-11-12 08:05</time></p><p class="postinginfo"><a href="/about/best-of-craigslist"
class="bestof-link">♥ best of</a> <sup>[<a href="/about/best-of-craigslist">?</a>]</sup></p></div></section>
<aside class="safety-links"><ul>${links(clSafety)}</ul></aside></section>
<footer><ul class="clfooter"><li>© 2025 <a href="https://www.craigslist.org/about/">craigslist</a></li>${links(clFoot)}</ul></footer></section></body></html>`;
const craigslist: TestPage = {
  html: clHtml,
  name: 'heldout46-craigslist-posting',
  kind: 'blog',
  // the posting body is the article: its paragraphs, the "Details:" lead-in and the dash lines (dashes in neither list); the
  // title is the posting title without the price, size and area spans that share its h1 (those are furniture, as are the
  // attribute groups); the page has no author, so the posted and updated times are the bylines ("posted:" and "updated:" in
  // neither); the print-only QR label, the hidden reply panel, gallery counter, map address and attribution, notices, post
  // id, best-of link, buttons, breadcrumbs, safety links and footer are furniture; the footer's "about" is a word of a short
  // body line (the first detail line): left out
  title: clTitle,
  headings: [],
  body: [...clParas, ...clDetails, ...clParas2],
  bylines: ['2025-11-09 14:22', '2025-11-12 08:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'CL', ...clCrumbs, 'post', 'account', '◀ prev', 'next ▶', 'reply', 'favorite', 'hide', 'flag', 'share', ...clReply, '$1,850', '/ 1br - 640ft2 -',
    '(oakland rockridge)', 'image 1 of 9', 'Cavour St near College Ave', 'google map', 'Map data © OpenStreetMap', ...clAttrs1, ...clAttrs2,
    'QR Code Link to This Post', 'do NOT contact me with unsolicited services or offers', 'post id: 7893402215', '♥ best of', ...clSafety,
    '© 2025 craigslist', ...clFoot.filter((t) => t !== 'about'),
  ],
};

export const HELDOUT46_D: readonly TestPage[] = [craigslist, etsyListing];
