import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 179, file d2: a House of Commons Library research briefing page (the UK Parliament cookie banner, the
 * parliament.uk header, the Library nav, breadcrumbs, the "Research Briefing" label, the "By" author line and date, the
 * "Documents to download" box, the summary with its h2 sections and a list, the "Related posts" cards with their labels
 * and dates, the topic tags, the share links, the Library disclaimer and the parliament.uk footer).
 */
const ukTitle = 'Rural bus services in England';
const ukP1 = [
  'Buses are the most widely used form of public transport in England, but services in rural areas have declined over the past 15 years. ' +
    'Between 2010 and 2024, the number of bus miles operated in predominantly rural local authorities fell by around 28%.',
  'This briefing describes how rural buses are funded and regulated, recent government policy, and the options available to local ' +
    'authorities seeking to maintain or improve services.',
];
const ukH1 = 'How rural buses are provided';
const ukP2 = [
  'Outside London, most bus services in England are run commercially by private operators, who decide routes, timetables and fares. Where ' +
    'a service is not commercially viable, local transport authorities may pay an operator to run it as a "supported" service.',
  'Rural routes are more likely to depend on this support, because passenger numbers are low and journeys are long. Spending on supported ' +
    'services has fallen in real terms in many authorities, and this has been a major cause of route withdrawals.',
];
const ukH2 = 'Government policy';
const ukP3 = [
  'The Government’s bus strategy set out an aim for more frequent and reliable services, including in rural areas. Measures since then have ' + 'included:',
];
const ukList = [
  'funding for local authorities to deliver Bus Service Improvement Plans;',
  'a cap on single bus fares, extended several times since its introduction;',
  'new powers allowing all local transport authorities to pursue bus franchising; and',
  'guidance on demand-responsive transport, where buses operate on request rather than to a fixed timetable.',
];
const ukP4 = [
  'The Bus Services (No. 2) Bill, introduced in 2024, would also lift the restriction on local authorities setting up new municipal bus companies.',
];
const ukH3 = 'Issues raised';
const ukP5 = [
  'Stakeholders have raised concerns about the short-term nature of much bus funding, which makes it hard for authorities and operators to ' +
    'plan. Others point to the cost and complexity of franchising for smaller, mainly rural authorities.',
  'Demand-responsive services have had mixed results. Some pilots have attracted new passengers, while others were withdrawn because costs ' +
    'per journey were high. The Transport Committee has called for a long-term funding settlement for buses.',
];
const ukCookie = [
  'Cookies on parliament.uk',
  "We use necessary cookies to make our site work. We'd also like to set optional cookies to help us improve it. We won't set optional " +
    'cookies unless you enable them.',
  'Accept all',
  'Reject all',
  'Manage cookie preferences',
];
const ukNav = ['Research briefings', 'Insights', 'Topics', 'Constituency data', 'Contact us', 'About the Library'];
const ukDocs = ['Documents to download', 'Rural bus services in England (1 MB , PDF)'];
const ukRelated = [
  ['Research Briefing', 'Bus services in England outside London', '14 November 2024'],
  ['Insight', 'What is bus franchising?', '2 October 2024'],
  ['Research Briefing', 'Concessionary bus travel', '8 July 2024'],
];
const ukTags = ['Transport', 'Buses', 'Local government', 'Rural areas'];
const ukDisclaimer =
  'The House of Commons Library is a research and information service based in the UK Parliament. Our impartial analysis, statistical ' +
  'research and resources help MPs and their staff scrutinise legislation, develop policy, and support constituents.';
