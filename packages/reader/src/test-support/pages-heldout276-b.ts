import { links, type TestPage, texts } from './page-kit.js';
import { earnings } from './pages-heldout276-b2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file b: a TED-style talk page built with Next.js and Tailwind utility classes (the "Lumen Talks" site),
 * saved with its transcript tab open (nav, the talk header with speaker and event, the tab bar, a language select, transcript
 * paragraphs each led by a timestamp button, "Watch next" cards, a newsletter box and the footer), and, from file b2, an
 * earnings-call transcript on a Seeking Alpha-style finance site.
 */
const tTitle = 'The quiet science of listening to rivers';
const tParas: [string, string][] = [
  [
    '00:04',
    j(
      'When I was nine, my grandmother took me to the weir below our village and told me to close my eyes. She asked me what the river',
      'was doing. I said it was being loud. She laughed and said, no, listen again. It is telling you it rained in the hills on Tuesday.',
    ),
  ],
  [
    '00:41',
    j(
      'I have spent the last fifteen years trying to prove she was right. I am a hydrologist, and my team puts microphones in rivers.',
      'Not to record birds or boats, but to record the water itself: the rattle of gravel rolling along the bed, the hiss of sand,',
      'the deep thud of a boulder shifting during a flood.',
    ),
  ],
  [
    '01:22',
    j(
      'Here is why that matters. The amount of gravel a river moves is one of the hardest things in our field to measure. The traditional',
      'way is to lower a metal basket onto the riverbed and count what falls in. It is slow, it is dangerous in a flood, and the basket',
      'itself changes how the water flows. So for most rivers on Earth, we simply do not know.',
    ),
  ],
  [
    '02:09',
    j(
      'But moving gravel makes a sound, and the sound changes with the size of the stones. Small pebbles ping at high frequencies. Cobbles',
      'knock lower. When we calibrated our hydrophones against basket samples on the Aldwen, we found we could estimate the load to within',
      'about a fifth, continuously, day and night, for the cost of a laptop and a weatherproof box.',
    ),
  ],
  [
    '03:01',
    j(
      'And then something happened we did not expect. Farmers along the river started asking for the recordings. One of them, a man',
      'called Ewan, told me he could hear the bed start to move half an hour before the water rose at his gate. He had been moving his',
      'sheep on that sound for forty years. We had just given it a graph.',
    ),
  ],
  [
    '03:47',
    j(
      'Today we have listening stations on twenty-two rivers, and the early warning from the sound of the bed now feeds into two local',
      'flood alert systems. It is not magic. It is a very old kind of knowledge, the kind my grandmother had, written down in a form that a',
      'computer can read.',
    ),
  ],
  [
    '04:30',
    j(
      'So the next time you stand by a river, close your eyes for a moment. It is telling you something about the hills, and about the',
      'days ahead. We are only just learning to listen. Thank you.',
    ),
  ],
];
const tNav = ['Watch', 'Discover', 'Attend', 'Participate', 'About'];
const tNext = ['What a glacier remembers', 'The hidden life of a city drain', 'Why floods are getting faster'];
const tFoot = ['Terms of use', 'Privacy policy', 'Advertising', 'Contact us', 'Help'];
const tNextData = JSON.stringify({
  props: { pageProps: { videoData: { slug: 'the_quiet_science_of_listening_to_rivers', duration: 302 } } },
  page: '/talks/[...slug]',
});
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Nia Calloway-Roe: ${tTitle} | Lumen Talks</title>
<meta name="description" content="Hydrologist Nia Calloway-Roe records the sound of gravel on the riverbed."/>
<meta property="og:type" content="video.other"/><meta property="og:title" content="${tTitle}"/><meta name="next-head-count" content="14"/>
<link rel="preload" href="/_next/static/css/8d2b41f0a1c3e7d2.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8d2b41f0a1c3e7d2.css"
data-n-g=""/><script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${tTitle}","uploadDate":"2026-02-26",
"inLanguage":"en"}</script><script src="/_next/static/chunks/webpack-3f1c2a.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><div id="banner-root"></div>
<header class="sticky top-0 z-40 w-full bg-white"><nav class="mx-auto flex h-16 max-w-screen-xl items-center justify-between px-5" aria-label="Main">
<a href="/" class="flex items-center" aria-label="Lumen Talks home"><span class="text-tui-lg font-bold text-red-600">LUMEN</span></a>
<ul class="hidden items-center gap-8 lg:flex">${links(tNav, 'text-tui-sm font-bold')}</ul><div class="flex items-center gap-4"><button type="button"
class="hidden text-tui-sm font-bold lg:block">Log in</button><a href="/donate" class="rounded-sm bg-red-600 px-4 py-2 text-white">Donate</a></div>
</nav></header>
<main class="flex-grow"><div class="mx-auto w-full max-w-screen-xl px-5 md:px-10"><div class="relative aspect-video w-full bg-black"><div
class="video-player" data-testid="video-player"></div></div>
<div class="mt-6 flex flex-col md:flex-row md:gap-10"><div class="w-full md:w-2/3"><div class="mb-2"><a href="/speakers/nia_calloway_roe"
class="text-tui-sm font-bold text-textPrimary-onLight hover:underline" data-testid="speaker-name">Nia Calloway-Roe</a></div>
<h1 class="mr-5 text-tui-2xl font-light leading-tight text-textPrimary-onLight md:text-tui-3xl">${tTitle}</h1>
<div class="mt-2 flex items-center gap-1 text-tui-sm text-textSecondary-onLight"><span>Lumen Talks Harrowgate</span><span>•</span>
<span>February 2026</span></div>
<div class="mt-5 flex gap-3"><button type="button" class="rounded-full border px-4 py-2 text-tui-sm" aria-label="Like this talk">Like (1.4K)</button>
<button type="button" class="rounded-full border px-4 py-2 text-tui-sm" aria-label="Share this talk">Share</button>
<button type="button" class="rounded-full border px-4 py-2 text-tui-sm" aria-label="Add to list">Add to list</button></div>
<div class="mt-8 border-b border-gray-300" role="tablist"><button role="tab" aria-selected="false" class="mr-6 pb-2 text-tui-sm">Details</button>
<button role="tab" aria-selected="true" class="mr-6 border-b-2 border-black pb-2 text-tui-sm font-bold">Transcript</button></div>
<div role="tabpanel" class="mt-6"><div class="mb-6 flex items-center gap-2"><label for="transcript-lang" class="text-tui-sm">Language</label>
<select id="transcript-lang" class="rounded border px-2 py-1 text-tui-sm"><option selected>English</option><option>Español</option></select></div>
<div class="text-tui-base leading-relaxed text-textPrimary-onLight" data-testid="transcript">
${tParas
  .map(
    ([t, p]) => `<div class="mb-6 w-full"><button type="button" class="mb-1 block text-tui-xs font-bold text-textTertiary-onLight hover:underline"
data-testid="transcript-timestamp">${t}</button><span class="inline cursor-pointer hover:bg-red-300/20">${p}</span></div>`,
  )
  .join('\n')}
