import { links, ps, type TestPage, texts } from './page-kit.js';
import { tourItinerary } from './pages-heldout184-f2.js';

/**
 * Held-out batch 184, file f: a Historic England list entry page (the header with the Advice / Listing / Research / Get
 * Involved / Images & Books / About Us nav, breadcrumb, the upper-case h1, the Official List Entry / Comments and Photos /
 * Map tabs, the "List Entry Summary" with its statutory statement and label/value table, the entry text with Summary,
 * Reasons for Designation, History, Details and Sources, the "Legal" boilerplate and "End of official list entry", the
 * "Enrich the List" box, print and download links, the newsletter, cookie banner and footer) and, from file f2, a
 * regional tourist board's itinerary page.
 */
const heTitle = 'BARNSTOW MILL HOUSE';
const heSummaryLabel = 'List Entry Summary';
const heStatute =
  'This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as amended for its special ' +
  'architectural or historic interest.';
const heFacts = [
  ['Heritage Category:', 'Listed Building'],
  ['Grade:', 'II*'],
  ['List Entry Number:', '1187342'],
  ['Date first listed:', '14-Jun-1967'],
  ['Date of most recent amendment:', '02-Sep-2021'],
  ['Statutory Address:', 'Barnstow Mill House, Mill Lane, Barnstow, WD7 4HX'],
  ['County:', 'North Yorkshire'],
  ['District:', 'Wendlebury (District Authority)'],
  ['Parish:', 'Barnstow'],
  ['National Grid Reference:', 'SE 31245 58871'],
];
const heH1 = 'Summary';
const heP1 = ['Mill owner’s house, 1792, with later C19 alterations, built for the Hebblethwaite family next to their water-powered flax mill.'];
const heH2 = 'Reasons for Designation';
const heP2 = ['Barnstow Mill House, of 1792, is listed at Grade II* for the following principal reasons:'];
const heList = [
  'Architectural interest: as a well-proportioned and little-altered late-Georgian house with a fine open-well staircase and ' + 'original joinery throughout;',
  'Historic interest: for its close association with Barnstow Mill, one of the earliest water-powered flax mills in the county;',
  'Group value: with the Grade II listed mill, weir and workers’ cottages on Mill Lane.',
];
const heH3 = 'History';
const heP3 = [
  'Barnstow Mill was established in 1788 by the brothers Thomas and William Hebblethwaite, and by 1800 it employed about 120 ' +
    'people spinning flax for the linen trade. Thomas Hebblethwaite built the house in 1792, next to the mill race, so that he ' +
    'could oversee the work from his study window.',
  'The house was enlarged in about 1840 with a rear service wing, and a bay window was added to the drawing room in the 1870s. ' +
    'The mill closed in 1911 and was converted to a joinery works; the house was let as a farmhouse until 1974, when it was ' +
    'bought by its present owners and carefully repaired.',
];
const heH4 = 'Details';
const heP4 = [
  'MATERIALS: coursed gritstone with ashlar dressings and a stone slate roof with coped gables and end stacks.',
  'PLAN: double-pile plan with a central entrance hall and staircase, and a two-storey rear service wing of about 1840.',
  'EXTERIOR: two storeys with attics, five bays. The central doorway has a Tuscan doorcase with a plain frieze and a cornice, ' +
    'under a radial fanlight. Sash windows with glazing bars in plain stone surrounds. The drawing room bay of the 1870s, to ' +
    'the left return, has three sashes and a lead roof.',
  'INTERIOR: the entrance hall has a stone flag floor and a round-headed arch to the staircase, which rises in an open well with ' +
    'a mahogany handrail and stick balusters. The principal rooms keep their six-panelled doors, shutters and moulded cornices; ' +
    'the study retains a fireplace of 1792 with a reeded surround.',
];
const heH5 = 'Sources';
const heSrcHead = 'Books and journals';
const heSrc = [
  'Ackroyd, M, The Flax Mills of the Northern Dales, (1986), 44-51',
  'Pevsner, N, Leach, P, The Buildings of England: Yorkshire West Riding Dales, (2009), 212',
];
const heLegal = [
  'Legal',
  'This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as amended for its special ' +
    'architectural or historic interest.',
  'End of official list entry',
];
const heNav = ['Advice', 'Listing', 'Research', 'Get Involved', 'Images & Books', 'About Us'];
const heCrumbs = ['Home', 'The List', 'List Entry'];
const heTabs = ['Official List Entry', 'Comments and Photos', 'Map'];
const heTools = ['Print', 'Download a PDF', 'Share'];
const heEnrich = ['Enrich the List', 'Do you know more about this place? You can add your knowledge and photos to the List entry.', 'Add your contribution'];
const heNews = ['Sign up for our newsletter', 'Get the latest heritage news and stories, straight to your inbox.', 'Subscribe'];
const heFoot = ['Contact us', 'Jobs', 'Press', 'Accessibility', 'Privacy notice', 'Cookies', 'Terms and conditions', 'Sitemap'];
const heCookie = ['We use cookies on this website. Some are essential, others help us improve your experience.', 'Accept all', 'Set preferences'];
const heHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>BARNSTOW MILL HOUSE, Barnstow - 1187342 | Historic England</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="List entry 1187342 for Barnstow Mill House.">
<meta property="og:site_name" content="Historic England"><link rel="canonical" href="https://historicengland.org.uk/listing/the-list/list-entry/1187342">
<link rel="stylesheet" href="/Assets/css/main.css?v=3.8.1"><script src="/Assets/js/vendor/jquery-3.7.1.min.js"></script></head>
<body class="list-entry-page"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img alt="Historic England" src="/Assets/img/he-logo.svg"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(heNav, 'site-nav__item')}</ul></nav>
<form class="site-search" role="search"><label for="site-q" class="visually-hidden">Search</label><input id="site-q" type="search"></form></header>
<main id="main" class="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(heCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="list-entry"><h1 class="list-entry__title">${heTitle}</h1>
<ul class="tabs" role="tablist">${heTabs
  .map(
    (t, i) => `<li role="presentation">
<a role="tab" aria-selected="${i === 0}" href="#tab-${i}">${t}</a></li>`,
  )
  .join('')}</ul>
