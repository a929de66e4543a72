import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file d: a courts service's daily court list rendered by a Next.js app (the __next root, Tailwind
 * utility classes, a skip link, service header and nav, a court picker, the list table, "last updated" line, notices, footer,
 * __NEXT_DATA__ script), a listing whose text is short, and a sentencing council's offence guideline built with the Elementor
 * page builder (header template, breadcrumb, heading and text-editor widgets, a tabs widget, starting point table, download
 * button, "Was this guideline useful?" feedback, footer template, cookie notice).
 */
const lTitle = 'Daily court list: Marrowgate Sheriff Court, Thursday 12 March 2026';
const lBody1 = paras(`
This list shows the cases due to be heard today. Lists can change at short notice. If your case is not shown, or you are not sure
where to go, ask at the enquiry counter on the ground floor.

Cases in custody will be called in the order the court decides. Please arrive at least 30 minutes before the time shown.`);
type Row = readonly [string, string, string, string, string];
const lRows: readonly Row[] = [
  ['10:00', 'Court 1', 'PF v Jordan Baird', 'Trial', 'Sheriff M. Lennox'],
  ['10:00', 'Court 1', 'PF v Shona Cairney', 'Continued trial', 'Sheriff M. Lennox'],
  ['10:00', 'Court 2', 'PF v Declan Moffat', 'Intermediate diet', 'Sheriff A. Ruthven'],
  ['10:30', 'Court 2', 'PF v Kelsey Orr', 'Sentence (deferred)', 'Sheriff A. Ruthven'],
  ['11:00', 'Court 3', 'PF v Lachlan Imrie and Ross Gow', 'First diet', 'Summary Sheriff D. Patton'],
  ['14:00', 'Court 3', 'Petition: Marrowgate Council v Abernethy', 'Proof', 'Summary Sheriff D. Patton'],
  ['14:00', 'Custody court', 'Custody cases from police station', 'Appearance from custody', 'Sheriff M. Lennox'],
];
const lCells = [...new Set(lRows.flat())];
const lBody2 = paras(`
Hearings in Court 3 this afternoon will be held in private if a witness is under 16. Members of the press should speak to the clerk.`);
const lNav = ['Court lists', 'Find a court', 'Pay a fine', 'Jury service', 'Witnesses'];
const lNotices = ['Lift to Court 2 out of service until 20 March', 'Temporary change to public counter hours'];
const lFoot = ['Accessibility', 'Cookies', 'Privacy', 'Freedom of information', 'Contact us'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${lTitle} | Courts Service of Lowmarch</title>
<meta name="description" content="Daily list of cases at Marrowgate Sheriff Court"/><meta name="next-head-count" content="4"/>
<link rel="preload" href="/_next/static/css/7f2a1c9b4e.css" as="style"/><noscript data-n-css=""></noscript>
<script defer src="/_next/static/chunks/webpack-4c1a.js"></script><script defer src="/_next/static/chunks/pages/lists/%5Bcourt%5D-91ab.js"></script>
</head><body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="bg-slate-900 text-white"><div class="mx-auto max-w-6xl flex items-center justify-between px-4 py-3">
<a class="font-semibold text-lg" href="/">Courts Service of Lowmarch</a><nav aria-label="Main"><ul class="flex gap-6 text-sm">
${links(lNav, 'hover:underline')}</ul></nav></div></header>
<div class="bg-amber-100 text-amber-900 text-sm px-4 py-2" role="status">This is a beta service. Your feedback will help us improve it.</div>
<main id="main" class="mx-auto max-w-6xl px-4 py-8"><nav aria-label="Breadcrumb" class="text-sm mb-4"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li><a href="/lists">Court lists</a></li><li aria-current="page">Marrowgate Sheriff Court</li></ol></nav>
<div class="grid grid-cols-1 lg:grid-cols-4 gap-8"><div class="lg:col-span-3">
<h1 class="text-3xl font-bold mb-2">${lTitle}</h1>
<p class="text-sm text-slate-600 mb-6" data-testid="last-updated">Last updated: 12 March 2026 at 08:15</p>
<div class="prose max-w-none">
${ps(lBody1)}
</div>
<form class="my-6 flex items-end gap-3"><label class="text-sm font-medium" for="court">Choose a court</label>
<select id="court" class="border rounded px-2 py-1"><option>Marrowgate Sheriff Court</option><option>Kilbryde Sheriff Court</option></select>
<label class="text-sm font-medium" for="date">Date</label><input id="date" type="date" class="border rounded px-2 py-1" value="2026-03-12"/>
<button class="bg-slate-900 text-white rounded px-4 py-1" type="submit">Show list</button></form>
<div class="overflow-x-auto"><table class="min-w-full text-sm border-collapse"><caption class="sr-only">Cases listed today</caption>
<thead class="bg-slate-100"><tr><th class="text-left p-2">Time</th><th class="text-left p-2">Courtroom</th><th class="text-left p-2">Case name</th>
<th class="text-left p-2">Hearing type</th><th class="text-left p-2">Judge</th></tr></thead>
<tbody>${lRows.map((r) => `<tr class="border-b">${r.map((c) => `<td class="p-2">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<div class="prose max-w-none mt-6">
${ps(lBody2)}
</div>
<div class="mt-6 flex gap-4 text-sm"><a href="/lists/marrowgate/2026-03-12.pdf" class="underline">Download this list (PDF)</a>
<button class="underline" type="button">Print</button></div></div>
<aside class="lg:col-span-1 border-l pl-6"><h2 class="font-semibold mb-2">Court notices</h2><ul class="space-y-2 text-sm">${links(lNotices)}</ul>
<h2 class="font-semibold mt-6 mb-2">Getting here</h2><p class="text-sm">Marrowgate Sheriff Court, 4 Tolbooth Wynd, Marrowgate MG3 2LP</p></aside>
</div></main>
<footer class="bg-slate-100 text-sm mt-12"><div class="mx-auto max-w-6xl px-4 py-6"><ul class="flex flex-wrap gap-4">${links(lFoot)}</ul>
<p class="mt-4">© Courts Service of Lowmarch 2026</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"court":"marrowgate","date":"2026-03-12","count":7}},
"page":"/lists/[court]","query":{"court":"marrowgate"},"buildId":"k3u9XbQ2","isFallback":false,"gssp":true}</script></body></html>`;
const courtList: TestPage = {
  name: 'heldout323-nextjs-daily-court-list-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([...lBody1, ...lCells, ...lBody2]),
  bylines: ['Last updated: 12 March 2026 at 08:15'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Courts Service of Lowmarch', ...lNav, 'This is a beta service. Your feedback will help us improve it.', 'Home',
    'Choose a court', 'Marrowgate Sheriff Court', 'Kilbryde Sheriff Court', 'Date', 'Show list', 'Cases listed today', 'Time', 'Courtroom', 'Case name',
    'Hearing type', 'Judge', 'Download this list (PDF)', 'Print', 'Court notices', ...lNotices, 'Getting here',
    'Marrowgate Sheriff Court, 4 Tolbooth Wynd, Marrowgate MG3 2LP', ...lFoot, '© Courts Service of Lowmarch 2026',
  ],
};

const eTitle = 'Tampering with an electronic monitoring device';
const eIntro = paras(`
This guideline applies to offenders aged 18 and older who are sentenced for interfering with, removing or damaging an electronic
monitoring device fitted as a condition of bail, a community order or a licence. The maximum sentence is 2 years' custody.`);
const eH1 = 'Step 1 – Determining the offence category';
const eStep1 = paras(`
The court should determine the offence category by assessing culpability and harm, using only the factors listed below.

<strong>Higher culpability:</strong> the device was removed or disabled in order to commit further offences; sophisticated
tampering, such as shielding the signal or using tools brought for the purpose; the tampering continued over several days.

<strong>Lower culpability:</strong> damage was accidental or the result of carelessness, though not amounting to a defence;
the offender was suffering from a mental disorder or learning disability linked to the commission of the offence.

<strong>Harm:</strong> category 1 applies where monitoring was lost for more than 24 hours or where the loss of monitoring put a
victim at risk; category 2 applies in all other cases.`);
const eH2 = 'Step 2 – Starting point and category range';
const eStep2 = paras(`
Having determined the category, the court should use the starting point in the table below to reach a sentence within the
category range, before making any further adjustment for aggravating or mitigating features.`);
type Cell = readonly [string, string, string];
const eRows: readonly Cell[] = [
  [
    'Harm category 1',
    'Starting point 16 weeks custody; range 6 to 36 weeks',
    'Starting point high level community order; range medium level community order to 12 weeks custody',
  ],
  [
    'Harm category 2',
    'Starting point 6 weeks custody; range high level community order to 16 weeks',
    'Starting point band C fine; range band B fine to medium level community order',
  ],
];
const eCells = [...new Set(eRows.flat())];
const eH3 = 'Step 3 – Aggravating and mitigating factors';
const eStep3 = paras(`
Previous convictions for breach of court orders and commission of the offence while on licence are statutory aggravating factors.
Other factors increasing seriousness include an attempt to conceal the tampering or to blame a third party.

Factors reducing seriousness or reflecting personal mitigation include prompt voluntary reporting of the damage to the monitoring
provider, good character and genuine remorse, and sole or primary care of dependent relatives.`);
const eNav = ['Guidelines', 'Magistrates’ court', 'Crown Court', 'Research', 'News', 'About us'];
const eFoot = ['Privacy policy', 'Accessibility', 'Cookie policy', 'Contact the Council'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed
elementor-section-height-default" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const h2 = (t: string): string => w('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const te = (p: readonly string[]): string => w('text-editor', ps(p));
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} – Sentencing Standards Council</title>
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${eTitle}","dateModified":"2026-02-27"}</script>
</head><body class="page-template-default page page-id-4410 elementor-default elementor-kit-6 elementor-page elementor-page-4410">
<div data-elementor-type="header" data-elementor-id="51" class="elementor elementor-51 elementor-location-header">${sec(
  `${w('theme-site-logo', '<a href="/">Sentencing Standards Council</a>')}${w(
    'nav-menu',
    `<nav class="elementor-nav-menu--main"><ul
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  )}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="4410" class="elementor elementor-4410">
${sec(`${w(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/guidelines">Guidelines</a> »
<span>Breach offences</span></span></p>`,
)}
${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('text-editor', '<p class="guideline-meta">Effective from: 1 July 2026</p>')}
${w('text-editor', '<p class="guideline-meta">Triable either way · Maximum: 2 years’ custody</p>')}
${te(eIntro)}`)}
${sec(`${h2(eH1)}${te(eStep1)}${h2(eH2)}${te(eStep2)}
${w(
  'html',
  `<table class="sentencing-table"><thead><tr><th></th><th>Culpability A</th><th>Culpability B</th></tr></thead>
<tbody>${eRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
)}
${h2(eH3)}${te(eStep3)}`)}
${sec(`${w(
  'button',
  `<a class="elementor-button elementor-button-link" href="/guidelines/tampering.pdf"><span class="elementor-button-text">Download
this guideline (PDF)</span></a>`,
)}
${w(
  'tabs',
  `<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist"><div class="elementor-tab-title elementor-active"
role="tab">Related guidelines</div><div class="elementor-tab-title" role="tab">Explanatory materials</div></div>
<div class="elementor-tab-content" role="tabpanel">
<ul>${links(['Breach of a community order', 'Breach of bail', 'Breach of a protective order'])}</ul></div></div>`,
)}
${w(
  'text-editor',
  `<p class="feedback-question">Was this guideline useful?</p><p><a href="#">Yes</a> <a href="#">No</a>
<a href="/feedback">Give feedback</a></p>`,
)}`)}
</div>
<div data-elementor-type="footer" data-elementor-id="77" class="elementor elementor-77 elementor-location-footer">${sec(
  `${w('nav-menu', `<ul class="elementor-nav-menu">${links(eFoot)}</ul>`)}${w('text-editor', '<p>© Sentencing Standards Council 2026</p>')}`,
)}</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">No</a></span></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout323-elementor-sentencing-guideline-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eIntro, ...eStep1, ...eStep2, ...eCells, ...eStep3]),
  bylines: ['Effective from: 1 July 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sentencing Standards Council', ...eNav, 'Home', 'Breach offences', 'Triable either way · Maximum: 2 years’ custody', 'Culpability A',
    'Culpability B', 'Download this guideline (PDF)', 'Related guidelines', 'Explanatory materials', 'Breach of a community order', 'Breach of bail',
    'Breach of a protective order', 'Was this guideline useful?', 'Give feedback', ...eFoot, '© Sentencing Standards Council 2026',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

export const HELDOUT323_D: readonly TestPage[] = [courtList, elementor];
