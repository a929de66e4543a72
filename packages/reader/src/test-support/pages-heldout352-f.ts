import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file f: a statistical release with a corrections notice, rendered by a Next.js app (`#__next`,
 * CSS-module class names, `__NEXT_DATA__` JSON, a header, breadcrumb, release-meta strip with "Updated", a corrections
 * notice box, a key-figures strip, "Download data" cards, a "Get release alerts" box and the footer) and a regional
 * statistics dashboard's narrative page rendered by Angular (`_ngcontent` attributes, `app-` components, KPI cards,
 * a chart placeholder with its caption, a region selector, "Explore the dashboard" links and a feedback widget).
 */
const rTitle = 'Retail trade, Corvena: fourth quarter 2025';
const rCorr = j(
  'Correction (12 March 2026): the original release of 5 March 2026 gave the quarterly change in retail volumes as 1.2%. The',
  'correct figure is 0.8%. The error arose from a processing fault in the seasonal adjustment of motor fuel sales. The text and',
  'the tables below have been updated. We apologise for any inconvenience.',
);
const rHeads = ['Summary', 'Retail volumes by store type', 'Online sales', 'About this release'];
const rSum = [
  'Retail sales volumes rose 0.8% in the fourth quarter of 2025 compared with the third quarter, seasonally adjusted.',
  'Sales values rose 1.5%, reflecting higher prices, particularly for food.',
  'Compared with the fourth quarter of 2024, volumes were up 2.1%.',
];
const rS1 = [
  j(
    'Food stores recorded a volume increase of 1.1%, the largest since early 2023, helped by a strong December. Sales at',
    'clothing and footwear stores rose 0.6%, while household goods stores saw a fall of 0.9% as furniture purchases remained weak.',
  ),
  j('Motor fuel volumes fell 1.4% over the quarter. This is the series affected by the correction: the originally published', 'figure showed a rise of 0.7%.'),
];
const rS2 = [
  j(
    'Online sales accounted for 14.6% of all retail sales in the quarter, up from 13.9% a year earlier. Online spending rose',
    'most in the weeks before the winter holidays, with the share peaking at 17.2% in the first week of December.',
  ),
  j(
    'Spending with online-only retailers grew faster than online sales by retailers that also run stores, but the latter still',
    'account for more than half of online sales. Click-and-collect orders, counted as online sales, rose by a fifth over the year.',
  ),
];
const rS3 = [
  j(
    'Figures come from the Quarterly Retail Survey of about 3,200 businesses, supplemented by card transaction data for small',
    'retailers. Estimates for the latest quarter are provisional and may be revised when the next release is published.',
  ),
  j(
    'Volume estimates are derived by deflating sales values with retail price indexes for each store type. Revisions to the third',
    'quarter of 2025 were small, at no more than 0.1 percentage point for any store type.',
  ),
];
const rNav = ['Topics', 'Releases', 'Data explorer', 'Methods', 'About'];
const rCrumb = ['Home', 'Economy', 'Retail trade'];
const rKey: [string, string][] = [
  ['+0.8%', 'Volume, quarter on quarter'],
  ['+1.5%', 'Value, quarter on quarter'],
  ['+0.7 pts', 'Online share, change on year'],
];
const rFoot = ['Privacy', 'Accessibility', 'Release calendar', 'Statistical policies', 'Contact'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${rTitle} | Statistics Corvena</title>
<meta name="description" content="Retail sales volumes rose 0.8% in the fourth quarter of 2025."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/4b1e0a2e.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b1e0a2e.css">
<script src="/_next/static/chunks/webpack-7c1d.js" defer></script><script src="/_next/static/chunks/pages/_app-a93f.js" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__x1Kq2" href="#main">Skip to content</a>
<header class="Header_header__3cPzB"><a class="Header_logo__Qe8mD" href="/">Statistics Corvena</a>
<nav class="Header_nav__pL0wT"><ul>${links(rNav, 'Header_item__kR4sZ')}</ul>
</nav><button class="Header_search__Zt7uN" aria-label="Search">Search</button></header>
<nav class="Breadcrumbs_crumbs__a8Pxy" aria-label="Breadcrumb"><ol>${links(rCrumb, 'Breadcrumbs_crumb__V0mnR')}</ol></nav>
<main id="main" class="Release_main__h9WqE"><div class="Release_header__p2Uc7"><p class="Release_type__Lm3aT">Statistical release</p>
<h1 class="Release_title__cK1oE">${rTitle}</h1><ul class="ReleaseMeta_meta__yA0bV"><li>Published 5 March 2026</li><li>Updated 12 March 2026</li>
<li>Next release 4 June 2026</li></ul></div>
<aside class="Notice_notice__Wm2Rt Notice_warning__tE5yP" role="note"><h2 class="Notice_heading__Gz9Ka">Correction notice</h2><p>${rCorr}</p>
<a href="/releases/retail-q4-2025/previous">View the original version</a></aside>
<div class="KeyFigures_strip__b7QwN">${rKey
  .map(
    ([n, l]) => `<div class="KeyFigures_card__r3Jx0"><span class="KeyFigures_value__n2L">${n}</span><span
class="KeyFigures_label__o0D">${l}</span></div>`,
  )
  .join('')}</div>
<article class="Prose_prose__U6hYe"><h2 id="summary">${rHeads[0] ?? ''}</h2><ul>${lis(rSum)}</ul>
<h2 id="store-type">${rHeads[1] ?? ''}</h2>${ps(rS1)}
<figure class="Chart_figure__j4Ea1"><h3 class="Chart_title__e5Tf0">Figure 1. Retail sales volume by store type, quarterly change, %</h3>
<div class="Chart_canvas__d2Yc"
data-chart="retail-q4"></div><figcaption class="Chart_source__mQ3sV">Source: Quarterly Retail Survey, Statistics Corvena</figcaption></figure>
<h2 id="online">${rHeads[2] ?? ''}</h2>${ps(rS2)}<h2 id="about">${rHeads[3] ?? ''}</h2>${ps(rS3)}</article>
<section class="Downloads_downloads__s8Lk2"><h2>Download data</h2>
<ul>${links(['Retail trade tables, Q4 2025 (XLSX)', 'Time series (CSV)'], 'Downloads_item__f6Tb')}</ul>
</section><section class="Alerts_alerts__gU4Nn"><h2>Get release alerts</h2><p>Get an email when we publish new retail figures.</p>
<a class="Button_primary__I2wq" href="/alerts">Sign up for alerts</a></section></main>
<footer class="Footer_footer__iN7aL"><ul>${links(rFoot, 'Footer_link__yS3z')}</ul><p>© Statistics Corvena 2026</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"release":{"slug":"retail-q4-2025","corrected":true}}},"page":"/releases/[slug]",
"buildId":"kP0c2vX9","isFallback":false,"gssp":true}</script></body></html>`;
const corrected: TestPage = {
  name: 'heldout352-nextjs-release-correction-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([rCorr, ...rSum, ...rS1, ...rS2, ...rS3]),
  bylines: ['Published 5 March 2026', 'Updated 12 March 2026', 'Next release 4 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Statistics Corvena', ...rNav, 'Search', ...rCrumb, 'Statistical release', 'Correction notice', 'View the original version',
    ...rKey.flat(), 'Figure 1. Retail sales volume by store type, quarterly change, %', 'Source: Quarterly Retail Survey, Statistics Corvena',
    'Download data', 'Retail trade tables, Q4 2025 (XLSX)', 'Time series (CSV)', 'Get release alerts', 'Get an email when we publish new retail figures.',
    'Sign up for alerts', ...rFoot, '© Statistics Corvena 2026',
  ],
};

const vTitle = 'North Halden region: population and economy at a glance';
const vHeads = ['Population', 'Jobs and earnings', 'Housing'];
const vIntro = j(
  'This page summarises the latest figures for the North Halden region and explains what has changed since last year.',
  'The interactive dashboard below each section lets you compare North Halden with other regions and with the national average.',
);
const vS1 = [
  j(
    'North Halden had an estimated 612,400 residents at the start of 2026, up 0.6% on a year earlier. Growth came mainly from',
    'people moving into the region; the number of births was slightly lower than the number of deaths for the third year running.',
  ),
  j(
    'The population is older than the national average: 24% of residents are aged 65 or over, compared with 20% nationally. The',
    'share is highest in the coastal municipalities of Skerby and Vallund.',
  ),
];
const vS2 = [
  j(
    'Employment in the region rose by 1.1% in 2025, with the largest gains in health care and in offshore wind maintenance, which',
    'now employs around 2,300 people in the port of Ostvik. The employment rate for people aged 20 to 64 reached 79.4%.',
  ),
  j('Median monthly earnings for full-time employees were 3,870 crowns, 4% below the national median. The gap has narrowed from', '7% five years ago.'),
];
const vS3 = [
  'Housing completions in North Halden fell to 1,940 in 2025, down from 2,310 in 2024. Key points:',
  'completions fell in 9 of the 14 municipalities',
  'the average price of a flat rose 3.2% to 2.41 million crowns',
  'rental vacancies in Ostvik fell below 1% for the first time',
  j(
    'The fall in completions follows two years of fewer building starts, as higher interest rates made new projects harder to',
    'finance. Building permits issued in the second half of 2025 were up on a year earlier, which suggests completions could',
    'recover from 2027. Most of the new permits are for flats in Ostvik and in the towns along the rail line to the capital.',
  ),
];
const vKpi: [string, string][] = [
  ['612.4k', 'Residents'],
  ['79.4 pct', 'Employment rate, 20–64'],
  ['1.94k', 'Homes completed, 2025'],
];
const vNav = ['Regions', 'Municipalities', 'Indicators', 'Open data', 'Help'];
const vOther = ['South Halden', 'Westfjord', 'Inner Lake region', 'Capital region'];
const ng = (tag: string, cls: string, inner: string): string => `<${tag} _ngcontent-ng-c2213 class="${cls}">${inner}</${tag}>`;
const vDash = (n: string): string => `<app-dashboard-embed _ngcontent-ng-c2213 _nghost-ng-c4410><div _ngcontent-ng-c4410 class="dash-frame"
data-src="/dash/${n}"><p _ngcontent-ng-c4410 class="dash-caption">Interactive chart: ${n} by municipality, 2016–2025</p>
<a _ngcontent-ng-c4410 class="dash-open" href="/dashboard/north-halden/${n}">Open in full dashboard</a></div></app-dashboard-embed>`;
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>North Halden | Regional Statistics Portal</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Latest figures for the North Halden region.">
<link rel="stylesheet" href="styles.8e1f3c.css"><style ng-app-id="ng">.kpi-card[_ngcontent-ng-c2213]{display:flex}</style></head>
<body><app-root _nghost-ng-c1187 ng-version="17.3.2"><app-cookie-bar _ngcontent-ng-c1187><div class="cookie-bar"><p>This portal uses cookies for
statistics about visits.</p><button>OK, got it</button><button>Settings</button></div></app-cookie-bar>
<app-header _ngcontent-ng-c1187><header class="portal-header"><a class="brand" routerlink="/" href="/">Regional Statistics Portal</a>
<nav><ul>${links(vNav, 'nav-item')}</ul></nav></header></app-header>
<app-region-page _ngcontent-ng-c1187 _nghost-ng-c2213><div _ngcontent-ng-c2213 class="region-layout">
${ng(
  'aside',
  'region-picker',
  `<label _ngcontent-ng-c2213 for="region">Choose a region</label>
