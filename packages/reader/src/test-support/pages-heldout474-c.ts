import { ps, type TestPage } from './page-kit.js';
import { j, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file c: a hotel booking engine's room selection page served by Next.js (CSS-module class names,
 * __NEXT_DATA__, rate plans with prices and a "Your stay" summary), and a hostel's FAQ page on Webflow with collapsed
 * w-dropdown answers and a Webflow form whose success and error messages are hidden by the stylesheet.
 */
const bTitle = 'Choose your room';
const bIntro = j(
  'Casa Ombrella is a twelve-room townhouse hotel in the old quarter of Sabrèa, five minutes on foot from the cathedral and the',
  'covered market. Booking here directly gets you our best price and a welcome drink on the roof terrace.',
);
const bRooms: { name: string; desc: string; facts: string; rates: [string, string][] }[] = [
  {
    name: 'Classic Double',
    desc: j(
      'A quiet room facing the inner courtyard, with a queen bed, a walk-in shower and shutters that keep it cool in summer.',
      'Best for short city stays.',
    ),
    facts: '16 m² · Sleeps 2 · Queen bed · Courtyard view',
    rates: [
      ['Flexible rate, free cancellation until 2 days before arrival', '€118'],
      ['Non-refundable, breakfast included', '€109'],
    ],
  },
  {
    name: 'Balcony King',
    desc: j(
      'A larger room on the second floor with a king bed and a narrow wrought-iron balcony over Carrer del Forn. The street is',
      'lively until midnight on Fridays and Saturdays; earplugs are in the drawer.',
    ),
    facts: '22 m² · Sleeps 2 · King bed · Street view',
    rates: [
      ['Flexible rate, free cancellation until 2 days before arrival', '€146'],
      ['Non-refundable, breakfast included', '€134'],
    ],
  },
  {
    name: 'Terrace Suite',
    desc: j(
      'Our only room on the top floor, with a sitting room, a bath under the skylight and a private corner of the roof terrace',
      'looking towards the cathedral towers.',
    ),
    facts: '38 m² · Sleeps 3 · King bed and sofa bed · Terrace',
    rates: [['Flexible rate, free cancellation until 2 days before arrival', '€238']],
  },
];
const bPolicies = [
  'Check-in from 3pm, check-out by 11am. Reception is staffed from 8am to 10pm.',
  'The city tourist tax of €2.75 per person per night is paid at the hotel.',
  'There is no lift; the hotel has three floors and a narrow staircase.',
  'Children of all ages are welcome. Pets are not allowed.',
];
const cls = (m: string, k: string): string => `${m}_${k}__${(m.length * 7919 + k.length * 104729).toString(36).slice(0, 5)}`;
const bRoomHtml = bRooms
  .map(
    (r, i) => `<li class="${cls('RoomCard', 'card')}" data-testid="room-card-${i}"><div class="${cls('RoomCard', 'media')}"><img alt="${r.name}"
src="/_next/image?url=%2Frooms%2F${i}.jpg&amp;w=640&amp;q=75" loading="lazy" decoding="async"><button class="${cls('RoomCard', 'photos')}"
type="button">View photos</button>
</div><div class="${cls('RoomCard', 'body')}"><h2 class="${cls('RoomCard', 'title')}">${r.name}</h2><p class="${cls('RoomCard', 'facts')}">${r.facts}</p>
<p class="${cls('RoomCard', 'description')}">${r.desc}</p><button class="${cls('RoomCard', 'more')}" type="button" aria-expanded="false">Room details</button>
<ul class="${cls('RatePlan', 'list')}">${r.rates
      .map(
        ([n, p]) => `<li class="${cls('RatePlan', 'row')}"><div class="${cls('RatePlan', 'name')}">${n}</div><div class="${cls('RatePlan', 'price')}">
<span class="${cls('Price', 'amount')}">${p}</span><span class="${cls('Price', 'unit')}">per night</span></div><button class="${cls('Button', 'primary')}"
type="button">Select</button></li>`,
      )
      .join('\n')}</ul></div></li>`,
  )
  .join('\n');
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>Casa Ombrella \u2013 Book direct</title>
<meta name="description" content="Book Casa Ombrella direct for the best price."><meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/9a1f3c2b7e.css" as="style"><link rel="stylesheet" href="/_next/static/css/9a1f3c2b7e.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4e7214a60fad8e88.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bhotel%5D/rooms-0b1f3.js"
defer=""></script>
</head><body><div id="__next"><div class="${cls('Layout', 'root')}"><header class="${cls('Header', 'root')}"><a href="https://casaombrella.example"
class="${cls('Header', 'logo')}">
<img alt="Casa Ombrella" src="/logos/casa-ombrella.svg" width="140" height="40"></a><div class="${cls('Header', 'tools')}"><button type="button"
class="${cls('Header', 'lang')}"
aria-haspopup="listbox">English</button><button type="button" class="${cls('Header', 'currency')}" aria-haspopup="listbox">EUR €</button>
<a href="/casa-ombrella/manage" class="${cls('Header', 'manage')}">Manage booking</a></div></header>
<form class="${cls('SearchBar', 'root')}" role="search"><div class="${cls('SearchBar', 'field')}"><label for="checkin">Check-in</label>
<input id="checkin" name="checkin" value="Fri 13 Nov 2026" readonly></div><div class="${cls('SearchBar', 'field')}"><label for="checkout">Check-out</label>
<input id="checkout" name="checkout" value="Sun 15 Nov 2026" readonly></div><div class="${cls('SearchBar', 'field')}"><label for="guests">Guests</label>
<input id="guests" name="guests" value="2 adults" readonly></div><button type="submit" class="${cls('Button', 'secondary')}">Update search</button></form>
<ol class="${cls('Steps', 'list')}" aria-label="Booking steps"><li aria-current="step">Rooms</li><li>Extras</li><li>Your details</li><li>Confirmation</li></ol>
<div class="${cls('RoomsPage', 'grid')}"><main class="${cls('RoomsPage', 'main')}"><h1 class="${cls('RoomsPage', 'heading')}">${bTitle}</h1>
<p class="${cls('RoomsPage', 'intro')}">${bIntro}</p><div class="${cls('Notice', 'info')}" role="status">Prices include VAT. 2 nights, 2 adults.</div>
<ul class="${cls('RoomsPage', 'list')}">${bRoomHtml}</ul>
<section class="${cls('Policies', 'root')}"><h2
class="${cls('Policies', 'title')}">Hotel policies</h2><ul>${bPolicies.map((p) => `<li>${p}</li>`).join('')}</ul></section>
</main><aside class="${cls('Summary', 'root')}"><h2
class="${cls('Summary', 'title')}">Your stay</h2><p>Fri 13 Nov \u2013 Sun 15 Nov 2026</p><p>2 nights, 2 adults</p>
<p class="${cls('Summary', 'empty')}">No rooms selected yet</p><div class="${cls('Summary', 'total')}"><span>Total</span><span>€0</span></div>
<button type="button" class="${cls('Button', 'primary')}" disabled>Continue</button></aside></div>
<footer class="${cls('Footer', 'root')}"><p>Casa Ombrella, Carrer del Forn 9, 08901 Sabrèa</p><a href="/casa-ombrella/terms">Booking terms</a>
<a href="/privacy">Privacy</a><p class="${cls('Footer', 'powered')}">Secure booking by Staybridge Engine</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hotel":{"slug":"casa-ombrella","name":"Casa Ombrella","currency":"EUR"},
"search":{"checkin":"2026-11-13","checkout":"2026-11-15","adults":2}},"__N_SSP":true},"page":"/[hotel]/rooms","query":{"hotel":"casa-ombrella"},
"buildId":"k2P9xQ7nVbR1","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const bookingEngine: TestPage = {
  name: 'heldout474-nextjs-booking-engine',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [...bRooms.map((r) => r.name), 'Hotel policies'],
  body: [bIntro, ...bRooms.flatMap((r) => [r.facts, r.desc]), ...bPolicies],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'English', 'EUR €', 'Manage booking', 'Check-in', 'Check-out', 'Guests', 'Update search', 'Rooms', 'Extras', 'Your details', 'Confirmation',
    'Prices include VAT. 2 nights, 2 adults.', 'View photos', 'Room details', ...bRooms.flatMap((r) => r.rates.flat()), 'per night', 'Select', 'Your stay',
    'Fri 13 Nov \u2013 Sun 15 Nov 2026', '2 nights, 2 adults', 'No rooms selected yet', 'Total', '€0', 'Continue',
    'Casa Ombrella, Carrer del Forn 9, 08901 Sabrèa',
    'Booking terms', 'Privacy', 'Secure booking by Staybridge Engine',
  ]),
};

