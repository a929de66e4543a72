import { links, ps, type TestPage, texts } from './page-kit.js';
import { surveillance } from './pages-heldout312-e2.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file e: a census release on an Adobe Experience Manager site in the style of a national census
 * bureau (government banner, header with the mega-menu, breadcrumb, press-release metadata with the release number,
 * "Embargoed" note, AEM core components: title, text, list, table, image with caption, the "Contact" and "Related
 * information" panels, share links, "Was this page helpful?" and the footer) and, from file e2, a health-surveillance
 * weekly report.
 */
const cTitle = 'Sorrel County Grows Fastest in the Republic as Census Shows Shift to Mid-Sized Towns';
const cP1 = [
  j(
    'FEBRUARY 26, 2026 — Sorrel County was the fastest-growing county in the Republic of Vandria between the 2015 and 2025',
    'censuses, its population rising 28.4% to 612,300, according to the first detailed results released today by the National',
    'Census Bureau.',
  ),
  j(
    'The results show that growth has moved away from the largest cities toward mid-sized towns of 20,000 to 100,000 people,',
    'which together added 1.9 million residents over the decade.',
  ),
];
const cH1 = 'Highlights';
const cList = [
  'The national population was 31,842,000 on census day, up 6.2% from 2015.',
  'Towns of 20,000 to 100,000 people grew by 14.8%, more than twice the national rate.',
  'The three largest cities grew by 2.1% combined, the slowest decade on record.',
  'The median age rose from 37.9 to 40.2 years.',
];
const cH2 = 'Fastest-growing counties';
const cCaption = 'Table 1. Counties with the largest percentage growth, 2015 to 2025';
const cRows = [
  ['Sorrel', '476,800', '612,300', '28.4'],
  ['Lower Tarn', '201,500', '247,900', '23.0'],
  ['Ashby', '318,200', '382,100', '20.1'],
];
const cH3 = 'What is behind the shift';
const cP2 = [
  j(
    '“The clearest pattern in these results is that people are choosing towns that are within reach of a big city but are not',
    'part of it,” said Bureau director Anneliese Margraf. “Housing costs are a large part of that story.”',
  ),
  j(
    'Domestic migration accounted for about two-thirds of Sorrel County’s growth, with the rest coming from births exceeding',
    'deaths and from international migration.',
  ),
  j(
    'The census also recorded a continued fall in average household size, from 2.61 people in 2015 to 2.48 in 2025. The number',
    'of one-person households rose by 19%, and they now make up nearly a third of all households. In Sorrel County, by contrast,',
    'household size was unchanged, reflecting the large number of young families who moved there during the decade.',
  ),
  j(
    'Further releases will follow through 2026, including detailed tables on households and housing in June and on commuting',
    'in September. All tables are available on the bureau’s data platform.',
  ),
];
const cNav = ['Topics', 'Geography', 'Library', 'Data', 'Surveys & Programs', 'Newsroom', 'About Us'];
const cRel = ['2025 Census: Population and Housing Unit Counts', 'Explore Census Data', 'Census Data Release Schedule'];
const cFoot = ['Accessibility', 'Information Quality', 'FOIA', 'Data Protection and Privacy Policy', 'No FEAR Act', 'Contact Us'];
const th = ['County', '2015', '2025', 'Percent change'];
const cHtml = `<!DOCTYPE HTML><html lang="en"><head><meta charset="UTF-8"/><title>${cTitle}</title>
<meta name="keywords" content="census, population, counties"/><meta name="description" content="First detailed results of the 2025 census."/>
<meta name="template" content="press-release-template"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta property="og:type" content="article"/><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}",
"datePublished":"2026-02-26"}</script><link rel="stylesheet" href="/etc.clientlibs/census/clientlibs/clientlib-site.lc-5f2c-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || [];adobeDataLayer.push({"page":{"pageInfo":{"pageName":"press-release"}}});</script></head>
<body class="page basicpage" id="page-2b8c1a"><div class="root container responsivegrid"><div id="container-7e1" class="cmp-container">
<div class="banner aem-GridColumn"><section class="uscb-gov-banner"><p>An official website of the Republic of Vandria government</p>
<button class="uscb-gov-banner__button">Here’s how you know</button></section></div>
<div class="header aem-GridColumn"><header class="uscb-header"><a href="/" class="uscb-header__logo">National Census Bureau</a>
<nav class="uscb-header__nav"><ul>${links(cNav, 'uscb-header__nav-item')}</ul></nav>
<form class="uscb-header__search"><input type="search" aria-label="Search" placeholder="Search data, events, resources, and more"></form></header></div>
<div class="breadcrumb aem-GridColumn"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(['Newsroom', 'Press Releases', '2026'], 'cmp-breadcrumb__item')}</ol></nav></div>
<main class="uscb-main"><div class="responsivegrid aem-GridColumn--default--8"><div class="aem-Grid aem-Grid--12">
<div class="uscb-press-meta"><p class="uscb-press-meta__label">Press Release</p><p class="uscb-press-meta__date">February 26, 2026</p>
<p class="uscb-press-meta__number">Release Number CB26-31</p></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h1 class="cmp-title__text">${cTitle}</h1></div></div>
<div class="text aem-GridColumn"><div class="cmp-text">${ps(cP1)}</div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${cH1}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text"><ul>${cList.map((l) => `<li>${l}</li>`).join('\n')}</ul></div></div>
<div class="image aem-GridColumn"><div class="cmp-image"><img src="/content/dam/census/newsroom/2026/feb/county-growth-map.png" class="cmp-image__image"
alt="Map of population change by county"><span class="cmp-image__title">Percent change in population by county: 2015 to 2025. Source: 2015 and 2025
Censuses</span></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${cH2}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text"><table
class="uscb-table"><caption>${cCaption}</caption><thead><tr>${th.map((h) => `<th>${h}</th>`).join('')}</tr>
</thead><tbody>${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">${cH3}</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text">${ps(cP2)}</div></div>
<div class="text aem-GridColumn"><div class="cmp-text uscb-disclaimer"><p>No news release associated with these products will be issued before the
embargo has lifted.</p></div></div>
<div class="uscb-share"><span class="uscb-share__label">Share</span><a href="#" class="uscb-share__facebook">Facebook</a><a href="#">LinkedIn</a>
<a href="#">Email</a><a href="#">Print</a></div></div></div>
<aside class="aem-GridColumn--default--4"><div class="uscb-panel"><h3>Contact</h3><p>Public Information Office</p><p>555-0177</p>
<p>pio@census.vandria.example</p></div><div class="uscb-panel"><h3>Related Information</h3><ul>${links(cRel)}</ul></div></aside></main>
<div class="uscb-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<footer class="uscb-footer"><ul>${links(cFoot)}</ul><p>Measuring the Republic’s people, places, and economy since 1868.</p></footer></div></div>
<script src="/etc.clientlibs/census/clientlibs/clientlib-site.lc-91ad-lc.min.js"></script></body></html>`;
const census: TestPage = {
  name: 'heldout312-aem-census-release-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cP1, ...cList, cCaption, ...cRows.flat(), ...cP2]),
  bylines: ['February 26, 2026'],
  furniture: [
    'An official website of the Republic of Vandria government',
    'Here’s how you know',
    ...cNav,
    'Press Releases',
    'Press Release',
    'Release Number CB26-31',
    'Percent change in population by county: 2015 to 2025. Source: 2015 and 2025 Censuses',
    'No news release associated with these products will be issued before the embargo has lifted.',
    'Share',
    'Facebook',
    'LinkedIn',
    'Email',
    'Print',
    'Contact',
    'Public Information Office',
    '555-0177',
    'pio@census.vandria.example',
    'Related Information',
    ...cRel,
    'Was this page helpful?',
    'Yes',
    ...cFoot,
    'Measuring the Republic’s people, places, and economy since 1868.',
  ],
};

export const HELDOUT312_E: readonly TestPage[] = [census, surveillance];
