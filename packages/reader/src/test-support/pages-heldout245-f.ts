import { type TestPage, texts } from './page-kit.js';
import { avsForum } from './pages-heldout245-f2.js';
import { j } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file f: a podcast-and-video creator's newsletter post on beehiiv's web view (the Remix-rendered
 * Tailwind markup: the publication header with Subscribe / Login / Upgrade, post title and subtitle, author avatars with
 * names and date, share buttons, the #content-blocks body with inline styles, a "Together with" sponsor block, an embedded
 * YouTube video and podcast player, the subscribe form, "Keep Reading" cards, and the footer with "Powered by beehiiv").
 */
const nTitle = 'Two Reels Deep #112: The Night We Rewatched Every Lighthouse Movie';
const nSub = 'Plus: our spring live show, the listener mailbag, and what we’re watching this week';
const nIntro = [
  'Hey friends,',
  j(
    'This week’s episode started as a joke and turned into a four-hour recording session, so we have cut it down to something a',
    'human being could listen to in one sitting. If you have ever wondered why there are so many films about lighthouses, and why',
    'nearly all of them are about going slowly mad, this is the episode for you.',
  ),
];
const nH1 = '🎙️ This week on the podcast';
const nPod = [
  j(
    'Amos and I ranked every lighthouse film we could find, from the silent era to last year’s festival hits, and argued about',
    'whether a lighthouse counts as a character. (Amos says yes. Amos is wrong.) The surprise winner was a 1970s television film',
    'that neither of us had heard of until a listener mailed us a VHS copy.',
  ),
  j(
    'We also sat down with cinematographer Ruaidhrí Vass, who shot <em>Weather Inside the House</em>, to talk about lighting a whole',
    'film with practical lamps and how you film a flood without ever showing any water.',
  ),
];
const nH2 = '📺 New on the channel';
const nVideo = [
  j(
    'On YouTube this week we posted the video version of our <em>Kestrel Motel</em> breakdown, with the shot-by-shot analysis of that',
    'final car park scene. A lot of you asked how the dawn light was done in a single take; the answer, from the director himself,',
    'is “patience and a very understanding caterer.”',
  ),
];
const nH3 = '🍿 What we’re watching';
const nList = [
  '<strong>Juno:</strong> <em>The Copper Orchard</em>, finally, in a cinema, on a Tuesday afternoon with nine other people. Perfect.',
  '<strong>Amos:</strong> all six episodes of <em>The Lanternkeepers</em> so far, in one weekend, against medical advice.',
  '<strong>Both of us:</strong> the restored print of <em>Low Tide at Kessick</em> that is touring repertory cinemas this spring.',
];
const nH4 = '📬 Mailbag';
const nMail = [
  j(
    'Priyanka in Leeds asks whether we will ever do an episode on films set entirely in one room. Priyanka, we have a list of',
    'forty-one, and we are scared of it. Probably in May.',
  ),
  j(
    'Our spring live show is on April 25 at the Old Corn Exchange, and tickets for paid subscribers go on sale on Friday, a day',
    'before everyone else. Hit reply and tell us which film we should rewatch live on stage; the most-requested one wins.',
  ),
  'See you next week.',
];
const tw = 'style="text-align:left;"';
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Two Reels Deep #112: The Night We Rewatched Every Lighthouse Movie</title>
<meta name="description" content="${nSub}"><meta property="og:site_name" content="Two Reels Deep">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://tworeelsdeep.beehiiv.example/p/two-reels-deep-112">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","datePublished":"2026-03-03T12:00:00.000Z",
"author":[{"@type":"Person","name":"Juno Hartigan"},{"@type":"Person","name":"Amos Kettleby"}],"publisher":{"@type":"Organization",
"name":"Two Reels Deep"}}</script>
<link rel="stylesheet" href="https://beehiiv-assets.example/build/_assets/tailwind-7HQX2.css">
<script>window.__remixContext = {"url":"/p/two-reels-deep-112","state":{"loaderData":{"root":{"publication":{"id":"pub_4c1f",
"name":"Two Reels Deep"}}}}};</script>
</head>
<body><div class="min-h-screen bg-wt-background">
<nav class="sticky top-0 z-20 w-full bg-wt-background border-b border-wt-border"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2"><img src="https://media.beehiiv.example/uploads/publication/logo/tworeels.png" alt="Two Reels Deep logo"
class="h-8 w-8 rounded-md"><span class="text-lg font-semibold text-wt-text-on-background">Two Reels Deep</span></a>
<div class="flex items-center gap-2"><a href="/upgrade" class="rounded-wt px-3 py-2 text-sm">Upgrade</a><a href="/login"
class="rounded-wt px-3 py-2 text-sm">Login</a>
<a href="/subscribe" class="rounded-wt bg-wt-primary px-3 py-2 text-sm text-wt-text-on-primary">Subscribe</a></div></div></nav>
<main class="mx-auto w-full max-w-3xl px-4"><div class="pt-8"><div class="flex flex-col gap-2">
<h1 class="text-3xl font-bold text-wt-text-on-background sm:text-4xl">${nTitle}</h1>
<h2 class="text-lg text-wt-text-on-background opacity-75">${nSub}</h2></div>
<div class="mt-4 flex items-center justify-between"><div class="flex items-center gap-2"><div class="flex -space-x-2">
<img class="h-8 w-8 rounded-full" src="https://media.beehiiv.example/uploads/user/profile_picture/juno.jpg" alt="Juno Hartigan">
<img class="h-8 w-8 rounded-full" src="https://media.beehiiv.example/uploads/user/profile_picture/amos.jpg" alt="Amos Kettleby"></div>
<div class="flex flex-col"><span class="text-sm font-semibold">Juno Hartigan</span><span class="text-sm font-semibold">Amos Kettleby</span>
<time class="text-xs opacity-75" datetime="2026-03-03T12:00:00.000Z">March 03, 2026</time></div></div>
<div class="flex gap-2"><button class="rounded-full p-2" aria-label="Share on X"><span class="sr-only">Share on X</span></button>
<button class="rounded-full p-2" aria-label="Copy link"><span class="sr-only">Copy link</span></button></div></div>
<div class="rendered-post"><div id="content-blocks" class="dream-post-content-doc">
${nIntro.map((p) => `<p class="paragraph" ${tw}>${p}</p>`).join('\n')}
<div class="section" style="background-color:#F4EFE6;border-radius:10px;margin:12px 0;padding:14px;" data-ad="true">
<p class="paragraph" ${tw}><b>Together with Reelbox</b></p><p class="paragraph" ${tw}>Reelbox turns your old home movies into 4K digital files.
Two Reels Deep readers get 20% off their first order with code TWOREELS.</p><a class="link"
href="https://reelbox.example/?utm_source=tworeelsdeep">Try Reelbox</a></div>
<h2 class="heading" ${tw} id="this-week-on-the-podcast">${nH1}</h2>
${nPod.map((p) => `<p class="paragraph" ${tw}>${p}</p>`).join('\n')}
<div class="audio-embed" style="margin:12px 0;"><iframe src="https://embed.podcasts.example/tworeelsdeep/112" title="Podcast player" height="152"></iframe>
<p class="audio-embed-caption">Listen: Episode 112, The Lighthouse Rankings (1h 12m)</p></div>
<h2 class="heading" ${tw} id="new-on-the-channel">${nH2}</h2>
${nVideo.map((p) => `<p class="paragraph" ${tw}>${p}</p>`).join('\n')}
<div class="youtube-embed"><iframe src="https://www.youtube-nocookie.example/embed/kM4x2Tq8" title="Kestrel Motel: the car park scene, shot by shot"
allowfullscreen></iframe><p class="youtube-caption">Kestrel Motel: the car park scene, shot by shot</p></div>
<h2 class="heading" ${tw} id="what-we-re-watching">${nH3}</h2>
<ul>${nList.map((t) => `<li><p class="paragraph" ${tw}>${t}</p></li>`).join('\n')}</ul>
<h2 class="heading" ${tw} id="mailbag">${nH4}</h2>
${nMail.map((p) => `<p class="paragraph" ${tw}>${p}</p>`).join('\n')}
</div></div>
<div class="my-8 rounded-wt border border-wt-border p-6 text-center"><h3 class="text-xl font-semibold">Subscribe to Two Reels Deep</h3>
<p class="text-sm opacity-75">A weekly letter about films, television and the podcast that keeps getting longer.</p>
<form class="mt-4 flex gap-2"><input type="email" placeholder="Enter your email" class="flex-1 rounded-wt"><button type="submit"
class="rounded-wt bg-wt-primary px-4 py-2">Subscribe</button></form></div>
<section class="my-8"><h3 class="text-xl font-semibold">Keep Reading</h3><div class="grid grid-cols-1 gap-4 sm:grid-cols-3">
<a href="/p/two-reels-deep-111" class="rounded-wt border"><p class="font-semibold">Two Reels Deep #111: In Defence of the Intermission</p></a>
<a href="/p/two-reels-deep-110" class="rounded-wt border"><p class="font-semibold">Two Reels Deep #110: Our Year in Cinema Snacks</p></a>
<a href="/p/live-show-recap" class="rounded-wt border"><p class="font-semibold">We Did a Live Show and Nobody Threw Anything</p></a></div>
<a href="/archive" class="mt-4 inline-block text-sm">View more</a></section></main>
<footer class="w-full border-t border-wt-border py-8"><div class="mx-auto max-w-6xl px-4 text-sm"><p>© 2026 Two Reels Deep.</p>
<ul class="flex gap-4"><li><a href="/privacy">Privacy Policy</a></li><li><a href="/tos">Terms of Use</a></li></ul>
<a href="https://www.beehiiv.example/?utm_source=tworeelsdeep" class="flex items-center gap-1">Powered by beehiiv</a></div></footer></div>
<script src="https://beehiiv-assets.example/build/entry.client-4KD9.js" type="module"></script></body></html>`;
const beehiiv: TestPage = {
  name: 'heldout245-beehiiv-creator-newsletter',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3, nH4],
  body: texts([nSub, ...nIntro, ...nPod, ...nVideo, ...nList, ...nMail]),
  bylines: ['Juno Hartigan', 'Amos Kettleby', 'March 03, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Two Reels Deep', 'Upgrade', 'Login', 'Subscribe', 'Share on X', 'Copy link', 'Together with Reelbox',
    'Reelbox turns your old home movies into 4K digital files. Two Reels Deep readers get 20% off their first order with code TWOREELS.',
    'Try Reelbox', 'Listen: Episode 112, The Lighthouse Rankings (1h 12m)', 'Kestrel Motel: the car park scene, shot by shot',
    'Subscribe to Two Reels Deep', 'A weekly letter about films, television and the podcast that keeps getting longer.', 'Keep Reading',
    'Two Reels Deep #111: In Defence of the Intermission', 'Two Reels Deep #110: Our Year in Cinema Snacks', 'We Did a Live Show and Nobody Threw Anything',
    'View more', '© 2026 Two Reels Deep.', 'Privacy Policy', 'Terms of Use', 'Powered by beehiiv',
  ],
};

export const HELDOUT245_F: readonly TestPage[] = [beehiiv, avsForum];
