import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file b2: a Resident Advisor event page (Next.js with styled-components "Box" / "Text" class names and
 * data-pw-test-id attributes): the top bar with "Events", "Music", "Magazine" and the RA Guide promo, the event header
 * with venue, date and promoter blocks and the "Interested" count, the RA Tickets box with release names, prices and
 * "SOLD OUT", the line-up block, the event description, the genre tags and cost / minimum age / "Last updated" lines,
 * "Popular events" cards, the footer and the cookie banner.
 */
const raTitle = 'Lowtide presents: Ondine Marsh (all night long)';
const raH1 = 'Line-up';
const raLineup = ['Ondine Marsh'];
const raP1 = [
  'For the last Lowtide of the year we hand the whole night to one selector. Ondine Marsh has been the quiet engine of the city’s ' +
    'dance floors for over a decade, from her Sunday residency at the old Baltic Cold Store to the record shop she ran above the ' +
    'laundrette on Tenter Street.',
  'An all-night set gives her the room she needs. Expect the early hours to drift through dub, ambient and slow-motion house, a peak ' +
    'that leans on the broken-beat and UK garage records she is known for, and a closing stretch that nobody, including Ondine, can ' +
    'predict.',
  'The Warehouse Annex will run on our upgraded sound system, tuned for the room over two weekends in October. There will be a ' +
    'chill-out space with free water and tea in the yard, and our welfare team will be on site all night.',
  'Lowtide is a safer-spaces party. Harassment of any kind will not be tolerated. If you feel unsafe or see something that is not ' +
    'right, find any member of staff wearing a yellow wristband.',
  'No photos or videos on the dance floor. Stickers will be put over phone cameras on entry.',
  'Ondine first played for Lowtide at our second ever party, back when it was held in the basement of a Chinese ' +
    'restaurant and the sound system was borrowed from a church hall. We have wanted to give her a full night ever ' +
    'since, and we could not think of a better way to close out the year.',
  'Last entry is at 2am. There is no re-entry once you leave the building, and the smoking area is inside the ' +
    'yard. Please bring photo ID: we operate a strict over-18s policy and will refuse entry without it, even with a ' +
    'ticket.',
];
const raNav = ['Events', 'Music', 'Magazine', 'Clubs', 'Festivals'];
const raTickets = [
  { name: 'First release', price: '£12.00', state: 'SOLD OUT' },
  { name: 'Second release', price: '£15.00', state: 'SOLD OUT' },
  { name: 'Final release', price: '£18.00', state: 'Buy' },
];
const raGenres = ['House', 'UK Garage', 'Broken Beat'];
const raPopular = ['Saltmarsh Sound System: 10 years', 'Fabrica presents: Teodor Vance, Lin Abara', 'Static Bloom NYE'];
const raPopDates = ['Sat, 6 Dec', 'Fri, 12 Dec', 'Wed, 31 Dec'];
const raFoot = ['About', 'Advertise', 'Jobs', 'Contact', 'Privacy', 'Terms', 'Help'];
const raFootRegions = ['RA Tickets', 'RA Pro', 'RA Guide', 'Submit an event'];
const raCookie = [
  'We use cookies to make our site work and to analyse our traffic. With your consent we also use them for personalised advertising.',
  'Accept all',
  'Necessary only',
  'Settings',
];
const box = 'Box-omzyfs-0';
const txt = 'Text-sc-wks9sf-0';
const raHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>RA: Lowtide presents: Ondine Marsh (all night long) at Warehouse Annex, Pendlebrook (2025)</title>
<meta name="description" content="Lowtide presents: Ondine Marsh (all night long) at Warehouse Annex, Pendlebrook on Sat, 13 Dec 2025.">
<meta property="og:title" content="Lowtide presents: Ondine Marsh (all night long)"><meta property="og:site_name" content="Resident Advisor">
<link rel="canonical" href="https://ra.co/events/2201944">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"Lowtide presents: Ondine Marsh (all night long)",
"startDate":"2025-12-13T22:00:00.000","endDate":"2025-12-14T06:00:00.000","location":{"@type":"Place","name":"Warehouse Annex",
"address":"Unit 4, Tenter Street, Pendlebrook"},"performer":[{"@type":"Person","name":"Ondine Marsh"}]}</script>
<style data-styled="active" data-styled-version="5.3.11">.Box-omzyfs-0{box-sizing:border-box}</style></head>
<body><div id="__next"><div class="${box} bHCEIR">
<div class="${box} kRkwLN" data-pw-test-id="app-banner"><span class="${txt} ilWtxe">Get the RA Guide app</span><a href="https://ra.co/guide">Download</a></div>
<header class="${box} gnDvQx"><nav class="${box} eHUJnr" aria-label="Main"><a href="/" aria-label="Resident Advisor home"><svg></svg></a>
<ul class="${box} jcYqPo">
${raNav.map((t) => `<li class="${box} iVPnZl"><a href="/${t.toLowerCase()}" class="${txt} eROhgw"><span>${t}</span></a></li>`).join('')}</ul>
<button class="${box} ivMmVW" aria-label="Search">Search</button><a href="/login" class="${txt} gUeKpn">Login</a></nav></header>
<main><div class="${box} eGwPXc" data-pw-test-id="event-header"><div class="${box} hsgyiT"><nav aria-label="breadcrumb"><ul class="${box} dbgNVH">
<li><a href="/events/uk/pendlebrook" class="${txt} eROhgw">Events</a></li><li><span class="${txt} iQtbur">/</span><a href="/events/uk"
class="${txt} eROhgw">UK</a></li><li><span class="${txt} iQtbur">/</span><a href="/events/uk/pendlebrook" class="${txt} eROhgw">Pendlebrook</a></li></ul></nav>
<h1 class="${box} bKbZCK" data-pw-test-id="event-title"><span class="${txt} kBQNnr">${raTitle}</span></h1></div>
<ul class="${box} fMmMua" data-pw-test-id="event-meta"><li class="${box} zMyIY"><span class="${txt} ftfYNh">Venue</span><a href="/clubs/188221"
class="${txt} hbsMyt"><span>Warehouse Annex</span></a><span class="${txt} eWDDHE">Unit 4, Tenter Street; Pendlebrook PB2 9TT; United Kingdom</span></li>
<li class="${box} zMyIY"><span class="${txt} ftfYNh">Date</span><a href="/events/uk/pendlebrook?week=2025-12-13" class="${txt} hbsMyt">
<span>Sat, 13 Dec 2025</span></a>
<span class="${txt} eWDDHE">22:00 - 06:00</span></li><li class="${box} zMyIY"><span class="${txt} ftfYNh">Promoter</span><a href="/promoters/77123"
class="${txt} hbsMyt"><span>Lowtide</span></a></li><li class="${box} zMyIY"><span class="${txt} ftfYNh">Interested</span>
<span class="${txt} hbsMyt">1,284</span>
</li></ul><button class="${box} gDpEEL" data-pw-test-id="interested-button">Interested</button><button class="${box} gDpEEL">Share</button></div>
<div class="${box} jYiHJK"><section class="${box} kzSyIe" data-pw-test-id="event-details"><div class="${box} kPOsqV" data-tracking-id="event-detail-lineup">
<span class="${txt} ftfYNh">${raH1}</span>
<span class="${txt} eqXSCl">${raLineup.map((t) => `<a href="/dj/ondinemarsh" class="${txt} hbsMyt">${t}</a>`).join('')}</span>
</div><div class="${box} bWNEwQ" data-tracking-id="event-detail-description"><span class="${txt} eqXSCl">
${ps(raP1)}
</span></div><div class="${box} cpVGBI"><span class="${txt} ftfYNh">Genres</span><ul class="${box} eQgbXl">
${raGenres
  .map(
    (g) => `<li><a href="/events/uk/pendlebrook?genre=${g}" class="${box} iUrAfR"><span class="${txt} eLxhiq">${g}</span></a>
</li>`,
  )
  .join('')}</ul></div>
