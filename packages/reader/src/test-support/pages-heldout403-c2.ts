import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 403, file c2: a university summer school page built with Next.js and Tailwind (a JavaScript framework's
 * markup: div soup inside #__next with utility classes, next/image spans, an announcement bar, a sticky header, a hero with
 * dates and price chips, a "Quick facts" card, an FAQ accordion built from buttons and hidden panels, an Instagram strip,
 * a newsletter form, a cookie toast and the __NEXT_DATA__ script that repeats the page's data).
 */
const title = 'Summer School in Creative Writing and Publishing';
const intro = [
  `Spend three weeks in Edgecombe writing every day, workshopping your work with published authors and learning how a book moves
from manuscript to bookshop. The summer school is open to anyone aged 18 or over, whether you are a student, a working writer or
someone who has always wanted to start.`,
  `Mornings are spent in small workshops of no more than twelve people. Afternoons alternate between masterclasses on craft, visits
to independent publishers and free time for writing in the college gardens and library.`,
];
const weeks = [
  'Week 1: Voice and point of view – finding the right narrator for the story you want to tell',
  'Week 2: Structure and revision – shaping drafts, cutting and rewriting with an editor\u2019s eye',
  'Week 3: From page to publication – agents, submissions, small presses and self-publishing',
];
const credit = `Participants who complete all three weeks and submit a final portfolio of 5,000 words receive a certificate of
completion, and university students can usually transfer 10 ECTS credits to their home institution.`;
const stay = `You will sleep in a single en-suite room at Harrow Lane College, a ten-minute walk from the teaching rooms, which is
included in the residential fee with breakfast and dinner. Non-residential places include lunch on teaching days.`;
const faq: [string, string][] = [
  ['Do I need to have published anything?', 'No. Most participants have not published, and the workshops are grouped by experience.'],
  ['Can I apply for a bursary?', 'Yes. We offer twelve bursaries covering the full fee for participants who could not otherwise attend. Apply by 31 March.'],
  ['Is there a writing sample?', 'You will send up to 2,000 words of prose or ten pages of poetry with your application.'],
];
const banner = 'Early-bird fees end 28 February – save £200';
const menu = ['Programmes', 'Dates and fees', 'Bursaries', 'Accommodation', 'FAQ'];
const chips = ['6–24 July 2027', 'Residential £2,950', 'Non-residential £1,900'];
const facts = ['Ages 18+', '12 per workshop', 'Taught in English', 'Certificate of completion'];
const foot = ['Contact', 'Privacy', 'Terms', 'Accessibility'];
const cx = 'mx-auto max-w-3xl px-4 sm:px-6 lg:px-8';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>Summer School in Creative Writing and Publishing | Edgecombe Summer Programmes</title>
<meta name="description" content="Three weeks of writing workshops with published authors in Edgecombe."/>
<meta property="og:title" content="Summer School in Creative Writing and Publishing"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/4a1f2b9e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4a1f2b9e.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/programmes/%5Bslug%5D-2b8c1d0e.js" defer=""></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col">
<div class="bg-amber-300 py-2 text-center text-sm font-medium text-slate-900"><p>${banner}</p></div>
<header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="text-lg font-semibold" href="/">Edgecombe Summer</a><nav class="hidden gap-6 md:flex"><ul class="flex gap-6">${links(menu, 'text-sm')}</ul></nav>
<a class="rounded-full bg-slate-900 px-4 py-2 text-sm text-white" href="/apply">Apply</a></div></header>
<main class="flex-1"><section class="bg-slate-50 py-16"><div class="${cx}"><span class="text-xs uppercase tracking-widest text-amber-700">Summer 2027</span>
<h1 class="mt-2 text-4xl font-bold tracking-tight text-slate-900">${title}</h1>
<div class="mt-6 flex flex-wrap gap-2">${chips.map((c) => `<span class="rounded-full bg-white px-3 py-1 text-sm shadow">${c}</span>`).join('')}</div>
<span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="" src="/_next/image?url=%2Fimg%2Fgarden.jpg&amp;w=1200&amp;q=75"
decoding="async" data-nimg="responsive" class="rounded-xl"/></span><p class="mt-2 text-xs text-slate-500">Writing in the Fellows\u2019 Garden, 2026.
Photo: Agnes Pellow</p></div></section>
<section class="py-12"><div class="${cx} space-y-5 text-slate-700">${intro.map((p) => `<p class="leading-7">${p}</p>`).join('\n')}
<h2 class="pt-6 text-2xl font-semibold text-slate-900">What you will do</h2><ul class="list-disc space-y-2 pl-6">
${weeks.map((x) => `<li>${x}</li>`).join('\n')}</ul><p class="leading-7">${credit}</p>
<h2 class="pt-6 text-2xl font-semibold text-slate-900">Where you will stay</h2><p class="leading-7">${stay}</p>
<div class="rounded-2xl border p-6"><h3 class="font-semibold">Quick facts</h3><ul class="mt-3 grid grid-cols-2 gap-2 text-sm">
${facts.map((f) => `<li class="flex items-center gap-2"><svg class="h-4 w-4" aria-hidden="true"></svg>${f}</li>`).join('\n')}</ul></div>
<h2 class="pt-6 text-2xl font-semibold text-slate-900">Frequently asked questions</h2><div class="divide-y rounded-xl border" data-headlessui-state="">
${faq
  .map(
    ([q, a], i) => `<div class="p-4"><button class="flex w-full justify-between text-left font-medium" id="headlessui-disclosure-button-:r${i}:"
type="button" aria-expanded="false"><h3>${q}</h3><svg class="h-5 w-5" aria-hidden="true"></svg></button>
<div class="pt-2 text-slate-600" id="headlessui-disclosure-panel-:r${i}:" hidden=""><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="bg-slate-900 py-12 text-white"><div class="${cx}"><h2 class="text-xl font-semibold">#EdgecombeSummer</h2>
<p class="text-sm text-slate-300">Follow us on Instagram for updates from the workshops</p></div></section>
<section class="py-12"><div class="${cx}"><h2 class="text-xl font-semibold">Stay in the loop</h2><p class="text-sm">Get news about next year\u2019s
programmes and bursaries.</p><form class="mt-4 flex gap-2"><input type="email" placeholder="you@example.com" class="flex-1 rounded border px-3"/>
<button class="rounded bg-amber-400 px-4 py-2">Subscribe</button></form></div></section></main>
<footer class="border-t py-8 text-sm text-slate-500"><div class="mx-auto max-w-6xl px-4"><ul class="flex gap-4">${links(foot)}</ul>
<p class="mt-4">© 2026 Edgecombe Summer Programmes Ltd</p></div></footer>
<div class="fixed bottom-4 left-4 z-50 max-w-sm rounded-lg bg-white p-4 shadow-lg" role="dialog" aria-live="polite"><p class="text-sm">We use
essential cookies to run this site and optional analytics cookies to improve it.</p><div class="mt-3 flex gap-2">
<button class="rounded bg-slate-900 px-3 py-1 text-white">Allow analytics</button><button class="rounded border px-3 py-1">Essential only</button>
</div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"programme":{"slug":"creative-writing","title":"${title}",
"dates":"6–24 July 2027","fees":{"residential":2950,"day":1900},"faq":${JSON.stringify(faq.map(([q]) => ({ q })))}}},"__N_SSG":true},
"page":"/programmes/[slug]","query":{"slug":"creative-writing"},"buildId":"x7Qm2dVt","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;

const summer: TestPage = {
  name: 'heldout403-nextjs-summer-school',
  kind: 'docs',
  html,
  title,
  headings: ['What you will do', 'Where you will stay', 'Frequently asked questions', ...faq.map(([q]) => q)],
  body: texts([...intro, ...weeks, credit, stay, ...faq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    banner, 'Edgecombe Summer', ...menu, 'Summer 2027', ...chips, 'Writing in the Fellows\u2019 Garden, 2026. Photo: Agnes Pellow', 'Quick facts',
    ...facts, '#EdgecombeSummer', 'Follow us on Instagram for updates from the workshops', 'Stay in the loop',
    'Get news about next year\u2019s programmes and bursaries.', 'Subscribe', ...foot, '© 2026 Edgecombe Summer Programmes Ltd',
    'We use essential cookies to run this site and optional analytics cookies to improve it.', 'Allow analytics', 'Essential only',
  ],
};

export const HELDOUT403_C2: readonly TestPage[] = [summer];
