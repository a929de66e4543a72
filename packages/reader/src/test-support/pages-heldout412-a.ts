import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file a: an Eventbrite event page (Eventbrite's header with search, breadcrumbs, the hero image with its
 * credit, the "By organizer" line with follower count, the date and location panels, the sticky ticket checkout widget,
 * "About this event" with its agenda, refund policy, tags, the organizer card, "More events from this organizer", the
 * TrustArc cookie banner and footer) and a Ticketmaster concert page (short artist blurb among the ticket type list,
 * price filter, seat map, "Important event info", "You may also like" and the Ticketmaster footer).
 */
const ebTitle = 'Night Market of Small Presses: Zines, Risograph & Late Readings';
const ebBody = [
  j(
    'The Night Market of Small Presses returns to the old tram depot on Calloway Street for one evening of tables, talks and',
    'readings. Forty independent publishers, zine makers and print studios will fill the main hall, each selling work that',
    'rarely reaches a bookshop shelf.',
  ),
  j(
    'This is a market first and an event second. Bring cash if you can, because several of the smaller tables cannot take cards,',
    'and bring a tote bag, because printed things are heavier than they look.',
  ),
  j(
    'Entry tickets are timed so the hall never gets too crowded. Pick the arrival window that suits you; once inside you can',
    'stay until closing. Under-twelves come in free with an adult and do not need a ticket of their own.',
  ),
  'From seven o’clock the back room turns into a reading space with short sets from writers whose books are on sale that night:',
  'Oksana Perl reads from her pamphlet of tide-table poems',
  'The Underpass Collective launches issue nine of their photocopied quarterly',
  'Marten Loy gives a ten-minute talk on mixing inks for a two-drum risograph',
  'An open mic closes the evening; sign up at the front desk before nine',
  j(
    'The depot is step-free from the Calloway Street entrance and there is an accessible toilet on the ground floor. A quiet',
    'room with seating is open all evening next to the cloakroom.',
  ),
  j(
    'Food comes from two vans parked in the yard, one of them vegan. The bar is run by the depot’s own volunteers and all',
    'takings go towards keeping the building open for community use through the winter.',
  ),
  j(
    'If you would like a table at a future market, the application form opens in the spring. We keep half the tables for',
    'first-time sellers, and the fee is waived for anyone under twenty-five.',
  ),
];
const ebAgenda = ['5:00 PM – Doors open, market begins', '7:00 PM – Readings in the back room', '9:30 PM – Open mic', '10:30 PM – Market closes'];
const ebHeadings = ['What to expect', 'Readings', 'Access and facilities', 'Agenda', 'Refund Policy'];
const ebRefund = 'Refunds up to 7 days before event.';
const ebNav = ['Find Events', 'Create Events', 'Help Center', 'Log In', 'Sign Up'];
const ebCrumbs = ['Home', 'United Kingdom', 'Harrowgate', 'Events'];
const ebTags = ['Harrowgate Events', 'Things to do in Harrowgate', 'Harrowgate Markets', 'Art Events', 'Zine Fairs'];
const ebMore = ['Risograph Printing for Beginners: Two-Colour Postcards', 'Spring Bookbinding Afternoon at the Depot', 'Small Press Fair Planning Meeting'];
const ebFoot = ['About', 'Blog', 'Help', 'Careers', 'Newsroom', 'Impact', 'Investors', 'Security', 'Developers', 'Status', 'Terms', 'Privacy', 'Accessibility'];
const ebHtml = `<!DOCTYPE html><html lang="en-gb" class="eds-theme"><head><meta charset="utf-8">
<title>${ebTitle.replace(/&/g, '&amp;')} Tickets, Sat 14 Mar 2026 at 17:00 | Eventbrite</title>
<meta name="description" content="Eventbrite - Calloway Depot Trust presents Night Market of Small Presses - Saturday, 14 March 2026 at Calloway Depot.">
<meta property="og:type" content="events.event"><meta property="og:site_name" content="Eventbrite">
<link rel="canonical" href="https://www.eventbrite.co.uk/e/night-market-of-small-presses-tickets-918273645501">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Night Market of Small
Presses","startDate":"2026-03-14T17:00:00+00:00",
"location":{"@type":"Place","name":"Calloway Depot"},"organizer":{"@type":"Organization","name":"Calloway Depot
Trust"},"offers":[{"@type":"Offer","price":"4.00"}]}</script>
<script>window.__SERVER_DATA__ = {"event":{"id":"918273645501","isFree":false},"env":{"ebDomain":"www.eventbrite.co.uk"}};</script></head>
<body><div id="root"><div class="eds-structure eds-structure--min-height"><header class="consumer-header" data-testid="global-header">
<div class="consumer-header__content"><a class="consumer-header__logo" href="/" aria-label="Eventbrite home"><svg></svg></a>
<div class="search-input" role="search"><input type="search" placeholder="Search events" aria-label="Search events"></div>
<nav class="consumer-header__desktop"><ul class="consumer-header__menu">${links(ebNav, 'consumer-header__link')}</ul></nav></div></header>
<main class="event-listing" data-testid="event-listing"><nav aria-label="breadcrumb" class="Breadcrumbs-module__root"><ol>${links(ebCrumbs)}</ol></nav>
<div class="event-hero"><picture><img class="event-card-image" src="https://img.evbuc.example/918273645501.jpg" alt="Tables of zines under hanging
lights"></picture>
<span class="event-hero__credit">Photo: Calloway Depot Trust</span></div>
<div class="event-details__main"><div class="event-details__main-inner">
<span class="date-info__full-datetime">Saturday, March 14</span>
<h1 class="event-title css-0">${ebTitle.replace(/&/g, '&amp;')}</h1>
<p class="summary">Forty small publishers, zine tables and evening readings in a restored tram depot.</p>
<div class="organizer-listing-info-variant-b"><div class="descriptive-organizer-info-mobile__name">By <strong>Calloway Depot Trust</strong></div>
<span class="organizer-stats__highlight">1.2k followers</span><button class="follow-button">Follow</button></div>
<section class="event-details__section"><h2 class="location-info__heading">Date and time</h2><div class="date-info"><span>Saturday, March 14 · 5 - 10:30pm
GMT</span></div>
<h2 class="location-info__heading">Location</h2><div class="location-info__address"><p class="location-info__address-text">Calloway Depot</p>
<p>14 Calloway Street Harrowgate HG3 9PL</p><button class="show-map-link">Show map</button></div></section>
<section class="event-details__section" data-testid="good-to-know"><h2>Good to know</h2><h3 class="highlights">Highlights</h3>
<ul class="highlights-list">${lis(['5 hours 30 minutes', 'In person', 'Free venue parking'])}</ul></section>
<div class="event-description has-low-confidence"><h2>About this event</h2><div class="eds-text--left">
${ps(ebBody.slice(0, 2))}
<h3>${ebHeadings[0]}</h3>
${ps(ebBody.slice(2, 4))}
<h3>${ebHeadings[1]}</h3><ul>${lis(texts(ebBody.slice(4, 8)))}</ul>
<h3>${ebHeadings[2]}</h3>
${ps(ebBody.slice(8))}
</div><div class="agenda-container"><h3>${ebHeadings[3]}</h3><ul class="agenda-list">${lis(ebAgenda, 'agenda-item')}</ul></div></div>
<section class="refund-policy"><h2>${ebHeadings[4]}</h2><p class="refund-policy__text">${ebRefund}</p></section>
<section class="tags"><h2>Tags</h2><ul class="tags-list">${links(ebTags, 'tags-list__item')}</ul></section>
<section class="organizer-info"><h2>Organised by</h2><div class="organizer-card"><span>Calloway Depot Trust</span>
<span class="organizer-stats">1.2k followers</span><span class="organizer-stats">38 events hosted</span>
<button>Contact</button><button>Follow</button></div></section>
<section class="more-events"><h2>More events from this organiser</h2><ul class="event-card-list">${links(ebMore, 'event-card')}</ul></section>
</div>
<aside class="conversion-bar conversion-bar--checkout-opener" data-testid="conversion-bar"><div class="conversion-bar__panel-info">
<span class="eds-text-bm">From £4.00</span></div><button class="eds-btn eds-btn--fill" data-testid="checkout-button">Get tickets</button></aside>
<div class="share-section"><h3>Share this event</h3>${as(['Facebook', 'Messenger', 'LinkedIn', 'Email'], 'share-action')}</div></div></main>
<footer class="eds-global-footer" role="contentinfo"><ul class="eds-global-footer__link-list">${links(ebFoot, 'eds-l-pad-vert-1')}</ul>
<p class="eds-global-footer__copyright">© 2026 Eventbrite</p></footer></div></div>
<div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">We use cookies to improve your experience, to personalise content and
to measure the success of our marketing.</p>
<button id="truste-consent-button">Accept Cookies</button><button id="truste-show-consent">Manage Cookies</button></div>
<script src="https://cdn.evbstatic.example/s3-build/event-listings.js" defer></script></body></html>`;
const eventbrite: TestPage = {
  name: 'heldout412-eventbrite-event',
  kind: 'docs',
  html: ebHtml,
  title: ebTitle,
  headings: ebHeadings,
  body: ['Forty small publishers, zine tables and evening readings in a restored tram depot.', ...texts(ebBody), ...ebAgenda, ebRefund],
  bylines: ['By Calloway Depot Trust'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ebNav, ...ebCrumbs, 'Saturday, March 14', 'Good to know', '5 hours 30 minutes', 'In person', 'Free venue parking',
    'Photo: Calloway Depot Trust', '1.2k followers', 'Follow', 'Date and time', 'Saturday, March 14 · 5 - 10:30pm GMT',
    'Location', '14 Calloway Street Harrowgate HG3 9PL', 'Show map', 'Highlights', 'About this event', 'Tags', ...ebTags, 'Organised by',
    '38 events hosted', 'Contact', 'More events from this organiser', ...ebMore, 'From £4.00', 'Get tickets', 'Share this event', 'Facebook',
    'Messenger', 'LinkedIn', 'Email', ...ebFoot, '© 2026 Eventbrite',
    'We use cookies to improve your experience, to personalise content and to measure the success of our marketing.', 'Accept Cookies', 'Manage Cookies',
  ],
};

