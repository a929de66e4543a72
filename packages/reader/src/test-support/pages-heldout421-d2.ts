import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file d2: a peak's summit register page on a Tailwind-styled peak-bagging site (site nav, the peak's data
 * panel with elevation, prominence, coordinates and lists, a short peak note, the register entries with their signer, date and
 * party size, the "Sign the register" form, the nearby peaks and lists rails, the map credit and footer). The peak note and the
 * register entries are the body; each entry's signer, date and party line are bylines.
 */
const srTitle = 'Mount Tessaly Summit Register';
const srNote = [
  j(
    'Mount Tessaly is the high point of the Orrin Hills, a broad granite dome reached by a long but straightforward trail from',
    'Cobb Meadow. The original register canister, a brass tube left by the county survey in 1931, was replaced by a steel box in',
    '2009; the old sheets are held by the Orrin Hills Historical Society. This online register collects the entries people add',
    'after their climb.',
  ),
];
const srEntries: [string, string, string, string][] = [
  [
    'Marta Kolby',
    'June 21, 2026',
    'Party of 3',
    j(
      'Solstice sunrise from the top. We left Cobb Meadow at 1:30 am and reached the summit block with twenty minutes to spare.',
      'The register box is in good shape but the pencil is gone; we left a new one in a zip bag.',
    ),
  ],
  [
    'Eli Vantongeren',
    'June 2, 2026',
    'Solo',
    j(
      'Snow patches above the second switchback, easy to cross with trail runners. The creek at the four-mile mark was running',
      'high and the log crossing was slick. Thunderheads built after noon, so I did not stay long.',
    ),
  ],
  [
    'The Ashdown family',
    'May 18, 2026',
    'Party of 5',
    j(
      'First peak for our nine-year-old, who carried her own pack the whole way. We counted forty-two marmots. The last scramble',
      'to the true summit is exposed for small kids; we used a short hand line.',
    ),
  ],
  [
    'R. Idowu',
    'April 30, 2026',
    'Party of 2',
    'Peak number 31 of the Orrin list. Windy and cold on top, with the clearest view of the Calder Range I have ever had.',
  ],
];
const srNav = ['Peaks', 'Lists', 'Trip reports', 'Maps', 'Leaderboard', 'Log in'];
const srFacts: [string, string][] = [
  ['Elevation', '3,482 m (11,424 ft)'],
  ['Prominence', '1,118 m'],
  ['Coordinates', '39.4417, -107.9920'],
  ['Mountain range', 'Orrin Hills, Calder Group'],
  ['On lists', 'Orrin Top 40, County High Points'],
];
const srNear = ['Little Tessaly (2.1 km)', 'Cobb Peak (4.8 km)', 'Orrin Dome (6.0 km)'];
const srFoot = ['About', 'Data sources', 'Privacy', 'Contact'];
const srHtml = `<!DOCTYPE html><html lang="en" class="h-full"><head><meta charset="utf-8"><title>Mount Tessaly Summit Register | SummitLog</title>
<meta name="description" content="Read and sign the online summit register for Mount Tessaly (3,482 m), Orrin Hills.">
<meta name="csrf-token" content="q9LrC0tZ"><link rel="stylesheet" href="/build/assets/app-4f8a2c1b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Mountain","name":"Mount Tessaly","geo":{"@type":"GeoCoordinates",
"latitude":39.4417,"longitude":-107.992,"elevation":3482}}</script><script type="module" src="/build/assets/app-9c71e0d2.js"></script></head>
<body class="h-full bg-stone-50 text-stone-900 antialiased"><div class="min-h-full">
<nav class="bg-emerald-800 text-white"><div class="mx-auto max-w-7xl px-4 flex h-16 items-center justify-between">
<a href="/" class="text-lg font-semibold">SummitLog</a><ul class="flex space-x-4 text-sm">${links(srNav, 'rounded-md px-3 py-2')}</ul></div></nav>
<main class="mx-auto max-w-7xl px-4 py-8 grid grid-cols-1 lg:grid-cols-3 gap-8"><div class="lg:col-span-2">
<nav aria-label="Breadcrumb" class="text-sm text-stone-500"><a href="/peaks">Peaks</a> / <a href="/ranges/orrin">Orrin Hills</a></nav>
<h1 class="mt-2 text-3xl font-bold tracking-tight">${srTitle}</h1>
<div class="prose prose-stone mt-4">${srNote.map((n) => `<p>${n}</p>`).join('')}</div>
<h2 class="mt-8 text-xl font-semibold">Entries (128)</h2><ul role="list" class="divide-y divide-stone-200">
${srEntries
  .map(
    ([who, when, party, text]) => `<li class="py-5"><div class="flex items-center gap-x-3 text-sm"><span class="font-medium">${who}</span>
<time class="text-stone-500">${when}</time><span class="rounded bg-stone-100 px-2 text-xs">${party}</span></div>
<p class="mt-2 text-stone-700">${text}</p></li>`,
  )
  .join('\n')}</ul>
<div class="mt-4 flex justify-between text-sm"><a href="?page=2" class="text-emerald-700">Older entries</a><span>Page 1 of 32</span></div>
<form class="mt-8 rounded-lg border p-4" action="/peaks/tessaly/register" method="post"><h3 class="font-semibold">Sign the register</h3>
<p class="text-sm text-stone-500">Log in to add your entry and count this peak on your lists.</p>
<textarea name="body" class="mt-2 w-full rounded-md"></textarea><button class="mt-2 rounded-md bg-emerald-700 px-3 py-2 text-white">Add entry</button>
</form></div>
<aside class="space-y-6"><div class="rounded-lg bg-white p-4 shadow"><h3 class="font-semibold">Peak data</h3><dl class="mt-2 text-sm">
${srFacts.map(([k, v]) => `<dt class="text-stone-500">${k}</dt><dd class="font-medium">${v}</dd>`).join('\n')}</dl></div>
<figure class="rounded-lg overflow-hidden"><img src="https://tiles.summitlog.example/tessaly.png" alt="">
<figcaption class="text-xs text-stone-500 p-2">Map data © OpenTopoMap contributors</figcaption></figure>
<div class="rounded-lg bg-white p-4 shadow"><h3 class="font-semibold">Nearby peaks</h3><ul class="text-sm">${links(srNear)}</ul></div></aside></main>
<footer class="border-t mt-12 py-6 text-sm text-stone-500"><ul class="flex gap-4 justify-center">${links(srFoot)}</ul>
<p class="text-center">SummitLog is a volunteer project. Climb at your own risk.</p></footer></div></body></html>`;
export const summitRegister: TestPage = {
  name: 'heldout421-summitlog-register-forum',
  kind: 'forum',
  html: srHtml,
  title: srTitle,
  headings: [],
  body: texts([...srNote, ...srEntries.map((e) => e[3])]),
  bylines: srEntries.flatMap((e) => [e[0], e[1], e[2]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SummitLog', ...srNav, 'Entries (128)', 'Older entries', 'Page 1 of 32', 'Sign the register', 'Log in to add your entry and count this peak on your lists.',
    'Add entry', 'Peak data', ...srFacts.flat(), 'Map data © OpenTopoMap contributors', 'Nearby peaks', ...srNear, ...srFoot,
    'SummitLog is a volunteer project. Climb at your own risk.',
  ],
};
