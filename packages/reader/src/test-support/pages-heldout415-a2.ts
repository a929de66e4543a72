import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file a2: a parks and recreation department's summer activity guide on CivicRec (Rec1 catalog markup:
 * the top bar with account links, the department's tab menu, the catalog search form and filter panel, catalog groups
 * with items and their feature lines, "Add to Cart" buttons, availability badges, the cart widget and the footer).
 */
const rTitle = 'Youth Summer Activities 2027';
const rIntro = [
  `Maple Ferry Parks and Recreation offers day camps, sports clinics and nature programmes for children and teens throughout
the summer. Registration for residents opens on Monday, April 5 at 8:00 a.m.; non-resident registration opens one week later.`,
  `Fees shown are resident rates. Non-residents pay an additional $25 per week. Financial assistance is available through the
Play For All fund; apply before registering so the discount can be applied at checkout.`,
];
type Item = readonly [name: string, desc: string, feature: string, status: string];
const groups: readonly (readonly [string, readonly Item[]])[] = [
  [
    'Day Camps',
    [
      [
        'Camp Riverbend (Ages 6–8)',
        `A week of games, crafts, splash-pad afternoons and a Friday field trip, based at the Riverbend Community Center. Campers
need a packed lunch, a water bottle and clothes that can get messy.`,
        'Ages 6–8 · Jun 21 – Jun 25 · Mon–Fri 8:30 AM – 3:30 PM · Riverbend Community Center · $165.00',
        '4 spots left',
      ],
      [
        'Camp Riverbend Explorers (Ages 9–12)',
        `Older campers plan part of their own week. Expect kayaking on the mill pond, a bike safety course, a cooking challenge
and an overnight campout in the park on Thursday evening.`,
        'Ages 9–12 · Jun 28 – Jul 2 · Mon–Fri 8:30 AM – 3:30 PM · Riverbend Community Center · $185.00',
        'Waitlist',
      ],
    ],
  ],
  [
    'Sports Clinics',
    [
      [
        'Junior Tennis Clinic',
        `Coaches from the Maple Ferry Tennis Association teach grips, footwork and scoring on the Hollins Park courts. Rackets are
provided for players who do not have one.`,
        'Ages 7–11 · Jul 6 – Jul 9 · Tue–Fri 9:00 AM – 11:00 AM · Hollins Park Courts · $72.00',
        '9 spots left',
      ],
      [
        'Skateboarding Basics',
        `A four-morning introduction to balance, pushing, stopping and falling safely, held at the Quarry Street skate park before
it opens to the public. Helmets and pads are required and can be borrowed.`,
        'Ages 8–14 · Jul 12 – Jul 15 · Mon–Thu 8:00 AM – 10:00 AM · Quarry Street Skate Park · $60.00',
        '12 spots left',
      ],
    ],
  ],
  [
    'Nature and Outdoors',
    [
      [
        'Pond and Prairie Week',
        `Naturalists lead daily walks in the Ferry Marsh preserve, with dip-netting, insect surveys and a wildflower press to take
home. Campers should wear closed-toe shoes that can get wet.`,
        'Ages 7–10 · Jul 19 – Jul 23 · Mon–Fri 9:00 AM – 2:00 PM · Ferry Marsh Nature Center · $150.00',
        '6 spots left',
      ],
      [
        'Teen Trail Crew',
        `Teens help staff rebuild a section of the Ridge Loop trail, learn to use hand tools safely, and earn twenty hours of
volunteer service that counts toward school requirements.`,
        'Ages 13–17 · Aug 2 – Aug 6 · Mon–Fri 8:00 AM – 1:00 PM · Ridge Loop Trailhead · $40.00',
        '10 spots left',
      ],
    ],
  ],
];
const rNotes = [
  'Refunds are issued in full if a programme is cancelled, and less a $10 fee if you withdraw at least seven days before it starts.',
  'Camps run rain or shine. On days with a heat advisory, outdoor activities move indoors after noon.',
  'Children who need support to take part should contact the inclusion coordinator at least two weeks before their programme begins.',
];
const rTabs = ['Home', 'Activities', 'Memberships', 'Facility Rentals', 'Passes', 'Donations'];
const rFilters = ['Age Range', 'Day of Week', 'Location', 'Time of Day'];
const rFoot = ['Parks and Recreation Home', 'Privacy Policy', 'Refund Policy', 'Accessibility'];
const item = ([name, desc, feature, status]: Item, i: number): string => `<div class="rec1-catalog-item" data-id="${4410 + i}">
<div class="rec1-catalog-item-header"><span class="rec1-catalog-item-name">${name}</span>
<span class="rec1-catalog-item-badge badge ${status === 'Waitlist' ? 'badge-warning' : 'badge-success'}">${status}</span></div>
<div class="rec1-catalog-item-description"><p>${desc}</p></div>
<div class="rec1-catalog-item-features"><div class="rec1-catalog-item-feature">${feature}</div></div>
<div class="rec1-catalog-item-actions"><button type="button" class="btn btn-primary rec1-catalog-item-action" data-action="add">Add to Cart</button>
<a class="rec1-catalog-item-more" href="#">More Info</a></div></div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Maple Ferry Parks and Recreation - Catalog</title>
<meta name="description" content="Register for Maple Ferry Parks and Recreation activities, memberships and facility rentals.">
<link rel="stylesheet" href="https://secure.rec1.example/assets/css/rec1.catalog.min.css?v=5.31.2">
<script>window.Rec1 = window.Rec1 || {}; Rec1.tenant = {"id":"MF","name":"Maple Ferry Parks and Recreation","checkoutKey":"mapleferry"};</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-8MF2K"></script></head>
<body class="rec1 rec1-catalog"><div id="rec1-page">
<header class="rec1-header navbar navbar-default"><div class="container"><a class="rec1-logo navbar-brand" href="/MF/maple-ferry-parks-rec/">
<img src="https://secure.rec1.example/MF/logo.png" alt="Maple Ferry Parks and Recreation"></a>
<ul class="nav navbar-nav navbar-right rec1-account"><li><a href="/MF/maple-ferry-parks-rec/login">Log In</a></li>
<li><a href="/MF/maple-ferry-parks-rec/signup">Create Account</a></li>
<li class="rec1-cart-widget"><a href="/MF/maple-ferry-parks-rec/checkout"><span class="rec1-cart-count">0</span> Cart</a></li></ul></div></header>
<nav class="rec1-tabs"><div class="container"><ul class="nav nav-tabs">${links(rTabs, 'rec1-tab')}</ul></div></nav>
<div class="container rec1-content"><div class="row"><aside class="col-md-3 rec1-catalog-filters"><form class="rec1-catalog-search" role="search">
<label for="rec1-search">Search</label><input id="rec1-search" type="search" class="form-control" placeholder="Search activities">
</form><div class="rec1-filter-panel"><h4 class="rec1-filter-title">Filter Results</h4><ul class="rec1-filter-list">${links(rFilters, 'rec1-filter')}</ul>
<button type="button" class="btn btn-link rec1-filter-clear">Clear Filters</button></div></aside>
<main class="col-md-9 rec1-catalog-main" role="main"><div class="rec1-catalog-tab-header"><h1 class="rec1-catalog-tab-title">${rTitle}</h1>
<div class="rec1-catalog-tab-description">
${ps(rIntro)}
</div></div>
${groups
  .map(
    ([g, items], gi) => `<div class="rec1-catalog-group" data-group="${gi}"><div class="rec1-catalog-group-header">
