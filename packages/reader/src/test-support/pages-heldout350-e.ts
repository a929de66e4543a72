import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file e: a research funder's project page on UKRI Gateway to Research (header and search, project tabs,
 * the key-facts table with the principal investigator, dates and value, abstract and technical summary, research subjects and
 * health categories, export links, footer) and a Nature Medicine News & Views article on the Springer Nature template (the
 * old-browser notice, journal header and menus, breadcrumbs, article identifiers, author list, metrics, the figure with its
 * caption, references, author information, rights and "About this article" sections, subjects, the alerts call and footer).
 */
const uTitle = 'Stepped withdrawal of antipsychotic medication in older adults with dementia living in care homes: a cluster randomised trial';
const uAbstract = [
  j(
    'Many people with dementia who live in care homes are prescribed antipsychotic medicines to calm agitation or distress. These',
    'medicines help only a small number of people, and they increase the risk of stroke, falls and death. Guidelines say they should be',
    'reviewed regularly and stopped when possible, but in practice many residents stay on them for years.',
  ),
  j(
    'We will test a programme called STEP-DOWN, in which a care home pharmacist and a trained member of care staff work with the',
    'resident’s doctor and family to reduce the dose slowly over eight weeks, while care staff learn simple ways to respond to',
    'distress without medication. Forty care homes will be chosen at random to use STEP-DOWN or to continue with usual care.',
  ),
  j(
    'We will measure how many residents are no longer taking antipsychotics after six months, whether agitation changes, and how',
    'often residents fall or go to hospital. We will also talk to residents, families and staff about their experiences.',
  ),
];
const uTech = [
  j(
    'Design: pragmatic, two-arm, cluster randomised controlled trial with an embedded process evaluation and economic evaluation.',
    'Care homes (clusters) will be randomised 1:1, stratified by home size and region, with 12 eligible residents expected per home.',
  ),
  j(
    'Primary outcome: proportion of residents with antipsychotic discontinuation sustained at 6 months, from medication',
    'administration records. Secondary outcomes: Cohen-Mansfield Agitation Inventory, falls, unplanned admissions, quality of life',
    '(DEMQOL-Proxy) and cost per resident.',
  ),
  j(
    'Analysis: mixed-effects logistic regression accounting for clustering, with 80% power to detect an absolute increase of 20',
    'percentage points in discontinuation (ICC 0.05, two-sided alpha 0.05).',
  ),
];
const uFacts: readonly (readonly [string, string])[] = [
  ['Lead Research Organisation', 'University of Tamsworth'],
  ['Department Name', 'School of Pharmacy'],
  ['Funder', 'MRC'],
  ['Category', 'Research Grant'],
  ['Status', 'Active'],
  ['Value (£)', '1,382,614'],
];
const uNav = ['Home', 'Projects', 'Organisations', 'People', 'Publications', 'Outcomes'];
const uTabs = ['Overview', 'Organisations (3)', 'People (5)', 'Project outputs'];
const uSubjects = ['Pharmacology and toxicology', 'Psychiatry and psychology', 'Geriatrics'];
const uFoot = ['About GtR', 'API', 'Glossary', 'Accessibility', 'Privacy notice', 'Cookies', 'Contact us'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>GtR</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/resources/css/bootstrap.min.css"><link rel="stylesheet" href="/resources/css/gtr.css">
<script src="/resources/js/jquery.min.js"></script><script>var gtrContextPath="/";var projectRef="MR/Z503318/1";</script></head>
<body><div class="cookie-bar" id="cookie-bar"><p>We use cookies to collect information about how you use GtR. <a href="/cookies">Find out more</a></p>
<button id="cookie-accept" class="btn btn-default">Accept cookies</button></div>
<div id="gtr-header" class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/"><img src="/resources/img/ukri-logo.svg"
alt="UK Research and Innovation"> <span class="gtr-title">Gateway to Research</span></a><ul class="nav navbar-nav">${links(uNav)}</ul>
<form class="navbar-form navbar-right" role="search"><input type="text" class="form-control" placeholder="Search GtR"><button type="submit"
class="btn btn-default">Search</button></form></div></div>
<div class="container" id="gtr-content"><div class="row"><div class="col-md-12"><div class="gtr-back"><a href="/search/project">Back to search results</a></div>
<h1 id="gtr-project-title" class="gtr-per-title">${uTitle}</h1><ul class="nav nav-tabs" role="tablist">${links(uTabs, 'gtr-tab')}</ul></div></div>
<div class="row"><div class="col-md-8" id="tabOverview"><table class="table gtr-project-table"><tbody>
${uFacts.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}
<tr><th scope="row">Principal Investigator</th><td><a href="/person/88ABC">Dr Morwenna Castellane</a></td></tr>
<tr><th scope="row">Start date</th><td>01 October 2025</td></tr><tr><th scope="row">End date</th><td>30 September 2029</td></tr>
<tr><th scope="row">Grant reference</th><td>MR/Z503318/1</td></tr></tbody></table>
<div class="gtr-abstract"><h3>Abstract</h3>${ps(uAbstract, ' class="gtr-text"')}</div>
<div class="gtr-tech-summary"><h3>Technical Summary</h3>${ps(uTech, ' class="gtr-text"')}</div>
<div class="gtr-impact"><h3>Planned Impact</h3><p class="gtr-text-none">No planned impact summary was provided for this project.</p></div></div>
<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">Research Subjects</div>
<ul class="list-group">${links(uSubjects, 'list-group-item')}
</ul></div><div class="panel panel-default"><div class="panel-heading">Health Category</div><ul class="list-group">
<li class="list-group-item">Mental Health</li>
<li class="list-group-item">Neurological</li></ul></div><div class="panel panel-default"><div class="panel-heading">Export</div><ul class="list-group">
<li class="list-group-item"><a href="#">Export as CSV</a></li><li class="list-group-item"><a href="#">Export as JSON</a></li></ul></div></div></div></div>
<footer class="gtr-footer"><div class="container"><ul class="list-inline">${links(uFoot)}</ul><p>© UK Research and Innovation 2026. Data is provided by the
research councils and is available under the Open Government Licence.</p></div></footer></body></html>`;
const gtr: TestPage = {
  name: 'heldout350-ukri-gateway-to-research-project',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['Abstract', 'Technical Summary'],
  body: texts([...uAbstract, ...uTech]),
  bylines: ['Dr Morwenna Castellane', '01 October 2025', '30 September 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to collect information about how you use GtR.', 'Find out more', 'Accept cookies', 'Gateway to Research', ...uNav, 'Search',
    'Back to search results', ...uTabs, ...uFacts.flat(), 'Principal Investigator', 'Start date', 'End date', 'Grant reference', 'MR/Z503318/1',
    'Planned Impact', 'No planned impact summary was provided for this project.', 'Research Subjects', ...uSubjects, 'Health Category',
    'Mental Health', 'Neurological', 'Export', 'Export as CSV', 'Export as JSON', ...uFoot,
    '© UK Research and Innovation 2026. Data is provided by the research councils and is available under the Open Government Licence.',
  ],
};

const nTitle = 'Timing matters for fever control after cardiac arrest';
const nStandfirst = j(
  'A large trial finds that starting active fever prevention within two hours of return of circulation, rather than after',
  'intensive care admission, improves neurological recovery at six months in survivors of out-of-hospital cardiac arrest.',
);
const nBody = [
  j(
    'For two decades, clinicians caring for comatose survivors of cardiac arrest have argued about temperature. Early studies',
    'suggested that cooling the body to 33 °C protected the brain, but later trials found no advantage over simply preventing fever.',
    'Current guidelines therefore recommend avoiding a temperature above 37.7 °C for at least 72 hours. What they do not say is when',
    'that prevention should start.',
  ),
  j(
    'In this issue, Vasquez-Holm and colleagues report the EARLY-NORMO trial, which randomised 1,902 adults across 61 hospitals to',
    'fever prevention with a surface device started by the emergency team within two hours of return of spontaneous circulation, or',
    'to the same device started on arrival in intensive care, a median of 5.4 hours later. At six months, 41.8% of patients in the',
    'early group had a good functional outcome, compared with 36.9% in the standard group, a difference that held across the',
    'prespecified subgroups (Fig. 1).',
  ),
  j(
    'The result is plausible. Temperature in these patients often rises in the first hours, precisely when injured neurons are',
    'most vulnerable, and a few hours of fever may undo the benefit of days of careful control later. The trial design also has',
    'real strengths: the control group received excellent care, outcome assessors were unaware of group allocation, and almost no',
    'patients were lost to follow-up.',
  ),
  j(
    'There are reasons for caution. Clinicians could not be blinded, and the early group may have received more attention in the',
    'emergency department in other ways. Patients with an initial non-shockable rhythm, who have the poorest outlook, made up only a',
    'fifth of those enrolled, and the effect in this group was uncertain. The surface devices used are expensive and not available',
    'in many emergency departments, particularly outside high-income countries.',
  ),
  j(
    'Even so, the message for systems of care is clear. Fever prevention should be treated as part of resuscitation, not as a task',
    'for later. Future trials should test whether simpler methods, such as cold intravenous fluid followed by antipyretics, can',
    'deliver the same early benefit at lower cost.',
  ),
];
const nCaption = j(
  'Fig. 1: Early fever prevention after cardiac arrest. Patients randomised to fever prevention started by the emergency team had',
  'better neurological outcomes at six months than those in whom it was started on admission to intensive care.',
);
const nRefs = [
  'Vasquez-Holm, R. et al. Nat. Med. https://doi.org/10.1038/s41591-026-03811-2 (2026).',
  'Lindgaard, P. et al. N. Engl. J. Med. 389, 1411–1420 (2023).',
];
const nMenu = ['Explore content', 'About the journal', 'Publish with us'];
const nCrumbs = ['nature', 'nature medicine', 'news & views', 'article'];
const nSubjects = ['Cardiology', 'Neurology', 'Randomized controlled trials'];
const nFoot = ['About us', 'Press releases', 'Press office', 'Contact us', 'Privacy Policy', 'Use of cookies', 'Legal notice', 'Accessibility statement'];
const nHtml = `<!DOCTYPE html><html lang="en" class="grade-c"><head><meta charset="utf-8"><title>${nTitle} | Nature Medicine</title>
<meta name="journal_id" content="41591"><meta name="dc.title" content="${nTitle}"><meta name="citation_journal_title" content="Nature Medicine">
<meta name="citation_author" content="Okonjo-Baird, Felicity"><meta name="citation_publication_date" content="2026/03/09">
<meta name="WT.cg_s" content="News &amp; Views"><link rel="stylesheet" href="/static/css/enhanced-article-nature-branded.css">
<script>window.dataLayer=[{"content":{"category":{"contentType":"news & views"},"article":{"doi":"10.1038/s41591-026-03902-9"}}}];</script>
<script type="application/ld+json">{"mainEntity":{"headline":"${nTitle}","datePublished":"2026-03-09T00:00:00Z","author":[{"name":"Felicity
Okonjo-Baird"}]}}</script>
</head><body class="article-page"><div class="position-relative cleared z-index-50 background-white" data-test="top-containers">
<a class="c-skip-link" href="#content">Skip to main content</a><div class="c-grade-c-banner u-hide"><div class="c-grade-c-banner__container"><p>Thank you for
visiting nature.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date
browser.</p></div></div>
<header class="c-header" id="header" data-header><div class="c-header__row"><div class="c-header__container"><div class="c-header__split">
<div class="c-header__logo-container"><a href="/nm" data-track="click_homepage"><img src="/static/images/logos/nature-medicine.svg" alt="Nature
Medicine"></a></div><ul class="c-header__menu c-header__menu--global"><li class="c-header__item"><a class="c-header__link" href="#">View all journals</a></li>
<li class="c-header__item"><a class="c-header__link" href="#">Search</a></li><li class="c-header__item"><a class="c-header__link" href="#">Log in</a></li>
</ul></div>
</div></div><div class="c-header__row"><ul class="c-header__menu">${links(nMenu, 'c-header__item c-header__item--dropdown-menu')}</ul>
<ul class="c-header__menu c-header__menu--tools"><li class="c-header__item"><a class="c-header__link" href="#">Sign up for alerts</a></li>
<li class="c-header__item"><a class="c-header__link" href="#">RSS feed</a></li></ul></div></header>
<nav class="u-mb-16" aria-label="breadcrumbs"><ol class="c-breadcrumbs">${links(nCrumbs, 'c-breadcrumbs__item')}</ol></nav></div>
<div class="u-container u-mt-32 u-mb-32 u-clearfix" id="content" data-component="article-container"><main class="c-article-main-column u-float-left">
<article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers" data-test="article-identifier">
<li class="c-article-identifiers__item" data-test="article-category">News &amp; Views</li><li class="c-article-identifiers__item">Published: <time
datetime="2026-03-09">09 March 2026</time></li></ul>
<h1 class="c-article-title" data-test="article-title" data-article-title="">${nTitle}</h1>
<ul class="c-article-author-list c-article-author-list--short" data-test="authors-list"><li class="c-article-author-list__item"><a data-test="author-name"
href="#auth-Felicity-Okonjo_Baird-Aff1">Felicity Okonjo-Baird</a><sup class="u-js-hide"><a href="#Aff1">1</a></sup></li></ul>
<p class="c-article-info-details" data-container-section="info"><a data-test="journal-link" href="/nm"><i data-test="journal-title">Nature Medicine</i></a>
<b data-test="journal-volume"><span class="u-visually-hidden">volume</span> 32</b>, <span class="u-visually-hidden">pages</span>612–614 (<span
data-test="article-publication-year">2026</span>)<a href="#citeas" class="c-article-info-details__cite-as u-hide-print">Cite this article</a></p>
<div class="c-article-metrics-bar__wrapper u-clear-both"><ul class="c-article-metrics-bar u-list-reset"><li class="c-article-metrics-bar__item">
<p class="c-article-metrics-bar__count">1843 <span class="c-article-metrics-bar__label">Accesses</span></p></li><li class="c-article-metrics-bar__item">
<p class="c-article-metrics-bar__count">27 <span class="c-article-metrics-bar__label">Altmetric</span></p></li><li class="c-article-metrics-bar__item">
<p class="c-article-metrics-bar__details"><a href="/articles/s41591-026-03902-9/metrics">Metrics details</a></p></li></ul></div></header>
<div class="c-article-teaser-text" data-test="standfirst"><p>${nStandfirst}</p></div></div>
<div class="c-article-body"><div class="main-content"><div class="c-article-section__content">${ps(nBody.slice(0, 2))}
<div class="c-article-section__figure js-c-reading-companion-figures-item" data-test="figure" data-container-section="figure" id="figure-1">
<figure><figcaption><b id="Fig1" class="c-article-section__figure-caption" data-test="figure-caption-text">${nCaption}</b></figcaption>
<div class="c-article-section__figure-content"><picture><img aria-describedby="Fig1" src="https://media.springernature.example/fig1.png" alt="figure 1">
</picture></div><p class="c-article-section__figure-credit">Credit: F. Okonjo-Baird</p><div class="u-text-right u-hide-print"><a class="c-article__pill-button"
href="#">Full size image</a></div></figure></div>
${ps(nBody.slice(2))}</div></div>
<section data-title="References"><div class="c-article-section" id="Bib1-section"><h2 class="c-article-section__title" id="Bib1">References</h2>
<ol class="c-article-references">${nRefs.map((r) => `<li class="c-article-references__item"><p class="c-article-references__text">${r}</p></li>`).join('\n')}
</ol></div></section><section data-title="Author information"><div class="c-article-section"><h2 class="c-article-section__title">Author information</h2>
<h3 class="c-article__sub-heading">Authors and Affiliations</h3><p class="c-article-author-affiliation__address">Department of Emergency Medicine, Harrowgate
University Hospital, Leeds, UK</p><h3 class="c-article__sub-heading" id="corresponding-author">Corresponding author</h3><p>Correspondence to
<a href="#">Felicity Okonjo-Baird</a>.</p></div></section>
<section data-title="Ethics declarations"><div class="c-article-section"><h2 class="c-article-section__title">Ethics declarations</h2>
<h3 class="c-article__sub-heading">Competing interests</h3><p>The author declares no competing interests.</p></div></section>
<section data-title="Rights and permissions"><div class="c-article-section"><h2 class="c-article-section__title">Rights and permissions</h2>
<p class="c-article-rights"><a href="#">Reprints and permissions</a></p></div></section>
<section data-title="About this article"><div class="c-article-section"><h2 class="c-article-section__title">About this article</h2>
<p class="c-bibliographic-information__citation">Cite this article: Okonjo-Baird, F. Timing matters. Nat Med 32, 612–614 (2026).</p>
<h3 class="c-article__sub-heading">Subjects</h3><ul class="c-article-subject-list">${links(nSubjects, 'c-article-subject-list__subject')}</ul></div></section>
</div></article></main>
<aside class="c-article-extras u-hide-print" aria-label="Article navigation"><div class="c-reading-companion"><h2>Access options</h2>
<p>Access Nature and 54 other
Nature Portfolio journals</p><a class="c-article__button" href="#">Subscribe to this journal</a></div></aside></div>
<div class="c-nature-box c-nature-box--side"><p class="c-nature-box__text">Sign up for the <strong>Nature Briefing: Translational Research</strong>
newsletter — top stories in biotechnology, drug discovery and pharma.</p><a class="c-nature-box__button" href="#">Sign up</a></div>
<footer class="composite-layer" itemscope itemtype="http://schema.org/Periodical"><ul class="c-footer__links">${links(nFoot, 'c-footer__item')}</ul>
<p class="c-footer__legal">© 2026 Springer Nature Limited</p></footer></body></html>`;
const natureNv: TestPage = {
  name: 'heldout350-nature-medicine-news-and-views',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nStandfirst, ...nBody]),
  bylines: ['Published:', '09 March 2026', 'Felicity Okonjo-Baird'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content',
    j(
      'Thank you for visiting nature.com. You are using a browser version with limited support for CSS.',
      'To obtain the best experience, we recommend you use a more up to date browser.',
    ),
    'View all journals', 'Search', 'Log in', ...nMenu, 'Sign up for alerts', 'RSS feed', ...nCrumbs, 'News & Views', 'Cite this article', 'Accesses',
    'Altmetric', 'Metrics details', nCaption, 'Credit: F. Okonjo-Baird', 'Full size image', 'References', ...nRefs, 'Author information',
    'Authors and Affiliations', 'Correspondence to', 'Nature Medicine', 'Department of Emergency Medicine, Harrowgate University Hospital, Leeds, UK',
    'Corresponding author', 'Ethics declarations',
    'Competing interests', 'The author declares no competing interests.', 'Rights and permissions', 'Reprints and permissions', 'About this article',
    'Cite this article: Okonjo-Baird, F. Timing matters. Nat Med 32, 612–614 (2026).', 'Subjects', ...nSubjects, 'Access options',
    'Access Nature and 54 other Nature Portfolio journals', 'Subscribe to this journal',
    'Sign up for the Nature Briefing: Translational Research newsletter — top stories in biotechnology, drug discovery and pharma.', ...nFoot,
    '© 2026 Springer Nature Limited',
  ],
};

export const HELDOUT350_E: readonly TestPage[] = [gtr, natureNv];
