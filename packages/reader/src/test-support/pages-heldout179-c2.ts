import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 179, file c2: a USGS news release on usgs.gov (Drupal: the .gov banner, the USGS header with its main
 * menu and search, breadcrumbs, the "News Release" label, the date, the "Contacts" block with names, phones and emails,
 * the lead image with its "Sources/Usage: Public Domain." credit, the release with a bulleted list, a "Related Content"
 * rail of cards and the DOI/USGS footer).
 */
const usTitle = 'Scientists Map Hidden Fault Beneath Growing Valley Communities';
const usP1 = [
  'A previously unmapped fault runs for at least 27 kilometers beneath the fast-growing Alder Valley, according to a new study by the U.S. ' +
    'Geological Survey and university partners. The findings will help local planners and emergency managers better understand earthquake ' +
    'hazards in an area where the population has doubled since 2000.',
  'The fault, named the Pinecrest fault after a nearby ridge, was identified using high-resolution lidar, which reveals subtle steps in the ' +
    'ground surface hidden beneath vegetation, combined with trenches dug across the fault and magnetic surveys flown by aircraft.',
  '“The landscape had been telling us something was there, but it took several kinds of data together to be confident,” said USGS ' +
    'geologist Marisol Etxeberria, lead author of the study. “Now we can start estimating how often it produces earthquakes.”',
];
const usP2 = ['Key findings of the study include:'];
const usList = [
  'The fault has ruptured the ground surface at least twice in the past 12,000 years.',
  'The most recent surface-rupturing earthquake likely occurred between 2,400 and 3,100 years ago.',
  'A rupture of the full mapped length could produce an earthquake of about magnitude 6.7.',
];
const usP3 = [
  'The results do not mean an earthquake is imminent, the scientists emphasize. Faults like this one typically rupture at intervals of ' +
    'thousands of years. However, the fault lies within 5 kilometers of three schools, a regional hospital and a water treatment plant.',
  'The study will be considered in the next update of the National Seismic Hazard Model, which engineers use to set building code ' +
    'requirements. Alder County officials said they would use the new maps to review emergency plans and guide where critical facilities ' +
    'are built.',
  '“This is exactly what we need to know when we decide where to put a new fire station,” said county emergency manager Desmond Royce.',
  'The study was published in the journal Seismic Frontiers and is available online. The fault maps and trench data are available ' + 'as a USGS data release.',
];
const usCaption = 'A USGS geologist logs layers of sediment exposed in a trench dug across the Pinecrest fault.';
const usCredit = 'Sources/Usage: Public Domain.';
const usContacts = [
  ['Marisol Etxeberria', '650-555-0142', 'metxeberria@usgs.example'],
  ['Grant Oyelaran', 'Public Affairs Specialist', '303-555-0199', 'goyelaran@usgs.example'],
];
const usNav = ['Science', 'Products', 'News', 'Connect', 'About'];
const usSub = ['Science Explorer', 'Mission Areas', 'Programs', 'Regions', 'Science Centers'];
const usRelated = [
  ['Science', 'Earthquake Hazards in the Alder Valley'],
  ['Data', 'Lidar-derived fault maps of the Alder Valley'],
  ['News', 'New Seismic Hazard Map Shows Risk Across the Nation'],
];
const usFoot = [
  'DOI Privacy Policy',
  'Legal',
  'Accessibility',
  'Site Map',
  'Contact USGS',
  'U.S. Department of the Interior',
  'DOI Inspector General',
  'White House',
  'E-gov',
  'No Fear Act',
  'FOIA',
];
const usHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${usTitle} | U.S. Geological Survey</title>
<meta name="description" content="A previously unmapped fault runs beneath the fast-growing Alder Valley."><link rel="canonical"
href="https://www.usgs.gov/news/national-news-release/scientists-map-hidden-fault"><meta property="og:site_name" content="U.S. Geological Survey">
<meta property="og:type" content="article"><meta property="og:title" content="${usTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" media="all" href="/themes/custom/usgs_tantalum/dist/css/main.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EZ1H7"></script><script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="path-node page-node-type-news-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><header class="usa-banner__header"><div class="usa-banner__inner">
<p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-banner__button" aria-expanded="false">
<span class="usa-banner__button-text">Here's how you know</span></button></div></header><div class="usa-banner__content" hidden>
<p><strong>Official websites use .gov</strong> A .gov website belongs to an official government organization in the United States.</p>
<p><strong>Secure .gov websites use HTTPS</strong> A lock or https:// means you’ve safely connected to the .gov website.</p></div></section>
<header class="header-nav"><div class="header-container"><a href="/" class="header-logo"><img src="/themes/custom/usgs_tantalum/usgs_logo.png"
alt="USGS - science for a changing world"></a><nav class="main-menu" aria-label="Main"><ul>${links(usNav, 'menu-item')}</ul>
<ul class="submenu" aria-hidden="true">${links(usSub)}</ul></nav><form class="search-form" role="search"><label class="visually-hidden"
for="edit-keys">Search</label><input id="edit-keys" type="search" placeholder="Search"></form></div></header>
<main id="main-content"><div class="breadcrumbs"><ol class="usa-breadcrumb__list"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/news/national-news-release">National News Release</a></li></ol></div>
<div class="layout-content"><article class="node node--type-news-release"><div class="news-header"><div class="field-news-type">News Release</div>
<div class="news-date"><time datetime="2025-02-26T12:00:00Z">February 26, 2025</time></div><h1 class="page-title">${usTitle}</h1></div>
<div class="grid-row"><div class="tablet:grid-col-8 news-body"><figure class="hero-image"><img src="/media/images/pinecrest-trench.jpg" alt="Geologist in a
trench"><figcaption><div class="caption">${usCaption}</div><div class="credit">${usCredit} (Credit: Kurt Almasy, USGS)</div></figcaption></figure>
<div class="field field--name-body">
${ps(usP1)}
${ps(usP2)}
<ul>${usList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(usP3)}
</div></div>
<aside class="tablet:grid-col-4 news-sidebar"><div class="contacts"><h3>Contacts</h3>${usContacts
  .map(
    (c) =>
      `<div class="contact"><p class="contact-name">${c[0]}</p>${c
        .slice(1)
        .map((l) => `<p>${l}</p>`)
        .join('')}</div>`,
  )
  .join('\n')}</div><div class="share-links"><h3>Share</h3>${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</div></aside></div></article>
<section class="related-content"><h2>Related Content</h2><div class="card-group">${usRelated
  .map((r) => `<div class="usa-card"><p class="card-type">${r[0]}</p><h3 class="usa-card__heading"><a href="/related">${r[1]}</a></h3></div>`)
  .join('\n')}</div></section></div></main>
<footer class="footer"><div class="footer-doi"><ul>${links(usFoot)}</ul></div><div class="footer-social"><p>Follow</p></div>
<p class="footer-agency">U.S. Geological Survey</p></footer><script src="/themes/custom/usgs_tantalum/dist/js/main.js"></script></body></html>`;
export const usgsRelease: TestPage = {
  html: usHtml,
  name: 'heldout179-usgs-news-release',
  kind: 'news',
  // the date is a byline; the "News Release" label, the caption and its usage/credit line, the contacts sidebar, share
  // links, related cards and footer are furniture; the lead author's name in the contacts block is furniture there;
  // the footer's agency name is left out (it is words of the text)
  title: usTitle,
  headings: [],
  body: [...usP1, ...usP2, ...usList, ...usP3],
  bylines: ['February 26, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here\'s how you know', 'Official websites use .gov',
    'Secure .gov websites use HTTPS', ...usNav, ...usSub, 'Search', 'Home', 'National News Release', 'News Release', usCaption,
    'Sources/Usage: Public Domain. (Credit: Kurt Almasy, USGS)', 'Contacts', ...usContacts.flat(), 'Share', 'Facebook', 'X', 'LinkedIn', 'Email',
    'Related Content', ...usRelated.map((r) => r[1] ?? ''), 'Data', ...usFoot, 'Follow',
  ],
};
