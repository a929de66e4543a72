import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 12, file d: a commercial travel guide in the Lonely Planet manner with Wikivoyage-style sections
 * ("Understand", "Get in", "See", "Eat", "Sleep") and listings carrying addresses, phones, hours and prices, an
 * interactive map, "Plan your trip" booking widgets and an affiliate note; and an Eventbrite-style event page (date and
 * time box, summary, organizer card with follower count, "About this event", location with "Show map", refund policy,
 * tags, sticky ticket bar, "More events from this organizer").
 */
const tvTitle = 'Kirkhaven travel guide';
const tvLead = [
  'Kirkhaven is a harbour town of about 11,000 people on the north-east coast, built of grey sandstone around a ' +
    'curving quay where the herring fleet once landed. The fleet is long gone, but the town has kept its steep wynds, ' +
    'its smokehouses and a surprisingly good museum, and it makes a quiet base for the cliff walks to the north.',
];
const tvUnderstand = [
  'The old town sits on the slope above the harbour, while the Victorian streets of the new town spread along the ' +
    'flat ground to the south. Most sights are within a ten-minute walk of the quay, but the hill is steeper than it ' +
    'looks, and the cobbles are slippery after rain.',
];
const tvGetIn = [
  'Trains run hourly from Dunmere to Kirkhaven, taking 50 minutes; the station is at the top of the new town, a ' +
    'fifteen-minute walk downhill to the harbour. The coastal bus X7 stops on Quay Street and continues north to the fishing villages.',
  'Drivers should use the long-stay car park on Links Road, as the old town streets are narrow and residents-only parking is strictly enforced.',
];
const tvSee = [
  'Kirkhaven Harbour Museum, 14 Quay Street, ☏ +44 1632 960214. Tu–Su 10:00–17:00. £6, children free. Two floors of ' +
    'boats, nets and photographs from the herring years, with a reconstructed curing shed that still smells faintly of salt.',
  'St Ebba’s Church, Kirk Wynd. Daily 09:00–dusk. Free. The roofless twelfth-century church on the headland gave the ' +
    'town its name; the churchyard has the best view of the harbour at sunset.',
  'Gull Point cliff path, starting at the north end of Links Road. Free. A 6 km waymarked walk along the cliffs to the ' +
    'lighthouse at Gull Point, with puffins on the ledges from May to July.',
];
const tvEat = [
  'Arbroath-style smoked haddock is the local speciality, and several smokehouses on the quay sell it hot from the kiln at lunchtime.',
  'Mairi’s Smokehouse, 3 Fishers Row, ☏ +44 1632 960488. W–Su 11:00–15:00. Hot-smoked haddock from £7. A family ' +
    'smokehouse with a hatch on to the quay and two benches; arrive before 13:00, as it sells out.',
  'The Sail Loft, 22 Quay Street. Daily 12:00–21:00. Mains £14–22. Seafood and local lamb in a converted net store, ' +
    'with tables overlooking the harbour; book at weekends.',
];
const tvSleep = [
  'Harbourview Guest House, 8 Brae Terrace, ☏ +44 1632 960731. Doubles from £85 including breakfast. Five rooms in a ' +
    'captain’s house halfway up the hill, with sea views from the front rooms.',
];
const tvNav = ['Destinations', 'Planning', 'Inspiration', 'Shop'];
const tvTours = ['Puffin boat trip from Kirkhaven harbour', 'Smokehouse tour and tasting'];
const tvList = (items: readonly string[]): string =>
  `<ul class="listings">${items
    .map(
      (t) =>
        `<li class="listing" itemscope itemtype="https://schema.org/TouristAttraction"><button class="listing__save" aria-label="Save to trip">` +
        `</button>${t.replace(/^([^,]+),/, '<strong class="listing__name" itemprop="name">$1</strong>,')}</li>`,
    )
    .join('\n')}</ul>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Kirkhaven travel guide - Wanderlore</title>
<meta name="description" content="Where to go, what to eat and where to sleep in Kirkhaven, the harbour town on the north-east coast.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Wanderlore">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TravelGuide","name":"${tvTitle}",
"author":{"@type":"Person","name":"Ines Halloran"},"dateModified":"2025-02-20","about":{"@type":"City","name":"Kirkhaven"}}</script>
<link rel="stylesheet" href="https://unpkg.example/leaflet@1.9.4/dist/leaflet.css">
<style>.listing__name{font-weight:700}.plan-trip{position:sticky;top:80px}</style></head>
<body class="page-guide theme-light"><header class="site-header" role="banner"><a class="site-header__logo" href="/">Wanderlore</a>
<nav class="site-nav" aria-label="Main"><ul>${links(tvNav, 'site-nav__item')}</ul></nav>
<button class="site-header__search" aria-label="Search"></button><a class="site-header__account" href="/account">Sign in</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(['Europe', 'Scotland', 'North-East Coast'])}</ol></nav>
<div class="guide-hero" style="background-image:url(https://img.wanderlore.example/kirkhaven-hero.jpg)">
<h1 class="guide-hero__title">${tvTitle}</h1><p class="guide-hero__credit">Photo: Kirkhaven harbour at low tide. © Callum Reid / Wanderlore</p></div>
<div class="guide-layout"><article class="guide-article">
<div class="guide-article__meta"><span class="guide-article__author">Written by <a href="/authors/ines-halloran">Ines Halloran</a></span>
<span class="guide-article__updated">Updated Feb 20, 2025</span><span class="guide-article__read">8 min read</span></div>
<p class="affiliate-note"><em>Wanderlore may earn a commission when you book through links on this page.</em></p>
<div class="guide-article__body">
${ps(tvLead)}
<h2 id="understand">Understand</h2>
${ps(tvUnderstand)}
<h2 id="get-in">Get in</h2>
${ps(tvGetIn)}
<figure class="guide-map" data-lat="56.0731" data-lng="-2.6412" data-zoom="15">
<div class="leaflet-container leaflet-touch" role="img" aria-label="Map of Kirkhaven"><div class="leaflet-control-container">
<div class="leaflet-control-zoom"><a class="leaflet-control-zoom-in" href="#" role="button" aria-label="Zoom in">+</a>
<a class="leaflet-control-zoom-out" href="#" role="button" aria-label="Zoom out">−</a></div>
<div class="leaflet-control-attribution">Leaflet | © OpenStreetMap contributors</div></div></div>
<figcaption>Map of Kirkhaven with the sights, restaurants and hotels below</figcaption></figure>
<h2 id="see">See</h2>
${tvList(tvSee)}
<h2 id="eat">Eat</h2>
${ps(tvEat.slice(0, 1))}
${tvList(tvEat.slice(1))}
<aside class="inline-promo"><p class="inline-promo__label">Sponsored</p><p>Explore the north-east coast by rail with a 3-day Coastline Rover ticket.</p>
<a href="/go/rover">Check prices</a></aside>
<h2 id="sleep">Sleep</h2>
${tvList(tvSleep)}
</div>
<div class="guide-article__share"><span>Share this guide</span><button aria-label="Facebook"></button><button aria-label="Pinterest"></button></div>
</article>
<aside class="plan-trip" aria-labelledby="plan-trip-title"><h2 id="plan-trip-title">Plan your trip</h2>
<div class="widget widget--hotels"><h3>Where to stay</h3><p>Find hotels in Kirkhaven</p><form class="widget__form">
<label>Check-in<input type="date"></label><label>Check-out<input type="date"></label><button type="submit">Search hotels</button></form>
<p class="widget__powered">Powered by Booking.com</p></div>
<div class="widget widget--tours"><h3>Tours &amp; tickets</h3><ul>
${tvTours.map((t, i) => `<li><a href="/go/tour-${i}">${t}</a><span class="widget__price">from £${24 + i * 6}</span></li>`).join('\n')}
</ul></div>
<div class="widget widget--newsletter"><h3>Get inspired</h3><p>Travel ideas and deals in your inbox every Thursday.</p>
<input type="email" placeholder="Email address"><button>Sign up</button></div></aside></div>
<section class="related-guides"><h2>Nearby destinations</h2><ul>${links(['Dunmere', 'Gull Point', 'St Ebbs Head'])}</ul></section>
<footer class="site-footer"><ul>${links(['About us', 'Careers', 'Privacy policy', 'Terms of use', 'Cookie settings'])}</ul>
<p>© 2025 Wanderlore Ltd. All rights reserved.</p></footer>
<script src="https://unpkg.example/leaflet@1.9.4/dist/leaflet.js"></script><script src="/assets/guide-map.js" defer></script></body></html>`;
const travelGuide: TestPage = {
  html: tvHtml,
  name: 'heldout12-travel-guide-listings',
  kind: 'blog',
  // decided: each listing (name, address, phone, hours, price and description in one <li>) is an article list item, so
  // body; the map's caption and attribution, the hero photo credit, the affiliate note, the sponsored box and every
  // "Plan your trip" widget are furniture
  title: tvTitle,
  headings: ['Understand', 'Get in', 'See', 'Eat', 'Sleep'],
  body: [...texts(tvLead), ...texts(tvUnderstand), ...texts(tvGetIn), ...texts(tvSee), ...texts(tvEat), ...texts(tvSleep)],
  bylines: ['Ines Halloran', 'Updated Feb 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wanderlore', ...tvNav, 'Sign in', 'Europe', 'Scotland', 'North-East Coast', 'Photo: Kirkhaven harbour at low tide. © Callum Reid / Wanderlore',
    'Written by', '8 min read', 'Wanderlore may earn a commission when you book through links on this page.',
    'Leaflet | © OpenStreetMap contributors', 'Map of Kirkhaven with the sights, restaurants and hotels below', 'Sponsored',
    'Explore the north-east coast by rail with a 3-day Coastline Rover ticket.', 'Check prices', 'Share this guide', 'Plan your trip',
    'Where to stay', 'Find hotels in Kirkhaven', 'Check-in', 'Check-out', 'Search hotels', 'Powered by Booking.com', 'Tours & tickets', ...tvTours,
    'from £24', 'from £30', 'Get inspired', 'Travel ideas and deals in your inbox every Thursday.', 'Sign up', 'Nearby destinations', 'Dunmere', 'Gull Point',
    'St Ebbs Head', 'About us', 'Careers', 'Privacy policy', 'Terms of use', 'Cookie settings', '© 2025 Wanderlore Ltd. All rights reserved.',
  ],
};

