import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 51, file e2: a Tripadvisor review's own page (ShowUserReviews) as saved in 2025 (the React app's obfuscated
 * classes and data-automation attributes, the header with "Review", "Trips" and "Sign in", breadcrumbs, the hotel head with
 * bubbles, ranking and address, the availability box, the review card with the reviewer's home town, contributions, bubble
 * rating, title, stay and trip type, the room tip, subratings, the written date and the disclaimer, "Helpful"/"Share", the
 * management response with its own disclaimer, the "More reviews" snippets, "Nearby hotels", the consent banner and footer).
 */
const taTitle = 'Quiet rooms, a proper breakfast and the best view in St Ives';
const taHotel = 'The Harbourmaster Inn';
const taReview = [
  'We stayed four nights in the middle of October and were lucky with the weather, but I think we would have been happy here ' +
    'even in the rain. The inn sits right at the end of the harbour road, so you wake up to the boats and the gulls, and it ' +
    'is a five-minute walk to the Tate and the galleries without ever going up a hill, which in St Ives is a small miracle.',
  'Our room on the second floor was not large, but it had been done up simply and well: good mattress, proper blackout ' +
    'curtains, a shower with real pressure and a window seat where we spent far too long watching the tide come in. It was ' +
    'also quiet, which surprised us given the pub downstairs; the walls and floors must be a foot thick.',
  'Breakfast deserves its own paragraph. Everything is cooked to order, the bread comes from the bakery two doors down, and ' +
    'the kippers were the best I have had outside Craster. Ask for a table by the window and do not rush.',
  'If I had to find fault, the stairs are steep and there is no lift, so it is not the place for anyone who struggles with ' +
    'steps. Parking is in the town car park at the top of the hill, and the staff will take your bags down for you if you ' +
    'call ahead. We will be back next year.',
];
const taTip = 'Ask for a harbour-facing room on the second floor. The third-floor rooms are in the eaves and have small windows.';
const taResponse = [
  'Dear Helen, thank you so much for taking the time to write such a lovely review. We are delighted that you enjoyed the ' +
    'room and the view, and I have passed your kind words about the kippers on to Sam in the kitchen, who was very pleased.',
  'You are quite right about the stairs, and we always try to mention them when guests book. We look forward to welcoming ' + 'you both back next year.',
];
const taNav = ['Discover', 'Trips', 'Review', 'Forums'];
const taCrumbs = ['Europe', 'United Kingdom', 'England', 'Cornwall', 'St Ives', 'St Ives Hotels', `${taHotel} Reviews`];
const taSub = ['Value', 'Rooms', 'Location', 'Cleanliness', 'Service', 'Sleep Quality'];
const taMore = ['Perfect location, lovely staff', 'Great pub, noisy on a Friday night', 'Our fourth visit and still our favourite'];
const taNearby = ['Porthminster Beach Hotel', 'The Lookout at Smeaton’s Pier', 'Trewyn Garden Rooms'];
// biome-ignore format: the footer columns are packed several to a line to keep the file short
const taFoot = ['About Tripadvisor', 'Trust & Safety', 'Contact us', 'Accessibility Statement', 'Careers', 'Press', 'Write a review', 'Add a Place',
  'Join', 'Travelers’ Choice', 'Help Center', 'Owners', 'Business Advantage', 'Sponsored Placements', 'Advertise with Us', 'Terms of Use',
  'Privacy and Cookies Statement', 'Your Privacy Choices', 'Site Map', 'How the site works'];
