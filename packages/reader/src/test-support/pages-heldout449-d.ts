import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupal } from './pages-heldout449-d2.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file d: a researcher's record page on ORCID's Angular registry front end, saved from the browser
 * (OneTrust banner, the header with the registry search and Sign in/Register, the record header with the iD and "Record
 * last modified", the left column of personal details, the biography, and the Activities panels of employment, education
 * and works with their Source lines, sort and expand controls, and the footer) and, from file d2, a university staff
 * profile on Drupal.
 */
const title = 'Thuy Nakashima-Ferro';
const h = ['Biography', 'Activities', 'Employment (2)', 'Education and qualifications (1)', 'Works (4)'];
const bio = [
  j(
    'Physical oceanographer working on coastal upwelling and its effect on shellfish farms. I combine long mooring records',
    'with regional ocean models to forecast low-oxygen events a week ahead, and I work closely with growers on how such',
    'forecasts are used.',
  ),
  'Previously at the Institute for Water Futures. Data from my moorings is openly available through the regional ocean observing portal.',
];
const emp = [
  'Westmere University: Harrowgate, GB',
  '2021-02-01 to present | Senior Research Scientist (Department of Ocean Sciences)',
  'Institute for Water Futures: Saint-Aubrac, FR',
  '2016-09-01 to 2021-01-31 | Postdoctoral Researcher (Coastal Dynamics Group)',
];
const edu = ['University of Lindqvist: Lindqvist, NO', '2011-08-15 to 2016-06-30 | PhD (Geophysics)'];
const works: [string, string, string, string][] = [
  [
    'A week-ahead forecast of hypoxic events in a shellfish-farming bay',
    'Journal of Coastal Ocean Research',
    '2025-06 | Journal article',
    'DOI: 10.5555/jcor.2025.0412',
  ],
  ['Wind relaxation and oxygen drawdown over the inner shelf', 'Continental Shelf Letters', '2023-11 | Journal article', 'DOI: 10.5555/csl.2023.1187'],
  ['Ten years of mooring data from Harrowgate Sound', 'Regional Ocean Data Archive', '2022-03 | Data set', 'DOI: 10.5555/roda.hs.2022'],
  ['Upwelling memory in semi-enclosed bays: a modelling study', 'Ocean Dynamics Quarterly', '2019-08 | Journal article', 'DOI: 10.5555/odq.2019.0033'],
];
const nav = ['About', 'For researchers', 'Membership', 'Documentation', 'Resources', 'News & events'];
const side = [
  'ORCID iD',
  'https://orcid.org/0000-0002-7714-3096',
  'Also known as',
  'T. Nakashima Ferro',
  'Country',
  'United Kingdom',
  'Keywords',
  'physical oceanography, upwelling, hypoxia, aquaculture',
  'Websites & social links',
  'Lab website',
  'Other IDs',
  'Scopus Author ID: 57201194882',
];
const foot = ['Privacy Policy', 'Terms of Use', 'Accessibility Statement', 'Contact us', 'Cookie Settings'];
const src = (s: string): string => `<div class="source" _ngcontent-ng-c2204816012=""><span class="orc-font-small-print source-label">Source: ${s}</span></div>`;
const card = (a: string, b: string): string => `<app-affiliation _ngcontent-ng-c3902265716="" _nghost-ng-c2204816012=""><div class="affiliation"
_ngcontent-ng-c2204816012=""><h4 class="orc-font-body affiliation-title" _ngcontent-ng-c2204816012="">${a}</h4>
<p class="orc-font-body-small" _ngcontent-ng-c2204816012="">${b}</p>${src('Thuy Nakashima-Ferro')}</div></app-affiliation>`;
const panel = (id: string, title: string, inner: string): string => `<section id="${id}" class="panel" _ngcontent-ng-c1445571034=""><div class="panel-header
row"><h3 class="orc-font-body-large" _ngcontent-ng-c1445571034="">${title}</h3><div class="panel-actions"><button mat-button
class="mdc-button mat-mdc-button"><span class="mdc-button__label">Sort</span></button></div></div><div class="panel-body">${inner}</div></section>`;
const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Thuy Nakashima-Ferro (0000-0002-7714-3096) - ORCID</title><base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="ORCID record for Thuy Nakashima-Ferro.
ORCID provides an identifier for individuals to use with their name as they engage in research, scholarship, and innovation activities.">
<meta property="og:title" content="Thuy Nakashima-Ferro (0000-0002-7714-3096)"><meta property="og:type" content="profile">
<link rel="canonical" href="https://orcid.org/0000-0002-7714-3096"><link rel="stylesheet" href="styles.5f21c3a9e8d1b6a4.css" media="all">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b7d3c21-orcid"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","@id":"https://orcid.org/0000-0002-7714-3096","givenName":"Thuy",
"familyName":"Nakashima-Ferro","affiliation":[{"@type":"Organization","name":"Westmere University"}]}</script></head>
<body><app-root ng-version="17.3.12" _nghost-ng-c778321204=""><div class="skip-main" _ngcontent-ng-c778321204=""><a href="#main">Skip to main
content</a></div>
<app-header _ngcontent-ng-c778321204="" _nghost-ng-c331284611=""><header class="row" _ngcontent-ng-c331284611=""><div class="logo"><a href="/"><img
src="./assets/vectors/orcid.logo.svg" alt="ORCID logo"></a><p class="tagline orc-font-small-print">Connecting research and researchers</p></div>
<app-search _nghost-ng-c1884030201=""><form role="search" class="search"><input type="text" placeholder="Search the ORCID registry..." aria-label="Search
the ORCID registry"><button class="search-button" aria-label="Search">Search</button></form></app-search>
<app-user-menu><a class="sign-in-button" href="/signin">Sign in/Register</a></app-user-menu>
<nav class="menu" role="navigation"><ul class="row" _ngcontent-ng-c331284611="">${links(nav, 'menu-item')}</ul></nav></header></app-header>
<main id="main" _ngcontent-ng-c778321204=""><app-my-orcid><app-record _nghost-ng-c1709943288="">
<app-record-header _nghost-ng-c2501873220=""><section class="record-header" _ngcontent-ng-c2501873220=""><div class="name-and-id">
<h1 class="orc-font-heading-small name" _ngcontent-ng-c2501873220="">${title}</h1><div class="orcid-id-container">
<img src="./assets/vectors/orcid.logo.icon.svg"
alt="ORCID logo" class="orcid-icon"><a class="orcid-id orc-font-body-small"
href="https://orcid.org/0000-0002-7714-3096">https://orcid.org/0000-0002-7714-3096</a>
<button mat-icon-button aria-label="Copy iD to clipboard">Copy</button></div></div>
<div class="header-actions"><a class="print-button" href="/0000-0002-7714-3096/print">Printable version</a></div>
<p class="last-modified orc-font-small-print" _ngcontent-ng-c2501873220="">Record last modified Feb 18, 2026 5:14:09 PM UTC</p></section></app-record-header>
<div class="record-body row"><aside class="side-bar col l3" _ngcontent-ng-c1709943288=""><app-side-bar>
${side
  .map((t, i) =>
    i % 2 === 0
      ? `<h3 class="orc-font-body-small
side-bar-title">${t}</h3>`
      : `<p class="orc-font-body-small side-bar-value">${t}</p>`,
  )
  .join('\n')}