const fTitle = 'Frequently asked questions';
const fDek = 'Everything you need to know before you stay at Driftwood Hostel Kelsand. Can\u2019t find your answer? Message us any time.';
const fGroups: [string, [string, string[]][]][] = [
  [
    'Booking and payment',
    [
      [
        'Do I need to pay in advance?',
        ['No. We take a card to hold your bed and charge the full amount on arrival. Group bookings of ten or more pay a 30% deposit.'],
      ],
      ['Can I cancel my booking?', ['Yes, free of charge until 48 hours before check-in. After that we charge the first night.']],
      ['Is there an age limit?', ['Dorms are for guests aged 18 to 99. Families with children can book a private room.']],
    ],
  ],
  [
    'Your stay',
    [
      ['What time is check-in?', ['Check-in is from 2pm to 11pm. If you arrive after 11pm, let us know and the night team will let you in.']],
      [
        'Are sheets and towels included?',
        ['Sheets, a duvet and a pillow are included and the bed is made when you arrive. Towels can be rented at reception for €2.'],
      ],
      [
        'Is there a kitchen?',
        [
          'Yes, a big shared kitchen on the ground floor, open 7am to 11pm, with fridge space for every guest.',
          'Label your food with your name and check-out date; unlabelled food is cleared every Monday.',
        ],
      ],
      ['Do you have lockers?', ['Every dorm bed has a locker big enough for a cabin bag. Bring your own padlock or buy one from us for €5.']],
    ],
  ],
  ['Getting here', [['Where can I park?', ['We have no parking. The municipal car park on Havnevej is a four-minute walk and costs €9 for 24 hours.']]]],
];
const fq = (q: string, a: string[]): string => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle">
<div class="faq-icon w-icon-dropdown-toggle" aria-hidden="true"></div><h3 class="faq-heading">${q}</h3></div><nav class="faq-answer w-dropdown-list">
${ps(a, ' class="faq-paragraph"')}</nav></div>`;
const fNav = ['Rooms', 'The Neighbourhood', 'Events', 'FAQ'];
const fFoot = ['Rooms', 'Events', 'House rules', 'Privacy', 'Imprint'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 08 2026 10:12:44 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.driftwoodhostel.example" data-wf-page="64f0c1a2b3c4d5e6f7a8b9c0" data-wf-site="64f0c1a2b3c4d5e6f7a8b9aa" lang="en"><head><meta
charset="utf-8">
<title>FAQ | Driftwood Hostel Kelsand</title><meta content="Answers to common questions about staying at Driftwood Hostel." name="description">
<meta content="FAQ | Driftwood Hostel Kelsand" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow"
name="generator">
<link href="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9aa/css/driftwood-hostel.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to pay in advance?"}]}</script>
<style>.faq-answer{overflow:hidden}</style></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9aa/logo.svg"
loading="lazy" alt="Driftwood Hostel" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${n === 'FAQ' ? ' w--current' : ''}"${n === 'FAQ' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join('\n')}
<a href="https://driftwood.bookingsite.example" class="button nav-button w-button">Book a bed</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-faq"><div class="container w-container"><h1 class="heading-faq">${fTitle}</h1><p
class="paragraph-large">${fDek}</p></div></section>
<section class="section faq-section"><div class="container w-container">
${fGroups
  .map(
    ([g, qs]) => `<div class="faq-group"><h2 class="faq-group-title">${g}</h2><div