const tmTitle = 'Halvard Quay: The Lantern Rooms Tour';
const tmBody = [
  j(
    'Halvard Quay bring The Lantern Rooms Tour to the Brightwater Arena for one night only, their first indoor show in the city',
    'since the band’s second record came out. Expect the new album played in full, followed by a long encore of older songs chosen',
    'by the audience from a list posted on the night.',
  ),
  j(
    'The four-piece built their name on slow, heavy guitar songs and a stage show lit almost entirely by hand-held lamps. For',
    'this tour they have added a string section of six players and a second drummer, and the set runs to around two hours.',
  ),
  j(
    'Support comes from Meret Hale, whose debut single spent the summer on late-night radio, and from the Glasgow duo Pinefold,',
    'who open the evening at seven.',
  ),
  j(
    'The band have asked that phones stay in pockets during the first half of the show, when the new album is played in order.',
    'Staff will not enforce this, but the lamps are dim and the songs are quiet, and a screen held up in the dark is easy to see',
    'from every seat in the house.',
  ),
];
const tmInfo = [
  'This is an all-seated event in the lower and upper tiers; the floor is standing only.',
  'Under-14s must be accompanied by an adult aged 18 or over.',
  'Tickets are mobile only. Screenshots will not be accepted at the doors.',
  'The venue operates a bag policy: nothing larger than A4 size may be brought in.',
  'A maximum of 6 tickets may be bought per household. Orders over this limit may be cancelled without notice.',
];
const tmAccess = j(
  'Accessible seating and wheelchair spaces can be booked through the venue’s access line. A free ticket for a personal',
  'assistant is available on request with proof of eligibility.',
);
const tmTypes = ['Standing Floor', 'Lower Tier Seated', 'Upper Tier Seated', 'Platinum Lower Tier', 'Official Hotel Package'];
const tmNav = ['Concerts', 'Sports', 'Arts, Theatre & Comedy', 'Family & Attractions', 'Cities', 'Sell', 'Gift Cards', 'Help'];
const tmAlso = ['Pinefold: Winter Headline Show', 'The Low Hours Live', 'Meret Hale: Small Rooms'];
const tmFoot = ['Purchase Policy', 'Privacy Policy', 'Cookie Policy', 'Manage my cookies and ad choices', 'Terms of Use', 'Modern Slavery Statement'];
const tmHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Halvard Quay Tickets | Brightwater Arena | Ticketmaster UK</title>
<meta name="description" content="Buy Halvard Quay: The Lantern Rooms Tour tickets at the Brightwater Arena in Marlow Cross on 22/05/2026.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicEvent","name":"Halvard Quay: The Lantern Rooms
Tour","startDate":"2026-05-22T19:00",
"location":{"@type":"Place","name":"Brightwater Arena"},"performer":[{"@type":"MusicGroup","name":"Halvard Quay"}]}</script>
<script>window.digitalData={"page":{"pageInfo":{"pageType":"EDP","eventId":"3E005F21A9C4"}}};</script></head>
<body><div id="app"><header class="sc-1j2k3-0 header" data-testid="header"><a href="/" class="logo" aria-label="Ticketmaster">ticketmaster</a>
<nav aria-label="Primary"><ul class="sc-nav-list">${links(tmNav, 'sc-nav-item')}</ul></nav><a href="/member" class="sign-in">Sign In/Register</a></header>
<div id="main-content" class="sc-edp"><div class="event-header" data-testid="event-header"><div class="event-header__date"><span>FRI</span>
<span>22 May 2026</span></div>
<h1 class="sc-1eku3jf-14 event-header__event-name">${tmTitle}</h1><div class="event-header__event-info">
<span class="event-header__event-date">Fri • May 22 • 19:00</span><a class="event-header__event-location" href="/venue/451">Brightwater Arena, Marlow
Cross</a></div>
<a class="event-header__info-link" href="#more-info">More Info</a></div>
<div class="sc-ticket-selection"><section class="quick-picks" aria-label="Ticket options"><div class="quick-picks__filters">
<button class="filter-button">Price</button><button class="filter-button">Best Seats</button><button class="filter-button">Lowest Price</button>
<label>Tickets<select><option>2 Tickets</option><option>4 Tickets</option></select></label></div>
<ul class="quick-picks__list">${tmTypes
  .map(
    (t, i) => `<li class="quick-pick"><span class="quick-pick__type">${t}</span><span
class="quick-pick__price">£${48 + i * 23}.50 incl. fees</span></li>`,
  )
  .join('\n')}</ul>
