import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file d2: a NORD rare disease report on rarediseases.org (WordPress; the utility bar, the header with
 * the mega menu and "Donate", the breadcrumb, the report title with "Last updated" and "Years published", the
 * acknowledgment line, the sticky report nav, the h2 sections with the synonyms list (body), the References list, the
 * "Programs & Resources" cards and the "Complete Report" download box, the disclaimer, the "Patient Organizations" rail,
 * the newsletter form, the footer and the cookie notice). The report nav entries that repeat an h2 are left out.
 */
const nrTitle = 'Vantreight Syndrome';
const nrH = ['Disease Overview', 'Synonyms', 'Signs & Symptoms', 'Causes', 'Affected Populations', 'Diagnosis', 'Standard Therapies', 'Treatment'];
const nrOverview = [
  'Vantreight syndrome is a rare inherited disorder of connective tissue that mainly affects the joints, skin and blood ' +
    'vessels. Affected individuals typically have very flexible joints that dislocate easily, soft skin that bruises ' +
    'readily, and in some cases fragile arteries. Symptoms vary widely, even among members of the same family.',
];
const nrSyn = ['VTS', 'Vantreight-Holm syndrome', 'Hypermobility-arterial fragility syndrome'];
const nrSigns = [
  'Joint hypermobility is usually noticed in early childhood. Repeated dislocation of the shoulders, kneecaps and fingers ' +
    'is common, and many people develop chronic joint pain by early adulthood.',
  'The skin is soft, thin and slightly translucent, so that veins on the chest and abdomen are easy to see. Wounds heal ' +
    'slowly and may leave wide scars. About one in five affected people develops a weakening of a medium-sized artery, ' +
    'which can lead to a tear (dissection) or a bulge (aneurysm).',
];
const nrCauses = [
  'Vantreight syndrome is caused by variants in the COL9VT gene, which provides instructions for making a type of collagen ' +
    'that strengthens skin, joint capsules and vessel walls. The disorder is inherited in an autosomal dominant pattern, ' +
    'meaning one altered copy of the gene is enough to cause the condition.',
];
const nrPop = [
  'Vantreight syndrome affects males and females in equal numbers. Fewer than 300 people have been diagnosed, but the ' +
    'disorder is probably underdiagnosed because mild cases resemble more common hypermobility conditions.',
];
const nrDiag = [
  'A diagnosis is based on a detailed clinical evaluation, family history and molecular genetic testing for COL9VT variants. ' +
    'Imaging of the arteries, such as magnetic resonance angiography, is recommended at diagnosis.',
];
const nrTreat = [
  'Treatment is directed toward the specific symptoms in each individual and is best coordinated by a team that may ' +
    'include geneticists, rheumatologists, physical therapists and vascular specialists. Physical therapy to strengthen ' +
    'the muscles around unstable joints is the mainstay of care. Blood pressure should be kept in the normal range, and ' +
    'contact sports are generally discouraged. Genetic counseling is recommended for affected individuals and their families.',
];
const nrTop = ['Find a Patient Organization', 'Rare Disease Day', 'Shop', 'Login'];
const nrNav = ['About', 'Rare Disease Information', 'Patients & Families', 'Advocacy', 'For Clinicians & Researchers', 'Get Involved'];
const nrCrumbs = ['Home', 'Rare Disease Database'];
const nrReportNav = ['Overview', 'Symptoms', 'Clinical Trials and Studies', 'References', 'Programs & Resources', 'Complete Report'];
const nrAck =
  'NORD gratefully acknowledges Harriet Okonjo, MD, Professor of Medical Genetics, Westmarch University School of Medicine, ' +
  'for assistance in the preparation of this report.';
const nrRefs = [
  'Holm E, Vantreight A. A dominant hypermobility disorder with arterial fragility. Am J Med Genet A. 2005;134(2):120-6.',
  'Baptiste L, Maguire S, Teo J. COL9VT variants in 58 families: genotype and vascular outcome. Genet Med. 2021;23(9):1702-10.',
];
const nrPrograms = ['RareCare® Assistance Programs', 'Rare Disease Centers of Excellence', 'Educational Resources'];
const nrComplete = ['Download or order the full report', 'Download PDF'];
const nrDisclaimer =
  'The information provided on this page is for informational purposes only. NORD does not endorse the information presented. ' +
  'Contact a health care professional with questions about your diagnosis or treatment.';
