import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file c2: a clinical-trial sponsor's patient page rendered by Next.js with Tailwind utility classes
 * (div#__next, a sticky header with language switch and "Check if you qualify" button, the study facts strip, sections with
 * an eligibility list and a visit timeline, an FAQ accordion of h3 buttons, the site finder widget, a referral footnote,
 * footer and the __NEXT_DATA__ script).
 */
const nTitle = 'The HARBOR Study: a clinical research study for adults with chronic cough';
const nIntro = [
  j(
    'Do you have a cough that has lasted for more than a year, even though you have tried treatments your doctor recommended? The HARBOR',
    'Study is testing whether an investigational tablet called BR-5520 can reduce how often people with chronic cough need to cough.',
  ),
  j(
    'An investigational drug is one that is still being studied and is not approved by the U.S. Food and Drug Administration or other health',
    'authorities. Taking part in a study is voluntary, and you can leave at any time.',
  ),
];
const nAbout = [
  j(
    'Chronic cough affects about one in ten adults. For many people it disrupts sleep, work and conversation, and it can lead to chest',
    'pain, hoarseness and leaking urine. BR-5520 is designed to calm nerve fibers in the airway that can become overly sensitive and trigger',
    'coughing.',
  ),
  j(
    'About 450 people will take part at around 90 study centers in the United States, Canada, the United Kingdom and Germany. Two out of',
    'three participants will receive BR-5520, and one out of three will receive a placebo, a tablet that looks the same but has no active drug.',
  ),
];
const nWho = [
  'You are 18 to 80 years old.',
  'You have had a cough for at least 12 months.',
  'Your cough has not improved with treatment for asthma, reflux or postnasal drip, if your doctor thought these might be the cause.',
  'You do not currently smoke and have not smoked in the past 12 months.',
];
const nWhoNote = 'The study team will check other requirements with you before you join.';
const nWhat = [
  'Screening (up to 4 weeks): visits to check your health, a breathing test and an overnight cough recording with a small wearable monitor.',
  'Treatment (24 weeks): you take one tablet twice a day and visit the study center 6 times. Some visits can happen by video.',
  'Follow-up (4 weeks): a final visit or phone call to see how you are doing after the last dose.',
];
const nWhatNote = j(
  'Study-related care and the study drug are provided at no cost. You may be reimbursed for travel and time, and a caregiver can come with',
  'you to visits.',
);
type Faq = readonly [q: string, a: string];
const nFaq: readonly Faq[] = [
  [
    'Will I need to stop my current medicines?',
    'Most medicines can be continued. The study doctor will review everything you take and tell you if anything needs to change.',
  ],
  [
    'What happens when the study ends?',
    'You may be able to join an extension study in which all participants receive BR-5520. Your study doctor will discuss this with you.',
  ],
  [
    'Will my information be kept private?',
    'Your name and personal details stay at the study center. Data shared with the sponsor uses a code number instead of your name.',
  ],
];
const nNav = ['About the study', 'Who can join', 'Find a site', 'FAQ'];
const nFoot = ['Privacy Notice', 'Terms of Use', 'Accessibility Statement', 'Cookie Settings'];
const sec = (idv: string, h: string, inner: string): string => `<section id="${idv}" class="scroll-mt-24 py-16 md:py-24">
<div class="mx-auto max-w-3xl px-6"><h2 class="font-display text-3xl font-semibold tracking-tight text-harbor-900 md:text-4xl">${h}</h2>
<div class="mt-6 space-y-5 text-lg leading-8 text-slate-700">${inner}</div></div></section>`;
const p = (x: string): string => `<p>${x}</p>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>The HARBOR Study | Chronic Cough Clinical Research</title>
<meta name="description" content="Learn about the HARBOR Study for adults with chronic cough."/>
<meta property="og:title" content="The HARBOR Study"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/4b1e9a0c7f2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1e9a0c7f2d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/_app-7d1f2c.js" defer=""></script>
</head><body><div id="__next"><div class="flex min-h-screen flex-col font-sans">
<a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-6xl items-center justify-between px-6
py-4">
<a href="/" class="flex items-center gap-2"><img alt="HARBOR Study" src="/images/harbor-logo.svg" width="132" height="32"/></a>
<nav class="hidden gap-8 text-sm font-medium md:flex">${nNav.map((x, i) => `<a class="hover:text-harbor-700" href="#s${i}">${x}</a>`).join('')}</nav>
<div class="flex items-center gap-4"><button type="button" class="text-sm" aria-haspopup="listbox">English (US)</button>
<a href="/prescreener" class="rounded-full bg-harbor-600 px-5 py-2 text-sm font-semibold text-white">Check if you qualify</a></div></div></header>
<main id="main" class="flex-1"><section class="bg-harbor-50 py-20"><div class="mx-auto max-w-3xl px-6">
<p class="text-sm font-semibold uppercase tracking-wide text-harbor-700">Now enrolling</p>
<h1 class="mt-3 font-display text-4xl font-bold tracking-tight text-harbor-950 md:text-5xl">${nTitle}</h1>
<div class="mt-6 space-y-5 text-lg leading-8 text-slate-700">${nIntro.map(p).join('')}</div></div></section>
<div class="border-y border-slate-200 bg-white"><dl class="mx-auto grid max-w-6xl grid-cols-3 gap-6 px-6 py-8 text-center"><div><dt
class="text-sm text-slate-500">Study length</dt><dd class="text-xl font-semibold">About 8 months</dd></div>
<div><dt class="text-sm text-slate-500">Visits</dt><dd class="text-xl font-semibold">Up to 9</dd></div><div><dt class="text-sm text-slate-500">Study
centers</dt><dd class="text-xl font-semibold">Around 90</dd></div></dl></div>
${sec('s0', 'About the study', nAbout.map(p).join(''))}
${sec(
  's1',
  'Who can take part',
  `<p>You may be able to join if:</p><ul class="list-disc space-y-2 pl-6">${nWho.map((x) => `<li>${x}</li>`).join('')}</ul>${p(nWhoNote)}`,
)}
${sec(
  's1b',
  'What happens during the study',
  `<ol class="relative space-y-6 border-l border-harbor-200 pl-6">${nWhat.map((x) => `<li>${x}</li>`).join('')}</ol>${p(nWhatNote)}`,
)}
${sec(
  's3',
  'Frequently asked questions',
  nFaq
    .map(
      ([q, a], i) => `<div class="border-b border-slate-200 py-4" data-headlessui-state="open"><h3><button id="headlessui-disclosure-button-:r${i}:"
