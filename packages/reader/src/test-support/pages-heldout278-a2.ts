import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file a2: a PubMed abstract page (government banner, search bar, journal citation, authors with
 * affiliation numbers, affiliations, identifiers, structured abstract, keywords, conflict of interest statement, figures
 * carousel with captions, Similar articles, Cited by, MeSH terms, Full text links, Cite / Collections buttons, page
 * navigation, NLM footer).
 */
const pmTitle = 'Home-based inspiratory muscle training after hospital discharge for community-acquired pneumonia: a randomised controlled trial';
const pmAbs = [
  j(
    '<strong class="sub-title">Background:</strong> Many adults leave hospital after community-acquired pneumonia with persistent',
    'breathlessness and reduced exercise capacity. We tested whether eight weeks of unsupervised, home-based inspiratory muscle',
    'training improves functional recovery compared with usual care.',
  ),
  j(
    '<strong class="sub-title">Methods:</strong> In this single-blind trial at three regional hospitals, 214 adults aged 50 years or',
    'older were randomly assigned within 72 hours of discharge to a threshold-loading device set at 40 per cent of maximal',
    'inspiratory pressure, used twice daily (n = 107), or to usual care with written advice (n = 107). The primary outcome was the',
    'change in six-minute walk distance at week 8. Secondary outcomes included maximal inspiratory pressure, dyspnoea scores,',
    'readmission within 90 days and adherence recorded by the device.',
  ),
  j(
    '<strong class="sub-title">Results:</strong> Six-minute walk distance improved by 61 m in the training group and by 38 m with',
    'usual care (adjusted difference 23 m, 95% CI 9 to 37; p = 0.002). Maximal inspiratory pressure rose by 14 cmH2O more with',
    'training, and dyspnoea scores were lower at week 8. Readmission did not differ between groups (12% vs 15%). Median adherence',
    'was 81 per cent of prescribed sessions; no serious adverse events were attributed to the device.',
  ),
  j(
    '<strong class="sub-title">Conclusions:</strong> A simple home programme of inspiratory muscle training after pneumonia gave',
    'a modest but clinically relevant gain in walking distance. Longer follow-up is needed to judge effects on readmission.',
  ),
];
const pmAuthors = ['Rosalind Achterberg', 'Tomasz Wielgus', 'Priya Venkataraman', 'Hollis Bramwell'];
const pmAff = [
  'Department of Respiratory Medicine, Eastmoor University Hospital, Calderbridge, United Kingdom.',
  'School of Health Sciences, University of Ferrowick, Ferrowick, United Kingdom.',
  'Clinical Trials Unit, Northgate Institute of Population Health, Calderbridge, United Kingdom.',
];
const pmSimilar = [
  'Inspiratory muscle training in adults recovering from critical illness: a systematic review.',
  'Respiratory muscle weakness after lower respiratory tract infection in older adults: a cohort study.',
  'Effect of telemonitored pulmonary rehabilitation on readmission after exacerbation of COPD.',
];
const pmSimilarCit = ['Okonjo L, et al. Respir Care Invent. 2024.', 'Daniels-Frey M, et al. Age Lung. 2023.', 'Hartigan S, et al. Thorax Rev. 2025.'];
const pmMesh = [
  'Aged, 80 and over',
  'Breathing Exercises*',
  'Community-Acquired Infections / rehabilitation',
  'Humans',
  'Patient Discharge',
  'Pneumonia / rehabilitation*',
];
const pmNav = ['Title & authors', 'Conflict of interest statement', 'Figures', 'Similar articles', 'Cited by', 'MeSH terms', 'LinkOut - more resources'];
const pmFoot = ['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Accessibility', 'Careers'];
const pmFurn = [
  'An official website of the United States government',
  "Here's how you know",
  'Log in',
  'Advanced',
  'Clipboard',
  'User Guide',
  'J Resp Rehab Invent',
  '2026 Feb;41(2):118-127.',
  'doi: 10.1016/j.jrri.2025.11.004.',
  'Epub 2025 Dec 19.',
  'Affiliations',
  ...pmAff,
  'PMID:',
  '41200345',
  'Keywords:',
  'dyspnoea; exercise capacity; inspiratory muscle training; pneumonia; rehabilitation.',
  'The authors declare no competing interests. The training devices were purchased from the trial budget.',
  'Figure 1 CONSORT flow diagram of participants through the trial.',
  'Figure 2 Change in six-minute walk distance by group over eight weeks.',
  ...pmSimilar,
  ...pmSimilarCit,
  'See all similar articles',
  'Breathing again: recovery trajectories after pneumonia in older adults.',
  ...pmMesh,
  'Full text links',
  'Cite',
  'Add to Collections',
  'Add to My Bibliography',
  'Page navigation',
  ...pmNav,
  ...pmFoot,
  'National Library of Medicine',
  '8600 Rockville Pike Bethesda, MD 20894',
];
const pmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${pmTitle} - PubMed</title>
<meta name="ncbi_app" content="pubmed"><meta name="ncbi_pdid" content="article"><meta name="ncbi_uid" content="41200345">
<meta name="citation_title" content="${pmTitle}"><meta name="citation_journal_title" content="J Resp Rehab Invent">
<meta name="citation_date" content="2026 Feb"><meta name="citation_pmid" content="41200345"><meta property="og:site_name" content="PubMed">
<meta name="description" content="Many adults leave hospital after community-acquired pneumonia with persistent breathlessness.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${pmTitle}","datePublished":"2026-02"}</script>
<script type="text/javascript">window.ncbi = window.ncbi || {}; ncbi.pinger = {config: {app: "pubmed"}};</script></head>
<body><div id="ncbi-header"><section class="usa-banner" aria-label="Official government website"><div class="usa-accordion">
<header class="usa-banner-header"><div class="usa-grid usa-banner-inner"><p>An official website of the United States government</p>
<button class="usa-accordion-button usa-banner-button" aria-expanded="false" aria-controls="gov-banner-top"><span class="usa-banner-button-text">Here's how
you know</span></button></div></header></div></section>
<div class="ncbi-header"><a class="ncbi-header__logo-link" href="https://www.ncbi.nlm.nih.gov/"><img alt="NIH NLM Logo" src="/static/logo.svg"></a>
<a class="account_login" href="/login/">Log in</a></div></div>
<main class="article-page" id="article-page"><div class="search-form-wrapper"><form class="search-form" action="/" method="get">
<input type="search" class="term-input tt-input" name="term" aria-label="Search"><button class="search-btn" type="submit">Search</button>
<div class="search-links"><a class="adv-search-link" href="/advanced/">Advanced</a><a class="clipboard-link" href="/clipboard/">Clipboard</a>
<a class="user-guide-link" href="/help/">User Guide</a></div></form></div>
<div class="article-details" id="article-details"><header class="heading" id="heading"><div class="full-view" id="full-view-heading">
<div class="article-citation"><div class="article-source"><div class="journal-actions dropdown-block"><button class="journal-actions-trigger trigger"
aria-controls="full-view-journal" title="J Resp Rehab Invent">J Resp Rehab Invent</button></div><span class="cit">2026 Feb;41(2):118-127.</span></div>
<span class="citation-doi">doi: 10.1016/j.jrri.2025.11.004.</span><span class="secondary-date">Epub 2025 Dec 19.</span></div>
<h1 class="heading-title">${pmTitle}</h1>
<div class="inline-authors"><div class="authors"><div class="authors-list">${pmAuthors
  .map(
    (a, i) => `<span class="authors-list-item"><a class="full-name" href="/?term=${a.replace(/ /g, '+')}&amp;cauthor_id=41200345"
data-ga-label="${a}">${a}</a><sup class="affiliation-links"><a class="affiliation-link"
href="#full-view-affiliation-${(i % 3) + 1}">${(i % 3) + 1}</a></sup></span>`,
  )
  .join(', ')}</div></div></div>
