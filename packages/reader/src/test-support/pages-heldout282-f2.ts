import { links, type TestPage, texts } from './page-kit.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file f2: an Airbnb room page with the description dialog open as saved (atomic CSS class names and
 * data-section-id blocks: header with search bar, title with share / save, photo tour button, overview with capacity list,
 * guest favourite badge, "Hosted by" line, highlights, the "About this space" dialog with its h3 sections, amenities, booking
 * card, reviews, map, host profile, "Things to know" with house rules, safety and cancellation, and the footer).
 */
const hTitle = 'Larch Cabin by the Tarn · Wood-Fired Sauna';
const hIntro = pp(`
A small timber cabin at the edge of a mountain tarn, built by hand from larch that grew on the hillside above it. Wake to the
sound of water, swim from the jetty in summer, and warm up afterwards in the wood-fired sauna on the shore.
`);
const hSpace = pp(`
The cabin has one open room downstairs with a kitchen, a dining table for four and a sofa facing the stove, and a sleeping loft
up a steep ship's ladder with a double bed under the skylight. A second bedroom on the ground floor has two single beds.

The kitchen has a two-ring induction hob, a small oven, a proper coffee grinder and everything you need to cook a simple meal.
There is no television; there is a shelf of books and board games and a very good view.
`);
const hAccess = pp(`
You have the whole cabin, the jetty and the sauna to yourselves. The path from the parking area is 300 metres of gravel and
has no lighting, so please bring a torch or use the lanterns we leave by the door.
`);
const hNote = pp(`
We heat the cabin with the wood stove and a heat pump, and we leave a full basket of dry wood for your stay. Mobile signal is
patchy on the shore but the Wi-Fi is reliable. The tarn is deep and cold even in August; please swim with care.
`);
const hH = ['About this space', 'The space', 'Guest access', 'Other things to note', 'House rules'];
const hRules = [
  'Check-in: 3:00 PM - 9:00 PM',
  'Checkout before 11:00 AM',
  'Keys are in a lockbox beside the cabin door',
  'No more than four guests may stay at any time',
  'No pets',
  'Quiet hours 10:00 PM - 7:00 AM',
  'No smoking, including on the jetty',
  'Please light the sauna stove only with the wood provided and never leave it unattended',
  'Before you leave: turn things off, lock up and take the rubbish to the bins by the parking area',
];
const hBody = [...hIntro, ...hSpace, ...hAccess, ...hNote, ...hRules];
const hOver = ['4 guests', '2 bedrooms', '3 beds', '1 bath'];
const hHigh = ['Dive right in', 'This is one of the few places in the area with a pool.', 'Self check-in', 'Check yourself in with the lockbox.'];
const hAmen = ['Lake access', 'Sauna', 'Wifi', 'Free parking on premises', 'Indoor fireplace: wood-burning', 'Kitchen'];
const hFoot = ['Support', 'Help Centre', 'AirCover', 'Anti-discrimination', 'Hosting', 'Airbnb your home', 'Newsroom', 'Careers', 'Investors'];
const hRevs = [
  ['Saoirse', 'September 2026', 'The sauna and a swim at sunset were the highlight of our year. Spotless cabin.'],
  ['Bram', 'August 2026', 'Magical spot, bring a torch! The ladder to the loft is steep but fine.'],
];
const hHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr" data-is-hyperloop="true"><head><meta charset="utf-8">
<title>Larch Cabin by the Tarn · Wood-Fired Sauna - Cabins for Rent in Wren Hollow, Cumbria - Airbnb</title>
<meta name="description" content="Entire cabin in Wren Hollow, United Kingdom. A small timber cabin at the edge of a mountain tarn.">
<meta property="og:type" content="airbedandbreakfast:listing"><link rel="canonical" href="https://www.airbnb.example/rooms/1129380554172908231">
<script id="data-deferred-state-0" data-deferred-state-0="true" type="application/json">{"niobeMinimalClientData":[["StaysPdpSections",{"data":{}}]]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VacationRental","name":"Larch Cabin by the Tarn",
"containsPlace":{"@type":"Accommodation",
"occupancy":{"@type":"QuantitativeValue","value":4}},"aggregateRating":{"@type":"AggregateRating","ratingValue":4.97,"ratingCount":88}}</script></head>
<body class="with-new-header"><div id="react-application" data-application="true"><div class="c1yo0219 dir dir-ltr">
<header class="c1kn6kxw dir dir-ltr" data-testid="header"><a href="/" aria-label="Airbnb homepage" class="c13cw3wj"></a><div class="sngjgin">
<button class="b1ocswxq" type="button">Anywhere</button><button class="b1ocswxq" type="button">Any week</button><button type="button">Add
guests</button></div>
<a href="/host/homes" class="l1ovpqvx">Airbnb your home</a><button aria-label="Main navigation menu" class="c1grjlav">Log in or sign up</button></header>
<main id="site-content"><div data-section-id="TITLE_DEFAULT" class="_88xxct"><div class="t1kjrihn"><h1 tabindex="-1" class="hpipapi atm_7l_1kw7nm4
atm_c8_1x4eueo atm_cs_1kw7nm4 atm_g3_1kw7nm4 dir dir-ltr" elementtiming="LCP-target">${hTitle}</h1></div>
<div class="t1ztgu8l"><button aria-label="Share" class="l1ovpqvx"><span class="_14tkmhr">Share</span></button>
<button aria-label="Save" class="l1ovpqvx"><span class="_14tkmhr">Save</span></button></div></div>
<div data-section-id="HERO_DEFAULT"><div class="_4626ulj"><img class="itu7ddv" alt="Cabin on the shore of a tarn at dusk"
src="https://a0.muscache.example/im/pictures/hosting/Hosting-1129380554172908231/3f2c.jpeg"><button class="b65jmrv">Show all photos</button></div></div>
<div data-section-id="OVERVIEW_DEFAULT_V2"><section><div class="toieuka"><h2 class="hpipapi">Entire cabin in Wren Hollow, United Kingdom</h2>
<ol class="lgx66tx">${lis(hOver, 'l7n4lsf')}</ol></div><div class="g1qv1ctd"><div class="l1tv7ipd">Guest favourite</div>
<div class="a8jhwcl">One of the most loved homes on Airbnb, according to guests</div><div class="r1lutz1s">4.97</div><div class="rddb4xa">88
reviews</div></div></section></div>
<div data-section-id="HOST_OVERVIEW_DEFAULT"><div class="t1pxe1a4">Hosted by Ysolde</div><ol class="lgx66tx"><li class="l7n4lsf">Superhost</li>
<li class="l7n4lsf">6 years hosting</li></ol></div>
<div data-section-id="HIGHLIGHTS_DEFAULT"><div
class="i1303y2k">${hHigh.map((t, i) => `<div class="${i % 2 === 0 ? 't1s7hksh' : 'd1s7hksh'}">${t}</div>`).join('\n')}</div></div>
<div data-section-id="DESCRIPTION_DEFAULT"><div class="d1isfkwk"><span class="ll4r2nl dir dir-ltr">${hIntro.join('')}</span></div>
<button class="l1ovpqvx b1uxatsa" type="button">Show more</button></div>
<div data-section-id="AMENITIES_DEFAULT"><h2 class="hpipapi">What this place offers</h2><div
class="_19xnuo97">${hAmen.map((a) => `<div class="iikjzje">${a}</div>`).join('\n')}</div>
<button class="l1ovpqvx">Show all 38 amenities</button></div>
<div data-section-id="BOOK_IT_SIDEBAR"><div class="_1s21a6e2"><span class="_11jcbg2">£164</span><span class="_14tkmhr">night</span>
<button class="l1ovpqvx c1ue9oh">Reserve</button><div class="_1ku5g4q">You won't be charged yet</div></div></div>
<div data-section-id="REVIEWS_DEFAULT"><h2 class="hpipapi">4.97 · 88 reviews</h2>${hRevs
  .map((r) => `<div class="r1are2x1"><h3 class="hpipapi">${r[0]}</h3><div class="s78n3tv">${r[1]}</div><span class="ll4r2nl">${r[2]}</span></div>`)
  .join('\n')}<button class="l1ovpqvx">Show all 88 reviews</button></div>