const nrOrgs = ['Patient Organizations', 'Vantreight Syndrome Family Network', 'Connective Tissue Alliance', 'See all organizations'];
const nrNews = ['Stay Informed', 'Sign up to receive NORD’s newsletter and updates on rare disease news.', 'Email Address', 'Subscribe'];
const nrFoot = ['Contact Us', 'Careers', 'Financials', 'Privacy Policy', 'Terms of Use', 'Media Center'];
const nrCopy = '© 2025 National Organization for Rare Disorders (NORD). All rights reserved. NORD is a registered 501(c)(3) charity organization.';
const nrCookie = ['We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.', 'Accept', 'Learn More'];
const nrSec = (id: string, h: string, inner: string): string => `<section id="${id}" class="report-section"><h2 class="report-section__title">${h}</h2>
<div class="report-section__content">${inner}</div></section>`;
const nrPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const nrHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vantreight Syndrome - Symptoms, Causes, Treatment | NORD</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Vantreight syndrome is a rare inherited disorder of connective tissue.">
<link rel="canonical" href="https://rarediseases.org/rare-diseases/vantreight-syndrome/"><meta property="og:site_name"
content="National Organization for Rare Disorders">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Vantreight Syndrome",
"dateModified":"2024-04-12T15:20:11+00:00"},{"@type":"Organization","name":"NORD"}]}</script>
<link rel="stylesheet" id="nord-theme-css" href="https://rarediseases.org/wp-content/themes/nord/dist/css/main.css?ver=3.4.1" media="all">
<script src="https://rarediseases.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="rare-diseases-template-default single single-rare-diseases postid-7731"><a class="skip-link screen-reader-text"
href="#content">Skip to content</a>
<div class="utility-bar"><ul>${links(nrTop, 'utility-bar__item')}</ul></div>
<header class="site-header"><a class="site-logo" href="/"><img src="https://rarediseases.org/wp-content/themes/nord/dist/img/logo.svg" alt="NORD"></a>
<nav class="main-navigation" aria-label="Main"><ul id="menu-main" class="menu">${links(nrNav, 'menu-item')}</ul></nav>
<a class="btn btn--donate" href="/donate/">Donate</a><button class="search-toggle" aria-label="Open search">Search</button></header>
<main id="content" class="site-main"><nav class="breadcrumbs" aria-label="Breadcrumb">${links(nrCrumbs)}</nav>
<article id="post-7731" class="rare-disease-report"><header class="report-header"><h1 class="report-title">${nrTitle}</h1>
<p class="report-meta">Last updated: April 12, 2024</p>
<p class="report-meta">Years published: 1996, 2008, 2024</p></header>
<div class="report-ack"><h2 class="screen-reader-text">Acknowledgment</h2><p>${nrAck}</p></div>
<div class="report-layout"><nav class="report-nav" aria-label="Report sections">
<ul>${links([
  ...nrReportNav.slice(0, 2),
  'Causes',
  'Affected Populations',
  'Diagnosis',
  'Standard Therapies',
  ...nrReportNav.slice(2),
])}</ul></nav><div class="report-body">
${nrSec('overview', nrH[0] ?? '', nrPs(nrOverview))}
${nrSec('synonyms', nrH[1] ?? '', `<ul>${nrSyn.map((s) => `<li>${s}</li>`).join('')}</ul>`)}
${nrSec('symptoms', nrH[2] ?? '', nrPs(nrSigns))}
${nrSec('causes', nrH[3] ?? '', nrPs(nrCauses))}
${nrSec('affected-populations', nrH[4] ?? '', nrPs(nrPop))}
${nrSec('diagnosis', nrH[5] ?? '', nrPs(nrDiag))}
${nrSec('standard-therapies', nrH[6] ?? '', `<h3>${nrH[7]}</h3>${nrPs(nrTreat)}`)}
<section id="references" class="report-section report-section--refs"><h2 class="report-section__title">References</h2><ul>${nrRefs
  .map((r) => `<li>${r}</li>`)
  .join('\n')}</ul></section>
<section id="programs" class="report-section report-programs"><h2>Programs &amp; Resources</h2><div class="cards">${nrPrograms
  .map((p) => `<a class="card" href="/${p.toLowerCase().replace(/[^a-z]+/g, '-')}/"><h3 class="card__title">${p}</h3></a>`)
  .join('\n')}</div></section>
<section id="complete-report" class="report-section report-complete"><h2>Complete Report</h2><p>${nrComplete[0]}</p>
<a class="btn" href="/wp-content/uploads/reports/vantreight-syndrome.pdf">${nrComplete[1]}</a></section>
<div class="report-disclaimer"><p><em>${nrDisclaimer}</em></p></div></div>
<aside class="report-aside"><div class="patient-orgs"><h2>${nrOrgs[0]}</h2><ul>${links(nrOrgs.slice(1))}</ul></div></aside></div></article>
<section class="newsletter-signup"><h2>${nrNews[0]}</h2><p>${nrNews[1]}</p><form class="gform"><label for="input_1_1">${nrNews[2]}</label>
<input id="input_1_1" type="email"><button type="submit">${nrNews[3]}</button></form></section></main>
<footer class="site-footer"><ul class="footer-menu">${links(nrFoot)}</ul><p class="copyright">${nrCopy}</p></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><span id="cn-notice-text">${nrCookie[0]}</span><a href="#"
id="cn-accept-cookie">${nrCookie[1]}</a>
<a href="/privacy-policy/" id="cn-more-info">${nrCookie[2]}</a></div>
<script src="https://rarediseases.org/wp-content/themes/nord/dist/js/main.js?ver=3.4.1" id="nord-main-js"></script></body></html>`;
export const nordReport: TestPage = {
  html: nrHtml,
  name: 'heldout181-nord-rare-disease-report',
  kind: 'wiki',
  // "Last updated", "Years published" and the acknowledgment are bylines; the synonyms list is body; References, Programs &
  // Resources, Complete Report (their h2s), the hidden "Acknowledgment" h2, the disclaimer and the rails are furniture
  title: nrTitle,
  headings: nrH,
  body: texts([...nrOverview, ...nrSyn, ...nrSigns, ...nrCauses, ...nrPop, ...nrDiag, ...nrTreat]),
  bylines: ['Last updated: April 12, 2024', 'Years published: 1996, 2008, 2024', nrAck],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nrTop, ...nrNav, 'Donate', 'Search', ...nrCrumbs, 'Acknowledgment', ...nrReportNav, ...nrRefs, ...nrPrograms,
    ...nrComplete, nrDisclaimer, ...nrOrgs, ...nrNews, ...nrFoot, nrCopy, ...nrCookie,
  ],
};
