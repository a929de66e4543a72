import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file c2: a Fringe festival show listing on the festival society's ticketing site (the "Fringe is
 * on" banner, header with "Basket" and "Sign in", breadcrumbs, the show header with company, genre and age tags, the
 * performance date picker with prices and "2 for 1" badges, "Add to basket", the show description with its content
 * warnings, the venue and accessibility boxes, the star-rated review quotes, "You might also like", the newsletter
 * box, the cookie dialog and the footer with the charity line).
 */
const frTitle = 'Nana Rides Again';
const frH1 = 'Show description';
const frP1 = [
  'When her grandmother’s ashes are accidentally posted to a retirement village in Torremolinos, stand-up Keziah Oduya has four ' +
    'days, one borrowed moped and no Spanish to get them back before the funeral.',
  'Based almost entirely on a true story, <em>Nana Rides Again</em> is a storytelling comedy hour about grief, lost parcels and ' +
    'the woman who taught Keziah to play poker at the age of seven. Expect terrible decisions, a sangria-fuelled karaoke duel and ' +
    'a surprising amount of admin.',
  'Keziah was a finalist in the Funny Women Awards in 2024 and her debut hour, <em>Small Print</em>, sold out its run at last ' +
    'year’s Fringe. This is her second solo show.',
  'Produced by Brightside Comedy, with thanks to the staff of the Calle Mayor post office in Torremolinos, ' +
    'without whom the ashes would still be in a sorting office.',
];
const frQuotes = [
  '“Warm, silly and quietly devastating. The best hour I saw all August.” The Listings Weekly',
  '“Oduya is a natural. You will laugh, then you will phone your gran.” Fringe Review Collective',
];
const frH2 = 'Content warnings';
const frWarn = ['Strong language', 'Themes of death and bereavement', 'References to alcohol'];
const frH3 = 'Accessibility';
const frP2 = [
  'The venue is wheelchair accessible with a lift to the upstairs room. The show is captioned on Tuesday 12 August and there is a ' +
    'relaxed performance on Sunday 17 August, with house lights kept low and a quiet space available.',
  'Keziah has spent the last year performing short versions of this show in comedy clubs across the north of ' +
    'England, and the Fringe run is the first chance to see the full hour. The story has grown a little with every ' +
    'telling, she admits, but the moped was real, the parcel was real and so, sadly, was the karaoke.',
  'Please note that latecomers will be admitted only at a suitable break, and that the front row may be spoken ' + 'to. Nobody will be brought on stage.',
];
const frNav = ['What’s on', 'Take part', 'Support the Fringe', 'About us', 'Blog'];
const frCrumbs = ['Home', 'What’s on', 'Comedy'];
const frTags = ['Comedy', 'Storytelling', '14+ (guideline)', '1 hour', 'Wheelchair accessible'];
const frDates = [
  { d: 'Wed 30 Jul', p: '£8.00', b: 'Preview' },
  { d: 'Mon 4 Aug', p: '£12.00', b: '2 for 1' },
  { d: 'Tue 12 Aug', p: '£13.50', b: 'Captioned' },
  { d: 'Sun 17 Aug', p: '£13.50', b: 'Relaxed' },
  { d: 'Sat 23 Aug', p: '£14.00', b: 'Limited availability' },
];
const frVenue = ['Venue', 'Gilded Thistle: The Loft (Venue 142)', '18 Cowgate Close, Old Town', 'Show on map'];
const frRelated = ['The Unbearable Lightness of Mopeds', 'Granny Flat', 'Ashes to Ashes: A Musical'];
const frNews = ['Sign up to our newsletter', 'Get the latest Fringe news, offers and show picks in your inbox.', 'Your email address', 'Subscribe'];
const frCookie = [
  'We value your privacy',
  'We use cookies to help our website work, to understand how it is used and to show you relevant content. Choose which cookies you are happy for us to use.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customise settings',
];
const frFoot = ['Contact us', 'Accessibility statement', 'Privacy', 'Terms and conditions', 'Press', 'Jobs'];
const frCharity = 'The Fringe Society is a charity registered in Scotland (SC002995).';
const frHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Nana Rides Again | Fringe Festival</title><meta name="description" content="Stand-up Keziah Oduya has four days, one borrowed moped and no Spanish.">
<meta property="og:title" content="Nana Rides Again"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.fringefestival.example/tickets/whats-on/nana-rides-again">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ComedyEvent","name":"Nana Rides Again","startDate":"2025-07-30T18:40",
"endDate":"2025-08-23T19:40","location":{"@type":"Place","name":"Gilded Thistle: The Loft"},"performer":{"@type":"Person","name":"Keziah Oduya"}}</script>
<link rel="stylesheet" href="/_nuxt/entry.5e2b91.css"><script type="module" src="/_nuxt/entry.93c1ae.js" crossorigin></script></head>
<body><div id="__nuxt"><div class="fringe-banner" role="region"><p>The Fringe is on! Tickets for all shows are available online and at the box office.</p></div>
<a class="skip-link visually-hidden-focusable" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/" aria-label="Fringe home"><svg aria-hidden="true"></svg></a>
<nav class="site-nav" aria-label="Main">
<ul>${links(frNav, 'site-nav__item')}</ul></nav><div class="site-header__tools"><a href="/search" class="site-header__search">Search</a>
<a href="/account/login">Sign in</a>
<a href="/basket" class="site-header__basket">Basket <span class="badge">0</span></a></div></header>
<main id="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${frCrumbs.map((t) => `<li class="breadcrumb__item"><a href="/">${t}</a></li>`).join('')}
<li class="breadcrumb__item" aria-current="page">${frTitle}</li></ol></nav>
<div class="event-header"><div class="event-header__image"><img src="https://images.fringefestival.example/event/nana-rides-again-1600.jpg" alt=""><span
class="event-header__credit">Photo: Sol Ferreira</span></div><div class="event-header__text"><h1 class="event-header__title">${frTitle}</h1>
<p class="event-header__company"><span class="visually-hidden">Presented by </span><a href="/company/keziah-oduya">Keziah Oduya</a></p>
<ul class="tag-list">${frTags.map((t) => `<li class="tag">${t}</li>`).join('')}</ul>
<button class="btn btn--icon event-header__fav" aria-pressed="false">Add to favourites</button>
<button class="btn btn--icon event-header__share">Share</button></div></div>
<div class="event-layout"><section class="event-booking" aria-labelledby="booking-title"><h2 id="booking-title">Choose a date</h2><ul class="date-picker">
${frDates
  .map(
    (x) => `<li class="date-picker__day"><button type="button"><span class="date-picker__date">${x.d}</span><span class="date-picker__price">${x.p}</span>
<span class="date-picker__badge">${x.b}</span></button></li>`,
  )
  .join('\n')}</ul><p class="event-booking__time">18:40 (1 hour)</p>
