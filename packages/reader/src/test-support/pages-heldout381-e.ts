import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file e: a Discogs-style release page with its marketplace box (React CSS-module classes, the
 * "Artist – Title" h1, release info table, tracklist table, credits, notes, for-sale box with lowest price, statistics,
 * videos, lists and reviews rail, cookie banner, footer) and a Reverb-style gear listing (Rails + React item2 classes,
 * condition badge, price with offers, shop card, "About This Listing", product specs table, shipping, shop policies,
 * similar listings, newsletter sign-up, footer).
 */
const dcTitle = 'The Saltmarsh Quartet – Low Water Songs';
const dcTracks: [string, string, string][] = [
  ['A1', 'Tide Clock', '5:12'],
  ['A2', 'Heron at the Sluice Gate', '7:48'],
  ['A3', 'Mudlark', '4:05'],
  ['B1', 'Low Water Song', '9:31'],
  ['B2', 'The Lantern Boat', '6:20'],
];
const dcCredits = [
  'Double Bass – Ines Kaur',
  'Drums – Colm Arden',
  'Piano – Beatrix Onslow',
  'Tenor Saxophone, Composed By – Marius Pell',
  'Recorded By – Hal Fenwick',
];
const dcNotes = [
  j(
    'Recorded in a single day at Greyfriars Hall, Saltmouth, on 14 September 1977, using two microphones and a borrowed',
    'portable tape machine. Released on the band’s own label in an edition that the sleeve states as 500 copies.',
  ),
  j(
    'From the back sleeve: “These songs were written on the estuary during the lowest tides of the year, when the boats sit',
    'on the mud and the town goes quiet. We played them in the order they were written, with no second takes, because the',
    'hall had to be cleared for a dance at seven.”',
  ),
  j(
    'The first pressing has a plain white inner sleeve and a hand-numbered sticker on the rear of the jacket. Labels are',
    'printed in dark blue on cream. Side B plays slightly fast on many copies, which the band acknowledged in a later interview',
    'and put down to the tape machine running on a flat battery for the second half of the session.',
  ),
  j(
    'Matrix runout etchings are hand-written, and the B side carries an extra “ask for Dot” inscription, reportedly a message',
    'to the cutting engineer’s colleague. A 1994 CD reissue adds two rehearsal takes and is listed separately.',
  ),
  j('Track timings are taken from the centre labels, which differ from the sleeve for A2; the label timing is correct.'),
];
const dcInfo: [string, string][] = [
  ['Label:', 'Estuary Records – EST 003'],
  ['Format:', 'Vinyl, LP, Album, Limited Edition, Numbered'],
  ['Country:', 'UK'],
  ['Released:', '1978'],
  ['Genre:', 'Jazz'],
  ['Style:', 'Post Bop, Modal'],
];
const dcNav = ['Explore', 'Marketplace', 'Community', 'Sell Music', 'Log In', 'Register'];
const dcLists = ['Best British small-label jazz', 'Estuary Records discography in order'];
const dcFoot = ['About Discogs', 'Careers', 'Help Center', 'Developers', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Accessibility'];
const dcHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Saltmarsh Quartet - Low Water Songs | Releases | Discogs</title>
<meta name="description" content="View credits, reviews, tracks and shop for the 1978 Vinyl release of Low Water Songs on Discogs.">
<meta property="og:title" content="The Saltmarsh Quartet – Low Water Songs"><meta property="og:type" content="music.album">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRelease","name":"Low Water Songs","musicReleaseFormat":
"http://schema.org/VinylFormat","releaseOf":{"@type":"MusicAlbum","byArtist":[{"@type":"MusicGroup","name":"The Saltmarsh Quartet"}]}}</script>
<script>window.__APOLLO_STATE__={"Release:11902277":{"__typename":"Release","title":"Low Water Songs","year":1978}};</script>
<link rel="stylesheet" href="https://catalog-assets.discogs.example/release.7f2a1c.css"></head>
<body><div id="app"><div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We use cookies and similar technologies to
personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="_header_10bd7_1"><a href="/" class="_logo_10bd7_9" aria-label="Discogs">Discogs</a><input type="search" placeholder="Search artists,
albums and more..."><nav><ul class="_nav_10bd7_30">${links(dcNav, '_navItem_10bd7_35')}</ul></nav></header>
<main class="_main_1o6lr_1"><div class="_body_1o6lr_12"><div class="_info_1o6lr_20"><div class="_image_1o6lr_25"><img
src="https://i.discogs.example/R-11902277-1.jpeg" alt="The Saltmarsh Quartet - Low Water Songs album cover"><a href="/release/11902277/image">More
images</a></div>
<div class="_info_23nnx_1"><h1 class="_title_1q3xW">The Saltmarsh Quartet – Low Water Songs</h1><table class="_table_1fWaB"><tbody>
${dcInfo.map(([k, v]) => `<tr><th scope="row">${k}</th> <td>${v}</td></tr>`).join('\n')}</tbody></table></div></div>
<section id="release-tracklist" class="_section_1a8ad_1"><header class="_header_W2hzl"><h2>Tracklist</h2></header>
<table class="_tracklist_3QGRS"><tbody>${dcTracks
  .map(
    ([p, t, d]) => `<tr data-track-position="${p}"><td class="_trackPos_3QGRS">${p}</td> <td class="_trackTitle_3QGRS"><span>${t}</span></td>
<td class="_duration_3QGRS">${d}</td></tr>`,
  )
  .join('\n')}</tbody></table></section>
