import { links, ps, type TestPage, texts } from './page-kit.js';
import { dashboard } from './pages-heldout312-b2.js';
import { j, lis } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file b: a statistics office's bulletin on the ONS design system (cookie banner, header with the
 * search, breadcrumbs, release metadata list, table of contents, numbered sections with main points, a data table, figure
 * with its source and download links, "Cite this statistical bulletin", related links, feedback prompt, OGL footer) and,
 * from file b2, a public dashboard page built with Next.js.
 */
const bTitle = 'Household energy use, Northmere: October to December 2025';
const bH = ['1. Main points', '2. Electricity use', '3. Gas and heating oil', '4. Data on household energy use', '5. Measuring the data'];
const bMain = [
  'Average household electricity use was 7.4% lower in October to December 2025 than in the same quarter of 2024.',
  'Gas use per household fell by 3.1% over the same period, the smallest fall since 2022.',
  j(
    'Households in the coastal districts used 11% more heating oil than the national average,',
    'largely because fewer homes there are connected to the gas network.',
  ),
  'An estimated 18% of homes now have solar panels, up from 14% a year earlier.',
];
const bP2 = [
  j(
    'Electricity use fell in every region of Northmere in the final quarter of 2025. The largest fall was in the Eastern Valleys',
    '(9.8%), where a rooftop solar grant scheme ran throughout the year.',
  ),
  j(
    'Part of the fall reflects milder weather. December 2025 was the warmest December on record in the south of the country, with',
    '4.2 fewer heating degree days than the ten-year average. When we adjust for temperature, the fall in electricity use is',
    'smaller, at 4.9%.',
  ),
];
const bCaption = 'Table 1: Average electricity use per household, kWh, by region';
const bRows = [
  ['Northern Uplands', '1,042', '968', '-7.1'],
  ['Eastern Valleys', '1,115', '1,006', '-9.8'],
  ['Central', '987', '921', '-6.7'],
  ['Coastal districts', '1,203', '1,129', '-6.2'],
  ['Northmere', '1,061', '982', '-7.4'],
];
const bP3 = [
  j(
    'Gas use per household fell by 3.1% compared with October to December 2024. This is a smaller fall than in the previous two',
    'years, when high prices led many households to lower their thermostats.',
  ),
  j('Heating oil remains important in rural areas. In the coastal districts, 38% of homes use oil as their main heating fuel,', 'compared with 9% nationally.'),
];
const bP4 = [
  j(
    'The data in this bulletin are available to download as a spreadsheet. The dataset includes quarterly figures by region and',
    'local authority from January 2019.',
  ),
];
const bP5 = [
  j(
    'Estimates are based on meter readings supplied by energy companies for a sample of 42,000 households, weighted to represent',
    'all households in Northmere. Households without a meter reading in the quarter are not included. Solar panel estimates come from',
    'the Household Conditions Survey.',
  ),
  'Figures for the most recent quarter are provisional and may be revised when further meter readings arrive.',
];
const bToc = bH.concat(['6. Related links', '7. Cite this statistical bulletin']);
const bRelated = ['Energy prices and household spending: 2025', 'Household Conditions Survey: 2024 to 2025'];
const bFurn = [
  'Cookies on stats.northmere.gov',
  'Cookies are small files stored on your device when you visit a website. We use some essential cookies to make this website work.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'Skip to main content',
  'Search for a keyword(s) or time series ID',
  'Home',
  'People, population and community',
  'Housing',
  'Household energy',
  'Statistical bulletin',
  'Release date:',
  'Next release:',
  '15 May 2026',
  'Contact:',
  'Energy Statistics team',
  'Table of contents',
  ...bToc.slice(5),
  'Figure 1: Electricity use fell in every region',
  'Source: Household Energy Use statistics from the Northmere Statistics Agency',
  'Download this chart',
  'Image',
  '.csv',
  '.xls',
  'Household energy use',
  'Dataset | Released 12 March 2026',
  'Quarterly estimates of electricity, gas and heating oil use per household, by region.',
  ...bRelated,
  'Northmere Statistics Agency (NSA), released 12 March 2026, statistical bulletin, Household energy use, Northmere: October to December 2025',
  'Back to table of contents',
  'Is this page useful?',
  'Yes',
  'Help',
  'Accessibility',
  'Cookies',
  'Privacy',
  'Terms and conditions',
  'All content is available under the Open Government Licence v3.0, except where otherwise stated',
];
const th = ['Region', 'Oct to Dec 2024', 'Oct to Dec 2025', 'Change (%)'];
const bHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>${bTitle} - Northmere Statistics Agency</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Quarterly estimates of household electricity, gas and oil use.">
<meta property="og:type" content="article"><meta name="citation_title" content="${bTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Report","name":"${bTitle}","datePublished":"2026-03-12"}</script>
<link rel="stylesheet" href="https://cdn.northmere.gov/design-system/72.1.0/css/main.css"><script>document.documentElement.className='js'</script></head>
<body><div class="ons-page"><div class="ons-page__content">
<div class="ons-cookies-banner" role="region" aria-label="Cookies banner"><div class="ons-container"><div class="ons-cookies-banner__primary">
<h2 class="ons-cookies-banner__title ons-u-mt-s">Cookies on stats.northmere.gov</h2>
<div class="ons-cookies-banner__statement"><p>Cookies are small files stored on your device when you visit a website. We use some essential cookies to
make this website work.</p></div>
<button type="button" class="ons-btn ons-btn--small ons-js-accept-cookies"><span class="ons-btn__inner">Accept additional cookies</span></button>
<button type="button" class="ons-btn ons-btn--small ons-js-reject-cookies"><span class="ons-btn__inner">Reject additional cookies</span></button>
<a href="/cookies">View cookies</a></div></div></div>
<a class="ons-skip-link" href="#main-content">Skip to main content</a>
<header class="ons-header ons-header--basic" role="banner"><div class="ons-header__top"><div class="ons-container"><a class="ons-header__logo-link" href="/">
<img src="/img/nsa-logo.svg" alt="Northmere Statistics Agency"></a></div></div>
<div class="ons-header__main"><form class="ons-search" action="/search"><label class="ons-label" for="search">Search for a keyword(s) or time series ID</label>
<input type="search" id="search" class="ons-input"></form></div></header>
<nav class="ons-breadcrumbs" aria-label="Breadcrumbs"><ol class="ons-breadcrumbs__items ons-u-fs-s">
${links(['Home', 'People, population and community', 'Housing', 'Household energy'], 'ons-breadcrumbs__item')}</ol></nav>
<main id="main-content" class="ons-page__main"><div class="ons-container">
<div class="ons-u-mb-l"><span class="ons-u-fs-m ons-u-fw-b">Statistical bulletin</span><h1 class="ons-u-fs-xxxl ons-u-mt-s">${bTitle}</h1>
<p class="ons-u-fs-r--b">Quarterly estimates of average household electricity, gas and heating oil use, by region.</p></div>
<dl class="ons-metadata ons-metadata__list ons-grid ons-grid--gutterless">
<dt class="ons-metadata__term ons-grid__col">Release date:</dt><dd class="ons-metadata__value ons-grid__col">12 March 2026</dd>
<dt class="ons-metadata__term ons-grid__col">Next release:</dt><dd class="ons-metadata__value ons-grid__col">15 May 2026</dd>
<dt class="ons-metadata__term ons-grid__col">Contact:</dt><dd class="ons-metadata__value ons-grid__col"><a href="mailto:energy@northmere.gov">Energy
Statistics team</a></dd></dl>
<aside class="ons-table-of-contents-container" role="complementary"><nav class="ons-table-of-contents" aria-label="Table of contents">
<h2 class="ons-table-of-contents__title ons-u-fs-r--b">Table of contents</h2><ol class="ons-list ons-list--bare">
${bToc.map((t, i) => `<li class="ons-list__item"><a href="#section-${i + 1}" class="ons-list__link">${t}</a></li>`).join('\n')}</ol></nav></aside>
<div class="ons-grid__col ons-col-8@m">
<section id="section-1"><h2>${bH[0]}</h2><ul class="ons-list">${lis(bMain, 'ons-list__item')}</ul></section>
<section id="section-2"><h2>${bH[1]}</h2>${ps(bP2)}
<figure class="ons-chart"><figcaption><h3 class="ons-chart__title">Figure 1: Electricity use fell in every region</h3></figcaption>
<div class="ons-chart__chart" data-highcharts-id="f1"><noscript><img src="/charts/f1.png" alt=""></noscript></div>
<p class="ons-chart__footer ons-u-fs-s">Source: Household Energy Use statistics from the Northmere Statistics Agency</p>
<div class="ons-chart__download"><h4 class="ons-u-fs-r--b">Download this chart</h4>
<ul class="ons-list ons-list--inline">${links(['Image', '.csv', '.xls'])}</ul>
</div></figure>
<div class="ons-table-scrollable"><table class="ons-table"><caption class="ons-table__caption">${bCaption}</caption>
<thead class="ons-table__head"><tr class="ons-table__row">${th.map((h) => `<th scope="col" class="ons-table__header">${h}</th>`).join('')}</tr></thead>
<tbody class="ons-table__body">
${bRows.map((r) => `<tr class="ons-table__row">${r.map((c) => `<td class="ons-table__cell">${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div><a href="#toc" class="ons-back-to-top">Back to table of contents</a></section>
<section id="section-3"><h2>${bH[2]}</h2>${ps(bP3)}</section>
<section id="section-4"><h2>${bH[3]}</h2>
<div class="ons-document-list__item"><h3 class="ons-document-list__item-title"><a href="/datasets/household-energy-use">Household energy use</a></h3>
<p class="ons-document-list__item-metadata">Dataset | Released 12 March 2026</p>
<p class="ons-document-list__item-description">Quarterly estimates of electricity, gas and heating oil use per household, by region.</p></div>
${ps(bP4)}</section>
<section id="section-5"><h2>${bH[4]}</h2>${ps(bP5)}</section>
<section id="section-6"><h2>6. Related links</h2><ul class="ons-list">${links(bRelated, 'ons-list__item')}</ul></section>
<section id="section-7"><h2>7. Cite this statistical bulletin</h2><p class="ons-u-fs-s">Northmere Statistics Agency (NSA), released 12 March 2026,
statistical bulletin, <a href="/bulletins/energy-2025q4">Household energy use, Northmere: October to December 2025</a></p></section>
</div></div>
<div class="ons-feedback ons-container"><h2 class="ons-u-fs-r--b">Is this page useful?</h2><a href="#yes" class="ons-btn">Yes</a>
<a href="#no" class="ons-btn">No</a></div></main>
<footer class="ons-footer"><div class="ons-footer__body"><div class="ons-container"><ul class="ons-list ons-list--bare ons-list--inline">
${links(['Help', 'Accessibility', 'Cookies', 'Privacy', 'Terms and conditions'], 'ons-list__item')}</ul>
<p class="ons-footer__license">All content is available under the <a href="/ogl">Open Government Licence v3.0</a>, except where otherwise stated</p>
</div></div></footer></div></div><script src="https://cdn.northmere.gov/design-system/72.1.0/scripts/main.js"></script></body></html>`;
const nsa: TestPage = {
  name: 'heldout312-ons-design-system-bulletin-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bMain, ...bP2, bCaption, ...bRows.flat(), ...bP3, ...bP4, ...bP5]),
  bylines: ['12 March 2026'],
  furniture: bFurn,
};

export const HELDOUT312_B: readonly TestPage[] = [nsa, dashboard];
