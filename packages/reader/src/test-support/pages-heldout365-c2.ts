import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file c2: a regional tender portal's opportunity listing in Bootstrap 5 (navbar with login, the alert
 * strip, the filter sidebar with checkboxes, a results bar with count and sort menu, result cards with buyer, value, closing
 * date and status badges, pagination, the "Get tender alerts" box, cookie toast and footer). Each opportunity's title is a
 * heading and its summary body; the card's data lines are furniture.
 */
const lTitle = 'Current opportunities';
const lIntro = [
  j(
    'These are the contract opportunities currently open on the Westhaven Regional Procurement Portal. Each listing links to the',
    'full notice and tender documents. You need a free supplier account to download documents and submit a response.',
  ),
];
const lItems: { t: string; s: string; buyer: string; value: string; close: string; ref: string }[] = [
  {
    t: 'Replacement of roof coverings at Carrow Lane depot',
    s: j(
      'Removal of the existing asbestos cement sheeting, installation of insulated composite panels and new rainwater goods on two',
      'vehicle sheds. Works to be completed during the summer to avoid disruption to the gritting fleet.',
    ),
    buyer: 'Westhaven County Council',
    value: '£420,000',
    close: '17/07/2026 12:00',
    ref: 'WCC-PROP-0388',
  },
  {
    t: 'Independent advocacy services for adults',
    s: j(
      'Statutory and non-statutory advocacy for adults with care and support needs, including Care Act advocacy and independent',
      'mental health advocacy, for three years with an option to extend by two.',
    ),
    buyer: 'Westhaven County Council',
    value: '£2,150,000',
    close: '24/07/2026 17:00',
    ref: 'WCC-ASC-0412',
  },
  {
    t: 'Electric vehicle charge points for staff car parks',
    s: j(
      'Design, supply, installation and maintenance of 64 charge points at six office sites, with a back-office system that lets',
      'staff pay for charging and reports energy use to the estates team.',
    ),
    buyer: 'Port Ellery Borough Council',
    value: '£610,000',
    close: '31/07/2026 12:00',
    ref: 'PEBC-0097',
  },
  {
    t: 'Library book supply and servicing',
    s: j(
      'Supply of adult and children’s fiction and non-fiction, shelf-ready with jackets, labels and catalogue records, for a',
      'consortium of four library services. Suppliers may bid for one or both lots.',
    ),
    buyer: 'Westhaven Libraries Consortium',
    value: '£1,300,000',
    close: '07/08/2026 12:00',
    ref: 'WLC-2026-02',
  },
  {
    t: 'Market engagement: community transport dispatch software',
    s: j(
      'This is not a call for tenders. The council wants to hear from suppliers of booking and dispatch software for dial-a-ride',
      'services before it writes a specification. Please complete the short questionnaire.',
    ),
    buyer: 'Port Ellery Borough Council',
    value: 'Not specified',
    close: '14/08/2026 17:00',
    ref: 'PEBC-PME-0101',
  },
  {
    t: 'Catering equipment maintenance for schools',
    s: j(
      'Planned and reactive maintenance of kitchen equipment in 48 schools, including gas safety checks, ventilation cleaning and',
      'repairs to dishwashers, ovens and refrigeration, with a four-hour response for failures during term time.',
    ),
    buyer: 'Westhaven County Council',
    value: '£780,000',
    close: '21/08/2026 12:00',
    ref: 'WCC-EDU-0431',
  },
];
const lOutro = j(
  'Contracts below £25,000 are not always advertised here. Councils may invite quotes directly from suppliers on their local',
  'approved lists, so make sure your company profile and category codes are up to date.',
);
const lFilters = ['Construction', 'Health and social care', 'IT and telecoms', 'Facilities management', 'Goods and supplies'];
const lNav = ['Opportunities', 'Awarded contracts', 'Buyers', 'Supplier help'];
const lFoot = ['About the portal', 'Terms of use', 'Privacy', 'Accessibility', 'Cookie settings', 'Contact support'];
const card = (o: (typeof lItems)[number], i: number): string => `<div class="card opportunity-card mb-3 shadow-sm" data-notice-id="${8800 + i}">
<div class="card-body"><div class="d-flex justify-content-between align-items-start"><h3 class="h5 card-title mb-1"><a href="/opportunities/${8800 + i}"
class="stretched-link text-decoration-none">${o.t}</a></h3><span class="badge rounded-pill text-bg-success">Open</span></div>
<p class="card-subtitle text-muted small mb-2"><i class="bi bi-building"></i> ${o.buyer}</p><p class="card-text">${o.s}</p>
<ul class="list-inline small text-secondary mb-0"><li class="list-inline-item">Reference: ${o.ref}</li><li class="list-inline-item">Value: ${o.value}</li>
<li class="list-inline-item">Closes: ${o.close}</li></ul></div></div>`;
const lHtml = `<!doctype html><html lang="en" data-bs-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>${lTitle} | Westhaven Regional Procurement Portal</title><meta name="description" content="Open contract opportunities from public bodies in
Westhaven.">
<link href="/css/bootstrap.min.css" rel="stylesheet"><link href="/css/portal.css?v=5.4.2" rel="stylesheet"><link rel="alternate" type="application/rss+xml"
href="/opportunities.rss" title="Open opportunities">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"${lTitle}","numberOfItems":6}</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-7QX2"></script><script>window.dataLayer=window.dataLayer||[];</script></head>
<body><nav class="navbar navbar-expand-lg bg-primary" data-bs-theme="dark"><div class="container"><a class="navbar-brand" href="/">Westhaven Procurement</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Toggle navigation"><span
class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">${links(lNav, 'nav-item')}</ul>
<a class="btn btn-outline-light me-2" href="/login">Log in</a><a class="btn btn-light" href="/register">Register</a></div></div></nav>
<div class="alert alert-warning rounded-0 mb-0 text-center small" role="alert">Planned maintenance: the portal will be unavailable on Saturday 4 July from 8am
to 11am.</div>
<main class="container py-4"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(['Home', 'Opportunities'], 'breadcrumb-item')}</ol></nav>
<div class="row"><aside class="col-lg-3"><form class="filters" action="/opportunities"><h2 class="h6 text-uppercase">Filter results</h2>
<div class="mb-3"><label class="form-label" for="kw">Keywords</label><input id="kw" class="form-control" type="search" name="q"></div>
<fieldset class="mb-3"><legend class="h6">Category</legend>${lFilters
  .map(
    (f, i) =>
      `<div class="form-check"><input class="form-check-input" type="checkbox" id="cat${i}"><label class="form-check-label" for="cat${i}">${f}</label></div>`,
  )
  .join('\n')}</fieldset><button class="btn btn-primary w-100" type="submit">Apply filters</button></form>
<div class="card mt-4 bg-light border-0"><div class="card-body"><h2 class="h6">Get tender alerts</h2><p class="small">Receive a daily email when new
opportunities match your categories.</p><a class="btn btn-sm btn-outline-primary" href="/alerts">Set up alerts</a></div></div></aside>
<div class="col-lg-9"><h1 class="h2 mb-3">${lTitle}</h1>
${lIntro.map((p) => `<p class="lead fs-6">${p}</p>`).join('\n')}
<div class="d-flex justify-content-between align-items-center border-bottom pb-2 mb-3"><span class="text-muted small">Showing 1 to 6 of 23 results</span>
<div><label for="sort" class="small me-1">Sort by</label><select id="sort" class="form-select form-select-sm d-inline-block w-auto"><option>Closing
soonest</option>
<option>Recently published</option><option>Highest value</option></select></div></div>
${lItems.map(card).join('\n')}
<p class="text-muted small mt-3">${lOutro}</p>
<nav aria-label="Results pages"><ul class="pagination justify-content-center">${links(['Previous', '1', '2', '3', '4', '5', 'Next'], 'page-item')}</ul></nav>
</div></div></main>
<div class="toast-container position-fixed bottom-0 end-0 p-3"><div class="toast show" role="alert" id="cookieToast"><div class="toast-body">We use
essential cookies to
keep you signed in, and optional analytics cookies to improve the portal.<div class="mt-2 pt-2 border-top"><button type="button" class="btn
btn-primary btn-sm">Accept
optional cookies</button> <button type="button" class="btn btn-secondary btn-sm" data-bs-dismiss="toast">Essential only</button></div></div></div></div>
<footer class="bg-dark text-light py-4 mt-5"><div class="container"><ul class="list-inline">${links(lFoot, 'list-inline-item')}</ul>
<p class="small mb-0">Westhaven Regional Procurement Portal is run by Westhaven County Council on behalf of its partners.</p></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script></body></html>`;
export const portalListing: TestPage = {
  name: 'heldout365-bootstrap-tender-portal-listing',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lItems.map((o) => o.t),
  body: texts([...lIntro, ...lItems.map((o) => o.s), lOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westhaven Procurement', ...lNav, 'Log in', 'Register',
    'Planned maintenance: the portal will be unavailable on Saturday 4 July from 8am to 11am.', 'Filter results', 'Keywords', 'Category', ...lFilters,
    'Apply filters', 'Get tender alerts', 'Receive a daily email when new opportunities match your categories.', 'Set up alerts',
    'Showing 1 to 6 of 23 results', 'Sort by', 'Closing soonest', 'Recently published', 'Highest value', 'Open',
    ...new Set(lItems.map((o) => o.buyer)), ...lItems.flatMap((o) => [`Reference: ${o.ref}`, `Value: ${o.value}`, `Closes: ${o.close}`]),
    'Previous', 'Next', 'We use essential cookies to keep you signed in, and optional analytics cookies to improve the portal.', 'Accept optional cookies',
    'Essential only', ...lFoot, 'Westhaven Regional Procurement Portal is run by Westhaven County Council on behalf of its partners.',
  ],
};