<div data-section-id="LOCATION_DEFAULT"><h2 class="hpipapi">Where you'll be</h2><div class="s1x0r3vf">Wren Hollow, Cumbria, United Kingdom</div></div>
<div data-section-id="MEET_YOUR_HOST"><h2 class="hpipapi">Meet your host</h2><div class="h1cm5z0c">Ysolde</div><div class="s1bf5ft1">Response rate: 100%</div>
<div class="s1bf5ft1">Responds within an hour</div><button class="l1ovpqvx">Message host</button>
<div class="p1b4hq3n">To help protect your payment, always use Airbnb to send money and communicate with hosts.</div></div>
<div data-section-id="POLICIES_DEFAULT"><h2 class="hpipapi">Things to know</h2><div class="c1e8ou4h"><h3 class="hpipapi">Safety &amp; property</h3>
<ul><li>Carbon monoxide alarm</li><li>Smoke alarm</li><li>Nearby lake, river, other body of water</li></ul>
<h3 class="hpipapi">Cancellation policy</h3><p>Free cancellation before 12 Nov. Cancel before check-in for a partial refund.</p></div></div>
</main>
<div role="dialog" aria-modal="true" aria-label="About this space" class="c1lbtiq8 dir dir-ltr"><div class="_1mhw8o8"><button aria-label="Close"
class="czcfm7x"></button>
<section><h2 tabindex="-1" class="hpipapi dir dir-ltr" elementtiming="LCP-target">${hH[0]}</h2><div class="d1isfkwk"><span
class="ll4r2nl">${hIntro.join('')}</span></div>
<h3 class="hpipapi">${hH[1]}</h3><span class="ll4r2nl">${hSpace.join('<br><br>')}</span>
<h3 class="hpipapi">${hH[2]}</h3><span class="ll4r2nl">${hAccess.join('<br><br>')}</span>
<h3 class="hpipapi">${hH[3]}</h3><span class="ll4r2nl">${hNote.join('<br><br>')}</span>
<h3 class="hpipapi">${hH[4]}</h3><div class="_1b2umrx"><div class="c1hbtrh0">Checking in and out</div><div class="c1hbtrh0">During your stay</div>
<ul class="_14tkmhr">${lis(hRules, 'i1303y2k')}</ul></div></section></div></div>
<footer class="f1e6j1g4 dir dir-ltr"><ul>${links(hFoot, 'c1kvbgvb')}</ul><div class="_jro6t0">© 2026 Airbnb, Inc.</div>
<div class="_jro6t0">Privacy · Terms · Sitemap · Company details</div></footer></div>
<script src="https://a0.muscache.example/airbnb/static/packages/web/en-GB/frontend/pdp/StaysPdp.js" defer></script></body></html>`;
export const airbnb: TestPage = {
  name: 'heldout282-airbnb-rental',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts(hBody),
  bylines: ['Hosted by Ysolde'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Anywhere', 'Any week', 'Add guests', 'Airbnb your home', 'Log in or sign up',
    'Share', 'Save', 'Show all photos', 'Entire cabin in Wren Hollow, United Kingdom',
    ...hOver, 'Guest favourite', 'One of the most loved homes on Airbnb, according to guests', '88 reviews', 'Superhost', '6 years hosting', ...hHigh,
    'Show more', 'What this place offers', ...hAmen, 'Show all 38 amenities', '£164', 'night', 'Reserve', "You won't be charged yet", '4.97 · 88 reviews',
    ...hRevs.flat(), 'Show all 88 reviews', "Where you'll be", 'Wren Hollow, Cumbria, United Kingdom', 'Meet your host', 'Response rate: 100%',
    'Responds within an hour', 'Message host', 'To help protect your payment, always use Airbnb to send money and communicate with hosts.',
    'Things to know', 'Safety & property', 'Carbon monoxide alarm', 'Smoke alarm', 'Nearby lake, river, other body of water', 'Cancellation policy',
    'Free cancellation before 12 Nov. Cancel before check-in for a partial refund.', 'Checking in and out', 'During your stay',
    ...hFoot.filter((t) => t !== 'Airbnb your home'), '© 2026 Airbnb, Inc.', 'Privacy · Terms · Sitemap · Company details',
  ],
};
