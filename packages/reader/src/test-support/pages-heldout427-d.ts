import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file d: a community trust's small grants page on Squarespace 7.1 (header nav, page sections of
 * sqs-blocks: html blocks, a button block, an image block with caption, an accordion of questions, a newsletter block,
 * footer section, cookie banner) and a grants database search result page in the style of Candid's Foundation Directory
 * (React app: search bar, filter facets, results count, sort menu, result cards of recipient / funder / amount / purpose,
 * pagination, upgrade prompt).
 */
const qTitle = 'Neighbourhood Small Grants';
const qIntro = [
  j(
    'Our Neighbourhood Small Grants give residents’ groups in Fenwick and Saltgate between £250 and £2,000 to make something',
    'good happen on their street, estate or village green. You do not need to be a registered charity, and you do not need',
    'to have applied for a grant before.',
  ),
  j(
    'Last year we funded 63 projects, from a tool library in a garage to a monthly lunch club for older men and a mural',
    'painted by children at the Saltgate play park.',
  ),
  j(
    'The application is one page long and you can fill it in online, on paper or over the phone with one of our community',
    'workers. We are happy to read a first draft and tell you whether your idea is likely to be funded before you send it.',
  ),
];
const qCan = [
  'Groups of at least three residents who are not all from the same household',
  'Projects that are free or low cost to take part in and open to all neighbours',
  'Equipment, materials, venue hire, refreshments and volunteer expenses',
];
const qDates = j(
  'We accept applications four times a year. The next deadline is 31 March 2026, and we aim to let you know our decision',
  'within six weeks. If you are successful, the money is paid into your group’s bank account, or into a partner',
  'organisation’s account if your group does not have one.',
);
const qFaq: readonly (readonly [string, string])[] = [
  ['Do we need a bank account?', 'No. We can pay the grant to a local partner, such as a school or a tenants’ association, who holds it for you.'],
  ['What will you ask us for afterwards?', 'A few lines on what happened, how many people took part and what you spent the money on. Receipts are not needed.'],
  ['Can we apply again next year?', 'Yes, as long as you have sent us a short report on your last grant, with a few photos if you have them.'],
];
const qNav = ['About', 'Our Grants', 'Stories', 'Volunteer', 'Donate'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} — Fenwick &amp; Saltgate Community Trust</title><link rel="canonical" href="https://www.fenwicksaltgate.example/small-grants">
<meta property="og:site_name" content="Fenwick &amp; Saltgate Community Trust"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js">
</script><script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63b1f0c2","siteTitle":"Fenwick & Saltgate Community
Trust"},"templateId":"5c5a519771c10ba3470d8101"};
</script><script type="application/ld+json">{"url":"https://www.fenwicksaltgate.example","name":"Fenwick & Saltgate Community
Trust","@context":"http://schema.org",
"@type":"WebSite"}</script><link href="//static1.squarespace.com/static/versioned-site-css/63b1f0c2/24/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63b1f4aa" class="primary-button-style-solid tweak-global-animations-enabled header-overlay-alignment-center view-item
collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Fenwick &amp; Saltgate Community Trust</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63b1f4aa">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="63b1f4b1"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63b1f4b1"><div class="row sqs-row"><div class="col sqs-col-7 span-7">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1f0"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1>
${ps(qIntro, ' class="" style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">What we can fund</h3>
<ul data-rte-list="default">${qCan.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>
<h3 style="white-space:pre-wrap;">Dates and decisions</h3>
<p class="" style="white-space:pre-wrap;">${qDates}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-b2c4"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--left" data-animation-role="button" data-alignment="left">
<a href="https://forms.fenwicksaltgate.example/small-grants" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">
Start your application</a></div></div></div></div>
<div class="col sqs-col-5 span-5"><div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-c9d1"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/63b1f0c2/mural.jpg"
alt="Children painting a mural at a play park" loading="lazy"></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">The Saltgate play park mural, funded in autumn 2025.</p></div></figcaption></figure></div></div></div></div></div>
</div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-id="63b1f4b9"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-d3e8"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="">
${qFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${i}"><span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container"></div></button></h4><div class="accordion-item__dropdown" role="region" id="accordion-${i}">
<div class="accordion-item__description"><p class="" style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-e7f2"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Hear about the next round</h2>
<div class="newsletter-form-header-description"><p>Sign up to get grant deadlines and local stories once a month.</p></div></div>
<div class="newsletter-form-body"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email"></div><div data-animation-role="button"
class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Fenwick &amp; Saltgate Community Trust, The Old Library, Harbour Row, Saltgate</p>
<p class="" style="white-space:pre-wrap;">Registered charity 1187244</p></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout427-squarespace-community-grants-docs',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: ['What we can fund', 'Dates and decisions', ...qFaq.map((f) => f[0])],
  body: texts([...qIntro, ...qCan, qDates, ...qFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwick & Saltgate Community Trust', ...qNav, 'Start your application', 'The Saltgate play park mural, funded in autumn 2025.',
    'Hear about the next round',
    'Sign up to get grant deadlines and local stories once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Fenwick & Saltgate Community Trust, The Old Library, Harbour Row, Saltgate', 'Registered charity 1187244',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};
/* A grants database search result page (Candid-style). */
const gTitle = 'Grants for “youth arts education”';
type Grant = readonly [string, string, string, string, string];
const gGrants: readonly Grant[] = [
  ['Riverbend Youth Theatre Collective', 'Alcott-Pine Foundation', '$75,000', '2025', 'For an after-school playwriting program in three middle schools.'],
  ['Casa Luz Community Arts', 'The Mercer Family Fund', '$40,000', '2025', 'General operating support for bilingual music and dance classes.'],
  ['Northgate Public Schools Foundation', 'Halden Trust', '$120,000', '2024', 'To train classroom teachers to lead visual arts units in grades 4 to 6.'],
  ['Brightwater Film Lab', 'Alcott-Pine Foundation', '$25,000', '2024', 'For summer documentary workshops for teens in rural counties.'],
  ['Kettle Street Drum Corps', 'Ostrander Community Foundation', '$15,500', '2024', 'To replace instruments and fund two part-time instructors.'],
  ['Ironwood Youth Orchestra', 'Halden Trust', '$60,000', '2024', 'To expand free string lessons to two elementary schools on the east side.'],
  ['Southside Clay Studio', 'Ostrander Community Foundation', '$12,000', '2023', 'For weekend ceramics classes for teens and a kiln upgrade.'],
  ['Lantern Street Dance Company', 'Alcott-Pine Foundation', '$50,000', '2023', 'Two-year support for a dance residency in juvenile detention centers.'],
  ['Prairie Verse Poetry Project', 'The Mercer Family Fund', '$30,000', '2023', 'For a youth poetry slam league and a published anthology.'],
];
const gFacets = ['Subject', 'Arts education', 'Youth development', 'Population served', 'Children and youth', 'Year authorized', 'Grant amount'];
const gTopNav = ['Search', 'Saved searches', 'Funders', 'Recipients', 'Help'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search results | GrantLedger Directory</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link href="/static/css/main.8d1f2c.css" rel="stylesheet">
<script>window.__APP_CONFIG__={"env":"production","searchApi":"/api/v2/search","plan":"essential"};</script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="App">
<header class="gl-topbar"><a href="/" class="gl-topbar__brand">GrantLedger Directory</a><nav class="gl-topbar__nav"><ul>${links(
  gTopNav,
  'gl-topbar__item',
)}</ul>
</nav><div class="gl-topbar__account"><span class="gl-plan-badge">Essential plan</span><button class="gl-btn gl-btn--ghost">My account</button></div></header>
<div class="gl-search-bar"><form role="search"><label for="kw" class="sr-only">Keywords</label><input id="kw" value="youth arts education">
<button class="gl-btn gl-btn--primary" type="submit">Search</button></form></div>
<div class="gl-layout"><aside class="gl-facets" aria-label="Filters"><h2 class="gl-facets__title">Filter results</h2>
${gFacets.map((f) => `<div class="gl-facet"><button class="gl-facet__toggle" aria-expanded="true">${f}</button></div>`).join('\n')}
<button class="gl-link">Clear filters</button></aside>
<main class="gl-results" role="main"><div class="gl-results__header"><h1 class="gl-results__title">${gTitle}</h1>
<p class="gl-results__count" aria-live="polite">1,284 grants found</p><div class="gl-results__tools"><label for="sort">Sort by</label>
<select id="sort"><option>Amount (high to low)</option><option>Year (newest)</option></select><button class="gl-btn">Export</button>
<button class="gl-btn">Save search</button></div></div>
<ol class="gl-results__list">
${gGrants
  .map(
    ([recipient, funder, amount, year, purpose]) => `<li class="gl-card" data-testid="grant-result"><div class="gl-card__body">
<h3 class="gl-card__title"><a href="/recipients/${recipient.length}">${recipient}</a></h3><dl class="gl-card__meta">
<div><dt>Funder</dt><dd><a href="/funders/${funder.length}">${funder}</a></dd></div><div><dt>Amount</dt><dd>${amount}</dd></div>
<div><dt>Year</dt><dd>${year}</dd></div></dl><p class="gl-card__purpose">${purpose}</p></div>
<div class="gl-card__actions"><button class="gl-btn gl-btn--icon" aria-label="Add to list">Add to list</button></div></li>`,
  )
  .join('\n')}
</ol><nav class="gl-pagination" aria-label="Pagination"><ul><li><a href="?page=1" aria-current="page">1</a></li><li><a href="?page=2">2</a></li>
<li><a href="?page=3">3</a></li><li><a href="?page=2">Next page</a></li></ul></nav>
<div class="gl-upsell"><p>Upgrade to Professional to see grant contacts and 10 years of history.</p><a href="/plans" class="gl-btn">Compare plans</a></div>
</main></div>
<footer class="gl-footer"><p>© 2026 GrantLedger. Data from funder tax filings and direct reporting.</p><a href="/terms">Terms of service</a>
<a href="/privacy">Privacy</a></footer></div></div><script src="/static/js/main.4b7e91.js"></script></body></html>`;
const grantsDb: TestPage = {
  name: 'heldout427-react-grants-database-listing',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gGrants.map((g) => g[0]),
  body: gGrants.flatMap(([, funder, amount, year, purpose]) => [funder, amount, year, purpose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to enable JavaScript to run this app.', 'GrantLedger Directory', ...gTopNav, 'Essential plan', 'My account', 'Keywords',
    'Filter results', ...gFacets, 'Clear filters', '1,284 grants found', 'Sort by', 'Amount (high to low)', 'Year (newest)', 'Export', 'Save search',
    'Add to list', 'Next page', 'Upgrade to Professional to see grant contacts and 10 years of history.', 'Compare plans',
    '© 2026 GrantLedger. Data from funder tax filings and direct reporting.', 'Terms of service', 'Privacy',
  ],
};
export const HELDOUT427_D: readonly TestPage[] = [squarespace, grantsDb];
