import { links, type TestPage, texts } from './page-kit.js';
import { linkedinJob } from './pages-heldout177-b2.js';

/**
 * Held-out batch 177, file b: an Airbnb room (listing) page as a signed-out visitor saves it (the header with "Airbnb your
 * home" and the search pill, the listing h1 with Share / Save, the photo grid with "Show all photos", the overview h2 with
 * guests and rooms, the Guest favorite badge, "Hosted by" card, the highlights, the description with its bold section
 * labels and "Show more", where you'll sleep, amenities, the hidden calendar, the booking card, reviews, "Where you'll be"
 * with its neighbourhood text, "Meet your host", things to know, "Explore other options", the footer and the cookie
 * banner) and, from file b2, a LinkedIn job posting.
 */
const abTitle = 'Cedar loft above the boatyard, harbour views';
const abLabels = ['The space', 'Guest access', 'Other things to note', 'Neighborhood highlights'] as const;
const abIntro = [
  'A bright, quiet loft built into the roof of a working 1920s boatyard shed, right on the harbour at Port Aldwin. Wake up to ' +
    'the sound of halyards and gulls, drink your coffee on the little balcony and watch the fishing boats head out.',
];
const abSpace = [
  'The loft is one open room of about 55 square metres under a vaulted cedar ceiling, with a queen bed at the harbour end, a ' +
    'sofa bed by the wood stove and a long oak table that seats four. The kitchen has a two-burner induction hob, a small oven, ' +
    'a fridge with freezer compartment and everything you need to cook a proper meal, including good knives, a cast iron pan ' +
    'and a stovetop espresso pot.',
  'The bathroom has a walk-in shower with plenty of hot water, a heated towel rail and eco toiletries made on the island. There ' +
    'is fast fibre wifi, a record player with a shelf of old jazz and folk records, and blackout blinds on the big windows.',
  'Please note that the loft is reached by an outside wooden staircase of 22 steps, so it is not suitable for anyone with ' +
    'limited mobility or for very small children.',
];
const abAccess = [
  'You have the whole loft to yourselves, with a private entrance and a keypad lock. The yard below is still in use on weekdays ' +
    'from 8am to 4pm; you are welcome to wander and watch the shipwrights, but please keep to the marked path.',
];
const abOther = [
  'There is one free parking space in the yard, marked with the loft sign. Firewood for the stove is provided from October to ' +
    'April. We are happy to store kayaks or bikes in the shed downstairs.',
];
const abHood = [
  'The boatyard sits at the quiet north end of the harbour, a five-minute walk along the sea wall to the bakery, the Saturday ' +
    'fish market and the ferry to Gull Island. The coastal trail starts at the end of the lane, and the nearest beach is a twenty ' +
    'minute walk or a short drive.',
];
const abNav = ['Homes', 'Experiences', 'Services', 'Airbnb your home', 'Anywhere', 'Any week', 'Add guests'];
const abOverview = ['Entire loft in Port Aldwin, Canada', '4 guests', '1 bedroom', '2 beds', '1 bath'];
const abHighlights = [
  ['Self check-in', 'Check yourself in with the keypad.'],
  ['Waterfront', 'Guests say the views are amazing.'],
  ['Free cancellation before Dec 12', 'Get a full refund if you change your mind.'],
];
const abAmen = ['Harbor view', 'Kitchen', 'Wifi', 'Free parking on premises', 'Indoor fireplace: wood-burning', 'Record player', 'Carbon monoxide alarm'];
const abReviews = [
  ['Malia', '3 years on Airbnb', 'October 2025', 'The most peaceful place we have stayed. We lit the stove every evening and watched the boats.'],
  ['Dieter', 'Hamburg, Germany', 'September 2025', 'Spotless and thoughtfully equipped. The stairs are steep but worth it for the view.'],
];
const abHostFacts = ['Superhost', '6 years hosting', '412 Reviews', '4.97 Rating'];
const abHostBio = 'I grew up above this boatyard and now run it with my brother. The loft was my grandfather’s sail loft.';
const abRules = ['Check-in after 3:00 PM', 'Checkout before 11:00 AM', '4 guests maximum', 'Smoke alarm', 'Exterior stairs without handrail'];
const abOther2 = ['Cottages near Gull Island', 'Cabins in Westhaven', 'Tiny homes in Lorne Bay'];
const abFoot = [
  'Support',
  'Help Center',
  'AirCover',
  'Anti-discrimination',
  'Disability support',
  'Cancellation options',
  'Hosting',
  'Airbnb your home',
  'Hosting resources',
  'Community forum',
  'Airbnb',
  'Newsroom',
  'Careers',
  'Investors',
  'Gift cards',
];
const abCookie = 'Airbnb uses cookies for mandatory and optional purposes, including to personalize content and ads.';
const abB = (t: string): string => `<span class="ll4r2nl"><b>${t}</b></span>`;
const abHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Cedar loft above the boatyard, harbour views - Lofts for Rent in Port Aldwin,
Nova Scotia, Canada - Airbnb</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Entire loft for $214. A bright, quiet loft built into the roof of a working 1920s boatyard shed">
<meta property="og:title" content="Loft in Port Aldwin · ★4.96 · 1 bedroom · 2 beds · 1 bath"><meta property="og:site_name" content="Airbnb">
<link rel="canonical" href="https://www.airbnb.com/rooms/918273645501234567">
<script id="data-deferred-state-0" type="application/json">{"niobeClientData":[["StaysPdpSections",{"data":{"presentation":{}}}]]}</script>
<link rel="stylesheet" href="https://a0.muscache.example/airbnb/static/packages/web/common/frontend/pdp.css"></head>
<body class="with-new-header"><div id="react-application" data-application="true"><div class="c1yo0219 dir dir-ltr">
<a class="skip-link" href="#site-content">Skip to content</a>
<header class="c1kn6kxw" data-testid="little-search-header"><a href="/" aria-label="Airbnb homepage"><span class="a8jt5op">Airbnb homepage</span></a>
<nav aria-label="Main"><ul>${links(abNav.slice(0, 3))}</ul></nav><div class="search-pill" role="search">
${abNav
  .slice(4)
  .map((t) => `<button type="button" class="b1sef8f2"><div class="t1h7jr6t">${t}</div></button>`)
  .join('')}</div>
