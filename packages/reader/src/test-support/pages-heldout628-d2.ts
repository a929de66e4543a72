import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file d2: a national windscreen replacement chain's appointment guide on Next.js (pages router,
 * Tailwind classes, __NEXT_DATA__, FAQ in <details>, OneTrust banner).
 */
const nTitle = 'Windscreen replacement: what happens at your appointment';
const nBody = [
  j(
    'Whether we come to you or you visit one of our 46 centres, a windscreen replacement follows the same steps and takes about',
    'two hours, plus an hour before the car is safe to drive.',
  ),
  'Before we start',
  j(
    'Your technician checks the booking against your car, including the exact glass for your model: heated screens, rain sensors',
    'and head-up displays all need a different part. They will also note any existing chips in the paint around the frame.',
  ),
  'Removing the old glass',
  j(
    'Trims and wiper arms come off first. The old bonding is cut with a wire tool that runs around the frame, and the glass is',
    'lifted out with suction handles. Any rust on the frame is treated before the new screen goes in.',
  ),
  'Fitting and curing',
  'the frame is primed and a fresh bead of urethane adhesive is laid',
  'the new windscreen is set in place with a positioning jig',
  'trims, wipers, sensors and the mirror are refitted',
  j(
    'The adhesive needs time to cure before the car can be driven safely, usually 60 minutes in normal weather. Your technician',
    'will tell you the safe drive-away time and leave a note on the dashboard.',
  ),
  'Camera recalibration',
  j(
    'If your car has a forward-facing camera for lane keeping or emergency braking, it must be recalibrated after a new screen is',
    'fitted. We do this on the same visit in most cases, either with a static target board or on a short road drive.',
  ),
];
const nHeads = [1, 3, 5, 10];
const nFaq = [
  ['Will my insurance cover it?', 'Most comprehensive policies include glass cover. You pay only your glass excess, and we deal with the insurer.'],
  ['Can you fit it in the rain?', 'Mobile fitting needs a dry, sheltered space. If the forecast is wet we will offer a centre appointment instead.'],
];
const nNav = ['Repair', 'Replacement', 'ADAS calibration', 'Business', 'Find a centre'];
const nCrumbs = ['Home', 'Windscreen replacement'];
const nFoot = ['About us', 'Careers', 'Modern slavery statement', 'Privacy notice', 'Cookie settings', 'Accessibility'];
const nData = JSON.stringify({
  props: { pageProps: { page: { slug: 'windscreen-replacement/your-appointment', title: nTitle, intro: at(nBody, 0), faq: nFaq.length } } },
  page: '/[...slug]',
  query: { slug: ['windscreen-replacement', 'your-appointment'] },
  buildId: 'k8Q2mXv0rN',
  isFallback: false,
  gsp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Autoglaze
UK</title><meta name="description" content="What to expect on the day your windscreen is replaced."><link rel="canonical"
href="https://www.autoglaze.example/windscreen-replacement/your-appointment"><meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/4c1b7e2a9d0f.css" as="style"><link rel="stylesheet" href="/_next/static/css/4c1b7e2a9d0f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"${at(nFaq[0] ?? [], 0)}"}]}</script>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8d1f.js" defer></script>
<script src="/_next/static/chunks/framework-2c79e2a6.js" defer></script><script src="/_next/static/chunks/pages/%5B...slug%5D-9f3e.js" defer></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 bg-white p-2">Skip to main content</a>
<div class="bg-brand-navy text-white text-sm"><div class="mx-auto max-w-7xl px-4 py-2 flex justify-between"><p>Rated Excellent on Trustpilot from 38,000
reviews</p><a class="underline" href="tel:08001234567">0800 123 4567</a></div></div>
<header class="sticky top-0 z-40 bg-white shadow-sm"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a href="/"
aria-label="Autoglaze home"><svg class="h-8 w-36" aria-hidden="true"></svg></a><nav aria-label="Main" class="hidden lg:block"><ul class="flex gap-6
font-medium">${links(nNav, 'hover:text-brand-red')}</ul></nav><div class="flex items-center gap-3"><a class="rounded-full bg-brand-red px-5 py-2 text-white
font-semibold" href="/quote">Get a quote</a><button type="button" class="lg:hidden" aria-label="Open menu"><svg class="h-6 w-6"></svg></button></div></div>
</header>
<main id="main"><nav aria-label="Breadcrumb" class="mx-auto max-w-4xl px-4 pt-6 text-sm text-slate-500">
<ol class="flex gap-2">${links(nCrumbs, 'after:content-["/"]')}
<li aria-current="page">Your appointment</li></ol></nav>
<div class="mx-auto max-w-4xl px-4 py-8"><h1 class="text-4xl font-bold tracking-tight text-brand-navy">${nTitle}</h1>
<div class="prose prose-slate mt-6 max-w-none">${ps([at(nBody, 0)])}<h2>${at(nBody, 1)}</h2>${ps([at(nBody, 2)])}<h2>${at(nBody, 3)}</h2>${ps([at(nBody, 4)])}
<h2>${at(nBody, 5)}</h2><ol>${lis(nBody.slice(6, 9))}</ol>${ps([at(nBody, 9)])}
<div class="not-prose my-8 rounded-xl border border-amber-300 bg-amber-50 p-5"><p class="font-semibold">Need a courtesy car?</p><p class="text-sm">Ask when
you book. Centres can lend one while your car cures.</p></div>
<h2>${at(nBody, 10)}</h2>${ps([at(nBody, 11)])}</div>
<section class="mt-12" aria-labelledby="faq-title"><h2 id="faq-title" class="text-2xl font-bold text-brand-navy">Frequently asked questions</h2>
<div class="mt-4 divide-y divide-slate-200 border-y border-slate-200">${nFaq
  .map(
    ([q, a]) => `<details class="group py-4"><summary class="flex cursor-pointer list-none items-center justify-between font-semibold">${q}<svg class="h-5 w-5
transition group-open:rotate-180" aria-hidden="true"></svg></summary><p class="mt-3 text-slate-600">${a}</p></details>`,
  )
  .join('\n')}</div></section>
