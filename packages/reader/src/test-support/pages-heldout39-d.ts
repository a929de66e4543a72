import { links, type TestPage, texts } from './page-kit.js';
import { greenhouseJob } from './pages-heldout39-d2.js';

/**
 * Held-out batch 39, file d: an Eventbrite event page (the header with search and "Find my tickets", the hero image, the
 * date badge, title and summary, the organizer strip with followers and Follow, "Date and time", "Location" with the
 * map button, "Good to know" highlights and refund policy, "About this event" with the organizer's structured-content
 * description, tags, the "Organized by" card with the organizer's blurb, "Report this event", the sticky ticket bar,
 * "More events from this organizer", the OneTrust banner, the footer, JSON-LD and the server-data script).
 */
const ebTitle = 'Risograph Printing for Beginners: A Hands-On Zine Workshop';
const ebSummary = 'Learn to print a two-colour zine on our Riso MZ770 in a small, friendly group. All materials included.';
const ebOrg = 'Lantern Print Collective';
const ebIntro = [
  'Risograph printers look like photocopiers but work more like screen printing: each colour is laid down from its own drum ' +
    'as a separate layer of soy-based ink. The results are bright, slightly imperfect and very hard to fake on a home printer, ' +
    'which is why so many zines, posters and small-press books are made this way.',
  'In this four-hour workshop you will design, separate and print an eight-page zine in two colours. We start with a short ' +
    'tour of the machine and a look through prints from our archive, then move on to making your own artwork, by hand or on a laptop.',
];
const ebH1 = 'What you will learn';
const ebLearn = [
  'How a Risograph works, and why its colours overlap the way they do',
  'Preparing artwork for two-colour printing, by hand and digitally',
  'Choosing paper, and avoiding smudges and misregistration',
  'Folding, trimming and stapling a simple zine',
];
const ebH2 = 'Who it is for';
const ebWho = [
  'No experience is needed. The workshop is open to anyone aged 16 or over, and most people who come have never used a printer ' +
    'more complicated than the one in their office. Bring a few drawings, photos or scraps of writing if you have them; if not, ' +
    'there will be plenty of source material to cut up.',
];
const ebH3 = 'Accessibility';
const ebAccess = [
  'The studio is on the ground floor with step-free access and an accessible toilet. The print room gets noisy while the ' +
    'machine is running, and ear defenders are available. If you have access needs, email us before the day and we will do ' +
    'our best to help.',
  'Tea, coffee and biscuits are provided. Please wear clothes you do not mind getting ink on.',
];
const ebNav = ['Find Events', 'Create Events', 'Help Center', 'Find my tickets', 'Log In', 'Sign Up'];
const ebTags = [
  'United Kingdom Events',
  'City of Bristol Events',
  'Things to do in Bristol, United Kingdom',
  'Bristol Classes',
  'Bristol Arts Classes',
  '#printmaking',
  '#risograph',
  '#zines',
];
const ebMore: [string, string, string][] = [
  ['Screen Printing Tote Bags: An Evening Class', 'Thu, Apr 2 • 6:30 PM GMT+1', 'From £32.00'],
  ['Bookbinding Basics: Make a Coptic-Stitch Notebook', 'Sat, Apr 18 • 10:00 AM GMT+1', 'From £45.00'],
  ['Open Studio: Riso Print Day for Returning Printers', 'Sun, Apr 26 • 11:00 AM GMT+1', 'From £25.00'],
];
const ebOrgBlurb =
  'A community print studio in Bedminster with two Risograph machines, a screen-printing bed and a letterpress. We run classes, ' +
  'open-access days and a small zine library.';