const ukFoot = [
  'Cookie policy',
  'Privacy notice',
  'Accessibility statement',
  'Contact us',
  'House of Commons',
  'House of Lords',
  "What's on",
  'Bills and legislation',
  'MPs and Lords',
  'Committees',
  'Visiting',
];
const ukHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ukTitle} - House of Commons Library</title>
<meta name="description" content="How rural buses are funded and regulated, recent policy, and options for local authorities.">
<meta property="og:type" content="article"><meta property="og:title" content="${ukTitle}">
<meta property="article:published_time" content="2025-03-11T10:00:00+00:00">
<meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" id="commonslibrary-css" href="/wp-content/themes/commonslibrary/dist/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${ukTitle}","datePublished":"2025-03-11",
"author":[{"@type":"Person","name":"Alys Pemberton"},{"@type":"Person","name":"Niall Fairweather"}]}</script>
<script src="https://www.parliament.uk/cookie-banner/cookie-banner.js" defer></script></head>
<body class="single single-research-briefing"><div id="pp-cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
<h2>${ukCookie[0]}</h2><p>${ukCookie[1]}</p><button class="btn btn-primary">${ukCookie[2]}</button><button class="btn btn-primary">${ukCookie[3]}</button>
<a href="/cookie-policy/">${ukCookie[4]}</a></div><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="uk-parliament-header"><div class="container"><a class="uk-parliament-logo" href="https://www.parliament.uk/"><span class="sr-only">UK
Parliament</span></a><a class="site-title" href="/">House of Commons Library</a></div>
<nav class="library-nav" aria-label="Library"><ul>${links(ukNav)}</ul><form role="search"><label for="s" class="sr-only">Search</label>
<input id="s" type="search" placeholder="Search the Library"></form></nav></header>
<main id="main-content"><div class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/research-briefings/">Research briefings</a></li></ol></nav>
<article class="research-briefing"><header class="briefing-header"><p class="content-type">Research Briefing</p><h1>${ukTitle}</h1>
<div class="briefing-meta"><p class="published">Published Tuesday, 11 March, 2025</p><p class="authors">By Alys Pemberton, Niall Fairweather</p></div>
</header><div class="row"><aside class="col-md-4 briefing-downloads"><div class="download-box"><h2>${ukDocs[0]}</h2><ul><li><a class="document-link"
href="https://researchbriefings.files.parliament.uk/documents/CBP-10211/CBP-10211.pdf">${ukDocs[1]}</a></li></ul></div></aside>
<div class="col-md-8 briefing-summary"><div class="entry-content">
${ps(ukP1)}
<h2>${ukH1}</h2>
${ps(ukP2)}
<h2>${ukH2}</h2>
${ps(ukP3)}
<ul>${ukList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(ukP4)}
<h2>${ukH3}</h2>
${ps(ukP5)}
</div></div></div>
<div class="briefing-tags"><h2 class="h4">Topics</h2><ul>${links(ukTags, 'tag')}</ul></div>
<div class="share-links"><h2 class="h4">Share this page</h2><ul>${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</ul></div></article>
<section class="related-posts"><h2>Related posts</h2><div class="card-deck">${ukRelated
  .map(
    (r) => `<div class="card"><p class="card-label">${r[0]}</p><h3 class="card-title"><a href="/research-briefings/related/">${r[1]}</a></h3>
<p class="card-date">${r[2]}</p></div>`,
  )
  .join('\n')}</div></section>
<div class="library-disclaimer"><h2 class="h4">Disclaimer</h2><p>${ukDisclaimer}</p></div></div></main>
<footer class="uk-parliament-footer"><div class="container"><ul>${links(ukFoot)}</ul><p>© UK Parliament 2025</p></div></footer>
<script src="/wp-content/themes/commonslibrary/dist/js/main.js"></script></body></html>`;
export const commonsBriefing: TestPage = {
  html: ukHtml,
  name: 'heldout179-uk-parliament-briefing-docs',
  kind: 'docs',
  // the briefing summary is the article; the "Published" date and "By" line are bylines; the cookie banner, "Research
  // Briefing" label, the download box, topics, share links, related cards, the Library disclaimer and the footer are furniture
  title: ukTitle,
  headings: [ukH1, ukH2, ukH3],
  body: [...ukP1, ...ukP2, ...ukP3, ...ukList, ...ukP4, ...ukP5],
  bylines: ['Published Tuesday, 11 March, 2025', 'By Alys Pemberton, Niall Fairweather'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ukCookie, 'Skip to main content', 'UK Parliament', 'House of Commons Library', ...ukNav, 'Search', 'Home', 'Research Briefing', ...ukDocs, 'Topics',
    ...ukTags, 'Share this page', 'Facebook', 'X', 'LinkedIn', 'Email', 'Related posts', ...ukRelated.flat(), 'Disclaimer', ukDisclaimer, ...ukFoot,
    '© UK Parliament 2025',
  ],
};
