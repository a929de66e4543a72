import { links, ps, type TestPage, texts } from './page-kit.js';
import { hvo } from './pages-heldout434-a2.js';
import { j, trs } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file a: a USGS-style earthquake event page built with Angular (hazdev template header, site nav,
 * event header with its summary table, tab strip, tectonic summary, "Regional Information" links, feedback promo,
 * footer with the USGS links) and, from file a2, a volcano observatory's weekly activity update.
 */
const uTitle = 'M 6.2 - 14 km SW of Carrow Bay, Teslin Islands';
const uRows: string[][] = [
  ['Time', '2026-02-11 04:17:22 (UTC)'],
  ['Location', '51.418°N 176.902°W'],
  ['Depth', '38.4 km'],
  ['Magnitude', '6.2 mww'],
  ['Felt reports', '212 responses (DYFI)'],
];
const uLead = [
  j(
    'The February 11, 2026, M 6.2 earthquake southwest of Carrow Bay in the Teslin Islands occurred as the result of thrust faulting',
    'on or near the subduction zone interface between the Pacific and North American plates. Focal mechanism solutions for the event',
    'indicate rupture occurred on a fault dipping shallowly to the north-northwest, or on a steeply dipping fault striking west-southwest.',
  ),
  j(
    'At the location of this earthquake, the Pacific plate moves north-northwest relative to North America at a rate of approximately',
    '64 mm/yr. The location, depth and mechanism of the event are consistent with slip on the plate boundary itself.',
  ),
  j(
    'While commonly plotted as points on maps, earthquakes of this size are more appropriately described as slip over a larger fault',
    'area. Events of the size of the February 11 earthquake are typically about 30x15 km (length x width).',
  ),
];
const uRegion = [
  j(
    'The Teslin arc is one of the most seismically active regions of the world. Over the past century, more than 40 earthquakes of',
    'magnitude 6 or larger have occurred within 250 km of the February 11 event, most of them at depths shallower than 60 km.',
  ),
  j(
    'The largest nearby event in the instrumental record, an M 7.6 earthquake in 1957, ruptured roughly 180 km of the plate boundary',
    'and generated a local tsunami that reached 3 m at the harbor of Port Annick. No damaging tsunami was recorded after the',
    'February 11 earthquake; sea-level gauges at Carrow Bay showed a change of less than 5 cm.',
  ),
  j(
    'Aftershocks are expected to continue for weeks to months. In the first 24 hours, 31 aftershocks of magnitude 3 or larger',
    'were located, the largest an M 4.8 about six hours after the mainshock.',
  ),
];
const uFacts = [
  'Expected shaking on the islands was moderate (MMI V to VI) at the nearest villages.',
  'The estimated alert level for fatalities and economic losses is green.',
  'Landslides were reported on two coastal bluffs on the north side of Carrow Bay.',
];
const uNav = ['Earthquakes', 'Hazards', 'Data', 'Education', 'Monitoring', 'Research'];
const uTabs = ['Overview', 'Interactive Map', 'Regional Information', 'Did You Feel It?', 'ShakeMap', 'PAGER', 'Origin', 'Moment Tensor'];
const uRegional = ['Nearby Places', 'Tectonic Summary (Teslin arc)', 'Historic Seismicity', 'Seismic Hazard Map'];
const uFoot = ['DOI Privacy Policy', 'Legal', 'Accessibility', 'Site Map', 'Contact USGS'];
const uFoot2 = ['U.S. Department of the Interior', 'DOI Inspector General', 'White House', 'E-gov', 'No Fear Act', 'FOIA'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title><base href="/earthquakes/eventpage/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${uTitle}">
<meta property="og:title" content="${uTitle}"><meta property="og:type" content="website">
<link rel="stylesheet" href="styles.4f2a19c0d1.css"><link rel="icon" type="image/x-icon" href="favicon.ico">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${uTitle}","startDate":"2026-02-11T04:17:22Z",
"location":{"@type":"Place","geo":{"@type":"GeoCoordinates","latitude":51.418,"longitude":-176.902}}}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-HAZDEV"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-HAZDEV');</script>
</head><body><app-root _nghost-ng-c2219 ng-version="17.3.4"><hazdev-template _ngcontent-ng-c2219 _nghost-ng-c1180>
<div _ngcontent-ng-c1180 class="hazdev-template"><a class="skip-link" href="#main-content">Skip to main content</a>
<div class="usa-banner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button class="usa-accordion__button usa-banner__button">Here’s how you know</button></div>
<header _ngcontent-ng-c1180 class="hazdev-template-header"><a class="site-logo" href="https://www.usgs.example/" title="Home">
<img alt="USGS" src="images/usgs-logo.svg"></a><span class="site-title">Earthquake Hazards Program</span>
<nav class="site-nav" aria-label="site"><ul>${links(uNav)}</ul></nav>
<form class="site-search" role="search"><input type="search" name="q" aria-label="Search the site" placeholder="Search"></form></header>
<main _ngcontent-ng-c1180 id="main-content" class="hazdev-template-content"><app-event-page _nghost-ng-c3391>
<event-page-header _ngcontent-ng-c3391 class="event-page-header"><h1 _ngcontent-ng-c3391 class="event-title">${uTitle}</h1>
<table _ngcontent-ng-c3391 class="event-summary-table summary-table"><tbody>${trs(uRows, true)}</tbody></table>
<p class="event-review-status"><span class="label">Review Status</span> <span class="value">REVIEWED</span></p>
<p class="event-updated">Last Updated: 2026-02-12 18:40:05 (UTC)</p></event-page-header>
<nav _ngcontent-ng-c3391 class="event-page-navigation mat-tab-nav-bar" aria-label="event page"><ul>${links(uTabs, 'mat-tab-link')}</ul></nav>
<section _ngcontent-ng-c3391 class="event-content"><app-tectonic-summary _nghost-ng-c8810><div class="tectonic-summary">
<h2 _ngcontent-ng-c8810>Tectonic Summary</h2>
${ps(uLead)}
<h3 _ngcontent-ng-c8810>Seismotectonics of the Teslin Arc</h3>
${ps(uRegion)}
<h3 _ngcontent-ng-c8810>Impact at a Glance</h3>
<ul class="impact-list">${uFacts.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<p class="contributor">Contributed by <abbr title="USGS National Earthquake Information Center">US</abbr> 2</p></div></app-tectonic-summary>
<aside _ngcontent-ng-c3391 class="regional-info"><h2>Regional Information</h2><ul>${links(uRegional)}</ul></aside>
<div class="feedback-promo alert info"><p>Did you feel it? Tell us what you felt and help us map the shaking.</p>
<a class="button" href="/dyfi/tellus">Report Shaking</a></div>
<p class="disclaimer"><a href="/data/comcat/">Data sources and methods</a></p></section></app-event-page></main>
<footer _ngcontent-ng-c1180 class="hazdev-template-footer"><ul class="footer-links">${links(uFoot)}</ul>
<ul class="footer-gov">${links(uFoot2)}</ul><p class="footer-agency">U.S. Geological Survey, Earthquake Hazards Program</p>
<p class="footer-social">Follow us on social media</p></footer></div></hazdev-template></app-root>
<script src="runtime.8b1f.js" type="module"></script><script src="main.7d3e0a.js" type="module"></script></body></html>`;
const usgs: TestPage = {
  name: 'heldout434-usgs-event-page-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['Tectonic Summary', 'Seismotectonics of the Teslin Arc', 'Impact at a Glance'],
  body: texts([...uRows.map((r) => r[1] ?? ''), ...uLead, ...uRegion, ...uFacts]),
  bylines: ['Last Updated: 2026-02-12 18:40:05 (UTC)', 'Contributed by US 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Earthquake Hazards Program', ...uNav,
    'Review Status', 'REVIEWED', ...uTabs, ...uRegional,
    'Did you feel it? Tell us what you felt and help us map the shaking.', 'Report Shaking', 'Data sources and methods', ...uFoot, ...uFoot2,
    'U.S. Geological Survey, Earthquake Hazards Program', 'Follow us on social media',
  ],
};

export const HELDOUT434_A: readonly TestPage[] = [usgs, hvo];
