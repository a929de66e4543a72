import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file e: a See Tickets-style listing of a promoter's shows (a listing: the search bar, genre menu,
 * breadcrumbs, an intro, event rows with date badges, venue, price, "Buy tickets" / "Sold out" buttons and a short blurb, a
 * "Featured" promo row, pagination, the "Be the first to know" sign-up and footer) and a venue's own WordPress event page on
 * The Events Calendar plugin (theme header, "« All Events" link, the tribe schedule and cost line, the description, the
 * ticket block of Event Tickets, the Details / Organizer / Venue meta boxes, "Add to calendar" links, prev / next event
 * navigation, a Jetpack share bar and the theme's sidebar widgets).
 */
const stTitle = 'Lantern Yard Presents: Spring 2026';
const stIntro2 = j(
  'Most of our rooms are small, so shows often sell out in the week before. Tickets for seated shows are allocated in order of',
  'booking, and every venue on this page has step-free access to the room and an accessible toilet unless the listing says otherwise.',
);
const stIntro = j(
  'Lantern Yard promotes live music in small rooms across the south-west, from folk and jazz to late-night electronic sets.',
  'Here is everything we have on sale for the spring season. New dates are added every Friday, so check back or sign up below.',
);
const stEvents: [string, string, string, string, string, string][] = [
  [
    'Corra Minshull: The Ferry Songs',
    'Thu 12 Mar 2026',
    'The Old Chapel, Taviford',
    '£15.00',
    'Buy tickets',
    j(
      'Corra Minshull brings the songs from her third album to the chapel, with harmonium, fiddle and a borrowed church organ.',
      'Seated show; the bar opens an hour before.',
    ),
  ],
  [
    'The Gannet Quartet',
    'Sat 21 Mar 2026',
    'Mill Street Rooms, Exbridge',
    '£12.50',
    'Buy tickets',
    j(
      'A jazz quartet led by the double bassist Ruben Achterberg, playing originals written on a winter residency in a lighthouse',
      'cottage. Cabaret seating, first come first served.',
    ),
  ],
  [
    'Nightshift: Ada Pellow + Harrow Moss',
    'Fri 3 Apr 2026',
    'The Boiler House, Plymbury',
    '£10.00',
    'Sold out',
    j('Two of the region’s best electronic selectors go back to back until three in the morning. Returns are released through', 'the waiting list only.'),
  ],
  [
    'Folk on the Quay: Spring Session',
    'Sun 19 Apr 2026',
    'Harbour Arts Centre, Saltcombe',
    '£8.00',
    'Buy tickets',
    j('An afternoon of tunes and songs from three young folk acts, with an open session in the bar afterwards. Bring an', 'instrument if you play.'),
  ],
  [
    'Orrin Vale Trio',
    'Thu 7 May 2026',
    'The Old Chapel, Taviford',
    '£14.00',
    'Buy tickets',
    j(
      'Piano trio music that borrows as much from film scores as from jazz. This is the trio’s only date in the region before',
      'they record their second album in the summer.',
    ),
  ],
];
const stNav = ['Music', 'Comedy', 'Theatre', 'Festivals', 'Clubbing', 'Family', 'Venues'];
const stFoot = ['Help', 'Contact us', 'Refunds', 'Sell tickets with us', 'Terms & conditions', 'Privacy policy', 'Cookie policy'];
const stHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lantern Yard Presents Tickets | See Tickets</title>
<meta name="description" content="Buy tickets for Lantern Yard Presents events. Live music in small rooms across the south-west.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@type":"MusicEvent","name":"Corra Minshull: The Ferry Songs","startDate":"2026-03-12"}}]}</script>
<script>var seeTickets={promoterId:"lantern-yard",basket:0};</script></head>
<body class="page-promoter"><div id="skip"><a href="#content">Skip to content</a></div><header id="header" class="g-header">
<a id="logo" href="/">See Tickets</a><form id="search" class="g-search"><input type="search" placeholder="Search for events, artists or venues"></form>
<ul class="g-header__account">${links(['Sign in', 'Basket'])}</ul><nav id="nav" class="g-nav"><ul>${links(stNav, 'g-nav__item')}</ul></nav></header>
<div id="content" class="g-content"><ul class="breadcrumb">${links(['Home', 'Promoters'])}</ul>
<div class="promoter-header"><h1 class="g-blocklist-header">${stTitle}</h1><p class="promoter-header__intro">${stIntro}</p><p
class="promoter-header__intro">${stIntro2}</p>
<div class="promoter-header__follow"><a href="#">Follow Lantern Yard</a></div></div>
<div class="g-blocklist-filters"><label>Sort by<select><option>Date</option><option>Name</option></select></label><span class="result-count">5
events</span></div>
<div class="featured-promo"><span class="featured-promo__label">Featured</span><a href="#">Coastline Weekender 2026 – early bird tickets</a></div>
<ul class="g-blocklist">
${stEvents
  .map(
    ([t, d, v, p, b, blurb]) => `<li class="g-blocklist-item"><div class="g-blocklist-date"><span>${d}</span></div><div class="g-blocklist-content">
<h3 class="g-blocklist-title"><a href="/event/${t.length}">${t}</a></h3><p class="g-blocklist-sub-text"><a href="#">${v}</a></p>
<p class="g-blocklist-description">${blurb}</p></div><div class="g-blocklist-action"><span class="g-blocklist-price">${p}</span>
<a class="g-button ${b === 'Sold out' ? 'g-button--soldout' : ''}" href="#">${b}</a><a class="more-info" href="#">More info</a></div></li>`,
  )
  .join('\n')}
