import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file c: a GetYourGuide activity page saved from its Vue app (data-v- scoped attributes, activity
 * highlights, "Full description", includes, "Know before you go", the sticky availability widget, "Customers also booked"
 * rail) and a Pitchup.com-style campsite listing (pitch-type cards, "About this campsite", facilities grid, campsite rules,
 * the owner's reply box, nearby campsites).
 */
const gTitle = 'Kvellstad: Glacier Kayak Trip with Guide and Thermos Lunch';
const gHigh = [
  'Paddle across the meltwater lake to the blue face of the Stavbreen glacier',
  'Learn the basics of sea kayaking from a certified guide in a group of eight',
  'Stop on a gravel beach for hot soup, bread and coffee from the thermos',
  'Spot arctic terns and, with luck, a seal in the outflow channel',
];
const gDesc = [
  j(
    'Meet your guide at the boathouse on the Kvellstad campsite road and get fitted with a dry suit, boots and a life jacket. After a',
    'short lesson on dry land, you launch from the pebble shore into the glacial lake.',
  ),
  j(
    'The first part of the trip follows the sheltered northern shore, where the water is calm and milky green from the rock flour the',
    'glacier grinds off the mountain. Your guide explains how the ice has retreated more than a kilometre since the 1930s, and points out',
    'the old moraine ridges that mark where it once stood.',
  ),
  j(
    'After about an hour you reach the ice. For safety the group keeps at least 50 metres from the face, as blocks can break off without',
    'warning. Small icebergs float in the lake, and you can paddle among them and touch the ice that is several hundred years old.',
  ),
  j(
    'Lunch is on a gravel beach out of the wind, with vegetable soup, bread and coffee or hot chocolate. The return paddle takes about',
    'an hour and a half. Back at the boathouse there are hot showers and a drying room.',
  ),
];
const gInc = ['Guide', 'Kayak, paddle, dry suit, boots and life jacket', 'Lunch and hot drinks', 'Hot shower after the tour'];
const gNot = ['Transport to the boathouse', 'Wool base layers (can be rented for NOK 150)'];
const gKnow = [
  'Bring warm clothes to wear under the dry suit: wool or fleece, no cotton',
  'The tour may be shortened or cancelled in strong wind; you will be offered another date or a full refund',
  'Minimum age is 12 years; children under 16 must paddle a double kayak with an adult',
];
const gNav = ['Wishlist', 'Cart', 'Profile'];
const gCrumbs = ['Norway', 'Vestland', 'Kvellstad', 'Things to do in Kvellstad'];
const gAlso = ['Stavbreen: Guided Glacier Hike with Crampons', 'Kvellstad Fjord RIB Safari', 'Kvellstad: Evening Fishing Trip with Dinner'];
const gFoot = ['About', 'Careers', 'Press', 'Help center', 'Become a supplier', 'Gift cards', 'Terms and conditions', 'Privacy and cookies', 'Legal notice'];
const v = 'data-v-4f1a3c2e';
const gHtml = `<!DOCTYPE html><html lang="en-GB" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en-GB%22%7D%7D"><head><meta charset="utf-8">
<title data-n-head="ssr">${gTitle} | GetYourGuide</title><meta data-n-head="ssr" data-hid="description" name="description"
content="Paddle across the meltwater lake to the blue face of the Stavbreen glacier. Book now and pay later."><meta data-n-head="ssr" property="og:type"
content="product">
<link data-n-head="ssr" rel="canonical" href="https://www.getyourguide.example/kvellstad-l90871/glacier-kayak-t502231/">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${gTitle}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"reviewCount":214}}</script></head>
<body><div id="__nuxt"><div id="__layout"><div ${v} class="activity-details-page">
<header ${v} class="header-main"><a ${v} href="/" class="header-main__logo" aria-label="GetYourGuide"></a><nav ${v} class="header-main__nav">
<ul ${v}>${links(gNav, 'header-main__nav-item')}</ul></nav><button ${v} class="c-button c-button--small">Log in</button></header>
<nav ${v} class="breadcrumbs" aria-label="Breadcrumbs"><ol ${v}>${links(gCrumbs, 'breadcrumbs__item')}</ol></nav>
<div ${v} class="activity-header"><div ${v} class="activity-header__title-container"><span ${v} class="activity-header__supplier">Activity provider: Breføring
AS</span>
<h1 ${v} class="activity-title" data-test-id="activity-title">${gTitle}</h1><div ${v} class="rating-overall"><span ${v}
class="rating-overall__rating-number">4.8</span>
<span ${v} class="rating-overall__reviews">214 reviews</span></div><div ${v} class="activity-header__badge">Top rated</div></div>
<div ${v} class="activity-header__actions"><button ${v} class="c-button c-button--link">Share</button><button ${v} class="c-button c-button--link">Add to
wishlist</button></div>
<figure ${v} class="photo-gallery"><img ${v} src="https://cdn.getyourguide.example/img/tour/5f2c.jpeg/145.jpg" alt="Kayaks in front of the glacier">
<figcaption ${v} class="photo-gallery__counter">1 / 24</figcaption></figure></div>
<div ${v} class="activity-content"><section ${v} class="key-details"><h2 ${v} class="section-header__title">About this activity</h2><dl ${v}>
<dt ${v}>Free cancellation</dt><dd ${v}>Cancel up to 24 hours in advance for a full refund</dd><dt ${v}>Duration 5 hours</dt><dd ${v}>Check availability to
see starting times.</dd>
<dt ${v}>Live tour guide</dt><dd ${v}>English, Norwegian, German</dd><dt ${v}>Small group</dt><dd ${v}>Limited to 8 participants</dd></dl></section>
<section ${v} class="activity-highlights"><h2 ${v} class="section-header__title">Highlights</h2><ul ${v}
class="activity-highlights__list">${lis(gHigh, 'activity-highlights__item')}
</ul></section><section ${v} class="activity-description"><h2 ${v} class="section-header__title">Full description</h2>
<div ${v} class="activity-description__text">${ps(gDesc)}</div><button ${v} class="c-button c-button--link">See more</button></section>
<section ${v} class="activity-inclusions"><h2 ${v} class="section-header__title">Includes</h2><ul ${v} class="activity-inclusions__list">${lis(gInc, 'include')}
${lis(gNot, 'exclude')}</ul></section>
<section ${v} class="activity-know-before"><h2 ${v} class="section-header__title">Know before you go</h2><ul
${v}>${lis(gKnow, 'know-before__item')}</ul></section>
<aside ${v} class="booking-assistant" data-test-id="booking-assistant"><div ${v} class="booking-assistant__price">From <strong>NOK 1,290</strong>
per person</div>
<div ${v} class="booking-assistant__fields"><span ${v}>Adult x 1</span><span ${v}>Select date</span></div>
<button ${v} class="c-button c-button--primary c-button--block">Check availability</button><div ${v} class="booking-assistant__rnpl">Reserve now &amp; pay
later to
book your spot and pay nothing today</div></aside>
<section ${v} class="reviews-summary"><h2 ${v} class="section-header__title">Customer reviews</h2><div ${v} class="reviews-summary__overall">Overall rating
4.8 / 5</div>
<div ${v} class="review-card"><span ${v} class="review-card__author">Ines – Portugal</span><span ${v} class="review-card__date">August 9, 2025</span>
<p ${v} class="review-card__text">Unforgettable. Cold hands but worth every minute.</p><span ${v} class="review-card__verified">Verified booking</span></div>
<button ${v} class="c-button c-button--secondary">See more reviews</button></section>
<section ${v} class="recommendations"><h2 ${v} class="section-header__title">Customers also booked</h2><ul
${v}>${links(gAlso, 'vertical-activity-card')}</ul></section></div>
<footer ${v} class="footer"><ul ${v}>${links(gFoot, 'footer__link')}</ul><p ${v} class="footer__copyright">© 2008 – 2026 GetYourGuide. Made in Zurich &amp;
Berlin.</p></footer>
<div ${v} class="cookie-banner" role="dialog"><p ${v}>We use cookies and similar technologies to personalise your experience and to show you relevant ads.</p>
<button ${v}>OK</button><button ${v}>Settings</button></div></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{activityId:502231,currency:a,locale:b}],serverRendered:true}}("NOK","en-GB"));</script>
<script src="/_nuxt/app.9c2d1.js" defer></script></body></html>`;
const getyourguide: TestPage = {
  name: 'heldout398-getyourguide-activity',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Highlights', 'Full description', 'Includes', 'Know before you go'],
  body: texts([...gHigh, ...gDesc, ...gInc, ...gNot, ...gKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Log in', ...gCrumbs.filter((c) => c !== 'Kvellstad'), 'Activity provider: Breføring AS', '4.8', '214 reviews', 'Top rated', 'Share',
    'Add to wishlist', '1 / 24',
    'About this activity', 'Free cancellation', 'Cancel up to 24 hours in advance for a full refund', 'Duration 5 hours',
    'Check availability to see starting times.',
    'Live tour guide', 'English, Norwegian, German', 'Small group', 'Limited to 8 participants', 'See more', 'From NOK 1,290 per person', 'Adult x 1',
    'Select date', 'Check availability', 'Reserve now & pay later to book your spot and pay nothing today', 'Customer reviews', 'Overall rating 4.8 / 5',
    'Ines – Portugal', 'August 9, 2025', 'Unforgettable. Cold hands but worth every minute.', 'Verified booking', 'See more reviews', 'Customers also booked',
    ...gAlso, ...gFoot, '© 2008 – 2026 GetYourGuide. Made in Zurich & Berlin.',
    'We use cookies and similar technologies to personalise your experience and to show you relevant ads.', 'Settings',
  ],
};

const pTitle = 'Hollin Ghyll Farm Camping';
const pAbout = [
  j(
    'Hollin Ghyll is a working sheep farm at the head of Dunnerdale Beck, with two flat meadows for tents and a walled paddock for',
    'campervans. The farm has been in the Pennock family for four generations, and campers are welcome to watch lambing in April and',
    'shearing in early July.',
  ),
  j(
    'The lower meadow runs down to the beck, where children paddle and build dams on summer evenings. Campfires are allowed in the raised',
    'fire pits by each pitch, and bags of logs and kindling from our own woodland can be bought at the farm shop.',
  ),
  j(
    'There is no electricity on the tent meadows, and the phone signal is weak; the farmhouse porch has free wifi. The upper meadow is',
    'kept for families and quiet groups, and we ask that music is kept inside tents after 9pm.',
  ),
  j(
    'The toilet and shower block is in the old stone byre, heated in spring and autumn, with four showers, a family room with a baby bath',
    'and a covered washing-up area. Fresh milk, eggs, bacon and lamb burgers from the farm are sold at the shop each morning.',
  ),
  j(
    'From the gate you can walk straight onto the fells: the path to Caw Pike starts behind the barn and takes about three hours there',
    'and back. The Newfield Arms in Seathwaite Cross serves food and is forty minutes on foot along the beck.',
  ),
];
const pPitch: [string, string][] = [
  ['Grass tent pitch', 'Up to 6 people, one car parked beside the tent, fire pit included'],
  ['Hardstanding campervan pitch', 'Up to 4 people, 16 amp electric hook-up, water tap within 20 metres'],
  ['Bell tent (ready-erected)', 'Sleeps 4 on two double futons, with rugs, lanterns and a cool box'],
];
const pFac = ['Toilets', 'Hot showers (free)', 'Washing-up area', 'Campfires allowed', 'Dogs allowed (on leads)', 'Farm shop', 'Wifi at the farmhouse'];
const pRules = [
  'Arrive between 2pm and 8pm; the gate is locked at 10pm',
  'Leave by 11am on your day of departure',
  'No single-sex groups of more than four',
  'Dogs must be kept on a lead near the sheep at all times',
];
const pNav = ['Search', 'Holiday ideas', 'Pitchup for owners', 'Help'];
const pCrumbs = ['Campsites in UK', 'England', 'Cumbria', 'Dunnerdale'];
const pNear = ['Birks Bridge Meadow Camping', 'Ulpha Old Mill Glamping', 'Seathwaite Tarn Wild Pitches'];
const pFoot = ['About us', 'Careers', 'Press', 'Affiliates', 'Privacy policy', 'Terms of use', 'Sitemap'];
const pHtml = `<!DOCTYPE html><html lang="en-GB"
class="no-js"><head><meta charset="utf-8"><title>Hollin Ghyll Farm Camping, Broughton-in-Dunnerdale - Updated 2026 prices - Pitchup®</title>
<meta name="description" content="Hollin Ghyll Farm Camping in Cumbria: a working sheep farm with tent pitches by the beck. Book online with Pitchup.">
<meta property="og:site_name" content="Pitchup.com"><link rel="canonical"
href="https://www.pitchup.example/campsites/England/North_West/Cumbria/hollin-ghyll-farm/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Campground","name":"${pTitle}","starRating":{"@type":"Rating",
"ratingValue":"4"}}</script>
<script>dataLayer=[{"pageType":"campsite","campsiteId":38812}];</script></head>
<body class="campsite-page"><div id="top-bar" class="notice">Book now for summer 2026 – free cancellation on most pitches</div>
<header id="header" class="header"><a href="/" class="header__logo">Pitchup.com</a><nav class="header__nav"><ul>${links(pNav, 'header__nav-item')}</ul></nav>
<a href="/account/login/" class="header__login">Sign in</a></header>
<div class="container"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">${links(pCrumbs, 'breadcrumb-item')}</ol>
<div class="campsite-header"><h1 class="campsite-header__title"
itemprop="name">${pTitle}</h1><p class="campsite-header__address">Broughton-in-Dunnerdale, Cumbria</p>
<div class="campsite-header__rating"><span class="rating-value">9.3</span><span class="rating-label">Superb</span><a href="#reviews">162 reviews</a></div>
<ul class="campsite-header__awards"><li>Pitchup Awards 2025 finalist</li></ul><button class="js-favourite">Save to favourites</button></div>
<div class="gallery"><img src="https://cdn.pitchup.example/photos/38812/1.jpg"
alt="Tents in the lower meadow by the beck"><span class="gallery__credit">Photo: Hollin Ghyll Farm</span></div>
<div class="row"><div class="col-md-8 campsite-main"><section id="pitches" class="pitch-types"><h2>Pitch types</h2>
${pPitch
  .map(
    ([
      t,
      d,
    ]) => `<div class="pitch-card"><h3 class="pitch-card__name">${t}</h3><p class="pitch-card__desc">${d}</p><div class="pitch-card__price">from £24.00 per
night</div>
<a class="btn btn-primary pitch-card__cta" href="#book">Check availability</a></div>`,
  )
  .join('\n')}</section>
<section id="about" class="campsite-description"><h2>About this campsite</h2><div class="campsite-description__text">${ps(pAbout)}</div>
<p class="campsite-description__owner">Description written by the campsite owner</p><a class="read-more" href="#about">Read more</a></section>
<section id="facilities" class="facilities"><h2>Facilities</h2><ul class="facilities-grid">${lis(pFac, 'facility')}</ul></section>
<section id="rules" class="campsite-rules"><h2>Campsite rules</h2><ul>${lis(pRules, 'rule')}</ul></section>
<section id="reviews" class="reviews"><h2 class="reviews__title">Reviews</h2><div class="review"><div class="review__meta">Dawn H. · Stayed August 2025</div>
<p class="review__text">Stunning spot, friendly family and the best shower on any campsite we have tried.</p><div class="review__reply"><span>Response from
the owner</span>
<p>Thank you Dawn, come back for shearing next year!</p></div></div><a href="/reviews/38812/">Read all 162 reviews</a></section></div>
<aside class="col-md-4 booking-sidebar"><div class="booking-widget"><h3 class="booking-widget__title">Check
availability</h3><label>Arrival</label><label>Nights</label>
<label>Party</label><button class="btn btn-primary">Search</button><p class="booking-widget__note">Instant booking – no booking fee</p></div>
<div class="nearby"><h3>Nearby campsites</h3><ul>${links(pNear, 'nearby__item')}</ul></div></aside></div></div>
<div class="newsletter"><h3>Get the Pitchup newsletter</h3><p>Campsite news, deals and ideas for your next trip, twice a
month.</p><button>Subscribe</button></div>
<footer class="footer"><ul>${links(pFoot, 'footer__item')}</ul><p class="footer__copy">© 2026 Pitchup.com Limited. All rights reserved.</p></footer>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to make this site work and to improve your experience.</p><button>Accept cookies</button>
<button>Manage cookies</button></div></body></html>`;
const pitchup: TestPage = {
  name: 'heldout398-pitchup-campsite',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Pitch types', ...pPitch.map(([t]) => t), 'About this campsite', 'Facilities', 'Campsite rules'],
  body: texts([...pPitch.map(([, d]) => d), ...pAbout, ...pFac, ...pRules]),
  bylines: ['Description written by the campsite owner'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Book now for summer 2026 – free cancellation on most pitches', 'Pitchup.com', ...pNav, 'Sign in', ...pCrumbs.filter((c) => c !== 'Dunnerdale'),
    'Broughton-in-Dunnerdale, Cumbria', '9.3',
    'Superb', '162 reviews', 'Pitchup Awards 2025 finalist', 'Save to favourites', 'Photo: Hollin Ghyll Farm', 'from £24.00 per night', 'Check availability',
    'Read more', 'Reviews', 'Dawn H. · Stayed August 2025', 'Stunning spot, friendly family and the best shower on any campsite we have tried.',
    'Response from the owner', 'Thank you Dawn, come back for shearing next year!', 'Read all 162 reviews', 'Arrival', 'Nights', 'Party',
    'Instant booking – no booking fee', 'Nearby campsites', ...pNear, 'Get the Pitchup newsletter',
    'Campsite news, deals and ideas for your next trip, twice a month.',
    'Subscribe', ...pFoot, '© 2026 Pitchup.com Limited. All rights reserved.', 'We use cookies to make this site work and to improve your experience.',
    'Accept cookies', 'Manage cookies',
  ],
};

export const HELDOUT398_C: readonly TestPage[] = [getyourguide, pitchup];
