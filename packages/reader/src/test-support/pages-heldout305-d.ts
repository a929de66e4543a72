import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file d: a salary guide with a salary table, a data page rendered by Nuxt 3 (Vue: #__nuxt, data-v-* scoped
 * attributes, a teleported consent dialog, the window.__NUXT__ payload), with a filter bar, the table of salary bands, a
 * "Download the full guide" gate, a methodology note, a contact-a-consultant card and the footer.
 */
const title = 'Salary Guide 2027: Finance and Accounting';
const intro = [
  j(
    'Our annual salary guide is based on 3,900 placements our consultants made across the Northern Region over the past twelve months,',
    'together with a survey of 620 hiring managers. Salaries below are base pay for permanent, full-time roles and exclude bonuses.',
  ),
  j(
    'Pay varies considerably within the region. Employers in the two largest cities pay around 8% above the medians shown here,',
    'while rural and coastal areas sit a little below them, though the gap has narrowed as more roles are advertised as hybrid.',
  ),
];
const h1 = 'Key findings';
const findings = [
  'Average base pay in finance and accounting rose by 4.8%, slightly ahead of inflation for the second year running.',
  'Demand for part-qualified accountants outstripped supply, pushing starting offers up by as much as 9%.',
  'Two in three employers now offer hybrid working as standard, and 41% say it has helped them keep staff.',
  'Financial controllers and FP&A managers saw the biggest competition, with most candidates holding more than one offer.',
];
const h2 = 'Salary bands by role';
const head = ['Role', 'Lower quartile', 'Median', 'Upper quartile', 'Change'];
const rows = [
  ['Accounts Payable Clerk', '£24,000', '£26,500', '£29,000', '+3.9%'],
  ['Assistant Accountant', '£29,000', '£32,000', '£36,000', '+6.7%'],
  ['Management Accountant', '£40,000', '£45,000', '£50,000', '+5.2%'],
  ['Financial Analyst', '£38,000', '£43,500', '£49,000', '+4.1%'],
  ['FP&amp;A Manager', '£58,000', '£65,000', '£74,000', '+6.1%'],
  ['Financial Controller', '£65,000', '£72,000', '£85,000', '+5.8%'],
  ['Finance Director', '£95,000', '£115,000', '£140,000', '+3.6%'],
];
const h3 = 'What employers are doing to hire and keep staff';
const p3 = [
  j(
    'Pay is not the only lever. Many of the employers we surveyed have shortened their interview processes to two stages, and more',
    'than half now pay for professional study in full. Those that took more than three weeks to make an offer lost a candidate to a',
    'competitor in almost a third of cases.',
  ),
  j(
    'For candidates, the message is that qualifications still matter, but experience with modern reporting tools and clear',
    'communication with non-finance colleagues are increasingly what separates a good offer from a great one.',
  ),
  j(
    'Looking ahead, most hiring managers expect to raise pay again next year, but by less: the typical budget for annual increases',
    'is between 3% and 4%. Employers who cannot match market rates told us they plan to compete on flexibility, a four-day week',
    'pilot or a faster route to qualification instead.',
  ),
];
const nav = ['Find a job', 'Hire talent', 'Salary guides', 'Insights', 'About Kestrel Hart'];
const filters = ['Finance and Accounting', 'Technology', 'Office Support', 'Engineering'];
const html = `<!DOCTYPE html><html lang="en-GB" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Salary Guide 2027: Finance and Accounting | Kestrel Hart Recruitment</title>
<link rel="stylesheet" href="/_nuxt/entry.6d1f0b2a.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.a91c3e7f.js">
<meta name="description" content="Finance and accounting salary bands for 2027, based on 3,900 placements and a survey of hiring managers.">
<meta property="og:title" content="Salary Guide 2027: Finance and Accounting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Salary Guide 2027: Finance and Accounting",
"creator":{"@type":"Organization","name":"Kestrel Hart Recruitment"},"temporalCoverage":"2025-10/2026-09"}</script></head>
<body><div id="__nuxt"><div data-v-1a2b3c4d class="app-layout">
<header data-v-7e1f2a3b class="site-header"><a data-v-7e1f2a3b href="/" class="site-header__logo router-link-active">Kestrel Hart</a>
<nav data-v-7e1f2a3b class="site-header__nav"><ul data-v-7e1f2a3b>${links(nav, 'site-header__item')}</ul></nav>
<a data-v-7e1f2a3b href="/upload-cv" class="btn btn--outline">Upload CV</a></header>
<main data-v-5c6d7e8f class="salary-guide"><section data-v-5c6d7e8f class="salary-guide__hero"><p data-v-5c6d7e8f class="eyebrow">Salary Guide
2027</p>
<h1 data-v-5c6d7e8f class="salary-guide__title">${title}</h1>
<p data-v-5c6d7e8f class="salary-guide__updated">Published 4 November 2026 · Data to September 2026</p></section>
<div data-v-2f3e4d5c class="sector-filter" role="tablist"><span data-v-2f3e4d5c class="sector-filter__label">Choose a sector:</span>
${filters.map((f, i) => `<button data-v-2f3e4d5c role="tab" aria-selected="${i === 0}" class="sector-filter__tab">${f}</button>`).join('\n')}</div>
<section data-v-5c6d7e8f class="salary-guide__content"><div data-v-5c6d7e8f class="prose">
${ps(intro, ' data-v-5c6d7e8f')}
<h2 data-v-5c6d7e8f>${h1}</h2><ul data-v-5c6d7e8f>
${lis(findings)}</ul>
<h2 data-v-5c6d7e8f>${h2}</h2></div>
<div data-v-9a8b7c6d class="salary-table"><div data-v-9a8b7c6d class="salary-table__controls"><label data-v-9a8b7c6d>Region
<select data-v-9a8b7c6d><option>Northern Region</option><option>Midlands</option><option>London and South East</option></select></label>
<button data-v-9a8b7c6d class="btn btn--link">Show per hour</button></div><table data-v-9a8b7c6d class="salary-table__table">
<thead data-v-9a8b7c6d><tr data-v-9a8b7c6d>${head.map((h) => `<th data-v-9a8b7c6d scope="col">${h}</th>`).join('')}</tr></thead><tbody data-v-9a8b7c6d>
${rows.map((r) => `<tr data-v-9a8b7c6d>${r.map((c) => `<td data-v-9a8b7c6d>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><p data-v-9a8b7c6d class="salary-table__source">Source: Kestrel Hart placements, October 2025 to September 2026.</p></div>
<div data-v-5c6d7e8f class="prose"><h2 data-v-5c6d7e8f>${h3}</h2>
${ps(p3, ' data-v-5c6d7e8f')}</div>
<div data-v-4b5a6c7d class="gated-download"><h3 data-v-4b5a6c7d>Download the full guide</h3><p data-v-4b5a6c7d>Get all twelve sectors,
benefits data and regional breakdowns as a PDF.</p><form data-v-4b5a6c7d><input data-v-4b5a6c7d type="email" placeholder="Work email">
<button data-v-4b5a6c7d class="btn">Send me the guide</button></form></div>
<details data-v-5c6d7e8f class="methodology"><summary data-v-5c6d7e8f>How we collect this data</summary><p data-v-5c6d7e8f>Figures are
medians of agreed starting salaries; roles with fewer than 25 placements are not shown.</p></details></section>
<aside data-v-8d7c6b5a class="consultant-card"><img data-v-8d7c6b5a src="/img/team/amir-rahimi.jpg" alt=""><p data-v-8d7c6b5a class="consultant-card__name">Amir
Rahimi</p><p data-v-8d7c6b5a>Director, Finance Recruitment</p><a data-v-8d7c6b5a href="/contact/amir-rahimi" class="btn">Talk to Amir</a></aside></main>
<footer data-v-6e5f4a3b class="site-footer"><ul data-v-6e5f4a3b>${links(['Offices', 'Modern slavery statement', 'Privacy', 'Terms', 'Sitemap'])}</ul>
<p data-v-6e5f4a3b>Kestrel Hart Recruitment Ltd is an employment agency and employment business. © 2026</p></footer></div>
<div data-v-0c1d2e3f class="consent-dialog" role="dialog" aria-modal="true"><p data-v-0c1d2e3f>We use essential cookies to run this site and,
with your permission, analytics cookies to improve it.</p><button data-v-0c1d2e3f>Allow analytics</button><button data-v-0c1d2e3f>Essential only</button>
</div></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">[["ShallowReactive",1],{"data":2,"state":3},{"guide-finance-2027":4},{},
{"sector":"finance","rows":7}]</script>
<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"/api"},app:{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>
<script type="module" src="/_nuxt/entry.a91c3e7f.js" crossorigin></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-nuxt-salary-guide-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...findings, ...rows.flat(), ...p3]),
  bylines: ['Published 4 November 2026 · Data to September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Hart', ...nav, 'Upload CV', 'Salary Guide 2027', 'Choose a sector:', ...filters.slice(1), 'Midlands',
    'London and South East', 'Show per hour', 'Source: Kestrel Hart placements, October 2025 to September 2026.', 'Download the full guide',
    'Get all twelve sectors, benefits data and regional breakdowns as a PDF.', 'Send me the guide', 'How we collect this data',
    'Figures are medians of agreed starting salaries; roles with fewer than 25 placements are not shown.', 'Amir Rahimi', 'Director, Finance Recruitment',
    'Talk to Amir', 'Offices', 'Modern slavery statement', 'Privacy', 'Terms', 'Sitemap',
    'Kestrel Hart Recruitment Ltd is an employment agency and employment business. © 2026',
    'We use essential cookies to run this site and, with your permission, analytics cookies to improve it.', 'Allow analytics', 'Essential only',
  ],
};

export const HELDOUT305_D: readonly TestPage[] = [page];