</section><div class="seat-map" role="img" aria-label="Seat map"><span class="seat-map__label">Stage</span></div></div>
<section id="more-info" class="edp-more-info"><h2 class="more-info__heading">About</h2><div class="more-info__text">
${ps(tmBody)}
</div><h2 class="more-info__heading">Important Event Info</h2><ul class="more-info__list">${lis(tmInfo)}</ul>
<h2 class="more-info__heading">Accessibility</h2>
<p>${tmAccess}</p><p class="more-info__promoter">Promoted by Northgate Live</p></section>
<section class="sc-recommendations"><h2>You May Also Like</h2><ul>${links(tmAlso, 'rec-card')}</ul></section>
<div class="fan-guarantee"><strong>Fan Guarantee</strong><span>Buy and sell tickets safely with Ticketmaster.</span></div></div>
<footer class="sc-footer"><ul class="footer__links">${links(tmFoot)}</ul><p class="footer__copy">© 1999-2026 Ticketmaster. All rights
reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Manage Cookies</button></div></div>
<script src="https://www.tm.example/edp/bundle.js"></script></body></html>`;
const ticketmaster: TestPage = {
  name: 'heldout412-ticketmaster-concert',
  kind: 'docs',
  html: tmHtml,
  title: tmTitle,
  headings: ['About', 'Important Event Info', 'Accessibility'],
  body: [...texts(tmBody), ...tmInfo, tmAccess],
  bylines: ['Promoted by Northgate Live'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ticketmaster', ...tmNav, 'Sign In/Register', 'FRI', '22 May 2026', 'Fri • May 22 • 19:00',
    'Brightwater Arena, Marlow Cross', 'More Info', 'Price', 'Best Seats',
    'Lowest Price', '2 Tickets', '4 Tickets', ...tmTypes, '£48.50 incl. fees', '£140.50 incl. fees', 'Stage', 'You May Also Like', ...tmAlso,
    'Fan Guarantee', 'Buy and sell tickets safely with Ticketmaster.', ...tmFoot, '© 1999-2026 Ticketmaster. All rights reserved.',
    'We and our partners use cookies to personalise content and ads.', 'Accept Cookies', 'Manage Cookies',
  ],
};

export const HELDOUT412_A: readonly TestPage[] = [eventbrite, ticketmaster];
