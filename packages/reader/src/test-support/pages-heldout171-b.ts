import { links, type TestPage, texts } from './page-kit.js';
import { courseraPage } from './pages-heldout171-b2.js';

/**
 * Held-out batch 171, file b: a Meetup event page as a signed-out visitor saves it (the header with "Log in" and "Sign up",
 * the event header with the title and the "Hosted By" card, the group card, the date and place card, the "Details" section
 * with the organizer's description, attendees, photos, related topics, the comments box, the sticky attend bar, "Similar
 * events nearby", the "Create your own Meetup group" strip and the footer) and, from file b2, a Coursera course page.
 */
const muTitle = 'Dawn Chorus Walk at Ketterly Marsh (beginners welcome)';
const muP1 = [
  'Join us for our last dawn walk of the autumn at Ketterly Marsh, one of the best places in the valley to see waders and ' +
    'wildfowl arriving for the winter. We will meet in the main car park at 6:45, while it is still dark, and walk slowly out ' +
    'along the boardwalk to the Heron Hide as the light comes up.',
  'This walk is aimed at beginners, so please do not worry if you cannot tell a teal from a wigeon. Our leaders for the ' +
    'morning are Bryn Talley, who has counted birds on the marsh for the county survey for twelve years, and Hattie Oduya, ' +
    'who joined the group two springs ago and still remembers what it is like to start from nothing.',
];
const muH1 = 'What to expect';
const muP2 = [
  'The route is about four kilometres in total, flat and mostly on boardwalk or firm gravel paths. We will stop often and ' +
    'spend around forty minutes in the Heron Hide, where there is seating for twenty. We expect to be back at the car park by ' +
    'about 9:30, and anyone who wants to can continue to the Marsh Café, which opens at nine and does a very good bacon roll.',
  'At this time of year we usually see curlew, lapwing, golden plover, snipe and several kinds of duck. Last November the ' +
    'group saw a marsh harrier hunting over the reedbed and a kingfisher on the sluice, but we cannot promise either.',
];
const muH2 = 'What to bring';
const muList = [
  'Warm, waterproof layers. The hide is unheated and it is often colder than it looks.',
  'Boots or wellies. The path to the hide can be very muddy after rain.',
  'Binoculars if you have them. The group has six pairs to lend, first come, first served.',
  'A hot drink in a flask and something to eat.',
];
const muP3 = [
  'Please RSVP so we know how many binoculars to bring, and update your RSVP if your plans change, as spaces are limited to ' +
    'twenty-five. If the weather is very bad we will post a message here by 9pm the night before. Children over eight are ' +
    'welcome with an adult. Sorry, no dogs on this walk, as the marsh is a nature reserve.',
];
const muNav = ['Log in', 'Sign up'];
const muTopics = ['Birdwatching', 'Nature Walks', 'Wildlife', 'Outdoors', 'Photography'];
const muAttendees = ['Bryn T.', 'Hattie O.', 'Lewis', 'Sanjay P.', 'Moira'];
const muComment = 'Is there parking for a minibus? We might bring a few people from the Ridley Road group.';
const muSimilar: [string, string][] = [
  ['Winter Wader Count: Saltings Point', 'SAT, NOV 22 · 8:00 AM GMT'],
  ['Owl Prowl in Brackenwood', 'FRI, NOV 28 · 7:30 PM GMT'],
  ['Beginners’ Bird ID Evening', 'TUE, DEC 2 · 7:00 PM GMT'],
];
const muFootCols: [string, string[]][] = [
  ['Your Account', ['Sign up', 'Log in', 'Help', 'Become an Affiliate']],
  ['Discover', ['Groups', 'Calendar', 'Topics', 'Cities', 'Online Events', 'Local Guides', 'Make Friends']],
  ['Meetup', ['About', 'Blog', 'Meetup Pro', 'Careers', 'Apps', 'Podcast']],
];
const muLegal = ['© 2025 Meetup', 'Terms of Service', 'Privacy Policy', 'Cookie Settings', 'Help'];
const muPs = (a: readonly string[]): string => a.map((p) => `<p class="mb-4">${p}</p>`).join('\n');
const muHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Dawn Chorus Walk at Ketterly Marsh (beginners welcome), Sat, Nov 15, 2025, 6:45 AM | Meetup</title>
<meta name="description" content="Join us for our last dawn walk of the autumn at Ketterly Marsh.">
<meta property="og:title" content="${muTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Meetup">
<link rel="canonical" href="https://www.meetup.com/valley-birders/events/311844120/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${muTitle}","startDate":"2025-11-15T06:45:00Z",
"endDate":"2025-11-15T09:30:00Z","eventStatus":"https://schema.org/EventScheduled","location":{"@type":"Place","name":"Ketterly Marsh Nature Reserve",
"address":{"@type":"PostalAddress","addressLocality":"Ketterly"}},"organizer":{"@type":"Organization","name":"Valley Birders"}}</script>
<link rel="stylesheet" href="/_next/static/css/7d1b5a3e0c4f.css"><script src="/_next/static/chunks/webpack-2cf8.js" defer></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><header id="page-header" class="sticky top-0 z-20 bg-white">
<nav class="flex items-center justify-between px-5 py-3" aria-label="Global"><a href="/" aria-label="Meetup home"><svg class="h-8 w-[86px]"></svg></a>
<div class="hidden md:block"><input data-testid="search-keyword-input" aria-label="Search for keyword" placeholder="Search events"></div>
<ul class="flex gap-4">${links(muNav, 'text-sm font-medium')}</ul></nav></header>
<main class="flex w-full flex-col items-center justify-between"><div class="w-full bg-white px-5 py-4" data-event-label="top">
<div class="md:max-w-screen mx-auto"><h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">${muTitle}</h1>
<a class="mt-1 flex items-center" href="/members/28833190/" data-event-label="hosted-by"><img alt="Photo of the user Bryn Talley" class="rounded-full">
<div class="ml-6"><div>Hosted By</div><div><span class="font-medium">Bryn Talley</span></div></div></a>
<div class="text-sm text-gray6">and 1 other</div></div></div>
<div class="flex w-full flex-col items-center bg-gray1 px-5"><div class="md:max-w-screen flex w-full flex-col md:flex-row">
<div class="flex flex-grow flex-col" id="event-details"><picture data-testid="event-description-image"><img alt="${muTitle}" class="rounded-lg"></picture>
<div class="my-4"><h2 class="text-xl font-semibold">Details</h2><div class="break-words">${muPs(muP1)}
<h3 class="mb-2 font-bold">${muH1}</h3>${muPs(muP2)}<h3 class="mb-2 font-bold">${muH2}</h3>
<ul class="list-disc">${muList.map((t) => `<li>${t}</li>`).join('\n')}</ul>${muPs(muP3)}</div></div>
<div class="flex flex-wrap gap-2" id="topics"><h2 class="sr-only">Related topics</h2>
${muTopics.map((t) => `<a class="tag--topic rounded-full" href="/find/?keywords=${t}">${t}</a>`).join('\n')}</div>
<section class="mt-8" id="attendees"><div class="flex justify-between"><h2 class="text-xl font-semibold">Attendees (18)</h2>
<a href="/valley-birders/events/311844120/attendees/">See all</a></div><ul class="grid grid-cols-4 gap-2">
${muAttendees
  .map(
    (a, i) => `<li><img alt="${a}"><p class="font-medium">${a}</p><p
class="text-xs">${i < 2 ? 'Event host' : 'Member'}</p></li>`,
  )
  .join('\n')}</ul></section>
