import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file d: a post office finder's results page rendered by Angular (app-root, _ngcontent attributes,
 * a search form, a filter bar, a results list of branches with their services and a map placeholder) and a hotel's
 * location page on Squarespace (sqs-block wrappers, an image block with a caption, a booking bar, an announcement bar).
 */
const oTitle = 'Post Offices near Ashby Cross';
const oIntro = paras(`
These are the five branches closest to the postcode you entered. Opening hours can change at short notice, so please check the
branch before you travel, especially on bank holidays.
`);
type Branch = { name: string; addr: string; open: string; services: string[] };
const oBranches: Branch[] = [
  {
    name: 'Ashby Cross Post Office',
    addr: '12 Fore Street, Ashby Cross, AC3 4FS, 0.3 miles away',
    open: 'Open today 9am to 5:30pm. Closes for lunch 1pm to 2pm.',
    services: ['Parcel drop-off and collection', 'Banking and cash withdrawals', 'Foreign currency on demand', 'Passport Check and Send'],
  },
  {
    name: 'Ashby Cross Station Road Post Office (inside Kemble’s Newsagent)',
    addr: '88 Station Road, Ashby Cross, AC3 2SR, 0.9 miles away',
    open: 'Open today 7am to 9pm.',
    services: ['Parcel drop-off', 'Bill payments', 'Stamps and postage labels'],
  },
  {
    name: 'Fenmoor Post Office',
    addr: '3 The Green, Fenmoor, AC4 9TG, 2.1 miles away',
    open: 'Open today 9am to 12:30pm. Closed on Wednesdays.',
    services: ['Parcel drop-off and collection', 'Banking and cash withdrawals', 'Vehicle tax'],
  },
  {
    name: 'Hollowell Outreach Service (village hall)',
    addr: 'Hollowell Village Hall, Church Lane, AC4 1HV, 3.4 miles away',
    open: 'Open Tuesdays only, 10am to 12pm.',
    services: ['Letters and small parcels', 'Cash withdrawals up to £300'],
  },
  {
    name: 'Brinsford Main Post Office',
    addr: 'Unit 4, Brinsford Shopping Centre, AC5 6BS, 4.8 miles away',
    open: 'Open today 9am to 5:30pm.',
    services: ['Parcel drop-off and collection', 'Foreign currency on demand', 'Identity verification', 'Drop and Go business accounts'],
  },
];
const oNote = paras(`
Some services, such as Passport Check and Send and identity verification, are only offered at larger branches and may need an
appointment. If a branch is temporarily closed it will not appear in these results; you can still use the parcel lockers at
Ashby Cross station at any time of day.

Outreach services run from shared buildings such as village halls and churches for a few hours each week. They offer a smaller
range of services than a full branch, and they cannot accept parcels over five kilograms or exchange foreign currency. Branches
inside shops follow the shop’s own opening hours, which is why several of them are open in the evening and on Sundays.
`);
const oNav = ['Send a parcel', 'Receive', 'Track', 'Money', 'Travel', 'ID services', 'Branch finder'];
const oFilters = ['Open now', 'Open Sundays', 'Parcel lockers', 'Step-free access'];
const oFoot = ['Help and support', 'Accessibility', 'Cookies', 'Privacy', 'Terms and conditions', 'Modern slavery statement'];
const oBody = oBranches.flatMap((b) => [b.addr, b.open, ...b.services]);
const oHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Branch finder results | Postline</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Find your nearest Postline branch, its opening hours
and services."><link rel="stylesheet" href="styles-6QJ2LKCR.css"><style ng-app-id="ng">.results-list[_ngcontent-ng-c2214][hidden]{display:none}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[{"@type":"PostOffice","name":"Ashby Cross Post
Office","position":1},{"@type":"PostOffice","name":"Fenmoor Post Office","position":3}]}</script></head>
<body><app-root _nghost-ng-c1032 ng-version="19.2.4" ng-server-context="ssr"><app-header _ngcontent-ng-c1032 _nghost-ng-c3391>
<header _ngcontent-ng-c3391 class="pl-header"><a _ngcontent-ng-c3391 href="#main" class="pl-skip">Skip to main content</a>
<a _ngcontent-ng-c3391 routerlink="/" href="/" class="pl-logo">Postline</a><nav _ngcontent-ng-c3391 class="pl-nav"><ul _ngcontent-ng-c3391>
${links(oNav, 'pl-nav__item')}</ul></nav></header></app-header>
<main _ngcontent-ng-c1032 id="main"><router-outlet _ngcontent-ng-c1032></router-outlet><app-branch-finder _nghost-ng-c2214>
<section _ngcontent-ng-c2214 class="finder-search"><h1 _ngcontent-ng-c2214 class="finder-title">${oTitle}</h1>
<form _ngcontent-ng-c2214 novalidate class="ng-untouched ng-pristine ng-valid"><label _ngcontent-ng-c2214 for="q">Enter a postcode or place</label>
<input _ngcontent-ng-c2214 id="q" formcontrolname="query" value="AC3 4FS"><button _ngcontent-ng-c2214 type="submit">Search</button>
<button _ngcontent-ng-c2214 type="button" class="link-button">Use my location</button></form>
<div _ngcontent-ng-c2214 class="finder-filters" role="group" aria-label="Filters">${oFilters
  .map((f) => `<button _ngcontent-ng-c2214 class="chip" aria-pressed="false">${f}</button>`)
  .join('\n')}</div>
