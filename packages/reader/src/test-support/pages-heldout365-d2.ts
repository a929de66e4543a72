import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file d2: a federal agency's procurement policy page on the U.S. Web Design System (the .gov banner,
 * header with mega menu, in-page navigation, the policy text with a summary box and a table, a "Last reviewed" line, the
 * identifier and footer).
 */
const uTitle = 'Micro-purchase and simplified acquisition policy';
const uHeads = ['Purpose', 'Thresholds', 'Using the purchase card', 'Competition and documentation', 'Roles and responsibilities'];
const uPurpose = [
  j(
    'This policy sets out how employees of the Office of Rural Infrastructure buy goods and services below the simplified',
    'acquisition threshold. It applies to every office and field station, and to purchases made with appropriated funds or with',
    'reimbursable agreement funds.',
  ),
];
const uThreshIntro = 'The following dollar thresholds apply to single purchases. Splitting a requirement to stay below a threshold is prohibited.';
const uRows: [string, string, string][] = [
  ['Micro-purchase', 'Up to $10,000', 'Purchase card holder'],
  ['Micro-purchase, construction', 'Up to $2,000', 'Purchase card holder with wage rate check'],
  ['Simplified acquisition', '$10,000 to $250,000', 'Warranted contracting officer'],
];
const uCard = [
  j(
    'Cardholders may make micro-purchases without obtaining quotes when they consider the price reasonable. They should spread',
    'purchases among qualified suppliers when practical and must check the required sources, such as mandatory agency contracts,',
    'before buying from the open market.',
  ),
];
const uCardList = [
  'Keep receipts and the approving official’s authorization for every transaction.',
  'Reconcile the monthly statement within five business days of its release.',
  'Do not use the card for travel, cash advances, personal purchases or recurring services.',
];
const uComp = [
  j(
    'For purchases above the micro-purchase threshold, the contracting officer shall promote competition to the maximum extent',
    'practicable, normally by soliciting quotes from at least three sources. Where only one source is reasonably available, the',
    'file must include a brief written justification approved at one level above the contracting officer.',
  ),
  j(
    'Documentation should be kept short and proportionate. For most simplified acquisitions a one-page record of the sources',
    'contacted, the prices received and the basis for award is enough.',
  ),
];
const uRoles = [
  'The Senior Procurement Executive approves exceptions to this policy.',
  'Approving officials review cardholder transactions each month and confirm that purchases were for official use.',
  'The agency program coordinator issues and cancels cards and runs the annual refresher training.',
];
const uNav = ['About', 'Programs', 'Grants and funding', 'Doing business with us', 'News', 'Contact'];
const uSide = ['Acquisition policy', 'Small business program', 'Forecast of contract opportunities', 'Vendor payments'];
const uFoot = ['About ORI', 'Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Office of the Inspector General', 'Privacy policy'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${uTitle} | Office of Rural Infrastructure</title><meta name="description" content="How ORI employees buy goods and services below the
simplified acquisition threshold.">
<link rel="stylesheet" href="/assets/uswds/css/uswds.min.css"><script src="/assets/uswds/js/uswds-init.min.js"></script>
<script async id="_fed_an_ua_tag" src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=ORI"></script></head>
<body><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official
website of the
United States government</p><p class="usa-banner__header-action">Here’s how you know</p></div></div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="Office of Rural
Infrastructure">Office of Rural Infrastructure</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul class="usa-nav__primary
usa-accordion">${links(uNav, 'usa-nav__primary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label>
<input class="usa-input" id="search-field" type="search" name="search"></form></section></div></nav></header>
<div class="usa-section"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">${links(
  ['Home', 'Doing business with us', 'Acquisition policy'],
  'usa-breadcrumb__list-item',
)}</ol></nav><div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation">
<ul class="usa-sidenav">${links(uSide, 'usa-sidenav__item')}</ul></nav></div>
<main class="usa-layout-docs__main desktop:grid-col-9 usa-prose" id="main-content"><h1>${uTitle}</h1>
<p class="usa-intro">Policy ORI-AP-04, revision 3</p>
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="summary-box-key-information">Key information</h2><div class="usa-summary-box__text"><ul class="usa-list">
<li>Effective date: October 1, 2026</li><li>Supersedes: ORI-AP-04, revision 2</li></ul></div></div></div>
<h2 id="purpose">${uHeads[0]}</h2>
${ps(uPurpose)}
<h2 id="thresholds">${uHeads[1]}</h2>
<p>${uThreshIntro}</p>
<table class="usa-table usa-table--borderless"><caption>Purchase thresholds and who may buy</caption><thead><tr><th scope="col">Type</th><th
scope="col">Amount</th>
<th scope="col">Who may buy</th></tr></thead><tbody>${uRows.map((r) => `<tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table>
<h2 id="purchase-card">${uHeads[2]}</h2>
${ps(uCard)}
<ul class="usa-list">${lis(uCardList)}</ul>
<h2 id="competition">${uHeads[3]}</h2>
${ps(uComp)}
<h2 id="roles">${uHeads[4]}</h2>
<ul class="usa-list">${lis(uRoles)}</ul>
<p class="text-base font-sans-3xs">Last reviewed: June 8, 2026</p></main></div></div></div>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row
grid-gap">${links(uFoot, 'usa-footer__primary-content')}
</ul></nav></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier"><p
class="usa-identifier__identity-domain">
ori.example.gov</p><p class="usa-identifier__identity-disclaimer">An official website of the Office of Rural Infrastructure</p></section>
<section class="usa-identifier__section usa-identifier__section--usagov"><div class="usa-identifier__usagov-description">Looking for U.S. government
information and
services?</div><a href="https://www.usa.example/" class="usa-link">Visit USA.gov</a></section></div>
<script src="/assets/uswds/js/uswds.min.js"></script></body></html>`;
export const usPolicy: TestPage = {
  name: 'heldout365-uswds-policy-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([
    ...uPurpose,
    uThreshIntro,
    'Purchase thresholds and who may buy',
    ...uRows.flat(),
    ...uCard,
    ...uCardList,
    ...uComp,
    ...uRoles,
    'Effective date: October 1, 2026',
    'Supersedes: ORI-AP-04, revision 2',
  ]),
  bylines: ['Last reviewed: June 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', ...uNav,
    ...uSide, 'Policy ORI-AP-04, revision 3', 'Return to top', ...uFoot, 'ori.example.gov', 'An official website of the Office of Rural Infrastructure',
    'Looking for U.S. government information and services?', 'Visit USA.gov',
  ],
};
