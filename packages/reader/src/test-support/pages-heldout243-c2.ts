import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout243-kit.js';

/**
 * Held-out batch 243, file c2: an event page on Eventbrite (React markup with css- classes and data-testid attributes: header
 * with search and "Log In", hero image, the event's date line above the title, summary, "Date and time", "Location" with
 * "Show map", "Refund Policy", the "About this event" description the organiser wrote, tags, the organizer box with
 * followers, "Follow" and "Contact", the sticky ticket box, "More events from this organizer", footer and cookie banner).
 */
const title = 'Tideline Supper Club: A Six-Course Coastal Menu at the Old Customs House';
const summary = 'A candlelit supper of six courses from local boats and gardens, with matched wines and the chefs talking you through each plate.';
const desc = [
  j(
    'Our supper club returns for its spring evening in the vaulted long room of the former customs house on Merrow Quay. Chefs',
    'Anouk Bellamy and Ravi Castell cook a six-course menu built around what the day boats land that week, with vegetables from the',
    'Quayside Community Garden two streets away.',
  ),
  j(
    'Guests sit together at three long tables of twenty, so come ready to meet your neighbours. Between courses the chefs will come out',
    'to tell you where each ingredient came from and, on a good night, who caught it.',
  ),
];
const menu = [
  'Oyster and cucumber granita',
  'Crab on sourdough crumpet with brown crab butter',
  'Hand-dived scallop, wild garlic and hazelnut',
  'Line-caught hake with mussels and cider sauce',
  'Rhubarb and buttermilk pudding',
  'Sea salt caramel truffles and coffee',
];
const good = [
  j(
    'Tickets include the full menu and a welcome drink. A matched wine flight from Pell & Daughter Wine Merchants can be added at',
    'checkout; a non-alcoholic pairing of house shrubs and sodas is also available.',
  ),
  j(
    'The menu can be adapted for pescatarian and gluten-free guests if you tell us when you book. Unfortunately we cannot cater for',
    'shellfish allergies at this event. The long room is up one flight of stairs, and there is no lift in the building.',
  ),
  'Doors open at 7pm and the first course is served at 7:30pm. Carriages at 11pm.',
  j(
    'Merrow Quay station is a ten-minute walk away, and the last train inland leaves at 11:40pm. The public car park on Harbour Street',
    'is free after 6pm. If you would like to come as a group of eight or more, email us before booking and we will seat you together.',
  ),
];
const headings = ['The menu', 'Good to know'];
const tags = ['United Kingdom Events', 'Merrow Quay Events', 'Things to do in Merrow Quay', 'Food & Drink', 'Supper Club'];
const more = ['Tideline Supper Club: Midsummer Barbecue on the Quay', 'Tideline Supper Club: Autumn Game Night'];
const foot = ['How It Works', 'Pricing', 'Content Standards', 'Help Center', 'Terms', 'Privacy', 'Accessibility', 'Cookies'];
const html = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${title} Tickets, Fri 17 Apr 2026 at 19:00 | Eventbrite</title>
<meta name="description" content="Eventbrite - Tideline Supper Club presents ${title} - Friday, 17 April 2026 at Old Customs House, Merrow Quay.">
<meta property="og:type" content="events.event"><meta property="og:title" content="${title}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.eventbrite.example/e/tideline-supper-club-tickets-904418220917">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"FoodEvent","name":"${title}","startDate":"2026-04-17T19:00:00+01:00",
"endDate":"2026-04-17T23:00:00+01:00","location":{"@type":"Place","name":"Old Customs House"},"offers":[{"@type":"Offer","price":"68.00",
"priceCurrency":"GBP"}],
"organizer":{"@type":"Organization","name":"Tideline Supper Club"}}</script>
<script>window.__SERVER_DATA__ = {"event":{"id":"904418220917","isFree":false},"env":{"localeInfo":{"locale":"en_GB"}}};</script></head>
<body class="eds-base"><div id="root"><div class="eds-structure__header"><header class="global-header" data-testid="global-header">
<a href="https://www.eventbrite.example/" class="global-header__logo">Eventbrite</a><div class="search-bar" role="search"><input placeholder="Search events">
</div><nav><ul class="global-header__menu"><li><a href="/organizer/overview">Create Events</a></li><li><a href="/help">Help Center</a></li>
<li><a href="/signin">Log In</a></li><li><a href="/signup">Sign Up</a></li></ul></nav></header></div>
<main class="eds-structure__main"><div class="event-details css-1lf8s5l" data-testid="event-details"><div class="event-hero css-0">
<picture><img class="event-hero-image" src="https://img.evbuc.example/tideline-spring.jpg" alt=""></picture></div>
<div class="event-details__main css-0"><div class="event-details__main-inner"><div class="css-0"><p class="start-date" data-testid="start-date">
Friday, April 17</p><h1 class="event-title css-0">${title}</h1><p class="summary">${summary}</p></div>
<div class="organizer-listing-info-variant-b" data-testid="organizer-brief"><span class="organizer-listing-info-variant-b__name">By
<strong class="organizer-listing-info-variant-b__name-link">Tideline Supper Club</strong></span><span class="organizer-stats">1.2k followers</span>
<button class="follow-button">Follow</button></div>
<section class="event-details__section" data-testid="dateAndTime"><h2 class="date-info__heading">Date and time</h2>
<div class="date-info"><span class="date-info__full-datetime">Friday, April 17 · 7 - 11pm BST</span></div></section>
<section class="event-details__section" data-testid="location"><h2 class="location-info__heading">Location</h2><div class="location-info">
<p class="location-info__address-text">Old Customs House</p><p class="location-info__address">2 Merrow Quay, Merrow MQ1 4AB</p>
<button class="location-info__show-map">Show map</button></div></section>
<section class="event-details__section" data-testid="refund-policy"><h2>Refund Policy</h2><p>Refunds up to 7 days before event</p></section>
<section class="event-details__section" data-testid="about-this-event"><h2 class="about-section__heading">About this event</h2>
<div class="eds-text--left"><ul class="highlights"><li>4 hours</li><li>Mobile eTicket</li></ul></div>
<div class="has-user-generated-content event-description" data-testid="event-description"><div class="structured-content-rich-text">
${ps(desc)}
<h3>${headings[0]}</h3><ul>${lis(menu)}</ul>
<h3>${headings[1]}</h3>
${ps(good)}
</div></div></section>
<section class="event-details__section" data-testid="tags"><h2>Tags</h2><ul class="tags-list">${links(tags, 'tags-item')}</ul></section>
<section class="event-details__section organizer-info" data-testid="organizer-info"><h2>Organized by</h2><div class="descriptive-organizer-info-mobile">
<a class="descriptive-organizer-info-mobile__name-link" href="/o/tideline-supper-club-31877">Tideline Supper Club</a>
<div class="organizer-stats__highlight">1.2k followers</div><div class="organizer-stats__highlight">14 events hosted</div>
<p class="descriptive-organizer-info__description">Pop-up suppers in unusual buildings around Merrow Quay, four times a year.</p>
<button class="follow-button">Follow</button><button class="contact-organizer">Contact</button></div></section></div></div>
<aside class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info"><span class="conversion-bar__price">£68</span>
<span class="conversion-bar__note">Sales end soon</span></div><button class="eds-btn eds-btn--fill" data-testid="reserve-cta">Get tickets</button></aside>
<section class="more-events" data-testid="more-from-organizer"><h2>More events from this organizer</h2><ul>${links(more, 'event-card')}</ul></section>
</div></main>
<footer class="eds-global-footer"><ul>${links(foot, 'eds-global-footer__link')}</ul><p>© 2026 Eventbrite Example</p></footer>
<div id="transcend-consent-manager" role="dialog"><p>We use cookies and similar technologies to improve your experience, analyse traffic and show you
relevant events.</p><button>Accept all</button><button>Reject all</button><button>Manage settings</button></div></div>
<script src="https://cdn.evbstatic.example/s3-build/listings/listing-bundle.js"></script></body></html>`;
export const eventPage: TestPage = {
  name: 'heldout243-eventbrite-event',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([summary, ...desc, ...menu, ...good]),
  bylines: ['Tideline Supper Club'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eventbrite', 'Create Events', 'Help Center', 'Log In', 'Sign Up',
    'Friday, April 17', 'Friday, April 17 · 7 - 11pm BST', '1.2k followers', 'Follow', 'Date and time',
    'Location', 'Old Customs House', '2 Merrow Quay, Merrow MQ1 4AB', 'Show map', 'Refund Policy', 'Refunds up to 7 days before event',
    'About this event', '4 hours', 'Mobile eTicket', 'Tags', ...tags, 'Organized by', '14 events hosted',
    'Pop-up suppers in unusual buildings around Merrow Quay, four times a year.', 'Contact', '£68', 'Sales end soon', 'Get tickets',
    'More events from this organizer', ...more, ...foot.filter((f) => f !== 'Help Center'), '© 2026 Eventbrite Example',
    'We use cookies and similar technologies to improve your experience, analyse traffic and show you relevant events.', 'Accept all', 'Reject all',
    'Manage settings',
  ],
};
