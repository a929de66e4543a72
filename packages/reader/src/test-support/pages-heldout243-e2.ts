import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file e2: a tourism board's what's-on event page on a Simpleview-style destination CMS (mega menu,
 * search, breadcrumbs, the event detail header with dates, recurrence, admission and address, "Add to Trip" and share
 * buttons, the description, an "Event Details" box, a map, "Nearby" listings, "More Events", a partner ad slot, newsletter
 * sign-up and the footer with a Cookiebot banner). Its main text is short.
 */
const title = 'Lantern Night on the River Awen';
const desc = [
  j(
    'On the last Saturday of every month from May to September, hundreds of paper lanterns drift down the River Awen as the town',
    'gathers along the water meadows to watch. Lantern Night began in 2011 as a small community project at the arts centre on Mill Lane',
    'and has grown into one of the best-loved evenings in the Carrowmere calendar.',
  ),
  j(
    'Lanterns are made from recycled paper and willow, and each one carries a tea light in a biodegradable holder. Volunteers in',
    'canoes gather every lantern at the weir below Tanner’s Bridge, so nothing is left in the river overnight.',
  ),
  j(
    'The evening starts at six with free lantern-making workshops in the Millrace courtyard, suitable for children aged five and up',
    'with an adult. Folk musicians play on the bandstand from seven, and food stalls run by local producers line the riverside path.',
    'The lanterns are launched from the boathouse steps at dusk, usually between nine and half past.',
  ),
  j(
    'The water meadows are flat and have a firm path suitable for wheelchairs and buggies, with an accessible viewing area beside the',
    'boathouse. Dogs on leads are welcome, though the crowd can be noisy at launch time. There is no parking at the meadows on Lantern',
    'Night; please use the park and ride from Carrowmere Station, which runs every fifteen minutes until 11pm.',
  ),
];
const nav = ['Things to Do', 'Events', 'Eat & Drink', 'Places to Stay', 'Plan Your Trip', 'Meetings & Groups'];
const nearby = ['Millrace Arts Centre', 'The Boathouse Café', 'Tanner’s Bridge Inn'];
const moreEvents = ['Carrowmere Food Festival', 'Open Gardens Weekend', 'Riverside Jazz Sundays'];
const foot = ['About Visit Carrowmere', 'Media', 'Partners', 'Contact Us', 'Privacy Policy', 'Accessibility'];
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Lantern Night on the River Awen | Visit Carrowmere</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Paper lanterns on the River Awen every month in summer.">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.visitcarrowmere.example/event/lantern-night-on-the-river-awen/4417/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Lantern Night on the River Awen","startDate":"2026-05-30T18:00",
"eventSchedule":{"@type":"Schedule","byMonthWeek":-1,"byDay":"Saturday"},"location":{"@type":"Place","name":"Millrace Water Meadows"},
"organizer":{"@type":"Organization","name":"Millrace Arts Centre"}}</script>
<script>var sv = sv || {}; sv.config = {"recid":"4417","type":"event","cmsid":"shared-detail","typeid":"9"};</script>
<link rel="stylesheet" href="/includes/public/assets/shared/css/shared-detail.css"></head>
<body class="detail-event event-detail page-shared-detail"><div id="CybotCookiebotDialog" role="dialog" aria-modal="true">
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content, to provide social media features and to analyse our traffic.</div>
<button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div>
<header class="site-header"><a class="site-logo" href="/">Visit Carrowmere</a><nav class="main-nav mega-menu"><ul>${links(nav, 'main-nav__item')}</ul></nav>
<form class="site-search" action="/search/"><input type="search" placeholder="Search"><button>Go</button></form>
<a class="trip-builder-link" href="/trip-builder/">My Trip (0)</a></header>
<main id="main-content"><div class="shared-detail-page"><div class="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/events/">Events</a></li>
<li><a href="/events/festivals/">Festivals &amp; Celebrations</a></li></ul></div>
<div class="detail-top"><div class="detail-slideshow"><div class="slide"><img src="/media/lantern-night.jpg" alt="">
<span class="slide-caption">Lanterns passing the boathouse at dusk. © Visit Carrowmere / Joss Merriday</span></div></div>
<div class="detail-top-content"><h1 class="detail-name">${title}</h1><div class="detail-info"><div class="detail-dates">
<span class="date-label">Dates:</span> <span class="dates">May 30, 2026 - September 26, 2026</span></div>
<div class="detail-recurrence">Recurrence: Recurring monthly on the last Saturday</div>
<div class="detail-times">Time: 6:00 PM to 10:00 PM</div><div class="detail-admission">Admission: Free</div>
<div class="detail-address">Millrace Water Meadows, Mill Lane, Carrowmere</div></div>
<div class="detail-actions"><button class="add-to-trip" data-recid="4417">Add to Trip</button><a class="detail-website" href="#">Visit Website</a>
<a class="detail-directions" href="#">Get Directions</a><div class="detail-share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a>
<a href="#">Email</a></div></div></div></div>
<div class="detail-content"><div class="detail-description">
${ps(desc)}
</div>
<div class="detail-extra"><h2 class="detail-extra__title">Event Details</h2><dl><dt>Presented by</dt><dd>Millrace Arts Centre</dd><dt>Venue</dt>
<dd>Millrace Water Meadows</dd><dt>Phone</dt><dd>01632 960 552</dd></dl></div>
<div class="detail-map" data-lat="52.1" data-lng="-2.4"><span class="map-label">Map data © OpenStreetMap contributors</span></div></div>
<section class="detail-nearby"><h2>Nearby</h2><ul>${links(nearby, 'nearby-item')}</ul></section>
<section class="detail-more-events"><h2>More Events</h2><ul>${links(moreEvents, 'event-card')}</ul><a href="/events/">View All Events</a></section>
<div class="sv-ad-slot"><span class="ad-label">Sponsored</span><a href="#">Stay two nights at the Awen Valley Hotel and save 15%</a></div></div></main>
<section class="newsletter-signup"><h2>Get the Carrowmere Insider</h2><p>Events, offers and ideas for your next visit, once a month.</p>
<form><input type="email" placeholder="Email address"><button type="submit">Sign Up</button></form></section>
<footer class="site-footer"><ul>${links(foot)}</ul><p>Visit Carrowmere is the official tourism organisation for Carrowmere and the Awen Valley.</p>
<p>© 2026 Visit Carrowmere. All Rights Reserved.</p></footer>
<script src="/includes/public/assets/shared/js/shared-detail.js"></script></body></html>`;
export const whatsOn: TestPage = {
  name: 'heldout243-simpleview-whats-on-event',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(desc),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Allow all', 'Deny', 'Visit Carrowmere',
    ...nav, 'My Trip (0)', 'Home', 'Festivals & Celebrations', 'Lanterns passing the boathouse at dusk. © Visit Carrowmere / Joss Merriday',
    'Dates:', 'May 30, 2026 - September 26, 2026', 'Recurrence: Recurring monthly on the last Saturday', 'Time: 6:00 PM to 10:00 PM',
    'Admission: Free', 'Millrace Water Meadows, Mill Lane, Carrowmere', 'Add to Trip', 'Visit Website', 'Get Directions', 'Share', 'Facebook',
    'Email', 'Event Details', 'Presented by', 'Venue', 'Millrace Water Meadows', 'Phone',
    '01632 960 552', 'Map data © OpenStreetMap contributors', 'Nearby', ...nearby,
    'More Events', ...moreEvents, 'View All Events', 'Sponsored', 'Stay two nights at the Awen Valley Hotel and save 15%', 'Get the Carrowmere Insider',
    'Events, offers and ideas for your next visit, once a month.', 'Sign Up', ...foot,
    'Visit Carrowmere is the official tourism organisation for Carrowmere and the Awen Valley.', '© 2026 Visit Carrowmere. All Rights Reserved.',
  ],
};
