import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout398-kit.js';

/**
 * Held-out batch 398, file a: an Airbnb room page saved from the React app (obfuscated atomic class names, data-section-id
 * blocks, description with <br> breaks instead of paragraphs, amenities, house rules, the sticky booking card, review
 * carousel, host card, footer) and a Booking.com hotel page (hp_ ids, search box, photo grid, property description,
 * facilities, house rules table, fine print, availability table, Genius banner).
 */
const aTitle = 'Stone loft above the old olive press, with a vine terrace';
const aDesc = [
  j(
    'The loft takes up the whole top floor of a former olive press at the edge of Castelmoro, a village of four hundred people on a ridge',
    'above the Sarre valley. Thick stone walls keep it cool in August, and the long terrace under the vine looks west over the terraced hills.',
  ),
  j(
    'Inside there is one open room with a king-size bed, a sofa that opens into a double for two children, a small kitchen with a gas hob',
    'and an espresso pot, and a shower room built into the old grain chute. The beams are original and low in one corner: mind your head.',
  ),
];
const aSpace = [
  j(
    'The press itself is downstairs and is still used by our neighbour in November, when the village brings its olives in. If you stay then,',
    'you are welcome to watch the pressing and take a bottle of new oil home.',
  ),
  j(
    'The terrace has a table for six, two loungers and a charcoal grill. Evening sun reaches it until late, and swifts nest under the roof tiles',
    'from May to July.',
  ),
];
const aAccess = [
  'Guests have the whole loft and the terrace to themselves. The entrance is by an outside stone stair; there is no lift.',
  'Free parking is in the village square, a three-minute walk down the lane. Cars cannot reach the door.',
];
const aNote = [
  'The nearest shop and bakery are in Pietrasca, 6 km away. The village bar opens from Easter to the end of October.',
  'Church bells ring on the hour from 7 am to 9 pm.',
];
const aAmen = ['Valley view', 'Kitchen', 'Wifi', 'Free parking on premises', 'Washing machine', 'Outdoor dining area', 'BBQ grill', 'Portable fans'];
const aRules = [
  'Check-in after 4:00 pm',
  'Checkout before 10:00 am',
  'Four guests maximum',
  'No pets',
  'No parties or events',
  'Quiet hours 10:00 pm – 8:00 am',
];
const aSafety = ['Carbon monoxide alarm', 'Smoke alarm', 'Exterior stairs without a handrail'];
const aCancel = j(
  'Free cancellation before 12 May. Cancel before check-in on 19 May for a partial refund. Review the host’s full cancellation policy,',
  'which applies even if you cancel for illness or disruptions caused by COVID-19.',
);
const aNav = ['Stays', 'Experiences', 'Airbnb your home'];
const aReviews = [
  'Beautiful loft and a terrace we did not want to leave. The stairs are steep with a toddler but everything else was perfect.',
  'Quiet, spotless and the oil from the press downstairs was a lovely touch. Bring a car, the village is remote.',
];
const aFoot1 = ['Help Centre', 'AirCover', 'Anti-discrimination', 'Disability support', 'Cancellation options', 'Report neighbourhood concern'];
const aFoot2 = ['Airbnb your home', 'AirCover for Hosts', 'Hosting resources', 'Community forum', 'Hosting responsibly'];
const aFoot3 = ['Newsroom', 'New features', 'Careers', 'Investors', 'Gift cards'];
const aHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-is-hyperloop="true"><head><meta charset="utf-8">
<title>Loft in Castelmoro · ★4.93 · 1 bedroom · 1 bed · 1 bath - Airbnb</title>
<meta name="description" content="Entire rental unit for $142. The loft takes up the whole top floor of a former olive press at the edge of Castelmoro.">
<meta property="og:title" content="Loft in Castelmoro · ★4.93 · 1 bedroom"><meta property="og:site_name" content="Airbnb">
<meta property="og:image" content="https://a0.muscache.example/im/pictures/miso/Hosting-81442/original/5a1c.jpeg"><link rel="canonical"
href="https://www.airbnb.example/rooms/81442">
<script id="data-deferred-state-0" data-deferred-state-0="true"
type="application/json">{"niobeMinimalClientData":[["StaysPdpSections",{"listingId":"81442"}]]}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"VacationRental","name":"${aTitle}","aggregateRating":{"ratingValue":4.93,
"ratingCount":57}}</script>
<script>window.__AIRBNB_BOOTSTRAP__={"layout-init":{"locale":"en-GB","currency":"EUR"}};</script></head>
<body class="with-new-header"><div id="react-application" data-reactroot=""><div class="c1kn6kxw dir dir-ltr">
<header class="c1f9qa8g" data-testid="little-search"><div class="c1ytbx3a"><a href="/" aria-label="Airbnb homepage" class="c13cw3wj"></a>
<nav aria-label="Main navigation"><ul class="c1y4u7zu">${links(aNav, 'c1j4sdf6')}</ul></nav>
<button type="button" class="c1ye1ifn" aria-label="Main navigation menu"><span class="a8jt5op">Log in or sign up</span></button></div></header>
<main id="site-content"><div data-section-id="TITLE_DEFAULT" data-plugin-in-point-id="TITLE_DEFAULT"><div class="_b8stb0">
<span class="_1xxgv6l"><h1 tabindex="-1" class="hpipapi atm_7l_1kw7nm4 atm_c8_1x4eueo dir dir-ltr" elementtiming="LCP-target">${aTitle}</h1></span></div>
<div class="_1e9g34tc"><button type="button" class="l1ovpqvx c1kblhex dir dir-ltr"><span class="_14tkmhr">Share</span></button>
<button type="button" class="l1ovpqvx c1kblhex dir dir-ltr" data-testid="pdp-save-button"><span class="_14tkmhr">Save</span></button></div></div>
<div data-section-id="HERO_DEFAULT"><div class="_168ht2w"><picture><img class="itu7ddv" alt="Terrace under the vine at sunset"
src="https://a0.muscache.example/im/pictures/miso/Hosting-81442/original/5a1c.jpeg"></picture>
<button type="button" class="b65jmrv"><span>Show all photos</span></button></div></div>
<div data-section-id="OVERVIEW_DEFAULT_V2"><div class="o1kjrihn"><h2 class="hpipapi dir dir-ltr"
elementtiming="LCP-target">Entire rental unit in Castelmoro, Italy</h2>
<ol class="lgx66tx"><li class="l7n4lsf">4 guests</li><li class="l7n4lsf">1 bedroom</li><li class="l7n4lsf">2 beds</li><li class="l7n4lsf">1 bath</li></ol>
<div class="r1lutz1s"><span class="a8jt5op">Rated 4.93 out of 5 from 57 reviews.</span><div aria-hidden="true">4.93</div>
<a class="l1ovpqvx" href="#availability-calendar">57 reviews</a></div></div></div>
<div data-section-id="HOST_OVERVIEW_DEFAULT"><div class="t1pxe1a4"><div class="t1pxe1a4 dir dir-ltr">Hosted by Odile</div>
<div class="s1l7gi0l dir dir-ltr">Superhost · 7 years hosting</div></div></div>
<div data-section-id="DESCRIPTION_DEFAULT"><div class="_1d784e5"><h2 class="a8jt5op">About this space</h2><span class="ll4r2nl dir
dir-ltr">${aDesc.join('<br /><br />\n')}
<br /><br />\n<h2 class="_14i3z6h">The space</h2>${aSpace.join('<br /><br />\n')}<br /><br />\n<h2 class="_14i3z6h">Guest access</h2>${aAccess.join('<br />\n')}
<br /><br />\n<h2 class="_14i3z6h">Other things to note</h2>${aNote.join('<br />\n')}</span></div>
<button type="button" class="l1ovpqvx b1uxatsa dir dir-ltr"><span class="_1dtjvhj">Show more</span></button></div>
<div data-section-id="AMENITIES_DEFAULT"><section><div class="_1y6fhhr"><h2 tabindex="-1" class="hghzvl1 dir dir-ltr"
elementtiming="LCP-target">What this place offers</h2>
</div><div class="_19xnuo97">${aAmen.map((a) => `<div class="_19xnuo97"><div class="iikjzje"><div>${a}</div></div></div>`).join('\n')}</div>
<button type="button" class="l1ovpqvx b65jmrv"><span>Show all 31 amenities</span></button></section></div>
<div data-section-id="BOOK_IT_SIDEBAR"><div class="_1s21a6e2" data-testid="book-it-default"><div class="_1jo4hgw"><span class="_11jcbg2">€142</span>
<span class="_tt122m">night</span></div><div class="_16l1qv1"><div class="_7eq2v2">CHECK-IN</div><div class="_7eq2v2">CHECKOUT</div><div
class="_7eq2v2">GUESTS</div>
</div><button type="button" data-testid="homes-pdp-cta-btn" class="l1ovpqvx bhtzcqb"><span class="_16b9xlz">Reserve</span></button>
<div class="_1vcq4pm">You won't be charged yet</div><button type="button" class="l1ovpqvx b1uxatsa"><span>Report this listing</span></button></div></div>
<div data-section-id="REVIEWS_DEFAULT"><section><h2 class="_14i3z6h">★ 4.93 · 57 reviews</h2>
<div class="_1f9rmq80"><div class="r1are2x1"><div class="c10or9ri">Thibault</div><div class="s15w4qkt">Lyon, France</div><div class="s78n3tv">March 2026</div>
<span class="ll4r2nl">${aReviews[0]}</span></div><div class="r1are2x1"><div class="c10or9ri">Greta</div><div class="s15w4qkt">Graz, Austria</div>
<div class="s78n3tv">October 2025</div><span class="ll4r2nl">${aReviews[1]}</span></div></div>
<button type="button" class="l1ovpqvx b65jmrv"><span>Show all 57 reviews</span></button></section></div>
<div data-section-id="LOCATION_DEFAULT"><section><h2 class="_14i3z6h">Where you’ll be</h2><div class="s1b4clln">Castelmoro, Liguria, Italy</div>
<div class="_1mnjm2e" aria-label="Map"><span>Map data ©2026</span></div></section></div>
<div data-section-id="MEET_YOUR_HOST"><section><h2 class="_14i3z6h">Meet your host</h2><div class="cm0tib6">Response rate: 100%</div>
<div class="cm0tib6">Responds within an hour</div><button type="button" class="l1ovpqvx b65jmrv"><span>Message host</span></button>
<div class="_1eqp0fs">To protect your payment, never transfer money or communicate outside of the Airbnb website or app.</div></section></div>
<div data-section-id="POLICIES_DEFAULT"><section><h2 class="_14i3z6h">Things to know</h2><div class="c1e0w1q1">
<div><h3 class="_14i3z6h">House rules</h3><ul class="_1y6fhhr">${lis(aRules, 'i1303y2k')}</ul></div>
<div><h3 class="_14i3z6h">Safety &amp; property</h3><ul class="_1y6fhhr">${lis(aSafety, 'i1303y2k')}</ul></div>
<div><h3 class="_14i3z6h">Cancellation policy</h3><div class="i1303y2k">${aCancel}</div></div></div></section></div></main>
<footer class="f1ghb4b0" role="contentinfo"><div class="c1lbtiq8"><section><h3 class="trsc28b">Support</h3><ul class="l1h825yc">${links(aFoot1, 'i4wvyiy')}</ul>
</section><section><h3 class="trsc28b">Hosting</h3><ul class="l1h825yc">${links(aFoot2, 'i4wvyiy')}</ul></section><section><h3 class="trsc28b">Airbnb</h3>
<ul class="l1h825yc">${links(aFoot3, 'i4wvyiy')}</ul></section></div><div class="_1udzt2s">© 2026 Airbnb, Inc. · Privacy · Terms · Sitemap</div></footer>
<div class="c1wq7ltg" role="dialog" aria-label="Cookie preferences"><div class="_1ne5r4rt">Your privacy</div><p class="_1cvivhm">
We use cookies and similar technologies to help personalise content, tailor and measure ads, and provide a better experience.</p>
<button class="_1cp9s0p">Okay</button><button class="_1cp9s0p">Cookie preferences</button></div></div></div>
<script src="https://a0.muscache.example/airbnb/static/packages/web/common/frontend/hyperloop-browser/shims.js" defer></script></body></html>`;
const airbnb: TestPage = {
  name: 'heldout398-airbnb-listing',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [
    'About this space',
    'The space',
    'Guest access',
    'Other things to note',
    'What this place offers',
    'Things to know',
    'House rules',
    'Safety & property',
    'Cancellation policy',
  ],
  body: texts([...aDesc, ...aSpace, ...aAccess, ...aNote, ...aAmen, ...aRules, ...aSafety, aCancel]),
  bylines: ['Hosted by Odile'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Log in or sign up', 'Share', 'Save', 'Show all photos', 'Entire rental unit in Castelmoro, Italy', '4 guests', '1 bedroom', '2 beds', '1 bath',
    'Rated 4.93 out of 5 from 57 reviews.', '57 reviews', 'Superhost · 7 years hosting', 'Show more', 'Show all 31 amenities', '€142', 'night', 
    'Reserve', "You won't be charged yet", 'Report this listing', '★ 4.93 · 57 reviews', 'Thibault', 'Lyon, France', 'March 2026',
    ...aReviews, 'Greta', 'Graz, Austria', 'October 2025', 'Show all 57 reviews', 'Where you’ll be', 'Castelmoro, Liguria, Italy', 'Map data ©2026',
    'Meet your host', 'Response rate: 100%', 'Responds within an hour', 'Message host',
    'To protect your payment, never transfer money or communicate outside of the Airbnb website or app.', 'Support', ...aFoot1, 'Hosting', ...aFoot2,
    ...aFoot3, '© 2026 Airbnb, Inc. · Privacy · Terms · Sitemap', 'Your privacy',
    'We use cookies and similar technologies to help personalise content, tailor and measure ads, and provide a better experience.', 'Okay',
    'Cookie preferences',
  ],
};

const bTitle = 'Hotel Vellmar am Mühlgraben';
const bDesc = [
  j(
    'Set in a restored 19th-century tannery on the banks of the Mühlgraben canal, Hotel Vellmar am Mühlgraben is a 6-minute walk from',
    'Rastfeld’s old market square and offers rooms with free WiFi, a garden terrace and a sauna in the former dye cellar.',
  ),
  j(
    'All rooms have a flat-screen TV, a desk, a kettle and a private bathroom with a walk-in shower. Some rooms look over the canal and the',
    'footbridge, and the two attic suites have a separate sitting area under the original timber roof.',
  ),
  j(
    'A buffet breakfast with regional bread, cheese from the Obertal dairy and homemade jams is served every morning in the vaulted hall.',
    'In the evening the bar serves local wines by the glass, and the staff at the 24-hour front desk can book tables in the town.',
  ),
  j(
    'Rastfeld Hauptbahnhof is 1.2 km from the property, and the Kreuzberg cable car is 4 km away. The nearest airport is Lenzach Airport,',
    '58 km from the hotel.',
  ),
  'Couples particularly like the location — they rated it 9.4 for a two-person trip.',
];
const bFac = ['Non-smoking rooms', 'Free WiFi', 'Sauna', 'Family rooms', '24-hour front desk', 'Bar', 'Very good breakfast', 'Bicycle parking'];
const bRules: [string, string][] = [
  ['Check-in', 'From 15:00 to 22:00. Guests are required to show a photo identification and credit card upon check-in.'],
  ['Check-out', 'From 07:00 to 11:00'],
  ['Cancellation/ prepayment', 'Cancellation and prepayment policies vary according to accommodation type.'],
  ['Children and beds', 'Children of any age are welcome. A cot is available on request and is free of charge.'],
  ['Pets', 'Pets are allowed on request. Charges may apply.'],
];
const bFine = j(
  'The sauna is open from 16:00 to 21:00 and must be booked at the front desk. Please note that the hotel has no lift and the attic',
  'suites are reached by a staircase of 48 steps. The town charges a local tax of €2.50 per adult per night, paid at the property.',
);
const bFaq = ['What is there to do at Hotel Vellmar am Mühlgraben?', 'How far is Hotel Vellmar am Mühlgraben from the centre of Rastfeld?'];
const bNav = ['Stays', 'Flights', 'Flight + Hotel', 'Car rental', 'Attractions', 'Airport taxis'];
const bCrumbs = ['Home', 'Germany', 'Lower Saxony', 'Rastfeld', 'Hotel Vellmar am Mühlgraben (Hotel), Rastfeld (Germany) Deals'];
const bTabs = ['Overview', 'Info & prices', 'Facilities', 'House rules', 'The fine print', 'Guest reviews (1,284)'];
const bFoot = ['Countries', 'Regions', 'Cities', 'Districts', 'Airports', 'Hotels', 'Places of interest', 'Holiday homes', 'Apartments', 'Resorts'];
const bFoot2 = ['Coronavirus (COVID-19) FAQs', 'About Booking.com', 'Customer Service help', 'Partner help', 'Careers', 'Sustainability'];
const bHtml = `<!DOCTYPE html><html lang="en-gb" class="no-js"><head><meta charset="utf-8">
<title>Hotel Vellmar am Mühlgraben, Rastfeld – Updated 2026 Prices</title>
<meta name="description" content="Set in a restored 19th-century tannery on the banks of the Mühlgraben canal, Hotel Vellmar am Mühlgraben offers rooms with
free WiFi.">
<meta property="og:title" content="★★★★ Hotel Vellmar am Mühlgraben, Rastfeld, Germany"><meta property="og:type" content="booking_com:hotel">
<link rel="canonical" href="https://www.booking.example/hotel/de/vellmar-am-muhlgraben.en-gb.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Hotel","name":"${bTitle}","aggregateRating":{"ratingValue":9.1,"reviewCount":1284},
"address":{"@type":"PostalAddress","streetAddress":"Gerbergasse 11","addressLocality":"Rastfeld"}}</script>
<script>var booking = {env:{b_hotel_id:'9904812',b_action:'hotel',b_lang:'en-gb'}};</script></head>
<body id="b2hotelPage" class="b_hotelpage lang_is_en-gb"><div id="b2hotelPage_wrapper">
<header class="bui-header bui-header--logo-large" data-testid="header-mobile-menu"><nav class="bui-header__main"><a href="/" class="bui-header__logo"
aria-label="Booking.com"></a><div class="bui-group bui-group--inline"><span class="bui-button__text">EUR</span>
<a class="bui-button" href="/join.html"><span class="bui-button__text">List your property</span></a>
<a class="bui-button" href="/sign-in"><span class="bui-button__text">Register</span></a><a class="bui-button"
href="/sign-in"><span class="bui-button__text">Sign in</span></a>
</div></nav><nav class="bui-tab bui-header__tab" aria-label="Products"><ul class="bui-tab__nav">${links(bNav, 'bui-tab__item')}</ul></nav></header>
<div id="bodyconstraint"><div id="breadcrumb" class="breadcrumb-wrapper"><ol itemscope itemtype="http://schema.org/BreadcrumbList">
${links(bCrumbs, 'bui-breadcrumb__item')}</ol></div>
<div id="left" class="sb-searchbox__outer"><form id="frm" class="sb-searchbox" action="/searchresults.html"><h2 class="sb-searchbox__title-text">Search</h2>
<label>Destination/property name:</label><input type="search" name="ss" value="Rastfeld"><label>Check-in date</label><label>Check-out date</label>
<button type="submit" class="sb-searchbox__button"><span>Search</span></button></form>
<div class="hp-map-thumbnail"><a href="#map_opened" class="show_map">Show on map</a></div></div>
<div id="right"><div class="hp__hotel-title-wrapper"><div id="wrap-hotelpage-top" class="wrap-hotelpage-top"><span class="hp__hotel-type-badge">Hotel</span>
<h2 class="d2fee87262 pp-header__title">${bTitle}</h2>
<p class="address address_clean"><span class="hp_address_subtitle js-hp_address_subtitle jq_tooltip" data-source="top_link">
Gerbergasse 11, 31552 Rastfeld, Germany</span> – <a href="#map_opened" class="show_map_hp_link">Excellent location – show map</a></p>
<div class="hp_nav_reviews_link"><span class="review-score-badge" aria-label="Scored 9.1">9.1</span><span class="review-score-widget__text">Superb</span>
<span class="review-score-widget__subtext">1,284 reviews</span></div></div>
<div class="hprt-reserve-button-wrapper"><button class="txp-bui-main-pp bui-button--primary">Reserve</button>
<a class="js-wishlist-toggle" aria-label="Save the property">Save</a><a class="js-share-hp" aria-label="Share">Share</a></div></div>
<div class="clearfix bh-photo-grid"><a class="bh-photo-grid-item" href="#"><img src="https://cf.bstatic.example/xdata/images/hotel/max1024x768/48822.jpg"
alt="The canal terrace at Hotel Vellmar am Mühlgraben"></a><a class="bh-photo-grid-thumb-more-inner" href="#">+37 photos</a></div>
<ul class="bui-tab__nav hp-nav-tabs">${links(bTabs, 'bui-tab__item')}</ul>
<div class="genius-benefits-banner"><div class="bui-alert__title">You're eligible for a Genius discount at Hotel Vellmar am Mühlgraben!</div>
<p class="bui-alert__text">To save at this property, all you have to do is sign in.</p></div>
<div id="property_description_content" class="hp-description hp_desc_main_content"
data-capla-component="b-property-web-property-page/PropertyDescriptionDesktop">
<h1 class="pp-header__title hp__hotel-name">${bTitle}</h1>
${ps(bDesc, ' class="a53cbfa6de b3efd73f69"')}
<p class="hp-desc-we-speak">We speak your language!</p></div>
<div class="property-highlights hp--desc_highlights"><h3 class="ph-title">Property highlights</h3><p>Perfect for a 2-night stay!</p>
<p>Situated in the best-rated area in Rastfeld, this hotel has an excellent location score of 9.5</p><button class="bui-button">Reserve</button></div>
<div id="hp_facilities_box" class="hp_facilities_block"><h2 class="hp-facilities__title">Most popular facilities</h2>
<div class="hp_desc_important_facilities
clearfix">${bFac.map((f) => `<div class="important_facility"><span class="db29ecfbe2">${f}</span></div>`).join('\n')}</div>
</div>
<div id="availability_target" class="hprt-container"><h2 class="hp-section-header">Availability</h2><table id="hprt-table" class="hprt-table">
<thead><tr><th>Room type</th><th>Number of guests</th><th>Today's price</th><th>Your choices</th><th>Select rooms</th></tr></thead>
<tbody><tr><td><a class="hprt-roomtype-link">Double Room with Canal View</a></td><td>2 guests</td><td>€ 138</td><td>Breakfast included</td>
<td><select><option>0</option><option>1</option></select></td></tr><tr><td><a class="hprt-roomtype-link">Attic Suite</a></td><td>3 guests</td><td>€ 214</td>
<td>Free cancellation before 10 May 2026</td><td><select><option>0</option><option>1</option></select></td></tr></tbody></table>
<button class="hprt-reservation-cta__book bui-button--primary">I'll reserve</button></div>
<div id="hp_policies_box" class="hotel_policies"><h2 class="policies-title">House rules</h2>
<p class="policies-intro">Hotel Vellmar am Mühlgraben takes special requests – add in the next step!</p>
<div class="policies-table">${bRules
  .map(
    ([k, v]) => `<div class="description policy-row"><p class="policy_name"><span>${k}</span></p>
<p>${v}</p></div>`,
  )
  .join('\n')}
