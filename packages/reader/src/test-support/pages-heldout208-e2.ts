import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file e2: a USAJOBS job announcement (usajobs.gov/job/NNN: the .gov banner with its hidden "Here's how
 * you know" panel, the header, the title banner with agency and sub-agency, "Apply", "Save", "Share" and "Print", the
 * overview facts list, the "This job is open to" box, the Duties, Requirements, Benefits and How to Apply sections with
 * their "Help" links and h3 subsections, the agency contact block, the "Fair & Transparent" link list and the footer).
 */
const ujTitle = 'Park Ranger (Interpretation)';
const ujOpen = ['U.S. citizens, nationals or those who owe allegiance to the U.S.'];
const ujH1 = 'Duties';
const ujP1 = [
  'This position is located at Cumberland Bluffs National Recreation Area, about forty miles south of Bowling Green, Kentucky. ' +
    'The Park Ranger will present programmes to visitors on the cave system, river valley and the history of the people who ' +
    'lived here, and will help run the park’s junior ranger and school field trip programmes.',
  'As a Park Ranger (Interpretation) at the GS-07 level, you will:',
];
const ujList1 = [
  'Research, write and present guided cave tours, talks and evening programmes for audiences of up to 120 people.',
  'Staff the visitor centre desk, answer questions, issue permits and sell tickets using the park’s point-of-sale system.',
  'Develop curriculum-based education programmes for grades 3 to 8 in cooperation with regional school districts.',
  'Rove trails and overlooks to provide information, enforce regulations through education, and report hazards.',
  'Provide basic first aid and assist in search and rescue operations when needed.',
];
const ujH2 = 'Requirements';
const ujH3 = 'Conditions of employment';
const ujList2 = [
  'U.S. citizenship is required.',
  'Appointment is subject to a background investigation and a pre-employment drug test.',
  'A valid state driver’s license is required.',
  'Selectee must wear the National Park Service uniform and may be required to work weekends, holidays and evenings.',
];
const ujH4 = 'Qualifications';
const ujP2 = [
  'To qualify at the GS-07 level, you must have at least one year of specialized experience equivalent to the GS-05 grade ' +
    'level in federal service. Specialized experience is experience presenting interpretive or educational programmes about ' +
    'natural or cultural resources to the public, for example as a seasonal park ranger, museum educator or outdoor school teacher.',
  'You may substitute one full year of graduate education in a field such as history, biology, natural resource management or ' +
    'education, or a combination of education and experience, for the experience above.',
];
const ujH5 = 'Benefits';
const ujP3 = [
  'A career with the U.S. government provides employees with a comprehensive benefits package. As a federal employee, you and ' +
    'your family will have access to a range of benefits that are designed to make your federal career very rewarding.',
];
const ujH6 = 'How to Apply';
const ujP4 = [
  'To apply, click Apply and follow the instructions to complete the online questionnaire and upload your résumé and supporting ' +
    'documents. Your complete application must be received by 11:59 pm Eastern Time on the closing date.',
  'Your résumé must show the start and end dates of each job, with month and year, and the number of hours worked per week. ' +
    'Applications that do not include this information will be rated ineligible.',
];
const ujH7 = 'Next steps';
const ujP5 = [
  'Once your application is received, you will get an acknowledgement email. You can check the status of your application in ' +
    'your USAJOBS account. The best qualified candidates will be referred to the hiring official and may be contacted for an interview.',
];
const ujBanner = ['An official website of the United States government', 'Here’s how you know'];
const ujBannerHidden = [
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const ujNav = ['Search jobs', 'Help', 'Sign in'];
const ujAgency = ['Department of the Interior', 'National Park Service'];
const ujActions = ['Apply', 'Save', 'Share', 'Print'];
const ujOverview: [string, string][] = [
  ['Open & closing dates', '11/03/2025 to 11/17/2025'],
  ['Salary', '$49,960 - $64,950 per year'],
  ['Pay scale & grade', 'GS 7'],
  ['Location', '1 vacancy in the following location: Brownsville, KY'],
  ['Remote job', 'No'],
  ['Telework eligible', 'No'],
  ['Travel Required', 'Occasional travel'],
  ['Appointment type', 'Permanent'],
  ['Work schedule', 'Full-time'],
  ['Service', 'Competitive'],
  ['Job family (Series)', '0025 Park Ranger'],
  ['Announcement number', 'NPS-CUBL-26-0142-DEU'],
  ['Control number', '848213700'],
];
const ujFair = [
  'Fair & Transparent',
  'The Federal hiring process is set up to be fair and transparent. Please read the following guidance.',
  'Criminal history inquiries',
  'Equal Employment Opportunity (EEO) Policy',
  'Financial suitability',
  'Privacy Act',
  'Reasonable accommodation policy',
  'Selective Service',
  'Signature and false statements',
];
const ujContact = ['Agency contact information', 'Tamsin Okafor', 'Phone', '270-555-0193', 'Email', 'tamsin_okafor@nps.example'];
const ujFoot = ['Help Center', 'FAQ', 'Contact us', 'Accessibility', 'Privacy Policy', 'Terms of Use', 'USA.gov'];
const ujFootNote = 'USAJOBS is a program of the U.S. Office of Personnel Management.';
const ujSec = (h: string, inner: string): string => `<div class="usajobs-joa-section"><div class="usajobs-joa-section__header"><h2
class="usajobs-joa-section__title">${h}</h2><a class="usajobs-joa-section__help" href="/help/job-announcement/">Help</a></div>${inner}</div>`;
const ujPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ujUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const ujHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>USAJOBS - Job Announcement</title><meta name="description" content="Park Ranger (Interpretation), National Park Service, Brownsville, KY.">
<meta property="og:title" content="Park Ranger (Interpretation)"><link rel="canonical" href="https://www.usajobs.gov/job/848213700">
<link rel="stylesheet" href="https://www.usajobs.example/Content/styles/uswds.min.css"><link rel="stylesheet" href="/Content/styles/joa.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${ujTitle}","datePosted":"2025-11-03","validThrough":
"2025-11-17","hiringOrganization":{"@type":"Organization","name":"National Park Service"},"baseSalary":{"@type":"MonetaryAmount","currency":"USD"}}</script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=OPM"></script></head>
<body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government">
<div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><p class="usa-banner__header-text">${ujBanner[0]}</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">${ujBanner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="usa-banner__guidance">
<p><strong>${ujBannerHidden[0]}</strong><br>${ujBannerHidden[1]}</p></div><div class="usa-banner__guidance"><p><strong>${ujBannerHidden[2]}</strong><br>
${ujBannerHidden[3]}</p></div></div></div></section>
<header class="usajobs-nav" role="banner"><a href="/" class="usajobs-nav__logo"><img src="/Content/images/usajobs-logo.svg" alt="USAJOBS"></a>
<nav class="usajobs-nav__menu" aria-label="Primary"><ul>${links(ujNav, 'usajobs-nav__menu-item')}</ul></nav></header>
<main id="main-content" class="usajobs-joa"><div class="usajobs-joa-banner"><h1 class="usajobs-joa-banner__title">${ujTitle}</h1>
<div class="usajobs-joa-banner__hiring-organization"><a href="/search/results/?a=IN">${ujAgency[0]}</a>
<span class="usajobs-joa-banner__dept">${ujAgency[1]}</span></div>
<div class="usajobs-joa-actions"><a class="usa-button usajobs-joa-actions__apply" href="/applicationprocess/announcement/848213700">${ujActions[0]}</a>
<button class="usajobs-joa-actions__save" type="button">${ujActions[1]}</button>
<button class="usajobs-joa-actions__share" type="button">${ujActions[2]}</button>
<button class="usajobs-joa-actions__print" type="button" onclick="window.print()">${ujActions[3]}</button></div></div>
<div class="usajobs-joa-summary"><h2 class="usajobs-joa-summary__title">Overview</h2><dl class="usajobs-joa-summary__list">${ujOverview
  .map(([k, v]) => `<div class="usajobs-joa-summary__item"><dt>${k.replace(/&/g, '&amp;')}</dt><dd>${v}</dd></div>`)
  .join('\n')}</dl></div>