<h2 class="rec1-catalog-group-name">${g}</h2><span class="rec1-catalog-group-count">${items.length} Activities</span></div>
<div class="rec1-catalog-group-items">
${items.map(item).join('\n')}
</div></div>`,
  )
  .join('\n')}
<div class="rec1-catalog-tab-footer"><h2 class="rec1-catalog-group-name">Before you register</h2><ul>
${rNotes.map((n) => `<li>${n}</li>`).join('\n')}
</ul></div></main></div></div>
<footer class="rec1-footer"><div class="container"><ul class="list-inline">${links(rFoot)}</ul>
<p class="rec1-footer-contact">Maple Ferry Parks and Recreation · 210 Mill Street · (555) 014-2290</p>
<p class="rec1-powered">Powered by CivicRec</p></div></footer></div>
<script src="https://secure.rec1.example/assets/js/rec1.catalog.bundle.min.js?v=5.31.2"></script></body></html>`;
const allItems = groups.flatMap(([, items]) => items);
export const civicRec: TestPage = {
  name: 'heldout415-civicrec-activity-guide',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [...groups.map(([g]) => g), 'Before you register'],
  body: texts([...rIntro, ...allItems.flatMap(([n, d, f]) => [n, d, f]), ...rNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Create Account', 'Cart', ...rTabs, 'Search', ...rFilters, 'Filter Results', 'Clear Filters', '2 Activities', 'Add to Cart', 'More Info',
    '4 spots left', 'Waitlist', '9 spots left', '12 spots left', '6 spots left', '10 spots left', ...rFoot,
    'Maple Ferry Parks and Recreation · 210 Mill Street · (555) 014-2290', 'Powered by CivicRec',
  ],
};