<section id="release-credits" class="_section_1a8ad_1"><header class="_header_W2hzl"><h2>Credits</h2></header>
<ul class="_list_1x8q1">${dcCredits.map((c) => `<li>${c}</li>`).join('')}</ul></section>
<section id="release-notes" class="_section_1a8ad_1"><header class="_header_W2hzl"><h2>Notes</h2></header>
<div class="_notes_3ekMy">${dcNotes.join('<br><br>\n')}</div></section>
<section id="release-barcodes" class="_section_1a8ad_1"><header class="_header_W2hzl"><h2>Barcode and Other Identifiers</h2></header>
<ul><li>Matrix / Runout (Side A): EST 003 A1 HF</li><li>Matrix / Runout (Side B): EST 003 B1 HF ask for Dot</li></ul></section>
<section id="release-reviews" class="_section_1a8ad_1"><header class="_header_W2hzl"><h2>Reviews</h2></header>
<div class="_review_2pC3d"><a href="/user/tidewatcher">tidewatcher</a> <span>September 12, 2025</span>
<p>Worth every penny of a collector’s price. The fast B side stops bothering you after the second listen.</p></div>
<a href="/release/11902277/reviews">Add Review</a></section></div>
<aside class="_side_1o6lr_80"><section id="release-marketplace" class="_marketplace_2Dr6c"><h3>For sale on Discogs</h3>
<p>3 copies from £86.00</p><a href="/sell/release/11902277" class="_buy_2Dr6c">Buy a copy</a><a href="/sell/post/11902277">Sell a copy</a></section>
<section id="release-stats" class="_stats_1wKsd"><h3>Statistics</h3><ul><li><span>Have:</span> <a>212</a></li><li><span>Want:</span> <a>1,447</a></li>
<li><span>Avg Rating:</span> 4.62 / 5</li><li><span>Last Sold:</span> Jan 30, 2026</li></ul></section>
<section id="release-videos"><h3>Videos (2)</h3><ul>${links(['Heron at the Sluice Gate (live, 1979)', 'Low Water Song – full side'])}</ul></section>
<section id="release-lists"><h3>Lists</h3><ul>${links(dcLists)}</ul></section>
<section id="release-contributors"><h3>Contributors</h3><p>Submitted by saltmouth_records, edited by vinyl_harrier</p>
<p>Data Quality: Correct</p><a href="/release/edit/11902277">Edit Release</a></section></aside></main>
<footer class="_footer_1ugjf_1"><ul>${links(dcFoot)}</ul><p>© 2026 Discogs®</p></footer></div>
<script src="https://catalog-assets.discogs.example/release.7f2a1c.js" defer></script></body></html>`;
const discogs: TestPage = {
  name: 'heldout381-discogs-release',
  kind: 'docs',
  html: dcHtml,
  title: dcTitle,
  headings: ['Tracklist', 'Credits', 'Notes'],
  body: [...dcTracks.map(([, t]) => t), ...dcCredits, ...texts(dcNotes)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'I Accept', 'Cookie Settings',
    'Discogs', ...dcNav, 'More images', 'Barcode and Other Identifiers', 'Matrix / Runout (Side A): EST 003 A1 HF',
    'Matrix / Runout (Side B): EST 003 B1 HF ask for Dot', 'Reviews', 'tidewatcher', 'September 12, 2025',
    'Worth every penny of a collector’s price. The fast B side stops bothering you after the second listen.', 'Add Review',
    'For sale on Discogs', '3 copies from £86.00', 'Buy a copy', 'Sell a copy', 'Statistics', 'Have:', 'Want:', 'Avg Rating:', '4.62 / 5',
    'Last Sold:', 'Jan 30, 2026', 'Videos (2)', 'Heron at the Sluice Gate (live, 1979)', 'Low Water Song – full side', 'Lists', ...dcLists,
    'Contributors', 'Submitted by saltmouth_records, edited by vinyl_harrier', 'Data Quality: Correct', 'Edit Release', ...dcFoot, '© 2026 Discogs®',
  ],
};

const rvTitle = 'Brandell Westerly ’68 Reissue Semi-Hollow, Sunburst, 2019, with OHSC';
const rvBody = [
  j(
    'This is a 2019 Brandell Westerly ’68 reissue in three-tone sunburst, bought new from us and traded back in by its first',
    'owner last month. It has been played but clearly looked after, and it has just been through our workshop.',
  ),
  'Condition and workshop notes',
  j(
    'There is light buckle rash on the back, mostly in the finish only, and a small ding on the lower horn that has not gone',
    'through to the wood. The binding is intact all the way round. Frets are at roughly 85 percent with no grooves under the',
    'strings in the first five positions, and we gave them a light polish.',
  ),
  j(
    'Our tech set it up with 10-46 strings, the action at 1.6mm on the low E at the twelfth fret, and intonated it. The truss',
    'rod has plenty of adjustment left. The neck is straight and the neck joint is solid with no cracks or finish lines.',
  ),
  j(
    'Electronics are all original and quiet: the pots were cleaned, the three-way switch is crisp, and the pickups measured',
    '7.9k and 8.4k. The tuners hold well and the bridge studs are tight in the top.',
  ),
  'What’s included',
  'Original oval hardshell case with the key',
  'Truss rod wrench and the original hang tags',
  'Our 30-day workshop guarantee on the setup',
  j(
    'We ship in a double box inside the hardshell case, fully insured, and are happy to take more photos or a short video',
    'of anything you want to see. The guitar can also be tried in our shop in Canalside, Mossley Wharf, by appointment.',
  ),
];
const rvSpecs: [string, string][] = [
  ['Condition', 'Excellent'],
  ['Brand', 'Brandell'],
  ['Model', 'Westerly ’68 Reissue'],
  ['Finish', 'Three-Tone Sunburst'],
  ['Categories', 'Semi-Hollow Electric Guitars'],
  ['Year', '2019'],
  ['Made In', 'United Kingdom'],
];
const rvNav = ['Electric Guitars', 'Amps', 'Effects and Pedals', 'Acoustic Guitars', 'Bass Guitars', 'Keyboards and Synths', 'Drums', 'Pro Audio'];
const rvSimilar = ['Brandell Westerly 2016, Cherry, with case', 'Ardmore SH-3 Semi-Hollow, Natural', 'Fenwick Archtop Jr, 1998, Tobacco Burst'];
const rvFoot = ['About Reverb', 'Careers', 'Help Center', 'Reverb Protection', 'Terms & Conditions', 'Privacy Policy', 'Accessibility'];
const rvHtml = `<!DOCTYPE html><html lang="en" class="reverb-marketplace"><head><meta charset="utf-8"><title>${rvTitle} | Reverb UK</title>
<meta name="description" content="This is a 2019 Brandell Westerly ’68 reissue in three-tone sunburst.">
<meta property="og:title" content="${rvTitle}"><meta property="og:type" content="product"><meta name="csrf-token" content="Xq1...">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${rvTitle}","brand":"Brandell","offers":
{"@type":"Offer","price":"1349.00","priceCurrency":"GBP","itemCondition":"http://schema.org/UsedCondition"}}</script>
<script>window.__INITIAL_STATE__={"listing":{"id":"81277311","state":"live","shopId":"2204","acceptsOffers":true}};</script></head>
<body class="site-body"><div class="reverb-header"><div class="reverb-header__inner"><a href="/" class="reverb-header__logo">Reverb</a>
<input class="site-search__input" placeholder="Shop for used &amp; new music gear"><a href="/my/selling/listings/new" class="reverb-header__nav__link">Sell
Your Gear</a><a href="/signin" class="reverb-header__nav__link">Log In</a><a href="/signup" class="reverb-header__nav__link">Sign Up</a></div>
<nav class="reverb-header__category-nav"><ul>${links(rvNav, 'reverb-header__category-nav__item')}</ul></nav></div>
<main id="main-content" class="item2"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(
  ['Home', 'Electric Guitars', 'Semi-Hollow'],
  'breadcrumbs__item',
)}</ol></nav>
<div class="item2-top"><div class="item2-gallery"><img src="https://rvb-img.reverb.example/image/upload/s--k1--/a_0/f_auto/81277311.jpg" alt="${rvTitle}">
<span class="item2-gallery__count">1 / 16</span></div>
<div class="item2-top__info"><div class="item2-title"><h1 class="item2-title__inner">${rvTitle}</h1></div>
<span class="condition-display condition-display--excellent">Excellent</span>
<div class="item2-price-display"><span class="price-display">£1,349</span><span class="item2-price-display__original">£1,450</span>
<span class="item2-price-display__shipping">+ £40 Shipping</span></div><p class="item2-offers">This seller accepts offers</p>
<div class="item2-buttons"><button class="rc-button rc-button--filled">Add to Cart</button><button class="rc-button rc-button--outlined">Make an
Offer</button><button class="rc-button rc-button--muted">Watch</button></div>
<div class="item2-protection"><p>Reverb Protection: full refund if the item is not as described.</p></div>
<div class="item2-shop-overview"><a href="/shop/canalside-guitar-exchange" class="item2-shop-overview__name">Canalside Guitar Exchange</a>
<span class="item2-shop-overview__location">Mossley Wharf, United Kingdom</span><span class="rc-star-rating">(1,208)</span>
<span class="item2-shop-overview__badge">Preferred Seller</span><button>Message Seller</button></div></div></div>
<div class="item2-details"><section class="item2-description"><h2 class="item2-section-title">About This Listing</h2>
<p class="item2-listed-date">Listed: 3 weeks ago</p><div class="item2-description__content">
<p>${rvBody[0]}</p><h3>${rvBody[1]}</h3><p>${rvBody[2]}</p><p>${rvBody[3]}</p><p>${rvBody[4]}</p><h3>${rvBody[5]}</h3>
<ul>${rvBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${rvBody[9]}</p></div></section>
<section class="item2-specs"><h2 class="item2-section-title">Product Specs</h2><table class="spec-list"><tbody>${rvSpecs
  .map(([k, v]) => `<tr><td class="spec-list__label">${k}</td> <td class="spec-list__value">${v}</td></tr>`)
  .join('\n')}</tbody></table></section>
<section class="item2-shipping"><h2 class="item2-section-title">Shipping</h2><p>Ships from Mossley Wharf, United Kingdom. Ships within 2 business
days.</p></section>
<section class="item2-shop-policies"><h2 class="item2-section-title">Return Policy</h2><p>Returns accepted within 7 days; buyer pays return
shipping.</p></section></div>
<section class="item2-similar"><h2>Similar Listings</h2><ul>${links(rvSimilar, 'rc-listing-card')}</ul></section>
<section class="newsletter-signup"><h2>Get the latest deals and gear news</h2><input type="email" placeholder="Email address">
<button>Subscribe</button></section></main>
<footer class="site-footer"><ul>${links(rvFoot)}</ul><p>© 2026 Reverb.com LLC</p></footer></body></html>`;
const reverb: TestPage = {
  name: 'heldout381-reverb-listing',
  kind: 'docs',
  html: rvHtml,
  title: rvTitle,
  headings: ['About This Listing', 'Condition and workshop notes', 'What’s included'],
  body: texts(rvBody.filter((_, i) => i !== 1 && i !== 5)),
  bylines: ['Listed: 3 weeks ago', 'Canalside Guitar Exchange'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reverb', 'Sell Your Gear', 'Log In', 'Sign Up', ...rvNav, 'Home', '1 / 16', 'Excellent', '£1,349', '£1,450', '+ £40 Shipping',
    'This seller accepts offers', 'Add to Cart', 'Make an Offer', 'Watch', 'Reverb Protection: full refund if the item is not as described.',
    'Mossley Wharf, United Kingdom', '(1,208)', 'Preferred Seller', 'Message Seller', 'Product Specs',
    ...rvSpecs.map(([k]) => k).filter((k) => k !== 'Brand' && k !== 'Condition'),
    'Three-Tone Sunburst', 'Semi-Hollow Electric Guitars', 'Shipping', 'Ships within 2 business days.', 'Return Policy',
    'Returns accepted within 7 days; buyer pays return shipping.', 'Similar Listings', ...rvSimilar, 'Get the latest deals and gear news',
    'Subscribe', ...rvFoot, '© 2026 Reverb.com LLC',
  ],
};

export const HELDOUT381_E: readonly TestPage[] = [discogs, reverb];