</div><p class="mt-8 text-tui-xs text-textSecondary-onLight">Transcript by Lumen volunteer translators. Reviewed by Soraya Lindqvist.</p></div></div>
<aside class="w-full md:w-1/3"><h2 class="mb-4 text-tui-lg font-bold">Watch next</h2><ul class="flex flex-col gap-4">${tNext
  .map((n) => `<li class="flex gap-3"><a href="/talks/${n.length}" class="text-tui-sm font-bold hover:underline">${n}</a></li>`)
  .join('\n')}</ul>
<div class="mt-10 rounded bg-gray-100 p-5"><h2 class="text-tui-base font-bold">Get the Lumen daily</h2><p class="text-tui-sm">A new talk in your inbox every
morning.</p><form><input type="email" placeholder="Email address" class="w-full"/>
<button type="submit" class="mt-2 bg-black px-4 py-2 text-white">Sign up</button>
</form></div></aside></div></div></main>
<footer class="bg-black text-white"><div class="mx-auto max-w-screen-xl px-5 py-10"><ul class="flex flex-wrap gap-6">${links(tFoot, 'text-tui-xs')}</ul>
<p class="mt-6 text-tui-xs">© Lumen Talks Foundation. All rights reserved.</p></div></footer></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="alertdialog"><p id="onetrust-policy-text">We use cookies to personalize the talks we
recommend.</p><button id="onetrust-accept-btn-handler">I Accept</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${tNextData}</script></body></html>`;
const ted: TestPage = {
  name: 'heldout276-lumen-nextjs-talk-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tParas.map(([, p]) => p)),
  bylines: ['Nia Calloway-Roe', 'February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'LUMEN', ...tNav, 'Log in', 'Donate', 'Lumen Talks Harrowgate', 'Like (1.4K)', 'Share', 'Add to list', 'Details', 'Transcript', 'Language', 'English',
    'Español', ...tParas.map(([t]) => t), 'Transcript by Lumen volunteer translators. Reviewed by Soraya Lindqvist.', 'Watch next', ...tNext,
    'Get the Lumen daily', 'A new talk in your inbox every morning.', 'Sign up', ...tFoot, '© Lumen Talks Foundation. All rights reserved.',
    'We use cookies to personalize the talks we recommend.', 'I Accept',
  ],
};

export const HELDOUT276_B: readonly TestPage[] = [ted, earnings];