class="faq-wrapper">${qs.map(([q, a]) => fq(q, a)).join('\n')}</div></div>`,
  )
  .join('\n')}
</div></section>
<section class="section cta-section"><div class="container w-container"><div class="cta-block"><h2 class="heading-cta">Still have a question?</h2>
<p>Write to us on WhatsApp or email and we usually reply within the hour.</p><a href="mailto:hello@driftwoodhostel.example"
class="button w-button">Message us</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div
class="footer-heading">Driftwood Hostel</div>
<p class="footer-text">Havnegade 17, 6960 Kelsand</p></div><div class="footer-col"><div class="footer-heading">Explore</div>
${fFoot.map((f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}" class="footer-link">${f}</a>`).join('\n')}</div>
<div class="footer-col"><div class="footer-heading">Newsletter</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"
class="footer-form" aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email"
type="email" id="email"
required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom"><div class="footer-copyright">© 2026 Driftwood Hostel ApS</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0c1a2b3c4d5e6f7a8b9aa" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64f0c1a2b3c4d5e6f7a8b9aa/js/webflow.4b9c1d2e.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout474-webflow-hostel-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([g, qs]) => [g, ...qs.map(([q]) => q)]),
  body: [fDek, ...fGroups.flatMap(([, qs]) => qs.flatMap(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...fNav, 'Book a bed', 'Still have a question?', 'Write to us on WhatsApp or email and we usually reply within the hour.', 'Message us',
    'Driftwood Hostel', 'Havnegade 17, 6960 Kelsand', 'Explore', ...fFoot, 'Newsletter', '© 2026 Driftwood Hostel ApS',
  ]),
};

export const HELDOUT474_C: readonly TestPage[] = [bookingEngine, webflowFaq];