<div class="mt-12 rounded-2xl bg-brand-navy p-8 text-white"><h2 class="text-2xl font-bold">Book your replacement online</h2><p class="mt-2">Choose a time
at a centre or at home in under two minutes.</p><a class="mt-4 inline-block rounded-full bg-white px-6 py-3 font-semibold text-brand-navy" href="/quote">Start
my quote</a></div></div></main>
<footer class="bg-slate-900 text-slate-300"><div class="mx-auto max-w-7xl px-4 py-10"><ul class="grid grid-cols-2 gap-3 md:grid-cols-6
text-sm">${links(nFoot)}</ul><p class="mt-8 text-xs">© 2026 Autoglaze UK Limited. Registered in England and Wales, company number 04417302.</p></div></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div
class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div
id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to personalise content and to analyse our traffic. <a class="ot-cookie-policy-link"
href="/cookies" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage
Preferences</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
</div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = gold({
  name: 'heldout628-nextjs-windscreen-appointment',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nHeads.map((i) => at(nBody, i)), 'Frequently asked questions'],
  body: [...texts(nBody.filter((_, i) => !nHeads.includes(i))), ...nFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Rated Excellent on Trustpilot from 38,000 reviews', '0800 123 4567', ...nNav, 'Get a quote', ...nCrumbs, 'Your appointment',
    'Need a courtesy car?', 'Ask when you book. Centres can lend one while your car cures.', 'Book your replacement online',
    'Choose a time at a centre or at home in under two minutes.', 'Start my quote', ...nFoot,
    '© 2026 Autoglaze UK Limited. Registered in England and Wales, company number 04417302.',
    'We use cookies to personalise content and to analyse our traffic. Cookie Policy', 'Manage Preferences', 'Reject All', 'Accept All Cookies',
  ],
});

export const HELDOUT628_D2: readonly TestPage[] = [nextjs];
