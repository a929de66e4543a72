import { links, ps, type TestPage, texts } from './page-kit.js';
import { pmcPage } from './pages-heldout404-a2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file a: a PubMed-style abstract page (government banner, search bar, citation line, author list with
 * affiliations, identifiers, structured abstract, keywords, the action sidebar, similar articles, cited by, MeSH terms and
 * the NCBI-style footer) and, from file a2, a PMC-style full-text article.
 */
const pmTitle = 'Home-based pulse oximetry after early discharge of infants with bronchiolitis: a randomised trial in three regional hospitals';
const pmAbs = paras(`
<strong class="sub-title">Background:</strong> Infants admitted with bronchiolitis are often kept in hospital only because they need supplemental oxygen
while feeding and sleeping. Discharging them earlier with home oxygen and remote pulse oximetry could shorten stays, but its safety has not been tested
in a trial outside large children's hospitals.

<strong class="sub-title">Methods:</strong> We randomly assigned 412 infants aged 6 weeks to 18 months, admitted to three regional hospitals in the
Varnholm health district with moderate bronchiolitis, to early discharge with home oxygen and a remote oximetry service (n = 207) or to usual in-patient
care until oxygen was no longer needed (n = 205). The primary outcome was the length of hospital stay; the main safety outcome was unplanned
re-admission within 14 days.

<strong class="sub-title">Results:</strong> The median length of stay was 31 hours (interquartile range 22 to 45) in the early-discharge group and 68
hours (49 to 97) in the usual-care group. Re-admission within 14 days occurred in 19 infants (9.2%) after early discharge and in 14 infants (6.8%) after
usual care (risk difference 2.4 percentage points, 95% CI -2.9 to 7.7). No infant in either group needed intensive care after discharge. Parents in the
early-discharge group reported slightly higher anxiety on the first night at home, which fell to the level of the usual-care group by day three.

<strong class="sub-title">Conclusions:</strong> In regional hospitals, early discharge with home oxygen and remote oximetry more than halved the length
of stay for infants with moderate bronchiolitis, with a small and uncertain increase in re-admissions. Services adopting the model should plan for
support of parents on the first night.

<strong class="sub-title">Trial registration:</strong> Nordic Trials Register NTR-2023-0418.
`);
const pmKeywords = 'bronchiolitis; early discharge; home oxygen; infants; pulse oximetry; remote monitoring.';
const pmAuthors = ['Halvard Ostrem', 'Mirela Tanasescu', 'Joon-ho Baek', 'Pernille Kvist', 'Abdoulaye Sissoko'];
const pmAffil = [
  'Department of Paediatrics, Varnholm Central Hospital, Varnholm.',
  'Institute of Clinical Medicine, University of Kessby, Kessby.',
  'Children’s Research Unit, Brennmark Regional Hospital, Brennmark.',
];
const pmNav = ['Log in', 'Dashboard', 'Publications', 'Account settings', 'Log out'];
const pmSide = ['Full text links', 'Cite', 'Collections', 'Add to Collections', 'Create a new collection', 'Share', 'Permalink', 'Copy'];
const pmSimilar = [
  'Remote oximetry for children discharged from emergency departments: a cohort study.',
  'Oxygen saturation targets in infant bronchiolitis: a systematic review.',
  'Parental experience of home oxygen therapy after neonatal care: a qualitative study.',
  'High-flow nasal cannula therapy in regional paediatric wards: a stepped-wedge trial.',
];
const pmCited = ['Hospital-at-home models for acute paediatric illness: a scoping review.', 'Cost of early discharge programmes in respiratory care.'];
const pmMesh = ['Bronchiolitis / therapy*', 'Home Care Services*', 'Infant, Newborn', 'Length of Stay*', 'Oximetry / methods', 'Patient Discharge*'];
const pmFoot = ['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Help', 'Accessibility', 'Careers'];
const pmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pmTitle} - PubIndex</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ncbi_app" content="pubindex"><meta name="ncbi_pdid" content="article">
<meta name="citation_title" content="${pmTitle}"><meta name="citation_journal_title" content="Acta Paediatr Nord">
<meta name="citation_date" content="2026 Feb"><meta name="citation_pmid" content="40318822"><meta name="description" content="Infants admitted with
bronchiolitis...">
<meta property="og:type" content="article"><meta property="og:site_name" content="PubIndex">
<link rel="stylesheet" href="https://cdn.ncbi.example/pubindex/static/CACHE/css/output.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"${pmTitle}","datePublished":"2026-02"}</script>
<script>window.ncbi = window.ncbi || {}; ncbi.pinger = {cookieDomain: ".nlm.example"};</script></head>
<body><div class="usa-banner"><div class="usa-accordion"><header class="usa-banner-header"><div class="usa-grid usa-banner-inner">
<p>An official website of the United States government</p><button class="usa-accordion-button usa-banner-button" aria-expanded="false">
<span class="usa-banner-button-text">Here's how you know</span></button></div></header></div></div>
<div class="ncbi-header" role="banner"><div class="usa-grid"><div class="ncbi-header__logo"><a href="https://www.ncbi.example/" class="logo">NCBI home
page</a></div>
<div class="ncbi-header__account"><ul class="header-dropdown-menu">${links(pmNav)}</ul></div></div></div>
<header class="header"><div class="inner-wrap"><a class="pubindex-logo" href="/">PubIndex</a>
<form class="search-form" action="/" method="get"><div class="search-input"><label for="id_term" class="usa-sr-only">Search:</label>
<input type="search" id="id_term" name="term" placeholder="Search PubIndex"></div><button class="search-btn" type="submit">Search</button>
<div class="search-links"><a class="search-link" href="/advanced/">Advanced</a><a class="search-link"
href="/clipboard/">Clipboard</a></div></form></div></header>
<main class="article-details" id="article-details"><header class="heading" id="heading"><div class="full-view" id="full-view-heading">
<div class="article-citation"><div class="article-source"><div class="journal-actions dropdown-block"><button class="journal-actions-trigger trigger"
aria-expanded="false">Acta Paediatr Nord</button></div><span class="period">. </span><span class="cit">2026 Feb;115(2):214-223.</span></div>
<span class="citation-doi">doi: 10.1199/apn.70418.</span><span class="secondary-date">Epub 2025 Nov 20.</span></div>
<h1 class="heading-title">${pmTitle}</h1>
<div class="inline-authors"><div class="authors"><div class="authors-list">
${pmAuthors
  .map(
    (a, i) => `<span class="authors-list-item"><a class="full-name" href="/?term=${i}" data-ga-label="${a}">${a}</a><sup class="affiliation-links">
<span class="author-sup-separator"> </span><a class="affiliation-link" href="#affiliation-${(i % 3) + 1}">${(i % 3) + 1}</a></sup>${
      i < 4 ? '<span class="comma">, </span>' : ''
    }</span>`,
  )
  .join('\n')}
