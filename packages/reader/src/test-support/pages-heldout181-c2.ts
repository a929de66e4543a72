import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file c2: an Orphanet disease page (the header with the Orphanet tagline, the language menu, the main
 * menu and the disease search box with its search-by options, the breadcrumb, the disease name with the ORPHAcode and the
 * classification data block, the summary with its h3 sections, "Last update" and the expert reviewers, the "Detailed
 * information" documents, the "Additional information" tabs, the funding notice, the footer and the cookie banner).
 * The data block (ORPHAcode, synonyms, prevalence, inheritance, onset, codes) is in neither list.
 */
const orTitle = 'Brennholt-Marsh syndrome';
const orH = [
  'Disease definition',
  'Epidemiology',
  'Clinical description',
  'Etiology',
  'Diagnostic methods',
  'Differential diagnosis',
  'Genetic counseling',
  'Management and treatment',
  'Prognosis',
];
const orTexts = [
  'Brennholt-Marsh syndrome is a rare genetic multisystem disorder characterized by congenital cataracts, progressive ' +
    'sensorineural hearing loss, short stature and mild to moderate intellectual disability.',
  'Fewer than 60 cases have been reported worldwide, most of them from a small number of families in northern Europe and ' +
    'eastern Canada. Prevalence is therefore unknown.',
  'Bilateral cataracts are present at birth or appear in the first months of life. Hearing loss usually becomes apparent ' +
    'in early childhood and progresses slowly through adolescence. Affected children are small for their age, and most ' +
    'have delayed speech and motor development. Some patients have mild facial features including a broad forehead, ' +
    'deep-set eyes and a short philtrum. Seizures occur in about a quarter of patients.',
  'The syndrome is caused by biallelic pathogenic variants in the BMSX1 gene, which encodes a protein involved in the ' +
    'transport of membrane lipids in the lens and the inner ear.',
  'Diagnosis is suspected on clinical grounds in a child with congenital cataracts and hearing loss, and confirmed by ' +
    'molecular genetic testing, usually as part of a gene panel or exome sequencing.',
  'Differential diagnosis includes other syndromic forms of congenital cataract, congenital rubella syndrome and ' +
    'mitochondrial disorders with hearing loss. Usher syndrome may be considered when retinal changes are present.',
  'Transmission is autosomal recessive. Genetic counseling should be offered to affected families, informing them of a 25% ' +
    'risk of recurrence in each pregnancy. Prenatal diagnosis is possible when both variants in the family are known.',
  'Management is multidisciplinary and symptomatic. Early cataract surgery is needed to prevent amblyopia, and hearing aids ' +
    'or cochlear implants are fitted as hearing declines. Speech therapy, educational support and antiseizure medication ' +
    'are provided as required. Regular ophthalmological and audiological follow-up is recommended throughout life.',
  'Life expectancy appears to be normal. Quality of life depends mainly on the degree of visual and hearing impairment and ' +
    'on the level of intellectual disability.',
];
const orData = [
  'ORPHA:521774',
  'Synonym(s): BMS, Cataract-deafness-short stature syndrome',
  'Prevalence: <1 / 1 000 000',
  'Inheritance: Autosomal recessive',
  'Age of onset: Infancy, Neonatal',
  'ICD-10: Q87.8',
  'OMIM: 618944',
  'GARD: 20931',
];
const orLang = ['English', 'Français', 'Deutsch', 'Español', 'Italiano', 'Nederlands', 'Português', 'Polski'];
const orNav = ['Rare diseases', 'Orphan drugs', 'Expert centres', 'Patient organisations', 'Research projects', 'Clinical trials'];
const orSearch = ['Search for a rare disease', 'Disease name', 'ORPHAcode', 'Gene name or symbol', 'ICD-10', 'OMIM', 'Search'];
const orCrumbs = ['Home', 'Rare diseases', 'Search'];
const orDocs = ['Detailed information', 'Article for general public', 'Clinical practice guidelines', 'Review article'];
const orTabs = [
  'Additional information',
  'Classification(s)',
  'Gene(s)',
  'Clinical signs and symptoms',
  'Epidemiological data',
  'Natural history',
  'Expert centres',
  'Patient organisations',
  'Orphan designation(s) and orphan drug(s)',
  'Research activities',
];
const orNotice =
  'The summary is not intended to replace the advice of a health professional. The documents contained in the web site are presented for ' +
  'information purposes only.';
const orFunding = 'Orphanet is funded by the European Commission and INSERM. Co-funded by the European Union.';
const orFoot = ['About Orphanet', 'Contact us', 'Legal notice', 'Privacy policy', 'Cookie policy', 'Accessibility', 'Newsletter'];
const orCookie = ['This website uses cookies to ensure you get the best experience on our website.', 'Accept all', 'Refuse', 'Settings'];
const orHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orphanet: Brennholt-Marsh syndrome</title><meta name="description" content="Brennholt-Marsh syndrome is a rare genetic multisystem disorder.">
<meta name="keywords" content="Brennholt-Marsh syndrome, rare disease, ORPHA:521774"><link rel="canonical"
href="https://www.orpha.net/en/disease/detail/521774">
<meta property="og:title" content="Orphanet: Brennholt-Marsh syndrome"><link rel="stylesheet" href="/build/app.4c7d1e9b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalCondition","name":"Brennholt-Marsh syndrome","code":{"@type":"MedicalCode",
"codeValue":"521774","codingSystem":"ORPHA"}}</script><script src="/build/runtime.8a1e2f.js" defer></script></head>
<body class="page-disease"><header class="header"><div class="header__top"><a class="header__logo" href="/en">
<img src="/build/images/logo-orphanet.svg" alt="Orphanet"></a>
<p class="header__tagline">The portal for rare diseases and orphan drugs</p><div class="lang-switch dropdown"><button class="dropdown-toggle">EN</button>
<ul class="dropdown-menu">${links(orLang)}</ul></div></div><nav class="main-nav" aria-label="Main menu"><ul>${links(orNav, 'main-nav__item')}</ul>
</nav></header>
<main class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(orCrumbs, 'breadcrumb-item')}</ol></nav>
<section class="search-box"><h2>${orSearch[0]}</h2><form action="/en/disease/search"><label for="search-type">Search by</label>
<select id="search-type">${orSearch
  .slice(1, 6)
  .map((o) => `<option>${o}</option>`)
  .join('')}</select><input type="search" name="search" aria-label="Search term"><button type="submit">${orSearch[6]}</button></form></section>