<div class="usajobs-joa-intro"><h2 class="usajobs-joa-intro__title">This job is open to</h2><div class="usajobs-joa-intro-hiring-paths">
<p class="usajobs-joa-intro-hiring-paths__title">The public</p>${ujPs(ujOpen)}</div></div>
${ujSec(ujH1, `<h3>Summary</h3>${ujPs(ujP1)}\n${ujUl(ujList1)}`)}
${ujSec(ujH2, `<h3>${ujH3}</h3>${ujUl(ujList2)}<h3>${ujH4}</h3>${ujPs(ujP2)}`)}
${ujSec(ujH5, `${ujPs(ujP3)}<a href="/help/working-in-government/benefits/">Learn more about federal benefits.</a>`)}
${ujSec(
  ujH6,
  `${ujPs(ujP4)}<div class="usajobs-joa-contact"><h3>${ujContact[0]}</h3><p>${ujContact[1]}</p><dl><dt>${ujContact[2]}</dt><dd>${ujContact[3]}</dd>
<dt>${ujContact[4]}</dt><dd><a href="mailto:x">${ujContact[5]}</a></dd></dl></div><h3>${ujH7}</h3>${ujPs(ujP5)}`,
)}
<div class="usajobs-joa-fair"><h2>${(ujFair[0] ?? '').replace('&', '&amp;')}</h2><p>${ujFair[1]}</p><ul>${links(ujFair.slice(2))}</ul></div>
<p class="usajobs-joa-back"><a href="/search/results/">Back to search results</a></p></main>
<footer class="usajobs-footer"><ul class="usajobs-footer__links">${links(ujFoot)}</ul><p>${ujFootNote}</p></footer>
<script src="/Scripts/joa.bundle.js?v=20251030"></script></body></html>`;
export const usajobsAnnouncement: TestPage = {
  html: ujHtml,
  name: 'heldout208-usajobs-job-announcement',
  kind: 'docs',
  // the announcement's h2 and h3 sections are headings (the generic "Summary" h3 and the agency contact h3 included in
  // order); the overview facts list and the agency contact block are in neither list, except the open and closing dates, a
  // byline; "The public" label is in neither list; the .gov banner and its hidden panel, nav, agency lines, action
  // buttons, "Help" links, "Learn more" link, "Fair & Transparent" list and footer are furniture
  title: ujTitle,
  headings: ['This job is open to', ujH1, 'Summary', ujH2, ujH3, ujH4, ujH5, ujH6, 'Agency contact information', ujH7],
  body: texts([...ujOpen, ...ujP1, ...ujList1, ...ujList2, ...ujP2, ...ujP3, ...ujP4, ...ujP5]),
  bylines: ['11/03/2025 to 11/17/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ujBanner, ...ujBannerHidden, 'Search jobs', 'Sign in', ...ujAgency, ...ujActions, 'Overview', 'Help',
    'Learn more about federal benefits.', ...ujFair, 'Back to search results', ...ujFoot, ujFootNote,
  ],
};