<a class="hosting-link" href="/host/homes">${abNav[3]}</a><button aria-label="Main navigation menu" class="c1grjlav">Menu</button></header>
<main id="site-content"><div data-section-id="TITLE_DEFAULT"><div class="_b8stb0"><span class="_1xxgv6l"><h1 class="hpipapi">${abTitle}</h1></span></div>
<div class="title-actions"><button type="button" aria-label="Share">Share</button><button type="button" aria-label="Save">Save</button></div></div>
<div data-section-id="HERO_DEFAULT"><div class="photo-grid"><img alt="Listing image 1" src="https://a0.muscache.example/im/pictures/hosting/1.jpeg">
</div><button type="button">Show all photos</button></div>
<div class="c1yo0219"><div class="left-column"><div data-section-id="OVERVIEW_DEFAULT_V2"><section><h2 class="hpipapi">${abOverview[0]}</h2>
<ol class="lgx66tx">${abOverview
  .slice(1)
  .map((t) => `<li class="l7n4lsf">${t}</li>`)
  .join('<span aria-hidden="true"> · </span>')}</ol></section></div>
<div data-section-id="GUEST_FAVORITE_BANNER"><div>Guest favorite</div><div>One of the most loved homes on Airbnb, according to guests</div>
<div aria-hidden="true">4.96</div><div>128 Reviews</div></div>
<div data-section-id="HOST_OVERVIEW_DEFAULT"><div class="t1pxe1a4">Hosted by Ingrid</div><ol><li>Superhost</li><li>6 years hosting</li></ol></div>
<div data-section-id="HIGHLIGHTS_DEFAULT">${abHighlights
  .map(
    (h) => `<div class="i4phm33"><div class="t1u6awbm">${h[0]}</div>
<div class="d1ylbvwr">${h[1]}</div></div>`,
  )
  .join('')}</div>
