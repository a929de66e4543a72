import { links, type TestPage, texts } from './page-kit.js';
import { panopto } from './pages-heldout425-b2.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file b: a TED-style talk page on the Next.js template (header menu, the player, speaker line, event /
 * length / filmed line, view count, like / share / save, the description and the transcript with its timestamps, "About the
 * speaker", "Watch next", the daily email sign-up and the footer) and, from file b2, a Panopto lecture capture viewer page.
 */
const tTitle = 'Why the quietest rivers carry the most history';
const tDesc = j(
  'A river archaeologist spends her winters wading through the shallows of slow lowland rivers, looking for what floods',
  'leave behind. In this talk she explains why calm water is a better archive than a museum basement, and what a single bend of',
  'the river Ambry taught her about two thousand years of ordinary life.',
);
const tTranscript = [
  j(
    'When people hear that I study rivers, they imagine waterfalls and gorges, white water and drama. I study the opposite. I study',
    'the rivers that hardly seem to move at all, the ones you can walk beside for an hour without hearing them.',
  ),
  j(
    'Fast rivers are terrible historians. They scour their beds every spring and carry everything downstream, grinding it into',
    'gravel. A slow river does something kinder. When it floods, it spreads out across the meadow, loses its strength and lets go',
    'of whatever it was carrying. A layer of silt settles, a few millimetres thick, and seals the year underneath it.',
  ),
  j(
    'On one bend of the Ambry, near a village called Hollin Wick, we cut a trench two metres deep into the floodplain. Every',
    'layer was a flood. Near the top we found a plastic bottle cap and a shotgun cartridge. Forty centimetres down, a clay pipe.',
    'A metre down, a leather shoe, small enough to fit a child of about six, with the stitching still in the sole.',
  ),
  j(
    'That shoe is the reason I do this work. Nobody wrote down that a child lost a shoe by the river one wet autumn. No chronicle',
    'records it. But the river did, and it kept the record better than any archive, because it kept it in the dark, without air.',
  ),
  j(
    'Here is what worries me. Across the lowlands we are straightening these rivers, lining their banks and draining their',
    'meadows to stop them flooding. Some of that is necessary, and I would never tell a family whose kitchen floods each year that',
    'they should put up with it. But when a meadow stops flooding, it stops writing. And when it dries out, the air gets into the',
    'layers beneath, and the leather and the wood and the seeds that survived for centuries begin to rot within a few decades.',
  ),
  j(
    'So I want to ask for something modest. Before we drain a floodplain, let us read it. A week with a small team and an auger',
    'costs less than the fencing along the new embankment. We can take cores, record the layers and keep the best of them.',
  ),
  j('The quiet rivers have been taking notes for us for a very long time. The least we can do is read them before we close the', 'book. Thank you.'),
];
const tStamps = ['00:04', '00:31', '01:12', '02:40', '03:55', '05:48', '06:59'];
const tNav = ['Watch', 'Discover', 'Attend', 'Participate', 'About'];
const tNext = ['How a drowned forest keeps time', 'The secret lives of canal locks', 'What peat remembers about the weather'];
const tFoot = ['Help', 'Contact', 'Privacy policy', 'Terms of use', 'Careers', 'Press'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cora Vennet: ${tTitle} | TED Talk</title>
<meta name="description" content="${tDesc}"><meta property="og:site_name" content="TED"><meta property="og:type" content="video.other">
<meta property="og:title" content="Cora Vennet: ${tTitle}"><link rel="canonical" href="https://www.ted.com/talks/cora_vennet_why_the_quietest_rivers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${tTitle}","uploadDate":"2026-03-09T14:55:00Z",
"duration":"PT8M12S","description":"A river archaeologist wades through the shallows."}</script>
<link rel="preload" href="/_next/static/css/4d1e0ab7a1e6c9a2.css" as="style"></head><body><div id="__next">
<div class="fixed z-50 w-full bg-white" id="ot-banner"><div class="mx-auto flex max-w-screen-xl items-center gap-4 p-4"><p class="text-sm">We use cookies
to give you the best online experience. By agreeing you accept the use of cookies in accordance with our cookie policy.</p><button
class="rounded-sm bg-red-500 px-4 py-2 text-white">I accept</button><button class="underline">Privacy Settings</button></div></div>
<header class="sticky top-0 z-30 border-b border-gray-300 bg-white"><nav class="mx-auto flex h-16 max-w-screen-xl items-center"
aria-label="Main navigation"><a href="/" aria-label="TED homepage" class="mr-8"><svg class="h-8 w-16"></svg></a><ul class="flex gap-8">
${links(tNav, 'text-sm font-bold')}</ul><a href="/membership" class="ml-auto rounded-sm bg-red-500 px-3 py-2 text-sm text-white">Become a member</a>
<a href="/session/new" class="ml-4 text-sm">Sign in</a></nav></header>
<main id="maincontent" class="mx-auto max-w-screen-xl px-5"><div class="flex flex-col lg:flex-row lg:gap-10"><div class="w-full lg:w-2/3">
<div class="relative aspect-video bg-black" id="ted-player"><video class="h-full w-full" playsinline></video></div>
<div class="mt-6"><div class="mb-1 text-sm font-bold text-gray-700"><a href="/speakers/cora_vennet" class="hover:underline">Cora Vennet</a></div>
<h1 class="mb-2 text-textPrimary-onLight text-3xl font-bold tracking-tight">${tTitle}</h1>
<div class="flex flex-wrap items-center gap-x-2 text-sm text-gray-700"><span>TEDxAmbryValley</span><span aria-hidden="true">·</span><span>8:12</span>
<span aria-hidden="true">·</span><span>Filmed Nov 2025</span></div><div class="mt-1 text-sm text-gray-700"><span>102,559 views</span></div>
<div class="mt-4 flex gap-3" role="group" aria-label="Talk actions"><button class="rounded-full border px-4 py-1 text-sm">Like (3.1K)</button><button
class="rounded-full border px-4 py-1 text-sm">Share</button><button class="rounded-full border px-4 py-1 text-sm">Add to list</button></div>
<div class="mt-6 text-base leading-relaxed"><p class="mb-4">${tDesc}</p></div>
<div class="mt-2 text-xs text-gray-500">This talk was presented at a TEDx event using the TED conference format but independently organized by a local
community.</div>
<section id="transcript" class="mt-10 border-t border-gray-300 pt-6"><div class="mb-4 flex items-center justify-between">
<h2 class="text-2xl font-bold">Transcript</h2><button class="text-sm underline">English</button></div><div class="text-base leading-relaxed">
${tTranscript
  .map(
    (p, i) => `<div class="mb-6"><button class="mb-1 block text-xs font-bold text-gray-500" data-time="${i}">${tStamps[i] ?? ''}</button>
<p class="mb-0"><span class="cursor-pointer hover:bg-red-300">${p}</span></p></div>`,
  )
  .join('\n')}</div></section></div>
