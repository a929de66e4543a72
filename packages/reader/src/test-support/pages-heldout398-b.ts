import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file b: a Tripadvisor attraction page (Attraction_Review, About block, "Suggested duration", the
 * reviews list with bubble ratings, "Read more", "Helpful" and "Written" lines, nearby rail, footer) and a Viator tour page
 * (Overview, What's Included, Meeting and pickup, What to expect itinerary stops, Additional info, Cancellation Policy,
 * the booking panel with "Reserve Now & Pay Later", the traveler photos and "You might also like" rail).
 */
const tTitle = 'Grotte di Sassovivo Salt Caves';
const tAbout = [
  j(
    'A chain of five salt chambers cut by miners between 1740 and 1912, reached by a narrow-gauge train that runs 600 metres into the hill.',
    'The tour is guided in Italian and English and takes in the underground chapel, the brine lake and the old pumping station.',
  ),
  j(
    'The salt was first dug here by the monks of the abbey, who sold it to the towns of the valley. After the mine closed in 1912 the',
    'chambers were used to store cheese, and in the war families from the town sheltered in them during the air raids.',
  ),
  'The caves stay at 11 °C all year; bring a jacket. Children under four are not allowed on the train.',
];
const tRev = [
  {
    h: 'Worth the drive from the coast',
    b: [
      j(
        'We booked the 11 o’clock English tour and were glad we did. The train ride in is noisy and a little cramped, but the moment you',
        'step out into the first chamber the scale of the place is astonishing. Our guide, a retired miner’s daughter, told stories about her',
        'father that made the history feel very close.',
      ),
      'The brine lake is the highlight. They turn the lights off for a minute and you hear only dripping water. Allow two hours in total.',
    ],
    who: 'Hollis W',
    when: 'Written 14 April 2026',
    date: 'Apr 2026 • Couples',
  },
  {
    h: 'Good but busy at Easter',
    b: [
      j(
        'Interesting caves and well organised, but the Easter Monday tours were packed and it was hard to hear the guide at the back.',
        'The chapel carved in salt is beautiful. The café at the entrance was closed, so bring water and a snack.',
      ),
    ],
    who: 'Marguerite B',
    when: 'Written 3 April 2026',
    date: 'Apr 2026 • Family',
  },
  {
    h: 'A rainy-day rescue',
    b: [
      j(
        'With three children and a week of rain, this was the best thing we did. The kids loved the train and the echo game in the big hall.',
        'Tickets are cheaper online, and parking is free in the lower car park, which has a shuttle up to the entrance every fifteen minutes.',
      ),
      'Wheelchair users can visit the first two chambers only; staff were helpful about this when we phoned ahead.',
    ],
    who: 'Oyelaran_K',
    when: 'Written 22 March 2026',
    date: 'Mar 2026 • Family',
  },
];
const tNav = ['Discover', 'Trips', 'Review', 'Forums'];
const tCrumbs = ['Europe', 'Italy', 'Umbria', 'Province of Perugia', 'Sassovivo', 'Things to Do in Sassovivo'];
const tNear = ['Museo della Civiltà Mineraria', 'Rocca di Sassovivo', 'Cantina Valle Scura'];
const tFoot = ['About Tripadvisor', 'Resources and Policies', 'Careers', 'Trust & Safety', 'Contact us', 'Accessibility Statement'];
const tFoot2 = ['Write a review', 'Add a Place', 'Join', 'Travellers’ Choice', 'Help Centre'];
const rev = (r: (typeof tRev)[number], i: number): string => `<div class="_c" data-automation="reviewCard"><div class="mwPje f M k">
<div class="XExLl"><a href="/Profile/u${i}"
class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS">${r.who}</a><div class="biGQs _P pZUbB osNWb">${i + 2} contributions</div></div>
</div><svg class="UctUV d H0" viewBox="0 0 128 24" width="88" height="16"
aria-labelledby=":lithium-r${i}:"><title id=":lithium-r${i}:">5.0 of 5 bubbles</title></svg>
<div class="biGQs _P fiohW qWPrE ncFvv fOtGX"><a href="/ShowUserReviews-g${i}"
class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"><span class="yCeTE">${r.h}</span></a></div>
<div class="RpeCd">${r.date}</div><div class="_T FKffI"><div class="fIrGe _T bgMZj" style="line-break: normal; cursor: auto;"><div class="biGQs _P pZUbB KxBGd">
<span class="JguWG"><span class="yCeTE">${r.b.join('<br /><br />\n')}</span></span></div></div><button class="UikNM _G B- _S _T c G_ wSSLS">Read
more</button></div>
<div class="TreSq"><div class="biGQs _P pZUbB ncFvv osNWb">${r.when}</div><div class="biGQs _P pZUbB xUqsL ncFvv osNWb">This review is the subjective opinion
of a
Tripadvisor member and not of Tripadvisor LLC. Tripadvisor performs checks on reviews as part of our industry-leading trust &amp; safety standards.</div></div>
<button class="OKHdJ z Pc PQ Pp PD W _S Gn Z B2 BF _M PQFNM wSSLS" aria-label="Click to give review a helpful vote">Helpful</button></div>`;
const tHtml = `<!DOCTYPE html><html lang="en-GB" data-scroll="0"><head><meta charset="utf-8">
<title>Grotte di Sassovivo Salt Caves (2026) - All You Need to Know BEFORE You Go (with Photos) - Tripadvisor</title>
<meta name="description" content="Grotte di Sassovivo Salt Caves, Sassovivo: See 412 reviews, articles, and 96 photos of Grotte di Sassovivo Salt Caves.">
<meta property="og:site_name" content="Tripadvisor"><link rel="canonical"
href="https://www.tripadvisor.example/Attraction_Review-g1940311-d2281044-Reviews-Grotte_di_Sassovivo.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristAttraction","name":"${tTitle}","aggregateRating":{"ratingValue":"4.5",
"reviewCount":"412"}}</script>
<script>window.__WEB_CONTEXT__={pageManifest:{redux:{page:{pageType:"Attraction_Review",geoId:1940311}}}};</script></head>
<body class="rebrand_2017 desktop_web Attraction_Review"><div id="lithium-root"><div class="Ed">
<header class="JxoIp" role="banner"><a href="/" class="AWQgJ" aria-label="Tripadvisor"></a><nav class="YtuxU"
aria-label="Navigation"><ul>${links(tNav, 'Ucsfx')}</ul>
</nav><a href="/RegistrationController" class="rmyCe _G B- z _S c Wc wSSLS">Sign in</a></header>
<main><div class="kMmCM" data-automation="WebPresentation_BreadcrumbsWeb"><ul class="TVilh">${links(tCrumbs, 'cGAqf')}</ul></div>
<div class="lgfjP" data-automation="WebPresentation_PoiOverviewWeb"><h1 class="biGQs _P fiohW eIegw" data-automation="mainH1">${tTitle}</h1>
<div class="jVDab o W f u w GOdjs"><svg class="UctUV d H0" viewBox="0 0 128 24" width="88" height="16"><title>4.5 of 5 bubbles</title></svg>
<span class="biGQs _P pZUbB KxBGd">412 reviews</span></div><div class="fIrGe _T">#2 of 9 things to do in Sassovivo</div>
<div class="eojVo">Caverns &amp; Caves • Mines</div><div class="AMHdX"><button class="BrOJk u j z _F wSSLS tIqAi unMkR" aria-label="Save">Save</button>
<button class="BrOJk u j z _F wSSLS" aria-label="Share">Share</button></div></div>
<div class="dHjBB" data-automation="WebPresentation_PoiAboutWeb"><h2 class="biGQs _P fiohW OgHoE">About</h2><div class="_d MJ"><div class="biGQs _P pZUbB
KxBGd">
${ps(tAbout, ' class="fIrGe _T bgMZj"')}</div></div><div class="biGQs _P pZUbB hmDzD">Suggested duration</div><div class="biGQs _P pZUbB egaXP KxBGd">2–3
hours</div>
<button class="UikNM _G B- _S _T c G_ wSSLS">Suggest edits to improve what we show.</button><div class="BJQGx">Improve this listing</div></div>
<div class="wRVjy" data-automation="WebPresentation_BookingOffer"><div class="biGQs _P fiohW">Book in advance</div><div class="biGQs _P">from £14.00 per
adult</div>
<a class="rmyCe _G B- z _S c Wc wSSLS" href="#">Check availability</a><div class="ZzICe">Reserve now &amp; pay later</div></div>
<section id="REVIEWS" data-automation="WebPresentation_PoiReviewsAndQAWeb"><h2 class="biGQs _P fiohW OgHoE">Reviews</h2><div class="biGQs _P pZUbB">
<span>Write a review</span></div><div class="LbPSX">${tRev.map(rev).join('\n')}</div><div class="xkSty"><a href="#"
aria-label="Next page">Next page</a></div></section>
<section class="QvCXh" data-automation="WebPresentation_NearbyAttractionsWeb"><h2 class="biGQs _P fiohW">Explore
nearby</h2><ul>${links(tNear, 'hZuqH')}</ul></section>
</main><footer class="Wc" role="contentinfo"><div class="qjuuR"><ul>${links(tFoot, 'ksqyf')}</ul><ul>${links(tFoot2, 'ksqyf')}</ul></div>
<div class="biGQs _P pZUbB">© 2026 Tripadvisor LLC All rights reserved.</div></footer>
<div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We and our partners use cookies and
similar technologies to process personal data.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie
Settings</button>
</div></div></div><script>window.__WEB_CONTEXT__.pageManifest.redux.page.loaded=true;</script></body></html>`;
const tripadvisor: TestPage = {
  name: 'heldout398-tripadvisor-attraction',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: ['About', 'Reviews', ...tRev.map((r) => r.h)],
  body: texts([...tAbout, ...tRev.flatMap((r) => r.b)]),
  bylines: [...tRev.flatMap((r) => [r.who, r.when, r.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Sign in', ...tCrumbs.filter((c) => c !== 'Sassovivo'), '4.5 of 5 bubbles', '412 reviews', '#2 of 9 things to do in Sassovivo',
    'Caverns & Caves • Mines', 'Save', 'Share',
    'Suggested duration', '2–3 hours', 'Suggest edits to improve what we show.', 'Improve this listing', 'Book in advance', 'from £14.00 per adult',
    'Check availability', 'Reserve now & pay later', 'Write a review', '2 contributions', '3 contributions', '4 contributions', '5.0 of 5 bubbles',
    'Read more', 'Helpful', 'Next page', 'Explore nearby', ...tNear, ...tFoot, ...tFoot2, '© 2026 Tripadvisor LLC All rights reserved.',
    'We and our partners use cookies and similar technologies to process personal data.', 'I Accept', 'Cookie Settings',
    'This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC.',
  ],
};

const vTitle = 'Lake Orvena Full-Day Boat Tour with Island Lunch and Cliff Villages';
const vOver = [
  j(
    'Spend a day on Lake Orvena without worrying about ferry timetables. Your small boat, with no more than twelve guests, leaves the',
    'harbour at Calvenna in the morning and follows the western shore to the cliff villages that cannot be reached by road.',
  ),
  j(
    'Your skipper shares stories about the fishing families, the smugglers’ paths and the silk mills along the way. Lunch is served on',
    'Isola Ferrante in a family trattoria, and there is time to swim from the boat in the afternoon if the weather allows.',
  ),
];
const vInc = [
  'Private skipper and English-speaking host',
  'Three-course lunch with one drink',
  'Bottled water and seasonal fruit on board',
  'Fuel and harbour fees',
];
const vExc = ['Hotel pickup and drop-off', 'Entry to the Villa Brusati gardens (€9, payable on site)', 'Gratuities'];
const vMeet = j(
  'Meet your skipper at the blue kiosk at the end of the Molo Nuovo pier in Calvenna, next to the public toilets. Please arrive',
  '15 minutes before departure; the boat cannot wait for late guests.',
);
const vStops: [string, string][] = [
  ['Calvenna Harbour', 'Board the boat and meet your skipper, who goes over the safety briefing and the route for the day.'],
  ['Borgo di Sasso', 'Slow past the stacked houses of this cliff village and stop for twenty minutes to walk up to the chapel terrace.'],
  ['Isola Ferrante', 'Step ashore for a long lunch at the island trattoria, then wander the lanes or visit the small fishing museum.'],
  ['Punta dei Gelsi', 'Anchor in the cove below the old silk mill for a swim. Towels are provided; snorkels are available on request.'],
];
const vInfo = [
  'Confirmation will be received at time of booking',
  'Not wheelchair accessible',
  'Infants must sit on laps',
  'Most travellers can participate',
  'This tour operates in all weather; in strong wind the route is changed to the sheltered southern shore',
];
const vCancel = j(
  'For a full refund, cancel at least 24 hours before the start time of the experience. If you cancel less than 24 hours before the',
  'experience’s start time, the amount you paid will not be refunded.',
);
const vNav = ['Places to see', 'Things to do', 'Trip inspiration'];
const vCrumbs = ['Home', 'Things to do in Italy', 'Things to do in Lombardy', 'Things to do in Calvenna', 'Calvenna Tours', 'Day Cruises'];
const vLike = ['Calvenna Sunset Cruise with Aperitivo', 'Cliff Villages Hiking Day with Boat Return', 'Silk Road of the Lakes: Mill and Museum Tour'];
const vFoot = ['Help Center', 'Privacy and Cookies Statement', 'About Viator', 'Careers', 'Become a Supplier', 'Become an Affiliate'];
const vHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${vTitle} 2026 - Calvenna - Viator</title>
<meta name="description" content="Spend a day on Lake Orvena without worrying about ferry timetables. Small group of no more than twelve guests.">
<meta property="og:type" content="product"><link rel="canonical" href="https://www.viator.example/tours/Calvenna/Lake-Orvena-Full-Day/d55120-77431P2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${vTitle}","offers":{"@type":"Offer","price":"129.00",
"priceCurrency":"EUR"}}</script>
<script>window.__PRELOADED_STATE__={"productCode":"77431P2","currency":"EUR","locale":"en-GB"};</script></head>
<body><div id="app" class="productDetailPage"><header class="header__2xRs"><a href="/" class="logo__3mNp" aria-label="Viator, a Tripadvisor company"></a>
<nav class="mainNav__1dT6"><ul>${links(vNav, 'navItem__2v3b')}</ul></nav><button class="signIn__1hJ4">Log In</button><span
class="currency__2kxD">EUR</span></header>
<main class="main__5sVQ"><nav aria-label="breadcrumb" class="breadcrumbs__3KDT"><ol>${links(vCrumbs, 'crumb__1Gcz')}</ol></nav>
<div class="titleSection__3Lp7"><h1 class="title__1Wwg">${vTitle}</h1><div class="ratingRow__2kLm"><span class="rating__3fsF">4.9</span>
<a href="#reviews" class="reviewCount__1Ho1">(688 reviews)</a><span class="badge__1sLo">Badge of Excellence</span><span class="location__2m7c">Calvenna,
Italy</span>
</div><div class="shareSave__1qVv"><button class="share__3nIw">Share</button><button class="save__2yAB">Add to wishlist</button></div></div>
<div class="gallery__3jd0"><img src="https://media.tacdn.example/attractions-splice-spp-674x446/0b/77431.jpg" alt="Boat moored below Borgo di Sasso">
<span class="travellerPhotos__1YmN">Traveller photos</span></div>
<aside class="bookingPanel__2lSz" data-automation="booking-card"><div class="priceFrom__1fSi">From €129.00</div><div class="perPerson__3vB1">price varies by
group size</div>
<div class="lowestPrice__2Hs5">Lowest Price Guarantee</div><button class="checkAvailability__3Cz8">Check Availability</button>
<div class="rnpl__1oPf"><span class="rnplTitle__2yJv">Reserve Now and Pay Later</span><span class="rnplText__17vN">Secure your spot while staying
flexible</span></div>
<div class="freeCancel__2QxK"><span>Free cancellation</span><span>Up to 24 hours in advance.</span></div></aside>
<section class="overview__3vSk" id="overview"><h2 class="sectionTitle__2f0L">Overview</h2><div class="overviewWrapper__bMs4">${ps(vOver)}</div>
<button class="readMore__1xVq">Read more</button></section>
<section class="inclusions__1DcH"><h2 class="sectionTitle__2f0L">What's Included</h2><ul class="included__1nKf">${lis(vInc, 'feature__3dTi')}</ul>
<ul class="excluded__2Q0x">${lis(vExc, 'feature__3dTi excluded')}</ul></section>
<section class="meetingPickup__1Xs7"><h2 class="sectionTitle__2f0L">Meeting and pickup</h2><h3 class="subTitle__1JqS">Meeting point</h3><p>${vMeet}</p>
<a class="mapLink__3q5r" href="https://maps.google.example/?q=45.98,9.25">Open in Google Maps</a><h3 class="subTitle__1JqS">End point</h3>
<p>This activity ends back at the meeting point</p><div class="startTime__2lrN">Start time 09:30</div></section>
<section class="itinerary__2FfA"><h2 class="sectionTitle__2f0L">What To Expect</h2><ol class="itineraryStops__3Sx1">
${vStops
  .map(
    ([s, d], i) => `<li class="stop__2aLv"><span class="stopNumber__1x7B" aria-hidden="true">${i + 1}</span><h3 class="stopName__3tD2">${s}</h3><p>${d}</p>
<div class="stopMeta__33Vv">Stop: ${i === 2 ? '2 hours' : '30 minutes'} • Admission Ticket Free</div></li>`,
  )
  .join('\n')}</ol>
<div class="itineraryFooter__4mXk">Pass by: Villa Brusati</div></section>
<section class="additionalInfo__2c1R"><h2 class="sectionTitle__2f0L">Additional Info</h2><ul>${lis(vInfo, 'infoItem__1sJr')}</ul>
<div class="operator__3xUn">Operated by Barche Lariane di Fossati</div></section>
<section class="cancellation__1gxe"><h2 class="sectionTitle__2f0L">Cancellation Policy</h2><p>${vCancel}</p></section>
<section class="ymal__1Ypt"><h2 class="sectionTitle__2f0L">You might also like...</h2><ul>${links(vLike, 'productCard__2Z4k')}</ul></section></main>
<footer class="footer__1r6t"><ul>${links(vFoot, 'footerLink__2mMY')}</ul><div class="copyright__3eXt">© 1997–2026 Viator, Inc. All rights
reserved.</div></footer>
<div id="cookie-consent" class="cookieBanner__2Wwb" role="dialog"><p>We use cookies to give you the best possible experience on our site.</p>
<button>Accept all</button><button>Reject all</button></div></div>
<script src="https://static.viator.example/js/pdp.bundle.js" defer></script></body></html>`;
const viator: TestPage = {
  name: 'heldout398-viator-tour',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [
    'Overview',
    "What's Included",
    'Meeting and pickup',
    'Meeting point',
    'End point',
    'What To Expect',
    ...vStops.map(([s]) => s),
    'Additional Info',
    'Cancellation Policy',
  ],
  body: texts([...vOver, ...vInc, ...vExc, vMeet, 'This activity ends back at the meeting point', ...vStops.map(([, d]) => d), ...vInfo, vCancel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Log In', 'EUR', ...vCrumbs, '4.9', '(688 reviews)', 'Badge of Excellence', 'Calvenna, Italy', 'Share', 'Add to wishlist', 'Traveller photos',
    'From €129.00', 'price varies by group size', 'Lowest Price Guarantee', 'Check Availability', 'Reserve Now and Pay Later',
    'Secure your spot while staying flexible', 'Free cancellation', 'Up to 24 hours in advance.', 'Read more', 'Open in Google Maps', 'Start time 09:30',
    'Stop: 30 minutes • Admission Ticket Free', 'Stop: 2 hours • Admission Ticket Free', 'Pass by: Villa Brusati', 'Operated by Barche Lariane di Fossati',
    'You might also like...', ...vLike, ...vFoot, '© 1997–2026 Viator, Inc. All rights reserved.',
    'We use cookies to give you the best possible experience on our site.',
    'Accept all', 'Reject all',
  ],
};

export const HELDOUT398_B: readonly TestPage[] = [tripadvisor, viator];
