import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 43, file b2: a PubMed abstract page (the US government banner with its hidden "Here's how you know" panel,
 * the NCBI header with account menu, the PubMed search bar, the journal and citation line, the title, the author list with
 * affiliation numbers and the hidden affiliations list, PMID and DOI, the structured abstract with bold sub-titles, the
 * keywords line, the conflict of interest statement, similar articles, publication types, MeSH terms, grants, LinkOut, the
 * action sidebar with "Full text links", "Cite", "Collections" and page navigation, and the NLM footer).
 */
const pmTitle = 'Pharmacist-led deprescribing visits and falls in community-dwelling older adults taking five or more medicines: a cluster randomized trial';
const pmAuthors = ['Nadia Ferreira-Holt', 'Owen J Baptiste', 'Marguerite Lam', 'Kwabena Asante', 'Rachel D Sorensen', 'Paul Whitcombe'];
const pmAffs = [
  'Department of Clinical Pharmacy, Lakehead School of Pharmacy, Thunder Ridge, Ontario, Canada.',
  'Division of Geriatric Medicine, St. Brendan’s Hospital, Thunder Ridge, Ontario, Canada.',
  'Centre for Primary Care Research, Northshore University, Halverton, Ontario, Canada.',
];
const pmAffOf = [1, 1, 2, 3, 2, 1];
const pmAbstract = [
  '<strong class="sub-title">Background:</strong> Older adults who take many medicines fall more often than their peers, and several drug ' +
    'classes, including sedative hypnotics, antihypertensives and anticholinergic drugs, are known to raise the risk. Whether a single ' +
    'structured visit with a pharmacist can reduce falls in people living at home is uncertain.',
  '<strong class="sub-title">Objective:</strong> To test whether a pharmacist-led deprescribing visit, with a written plan shared with the ' +
    'family physician, reduces falls over 12 months compared with usual care.',
  '<strong class="sub-title">Design, setting, and participants:</strong> Cluster randomized trial in 38 family practices in Ontario, Canada, ' +
    'randomized 1:1. Patients aged 70 years or older who took five or more regular medicines, at least one of them from a list of ' +
    'fall-risk-increasing drugs, were enrolled between March 2021 and June 2022.',
  '<strong class="sub-title">Intervention:</strong> A 60-minute home or clinic visit with a practice-based pharmacist, who reviewed each ' +
    'medicine with the patient and proposed tapering or stopping where the expected harm outweighed the benefit. The physician received the ' +
    'plan within 7 days.',
  '<strong class="sub-title">Measurements:</strong> The primary outcome was the rate of falls reported in monthly calendars. Secondary outcomes ' +
    'were injurious falls, emergency department visits, the number of regular medicines, and quality of life.',
  '<strong class="sub-title">Results:</strong> Of 1,412 patients (mean age 79.6 years; 61% women), 708 were in intervention practices. At 12 ' +
    'months, the fall rate was 0.92 falls per person-year in the intervention group and 1.21 in the usual care group (adjusted rate ratio ' +
    '0.77; 95% CI 0.64-0.93). Injurious falls were also less frequent (rate ratio 0.71; 95% CI 0.53-0.95). Patients in the intervention group ' +
    'took a mean of 1.4 fewer regular medicines. Withdrawal symptoms or a return of treated symptoms led to restarting a medicine in 9% of ' +
    'patients, most often a proton pump inhibitor or a sleep medicine. There was no difference in quality of life.',
  '<strong class="sub-title">Conclusions:</strong> A single pharmacist-led deprescribing visit reduced falls by almost a quarter in older ' +
    'adults taking many medicines, with few adverse effects. Health systems should consider funding such visits within primary care.',
  '<strong class="sub-title">Trial registration:</strong> ClinicalTrials.gov NCT05519944.',
];
const pmKeywords = ['deprescribing', 'falls', 'older adults', 'pharmacist', 'polypharmacy', 'primary care'];
const pmSimilar = [
  'Medication review by community pharmacists and hospital admissions in frail older people: a stepped-wedge trial.',
  'Tapering benzodiazepine receptor agonists in older adults: a systematic review and meta-analysis.',
  'Fall-risk-increasing drugs and injurious falls in the oldest old: a population-based cohort study.',
];
const pmMesh = [
  'Accidental Falls / prevention &amp; control*',
  'Aged',
  'Aged, 80 and over',
  'Deprescriptions*',
  'Female',
  'Humans',
  'Male',
  'Pharmacists*',
  'Polypharmacy*',
];
const pmNav = [
  'Title & authors',
  'Abstract',
  'Conflict of interest statement',
  'Similar articles',
  'Publication types',
  'MeSH terms',
  'Grants and funding',
  'LinkOut - more resources',
];
const pmFoot = ['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Help', 'Accessibility', 'Careers'];
const pmId = '40188315';
const pmHtml = `<!DOCTYPE html>
<html lang="en"><head itemscope itemtype="http://schema.org/WebPage" prefix="og: http://ogp.me/ns#"><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ncbi_app" content="pubmed"><meta name="ncbi_db" content="pubmed">
<meta name="ncbi_pdid" content="article"><meta name="ncbi_uid" content="${pmId}"><meta name="citation_title" content="${pmTitle}">
<meta name="citation_journal_title" content="Journal of geriatric pharmacotherapy"><meta name="citation_date" content="2025 Jun">
<meta name="description" content="Background: Older adults who take many medicines fall more often than their peers ...">
<title>${pmTitle} - PubMed</title>
<link rel="stylesheet" href="https://cdn.ncbi.nlm.nih.gov/pubmed/0a8a1aa1-3b52-4b6c-9d6c/CACHE/css/output.7b4cb1d2a0b1.css" type="text/css">
<script type="text/javascript">var ncbi_startTime = new Date(); window.ncbi_sessionid = "6F3A2C1B7E9D4F10_0091SID";</script></head>
<body><div id="ncbi-usa-banner" class="usa-banner"><div class="usa-accordion"><header class="usa-banner-header"><div class="usa-grid usa-banner-inner">
<img src="https://www.ncbi.nlm.nih.gov/coreutils/uswds/img/favicons/favicon-57.png" alt="US Flag">
<p>An official website of the United States government</p><button class="usa-accordion-button usa-banner-button" aria-expanded="false"
aria-controls="gov-banner-top"
type="button"><span class="usa-banner-button-text">Here's how you know</span></button></div></header>
<div class="usa-banner-content usa-grid usa-accordion-content" id="gov-banner-top" aria-hidden="true"><div class="usa-banner-guidance-gov usa-width-one-half">
<img class="usa-banner-icon usa-media_block-img" src="https://www.ncbi.nlm.nih.gov/coreutils/uswds/img/icon-dot-gov.svg" alt="Dot gov">
<div class="usa-media_block-body"><p><strong>The .gov means it’s official.</strong><br>Federal government websites often end in .gov or .mil. Before sharing
sensitive
information, make sure you’re on a federal government site.</p></div></div><div class="usa-banner-guidance-ssl usa-width-one-half">
<img class="usa-banner-icon usa-media_block-img" src="https://www.ncbi.nlm.nih.gov/coreutils/uswds/img/icon-https.svg" alt="Https">
<div class="usa-media_block-body"><p><strong>The site is secure.</strong><br>The <strong>https://</strong> ensures that you are connecting to the official
website and that any
information you provide is encrypted and transmitted securely.</p></div></div></div></div></div>
<div class="ncbi-header" role="banner" data-section="Header"><div class="usa-grid"><div class="usa-width-one-whole"><div class="ncbi-header__logo">
<a href="https://www.ncbi.nlm.nih.gov/" class="logo" aria-label="NCBI Logo"><img src="https://www.ncbi.nlm.nih.gov/coreutils/nwds/img/logos/AgencyLogo.svg"
alt="NIH NLM Logo"></a></div>
<div class="ncbi-header__account"><a id="account_login" href="https://account.ncbi.nlm.nih.gov/?back_url=https%3A%2F%2Fpubmed.ncbi.nlm.nih.gov%2F${pmId}%2F"
class="usa-button header-button">Log in</a><button id="account_info" class="header-button" aria-controls="account_popup" type="button">
<span class="fa fa-user" aria-hidden="true"></span><span class="username desktop-only" aria-hidden="true" id="uname_short"></span>
<span class="sr-only">Show account info</span></button></div>
<div class="ncbi-popup-anchor"><div class="ncbi-popup account-popup" id="account_popup" aria-hidden="true"><div class="ncbi-popup-head">
<button class="ncbi-close-button" data-ga-category="pubmed" data-ga-action="close_account_popup"><span class="fa fa-times"></span><span
class="usa-sr-only">Close</span></button>
<h4>Account</h4></div><div class="account-user-info">Logged in as:<br><b><span class="username" id="uname_long">username</span></b></div>
<div class="account-links"><ul class="usa-unstyled-list">${links(['Dashboard', 'Publications', 'Account settings'])}
<li><button class="secondary sign_out">Log out</button></li></ul></div></div></div></div></div></div>
<main class="article-page" id="article-page"><div id="search-form" class="search-form"><form action="/" method="get" class="search-input" role="search">
<div class="pubmed-logo"><a href="/" class="pubmed-logo-link"><img src="https://cdn.ncbi.nlm.nih.gov/pubmed/static/img/pubmed-logo-blue.svg" alt="PubMed
Logo"></a></div>
<div class="form-field"><label for="id_term" class="usa-sr-only">Search:</label><input type="search" id="id_term" name="term" class="term-input"
placeholder="Search PubMed"
aria-label="Search PubMed" value="" autocomplete="off"><button class="clear-btn" type="button" aria-label="Clear search input"></button>
<button class="search-btn" type="submit">Search</button></div>
<div class="search-links"><a class="search-link" href="/advanced/">Advanced</a><button class="create-search-alert-link" type="button">Create alert</button>
<button class="create-search-rss-link" type="button">Create RSS</button></div><a class="user-guide-link" href="/help/">User Guide</a></form></div>
<div class="inner-wrap"><div class="article-details" id="article-details"><header class="heading" id="heading"><div class="full-view" id="full-view-heading">
<div class="article-citation"><div class="article-source"><div class="journal-actions dropdown-block"><button id="full-view-journal-trigger"
class="journal-actions-trigger trigger" ref="linksrc=journal_actions_trigger" aria-controls="full-view-journal" aria-expanded="false"
title="Journal of geriatric pharmacotherapy">J Geriatr Pharmacother</button></div>
<span class="cit">2025 Jun;14(3):412-423.</span></div>
<span class="citation-doi">doi: 10.1016/j.jgp.2025.02.011.</span>
<span class="secondary-date">Epub 2025 Mar 19.</span></div>
<h1 class="heading-title">${pmTitle}</h1>
<div class="inline-authors"><div class="authors"><div class="authors-list">
${pmAuthors
  .map(
    (a, i) =>
      `<span class="authors-list-item "><a class="full-name" href="/?term=${a.replace(/ /g, '+')}%5BAuthor%5D" data-ga-label="${a}">${a}</a>` +
      `<sup class="affiliation-links"><span class="author-sup-separator"> </span><a class="affiliation-link" href="#full-view-affiliation-${pmAffOf[i]}"` +
      ` title="${pmAffs[pmAffOf[i]! - 1]}">${pmAffOf[i]}</a></sup>${i < pmAuthors.length - 1 ? '<span class="comma">, </span>' : ''}</span>`,
  )
  .join('\n')}
</div></div></div>
<div class="extended-article-info" id="full-view-expanded-authors"><div class="affiliations"><h3 class="title">Affiliations</h3><ul class="item-list">
${pmAffs.map((a, i) => `<li data-affiliation-id="full-view-affiliation-${i + 1}"><sup class="key">${i + 1}</sup> ${a}</li>`).join('\n')}</ul></div></div>
<ul class="identifiers" id="full-view-identifiers"><li><span class="identifier pubmed"><span class="id-label">PMID: </span><strong class="current-id"
title="PubMed ID">${pmId}</strong></span></li><li><span class="identifier doi"><span class="id-label">DOI: </span><a class="id-link"
href="https://doi.org/10.1016/j.jgp.2025.02.011" target="_blank" rel="noopener">10.1016/j.jgp.2025.02.011</a></span></li></ul></div></header>
<div class="abstract" id="abstract"><h2 class="title">Abstract</h2><div class="abstract-content selected" id="eng-abstract">
${pmAbstract.map((p) => `<p>\n${p}\n</p>`).join('\n')}
</div><p class="copyright">© 2025 The Authors. Journal of Geriatric Pharmacotherapy published by Halverton Scientific.</p>
<p><strong class="sub-title">Keywords: </strong>${pmKeywords
  .map(
    (k) => `<button class="keyword-actions-trigger trigger keyword-link"
