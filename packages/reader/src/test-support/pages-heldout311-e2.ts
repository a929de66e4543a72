import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout311-kit.js';

/** Held-out batch 311, file e2: the Eventbrite event page of file e. */
const bTitle = 'Fermentation for Beginners: Kimchi, Kraut and Kombucha';
const bSummary = 'A relaxed two-hour workshop where you make a jar of kimchi and a jar of sauerkraut to take home, and learn how to start kombucha.';
const bDesc = [
  j(
    'Fermenting vegetables is one of the oldest ways of keeping food, and one of the easiest to learn at home. In this hands-on',
    'workshop we will cover the basics of salt, time and temperature, and you will leave with two jars of your own.',
  ),
  '<strong>What we will do</strong>',
  j(
    'We start with a short talk on what actually happens in the jar, and why it is safe when you follow a few simple rules. Then we',
    'chop, salt and pack: first a classic sauerkraut with caraway, then a mild napa cabbage kimchi that can be made vegan.',
  ),
  j(
    'In the last half hour we taste fermented foods at different stages, from three days to three months old, and look at a',
    'kombucha culture. Everyone gets a printed guide and a small piece of culture to start their own batch.',
  ),
  '<strong>Who it is for</strong>',
  j(
    'Complete beginners are very welcome. If you have fermented before and have questions about a batch that went strange, bring',
    'a photo and we will try to work out what happened.',
  ),
  j(
    'Your host is a chef who spent ten years cooking in restaurant kitchens before opening a small fermentation kitchen in an old',
    'tannery yard. Groups are kept to twelve people so that everyone gets a proper go at each step and time to ask questions.',
  ),
  '<strong>Practical information</strong>',
  j(
    'All vegetables, jars and equipment are included in the ticket price. Please wear clothes you do not mind getting splashed with',
    'chilli paste and tell us about allergies when you book. The kitchen is on the ground floor and is wheelchair accessible.',
  ),
  j('Tickets are non-refundable, but you may transfer yours to a friend up to 24 hours before the workshop by emailing us with', 'their name.'),
];
const bTags = ['Things to do in Lowmere', 'Classes', 'Food & Drink', 'pickling', 'cooking class', 'zero waste'];
const bFoot = [
  'Use Eventbrite',
  'Create Events',
  'Pricing',
  'Plan Events',
  'Find Events',
  'Help Center',
  'Terms',
  'Privacy',
  'Accessibility',
  'Community Guidelines',
];
const bHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8">
<title>${bTitle} Tickets, Sat 18 Apr 2026 at 14:00 | Eventbrite</title><meta name="description" content="${bSummary}">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Eventbrite"><meta property="og:type" content="events.event">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EducationEvent","name":"${bTitle}","startDate":"2026-04-18T14:00:00+01:00",
"endDate":"2026-04-18T16:00:00+01:00","location":{"@type":"Place","name":"The Pickle Yard"},"offers":[{"@type":"Offer","price":"38.00","priceCurrency":"GBP"}],
"organizer":{"@type":"Organization","name":"Sour & Salt Kitchen"}}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.example/s3-build/fe/build/event-listings.css">
<script>window.__SERVER_DATA__ = {"event_id":"9981204412"};</script>
</head><body class="eds-theme--font-default"><div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="global-header" data-testid="global-header"><a href="/" class="global-header__logo"><span class="eds-is-hidden-accessible">Eventbrite</span></a>
<input type="search" placeholder="Search events" aria-label="Search events">
<nav><ul>${links(['Find Events', 'Create Events', 'Help Center', 'Log In', 'Sign Up'])}</ul></nav>
</header><main class="event-listing" id="event-page"><div class="event-hero"><img src="https://img.evbuc.example/9981204412.jpg" alt=""></div>
<div class="event-details__main"><div class="event-details__main-inner">
<div class="start-date-and-location__date" data-testid="start-date">Saturday, April 18</div>
<h1 class="event-title css-0">${bTitle}</h1><p class="summary">${bSummary}</p>
<div class="organizer-listing-info" data-testid="organizer-info"><span class="organizer-listing-info-variant-b__name">By
<strong class="organizer-listing-info-variant-b__name-link">Sour &amp; Salt Kitchen</strong></span><span>1.2k followers</span>
<button class="eds-btn eds-btn--button">Follow</button></div>
<section class="event-details__section" aria-labelledby="date-heading"><h2 id="date-heading">Date and time</h2>
<div class="date-info"><span class="date-info__full-datetime">Saturday, April 18 · 2 - 4pm GMT+1</span></div></section>
<section class="event-details__section" aria-labelledby="location-heading"><h2 id="location-heading">Location</h2>
<div class="location-info"><p class="location-info__address-text">The Pickle Yard</p><p>4 Tanners Row Lowmere LW2 9QD</p>
<button class="location-info__show-map">Show map</button></div></section>
<section class="event-details__section"><h2>Good to know</h2><ul class="highlights"><li>2 hours</li><li>In person</li></ul></section>
<div class="eds-text--left"><section class="event-details__section"><h2>About this event</h2>
<div class="has-user-generated-content event-description" data-testid="structured-content-rich-text">${ps(bDesc)}</div></section></div>
<section class="event-details__section"><h2>Tags</h2><ul class="tags-list">${links(bTags, 'tags-list__item')}</ul></section>
<section class="event-details__section"><h2>Organized by</h2><div class="descriptive-organizer-info"><strong>Sour &amp; Salt Kitchen</strong>
<p class="descriptive-organizer-info-mobile__stats">1.2k followers · 46 events hosted</p><button class="eds-btn">Contact</button>
<button class="eds-btn">Follow</button></div></section><a href="/report" class="report-event">Report this event</a></div>
<aside class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">£38 – £42</div>
<button class="eds-btn eds-btn--fill" data-testid="checkout-button">Get tickets</button></aside></div></main>
<footer class="eds-global-footer"><ul>${links(bFoot)}</ul><p>© 2026 Eventbrite</p></footer></div></div>
<div id="consent-banner" class="consent-banner" role="dialog"><p>Eventbrite uses cookies to give you a better experience, to analyse site use
and to show you relevant ads.</p><button>Accept all</button><button>Reject non-essential</button><button>Cookie settings</button></div></body></html>`;
export const eventbrite: TestPage = {
  name: 'heldout311-eventbrite-workshop',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([bSummary, ...bDesc]),
  bylines: ['Sour & Salt Kitchen'],
  furniture: [
    'Eventbrite',
    'Log In',
    'Sign Up',
    'Saturday, April 18',
    '1.2k followers',
    'Follow',
    'Date and time',
    'Saturday, April 18 · 2 - 4pm GMT+1',
    'Location',
    'The Pickle Yard',
    '4 Tanners Row Lowmere LW2 9QD',
    'Show map',
    'Good to know',
    '2 hours',
    'In person',
    'About this event',
    'Tags',
    ...bTags,
    'Organized by',
    '1.2k followers · 46 events hosted',
    'Contact',
    'Report this event',
    '£38 – £42',
    'Get tickets',
    ...bFoot,
    '© 2026 Eventbrite',
    'Eventbrite uses cookies to give you a better experience, to analyse site use and to show you relevant ads.',
    'Accept all',
    'Reject non-essential',
    'Cookie settings',
  ],
};