</app-side-bar></aside>
<div class="main-column col l9"><app-main _nghost-ng-c1445571034=""><section id="biography" class="panel"><div class="panel-header"><h2
class="orc-font-body-large">${h[0]}</h2></div><div class="panel-body biography">
${ps(bio, ' class="orc-font-body"')}
</div></section>
<div class="activities-header row"><h2 class="orc-font-heading-small" _ngcontent-ng-c1445571034="">${h[1]}</h2><button class="mdc-button expand-all">Expand
all</button></div>
${panel('employment', h[2] ?? '', card(emp[0] ?? '', emp[1] ?? '') + card(emp[2] ?? '', emp[3] ?? ''))}
${panel('education-and-qualification', h[3] ?? '', card(edu[0] ?? '', edu[1] ?? ''))}
${panel(
  'works',
  h[4] ?? '',
  works
    .map(
      ([t, v, d, doi]) => `<app-work-stack><app-work><div class="work"><h4 class="orc-font-body work-title">${t}</h4>
<p class="orc-font-body-small journal-title">${v}</p><p class="orc-font-body-small work-date">${d}</p><p class="orc-font-body-small doi">${doi}</p>
${src('Crossref')}<button class="show-more orc-font-small-print">Show more detail</button></div></app-work></app-work-stack>`,
    )
    .join('\n'),
)}
</app-main></div></div></app-record></app-my-orcid></main>
<app-footer _nghost-ng-c4102331889=""><footer class="row"><div class="footer-license"><p class="orc-font-small-print">The text of this website is published
under a CC0 license. Images and marks are subject to copyright and trademark protection.</p></div><nav><ul>${links(foot)}</ul></nav>
<p class="orc-font-small-print">ORCID is a non-profit organization helping to create a world in which all who participate in research are uniquely
identified.</p></footer></app-footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies
to make our site work and to understand how you use it. You can accept all cookies or choose which ones you allow.</p></div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject Unnecessary Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
</app-root><script src="runtime.8c6ac1b9.js" type="module"></script><script src="main.d31f07c2.js" type="module"></script></body></html>`;
const orcid: TestPage = {
  name: 'heldout449-orcid-record-docs',
  kind: 'docs',
  html,
  title,
  headings: h,
  body: texts([...bio, ...emp, ...edu, ...works.flat()]),
  bylines: ['Record last modified Feb 18, 2026 5:14:09 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Connecting research and researchers', 'Search', 'Sign in/Register', ...nav, 'Copy', 'Printable version', ...side,
    'Expand all', 'Sort', 'Source: Thuy Nakashima-Ferro', 'Source: Crossref', 'Show more detail',
    'The text of this website is published under a CC0 license. Images and marks are subject to copyright and trademark protection.', ...foot,
    'ORCID is a non-profit organization helping to create a world in which all who participate in research are uniquely identified.',
    'We use cookies to make our site work and to understand how you use it. You can accept all cookies or choose which ones you allow.',
    'Accept All Cookies', 'Reject Unnecessary Cookies',
  ],
};

export const HELDOUT449_D: readonly TestPage[] = [orcid, drupal];