const ebFoot: [string, string[]][] = [
  ['Use Eventbrite', ['Create Events', 'Pricing', 'Event Marketing Platform', 'Eventbrite Mobile Ticket App', 'Community Guidelines']],
  ['Plan Events', ['Sell Tickets Online', 'Event Planning', 'Sell Concert Tickets Online', 'Event Payment System']],
  ['Find Events', ['Browse Online Events', 'Get the Eventbrite App']],
  ['Connect With Us', ['Contact Support', 'Contact Sales', 'X', 'Facebook', 'LinkedIn', 'Instagram', 'TikTok']],
];
const ebLegal = ['© 2026 Eventbrite', 'How It Works', 'Privacy', 'Terms', 'Accessibility', 'Cookies', 'Manage Cookie Preferences'];
const ebHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8">
<title>${ebTitle} Tickets, Sat 14 Mar 2026 at 10:00 | Eventbrite</title>
<meta name="description" content="Eventbrite - ${ebOrg} presents ${ebTitle} - Saturday, 14 March 2026 at ${ebOrg}, Bristol, England. Find event and ticket
information.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"${ebTitle}","startDate":"2026-03-14T10:00:00+00:00",
"endDate":"2026-03-14T14:00:00+00:00","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place","name":"${ebOrg}",
"address":{"streetAddress":"14 Mill Lane","addressLocality":"Bristol","postalCode":"BS3 4AB"}},"organizer":{"@type":"Organization","name":"${ebOrg}"},
"offers":[{"@type":"AggregateOffer","lowPrice":"38.00","highPrice":"45.00","priceCurrency":"GBP","availability":"InStock"}]}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/listings-event-page.7c1a2e.css"></head>
<body class="listing-page"><div id="root"><header class="GlobalNav-module__main___jfEt2" data-testid="global-nav"><a href="https://www.eventbrite.co.uk/"
aria-label="Home" class="GlobalNav-module__logo"><svg aria-hidden="true"></svg><span class="eds-is-hidden-accessible">Eventbrite</span></a><div role="search"
class="SearchBar-module__searchBar"><input type="search" placeholder="Search events" aria-label="Search events"><span
class="SearchBar-module__location">Bristol</span>
</div><nav aria-label="Main Navigation"><ul class="NavItemList-module__main">${links(ebNav, 'NavItem-module__item')}</ul></nav></header>
<main class="event-details" data-testid="event-details"><div class="event-hero"><picture><img class="event-hero__image"
src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F9912%2Foriginal.jpg"
alt="${ebTitle}"></picture></div><div class="event-details__main"><div class="event-details__main-inner"><div class="Layout-module__module___2eUcs">
<div class="Layout-module__mainContent"><time class="start-date" datetime="2026-03-14"><span class="start-date-month">Mar</span> <span
class="start-date-day">14</span></time>
<div class="event-status-badge" data-testid="urgency-signal"><span class="eds-text-bs--fixed">Almost full</span></div>
<h1 class="event-title css-0">${ebTitle}</h1><p class="summary"><strong>${ebSummary}</strong></p>
<div class="descriptive-organizer-info-mobile__container"><a href="https://www.eventbrite.co.uk/o/lantern-print-collective-17744920315"
class="descriptive-organizer-info-mobile__name-link">By
<strong>${ebOrg}</strong></a><span class="organizer-stats__highlight">1.2k followers</span><button class="follow-button eds-btn--small">Follow</button></div>
<section class="date-info" aria-labelledby="date-heading"><h2 id="date-heading" class="date-info__heading">Date and time</h2><span
class="date-info__full-datetime">Saturday,
March 14 · 10am - 2pm GMT</span></section>
<section class="location-info" aria-labelledby="location-heading"><h2 id="location-heading" class="location-info__heading">Location</h2><div
class="location-info__address">
<p class="location-info__address-text">${ebOrg}</p>14 Mill Lane Bristol BS3 4AB<button class="location-info__map-button">Show map</button></div></section>
<section class="good-to-know" aria-labelledby="gtk-heading"><h2 id="gtk-heading">Good to know</h2><h3>Highlights</h3><ul class="highlights">
<li><span class="highlights__item">4 hours</span></li><li><span class="highlights__item">In person</span></li></ul><h3>Refund Policy</h3>
<div class="refund-policy">Refunds up to 7 days before event</div></section>
<section class="event-description" aria-labelledby="about-heading"><h2 id="about-heading" class="event-description__title">About this event</h2>
<div class="eds-text--left"><div class="structured-content-rich-text structured-content__module l-align-left l-mar-vert-6 l-sm-mar-vert-4 text-body-medium">
${ebIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${ebH1}</h3><ul>${ebLearn.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>${ebH2}</h3>${ebWho.map((p) => `<p>${p}</p>`).join('')}
<h3>${ebH3}</h3>${ebAccess.map((p) => `<p>${p}</p>`).join('\n')}
</div></div></section>
<section class="tags" aria-labelledby="tags-heading"><h2 id="tags-heading" class="tags__heading">Tags</h2><ul
class="tags-list">${links(ebTags, 'tags-list__item')}</ul></section>
<section class="organizer-info" aria-labelledby="org-heading"><h2 id="org-heading">Organized by</h2><div class="organizer-card"><a class="organizer-card__name"
href="https://www.eventbrite.co.uk/o/lantern-print-collective-17744920315">${ebOrg}</a><div class="organizer-stats"><span>Followers</span><strong>1.2k</strong>
<span>Events</span><strong>38</strong><span>Hosting</span><strong>9 years</strong></div><p class="organizer-card__summary">${ebOrgBlurb}</p>
<div class="organizer-card__actions"><button class="eds-btn eds-btn--neutral">Contact</button><button class="eds-btn
eds-btn--fill">Follow</button></div></div></section>
<div class="report-event"><a href="/report?eid=1188463520117" class="report-event__link">Report this event</a></div></div>
<aside class="Layout-module__aside"><div class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">£38 – £45</div><button
class="eds-btn eds-btn--fill eds-btn--block" data-testid="checkout-widget-button">Get tickets</button></div></aside></div></div></div>
<section class="more-events" aria-labelledby="more-heading"><h2 id="more-heading">More events from this organizer</h2><ul class="event-card-list">${ebMore
  .map(
    ([t, d, p]) =>
      `<li class="event-card"><a href="/e/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3 class="event-card__title">${t}</h3></a>` +
      `<p class="event-card__date">${d}</p><p class="event-card__price">${p}</p></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="eds-global-footer" role="contentinfo">${ebFoot
  .map(([h, l]) => `<div class="eds-global-footer__section"><h2 class="eds-global-footer__heading">${h}</h2><ul>${links(l)}</ul></div>`)
  .join('')}<ul class="eds-global-footer__legal">${ebLegal.map((t) => `<li>${t}</li>`).join('')}</ul></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">We use cookies and similar technologies to
improve your experience, measure performance and show you relevant content. You can manage your choices at any time.</div><button
id="onetrust-accept-btn-handler">Accept
All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script>window.__SERVER_DATA__ = {"event":{"id":"1188463520117","name":"${ebTitle}","isSeries":false,"isOnline":false,"salesStatus":"on_sale"},
"organizer":{"id":"17744920315","name":"${ebOrg}","followers":1214},"env":{"localeInfo":{"locale":"en_GB"}}};</script></body></html>`;
const eventbrite: TestPage = {
  html: ebHtml,
  name: 'heldout39-eventbrite-event',
  kind: 'blog',
  // the summary (the event's dek) and the organizer's description under "About this event" are the article: body, its h3s
  // the headings; "About this event" itself is the template's label over the description (furniture, like the "Date and
  // time" and "Location" labels); the organizer ("By" in neither) is the byline, listed once though the venue line and the
  // "Organized by" card repeat it; the event's date and time, the date badge, the address, "Good to know", highlights,
  // refund policy, tags, the organizer card's stats and blurb, the ticket bar, more events, header, cookie banner and
  // footer are furniture (the event's facts sit in template boxes, as a review's rating box does); the badge's "Mar" and "14"
  // and the footer's "X" are left out (one letter, or parts of the date line), and the tags #risograph and #zines (body words)
  title: ebTitle,
  headings: [ebH1, ebH2, ebH3],
  body: [ebSummary, ...texts(ebIntro), ...ebLearn, ...ebWho, ...ebAccess],
  bylines: [ebOrg],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eventbrite', 'Bristol', ...ebNav, 'Almost full', '1.2k followers', 'Follow', 'Date and time', 'Saturday, March 14 · 10am - 2pm GMT', 'Location',
    '14 Mill Lane Bristol BS3 4AB', 'Show map', 'Good to know', 'Highlights', '4 hours', 'In person', 'Refund Policy', 'Refunds up to 7 days before event',
    'About this event', 'Tags', ...ebTags.filter((t) => !['#risograph', '#zines'].includes(t)), 'Organized by', 'Followers', '1.2k', 'Events', '38', 'Hosting',
'9 years', ebOrgBlurb, 'Contact',
    'Report this event', '£38 – £45', 'Get tickets', 'More events from this organizer', ...ebMore.flat(),
    ...ebFoot.flatMap(([h, l]) => [h, ...l.filter((t) => !['Create Events', 'X'].includes(t))]).filter((t) => t !== 'Find Events'),
    ...ebLegal.filter((t) => t !== 'Accessibility'),
'We use cookies and similar technologies to improve your experience, measure performance and show you relevant content.',
    'You can manage your choices at any time.', 'Accept All Cookies', 'Reject All', 'Cookie Settings',
  ],
};

export const HELDOUT39_D: readonly TestPage[] = [eventbrite, greenhouseJob];
