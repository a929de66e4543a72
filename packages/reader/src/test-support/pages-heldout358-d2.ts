import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file d2: an inspection report summary page in the style of a GOV.UK service built with the GOV.UK
 * Design System (govuk-cookie-banner, govuk-header, the phase banner, govuk-breadcrumbs, the caption above the h1, the key
 * facts summary list, the grades table, the "Get the full report" attachment, the related-content sidebar, the feedback
 * component and the govuk-footer).
 */
const iTitle = 'Inspection of Wexcombe Church of England Primary School';
const iLike = [
  j(
    'Pupils are proud of their school and describe it as “a kind place where everyone is welcome”. They arrive each morning eager',
    'to learn and behave well in lessons and around the site. Older pupils take their responsibilities as reading buddies and play',
    'leaders seriously, and younger pupils look up to them.',
  ),
  j(
    'Leaders have high expectations for every pupil, including those with special educational needs and/or disabilities (SEND).',
    'Pupils feel safe. They know that adults will listen and help if they have a worry, and say that bullying is rare and dealt with',
    'quickly when it happens.',
  ),
];
const iWell = [
  j(
    'Leaders have designed an ambitious curriculum that sets out clearly what pupils should learn from the early years to Year 6.',
    'In most subjects, teachers check carefully what pupils remember and adapt their teaching when pupils have gaps.',
  ),
  j(
    'Reading is a priority. Children begin learning phonics as soon as they start in the Reception Year. Staff are well trained,',
    'and pupils who fall behind receive effective extra support. As a result, most pupils read fluently by the end of Year 2.',
  ),
  j(
    'In a small number of foundation subjects, such as geography and design and technology, the curriculum is newer and teachers',
    'do not yet check what pupils have learned as well as they do in English and mathematics. Pupils sometimes struggle to recall',
    'important knowledge in these subjects.',
  ),
];
const iImprove = [
  'Leaders should make sure that checks on what pupils know in the newer foundation subjects are as precise as in reading and mathematics.',
  'Governors should continue to support leaders in managing staff workload as the curriculum work is completed.',
];
const iGrades: readonly (readonly [string, string])[] = [
  ['Overall effectiveness', 'Good'],
  ['The quality of education', 'Good'],
  ['Behaviour and attitudes', 'Outstanding'],
  ['Personal development', 'Good'],
  ['Leadership and management', 'Good'],
  ['Early years provision', 'Good'],
];
const iFacts: readonly (readonly [string, string])[] = [
  ['Unique reference number', '126604'],
  ['Local authority', 'Downshire'],
  ['Type of school', 'Primary (voluntary aided)'],
  ['Number of pupils on the school roll', '187'],
];
const iCrumbs = ['Home', 'Education, training and skills', 'School inspections and performance'];
const iRelated = ['Find an inspection report', 'School inspection handbook', 'Complain about an inspection'];
const iFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const iHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>Inspection of Wexcombe Church of England Primary School - Inspection reports - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="govuk:format" content="inspection_report"><link rel="stylesheet" href="/assets/frontend/application-2f5e1a.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Report","name":"Inspection of Wexcombe Church of England Primary School",
"datePublished":"2026-03-05"}</script></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p></div>
<div class="govuk-button-group"><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-visually-hidden">GOV.UK</span></a></div>
<div class="govuk-header__content"><a class="govuk-header__service-name" href="/inspection-reports">Find an inspection report</a></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
<span class="govuk-phase-banner__text">This is a new service. Help us improve it and give your feedback.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(iCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<span class="govuk-caption-l">Inspection report</span><h1 class="govuk-heading-xl">${iTitle}</h1>
<p class="govuk-body-s report-meta">Inspection dates: 3 and 4 February 2026</p><p class="govuk-body-s report-meta">Published: 5 March 2026</p>
<dl class="govuk-summary-list govuk-summary-list--no-border">${iFacts
  .map(
    (f) => `<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${f[0]}</dt><dd class="govuk-summary-list__value">${f[1]}</dd></div>`,
  )
  .join('')}</dl>
<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Inspection judgements</caption><tbody class="govuk-table__body">
${iGrades
  .map(
    (g) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${g[0]}</th><td class="govuk-table__cell">${g[1]}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<h2 class="govuk-heading-l">What is it like to attend this school?</h2>${ps(iLike, ' class="govuk-body"')}
<h2 class="govuk-heading-l">What does the school do well and what does it need to do better?</h2>${ps(iWell, ' class="govuk-body"')}
<h2 class="govuk-heading-l">What does the school need to do to improve?</h2><ul class="govuk-list govuk-list--bullet">${lis(iImprove)}</ul>
<p class="govuk-body">Lead inspector: Marguerite Hale, His Majesty’s Inspector</p>
<section class="gem-c-attachment"><h2 class="gem-c-attachment__title"><a class="govuk-link" href="#">Get the full report</a></h2>
<p class="gem-c-attachment__metadata">PDF, 284 KB, 12 pages</p></section></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(iRelated, 'gem-c-related-navigation__link')}</ul></aside></div></div>
<div class="gem-c-feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button><button>Report a problem with this page</button></div>
</main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">
${links(iFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0,
except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script type="module" src="/assets/frontend/application-8c1d2e.js"></script></body></html>`;
export const govukInspection: TestPage = {
  name: 'heldout358-govuk-inspection-summary-docs',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [
    'What is it like to attend this school?',
    'What does the school do well and what does it need to do better?',
    'What does the school need to do to improve?',
  ],
  body: texts(['Inspection judgements', ...iGrades.flat(), ...iLike, ...iWell, ...iImprove]),
  bylines: ['Inspection dates: 3 and 4 February 2026', 'Published: 5 March 2026', 'Lead inspector: Marguerite Hale, His Majesty’s Inspector'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'GOV.UK', 'Find an inspection report', 'Beta', 'This is a new service. Help us improve it and give your feedback.',
    ...iCrumbs, 'Inspection report', ...iFacts.flat(), 'Get the full report', 'PDF, 284 KB, 12 pages', 'Related content', ...iRelated.slice(1),
    'Is this page useful?', 'Yes', 'Report a problem with this page', 'Support links', ...iFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
