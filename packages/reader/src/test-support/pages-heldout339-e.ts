import { links, ps, type TestPage, texts } from './page-kit.js';
import { zendeskFees } from './pages-heldout339-e2.js';
import { j, lis } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file e: a district council's accessibility statement on a site built with the GOV.UK Design System
 * (cookie banner, skip link, header with service navigation, phase banner, breadcrumbs, a "Last updated" line, the related
 * content column, the "Is this page useful?" component and the footer with its licence line) and, from file e2, a
 * marketplace's seller fee article on a Zendesk Help Center (Copenhagen theme).
 */
const title = 'Accessibility statement for harrowmere.gov.uk';
const updated = 'Last updated: 3 March 2026';
const intro = [
  j(
    'This accessibility statement applies to the main Harrowmere District Council website at harrowmere.gov.uk. It does not cover our',
    'online planning register or the bin collection app, which have their own statements.',
  ),
  j(
    'This website is run by Harrowmere District Council. We want as many people as possible to be able to use it. For example, that',
    'means you should be able to:',
  ),
];
const able = [
  'change colours, contrast levels and fonts using browser or device settings',
  'zoom in up to 400% without the text spilling off the screen',
  'navigate most of the website using a keyboard or speech recognition software',
  'listen to most of the website using a screen reader',
];
const h1 = 'How accessible this website is';
const how = ['We know some parts of this website are not fully accessible:'];
const notFull = [
  'some older PDF documents, such as committee minutes from before 2022, are not tagged for screen readers',
  'the interactive map of parking zones cannot be used with a keyboard alone',
  'some videos of council meetings do not have captions',
];
const h2 = 'Feedback and contact information';
const feedback = [
  j(
    'If you need information on this website in a different format, like accessible PDF, large print, easy read or audio, email',
    'web@harrowmere.gov.uk or call 01632 960 552. We will consider your request and get back to you within 10 working days.',
  ),
];
const h3 = 'Enforcement procedure';
const enforcement = [
  j(
    'The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations. If you are not happy with',
    'how we respond to your complaint, contact the Equality Advisory and Support Service.',
  ),
];
const h4 = 'Compliance status';
const compliance = [
  j('This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the', 'non-compliances listed below.'),
];
const h5 = 'Non-accessible content';
const nonAcc = [
  j(
    'The parking zones map does not let keyboard users move between zones, which fails success criterion 2.1.1 (Keyboard). We plan to',
    'replace it with an accessible map and a text list of streets by September 2026.',
  ),
  j(
    'Recordings of full council meetings published before April 2025 do not have captions. This fails success criterion 1.2.2',
    '(Captions, prerecorded). Recordings published since then are captioned.',
  ),
];
const h6 = 'Preparation of this accessibility statement';
const prep = [
  j(
    'This statement was prepared on 14 October 2024. The website was last tested in January 2026 by our digital team, using a sample',
    'of 40 pages chosen to cover each of our page templates and our most visited services.',
  ),
];
const nav = ['Bins and recycling', 'Council tax', 'Planning', 'Parking', 'Housing'];
const crumbs = ['Home', 'About this website'];
const related = ['Cookies on this website', 'Privacy notice', 'Contact the council', 'Request a document in another format'];
const foot = ['Accessibility statement', 'Cookies', 'Privacy', 'Terms and conditions', 'Contact us'];
const html = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>Accessibility statement – Harrowmere District Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<link rel="icon" sizes="48x48" href="/assets/images/favicon.ico"><link rel="manifest" href="/assets/manifest.json">
<meta property="og:image" content="https://www.harrowmere.gov.example/assets/images/govuk-opengraph-image.png">
<link href="/stylesheets/application.css?v=5.8.0" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"Accessibility statement","dateModified":"2026-03-03",
"publisher":{"@type":"GovernmentOrganization","name":"Harrowmere District Council"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');</script>
<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Harrowmere District Council"><div class="govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies
on Harrowmere District Council</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use the website and to improve our services.</p></div></div></div>
<div class="govuk-button-group"><button type="button" class="govuk-button" data-module="govuk-button">Accept additional cookies</button>
<button type="button" class="govuk-button" data-module="govuk-button">Reject additional cookies</button>
<a class="govuk-link" href="/cookies">View cookies</a></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo">
<a href="/" class="govuk-header__link govuk-header__link--homepage">Harrowmere District Council</a></div>
<div class="govuk-header__content"><nav aria-label="Menu" class="govuk-header__navigation"><button type="button" class="govuk-header__menu-button
govuk-js-header-toggle" aria-controls="navigation" hidden>Menu</button>
<ul id="navigation" class="govuk-header__navigation-list">${links(nav, 'govuk-header__navigation-item')}</ul></nav></div></div></header>
<div class="govuk-width-container"><div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag
govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This is a new website – your <a class="govuk-link"
href="/feedback">feedback</a> will help us to improve it.</span></p></div>
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(crumbs, 'govuk-breadcrumbs__list-item')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content" role="main"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-xl">${title}</h1>
<p class="govuk-body-s app-page-meta">${updated}</p>
${ps(intro, ' class="govuk-body"')}
<ul class="govuk-list govuk-list--bullet">${lis(able)}</ul>
<h2 class="govuk-heading-l">${h1}</h2>
${ps(how, ' class="govuk-body"')}
<ul class="govuk-list govuk-list--bullet">${lis(notFull)}</ul>
<h2 class="govuk-heading-l">${h2}</h2>
${ps(feedback, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${h3}</h2>
${ps(enforcement, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${h4}</h2>
${ps(compliance, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${h5}</h2>
${ps(nonAcc, ' class="govuk-body"')}
<h2 class="govuk-heading-l">${h6}</h2>
${ps(prep, ' class="govuk-body"')}
</div><div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-s"
id="subsection-title">Related content</h2><nav role="navigation" aria-labelledby="subsection-title"><ul class="govuk-list govuk-!-font-size-16">
${links(related)}</ul></nav></aside></div></div>
<div class="app-feedback govuk-!-margin-top-8"><h2 class="govuk-heading-s">Is this page useful?</h2><div class="govuk-button-group">
<button class="govuk-button govuk-button--secondary">Yes</button><button class="govuk-button govuk-button--secondary">No</button>
<a class="govuk-link" href="/report-a-problem">Report a problem with this page</a></div></div></main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">
${links(foot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="/open-government-licence">Open
Government Licence v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/copyright">© Harrowmere District Council
2026</a></div></div></div></footer>
<script type="module" src="/javascripts/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/javascripts/govuk-frontend.min.js'; initAll();</script></body></html>`;
const govukAccessibility: TestPage = {
  name: 'heldout339-govuk-frontend-accessibility-statement',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4, h5, h6],
  body: texts([...intro, ...able, ...how, ...notFull, ...feedback, ...enforcement, ...compliance, ...nonAcc, ...prep]),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Harrowmere District Council', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use the website and to improve our services.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', ...nav, 'Beta',
    'This is a new website – your feedback will help us to improve it.', ...crumbs, 'Related content', ...related, 'Is this page useful?', 'Yes',
    'Report a problem with this page', 'Support links', ...foot.slice(1),
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Harrowmere District Council 2026',
  ],
};

export const HELDOUT339_E: readonly TestPage[] = [govukAccessibility, zendeskFees];
