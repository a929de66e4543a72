import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: a Copernicus Climate Change Service monthly climate bulletin on climate.copernicus.eu (Drupal), as "Save page as" stores it. */
const title = 'Surface air temperature for February 2026';
const h0 = 'Highlights';
const hl = [
  'February 2026 was the third-warmest February globally, 0.61°C above the 1991-2020 average for the month.',
  'The average temperature over European land for February 2026 was 1.84°C above the 1991-2020 average, making it the ' +
    'fourth-warmest February on record for the continent.',
  'Temperatures were most above average over north-eastern Europe and western Russia, and below average over Iberia and ' +
    'parts of the western Mediterranean.',
  'The twelve-month period from March 2025 to February 2026 was 1.48°C above the pre-industrial level.',
];
const h1 = 'Global';
const p1 = [
  'Globally, February 2026 was 0.61°C warmer than the 1991-2020 average, 0.12°C cooler than the record February of 2024. ' +
    'The global average temperature has been lower than the record levels of 2024 for most of the past year, as La Niña ' +
    'conditions developed in the equatorial Pacific during the late autumn.',
  'Temperatures were well above average over much of the Arctic, Canada and central Asia. They were below average over ' +
    'parts of the eastern United States, southern South America and the eastern equatorial Pacific.',
];
const h2 = 'Europe';
const p2 = [
  'The average temperature over European land for February 2026 was 1.84°C above the 1991-2020 average. A persistent ' +
    'high-pressure system over Scandinavia brought mild southerly air to the Baltic states and Finland, where the month ' +
    'was between 4°C and 6°C warmer than average.',
  'In contrast, a series of low-pressure systems tracking across Iberia brought cool, wet conditions to Spain and Portugal, ' +
    'and snow to lower elevations than usual in the Pyrenees.',
];
const h3 = 'Other regions';
const p3 = [
  'Outside Europe, temperatures were most above average over northern Canada, where parts of Nunavut were more than 8°C ' +
    'warmer than usual, and over Mongolia and northern China.',
  'Temperatures over the ocean remained high. The average sea surface temperature for 60°S–60°N was 20.78°C, the ' +
    'second-highest value on record for the month.',
  'Antarctic sea ice extent was close to average for the time of year, while Arctic sea ice extent was 4% below average, ' +
    'the fifth-lowest for February in the satellite data record.',
];
const cap1 = 'Surface air temperature anomaly for February 2026 relative to the February average for the period 1991-2020.';
const cap2 = 'Monthly global surface air temperature anomalies relative to 1991-2020 from January 1979 to February 2026.';
const credit = 'Data source: ERA5. Credit: Copernicus Climate Change Service/ECMWF.';
const nav = ['About us', 'Climate Bulletins', 'Climate Indicators', 'Data', 'Services', 'Resources', 'News & Events'];
const side = [
  'Surface air temperature',
  'Sea ice',
  'Hydrological variables',
  'Precipitation, relative humidity and soil moisture',
  'Sea surface temperature',
  'Previous bulletins',
];
const foot = [
  'Accessibility',
  'Privacy',
  'Terms of use',
  'Cookies',
  'Contact',
  'Copernicus Atmosphere Monitoring Service',
  'Copernicus Emergency Management Service',
];
const fig = (src: string, cap: string): string => `<figure class="c3s-figure"><img src="/sites/default/files/2026-03/${src}" alt="">
<figcaption><p class="c3s-figure__caption">${cap}</p><p class="c3s-figure__credit">${credit}</p>
<a class="c3s-figure__download" href="/sites/default/files/2026-03/${src}" download>Download the image</a></figcaption></figure>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | Copernicus</title>
<meta name="description" content="February 2026 was the third-warmest February globally."><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://climate.copernicus.eu/surface-air-temperature-february-2026"><meta property="og:title" content="${title}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" href="/sites/default/files/css/css_c3s.css">
<script src="/sites/default/files/js/js_c3s.js"></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies on this website to improve your experience. Some are essential,
others help us understand how you use the site.</p><button class="btn accept">Accept all cookies</button><button class="btn">Only essential cookies</button>
<a href="/cookies">Cookie policy</a></div>
<header class="header"><div class="header__top"><a class="logo" href="/"><img src="/themes/custom/c3s/logo.svg" alt="Copernicus Climate Change Service"></a>
<p class="header__implemented">Implemented by ECMWF</p><a class="header__europe" href="https://www.copernicus.eu">Copernicus Europe’s eyes on Earth</a></div>
<nav class="main-nav" aria-label="Main"><ul>${links(nav)}</ul></nav><form class="header__search" role="search"><input type="search" name="keys"
placeholder="Search"><button type="submit">Search</button></form></header>
<main id="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a
href="/climate-bulletins">Climate Bulletins</a></li>
<li>${title}</li></ol></nav><div class="layout-container layout-two-col">
<aside class="layout-sidebar"><nav class="bulletin-nav"><h2 class="bulletin-nav__title">February 2026 bulletin</h2><ul>${links(side)}</ul></nav></aside>
<article class="node node--type-article layout-main"><header class="article-header"><span class="article-header__type">Climate Bulletins</span>
<h1>${title}</h1><div class="article-header__date">Published: 6 March 2026</div></header>
<div class="article-body text-formatted"><div class="highlights-box"><h2>${h0}</h2><ul>${hl.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${fig('2026_02_sat_map.png', cap1)}
<h2>${h1}</h2>
${ps(p1)}
${fig('2026_02_sat_timeseries.png', cap2)}
<h2>${h2}</h2>
${ps(p2)}
<h2>${h3}</h2>
${ps(p3)}
<div class="about-data"><h3>About the data</h3><p>The data used in this bulletin come from the ERA5 reanalysis, produced by C3S. More information
about the methods is available in the Climate Bulletin documentation.</p><a class="btn" href="/climate-bulletin-about-data-and-analysis">
Read more about the data and analysis</a></div></div>
<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div></article></div>
<section class="related-content"><h2>Related content</h2><ul>${links([
  'Sea ice for February 2026',
  'Copernicus: January 2026 was the sixth-warmest January',
  'Global Climate Highlights 2025',
])}</ul></section>
<section class="newsletter"><h2>Subscribe to our newsletter</h2><p>Stay up to date with the latest climate data and news from C3S.</p>
<a class="btn" href="/newsletter">Sign up</a></section></main>
<footer class="footer"><div class="footer__logos"><img src="/themes/custom/c3s/eu.svg" alt="European Commission"><img
src="/themes/custom/c3s/ecmwf.svg" alt="ECMWF">
</div><ul class="footer__links">${links(foot)}</ul><p class="footer__copy">© 2026 Copernicus Climate Change Service</p></footer></body></html>`;
export const copernicusBulletin: TestPage = {
  name: 'heldout212-copernicus-bulletin',
  kind: 'news',
  html,
  title,
  // the "Highlights" box opens the bulletin and is body; the "About the data" note at the foot is a standing box: furniture
  headings: [h0, h1, h2, h3],
  body: texts([...hl, ...p1, ...p2, ...p3]),
  bylines: ['Published: 6 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this website to improve your experience.', 'Accept all cookies', 'Only essential cookies',
    'Cookie policy', 'Implemented by ECMWF', 'Copernicus Europe’s eyes on Earth', ...nav, 'Search', 'Home', 'February 2026 bulletin', ...side,
    cap1, cap2, credit, 'Download the image', 'About the data', 'The data used in this bulletin come from the ERA5 reanalysis, produced by C3S.',
    'Read more about the data and analysis', 'Share this page', 'Facebook', 'LinkedIn', 'Email', 'Related content', 'Sea ice for February 2026',
    'Copernicus: January 2026 was the sixth-warmest January', 'Global Climate Highlights 2025', 'Subscribe to our newsletter',
    'Stay up to date with the latest climate data and news from C3S.', 'Sign up', ...foot, '© 2026 Copernicus Climate Change Service',
  ],
};
