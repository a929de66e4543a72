import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file f: a Humanitix charity event (Next.js markup with CSS-module classes, the "100% of profits to
 * charity" ribbon, the date / location / price summary, the "Get tickets" box, the description with its headings, the
 * "Where your booking fee goes" impact panel, the host card and Humanitix's footer) and a conference ticket page on Tito
 * (the organiser's Tito event page: header, the event dates and venue, the ticket table with quantity selects and
 * "Register" button, the event description with a schedule table, the "Powered by Tito" footer and the cookie notice).
 */
const hxTitle = 'Lights Up for Literacy: Sunset Trivia Gala';
const hxBody = [
  j(
    'Every ticket to Lights Up for Literacy pays for a child in the Wattle Creek district to get a term of one-to-one reading',
    'support. Last year’s gala raised enough for 212 children; this year we want to reach three hundred.',
  ),
  j(
    'The evening starts with drinks on the terrace of the Harbourside Pavilion as the sun goes down over the bay, followed by',
    'six rounds of trivia hosted by the comedian and former teacher Priya Velasco. Tables seat ten and you can book a whole',
    'table or join one on the night.',
  ),
  'Your ticket includes:',
  'A welcome drink and canapés on the terrace',
  'A two-course dinner with vegetarian and vegan options',
  'Entry to all six trivia rounds and the silent auction',
  'A copy of this year’s student anthology, written by children in the programme',
  j(
    'Reading Bridges works with eleven primary schools where more than a third of children leave year three reading below their',
    'age. Our trained volunteers meet each child twice a week for a term, using books the child chooses.',
  ),
  j(
    'The difference is real. On average, children in the programme gain fourteen months of reading age over a single term, and',
    'teachers tell us the change shows up in every other subject too.',
  ),
];
const hxTable = [
  ['$45', 'One week of books for a classroom reading corner'],
  ['$120', 'Training for one new volunteer tutor'],
  ['$380', 'A full term of support for one child'],
];
const hxAfter = j('Can’t make it on the night? You can still donate through the ticket page, and every gift over two dollars is tax deductible.');
const hxHeadings = ['What’s included', 'About Reading Bridges', 'What your ticket pays for'];
const hxNav = ['Find events', 'Create event', 'Pricing', 'Impact', 'Sign in'];
const hxFoot = ['About us', 'Our impact', 'Contact', 'Help centre', 'Careers', 'Terms', 'Privacy'];
const hxHtml = `<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>${hxTitle} | Humanitix</title>
<meta name="description" content="Every ticket to Lights Up for Literacy pays for a term of one-to-one reading support.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Lights Up for Literacy: Sunset Trivia Gala",
"startDate":"2026-04-18T17:30:00+10:00","organizer":{"@type":"Organization","name":"Reading Bridges"}}</script>
<link rel="stylesheet" href="/_next/static/css/8f2c1a9e.css"></head>
<body><div id="__next"><div class="Page_root__x3Kd1"><header class="TopNav_nav__9aQ2m"><a href="/" class="TopNav_logo__1cWd0"
aria-label="Humanitix">Humanitix</a>
<ul class="TopNav_links__Q0p7s">${links(hxNav, 'TopNav_link__bV4lR')}</ul></header>
<div class="Ribbon_ribbon__2Lk8z"><span>100% of profits from booking fees go to charity</span></div>
<main class="EventPage_main__Wf3dY"><div class="Banner_banner__7uRk2"><img src="https://images.humanitix.example/banner/lights-up.jpg" alt=""></div>
<div class="EventPage_content__b1YcP"><div class="EventPage_left__Ny2Xk"><h1 class="Title_title__0sPzL">${hxTitle}</h1>
<div class="Host_host__e1lR3">Hosted by <a href="/host/reading-bridges">Reading Bridges</a></div>
<div class="Summary_summary__Hm4v1"><div class="Summary_row__c9Lq2"><span class="Summary_label__Q8sTk">Date and time</span>
<span>Sat, 18 April 2026, 5:30 pm – 10:30 pm AEST</span></div><div class="Summary_row__c9Lq2"><span class="Summary_label__Q8sTk">Location</span>
<span>Harbourside Pavilion, 40 Bay Parade, Wattle Creek NSW 2417</span></div><a href="#" class="Summary_map__Lw2Cf">View map</a></div>
<div class="Description_description__3Tq8v RichContent_root__8aNfj">
${ps(hxBody.slice(0, 3))}
<h2>${hxHeadings[0]}</h2>
<ul>${lis(texts(hxBody.slice(3, 7)))}</ul>
<h2>${hxHeadings[1]}</h2>
${ps(hxBody.slice(7))}
<h2>${hxHeadings[2]}</h2><table><tbody>${hxTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<p>${hxAfter}</p></div>
<div class="Impact_impact__s4Gh1"><h3>Where your booking fee goes</h3><p>Humanitix donates 100% of profits from booking fees to education projects.</p>
<a href="/impact">Learn more about our impact</a></div>
<div class="HostCard_card__Vn3yQ"><h3>Reading Bridges</h3><p>Volunteer reading tutors for primary school children.</p>
${as(['Contact host', 'View all events'], 'HostCard_link__p0Qw2')}</div></div>
<aside class="EventPage_right__g5Hv7"><div class="TicketBox_box__2kQm8"><span class="TicketBox_price__6Gf1d">$95 – $900</span>
<button class="TicketBox_button__eR7x0">Get tickets</button><p class="TicketBox_note__7bS3a">Donations can be added at checkout.</p></div>
<div class="Share_share__jW0n4"><span>Share</span>${as(['Facebook', 'LinkedIn', 'Copy link'], 'Share_link__kP2m9')}</div></aside></div></main>
<footer class="Footer_footer__Xk2b8"><ul>${links(hxFoot)}</ul><p>Humanitix acknowledges the Traditional Custodians of the land on which we work.</p>
<p>© 2026 Humanitix Ltd. A registered charity.</p></footer></div></div>
<div class="CookieConsent_banner__z0T1c"><p>We use cookies to make ticketing work and improve our
service.</p><button>Accept</button><button>Decline</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"event":{"_id":"67c1a0f4","name":"Lights Up for
Literacy"}}},"page":"/[slug]"}</script>
</body></html>`;
const humanitix: TestPage = {
  name: 'heldout412-humanitix-charity-event',
  kind: 'docs',
  html: hxHtml,
  title: hxTitle,
  headings: hxHeadings,
  body: [...texts(hxBody), ...hxTable.flat(), hxAfter],
  bylines: ['Hosted by Reading Bridges'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Humanitix', ...hxNav, '100% of profits from booking fees go to charity', 'Date and time', 'Sat, 18 April 2026, 5:30 pm – 10:30 pm AEST',
    'Location', 'Harbourside Pavilion, 40 Bay Parade, Wattle Creek NSW 2417', 'View map', 'Where your booking fee goes',
    'Humanitix donates 100% of profits from booking fees to education projects.', 'Learn more about our impact',
    'Volunteer reading tutors for primary school children.', 'Contact host', 'View all events', '$95 – $900', 'Get tickets',
    'Donations can be added at checkout.', 'Share', 'Facebook', 'LinkedIn', 'Copy link', ...hxFoot,
    'Humanitix acknowledges the Traditional Custodians of the land on which we work.', '© 2026 Humanitix Ltd. A registered charity.',
    'We use cookies to make ticketing work and improve our service.', 'Accept', 'Decline',
  ],
};

const tiTitle = 'Quarry Conf 2026';
const tiBody = [
  j(
    'Quarry Conf is a two-day, single-track conference about building and running databases in small teams. No sponsors’ keynotes,',
    'no vendor booths in the main hall: just twelve talks from people who have been paged at three in the morning and lived to',
    'write it up.',
  ),
  j(
    'This year’s theme is boring infrastructure. We want to hear about the migrations that went to plan, the backups that were',
    'actually restored, and the small habits that keep a database healthy for ten years.',
  ),
  j(
    'Talks are thirty minutes with ten for questions, and every talk is recorded and published within a month. Lunch, coffee and',
    'the evening social on day one are included in every ticket.',
  ),
  j(
    'The conference is held in a restored nineteenth-century guild hall a short walk from Gent-Sint-Pieters station. There is',
    'step-free access to every room, a quiet room on the first floor, and a crèche on both days that must be booked by',
    'the end of August.',
  ),
  j(
    'Diversity tickets are free and funded by attendees who choose the supporter ticket. You do not need to justify your',
    'application; tell us in a sentence why you would like to come.',
  ),
  j(
    'All attendees, speakers and volunteers must follow our code of conduct. Our conduct team can be reached in person at the',
    'registration desk or by phone throughout both days.',
  ),
];
const tiSched = [
  ['09:00', 'Registration and coffee'],
  ['09:45', 'Opening remarks'],
  ['10:00', 'Morning talks (four sessions)'],
  ['12:30', 'Lunch'],
  ['14:00', 'Afternoon talks (four sessions)'],
  ['18:30', 'Evening social at the Cooperage'],
];
const tiTickets: [string, string, string][] = [
  ['Early Bird', '€180.00', 'Sold out'],
  ['Standard', '€240.00', '23 remaining'],
  ['Supporter', '€400.00', 'Includes a diversity ticket for someone else'],
  ['Diversity Scholarship', '€0.00', 'By application'],
];
const tiHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quarry Conf 2026</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A two-day, single-track conference about databases in
small teams.">
<meta name="csrf-token" content="k2Lw9xQ"><link rel="stylesheet" href="https://ti.to/assets/application-3f1e2d.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Quarry Conf 2026","startDate":"2026-09-24","endDate":"2026-09-25",
"location":{"@type":"Place","name":"The Stonecutters’ Hall, Ghent"}}</script>
<script src="https://js.tito.example/v2" async></script></head>
<body class="tito-public tito-event"><div class="tito-wrapper"><header class="tito-header"><div class="container"><h2 class="tito-account-name">Quarry
Collective</h2>
<h1 class="tito-event-name">${tiTitle}</h1><p class="tito-event-date">24–25 September 2026</p><p class="tito-event-location">The Stonecutters’ Hall, Ghent</p>
<ul class="tito-event-links">${links(['Website', 'Code of Conduct', 'Contact'])}</ul></div></header>
<div class="container tito-main"><div class="tito-widget"><form class="tito-widget-form" action="/quarry/2026/registrations" method="post">
<table class="tito-releases"><thead><tr><th>Ticket</th><th>Price</th><th>Quantity</th></tr></thead><tbody>
${tiTickets
  .map(
    ([n, p, d]) => `<tr class="tito-release"><td class="tito-release-description"><span class="tito-release--title">${n}</span>
<span class="tito-release--description">${d}</span></td><td class="tito-release--price">${p}</td><td><select class="tito-release--quantity"><option>0</option>
<option>1</option><option>2</option></select></td></tr>`,
  )
  .join('\n')}</tbody></table>