const evTitle = 'Community Repair Day: Bring Your Broken Lamps, Radios and Toasters';
const evSummary = 'Volunteer fixers, soldering irons and free tea. Bring one broken thing and learn to mend it with us.';
const evAbout = [
  'Something at home stopped working and the shop says it is not worth fixing? Bring it along. Our volunteers include ' +
    'retired electricians, a bicycle mechanic, two sewing-machine enthusiasts and a former television engineer, and ' +
    'between them they have mended everything from a 1960s valve radio to a child’s talking rabbit.',
  'Repair Day is not a repair service. You sit with a fixer, take the thing apart together and, with luck, put it ' +
    'back together working. Last year about two thirds of the items brought in went home repaired, and most of the ' +
    'rest went home with a diagnosis and the name of the part to order.',
];
const evExpect = [
  'When you arrive, register your item at the welcome table and you will be given a number. Waiting times can reach ' +
    'an hour in the early afternoon, so the morning is the best time to come. There is tea, cake and a table of repair ' +
    'manuals to browse while you wait.',
  'Electrical items are safety-tested with a portable appliance tester before they go home. We cannot work on ' +
    'microwaves, gas appliances or anything with a damaged lithium battery.',
];
const evBring = [
  'One item per person, so that everyone gets a turn',
  'Any spare parts, chargers or manuals you still have',
  'A bag or box to carry the pieces home if the repair is not finished',
];
const evAccess = [
  'The Old Tannery Yard workshop is on the ground floor with step-free access from Mill Lane and an accessible toilet. ' +
    'If you need help carrying a heavy item in, tell us when you book and a volunteer will meet you at the gate.',
  'Tickets are free, but numbers are limited by the space and by how many fixers we have, so please cancel your ' +
    'ticket if you can no longer come. Donations towards tools and materials are welcome on the day.',
];
const evHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${evTitle} Tickets, Sat 12 Apr 2025 at 10:00 | Eventbrite</title>
<meta name="description" content="${evSummary}"><meta property="og:type" content="events.event"><meta property="og:title" content="${evTitle}">
<meta property="event:start_time" content="2025-04-12T10:00:00+01:00"><meta name="twitter:app:name:iphone" content="Eventbrite">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${evTitle}","startDate":"2025-04-12T10:00:00+01:00",
"endDate":"2025-04-12T16:00:00+01:00","location":{"@type":"Place","name":"Old Tannery Yard","address":{"streetAddress":"12 Mill Lane",
"addressLocality":"Bristol","postalCode":"BS1 6QX"}},"organizer":{"@type":"Organization","name":"Riverside Makers Collective"},
"offers":[{"@type":"Offer","price":"0.00","priceCurrency":"GBP"}]}</script>
<script>window.__SERVER_DATA__ = {"event":{"id":"918274650113","isFree":true},"env":{"locale":"en_GB"}};</script>
<style>.event-details__main{max-width:940px}.conversion-bar{position:sticky;bottom:0}</style></head>
<body data-theme="default"><div id="root"><header class="global-header" data-testid="global-header"><a class="global-header__logo" href="/">eventbrite</a>
<form role="search" class="search-bar"><input aria-label="Search events" placeholder="Search events"></form>
<nav class="global-header__nav"><ul>${links(['Find Events', 'Create Events', 'Help Centre', 'Log In', 'Sign Up'])}</ul></nav></header>
<main class="event-details" data-testid="event-details"><div class="event-hero"><picture><img src="https://img.evbuc.example/918274650113.jpg"
alt="${evTitle}" class="event-hero__image"></picture></div>
<div class="event-details__main"><div class="event-details__main-inner">
<div class="start-date-and-location__date" data-testid="start-date"><time datetime="2025-04-12">Saturday, April 12</time></div>
<h1 class="event-title css-0">${evTitle}</h1>
<p class="summary">${evSummary}</p>
<section class="organizer-listing-info-variant-b" data-testid="organizer-info"><div class="descriptive-organizer-info-mobile">
<img class="organizer-avatar" src="https://img.evbuc.example/org-44120.png" alt=""><div><p class="descriptive-organizer-info-mobile__name">By
<strong>Riverside Makers Collective</strong></p><p class="organizer-stats"><span>1.2k followers</span></p></div>
<button class="eds-btn eds-btn--follow" data-testid="follow-button">Follow</button></div></section>
<section class="date-and-time" aria-labelledby="date-heading"><h2 id="date-heading">Date and time</h2>
<span class="date-info__full-datetime">Saturday, April 12 · 10am - 4pm GMT+1</span></section>
<section class="location" aria-labelledby="location-heading"><h2 id="location-heading">Location</h2>
<div class="location-info"><p class="location-info__address-text">Old Tannery Yard</p><p>12 Mill Lane Bristol BS1 6QX</p>
<button class="location-info__map-toggle" aria-expanded="false">Show map</button></div></section>
<section class="refund-policy"><h2>Refund Policy</h2><p>Contact the organiser to request a refund.</p></section>
<div class="has-user-generated-content event-description"><h2 class="event-description__title">About this event</h2>
<ul class="event-highlights"><li><span class="highlight__icon" aria-hidden="true"></span>6 hours</li><li>In person</li></ul>
<div class="event-description__content"><div class="eds-text--left">
${ps(evAbout)}
<h3>What to expect</h3>
${ps(evExpect)}
<h3>What to bring</h3>
<ul>${evBring.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>Accessibility</h3>
${ps(evAccess)}
</div></div></div>
<section class="tags" aria-labelledby="tags-heading"><h2 id="tags-heading">Tags</h2><ul class="tags-list">
${links(['United Kingdom Events', 'Bristol Events', 'Things to do in Bristol', '#repair', '#sustainability'])}</ul></section>
<section class="organizer-card" aria-labelledby="org-heading"><h2 id="org-heading">Organised by</h2><div class="organizer-card__info">
<p class="organizer-card__name">Riverside Makers Collective</p><p class="organizer-card__stats"><span>1.2k followers</span>
<span>64 events hosted</span></p><button>Contact</button><button>Follow</button></div></section>
</div></div>
<section class="more-events" data-testid="more-events-organizer"><h2>More events from this organizer</h2><ul>
<li><a href="/e/1"><h3>Bike Maintenance Basics</h3><p>Sat, May 10, 10:00</p><p>Free</p></a></li>
<li><a href="/e/2"><h3>Visible Mending Evening</h3><p>Thu, May 22, 18:30</p><p>From £5.00</p></a></li></ul></section>
</main>
<div class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">Free</div>
<button class="eds-btn eds-btn--fill" data-testid="checkout-button">Reserve a spot</button></div>
<footer class="global-footer"><ul>${links(['How It Works', 'Pricing', 'Content Standards', 'Privacy', 'Cookies', 'Terms'])}</ul>
<p>© 2025 Eventbrite</p></footer></div>
<script src="https://cdn.evbstatic.example/s3-build/perm_001/listing-app.js" defer></script></body></html>`;
const eventPage: TestPage = {
  html: evHtml,
  name: 'heldout12-eventbrite-event',
  kind: 'blog',
  // decided: the organiser's summary under the title is the event's own deck, so body; the date box, date-and-time and
  // location sections, refund policy, highlights, tags, organizer card (name a byline), ticket bar and "More events"
  // are furniture; "About this event" is the widget's label, not a section heading of the description.
  // Round 11: the ticket bar's one word "Free" and the tag "#repair" (read as the word "repair") are no longer furniture
  // snippets, as batches 4 and 7 did for one-word snippets that are words of the title or body ("free tea", "Repair
  // Day": a short summary line holding the word counted as a leak)
  title: evTitle,
  headings: ['What to expect', 'What to bring', 'Accessibility'],
  body: [evSummary, ...texts(evAbout), ...texts(evExpect), ...evBring, ...texts(evAccess)],
  bylines: ['Riverside Makers Collective'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'eventbrite', 'Find Events', 'Create Events', 'Help Centre', 'Log In', 'Sign Up', 'Saturday, April 12', '1.2k followers', 'Follow',
    'Date and time', 'Saturday, April 12 · 10am - 4pm GMT+1', 'Location', 'Old Tannery Yard', '12 Mill Lane Bristol BS1 6QX', 'Show map',
    'Refund Policy', 'Contact the organiser to request a refund.', 'About this event', '6 hours', 'In person', 'Tags', 'United Kingdom Events',
    'Bristol Events', 'Things to do in Bristol', '#sustainability', 'Organised by', '64 events hosted', 'Contact',
    'More events from this organizer', 'Bike Maintenance Basics', 'Sat, May 10, 10:00', 'Visible Mending Evening', 'Thu, May 22, 18:30',
    'From £5.00', 'Reserve a spot', 'How It Works', 'Pricing', 'Content Standards', 'Privacy', 'Cookies', 'Terms', '© 2025 Eventbrite',
  ],
};

export const HELDOUT12_D: readonly TestPage[] = [travelGuide, eventPage];