type="button" aria-expanded="true" class="flex w-full justify-between text-left font-semibold">${q}</button></h3>
<div id="headlessui-disclosure-panel-:r${i + 9}:" class="pt-3">${p(a)}</div></div>`,
    )
    .join(''),
)}
<section id="s2" class="bg-slate-50 py-16"><div class="mx-auto max-w-3xl px-6"><h2 class="text-2xl font-semibold">Find a study center near you</h2>
<form class="mt-6 flex gap-3"><label for="zip" class="sr-only">ZIP or postal code</label><input id="zip" placeholder="ZIP or postal code"
class="flex-1 rounded-md border px-4 py-2"/>
<button type="submit" class="rounded-md bg-harbor-600 px-5 py-2 font-semibold text-white">Search</button></form>
<p class="mt-4 text-sm text-slate-500">Study center locations are updated weekly.</p></div></section>
<p class="mx-auto max-w-3xl px-6 pb-10 text-sm text-slate-500">ClinicalTrials.gov identifier: NCT06817734</p></main>
<footer class="bg-harbor-950 py-10 text-sm text-harbor-100"><div class="mx-auto max-w-6xl px-6"><ul class="flex flex-wrap gap-6">${nFoot
  .map((x) => `<li><a href="#">${x}</a></li>`)
  .join('')}</ul>
<p class="mt-6">This study is sponsored by Bramwell Respiratory, Inc. This website is intended for U.S. residents.</p>
<p class="mt-2">© 2026 Bramwell Respiratory, Inc. HRB-US-0142 v3.0 01/2026</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"study":"harbor","locale":"en-US"},"__N_SSG":true},"page":"/",
"query":{},"buildId":"Qm7Yx2kP","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const nextTrial: TestPage = {
  name: 'heldout437-nextjs-trial-patient',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['About the study', 'Who can take part', 'What happens during the study', 'Frequently asked questions', ...nFaq.map(([q]) => q)],
  body: texts([...nIntro, ...nAbout, 'You may be able to join if:', ...nWho, nWhoNote, ...nWhat, nWhatNote, ...nFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Who can join', 'Find a site', 'FAQ', 'English (US)', 'Check if you qualify', 'Now enrolling', 'Study length', 'About 8 months',
    'Visits', 'Up to 9', 'Study centers', 'Around 90', 'Find a study center near you', 'ZIP or postal code', 'Search',
    'Study center locations are updated weekly.', 'ClinicalTrials.gov identifier: NCT06817734', ...nFoot,
    'This study is sponsored by Bramwell Respiratory, Inc. This website is intended for U.S. residents.',
    '© 2026 Bramwell Respiratory, Inc. HRB-US-0142 v3.0 01/2026',
  ],
};
