import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file b2: a technology company's transparency report page rendered by Next.js (hashed CSS-module class
 * names, the `__next` root, the `__NEXT_DATA__` JSON, a report switcher, the period picker, a chart figure with its caption
 * and source, a data table, a "Download the data" card, the related-reports rail, the consent dialog and the footer).
 */
const tTitle = 'Government requests for user data';
const tIntro = [
  j(
    'Governments and courts sometimes ask Lumora to hand over information about people who use our messaging and storage',
    'services. This report covers every request we received between July 1 and December 31, 2025, and what we did with it.',
  ),
  j(
    'We review each request for legal validity and scope before we respond. When a request is overly broad, we narrow it or',
    'push back, and we notify the affected user unless the law or a court order prevents us from doing so.',
  ),
];
const tNumbers = [
  j(
    'We received 9,412 requests covering 21,380 accounts, an increase of 6 percent on the first half of the year. We produced',
    'some data in response to 63 percent of requests, down from 67 percent.',
  ),
  j(
    'Most of the increase came from emergency disclosure requests, where police say there is an imminent risk of death or',
    'serious injury. We answer these within hours, but we still ask for the facts of the emergency and refuse where none are given.',
  ),
];
const tRows: [string, string, string, string][] = [
  ['Subpoena', '3,904', '8,116', '58%'],
  ['Search warrant', '2,771', '5,902', '81%'],
  ['Court order', '1,206', '3,480', '69%'],
  ['Emergency disclosure', '1,531', '3,882', '52%'],
];
const tNotify = [
  'We were unable to tell users about a request in three situations:',
  'a court issued a non-disclosure order that had not yet expired',
  'the request concerned an ongoing emergency involving a risk to a child',
  'the account had been closed and we held no current contact details',
  j('We challenged 41 non-disclosure orders during the period. Courts lifted or shortened 17 of them, and we then notified', 'the users concerned.'),
];
const tNsl = [
  j(
    'National security requests are reported in ranges, as the law requires. For this period we received between 0 and 249',
    'such requests, affecting between 0 and 249 accounts. We are not permitted to say more.',
  ),
  j(
    'We believe these ranges tell the public very little, and we continue to support legislation that would allow companies',
    'to publish exact numbers after a delay of one year. Until then, we publish the widest detail the law permits.',
  ),
];
const tReports = ['Government requests for user data', 'Content removal requests', 'Intellectual property notices', 'Network shutdowns'];
const tRelated = ['How we handle emergency requests', 'Our guidelines for law enforcement', 'Archive of past reports (2014–2025)'];
const tFoot = ['Company', 'Careers', 'Newsroom', 'Privacy', 'Terms', 'Cookie preferences', 'Help Center'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${tTitle} – Lumora Transparency Center</title><meta name="description" content="How many government requests Lumora received in H2 2025."/>
<meta property="og:title" content="${tTitle}"/><meta property="og:type" content="website"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4b1f0c2e9a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1f0c2e9a.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/reports/%5Bslug%5D-2b9e1c7d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__Xk2pQ">
<header class="SiteHeader_header__3FvNa"><a class="SiteHeader_logo__aP1sd" href="/">Lumora Transparency Center</a>
<nav class="SiteHeader_nav__q8Lm2" aria-label="Reports"><ul class="SiteHeader_list__Zz0aT">${links(tReports, 'SiteHeader_item__e1Wk7')}</ul></nav>
<div class="LocalePicker_root__bT4c9"><button class="LocalePicker_button__r8x1M" aria-haspopup="listbox">English (US)</button></div></header>
<main class="ReportPage_main__hN5uJ"><div class="ReportPage_hero__M2cQa"><p class="Eyebrow_eyebrow__t9F2k">Transparency report</p>
<h1 class="ReportPage_title__V7yoK">${tTitle}</h1>
<div class="PeriodPicker_root__8sQhd"><label for="period" class="PeriodPicker_label__Q0pLs">Reporting period</label>
<select id="period" class="PeriodPicker_select__kL7v2"><option selected="">July–December 2025</option><option>January–June 2025</option></select></div>
<p class="ReportPage_updated__2wPqe">Last updated March 2, 2026</p></div>
<div class="ReportPage_body__yC3nD"><div class="RichText_root__s0d8F">${ps(tIntro)}</div>
<section class="Section_root__aK1pE"><h2 class="Section_heading__L2m9c">Requests by type</h2><div class="RichText_root__s0d8F">${ps(tNumbers)}</div>
<figure class="Chart_figure__pR0y7"><div class="Chart_canvas__Hh3s1" role="img" aria-label="Bar chart of requests by half-year"></div>
<figcaption class="Chart_caption__d4Ws0">Requests received per half-year, 2021–2025.</figcaption>
<p class="Chart_source__Bc7Ym">Source: Lumora legal operations data</p></figure>
<div class="DataTable_wrapper__uN3gE"><table class="DataTable_table__J5f2s"><thead><tr><th>Legal process</th><th>Requests</th><th>Accounts</th>
<th>Some data produced</th></tr></thead>
<tbody>${tRows.map((r) => `<tr class="DataTable_row__y6Tpv"><td>${r.join('</td><td>')}</td></tr>`).join('\n')}</tbody></table></div></section>
<section class="Section_root__aK1pE"><h2 class="Section_heading__L2m9c">Telling users about requests</h2><div class="RichText_root__s0d8F">
${ps(tNotify.slice(0, 1))}<ul>${lis(tNotify.slice(1, 4))}</ul>${ps(tNotify.slice(4))}</div></section>
<section class="Section_root__aK1pE"><h2 class="Section_heading__L2m9c">National security requests</h2>
<div class="RichText_root__s0d8F">${ps(tNsl)}</div></section>
<aside class="DownloadCard_card__Fm8xQ"><h3 class="DownloadCard_title__kA0s3">Download the data</h3>
<p class="DownloadCard_text__u7Rq1">Get every figure in this report as a CSV file, broken down by country.</p>
<a class="Button_primary__c9Hd2" href="/data/requests-2025-h2.csv">Download CSV (48 KB)</a></aside></div>
<aside class="RelatedReports_root__wE3kq"><h2 class="RelatedReports_heading__oP4fX">Learn more</h2><ul>${links(tRelated, 'RelatedReports_item__Ds1m8')}</ul>
</aside></main>
<footer class="SiteFooter_footer__Gv6tR"><ul class="SiteFooter_links__T1nHc">${links(tFoot)}</ul>
<p class="SiteFooter_legal__x0Bq4">© 2026 Lumora Inc.</p></footer>
</div>
<div class="ConsentDialog_root__Qy7ZL" role="dialog" aria-modal="true"><p class="ConsentDialog_text__fG1a8">We and our partners use cookies to
personalise content and measure traffic. You can change your choice at any time.</p><button class="ConsentDialog_accept__Nw2oP">Accept all</button>
<button class="ConsentDialog_reject__mR6cs">Reject non-essential</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"report":{"slug":"government-requests","period":"2025-H2",
"title":"${tTitle}","totals":{"requests":9412,"accounts":21380}}},"__N_SSG":true},"page":"/reports/[slug]","query":{"slug":"government-requests"},
"buildId":"Lk2oA9sd81PQ","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const transparencyReport: TestPage = {
  name: 'heldout371-nextjs-transparency-report',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Requests by type', 'Telling users about requests', 'National security requests'],
  body: texts([...tIntro, ...tNumbers, ...tRows.flat(), ...tNotify, ...tNsl]),
  bylines: ['Last updated March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lumora Transparency Center', ...tReports.slice(1), 'English (US)', 'Transparency report', 'Reporting period', 'July–December 2025',
    'January–June 2025', 'Requests received per half-year, 2021–2025.', 'Source: Lumora legal operations data', 'Download the data',
    'Get every figure in this report as a CSV file, broken down by country.', 'Download CSV (48 KB)', 'Learn more', ...tRelated, ...tFoot,
    '© 2026 Lumora Inc.', 'We and our partners use cookies to personalise content and measure traffic. You can change your choice at any time.',
    'Accept all', 'Reject non-essential',
  ],
};