<section class="mt-8" id="photos"><h2 class="text-xl font-semibold">Photos (12)</h2><a href="/photos/">See all</a></section>
<section class="mt-8" id="comments"><h2 class="text-xl font-semibold">Comments (1)</h2><div class="comment"><img alt="Photo of Ines Carvalho">
<div><span class="font-semibold">Ines Carvalho</span><span class="text-xs">5 days ago</span><p>${muComment}</p>
<button>Like</button><button>Reply</button></div></div><div class="comment-form"><label for="comment-box">Add a comment</label>
<textarea id="comment-box" placeholder="Add a comment"></textarea><p class="text-sm">Log in to join the conversation.</p></div></section></div>
<aside class="sticky top-24 ml-10 hidden w-[360px] md:block"><div class="rounded-2xl bg-white px-5 py-4" data-event-label="group-card">
<a href="/valley-birders/" class="flex"><img alt="Valley Birders"><div><div class="font-semibold">Valley Birders</div>
<div class="text-sm text-gray6">Public group</div></div></a></div>
<div class="rounded-2xl bg-white px-5 py-4" id="event-info"><div class="flex"><time class="block" datetime="2025-11-15T06:45:00Z">
Saturday, November 15, 2025<br>6:45 AM to 9:30 AM GMT</time></div><a class="text-sm" href="/ics">Add to calendar</a>
<div class="flex"><a href="https://www.google.com/maps/search/?api=1" data-testid="venue-name-link">Ketterly Marsh Nature Reserve</a>
<div class="text-gray6">Marsh Lane car park · Ketterly</div></div></div><div class="aspect-video"><img alt="Map of Ketterly Marsh Nature Reserve"></div>
</aside></div></div>
<div class="sticky bottom-0 z-10 w-full bg-white shadow" data-event-label="action-bar"><div class="flex justify-between px-5 py-3">
<div><div class="text-sm font-medium">SAT, NOV 15 · 6:45 AM GMT</div><div class="font-semibold">${muTitle}</div></div>
<div class="flex items-center gap-4"><span class="font-semibold">FREE</span><span class="text-sm">7 spots left</span>
<button data-testid="share-btn">Share</button><button data-testid="attend-irl-btn" class="rounded-lg bg-viridian px-4 py-2">Attend</button></div></div></div>
<section class="w-full bg-gray1 px-5 py-8"><h2 class="text-xl font-semibold">Similar events nearby</h2><ul class="grid grid-cols-3 gap-4">
${muSimilar
  .map(
    ([t, d]) => `<li><a href="/e/${t.length}"><time class="text-sm uppercase">${d}</time><h3 class="font-semibold">${t}</h3>
<p class="text-xs">Valley Birders</p></a></li>`,
  )
  .join('\n')}</ul></section></main>
