import { links, type TestPage, texts } from './page-kit.js';
import { airbnb } from './pages-heldout282-f2.js';
import { pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file f: a Craigslist for-sale posting (global header with the area > section > category breadcrumbs and
 * "my account", the reply / favorite / hide / flag bar, the h1 with title, price and neighbourhood, image gallery, map with
 * its address and attribute group, the posting body as bare text cut by line breaks after the print-only "QR Code Link to This
 * Post", the notices, post id / posted / updated lines and the footer) and, from file f2, an Airbnb room page.
 */
const cTitle = 'Solid walnut dresser, 6 drawers, mid-century style';
const cBody = pp(`
Selling the dresser that has lived in our spare room for the last eight years. We are moving across the country and it will not
fit in the truck, so it needs a new home by the end of the month.

It is solid walnut, not veneer, with six deep drawers on wooden runners that still slide smoothly. Dovetail joints on every
drawer. It was made by a local cabinet maker in the 1970s and has a small maker's stamp inside the top left drawer.

Measurements: 60 inches wide, 19 inches deep, 32 inches tall.

Condition is good for its age. There are a couple of light water rings on the top and one scratch on the left side, all shown
in the photos. No smells, no pets, no smoking in our house. All the original brass pulls are there.

It is heavy. You will need two people and a truck or a large van; I can lend a hand carrying it down the
front steps but cannot deliver.

Cash or a mobile payment on pickup. Price is firm. If this post is up, it is still available; please include your phone number
and a time that works for you when you write.
`);
const cCrumbs = ['alder falls', 'east side', 'for sale', 'furniture - by owner'];
const cAttrs = ['condition: good', 'make / manufacturer: handmade', 'model name / number: none', 'size / dimensions: 60 x 19 x 32'];
const cFoot = ['help', 'safety', 'privacy', 'feedback', 'terms', 'about', 'craigslist app', 'cl is hiring', 'sitemap'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Solid walnut dresser, 6 drawers, mid-century style - furniture - by owner - sale</title>
<meta name="description" content="Selling the dresser that has lived in our spare room for the last eight years.">
<meta property="og:title" content="Solid walnut dresser, 6 drawers, mid-century style - $180 (East Side)"><meta property="og:site_name" content="craigslist">
<link rel="canonical" href="https://alderfalls.craigslist.example/fuo/d/alder-falls-solid-walnut-dresser/7791024411.html">
<script type="application/ld+json" id="ld_posting_data">{"@type":"Product","name":"Solid walnut dresser, 6 drawers, mid-century style",
"offers":{"@type":"Offer","price":180.0,"priceCurrency":"USD","availableAtOrFrom":{"address":{"addressLocality":"Alder Falls"}}}}</script>
<script>var pID = "7791024411"; var buttonPostingID = "7791024411"; var imgList = [{"shortid":"3Fp0bZ","imgid":"1:00W0W_dQzc"}];</script>
<link rel="stylesheet" media="all" href="https://www.craigslist.example/static/www/css/posting.css"></head>
<body class="posting en desktop w1024 list no-infinite"><section class="page-container"><header class="global-header wide">
<a class="header-logo" name="logoLink" href="/">CL</a><nav class="breadcrumbs-container"><ul class="breadcrumbs">${cCrumbs
  .map((c, i) => `<li class="crumb ${['area', 'subarea', 'section', 'category'][i]}"><p><a href="/">${c}</a><span class="crumb-arrow">&gt;</span></p></li>`)
  .join('\n')}</ul></nav>
<div class="userlinks"><ul class="user-actions"><li class="user"><a href="https://accounts.craigslist.example/login/home">my
account</a></li></ul></div></header>
<section class="body"><div class="postingtitle"><div class="postingtitletext"><h1 class="postingtitle"><span class="postingtitletext">
<span id="titletextonly">${cTitle}</span> <span class="price">$180</span> <span class="postinginfo-location"> (East Side)</span></span></h1></div></div>
<div class="reply-button-row"><button class="reply-button js-only" role="button">reply</button><span class="favorite">favorite</span>
<span class="hide">hide</span><span class="flag"><a href="/flag">flag</a></span><span class="post-sms">Posted 2 days ago</span></div>
<section class="userbody"><figure class="iw multiimage"><div class="gallery"><div class="swipe"><div class="slide first visible"><img
src="https://images.craigslist.example/00W0W_dQzc_600x450.jpg" title="1" alt="1"></div></div><div class="slider-info">image 1 of 7</div></div></figure>
<div class="mapAndAttrs"><div class="mapbox"><div id="map" class="viewposting" data-latitude="45.52" data-longitude="-122.63" data-accuracy="11"></div>
<div class="mapaddress">near Linden Ave & 41st St</div><p class="mapaddress"><small>(<a href="https://maps.google.example/?q=loc">google
map</a>)</small></p></div>
<div class="attrgroup">${cAttrs
  .map((a) => {
    const [l, v] = a.split(': ');
    return `<div class="attr"><span class="labl">${l}:</span> <span class="valu">${v}</span></div>`;
  })
  .join('\n')}</div></div>
<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p>
<div class="print-qrcode" data-location="https://alderfalls.craigslist.example/fuo/d/7791024411.html"></div></div>
${cBody.join('\n<br>\n<br>\n')}
</section>
<ul class="notices"><li>do NOT contact me with unsolicited services or offers</li></ul>
<div class="postinginfos"><p class="postinginfo">post id: 7791024411</p>
<p class="postinginfo reveal">posted: <time class="date timeago" datetime="2026-10-04T09:12:44-0700" title="1791130364000">2026-10-04 09:12</time></p>
<p class="postinginfo reveal">updated: <time class="date timeago" datetime="2026-10-05T18:40:02-0700" title="1791251602000">2026-10-05 18:40</time></p>
<p class="postinginfo"><a href="/about/best/all/" class="bestof-link">best of</a> <span class="bestof">[?]</span></p></div></section>
<ul class="posting-sidebar-links"><li><a href="/safety">safety tips</a></li><li><a href="/about/prohibited">prohibited items</a></li>
<li><a href="/about/recalled_items">product recalls</a></li><li><a href="/about/scams">avoiding scams</a></li></ul></section>
<footer><ul class="clfooter"><li>© 2026 <span class="desktop">craigslist</span></li>${links(cFoot, '')}</ul></footer></section>
<script src="https://www.craigslist.example/static/www/js/posting.js"></script></body></html>`;
const craigslist: TestPage = {
  name: 'heldout282-craigslist-classified',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cBody),
  bylines: ['Posted 2 days ago', 'posted: 2026-10-04 09:12', 'updated: 2026-10-05 18:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cCrumbs, 'my account', '$180', '(East Side)', 'reply', 'favorite', 'flag', 'image 1 of 7', 'near Linden Ave & 41st St', 'google map', ...cAttrs,
    'QR Code Link to This Post', 'do NOT contact me with unsolicited services or offers', 'post id: 7791024411', 'best of', 'safety tips',
    'prohibited items', 'product recalls', 'avoiding scams', '© 2026 craigslist', ...cFoot.filter((t) => t !== 'safety'),
  ],
};

export const HELDOUT282_F: readonly TestPage[] = [craigslist, airbnb];
