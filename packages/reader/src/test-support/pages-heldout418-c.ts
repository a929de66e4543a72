import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file c: a county moth recording scheme's species account (a short page: a few lines of text beside a
 * data panel of flight period, records count and status, a photo carousel with credits, a flight-period chart, the county
 * map, "Record this species" promo and a footer with partner logos) and an iNaturalist-style taxon page rendered by a
 * React app (hashed class names, a __NEXT_DATA__ blob, the taxonomy tree, observation counts and an about tab).
 */
const mTitle = '2214 Pale Ember Pug - Eupithecia cinerata';
const mText = [
  j(
    'A small, pale grey pug with a clear dark discal spot on each forewing and a faint rosy flush along the costa in fresh',
    'specimens. It rests with the wings spread flat against bark or walls, and is often found at lighted windows.',
  ),
  j(
    'Similar species: Grey Pug is darker and lacks the rosy flush; worn Pale Ember Pugs are best checked by examination of the',
    'genitalia, and records of worn examples without a voucher will not be accepted.',
  ),
  j(
    'In the county it is local in heathland with scattered pines, chiefly on the Brackenholt sands, with occasional wanderers',
    'elsewhere. The larva feeds on pine flowers in May and June. There is one generation a year, the adults flying from late June into August.',
  ),
  j(
    'It appears to have spread since the 1990s, perhaps helped by plantations on former heath, and recorders are asked to run',
    'traps near young pines to fill the gaps on the map.',
  ),
];
const mData = ['Status: Local resident', 'Records: 187', 'First record: 1963', 'Latest record: 2025', 'Flight period: late June to August'];
const mNav = ['Home', 'Species List', 'Recent Sightings', 'Submit Records', 'Identification Help', 'News', 'Contact'];
const mCrumbs = ['Species List', 'Geometridae', 'Larentiinae'];
const mCredits = ['Photo © Hal Benning, Ravensholt, 12 July 2024', 'Photo © Dawn Pritchard, Long Ashby, 3 August 2023'];
const mFoot = ['Data supplied by the Brackenholt Moth Group', 'Part of the National Moth Recording Scheme', 'Site map', 'Privacy'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pale Ember Pug | Brackenholt Moths</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Pale Ember Pug, county status, flight period and map.">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/moths.css">
<script src="/assets/js/jquery-3.6.0.min.js"></script><script src="/assets/js/chart.umd.js"></script></head>
<body><div class="alert alert-info alert-dismissible cookie-alert" role="alert">This site uses essential cookies only.
<button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Close"></button></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">Brackenholt Moths</a>
<ul class="navbar-nav me-auto">${links(mNav, 'nav-item')}</ul>
<form class="d-flex" action="/search"><input class="form-control" type="search" placeholder="Search species"></form></div></nav>
<div class="container mt-3"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(mCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active" aria-current="page">Pale Ember Pug</li></ol></nav>
<div class="row"><div class="col-lg-8"><h1 class="species-title">${mTitle}</h1>
<div id="speciesCarousel" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">
${mCredits
  .map(
    (c, i) => `<div class="carousel-item${i === 0 ? ' active' : ''}"><img src="/img/2214-${i}.jpg" class="d-block w-100" alt="">
<div class="carousel-caption"><small>${c}</small></div></div>`,
  )
  .join('\n')}</div>
<button class="carousel-control-prev" type="button"><span class="visually-hidden">Previous</span></button>
<button class="carousel-control-next" type="button"><span class="visually-hidden">Next</span></button></div>
<div class="species-text">
${ps(mText)}
</div></div>
<div class="col-lg-4"><div class="card species-data"><div class="card-header">County data</div><ul class="list-group list-group-flush">
${lis(mData, 'list-group-item')}</ul></div>
<div class="card mt-3"><div class="card-header">Flight period (records by week)</div><canvas id="flightChart" height="160"></canvas>
<script>new Chart(document.getElementById('flightChart'),{type:'bar',
data:{labels:[25,26,27,28,29,30,31,32],datasets:[{data:[2,9,21,30,26,14,6,1]}]}});</script></div>
<div class="card mt-3"><div class="card-header">Distribution (tetrads)</div><img src="/maps/2214.png" class="card-img-bottom" alt="map">
<div class="card-footer small">Pre-2000 records shown open, 2000 onwards filled</div></div>
<div class="card mt-3 promo"><div class="card-body"><h5 class="card-title">Seen this moth?</h5>
<p class="card-text">Send us your record, with a photo if you can.</p>
<a href="/submit" class="btn btn-success">Record this species</a></div></div></div></div></div>
<footer class="bg-light mt-5 py-4"><div class="container">${mFoot.map((t) => `<p class="mb-1">${t}</p>`).join('')}
<p class="small text-muted">Page last updated 14 January 2026</p></div></footer></body></html>`;

const nTitle = 'Saltmarsh Skimmer';
const nAbout = [
  j(
    'The Saltmarsh Skimmer (<i>Orthetrum salinarum</i>) is a medium-sized dragonfly of the family Libellulidae. It is found along',
    'brackish coastal ditches, lagoons and saltmarsh creeks around the Gulf of Varne, and rarely more than a few kilometres inland.',
  ),
  j(
    'Mature males are powder blue with a pale face and black tips to the abdomen; females and immature males are yellow-brown with',
    'two thin black lines along the abdomen. Both sexes have clear wings with a small amber patch at the base of the hindwing, which',
    'is the most reliable field mark for separating the species from the common Keeled Skimmer.',
  ),
  j(
    'Adults fly from late May to early September. Males hold territories along a few metres of ditch, perching on bare mud or low',
    'stems and making short patrol flights. Females lay eggs by dipping the abdomen into the water while flying low over open patches.',
  ),
  j(
    'The larvae live in soft mud at the bottom of shallow, slightly salty water and take two years to develop. The species is',
    'considered Near Threatened in the region because of drainage of coastal grazing marsh and rising sea levels.',
  ),
  j(
    'Observers are asked to photograph the base of the hindwing when submitting records, as pictures of perched males from',
    'above often cannot be separated from the Keeled Skimmer. Records of larvae and exuviae are particularly valuable.',
  ),
];
const nSource = 'Text adapted from the Varne Wiki article "Saltmarsh Skimmer", licensed under CC BY-SA.';
const nTabs = ['Map', 'Photos', 'Taxonomy', 'Status', 'Similar Species', 'About'];
const nNav = ['Explore', 'Community', 'Resources', 'Upload', 'Log In', 'Sign Up'];
const nTree = ['Life', 'Animals', 'Arthropods', 'Insects', 'Dragonflies and Damselflies', 'Skimmers'];
const nStats = ['1,482 Observations', '3 Species Lists', 'Most Observed Month: July'];
const nTop = ['Top Observer', 'hollis_grant', 'Top Identifier', 'petra_vaagen'];
const nFoot = ['About', 'Help', 'Forum', 'Developers', 'Terms of Use', 'Privacy', 'Community Guidelines'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Saltmarsh Skimmer (Orthetrum salinarum) · Naturlink</title><meta property="og:title" content="Saltmarsh Skimmer (Orthetrum salinarum)">
<meta property="og:description" content="The Saltmarsh Skimmer is a medium-sized dragonfly of the family Libellulidae.">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/7f1c2a.css" as="style">
<link rel="stylesheet" href="/_next/static/css/7f1c2a.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4b1d2e.js" defer></script><script src="/_next/static/chunks/pages/taxa/[id]-9a3c.js" defer></script></head>
<body><div id="__next"><div class="App_app__x1T9q">
<div class="CookieConsent_root__2kLm8" role="dialog"><span>Naturlink uses cookies to keep you logged in and to learn how the site is used.</span>
<button class="Button_primary__Qw3aZ">Got it</button></div>
<header class="Header_header__nB7_c"><a class="Header_logo__3s1Qv" href="/">Naturlink</a><nav class="Header_nav__Zb2Jd"><ul>${links(nNav)}</ul></nav></header>
<div class="TaxonPage_container__a8_2F"><div class="TaxonPage_header__Ppl1c">
<div class="TaxonPage_rank__kK0Yx">Species</div><h1 class="TaxonPage_title__kq9e4"><span class="comname">${nTitle}</span></h1>
<div class="TaxonPage_sciname__VbY2m"><i>Orthetrum salinarum</i></div>
<button class="Button_follow__1pQ9A">Follow</button></div>
<div class="PhotoBrowser_root__fV1jz"><img src="https://static.naturlink.example/photos/88310/medium.jpg" alt="Saltmarsh Skimmer">
<div class="PhotoBrowser_attribution__x0Q4r">(c) Lisbet Moorcroft, some rights reserved (CC BY-NC)</div></div>
<ul class="Tabs_tabs__QaT1f" role="tablist">${nTabs.map((t) => `<li role="tab" class="Tabs_tab__oA8ws">${t}</li>`).join('')}</ul>
<div class="TaxonPage_columns__H9Vb3"><div class="TaxonPage_main__0Zs1k"><div role="tabpanel" class="AboutTab_root__Xa7k2">
<h2 class="AboutTab_heading__v2Ls0">About</h2><div class="AboutTab_wikiText__M1d8q">
${ps(nAbout)}
</div><p class="AboutTab_source__jX3tt">${nSource}</p></div></div>
<aside class="TaxonPage_sidebar__cE2wY"><div class="TaxonomyTree_root__1eR0s"><h3>Taxonomy</h3><ul>${lis(nTree, 'TaxonomyTree_node__7ZkF0')}</ul></div>
<div class="TaxonStats_root__fQ2x1"><ul>${lis(nStats)}</ul></div><div class="TopUsers_root__3Bq8s"><ul>${lis(nTop)}</ul></div>
<div class="Conservation_root__L2aQm"><span class="Conservation_badge__c0nT1">NT</span> Near Threatened (Varne Red List, 2021)</div></aside></div></div>
<footer class="Footer_footer__N1r4w"><ul>${links(nFoot)}</ul><p>Naturlink is a joint initiative of the Varne Academy of Sciences and Meridian Geographic.</p>
</footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"taxon":{"id":88310,"name":"Orthetrum salinarum","rank":"species",
"preferred_common_name":"Saltmarsh Skimmer","observations_count":1482,"wikipedia_summary":"The Saltmarsh Skimmer is a medium-sized dragonfly"}}},
"page":"/taxa/[id]","query":{"id":"88310"},"buildId":"k2P9xq","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;

export const HELDOUT418_C: TestPage[] = [
  {
    name: 'heldout418-county-moth-scheme-species-wiki',
    kind: 'wiki',
    html: mHtml,
    title: mTitle,
    headings: [],
    body: texts(mText),
    bylines: ['Page last updated 14 January 2026'],
    furniture: [
      'This site uses essential cookies only.',
      'Brackenholt Moths',
      ...mNav,
      ...mCrumbs.slice(1),
      ...mCredits,
      'Previous',
      'Next',
      'County data',
      ...mData,
      'Flight period (records by week)',
      'Distribution (tetrads)',
      'Pre-2000 records shown open, 2000 onwards filled',
      'Seen this moth?',
      'Send us your record, with a photo if you can.',
      'Record this species',
      ...mFoot,
    ],
  },
  {
    name: 'heldout418-naturlink-next-taxon-wiki',
    kind: 'wiki',
    html: nHtml,
    title: nTitle,
    headings: [],
    body: texts(nAbout),
    bylines: [],
    furniture: [
      'Naturlink uses cookies to keep you logged in and to learn how the site is used.',
      'Got it',
      ...nNav,
      'Follow',
      '(c) Lisbet Moorcroft, some rights reserved (CC BY-NC)',
      ...nTabs.filter((t) => t !== 'About'),
      nSource,
      ...nTree,
      ...nStats,
      ...nTop,
      'Near Threatened (Varne Red List, 2021)',
      ...nFoot,
      'Naturlink is a joint initiative of the Varne Academy of Sciences and Meridian Geographic.',
    ],
  },
];