<p _ngcontent-ng-c2214 class="finder-count" aria-live="polite">5 results</p></section>
<div _ngcontent-ng-c2214 class="finder-intro">${ps(oIntro)}</div>
<ol _ngcontent-ng-c2214 class="results-list"><!--ngFor-->${oBranches
  .map(
    (b, i) => `<li _ngcontent-ng-c2214 class="result-card"><app-branch-card _ngcontent-ng-c2214 _nghost-ng-c7781><article _ngcontent-ng-c7781>
<span _ngcontent-ng-c7781 class="result-card__index">${i + 1}</span><h2 _ngcontent-ng-c7781 class="result-card__name">${b.name}</h2>
<p _ngcontent-ng-c7781 class="result-card__address">${b.addr}</p><p _ngcontent-ng-c7781 class="result-card__hours">${b.open}</p>
<ul _ngcontent-ng-c7781 class="result-card__services">${lis(b.services)}</ul>
<div _ngcontent-ng-c7781 class="result-card__actions"><a _ngcontent-ng-c7781 href="/branch-finder/${i + 1}">Branch details</a>
<a _ngcontent-ng-c7781 href="https://maps.example/dir/${i + 1}">Directions</a></div></article></app-branch-card></li><!--ngFor-->`,
  )
  .join('\n')}</ol>
<div _ngcontent-ng-c2214 class="finder-note">${ps(oNote)}</div>
<div _ngcontent-ng-c2214 class="finder-map" aria-hidden="true"><div class="map-placeholder">Map data loading</div></div>
<button _ngcontent-ng-c2214 class="load-more">Show more branches</button></app-branch-finder></main>
<app-footer _ngcontent-ng-c1032 _nghost-ng-c4410><footer _ngcontent-ng-c4410 class="pl-footer"><ul _ngcontent-ng-c4410>${links(oFoot)}</ul>
<p _ngcontent-ng-c4410>© Postline Services Limited 2026. All rights reserved.</p></footer></app-footer>
<app-cookie-consent _ngcontent-ng-c1032><div class="consent" role="dialog"><p>Can we use optional cookies to improve Postline services?</p>
<button>Yes, accept all</button><button>No, essential only</button></div></app-cookie-consent></app-root>
<script id="ng-state" type="application/json">{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[{"i":"t0","r":1}]}}],"branches-AC3 4FS":{"count":5}}</script>
<script src="polyfills-B6TNHZQ6.js" type="module"></script><script src="main-WN3BCA4R.js" type="module"></script></body></html>`;
const postOffice: TestPage = {
  name: 'heldout374-angular-post-office-finder',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oBranches.map((b) => b.name),
  body: texts([...oIntro, ...oBody, ...oNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Postline', ...oNav, 'Enter a postcode or place', 'Search', 'Use my location', ...oFilters, '5 results', 'Branch details',
    'Directions', 'Map data loading', 'Show more branches', ...oFoot, '© Postline Services Limited 2026. All rights reserved.',
    'Can we use optional cookies to improve Postline services?', 'Yes, accept all', 'No, essential only',
  ],
};

const hTitle = 'Getting to The Saltings';
const hIntro = paras(`
The Saltings stands on its own at the end of Quay Road in Brennock, with the estuary on three sides. It is easy to reach, but the
last mile is a single-track lane, so we have written these notes to help you arrive without any surprises.
`);
const hCar = paras(`
Follow the A3071 to Brennock and turn left at the harbour roundabout onto Quay Road. After the boatyard the road narrows; there are
passing places every two hundred metres, and you will usually meet one of our deliveries between 7am and 9am.

