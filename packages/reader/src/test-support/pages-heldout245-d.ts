import { links, ps, type TestPage, texts } from './page-kit.js';
import { festival } from './pages-heldout245-d2.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file d: a cinema chain's film page built with Nuxt (data-v- scoped attributes, the __NUXT__ state
 * script: the header with the venue picker, "What's On" / "Coming Soon" / "Membership" / "Gift Cards", the film hero with
 * certificate, runtime and genre, "Watch trailer", the showtimes grid by day with screen formats and "Sold out" and
 * "Almost full" flags, the film's details list, the synopsis and programmer's note, the membership promo, the "You might
 * also like" carousel, the cookie banner and the footer) and, from file d2, a film festival's programme entry.
 */
const cTitle = 'Harbour of Small Lights';
const cSyn = [
  j(
    'Every night for thirty years, Agnes Mullery has rowed out to light the buoy lamps in the harbour of a small northern town. When',
    'the council announces that the lamps are to be replaced by solar beacons, the town discovers how much of its life has quietly',
    'been arranged around one woman and her boat.',
  ),
  j(
    'Warm, funny and unexpectedly moving, the second feature from writer-director Caoilfhionn Dabrowski is a portrait of a',
    'community deciding what it is willing to lose, anchored by a wonderfully stubborn lead performance from Rosalind Achebe-Burke.',
  ),
];
const cNote = [
  j(
    'We first saw this at a festival screening in a converted boat shed, with the rain hammering on the roof, and knew straight away',
    'that we wanted it on our screens. It is the kind of film that makes an audience laugh together and then go very quiet together,',
    'and there is nothing quite like watching that happen in a full room.',
  ),
  j(
    'Our Thursday evening screenings at Lumen Leith will be followed by a recorded conversation with the director, and every',
    'screening on Sunday morning is a relaxed performance, with the lights up a little and the sound down a little.',
  ),
];
const cSign = '— Fenella Adair, Head of Programming';
const cNav = ['What’s On', 'Coming Soon', 'Events', 'Membership', 'Gift Cards', 'Food & Drink'];
const cDays = ['Today', 'Tomorrow', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar'];
const cLike = ['The Copper Orchard', 'Kestrel Motel', 'Weather Inside the House', 'The Salt Road'];
const cFoot = ['About Lumen', 'Careers', 'Accessibility', 'Private Hire', 'Contact Us', 'Privacy Policy', 'Terms & Conditions', 'Cookie Settings'];
const slot = (
  time: string,
  flag = '',
): string => `<a data-v-5c2e1f7a="" href="/booking/${time.replace(':', '')}" class="showtime-btn${flag === '' ? '' : ' is-flagged'}">
<span data-v-5c2e1f7a=""
class="showtime-btn__time">${time}</span>${flag === '' ? '' : `<span data-v-5c2e1f7a="" class="showtime-btn__flag">${flag}</span>`}</a>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-GB" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en-GB%22%7D%7D"><head><meta charset="utf-8">
<title>Harbour of Small Lights | Book Tickets | Lumen Picturehouses</title>
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Book tickets for Harbour of Small Lights (12A) at Lumen Leith.">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="video.movie">
<link data-n-head="ssr" rel="canonical" href="https://www.lumenpicturehouses.example/leith/film/harbour-of-small-lights">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Harbour of Small Lights",
"director":{"@type":"Person","name":"Caoilfhionn Dabrowski"},"contentRating":"12A","duration":"PT1H48M"}</script>
<link rel="preload" href="/_nuxt/app.4c1e8b2.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.81fe.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-0a1b2c3d="" class="app-shell">
<a data-v-0a1b2c3d="" href="#main" class="skip-link">Skip to content</a>
<header data-v-7d4e9f10="" class="site-header"><a data-v-7d4e9f10="" href="/" class="site-header__logo">Lumen Picturehouses</a>
<button data-v-7d4e9f10="" class="venue-picker"><span data-v-7d4e9f10="">Your cinema:</span> <strong data-v-7d4e9f10="">Lumen Leith</strong></button>
<nav data-v-7d4e9f10="" class="site-header__nav"><ul data-v-7d4e9f10="">${links(cNav, 'site-header__item')}</ul></nav>
<a data-v-7d4e9f10="" href="/account/login" class="site-header__account">Sign in</a></header>
<main data-v-3e5f6a7b="" id="main" class="film-page"><section data-v-3e5f6a7b="" class="film-hero"><div data-v-3e5f6a7b="" class="film-hero__poster">
<img data-v-3e5f6a7b="" src="https://img.lumen.example/posters/harbour-small-lights.jpg" alt="Harbour of Small Lights poster"></div>
<div data-v-3e5f6a7b="" class="film-hero__info"><h1 data-v-3e5f6a7b="" class="film-hero__title">${cTitle}</h1>
<ul data-v-3e5f6a7b="" class="film-hero__meta"><li data-v-3e5f6a7b="" class="cert cert--12a">12A</li><li data-v-3e5f6a7b="">1h 48m</li>
<li data-v-3e5f6a7b="">Comedy Drama</li></ul>
<button data-v-3e5f6a7b="" class="btn btn--ghost film-hero__trailer">Watch trailer</button></div></section>
<section data-v-9a8b7c6d="" class="showtimes"><h2 data-v-9a8b7c6d="" class="showtimes__heading">Showtimes at Lumen Leith</h2>
<div data-v-9a8b7c6d="" role="tablist" class="date-strip">${cDays
  .map(
    (d, i) => `<button data-v-9a8b7c6d="" role="tab" aria-selected="${i === 0}"
class="date-strip__day">${d}</button>`,
  )
  .join('')}</div>
<div data-v-9a8b7c6d="" class="showtimes__format"><h3 data-v-9a8b7c6d="" class="showtimes__format-name">Standard</h3>
<div data-v-9a8b7c6d="" class="showtimes__slots">${slot('12:40')}${slot('15:20')}${slot('18:10', 'Almost full')}${slot('20:45')}</div></div>
<div data-v-9a8b7c6d="" class="showtimes__format"><h3 data-v-9a8b7c6d="" class="showtimes__format-name">Subtitled</h3>
<div data-v-9a8b7c6d="" class="showtimes__slots">${slot('17:30', 'Sold out')}</div></div>
<div data-v-9a8b7c6d="" class="showtimes__format"><h3 data-v-9a8b7c6d="" class="showtimes__format-name">Relaxed Screening</h3>
<div data-v-9a8b7c6d="" class="showtimes__slots">${slot('10:30')}</div></div>
<p data-v-9a8b7c6d="" class="showtimes__note">Prices include a £1.25 booking fee per ticket. Members book free.</p></section>
<section data-v-1f2e3d4c="" class="film-details"><div data-v-1f2e3d4c="" class="film-details__copy">
<h2 data-v-1f2e3d4c="" class="film-details__heading">Synopsis</h2>
${ps(cSyn, ' data-v-1f2e3d4c=""')}
<h2 data-v-1f2e3d4c="" class="film-details__heading">Programmer’s note</h2>
${ps(cNote, ' data-v-1f2e3d4c=""')}
<p data-v-1f2e3d4c="" class="film-details__signoff">${cSign}</p>
</div><dl data-v-1f2e3d4c="" class="film-details__facts"><dt data-v-1f2e3d4c="">Director</dt><dd data-v-1f2e3d4c="">Caoilfhionn Dabrowski</dd>
<dt data-v-1f2e3d4c="">Starring</dt><dd data-v-1f2e3d4c="">Rosalind Achebe-Burke, Tomasz Eilertsen, Grainne Oduya</dd>
<dt data-v-1f2e3d4c="">Country</dt><dd data-v-1f2e3d4c="">Ireland, UK</dd><dt data-v-1f2e3d4c="">Release date</dt><dd data-v-1f2e3d4c="">27 February 2026</dd>
<dt data-v-1f2e3d4c="">Access</dt><dd data-v-1f2e3d4c="">Audio description and subtitled screenings available</dd></dl></section>
<aside data-v-6b5a4c3d="" class="promo promo--membership"><h2 data-v-6b5a4c3d="">See more for less</h2>
<p data-v-6b5a4c3d="">Lumen Members get free booking, six free tickets a year and 10% off food and drink.</p>
<a data-v-6b5a4c3d="" href="/membership" class="btn">Join today</a></aside>
<section data-v-2c3d4e5f="" class="carousel"><h2 data-v-2c3d4e5f="" class="carousel__heading">You might also like</h2>
<ul data-v-2c3d4e5f="" class="carousel__list">${links(cLike, 'carousel__item')}</ul></section></main>
<footer data-v-8e9f0a1b="" class="site-footer"><ul data-v-8e9f0a1b="" class="site-footer__links">${links(cFoot)}</ul>
<p data-v-8e9f0a1b="" class="site-footer__legal">© 2026 Lumen Picturehouses Ltd. Registered in Scotland, company no. SC801144.</p></footer>
<div data-v-4d5e6f7a="" class="cookie-consent" role="dialog"><p data-v-4d5e6f7a="">We use cookies to make booking easier and to understand how our site
is used.</p><button data-v-4d5e6f7a="" class="btn">Accept all</button><button data-v-4d5e6f7a="" class="btn btn--ghost">Reject non-essential</button></div>
</div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{film:{id:5521,slug:"harbour-of-small-lights",title:"Harbour of Small Lights",
cert:a,runtime:108}}],state:{venue:{id:b,name:"Lumen Leith"}},serverRendered:true}}("12A",14));</script>
<script src="/_nuxt/app.4c1e8b2.js" defer></script></body></html>`;
const cinema: TestPage = {
  name: 'heldout245-lumen-nuxt-showtimes',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Synopsis', 'Programmer’s note'],
  body: texts([...cSyn, ...cNote]),
  bylines: [cSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lumen Picturehouses', 'Your cinema:', ...cNav, 'Sign in', '12A', '1h 48m', 'Comedy Drama', 'Watch trailer',
    'Showtimes at Lumen Leith', ...cDays, 'Standard', '12:40', '15:20', '18:10', 'Almost full', '20:45', 'Subtitled', '17:30', 'Sold out',
    'Relaxed Screening', '10:30', 'Prices include a £1.25 booking fee per ticket. Members book free.', 'Director',
    'Starring', 'Rosalind Achebe-Burke, Tomasz Eilertsen, Grainne Oduya', 'Country', 'Ireland, UK', 'Release date', '27 February 2026', 'Access',
    'Audio description and subtitled screenings available', 'See more for less',
    'Lumen Members get free booking, six free tickets a year and 10% off food and drink.', 'Join today', 'You might also like', ...cLike, ...cFoot,
    '© 2026 Lumen Picturehouses Ltd. Registered in Scotland, company no. SC801144.',
    'We use cookies to make booking easier and to understand how our site is used.', 'Accept all', 'Reject non-essential',
  ],
};

export const HELDOUT245_D: readonly TestPage[] = [cinema, festival];
