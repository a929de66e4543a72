import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 210, file e2: a Bring a Trailer auction listing, ended (WordPress listing template: header with
 * "Auctions", "Submit a Vehicle" and "Sign Up", the title and subtitle, the "Sold for" result bar with date, the gallery
 * button, "Watch" and share buttons, the "BaT Essentials" box (seller, location, lot, chassis, item list), the listing
 * text with captioned photos, the "Auction Result" table, "Filed under" and "View all" links, the comment and bid thread
 * with "Flag as not constructive" and "Reply", the comment-sign-in prompt, "Recent listings" rail and footer).
 */
const btTitle = '1991 Varda 745 Turbo Wagon 5-Speed';
const btP = [
  'This 1991 Varda 745 Turbo Wagon was bought new in Portland, Oregon, and remained with its original owner until 2019, when it ' +
    'was acquired by the seller. It is finished in Sable Green Metallic over grey velour and is powered by a turbocharged 2.3-liter ' +
    'inline-four paired with a five-speed manual transmission. The car now shows 142k miles and is offered with the original ' +
    'window sticker, service records dating to 1993, and a clean Oregon title in the seller’s name.',
  'The paint was refinished in the original color in 2020, and the seller notes small chips on the front bumper and a scuff on the ' +
    'rear hatch, shown in the gallery. Factory fog lamps, a roof rack and a rear-facing third-row seat are fitted. The 15-inch ' +
    'turbine-style alloy wheels are mounted with 195/65 tires installed in 2023.',
  'The grey velour interior includes heated front seats, power windows, and a factory cassette stereo. A tear in the driver’s ' +
    'seat bolster was repaired in 2021, and the headliner was replaced at the same time. The instrument cluster includes a boost ' +
    'gauge, and the odometer has been repaired; the seller states the mileage shown is accurate and supported by records.',
  'Work under current ownership included replacing the timing belt, water pump, intercooler hoses and clutch in 2022 at ' +
    '138k miles, along with a rebuilt radiator and new engine mounts. A recent service included an oil change, a new fuel filter ' +
    'and a coolant flush.',
  'The seller reports that the air conditioning was converted to R134a refrigerant in 2005 and blows cold, and that the cruise ' +
    'control and all power accessories work as designed. A recent inspection report is included in the gallery.',
];
const btList = ['Timing belt and tensioner (2022)', 'Clutch kit and slave cylinder (2022)', 'Radiator rebuild (2023)', 'Front brake pads and rotors (2024)'];
const btEss = [
  'BaT Essentials',
  'Seller: tillamook_tom',
  'Location: Salem, Oregon 97301',
  'Chassis: YV1FA8852M1234567',
  '142k Miles',
  'Turbocharged 2.3-Liter Inline-Four',
  'Five-Speed Manual Transmission',
  'Private Party or Dealer: Private Party',
  'Lot #188,402',
];
const btNav = ['Auctions', 'Results', 'Stories', 'Podcast', 'Shop', 'Submit a Vehicle', 'Sign Up', 'Log In'];
const btResult = [
  'Sold for USD $18,750 on 3/2/26',
  'Auction Result',
  'Winning Bid',
  'USD $18,750 by kvalheim_k',
  'Auction Ended',
  'March 2nd, 2026 at 2:17pm',
  'Bids',
  '41',
  'Views',
  '12,408',
  'Watchers',
  '611',
];
const btCaps = ['The seller’s photos of the chip on the front bumper.', 'The rebuilt radiator installed in 2023.'];
const btComments = [
  ['gearjammer88', 'Mar 1 at 10:11 AM', 'Had one of these in burgundy through college. Indestructible. Glad to see one with the manual and records.'],
  ['tillamook_tom', 'Mar 1 at 10:34 AM', 'Thanks! Happy to answer any questions. Cold start video is in the gallery, third from the end.'],
  ['kvalheim_k', 'Mar 2 at 2:16 PM', 'USD $18,750 bid placed by kvalheim_k'],
];
const btRecent = ['1987 Varda 240 DL Sedan', '2004 Halden Ridgeway 4x4', '1995 Marlowe Astor GTi'];
const btFoot = ['About', 'How it Works', 'Contact', 'Careers', 'Privacy', 'Terms of Use'];
const btCopy = '© 2026 Bring a Trailer Media, LLC. All rights reserved.';
const btHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>1991 Varda 745 Turbo Wagon 5-Speed for sale on BaT Auctions - sold for $18,750 on March 2, 2026 (Lot #188,402)
| Bring a Trailer</title><meta name="description" content="${btP[0]?.slice(0, 150)}"><meta property="og:title" content="${btTitle}">
<link rel="canonical" href="https://bringatrailer.com/listing/1991-varda-745-turbo-wagon/"><meta name="generator" content="WordPress">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${btTitle}",
"offers":{"@type":"Offer","price":"18750","priceCurrency":"USD"}}</script>
<script>var BAT_VMS = {"listing_id":188402,"ended":true};</script><script src="/wp-content/themes/bringatrailer/assets/js/listing.min.js" defer></script>
</head><body class="listing-template-default single single-listing postid-188402">
<header class="header"><div class="header-inner"><a class="logo" href="/">Bring a Trailer</a><nav class="header-nav"><ul>${links(btNav, 'menu-item')}</ul>
</nav></div></header>
<main class="content-main"><div class="listing-intro"><div class="container"><div class="listing-post-title-container">
<h1 class="post-title listing-post-title">${btTitle}</h1><p class="listing-subtitle">Lot #188,402</p></div>
<div class="listing-available-info"><span class="info-value noborder-tiny">${btResult[0]}</span></div>
<div class="listing-actions"><button class="button-watch" data-bind="click: watch">Watch</button><button class="button-share">Share</button></div></div></div>
<div class="listing-gallery"><img src="https://bringatrailer.com/wp-content/uploads/2026/02/1991_varda_745_1.jpg" alt="">
<button class="gallery-open">View All Photos (214)</button></div>
<div class="container"><div class="row"><div class="column column-left"><div class="post-excerpt">
<p>${btP[0]}</p><figure><img src="/wp-content/uploads/2026/02/1991_varda_745_chip.jpg" alt=""><figcaption>${btCaps[0]}</figcaption></figure>
<p>${btP[1]}</p><p>${btP[2]}</p><p>${btP[3]}</p><p>${btP[4]}</p><p>Records on file show the following recent work:</p>
<ul>${btList.map((t) => `<li>${t}</li>`).join('\n')}</ul><figure><img src="/wp-content/uploads/2026/02/1991_varda_745_rad.jpg" alt="">
<figcaption>${btCaps[1]}</figcaption></figure>
<p>This 745 Turbo Wagon is offered with the original window sticker, owner’s manuals, service records, and a clean Oregon title.</p></div>
<div class="listing-stats"><h3>${btResult[1]}</h3><table id="listing-bid"><tbody><tr><td>${btResult[2]}</td><td>${btResult[3]}</td></tr>
<tr><td>${btResult[4]}</td><td>${btResult[5]}</td></tr><tr><td>${btResult[6]}</td><td>${btResult[7]}</td></tr>
<tr><td>${btResult[8]}</td><td>${btResult[9]}</td></tr><tr><td>${btResult[10]}</td><td>${btResult[11]}</td></tr></tbody></table></div>
<div class="group-title-label">Filed under</div><ul class="listing-filed">${links(['Varda', 'Wagons', 'Manual Transmission', 'Oregon'])}</ul>
<a class="view-all" href="/varda/">View all listings</a>
<div id="comments-javascript-enabled" class="comments"><h2 class="comments-title">Comments</h2><p class="comments-signin">Sign in to comment and bid.</p>
<ul class="comments-list">
${btComments
  .map(
    ([u, t, c]) => `<li class="comment"><div class="comment-author"><a href="/member/${u}/">${u}</a><span class="comment-datetime">${t}</span></div>
<div class="comment-body"><p>${c}</p></div><div class="comment-actions"><a class="comment-reply" href="#">Reply</a>
<a class="comment-flag" href="#">Flag as not constructive</a></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="column column-right"><div class="essentials"><div class="item"><strong>${btEss[0]}</strong></div><div class="item">${btEss[1]}</div>
<div class="item">${btEss[2]}</div><div class="item">${btEss[3]}</div><div class="item"><ul>${btEss
  .slice(4, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div><div class="item">${btEss[7]}</div><div class="item">${btEss[8]}</div></div>
<section class="recent-listings"><h3>Recent listings</h3><ul>${links(btRecent)}</ul></section></div></div></div></main>
<footer class="footer"><ul>${links(btFoot)}</ul><p>${btCopy}</p></footer></body></html>`;
const btBodyHtml = [
  ...btP,
  'Records on file show the following recent work:',
  ...btList,
  'This 745 Turbo Wagon is offered with the original window sticker, owner’s manuals, service records, and a clean Oregon title.',
];
export const bat: TestPage = {
  html: btHtml,
  name: 'heldout210-bringatrailer-listing',
  kind: 'blog',
  // the "BaT Essentials" box and the lot subtitle are in neither list (listing data); the result bar and table, the
  // comment and bid thread (a listing's reader comments) and the captions are furniture; the listing has no byline
  title: btTitle,
  headings: [],
  body: texts(btBodyHtml),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bring a Trailer', ...btNav, ...btResult.filter((t) => t !== '41'), 'Watch', 'Share', 'View All Photos (214)', ...btCaps, 'Filed under', 'Wagons',
    'Manual Transmission', 'View all listings', 'Comments', 'Sign in to comment and bid.', ...btComments.flat(), 'Reply', 'Flag as not constructive',
    'Recent listings', ...btRecent, ...btFoot, btCopy,
  ],
};