<article class="disease"><header class="disease__header"><h1 class="disease__title">${orTitle}</h1></header>
<div class="disease__data"><ul class="definition-list">${orData.map((d) => `<li>${d.replace('<', '&lt;')}</li>`).join('\n')}</ul></div>
<div class="disease__summary"><h2>Summary</h2>
${orH.map((h, i) => `<h3>${h}</h3>\n<p>${orTexts[i]}</p>`).join('\n')}
<div class="disease__meta"><p class="disease__update">Last update: October 2023</p>
<p class="disease__reviewers">Expert reviewer(s): Dr Mireille Castaing, Pr Tobias Eldgren</p></div></div>
<p class="disease__notice"><small>${orNotice}</small></p>
<section class="disease__documents"><h2>${orDocs[0]}</h2><ul>${links(orDocs.slice(1))}</ul></section>
<section class="disease__tabs"><h2>${orTabs[0]}</h2><ul class="nav nav-tabs" role="tablist">${orTabs
  .slice(1)
  .map((t, i) => `<li class="nav-item" role="presentation"><button class="nav-link${i === 0 ? ' active' : ''}" role="tab">${t}</button></li>`)
  .join('\n')}</ul><div class="tab-content"><div class="tab-pane active" role="tabpanel"><p>Rare genetic disease</p><p>Rare eye disease</p>
<p>Rare otorhinolaryngological disease</p></div></div></section></article></main>
<footer class="footer"><p class="footer__funding">${orFunding}</p><ul class="footer__links">${links(orFoot)}</ul>
<p class="footer__copy">© INSERM 1999-2025</p></footer>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>${orCookie[0]}</p><button>${orCookie[1]}</button><button>${orCookie[2]}</button>
<button>${orCookie[3]}</button></div><script src="/build/app.7f3c2d.js" defer></script></body></html>`;
export const orphanetDisease: TestPage = {
  html: orHtml,
  name: 'heldout181-orphanet-disease-page',
  kind: 'wiki',
  // the h3s of the summary are the headings ("Summary" h2 is in neither list); "Last update" and the expert reviewers are
  // bylines; the data block is in neither list; the notice, documents, tabs, classification lines, footer and cookies are furniture
  title: orTitle,
  headings: orH,
  body: texts(orTexts),
  bylines: ['Last update: October 2023', 'Expert reviewer(s): Dr Mireille Castaing, Pr Tobias Eldgren'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The portal for rare diseases and orphan drugs', 'EN', ...orLang, ...orNav, ...orSearch, 'Search by', 'Home', orNotice, ...orDocs,
    ...orTabs.filter((t) => !orNav.includes(t)),
    'Rare genetic disease', 'Rare eye disease', 'Rare otorhinolaryngological disease', orFunding, ...orFoot, '© INSERM 1999-2025', ...orCookie,
  ],
};
