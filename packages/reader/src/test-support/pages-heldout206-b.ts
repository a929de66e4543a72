import { links, ps, type TestPage, texts } from './page-kit.js';
import { raEvent } from './pages-heldout206-b2.js';

/**
 * Held-out batch 206, file b: a Ticketmaster event detail page (Next.js, styled-components class names, data-testid
 * attributes) as a signed-out visitor saves it: the header with search and "Sign In / Register", the event header with
 * date, venue and "More Info", the quantity and price filters, the ticket list with "Verified Resale Ticket" and
 * "Standard Ticket" rows, the "Event Info" section with the promoter's text, "Lineup", "Venue" and the "Read more"
 * toggle, the OneTrust banner and the big footer) and, from file b2, a Resident Advisor event page.
 */
const tmTitle = 'Harbour Lights: The Long Way Home Tour 2026';
const tmH1 = 'Event Info';
const tmP1 = [
  'Harbour Lights return to arenas in spring 2026 with The Long Way Home Tour, their first headline shows since the sell-out ' +
    'Northern Skies run three years ago. The tour opens in Glasgow on 14 March and closes here at Meridian Arena, Pendlebrook, ' +
    'on Saturday 4 April.',
  'The band have spent the last two years writing and recording in a converted boathouse on the Solway coast. The result, ' +
    '<i>The Long Way Home</i>, is out on 6 February and the set will draw heavily on it alongside the songs that made their name, ' +
    'from <i>Lanterns</i> to <i>Saltwater Boy</i>.',
  'Special guests on all dates are Glasgow four-piece Wrenfield, whose debut album was shortlisted for this year’s Scottish Album of the Year.',
];
const tmH2 = 'Important information';
const tmList = [
  'Ticket limit: 6 per person and per household. Orders over this limit may be cancelled without notice.',
  'Age restriction: Under 14s must be accompanied by an adult aged 18 or over. Under 2s go free on a parent or guardian’s lap in seated areas only.',
  'Standing tickets are general admission. Seated tickets are allocated by row and seat number.',
  'Your tickets will be available in the Ticketmaster app from 72 hours before the show. Screenshots will not be accepted.',
  'A bag policy is in place: bags no larger than A4 size are allowed into the arena and will be searched on entry.',
];
const tmH3 = 'Accessibility';
const tmP2 = [
  'Meridian Arena has wheelchair platform spaces and seats with easy access. To book accessible tickets, please complete the venue’s ' +
    'access registration form before purchase, or call the access line on 0161 496 0732. A free companion ticket is available for ' +
    'customers who need a personal assistant to attend.',
  'A sign language interpreter will be in place for this show, positioned stage left. Please select the BSL viewing area tickets ' +
    'if you would like a clear view of the interpreter.',
];
const tmH4 = 'Lineup';
const tmLineup = ['Harbour Lights', 'Wrenfield'];
const tmNav = ['Concerts', 'Sports', 'Arts, Theater & Comedy', 'Family', 'Cities'];
const tmOffers = [
  { type: 'Verified Resale Ticket', sec: 'Sec 104 • Row M', price: '£112.40' },
  { type: 'Standard Ticket', sec: 'Sec 208 • Row F', price: '£68.50' },
  { type: 'Standard Ticket', sec: 'Standing • General Admission', price: '£59.50' },
  { type: 'Platinum', sec: 'Sec 101 • Row C', price: '£185.00' },
];
const tmFilters = ['2 Tickets', 'All Prices', 'Sort By Price Low to High', 'Lowest Price', 'Best Seats'];
const tmCookie = [
  'We use cookies and similar technologies to improve your experience, analyse traffic, and show you personalised ads. By clicking ' +
    '"Accept Cookies" you consent to this use. You can change your choices at any time in Cookie Settings.',
  'Accept Cookies',
  'Reject All',
  'Cookie Settings',
];
const tmFootHeads = ['Helpful Links', 'Our Network', 'About Us', 'Friends & Partners'];
const tmFoot = ['Help', 'Where is my Order?', 'Ticketmaster Gift Cards', 'My Account', 'Resale', 'Live Nation', 'Ticketmaster Blog', 'Careers'];
const tmLegal = ['Purchase Policy', 'Privacy Policy', 'Cookie Policy', 'Manage my cookies and ad choices'];
const tmMore = 'Read more';
const tmHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Lights: The Long Way Home Tour 2026 Tickets | Meridian Arena, Pendlebrook | Sat 4 Apr 2026 | Ticketmaster UK</title>
<meta name="description" content="Buy Harbour Lights: The Long Way Home Tour 2026 tickets at the Meridian Arena in Pendlebrook for Sat 4 Apr 2026.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Ticketmaster UK">
<link rel="canonical" href="https://www.ticketmaster.co.uk/harbour-lights-the-long-way-home-pendlebrook-04-04-2026/event/3E006123A1B2">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicEvent","name":"Harbour Lights: The Long Way Home Tour 2026",
"startDate":"2026-04-04T19:00:00","eventStatus":"https://schema.org/EventScheduled","location":{"@type":"Place","name":"Meridian Arena",
"address":{"@type":"PostalAddress","addressLocality":"Pendlebrook","addressCountry":"GB"}},"performer":[{"@type":"MusicGroup","name":"Harbour Lights"},
{"@type":"MusicGroup","name":"Wrenfield"}],"offers":{"@type":"AggregateOffer","lowPrice":59.5,"priceCurrency":"GBP"}}</script>
<link rel="preload" href="/_next/static/css/6a1c0b2e9d.css" as="style"><link rel="stylesheet" href="/_next/static/css/6a1c0b2e9d.css" data-n-g="">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5d8b0f5e-tm-uk"></script></head>
<body><div id="__next"><a class="sc-1r7ojzl-0 jpRSCm" href="#main-content">Skip to main content</a>
<header class="sc-16lvgn8-0 kQjfzC" data-testid="global-header"><div class="sc-16lvgn8-1 fvYBbT"><a href="/" aria-label="Ticketmaster Home"
class="sc-16lvgn8-2 gQSJqP"><svg role="img" aria-hidden="true"></svg></a><nav aria-label="Main" class="sc-1x3w3j3-0 bQzFgx">
<ul>${links(tmNav, 'sc-1x3w3j3-1')}</ul>
</nav><form role="search" class="sc-xr0l8t-0 cUlLJj"><label for="searchFormInput" class="sc-xr0l8t-1 hidden">Search for artists, venues, and events</label>
<input id="searchFormInput" type="search" placeholder="Search for artists, venues, and events"><button type="submit" aria-label="Submit search">Search</button>
</form><a class="sc-1y1kzn9-0 hUfHsL" data-testid="accountLink" href="/member">Sign In / Register</a></div></header>
<main id="main-content"><div class="sc-1aoypom-0 eOXiGG" data-testid="edp-header"><div class="sc-1aoypom-1 jQvmjs">
<img alt="" src="https://s1.ticketm.example/dam/a/8d1/harbour-lights-3_2.jpg">
</div><div class="sc-1aoypom-2 gFzDnV"><nav aria-label="breadcrumb" class="sc-1tjq8h6-0 fHPUQk"><ol><li><a href="/">Home</a></li><li><a
href="/discover/concerts">Concerts</a></li><li><a href="/discover/concerts/rock">Rock</a></li><li aria-current="page">Harbour Lights Tickets</li></ol></nav>
<h1 class="sc-1eku3jf-14 ghwxrG" data-testid="event-title">${tmTitle}</h1><div class="sc-1eku3jf-16 dTBKgJ">
<span data-testid="event-date">Sat • Apr 04, 2026 • 7:00 PM</span>
<a class="sc-1eku3jf-17 hRbQjw" data-testid="event-venue" href="/meridian-arena-tickets-pendlebrook/venue/410221">Meridian Arena, Pendlebrook</a></div>
<button class="sc-1eku3jf-18 kgDvdE" data-testid="more-info-button">More Info</button></div></div>
<div class="sc-1vd9u4b-0 cWMlls" role="alert" data-testid="edp-alert"><p>Tickets are selling fast. Prices may go up or down based on demand.</p></div>
<section class="sc-1ek8lfn-0 ddWfXt" data-testid="ticket-list-section" aria-label="Ticket list"><div class="sc-1ek8lfn-1 eEmzGD" data-testid="quantity-filter">
${tmFilters.map((t) => `<button class="sc-1ek8lfn-2 iqnZpK" type="button">${t}</button>`).join('')}</div><ul class="sc-ad3c9k-0 bzbKjM" data-testid="listings">
${tmOffers
  .map(
    (o) => `<li class="sc-ad3c9k-1 fjPqgX" data-testid="ticket-list-item"><div><span data-testid="ticket-type">${o.type}</span>
<span data-testid="section-row">${o.sec}</span></div><span class="sc-ad3c9k-2 kTMeoR" data-testid="price">${o.price}</span>
<span class="sr-only">incl. fees</span></li>`,
  )
  .join('\n')}
