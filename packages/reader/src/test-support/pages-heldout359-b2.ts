import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file b2: a USGS-style earthquake event page as the Angular app saves it (`app-root`, `_ngcontent`
 * attributes, the site header, the event page navigation, the event summary header with time, location and depth, the
 * Did You Feel It? / ShakeMap / PAGER summary cards, the tectonic summary prose, the "Contributed by" line, the download
 * and "Related" links and the government footer). A data page whose prose is short: the summary values and the tectonic
 * summary are the body.
 */
const ng = '_ngcontent-ng-c2931174';
const qTitle = 'M 5.6 - 14 km NE of Halvard, Calder';
const qFacts = ['2026-06-03 04:17:22 (UTC)', '44.215°N 117.302°W', '9.8 km depth'];
const qCards: [string, string, string][] = [
  ['Did You Feel It?', 'IV', '3,812 responses'],
  ['ShakeMap', 'VI', 'Strong shaking near the epicenter'],
  ['PAGER', 'Yellow', 'Estimated fatalities: none; estimated economic losses: 1-10 million USD'],
];
const qH = ['Tectonic Summary', 'Seismotectonics of the Halvard Basin'];
const qTect = [
  j(
    'The June 3, 2026, M 5.6 earthquake 14 km northeast of Halvard, Calder, occurred as the result of normal faulting at shallow',
    'depth in the crust of the northern Basin and Range province. Focal mechanism solutions indicate rupture on a moderately dipping',
    'fault striking north-northwest, consistent with the east-west extension that dominates this region.',
  ),
  j(
    'At the location of the earthquake, the crust is being stretched at a rate of about 2 mm per year. This extension is',
    'accommodated on a series of range-bounding normal faults, several of which have produced surface ruptures in the last 15,000 years.',
  ),
  j(
    'Events of this size are sometimes called moderate, and are typically felt over a large area. The event was felt by',
    'residents of Halvard, Cray Springs and Deerlodge, and reports of light shaking came from as far away as 280 km.',
  ),
];
const qSeis = [
  j(
    'The Halvard Basin has hosted at least eleven earthquakes of M 4.5 or larger since 1900, the largest of which was a M 6.1',
    'event in 1959 about 30 km to the south. That earthquake caused damage to brick chimneys and unreinforced masonry buildings in',
    'Halvard and triggered rockfalls along the river canyon.',
  ),
  j(
    'The June 3 earthquake was preceded by a M 3.2 foreshock about 40 minutes earlier. More than 60 aftershocks of M 2.5 or larger',
    'were recorded in the first 48 hours. Based on past sequences in similar settings, the chance of an aftershock of M 5 or larger',
    'in the following week is about 5 percent.',
  ),
  j(
    'Residents should expect to feel further aftershocks for weeks to months. Check chimneys, water heaters and gas lines for damage',
    'before using them, and stay out of buildings that show new cracks in walls or foundations.',
  ),
];
const qNav = ['Overview', 'Interactive Map', 'Regional Information', 'Did You Feel It?', 'ShakeMap', 'PAGER', 'Origin', 'Moment Tensor', 'Waveforms'];
const qTop = ['Earthquakes', 'Maps', 'Science', 'Data', 'Multimedia', 'News', 'Connect', 'About'];
const qRel = ['Aftershock forecast for this earthquake', 'Download event KML', 'Scientific data'];
const qFoot = ['DOI and GHS link policies apply', 'Accessibility', 'FOIA', 'Privacy', 'Policies and Notices', 'Department of the Interior', 'No Fear Act'];
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>M 5.6 - 14 km NE of Halvard, Calder</title><base href="/earthquakes/eventpage/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Geological Hazards Survey event page">
<meta property="og:title" content="${qTitle}"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${qTitle}","startDate":"2026-06-03T04:17:22Z"}</script>
<link rel="stylesheet" href="styles.5c2e9a4b1d.css"><style ng-app-id="ng">.event-header[${ng}]{margin:0 0 1em}</style></head>
<body><app-root ng-version="17.3.4" _nghost-ng-c1441870="">
<header _ngcontent-ng-c1441870="" class="site-header"><a _ngcontent-ng-c1441870="" href="/" class="site-logo">Geological Hazards Survey</a>
<nav _ngcontent-ng-c1441870="" class="site-nav"><ul>${links(qTop)}</ul></nav></header>
<mat-sidenav-container _ngcontent-ng-c1441870="" class="mat-drawer-container"><mat-sidenav class="mat-drawer mat-sidenav">
<nav class="event-page-navigation" aria-label="Event pages"><ul>${links(qNav, 'mat-mdc-list-item')}</ul></nav></mat-sidenav>
<mat-sidenav-content class="mat-drawer-content"><router-outlet></router-outlet><app-event-page _nghost-ng-c2931174="">
<div ${ng}="" class="event-header"><h1 ${ng}="" class="event-title">${qTitle}</h1><ul ${ng}="" class="event-summary-facts">
${qFacts.map((f) => `<li ${ng}="">${f}</li>`).join('\n')}</ul>
<div ${ng}="" class="event-alert"><button ${ng}="" mat-stroked-button class="mdc-button">Event Summary (PDF)</button></div></div>
<app-summary _nghost-ng-c3301=""><div class="summary-cards">
${qCards
  .map(
    ([h, v, n]) => `<mat-card class="mat-mdc-card mdc-card summary-card"><mat-card-header><h3 class="mat-mdc-card-title">${h}</h3></mat-card-header>
<mat-card-content><span class="roman-mmi">${v}</span><p class="card-note">${n}</p></mat-card-content></mat-card>`,
  )
  .join('\n')}</div>
<section class="tectonic-summary"><h2>${qH[0]}</h2>
${ps(qTect)}
<h3>${qH[1]}</h3>
${ps(qSeis)}
<p class="contributed">Contributed by GHS National Earthquake Information Center, Golden</p></section>
<section class="related-links"><h2>Related</h2><ul>${links(qRel)}</ul></section></app-summary></app-event-page>
</mat-sidenav-content></mat-sidenav-container>
<footer _ngcontent-ng-c1441870="" class="site-footer"><ul>${links(qFoot)}</ul>
<p>Page Contact Information: Earthquake Hazards Program | Page Last Modified: June 4, 2026</p></footer></app-root>
<script src="runtime.a11d0c.js" type="module"></script><script src="main.8e44f2b0.js" type="module"></script>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[{"i":"t0","r":1}]}}]}</script></body></html>`;
export const quake: TestPage = {
  name: 'heldout359-usgs-earthquake-docs',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qFacts, ...qCards.map((c) => c[2]), ...qTect, ...qSeis]),
  bylines: ['Contributed by GHS National Earthquake Information Center, Golden', 'Page Last Modified: June 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Geological Hazards Survey', ...qTop, ...qNav, 'Event Summary (PDF)', 'Related', ...qRel, ...qFoot, 'Page Contact Information: Earthquake Hazards Program',
  ],
};