</ul><nav class="g-pagination">${as(['Previous', 'Next'])}<span>Page 1 of 1</span></nav></div>
<section class="g-signup"><h2>Be the first to know</h2><p>Get presale access and news on your favourite artists.</p><input type="email" placeholder="Email">
<button>Sign up</button></section>
<footer id="footer" class="g-footer"><ul>${links(stFoot)}</ul><p>© See Tickets 2026. All rights reserved. Registered in England No. 2841306.</p></footer>
<div id="CybotCookiebotDialog"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic.</div>
<button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div></body></html>`;
const seeTickets: TestPage = {
  name: 'heldout412-seetickets-promoter-listing',
  kind: 'docs',
  html: stHtml,
  title: stTitle,
  headings: stEvents.map(([t]) => t),
  body: [stIntro, stIntro2, ...stEvents.map(([, , , , , b]) => b)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'See Tickets', 'Sign in', 'Basket', ...stNav, 'Home', 'Promoters', 'Follow Lantern Yard', 'Sort by', 'Date', 'Name',
    '5 events', 'Featured', 'Coastline Weekender 2026 – early bird tickets', ...stEvents.flatMap(([, d, v, p, b]) => [d, v, p, b]), 'More info',
    'Previous', 'Next', 'Page 1 of 1', 'Be the first to know', 'Get presale access and news on your favourite artists.', 'Sign up', ...stFoot,
    '© See Tickets 2026. All rights reserved. Registered in England No. 2841306.', 'This website uses cookies',
    'We use cookies to personalise content and to analyse our traffic.', 'Allow all', 'Deny',
  ],
};

const wpTitle = 'Quiz Night & Curry: Fundraiser for the Roof Appeal';
const wpBody = [
  j(
    'Our famous pub quiz moves upstairs to the ballroom for one night to raise money for the Roof Appeal. Eight rounds, one',
    'picture round and a music round set by the house band, with a bowl of curry at half-time included in the ticket.',
  ),
  j(
    'Teams can be up to six people. If you are coming on your own or as a pair, tick the box when you book and we will put you',
    'on a table with others; some of our best teams started that way.',
  ),
  j(
    'Every penny of profit goes towards the new roof over the ballroom, which has been leaking into the bucket by the stage since',
    'the storms two winters ago. We are £14,000 away from our target, and the builders are booked for September.',
  ),
  'The evening runs like this:',
  '7:00pm – Doors and bar open',
  '7:45pm – Rounds one to four',
  '8:45pm – Curry (chicken, chickpea or vegan korma) and the raffle',
  '9:30pm – Rounds five to eight, then the results',
  j(
    'Prizes include a meal for six in the Back Bar, a signed print from our poster artist and a year of free entry to Sunday',
    'folk nights. The wooden spoon goes to the lowest scoring team, as it always has.',
  ),
  j(
    'The ballroom is on the first floor and reached by stairs only. If you need step-free access, let us know and we will run',
    'the quiz in the Back Bar on the ground floor instead; it has happened before and nobody minded.',
  ),
];
const wpCost = '£10';
const wpNav = ['Home', "What's On", 'Food & Drink', 'Private Hire', 'History', 'Contact'];
const wpSide = ['Sunday Folk Session', 'Open Mic with the Ferrymen', 'Burns Night Ceilidh'];
const wpHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Quiz Night &amp; Curry: Fundraiser for the Roof Appeal – The Copper
Kettle</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel='stylesheet' id='tribe-events-v2-single-skeleton-css'
href='https://thecopperkettle.example/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css' media='all'>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"Quiz Night &amp; Curry","startDate":"2026-03-20T19:00:00+00:00",
"location":{"@type":"Place","name":"The Copper Kettle Ballroom"},"offers":{"@type":"Offer","price":"10"}}]</script>
<script id="tribe-events-views-v2-js-extra">var tribe_events = {"ajaxurl":"https://thecopperkettle.example/wp-admin/admin-ajax.php"};</script></head>
<body class="tribe_events-template-default single single-tribe_events postid-2231 tribe-events-page-template events-single"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">The Copper Kettle</a></p><p class="site-description">Music pub &amp; ballroom
since 1898</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(wpNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><div id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="/events/">« All Events</a></p>
<h1 class="tribe-events-single-event-title">${wpTitle.replace(/&/g, '&amp;')}</h1>
<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">March 20 @ 7:00 pm</span> - <span class="tribe-event-time">11:00
pm</span></h2>
<span class="tribe-events-cost">${wpCost}</span></div>
<div id="post-2231" class="post-2231 tribe_events type-tribe_events status-publish has-post-thumbnail hentry tribe_events_cat-fundraisers">
<div class="tribe-events-event-image"><img src="/wp-content/uploads/2026/02/quiz-night.jpg" alt=""></div>
<div class="tribe-events-single-event-description tribe-events-content">
${ps(wpBody.slice(0, 4))}
<ul>${lis(texts(wpBody.slice(4, 8)))}</ul>
${ps(wpBody.slice(8))}
</div>
<div class="tribe-common event-tickets tribe-tickets__tickets-wrapper"><form class="tribe-tickets__tickets-form"><h2
class="tribe-tickets__tickets-title">Tickets</h2>
<div class="tribe-tickets__tickets-item"><div class="tribe-tickets__tickets-item-content-title">Quiz team place (per person)</div>
<div class="tribe-tickets__tickets-sale-price">£10.00</div><div class="tribe-tickets__tickets-item-extra-available">38 available</div></div>
<button class="tribe-common-c-btn tribe-tickets__tickets-buy" type="submit">Get Tickets</button></form></div>
<div class="tribe-events tribe-common"><div
class="tribe-events-c-subscribe-dropdown">${as(['Google Calendar', 'iCalendar', 'Outlook 365', 'Export .ics file'])}</div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title">Details</h2><dl><dt class="tribe-events-start-date-label">Date:</dt><dd><abbr class="tribe-events-abbr">March
20</abbr></dd>
<dt class="tribe-events-start-time-label">Time:</dt><dd><div class="tribe-events-abbr">7:00 pm - 11:00 pm</div></dd><dt>Cost:</dt><dd
class="tribe-events-event-cost">£10</dd>
<dt>Event Category:</dt><dd class="tribe-events-event-categories"><a href="/events/category/fundraisers/">Fundraisers</a></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2>
<dl><dt class="tribe-common-a11y-visual-hide">Organizer</dt><dd class="tribe-organizer">Friends of the Copper Kettle</dd>
<dt>Email</dt><dd class="tribe-organizer-email">friends@thecopperkettle.example</dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue">The
Copper Kettle Ballroom</dd><dd class="tribe-venue-location"><address class="tribe-events-address">3 Ropewalk, Kilbarrow, KB2 6EL</address></dd></dl></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share
this:</h3><ul>${links(['Facebook', 'X', 'WhatsApp', 'Email'], 'share-item')}</ul>
</div></div></div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="#"><span>«</span> Burns Night Ceilidh</a></li>
<li class="tribe-events-nav-next"><a href="#">Sunday Folk Session <span>»</span></a></li></ul></nav></div></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget tribe-events-list-widget"><h2 class="widget-title">Upcoming
Events</h2><ul>${links(wpSide)}</ul>
<a href="/events/">View Calendar</a></section><section class="widget widget_text"><h2 class="widget-title">Opening hours</h2>
<div class="textwidget"><p>Mon–Thu 12–11pm · Fri–Sat 12pm–1am · Sun 12–10:30pm</p></div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 The Copper Kettle · Proudly powered by WordPress</div></footer></div>
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience.<a id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a href="#" class="cli_settings_button">Cookie settings</a></span></div></body></html>`;
const venueWp: TestPage = {
  name: 'heldout412-venue-wordpress-events-calendar',
  kind: 'docs',
  html: wpHtml,
  title: wpTitle,
  headings: [],
  body: texts(wpBody),
  bylines: ['Friends of the Copper Kettle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Copper Kettle', 'Music pub & ballroom since 1898', ...wpNav, '« All Events', 'March 20 @ 7:00 pm', '11:00 pm', 'Tickets',
    'Quiz team place (per person)', '£10.00', '38 available', 'Get Tickets', 'Google Calendar', 'iCalendar', 'Outlook 365', 'Export .ics file',
    'Details', 'Date:', 'Time:', '7:00 pm - 11:00 pm', 'Cost:', 'Event Category:', 'Fundraisers', 'Organizer', 'Email',
    'friends@thecopperkettle.example', 'Venue', 'The Copper Kettle Ballroom', '3 Ropewalk, Kilbarrow, KB2 6EL', 'Share this:', 'Facebook', 'WhatsApp',
    'Burns Night Ceilidh', 'Sunday Folk Session', 'Upcoming Events', 'Open Mic with the Ferrymen', 'View Calendar', 'Opening hours',
    'Mon–Thu 12–11pm · Fri–Sat 12pm–1am · Sun 12–10:30pm', '© 2026 The Copper Kettle · Proudly powered by WordPress',
    'This website uses cookies to improve your experience.', 'Accept', 'Cookie settings',
  ],
};

export const HELDOUT412_E: readonly TestPage[] = [seeTickets, venueWp];