<div class="w-full bg-white px-5 py-8"><div class="flex justify-between"><p>Create your own Meetup group.</p><a href="/start/">Get Started</a></div></div>
<footer class="bg-black text-white" id="footer"><div class="grid grid-cols-3 px-5 py-8">
${muFootCols.map(([h, l]) => `<div><h4 class="font-bold">${h}</h4><ul>${links(l)}</ul></div>`).join('\n')}
</div><div class="flex gap-4 px-5"><span>Follow us</span><a aria-label="Facebook" href="#"></a><a aria-label="Instagram" href="#"></a></div>
<ul class="flex gap-4 px-5 py-4 text-xs">${links(muLegal)}</ul></footer></div></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">We and our partners use cookies to give you the best
experience, to measure how our site is used and to personalise ads.</div><button id="onetrust-accept-btn-handler">Accept</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"event":{"id":"311844120","title":"${muTitle}"}}},"page":"/[groupname]/events/[eventId]"}</script>
</body></html>`;
const meetup: TestPage = {
  html: muHtml,
  name: 'heldout171-meetup-event',
  kind: 'blog',
  // the "Details" heading is the template heading of the description (in neither list); the host's name is the byline;
  // the date and venue card and the sticky bar's date are in neither list; topics, attendees, comments, the group card, the
  // attend bar, similar events, the Meetup strip, the footer and the cookie banner are furniture
  title: muTitle,
  headings: [muH1, muH2],
  body: [...texts(muP1), ...texts(muP2), ...muList, ...texts(muP3)],
  bylines: ['Bryn Talley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...muNav, 'Hosted By', 'and 1 other', 'Related topics', ...muTopics, 'Attendees (18)', 'See all', ...muAttendees, 'Event host', 'Member', 'Photos (12)',
    'Comments (1)', 'Ines Carvalho', '5 days ago', muComment, 'Like', 'Reply', 'Add a comment', 'Log in to join the conversation.', 'Valley Birders',
    'Public group', 'Add to calendar', 'FREE', '7 spots left', 'Share', 'Attend', 'Similar events nearby', ...muSimilar.flat(),
    'Create your own Meetup group.', 'Get Started', ...muFootCols.flatMap(([h, l]) => [h, ...l]), 'Follow us', ...muLegal,
    'We and our partners use cookies to give you the best experience, to measure how our site is used and to personalise ads.', 'Accept', 'Reject All',
  ])],
};

export const HELDOUT171_B: readonly TestPage[] = [meetup, courseraPage];