<div data-section-id="DESCRIPTION_DEFAULT"><div data-testid="pdp-show-all-description"><span class="l1h825yc"><span>${abIntro[0]}<br><br>
${abB(abLabels[0])}<br>${abSpace.join('<br><br>')}<br><br>${abB(abLabels[1])}<br>${abAccess[0]}<br><br>${abB(abLabels[2])}<br>${abOther[0]}
</span></span></div><button type="button" class="l1ovpqvx" aria-label="Show more about this place">Show more</button></div>
<div data-section-id="SLEEPING_ARRANGEMENT_DEFAULT"><section><h2>Where you'll sleep</h2><div>Bedroom</div><div>1 queen bed</div>
<div>Living room</div><div>1 sofa bed</div></section></div>
<div data-section-id="AMENITIES_DEFAULT"><section><h2>What this place offers</h2><ul>${abAmen.map((t) => `<li><div>${t}</div></li>`).join('')}</ul>
<button type="button">Show all 41 amenities</button></section></div>
<div data-section-id="AVAILABITY_CALENDAR_INLINE"><h2>7 nights in Port Aldwin</h2><div aria-hidden="true" style="display:none">Dec 14, 2025 - Dec 21, 2025</div>
<button type="button">Clear dates</button></div></div>
<div class="right-column"><div data-section-id="BOOK_IT_SIDEBAR"><div class="_1jo4hgw"><span>$214</span> <span>night</span></div>
<button type="button">Check availability</button><div>You won't be charged yet</div>
<div role="note">Rare find! This place is usually booked</div></div><button type="button">Report this listing</button></div></div>
<div data-section-id="REVIEWS_DEFAULT"><section><h2>★ 4.96 · 128 reviews</h2><ul>
${abReviews.map((r) => `<li><h3>${r[0]}</h3><div>${r[1]}</div><div>${r[2]}</div><div>${r[3]}</div></li>`).join('\n')}</ul>
<button type="button">Show all 128 reviews</button><a href="/help/article/2000">Learn how reviews work</a></section></div>
<div data-section-id="LOCATION_DEFAULT"><section><h2>Where you'll be</h2><div>Port Aldwin, Nova Scotia, Canada</div>
<div id="map" aria-label="Map"><div class="gm-style">Map data ©2025</div></div>
<div>${abB(abLabels[3])}<br><span>${abHood[0]}</span></div><button type="button">Show more</button></section></div>
<div data-section-id="MEET_YOUR_HOST"><section><h2>Meet your host</h2><div class="host-card"><h3>Ingrid</h3>
${abHostFacts.map((t) => `<div>${t}</div>`).join('')}</div><p>${abHostBio}</p><a href="/messaging">Message host</a>
<div>To help protect your payment, always use Airbnb to send money and communicate with hosts.</div></section></div>
<div data-section-id="POLICIES_DEFAULT"><section><h2>Things to know</h2><h3>House rules</h3><ul>${abRules.map((t) => `<li>${t}</li>`).join('')}</ul>
</section></div>
<div data-section-id="SEO_LINKS_DEFAULT"><h2>Explore other options in and around Port Aldwin</h2><ul>${links(abOther2)}</ul>
<nav aria-label="Breadcrumbs"><ol><li>Airbnb</li><li>Canada</li><li>Nova Scotia</li><li>Port Aldwin</li></ol></nav></div></main>
<footer class="f1v8xa8e"><ul>${links(abFoot)}</ul><div>© 2025 Airbnb, Inc.</div><ul>${links(['Terms', 'Sitemap', 'Privacy', 'Your Privacy Choices'])}</ul>
</footer><div role="dialog" aria-label="Cookie preferences" class="cookie-banner"><p>${abCookie}</p>
<button type="button">Accept all</button><button type="button">Only necessary</button></div></div></div>
<script src="https://a0.muscache.example/airbnb/static/packages/web/en/frontend/pdp.b2e.js" defer></script></body></html>`;
const airbnb: TestPage = {
  html: abHtml,
  name: 'heldout177-airbnb-listing',
  kind: 'blog',
  // the host's description (with its bold section labels as headings) and the "Neighborhood highlights" text are the
  // article; "Hosted by Ingrid" is a byline; highlights, amenities, reviews, host card, rules and booking card are furniture
  title: abTitle,
  headings: [...abLabels],
  body: texts([...abIntro, ...abSpace, ...abAccess, ...abOther, ...abHood]),
  bylines: ['Hosted by Ingrid'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Airbnb homepage', ...abNav, 'Menu', 'Share', 'Save', 'Show all photos', ...abOverview, 'Guest favorite',
    'One of the most loved homes on Airbnb, according to guests', '128 Reviews', ...abHighlights.flat(), 'Show more', "Where you'll sleep", '1 queen bed',
    'Living room', '1 sofa bed', 'What this place offers', ...abAmen, 'Show all 41 amenities', '7 nights in Port Aldwin', 'Clear dates', 'night',
    'Check availability', "You won't be charged yet", 'Rare find! This place is usually booked', 'Report this listing', '★ 4.96 · 128 reviews',
    ...abReviews.flat(), 'Show all 128 reviews', 'Learn how reviews work', "Where you'll be", 'Port Aldwin, Nova Scotia, Canada', 'Map data ©2025',
    'Meet your host', ...abHostFacts, abHostBio, 'Message host',
    'To help protect your payment, always use Airbnb to send money and communicate with hosts.', 'Things to know', 'House rules', ...abRules,
    'Explore other options in and around Port Aldwin', ...abOther2, ...abFoot, '© 2025 Airbnb, Inc.', 'Terms', 'Sitemap', 'Privacy',
    'Your Privacy Choices', abCookie, 'Accept all', 'Only necessary',
  ],
};

export const HELDOUT177_B: readonly TestPage[] = [airbnb, linkedinJob];
