import { links, ps, type TestPage, texts } from './page-kit.js';
import { hubspot } from './pages-heldout311-b2.js';
import { j, lis } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file b: a Meetup event page in its Next.js markup (top bar, the event header with "Hosted By", the
 * group card, date and venue panel, Details, attendees, photos, comments, related topics, similar events, the sticky attend
 * bar, the footer and the consent banner) and a HubSpot webinar landing page built from drag-and-drop modules (header,
 * rich-text modules, registration form, speaker cards, logo strip, cookie banner, footer).
 */
const mTitle = 'Hands-on evening: building a home weather station with embedded Rust';
const mIntro = [
  j(
    'Spring is coming, which means it is time to find out how cold your balcony really gets at night. In this hands-on evening we',
    'will build a small weather station from a microcontroller board, a temperature and humidity sensor and a lot of enthusiasm.',
  ),
  j(
    'No previous embedded experience is needed. If you have written a little Rust, or any language really, you will be fine; the',
    'mentors will sit with each table and help when the compiler gets opinionated.',
  ),
  j(
    'By the end of the evening every table should have a board on the windowsill printing the temperature once a minute. The more',
    'ambitious can log readings to a memory card or draw a graph of the night. Last time one team built a tiny e-ink display that',
    'showed the forecast in cat pictures, and we still talk about it.',
  ),
];
const mPlan = [
  '18:30 – doors open, pizza and getting boards out of their bags',
  '18:50 – a twenty-minute introduction to the board, the sensor and the toolchain',
  '19:10 – building time: blink an LED, read the sensor, print readings over serial',
  '20:15 – stretch goal: send readings over Wi-Fi to a small dashboard',
  '20:45 – show and tell, then we tidy up together',
];
const mBring = [
  j(
    'Please bring a laptop with the Rust toolchain already installed. We will send setup instructions two days before the event;',
    'installing everything over the venue Wi-Fi on the night is painful for everyone.',
  ),
  j(
    'We have twenty kits to lend for the evening, paid for by our sponsor. If you would like to keep your kit, you can buy it at',
    'cost for 18 euros at the end of the night. If you already own a board, bring it along and we will help you wire it up.',
  ),
  j(
    'The venue is step-free and there is a quiet room upstairs. If you need anything to make the evening work for you, message the',
    'organisers through the group and we will sort it out.',
  ),
];
const mComments = [
  'Is there parking near the venue, or is it better to come by tram?',
  'Tram is much easier; the stop Kanalplein is two minutes away. The car park closes at 20:00.',
];
const mTopics = ['Rust Programming', 'Embedded Systems', 'Internet of Things', 'Hardware Hacking', 'Electronics'];
const mSimilar = ['Rust reading group: chapter 9, error handling', 'Soldering for absolute beginners', 'Home automation show and tell'];
const mFoot1 = ['Create your own Meetup group', 'Get Started'];
const mFoot2 = [
  'Your Account',
  'Settings',
  'Discover',
  'Groups',
  'Calendar',
  'Topics',
  'Cities',
  'Online Events',
  'Meetup',
  'About',
  'Blog',
  'Careers',
  'Apps',
];
const mFoot3 = ['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Help'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>${mTitle}, Thu, Mar 19, 2026, 6:30 PM | Meetup</title><meta name="description" content="${mIntro[0]}"/>
<meta property="og:title" content="${mTitle}, Thu, Mar 19, 2026, 6:30 PM | Meetup"/><meta property="og:type" content="article"/>
<meta property="og:image" content="https://secure.meetupstatic.example/photos/event/highres_5211902.jpeg"/>
<link rel="preload" href="/_next/static/css/4c2e8e0a1f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c2e8e0a1f.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${mTitle}","startDate":"2026-03-19T18:30:00+01:00",
"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{"@type":"Place","name":"Werkplaats Noord"},
"organizer":{"@type":"Organization","name":"Tarnow Embedded Rust"}}</script>
<script defer src="/_next/static/chunks/pages/%5Bgroupname%5D/events/%5BeventId%5D-8a1c.js"></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col">
<header id="page-header" class="sticky top-0 z-20 bg-white shadow-sm"><nav class="flex items-center justify-between px-4 py-3" aria-label="Site">
<a href="/" aria-label="Meetup home"><svg class="h-8 w-24" aria-hidden="true"></svg></a>
<form role="search" class="hidden md:flex"><input type="search" placeholder="Search events" aria-label="Search events"/></form>
<div class="flex gap-4"><a href="/login/" class="font-medium">Log in</a><a href="/register/" class="rounded-lg bg-viridian px-3 py-2">Sign up</a></div>
</nav></header>
<main class="flex flex-col items-center"><div data-event-label="top" class="w-full border-b bg-white px-5 py-4 md:max-w-screen-xl">
<h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">${mTitle}</h1>
<div class="mt-4 flex items-center"><img class="rounded-full" src="https://secure.meetupstatic.example/photos/member/thumb_31.jpeg" alt="" width="48"/>
<div class="ml-6"><div>Hosted By</div><div><span class="font-medium">Piet Okonkwo-Laar</span></div></div></div></div>
<div class="w-full bg-gray1 px-5 md:max-w-screen-xl"><div class="flex flex-col lg:flex-row lg:gap-8"><div class="flex flex-grow flex-col">
<div class="emrv9za"><img src="https://secure.meetupstatic.example/photos/event/highres_5211902.jpeg" alt="" class="w-full rounded-lg"/></div>
<div class="break-words" id="event-details"><h2 class="text-xl font-semibold">Details</h2>${ps(mIntro)}
<p><b>Plan for the evening</b></p><ul>${lis(mPlan)}</ul>
<p><b>What to bring</b></p>${ps(mBring)}</div>
<div id="attendees" class="mt-10"><div class="flex justify-between"><h2 class="text-xl font-semibold">Attendees (37)</h2>
<a href="/tarnow-embedded-rust/events/309114825/attendees/" class="text-viridian">See all</a></div>
<div class="grid grid-cols-4 gap-2"><div class="text-sm">Piet Okonkwo-Laar</div><div class="text-sm">Host, Organizer</div>
<div class="text-sm">Hana Brisk</div><div class="text-sm">Member</div></div></div>
<div id="photos" class="mt-10"><h2 class="text-xl font-semibold">Photos (6)</h2><a href="/tarnow-embedded-rust/photos/">See all</a></div>
<div id="comments" class="mt-10"><h2 class="text-xl font-semibold">Comments (2)</h2><ul class="flex flex-col gap-4">
<li><div class="font-medium">Jonas Vreede</div><p class="text-sm">${mComments[0]}</p><span class="text-gray6 text-xs">3 days ago</span>
<button class="text-xs">Like</button><button class="text-xs">Reply</button></li>
<li><div class="font-medium">Piet Okonkwo-Laar</div><p class="text-sm">${mComments[1]}</p><span class="text-gray6 text-xs">2 days ago</span></li></ul>
<form><textarea placeholder="Add a comment"></textarea></form></div>
<div class="mt-10"><h2 class="text-xl font-semibold">Related topics</h2><div class="flex flex-wrap gap-2">
${mTopics.map((t) => `<a class="rounded-full border px-3" href="/topics/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('\n')}</div></div></div>
<div class="sticky top-24 lg:w-96"><a href="/tarnow-embedded-rust/" class="flex rounded-lg bg-white p-4">
<div><div class="font-semibold">Tarnow Embedded Rust</div><div class="text-sm">Public group</div></div></a>
<div class="mt-5 rounded-lg bg-white p-4"><div class="flex"><svg aria-label="date" class="h-6"></svg><time class="block">Thursday, March 19, 2026<br/>
6:30 PM to 9:00 PM CET</time></div><a href="/tarnow-embedded-rust/events/309114825/ical/" class="text-viridian">Add to calendar</a>
<div class="flex"><svg aria-label="location" class="h-6"></svg><div><a class="font-medium" href="https://maps.example/?q=werkplaats">Werkplaats Noord</a>
<div class="text-gray6">Kanaalstraat 14 · Tarnow</div></div></div></div></div></div>
<div class="mt-10"><h2 class="text-xl font-semibold">Similar Events</h2><ul>${links(mSimilar, 'rounded-lg bg-white p-3')}</ul></div></div></main>
<div data-event-label="action-bar" class="sticky bottom-0 z-10 bg-white shadow"><div class="flex items-center justify-between px-5 py-3">
<div class="hidden md:block"><div class="font-semibold">Thu, Mar 19 · 6:30 PM CET</div><div class="text-sm">${mTitle}</div></div>
<div class="flex items-center gap-4"><span class="font-semibold">FREE</span><span class="text-sm">3 spots left</span>
<button data-testid="attend-irl-btn" class="rounded-lg bg-red px-8 py-2 text-white">Attend</button></div></div></div>
<footer class="bg-gray7 text-white"><div class="px-5 py-8"><div class="flex items-center gap-4 border-b pb-6">${links(mFoot1)}</div>
<div class="grid grid-cols-3 gap-6 py-6"><ul>${links(mFoot2)}</ul></div><div class="text-sm">Follow us</div>
<ul class="flex gap-4 text-sm"><li>© 2026 Meetup</li>${links(mFoot3)}</ul></div></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to run
Meetup, to personalise content and to measure how our pages are used.</p><button id="onetrust-accept-btn-handler">Accept</button>
<button id="onetrust-pc-btn-handler">Manage preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"event":{"id":"309114825","title":"${mTitle}",
"dateTime":"2026-03-19T18:30:00+01:00","going":37,"maxTickets":40,"group":{"urlname":"tarnow-embedded-rust"}}}},
"page":"/[groupname]/events/[eventId]","query":{"groupname":"tarnow-embedded-rust","eventId":"309114825"},"buildId":"g7bX0m"}</script>
</body></html>`;
const meetup: TestPage = {
  name: 'heldout311-meetup-event',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mIntro, 'Plan for the evening', ...mPlan, 'What to bring', ...mBring]),
  bylines: ['Hosted By', 'Piet Okonkwo-Laar'],
  furniture: [
    'Log in',
    'Sign up',
    'Details',
    'Attendees (37)',
    'See all',
    'Host, Organizer',
    'Hana Brisk',
    'Member',
    'Photos (6)',
    'Comments (2)',
    'Jonas Vreede',
    ...mComments,
    '3 days ago',
    '2 days ago',
    'Like',
    'Reply',
    'Related topics',
    ...mTopics,
    'Tarnow Embedded Rust',
    'Public group',
    'Thursday, March 19, 2026',
    '6:30 PM to 9:00 PM CET',
    'Add to calendar',
    'Werkplaats Noord',
    'Kanaalstraat 14 · Tarnow',
    'Similar Events',
    ...mSimilar,
    'Thu, Mar 19 · 6:30 PM CET',
    'FREE',
    '3 spots left',
    'Attend',
    ...mFoot1,
    ...mFoot2,
    'Follow us',
    '© 2026 Meetup',
    ...mFoot3,
    'We use cookies and similar technologies to run Meetup, to personalise content and to measure how our pages are used.',
    'Accept',
    'Manage preferences',
  ],
};

export const HELDOUT311_B: readonly TestPage[] = [meetup, hubspot];