aria-expanded="false">${k}</button>`,
  )
  .join(';\n')}.</p></div>
<div class="conflict-of-interest" id="conflict-of-interest"><h2 class="title">Conflict of interest statement</h2><div class="statement"><p>O.J.B. has received
speaking fees
from the Ontario Pharmacists Forum. The other authors declare no conflicts of interest.</p></div></div>
<div class="similar-articles" id="similar"><h2 class="title">Similar articles</h2><ul class="articles-list">
${pmSimilar
  .map(
    (t, i) =>
      `<li class="full-docsum"><div class="item-selector-wrap"></div><div class="docsum-wrap"><div class="docsum-content"><a class="docsum-title"
href="/3${i}91822${i}/">${t}</a>` +
      `<div class="docsum-citation full-citation"><span class="docsum-authors full-authors">Okonkwo-Price T, et al.</span> <span
class="docsum-journal-citation full-journal-citation">` +
      `Age Res. 202${i + 2} Nov;3${i}(11):e0${i}1.</span> <span class="citation-part">PMID: <span
class="docsum-pmid">3${i}91822${i}</span></span></div></div></div></li>`,
  )
  .join('\n')}</ul><button class="view-more" type="button">See all similar articles</button></div>
<div class="publication-types keywords-section" id="publication-types"><h2 class="title">Publication types</h2><ul class="keywords-list">
${links(['Randomized Controlled Trial', 'Research Support, Non-U.S. Gov’t'], 'keyword-actions')}</ul></div>
<div class="mesh-terms keywords-section" id="mesh-terms"><h2 class="title">MeSH terms</h2><ul class="keywords-list">
${pmMesh.map((m) => `<li><button class="keyword-actions-trigger trigger keyword-link" aria-expanded="false">${m}</button></li>`).join('\n')}</ul></div>
<div class="grants" id="grants"><h2 class="title">Grants and funding</h2><ul class="grants-list"><li>PJT-180442/Canadian Primary Care Trials
Network/Canada</li></ul></div>
<div class="linkout" id="linkout"><h2 class="title">LinkOut - more resources</h2><div class="linkout-category-links"><h3>Full Text Sources</h3>
<ul>${links(['Elsevier Science'])}</ul><h3>Medical</h3><ul>${links(['MedlinePlus Health Information'])}</ul></div></div></div>
<aside class="page-sidebar" id="page-sidebar"><div class="inner-wrap"><div class="full-text-links" id="full-text-links"><h3 class="title">Full text links</h3>
<a class="link-item dialog-focus" href="https://linkinghub.elsevier.com/retrieve/pii/S2211-3355(25)00041-7" target="_blank" rel="noopener"
title="See full text options at Elsevier Science"><img src="https://cdn.ncbi.nlm.nih.gov/corehtml/query/egifs/linkinghub.elsevier.gif" alt="Elsevier
Science"></a>
<a class="link-item" href="https://www.ncbi.nlm.nih.gov/pmc/articles/pmid/${pmId}/"><span>Free PMC article</span></a></div>
<div class="actions-buttons"><div class="inner-wrap"><button id="cite-trigger" class="cite trigger" type="button">Cite</button>
<div class="collections-dropdown-block"><button id="collections-trigger" class="collections trigger" type="button">Collections</button>
<div class="dropdown collections-dropdown"><div class="title">Add to Collections</div><ul class="collections-dropdown-list">
<li><input type="radio" id="new-collection" name="collections" checked><label for="new-collection">Create a new collection</label></li>
<li><input type="radio" id="existing-collection" name="collections"><label for="existing-collection">Add to an existing collection</label></li></ul>
<div class="new-collection-name"><label for="add-to-new-collection">Name your collection:</label><input type="text" id="add-to-new-collection" maxlength="100">
<p class="help-text">Name must be less than 100 characters</p></div><div class="collection-error" hidden>Unable to load your collection due to an error<br>
<a href="#">Please try again</a></div><div class="collections-actions"><button class="add-button">Add</button><button
class="cancel-button">Cancel</button></div></div></div></div></div>
<div class="share-buttons"><h3 class="title">Share</h3><a class="twitter share-link"
href="https://twitter.com/intent/tweet?url=https://pubmed.ncbi.nlm.nih.gov/${pmId}/"
title="Share article on Twitter"><span class="sr-only">Twitter</span></a><a class="facebook share-link" href="https://www.facebook.com/sharer/sharer.php?u=x"
title="Share article on Facebook"><span class="sr-only">Facebook</span></a><div class="permalink"><label for="permalink-input">Permalink</label>
<input id="permalink-input" type="text" value="https://pubmed.ncbi.nlm.nih.gov/${pmId}/" readonly><button class="copy-permalink"
type="button">Copy</button></div></div>
<div class="page-navigation" id="page-navigation"><h3 class="title">Page navigation</h3><ul>${links(pmNav, 'item')}</ul></div></div></aside></div></main>
<footer class="ncbi-footer"><div class="ncbi-footer__inner"><div class="follow-ncbi"><h3>Follow NCBI</h3><a href="https://twitter.com/ncbi"><span
class="sr-only">NCBI on X (formerly known as Twitter)</span></a>
<a href="https://www.facebook.com/ncbi.nlm"><span class="sr-only">NCBI on Facebook</span></a></div><div class="nlm-links"><ul>${links(pmFoot)}</ul>
<p class="address"><a href="https://www.nlm.nih.gov/">National Library of Medicine</a><br>8600 Rockville Pike<br>Bethesda, MD 20894</p></div>
<ul class="agencies">${links(['NLM', 'NIH', 'HHS', 'USA.gov'])}</ul></div></footer>
<script type="text/javascript" src="https://cdn.ncbi.nlm.nih.gov/pubmed/0a8a1aa1-3b52-4b6c-9d6c/CACHE/js/output.c3b0b8f6d4b2.js"></script></body></html>`;
export const pubmedAbstract: TestPage = {
  html: pmHtml,
  name: 'heldout43-pubmed-abstract',
  kind: 'docs',
  // the structured abstract is the body, each paragraph with its bold sub-title ("Background: ..."), since PubMed prints the
  // sub-title inside the paragraph; "Abstract" is the one heading; the six authors and the "Epub" date are bylines; the
  // affiliations (the hidden list and the numbers), journal, citation, DOI and PMID lines, the copyright line under the
  // abstract, the keywords, the conflict of interest statement (a disclosure about the authors, not the study), similar
  // articles, publication types, MeSH terms, grants, LinkOut, the gov banner, header, account popup, search, sidebar actions
  // and footer are furniture; the page navigation's "Abstract" is the heading (in neither), and the keywords that are body
  // words ("falls", "older adults"...) are left out
  title: pmTitle,
  headings: ['Abstract'],
  body: pmAbstract.map((p) => p.replace(/<[^>]+>/g, '')),
  bylines: [...pmAuthors, 'Epub 2025 Mar 19.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', 'Here\'s how you know', 'The .gov means it’s official.',
    'Federal government websites often end in .gov or .mil. Before sharing sensitive information, make sure you’re on a federal government site.',
    'The site is secure.',
    'ensures that you are connecting to the official website and that any information you provide is encrypted and transmitted securely.',
    'Log in', 'Show account info', 'Close', 'Account', 'Logged in as:', 'Dashboard', 'Publications', 'Account settings', 'Log out', 'Search:', 'Search',
    'Advanced', 'Create alert', 'Create RSS', 'User Guide', 'J Geriatr Pharmacother', '2025 Jun;14(3):412-423.', 'doi: 10.1016/j.jgp.2025.02.011.',
    'Affiliations', ...pmAffs, 'PMID:', '10.1016/j.jgp.2025.02.011',
    '© 2025 The Authors. Journal of Geriatric Pharmacotherapy published by Halverton Scientific.',
    'Keywords:', ...pmKeywords.filter((k) => !['deprescribing', 'falls', 'older adults', 'pharmacist', 'primary care'].includes(k)),
    'Conflict of interest statement',
    'O.J.B. has received speaking fees from the Ontario Pharmacists Forum. The other authors declare no conflicts of interest.', 'Similar articles',
    ...pmSimilar,
    'Okonkwo-Price T, et al.', 'See all similar articles', 'Publication types', 'Randomized Controlled Trial', 'Research Support, Non-U.S. Gov’t', 'MeSH terms',
    'Accidental Falls / prevention & control*', 'Aged, 80 and over', 'Deprescriptions*', 'Female', 'Humans', 'Male', 'Pharmacists*', 'Polypharmacy*',
    'Grants and funding', 'PJT-180442/Canadian Primary Care Trials Network/Canada', 'LinkOut - more resources', 'Full Text Sources', 'Medical',
    'Elsevier Science', 'MedlinePlus Health Information', 'Full text links', 'Free PMC article', 'Cite', 'Collections', 'Add to Collections',
    'Create a new collection', 'Add to an existing collection', 'Name your collection:', 'Name must be less than 100 characters',
    'Unable to load your collection due to an error', 'Please try again', 'Add', 'Cancel', 'Share', 'Twitter', 'Facebook', 'Permalink', 'Copy',
    'Page navigation', 'Title & authors', 'Follow NCBI', 'NCBI on X (formerly known as Twitter)', 'NCBI on Facebook', ...pmFoot,
    'National Library of Medicine', '8600 Rockville Pike', 'Bethesda, MD 20894', 'NLM', 'NIH', 'HHS', 'USA.gov',
  ],
};