</div></div>
<div id="important_info" class="hp-fine-print"><h2>The fine print</h2><div class="hp_hotel_fine_print"><p>${bFine}</p></div></div>
<div class="hp-faq"><h2>FAQs about Hotel Vellmar am
Mühlgraben</h2><ul>${links(bFaq)}</ul></div>
</div></div>
<footer class="footer"><div class="footer-top-links"><ul>${links(bFoot)}</ul><ul>${links(bFoot2)}</ul></div>
<div class="footer-copyright">Copyright © 1996–2026 Booking.com™. All rights reserved.</div>
<p class="footer-parent">Booking.com is part of Booking Holdings Inc., the world leader in online travel and related services.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make your browsing
experience better and to show you personalised offers.</p><button id="onetrust-accept-btn-handler">Accept</button>
<button id="onetrust-reject-all-handler">Decline</button><button id="onetrust-pc-btn-handler">Manage settings</button></div></div>
<script>b_reviews_data_hotel = {"score":"9.1","count":"1284"};</script></body></html>`;
const booking: TestPage = {
  name: 'heldout398-booking-hotel',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Most popular facilities', 'House rules', 'The fine print'],
  body: texts([...bDesc, ...bFac, ...bRules.flat(), bFine]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'EUR', 'List your property', 'Register', 'Sign in', ...bNav, ...bCrumbs.slice(1).filter((c) => c !== 'Rastfeld'), 'Destination/property name:',
    'Check-in date', 'Check-out date',
    'Show on map', 'Gerbergasse 11, 31552 Rastfeld, Germany', 'Excellent location – show map', '9.1', 'Superb', '1,284 reviews', 'Reserve', 'Save', 'Share',
    '+37 photos', ...bTabs.filter((t) => t !== 'House rules' && t !== 'The fine print' && t !== 'Facilities'), 'Search',
    "You're eligible for a Genius discount at Hotel Vellmar am Mühlgraben!", 'To save at this property, all you have to do is sign in.',
    'We speak your language!', 'Property highlights', 'Perfect for a 2-night stay!',
    'Situated in the best-rated area in Rastfeld, this hotel has an excellent location score of 9.5', 'Availability', 'Room type', 'Number of guests',
    "Today's price", 'Your choices', 'Select rooms', 'Double Room with Canal View', '2 guests', '€ 138', 'Breakfast included', 'Attic Suite', '3 guests',
    '€ 214',
    'Free cancellation before 10 May 2026', "I'll reserve", 'Hotel Vellmar am Mühlgraben takes special requests – add in the next step!',
    'FAQs about Hotel Vellmar am Mühlgraben', ...bFaq, ...bFoot, ...bFoot2, 'Copyright © 1996–2026 Booking.com™. All rights reserved.',
    'Booking.com is part of Booking Holdings Inc., the world leader in online travel and related services.',
    'We use cookies to make your browsing experience better and to show you personalised offers.', 'Accept', 'Decline', 'Manage settings',
  ],
};

export const HELDOUT398_A: readonly TestPage[] = [airbnb, booking];
