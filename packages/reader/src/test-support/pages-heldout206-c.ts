import { links, ps, type TestPage, texts } from './page-kit.js';
import { fringeShow } from './pages-heldout206-c2.js';

/**
 * Held-out batch 206, file c: a Songkick artist page (header with "Track artist" and the tracker count, the tab menu,
 * "On tour: yes", the upcoming concerts list with dates, venues, cities and "Buy tickets", the biography with its "Read
 * more" toggle, past concerts, the similar-artists rail, the app promo, the cookie notice and the footer) and, from file
 * c2, a Fringe festival show listing.
 */
const skTitle = 'Fernhill Static';
const skH1 = 'Upcoming concerts (4)';
const skGigs = [
  { date: 'Thursday 22 January 2026', venue: 'The Lantern Hall', city: 'Pendlebrook, UK' },
  { date: 'Friday 23 January 2026', venue: 'Quayside Social', city: 'Whitsby, UK' },
  { date: 'Saturday 31 January 2026', venue: 'Brassworks', city: 'Castleford Bridge, UK' },
  { date: 'Saturday 7 February 2026', venue: 'Tolbooth Rooms', city: 'Dunmore, UK' },
];
const skH2 = 'About Fernhill Static';
const skBio = [
  'Fernhill Static are an indie rock four-piece from Pendlebrook, formed in 2016 by school friends Jamie Orme (vocals, guitar) ' +
    'and Priya Salter (bass). Drummer Luke Fenwick joined a year later, and keyboard player Hattie Brannigan completed the line-up ' +
    'in 2019.',
  'The band built a local following with a run of self-released singles and a monthly residency at The Lantern Hall, where they ' +
    'still play a hometown show at the start of every tour. Their debut album, <em>Pylons</em> (2021), was recorded in a week in ' +
    'a disused chapel and was named one of the year’s best debuts by several regional music blogs.',
  'Second album <em>Night Buses</em> followed in 2023 and took them to festival stages across the north of England, including a ' +
    'main-stage slot at Moorfest. Their sound mixes chiming guitars and motorik drums with Orme’s wry, conversational lyrics about ' +
    'small-town life, late shifts and the last train home.',
  'In 2025 the band signed to the independent label Coldharbour Records and released the single “Static Season”, the first taste ' +
    'of a third album due in spring 2026. Their January tour will be their first since the record was finished.',
  'Live, the band have a reputation for long, loud sets that stretch the album versions of their songs well past ' +
    'the ten-minute mark, and for the tradition of ending every show with a crowd-sung version of their early ' +
    'single “Last Orders”.',
  'Outside the band, Salter runs a weekly indie night at The Lantern Hall and Brannigan scores short films for a ' + 'Manchester production company.',
];
const skH3 = 'Past concerts';
const skPast = ['Moorfest 2025, Hatherby Park, 26 July 2025', 'The Lantern Hall, Pendlebrook, 14 March 2025', 'Night & Day Café, Manchester, 12 March 2025'];
const skTabs = ['Overview', 'Calendar', 'Gigography', 'Similar artists', 'Posters'];
const skSimilar = ['The Pale Weekenders', 'Orchard Signal', 'Halloway', 'Motorway Saints', 'Calla North'];
const skTrackers = ['4,812 fans', 'tracking this artist'];
const skFoot = ['About', 'Jobs', 'Developers', 'Help', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Contact us'];
const skCookie = 'We use cookies to make your experience better and to show you relevant ads. Find out more in our cookie policy.';
const gig = (g: (typeof skGigs)[number], i: number): string => `<li class="event-listing-item" title="${g.date}">
<div class="date-and-time-wrapper"><time datetime="2026-0${i + 1}-01T19:30:00">${g.date}</time></div>
<div class="event-details-wrapper"><p class="primary-detail"><a href="/concerts/42${i}55" class="event-link chevron-wrapper"><strong
class="venue-name">${g.venue}</strong></a></p>
<p class="secondary-detail">${g.city}</p></div>
<div class="action-wrapper"><a class="button buy-tickets-button" href="/concerts/42${i}55#tickets" data-analytics-label="buy_tickets">Buy tickets</a></div>
</li>`;
const skHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Fernhill Static Tour Dates 2026 &amp; Concert Tickets – Songkick</title>
<meta name="description" content="Find tickets for Fernhill Static concerts near you. Browse 2026 tour dates and get concert alerts.">
<meta property="og:type" content="songkick-concerts:artist"><meta property="og:title" content="Fernhill Static">
<link rel="canonical" href="https://www.songkick.com/artists/10392271-fernhill-static">
<link rel="stylesheet" href="https://assets.sk-static.example/assets/application-7e1a2c.css">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"MusicEvent","name":"Fernhill Static","startDate":"2026-01-22T19:30:00",
"location":{"@type":"Place","name":"The Lantern Hall","address":{"@type":"PostalAddress","addressLocality":"Pendlebrook","addressCountry":"UK"}}},
{"@context":"http://schema.org","@type":"MusicGroup","name":"Fernhill Static","url":"https://www.songkick.com/artists/10392271-fernhill-static"}]</script>
<script>window.SK = window.SK || {}; SK.page = "artist_overview"; SK.artistId = 10392271;</script></head>
<body class="artists overview"><div id="skip-link"><a href="#main-content">Skip to content</a></div>
<header id="header" class="site-header"><div class="container"><a href="/" class="sk-logo">Songkick</a><form id="search-form" action="/search" role="search">
<label for="search-input" class="visually-hidden">Search for artists, venues and metro areas</label><input id="search-input" name="query"
placeholder="Search for artists, venues and metro areas"></form><ul class="user-links"><li><a href="/session/new">Log in</a></li><li><a
href="/signup">Sign up</a></li></ul></div></header>
<div id="main-content" class="container"><div class="component artist-header"><div class="artist-profile-image"><img
src="https://images.sk-static.example/images/media/profile_images/artists/10392271/huge_avatar" alt="Fernhill Static"></div>
<div class="artist-info"><h1 class="h0">${skTitle}</h1><p class="artist-overview-title"><span class="on-tour">On tour: yes</span></p>
<div class="trackers"><span class="tracking-count">${skTrackers[0]}</span> <span>${skTrackers[1]}</span></div>
<div class="tracking-button"><a class="button track-button" href="/tracker/artists?artist_id=10392271" data-track-type="artist">Track artist</a></div></div>
<nav class="sub-navigation"><ul>${skTabs
  .map(
    (t, i) => `<li${i === 0 ? ' class="selected"' : ''}>
<a href="/artists/10392271-fernhill-static/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="row"><div class="col-8 primary"><div class="component upcoming-concerts" id="calendar-summary"><h2>${skH1}</h2>
<ol class="event-listings tour-calendar-summary">${skGigs.map(gig).join('\n')}</ol>
<a class="view-all" href="/artists/10392271-fernhill-static/calendar">See all your
concerts</a></div>
<div class="component artist-biography" id="biography"><h2>${skH2}</h2><div class="biography truncated" data-collapsed="true">
${ps(skBio)}
</div><a class="read-more" href="#biography" aria-expanded="false">Read more</a><p class="biography-source">Biography submitted by the artist.</p></div>
<div class="component past-concerts" id="gigography-summary"><h2>${skH3}</h2><ul>${skPast.map((t) => `<li>${t.replace('&', '&amp;')}</li>`).join('\n')}</ul>
<a class="view-all" href="/artists/10392271-fernhill-static/gigography">See all past concerts</a></div></div>
<div class="col-4 secondary"><div class="component related-artists"><h2>Similar artists</h2><ul>${links(skSimilar, 'related-artist')}</ul></div>
<div class="component app-promo"><h2>Never miss a show</h2><p>Track Fernhill Static and we’ll alert you when they announce a show near you.</p>
<a class="button" href="/download">Get the Songkick app</a></div>
<div class="component ad-container" aria-label="Advertisement"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-artist-mpu"></div></div></div>
</div></div>
<footer id="footer" class="site-footer"><ul class="footer-links">${links(skFoot)}</ul><p class="copyright">© 2025 Songkick</p></footer>
<div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice"><p>${skCookie}</p>
<button class="button accept-cookies">OK, got it</button></div>
<script src="https://assets.sk-static.example/assets/application-2f0c9d.js"></script></body></html>`;
const songkick: TestPage = {
  html: skHtml,
  name: 'heldout206-songkick-artist-page',
  kind: 'wiki',
  // the artist page's own content is the upcoming-concerts list (each item's date, venue and city as one body text), the
  // biography and the past-concerts list; the tour flag, tracker count, "Track artist", the tabs, "Buy tickets" buttons,
  // "Read more", the biography source line, similar artists, app promo, ad label, cookie notice and footer are furniture
  title: skTitle,
  headings: [skH1, skH2, skH3],
  body: [...skGigs.map((g) => `${g.date} ${g.venue} ${g.city}`), ...texts(skBio), ...skPast],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Songkick', 'Search for artists, venues and metro areas', 'Log in', 'Sign up', 'On tour: yes', ...skTrackers, 'Track artist',
    ...skTabs, 'Buy tickets', 'See all your concerts', 'Read more', 'Biography submitted by the artist.', 'See all past concerts', ...skSimilar,
    'Never miss a show', 'Track Fernhill Static and we’ll alert you when they announce a show near you.', 'Get the Songkick app', 'Advertisement',
    ...skFoot, '© 2025 Songkick', skCookie, 'OK, got it',
  ],
};

export const HELDOUT206_C: readonly TestPage[] = [songkick, fringeShow];