<button class="btn btn--primary" disabled>Add to basket</button>
<p class="event-booking__note">Concessions available. Booking fee of £1.50 per ticket applies online.</p></section>
<article class="event-body"><h2>${frH1}</h2>
${ps(frP1)}
<div class="event-reviews">${frQuotes
  .map(
    (q) => `<blockquote class="event-review"><span class="stars" aria-label="5 stars">★★★★★</span><p>${q}</p>
</blockquote>`,
  )
  .join('\n')}</div>
<h2>${frH2}</h2><ul>${frWarn.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${frH3}</h2>
${ps(frP2)}
</article><aside class="event-venue"><h2>${frVenue[0]}</h2><p class="event-venue__name">${frVenue[1]}</p><p>${frVenue[2]}</p>
<a href="/venues/142/map">${frVenue[3]}</a><h3>Venue accessibility</h3><ul><li>Step-free access</li><li>Accessible toilet</li><li>Hearing loop</li></ul>
</aside></div>
<section class="related-events"><h2>You might also like</h2><ul>${frRelated
  .map(
    (t, i) => `<li class="event-card"><a href="/tickets/whats-on/${i}"><h3
class="event-card__title">${t}</h3></a></li>`,
  )
  .join('')}</ul></section></main>
<section class="newsletter"><h2>${frNews[0]}</h2><p>${frNews[1]}</p><form><label for="nl">${frNews[2]}</label><input id="nl" type="email">
<button>${frNews[3]}</button>
</form></section>
<footer class="site-footer"><ul>${links(frFoot, 'site-footer__link')}</ul><p class="site-footer__charity">${frCharity}</p></footer>
<div class="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title"><h2 id="cookie-title">${frCookie[0]}</h2><p>${frCookie[1]}</p>
<button class="btn btn--primary">${frCookie[2]}</button><button class="btn">${frCookie[3]}</button><button class="btn btn--link">${frCookie[4]}</button>
</div></div>
</body></html>`;
export const fringeShow: TestPage = {
  html: frHtml,
  name: 'heldout206-fringe-festival-show-listing',
  kind: 'blog',
  // the description (its h2s the headings, the press quotes with their sources and the warning list) is the article; the
  // company name is a byline; tags, date picker, prices, badges, booking notes, venue box, related cards, newsletter,
  // cookie dialog and footer are furniture; the "5 stars" glyph lines are in neither list
  title: frTitle,
  headings: [frH1, frH2, frH3],
  body: [...texts(frP1), ...frQuotes, ...frWarn, ...frP2],
  bylines: ['Keziah Oduya'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Fringe is on! Tickets for all shows are available online and at the box office.', 'Skip to main content', ...frNav, 'Search', 'Sign in',
    'Basket', ...frCrumbs, 'Photo: Sol Ferreira', 'Presented by', ...frTags, 'Add to favourites', 'Share', 'Choose a date',
    ...frDates.flatMap((x) => [x.d, x.p, x.b]), '18:40 (1 hour)', 'Add to basket', 'Concessions available. Booking fee of £1.50 per ticket applies online.',
    ...frVenue, 'Venue accessibility', 'Step-free access', 'Accessible toilet', 'Hearing loop', 'You might also like', ...frRelated, ...frNews, ...frFoot,
    frCharity, ...frCookie,
  ],
};