<aside class="w-full lg:w-1/3"><section class="mb-10"><h3 class="mb-3 text-lg font-bold">About the speaker</h3><div class="flex gap-3"><img
src="https://pi.tedcdn.example/r/speaker/cora.jpg" alt="" width="64" height="64"><div><div class="font-bold">Cora Vennet</div><div class="text-sm
text-gray-700">Floodplain archaeologist</div><p class="mt-2 text-sm">Cora Vennet leads floodplain surveys for the Ambry Valley Trust.</p></div></div></section>
<section><h3 class="mb-3 text-lg font-bold">Watch next</h3><ul class="flex flex-col gap-4">${links(tNext, 'text-sm font-bold')}</ul></section>
<section class="mt-10 rounded bg-gray-100 p-5"><h3 class="text-lg font-bold">Get a daily email featuring the latest talk, plus a quick mix of trending
content.</h3><form class="mt-3"><input type="email" placeholder="Your email address"><button class="bg-red-500 text-white">Subscribe</button></form>
</section></aside></div></main>
<footer class="mt-16 bg-black py-10 text-white"><div class="mx-auto max-w-screen-xl px-5"><ul class="flex flex-wrap gap-6">${links(tFoot)}</ul>
<p class="mt-6 text-xs">TED Conferences, LLC. Except where otherwise noted, content on this site is licensed under a Creative Commons license.</p>
</div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"videoData":{"slug":"cora_vennet_why_the_quietest_rivers","duration":492}}},
"page":"/talks/[...slug]","buildId":"s2kQ7vXo"}</script></body></html>`;
const ted: TestPage = {
  name: 'heldout425-ted-talk-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Transcript'],
  body: texts([tDesc, ...tTranscript]),
  bylines: ['Cora Vennet', 'Filmed Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best online experience. By agreeing you accept the use of cookies in accordance with our cookie policy.',
    'I accept', 'Privacy Settings', ...tNav, 'Become a member', 'Sign in', 'TEDxAmbryValley', '8:12', '102,559 views', 'Like (3.1K)', 'Share',
    'Add to list', 'This talk was presented at a TEDx event using the TED conference format but independently organized by a local community.',
    'English', ...tStamps, 'About the speaker', 'Floodplain archaeologist', 'Cora Vennet leads floodplain surveys for the Ambry Valley Trust.', 'Watch next',
    ...tNext, 'Get a daily email featuring the latest talk, plus a quick mix of trending content.', 'Subscribe', ...tFoot,
    'TED Conferences, LLC. Except where otherwise noted, content on this site is licensed under a Creative Commons license.',
  ],
};

export const HELDOUT425_B: readonly TestPage[] = [ted, panopto];