<select id="region"><option>North Halden</option></select><p>Other regions:</p><ul>${links(vOther)}</ul>`,
)}
<div _ngcontent-ng-c2213 class="region-main"><h1 _ngcontent-ng-c2213 class="region-title">${vTitle}</h1>
<p _ngcontent-ng-c2213 class="region-updated">Figures updated 28 February 2026</p>
<div _ngcontent-ng-c2213 class="kpi-row">${vKpi
  .map(([n, l]) => ng('div', 'kpi-card', `<span class="kpi-value">${n}</span><span class="kpi-label">${l}</span>`))
  .join('')}</div>
${ng('p', 'region-intro', vIntro)}
${ng('h2', 'section-title', vHeads[0] ?? '')}${ps(vS1, ' _ngcontent-ng-c2213')}${vDash('population')}
${ng('h2', 'section-title', vHeads[1] ?? '')}${ps(vS2, ' _ngcontent-ng-c2213')}${vDash('employment')}
${ng('h2', 'section-title', vHeads[2] ?? '')}<p _ngcontent-ng-c2213>${vS3[0] ?? ''}</p><ul _ngcontent-ng-c2213>${lis(vS3.slice(1))}</ul>${vDash('housing')}
<app-feedback _ngcontent-ng-c2213><div class="feedback"><p>Did you find what you were looking for?</p><button>Yes</button><button>No</button></div>
</app-feedback></div></div></app-region-page>
<app-footer _ngcontent-ng-c1187><footer class="portal-footer"><p>Regional Statistics Portal is run by Halden Statistics Office in partnership with the
regional councils.</p><ul>${links(['About the portal', 'Accessibility statement', 'Privacy', 'API'])}</ul></footer></app-footer></app-root>
<script src="runtime.3c1e.js" type="module"></script><script src="main.f07a2d.js" type="module"></script></body></html>`;
const dashboard: TestPage = {
  name: 'heldout352-angular-regional-dashboard-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([vIntro, ...vS1, ...vS2, ...vS3]),
  bylines: ['Figures updated 28 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This portal uses cookies for statistics about visits.', 'OK, got it', 'Settings', 'Regional Statistics Portal', ...vNav, 'Choose a region',
    'Other regions:', ...vOther, ...vKpi.flat(), 'Interactive chart: population by municipality, 2016–2025',
    'Interactive chart: employment by municipality, 2016–2025',
    'Interactive chart: housing by municipality, 2016–2025', 'Open in full dashboard', 'Did you find what you were looking for?',
    'Regional Statistics Portal is run by Halden Statistics Office in partnership with the regional councils.', 'About the portal', 'Accessibility statement',
    'Privacy',
  ],
};

export const HELDOUT352_F: readonly TestPage[] = [corrected, dashboard];
