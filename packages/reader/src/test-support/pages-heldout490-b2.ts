import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, settle, trs } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file b2: a hospital group's live waiting-times page built with Next.js (pages router, Tailwind), with
 * site cards, a planned-care table and the __NEXT_DATA__ payload.
 */
const wTitle = 'Emergency and urgent care waiting times';
const wIntro = j(
  'These are the approximate times you can expect to wait to be seen by a clinician at our emergency department and urgent',
  'treatment centres. If your condition is life-threatening, call 999.',
);
const wSites = [
  ['Tamsworth General Hospital emergency department', '3 h 40 min average wait to see a clinician', '61 patients in the department'],
  ['Rill Bridge urgent treatment centre', '1 h 15 min average wait to see a clinician', '14 patients in the centre'],
  ['Oakhanger Minor Injuries Unit', '25 min average wait to see a clinician', '5 patients in the unit'],
] as const;
const wPlanned = [
  ['Ear, nose and throat', '19', '4,210'],
  ['Dermatology', '23', '3,862'],
  ['Gynaecology', '16', '2,947'],
  ['Trauma and orthopaedics', '27', '6,118'],
  ['Ophthalmology', '12', '3,305'],
];
const wPlannedIntro = j(
  'The table shows the median number of weeks patients have waited since referral for their first outpatient appointment,',
  'from the national waiting list figures for April 2026.',
);
const wWhere = [
  '<strong>Emergency department</strong>: serious injuries, chest pain, breathing difficulties, severe bleeding, suspected stroke',
  '<strong>Urgent treatment centre</strong>: sprains, suspected broken bones, minor burns, cuts that need stitches, high temperatures',
  '<strong>Minor injuries unit</strong>: minor cuts, grazes, bites and stings, and eye injuries (adults and children over 2)',
];
const wNote = j(
  'Waiting times are estimates and change quickly. Patients are seen in order of clinical need, not in order of arrival, so',
  'you may wait longer than the time shown.',
);
const wH2 = ['Waiting times now', 'Waiting times for planned care', 'Choosing the right service'];
const wNav = ['Find a service', 'Our hospitals', 'Visiting', 'Careers', 'Get involved'];
const wFoot = ['Accessibility', 'Contact us', 'Privacy and cookies', 'Freedom of information', 'Board meetings'];
const card = (s: readonly string[]): string => `<div class="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
<h3 class="text-lg font-semibold text-slate-900">${s[0]}</h3><p class="mt-4 text-slate-700">${s[1]}</p>
<p class="mt-1 text-sm text-slate-500">${s[2]}</p>
<a class="mt-4 inline-flex items-center text-sm font-medium text-sky-700 hover:underline" href="/find-a-service/${s[0]?.toLowerCase().replace(/ /g, '-')}"
>Get directions<svg aria-hidden="true" class="ml-1 h-4 w-4" viewBox="0 0 20 20"><path d="M7 5l5 5-5 5"></path></svg></a></div>`;
const wData = JSON.stringify({
  props: { pageProps: { sites: wSites.map((s) => ({ name: s[0] })), updated: '2026-06-09T14:45:00+01:00' } },
  page: '/waiting-times',
});
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Waiting times | Tamsworth and Rill Hospitals</title><meta name="description" content="Live waiting times for our emergency and urgent care services."/>
<meta http-equiv="refresh" content="900"/>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/5d0c1e7a9b3f42a8.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/waiting-times-b1c2a09d3e7f6a55.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4">Skip to content</a>
<div role="alert" class="bg-amber-100 px-4 py-2 text-center text-sm text-amber-900">Our emergency department is very busy today.
<a class="underline" href="https://111.nhs.uk">Use NHS 111 online</a> unless it is an emergency.</div>
<header class="border-b border-slate-200 bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
<a href="/" class="flex items-center gap-2"><img alt="Tamsworth and Rill Hospitals" src="/logo.svg" width="180" height="40"/></a>
<nav aria-label="Main"><ul class="hidden gap-6 text-sm font-medium md:flex">${links(wNav, 'hover:text-sky-700')}</ul></nav>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"><path d="M4 6h16M4 12h16M4 18h16"></path></svg></button>
</div></header>
<main id="main" class="mx-auto max-w-6xl px-4 py-10"><h1 class="text-3xl font-bold tracking-tight text-slate-900">${wTitle}</h1>
<p class="mt-2 text-sm text-slate-500">Last updated <time dateTime="2026-06-09T14:45:00+01:00">14:45, Tuesday 9 June 2026</time></p>
<p class="mt-6 max-w-3xl text-lg text-slate-700">${wIntro}</p>
<section class="mt-10" aria-labelledby="now"><h2 id="now" class="text-2xl font-semibold">${wH2[0]}</h2>
<div class="mt-6 grid gap-6 md:grid-cols-3">${wSites.map(card).join('\n')}</div></section>
<section class="mt-12" aria-labelledby="planned"><h2 id="planned" class="text-2xl font-semibold">${wH2[1]}</h2>
<p class="mt-4 max-w-3xl text-slate-700">${wPlannedIntro}</p>
<div class="mt-6 overflow-x-auto"><table class="min-w-full divide-y divide-slate-200 text-left text-sm"><thead class="bg-slate-50"><tr>
<th scope="col" class="px-4 py-3">Specialty</th>
<th scope="col" class="px-4 py-3">Median wait (weeks)</th><th scope="col" class="px-4 py-3">Patients waiting</th>
</tr></thead><tbody class="divide-y divide-slate-100">${trs(wPlanned)}</tbody></table></div></section>
<section class="mt-12" aria-labelledby="where"><h2 id="where" class="text-2xl font-semibold">${wH2[2]}</h2>
<ul class="mt-4 list-disc space-y-2 pl-6 text-slate-700">${lis(wWhere)}</ul>
${ps([wNote], ' class="mt-6 text-sm text-slate-500"')}</section></main>
<footer class="mt-16 bg-slate-900 text-slate-300"><div class="mx-auto max-w-6xl px-4 py-10"><ul class="flex flex-wrap gap-6 text-sm">${links(wFoot)}</ul>
<p class="mt-6 text-xs">© 2026 Tamsworth and Rill Hospitals NHS Foundation Trust</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">${wData}</script></body></html>`;
const nextWaiting: TestPage = settle({
  name: 'heldout490-nextjs-waiting-times',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wH2[0] ?? '', ...wSites.map((s) => s[0]), wH2[1] ?? '', wH2[2] ?? ''],
  body: texts([wIntro, ...wSites.flatMap((s) => [s[1], s[2]]), wPlannedIntro, ...wPlanned.map(rowText), ...wWhere, wNote]),
  bylines: ['Last updated 14:45, Tuesday 9 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Our emergency department is very busy today. Use NHS 111 online unless it is an emergency.', ...wNav, 'Get directions',
    ...wFoot, '© 2026 Tamsworth and Rill Hospitals NHS Foundation Trust',
  ],
});

export const HELDOUT490_B2: readonly TestPage[] = [nextWaiting];
