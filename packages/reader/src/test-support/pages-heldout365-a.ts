import { links, ps, type TestPage, texts } from './page-kit.js';
import { samGov } from './pages-heldout365-a2.js';
import { j, lis } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file a: a Contracts Finder tender notice on the GOV.UK design system (cookie banner, phase banner,
 * header, breadcrumbs, the notice's summary list of dates and values, the buyer's contact block, "Print this notice" and
 * "Save to your account" actions, the related-notices aside and the GOV.UK footer) and, from file a2, a SAM.gov contract
 * opportunity in its Angular markup.
 */
const cTitle = 'Grounds maintenance and winter gritting services for Harlow Vale district sites';
const cHeads = ['Description', 'Lots', 'Conditions of participation', 'How to respond'];
const cIntro = [
  j(
    'Harlow Vale District Council invites tenders for the maintenance of its parks, cemeteries, housing estates and highway verges,',
    'and for the gritting of council car parks and footways during the winter months. The contract will start on 1 October 2026',
    'and run for five years, with an option to extend for up to two further years.',
  ),
  j(
    'The current arrangements were let in 2019 and have been extended twice. The council has reviewed the specification with',
    'residents and ward members, and the new contract places more weight on biodiversity, on reducing the use of herbicides and on',
    'the response times for reported problems such as fly-tipping on verges and fallen branches.',
  ),
];
const cLots = [
  'Lot 1: parks, open spaces and play areas, including grass cutting, shrub beds, litter picking and the weekly inspection of 41 play areas.',
  'Lot 2: cemeteries and closed churchyards, including grave digging support, memorial safety checks and hedge cutting.',
  'Lot 3: winter gritting of 38 car parks and 17 kilometres of priority footways from 1 November to 31 March each year.',
];
const cLotsAfter = [
  j(
    'Bidders may tender for one, two or all three lots. The council will evaluate each lot separately and may award lots 1 and 2',
    'to a single supplier where that gives the best value overall. The estimated value shown on this notice covers all lots for the',
    'full seven years including the extension.',
  ),
];
const cCond = [
  j(
    'Suppliers must hold employer’s liability insurance of at least £10 million and public liability insurance of at least £5',
    'million. Operatives applying pesticides must hold the relevant certificates of competence, and all staff working in play areas',
    'or near schools will need an enhanced disclosure check.',
  ),
  j(
    'The council expects bidders to pay at least the real Living Wage to every person working on the contract and will ask for a',
    'short carbon reduction plan covering the fleet and powered equipment. Small and medium-sized enterprises and voluntary',
    'organisations are encouraged to bid, either alone or as part of a consortium.',
  ),
];
const cHow = [
  j(
    'The tender documents, including the specification, the pricing schedule and the draft contract, are available free of charge',
    'on the council’s e-tendering portal. Suppliers must register on the portal to download the documents and to submit a response.',
  ),
  j(
    'Clarification questions must be submitted through the portal messaging facility no later than 12 noon on 26 June 2026. The',
    'council will publish anonymised answers to all bidders. A site visit to three representative parks will take place on 18 June',
    '2026; places must be booked through the portal.',
  ),
];
const cSummary: [string, string][] = [
  ['Procurement reference', 'HVDC-ENV-2026-014'],
  ['Published date', '2 June 2026, 9:14am'],
  ['Closing date', '10 July 2026'],
  ['Closing time', '12pm'],
  ['Contract start date', '1 October 2026'],
  ['Contract end date', '30 September 2031'],
  ['Notice type', 'Tender notice'],
  ['Value of contract', '£6,300,000 to £8,900,000'],
];
const cNav = ['Search contracts', 'Your account', 'Help', 'Sign out'];
const cCrumbs = ['Home', 'Search contracts', 'Notice'];
const cRelated = [
  'Street cleansing and litter bin emptying services',
  'Tree surgery and arboricultural survey framework',
  'Supply of rock salt for winter highway maintenance',
];
const cFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Terms and conditions', 'Contact us'];
const cHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>${cTitle} - Contracts Finder</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<meta property="og:title" content="${cTitle}"><meta name="description" content="Harlow Vale District Council invites tenders for grounds maintenance.">
<link rel="stylesheet" href="/assets/stylesheets/application.css"><link rel="canonical" href="https://www.contractsfinder.service.gov.uk/notice/4b7e2c1a">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${cTitle}",
"provider":{"@type":"GovernmentOrganization","name":"Harlow Vale District Council"}}</script>
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
</head><body class="govuk-template__body">
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Contracts Finder"><div class="govuk-cookie-banner__message
govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Contracts Finder</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this service work.</p>
<p class="govuk-body">We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject analytics cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">
<div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><span
class="govuk-header__logotype-text">GOV.UK</span></a></div>
<div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Contracts Finder</a>
<nav aria-label="Menu" class="govuk-header__navigation"><button type="button" class="govuk-header__menu-button govuk-js-header-toggle"
aria-controls="navigation" hidden>Menu</button>
<ul id="navigation" class="govuk-header__navigation-list">${links(cNav, 'govuk-header__navigation-item')}</ul></nav></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service – your
<a class="govuk-link" href="/feedback">feedback</a> will help us to improve it.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(cCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">Harlow Vale District Council</span>
<h1 class="govuk-heading-l">${cTitle}</h1>
<dl class="govuk-summary-list">${cSummary
  .map(([k, v]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd></div>`)
  .join('\n')}</dl>
<div class="govuk-button-group"><a href="#" class="govuk-button govuk-button--secondary">Print this notice</a>
<a href="/account/save" class="govuk-button govuk-button--secondary">Save to your account</a></div>
<div class="content-block" id="notice-description">
<h2 class="govuk-heading-m">${cHeads[0]}</h2>
${ps(cIntro, ' class="govuk-body"')}
<h2 class="govuk-heading-m">${cHeads[1]}</h2>
<ul class="govuk-list govuk-list--bullet">${lis(cLots)}</ul>
${ps(cLotsAfter, ' class="govuk-body"')}
<h2 class="govuk-heading-m">${cHeads[2]}</h2>
${ps(cCond, ' class="govuk-body"')}
<h2 class="govuk-heading-m">${cHeads[3]}</h2>
${ps(cHow, ' class="govuk-body"')}
</div>
<div class="govuk-inset-text">Find out how to <a class="govuk-link" href="/guidance/bid">respond to a tender</a> on the Contracts Finder help pages.</div>
<h2 class="govuk-heading-m">About the buyer</h2>
<dl class="govuk-summary-list govuk-summary-list--no-border"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Contact name</dt>
<dd class="govuk-summary-list__value">Procurement Team</dd></div><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Address</dt>
<dd class="govuk-summary-list__value">Civic Centre, Market Row, Harlow Vale, HV4 2QT</dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email</dt><dd
class="govuk-summary-list__value">procurement@harlowvale.example</dd></div></dl>
</div><aside class="govuk-grid-column-one-third app-related-items" role="complementary"><h2 class="govuk-heading-s" id="related">Similar notices</h2>
<ul class="govuk-list govuk-!-font-size-16">${links(cRelated)}</ul>
<p class="govuk-body-s"><a class="govuk-link" href="/alerts">Set up email alerts</a> for notices like this one.</p></aside></div></main></div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(cFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>,
except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="#">©
Crown copyright</a></div>
</div></div></footer>
<script type="module" src="/assets/javascripts/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/assets/javascripts/govuk-frontend.min.js'; initAll();</script></body></html>`;
const contractsFinder: TestPage = {
  name: 'heldout365-contracts-finder-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cIntro, ...cLots, ...cLotsAfter, ...cCond, ...cHow]),
  bylines: ['2 June 2026, 9:14am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Contracts Finder', 'We use some essential cookies to make this service work.', 'Accept analytics cookies', 'Reject analytics cookies',
    'View cookies', 'Skip to main content', 'GOV.UK', 'Contracts Finder', ...cNav, 'Beta', 'This is a new service – your feedback will help us to improve it.',
    ...cCrumbs, 'Procurement reference', 'HVDC-ENV-2026-014', 'Published date', 'Closing date', '10 July 2026', 'Closing time', 'Contract start date',
    'Contract end date', '30 September 2031', 'Notice type', 'Tender notice', 'Value of contract', '£6,300,000 to £8,900,000', 'Print this notice',
    'Save to your account', 'Find out how to respond to a tender on the Contracts Finder help pages.', 'About the buyer', 'Contact name', 'Procurement Team',
    'Civic Centre, Market Row, Harlow Vale, HV4 2QT', 'procurement@harlowvale.example', 'Similar notices', ...cRelated, 'Set up email alerts',
    ...cFoot, 'Open Government Licence v3.0', '© Crown copyright',
  ],
};

export const HELDOUT365_A: readonly TestPage[] = [contractsFinder, samGov];