const bubbles = (n: string, cls: string): string => `<svg class="${cls}" viewBox="0 0 128 24" width="88" height="16" aria-labelledby="b${n}">
<title id="b${n}">${n} of 5 bubbles</title></svg>`;
const taHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>"${taTitle}" - Review of ${taHotel}, St Ives - Tripadvisor</title>
<meta name="description" content="${taHotel}: &quot;${taTitle}&quot; - See 1,102 traveler reviews, 640 candid photos, and great deals for ${taHotel}.">
<link rel="canonical" href="https://www.tripadvisor.com/ShowUserReviews-g186245-d574211-r1024488731-The_Harbourmaster_Inn-St_Ives_Cornwall_England.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${taTitle}","author":{"@type":"Person","name":"Helen G"},
"reviewRating":{"@type":"Rating","ratingValue":"5"},"itemReviewed":{"@type":"Hotel","name":"${taHotel}"},"datePublished":"2025-10-19"}</script></head>
<body class="ltr domn_en_US lang_en globalNav2011_reset hr_tabs content_blocks"><div id="lithium-root"><header class="IJdvY" data-automation="header">
<a href="/" class="uYzmW" aria-label="Tripadvisor">Tripadvisor</a><nav class="ZJgUd"><ul>${links(taNav, 'KxBGd')}</ul></nav>
<div class="Ldqye"><button class="rmyCe" aria-label="Currency">USD</button>
<a class="rmyCe _G B- z _S c Wc wSSLS" href="/RegistrationController">Sign in</a></div></header>
<main id="taplc_location_detail_header_hotels_0"><div class="xHYCs" data-automation="breadcrumbs"><ul>${links(taCrumbs, 'breadcrumb')}</ul></div>
<div class="ISRQz" data-automation="hotel-header"><h1 class="biGQs _P fiohW eIegw" data-automation="mainH1">${taHotel}</h1>
<div class="jVDab"><a href="#REVIEWS">${bubbles('4.5', 'UctUV d H0')}<span class="biGQs _P pZUbB osNWb">1,102 reviews</span></a>
<span class="biGQs _P pZUbB">#3 of 41 hotels in St Ives</span></div><div class="biGQs _P pZUbB KxBGd">Wharf Road, St Ives TR26 1LP England</div>
<div class="vLBCW"><a class="rmyCe" href="/UserReviewEdit-g186245-d574211">Write a review</a><button class="rmyCe" aria-label="Save">Save</button></div></div>
<div class="OBhxZ" data-automation="availability"><div><span>Check In</span> <span>—/—/—</span></div><div><span>Check Out</span> <span>—/—/—</span></div>
<div><span>Guests</span> <span>2 guests</span></div><button class="rmyCe">View prices</button></div>
<div class="_c" data-automation="reviewCard" data-reviewid="1024488731"><div class="FGwzt"><div class="mwPje f M k">
<a class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"
 href="/Profile/HelenG_Bristol"><span class="biGQs _P fiohW fOtGX">Helen G</span></a><div class="biGQs _P pZUbB osNWb"><span>Bristol, United Kingdom</span>
<span>86 contributions</span><span>42 helpful votes</span></div></div></div>${bubbles('5.0', 'UctUV d H0 hzzSG')}
<div class="biGQs _P fiohW qWPrE ncFvv fOtGX" data-test-target="review-title"><a href="/ShowUserReviews-g186245-d574211-r1024488731"
 class="BMQDV _F Gv wSSLS SwZTJ FGwzt ukgoS"><span class="JbGkU Cj"><span>${taTitle}</span></span></a></div>
<div class="RpeCd">Date of stay: October 2025</div><div class="RpeCd">Trip type: Traveled as a couple</div>
<div class="_T FKffI" data-test-target="review-body"><div class="fIrGe _T bgMZj"><span class="JguWG">${taReview
  .map(
    (p) => `<span>${p}</span><br>
<br>`,
  )
  .join('\n')}
</span></div></div><div class="bIrLx"><span class="biGQs _P fiohW">Room tip:</span> <span class="biGQs _P pZUbB">${taTip}</span></div>
<div class="mCuFR" data-automation="subratings"><div class="biGQs _P fiohW">See more room tips</div>${taSub
  .map((t) => `<div class="hemdC">${bubbles('5.0', 'UctUV d H0')}<span class="biGQs _P pZUbB">${t}</span></div>`)
  .join('')}</div>
<div class="TreSq"><div class="biGQs _P pZUbB ncFvv osNWb">Written October 19, 2025</div><div class="biGQs _P pZUbB xUqsL ncFvv osNWb">This review is the
 subjective opinion of a Tripadvisor member and not of Tripadvisor LLC. Tripadvisor performs checks on reviews as part of our industry-leading
 trust &amp; safety standards.</div></div>
