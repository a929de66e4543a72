import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout243-kit.js';
import { tradeNews } from './pages-heldout243-d2.js';

/**
 * Held-out batch 243, file d: a hospitality conference's programme page built with Next.js (a div#__next tree of CSS-module
 * classes, the route announcer, a ticket countdown bar, nav, day tabs and track filters, session cards with time, title,
 * speaker and room and an "Add to agenda" button on each, a partner logo strip, a newsletter form, footer and the
 * __NEXT_DATA__ script) and, from file d2, a hospitality trade news article on a WordPress Newspaper theme.
 */
const title = 'Hostcraft Summit 2026: Full Programme';
const intro = [
  j(
    'Two days, three stages and more than forty speakers from independent hotels, hostels, guesthouses and the companies that serve',
    'them. This year’s programme is built around one question we heard again and again at last year’s summit: how do small',
    'properties keep the personal welcome that sets them apart while the back office becomes ever more automated?',
  ),
  j(
    'All sessions take place at the Brackwater Exchange. Main Hall sessions are streamed live to online ticket holders and recorded;',
    'workshops in the Loft Rooms are in person only and have limited places, so please choose them when you register.',
  ),
];
type S = [string, string, string, string, string];
const sess = (s: S): string =>
  `<time class="Session_time__p3Qz1">${s[0]}</time> <span class="Session_title__8Hc2e">${s[1]}</span> <span class="Session_speaker__Tx9aL">${s[2]}</span>
<span class="Session_room__0mWq4">${s[3]}</span> <span class="Session_desc__kY2v7">${s[4]}</span>`;
const day1: S[] = [
  ['08:30', 'Registration and breakfast', 'Summit team', 'Foyer', 'Collect your badge and find coffee from the roastery bar.'],
  [
    '09:30',
    'Opening keynote: The guest who never calls',
    'Priya Lindqvist, Harbourline Hotels',
    'Main Hall',
    'Why most guests would now rather message than phone, and what that means for the front desk.',
  ],
  [
    '10:30',
    'Direct bookings without the discount spiral',
    'Tomás Reyna, Casa Alberca',
    'Main Hall',
    'A small hotel group on how it cut commission costs by a fifth without racing to the bottom on price.',
  ],
  ['11:30', 'Workshop: Writing room descriptions that sell', 'Orla Fenn, copywriter', 'Loft Room 1', 'Bring one of your own room pages; leave with a rewrite.'],
  [
    '14:00',
    'Panel: Staffing a forty-room hotel in 2026',
    'Moderated by Kwame Asante',
    'Stage Two',
    'Four general managers on rotas, pay, housing and the four-day week.',
  ],
  ['16:00', 'Closing talk: What guests remember', 'Dr Helena Stroud, Wenmouth University', 'Main Hall', 'Findings from 3,000 post-stay interviews.'],
];
const day2: S[] = [
  [
    '09:00',
    'Energy bills and the small hotel',
    'Ines Marwick, Greenstay Alliance',
    'Main Hall',
    'Practical retrofits with payback under three years, from heat pumps to laundry scheduling.',
  ],
  [
    '10:15',
    'Workshop: Your first revenue meeting',
    'Sam Oduya, Ridgeway Yield',
    'Loft Room 2',
    'A hands-on introduction to pacing reports for owners who have never run one.',
  ],
  [
    '11:30',
    'Food and beverage that pays its way',
    'Chef Marco Bellini-Hart, The Salt House',
    'Stage Two',
    'How a twelve-room inn turned its restaurant from a loss into a reason to book.',
  ],
  ['14:00', 'Start-up showcase', 'Six early-stage companies', 'Stage Two', 'Five minutes each, followed by questions from a panel of owners.'],
  [
    '15:30',
    'Closing keynote: Hospitality is a craft',
    'Adaeze Morrow, founder of the Morrow Rooms',
    'Main Hall',
    'On apprenticeships, pride in the work and the next generation of hoteliers.',
  ],
];
const note = 'The programme may change. Session times are shown in local time (BST).';
const headings = ['Tuesday 9 June', 'Wednesday 10 June'];
const nav = ['Programme', 'Speakers', 'Venue', 'Partners', 'Past Summits', 'FAQ'];
const filters = ['All tracks', 'Operations', 'Revenue', 'Guest Experience', 'Workshops'];
const partners = ['Brightkey PMS', 'Linen & Co Supply', 'Harbour Bank Hospitality'];
const foot = ['Code of Conduct', 'Accessibility', 'Privacy', 'Contact the team'];
const card = (s: S, i: number): string => `<li class="Programme_item__1tK8x" data-session-id="s${i}"><article class="Session_card__Yk3fM">${sess(s)}
<button class="Button_ghost__2rWq9" type="button">Add to agenda</button></article></li>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Programme | Hostcraft Summit 2026</title><meta name="description" content="The full two-day programme for Hostcraft Summit 2026."/>
<meta property="og:title" content="Programme | Hostcraft Summit 2026"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/3b1f0e6a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3b1f0e6a.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Hostcraft Summit 2026","startDate":"2026-06-09",
"endDate":"2026-06-10","location":{"@type":"Place","name":"Brackwater Exchange"}}</script>
<script src="/_next/static/chunks/webpack-5a1b.js" defer=""></script><script src="/_next/static/chunks/pages/programme-92ce.js" defer=""></script></head>
<body><div id="__next"><div class="Countdown_bar__Qw8rT"><span>Early-bird tickets end in 12 days</span> <a href="/tickets">Get your ticket</a></div>
<header class="Header_root__s7TqP"><a class="Header_logo__a1NcQ" href="/">Hostcraft Summit</a><nav class="Header_nav__H2kd9">
<ul>${links(nav, 'Header_item__9zLx2')}</ul></nav><a class="Button_primary__8mZs0" href="/tickets">Buy tickets</a></header>
<main class="Programme_main__3XqLp"><section class="Programme_hero__Cc8uE"><h1 class="Programme_title__b0Pq7">${title}</h1>
${ps(intro, ' class="Programme_lede__Wq1sN"')}</section>
<div class="Programme_controls__7hJfR"><div role="tablist" class="Tabs_list__2bTn1"><button role="tab" aria-selected="true">Day 1</button>
<button role="tab" aria-selected="false">Day 2</button></div><div class="Filter_chips__Lm4xE">${filters
  .map((f) => `<button class="Filter_chip__0pQa3" type="button">${f}</button>`)
  .join('')}</div></div>
<section class="Programme_day__Kf2sP" aria-labelledby="day-1"><h2 id="day-1" class="Programme_dayTitle__9wErT">${headings[0]}</h2>
<ol class="Programme_list__H4kVz">${day1.map(card).join('\n')}</ol></section>
<section class="Programme_day__Kf2sP" aria-labelledby="day-2"><h2 id="day-2" class="Programme_dayTitle__9wErT">${headings[1]}</h2>
<ol class="Programme_list__H4kVz">${day2.map(card).join('\n')}</ol></section>
<p class="Programme_note__Vb0xA">${note}</p><p class="Programme_updated__c1Rt5">Last updated on 2 March 2026</p></main>
<section class="Partners_strip__P1oQw"><h2 class="Partners_title__n3Rf6">Thanks to our partners</h2><ul>${links(partners, 'Partners_logo__4Hc2s')}</ul>
</section>
<section class="Newsletter_root__Z2wLp"><h2>Stay in the loop</h2><p>Speaker announcements and ticket releases, straight to your inbox.</p>
<form><input type="email" placeholder="you@hotel.com"/><button type="submit">Subscribe</button></form></section>
<footer class="Footer_root__X9pLs"><ul>${links(foot)}</ul><p>© 2026 Hostcraft Events Ltd. Registered in England and Wales No. 11840272.</p></footer>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert"></p></next-route-announcer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"edition":"2026","days":2,"tracks":5}},"page":"/programme","query":{},
"buildId":"kR2p9sXw","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const programme: TestPage = {
  name: 'heldout243-nextjs-conference-programme',
  kind: 'docs',
  html,
  title,
  headings,
  body: texts([...intro, ...day1.map(sess), ...day2.map(sess), note]),
  bylines: ['Last updated on 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Early-bird tickets end in 12 days', 'Get your ticket', 'Hostcraft Summit', ...nav, 'Buy tickets', 'Day 1', 'Day 2', ...filters, 'Add to agenda',
    'Thanks to our partners', ...partners, 'Stay in the loop', 'Speaker announcements and ticket releases, straight to your inbox.', 'Subscribe',
    ...foot, '© 2026 Hostcraft Events Ltd. Registered in England and Wales No. 11840272.',
  ],
};

export const HELDOUT243_D: readonly TestPage[] = [programme, tradeNews];
