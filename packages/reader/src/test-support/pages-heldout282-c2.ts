import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file c2: an Eventbrite event page (React markup with css-0 classes, header with search and menu, hero
 * image, "By organizer" line with follower count, date and location blocks, summary, "About this event" rich text with its own
 * h3 sections and an agenda list, refund policy, tags, organizer card, "More events from this organizer", the sticky ticket
 * bar, cookie banner and the footer's link columns).
 */
const vTitle = 'Open Studio Saturday: Risograph Zine Workshop for Beginners';
const vSummary = 'Spend a day printing your own two-colour zine on our Risograph machines, with ink, paper and coffee included.';
const vAbout = pp(`
Risograph printing sits somewhere between a photocopier and a screen print. It is fast and cheap enough for a run of a hundred
copies, but every sheet comes out slightly different, with bright soy inks that layer like watercolour. It is the reason so many
small-press zines look the way they do.

In this workshop you will plan, lay out and print an eight-page zine of your own, from a single folded sheet. No design
experience is needed: bring a few drawings, photos or words you would like to see in print, or make them on the day.

The class is taught by two of our studio members, who between them have printed more than three hundred zines for artists,
bands and neighbourhood groups. Numbers are kept to ten so everyone gets time at the machines, and you will leave with at least
thirty copies of your finished zine and a sheet of test prints to take home.
`);
const vH = ['What we will cover', 'What to bring', 'Accessibility'];
const vCover = [
  'How the Risograph works, and why colours are printed one drum at a time',
  'Preparing artwork in black and white for each colour layer, by hand or on a laptop',
  'Registration, overprinting and the happy accidents that make Riso prints distinctive',
  'Folding, trimming and binding your zine with a single staple',
];
const vBring = pp(`
Bring any drawings, collages, photos or text you want to use. A laptop is useful but not required; we have two studio computers
and plenty of scissors, glue and tracing paper.

Wear clothes you do not mind getting a little ink on. Aprons are provided.
`);
const vAccess = pp(`
The studio is on the ground floor with step-free access from the street and an accessible toilet. The print room can get noisy
when both machines are running; ear defenders are available, and there is a quiet room next door if you need a break.
`);
const vBody = [vSummary, ...vAbout, ...vCover, ...vBring, ...vAccess];
const vTags = ['United States Events', 'Things to do in Port Callan, CA', 'Port Callan Classes', 'Port Callan Arts Classes', '#zine', '#printmaking', '#riso'];
const vMore = ['Letterpress Postcards: An Evening Class', 'Bookbinding Basics: Coptic Stitch', 'Small Press Fair 2027 — Exhibitor Sign-up'];
const vFoot = ['Use Eventbrite', 'Create Events', 'Pricing', 'Event Marketing Platform', 'Plan Events', 'Find Events', 'Connect With Us', 'Contact Support'];
const vHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">
<title>Open Studio Saturday: Risograph Zine Workshop for Beginners Tickets, Sat, Nov 14, 2026 at 10:00 AM | Eventbrite</title>
<meta name="description" content="Eventbrite - Harbourline Print Collective presents Open Studio Saturday: Risograph Zine Workshop for Beginners">
<meta property="og:type" content="events.event"><meta property="event:start_time" content="2026-11-14T10:00:00-08:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"EducationEvent","name":"${vTitle}","startDate":"2026-11-14T10:00:00-08:00",
"location":{"@type":"Place","name":"Harbourline Print Collective","address":{"@type":"PostalAddress","addressLocality":"Port Callan"}},
"organizer":{"@type":"Organization","name":"Harbourline Print Collective"},"offers":[{"@type":"AggregateOffer","lowPrice":"65.00"}]}</script>
<script>window.__SERVER_DATA__ = {"event":{"id":"918277301447","isFree":false},"env":{"localeInfo":{"locale":"en_US"}}};</script></head>
<body><div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="GlobalNav-module__main___jfEt2 GlobalNav-module__withSearchDropdown___2dq1B"><a class="GlobalNav-module__logo___Ak6p2" href="/"
aria-label="Eventbrite home"></a><div class="SearchBar-module__searchBar___2q5YA"><input type="search" placeholder="Search events"
aria-label="Search events"></div><ul class="NavItemList-module__main___1I7_a">${links(['Find Events', 'Create Events', 'Help Center'], 'NavItem')}
<li><a href="/signin/">Log In</a></li><li><a href="/signin/signup/">Sign Up</a></li></ul></header>
<main class="eds-structure__main"><div class="event-details__wrapper"><div class="Hero_container__1mwXv"><picture><img class="event-hero"
src="https://img.evbuc.example/https%3A%2F%2Fcdn.evbuc.example%2Fimages%2F9012%2F1%2Foriginal.jpg" alt="Zine pages drying on a rack"></picture></div>
<div class="event-details__main"><div class="event-details__main-inner"><section class="event-details__section"><div class="condensed-date"><time
class="start-date">Saturday, November 14</time></div>
<h1 class="event-title css-0">${vTitle}</h1><p class="summary">${vSummary}</p>
<div class="organizer-listing-info-variant-b"><div class="descriptive-organizer-info-mobile__name-wrapper">
<span class="organizer-listing-info-variant-b__name-link">By Harbourline Print Collective</span></div>
<p class="organizer-stats__highlight">1.8k followers</p><button class="follow-button">Follow</button></div></section>
<section class="event-details__section"><div class="date-and-time-module"><h2 class="date-info__title">Date and time</h2>
<span class="date-info__full-datetime">Saturday, November 14 · 10am - 4pm PST</span></div>
<div class="location-info"><h2 class="location-info__title">Location</h2><p class="location-info__address-text">Harbourline Print Collective</p>
<p class="location-info__address">2218 Embarcadero West Port Callan, CA 94607</p><button class="location-info__map-button">Show map</button></div></section>
<section class="event-details__section"><div class="has-user-generated-content event-description"><h2 class="event-description__title">About this event</h2>
<div class="eds-text--left"><ul class="highlights"><li>6 hours</li><li>In person</li></ul></div>
<div id="event-description" class="eds-text--left" data-testid="structured-content-rich-text"><div class="structured-content-rich-text">
${ps(vAbout)}
<h3>${vH[0]}</h3>
<ul>${lis(vCover)}</ul>
<h3>${vH[1]}</h3>
${ps(vBring)}
<h3>${vH[2]}</h3>
${ps(vAccess)}
</div></div></div></section>
<section class="event-details__section"><div class="refund-policy"><h2>Refund Policy</h2><p>Refunds up to 7 days before event</p></div>
<div class="tags-module"><h2>Tags</h2><ul class="tags-list">${links(vTags, 'tags-item')}</ul></div></section>
<section class="event-details__section"><div class="organizer-info"><h2>Organized by</h2><p class="organizer-info__name">Harbourline Print Collective</p>
<p class="organizer-info__stats">1.8k followers · 64 events hosted</p><button>Contact</button><button>Follow</button></div>
<div class="related-events"><h2>More events from this organizer</h2><ul>${links(vMore, 'related-event-card')}</ul></div></section>
<a class="report-event" href="/report-event">Report this event</a></div></div>
<aside class="conversion-bar"><div class="conversion-bar__panel-info">$65.00</div><button class="eds-btn eds-btn--fill">Get
tickets</button></aside></div></main>
<footer class="eds-global-footer"><ul>${links(vFoot, 'eds-global-footer__link')}</ul><p>© 2026 Eventbrite</p></footer>
<div id="consent-banner" class="consent-banner"><p>We use cookies to improve your experience, analyse site traffic and personalise content.</p>
<button>Accept all</button><button>Reject all</button><button>Cookie settings</button></div></div></div>
<script src="https://cdn.evbstatic.example/s3-build/fe/build/event-listings.js" crossorigin></script></body></html>`;
export const eventbrite: TestPage = {
  name: 'heldout282-eventbrite-event',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: ['About this event', ...vH],
  body: texts(vBody),
  bylines: ['By Harbourline Print Collective'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Find Events', 'Create Events', 'Help Center', 'Log In', 'Sign Up', 'Saturday, November 14', '1.8k followers', 'Follow', 'Date and time',
    'Saturday, November 14 · 10am - 4pm PST', 'Location', '2218 Embarcadero West Port Callan, CA 94607', 'Show map', '6 hours',
    'In person', 'Refund Policy', 'Refunds up to 7 days before event', 'Tags', ...vTags, 'Organized by', 'Harbourline Print Collective',
    '1.8k followers · 64 events hosted',
    'Contact', ...vMore, 'More events from this organizer', 'Report this event', '$65.00', 'Get tickets',
    ...vFoot.filter((t) => t !== 'Find Events' && t !== 'Create Events'), '© 2026 Eventbrite',
    'We use cookies to improve your experience, analyse site traffic and personalise content.', 'Accept all', 'Reject all', 'Cookie settings',
  ],
};
