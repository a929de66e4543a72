import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file b2: a city's public housing-supply dashboard built with Next.js and Tailwind (the `__next` root,
 * hashed CSS-module class names, a top bar and side navigation, "Last updated" line, KPI tiles, chart cards with
 * download buttons, an "About this data" accordion, feedback widget, footer and the `__NEXT_DATA__` script). Its main text
 * is short: the explanatory paragraphs around the charts.
 */
const dTitle = 'Housing supply dashboard';
const dIntro = [
  j(
    'This dashboard tracks how many new homes are being approved, started and completed in the City of Lanmouth. It is updated',
    'on the first working day of every month using building permit and inspection records.',
  ),
  j(
    'The city’s housing plan sets a target of 2,400 new homes a year until 2030. The figures below show progress against that',
    'target and how long homes take to move from approval to completion.',
  ),
];
const dH1 = 'Homes approved, started and completed';
const dP1 = [
  j(
    'Approvals rose sharply in 2025 after the city simplified the permit process for small apartment buildings. Starts and',
    'completions follow approvals with a delay, so the effect of the change will show up in completions mostly during 2026 and 2027.',
  ),
];
const dH2 = 'Time from approval to completion';
const dP2 = [
  j(
    'The median project took 21 months from approval to completion in 2025, down from 26 months in 2023. Projects of fewer than',
    'ten homes are usually finished within a year; the largest projects can take more than three years.',
  ),
  'A project counts as completed when it receives its final occupancy inspection, even if some units are still being fitted out.',
];
const dH3 = 'About this data';
const dAbout = [
  'Approvals are counted on the date the building permit is issued, not the date of the application.',
  'Starts are counted when the first foundation inspection is passed.',
  'Demolished homes are not subtracted, so these are gross figures rather than net additions.',
];
const dSide = ['Overview', 'Housing supply', 'Rents and prices', 'Homelessness', 'Transport', 'Budget', 'Open data'];
const dTop = ['Lanmouth Data', 'Dashboards', 'Datasets', 'Reports', 'Contact'];
const dFoot = ['Accessibility statement', 'Privacy notice', 'Terms of use', 'City of Lanmouth website'];
const kpi = (label: string, value: string, note: string): string => `<div class="KpiTile_tile__9fL2a rounded-lg border border-slate-200 bg-white p-4">
<p class="KpiTile_label__Xa31k text-sm text-slate-600">${label}</p><p class="KpiTile_value__q0PzD text-3xl font-semibold">${value}</p>
<p class="KpiTile_note__Ru8mB text-xs text-slate-500">${note}</p></div>`;
const card = (title: string, id: string): string => `<div class="ChartCard_card__mB3x1 rounded-lg border bg-white p-4">
<div class="flex items-center justify-between"><h3 class="text-base font-semibold">${title}</h3>
<button type="button" class="ChartCard_download__ZpK0w text-sm underline">Download CSV</button></div>
<div id="${id}" class="recharts-responsive-container" style="width:100%;height:320px"><div class="recharts-wrapper"><svg class="recharts-surface"
width="760" height="320" viewBox="0 0 760 320"><g class="recharts-cartesian-axis"></g></svg></div></div></div>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${dTitle} | Lanmouth Data</title><meta name="description" content="Monthly figures on new homes approved, started and completed in Lanmouth."/>
<meta property="og:title" content="${dTitle}"/><meta name="next-head-count" content="5"/>
<link rel="preload" href="/_next/static/css/4c1e0a7b9d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1e0a7b9d.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/main-app-3b2f.js" defer=""></script>
</head><body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="TopBar_bar__k2Jd0 flex h-14 items-center bg-teal-800 px-6 text-white"><nav aria-label="Main"><ul class="flex gap-6">${links(dTop)}</ul></nav>
</header><div class="flex"><aside class="SideNav_nav__Wq8Yh w-60 shrink-0 border-r bg-slate-50"><p class="px-4 pt-4 text-xs uppercase">Dashboards</p>
<ul class="SideNav_list__b7F1e">${links(dSide, 'SideNav_item__3Tz8p px-4 py-2')}</ul></aside>
<main id="main" class="flex-1 px-8 py-6"><div class="Dashboard_header__Fh8c2 mb-6"><h1 class="text-3xl font-bold">${dTitle}</h1>
<p class="Dashboard_updated__P9mQs text-sm text-slate-500">Last updated: 2 March 2026</p>
<div class="Dashboard_intro__Lz5dK prose max-w-3xl">${ps(dIntro)}</div></div>
<section class="grid grid-cols-4 gap-4" aria-label="Key figures">${kpi('Homes approved, last 12 months', '2,918', '+31% on previous year')}
${kpi('Homes started, last 12 months', '2,204', '+12% on previous year')}${kpi('Homes completed, last 12 months', '1,876', '78% of annual target')}
${kpi('Median months to completion', '21', 'Down from 26 in 2023')}</section>
<section class="mt-10"><h2 class="text-xl font-semibold">${dH1}</h2><div class="prose max-w-3xl">${ps(dP1)}</div>
${card('Homes by stage, per quarter, 2019 to 2025', 'chart-stages')}</section>
<section class="mt-10"><h2 class="text-xl font-semibold">${dH2}</h2><div class="prose max-w-3xl">${ps(dP2)}</div>
${card('Median months from approval to completion, by project size', 'chart-duration')}</section>
<section class="mt-10"><details class="Accordion_details__c4R2u" open=""><summary class="text-xl font-semibold"><h2 class="inline">${dH3}</h2></summary>
<ul class="list-disc pl-6">${dAbout.map((a) => `<li>${a}</li>`).join('\n')}</ul></details></section>
<div class="Feedback_box__n1Vt7 mt-12 rounded bg-slate-100 p-4"><p class="font-semibold">Did you find what you were looking for?</p>
<button class="Feedback_btn__Qe0s9">Yes</button><button class="Feedback_btn__Qe0s9">No</button>
<a href="/feedback" class="underline">Tell us how we can improve this dashboard</a></div></main></div>
<footer class="Footer_footer__pR5xQ bg-slate-900 px-8 py-6 text-slate-200"><ul class="flex gap-6">${links(dFoot)}</ul>
<p class="mt-4 text-xs">© City of Lanmouth 2026. Data published under the Lanmouth Open Data Licence.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"housing-supply","updated":"2026-03-02"}},"page":"/dashboards/[slug]",
"query":{"slug":"housing-supply"},"buildId":"q7LwM2x","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const dashboard: TestPage = {
  name: 'heldout312-nextjs-city-dashboard-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dIntro, ...dP1, ...dP2, ...dAbout]),
  bylines: ['Last updated: 2 March 2026'],
  furniture: [
    'Skip to content',
    ...dTop,
    ...dSide,
    'Homes by stage, per quarter, 2019 to 2025',
    'Median months from approval to completion, by project size',
    'Download CSV',
    'Did you find what you were looking for?',
    'Yes',
    'Tell us how we can improve this dashboard',
    ...dFoot,
    '© City of Lanmouth 2026. Data published under the Lanmouth Open Data Licence.',
  ],
};