</div></div></div>
<div class="extended-article-info" id="full-view-expanded-authors"><div class="affiliations"><h3 class="title">Affiliations</h3>
<ul class="item-list">${pmAffil
  .map((a, i) => `<li data-affiliation-id="affiliation-${i + 1}"><sup class="key">${i + 1}</sup>${a}</li>`)
  .join('\n')}</ul></div></div>
<ul class="identifiers" id="full-view-identifiers"><li><span class="identifier pubmed"><span class="id-label">PMID: </span><strong
class="current-id">40318822</strong>
</span></li><li><span class="identifier doi"><span class="id-label">DOI: </span><a class="id-link"
href="https://doi.example/10.1199/apn.70418">10.1199/apn.70418</a>
</span></li></ul></div></header>
<div class="abstract" id="abstract"><h2 class="title">Abstract</h2><div class="abstract-content selected" id="eng-abstract">
${ps(pmAbs)}
</div><p class="keywords"><strong class="sub-title">Keywords:</strong> ${pmKeywords}</p>
<p class="copyright">© 2025 Nordic Paediatric Society. Published by Halden Academic Press.</p></div>
<div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2><ul class="articles-list" id="similar-articles-list">
${pmSimilar
  .map(
    (t, i) => `<li class="full-docsum"><div class="docsum-wrap"><div class="docsum-content"><a class="docsum-title" href="/4029${i}11/">${t}</a>
<div class="docsum-citation full-citation"><span class="docsum-journal-citation full-journal-citation">Scand J Child Health. 2024;${
      i + 31
    }:${i}12-${i}19.</span>
</div></div></div></li>`,
  )
  .join('\n')}</ul><button class="show-more usa-button-outline">See all similar articles</button></div>
<div class="citedby-articles" id="citedby"><h2 class="title">Cited by</h2><ul class="articles-list">${links(pmCited, 'full-docsum')}</ul></div>
<div class="mesh-terms keywords-section" id="mesh-terms"><h2 class="title">MeSH terms</h2><ul class="keywords-list">${lis(
  pmMesh,
  'keyword-actions-trigger',
)}</ul></div>
<div class="linkout" id="linkout"><h2 class="title">LinkOut - more resources</h2><ul class="linkout-category-links"><li>Full Text Sources</li>
<li>Medical</li></ul></div></main>
<aside class="page-sidebar" id="article-actions"><div class="inner-wrap"><div class="full-text-links"><h3 class="title">${pmSide[0]}</h3>
<a class="link-item dialog-focus" href="https://doi.example/10.1199/apn.70418">Halden Academic Press</a></div>
<div class="actions-buttons">${lis(pmSide.slice(1), 'actions-item')}</div>
<div class="page-navigation"><h3 class="title">Page navigation</h3><ul>${links([
  'Title & authors',
  'Abstract',
  'Similar articles',
  'Cited by',
  'MeSH terms',
])}</ul>
</div></div></aside>
<footer class="ncbi-footer"><div class="ncbi-footer__container"><h3 class="footer-title">Follow NCBI</h3><ul class="footer-links">${links(pmFoot)}</ul>
<p class="footer-address">National Medical Archive 8600 Rockdale Pike Bethesda, MD 20894</p></div></footer>
<script src="https://cdn.ncbi.example/pubindex/static/CACHE/js/output.js"></script></body></html>`;
const pubIndex: TestPage = {
  name: 'heldout404-pubmed-style-abstract-docs',
  kind: 'docs',
  html: pmHtml,
  title: pmTitle,
  headings: ['Abstract'],
  body: texts(pmAbs),
  bylines: [...pmAuthors, '2026 Feb;115(2):214-223.', 'Epub 2025 Nov 20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'NCBI home page', ...pmNav, 'Advanced',
    'Clipboard', 'Acta Paediatr Nord', 'doi: 10.1199/apn.70418.', 'Affiliations', ...pmAffil, 'PMID: 40318822', 'DOI: 10.1199/apn.70418',
    `Keywords: ${pmKeywords}`, '© 2025 Nordic Paediatric Society. Published by Halden Academic Press.', 'Similar articles', ...pmSimilar,
    'See all similar articles', 'Cited by', ...pmCited, 'MeSH terms', ...pmMesh, 'LinkOut - more resources', 'Full Text Sources', 'Medical',
    ...pmSide, 'Halden Academic Press', 'Page navigation', 'Title & authors', 'Follow NCBI', ...pmFoot,
    'National Medical Archive 8600 Rockdale Pike Bethesda, MD 20894',
  ],
};

export const HELDOUT404_A: readonly TestPage[] = [pubIndex, pmcPage];