<ul class="list-entry__tools">${links(heTools)}</ul>
<section id="tab-0" class="list-entry__official" role="tabpanel"><h2 class="heading-summary">${heSummaryLabel}</h2>
<p class="list-entry__statute">${heStatute}</p>
<table class="nhle-list-entry-summary"><tbody>${heFacts.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<div class="nhle-list-entry-details"><h3>${heH1}</h3>
${ps(heP1)}
<h3>${heH2}</h3>
${ps(heP2)}
<ul>${heList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${heH3}</h3>
${ps(heP3)}
<h3>${heH4}</h3>
${ps(heP4)}
<h3>${heH5}</h3><h4>${heSrcHead}</h4>
<ul>${heSrc.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${heLegal[0]}</h3><p>${heLegal[1]}</p><p class="end-of-entry"><strong>${heLegal[2]}</strong></p></div></section>
<aside class="enrich-the-list"><h2>${heEnrich[0]}</h2><p>${heEnrich[1]}</p><a class="button" href="/listing/enrich-the-list/1187342">${heEnrich[2]}</a></aside>
</div></main>
<section class="newsletter"><h2>${heNews[0]}</h2><p>${heNews[1]}</p><form>
<input type="email" aria-label="Email address"><button>${heNews[2]}</button></form></section>
<footer class="site-footer"><ul>${links(heFoot)}</ul><p>© Historic England 2025. Historic England is a non-departmental public body.</p></footer>
<div class="cookie-banner" role="region" aria-label="Cookie banner"><p>${heCookie[0]}</p><button>${heCookie[1]}</button><button>${heCookie[2]}</button></div>
<script src="/Assets/js/main.min.js?v=3.8.1"></script></body></html>`;
const historicEngland: TestPage = {
  name: 'heldout184-historicengland-list-entry',
  kind: 'wiki',
  // the entry text (Summary, Reasons for Designation, History, Details, Sources) is the article; the "Books and journals"
  // subheading is a heading too; the "List Entry Summary" with its statutory statement and label/value table, and the
  // "Legal" section that repeats the statement, are in neither list (a tombstone and the entry's statutory boilerplate);
  // tabs, tools, the "Enrich the List" box, newsletter, footer and cookie banner are furniture
  html: heHtml,
  title: heTitle,
  headings: [heH1, heH2, heH3, heH4, heH5, heSrcHead],
  body: [...texts(heP1), ...texts(heP2), ...texts(heList), ...texts(heP3), ...texts(heP4), ...texts(heSrc)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...heNav, 'Search', ...heCrumbs, ...heTabs, ...heTools, ...heEnrich, ...heNews, ...heFoot,
    '© Historic England 2025. Historic England is a non-departmental public body.', ...heCookie,
  ],
};

export const HELDOUT184_F: readonly TestPage[] = [historicEngland, tourItinerary];
