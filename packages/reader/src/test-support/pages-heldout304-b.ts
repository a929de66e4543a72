import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file b: a climate-science explainer on NASA Science (WordPress with the Horizon design system: top
 * bar, mega menu, USWDS breadcrumb, the hero with the h1 and the article meta, a figure with caption and credit, a pull
 * quote, an in-body "Explore More" promo, the "Keep Exploring" rail, social links and the footer) and an air-quality
 * index page built as a Nuxt app (`#__nuxt`, `data-v-` attributes, the AQI gauge, the pollutant table, the hourly
 * forecast strip, health advice, a ranking widget, app download banner and the footer).
 */
const nTitle = 'How Do We Know the Deep Ocean Is Warming?';
const nIntro = [
  j(
    'More than 90 percent of the extra heat trapped by greenhouse gases ends up in the ocean. Most of it stays near the',
    'surface, but a growing share is now being carried into water more than two kilometers down, where a warming signal',
    'was once thought to be too small to measure at all.',
  ),
  j(
    'Measuring it is hard. The deep ocean is dark, cold and enormous, and a change of a few thousandths of a degree per',
    'year is the kind of signal scientists are looking for. Here is how they do it.',
  ),
];
const nFloats = [
  j(
    'Since the early 2000s, a global array of robotic floats has drifted with the currents, diving and surfacing every',
    'ten days. The original floats reached 2,000 meters. A newer generation, called deep floats, can dive to 6,000 meters,',
    'covering almost the whole water column in most ocean basins.',
  ),
  'Each profile records temperature, salinity and pressure. Hundreds of profiles a month are combined into maps of heat content.',
];
const nSat = [
  j(
    'Warm water takes up more space than cold water, so a warming ocean rises. Satellite altimeters such as the invented',
    'Meridian-2 mission measure sea level to within a few centimeters from orbit. When scientists subtract the part of',
    'sea-level rise caused by melting ice, which they estimate from gravity measurements, what is left is the expansion',
    'from heat.',
  ),
  j(
    'Comparing this estimate with the float data gives a check on both. Where the two disagree, the gap points to heat',
    'hiding below the depth the older floats could reach.',
  ),
];
const nList = [
  'Robotic floats that profile the water column every ten days',
  'Repeat ship surveys that sample the same lines across an ocean basin once a decade',
  'Satellite altimetry of sea-surface height',
  'Satellite gravity measurements of changing ice and water mass',
];
const nWhy = [
  j(
    'Heat stored in the deep ocean will stay there for centuries. It raises sea level, changes the habitats of deep-sea',
    'species and slowly returns to the surface in some regions. Knowing how much heat is going where helps climate models',
    'estimate how quickly the surface will continue to warm.',
  ),
];
const nQuote = 'The deep ocean is the climate system’s long-term memory. What we put into it now, we will be living with for generations.';
const nMenu = ['News & Events', 'Multimedia', 'NASA+', 'Missions', 'Humans in Space', 'Earth', 'The Solar System', 'The Universe', 'Science'];
const nCrumb = ['Science', 'Earth', 'Climate Change'];
const nKeep = ['What Is Climate Change?', 'Evidence', 'Causes', 'Effects', 'Sea Level', 'Vital Signs of the Planet'];
const nFoot = ['About NASA', 'Join Us', 'Contact NASA', 'Accessibility', 'Budget and Annual Reports', 'No FEAR Act', 'Office of Inspector General'];
const nFoot2 = ['NASA Privacy Policy', 'Vulnerability Disclosure Policy', 'USA.gov', 'Sitemap'];
const nHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>How Do We Know the Deep Ocean Is Warming? - NASA Science</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Floats, ships and satellites track heat in the deep ocean.">
<meta property="og:type" content="article"><meta property="og:site_name" content="NASA Science">
<meta property="article:published_time" content="2026-04-08T14:00:00+00:00">
<link rel="stylesheet" id="nasa-hds-css" href="https://science.nasa.gov/wp-content/themes/nasa/assets/css/main.css?ver=2.4.1" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${nTitle}",
"datePublished":"2026-04-08T14:00:00+00:00","author":{"@type":"Person","name":"Theda Rosvall"},
"publisher":{"@id":"https://science.nasa.gov/#organization"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.nasaGlobals={siteSection:'earth'};</script></head>
<body class="post-template-default single single-post wp-theme-nasa"><a class="skip-link usa-skipnav" href="#main">Skip to main content</a>
<header id="global-navigation" class="nasa-global-nav"><div class="grid-container"><a class="nasa-logo" href="https://www.nasa.gov">
<span class="sr-only">NASA</span></a>
<nav class="global-nav-menu" aria-label="Main menu"><ul class="menu">${links(nMenu, 'menu-item')}</ul></nav>
<a class="button-primary" href="/search">Search</a></div></header>
<main id="main" class="site-main"><article id="post-318204" class="post-318204 post type-post status-publish">
<div class="hds-article-hero grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(nCrumb, 'usa-breadcrumb__list-item')}</ol></nav>
<h1 class="display-48 margin-bottom-2">${nTitle}</h1>
<div class="hds-meta-heading grid-row"><div class="article-meta-item"><span class="heading-12 text-uppercase">Theda Rosvall</span></div>
<div class="article-meta-item"><span class="heading-12 text-uppercase">Apr 08, 2026</span></div>
<div class="article-meta-item"><span class="heading-12 text-uppercase">Article</span></div></div></div>
<div class="entry-content single-blog-content grid-container grid-container-block-lg">
<figure class="hds-media wp-block-image"><img src="/wp-content/uploads/2026/04/deep-float.jpg" alt="A float is lowered from a ship">
<figcaption class="hds-caption"><div class="hds-caption-text p-sm">A deep float is lowered over the side of a research vessel in the Southern Ocean.</div>
<div class="hds-credits">NASA/Marek Ilves</div></figcaption></figure>
${ps(nIntro)}
<h2 class="wp-block-heading">Floats that dive to the seafloor</h2>
${ps(nFloats)}
<div class="hds-cta wp-block-nasa-blocks-cta"><p class="label">Explore More</p><a href="/earth/sea-level-101">Sea Level 101: What Causes It to Rise?</a></div>
<h2 class="wp-block-heading">Watching the sea rise from space</h2>
${ps(nSat)}
<figure class="hds-quote wp-block-pullquote"><blockquote><p>${nQuote}</p><cite>Okonkwo Bell, oceanographer</cite></blockquote></figure>
<h2 class="wp-block-heading">Four ways to take the ocean’s temperature</h2>
<ul class="wp-block-list">${nList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">Why it matters</h2>
${ps(nWhy)}
<div class="hds-share"><span>Share</span><a href="#" aria-label="Share on Facebook">Facebook</a><a href="#" aria-label="Share on X">X</a>
<a href="#" aria-label="Share on LinkedIn">LinkedIn</a></div></div>
<section class="hds-topic-cards grid-container"><h2 class="heading-36">Keep Exploring</h2><h3>Discover More Topics From NASA</h3>
<ul>${links(nKeep, 'hds-topic-card')}</ul></section></article></main>
<footer id="colophon" class="nasa-footer"><div class="grid-container"><p class="footer-tagline">NASA explores the unknown in air and space,
innovates for the benefit of humanity, and inspires the world through discovery.</p><ul class="footer-menu">${links(nFoot)}</ul>
<ul class="footer-secondary">${links(nFoot2)}</ul><p class="footer-updated">Page Last Updated: Apr 09, 2026</p>
<p class="footer-editor">Page Editor: Lia Montrose</p><p class="footer-official">Responsible NASA Official for Science: Gareth Nwosu</p></div></footer>
<script src="https://science.nasa.gov/wp-content/themes/nasa/assets/js/main.js?ver=2.4.1" id="nasa-main-js"></script></body></html>`;
const nasa: TestPage = {
  name: 'heldout304-nasa-science-explainer-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Floats that dive to the seafloor', 'Watching the sea rise from space', 'Four ways to take the ocean’s temperature', 'Why it matters'],
  body: texts([...nIntro, ...nFloats, ...nSat, nQuote, ...nList, ...nWhy]),
  bylines: ['Theda Rosvall', 'Apr 08, 2026', 'Page Last Updated: Apr 09, 2026', 'Page Editor: Lia Montrose'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nMenu, 'Search', ...nCrumb, 'Article',
    'A deep float is lowered over the side of a research vessel in the Southern Ocean.', 'NASA/Marek Ilves', 'Explore More',
    'Sea Level 101: What Causes It to Rise?', 'Okonkwo Bell, oceanographer', 'Share', 'Facebook', 'LinkedIn', 'Keep Exploring',
    'Discover More Topics From NASA', ...nKeep, 'NASA explores the unknown in air and space, innovates for the benefit of humanity',
    ...nFoot, ...nFoot2, 'Responsible NASA Official for Science: Gareth Nwosu',
  ],
};

const qTitle = 'Air quality in Velmora';
const qNow = [
  j(
    'Air quality in Velmora is poor this morning for people with asthma, older adults and children. The AQI of 128 is driven by fine particulate',
    'matter (PM2.5), at a concentration about nine times the annual guideline value set by global health bodies.',
  ),
  j(
    'Smoke from agricultural burning to the south has been carried over the city by light southerly winds since Tuesday.',
    'A temperature inversion is trapping it close to the ground in the early hours, so readings are usually worst between',
    '6 and 10 AM and improve in the afternoon as the air mixes.',
  ),
];
const qAdvice = [
  'Sensitive groups should wear a mask outdoors',
  'Run an air purifier indoors',
  'Close your windows to avoid dirty outdoor air',
  'Sensitive groups should reduce outdoor exercise',
];
const qAbout = [
  j(
    'Velmora’s air is usually cleanest in the wet season from June to September. From late January to April, crop burning',
    'in the surrounding plains and dry, still weather together push PM2.5 levels up, and the city has recorded more than',
    'forty unhealthy days in each of the last three years.',
  ),
  j(
    'The readings on this page come from 14 monitoring stations: six operated by the regional environment office and',
    'eight low-cost sensors run by schools and volunteers, which are corrected against the official monitors.',
  ),
];
const qNav = ['Air quality map', 'World ranking', 'Air purifiers', 'Monitors', 'Newsroom', 'Sign in'];
const qCrumb = ['World', 'Tavrenia', 'Northern Plains', 'Velmora'];
const qRank = ['Kesh Barran', 'Velmora', 'Oltu', 'Dunmarrow', 'Sallet Point'];
const qFoot = ['About us', 'Contact', 'Careers', 'Data API', 'Privacy policy', 'Terms of use', '© 2026 AirVista. All rights reserved.'];
const v = 'data-v-6f2a1c3e';
const qHtml = `<!DOCTYPE html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%221%22:%22en%22%7D%7D"><head><meta charset="utf-8">
<title>Velmora Air Quality Index (AQI) and Tavrenia Air Pollution | AirVista</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="Velmora Air Quality Index (AQI) is now Unhealthy for sensitive groups.">
<meta data-n-head="ssr" property="og:image" content="https://cdn.airvista.example/og/velmora.png">
<link data-n-head="ssr" rel="canonical" href="https://www.airvista.example/tavrenia/northern-plains/velmora">
<link rel="preload" href="/_nuxt/app.3f9c1a.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.8c2e41.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Velmora air quality","spatialCoverage":"Velmora"}</script></head>
<body><div id="__nuxt"><div id="__layout"><div ${v} class="app-layout">
<div ${v} class="app-banner"><p ${v}>Get real-time air quality alerts on your phone</p>
<a ${v} href="/app" class="app-banner__btn">Download the free app</a></div>
<header ${v} class="header"><a ${v} href="/" class="header__logo" aria-label="AirVista home"></a><nav ${v} class="header__nav">
<ul ${v}>${links(qNav, 'header__item')}</ul>
</nav></header>
<main ${v} class="city-page"><nav ${v} class="breadcrumbs"><ol ${v}>${links(qCrumb, 'breadcrumbs__item')}</ol></nav>
<section ${v} class="aqi-overview"><h1 ${v} class="aqi-overview__title">${qTitle}</h1>
<p ${v} class="aqi-overview__subtitle">Air quality index (AQI) and PM2.5 air pollution in Velmora</p>
<p ${v} class="timestamp">Last update: 08:00, May 3 (local time)</p>
<div ${v} class="aqi-box aqi-box--orange"><div ${v} class="aqi-box__value"><p ${v}>128</p><span ${v}>US AQI</span></div>
<p ${v} class="aqi-box__status">Unhealthy for sensitive groups</p><p ${v} class="aqi-box__main">Main pollutant: PM2.5</p></div>
<div ${v} class="weather-mini"><span ${v}>Hazy</span><span ${v}>27°</span><span ${v}>Wind 6 km/h</span><span ${v}>Humidity 48%</span></div></section>
<section ${v} class="pollutants"><h2 ${v} class="section-title">Overview</h2><div ${v} class="summary">${ps(qNow, ` ${v}`)}</div>
<table ${v} class="pollutant-table"><thead><tr><th>Pollutant</th><th>Concentration</th></tr></thead><tbody>
<tr><td>PM2.5</td><td>46.3 µg/m³</td></tr><tr><td>PM10</td><td>71 µg/m³</td></tr><tr><td>O3</td><td>38 µg/m³</td></tr>
<tr><td>NO2</td><td>22 µg/m³</td></tr></tbody></table></section>
<section ${v} class="recommendations"><h2 ${v} class="section-title">Health recommendations</h2>
<ul ${v} class="recommendations__list">${qAdvice.map((t) => `<li ${v} class="recommendations__item">${t}</li>`).join('\n')}</ul></section>
<section ${v} class="forecast"><h2 ${v} class="section-title">Hourly forecast</h2><div ${v} class="forecast__strip">
<div ${v} class="forecast__hour"><span>Now</span><b>128</b></div><div ${v} class="forecast__hour"><span>11:00</span><b>112</b></div>
<div ${v} class="forecast__hour"><span>14:00</span><b>87</b></div><div ${v} class="forecast__hour"><span>17:00</span><b>94</b></div></div></section>
<section ${v} class="about-city"><h2 ${v} class="section-title">About air quality in Velmora</h2>${ps(qAbout, ` ${v}`)}</section>
<aside ${v} class="ranking"><h3 ${v}>Most polluted cities in Tavrenia</h3><ol ${v}>${links(qRank, 'ranking__city')}</ol>
<a ${v} href="/world-air-quality-ranking" class="ranking__more">See full ranking</a></aside>
<aside ${v} class="promo"><p ${v} class="promo__label">Sponsored</p><p ${v}>Breathe cleaner air at home with the AirVista Pure 300</p>
<a ${v} href="/shop/pure-300">Shop now</a></aside></main>
<footer ${v} class="footer"><ul ${v}>${links(qFoot)}</ul></footer></div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{city:{name:"Velmora",aqi:128,main:"pm25"}}],serverRendered:true}}("pm25",128));</script>
<script src="/_nuxt/app.3f9c1a.js" defer></script></body></html>`;
const airVista: TestPage = {
  name: 'heldout304-nuxt-aqi-city-docs',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['Overview', 'Health recommendations', 'About air quality in Velmora'],
  body: texts([...qNow, ...qAdvice, ...qAbout]),
  bylines: ['Last update: 08:00, May 3 (local time)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get real-time air quality alerts on your phone', 'Download the free app', ...qNav, 'World', 'Tavrenia', 'Northern Plains',
    'Air quality index (AQI) and PM2.5 air pollution in Velmora', 'US AQI', 'Unhealthy for sensitive groups', 'Main pollutant: PM2.5', 'Hazy',
    'Wind 6 km/h', 'Humidity 48%', 'Hourly forecast', 'Now', '11:00', '14:00', 'Most polluted cities in Tavrenia', 'Kesh Barran', 'Oltu', 'Dunmarrow',
    'Sallet Point', 'See full ranking', 'Sponsored', 'Breathe cleaner air at home with the AirVista Pure 300', 'Shop now', ...qFoot,
  ],
};

export const HELDOUT304_B: readonly TestPage[] = [nasa, airVista];