<div class="${box} cpVGBI"><span class="${txt} ftfYNh">Cost</span><span class="${txt} eWDDHE">£12 - £18</span></div><div class="${box} cpVGBI">
<span class="${txt} ftfYNh">Minimum age</span><span class="${txt} eWDDHE">18</span></div><div class="${box} cpVGBI"><span class="${txt} ftfYNh">Admin</span>
<a href="/promoters/77123" class="${txt} hbsMyt">Lowtide</a></div><div class="${box} cpVGBI"><span class="${txt} eWDDHE">Last updated 3 days ago.</span></div>
</section><aside class="${box} hBBgCH" data-pw-test-id="tickets-box"><div class="${box} eBnqoK"><span class="${txt} dXtvPP">RA Tickets</span>
<ul class="${box} gYqGHX">${raTickets
  .map(
    (t) => `<li class="${box} kJqTVg ${t.state === 'SOLD OUT' ? 'closed' : 'onsale'}"><div><span class="${txt} type-title">${t.name}</span>
<span class="${txt} price">${t.price}</span></div><span class="${txt} state">${t.state}</span></li>`,
  )
  .join('\n')}</ul>
<p class="${txt} kpaiPy">Tickets are non-refundable. Resale is available through the RA app up to one hour before doors.</p>
<a href="/events/2201944/resale" class="${txt} hbsMyt">Resale queue</a></div></aside></div>
<section class="${box} lgwEqV" data-pw-test-id="popular-events"><h2 class="${txt} jJfxVT">Popular events in Pendlebrook</h2><ul class="${box} jLSRfB">
${raPopular
  .map(
    (t, i) => `<li class="${box} ftzXkv"><a href="/events/${i}"><span class="${txt} date">${raPopDates[i]}</span>
<h3 class="${txt} eCpxxW">${t}</h3></a></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="${box} eqGMkP"><ul class="${box} kcAuiQ">${raFootRegions
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<ul class="${box} kcAuiQ">${raFoot.map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<span class="${txt} cZjWaY">© 2025 Resident Advisor Ltd.
All rights reserved.</span></footer></div>
<div class="${box} cookie-banner" role="dialog" aria-label="Cookie consent"><p class="${txt}">${raCookie[0]}</p><button>${raCookie[1]}</button>
<button>${raCookie[2]}</button><button>${raCookie[3]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"2201944","apolloState":{"Event:2201944":{"title":"${raTitle}",
"attending":1284,"isTicketed":true}}}},"page":"/events/[id]","buildId":"ra-web-3.41.0"}</script>
<script src="/_next/static/chunks/pages/events/%5Bid%5D-1f2e3d.js" async></script></body></html>`;
export const raEvent: TestPage = {
  html: raHtml,
  name: 'heldout206-resident-advisor-event',
  kind: 'blog',
  // the description paragraphs are body, the line-up label a heading and the artist name body; the venue / date /
  // promoter / interested blocks, the ticket box, genre tags, cost / age / admin lines and popular events are furniture;
  // "Last updated 3 days ago." is a byline
  title: raTitle,
  headings: [raH1],
  body: [...raLineup, ...texts(raP1)],
  bylines: ['Last updated 3 days ago.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get the RA Guide app', 'Download', ...raNav, 'Search', 'Login', 'UK', 'Pendlebrook', 'Venue', 'Warehouse Annex',
    'Unit 4, Tenter Street; Pendlebrook PB2 9TT; United Kingdom', 'Date', 'Sat, 13 Dec 2025', '22:00 - 06:00', 'Promoter', 'Lowtide', 'Interested',
    '1,284', 'Share', 'Genres', ...raGenres, 'Cost', '£12 - £18', 'Minimum age', 'Admin', 'RA Tickets', ...raTickets.flatMap((t) => [t.name, t.price]),
    'SOLD OUT', 'Buy', 'Tickets are non-refundable. Resale is available through the RA app up to one hour before doors.', 'Resale queue',
    'Popular events in Pendlebrook', ...raPopDates, ...raPopular, 'RA Guide', 'Submit an event', 'RA Pro', ...raFoot,
    '© 2025 Resident Advisor Ltd. All rights reserved.', ...raCookie,
  ],
};
