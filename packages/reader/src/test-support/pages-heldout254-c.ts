import { links, type TestPage, texts } from './page-kit.js';
import { volunteer } from './pages-heldout254-c2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file c: a charity regulator's register entry on the GOV.UK Design System (cookie banner, GOV.UK header,
 * phase banner, breadcrumbs, the register's side navigation, a summary list, the "report a concern" box and the GOV.UK footer),
 * a page whose main text is short, and, from file c2, a VolunteerMatch-style volunteer opportunity.
 */
const rTitle = 'THE KESTREL MOOR HOSPICE AT HOME TRUST';
const rActivities = j(
  'The charity provides free nursing care, respite and bereavement support at home for people with a life-limiting illness',
  'living in the Kestrel Moor and Upper Dunnet area, together with training for family carers and a volunteer befriending service.',
);
const rObjects = j(
  'To relieve sickness and to preserve and protect the health of persons suffering from any terminal or life-limiting illness,',
  'and to provide support and relief to their families and carers, in particular but not exclusively in the area of Kestrel Moor.',
);
const rPairs = [
  ['Charity number', '1201847'],
  ['Date registered', '14 August 2003'],
  ['Charity type', 'Charitable incorporated organisation (CIO) – Foundation'],
  ['Reporting status', 'Up to date'],
  ['Total income', '£1,842,311'],
  ['Total expenditure', '£1,796,904'],
];
const rSummary = rPairs.map((r) => r.join(' '));
const rWho = ['Elderly or old people', 'People with disabilities', 'Other charities or voluntary bodies'];
const rCrumbs = ['Charity Commission', 'Register of charities', 'Search results'];
const rSide = [
  'Charity overview',
  'What, who, how, where',
  'Governance',
  'Trustees',
  'Financial history',
  'Accounts and annual returns',
  'Governing document',
  'Contact information',
];
const rFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const rHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>THE KESTREL MOOR HOSPICE AT HOME TRUST - 1201847 - Register of Charities -
The Charity Commission</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color"
content="#0b0c0c">
<link rel="stylesheet" href="/o/ccew-theme/css/govuk-frontend-5.7.1.min.css"><meta property="og:image" content="/assets/images/govuk-opengraph-image.png">
<script>Liferay.authToken="x8Qz2pLm";Liferay.currentURL="/charity-search/-/charity-details/5021847";</script></head>
<body class="govuk-template__body"><script>document.body.className+=' js-enabled govuk-frontend-supported';</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on the register of charities"><div class="govuk-cookie-banner__message
govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on the register of charities</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this service work.</p></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept analytics cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject analytics cookies</button><a class="govuk-link" href="/cookies">View cookies</a>
</div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="https://www.gov.example" class="govuk-header__link govuk-header__link--homepage"><svg focusable="false" role="img" class="govuk-header__logotype"
aria-label="GOV.UK"></svg></a></div><div class="govuk-header__content"><a href="/charity-search" class="govuk-header__link
govuk-header__service-name">Register of charities</a></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag
govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new service. Help us improve it and
<a class="govuk-link" href="/feedback">give your feedback</a>.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(rCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-one-third">
<nav class="pcg-contents-list" aria-label="Charity details"><ul class="govuk-list pcg-contents-list__list">${links(rSide, 'pcg-contents-list__item')}</ul>
</nav></div><div class="govuk-grid-column-two-thirds"><span class="govuk-caption-l">Charity number: 1201847</span>
<h1 class="govuk-heading-l">${rTitle}</h1><p class="govuk-body-s">Data last modified: 3 March 2026</p>
<h2 class="govuk-heading-m">Activities - how the charity spends its money</h2>
<p class="govuk-body">${rActivities}</p>
<h2 class="govuk-heading-m">Charitable objects</h2>
<p class="govuk-body">${rObjects}</p>
<h2 class="govuk-heading-m">Key details</h2>
<dl class="govuk-summary-list">${rPairs
  .map(([k, v]) => {
    return `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt> <dd class="govuk-summary-list__value">${v}</dd></div>`;
  })
  .join('\n')}</dl>
<h2 class="govuk-heading-m">Who the charity helps</h2>
<ul class="govuk-list govuk-list--bullet">${rWho.map((w) => `<li>${w}</li>`).join('')}</ul>
<div class="govuk-inset-text">If you have concerns about this charity, you can <a class="govuk-link"
href="/report">report a concern to the Commission</a>.</div>
<a href="/charity-search/-/charity-details/5021847/print" class="govuk-link govuk-!-display-none-print">Print charity details</a></div></div></main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div
class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(rFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="/ogl">Open Government Licence
v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="/crown-copyright">© Crown copyright</a></div></div></div></footer>
<script type="module" src="/o/ccew-theme/js/govuk-frontend-5.7.1.min.js"></script></body></html>`;
const regulator: TestPage = {
  name: 'heldout254-govuk-charity-register-entry',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Activities - how the charity spends its money', 'Charitable objects', 'Key details', 'Who the charity helps'],
  body: texts([rActivities, rObjects, ...rSummary, ...rWho]),
  bylines: ['Data last modified: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the register of charities', 'We use some essential cookies to make this service work.', 'Accept analytics cookies',
    'Reject analytics cookies', 'View cookies', 'Skip to main content', 'Register of charities', 'Beta',
    'This is a new service. Help us improve it and give your feedback.', ...rCrumbs.filter((c) => c !== 'Register of charities'), ...rSide,
    'If you have concerns about this charity, you can report a concern to the Commission.', 'Print charity details', ...rFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT254_C: readonly TestPage[] = [regulator, volunteer];
