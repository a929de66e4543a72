import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file c: a census results explainer in the style of the U.S. Census Bureau's America Counts stories on
 * Adobe Experience Manager (gov banner, uscb header and mega menu, breadcrumb, story byline with authors and date, share
 * bar, figures with "Figure 1" titles and source notes, "Related Information" rail, subscribe box, footer) and a central
 * bank's statistical release in the ECB style (top menu, "Press release" label and date, table of monetary aggregates,
 * notes, media contacts, "Reproduction is permitted provided that the source is acknowledged", footer).
 */
const cTitle = 'Fewer Counties Lost Population in the 2025 Mid-Decade Count';
const cHeads = ['Growth Returns to Rural Counties', 'Where Losses Continued', 'What the Count Measures'];
const cIntro = j(
  'Most counties in the nation gained residents between 2020 and 2025, reversing a decade in which more than half of all',
  'counties shrank, according to results from the 2025 Mid-Decade Population Count released today.',
);
const cS1 = [
  j(
    'Of the nation’s 3,144 counties, 1,912 (60.8%) grew over the five years. In the previous decade, only 1,498 counties',
    'gained population. The change was most visible in rural counties, where the share that grew rose from 36% to 52%.',
  ),
  j(
    'Domestic migration drove most of this growth. Rural counties within two hours’ drive of a large metro area gained more',
    'people from other counties than they lost, a pattern that was rare before 2020.',
  ),
];
const cS2 = [
  'Population losses were concentrated in three groups of counties:',
  'counties in the Lower Delta region, where 71% of counties lost residents',
  'counties whose economies depend on coal mining',
  'remote counties more than three hours from a metro area of 250,000 people or more',
  j(
    '“The story of the decade is not rural decline but rural divergence,” said Marisol Decker, a demographer in the',
    'Population Division. “Counties near growing metros are gaining, while the most remote ones continue to lose people.”',
  ),
];
const cS3 = [
  j(
    'The Mid-Decade Population Count combines administrative records with a field survey of 1.2 million addresses. Its',
    'estimates are benchmarked to the 2020 Census and cover the resident population on April 1, 2025.',
  ),
  j(
    'Unlike the annual population estimates, the count provides figures for every county and incorporated place with a',
    'measure of uncertainty. Margins of error for county totals are published in the detailed tables.',
  ),
  j(
    'Results for census tracts and block groups will follow in the summer, along with counts by age, sex and household type. These',
    'detailed files will allow local planners to see whether growth in a county is spread across its towns or concentrated in a',
    'few fast-growing suburbs near the county line.',
  ),
];
const cF1 = 'Figure 1. Share of Counties That Gained Population by Metro Status: 2010–2020 and 2020–2025';
const cNav = ['Browse by Topic', 'Explore Data', 'Library', 'Survey Participants', 'Partners', 'Newsroom'];
const cCrumb = ['Census.example', 'Library', 'Stories', 'People and Households'];
const cRel = ['2025 Mid-Decade Count Data Tables', 'County Population Totals: 2020-2025', 'How the Mid-Decade Count Was Conducted'];
const cFoot = ['About Us', 'Accessibility', 'Information Quality', 'FOIA', 'Data Protection and Privacy Policy', 'U.S. Department of Commerce'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${cTitle}</title>
<meta name="description" content="Most counties gained residents between 2020 and 2025."><meta property="og:type" content="article">
<meta name="DC.date.created" content="2026-02-24"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${cTitle}","author":[{"@type":"Person","name":"Rowan Ellery"},{"@type":"Person","name":"Priya Vantongeren"}]}</script>
<script src="/etc.clientlibs/census/clientlibs/uscb-analytics.min.js"></script>
<link rel="stylesheet" href="/etc.clientlibs/census/clientlibs/uscb-site.min.css"></head>
<body class="page basicpage"><section class="usa-banner" aria-label="Official website of the United States government">
<p>An official website of the United States government</p><button class="usa-banner__button">Here’s how you know</button></section>
<div class="uscb-header"><a class="uscb-header-logo" href="/">National Census Office</a><nav class="uscb-nav-menu"><ul>${links(cNav, 'uscb-nav-item')}</ul>
</nav><form class="uscb-search"><input type="text" aria-label="Search" placeholder="Search"></form></div>
<div class="root responsivegrid"><div class="aem-Grid"><div class="breadcrumb aem-GridColumn"><nav class="uscb-breadcrumb"><ol>
${links(cCrumb, 'uscb-breadcrumb-item')}</ol></nav></div>
<div class="uscb-layout-row"><div class="uscb-layout-column-8"><div class="uscb-story-header"><p class="uscb-eyebrow">America Counts: Stories</p>
<h1 class="uscb-title-1">${cTitle}</h1><p class="uscb-sub-heading">Rural counties near large metro areas drove the turnaround.</p>
<div class="uscb-author-text-wrapper"><span class="uscb-author-text">Rowan Ellery</span><span class="uscb-author-text">Priya Vantongeren</span>
<span class="uscb-author-date">February 24, 2026</span></div>
<div class="uscb-share-bar"><span>Share:</span>
${['Facebook', 'Twitter', 'LinkedIn', 'Print'].map((s) => `<a class="uscb-share-icon" href="#">${s}</a>`).join('')}</div></div>
<div class="text uscb-text-media"><p>${cIntro}</p>
<h2 class="uscb-heading-2">${cHeads[0] ?? ''}</h2>${ps(cS1)}
<div class="image uscb-figure"><p class="uscb-figure-title">${cF1}</p><img src="/content/dam/census/stories/2026/02/fig1.png" alt="Bar chart">
<p class="uscb-figure-source">Source: National Census Office, 2010 Census, 2020 Census and 2025 Mid-Decade Population Count.</p>
<a class="uscb-figure-download" href="/fig1.xlsx">Download Figure 1 [&lt;1.0 MB]</a></div>
<h2 class="uscb-heading-2">${cHeads[1] ?? ''}</h2><p>${cS2[0] ?? ''}</p><ul>${lis(cS2.slice(1, 4))}</ul>
<blockquote class="uscb-quote"><p>${cS2[4] ?? ''}</p></blockquote>
<h2 class="uscb-heading-2">${cHeads[2] ?? ''}</h2>${ps(cS3)}
<p class="uscb-author-bio"><em>Rowan Ellery and Priya Vantongeren are demographers in the National Census Office’s Population Division.</em></p></div></div>
<div class="uscb-layout-column-4"><div class="uscb-related"><h3>Related Information</h3><ul>${links(cRel, 'uscb-list-item')}</ul></div>
<div class="uscb-subscribe"><h3>Stay Current</h3><p>Sign up to receive email updates on new stories and data releases.</p>
<a class="uscb-button" href="/subscribe">Subscribe</a></div></div></div></div></div>
<footer class="uscb-footer"><ul>${links(cFoot, 'uscb-footer-link')}</ul><p>Measuring America's People, Places, and Economy</p></footer></body></html>`;
const census: TestPage = {
  name: 'heldout352-census-america-counts-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([cIntro, ...cS1, ...cS2, ...cS3]),
  bylines: [
    'Rowan Ellery',
    'Priya Vantongeren',
    'February 24, 2026',
    'Rowan Ellery and Priya Vantongeren are demographers in the National Census Office’s Population Division.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here’s how you know', 'National Census Office', ...cNav, 'Census.example', 'Stories',
    'People and Households', 'America Counts: Stories',
    'Rural counties near large metro areas drove the turnaround.', 'Share:', 'Facebook', 'Twitter', 'LinkedIn',
    'Print', cF1, 'Source: National Census Office, 2010 Census, 2020 Census and 2025 Mid-Decade Population Count.', 'Download Figure 1 [<1.0 MB]',
    'Related Information', ...cRel, 'Stay Current', 'Sign up to receive email updates on new stories and data releases.', 'Subscribe', ...cFoot,
    "Measuring America's People, Places, and Economy",
  ],
};

const kTitle = 'Monetary developments in the Solvara area: January 2026';
const kList = [
  'Annual growth rate of broad monetary aggregate M3 stood at 3.4% in January 2026, compared with 3.1% in December 2025',
  'Annual growth rate of narrower monetary aggregate M1, comprising currency in circulation and overnight deposits, stood at 5.0% in January',
  'Annual growth rate of adjusted loans to households stood at 2.2% in January, unchanged from previous month',
  'Annual growth rate of adjusted loans to non-financial corporations stood at 2.9% in January, compared with 3.2% in December',
];
const kHeads = ['Components of the broad monetary aggregate M3', 'Counterparts of the broad monetary aggregate M3'];
const kS1 = [
  j(
    'The annual growth rate of the broad monetary aggregate M3 increased to 3.4% in January 2026 from 3.1% in December, averaging',
    '3.2% in the three months up to January. The components of M3 showed the following developments. The annual growth rate of',
    'the narrower aggregate M1 increased to 5.0% in January from 4.6% in December. The annual growth rate of short-term deposits',
    'other than overnight deposits (M2-M1) decreased to -1.8% in January from -1.1% in December.',
  ),
  j(
    'Looking at the holding sectors of deposits in M3, the annual growth rate of deposits placed by households stood at 3.0% in',
    'January, compared with 2.8% in December, while the annual growth rate of deposits placed by non-financial corporations',
    'increased to 2.6% in January from 1.7% in December.',
  ),
];
const kS2 = [
  j(
    'The annual growth rate of M3 in January 2026, as a reflection of changes in the items on the monetary financial institution',
    '(MFI) consolidated balance sheet other than M3 (counterparts of M3), can be broken down as follows: claims on the private',
    'sector contributed 1.6 percentage points, net external assets contributed 2.1 percentage points, and longer-term liabilities',
    'contributed -0.4 percentage points.',
  ),
  j(
    'The annual growth rate of adjusted loans to households stood at 2.2% in January, unchanged from December, while the annual',
    'growth rate of adjusted loans to non-financial corporations decreased to 2.9% in January from 3.2% in December.',
  ),
];
const kNotes = [
  'Data in this press release are adjusted for seasonal and end-of-month calendar effects, unless stated otherwise.',
  '“Private sector” refers to Solvara area non-MFIs excluding general government.',
  'Hyperlinks lead to data that may change with subsequent releases as a result of revisions.',
];
const kRows: [string, string, string, string][] = [
  ['M3', '3.1', '3.4', '16,912'],
  ['M1', '4.6', '5.0', '10,408'],
  ['Loans to households (adjusted)', '2.2', '2.2', '7,031'],
];
const kNav = ['Home & Media', 'Explainers', 'Research & Publications', 'Statistics', 'Monetary Policy', 'The Solvar', 'Banking Supervision'];
const kFoot = ['Careers', 'Contact', 'Legal framework', 'Privacy statement', 'Disclaimer & copyright', 'Cookies', 'Language policy'];
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Monetary developments in the Solvara area, January 2026."><meta property="og:type" content="article">
<meta name="date" content="2026-02-27"><script>var ecbPage={"type":"press","lang":"en","section":"statistics"};</script>
<link rel="stylesheet" href="/shared/css/main.css"></head>
<body class="page-press"><div class="cookieConsent"><div class="cookie-consent-banner"><h2>Cookies</h2>
<p>We are always working to improve this website for our users. To do this, we use the anonymous data provided by cookies.</p>
<a class="check linkButton linkButtonLarge" href="#">I understand and I accept the use of cookies</a>
<a class="linkButton" href="#">I do not accept the use of cookies</a></div></div>
<header class="header"><a class="logo" href="/home/html/index.en.html">Solvara Central Bank</a><nav class="main-menu"><ul>${links(kNav, 'menu-item')}</ul></nav>
<div class="language-selector"><a href="#">English</a></div><div class="search"><input type="text" placeholder="Search"></div></header>
<main><div class="section"><div class="title"><h1 class="ecb-pressContentTitle">${kTitle}</h1></div>
<div class="ecb-pressContentSubtitle">27 February 2026</div><div class="ecb-pressLabel">PRESS RELEASE</div>
<div class="address-box -top-arrow"><ul class="ecb-pressBullets">${lis(kList)}</ul></div>
<h3>${kHeads[0] ?? ''}</h3>${ps(kS1)}
<div class="table-wrapper"><table class="ecb-pressTable"><caption>Table 1 Monetary developments in the Solvara area, annual percentage changes</caption>
<thead><tr><th></th><th>Dec 2025</th><th>Jan 2026</th><th>Outstanding amount, EUR bn</th></tr></thead><tbody>
${kRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<h3>${kHeads[1] ?? ''}</h3>${ps(kS2)}
<p class="ecb-pressNotes"><strong>Notes:</strong></p><ul>${lis(kNotes)}</ul>
<div class="ecb-pressContact"><h3>For media queries, please contact Laurenz Okoye, tel.: +49 69 1344 5512.</h3></div>
<div class="ecb-pressNote"><p>Solvara Central Bank<br>Directorate General Communications<br>Reproduction is permitted provided that the source is
acknowledged.</p></div>
<div class="related-topics"><h4>Related topics</h4><ul>${links(['Monetary aggregates', 'Statistics', 'Money'], 'taxonomy-tag')}</ul></div>
<div class="ecb-downloads"><a href="/pdf/md2601.pdf">PDF, 214 kB</a> <a href="/press/data">Download the data</a></div></div></main>
<footer><div class="footer"><ul>${links(kFoot, 'footer-item')}</ul><p>Copyright 2026, Solvara Central Bank</p></div></footer>
<script src="/shared/js/main.js"></script></body></html>`;
const centralBank: TestPage = {
  name: 'heldout352-ecb-statistical-release-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kList, ...kS1, ...kS2, ...kNotes]),
  bylines: ['27 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies', 'We are always working to improve this website for our users. To do this, we use the anonymous data provided by cookies.',
    'I understand and I accept the use of cookies', 'I do not accept the use of cookies', ...kNav, 'English', 'PRESS RELEASE',
    'Table 1 Monetary developments in the Solvara area, annual percentage changes', 'Notes:',
    'For media queries, please contact Laurenz Okoye, tel.: +49 69 1344 5512.', 'Directorate General Communications',
    'Reproduction is permitted provided that the source is acknowledged.', 'Related topics', 'Monetary aggregates', 'Money', 'PDF, 214 kB',
    'Download the data', ...kFoot, 'Copyright 2026, Solvara Central Bank',
  ],
};

export const HELDOUT352_C: readonly TestPage[] = [census, centralBank];
