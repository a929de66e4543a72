import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file d2: a community choir's "Come and Sing" day on Eventbrite (event page) with its ticket panel and organiser card. */
const eTitle = 'Come and Sing: Penbury Magnificat workshop day';
const eSummary = 'Learn and perform a choral classic in a day with the Wyeford Festival Chorus. No audition, all voices welcome.';
const eWhen = 'Saturday, March 13 · 10am - 5pm GMT';
const eWhere = ['St Anselm&#39;s Church Hall', '14 Cooper Street Wyeford WY3 8PL'];
const eAbout = [
  j(
    'Spend a Saturday singing with us! Wyeford Festival Chorus invites singers of every level to learn Harold Penbury&#39;s',
    'Magnificat in D in a single day, ending with an informal performance for friends and family at 4pm.',
  ),
  j(
    'The day is led by our conductor Esther Mbeki with Sam Kowalczyk at the piano. Scores can be borrowed on the day for a',
    'small deposit, or bring your own (the Alder Music edition).',
  ),
  'Timetable:',
];
const eTimes = [
  '9.30am: registration, tea and coffee',
  '10am: warm-up and first rehearsal',
  '1pm: lunch (bring your own; the hall kitchen is open)',
  '2pm: second rehearsal',
  '4pm: performance',
];
const eAbout2 = ['Tickets include refreshments and the loan of a score. Under-18s must be accompanied by an adult.'];
const eRefund = 'Contact the organizer to request a refund. Eventbrite&#39;s fee is nonrefundable.';
const eTags = [
  'United Kingdom Events',
  'Wyeford Events',
  'Things to do in Wyeford',
  'Wyeford Performances',
  'Wyeford Music Performances',
  '#choir',
  '#singing',
];
const eHdr = ['Find Events', 'Create Events', 'Help Center', 'Log In', 'Sign Up'];
const eFoot = ['Use Eventbrite', 'Plan Events', 'Find Events', 'Connect With Us'];
const eFootLinks = ['How It Works', 'Pricing', 'Content Standards', 'Privacy', 'Terms', 'Accessibility', 'Cookies'];
const eHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${eTitle} Tickets, Sat, Mar 13, 2027 at 10:00 AM | Eventbrite</title>
<meta name="description" content="Eventbrite - Wyeford Festival Chorus presents ${eTitle} - Saturday, March 13, 2027 at St Anselm's Church Hall, Wyeford.">
<link rel="canonical" href="https://www.eventbrite.co.uk/e/come-and-sing-penbury-magnificat-workshop-day-tickets-884102736551">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicEvent","name":"${eTitle}","startDate":"2027-03-13T10:00:00+00:00",
"location":{"@type":"Place","name":"St Anselm's Church Hall"},
"offers":[{"@type":"AggregateOffer","lowPrice":"15.00","highPrice":"22.00","priceCurrency":"GBP"}]}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/event-listings-bundle.6f0a.css">
<script>window.__SERVER_DATA__ = {"event_listing_response":{"id":"884102736551"}};</script>
</head><body class="eds-is-js"><div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<div class="consent-banner" role="dialog" aria-label="Cookie consent"><p class="consent-banner__text">We use cookies to give you the best experience.
<a href="https://www.eventbrite.co.uk/help/en-gb/articles/cookie-statement/">Learn more</a></p><button class="eds-btn eds-btn--fill">Accept cookies</button>
<button class="eds-btn eds-btn--outline">Manage preferences</button></div>
<header class="GlobalNav-module__main" data-testid="global-nav"><a href="#main-content" class="GlobalNav-module__skipLink">Skip Main Navigation</a>
<a class="GlobalNav-module__logo" href="https://www.eventbrite.co.uk/" aria-label="Home"><i class="eds-vector-image eds-brand--small"></i></a>
<div class="SearchBar-module__searchBar" role="search"><label class="eds-is-hidden-accessible" for="search-autocomplete-input">Search events</label>
<input id="search-autocomplete-input" type="search" placeholder="Search events"></div><nav class="NavItemList-module__main">
<ul>${links(eHdr, 'NavItemList-module__list')}</ul>
</nav></header>
<main id="main-content" class="eds-structure__main"><div class="event-details" data-testid="event-details-root"><div class="Container_root__eb5f0">
<div class="event-hero" data-testid="hero-image">
<img class="event-hero__img" src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F66102%2Forig.jpg"
alt="${eTitle} primary image"></div>
<div class="Layout-module__module___2eUcs Layout-module__mainContent___1b1nj"><div class="event-details__main" data-testid="event-details-main">
<div class="event-details__main-inner"><div class="Stack_root__1ksk7"><div class="start-date-and-location"><time class="start-date" datetime="2027-03-13">
<span class="start-date__month">Saturday, March 13</span></time></div>
<h1 class="event-title css-0">${eTitle}</h1><div class="event-description__summary"><p class="summary">${eSummary}</p></div>
<div class="organizer-listing-info"><div class="descriptive-organizer-info-mobile"><span class="descriptive-organizer-info-mobile__name">By
<a href="https://www.eventbrite.co.uk/o/wyeford-festival-chorus-31822904117" class="descriptive-organizer-info-mobile__name-link">Wyeford Festival
Chorus</a></span>
<span class="organizer-stats__highlight">211 followers</span></div><button class="eds-btn eds-btn--button eds-btn--fill" type="button">Follow</button></div>
<section class="date-and-location"><h2 class="date-info__title">Date and time</h2><div class="date-info">
<span class="date-info__full-datetime">${eWhen}</span></div>
<h2 class="location-info__title">Location</h2><div class="location-info"><div class="location-info__address">
<p class="location-info__address-text">${eWhere[0]}</p>
<p>${eWhere[1]}</p><button class="eds-btn eds-btn--button eds-btn--none eds-btn--link">Show map</button></div></div></section>
<section class="event-description"><h2 class="about-this-event__title">About this event</h2><ul class="highlights"><li class="highlights__item">
<span>7 hours</span></li><li class="highlights__item"><span>Mobile eTicket</span></li></ul><div class="event-description__content">
<div class="has-user-generated-content event-description__content--expanded"><div class="eds-text--left">
${ps(eAbout)}<ul>${eTimes.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>${ps(eAbout2)}</div></div></div></section>
<section class="refund-policy"><h2 class="refund-policy__title">Refund Policy</h2><div class="refund-policy__content"><p>${eRefund}</p></div></section>
<section class="tags"><h2 class="tags__title">Tags</h2><ul class="tags-list">${eTags
  .map(
    (t) => `<li class="tags-list__item"><a class="eds-l-mar-all-1 tags-link"
href="/d/united-kingdom--wyeford/events/">${t}</a></li>`,
  )
  .join('\n')}</ul></section>
<section class="organizer"><div class="organizer-info"><h2 class="organizer-info__title">Organized by</h2><div class="organizer-listing-info-variant-b">
<a class="organizer-listing-info-variant-b__name-link" href="https://www.eventbrite.co.uk/o/wyeford-festival-chorus-31822904117">Wyeford Festival Chorus</a>
<p class="organizer-listing-info-variant-b__stats">211 followers · 14 events hosted</p><button class="eds-btn eds-btn--button eds-btn--outline">Contact</button>
<button class="eds-btn eds-btn--button eds-btn--fill">Follow</button></div><p class="organizer-info__description">A non-auditioned chorus of 90 singers from
Wyeford and the valley towns.</p><a class="eds-link" href="/report">Report this event</a></div></section></div></div></div></div>
<aside class="Layout-module__module___2eUcs Layout-module__aside___1_dXO">
<div class="conversion-bar conversion-bar--checkout-opener" data-testid="conversion-bar">
<div class="conversion-bar__panel-info"><span class="conversion-bar__price">£15 – £22</span></div><div class="conversion-bar__body">
<button class="eds-btn eds-btn--button eds-btn--fill eds-btn--block" type="button" data-testid="checkout-cta">Get tickets</button></div></div></aside></div>
<section class="more-events"><h2>More events from this organizer</h2><div class="more-events__list"><article class="event-card"><a class="event-card-link"
href="/e/spring-concert-tickets-88"><h3 class="event-card__title">Wyeford Festival Chorus: Spring Concert</h3><p>Sat, May 22, 7:30 PM</p><p>From £12.00</p>
</a></article>
</div></section></div></main>
<footer class="eds-global-footer" role="contentinfo">
<div class="eds-global-footer__content">${eFoot.map((f) => `<h3 class="eds-global-footer__heading">${f}</h3>`).join('')}
<ul class="eds-global-footer__link-list">${links(eFootLinks, 'eds-global-footer__link-list-item')}</ul>
<p class="eds-global-footer__copyright">© 2027 Eventbrite</p></div>
</footer></div></div><script src="https://cdn.evbstatic.com/s3-build/fe/build/event-listings-bundle.6f0a.js"></script></body></html>`;
const eventbrite: TestPage = finish({
  name: 'heldout485-eventbrite-come-and-sing',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['Date and time', 'Location', 'About this event', 'Refund Policy'],
  body: texts([eSummary, eWhen, ...eWhere, ...eAbout, ...eTimes, ...eAbout2, eRefund]),
  bylines: ['By Wyeford Festival Chorus'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience. Learn more', 'Accept cookies', 'Manage preferences', 'Skip Main Navigation', 'Search events', ...eHdr,
    'Saturday, March 13', '211 followers', 'Follow', 'Show map', '7 hours', 'Mobile eTicket',
    'Tags', ...eTags, 'Organized by', '211 followers · 14 events hosted',
    'Contact', 'A non-auditioned chorus of 90 singers from Wyeford and the valley towns.', 'Report this event', '£15 – £22', 'Get tickets',
    'More events from this organizer', 'Wyeford Festival Chorus: Spring Concert',
    'Sat, May 22, 7:30 PM', 'From £12.00', ...eFoot, ...eFootLinks, '© 2027 Eventbrite',
  ],
});

export const HELDOUT485_D2: readonly TestPage[] = [eventbrite];
