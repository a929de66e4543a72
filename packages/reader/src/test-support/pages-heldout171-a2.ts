import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 171, file a2: an Eventbrite event page as a signed-out visitor saves it (the global header with search,
 * "Find Events", "Create Events", "Help Center", "Find my tickets", "Log In", "Sign Up"; the hero image; the date line
 * above the title; the summary; the organizer strip with followers and "Follow"; the "Date and time", "Location" and
 * "Refund Policy" blocks; "About this event" with the event length badge and the organizer's structured description;
 * tags; the "Organized by" card with "Contact" and "Report this event"; the sticky ticket card; "More events from this
 * organizer"; the consent banner and the footer).
 */
const ebTitle = 'Fermentation Night: Kraut, Kimchi and Kombucha at the Canal Street Kitchen';
const ebSummary = 'A hands-on evening workshop where you will make two jars of ferments to take home and learn how to keep them going.';
const ebP1 = [
  'Fermenting vegetables is one of the oldest ways of keeping food, and one of the easiest things you can do in a home kitchen. ' +
    'All it really takes is salt, a clean jar and a little patience. This workshop is for complete beginners and for anyone ' +
    'whose last jar of sauerkraut went soft, grey or smelled like a swimming pool.',
  'Over three hours our head cook, Noor Haddad, will walk you through the basics of lacto-fermentation, and then you will ' +
    'get your hands in the cabbage. Everyone goes home with a litre jar of sauerkraut and a half-litre jar of white kimchi ' +
    'they made themselves, plus a starter culture for kombucha.',
];
const ebH1 = 'What you will do';
const ebList = [
  'Learn why salt concentration matters and how to weigh it properly, so your ferments are safe and crunchy.',
  'Shred, salt and pack a classic caraway sauerkraut.',
  'Make a mild white kimchi with napa cabbage, pear and spring onion, with no chilli for those who prefer it gentle.',
  'Taste ferments at different ages, from three days to six months, and see how the flavour changes.',
  'Brew a first batch of kombucha and take home a scoby in its own starter liquid.',
];
const ebH2 = 'Good to know';
const ebP2 = [
  'All ingredients, jars and equipment are provided. Please bring an apron and a bag that can carry two heavy jars home ' +
    'upright. We will have small tasting plates of bread, cheese and pickles through the evening, and non-alcoholic drinks ' +
    'are included.',
  'Everything we make is vegan. The kimchi contains no fish sauce. If you have a food allergy, please tell us when you ' +
    'book and we will do our best to adapt the recipes for you.',
  'The kitchen is on the ground floor with step-free access from the canal towpath entrance. There is an accessible toilet ' +
    'on the same floor. The nearest car park is on Lock Lane, about five minutes’ walk away.',
];
const ebH3 = 'About your host';
const ebP3 = [
  'Noor Haddad has run the preserving programme at the Canal Street Kitchen since 2019. Before that she cooked for eight years ' +
    'in restaurants in Beirut and Leeds, and her fermented hot sauce has sold out at the Saturday market every week this summer. ' +
    'She is happy to answer questions about jars you already have bubbling at home, so bring your failures along.',
];
const ebNav = ['Find Events', 'Create Events', 'Help Center', 'Find my tickets', 'Log In', 'Sign Up'];
const ebTags = ['United Kingdom Events', 'Leeds Events', 'Things to do in Leeds', 'Leeds Classes', 'Leeds Food & Drink Classes', 'cooking', 'fermentation'];
const ebMore: [string, string][] = [
  ['Sourdough from Scratch: A Saturday Bread Class', 'Sat, Nov 15, 10:00 AM'],
  ['Knife Skills for Nervous Cooks', 'Thu, Nov 20, 6:30 PM'],
  ['Winter Preserves: Marmalade and Chutney', 'Sat, Dec 6, 11:00 AM'],
];
const ebFootCols: [string, string[]][] = [
  ['Use Eventbrite', ['Create Events', 'Pricing', 'Event Marketing Platform', 'Eventbrite Mobile Ticket App', 'Sitemap']],
  ['Plan Events', ['Sell Tickets Online', 'Event Planning', 'Sell Concert Tickets Online', 'Event Payment System']],
  ['Find Events', ['Browse Online Events', 'Get the Eventbrite App', 'Leeds Food & Drink Events', 'Leeds Classes']],
  ['Connect With Us', ['Contact Support', 'Contact Sales', 'X', 'Facebook', 'LinkedIn', 'Instagram', 'TikTok']],
];
const ebLegal = ['© 2025 Eventbrite', 'How It Works', 'Terms', 'Privacy', 'CA Privacy Notice', 'Accessibility', 'Cookies'];
const ebCookie =
  'We use cookies and similar technologies to personalise content, provide social media features and analyse our traffic. ' +
  'You can manage your preferences at any time.';
const ebPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ebHtml = `<!DOCTYPE html>
<html lang="en-gb" class="eds-global-styles"><head><meta charset="utf-8">
<title>Fermentation Night: Kraut, Kimchi and Kombucha at the Canal Street Kitchen Tickets, Thu, Nov 13, 2025 at 6:30 PM | Eventbrite</title>
<meta name="description" content="Eventbrite - Canal Street Kitchen presents Fermentation Night - Thursday, November 13, 2025 at Canal Street Kitchen, Leeds.">
<meta property="og:title" content="${ebTitle}"><meta property="og:type" content="events.event"><meta property="og:site_name" content="Eventbrite">
<meta property="event:start_time" content="2025-11-13T18:30:00+00:00"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.eventbrite.co.uk/e/fermentation-night-kraut-kimchi-and-kombucha-tickets-1184420097719">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EducationEvent","name":"${ebTitle}","startDate":"2025-11-13T18:30:00+00:00",
"endDate":"2025-11-13T21:30:00+00:00","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place",
"name":"Canal Street Kitchen","address":{"@type":"PostalAddress","streetAddress":"4 Canal Street","addressLocality":"Leeds","postalCode":"LS12 1DU"}},
"offers":[{"@type":"AggregateOffer","lowPrice":"45.00","highPrice":"45.00","priceCurrency":"GBP"}],"organizer":{"@type":"Organization",
"name":"Canal Street Kitchen","url":"https://www.eventbrite.co.uk/o/canal-street-kitchen-30419981122"}}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.example/s3-build/fe/build/event-listings-bundle.4b7e2.css">
<script>window.__SERVER_DATA__ = {"event":{"id":"1184420097719","isFree":false,"currency":"GBP"},"env":{"localeInfo":{"locale":"en_GB"}}};</script></head>
<body><div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="GlobalNav-module__main___jfEt2" data-testid="global-nav"><nav aria-label="Main Navigation" class="GlobalNav-module__navContainer___2vlLd">
<a class="GlobalNav-module__logo___2GG6u" href="https://www.eventbrite.co.uk/" aria-label="Home"><i class="eds-vector-image"></i></a>
<div class="SearchBar-module__searchBar___2I1Xh" role="search"><input type="text" aria-label="Search events" placeholder="Search events">
<button aria-label="Search button">Search</button></div><ul class="NavItemList-module__main___1I7_a">${links(ebNav, 'NavItem-module__main___2lgQH')}</ul>
</nav></header>
<main class="eds-structure__main" id="main"><div class="event-listing event-listing--has-image">
<div class="event-hero"><picture data-testid="hero-image"><img class="event-hero-image" alt="${ebTitle}"
src="https://img.evbuc.example/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F904112%2Foriginal.jpg"></picture></div>
<div class="event-details__main"><div class="event-details__main-inner"><div class="Container_root__4i85v">
<span class="start-date" data-testid="start-date">Thursday, November 13</span>
<h1 class="event-title css-0">${ebTitle}</h1><p class="summary"><strong>${ebSummary}</strong></p>
<div class="Layout-module__module___2eUcs Layout-module__organizerBrief___2H5vx"><section class="organizer-listing-info-variant-b">
<div class="descriptive-organizer-info-mobile__container"><a class="descriptive-organizer-info-mobile__name-link"
href="https://www.eventbrite.co.uk/o/30419981122">
<img alt="" class="descriptive-organizer-info-mobile__image"></a><div class="descriptive-organizer-info-mobile__name-container"><p
class="descriptive-organizer-info-mobile__name">
By <strong class="organizer-listing-info-variant-b__name-link">Canal Street Kitchen</strong></p>
<p class="organizer-stats__highlight"><strong>1.2k</strong> followers</p></div>
<button class="follow-button" data-testid="follow-button">Follow</button></div></section></div>
<section class="event-details__section"><div class="date-info"><h2 class="date-info__title">Date and time</h2>
<span class="date-info__full-datetime">Thursday, November 13 · 6:30 - 9:30pm GMT</span></div></section>
<section class="event-details__section location-info"><h2 class="location-info__title">Location</h2><div class="location-info__address">
<p class="location-info__address-text">Canal Street Kitchen</p><span>4 Canal Street Leeds LS12 1DU</span>
<button class="location-info__show-map-button">Show map</button></div></section>
<section class="event-details__section refund-policy"><h2>Refund Policy</h2><div>Refunds up to 7 days before event</div></section>
<div class="event-details__section"><div class="Layout-module__module___2eUcs Layout-module__aboutThisEvent___1BdWC">
<h2 class="event-description__title">About this event</h2><ul class="highlights"><li class="highlights--item">
<i class="Icon_root__1kdkz" data-testid="icon-duration"></i><span>Event lasts 3 hours</span></li></ul>
<div class="event-description" data-testid="event-description"><div class="has-user-generated-content event-description__content">
<div class="structured-content-rich-text structured-content__module">${ebPs(ebP1)}
<h3>${ebH1}</h3><ul>${ebList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h3>${ebH2}</h3>${ebPs(ebP2)}
<h3>${ebH3}</h3>${ebPs(ebP3)}</div></div></div></div></div>
<section class="event-details__section tags-section"><h2 class="tags__header">Tags</h2><ul class="tags-list">
${ebTags.map((t) => `<li class="tags-item"><a class="tags-link" href="/d/${t.length}">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n')}</ul></section>
<section class="organizer-info"><h2>Organized by</h2><div class="organizer-info__card"><a class="descriptive-organizer-info__name-link" href="/o/30419981122">
Canal Street Kitchen</a><ul class="organizer-stats"><li><span class="organizer-stats__highlight">1.2k</span> followers</li>
<li><span class="organizer-stats__highlight">214</span> events hosted</li></ul>
<div class="organizer-info__actions"><button>Contact</button><button class="follow-button">Follow</button></div></div></section>
<div class="report-event"><a href="/report?eid=1184420097719">Report this event</a></div></div></div>
<aside class="event-details__aside"><div class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">
<div class="ticket-card"><span class="ticket-card__name">General Admission</span><span class="ticket-card__price">£45.00</span>
<span class="ticket-card__sales-end">Sales end soon</span></div><div class="conversion-bar__panel-info-price">From £45.00</div></div>
<button class="eds-btn eds-btn--button eds-btn--fill" data-testid="checkout-button">Get tickets</button></div></aside></div>
<section class="more-events"><h2>More events from this organizer</h2><ul class="more-events__list">
${ebMore
  .map(
    ([t, d]) => `<li class="event-card"><a href="/e/${t.length}"><h3 class="event-card__title">${t}</h3><p class="event-card__date">${d}</p>
<p class="event-card__price">From £35.00</p></a></li>`,
  )
  .join('\n')}</ul></section></div></main>
<footer class="eds-global-footer" role="contentinfo"><div class="eds-global-footer__columns">
${ebFootCols
  .map(
    ([h, l]) => `<section class="eds-global-footer__column"><h3
class="eds-global-footer__heading">${h}</h3><ul>${links(l)}</ul></section>`,
  )
  .join('\n')}
</div><ul class="eds-global-footer__legal">${links(ebLegal)}</ul></footer></div></div>
<div id="transcend-consent-manager" role="dialog" aria-label="Cookie consent"><p>${ebCookie}</p><button>Accept all</button><button>Reject all</button>
<button>Manage preferences</button></div>
<script src="https://cdn.evbstatic.example/s3-build/fe/build/event-listings-bundle.4b7e2.js" defer></script></body></html>`;
export const eventbritePage: TestPage = {
  html: ebHtml,
  name: 'heldout171-eventbrite-event',
  kind: 'blog',
  // the summary under the title is body (a dek); "About this event" is the template heading of the description and is in
  // neither list; the date above the title and the "Date and time", "Location" and refund blocks are in neither list (event
  // facts); "By Canal Street Kitchen" is the byline; tags, organizer cards, ticket card, more events and footer are furniture
  title: ebTitle,
  headings: [ebH1, ebH2, ebH3],
  body: [ebSummary, ...texts(ebP1), ...ebList, ...texts(ebP2), ...ebP3],
  bylines: ['By Canal Street Kitchen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ebNav, 'Search', 'followers', 'Follow', 'Date and time', 'Location', 'Show map', 'Refund Policy', 'Event lasts 3 hours', 'Tags', ...ebTags,
    'Organized by', 'events hosted', 'Contact', 'Report this event', 'General Admission', '£45.00', 'Sales end soon', 'From £45.00', 'Get tickets',
    'More events from this organizer', ...ebMore.flat(), 'From £35.00', ...ebFootCols.flatMap(([h, l]) => [h, ...l]), ...ebLegal, ebCookie, 'Accept all',
    'Reject all', 'Manage preferences',
  ])],
};
