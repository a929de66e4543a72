import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file c: a Meetup group event (Next.js markup with Tailwind classes, the group header with "Hosted by",
 * the sticky date / location card, "Details" text, attendee avatars, photos, the event comments thread, "Similar events"
 * rail, the bottom "Attend" bar and Meetup's footer) and a Luma event page (Next.js markup with styled-jsx classes, cover
 * image, "Hosted By" list, the registration card with "Approval Required", the "About Event" text, location card, "Went"
 * count, the "Presented by" calendar card and Luma's footer).
 */
const muTitle = 'Saturday Morning Tide Pool Walk & Beginner Marine ID';
const muBody = [
  j(
    'Join us for our monthly low-tide walk along the rock shelf below Penhallow Point. The tide drops to 0.4 metres at',
    '10:12, which gives us about two hours on the lower pools, the best ones for anemones, blennies and the odd sea hare.',
  ),
  j(
    'This walk is aimed at complete beginners. Our guide, a volunteer from the county wildlife trust, will show you how to look',
    'without disturbing anything, how to turn a rock and put it back the same way up, and how to tell the common crabs apart.',
  ),
  'What to bring:',
  'Shoes with a good grip that you don’t mind getting wet (no flip-flops, please)',
  'A warm layer, even if the forecast looks kind',
  'A hand lens if you have one; we have a few to lend',
  'Snacks and water. There is no café at the point',
  j(
    'We meet at the top of the slipway by the lifeboat station at 9:45. Parking is limited, so please car-share or take the',
    'number 12 bus, which stops at the harbour at 9:31.',
  ),
  j(
    'Children are welcome with a parent or carer, and dogs on short leads are fine on the beach but not on the rock shelf itself.',
    'The walk is free; we pass a hat round at the end for the wildlife trust.',
  ),
  j(
    'If the swell is over two metres we will cancel by 8am on the day and post here. Please update your RSVP if you can no',
    'longer come, as we cap the group at twenty-five so everyone can see what the guide finds.',
  ),
];
const muComments = [
  ['Delyth R.', 'Is this okay for a seven-year-old who is very keen but not very patient?'],
  ['Jonah Pascoe', 'Absolutely. The younger ones usually find the most. Just keep a hand on them near the gully.'],
  ['Marisol T.', 'Will there be a walk in August as well? I am away this time.'],
];
const muNav = ['Start a new group', 'Explore', 'Messages', 'Notifications', 'Log in', 'Sign up'];
const muSimilar = ['Evening Bat Walk on the Estuary Path', 'Beach Clean and Litter Survey', 'Rockpool Photography for Phones'];
const muFoot = ['Create your own Meetup group', 'Get Started', 'Your Account', 'Discover', 'Meetup', 'About', 'Blog', 'Careers', 'Apps', 'Podcast'];
const muFoot2 = ['Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Help'];
const muHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${muTitle.replace(/&/g, '&amp;')}, Sat, Jun 13, 2026, 9:45 AM |
Meetup</title>
<meta name="description" content="Join us for our monthly low-tide walk along the rock shelf below Penhallow Point.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Saturday Morning Tide Pool
Walk","startDate":"2026-06-13T09:45:00+01:00",
"organizer":{"@type":"Organization","name":"Penhallow Coast Naturalists"},"eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode"}</script></head>
<body><div id="__next"><header class="sticky top-0 z-20 bg-white px-5 py-3 shadow-sm" data-testid="header"><a href="/" aria-label="Meetup">Meetup</a>
<nav class="flex items-center gap-4">${as(muNav, 'text-sm font-medium')}</nav></header>
<main class="flex flex-col items-center bg-gray-1"><div class="px-5 w-full bg-white border-b shadow-sm" data-event-label="top">
<div class="mx-auto max-w-screen-xl py-2 lg:py-4"><div class="flex items-center text-sm text-gray-6"><time class="block"
datetime="2026-06-13T09:45:00+01:00">Saturday, June 13, 2026</time></div>
<h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">${muTitle.replace(/&/g, '&amp;')}</h1>
<div class="flex items-center gap-2"><img class="rounded-full" src="https://secure.meetupstatic.example/photos/member/j_pascoe.jpeg" alt="Photo of Jonah
Pascoe">
<div class="text-sm"><span>Hosted By</span><br><span class="font-medium">Jonah Pascoe</span></div></div></div></div>
<div class="mx-auto max-w-screen-xl px-5 py-6 md:flex md:gap-8"><div class="md:w-2/3"><picture data-testid="event-description-image">
<img src="https://secure.meetupstatic.example/photos/event/tidepool.jpeg" alt="a small crab held in a cupped hand over a rock pool"></picture>
<div class="break-words" id="event-details"><h2 class="text-xl font-semibold">Details</h2><div class="break-words">
${ps(muBody.slice(0, 3))}
<ul>${lis(texts(muBody.slice(3, 7)))}</ul>
${ps(muBody.slice(7))}
</div></div>
<div id="attendees"><h2 class="text-xl font-semibold">Attendees (19)</h2><a href="#" class="text-sm text-viridian">See all</a>
<ul class="grid grid-cols-4">${lis(['Jonah Pascoe', 'Delyth R.', 'Ffion', 'Abel K.'], 'text-xs')}</ul></div>
<div id="photos"><h2 class="text-xl font-semibold">Photos (12)</h2><a href="#">See all</a></div>
<div id="discussion" class="mt-8"><h2 class="text-xl font-semibold">Comments (3)</h2><ul class="flex flex-col gap-4">
${muComments
  .map(
    ([u, c]) => `<li class="flex gap-3" data-testid="comment"><div><a href="#" class="font-medium">${u}</a><span class="text-xs text-gray-6">2 weeks ago</span>
<p class="text-sm">${c}</p><button class="text-xs">Like</button><button class="text-xs">Reply</button></div></li>`,
  )
  .join('\n')}</ul>
