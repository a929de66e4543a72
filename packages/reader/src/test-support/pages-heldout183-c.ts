import { links, type TestPage, texts } from './page-kit.js';
import { plosArticle } from './pages-heldout183-c2.js';

/**
 * Held-out batch 183, file c: a PubMed abstract page (the usa.gov banner with its hidden "Here's how you know" text, the
 * NCBI header with account link, the search bar, the citation line with journal, date, DOI and Epub, the h1 title, the
 * authors list with affiliation numbers and the expanded affiliations, the identifiers, the structured abstract with bold
 * sub-titles, keywords, the conflict of interest statement, "Similar articles", "Cited by", "MeSH terms", the actions and
 * full-text links rail, the "Page navigation" list and the NCBI footer) and, from file c2, a PLOS ONE article.
 */
const pmTitle = 'Distance to the nearest obstetric unit and outcomes of births in rural counties of the upper Midwest: a retrospective cohort study';
const pmAbs: readonly [string, string][] = [
  [
    'Purpose:',
    'To estimate how the distance from a mother’s home to the nearest hospital with an obstetric unit is associated with births ' +
      'before arrival at hospital and with short-term outcomes for newborns and mothers in rural counties of four upper Midwest states.',
  ],
  [
    'Background:',
    'Since 2010 more than a quarter of rural hospitals in the upper Midwest have closed their obstetric units. Little is known about ' +
      'how the resulting increase in travel distance has affected births outside hospital and the health of newborns.',
  ],
  [
    'Methods:',
    'We linked 2012 to 2022 birth certificate records for 184,306 births to residents of 96 rural counties with the locations of ' +
      'all hospitals providing obstetric care in each year. Distance was measured by road from the centroid of the mother’s ZIP code ' +
      'to the nearest open unit. We estimated associations between distance and births before arrival at hospital, admission to ' +
      'neonatal intensive care and a composite of severe maternal morbidity, adjusting for maternal age, parity, insurance and ' +
      'county characteristics.',
  ],
  [
    'Results:',
    'The median distance to the nearest unit rose from 19 to 31 miles over the study period. Births to mothers living 45 miles or ' +
      'more from a unit were more likely to occur before arrival at hospital (adjusted odds ratio 2.84, 95% CI 2.31 to 3.49) and ' +
      'to be followed by neonatal intensive care admission (aOR 1.22, 95% CI 1.09 to 1.37) than births to mothers within 15 miles. ' +
      'We found no clear association between distance and severe maternal morbidity.',
  ],
  [
    'Conclusions:',
    'Longer distances to obstetric care in rural counties were associated with more unplanned births outside hospital and more ' +
      'newborn intensive care. Regional planning for obstetric services should take travel distance into account, and ' +
      'communities that lose a unit may need better-supported emergency transport and prenatal planning. Further work should ' +
      'examine whether planned transfers late in pregnancy, local birth centres or telehealth links to regional units can ' +
      'reduce the risks we observed.',
  ],
];
const pmAbsHtml = pmAbs.map(([k, v]) => `<p><strong class="sub-title">${k}</strong> ${v}</p>`);
const pmCoi = 'The authors declare that they have no competing interests.';
const pmAuthors = ['Maren K Lindqvist', 'Tobias R Ekwueme', 'Hollis J Farraday', 'Annika Strom'];
const pmAffs = [
  'Department of Family Medicine, University of Northern Plains, Fargate, ND, USA.',
  'School of Public Health, Red River University, Hallock, MN, USA.',
];
const pmSimilar = [
  'Obstetric unit closures and births in emergency departments in rural Iowa.',
  'Travel time to maternity care and neonatal outcomes: a systematic review.',
  'Rural hospital labor and delivery closures and maternal outcomes, 2014-2020.',
  'Emergency medical services preparedness for out-of-hospital births in frontier counties.',
  'Prenatal care visits and distance to care among rural Medicaid enrollees.',
];
const pmMesh = ['Female', 'Humans', 'Infant, Newborn', 'Obstetrics Department', 'Pregnancy', 'Retrospective Studies', 'Rural Population*', 'Travel*'];
const pmActions = ['Cite', 'Collections', 'Share'];
const pmNavPage = ['Title & authors', 'Abstract', 'Conflict of interest statement', 'Similar articles', 'Cited by', 'MeSH terms', 'Related information'];
const pmFoot = [
  'Connect with NLM',
  'National Library of Medicine',
  '8600 Rockville Pike Bethesda, MD 20894',
  'Web Policies',
  'FOIA',
  'HHS Vulnerability Disclosure',
  'Help',
  'Accessibility',
  'Careers',
  'NLM',
  'NIH',
  'HHS',
  'USA.gov',
];
const pmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${pmTitle} - PubMed</title><meta name="description" content="${pmAbs[0]?.[1].slice(0, 140)}">
<meta name="citation_title" content="${pmTitle}"><meta name="citation_journal_title" content="J Rural Health">
<meta name="citation_date" content="03/2025"><meta name="citation_pmid" content="39872214"><meta name="citation_doi" content="10.1111/jrh.12904">
<meta property="og:title" content="${pmTitle} - PubMed"><meta property="og:site_name" content="PubMed">
<link rel="canonical" href="https://pubmed.ncbi.nlm.nih.gov/39872214/"><link rel="stylesheet"
href="https://cdn.ncbi.nlm.nih.gov/pubmed/ab1/CACHE/css/output.css">
<script type="text/javascript">window.ncbi = window.ncbi || {}; ncbi.pinger = {cookieDomain: '.nih.gov'};</script>
<script src="https://www.ncbi.nlm.nih.gov/core/pinger/pinger.js" defer></script></head>
<body class="article-page"><a class="usa-skipnav" href="#article-details">Skip to main page content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner-header">
<div class="usa-grid usa-banner-inner"><img src="https://www.ncbi.nlm.nih.gov/coreutils/uswds/img/favicons/favicon-57.png" alt="US Flag">
<p>An official website of the United States government</p><button type="button" class="usa-accordion-button usa-banner-button" aria-expanded="false">
<span class="usa-banner-button-text">Here's how you know</span></button></div></header>
<div class="usa-banner-content usa-grid usa-accordion-content" id="gov-banner-default" aria-hidden="true"><div
class="usa-banner-guidance-gov usa-width-one-half">
<p><strong>The .gov means it’s official.</strong> Federal government websites often end in .gov or .mil.</p></div>
<div class="usa-banner-guidance-ssl usa-width-one-half"><p><strong>The site is secure.</strong>
The https:// ensures that you are connecting to the official website.</p>
</div></div></div></section>
<div class="ncbi-header" role="banner"><div class="ncbi-header__logo"><a href="https://www.ncbi.nlm.nih.gov/" class="logo">NCBI Homepage</a></div>
<div class="ncbi-header__account"><a id="account_login" href="https://account.ncbi.nlm.nih.gov" class="usa-button header-button">Log in</a></div></div>
<header class="header"><div class="inner-wrap"><a class="pubmed-logo" href="/">PubMed</a><form id="search-form" class="search-form" action="/">
<label for="id_term" class="usa-sr-only">Search:</label><input type="search" id="id_term" name="term" placeholder="Search PubMed">
<button type="submit" class="search-btn">Search</button></form><div class="search-links"><a class="adv-search-link" href="/advanced/">Advanced</a>
<a href="/clipboard/">Clipboard</a></div><a class="user-guide-link" href="/help/">User Guide</a></div></header>
<main class="article-details" id="article-details"><div class="page-actions"><div class="full-text-links"><h3 class="title">Full text links</h3>
<a class="link-item dialog-focus" href="https://doi.org/10.1111/jrh.12904" title="See full text options at Wiley"><img alt="Wiley" src="/wiley.png"></a></div>
<div class="actions-buttons"><ul>${links(pmActions, 'action')}</ul></div>
<nav class="page-navigator"><h3 class="title">Page navigation</h3><ul>${links(pmNavPage, 'nav-item')}</ul></nav></div>
<div class="article-page"><header class="heading" id="heading"><div class="article-citation"><div class="article-source"><div
class="journal-actions dropdown-block">
<button class="journal-actions-trigger" title="The Journal of Rural Health">J Rural Health</button></div><span class="period">. </span>
<span class="cit">2025 Mar;41(2):e12904.</span></div><span class="citation-doi">doi: 10.1111/jrh.12904.</span><span
class="secondary-date">Epub 2025 Jan 27.</span></div>
<h1 class="heading-title">${pmTitle}</h1>
<div class="inline-authors"><div class="authors"><div class="authors-list">${pmAuthors
  .map(
    (a, i) =>
      `<span class="authors-list-item"><a class="full-name" href="/?term=${i}">${a}</a><sup class="affiliation-links"><span
class="author-sup-separator"> </span>` +
      `<a class="affiliation-link" href="#full-view-affiliation-${(i % 2) + 1}">${(i % 2) + 1}</a></sup>${i < 3 ? '<span class="comma">, </span>' : ''}</span>`,
  )
  .join('\n')}</div></div></div>