<div class="tito-discount"><a href="#" class="tito-discount-link">Click here to enter your discount code</a></div>
<button type="submit" class="tito-submit btn btn-primary">Register</button></form></div>
<div class="tito-event-description">
${ps(tiBody.slice(0, 4))}
<h3>Schedule (both days)</h3><table><tbody>${tiSched.map(([t, w]) => `<tr><td>${t}</td><td>${w}</td></tr>`).join('\n')}</tbody></table>
<h3>Diversity tickets</h3>
${ps(tiBody.slice(4, 5))}
<h3>Code of conduct</h3>
${ps(tiBody.slice(5))}
</div></div>
<footer class="tito-footer"><div class="container"><p>Questions? Email <a href="mailto:hello@quarryconf.example">hello@quarryconf.example</a></p>
<p class="tito-powered">Powered by <a href="https://ti.to">Tito</a></p>${as(['Privacy', 'Terms', 'Refund policy'])}</div></footer></div>
<div class="tito-cookie-notice"><p>This site uses essential cookies only, to keep your order in place.</p><button>Got it</button></div></body></html>`;
const tito: TestPage = {
  name: 'heldout412-tito-conference-tickets',
  kind: 'docs',
  html: tiHtml,
  title: tiTitle,
  headings: ['Schedule (both days)', 'Diversity tickets', 'Code of conduct'],
  body: [...texts(tiBody.slice(0, 4)), ...tiSched.flat(), ...texts(tiBody.slice(4))],
  bylines: ['Quarry Collective'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '24–25 September 2026', 'The Stonecutters’ Hall, Ghent', 'Website', 'Code of Conduct', 'Contact', 'Ticket', 'Price', 'Quantity',
    ...tiTickets.flat(), 'Click here to enter your discount code', 'Register', 'Questions? Email hello@quarryconf.example', 'Powered by Tito',
    'Privacy', 'Terms', 'Refund policy', 'This site uses essential cookies only, to keep your order in place.', 'Got it',
  ],
};

export const HELDOUT412_F: readonly TestPage[] = [humanitix, tito];