<textarea placeholder="Add a comment"></textarea></div>
<div class="mt-8"><h2 class="text-xl font-semibold">Related
topics</h2>${as(['Marine Biology', 'Nature', 'Outdoor Adventures', 'Family Friendly'], 'tag--topic')}</div></div>
<aside class="md:w-1/3" data-testid="event-info"><div class="rounded-lg bg-white p-5"><a href="/penhallow-coast-naturalists/" class="font-semibold">Penhallow
Coast
Naturalists</a><span class="text-sm">Public group</span>
<div class="flex gap-2"><time>Saturday, June 13, 2026 9:45 AM to 12:00 PM BST</time></div><a href="#" class="text-sm">Add to calendar</a>
<div class="flex gap-2"><span>Penhallow Lifeboat Station</span><span>Harbour Road · Penhallow</span></div><a href="#" class="text-sm">How to find
us</a></div></aside></div>
<section class="w-full bg-white px-5 py-8"><h2 class="text-xl font-semibold">Similar events nearby</h2><ul>${links(muSimilar, 'event-card')}</ul></section>
<div class="sticky bottom-0 w-full bg-white px-5 py-3 shadow-lg" data-event-label="action-bar"><span>Sat, Jun 13 · 9:45 AM BST</span><span>FREE</span>
<span>6 spots left</span><button data-testid="attend-irl-btn" class="bg-viridian text-white">Attend</button></div></main>
<footer class="bg-gray-7 text-white px-5 py-10"><ul>${links(muFoot)}</ul><ul>${links(muFoot2)}</ul><p>© 2026 Meetup</p></footer></div>
<div id="onetrust-banner-sdk"><p>We use cookies to provide the best experience on Meetup.</p><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"event":{"id":"30471829","title":"Saturday Morning Tide Pool
Walk"}}},"page":"/[urlname]/events/[eventId]"}</script>
</body></html>`;
const meetup: TestPage = {
  name: 'heldout412-meetup-group-event',
  kind: 'docs',
  html: muHtml,
  title: muTitle,
  headings: ['Details'],
  body: texts(muBody),
  bylines: ['Hosted By', 'Jonah Pascoe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meetup', ...muNav, 'Saturday, June 13, 2026', 'Attendees (19)', 'See all', 'Delyth R.', 'Ffion', 'Abel K.', 'Photos (12)', 'Comments (3)',
    ...muComments.map(([, c]) => c ?? ''), 'Marisol T.', '2 weeks ago', 'Like', 'Reply', 'Related topics', 'Marine Biology', 'Nature',
    'Outdoor Adventures', 'Family Friendly', 'Penhallow Coast Naturalists', 'Public group', 'Saturday, June 13, 2026 9:45 AM to 12:00 PM BST',
    'Add to calendar', 'Penhallow Lifeboat Station', 'Harbour Road · Penhallow', 'How to find us', 'Similar events nearby', ...muSimilar,
    'Sat, Jun 13 · 9:45 AM BST', 'FREE', '6 spots left', 'Attend', ...muFoot, ...muFoot2, '© 2026 Meetup',
    'We use cookies to provide the best experience on Meetup.', 'Accept all', 'Reject all',
  ],
};

const luTitle = 'Prototype Night #14: Hardware Demos & Pizza';
const luBody = [
  j(
    'Prototype Night is a monthly evening where people building physical things show them to a friendly room. No slides, no',
    'pitches: you bring the object, put it on the table, and tell us what broke along the way.',
  ),
  'This month we have five demos lined up:',
  'A soil moisture sensor that runs for a year on two AA cells',
  'A hand-cranked radio rebuilt from a 1950s chassis with a modern tuner',
  'A knitting machine driven by a stepper motor and a very old laptop',
  'A bike light that dims itself in traffic and brightens on dark lanes',
  'A cardboard arcade cabinet made by two eleven-year-olds and their dad',
  j(
    'We started Prototype Night in a bike shop with nine people and one extension lead. Fourteen nights later the format has',
    'barely changed: the only rule is that whatever you show has to be a real object you can touch, however rough it is.',
  ),
  j(
    'Each builder gets eight minutes to show and five minutes for questions. After the demos the tables stay up for an hour so you',
    'can have a closer look, pick things up and ask the questions you did not want to ask in front of everyone.',
  ),
  j('Pizza arrives at 7:15 and there are vegetarian and gluten-free options. Soft drinks are free; the bar downstairs sells the', 'rest.'),
  j('Want to demo at a future night? Reply to the confirmation email with a photo of what you are making. Unfinished is fine;', 'unfinished is the point.'),
  j(
    'Places need approval because the room holds sixty. We approve in the order people sign up, keep a few places for',
    'first-timers, and send the door code the afternoon before.',
  ),
];
const luHosts = ['Imogen Sarkis', 'Tobiah Wen', 'Workbench Collective'];
const luHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${luTitle.replace(/&/g, '&amp;')} · Luma</title>
<meta name="description" content="Prototype Night is a monthly evening where people building physical things show them to a friendly room.">
<meta property="og:image" content="https://images.lumacdn.example/event-covers/pn14.png">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Prototype Night #14","startDate":"2026-04-23T18:30:00.000-07:00",
"location":{"@type":"Place","name":"The Workbench, 2nd floor"}}</script>
<style id="__jsx-2291893402">.title.jsx-2291893402{font-size:2.5rem}</style></head>
<body><div id="__next"><div class="jsx-3717823549 page-wrapper"><div class="jsx-1290583720 nav-wrapper"><a href="/home" class="jsx-1290583720 logo"
aria-label="Luma">Luma</a>
<nav class="jsx-1290583720 nav-links">${as(['Explore Events', 'Sign In'], 'jsx-1290583720 nav-link')}</nav></div>
<div class="jsx-4001529474 event-page-wrapper"><div class="jsx-4001529474 left"><div class="jsx-1815036823 cover-image"><img
src="https://images.lumacdn.example/pn14.png"
alt="Cover Image for ${luTitle.replace(/&/g, '&amp;')}"></div>
<div class="jsx-4224838133 calendar-card"><span class="jsx-4224838133 label">Presented by</span><a href="/workbench" class="jsx-4224838133 name">Workbench
Collective</a><p class="jsx-4224838133 desc">Evenings for people who make things in sheds, bedrooms and basements.</p>
<button class="jsx-4224838133 btn">Subscribe</button></div>
<div class="jsx-2836410823 hosts"><div class="jsx-2836410823 title">Hosted By</div><ul>${lis(luHosts, 'jsx-2836410823 host-row')}</ul>
<a href="#" class="jsx-2836410823 link">Contact the Host</a><a href="#" class="jsx-2836410823 link">Report Event</a></div>
<div class="jsx-3004716190 guests"><div class="jsx-3004716190 title">48 Going</div><span>Ruth Abiola, Emre Kaplan and 46 others</span></div></div>
<div class="jsx-4001529474 right"><h1 class="jsx-2291893402 title">${luTitle.replace(/&/g, '&amp;')}</h1>
<div class="jsx-3850486104 meta-row"><div class="jsx-3850486104 date">Thursday, April 23</div><div class="jsx-3850486104 time">6:30 PM - 9:30 PM PDT</div></div>
<div class="jsx-3850486104 meta-row"><div class="jsx-3850486104 place">The Workbench, 2nd floor</div><div class="jsx-3850486104 city">Oakland,
California</div></div>
<div class="jsx-1470453702 card registration"><div class="jsx-1470453702 card-title">Registration</div><div class="jsx-1470453702 approval">Approval
Required</div>
<p class="jsx-1470453702 desc">Your registration is subject to approval by the host.</p><p>Welcome! To join the event, please register below.</p>
<button class="jsx-1470453702 btn primary">Request to Join</button></div>
<div class="jsx-3522012342 about"><div class="jsx-3522012342 section-title">About Event</div><div class="jsx-2145621733 content spark-content">
${ps(luBody.slice(0, 2))}
<ul>${lis(texts(luBody.slice(2, 7)))}</ul>
${ps(luBody.slice(7))}
</div></div><div class="jsx-2669213417 location"><div class="jsx-2669213417 section-title">Location</div><p>The Workbench, 2nd floor</p>
<p>418 Alder Street, Oakland, CA 94607</p><p class="jsx-2669213417 note">Use the side door on Ninth Street; the lift is on your left.</p></div>
<div class="jsx-1114917265 share-row">${as(['Share Event', 'Copy Link'], 'jsx-1114917265 share-btn')}</div></div></div>
<footer class="jsx-3309124540 footer">${as(['What’s New', 'Discover', 'Pricing', 'Help'], 'jsx-3309124540 footer-link')}<span>Host your event with
Luma</span></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"initialData":{"event":{"api_id":"evt-8ZqP3","name":"Prototype Night
#14"}}}}}</script>
</body></html>`;
const luma: TestPage = {
  name: 'heldout412-luma-event',
  kind: 'docs',
  html: luHtml,
  title: luTitle,
  headings: [],
  body: texts(luBody),
  bylines: ['Hosted By', ...luHosts, 'Presented by'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Luma', 'Explore Events', 'Sign In', 'Evenings for people who make things in sheds, bedrooms and basements.', 'Subscribe', 'Contact the Host',
    'Report Event', '48 Going', 'Ruth Abiola, Emre Kaplan and 46 others', 'Thursday, April 23', '6:30 PM - 9:30 PM PDT', 'The Workbench, 2nd floor',
    'Oakland, California', 'Registration', 'Approval Required', 'Your registration is subject to approval by the host.',
    'Welcome! To join the event, please register below.', 'Request to Join', 'About Event', 'Location', '418 Alder Street, Oakland, CA 94607',
    'Use the side door on Ninth Street; the lift is on your left.', 'Share Event', 'Copy Link', 'What’s New', 'Discover', 'Pricing', 'Help',
    'Host your event with Luma',
  ],
};

export const HELDOUT412_C: readonly TestPage[] = [meetup, luma];