<div class="extended-article-details" id="full-view-expanded-authors"><div class="affiliations"><h3 class="title">Affiliations</h3><ul class="item-list">
${pmAffs.map((a, i) => `<li data-affiliation-id="full-view-affiliation-${i + 1}"><sup class="key">${i + 1}</sup> ${a}</li>`).join('\n')}</ul></div></div>
<ul class="identifiers" id="full-view-identifiers"><li><span class="identifier pubmed"><span class="id-label">PMID: </span>
<strong class="current-id">39872214</strong></span></li><li><span class="identifier doi"><span class="id-label">DOI: </span>
<a class="id-link" href="https://doi.org/10.1111/jrh.12904">10.1111/jrh.12904</a></span></li></ul></header>
<div class="abstract" id="abstract"><h2 class="title">Abstract</h2><div class="abstract-content selected" id="eng-abstract">
${pmAbsHtml.join('\n')}
</div><p><strong class="sub-title">Keywords: </strong><a class="keyword-actions-trigger" href="#">distance</a>;
<a class="keyword-actions-trigger" href="#">newborn</a>; <a class="keyword-actions-trigger" href="#">obstetric unit closure</a>;
<a class="keyword-actions-trigger" href="#">rural health</a>.</p></div>
<div class="conflict-of-interest" id="conflict-of-interest"><h2 class="title">Conflict of interest statement</h2><div
class="statement"><p>${pmCoi}</p></div></div>
<div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2><ul class="articles-list">${links(pmSimilar, 'full-docsum')}</ul>
<button class="show-all">See all similar articles</button></div>
<div class="citedby-articles" id="citedby"><h2 class="title">Cited by</h2><ul class="articles-list"><li class="full-docsum">
<a href="/40111873/">Ambulance response times after rural hospital service line closures.</a></li></ul></div>
<div class="mesh-terms keywords-section" id="mesh-terms"><h2 class="title">MeSH terms</h2><ul
class="keywords-list">${links(pmMesh, 'keyword-actions')}</ul></div>
<div class="linkout" id="linkout"><h2 class="title">LinkOut - more resources</h2><ul><li>Full Text Sources: <a
href="https://doi.org/10.1111/jrh.12904">Wiley</a></li>
<li>Medical: <a href="https://medlineplus.example/">MedlinePlus Health Information</a></li></ul></div></div></main>
<footer class="ncbi-footer"><div class="ncbi-footer-inner"><ul class="footer-links">${links(pmFoot)}</ul></div></footer>
<script src="https://cdn.ncbi.nlm.nih.gov/pubmed/ab1/CACHE/js/output.js" defer></script></body></html>`;
const pubmed: TestPage = {
  html: pmHtml,
  name: 'heldout183-pubmed-abstract',
  kind: 'docs',
  // the abstract's bold sub-titles are part of their paragraphs (body); "Abstract" and the conflict-of-interest h2 are
  // headings; authors, citation line, DOI and Epub date are bylines; affiliations, identifiers, keywords, similar and
  // cited-by titles, MeSH terms, LinkOut, actions, page navigation and the NCBI chrome are furniture
  title: pmTitle,
  headings: ['Abstract', 'Conflict of interest statement'],
  body: [...texts(pmAbsHtml), pmCoi],
  bylines: [...pmAuthors, '2025 Mar;41(2):e12904.', 'doi: 10.1111/jrh.12904.', 'Epub 2025 Jan 27.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main page content', 'An official website of the United States government', "Here's how you know", 'NCBI Homepage', 'Log in', 'PubMed',
    'Search', 'Advanced', 'Clipboard', 'User Guide', 'Full text links', ...pmActions, 'Page navigation', 'Title & authors', 'Similar articles',
    'Cited by', 'MeSH terms', 'Related information', 'J Rural Health', 'Affiliations', ...pmAffs, 'PMID: 39872214', 'DOI: 10.1111/jrh.12904',
    'Keywords: distance; newborn; obstetric unit closure; rural health.', ...pmSimilar, 'See all similar articles',
    'Ambulance response times after rural hospital service line closures.', ...pmMesh, 'LinkOut - more resources', 'Full Text Sources: Wiley',
    'Medical: MedlinePlus Health Information', ...pmFoot,
  ],
};

export const HELDOUT183_C: readonly TestPage[] = [pubmed, plosArticle];
