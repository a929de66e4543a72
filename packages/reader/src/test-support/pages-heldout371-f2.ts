import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file f2: a state judicial branch's court records access guide on the U.S. Web Design System (the
 * "official website" banner, header with the extended nav, breadcrumb, side navigation, the "On this page" in-page nav,
 * a process list, a fee table, an alert box, the "Last updated" line, the feedback prompt, the footer and the identifier).
 */
const cTitle = 'How to get copies of court records';
const cIntro = [
  j(
    'Most records filed in the state’s trial courts are open to the public. You can look at case files, get copies of',
    'documents and ask for certified copies for use in another court or agency. This guide explains how.',
  ),
];
const cOpen = [
  'Some records are confidential by law and cannot be seen by the public. These include:',
  'juvenile delinquency and dependency cases',
  'adoption and mental health commitment files',
  'sealed records and records the judge has ordered confidential',
  'Social Security numbers, financial account numbers and the names of minor victims, which are redacted from public copies',
];
const cSteps: [string, string][] = [
  ['Find the case number.', 'Search the statewide case index by name or business name. Write down the case number and the court location.'],
  ['Choose how to ask.', 'You can ask at the clerk’s counter, by mail, or through the online records request form for the county.'],
  ['Pay the fees.', 'Pay the copy fee when you ask. If you cannot afford the fees, ask the clerk for a fee waiver form.'],
  ['Get your copies.', 'Copies made at the counter are usually ready the same day. Mail and online requests take up to 10 business days.'],
];
const cFees: [string, string][] = [
  ['Plain copy', '$0.50 per page'],
  ['Certified copy', '$25.00 per document, plus $0.50 per page'],
  ['Search by clerk for a case without a case number', '$15.00 per name searched'],
  ['Audio recording of a hearing', '$10.00 per hearing'],
];
const cOld = [
  j(
    'Case files from before 1995 may be stored at the State Archives rather than at the courthouse. The clerk can tell you',
    'where a file is kept. Archived files can take three to four weeks to retrieve.',
  ),
  j(
    'Judges’ personal notes, draft opinions and court staff emails are not court records and are not available through this',
    'process. Administrative records of the judicial branch, such as budgets and contracts, can be requested under the',
    'judicial branch public access rule.',
  ),
];
const cNav = ['Self-help', 'Courts', 'Forms', 'Case search', 'News', 'About'];
const cCrumbs = ['Home', 'Self-help', 'Court records'];
const cSide = ['Court records', 'Search for a case', 'Records request form', 'Sealing a record', 'Public access rule'];
const cOnPage = ['Which records are public', 'Steps to get copies', 'Fees', 'Older and archived records'];
const cFoot = ['Contact the courts', 'Accessibility', 'Language access', 'Privacy', 'Careers'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} | Idaway Judicial Branch</title><meta name="description" content="Steps and fees for getting plain and certified copies of court records.">
<meta property="og:title" content="${cTitle}"><meta property="og:site_name" content="Idaway Judicial Branch">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${cTitle}",
"step":[{"@type":"HowToStep","name":"Find the case number."}]}</script>
<link rel="stylesheet" href="/assets/css/uswds.min.css"><script src="/assets/js/uswds-init.min.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-IJB2026"></script></head>
<body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the State of Idaway"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the State of Idaway</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span>
</button></div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar">
<div class="usa-logo"><em class="usa-logo__text"><a href="/">Idaway Judicial Branch</a></em>
</div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul class="usa-nav__primary usa-accordion">
${links(cNav, 'usa-nav__primary-item')}</ul><section aria-label="Search component"><form class="usa-search usa-search--small" role="search">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search"></form></section></div></nav></header>
<div class="usa-section"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(cCrumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation">
<ul class="usa-sidenav">${links(cSide, 'usa-sidenav__item')}</ul></nav></div>
<main class="usa-layout-docs__main desktop:grid-col-9 usa-prose" id="main-content">
<h1>${cTitle}</h1>
<aside class="usa-in-page-nav" data-title-text="On this page"><nav aria-label="On this page" class="usa-in-page-nav__nav">
<h4 class="usa-in-page-nav__heading">On this page</h4><ul class="usa-in-page-nav__list">${links(cOnPage, 'usa-in-page-nav__item')}</ul></nav></aside>
${ps(cIntro, ' class="usa-intro"')}
<h2 id="which-records-are-public">Which records are public</h2>
${ps(cOpen.slice(0, 1))}<ul>${lis(cOpen.slice(1))}</ul>
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body"><p class="usa-alert__text">Court staff cannot give legal advice.
For help with your case, visit a self-help center.</p></div></div>
<h2 id="steps-to-get-copies">Steps to get copies</h2>
<ol class="usa-process-list">${cSteps
  .map(
    ([h, p]) => `<li class="usa-process-list__item"><h4 class="usa-process-list__heading">${h}</h4>
<p>${p}</p></li>`,
  )
  .join('\n')}</ol>
<h2 id="fees">Fees</h2>
<table class="usa-table usa-table--borderless"><caption>Copy fees in all trial courts</caption><thead><tr><th scope="col">Service</th>
<th scope="col">Fee</th></tr></thead><tbody>${cFees.map((r) => `<tr><th scope="row">${r[0]}</th><td>${r[1]}</td></tr>`).join('\n')}</tbody></table>
<h2 id="older-and-archived-records">Older and archived records</h2>
${ps(cOld)}
<p class="page-updated text-base">Last updated: January 12, 2026</p>
<div class="page-feedback bg-base-lightest padding-2"><p class="text-bold">Was this page helpful?</p><button class="usa-button usa-button--outline">Yes</button>
<button class="usa-button usa-button--outline">No</button></div></main></div></div></div>
<footer class="usa-footer usa-footer--slim"><div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation">
<ul class="grid-row grid-gap">${links(cFoot, 'usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><p class="usa-footer__address">Idaway Supreme Court Building, 451 Capitol Mall, Lenford</p></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-domain">courts.idaway.example</p><p class="usa-identifier__identity-disclaimer">An official website of the Idaway
Administrative Office of the Courts</p></section></div>
<script src="/assets/js/uswds.min.js"></script></body></html>`;
export const courtGuide: TestPage = {
  name: 'heldout371-uswds-court-records-guide',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Which records are public', ...cSteps.map((s) => s[0]), 'Fees', 'Older and archived records'],
  body: texts([...cIntro, ...cOpen, ...cSteps.map((s) => s[1]), 'Copy fees in all trial courts', ...cFees.flat(), ...cOld]),
  bylines: ['Last updated: January 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Idaway', 'Here’s how you know', 'Idaway Judicial Branch', 'Menu', ...cNav,
    'Home', ...cSide, 'On this page', 'Court staff cannot give legal advice. For help with your case, visit a self-help center.',
    'Was this page helpful?', 'Yes', ...cFoot, 'Idaway Supreme Court Building, 451 Capitol Mall, Lenford', 'courts.idaway.example',
    'An official website of the Idaway Administrative Office of the Courts',
  ],
};
