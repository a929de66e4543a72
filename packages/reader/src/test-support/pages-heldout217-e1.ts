import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file e1: a U.S. Attorney's Office press release on the Justice Department's Drupal/USWDS site (the
 * "An official website of the United States government" banner with its "Here's how you know" panel, skip link, the
 * office header and nav, breadcrumb, "Press Release" label, h1 and subtitle, "For Immediate Release" and the office
 * line, the boilerplate "presumed innocent" paragraph at the end of the text, the "Updated" date, the Topic / Component /
 * Press Release Number fields, the office contact block, the "Related Content" rail and the footer).
 */
const title = 'Owner of Medical Billing Company Sentenced to 87 Months for Defrauding Medicaid';
const sub = 'Defendant billed for more than 41,000 therapy sessions that never took place';
const p1 = [
  'LANCASTER CITY – The owner of a Brookvale medical billing company was sentenced today to 87 months in federal prison for ' +
    'defrauding the state Medicaid program of more than $6.2 million, U.S. Attorney Rosalind T. Achebe announced.',
  'Gerald M. Vantongeren, 58, of Brookvale, was also ordered to pay $6,214,380 in restitution and to forfeit a lake house and two ' +
    'vehicles bought with proceeds of the fraud. He pleaded guilty in October 2024 to one count of health care fraud and one count ' +
    'of aggravated identity theft.',
  'According to court documents and statements made in court, Vantongeren owned and ran Summit Claims Solutions LLC, which ' +
    'submitted claims on behalf of three behavioral therapy clinics. Between 2019 and 2023 he used the Medicaid identification ' +
    'numbers of children who had previously been treated at the clinics to bill for more than 41,000 sessions that never took place. ' +
    'He then diverted the payments to accounts he controlled, telling the clinics’ owners that the state was behind on payments.',
  'The scheme came to light when a parent received an explanation of benefits for therapy sessions her son had stopped attending ' +
    'two years earlier, and called the state’s fraud hotline.',
  '“This defendant stole money meant for some of the most vulnerable children in our district and used their identities to do ' +
    'it,” said U.S. Attorney Achebe. “Today’s sentence should make clear that we will hold accountable those who treat public health ' +
    'programs as their personal bank account.”',
  '“Medicaid fraud takes resources away from families who depend on the program,” said Special Agent in Charge Marcus Delahunt of ' +
    'the Department of Health and Human Services Office of Inspector General. “We will continue to work with our partners to find ' +
    'and stop these schemes.”',
  'The case was investigated by HHS-OIG and the State Attorney General’s Medicaid Fraud Control Unit. Assistant U.S. Attorneys ' +
    'Celia Ramos-Whitfield and Owen Greer prosecuted the case.',
  'Anyone with information about suspected health care fraud is encouraged to call the HHS-OIG hotline at 1-800-HHS-TIPS.',
];
const banner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const office = 'U.S. Attorney’s Office, Eastern District of Calloway';
const nav = ['About', 'News', 'Divisions', 'Programs', 'Victim Assistance', 'Employment', 'Contact Us'];
const crumbs = ['U.S. Attorneys', 'Eastern District of Calloway', 'Press Releases'];
const fields = [
  ['Updated', 'March 7, 2025'],
  ['Topics', 'Health Care Fraud'],
  ['Component', 'USAO - Calloway, Eastern'],
  ['Press Release Number', '25-043'],
] as const;
const contact = ['Contact', 'Public Affairs Office', '(555) 410-2200'];
const related = [
  'Pharmacy Owner Charged in $3 Million Prescription Billing Scheme',
  'Two Men Sentenced for Stealing Unemployment Benefits During Pandemic',
  'Home Health Agency Agrees to Pay $1.1 Million to Resolve False Claims Act Allegations',
];
const relatedDates = ['February 26, 2025', 'February 19, 2025', 'February 4, 2025'];
const foot = ['Accessibility', 'FOIA', 'Privacy Policy', 'Legal Policies & Disclaimers', 'Information Quality', 'Budget & Performance', 'Vote.gov', 'USA.gov'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Eastern District of Calloway | ${title} | United States Department of Justice</title>
<meta name="description" content="${sub}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.justice.example/usao-edcl/pr/owner-medical-billing-company-sentenced-87-months-defrauding-medicaid">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="dcterms.date" content="2025-03-07T12:00:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-07",
"publisher":{"@type":"GovernmentOrganization","name":"United States Department of Justice"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_uswds.css">
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=DOJ" id="_fed_an_ua_tag"></script></head>
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto">
<img class="usa-banner__header-flag" src="/themes/custom/usdoj_uswds/images/us_flag_small.png" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${banner[0]}</p>
<p class="usa-banner__header-action">${banner[1]}</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">${banner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${banner[2]}</strong><br>${banner[3]}</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>${banner[4]}</strong><br>${banner[5]}</p></div></div>
</div></div></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo">
<a href="/" title="Home" rel="home"><img src="/themes/custom/usdoj_uswds/images/doj-seal.svg" alt="Department of Justice Seal"></a>
<a class="usa-logo__text" href="/usao-edcl">${office}</a></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(nav, 'usa-nav__primary-item')}</ul>
<section class="usa-search usa-search--small" aria-label="Search component"><form class="usa-search__form" role="search" action="/search">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="keys">
<button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></section></nav></header>
<main class="main-content usa-layout-docs" role="main" id="main-content"><div class="grid-container">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">${links(crumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap-lg"><div class="desktop:grid-col-9">
<article class="node node--type-press-release node--view-mode-full"><div class="node-press-release__header">
<div class="press-release-date"><span class="field-label">Press Release</span></div>
<h1 class="page-title"><span class="field-formatter--string">${title}</span></h1>
<h2 class="node-subtitle"><div class="field-formatter--string">${sub}</div></h2>
<div class="node-press-release__metadata"><div class="text-uppercase">For Immediate Release</div>
<div class="node-press-release__office">${office}</div></div></div>
<div class="field_body"><div class="field-formatter--text-default field-formatter--text-long">
${p1.map((t) => `<p>${t}</p>`).join('\n')}
</div></div>
<div class="node-updated-date">Updated <time datetime="2025-03-07T12:00:00Z">March 7, 2025</time></div>
${fields
  .slice(1)
  .map(([k, v]) => `<div class="field"><div class="field__label">${k}</div><div class="field__item">${v}</div></div>`)
  .join('\n')}
<div class="node-press-release__contact"><h2 class="field__label">${contact[0]}</h2><p>${contact[1]}<br>${contact[2]}</p></div>
</article></div>
<aside class="desktop:grid-col-3"><div class="related-content"><h2>Related Content</h2><ul>
${related.map((t, i) => `<li><span class="label">Press Release</span><a href="/usao-edcl/pr/${i}">${t}</a><time>${relatedDates[i]}</time></li>`).join('\n')}
</ul></div></aside></div></div></main>
<footer class="usa-footer usa-footer--big"><div class="usa-footer__primary-section"><ul>${links(foot, 'usa-footer__secondary-link')}</ul></div>
<div class="usa-footer__secondary-section"><p>${office}</p><p>2200 Courthouse Plaza, Lancaster City, CL 60401</p></div></footer></body></html>`;

export const prosecutorRelease: TestPage = {
  html,
  name: 'heldout217-usao-press-release',
  kind: 'news',
  // the subtitle is body (a dek); "For Immediate Release", the office line, "Updated" and its date are bylines; the
  // topic, component and number fields and the contact block are furniture
  title,
  headings: [],
  body: texts([sub, ...p1]),
  bylines: ['For Immediate Release', 'Updated March 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...banner.slice(0, 2), office, 'Menu', ...nav.filter((t) => t !== 'Contact Us'), 'Contact Us', ...crumbs, 'Press Release',
    ...fields.slice(1).flat(), ...contact, 'Related Content', ...related, ...relatedDates, ...foot, '2200 Courthouse Plaza, Lancaster City, CL 60401',
  ],
};