<div class="extended-article-info" id="full-view-expanded-authors"><div class="affiliations"><h3 class="title">Affiliations</h3><ul class="item-list">
${pmAff.map((a, i) => `<li data-affiliation-id="full-view-affiliation-${i + 1}"><sup class="key">${i + 1}</sup> ${a}</li>`).join('\n')}</ul></div></div>
<ul class="identifiers" id="full-view-identifiers"><li><span class="identifier pubmed"><span class="id-label">PMID:</span>
<strong class="current-id" title="PubMed ID">41200345</strong></span></li></ul></div></header>
<div class="abstract" id="abstract"><h2 class="title">Abstract</h2><div class="abstract-content selected" id="eng-abstract">
${ps(pmAbs)}
</div><p><strong class="sub-title">Keywords:</strong> dyspnoea; exercise capacity; inspiratory muscle training; pneumonia; rehabilitation.</p></div>
<div class="conflict-of-interest" id="conflict-of-interest"><h2 class="title">Conflict of interest statement</h2><div class="statement">
<p>The authors declare no competing interests. The training devices were purchased from the trial budget.</p></div></div>
<div class="figures" id="figures"><h2 class="title">Figures</h2><div class="figures-list"><figure class="figure"><a class="figure-link" href="#">
<img class="figure-thumb" src="/fig1.gif" alt=""></a><figcaption class="figure-caption-contents">Figure 1 CONSORT flow diagram of participants through the
trial.</figcaption>
</figure><figure class="figure"><figcaption class="figure-caption-contents">Figure 2 Change in six-minute walk distance by group over eight weeks.</figcaption>
</figure></div></div>
<div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2><ul class="articles-list">${pmSimilar
  .map(
    (s, i) => `<li class="full-docsum"><div class="docsum-wrap"><div class="docsum-content"><a class="docsum-title" href="/3990${i}/">${s}</a>
<div class="docsum-citation full-citation"><span class="docsum-authors full-authors">${pmSimilarCit[i]}</span></div></div></div></li>`,
  )
  .join('\n')}</ul><button class="show-all-linked-articles">See all similar articles</button></div>
