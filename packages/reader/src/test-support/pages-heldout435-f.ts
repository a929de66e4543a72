import { type TestPage, texts } from './page-kit.js';
import { forum } from './pages-heldout435-f2.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file f: a debating society's motion page rendered by a Next.js (pages router) site with utility
 * classes (`div#__next`, header nav, breadcrumb, motion header with the date and chamber, for / against columns, a
 * speakers card, a result box, "Share" buttons, an upcoming-debates rail, a newsletter form, footer, a consent dialog
 * and the `__NEXT_DATA__` JSON) and, from file f2, a member forum thread of a car owners' club on phpBB's prosilver.
 */
const dTitle = 'This House Would Ban Cars from the Old Town';
const dHeads = ['The motion in context', 'The case for', 'The case against', 'How the debate will run'];
const dP1 = [
  j(
    'Every winter term the society takes one local question to the chamber, and this year the committee chose the one that',
    'fills the letters page of the Gazette every week: should private cars be kept out of the medieval streets inside the',
    'city walls?',
  ),
  j(
    'The city council is consulting on a trial closure next summer. Our debate is not part of that consultation, but we',
    'will send a summary of the arguments and the result of the vote to the council&rsquo;s transport committee.',
  ),
];
const dFor = [
  j(
    'The proposition will argue that the old town&rsquo;s streets were never designed for traffic, that pollution is damaging',
    'the stonework of the minster, and that closed streets elsewhere have brought more visitors and more trade, not less.',
  ),
  'They will also point to the number of near misses on Saddlers Row, where the pavement is less than a metre wide.',
];
const dAgainst = [
  j(
    'The opposition will argue that a ban would hurt older and disabled residents, cut off small shops from their deliveries',
    'and simply move traffic and parking into the terraced streets outside the walls.',
  ),
  'They will propose timed access and a lower speed limit as a better first step.',
];
const dRun = [
  'Four main speeches of seven minutes each, alternating proposition and opposition',
  'Floor speeches of up to two minutes, chosen by the Speaker',
  'Closing speeches from each side of four minutes',
  'A division at the doors, with a first vote taken on arrival for comparison',
];
const dP2 = [j('Members of the public are welcome and do not need to book. Floor speakers should give their name to the clerk before', 'the debate begins.')];
const dNav = ['Debates', 'Competitions', 'Training', 'Membership', 'About'];
const dRail = ['This House Regrets the Rise of the Smartphone', 'This House Would Abolish School Uniform', 'Schools Competition: Final'];
const dHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${dTitle} | Castlebury
Debating Society</title><meta name="description" content="Winter term motion: should private cars be kept out of the old town?"><meta property="og:title"
content="${dTitle}"><meta name="next-head-count" content="5"><link rel="preload" href="/_next/static/css/7c1f2e9a0b.css" as="style">
<link rel="stylesheet" href="/_next/static/css/7c1f2e9a0b.css" data-n-g=""><noscript data-n-css=""></noscript><script defer="" nomodule=""
src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/motions/%5Bslug%5D-3d9a5c1e.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col bg-stone-50 text-stone-900"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="border-b border-stone-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a
class="font-serif text-xl font-bold"
href="/">Castlebury Debating Society</a><nav aria-label="Main"><ul class="flex gap-6 text-sm font-medium">
${dNav.map((t) => `<li><a class="hover:text-red-800" href="/${t.toLowerCase()}">${t}</a></li>`).join('\n')}</ul></nav><a class="rounded bg-red-800 px-4 py-2
text-sm text-white" href="/membership/join">Join the Society</a></div></header>
<main id="main" class="mx-auto grid w-full max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[1fr_300px]"><div><nav aria-label="Breadcrumb" class="mb-4 text-sm
text-stone-500"><ol class="flex gap-2"><li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/debates">Debates</a></li><li
aria-hidden="true">/</li>
<li aria-current="page">Winter term motion</li></ol></nav>
<div class="mb-6"><p class="text-xs font-semibold uppercase tracking-widest text-red-800">Public debate</p><h1 class="mt-2 font-serif text-4xl
font-bold leading-tight">${dTitle}</h1><div class="mt-3 flex flex-wrap gap-4 text-sm text-stone-600"><span><time dateTime="2026-01-22T19:30:00Z">Thursday 22
January 2026, 7.30pm</time></span><span>The Guildhall Chamber, Castlebury</span></div></div>
<div class="prose prose-stone max-w-none"><h2>${dHeads[0]}</h2>
${dP1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="not-prose my-8 grid gap-6 md:grid-cols-2"><section class="rounded-lg border border-emerald-200 bg-emerald-50 p-5"><h2 class="font-serif text-xl
font-bold">${dHeads[1]}</h2>${dFor.map((t) => `<p class="mt-3 text-sm leading-relaxed">${t}</p>`).join('\n')}</section>
<section class="rounded-lg border border-rose-200 bg-rose-50 p-5"><h2 class="font-serif text-xl font-bold">${dHeads[2]}</h2>${dAgainst
  .map((t) => `<p class="mt-3 text-sm leading-relaxed">${t}</p>`)
  .join('\n')}</section></div>
<h2>${dHeads[3]}</h2><ol>${dRun.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${dP2.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="mt-8 rounded-lg bg-white p-5 shadow-sm"><h3 class="text-sm font-semibold uppercase text-stone-500">Speakers</h3><ul class="mt-3 space-y-1 text-sm">
<li>Proposition: Cllr Imogen Ralston and Dev Chaudhry</li><li>Opposition: Walter Pennick and Sasha Kobayashi</li>
<li>In the Chair: Dr Eleanor Mayhew, President</li></ul></div>
<div class="mt-6 flex items-center gap-3 text-sm"><span class="font-semibold">Share</span><button type="button"
class="rounded border px-3 py-1">Copy link</button>
<button type="button" class="rounded border px-3 py-1">WhatsApp</button><button type="button" class="rounded border px-3 py-1">Email</button></div></div>
<aside class="space-y-8"><div><h2 class="font-serif text-lg font-bold">Upcoming debates</h2><ul class="mt-3 space-y-3 text-sm">
${dRail.map((t) => `<li><a class="hover:underline" href="/motions/x">${t}</a></li>`).join('\n')}</ul></div>
<form class="rounded-lg bg-red-900 p-5 text-white"><h2 class="font-serif text-lg font-bold">Get the motion first</h2><p
class="mt-2 text-sm">Motions are announced
to members a week before the public.</p><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email"
placeholder="you@example.com"
class="mt-3 w-full rounded px-3 py-2 text-stone-900"><button
class="mt-3 w-full rounded bg-white px-3 py-2 font-semibold text-red-900">Subscribe</button></form></aside>
</main><footer class="mt-auto border-t border-stone-200 bg-white py-8 text-sm text-stone-500"><div class="mx-auto max-w-6xl px-4"><p>© 2026 Castlebury Debating
Society. Founded 1874.</p><p>Registered charity 1023378 · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></div></footer></div>
<div role="dialog" aria-label="Cookie consent"
class="fixed bottom-4 left-4 right-4 z-50 rounded-lg bg-stone-900 p-4 text-sm text-white md:left-auto md:w-96"><p>We
use essential cookies only, plus anonymous visit counts if you allow them.</p><div class="mt-3 flex gap-2"><button class="rounded bg-white px-3 py-1
text-stone-900">Allow counts</button><button class="rounded border border-white px-3 py-1">Essential only</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"motion":{"slug":"ban-cars-old-town","title":"${dTitle}",
"date":"2026-01-22T19:30:00Z","venue":"The Guildhall Chamber, Castlebury","status":"upcoming"}},"__N_SSG":true},"page":"/motions/[slug]",
"query":{"slug":"ban-cars-old-town"},"buildId":"q7Kd9xWm2","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout435-nextjs-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dP1, ...dFor, ...dAgainst, ...dRun, ...dP2]),
  bylines: ['Thursday 22 January 2026, 7.30pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Castlebury Debating Society', ...dNav, 'Join the Society', 'Home', 'Winter term motion', 'Public debate',
    'The Guildhall Chamber, Castlebury', 'Speakers', 'Proposition: Cllr Imogen Ralston and Dev Chaudhry', 'Opposition: Walter Pennick and Sasha Kobayashi',
    'In the Chair: Dr Eleanor Mayhew, President', 'Share', 'Copy link', 'WhatsApp', 'Email', 'Upcoming debates', ...dRail, 'Get the motion first',
    'Motions are announced to members a week before the public.', 'Email address', 'Subscribe', '© 2026 Castlebury Debating Society. Founded 1874.',
    'Registered charity 1023378 · Privacy · Accessibility', 'We use essential cookies only, plus anonymous visit counts if you allow them.', 'Allow counts',
    'Essential only',
  ],
};

export const HELDOUT435_F: readonly TestPage[] = [nextjs, forum];