<div class="hGSRN"><button class="rmyCe" aria-label="Click to add helpful vote">Helpful</button><button class="rmyCe">Share</button>
</div>
<div class="ajLyr" data-automation="mgmtResponse"><div class="biGQs _P fiohW">Response from Peter Nance, General Manager at ${taHotel}</div>
<div class="biGQs _P pZUbB ncFvv osNWb">Responded October 22, 2025</div><div class="biGQs _P pZUbB KxBGd">
<span class="JguWG">${taResponse.join('<br><br>')}</span></div>
<div class="biGQs _P pZUbB ncFvv osNWb">This response is the subjective opinion of the management representative and not of Tripadvisor LLC.</div></div></div>
<section class="JTkFi" data-automation="moreReviews"><h2>More reviews of ${taHotel}</h2><ul>${taMore
  .map((t) => `<li><a href="#" class="review-snippet">${bubbles('4.0', 'UctUV')}<span>“${t}”</span></a></li>`)
  .join('')}</ul><a href="/Hotel_Review-g186245-d574211-Reviews-The_Harbourmaster_Inn#REVIEWS">See all 1,102 reviews</a></section>
<section class="JTkFi" data-automation="nearby"><h2>Nearby hotels</h2><ul>${links(taNearby, 'nearby-card')}</ul></section></main>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We use cookies and similar technologies to personalise content and ads, to provide
 social media features and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button><button>Manage cookies</button></div>
<footer class="jkOiV" data-automation="footer"><ul>${links(taFoot, 'lgfjP')}</ul><p class="biGQs">© 2025 Tripadvisor LLC All rights reserved.</p>
<p class="biGQs">This is the version of our website addressed to speakers of English in the United States.</p></footer></div></body></html>`;
export const tripadvisorReview: TestPage = {
  html: taHtml,
  name: 'heldout51-tripadvisor-review',
  kind: 'blog',
  // a single review's own page: the review is the article, its title (a link in the card, first in <title>) the title,
  // its paragraphs and the room tip the body ("Room tip:" in neither); the management response is a reply to the review on
  // its own page, as a reply on a thread is: body, its "Response from …" line and "Responded" date bylines; the reviewer's
  // name and "Written" date are bylines; the reviewer's home town, contributions and votes, the bubble ratings and
  // subrating labels, "Date of stay" and "Trip type" (the stay, not the writing), both disclaimers, helpful/share, the hotel
  // head (the hotel's name is the page's h1: the place reviewed, not the review), availability box, "More reviews"
  // snippets, nearby hotels, breadcrumbs, nav, banner and footer are furniture; the nav's "Review", the crumb "St Ives",
  // the box's "Guests" and the subrating "Rooms" are words of the title or body: left out
  title: taTitle,
  headings: [],
  body: [...texts(taReview), taTip, ...texts(taResponse)],
  bylines: ['Helen G', 'Written October 19, 2025', `Response from Peter Nance, General Manager at ${taHotel}`, 'Responded October 22, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tripadvisor', ...taNav.filter((t) => t !== 'Review'), 'USD', 'Sign in', ...taCrumbs.filter((t) => t !== 'St Ives'), taHotel,
    '1,102 reviews', '#3 of 41 hotels in St Ives', 'Wharf Road, St Ives TR26 1LP England',
    'Save', 'Check In', 'Check Out', '2 guests', 'View prices', 'Bristol, United Kingdom', '86 contributions', '42 helpful votes',
    'Date of stay: October 2025', 'Trip type: Traveled as a couple', 'See more room tips', ...taSub.filter((t) => t !== 'Rooms'), '5.0 of 5 bubbles',
    '4.5 of 5 bubbles', '4.0 of 5 bubbles',
    'This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC.',
    'Tripadvisor performs checks on reviews as part of our industry-leading trust & safety standards.', 'Helpful', 'Share',
    'This response is the subjective opinion of the management representative and not of Tripadvisor LLC.', `More reviews of ${taHotel}`,
    ...taMore, 'See all 1,102 reviews', 'Nearby hotels', ...taNearby,
    'We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.',
    'I Accept', 'Manage cookies', ...taFoot, '© 2025 Tripadvisor LLC All rights reserved.',
    'This is the version of our website addressed to speakers of English in the United States.',
  ],
};