<div class="citedby-articles" id="citedby"><h2 class="title">Cited by</h2><ul class="articles-list"><li class="full-docsum"><a class="docsum-title"
href="/41522010/">Breathing again: recovery trajectories after pneumonia in older adults.</a></li></ul></div>
<div class="mesh-terms keywords-section" id="mesh-terms"><h2 class="title">MeSH terms</h2><ul class="keywords-list">
${pmMesh.map((m) => `<li><div class="keywords-list-item dropdown-block"><button class="keyword-actions-trigger trigger">${m}</button></div></li>`).join('\n')}
</ul></div></div>
<aside class="page-sidebar" id="page-sidebar"><div class="full-text-links"><h3 class="title">Full text links</h3><a class="link-item" href="#"><img
alt="Elsevier Science"></a></div><div class="actions-buttons"><button class="cite-button">Cite</button>
<button class="collections-button">Add to Collections</button><button class="bibliography-button">Add to My Bibliography</button></div>
<nav class="page-nav" aria-label="Page navigation"><h3 class="title">Page navigation</h3><ul>${links(pmNav, 'nav-item')}</ul></nav></aside></main>
<footer class="ncbi-footer"><div class="ncbi-footer__social"><ul>${links(pmFoot)}</ul></div>
<address>National Library of Medicine<br>8600 Rockville Pike Bethesda, MD 20894</address></footer></body></html>`;

export const pubmedPage: TestPage = {
  name: 'heldout278-pubmed-docs',
  kind: 'docs',
  html: pmHtml,
  title: pmTitle,
  headings: ['Abstract'],
  body: texts(pmAbs),
  bylines: pmAuthors,
  furniture: pmFurn.filter((f) => f !== ''),
};