We have thirty parking spaces, free for guests, including two with electric vehicle chargers. If you arrive after the car park
gate has closed at 11pm, ring the bell and the night porter will open it for you.
`);
const hTrain = paras(`
The nearest station is Polmerrow, on the branch line from Trevane Junction. Trains run hourly and the journey from the junction
takes twenty-two minutes. We can collect you from Polmerrow in the hotel car for a flat fee of twelve pounds each way; please let
us know your train time when you book.
`);
const hBoat = paras(`
From May to September a small passenger ferry crosses from St Ewan’s quay to our jetty six times a day. It is a lovely way to
arrive, with seals often resting on the sandbank, but it carries only twelve people and no cars.

If you are travelling with a dog, a bicycle or more than one suitcase each, we suggest the road. Ferry times depend on the tide,
so check the timetable at the quay.
`);
const hTips = [
  'Mobile signal is weak on Quay Road; download directions before you set off',
  'Sat nav users should enter BN12 7QS and then follow the brown signs',
  'Check-in is from 3pm, but you are welcome to leave bags and walk the coast path',
  'The restaurant takes last orders at 9pm, so let us know if you will arrive late',
];
const hNav = ['Rooms', 'Eat & Drink', 'Spa', 'Offers', 'Location', 'Gift Vouchers'];
const hFoot = ['Contact', 'Careers', 'Press', 'Sustainability', 'Privacy Policy'];
const hHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Location &mdash; The Saltings Hotel</title>
<meta property="og:site_name" content="The Saltings Hotel"><meta property="og:title" content="Location &mdash; The Saltings Hotel">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.thesaltings.example/location">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"62f0a1b2c3","siteTitle":"The Saltings Hotel"},
"collection":{"title":"Location","typeName":"page"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Hotel","name":"The Saltings Hotel",
"address":"Quay Road, Brennock, BN12 7QS"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/62f0a1b2c3/41/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-62f0a1b2c3d4" class="header-overlay-alignment-center tweak-global-animations-enabled">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Spring breaks: stay three nights,
pay for two until 30 April.</p></div><span class="sqs-announcement-bar-close" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><a href="/" class="header-title-text">The Saltings Hotel</a></div><nav class="header-nav-list">${hNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join(
    '\n',
  )}</nav><div class="header-actions"><a href="https://book.thesaltings.example" class="btn btn--border theme-btn--primary-inverse">Book a room</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="62f0a1b2c3d4e5">
<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-62f0a1b2c3d4"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-7a1b2c3d"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${hTitle}</h1>${ps(hIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1709"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/v1/quay.jpg"
alt="The hotel seen from the estuary"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The Saltings from the ferry jetty at
low tide. Photo: Mara Penhale</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>By car</h2>${ps(hCar)}<h2>By train</h2>${ps(hTrain)}<h2>By boat</h2>${ps(hBoat)}<h3>Before you travel</h3><ul data-rte-list="default">${lis(
  hTips.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`),
)}</ul></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="https://maps.example/?q=BN12+7QS" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Open in
maps</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Letters from the estuary</h2><div class="newsletter-form-header-description">
<p>Seasonal news and offers, four times a year.</p></div></div><form class="newsletter-form"><input type="email" placeholder="Email Address">
<button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>The Saltings Hotel, Quay Road, Brennock
BN12 7QS</p><p>${hFoot.map((t) => `<a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a>`).join(' · ')}</p><p>© 2026 Saltings Hospitality Ltd</p></div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-cta">This website uses cookies to
give you the best experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/performance-4c2a.js"></script></body></html>`;
const hotel: TestPage = {
  name: 'heldout374-squarespace-hotel-location',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['By car', 'By train', 'By boat', 'Before you travel'],
  body: texts([...hIntro, ...hCar, ...hTrain, ...hBoat, ...hTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring breaks: stay three nights, pay for two until 30 April.', 'The Saltings Hotel', 'Rooms', 'Eat & Drink', 'Spa', 'Offers', 
    'Gift Vouchers', 'Book a room',
    'The Saltings from the ferry jetty at low tide. Photo: Mara Penhale', 'Open in maps', 'Letters from the estuary',
    'Seasonal news and offers, four times a year.', 'Sign Up', 'The Saltings Hotel, Quay Road, Brennock BN12 7QS', ...hFoot, '© 2026 Saltings Hospitality Ltd',
    'This website uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT374_D: readonly TestPage[] = [postOffice, hotel];
