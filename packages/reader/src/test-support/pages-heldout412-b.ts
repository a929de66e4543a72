import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file b: a Dice gig page (Next.js markup with styled-components class names, the event image, the
 * sticky "Buy now" price box, the lineup list, the venue block with "Get directions", "Presented by" line, the "Get the app"
 * promo, "You might also like" rail and footer) and a Resident Advisor club night (React markup with Box / Text class
 * names, the event header with date, venue and promoter, the lineup, "Tickets" widget with sold-out tiers, "Attending"
 * count, "More events at" rail and RA's footer).
 */
const dcTitle = 'Sorrel Vance + Tidewalker';
const dcBody = [
  j(
    'Sorrel Vance plays her first London headline show in three years, a week after the release of Open Water Hymns, the record',
    'she wrote on a borrowed upright piano in a shed at the end of her grandmother’s garden.',
  ),
  j(
    'The songs are quieter than anything she has made before: piano, a little cello, and her voice close to the microphone. Live',
    'she is joined by a trio, and the arrangements have been rebuilt for a small room where you can hear the pedals creak.',
  ),
  j(
    'Vance recorded most of the album alone, often late at night, and several of the songs were finished only days before the',
    'pressing deadline. She has said she wanted them to sound like somebody thinking out loud, and the live band leave a lot of space.',
  ),
  j(
    'Opening the night is Tidewalker, the one-man ambient project of producer Kit Amesbury, who will play a set built from field',
    'recordings made on the Thames foreshore at low tide.',
  ),
  'Please note the venue is standing only, with a few stools at the bar. This is a strictly over-18s show; bring photo ID.',
  j(
    'Tickets are sold through the app only and locked to your phone, so there is no need to print anything. If you can no longer go, join',
    'the waiting list and we will pass your ticket on to a fan at face value.',
  ),
];
const dcLineup = ['Sorrel Vance', 'Tidewalker'];
const dcAlso = ['Ostrea: Live at the Crypt', 'The Slow Tram Band', 'Harbour Lights Club Night', 'Wenna Doyle Album Launch'];
const dcFoot = ['About DICE', 'Careers', 'Press', 'Help', 'Terms', 'Privacy', 'Cookies', 'Modern slavery statement'];
const dcHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dcTitle} Tickets | £16.50 | 9 Apr @ The Lamplighter, London | DICE</title>
<meta name="description" content="Sorrel Vance plays her first London headline show in three years. Buy tickets on DICE.">
<meta property="og:image" content="https://dice-media.imgix.example/attachments/2026-01-30/sorrel.jpg">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicEvent","name":"Sorrel Vance +
Tidewalker","startDate":"2026-04-09T19:30:00+01:00",
"location":{"@type":"Place","name":"The Lamplighter"},"offers":{"@type":"Offer","price":"16.50","priceCurrency":"GBP"}}</script>
<style data-styled="true">.EventDetailsTitle__Title-sc-8ebcf47a-0{font-size:2rem}</style></head>
<body><div id="__next"><div class="Layout__Container-sc-7f9c2b1e-0 fRkBoB"><header class="Header__Wrapper-sc-1ad90f3e-0 jzQhMN">
<a href="/" class="Logo__Link-sc-2a7f8c11-0" aria-label="DICE">DICE</a><nav
class="Header__Nav-sc-1ad90f3e-1">${as(['Browse events', 'Help', 'Get the app', 'Log in'], 'Header__NavLink-sc-1ad90f3e-2')}</nav></header>
<main class="EventPage__Main-sc-4b1c8a20-0 dCwXjf"><div class="EventDetailsImage__Container-sc-5a3e41b0-0"><img
src="https://dice-media.imgix.example/sorrel.jpg"
alt="${dcTitle}"></div><div class="EventDetailsTitle__Container-sc-8ebcf47a-1">
<h1 class="EventDetailsTitle__Title-sc-8ebcf47a-0 gPQbqE">${dcTitle}</h1>
<div class="EventDetailsTitle__Venue-sc-8ebcf47a-2"><a href="/venue/the-lamplighter-x7q2">The Lamplighter</a></div>
<div class="EventDetailsTitle__Date-sc-8ebcf47a-3">Thu, 9 Apr, 7:30 pm BST</div></div>
<div class="EventDetailsCallToAction__Container-sc-12ab4f9d-0"><div class="EventDetailsCallToAction__Price-sc-12ab4f9d-1">£16.50</div>
<button class="EventDetailsCallToAction__ActionButton-sc-12ab4f9d-2">Buy now</button>
<p class="EventDetailsCallToAction__Note-sc-12ab4f9d-3">The price you'll pay. No surprises later.</p></div>
<div class="EventDetailsAbout__Container-sc-6411bf4d-0"><h2 class="EventDetailsAbout__Title-sc-6411bf4d-1">About</h2>
<div class="EventDetailsAbout__Text-sc-6411bf4d-2 bOwdRs">
${ps(dcBody)}
</div><p class="EventDetailsAbout__Presented-sc-6411bf4d-3">Presented by Saltmarsh Promotions.</p></div>
<div class="EventDetailsLineup__Container-sc-aa1f0d37-0"><h2 class="EventDetailsLineup__Title-sc-aa1f0d37-1">Lineup</h2>
<ul class="EventDetailsLineup__List-sc-aa1f0d37-2">${lis(dcLineup, 'EventDetailsLineup__Artist-sc-aa1f0d37-3')}</ul></div>
<div class="EventDetailsVenue__Container-sc-3e0b9a5c-0"><h2>Venue</h2><div class="EventDetailsVenue__Name-sc-3e0b9a5c-1">The Lamplighter</div>
<div class="EventDetailsVenue__Address-sc-3e0b9a5c-2">212 Ferry Lane, London N16 4RT</div><a href="#" class="EventDetailsVenue__Directions-sc-3e0b9a5c-3">Get
directions</a>
<div class="EventDetailsVenue__Times-sc-3e0b9a5c-4">Doors open 7:30 pm · Last entry 9:30 pm</div></div>
<div class="AppPromo__Container-sc-91cd3a22-0"><h3>Get the DICE app</h3><p>Discover shows you'll love and keep your tickets in one place.</p>
${as(['Download on the App Store', 'Get it on Google Play'])}</div>
<section class="Recommendations__Container-sc-1c2b6d7e-0"><h2>You might also
like</h2><ul>${links(dcAlso, 'EventCard__Item-sc-1c2b6d7e-1')}</ul></section></main>
<footer class="Footer__Wrapper-sc-0f5e3a17-0"><ul>${links(dcFoot)}</ul><p>© DICE FM Ltd 2026</p></footer></div></div>
<div class="CookieBanner__Wrapper-sc-77c1d0ea-0" role="dialog"><p>We use cookies so the site works and to understand how you use it.</p>
<button>Accept all</button><button>Only necessary</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"event":{"id":"65b9f0c1a2","name":"Sorrel Vance + Tidewalker","price":1650}}},
"page":"/event/[perm_name]","buildId":"x9QmN2"}</script></body></html>`;
const dice: TestPage = {
  name: 'heldout412-dice-gig',
  kind: 'docs',
  html: dcHtml,
  title: dcTitle,
  headings: ['About', 'Lineup'],
  body: [...texts(dcBody), ...dcLineup],
  bylines: ['Presented by Saltmarsh Promotions.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'DICE', 'Browse events', 'Help', 'Get the app', 'Log in', 'The Lamplighter', 'Thu, 9 Apr, 7:30 pm BST', '£16.50', 'Buy now',
    "The price you'll pay. No surprises later.", 'Venue', '212 Ferry Lane, London N16 4RT', 'Get directions', 'Doors open 7:30 pm · Last entry 9:30 pm',
    'Get the DICE app', "Discover shows you'll love and keep your tickets in one place.", 'Download on the App Store', 'Get it on Google Play',
    'You might also like', ...dcAlso, ...dcFoot, '© DICE FM Ltd 2026', 'We use cookies so the site works and to understand how you use it.',
    'Accept all', 'Only necessary',
  ],
};

const raTitle = 'Undertow: Basswell All Night Long';
const raBody = [
  j(
    'Undertow moves into the big room at the Foundry for its fourth birthday, and for the first time the party hands the whole',
    'night to one selector. Basswell plays from doors until close, somewhere around seven hours of records.',
  ),
  j(
    'Anyone who has caught one of his long sets on the north coast knows how they unfold: dub and slow electro while the room',
    'fills, a long stretch of broken beat and deep house in the middle, and the fast, tough stuff held back until the last two hours.',
  ),
  j(
    'The room gets a new sound system for the night, tuned by the same engineers who fitted out the venue’s smaller space last',
    'year. The lights are kept low and there is no stage; the booth sits on the floor in the middle of the room.',
  ),
  j(
    'Undertow started in the back room of a pub by the canal, with a borrowed mixer and forty people on the first night. Four years',
    'on, the residents still run the door themselves and still set the prices so that students can come; the first release is',
    'always the cheapest, and there are always some left for the night.',
  ),
  'Undertow is a safer-space party. Our welfare team will be on the floor all night, wearing green lanyards, if you need anything.',
  'No photos or video on the dancefloor. Stickers will be put over phone cameras at the door.',
];
const raLineup = ['Basswell (all night long)'];
const raMore = ['Foundry Nine presents: Lumen Drift', 'Half Tide with Orla Maske and Pell', 'Sunday Session: Kestrel Dub Sound'];
const raNav = ['Events', 'Music', 'Guide', 'Magazine', 'Submit event', 'Login'];
const raFoot = ['About', 'Advertise', 'RA Pro', 'Jobs', 'Privacy', 'Terms', 'Cookie settings', 'Help'];
const raHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${raTitle} at Foundry Nine, Leeds · Tickets</title>
<meta name="description" content="Undertow moves into the big room at Foundry Nine for its fourth birthday."><meta property="og:site_name" content="Resident
Advisor">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"Undertow: Basswell All Night Long","startDate":"2026-02-21T22:00:00",
"location":{"@type":"Place","name":"Foundry Nine"}}</script></head>
<body><div id="__next"><div class="Box-omzyfs-0 kmuxMd"><header class="Box-omzyfs-0 Header__HeaderWrapper-sc-1x8m2yf-0"><a href="/" aria-label="RA">RA</a>
<nav class="Box-omzyfs-0 hnkUAN"><ul>${links(raNav, 'Box-omzyfs-0 Alignment-sc-1fjm9oq-0')}</ul></nav></header>
<main><section data-tracking-id="event-detail-bar" class="Box-omzyfs-0 Section-sc-1x3dkfw-0"><nav
class="Breadcrumb__Wrapper-sc-2k7qxh-0">${as(['UK', 'Leeds', 'Events'])}</nav>
<h1 class="Text-sc-1t0gn2o-0 Heading__StyledHeading-sc-qbf3o6-0 kQqvMc" data-pw-test-id="event-title"><span>${raTitle}</span></h1>
<ul class="Box-omzyfs-0 Grid-sc-1mx8mt4-0"><li><span class="Text-sc-1t0gn2o-0 dKBLjG">Venue</span><a href="/clubs/88124" class="Link__AnchorWrapper">Foundry
Nine</a>
<span class="Text-sc-1t0gn2o-0">6 Marsh Lane, Leeds LS9 8AB</span></li><li><span class="Text-sc-1t0gn2o-0 dKBLjG">Date</span>
<span class="Text-sc-1t0gn2o-0">Sat, 21 Feb 2026</span><span class="Text-sc-1t0gn2o-0">22:00 - 05:00</span></li>
<li><span class="Text-sc-1t0gn2o-0 dKBLjG">Promoter</span><a href="/promoters/30417">Undertow Leeds</a></li>
<li><span class="Text-sc-1t0gn2o-0 dKBLjG">Interested</span><span class="Text-sc-1t0gn2o-0">1,184</span></li></ul>
<div class="Box-omzyfs-0">${as(['Share', 'Save'], 'Button-sc-12bmvf5-0')}</div></section>
<section class="Box-omzyfs-0 Section-sc-1x3dkfw-0 lrKmvo"><div class="Box-omzyfs-0 Column-sc-18hsrnn-0"><div data-tracking-id="event-detail-lineup">
<span class="Text-sc-1t0gn2o-0 dKBLjG">Lineup /</span><span class="Text-sc-1t0gn2o-0 CmsContent__StyledText-g7gf78-0">${raLineup[0]}</span></div>
<div data-tracking-id="event-detail-description"><span class="Text-sc-1t0gn2o-0 CmsContent__StyledText-g7gf78-0 ifUkEq">
${ps(raBody)}
</span></div><div class="Box-omzyfs-0"><span class="Text-sc-1t0gn2o-0 dKBLjG">Genres /</span>${as(['Deep House', 'Electro', 'Dub'], 'Tag__TagLink')}</div>
<div class="Box-omzyfs-0"><span class="Text-sc-1t0gn2o-0">Cost /</span><span>£18 - £26</span></div>
<div class="Box-omzyfs-0"><span class="Text-sc-1t0gn2o-0">Minimum age /</span><span>18+</span></div></div>
<aside class="Box-omzyfs-0 Column-sc-18hsrnn-0"><div id="tickets" class="TicketsWidget__Wrapper"><h3>Tickets</h3><ul class="onsale but">
<li class="closed"><div class="type-title">First release</div><div class="type-price">£18.00</div><span>Sold out</span></li>
<li class="closed"><div class="type-title">Second release</div><div class="type-price">£22.00</div><span>Sold out</span></li>
<li class="onsale"><div class="type-title">Final release</div><div class="type-price">£26.00</div></li></ul>
<button class="Button-sc-12bmvf5-0">Buy tickets</button><p class="ticket-note">RA tickets are non-refundable unless the event is cancelled.</p></div>
<div class="ad-slot" data-ad="mpu"><span class="ad-label">Advertisement</span></div></aside></section>
<section class="Box-omzyfs-0"><h2 class="Text-sc-1t0gn2o-0">More events at Foundry Nine</h2><ul>${links(raMore, 'Box-omzyfs-0 EventItem')}</ul></section></main>
<footer class="Box-omzyfs-0 Footer__Wrapper"><ul>${links(raFoot)}</ul><p>© 2026 Resident Advisor Ltd. All rights reserved.</p></footer></div></div>
<div id="cmpbox" class="cmpbox"><p class="cmpboxtxt">We use cookies and similar technologies to run this site and show you relevant events.</p>
<a class="cmpboxbtnyes" href="#">Accept</a><a class="cmpboxbtnno" href="#">Reject</a></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"apolloState":{"Event:2210983":{"title":"Undertow: Basswell All Night
Long"}}}}</script></body></html>`;
const ra: TestPage = {
  name: 'heldout412-residentadvisor-clubnight',
  kind: 'docs',
  html: raHtml,
  title: raTitle,
  headings: [],
  body: [...raLineup, ...texts(raBody)],
  bylines: ['Undertow Leeds'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...raNav, 'Leeds', 'Events', 'Venue', 'Foundry Nine', '6 Marsh Lane, Leeds LS9 8AB', 'Date', 'Sat, 21 Feb 2026', '22:00 - 05:00', 'Promoter',
    'Interested', '1,184', 'Share', 'Save', 'Lineup /', 'Genres /', 'Deep House', 'Electro', 'Dub', 'Cost /', '£18 - £26', 'Minimum age /', '18+',
    'Tickets', 'First release', '£18.00', 'Sold out', 'Second release', '£22.00', 'Final release', '£26.00', 'Buy tickets',
    'RA tickets are non-refundable unless the event is cancelled.', 'Advertisement', 'More events at Foundry Nine', ...raMore, ...raFoot,
    '© 2026 Resident Advisor Ltd. All rights reserved.', 'We use cookies and similar technologies to run this site and show you relevant events.',
    'Accept', 'Reject',
  ],
};

export const HELDOUT412_B: readonly TestPage[] = [dice, ra];