</ul><p class="sc-1ek8lfn-3 cmQaSP">Prices include fees. <a href="/h/fees.html">Learn more about fees</a></p></section>
<section class="sc-1w8s0ph-0 bvmRSi" id="edp-event-info" data-testid="event-info"><h2 class="sc-1w8s0ph-1 bJDWkO">${tmH1}</h2>
<div class="sc-1w8s0ph-2 gnZnBw" data-testid="event-info-text"><div class="sc-1w8s0ph-3 dQMCQj" aria-expanded="false">
${ps(tmP1)}
<h3>${tmH2}</h3>
<ul>${tmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${tmH3}</h3>
${ps(tmP2)}
</div><button class="sc-1w8s0ph-4 bHbqfD" data-testid="read-more">${tmMore}</button></div>
<h2 class="sc-1w8s0ph-1 bJDWkO">${tmH4}</h2><ul class="sc-5ngpfx-0 cmBQCL" data-testid="lineup">
${tmLineup
  .map(
    (t, i) => `<li><a href="/artist/${i}">
<img alt="" src="https://s1.ticketm.example/dam/a/${i}.jpg"><span class="sc-5ngpfx-1 hNtXxF">${t}</span></a></li>`,
  )
  .join('')}
</ul><h2 class="sc-1w8s0ph-1 bJDWkO">Venue</h2><div class="sc-m2fhg3-0 dFvJfH"><p class="sc-m2fhg3-1 hZtwPH">Meridian Arena</p>
<p>Quay Road, Pendlebrook, PB4 7AR</p>
<a href="/meridian-arena-tickets-pendlebrook/venue/410221">More Events at This Venue</a>
<a href="https://maps.google.example/?q=Meridian+Arena">Get Directions</a></div></section>
<section class="sc-h7e5bq-0 kOpJPe" data-testid="you-may-also-like"><h2>You May Also Like</h2><ul><li><a href="/event/1">Wrenfield</a></li><li><a
href="/event/2">The Tidewater Band</a></li><li><a href="/event/3">Calla North</a></li></ul></section></main>
<footer class="sc-1fm2kdb-0 bApfHx" data-testid="global-footer">
<div class="sc-1fm2kdb-1 gdKjpj">${tmFootHeads.map((t) => `<h3>${t.replace('&', '&amp;')}</h3>`).join('')}
<ul>${links(tmFoot)}</ul></div><div class="sc-1fm2kdb-2 jlmGSX"><ul>${links(tmLegal)}</ul><p>© 1999-2025 Ticketmaster. All rights reserved.</p></div></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${(tmCookie[0] ?? '').replace(/"/g, '&quot;')}</p></div><div id="onetrust-button-group-parent">
<button id="onetrust-accept-btn-handler">${tmCookie[1]}</button><button id="onetrust-reject-all-handler">${tmCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${tmCookie[3]}</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"edpData":{"eventId":"3E006123A1B2","name":"${tmTitle}","isResaleEnabled":true}}},
"page":"/event/[eventId]","buildId":"tm-edp-2025.11.3"}</script>
<script src="/_next/static/chunks/pages/event/%5BeventId%5D-9c2a7b.js" async></script></body></html>`;
const ticketmaster: TestPage = {
  html: tmHtml,
  name: 'heldout206-ticketmaster-event-detail',
  kind: 'blog',
  // the Event Info text (promoter's copy with its h3s, the information list, the accessibility paragraphs) and the line-up
  // names are the article; "Event Info" and "Lineup" are headings; the date/venue line, alert, ticket filters and listings,
  // "Read more", venue box, "You May Also Like", the footer and the OneTrust banner are furniture
  title: tmTitle,
  headings: [tmH1, tmH2, tmH3, tmH4],
  body: [...texts(tmP1), ...tmList, ...tmP2, ...tmLineup],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tmNav, 'Search for artists, venues, and events', 'Search', 'Sign In / Register', 'Home', 'Rock', 'Harbour Lights Tickets',
    'Sat • Apr 04, 2026 • 7:00 PM', 'Meridian Arena, Pendlebrook', 'More Info', 'Tickets are selling fast. Prices may go up or down based on demand.',
    ...tmFilters, ...tmOffers.flatMap((o) => [o.type, o.sec, o.price]), 'incl. fees', 'Prices include fees.', 'Learn more about fees', tmMore, 'Venue',
    'Meridian Arena', 'Quay Road, Pendlebrook, PB4 7AR', 'More Events at This Venue', 'Get Directions', 'You May Also Like', 'The Tidewater Band',
    'Calla North', ...tmFootHeads, ...tmFoot, ...tmLegal, '© 1999-2025 Ticketmaster. All rights reserved.', ...tmCookie,
  ],
};

export const HELDOUT206_B: readonly TestPage[] = [ticketmaster, raEvent];
